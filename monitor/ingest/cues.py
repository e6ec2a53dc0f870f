"""The words around a name: context for us, and signs that point elsewhere.

A bare "Hollowbrook" is a village, a farm shop and a road as well as our school. Beside
"pickup", "year 8", "the TA" or "detention" it is the school. Beside "Greenfield High" those
same words may be about the other school; beside "village", "Hawks" or "Road" it is another
Hollowbrook; beside "podcast", "striker" or "KC" a full name is a namesake's.
One compiled pattern each for every school: the cost does not grow with a trust's size.
"""
from __future__ import annotations

import re

from monitor.ingest.school_list import last_in_list

# Phrases of school life, as parents, pupils and the local paper write them. Each is whole
# words; "gates?" and the like cover both forms.
_LIFE = [
    r"schools?", r"pupils?", r"students?", r"teachers?", r"teaching", r"staff ?room", r"staff car ?park",
    r"classroom", r"class(?:es|mates?)?", r"lessons?", r"homework", r"detentions?", r"isolation", r"exclusions?",
    r"excluded", r"suspensions?", r"suspended", r"expelled",
    # Said of a pupil: "if marsh excludes me", not "exclude the garden from the plans".
    r"(?:exclud|suspend|expel)(?:e|es|s|ing|ling)? (?:me|him|her|them|us|my|our|his|ur|your)",
    r"uniform", r"blazers?", r"pe", r"pe kit", r"sports day",
    r"parents'? ?evening", r"school run", r"pick ?-?ups?", r"drop ?-?offs?", r"(?:the )?(?:school )?gates?",
    r"ofsted", r"gcses?", r"sats", r"mocks?", r"exams?", r"half ?-?term", r"inset days?", r"term time",
    r"term dates", r"end of term", r"last day of term", r"assembly", r"playground", r"canteen", r"dinner ladies",
    r"lunch ?time", r"break ?time", r"play ?time", r"nativity", r"reception(?: class| jumper)?", r"nursery",
    r"sixth ?form", r"form tutor", r"form group", r"tutor group", r"(?:in|my|our|her|his) form",
    r"head ?teachers?", r"head ?(?:master|mistress)", r"deputy head", r"head of year", r"hoy",
    r"sendco", r"senco", r"ehcp", r"sen", r"teaching assistants?", r"(?:the|a|our|my|that) ta",
    r"safeguarding", r"dsl", r"governors?", r"pta", r"school trip", r"after ?-?school(?: club)?", r"breakfast club",
    r"caretaker", r"site manager", r"bullied", r"bullying", r"bullies", r"dd\d?", r"ds\d?", r"dc",
    r"(?:spelling|spag|times tables?|bleep|maths|science|english|reading) tests?", r"times tables",
    r"(?:1st|2nd|3rd|4th|5th|6th|first|second|third|fourth|fifth|last) (?:period|lesson)", r"registration", r"form time",
    r"the (?:juniors|infants)", r"revision(?: club)?", r"coursework", r"predicted grades", r"results day", r"exam results", r"late marks?",
    r"merits?", r"house points", r"(?:set|gave|give|got|do|did|doing|done|loads of|so much|more|any|no|my|our|his|her|the|ur|your) (?:\w+ ){0,2}hw(?! (?:cylinder|tank|boiler|pipes?|engineer|system|heater))", r"hw (?:due|club|help|diary|planner)",
    r"in (?:maths|science|history|geography|re|drama|computing|chemistry|physics|biology)(?= (?:today|yesterday|this|last|lesson|class|sir|miss))", r"in (?:english|french|spanish|german) (?:lessons?|class|sir|miss|today (?:sir|miss|we|he|she))", r"results", r"changing rooms?", r"(?:front|main|school) office", r"report card", r"drama club", r"school (?:fair|show|play|disco|photos?)",
    r"christmas (?:fair|jumper day|concert|play)", r"(?:non )?uniform day", r"jumper day", r"fire drill",
    r"[a-z] block", r"(?:english|science|maths|art|music|drama|tech|sports|languages) block", r"p[1-6]",
    r"(?:i|we|they|she|he|kids?|son|daughter|lad|girl|boy) (?:go|goes|went|started|start) (?:to|at)",
    r"(?:my|our|her|his|their) (?:son|daughter|kids?|child|children|lad|boy|girl|little one|eldest|youngest)s?",
    r"mums and dads", r"(?:school )?dinners", r"carol service", r"choir", r"minibus", r"swimmers", r"swimming gala",
    r"supply (?:teacher|staff|work)", r"cover (?:teacher|supervisor|work|pay)", r"lollipop (?:lady|man)",
    r"crossing patrol", r"zig ?-?zags", r"class reps?", r"class (?:whatsapp|chat|group|bear)",
    r"year ?\d{1,2}s?", r"yr ?\d{1,2}s?", r"y\d{1,2}s?",
    # Class codes and forms: 5W, 2R, 9M, 9X2; not a 1v1, nor a 3G pitch.
    r"[1-6][a-z](?!\s+(?:pitch|astro|surface|mast|signal|network|coverage))", r"(?:[7-9]|1[0-3])[a-uw-z]\d?", r"[1-6][a-uw-z]\d",
]
LIFE = re.compile(r"(?<![\w'])(?:" + "|".join(_LIFE) + r")(?:'s)?(?![\w'])")
# Written in capitals they are the school's; in lower case "send" and "ta" are other words.
LIFE_CAPS = re.compile(r"(?<![\w'])(?:SEND|TA|TAs)(?![\w'])")
# School words that say nothing of which school, or whether any: "teachers get too many
# holidays", "a GCSE tutor". A post in our community saying only these is not about us.
GENERIC = frozenset({"classes", "lessons", "teacher", "teachers", "teaching", "schools", "pupils", "students", "gcse", "gcses", "exam",
                     "exams", "inset day", "inset days", "pupil", "student", "results",
                     # A car's, a voter's, a 10k's; a tennis club's juniors, a ward's infants.
                     "registration", "the juniors", "the infants"})

