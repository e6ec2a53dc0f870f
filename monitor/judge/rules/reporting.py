"""Posts that report or condemn a threat rather than make one: "police are investigating threats
against a Hexley teacher", "whoever wrote 'someone should stab Whitaker' needs to grow up".

The words quoted are someone else's; the frame around them says so. Triage reads the threat
rules over the post with its quotations taken out, and does not take the model's threat score
alone for the author's threat, when a frame is found.
"""
from __future__ import annotations

import re

from monitor.judge.rules.base import LAUGH, QUOTED as _QUOTED, Finding, find_all, without_quotes
from monitor.judge.rules.benign import hyperbole
from monitor.judge.rules.hearsay import _DEALT, _SETTLED, _UNDEALT, told_over, warns_ahead
from monitor.judge.rules.rebukes import AGREES, CALLED_A_THREAT, CALLED_OUT, PLEA, REBUKE, around_quotes
from monitor.judge.rules.threats import outright, threat_phrases, when_where
from monitor.judge.rules.timing import sets_a_time


# What "put" puts, where it reports words: online, a comment or post, words quoted; not "put whitaker in 'hospital'".
_PUT_WORDS = (r"(?!\s+(?:him|her|them|\w+)\s+in\s+(?:a\s+)?['‘])\s+(?:up\s+|out\s+)?(?:on(?:line|\s+(?:here|fb|facebook|insta\w*|tiktok|snap\w*|the\s+(?:page|group|chat)))\b"
              r"|(?:(?:a|an|the|this|that|his|her|their)\s+)?(?:\w+\s+)?(?:comments?|posts?|messages?|tweets?|screenshots?|graffiti|address)\b|(?:\w+\s+){0,3}?(?:that\s+|saying\s+|:\s*)?['‘\"“])")
