"""A reply read with what it answers: "say the word 😂" under "someone needs to wait for him in
the staff car park", "what number 👀" under "she lives on Ashdown Close", "do it then" under a
pupil's goodbye. Alone each is nothing; under its post each joins in with the harm above it.

Round 36's thread writer (writer 144) wrote replies that only make sense with the post they answer;
careful readers read them so, as a DSL reading the thread would. Only the harms the rules find in
the post answered count (a threat, a home or a car posted, a child saying goodbye), and never a
reply that rebukes, reports or denies: most replies to a threat on the read sets tell its author
to delete it ("delete this daz seriously", "bit much mate", "reported").
"""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding
from monitor.judge.rules.goodbye import goodbye
from monitor.judge.rules.locators import described_home, personal_locators
from monitor.judge.rules.reporting import denial, reported_speech
from monitor.judge.rules.routine import confronts, incitement, routine_cue
from monitor.judge.rules.safeguarding import child_at_risk
from monitor.judge.rules.selfharm import final_farewell
from monitor.judge.rules.threats import plain_spelling, threat_phrases

# A reply that joins in with a threat above it: "get down there mate, I'll come with you", "ill come with the lads"
# (not "with the kids": the thread's threat decides, but the lads and the boys are coming to it).
_JOINS_IN = re.compile(
    r"\b(?:i'?ll|ill|i\s+will|we'?ll)\s+come\s+with(?:\s+(?:u|you|ya|yer))?\b(?!\s+(?:my|the|a|an|her|his|some|to|for|it)\b(?!\s+(?:lads|boys|bros?|crew|gang)\b))|\bget\s+(?:down|round|over)\s+there\b"
    # Round 35's read: "say the word daz and we'll be at marlow rd at 3"; round 36's: "say the word 😂", alone.
    r"|\bsay\s+the\s+word\b(?=[^\n]{0,60}\b(?:we'?ll|we\s+will|i'?ll|ill|i'?m|im|there|be\s+at)\b)|^\W*say\s+the\s+word\b(?=\W*(?:\w+\W*){0,2}$)"
    # threads43's: "And if Okafor keeps covering for him she can have the same. Nobody round here would miss her either".
    r"|\b(?:she|he|they|him|her|them|(?:mr|mrs|ms|miss)\.?\s+\w+)\s+can\s+have\s+(?:the\s+same|some\s+too|it\s+too)\b"
    # ...not a thing had the same of ("she can have the same teacher as her brother", "the same card as Mr Lloyd": review B).
    r"(?!\s+(?:cake|treat|sticker|prize|order|one|deal|colou?r|size|lunch|dinner|food|snack|drink|rules?|chance|time|kit|uniform|seat|lift|day"
    # ...but "the same treatment", "the same as him" are the threat's own (review B).
    r"|as(?!\s+(?:him|her|them|he|she|they|(?:mr|mrs|ms|miss)\.?\s+\w+)\s*(?:[.!,?😂🔪]|$))"
    r"|teacher|class|tutor|form|set|card|present|gift|book|mug|room|bag|shoes?|coat|dress|costume|bed|party|again\s+next)\b)"
    r"|\bcount\s+me\s+in\b|\babout\s+time\s+some(?:one|body|1)\b|\b(?:i'?m|im)\s+(?:in|coming\s+too|coming\s+with)\b(?=\s*(?:[.!,]|$|mate|bro|lad))",
    re.I)

