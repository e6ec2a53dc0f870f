"""Threat phrasing, explicit and veiled, with idioms taken out first; imminence."""
from __future__ import annotations

import re

from monitor.judge.rules import blows, debts, fates, fights, grudges, kindly, menace, ominous, promised, reminders, reprisal, tongues, veiled
from monitor.judge.rules.forewarned import forewarned, forewarned_if_hostile
from monitor.judge.rules.idioms import strip_idioms
from monitor.judge.rules.spelling import plain_spelling
from monitor.judge.rules.harm_done import harm_reported
from monitor.judge.rules.excused import excused
from monitor.judge.rules.base import Finding, find_all, gap
from monitor.judge.rules.moments import NOTICE as _NOTICE, STAMP as _STAMP, WEAPON as _WEAPON, WHEN_WHERE as _WHEN_WHERE

_WHO = (r"(?:him|her|them|you|u|ya|that\s+\w+|this\s+\w+|the\s+(?:teacher|head|headteacher|head\s+teacher|school|bloke|woman|man|lot)|his|their|mr\.?\s+\w+|mrs\.?\s+\w+|ms\.?\s+\w+|miss\s+\w+|sir|miss|(?-i:[A-Z][a-z]+)"
        # A school's staff as a group is as much a target as one of them.
        r"|the\s+(?:next|nxt)\s+(?:person|one|kid|lad|girl|boy|teacher)"
        # Round 21's "im gonna st4b the fat c*nt": a person called names. (Not "murder the caretaker": a
        # job is how hyperbole names its target too, "he's locked the bike shed AGAIN, love him really".)
        r"|the\s+(?:\w+\s+)?(?:c[u*]nt|prick|twat|bastard|b[i*]tch|knobhead|dickhead|wanker|tosser|nonce|paedo|scumbag)"
        r"|(?:the\s+|all\s+(?:the\s+)?|every\s+)?(?:\w+\s+)?(?:staff|teachers?|staff\s+room|kids|pupils|students)|every(?:one|body|\s+last\s+one)(?:\s+of\s+(?:them|you))?|(?:the\s+)?lot\s+of\s+(?:them|you|em))")
_VERB = (r"(?:kill?|stabb?(?=in\b)|stabb?|shoot|murda|merk|murk|unalive|hurt|batter|beat|smash|punch|burn|torch|bomb|glass|slash|strangle|deck|knife|murder|"
         r"kick|thump|bottle|shank|acid|petrol|end|break|drown|run\s+over|knock\s+out|floor|leather)")
_MODAL = r"(?:i'?ll|i\s+will|i'?m\s+(?:going|gonna|gunna)\s+(?:to\s+)?|i\s+am\s+going\s+to|i'?m\s+about\s+to|gonna|gunna|going\s+to|we'?ll|we\s+will|we'?re\s+going\s+to|someone\s+(?:should|needs\s+to|ought\s+to|will|is\s+going\s+to|wants\s+to)|somebody\s+(?:should|needs\s+to|will)|i\s+want\s+to|i'?d\s+(?:love|like)\s+to|i\s+swear\s+i'?ll|next\s+time\s+i\s+see\s+\w+\s+i'?ll)"

