"""Every name a school and its staff go by, as (key, Entry) pairs for the index (lexicon.py).

A key is the words of a phrase joined, case-folded ("Mr. Whitaker's" -> "mrwhitaker"); the
entry keeps the phrase's own words, so a post's words must meet the phrase's word breaks
("at a" is not "a TA"). Keys made from words already folded are joined directly: a trust's
9,000 staff must not cost a regex each per title.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from monitor.config.types import School, Staff
from monitor.ingest.roles import classes, role_phrases
from monitor.ingest.spelling import distance, known_words

MALE_TITLES = ("mr", "sir")
FEMALE_TITLES = ("mrs", "ms", "miss", "mx")
TITLES = MALE_TITLES + FEMALE_TITLES + ("dr", "prof")
CIVIC_TITLES = ("cllr", "councillor")
SCHOOL_WORDS = frozenset(("school", "academy", "college", "primary", "secondary", "high", "grammar", "infants",
                          "infant", "junior", "juniors", "nursery", "sixth", "form", "trust", "the", "of", "st",
                          "saint", "community", "ce", "rc", "church", "c", "e"))
# Kinds: "school:name", "school:alias" (ambiguous: needs context), "school:initials" (an alias in
# capitals, "HBA": the school's own abbreviation), "school:handle", "school:locality",
# "school:exclude", "school:other", "school:community" (a group or subreddit of ours), "school:described"
# ("the academy on Marlow Road"); for staff "full", "titled", "surname", "initial", "nickname",
# "first", "given" (their own first name, not one the school listed), "role".
# First names that are also words: "Will the head reply?", "Grace period", "Hope you're well".
WORD_NAMES = frozenset("""will grace hope faith joy rose may mark bill pat dawn summer april june holly ivy jack rob
sue max ray gene art jean frank sky amber ruby crystal penny chase drew wade carol sandy rusty cliff dean guy norm
miles violet lily daisy heather poppy robin jay august hunter mason taylor cole jade pearl iris sage river
rocky dick buck chip earl duke king prince angel star sunny""".split())
_ROAD = {"road": "rd", "lane": "ln", "street": "st", "avenue": "ave", "close": "cl"}
_TOKEN = re.compile(r"([#@]?)(\w+(?:'\w+)*'?)")


class Entry(NamedTuple):
    """One name of one target; a tuple, since a trust's index holds hundreds of thousands."""
    school: int  # index into the schools tuple
    target: str  # "school" or "staff:<id>"
    kind: str
    phrase: str  # as configured, for the reason
    words: tuple[str, ...] = ()  # the phrase's words, folded: where a post's words must break


# Cyrillic and Greek letters that look Latin: "hbа" with a Cyrillic а slips past a filter.
_LOOKALIKE = str.maketrans("аеорсухіјѕһӏԁԛԝνοαικρτυχАВЕКМНОРСТХІЈЅΑΒΕΗΙΚΜΝΟΡΤΥΧΖ", "aeopcyxijshldqwvoaikptuxABEKMHOPCTXIJSABEHIKMNOPTYXZ")
_LOOKALIKES = frozenset("аеорсухіјѕһӏԁԛԝνοαικρτυχАВЕКМНОРСТХІЈЅΑΒΕΗΙΚΜΝΟΡΤΥΧΖ")
_WORD = re.compile(r"[^\W_]+")
# "hb@", "b@ck", "WHIT@KER": an @ between letters of one case, or ending a word, stands for an a;
# not "Whitaker@Hollowbrook" or "evening@6pm", nor an address ("jo@hba.org").
_AT_FOR_A = re.compile(r"(?:(?<=[a-z])@(?=[a-z])|(?<=[A-Z])@(?=[A-Z])|(?<=[A-Za-z])@(?!\w))(?![\w.-]*\.(?-i:[a-z]{2,})\b)")


def _latin(m: re.Match) -> str:
    """A word with a Latin letter, or made only of look-alikes ("НВА"), written in Latin letters."""
    w = m.group(0)
    if any("a" <= c.lower() <= "z" for c in w) or all(c in _LOOKALIKES for c in w):
        return w.translate(_LOOKALIKE)
    return w


def plain(text: str) -> str:
    """NFKC, curly quotes made straight, look-alike letters in a Latin word made Latin, "@" for
    "a" inside a word, every space one space: offsets stay those of this text."""
    text = unicodedata.normalize("NFKC", text or "")
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if not _LOOKALIKES.isdisjoint(text):
        text = _WORD.sub(_latin, text)
    if "@" in text:
        text = _AT_FOR_A.sub("a", text)
    return re.sub(r"\s", " ", text)


# Text-speak for the short words of a role or a school ("tha head", "b4 skool"), and the long words
# of a role misspelt by one letter ("head teachr", "the fat caretakr"), as a distinctive name is
# (monitor/ingest/spelling.py): never a word spelled right already ("teaches", "deputies").
_TEXT_SPEAK = {"tha": "the", "da": "the", "skool": "school", "skl": "school", "skul": "school", "hed": "head"}
_ROLE_WORDS = ("teacher", "teachers", "caretaker", "headteacher", "headmaster", "headmistress", "deputy", "assistant",
               "principal", "manager", "school", "academy")


