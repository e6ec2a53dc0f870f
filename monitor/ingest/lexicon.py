"""Every name a school and its staff go by, in one index for all the schools of a trust.

A post is read once: each run of up to four words is joined without spaces and looked
up ("hollow brook", "hollowbrook", "#HollowbrookAcademy" and "Mr. Whitaker's" all land on
their key). Distinctive names also answer to misspellings within a bounded edit distance
("whittaker", "hollowbrok", "patal", "loyd"), found through an index of deletions, so the
cost of a post grows with its length, not with the number of schools or staff.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from monitor.config.types import School, Staff
from monitor.ingest.roles import role_phrases
from monitor.ingest.spelling import FUZZY_MIN, FUZZY_TWO, allowed_edits, deletes, distance, known_words

MALE_TITLES = ("mr", "sir")
FEMALE_TITLES = ("mrs", "ms", "miss", "mx")
TITLES = MALE_TITLES + FEMALE_TITLES + ("dr", "prof")
SCHOOL_WORDS = frozenset(("school", "academy", "college", "primary", "secondary", "high", "grammar", "infants",
                          "infant", "junior", "juniors", "nursery", "sixth", "form", "trust", "the", "of", "st",
                          "saint", "community", "ce", "rc", "church", "c", "e"))
# Keys: "school:name", "school:alias" (ambiguous: needs context), "school:handle", "school:locality",
# "school:exclude"; for staff "full", "titled", "surname", "initial", "nickname", "first", "role".
MAX_WORDS = 5

_TOKEN = re.compile(r"([#@]?)(\w+(?:'\w+)*'?)")
_ROAD = {"road": "rd", "lane": "ln", "street": "st", "avenue": "ave", "close": "cl"}


@dataclass(frozen=True)
class Entry:
    school: int  # index into the schools tuple
    target: str  # "school" or "staff:<id>"
    kind: str
    phrase: str  # as configured, for the reason


@dataclass(frozen=True)
class Token:
    key: str  # case-folded, possessive and punctuation gone
    start: int
    end: int
    tag: str  # "#", "@" or ""


def plain(text: str) -> str:
    """NFKC, curly quotes made straight, every space one space: offsets stay those of this text."""
    text = unicodedata.normalize("NFKC", text or "")
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s", " ", text)


def lower(text: str) -> str:
    """Case-folded without changing length, so offsets hold."""
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _key(word: str) -> str:
    w = word.casefold()
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    return re.sub(r"[\W_]", "", w)


def tokens(text: str) -> list[Token]:
    """Words of plain(text); a hashtag or handle also yields its parts split at '_'."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        tag, word = m.group(1), m.group(2)
        k = _key(word)
        if k:
            out.append(Token(k, m.start(), m.end(), tag))
    return out


_APOSTROPHE = re.compile(r"'s\b|'")
_NOT_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=65536)
def compact(phrase: str) -> str:
    """The key of a phrase: what its words give joined ("Mr. Whitaker's" -> "mrwhitaker")."""
    return _NOT_WORD.sub("", _APOSTROPHE.sub("", plain(phrase).casefold()))


@lru_cache(maxsize=65536)
def words(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokens(plain(phrase)))


def _titles_of(member: Staff) -> tuple[str, ...]:
    said = {w[0] for w in (words(a) for a in member.aliases) if len(w) >= 2 and w[0] in TITLES}
    if said & set(MALE_TITLES):
        return MALE_TITLES + ("dr",)
    if said & set(FEMALE_TITLES):
        return FEMALE_TITLES + ("dr",)
    return TITLES


def _staff_entries(school: School, member: Staff, i: int) -> list[tuple[str, Entry]]:
    target = f"staff:{member.id}"
    nw = words(member.name)
    first, last = (nw[0], nw[-1]) if nw else ("", "")
    out: list[tuple[str, Entry]] = []

    def add(phrase: str, kind: str, shown: str | None = None) -> None:
        k = compact(phrase)
        if k:
            out.append((k, Entry(i, target, kind, shown or phrase)))

    add(member.name, "full")
    titles = _titles_of(member)
    if len(nw) >= 2:
        add(last, "surname")
        for t in titles:
            add(f"{t} {last}", "titled", f"{t.capitalize()} {member.name.split()[-1]}")
            add(f"{t} {first} {last}", "full")
            add(f"{t} {last[0]}", "initial", f"{t.capitalize()} {last[0].upper()}")
    for nick in member.nicknames:
        add(nick, "nickname")
        if len(nw) >= 2:
            add(f"{nick} {last}", "full", f"{nick} {member.name.split()[-1]}")
    for name in member.first_names:
        add(name, "first")
        if len(nw) >= 2:
            add(f"{name} {last}", "full", f"{name} {member.name.split()[-1]}")
    for phrase in sorted(role_phrases(member.role)):
        add(phrase, "role")
    school_words = {w for p in (school.name, *school.aliases) for w in words(p)} - SCHOOL_WORDS
    for alias in member.aliases:
        aw = words(alias)
        if not aw:
            continue
        if aw[0] in TITLES and len(aw) == 2:
            add(alias, "initial" if len(aw[1]) == 1 else "titled")
        elif len(aw) == 1:
            add(alias, "first" if aw[0] == first else "surname" if aw[0] == last else "nickname")
        elif last in aw or set(aw) & school_words:
            add(alias, "full")  # "Gaz Lloyd", "Head of Hollowbrook": unmistakable
        elif any(compact(p) == compact(alias) for p in role_phrases(alias)) or aw[0] in {"the", "a", "our"}:
            add(alias, "role")
        else:
            add(alias, "nickname")  # "Kev the caretaker": ours in context
    return out


