"""Menacing words said kindly, and what says so in the same post (probe94's writer put them side by side): the site
manager's "Watch your backs on Station Lane this morning, the path by the back gate is a sheet of ice", a parent's "Watch
your back Marsh, I'm nominating you for every award going 😂🏆", "Watch your back in February tho Gaz, they want revenge
😂😂" after a match, pupils' "we'll be waiting for her at the gates with the trophy", "ur gonna GET IT on friday 😭😭 9H
have all signed the card", "ur getting JUMPED at the disco 😂😂 by me. with a massive hug", "see you at the gates with the
raffle tickets x", "ur dead tmrw when sir sees u didnt do the essay". A care phrase is taken back by a hazard, a prize or
a game beside it; a weak one ("see you at the gates", "I'll be waiting") by a present, a hug or a friend; neither where a
grudge, an insult, a weapon or a home known is in the post too (round65's "friendly reminder ... Take care x" keeps its
page). Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding

# The care phrases: "watch your back", "be careful walking home", "mind how you go", "look over your shoulder".
_CARE = re.compile(r"\bwatch\s+(?:your|ur|yer|her|his|their)\s+backs?\b|\b(?:be\s+)?careful\s+walking\b|\bmind\s+how\s+(?:you|u)\s+go\b"
                   r"|\blook(?:ing)?\s+over\s+(?:your|ur)\s+shoulders?\b|\bwatch\s+out\b", re.I)
# What takes a care phrase back: the road's or the weather's hazard, a prize, a game.
_HAZARD = re.compile(r"\b(?:ice|icy|sheet\s+of\s+ice|gritt?\w*|frost\w*|snow\w*|slippy|slippery|black\s+ice|fog\w*|flood\w*|puddles?|street\s*lights?(?:'s|\s+is|\s+are)?\s+out"
                     r"|lights?\s+(?:are|is|'s)\s+out|council|drive\s+slow\w*|traffic|roadworks|potholes?|speeding|wet\s+leaves)\b", re.I)
_PRIZE = re.compile(r"\b(?:nominat\w*|awards?|trophy|trophies|medals?|prize|proud|smashed\s+it|legend\w*|congrat\w*|well\s+done|champions?|star\s+of\s+the\s+week"
                    r"|teacher\s+of\s+the\s+year|rematch|revenge\b(?=[^\n]{0,20}[😂🤣])|darts|loser\s+buys|the\s+round|pub\s+quiz|quiz\s+night|bake\s*off)\b|🏆|🥇|🎯|🏅", re.I)
# What takes a weak phrase back: a present, a hug, a flask, a card signed, a friend.
# Not a bare "surprise" (review A's "see u at the gates miss rowe, got a surprise for u 🔥🔥"): a surprise party only.
_GIFT = re.compile(r"\b(?:trophy|card|cards|hugs?|flask|brew|coffee|hot\s+chocolate|raffle|tickets?|cake|cakes|flowers|balloons?|banner|present|surprise\s+party|act\s+surprised"
                   r"|bestie|bff|ily|ilysm|love\s+(?:you|u|ya)|legend|mince\s+pies?|selection\s+box|costume|secret\s+santa)\b|🎄|🎂|🎁|🏆|☕", re.I)
# ...none of which stands where a grudge, an insult, a weapon or a home known is in the post too.
# Review A: "forgot your PE kit" is no grudge (only "won't forget", "haven't forgotten"), and "banner" no ban.
_SOUR = re.compile(r"\b(?:(?:not|never|won'?t|wont|don'?t|dont|haven'?t|havent|n't)\s+(?:be\s+)?forg[eo]t\w*|grass\w*|snitch\w*|what\s+(?:you|u|she|he)\s+(?:did|done|said)|deserves?|regret|pay\s+for|last\s+warning|reported\s+(?:us|me|my)"
                   r"|cow|bitch|twat|slag|prick|cunt|scum|knife|knives|stab\w*|blade|hurt|batter\w*|kill\w*|bleed|hospital|crew|my\s+brothers|(?:me\s+(?:and|n|&)\s+)?the\s+(?:lads|boys)\s+(?:will|'ll|are|r|gonna|and\s+me)"
                   r"|know\s+where\s+(?:you|u|she|he|they)\s+(?:live|park)|not\s+joking|mean\s+it|serious|sorry|warned|ban(?:s|ned|ning)?|exclud\w*|upset|angry|fuming"
                   # Review A's look-alikes, each lost before: the kindness said as menace. "Watch your back Marsh, nominating you for a
                   # trip to A&E", "flowers for Marsh. For her grave", "the card for your funeral", "champions league of payback",
                   # "congrats on ruining my sons life", "well done on getting my kid kicked out. You'll see", "Proud of yourself? You won't
                   # be for long", "Congratulations on the promotion, enjoy it while it lasts", "a surprise. She knows why", "awards when
                   # I'm done with you", "icy and nobody would see a thing if you slipped 😉", "lights off ... would be a shame if",
                   # "icy and so is my temper. one push", "foggy and dark and I'll be about", "I know which way you go", "a little prize
                   # for you when you leave tonight", "a cake with a surprise in it", "a card ... and a baseball bat", "trophy for worst
                   # head", "you're dead after as well, I'll end you", "Accidents happen to heads who exclude kids".
                   r"|a\s*&\s*e|ambulance|graves?|funeral|coffin|payback|ruin\w*|kicked\s+out|you'?ll\s+see|won'?t\s+be\s+for\s+long|while\s+it\s+lasts"
                   r"|proud\s+of\s+(?:yourself|urself)|(?:s?he|they)\s+knows?\s+why|when\s+i'?m\s+(?:done|finished)\s+with|nobody\s+(?:would|will|'d|wud)\s+(?:see|hear|know)"
                   r"|shame\s+if|accidents?\s+(?:happen|can\s+happen)|(?:my\s+)?temper|one\s+push|i'?ll\s+be\s+(?:about|around)|which\s+way\s+(?:you|u|she|he)"
                   r"|(?:little|lil|nice|special)\s+(?:prize|present|surprise|gift)|surprise\s+(?:in|for)\s+(?:it|you|u|her|him)|when\s+(?:you|u|she|he)\s+(?:leave|finish|get\s+out)"
                   r"|(?:baseball\s+)?bats?|bricks?|fists?|worst\s+(?:head|teacher|deputy|senco|school)|useless|disgrace|pathetic|end\s+(?:you|u|him|her|them)|dead\s+after)\b"
                   r"|🔪|🔫|😈|👀|🙂|💣|🔥|😉|😏|🖕", re.I)
_WEAK = re.compile(r"\bsee\s+(?:you|u|ya)\s+at\b|\b(?:be|been)\s+waiting\b|\bget\s+it\b|\bget(?:ting)?\s+jumped\b", re.I)
# "ur dead tmrw when sir sees u didnt do the essay": the trouble a pupil is in with a teacher or a parent.
_IN_TROUBLE = re.compile(r"\b(?:your|you'?re|ur|u\s+r)\s+(?:so\s+)?dead\b(?=[^.!?\n]{0,20}?\bwhen\s+(?:sir|miss|(?:mr|mrs|ms)\s+\w+|(?:your|ur)\s+(?:mum|mam|dad|nan|teacher|form\s+tutor)"
                         # ...and "Mrs the teacher", as triage's targets.as_teacher writes "Mrs Marsh" (review A's "you're dead when Mrs
                         # Marsh reads this essay 😂😂" paged).
                         r"|(?:mr|mrs|ms|miss)\s+the\s+teacher"
                         r"|the\s+(?:teacher|head))\s+(?:sees|finds\s+out|hears|reads|checks|marks|gets)\b)", re.I)

# Review A's "getting jumped by 20 year 9s with hugs at the leavers disco, best day ever Mr Whitaker ❤️" paged as an
# explicit threat: jumped with hugs, nothing sour beside it, is a welcome. Not a card ("ur getting jumped after school.
# Got u a card too lol" stays a threat), not a "hug from my fist" (sour).
_JUMPED = re.compile(r"(?:get|gets|getting|gettin)\s+jumped", re.I)
_HUGGED = re.compile(r"\b(?:with|by|in)\s+(?:\w+\s+){0,3}hugs?\b|\bgroup\s+hugs?\b", re.I)


def unkind(text: str, found: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """`found` without the threat findings that a kindness beside them takes back."""
    if _SOUR.search(text):
        return found
    def near(f: Finding) -> str:
        return _beside(text, _start(text, f.evidence))
    return tuple(f for f in found if not (
        f.rule.startswith("veiled_threat") and _CARE.search(f.evidence) and _cared(near(f))
        or f.rule == "veiled_threat_if_hostile" and (_WEAK.search(f.evidence) and _GIFT.search(near(f)) or _CARE.search(f.evidence) and _cared(near(f)))
        or f.rule == "explicit_threat" and (_IN_TROUBLE.match(text, _start(text, f.evidence))
                                            or _JUMPED.fullmatch(f.evidence) and _HUGGED.search(near(f)))))


def _cared(words: str) -> bool:
    return bool(_HAZARD.search(words) or _PRIZE.search(words))


def _start(text: str, evidence: str) -> int:
    """Where the finding's words stand in the post; past its end where they are not found (so nothing matches there)."""
    i = text.lower().find(evidence.lower())
    return i if i >= 0 else len(text)


