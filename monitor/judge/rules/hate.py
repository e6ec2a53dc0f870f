"""Hate: slurs however they are spelt, "send her back", contempt for an accent, and hostility
to people for who they are. Pure functions of a post's text."""
from __future__ import annotations

import math
import re

from monitor.judge.rules.base import Finding, find_all
from monitor.judge.rules.lost_property import PLACES as _PLACES, lost_property as _lost_property
from monitor.judge.rules.spelling import plain_spelling
from monitor.judge.rules.tropes import smears, tropes

# Slurs, plain. Their disguised spellings ("p*ki", "d1ke", "n!gg3r") are built from this list.
SLURS = ("paki", "wog", "coon", "nigger", "nigga", "chink", "gyppo", "gypo", "gippo", "pikey", "kike", "raghead",
         "towelhead", "tranny", "faggot", "fag", "dyke", "poof", "poofter", "spastic", "spaz", "retard", "mong",
         "muzzie", "darkie", "sambo", "golliwog", "lezza", "lesbo", "shemale",
         # Round 10: more of the slurs aimed at the families of a UK school; not "Polak", a Pole's own word.
         "polack", "curry muncher", "chinky", "gook", "kaffir", "kafir", "nig nog", "jungle bunny")
# What a filter-dodger writes for a letter: digits and symbols that look like it, or a mask.
_LOOKALIKE = {"a": "@4", "e": "3", "i": "1!|", "y": "1i!|", "o": "0", "s": "5$", "g": "9", "t": "7", "l": "1|"}
_MASK = "*#_"


def _disguised(slur: str) -> str:
    """'paki' -> a pattern for paki, p*ki, p@k1, pak!; the first letter as written or a lookalike."""
    first = re.escape(slur[0]) if slur[0] not in _LOOKALIKE else f"[{re.escape(slur[0] + _LOOKALIKE[slur[0]])}]"
    # Two words may be written apart, joined or hyphenated: "curry muncher", "currymuncher", "nig-nog".
    rest = "".join("[ _-]?" if c == " " else f"[{re.escape(c + _LOOKALIKE.get(c, '') + _MASK)}]" for c in slur[1:])
    return first + rest + r"(?:s|z|es)?"


_SLUR = re.compile(r"(?<![\w*@$!|#])(?:" + "|".join(_disguised(s) for s in sorted(SLURS, key=len, reverse=True))
                   + r")(?![\w*@#])(?!\s+lime)", re.I)  # kaffir lime leaves are a recipe's


_SMOKE = re.compile(r"\b(?:(?:for|have|having|fancy|need|needed|want|grab|had|light|lit|sneaky)\s+a|quick|having|smoking|smoke|smoked|rolled|roll|packet\s+of|pack\s+of"
                    # "turned up late and smelt of fags", "20 fags and a lottery ticket"
                    r"|(?:smelt|smelled|smelling|smells?|stank|stinks?|stinking|reek(?:s|ed|ing)?|whiff)\s+of|\d+|twenty|ten)\s+$", re.I)
# "a fag break", "fag ash on the carpet": a cigarette's, after the word.
_SMOKE_AFTER = re.compile(r"\s*(?:break|end|ash|butt|packet)s?\b", re.I)


# A child or a parent telling what they were called (round 52): not the author's own word for anyone.
# ...said of a child or of the author, not wished: "if Patel doesn't like getting called a p*ki she can leave" (a review's).
_CALLED_IT = re.compile(r"\b(?:son|daughter|lad|boy|girl|kid|child|grandson|granddaughter|brother|sister|he|she|i|we|they|[DS]S|DD)\s+"
                        r"(?:has\s+|had\s+|have\s+|is\s+|was\s+|keeps?\s+)?(?:been|being|getting|gets|got|get)\s+called\s+(?:a\s+|an\s+)?$", re.I)


# ...unless a member of staff said it: "he got called a f*ggot by Mr Lloyd in front of the whole class" (a review's).
_BY_STAFF = re.compile(r"\W{0,3}by\s+(?:(?:mr|mrs|ms|miss|sir|dr)\.?\s+\w+|(?:a|the|his|her|their)\s+(?:teacher|ta|head\w*|deputy|senco|member\s+of\s+staff|coach))", re.I)


def slurs(text: str) -> tuple[Finding, ...]:
    """A slur, plainly or in disguise; at least half its letters written, so "f***" (a swear
    word starred out) is not "fag"."""
    out: list[Finding] = []
    for m in _SLUR.finditer(text):
        word = m.group(0)
        if sum(c in _MASK for c in word) > len(word) - math.ceil(len(word) / 2) or not any(c.isalpha() for c in word[1:]):
            continue
        if _CALLED_IT.search(text[max(0, m.start() - 40):m.start()]) and not _BY_STAFF.match(text, m.end()):
            continue  # "my son has been called a p*ki in the corridor": what was done to him, told
        if word.lower().startswith("fag") and (_SMOKE.search(text[:m.start()]) or _SMOKE_AFTER.match(text, m.end())):
            continue  # "nipped out for a fag": a cigarette
        f = Finding("slur", word)
        if f not in out:
            out.append(f)
    return tuple(out)


