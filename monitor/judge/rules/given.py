"""Children's first names, for a pupil named by first name and class ("ryan from 10P", "tyler 8M",
"yr 11 callum r"): the read sets' writers asked for 87 of 91 such posts to come down. A
word of a school's day before a class code ("work from 6W", "art in 5B") is no name; only the
first names that children in English schools most often have count, and none that is also a
common word ("will", "may", "summer", "grace"). Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding

GIVEN = frozenset("""
aaliyah aaron abbie abby abdullah abigail adam adrian ahmed aidan aiden aimee aisha alana albie alex alexa alexander
alexandra alfie alice alicia alisha amal amara amber amelia amelie amina amir amira amy ana anaya andre andrew angel
anna annabel annabelle archie aria ariana arjun arlo arthur arya ash ashley ashton asma aston aurora austin ava
ayaan ayan ayden ayesha bailey beatrice bella ben benjamin bethany billy blake bobby bonnie brandon brody brooke
bryony caitlin caleb callum calvin cameron carter casey cerys charlie charlotte chelsea chloe christian ciara cian
cody connor corey courtney daisy dakota dale dan daniel daniella danny darcey darcie darcy dawid deacon declan demi
dexter dominic dylan eden eduardo edward eleanor elijah elise eliza ella ellie elliot elliott ellis eloise elsie
emilia emily emma erin esme ethan eva evan evelyn evie ewan ezra fatima finlay finley finn florence francesca
frankie freddie freddy freya gabriel gabriella georgia george georgina gracie hafsa hamza hannah harley harper
harriet harrison harry harvey hassan hayden hayley heidi henry holly honey hugo ibrahim idris imogen isaac isabel
isabella isabelle isha isla ismail ivy izzy jack jackson jacob jade jadon jai jake jakub jamal james jamie jan
jasmine jason jay jayden jaydon jaylen jenson jessica jesse jessie jodie joe joel john jonah jonathan jordan joseph
josh joshua josie jude julia kacper kai kaiden kaitlyn kara kareem katie kayden kayla kaylee keeley keira kenzie
kian kieran kiera kira kyle kyla lacey laila lana lara laura lauren layla leah leo leon leonardo levi lewis lexi
lexie liam libby lila lilly lily lincoln logan lola louie louis lucas lucia lucy luke luna lyla maddie maddison
madison maisie maisy malachi marcus maria mariam mariam marley martha maryam mason matilda matthew max maya megan
mia michael mikey millie mohammad mohammed molly muhammad musa myla nadia naomi nathan nathaniel neve niamh nicole
nikola noah nola nora oakley ollie olivia oliver olly omar oscar owen paige patrick phoebe piper poppy rachel rayan
reece reggie rehan remi rhys ria riley robyn rocco ronnie rory rosie ruby rueben ruben ryan saanvi sadie safa
sam samuel sana sara sarah scarlett sebastian seb shannon sienna sofia sonny sophia sophie stanley stella summer
tamsin tayla taylor teddy theo theodore thomas tia tiana tianna toby tommy travis tyler tyson umar valentina
vincent violet willow wiktoria xavier yasmin yusuf zac zach zachary zain zainab zak zara zayn zayna zoe zuzanna
""".split()) - {"summer"}
# Also words: "an angel in 2R", "a poppy from 5B", "30 max in 6W". Written small, they are the word.
_ALSO_WORDS = frozenset("angel amber ash daisy dale holly honey ivy jade jan max piper poppy ruby teddy violet willow".split())
_BY_FORM = re.compile(r"\b([A-Za-z]{2,})\s*,?\s+(?:(?:in|from|of)\s+)?(?-i:(?:[1-9]|1[0-3])[A-Z]\d?)\b(?!['\w])")
_YEAR_FIRST = re.compile(r"\b(?:year|yr|y)\s?(?:[1-9]|1[0-3])\s+([A-Za-z]{2,})\s+[A-Za-z]\b(?!['\w])", re.I)


def named_by_form(text: str, skip: frozenset[str] | set[str]) -> list[Finding]:
    """A child's first name beside a class code or before a year and an initial."""
    out: list[Finding] = []
    for pattern in (_BY_FORM, _YEAR_FIRST):
        for m in pattern.finditer(text):
            name = m.group(1).lower()
            if name in GIVEN and name not in skip and not (name in _ALSO_WORDS and m.group(1).islower()):
                f = Finding("identifiable_pupil", " ".join(m.group(0).split()))
                if f not in out:
                    out.append(f)
    return out
