"""A pupil said to be planning an attack on the school, told by a classmate or a parent who fears it:
"the lad in our year who keeps posting incel stuff about 'making them all pay' ... he said friday",
"a photo of the school gate with 'soon' and a skull on it", "hes been saying hes 'bringing something
in' for like a week", "on friday everyone will know my name, got everything sorted in my dads shed".
Round 56's writers paged every one; triage filed them as a worry for the DSL, or as news of someone
else's threat. And a warning to keep off a place at school on a day ahead: "everyone in year 10 stay
off the field at lunch tomorrow. trust me 🙂🔥". The caller gives the school's own names as "school"
(targets.as_places), so no school's name is written here. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import QUOTED, Finding, sentence_at

_DAY = r"(?:mon(?:day)?|tues?(?:day)?|weds?|wednesday|thurs?(?:day)?|fri(?:day)?|tomorrow|tmrw|tomoz|soon|next\s+week)"
# What such a plan sounds like, in the planner's words or the teller's. (A review's seventy look-alikes narrowed each:
# a trip's fee, a secret santa found out, a revision hit list, a prom countdown, a striker's name known.)
_PLAN = re.compile(
    r"\bmak(?:e|es|ing)\s+(?:them|em|'em|every(?:one|body|1)|us|you|u|yous|the\s+teachers|the\s+lot\s+of\s+(?:them|you))\s+all\s+pay\b(?!\s*(?:£|\d|for\b))"
    r"|\bmak(?:e|es|ing)\s+(?:all\s+of\s+)?(?:them|em|every(?:one|body)|the\s+teachers|the\s+staff)\s+pay\b(?!\s*(?:£|\d|for\b))"
    r"(?=[^\n]{0,120}\b(?:incel|rodger|columbine|retribution|school|gun|knife)\b)"
    r"|\b(?:day\s+of\s+(?:retribution|reckoning)|retribution\s+day)\b|\belliot\s+rodger\b"
    # "bringing something in" only as his saying, not a reminder to bring something in for harvest or show and tell.
    r"|\b(?:saying|said|says|reckons|talking\s+about|told\s+\w+(?:\s+all)?|telling\s+\w+|keeps\s+(?:on\s+about|saying))\s+(?:that\s+)?"
    r"(?:he'?s|hes|he\s+is|he'?ll|he\s+will|she'?s|shes|(?:he'?s|she'?s|hes|shes)\s+(?:gonna|going\s+to))?\s*['‘\"“]?"
    r"bring(?:ing)?\s+(?:something|summat|sumthin|smth|a\s+(?:knife|blade|gun|weapon|machete))\s+in(?:to\s+school)?\b(?!\s+(?:for|to\s+show)\b)"
    r"|\b(?:don'?t|dont|do\s+not)\s+know\s+what'?s\s+coming\b|\bdont\s+know\s+whats\s+coming\b"
    r"|\b(?:every(?:one|body|1)|they(?:'ll|\s+will)?|the\s+whole\s+school)\s+(?:will\s+|'ll\s+|gonna\s+|is\s+going\s+to\s+)?(?:all\s+)?know\s+(?:my|his|her)\s+name\b"
    r"|\b(?:his|her|a|the)\s+(?:hit|kill)\s*-?\s*list\b"
    # probe57's: "ur all on the list ... youll find out monday", "a list of names, hers is fourth", "pages of names from
    # his form, some crossed through".
    r"|\b(?:(?:ur|you'?re|youre|you\s+are|we'?re|we\s+are|all)\s+(?:all\s+)?on\s+(?:the|his|my|a)\s+list|list\s+of\s+(?:names|people|kids|teachers|staff)"
    # probe58's: "a 'list' of teachers in the back of his planner ... 'its happening before the holidays'", "'don't come in thursday.
    # i mean it.'", "'my cousins bringing the blade to the back fence at dinner'".
    r"|['‘\"“]list['’\"”]\s+of|\b(?:it'?s|its|it\s+is)\s+(?:all\s+)?happening\s+(?:before|on|after)\s+(?:the\s+)?(?:holidays|christmas|half\s*-?\s*term|easter|" + _DAY + r")"
    r"|\b(?:don'?t|dont|do\s+not)\s+(?:come|be)\s+in\s+(?:on\s+)?" + _DAY + r"\b"
    r"|\bbring(?:ing|s)?\s+(?:the|a|his|my)\s+(?:blade|knife|gun|machete|shank)\s+(?:to|in(?:to)?)\s+(?:\w+\s+){0,3}?(?:school|fence|gates?|field|canteen|dinner|lunch|tomorrow|tmrw|today)\b"
    # probe58's "a lad in his form got a knife out on the 41 this morning ... said its 'for tomorrow dinner time'": shown, for a day ahead.
    r"|\b(?:got|pulled|had|showed)\s+(?:a|his|the)\s+(?:knife|blade|machete|gun)\s+out\b(?=[^\n]{0,120}\b(?:for|on|at)\s+(?:tomorrow|tmrw|dinner|lunch|" + _DAY + r")\b)"
    r"|pages\s+of\s+names|(?:my|our)\s+names?\s+(?:is\s+|'s\s+)?on\s+(?:the\s+list|his\s+list))\b(?!\s+for\b)"
    r"|\bnames\b[^\n]{0,40}\bcrossed\s+(?:through|out|off)\b"
    r"|\b(?:you'?ll|youll|u'?ll|ull|you\s+will|u\s+will|yous?(?:'ll|\s+will)|we'?ll|every(?:one|body|1)\s+will|they'?ll|(?:ur|you'?re|you\s+are|yous)\s+(?:all\s+)?gonna)"
    r"\s+(?:all\s+)?find\s+out\s+(?:on\s+)?" + _DAY + r"\b(?!\s+(?:which|what|who|whether|if|how|your|the\s+results))",
    re.I)
# ...where nothing in the post makes it a trip, a team, a result, a song or a win.
_NOT_A_PLAN = re.compile(r"😂|🤣|\b(?:lol|lmao|haha\w*|trip|team|squad|residential|party|18th|birthday|invites?|register|secret\s+santa|results?|grades?"
                         r"|mocks?|exams?|revision|to-?do|bucket|shopping|trend|sound|song|lyrics?|striker|goals?|match|final|cup|league|compet\w*"
                         r"|bake\s*off|contest|race|gig|band|album|show|stage|talent|audition|famous|followers|trophy|record|prom|fees?|£\d+)\b", re.I)
# A countdown on his story, or with the school in it: not to prom, the holidays or the fair.
_COUNTDOWN = re.compile(r"\bcount\s*-?\s*down\b(?=[^\n]{0,80}(?:\bon\s+(?:his|her|their)\s+(?:story|snap|insta\w*)\b|\b(?:school\s+gates?|the\s+gates?|sports\s+hall"
                        r"|canteen|the\s+field|the\s+hall|school)\b))", re.I)
_NOT_COUNTED = re.compile(r"\b(?:prom|term|holidays?|half\s*-?\s*term|christmas|xmas|fair|summer|trip|exams?|mocks?|results|work\s+experience|birthday|end\s+of"
                          r"|leavers?|panto|show|concert|residential)\b", re.I)
# A picture of a weapon or the school with "soon", a day or a target as its caption.
_PICTURE = re.compile(
    r"\b(?:photo|pic|picture|selfie|snap|story|video|vid)\s+(?:\w+\s+){0,4}?(?:of|with|holding)\s+(?:\w+\s+){0,4}?"
    r"(?:knife|knives|gun|rifle|air\s*rifle|bb\s*gun|machete|blade|crossbow|school\s+gates?|the\s+gates?|the\s+school|sports\s+hall|canteen)\b"
    r"|\bholding\s+(?:a|an|his|her|their|my)\s+(?:\w+\s+)?(?:knife|gun|rifle|air\s*rifle|bb\s*gun|machete|blade|crossbow)\b"
    r"|\b(?:knife|gun|rifle|machete|blade)\b[^\n]{0,30}\bon\s+(?:his|her)\s+(?:story|snap|insta\w*)\b",
    re.I)
_CAPTION = re.compile(r"['‘\"“][^'’\"”\n]{0,40}\b(?:soon|" + _DAY + r"|\d+\s+days?)\b[^'’\"”\n]{0,40}['’\"”]|💀|🔪|🎯|💣|😈", re.I)
_NOT_PICTURED = re.compile(r"\b(?:welcome|prospectus|drone|choir|concert|open\s+evening|19\d\d|anyone\s+remember|food\s+tech|cooking|masterchef|cadets?"
                           r"|shooting\s+team|clay|range|champion\w*|deer|rabbits?|pigeons?|fishing|chef)\b", re.I)
# A pupil, told of by someone in their year or their parent; not a man in a car nor a teacher.
_PUPIL = re.compile(r"\bclassmates?\b|\b(?:year|yr)\s+(?:seven|eight|nine|ten|eleven)s?\b|\b(?:lad|boy|kid|girl|pupil|student|sixth\s*former)s?\s+(?:in|from)\s+(?:my|our|his|her|their|the)\s+(?:year|yr|form|class|tutor\s+group)\b"
                    r"|\b(?:in|from)\s+(?:my|our|his|her|their)\s+(?:(?:son|daughter|lad|boy|girl)'?s\s+)?(?:year|yr|form|class)\b|\bin\s+(?:year|yr|y)?\s?\d{1,2}\s+with\s+me\b"
                    r"|\b(?:son|daughter|lad|boy)'?s\s+(?:mate|friend)\b|\b(?:lads?|boys?|girls?|kids?)\s+in\s+(?:\w+\s+)?(?:uniform|blazers?)\b|\b(?:he'?s|she'?s|hes|shes)\s+(?:at|in)\s+school\b"
                    r"|\b(?:a|the|this|that|one)\s+(?:\w+\s+)?(?:boy|lad|kid|girl|pupil|student|sixth\s*former)\b|\b(?:year|yr|y)\s?(?:[7-9]|1[0-3])s?\b|\bincel\b", re.I)
# Already dealt with, a joke known as one, the news of it, a drill, a lesson: no plan still to come; unless it is said to go on.
_SETTLED = re.compile(r"\b(?:dealt\s+with|spoken\s+to\s+by\s+(?:the\s+)?(?:police|officers)|no\s+ongoing\s+risk|arrested|charged|police\s+(?:came|went)\s+(?:round|to)"
                      r"|(?:got|was|been)\s+excluded|stop\s+(?:reposting|sharing)"
                      r"|(?:was|were|it'?s|its|just)\s+(?:only\s+|just\s+)?(?:a\s+)?(?:joke|joking|jokes|meme|banter|trolling)\b|(?:fire|lockdown)\s+drill|anniversary|documentary"
                      r"|history|gunpowder|guy\s+fawkes|(?:a|the)\s+(?:film|movie|game|book|play)|plays\s+(?:a|the)|gcse\s+piece|fortnite|gta|call\s+of\s+duty|netflix|panto|villain|musical|rehearsal)\b", re.I)
_GOES_ON = re.compile(r"\b(?:still|again|coming\s+back|this\s+time|now\s+(?:he|she)|says\s+(?:he|she)'?ll)\b", re.I)

# "stay off the field at lunch tomorrow. trust me": a warning to keep away, with a day ahead and no errand.
_KEEP_OFF = re.compile(
    r"\b(?:stay|keep)\s+(?:off|away\s+from|out\s+of)\s+(?:the\s+)?(?:field|yard|playground|canteen|dinner\s+hall|lunch\s+hall|sports\s+hall|school|gates?|bottom\s+field|astro|library|toilets?|bogs|corridor)\b"
    r"[^\n]{0,40}?\b(?:tomorrow|tmrw|tmr|tomoz|today|on\s+(?:mon|tues|wednes|thurs|fri)day|(?:mon|tues|wednes|thurs|fri)day)\b"
    r"(?=[^\n]{0,60}(?:\btrust\s+me\b|\byou'?ve\s+been\s+warned\b|\bjust\s+saying\b|\bif\s+you\s+know\s+(?:you\s+know|what'?s\s+good)\b|\bi'?m\s+not\s+(?:joking|messing|kidding)\b"
    r"|\bi'?m\s+(?:deadly\s+)?serious\b|🙂|😈|🔥|🔪|💣|👀))",
    re.I)
# A field closed for rain, a pitch relined, the mocks in the hall, fish day: kept off too.
_ERRAND = re.compile(r"😂|🤣|🤢|\b(?:lol|lmao|wet|waterlogged|mud\w*|flood\w*|frost\w*|ice|icy|snow\w*|reseed\w*|mow\w*|cut|closed|builders?|works?|contractors|marking"
                     r"|sports\s+day|rehearsal|photo|fair|bouncy|surprise|party|present|cake|mocks?|exams?|tests?|fish|seagulls?|pigeons?|blocked|relin\w*|paint\w*"
                     r"|ofsted|inspection|vap\w*|smell\w*|stink\w*)\b", re.I)


# The shape such a report takes, whatever its words (two probes in a row phrased every plan anew): someone worried asks
# what to do about a pupil, and tells in one sentence of a weapon brought or shown for a day still ahead, or quotes the
# pupil naming the day to "you" or "everyone". On the read sets, every such post was paged by its writer; a review's
# ninety look-alikes narrowed it (a knife-crime assembly, food tech, a costume, a trip, a bullied child's "I'm not coming
# in tomorrow", a teacher's "be ready tomorrow", a knife pulled last Tuesday, a child's own cuts).
_WORRIED = re.compile(r"\b(?:do\s+i\s+(?:ring|call|phone|report|tell)|should\s+(?:i|we)\s+(?:ring|call|report|tell|contact|be\s+worried)|what\s+(?:do|should)\s+i\s+do"
                      r"|(?:i'?m|im)\s+(?:\w+\s+)?(?:scared|terrified|petrified|shaking)|(?:^|(?<=[.!?]\s))(?:petrified|terrified|genuinely\s+shaking)|shaking\s+rn"
                      r"|scared\s+to\s+go\s+in|worried\s+sick|bad\s+feeling|(?:couldn'?t|can'?t|cant)\s+sleep|bricking\s+it"
                      r"|is\s+this\s+a\s+999|(?:i'?ve|ive|i\s+have|we'?ve)\s+(?:rung|called|phoned)\s+(?:999|101|the\s+police)|(?:ringing|calling)\s+(?:999|101|the\s+police)"
                      r"|(?:who|where)\s+do\s+(?:i|we)\s+(?:report|tell)|(?:ring|call)\s+(?:the\s+school|101|999)\s+or|aibu\s+to\s+(?:ring|call|phone|report)|don'?t\s+know\s+who\s+to\s+tell"
                      r"|some(?:one|body)\s+(?:please\s+)?(?:ring|tell|call)\s+the\s+school|am\s+i\s+overreacting|idk\s+if\s+im\s+overreacting|is\s+(?:this|it)\s+serious)\b", re.I)
_ARMS = re.compile(r"\b(?:knife|knives|knifes|blades?|machetes?|guns?|shot\s*gun|rifle|air\s*rifle|pistol|crossbow|axe|hammer|taser|acid|petrol|bombs?|explosives?"
                   r"|stab\w*|shank\w*|shoot(?:ing)?\s+up|columbine)\b(?!-)|🔫|🔪|💣", re.I)
_BROUGHT = re.compile(r"\b(?:bring\w*|brings|carr(?:y|ies|ying)|tak(?:e|es|ing)\s+(?:\w+\s+){0,3}?in|show(?:s|ed|ing)?|got\s+(?:\w+\s+){0,3}?out|pull(?:s|ed|ing)\s+(?:\w+\s+){0,3}?out"
                      r"|us(?:e|es|ing)\s+(?:it|them)|stab\w*|shoot\w*|shank\w*|(?:has|he'?s|she'?s|hes|shes)\s+got|going\s+in|hidden|hiding|in\s+his\s+(?:bag|rucksack|locker|blazer)"
                      r"|(?:gonna|going\s+to|will|'ll|wants?\s+to))\b", re.I)
_AHEAD = re.compile(r"\b(?:" + _DAY + r"|tonight|today|2moro|tmr|2mrw|in\s+the\s+morning|after\s+the\s+weekend|after\s+half\s*-?\s*term|before\s+(?:the\s+)?(?:holidays|christmas|half\s*-?\s*term)"
                    r"|at\s+(?:dinner|lunch|break)|(?:the\s+)?last\s+day(?:\s+of\s+term)?|on\s+the\s+\d{1,2}(?:st|nd|rd|th)|this\s+week|sports\s+day)\b", re.I)
_PAST = re.compile(r"\b(?:last\s+(?:week|month|year|term)|yesterday|weeks?\s+ago|months?\s+ago|years?\s+ago|back\s+in\s+(?:19|20)\d\d|used\s+to|(?:pulled|had|got|was|were|did)\b[^.!?\n]{0,40}"
                   r"\bon\s+(?:mon|tues|wednes|thurs|fri)day|this\s+(?:afternoon|morning)|excluded|expelled)\b", re.I)
# ...said to "you" or "everyone", with what will happen: not a bullied child's "they'll all be waiting", a teacher's "be ready".
_QUOTED_PLAN = re.compile(r"\b(?:you|ur|u|yous|youse|every(?:one|1|body)|them\s+all|the\s+lot\s+of\s+(?:you|them)|all\s+of\s+(?:you|them))\b[^'’\"”\n]{0,40}"
                          r"\b(?:dead|see|getting\s+it|get\s+it|find\s+out|pay|regret|sorry|coming\s+for|know|the\s+day|going\s+off|done|finished)\b", re.I)
_NOT_WORRY = re.compile(r"😂|🤣|\b(?:lol|lmao|knife\s+crime|assembly|talk|workshop|awareness|arch(?:es)?|wands?|youth\s+worker|toy|plastic|fake|costume|world\s+book|food\s+tech|dt"
                        r"|cooking|butter|pocket\s+knife|cadets?|bonfire|fireworks?|throwing|birthday|christmas\s+present|trip|london|paris|a\s+school\s+in|college|hoax|cuts|razor"
                        r"|self\s*-?\s*harm\w*|groom\w*|older\s+lads|drama|performance|role|character|gcse|plays\s+(?:a|the)|lockdown|drill|news|vaccin\w*|mocks?|exams?|speech"
                        r"|pe|sponsored|walk|fight|for\s+christmas|bb\s*guns?|water\s+guns?|nerf|round\s+(?:ours|mine|to\s+ours))\b", re.I)


def _worried_report(text: str) -> Finding | None:
    if not (worry := _WORRIED.search(text)) or not _PUPIL.search(text) or _NOT_WORRY.search(text):
        return None
    for m in re.finditer(r"[^.!?\n]+", text):
        said = m.group(0)
        if _ARMS.search(said) and _BROUGHT.search(said) and _AHEAD.search(said) and not _PAST.search(said):
            return Finding("plot_told", " ".join(worry.group(0).split()))
    for q in QUOTED.finditer(text):
        if _AHEAD.search(q.group(0)) and _QUOTED_PLAN.search(q.group(0)) and not re.search(r"\b(?:mr|mrs|ms|miss|sir)\b", text[max(0, q.start() - 40):q.start()], re.I):
            return Finding("plot_told", " ".join(worry.group(0).split()))
    return None


def plot_told(text: str) -> tuple[Finding, ...]:
    """A pupil's plan to attack the school, as the plan's words or a weapon pictured with a caption, where a
    pupil is spoken of and nothing says it is settled, a joke known as one, or news."""
    if _SETTLED.search(text) and not _GOES_ON.search(text):
        return ()
    found: list[Finding] = []
    # A trip, a result or a win in the plan's own sentence (a long rant's "mocks in jan" is another sentence's).
    if (plan := _PLAN.search(text) or (None if _NOT_COUNTED.search(text) else _COUNTDOWN.search(text))) and _PUPIL.search(text) \
            and not _NOT_A_PLAN.search(sentence_at(text, plan.start(), plan.end())):
        found.append(Finding("plot_told", " ".join(plan.group(0).split())))
    if (pic := _PICTURE.search(text)) and _CAPTION.search(text[max(0, pic.start() - 80):pic.end() + 120]) and not _NOT_PICTURED.search(text):
        found.append(Finding("plot_told", " ".join(pic.group(0).split())))
    if not found and (told := _worried_report(text)):
        found.append(told)
    if not _ERRAND.search(text) and (off := _KEEP_OFF.search(text)):
        found.append(Finding("plot_told", " ".join(off.group(0).split())))
    return tuple(found)
