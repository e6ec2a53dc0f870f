"""Doxxing: a home, a phone, a car, posted about someone; with menace, a threat. Pure.

Posted with menace (a threat, "just saying", a call to go there) it is a threat itself; posted in
anger alone, the police and the platform the same day, no page. The threat score is no guide here:
the model reads a phone number posted in anger as a threat. A phone or an inbox, with "go on, ring
her", is harassment; a house or a car, a threat.
"""
from __future__ import annotations

import re
from typing import Mapping

from monitor.config.types import School
from monitor.judge import rules
from monitor.judge.rules.base import Finding, find_all
from monitor.judge.verdict import Verdict, _quote

# The locators that say where to find someone in person.
WHERE_TO_FIND = frozenset({"street_address", "postcode", "home_details", "vehicle_registration"})
# Where to find someone in person, in the words of a post the model reads as doxxing.
_PHYSICAL = re.compile(r"\b(?:house|home|address|lives?|living|flat|front\s+door|door|street|road|close|drive|avenue|"
                       r"car|van|motor|reg|parks?|parked|works?\s+(?:\w+\s+){0,3}?(?:at|on|in)|(?:the|on)\s+tills?|shifts?|goes\s+to|pick\s*-?\s*up|drop\s*-?\s*off"
                       # Round 50: a teacher's child, her school and year: "daughter is at Greenfield, year 10".
                       r"|(?:daughter|son|kid|child|girl|boy|lad)\s+(?:is\s+at|'s\s+at|is\s+in\s+year|goes\s+to)\s+\w+)\b", re.I)
# Others called to tell someone something to their face, beside where they live: "if anyone wants to tell her
# in person", "a few of us should pop round and explain it to her in person" (round 50, threads29), "for anyone
# who'd rather ask him in person" (threads31). Not the
# author's own "I'll tell her in person she's a star", a card, a parents' evening.
_IN_PERSON = re.compile(
    r"\b(?:any(?:one|body|1)\s+(?:(?:who\s+|that\s+)?(?:wants?|wanting|fancies|fancy)\s+to|who(?:'d|’d|\s+would)\s+(?:rather|prefer\s+to|like\s+to))|(?:a\s+few\s+of\s+us|some\s+of\s+us|you\s+lot|yous|people|"
    r"some(?:one|body|1))\s+(?:should|need\s+to|ought\s+to)|(?:^|[.!?]\s*)go\s+(?:and\s+|round\s+and\s+)?)"
    r"[^.!?\n]{0,30}?\b(?:tell|ask|explain|say|show|let)\b[^.!?\n]{0,30}?\b(?:in\s+person|face\s+to\s+face|to\s+(?:his|her|their)\s+face"
    r"|on\s+(?:his|her|their)\s+door\s*-?\s*step)\b(?![^.!?\n]{0,40}\b(?:parents'?\s+evening|meeting|the\s+office|reception|at\s+school|at\s+(?:pick\s*-?\s*up|drop\s*-?\s*off|the\s+gates?))\b)",
    re.I)
# A home, as the locators find it.
_HOME = frozenset({"street_address", "postcode", "home_details"})
_KIND = re.compile(r"\b(?:star|lovely|thank\w*|well\s+done|congrat\w*|card|cards|baby|how\s+(?:well|good|great|proud)|brilliant|amazing|legend"
                   r"|drop\s*-?\s*in|(?:doesn'?t|does\s+not|won'?t)\s+mind|happy\s+to\s+(?:help|chat|talk)"
                   r"|flowers|retir\w+|leaving\s+do|wedding|get\s+well)\b", re.I)


