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
          r"|reply[\s-]+all\w*|(?:my|the)\s+space|lanyards?|parking\s+space|teabags?|fridge|dishwasher|whiteboard\s+pens?|glue\s*sticks?|sellotape|scissors|cover|email\w*"
          r"|yoghurt|lunch|sandwich|coffee|cake|staff\s+list|ppa|duty\s+rota|timetable|seating\s+plan)")
_NOT_MINE = r"(?![^.!?\n]{0,80}?\b(?:my|our)\s+(?:son|daughter|kids?|child|children|boy|girl|lad)\b)"
_MOCK_CRIME = (r"(?:(?:will\s+not|won'?t|wont|can'?t|cannot)\s+be\s+(?:held\s+)?responsible\s+for\s+my\s+actions|committing\s+(?:a\s+)?(?:crime|murder|an?\s+offen[cs]e)"
               r"|my\s+defen[cs]e\s+will\s+be|no\s+jury\s+(?:would|will|in\s+the\s+land)(?:\s+would)?(?:\s+convict(?:\s+me)?)?|(?:do|doing)\s+time|going\s+to\s+(?:prison|jail))")
_MOCK_CRIME_RE = re.compile(_MOCK_CRIME, re.I)
# "If whoever ... again I will not be responsible for my actions", and the joke's own sign-off, nothing else ("and I'm not even
# sorry", "lol", "my defence will be '...'"), then the knife emoji with no words between. The tail once took 60 characters of
# anything, and what it took was taken back (review B's "I won't be responsible for my actions, ill shank them at break tmrw
# 🔪", "..., I know where Okafor lives 🔪": each lost its page).
_IF = re.compile(r"\bif\s+(?:whoever|one\s+more\s+(?:person|teacher|colleague|member\s+of\s+staff)|any(?:one|body)(?:\s+else)?|some(?:one|body)(?:\s+else)?"
                 r"|the\s+next\s+(?:person|one))\b" + _NOT_MINE + r"[^.!?\n]{0,80}?\b" + _PETTY + r"\b[^\n]{0,100}?\b" + _MOCK_CRIME
                 + r"(?:,?\s+(?:and\s+)?(?:no\s+jury\s+(?:would|will)\s+convict(?:\s+me)?|i'?m\s+not\s+(?:even\s+)?sorry|i'?m\s+taking\s+the\s+\w+\s+with\s+me|lol|lmao|tbh|honestly"
                 r"|my\s+defen[cs]e\s+will\s+be\s*['‘\"“][^'’\"”\n]{1,60}['’\"”]))*"
                 r"(?:\s*['‘\"“][^'’\"”\n]{1,60}['’\"”])?(?:[^\w\n]{0,8}(?:🔪|🗡️?|🔫))?", re.I)
# "whoever reply-all'd ... i will find you. and i will end you.": the petty deed first, then the mock threat to whoever did it.
_WHOEVER = re.compile(r"(?:^|(?<=[.!?\n]))\s*whoever\b" + _NOT_MINE + r"[^.!?\n]{0,80}?\b" + _PETTY + r"\b[^.!?\n]{0,60}?"
                      r"(?:[.,!]\s*(?:and\s+)?)?\bi\s*(?:will|'ll|am\s+going\s+to|'m\s+going\s+to|m\s+gonna)\s+(?:find|end|hunt\s+down|kill|murder|fight)\s+(?:you|u)\b"
                      r"(?:\W+(?:and\s+)?i\s*(?:will|'ll)\s+(?:find|end|kill|murder|fight)\s+(?:you|u)\b)?", re.I)
# The emoji that closes the joke a few short sentences on ("140 emails. during period 3. on a tuesday 🙂🔪"); not past a
# threat's words ("staff better watch out 🔪").
_TAIL = re.compile(r"[^\n🔪🗡🔫]{0,60}?(?:🔪|🗡️?|🔫)")
# A spoiler warned off (quiet65's "ms marsh just said 'if anyone spoils the ending of the escape room for the other set I
# will end you' and honestly fair"; "no spoilers or I will end you"): an ending, a plot or a film spoilt is the petty deed.
# Not "ruin it" or "the surprise" ("if you ruin it for my son I will kill you", "Whitaker if you ruin the surprise by telling her
# about the court case I will end you": review B), nor a child's or a name's stake in it ("for my daughter").
_SPOILER = re.compile(r"\b(?:if\s+(?:any(?:one|body|1)|some(?:one|body|1)|you|u|whoever|one\s+(?:of\s+(?:you|u)|person))\s+(?:\w+\s+){0,2}?(?:spoils?|spoilers?|gives?\s+away)"
                      r"\s+(?:the\s+|my\s+|this\s+)?(?:ending|end|plot|twist|finale|film|book|episode|series|season|escape\s+room|it)\b"
                      r"|(?:no|zero)\s+spoilers?(?:\s+(?:please|pls|plz))?\s*(?:,|or|\.)?)(?:(?!\bfor\s+(?:my|our|his|her|their|him|them)\b)[^.!?\n]){0,60}?"
                      r"\bi\s*(?:will|'ll|am\s+going\s+to|'m\s+going\s+to|m\s+gonna|ll)\s+(?:end|kill|murder|hunt\s+down|fight)\s+(?:you|u|them|him|her)\b", re.I)
