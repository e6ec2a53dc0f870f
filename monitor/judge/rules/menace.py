"""Menace said politely, and harm handed to "someone" (round62's ex-partners and office staff, threads40's
comment threads): "shame if something spoiled the carol service 🎄", "hollowbrook cant protect her forever",
"keep your nose out bex or youre next", "ill wait. got all day x", "Hope they stay safe this winter 🙂 Tell him
to withdraw the report", "someone should push her in the canal 😂😂", "someone should wait by that mini after
school". Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

_HIM = r"(?:him|her|them|the\s+teacher|(?:mr|mrs|ms|miss|sir)\.?\s+\w+)"
# Said whatever the tone: a smile or a laugh beside these takes nothing back.
STRONG = re.compile(
    # Not the weather or a plan ("shame if the rain spoiled sports day"): something unnamed, spoiling or happening.
    r"\bshame\s+if\s+(?:something|anything|summat|owt|sumthin)\s+(?:bad\s+|nasty\s+)?(?:was\s+to\s+|were\s+to\s+)?"
    # ...typed as it sounds, of a teacher's own: "wud be a shame if sumthin happend to whitakers kids" (review B's).
    r"(?:(?:happen(?:ed|s)?|happend|hapened|happnd)\s+(?:to\s+(?:either|both|them|him|her|you|u|it|(?:his|her|their|your|ur|the\s+teacher'?s?)\s+\w+"
    r"|\w+'?s\s+(?:kids|children|family|car|house|home|wife|husband|partner|dog|girls|boys|little\s+ones|motor|van))|at|during)|kicked\s+off\s+at)\b"
    # No one can keep them safe: "hollowbrook cant protect her forever" (not "we can't protect children from everything").
    # Not a parent's "we" ("we can't protect them forever, at some point they need to walk on their own").
    # "keep" only with "safe": "can't keep her forever i suppose" is a retirement do; "hba cant protect okafor 4ever" reaches
    # here as "aever" (spelling.py reads a 4 as an a) (review B's).
    r"|(?<!\bwe\s)(?<!\bi\s)\b(?:can'?t|cant|cannot|won'?t|wont|will\s+not)\s+(?:be\s+able\s+to\s+)?(?:(?:protect|hide|shield)\s+(?:" + _HIM + r"|you|u)\s+(?:safe\s+)?"
    r"|keep\s+(?:" + _HIM + r"|you|u)\s+safe\s+)(?:forever|[4a]\s?ever|for\s+ever|for\s+long|much\s+longer|every\s+day|all\s+the\s+time|24/7)\b"
    # "keep your nose out or youre next": not "you're next in the queue", "or you're next up for the raffle".
    r"|\bor\s+(?:you'?re|youre|ur|u\s*r|you\s+are|you'?ll\s+be|ull\s+be|she'?s|he'?s|shes|hes)\s+next\b(?!\s+(?:in|on|up|for|to|week|time|year)\b)"
    # A watcher who will outlast them: "ill wait. got all day x" (not "I'll wait for the reply, I've got all day").
    # ...or who will be there: "ill be outside hba at 3. ive got all day x" (not "got all day off").
    r"|\b(?:i'?ll|ill|i\s+will|i'?m|im|i\s+am)\s+(?:just\s+)?(?:be\s+)?(?:wait(?:ing)?|outside)\b(?!\s+for\s+(?:the|a|an|your|their|his|her)\s+(?:reply|response|email|answer|call|letter|results?|outcome|update|decision|apology))"
    r"[^.!?\n]{0,30}[.!?,\s]+(?:i'?ve\s+|ive\s+|i\s+have\s+|i\s+)?got\s+all\s+(?:day|night|week|the\s+time\s+in\s+the\s+world)\b(?!\s+off)"
    # A visit home urged, and paid back in kind: "someone should go round his house and grab HIM by the arm, see how he likes
    # it" (probe85, read afterwards).
    r"|\b(?:someone|somebody|some1|sum1|a\s+few\s+of\s+(?:us|you|u)|we|u\s+lot|you\s+lot)\s+(?:should|shud|needs?\s+to|ought\s+to|wants?\s+to|wanna)\s+"
    r"(?:go\s+(?:round|to)|pay\s+a\s+visit\s+to|turn\s+up\s+at|knock\s+on)\s+(?:to\s+)?(?:his|her|their|the\s+teacher'?s?|(?:mr|mrs|ms|miss)\.?\s+\w+'?s)\s+"
    r"(?:house|home|place|door|flat)\b(?=[^\n]{0,80}\b(?:see\s+how\s+(?:he|she|they)\s+likes?\s+it|(?:grab|slap|hit|punch|sort|batter|kick|smack|teach)\w*\s+(?:him|her|them)"
    r"|give\s+(?:him|her|them)\s+(?:a\s+taste|what\s+for|a\s+slap|a\s+hiding)|taste\s+of\s+(?:his|her|their)\s+own)\b)"
    # Lads brought to face someone (threads41's "we'll bring eggs and a few of the lads, see how brave she is then").
    r"|\b(?:we'?ll|we\s+will|gonna|i'?ll|ill|i\s+will)\s+bring\s+(?:\w+\s+){0,3}?(?:the\s+(?:lads|boys)|a\s+few\s+(?:of\s+the\s+)?(?:lads|boys|mates)|some\s+(?:lads|boys|mates)|back\s*up)\b"
    r"[^.!?\n]{0,40}?\bsee\s+how\s+(?:brave|hard|tough|big|clever|funny|smart|cocky|mouthy|gobby|confident)\s+(?:she|he|they|u|you)\s+(?:is|are|'s|'re|r)?\s*(?:then|now)\b"
    # probe89's "Anyone in Hexley fancy giving a certain PE teacher a proper reception when he comes out of the leisure centre
    # tonight after 5-a-side? Asking for a friend 🥊" (not a leaving do's send-off).
    r"|\b(?:fancy|fancies|wanna|want\s+to|(?:who'?s|anyone)\s+up\s+for)\s+giv(?:e|ing)\s+(?:him|her|them|a\s+certain\s+(?:\w+\s+){1,2}?|(?:the|that)\s+\w+(?:\s+teacher)?\s+"
    r"|(?:mr|mrs|ms|miss)\.?\s+\w+\s+)a\s+(?:proper|warm|little|nice|right|real)\s+(?:reception|welcome)\b"
    r"(?=[^\n]{0,100}(?:🥊|👊|🔪|\basking\s+for\s+a\s+friend\b|\bwhen\s+(?:he|she)\s+(?:comes|gets|walks)\s+out\b))"
    # Harm left to "someone" by water, stairs or road: "someone should push her in the canal".
    r"|\b(?:someone|somebody|some1|sum1|i'?ll|ill|i\s+will|gonna|i'?d\s+love\s+to|i\s+want\s+to)\s+(?:should\s+|needs?\s+to\s+|ought\s+to\s+|wants?\s+to\s+)?"
    r"(?:push|shove|throw|chuck|drag|dump)\s+" + _HIM + r"\s+(?:in(?:to)?|off|down|under|in\s+front\s+of)\s+(?:the\s+|a\s+)?(?:canal|river|pond|lake|reservoir|sea|stairs|cliff|bridge|quarry|bins?|skip|traffic|road|train|bus)\b"
    # ...or an ambush: "someone should wait by that mini after school" (not "someone should wait with her till her mum comes").
    # (Not "someone should wait by the gates to help the little ones cross", "we should wait outside the school till the
    # coach gets back": a gate, a stop, the school are where parents wait. A car, a house, or the teacher waited for.)
    r"|\b(?:someone|somebody|some1|sum1|a\s+few\s+of\s+(?:us|you|u)|we|u\s+lot|you\s+lot)\s+(?:should|shud|shld|needs?\s+to|ought\s+to|wants?\s+to|wanna|could)\s+"
    r"(?:all\s+)?(?:(?:go\s+and\s+|go\s+)?wait|hang\s+about|hang\s+around|be\s+waiting)\s+"
    r"(?:(?:for\s+" + _HIM + r"\s+)?(?:by|outside|at|near|round|behind)\s+(?:(?:that|his|her|their)\s+(?:\w+\s+)?(?:car(?!\s*park)|mini|van|motor|house|door|drive)"
    r"|(?:the|that)\s+(?:\w+\s+){0,2}?\w+'s\s+(?:car|mini|van|house|door)|" + _HIM + r"(?:'s)?\s+(?:car|house|door))"
    r"|for\s+(?:the\s+teacher|(?:mr|mrs|ms|miss|sir)\.?\s+\w+|him)\s+(?:(?:by|outside|at|near|round|behind|in)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:gates?|car\s*park|school|bus\s+stop|car|house)|after\s+school|at\s+\d)"
    # ...or at the gates to meet someone named: "u lot shud hang about by the staff car park at 3.30 and say hi to mr whitaker" (review B's).
    r"|(?:by|outside|at|near|round|behind)\s+(?:the|that)\s+(?:\w+\s+)?(?:gates?|car\s*park|school|bus\s+stop)\b(?:[^.!?\n]|\.(?=\d)){0,40}?"
    r"\b(?:say\s+(?:hi|hello)|have\s+a\s+(?:word|chat)|catch|greet|surprise|meet)\s+(?:to\s+|with\s+)?" + _HIM + r")\b"
    # (...not with a card for his last day: "a few of us should wait for mr whitaker after school with flowers".)
    r"(?![^\n]*\b(?:cards?|flowers|banner|present|gift|thank\w*|goodbye|send[\s-]?off|last\s+day|retir\w+|guard\s+of\s+honour|clap\w*)\b)",
    re.I)
# A dunk tank, a sponge, a sponsored soaking: "someone should throw mr whitaker in the pond for comic relief 😂", "£1 a go";
# not a price to watch it ("someone should push ms marsh in the canal, i'd pay £5 to watch 😂", review B's).
_CHARITY = re.compile(r"\b(?:comic\s+relief|children\s+in\s+need|sponsor\w*|charity|dunk\w*|fundrais\w*|raising\s+money|good\s+cause|raffle|£\s?\d+(?:\.\d\d)?p?\s+(?:a|per)\s+(?:go|throw|try|turn))\b", re.I)
# Letting children go: "you can't keep them safe forever, gotta let them grow up. first day at hba walking alone 😢".
_RAISING = re.compile(r"\b(?:let\s+(?:them|him|her)\s+(?:go|grow|walk|learn|make|be)|grow(?:ing)?\s+up|on\s+(?:their|his|her)\s+own|walk\w*\s+alone"
                      r"|independen\w+|sex\s+ed|learn\s+(?:the\s+)?hard\s+way)\b", re.I)
# Waiting told of: "Im waiting outside hba for pick-up, got all day apparently", "waiting on hold", "parents evening queue".
_QUEUED = re.compile(r"\b(?:on\s+hold|queue\w*|in\s+line|pick[\s-]?up|traffic|parents'?\s+evening|apparently|\d+\s+mins?\s+late|running\s+late|delayed|ring\s+(?:me\s+)?back"
                     r"|call\s+back|get\s+back\s+to|gets?\s+round\s+to|answer\w*|whenever|phone\s+line|reply|response|sat\s+nav|roadworks)\b", re.I)
# Baking: "Someone egg it and flour it, bake off at hollowbrook" (review B's).
_BAKING = re.compile(r"\b(?:flour|bak(?:e|ed|ing)|bake\s*off|cakes?|batter|whisk|pancakes?|recipe|mixture|glaze|pastry|yolks?|breadcrumbs?|dough|fry)\b", re.I)
# Sorrow for one ill or away: "shame if anything happened to him - ... hope he's back soon after his op".
_WELL = re.compile(r"\b(?:get\s+well|speedy\s+recovery|feel\s+better|hope\s+(?:he|she|they)(?:'?s|\s+is|\s+are|'?re)\s+(?:ok|okay|alright|back|better|home)"
                   r"|after\s+(?:his|her)\s+(?:op|operation|surgery|accident|illness|fall)|in\s+hospital|poorly)\b", re.I)
# A dare watched, not a reckoning: "Patel is doing the bungee jump for children in need. see how brave she is then!", "we'll bring the
# boys to the charity dodgeball, see how brave she is then", "Mr Whitaker is doing the 10k in a dinosaur suit, see how hard he is then"
# (review A's).
_DARED = re.compile(r"\b(?:bungee|sky\s*dive|abseil\w*|zip\s*-?\s*wire|climbing\s+wall|roller\s*coaster|haunted|ghost\s+train|horror\s+(?:film|movie)|santa|panto"
                    r"|spelling\s+bee|on\s+stage|10k|5k|fun\s*run|marathon|race|dodgeball|rugby|football|netball|boxing|match|tournament|ice\s+bucket|challenge"
                    r"|pie\w*|sponge|chilli|costume|dinosaur|fancy\s+dress|cheer\w*|proud|donat\w*)\b|🦖|🥊|🎅", re.I)
# A game of guessing, a prank, a joke, a book: "secret santa ... better hope nobody works out who he is 🎅", "the lad who scored the
# own goal better hope nobody works out who he is 😂", "someone should give him a taste of his own medicine - my toddler ... lol"
# (review A's).
_GAMES = re.compile(r"\b(?:secret\s+santa|mystery|masked|guess\w*|clues?|prank\w*|own\s+goal|quiz|toddler|baby|puppy|kitten|book|film|villain|story|jk)\b|🎅", re.I)
# ...a laugh too, but not beside a meeting named: "better hope nobody works out who he is. half of year 11 would be waiting for
# him at the 41 stop after school today, proper kicking lol" (threads41).
_LAUGHED = re.compile(r"😂|🤣|\blol\b|\blmao\b|\bhaha\w*", re.I)
_MEETING = re.compile(r"\b(?:after\s+school|today|tonight|tmrw|tomorrow|gates?|bus\s+stop|stop|waiting|outside|car\s*park|kicking|battering)\b", re.I)
# Only in a hostile post (a doxxed address makes it so): "i know every route she drives", "someone egg it".
WEAK = re.compile(
    # An event spoilt: a fair's notice says so too ("shame if anything spoiled it, so please park on Mill Lane").
    r"\bshame\s+if\s+(?:something|anything|summat|owt|sumthin)\s+(?:was\s+to\s+|were\s+to\s+)?(?:spoil(?:ed|t|s)?|ruin(?:ed|s)?|went\s+wrong\s+(?:at|with|during))\b"
    r"(?![^.!?\n]{0,60}\b(?:so\s+(?:please|pls|do)|please\s+(?:park|reconsider|remember|don'?t)|park\s+on)\b)|"
    # (Not a parent's school run: "I know every route she takes to hollowbrook because I drive her there lol".)
    r"\b(?:i|we)\s+know\s+(?:every|each|all\s+the|the)\s+(?:routes?|roads?)\s+(?:she|he|they|you|u)\s+(?:drives?|takes?|walks?|uses?)\b"
    # ("we know the route they walk to hba, its lit and safe": the school run, checked.)
    r"(?![^.!?\n]{0,20}\bto\s+(?:the\s+)?(?:school|hollowbrook|hba)\b|[^.!?\n]{0,40}\b(?:cos|because|coz|as)\s+(?:i|we)\s+(?:drive|take|walk)\b"
    r"|[^\n]{0,60}\b(?:it'?s|its|is)\s+(?:well\s+)?(?:lit|safe)\b)"
    r"|\b(?:i|we)\s+know\s+(?:where|when)\s+(?:she|he|they|you|u)\s+(?:leaves?|parks?|puts?)\s+(?:it|the\s+car|her\s+car|his\s+car|your\s+car|ur\s+car)\b"
    r"|\b(?:i|we)\s+know\s+(?:you|u|she|he)\s+drives?\s+(?:a|the|that)\s+(?:\w+\s+){0,2}?(?:car|corsa|fiesta|golf|mini|polo|astra|qashqai|van|audi|bmw|merc\w*|juke|focus|clio|yaris)\b"
    r"|\b(?:someone|somebody|some1|sum1|we|u\s+lot|you\s+lot|lets|let'?s|go)\s+(?:should\s+|needs?\s+to\s+)?egg\s+(?:it|(?:his|her|their|the|that)\s+(?:\w+\s+)?(?:house|car|door|windows?|van))\b"
    # ...or keyed, bricked: "the receptionist at hollowbrook needs her car keying, 12 ashdown close".
    r"|\b(?:needs?|wants?|deserves?)\s+(?:his|her|their|that)\s+(?:\w+\s+)?(?:car|house|windows?|van|tyres?)\s+"
    r"(?:key(?:ing|ed)|egg(?:ing|ed)|smash(?:ing|ed)|slash(?:ing|ed)|brick(?:ing|ed)|torch(?:ing|ed)|doing\s+in)\b"
    # threads41's: the one who wronged them found out, or paid back ("better hope nobody works out who he is", "someone should give
    # him a taste of his own medicine"), or told how brave they will be ("see how brave she is then").
    r"|\bbetter\s+hope\s+(?:nobody|no\s*one|no1)\s+(?:works?\s+out|finds?\s+out|knows|figures?\s+out)\s+(?:who|where)\s+(?:he|she|they)\b"
    r"|\b(?:someone|somebody|some1|sum1|we|i)\s+(?:should|needs?\s+to|ought\s+to|wants?\s+to|wanna|will|'?ll)\s+give\s+(?:him|her|them)\s+a\s+(?:taste|dose)\s+of\s+(?:his|her|their)\s+own\s+medicine\b"
    r"|\bsee\s+how\s+(?:brave|hard|tough|big|cocky|mouthy|gobby)\s+(?:she|he|they|u|you)\s+(?:is|are|'s|'re|r)?\s*(?:then|now|without)\b"
    # Fire wished on the school: "bet that field looks even better with the whole place burning behind it 🔥🔥".
    # ...with a word or three between: "bet hollowbrook would look lovely on fire 🔥 scum school" (read as "the school").
    r"|\b(?:bet|imagine|picture|wish|hope|would|'d)\b[^.!?\n]{0,60}\b(?:whole\s+place|whole\s+school|the\s+school|that\s+school|hollowbrook|hba|the\s+building|it\s+all)\s+"
    r"(?:(?:would|will|'d|could|looks?|look(?:ing)?|lovely|better|nice|great|even|so|be|all)\s+){0,4}"
    r"(?:burning|on\s+fire|in\s+flames|going\s+up\s+in\s+flames|burnt\s+down|burned\s+down|burns?\s+down|burn\s+to\s+the\s+ground)\b",
    re.I)
# "Hope they stay safe this winter 🙂 Tell him to withdraw the report": safety wished beside a demand.
_SAFE = re.compile(r"\b(?:hope|hoping|i'?d\s+hate\s+for)\s+(?:they|them|your|his|her|their|the|she|he|you|u|both\s+of\s+them)\s+(?:\w+\s+){0,3}?"
                   r"(?:stay|stays|keep|keeps|are|is|get|gets|got)\s+(?:home\s+)?safe\b"
                   # "would hate for anything to happen to her. withdraw the report hba"
                   r"|\b(?:would|'d)\s+hate\s+for\s+(?:anything|something|owt)\s+to\s+happen\s+to\s+" + _HIM + r"\b", re.I)
# The demand is about the complaint: not "drop the forms in", "tell them to stop at the crossing", "back off govt", "withdraw
# the fine for the term time holiday" (round 40's parents wishing a trip safe home).
_DEMAND = re.compile(r"\b(?:(?:withdraw|drop|retract|pull)\s+(?:the|it|that|this|his|her|your|ur|their)?\s*(?:report|complaint|allegations?|statement|claim"
                     r"|exclusion|referral|case|charges?|grievance|investigation|review|it|this|that)\b(?!\s+(?:off|in)\b)"
                     r"|back\s+off\s*(?:[.!,🙂😉]|now|$)|keep\s+(?:(?:his|her|their|your|ur)\s+(?:mouth|gob)\s+shut|quiet|it\s+quiet)|shut\s+(?:up|it)\b"
                     r"|(?:he|she|you|u|they)\s+knows?\s+what\s+(?:to\s+do|(?:he|she|you|u|they)\s+(?:has|have|needs?)\s+to\s+do)"
                     r"|think\s+(?:very\s+)?carefully(?!\s+(?:about|before)\s+(?:sparklers|fireworks|driving|travel\w*|the\s+(?:roads|weather|ice)))|or\s+else|let\s+it\s+go|leave\s+it\s+(?:there|alone))", re.I)
_QUOTE = "'\"‘“"
# A quoted span: opened after a space, closed before one; a word's apostrophe ("you're") inside it.
_QUOTED = re.compile(r"(?:^|(?<=[\s(:]))(?:[\"“][^\"“”\n]{1,160}[\"”]|['‘](?:[^'‘’\n]|(?<=\w)['’](?=\w)){1,160}['’](?!\w))")


def menaces(text: str) -> tuple[Finding, ...]:
    """`veiled_threat` said in any tone; `veiled_threat_if_hostile` only in a hostile post (the caller decides)."""
    found = find_all("veiled_threat", STRONG, text) + find_all("veiled_threat_if_hostile", WEAK, text)
    if _CHARITY.search(text):
        found = tuple(f for f in found if not re.match(r"(?i)\S+\s+(?:\w+\s+)?(?:push|shove|throw|chuck|drag|dump)\b", f.evidence))
    if _RAISING.search(text):
        found = tuple(f for f in found if not re.search(r"(?i)\b(?:protect|keep|shield|hide)\s+them\b", f.evidence))
    if _QUEUED.search(text):
        found = tuple(f for f in found if not re.search(r"(?i)got\s+all\s+\w+", f.evidence))
    if _BAKING.search(text):
        found = tuple(f for f in found if not re.search(r"(?i)\begg\b", f.evidence))
    if _DARED.search(text) or _CHARITY.search(text):
        found = tuple(f for f in found if not re.search(r"(?i)\bsee\s+how\b", f.evidence))
    if _GAMES.search(text) or _LAUGHED.search(text) and not _MEETING.search(text):
        found = tuple(f for f in found if not re.match(r"(?i)better\s+hope|\S+\s+(?:should|needs?\s+to|ought\s+to|wants?\s+to|wanna|will|'?ll)\s+give\b", f.evidence))
    if _WELL.search(text):
        found = tuple(f for f in found if not f.evidence.lower().startswith("shame"))
    safe = _SAFE.search(text)
    if safe and _DEMAND.search(text):
        found += (Finding("veiled_threat", " ".join(safe.group(0).split())),)
    # Words quoted to rebuke them ("'youre next'?? grow up") or told of ("my lad said 'bring your pe kit or you're next'")
    # are not the writer's.
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    return tuple(f for f in found if ((i := text.find(f.evidence)) <= 0 or text[i - 1] not in _QUOTE)
                 and not any(a <= i < b for a, b in quoted))
