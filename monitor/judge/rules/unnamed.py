"""A member of staff the config does not list: the supply teacher, a cover supervisor, a new TA,
the dinner lady, "miss nowak", "miss" spoken to. Pure.

The school's config lists its regular staff; the person a pupil films, a parent doxxes or a
thread piles on is often someone it does not: cover and supply staff, new starters, trainees.
Abuse aimed at them is abuse of a member of staff (harassment, not a complaint about the
school), and the headteacher must find them and tell them (`inform_staff`), though the draft
cannot name them.
"""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

# What a supply is not: the water supply, a supply chain, a supply budget.
_NOT_PERSON = r"(?!\s+(?:of|chain|chains|run|runs|drop|list|lists|agency|agencies|budget|budgets|costs?|issues?|problems?|cuts?|money|staff\s+budget|pipe|line|teachers))"
# Someone on the staff the config cannot know: taken on for a day, a term, or since it was written.
_ROLE = re.compile(
    r"\b(?:the|our|that|this|a|new|their|her|his|my|ur|your|9\w|\d{1,2}[a-z])\s+(?:(?!(?:water|gas|power|electric\w*|energy|heat\w*|food|blood|oxygen|paper|stationery|art|office|"
    r"medical|first|milk|cash|money|fuel|drugs?|weed)\s)[\w'#]+\s+)?"
    r"supply(?:\s+(?:teacher|teach|woman|man|lady|guy|bloke|miss|sir))?\b" + _NOT_PERSON +
    r"|\bsupply\s*teacher\b|\bthe\s+supply'?s\b"
    r"|\b(?:the|our|that|this|a|her|his|my|their|ur|your)\s+(?:new\s+)?(?:cover\s+(?:teacher|supervisor)|student\s+teacher|trainee(?:\s+teacher)?|"
    r"dinner\s+lady|lunch\s+lady|dinner\s+man|midday\s+supervisor|new\s+teacher|new\s+ta)\b"
    r"|\b(?:the|that|this)\s+new\s+(?:ta|teacher|lady|woman|man|guy|bloke|miss|sir|one)\b(?=[^.!?\n]{0,60}\b(?:she|her|he|him|his)\b)",
    re.I)
# "miss nowak", "mr smith": a title and a surname the config does not hold (called only where no
# listed member of staff was found in the post). Not "i miss school", "miss out".
_NOT_SURNAME = (r"(?!(?:out|it|you|u|ya|yous|them|him|her|me|us|the|a|an|my|your|ur|this|that|these|those|school|skool|"
                r"lessons?|class|home|being|having|going|seeing|all|everyone|every|so|much|bus|train|break|lunch|"
                r"and|or|but|is|was|has|had|said|says|will|would|to|of|in|on|at|for|with|when|if|then|too|already)\b)")
_TITLED = re.compile(
    r"(?<![\w@#.])(?:mr|mrs|ms|mx)\.?\s+" + _NOT_SURNAME + r"[a-z][a-z'-]{2,}\b"
    r"|(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bu\s)(?<!\bthey\s)(?<!\bto\s)(?<!\bgonna\s)(?<!\bll\s)(?<!\bwill\s)"
    r"(?<!\bnot\s)(?<!\bdont\s)(?<!\bn't\s)(?<!\bnever\s)(?<!\breally\s)(?<!\bso\s)(?<!\bstill\s)(?<!\bdid\s)(?<!\bdo\s)"
    r"(?<!\bcan\s)(?<!\bmight\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\balways\s)(?<![\w@#.])miss\s+" + _NOT_SURNAME + r"[a-z][a-z'-]{2,}\b",
    re.I)
# "nice flat miss 🙂", "see you monday, sir": a member of staff spoken to.
_SPOKEN_TO = re.compile(r"(?:^|[,.!?]\s*|\b(?:thanks|thank\s+you|bye|hi|hello|morning|night|soz|sorry|yes|no|ok|okay)\s+)"
                        r"(?:miss|sir)\b(?=\s*(?:[,.!?🙂😊😘😉👀❤️x]|$))|\s(?:miss|sir)(?=\s*[🙂😊😘😉👀]|\s*$)", re.I)
_PRONOUN = re.compile(r"\b(?:she|her|hers|shes|she's|he|him|his|hes|he's)\b", re.I)


def unnamed_staff(text: str, context: str = "") -> tuple[Finding, ...]:
    """The post aims at a member of staff the config does not name: a role no one on the list
    holds by name ("the supply"), a title and surname ("miss nowak"), "miss" or "sir" spoken to;
    or, replying to a post about such a person ("a clip of the supply teacher"), "she" or "him"."""
    found = find_all("unnamed_staff", _ROLE, text) + find_all("unnamed_staff", _TITLED, text) + \
        find_all("unnamed_staff", _SPOKEN_TO, text)
    if not found and context and _PRONOUN.search(text):
        found = tuple(Finding("unnamed_staff", f"{f.evidence} (the post it answers)")
                      for f in find_all("unnamed_staff", _ROLE, context))
    return found
