"""What locates a person: phone numbers, postcodes, street addresses, vehicle registrations."""
from __future__ import annotations

import re

import phonenumbers

from monitor.judge.rules.base import Finding, find_all


def phone_numbers(text: str, region: str = "GB") -> tuple[Finding, ...]:
    """UK and international phone numbers, as the phonenumbers library validates them."""
    out = []
    # POSSIBLE, not VALID: Ofcom's drama ranges (07700 900xxx) are what fiction and
    # tests use, and a number one digit off is still someone's number.
    for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
        if len(str(m.number.national_number)) < 9 or re.fullmatch(r"[\d]{4}", m.raw_string.strip()):
            continue
        out.append(Finding("phone_number", m.raw_string))
    return tuple(out)


# The Royal Mail format: outward code (area, district) and inward code (sector, unit).
_POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) ?[0-9][ABD-HJLNP-UW-Z]{2})\b",
    re.I)


def postcodes(text: str) -> tuple[Finding, ...]:
    found = []
    for m in _POSTCODE.finditer(text):
        s = m.group(0)
        f = Finding("postcode", s.upper())
        if f not in found:
            found.append(f)
    return tuple(found)


_STREET_TYPES = (r"Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Cl|Drive|Dr|Way|Crescent|Cres|Gardens|Gdns|"
                 r"Grove|Place|Pl|Terrace|Court|Ct|Mews|Hill|Row|Walk|Parade|Square|Rise|View|Green|Vale")
_ADDRESS = re.compile(
    r"\b(?:(?:no\.?\s*)?\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z'’]+\s+){1,3}(?:%s)\b"
    r"|(?:lives?|living|house|home|flat)\s+(?:is\s+)?(?:on|at|in|down)\s+(?:\d{1,4}[a-z]?\s+)?(?:[A-Z][a-z'’]+\s+){1,3}(?:%s)\b"
    # round64's "he's the grey Qashqai on Ferndale Close every night, number 14": the house number after the street.
    # Review A's: "Ferndale Close. Number 14.", "Ashby Grove, No. 4", "Mill Lane no 22", "Fenwick Close, #14"; what lies
    # between, and after, is read in street_addresses (_not_a_house).
    r"|(?P<after>(?:[A-Z][a-z'’]+\s+){1,3}(?:%s)\b(?:\.\s+|,?[^.!?\n]{0,30}?)(?:\b(?:[Nn]umber|[Nn]o\.?|house\s+no\.?)\s*|#\s*)\d{1,4}[a-z]?\b"
    r"(?!\s*(?:bus|buses|%%|minutes?|mins?|times|stops?)))"
    r"|(?P<after_lc>(?:on|in|down)\s+(?:the\s+)?(?:[a-z'’]{4,}\s+){1,2}(?-i:close|road|street|lane|avenue|crescent|way|drive|gardens|grove)\b,?[^.!?\n]{0,30}?"
    r"\b(?:number|no\.?)\s*\d{1,4}[a-z]?\b(?!\s*(?:bus|buses|%%|minutes?|mins?|times|stops?)))"
    # Review A's "she lives at number 9 on Ferndale Close": the number first, the street after "on".
    r"|(?:(?:lives?|living)\s+)?(?:at|house|flat)\s+(?:[Nn]umber|[Nn]o\.?)\s*\d{1,4}[a-z]?,?\s+(?:on|in|down|up|off)\s+(?:the\s+)?(?:(?:[A-Z][a-z'’]+\s+){1,3}(?:%s)"
    r"|(?:[a-z'’]{4,}\s+){1,2}(?-i:close|road|street|lane|avenue|crescent|way|drive|gardens|grove))\b"
    # threads42's "kev lives on tenby close, end house with the white transit": where someone lives, in lower case.
    r"|(?:lives|living)\s+(?:on|in|down)\s+(?:[a-z'’]{4,}\s+){1,2}(?:close|road|street|lane|avenue|crescent|drive|gardens|grove|terrace|mews)\b"
    r")" % (_STREET_TYPES, _STREET_TYPES, _STREET_TYPES, _STREET_TYPES)
    # threads40's "14 ashdown close, someone egg it": written all in lower case, a number, a name and a street.
    # Not a year group or a count doing something: "year 7 parents drive them to the gate", "all 3 schools close at 2pm",
    # "a 20 second drive": the street is no verb, its name no plural of people, shops or schools. Nor a time's minutes:
    # "2moro 8:30 marlow rd" (the read sets).
    + r"|(?<!year\s)(?<!yr\s)(?<!\by\s)(?<![:.])\b(?!(?:19|20)\d\d\b)\d{1,4}[a-z]?,?\s+(?!(?:days?|weeks?|years?|months?|hours?|mins?|minutes?|seconds?|secs?|miles?|yards|metres|meters|feet|steps|laps|buses|bus|more|extra"
    r"|other|main|side|back|front|dead|lovely|nice|beautiful|friendly|little|one|two|three|four|five|six|seven|eight|nine|ten|long|wrong|narrow|busy|quiet|mile|parents|kids|pupils"
    r"|students|teachers|schools|shops|children|boys|girls|mums|dads|families|teams|leavers|stores|pubs|banks|libraries|lanes|wheel|goals|points|times)\b)"
    r"(?-i:[a-z][a-z'’]{3,})\s+(?:(?-i:road|rd|street|lane|avenue|crescent|gardens|grove|terrace|mews|way)\b"
    r"|(?-i:close|drive)\b(?!\s+(?:to|at|early|for|by|down|up|on|in|off|the|their|his|her|them|today|tonight|tomorrow|home|into|round|past|\d+)\b))")


