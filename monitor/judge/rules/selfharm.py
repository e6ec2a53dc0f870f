"""Self-harm and suicide, as a worried friend or parent writes of it and as pupils write it
obliquely: the words, a farewell, a place to jump from, belongings given away. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import LAUGH, Finding, find_all
from monitor.judge.rules.cheer import SAD as _SAD, cheerful

# ...and a day after which none of it will matter: "it wont matter after friday anyway" (round 49).
_NOTHING_AFTER = (r"(?:[^\n]{0,120}?(?:won'?t|wont|will\s+not|doesn'?t|doesnt)\s+(?:\w+\s+)?matter\s+after\s+"
                  r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\s+week(?:end)?|the\s+weekend|half\s*-?\s*term|tomorrow|tmrw|tonight))")
SELF_HARM = re.compile(
    # threads33's "when the alarm went i kind of hoped it was real. would've saved me doing it myself": plain, if said
    # lightly; a hope or a wish before it (not the new kitchen that "would have saved me doing it myself").
    r"\b(?:hoped|hoping|wish(?:ed)?|prayed|wanted)\s+(?:that\s+)?(?:it|the\s+(?:fire\s+)?alarm|the\s+fire|the\s+drill|the\s+bus|the\s+crash|the\s+car)(?:\s+[\w']+){0,3}?\s+(?:to\s+be|was|were|had|would|did)\b[^\n]{0,60}?"
    r"\b(?:(?:would'?ve|wouldve|would\s+(?:have|of)|would|it'?d(?:\s+have)?|could'?ve|could\s+have)\s+(?:saved?|spared?)|saves|spares)\s+me\s+(?:the\s+(?:trouble|bother|job)\s+of\s+)?(?:doing|having\s+to\s+do)\s+it\b|"
    r"\bself[\s-]?harm\w*|\bcutting\s+(?:himself|herself|themselves|myself)|\bcuts\s+on\s+(?:his|her|their)\s+(?:arms?|wrists?|legs?)"
    # Not a word explained: "it means suicide hun, kids use it to get past the filters".
    r"|(?<!means\s)(?<!meaning\s)(?<!code\sfor\s)(?<!word\sfor\s)(?<!short\sfor\s)(?<!stands\sfor\s)\bsuicid\w*|\b(?:kill|hurt)(?:ing)?\s+(?:himself|herself|themselves|myself)\b|\bend\s+(?:it\s+all|(?:his|her|my|their)\s+(?:own\s+)?life)"
    r"|\bwants?\s+to\s+die\b|\boverdos\w+|\beating\s+disorder|\bstarving\s+(?:himself|herself)"
    # Written obliquely, as pupils write it.
    # Not a day out: "didnt want to be here lol", "didn't want to be here at sports day".
    r"|\b(?:don'?t|doesn'?t|didn'?t|dont|doesnt|didnt|do\s+not|does\s+not|did\s+not)\s+want\s+to\s+(?:be\s+here(?!\s*(?:at(?!\s+all)|for|on|lol|😂|🤣|haha)\b)|exist|wake\s+up|be\s+alive)"
    # Round 17's reading of the read sets: ending it tonight, the tablets "all lined up", the bus stepped in front of.
    # Not a song quoted, a boyfriend dumped, a stream or a game world closed.
    r"|(?<![\"“‘'])\b(?:i'?m|im|i\s+am)\s+ending\s+it\s+(?:tonight|today|tmrw|tomorrow|after\s+(?:school|the\s+bus)|this\s+weekend|now)\b(?![^.!?\n]{0,40}\b(?:with|stream|series|world|game|season|contract)\b)"
    # Not prizes "lined up for the raffle" or a squad "in the final circle"; the pills by name count too.
    r"|\b(?:(?:got|have|i'?ve\s+got|ive\s+got)\s+(?:them|em)\s+all|(?:pills|tablets|meds)(?:\s+all)?)\s+lined\s+up\b(?!\s+(?:for|in\s+the\s+(?:final|last)))(?=[^\n]{0,80}\b(?:bye|goodbye|sorry|happy\s+now|believed|notice))"
    # The writer's own step: "a little lad walked out in front of the 41 today" is the crossing's danger.
    r"|\b(?:i|i'?d|id|i'?ll|ill|gonna|wanna|nearly|almost|could|might)\s+(?:\w+\s+)?(?:step(?:ped|ping)?|walk(?:ed|ing)?|jump(?:ed|ing)?)\s+(?:out\s+)?in\s+front\s+of\s+(?:the|a)\s+(?:\d+\w?|bus|train|lorry|car|truck)\b(?=[^\n]{0,80}\b(?:notice|bother|everyone|nobody|no\s*one|better\s+off|tbh|today|tonight)\b)"
    r"|\b(?:better\s+off\s+without\s+me|no\s+(?:point|reason)\s+(?:in\s+)?(?:living|being\s+alive|going\s+on)"
    r"|want\s+(?:it\s+all\s+)?to\s+(?:end|stop)\s+(?:for\s+good|forever)"
    r"|(?:go\s+to\s+)?sleep\s+(?:forever|and\s+not\s+wake\s+up)"
    r"|disappear\s+(?:forever|for\s+good)|goodbye\s+world|(?:my|her|his|their)\s+scars"
    # A blade brought or carried is a weapon, not self-harm: "im bringing my blade to the disco".
    r"|(?<!bringing\s)(?<!bringin\s)(?<!bring\s)(?<!brings\s)(?<!carry\s)(?<!carrying\s)(?<!carries\s)(?<!got\s)(?<!take\s)(?<!taking\s)"
    r"(?:my|her|his|their)\s+(?:razors?|blades?)"
    r"|won'?t\s+be\s+(?:any(?:one|body)'?s?|a|your|ur)\s+problem|(?:taking|take|took|swallow\w*)\s+(?:all\s+)?(?:\w+\s+){0,2}?(?:tablets|pills|paracetamol)"
    r"|(?:tonight|today)'?s\s+the\s+night|\d+\s+(?:days|weeks|months)\s+clean|see\s+my\s+arms|giv(?:ing|in)\s+(?:all\s+)?(?:her|his|their|my)\s+stuff\s+away" + _NOTHING_AFTER + "?"
    # Round 49's: belongings given away, and a day after which none of it will matter.
    r"|\b(?:giv(?:ing|in|en)|gave)\s+(?:away\s+)?(?:all\s+)?(?:my\s+)?(?:stuff|things)\s+(?:away\s+)?" + _NOTHING_AFTER +
    r"|sorted\s+(?:all\s+)?my\s+stuff\s+out|(?:wouldn'?t|won'?t)\s+(?:even\s+)?notice\s+if\s+i\s+(?:wasn'?t|was\s+gone|disappeared)"
    r"|(?:love\s+(?:u|you)|sorry)\s+(?:mum|mam|mom|dad)\W{0,5}(?:bye|goodbye)\b"
    r"|sharpener\s+blades?|blades?\s+(?:is\s+|'s\s+)?(?:from|out\s+of)\s+my\s+sharpener(?![^.!?\n]{0,30}\b(?:snapped|broke|fell|lost|to\s+cut|for\s+(?:my|the|a)\s+(?:dt|art|model|project)))(?![^\n]{0,80}(?:😂|🤣|\blol\b|\blmao\b))|sorry\s+for\s+being\s+(?:such\s+)?a\s+burden(?:\s+to\s+(?:u|you|every(?:one|1|body)|u\s+all|you\s+all|y'?all))?\s*(?:[.,!🤍💔🖤❤]|$)|(?:i'?m|im|i\s+am|gonna|going\s+to|gna)?\s*\bunaliv(?:e|ing)\s+(?:myself\s+)?(?:tonight|today|tmrw|tomorrow|fr\b|for\s+real|after\s+school)|(?:if|hope)\s+a\s+(?:car|bus|lorry|train|van)\s+(?:took|takes|hit|hits|ran)\s+me\s+(?:out|over|down)(?![^\n]{0,140}(?:😂|🤣|\blol\b|\blmao\b))|(?:got|have|had)\s+it\s+(?:all\s+)?(?:sorted|planned)\s+for\s+(?:tonight|tomorrow|tmrw)"
    r"|(?:and|n)\s+that'?s\s+it\b[^\n]{0,40}\bsorry\s+(?:mum|mam|mom|dad)|(?:or|and)\s+any\s+day\s+after\s+that"
    r"|(?:her|his|their|my)\s+arms?\s+(?:are|is)\s+(?:covered|cut)|(?:plan|planning|plans)\s+to\s+(?:end|finish)\s+(?:it|things)"
    # The warning signs a friend or grandparent sees: a place to jump from, "to end it", a
    # goodbye, belongings and pets given away, nothing planned after tonight.
    r"|(?:going|gonna|gna|goin|go)\s+(?:to\s+)?(?:jump\s+)?off\s+(?:the|a)\s+(?:\w+\s+)?(?:bridge|roof|cliff|car\s*park)"
    r"|jump(?:ing)?\s+(?:off|from)\s+(?:the|a)\s+(?:\w+\s+)?(?:bridge|roof|cliff)|(?:in\s+front\s+of|under)\s+a\s+train"
    r"|(?:to|gonna|gna|going\s+to|wanna|want\s+to)\s+end\s+it\b(?!\s+(?:with|between))"
    r"|been\s+nice\s+knowing\s+(?:you|u|everyone|every1|you\s+all|yall|ya)"
    # A review's: "if i fail the hba mock tmrw im done. wrote my letters already" (not letters to Santa).
    r"|\b(?:done|bye|sorry)\b[^\n]{0,80}?\b(?:wrote|written|left)\s+(?:my|the)\s+(?:goodbye\s+|last\s+)?(?:letters|note)\b(?!\s+to\s+(?:santa|father))"
    r"|goodbye\s+(?:to\s+)?(?:nan|nana|nanna|gran|grandma|mum|mam|mom|dad|everyone|all)\b[^.!?\n]{0,20}\blove\s+(?:you|u)"
    r"|gave\s+(?:away\s+)?(?:my|all\s+my)\s+(?:cat|dog|hamster|rabbit|pets?|stuff|things|games|xbox|ps5)\s+(?:away\b|to\b)"
    r"|(?:not|won'?t\s+be)\s+doing\s+anything\s+after\s+(?:tonight|today)"
    r"|(?:tell|say)\s+(?:\w+\s+){1,2}thanks\s+for\s+(?:everything|trying)"
    r"|(?:won'?t|wont|not\s+gonna|not\s+going\s+to|don'?t\s+think\s+i'?ll|dont\s+think\s+ill)\s+be\s+(?:around|here)\s+(?:much\s+longer|any\s*more|for\s+(?:much|long))"
    r"|(?:don'?t|dont)\s+think\s+(?:i'?ll|ill|i\s+will)\s+be\s+(?:around|here)\s+(?:to\s+[^.!?\n]{1,40}?\s+)?after\s+tonight\b(?![^\n]{0,60}\b(?:holidays?|hols|trip|flight|moving\s+house|half\s*term|on\s+nights|phone(?:'?s|\s+is)?\s+(?:getting\s+|being\s+)?(?:taken|confiscated)|no\s+wifi|grounded|back\s+(?:on|in)\s+\w+day|(?:off|going|goin|heading)\s+(?:to\s+(?:my|me|our)\s+(?!grave)\w+|on\s+(?:holiday|hols|a\s+trip))|(?:away|at\s+\w+)\s+for\s+the\s+(?:week|weekend))\b)"  # not "tell my nan", "away for good", "till now" (review B)
    r"|every(?:one|body|1)\s+(?:will|would|'?ll|'?d)\s+be\s+(?:happier|better\s+off)|save\s+every(?:one|body|1)\s+the\s+(?:bother|trouble|hassle)"
    r"|(?:not|never)\s+wake\s+up\s+(?:tmrw|tomorrow|again|in\s+the\s+morning)"
    r"|(?:going|goin|gonna\s+go)\s+to\s+the\s+(?:\w+\s+)?bridge\b(?=[^\n]{0,120}\b(?:sorry|done|end|bye|look\s+for\s+me))"
    r"|(?:don'?t|dont|do\s+not)\s+(?:come\s+)?look(?:ing)?\s+for\s+me|(?:don'?t|dont|do\s+not)\s+try\s+(?:and|to)\s+(?:find|look\s+for)\s+me\b(?!\s+(?:on|at|in)\b)"
    # Round 34's (read in round 19): "cant do it anymore. going to the railway bridge after 4th period".
    r"|(?:can'?t|cant|cannot)\s+do\s+(?:it|this)\s+any\s*more\b[^\n]{0,60}?\b(?:going|goin|gonna\s+go|heading|walking)\s+(?:up\s+|down\s+)?to\s+the\s+(?:\w+\s+){0,2}?(?:bridge|roof|cliff|canal|river|tracks|railway\s+line)\b"
    # ...not the school run or a sponsored walk: "cant do it anymore with these roadworks, going to the bridge is a 20 min wait".
    r"(?<!\bwith\s)(?![^\n]{0,40}\b(?:and\s+back|sponsored|charity|fun\s+run|wait|traffic|queue|roadworks)\b)"
    # Not the last of the night: "this is my last tiktok tonight then revision", "my last snap today, battery on 2%".
    r"|this\s+is\s+my\s+last\s+(?:post|message|video|tiktok|snap|story|vid)\b(?!\s+(?:as|of|for|on|in|before|from|here|this|til|till|until|at|to|about|tonight|today|then|i\s+promise)\b)"
    r"|i'?m\s+done\b(?!\s+in\b)[^\n]{0,80}\bsorry\s+(?:mum|mam|mom|dad)(?!\s+for\s+the\b)|(?:won'?t|wont)\s+be\s+(?:at|in|there)\b[^.!?\n]{0,30}\bever\s+again"
    r"|(?:stop|not)\s+being\s+(?:every|any)(?:one|body|1)'?s\s+problem|(?:not|never)\s+coming\s+home\s+(?:tonight|again|ever)"
    r"|(?:walk|walking|jump|jumping|go|going)\s+(?:in|into|in\s+to)\s+the\s+(?:canal|river|reservoir)"
    # Round 9: a message home that says sorry and no more; a missing child's last words.
    r"|tell\s+(?:my\s+|me\s+)?(?:mum|mam|mom|dad|nan|nana|gran)\s+(?:i'?m|im|i\s+am|that\s+i'?m)\s+sorry"
    r"(?=\s*(?:[,.!'\"\u2019]|x\b|$|i\s+(?:can'?t|cant|love)|love|bye|for\s+everything))"
    # Round 23: "kms tonight fr not even joking this time" (kill myself): said in earnest, with a when.
    r"|(?:(?<![^\n.!?])|(?<=[\n.!?]\s)|(?<=[\n.!?]\s\s)|(?<=\bgonna\s)|(?<=\bgoing\sto\s)|(?<=\bima\s)|(?<=\bimma\s)|(?<=\bfinna\s)"
    r"|(?<=\bi'll\s)|(?<=\bill\s)|(?<=\bi\swill\s))(?![^\n]*(?:\blol\b|\blmao\b|\U0001f602|\U0001f480|\U0001f62d|\U0001f923|\b(?:song|lyrics?|stuck\s+in\s+my\s+head)\b))kms\s+(?:tonight|today|tmrw|rn|now)\b(?=[^\n]{0,40}\b(?:not\s+(?:even\s+)?joking|fr|for\s+real|serious|i\s+mean\s+it)\b)"
    r"|\bunalive\s+(?:myself|me|himself|herself)\b|\bsharp\s+things\s+in\s+my\b|\bcollection\s+of\s+(?:sharp|blades|razors)"
    r"|\bwon'?t\s+let\s+(?:me|anyone|us)\s+(?:anywhere\s+)?near\s+(?:his|her|their)\s+(?:arms|wrists|legs)\b"
    r"|\b(?:sleeves\s+down|long\s+sleeves)\b[^\n]{0,80}\b(?:no\s*(?:one|1)|nobody|noone)\s+(?:checks|asks|looks|notices)"
    r"|\b(?:won'?t|wont)\s+be\s+anywhere\b|(?:doesn'?t|doesnt)\s+matter\s+anyway[^\n]{0,40}(?:won'?t|wont)\s+be\s+around"
    r"|(?:properly|so)\s+tired[^\n]{0,40}(?:won'?t|wont)\s+be\s+around"
    r"|\b(?:re-?did|redoing|did|doing|done)\s+(?:the\s+)?lines\s+on\s+(?:my|her|his|their)\s+(?:arm|wrist|leg|thigh)s?\b|\bkys\b"
    r"|\b(?:tonight|today)\s+is\s+(?:it|the\s+(?:day|night))\b(?=[^\n]{0,80}\b(?:sorry|sad|bye|look\s+for\s+me|miss\s+me))"
    r"|(?:sorry|can'?t\s+do\s+(?:it|this)\s+any\s*more)[^\n]{0,80}\b(?:tonight|today)\s+is\s+(?:it|the\s+(?:day|night))\b"
    # Round 15: a goodbye that clears the family of blame; being here stopped; not going in "ever".
    r"|\bsorry\s+(?:mum|mam|mom|dad|nan)\W{0,5}none\s+of\s+(?:it|this)\s*(?:'s|s|is)?\s+(?:ur|your)\s+fault\b"
    r"|\bsorry\s+(?:mum|mam|mom|dad|nan)\W{0,5}(?:it'?s|its)\s+not\s+(?:ur|your)\s+fault\s*,?\s*(?=❤|💔|🖤|(?:i\s+)?love\s+(?:u|you)|bye|goodbye)"
    r"|\b(?:might|gonna|going\s+to|just\s+wanna|want\s+to)\s+(?:just\s+)?stop\s+being\s+(?:alive\b|(?:here|around)(?=\s*(?:[.!?…,💔😔😞😢🖤]|$|(?:any\s*more|anymore|soon|tonight|for\s+good|tbh|honestly|now)\b"
    r"|(?:after|before|by)\s+(?:christmas|the\s+holidays|half\s*-?\s*term|new\s+year|easter|summer|tonight|today|tomorrow|the\s+weekend)\b)))"
    r"|\bnot\s+gonna\s+be\s+here\s+after\s+(?:today|tonight)\b|\bsaved\s+up\s+(?:all\s+)?(?:my|me)\s+(?:tabl[e3]ts|pills|meds)\b"
    # probe79's "pov: you've written everyone a note and put them in your blazer pocket ... bye 🕊️": a note for each.
    r"|\b(?:written|wrote|writing)\s+(?:every(?:one|1|body)|all\s+of\s+(?:you|u|them)|my\s+(?:mum|family|friends))\s+(?:a\s+)?(?:note|letter)s?\b(?=[^\n]{0,120}\b(?:bye|goodbye|notice|sorry|love\s+(?:u|you))\b)(?![^\n]*\b(?:christmas|xmas|birthday|thank\s*-?\s*you|leavers?|card)\b)"
    # threads39's "ive been saving my mums tablets, doing it after school today": someone else's tablets hoarded. A review's:
    # a stepdad's, "sleeping pills", "hoarding"; not the mum who "saved my nans tablets from the flood", nor a carer's "for her".
    r"|\b(?<!\bmum\s)(?<!\bdad\s)(?<!\bnan\s)(?<!\bshe\s)(?<!\bhe\s)(?<!\bthey\s)(?<!'s\s)(?<!\bhas\s)(?<!'s\sbeen\s)(?<!\bhas\sbeen\s)(?:been\s+)?(?:sav|hoard|stash|stockpil)(?:ed|ing)\s+(?:up\s+)?(?:all\s+)?(?:my\s+)?"
    r"(?:mum|mam|mom|dad|nan|nana|gran|step-?(?:mum|dad))(?:'?s|s’|’s)?\s+(?:sleeping\s+)?(?:tabl[e3]ts|pills|meds|paracetamol|painkillers)\b(?![^.!?\n]{0,30}\b(?:from\s+the|for\s+(?:her|him|them)|dosette|pill\s*box)\b)"
    r"|\btonight'?s\s+it\b|(?:going|goin|gonna\s+go)\s+(?:up|on)\s+the\s+(?:\w+\s+)?(?:foot)?bridge\b(?!\s+and\s+back)(?=[^\n]{0,120}\b(?:sorry|bye|goodbye|notice|gone|i'?m\s+done))"
    r"|\b(?:not\s+(?:gonna|going\s+to)|won'?t|wont|will\s+not)\s+be\s+(?:here|around)\s+(?:by\s+)?(?:tmrw|tomorrow|tmw|2moro|tmoz)\b(?![^\n]{0,80}\b(?:off\s+to|holiday|hols|trip|dentist|doctors?|appointment|ill|sick|poorly|see\s+(?:u|you|ya)|back\s+(?:on|monday|next)|mr|mrs|miss|ms|course)\b)(?=[^\n]{0,60}\b(?:bye|goodbye|sorry\s+for\s+everything|decided|love\s+(?:u|you))\b)"
    # Round 56's "wrote ms marsh a letter ... she'll get it tomorrow when im not here anymore. sorry to everyone": not a leaver's.
    r"|(?:^|(?<=\n))(?![^\n]*\b(?:leaving\s+(?:school|hba|for|to|in)|left\s+(?:school|hba)|leavers?|last\s+day|off\s+to|emigrat\w*|takes?\s+over|new\s+(?:school|caretaker|teacher|job)"
    r"|uni|college|sixth\s+form|moving|retir\w+|lol)\b)[^\n]*?\b(?:when|once|after)\s+(?:i'?m|im|i\s+am)\s+not\s+(?:here|around)\s+any\s*more\b(?=[^\n]{0,80}\b(?:sorry|bye|goodbye|love\s+(?:u|you))\b)"
    # Round 16's: "wont be in tomorrow or ever", "doing it tonight once mum's asleep, ive got everything ready".
    r"|\b(?:won'?t|wont|not)\s+be\s+in\s+(?:tomorrow|tmrw|2moro)\W{0,3}\s*or\s+ever\b(?![^\n]{0,40}\b(?:lol|😂|jk|snow|strike|inset)\b)"
    # "not coming in tomorrow. or ever": said as often by a parent fed up, a TA resigning, a family moving or
    # a snow day, so only with a goodbye beside it, and not about a club, a job, the heating or a move.
    r"|\bnot\s+(?:coming|going)\s+in\s+(?:tomorrow|tmrw|2moro)\W{0,3}\s*or\s+ever\b(?!\s+(?:to|at|for|if|until|unless|bc|because|cos)\b)"
    r"(?![^\n]*(?:😂|🤣|\b(?:lol|jk|snow\w*|strike|inset|club|job|resign\w*|moving|heating|dinners?|pay)\b))"
    r"(?=[^\n]{0,80}\b(?:sorry|goodbye|bye|love\s+(?:u|you)|can'?t\s+do\s+(?:this|it)|tell\s+my)\b)"
    r"|\b(?:doing|do)\s+it\s+tonight\b(?=[^\n]{0,80}\b(?:everything\s+ready|sorry|goodbye|this\s+is\s+it))"
    r"|\b(?:tonight'?s|tonight\s+is)\s+(?:the\s+|my\s+)?last\s+night\b(?!\s+(?:of|to|for|before|that|the|we|you|u|at|on|in|out)\b)(?=[^\n]{0,80}\b(?:sorry|bye|goodbye|(?:don'?t|dont)\s+(?:message|text|msg)|love\s+(?:u|you)))"
    r"(?![^\n]{0,80}\b(?:missed\s+out|tickets?|panto|show|performance|concert|gig|sale|party)\b)"
    # Round 25-28's read sets: the letters written, the tablets out, "goodnight forever", the last post, done with it all.
    r"|\bwr(?:ote|itten|iting)\s+(?:my|all\s+my|the)\s+(?:letters|notes|goodbye\s+(?:letters?|notes?))\b(?!\s+(?:to|for|of|home)\b)(?=[^\n]{0,80}\b(?:(?:sorry(?!\s+(?:for|about|if|that|to\s+(?:moan|rant|hear)|kids|guys\s+for)\b)|bye|goodbye|love\s+(?:u|you))|tonight))(?![^\n]*(?:😂|🤣|🎉|\blol\b|\blmao\b))"
    r"|\b(?:got|have|i'?ve\s+got|ive\s+got)\s+(?:the|my|all\s+the|all\s+my)\s+(?:tablets|pills|meds)\s+(?:out|ready|lined\s+up)\b(?![^\n]{0,40}\b(?:for\s+the|raffle|ipads?|class|lesson|quiz|game)\b)(?=[^\n]{0,100}\b(?:(?:sorry(?!\s+(?:for|about|if|that|to\s+(?:moan|rant|hear)|kids|guys\s+for)\b)|bye|goodbye|love\s+(?:u|you))|notice|tonight|enough))(?![^\n]*(?:😂|🤣|🎉|\blol\b|\blmao\b))"
    r"|\bgoodnight\s+forever\b(?!\s+(?:to|from)\b)(?=[^\n]{0,120}\b(?:(?:sorry(?!\s+(?:for|about|if|that|to\s+(?:moan|rant|hear)|kids|guys\s+for)\b)|bye|goodbye|love\s+(?:u|you))|tell\s+\w+|answering|won)\b)(?![^\n]*(?:😂|🤣|🎉|\blol\b|\blmao\b))|\b(?:this\s+is\s+)?my\s+last\s+post\b(?!\s+(?:as|of|for|on|in|before|from|here|this|til|till|until|at|to|about|re|abt)\b)(?=[^\n]{0,120}\b(?:(?:sorry(?!\s+(?:for|about|if|that|to\s+(?:moan|rant|hear)|kids|guys\s+for)\b)|bye|goodbye|love\s+(?:u|you))|tablets|pills|can'?t\s+do))(?![^\n]*(?:😂|🤣|🎉|\blol\b|\blmao\b))"
    r"|\bdoing\s+it\s+(?:when\s+i\s+get\s+home|after\s+school|today)\b(?=[^\n]{0,80}\b(?:(?:sorry(?!\s+(?:for|about|if|that|to\s+(?:moan|rant|hear)|kids|guys\s+for)\b)|bye|goodbye|love\s+(?:u|you))|sorted\s+what\s+i\s+need))(?![^\n]*(?:😂|🤣|🎉|\blol\b|\blmao\b))"
    r"|\bdone\s+with\s+it\s+all\b(?=[^\n]{0,80}\b(?:last\s+thing\s+(?:i'?ll|ill|i\s+will|youll|you'?ll)\s+(?:ever\s+)?(?:post|see)\b(?!\s+(?:about|on|re|abt|for)\b)|bridge|(?:sorry(?!\s+(?:for|about|if|that|to\s+(?:moan|rant|hear)|kids|guys\s+for)\b)|bye|goodbye|love\s+(?:u|you))))(?![^\n]*(?:😂|🤣|🎉|\blol\b|\blmao\b))"
    r"|\bthis\s+is\s+it\s+for\s+me\b(?=[^\n]{0,80}\b(?:tonight|sorry|goodbye|ready))"
    # Round 15's: harm kept under sleeves that nobody asks about, "the lines are my business".
    r"|\bnobody\s+(?:at\s+\w+\s+)?(?:asks|notices|checks)\s+why\s+i\s+(?:keep|wear)\s+(?:them|my\s+(?:sleeves|jumper|hoodie|blazer))\s+(?:on|down)\b"
    r"|\bwhy\s+i\s+(?:wear|keep)\s+(?:my\s+)?(?:jumper|hoodie|sleeves|blazer|jacket)\s+(?:on\s+)?in\s+pe\b|\bthe\s+(?:lines|cuts|marks)\s+(?:are|r)\s+my\s+business\b"
    r"|talking\s+about\s+['‘\"]?(?:the\s+bridge|ending\s+it|ending\s+things|not\s+being\s+here)"
    # Round 59's: "tonight im making it all stop", "taking all of them tonight. sorry to everyone".
    r"|(?:i'?m|im|i\s+am|gonna|going\s+to|i'?ll|ill)\s+(?:just\s+)?mak(?:e|ing)\s+(?:it\s+(?:all\s+)?|everything\s+|the\s+pain\s+)stop\b"
    r"(?![^.!?\n]{0,40}\b(?:rain\w*|snow\w*|wind|weather|beeping|ringing|barking|alarm|notifications?|group\s*chat|pings?|emails?)\b)"
    r"(?![^.!?\n]{0,30}\b(?:crying|noise)\b(?![^.!?\n]{0,25}\bin\s+my\s+head\b))"
    r"|(?:(?:taking|take|swallow\w*)\s+(?:all\s+of\s+(?:them|em)|the\s+lot(?:\s+of\s+(?:them|em))?)\s+(?:tonight|now|rn)\b(?!\s+(?:to|for|on|out|with\s+(?:me|us|the\s+kids|my\s+(?:mates|friends|kids))|round|bowling|swimming|trick|camping)\b)"
    r"|(?:swallowed|taken|took)\s+(?:all\s+of\s+(?:them|em)|the\s+lot(?:\s+of\s+(?:them|em))?)\b)"
    r"(?=[^\n]{0,100}\b(?:sorry|bye|goodbye|love\s+(?:u|you)|notice)\b))",
    re.I)


# Round 14, the read sets' pupils: arms hidden under sleeves, "not for my pencils", an old habit
# back, a promise to have stopped broken, wishing not to exist or not to wake up, not being here
# for results day, everyone "fine about it". The DSL's today; none of it says tonight.
# A holiday or a trip explains "might not be here for results day".
HINTS = re.compile(
    r"(?:(?:long\s+sleeves?|sleeves?\s+down|sleeve\s+thing|new\s+sleeves|longer\s+ones|hoodie)\b[^\n]{0,80}?"
    r"(?:\b(?:no\s*(?:one|1|body)|noone|nobody|anyone|\w+\s+can'?t|\w+\s+cant)\s+(?:\w+\s+)?(?:sees?|see|seeing)\s*(?:(?:my|their|our)\s+arms|them|\W{0,3}(?:🫣|🙂|🙃|🩹|$))"
    r"|\b(?:hide|hiding|hid|cover|covering|covers|asks?\s+about|asking\s+about|looks?\s+at)\s+(?:up\s+)?my\s+arms\b|🩹|\bour\s+reasons\b|\bdont\s+tell\s+no\s*1\b)"
    r"|\b(?:no\s*(?:one|1|body)|nobody)\s+(?:at\s+\w+\s+)?asks?\s+why\s+(?:u|you|i)\s+never\s+roll\s+(?:ur|your|my)\s+sleeves\s+up(?![^\n]{0,40}\b(?:freezing|cold|heating|radiators?)\b)"
    r"|\bif\s+(?:my\s+)?(?:mum|mam|dad|stepdad|nan|anyone|they|he|she)\s+(?:ever\s+)?sees\s+my\s+arms\b|\b(?:marks|cuts|scratches|lines|plasters?)\s+on\s+(?:ur|your|my)\s+(?:arms?|wrists?|legs?|thighs?)\b[^\n]{0,60}?\b(?:say|said|it\s+was)\s+['‘\"“]?(?:the|my|a)\s+cat\b"
    r"|\b(?:no\s*(?:one|1|body)|nobody|noone|anyone|stop\s+(?:\w+\s+)?from)\s+(?:\w+\s+)?(?:seeing|sees)\s+my\s+arms\b(?![^\n]{0,40}\b(?:bib|kit|vest|sleeveless|bingo\s+wings|sunburn\w*|tan)\b)"
    r"|\bnot\s+for\s+my\s+pencils\b(?![^\n]{0,40}\b(?:eye\s*liner|make-?up|lip\s*liner|eyebrows?|crayons?)\b)"
    r"|\bold\s+habit(?:'s|’s|\s+is)\s+back\b(?!\s*[:,\-–—]?\s*(?:\w+\s+){0,2}?\w+ing\b)"
    r"|\bthe\s+thing\s+i\s+(?:stopped|quit)\b(?=[^\n]{0,30}\bback\b)(?![^\n]{0,60}\b(?:lent|diet|sugar|chocolate|caffeine|coffee|doughnuts?|crisps|fizzy|tuck\s+shop|snacks?|smoking|vaping)\b)"
    r"|\b(?:promised|told)\s+(?:\w+\s+){0,4}?i'?d\s+stopped\b(?=[^\n]{0,30}\b(?:i\s+hadn'?t|i\s+hadnt|wasn'?t\s+true|worse)\b)"
    r"|\bfinish\s+what\s+i\s+started\b(?=[^\n]{0,40}\b(?:toilets?|bathroom|tonight|again)\b)(?![^\n]{0,40}\b(?:pieces|jigsaw|lego|book|series|essay|homework|knitting|painting)\b)"
    r"|(?<!coffee is )(?<!tea is )(?<!caffeine is )\bonly\s+thing\s+keeping\s+me\s+going\b(?!\s+(?:this|through)\s+(?:week|term|mocks|exams|half\s+term))"
    r"|\bwish\s+i\s+could\s+(?:just\s+)?not\s+exist\b(?!\s+(?:on|before|during|in|until|till|at)\s+(?:\w+\s+)?(?:mornings?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekends?|lessons?|maths|pe|assembly|\d))"
    r"|\b(?:imagine|what)\s+if\s+i\s+(?:just\s+)?(?:didn'?t|didnt)\s+wake\s+up\b(?!\s+(?:for|in\s+time|on\s+time|early|before|till|until)\b)"
    r"|\b(?:might|may)\s+(?:just\s+)?not\s+be\s+(?:here|around)\s+for\b(?!\s+(?:pick\s*-?\s*up|drop\s*-?\s*off|registration|tea|dinner|lunch|the\s+start|\d))(?![^\n]{0,60}\b(?:fly\w*|flight|plane|airport|cruise|portugal|france|italy|greece|turkey|camp\w*|caravan)\b)"
    # "if i wasnt around for pick up", "to chase the school": a parent's busy day, not a child's absence.
    r"|\bif\s+i\s+(?:just\s+)?(?:wasn'?t|wasnt|weren'?t)\s+(?:here\b(?!\s+to\s+(?:remind|tell|do|sort|make|keep|help|nag|cook|pick|feed|walk|clean)\b)"
    r"|around\b(?!\s+(?:to|for|at|on|when|then|during|after|before|in\s+time|that\s+(?:day|week|morning)|this\s+(?:week|morning)|last)\b))"
    r"|\bif\s+i'?m\s+not\s+(?:around|here)\s+any\s*more\b"
    # Round 30's (read in round 17): "might not be around much longer anyway", the crane "not in a
    # fun way", sleeves and "not like anyone checks".
    # The writer's own "might not be around", not Mr W's, a nan's or the portakabins'.
    r"|(?:(?<![^\n])|(?<=[^\w\s'’])\s*|\b(?:i|honestly|tbh|tbf|just|and|so|anyway|lol|but|cos|coz)\s+)(?:just\s+)?(?:might|may|prob(?:ably)?|prolly|probs)\s+not\s+be\s+(?:around|here)\s+(?:much|for\s+(?:much|long))\s+longer\b"
    r"(?![^\n]{0,60}\b(?:job|move|moving|leav\w+|retir\w+|contract|maternity|transfer|new\s+school|group|chat|page|facebook|fb|whatsapp)\b)"
    r"|\b(?:what\s+it'?d\s+be\s+like|thinking\s+(?:a\s+lot\s+)?about)\b[^\n]{0,60}\b(?:up\s+there|the\s+(?:top|edge))\b[^\n]{0,40}\bnot\s+in\s+a\s+(?:fun|good|nice)\s+way\b"
    # Not "not like anyone checks if they're overheating": a uniform rule, about other children.
    r"|\b(?:long\s+sleeves|sleeves\s+down)\b[^\n]{0,80}\bnot\s+like\s+any(?:one|body|1)\s+(?:checks|asks|looks|notices)\b(?!\s+(?:if|whether|the|on|that|their|what|how|when)\b)"
    r"|\bif\s+i'?m\s+still\s+(?:around|here)\b(?!\s+(?:after|at|by|when|till|until|later|in\s+the|tomorrow\s+(?:morning|afternoon)|on\s+\w+day)\b)"
    r"|\bfor\s+it\s+all\s+to\s+(?:just\s+)?stop\b(?![^\n]{0,30}\b(?:i\s+mean|rain\w*|snow\w*|drilling|noise|roadworks|wind|building\s+work)\b)"
    r"|\bhow\s+many\s+is\s+too\s+many\b(?!\s+[a-z])(?!\W{0,3}(?:asking|i\s+mean|for\s+a))"
    # Round 61's "how many paracetamol is too many asking for a friend 🙃"; not a dose for a small child or a dog, nor (a review's)
    # an adult's dose for a toothache or flu "in 24 hours", unless asked "for a friend"; plurals and "co codamol" too.
    r"|\bhow\s+many\s+(?:paracetamols?|tablets|pills|ibuprofens?|co[-\s]?codamols?|sleeping\s+pills)\s+(?:is|are|would\s+be)\s+too\s+many\b"
    r"(?=[^\n]{0,80}\basking\s+for\s+a\s+friend\b|(?![^\n]{0,60}\b(?:for\s+(?:a|an|my|the)\s+(?:\d+|toddler|baby|child|kid|little|dog|cat|teen(?:ager)?|\w+\s+year\s+old)|\d+\s*(?:yo|y/o|kg|mg|ml)"
    r"|calpol|dose\s+for|in\s+(?:a|one|24)\s*(?:day|hours?|hrs?)|a\s+day|per\s+day|every\s+\d|tooth\s*ache|headache|migraine|flu|cold|period\s+pains?|cramps|temp(?:erature)?|fever|dentist)\b))"
    r"|\bhow\s+many\s+(?:paracetamols?|tablets|pills)\s+(?:would|does|will)\s+it\s+take\s+(?:to|till|until|before)\s+(?:not\s+wake|never\s+wake|die|end\s+it|kill)"
    # ...harm kept where no one sees ("the thing with the compass. legs only so no one sees"), a blade's drop beside not coping;
    # a review's "where no one can see", "so my mum doesnt see". Not what the tights hide ("so no one sees the ladders").
    r"|\b(?:legs|thighs|hips|stomach|tummy)\s+(?:only\s+|now\s+|instead\s+)*(?:so|where)\s+(?:no\s*(?:one|1)|nobody|noone|(?:my\s+)?(?:mum|mam|dad)|they)\s+"
    r"(?:sees?|can\s+see|can'?t\s+see|(?:doesn'?t|doesnt|won'?t|wont)\s+see|notices?|finds?\s+out)\b(?!\s+(?:me|how|you|u|your|ur|what)\b|\s+(?:the|my|them|those)\s+(?!cuts|marks|scars|lines)\w)"
    r"|(?<!how\sto\s)\b(?:do|did|doing|does)\s+the\s+thing\s+with\s+the\s+(?:compass|sharpener|blade|razor)\b|\bthe\s+(?:compass|sharpener)\s+thing\s+again\b"
    r"|\b(?:can'?t|cant|cannot)\s+(?:do\s+(?:this|it)|keep\s+doing\s+(?:this|it)|cope)\s+any\s*more\b[^\n]{0,20}🩸"
    r"|(?<!\bthen\s)\bevery(?:one|body|1)\s+would\s+(?:be\s+fine\s+about\s+it|get\s+over\s+it|be\s+less\s+stressed)\b(?!\s+if\s+(?!i\b|i'?m\b|i\s+was))"
    # Words that dodge a platform's filters, and a parent asking what one means in a child's notes or bio.
    r"|\bs[e3]w[e3]r\s*-?\s*sl[i1]de\b"
    # Not another's death ("the man who was unalived", "got unalived by her stepdad") nor the word itself ("keeps saying unalive").
    r"|(?<!to\s)(?<!was\s)(?<!were\s)(?<!got\s)(?<!gets\s)(?<!saying\s)(?<!says\s)(?<!say\s)(?<!word\s)\bunal[i1]v(?:e|ed|ing)\b(?!\s+(?:him|her|them|you|u|ur|your|that|the|this|mr|mrs|miss|sir|by)\b)(?![^\n]{0,40}(?:\bjk\b|\bjoking\b|😂|🤣|\blol\b))"
    r"|\bwhat\s+(?:does|do)\s+['\"‘“]?(?:sh|s/h|unalive|sewerslide|cat\s+scratches|barcode)['\"’”]?\s+(?:mean|stand\s+for)\b"
    # "SH" on a timetable or a letter is the sports hall.
    r"(?![^\n]{0,40}\b(?:timetable|sports?\s+hall|letter|newsletter|map|menu|report)\b)"
    r"|\btrains?\b[^\n]{0,80}(?:[.!?…,]\s*|\b(?:it|that|one\s+step)\s+)would\s+be\s+so\s+(?:quick|easy)\b(?!\s+to\s+\w+)"
    r"|\b(?:be\s+in|come\s+in|be\s+back)\b[^\n]{0,30}\bor\s+(?:like\s+)?ever\s+(?:tbh|honestly|really)\b(?![^\n]{0,30}(?:😂|🤣|\blol\b|\bmy\s+legs\b|\bcan'?t\s+feel\b))"
    r")(?![^\n]{0,80}\b(?:holiday|hols|spain|abroad|away|flight|trip|wedding|we'?re\s+in|visiting|nan'?s|grans?)\b)",
    re.I)


_IF_NOT_ME = re.compile(r"\bif\s+(?!i\b|i'?m\b|im\b)\w+", re.I)


def someone_elses_if(text: str, evidence: str) -> bool:
    """"If Hollowbrook scrapped mocks everyone would be less stressed": the hint's sentence hangs on someone else."""
    if not re.match(r"every(?:one|body|1)\s+would\b", evidence, re.I):
        return False
    i = text.find(evidence)
    start = max(text.rfind(c, 0, i) for c in ".!?\n") + 1 if i >= 0 else 0
    return bool(_IF_NOT_ME.search(text[start:i] if i >= 0 else ""))


