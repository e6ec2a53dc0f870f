"""The writer taking a danger to the school, or saying a threat has been reported (threads39, round61): "im telling
mr lloyd at break", "EM NO. where are u?? im going to ms marsh right now", "screenshotted all of it. giving it to ms
marsh tmrw morning", "the 🔪 post about hba has been reported, pls DON'T share it". The model reads the danger they
speak of as their own threat; it is a child or a parent raising the alarm. Not a visit to a teacher's house, and not
where the writer threatens as well (the caller reads the threat rules first). Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

_STAFF = (r"(?:(?:mr|mrs|ms|miss|sir|dr)\.?\s+[a-z]\w+|the\s+(?:head(?:teacher)?|deputy(?:\s+head)?|office|dsl|safeguarding\s+lead|police|school|senco)"
          r"|a\s+teacher|(?:a\s+|my\s+)?(?:form\s+)?tutor|student\s+support|(?:my\s+)?head\s+of\s+year|pastoral)")
# Then, soon, and nothing after but an end: not "going to mr lloyd's house", "going to mr lloyd after school and he'll regret it".
_SOON = (r"(?!['’]s|s\b)(?=\s*(?:[.!?,❤🙏x]|$|(?:right\s+)?now\b|rn\b|at\s+(?:break|lunch|registration|reg)\b|first\s+thing\b|(?:tmrw|tomorrow|tmoz|2moro)(?:\s+morning)?\b"
         r"|in\s+the\s+morning\b|before\s+(?:school|registration|reg|first\s+period)\b|today\b|asap\b|not\s+even\s+joking\b|about\s+(?:it|this)\b|with\s+(?:the\s+)?screenshots\b))")
TOLD = re.compile(
    r"\b(?:(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will|gonna|going\s+to|i'?ve|ive|i\s+have|i\s+just|we'?re|we\s+are|we'?ll|i)\s+(?:\w+\s+)?"
    r"(?:tell(?:ing)?|told|report(?:ing|ed)?(?:\s+(?:it|this|him|her|them))?\s+to|show(?:ing|n|ed)?\s+(?:it|this|them|these)\s+to|e-?mail(?:ed|ing)?|messag(?:ed|ing)"
    r"|going\s+to|goin\s+to|gonna\s+go\s+to|off\s+to)"
    r"|(?:^|(?<=[.!?]\s))giv(?:e|ing)\s+(?:it|them|this|these|all\s+of\s+(?:it|them)|the\s+screenshots)\s+to)\s+" + _STAFF + _SOON,
    re.I)
# A threat said to be reported, and others asked not to pass it on.
REPORTED = re.compile(r"\b(?:has|have|'s)\s+been\s+reported\b(?![^.!?\n]{0,30}\b(?:missing|stolen)\b)[^\n]{0,80}?\b(?:don'?t|dont|do\s+not|pls\s+don'?t|please\s+don'?t)\s+(?:re-?)?(?:share|spread|repost|screenshot)\b"
                      r"|\b(?:don'?t|dont|do\s+not)\s+(?:re-?)?(?:share|spread|repost)\s+(?:it|this|the\s+\w+)\b[^\n]{0,80}?\b(?:has|have|'s)\s+been\s+reported\b", re.I)
# A threat in the school's or the police's hands already: threads43's "Update: spoke to Mrs Patel first thing, she's looking into
# it today", "@HollowbrookAcad @HexleyPolice please look at this – kids arranging round two tomorrow".
IN_HAND = re.compile(r"\b(?:spoke|spoken|talked|been)\s+(?:to|with)\s+" + _STAFF + r"\b[^.!?\n]{0,40}?\b(?:she|he|they|it)(?:'s|\s+is|'re|\s+are|\s+will\s+be|'ll\s+be)\s+"
                     r"(?:looking\s+into\s+it|dealing\s+with\s+it|on\s+it|sorting\s+it|investigating|handling\s+it)\b"
                     r"|@\w*(?:police|constabulary|snt|999|101)\w*\b[^\n]{0,40}?\b(?:please|pls|plz|can\s+(?:you|someone|somebody)|could\s+(?:you|someone))\s+(?:\w+\s+)?(?:look|see|check|deal)\b", re.I)
# ...nor where the writer's own move or menace is beside it (review B's "spoke to mr whitaker, he's dealing with it apparently.
# he wont be dealing with anything when i get hold of him", "@HexleyPolice please look at this, before I go round there and stab
# the little rat", "Spoke to Mrs Patel, she's looking into it. if nothing's done by friday im going round to that lads house").
_STILL = re.compile(r"\b(?:(?:i'?ll|ill|i\s+will|i'?m\s+(?:going|gonna)|im\s+(?:going|gonna)|i\s+am\s+going|gonna)\b(?!\s+(?:update|let|keep|post|report|ring|call|e-?mail|chase))"
                    r"|when\s+i|before\s+i|get\s+hold|myself|going\s+round|doesn'?t\s+matter|anyway|either\s+way|regardless|meanwhile|if\s+nothing)\b", re.I)
# ...not where the writer's own next move follows the telling: an ultimatum ("If she won't deal with Whitaker, I will"),
# a step after it ("then I'm going to Whitaker's house myself", "Next step is his car getting keyed"), menace said to
# the teacher ("whitaker better hide", "tell him to lock his door", "she can't protect him forever", "waiting for her
# outside the gates"). Review A's look-alikes: each read "told_staff" and lost its page.
_OWN_MOVE = re.compile(
    r"\bif\s+(?:he|she|they|it|nothing|no\s*one|nobody|(?:mr|mrs|ms|miss|sir)\.?\s+\w+|the\s+\w+)\s+(?:doesn'?t|doesnt|does\s+not|don'?t|dont|won'?t|wont|can'?t|cant"
    r"|isn'?t|fails?|does\s+nothing|do\s+nothing)\b[^.!?\n]{0,60}?\b(?:i|i'?m|im|i'?ll|ill|we|we'?ll|me)\b"
    # ...short of a complaint's next stage: "If she doesn't reply by Friday I'm going to the governors".
    r"(?![^.!?\n]{0,40}\b(?:governors?|ofsted|council|complain\w*|mp|solicitor|lawyer|trust|lado|police|pull\w*\s+(?:him|her|them)|mov\w*\s+(?:him|her|them)|e-?mail\w*|writ\w*)\b)"
    r"|\b(?:then|after\s+that|next\s+step|when\s+(?:they|she|he)\s+do(?:es)?\s+nothing)\b[^.!?\n]{0,40}?(?:\b(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will|we'?re|we'?ll|me\s+and)\b"
    r"|\bgets?\s+what|\bgetting\s+(?:keyed|done|smashed|battered|hurt|it))"
    r"|\b(?:better\s+(?:hide|run|watch|hope|lock)|lock\s+(?:his|her|your|ur|their)\s+doors?|won'?t\s+know\s+what'?s?\s+hit|(?:not|n'?t)\s+(?:be\s+)?walking\s+out"
    r"|see\s+(?:you|u|ya)\s+(?:at|after|outside|soon|tonight|tmrw|tomorrow|later)|waiting\s+(?:for\s+(?:him|her|them)|outside|at\s+the\s+gates?)"
    r"|can'?t\s+protect\s+(?:him|her|them)|before\s+i\s+do|(?:i'?m|im|i\s+am)\s+bringing|coming\s+to\s+(?:him|her|them)|what'?s\s+coming)\b|🔪|🔫|💣|😈", re.I)


def telling(text: str) -> tuple[Finding, ...]:
    """`told_staff`: the writer is taking it to a member of staff or the police now; `reported_on`: a threat said to be
    reported, with others asked not to share it. Nothing where the writer's own move follows."""
    told = () if _OWN_MOVE.search(text) else find_all("told_staff", TOLD, text)
    return told + find_all("reported_on", REPORTED, text) + (() if _OWN_MOVE.search(text) or _STILL.search(IN_HAND.sub(" ", text)) else find_all("reported_on", IN_HAND, text))