# What stands before "1 Ashby Vale" in "FT: Hexley Town 3-1 Ashby Vale": a score, not "lives at 7-9 Ashby Vale".
_SCORE = re.compile(r"(?:\b(?:FT|HT|full\s*-?\s*time|half\s*-?\s*time|score\w*|won|lost|beat|drew|v|vs)\b[^\n]{0,40}?|\b[A-Z][a-z]+\s+)\d{1,2}\s*[-\u2013]\s*$")


# Whose home it is, said just before: the writer's own or their family's ("I live on Station Lane",
# "my nan lives on Marlow Road"), not a member of staff's.
_OWN_HOME = re.compile(r"(?:\b(?:i|we)(?:['’]ve|\s+have)?|\b(?:my|our)(?:\s+(?:(?:own|old|little|eldest|youngest|elderly|late)\s+)?"
                       r"(?:nan|nana|nanna|gran|granny|grandma|grandad|grandpa|grandparents|mum|mam|mom|dad|parents|auntie|aunty|aunt|uncle"
                       r"|sister|sis|brother|bro|son|daughter|kids?|children|family|in-laws|husband|wife|partner|cousin|twins)(?:['’]s)?)?)\s+"
                       r"(?:(?:lives?|living|lived)\s+(?:at|on|in)\s+)?$", re.I)
_LIVING = re.compile(r"(?:lives?|living|house|home|flat)\b", re.I)

# A number after a street that is no house's (review A's): a place named for the street ("Hexley Road FC won again,
# that's number 5 in a row", "Marlow Road Tesco: till number 6", "Church Street nativity: number 3 sheep"), a rank
# ("Hexley Road is number 1 for potholes", "Penny Lane is my number 1"), a queue, a room, a space ("number 3 in the
# queue", "room number 2", "space number 40"), or the writer's childhood home ("I grew up on Ferndale Close, number 14").
# Round64's "on Ferndale Close every night, number 14" goes on: the street followed by a comma, a stop or "every night".
_STREET_THEN = re.compile(r"\s*[,.:;]|\s+(?:every|each|most|at|by|near|opposite|next|the|it'?s|its|that'?s|he'?s|she'?s|they'?re|his|her|their"
                          r"|house|flat|no\.?|number|down|up|on|in|off|past|behind|round|towards|where|right|just|end|far|top|bottom|mate|m8|bro|innit|lol|tho|though"
                          r"|btw|yeah|now|then|again|tonight|too|#)(?:\b|\s|\d)|\s*[(\-–—]", re.I)
_NUMBER_OF = re.compile(r"\b(?:till|room|space|bay|bus|platform|table|gate|seat|pew|pitch|track|shirt|squad|player|song|page"
                        r"|ticket|queue|level|floor|hole|item|position|kit|race|heat|lap|question|episode|series)\s+$", re.I)
_RANKED = re.compile(r"\s*(?:in\s+(?:the|a|my|our|this)\s+(?:\w+\s+)?(?:queue|line|league|table|charts?|county|country|world|class|year|row|list|top)"
                     r"|in\s+a\s+row|on\s+(?:my|the|our)\s+(?:list|chart)|out\s+of|came\s+up|scored|trip|song|album|fan|seed|priority|choice|sheep)\b", re.I)
# ("we're on Ferndale Close, number 14" may be a crowd at a door: not the writer's home.)
_GREW_UP = re.compile(r"\b(?:(?:i|we)\s+(?:grew\s+up|used\s+to\s+live|lived)|i'?m\s+from|i\s+am\s+from|we'?re\s+from|we\s+are\s+from)\s+(?:on|in|at|down)?\s*$", re.I)


def _not_a_house(m: re.Match[str], text: str) -> bool:
    s = m.group(0).replace("\u2019", "'")
    street = re.search(r"\b(?:%s|close|road|street|lane|avenue|crescent|way|drive|gardens|grove)\b" % _STREET_TYPES, s)
    num = list(re.finditer(r"(?:[Nn]umber|[Nn]o\.?|house\s+no\.?|#)\s*(\d{1,4}[a-z]?)\b$", s))
    if not street or not num:
        return False
    return (not _STREET_THEN.match(s, street.end()) or bool(_NUMBER_OF.search(s[street.end():num[-1].start()]))
            or bool(_RANKED.match(text, m.end())) or bool(_GREW_UP.search(text[:m.start()][-40:])))


