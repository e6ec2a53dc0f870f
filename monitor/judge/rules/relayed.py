"""A child's farewell passed on by someone who cannot now reach them: "my brother just messaged me
'sorry for everything' and isnt answering", "my foster daughter has just texted me from school
'im done, sorry, dont come looking' and her phone is off". The message in quotes, sent just now,
and the child out of reach: a 999 call, whatever the quoted words lack of a goodbye and a time.
Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import LAUGH, Finding

# Sent just now, by someone the writer knows.
_SENT = re.compile(r"\b(?:just|has\s+just|have\s+just|just\s+now)\s+(?:messaged|texted|text|sent|snapped|posted|put|dm'?d|whatsapped|rang|rung|called)\b"
                   r"|\bjust\s+(?:got|had|received)\s+(?:a\s+)?(?:text|message|snap|dm|voice\s*note)\b"
                   r"|\b(?:posted|sent|put\s+up)\s+(?:\d+|twenty|ten|five)\s+(?:mins?|minutes)\s+ago\b|\bjust\s+showed\s+me\b|\bposted\s+(?=['‘\"“])"
                   # probe59's "her story last night said 'wont be in tmrw or any day after. sorry for being a lot. love u all'".
                   r"|\b(?:her|his|their)\s+(?:story|snap|post|status)\s+(?:last\s+night|this\s+morning|earlier|just\s+now)\s+said\b"
                   # probe49's: "He texted me '...' about 20 mins ago", "she's just sent me".
                   r"|\b(?:texted|messaged|snapped|sent)\s+me\b[^\n]{0,200}?\b(?:about\s+|like\s+)?(?:\d+|twenty|ten|five|half\s+an|an)\s+(?:mins?|minutes|hour)\s+ago\b", re.I)
# ...by a child: a brother, a daughter, a friend in her year. Not a teacher's "goodbye Hollowbrook, 20 wonderful years".
_KIN = re.compile(r"\b(?:brother|sister|bro|sis|son|daughter|step\s*-?(?:son|daughter)|foster\s+\w+|child|kid|lad|boy|girl|friend|mate|bestie|cousin|nephew|niece|grandson|granddaughter"
                  r"|D[DS]\d?|(?:year|yr|y)\s?\d{1,2}|in\s+(?:her|his|my|their)\s+(?:year|class|form)|in\s+(?:[7-9]|1[0-3])[a-z]|\d{1,2}\s*(?:yo|year\s+old))\b", re.I)
# Out of reach: not answering, phone off, not where they should be, the police rung.
_UNREACHED = re.compile(r"\b(?:isn'?t|isnt|is\s+not|not|won'?t\s+be|wont\s+be)\s+(?:answering|picking\s+up|replying)(?!\s+(?:now\s+)?(?:as|cos|coz|because|cause|since|till|until|in)\b)"
                        # ...not a phone handed in: "phone's off now as he's in lessons", "(school rules)".
                        r"|phones?(?:\s+is|\s+are|'s|’s|s)?\s+(?:\w+\s+)?(?:off|going\s+(?:straight\s+)?to\s+voicemail|switched\s+off)\b"
                        r"(?![^\n]{0,40}\b(?:as|cos|coz|because|cause|since|in\s+lessons?|in\s+class|school\s+rules|hand\s+them\s+in|handed\s+in|confiscated)\b)|going\s+(?:straight\s+)?to\s+voicemail|snap\s*map\s+(?:is\s+)?off"
                        r"|can'?t\s+(?:get\s+hold\s+of|reach|find)\s+(?:him|her|them)|(?:no\s*-?\s*one|nobody)\s+can\s+(?:reach|find|get\s+hold\s+of)|(?:wasn'?t|isn'?t|not)\s+in\s+(?:period|lesson|school|registration|class)"
                        r"|(?:ringing|rung|rang|calling|called|phoned)\s+(?:the\s+)?(?:police|999)|(?:hasn'?t|has\s+not|not)\s+(?:come|came)\s+home"
                        r"|(?:isn'?t|isnt|is\s+not|not)\s+opening\s+(?:anything|messages|snaps?|(?:my|our)\s+messages)|left\s+the\s+(?:gc|group\s*chat|chat)", re.I)
# What the quoted message says: a farewell, not a plan for tea ("not coming home for tea"), a hayfever tablet,
# a disco ended early, a last day's "goodbye Hollowbrook!!".
_FAREWELL_WORDS = re.compile(r"\bsorry\s+for\s+everything\b|\b(?:i'?m|i’m|im)\s+done\b(?!\s+with)|^done\b(?!\s+with)"
                             r"|\bdon'?t\s+(?:come\s+)?look(?:ing)?\s+for\s+me\b|\bdont\s+(?:come\s+)?look(?:ing)?\s+for\s+me\b"
                             r"|\b(?:saved|taken|took|got|all\s+(?:my|the)|enough)\s+(?:\w+\s+)?(?:tablets|pills)\b|\b(?:today'?s|tonight'?s)\s+the\s+(?:day|night)\b"
                             r"|\bcan'?t\s+do\s+(?:this|it)\s+any\s*more\b|\bcan[’']t\s+do\s+(?:this|it)\s+any\s*more\b|\bbetter\s+off\s+without\s+me\b"
                             r"|\bgoodbye\s+(?:forever|every(?:one|1)|mum|dad)\b|\blove\s+(?:you|u|her|him)\W{0,5}goodbye\b"
                             # "tell mum i love her and its not her fault": a goodbye, not "its not her fault, Ellie got pushed first".
                             r"|\blove\s+(?:her|him|you|u)\b[^'’\"”\n]{0,30}\bnot\s+(?:her|his|your|ur|their)\s+fault\b"
                             r"|\bsorry\s+for\s+everything\b|\bmum\.?\s+goodbye\b|\bsorry\s+for\s+being\s+(?:a\s+lot|so\s+much|a\s+burden|annoying)\b"
                             r"|\b(?:won'?t|wont)\s+be\s+in\s+(?:tmrw|tomorrow)\s+or\s+any\s+(?:day|time)\s+after\b|\blove\s+(?:you|u)\s+all\W{1,5}sorry\b|\bit'?ll\s+(?:all\s+)?be\s+(?:done|over)\s+(?:by\s+)?(?:tonight|today)\b|\bnot\s+coming\s+(?:home|back)\s+(?:ever|again|tonight\s+or\s+ever)\b", re.I)
# A quotation: opened after a space, closed before one; an apostrophe inside a word ("I'm", "can't") is no end.
# (A screenshot's message in brackets closes with "]": "[lils🦋: 'im done with everything...']", threads31.)
_QUOTED = re.compile(r"(?:^|(?<=[\s(:\[]))['‘\"“](.{3,200}?)['’\"”](?=[\s.,!?;:)\]]|$)")
# The writer laughing or rolling their eyes outside the quotes ("lol not answering now", "sulking at his dads 🙄").
_HUFF = re.compile(r"\U0001f644|\bsulk\w*|\bstrop\w*|\bhuff\b"
                   # ...or the silence explained: "phone died at prom", "at the park with friends" (a review's).
                   r"|\b(?:phone|battery)\s+(?:has\s+|'s\s+)?(?:died|dead|ran\s+out|flat)|\bat\s+(?:the\s+)?(?:prom|park|party|disco|cinema|match|leavers)\b"
                   r"|\bwith\s+(?:her|his|their)\s+(?:friends|mates)\b", re.I)


def relayed_farewell(text: str) -> tuple[Finding, ...]:
    """The farewell quoted, sent just now, and the child out of reach; nothing where any is missing. The
    caller has already set aside a child found safe and a death's news."""
    outside = _QUOTED.sub(" ", text)
    if LAUGH.search(outside) or _HUFF.search(outside) or not (_SENT.search(outside) and _KIN.search(outside)
                                                                 and (reach := _UNREACHED.search(outside))):
        return ()
    said = next((m for q in _QUOTED.finditer(text) if (m := _FAREWELL_WORDS.search(q.group(1)))), None)
    if not said:
        return ()
    return (Finding("farewell_relayed", " ".join(said.group(0).split())), Finding("out_of_reach", " ".join(reach.group(0).split())))