_PERSON = r"(?:him|her|them|you|u|the\s+teacher|the\s+lot(?:\s+of\s+(?:them|em))?|(?:all\s+)?(?:of\s+)?them|(?-i:[A-Z][a-z]+))"
# Sent back to a lesson, a seat or the office is school life, not hate.
_NOT_ABROAD = r"(?!\s+(?:to\s+(?:school|class|year|yr|lessons?|the\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+|my\s+\w+|work|bed|reception)\b|in\b|inside|into|up|out|down|over|home\b))"
# Children just after: "some bender teaching my lad", not "another bender near the canal" (a
# traveller's shelter) nor "a pipe bender in the workshop".
_CHILDREN_AFTER = r"[^.!?\n]{0,40}?\b(?:kids|children|pupils|son|daughter|lad|boys|girls|year\s*\d+s?|y\d+s?|class|school)\b"
_HATE = re.compile(
    r"\bgo\s+back\s+(?:to\s+)?" + _PLACES + r"|\bgo\s+back\s+home\b[\s.!]*$"
    # "Send her back to Lagos", "send the lot of them back", "should all be sent back", "deport him".
    r"|\b(?:send|ship|sending|shipping)\s+" + _PERSON + r"\s+(?:all\s+)?back\b" + _NOT_ABROAD
    + r"|\b(?:should|shud|needs?\s+to|must|ought\s+to|wants?)\s+(?:all\s+)?(?:be\s+|get\s+)?(?:sent|shipped)\s+back\b" + _NOT_ABROAD
    + r"|\bdeport(?:ed|ing)?\s+" + _PERSON + r"\b|\b(?:should|shud|needs?\s+to|must|wants?\s+to)\s+(?:all\s+)?(?:be|get)\s+deported"
    r"|\bget\s+" + _PERSON + r"\s+deported|\b(?:needs?|wants?)\s+deport(?:ing|in)\b"
    # Who may run or teach in a school, by race or nation.
    r"|\b(?:run|led|staffed|taught)\s+by\s+(?:proper\s+)?(?:english|white|british)\s+(?:people|folk|men|women|teachers|staff)"
    # ...not a review's "great replacement goalkeeper", "a great replacement for Mrs Marsh", a Prevent talk "on the 'great replacement'".
    r"|\b(?:foreign|immigrant)\s+(?:takeover|invasion)|\bstop\s*the\s*replacement\b|(?<!\ba\s)(?<!['‘\"“])\bgreat\s+replacement\b(?!\s+(?:for\b|\w+er\b))(?!['’\"”])"
    # The far right's slogans, written as they are chanted (round 40): "Britain for the British".
    r"|\b(?:britain|england)\s+for\s+the\s+(?:british|english)\b(?!\s+(?:people'?s\s+)?(?:party|bake\s*off|film|novel|book))"
    r"|\b(?:him|her|them|(?-i:[A-Z][a-z]+))\s+and\s+(?:his|her|their)\s+kind\b"
    r"|\b(?:muslims?|jews?|blacks|immigrants|foreigners|gays|trans\s+people|poles|romanians|gypsies)\s+(?:are|is)\s+(?:all\s+)?(?:scum|vermin|animals|rats|a\s+disease|filth|parasites)"
    r"|\b(?:shouldn'?t|should\s+not)\s+(?:be\s+allowed\s+to\s+)?(?:teach|be\s+teaching)\s+(?:our|white|english|british)\s+(?:kids|children)"
    r"|\b(?:not|never)\s+(?:proper|really)\s+(?:english|british)\b|(?:🐒|🦍|🐵)\s*(?:running|in\s+charge|as\s+(?:head|senco|deputy))"
    r"|\b(?:is|he'?s|she'?s)\s+(?:a|such\s+a)\s+(?:\w+\s+)?bender\b|\b(?:a|some|that|another|them|those|these)\s+(?:prancing\s+|\w+ing\s+)?benders?\b(?=\s+(?:teaching|near|around|in\s+charge|running|looking\s+after|tak(?:e|ing)|changing)\b" + _CHILDREN_AFTER + r")"
    # "They want to replace us and the school is helping them": the replacement myth, in a parent's words.
    r"|\b(?:they|them|these\s+people|those\s+people|that\s+lot|them\s+lot)\s+(?:want|wants|are\s+trying|plan|are\s+planning|intend)\s+to\s+replace\s+(?:us|our\s+(?:kids|children|people|culture|way\s+of\s+life|traditions))\b"
    # Not a job or a place lost: "they want to replace us all with agency staff", "...us by September", "...us next year".
    r"(?!\s+(?:all\s+)?(?:with|as|on|at|by|in|next|this|from|before|after|when|soon)\b)"
    r"|\b(?:her|his|their)\s+own\s+(?:sort|kind)\b|\bput\s+an?\s+(?:black|asian|muslim|foreign|african|indian|pakistani|polish|gay|trans)\s+(?:woman|man|person|lady|bloke|guy)\s+in\s+charge"
    r"|\b(?:shouldn'?t|should\s+not|don'?t|do\s+not)\s+(?:even\s+)?(?:be|belong)\s+in\s+(?:this|our|the)\s+country\b|(?-i:\bone\s+of\s+THEM\b)"
    # Contempt for a member of staff's accent or English.
    r"|\b(?:he|she|they|who|teacher|senco|head|headteacher|deputy|ta|tutor|caretaker|(?-i:[A-Z][a-z]+))\s+(?:can'?t|cannot|can\s+(?:barely|hardly)|could(?:n'?t)?|does(?:n'?t|\s+not)|do(?:n'?t|\s+not))"
    r"\s+(?:even\s+)?(?:speak|talk|write|string\s+a\s+sentence\s+together\s+in)\s+(?:proper\s+|decent\s+|real\s+)?english\b"
    r"|\b(?:can'?t|cannot)\s+understand\s+(?:a\s+word\s+)?(?:of\s+)?(?:his|her|their)\s+accent|#accent\b"
    r"|\b(?:doing|do|does|copying|mocking|taking\s+off)\s+(?:mr|mrs|ms|miss|sir)?\.?\s*[\w']+\s+voice\b(?=.{0,40}(?:😂|🤣|lol|accent))"
    # Round 10's development posts: hired for the colour of their skin, "this is ENGLAND", "you
    # know what they're like", "this kind of people should not be near children".
    r"|\b(?:hired|appointed|promoted|picked|chosen|got\s+the\s+job)\s+(?:\w+\s+){0,3}for\s+the\s+colou?r\s+of\s+(?:his|her|their)\s+skin"
    # Round 52's: "the gypsy family ... 3 kids starting at Hollowbrook. Lock your sheds and keep an eye on your cars",
    # "all them r0ma kids ... thievin lot", "learn english before you start moaning about our schools".
    r"|(?-i:\bThis\s+is\s+ENGLAND\b)|\b(?:gypsy|gipsy|gyppo|traveller|pikey|roma)\s+(?:lot|kids|famil(?:y|ies)|scum|children)\b[^\n]{0,120}\b(?:lock\s+(?:up\s+)?(?:your|ur)\s+(?:cars?|bikes?|doors?|sheds?|houses?|vans?)"
    r"|keep\s+an\s+eye\s+on\s+(?:your|ur)\s+(?:cars?|bikes?|vans?|sheds?|stuff|things|valuables)|know\s+what\s+they'?re\s+like|thie(?:v|f)\w*|robbing\s+(?:lot|gits|sods))"
    # threads31's "only got the job to tick a box. place is overrun with his sort now".
    r"|\b(?:overrun|infested|swarming|crawling)\s+(?:with|of)\s+(?:his|her|their|them|your|ur)\s+(?:sort|kind)\b(?!\s+of\b)"
    r"|\b(?:don'?t|dont|do\s+not)\s+want\s+(?:ur|your|you'?re|their|his|her|them)\s+(?:sort|kind)\b(?!\s+(?:of|teaching|running|near|around|in\s+charge|words?|wishes|regards|thoughts|comments|help|offers?)\b)"
    r"|\blearn\s+(?:to\s+speak\s+)?(?:proper\s+)?english\s+(?:before|first\s+before)\s+(?:you|u)\s+(?:start\s+)?(?:moan|complain|whing|criticis|slag)\w*"
    r"(?=[^\n]{0,80}\b(?:our\s+(?:schools?|country|town|kids|way)|chose\s+to\s+come|came\s+(?:over\s+)?here|go\s+back|love)\b)"
    r"|\b(?:this\s+kind\s+of\s+people|(?:she|he)\s+is\s+one\s+of\s+them)\b[^.!?\n]{0,40}\b(?:should\s*(?:not|n'?t)|must\s+not)\s+be\s+(?:near|around|teaching|allowed)"
    r"|\bhalf\s+of\s+them\s+in\s+(?:hijabs|headscarves|turbans)\b"
    # Round 13's development posts: the tropes of a culture-war row, sent back however it is spelt.
    r"|\bgo+\s+back\s+(?:to\s+)?wher(?:e|ever)\s+(?:\w+\s+){0,2}?(?:came|come|comes)\s+from\b"
    r"|\b(?:stick\s+to|go\s+back\s+to|should\s+be)\s+(?:running|working\s+in|behind\s+the\s+counter\s+of)\s+a\s+corner\s+shop\b"
    r"|\bdiversity\s+hire\b|\b(?:you|we|us|parents|people|english|british|whites?)\s+(?:are\s+)?(?:being|getting)\s+replaced\b(?!\s+(?:by|with|as|on)\b)"
    r"|\breplaced\s+one\s+\w+\s+at\s+a\s+time\b|\breplacement\s+(?:is\s+)?happening\s+(?:in\s+front|right\s+in|before)\b"
    r"|\b(?:they|these\s+\w+|them)\s+(?:are|'re)\s+(?:like\s+)?an?\s+occupying\s+(?:force|army)\b|\bthey\s+breed\s+(?:like|faster)\b"
    r"|\bsharia\s+(?:tomorrow|next|is\s+coming|coming)\b|\bburkas?\s+and\s+bombs\b|\bthird\s+world\s+(?:school|town|dump)\b"
    r"|\bproper\s+english\s+faces?\b|\bprayer\s+mats?\b(?=[^.!?\n]{0,40}\bback\b)|\bc[o0]ng[o0]\s+crew\b"
    r"|\bs[e3]nd\s+(?:em|them|'em)\s+all\s+b[a4@]ck\b|\bs3nd\s+(?:em|them|'em)\s+b[a4@]ck\b"
    # Round 15's: "typical of his lot", "their sort teaching our grandchildren", "get someone English",
    # "eastern european scum", stinks of curry, headscarves "taking over", send em back.
    r"|\btypical\s+(?:of\s+)?(?:his|her|their)\s+(?:lot|kind|sort)\b(?!\s+(?:of\b|nature|heart|self|soul|spirit|words?|gesture|personality|generosity|and\b))"
    r"|\b(?:their|his|her)\s+sort\s+(?:teaching|running|near|around|in\s+charge)\b"
    r"|\b(?:get|hire|want|wants|need|needs)\s+(?:someone|somebody)\s+(?:english|british|white)\s*(?=[.!?,]|$|(?:in\s+charge|for\s+(?:the\s+job|once)|to\s+(?:run|teach|lead)|instead)\b)"
    r"|\bproper\s+(?:english|british)\s+(?:senco|headteacher|head(?!\s+of\b)|deputy(?:\s+head)?)\b"
    r"|\b(?:he|she|they|them|(?-i:[A-Z][a-z]+)|(?:mr|mrs|ms|miss|sir)\.?\s+\w+|(?:that|this|the|their)\s+(?:\w+\s+)?(?:teacher|head|senco|woman|man|family|kid|lot|ta|class))\s+(?:stinks?|smells?|reeks?)\s+of\s+curry\b"
    r"|\bdiversity\s+box[-\s]?ticking\b|\b(?:fill(?:ing)?|meet(?:ing)?)\s+(?:a|the)\s+diversity\s+quota\b"
    r"|\b(?:hijabs|headscarves|turbans|burkas)\s+(?:(?:are|r|is)\s+(?:\w+\s+){0,2}?|now\W{0,3}(?:\w+\s+){0,2}?)tak(?:ing|en)\s+over\b|\btak(?:ing|en)\s+over\s+by\s+(?:\w+\s+){0,2}?(?:hijabs|headscarves|turbans|burkas)\b"
    r"|\b(?:send|ship)\s+(?:em|'em|them)\s+(?:all\s+)?back\s+(?:to\s+)?(?:where\s+(?:they|she|he)|their\s+own\s+countr(?:y|ies)|(?:africa|pakistan|poland|romania|india|bangladesh|somalia|nigeria|jamaica|syria|albania|eastern\s+europe)\b)"
    r"|\b(?:immigrants|migrants|foreigners|refugees|muslims|asylum\s+seekers|eastern\s+europeans|them\s+lot|that\s+lot|an?\s+\w+\s+and\s+an?\s+\w+\s+(?:running|in\s+charge|teaching))\b[^!?\n]{0,60}\b(?:send|ship)\s+(?:em|'em|them)\s+(?:all\s+)?back\b"
    r"|\b(?:typical\s+)?(?:eastern\s+european|polish|romanian|foreign|immigrant|migrant|muslim|paki\w*|african|asian)\s+(?:scum|vermin|filth)\b"
    r"|\b(?:eastern\s+european|foreign|immigrant|migrant|muslim|paki\w*)\s+(?:parasites|rats|animals|trash)\b"
    # Round 28's (read in round 16): the antisemitic echo and "who really runs" the schools and the
    # council; headscarves counted at the gate.
    # ...round a people or a group ("(((them)))", "Same (((people)))"), not Mumsnet's hug ("(((hugs)))", "(((OP)))").
    r"|\(\(\(\s*(?:them|they|their|those|these|people|the\s+\w+(?:\s+\w+)?|globalists?|bankers?|elites?|media|zionists?|jews?|soros|rothschilds?)\s*\)\)\)"
    # Who runs the schools: not the school on Takeover Day, the town's ducks, a home's puppy ("runs the show"),
    # nor where the post names who openly ("who really runs the council: developers").
    r"|\b(?:we\s+all\s+know|look\s+at|look|see|ask\s+yourself|guess)\s+who\s+(?:really\s+|actually\s+)?(?:runs|controls|owns|is\s+running|pulls\s+the\s+strings)"
    r"(?:\s+(?:the|this|our|your))?\s+(?:schools|councils?|country|media|banks|world|everything|it\s+all|things)\b"
    r"(?!['\u2019]|\s*[:\u2013\u2014]|\s+-\s|\s+(?:league|club|team|cup|committee|rota|trust|football|netball|chess|pta|kitchen|tuck|disco|fair|bar|cafe|shop|page|account)\b)"
    r"|(?<!n't\s)(?<!not\s)\bcount\s+the\s+(?:headscarves|hijabs|turbans|burkas|niqabs|skullcaps|kippahs|yarmulkes)\b"
    # Round 30's (read in round 17): staff "shipped in to replace decent folk", "go home 🇬🇧", "white
    # teacher out first chance they get", English teachers "pushed out for diversity quotas".
    r"|\b(?:shipped|bussed|brought|flown)\s+in\s+to\s+replace\s+(?:(?:the\s+)?(?:decent|proper|english|british|local|white|our\s+own|ordinary|hard\s*-?\s*working)\s+)+(?:folk|people|families|teachers|staff|workers|kids|brits|locals)\b"
    # A trip going "home 🇬🇧" is a trip: only "go home" said to someone.
    r"|(?<![\"“'‘])(?<!\bto\s)(?<!\bwe\s)(?<!\bi\s)(?<!\blets\s)(?<!\blet's\s)(?<!\bgonna\s)(?<!\bwanna\s)(?<!\bcan\s)(?<!'ll\s)\bg[o0]\s+h[o0]me\s*(?:🇬🇧|🏴)"
    r"|\bwhite\s+(?:\w+\s+)?(?:teacher|teachers|staff|man|woman|bloke|people|families|kids)\s+(?:out|pushed\s+out|forced\s+out|gone)\s+(?:first\s+chance|as\s+soon\s+as)\b"
    # "English teachers pushed out by the trust's budget cuts" is a department losing staff.
    r"|\b(?:english|british|white)\s+(?:\w+\s+)?(?:teachers?|staff|people|families|folk)\s+(?:being\s+|getting\s+)?(?:pushed|forced|driven|kicked)\s+out\s+(?:for|by|because\s+of)\b"
    r"(?!\s+(?:the\s+)?(?:academy|trust|trust's|budget|cuts?|funding|council|government|cheaper|money|redundanc\w*|restructur\w*|ofsted|new\s+curriculum|falling)\b)"
    # "She wasn't hired for diversity quotas" answers the slur.
    r"|(?<!\bnot\s)(?<!n't\s)(?<!\bnt\s)(?<!['’])\b(?!(?:wasn'?t|wasnt|isn'?t|isnt|not|never|didn'?t|didnt|weren'?t|werent|aren'?t|arent)\b)\w+\s+"
    r"(?:(?!(?:wasn'?t|wasnt|isn'?t|isnt|not|never|didn'?t|didnt|weren'?t|werent)\b)\w+\s+)?for\s+(?:the\s+)?diversity\s+(?:quotas?|box(?:es)?|figures|numbers|points)\b",
    re.I | re.S | re.M)