_FRAME = re.compile(
    # Reporting: the news, the police, the courts.
    r"\bpolice\s+(?:are|were|have\s+been|say|said|have)\s+(?:now\s+)?(?:investigating|appealing|called|looking\s+into|aware|involved)"
    r"|\b(?:investigat\w+|reports?\s+of|following|after|over)\s+(?:a\s+|the\s+)?(?:\w+\s+){0,2}threats?\s+(?:made\s+)?(?:against|to|towards)\b"
    r"|\b(?:was|were|has\s+been|have\s+been|been)\s+(?:arrested|charged|cautioned|convicted|sentenced|jailed|interviewed\s+by\s+police)\b"
    # Round 56's Gazette: "a 15-year-old boy has been spoken to by officers ... no ongoing risk to pupils".
    r"|\b(?:was|were|has\s+been|have\s+been)\s+spoken\s+to\s+by\s+(?:officers|(?:the\s+)?police)\b|\b(?:police|officers)\s+(?:have\s+)?spok(?:e|en)\s+to\s+a\b"
    r"|\bno\s+(?:ongoing|further|wider)\s+(?:risk|threat)\b(?!\s+my\s+arse)"
    r"|\b(?:court|magistrates|jurors|the\s+jury|the\s+judge)\s+(?:heard|was\s+told|were\s+told)|\b(?:given|handed|made\s+subject\s+to)\s+a\s+(?:restraining|non-molestation)\s+order\b|\b(?:a|the)\s+(?:school\s+|police\s+|council\s+)?spokes(?:man|woman|person)\b"
    r"|\bin\s+a\s+statement\b|\bthe\s+gazette\s+(?:understands|has\s+learned)"
    # quiet59's "'i'll murder you if you touch my revision notes' - my sister, age 15": words signed as a family member's.
    r"|['’\"”]\s*[-–—~]\s*(?:my|our|me)\s+(?:little\s+|big\s+|older\s+|younger\s+|eldest\s+|youngest\s+)?(?:sister|brother|sis|bro|mum|mam|mom|dad|nan|nana|gran|grandad"
    r"|son|daughter|wife|husband|kid|kids|teenager|toddler|child|\d+\s*y(?:ea)?r?\s*old)\b(?!['’]s)"
    # Counter-speech: quoting to condemn.
    # ...not who put up a flag ("Whoever put that rainbow flag up at HBA needs a bat across the head", round 54): "put" only of words.
    r"|\bwho(?:ever|\s+ever)\s+(?:wrote|posted|said|commented|sent|shared|keeps\s+(?:sharing|posting)"
    r"|put(?=[^.!?\n]{0,40}?(?:['‘\"“]|\b(?:comments?|posts?|messages?|online|on\s+(?:here|facebook|fb|insta\w*|tiktok|twitter|x|snap\w*|the\s+(?:page|group|chat))|tweets?|screenshots?|graffiti)\b)))\b"
    # Round 51's "Whoever was shouting 'I'll stab the lot of yous' ... wants locking up": the words quoted straight after.
    r"|\bwho(?:ever|\s+ever)\s+(?:was\s+)?(?:shouting|yelling|screaming|shouted|yelled|screamed)\s+(?=['‘\"“])"
    r"|\b(?:the|that|this)\s+(?:(?:grown|so-?called)\s+)?(?:man|woman|person|guy|bloke|lad|parent|troll|coward|idiot|account|people|lot|adult|mum|dad|individual|keyboard\s+warrior)\s+who\s+(?:wrote|posted|said|put|commented|sent|shared)\b"
    # ...and "put" only of words put somewhere: "be a real shame if someone put the windows in" is the author's own (round 58).
    r"|(?<!\bif\s)(?<!\bwhen\s)(?<!\bhope\s)(?<!\bwish\s)\b(?:some(?:one|body|1)|a\s+(?:parent|lad|guy|bloke|woman|man|troll))\s+(?:(?:in|on|from)\s+(?:\w+\s+){1,6}?)?(?:has\s+|actually\s+|just\s+)?"
    r"(?:wrote|written|posted|said|saying|commented|put(?=" + _PUT_WORDS + r"))\b"
    # "someone's put 'OKAFOR OUT' on the HBA sign": words put up, not a threat still to come ("someone's put 'bringin sum special 4 the drill thurs'").
    r"|\bsome(?:one|body|1)(?:'s|\s+has)\s+put(?=" + _PUT_WORDS + r")(?!(?:(?!\b(?:reported|same\s+as|since|last|ago)\b)[^\n.!?]){0,120}\b(?:today|tonight|tomorrow|tmrw|2moro|2moz|mon|tues?|wed|weds|thurs?|fri|sat|sun)(?:day)?\b)"
    # Graffiti seen and condemned: "someone's sprayed 'WATCH YOUR BACK OKAFOR' on the bus shelter" (threads28).
    r"|\b(?:some(?:one|body|1)(?:'s|\s+has|\s+have)?|they'?ve|they\s+have)\s+(?:sprayed|spray\s*-?\s*painted|painted|scrawled|daubed|graffitied|written|chalked|carved)\s+(?=['‘\"“])"
    # ...not one that names a day still to come: "'HOLLOWBROOK 🔥🔥 BURN IT DOWN FRIDAY'" is a threat to act on (probe45).
    r"(?!['‘\"“][^'’\"”\n]{0,80}\b(?:today|tonight|tomorrow|tmrw|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next\s+week)\b)"
    r"|\b(?:arrested|charged|cautioned|jailed|sentenced|convicted)\s+(?:after|over|for)\b"
    r"|\bgrow\s+up\b|\bnot\s+(?:funny|banter|a\s+joke)\b|\b(?:is|are|was)\s+unacceptable\b|\b(?:is|isn'?t|was)\s+(?:not|never)\s+ok(?:ay)?\b"
    r"|\b(?:disgusting|vile|sickening|appalling|shameful|horrible)\s+(?:that|to\s+see|how|comments?|posts?|behaviour)\b"
    # "hes done. screenshot this" is the author daring readers to keep his words: a bare "screenshot" needs its "I".
    r"|\b(?:reported|screenshotted|screenshots|(?:i|we|i'?ve|we'?ve|already|just)\s+screenshot)\s+(?:it|this|that|the\s+(?:post|comment|account)|them|him|her)\b"
    r"|\breport\s+(?:it|this|the\s+(?:post|comment|account))\b"
    r"|\bpeople\s+(?:are\s+|were\s+)?(?:\w+\s+)?(?:writing|saying|posting|commenting)\s+(?:that|things\s+like|stuff\s+like)\b"
    # Round 28's: "people in these comments saying 'hope someone stabs the head'", "To the people ...
    # posting 'the head should be hanged'": the words quoted straight after.
    r"|\b(?:people|those|the\s+ones?|anyone|everyone|folk|idiots|trolls|accounts?)\b[^.!?\n'\u2018\"]{0,60}?\b(?:saying|posting|writing|commenting|typing|sharing)\s+['\u2018\"]"
    r"(?![^\n]{0,120}?['\u2019\"]\s*(?:\w+\s+){0,3}?(?:(?:is|are|were|r)\s+(?:\w+\s+)?(?:right|spot\s+on|bang\s+on|correct|not\s+wrong)|have\s+a\s+point|got\s+a\s+point)\b)"
    r"|\bactually\s+(?:says|said|means|meant)\b|\b(?:google|translate|the\s+translation)\s+(?:turned|made|translated)\b"
    r"|\b(?:message|post|comment|text)\s+was\s+(?:about|a\s+joke|banter|only)\b|\bno\s*(?:one|body|1)\s+is\s+threatening\b"
    r"|\breport\s+(?:those|these)\s+(?:posts|comments|accounts)\b|\bis\s+not\s+an?\s+(?:\w+\s+)?objection\b"
    r"|\breported\s+(?:every|each|all)\s+(?:single\s+)?(?:one|of\s+them|comment|post)\b"
    # Round 12: "comments under this saying ...", "screenshot of what she put".
    r"|\bcomments?\s+(?:under|on|below)\s+(?:this|here|the\s+\w+)\s+saying\b|\bscreenshot\s+of\s+what\b"
    # A review's: a school or paper putting an old rumour to rest ("an old post circulating claiming ...").
    r"|\b(?:old|fake|hoax)\s+(?:post|message|rumou?r|screenshot)s?\b|\b(?:posts?|messages?|rumou?rs?)\s+(?:circulating|going\s+round|doing\s+the\s+rounds)\b"
    r"|\binvestigated\s+by\s+(?:the\s+)?police\b|['’\"”]\s*(?:is|was|were)\s+what\s+(?:some|a|an|one|this|that|the)\s+(?:\w+\s+){0,2}?(?:sent|wrote|posted|said|messaged|dm'?d|texted)\b"
    # Round 22: "disgusted by the comment someone left on the school's page ... the page deleted it
    # and the police have been told". ("Nobody's going to hurt anyone 😇 we'll just be waiting" is
    # sarcasm: a denial is read by the threat rules' negation, not as a report.)
    r"|\b(?:disgusted|appalled|sickened|horrified|shocked)\s+(?:by|at)\s+(?:the|a|this|that|what|some)\s+(?:\w+\s+)?(?:comments?|posts?|messages?|threats?|things?\s+(?:said|written|posted))\b"
    r"|\b(?:comment|post|message)s?\s+(?:some(?:one|body|1)|a\s+\w+)\s+(?:left|put|wrote|posted|sent)\b(?![^.!?\n]{0,40}\b(?:spot\s+on|right|true|bang\s+on|fair\s+point)\b)"
    r"|\bpolice\s+(?:have|has)\s+been\s+(?:told|informed|contacted|called|notified)\b(?![^.!?\n]{0,40}\b(?:nothing|useless|no\s+use|didn'?t|times)\b)",
    re.I)