_EXPLICIT = re.compile(
    # Not the passive ("someone's going to get killed over that tombola one year"): who is hurt is
    # its subject, and what follows is no one.
    r"\b" + _MODAL + gap(2) + r"(?<!\bget\s)(?<!\bgets\s)(?<!\bgot\s)(?<!\bgetting\s)(?<!\bbe\s)(?<!\bbeen\s)(?:" + _VERB
    + r")(?:ed|ing|s)?\b(?:\s+(?:up|in|out|over))?\s+" + _WHO + r"\b"
    # Round 48's read: "next time I swear I'll run him over on Station Lane" (the object inside the verb).
    # Not a lift or a lesson ("I'll run him over to the station", "run them over the answers"): only
    # where what follows is a road, a vehicle, a reversing or a moment.
    r"|\b" + _MODAL + gap(2) + r"run\s+(?:him|her|them|you|u|that\s+\w+|the\s+(?:teacher|head|caretaker|bloke|woman|man))\s+over\b"
    r"(?=\s*(?:[.!]|$)|\s+(?:on\s+(?:\w+\s+)?(?:lane|road|rd|street|st|avenue|close|way|drive)\b|outside\b|with\s+(?:my|the|his|her|a|me)\s+"
    r"(?:car|van|motor|truck|4x4|transit)\b|and\s+revers|the\s+(?:second|minute|moment)\b|at\s+(?:pick\s*up|home\s+time|drop\s*off|the\s+gates?)\b"
    r"|in\s+the\s+(?:car\s+park|street|road)\b|next\s+time\b|if\s+(?:he|she|they|i)\b))"
    # threads35's "I'll flatten him myself", "I'll lamp her": only a person flattened or lamped (a review's hills, hair, dough).
    r"|\b" + _MODAL + gap(2) + r"(?:flatten|lamp)(?:ed|ing|s)?\s+(?:him|her|them|you|u|ya|yous|(?:mr|mrs|ms|miss)\.?\s+\w+|sir|miss|the\s+(?:teacher|head)|that\s+(?:teacher|kid|lad|girl|boy|woman|bloke|man)|the\s+lot\s+of\s+\w+|(?:your|ur|yer)\s+(?:son|lad|kid|boy|girl|daughter))\b(?!\s+(?:hair|fringe|at\b|in\s+the\s+(?:quiz|match|final|game)))"
    r"|\b(?:deserves?|needs?|wants?|should\s+(?:get|be\s+given))\s+(?:a\s+)?(?:good\s+)?(?:bullet|kicking|shoeing|stabbing|beating|battering|hiding|punch|shot|knife)\b"
    r"|\b(?:deserves?|needs?|ought|should)\s+(?:to\s+)?(?:all\s+)?(?:be\s+)?(?:(?:lined|rounded|taken|dragged|strung)\s+(?:up|out)\s+and\s+)?(?:shot|stabbed|killed|hanged|hung|strung\s+up|beaten|burned|burnt|put\s+down|set\s+on\s+fire|die|dead)\b(?!\s+of\b)|"
    + fates.RUN_OVER +
    # ...not a wall, a timetable or a complaint: "the wall needs knocking out", "wants running over with the kids".
    r"|\b(?<!\bwall\s)(?<!\bwalls\s)(?<!\bnest\s)(?<!\bit\s)(?:wants?|want|needs?)\s+(?:stringing\s+up|hanging|running\s+over|knocking\s+out|burning\s+out|kneecapping|putting\s+down)\b"
    r"(?!\s+(?:again|in\s+writing|on\s+paper|with\s+(?:the|a)\s+(?:kids|class|children|pupils|parents|staff|rake|roller|mower|team)|for\s+the\s+new)\b)"
    r"|\b(?:wants?|needs?)\s+(?:shooting|stabbing|killing|hanging|burning|kicking|slapping|battering)\b"
    # "they'll get a fist in the face", "you'll get a slap round the head".
    r"|\b(?:'ll|will|gonna|going\s+to)\s+get\s+(?!a\s+(?:slap\s+in\s+the\s+face|kick\s+in\s+the\s+teeth))(?:a\s+|my\s+)?(?:fist|punch|slap|smack|headbutt|kick|boot|brick)\s+(?:in|to|round|across)\s+(?:the|their|his|her|your|ur|yer)\s+(?:face|head|mouth|gob|jaw|teeth)\b"
    r"|\b(?:burn|torch|bomb|shoot\s+up|blow\s+up|petrol\s+bomb)\s+(?:the|that|this|your|ur)\s+(?:\w+\s+)?(?:school|academy|building|place|classroom|house)\b"
    r"|\b(?:bring(?:ing)?|take|taking|bringing\s+in|carry|carrying)\s+(?:a|my|his|the)\s+(?:knife|gun|blade|machete|weapon|acid)\s+(?:in(?:to)?|to)\s+"
    r"(?:school|class|him|her|them|sir|miss|the\s+(?:school|class|classroom|mock|exam|gates?|disco|fair|match|game|park|rec|bus|prom|assembly|hall"
    r"|canteen|playground|field|teacher|head\w*|deputy|caretaker|senco|staff)\b|(?-i:[A-Z]\w+))"  # next: "bringin my brothers blade in tmrw", not "a kid brings a blade in"
    r"|(?<!\bif\sa\spupil\s)(?<!\bif\sa\schild\s)(?<!\bif\sa\sstudent\s)(?<!\bif\ssomeone\s)(?<!\bif\sanyone\s)(?<!\bin\scase\sa\spupil\s)(?<!\ba\skid\s)(?<!\ba\spupil\s)(?<!\ba\schild\s)(?<!\bsome\skid\s)\b(?:bring|brings|bringing|bringin|take|taking|takin)\s+(?:(?:a|my|his|her|the|[\w]+'?s)\s+){1,2}"
    r"(?:knife|gun|blade|machete|weapon|(?:air\s+)?rifle|bb\s+gun|pistol|shank|ching|taser)"
    r"\s+(?:in\b(?!\s+(?:the\s+)?(?:kitchen|drawer|block|car|van|boot|garden|woods)\b)(?!\s+for\s+(?:the|a|an|our|their|assembly|remembrance|show)\b)(?!\s+to\s+show\b)"
    r"|(?:into|to)\s+(?:school|skool|skl|class|(?-i:[A-Z]\w+)|the\s+(?:mock|exam|gates?|school|class|classroom|canteen|playground)\b))"
    r"|\b(?:put|send)\s+(?:him|her|them|you)\s+in\s+(?:hospital|a\s+box|the\s+ground|a\s+wheelchair)\b"
    r"|\b(?:break|snap)\s+(?:his|her|their|your)\s+(?:legs?|neck|jaw|nose|arms?|face|fingers?)\b|\b(?:break|snap)\s+every\s+(?:finger|bone)\b"
    r"|\bput\s+(?:him|her|them|you)\s+through\s+(?:a|the|his|her|their|your)\s+(?:own\s+|\w+\s+)?(?:window|windscreen|wall|door|table|windows)\b"
    r"|\b(?:wants?|needs?)\s+(?:putting\s+(?:in\s+the\s+ground|down|six\s+feet\s+under)|burying)\b|\bdig\s+the\s+(?:hole|grave)\b"
    r"|\b(?:hope|wish)\s+(?:someone|somebody|some1|sum1)\s+(?:runs|run|knocks|knock|stabs|batters|kills|shoots|hits|burns|torches|bombs|blows\s+up)\s+(?:him|her|them|that|the)\b"
    r"|\b(?:give|gives|giving)\s+(?:\w+\s+){1,4}?a\s+(?:proper\s+|good\s+|right\s+)?(?:kicking|hiding|beating|battering|shoeing|slapping|pasting)\b"
    r"|\b(?:he|she|they)\s*(?:'s|is|are|'re)?\s+(?:gonna|going\s+to|gunna)\s+(?:(?:stab|kill|shank|batter|hurt|jump)\s+me\b|beat\s+me\b(?!\s+(?:at|in|to|on)\b))"
    r"|\bburn\s+(?:it|the\s+place|the\s+school|that\s+school|the\s+building)\s+down\b"
    r"|\b(?:deserves?|needs?)\s+a\s+(?:petrol\s+bomb|brick|molotov)\b|\bwants?\s+a\s+(?:petrol\s+bomb|molotov)\s+through\b|\bwants?\s+a\s+brick\s+through\s+(?:his|her|their|your|(?-i:[A-Z]\w+)'?s)\s+(?:\w+\s+)?(?:window|windscreen|door|letterbox|house|car)\b"
    r"|\b(?:kick|smash|cave)\s+(?:his|her|their|your|[a-z]+'?s)\s+(?:head|face|teeth)\s+in\b"
    r"|\b(?:you'?re|youre|your|he'?s|she'?s|they'?re)\s+(?:dead|getting\s+(?:stabbed|shanked|battered|done\s+in))\b"
    # Not what already happened: "crying in the toilets after getting jumped at the bus stop"; nor what happens to people
    # in a story: "loads of people get shot" (quiet51); nor to whom, habitually: "Tyler ... gets jumped every single day".
    r"|(?<!\bafter\s)(?<!\bsince\s)(?<!\bfrom\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bpeople\s)(?<!\bcharacters\s)(?<!\bppl\s)(?<!\bppl\sactually\s)(?<!\bpeople\sactually\s)"
    r"\b(?:is|are|'s|(?<!\bwho\s)gets?|getting|gettin|will\s+get|gonna\s+get|going\s+to\s+get|needs\s+to\s+get|should\s+get)\s+(?:getting\s+)?"
    r"(?:stabbed|shanked|battered|jumped|done\s+in|beaten\s+up|knocked\s+out|merked|shot(?<!\bis\sshot)(?<!\bare\sshot)(?<!'s\sshot)|bottled|glassed|leathered|decked|slapped|smacked)\b"
    r"(?!\s+(?:\d|of\b|in\s+the\s+(?:match|game|final)|at\s+(?:football|rugby|netball|the\s+match)))"
    # ...nor a fight filmed and laughed at, with no day ahead: "jayden from 9M getting BATTERED at the 41 stop lmaooo" (round 56).
    r"(?!(?![^.!?\n]{0,50}(?:\b(?:tmrw|tomorrow|tomoz|later|tonight|after\s+school|(?:mon|tues|wednes|thurs|fri)day|gates?|be\s+there|come\s+watch|next\s+week|one\s+day|just\s+watch)\b|\d[:.]\d\d))[^.!?\n]{0,50}(?:\blmao+\b|😂|🤣|😭|#fight))"
    r"|" + fates.DEAD_MAN + r"|\bi\s+hope\s+(?:he|she|you|they)\s+(?:dies?|gets?\s+(?:hurt|stabbed|run\s+over|cancer))",
    re.I)

