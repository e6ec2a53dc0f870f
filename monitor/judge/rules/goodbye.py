"""A goodbye, in whatever words: the end named ("after tonight", "this is my last live", "took everything in mums
cabinet", "hba wont have to deal with me") beside words to those left ("sorry mum", "mum ily", "look after biscuit
for me", "thank you to everyone who was ever nice to me"), or said three ways to those left. Each of round 34's
read-set writers put it anew, and the phrase rules (selfharm.py, edge.py) found some: of the 77 read-set posts with
both halves, every one was paged by its writer, and 13 were not. A review's ninety posts split the ends in two: a
weak end ("my last live", "after tonight") is a leaver's, a stream's, a show's or a holiday's as often, and is read
only where its own sentence holds none of those; a strong end ("nobody will miss me", "saved up my tablets") is
not. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import LAUGH, Finding, sentence_at

_STRONG_END = re.compile(
    r"\b(?:(?:won'?t|wont|will\s+not)\s+have\s+to\s+(?:deal\s+with|put\s+up\s+with|worry\s+about|see)\s+me|(?:took|taken|taking)\s+everything\s+(?:in|from)\s+"
    r"(?:(?:my\s+)?(?:mums?|dads?|the)\s+)?(?:bathroom\s+)?(?:cabinet|medicine|meds)|everything\s+from\s+the\s+(?:medicine|meds)\s+(?:drawer|cabinet|box)"
    r"|(?:took|taken|taking)\s+(?:all\s+(?:of\s+)?)?(?:my\s+)?(?:mums?|dads?|nans?)'?s?\s+(?:pills|tablets|meds)|(?:saved|saving|stockpil\w+)\s+(?:up\s+)?(?:all\s+)?my\s+(?:tablets|pills|meds)"
    r"|(?:don'?t|dont|do\s+not)\s+want\s+to\s+wake\s+up\s+(?:at\s+all|ever|again|any\s*more)|sleep\s+for\s+good|(?:go\s+to\s+sleep\s+and\s+)?(?:not|never)\s+wake\s+up\s+(?:this\s+time|again)"
    r"|(?:i'?ll|ill|i\s+will)\s+be\s+gone|(?:i'?m|im)\s+already\s+gone|be\s+with\s+(?:my\s+)?(?:grandad|grandpa|grandma|nan|nana|gran|dad|mum)\s+(?:soon|again)"
    r"|(?:happier|better\s+off)\s+without\s+me|(?:nobody|no\s*one|no1)\s+(?:will|would|is\s+gonna)\s+(?:notice|miss)\s+(?:me|an\s+empty)|won'?t\s+notice\s+an\s+empty"
    r"|(?<!\bwe're\s)(?<!\bwere\s)(?<!\bshe's\s)(?<!\bhe's\s)(?<!\bshes\s)(?<!\bhes\s)(?:taking|take|swallow\w*)\s+(?:all\s+of\s+(?:them|em)|the\s+lot)\s+(?:tonight|tonite|2nite|now|rn)"
    # (Not children taken out: "coach here: taking all of them tonight to the cup final", "we're taking all of them tonight" (review A's).)
    r"(?![,\s-]+(?:to|for|out|on|round|along|home|with|bowling|swimming|skating|camping)\b)|this\s+is\s+goodbye"
    # probe88's: "ive taken them. all of mums ones from the bathroom", "ok im actualy doin it 2nite", "written letters for my mum".
    r"|(?:i'?ve|ive|i\s+have)\s+(?:just\s+)?taken\s+(?:them|them\s+all|it\s+all|the\s+lot|all\s+of\s+(?:them|em))(?=\W{1,4}(?:all\s+of\s+(?:\w+\s+)?(?:mums?|dads?|nans?)|im\s+sorry|i'?m\s+sorry|sorry))"
    r"|(?:i'?m|im|i\s+am)\s+(?:actually\s+|actualy\s+|really\s+|rly\s+)?(?:doing|doin)\s+it\s+(?:tonight|tonite|2nite|now|rn)(?![^.!?\n]{0,40}\b(?:revision|homework|essay|coursework|i\s+mean|lol)\b)"
    r"|(?:written|wrote)\s+(?:(?:the|my)\s+(?:letters|notes|goodbye)(?!\s+(?:to|for|from)\s+(?:santa|father\s+christmas|the\s+(?:council|school|head|governors|trust|paper|gazette)|my\s+mp|\w+\s+(?:mp|council)))"
    r"|letters\s+(?:for|to)\s+my\s+(?:mum|mam|dad|nan|gran))|(?:i'?m|im)\s+done\s+with\s+(?:everything|it\s+all|all\s+of\s+it)"
    r"|can'?t\s+keep\s+going|(?:can'?t|cant)\s+do\s+(?:this|it)\s+any\s*more|(?:can'?t|cant)\s+do\s+another\s+day|made\s+up\s+my\s+mind"
    r"|(?:won'?t|wont)\s+be\s+(?:here|around)\s+(?:much\s+longer|any\s*more|for\s+(?:results|christmas|my\s+birthday))|goodnight\s+forever)\b", re.I)
_WEAK_END = re.compile(
    r"\b(?:after\s+tonight|tonight'?s\s+the\s+(?:night|one)|tonight\s+is\s+the\s+night|tonight'?s\s+the\s+last(?!\s+(?:night|day|one|show)\s+of)"
    r"|(?:this\s+is\s+)?my\s+last\s+(?:live|post|snap|tiktok|video|night)(?!\s+(?:from|of|before|for|on|as|at|in)\b)|(?:the\s+)?last\s+(?:time|thing)\s+(?:i'?ll|ill|i\s+will)\s+(?:ever\s+)?(?:post|say|write)"
    r"|(?:won'?t|wont)\s+be\s+(?:here|around|in)\s+(?:tomorrow|tmrw)|final\s+post(?!\s+(?:from|of|before|for|on|as|at|in)\b)"
    r"|giving\s+(?:all\s+)?my\s+(?:stuff|things)\s+away"
    # threads35's "its done after today, ive got everything i need. tell ms marsh sorry about the essay x".
    r"|(?:it'?s|its|it\s+is|it\s+all\s+ends|it\s+ends|(?<!\bis\s)(?<!\bwas\s)all|i'?m|im|no\s+more)\s+(?:all\s+)?(?:done|over|ending|ends|finished)?\s*after\s+(?:today|tonight|this\s+week(?:end)?)"
    r"|after\s+(?:today|tonight)\s+(?:it'?s|its|it\s+is|it'?ll\s+be)\s+(?:all\s+)?(?:done|over|finished))\b", re.I)
# What makes a weak end ordinary, in its own sentence: a leaver, a show, a stream, a holiday, an account moved, a sale.
_ORDINARY_LAST = re.compile(r"😍|🎉|🥳|💅|🌴|😩|\b(?:leav\w+|leavers?|last\s+day|prom|moving|move|new\s+school|emigrat\w*|holiday|hols|trip|dofe|expedition|retir\w*"
                            r"|stream|season|match|final\s+whistle|show|panto|concert|gig|tour|camp|residential|uni|college|job|shift|deploy\w*|chemo|hospital"
                            r"|account|banned|delet\w+|insta|moving\s+to|charity|car\s+boot|vinted|depop|cheap|£|cast|break\s+a\s+leg|drama|script|scene|lyrics?|song"
                            r"|first\s+date|date\s+night|(?:dont|don'?t)\s+wait\s+up|disco|party|sleepover|wish\s+me\s+luck|excited|wedding|birthday|of\s+the\s+year"
                            r"|half\s*-?\s*term|officially|see\s+(?:u|you|ya)\s+(?:in|on|soon|next|tomorrow)|back\s+(?:on|in|next)|good\s+luck|as\s+(?:chair|captain|head|your)"
                            # A review's: the last exam, no more mocks, a deadline, braces, Ramadan, a finale, a strike, a fundraiser.
                            r"|last\s+(?:gcse|exam|paper|mock)s?|no\s+more\s+(?:mocks?|exams?|detentions?|school)|thank\s+god|finally|coursework|deadline|braces"
                            r"|ramadan|episode|finale|strike|fundrais\w*|sponsored|i\s+mean)\b", re.I)
_TO_THOSE_LEFT = re.compile(
    r"\bsorry\s+(?:mum|mam|mom|dad|nan|to\s+(?:everyone|every1|all|u\s+all|you\s+all|my\s+\w+))|\bsorry\s+(?:everyone|every1|everybody|all)\W*$|\b(?:mum|mam|mom|dad|nan)\W{0,3}(?:ily|i\s+love\s+(?:you|u)|love\s+(?:you|u)|i'?m\s+sorry|im\s+sorry|forgive\s+me)"
    r"|\blove\s+(?:you|u)\s+(?:all|mum|mam)\b|\bily\s+all\b|\blook\s+after\s+(?!(?:him|her|them|yourselves|yourself|urself|each\s+other|the|your|ur)\b)(?:my\s+\w+|mum|mam|dad|nan|\w+\s+for\s+me)"
    r"|\bthank(?:s|\s+you|\s+u)\s+to\s+(?:every(?:one|1)|the\s+(?:people|ones|few))\s+(?:at\s+\w+\s+)?who\s+(?:was|were|ever|actually)\b"
    r"|\bthe\s+only\s+(?:one|teacher|person|adult)\s+who\s+(?:ever\s+)?(?:listened|tried|noticed|asked|cared)|\b(?:mum|mam|dad)\s+(?:dont|don'?t)\s+be\s+(?:mad|sad|angry)"
    r"|\b(?:none\s+of\s+this\s+is|(?:it'?s|its)\s+not)\s+(?:your|ur)\s+fault|\bgoodbye\s+(?:forever|every(?:one|1)|mum|all)\b|\bbye\s+(?:forever|mum)\b"
    r"|\btell\s+(?:mum|my\s+\w+(?:\s+\w+)?)\s+(?:i\s+love\s+(?:her|him|them)|i'?m\s+sorry)|\b(?:dont|don'?t)\s+(?:be\s+sad|cry\s+for\s+me)|\bnever\s+forget\s+(?:me|that)"
    r"|\b(?:don'?t|dont)\s+(?:message|tell|text)\s+my\s+(?:mum|mam|dad)|\bwere\s+alright\s+really|\bwho\s+(?:actually|ever)\s+(?:cared|tried|listened)"
    r"|\btell\s+(?:(?:mr|mrs|ms|miss|sir)\.?\s+\w+|sir|miss|mum|mam|dad|nan|my\s+\w+)\s+(?:i'?m\s+|im\s+|i\s+said\s+)?(?:(?:really|so|rly|truly)\s+)?sorry\b"
    # probe65's story at 1am: "ty for everything everyone. sorry im like this. none of it was hollowbrooks fault or urs. love u all x".
    r"|\b(?:ty|thanks|thank\s+(?:you|u))\s+for\s+everything\s*,?\s+every(?:one|1|body)\b(?!\s+who\b)"
    r"|\bsorry\s+(?:i['’]?m|for\s+being)\s+like\s+this\b(?!\s+(?:today|rn|about|with|when|on\s+my|lately))"
    r"|\bnone\s+of\s+(?:it|this)\s+(?:was|is)\s+(?:\w+(?:['’]?s)?\s+)?fault\b"
    # probe88's: "im sorry lily im sorry for everything. dont tell ms marsh she'll think its her fault and it isnt", "sry mum x",
    # "Mr Lloyd you were the only one who was decent to me. Sorry it has to be like this."
    r"|\bsorry\s+for\s+everything\b(?!\s+(?:i|we|that|you)\b)|\bthink\s+(?:it'?s|its)\s+(?:her|his|their|your|ur)\s+fault\s+(?:and|but)\s+(?:it\s+)?(?:isn'?t|isnt|wasn'?t|wasnt|is\s+not)\b"
    r"|\b(?:sry|soz)\s+(?:mum|mam|mom|dad|nan)\b|\bthe\s+only\s+(?:one|teacher|person|adult)\s+who\s+(?:was|were|is)\s+(?:ever\s+)?(?:decent|kind|nice|good)\s+to\s+me\b"
    r"|\bsorry\s+it\s+(?:has|had)\s+to\s+(?:be|end)\s+like\s+this\b"
    # round63's "taking all of them tonight. tell everyone at hba it wasnt their fault".
    # ...typed fast, of a friend: "tell every1 it wasnt there fault", "tell my best friend its not her fault" (review A's); not of a thing
    # gone wrong ("tell everyone it wasnt their fault the concert was cancelled", "... we lost the quiz").
    r"|\btell\s+(?:every(?:one|1|body)|them\s+all|mum|mam|dad|my\s+(?:best\s+|little\s+|big\s+)?\w+)\s+(?:at\s+\w+\s+)?(?:that\s+)?"
    r"(?:it\s+)?(?:wasn'?t|wasnt|was\s+not|isn'?t|isnt|(?:it'?s|its|it\s+is)\s+not)\s+(?:their|there|your|ur|his|her|any(?:one|1)'?s)\s+fault\b"
    r"(?!\s+(?:the|we|that|they|our)\b)", re.I)


# A strong end is a leaver's too where the post says so: "You won't have to deal with me any more ... after 22 years".
_LEAVER = re.compile(r"\b(?:last\s+day|retir\w*|after\s+\d+\s+years|leaving\s+(?:hba|hollowbrook|the\s+school|for|to)|new\s+(?:job|school)|moving|as\s+your|maternity"
                     r"|sixth\s+form|leavers?)\b", re.I)


def goodbye(text: str) -> tuple[Finding, ...]:
    """A strong end, or a weak one in an ordinary-free sentence, beside words to those left; or those words three ways.
    Nothing in a laugh. The caller reads the author's own words (quotations blanked)."""
    if LAUGH.search(text) or not (left := _TO_THOSE_LEFT.search(text)):
        return ()
    end = (None if _LEAVER.search(text) else _STRONG_END.search(text)) or next((m for m in _WEAK_END.finditer(text)
                                            if not _ORDINARY_LAST.search(sentence_at(text, m.start(), m.end()))
                                            and not _ORDINARY_LAST.search(text[m.end():m.end() + 80])), None)
    if end:
        return (Finding("goodbye", " ".join(end.group(0).split())), Finding("goodbye", " ".join(left.group(0).split())))
    said = {" ".join(m.group(0).lower().split()) for m in _TO_THOSE_LEFT.finditer(text)}
    return tuple(Finding("goodbye", s) for s in sorted(said)) if len(said) >= 3 and not _ORDINARY_LAST.search(text) else ()