# A threat passed on while it is still live: a warning, not a report of what is over.
_LIVE = re.compile(
    r"\b(?:she|he|they)\s*(?:'s|is|are|'re)\s+not\s+joking\b|\b(?:she|he|they)\s+means?\s+it\b|\bheads\s+up\s+to\b"
    r"|\b(?:do|should)\s+i\s+(?:screenshot\s+(?:it\s+)?(?:and\s+)?)?(?:tell|send\s+(?:it\s+|this\s+)?to|report\s+(?:it|this)\s+to|warn)\s+(?:the\s+)?(?:school|police|teacher)\b"
    r"|\b(?:just\s+)?so\s+(?:the\s+school|staff|the\s+teachers?)\s+(?:knows?|are\s+aware)\b"
    # Round 11: reposted before it goes, "someone tell the school", "idk if it's a joke".
    r"|\bscreenshot(?:ted)?\s+(?:this\s+|it\s+)?before\s+(?:he|she|they|it)\s+(?:deletes?|gets?\s+deleted)\b"
    r"|\bsome(?:one|body|1)\s+(?:tell|warn|ring)\s+the\s+school\b|\b(?:idk|not\s+sure|dunno)\s+if\s+(?:it'?s|its)\s+a\s+joke\b"
    # threads35's: "I've reported it. But DH is past caring now. He says he'll be at the Marlow Road gate at 3.15 tomorrow".
    r"|\b(?:says|said|is\s+saying|'s\s+saying|keeps\s+saying|reckons)\s+(?:he|she|they)(?:'ll|\s+will|'s\s+going\s+to|\s+is\s+going\s+to|'s\s+gonna)"
    r"\s+be\s+(?:at|outside|waiting|by|round)\b(?=[^.!?\n]{0,60}\b(?:tomorrow|tmrw|tonight|(?:mon|tues|wednes|thurs|fri)day|at\s+\d|after\s+school|home\s*time|this\s+afternoon))"
    r"(?![^!?\n]{0,120}\b(?:collect|pick\w*\s+(?:him|her|them|up)|parents'?\s+evening|meeting|appointment|safe(?:ly|\s+(?:home|journey|trip))|as\s+(?:normal|usual|always)"
    r"|like\s+always|bake\s+sale|fair|trip|kit|lift|letters|handing\s+out|say\s+(?:hi|thanks))\b)",
    re.I)