# A goodbye said to family, friends or a class: "tell my mum sorry", "sorry mam", "tell 9M i said
# bye", "goodbye everyone", "its not your fault mum"; not "sorry everyone", an organiser's. Alone it
# is nothing ("sorry mum, staying at jess's tonight"); with the model reading a child
# at risk, in a sad post that no parent wrote, and a time that is now, it is a farewell (children.py).
# Not one reported ("he said love you mum and went to his room"): that child is home.
GOODBYE = re.compile(
    r"(?<!said\s)(?<!says\s)(?<!saying\s)\b(?:sorry|sory|soz|bye|goodbye|love\s+(?:u|you|ya))\W{0,3}(?:to\s+)?(?:my\s+)?"
    r"(?:mum|mam|mom|mummy|dad|nan|nana|gran)\b|\b(?:bye|goodbye)\W{0,3}(?:every(?:one|body|1)|evry1|y'?all)\b"
    r"|\b(?:it'?s|its|it\s+is)\s+not\s+(?:ur|your)\s+fault\W{0,3}(?:mum|mam|mom|dad|nan)\b"
    # probe50's: "mum im sorry, none of this is your fault". Said bare, not "mum im sorry i forgot my PE kit",
    # and to the family, not a friend (a third review's).
    r"|\b(?:mum|mam|mom|dad)\W{0,3}(?:i'?m|im|i\s+am)\s+(?:so\s+)?sorry\b(?=\s*(?:[.,!…x]|$|for\s+everything\b|(?:i\s+)?love\s+(?:u|you)\b|none\s+of\b))"
    r"|\b(?:mum|mam|mom|dad)\W{0,3}(?:(?:i'?m|im|i\s+am)\s+sorry\W{0,3})?none\s+of\s+(?:this|it)\s+is\s+(?:ur|your)\s+fault\b"
    r"|\btell\s+(?:my\s+|me\s+)?(?:mum|mam|mom|dad|nan|gran|every(?:one|1)|(?-i:(?:[1-9]|1[0-3])[A-Z]\d?)|(?:mr|mrs|ms|miss|sir)\s+\w+)"
    r"\s+(?:i'?m\s+|im\s+|i\s+am\s+|i\s+said\s+|that\s+i'?m\s+)?(?:sorry|sory|bye|goodbye)\b", re.I)