# "what number bus goes past", "what number do I ring", "whats the number for 101": another number asked for.
# ("which house is the one", "whats the number of the house": the home itself asked for, so "is the" and
# "of the" only before a school's, an office's or a service's name.)
_OFFICE = r"(?:school|office|police|council|bus|helpline|nspcc|childline)"
_ELSE = r"\s+(?:bus|is\s+for|is\s+the\s+" + _OFFICE + r"|do\s+(?:i|we|you)|should|to\s+(?:ring|call|text)|for|of\s+the\s+" + _OFFICE + r")\b"
# Asking for the rest of a home or a car posted above: "what number 👀", "which house", "postcode?".
_ASKS_WHERE = re.compile(
    r"\b(?:what|which|wat|wot)\s+(?:number|no\.?|house|door|street|road|flat|block|car|reg)\b(?!" + _ELSE + r")"
    r"|\b(?:what'?s|whats|wots)\s+the\s+(?:number|house\s+number|address|postcode|reg)\b(?!" + _ELSE + r")"
    r"|\b(?:address|postcode|house\s+number)\s*\?+|\b(?:dm|pm|inbox|send)\s+(?:me\s+)?(?:the\s+|her\s+|his\s+)?(?:address|number|details|postcode|reg)\b"
    r"|\bwhere(?:abouts)?\s+(?:on\s+(?:it|there)|does\s+(?:she|he|they)\s+live)\b", re.I)
# "which house? I'll pop a card through", "what number is the school office? ... tell them", "My nan lives
# round there and she'd be horrified": asked to help, to report or in dismay, not to pay a visit.
_HELPS = re.compile(r"\b(?:report\w*|police|101|999|school\s+office|card|flowers|horrified|appalled|disgusting|shocking|scary)\b", re.I)
# Those words turned to menace: "police won't do anything so we will", "a card he won't forget 😈",
# "anyone reporting this is a grass", "999 won't get there in time".
_SCORNS = re.compile(r"\b(?:police|101|999|coppers|feds)\s+(?:won'?t|wont|will\s+never|never|do\s+nothing|are\s+useless)\b|\bwon'?t\s+forget\b"
                     r"|\bso\s+we\s+will\b|\b(?:grass|grasses|snitch\w*)\b|😈", re.I)
_HOME = frozenset({"street_address", "home_details", "postcode", "vehicle_registration"})
# Going round to the home posted above, with menace: round 39's "cheers for this. me and the lads will pop
# round fenwick ave tonight and have a word 👊" under a teacher's address (not "pop round with a card").
_VISITS = re.compile(r"\b(?:pop|popping|go|going|head|heading|nip|nipping|come|coming)\s+round\b"
                     r"|\bpay\s+(?:\w+\s+){0,2}a\s+(?:little\s+)?visit\b|\bknock(?:ing)?\s+on\s+(?:his|her|their|the)\s+door\b", re.I)
_MENACE = re.compile(r"👊|🔪|😈|\b(?:the\s+lads|the\s+boys|have\s+a\s+(?:little\s+)?word|tonight|sort\s+(?:him|her|them)|teach\s+(?:him|her|them))\b", re.I)

_KINDLY = re.compile(r"\b(?:card|cards|flowers|hamper|baby|get\s+well|lovely|made\s+up|congrat\w*|thank\w*|bless|hip|op|operation|hospital|poorly"
                     r"|condolences?|sympathy|food|meal|cake|present|gift|welcome|love\s+to\s+see|retir\w+)\b|❤|💕|🎉", re.I)

# Urging on a child who says goodbye: "do it then", "nobody cares", "attention seeking".
_URGES = re.compile(
    # Not the child's own word that it is not done: "im still here. didnt do it" (threads37).
    r"\b(?:(?<!didn't\s)(?<!didnt\s)(?<!did\snot\s)(?<!couldn't\s)(?<!couldnt\s)(?<!won't\s)(?<!wont\s)(?<!never\s)(?<!not\s)do\s+it(?:\s+then)?|go\s+on\s+then|go\s+ahead|nobody\s+(?:cares|will\s+miss\s+(?:you|u))|no\s*(?:one|1)\s+cares"
    r"|kys|kill\s+(?:ur|your)\s*self|attention\s+seek\w*|bye\s+then|good\s+riddance|hurry\s+up|get\s+on\s+with\s+it)\b", re.I)