# Round 51's screenshot from a five-a-side chat, "honestly I'm scared it's not a joke": live unless dealt with
# (a review's "got excluded months ago, but my son's still scared he's serious").
_FEARED = re.compile(r"\b(?:scared|worried|afraid|frightened|terrified)\s+(?:that\s+)?(?:it'?s|its|it\s+is|he'?s|she'?s|they'?re|he\s+is|she\s+is)"
                     r"\s+(?:not\s+(?:a\s+)?jok\w*|serious|going\s+to\s+do\s+it)\b", re.I)
# Round 12: the one who saw it asks what to do ("genuinely don't know what to do", "do i report it")...
_ASKS = re.compile(r"\b(?:don'?t|do\s+not|dont)\s+know\s+what\s+to\s+do\b"
                   r"|\b(?:do|should)\s+(?:i|we)\s+report\s+(?:it|this|them|him|her)\b|\bwho\s+do\s+(?:i|we)\s+(?:tell|report)\b", re.I)



# Round 31's (read in round 18): the threat kept before it is gone and handed on, "I've sent it to
# the school and rung 101", "please someone tell the school": still to happen, whoever reported it.
_HANDED_ON = re.compile(
    r"\bscreenshott?(?:ing|ed)?\s+(?:this|it)\s+(?:off\s+(?:his|her|their|the)\s+\w+\s+)?(?:(?:last\s+night|this\s+morning|today)\s+)?"
    r"before\s+(?:he|she|they|it)\s+(?:deletes?|deleted|went|goes|gets?\s+deleted|was\s+deleted|disappears?)\b"
    r"|\b(?:i'?ve|i\s+have|i|we'?ve|we\s+have)\s+(?:sent|forwarded|passed)\s+(?:it|this|them)\s+(?:on\s+)?to\s+the\s+school\b"
    r"|\b(?:i'?ve\s+|i\s+have\s+|i\s+|we'?ve\s+)?(?:rung|rang|called|phoned)\s+(?:101|999)\b"
    r"|\b(?:please\s+(?:some(?:one|body|1)\s+)?|some(?:one|body|1)\s+please\s+)(?:tell|warn|ring|email)\s+the\s+school\b(?!\s+(?:to|how|about|that\s+the)\b)"
    r"|\bschool\s+(?:has|have)\s+been\s+told\b"
    # The same kept and spread: "reposting this snap before it goes", "snap story going round: '...'".
    r"|\b(?:reposting|reposted|re-?sharing|sharing|posting|saving)\s+(?:this|it)\s+(?:\w+\s+){0,2}?(?:before|b4)\s+(?:he|she|they|it)\s*"
    r"(?:deletes?|deleted|goes|went|gets?\s+deleted|disappears?|takes?\s+it\s+down|'?s\s+deleted|s\s+deleted)\b"
    r"|\b(?:snap(?:chat)?|story|stories|message|msg|screenshots?|post)\s+(?:\w+\s+)?(?:going|goin|been\s+going)\s+a?round\b"
    r"|\b(?:reported|report)\s+(?:this|the|that)\s+account\b[^.!?\n]{0,30}\b(?:pls|please)\s+do\s+the\s+same\b"
    # The same hand-on in other words: "passing this on", "my son showed me this", "is this serious??".
    r"|\bpassing\s+(?:this|it)\s+on\b|\bforwarding\s+(?:this|it)\s+(?:on\s+)?to\b|\bflagging\s+(?:this|it)\s+(?:for|to|with)\b"
    r"|\b(?:my|our)\s+(?:son|daughter|lad|boy|girl|kid|eldest|youngest)\s+(?:just\s+)?showed\s+me\b"
    r"|\b(?:not\s+sure|unsure|dunno|idk)\s+if\s+(?:this|it)\s*(?:'s|is)\s+serious\b|\bis\s+(?:this|it)\s+serious\b"
    r"|\b(?:can|could)\s+(?:some(?:one|body|1)|any(?:one|body))\s+let\s+the\s+school\s+know\b"
    r"|\b(?:can|could)\s+(?:some(?:one|body|1)|any(?:one|body))\s+(?:please\s+)?(?:tell|warn|ring|email)\s+the\s+school\b(?!\s+(?:to|how|about|that\s+the)\b)"
    r"|\b(?:please\s+)?(?:share|send|forward)\s+(?:this|it)\s+(?:with|to)\s+the\s+school\b|\bsent\s+(?:this|it)\s+to\s+the\s+school\b"
    r"|\bi'?ve\s+(?:told|emailed|rung|rang|called)\s+the\s+school\b"
    r"|\bbefore\s+(?:he|she|they)\s+took\s+it\s+down\b", re.I)