# The times a farewell is said for: not "today" or "tomorrow", in nearly every parent's report.
GOODBYE_NOW = re.compile(
    r"\b(?:tonight|tonights|tonite|2nite|right\s+now|after\s+school|after\s+(?:the\s+)?(?:last|final)\s+(?:lesson|period)"
    r"|not\s+coming\s+home|or\s+ever|or\s+any\s+day(?=\s*(?:[.!,…x]|$|tbh|honestly|again|ever))|after\s+tonight"
    r"|(?:tonight|today)\s+is\s+(?:it|the\s+(?:day|night))|(?:not\s+coming\s+(?:in|back|home)\s+)?(?:ever\s+again|any\s*more))\b", re.I)


# Written in the small hours ("its 1am and im walking to where it happened"): now, where the post is
# sad as well; not a night out or a night in A&E.
_SMALL_HOURS = re.compile(r"\b(?:it'?s|its|it\s+is)\s+(?:[1-4]|one|two|three|four)\s*(?:am|a\.m\.|in\s+the\s+morning)\b", re.I)


def farewell(text: str) -> tuple[Finding, ...]:
    """A goodbye and a time a farewell is said for, both in the post (its spelling made plain
    by the caller): the goodbyes, then the time; nothing where either is missing."""
    bye = find_all("goodbye", GOODBYE, text)
    now = (GOODBYE_NOW.search(text) or (_SMALL_HOURS.search(text) if _SAD.search(text) else None)) if bye else None
    return bye + (Finding("farewell_time", " ".join(now.group(0).split())),) if now else ()