# Round 54's read of the read sets: a child's crisis told by someone who raises the alarm, the child's own words
# quoted beside the means or the place: "my mate in yr11 put a pic of a rope on her close friends with 'soon' and idk
# if im overreacting", "a boy in his year 8 form ... going to the railway bridge by Station Lane tonight and 'it'll all
# be over'. We've rung the police", "her story says shes on the station lane bridge and shes 'done'". A review's
# sixty posts sank a looser form (the words anywhere: a coach late at the bridge, a kiln, a blazer lost, a sulk).
_ALARM = re.compile(r"(?:\bnot|isn'?t|wasn'?t|won'?t|wont)\s+(?:answering|answer\s+(?:her|his)\s+phone|opening|picking\s+up|replying|reply|responding)|can'?t\s+get\s+(?:hold\s+of|through\s+to)"
                    r"|nobody\s+can\s+get\s+hold|(?:going|goes|went)\s+(?:straight\s+)?to\s+voicemail|(?:i'?ve|we'?ve|have|i|we)\s+(?:rung|rang|called|phoned)\s+(?:999|101|the\s+police)"
                    r"|ringing\s+999|anyone\s+(?:near|nearby|around)|does\s+any(?:one|body)\s+have\s+(?:her|his|their|\w+'?s)\s+(?:mum|mam|dad|parents|mums|dads)'?s?\s+(?:number|address)"
                    r"|i\s+(?:don'?t|dont)\s+know\s+what\s+to\s+do|\bwhat\s+do\s+i\s+do\b(?!\s+with)|i\s+(?:don'?t|dont)\s+have\s+(?:her|his)\s+(?:mums?|mum'?s|dads?|dad'?s)\s+number|i'?m\s+(?:actually\s+)?scared|freaking\s+out|if\s+i'?m\s+overreacting|idk\s+if\s+im\s+overreacting"
                    r"|please\s+someone\s+check|someone\s+call\s+someone", re.I)