# A person likened to an ape, in emoji or words, where a member of staff is spoken of.
# "a monkey in a suit teaching our kids": the old slur of a Black man in a professional's clothes.
_APE = re.compile(r"(?:🐒|🦍|🐵)|\b(?:monkey|ape|gorilla)s?\b(?=[^.!?\n]{0,40}(?:🐒|🦍|🐵|running|in\s+charge))"
                  r"|\b(?:monkey|ape|gorilla)s?\s+in\s+(?:a\s+)?(?:suits?|ties?|lanyards?)\b"
                  r"|\b(?:got|have|has|hired|with)\s+an?\s+(?:monkey|ape|gorilla)\s+(?:running|in\s+charge|as\s+(?:head|senco|deputy))", re.I)
_FOND = re.compile(r"\b(?:cheeky|little|zoo|safari|class|year\s?\d|kids|children|reception|nursery|toy|costume|jungle\s+book)\b", re.I)

_IDENTITY = (r"(?:muslim|islamic|jewish|jew|black|asian|african|polish|foreign|immigrant|migrant|gay|lesbian|trans|"
             r"pakistani|nigerian|indian|hindu|sikh|romanian|gypsy|lgbt\w*|brown|chinese|eastern\s+european|refugee)")
_GROUP = r"(?:teachers?|staff|heads?|headteacher|woman|women|man|men|lot|people|ones|famil(?:y|ies)|kids|sort|kind|lady|bloke|senco|deputy|ta|tas)"
_HOSTILE_ACT = (r"(?:brainwash\w*|ran\s+(?:them|her|him)\s+out|run\s+(?:them|her|him)\s+out|kick\w*\s+(?:them|her|him)\s+out|drive\s+(?:them|her|him)\s+out"
                r"|send\s+(?:them|her|him)\s+(?:all\s+)?back|don'?t\s+belong|do\s+not\s+belong|taking\s+over|not\s+welcome|get\s+rid\s+of"
                r"|shouldn'?t\s+be\s+(?:allowed|teaching|near)|should\s+not\s+be\s+(?:allowed|teaching|near)|vermin|scum|filth|parasites?|invasion|infest\w*"
                r"|out\s+of\s+(?:our|this|hexley|the)\s+(?:town|country|school|area)|ban(?:ned)?\s+from|(?:their|the)\s+agenda|indoctrinat\w*|grooming\s+(?:our|the)\s+kids)")