# "please don't do it", "don't you dare do it": the opposite.
_PLEADS = re.compile(r"\b(?:don'?t|dont|do\s+not|never)\s+(?:you\s+)?(?:dare\s+)?do\s+it\b|\bplease\b|\bpls\b|\bplz\b"
                     r"|\b(?:love|ring|call|message|text)\s+(?:you|u|me|someone|childline|samaritans)\b", re.I)
_REPLY_TO = re.compile(r"^\s*(?:reply(?:ing)?|comment(?:ing)?)\b[^:\n]{0,60}:\s*", re.I)
# Where someone will be, echoed from the post above and noted (threads43's "on the gate every morning are they. good to
# know 👍" under thanks to the head and deputy for being "out on the gate every single morning" after threats to staff).
_NOTED = re.compile(r"\b(?:every\s+(?:single\s+)?(?:morning|day|night|evening|afternoon)|on\s+(?:the\s+)?gates?|on\s+(?:her|his|their)\s+own|at\s+\d{1,2}(?:[.:]\d\d)?)"
                    r"[^.!?\n]{0,30}?\b(?:are|is|does|do|r)\s+(?:they|she|he|u|you)\b[.?!\s👀😉😏🤔]*(?:good\s+to\s+know|noted|interesting|handy(?:\s+to\s+know)?|useful|cheers\s+for\s+(?:that|the\s+info))\b(?=[\s.!👍👀😉🙂😏🤔]*$)", re.I)
_STAFFED = re.compile(r"\b(?:(?:mr|mrs|ms|miss|sir|dr)\.?\s+[a-z]+|head\w*|deputy|teachers?|staff|senco|caretaker|site\s+manager|tas?|principal|dsl)\b", re.I)
# Words beyond which a reply is no longer just an answer to what is above it.
_SHORT = 25


# What the read sets' replies to a threat say to its author: "delete this daz seriously", "bit much mate", "reported".
_REBUKE = re.compile(r"\breport(?:ed|ing)?\b|\b(?:101|999)\b|\bdelete\s+(?:this|that|it)\b|\btake\s+(?:it|this|that)\s+down\b|\bcan'?t\s+(?:post|say|put)\b"
                     r"|\bnot\s+(?:ok|okay|on|funny)\b|\bbit\s+much\b|\bgrow\s+up\b|\bcalm\s+down\b|\bseriously\?"
                     # threads43's admin: "Dean why on earth would you post Mrs Patel's address?? ... Removing you."
                     r"|\bwhy\s+(?:on\s+earth\s+|the\s+hell\s+|tf\s+)?(?:would|did|have)\s+(?:you|u)\s+(?:post|put|share|shared|posted)\b"
                     # ...not "why did u post it here 😂 dm me the address" (review B): the rebuke is the asking's.
                     r"(?![^\n]{0,60}\b(?:dm|pm|inbox|message|text)\s+(?:me|it))"
                     r"|\b(?:removing|removed|deleting|deleted|banning|banned)\s+(?:you|u|him|her|them|this|that|the\s+post)\b|\b(?:you'?ve|you\s+have)\s+been\s+removed\b"
                     # A block is a bully's too ("kys lol blocked u"): only one done to the poster of a threat, said to others.
                     r"|\b(?:reported\s+(?:and|&|n)\s+)?blocked\s+(?:him|her|them)\b", re.I)
# Removing or blocking the one who posts a farewell is no rebuke of an urge (review B's "do it then. removing you from the gc 😂").
_ADMIN = re.compile(r"\b(?:removing|removed|deleting|deleted|banning|banned|blocking|blocked)\s+(?:you|u|him|her|them)\b|\bbeen\s+removed\b", re.I)


def _rebuked(text: str, urged: bool = False) -> bool:
    if urged:
        text = _ADMIN.sub(" ", text)
    return bool(_REBUKE.search(text) and not _SCORNS.search(text) or reported_speech(text) or denial(text))