def _school_entries(school: School, i: int) -> list[tuple[str, Entry]]:
    out: list[tuple[str, Entry]] = []

    def add(phrase: str, kind: str) -> None:
        k = compact(phrase)
        if k:
            out.append((k, Entry(i, "school", kind, phrase)))

    add(school.name, "school:name")
    for a in school.aliases:
        aw = words(a)
        add(a, "school:alias" if not (set(aw) & SCHOOL_WORDS - {"the", "of", "st", "saint", "c", "e"})
            else "school:name")
    for h in school.handles:
        add(h, "school:handle")
    ours = {w for p in (school.name, *school.aliases, *school.locality) for w in words(p)}
    for p in school.neighbours:
        add(p, "school:other")
        # "Greenfield" for "Greenfield High", "st annes" for "St Anne's Primary": how people write
        # them; "Hexley Grammar" keeps its whole name, since "Hexley" alone is our place.
        rest = [w for w in words(p) if w not in SCHOOL_WORDS - {"st", "saint"}]
        if rest and not set(rest) <= ours and rest != ["st"]:
            add(" ".join(rest), "school:other")
            if rest[-1] + "s" not in rest:
                add(" ".join(rest[:-1] + [rest[-1] + "s"]), "school:other")
    for kind, phrases in (("school:locality", school.locality), ("school:exclude", school.exclude)):
        for p in phrases:
            add(p, kind)
            pw = words(p)
            if pw and pw[-1] in _ROAD:  # "Marlow Rd"
                add(" ".join([*pw[:-1], _ROAD[pw[-1]]]), kind)
    return out


class Lexicon:
    """The index of every name of every school given; build once per config."""

    def __init__(self, schools: Sequence[School]):
        self.schools = tuple(schools)
        self.index: dict[str, list[Entry]] = {}
        seen: set[tuple[str, Entry]] = set()
        for i, s in enumerate(self.schools):
            for k, e in _school_entries(s, i) + [p for m in s.staff for p in _staff_entries(s, m, i)]:
                if (k, e) not in seen:
                    seen.add((k, e))
                    self.index.setdefault(k, []).append(e)
        # Single words that may be misspelt: surnames and the distinctive word of a school's name.
        fuzzable = {k for k, es in self.index.items()
                    if allowed_edits(k) and k not in SCHOOL_WORDS
                    and any(e.kind in ("surname", "school:alias", "school:locality") for e in es)}
        for s in self.schools:
            for w in words(s.name):
                if allowed_edits(w) and w not in SCHOOL_WORDS and w in self.index:
                    fuzzable.add(w)
        self.words = frozenset(fuzzable)
        self.deletes: dict[str, set[str]] = {}
        for w in fuzzable:
            for d in deletes(w, allowed_edits(w)):
                self.deletes.setdefault(d, set()).add(w)
        self.singles = frozenset(k for k in self.index)  # exact keys, to skip fuzzing them

    def correct(self, word: str) -> str | None:
        """The distinctive name `word` misspells, or None."""
        if len(word) < FUZZY_MIN - 1 or word in self.singles or not word.isalpha() or word in known_words():
            return None
        best: tuple[int, str] | None = None
        for d in deletes(word, 2 if len(word) >= FUZZY_TWO - 1 else 1):
            for cand in self.deletes.get(d, ()):
                n = distance(word, cand)
                if 0 < n <= allowed_edits(cand) and (best is None or (n, cand) < best):
                    best = (n, cand)
        return best[1] if best else None


_BUILT: dict[tuple[int, ...], Lexicon] = {}


def lexicon(schools: Sequence[School]) -> Lexicon:
    """The index for these schools, built once: keyed by the objects themselves, since hashing
    a trust's whole config on every post would cost more than the matching."""
    key = tuple(id(s) for s in schools)
    lex = _BUILT.get(key)
    if lex is None or any(a is not b for a, b in zip(lex.schools, schools)):
        if len(_BUILT) >= 64:
            _BUILT.pop(next(iter(_BUILT)))
        lex = _BUILT[key] = Lexicon(schools)
    return lex