_GROUP_HATE = re.compile(
    r"\b" + _IDENTITY + r"\s+(?:\w+\s+){0,2}?" + _GROUP + r"\b[^.!?\n]{0,90}?\b" + _HOSTILE_ACT
    + r"|\b" + _HOSTILE_ACT + r"\s+(?:\w+\s+){0,3}?" + _IDENTITY + r"\s+(?:\w+\s+){0,1}?" + _GROUP + r"\b",
    re.I)
# Gay and trans people called groomers or filth: the smear, beside what it is aimed at.
_LGBT = re.compile(r"\b(?:gay|lesbian|trans(?:gender\w*|sexual\w*|phob\w*|wom[ae]n|m[ae]n|\s+(?:kids?|child|children|pupils?|people|teachers?|rights|flag|day))?\b|transitioning|(?:social(?:ly)?|gender|medical(?:ly)?)\s+transition\w*|lgbt\w*|queer|pride\s+(?:club|month|flags?|week|assembly|walls?|display|board)|rainbow\s+(?:flags?|walls?|display|lanyards?|crossing|board|club)|about\s+['\u2018]?(?:two|2)\s+(?:mums|moms|mummies|dads|daddies)|(?:families|book|story)\s+(?:with|about)\s+(?:two|2)\s+(?:mums|dads)|same[\s-]sex|(?:his|her)\s+'?(?:wife|husband)'?(?=\s+pushing))\b", re.I)
_SMEAR = re.compile(r"\bgroomers?\b|\bfilth\b|\bperverts?\b|\bdegenerates?\b|\bpushing\s+(?:their|an?|the)\s+agenda\b|\bindoctrinat\w*", re.I)


