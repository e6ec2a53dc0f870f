"""Checks on what a school tells matching about its names (nicknames, first names, neighbours).

A nickname of "Miss" or a first name shared by two members of staff would match everyone or
no one for certain: check-config says so, by the key's path, before the daemon runs.
"""
from __future__ import annotations

import re

from monitor.config.types import School

# Words every school uses of someone: never one person's nickname.
_TOO_COMMON = frozenset({"mr", "mrs", "ms", "miss", "mx", "sir", "dr", "head", "teacher", "the head", "deputy",
                         "ta", "senco", "caretaker", "the teacher", "staff", "school"})


def _plain(name: str) -> str:
    return re.sub(r"\s+", " ", name.casefold().replace(".", " ")).strip()


def name_problems(school: School, staff_path: str) -> list[tuple[str, str]]:
    """(path, why) for each name that cannot work; staff_path is "staff" or "schools[0].staff"."""
    problems: list[tuple[str, str]] = []
    holders: dict[str, list[int]] = {}
    for i, member in enumerate(school.staff):
        for key, names, most_words in (("nicknames", member.nicknames, 3), ("first_names", member.first_names, 1)):
            for name in names:
                plain = _plain(name)
                where = f"{staff_path}[{i}].{key}"
                if not re.search(r"[^\W\d_]", plain):
                    problems.append((where, f"{name!r} has no letters"))
                elif plain in _TOO_COMMON:
                    problems.append((where, f"{name!r} is what anyone at any school is called: it cannot name one person"))
                elif len(plain.split()) > most_words:
                    problems.append((where, f"{name!r}: at most {most_words} word(s)"))
                holders.setdefault(plain, []).append(i)
    for plain, who in holders.items():
        for j in sorted(set(who))[1:]:
            problems.append((f"{staff_path}[{j}]", f"{plain!r} is also a nickname or first name of "
                                                    f"{staff_path}[{who[0]}]: matching could not tell them apart"))
    own = {_plain(n) for n in (school.name, *school.aliases)}
    for n in school.neighbours:
        if _plain(n) in own:
            problems.append(("neighbours", f"{n!r} is this school's own name"))
    # A community is where a post was made: a group, a page, a subreddit. A bare word of our
    # place would make every post that mentions it local; a name of the school says nothing new.
    places = {_plain(n) for n in school.locality}
    for n in school.communities:
        plain = _plain(n)
        if not re.search(r"[^\W\d_]", plain):
            problems.append(("communities", f"{n!r} has no letters"))
        elif plain in own:
            problems.append(("communities", f"{n!r} is this school's own name: a post naming it is already ours"))
        elif plain in places or plain in _TOO_COMMON:
            problems.append(("communities", f"{n!r} is a word any post may use: name the group itself, "
                                            "'Hexley Parents Chat' or 'r/Hexley'"))
    return problems