# ...said to a teacher by name ("Mr Whitaker if you spoil it for her again I will end you"): meant for them.
_TO_STAFF = re.compile(r"(?:\b(?:mr|mrs|ms|miss|sir)\.?\s+\w+|@\w+)[\s,:!-]*$", re.I)
_THREAT_WORDS = re.compile(r"\b(?:watch|better|waiting|coming|see\s+(?:you|u)|tomorrow|tmrw|tonight|monday|tuesday|wednesday|thursday|friday"
                           r"|gates?|car\s*park|home|outside|after\s+school|real|serious)\b", re.I)
_REAL = re.compile(r"\b(?:knife|knives|blade|gun|machete|acid|bat|hammer|not\s+joking|i\s+mean\s+it|deadly\s+serious|gates?|after\s+school|outside)\b", re.I)


# ...nor a gripe that means it (review B's look-alikes, each silenced by the gripe): the harm named ("I will stab them",
# "I'll put them in hospital", "I'll cave their head in", "their tyres first then them", "nobody will find the body", "I'm
# poisoning the next one ☠️"), the writer's earnest ("it won't be a joke this time", "I'm done joking", "dead serious"), a
# time or a place ahead ("tomorrow morning", "its happening friday", "in the car park"), where someone lives or who it is
# ("I know where Okafor lives", "her house is on Fenwick Close", "Mr Whitaker first", "...is Whitaker", "you'll be sorry,
# watch your back"). Read with the mock crime (or the whoever's mock threat) itself taken out.
_MEANT = re.compile(r"\b(?:kill\w*|stab\w*|shank\w*|slash\w*|slit\w*|hurt\w*|batter\w*|beat\w*|smash\w*|punch\w*|kick\w*|burn\w*|bomb\w*|shoot\w*|shot\s*gun|gun"
                    r"|murder\w*|dead|die|body|bodies|blood\w*|hospital|ambulance|poison\w*|face|throat|head\s+in|tyres?|run\s+(?:them|him|her|you)\s+(?:over|down)|end\s+(?:him|her|them|you)"
                    r"|(?:won'?t|wont|will\s+not|isn'?t|not)\s+(?:be\s+)?(?:a\s+)?jok\w*|done\s+joking|no\s+joke|serious\w*|literally|mean\s+(?:it|that)|for\s+real|swear"
                    r"|tomorrow|tmrw|tmw|tomoz|tonight|tonite|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|at\s+break|after\s+work|car\s*park|waiting|wait\s+for"
                    r"|know\s+where|lives?|house|address|(?:you|u|they|she|he)(?:'ll|\s+will)\s+be\s+sorry|watch\s+(?:your|ur|yer)\s+back|first|coming\s+(?:in|for|round)|bring\w*"
                    r"|(?:is|it'?s)\s+(?:who|mr|mrs|ms|miss)\b)\b|☠|💀|🔥|💣|🔫|🩸", re.I)
_NAMED = re.compile(r"\b(?:is|it'?s)\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\b")  # "...is Priya Patel", "...is Whitaker"
# The petty moment's own day ("during period 3. on a tuesday"): the joke's, not a day ahead.
_ITS_DAY = re.compile(r"\b(?:on\s+a|during)\s+(?:mon|tues|wednes|thurs|fri)day\b", re.I)


def gripe(text: str) -> tuple[Finding, ...]:
    """The gripe with its mock crime or threat, and the emoji that ends it; nothing where a real weapon or a gate is named,
    or where anything but the mock crime sounds meant."""
    if _REAL.search(text):
        return ()
    found = []
    if not _MEANT.search(_ITS_DAY.sub(" ", _MOCK_CRIME_RE.sub(" ", text))):
        found += [Finding("told_shout", " ".join(m.group(0).split())) for m in _IF.finditer(text) if not _NAMED.search(m.group(0))]
    for m in _WHOEVER.finditer(text):
        end = m.end()
        tail = _TAIL.match(text, end)
        if tail and not _THREAT_WORDS.search(_ITS_DAY.sub(" ", tail.group(0))):
            end = tail.end()
        if _MEANT.search(_ITS_DAY.sub(" ", text[:m.start()] + " " + text[end:])) or _NAMED.search(text[m.start():end]):
            continue
        found.append(Finding("told_shout", " ".join(text[m.start():end].split())))
    for m in _SPOILER.finditer(text):
        if not (_MEANT.search(text[:m.start()] + " " + text[m.end():]) or _TO_STAFF.search(text[max(0, m.start() - 40):m.start()])):
            found.append(Finding("told_shout", " ".join(m.group(0).split())))
    return tuple(found)