_PERSON = r"(?:he|she|they|you|u|that\s+\w+|the\s+\w+|(?:mr|mrs|ms|miss|dr)\.?\s+\w+|sir|miss|(?-i:[A-Z][a-z]+))"

# Veiled: no violent verb, but plain to anyone on the receiving end. Always a threat.
_VEILED_STRONG = re.compile(
    fates.NOT_RESPONSIBLE + "|" + fates.ONE_PIECE +
    r"|\b(?:his|her|your|ur|their)\s+card\s+is\s+marked\b|\bconsider\s+(?:yourself|urself|this)\s+warned\b"
    r"|\b(?:i\s+know\s+what\s+(?:you|u)\s+did|stay\s+away\s+from|(?:don'?t|do\s+not)\s+(?:ever\s+)?(?:touch|go\s+near|speak\s+to|look\s+at))\b[^\n]{0,80}?\b(?:you'?ve|you\s+have|u\s+have|u'?ve)\s+been\s+warned\b"
    r"|\b(?:i|we)\s+know\s+(?:his|her|your|ur|their)\s+(?:routine|reg|number\s*plate|movements|address)\b"
    r"|\b(?:what|which)\s+time\s+(?:he|she|they)\s+(?:leaves?|finishes|gets\s+home|goes\s+home)\b"
    r"|\bhope\s+(?:he|she|they|you)\s+(?:has|have|got|'?s\s+got|'?ve\s+got)\s+good\s+(?:locks|insurance|security|cctv)\b"
    r"|\bbetter\s+(?:lock|keep)\s+(?:his|her|your|ur|their)\s+doors?\b"
    # What school threats sound like: a warning to stay away, a day something will happen.
    r"|\b(?:don'?t|do\s+not|dont)\s+(?:come|go|send\s+(?:your|ur)\s+\w+)\s+(?:in(?:to)?\s+|to\s+)?(?:school\s+|class\s+|hollowbrook\s+|hba\s+)?(?:tomorrow|tmrw|on\s+\w+day|this\s+week|next\s+week)"
    r"|\bstay\s+(?:at\s+)?home\s+(?:tomorrow|tmrw|on\s+\w+day)\b|\bcolumbine\b|(?<!referencing\sa\s)(?<!referring\sto\sa\s)(?<!mentioning\sa\s)\bschool\s+shoot(?:ing|er)\b|\bbloodbath\b"
    r"|\b(?:something|it)\s*(?:'s|is|will|'ll)?\s+(?:going\s+to|gonna|about\s+to)?\s*(?:happen|go\s+down|kick\s+off)\s+(?:at|in|to)\s+(?:the\s+)?(?:school|hollowbrook|hba|(?:the\s+)?gates)\b"
    r"|\b(?:won'?t|will\s+not)\s+know\s+what\s+hit\s+(?:him|her|them|you|em|it|us)\b"
    # "he's got it coming, mark my words" (not "mark my words" alone: a parking moan's "carnage, mark my words").
    # Not "the PTA's got it coming together", "Mr W's got it coming along nicely", nor a rival school or team
    # ("Kelby High has got it coming on Saturday"): review P's ordinary month.
    r"|(?:\b(?!(?:pta|high|academy|school|college|fc|united|town|city|rovers|juniors|team|everyone|everybody|christmas|santa)\b)\w+(?:'s|\s+(?:is|has))\s+|\bteacher\s+)"
    r"got\s+it\s+coming\b(?!\s+(?:together|along|back|through|round|nicely))"
    r"|\b(?:i'?ve|i\s+have|we'?ve)\s+been\s+(?:watching|following)\s+(?:you|u|him|her|them)\b"
    r"|\b(?:saw|seen|see)\s+(?:you|u|him|her)\s+(?:at|in|outside|leaving|with)\b[^.!?\n]{0,50}\b(?:your|ur|his|her)\s+(?:kids?|children|daughter|son|wife|husband|house|home|car)\b"
    r"|\b(?:nice|lovely|pretty|cute|beautiful)\s+(?:house|home|car|kids|children|family|garden|front\s+door|daughters?|sons?|wife|husband)\s+(?:you'?ve\s+got|you\s+have|he\s+has|she\s+has|he'?s\s+got|she'?s\s+got|u\s+got)\b"
    r"|\bwatch\s+(?:his|her|their|your|ur)\s+backs?\b"
    r"|\b(?:i|we)\s+(?:know|found\s+out|know\s+exactly)\s+where\s+" + _PERSON + r"\s+lives?\b"
    r"|\b(?:i|we)\s+know\s+(?:what|which)\s+(?:car|motor|van)\s+" + _PERSON + r"\s+drives?\b"
    r"|\b(?:i|we)\s+know\s+where\s+(?:his|her|their|your)\s+(?:kids?|children|family|wife|husband|house)\b"
    r"|\b(?:won'?t|will\s+not|never)\s+see\s+(?:it|us|me)\s+coming\b"
    r"|\b(?:his|her|your|their|[\w.]+'s)\s+days\s+(?:are|r)\s+numbered\b(?!\s+(?:as|at\s+(?:this|the)\s+school\s+only))"
    r"|\b(?:get|gets|getting|got|deserves?)\s+what'?s\s+coming\b(?![^\n]{0,40}\b(?:award|medal|praise|trophy|well\s+done|congrat\w*|promotion|pay\s+rise)\b)"
    r"|\bsleep\s+with\s+one\s+eye\s+open\b|\b(?:bring|bringing|carry|carrying)\s+(?:something|summat|sumthin)\s+sharp\b"
    r"|\b(?:(?:would|'d)\s+)?be\s+a\s+(?:real\s+|terrible\s+|awful\s+)?shame\s+if\s+(?:something|anything)\s+(?:bad\s+)?(?:happened|were\s+to\s+happen)\b"
    r"|\b(?:be|stay)\s+careful\s+(?:walking|driving|going|getting)\s+(?:home|to\s+(?:your|his|her)\s+car)\b"
    r"|\b(?:not|won'?t\s+be|isn'?t)\s+(?:going\s+to\s+be\s+)?safe\s+(?:walking|anymore|any\s+more|round\s+here|in\s+(?:this|that)\s+town)\b"
    r"|\bknows?\s+where\s+(?:you|u)\s+live\b"
    r"|\b(?:i|we)\s+know\s+(?:which|what)\s+(?:house|flat|door|street|road)\s+(?:is\s+)?(?:his|hers|theirs|yours|(?:he|she|they|you|u)\s+lives?\s+(?:in|on|at))\b"
    # Round 35's read: "a mate who wants a very long chat with him 🔪".
    # Not 👊: a fist bump ("wants a word with him 👊 legend") as often as a fist; it counts only in a hostile post, below.
    r"|\b(?:wants?|fancies|(?:would|'d)\s+like)\s+a\s+(?:very\s+|little\s+|quiet\s+|long\s+|proper\s+)*(?:chat|word)\s+with\s+(?:him|her|them|the\s+teacher|(?-i:[A-Z][a-z]+))\b(?=[^\n]{0,20}(?:🔪|🔫|🪓|🗡))"
    # Round 34's read: "I know which window is her classroom". (Which classroom or room is hers, a parent
    # says of their own child: that one counts only in a hostile post, below.)
    r"|\b(?:i|we)\s+know\s+(?:which|what)\s+window\s+(?:is\s+)?(?:his|hers|theirs|yours|(?:his|her|their|your)\s+(?:classroom|room|office))\b"
    r"|\bwalk(?:s|ing)?\s+(?:the\s+dog\s+|my\s+dog\s+)?(?:past|by)\s+(?:it|(?:his|her|their|your)\s+(?:house|flat|place|door))\s+(?:every|each)\b"
    r"|\b(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+(?:now\s+)?(?:got|found|found\s+out)\s+(?:your|ur|his|her|their)\s+(?:home\s+)?address\b"
    r"|\bsome(?:one|body)\s+(?:should|needs?\s+to|ought\s+to|wants?\s+to)\s+(?:go\s+and\s+)?wait\s+for\s+"
    r"(?!(?:the\s+(?:teacher|head)|(?:mr|mrs|ms|miss|dr)\.?\s+\w+|\w+)(?:'s|\s+to\s+\w))"
    r"(?!the\s+teacher\s+(?:repl\w*|emails?|answers?|response|decision|letter|call)\b)"
    r"(?!(?:the(?!\s+(?:teacher|head))|a|an|my|our|your|it|this|that|results?|news|ofsted|confirmation|answers?|repl(?:y|ies)|santa|father\s+christmas)\b)"
    r"(?!(?:his|her|their)\s+(?:mum|mam|mom|dad|nan|gran|grandad|brother|sister|friend|mate|lift|bus|turn|results?|reply|email|call)\b)"
    r"(?!(?:mr|mrs|ms|miss|dr)\.?\s+\w+(?:'s|\s+to\s+\w))(?!\w+(?:'s|\s+to\s+\w))\w+"
    r"|\b(?:some(?:one|body)\s+(?:should|needs?\s+to|ought\s+to)|(?:i|we)\s*(?:'?ll|will|'?m\s+going\s+to))\s+(?:go\s+and\s+)?"
    r"teach\s+" + _PERSON + r"\s+a\s+lesson\b"
    r"|\b(?:outside|sat\s+outside|parked\s+outside|waiting\s+outside)\s+(?:his|her|their|your)\s+(?:house|flat|home|door)\b"
    # How British threats end a sentence: in an ambulance or a box; the drill that next time won't
    # be one; a bomb placed; "better not be at the gates, cos I will be".
    r"|\b(?:til|till|until|untill)\s+(?:he|she|they|you|u)\s*(?:'s|'re|s|is|are|'m)?\s+in\s+(?:the\s+back\s+of\s+)?an?\s+(?:ambulance|hearse)\b"
    r"|\b(?:send|sends|sent|sending)\s+(?:you|u|ya|him|her|them|em)\s+(?:back\s+|home\s+)?in\s+a\s+(?:box|body\s*bag|coffin|wooden\s+box)\b"
    r"|\b(?:leave|leaves|leaving|carried|go|goes|going|end\s+up|ends\s+up)\s+(?:here\s+|school\s+|out\s+|home\s+)?in\s+a\s+(?:box|body\s*bag|coffin|wooden\s+box)\b"
    r"|\bnext\s+time\s+(?:it\s+)?(?:won'?t|will\s+not|wont)\s+be\s+a\s+drill\b|\bwon'?t\s+be\s+a\s+drill\s+next\s+time\b"
    r"|\b(?:there'?s|theres|there\s+is|i'?ve\s+(?:put|planted|left)|planted|placed)\s+(?:a\s+)?bomb\s+(?:in|at|under)\b"
    r"|\bbetter\s+not\s+be\s+(?:at|outside|near|in|on)\b(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,60}?\b(?:cos|coz|cause|because|'cause|cuz)\s+(?:i|we)\s*(?:'ll|will|am|'m|'re|are)\s+(?:be|there|coming|comin|going|goin|turning\s+up)\b",
    re.I)

