"""Who a post is about, graded: sure, likely, possible, or no, with the words that decided it.

Some names are unmistakable ("Hollowbrook Academy", "Tom Whitaker" beside the school, the
school's own handle). Others are ours only in context: a bare "Hollowbrook" is also a village,
"Mr Whitaker" teaches in a thousand schools, "the head" is every school's. The context is a
locality ("Hexley", "marlow rd"), the words of a school's day ("pickup", "year 8", "the TA"),
the thread the post sits in, where it was posted (the school's page, r/Hexley, an account
named for the school), or two ambiguous names of ours vouching for each other.

- sure: the school's name or handle; a full name beside the school or its place.
- likely: an ambiguous name with context. Sure and likely are `about`.
- possible: a name of ours with nothing to say it is us (a footballer's full name), or context
  pointing elsewhere. Not `about`: a possibly harmful post still reaches the DSL (triage).
- no: nothing of ours, or an `exclude` phrase ("Ontario") beside ambiguous names only.

Reading the post is scan.py; the words around the names are cues.py; grading is school_grade.py and grading.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from monitor.config.types import School
from monitor.ingest.author import readable
from monitor.ingest.against import against
from monitor.ingest.cues import (EVERY_SCHOOL, LIFE, class_code, elsewhere_cues, life_cues, opponent, other_schools,
                                 specific, their_kids_at)
from monitor.ingest.disclaim import disclaimed
from monitor.ingest.drift import title_only
from monitor.ingest.spam import NOT_SPAM, SPAM
from monitor.ingest.titled import as_possible, group_chatter
from monitor.ingest import disowned, namesake
from monitor.ingest.forenames import someone_else
from monitor.ingest.written import LIKE_HER, PLACED_AT, ROLE_THEIRS, WISH, described_elsewhere, given_elsewhere
from monitor.ingest.grading import VOUCHING, Context, Grade, grade_staff, q
from monitor.ingest.school_grade import grade_school, one_teacher, year_group, young_or_home_time
from monitor.ingest.lexicon import SCHOOL_WORDS, Lexicon, lexicon, lower, plain, words
from monitor.ingest.roles import MANY, classes
from monitor.ingest.handles import from_handles, with_tag_words
from monitor.ingest.scan import Hit, address, drop_shadowed, scan
from monitor.ingest.weighed import weighed

__all__ = ["GRADES", "Assessment", "Grade", "assess", "assess_all", "match"]
GRADES = ("sure", "likely", "possible")
# "Kev from the chippy", "Priya Patel from my yoga class": a name placed somewhere not a school.
_PLACED = re.compile(r"^'?s?,?\s+(?:from|at)\s+(?:the|my|a|our|his|her|their)\s+((?:[\w']+\s*){1,3})")
_OUR_NAMES = frozenset({"school:name", "school:alias", "school:initials", "school:handle"})
# "my cousin Priya Patel", "my uncle David Nwosu": the author's family or friend, who shares a name of ours.
_KIN = re.compile(r"\bmy\s+(?:little\s+|big\s+|older\s+|younger\s+|best\s+|old\s+)?(?:cousin|sister|brother|mum|mam|mom|dad|"
                  r"nan|nana|gran|grandma|grandad|aunt|auntie|aunty|uncle|niece|nephew|friend|mate|pal|wife|husband|"
                  r"girlfriend|boyfriend|partner|neighbour|bestie|bff|sis|bro)\s+$", re.I)
_TOLD = re.compile(r"\b(?:told|tell|telling|text|texted|txt|txted|messaged|rang|ring|ask|asked|show|showed|warn|warned|reminded)\s+my\s+(?:\w+\s+)?\w+\s+$", re.I)
_GAP = re.compile(r"^[^.!?\n]{0,30}$")
_ONE_OF = re.compile(r"\b(?:the|that|this|our|your|ur|my|his|her)\s+$", re.I)
# "Whoever in Hollowbrook keeps letting their dog out": the name written as a place, not a school.
_AS_PLACE = re.compile(r"\b(?:in|around|round|near|through|across|outside)\s+$", re.I)


@dataclass(frozen=True)
class Assessment:
    grades: tuple[Grade, ...] = ()

    @property
    def about(self) -> tuple[str, ...]:
        return tuple(g.target for g in self.grades if g.grade in ("sure", "likely"))

    @property
    def possible(self) -> tuple[str, ...]:
        return tuple(g.target for g in self.grades if g.grade == "possible")

    @property
    def grade(self) -> str:
        """The strongest grade of any target: what the post as a whole is."""
        return next((g for g in GRADES if any(x.grade == g for x in self.grades)), "no")

    @property
    def why(self) -> str:
        return "; ".join(f"{g.target} {g.grade}: {g.why}" for g in self.grades)


def _other_spans(school: School, hs: list[Hit], named: dict[tuple[str, int, int], str],
                 texts: dict[str, str]) -> tuple[list[Hit], list[tuple[str, int, int]]]:
    """Our hits less those inside another school's name, and the other schools' spans."""
    ours_at = {(h.where, h.start) for h in hs if h.entry.kind in _OUR_NAMES}
    own = {"".join(w for w in words(p) if w not in SCHOOL_WORDS) for p in (school.name, *school.aliases)}
    town = {w for p in school.locality for w in words(p)}
    spans = []
    for (where, a, b), name in named.items():
        nw = set(words(name))
        listed = any(h.entry.kind == "school:other" and h.where == where and a <= h.start < b for h in hs)
        if nw - SCHOOL_WORDS <= town and not listed:
            continue  # "a Hexley school": a school in our town, perhaps ours (not "Hexley Grammar", listed)
        if any(w == where and a <= s < b for w, s in ours_at):
            if "".join(w for w in words(name) if w not in SCHOOL_WORDS) in own:
                continue  # "Hollowbrook School", "Hollow Brook Academy": ours, by another of its names
            # "Hollowbrook Public School": another school with our name; its names are not us.
            hs = [h for h in hs if not (h.entry.target == "school" and h.where == where and a <= h.start < b)]
        # "SMASHED greenfield 6-0": the side ours played; "her own kids go to St Anne's": a member of staff's family.
        if where in texts and (opponent(texts[where], a, b) or their_kids_at(texts[where][:a])):
            continue
        spans.append((where, a, b))
    # "Hexley Grammar" is another school, not our place.
    hs = [h for h in hs if not (h.entry.kind == "school:locality"
                                and any(w == h.where and a <= h.start < b for w, a, b in spans))]
    return hs, spans


def _not_ours(lex: Lexicon, h: Hit, text: str) -> bool:
    """A name of our staff that, as written, is someone else's: "Jasmine Patel", "Dr Priya
    Patel"; or a role in the plural ("no teaching assistants"), everyone's who holds it. "The
    heads husband", "that deputy heads car" are one person's, the apostrophe left out."""
    if h.entry.kind in ("surname", "full"):
        member = lex.members[(h.entry.school, h.entry.target)][1]
        school = lex.schools[h.entry.school]
        if someone_else(text, h.start, school, member, titles_only=h.entry.kind == "full"):
            return True
        # "Daniel Whitaker, 34, admitted... Whitaker told police": the surname again, as a report writes it,
        # is the same other person.
        return h.entry.kind == "surname" and not h.fuzzy and h.said[:1].isupper() and any(
            someone_else(text, m.start(), school, member)
            for m in re.finditer(rf"(?<![\w']){re.escape(h.entry.words[-1])}(?!\w)", text[:h.start], re.I))
    if h.entry.kind == "given":
        return given_elsewhere(h, text)
    if h.entry.kind == "school:described":
        return described_elsewhere(h, text)
    if h.entry.kind == "role" and h.entry.phrase in MANY:
        # One TA of many, unless the post names her class.
        member = lex.members[(h.entry.school, h.entry.target)][1]
        return not any(re.search(rf"(?<![\w']){re.escape(c)}(?!\w)", text, re.I) for c in classes(member.role))
    # "TO THE HEADTEACHERS OF HEXSHIRE" (round 60's bomb hoax): "the" before a plural that the words after make many.
    return h.entry.kind == "role" and h.plural and (bool(_MANY_AFTER.match(text, h.end)) or (
        h.entry.words[0] not in ("the", "that", "this") and not _ONE_OF.search(text[max(0, h.start - 8):h.start])))