def street_addresses(text: str) -> tuple[Finding, ...]:
    """"14 Larch Close", "lives on Mill Lane": a house number or a living cue before a street; not a
    score, and not the writer's own home or their family's."""
    out: list[Finding] = []
    for m in _ADDRESS.finditer(text.replace("\u2019", "'")):
        before = text[:m.start()]
        if _SCORE.search(before[-60:]):
            continue
        cue = _LIVING.match(m.group(0))
        if _OWN_HOME.search(before[-40:]) and (cue or re.search(r"\b(?:lives?|lived|living)\s+(?:at|on|in)\s+$", before[-40:], re.I)):
            continue
        # Review A's "I used to live on Ferndale Close, number 14, lovely street": a home left, the writer's own.
        if cue and re.search(r"\b(?:i|we)\s+used\s+to\s+$", before[-20:], re.I):
            continue
        if (m.group("after") or m.group("after_lc")) and _not_a_house(m, text):
            continue
        f = Finding("street_address", " ".join(m.group(0).split()))
        if f not in out:
            out.append(f)
    return tuple(out)


# Current GB format (2001-): two letters, age identifier, three letters: "AB51 ABC".
# Older prefix format: "A123 BCD". Spaces are optional in posts.
_REG = re.compile(r"\b(?:[A-HJ-PR-Y][A-HJ-PR-Y][0-9]{2} ?[A-HJ-PR-Z]{3}|[A-HJ-NP-Y][0-9]{1,3} ?[A-HJ-NP-Z]{3})\b")
_CAR_CUE = re.compile(r"\b(reg|registration|number ?plate|plates?|car|van|drives|motor|vehicle)\b", re.I)


def vehicle_registrations(text: str) -> tuple[Finding, ...]:
    """"KX19 ABC": a UK number plate; the older "A123 BCD" form only near a car word."""
    out = []
    for m in _REG.finditer(text):
        plate = m.group(0)
        modern = re.fullmatch(r"[A-Z]{2}[0-9]{2} ?[A-Z]{3}", plate)
        if not modern and not _CAR_CUE.search(text):
            continue
        out.append(Finding("vehicle_registration", plate))
    return tuple(out)


# Revealing where someone lives or what they drive without a number: "I know what car he drives".
_HOME_CUE = re.compile(
    r"\b(?:(?:his|her|their|the teacher'?s|miss'?s|sir'?s)\s+(?:home\s+)?(?:address|house|front door|flat|home)\s+(?:is|=|:)"
    r"|(?:his|her|their)\s+(?:home|mobile|personal)\s+(?:number|address|phone)"
    r"|(?:he|she|they)\s+lives?\s+(?:on|at|in|down|near|round|opposite|next to)\b"
    r"|\b\w+'?s\s+(?:house|home|flat)\s+is\s+(?:the\s+one\s+)?(?:on|at|in|down|near|opposite|next\s+to)\b"
    r"|(?:drives|car is|motor is)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:with|reg|registration|plate))",
    re.I)


# A personal email address: a webmail domain, not the school's own.
_EMAIL = re.compile(r"\b[\w.+-]+@(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|me|aol|btinternet|sky|protonmail)\.[a-z.]{2,6}\b", re.I)


def personal_emails(text: str) -> tuple[Finding, ...]:
    """"s.jones.home@gmail.com": a personal inbox, where a school's own address is public."""
    return find_all("personal_email", _EMAIL, text)


# threads32's: a house known by its door or the car on its drive ("the house w the blue door", "the one with the grey
# Astra on the drive", "her red fiesta is always outside"). Alone, a lift share's, a church hall's or a lost cat's
# (a review's): only a reply that gives it to a call to go there is read by it (replies.py).
_DESCRIBED = re.compile(
    r"\bthe\s+(?:house|one)\s+(?:w|w/|with)\s+the\s+(?:\w+\s+){1,2}?(?:(?:front\s+)?door|on\s+the\s+drive|in\s+the\s+drive)\b"
    r"|\b(?:his|her|their)\s+(?:\w+\s+){0,2}(?:car|van|motor|fiesta|corsa|astra|golf|polo|audi|bmw|merc\w*|range\s+rover|mini|transit|4x4|jeep"
    r"|qashqai|juke|yaris|clio|focus|kuga|tesla|volvo|skoda|octavia)\s+is\s+(?:always\s+|usually\s+|normally\s+)?(?:outside|on\s+the\s+drive)\b(?!\s+(?:the\s+)?school)",
    re.I)


def described_home(text: str) -> tuple[Finding, ...]:
    """A house described by its door or the car outside it."""
    return find_all("home_details", _DESCRIBED, text)


def personal_locators(text: str) -> tuple[Finding, ...]:
    """Every finding of the locators above, and home-address wording."""
    return (phone_numbers(text) + postcodes(text) + street_addresses(text) + vehicle_registrations(text)
            + personal_emails(text) + find_all("home_details", _HOME_CUE, text))