# Veiled only when the post is hostile: "see you at pickup" is friendly on its own.
_VEILED_WEAK = re.compile(
    r"(?:🔪|🔫|💣|🪓|🗡)|\b(?:you'?ve|you\s+have|u\s+have|u'?ve)\s+been\s+warned\b|"
    # Weapons to bring, said to others: "bring ur blades", "they're bringing blades so bring ur own".
    r"\b(?:bring|bringing|bringin)\s+(?:ur|your|you'?re|yer|their|the|some)?\s*(?:blades|knives|shanks|weapons|machetes|guns)\b|"
    r"\bsee\s+(?:you|u|him|her|them)\s+(?:at|after)\s+(?:pick\s*-?\s*up|home\s*time|the\s+(?:school\s+)?gates|drop\s*-?\s*off|school|parents'?\s+evening)\b"
    # ...not the school run: "I'll be waiting for her at the bus stop as usual", "to hand back the PE kit".
    r"|\b(?:i'?ll|we'?ll|i\s+will)\s+(?:just\s+)?be\s+waiting\b(?![^.!?\n]{0,80}\bif\s+any(?:one|body|1)\s+(?:wants|needs)\s+(?:the|their|a|an|my|his|her)\s+(?:\w+\s+){0,2}?(?:back|costume|kit|bag|coat|cake|ticket|tickets|lift|form)\b)(?![^.!?\n]{0,50}\b(?:as\s+(?:usual|always|normal|ever)"
    r"|to\s+(?:hand|give|collect|pick|drop|return|bring|take)\s+(?:back\s+|up\s+|over\s+|in\s+)?(?:the|her|his|their|a|an|my|them|him)\b"
    r"(?!\s+(?:\w+\s+)?(?:a\s+)?(?:slap|smack|kicking|hiding|beating|piece|what|lesson|taste))))"
    r"|\b(?:coming|come)\s+for\s+(?:you|him|her|them)\b(?!\s+(?:job|jobs|seat|position|post|title|crown|role)\b(?![^.!?\n]{0,40}\b(?:and|then|next)\s+(?:her|his|their|your|him|them)\b(?!\s+(?:job|pension|reputation|position|role)\b)))(?![^.!?\n]{0,30}\b(?:meeting|AGM|vote|ballot|governors|election)\b)(?![^\n]{0,60}\bvote\s+of\s+no\s+confidence\b)"
    r"|\bpay\s+(?:him|her|them|you|sir|miss|\w+)\s+a\s+(?:little\s+)?visit\b"
    r"|\b(?:won'?t|not\s+going\s+to|isn'?t\s+going\s+to)\s+end\s+well\b|\bi'?d\s+be\s+careful\s+if\s+i\s+(?:was|were)\b"
    r"|\btick\s*,?\s*tock\b|\bkarma'?s?\s+(?:coming|is\s+coming|will\s+get)\b|\b(?:he|she)'?ll\s+get\s+(?:his|hers)\b"
    r"|\b(?:same|usual)\s+time\s+(?:every|each)\s+(?:day|night|morning|evening)\b|\blast\s+warning\b"
    r"|\baccidents\s+happen\b|\bget(?:s|ting)?\s+what\s+(?:he|she|they|you|u)\s+deserves?\b"
    r"|\b(?:have|had|going\s+to\s+have)\s+(?:a\s+)?(?:word|words)\s+with\s+(?:him|her)\s+(?:outside|after|in\s+the\s+car\s*park)\b"
    # ...not the advice to talk "like a normal person" (round 52's dad talked down).
    r"(?![^.!?\n]{0,30}\blike\s+(?:a\s+|an\s+)?(?:normal|grown|sensible|civili[sz]ed|reasonable|adult)\b(?![^.!?\n]{0,50}\b(?:then|see\s+how|or\s+else)\b))"
    r"|\bsort\s+(?:him|her|them)\s+out\s+(?:myself|ourselves|properly|proper)\b"
    # A review's "Nwosu, results day thursday. if I survive it, you won't."
    r"|\bif\s+i\s+survive\b[^.!?\n]{0,30}?\b(?:you|u|he|she|they)\s+won'?t\b"
    # Round 52's "someone needs to sort him out before the school does nothing again": the read sets' writers called it
    # a threat 8 times in 9 hostile posts. Not a place or a timetable sorted out for someone.
    r"|\bsome(?:one|body|1)\s+(?:needs?\s+to|should|ought\s+to|wants?\s+to)\s+sort\s+(?:him|her|them)\s+out\b(?!\s+(?:with|a|an|some|his|her|their)\b)"
    # Round 35's read: "She cant hide forever".
    # ...not from a thing ("from your homework", "from the press", "from the parents' questions"): from us, me, the lads.
    r"|\b(?:she|he|they|you|u)\s+(?:can'?t|cant|cannot|won'?t\s+be\s+able\s+to)\s+hide\s+(?:forever|for\s+ever|for\s+long)\b"
    r"(?!\s+from\b(?!\s+(?:me|us|the\s+(?:lads|boys)|(?:my|our)\s+(?:lads|boys|family|husband|fella|brothers?)))\b)"
    # The fist, only in a hostile post and not beside praise or a laugh: "my fella wants a word with him 👊".
    r"|\b(?:wants?|fancies|(?:would|'d)\s+like)\s+a\s+(?:very\s+|little\s+|quiet\s+|long\s+|proper\s+)*(?:chat|word)\s+with\s+(?:him|her|them|the\s+teacher|(?-i:[A-Z][a-z]+))\b"
    r"(?=[^\n]{0,20}👊)(?![^\n]{0,40}(?:legend|respect|proud|congrat|well\s+done|buzzing|🎉|❤|💪|👍|🎅|😂|🤣|\blol\b))"
    r"|\bhe'?ll\s+regret\b|\bshe'?ll\s+regret\b|\bthey'?ll\s+regret\b|\byou'?ll\s+regret\b"
    # "3.15 he's getting it", "we'll sort that PE teacher out", "go round there tonight", "through your letterbox".
    r"|\b(?:he|she|they)\s*(?:'s|is|are|'re)?\s+(?:getting|gonna\s+get|going\s+to\s+get|gettin)\s+it\b(?!\s+(?:done|back|right|fixed|sorted|now|in|on|out))"
    # Round 34's read: "ur getting it friday behind the leisure centre"; "next time I won't brake".
    r"|\b(?:you'?re|youre|you\s+are|your|ur|u\s+r|u'?re)\s+(?:getting|gettin|gonna\s+get|going\s+to\s+get)\s+it\b(?!\s+(?:done|back|right|fixed|sorted|now|in|on|out|for|wrong|at\s+last|finally)\b)(?=[^.!?\n]{0,40}\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tmrw|2moro|tonight|after\s+(?:school|skl)|behind|outside|at\s+the)\b)"
    # ...not what a complaint gets: "you're getting it Monday: my formal complaint", "at the next governors meeting".
    r"(?![^.!?\n]{0,60}\b(?:complaints?|letter|email|petition|governors?|ofsted|meeting|in\s+writing)\b)"
    # ...not the road's own hazards: "I won't brake for pigeons", "won't brake so hard on that bend".
    r"|\b(?:next\s+time\s+)?i\s+(?:won'?t|wont|will\s+not|ain'?t|aint)\s+(?:be\s+)?brak(?:e|ing)\b(?!\s+(?:so\s+|as\s+|too\s+)?(?:hard|harsh\w*|late|early|sharp\w*|sudden\w*)\b)"
    r"(?!\s+for\s+(?!(?:him|her|them|you|u|that|those|the\s+(?:\w+\s+)?(?:teacher|head|deputy|caretaker|lollipop)|mr|mrs|ms|miss|sir)\b))|\bput\s+my\s+foot\s+down\s+and\s+see\s+how\s+(?:brave|tough|hard|clever|smug|quick|fast)\b"
    r"|\bsort\s+(?:that|this|the)\s+(?:\w+\s+){0,2}(?:teacher|head|caretaker|senco|ta|woman|man|bloke)\s+out\b"
    r"|\b(?:go|come|going|coming|goin|comin)\s+round\s+(?:there|to\s+(?:his|hers|her\s+house|his\s+house|theirs))\b"
    r"|\bthrough\s+(?:your|his|her|their)\s+(?:letterbox|letter\s+box|front\s+door|door|window)\b"
    # "that Marsh is getting it", "we're jumping them year 10s", "bring whatever", "wanna watch
    # themselves", "if I get her on her own", "men like him have accidents", "someone should do it".
    r"|\b(?:that\s+(?:the\s+)?\w+|the\s+teacher|(?:mr|mrs|ms|miss)\s+\w+)\s+(?:is|'s)\s+(?:getting|gettin|gonna\s+get|going\s+to\s+get)\s+it\b(?!\s+(?:done|back|right|fixed|sorted|now|in|on|out))"
    r"|\b(?:we'?re|we\s+are|we|were|im|i'?m)\s+(?:gonna\s+|going\s+to\s+)?jump(?:ing|in)?\s+(?:them|him|her|those|that|the)\b"
    r"|\bbring\s+(?:whatever|everyone|every1|(?:your|ur)\s+(?:fellas|mates|boys|lads|brothers)|the\s+(?:lads|boys))\b"
    r"|\b(?:wanna|wants?\s+to|better|should|had\s+better|needs?\s+to)\s+watch\s+(?:themselves|himself|herself|yourself|urself|themsleves|their\s+backs?)\b"
    r"|\b(?:you|u|lads|yous|youse)\s*,?\s+(?:all\s+)?know\s+what\s+to\s+do\b|\bsome(?:one|body)\s+(?:round\s+here\s+|around\s+here\s+)?should\s+do\s+it\b"
    r"|\bif\s+i\s+(?:ever\s+)?(?:get|catch|see)\s+(?:\w+\s+){0,3}on\s+(?:her|his|their)\s+own\b"
    r"|\b(?:tend|tends)\s+to\s+have\s+accidents\b|\b(?:be|stay)\s+(?:very\s+|really\s+)?careful\s+(?:crossing|walking|driving|going)\b"
    r"|\b(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:all\s+)?(?:gonna|going\s+to)\s+be\s+waiting\b"
    # "betta not show her face at the meetin thurs, ppl r gna do sumthin an i wont stop em"; in a hostile post,
    # "now she can find out what happens when you do that" (not a science lesson's).
    # ...not what a complaint brings: "she'll find out what happens when the governors read my complaint".
    r"|\b(?:she|he|they|you|u|the\s+teacher|(?-i:[A-Z][a-z]+))\s*(?:'ll|will|can|'re\s+gonna|are\s+gonna|are\s+going\s+to|is\s+going\s+to|gonna|gna)\s+(?:soon\s+|now\s+)?find\s+out\s+what\s+happens\s+(?:when|if|to)\b"
    r"(?![^.!?\n]{0,60}\b(?:governors?|ofsted|the\s+(?:press|papers?|council|head|union|local\s+paper)|complain\w*|solicitors?|lawyers?|tribunal|court|petition|vote|ballot|emails?|letters?|policy)\b)"
    # ...not "without answers", "until she apologises": a demand, not a warning.
    r"|\b(?:better|betta|best|had\s+better)\s+not\s+show\s+(?:her|his|their|ur|your)\s+face\b(?![^.!?\n]{0,60}\b(?:without|until|till|unless)\b)"
    # ...only after something others will do to them: not "I won't stop them playing out", "complaining to Ofsted".
    r"|\b(?:(?:do|doing|does)\s+(?:something|sumthin|summat|smthin|smthn|owt|anything)|sort\w*\s+(?:\w+\s+){0,2}?out|go(?:es|ing)?\s+round|wait(?:ing)?\s+for|"
    r"(?:slash|batter|smash|torch|brick|jump|hurt|kick|stab|beat)\w*|have\s+a\s+go|teach\s+(?:\w+\s+)?a\s+lesson)\b[^\n]{0,100}?"
    r"\bi\s*(?:won'?t|wont|will\s+not|aint|ain'?t|'?m\s+not\s+(?:gonna|going\s+to)|m\s+not\s+(?:gonna|going\s+to))\s+(?:be\s+)?stop(?:ping)?\s+(?:them|em|'em|him|her)\b"
    # A classroom or room known, in a hostile post: "I know which classroom is hers. Ground floor".
    r"|\b(?:i|we)\s+know\s+(?:which|what)\s+(?:room|classroom|office)\s+(?:is\s+)?(?:his|hers|theirs|yours|(?:his|her|their|your)\s+(?:classroom|room|office))\b",
    re.I)


