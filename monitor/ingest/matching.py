"""Who a post is about, graded: sure, likely, possible, or no, with the words that decided it.

Some names are unmistakable ("Hollowbrook Academy", "Tom Whitaker" beside the school, the
school's own handle). Others are ours only in context: a bare "Hollowbrook" is also a village,
"Mr Whitaker" teaches in a thousand schools, "the head" is every school's. The context is a
locality ("Hexley", "marlow rd"), the words of a school's day ("pickup", "year 8", "the TA"),
the thread the post sits in, where it was posted (the school's page, r/Hexley), or two
ambiguous names of ours vouching for each other ("okafor at hollowbrook").

- sure: the school's name or handle; a full name beside the school or its place.
- likely: an ambiguous name with context. Sure and likely are `about`.
- possible: a name of ours with nothing to say it is us (a footballer sharing a full name, a
  bare "Hollowbrook"), or context that points elsewhere (another school named). Not `about`:
  triage still sends a possibly harmful post to the DSL, and keeps a harmless one out of digests.
- no: nothing of ours, or an `exclude` phrase ("Ontario") beside ambiguous names only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence
from urllib.parse import unquote_plus

from monitor.config.types import School
from monitor.ingest.cues import life_cues, other_schools
from monitor.ingest.lexicon import SCHOOL_WORDS, Entry, Lexicon, compact, lexicon, lower, plain, tokens, words

GRADES = ("sure", "likely", "possible")
# Names specific enough that, beside a bare school alias, the two vouch for each other.
_VOUCHING = frozenset({"full", "titled", "surname", "nickname"})
# Kinds that may hide inside a hashtag or handle ("#justiceforhollowbrook").
_IN_TAGS = frozenset({"school:name", "school:alias", "school:handle", "school:locality", "full", "titled",
                      "surname", "nickname"})
# "Gareth Lloyd, 54, of Cardiff": how news and court reports place a person elsewhere.
_OF_PLACE = re.compile(r"^,?\s*(?:\(?\d{1,3}\)?,?\s*)?(?:of|from)\s+([A-Z][\w'-]+)")
# Names that say nothing of which school: weighed only where something else names one.
_CARRIED = frozenset({"role", "first", "initial", "school:other", "school:exclude"})
# "the head" of what? Of a pin, a girl, lice: not the headteacher.
_NOT_AFTER_HEAD = frozenset({"of", "lice", "girl", "boy", "girls", "boys", "injury", "injuries", "first", "on",
                             "butt", "banging", "start", "count", "office", "chef", "coach"})


@dataclass(frozen=True)
class Grade:
    target: str  # "school" or "staff:<id>"
    grade: str  # sure, likely, possible
    why: str  # the words that decided it
    basis: tuple[str, ...] = ()  # what kinds of evidence, without the post's words: for measuring


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


@dataclass(frozen=True)
class _Hit:
    entry: Entry
    start: int
    end: int
    said: str  # the words as written
    fuzzy: bool
    where: str  # "post", "thread", "address"
    next_word: str = ""
    plural: bool = False
    tail: str = ""  # the words after it, as written: "54, of Cardiff"


def _scan(lex: Lexicon, text: str, where: str, all_tags: bool = False) -> list[_Hit]:
    toks = tokens(text)
    keys = [t.key for t in toks]
    canon = list(keys)
    fuzzy = [False] * len(keys)
    plural = [False] * len(keys)  # "Whitakers": a family, a shop, or a possessive without its apostrophe
    for j, k in enumerate(keys):
        if k not in lex.singles and (c := lex.correct(k)):
            canon[j], fuzzy[j] = c, True
            plural[j] = k == c + "s"
    hits: list[_Hit] = []
    for i in range(len(toks)):
        joined = ""
        for n in range(i, min(i + 5, len(toks))):
            joined += canon[n]
            for e in lex.index.get(joined, ()):
                after = keys[n + 1] if n + 1 < len(keys) else ""
                hits.append(_Hit(e, toks[i].start, toks[n].end, text[toks[i].start:toks[n].end],
                                 any(fuzzy[i:n + 1]), where, after, all(plural[i:n + 1]) and any(plural[i:n + 1]),
                                 text[toks[n].end:toks[n].end + 40] if e.kind == "full" else ""))
        if toks[i].tag or all_tags:
            k = keys[i]
            for a in range(len(k)):
                for b in range(a + 5, len(k) + 1):
                    if (a, b) == (0, len(k)):
                        continue
                    for e in lex.index.get(k[a:b], ()):
                        if e.kind in _IN_TAGS:
                            hits.append(_Hit(e, toks[i].start, toks[i].end, text[toks[i].start:toks[i].end],
                                             False, where))
    return hits


def _address(url: str) -> str:
    return re.sub(r"[/?.&=#:_+-]+", " ", unquote_plus(url or ""))


def _q(quoted) -> str:
    """Up to three distinct quotes: plain words, or (words, note) pairs."""
    seen: list[tuple[str, str]] = []
    for q in quoted:
        w, note = q if isinstance(q, tuple) else (q, "")
        if w.lower() not in (s[0].lower() for s in seen):
            seen.append((w, note))
    return ", ".join(f"'{w}'{note}" for w, note in seen[:3])


def _shown(h: _Hit) -> tuple[str, str]:
    note = " (thread)" if h.where == "thread" else " (address)" if h.where == "address" else ""
    if h.fuzzy:
        note = f" (for {h.entry.phrase[:1].upper()}{h.entry.phrase[1:]})" + note
    return h.said, note


def _outer(hs: list[_Hit]) -> list[_Hit]:
    """'Mr Whitaker', not also the 'Whitaker' inside it."""
    return [h for h in hs if not any(o is not h and o.where == h.where and o.start <= h.start and h.end <= o.end
                                     and (o.end - o.start) > (h.end - h.start) for o in hs)]


def _basis(hs: list[_Hit]) -> tuple[str, ...]:
    return tuple(sorted({f"{h.entry.kind}{'~' if h.fuzzy else ''}@{h.where}" for h in hs}))


def _drop_shadowed(hits: list[_Hit]) -> list[_Hit]:
    """A role inside a longer role ("the head" in "the head of year 9") is not a second role."""
    roles = [h for h in hits if h.entry.kind == "role"]
    keep = []
    for h in hits:
        if h.entry.kind == "role":
            if any(o is not h and o.where == h.where and o.start <= h.start and h.end <= o.end
                   and (o.end - o.start) > (h.end - h.start) for o in roles):
                continue
            if h.said.lower().split()[-1] == "head" and h.next_word in _NOT_AFTER_HEAD:
                continue
        keep.append(h)
    return keep


def _grade_school(school: School, hits: list[_Hit], life: list[str], others: list[str],
                  local: bool) -> list[Grade]:
    by_kind: dict[str, list[_Hit]] = {}
    for h in hits:
        if h.where == "address" and h.entry.kind not in ("school:name", "school:handle", "school:locality"):
            continue  # a bare "hollowbrook" in a web address (hollowbrookps.ca) says nothing
        by_kind.setdefault(h.entry.kind, []).append(h)
    strong = by_kind.get("school:name", []) + by_kind.get("school:handle", [])
    exact = [h for h in strong if not h.fuzzy]
    place = by_kind.get("school:locality", [])
    weak = by_kind.get("school:alias", []) + [h for h in strong if h.fuzzy]
    excluded = by_kind.get("school:exclude", [])
    staff_hits = [h for h in hits if h.entry.target != "school" and h.where != "address"]
    vouch = [h for h in staff_hits if h.entry.kind in _VOUCHING]
    others = others + [h.said for h in by_kind.get("school:other", [])]
    # "the head", "the SENCO": a role is a word of school life too.
    life = life + [h.said.lower() for h in staff_hits if h.entry.kind == "role"]

    def said(hs: list[_Hit]) -> str:
        return _q(_shown(h) for h in _outer(hs))

    grades: list[Grade] = []
    context_bits, context_tags = [], []
    if place:
        context_bits.append(f"place {said(place)}")
        context_tags.append("place")
    if local:
        context_bits.append("a local source")
        context_tags.append("local")
    # Beside another school's name, school words may be about that school; beside our own
    # name as well ("moved him from Greenfield to Hollowbrook"), they are still school words.
    if life and (not others or weak):
        context_bits.append(f"school words {_q(life)}")
        context_tags.append("life")
    if exact:
        school_grade = "sure"
        grades.append(Grade("school", "sure", f"named {said(exact)}", _basis(exact)))
    elif excluded:
        school_grade = "no"
    elif weak and (context_bits or vouch):
        school_grade = "likely"
        bits = context_bits + ([f"staff {said(vouch)}"] if vouch else [])
        grades.append(Grade("school", "likely", f"bare {said(weak)} + " + ", ".join(bits),
                            _basis(weak + place + vouch) + tuple(context_tags)))
    elif (place or local) and life and not others and not weak:
        # A post in our place's own community ("Hexley Parents Chat", r/Hexley) about school life,
        # naming no other school: our school, though it says only "the school" or "the head".
        school_grade = "likely"
        grades.append(Grade("school", "likely", ", ".join(context_bits) + ", no other school named",
                            _basis(place) + ("community",)))
    elif weak:
        school_grade = "possible"
        grades.append(Grade("school", "possible", f"{said(weak)} with nothing to say it is us"
                            + (f"; another school named: {_q(others)}" if others else ""),
                            _basis(weak) + (("others",) if others else ())))
    else:
        school_grade = "no"
    if excluded and not exact:
        return grades  # "Mr Whitaker from Hollowbrook, Ontario": another place's people
    ours = school_grade in ("sure", "likely") or local
    in_context = ours or bool(place)
    context = ("the school" if school_grade in ("sure", "likely") else ", ".join(context_bits) or "no school named")

    home = {compact(p) for p in (school.name, *school.aliases, *school.locality)} | \
        {w for p in (school.name, *school.aliases, *school.locality) for w in words(p)}
    per_target: dict[str, list[_Hit]] = {}
    for h in staff_hits:
        per_target.setdefault(h.entry.target, []).append(h)
    # A name two of our staff answer to ("Mr D", a shared surname) is no one's for certain.
    owners: dict[str, set[str]] = {}
    for h in staff_hits:
        owners.setdefault(h.said.lower(), set()).add(h.entry.target)
    for member in school.staff:
        target = f"staff:{member.id}"
        mine = per_target.get(target)
        if not mine:
            continue
        unique = [h for h in mine if len(owners[h.said.lower()]) == 1]
        kinds = {h.entry.kind for h in unique if not h.fuzzy}
        fuzzy_kinds = {h.entry.kind for h in unique if h.fuzzy}
        shared = [h for h in mine if h not in unique]
        full = [h for h in unique if h.entry.kind == "full"]
        elsewhere = [m.group(1) for h in full if (m := _OF_PLACE.match(h.tail))
                     and compact(m.group(1)) not in home]
        if "full" in kinds and elsewhere and school_grade != "sure":
            g, why = "possible", f"{said(full)} of {_q(elsewhere)}: a namesake elsewhere"
        elif "full" in kinds and (in_context or life):
            g, why = "sure", f"{said(full)} + {context if in_context else 'school words ' + _q(life)}"
        elif "full" in kinds:
            g, why = ("possible", f"{said(full)} alone: a namesake may share the name"
                      + (f"; another school named: {_q(others)}" if others else ""))
        elif (kinds | fuzzy_kinds) & _VOUCHING:
            names = [h for h in unique if h.entry.kind in _VOUCHING]
            shown = said(names)
            if all(h.plural for h in names) and not (school_grade in ("sure", "likely")):
                g, why = "possible", f"{shown}: a plural, or a possessive without its apostrophe, and no school named"
            elif all(h.entry.kind == "nickname" for h in names) and not ours:
                g, why = "possible", f"nickname {shown} with no school named"
            elif (in_context or life) and not (others and not ours):
                g, why = "likely", f"{shown} + {context if in_context else 'school words ' + _q(life)}"
            else:
                g, why = "possible", f"{shown} with no school named" + (f"; another school named: {_q(others)}"
                                                                       if others else "")
        elif kinds & {"role", "first", "initial"}:
            cues = [h for h in unique if h.entry.kind in ("role", "first", "initial")]
            if not ours or others:
                continue  # "the head" of which school? Not ours unless the post is about us.
            g, why = "likely", f"{said(cues)} + {context}"
        elif shared:
            if not in_context:
                continue
            g, why = "possible", f"{said(shared)} is the name of more than one of our staff"
        else:
            continue
        grades.append(Grade(target, g, why, _basis(mine) + (("school",) if ours else ("place",) if in_context
                                                             else ("life",) if life else ())
                            + (("others",) if others else ())))
    return grades


def assess_all(text: str, context: str, schools: Sequence[School], *, local: bool = False,
               url: str = "") -> list[tuple[School, Assessment]]:
    """For each school the post may be about, its graded assessment (schools in config order)."""
    if not schools:
        return []
    lex = lexicon(schools)
    body, ctx = plain(text), plain(context)
    hits = _scan(lex, body, "post") + _scan(lex, ctx, "thread") + _scan(lex, _address(url), "address", True)
    if not hits:
        return []
    spans = {"post": [], "thread": []}
    named_others = {}
    for where, t in (("post", body), ("thread", ctx)):
        for name, a, b in other_schools(t):
            spans[where].append((a, b))
            named_others[(where, a, b)] = name
    life = life_cues(lower(body)) + life_cues(lower(ctx))
    by_school: dict[int, list[_Hit]] = {}
    for h in _drop_shadowed(hits):
        by_school.setdefault(h.entry.school, []).append(h)
    # "the head" or "Emma" names someone at every school of a trust: only a school that the post
    # names in some other way is weighed at all.
    by_school = {i: hs for i, hs in by_school.items() if any(h.entry.kind not in _CARRIED for h in hs)}
    out = []
    for i, hs in sorted(by_school.items()):
        school = lex.schools[i]
        ours_spans = {(h.where, h.start) for h in hs if h.entry.target == "school"}
        own_words = {w for p in (school.name, *school.aliases) for w in words(p)} | SCHOOL_WORDS
        other_spans = []
        for (where, a, b), name in named_others.items():
            if any(w == where and a <= s < b for w, s in ours_spans):
                if not set(words(name)) - own_words:
                    continue  # "Hollowbrook School": ours, by another of its names
                # "Hollowbrook Public School": another school with our name; its "Hollowbrook" is not us.
                hs = [h for h in hs if not (h.entry.kind == "school:alias" and h.where == where and a <= h.start < b)]
            other_spans.append((where, a, b))
        others = [named_others[s] for s in other_spans]
        # "Hexley Grammar" is another school, not our place.
        hs = [h for h in hs if not (h.entry.kind == "school:locality"
                                    and any(w == h.where and a <= h.start < b for w, a, b in other_spans))]
        grades = _grade_school(school, hs, life, others, local)
        if grades:
            out.append((school, Assessment(tuple(grades))))
    return out


def assess(text: str, context: str, school: School, *, local: bool = False, url: str = "") -> Assessment:
    found = assess_all(text, context, (school,), local=local, url=url)
    return found[0][1] if found else Assessment()


def match(text: str, context: str, school: School, *, local: bool = False, url: str = "") -> tuple[str, ...]:
    """("school", "staff:<id>", ...) for what the post is surely or likely about; () otherwise."""
    return assess(text, context, school, local=local, url=url).about


def content_key(text: str) -> str:
    """What makes two posts the same post: words only, so syndicated copies collide."""
    n = re.sub(r"\s+", " ", plain(text)).casefold().strip()
    n = re.sub(r"https?://\S+", " ", n)
    return " ".join(re.findall(r"\w+", n))
