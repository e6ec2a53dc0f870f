"""A match talked up in violent words: "hba vs greenfield friday, we're gonna KILL them, come support ⚽",
"dads v staff charity match Sunday, staff are getting battered this year"; a car park or a dodgeball
game described so: "the car park's a bloodbath at 3.15". Pure.

The violence is the score. It is blanked before the threat rules run only where the post is about a
fixture and names no weapon: "bring bats to the match" stays a threat.
"""
from __future__ import annotations

import re

from monitor.judge.rules.moments import WEAPON

# A game being played, in its own words: the pitch, the halves, training for it, a scoreline said as
# one ("5-0 minimum", "won 3-1"; a bare "3-4" is as often a time: "ur gettin dun 3-4 bak gate").
_PLAY = (r"\b(?:(?:on|off|onto)\s+the\s+pitch|half\s*-?\s*time|full\s*-?\s*time|clean\s+sheet|hat\s*-?\s*trick"
         r"|training\s+for\s+(?:the\s+)?(?:match|game|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b"
         r"|(?<![\d:.])\b\d\s*[-–]\s*\d\s+(?:minimum|min|win|to\s+(?:us|them|the\s+\w+)|at\s+(?:half|full)|ft|ht)\b"
         r"|\b(?:won|lost|drew|beat\s+\w+|finished|ended|score\s+(?:was|is))\s+\d\s*[-–]\s*\d\b")
_MATCH_TALK = re.compile(_PLAY, re.I)

_FIXTURE = re.compile(
    r"[⚽🏀🏉🏒🏏🏟🏆🥅🏐🏸]|\b(?:vs\.?|versus)\s+\w+"
    r"|\bv\.?\s+(?:the\s+)?(?:staff|teachers|dads|mums|parents|students|pupils|sixth\s+form|year|yr|y\d+)\b"
    r"|\bu\d{1,2}s?\b|\b(?:match|fixture|kick\s*-?off|semi(?:-?final)?s?|cup|league|derby|tournament|rematch|dodgeball|rounders"
    r"|netball|football|rugby|hockey|five\s+a\s+side|5\s*a\s*side|sports\s+day|bleep\s+test|come\s+support)\b"
    # Round 49's charity match: "off the pitch by half time", "5-0 minimum no mercy".
    r"|" + _PLAY, re.I)
# The side beaten: a team, never one named person ("we'll batter Gaz" at a match can still be meant).
_BEATEN = re.compile(
    r"\b(?:kill|destroy|batter|smash|thrash|hammer|murder|end|annihilate|slaughter|demolish|bury)(?:ed|s|ing)?\s+"
    r"(?:them|em|'em|u|you|yous|ya|us|the\s+(?:staff|teachers|dads|mums|lot\s+of\s+(?:them|you))"
    # round65's derby: "greenfield gonna batter hollowbrook on saturday 😂😂 5-0 minimum, they're getting COOKED".
    r"|(?:hollowbrook(?:\s+academy)?|hba|[a-z]+\s+(?:high|juniors|grammar|united|utd|fc|rovers|town|city))(?!['’]s|\s+(?:head|teachers?|staff|kids|pupils|lads|boys|girls|students|parents|mums|dads|coach|ref)\b))\b"
    r"|\b(?:getting|get|got|gonna\s+get|going\s+to\s+get)\s+(?:absolutely\s+)?(?:battered|destroyed|smashed|thrashed|hammered|murdered|slaughtered|killed|buried|cooked|bodied|mullered)\b", re.I)

# Things brought to a fight that WEAPON leaves to context: "bring bats" after a match is no cricket.
_ARMS = re.compile(r"\b(?:bats?|bricks?|bottles?|tools|knuckle\s*dusters?)\b|🔪|🔫|🪓", re.I)


# Who "is getting battered": a side, never one person (a review: "hba vs greenfield friday ⚽ and okafor
# is getting battered at the gate after it" is the head, not the score). A side is named or takes a
# plural verb ("Greenfield are gonna get hammered"); "okafor is", "Mr Lloyd's" are one person.
_SIDE = re.compile(r"(?:\b(?:we|they|you|u|yous|staff|teachers|dads|mums|parents|team|side|lot|lads|girls|boys|students|pupils"
                   r"|form|(?:year|yr|y)\s*\d+s?|u\d{1,2}s?|them|us|em)|\bare|\br|\bur|'re|’re)"
                   r"(?:\s+(?:is|all|will|gonna|going\s+to|getting|get|be|absolutely))*\s*$", re.I)