# Round 21 (measured, then read): three pupils' farewells the model read as praise or a complaint
# ("going down the pond tonight and not coming back up. tell miss rowe im sorry"). With a goodbye and
# a time, these words leave no other reading: no model score is needed.
_PLACE = r"(?:bridge|pond|river|canal|cliff|tracks|railway|roof|quarry|lake|reservoir|multi[-\s]?storey)"
# Where the words stop, or a goodbye follows unpunctuated: not "going down the river tonight for the fireworks", "...to meet Ellie",
# "...fishing with dad", "the last one of these before the baby", "the last thing ill post tonight cos exams".
_END = (r"(?=\s*(?:[^\w\s]|$|x+\b|(?:and\s+)?(?:not|never|that'?s|thats|for\s+good|forever|to\s+(?:end|jump|finish|do\s+it)"
        r"|bye|goodbye|sorry|soz|love|tell|i'?m|im|i\s+(?:can'?t|cant|love)|don'?t|dont)\b))")
_FINAL = re.compile(
    r"\b(?:don'?t|dont|do\s+not)\s+(?:come\s+)?look(?:ing)?\s+for\s+me\b|\b(?:don'?t|dont)\s+come\s+looking\b"
    r"|\bnot\s+coming\s+back\s+up\b|\bnot\s+coming\s+(?:back|home)\s+(?:tonight|ever|again)\b(?![^\n]{0,20}\b(?:until|till|unless|except|jk|only\s+joking)\b)"
    rf"|\bgoing\s+(?:down|off|up)\s+(?:to\s+)?the\s+(?:\w+\s+)?{_PLACE}\b(?:\s+(?:on|at|by|behind|near|in)(?:\s+\w+){{1,3}}?)?"
    rf"(?:\s+(?:tonight|tonite|2nite|today|now|right\s+now|after\s+school))?{_END}"
    r"|\btonight'?s\s+the\s+night\b"
    r"|\b(?:the\s+)?last\s+(?:thing\s+i(?:'?ll)?\s+(?:ever\s+)?(?:post|say|write)|time\s+(?:you|u)\s+(?:hear|see)\s+from\s+me)\b" + _END, re.I)