_SCHOOL_KIND = (r"(?:high school|high|primary school|primary|academy|school|grammar school|grammar|college|"
                r"infants|infant school|juniors|junior school|secondary|community school|public school|ps|"
                r"elementary|middle school)")
# Another school, as a name with capitals: "Greenfield High", "St Anne's Primary".
OTHER_SCHOOL = re.compile(r"\b((?:St\.? |Saint )?(?:[A-Z][\w'\u2019-]*\s){1,3})(?i:" + _SCHOOL_KIND + r")\b")
# Capitalised words that start a sentence or a phrase, or say what a school is like, not a name.
_NOT_NAMES = frozenset("the a an my our your their his her this that these those every any no which what "
                       "local new old primary secondary high state private catholic church lovely good great nice "
                       "best worst big small little amazing brilliant awful terrible decent outstanding failing "
                       "whole same other next previous current dc dcs dc's ds ds's dd dd's kids kid's son's "
                       "daughter's his their ok okay average fine solid mixed alright".split())
_SAID_OF = frozenset(
    # Said of a school, not its name: "Shit school", "English school cancels Christmas", "DGD's school".
    "shit shite crap rubbish useless pathetic ridiculous heartless disgusting shocking appalling dreadful "
    "horrible joke bloody fucking f***ing effing stupid poor bad sink posh rough fab fantastic excellent "
    "wonderful english british uk scottish welsh irish only all anyone's lunch summer free "
    "starting emailed rang ask asked dgd's dgs's dgd dgs fc's dcs' dc's grandson's granddaughter's child's "
    "nephew's niece's after".split())
_NOT_NAMES_ALL = _NOT_NAMES | _SAID_OF
# Words that lead into a name without being part of it: "To Hollowbrook Academy:", "Dear
# Greenfield High", "At St Anne's Primary": the name starts after them.
_LEAD_INS = frozenset("to from at in on for with by of and but or dear hi hello hey about into via near outside "
                      "inside behind than like unlike visit visited visiting join joined joining left leaving love "
                      "loved thanks thank congrats congratulations welcome goodbye bye go goes went attend attends "
                      "attended is was are were be".split())
# How news and gossip lead into a school's name: "Nearby Hollowbrook Academy was locked down" names
# ours, not a school called "Nearby Hollowbrook Academy".
_LEAD_INS |= frozenset("nearby neighbouring troubled embattled beleaguered struggling popular oversubscribed rival "
                       "former meanwhile yesterday today tonight now also so then when while after before since "
                       "because if both all".split())