def threat_phrases(text: str) -> tuple[Finding, ...]:
    """Explicit threats ("I'll stab him"), veiled ones ("watch his back"), and weak veiled
    ones ("see you at pickup") that count only in a hostile post (the caller decides)."""
    clean = strip_idioms(plain_spelling(text))
    explicit = tuple(f for f in _unnegated("explicit_threat", _EXPLICIT, clean) if not harm_reported(f.evidence, clean))
    return kindly.unkind(clean, explicit + tuple(f for f in find_all("veiled_threat", _VEILED_STRONG, clean)
                             if not excused(f, clean))
            + _unnegated("veiled_threat", veiled.STRONG, clean) + _unnegated("explicit_threat", veiled.EXPLICIT, clean) + blows.blows(clean) + ominous.ominous(clean)
            + find_all("veiled_threat", veiled.WITH_NOT, clean) + tongues.threats(text)
            + tuple(f for f in find_all("veiled_threat_if_hostile", _VEILED_WEAK, clean)
                    if not (f.evidence.lower().endswith("been warned") and _NOTICE.search(clean))
                    and not excused(f, clean)
                    and not (" hide " in f.evidence.lower() and (_PLAY.search(clean) or _PESTERED.search(clean)
                                                                   and not _FOUND_IN_PERSON.search(clean))))
            + find_all("veiled_threat_if_hostile", veiled.WEAK, clean)
            + tuple(Finding("veiled_threat_if_hostile", e) for e in veiled.weak_in_context(clean))
            + tuple(Finding("veiled_threat", e) for e in veiled.pity_for_her_children(clean)) + fights.arranged_fight(clean)
            + forewarned(clean) + forewarned_if_hostile(clean) + reprisal.reprisals(clean) + menace.menaces(clean) + debts.debts(clean) + grudges.grudges(clean) + reminders.reminders(clean) + promised.promised(clean))


