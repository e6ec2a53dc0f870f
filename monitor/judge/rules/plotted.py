"""A pupil said to be planning an attack on the school, told by a classmate or a parent who fears it:
"the lad in our year who keeps posting incel stuff about 'making them all pay' ... he said friday",
"a photo of the school gate with 'soon' and a skull on it", "hes been saying hes 'bringing something
in' for like a week", "on friday everyone will know my name, got everything sorted in my dads shed".
Round 56's writers paged every one; triage filed them as a worry for the DSL, or as news of someone
else's threat. And a warning to keep off a place at school on a day ahead: "everyone in year 10 stay
off the field at lunch tomorrow. trust me 🙂🔥". Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding

# What such a plan sounds like, in the planner's words or the teller's.
_PLAN = re.compile(
    r"\bmak(?:e|es|ing)\s+(?:them|em|'em|every(?:one|body|1)|us|you|u|yous|the\s+lot\s+of\s+(?:them|you))\s+all\s+pay\b"
    r"|\bmak(?:e|es|ing)\s+(?:all\s+of\s+)?(?:them|em|every(?:one|body))\s+pay\b(?=[^\n]{0,120}\b(?:incel|rodger|columbine|retribution|school|hba|hollowbrook)\b)"
    r"|\b(?:day\s+of\s+(?:retribution|reckoning)|retribution\s+day)\b|\belliot\s+rodger\b"
    # "bringing something in" only as his saying, not a reminder to bring something in for harvest.
    r"|\b(?:saying|said|says|talking\s+about|told\s+\w+|keeps\s+on\s+about)\s+(?:that\s+)?(?:he'?s|hes|he\s+is|he'?ll|he\s+will|she'?s|shes)?\s*['‘\"“]?"
    r"bring(?:ing)?\s+(?:something|summat|sumthin|smth)\s+in\b"
    r"|\b(?:don'?t|dont|do\s+not)\s+know\s+what'?s\s+coming\b|\bdont\s+know\s+whats\s+coming\b"
    # ...not a goal, a song or a stage: "after saturday everyone will know my name" from a striker.
    r"|\b(?:every(?:one|body|1)|they(?:'ll|\s+will)?|the\s+whole\s+school)\s+(?:will\s+|'ll\s+|gonna\s+|is\s+going\s+to\s+)?(?:all\s+)?know\s+my\s+name\b"
    r"(?![^\n]{0,200}\b(?:goals?|match|final|song|album|single|show|stage|talent|audition|youtube|tiktok|famous|followers|book|film|trophy|record)\b)"
    r"|\b(?:hit\s*-?\s*list|kill\s*-?\s*list)\b"
    # probe57's: "ur all on the list ... youll find out monday", "a list of names, hers is fourth", "pages of names from
    # his form, some crossed through", "a countdown on his story with a pic of the sports hall and '3 days'".
    r"|\b(?:(?:ur|you'?re|youre|you\s+are|we'?re|we\s+are|all)\s+(?:all\s+)?on\s+(?:the|his|a)\s+list|list\s+of\s+names|names\s+crossed\s+(?:through|out|off)"
    r"|(?:pages|list)\s+of\s+names|(?:my|our)\s+names?\s+(?:is\s+|'s\s+)?on\s+(?:the\s+list|his\s+list))\b"
    r"|\b(?:you'?ll|youll|u'?ll|ull|you\s+will|u\s+will|we'?ll|every(?:one|body|1)\s+will|they'?ll)\s+(?:all\s+)?find\s+out\s+(?:on\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|tomorrow|tmrw|soon|next\s+week)\b"
    r"|\bcount\s*-?\s*down\b(?=[^\n]{0,80}\b(?:school|hba|hollowbrook|gates?|hall|field|canteen|days?|knife|gun)\b)",
    re.I)
# A picture of a weapon or the school with "soon" or a threat as its caption, or a weapon held in a story.
_PICTURE = re.compile(
    r"\b(?:photo|pic|picture|selfie|snap|story|video|vid)\s+(?:\w+\s+){0,4}?(?:of|with|holding)\s+(?:\w+\s+){0,4}?"
    r"(?:knife|knives|gun|rifle|air\s*rifle|bb\s*gun|machete|blade|crossbow|school\s+gates?|the\s+gates?|the\s+school)\b"
    r"|\bholding\s+(?:a|an|his|her|their|my)\s+(?:\w+\s+)?(?:knife|gun|rifle|air\s*rifle|bb\s*gun|machete|blade|crossbow)\b",
    re.I)
_CAPTION = re.compile(r"['‘\"“]\s*soon\b|\bsoon\s*['’\"”]|\bcaption\b|\bcaptioned\b|\bsaying\s+['‘\"“]", re.I)
# A pupil, told of by someone in their year or their parent; not a man in a car nor a teacher.
_PUPIL = re.compile(r"\b(?:lad|boy|kid|girl|pupil|student)s?\s+(?:in|from)\s+(?:my|our|his|her|their|the)\s+(?:year|yr|form|class|tutor\s+group)\b"
                    r"|\b(?:in|from)\s+(?:my|our|his|her|their)\s+(?:year|yr|form|class)\b|\bin\s+(?:year|yr|y)\s?\d{1,2}\s+with\s+me\b|\bin\s+\d{1,2}\s+with\s+me\b"
                    r"|\b(?:a|the|this|that|one)\s+(?:\w+\s+)?(?:boy|lad|kid|pupil|student)\b|\b(?:year|yr|y)\s?(?:[7-9]|1[0-3])\b|\bincel\b", re.I)
# Already dealt with, a joke known as one, the news of it, a drill, a lesson: no plan still to come.
_SETTLED = re.compile(r"\b(?:dealt\s+with|spoken\s+to\s+by\s+(?:the\s+)?police|police\s+(?:came|spoke|have\s+spoken|have\s+been\s+round|visited|said)"
                      r"|no\s+ongoing\s+risk|excluded|expelled|arrested|(?:weeks?|months?|years?)\s+ago|last\s+(?:year|term)"
                      r"|(?:was|were|it'?s|its|just)\s+(?:only\s+|just\s+)?(?:a\s+)?(?:joke|joking|jokes|meme|banter|trolling)\b|drill|anniversary|documentary"
                      r"|history\s+lesson|film|movie|game|fortnite|gta|call\s+of\s+duty|netflix|book|panto|villain|play|musical|rehearsal)\b", re.I)

# "stay off the field at lunch tomorrow. trust me": a warning to keep away, with a day ahead and no errand.
_KEEP_OFF = re.compile(
    r"\b(?:stay|keep)\s+(?:off|away\s+from|out\s+of)\s+(?:the\s+)?(?:field|yard|playground|canteen|dinner\s+hall|lunch\s+hall|sports\s+hall|school|gates?|hba|hollowbrook|bottom\s+field|astro|library|toilets?|bogs)\b"
    r"[^\n]{0,40}?\b(?:tomorrow|tmrw|tmr|tomoz|today|on\s+(?:mon|tues|wednes|thurs|fri)day|(?:mon|tues|wednes|thurs|fri)day)\b"
    r"(?=[^\n]{0,60}(?:\btrust\s+me\b|\byou'?ve\s+been\s+warned\b|\bjust\s+saying\b|\bif\s+you\s+know\s+(?:you\s+know|what'?s\s+good)\b|🙂|😈|🔥|🔪|💣|👀))",
    re.I)
# A field closed for rain or a pitch reseeded is kept off too.
_ERRAND = re.compile(r"\b(?:wet|waterlogged|mud\w*|flood\w*|frost\w*|ice|icy|snow\w*|reseed\w*|mow\w*|cut|closed|builders?|works?|contractors|marking|sports\s+day"
                     r"|rehearsal|photo|fair|bouncy|surprise|party|present|cake)\b", re.I)


def plot_told(text: str) -> tuple[Finding, ...]:
    """A pupil's plan to attack the school, as the plan's words or a weapon pictured with a caption, where a
    pupil is spoken of and nothing says it is settled, a joke known as one, or news."""
    if _SETTLED.search(text):
        return ()
    found: list[Finding] = []
    if (plan := _PLAN.search(text)) and _PUPIL.search(text):
        found.append(Finding("plot_told", " ".join(plan.group(0).split())))
    if (pic := _PICTURE.search(text)) and _CAPTION.search(text[max(0, pic.start() - 80):pic.end() + 120]):
        found.append(Finding("plot_told", " ".join(pic.group(0).split())))
    if not _ERRAND.search(text) and (off := _KEEP_OFF.search(text)):
        found.append(Finding("plot_told", " ".join(off.group(0).split())))
    return tuple(found)
