"""The school's own grade in a post: sure, likely or possible, and the words that decided it.

From its names (full, handle, a bare alias, initials, an account named for it), its places and
community, and the school words around them; staff named beside a bare alias vouch for it
(grading.py grades the staff). Pure.
"""
from __future__ import annotations

import re

from monitor.ingest.against import NAMED_FOR, named_for_us
from monitor.ingest.cues import CHAT, other_schools, specific
from monitor.ingest.grading import Context, Grade, basis, q, said
from monitor.ingest.scan import Hit


# The school's people, a class, a year or a department, as an account names them after our name or initials.
_OF_OURS = re.compile(r"(?:drama|pe|sport|sports|music|choir|art|science|maths|english|library|sixth|sixthform|leavers|"
                      r"send|senco|(?:[1-9]|1[0-3])[a-z]\d?)$", re.I)


def _of_ours(h: Hit) -> bool:
    """An account whose next word, or the rest of its word, is the school's people or a part of it."""
    rest = h.inside.partition("|")[2] if h.inside else (h.after[0] if h.after else "")
    return bool(rest) and bool(NAMED_FOR.match(rest) or _OF_OURS.match(rest))


# "an HB pencil", "hb@gmail.com": a pencil's grade, someone's inbox, not our initials.
_PENCIL = frozenset({"pencil", "pencils", "lead", "leads", "grade", "graphite", "gmail", "hotmail", "outlook", "yahoo", "icloud", "com", "co"})


# Children or the end of the school day in a post: "kid", "girls", "13 yr old", "3:15", "half 3", "after skl".
_YOUNG = re.compile(r"\b(?:kids?|girls|boys|child(?:ren)?|pupils?|1[0-7]\s*(?:yo|y/o|yrs?\s+old|years?\s+old)|after\s+(?:skl|skool|school|3)"
                    r"|last\s+lesson|uniforms?|blazers?|half\s+(?:2|3|three)|home\s*time|school\s+bus|(?:can'?t|cannot)\s+be\s+(?:more|older)\s+than\s+1?\d)\b"
                    r"|\b(?:2[.:][3-5]\d|3[.:][0-5]\d)\b", re.I)


def young_or_home_time(text: str) -> bool:
    return bool(_YOUNG.search(text))


# One teacher pointed at ("people like that teacher ... someone should do it again", in a group named for our town; "were
# going up marlow road to wait for that teacher"): the read sets' two such posts with our place were both ours, urgent.
_ONE_TEACHER = re.compile(r"\b(?:that|this)\s+(?:(?:so[- ]called|new|supply|cover|form|lesbian|gay|trans|woke|female|male|young|old|ginger|bald|fat"
                          r"|maths|english|science|pe|drama|music|art|history|geography|french|spanish)\s+)?teacher\b(?!\s+(?:life|vibes|energy|era|mode|voice|friends?|bag)\b)"
                          r"|\bthe\s+teacher\s+(?:who|whose|what|which|responsible|that|in\s+the|at\s+the|from\s+the)\b", re.I)
# ...not a film's, a book's, the news's, a piano or swimming teacher (a review's ten).
_ANOTHER_TEACHER = re.compile(r"\b(?:film|movie|book|novel|netflix|bbc|documentary|doc|episode|series|telly|tv|news|quiz|educating|piano|guitar"
                              r"|violin|singing|swimming|swim|dance|ballet|driving|yoga|jailed|court)\b", re.I)


def one_teacher(text: str) -> bool:
    return bool(_ONE_TEACHER.search(text)) and not _ANOTHER_TEACHER.search(text)


