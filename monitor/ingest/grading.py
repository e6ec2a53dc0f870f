"""Grading one school's names in a post: sure, likely or possible, with the words that decided it.

Reads what scan.py found and the context matching.py gathered (school words, other schools,
signs of another place or another walk of life) and says, for the school and for each member
of staff, how sure we are and why. Pure: the same post always gives the same grades.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.config.types import School
from monitor.ingest.cues import specific
from monitor.ingest.lexicon import compact, unleet, words
from monitor.ingest.scan import Hit, outer
from monitor.ingest.written import anothers

# A form's code ("10M") is school life, but "$4M" in a podcast's blurb is money: too weak to outweigh a namesake's words.
_FORM = re.compile(r"^\d{1,2}[a-z]$")

# Names specific enough that, beside a bare school alias, the two vouch for each other.
VOUCHING = frozenset({"full", "titled", "surname", "nickname"})
# "Gareth Lloyd, 54, of Cardiff", "Helen Marsh, 82,": how news and court reports place a person.
_OF_PLACE = re.compile(r"^,?\s*(?:\(?\d{1,3}\)?,?\s*)?(?:of|from)\s+([A-Z][\w'-]+)")
_AGED = re.compile(r"^,?\s*\(?\d{1,3}\)?,")


@dataclass(frozen=True)
class Grade:
    target: str  # "school" or "staff:<id>"
    grade: str  # sure, likely, possible
    why: str  # the words that decided it
    basis: tuple[str, ...] = ()  # what kinds of evidence, without the post's words: for measuring


@dataclass(frozen=True)
class Context:
    """What surrounds the names: gathered once per post and school (matching.py)."""
    life: tuple[str, ...] = ()  # school words in the post and its thread
    others: tuple[str, ...] = ()  # other schools named, not as the side ours played
    attached: frozenset[int] = frozenset()  # staff hits (by word) placed at another school: "Mr W at Greenfield"
    placed: frozenset[int] = frozenset()  # names placed elsewhere: "Kev from the chippy"
    role_ours: bool = True  # the school named nearest before a role is ours, or no other is named
    against: tuple[str, ...] = ()  # signs a place-name alias is another place: "village", "Hollowbrook Hawks"
    elsewhere: tuple[str, ...] = ()  # other walks of life: "podcast", "striker", "KC"
    local: bool = False
    as_place: tuple[str, ...] = ()  # the alias written as a place: "in Hollowbrook", "round Hollowbrook"
    generic: bool = False  # about every school: "every school has a Kev the caretaker"


def q(quoted) -> str:
    """Up to three distinct quotes: plain words, or (words, note) pairs."""
    seen: list[tuple[str, str]] = []
    for x in quoted:
        w, note = x if isinstance(x, tuple) else (x, "")
        if w.lower() not in (s[0].lower() for s in seen):
            seen.append((w, note))
    # A hashtag or address can run to thousands of letters: the reason quotes its start.
    return ", ".join(f"'{w if len(w) <= 60 else w[:57] + '...'}'{note}" for w, note in seen[:3])


def _shown(h: Hit) -> tuple[str, str]:
    note = " (thread)" if h.where == "thread" else " (address)" if h.where == "address" else ""
    if h.fuzzy:
        note = f" (for {h.entry.phrase[:1].upper()}{h.entry.phrase[1:]})" + note
    return h.said, note


def said(hs: list[Hit]) -> str:
    return q(_shown(h) for h in outer(hs))


_STOP = frozenset(("the", "a", "an", "of", "my", "our", "your", "his", "her", "their", "that", "this"))


def _beyond(life: list[str], hs: list[Hit]) -> list[str]:
    """School words other than those of the names found ("the head" is a role and a school word),
    and not a family's ("my son" is any school's pupil)."""
    names = {w for h in hs for w in re.findall(r"[\w']+", h.said.lower())} - _STOP
    return [c for c in life if not set(re.findall(r"[\w']+", c.lower())) & names
            and not re.match(r"(?:my|our|his|her|their)\s", c.lower())]


# The reasons below say "a namesake" where something beside the name points to another person
# (a trade, a team, a town) and "a namesake may share the name" where the name is merely alone.
_POINTS_ELSEWHERE = re.compile(r": (?:perhaps )?a namesake\b(?! may)")
_NOTHING_ELSEWHERE = re.compile(r"alone: a namesake may|with no school named|nothing to say it is us")


def points_to_a_namesake(why: str) -> bool:
    """Whether a match's reason (as stored beside the item) says something points to a namesake."""
    return bool(_POINTS_ELSEWHERE.search(why)) and not _NOTHING_ELSEWHERE.search(why)


