"""A member of staff hinted to be a danger to children, never quite said: "ask why he really left
his last school", "always hanging round the girls' changing rooms", "too friendly with the girls in
his class", "no smoke without fire". For the DSL an allegation all the same (the LADO within one
working day), and for the school's solicitor a defamatory one.

Fourteen writers of the read sets (rounds 3 to 36) wrote such hints; before round 20 the rules
found an allegation only where harm was stated ("grabbed", "hit", "fiddling with"), and 74 posts
alleging that staff harmed a child reached no DSL. Only where a member of staff is the subject
(triage calls it with staff found) and the post does not rebuke the rumour.
"""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all
from monitor.judge.rules.reporting import reported_speech, without_quotes

_KIDS = r"(?:the\s+|those\s+|our\s+|some\s+of\s+the\s+|little\s+)?(?:girls|boys|kids|children|pupils|students|lads|year\s?\d+s?|yr\s?\d+s?)"
# Girls and boys, not "the kids": "what gaz gets up to with the kids at sports day" and "ask the kids she used
# to teach" are praise; a hint singles out one sex, or one child ("talk about him and a year 6 girl").
_SEXED = r"(?:the\s+|those\s+|some\s+of\s+the\s+|a\s+|one\s+of\s+the\s+)?(?:(?:year|yr)\s?\d+\s+)?(?:girls?|boys?|lads)\b"
_ROOMS = r"(?:(?:year|yr)\s?\d+\s+)?(?:girls'?|boys'?|kids'?)\s+(?:changing\s+rooms?|toilets?|loos?|showers?|dorms?)"
_HINT = re.compile(
    # Why they left before: "ask why he REALLY left", not the fair "how come she left her previous school?".
    r"\b(?:why|how\s+come)\s+(?:(?:mr|mrs|miss|ms)\s+)?(?:he|she|they|him|her|\w+)\s+(?:really|actually|suddenly)\s+(?:left|moved\s+on\s+from|got\s+moved\s+from|leaving)"
    r"\s+(?:his|her|their)\s+(?:last|old|previous)\s+(?:school|job|post|place)"
    r"|\bask\s+(?:\w+\s+){0,3}?(?:why|how\s+come)\s+(?:he|she|they)\s+(?:left|moved\s+on\s+from|got\s+moved\s+from)\s+(?:his|her|their)\s+(?:last|old|previous)\b"
    r"|\b(?:left|leaving)\s+(?:his|her|their)\s+(?:last|old|previous)\s+(?:school|job)\s+(?:in\s+such\s+a\s+hurry|after\s+complaints)"
    # Where they are seen ("fixing" was here: the caretaker fixing the girls' taps is his job).
    rf"|\b(?:always|keeps?|every\s+(?:time|day|lesson)|constantly)\b[^.!?\n]{{0,40}}\b(?:hanging|hangs|lurking|lurks|in|outside|near|round|around|about|by)\s+(?:in\s+|outside\s+|round\s+|around\s+|about\s+|by\s+)?the\s+{_ROOMS}"
    rf"|\b(?:watch(?:es|ing)?|hang(?:s|ing)?\s+(?:round|around))\s+the\s+(?:boys|girls)\s+(?:in|get(?:ting)?\s+changed)"
    # How they are with children: "too" or "a bit too", not "very close with the kids" (kindness) nor "not too friendly".
    rf"|(?<!not\s)(?<!n't\s)\b(?:too|a\s+bit\s+too|bit\s+too)\s+(?:friendly|close|touchy|touchy-?feely)\s+with\s+(?:{_KIDS}|my\s+(?:daughter|son|girl|boy|kids?))"
    rf"|(?<!not\s)(?<!n't\s)\b(?:too|a\s+bit\s+too|bit\s+too)\s+hands-?on\s+with\s+{_SEXED}"
    # (Not a thing of theirs: "anywhere near Mr Lloyd's cross country course in this weather", review P.)
    rf"|\b(?:wouldn'?t|would\s+not|never)\s+(?:leave|let)\s+my\s+(?:daughter|son|kids?|girl|boy|child)\s+(?:alone\s+with|anywhere\s+near)\b"
    r"(?!\s+(?:(?:mr|mrs|miss|ms)\s+)?\w+(?:'s|s')\s+(?:\w+\s+){0,2}(?:course|track|field|pitch|pool|cooking|dinners?|food|driving|minibus|route|lab|experiments?)\b)"
    rf"|\bwhat\s+(?:he|she|they|\w+)\s+(?:gets?|got)\s+up\s+to\s+(?:in\s+(?:the\s+|those\s+)?(?:(?:boys|girls|kids)'?\s+)?(?:changing|toilets|showers|dorms)|with\s+{_SEXED})"
    rf"|\btalk\s+(?:about|of)\s+(?:(?:mr|mrs|miss|ms)\s+)?\w+\s+and\s+{_SEXED}"
    rf"|\bask\s+{_SEXED}\s+(?:he|she|they)\s+used\s+to\b"
    r"|\bwhy\s+(?:would\s+|does\s+|do\s+)?a\s+grown\s+(?:man|woman)\s+wants?\s+to\s+be\s+(?:alone|shut\s+in)\b"
    # threads41's: "always had a funny way with the little girls in his class", "a room with no cameras, think about it".
    rf"|\b(?:funny|weird|strange|odd|creepy)\s+way\s+with\s+(?:the\s+)?(?:little\s+)?{_SEXED}"
    r"|\broom\s+with\s+no\s+(?:cameras|windows|cctv)\b[^.!?\n]{0,20}\bthink\s+about\s+it\b", re.I)
