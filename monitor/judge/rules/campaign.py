"""Harassment as a campaign: one post that says it is one of many ("day 14 of", "every single day
until she's gone"), that rallies others against a person ("everyone leave him a 1-star review",
"tag her"), that shares mocking pictures, or that brings a person's family into it. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

_WHO = r"(?:him|her|them|you|u|the\s+teacher|(?-i:[A-Z][a-z]+)|(?:mr|mrs|ms|miss)\.?\s+\w+)"
# Until someone goes, answers or is sacked: not "until half term".
_UNTIL = r"(?:until|till|til|'til|untill)(?=\s+(?:she|he|they|you|u|someone|somebody|some1|i\s+get|i\s+hear|we\s+get|the\s+school|(?-i:[A-Z]\w+)))"
_GONE = r"(?:gone|out|sacked|fired|resigns?|quits?|leaves?|answers?|listens?|replies|responds?|apologises?|someone\s+listens|i\s+get\s+an\s+answer)"

# The author says the post is one of a series: a course of conduct in one post.
_PERSIST = re.compile(
    # ...not a long complaint or a life story told in parts: "Part 2 of my complaint:" (round 52).
    r"\b(?:day|episode|ep|week)\s*#?\d+\s+of\b(?!\s+\d)|\bpart\s*#?\d+\s+of\b(?!\s+\d)(?!\s+(?:my|the|our)\s+(?:complaint|story|letter)\b)"
    r"|\bpart\s+\d+\s+(?:of\s+(?:my|the|our)(?!\s+(?:complaint|story|letter)\b)|going\s+up|coming|is\s+up)\b"
    r"|\b(?:every|each)\.?\s+(?:single\.?\s+)?(?:day|night|morning|hour|week|evening)\.?\s+" + _UNTIL + r"\b"
    r"|\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna|we'?ll|we\s+will)\s+(?:keep\s+(?:\w+ing|going|on)|post\s+(?:this|it)\s+(?:every|again)|ask\s+every|be\s+here\s+every)"
    r"[^.!?\n]{0,60}?\b" + _UNTIL + r"\b"
    r"|\b(?:i'?ll|i\s+will|we'?ll)\s+(?:keep\s+going|keep\s+posting|keep\s+tagging|keep\s+commenting|post\s+(?:this|it)\s+every\s+\w+)"
    r"|\b(?:keep|kept)\s+(?:leaving|posting|tagging|sharing|emailing|messaging|commenting)\b[^.!?\n]{0,40}?\b" + _UNTIL + r"\b"
    r"|\b" + _UNTIL + r"\s+(?:she|he|they|you|u)\s*(?:'?s|'?re|is|are)?\s+(?:gone|out|sacked|fired)\b"
    r"|\b(?:emailing|ringing|messaging|posting|commenting|tagging)\s+[^.!?\n]{0,40}?\bevery\s+(?:single\s+)?(?:day|night|morning|hour)\b"
    # Counting its own posts, or promising more: "the 31st time I've asked", "I'll post here every
    # day", "I will comment on every single post", "Answer me. Day 6."
    r"|\b\d+(?:st|nd|rd|th)\s+time\s+i'?(?:ve|\s+have)\s+(?:asked|emailed|posted|messaged|written|rung|tagged|commented)\b"
    r"|\b(?:i'?ll|i\s+will|i'?m\s+gonna|i'?m\s+going\s+to)\s+(?:be\s+)?(?:post(?:ing)?|comment(?:ing)?|tag(?:ging)?|ask(?:ing)?|email(?:ing)?)\s+"
    r"(?:here\s+|this\s+|it\s+|again\s+|on\s+)?(?:every|each)\s+(?:single\s+)?(?:day|post|thing|update|time|morning|week)\b"
    r"|\b(?:i'?ll|i\s+will)\s+(?:be\s+)?asking\s+again\b|\bday\s*#?\d{1,3}[.!]*\s*$"
    # Round 65's "I'll keep at it till she stops": till someone stops or goes, not "till she's reading fluently" nor "till
    # the school fixes the roof" (a review's look-alikes).
    r"|\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna|we'?ll|we\s+will)\s+keep\s+at\s+it\s+(?:until|till|til|'til)\s+"
    r"(?:she|he|they|you|u|(?-i:[A-Z]\w+))\s+(?:stops|gives\s+up|backs\s+off|" + _GONE + r")\b"
    # Round 65's "saw you in Tesco again ... you'll be seeing me every week mate": being found, promised again and again.
    r"|\b(?:you'?ll|you\s+will|u'?ll|ull)\s+be\s+seeing\s+(?:me|a\s+lot\s+(?:more\s+)?of\s+me|us)\s+every\s+(?:single\s+)?(?:day|week|morning|night|time)\b"
    r"(?![^.!?\n]{0,30}\b(?:at\s+(?:\w+\s+)?(?:club|training|practice|rehearsals?|choir|class|reading|church|swimming)|can'?t\s+wait|love\s+it"
    # ...nor a new face saying hello: the lollipop lady "on Marlow Road", a TA "at pick up", a runner at parkrun (a review's).
    r"|pick\s*-?ups?|drop\s*-?offs?|parkrun|crossing|on\s+(?:the\s+)?(?:\w+\s+)?(?:road|rd|lane|street|st)|with\s+the)\b)"
    # Round 11: more accounts when one is blocked; pseudo-legal "notices" served again and again.
    r"|\bblocking\s+(?:my|this|me)\s+(?:\w+\s+)?(?:number|account|profile)?\s*won'?t\s+work\b|\bi\s+have\s+(?:\d+|two|three|four|five|six|ten)\s+more\s+(?:accounts|profiles)?"
    r"|\b(?:notice\s+of\s+(?:default|dishonou?r|conditional\s+acceptance)|failed\s+to\s+rebut|(?:now\s+)?in\s+dishonou?r)\b"
    # Round 22: a new account for each one blocked, every post or pic answered, every match attended,
    # "left another 20 comments ... week 3".
    r"|\b(?:i'?ve|i\s+have)\s+got\s+(?:\d+|two|three|four|five|six|ten|loads|plenty)\s+(?:of\s+)?more\s+accounts\b"
    r"|\bmade\s+(?:another|a\s+new|this)\s+account\b(?=[^\n]{0,80}\b(?:block\w*|for\s+(?:you|u)|just\s+for)\b)"
    r"|\b(?:you\s+)?(?:can'?t|cannot)\s+block\s+(?:all\s+of\s+us|us\s+all|every(?:one|body)|me\s+forever)\b(?![^.!?\n]{0,40}\b(?:council|consultation|petition|survey|mp|ofsted|trust|signed)\b)"
    r"|\bblock\s+me\s+all\s+(?:you|u)\s+(?:want|like)\b(?![^.!?\n]{0,40}\b(?:council|consultation|petition|survey|mp|ofsted|trust)\b)"
    r"|(?:^|(?<=[.!?🫡]\s)|(?<=\bi'm\s)|(?<=\bim\s)|(?<=\bam\s)|(?<=\bkeep\s)|(?<=\bkept\s)|(?<=\bbe\s)|(?<=\bbeen\s)|(?<=\bwe're\s)|(?<=\bstart\s)|(?<=\bstarted\s))"
    r"(?:replying|commenting|reposting|posting|tagging)\s+(?:to\s+|on\s+|under\s+)?(?:every|each)\s+(?:single\s+)?(?:one\s+of\s+)?(?:[\w']+\s+){0,2}?(?:post|pic|photo|picture|comment|hour)s?\b"
    r"(?![^.!?\n]{0,80}\b(?:until|till)\s+(?:some(?:one|body|1)|they|the\s+(?:school|trust|council|page))\s+(?:tells?|answers?|explains?|fix(?:es)?|sorts?|replies|responds?|listens?)\b)"
    r"|\b(?:i'?ll|ill|i\s+will)\s+be\s+(?:at|on|under)\s+every\s+(?:single\s+)?(?:match|game|post|pic|event|meeting|parents'?\s+evening)\s+"
    r"to\s+(?:remind|make\s+sure|let|show|tell)\s+(?:you|u|him|her|them|every)"
    r"|\bsee\s+(?:you|u)\s+on\s+every\s+(?:single\s+)?(?:post|pic|photo)\b(?![^\n]{0,40}(?:proud\w*|😍|🥹|❤️|💙|\blove\b|legend))"
    r"|\bleft\s+another\s+\d+\s+(?:comments|messages|reviews)\b(?![^.!?\n]{0,40}\b(?:council|consultation|petition|survey|planning)\b)"
    r"|\b(?:day|week)\s*#?\d{1,3}\s*(?:🫡|$)",
    re.I)

# Others rallied against a person: reviews, tags, pile-ons, their private accounts.
_RALLY = re.compile(
    r"\b(?:everyone|every1|evry1|everybody|all\s+of\s+(?:you|us)|let'?s\s+all|y'?all|you\s+all|lads|girls|guys)\s+(?:go\s+(?:and\s+|n\s+)?)?"
    r"(?:leave|spam|email|e-mail|message|dm|tag|report|flood|ring|call|tell|comment|troll|go\s+after)\b"
    r"|\b(?:leave|give)\s+(?:him|her|them|the\s+teacher|(?-i:[A-Z][a-z]+))\s+(?:a\s+)?(?:1|one)[\s-]?star"
    r"|\b(?:1|one)[\s-]?star\b[^.!?\n]{0,40}\b(?:everyone|let'?s|go\s+and|all\s+of\s+you)\b"
    r"|\b(?:spam|flood|bombard)\s+(?:his|her|their|(?-i:[A-Z][a-z]+)'?s?)\s+(?:dms?|inbox|email|phone|page|posts?|comments)"
    r"|\bratio\s+" + _WHO + r"\b|\b(?:go\s+(?:and\s+)?)?comment\s+on\s+(?:his|her|their)\s+(?:page|insta|profile|account|posts?)\b"
    r"|\b(?:tag|@)\s*(?:her|him|them|the\s+school)\b(?=[^.!?\n]{0,40}(?:tag|make\s+sure|can'?t\s+hide|let'?s|everyone))"
    r"|\bmake\s+sure\s+(?:she|he|they)\s+can'?t\s+hide\b"
    r"|\bgo\s+(?:and\s+)?tell\s+(?:her|him|them)\s+(?:yourselves|what\s+you\s+think)"
    r"|\bshow\s+(?:her|him|them)\s+what\s+(?:the\s+rest\s+of\s+)?(?:us|we|everyone)\s+think"
    r"|\b(?:anyone|any1|who'?s)\s+got\s+(?:(?-i:[A-Z][a-z]+)|his|her|their)[\w'\s]{0,20}?\b(?:insta|instagram|fb|facebook|tiktok|snap|number|personal\s+email|gmail)\b"
    r"|\b(?:his|her|their)\s+(?:personal|private|home)\s+(?:email|gmail|hotmail|e-mail|number|mobile|insta|instagram|facebook|fb)\b"
    r"|\bscreenshot\s+(?:his|her|their)\s+(?:dating|tinder|personal|private|insta|facebook)"
    # Ridicule of someone's body or looks, in anger: "needs his own postcode", "rolled out of a skip".
    r"|\b(?:needs?|wants?)\s+(?:his|her)\s+own\s+postcode|\blay\s+off\s+the\s+(?:greggs|pies|cakes|doughnuts|biscuits)"
    r"|\blooks?\s+like\s+(?:she|he|they)\s+(?:rolled|crawled|fell|got\s+dressed|slept)\b|\bthe\s+state\s+of\s+(?:him|her|the\s+\w+)\b",
    re.I)

# Ridicule made into pictures and spread: a face on a pig, a filmed teacher, an impersonation.
_MOCKERY = re.compile(
    r"\bphotoshop\w*\s+(?:his|her|their|(?-i:[A-Z][a-z]+)'?s?)\s+face|\b(?:his|her|their)\s+face\s+(?:stuck|photoshopped|edited|put)\s+on"
    r"|\[(?:image|photo|pic|picture|meme|video)[^\]]{0,80}\bface\b[^\]]{0,80}\]"
    r"|\bfilm(?:ing|in|ed)?\s+(?:him|her|them|\w+)\s+when\s+(?:she|he|they)\s+(?:aint|ain'?t|isn'?t|is\s+not|wasn'?t|not)\s+look"
    r"|\bshare\s+if\b(?=[^.!?\n]{0,60}(?:suffered|hate|can'?t\s+stand|lol|😂))|\bsome(?:one|1|body)\s+film\s+(?:him|her|them)\b"
    # A series of mocking clips or an impersonation: "follow for more hollowbrook teachers".
    r"|\bfollow\s+for\s+(?:more|part\s+\d+|daily\s+\w+(?:\s+facts)?)\b|\bshare\s+so\s+(?:every|all\s+the)\s+(?:parents?|mums?|one)\s+knows?\s+(?:his|her|their)\s+face\b"
    r"|\bfollowing\s+(?:mr|mrs|ms|miss|sir)\s+\w+\s+to\s+(?:his|her|their)\s+(?:car|house|bus)\b",
    re.I)

# A member of staff's family or their workplace: "his wife works the tills at Tesco".
_FAMILY = re.compile(
    r"\b(?:his|her|their|mr\s+\w+'?s?|mrs\s+\w+'?s?|ms\s+\w+'?s?|miss\s+\w+'?s?)\s+(?:own\s+)?(?:wife|husband|partner|missus|fella|boyfriend|girlfriend|kids|children|daughter|son|little\s+ones|mum|mother|dad)"
    r"\s+(?:works?|goes|go|is\s+at|are\s+at|drives|lives)\b"
    r"|\b(?:you'?ve|you\s+have|he'?s|she'?s|he\s+has|she\s+has)\s+got\s+(?:two|three|\d|a\s+couple\s+of|some)?\s*(?:little\s+ones|kids|children|daughters?|sons?)\s+at\b",
    re.I)


# "Week 3" or "day 9 🫡" at the end counts a campaign's days only beside what the campaign does:
# "Still no heating in 6R. Week 3" counts a fault's.
_COUNT_ONLY = re.compile(r"^(?:week\s*#?\d{1,3}\s*🫡?|day\s*#?\d{1,3}\s*🫡)$", re.I)
_CAMPAIGN_ACT = re.compile(r"\b(?:comment\w*|posts?|posted|posting|reviews?|messag\w*|accounts?|remind\w*|tagg\w*|emails?|emailed|out|sack\w*|resign\w*|gone|expos\w*|blocked)\b", re.I)


# A complaint pressed on those who answer for the school, not on a person: "I'm ringing the council
# every single day till someone does", "emailing Ofsted every day until they come". Only where that
# contact is the act repeated (it runs into the words counted), and no one is to be driven out.
_TO_AUTHORITY = re.compile(r"\b(?:ring(?:ing)?|email(?:ing)?|phon(?:e|ing)|call(?:ing)?|writ(?:e|ing)\s+to|complain(?:ing)?\s+to|report(?:ing)?\s+(?:it\s+|this\s+)?to"
                           r"|contact(?:ing)?|chas(?:e|ing))\s+(?:the\s+|my\s+|our\s+)?(?:council|councillors?|ofsted|mp|local\s+authority|highways|dfe)\b", re.I)


def persistence(text: str) -> tuple[Finding, ...]:
    """"Day 14 of asking...", "I will post this every day until she's gone": a course of conduct."""
    out: list[Finding] = []
    ousting = bool(_OUSTING.search(text))
    for m in _PERSIST.finditer(text):
        f = Finding("campaign_persistence", " ".join(m.group(0).split()))
        if _COUNT_ONLY.match(f.evidence) and not _CAMPAIGN_ACT.search(text):
            continue
        if not ousting and any(m.start() - 12 <= a.end() <= m.end() for a in _TO_AUTHORITY.finditer(text)):
            continue
        if f not in out:
            out.append(f)
    return tuple(out)


_DAYS_SO_FAR = re.compile(r"\bday\s*#?(\d+)\s+of\b|\b(\d+)\s+days\s+(?:of|now|straight|in\s+a\s+row)\b|\bweek\s*#?(\d+)\s+of\b", re.I)


# The campaign's aim: someone out of their job. Hostile whatever the tone.
_OUSTING = re.compile(r"\b(?:until|till|til)\s+(?:she|he|they|you|u)\s*(?:'s|is|are|'re)?\s+(?:gone|out|sacked|fired|quits?|resigns?|leaves?)\b"
                      r"|#sack\w+|#\w{3,}out\b", re.I)


def ousting(text: str) -> tuple[Finding, ...]:
    """"Until he quits", "#sackmarsh": a campaign to drive a person out."""
    return find_all("campaign_ousting", _OUSTING, text)


def days_so_far(text: str) -> int:
    """How long the author says the campaign has run: "day 22 of" -> 22, "week 3 of" -> 21; 0 if unsaid."""
    most = 0
    for m in _DAYS_SO_FAR.finditer(text):
        most = max(most, int(m.group(1) or m.group(2) or 0), 7 * int(m.group(3) or 0))
    return most


def rallying(text: str) -> tuple[Finding, ...]:
    """"Everyone go and leave him a 1-star review", "tag her", "her personal gmail": a pile-on."""
    return find_all("campaign_rally", _RALLY, text) + find_all("campaign_mockery", _MOCKERY, text)


def family_targeted(text: str) -> tuple[Finding, ...]:
    """A member of staff's family and where to find them."""
    return find_all("family_targeted", _FAMILY, text)
