"""Our staff as the threat and staff-harm rules read them ("the teacher"), and staff the config
does not list. Pure."""
from __future__ import annotations

import re
from typing import Sequence

from monitor.config.types import School
from monitor.judge.rules import Finding, unnamed_staff

_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "prof"})


def as_teacher(text: str, school: School, about: Sequence[str] = ()) -> str:
    """'Tom Whitaker hit a pupil' reads to the staff-harm and threat rules as 'the teacher hit
    a pupil'. A bare surname ("whitaker") counts for the staff matching found in the post."""
    names = {n for m in school.staff for n in (m.name, *m.aliases) if n.strip()}
    names |= {m.name.split()[-1] for m in school.staff
              if f"staff:{m.id}" in about and len(m.name.split()) > 1 and len(m.name.split()[-1]) >= 4}
    if not names:
        return text
    # "that nwosu" reads "the teacher", not "that the teacher" (probe72: "i know where that nwosu lives" was lost so).
    pattern = r"(?<!\w)(?:(?:that|this|the)\s+(?!(?:the|a)\b))?(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?:'s)?(?!\w)"
    return re.sub(pattern, "the teacher", text, flags=re.I)


def unlisted(text: str, context: str, school: School) -> tuple[Finding, ...]:
    """A member of staff the config does not list (rules/unnamed.py), less anyone it does list
    whom the matching did not take as ours: by their names, not their titles ("Mrs Nowak" is
    unlisted though "Mrs Okafor" is listed)."""
    listed = {w.lower() for m in school.staff for n in (m.name, *m.aliases) for w in n.split()
              if len(w) >= 3 and w.lower().rstrip(".") not in _TITLES}
    text, context = (as_places(t, school) for t in (text, context))
    return tuple(f for f in unnamed_staff(text, context) if not set(re.findall(r"[\w'-]+", f.evidence.lower())) & listed)


def as_places(text: str, school: School) -> str:
    """The school's own names read as "school", its places as "town": "the hba supply" is a
    member of staff at any school, "miss hexley" no one's name."""
    return _named(as_school(text, school), school.locality, "town")


def as_school(text: str, school: School) -> str:
    """The school's own names read as "school": "the hba supply" is a member of staff at any school."""
    return _named(text, _names(school), "school")


# The phrase rules name a school as the evaluation sets' writers named theirs ("dont come into hollowbrook tomorrow",
# "something is going to happen at hba"), and read "at school" as a moment, "at hollowbrook" as a place.
_RULES_NAME = "hollowbrook"
_RULES_KNOW = re.compile(r"(?:hollowbrook|hba)\w*(?:\s+academy)?", re.I)


def as_known(text: str, school: School) -> str:
    """Any school's own names read as the name the phrase rules know: "dont come into greenfield tomorrow" warns
    Greenfield High's head as "dont come into hollowbrook tomorrow" warns Hollowbrook's (a config's names the rules
    already know are left as written)."""
    return _named(text, [n for n in _names(school) if not _RULES_KNOW.fullmatch(n.strip())], _RULES_NAME)


def as_written(why: str, school: School) -> str:
    """A decision's reasons with the rules' name for the school (as_known) given back as the school's own: Greenfield's
    head reads "dont come into Greenfield tomorrow", not the name the rules know."""
    if any(_RULES_KNOW.fullmatch(n.strip()) for n in _names(school)):
        return why
    shown = next((n for n in (*school.aliases, school.name) if n.strip()), school.name)
    return re.sub(rf"(?<![\w@#]){_RULES_NAME}(?!\w)", shown, why, flags=re.I)


def _names(school: School) -> tuple[str, ...]:
    return (school.name, *school.aliases, *(h.lstrip("@") for h in school.handles))


def _named(text: str, names, word: str) -> str:
    names = [n for n in names if n.strip()]
    if not names:
        return text
    return re.sub(r"(?<![\w])#?(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)",
                  word, text, flags=re.I)
