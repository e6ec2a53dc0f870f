"""More of the ways people threaten without the words of a threat, met in round 5's development
posts: wishes and "someone should finish the job", a building closed "with everyone inside",
"people round here don't forget", "I'll do something very bad". Strong ones are threats on
their own; weak ones only in a hostile post (the caller decides). Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all
from monitor.judge.rules.wished import wished

STRONG = re.compile(
    # A reward for harm done to a person or their things: no hostility needed.
    r"\bwho(?:ever|\s+ever)\s+(?:\w+\s+){0,2}?(?:keys?|slash(?:es)?|smash(?:es)?|eggs?|torch(?:es)?|burns?|batters?|lamps?|punch(?:es)?|bricks?|decks?|slaps?|hits?|glass(?:es)?)\s+"
    r"(?:him|her|(?:the\s+(?:teacher|head|headteacher)|(?:mr|mrs|ms|miss|sir)\.?\s+\w+)(?=\s*[,.!?]|\s+(?:at|in|on|outside|after|before|when|tonight|tomorrow|and|is|gets?|will)\b)|(?:his|her|their|the\s+teacher|(?:(?:mr|mrs|ms|miss)\.?\s+)?(?-i:[A-Z]\w+)'?s)\s+(?:\w+\s+)?(?:car|van|motor|tyres?|windows?|windscreen|house|door|face|head|bike))\b"
    r"[^.!?\n]{0,40}?(?:\b(?:is|'s|will\s+be|gets?)\s+(?:a|an|my|our)?\s*(?:absolute\s+|proper\s+|total\s+)?(?:legend|hero|king|queen|(?:free\s+)?pint|drink|medal)\b|[,=]\s*(?:legend|hero)\b)"
    r"|\b(?:some(?:one|body)|some1|sum1)\s+(?:should|needs?\s+to|ought\s+to|will|gonna|is\s+gonna)\s+"
    r"finish\s+(?:the\s+job|(?:him|her|them)\s+off|what\s+\w+\s+started)\b"
    r"|\bwith\s+(?:every(?:one|body|1)|them\s+all|all\s+of\s+(?:them|you)|the\s+lot\s+of\s+(?:them|you|em)|the\s+(?:kids|teachers|staff))\s+(?:still\s+)?(?:inside|in\s+it|in\s+there)\b"
    r"|\b(?:people|we|folk|folks)\s+(?:round|around)\s+here\s+(?:don'?t|do\s+not|never|won'?t)\s+forget\b"
    r"|\b(?:i'?ll|i\s+will|i'?m\s+(?:gonna|going\s+to))\s+do\s+something\s+(?:very\s+|really\s+|proper\s+)?(?:bad|stupid|terrible|drastic)\b"
    # Not one done and told of: "the year 10 who set the bin on fire ... was Callum" (round 51).
    r"|(?<!\bwho\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)\bset\s+(?:the|that|this|his|her|their|your|ur)\s+(?:\w+\s+){0,3}?(?:on\s+fire|alight|ablaze)\b"
    r"|\bhang\s+(?:him|her|them|the\s+teacher|(?:the\s+)?(?:dirty\s+|filthy\s+)?(?:bastard|nonce|paedo|pedo|perv(?:ert)?|scum|\w*\*+\w*))\s+(?:from|off)\b"
    r"|\b(?:gonna|gunna|going\s+to|i'?ll|i\s+will|we'?re\s+gonna|we'?ll)\s+shoot\s+up\s+(?!(?:heroin|drugs|smack|the\s+charts|to|there|here|and|the\s+(?:road|hill|price|prices))\b)\w+"
    # Round 6's development posts: in the ground, a brick through the window, every teacher, petrol.
    r"|\bput\s+(?:him|her|them|you|the\s+teacher|that\s+(?:the\s+)?\w+|the\s+\w+)\s+in\s+(?:the\s+ground|hospital|a\s+box|a\s+wheelchair)\b"
    r"|\b(?:put|throw|chuck|lob)\s+(?:a\s+)?bricks?\s+through\b|\b(?:hope|wish|should|if)\s+(?:some(?:one|body|1)|they|he|she|you|u)\s+(?:puts?|throws?|chucks?|lobs?)\s+(?:a\s+)?bricks?\s+through\b"
    r"|(?:^|[.!?]\s*)(?:kill|stab|shoot|burn|bomb)\s+(?:every|all\s+(?:the|them|those)?|the)\s*(?:\w+\s+)?(?:teachers?|staff|kids|pupils|students)\b"
    r"|(?:^|[.!?,;:\n]\s*|\b(?:honestly|just|literally|should|needs?\s+to|gonna|going\s+to|wanna|want\s+to|i'?d|i\s+will|i'?ll|we\s+should|let'?s|time\s+to)\s+)(?:kill|stab|shoot|burn|bomb|gas|hang|murder|exterminate|wipe\s+out)\s+(?:every(?:\s+last|\s+single)?|all\s+(?:of\s+)?(?:the|them|those)?|the)\s*(?:\w+\s+)?(?:p[a*@]ki?s?|pakis?|muslims?|muzz(?:ie|y|ies)s?|jews?|gays?|immigrants?|foreigners?|refugees?|asians?)(?![\w*])(?!\s*(?:\?|\.\.\.|…)|\s*[-–—]\s*(?:that'?s|is|was)\s+what|\s+(?:sprayed|written|scrawled|painted|daubed|graffiti\w*|was\s+(?:the|their|his|her)\s+plan|is\s+what|that'?s\s+what))"
    r"|\b(?:bring|bringing|take|taking)\s+(?:some\s+|a\s+can\s+of\s+|a\s+bit\s+of\s+)?petrol\b"
    r"|\b(?:i|we)\s+know\s+where\s+(?:you|u|he|she|they)\s*(?:are|r|'re|is|'s)\s+now\b"
    r"|\b(?:i|we)\s+know\s+(?:which|what)\s+(?:pub|gym|club|church|mosque|shop)\s+(?:you|u|he|she|they)\b"
    r"|\bshame\s+if\s+(?:something|anything)\s+(?:bad\s+)?(?:happened|were\s+to\s+happen)\s+to\s+(?:it|him|her|them|you)\b"
    # Round 7 and 8's development posts: six feet under, on the floor, a bat brought, burnt down.
    r"|\b(?:6|six)\s*(?:ft|feet|foot)\s+under\b|\bcountdown\s+(?:starts|has\s+started|begins)\b"
    r"|\b(?:coming|come|comin|turning\s+up|i'?ll\s+be|be\s+there)\b[^.!?\n]{0,60}\bwith\s+(?:a|my|his|the|me)\s+(?:cricket\s+|baseball\s+)?bat\b"
    r"|\bwaiting\s+with\s+(?:a|the|my)\s+(?:\w+\s+){0,4}?(?:bat|knife|hammer|machete|crowbar)\b"
    r"|\b(?:i|we)\s+know\s+(?:which|what)\s+(?:car|motor)\s+is\s+(?:his|hers|theirs|yours)\b"
    r"|\bwe\s+know\s+(?:his|her|their|your|ur)\s+(?:stop|house|address|car|school|route)\b"
    r"|\b(?:one\s+more\s+time|again)\s+and\s+see\s+what\s+happens\b"
    # Round 31's (read in round 18): "someone should shoot up HBA".
    r"|\bsome(?:one|body|1)\s+(?:should|needs?\s+to|ought\s+to|wants?\s+to)\s+(?:just\s+)?shoot\s+up\s+(?!(?:heroin|drugs|smack|the\s+charts|to|there|here|and|the\s+(?:road|hill|price|prices))\b)\w+"
    # Round 17's reading of the read sets: "come and try it in the car park and see what happens to
    # you", "would hate for anything to happen to it. Or you."
    # Not the open evening's "come and try it yourself and see what happens when 30 yr 3s...".
    r"|\bcome\s+and\s+try\s+it\b(?!\s+(?:out|yourself|for\s+yourself))[^.!?\n]{0,60}\bsee\s+what\s+happens\b(?!\s+(?:when|if|to\s+your))"
    r"(?![^\n]{0,60}\b(?:love|enjoy|fun|free|brilliant|amazing|great|taster|tasting|delicious|yum\w*|open\s+evening)\b)"
    # "...to the kids. or you, you're out there every morning": care for the children and the gritter is no threat.
    r"|\bhate\s+for\s+(?:anything|something)\s+to\s+happen\s+to\s+(?:it|that\s+\w+|the\s+(?!kids|children|pupils|minibus)\w+)\W{1,4}(?:or|and)\s+(?:to\s+)?(?:you|u|her|him)\s*(?:[.!?…]|$)"
    r"|\bput\s+(?:\w+\s+){1,2}?through\s+(?:a|the|his|her|their|your)\s+(?:own\s+|\w+\s+)?(?:window|windscreen|wall|door|table)\b"
    # Round 9's development posts: dragged out by the hair.
    # Round 10's development posts: words put away, something brought, a lesson never forgotten.
    r"|\bbring(?:ing)?\s+something\s+(?:that\s+(?:makes?|will\s+make)|to\s+make|for\s+(?:the\s+whole|her|him|them|you|(?:mr|mrs|ms|miss)\s+\w+|(?-i:[A-Z][a-z]+)\b(?=[^.!?\n]{0,40}\b(?:won'?t|wont|will\s+not|isn'?t|not)\s+be\s+a\b)))\b"
    # Round 22's: "she'll be leaving that school in an ambulance".
    r"|\b(?:she|he|they|you|u|(?:mr|mrs|ms|miss)\s+\w+)\s*(?:'ll|will)\s+be\s+(?:leaving|going\s+home\s+from|coming\s+out\s+of|carried\s+out\s+of)\s+(?:of\s+)?(?:that|this|the|your|ur|her|his)\s+(?:school|building|office|gates?|classroom|meeting)\s+in\s+an?\s+(?:ambulance|body\s*bag|coffin)\b(?![^.!?\n]{0,40}\b(?:precaution|paramedics?)\b)"
    r"|\bother\s+ways\s+of\s+(?:removing|getting\s+rid\s+of|dealing\s+with)\s+(?:someone|her|him|them|people)\b[^.!?\n]{0,60}\bpermanent\b"
    r"|\bsee\s+what\s+happens\s+to\s+(?:that|your|ur|his|her|their)\s+(?:(?:\w+\s+){0,2}?(?:car|van|motor|house|windows?)\b|(?:\w+\s+){1,5}?parks?\b)"
    r"|\bsee\s+how\s+(?:he|she|they)\s+(?:likes?|like)\s+it\s+when\s+it'?s\s+(?:his|her|their)\s+(?:own\s+)?(?:family|kids|children|wife|husband)\b"
    # Round 11's: "see you at the gates x", someone should jump him, wishing him run over, "seen to".
    r"|\bsee\s+(?:you|u|ya)\s+(?:at|by|outside)\s+the\s+(?:school\s+|main\s+|back\s+)?gates?\s*(?:x+\b|🙂|😉|😘|😈)"
    r"|\bsome(?:one|body|1)\s+(?:should|needs?\s+to|ought\s+to)\s+(?:honestly\s+|just\s+|really\s+)?jump\s+(?:him|her|them|the\s+teacher|(?:mr|mrs|ms|miss|sir)\s+\w+)"
    r"|\b(?:gonna|going\s+to|gunna|will|'ll)\s+jump\s+(?:him|her|them|the\s+teacher|(?:mr|mrs|ms|miss|sir)\s+\w+|(?-i:[A-Z]\w+))\s+(?:in|at|outside|after|behind|by)\b"
    r"|\b(?:wish|hope)\s+(?:someone|somebody|some1)\s+(?:would|will|'d)\s+(?:just\s+)?(?:run\s+(?:\w+\s+){1,3}?over|kill|stab|shoot|batter|hurt|jump|punch|knock\s+(?:\w+\s+){1,2}?down)\b"
    # Round 14, the read sets': "hope someone reverses over nwosu in the staff car park", "lloyd ur
    # getting it at the gate tmrw", "tomorrow im waiting for her in the staff car park".
    r"|\b(?:wish|hope)\s+(?:someone|somebody|some1)\s+(?:runs|reverses|drives|backs)\s+over\s+(?:(?:the|that)\s+(?:teacher|head|headteacher|deputy(?:\s+head)?|caretaker|senco|ta|woman|man|bloke)|him|her|them|(?:mr|mrs|ms|miss|sir)\s+\w+|(?!(?:the|a|an|my|your|our|their|his|its?|that|this|these|those|some|all|every\w*|any\w*|to|later|there|here|now|again|tomorrow|tmrw|tonight|with|and|for|quick|first|nan|nana|grandma|grandad)\b)\w+)(?=\s*(?:[.!?,;]|$)|\s+(?:in|at|outside|on|when|after\s+school|tbh|tho|though|pls|please|innit|lol|and\s+(?:his|her|their))\b)"
    r"|\b(?:ur|your|you'?re|youre|u\s+r)\s+(?:getting|gettin|gonna\s+get)\s+it\s+(?=at\s+(?:the\s+)?(?:gates?|pick\s*-?\s*up|home\s*time|3|4)\b|after\s+(?:school|skl|skool)\b|tmrw|tomorrow|tonight|2moro|outside)(?![^\n]{0,80}\b(?:back|present|pressie|christmas|xmas|birthday|medal|trophy|card|certificate|coat|jumper|book|bag|kit|jab|vaccine|delivered|party|santa|lost\s+property|surprise|shh+|hun|babe|love|fifa|xbox|ps5|ipad|phone|trampoline|picking\s+it\s+up)\b)"
    r"|\b(?:tomorrow|tmrw|tonight|2moro)\s*,?\s+(?:i'?m|im|i\s+am)\s+waiting\s+for\s+(?:him|her|them|you|u)\s+(?:in|at|outside|by)\s+the\s+(?:staff\s+)?(?:car\s*park|gates?|back\s+gate)\b"
    r"(?![^.!?\n]{0,30}\b(?:with\s+(?:flowers|a\s+card|a\s+present|a\s+hug|the\s+(?:kids?|dog|pram|buggy))|to\s+(?:say|give|hand|collect|pick))\b)(?![^\n]{0,80}\b(?:carol|nativity|concert|panto|play\s*date|party|said\s+we\s+can|park\s+there|nana?|grandad|grandma|gran|first\s+time|roadworks|walk\s+home|in\s+the\s+dark|cant\s+wait|can'?t\s+wait)\b)"
    r"|\b(?:will|wil|'ll|gonna|going\s+to)\s+be\s+['\"\u201c\u2018]seen\s+to\b|\b(?:she|he|they)\s*(?:'ll|will|wil)\s+be\s+seen\s+to\b(?!\s+by)"
    r"|\bfinger\s+across\s+(?:his|her|their|my)\s+throat\b"
    r"|(?<!footage\s)(?<!video\s)(?<!videos\s)(?<!photo\s)(?<!photos\s)(?<!picture\s)(?<!pictures\s)(?<!pics\s)(?<!clip\s)(?<!cctv\s)(?<!film\s)"
    r"\bwith\s+(?:the\s+head|the\s+teacher|her|him|them)\s+(?:still\s+)?(?:sat\s+|stuck\s+|locked\s+)?in\s+(?:it|there)\b"
    r"|\b(?:i'?m|im|i\s+am)\s+(?:gonna\s+be\s+)?smashing\s+(?:that|this)\s+(?:\w+\s+)?(?:kid|lad|girl|boy|teacher)\b"
    # Still to come, or wished: not round 51's report "Ms Marsh dragged a year 9 girl out of class by her hair last week".
    r"|\b(?:drag(?!ged\b)\w*|(?:be|been|get|gets|getting|have|'ve)\s+dragged)\s+(?:\w+\s+){1,4}?out\s+(?:of\s+(?:\w+\s+){1,3}?)?by\s+(?:her|his|their|the)\s+hair\b"
    # By the collar, tie or ear only where it is still to come ("I'll drag", "im dragging", "someone should drag"):
    # "dragged my son out by the collar" is a report (an allegation for the DSL), "out of bed by the ear" a lie-in.
    r"|\b(?:i'?ll|ill|i\s+will|i'?m|im|i\s+am|gonna|going\s+to|wanna|should|needs?\s+to|ought\s+to)\s+(?:\w+\s+){0,2}?drag(?:ging)?\s+(?!(?:him|her|them|me|you)\s+out\s+of\s+bed\b)(?:\w+\s+){1,4}?out\s+(?:of\s+(?:\w+\s+){1,3}?)?by\s+(?:her|his|their|the)\s+(?:collar|tie(?!\s*-?\s*break)|ears?|neck|throat|scruff)\b"
    # Round 12's: what is "going to happen" to the fair, a can of petrol taken in.
    r"|\bshame\s+about\s+what'?s\s+(?:going\s+to|gonna|about\s+to)\s+happen\s+to\s+(?:it|him|her|them|you)\b(?!\s+(?:with|because|when|if|after)\b)"
    r"|\bwith\s+(?:a\s+can\s+of|a\s+jerry\s*can\s+of)\s+petrol\b"
    # Round 13's: teeth picked up off the astro, the railings, the canal, a car never reached,
    # fists to explain it to, nobody walking out.
    r"|\bpicking\s+(?:his|her|their|your|ur)\s+teeth\s+(?:up\s+)?(?:off|out\s+of)\b"
    r"|\bput\s+(?!(?:it|this|that|these|those)\b)(?:him|her|them|you|\w+)\s+through\s+(?:them|those|the|that)\s+(?:railings|fence|hedge|gates?)\b"
    r"|\b(?:he|she)(?:'s|\s+is|\s+will\s+be|'ll\s+be)\s+going\s+in\s+the\s+(?:canal|river|reservoir)\b(?!\s+(?:boat|barge|on|for|with|to)\b)"
    r"|\bexplain\s+it\s+to\s+my\s+(?:fists|knuckles)\b"
    r"|\b(?:we'?ve|we|i'?ve|i)\s+(?:got|have)\s+(?:summat|sumthin)\s+for\s+(?:em|them|'em|him|her|you)\b"
    # Round 15's: getting rushed tonight, more done than to his tyres.
    r"|\b(?:he|she|they|you|u|(?-i:[A-Z][a-z]+)|that\s+\w+)\s*(?:'s|'re|is|are|r)\s+getting\s+(?:rushed|bodied)\s+(?:tonight|tomorrow|tmrw|tmoz|after\s+school|at\s+(?:home\s*time|pick\s*-?up|the\s+gates?))\b"
    r"|\b(?:tonight|tomorrow|tmrw|tmoz|after\s+school)\s*,?\s+(?:he|she|they|you|u|(?-i:[A-Z][a-z]+))\s*(?:'s|'re|is|are|r)\s+getting\s+(?:rushed|bodied)\b"
    r"|\b(?:any|every)\s+(?:[\w']+\s+){1,10}?(?:tonight|tomorrow|tmrw|tmoz|after\s+school)\s+(?:is|are|r)\s+getting\s+(?:rushed|bodied|jumped|battered)\b"
    r"(?![^\n]{0,30}\b(?:at|on)\s+(?:fifa|fortnite|cod|warzone|the\s+(?:xbox|ps5?)))"
    r"|\b(?:i'?d|id|i\s+would|i'?ll|i\s+will)\s+do\s+(?:a\s+(?:lot|hell\s+of\s+a\s+lot)\s+|far\s+|much\s+|way\s+)?(?:more|worse)\s+than\s+"
    r"(?:(?:let\s+down|slash|key|smash|do\s+in)\s+(?:his|her|their|your|ur)\s+(?:tyres|tires|windows?|car|van|motor)|(?:his|her|their|your|ur)\s+(?:tyres|tires))\b"
    # Round 14's (read in round 8): taken out in the car park, run over, a bomb "there's going to
    # be", burnt down with them locked in, one at a time.
    r"|\bsome(?:one|body|1)\s+(?:\w+\s+)?(?:needs?\s+to|should|ought\s+to|oughta)\s+(?:just\s+|really\s+)?take\s+(?:(?:him|her|(?:mr|mrs|ms|miss)\s+\w+|th(?:at|e|is)\s+(?:\w+\s+)?(?:teacher|head|headteacher|woman|man|bloke|cow|witch)(?:\s+(?:woman|man|bloke|cow))?|(?-i:[A-Z]\w+))\s+out|out\s+(?:him|her|(?:mr|mrs|ms|miss)\s+\w+|th(?:at|e|is)\s+(?:\w+\s+)?(?:teacher|head|headteacher|woman|man|bloke|cow|witch)(?:\s+(?:woman|man|bloke|cow))?|(?-i:[A-Z]\w+)))\b(?!\s+(?:for|to|on|of|with|more|again)\b)"
    r"|\bsome(?:one|body|1)\s+(?:\w+\s+)?(?:should|needs?\s+to|ought\s+to)\s+(?:just\s+|really\s+)?run\s+(?:(?:him|her|(?:mr|mrs|ms|miss)\s+\w+|th(?:at|e|is)\s+(?:\w+\s+)?(?:teacher|head|headteacher|woman|man|bloke|cow|witch)(?:\s+(?:woman|man|bloke|cow))?|(?-i:[A-Z]\w+))|them)\s+over\b(?!\s+(?:to|again|for|before|at)\b)"
    r"|(?<!rumours )(?<!rumour )(?<!rumors )\bthere(?:'?s|\s+is)\s+(?:going\s+to|gonna|gna)\s+be\s+a\s+(?:bomb|shooting|stabbing|massacre)\s+(?:at|in)\b(?![^\n?]{0,60}(?:\?|\b(?:fake|hoax|not\s+true|drill|prospectus|photo|match|final|game|netball|football|rugby)\b))"
    r"|\b(?:hope|wish)\s+(?:\w+\s+){0,3}?(?:burns?|gets?\s+burnt|gets?\s+burned|blows?\s+up)\s+(?:down\s+)?(?:\w+\s+){0,4}?with\s+(?:them|(?:all\s+)?the\s+(?:whole\s+)?(?:staff|teachers|kids|children|pupils|slt)|every(?:one|body|\s+teacher)|all\s+of\s+them)\s+(?:still\s+)?(?:locked\s+)?in(?:side)?\b"
    # Rounds 25-28's read sets: "me n the boys are jumping him in the staff car park tmrw", "coming back
    # at 3 wiv my brothers mates and shes first", "these people should be scared to go to work".
    r"|\b(?:are|'re|r|is|'s|am|'m|im)\s+(?:gonna\s+be\s+)?jumping\s+(?:him|her|them|the\s+teacher|(?-i:[A-Z]\w+)|(?:that|this|the)\s+(?:\w+\s+){0,2}?(?:kid|lad|boy|girl|yr\s?\d+|year\s?\d+|y\d+)(?:\s+\w+){0,3}?)\s+(?:in|at|outside|after|behind|by|tmrw|tomorrow|tonight)\b"
    r"|\b(?:coming|comin)\s+(?:back|in|up|down)\b[^.!?\n]{0,60}\b(?:and\s+)?(?:she'?s|shes|he'?s|hes|the\s+teacher(?:'s|\s+is)|(?:mr|mrs|ms|miss)\s+\w+(?:'s|\s+is))\s+first\b(?!\s+(?:in|on|to|at|for|place|prize|past|over|up|across|one|choice)\b)"
    r"|\bshould\s+be\s+(?:scared|afraid|frightened|terrified)\s+to\s+(?:go\s+to\s+work|go\s+(?:in|out)|leave\s+(?:the\s+house|home)|walk\s+(?:home|to))\b"
    r"|\bpersonally,?\s+one\s+(?:at\s+a\s+time|by\s+one)\b(?![^\n]{0,40}\b(?:what\s+a|legend|thank|brilliant|amazing)\b)|\bone\s+(?:at\s+a\s+time|by\s+one),?\s+personally\b",
    re.I)

# Violence said outright: a laugh straight after can still make it a fed-up parent's hyperbole.
EXPLICIT = re.compile(
    r"\bput\s+(?:him|her|them|you|u)\s+on\s+the\s+floor\b"
    r"|\b(?:burn|torch)\s+(?:\w+\s+){1,2}?down\b(?!\s+(?:the\s+)?(?:calories|fat|stairs))|\bburn\s+(?:\w+\s+){1,2}?to\s+the\s+ground\b"
    r"|\bpush\s+(?:\w+\s+){1,3}?(?:down|off)\s+(?:the\s+)?(?:\w+\s+)?(?:stairs|steps|wall|bridge|roof)\b",
    re.I)

WEAK = re.compile(
    # Round 48's read, in a hostile post: "ur not safe in hexley mate. not tonight not ever". Not "not
    # safe to drive", "not safe on that bike", a crossing that is not safe.
    # Said to someone, with a second cue ("mate", "not tonight not ever", "after what you did"); not a
    # school's bullying ("you're not safe in that school"), a road, a glue gun, banter.
    r"\b(?:you'?re|youre|your|ur|you\s+are|u\s+r|u\s+are)\s+not\s+safe\b(?!\s+(?:from|in\s+th(?:at|is|e)\s+school|at\s+(?:school|hollowbrook|hba|that)"
    r"|crossing|with\s+a|near|around|for\s+kids|to\s+be\s+around|to\s+drive|on\s+(?:a|that|the)\s+(?:bike|ice|stairs)))"
    r"(?=[^.!?\n]{0,40}\b(?:mate|bro|pal|after\s+what\s+(?:you|u)\s+did|i\s+know\s+(?:where|your|ur|what)|watch\s+(?:your|ur)|not\s+(?:tonight|ever)"
    r"|(?:walk|get)\s+home\s+tonight|on\s+the\s+roads\s+any\s*more)\b)(?![^\n]*(?:😂|🤣|\blol\b|\blmao))|"
    r"\b(?:quit|stop)\s+breathing\b|\b(?:i'?ve|i\s+have|i'?ve\s+got|got)\s+nothing\s+(?:left\s+)?to\s+lose\b"
    r"|\b(?:deserves?|needs?)\s+a\s+(?:good\s+)?(?:slap|smack|slapping|clip\s+round\s+the\s+ear)\b"
    r"|\b(?:coming|comin|going|goin)\s+(?:down|up|round|over)\s+(?:\w+\s+){0,4}?to\s+sort\s+(?:out\s+)?(?:whoever|him|her|them)\b"
    r"|\bi'?ll\s+(?:remember|not\s+forget|never\s+forget)\s+(?:that|your|his|her)\s+face\b"
    r"|\b(?:i'?ll|i\s+will|i'?m)\s+(?:be\s+)?bring(?:ing)?\s+(?:something|summat|sumthin)\s+(?:too|as\s+well|of\s+my\s+own|with\s+me)\b"
    r"|\bi\s+(?:will|'ll)\s+be\s+(?:at|outside|by|waiting\s+at)\s+the\s+(?:\w+\s+){0,3}?(?:gate|gates|car\s*park|door|office)\b"
    r"|\bi\s+haven'?t\s+forgotten\b|\bi'?m\s+a\s+(?:very\s+)?patient\s+(?:man|woman|person)\b|\bsleep\s+(?:well|tight)\b"
    # "people notice things, like the roof", "...please keep the noise down": a complaint, a request.
    r"|\bwe\s+(?:notice|see)\s+(?:things|everything)\b|\bpeople\s+(?:notice|see)\s+(?:things|everything)\b(?![^.!?\n]{0,20}\b(?:like|please|pls|such\s+as)\b)|\bso\s+do\s+we\b|\b(?:we'?re|we\s+are)\s+watching\b(?!\s+(?:the|this|that|a|an|it|for|out|closely|tv|telly|films?|movies?|elf|netflix|from|on|in|with|live|over)\b)"
    r"|\b(?:give|giving)\s+(?:\w+\s+){1,4}?a\s+(?:proper\s+|good\s+|right\s+)?slap\b(?!\s+on\s+the\s+back)"
    r"|\b(?:few|some|a\s+few|lots|loads)\s+of\s+us\s+(?:will|'?ll)\s+be\s+waiting\b|\benjoy\s+it\s+while\s+(?:you|u)\s+can\b"
    r"|\bsort\s+(?:you|u|ya)\s+out\s+(?:myself|ourselves|properly)\b|\b(?:don'?t|dont)\s+test\s+me\b|\btry\s+me\b"
    r"|\b(?:when\s+i\s+do|when\s+i\s+find\s+(?:out|you|them|him|her))\W{0,3}(?:you|u)\s*(?:'ll|will)\s+be\s+sorry\b"
    r"|\bsort\s+(?:your|ur|his|her|their|that)\s+(?:little\s+)?\w+\s+out\s+(?:myself|ourselves)\b|\bwe'?re\s+sorting\s+(?:them|em|'em|him|her|you|u)\s*(?:$|[.!]|out\b(?!\s+(?:a|the|some|for)\b))"
    r"|\bsome(?:one|body|1)\s+(?:ought|should|needs?)\s+(?:to\s+)?do\s+(?:it|that|the\s+same)\s+to\s+(?:him|her|them|that|the)\b"
    r"|\b(?:in|back\s+in)\s+my\s+day\s+(?:they|he|she|you|a\s+\w+)\s*(?:'d|would)\s+have\s+been\s+(?:kicked\s+in|beaten|battered|leathered|given\s+a\s+(?:good\s+)?hiding|taken\s+round\s+the\s+back)"
    r"|\bbring\s+(?:ur|your)\s+own\b|\b(?:i'?ll|i\s+will)\s+(?:be\s+)?stood\s+(?:there|at\s+(?:the|my)\s+\w+)\b(?!\s+with\s+(?:a\s+|the\s+)?(?:cup\s+of\s+tea|cuppa|brew|coffee|popcorn|camera|phone|clipboard|raffle|tickets|jelly\s+babies)\b(?![^\n]*\b(?:bat|knife|blade|brick|when\s+(?:he|she)\s+comes?\s+out|till\s+(?:he|she))))|\bi'?m\s+(?:be\s+)?stood\s+(?:there|at\s+(?:the|my)\s+\w+)\b(?!\s+in\s+my\b)(?!(?:\s+\w+){0,3}\s+(?:like\s+a\s+(?:lemon|muppet|idiot|plum|prat|numpty|spare\s+part|lost\s+sheep)|in\s+the\s+(?:\w+\s+)?rain|soaked|waiting(?!\s+for\s+(?:him|her|them|sir|miss|mr|mrs|ms))|for\s+(?:ages|\d+|an?\s+hour)))"
    # Round 12's, in a hostile post: "be a shame if the coach didn't make it back", "enjoy it
    # while it lasts", "you and me", "let's see how big you are".
    r"|\bshame\s+if\s+(?:[\w']+\s+){0,6}?(?:happened|didn'?t\s+make\s+it|never\s+made\s+it|wasn'?t\s+there|weren'?t\s+there|"
    r"turned\s+into\s+a\s+real|got\s+(?:hurt|keyed|smashed|damaged|burn(?:ed|t))|started\s+getting|caught\s+fire|went\s+up|had\s+an\s+accident"
    # Round 12: pictures held over someone ("shame if those pictures ended up in the parents' whatsapp").
    r")\b|\bshame\s+if\s+(?:those|these|them|certain|your|ur)\s+(?:\w+\s+)?(?:pictures|pics|photos|screenshots|videos|messages|texts)\s+(?:of\s+(?:you|u)\s+)?"
    r"(?:ended\s+up\s+(?:in|on|with)|got\s+out|got\s+(?:shared|posted|leaked)|were\s+(?:shared|posted|leaked)|went\s+round|found\s+their\s+way)\b"
    r"|\b(?:i'?d|i\s+would)\s+hate\s+for\s+(?:anything|something)\s+(?:bad\s+)?to\s+happen\s+to\s+(?:your|ur|that\s+(?:nice|lovely)|the\s+teacher\s+(?:(?:nice|lovely|new|little)\s+)?(?:car|garden|house|home|van|kids?|family|wife|husband|windows?)|(?-i:[A-Z]\w+)'s)\b"
    # Round 22's, in a hostile post: an accident wished on someone, a gumshield to bring, a small
    # town, going straight through her, regretting it, learning what happens. A review's 71 near misses
    # (a gumshield for rugby, "you'll regret it" about a raffle, an ambulance at sports day, "bring
    # something for Friday") narrowed each; "I'm done being polite" alone is what angry complainers say.
    r"|\b(?:i'?d|id|i\s+would)\s+hate\s+for\s+(?:you|u)\s+to\s+have\s+an?\s+(?:\w+\s+)?accident\s*(?:[.!]|$)"
    r"|\bbring\s+(?:your|ur|yer)\s+gum\s*-?\s*shield\s*(?:👊|🥊|[.!]*\s*$)"
    r"|\b(?:is|are|'s|'re)\s+(?:going\s+to|gonna)\s+regret\s+it\W{1,4}(?:i'?m|im|i\s+am)\s+done\s+being\s+(?:nice|polite)\b"
    r"|\b(?:he|she|you|u)\s*(?:'ll|will)\s+learn\s+what\s+happens\s*(?:[.!]|$)"
    r"|\benjoy\s+it\s+while\s+it\s+lasts\b|(?<=[.!?]\s)(?:you|u)\s+and\s+me\b(?=\s*[.!])"
    r"|\bthink\s+(?:real|really|very|long\s+and)?\s*hard\s+about\s+walking\s+(?:to|home|back)\b"
    r"|\bsome(?:one|body|1)\s+(?:should|shud|needs?\s+to|ought\s+to)\s+pay\s+(?:\w+\s+){1,3}?a\s+(?:little\s+)?visit\b"
    r"|\bwe'?ve\s+got\s+(?:your|ur|his|her)\s+(?:reg|address|number\s+plate)\b"
    r"|\b(?:let'?s|lets|we'?ll)\s+see\s+how\s+(?:\w+\s+){0,3}?(?:big|brave|hard|tough|calm|cocky|professional)\s+(?:\w+\s+){0,2}?(?:you|u|he|she|they)\b"
    # Round 15's, in a hostile post: not safe from me, "you'll see me at the gates x", an invitation to "have a word".
    r"|\b(?:not|never)\s+safe\s+from\s+me\b"
    # Round 31's, in a hostile post: "I'll be outside hers on Thursday night", a teacher who "wont be
    # teaching football for a while" after a visit (not after an operation or on leave).
    # Not an errand or a lift said with it: "round hers later to drop the forms off", "at his place to drive him".
    r"|\b(?:i'?ll|ill|i\s+will|we'?ll|we\s+will)\s+be\s+(?:outside|round|at)\s+(?:hers|his|theirs|(?:her|his|their)\s+(?:house|place|door|front\s+door))\b"
    r"(?![^.!?\n]{0,40}\b(?:to\s+(?:drop|pick|collect|give|take|drive|fetch|bring|return|sing)|lift|with\s+(?:balloons|flowers|a\s+card|every)|office)\b)"
    # The reason may come first in the sentence ("lost his licence lol, he wont be driving..."), so the
    # sentence is read from its start.
    r"|(?:^|(?<=[.!?\n]))(?![^.!?\n]*\b(?:licen[cs]e|banned|broke|moved|promoted|acting|retir\w*|jury|bereave\w*|sabbatical|baby|stress|op)\b)"
    r"[^.!?\n]{0,120}?\b(?:he|she)\s*(?:won'?t|wont|will\s+not)\s+be\s+(?:teaching|walking|working|driving|coming\s+(?:in|back)|standing)\b[^.!?\n]{0,30}\bfor\s+a\s+(?:while|bit|long\s+time)\b"
    r"(?![^\n]{0,80}\b(?:maternity|paternity|operation|surgery|op\b|leave|poorly|ill|illness|broken|injur\w*|knee|hip|back|covid|sick|hospital|course|secondment"
    r"|moved|promoted|acting|retir\w*|jury|bereave\w*|sabbatical|baby|stress|licen[cs]e|banned)\b)"
    # Round 30's, in a hostile post: someone should give her what she gave "and I'll happily be the one";
    # a shame if the school run "got complicated".
    # Not where the thing to be done is said or written: a letter to the trust, a word at governors, a card.
    r"|\bsome(?:one|body|1)\s+(?:\w+\s+)?(?:needs?\s+to|should|ought\s+to)\s+(?!(?:tell|say|write|email|e-mail|complain|raise|ask|speak|report|organise|organize|sort|start|set\s+up|stand|challenge|question|take\s+(?:it|this)|put\s+(?:in|together)|collect|arrange)\b)"
    r"[^.!?\n]{3,80}?\b(?:and|&|n)\s+(?:i'?ll|ill|i\s+will|i'?d|id|i\s+would)\s+(?:happily\s+|gladly\s+|personally\s+)?be\s+the\s+one\b"
    r"(?!\s+to\s+(?:stand|say|speak|write|ask|tell|email|raise|go\s+round|organise|organize|collect|start|lead|sign|bake|complain|report|put|take|chair))"
    # A person's own day made hard, not the one-way system or an Ofsted visit.
    r"|\bshame\s+if\s+(?:(?:her|his|their|your|ur|the|that)\s+)?(?:(?:school|morning|daily|evening)\s+)?(?:run|drive|walk|journey|commute|car|life|family|kids|house|way)"
    r"(?:\s+(?:home|to\s+work|to\s+school|back))?\s+(?:got|went|became|gets|turned)\s+(?:a\s+(?:bit|lot)\s+)?(?:complicated|messy|nasty|ugly)\b"
    # A reward offered for the harm: "whoever keys it tonight is a legend".
    r"|\bwho(?:ever|\s+ever)\s+(?:\w+\s+){0,2}?(?:keys?|slash(?:es)?|smash(?:es)?|eggs?|torch(?:es)?|burns?|batters?|lamps?|punch(?:es)?(?!\s+a\s+hole)|bricks?)\b"
    r"[^.!?\n]{0,40}?\b(?:is|'s|will\s+be|gets?)\s+(?:a\s+)?(?:legend|hero|king|queen|(?:free\s+)?pint|drink|medal)\b"
    # The author on their way in, and someone hurt at the end of it: "im going down that school and
    # someone will get hurt". Without the author coming, "someone will get hurt" is a road's danger.
    r"|\b(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will)\s+(?!not\b|never\b)(?:\w+\s+){0,2}?(?:going|coming|goin|comin|gonna\s+(?:go|come)|heading|marching|storming|walking)\s+(?:straight\s+)?"
    # Somewhere to go, not "I'm going to say it": "down that school", "up there", "round his house", "to the school".
    r"(?:(?:down|up|round|over|in(?:to)?)\b|to\s+(?:that|the|this)\s+(?:school|place|gates?|office)\b|to\s+(?:his|her|their|\w+'s)\s+(?:house|place|door)\b)"
    # No errand on the way ("to tell them the gate is broken", "about the ice", "because someone is getting hurt").
    r"(?:(?!\b(?:because|cos|coz|to\s+(?:tell|see|speak|talk|complain|raise|report|show|ask|collect|pick|drop|sign|meet|discuss|say))\b)[^.!?\n]){0,80}?"
    r"(?<!before\s)(?<!case\s)(?<!stop\s)(?<!until\s)(?<!till\s)(?<!til\s)(?<!time\s)(?<!for\s)\bsome(?:one|body|1)(?:'?s)?\s+(?!always\b)(?:\w+\s+){0,3}?"
    r"(?:is\s+|will\s+|'ll\s+|are\s+)?(?:gonna\s+|going\s+to\s+)?(?:get(?:s|ting|tin)?|be)\s+hurt\b"
    # ...and hurt by the author, not by the road, the stairs or the game: "get hurt on that crossing".
    r"(?!\s+(?:on|with|crossing|walking|playing|in\s+(?!there\b)|at\s+(?:pickup|pick\s+up|drop\s+off)|by\s+(?:a|the|those|that)))"
    r"|\bin\s+case\s+(?:any(?:one|body|1)|some(?:one|body))\s+(?:fancies|wants?|feels\s+like)\s+(?:having\s+)?"
    r"(?:a\s+)?(?:(?:polite|quiet|little|friendly)\s+)?word\s+with\s+(?:her|him|them)\b"
    r"|\b(?:you'?ll|you\s+will|u'?ll|u\s+will)\s+see\s+me\s+(?:at|by|outside)\s+the\s+(?:school\s+|main\s+|back\s+)?gates?\s*(?:x+\b|🙂|😉|😘|😈)"
    r"|\b(?:some(?:one|body|1)\s+(?:should|shud|needs?\s+to|ought\s+to)|we\s+(?:should|shud)|let'?s|i'?m\s+(?:gonna|going\s+to)|i'?ll|we'?ll)\s+egg\s+(?:her|his|their|th(?:e|at)\s+\w+(?:'s)?|(?:mr|mrs|ms|miss)\s+\w+'?s?)\s+(?:front\s+|back\s+)?(?:door|house|car|windows?)\b"
    r"|\b(?:you'?ll|you\s+will|u'?ll|they'?ll)\s+wish\s+(?:you|u|they)\s+(?:hadn'?t|had\s+not|never)\b"
    r"|\b(?:will|'ll)\s+(?:soon\s+)?(?:learn|find\s+out|see)\s+what\s+happens\s+(?:when|to)\s+(?:you|u|they|people|he|she|anyone|those)\b"
    r"|\bi\s+(?:wouldn'?t|would\s+not)\s+want\s+to\s+be\s+(?:in\s+(?:the\s+)?\w+(?:'s)?\s+shoes|him|her|them|(?:mr|mrs|ms|miss)\s+\w+|the\s+\w+|(?-i:[A-Z]\w+))\s+when\s+(?:he|she|they|my\s+\w+|our\s+\w+|(?-i:[A-Z]\w+))\s+(?:finds?|gets?\s+(?:hold\s+of|to|at)|catch(?:es)?(?:\s+up\s+with)?|sees?)\s+(?:him|her|them|you)\b"
    # Round 28's, in a hostile post: waiting by the gate for him, more than a PCSO needed, finding
    # out on Saturday what happens, sorting it "properly" at the rec with the children brought.
    r"|\b(?:i'?ll|ill|i\s+will|we'?ll|we\s+will)\s+be\s+waiting\s+for\s+(?:you|u|him|her|them)\s+(?:\w+\s+){0,2}?(?:by|at|outside)\s+the\s+(?:\w+\s+){0,3}?(?:gates?|car\s*park|door)\b"
    r"(?![^.!?\n]{0,40}\b(?:to\s+(?:hand|give|collect|pick|drop|return|say|tell|ask|speak|talk|thank)|with\s+(?:the|a|some|flowers|cakes?))\b)"
    r"|\b(?:she|he|they|you|u|the\s+teacher)\s*(?:'ll|will|(?:'s|is)\s+(?:gonna|going\s+to))\s+need\s+more\s+than\s+(?:a|an|the|one)\s+(?:\w+\s+)?(?:pcso|copper|police\w*|bouncer|bodyguard)\b(?![^.!?\n]{0,60}\b(?:traffic|parking|park|crossing|cars?|road|queue|disco)\b)"
    r"|\b(?:she|he|they|you|u|the\s+teacher|(?-i:[A-Z][a-z]+))\s*(?:'ll|will)\s+(?:soon\s+)?find\s+out\s+(?:on\s+\w+\s+|\w+\s+)?what\s+happens\s*(?:[,.!]|$)"
    r"|\b(?:we'?ll|we\s+will|i'?ll|i\s+will)\s+sort\s+(?:it|this|them|you|u|him|her|the\s+teacher)\s+(?:out\s+)?properly\b(?!\s+(?:ourselves|myself|with\s+a|this\s+time|next|with\s+(?:the\s+)?(?:school|head|teacher|office|governors|trust|council)|through|via)\b)"
    # Rounds 25-28's, in a hostile post: "better hope shes not stood on that gate", "by force if
    # necessary", "deserves everything that's coming to it", no camera on the gate and a time.
    r"|\bbetter\s+hope\s+(?:she|he|they)(?:'s|s|\s+is|'re|\s+are)?\s+not\s+(?:stood|standing|there|at|on|around|in|about)\b(?![^\n]{0,60}(?:\b(?:rain|raining|snow|cold|wet|soaked|freezing|wind|lol)\b|😂))"
    r"|\bby\s+force\s+if\s+(?:necessary|needed|need\s+be|we\s+have\s+to|we\s+must|we\s+need\s+to)\b"
    r"|\bdeserves?\s+everything\s+(?:that'?s|thats|that\s+is)?\s*coming\s+(?:to\s+)?(?:it|them|her|him|you)\b(?![^\n]{0,60}\b(?:fine|ticket|award|medal|trophy|well\s+done|congrat\w*|praise|pay\s+rise|pay\s+award)\b)"
    r"|\bno\s+(?:cameras?|cctv)\s+(?:on|at|by|near|round|covering)\b(?=[^\n]{0,80}(?:\b\d{1,2}[.:]\d{2}\b|\b(?:tomorrow|tmrw|tonight|after\s+school)\b))(?=[^\n]{0,100}(?:👊|🔪|\b(?:you\s+know\s+who|is\s+done|getting\s+it|gets\s+it|dead|waiting)\b))",
    re.I)

# Threats said with a "not": "it's not a threat, it's a promise", "I won't be using words",
# "next time I won't just walk past", "a lesson she won't forget". The negation guard the
# other phrases pass through would drop them.
WITH_NOT = re.compile(
    r"\bnot\s+a\s+threat\W{0,6}(?:it'?s|its|it\s+is|that'?s|thats)\s+a\s+promise\b"
    r"|\b(?:won'?t|wont|will\s+not|not\s+(?:gonna|going\s+to))\s+be\s+(?:using\s+words|talking|doing\s+(?:much|any|a\s+lot\s+of)\s+talking(?=[^.!?\n]{0,40}\b(?:after|when|once|put\s+it\s+that\s+way|by\s+the\s+time)\b))\b(?!\s+(?:to|about|at)\b)"
    r"|\bnext\s+time\s+i\s+(?:won'?t|wont|will\s+not)\s+just\s+walk\s+(?:past|away|by|on)\b"
    # Round 28's (read in round 16): a death wished on the leadership as a pity it did not happen;
    # something brought for her that is not a raffle prize.
    r"|\b(?:shame|pity|gutted)\s+(?:that\s+|the\s+|that\s+the\s+)?(?:\w+\s+){0,2}?(?:didn'?t|did\s+not|never)\s+(?:go\s+up|blow(?:\s+up)?|explode|burn\s+down|collapse|cave\s+in|fall\s+in)\s+(?:on\s+(?:the\s+whole\s+of\s+|all\s+(?:of\s+)?)?(?:the\s+)?(?:slt|staff|teachers|teacher|head|governors|leadership|them|her|him)\b|with\s+"
    r"(?:the\s+whole\s+of\s+|all\s+(?:of\s+)?|every\s+one\s+of\s+)?(?:the\s+)?(?:slt|staff|teachers|teacher|head|governors|leadership|them|her|him|(?:mr|mrs|ms|miss)\s+\w+|(?-i:[A-Z][a-z]+))\s+(?:still\s+|all\s+)?(?:sat|stood|inside|in\s+(?:it|there|the\s+\w+|her|his)|round\s+it|next\s+to\s+it)\b)"
    r"|\b(?:i'?ll|ill|i\s+will)\s+have\s+(?:something|summat)\s+(?:in\s+my\s+(?:bag|pocket|coat|car)\s+)?for\s+(?:her|him|them|you|the\s+teacher)\b[^\n]{0,60}\bnot\s+talking\s+about\s+(?:a\s+|the\s+|any\s+)?(?:raffle|prize|present|gift|sweets|chocolates?|flowers|card|cake|biscuits)\b"
    r"|\b(?:won'?t|wont|will\s+not)\s+be\s+(?:going|getting|coming|walking)\s+home\s+in\s+one\s+piece\b"
    # Round 30's (read in round 17): "she won't be walking out the same way she walked in".
    r"|\b(?:won'?t|wont|will\s+not)\s+be\s+(?:walking|coming|going|leaving|getting)\s+(?:out|home|back|away)\s+(?:of\s+(?:there|it)\s+)?the\s+same\s+way\s+(?:s?he|they|you|u)\s+(?:walked|came|went|got)\s+in\b"
    r"(?![^.!?\n]{0,40}\b(?:because|cos|as\s+the|door|doors|entrance|exit|gate|closed|shut|route|diversion|roadworks|scaffold\w*|one\s*-?\s*way"
    r"|coach|bus|minibus|taxi|lift|car|drop\w*|pick\w*|collect\w*)\b)"
    # A child or a class changed for the better ("life changing stuff") is praise, not menace.
    r"(?![^\n]{0,80}\b(?:life\s*-?\s*chang\w*|inspir\w*|transform\w*|confiden\w*|different\s+(?:person|kid|boy|girl|child))\b)"
    r"|\b(?:won'?t|wont|will\s+not)\s+be\s+(?:getting\s+in(?:to)?\s+(?:his|her|their)\s+car|walk(?:ing|in)\s+out\s+of\s+(?:it|there|that\s+\w+))\b"
    r"(?![^.!?\n]{0,40}\b(?:resurfac\w*|shut|closed|locked\s+up|parents'?\s+evening))"
    r"|\b(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+not\s+(?:[\w']+\s+){1,6}?(?:until|till|til)\s+some(?:one|body|1)\s+gets\s+hurt\b(?![^\n]{0,80}(?:\b(?:joke|jk|race|sports\s+day|lol)\b|😂|🤣))"
    r"|\b(?:won'?t|wont|will\s+not)\s+make\s+it\s+(?:back|bak|home)\b(?=[^\n]{0,100}\b(?:make\s+sure(?!\s+(?:the|our|all|every\w*|kids|we|they|it'?s|its|everything)\b)|personal+y|if\s+my)\b)"
    # Round 14's: "she'd better hope she doesn't see me at her precious christmas fair".
    r"|\b(?:(?:she|he|they|you)(?:'?d|\s+had)?|(?:mr|mrs|ms|miss|the)\s+\w+(?:\s+had)?)\s+better\s+hope\s+(?:she|he|they|you|i)\s+(?:doesn'?t|don'?t|never|does\s+not|do\s+not)\s+(?:sees?|runs?|bumps?)(?:\s+into)?\s+(?:me|him|her|them)\b(?![^\n]{0,40}\b(?:race|rematch)\b)"
    r"|\b(?:some(?:one|body|1)\s+(?:\w+\s+)?(?:ought\s+to|should|needs?\s+to|has\s+to)|i'?ll|we'?ll|gonna|going\s+to)\s+teach\s+(?:\w+\s+){0,4}?a\s+lesson\s+(?:[\w']+\s+){0,2}?(?:won'?t|wont|will\s+never|never|'?ll\s+never)\s+forget\b",
    re.I)

# Round 22's, in a hostile post, and only beside what makes them menace: "small town isn't it"
# beside her children or a knowing smile; "I'll go straight through her" beside a car.
_IN_CONTEXT = (
    (re.compile(r"\bsmall\s+(?:town|world|place)\W{0,2}\s*(?:isn'?t|innit|ain'?t|aint)\s+it\b", re.I),
     re.compile(r"\b(?:your|ur)\s+(?:\w+\s+){0,2}(?:kids?|little\s+ones|daughter|son|wife|husband|family)\b|🙂|😉", re.I)),
    (re.compile(r"\b(?:i'?ll|ill|i\s+will|i'?m\s+(?:gonna|going\s+to))\s+(?:go|drive|plough|plow)\s+(?:straight\s+)?through\s+(?:her|him)\b", re.I),
     re.compile(r"\b(?:my\s+(?:car|van|motor)|lolly|bonnet|foot\s+down|crossing)\b", re.I)),
    # Round 26's: "lockdown drill thursday? funny. might give them a real one this time 😈".
    (re.compile(r"\b(?:give|giving)\s+(?:them|em|'em|you|u|everyone)\s+a\s+real\s+one\b", re.I),
     re.compile(r"\b(?:lockdown|drill|evacuation|fire\s+alarm)\b", re.I)),
)


def weak_in_context(text: str) -> list[str]:
    """The weak phrases above that need something beside them, or nothing against them; evidence: the phrase alone."""
    return [" ".join(m.group(0).split()) for phrase, beside in _IN_CONTEXT
            if (m := phrase.search(text)) and beside.search(text)] + wished(text)


# Round 23's letter, written by three writers of three voices: "Dear Mrs Okafor, I hope you and
# your two lovely girls are well... It would be a real shame if anything upset their routine.
# Please reconsider my son's exclusion." Her children and a pity if anything happened: a threat
# however politely it is put, with no hostility needed.
_PITY_IF = re.compile(r"\b(?:shame|pity)\s+if\s+(?:anything|something)\s+(?:\w+\s+)?(?:happened|upset|spoiled|spoilt|ruined|went\s+wrong"
                      r"|changed|got\s+in\s+the\s+way|were\s+to\s+happen)\b", re.I)
# ...said of the children ("upset their routine", "spoiled it for them"), beside a demand.
_ON_THEM = re.compile(r"\s+(?:to\s+)?(?:their|them|your\s+(?:\w+\s+)?(?:girls|boys|kids|children))\b", re.I)
_DEMAND = re.compile(r"\bthe\s+way\s+(?:my|our)\s+(?:\w+\s+)?(?:children|kids|son|daughter|boy|girl)\s+(?:have|has|had|were|was)\s+been\b|\b(?:(?:reconsider|think\s+again|change\s+your\s+mind|overturn)\b[^.!?\n]{0,40}\b(?:exclu\w+|suspen\w+|expul\w+|expel\w*|detention|ban|decision|punishment|sanction)|reverse\s+(?:the|your)\s+decision|let\s+(?:him|her|them)\s+back"
                     r"|(?:my|our)\s+(?:son|daughter|child|lad|boy|girl)'?s\s+(?:exclusion|suspension|place|appeal))\b", re.I)
_HER_CHILDREN = re.compile(r"\b(?:your|ur)\s+(?:\w+\s+){0,2}(?:girls|boys|kids|children|daughters?|sons?|little\s+ones|grandchildren)\b", re.I)


def pity_for_her_children(text: str) -> list[str]:
    """"A shame if anything upset their routine" in a post that speaks of her children and wants a
    decision changed."""
    m = _PITY_IF.search(text)
    if not (m and _ON_THEM.match(text, m.end()) and _HER_CHILDREN.search(text) and _DEMAND.search(text)):
        return []
    return [" ".join(m.group(0).split())]


# "lol jk... unless": the joke is the threat's cover, not its withdrawal.
_UNLESS = re.compile(r"\b(?:jk|j/k|joking|kidding|only\s+messing|just\s+a\s+joke)\b\W{0,20}(?:\w+\W{1,5}){0,3}?"
                     r"(?:unless|or\s+am\s+i|or\s+not|maybe\s+not|for\s+now)\b", re.I)


def joke_undone(text: str) -> tuple[Finding, ...]:
    """"lol jk 😂... unless 🙂": a taken-back threat put back."""
    return find_all("joke_undone", _UNLESS, text)
