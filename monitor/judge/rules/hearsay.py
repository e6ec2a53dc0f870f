"""Hearsay of harm still to come: "word is someone's bringing a blade THIS FRIDAY", "year 9 boys are saying someone's
bringing a knife to the back gate after school today". A warning passed on is to be acted on as the threat itself,
unless it is dealt with, settled by the police or a court, or a hoax. Read by reporting.py. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, without_quotes
from monitor.judge.rules.threats import when_where
from monitor.judge.rules.timing import sets_a_time

# ...unless it has been dealt with, and is not said to be still open (a review's parents asking
# what to do about a threat the school and police settled long ago).
_DEALT = re.compile(r"\b(?:excluded|suspended|expelled|dealt\s+with|sorted|closed|banned|painted\s+over|referral\s+order|spoken\s+to\s+by\s+(?:the\s+)?police"
                    r"|police\s+(?:came|spoke|have\s+spoken|have\s+been\s+round|are\s+aware|already)|(?:weeks?|months?|years?)\s+ago"
                    r"|last\s+(?:week|month|year|term|summer)|back\s+in\s+\w+|from\s+20\d\d)\b", re.I)
# (A basketball or netball court is no court of law: "jump a year 7 by the basketball court tomorrow".)
_SETTLED = re.compile(r"\b(?:arrested|charged|cautioned|convicted|sentenced|jailed|(?<!basketball\s)(?<!netball\s)(?<!tennis\s)(?<!football\s)court|police\s+(?:are|were|have\s+been)\s+"
                      r"(?:investigating|involved))\b", re.I)
_UNDEALT = re.compile(r"\b(?:still\s+(?:up|there|online|posting)|nothing(?:'s|\s+has)?\s+(?:been\s+)?done|not\s+been\s+dealt\s+with"
                      r"|(?:haven'?t|havent|hasn'?t|not)\s+(?:done\s+anything|dealt\s+with\s+it)"
                      r"|(?:nobody|no\s*one|no1)(?:\s+has|'s)?\s+(?:done|did)\s+(?:anything|owt|nowt|a\s+thing)|(?:hasn'?t|hasnt|haven'?t|havent|not)\s+(?:said|done|told\s+us)\s+(?:a\s+word|anything|owt|nowt))\b", re.I)
# When it was posted ("posted last week that ..."), not that it was dealt with.
_AGO = re.compile(r"\b(?:(?:weeks?|months?|years?)\s+ago|last\s+(?:week|month|year|term|summer)|back\s+in\s+\w+|from\s+20\d\d)\b", re.I)


# Round 36's: a warning of harm still to come, passed on as hearsay ("word is someone's bringing a blade
# THIS FRIDAY", "someone ... is saying theyre gonna swat hollowbrook on thursday ... they sounded serious").
_WARNS = re.compile(
    # Not the warning parents were not given ("a talk about drugs and knives with zero warning to parents", round63).
    r"\b(?:(?<!\bno\s)(?<!\bzero\s)(?<!\bwithout\s)(?<!\bany\s)(?<!\blittle\s)(?<!\bprior\s)warning|heads\s+up|be\s+careful|keep\s+(?:your|ur|the)\s+(?:kids?|children|little\s+ones)\s+(?:home|off|in)"
    r"|(?:is|are|'s)\s+(?:being\s+)?planned|planning\s+(?:a|to)|word\s+is|hearing\s+(?:from|that|there)"
    r"|(?:they|he|she)\s+sounded\s+serious|(?:don'?t|dont)\s+(?:send|let)\s+(?:your|ur)\s+(?:kids?|children)"
    # Round 43's: "year 9 boys are saying someone's bringing a knife to the back gate after school today".
    r"|(?:are|is|'re|been)\s+saying\s+(?:that\s+)?(?:some(?:one|body|1)|they|he|she|a\s+(?:lad|boy|girl|kid))(?:'s|'re|\s+is|\s+are|\s+will|'ll)?\s+(?:bringing|gonna|going\s+to|planning)"
    # threads36's "a boy in 6W was showing kids a knife ... and said he's bringing it in again tomorrow 'for Owen'".
    r"|said\s+(?:that\s+)?(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were|\s+will|'ll|'d|\s+would)\s+(?:bringing|gonna|going\s+to|planning\s+to|bring))\b", re.I)
_HOAX = re.compile(r"\b(?:hoax|fake|same\s+(?:one|post|message|thing)\s+(?:from|as)\s+last|old\s+(?:post|screenshot)|not\s+real|prank\s+call)\b", re.I)


def warns_ahead(text: str) -> tuple[Finding, ...]:
    own = without_quotes(text)
    # "be careful what you post, someone said they'd stab Mr W on Friday ... and he got excluded": a warning
    # about a threat already dealt with (as live_warning reads _DEALT below), not one still to come.
    # "theyve sorted a gun for monday" is the weapon got ready, not the threat sorted.
    dealt = _DEALT.search(re.sub(r"\bsorted\s+(?:out\s+)?(?:a|an|some|the|him|her|them)\b", "", text, flags=re.I))
    if not _WARNS.search(own) or _HOAX.search(text) or (dealt and not _UNDEALT.search(text)):
        return ()
    ahead = [f for f in when_where(text) if sets_a_time(f)]
    return (Finding("live_warning", f"{_WARNS.search(own).group(0)} ... {ahead[0].evidence}"),) if ahead else ()


# A warning's violent word that is sport, a show or a chore: "planning to kill it at the county final", "the
# photographer will shoot the class photos", "burn the SATs papers" (review O).
_PLAY = re.compile(r"\bshoot\w*\s+on\s+sight\b|\bshoot\w*\s+(?:the\s+)?(?:\w+\s+){0,2}(?:photos?|pictures?|pics|video|film)\b"
                   r"|\b(?:kill|attack|get|jump|batter)\w*\s+(?:\w+\s+){0,3}with\s+(?:silly\s+string|kindness|water|glitter|foam|snowballs?|nerf)"
                   r"|\bphoto\s*shoots?\b|\bburn\w*\s+(?:the\s+)?(?:\w+\s+){0,4}(?:papers?|books?|homework|worksheets?|calories)\b"
                   # Review P's month: "bring a torch for the lantern parade", "the petrol station is shutting", a "knife
                   # crime awareness assembly", "a film crew shooting an advert", "the ice will hurt kids if they slip".
                   r"|\btorch\s+(?:for|to\s+(?:see|light)|with)\b|\bpetrol\s+(?:station|garage|pumps?|prices?)\b|\bknife[\s-]+crime\b"
                   r"|\b(?:film|tv|camera)\s+crews?\s+(?:is\s+|are\s+)?shoot\w*|\bshoot\w*\s+(?:an?\s+)?(?:\w+\s+){0,2}(?:advert|ad|scene|episode)\b"
                   r"|\b(?:hurt|kill)\w*\s+(?:\w+\s+){0,3}if\s+(?:they|he|she|you|u|someone|anyone)\s+(?:slip|slips|fall|falls|trip|trips)\b", re.I)
# A drill, a show or a safety event warns of no violence.
_NOT_VIOLENCE = re.compile(r"\b(?:lockdown\s+drill|fire\s+(?:drill|brigade|safety|service|engine)|workshop|self-?defen[cs]e|amnesty|macbeth"
                           r"|photographer)\b", re.I)
# Only arms, fire-raising or violence aimed at people make hearsay a threat: review O's warnings of a water
# fight, Storm Bert "to batter Hexley", "kill it at the county final" and charity boxing had a violent word and a day.
_ARMED = re.compile(r"\b(?:gun|knife|knives|blade|machete|acid|bomb\w*|petrol|set\s+fire|torch(?:ed|ing)?|arson|stab\w*|shoot(?:ing|er)?|swat\w*)\b"
                    # ... or violence aimed at people: "planning to jump anyone in a Hollowbrook blazer", "attack Mrs Okafor".
                    r"|\b(?:jump|attack|batter|beat\s+up|hurt|kill|smash|do\s+in)\s+(?:anyone|any\s*one|some(?:one|body)|a\s+(?:year|yr|kid|pupil|lad|girl|boy|teacher)"
                    r"|year\s?\d|yr\s?\d|y\d|kids?|pupils?|children|students|him|her|them|mr|mrs|ms|miss|sir|the\s+(?:head|teacher|caretaker|deputy|senco))\b", re.I)


def warned_harm(text: str) -> tuple[Finding, ...]:
    """A warning of armed violence or fire-raising still to come, passed on as hearsay ("hearing that someone is
    planning to set fire to Hollowbrook tonight"): the school must act as on the threat itself."""
    if _NOT_VIOLENCE.search(text) or _SETTLED.search(text) or not _ARMED.search(_PLAY.sub(" ", text)):
        return ()
    return warns_ahead(text)


# Round 59's: a post told of in the author's own words, that the police or the school have seen to ("some lad posted hes
# bringin a knife in on friday and police were at the gates this mornin", "cos some kid posted summat about bringin a
# knife in. school says its sorted"). The words after "posted" are the poster's, not the author's.
_TOLD_OF = re.compile(r"\b(?:some(?:one|body|1)|some\s+(?:lad|kid|boy|girl|guy|bloke|idiot|troll|year\s?\d{1,2}|yr\s?\d{1,2})"
                      r"|a\s+(?:lad|kid|boy|girl|pupil|year\s?\d{1,2}|yr\s?\d{1,2}))\s+(?:\w+\s+){0,3}?"
                      r"(?:posted|put\s+(?:up|on\s+\w+)|wrote|messaged|snapchatted|was\s+saying)\s+((?:summat|something|sum|stuff)?\s*(?:about|that)?\s*[^.!?\n]+)", re.I)
_SEEN_TO = re.compile(r"\bpolice\s+(?:were|was|went|came|turned\s+up|have\s+been)\s+(?:at|to|round|up|outside|in)\b"
                      r"|\bschool\s+(?:says|said|say)\s+(?:it'?s|its|it\s+is|it\s+was|they'?ve|everything'?s)\s+(?:all\s+)?(?:sorted|dealt|handled|fine|safe|been\s+dealt)", re.I)


# ...not seen to after all: "police were at the gates but they havent found him", "hes now saying tonight instead".
_REOPENED = re.compile(r"\b(?:but|still|again|yet|instead|now\s+(?:saying|says)|(?:haven'?t|havent|hasn'?t|hasnt|not)\s+(?:found|caught|got|arrested)"
                       r"|let\s+(?:him|her|them)\s+go|no\s*(?:one|body)\s+(?:answered|knows)|nobody\s+knows|something\s+else"
                       r"|(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will)\s+(?:\w+\s+)?(?:bringing|coming|gonna|going\s+to|be\s+(?:at|waiting)))\b", re.I)


def told_over(text: str) -> tuple[tuple[Finding, ...], str]:
    """A post told of that is seen to: its frame, and the text with the post's own words blanked."""
    seen = _SEEN_TO.search(text) or _DEALT.search(text)
    if not seen or _UNDEALT.search(text) or warns_ahead(text):
        return (), text
    first = min((m.end() for m in (_SEEN_TO.search(text), _DEALT.search(text)) if m), default=seen.end())
    # Only a post that carried harm, and only where nothing after "seen to" opens it again.
    found = [m for m in _TOLD_OF.finditer(text) if _ARMED.search(m.group(1))]
    # Only a date beside it, and the post it tells of sets a time still ahead: not seen to.
    if not _SEEN_TO.search(text) and not _DEALT.search(_AGO.sub(" ", text)) \
            and any(sets_a_time(f) for m in found for f in when_where(m.group(1))):
        return (), text
    if not found or _REOPENED.search(text[first:]) or any(sets_a_time(f) for f in when_where(text[max(first, found[-1].end()):])):
        return (), text
    for m in reversed(found):
        text = text[:m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1):]
    return tuple(Finding("reported_or_condemned", " ".join(m.group(0)[:m.start(1) - m.start()].split())) for m in found), text


# What whoever wrote it said, told without quotes: "To the grown adult who commented that someone should teach that
# Nwosu a lesson under the EHCP post - ..." (probe71's). Up to the clause's end.
_WHO_SAID = re.compile(r"\bwho(?:ever)?\s+(?:commented|posted|said|wrote|put|typed|tweeted)\s+(?:that\s+|on\s+\w+\s+that\s+)([^.!?\n,;–—]+)", re.I)


def authors_words(text: str) -> str:
    """The post without what it quotes or tells of someone else saying."""
    text = told_over(text)[1]
    for m in reversed(list(_WHO_SAID.finditer(text))):
        text = text[:m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1):]
    return without_quotes(text)