# The police having been round is the threat settled too ("the police spoke to you weeks ago").
_OVER = re.compile(r"\b(?:excluded|suspended|expelled|dealt\s+with|sorted|closed|painted\s+over|referral\s+order|(?:months?|years?)\s+ago"
                   r"|last\s+(?:year|term|summer)|back\s+in\s+\w+|from\s+20\d\d|police\s+(?:came|spoke|have\s+spoken|have\s+been\s+round))\b", re.I)


def live_warning(text: str) -> tuple[Finding, ...]:
    """A warning that passes on someone's threat still live ("she's not joking, heads up to the
    school"): its quoted threat is to be acted on, not filed as news. Nothing once police or a
    court have it."""
    if _SETTLED.search(text):
        return ()
    # "Darren you can't put '...' about a teacher. Someone's already ... sent it to the school": the author rebukes the
    # threat and says the school has it (threads36); the threat itself is the one to act on. Not "he means it", nor where
    # the police have it too: the DSL's today (already_told).
    own = without_quotes(text)
    rebuked = any(not m.group(0).lower().startswith("screenshot") for m in REBUKE.finditer(own))
    if rebuked and _TOLD_SCHOOL.search(text) and not (_TOLD_POLICE.search(text) or _LIVE.search(own) or _FEARED.search(own)):
        return ()
    if found := find_all("live_warning", _LIVE, text) or warns_ahead(text):
        return found
    over = _DEALT.search(text) and not _UNDEALT.search(text)
    # "the same bloke who went after mrs okafor last week": a week ago is the last threat, not this one.
    if not over and (feared := find_all("live_warning", _FEARED, text)):
        return feared
    handed = () if over and _OVER.search(text) else find_all("live_warning", _HANDED_ON, text)
    return handed or (() if over else find_all("live_warning", _ASKS, text))


