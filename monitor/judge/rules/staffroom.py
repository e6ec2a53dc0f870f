"""A teacher's gripe at a petty thing, with a mock crime or a mock threat for it: round64's "If whoever reheats the fish
does it again I will not be responsible for my actions 🐟🔪", "If ONE more person books the hall over my SATs mock I will
be committing a crime and my defence will be 'Year 6 teacher in December' 🎄🔪", probe90's "whoever reply-all'd the
ENTIRE hba staff list to ask who's got the 3 hole punch, i will find you. and i will end you. 140 emails. during period 3.
on a tuesday 🙂🔪". Whoever did the petty thing, nobody known, no real weapon, no child of the writer's, no gate: triage
reads the gripe as a shout told of ("told_shout"), taking back a threat phrase inside it. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding

_PETTY = (r"(?:microwave\w*|fish|kettle|milk|mugs?|photocopier|copier|printer|laminator|stapler|(?:\d+\s+)?hole\s+punch|biscuits?|hall|room|booking"
          r"|reply[\s-]+all\w*|lanyards?|parking\s+space|teabags?|fridge|dishwasher|whiteboard\s+pens?|glue\s*sticks?|sellotape|scissors|cover|email\w*"
          r"|yoghurt|lunch|sandwich|coffee|cake|staff\s+list|ppa|duty\s+rota|timetable|seating\s+plan)")
_NOT_MINE = r"(?![^.!?\n]{0,80}?\b(?:my|our)\s+(?:son|daughter|kids?|child|children|boy|girl|lad)\b)"
_MOCK_CRIME = (r"(?:(?:will\s+not|won'?t|wont|can'?t|cannot)\s+be\s+(?:held\s+)?responsible\s+for\s+my\s+actions|committing\s+(?:a\s+)?(?:crime|murder|an?\s+offen[cs]e)"
               r"|my\s+defen[cs]e\s+will\s+be|no\s+jury\s+(?:would|will|in\s+the\s+land)|(?:do|doing)\s+time|going\s+to\s+(?:prison|jail))")
# "If whoever ... again I will not be responsible for my actions", with the knife emoji that ends the joke in its sentence.
_IF = re.compile(r"\bif\s+(?:whoever|one\s+more\s+(?:person|teacher|colleague|member\s+of\s+staff)|any(?:one|body)(?:\s+else)?|some(?:one|body)(?:\s+else)?"
                 r"|the\s+next\s+(?:person|one))\b" + _NOT_MINE + r"[^.!?\n]{0,80}?\b" + _PETTY + r"\b[^\n]{0,100}?\b" + _MOCK_CRIME
                 + r"(?:[^\n.!?🔪🗡🔫]{0,60}(?:🔪|🗡️?|🔫))?", re.I)
# "whoever reply-all'd ... i will find you. and i will end you.": the petty deed first, then the mock threat to whoever did it.
_WHOEVER = re.compile(r"(?:^|(?<=[.!?\n]))\s*whoever\b" + _NOT_MINE + r"[^.!?\n]{0,80}?\b" + _PETTY + r"\b[^.!?\n]{0,60}?"
                      r"(?:[.,!]\s*(?:and\s+)?)?\bi\s*(?:will|'ll|am\s+going\s+to|'m\s+going\s+to|m\s+gonna)\s+(?:find|end|hunt\s+down|kill|murder|fight)\s+(?:you|u)\b"
                      r"(?:\W+(?:and\s+)?i\s*(?:will|'ll)\s+(?:find|end|kill|murder|fight)\s+(?:you|u)\b)?", re.I)
# The emoji that closes the joke a few short sentences on ("140 emails. during period 3. on a tuesday 🙂🔪"); not past a
# threat's words ("staff better watch out 🔪").
_TAIL = re.compile(r"[^\n🔪🗡🔫]{0,60}?(?:🔪|🗡️?|🔫)")
_THREAT_WORDS = re.compile(r"\b(?:watch|better|waiting|coming|see\s+(?:you|u)|tomorrow|tmrw|tonight|monday|tuesday|wednesday|thursday|friday"
                           r"|gates?|car\s*park|home|outside|after\s+school|real|serious)\b", re.I)
_REAL = re.compile(r"\b(?:knife|knives|blade|gun|machete|acid|bat|hammer|not\s+joking|i\s+mean\s+it|deadly\s+serious|gates?|after\s+school|outside)\b", re.I)


def gripe(text: str) -> tuple[Finding, ...]:
    """The gripe with its mock crime or threat, and the emoji that ends it; nothing where a real weapon or a gate is named."""
    if _REAL.search(text):
        return ()
    found = [Finding("told_shout", " ".join(m.group(0).split())) for m in _IF.finditer(text)]
    for m in _WHOEVER.finditer(text):
        end = m.end()
        tail = _TAIL.match(text, end)
        if tail and not _THREAT_WORDS.search(re.sub(r"\b(?:on\s+a|during)\s+(?:mon|tues|wednes|thurs|fri)day\b", "", tail.group(0), flags=re.I)):
            end = tail.end()
        found.append(Finding("told_shout", " ".join(text[m.start():end].split())))
    return tuple(found)