_MEANS_OR_PLACE = re.compile(r"\b(?:pills|tablets|rope|blade|razor|paracetamol|bridge|roof|railway|tracks|canal|river|multi\s*-?\s*storey)\b", re.I)
_QUOTED_ENDING = re.compile(r"\b(?:soon|done(?!\s+with)|it'?ll\s+(?:all\s+)?(?:be\s+over|make\s+sense)|bye|goodbye|sorry|last\s+(?:one|time|night)|never\s+again|over"
                            r"|(?:won'?t|wont)\s+matter\s+(?:after|by)\s+(?:tonight|today|tomorrow))\b"
                            r"|\b(?:letters?|note)\b(?=[^\n]{0,80}\b(?:tomorrow|make\s+sense|nice\s+to\s+me|sorry)\b)", re.I)
# ...not a missing child's appeal (the writers' high), a trip, a project, a child found safe, a lost thing.
_APPEAL = re.compile(r"\b(?:reported\s+missing|is\s+missing|gone\s+missing|missing\s+(?:child|person|teen)|last\s+seen|hasn'?t\s+come\s+home|didn'?t\s+come\s+home"
                     r"|not\s+been\s+home|trip|coach|project|photography|turns\s+out|all\s+good|update|safe\s+(?:and\s+well|now)|found\s+(?:her|him)\s+(?:safe|ok|fine)"
                     r"|home\s+(?:and|now)\s+(?:safe|ok)|lost\s+(?:property|cat|dog|his|her)|police\s+(?:are\s+)?(?:with\s+(?:her|him)|there))\b", re.I)


def alarm_raised(text: str) -> tuple[Finding, ...]:
    """A child's own words of an ending, quoted beside the means or the place, told by someone raising the alarm now."""
    if LAUGH.search(text) or _HUFF.search(_QUOTED.sub(" ", text)) or _APPEAL.search(text) or not _KIN.search(text) \
            or not (alarm := _ALARM.search(text)):
        return ()
    for q in _QUOTED.finditer(text):
        near = text[max(0, q.start() - 200):q.end() + 100]
        if _QUOTED_ENDING.search(q.group(1)) and (where := _MEANS_OR_PLACE.search(near) or re.search(r"\b(?:letters?|note)\b", q.group(1), re.I)):
            return (Finding("alarm_raised", " ".join(alarm.group(0).split())), Finding("means_or_place", " ".join(where.group(0).split())))
    # ...or told in the teller's words (probe66's "a message from a girl in her form ... saying she's not coming in, she's
    # got her mums tablets and she's doing it today, this is goodbye").
    for m in _SAYING.finditer(text):
        told = text[m.end():m.end() + 200]
        if _TOLD_ENDING.search(told) and (where := _MEANS_OR_PLACE.search(told)):
            return (Finding("alarm_raised", " ".join(alarm.group(0).split())), Finding("means_or_place", " ".join(where.group(0).split())))
    return ()


_SAYING = re.compile(r"\b(?:saying|said|says|messaged|texted|posted)\s+(?:that\s+)?(?:she|he|they)(?:'s|\s+is|'ll|\s+will|'d|\s+was|\s+has|'ve|\s+had)?\b", re.I)
_TOLD_ENDING = re.compile(r"\b(?:this\s+is\s+goodbye|doing\s+it\s+(?:today|tonight|now)|(?:going|gonna)\s+to\s+do\s+it\s+(?:today|tonight)|(?:won'?t|wont)\s+be\s+(?:here|around)"
                          r"|ending\s+it|end\s+it\s+(?:all|today|tonight)|(?:taken|took|taking|got)\s+(?:all\s+(?:of\s+)?|a\s+load\s+of\s+|the\s+whole\s+)?(?:her|his|their|my)\s+(?:mums?|mum'?s|dads?|dad'?s|nans?|nan'?s)\s+(?:tablets|pills|meds))\b", re.I)
