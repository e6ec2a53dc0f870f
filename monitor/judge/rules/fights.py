"""A fight called with weapons asked for: a threat to every pupil near it, hostile words or not. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

# Round 33's (read in round 18): a fight called, weapons asked for ("MASS BRAWL at the rec after school TODAY
# ... bring whatever u got 🔪"). Weapons named ("bring ur blades") call it alone; "bring whatever" or a
# weapon emoji only with a time still ahead: a review's snowball fights, Fight Club, a rugby ruck with the
# turkey carving 🔪, a fight filmed yesterday and "bring whatever snacks" are no call to arms.
_FIGHT = r"\b(?:mass\s+)?(?:brawl|scrap|fight|ruck)(?:ing|in)?\b"
_ARMS = re.compile(_FIGHT + r"(?=[^\n]{0,120}?\bbring\s+(?:ur|your|yer|the|some)?\s*(?:tools|tings?|blades|bats|weapons|knives|shanks|machetes)\b)", re.I)
_CALLED = re.compile(_FIGHT + r"(?=[^\n]{0,120}?(?:\bbring\s+whatever(?:\s+(?:u|you|ya)\s+(?:got|have|can))?(?=\s*(?:[^\w\s]|$))|🔪|🔫|🪓|🗡))", re.I)
_AHEAD = re.compile(r"\b(?:today|tonight|tonite|tmrw|tomorrow|2moro|after\s+(?:school|skl)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}[:.]\d\d)\b", re.I)
_NOT_CALLED = re.compile(r"\b(?:snowball|food|pillow|water|custard|pie|nerf|pretend|play)\s+fights?\b|\bfight\s+(?:club|night|scene)\b|fortnite"
                         r"|\bknife\s+crime\b|\bamnesty\b|\bawareness\b|❌", re.I)


# probe89's "year 10s going at it behind tesco 😂😂 kid in the black puffer got SPARKED. rematch tomorrow 4pm same place, everyone
# come watch 🍿": a fight had and the next one called, with a day and an audience.
_REMATCH = re.compile(r"\b(?:rematch|round\s+(?:2|two)|part\s+(?:2|two))\b(?=[^\n]{0,60}" + _AHEAD.pattern + r")(?=[^\n]{0,100}\b(?:come\s+(?:and\s+)?watch|every(?:one|1)\s+come|same\s+place|be\s+there)\b)", re.I)
_FOUGHT = re.compile(r"\b(?:going\s+at\s+it|sparked|battered|jumped|scrap\w*|fight\w*|brawl\w*|knocked\s+(?:spark\s+)?out|rocked|folded|leathered|decked)\b", re.I)
_GAMES = re.compile(r"\b(?:match|netball|football|rugby|hockey|chess|fifa|fortnite|game|quiz|debate|tournament|cup|league|rounders|dodgeball)\b", re.I)


def arranged_fight(text: str) -> tuple[Finding, ...]:
    """A fight called with weapons asked for: a threat to every pupil near it, hostile words or not."""
    if _NOT_CALLED.search(text):
        return ()
    return find_all("veiled_threat", _ARMS, text) or (find_all("veiled_threat", _CALLED, text) if _AHEAD.search(text) else ()) or (
        find_all("veiled_threat", _REMATCH, text) if _FOUGHT.search(text) and not _GAMES.search(text) else ())
