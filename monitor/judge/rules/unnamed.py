"""A member of staff the config does not list: the supply teacher, a cover supervisor, a new TA,
the dinner lady, "miss nowak". Pure. The school's own names and places are read as "school" and
"town" by the caller (monitor/judge/targets.py), which knows them: "the hba supply" is "the school
supply", "all of us miss Hollowbrook" names no one.

The school's config lists its regular staff; the person a pupil films, a parent doxxes or a
thread piles on is often someone it does not: cover and supply staff, new starters, trainees.
Abuse aimed at them is abuse of a member of staff (harassment, not a complaint about the
school), and the headteacher must find them and tell them (`inform_staff`), though the draft
cannot name them.
"""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

# What a supply is not: the water supply, a supply chain, a supply budget, supply teachers in general.
_NOT_PERSON = r"(?!\s+(?:of|chain|chains|run|runs|drop|list|lists|agency|agencies|budget|budgets|costs?|issues?|problems?|cuts?|money|staff\s+budget|pipe|line|teachers|shop|store))"
# What may stand between "the" and "supply" and still be a person: "the new supply", "the hba supply",
# "the year 9 maths supply". Not "the parents supply cakes", "the uniform supply shop".
_SUPPLY_OF = (r"(?:(?:new|old|polish|temporary|temp|school|school's|maths|math|english|science|french|spanish|german|pe|music|"
              r"drama|history|geography|re|computing|chem|chemistry|physics|biology|bio|year\s*\d{1,2}|yr\s*\d{1,2}|y\d{1,2}|"
              r"\d{1,2}[a-z]\d?)\s+){0,2}")
# Someone on the staff the config cannot know: taken on for a day, a term, or since it was written.
# Not "my mum was a supply teacher": the author's own family is no one at the school.
# What someone wears or looks like, that picks out one person: "the teacher in the headscarf", "who wears the hijab".
_ATTIRE = (r"(?:in|with|wearing|who\s+wears)\s+(?:the|a|that)\s+(?:head\s*scarf|hijab|niqab|burka|burqa|turban|veil|kippah|wheelchair|beard"
           r"|nose\s+ring|tattoos?|accent)\b")
# Where else a receptionist, a nurse or a cleaner works: "the lady on reception at the doctors was so rude".
_ELSEWHERE = (r"(?:gp|gps|gp's|doctors?|doctor's|doctors'|dentists?|dentist's|surgery|hospital|a&e|vets?|vet's|council|hotel|gym|leisure\s+centre"
              r"|pharmacy|chemist|opticians?|clinic|hairdressers?|salon|bank|nursery|hmrc|police)\b")
_ROLE = re.compile(
    r"(?<!\bmy\s)(?<!\bmum\s)(?<!\bdad\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeing\s)(?<!\bas\s)"
    r"\b(?:the|our|that|this|new|ur|your|\d{1,2}[a-z]\d?)\s+" + _SUPPLY_OF +
    r"supply(?:\s*(?:teacher|teach|woman|man|lady|guy|bloke|miss|sir))?\b" + _NOT_PERSON +
    r"|(?<!\ba\s)(?<!\bwas\s)(?<!\bas\s)(?<!\bbeing\s)(?<!\bmy\s)(?<!\bher\s)(?<!\bhis\s)\bsupply\s*teacher\b(?!s)|\bthe\s+supply'?s\b"
    # Round 62's staff who are not teachers, with a word of scorn between: "that fat dinner lady", "the lollipop lady on
    # marlow road", "the woman in the office", "Nurse Carol at HBA".
    # Not another building's ("the gp receptionist", "the dentist's receptionist", "the window cleaner").
    r"|\b(?:the|our|that|this|ur|your)\s+(?:new\s+|(?!" + _ELSEWHERE + r")[a-z]+\s+)?(?:cover\s+(?:teacher|supervisor)|student\s+teacher|trainee(?:\s+teacher)?|"
    r"dinner\s+lady|lunch\s+lady|dinner\s+man|midday\s+supervisor|new\s+teacher|new\s+ta|lollipop\s+(?:lady|man|woman|person)|"
    r"crossing\s+(?:patrol|lady|man)|receptionist|office\s+(?:lady|woman|man|manager)|school\s+nurse|minibus\s+driver)\b"
    # ...nor one said to work there: "our receptionist at the surgery lives at 14 ashdown close" (review B's).
    r"(?!\s+(?:at|from|in|of|down)\s+(?:(?:my|the|our|his|her|their)\s+)?(?:old\s+|last\s+|other\s+|local\s+)?" + _ELSEWHERE + r")"
    # "that bitch on reception at hollowbrook": scorn names her as "woman" does (review B's).
    r"|\b(?:the|that|this)\s+(?:\w+\s+)?(?:woman|lady|man|bloke|girl|guy|fella|bitch|cow|prat)\s+(?:in|on|from|at)\s+(?:the\s+)?(?:school\s+)?(?:office|reception|front\s+desk)\b"
    r"(?![^.!?\n]{0,20}\b(?:at|in|of)\s+(?:the\s+|my\s+)?" + _ELSEWHERE + r")"
    # "nurse karen at hollowbrook" in lower case too; not "Nurse Jackie is my favourite show, school run done" (review B's).
    r"|\bnurse\s+(?-i:[A-Z][a-z]{2,})\b(?=[^.!?\n]{0,40}\b(?:at|from|in|@)\s+(?:the\s+)?(?:school|hba|hollowbrook)\b)"
    r"|\bnurse\s+(?!(?:practitioner|team|service|visits?|came|was|is|said|appointments?|office|room|rota|day|station|drop|led|checks?|told)\b)"
    r"[a-z]{3,}\s+(?:at|from|@)\s+(?:the\s+)?(?:school|hba|hollowbrook)\b"
    r"|\b(?:the|that|this)\s+(?:(?!" + _ELSEWHERE + r"|window|carpet|oven|steam|pressure|jet|vacuum|gutter|chimney|drain|pool|dry)\w+\s+)?cleaner\b"
    r"(?=[^.!?\n]{0,60}\b(?:she|her|he|him|his)\b)"
    r"|\b(?:the|that|this)\s+new\s+(?:ta|teacher|lady|woman|man|guy|bloke|miss|sir|one)\b(?=[^.!?\n]{0,60}\b(?:she|her|he|him|his)\b)"
    # Round 49's: "the teacher in the headscarf at hollowbrook": one person, by what they wear or look like.
    r"|\b(?:the|that|this)\s+(?:\w+\s+)?(?:teacher|ta|teaching\s+assistant|dinner\s+lady|receptionist|cleaner|miss|sir)\s+" + _ATTIRE +
    # ...a lady or a man so, only where the post places them at the school: "the lady in the headscarf on reception".
    r"|\b(?:the|that|this)\s+(?:lady|woman|man|bloke)\s+" + _ATTIRE +
    r"(?=[^.!?\n]{0,40}\b(?:at\s+(?:the\s+school|school|hollowbrook|hba|reception)|on\s+reception|in\s+the\s+(?:office|canteen))\b)"
    # ...or by who they are, where the post is hostile: "the muslim TA at hollowbrook".
    r"|\b(?:the|that|this)\s+(?:muslim|jewish|polish|black|asian|indian|pakistani|nigerian|african|romanian|gay|lesbian|trans|foreign)\s+"
    r"(?:teacher|ta|teaching\s+assistant|dinner\s+lady|receptionist|cleaner|head|supply)\b",
    re.I)