def grade_school(hits: list[Hit], vouch: list[Hit], cx: Context, young: bool = False,
                 teacher: bool = False) -> tuple[str, Grade | None, list[str], list[str]]:
    """(grade, the school's Grade or None, context words, context kinds) from the school's own names
    and the names of its staff that vouch for a bare alias ("okafor at hollowbrook"); `young`: the post speaks
    of children or the end of the school day (young_or_home_time); `teacher`: of one teacher (one_teacher)."""
    by_kind: dict[str, list[Hit]] = {}
    for h in hits:
        by_kind.setdefault(h.entry.kind, []).append(h)
    strong = by_kind.get("school:name", []) + by_kind.get("school:handle", [])
    exact = [h for h in strong if not h.fuzzy]
    place = by_kind.get("school:locality", [])
    named = [h for h in by_kind.get("school:alias", []) + by_kind.get("school:initials", []) if h.where != "address"]
    weak = named + [h for h in strong if h.fuzzy]
    # An account or page named for the school ("@hba.edits", "hba_survivor"): context, as a place is.
    account = [h for h in by_kind.get("school:alias", []) + by_kind.get("school:initials", [])
               if h.where == "address" and (not h.inside or named_for_us(h))]
    life = list(cx.life)
    bits, tags = [], []
    if place:
        bits.append(f"place {said(place)}")
        tags.append("place")
    if account:
        bits.append(f"an address named for the school {said(account)}")
        tags.append("account")
    if cx.local:
        bits.append("a local source")
        tags.append("local")
    # Beside another school's name, school words may be about that school; beside our own
    # name as well ("moved him from Greenfield to Hollowbrook"), they are still school words.
    if life and (not cx.others or weak):
        bits.append(f"school words {q(life)}")
        tags.append("life")
    if exact:
        return "sure", Grade("school", "sure", f"named {said(exact)}", basis(exact)), bits, tags
    if by_kind.get("school:exclude"):
        return "no", None, bits, tags
    described = [h for h in by_kind.get("school:described", []) if h.where != "address"]
    if described and not cx.others and not cx.against:
        return "likely", Grade("school", "likely", f"our kind of school in our place {said(described)}, "
                               "no other school named", basis(described)), bits, tags
    if weak:
        initials = [h for h in weak if h.entry.kind == "school:initials"]
        if cx.against and not (place or cx.local):
            return "possible", Grade("school", "possible", f"{said(weak)}, but {q(cx.against)} points to "
                                     "another place of that name", basis(weak) + ("against",)), bits, tags
        if bits or vouch:
            more = bits + ([f"staff {said(vouch)}"] if vouch else [])
            return "likely", Grade("school", "likely", f"bare {said(weak)} + " + ", ".join(more),
                                   basis(weak + place + vouch) + tuple(tags)), bits, tags
        disguised = [h for h in weak if h.disguised]
        if disguised and not cx.others and not cx.against:
            # "h0llowbr00k": no other place's name is written so; it is written to dodge a filter.
            return "likely", Grade("school", "likely", f"{said(disguised)}, our name disguised with digits",
                                   basis(weak) + ("disguised",)), bits, tags
        if initials and not cx.others and not cx.against:
            return "likely", Grade("school", "likely", f"the school's initials {said(initials)}, nothing "
                                   "pointing elsewhere", basis(weak) + ("initials",)), bits, tags
        if not cx.others and not cx.elsewhere and not cx.as_place:
            # Measured on 2,400 posts by writers who never saw this code: a bare "hollowbrook"
            # with nothing pointing elsewhere was ours 37 times for every 3 it was not.
            return "likely", Grade("school", "likely", f"bare {said(weak)}, nothing pointing elsewhere",
                                   basis(weak) + ("bare",)), bits, tags
        return "possible", Grade("school", "possible", f"{said(weak)} with nothing to say it is us"
                                 + (f"; another school named: {q(cx.others)}" if cx.others else ""),
                                 basis(weak) + (("others",) if cx.others else ())), bits, tags
    short = [h for h in by_kind.get("school:short", []) if h.where != "address" and not (h.after and h.after[0] in _PENCIL)]
    if short and not cx.others and not cx.against and not cx.elsewhere:
        if bits or vouch:
            return "likely", Grade("school", "likely", f"{said(short)}, our initials without their last letter + "
                                   + ", ".join(bits + ([f"staff {said(vouch)}"] if vouch else [])), basis(short) + ("short",)), bits, tags
        return "possible", Grade("school", "possible", f"{said(short)}, our initials without their last letter, nothing more",
                                 basis(short) + ("short",)), bits, tags
    if (place or cx.local or account) and specific(life) and not cx.others and not cx.elsewhere:
        # A post in our place's own community ("Hexley Parents Chat", r/Hexley) about a school's
        # day, naming no other school nor another walk of life (a podcast, the chippy): ours,
        # though it says only "the school" or "the head".
        return "likely", Grade("school", "likely", ", ".join(bits) + ", no other school named",
                               basis(place + account) + ("community",)), bits, tags
    if cx.local and not cx.others and not cx.elsewhere:
        # Our parents' group, no school word ("appeal panel is thursday at 4 ... ill be waiting"): perhaps ours (graded.py).
        return "possible", Grade("school", "possible", ", ".join(bits) + ", no school word", ("community", "unworded")), bits, tags
    if (place or cx.local) and teacher and not cx.others and not cx.elsewhere and not cx.against:
        return "possible", Grade("school", "possible", ", ".join(bits) + ", one teacher pointed at, no school named",
                                 basis(place) + ("one_teacher",)), bits, tags
    # "hba.9m.chloe": "goodnight forever, sorry mum"; "hba.drama": "Two sleeps till opening night". An account
    # named for our name and the school's people, a class, a year or a department ("HollowbrookPTA",
    # "hollowbrook.confessions", "hba_year9_rant"), a post naming nothing of ours: the read sets' writers
    # meant the school by every such post (round 29). Our initials alone ("hba_olly", "HBA Realty", a
    # review's) or a bare "hollowbrook" group (the village's?) are perhaps ours: only harm reaches anyone.
    ours = [h for h in account if h.inside and named_for_us(h) or _of_ours(h)]
    if ours and not cx.others and not cx.elsewhere and not cx.against:
        return "likely", Grade("school", "likely", f"{said(ours)}, an account named for the school, "
                               "nothing pointing elsewhere", basis(ours) + ("account",)), bits, tags
    if account and not cx.others and not cx.elsewhere:
        return "possible", Grade("school", "possible", f"{said(account)}, an account named for the school; "
                                 "the post names nothing of ours", basis(account) + ("account",)), bits, tags
    # The street of our gates or our bus, named in the post with children or the end of the school day and nothing else
    # of ours ("whos bringing the blade to marlow road friday 3:15", "ginger kid on the 41A hes getting stabbed"): perhaps
    # ours, so that only harm reaches the DSL. Not a neighbour's feud, a burglary or a pub fight on the same street (a
    # review's ten false highs); a one-word place is the town, every school's.
    # (Or named by the thread a neighbour posts in, round65's "Youths on Station Lane": "filming them from my bedroom
    # window every afternoon ... Some of them can't be more than 11".)
    streets = [h for h in place if len(h.entry.words) > 1 and h.where in ("post", "thread")]
    if streets and young and not cx.others and not cx.elsewhere and not cx.against:
        return "possible", Grade("school", "possible", f"place {said(streets)}, the street of our gates or our bus, nothing "
                                 "else of ours", basis(streets) + ("street",)), bits, tags
    return "no", None, bits, tags