# Said to "everyone", these are a teacher's last day or a leaver's ("bye everyone, you won't have to
# deal with me any more"): a farewell only with an apology or a goodbye to the family.
_FINAL_TO_FAMILY = re.compile(
    r"\bwon'?t\s+have\s+to\s+(?:deal\s+with|worry\s+about|put\s+up\s+with)\s+me\b|\btonight'?s\s+the\s+last\s+one\b" + _END, re.I)
# ...an apology, or a goodbye to the family that is no thanks ("love you mum for every lift").
_TO_FAMILY = re.compile(
    r"(?<!said\s)(?<!says\s)\b(?:sorry|sory|soz|bye|goodbye|love\s+(?:u|you|ya))\W{0,3}(?:to\s+)?(?:my\s+)?"
    r"(?:mum|mam|mom|mummy|dad|nan|nana|gran)\b(?!\s+for\s+(?!everything\b))"
    r"|\b(?:i'?m|im|i\s+am)\s+sorry\b|\bsorry\s+for\s+everything\b|\bnot\s+(?:ur|your|her|his)\s+fault\b", re.I)
# ...and not the last night of a show, a trip or a party (not "cant wait for it all to be over").
_PARTY = re.compile(r"[🎉🥳🎓🍾🎭]|\b(?:prom|leavers?'?|party|disco|panto|show|performance|concert|trip|residential|tour|gig|match|season|club|practice|training|fishing|canoe\w*|kayak\w*|bonfire|fireworks|scouts|cadets|reunion|retir\w+|can'?t\s+wait\b(?!\s+(?:for\s+)?(?:it|this)?\s*(?:all\s+)?(?:to\s+)?(?:be\s+over|end|stop)))\b", re.I)


