"""Reading a post for names: every place a name of ours (or of another school) is written.

Runs of up to five words are joined and looked up, so "hollow brook", "HollowbrookAcademy" and
"Mr. Whitaker's" land on their names; a hashtag or handle is also searched inside
("#justiceforhollowbrook"). A run must break where the name's words break: "at a" is not "a TA".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote_plus

from monitor.ingest.lexicon import MAX_WORDS, SOUND_MIN_TITLED, Entry, Lexicon, Token, tokens
from monitor.ingest.names import TITLES
from monitor.ingest.roles import DESCRIBED

# Kinds that may hide inside a hashtag or handle ("#justiceforhollowbrook").
_IN_TAGS = frozenset({"school:name", "school:alias", "school:initials", "school:handle", "school:locality", "school:exclude",
                      "school:other",
                      "full", "titled", "surname", "nickname"})
# "the head" of what? Of a pin, a girl, lice: not the headteacher. "That head of yours" is.
_NOT_AFTER_HEAD = frozenset({"of", "lice", "girl", "boy", "girls", "boys", "injury", "injuries", "first", "on",
                             "butt", "banging", "start", "count", "office", "chef", "coach"})
_HEAD_OF_OURS = frozenset({"yours", "theirs", "ours", "that", "this"})  # "the head of that school"
# What a head or a deputy does in a review or a rant: "Head never replies", "your head is a liar".
_PERSON_VERBS = frozenset("is was has had hides hid never doesnt does wont refuses refused ignores ignored actually always "
                          "just cant cannot should needs said says told emailed replied replies answers answered thinks "
                          "seems isnt wasnt will getting gets deserves lied lies lets let wants sits shouted talks talked "
                          "knows expects covers protects".split())
# "use your head", "get your head round it", "off their head": an idiom, not the headteacher.
_HEAD_IDIOM = frozenset("use get got off out over in into on keep kept lose lost clear scratch scratching shake shook bang "
                        "banged hit turn turned mess messing screw screwed do doing above around round through from of with "
                        "bite hold held wrap bury buried put fill filled".split())
# A head that aches, a child's head or the writer's: "Head is spinning", "Head was crawling again",
# "Head has a massive lump".
_HEAD_BODY = frozenset("spinning pounding banging hurting killing full sore fried gone mashed wrecked done throbbing buzzing "
                       "swimming splitting crawling itchy itching nits lice bleeding bled blood lump bump bumps bruise bruised "
                       "bruising gash stitches swollen hurts aching ache aches thumping concussion concussed".split())
# "their head is all over the place", "your head is in the right place", "your head will thank you".
_HEAD_SAYING = re.compile(r"^(?:\w+ ){1,2}(?:all over the place|in the (?:clouds|right place|game|zone|sand)|screwed on|thank you"
                          r"|elsewhere|somewhere else|not in it)")
_OUR_NAMES = frozenset({"school:name", "school:alias", "school:initials", "school:handle"})
_NOT_AFTER_OURS = frozenset("sixth primary infants infant juniors junior nursery prep trust learning federation scouts guides "
                            "cubs brownies parish village town council lane road rd street farm hall rovers fc united hawks "
                            "maths math science english pe music art drama history geography computing department dept "
                            "faculty year upper lower boarding house pta ptfa pto friends governors alumni".split())


@dataclass(frozen=True)
class Hit:
    entry: Entry
    start: int
    end: int
    said: str  # the words as written
    fuzzy: bool  # misspelt, or written with digits for letters
    where: str  # "post", "thread", "address"
    after: tuple[str, ...] = ()  # the next two words' keys
    plural: bool = False  # "Whitakers": a family, a shop, or a possessive without its apostrophe
    tail: str = ""  # the words after a full name, as written: "54, of Cardiff"
    inside: str = ""  # found inside a longer word: what is before and after it, "|hawks" of "hollowbrookhawks"
    index: int = 0  # the word it starts at
    last: int = 0  # the word it ends at
    disguised: bool = False  # digits for letters, "h0llowbr00k": written so on purpose, to dodge a filter
    before: str = ""  # the word before's key
    ahead: tuple[str, ...] = ()  # a role's next six words' keys
    opens: bool = False  # a capitalised word that opens a sentence: "Head never replies."


def _breaks_fit(parts: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether the words of a post break wherever the name's words do ("hollow brook" may split
    "Hollowbrook"; "at a" may not stand for "a TA")."""
    if len(parts) == 1 or len(phrase) <= 1:
        return True
    cuts, n = set(), 0
    for p in parts[:-1]:
        n += len(p)
        cuts.add(n)
    n, need = 0, set()
    for w in phrase[:-1]:
        n += len(w)
        need.add(n)
    return need <= cuts


