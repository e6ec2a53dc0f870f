"""Harm promised to a witness, a place chosen where no camera sees, a house or a van to be visited at night
(threads39's pupils' Discord chats): "snitches get the same treatment 🤫", "get him in the changing rooms no
cameras in there", "bring eggs n a brick for the van window", "me n the boys are paying his gnomes a visit".
Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import LAUGH, Finding, find_all, sentence_at

# Said whatever the tone: a laugh beside a brick through a window takes nothing back.
STRONG = re.compile(
    # A place picked because no camera sees it: not the changing rooms' policy ("no cameras in there, good").
    r"\b(?:get|catch|grab|corner|jump|do)\s+(?:him|her|them|'?em|the\s+\w+)\s+(?:in|at|behind|round|by|near|under)\s+(?:the\s+)?(?:\w+\s+){0,3}?"
    r"(?:where\s+)?(?:there(?:'s|\s+is|\s+are|\s+r)\s+|cos\s+|coz\s+|bc\s+|as\s+)?no\s+(?:cameras?|cctv)\b"
    # ...not a nativity's rule ("Get them in the hall by 9 no cameras please"): review A's look-alike.
    r"(?!\s*(?:please|pls|plz|allowed|permitted|thank|during|at\s+the\s+(?:show|performance|nativity|concert)|or\s+phones))"
    # ...and the cameras said not to see there: "do him where the cameras cant see", "jump him behind the sports hall,
    # cameras dont reach there" (review A's look-alikes, missed).
    r"|\b(?:get|catch|grab|corner|jump|do)\s+(?:him|her|'?em|the\s+(?:teacher|kid|lad|boy|girl|grass|snitch|rat))\s+(?:[\w,]+\s+){0,5}?(?:where\s+)?(?:the\s+)?(?:cameras?|cctv)\s+"
    r"(?:can'?t|cant|cannot|don'?t|dont|won'?t|wont|doesn'?t|doesnt)\s+(?:see|reach|catch|cover|pick)\b(?!\s+(?:the|a|an)\s+(?:stage|screen|board|front|pitch|field|show))"
    # probe79's "if marsh puts me in isolation one more time im bringing something in thursday and she'll find out": a day and a reckoning.
    r"|\b(?:i'?m|im|i\s+am|i'?ll\s+be|ill\s+be)\s+bringing\s+(?:something|summat|sumthin|smth)\s+in\b(?:\s+\w+){0,3}?\s+(?:and|n|then)\s+"
    r"(?:(?:she|he|they|you|u)(?:'ll|\s+will|ll)\s+(?:find\s+out|see|regret\s+it|be\s+sorry|learn)|(?:she|he|they|you|u)\s+(?:won'?t|wont)\s+be\s+laughing)\b"
    # Round 61's tribunal post: "if they restrain him again I'll bring something into that school and make them feel what it's like".
    r"|\b(?:i'?ll|ill|i\s+will|i'?m\s+gonna|im\s+gonna|gonna|i'?m\s+going\s+to)\s+bring\s+(?:something|summat|sumthin|smth)\s+(?:in(?:to)?|to)\b[^.!?\n]{0,30}?"
    r"\band\s+(?:make\s+(?:them|him|her|you|u|em)\s+(?:feel\s+(?:what\s+(?:it'?s|its|it\s+is)\s+like|it|(?:the\s+)?pain|scared|sorry)|pay|sorry|regret\s+it)|see\s+how\s+(?:they|he|she|you|u)\s+like\s+it)\b"
    # Not a ball through a window, nor a window a brick came through last night; nor "the brick through the window over
    # half term", a Lego brick, or "a brick in the staffroom window to keep it open" (review A: "in" dropped).
    r"|(?<!\bthe\s)(?<!\blego\s)\b(?:a\s+|some\s+)?bricks?\s+(?:through|for|at|into)\s+(?:the|his|her|their|ur|your|that|\w+(?:['’]s|s)(?=\s+(?:car|van|house|front|back|bedroom|kitchen|office)\s))\s+(?:\w+\s+)?windows?\b(?!\s+(?:last|yesterday|on\s+\w+day))",
    re.I)
# A brick told of as done, or one that props a window: "Someone threw a brick through the HBA window at the weekend",
# "getting a brick for the window ... it's stuck shut" (review A's look-alikes, each paged as a threat).
_BRICK_DONE = re.compile(r"\b(?:threw|thrown|chucked|lobbed|smashed|cost|glazier|last\s+(?:night|week)|yesterday|at\s+the\s+weekend|over\s+(?:the\s+)?(?:weekend|half\s*-?\s*term|holidays))\b", re.I)  # in its sentence
_BRICK_PROPS = re.compile(r"\b(?:prop(?:s|ped|ping)?|wedg\w*|latch|stuck\s+(?:shut|open)|slamming|keep\s+it\s+(?:open|shut)|stay\s+(?:open|shut)|draught|lego|jenga|doorstop)\b", re.I)
# Only in a hostile post: "snitches get stitches" is said in play too.
WEAK = re.compile(
    # ...not the lawn or the vermin: "The grass will get sorted next week", "When do rats get dealt with at this school??"
    # (review A's look-alikes): a rat or the grass only with harm in the words.
    r"\b(?:snitch(?:es)?|grasses)\s+(?:get|gets|will\s+get|gonna\s+get)\s+(?:stitches|the\s+same(?:\s+treatment)?|what'?s\s+coming"
    r"|dealt\s+with|sorted|battered|jumped|hurt|done\s+in)\b(?!\s+by\s+(?:detention|the\s+school|teachers|isolation))"
    r"|(?<!\bthe\s)\b(?:grass|rats?)\s+(?:get|gets|will\s+get|gonna\s+get)\s+(?:stitches|the\s+same(?:\s+treatment)?|what'?s\s+coming|battered|jumped|hurt|done\s+in)\b"
    r"|\b(?:paying|pay|gonna\s+pay|going\s+to\s+pay)\s+(?:his|her|their|ur|your|the\s+\w+'?s)\s+(?:\w+\s+)?(?:house|home|car|van|gnomes?|garden|windows?|motor|drive|door)"
    r"\s+a\s+(?:little\s+|late\s+night\s+|night\s*-?\s*time\s+|quick\s+)?visit\b"
    # probe79's "bringing my brothers. see who's laughing then"; probe80's "see you friday then 😘 we'll bring more than flowers".
    r"|\bsee\s+who'?s\s+laughing\s+(?:then|now)\b|\b(?:he|she|they|you|u)\s+(?:won'?t|wont)\s+be\s+laughing\s+(?:then|now|for\s+long|much\s+longer)\b"
    r"|\b(?:we'?ll|we\s+will|i'?ll|ill|we'?re|gonna)\s+(?:be\s+)?bring(?:ing)?\s+more\s+than\s+(?:flowers|placards|banners|signs|words|a\s+petition|leaflets)\b"
    # Round 61's "mr w 🤫🏠": a home hushed about, "I know where you live" in two emoji.
    r"|(?:🤫|🤐)\s*(?:🏠|🏡)|(?:🏠|🏡)\s*(?:🤫|🤐)",
    re.I)

_BANTER = re.compile(r"\b(?:jk|jkjk|only\s+joking|love\s+(?:u|you|ya)|bestie)\b|❤|😘|🥰", re.I)
_QUOTE = "'\"‘“"
# ...not a surprise kept: "surprise party for mrs okafor saturday 🤫🏡 dont tell her!!".
_KEPT_SECRET = re.compile(r"\b(?:surprise|party|birthday|present|gift|card|collection|whip\s*-?\s*round|secret\s+santa|leaving\s+do|baby|wedding|flowers)\b", re.I)


def _unquoted(found: tuple[Finding, ...], text: str) -> tuple[Finding, ...]:
    # "u lot are gonna get arrested. 'paying his gnomes a visit' on a public server": the words quoted to rebuke them.
    return tuple(f for f in found if (i := text.find(f.evidence)) < 0 or i == 0 or text[i - 1] not in _QUOTE)


def reprisals(text: str) -> tuple[Finding, ...]:
    """Threats of the kinds above: `veiled_threat` said in any tone, `veiled_threat_if_hostile` in a hostile post."""
    strong = tuple(Finding("veiled_threat", " ".join(m.group(0).split())) for m in STRONG.finditer(text)
                   if not ("brick" in m.group(0).lower() and (_BRICK_DONE.search(sentence_at(text, m.start(), m.end())) or _BRICK_PROPS.search(text))))
    # "snitches get stitches 😂 jk love u bestie": the playground's rhyme, laughed; the model reads it hostile all the same.
    laughed = bool(LAUGH.search(text) or _BANTER.search(text))
    weak = tuple(f for f in find_all("veiled_threat_if_hostile", WEAK, text) if not (laughed and "stitches" in f.evidence.lower()))
    if _KEPT_SECRET.search(text):
        weak = tuple(f for f in weak if f.evidence[0].isalnum())
    return _unquoted(strong, text) + _unquoted(weak, text)