# Round 50: the means made ready for tonight, and words that say the writer is finished: "cant do another day
# in this house ... got everything out the cabinet for tonight. sorry miss marsh x", "i wont be in tomorrow or any
# day. ive got everything ready for tonight and im done". Not cakes iced, a camp-out packed, "done with marking".
_READY = re.compile(r"\b(?:got|have|i'?ve\s+got|ive\s+got|i\s+have)\s+(?:it\s+all|everything)\s+(?:\w+\s+){0,2}?(?:ready|out|sorted|planned|lined\s+up)\b"
                    r"[^.!?\n]{0,40}?\bfor\s+(?:tonight|tonite|2nite)\b(?!'|s\b)", re.I)
# ...not "done for today", "done being messed around", "another day of this heat" (a second review's).
_FINISHED = re.compile(r"\b(?:i'?m|im|i\s+am)\s+done\b(?!\s+(?:in|with|for|being|now\s+with|talking|waiting|asking|trying|messing))"
                       r"|\bcan'?t\s+do\s+(?:another\s+day(?!\s+of\b)|this\s+any\s*more|it\s+any\s*more)\b"
                       r"|\b(?:won'?t|wont)\s+be\s+in\s+(?:tomorrow\s+)?(?:or\s+)?any\s+(?:day|more)\b", re.I)