# The kindness must stand beside the phrase: in its sentence, or a short one after it ("ur getting JUMPED at the disco 😂😂
# by me. with a massive hug"). Not anywhere in a long post: the read sets' "if Marsh gives my girl one more detention ...
# I'll be waiting by that little red Fiat of hers after school ... Anyway, the mince pies were gorgeous" lost its page.
_END = re.compile(r"[.!?\n]+")


def _beside(text: str, at: int) -> str:
    """The sentence holding position `at`, and the next one where it is short (eight words or fewer)."""
    start = max((m.end() for m in _END.finditer(text, 0, at)), default=0)
    stop = m.end() if (m := _END.search(text, at)) else len(text)
    following = _END.search(text, stop)
    after = text[stop:following.start() if following else len(text)]
    return text[start:stop] + (after if len(after.split()) <= 8 else "")


def kind(text: str, found: tuple[Finding, ...]) -> bool:
    """Whether the post says a care phrase or a weak one kindly (a hazard, a prize, a present, a friend beside it) with
    nothing sour in it: the model, which reads the phrase alone, is not believed over it. `found`: the threat rules'
    findings on the same words (triage has them already); any left standing means it is no kindness."""
    if _SOUR.search(text) or found:
        return False
    return bool(any(_cared(_beside(text, m.start())) for m in _CARE.finditer(text))
                or any(_GIFT.search(_beside(text, m.start())) for m in _WEAK.finditer(text)) or _IN_TROUBLE.search(text))
