"""A grudge told with a warning, in the words round64 and threads42 used: a family's "In our culture such a thing is not
just left. Please be careful in the evenings", "watch yourself at drop off aisha, not everyone round here is as welcoming",
"jo grassed me up ... me and the lads will be watching them gates 👀", "i know the blue astra he drives and where he
leaves it", "Take it down NOW or I'll come round and take it down for you. I know exactly which house on Fenwick Close
you're in". Each alone is safety advice, a rota, a car admired or a parcel: only the grudge beside it makes it a threat.
Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

# Care urged at a time or a place the reader will be alone or known to be.
# Review A's: "be" may go ("wont be forgotten. careful walking home miss"), and so may the place ("Be careful leaving
# tonight", "Be careful after school", "Mind how you go in the evenings", "keep looking over your shoulder at pick up").
_CAREFUL = re.compile(r"\b(?:please\s+|pls\s+)?(?:(?:(?:be|stay)\s+(?:very\s+|really\s+)?)?careful|take\s+care|mind\s+how\s+(?:you|u)\s+go"
                      r"|(?:keep\s+)?look(?:ing)?\s+over\s+(?:your|ur)\s+shoulder|watch\s+(?:yourself|urself|ur\s*self|your\s+back|ur\s+back|out))\s+"
                      r"(?:in\s+the\s+(?:evenings?|dark|car\s*park)|at\s+night|(?:at|on|after)\s+(?:the\s+)?(?:drop\s*-?\s*off|pick\s*-?\s*up|home\s*time|school\s+run|gates?)"
                      r"|after\s+school|leaving\b|walking\s+(?:home|back|to\s+(?:your|ur)\s+car)|on\s+(?:your|ur)\s+way\s+(?:home|back)"
                      r"|when\s+(?:you|u)\s+(?:leave|lock\s+up|walk\s+home|get\s+home))\b", re.I)
# The grudge: a wrong not forgotten, a culture's account to settle, "your lot", a grass.
# Review A's: not a kindness or a trip never forgotten ("we will never forget how kind you were", "Our Year 6 will
# never forget their residential", "Never forget your PE kit"): those are _WARM's. Not any culture, family or community
# ("In our culture we always bring food when someone has a baby"): only one with a wrong beside it. Not any "remember
# this" ("Remember this: lock your car", "remember what I said about the crossing lady"), nor a fair, a play or a match
# not over ("the match isn't over till Saturday"), nor a lawn or a Quidditch ball ("The snitch in the Harry Potter
# play"), nor all round here ("Not everyone round here has a driveway"): only what is said to a person.
_GRUDGE = re.compile(r"\b(?:(?:has|have|is|are)(?:n'?t|\s+not)\s+(?:been\s+)?forgotten|walks?\s+away\s+from\s+it|not\s+calm\s+people|(?:won'?t|wont|will\s+not|never)\s+(?:be\s+)?forg[eo]t\w*"
                     r"|not\s+(?:just\s+)?(?:be\s+)?left|what\s+(?:was|(?:he|she|they)\s+(?:said|did))\s+(?:said\s+|done\s+)?to\s+(?:my|our)"
                     r"|(?:what|how)\s+(?:you|u)\s+(?:said|did|done|treated|spoke)\s+(?:to|about|\w+\s+(?:son|daughter|boy|girl|kids?|child))"
                     r"|in\s+(?:our|my)\s+(?:culture|family|community)\b(?=[^.!?\n]{0,60}\b(?:not\s+(?:just\s+)?(?:be\s+)?left|forg[io]\w+|shame\w*|dishono\w*|disrespect\w*"
                     r"|insult\w*|such\s+a\s+thing|(?:you|u)\s+do\s+not|answer\s+for|pay\s+for)\b)"
                     r"|(?:your|ur|yer)\s+lot\b(?!\s+(?:were|was|are|did)\s+(?:brilliant|amazing|great|fab\w*|class|superb|fantastic|so\s+good))"
                     r"|grass(?:ed|ing|es)\b|,\s*grass\s*(?:[.!]|$)|(?:a|that|dirty|little|you|u|ur|your|the)\s+grass\b(?!\s+(?:verge|pitch|area|is|was|cutting|seed))"
                     r"|(?<!the\s)(?<!golden\s)snitch(?:ed|es|ing)?\b"
                     r"|not\s+every(?:one|body)\s+(?:round|around)\s+here\s+(?:is\s+as|forgets|forgives|likes|wants|takes|will|welcomes)"
                     r"|(?:this|it|that)(?:'s|\s+is)?\s+(?:isn'?t|is\s+not|aint|ain'?t|not)\s+(?:over|finished|the\s+end)\b(?!\s+(?:yet\s+)?(?:till|until|til)\b)"
                     r"|free\s+country|remember\s+(?:this|that)\b(?=\s*(?:[.,!]|$|(?:mr|mrs|miss|ms|sir|you|u)\b))|remember\s+what\s+(?:you|u)\b)", re.I)
# ...not a kindness, a party or a trip remembered: the forgetting is of a wrong only where no warmth is beside it.
# Not "love" (a Hexley "walking home love" is no warmth) nor a laugh (a threat laughed is still one).
_WARM = re.compile(r"\b(?:kind\w*|lovely|amazing|brilliant|legend|wonderful|proud|congrat\w*|loved|lots\s+of\s+love|miss\s+you|birthday|party|residential"
                   r"|school\s+trip|prom|leaving\s+do|cup\s+final|nativity|concert|pe\s+kit|stay\s+together|expecting|maternity)\b|[❤💙💕🥰😊😍🥳🎉]", re.I)
# ...not where the care is the road's, the weather's or a stranger's: "be careful walking home, the lights are out".
# Review A's: the traffic's, the crowd's, a thief's ("it's packed", "kids run out between cars", "roadworks on
# Station Rd", "two cars were broken into"); not "window" nor "you thieving cow", which a threat may hold.
_SAFETY = re.compile(r"\b(?:lights?|street\s*lights?|ice|icy|snow|fog|rain|rainy|raining|weather|wind|windy|dark\s+nights|(?:it'?s|gets|getting)\s+dark|clocks|puddles?"
                     r"|roads?\s+(?:works?|closed)|roadworks|traffic|between\s+cars|parked\s+cars|(?:it'?s|gets|so|really)\s+(?:packed|busy|rammed)|barrier|one-?way|stranger|van|man\s+in|"
                     r"broken\s+into|break-?ins?|burglar\w*|scam\w*|pickpocket\w*|dogs?|potholes?|flood\w*|keep\s+safe|stay\s+safe)\b", re.I)
# Watched for: "me and the lads will be watching them gates 👀".
# Review A's: other crews and tenses ("me and my boys", "Me & the boys'll", "lads will", "my brothers will be waiting
# outside the gates for you", "are watching them gates every home time now", "gonna be sat outside the gates"), the
# school gates, and whom ("We'll be watching you at the gates", "waiting for him at the gates").
_CREW = (r"(?:me\s+(?:and|n|&)\s+(?:the|my)\s+(?:lads|boys|brothers|mates|cousins|uncles)|(?:the|my)\s+(?:lads|boys|brothers|mates|cousins|uncles)"
         r"(?:\s+(?:and|n|&)\s+me)?|lads|we)")
_WATCHING = re.compile(r"\b" + _CREW + r"\s*(?:will|'ll|wil|(?:are|'re|r)?\s*(?:gonna|going\s+to))\s+be\s+"
                       r"(?:(?:watching|waiting)(?:\s+(?:for\s+)?(?:you|u|him|her|them|that\s+\w+))?\s+(?:at|by|outside|on)?\s*|outside\s+|sat\s+outside\s+)"
                       r"(?:them|the|those)\s+(?:school\s+)?gates?\b"
                       r"|\b" + _CREW + r"\s*(?:are|'re|r)\s+(?:watching|waiting\s+(?:at|by|outside))\s+(?:them|the|those)\s+(?:school\s+)?gates?\b", re.I)
# ...not a welcome, a coach, a lift or a rota: "waiting at the gates with hot chocolate for the Santa run 👀",
# "watching the gates for the coach coming back from residential 👀", "watching them gates get painted 👀".
# Each said as what is awaited, not who: "for your dad 👀", "to meet him 👀", "when he gets off the bus", "on his first
# day back", "to make sure he never comes back" are still threats.
_GATHERED = re.compile(r"\bfor\s+(?:the|our|my)\s+(?:\w+\s+){0,2}?(?:coach|bus|minibus|postman|parcel|delivery|santa\s+run|ice\s*cream\s+van|fox|lollipop\s+\w+"
                       r"|first\s+snow\w*|final\s+score|mum|dad|nan|grandparents?)\b|\bwith\s+(?:the\s+|some\s+)?(?:hot\s+chocolate|flowers|balloons|cake|banner|grit|placards?)\b"
                       r"|\bto\s+(?:clap|cheer|collect|wave|welcome|arrive)\b|\bpick\s+(?:us|them)\s+up\b|\bon\s+the\s+cctv\b|\bget\s+painted\b|\bgo(?:ing)?\s+up\b|\bnew\s+gates\b"
                       r"|\bone-?way\b|\bspeeding\b|\btraffic\b|\bcrossing\s+patrol\b|\bresidential\b|\brota\b|\bvolunteers?\b|\bsign\s+up\b|\bgrandparents'?\s+day\b"
                       r"|\bsports\s+day\b|\bmake\s+sure\s+(?:she|he|they)\s+(?:goes|go|gets?)\s+in\b|[🎅🎈🎉🏃❤💙]", re.I)
# A car and where it is left: "i know the blue astra he drives and where he leaves it".
# Review A's: "We know", "i kno", "n where", "the caretaker", "that teacher", "the Corsa they drive and where they park it",
# "i know his car and where he parks it", "where it is parked at night", "Mrs Okafor's car is the grey Qashqai and I know
# where she parks it".
_CAR_KNOWN = re.compile(r"\b(?:i|we)\s+(?:all\s+)?kno?w?\s+(?:exactly\s+)?(?:(?:the\s+|what\s+|wat\s+|which\s+)?(?:[\w-]+\s+){0,3}?(?:car\s+|van\s+)?"
                        r"(?:he|she|they|the\s+(?:\w+\s+)?(?:teacher|caretaker|head|deputy|senco)|that\s+(?:teacher|man|woman|bloke)|(?:mr|mrs|ms|miss)\.?\s+\w+)"
                        r"\s+(?:drives?|has|'s\s+got)|(?:his|her|their)\s+(?:car|van|motor)|which\s+(?:car|van|motor)\s+is\s+(?:his|hers|theirs|[\w.]+(?:\s+\w+)?'s))\b"
                        r"[^.!?\n]{0,20}?(?:\band|\bn|&|,)\s+where\s+(?:(?:he|she|they)\s+(?:leaves|parks|keeps|leave|park|keep)\s+it|it\s*(?:'s|is)\s+(?:parked|left|kept))\b"
                        r"|\b(?:car|van|motor)\s+is\s+(?:the|a)\s+[^.!?\n]{0,30}?\band\s+(?:i|we)\s+know\s+where\s+(?:he|she|they)\s+(?:leaves|parks|keeps)\s+it\b", re.I)
# ...not a kindness or a lift: the lights left on, a tyre flat, a card or a cake left, a lift, a car admired, a sister's.
# Review A's: "she left her headlights on", "his window is open", "her tyre looks flat", "Found her keys", "his boot's
# open", "her alarm's been going off", "clipped his wing mirror", "return his umbrella", "Car share", "so jealous 😍",
# "she's my sister 😂", "the fence quote".
_KIND = re.compile(r"\b(?:cake|card|flowers|present|gift|parcel|note|lift|car\s*share|jump\s*-?\s*start|jump\s+leads|battery|(?:head)?lights\s+(?:are\s+)?on"
                   r"|window\s+(?:is\s+)?open|boot(?:'s|\s+is)?\s+open|(?:has|got)\s+a\s+flat\s+tyre|tyre\s+(?:looks|is)\s+flat|alarm'?s?\s+(?:been\s+)?going\s+off"
                   r"|(?:'s|has)\s+clipped\s+(?:his|her|their)\s+wing\s+mirror"
                   r"|umbrella|raffle|prize|return\s+(?:his|her|their|the)\s+(?!favou?r)\w+|(?:found|dropped|left|lost)\s+(?:his|her|their|the)\s+(?:spare\s+)?keys?|spare\s+key"
                   r"|(?:kids|we|everyone|pupils|team)\s+meet|book\s+(?:him|her|them)|i\s+park\s+next\s+to"
                   r"|lovely|gorgeous|jealous|dream\s+car|(?:fence|kitchen|job|a)\s+quote|(?:she|he)'?s\s+my\s+(?:sister|brother|mum|dad|wife|husband|son|daughter))\b"
                   r"|😍", re.I)
# Down, or a visit: "Take it down NOW or I'll come round and take it down for you".
# Review A's: the photo, the video, them pics; "Take it down. Or I'll come round."; "or I'm coming round", "or I'll
# come to your house", "or I'll come over".
_TAKE_DOWN = re.compile(r"\b(?:take\s+(?:it|that|this|them|(?:the|that|this|them|those|ur|your)\s+(?:post|photos?|pics?|pictures?|videos?|vids?|comments?|page|status))\s+down"
                        r"|take\s+down\s+(?:the|that|this|them|those|ur|your)\s+(?:post|photos?|pics?|pictures?|videos?|vids?|comments?|page|status)"
                        r"|(?:delete|remove)\s+(?:it|that|this|(?:the|that|this|them|those|ur|your)\s+(?:post|photos?|pics?|pictures?|videos?|vids?|comments?|page|status)))\b"
                        r"(?:[^.!?\n]{0,20}?|[^.!?\n]{0,20}?[.!]\s*)\bor\s+(?:else\s+)?(?:i'?ll|i\s+will|we'?ll|we\s+will|i'?m|we'?re)\s+"
                        r"(?:come|coming|be)\s+(?:round|over|to\s+(?:your|ur)\s+(?:house|home|door|flat))\b", re.I)
# ...not a friend's help: "or I'll come round and show you how to set the privacy settings", "and help you do it",
# "with a better photo of Lily", "with the ladder, the banner's wonky".
_HELP = re.compile(r"\b(?:come|coming|be)\s+round\s+(?:and\s+(?:help|show\s+(?:you|u)\s+how)|with\s+(?:a|the)\s+(?:better|nicer|new|ladder))\b", re.I)
# The house known, said to its owner: "I know exactly which house on Fenwick Close you're in".
# Review A's: "We know which house you're in", "ur in" (read "your in"), "u r at", "which house Mrs Patel lives in".
_HOUSE_KNOWN = re.compile(r"\b(?:i|we)\s+know\s+(?:exactly\s+)?(?:which|what)\s+(?:house|flat|door|number)\b[^.!?\n]{0,40}?"
                          r"\b(?:you'?re|youre|your\s+in|you\s+are|u\s+are|u\s+r|ur\s+in|you\s+live|u\s+live|is\s+(?:yours|urs)|(?:he|she|they|(?:mr|mrs|ms|miss)\.?\s+\w+)\s+lives?)\b",
                          re.I)
# ...not a parcel, a party, a lift or the school's houses: Review A's "I know which house you're in for sports day,
# you're in Oak like me", "Red house all the way", "at Hogwarts", "see you at 7 for the party", "welcome to the close",
# "we'll pick you up at 8", "Babysitting tonight", "the Christmas lights trail".
# Each said as what it is, not a word a threat may hold too: "you're not welcome here", "Year 6 teacher", "I'll return
# the favour", "the lads will pick you up" are still threats.
_DELIVERY = re.compile(r"\b(?:parcel|post|delivery|deliver\w*|drop\s+(?:it|them|off)|leave\s+(?:it|them)|card|present|invite|invitation|lift|(?:for|to)\s+the\s+party"
                       r"|birthday\s+party|sleepover|babysit\w*|pick\s+(?:you|u)\s+up\s+at\s+\d|walk\s+\w+\s+home|welcome\s+to\s+the\s+(?:close|street|road|estate|area)"
                       r"|new\s+neighbours?|carol\s+singers?|carols|halloween\s+display|christmas\s+lights|lights\s+trail|return\s+(?:your|the)\s+(?!favou?r)\w+"
                       r"|bring\s+(?:\w+\s+){1,2}back|scouts?|bob-a-job|sports\s+day|house\s+(?:points|captain|colou?rs?|team)|(?:red|blue|green|yellow)\s+house"
                       r"|team\s+(?:red|blue|green|yellow)|hogwarts|hufflepuff|gryffindor|ravenclaw|slytherin|which\s+form|form\s+(?:tutor|group)|induction"
                       r"|staff\s+quiz|quiz\s+night)\b", re.I)


# Beside a grudge, a car or a way home known (probe90's "Grey Tiguan, leaves the Marlow Road car park about 6 most nights,
# always the same way home. Some of us haven't forgotten"; probe91's "her uncles are not calm people and they know what
# car he drives").
_ROUTINE = re.compile(r"\b(?:always\s+the\s+same\s+way\s+home|same\s+(?:way|route)\s+home\s+every\s+\w+"
                      r"|(?:leaves|leaving|gets\s+in\s+(?:his|her)\s+car|finishes)\b[^.!?\n]{0,60}?\b(?:most|every)\s+(?:nights?|evenings?|days?)"
                      r"|(?:they|we|i|he|she|uncles?|brothers?|cousins?|lads|boys)\s+knows?\s+(?:what|which)\s+car\s+(?:he|she|they|the\s+teacher)\s+(?:drives|has))\b", re.I)
# An address known to its owner's peers: probe91's "lily everyone knows ur address now so good luck walking home 😘".
_ADDRESS_KNOWN = re.compile(r"\b(?:every(?:one|1|body)|we|they|the\s+whole\s+(?:school|year))\s+knows?\s+(?:ur|your|where\s+(?:u|you)\s+live)\b(?:\s+(?:address|house|street|road))?"
                            r"(?=[^.!?\n]{0,40}\b(?:good\s+luck|now|so\b|watch|careful))", re.I)
# Fire set to a car or a house by a day: probe91's "okafor's car is the blue corsa in the staff bay on marlow rd. be on fire by friday."
# (A thing or a place is what will burn, or the sentence opens so: not "my legs will be on fire by friday after the bleep
# test", nor "our netball girls will be on fire by friday".)
_ON_FIRE = re.compile(r"(?:(?:^|(?<=[.!?\n]))\s*|\b(?:it|that|this|the\s+(?:car|house|school|building|place|lot)|(?:his|her|their|ur|your)\s+(?:car|house|van|motor|flat)|(?<!\bat\s)(?<!\bfrom\s)(?<!\bfor\s)(?:hba|hollowbrook))"
                      r"(?:'ll|\s+will|\s+is\s+(?:gonna|going\s+to)|\s+gonna)?\s+)be\s+on\s+fire\s+(?:by|before|on)\s+"
                      r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|tmrw|the\s+weekend)\b", re.I)
_PROPERTY = re.compile(r"\b(?:car|corsa|astra|fiesta|golf|qashqai|tiguan|van|house|home|flat|school|hba|hollowbrook|staff\s+bay|drive(?:way)?)\b", re.I)
# A reg plate and a house known, "so think on" (probe91's, buried in a PTA post about the Christmas fair).
_PLATE = re.compile(r"\b(?:i'?ve|ive|i\s+have|we'?ve|we\s+have)\s+got\s+(?:your|ur)\s+reg(?:istration)?(?:\s+(?:plate|number))?\b", re.I)
# The staff's homes to be posted: probe92's "HBA staff list w/ home addresses dropping this weekend 👀".
_LIST_DROPPING = re.compile(r"\b(?:staff|teachers?)(?:'s)?\s+(?:list\s+)?(?:w/|with|and|\+)\s+(?:their\s+)?(?:home\s+)?addresses\b[^.!?\n]{0,30}?"
                            r"\b(?:dropping|coming|going\s+up|going\s+out|posted|out|leaked|released|soon|tonight|tomorrow|this\s+week\w*)\b", re.I)
# A people at a gate and a time, and "somebody should do something" (probe92's Telegram channel: "Marlow Rd gate, 3:15,
# every day. Lots of little hijabs. Just saying. Somebody should do something about it before its too late 🔥").
_DO_SOMETHING = re.compile(r"\b(?:some(?:body|one|1)|we|people)\s+(?:should|needs?\s+to|ought\s+to|has\s+to|have\s+to)\s+do\s+something\b[^.!?\n]{0,30}?"
                           r"\bbefore\s+(?:it'?s|its|it\s+is)\s+too\s+late\b", re.I)
_A_PEOPLE = re.compile(r"\b(?:hijabs?|muslims?|jews?|jewish|blacks?|asians?|pakis?|immigrants?|migrants?|refugees?|asylum|foreigners?|poles|romanians?|travell?ers?|gypsies)\b", re.I)
_GATE_TIME = re.compile(r"\b(?:gates?|\d{1,2}[:.]\d{2}|home\s*time|pick\s*-?\s*up|drop\s*-?\s*off|every\s+day)\b", re.I)


def grudges(text: str) -> tuple[Finding, ...]:
    """Care urged, a gate watched, a car or a house known, beside a grudge; a post taken down or a visit."""
    grudge = bool(_GRUDGE.search(text)) and not (_WARM.search(text) and not re.search(
        r"\b(?:what|how)\s+(?:you|u)\s+(?:said|did|done|treated)\s+(?:to|about|my|our)\b|grass(?:ed|ing)|not\s+(?:just\s+)?left\b", text, re.I))
    found = find_all("veiled_threat", _CAREFUL, text) if grudge and not _SAFETY.search(text) else ()
    if (grudge or "👀" in text and not _SAFETY.search(text)) and not _GATHERED.search(text):
        found += find_all("veiled_threat", _WATCHING, text)
    if not _KIND.search(text):
        found += find_all("veiled_threat", _CAR_KNOWN, text)
    if not _DELIVERY.search(text):
        found += find_all("veiled_threat", _HOUSE_KNOWN, text)
    if grudge:
        found += find_all("veiled_threat", _ROUTINE, text)
    if _PROPERTY.search(text):
        found += find_all("explicit_threat", _ON_FIRE, text)
    if _HOUSE_KNOWN.search(text) or re.search(r"\bso\s+think\s+on\b", text, re.I):
        found += find_all("veiled_threat", _PLATE, text)
    if _A_PEOPLE.search(text) and _GATE_TIME.search(text):
        found += find_all("veiled_threat", _DO_SOMETHING, text)
    return (found + tuple(f for f in find_all("veiled_threat", _TAKE_DOWN, text) if not _HELP.search(text))
            + find_all("veiled_threat", _ADDRESS_KNOWN, text)
            + find_all("veiled_threat", _LIST_DROPPING, text))