# Chaos in violent words, where the sentence says what is chaotic (round 39's "Only gripe is the car park, it's
# a bloodbath at 3.15"; the read sets' parking "bloodbath" and dodgeball "BLOODBATH" paged the head).
_MAYHEM = re.compile(r"\b(?:blood\s*bath|war\s*zone|carnage)\b", re.I)
_SCENE = re.compile(r"\b(?:car\s*park|parking|pick\s*-?\s*up|drop\s*-?\s*off|school\s+run|queue|traffic|roads?|zig\s*-?\s*zags?"
                    r"|dodgeball|rounders|group\s*chat|gc|tombola|jumble\s+sale|corridors?|canteen|lunch\s+hall)\b", re.I)


_FIGHT_AFTER = re.compile(r"\b(?:gates?|after\s+(?:school|the\s+(?:match|game|final|whistle))|outside|car\s*park|rec|sharp\w*|round\s*(?:2|two)|behind"
                          r"|whoever|loses?|walk\w*|keeper|shooter|captain|mates|brothers?|cousins?|catch\w*|bus\s+st\w*|meet\w*|wait\w*|alley"
                          r"|bring\w*\s+(?!(?:a|an|some|your|ur|the|plenty\s+of)?\s*(?:flasks?|coats?|brolly|umbrellas?|snacks?|drinks?|chairs?|blankets?|water|money|cash|hot\s+\w+|gloves|hats?|voices?|noise|banners?|flags?)\b)"
                          r"|jump\w*|stab\w*|fight\w*|scrap\w*|brawl\w*|ref|referee|coach|dads?|mums?|mr|mrs|ms|miss|sir|teachers?)\b|👊|🥊", re.I)


def _scene(text: str) -> str:
    """Each "bloodbath" blanked out where its sentence names a scene of everyday chaos."""
    def blank(m: re.Match) -> str:
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0]
        return " " * len(m.group(0)) if _SCENE.search(text[start:min(ends, default=len(text))]) else m.group(0)
    return _MAYHEM.sub(blank, text)


# A result told: a side beaten, in the past, and nothing still to come (quiet57's "the way we SLAUGHTERED
# greenfield tonight 🔪🔪 no survivors #netball", "came back with blood on their hands 🔪😂 28-9. so proud").
# The knife emoji is the score only here: before a match, or at the rec after it, it is a weapon.
_WON = re.compile(r"\b(?:slaughter|murder|destroy|batter|annihilat|demolish|massacr|hammer|thrash|smash|bodi|bur(?:i)|kill|wreck|obliterat)e?d\b"
                  r"|\bcame\s+back\s+with\s+blood\b|\bblood\s+on\s+(?:our|their)\s+hands\b|\b(?:we|they)\s+(?:won|beat\s+(?:them|em|\w+))\b", re.I)
_SCORED = re.compile(r"\b(?:slaughter|murder|destroy|batter|annihilat|demolish|massacr|hammer|thrash|smash|bodi|bur(?:i)|kill|wreck|obliterat)e?d\b"
                     r"|\bno\s+(?:survivors|mercy|prisoners)\b|\bblood\s+on\s+(?:their|our|his|her)\s+hands\b|\bblood\s*bath\b|🔪", re.I)
# A netball or rugby score ("28-9"): a fixture's, never a time.
_BIG_SCORE = re.compile(r"\b(?:\d{2}\s*[-–]\s*\d{1,2}|\d{1,2}\s*[-–]\s*\d{2})\b")
# Pride in it, as the writers' results say it: "so proud", a hashtag, "no survivors 😤". A review's look-alikes had
# none: "hba won 3-0 🔪🔪 okafor", "we won 2-0 🔪 jayden ur finished".
_PROUD = re.compile(r"\b(?:proud\w*|legends?|well\s+done|get\s+in|scenes|on\s+top|champions?|unbeaten|buzzing|what\s+a\s+(?:game|win|performance|team)"
                    r"|love\s+(?:these|this|them)|no\s+(?:survivors|mercy))\b|#\w+|😤|🏆|👏|💪|🥳|🎉|💜|💙|💚", re.I)