# The one who handed it on has told the school and the police already: the DSL's today, no page
# (the read sets' writers labelled such posts for information; round 31's split on it).
_TOLD_SCHOOL = re.compile(r"\b(?:sent|forwarded|passed|reported|given|emailed)\s+(?:it|this|them)\s+(?:on\s+)?to\s+(?:the\s+school|hba|\w+\s+academy)|\bschool\s+(?:has|have)\s+been\s+told\b|\bi'?ve\s+(?:told|emailed|rung|rang|called)\s+the\s+school\b", re.I)
_TOLD_POLICE = re.compile(r"\b101\b|\bpolice\b|\bceop\b", re.I)
# ...told, not asked about: "screenshotted and rang 101", "reported it to the police", not "should i ring the police??".
_POLICE_TOLD = re.compile(r"\b(?:rang|rung|called|phoned|told|contacted|messaged|emailed|informed|notified|reported\s+(?:it\s+|this\s+)?to|sent\s+(?:it\s+|this\s+)?(?:on\s+)?to|passed\s+(?:it\s+|this\s+)?(?:on\s+)?to|forwarded\s+(?:it\s+|this\s+)?to|given\s+(?:it\s+)?to)\s+(?:the\s+)?(?:101|police|ceop)\b"
                          r"|\b(?:told|reported|sent|rang|rung|emailed|forwarded|passed|informed|contacted)\b[^.!?\n]{0,60}\b(?:and|&|\+)\s+(?:the\s+)?(?:101|police|ceop)\b"
                          r"|\bpolice\s+(?:have|has)\s+(?:been\s+)?(?:told|informed|contacted|notified|called|involved)|\bpolice\s+(?:are|were)\s+(?:aware|involved|informed|on\s+it|called|there|here)\b|\bpolice\s+know\b"
                          r"|\b(?:crime|incident|log|reference|ref)\s+(?:number|no\.?|ref)\b|\b(?:101|police|ceop)\s+(?:report|ref|reference|log)\s+(?:made|done|number|no)\b|\breport(?:ed)?\s+(?:made\s+)?(?:to|on|with)\s+(?:the\s+)?(?:101|police|ceop)\b", re.I)


def already_told(text: str) -> bool:
    """A threat handed on by someone who says the school and the police have it."""
    return bool(live_warning(text) and _TOLD_SCHOOL.search(text) and _POLICE_TOLD.search(text))


def passes_on(text: str, context: str) -> tuple[Finding, ...]:
    """A post handing on the threat it quotes or answers ("reported this account, pls do the
    same" under a quote of it): the threat in the thread is still to be acted on."""
    if not context or _SETTLED.search(f"{text} {context}") or not (live := live_warning(text)):
        return ()
    # Passing on a parent's "I'll kill him 😂" over homework, or laughing at it, hands on no threat.
    if hyperbole(context) or LAUGH.search(text):
        return ()
    said = threat_phrases(context)
    return (Finding("passed_on_threat", f"{live[0].evidence} (of: {said[0].evidence})"),) if said else ()


# Round 15: a threat quoted back at its writer, told to take it down ("'see you at the gates'
# DEAN?? take it down now"); not the threatener's own demand ("take it down now or ...").
_TAKE_DOWN = re.compile(
    r"\btake\s+(?:it|that|this|the\s+post)\s+down\b(?=[^.!?\n]{0,40}\b(?:now|mate|police)\b)"
    r"(?![^.!?\n]{0,60}\b(?:or|else|otherwise|before\s+(?:i|we|u|you|ya)|unless)\b)", re.I)


# Over and done: "the lad was expelled", "from 2019"; not "you'll get excluded".
_DONE_WITH = re.compile(r"\b(?:(?:was|were|got|been)\s+(?:excluded|suspended|expelled|dealt\s+with)|(?:months?|years?)\s+ago"
                        r"|last\s+(?:year|term|summer)|from\s+20\d\d|painted\s+over|referral\s+order)\b", re.I)


def _live_quote(text: str, quotes: list[str], own: str) -> bool:
    """A quoted weapon, outright violence or veiled threat with its moment still to come is live, however
    rebuked ("'im bringing my brothers knife in tomorrow' take it down now mate"; a review: "'hollowbrook
    wont know what hit it on monday' is going round ... please stop sharing it" is a warning, not a rebuke);
    not once it is reported, sent to the school or dealt with (the read sets' writers: three such posts)."""
    said = " ".join(quotes)
    return bool(quotes) and (outright(said) or bool(threat_phrases(said))) and any(
        f.rule == "imminent" and sets_a_time(f) for f in when_where(said)) and not (
        _DONE_WITH.search(text) or _TOLD_SCHOOL.search(text)
        or re.search(r"\b(?:reported|sent\s+(?:it\s+)?to\s+the\s+school|dealt\s+with\s+(?:it|him|her|them))\b", own, re.I))


