"""Chatter in a group named for the school: "LOST CAT 😿 Biscuit, ginger tom" in "Hollowbrook Year 5 Parents", "Anyone
recommend a decent xmas tree place?" in "HBA Secondary Parents Y7-11", and the replies under them. A parents' group holds
its chatter as well as its school business (probe66's and threads36's class groups: twenty-odd such posts, none about
the school, each read as ours through the group's name). A post that is plainly chatter (a lost pet, a tradesman or a
babysitter wanted, something for sale, "off topic but"), or a reply under such a post, whose own words hold nothing of
ours but the town (no name, no school-day word, no word of harm) is only `possible` by the group's name: harm still
reaches the DSL (judge/graded.py), chatter stays out of the digest. School business in no school words ("they never
answer the phone", "is it a half day friday?") is no chatter and stays ours (a review's). Comments under a story about
the school are not a group's: only a group of people (parents, mums, a chat) counts. Pure."""
from __future__ import annotations

import re
from typing import Sequence

from monitor.ingest.cues import CHAT, life_cues, other_schools
from monitor.ingest.drift import OFF_TOPIC
from monitor.ingest.grading import Grade
from monitor.ingest.handles import with_tag_words
from monitor.ingest.lexicon import Lexicon, lower, plain
from monitor.ingest.scan import Hit, scan
from monitor.ingest.thread import SEPARATOR

_CHATTER = re.compile(
    r"\b(?:lost|found|missing|stray)\s+(?:\w+\s+)?(?:cat|dog|kitten|puppy|tortoise|rabbit|keys|purse|wallet|ring|earring|glove|scarf)s?\b"
    r"|\brecommend(?:ation)?s?\b|\bany(?:one|body|1)\s+(?:know|got|use|used|had)\s+(?:a|an|of|any)\s+(?:good\s+|decent\s+|reliable\s+|cheap\s+)?"
    r"(?:\w+\s+)?(?:plumber|electrician|builder|babysitter|childminder|hairdresser|barber|dentist|vet|mechanic|garage|cleaner|gardener"
    r"|decorator|solicitor|locksmith|roofer|nursery|holiday\s+club|takeaway|restaurant|pub|shop|tutor|photographer|caterer|dj)\b"
    r"|\bfor\s+sale\b|\bselling\s+(?:my|our|a|an|some)\b|\bfree\s+to\s+(?:a\s+)?good\s+home\b|\bbabysit\w*|\b(?:christmas|xmas)\s+tree\b"
    r"|\bcar\s+boot\b|\bboiler\b|\bbin\s+(?:day|men|collection)\b|\bplumber\b|\bdentist\b|\bparcel\b|\bbonfire\b|\bfireworks?\s+(?:display|night)\b"
    r"|\bsharing\s+for\s+a\s+friend\b|\bplease\s+share\b(?=[^\n]*\b(?:cat|dog|kitten|puppy|lost|missing\s+(?:cat|dog))\b)", re.I)
# What keeps a post ours, however chatty its opening: harm, or the school's business in other words.
_KEEPS = re.compile(r"\b(?:stab\w*|knife|knives|gun|batter\w*|kill\w*|hurt|hit|hits|slap\w*|police|ambulance|filming|photos?\s+of\s+(?:the\s+)?(?:kids|children)"
                    r"|hanging\s+(?:about|around)|loiter\w*|watching\s+(?:the\s+)?(?:kids|children|little\s+ones)|scared|bruis\w*|self\s*-?\s*harm|cutting|alive"
                    r"|snapchat|messag\w+\s+(?:my|her|him|kids)|older\s+man|man\s+in\s+a|trip|half\s+day|parentpay|letter|residential|email|phone|sacked|complain\w*"
                    r"|head|deputy|sir|miss\s+(?-i:[A-Z])|office|reception|staff|teachers?|senco|caretaker|governors?|academy)\b", re.I)
# Words of one's own family are no school's day: "babysitter for my youngest", "my daughter's party".
_FAMILY = re.compile(r"(?:my|our|her|his|their|i|we|they|she|he|kids?|son|daughter|lad|girl|boy)\s", re.I)


def _chatter(words: str) -> bool:
    return bool(_CHATTER.search(words) or OFF_TOPIC.search(words[:80]))


def _nothing_ours(words: str) -> bool:
    """No school-day word (but one's family's), no other school's "school", no harm or school business."""
    for name, _, _ in other_schools(words):
        words = words.replace(name, " ")
    low = lower(words)
    return not [c for c in life_cues(low, words) if not _FAMILY.match(c)] and not _KEEPS.search(words)


def group_chatter(text: str, context: str, hits: Sequence[Hit], lex: Lexicon) -> bool:
    """Whether the post is chatter in a group named for the school: every name of ours but the town is the group's, the
    post (or, for a reply, the post it answers) is plainly chatter, and neither names anything of ours."""
    title, _, parent = (context or "").partition(SEPARATOR)
    if not hits or not CHAT.search(title) or any(h.where == "post" and h.entry.kind != "school:locality" for h in hits):
        return False
    own = plain(text)
    # "Not school related but ...": the opener's own "school" is no school's day.
    if not _nothing_ours(OFF_TOPIC.sub(" ", own[:80]) + own[80:]):
        return False
    if not parent:
        return _chatter(own)
    ours = [h for h in scan(lex, with_tag_words(plain(parent)), "thread") if h.entry.kind != "school:locality"]
    return not ours and _nothing_ours(plain(parent)) and (_chatter(own) or _chatter(plain(parent)))


def as_possible(grades: Sequence[Grade]) -> tuple[Grade, ...]:
    """Sure and likely grades made possible: only the group's name is ours."""
    return tuple(Grade(g.target, "possible", f"{g.why}; but it is chatter in a group named for the school, naming nothing of ours",
                       g.basis + ("group_chatter",)) if g.grade in ("sure", "likely") else g for g in grades)