# "miss nowak", "mr smith": a title and a surname the config does not hold (called only where no
# listed member of staff was found in the post), and only where the post or its thread speaks of
# teaching: not Mr Blobby, Miss World, Mr Bean. Not "i miss school", "miss out".
_NOT_SURNAME = (r"(?!(?:out|it|you|u|ya|yous|them|him|her|me|us|the|a|an|my|your|ur|this|that|these|those|school|skool|"
                r"lessons?|class|home|being|having|going|seeing|all|everyone|every|so|much|bus|train|break|lunch|"
                r"and|or|but|is|was|has|had|said|says|will|would|to|of|in|on|at|for|with|when|if|then|too|already|"
                r"town|world|england|universe|motivator|blobby|bean|tumble|men|trunchbull)\b)")
_TITLED = re.compile(
    r"(?<![\w@#.])(?:mr|mrs|ms|mx)\.?\s+" + _NOT_SURNAME + r"[a-z][a-z'-]{2,}\b"
    r"|(?<![\w@#.])(?<!\bi\s)(?<!\bwe\s)(?<!\bus\s)(?<!\byou\s)(?<!\bu\s)(?<!\bthey\s)(?<!\bto\s)(?<!\bgonna\s)(?<!\bll\s)"
    r"(?<!\bwill\s)(?<!\bnot\s)(?<!\bdont\s)(?<!\bn't\s)(?<!\bnever\s)(?<!\breally\s)(?<!\bso\s)(?<!\bstill\s)(?<!\bdid\s)"
    r"(?<!\bdo\s)(?<!\bcan\s)(?<!\bmight\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\balways\s)(?<!\ball\s)(?<!\bnear\s)"
    r"miss\s+" + _NOT_SURNAME + r"[a-z][a-z'-]{2,}\b",
    re.I)
_TEACHING = re.compile(r"\b(?:teach\w*|supply|cover|lessons?|class(?:room)?|form|detentions?|sir|miss|ta|homework|period\s*\d|"
                       r"set\s*\d|year\s*\d{1,2}|yr\s*\d{1,2}|\d{1,2}[a-z]\d?)\b", re.I)
_LISTED_ROLE = re.compile(r"\bthe\s+(?:current\s+|new\s+|old\s+)?(?:head(?:teacher|\s+teacher|\s+of\s+year(?:\s*\d+)?)?|deputy(?:\s+head)?|senco|"
                          r"caretaker|site\s+manager|principal)\b", re.I)
_PRONOUN = re.compile(r"\b(?:she|her|hers|shes|she's|he|him|his|hes|he's)\b", re.I)


def unnamed_staff(text: str, context: str = "") -> tuple[Finding, ...]:
    """The post aims at a member of staff the config does not name: a role no one on the list
    holds by name ("the supply"), a title and surname where the post speaks of teaching ("miss
    nowak"); or, replying to a post about such a person ("a clip of the supply teacher"), "she"."""
    found = find_all("unnamed_staff", _ROLE, text)
    # A role one listed member holds ("the current head lives on Foxglove Way"): the harm may be
    # theirs, and a teacher remembered by title beside it is not who it is aimed at.
    if not found and not _LISTED_ROLE.search(text) and _TEACHING.search(_TITLED.sub(" ", f"{text}\n{context}")):
        found = find_all("unnamed_staff", _TITLED, text)
    if not found and context and _PRONOUN.search(text):
        found = tuple(Finding("unnamed_staff", f"{f.evidence} (the post it answers)")
                      for f in find_all("unnamed_staff", _ROLE, context))
    return found