# ...not "the heads from hollowbrook is a disgrace", "the heads all mouth ... shes getting it": the head's, its
# apostrophe left out. "From" and "all" make many only with a plural verb after ("the headteachers from ... were").
_MANY_AFTER = re.compile(r"\s+(?:of|across|were|are|both|together)\b"
                         r"|\s+(?:from|all)\b(?=[^.!?\n]{0,60}\b(?:were|are|have|they|their)\b)", re.I)


def _near(text: str, a: int, b: int, c: int, d: int) -> bool:
    """Whether spans a-b and c-d stand within a couple of words of each other in one sentence."""
    gap = text[b:c] if b <= c else text[d:a]
    return bool(_GAP.match(gap)) and len(gap.split()) <= 2


@dataclass(frozen=True)
class _Post:
    """What is read once per post, whichever school it is weighed for."""
    texts: dict  # "post", "thread", "address" -> plain text
    named: dict  # (where, start, end) -> another school's name as written
    life: tuple[str, ...]
    elsewhere: tuple[str, ...]
    local: bool


def _context(school: School, hs: list[Hit], spans: list[tuple[str, int, int]], post: _Post) -> Context:
    body = post.texts["post"]
    home = {w for p in (school.name, *school.aliases, *school.locality) for w in words(p)} | SCHOOL_WORDS
    staff = [h for h in hs if h.entry.target != "school" and h.where == "post"]
    attached = frozenset(h.index for h in staff for w, a, b in spans if w == "post" and _near(body, h.start, h.end, a, b))
    placed = set()
    for h in staff:
        m = _PLACED.match(body[h.end:])
        if m and m.group(1).lower().split()[0] not in home and not LIFE.search(m.group(1).lower()) \
                or _KIN.search(body[max(0, h.start - 30):h.start]) and not _TOLD.search(body[max(0, h.start - 45):h.start]):
            placed.add(h.index)
    role_ours = True
    if spans:
        mentions = [(-1 if h.where == "thread" else h.start, True) for h in hs
                    if h.entry.kind in _OUR_NAMES and h.where != "address"]
        mentions += [(a if w == "post" else -1, False) for w, a, b in spans]
        for h in hs:
            if h.entry.kind == "role" and h.where == "post":
                before = [m for m in mentions if m[0] < h.start]
                # No school named before it: the one named next ("the deputy head and her lot run hba
                # now... queuing for greenfield" is ours; "the head ... of Greenfield High" is theirs).
                after = [m for m in mentions if m[0] > h.start]
                # ...unless the post says the role is the other school's ("it's the one from Greenfield
                # High", "she only runs Greenfield High", "takes over at Greenfield High") or wishes ours
                # had such a one ("wish Hollowbrook had someone like her").
                theirs = any(not ours and ROLE_THEIRS.search(body[max(0, at - 45):at]) for at, ours in after) or any(
                    ours and (WISH.search(body[max(0, at - 12):at]) or LIKE_HER.match(body[at:at + 60])) for at, ours in after)
                # "The head at Hollowbrook ... joins Greenfield High": a role placed at ours is ours.
                at_ours = bool(after) and min(after)[1] and bool(PLACED_AT.match(body[h.end:min(after)[0]]))
                role_ours = role_ours and (max(before)[1] if before else bool(after) and min(after)[1] and (at_ours or not theirs))
    life = post.life + tuple(h.said.lower() for h in hs if h.entry.kind == "role")
    as_place = tuple(h.said for h in hs if h.entry.kind == "school:alias" and h.where != "address"
                     and _AS_PLACE.search(post.texts[h.where][max(0, h.start - 12):h.start]))
    return Context(life, tuple(post.named[s] for s in spans), attached, frozenset(placed), role_ours,
                   tuple(against(hs, post.texts)), post.elsewhere, post.local, as_place,
                   bool(EVERY_SCHOOL.search(body)))


