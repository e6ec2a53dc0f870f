"""The times and places a threat may name: "tomorrow", "at pickup", "3.15", "in the staff car park",
"one night", "kal pickup pe"; the weapons that make a threat urgent; what a joke warning is about.
Which of the times and places fix a moment (a 999 call) is timing.py's to say."""
from __future__ import annotations

import re

WHEN_WHERE = re.compile(
    # A habit with its hour ("leaves every night about 5.40") is one finding: the hour is no moment set (timing.py).
    r"\b(?:(?:every|each)\s+(?:single\s+)?(?:morning|night|evening|day|afternoon)\s+(?:at\s+|about\s+|around\s+|by\s+)?(?:\d{1,2}[:.][0-5]\d|(?:half|quarter)\s+(?:past\s+|to\s+)?\w+|\d{1,2}\s*(?:am|pm))"
    # A review's: "in an hour", "when the bell goes", the end of the day, "frday".
    r"|in\s+(?:an?|half\s+an|\d+|a\s+few|a\s+couple(?:\s+of)?|one|two|three|four|five|ten|fifteen|twenty|thirty)\s+(?:hours?|hrs?|mins?|minutes)|when\s+the\s+bell\s+goes"
    # A deadline set for the reader: "u have till 11", "you've got until 2pm" (a bomb threat's).
    r"|(?:u|you|yous)\s*(?:have|'ve\s+got|ve\s+got|got)\s+(?:un)?['‘]?til+\s+(?:\d{1,2}(?:[:.][0-5]\d)?(?:\s*[ap]m)?|[0-2]\d[0-5]\d)\b"
    # Not the idiom: "at the end of the day he's a bully", "At the end of the day, the head...".
    r"|(?<!\bat\sthe\s)end\s+of\s+(?:the\s+)?(?:school\s+)?day|(?<=\bat\sthe\s)end\s+of\s+(?:the\s+)?(?:school\s+day|day"
    r"(?!\s*,|\s+(?:he|she|they|it|i|you|u|we|that|this|the|its|it's|he's|she's|hes|shes|they're|theyre|there|his|her|my|our|your|ur|if)\b))|fr[iy]?day|fri"
    r"|today|tonight|tonite|2nite|tomorrow|tmrw|tmw|2moro|2morrow|this\s+(?:morning|afternoon|evening|week)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|on\s+(?:mon|tues?|weds?|thurs?|fri|sat|sun)\b"
    r"|(?:mon|tues|wednes|thurs|fri)day\s+(?:morning|afternoon|at)|first\s+thing|in\s+the\s+morning|right\s+now|on\s+my\s+way"
    # A day named bare ("comin back monday", "this Saturday he finds out"), next week, the school run.
    r"|(?:this\s+|next\s+|by\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+week|(?:on\s+)?the\s+school\s+run"
    # "at 4" is a time; "lives at 14 Mill Lane" is an address, which the privacy rules own.
    r"|at\s+\d{1,2}(?::\d{2}|\.\d{2})?\s*(?:am|pm|o'?clock)|at\s+\d{1,2}(?::\d{2}|\.\d{2})?(?!\s+(?-i:[A-Z]))(?![\w:.])"
    r"|\d{1,2}(?::\d{2})?\s*(?:am|pm)"
    r"|(?:at|after)\s+(?:pick\s*-?\s*up|home\s*time|drop\s*-?\s*off|the\s+(?:school\s+)?gates|school\s+gates|break(?:time)?|lunch(?:time)?|assembly|the\s+match|the\s+disco|the\s+fete|parents'?\s+evening|school)"
    r"|in\s+the\s+(?:[\w']+\s+){0,3}car\s*park|outside\s+(?:the\s+)?(?:school|gates|his\s+house|her\s+house|the\s+staff\s*room)|when\s+(?:he|she|they)\s+(?:leaves?|comes?\s+out|gets?\s+out)"
    r"|on\s+(?:his|her|their)\s+way\s+home|next\s+time\s+i\s+see"
    # Here already: "I'm parked up there now", "we're outside now" (call 999: it is happening).
    r"|(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:\w+\s+){0,3}?(?:there|here|outside|waiting)\s+(?:right\s+)?now"
    # A clock time written bare ("3.15 hes getting it"), the hour as said ("about half five"), a
    # date ("18th December"), text-speak tomorrows, and the places of a school's day.
    r"|(?<![£$\d.:])\d{1,2}[:.][0-5]\d(?![\d.:%])|(?:half|quarter)\s+(?:past\s+|to\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r"|2moz|tomoz|tomorra|2mora|2morra|tmoz|after\s+dark|(?:last|first)\s+day\s+of\s+term"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
    # The place is a noun, not the verb of "everyone in this group needs to stop", "in this town can't park".
    r"|(?:at|by|outside|round|near|behind|in)\s+(?:the|that|this|his|her|their)\s+(?:[\w']+\s+){0,3}?"
    r"(?<!\bto\s)(?<!\bplease\s)(?<!n't\s)(?<!\bcant\s)(?<!'ll\s)(?<!\bcan\s)(?<!\bwill\s)(?<!\bshould\s)(?<!\bmust\s)"
    r"(?:stop|rec|park|station|shops(?!\s+(?:in|at|for|there)\b)|chippy|leisure\s+centre|bridge|field|sports\s+hall|car\s*park)"
    # A night not yet named ("would be a shame if something happened on Station Lane one night"). A street
    # named is not a place set for harm: in round 33 (sealed) it read a house's or a parked car's street as one.
    r"|one\s+(?:of\s+these\s+)?nights?\b(?!\s+only\b)(?![^.!?\n]{0,30}\b(?:last\s+(?:week|night|month|year|term)|yesterday|ago|in\s+(?:19|20)\d\d)\b)"
    # Before the school day: "b4 skool" (read as "before school"), "before registration".
    r"|before\s+(?:school|registration|drop\s*-?\s*off|the\s+bell|(?:the\s+)?gates\s+open)"
    # The families' other languages (tongues.py): tomorrow, at pickup.
    r"|kal\s+(?:subah|shaam|pickup|school|chutti)|(?:pickup|chutti|gate)\s+pe|jutro|amanh[aã]|m[aâ]ine\s+(?:diminea[tțţ][aă]|la)|mâine|berri|kal\b(?=[^.!?\n]{0,40}\b\w+(?:unga|ungi|oonga|enge)\b))\b",
    re.I)