# A time gone by is no moment ahead: "I've deleted over 40 comments since 6am" (a group admin, round 52's read).
# Times that are no meeting: "since 9am", and the rebuker's own errand ("I'll be ringing the school first thing",
# threads36's counter-speech under a bolded quote).
_SINCE = re.compile(r"\bsince\s+\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)?\b"
                    r"|\b(?:ringing|calling|phoning|emailing|contacting|telling|reporting\s+(?:it|this)\s+to)\s+(?:the\s+)?(?:school|police|101|head|office|lado|dsl|council|mnhq|club)"
                    r"\s+(?:first\s+thing|tomorrow|tmrw|today|tonight|in\s+the\s+morning|on\s+(?:mon|tues|wednes|thurs|fri)day)\b", re.I)


# A report quoted to be laughed at: "'No ongoing risk'. Yeah right." (threads36, before the author's own plan for
# the back gate) is the author's disbelief, not a report.
_MOCKED = re.compile(r"(?![^\n]{0,300}?\b(?:stab\w*|kill\w*|shoot\w*|shot|knife|knives|blade|gun|bomb\w*|threat\w*|attack\w*|hurt|burn\w*|weapon\w*"
                     r"|petrol|acid|machete)\b)(?:" + _QUOTED.pattern + r")(?=[\s.!,]{0,4}(?:yeah\s+right|aye\s+right|ye\s+right|my\s+arse|as\s+if\b"
                     r"|pull\s+the\s+other\s+one|🙄|🤡|(?:😂|🤣)+(?![^.!?\n]{0,30}\b(?:good|about\s+time|lock\s+\w+\s+up|deserve\w*|finally|karma|hope)\b)"
                     r"|do\s+me\s+a\s+favou?r|don'?t\s+make\s+me\s+laugh|lol\s+ok|sure\s+jan|(?:aye|yeah|ok|sure)?,?\s*we'?ll\s+see\b))", re.I)


# A police line in scare quotes, a few words inside the author's own sentence: "Then we'll see how 'no ongoing risk' she
# feels" (probe67). Not one said or stated: "Police said there was 'no ongoing risk' to pupils".
_SCARE = re.compile(r"(?<![\w'])['‘\"“](?:[^'’\"”\n\s]+\s){0,4}[^'’\"”\n\s]+['’\"”](?![\w'])")
_STATED = re.compile(r"\b(?:said|says|say|stated|statement|according|told|confirmed|insist\w*|claim\w*|described|called\s+it)\b[^.!?\n]{0,30}$|:\s*$", re.I)


def _framed(text: str) -> tuple[Finding, ...]:
    """The frames found, but one wholly inside scare quotes."""
    scare = [m.span() for m in _SCARE.finditer(text) if m.start() and not _STATED.search(text[max(0, m.start() - 60):m.start()])]
    found = [Finding("reported_or_condemned", " ".join(m.group(0).split())) for m in _FRAME.finditer(text)
             if not any(a <= m.start() and m.end() <= b for a, b in scare)]
    return tuple(dict.fromkeys(found))


# A family member's words signed, but live: the quote sets a time ahead, or the author is afraid of it ("- my dad. he's got the
# hammer in the car already. what do I do"), or the author signs a quote as their own ("... - me").
_SIGNED_KIN = re.compile(r"^['’\"”]\s*[-–—~]\s*(?:my|our|me)\s", re.I)
_KIN_ALARM = re.compile(r"\bwhat\s+(?:do|should|can)\s+(?:i|we)\s+do\b|\b(?:please|pls|plz)\s+help\b|\bhelp\s+me\b|\bnot\s+(?:even\s+)?joking\b|\bmeans?\s+it\b"
                        r"|\b(?:he|she|they)(?:'s|\s+has|\s+have|'ve)\s+(?:got|taken|left|gone)\b|\bleft\s+already\b|\bfound\s+(?:the|his|her|a)\b|\bscared\b|\bterrified\b"
                        r"|['’\"”]\s*[-–—~]\s*(?:me|myself)\b", re.I)