# Words a name is never split into: "miss has an attitude" is not Miss Hassan, "sir will soon find
# out" not Sir Wilson, "miss, okay for tomorrow" not Miss Okafor.
_NOT_IN_NAMES = frozenset("""
has have had is are was were will would soon here there in on at to the and or for okay ok joins join said says can
do does did be been not no yes so if it its you your he she him her his they them we us me my this that what when
""".split())
# "I will miss Okafor": miss as a verb is no title.
# (Keys lose their apostrophes: "i'll" is "ill", "we'll" "well".)
_MISSING = frozenset("i will ill well youll theyll hell shell id wed gonna would to really so we you they dont cant wont never always"
                     .split())


def _by_ear(lex: Lexicon, text: str, toks: list[Token], keys: list[str], read: list[tuple[str, str, bool]]) -> list[int]:
    """After a title, two or three words that sound like one of our names ("mrs oak a four", "mr
    whit acre"), as a dictating phone splits a name it does not know, are read as that name.
    Returns where each word's name ends (its own index, or the last word of the run)."""
    last = list(range(len(keys)))
    for i, k in enumerate(keys[:-2]):
        if k not in TITLES or read[i + 1][0] in lex.singles or (k == "miss" and i and keys[i - 1] in _MISSING):
            continue
        for n in (3, 2):
            run = keys[i + 1:i + 1 + n]
            if len(run) < n or run[0] == "a" or any(not w.isalpha() or w in _NOT_IN_NAMES for w in run):
                continue
            # One breath: nothing but spaces between the title ("Mr." may keep its stop) and the words.
            gaps = [text[toks[j].end:toks[j + 1].start] for j in range(i, i + n)]
            if gaps[0].strip(" .") or any(g.strip() for g in gaps[1:]):
                continue
            if name := lex.sounds_like("".join(run), SOUND_MIN_TITLED):
                read[i + 1] = (name, "spelt", False)
                for j in range(i + 2, i + 1 + n):
                    read[j] = ("", "", False)
                last[i + 1] = i + n
                break
    return last


_SPELT_OUT = 16


def scan(lex: Lexicon, text: str, where: str, all_tags: bool = False) -> list[Hit]:
    toks = tokens(text)
    keys = [t.key for t in toks]
    read = [lex.read(k) for k in keys]
    last = _by_ear(lex, text, toks, keys, read)
    canon = [r[0] for r in read]
    # "w h i t a k e r": a name spelt out a letter at a time runs past the five words a name may have.
    letters = [len(k) == 1 and k.isalpha() for k in keys]
    hits: list[Hit] = []
    for i in range(len(toks)):
        if not canon[i]:
            continue  # a word read into the name before it
        joined = ""
        end = i
        while end < len(toks) and letters[end] and end - i < _SPELT_OUT:
            end += 1
        for n in range(i, min(max(i + MAX_WORDS, end), len(toks))):
            if not canon[n]:
                continue
            joined += canon[n]
            for e in lex.index.get(joined, ()):
                if not _breaks_fit(canon[i:n + 1], e.words):
                    continue
                plural = [r[2] for r in read[i:n + 1]]
                z = last[n]
                hits.append(Hit(e, toks[i].start, toks[z].end, text[toks[i].start:toks[z].end],
                                any(r[1] for r in read[i:n + 1]), where, tuple(keys[z + 1:z + 3]),
                                plural[-1], text[toks[z].end:toks[z].end + 40] if e.kind in ("full", "given", "surname") else "",
                                index=i, last=z, disguised=any(r[1] == "digits" for r in read[i:n + 1]),
                                before=keys[i - 1] if i else "", ahead=tuple(keys[z + 1:z + 7]) if e.kind == "role" else (),
                                opens=e.kind == "role" and _opens(text, toks[i].start)))
        if toks[i].tag or all_tags:
            k = keys[i]
            # No name is longer than the longest key: a 2,000-letter token costs 2,000 lookups a length.
            for a in range(len(k)):
                for b in range(a + 3, min(len(k), a + lex.longest) + 1):
                    if (a, b) == (0, len(k)):
                        continue
                    for e in lex.index.get(k[a:b], ()):
                        if e.kind in _IN_TAGS and (b - a >= 5 or e.kind == "school:initials" and not all_tags):
                            hits.append(Hit(e, toks[i].start, toks[i].end, text[toks[i].start:toks[i].end],
                                            False, where, inside=f"{k[:a]}|{k[b:]}", index=i, last=i))
    return hits


_SENTENCE_START = re.compile(r"(?:^|[.!?\n★☆:|\-–—]\s*)$")