def hate_phrases(text: str) -> tuple[Finding, ...]:
    """Identity-based abuse the model may score low: slurs in any spelling, "send her back to Lagos",
    "should be run by English people", contempt for an accent, and hostility to staff for who
    they are ("the muslim teachers ... ran them out of hexley")."""
    found = slurs(text) + tuple(f for f in find_all("hate_phrase", _HATE, text) if not _lost_property(text, f.evidence)) \
        + find_all("hate_phrase", _GROUP_HATE, text) + tropes(text)
    # ...and as it spells where letters are disguised ("sh1pped in", "g0 h0me").
    plain = plain_spelling(text)
    if plain != text:
        found += tuple(f for f in find_all("hate_phrase", _HATE, plain) if f not in found)
    if _LGBT.search(text) or _SAME_SEX.search(text):
        # ...not the word quoted to report it ("placards describing teachers as 'groomers'", threads of round 53's Gazette).
        found += tuple(f for f in find_all("hate_phrase", _SMEAR, plain) if not re.search(r"['‘\"“]" + re.escape(f.evidence) + r"['’\"”]", plain)) \
            + tuple(f for f in _masked_lgbt_slurs(text) if f not in found)
    found += smears(text)
    # "Disgusting that a parent said the traveller families are all thieving. Screenshotted and sent to the head" (a review's).
    if _TOLD_OF.search(text) and _CONDEMNED.search(text):
        found = tuple(f for f in found if not _STEREOTYPE.match(f.evidence))
    return found


