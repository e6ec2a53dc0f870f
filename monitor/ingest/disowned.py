"""A reply that names one of ours and says, in its own words, that it is another: "Tom Whitaker here - the podcast
one, not the teacher", "(and no, not THAT Priya Patel lol)", "Thought you meant Gareth Lloyd the Cardiff flanker for
a sec", "Will this apply to Hollowbrook in Somerset too?", "we're nothing to do with Hollowbrook Academy!" (threads42).
Its thread named the school, and the thread's words lent to it made it ours however plainly it said otherwise: the
reply's own words win, so it is only possibly ours (a harmful one still reaches the DSL). The words a reply answers
still make "always been a snake 🐍" ours; a reply that names no one of ours, or sets a mix-up straight towards us
("different Sarah Okafor, ours is the headteacher"), is left as the thread reads it. Pure."""
from __future__ import annotations

import re

from monitor.config.types import School
from monitor.ingest.cues import life_cues, specific
from monitor.ingest.grading import Grade
from monitor.ingest.lexicon import lower

# Said before one of our staff's names: "not THAT Priya Patel", "I'm NOT the Priya Patel who's deputy", "no relation to".
_BEFORE_PERSON = re.compile(r"(?:\bnot\s+(?:that|the\s+same|the)|\bno\s+relation\s+(?:to|of))\s+$")
# "Thought you meant Gareth Lloyd the Cardiff flanker for a sec", "Read that as ... for a sec": a misreading owned up to
# (not "I thought you meant Mr Lloyd, he's awful too").
_MISREAD = re.compile(r"\b(?:thought|think)\s+(?:you|u|they|it)\s+meant\s+$|\bread\s+(?:that|it|this)\s+as\s+$")
_FOR_A_SEC = re.compile(r"\bfor\s+a\s+(?:sec|second|min|minute|moment)\b")
# Said anywhere in a reply that names one of our staff: the name is another person's. "the podcast one, not the
# teacher 😅", "got the wrong bloke", "Presumably not the same person", "nothing to do with any school", "no relation to
# the one at your school", "didnt know she was from round here", "Different person I think!" (not "she's a different
# person since she became head", nor "the teacher you think he is").
_ANOTHER_PERSON = re.compile(
    r"\bnot\s+the\s+(?!(?:class|form|subject)\s)(?:\w+\s+)?(?:teacher|head(?:teacher)?|deputy(?:\s+head)?|ta|senco|one\s+(?:at|from)\s+(?:your|the|that|ur)\s+school)"
    r"(?:\s+one)?(?=\s*(?:[^\w\s]|$|lol|haha|mate|sorry))"
    r"|(?<!\ba\s)(?<!\bcompletely\s)(?<!\btotally\s)\bdifferent\s+(?:guy|bloke|man|woman|lady|person|fella)\b|(?<!\bgot\sthe\s)\bwrong\s+(?:guy|bloke|fella)\b"
    r"|\bnot\s+the\s+same\s+(?:guy|person|man|woman|bloke|lady)\b"
    r"|\bnothing\s+to\s+do\s+with\s+(?:any|a|the|your|ur)\s+school\b|\bno\s+relation\s+to\s+(?:the|that|your|ur|any)\b"
    r"|\b(?:didn['’]?t|didnt|never)\s+know\s+(?:she|he)\s+(?:was|is|lived)\s+(?:from\s+)?(?:a?round\s+)?here\b")
# A mix-up set straight towards us: "Wrong Tom Whitaker, I meant Mr Whitaker in maths", "different Sarah Okafor Dawn,
# ours is the headteacher", "No it's not the Sarah Okafor KC, it's our head", "Tom Whitaker, not the podcast one".
_TOWARDS_US = re.compile(r"\bi\s+meant?\b|\bours\s+is\b|\bour\s+(?:head|deputy|senco|ta|mrs?|miss|ms|pe\s+teacher|teacher)\b"
                         r"|\bit['’]?s\s+(?:definitely|defo|deffo)\s+(?:her|him)\b|\b(?:she|he)['’]?s\s+(?:literally\s+)?(?:the|our)\s+"
                         r"(?:head|deputy|senco|ta|pe\s+teacher)\b|\bit['’]?s\s+our\b"
                         r"|\bnot\s+the\s+(?!(?:\w+\s+)?(?:teacher|head|deputy|ta|senco)\b)[\w'’]+\s+one\b")
# Said before our own name by the writer of themselves: "we're nothing to do with Hollowbrook Academy!".
_NOT_US = re.compile(r"\b(?:we['’]?re|we\s+are|i['’]?m|im|i\s+am)\s+(?:\w+\s+)?(?:nothing\s+to\s+do\s+with"
                     r"|not\s+(?:part\s+of|connected\s+(?:to|with)|affiliated\s+with|linked\s+(?:to|with))|no\s+relation\s+to)\s+(?:the\s+)?$")