# Anything still to come, anyone or anywhere to be found, a loss to avenge: a result is over, a threat is not (a
# review's ninety look-alikes: "the linesman better hide", "catch u at the bus stop", "we know where ur keeper lives").
_AHEAD = re.compile(r"\b(?:tomorrow|tmrw|tmoz|tomoz|next|after\b(?!\s+(?:we|they)\b)|gets?|getting|whoever|los[et]|loses|losing|no\s+(?:teachers|staff|snitch\w*)"
                    r"|bring\w*|wait\w*|meet\w*|round\s*(?:2|two)|rematch|gates?|rec|car\s*park|park|outside|behind|alley|co-?op|shops|chippy|bus\s+st\w*"
                    r"|coming|gonna|going\s+to|will|wont|won'?t|shall|better|watch\s+(?:out|your\w*|ur\w*|it|yourself)|see\s+(?:you|u|ya)|catch\w*"
                    r"|know\s+(?:where|who|what)|lives?|finish\w*|lucky|now|real\s+(?:match|game|one)|dead|sleeps?|hide|run"
                    r"|when|till|until|(?:last|this)\s+time|again|turn|fight\w*|scrap\w*|brawl\w*|jump\w*|stab\w*|knife|knives|blade|revenge|pay\w*"
                    r"|(?<!last\s)(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|'ll\b|\bll\b", re.I)
_PERSON = re.compile(r"\b(?:mr|mrs|ms|miss|sir|ref|referee|coach|dads?|mums?|teachers?|head|head\s*teacher|headmaster|umpire|linesman|keeper|goalie"
                     r"|captain|number\s*\d+|no\.?\s*\d+|ur|you|u|yous|him|her)\b", re.I)


def _result(text: str) -> str:
    """`text` with a past result's violent words and knives blanked, where it is one."""
    if not ((_FIXTURE.search(text) or _BIG_SCORE.search(text)) and _WON.search(text) and _PROUD.search(text)) or _AHEAD.search(text) \
            or _PERSON.search(text) or WEAPON.search(text.replace("🔪", " ")):
        return text
    return _SCORED.sub(lambda m: " " * len(m.group(0)), text)


# The beating taken off the pitch to a meeting place, "too" or with a summons (threads38's "lol we murdered u on the pitch,
# we'll murder u at the rec too. thursday. be there"): not the score. ("we'll batter them at the rec saturday ⚽", the
# rec a pitch, stays one.)
_MET_AFTER = re.compile(r"\W*(?:at|outside|behind|round|by)\s+(?:the\s+)?(?:rec|gates?|car\s*park|shops|chippy|park|alley|bus\s+stop)\b"
                        r"(?=[^\n]{0,40}\b(?:be\s+there|too|an\s+all|as\s+well|after)\b)", re.I)


# A school or a side named as the one beaten, where the post meets it off the pitch (review B's "after the match we're gonna
# batter hollowbrook outside the gates, every one of them"): a fight between schools, not the score.
_NAMED_SIDE = re.compile(r"(?:hollowbrook(?:\s+academy)?|hba|high|juniors|grammar|united|utd|fc|rovers|town|city)$", re.I)
_OFF_PITCH = re.compile(r"\b(?:outside|gates?|after\s+school|home\s+time|bus\s+stop|car\s*park|alley|shops|chippy|every\s+(?:one|last|single)|on\s+sight"
                        r"|no\s+(?:football|match|game)|forget\s+the\s+(?:football|match|game))\b", re.I)


def play_fight(text: str) -> str:
    """`text` with a team's beating blanked out where the post is about a match and names no weapon, and
    everyday chaos called a bloodbath blanked too."""
    text = _result(text)
    if WEAPON.search(text) or _ARMS.search(text):
        return text
    text = _scene(text)
    if not _FIXTURE.search(text):
        return text
    # A fixture called a bloodbath, with nobody to be met and nothing brought ("netball final Saturday 10am ...
    # going to be a bloodbath 😂 bring a flask"): r/Hexley's, quiet57.
    if not _FIGHT_AFTER.search(text):
        text = _MAYHEM.sub(lambda m: " " * len(m.group(0)), text)

    def blank(m: re.Match) -> str:
        if _MET_AFTER.match(text, m.end()) or _NAMED_SIDE.search(m.group(0)) and _OFF_PITCH.search(text):
            return m.group(0)
        passive = m.group(0).lower().startswith(("get", "got", "gonna", "going"))
        if passive and not _SIDE.search(text[max(0, m.start() - 30):m.start()]):
            return m.group(0)
        return " " * len(m.group(0))
    return _BEATEN.sub(blank, text)


def match_talk(text: str) -> bool:
    """Whether the post talks of a game being played ("we'll have you off the pitch by half time",
    "5-0 minimum"): the model reads a side's banter as a threat where no violent word is left."""
    return bool(_MATCH_TALK.search(text)) and not (WEAPON.search(text) or _ARMS.search(text))