# ...and how many: "One Hollowbrook Academy parent told the Gazette" (round 50); a question or plea put without "the", as
# in a second language: "Why school not know this?", "Please school answer me" (round 58's families).
_LEAD_INS |= frozenset("one two three four five six several please pls why how maybe perhaps where who whose whether what".split())

# Other walks of life: a full name among these words is a namesake's (a footballer, a singer,
# a barrister, a plumber), unless the post names the school.
ELSEWHERE = re.compile(r"(?<![\w'])(?:" + "|".join([
    r"podcasts?", r"episodes?", r"ep ?\d+", r"the (?:\w+ ){1,3}show", r"(?:this week's|latest|new|last) ep", r"ep on", r"pod", r"#\w*pod",
    r"worldie", r"top bins", r"caretaker manager", r"youtube channel", r"(?:new|her|his|latest|debut) single",
    r"album", r"(?:her|his|their|uk|world|the|a) tour", r"(?<!form )tutors?", r"dance (?:academy|school|studio|show|class)",
    r"gigs?", r"concert tickets", r"arts centre", r"singer", r"(?<!school )band", r"kc", r"qc", r"barrister",
    r"songs?", r"spotify", r"festival", r"lyrics", r"music video", r"chambers", r"six nations",
    r"(?:\d+|two|three|four|five|a couple of|trick of) tries",  # rugby; not "any teacher who tries to"
    r"line ?-?outs?", r"scrums?", r"sin ?-?binn?(?:ed)?", r"knock ?-?ons?", r"arms park", r"principality",  # rugby too
    r"trial", r"jury", r"magistrates", r"crown court", r"striker", r"midfielder", r"goalkeeper", r"brace",
    r"debut", r"scores (?:twice|again|a goal|the winner)", r"(?:\d+|two|three|an?) assists?", r"hamstring", r"midfield",
    r"(?:new|best|worst|record|january|summer|marquee) signing", r"scored", r"hat[ -]?trick", r"squad", r"league", r"fc", r"rugby", r"cricket(?! bats?\b)", r"darts",
    r"marathon", r"half marathon", r"pb", r"zumba", r"yoga", r"pilates", r"personal trainer", r"plumb(?:er|ing)",
    r"plaster(?:er|ing)", r"landlord", r"landlady", r"roofer", r"joiner", r"decorator", r"tiler", r"locksmith",
    r"badminton", r"doubles", r"singles final",
    r"boiler", r"electrician", r"builder", r"chippy", r"salon", r"restaurant", r"dental", r"surgery", r"nurse",
    r"driving (?:instructor|lessons?|school)", r"treasurer", r"lettings", r"catering", r"photography", r"ltd",
    r"taking orders", r"pcm", r"pharmacists?", r"pharmacy", r"keynote", r"(?:our|my) (?:new )?social worker",
    # Round 13: a novelist, a groundsman, a darts final, a tutor's business, a roofer.
    r"novelist", r"(?:her|his|new|debut|latest) novel", r"groundsman", r"reserves", r"(?:two|brace|cracking|clinical) finish(?:es)?",
    r"checkout", r"tuition (?:centre|ltd|services)", r"\w+ tuition \([\w ]+\)", r"occupational therapist", r"ot,", r"roofing", r"& sons", r"pastor", r"rev", r"reverend", r"imam", r"vicar", r"rabbi", r"cllr", r"councillor", r"mp", r"aged \d+", r"\d+-year-old",
    # Round 15: Welsh rugby (a Gareth Lloyd plays it): a conversion missed, a tackle, "knocking on".
    r"conversions?", r"(?:missed|missing) (?:tackle|kick|penalty)", r"knock-?ons?", r"knocked on(?= *(?:twice|again|[.,!]|$))",
    r"#(?:welsh|cardiff|wales)rugby", r"#wru", r"wales (?:shirt|captain|squad)", r"scarlets", r"ospreys",
    r"cardiff(?= (?:blues|rugby|rfc|city|fans|deserve|need|were|are|lost|won|played|beat|pack))", r"for cardiff",
    # Round 18, the read sets' namesakes: a match's halves and tunnel, a tackle, a boxer's fight night (not
    # "round 2", which is a playground fight's too).
    r"(?:first|second) half", r"(?:in|down) the tunnel", r"tackles?", r"#?fight ?night",
    # A thriller's author, a 10k's winner, a barrister at the Old Bailey.
    r"(?:her|his|new|debut|latest) (?:thriller|memoir|crime novel)", r"(?<![£$€])(?:the|a) (?:\w+ )?\d+k(?! (?:for|total|raised))", r"parkrun", r"first (?:woman|man|lady) home",
    r"old bailey(?![^\n]{0,40}\b(?:teacher|school|pupils?|charged))", r"waterloo road", r"on the telly",
    # threads41's "Gareth Lloyd?? As in the Cardiff lock?", "As in the crime writer who does the Whitby detective books?".
    r"as in the (?:[\w-]+ ){0,3}?(?:lock|prop|winger|writer|author|singer|actor|actress|footballer|player|presenter|comedian|politician|chef)", r"crime writer",
    # Round 16: "Gaz Lloyd ... (our Gaz, not the PE teacher one)", "Kev Doyle (the plasterer, not the caretaker)".
    r"not the (?:\w+ ){0,2}(?:teacher|caretaker|head|ta|senco|deputy)(?: one)?",
    r"\d{1,3}(?:st|nd|rd|th) minute", r"screamer",  # quiet52's "David Nwosu's 89th minute screamer"
    # Round 57's: a flanker's stinker, a councillor's by-election.
    r"flankers?", r"fly ?-?halfs?", r"by ?-?elections?", r"liberal democrats?", r"lib ?dems?",
]) + r")(?![\w'])")
# Words that, straight after a place-name alias, make it another thing's name: "Hollowbrook
# village", "Hollowbrook Road", "Hollowbrook Hawks" (a team), "Hollowbrook town council".
PLACE_NOUNS = frozenset("village villages town city county council parish road rd street st lane avenue ave way "
                        "close drive farm shop store market hall church chapel park reservoir lake river woods wood "
                        "forest hill valley golf club fc united rovers station hotel inn arms pub estate manor "
                        "house garage surgery library leisure centre center herald gazette public elementary ps "
                        "district on hockey rink arena map server smp rp care nursing hospital practice vets hawks falcons eagles "
                        "tigers lions wolves bears heights".split())
