"""Whose a name of ours is, by the words written round it.

Two kinds of name that are ours only as written: a member of staff's own first name ("Enjoy your
little celebration Sarah", not "my daughter Sarah", "Sarah Jones" or "Tom (Y8)"), and our kind of
school in our place ("the academy on Marlow Road", not "a dance academy in Hexley" nor "Hexley
Academy Trust"). Also a bare surname of ours that is a family's, a firm's or a classmate's ("uncle
nwosu", "nwosu removals", "okafor in my year"), and a role that the post places at another school
("it's the one from Greenfield High"). Reviews' posts written to break these decided most of the
words below. Pure.
"""
from __future__ import annotations

import re

from monitor.ingest.scan import Hit
from monitor.ingest.surnames import COMMON_SURNAMES

# "Sarah Jones", "my daughter Sarah", "her mate Tom": a first name of ours that is someone else's.
_GIVEN_ELSEWHERE = re.compile(r"^(?:\s+[A-Z][a-z]|'?s?,?\s+(?:from|at|in|of|on)\s)")
_GIVEN_KIN = re.compile(r"\b(?:my|our|his|her|their|your|ur|a)\s+(?:[\w-]+\s+)?(?:daughter|son|kid|child|boy|girl|lad|lass|"
                        r"sister|brother|sis|bro|mum|mam|mom|dad|friend|mate|pal|cousin|niece|nephew|aunt|auntie|uncle|"
                        r"nan|gran|wife|husband|partner|girlfriend|boyfriend|bestie|neighbour|dd|ds|dh|dw|baby|twin|"
                        r"stepdaughter|stepson|one)s?\s+$", re.I)
# Someone else's by the words round it: "Tom (Y8)", "Sarah, 34,", "Kevin, my ex", "Tom the lollipop man", "Tom and Jerry",
# "Tom's mum"; "our Sarah", "little Tom", "DD (Helen", "Peeping Tom", "Sir David", "St David's", "a lad called Tom";
# a child's by the words near it ("that Tom kid", "Year 5", "in her class").
_GIVEN_AFTER = re.compile(r"\s*\(|,\s*(?:\d+|my|a|an|our|his|her|the)\b|\s+the\s+[a-z]|\s+and\s+(?-i:[A-Z])[a-z]+\s+(?:themed|day)|\s+and\s+Jerry"
                          r"|(?:'s)?\s+(?:mum|mam|mom|dad|nan|gran|sister|brother|friend|mate|parents|family)\b|\s+x+\s*$|\s+kid\b|\s+and\s+(?-i:I|me)\b|\s+(?:in|at)\s+(?:y|yr|year)\s*\d", re.I)
_OTHER_ACADEMY = re.compile(r"\b(?:dance|drama|stage|theatre|football|soccer|rugby|cricket|tennis|golf|swim\w*|gymnastics?|police|training|barber\w*|"
                            r"beauty|hair\w*|martial|arts|coding|tuition|music|ballet|driving|boxing|karate|kickboxing|fc|new|second|another)\b", re.I)
_GIVEN_BEFORE = re.compile(r"(?:\b(?:our|my|little|baby|wee|dd|ds|called|named|sir|st\.?|saint|peeping|played\s+by|won\s+by|about|daughter|son|friend|mate|sister|brother|cousin),?\s+|\(\s*)$", re.I)
_GIVEN_CHILD = re.compile(r"\b(?:y|yr|year)\s*\d{1,2}\b|\b(?:kid|lad|lass|pupil|student|classmate|his\s+class|her\s+class|her\s+form|his\s+form|my\s+\w+'s\s+class|reception|birthday)\b", re.I)


# Said to them, closing what is said ("Enjoy your little celebration Sarah.", "Still waiting Sarah",
# "where's the money Sarah?", "See you Saturday then Sarah 🙂"): not the subject of a sentence about
# someone ("Sarah still runs the breakfast club", "proud of Tom for..."), which a review's posts
# showed is as often a pupil, a parent or a dinner lady as a member of staff.
_SAID_TO = re.compile(r"\s*(?:[.?!\u2026]|$|[^\w\s'\u2019,;:()-])")
_OPENS = re.compile(r"(?:^|[.?!\n:;\u2026]\s*|[^\w\s]\s*)$")


def given_elsewhere(h: Hit, text: str) -> bool:
    """Whether a first name of ours (kind "given") is someone else's, or not written as a name."""
    # Only as a name is written, in the post itself, said to them, and nobody else's by the words around it.
    return (h.where != "post" or not (h.said[:1].isupper() and h.said[1:2].islower())
            or not _SAID_TO.match(text, h.end) or bool(_OPENS.search(text[max(0, h.start - 3):h.start]))
            or bool(_GIVEN_ELSEWHERE.match(h.tail)) or bool(_GIVEN_KIN.search(text[max(0, h.start - 30):h.start]))
            or bool(_GIVEN_AFTER.match(text[h.end:h.end + 40])) or bool(_GIVEN_BEFORE.search(text[max(0, h.start - 30):h.start]))
            or bool(_GIVEN_CHILD.search(text[max(0, h.start - 40):h.end + 80])))