def doxxing(v: Verdict, text: str, own_words: str, located: tuple[Finding, ...], threat_rule: tuple[Finding, ...],
            staff: bool, who: str, said: set[str], scores: Mapping[str, float], hostile: bool) -> None:
    """Add to `v` what personal details posted call for: `located` are the locators found in the post,
    `threat_rule` the threat rules that fired, `staff` whether a member of staff is its target, `hostile`
    whether triage reads the post as hostile (by the school's policy)."""
    # A knowing shrug beside a call to review-bomb or email someone is a campaign online, not a visit (threads28).
    online = rules.online_campaign(own_words) and not any(f.rule in WHERE_TO_FIND for f in located)
    cues = () if online else rules.routine_cue(own_words)
    menace = tuple(threat_rule) + cues + rules.incitement(own_words) + (find_all("in_person", _IN_PERSON, own_words) if staff and not _KIND.search(own_words) else ())
    physical = any(f.rule in WHERE_TO_FIND for f in located) or bool(_PHYSICAL.search(own_words))
    menacing = bool(threat_rule) or bool(menace) and physical
    # A home posted with a call to go round and confront whoever lives there ("14 Kestrel Close ... Go round and ask
    # them yourselves", round 60's father of a pupil) is doxxing with menace whoever it names.
    # ...a home, not a van's plate blocking the gates; and a number and a street or a postcode alone only where the
    # post reads hostile: a uniform sale's, a bake sale's or a house sale's "go round and ask them what they need" is none.
    called = rules.incitement(own_words) if located and not staff and not threat_rule else ()
    confronted = bool(called) and rules.confronts(own_words) and physical and (
        any(f.rule == "home_details" for f in located)
        or any(f.rule in _HOME for f in located) and hostile)
    if located and (staff or any(f.rule == "home_details" for f in located) or threat_rule or confronted):
        if staff:
            shown = located + (menace if menacing else ())
            v.add("urgent" if menacing else "high", ["privacy"] + (["threat"] if menacing else []),
                  ["report_police", "request_removal", "inform_staff"],
                  f"Personal details of {who} posted{' with menace' if menacing else ''}: {_quote(shown)}.", shown)
        # Someone the config does not list, their home posted with a call to go and confront them: a
        # threat all the same (DESIGN: doxxing with hostility). The model reads any address as abuse.
        elif confronted:
            v.add("urgent", ["privacy", "threat"], ["report_police", "request_removal", "dsl_review"],
                  f"Someone's home or personal details posted with menace: {_quote(located + called)}.", located + called)
        else:
            v.add("high", ["privacy"], ["request_removal", "dsl_review"],
                  f"Someone's home or personal details posted: {_quote(located)}.", located)

    # "Her husband works the tills at Tesco, go and tell him": the family, and where to find them.
    elif staff and ("privacy" in said or menacing and rules.family_targeted(text)):
        what = (f"Reads as personal details of {who} posted (privacy score {scores['privacy']:.2f})" if "privacy" in said
                else f"Where to find the family of {who}, posted")
        v.add("urgent" if menacing else "high", ["privacy"] + (["threat"] if menacing else []),
              ["report_police", "request_removal", "inform_staff"],
              what + (f", with menace: {_quote(menace)}." if menacing else "."), ["privacy_score", *(menace if menacing else ())])


# Someone a reply may speak of: "she", "their", "the head", "sir".
_SOMEONE = re.compile(r"\b(?:he|him|his|hes|he'?s|she|her|hers|shes|she'?s|they|them|their|theirs|head|headteacher|teacher|deputy|senco|ta"
                      r"|caretaker|site\s+manager|sir|miss|mr|mrs|ms)\b", re.I)


def of_staff(text: str, context: str, school: School) -> bool:
    """Whether a home or a car in a post may be a member of staff's: not where the post names no one of ours and
    speaks of no one, and the words it answers name no one of ours either ("Martin while you're here, the streetlight
    outside 22 Mill Lane has been out since October", under a councillor's post on the crossing outside the school,
    the head named by her role only, perhaps: threads42's, raised to high as a member of staff's home)."""
    # A name, an alias or a surname alone ("whitakers address is on the planning application").
    names = [n for m in school.staff for n in (m.name, *m.aliases, m.name.split()[-1]) if len(n.strip()) >= 3]
    named = any(re.search(rf"(?<![\w']){re.escape(n)}(?:['’]?s)?(?!\w)", t, re.I) for n in names for t in (text, context))
    # ...a role in the words it answers, with menace in its own ("22 Mill Lane, blue door. just saying" under "the head
    # of Hollowbrook is a disgrace"), is still hers.
    menace = rules.routine_cue(text) or rules.incitement(text) or rules.threat_phrases(text)
    return named or bool(_SOMEONE.search(text)) or bool(menace) and bool(_SOMEONE.search(context))
