"""A surname of ours written after someone else's first name or title is someone else.

"Jasmine Patel ran 2:41", "Dr Nwosu was so gentle": the surname is ours, the person is not.
Only a word written as a name (capital, then small letters) counts, and not one of the words
that open a sentence ("Apparently Patel said..."), nor a word of our school's, a role, or a name
the school gave us for that member of staff.
"""
from __future__ import annotations

import re

from monitor.config.types import School, Staff
from monitor.ingest.names import TITLES, titles_of, words

_BEFORE = re.compile(r"(?<![\w'])([A-Za-z][a-z'\u2019]*)(\.?)\s+$")
# Capitalised words that open a sentence or stand before a surname without being a first name,
# in the languages of the school's families too ("Ten Lloyd z Hollowbrook", "Pan Whitaker").
_NOT_FORENAMES = frozenset("""
a an the and but or so if as at by for from in into of on to with about after before since until while
because when where why what who whom whose how which that this these those then than there here now
yes no not nope yeah yep ok okay oh ah well hi hey hello dear thanks thank cheers sorry please congrats
congratulations apparently honestly seriously literally actually basically obviously clearly surely
really just only even also still again already today tonight yesterday tomorrow morning evening
monday tuesday wednesday thursday friday saturday sunday
i you he she it we they me him her us them my your his its our their mine yours ours theirs
is was are were be been am has have had do does did will would can could shall should may might must
ask asked tell told email emailed message messaged ring rang call called contact see saw meet met
poor old young big little lovely nice good great bad awful brilliant amazing legend new former ex
mr mrs ms miss mx sir madam dr prof coach head deputy teacher teachers senco principal headteacher
headmaster headmistress caretaker ta tas form class year yr team
everyone everybody someone somebody anyone anybody nobody none all any some every each both
ten pan pani panie domnul doamna profesorul profesoara senhor senhora professora
die der das sahab sahib bhai baji mister
love hate like know think thought said says say heard hear reckon wish hope
stuck got put found posted shared watched gave sent took blame tag report sack imagine guess typical bless
""".split())


# Forenames that end like a past tense or a participle: "Ahmed Patel", "Naveed Okafor" are someone else.
_ED_NAMES = frozenset("""ahmed mohammed muhammed mohamed muhammad hamed saeed rasheed rashed waheed hameed naveed javed
fareed fahed khaled majed zayed sayed abed obed jawed mehmed mahmed tahmed sterling irving channing
manning fielding""".split())


def someone_else(text: str, start: int, school: School, member: Staff, titles_only: bool = False) -> bool:
    """Whether the surname at text[start:] follows another person's first name or title;
    `titles_only`: a full name, which only a title can make someone else's ("Dr Priya Patel")."""
    m = _BEFORE.search(text[max(0, start - 40):start])
    if not m:
        return False
    word = m.group(1)
    low = word.lower().replace("\u2019", "'")
    if low in TITLES:
        # Only a doctor or professor is surely another person: "the new Mrs Whitaker" is his wife,
        # and a post about her is often about him.
        return low in ("dr", "prof") and low not in titles_of(member)
    if m.group(2) or titles_only:
        return False  # "Okafor. Nwosu. Patel.": a list of our names, not a first name
    # "Reported Whitaker's post", "Shared Lloyd's photo": a verb opening the sentence, not a Fred or a Ted.
    if not word[0].isupper() or low in _NOT_FORENAMES or low.endswith("'s") or len(low) < 3 \
            or len(low) >= 5 and low.endswith(("ed", "ing")) and low not in _ED_NAMES \
            and re.match(r"[\w-]+['\u2019]s\b", text[start:]):
        return False
    known = {w for n in (member.name, *member.nicknames, *member.first_names, *member.aliases) for w in words(n)}
    ours = {w for p in (school.name, *school.aliases, *school.locality, member.role) for w in words(p)}
    if low in known:
        # "Dr Priya Patel": our first name too, but after a doctor's title.
        return someone_else(text, max(0, start - 40) + m.start(1), school, member, True)
    return low not in known | ours