# "They can't hide for long with him counting lol": a game, a pet, a laugh. The model scores a teasing post as
# hostile, so "can't hide forever" beside them is no threat.
_PLAY = re.compile(r"\bhide\s*(?:and|n|&|-)\s*seek\b|\bhiding\s+round\b|\b(?:cat|kitten|dog|puppy|hamster|elf|elves)\b|😂|🤣|🙈|\blol\b|\bhaha\w*",
                   re.I)


# Round 49's: "I'm ringing her office every hour until she picks up ... She can't hide forever": she
# cannot hide from the calls and the emails; harassment, the DSL's today, but no page. Not where the
# post also says where she is to be found in person.
_PESTERED = re.compile(r"\b(?:e-?mail(?:ed|ing|s)?|ring(?:ing)?|rung|rang|call(?:ed|ing)|phon(?:e|ed|ing)|inbox|voicemail"
                       r"|(?:her|his)\s+mobile|messag(?:e|ed|ing)|picks\s+up|answer(?:s|ed|ing)?|tag(?:s|ged|ging)?|post(?:s|ed|ing)?"
                       r"|friend\s+request|share)\b", re.I)
_FOUND_IN_PERSON = re.compile(r"\b(?:lives?|house|home|address|car|gates?|door|doorstep|wait(?:ing)?|outside|find\s+(?:her|him)|playground"
                              r"|(?:in(?:to)?|at|outside|near)\s+(?:the\s+)?school\b|school\s+on\s+\w+day"
                              r"|car\s*park|pick\s*-?\s*up(?!\s+(?:the|her|his|a)\s+phone)|drop\s*-?\s*off|sometime|one\s+day)\b", re.I)


