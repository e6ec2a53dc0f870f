"""What people call a role: "the head" for a Headteacher, "the SENCO", "the deputy head".

Made from the words of the configured role. A role counts for a member of staff only when no
one else at the school holds it (monitor/ingest/lexicon.py).
"""
from __future__ import annotations

import re

# A school has many TAs: "a TA", "his TA" or a vacancy's "Teaching Assistant" named ours 2 times in 24
# on the read sets; "the TA" (7 in 8) is the one the post's readers know. These count only beside the
# TA's class ("his TA ... 2R parents be warned"): monitor/ingest/matching.py.
MANY = ("teaching assistant", "a ta", "her ta", "his ta")
_ROLES: list[tuple[re.Pattern, tuple[str, ...]]] = [
    (re.compile(r"deputy head"), ("deputy head", "deputy headteacher", "deputy head teacher", "the deputy",
                                  "deputy headmaster", "deputy headmistress", "deputy principal")),
    (re.compile(r"assistant head"), ("assistant head", "assistant headteacher")),
    (re.compile(r"^(?!.*(?:deputy|assistant|head of (?:year|department|dept|[a-z]+ ?$))).*"
                r"\b(?:head ?teacher|head ?master|head ?mistress|principal|head of school|^head$)"),
     ("the head", "headteacher", "head teacher", "headmaster", "headmistress", "the principal", "head of school",
      "the new head", "that head", "the new headteacher", "new head")),
    (re.compile(r"\bsen(?:d)?co\b|\bsen(?:d)? ?co-?ordinator"), ("senco", "sendco", "sen coordinator",
                                                              "send coordinator", "sen lead", "send lead")),
    (re.compile(r"\bpe\b|physical education"), ("pe teacher", "games teacher", "sports teacher", "pe sir",
                                                "pe department", "head of pe")),
    (re.compile(r"site manager|caretaker|premises"), ("site manager", "caretaker", "the caretaker", "janitor")),
    (re.compile(r"teaching assistant|\bta\b"), ("the ta", *MANY)),
    (re.compile(r"\b(?:business|office) manager"), ("business manager", "office manager", "the office")),
]
# Racist abuse names staff by where they are from: "the African head", "Asian deputy, African head, SENCO
# from god knows where" (read sets: 6 such posts missed the member of staff, so nobody told them).
_DESCRIBED = ("african", "asian", "black", "muslim", "indian", "pakistani", "nigerian", "foreign", "polish",
              "romanian", "immigrant")
DESCRIBED = frozenset(_DESCRIBED)  # scan.py keeps these only where the post names our school or says what they do
_DESCRIBABLE = {"the head": "head", "the deputy": "deputy", "deputy head": "deputy head", "senco": "senco",
                "the caretaker": "caretaker", "headteacher": "headteacher"}
_HEAD_OF_YEAR = re.compile(r"head of (?:year|yr|y) ?(\d{1,2})")
_YEAR_TEACHER = re.compile(r"(?:year|yr|y) ?(\d{1,2}) (?:class )?teacher")
_SUBJECT_TEACHER = re.compile(r"\b([a-z]+) teacher")
_CLASS = re.compile(r"(?:\b(?:in|of|class) |^)([1-6][a-z])\b")


_SAID = dict(zip("1 2 3 4 5 6 7 8 9 10 11 12 13".split(),
                 "one two three four five six seven eight nine ten eleven twelve thirteen".split()))


def role_phrases(role: str) -> set[str]:
    r = re.sub(r"\s+", " ", role.casefold().replace("-", " ")).strip()
    out: set[str] = set()
    for part in re.split(r" and |,|/|&", r):
        part = part.strip()
        if not part:
            continue
        for pattern, phrases in _ROLES:
            if pattern.search(part):
                out.update(phrases)
        if m := _HEAD_OF_YEAR.search(part):
            n = m.group(1)
            out.update({f"head of year {n}", f"head of yr {n}", f"head of y{n}", f"year {n} head of year",
                        f"hoy {n}", f"y{n} hoy"})
            # As a dictating phone or a grandparent writes it: "head of year nine" (round 50).
            if n in _SAID:
                out.update({f"head of year {_SAID[n]}", f"year {_SAID[n]} head of year"})
        if m := _YEAR_TEACHER.search(part):
            n = m.group(1)
            out.update({f"year {n} teacher", f"yr {n} teacher", f"y{n} teacher", f"year {n} class teacher",
                        f"year {n}s teacher"})
            if n in _SAID:
                out.update({f"year {_SAID[n]} teacher", f"year {_SAID[n]} class teacher"})
        if (m := _SUBJECT_TEACHER.search(part)) and m.group(1) not in {"class", "the", "a", "pe", "head"}:
            out.add(f"{m.group(1)} teacher")
        if m := _CLASS.search(part):
            c = m.group(1)
            out.update({f"{c} ta", f"ta in {c}", f"{c} teacher", f"ta for {c}", f"{c}'s ta",
                        f"teaching assistant in {c}", f"{c} teaching assistant", f"teaching assistant for {c}"})
    out.update(f"{d} {_DESCRIBABLE[p]}" for p in list(out) if p in _DESCRIBABLE for d in _DESCRIBED)
    return out


def classes(role: str) -> set[str]:
    """The classes a role names ("Teaching assistant, 2R"): pupils know her as "emma from 2R"."""
    r = re.sub(r"\s+", " ", role.casefold().replace("-", " ")).strip()
    return {m.group(1) for part in re.split(r" and |,|/|&", r) if (m := _CLASS.search(part.strip()))}