_STEREOTYPE = re.compile(r"(?:gypsy|gipsy|gyppo|traveller|pikey|roma)\b", re.I)
# ...told of and condemned both: "Vile lot" alone is the bigot's own, "my neighbour says they are all thieving" agreed (a review's).
_TOLD_OF = re.compile(r"\b(?:said|saying|says|wrote|posted|claim\w*)\b", re.I)
_CONDEMNED = re.compile(r"\b(?:disgusting|vile|screenshot\w*|reported|shameful|appalling|racist|not\s+ok(?:ay)?)\b", re.I)


# Round 34's (read in round 19): "bender" is a night's drinking too ("went on a bender"); the slur is a
# person teaching, changing or near children, or a man seen with another man.
_BENDER = re.compile(r"(?<!\bon\s)(?<!\bhad\s)(?<!\bafter\s)\b(?:some|a|that|the|another|them|those|these|prancing|fucking|f\*+ing|bloody|gay)\s+benders?\b"
                     r"(?=\s+(?:teaching|getting|near|around|with|in\s+charge|running|taking|changing|looking\s+after|working|at\s+(?:the\s+)?school))"
                     # "went on a bender with the girls after pride": a night out.
                     r"(?!\s+with\s+(?:the|my|our|his|her)\s+(?:lads|girls|mates|parents|staff|team|friends|pals|work)\b)"
                     r"|\bbenders?\s+(?:teaching|near|around)\s+(?:my|our|the|kids|children)\b", re.I)