# "I'm not going to hurt him", "nobody should stab anyone", "I would never hurt Mr W", "nobody's going to hurt him".
# A contraction's "n't" written with its apostrophe or as a known word ("dont", "wont"): a bare
# "nt" ended "complaint", "parent" and "student" and took back the threat after them.
_NEGATED = re.compile(r"\b(?:nobody|no\s*one)(?:'s|’s|\s+is|\s+was|\s+are)\s+(?:saying|suggesting|talking\s+about)\s+$|(?:\b(?:not|never|nobody|no\s+one|noone)(?:'s|’s)?|n['’]t|\b(?:dont|cant|wont|didnt|doesnt|isnt|wasnt|arent|werent"
                      r"|shouldnt|wouldnt|couldnt|aint|havent|hasnt|wudnt|shudnt|cudnt))\s+(?:\w+\s+){0,1}$", re.I)


def _unnegated(rule: str, pattern: re.Pattern[str], text: str) -> tuple[Finding, ...]:
    out: list[Finding] = []
    for m in pattern.finditer(text):
        if _NEGATED.search(text[max(0, m.start() - 25):m.start()]) or re.match(r"(?:nobody|no\s+one)\b", m.group(0), re.I) \
                or re.search(r"\b(?:not|never)\b|n't\b", m.group(0), re.I):
            continue
        f = Finding(rule, " ".join(m.group(0).split()))
        if f not in out:
            out.append(f)
    return tuple(out)