def _at(low: str, name: str):
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(lower(name)) + r"(?!\w)", low)]


def disowned(text: str, school: School) -> tuple[str, ...]:
    """The targets ("school", "staff:<id>") whose names the reply's own words name and say are another's."""
    low = lower(text)
    if _TOWARDS_US.search(low):
        return ()
    # ...and "not THAT Sarah Okafor lol. the one at hollowbrook who suspended my daughter" (the read sets' z67): ours, named.
    ours = "|".join(re.escape(lower(n)) for n in (school.name, *school.aliases) if n.strip())
    if ours and re.search(r"\bthe\s+(?:one|woman|man|lady|bloke|teacher|head)\s+(?:at|from|in|who\s+(?:works|teaches)\s+at)\s+(?:" + ours + r")(?!\w)", low):
        return ()
    out = []
    # (Not "the 'Tom Whitaker' in the Leeds case is NOT the Hollowbrook teacher" (the read sets' z161): a rumour about
    # ours put right is news of ours, for the head's digest.)
    anywhere = any(not (ours and re.search(r"(?<!\w)(?:" + ours + r")(?!\w)", m.group(0))) for m in _ANOTHER_PERSON.finditer(low))
    for m in school.staff:
        # A full name or a title and surname ("Mrs Okafor? The barrister?"): a surname alone is too little to go on.
        at = [a for n in (m.name, *m.aliases) if len(n.split()) > 1 for a in _at(low, n)]
        # (A misreading of ours is ours: "thought you meant Mr W from year 6 for a sec 😂 he'd hate a podcast", "I read that
        # as Mr Whitaker from HBA", the read sets' z217 and z219.)
        if at and (anywhere or any(_BEFORE_PERSON.search(low[max(0, a - 30):a]) or _FOR_A_SEC.search(low)
                                   and _MISREAD.search(low[max(0, a - 30):a]) and not (ours and re.search(
                                       r"^[\w\s.'’]{0,25}?\b(?:from|at|in)\s+(?:year\s*\d+|y\d+|" + ours + r")(?!\w)", low[a:a + 60]))
                                   for a in at)):
            out.append(f"staff:{m.id}")
    places = [x for x in school.exclude if x.strip()]
    # ...not where the reply goes on to a school's day: "picked the wrong Hollowbrook. ANYWAY. The SCHOOL's lunch portions
    # are tiny, my son comes home starving" (round 55's).
    if [c for c in specific(life_cues(low, text)) if c.lower() != "school"]:
        places = []
    # Every time the reply writes our name, it says it is another's (not "We're Hollowbrook Academy in Hexley ... I think
    # you're after Hollowbrook, Ontario!", threads38's, from the school's own account).
    at = {a: n for n in sorted((school.name, *school.aliases), key=len) for a in _at(low, n)}
    if at and all(_elsewhere(low, a, n, places) or _NOT_US.search(low[max(0, a - 40):a]) for a, n in at.items()):
        out.append("school")
    return tuple(dict.fromkeys(out))


def _elsewhere(low: str, a: int, n: str, places) -> bool:
    """"Hollowbrook in Somerset", "the Hollowbrook in Ontario", "Hollowbrook, Ontario": another place of our name; or an
    excluded place that is our name and more ("Hollowbrook Road in Leeds")."""
    after = low[a + len(n):a + len(n) + 30]
    return any(re.match(r"^\s*(?:,|in|near|out\s+in|over\s+in)?\s*" + re.escape(lower(x)) + r"(?![\w'’])", after)
               or low.startswith(lower(x), a) and len(x) > len(n) for x in places)


def disown(g: Grade | None, people: list[Grade], school_hits, staff_hits, text: str,
           school: School) -> tuple[Grade | None, list[Grade]]:
    """The grades of a reply whose own words say the staff or school it names are another's: only possible. The
    school too where nothing else of ours in the reply's own words stays ours (a staff name said to be another's
    takes a bare "Hollowbrook" beside it along: "keep getting tagged in Hollowbrook stuff")."""
    gone = disowned(text, school)
    if not gone:
        return g, people
    said = {h.entry.target for h in staff_hits if h.where == "post" and h.entry.kind != "role"}
    people = [Grade(p.target, "possible", f"{p.why.split(' + ')[0]}, but the reply says it is another", p.basis + ("disowned",))
              if p.target in gone and p.grade in ("sure", "likely") else p for p in people]
    kept = said - set(gone)
    own_names = [h for h in school_hits if h.where == "post" and h.entry.kind in ("school:name", "school:handle")]
    if g is None or g.grade not in ("sure", "likely") or kept or (own_names and "school" not in gone) \
            or not (said or "school" in gone):
        return g, people
    return (Grade("school", "possible", f"the reply says what it names is another's ({g.why})", g.basis + ("disowned",)),
            [Grade(p.target, "possible", f"named in the thread only ({p.why})", p.basis)
             if p.grade in ("sure", "likely") else p for p in people])