def described_elsewhere(h: Hit, text: str) -> bool:
    """Whether "academy on Marlow Road" or "Hexley academy" is another kind of academy, or a trust or a team."""
    # "a dance academy in Hexley", "the barbering academy on Station Lane", "Hexley Academy Trust":
    # another kind of academy. Ours is "the academy on ...", "the Hexley academy".
    before, after = text[max(0, h.start - 20):h.start], text[h.end:h.end + 30]
    if h.entry.words[0] == "academy":
        m = re.search(r"(?:^|\b(?:the|our|that|this|ur|his|her|their|my)\s+)((?:[\w-]+\s+){0,2})$", before, re.I)
        if not m or _OTHER_ACADEMY.search(m.group(1)):
            return True  # "a dance academy in Hexley", "the barbering academy on Station Lane"
    return bool(re.match(r"(?i:(?:'s)?\s+(?:trust|fc|football|u\d\d|players|squad)\b|\s+(?:town|fc|united|rovers)\b)|\s+at\s+[A-Z]", after))


# "says Whitaker", "Cllr Marsh", "striker Okafor": a surname as reports and team sheets give it.
ATTRIBUTED = frozenset("""says said added explained cllr councillor spokesman spokeswoman spokesperson mp dr prof
coach manager striker captain keeper goalkeeper defender midfielder forward winger inspector sergeant pc dc det
detective judge officer chairman chair director minister senator president""".split())
# ...and a surname a family, a church, a town or a shop gives it: "uncle nwosu", "aunty okafor's jollof",
# "pastor okafor", "a whitaker from halifax" (a family tree); "the Whitaker in Rawtenstall" (a museum) below.
_ANOTHERS = frozenset("""uncle aunty auntie aunt mama papa nana grandma grandad chief pastor rev reverend bishop father
imam governor gov sen professor nurse a an""".split())
# After it: a street, a firm, a book or a film ("Whitaker Street", "nwosu removals", "Okafor & Co", "Okafor's Law"),
# a classmate ("okafor in my year") or a classmate's family ("nwosu's dad picked us up").
_ANOTHERS_AFTER = re.compile(
    r"^\s*(?:&|and\s+co\b|ltd\b|solicitors|removals|bakery|builders|motors|taxis|plumbing|family\s+tree|almanac)"
    r"|^\s+(?-i:Street|Road|Rd|Lane|Avenue|Close|Drive|Park|Way|Museum|Gallery|Law)\b"
    r"|^\s+(?:in|from)\s+(?:my|our|his|her|the)\s+(?:year|class|form|set|tutor\s+group)\b", re.I)
_IN_TOWN = re.compile(r"^\s+(?:in|at|on)\s+(?-i:[A-Z][a-z])")
_KIN_AFTER = re.compile(r"^\s+(?:dad|mum|mam|mom|brother|bro|sister|sis|nan|nana|cousin|uncle|aunty|auntie|party|birthday)\b", re.I)


def anothers(h: Hit) -> bool:
    """A bare surname of ours that many share, or that by the words beside it is a reporter's source, a
    family's, a firm's, a place's or a classmate's."""
    return (h.entry.words[-1] in COMMON_SURNAMES or h.before in ATTRIBUTED or h.before in _ANOTHERS
            or bool(_ANOTHERS_AFTER.match(h.tail)) or h.before == "the" and bool(_IN_TOWN.match(h.tail))
            or (h.plural or h.said.lower().endswith(("'s", "\u2019s"))) and bool(_KIN_AFTER.match(h.tail)))


# Where a role named before any school is the other school's: "it's the one from Greenfield High".
ROLE_THEIRS = re.compile(r"\b(?:the\s+one\s+(?:from|at|over\s+at)|it'?s\s+(?:from|at)|runs|ran|heads|headed|leads|led|joins|joined|"
                          r"joining|starts\s+at|started\s+at|(?:takes|took|taking)\s+over\s+(?:at|from)|appointed\s+(?:at|to)|"
                          r"(?:head|deputy|senco)\s+(?:of|at))\s+(?:the\s+)?$", re.I)
PLACED_AT = re.compile(r"^\s+(?:at|of|from|in)\s+(?:the\s+)?$", re.I)
WISH = re.compile(r"\bwish\s+$", re.I)
LIKE_HER = re.compile(r"\W{0,3}\s*(?:had|got|could\s+get|needs?|should\s+get)\s+(?:someone|somebody|one|a\s+\w+)\s+like\b", re.I)
