"""Who a post is about: the school, its staff, or nobody of ours.

Some names are unmistakable ("Hollowbrook Academy", "Tom Whitaker", the school's
own handle). Others are only ours in context: a bare "Hollowbrook" is also a
village in another county, "Mr Whitaker" teaches in a thousand schools. Those
count only when the post or its thread also names the school or a locality.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from monitor.config.types import School

SCHOOL_WORDS = ("school", "academy", "college", "primary", "secondary", "high", "grammar",
                "infants", "infant", "junior", "juniors", "nursery", "sixth form", "trust")
TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "madam", "prof")


def normalise(text: str) -> str:
    """Case-folded, accents kept, curly quotes and odd spaces made plain."""
    text = unicodedata.normalize("NFKC", text or "")
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).casefold().strip()


@lru_cache(maxsize=4096)
def _pattern(phrase: str) -> re.Pattern:
    words = [re.escape(w) for w in normalise(phrase).replace(".", " ").split()]
    # "Mr. Whitaker", "Mr Whitaker's", "Whitakers'" and "#HollowbrookAcademy" all count.
    body = r"[\s.\-]*".join(words) if len(words) > 1 else (words[0] if words else "(?!)")
    return re.compile(rf"(?<![\w@]){body}(?:'s|s'|')?(?!\w)")


def _handle_pattern(handle: str) -> re.Pattern:
    return re.compile("@" + re.escape(normalise(handle).lstrip("@")) + r"(?!\w)")


def contains(text: str, phrase: str) -> bool:
    """Whole-word, case-insensitive; `text` already normalised."""
    return bool(_pattern(phrase).search(text))


def _hashtag_form(phrase: str) -> str:
    return "#" + re.sub(r"[^\w]", "", normalise(phrase))


def is_ambiguous_school_alias(alias: str) -> bool:
    n = normalise(alias)
    return not any(contains(n, w) for w in SCHOOL_WORDS)


def is_ambiguous_staff_alias(alias: str) -> bool:
    # A title and a surname, or one word: many people answer to it.
    words = normalise(alias).replace(".", " ").split()
    return len(words) <= 1 or (len(words) == 2 and words[0] in TITLES)


def _school_named(text: str, school: School) -> bool:
    strong = [school.name] + [a for a in school.aliases if not is_ambiguous_school_alias(a)]
    if any(contains(text, p) or _hashtag_form(p) in text for p in strong):
        return True
    return any(_handle_pattern(h).search(text) for h in school.handles)


def _excluded(text: str, school: School) -> bool:
    return any(contains(text, p) for p in school.exclude)


def match(text: str, context: str, school: School, *, local: bool = False) -> tuple[str, ...]:
    """("school", "staff:<id>", ...) for what the post names; () when it is not about us.

    local: the post comes from a place that is the school's community already (a local
    subreddit, replies to the school's own account), which is context enough.
    """
    body, ctx = normalise(text), normalise(context)
    both = f"{body}\n{ctx}"
    named = _school_named(both, school)
    weak_school = any(contains(both, a) for a in school.aliases if is_ambiguous_school_alias(a))
    strong_staff, weak_staff = [], []
    for member in school.staff:
        if any(contains(both, p) for p in (member.name, *(a for a in member.aliases if not is_ambiguous_staff_alias(a)))):
            strong_staff.append(member.id)
        elif any(contains(both, a) for a in member.aliases if is_ambiguous_staff_alias(a)):
            weak_staff.append(member.id)
    # Two ambiguous names together vouch for each other: "Mr Whitaker at Hollowbrook".
    in_context = (named or local or any(contains(both, w) for w in school.locality)
                  or (weak_school and bool(weak_staff or strong_staff)))
    if not named and _excluded(both, school):
        in_context = False

    about: list[str] = []
    if named or (weak_school and in_context):
        about.append("school")
    for member in school.staff:
        if member.id in strong_staff or (in_context and member.id in weak_staff):
            about.append(f"staff:{member.id}")
    return tuple(about)


def content_key(text: str) -> str:
    """What makes two posts the same post: words only, so syndicated copies collide."""
    n = normalise(text)
    n = re.sub(r"https?://\S+", " ", n)
    return " ".join(re.findall(r"\w+", n))