def joins_in(text: str, context: str, hostile: bool) -> tuple[Finding, ...]:
    """A reply that joins in with the threat it answers, or asks where the home or car posted above
    is: a threat of its own. The thread's threat counts if the rules call it one outright, or (like
    "see you at the gates") in a hostile reply."""
    if not context:
        return ()
    # "say the word and I'll report you to the police mate": the words of joining in, said to stop it.
    # (Not the news and counter-speech frames: "about time someone put her in her place" is no report.)
    if (m := _JOINS_IN.search(text)) and not (_REBUKE.search(text) and not _SCORNS.search(text) or denial(text)):
        said = [f for f in threat_phrases(context) if hostile or f.rule != "veiled_threat_if_hostile"]
        if said:
            return (Finding("joins_in_threat", f"{' '.join(m.group(0).split())} (to: {said[0].evidence})"),)
    if len(text.split()) <= _SHORT and (m := _ASKS_WHERE.search(text)) and not _rebuked(text) and not (_HELPS.search(text) and not _SCORNS.search(text)):
        home = [f for f in personal_locators(context) if f.rule in _HOME]
        # A neighbour's "which house?" under a lost dog's address is no threat: the home must be posted
        # with menace ("for anyone who fancies a word with marsh"), or asked for in anger.
        if home and (hostile or threat_phrases(context) or incitement(context) or routine_cue(context)):
            return (Finding("joins_in_threat", f"{' '.join(m.group(0).split())} (to: {home[0].evidence})"),)
    # ...of staff or in anger: not the gates that open at 9, nor the lollipop man (a review's look-alikes).
    if len(text.split()) <= _SHORT and (m := _NOTED.search(text)) and not _rebuked(text) and not _KINDLY.search(text) \
            and (hostile or _STAFFED.search(context)):
        return (Finding("joins_in_threat", f"{' '.join(m.group(0).split())} (to: {_REPLY_TO.sub('', context)[:60]})"),)
    # threads32's: where the home is, given in answer to a call to go there ("pay him a visit" answered "pretty sure its
    # Cedar Close, the one with the grey Astra on the drive"; "find out where she lives and egg her house" answered
    # with her street and her car).
    # Not a card, a hamper or a new baby visited (a review's "go and see her ... she'd love to see you").
    if (home := [f for f in personal_locators(text) + described_home(text) if f.rule in _HOME]) and not _rebuked(text) \
            and not _KINDLY.search(text + " " + context) and (threat_phrases(context) or incitement(context)):
        return (Finding("joins_in_threat", f"{home[0].evidence} (to: {_REPLY_TO.sub('', context)[:60]})"),)
    # ...or sent to confront whoever lives there: "go round and ask them yourselves why" under the home posted.
    if len(text.split()) <= _SHORT and (m := _VISITS.search(text)) and (_MENACE.search(text) or hostile and confronts(text)) and not _rebuked(text) \
            and not (_HELPS.search(text) and not _SCORNS.search(text)):
        if home := [f for f in personal_locators(context) if f.rule in _HOME]:
            return (Finding("joins_in_threat", f"{' '.join(m.group(0).split())} (to: {home[0].evidence})"),)
    return ()


def urges_self_harm(text: str, context: str) -> tuple[Finding, ...]:
    """A reply urging on a child whose post it answers says they mean to end their life."""
    if not context or len(text.split()) > _SHORT or not (m := _URGES.search(text)) or _PLEADS.search(text) or _rebuked(text, urged=True):
        return ()
    plain = plain_spelling(context)
    # ...in whatever words: threads35's "do it then 😂" under "its done after today ... tell ms marsh sorry" (goodbye.py).
    if not (final_farewell(plain) or goodbye(plain) or any(f.rule == "self_harm" for f in child_at_risk(context))):
        return ()
    above = _REPLY_TO.sub("", context.split("In reply to:", 1)[-1])
    return (Finding("urges_self_harm", f"{' '.join(m.group(0).split())} (to: {' '.join(above.split()[:12])})"),)
