"""The words of a school's day, and the names of other schools: context, for and against.

A bare "Hollowbrook" is a village, a farm shop and a road as well as our school. Beside
"pickup", "year 8", "the TA" or "detention" it is the school. Beside "Greenfield High" those
same words may be about the other school, so they stop counting for us there.
One compiled pattern for every school: the cost does not grow with a trust's size.
"""
from __future__ import annotations

import re

# Phrases of school life, as parents, pupils and the local paper write them. Each is whole
# words; "gates?" and the like cover both forms.
_LIFE = [
    r"schools?", r"pupils?", r"students?", r"teachers?", r"teaching", r"staff ?room", r"classroom",
    r"class(?:es|mates?)?", r"lessons?", r"homework", r"detentions?", r"isolation", r"exclusions?",
    r"excluded", r"suspensions?", r"suspended", r"uniform", r"blazers?", r"pe", r"pe kit", r"sports day",
    r"parents'? ?evening", r"school run", r"pick ?-?ups?", r"drop ?-?offs?", r"(?:the )?(?:school )?gates?",
    r"ofsted", r"gcses?", r"sats", r"mocks", r"exams?", r"half ?-?term", r"inset day", r"term time",
    r"assembly", r"playground", r"canteen", r"dinner ladies", r"lunch ?time", r"break ?time", r"play ?time",
    r"nativity", r"reception class", r"nursery", r"sixth ?form", r"form tutor", r"form group", r"tutor group",
    r"head ?teachers?", r"head ?(?:master|mistress)", r"deputy head", r"head of year", r"hoy",
    r"sendco", r"senco", r"send", r"ehcp", r"sen", r"teaching assistants?", r"ta", r"tas",
    r"safeguarding", r"dsl", r"governors?", r"pta", r"school trip", r"after ?-?school", r"breakfast club",
    r"caretaker", r"site manager", r"bullied", r"bullying", r"bullies", r"dd\d?", r"ds\d?", r"dc",
    r"(?:i|we|they|she|he|kids?|son|daughter|lad|girl|boy) (?:go|goes|went|started|start) (?:to|at)",
    r"(?:my|our|her|his|their) (?:son|daughter|kids?|child|children|lad|boy|girl|little one|eldest|youngest)s?",
    r"mums and dads",
    r"year ?\d{1,2}s?", r"yr ?\d{1,2}s?", r"y\d{1,2}s?", r"[1-6][a-z]",  # year groups, class codes (5W, 2R)
]
LIFE = re.compile(r"(?<![\w'])(?:" + "|".join(_LIFE) + r")(?![\w'])")

_SCHOOL_KIND = (r"(?:high school|high|primary school|primary|academy|school|grammar school|grammar|college|"
                r"infants|infant school|juniors|junior school|secondary|community school)")
# Another school, as a name with capitals: "Greenfield High", "St Anne's Primary".
OTHER_SCHOOL = re.compile(r"\b((?:St\.? |Saint )?(?:[A-Z][\w'\u2019-]*\s){1,3})(?i:" + _SCHOOL_KIND + r")\b")
# Capitalised words that start a sentence or a phrase, not a school's name: "The school".
_NOT_NAMES = frozenset("the a an my our your their his her this that these those every any no which what "
                       "local new old primary secondary high state private catholic church".split())


def life_cues(text: str, *, skip: tuple[tuple[int, int], ...] = ()) -> list[str]:
    """The school-life phrases in normalised `text`, outside the spans in `skip`."""
    return [m.group(0) for m in LIFE.finditer(text)
            if not any(a <= m.start() < b for a, b in skip)]


def other_schools(original: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of schools named with capitals in the original text."""
    found = []
    for m in OTHER_SCHOOL.finditer(original):
        words = m.group(1).split()
        while words and words[0].lower().strip(".") in _NOT_NAMES:
            words.pop(0)
        if words:
            name = m.group(0)[m.group(0).find(words[0]):]
            found.append((name, m.end() - len(name), m.end()))
    return found