def imminence(text: str) -> tuple[Finding, ...]:
    """A time or place joined to violence: a threat phrase or a weapon, and when/where.

    Returns the when/where words ("tomorrow", "at pickup") as evidence; empty when the
    text has no threat phrase or weapon, or no time or place.
    """
    clean = strip_idioms(plain_spelling(text))
    violent = bool(_EXPLICIT.search(clean) or _VEILED_STRONG.search(clean) or _VEILED_WEAK.search(clean)
                   or _WEAPON.search(clean))
    if not violent:
        return ()
    return find_all("imminent", _WHEN_WHERE, clean)


def outright(text: str) -> bool:
    """Violence said outright or a weapon named, idioms aside: a quotation holding it is no mere rebuke."""
    clean = strip_idioms(plain_spelling(text))
    return bool(_EXPLICIT.search(clean) or _WEAPON.search(clean))


def weapons(text: str) -> tuple[Finding, ...]:
    """A weapon named (not in an idiom): with a threat, no matter how hedged, it is urgent."""
    return find_all("weapon", _WEAPON, strip_idioms(text))


def when_where(text: str) -> tuple[Finding, ...]:
    """The times and places a post names ("tomorrow", "in the car park"), whatever else it says:
    for a post already judged a threat (by the rules or the model)."""
    found = find_all("imminent", _WHEN_WHERE, _STAMP.sub(lambda m: " " * len(m.group(0)), strip_idioms(plain_spelling(text))))
    return found + weapons(text)

