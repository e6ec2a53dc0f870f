"""What people allege a member of staff did to children, in the words the read sets' writers used
and the older rules missed: a past dismissal or record ("sacked from his last school for being a
perv", "left over 'something with a girl'", "on the barred list"), pupils watched where they
change, hands laid on "my kid" before ("if he grabs my kid again"). Every finding is for the DSL
and the LADO (KCSIE Part 4, s141F). A review's near misses decided what clears each: someone else
as the subject ("my son got suspended for being a creep"), a register for free meals, a caretaker
fixing the girls' toilets, first aid.

The caller knows the post names a member of staff and has rewritten our staff's names as
"the teacher" (targets.as_teacher). Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding

_KIDS = r"(?:kids?|children|child|girls?|boys?|pupils?|students?|(?:year|yr|y)\s?\d+s?(?:\s+(?:girls?|boys?|lads?))?|lads?)"
# The children themselves, not their toilets, kit, parents, timetable or SATs papers.
_KIDS_END = (r"\b(?!['’]s\b|s['’]|['’]?\s+(?:\w+\s+)?(?:toilets?|loos?|changing|kit|bikes?|timetable|papers|sats|exams?|coursework|"
             r"parents|mums?|dads?|trip|team|netball|football|rugby|match|race|racing|artwork|work|books?|display|climbing|"
             r"singing|play|assembly|results|uniform)\b|\s+at\s+break\b)")
_KIDS_END_LIGHT = r"\b(?!['’]s\b|\s+(?:parents|mums?|dads?)\b)"
_MINE = r"(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|kid|child|lad|boy|girl|grandson|granddaughter|little\s+one)\b(?!['’]s)"
_STAFF_SUBJ = r"(?:(?:mr|mrs|miss|ms|sir|coach)\s+)?(?:the\s+teacher\s+){1,2}"
_CARE = r"(?![^.!?\n]{0,80}\b(?:recovery\s+position|first\s+aid|cpr|fainted|collapsed|999|ambulance|bless\w*|pray\w*|confirmation|christening|baptism)\b)"

_ALLEGED = re.compile(
    # A past dismissal, arrest or move for harm to children, or for being "a perv".
    r"\b(?:sacked|fired(?!\s+up)|moved\s+on|let\s+go|struck\s+off|suspended|left(?=\s+(?:his|her|the|that|their)\s+(?:\w+\s+)?(?:school|job|post|academy)\b|\s+(?:over|for)\b)"
    r"|moved\s+(?:the\s+teacher\s+|him\s+|her\s+)on|(?:has|had|got)\s+a\s+caution|got\s+rid\s+of(?=\s+(?:him|her|the\s+teacher)\b)|kicked\s+out|got\s+the\s+boot|lost\s+(?:his|her)\s+(?:last\s+|old\s+)?job|done|arrested|pulled\s+in|cautioned|investigated|under\s+investigation)\b[^.!?\n]{0,40}?"
    r"\b(?:for|over|was)\s+['‘\"]?(?:(?:something|summat|stuff)\s+(?:with|w|to\s+do\s+with|involving)\s+(?:a\s+|the\s+)?" + _KIDS + _KIDS_END +
    r"|being\s+(?:a\s+)?(?:perv|pervert|paedo|nonce|sex\s+pest)\b|being\s+(?:a\s+)?(?:creep|too\s+friendly|handsy)\s+(?:with|to|around)\s+(?:the\s+)?(?:\w+\s+)?" + _KIDS + _KIDS_END_LIGHT +
    r"|touching(?:\s+up)?\s+(?:a\s+|the\s+)?" + _KIDS + _KIDS_END_LIGHT + r"|touching\s*(?:[.!,]|$)"
    r"|sleeping\s+with\s+(?:a\s+)?(?:" + _KIDS + r"|sixth\s+former)"
    r"|(?:having\s+a\s+)?relationship\s+with\s+(?:a\s+)?(?:student|pupil|sixth\s+former|(?:year|yr)\s?\d+)"
    r"|(?:inappropriate|dodgy)\s+(?:stuff|things|messages|photos|behaviour)\s+(?:with|to|of)\s+(?:the\s+)?(?:\w+\s+)?" + _KIDS +
    r"|(?:messages|photos|pictures)\s+(?:to|of)\s+(?:a\s+)?" + _KIDS +
    r"|indecent\s+images|flashing|exposing\s+(?:him|her)self"
    r"|hanging\s+(?:round|around)\s+(?:the\s+)?(?:girls|boys)|what\s+(?:he|she)\s+did\s+(?:with|to)\s+(?:a\s+)?" + _KIDS + r")"
    # Not a SENCO's "200 kids on the register", a free-meals, attendance or foster register.
    r"|\bon\s+the\s+sex\s+offenders?'?\s+register\b|\bon\s+the\s+barred\s+list\b"
    r"|\b(?:is|he'?s|she'?s)\s+on\s+the\s+register\b(?!\s+(?:now\b|as\s+\w+|for\s+(?:free|fsm|sen|send|extra|pupil)))(?=[^\n]{0,60}\b(?:ex|kids|children|allowed|near)\b)"
    r"|\bgot\s+a\s+(?:criminal\s+)?record\b(?!\s+(?:\d|number|turnout|crowd|time|score|entry|attendance|for\s+(?:the\s+)?(?:most|fastest|longest|highest|best|biggest|largest)))(?=[^\n]{0,80}\b(?:kids|children)\b)"
    r"|\b(?:stuff|something|things)\s+(?:they\s+)?found\s+on\s+(?:his|her)\s+(?:laptop|computer|phone)\b"
    # Watching, filming or taking pupils where they change or alone.
    r"|\b(?:watch|film|photograph)(?:ing|ed)\s+(?:the\s+)?" + _KIDS + _KIDS_END +
    r"[^.!?\n]{0,40}?\b(?:(?:in|into|inside|outside|near|by|through)\s+(?:the\s+)?(?:(?:girls|boys)['’]?\s+)?(?:changing\s+rooms?|toilets?|showers?)|with\s+binoculars|in\s+(?:their\s+)?(?:underpants|underwear|pants))\b"
    r"|\bwatch\w*\s+(?:them|the\s+girls|the\s+boys)\s+(?:get|getting)\s+(?:changed|undressed)\b"
    r"|\bfilms?\s+them\s+on\s+(?:his|her)\s+phone\b(?![^\n]{0,80}\b(?:dojo|seesaw|tapestry|class\s+page|parents|play|assembly|nativity|rehearsals?|concert|sports\s+day|performance|show)\b)"
    r"|\b(?:going|goes|go|seen\s+going)\s+(?:in|into)\s+the\s+girls['’]?\s+(?:toilets|changing\s+rooms?)\b(?![^.!?\n]{0,80}\b(?:fix\w*|repair\w*|toolbox|tools|plumb\w*|leak\w*|dryers?|unblock\w*|clean\w*|mop\w*|help\w*|buttons?|accident)\b)"
    r"|\b(?:takes?|took|taking)\s+(?:the\s+|a\s+)?(?:(?:year|yr)\s?\d+\s+)?girls?\s+into\s+(?:the\s+|his\s+|her\s+)?(?:\w+\s+)?(?:cupboard|store\s*room|shed)\b(?![^.!?\n]{0,40}\b(?:to\s+(?:get|pick|fetch|collect|hand|give|choose|find|tidy|put)|and\s+(?:then\s+)?the\s+boys)\b)"
    r"|\bfollows?\s+(?:the\s+)?" + _KIDS + r"\s+into\s+the\s+(?:toilets|changing\s+rooms?|showers)\b"
    r"|\bcan'?t\s+keep\s+(?:his|her)\s+hands\s+to\s+(?:him|her)self\b(?=[^\n]{0,60}\b(?:with|around|near|in)\s+(?:the\s+)?(?:changing|girls|boys|kids|pupils)\b)"
    r"|\bwhat\s+went\s+on\s+in\s+(?:there|the\s+changing\s+rooms?)\s+with\s+the\s+(?:year\s+\d+\s+)?(?:girls|boys)\b"
    r"|\b(?:grab|grope|touch)\w*\s+the\s+girls\s+in\s+the\s+changing\b|\b['‘]?favourite['’]?\s+(?:he|she)\s+drives\s+home\b"
    r"|\bgives?\s+(?:lifts?|rides?)\s+home\s+to\b[^.!?\n]{0,30}\bon\s+(?:her|his|their)\s+own\b"
    # Hands laid on "my kid" before, said in a threat, by the member of staff (named, "he/she" or "you").
    r"|\b(?:if|when|next\s+time)\s+(?!any(?:one|body|1)\b)(?:" + _STAFF_SUBJ + r"|(?P<pro>he|she)\s+)(?:ever\s+|dares\s+(?:to\s+)?|so\s+much\s+as\s+)?(?:grabs?|push(?:es)?|shoves?|touch(?:es)?|hits?|slaps?|kicks?|puts?\s+(?:his|her|their)\s+hands\s+on"
    r"|lays?\s+(?:a\s+)?finger\s+on)\s+" + _MINE + r"[^.!?\n]{0,30}\b(?:again|agen)\b"
    r"|\blays?\s+one\s+more\s+finger\s+on\s+" + _MINE +
    r"|\b(?P<you>you|u)\s+(?:touch|grab|push|hit|slap)\s+" + _MINE + r"\s+again\b"
    r"|\b(?:the\s+teacher|(?P<pro2>he|she)|you|u)\s+(?:(?:ever|dare|did|does|tries\s+to|try\s+to)\s+)?(?:grab|push|shove|touch|hit)\s+" + _MINE + r"\b[^.!?\n]{0,30}\b(?:again|agen)\b"
    r"|\b(?:the\s+teacher|(?P<pro3>he|she)|you|u)\s+(?:\w+\s+){0,2}?(?:put\s+" + _MINE + r"\s+(?:on\s+the\s+floor|in\s+a\s+headlock|up\s+against\s+the\s+wall)\b"
    r"|laid\s+hands\s+on\s+" + _MINE + r"\b"
    r"|put\s+(?:their|your|ur|his|her)\s+hands\s+on\s+(?:" + _MINE + r"|kids|children)\b)" + _CARE +
    # Forms a review's real cases showed: a sixth former, their own phone, strip, a knee, a lurker.
    r"|\b(?:been|is|was)\s+sleeping\s+with\s+(?:a\s+)?(?:(?:year|yr)\s?\d+|sixth\s+former|student|pupil)"
    r"|\b(?:photographing|filming|photos\s+of)\s+(?:the\s+)?" + _KIDS + r"\b[^.!?\n]{0,40}\bon\s+(?:his|her)\s+own\s+phone\b"
    r"|\bmakes?\s+(?:us|them|the\s+(?:kids|boys|girls))\s+strip\b"
    r"|\bsits?\s+(?:the\s+)?(?:girls|them|kids|pupils|her|him)\s+on\s+(?:his|her)\s+(?:knee|lap)\b"
    r"|\bstrok\w+\s+(?:the\s+)?(?:girls|boys|kids|pupils)['’]?\s+(?:hair|legs|arms|faces?)\b"
    r"|\blurk\w*\s+(?:by|near|around|outside)\s+the\s+(?:girls|boys)['’]?\s+(?:changing\s+rooms?|toilets|showers)\b"
    r"|\bmessag\w+\s+(?:my|our|a)\s+(?:\d+\s*(?:yo|year\s+old)|son|daughter|kid|child)\b[^.!?\n]{0,40}\b(?:snapchat|instagram|tiktok|whatsapp|late\s+at\s+night|at\s+night)\b"
    r"|\bbody\s*-?\s*slam\w*\s+(?:a|the|my)\s+(?:\d+\s+year\s+old\s+)?(?:child|kid|boy|girl|pupil)\b",
    re.I)
# Another child or adult did it ("if that lad in 4B grabs my son again"): no allegation against staff.
_CHILD_BEFORE = re.compile(r"\b(?:kid|lad|boy|girl|child|pupil|year\s?\d+|yr\s?\d+|\d[a-z])\b[^.!?\n]{0,25}$", re.I)
# Someone else is the subject of the sentence: "My son got suspended", "my ex got fired", "Our Callum".
_OTHER = (r"\b(?:my|our|his|her|their|your|a|an|the|that|this|those|these|former|ex)\s+(?:\w+\s+)?(?:son|daughter|kid|child|lad|lads|boy|boys|girl|"
          r"ex|husband|wife|partner|dad|mum|brother|sister|cousin|uncle|aunt|nephew|niece|neighbour|mate|friend|boyfriend|girlfriend|"
          r"councillor|vicar|bishop|nurse|paramedic|man|woman|bloke|guy|fella|doctor|kids|children|pupils)\b|\bour\s+(?-i:[A-Z])\w+"
          r"|\bthe\s+teacher\s+(?:dad|mum|wife|husband|son|daughter|brother|sister|ex|mate|friend|neighbour|partner|kid|lad|boy|girl|cousin|uncle|nephew)\b")
_STAFF_MENTION = r"\bthe\s+teacher\b(?!\s+(?:dad|mum|wife|husband|son|daughter|brother|sister|ex|mate|friend|neighbour|partner|kid|lad|boy|girl|cousin|uncle|nephew)\b)|\b(?:he|she)\b"
_OTHER_RE = re.compile(_OTHER, re.I)
_STAFF_RE = re.compile(_STAFF_MENTION, re.I)
_PERSON_EARLIER = re.compile(r"\b(?:kids?|lads?|boys?|girls?|child|children|pupils?|mum|dad|(?:called|named)\s+\w+)\b", re.I)
_ADDRESSEE = re.compile(r"(?:^|[.!?\n]\s*)(?:to|@|oi)\s+(?:the|that|this)\s+(?:\w+\s+){0,4}?(?:dad|mum|man|woman|bloke|lady|parent|driver|lad|boy|girl|kid|grandad|nan|fella|guy)\b[^.!?\n]*$", re.I)


def _someone_else_did_it(text: str, m: re.Match) -> bool:
    start = m.start()
    if not re.search(r"(?:the\s+teacher|\bhe|\bshe)\s+$", text[:start], re.I) and _CHILD_BEFORE.search(text[max(0, start - 30):start]):
        return True
    sentence = re.split(r"[.!?\n]", text[:start])[-1]
    last_other = max((x.end() for x in _OTHER_RE.finditer(sentence)), default=-1)
    last_staff = max((x.end() for x in _STAFF_RE.finditer(sentence)), default=-1)
    if last_other > last_staff:
        return True
    # "he"/"she" in a threat: only where no child or other adult was spoken of before it.
    if (m.group("pro") or m.group("pro2") or m.group("pro3")) and _PERSON_EARLIER.search(text[:start]):
        return True
    # "To the dad in the silver Audi: you touch my son again": said to someone else.
    if m.group("you") and _ADDRESSEE.search(text[:start]):
        return True
    return False


def staff_misconduct(text: str) -> tuple[Finding, ...]:
    """Allegations that a member of staff harmed or is a danger to children, as above."""
    out: list[Finding] = []
    for m in _ALLEGED.finditer(text):
        if _someone_else_did_it(text, m):
            continue
        f = Finding("staff_abuse_allegation", " ".join(m.group(0).split())[:120])
        if f not in out:
            out.append(f)
    return tuple(out)
