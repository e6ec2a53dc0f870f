"""Every name of every school given, in one index for all the schools of a trust.

A post is read once: each run of up to five words is joined without spaces and looked
up ("hollow brook", "hollowbrook", "#HollowbrookAcademy" and "Mr. Whitaker's" all land on
their key). Distinctive names also answer to misspellings within a bounded edit distance
("whittaker", "hollowbrok", "patal", "loyd"), found through an index of deletions, and to
digits written for letters ("h0llowbr00k", "m1ss r0we"), so the cost of a post grows with
its length, not with the number of schools or staff.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from monitor.config.types import School
from monitor.ingest.names import SCHOOL_WORDS, Entry, compact, key, plain, school_entries, staff_entries, words
from monitor.ingest.spelling import FUZZY_MIN, FUZZY_TWO, allowed_edits, deletes, distance, known_words, sound

__all__ = ["SCHOOL_WORDS", "Entry", "Lexicon", "Token", "compact", "lexicon", "lower", "plain", "tokens", "words"]
MAX_WORDS = 5

_TOKEN = re.compile(r"([#@]?)(\w+(?:'\w+)*'?)")
# Digits and signs written for letters: "h0llowbr00k", "m1ss r0we", "hb4", "h3adt3acher", "h8a".
_LEET = str.maketrans("01345789@$", "oieastbgas")
_FUZZ_KINDS = frozenset({"surname", "school:alias", "school:locality"})
_LEET_MID = re.compile(r"[a-z][0-9]+[a-z]")
# Names this long answer to spellings by ear, at most two edits away: "whitacre" for Whitaker; and
# after a title, words a dictating phone split the name into: "mrs oak a four" for Mrs Okafor.
# Not shorter: Metaphone keeps only consonants, and "harass" sounds like Harris.
SOUND_MIN = 7
SOUND_MIN_TITLED = 6  # after a title, split into words: "mrs oak a four"
SOUND_EDITS = 2


@dataclass(frozen=True)
class Token:
    key: str  # case-folded, possessive and punctuation gone
    start: int
    end: int
    tag: str  # "#", "@" or ""


def lower(text: str) -> str:
    """Case-folded without changing length, so offsets hold."""
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def tokens(text: str) -> list[Token]:
    """Words of plain(text), each with its key and where it stands."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        k = key(m.group(2))
        if k:
            out.append(Token(k, m.start(), m.end(), m.group(1)))
    return out


def unleet(word: str) -> str | None:
    """The letters a word written with digits stands for, or None where it has none."""
    if word.isalpha() or sum(c.isalpha() for c in word) < 2:
        return None
    # Text speak's 8 is "ate" ("m8s", "g8s", "l8r"): a B only where "ate" makes no word ("h8a").
    if "8" in word and word.replace("8", "ate").translate(_LEET) in known_words():
        return None
    alt = word.translate(_LEET)
    return alt if alt.isalpha() and alt != word else None


class Lexicon:
    """The index of every name of every school given; build once per config."""

    def __init__(self, schools: Sequence[School]):
        self.schools = tuple(schools)
        self.index: dict[str, list[Entry]] = {}
        # Single words that may be misspelt: surnames and the distinctive word of a school's name.
        fuzzable: set[str] = set()
        # Last words of names and roles: "caretakers number" is the caretaker's, "Whitakers" his.
        stems: set[str] = set()
        index = self.index
        for i, s in enumerate(self.schools):
            pairs = school_entries(s, i)
            for m in s.staff:
                pairs += staff_entries(s, m, i)
            for k, e in dict.fromkeys(pairs):
                got = index.get(k)
                if got is None:
                    index[k] = [e]
                else:
                    got.append(e)
                if e.kind in _FUZZ_KINDS:
                    fuzzable.add(k)
                if not e.kind.startswith("school:") and len(e.words[-1]) >= 3:
                    stems.add(e.words[-1])
        # "The Hexley academy" of a trust with two academies in Hexley is neither's for certain.
        for k, es in index.items():
            if len({e.school for e in es if e.kind == "school:described"}) > 1:
                index[k] = [e for e in es if e.kind != "school:described"]
        fuzzable = {k for k in fuzzable if allowed_edits(k) and k not in SCHOOL_WORDS}
        for s in self.schools:
            for w in words(s.name):
                if allowed_edits(w) and w not in SCHOOL_WORDS and w in self.index:
                    fuzzable.add(w)
        self.words = frozenset(fuzzable)
        self.deletes: dict[str, set[str]] = {}
        for w in fuzzable:
            for d in deletes(w, allowed_edits(w)):
                self.deletes.setdefault(d, set()).add(w)
        self.singles = frozenset(self.index)  # exact keys, to skip fuzzing them
        # The same names by how they sound: "whitacre", "mrs oak a four" (dictation, spelling by ear).
        self.sounds: dict[str, set[str]] = {}
        for w in fuzzable:
            if len(w) >= SOUND_MIN_TITLED and len(code := sound(w)) >= 3:
                self.sounds.setdefault(code, set()).add(w)
        self.longest = max(map(len, self.index), default=0)
        # Each member of staff by target, in config order: a post names a few, a trust has thousands.
        self.members = {(i, f"staff:{m.id}"): (j, m) for i, s in enumerate(self.schools) for j, m in enumerate(s.staff)}
        self.stems = frozenset(stems)

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

    def sounds_like(self, written: str, least: int = SOUND_MIN) -> str | None:
        """The distinctive name of `least` letters or more that `written` (a word, or words run
        together) sounds like and is spelt near: the same first letter and sound code, at most
        SOUND_EDITS edits."""
        if len(written) < least or not written.isalpha() or written in self.singles:
            return None
        near = [c for c in self.sounds.get(sound(written), ()) if len(c) >= least and c[0] == written[0]
                and distance(written, c) <= SOUND_EDITS]
        return min(near, key=lambda c: (distance(written, c), c)) if near else None

    def read(self, word: str) -> tuple[str, str, bool]:
        """(the name a post's word stands for; "" as written, "spelt" misspelt or "digits" for
        letters; whether it had a plural 's')."""
        if word in self.singles:
            return word, "", False
        if (alt := unleet(word)) is not None:
            if alt in self.singles:
                return alt, "digits", False
            # "n0wsu": digits for letters and a slip of the keys besides, as "nowsu" alone would be.
            if c := self.correct(alt):
                return c, "digits", False
            if _LEET_MID.search(word):
                return alt, "digits", False
            return word, "", False
        if word.endswith("s") and word[:-1] in self.stems:
            return word[:-1], "", True
        if c := self.correct(word):
            return c, "spelt", word == c + "s"
        if word not in known_words() and (c := self.sounds_like(word)):
            return c, "spelt", False
        return word, "", False


_BUILT: dict[tuple[int, ...], Lexicon] = {}


def lexicon(schools: Sequence[School]) -> Lexicon:
    """The index for these schools, built once: keyed by the objects themselves, since hashing
    a trust's whole config on every post would cost more than the matching."""
    k = tuple(id(s) for s in schools)
    lex = _BUILT.get(k)
    if lex is None or any(a is not b for a, b in zip(lex.schools, schools)):
        if len(_BUILT) >= 64:
            _BUILT.pop(next(iter(_BUILT)))
        lex = _BUILT[k] = Lexicon(schools)
    return lex