# Words that, anywhere in a post or its thread, say a place-name alias is another place: our
# school is in an English town; "the village", Canada, a flag other than ours is elsewhere.
PLACE_WORDS = re.compile(r"(?<![\w'])(?:village|villages|parish|hamlet|canada|canadian|usa|america|american|#onted|"
                         # North America's schools: no English state school is an "elementary" under a "school board".
                         r"elementary|school\s+board|kindergarten|"
                         r"australia|australian|new zealand)(?![\w'])|\U0001F341|"
                         # Flags read in pairs from a run's start: "🇬🇧🇬🇧" holds no "🇧🇬".
                         r"(?<![\U0001F1E6-\U0001F1FF])(?:\U0001F1EC\U0001F1E7)*(?!\U0001F1EC\U0001F1E7)[\U0001F1E6-\U0001F1FF]{2}",
                         re.I)
# A web address in another country: "hollowbrookps.ca", "hollowbrooktoday.com.au".
FOREIGN_ADDRESS = re.compile(r"^(?:[\w-]+\.)+(?:ca|us|au|nz|za|in)$", re.I)
# Another school named as the side ours played: "SMASHED greenfield 6-0", "beat Greenfield".
OPPONENT_BEFORE = re.compile(r"(?:\b(?:away\s+(?:at|to)|at\s+home\s+to|beat|beating|beaten|vs?|versus|(?:match|game|fixture|final|tie|won|lost|win|draw|points|goals?|runs|wickets|unbeaten|record) against|played|playing|smashed|thrashed|"
                             r"murdered|destroyed|battered|hammered|lost to|drew with|drew)\.?\s+(?:the\s+)?)$", re.I)
OPPONENT_AFTER = re.compile(r"^\W{0,3}\d{1,3}\s*[-–]\s*\d{1,3}\b")