_EVERYDAY = re.compile(r"\b(?:cakes?|bake|camp|sleeping\s+bag|snacks|party|quiz|marking|revision|see\s+(?:you|u|ya)|sold\s+out"
                       r"|costume|outfit|tickets?|show|match|concert|disco|prom|sleepover)\b", re.I)


def final_farewell(text: str) -> tuple[Finding, ...]:
    """A farewell (a goodbye and its time) with words that say the writer will not be back:
    "dont come looking", "going down the bridge tonight", "tonight's the last one"; such words are
    their own time ("this is the last thing ill post. sorry mum"). Not the last night of a show or a party."""
    if (ready := _READY.search(text)) and (done := _FINISHED.search(text)) and not _PARTY.search(text) and not cheerful(text) \
            and not LAUGH.search(text) and not _EVERYDAY.search(text):
        return (Finding("prepared", " ".join(ready.group(0).split())), Finding("goodbye", " ".join(done.group(0).split())))
    said = farewell(text)
    final = _FINAL.search(text) or (_FINAL_TO_FAMILY.search(text) if _TO_FAMILY.search(text) else None)
    if not said and _FINAL.search(text) and (bye := find_all("goodbye", GOODBYE, text)):
        said = bye
    if not (said and final) or (_PARTY.search(text) and not _SAD.search(text)):
        return ()
    return said + (Finding("final", " ".join(final.group(0).split())),)