# A friend who has seen it and cannot reach them (probe60's, read after it was measured): "a boy in our year put up a
# goodbye post and none of us can get hold of him", "posted a goodbye type thing on insta about an hour ago ... its not
# even delivering", "hes put something really scary on his insta and his phone is OFF".
_POSTED_GOODBYE = re.compile(r"\b(?:posted|put\s+up|put|shared|wrote)\s+(?:\w+\s+){0,4}?(?:a\s+)?(?:goodbye|(?:something|smth)\s+(?:really\s+|proper\s+)?(?:scary|worrying|dark)"
                             r"|(?:something|smth)\s+(?:\w+\s+){0,4}?(?:that\s+)?(?:sounded|sounds|looked|looks)\s+like\s+(?:a\s+goodbye|(?:he|she)\s+(?:was|is)\s+saying\s+goodbye))\b", re.I)
# probe88's: "she just put 'bye' in the 9H gc and then nothing", "she was in a really bad place after what happened in form".
_SAID_BYE = re.compile(r"\b(?:put|posted|said|wrote|sent)\s+['‘\"]?(?:bye|goodbye|love\s+(?:u|you)\s+all)['’\"]?\s+(?:in|on|to)\s+(?:the\s+|her\s+|his\s+)?(?:\w+\s+)?(?:gc|group\s*chat|chat|story)\b"
                       r"|\b(?:was|is|been|she'?s|he'?s|shes|hes)\s+in\s+(?:a\s+)?(?:really\s+|proper\s+|very\s+|such\s+a\s+)?(?:bad|dark)\s+place\b", re.I)