def _assess_school(lex: Lexicon, i: int, hs: list[Hit], post: _Post) -> Assessment | None:
    school, texts = lex.schools[i], post.texts

    def members(targets) -> list:
        return [(t, m) for _, t, m in sorted((lex.members[(i, t)][0], t, lex.members[(i, t)][1]) for t in targets)]

    hs, spans = _other_spans(school, hs, post.named, texts)
    gone = [h for h in hs if h.entry.target == "school" and h.where != "address" and disclaimed(texts[h.where], h.start)]
    # Posted in one of our community's own groups: as from a local source.
    local = post.local or any(h.entry.kind == "school:community" and h.where != "post" for h in hs)
    cx = _context(school, hs, spans, replace(post, local=local))
    school_hits = [h for h in hs if h.entry.target == "school"]
    staff = [h for h in hs if h.entry.target != "school" and h.where != "address"]
    # "mr w at hollowbrook": an initial placed at our name vouches as a surname does.
    aliases = [h for h in school_hits if h.entry.kind in ("school:alias", "school:initials") and h.where != "address"]
    vouch = [h for h in staff if h.entry.kind in VOUCHING or h.entry.kind == "initial" and any(
        a.where == h.where and _near(texts[h.where], h.start, h.end, a.start, a.end) for a in aliases)]
    grade, g, bits, _ = grade_school(school_hits, vouch, cx, young_or_home_time(texts["post"]), one_teacher(texts["post"]))
    # "at Hexley Grammar, NOT Hollowbrook ...": named again, ours; "Completely different Hollowbrook 😊" beats its thread.
    again = [h for h in school_hits if h.where == "post" and h.entry.kind in _OUR_NAMES and h not in gone and any(g.where == "post" and g.end <= h.start for g in gone)]
    if gone and not again and (grade == "likely" or grade == "sure" and not specific(life_cues(texts["post"].lower(), texts["post"])) and any(h.entry.kind in _OUR_NAMES for h in gone)
                               and all(h.where == "thread" for h in school_hits if h.entry.kind == "school:name")):
        grade, g = "possible", Grade("school", "possible", f"the post says {q(h.said for h in gone)} is not "
                                     "what it is about", ("disclaimed",))
    if grade == "no" and any(h.entry.kind == "school:exclude" for h in school_hits):
        return None  # "Mr Whitaker from Hollowbrook, Ontario": another place's people
    place = any(h.entry.kind == "school:locality" for h in school_hits) or any(
        h.entry.kind in ("school:alias", "school:initials") and h.where == "address" and not h.inside
        for h in school_hits)
    named_us = grade == "sure" or grade == "likely" and g is not None and "community" not in g.basis
    elsewhere = named_us and not namesake.vouched(named_us, school_hits, staff, texts["post"])
    named_us = named_us and not elsewhere
    people = grade_staff(school, staff, cx, grade, bits, place, named_us, members)
    if grade not in ("sure", "likely") and not gone:
        found = [p for p in people if p.grade in ("sure", "likely")]
        if found:
            # A post about one of our staff is about our school: "the SENCO" in it is ours too.
            # ...and one only possibly ours on the first reading ("the deputy head") is now likely.
            seen = {p.target for p in found}
            why = [f"a post about {q(p.target.split(':')[1] for p in found)}"]
            more = [p for p in grade_staff(school, staff, cx, "likely", why, place, False, members) if p.target not in seen]
            people = [p for p in people if p.target not in {m.target for m in more}] + more
    g, people = disowned.disown(*namesake.reply_of_namesake(g, people, school_hits, staff if elsewhere else []), school_hits, staff, texts["post"], school)
    grades = ([g] if g else []) + people
    return Assessment(tuple(grades)) if grades else None