_SAME_SEX = re.compile(r"\b(?:holding\s+hands|kissing|snogging)\s+(?:with\s+)?another\s+(?:bloke|man|fella|guy|woman|lass|girl)\b"
                       r"|\b(?:his|her)\s+lifestyle\b|\bdifferent\s+families\b", re.I)
# A slur starred out but for its first letter: only where the post speaks of sexuality ("Rainbow
# flag up at HBA now. Full of f*****s"), since "f*****" alone is a swear word's mask.
_MASKED = re.compile(r"(?<![\w*])(?:f\*{5}s?|f\*{2}s\b|d\*{3}e?s?|p\*{3}s?|b\*{4}rs?)(?![\w*])", re.I)


# "f*****s" is "fuckers" too, "d***s" "dicks": in a post on the side of the flag ("the f*****s who
# ripped the rainbow flag down... proud of the kids who put it back"), the mask is a swear word.
_ALLY = re.compile(r"\bhappy\s+pride\b|\bproud\s+of\b|\bgood\s+on\b|\bwell\s+done\b|\bthanks?\s+to\b|\b(?:love|loves)\s+(?:school|it)\b"
                   r"|\bput\s+it\s+back\b|\bmy\s+(?:gay|trans|lesbian|queer)\s+(?:kid|son|daughter|child)\b|🏳️‍🌈|🏳‍🌈|🏳️‍⚧️", re.I)


def _masked_lgbt_slurs(text: str) -> tuple[Finding, ...]:
    masked = () if _ALLY.search(text) else tuple(Finding("slur", m.group(0)) for m in _MASKED.finditer(text))
    return masked + find_all("hate_phrase", _BENDER, text)


def dehumanising(text: str) -> tuple[Finding, ...]:
    """An ape emoji or word aimed at a person ("got a 🐒 running it"): the caller knows the post
    names a member of staff. Not where it speaks fondly of children or a zoo trip."""
    # "monkeys running the zoo 🐒" is the slur, whatever "zoo" says elsewhere.
    # ...and "teaching our kids" is who the slur says he is let near, not a fond word for children.
    fond = _FOND.search(re.sub(r"\brun(?:ning|s)?\s+the\s+zoo\b|\bteach\w*\s+(?:our|my|the|your)\s+(?:kids|children)\b", "", text, flags=re.I))
    return () if fond else find_all("dehumanising", _APE, text)


_IDENTITY_WORD = re.compile(
    r"\b(?:" + _IDENTITY + r"|race|racist|racial|religion|religious|islam|muslims|jews|christians?|skin\s+colou?r|"
    r"immigrants?|foreigners?|asylum|disabled|disability|retard\w*|spastic|gays|queer|homo(?:s|sexual\w*|phob\w*)?|lesbians|"
    # Not "transfer", "transport", "homework": the words of a school's day.
    r"gay|lesbian|bisexual|trans|transgender\w*|transsexual\w*|transphob\w*|tranny|sexist|blacks|nigg\w*|paki\w*|afric\w*|hijab|headscarf|turban|own\s+country|accent"
    # Othering without a word for who: "these people", "her own lot", "one of our own".
    r"|(?:these|those)\s+people|(?:her|his|their)\s+own\s+(?:lot|kind)|one\s+of\s+our\s+own|come\s+over\s+here"
    # Round 13: "her lot tekin over", "an English sentence", "a diversity hire".
    r"|(?:her|his|their)\s+lot|english\s+(?:sentence|name|face|head|school|kids)|diversity\s+hire)\b",
    re.I)