def _in_digits(h: Hit) -> bool:
    """The name itself, with digits for some of its letters and no other change."""
    return h.disguised and unleet(h.said.lower()) == " ".join(h.entry.words)


def basis(hs: list[Hit]) -> tuple[str, ...]:
    return tuple(sorted({f"{h.entry.kind}{'~' if h.fuzzy else ''}@{h.where}" for h in hs}))


def grade_staff(school: School, hits: list[Hit], cx: Context, school_grade: str, bits: list[str],
                place: bool, named: bool, members) -> list[Grade]:
    """Each member of staff the post names, graded; `named`: the post names the school itself;
    `members(targets)`: (target, Staff) for the targets named, in config order."""
    ours = school_grade in ("sure", "likely") or cx.local
    in_context = ours or place
    life = list(cx.life)
    context = "the school" if school_grade in ("sure", "likely") else ", ".join(bits) or "no school named"
    home = {compact(p) for p in (school.name, *school.aliases, *school.locality)} | \
        {w for p in (school.name, *school.aliases, *school.locality) for w in words(p)}
    per_target: dict[str, list[Hit]] = {}
    owners: dict[str, set[str]] = {}
    for h in hits:
        per_target.setdefault(h.entry.target, []).append(h)
        # A name two of our staff answer to ("Mr D", a shared surname) is no one's for certain.
        owners.setdefault(h.said.lower(), set()).add(h.entry.target)
    out: list[Grade] = []
    for target, member in members(per_target):
        mine = per_target[target]
        unique = [h for h in mine if len(owners[h.said.lower()]) == 1]
        kinds = {h.entry.kind for h in unique if not h.fuzzy}
        fuzzy_kinds = {h.entry.kind for h in unique if h.fuzzy}
        shared = [h for h in mine if h not in unique and h.entry.kind != "given"]
        given = [h for h in unique if h.entry.kind == "given"]
        full = [h for h in unique if h.entry.kind == "full"]
        # "Gaz Lloyd": the nickname the school told us, with his surname, is what those who know
        # him write; a report of a namesake uses a namesake's own name.
        known = {words(n) for n in member.nicknames}
        plain_full = [h for h in full if h.entry.words[:-1] not in known]
        names = [h for h in unique if h.entry.kind in VOUCHING]
        cues = [h for h in unique if h.entry.kind in ("role", "first", "initial")]
        attached = [h for h in names if h.index in cx.attached and h.where == "post"]
        placed = [h for h in unique if h.where == "post" and h.index in cx.placed
                  and h.entry.kind in ("nickname", "first", "given", "full") and (h.entry.kind != "full" or h in plain_full)]
        elsewhere = [m.group(1) for h in full if (m := _OF_PLACE.match(h.tail)) and compact(m.group(1)) not in home]
        aged = [h for h in full if _AGED.match(h.tail)]
        pair = {h.entry.kind for h in unique} >= {"role"} and bool({h.entry.kind for h in unique}
                                                                 & {"first", "nickname", "initial"})
        if "full" in kinds and school_grade != "sure" and (elsewhere or aged or plain_full and not named
                                                           and (placed or cx.elsewhere)):
            sign = (f"of {q(elsewhere)}" if elsewhere else "with an age, as a news report gives" if aged
                    else f"placed elsewhere ({said(placed)})" if placed else f"beside {q(cx.elsewhere)}")
            g, why = "possible", f"{said(full)} {sign}: a namesake"
        elif "full" in kinds and (in_context or life):
            g, why = "sure", f"{said(full)} + {context if in_context else 'school words ' + q(life)}"
        elif "full" in kinds:
            g, why = ("possible", f"{said(full)} alone: a namesake may share the name"
                      + (f"; another school named: {q(cx.others)}" if cx.others else ""))
        elif (kinds | fuzzy_kinds) & VOUCHING:
            shown = said(names)
            nick = all(h.entry.kind == "nickname" for h in names)
            untitled = [h for h in names if h.entry.kind == "surname"]
            if attached:
                g, why = "possible", f"{shown} at another school: {q(cx.others)}"
            # ...but not where the post speaks of a school's day ("the review meeting", "that school")
            # and the other walk of life is elsewhere in it (round 22: "the lad scored twice on Sunday").
            elif untitled == names and cx.elsewhere and not named and not [c for c in specific(life) if not _FORM.match(c)]:
                g, why = "possible", f"{shown} beside {q(cx.elsewhere)}: perhaps a namesake"
            elif untitled == names and not placed and not (cx.others or cx.elsewhere or cx.against or cx.generic) \
                    and not any((h.fuzzy and not _in_digits(h)) or _OF_PLACE.match(h.tail) or anothers(h) for h in names) \
                    and any(not h.inside for h in names):
                # "okafor called me in again": a surname few share, as pupils and parents write it (surnames.py);
                # "0kaf0r" too, digits for its letters on purpose (round 55's), not a slip besides ("wh1ttaker", a review's).
                g, why = "likely", f"{shown}, a surname few share, nothing pointing elsewhere"
            elif all(h.plural and h.entry.kind != "titled" for h in names) and school_grade not in ("sure", "likely"):
                g, why = "possible", f"{shown}: a plural, or a possessive without its apostrophe, and no school named"
            # "emma from 2R" may be a pupil ("Emma in 2R keeps hitting my son"): only her job or the
            # school named beside it makes her ours; harmful, a `possible` still reaches the DSL.
            elif nick and (placed or (cx.generic and not named) or (not ours and not (
                    (specific(life) and not all(_FORM.match(h.entry.words[-1]) or _FORM.match(h.entry.words[0])
                                                for h in names)) or pair))):
                g, why = "possible", f"nickname {shown} " + ("placed elsewhere" if placed else "with no school named")
            elif in_context or life or pair:
                g, why = "likely", f"{shown} + " + (context if in_context else 'school words ' + q(life)
                                                    if life else f"their role {said(cues)}")
            elif any(h.entry.kind == "titled" for h in names) and not cx.others and not cx.elsewhere:
                # "Mr Nwosu", "Miss Rowe": how a school's pupils and parents name its staff, and
                # on 2,400 writers' posts never a namesake; a full name alone often is one.
                g, why = "likely", f"{shown}, as pupils and parents name them, nothing pointing elsewhere"
            else:
                g, why = "possible", f"{shown} with no school named"
        elif (kinds | fuzzy_kinds) & {"role", "first", "initial"}:
            # An initial or first name placed at another school ("Mr W at Greenfield High"); a role
            # there is weighed by which school it follows (role_ours, True where no role is named).
            if cx.role_ours and any(h.index in cx.attached and h.where == "post" for h in cues):
                g, why = "possible", f"{said(cues)} at another school: {q(cx.others)}"
            elif cx.generic and not named:
                g, why = "possible", f"{said(cues)} in a post about every school"
            elif pair and not placed:
                g, why = "likely", f"{said(cues)}: their name and their role"
            elif "initial" in kinds and specific(life) and not cx.others:
                g, why = "likely", f"{said(cues)} + school words {q(life)}"
            elif (cx.others and not cx.role_ours) or placed:
                continue  # "the head" of another school, or "Kev from the chippy"
            elif not ours:
                if not kinds & {"role", "initial"}:
                    continue  # a first name alone is anyone's
                if kinds == {"role"} and all(h.entry.words in (("head",), ("deputy",)) for h in cues):
                    continue  # "Head just shrugged": a bare "Head" is ours only where the school is
                # "the deputy head" with no school named: only possibly ours. A harmful post still
                # reaches the DSL (judge/graded.py); a harmless one stays out of digests.
                if "initial" in kinds and not cx.others and not cx.elsewhere and not cx.against:
                    # "mr w" is how pupils name a teacher; on 3,360 writers' posts, ours every time
                    # nothing pointed elsewhere. "The deputy head" alone often was someone else's.
                    g, why = "likely", f"{said(cues)}, as pupils name a teacher, nothing pointing elsewhere"
                elif "role" in kinds and (days := _beyond(specific(life), cues)) and not (cx.others or cx.elsewhere or cx.against):
                    # "The head ... five exclusions for uniform": a role and the school's day besides
                    # (not the role's own words). Read sets: 26 more of ours found, 3 others' taken.
                    g, why = "likely", f"{said(cues)} + school words {q(days)}, nothing pointing elsewhere"
                else:
                    g, why = "possible", f"{said(cues)} with no school named"
            else:
                g, why = "likely", f"{said(cues)} + {context}"
        elif given and school_grade in ("sure", "likely") and not cx.others and not placed:
            # Only said to them (written.py): "Helen, it's on the website" opening a post answers another parent.
            g, why = "likely", f"first name {said(given)} + the school"
        elif shared:
            if not in_context:
                continue
            g, why = "possible", f"{said(shared)} is the name of more than one of our staff"
        else:
            continue
        out.append(Grade(target, g, why, basis(mine) + (("school",) if ours else ("place",) if in_context
                                                         else ("life",) if life else ())
                         + (("others",) if cx.others else ())))
    return out