def _named_schools(hits: list[Hit], texts: dict) -> dict:
    """Every other school the post names: with capitals ("Greenfield High"), as the config lists
    them ("st annes"), or our name in a longer one ("Hollowbrook Academy of Dance")."""
    named = {}
    for where in ("post", "thread"):
        for name, a, b in other_schools(texts[where]):
            named[(where, a, b)] = name
    for h in hits:
        if h.entry.kind in ("school:name", "school:described") and (m := re.match(r" of ([A-Z][\w']+)", texts[h.where][h.end:])):
            named[(h.where, h.start, h.end + m.end())] = texts[h.where][h.start:h.end + m.end()]
    for h in hits:
        if h.entry.kind == "school:other":  # in the address too: "hexleygrammar.sch.uk" is theirs
            if not any(w == h.where and a <= h.start < b for (w, a, b) in named):
                named[(h.where, h.start, h.end)] = h.said
    return named


def assess_all(text: str, context: str, schools: Sequence[School], *, local: bool = False,
               url: str = "", author: str = "") -> list[tuple[School, Assessment]]:
    """For each school the post may be about, its graded assessment (schools in config order).
    The author's name is read as its address is ("hba_confessions", the school's own account)."""
    if not schools:
        return []
    lex = lexicon(schools)
    context = title_only(text, context, schools)  # a reply that drifts elsewhere is read alone
    own = {"post": plain(text), "thread": plain(context)}
    texts = {w: with_tag_words(t) for w, t in own.items()} | {"url": url or "", "address": address(f"{url} {readable(author, lex)}")}
    hits = scan(lex, texts["post"], "post") + scan(lex, texts["thread"], "thread") + \
        scan(lex, texts["address"], "address", True)
    # No name runs from the address into its author ("/groups/hollowbrook" + "Academy fan").
    hits = [h for h in hits if h.where != "address" or h.entry.target == "school" and not h.start < len(address(url)) < h.end]
    hits = from_handles([h for h in hits if not _not_ours(lex, h, texts[h.where])], texts, {w: len(t) for w, t in own.items()})
    if not hits or (all(h.where != "post" for h in hits) and SPAM.search(texts["post"]) and not NOT_SPAM.search(texts["post"])):  # spam borrowing our thread
        code, kind = next(((c, k) for k, f in (("class code", class_code), ("year group", year_group)) if not hits and len(schools) == 1 and (c := f(text, context))), (None, ""))
        return [(schools[0], Assessment((Grade("school", "possible", f"the {kind} {q([code])}, no school named", (kind.replace(" ", "_"),)),)))] if code else []
    low = {w: lower(texts[w]) for w in ("post", "thread")}
    post = _Post(texts, _named_schools(hits, texts),
                 tuple(c for w in ("post", "thread") for c in life_cues(low[w], texts[w])),
                 tuple(c for w in ("post", "thread") for c in elsewhere_cues(low[w])), local)
    by_school: dict[int, list[Hit]] = {}
    for h in drop_shadowed(hits):
        by_school.setdefault(h.entry.school, []).append(h)
    out = []
    for i, hs in sorted(by_school.items()):
        if weighed(hs, post.life, len(schools) == 1) and (a := _assess_school(lex, i, hs, post)) is not None:
            out.append((lex.schools[i], Assessment(as_possible(a.grades)) if group_chatter(text, context, hs, lex) else a))
    return out


def assess(text: str, context: str, school: School, **where) -> Assessment:
    """`where`: local=, url=, author=, as assess_all takes them."""
    found = assess_all(text, context, (school,), **where)
    return found[0][1] if found else Assessment()


def match(text: str, context: str, school: School, **where) -> tuple[str, ...]:
    """("school", "staff:<id>", ...) for what the post is surely or likely about; () otherwise."""
    return assess(text, context, school, **where).about