@lru_cache(maxsize=65536)
def _role_spelling(w: str) -> str:
    if len(w) < 5 or not w.isalpha() or w in _ROLE_WORDS or w in known_words():
        return w
    # Nor a word spelled right with an ending the vocabulary lacks: "headteachers", "caretakers", "teached".
    if any(w.endswith(e) and (w[:-len(e)] in _ROLE_WORDS or w[:-len(e)] in known_words()) for e in ("s", "es", "ed")):
        return w
    near = [r for r in _ROLE_WORDS if r[0] == w[0] and abs(len(r) - len(w)) <= 1 and distance(w, r) == 1]
    return near[0] if len(near) == 1 else w


def key(word: str) -> str:
    w = word.casefold()
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    w = re.sub(r"[\W_]", "", w)
    return _TEXT_SPEAK.get(w) or _role_spelling(w)


@lru_cache(maxsize=65536)
def words(phrase: str) -> tuple[str, ...]:
    return tuple(k for m in _TOKEN.finditer(plain(phrase)) if (k := key(m.group(2))))


def compact(phrase: str) -> str:
    """The key of a phrase: what its words give joined ("Mr. Whitaker's" -> "mrwhitaker")."""
    return "".join(words(phrase))


@lru_cache(maxsize=4096)
def _roles(role: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((p, words(p)) for p in sorted(role_phrases(role)))


def titles_of(member: Staff) -> tuple[str, ...]:
    """The titles a member of staff goes by: their gender's as the school wrote them, and Dr or
    Prof only where the school says so ("Dr Nwosu" is not our Mr Nwosu)."""
    said = {w[0] for w in (words(a) for a in member.aliases) if len(w) >= 2 and w[0] in TITLES}
    extra = tuple(t for t in ("dr", "prof") if t in said)
    if said & set(MALE_TITLES):
        return MALE_TITLES + extra
    if said & set(FEMALE_TITLES):
        return FEMALE_TITLES + extra
    return TITLES


def staff_entries(school: School, member: Staff, i: int) -> list[tuple[str, Entry]]:
    target = f"staff:{member.id}"
    nw = words(member.name)
    first, last = (nw[0], nw[-1]) if nw else ("", "")
    shown_last = member.name.split()[-1] if member.name.split() else ""
    out: list[tuple[str, Entry]] = []

    def add(ws: tuple[str, ...], kind: str, shown: str) -> None:
        if ws:
            out.append(("".join(ws), Entry(i, target, kind, shown, ws)))

    add(nw, "full", member.name)
    if len(nw) >= 2:
        add((last,), "surname", shown_last)
        # "Mr Tom Whitaker" needs no entry of its own: "Tom Whitaker" inside it is found.
        for t in titles_of(member):
            add((t, last), "titled", f"{t.capitalize()} {shown_last}")
            add((t, last[0]), "initial", f"{t.capitalize()} {last[0].upper()}")
        # A member of staff who is also a councillor is called so, whatever their gender (round 49).
        for t in CIVIC_TITLES:
            add((t, last), "titled", f"{t.capitalize()} {shown_last}")
    told = {words(n) for n in (*member.first_names, *member.nicknames, *member.aliases)}
    if len(nw) >= 2 and (first,) not in told and first not in WORD_NAMES:
        # "Enjoy your little celebration Sarah.": their own first name, said to them in a post about the
        # school (written.py and grading.py say when it counts). Read sets: 7 more posts found, none
        # someone else's; a review's posts showed a first name as a sentence's subject is anyone's.
        add((first,), "given", member.name.split()[0])
    for nick in member.nicknames:
        add(words(nick), "nickname", nick)
        if len(nw) >= 2:
            add(words(nick) + (last,), "full", f"{nick} {shown_last}")
    for name in member.first_names:
        add(words(name), "first", name)
        if len(nw) >= 2:
            add(words(name) + (last,), "full", f"{name} {shown_last}")
        # "emma from 2R", "2R's emma": the first name with her own class names one person, in context.
        for c in sorted(classes(member.role)):
            for ws in (words(name) + (c,), words(name) + ("from", c), words(name) + ("in", c), (c,) + words(name)):
                add(ws, "nickname", " ".join(ws))
    school_words = {w for p in (school.name, *school.aliases) for w in words(p)} - SCHOOL_WORDS
    for phrase, pw in _roles(member.role):
        add(pw, "role", phrase)
        if pw[0] in ("a", "her", "his"):
            continue
        rest = pw[1:] if pw[0] in ("the", "that") else pw
        # "Hollowbrook's head", "the HBA senco": the role at our school, unmistakable.
        for sw in sorted(school_words):
            add((sw,) + rest, "full", f"{sw} {' '.join(rest)}")
        # "this principal", "your headteacher"; "your head" is anyone's, kept only as a person (scan.py).
        if rest not in (("head",), ("new", "head")):
            for det in ("this", "your", "ur"):
                add((det,) + rest, "role", f"{det} {' '.join(rest)}")
        elif rest == ("head",):
            for det in ("your", "our", "their"):
                add((det, "head"), "role", f"{det} head")
        # The bare word, "Head never replies", "that p@k1 deputy at hba": kept only as a person (scan.py).
        if rest in (("head",), ("deputy",)):
            add(rest, "role", rest[0])
    for alias in member.aliases:
        aw = words(alias)
        if not aw:
            continue
        if aw[0] in TITLES and len(aw) == 2:
            add(aw, "initial" if len(aw[1]) == 1 else "titled", alias)
        elif len(aw) == 1:
            add(aw, "first" if aw[0] == first else "surname" if aw[0] == last else "nickname", alias)
        elif last in aw or set(aw) & school_words:
            add(aw, "full", alias)  # "Gaz Lloyd", "Head of Hollowbrook": unmistakable
        elif any(pw == aw for _, pw in _roles(alias)) or aw[0] in {"the", "a", "our"}:
            add(aw, "role", alias)
        else:
            add(aw, "nickname", alias)  # "Kev the caretaker": ours in context
    return out


def initials(alias: str) -> bool:
    """'HBA': capitals the school chose, no word of the language, so no other place's name."""
    a = alias.strip()
    return 2 <= len(a) <= 5 and a.isalpha() and a.isupper()


def school_entries(school: School, i: int) -> list[tuple[str, Entry]]:
    out: list[tuple[str, Entry]] = []

    def add(ws: tuple[str, ...], kind: str, phrase: str) -> None:
        if ws:
            out.append(("".join(ws), Entry(i, "school", kind, phrase, ws)))

    add(words(school.name), "school:name", school.name)
    for a in school.aliases:
        aw = words(a)
        named = set(aw) & SCHOOL_WORDS - {"the", "of", "st", "saint", "c", "e"}
        add(aw, "school:name" if named else "school:initials" if initials(a) else "school:alias", a)
    # "hb" for "HBA": the initials without the letter of the school's kind ("Academy"), as pupils write them
    # (the read sets and probes: 34 of 35 posts with a bare "hb" were ours). Weaker than the initials.
    kinds = {w[0] for w in words(school.name) if w in SCHOOL_WORDS - {"the", "of", "st", "saint", "c", "e"}}
    for a in school.aliases:
        if initials(a) and len(a) >= 3 and a[-1].lower() in kinds:
            add(words(a[:-1]), "school:short", a[:-1])
    for h in school.handles:
        add(words(h), "school:handle", h)
    ours = {w for p in (school.name, *school.aliases, *school.locality) for w in words(p)}
    for p in school.neighbours:
        add(words(p), "school:other", p)
        # "Greenfield" for "Greenfield High", "st annes" for "St Anne's Primary": how people write
        # them; "Hexley Grammar" keeps its whole name, since "Hexley" alone is our place.
        rest = tuple(w for w in words(p) if w not in SCHOOL_WORDS - {"st", "saint"})
        if rest and not set(rest) <= ours and rest != ("st",):
            add(rest, "school:other", p)
            if rest[-1] + "s" not in rest:
                add(rest[:-1] + (rest[-1] + "s",), "school:other", p)
    for c in school.communities:
        add(words(c), "school:community", c)
    # "the Hexley academy", "the academy on Marlow Road": our kind of school in our place, where no
    # neighbour is of that kind. Read sets: 89 posts said so, every one about us (6 were missed).
    kind = words(school.name)[-1:] if words(school.name)[-1:] in (("academy",), ("college",)) else ()
    if kind and not any(kind[0] in words(n) for n in school.neighbours):
        for p in school.locality:
            pw = words(p)
            if not pw or pw[0] == "the":
                continue  # "the 41" is a bus, not a place a school stands
            for form in {pw, pw[:-1] + (_ROAD.get(pw[-1], pw[-1]),)}:
                add(form + kind, "school:described", f"{p} {kind[0]}")
                for prep in ("on", "in", "at", "off", "near"):
                    add(kind + (prep,) + form, "school:described", f"{kind[0]} {prep} {p}")
    for kind, phrases in (("school:locality", school.locality), ("school:exclude", school.exclude)):
        for p in phrases:
            pw = words(p)
            add(pw, kind, p)
            if pw and pw[-1] in _ROAD:  # "Marlow Rd"
                add(pw[:-1] + (_ROAD[pw[-1]],), kind, p)
    return out


def content_key(text: str) -> str:
    """What makes two posts the same post: words only, so syndicated copies collide."""
    n = re.sub(r"\s+", " ", plain(text)).casefold().strip()
    n = re.sub(r"https?://\S+", " ", n)
    return " ".join(re.findall(r"\w+", n))
