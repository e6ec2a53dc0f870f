"""Prejudice in quiet words: a black SENCO hired "to tick a box", Traveller children blamed for the
drugs ("If HBA stopped taking kids off the traveller site the drugs would stop overnight. Everyone
knows it's them lot", round 54). No slur, and the model reads a complaint; the trope is the hate.
Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

# Hired for who they are: "these people only get the jobs to tick a box", "only gave him the job to tick a box"; a
# person and a job, not a forum or a training day "there to tick a box" (a review's).
_TICK_BOX = re.compile(r"(?:\b(?:these|those)\s+people|\b(?:him|her|them|he|she|they))\b[^.!?\n]{0,40}?\b(?:jobs?|role|post|hired|employed|appointed)\b"
                       r"[^.!?\n]{0,20}?\bto\s+tick\s+(?:a|the)\s+(?:diversity\s+)?box(?:es)?\b", re.I)
# A people blamed as a people in one sentence: "If HBA stopped taking kids off the traveller site the drugs would stop".
_BLAMED = re.compile(r"\b(?:travell?er|gypsy|gipsy|gyppo|pikey|roma)s?\b[^.!?\n]{0,80}?\b(?:drugs|thiev\w*|crime|nicking|stealing|trouble)\s+would\s+stop\b", re.I)
# ...not the people defended, a trope told of and condemned, or the school's own history month.
_DEFENDED = re.compile(r"\b(?:racis[mt]\w*|prejudice\w*|disgusting|vile|not\s+ok(?:ay)?|shame\s+on|reported|stereotyp\w*|bigot\w*|blam(?:e|ing)|history\s+month"
                       r"|as\s+a\s+travell?er|if\s+the\s+police)\b", re.I)


# Round 61's far right, at the gates: the "great replacement" counted in an assembly, a catchment where "you replace the
# population", the school run "like being in kabul", a SENCO who "only got that job cos he's black", a teacher's name
# answered with "they drive like they run their corner shops". Not a word a worried parent quotes ("gone from Minecraft
# to 'remigration'"), and not a holiday's heat "like being in Spain".
_REPLACED = re.compile(r"(?<!['‘\"“])(?<!\ba\s)\b(?:great\s+replacement(?!\s+(?:for\b|\w+er\b))|remigration|white\s+genocide|replac(?:e|es|ing)\s+the\s+(?:population|natives|white\s+\w+|(?:english|british)"
                       # Not the English department's books (a review's "replace the English textbooks"), nor "a great replacement goalkeeper".
                       r"(?!\s+(?:text\s*books?|books?|teachers?|department|dept|curriculum|lessons?|exams?|papers?|flags?|kit|staff|language|lit\w*)\b))"
                       r"|(?:we'?re|we\s+are|english\s+(?:kids|people|lads)\s+(?:are|being))\s+(?:being\s+)?replaced)\b(?!['’\"”])", re.I)
# ...a review's "might as well be in Pakistan", "basically Kabul now", "like being in bloody Karachi".
_LIKE_ABROAD = re.compile(r"\b(?:like\s+(?:being\s+in|walking\s+(?:into|through)|living\s+in|driving\s+through|a\s+day\s+in)|might\s+as\s+well\s+be\s+(?:in|living\s+in)|basically)\s+(?:bloody\s+|effing\s+|f\w*ing\s+)?"
                          r"(?:kabul|baghdad|karachi|mogadishu|islamabad|lahore|lagos|afghanistan|pakistan|somalia|bangladesh|the\s+third\s+world|a\s+third\s+world\s+country)\b", re.I)
# ...not a holiday in Lagos (Portugal's too), an Eid party "like being in Lahore" 😍, a gap year or a refugee's talk.
_FOND_ABROAD = re.compile(r"\b(?:holiday|hols|weather|sun|sunshine|beach|portugal|algarve|lovely|amazing|eid|diwali|festival|gap\s+year|for\s+a\s+(?:year|week|month)"
                          r"|refugee|so\s+moving|miss\s+(?:it|home|our))\b|😍|🥰|🏖️|☀️", re.I)
_HIRED_FOR = re.compile(r"\b(?:got|gets|given|get|landed)\s+(?:that|the|this|his|her|their)\s+(?:\w+\s+){0,2}?(?:job|role|post|promotion|headship)\s+(?:cos|coz|cause|'cause|because|bc|for\s+being)\s+"
                        # "cos hes black" as often as "cos he's black"; not "cos he's black belt".
                        r"(?:(?:he|she|they)(?:['’]?s|['’]?re|\s+is|\s+are)\s+)?(?:black|brown|asian|muslim|foreign|an?\s+immigrant)\b(?!\s+(?:belt|cab|tie)\b)", re.I)
# ...not where the post answers someone who says so ("Anyone who says he got the job cos he's black can jog on").
# ...nor the one answered to his face ("Craig no. You're saying he got the job because he's black and you know it").
_ANSWERED = re.compile(r"\b(?:(?:any(?:one|body|1)|people|those|whoever|some(?:one|body)|trolls?)\s+(?:who\s+(?:says?|said|thinks?|claims?|reckons?|is\s+saying)|saying|claiming|suggesting)"
                       r"|(?:you'?re|youre|you\s+are|ur)\s+(?:basically\s+|just\s+|really\s+)?(?:saying|implying|suggesting|claiming))\b"
                       r"(?![^.!?\n]{0,80}\b(?:(?:aren'?t|arent|are\s+not|r\s+not|isn'?t|not)\s+wrong|(?:are|r)\s+right|ha(?:ve|s)\s+a\s+point)\b)", re.I)
# "they drive like they run their corner shops", "they all run corner shops"; not the family who "run a corner shop near the gate".
_SHOPKEEPERS = re.compile(r"\b(?:they|these\s+people|those\s+people|his\s+lot|her\s+lot|their\s+lot|that\s+lot)\b[^.!?\n]{0,30}?\b(?:run|running|own|owning)\s+(?:their\s+|them\s+)?corner\s+shops\b"
                          r"|\blike\s+(?:they|he|she)(?:'re|\s+are|'s|\s+is)?\s+(?:run(?:ning)?|own(?:ing)?)\s+(?:a|the|their)\s+corner\s+shops?\b"
                          r"|\b(?:stick\s+to|go\s+back\s+to|back\s+to)\s+running\s+(?:their|them|a|the)\s+corner\s+shops?\b", re.I)
# threads40's: a people as vermin ("one of them off the traveller site ... Vermin the lot of them"), and staff asked where
# they come from by their names ("Nwosu, Okafor, Patel... does anyone at hollowbrook actually come from england?").
_PEOPLE = re.compile(r"\b(?:travell?ers?|gyps(?:y|ies)|gipsy|roma|immigrants?|migrants?|foreigners?|asylum|refugees?|muslims?|poles|polish|romanians?"
                     r"|eastern\s+europeans?|africans?|asians?|pakistanis?|somalis?|blacks|jews?|gays?|trans)\b", re.I)
_VERMIN = re.compile(r"\b(?:vermin|scum|parasites|animals|rats|filth|savages|cockroaches)\s+(?:the\s+)?(?:whole\s+)?lot\s+of\s+(?:them|em|'em)\b", re.I)
_NOT_FROM_HERE = re.compile(r"\b(?:does|do)\s+any(?:one|body|1)\s+(?:\w+\s+){0,3}?(?:actually|even|really)\s+come\s+from\s+(?:england|britain|the\s+uk|this\s+country|round\s+here)\b"
                            r"|\b(?:none|not\s+one)\s+of\s+(?:them|the\s+(?:staff|teachers))\s+(?:is|are)\s+(?:even\s+)?(?:english|british|from\s+(?:here|england|this\s+country))\b", re.I)
# threads41's: staff names as food ("half the staff list there reads like a takeaway menu now"), and a teacher's faith blamed
# for the fair ("has patel renamed it winterval so she doesn't offend her lot").
_MENU = re.compile(r"\b(?:staff\s+list|staff\s+page|names|register|staff\s*room|teachers|staff)\b[^.!?\n]{0,40}?\b(?:reads?|looks?|sounds?)\s+like\s+(?:a\s+|the\s+)?"
                   r"(?:takeaway|take-away|curry\s+house|kebab\s+shop|chinese|indian)\s+menu\b"
                   r"|\bso\s+(?:she|he|they)\s+(?:doesn'?t|doesnt|don'?t|dont|won'?t|wont|does\s+not)\s+offend\s+(?:her|his|their)\s+(?:lot|kind|people)\b", re.I)
# round64's coded and starred: "hbA got a j00 pr0blem 🤫🤫 iykyk", "My boy doesn't need some n****r raising him" (a slur
# starred past half its letters, which rules/hate.py leaves as a swear word's mask; no swear word is n****r).
_CODED = re.compile(r"\bj(?:ew|00|oo|3w|\*w)\s*-?\s*pr[o0]bl[e3]m\b|(?<![\w*])n[*#_]{3,5}(?:r|a|er|as|rs|az)(?![\w*])"
                    # probe92's: "they'd never let one of us run things in his country 🙄" of the SENCO.
                    r"|\b(?:never|wouldn'?t|would\s+never)\s+let\s+(?:one\s+of\s+us|us|a\s+white\s+\w+)\s+[^.!?\n]{0,30}?\bin\s+(?:his|her|their)\s+(?:own\s+)?country\b"
                    # ...a pupil given a banana by monkeys: "jaylen from 10C tryna act hard 🐒🐒 someone get him a 🍌".
                    r"|🐒+[^\n]{0,30}?\b(?:get|give|throw|chuck|buy)\s+(?:him|her|them|the\s+\w+)\s+(?:a\s+)?🍌"
                    # ...the noses of an old trope: "funded by the same 🌍💰 people. noticing isnt a crime 👃👃".
                    r"|\bnoticing\b[^\n]{0,40}?👃|👃[^\n]{0,40}?\bnoticing\b|\bsame\s+(?:🌍💰|💰🌍|\(\(\()", re.I)
# probe92's "Eid mubarak 🐷🐷🥓 enjoy ur bacon butties lads x": a pig for a Muslim feast.
_PIG = re.compile(r"(?:🐷|🐖|🐽)+")  # (the pig itself: "I had the bacon 🥓 lol" at the Eid lunch is a dad's own breakfast)
_MUSLIM = re.compile(r"\b(?:eid|ramadan|ramadhan|muslims?|mosque|halal|hijabs?|islam\w*|iftar)\b", re.I)
# ...nor a lesson on it or a parent's fear of it ("came home talking about the great replacement from tiktok, worried sick").
_TAUGHT_OR_FEARED = re.compile(r"\b(?:worried|worrying|worries|scared|concerned|came\s+home\s+(?:talking|saying|asking)|radicali[sz]\w*|conspiracy\s+theor(?:y|ies)\s+(?:with|in|for|lesson|session)"
                               r"|(?:lesson|session|workshop|talk)\s+(?:on|about)|pshe|who\s+do\s+i\s+(?:speak|talk)\s+to)\b", re.I)


def tropes(text: str) -> tuple[Finding, ...]:
    """"Hired to tick a box", a people blamed as a people, a people said to replace another; nothing where the post
    condemns it."""
    if _DEFENDED.search(text):
        return ()
    return (find_all("hate_phrase", _TICK_BOX, text) + find_all("hate_phrase", _BLAMED, text)
            + (() if _TAUGHT_OR_FEARED.search(text) else find_all("hate_phrase", _REPLACED, text))
            + (() if _FOND_ABROAD.search(text) else find_all("hate_phrase", _LIKE_ABROAD, text))
            + (() if _ANSWERED.search(text) else find_all("hate_phrase", _HIRED_FOR, text)) + find_all("hate_phrase", _SHOPKEEPERS, text)
            + (find_all("hate_phrase", _VERMIN, text) if _PEOPLE.search(text) else ()) + find_all("hate_phrase", _NOT_FROM_HERE, text)
            + find_all("hate_phrase", _MENU, text) + find_all("slur", _CODED, text)
            + (find_all("hate_phrase", _PIG, text) if _MUSLIM.search(text) else ()))


# Round 54's: "gr00mers r us academy 🤡🏳️‍🌈", "looking for boyfriends 🏳️‍🌈🤮", a trans pupil in scare quotes ("the 'girl' in year 7").
_FLAG_SMEAR = re.compile(r"(?:🏳️‍🌈|🏳‍🌈)[^\w\n]{0,8}(?:🤮|🤢|=\s*🤮)|(?:🤮|🤢)[^\w\n]{0,8}(?:🏳️‍🌈|🏳‍🌈)|\bgr(?:oo|00|👀)mers?\b(?=[^\n]{0,60}(?:🏳️‍🌈|🏳‍🌈))"
                         # Round 61's "🏳️‍🌈 at a PRIMARY school?? groomers the lot of em": the flag first.
                         r"|(?:🏳️‍🌈|🏳‍🌈)[^\n]{0,60}?\bgr(?:oo|00|👀)mers?\b"
                         # A review's: the plain rainbow and its lanyards ("🌈 flags in reception now?? groomers").
                         r"|(?:🌈|\brainbow\s+(?:flags?|lanyards?|badges?|laces))[^\n]{0,60}?\bgr(?:oo|00|👀)mers?\b", re.I)
_SCARE_QUOTED = re.compile(r"\b(?:the|a|this|that)\s+['‘\"“](?:girl|boy|lad)['’\"”]", re.I)
# ...and not where the post calls it out, or a parent speaks of their own child ("My child is trans. She was clearly a girl").
# (Not a bare "not": "the 'girl' in year 7 is not a girl" is the smear itself.)
# (A review's: "ignore the trolls calling staff groomers".)
_CALLED_OUT = re.compile(r"\b(?:reported|disgusting|vile|do\s+better|shame|transphob\w*|homophob\w*|my\s+(?:child|son|daughter)|trolls?|calling\s+(?:\w+\s+){0,2}gr(?:oo|00)mers)\b", re.I)

_TRANS_TALK = re.compile(r"\b(?:trans\w*|gender|pronouns?|identif\w*|transition\w*|toilets?|changing\s+rooms?|biolog\w*|mentally|pretend\w*|obviously|a\s+lad|a\s+boy|protest|pride|everyone'?s\s+on\s+about)\b", re.I)
_CATFISH = re.compile(r"\b(?:snap\w*|messag\w*|chatting|online|account|profile|pics?|photos?|tellonym|insta\w*|tiktok|dm\w*|sextort\w*|catfish\w*|fake)\b", re.I)

# Round 65's "gaz lloyd is bent as a nine bob note. wouldnt let him near my lads changing room", "that bent teacher at
# hollowbrook with the earring shouldnt be allowed near kids": a man called gay and kept from children. Not a bent copper,
# a bent ref or rules bent, nor "bent down to tie his lace".
_BENT = re.compile(r"\b(?:is|he'?s|hes|that|the|proper|a)\s+(?:\w+\s+)?bent\b(?!\s+(?:copper|cop|ref|referee|council\w*|rules?|over|down|double|out|nail|coin|on)\b)"
                   r"(?=[^\n]{0,80}\b(?:near|around|with|away\s+from)\s+(?:my\s+|the\s+|our\s+)?(?:kids|children|lads|boys|girls|changing\s+rooms?|pupils)\b|[^\n]{0,60}\bearring\b)", re.I)
_NOT_A_SMEAR = re.compile(r"\b(?:dogs?|pets?|pupp(?:y|ies)|pooch|doggy|bandanas?|cockapoo|cats?|salon|parlour|jager\w*|hangover|hungover|pints?|drunk|never\s+again|shots)\b", re.I)


def smears(text: str) -> tuple[Finding, ...]:
    """The pride flag retched at, "groomers" beside it, a trans pupil of a year group in scare quotes; not where the
    post calls it out or a parent speaks of their own child."""
    # "keep him away from the lads changing room" kept him from children too; "my bike wheel is bent ... with the kids" is a
    # thing bent (a review's look-alikes).
    bent = () if re.search(r"\b(?:reported|homophob\w*|do\s+better|shame\s+on|trolls?|wheel|bike|scooter|buggy|pram|frame|fork|key|spoon|nail"
                           r"|aerial|bumper|fence|railings?|goal\s*posts?|post|gate|sign|pole|trolley|rim)\b", text, re.I) else find_all("hate_phrase", _BENT, text)
    if _CALLED_OUT.search(text):
        return bent
    # A catfish's 'girl' on snap is a sextortion warning's, not a trans pupil's (the read sets: six warnings).
    trans = re.search(r"\b(?:year|yr|y)\s?\d{1,2}s?\b", text) and _TRANS_TALK.search(text) and not _CATFISH.search(text)
    # A dog groomer's shop window with the flag in it, Pride's hangover ("🏳️‍🌈🤮 too many jagerbombs"): a review's.
    flag = () if _NOT_A_SMEAR.search(text) else find_all("hate_phrase", _FLAG_SMEAR, text)
    return flag + (find_all("hate_phrase", _SCARE_QUOTED, text) if trans else ()) + bent