# "every school has a Kev the caretaker": school life in general, no one school's people.
EVERY_SCHOOL = re.compile(r"(?<![\w'])(?:every (?:\w+ )?teacher (?:i|we) (?:ever )?had|(?:every|all|any) (?:single )?(?:primary |secondary )?schools?(?![\w'])"
                          # "Anyone else's SENCO doing three jobs?", "Teachers of mumsnet": schools in general (round 23).
                          r"|any(?:one|body) else'?s (?:\w+ )?(?:school|senco|head|headteacher|teacher|ta|deputy)\b|(?:teachers|parents|mums) of mumsnet)"
                          r"(?!\s+(?:days?|mornings?|nights?|run|week|year|term|holidays?|trips?|uniform|shoes|bags?|work|"
                          r"dinners?|meals?|gates?|hours?|time)\b)", re.I)


# "after skl 2moro", "b4 skool": pupils spell the word of their day as they say it. Read as
# "school" for the school-life phrases only; names are matched on the text as written.
_SCHOOL_SPOKEN = re.compile(r"(?<![\w'])(?:skl|skool|skul|skewl|skwl|schl|scl|skoo)(?![\w'])")


def life_cues(text: str, original: str = "") -> list[str]:
    """The school-life phrases in lower-cased `text` (and, in capitals, in `original`)."""
    text = _SCHOOL_SPOKEN.sub("school", text)
    return [m.group(0) for m in LIFE.finditer(text)] + [m.group(0) for m in LIFE_CAPS.finditer(original)]


def specific(cues: list[str]) -> list[str]:
    """The cues that speak of a particular school's day, not of teaching in general."""
    return [c for c in cues if c.removesuffix("'s") not in GENERIC]


def elsewhere_cues(text: str) -> list[str]:
    """Words of other walks of life in lower-cased `text`: a sports, court, music or trade report.
    Not where a school's day owns the word: "the Year 3 songs", "the school's squad"."""
    return [m.group(0) for m in ELSEWHERE.finditer(text)
            if not _OWNER.search(text[max(0, m.start() - 24):m.start()])]


# A school's day owning the next word: "the year 3 songs", "the school's band", "in school rugby",
# "the nativity songs". Not "old school", "Sunday school" or "swim school" (only a determiner or
# a preposition before "school"), nor "this year 12 gigs" (a calendar's year).
_OWNER = re.compile(r"(?:(?:^|(?<![\w'])(?:the|our|my|his|her|their|your|ur|at|in|for|from|to|with|a)\s+)(?:school(?:'s)?|skool)"
                    r"\s+(?:(?:football|netball|rugby|cricket|hockey|athletics|dance|choir|music|drama|jazz|rock|brass|swimming)\s+)?"
                    r"|(?<![\w'])(?:nativity|assembly)\s+"
                    r"|(?<![\w'])(?<!this )(?<!last )(?<!next )(?<!per )(?<!each )(?<!every )(?<!a )(?:year|yr|y) ?"
                    r"(?:\d{1,2}s?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)(?:'s)?\s+(?:\S+\s+)?)$")


# "Mr W at St Anne's": a saint's name after "at" or "from" is, in a post about teachers, a school.
_SAINTS = re.compile(r"\b(?:at|from|to|attends|goes\s+to)\s+((?:St\.?|Saint)\s+[A-Z][a-z]+(?:'s|s)?)"
                     r"(?!\s+(?:church|cathedral|chapel|hospital|hall|road|rd|street|st|lane|square|park|centre|catholic\s+church)\b)")


_TITLES = frozenset("mr mrs miss ms mx".split())  # not Sir or Dr: "Sir Thomas Rich's School" is a name
_EVENT = re.compile(r"\b(?:concert|service|carols?|mass|wedding|funeral|christening|nativity|play|show|fair)\W*$", re.I)
_KIND_AFTER = re.compile(r"\s+(?i:" + _SCHOOL_KIND + r")\b")


# "my bairn's school in Gateshead": a school placed in a town, which the caller weighs as ours
# only where the town is ours.
_SCHOOL_IN = re.compile(r"\bschool\s+in\s+(?!(?:Year|Reception|Nursery|January|February|March|April|May|June|July|August|"
                        r"September|October|November|December|English|Maths|Science|French|Spanish|German|History|Geography|"
                        r"Art|Music|PE|Lockdown|Covid)\b)((?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)\b", re.I)


