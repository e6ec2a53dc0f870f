"""A child in crisis now: at a place of danger or with the means in hand, with words of an ending
("im on the footbridge by station lane now. hba will be better without me", "on the roof of the
leisure centre ... last thing ill see", "she just posted her goodbye and tagged the canal"), or an
overdose taken ("swallowed the whole box of mums sertraline"). Pure.

Round 43's writers (measured in round 24) wrote three such pupils, none in the words of a plan for
tonight that selfharm.py knows: they were there already. A rule written on those three found 3 of 17
in a probe by a writer who never saw it (crisis44/, writer 189); this one, written after reading
the probe, is in-sample there."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, sentence_at

# Where the writer (or the child written of) is: a place to fall or drown, or the means in hand.
_PLACE = re.compile(
    r"(?:\b(?:i'?m|im|i\s+am|sat|sitting|standing|stood)\s+)?(?:\b(?:on|at|by|in|off|under|over|of|near)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?)?"
    r"\b(?:foot\s*bridge|bridge|roof|rooftop|ledge|tracks|railway(?:\s+line)?|canal|lock\s+gates|river|cliff|quarry"
    r"|multi[-\s]?storey|reservoir|viaduct|flyover|level\s+crossing)\b|\blevel\s+\d+\s+of\b|\btop\s+(?:floor|level|deck)\s+of\b"
    r"|\b(?:pills|tablets|blade|razor)s?\s+(?:are|is)\s+(?:in|ready)\b|\b(?:pic|photo|picture)\s+of\s+(?:a\s+)?rope\b"
    # Round 54's "ive got all my mums tablets in front of me. im done tonight"; a review's "all of mums", "a whole box of".
    r"|\b(?:i'?ve\s+got|ive\s+got|i\s+have\s+got|i\s+have|got|holding)\s+(?:the|my|all|a\s+whole\s+box\s+of)\s+(?:(?:the|my|of|me|step\s*-?\s*(?:mum|dad)(?:'?s)?"
    r"|(?:mum|mam|mom|dad|nan|gran)(?:'?s)?)\s+){0,3}(?:tablets|pills|sertraline|paracetamol|blades?|razors?|rope)\b"
    r"(?!\s+(?:for|in(?!\s+front\s+of\s+me\b)|to|from)\b)"
    # The medicine cupboard emptied: "took everything in the cupboard" (with words of an ending, as the rest).
    r"|\b(?:took|taken|swallowed)\s+(?:everything|all|it\s+all|whatever\s+was)\s+(?:in|from|out\s+of)\s+(?:the|(?:my\s+)?(?:mums?|dads?|nans?)(?:'s)?|my|our)\s+"
    r"(?:[\w']+\s+){0,2}?(?:cupboard|cabinet|drawer|box|bathroom)\b(?!\s+out\b)", re.I)
_TAKEN = re.compile(r"(?<!\bnan\s)(?<!\bgran\s)(?<!\bmum\s)(?<!\bdad\s)\b(?:swallowed|took|taken|downed|necked)\s+(?:(?:the|a|my|mums?|dads?|nans?)\s+)?"
                    r"(?:whole|all|entire|every|load\s+of|box\s+of|packet\s+of|bottle\s+of|strip\s+of)\s+"
                    r"(?:(?:the|of|my|mums?|dads?|nans?|box|packet|bottle|strip)\s+){0,3}(?:\w+\s+)?"
                    r"(?:pills|tablets|sertraline|paracetamol|ibuprofen|meds|medication|co-?codamol|painkillers)\b"
                    r"(?!\s+(?:for|into|to|with|today|this\s+morning|tonight|like|as|on\s+time|in\s+(?:a|my|the)\s+(?:box|bag|case))\b)", re.I)
# A note left for the family, telling them it is not their fault (threads32: a pupil's, buried in a kind reply to
# another), or "just in case" beside words of an ending. The writer's own note: not "dad's written a letter to my mum
# just in case" before his op, a flight, a coming out, or a note that it wasn't her fault the bus was missed (a review's).
_NOTE_LEFT = re.compile(r"(?:^|(?<=[.!?\n])\s*|\b(?:i|i'?ve|ive|i\s+have|just|already)\s+)(?:wrote|written|left|writ|writing)\s+"
                        r"(?:(?:my\s+)?(?:mum|mam|mom|dad|nan|gran|family|parents)\s+a\s+(?:letter|note)|(?:a\s+|my\s+|goodbye\s+)?(?:letter|note)s?\s+"
                        r"(?:on\s+my\s+\w+\s+)?(?:to|for)\s+(?:my\s+)?(?:mum|mam|mom|dad|nan|gran|parents|family|sister|brother|every(?:one|1|body))(?:\s+and\s+(?:dad|mum))?)\b(?!['’]s)", re.I)
_NOT_THEIR_FAULT = re.compile(r"\bso\s+(?:she|he|they|u|you)\s+knows?\s+(?:it\s*)?(?:wasn'?t|wasnt|isn'?t|isnt|was\s+not|is\s+not|'?s\s+not|s\s+not|its\s+not)\s+"
                              r"(?:her|his|their|your|ur)\s+fault\b(?=\s*(?:[.!,x❤💔🖤]|$|\band\b|\blove\b|\bsorry\b|\bbut\b))"
                              r"|\bso\s+(?:she|he|they)\s+know\s+none\s+of\s+(?:this|it)\s+(?:is|was)\s+(?:her|his|their)\s+fault\b", re.I)
# probe53's: "there's a note in my blazer pocket, just in case. it's not your fault and it's not nanas".
_NOTE_HIDDEN = re.compile(r"\b(?:a|my|the)\s+(?:note|letter)s?\s+(?:in|on|under)\s+my\s+(?:\w+\s+)?(?:pocket|drawer|bed|pillow|room|bag|desk|locker|blazer|phone)\b", re.I)
_NOT_YOUR_FAULT = re.compile(r"\b(?:it'?s|its|it\s+is|it\s+was)\s+not\s+(?:your|ur|her|his|their|(?:my\s+)?(?:mum|mam|dad|nana?|gran)'?s?)\s+fault\b", re.I)
_JUST_IN_CASE = re.compile(r"\bjust\s+in\s+case\b(?!\s+(?:any|some|you|u|we|they|it|the|i|she|he|my|of)\b)", re.I)
_NOT_A_FAREWELL = re.compile(r"\b(?:op|operation|surgery|heart|flying|flight|fly|holiday|trip|gay|bi|coming\s+out|come\s+out|missed|exam|interview|will|insurance)\b", re.I)
_CANT_GO_ON = re.compile(r"\bcan'?t\s+(?:walk\s+through|face|go\s+(?:back|on)|do\s+(?:this|it))\b", re.I)
_GONE_AFTER = re.compile(r"\b(?:won'?t|wont|will\s+not)\s+be\s+(?:here|around|alive)\s+(?:after|by|past)\s+(?:tonight|today|tomorrow|tmrw|this\s+week(?:end)?"
                         r"|the\s+weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
_PLANNED = re.compile(r"\b(?:sorted\s+it|got\s+it\s+(?:all\s+)?(?:planned|sorted)|better\s+for\s+everyone|(?:honestly\s+)?ok(?:ay)?\s+with\s+it|made\s+my\s+mind\s+up"
                      r"|quieter\s+this\s+way|it'?s\s+planned|planned\s+it)\b", re.I)
_MOVING = re.compile(r"\b(?:moving|move\s+to|we\s+move|new\s+school|emigrat\w*|relocat\w*|flying|flight|holiday|hospital|op|operation|surgery|work\s+trip)\b", re.I)
# A young carer sorting a parent's medicine (a review's "got all my nan's tablets sorted into her pill box. I'm done now").
_SORTING = re.compile(r"\b(?:to\s+sort|sort(?:ed|ing)?|pill\s*box|dosette|organi[sz]er|chemist|pharmacy|prescription|carer)\b", re.I)
_TAKEN_SOMETHING = re.compile(r"\b(?:she|he|they)\s*(?:'s|s|\s+has|\s+had|\s+have|'ve)?\s+(?:just\s+)?(?:taken|took|swallowed)\s+(?:something|some\s+(?:pills|tablets)|an\s+overdose|loads)\b"
                              r"(?!\s+(?:for|from|to|off|out|back|in|with|of\s+(?:the|my|her|his)\s+(?:stuff|things|clothes)))", re.I)
_MEANS_SHOWN = re.compile(r"\b(?:sent|showed|snapped|posted)\s+(?:me|us|a\s+story\s+of|her\s+mum|his\s+mum)\s+(?:a\s+)?(?:pic|photo|picture|snap|video|vid)\s+of\s+"
                          r"(?:a|the|her|his|their|some)\s+(?:blade|tablets|pills|rope|razor|knife)s?\b", re.I)
# probe55's pupil, "doing it today, properly this time. sorry mum": the writer's act set for now, with a goodbye to the
# family or a past attempt. Not a sponsored swim, a tattoo, a driving test, a leavers' day or a kitchen ripped out, nor
# "he's doing it today" (a second review's eleven).
_DOING_IT = re.compile(r"(?:^|(?<=[.!?\n])\s*|\b(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will|gonna|going\s+to)\s+)(?:doing|do)\s+it\s+"
                       r"(?:today|tonight|tonite|now|right\s+now)\b", re.I)
_DOING_ENDING = re.compile(r"\bproperly\s+this\s+time\b|\b(?:never|not)\s+(?:your|ur|her|his|their|anyone'?s|any1s)\s+fault\b"
                           r"|\bsorry\s+(?:mum|mam|mom|dad|nan)\b(?!\W{0,3}(?:i'?ll|ill|for|about|if|to|be\s+late|late|but|dont\s+tell|don'?t\s+tell)\b)", re.I)
_EVENT = re.compile(r"\b(?:swim|run|marathon|half|\d+k|test|exam|skydive|bungee|tattoo|pierc\w*|shav\w*|haircut|fade|quit\w*|vapes?|leavers?"
                    r"|final\s+day|last\s+day|sponsor\w*|charity|fundrais\w*|wish\s+me\s+luck|relegation|match|kitchen|skip|diet|gym)\b"
                    r"|😂|🤣|😬|🎉|🥳|\blol\b|\bhaha\w*", re.I)
# ...and its parent, "I can't do another night. Please can someone pick them up at 3:15": the children handed over with
# two sets of last words. Not a night shift, a car died on the bypass, a father in resus (the review's).
_HANDED_OVER = re.compile(r"\b(?:can|could|please)\s+(?:some(?:one|body|1)|any(?:one|body|1))\s+(?:please\s+)?"
                          r"(?:(?:pick|fetch)\s+(?:them|my\s+(?:kids|boys|girls|children|two|three)|the\s+kids)\s+up"
                          r"|(?:pick\s+up|collect|fetch|get)\s+(?:them|my\s+(?:kids|boys|girls|children|two|three)|the\s+kids|(?-i:[A-Z][a-z]+))\b)", re.I)
_LAST_WORDS = re.compile(r"\bcan'?t\s+do\s+(?:another|one\s+more)\s+(?:night|day)\b(?!\s+(?:shift|like\s+(?:last|that|this)|of\s+(?:work|nights|lates)))"
                         r"|\bcan'?t\s+(?:do\s+this|keep\s+going|go\s+on)(?:\s+any\s*more)?\b|\b(?:i'?m|im|i\s+am)\s+(?:so\s+)?sorry\s*(?:[.!]|$)"
                         r"|\b(?:i'?m|im|i\s+am)\s+sorry\s+to\s+every(?:one|body|1)\b(?!\s+(?:for|who|that)\b)"
                         r"|\b(?:told|tell)\s+them\s+(?:i|mummy|daddy|mum|dad)\s+loves?\s+them\b|\bleft\s+a\s+(?:letter|note)\b", re.I)
_ERRANDS = re.compile(r"\b(?:asap|be\s+there|on\s+my\s+way|broke(?:n)?\s+down|died\s+on|traffic|shift|hospital|a\s*&\s*e|resus|ward|appointment"
                      r"|stuck|running\s+late|meeting|work)\b", re.I)
# Words of an ending: not "sorry mum, I'll be late", "sorry everyone for the late reply", "im done with revision".
# Round 48's read: "has taken 'enough to sleep for good'", "took enough to not wake up".
_ENOUGH = re.compile(r"\b(?:swallowed|took|taken|downed|necked)\s+['\"“]?enough(?:\s+(?:of\s+)?(?:(?:my|her|his|their|mums?|dads?|nans?|the)\s+)?"
                     r"(?:pills|tablets|meds|medication|paracetamol|sertraline|co-?codamol|painkillers|insulin))?\s+to\s+"
                     r"(?:sleep\s+for\s+good|never\s+wake|not\s+wake\s+up|make\s+sure\s+(?:i|she|he|they)\s+(?:don'?t|dont|doesn'?t|never)\s+wake"
                     r"|end\s+it(?!\s+(?:with|here|there|for|and\s+retire))|kill\s+(?:her|him|them|my)sel(?:f|ves)|die(?!\s+(?:down|happy|of|laughing|for)))\b", re.I)
# The author's own: "ive taken enough to never wake up". Another's is overdose_passed_on's.
_MY_ENOUGH = re.compile(r"\b(?:i|i'?ve|ive|i\s+have)\s+(?:just\s+)?" + _ENOUGH.pattern[2:], re.I)
# Advice, a lesson, a question, a story or a headline: no one's overdose now.
_NOT_NOW = re.compile(r"\bif\s+(?:you|a|someone|your|a\s+friend)\b|\bwhat\s+to\s+do\b|\bonce\b|\blessons?\b|\badvice\b|\bPSHE\b"
                      r"|\byears?\s+ago\b|\blast\s+(?:year|month)\b|\binquest\b", re.I)


def sentence_free_of_questions(text: str) -> str:
    """The text less its questions ("how do you tell if someone's taken enough to die?")."""
    # Split, not a pattern that backs up over each run (a megabyte with no full stop took hours).
    return " ".join(part for part in re.split(r"(?<=[.!?\n])", text) if not part.endswith("?"))


def overdose_passed_on(text: str) -> tuple[Finding, ...]:
    """An overdose someone has just been told of, in any person ("she messaged me ... has taken
    'enough to sleep for good'"), or the means shown with a goodbye ("she just sent me a pic of a blade and said
    'tonight, sorry'", probe53); not advice, a lesson, a question or a headline."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if _NOT_NOW.search(text) or _TOLD.search(text):
        return ()
    if (shown := _MEANS_SHOWN.search(text)) and re.search(r"\b(?:tonight|sorry|bye|goodbye|last|done|end\s+it)\b", text, re.I):
        return (Finding("means_shown", " ".join(shown.group(0).split())),)
    # probe54's "she sent me a voice note crying saying shes taken something and shes sorry. ive rung 999".
    if (taken := _TAKEN_SOMETHING.search(text)) and re.search(r"\b(?:sorry|999|ambulance|not\s+answering|can'?t\s+get\s+hold|crying|bye)\b", text, re.I):
        return (Finding("overdose", " ".join(taken.group(0).split())),)
    found = _TAKEN.search(text) or _ENOUGH.search(sentence_free_of_questions(text))
    return (Finding("overdose", " ".join(found.group(0).split())),) if found else ()


_ENDING = re.compile(
    r"\b(?:goodbye|bye(?!\s+for\s+now)|forever|last\s+thing\s+i'?(?:ll|\s+will)?\s*(?:see|post|say|do)|won'?t\s+be\s+(?:for\s+)?long|not\s+long\s+now"
    r"|kms|unalive|end\s+it(?:\s+all)?|(?:won'?t|wont)\s+(?:even\s+)?(?:miss|notice)\s+(?:me|i'?m\s+gone)|day\s+off\s+from\s+me"
    r"|(?:better|fine|happier)\s+(?:off\s+)?without\s+me|can'?t\s+do\s+(?:it|this|any\s+of\s+it)\s+any\s*more|give\s+my\s+\w+(?:\s+\w+)?\s+to"
    r"|love\s+(?:u|you)\s+all|sorry\s+for\s+everything|tell\s+(?:\w+\s+){1,2}(?:i'?m\s+|im\s+|i\s+am\s+)?sorry|goodnight\s+forever|(?:i'?m|im)\s+gone"
    r"|(?:don'?t|dont)\s+(?:look\s+for\s+me|come\s+looking)|posted\s+(?:her|his|their)\s+goodbye"
    r"|sorry\s+(?:mum|mam|mom|dad|nan|every(?:one|1|body))(?!\W{0,3}(?:i'?ll|ill|we'?ll|will|(?:i'?m|im)\s+(?:gonna|going|late|running|back|home|out|on)"
    r"|gonna|going\s+to|for|about|if|to|be\s+late|running\s+late|late|back\s+(?:soon|in|at|by))\b)"
    r"|(?:some(?:one|body)|any(?:one|body))\s+to\s+(?:tell|talk)\s+me\s+(?:not\s+to|out\s+of\s+it)"
    r"|(?:i'?m|im|i\s+am)\s+done(?!\s+(?:with\s+(?!it\s+all|all\s+of\s+it|everything|every1|everyone|this\s+life|life)|for\s+(?:today|the\s+day)"
    r"|at|in|by|early|now\s+(?:with|for))\b))\b", re.I)
# Not a story, a song, a film or a question about a word; not a day out, a leaver's day or a night out.
# (Not "lol": pupils in pain write it too.)
_TOLD = re.compile(r"\b(?:years?\s+ago|last\s+year|when\s+i\s+was|used\s+to|back\s+in\s+20\d\d|anniversary|inquest|funeral|rip|lyrics?|song"
                   r"|film|movie|episode|trailer|novel|what\s+does\s+[^.!?\n]{1,40}\s+mean|last\s+day|leaving\s+do|pub|holiday"
                   r"|on\s+(?:the|my)\s+way\s+(?:home|back)|lost\s+track\s+of\s+time)\b"
                   r"|😂|🤣|😍|🎆|🎇|🥳|🎉|📸|🙈|\b(?:haha\w*|lmao|jk|fireworks|cocktails?|sunset|sunrise|selfie|party|hay\s*fever|revision|club|canoe\w*"
                   r"|kayak\w*|training|practice|fishing|walk\w*\s+the\s+dog|scouts|cubs|brownies|guides|match|gig|festival|trip|residential|concert"
                   r"|panto|disco|prom)\b", re.I)
# ...nor the place in a sentence of a time gone or a view, unless that sentence is now too ("after what
# happened yesterday im on the bridge").
_THEN = re.compile(r"\b(?:last\s+night|yesterday|view)\b", re.I)
_NOW = re.compile(r"\b(?:i'?m|im|i\s+am|now|rn|right\s+now|up\s+here|just)\b", re.I)


def crisis_now(text: str) -> tuple[Finding, ...]:
    """Where the danger is (or the means) and words of an ending, or an overdose taken, or a note left
    for the family; nothing where the post tells a story, quotes a song or film, or is a day out."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    # The note's own sentence decides: a reply that tells the writer's past first ("they used to take my bag") may end in one.
    if (note := _NOTE_LEFT.search(text)) and not _TOLD.search(sentence_at(text, note.start(), note.end())) and not _NOT_A_FAREWELL.search(text) \
            and (_NOT_THEIR_FAULT.search(text) or _JUST_IN_CASE.search(text) and _ENDING.search(text)):
        return (Finding("note_left", " ".join(note.group(0).split())),)
    if (note := _NOTE_HIDDEN.search(text)) and not _NOT_A_FAREWELL.search(text) and (_NOT_YOUR_FAULT.search(text) or _NOT_THEIR_FAULT.search(text)) \
            and (_JUST_IN_CASE.search(text) or _ENDING.search(text) or _CANT_GO_ON.search(text)):
        return (Finding("note_left", " ".join(note.group(0).split())),)
    # probe53's goodbyes buried in kindness: "I've sorted it so I won't be here after tonight and I'm honestly ok with it".
    if (gone := _GONE_AFTER.search(text)) and (plan := _PLANNED.search(text)) and not _MOVING.search(text):
        return (Finding("goodbye", " ".join(gone.group(0).split())), Finding("planned", " ".join(plan.group(0).split())))
    if _TOLD.search(text):
        return ()
    if (doing := _DOING_IT.search(text)) and (ending := _DOING_ENDING.search(text)) and not _NOT_A_FAREWELL.search(text) \
            and not _EVENT.search(text):
        return (Finding("goodbye", " ".join(ending.group(0).split())), Finding("planned", " ".join(doing.group(0).strip(" .!?\n").split())))
    if (handed := _HANDED_OVER.search(text)) and len(_LAST_WORDS.findall(text)) >= 2 and not _ERRANDS.search(text):
        return (Finding("goodbye", " ".join(_LAST_WORDS.search(text).group(0).split())), Finding("handed_over", " ".join(handed.group(0).split())))
    if taken := _TAKEN.search(text) or _MY_ENOUGH.search(sentence_free_of_questions(text)):
        return (Finding("overdose", " ".join(taken.group(0).split())),)
    where, ending = _PLACE.search(text), _ENDING.search(text)
    if not (where and ending) or _SORTING.search(text):
        return ()
    said = sentence_at(text, where.start(), where.end())
    if _THEN.search(said) and not _NOW.search(said):
        return ()
    return (Finding("at_the_edge", " ".join(where.group(0).split())), Finding("goodbye", " ".join(ending.group(0).split())))