# With the street words for them (a "shank", "ching", "bora" or "stanley" is a knife, a "skeng" is
# a gun, not a nerf, water or toy gun), and a bat that is somebody's, not the animal or a rounders lesson's.
WEAPON = re.compile(r"\b(?:knife|knives|(?<!nerf\s)(?<!water\s)(?<!toy\s)(?<!glue\s)(?<!bubble\s)(?<!squirt\s)(?<!confetti\s)(?:gun|guns)|shotgun|rifle|firearm|pistol|crossbow|axe|blade|machete|acid|petrol|bomb|weapon|baseball\s+bat|crowbar|hammer"
                    # ...unless the toy is denied: "toy gun my arse", "that wasn't no water gun", "it's not a toy gun".
                    r"|(?:(?:not|\w+n['’]?t)\s+(?:a|an|no|just\s+a)|(?:was|is|it['’]?s)\s+no)\s+(?:nerf|water|toy|glue|bubble|squirt|confetti)\s+guns?"
                    r"|(?:nerf|water|toy)\s+guns?\s+my\s+(?:arse|ass|a\*+e|foot)"
                    r"|shanks?|ching|nank|bora|stanley\s+knife|skeng|rambo\s+knife|zombie\s+knife|tooled\s+up"
                    r"|(?:my|his|me|dads?|brothers?|bruvs?|uncles?|cousins?)(?:'s)?\s+(?:cricket\s+|baseball\s+)?bat"
                    # A brick to be brought: "bring a brick 😂", "bring your own bricks". ("A brick through his window"
                    # wished is the threat's act, not a weapon in hand: the read sets' writers called no 999 for it.)
                    r"|(?:bring|brings|bringing|grab|take)\s+(?:a|some|your|ur|yer|ya|your\s+own|ur\s+own|a\s+couple\s+of)?\s*bricks?"
                    r"(?!\s+(?:for|to\s+(?:build|make|the))\b)(?![^.!?\n]{0,60}\b(?:lego|sponsor\w*|skip|garden|raised\s+beds?|wall|time\s+capsule|build\w*)\b))"
                    r"\b|🔪|🔫|💣|🪓|🗡", re.I)


# What a joke warning is about: a parking warden, a test, the choir. "You have been warned" beside them is no threat.
NOTICE = re.compile(r"\b(?:wardens?|fined?|fines|tickets?|parking|zig\s*-?\s*zags?|test|exam|homework|spelling|descant|choir"
                    r"|bake\s+sale|brownies|traffic|roadworks|queues?)\b", re.I)


# "[08:30] Tash: ..." in a group chat copied out: when a line was sent, not a time it names. Mid-line
# only in brackets ("mums chat agrees: [10:40] Stace: ... [10:41] Dee: ..."); never a time with a word
# of its own before the colon ("3.20 sharp: were all jumping Whitaker", a review's). A sender may be a number,
# "~ Tash", "Tash 💅" or "Dee (Y6 rep)": the old stamp read those, and a missed stamp is a 999 call.
STAMP = re.compile(r"(?:(?m:^)[ \t]*\[?|(?<=\s)\[)\d{1,2}[:.]\d{2}(?:\s*[ap]m)?(?:,?\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?)?\]?(?:\s*-)?"
                   r"(?=\s*(?!(?:sharp|prompt|latest|onwards|tomorrow|today|tonight|pm|am)\s*:)(?:[A-Za-z@]|~\s?\w|\+\d)(?:[\w .'\u2019()+~-]|[^\x00-\x7f]){0,25}:)"
                   # ...nor when it gets dark (round65's "a friendly reminder ... that it gets dark at 4 now"): dusk, not a moment.
                   r"|\b(?:gets?|getting|it'?s|its|is)\s+dark\s+(?:at|by|before)\s+\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]m)?(?:\s+now)?\b",
                   re.IGNORECASE)
