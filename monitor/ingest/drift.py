"""A reply that drifts away from the post it answers: "Hexley Grammar did this two years ago",
"lol no, Tom's in Denver. different guy", "wait is this Hollowbrook Public School?? ... in
Ontario". A reply is about whoever its parent is about (monitor/ingest/thread.py) until its own
words point elsewhere: another school named, a place the school `exclude`s, a mix-up set
straight, and no "he" or "she" still speaks of the parent's person. Then it is read with the
thread's title alone, as a post of its own. Not a sports or
court report's words: a reply under a court report ("hope the jury sees through him") is still
about the member of staff in the dock. Pure."""
from __future__ import annotations

import re
from typing import Sequence

from monitor.config.types import School
from monitor.ingest.cues import other_schools
from monitor.ingest.lexicon import plain
from monitor.ingest.thread import SEPARATOR

# Said to set a mix-up straight: "different guy", "thought you meant the Cardiff one", "wrong school".
_SET_STRAIGHT = re.compile(
    r"\b(?:different|wrong)\s+(?:guy|bloke|man|woman|lady|person|fella)\b"
    r"|\bthought\s+(?:you|u|they)\s+meant\b|\bnot\s+the\s+same\s+(?:guy|person|man|woman|bloke)\b", re.I)
# A reply that still speaks of someone ("he did the same to my daughter", "hes getting jumped either way")
# is about whoever its parent names, whatever else it names.
_STILL_OF_SOMEONE = re.compile(r"\b(?:he|him|his|hes|he'?s|she|her|hers|shes|she'?s)\b", re.I)


def points_elsewhere(text: str, schools: Sequence[School]) -> list[str]:
    """What in a reply's own words points away from the thread: another school named, a place a
    school `exclude`s, a mix-up set straight."""
    body = plain(text)
    low = body.lower()
    excluded = [x for s in schools for x in s.exclude if re.search(r"(?<!\w)" + re.escape(x.lower()) + r"(?!\w)", low)]
    near = [x for s in schools for x in _neighbours(s) if re.search(r"(?<!\w)" + re.escape(x.lower()) + r"(?!\w)", low)]
    return [name for name, _, _ in other_schools(body)] + excluded + near + [m.group(0) for m in _SET_STRAIGHT.finditer(body)]


_KIND = re.compile(r"\s+(?:primary|high|school|academy|secondary|juniors?|infants?|college|grammar|community\s+school)(?:\s+school)?$", re.I)


def _neighbours(school: School) -> list[str]:
    """A neighbouring school as people write it, its kind dropped ("outside St Anne's every single day"
    for St Anne's Primary), where what is left is not a name or place of ours ("Hexley Grammar" stays whole)."""
    ours = {x.lower() for x in (school.name, *school.aliases, *school.locality)}
    out = []
    for n in school.neighbours:
        short = _KIND.sub("", n)
        out.append(short if short != n and len(short) >= 4 and short.lower() not in ours else n)
    return out


# A reply that says it leaves the thread's subject: "Off topic sorry but Hexley Tesco has the big tubs", "Sorry to hijack,
# anyone know a decent plumber", "Totally different subject, does anyone's little one go to Little Acorns" (threads36's class
# groups: eleven such posts, none about the school, each read as ours through the group's name).
OFF_TOPIC = re.compile(
    r"(?:^|[.!?\n]\s*)\W*(?:(?:sorry|soz|apologies)\s+(?:to\s+hijack|for\s+(?:the\s+)?hijack\w*|(?:for\s+)?(?:going\s+|being\s+)?off\s*-?\s*topic)"
    r"|(?:slightly\s+|totally\s+|completely\s+|bit\s+|a\s+bit\s+)?off\s*-?\s*topic\b|random(?:\s+(?:q|question|one))?\s*(?:but\b|,|:|-|–|—|\?)"
    r"|(?:totally|completely|slightly)\s+different\s+(?:subject|topic|question|note)|(?:completely\s+|totally\s+)?unrelated(?:\s+but\b|\s*[,:-]|\s+q)"
    r"|changing\s+the\s+subject|on\s+a\s+(?:different|separate|lighter)\s+note|not\s+school\s+related|nothing\s+to\s+do\s+with\s+school\s+but)", re.I)


def off_topic(text: str, schools: Sequence[School]) -> bool:
    """A reply that says, in its first words, that it leaves the thread's subject, and names nothing of ours."""
    m = OFF_TOPIC.search(text[:80])
    return bool(m) and not _ours_named(text, schools)


def title_only(text: str, context: str, schools: Sequence[School]) -> str:
    """`context` without the words the reply answers, where the reply's own words point elsewhere;
    the title alone where it says it leaves the thread's subject; otherwise `context` as it is."""
    if SEPARATOR not in "\n" + context or _STILL_OF_SOMEONE.search(text):
        return context
    title = ("\n" + context).split(SEPARATOR, 1)[0][1:]
    # ...read under the group's or thread's name alone, unless it still speaks of someone the parent names ("off topic
    # but I'm going to batter him", a review's); the group's name alone vouches for little (monitor/ingest/titled.py).
    if off_topic(text, schools):
        return title
    if not (away := points_elsewhere(text, schools)):
        return context
    # threads34's "Greenfield vs Hollowbrook vs Hexley Grammar for Y7": a reply about Greenfield's pastoral team,
    # under a title that names us among others, is about Greenfield alone.
    if set(away) - {m.group(0) for m in _SET_STRAIGHT.finditer(plain(text))} and points_elsewhere(title, schools) \
            and not _STILL_OURS.search(text) and not _ours_named(text, schools):
        return ""
    return title


# ...unless the reply still speaks of us: "wouldnt send a dog to the other one", "that whitaker should be sacked" (a review's).
_STILL_OURS = re.compile(r"\b(?:the\s+other\s+(?:one|place|school|lot)|that\s+lot|the\s+rest|the\s+one\s+on|the\s+academy)\b", re.I)


def _ours_named(text: str, schools: Sequence[School]) -> bool:
    low = plain(text).lower()
    names = [n for sc in schools for n in (sc.name, *sc.aliases, *(m.name.split()[-1] for m in sc.staff), *(a for m in sc.staff for a in m.aliases))]
    return any(re.search(r"(?<!\w)" + re.escape(n.lower()) + r"(?!\w)", low) for n in names if len(n) >= 3)
