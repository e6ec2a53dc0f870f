"""What takes a threat's words back where they stand (round 52 and its reviews): a panto villain
booed, justice hoped for in court, help wanted for someone overworked. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding

# "Boooo Whitaker 👎 can't wait to see him get what's coming to him on the 10th, my year 6 has been practising her
# hisses" is the show's ending; "hope he gets what's coming in court 👏" (probe52) is justice.
_DESERTS = re.compile(r"what'?s\s+coming|got\s+it\s+coming|get\s+(?:his|hers)\b", re.I)
_BOOED = re.compile(r"\bbo{3,}\b|\bhiss(?:es|ing)?\b|\bpanto(?:mime)?\b|\boh\s+no\s+(?:he|she)\s+(?:isn'?t|didn'?t|won'?t)\b", re.I)
_BY_LAW = re.compile(r"what'?s\s+coming\s+(?:to\s+(?:him|her|them)\s+)?(?:in|at|from)\s+(?:court|the\s+courts?|the\s+judge|sentencing"
                     r"|the\s+law|prison|jail)\b", re.I)
# "Someone needs to sort her out, the woman is exhausted", "...sort him out before winter, the man is a saint" (a review's).
_SORTED_OUT = re.compile(r"\bsort\s+(?:him|her|them)\s+out\b", re.I)
_SYMPATHY = re.compile(r"\b(?:poor|saint|exhausted|bless|overworked|run\s+ragged|on\s+(?:her|his)\s+own"
                       r"|deserves?\s+(?:a\s+)?(?:break|medal|rest|pay\s+rise|holiday)"
                       r"|mot|boiler|van|laptop|pay\s*rise|contract|timetable|cover|rota|legend|help)\b", re.I)


# Round 56's "a bloke in a silver Astra ... talking to Hollowbrook girls through his window": words through a car's
# window, not a brick through a house's.
_THROUGH_WINDOW = re.compile(r"\bthrough\s+(?:his|her|their|your)\s+window\b", re.I)
_SPOKEN = re.compile(r"\b(?:talk|chat|speak|spoke|shout|call|wav|lean|look|peer|star(?:e|ed|es|ing)\b|film|leer|whistl)\w*\s+(?:\w+\s+){0,4}?through\s+(?:his|her|their|your)\s+"
                     r"(?:car\s+|van\s+)?window\b", re.I)

_HURLED = re.compile(r"\b(?:bricks?|stones?|rocks?|smash\w*|put\s+(?:it\s+|them\s+)?in|chuck\w*|lob\w*|throw\w*)\b", re.I)


# quiet61's "Tom Whitaker's series on the Millbrook school shooting ... respectful to the families": a named event
# told of in a podcast, a documentary or a memorial, with nothing set for a day to come.
_TOLD_OF = re.compile(r"(?-i:\bthe\s+(?:[A-Z][\w'’]+\s+){1,3}(?:[Ss]chool\s+)?[Ss]hooting)|\b(?:podcast|series|documentary|docuseries|episode|true\s*-?\s*crime"
                      r"|anniversary|memorial|vigil|victims'?\s+famil\w+|inquiry|film\s+about|book\s+about)\b", re.I)
_DAY_TO_COME = re.compile(r"\b(?:tomorrow|tmrw|tmoz|tonight|next\s+week|(?:on|this|next)\s+(?:mon|tues|wednes|thurs|fri)day|at\s+(?:our|your|ur|this|that)\s+school"
                          r"|(?:gonna|gna|going\s+to|will|'ll|ima|imma|finna|wanna|want\s+to)\s+(?:\w+\s+)?(?:be|happen|do|have|carry|pull|copy|repeat)|next\s+one|our\s+turn"
                          # ...nor our school wished one or picked out beside the podcast (review A's look-alikes, each lost its page):
                          # "honestly HBA deserves one", "hollowbrook is next. mark my words", "hba would be so easy", "taking notes
                          # for monday", "doing a school shooting at hba for the anniversary".
                          r"|(?:hba|hollowbrook|we|you|u|(?:our|ur|your|this)\s+school)\s*(?:is|are|'s|'re|r)\s+next(?!\s+(?:week|month|year|term|episode|\w+day))"
                          r"|deserves?\s+(?:one|it|the\s+same)|(?:would\s+be|so|how)\s+easy|one\s+way\s+in|taking\s+notes|do\s+the\s+same|mark\s+my\s+words|for\s+(?:mon|tues|wednes|thurs|fri)day"
                          r"|(?:do|doing|did|same|one|happen\w*)\b[^.!?\n]{0,30}?\b(?:at|in|to)\s+(?:hba|hollowbrook))\b|🔫|💣|🔪|😈", re.I)


# Where someone lives, known for a kind reason (probe91's): "Does anyone know if Mr Lloyd is ok? I know where he lives (not in a
# weird way lol he's over the road from my mum) and his car hasn't moved since Sunday", "I know where the lady lives from her
# driving licence but didn't want to just turn up on her doorstep, so I've handed it in at the school office".
_KNOWN_HOME = re.compile(r"\bknow\s+(?:exactly\s+)?where\b", re.I)
_KIND_REASON = re.compile(r"\b(?:not\s+in\s+a\s+(?:weird|creepy|bad)\s+way|(?:is|are)\s+(?:he|she|they)\s+(?:ok|okay|alright|all\s+right)|curtains|hasn'?t\s+moved"
                          r"|check\s+on\s+(?:him|her|them)|welfare\s+check|handed\s+(?:it|them|the\s+\w+)\s+in|driving\s+licen[cs]e|found\s+(?:a|her|his)\s+(?:purse|wallet|bag|phone|card|keys|dog|cat)"
                          r"|lost\s+property|(?:over\s+the\s+road|round\s+the\s+corner|next\s+door|a\s+few\s+doors)\s+from\s+(?:my|us|me))\b", re.I)
_MENACE_TOO = re.compile(r"\b(?:watch|sort|pay\s+(?:him|her|them)\s+a\s+visit|deserves?|grass\w*|coming\s+for|wait(?:ing)?\s+for|won'?t\s+be|regret|lesson|smash\w*|"
                         r"brick|egg|petrol|burn\w*|lads|boys|just\s+saying|think\s+on)\b|😈|😉|🔪|👀|🙂", re.I)


def excused(f: Finding, text: str) -> bool:
    """Whether what stands beside finding `f` in `text` takes its words back."""
    return bool(_DESERTS.search(f.evidence) and (_BOOED.search(text) or _BY_LAW.search(text))
                or _SORTED_OUT.search(f.evidence) and _SYMPATHY.search(text)
                or bool(_THROUGH_WINDOW.search(f.evidence) and _SPOKEN.search(text) and not _HURLED.search(text))
                or bool(re.match(r"school\s+shoot", f.evidence, re.I) and _TOLD_OF.search(text) and not _DAY_TO_COME.search(text))
                or bool(_KNOWN_HOME.search(f.evidence) and _KIND_REASON.search(text) and not _MENACE_TOO.search(text)))