def _opens(text: str, start: int) -> bool:
    return text[start:start + 1].isupper() and bool(_SENTENCE_START.search(text[max(0, start - 3):start]))


def address(url: str) -> str:
    """A web address as words: 'hba.edits', 'hba_survivor' and 'Hollowbrook+Academy' come apart."""
    return re.sub(r"[/?.&=#:_+-]+", " ", unquote_plus(url or ""))


def outer(hs: list[Hit]) -> list[Hit]:
    """'Mr Whitaker', not also the 'Whitaker' inside it."""
    return [h for h in hs if not any(o is not h and o.where == h.where and o.start <= h.start and h.end <= o.end
                                     and (o.end - o.start) > (h.end - h.start) for o in hs)]


def _as_a_person(h: Hit, ours_at: set[tuple[str, int]]) -> bool:
    """A bare "head" or "deputy", or "your head", is the headteacher or deputy only as a person:
    opening a sentence before what they do ("Head hides in her office"), or at our school
    ("that bloody head at Hollowbrook", "p@k1 deputy at hba")."""
    w = h.entry.words
    if w in (("head",), ("deputy",)):
        nxt = h.after[:1]
        return bool(nxt) and ((h.opens and nxt[0] in _PERSON_VERBS and not _HEAD_BODY.intersection(h.ahead))
                              or (nxt[0] in ("at", "of", "from") and (h.where, h.last + 2) in ours_at))
    if w == ("new", "head"):
        # "New head was on the door", "tell ur new head she wont": a person, after "the", a
        # possessive or at a sentence's start, before what they do or a pronoun; not "a new head
        # gasket", "new head of year 7" (a longer role), "brand new head torch".
        nxt = h.after[:1]
        return ((h.opens or h.before in _THE or h.before in ("ur", "yer", "hollowbrook", "schools"))
                and (not nxt or nxt[0] in _PERSON_VERBS or nxt[0] in _NOT_A_NOUN or nxt[0] in _PRONOUNS))
    if len(w) == 2 and w[0] in ("your", "our", "their") and w[1] == "head":
        return (bool(h.after[:1]) and h.after[0] in _PERSON_VERBS and h.before not in _HEAD_IDIOM
                and not _HEAD_BODY.intersection(h.ahead) and not _HEAD_SAYING.search(" ".join(h.ahead)))
    return True


_THE = frozenset("the that this your their our her his".split())
_PRONOUNS = frozenset("she he they shes hes theyre".split())
_NOT_A_NOUN = frozenset("with on at in and or who from to for off out too aswell as".split())


def drop_shadowed(hits: list[Hit]) -> list[Hit]:
    """A role inside a longer role ("the head" in "the head of year 9") is not a second role."""
    # "indian head massage", "asian deputy manager at tesco", "a black head torch": a role by where someone is
    # from is ours only with our school named or as a person ("the african head is a disgrace"); dropped, it
    # shadows nothing ("the polish caretaker" is still "caretaker").
    # "take the african head with u" is a person too: "the" before it and no noun after it.
    named = any(h.entry.kind in _OUR_NAMES for h in hits)
    hits = [h for h in hits if not (h.entry.kind == "role" and len(h.entry.words) == 2 and h.entry.words[0] in DESCRIBED
                                    and not named and h.after[:1] and h.after[0] not in _PERSON_VERBS
                                    and not (h.before in _THE and h.after[0] in _NOT_A_NOUN))]
    roles = [h for h in hits if h.entry.kind == "role"]
    # "the head of hollowbrook", "the head of HBA": the head of ours, named straight after "of".
    # ...but not "the head of Hollowbrook sixth form", "of Hollowbrook's science department", "of Hollowbrook Primary/Trust/Scouts".
    ours_at = {(h.where, h.index) for h in hits if h.entry.kind in _OUR_NAMES
               and not h.said.lower().endswith(("'s", "\u2019s")) and not (h.after[:1] and h.after[0] in _NOT_AFTER_OURS)}
    keep = []
    for h in hits:
        if h.entry.kind == "role":
            if any(o is not h and o.where == h.where and o.start <= h.start and h.end <= o.end
                   and (o.end - o.start) > (h.end - h.start) for o in roles):
                continue
            nxt = h.after[:1]
            # "the head's office", "the head's on a power trip": the headteacher's, not a head office.
            owned = h.said.lower().endswith(("'s", "\u2019s"))
            if not _as_a_person(h, ours_at):
                continue
            if h.entry.words[-1] == "head" and nxt and nxt[0] in _NOT_AFTER_HEAD and not owned and not (
                    nxt[0] == "of" and (h.after[1:] and h.after[1] in _HEAD_OF_OURS or (h.where, h.last + 2) in ours_at)):
                continue
        keep.append(h)
    return keep