# "No smoke without fire" is a hint about children only beside them: not under "three teachers have left".
_SMOKE = re.compile(r"\bno\s+smoke\s+without\s+fire\b", re.I)
_CHILDREN = re.compile(r"\b(?:girls?|boys?|kids?|children|child|pupils?|students?|lads|daughters?|sons?|changing\s+rooms?|toilets?|safeguarding|dbs)\b", re.I)
# A duty beside the rooms: "always fixing the girls toilets", "outside the boys toilets ... vaping", "good on her".
_DUTY = re.compile(r"\b(?:fix\w*|unblock\w*|repair\w*|mend\w*|clean\w*|mop\w*|taps?|plumb\w*|vap\w*|on\s+duty|supervis\w*|helps?\s+the\s+little"
                   r"|good\s+on\s+(?:him|her)|legend|pay\s+rise|medal|thank\s+god)\b", re.I)
# "there is ZERO truth in this", "stop spreading rumours that he ...": the rumour rebuked.
_REBUKED = re.compile(r"\b(?:zero|no)\s+truth\b|\b(?:stop|quit)\s+(?:spreading|sharing|repeating)\b|\b(?:vile|disgusting|nasty)\s+(?:rumou?rs?|lies|gossip)\b"
                      r"|\b(?:rumou?rs?|lies)\s+(?:about|that)\b[^.!?\n]{0,60}\b(?:are|is)\s+(?:vile|disgusting|false|untrue|rubbish)\b"
                      # "Shame on you", "this is slander", "is NOT always hanging round ...".
                      r"|\bshame\s+on\s+(?:you|them)\b|\b(?:should|needs?\s+to)\s+be\s+ashamed\b|\bslander\w*|\blibel\w*|\bhow\s+dare\b"
                      r"|\b(?:is|isn'?t)\s+not\s+always\b", re.I)

# Review P's ordinary month: "a bit too friendly with the Year 9s, they walk all over her" is lax discipline, said of
# the class, not of girls or boys; "ask the girls he used to coach, the best netball coach in Hexley" is praise.
_LAX = re.compile(r"\bwalk\w*\s+all\s+over\b|\brun\s+riot\b|\btold\s+off\b|\bno\s+(?:control|discipline)\b|\bpush\s*over\b"
                  r"|\bget\s+away\s+with\b|\bbehaviou?r\b|\bdiscipline\b|\bstrict\w*\b", re.I)
_PRAISED = re.compile(r"\b(?:the\s+best|brilliant|amazing|fantastic|legend|inspir\w+|won\s+the)\b", re.I)
_WINK = re.compile(r"😉|😏|👀|\bjust\s+say(?:ing|in)\b|\bwink\b|\bif\s+you\s+know\b", re.I)
_MY_KIDS_SAY = re.compile(r"\b(?:my|our)\s+(?:kids?|children|son|daughter|lad|girl|boy)s?\s+(?:say|says|said|reckons?|tells?|told)\b", re.I)


_ROOMS_RE = re.compile(_ROOMS, re.I)
_SEXED_RE = re.compile(_SEXED, re.I)
# Why they left, answered in the post: "turns out she moved to be near her mum", "she was headhunted".
_LEFT = re.compile(r"\b(?:left|leaving|moved)\b", re.I)
_ANSWERED = re.compile(r"\b(?:turns\s+out|headhunted|promot\w+|to\s+be\s+(?:near|nearer|closer)|to\s+care\s+for|retir\w+|relocat\w+"
                       r"|maternity|more\s+money)\b", re.I)


def _explained(f: Finding, text: str) -> bool:
    """Whether the post itself explains the hint away: a duty beside the rooms (not one in scare quotes,
    "always 'fixing the boiler' outside the girls changing rooms", which is the hint itself), the
    leaving answered, a class's lax discipline, or praise with no wink."""
    e = f.evidence
    return bool(_ROOMS_RE.search(e) and _DUTY.search(without_quotes(text))
                or _LEFT.search(e) and _ANSWERED.search(text)
                or _LAX.search(text) and not _SEXED_RE.search(e)
                or _PRAISED.search(text) and not _WINK.search(text) and re.match(r"ask\b", e, re.I))


def danger_to_children(text: str) -> tuple[Finding, ...]:
    """A hint that the member of staff a post is about is a danger to children."""
    if _REBUKED.search(text) or reported_speech(text):
        return ()
    found = tuple(f for f in find_all("staff_danger_hinted", _HINT, text) if not _explained(f, text))
    # (The author's children as witnesses to a mess, "my kids say it's chaos there", are no children beside the hint.)
    return found + (find_all("staff_danger_hinted", _SMOKE, text) if _CHILDREN.search(_MY_KIDS_SAY.sub(" ", text)) else ())
