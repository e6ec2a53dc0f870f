"""Ordinary posts the model reads as threats, with no threat phrase in them (round 61's confessions page, quiet61's
hobbies): a fire drill announced ("heads up fire drill tmrw 10:15 ... dont freak when the alarm goes"), a child's
shout at a brother over cereal told by his mother ("Mine shouted I'M GOING TO END YOU at his brother over breakfast").
Triage does not take the model's threat score alone for a threat where one is found. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all
from monitor.judge.rules.staffroom import gripe

# A drill told of ahead, so nobody panics: not "next time it won't be a drill" (a threat rule's), nor a drill
# someone says they will make real.
_DRILL = re.compile(r"\b(?:fire|lockdown|evacuation|invacuation|earthquake)\s+(?:alarm\s+)?(?:drill|practice|test)\b"
                    r"(?=[^\n]{0,100}\b(?:(?:don'?t|dont|do\s+not|no\s+need\s+to)\s+(?:freak|panic|worry|be\s+(?:scared|alarmed|worried))|heads\s+up|fyi|just\s+so\s+(?:you|u)\s+know"
                    r"|apparently|reminder|at\s+\d{1,2}[:.]\d{2}|\d{1,2}[:.]\d{2}|period\s+\d|p\d\b)\b)", re.I)
# A trip's early start ("TRIP TMRW!!! coach leaves marlow road gate 7.45 dont be late or mr lloyd WILL leave u").
_TRIP = re.compile(r"\b(?:coach|minibus|bus|trip)\s+(?:leaves|departs|goes|sets\s+off)\b[^\n]{0,40}?\b\d{1,2}[:.]\d{2}\b"
                   r"(?=[^\n]{0,80}\b(?:don'?t|dont|do\s+not)\s+be\s+late\b)", re.I)
# A child marched home by the ear ("if that was my kid id be dragging him down marlow road by his ear", probe78).
_BY_THE_EAR = re.compile(r"\bdragg?(?:ing|ed|s)?\s+(?:him|her|them|em)\s+(?:\w+\s+){0,5}?by\s+(?:his|her|their|the)\s+(?:ears?|collar)\b", re.I)
_NOT_A_DRILL = re.compile(r"\b(?:won'?t|wont|will\s+not|isn'?t|not)\s+(?:be\s+)?a\s+drill\b|\breal\s+(?:one|thing)\b|🔪|🔫|💣|😈"
                          # ...nor one beside the writer's own plan for it (review A's look-alikes, each lost its page): "when
                          # everyones lined up on the field thats when it happens", "he wont be standing after", "mr lloyd sits
                          # at the back on his own, easy target", "hes not coming back from this trip".
                          r"|\b(?:that'?s|thats)\s+when\s+(?:it|i|we)\b|\bwhen\s+(?:it\s+happens|i\s+do\s+it)\b|\beasy\s+target|\bnot\s+coming\s+back\b"
                          r"|\b(?:won'?t|wont|will\s+not)\s+be\s+(?:standing|coming\s+(?:back|home)|walking|breathing)\b|\bscreams?\b|\bhiding\s+from\s+me\b"
                          r"|\bi\s+know\s+(?:which|where)\s+(?:door|room|way|exit|class)", re.I)
# A child's shout told by a parent: "shouted I'M GOING TO END YOU at his brother", "screamed 'ill kill u' at her sister".
# probe81's "Is it normal for siblings to scream 'I HOPE YOU DIE' at each other over a HAIRBRUSH??": the same, said of both.
_SHOUTED = re.compile(r"\b(?:shout(?:ed|s|ing)?|scream(?:ed|s|ing)?|yell(?:ed|s|ing)?|bellowed|roared)\b[^\n]{1,60}?\bat\s+(?:(?:his|her|their|my)\s+(?:little\s+|big\s+|baby\s+|older\s+|younger\s+)?"
                      r"(?:brother|sister|bro|sis|twin|cousin|siblings?|dad|mum|mam|nan|the\s+(?:tv|telly|xbox|ps5|screen))|each\s+other|one\s+another)\b", re.I)
# The writer's own tiredness: "6.15?? on a MONDAY?? I will be dead. someone bring me a coffee" (probe81).
_WEARY = re.compile(r"\b(?:i'?ll|i\s+will|ill|i'?m\s+gonna|im\s+gonna|i'?m\s+going\s+to)\s+(?:actually\s+|literally\s+)?be\s+(?:dead|a\s+zombie|knackered|shattered)\b"
                    r"(?=[^\n]{0,80}\b(?:coffee|tea|sleep|bed|tired|early|alarm|a\.?m\b|morning))", re.I)

# Round 40's reviews: a wait with a kind errand or in company ("someone should wait with her at the bus stop, she's only year
# 7", "we should wait outside the school until the coach gets back", "a few of us should wait for mr whitaker after school
# with flowers", "someone should wait by that car park exit at 3 and direct traffic"), and a safe journey home wished ("Hope
# Mrs Okafor gets home safe tonight in the snow, drive carefully"). The model reads each as a threat.
_KIND_WAIT = re.compile(
    r"\b(?:wait|waiting|hang\s+about)\s+(?:[\w']+\s+){0,6}?(?:with\s+(?:her|him|them|the\s+(?:little\s+ones|kids|children|year\s*\d+s?))\b(?!\s+(?:a|my|the)\s+\w+\s+(?:bat|knife))"
    r"|(?:until|till|til)\s+(?:the\s+)?(?:coach|minibus|bus|(?:her|his|their)\s+(?:mum|mam|dad|nan|parents?))\b"
    r"|for\s+(?:the\s+)?(?:year\s*\d+s|little\s+ones|kids|coach|minibus|results?|vote|pick\s*-?\s*up)\b"
    r"|to\s+(?:help|wave|cheer|clap|direct)\b|with\s+(?:cakes?|flowers|banners?|balloons|signs?|cards?|a\s+sign|brollies|umbrellas?)\b)"
    r"|\b(?:wait|waiting)\b[^\n]{0,80}\b(?:and\s+)?direct\s+(?:the\s+)?traffic\b"
    # ...and a visit with a card: "someone should go round mr whitakers house and drop off a card, he's been poorly".
    r"|\bgo\s+round\b[^\n]{0,60}\b(?:with|drop\s+off|take|bring)\s+(?:him\s+|her\s+|them\s+)?(?:a\s+|some\s+)?(?:card|flowers|cake|soup|present|gift|meal|food|lasagne|casserole)\b"
    r"|\b(?:hope|hoping)\s+(?:[\w']+\s+){0,3}?(?:gets?|got|get\s+back|stays?|keeps?)\s+(?:home\s+)?safe\b"
    r"(?=[^\n]{0,80}\b(?:snow|ice|icy|fog|foggy|weather|roads?|drive\s+(?:carefully|safe)|storm|wind|flood\w*|trip|journey|holiday|travels?)\b)", re.I)
# A child's dread of the needle: "hba year 8 hpv jab tomorrow. if i die tell my mum im sorry about the hamster" (probe84).
_JAB_DREAD = re.compile(r"\bif\s+i\s+(?:die|pass\s+out|faint|don'?t\s+make\s+it|dont\s+make\s+it)\b"
                        r"(?=[\s\S]{0,200}?\b(?:jabs?|vaccin\w*|boosters?|hpv|injections?|needles?)\b)|\b(?:jabs?|vaccin\w*|boosters?|hpv|injections?|needles?)\b"
                        r"[\s\S]{0,200}?\bif\s+i\s+(?:die|pass\s+out|faint|don'?t\s+make\s+it|dont\s+make\s+it)\b", re.I)
# ...never beside harm: "someone should wait with the lads for him with a bat".
_HARM_TOO = re.compile(r"\b(?:bats?|knife|knives|blade|brick|batter\w*|kick\w*|punch\w*|hurt|slap\w*|smash\w*|jump\w*|lesson|sort\w*\s+(?:him|her|them)\s+out"
                       r"|(?:have|had)\s+a\s+word|teach\s+(?:him|her|them)|do\s+(?:him|her)\s+in|drop\s+(?:the|it|this|that)|withdraw\w*|or\s+else)\b|🔪|👊|🥊", re.I)

# Co-parents' arrangements (round64's "@jodiebx he's got football kit not PE kit this week, HBA swapped it. I'll drop his
# boots at yours after work. Also dentist 4pm thurs, can you do it or shall I?", the model at 0.74 on threat).
_HANDOVER = re.compile(r"\b(?:i'?ll|i\s+will|can\s+you|could\s+you|will\s+you)\s+(?:drop|bring|take|run)\s+(?:his|her|their|the\s+kids'?|the)\s+(?:\w+\s+)?"
                       r"(?:boots|kit|bag|coat|book|books|stuff|things|shoes|trainers|uniform|lunch\s*box|glasses|inhaler|charger|reading\s+book|pe\s+kit|swimming\s+kit|homework)\s+"
                       r"(?:\w+\s+)?(?:at|to|round\s+to|over\s+to|in\s+to|into)\s+(?:yours|your\s+(?:house|place|mum'?s|flat)|school|the\s+office|reception)\b"
                       r"|\bcan\s+you\s+do\s+(?:it|that|the\s+\w+)\s+or\s+shall\s+i\b", re.I)
# ...with an appointment beside "can you do it or shall I", never a threat: review B's look-alikes each lost a sure model's
# page to it ("That teacher at hollowbrook needs a slap. can you do it or shall I?", "I'll drop his boots at yours. Mr Lloyd
# won't be coaching at HBA much longer after what I've got planned for him", "...The head at Hollowbrook better pray I don't
# find her tonight", "...I've got a present for Mr Whitaker too, petrol and a lighter 🔥", "...Okafor had better enjoy
# Christmas, it's her last", "...tell that Kevin Doyle he'll be found in the skip behind hollowbrook").
_ERRAND = re.compile(r"\b(?:dentist|doctors?|gp|optician|orthodontist|appointment|appt|parents'?\s+evening|pick\s*-?\s*up|drop\s*-?\s*off|school\s+run"
                     r"|nativity|meeting|form|swimming|match|party|haircut|clinic|jab|flu|assembly|concert|trip|club|disco|play\s*date)\b", re.I)
_MENACE = re.compile(r"\b(?:kill\w*|stab\w*|hurt\w*|batter\w*|beat\w*|smash\w*|punch\w*|kick\w*|slap\w*|burn\w*|petrol|lighter|fire|bat|knife|blade|gun|acid"
                     r"|dead|die|end\s+(?:him|her|them)|ambulance|hospital|teeth|floor|skip|boot\s+of|in\s+the\s+boot|going\s+in\s+the|found\s+in|pray|regret|pay\s+for|sorry"
                     r"|(?:sort\w*|deal\w*)\s+(?:\w+\s+){0,2}?(?:out|with)|have\s+a\s+word|planned|plans?\s+for|present\s+for|business|getting\s+(?:it|done|battered|what)|gets?\s+done"
                     r"|what'?s\s+coming|card\s+is\s+marked|marked|watch\s+(?:his|her|your|ur)\s+back|better\s+(?:not|pray|watch|enjoy|hope)|won'?t\s+(?:see|be\s+\w+ing|touch|make)"
                     r"|(?:his|her)\s+last|it'?s\s+(?:his|her)\s+last|know\s+where|find\s+(?:him|her|them)|wait\w*\s+(?:for|outside|at)|lads|brothers|cousins|lays?\s+a\s+hand"
                     r"|not\s+careful|nicked|make\s+sure\s+of\s+it|(?:tell|warn)\s+(?:that|your|ur|him|her|mr|mrs|miss|ms)\b(?!\s+(?:the\s+)?office))\b|🔪|🔥|🔫|💀|☠|👊", re.I)


def _handovers(text: str) -> tuple[Finding, ...]:
    """The handover, where nothing in the post menaces; "can you do it or shall I" only beside an appointment."""
    if _MENACE.search(text):
        return ()
    return tuple(f for f in find_all("handover", _HANDOVER, text)
                 if not f.evidence.lower().startswith("can you do") or _ERRAND.search(text[:text.find(f.evidence)]))


_AT_SCHOOL = re.compile(r"\b(?:the\s+teacher|teachers?|(?:mr|mrs|ms|miss|sir)\b|school|hba|hollowbrook|head(?:teacher|master|mistress)?\b|class)", re.I)


def everyday(text: str) -> tuple[Finding, ...]:
    """A drill or a trip's start announced, a child's shout at a sibling told of, a kind wait, a co-parent's handover, a
    teacher's gripe at the microwave: where the model alone is not believed (the shout and the gripe take back a veiled phrase
    inside them too: triage reads both as "told_shout")."""
    drill = () if _NOT_A_DRILL.search(text) else find_all("drill_notice", _DRILL, text)
    # A shout that names a teacher or the school is no sibling's row: "he shouted ill kill the teacher at his sister and
    # now hes gone out", "yelled 'I'll burn hba down' at her brother" (review A's look-alikes).
    shouts = tuple(f for f in find_all("told_shout", _SHOUTED, text) if not _AT_SCHOOL.search(f.evidence))
    return (drill + shouts + (() if _NOT_A_DRILL.search(text) else find_all("trip_notice", _TRIP, text))
            + find_all("by_the_ear", _BY_THE_EAR, text) + find_all("weary", _WEARY, text) + _handovers(text)
            + gripe(text)
            + (() if _HARM_TOO.search(text) else find_all("kind_wait", _KIND_WAIT, text) + find_all("jab_dread", _JAB_DREAD, text)))