# Round 13: where someone "should go back to", what they are "like", the faith and the food they
# are sneered at for. Alone each is an ordinary word ("the Diwali assembly", "curry night"); it
# counts only where the model's hate score is already high (monitor/judge/abuse.py).
_ORIGIN = re.compile(
    r"\b(?:(?:send|sent|sendin[g']?|ship|shipped|shipping)\s+(?:\w+\s+){0,3}?(?:back|bak|b4ck)\b"
    r"(?!\s+(?:to|2)\s+(?:class|school|lessons?|the\s+(?:class|classroom|office|room|hall|start)|his|her|their|my|our|reception|sender)|\s+out)"
    r"|deport(?!ment)\w*|go(?:es)?\s+(?:back|bak|b4ck)\s+(?:to|2)\s+(?:where|wherever|ur|your|her|his|the|running|africa|afrika|india|pakistan|bombay|lagos)"
    r"|where(?:ver)?\s+(?:she|he|they|you)(?:'s|\s+is|\s+are|'re)?\s+(?:actually\s+|really\s+)?(?:came|comes|come|crawled)\b"
    r"|not\s+from\s+(?:here|round\s+here)|(?:off|on)\s+(?:the|a)\s+(?:next\s+)?(?:boat|b0at|dinghy)|small\s+boats?"
    r"|afrika|congo|third\s+world|kabul|karachi|bombay|com(?:e|es|ing|in)\s+over\s+here"
    r"|(?:proper|real)\s+english|english\s+(?:bloke|people|person|families|family|teachers?|man|woman|lads?)|british\s+parents"
    r"|(?:jobs?|it)\s+to\s+(?:our\s+own|locals|someone\s+local)|(?:your|her|his|their|that)\s+(?:sort|kind)\b(?!\s+(?:of\s+(?:thing|behaviour)|words?|gestures?|message))"
    r"|diversity\s+(?:hires|box|quotas?)|tick\w*\s+a\s+(?:diversity\s+)?box"
    r"|corner\s+shop|curry\s+(?:land|house|mob|smell)|(?:stink\w*|smell\w*)\s+(?:\w+\s+){0,4}?(?:of|o|like)\s+(?:a\s+)?curry"
    r"|(?:her|his|their)\s+curry|jungle|j[*-]?u?[*-]?n[*-]?g[*-]?l[*-]?e"
    r"|mosques?|madras+as?|sharia|halal|prayer\s+(?:room|mats?)|eid|diwali|muzz\w*|mozz(?!arella)\w*|hijab\w*|headscar(?:f|ves)|turbans?|burq?k?as?|niqabs?"
    r"|roma|somalis?|refugees?"
    # Travellers only beside contempt: "the travellers' kids are being failed" is a parent's defence.
    r"|travell?ers?\b(?!['’]?\s*(?:cheques?|rest)\b)(?=[^.!?\n]{0,60}\b(?:scum|thiev\w*|robb\w*|nick\w*|steal\w*|filth\w*|vermin|dirty|feral|animals)\b)"
    r"|(?:scum|thiev\w*|robb\w*|filth\w*|vermin|dirty|feral)\b[^.!?\n]{0,40}\btravell?ers?"
    r"|(?<!\bref )(?<!\brules )(?<!\bbike )(?<!\bbikes )(?<!\bwheel )(?<!\bpost )(?:is|'s|hes|shes|proper|so|a\s+bit|bit|as)\s+bent\b(?!\s+(?:over|on|out|the|rules|in))|b[e3]nd[e3]rs?|rug\s+munchers?"
    r"|(?:his|her)\s+['\"‘“](?:wife|husband|partner|girlfriend|boyfriend)|pride\s+club|rainbow\s+lanyard|drag\s+(?:queens?|story|act|show)"
    r"|(?:your|their|her|his)\s+lifestyle"
    # Round 22: who can't speak English, whose country it is, "people like her", "that lot" taking over.
    r"|(?:can'?t|cannot|couldn'?t|can\s+not)\s+(?:even\s+)?speak\s+(?:proper\s+|a\s+word\s+of\s+)?english"
    r"|couldn'?t\s+understand\s+a\s+word\s+(?:she|he|they)\s+said|(?:not|isn'?t|ain'?t|aint|no\s+longer)\s+(?:a\s+)?british\s+(?:school|town|country)|british\s+(?:schools?|jobs|homes|teachers)\s+for\s+british\s+(?:kids|children|people|families)"
    r"|british\s+values|tak(?:ing|en|e)\s+over\s+(?:every|all\s+the|this)\s+(?:\w+\s+)?(?:schools?|country|town|jobs)(?!\s+(?:hall|field|play|show|disco|fair|library|gym|trip))"
    r"|(?:for|are|paying\s+for)\s+people\s+like\s+(?:her|him|them)\s+to|fill\s+(?:it|the\s+\w+)\s+with\s+(?:that|their)\s+lot"
    r"|go\s+back\s+home\s+(?:love|luv|mate|pal|then|now)|go\s+(?:back\s+)?home\s*,?\s+(?:mrs|mr|miss|ms|dr)\.?\s+\w+)\b",
    re.I)


def identity_words(text: str) -> tuple[Finding, ...]:
    """What a post says about who someone is (race, religion, origin, language, disability, sex,
    sexuality), read as written and as it spells where letters are disguised ("afr1ca", "r3fugee")."""
    plain = plain_spelling(text)
    plain = plain if plain != text else ""
    found = find_all("identity", _IDENTITY_WORD, text) + find_all("identity", _ORIGIN, text)
    if plain:
        found += tuple(f for f in find_all("identity", _IDENTITY_WORD, plain) + find_all("identity", _ORIGIN, plain)
                       if f not in found)
    return found