def other_schools(original: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of schools named with capitals in the original text."""
    # "the carol concert at St Marys": the church is the venue, not another school.
    found = [(m.group(1), m.start(1), m.end(1)) for m in _SAINTS.finditer(original)
             if not _KIND_AFTER.match(original, m.end(1))
             and not _EVENT.search(original[max(0, m.start() - 30):m.start()])]
    found += [(f"{m.group(1)} school", m.start(), m.end()) for m in _SCHOOL_IN.finditer(original)]
    for m in OTHER_SCHOOL.finditer(original):
        words = m.group(1).split()
        if words and words[0].lower().strip(".") in _TITLES and words[-1].lower().endswith(("'s", "\u2019s")):
            continue  # "Mr Whitaker's school": the school a teacher works at, not a school's name
        if words and words[-1].lower().strip(".") in _NOT_NAMES:
            continue  # "THAT SCHOOL", "RUINED THE SCHOOL": a shouted phrase, not a name
        # "Shit school", "an English school": said of a school. "Hexley Free School", "St Mary's Free School",
        # "English School of Paris": a name, a proper word before the adjective or a place after it.
        if words and words[-1].lower().strip(".") in _SAID_OF and all(
                w.lower().strip(".") in _NOT_NAMES_ALL | _LEAD_INS for w in words) and not re.match(
                r"\s+of\s+[A-Z]", original[m.end():]):
            continue
        while words and words[0].lower().strip(".") in _NOT_NAMES | _LEAD_INS:
            words.pop(0)
        words, at = last_in_list(words, m.group(1))
        if words:
            name = m.group(0)[at:]
            found.append((name, m.end() - len(name), m.end()))
    return found


def opponent(text: str, start: int, end: int) -> bool:
    """Whether the school named at text[start:end] is the side ours played."""
    return bool(OPPONENT_BEFORE.search(text[max(0, start - 30):start])
                or OPPONENT_AFTER.match(text[end:end + 12]))


# A class code as schools write them ("9M", "10B", "6W2"): not a 3G pitch, a 4K film, a 10K run or £9M.
_CODE = re.compile(r"(?<![\w'£$€.])((?:[1-9]|1[0-3])[A-Z]\d?)(?![\w'])(?!\s*(?i:views|followers|likes|subs|subscribers|plays|streams"
                   r"|pencils?|batter(?:y|ies)|cells?|paper|pounds|quid|miles|km|tv|telly|screen|mast|pitch|printer|printing|film|movie|vision)\b)")
_NOT_CODE = frozenset("2D 3D 4D 1G 2G 3G 4G 5G 6G 4K 8K 5K 10K".split())

# Only a code placed as a class counts: "tyler in 9M", "lads from 10C", "tell 9M", "the 9G girls", round65's "mason kerr 11D got
# caught", not "my nans house 10B was burgled", "size 10C got it", "jus got 9A" (a review's). A bare "7B", "5A", "1V1", "12F" is as often a flat, a grade, a game or a seat; the class code pages the DSL alone.
_PLACED = re.compile(r"\b(?:in|from|of|form|class|tell|to)\s+(?:class\s+|form\s+)?(?P<a>(?:[1-9]|1[0-3])[A-Za-z]\d?)(?![\w'])"
                     r"|(?<![\w'£$€.])(?P<b>(?:[1-9]|1[0-3])[A-Z]\d?)\s+(?=(?:kids?|boys?|girls?|lads?|pupils?|students?|class|form|lot)\b)"
                     # Round 58's "Ryan O'Neill 9K, lives on Hexmoor estate": a child's full name, then the class ("(9K)", "9K's mum"); one
                     # name only before what a pupil does. Not "Flat 9B", "Pixel 7A", "Duracell 9V" (a review's).
                     r"|\b(?-i:[A-Z][a-z]+|[A-Z]{2,})\s+(?-i:(?:O['’]|Mc|Mac)?[A-Z][\w'’-]+|[A-Z]{2,}(?:['’][A-Z]+)?)\s*[,(]?\s*(?P<c>(?:[1-9]|1[0-3])[A-Za-z]\d?)\)?(?=(?:['’]s)?[\s,.!?)]|$)"
                     r"|\b(?!(?:Flat|Room|Unit|Block|Seat|Row|Gate|Platform|Bus|Route|Level|Floor|Version|House|Bay|Door|Ward|Bed|Court|Page)\b)(?-i:[A-Z][a-z]+)\s+(?P<d>(?:[1-9]|1[0-3])[A-Z]\d?)(?=,?\s+(?:lives|is|was|did|has|who|pushed|hit|punched|started|said|keeps)\b)"
                     r"|(?:^|(?<=[\s.!?]))(?!(?:the|in|at|of|to|from|room|flat|block|seat|unit|bus|gate|form|class|year|and|or|for|my|our|your|his|her|their|size|number|plot|house|shop|above|got|jus|just|get|ordered|bought|grade|row|page|road|street|lane|nans?|mums?|dads?|level|route|platform|door|ward|bed|bay|court|was|had)\s)[a-z]{3,}\s+(?!(?:the|in|at|of|to|from|room|flat|block|seat|unit|bus|gate|form|class|year|and|or|for|my|our|your|his|her|their|size|number|plot|house|shop|above|got|jus|just|get|ordered|bought|grade|row|page|road|street|lane|nans?|mums?|dads?|level|route|platform|door|ward|bed|bay|court|was|had)\s)[a-z]{3,}\s+(?P<e>(?:[7-9]|1[0-3])[A-Za-z])(?=\s+(?:got|gets|getting|is|was|did|has|cried|pushed|hit|punched|started|keeps)\b)")
# Written small, "in 5m", "in 2h", "in 3w" are minutes, hours and weeks.
_UNITS = frozenset("smhdwykgp")
# "Ridgeway High Parents": a thread of another school's is not ours because its post names no school.
CHAT = re.compile(r"\b(?:parents?|mums?|mams?|dads?|pta|forum|chat|group|families)\b", re.I)


def class_code(text: str, context: str = "") -> str | None:
    """The first class code in a post that names no school: a harmful post about "tyler in 9M"
    may be about one of ours (read sets: 37 such posts, every one ours)."""
    if other_schools(text) or (CHAT.search(context) and other_schools(context)):
        return None
    up = "".join(c.upper() if c.isascii() else c for c in text)
    for m in _PLACED.finditer(text):
        g = next(k for k in "abcde" if m.group(k))
        code, at = m.group(g), m.start(g)
        if code.upper() not in _NOT_CODE and _CODE.match(up, at) and not (code[-1].islower() and code[-1] in _UNITS):
            return code
    return None


# Someone else's children at another school (round 34's staff's private lives: "the deputy head
# sends her own kids to St Anne's"): a member of staff's family, not a rival. The writer's own
# children there ("my kids go to Greenfield") still point to the other school.
_THEIR_KIDS_AT = re.compile(
    r"(?:\b(?:his|her|their)|\b(?:mr|mrs|ms|miss|dr)\.?\s+\w+'s)\s+(?:own\s+)?(?:\w+\s+)?(?:kids?|children|son|daughter|lad|boy|girl|twins)(?:'s|s)?\s+"
    r"(?:go(?:es)?|went|is|are|'s|'re)\s+(?:to|at)\s+(?:the\s+)?$"
    r"|\bsends?\s+(?:his|her|their)\s+(?:own\s+)?(?:\w+\s+)?(?:kids?|children|son|daughter|lad|boy|girl|twins)\s+to\s+(?:the\s+)?$", re.I)


# ...and only where that person is staff: "her son goes to Greenfield and the head there shouted at
# him" is a friend's child, and "the head there" is Greenfield's; "parents should send their kids to
# Greenfield" is a rival named.
_STAFF_CUE = re.compile(r"\b(?:mr|mrs|ms|miss|dr)\.?\s+\w+|\b(?:head\s*teacher|head|deputy|teachers?|senco|tutor|site\s+manager|staff|sir)\b", re.I)


def their_kids_at(before: str) -> bool:
    """Whether the words just before another school's name place a member of staff's children there."""
    return bool((m := _THEIR_KIDS_AT.search(before)) and _STAFF_CUE.search(before[:m.end()]))