_UNREACHABLE = re.compile(r"\b(?:(?:can'?t|cant|none\s+of\s+us\s+can|nobody\s+can|no\s*one\s+can)\s+get\s+hold\s+of|not\s+answering|phone\s+(?:is\s+)?off"
                          r"|(?:not|isn'?t|isnt)\s+picking\s+up|snap\s*map\s+(?:is\s+)?off|(?:rung|rang|called)\s+(?:her|him)\s+(?:like\s+)?\d+\s+times|and\s+then\s+nothing"
                          r"|(?:nobody|no\s*one)(?:'s|\s+has)\s+heard\s+from|not\s+(?:even\s+)?deliver\w*|not\s+opening|(?:isn'?t|not)\s+replying|left\s+the\s+(?:gc|group))", re.I)
_FOUND_SAFE = re.compile(r"\b(?:(?:he'?s|she'?s|hes|shes)\s+(?:ok|okay|safe|fine|home)|found\s+(?:him|her)|update|all\s+good|music\s+video|song|lyrics?|moving|leav\w+"
                         # ...nor a channel's, a retirement's, a pet's or a flight's goodbye (a check of our own).
                         r"|channel|subscribers|followers|comments|retir\w*|school\s+page|dog|cat|pet|rip|funeral|died|passed|abroad|holiday|time\s+difference"
                         r"|left\s+for|flight|australia|nan|grandad|grandma)\b", re.I)


def goodbye_seen(text: str) -> tuple[Finding, ...]:
    """A goodbye posted, told by one who cannot reach its writer; not once they are found safe."""
    if LAUGH.search(text) or _FOUND_SAFE.search(text) or not (posted := _POSTED_GOODBYE.search(text) or _SAID_BYE.search(text)) \
            or not (gone := _UNREACHABLE.search(text)):
        return ()
    return (Finding("goodbye", " ".join(posted.group(0).split())), Finding("out_of_reach", " ".join(gone.group(0).split())))
