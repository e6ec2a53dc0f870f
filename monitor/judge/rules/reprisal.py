"""Harm promised to a witness, a place chosen where no camera sees, a house or a van to be visited at night
(threads39's pupils' Discord chats): "snitches get the same treatment 🤫", "get him in the changing rooms no
cameras in there", "bring eggs n a brick for the van window", "me n the boys are paying his gnomes a visit".
Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

# Said whatever the tone: a laugh beside a brick through a window takes nothing back.
STRONG = re.compile(
    # A place picked because no camera sees it: not the changing rooms' policy ("no cameras in there, good").
    r"\b(?:get|catch|grab|corner|jump|do)\s+(?:him|her|them|'?em|the\s+\w+)\s+(?:in|at|behind|round|by|near|under)\s+(?:the\s+)?(?:\w+\s+){0,3}?"
    r"(?:where\s+)?(?:there(?:'s|\s+is|\s+are|\s+r)\s+|cos\s+|coz\s+|bc\s+|as\s+)?no\s+(?:cameras?|cctv)\b"
    # Not a ball through a window, nor a window a brick came through last night.
    # probe79's "if marsh puts me in isolation one more time im bringing something in thursday and she'll find out": a day and a reckoning.
    r"|\b(?:i'?m|im|i\s+am|i'?ll\s+be|ill\s+be)\s+bringing\s+(?:something|summat|sumthin|smth)\s+in\b(?:\s+\w+){0,3}?\s+(?:and|n|then)\s+"
    r"(?:(?:she|he|they|you|u)(?:'ll|\s+will|ll)\s+(?:find\s+out|see|regret\s+it|be\s+sorry|learn)|(?:she|he|they|you|u)\s+(?:won'?t|wont)\s+be\s+laughing)\b"
    # Round 61's tribunal post: "if they restrain him again I'll bring something into that school and make them feel what it's like".
    r"|\b(?:i'?ll|ill|i\s+will|i'?m\s+gonna|im\s+gonna|gonna|i'?m\s+going\s+to)\s+bring\s+(?:something|summat|sumthin|smth)\s+(?:in(?:to)?|to)\b[^.!?\n]{0,30}?"
    r"\band\s+(?:make\s+(?:them|him|her|you|u|em)\s+(?:feel\s+(?:what\s+(?:it'?s|its|it\s+is)\s+like|it|(?:the\s+)?pain|scared|sorry)|pay|sorry|regret\s+it)|see\s+how\s+(?:they|he|she|you|u)\s+like\s+it)\b"
    r"|\b(?:a\s+|some\s+)?bricks?\s+(?:through|for|at|in|into)\s+(?:the|his|her|their|ur|your|that)\s+(?:\w+\s+)?windows?\b(?!\s+(?:last|yesterday|on\s+\w+day))",
    re.I)
# Only in a hostile post: "snitches get stitches" is said in play too.
WEAK = re.compile(
    r"\b(?:snitch(?:es)?|grass(?:es)?|rats?)\s+(?:get|gets|will\s+get|gonna\s+get)\s+(?:stitches|the\s+same(?:\s+treatment)?|what'?s\s+coming"
    r"|dealt\s+with|sorted|battered|jumped|hurt|done\s+in)\b"
    r"|\b(?:paying|pay|gonna\s+pay|going\s+to\s+pay)\s+(?:his|her|their|ur|your|the\s+\w+'?s)\s+(?:\w+\s+)?(?:house|home|car|van|gnomes?|garden|windows?|motor|drive|door)"
    r"\s+a\s+(?:little\s+|late\s+night\s+|night\s*-?\s*time\s+|quick\s+)?visit\b"
    # probe79's "bringing my brothers. see who's laughing then"; probe80's "see you friday then 😘 we'll bring more than flowers".
    r"|\bsee\s+who'?s\s+laughing\s+(?:then|now)\b|\b(?:he|she|they|you|u)\s+(?:won'?t|wont)\s+be\s+laughing\s+(?:then|now|for\s+long|much\s+longer)\b"
    r"|\b(?:we'?ll|we\s+will|i'?ll|ill|we'?re|gonna)\s+(?:be\s+)?bring(?:ing)?\s+more\s+than\s+(?:flowers|placards|banners|signs|words|a\s+petition|leaflets)\b"
    # Round 61's "mr w 🤫🏠": a home hushed about, "I know where you live" in two emoji.
    r"|(?:🤫|🤐)\s*(?:🏠|🏡)|(?:🏠|🏡)\s*(?:🤫|🤐)",
    re.I)


_QUOTE = "'\"‘“"


def _unquoted(rule: str, pattern: re.Pattern[str], text: str) -> tuple[Finding, ...]:
    # "u lot are gonna get arrested. 'paying his gnomes a visit' on a public server": the words quoted to rebuke them.
    return tuple(f for f in find_all(rule, pattern, text)
                 if (i := text.find(f.evidence)) < 0 or i == 0 or text[i - 1] not in _QUOTE)


# ...not a surprise kept: "surprise party for mrs okafor saturday 🤫🏡 dont tell her!!".
_KEPT_SECRET = re.compile(r"\b(?:surprise|party|birthday|present|gift|card|collection|whip\s*-?\s*round|secret\s+santa|leaving\s+do|baby|wedding|flowers)\b", re.I)


def reprisals(text: str) -> tuple[Finding, ...]:
    """Threats of the kinds above: `veiled_threat` said in any tone, `veiled_threat_if_hostile` in a hostile post."""
    weak = _unquoted("veiled_threat_if_hostile", WEAK, text)
    if _KEPT_SECRET.search(text):
        weak = tuple(f for f in weak if f.evidence[0].isalnum())
    return _unquoted("veiled_threat", STRONG, text) + weak