def _kin_live(text: str, quotes: list[str]) -> bool:
    return bool(_KIN_ALARM.search(text)) or any(sets_a_time(f) for q in quotes for f in when_where(q))


def reported_speech(text: str) -> tuple[Finding, ...]:
    """The frame that makes a post a report of a threat, or a rebuke of one."""
    found = _framed(_MOCKED.sub(lambda m: " " * len(m.group(0)), text))
    quotes = [m.group(0) for m in _QUOTED.finditer(text)]
    if any(_SIGNED_KIN.match(f.evidence) for f in found) and _kin_live(text, quotes):
        found = tuple(f for f in found if not _SIGNED_KIN.match(f.evidence))
    own = without_quotes(text)
    if AGREES.search(own):
        found = tuple(f for f in found if not f.evidence.lower().startswith("who"))
    pleads = bool(quotes) and not AGREES.search(own) and PLEA.search(own)
    if not found and (REBUKE.search(own) or pleads or quotes and CALLED_A_THREAT.search(own) and CALLED_OUT.search(own)) \
            and not threat_phrases(own) and not when_where(_SINCE.sub(" ", around_quotes(text, own, [m.span() for m in _QUOTED.finditer(text)], without_quotes))) \
            and not _live_quote(text, quotes, own):
        # Any threat is only in what is quoted (or in the post answered), and the author rebukes it.
        return (find_all("reported_or_condemned", REBUKE, own) or find_all("reported_or_condemned", PLEA, own)
                or find_all("reported_or_condemned", CALLED_A_THREAT, own))
    if quotes and not found:
        # A threat quoted as long over ("was from 2019 and the lad was expelled") is a report of it:
        # beside the quotation, not an eldest's GCSEs "two years ago" in the same long post.
        near = " ".join(without_quotes(text[max(0, m.start() - 100):m.end() + 100]) for m in _QUOTED.finditer(text))
        if _DONE_WITH.search(near):
            found = find_all("reported_or_condemned", _DONE_WITH, near)
        elif not outright(" ".join(quotes)):
            found = find_all("reported_or_condemned", _TAKE_DOWN, text)
    return found or told_over(text)[0]


def quotations(text: str) -> list[str]:
    """The words a post quotes: "sorry mum, dont come looking", as a parent passes them on."""
    return [q[2:-2] if q.startswith("**") else q[1:-1] for q in (m.group(0) for m in _QUOTED.finditer(text))]


# "Nobody's going to hurt Mr Lloyd, calm down": the author denies a threat. The model reads the
# violent word in it; only a rule's threat (sarcasm: "...we'll just be waiting at the gate") counts.
_DENIAL = re.compile(r"\bno\s*(?:one|body|1)(?:'s|’s|\s+is)\s+(?:going\s+to|gonna)\s+(?:hurt|touch|harm|attack|hit|batter)\b"
                     r"|\bno\s*(?:one|body|1)(?:'s|’s|\s+is)\s+threatening\b", re.I)
# threads38's mother: "take my sons name off this NOW ... you're going to get him jumped": a harm feared, not meant.
_HARM_FEARED = re.compile(r"\b(?:you'?re|youre|you\s+are|ur|u\s+r)\s+(?:going\s+to|gonna)\s+get\s+(?:him|her|them|my\s+\w+)\s+(?:jumped|hurt|killed|stabbed|battered|beaten\s+up)\b", re.I)
# ...not the same words egged on or set for a day and a place: "you're going to get him jumped. Good. Me and the
# lads will be at the gates friday", "you're going to get him jumped after school today, make sure you film it".
_EGGED_ON = re.compile(r"(?:^|[.!?]\s*)good\b|\b(?:deserves?\s+it|serves\s+(?:him|her|them)\s+right|film\s+it|record\s+it|the\s+(?:lads|boys)|see\s+(?:you|u|ya)\s+(?:at|after|outside|there)"
                       r"|lol|lmao|haha\w*)\b|😂|🤣|😈|👊", re.I)


def denial(text: str) -> tuple[Finding, ...]:
    """The author says nobody is going to hurt anyone, or fears the harm the post above will bring."""
    feared = find_all("denied", _HARM_FEARED, text) if not _EGGED_ON.search(text) and not when_where(text) else ()
    return find_all("denied", _DENIAL, text) + feared