# A year group and a school day, with no school named: "everyone in year 10 stay off the field at lunch tomorrow". Like a
# class code (monitor/ingest/cues.py), possibly ours: a harmful post reaches the DSL at `high`, a harmless one stays out of
# digests (round 56's writer paged such a warning; read sets: 40 posts of ours at high or urgent named a year group and no
# school, beside 222 not ours).
_YEAR = re.compile(r"\b(?:year|yr|y)\s?(?:[7-9]|1[0-3])s?\b", re.I)
# Where a school's day is spent: not a year group's "year 10 of my mortgage", a football age group, or a bank holiday.
_DAY = re.compile(r"\b(?:lunch|lunchtime|break|field|canteen|form|tutor|detention|lessons?|class|sir|miss|teachers?|gates?|toilets?|corridor"
                  r"|playground|registration|assembly|pe|mocks?|the\s+bus|school)\b", re.I)
_NOT_PUPILS = re.compile(r"\b(?:u\d{1,2}s?|under\s*-?\s*\d{1,2}s?|mortgage|marriage|anniversary|sober|clean|uni|university|degree|apprentice\w*)\b", re.I)


def year_group(text: str, context: str = "") -> str | None:
    """The year group a post names beside its school day, where it names no school."""
    if other_schools(text) or (CHAT.search(context) and other_schools(context)) or _NOT_PUPILS.search(text):
        return None
    return m.group(0) if (m := _YEAR.search(text)) and _DAY.search(text) else None
