"""Spelling written to slip past a filter, read as the words it spells: "k1ll", "st4b", "k i l l",
"shoooot", "sum1 shud". For the threat and safeguarding rules. Pure."""
from __future__ import annotations

import re

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "i"})
# "k.i.l.l", "s-t-a-b", "k_i_l_l": letters kept apart to slip past a filter.
_SEPARATED = re.compile(r"\b(?:[a-z][.\-_*] ?){3,}[a-z]\b", re.I)
# Starred-out words: "k*ll", "st*b", "sh**t".
_STARRED = {re.compile(r"\bk\*+ll", re.I): "kill", re.compile(r"\bst\*+b", re.I): "stab",
            re.compile(r"\bsh\*+t\b(?=\s+(?:him|her|them|you|the|that|up))", re.I): "shoot",
            re.compile(r"\bm\*+rder", re.I): "murder"}
_TOKEN = re.compile(r"\S+")
# Tokens whose digits are meant: times, year groups, classes, plates, prices.
_NUMERIC = re.compile(r"[^a-z\d]*(?:\d+(?:[:.]\d+)?(?:am|pm|st|nd|rd|th|s|[a-z])?|[a-z]{1,2}\d+s?)[^a-z\d]*", re.I)
_SPACED = re.compile(r"\b(?:[a-z] ){3,}[a-z]\b", re.I)
_STRETCHED = re.compile(r"([a-z])\1{2,}", re.I)


# Text-speak for the words the threat rules read: "sum1 shud", "gna", "ill b waitin".
_TXT = {r"some1|sum1|sumone|som1|sumbody|some\s+1": "someone", r"shud|shld|shuld|shoud": "should", r"wil": "will",
        r"gna|gunna|gona|finna|boutta|bouta|gonnna": "gonna", r"thru|thro": "through", r"wiv|wid": "with",
        r"evryone|every1|evry1|everyon": "everyone", r"tomorow|tommorow|tommorrow|tomorro": "tomorrow", r"goin": "going", r"gettin": "getting", r"waitin": "waiting",
        r"comin": "coming", r"ded": "dead", r"skool|skl|sckool|skul": "school", r"b": "be", r"r": "are",
        r"im": "i'm", r"ima|imma|i'ma": "i'm gonna", r"ive": "i've", r"wen": "when", r"dat": "that", r"da": "the",
        r"dont|dnt": "don't", r"wont": "won't", r"hes": "he's", r"shes": "she's", r"ur": "your", r"n(?=\s+(?:her|him|them))": "and",
        # Times as texted ("2nite", "2moz") and "i no were she lives": what the timing and doxxing rules read.
        r"2nite|2night|2nyt|tonite|tonyt": "tonight", r"2day": "today",
        # Tomorrow however it is spelt: "2morow", "2moro", "tomorow", "tmoro"; "b4 skool".
        r"(?:2|to|t)m+[ao]r+[ao]+w*|tomrw|2mrw|2mrow|tmrow|2moz|tomoz|tmoz": "tomorrow", r"b4": "before",
        r"(?:(?<=\bi\s)|(?<=\bwe\s))(?:no|kno|know)\s+(?:were|wer|wea)": "know where",
        # "were jumping mr nwosu after school": a sentence with no one before "were" is "we're" (a review's).
        r"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n))were(?=\s+\w+ing\b)": "we're"}
# A lone letter ("ill b there", "u r dead") is a word only between spaces: the "b" of "st@b" and
# the "r" of "m.u.r.d.e.r" are letters of a disguised word.
_TXT_RE = [(re.compile(rf"(?<![\w@$!|*.\-])(?:{k})(?![\w@$!|*.\-])" if len(k) == 1 else rf"\b(?:{k})\b", re.I), v)
           for k, v in _TXT.items()]


def plain_spelling(text: str) -> str:
    """"k1ll", "st4b", "k i l l", "shoooot" read as the words they spell, for the threat rules."""
    for pattern, word in _TXT_RE:
        text = pattern.sub(word, text)
    return _STRETCHED.sub(r"\1\1", _tricks(text))


def _tricks(text: str) -> str:
    """Only the letter tricks of plain_spelling: digits and symbols for letters, stars, letters
    kept apart; not text-speak, which everyone (the model too) reads as it is."""
    def token(m: re.Match) -> str:
        t = m.group(0)
        if _NUMERIC.fullmatch(t) or sum(c.isalpha() for c in t) < 2:
            return t
        lead, core, trail = re.fullmatch(r"(\W*)(.*?)(\W*)", t, re.S).groups()
        return lead + core.translate(_LEET) + trail
    text = _TOKEN.sub(token, text)
    for pattern, word in _STARRED.items():
        text = pattern.sub(word, text)
    text = _SEPARATED.sub(lambda m: re.sub(r"[.\-_* ]", "", m.group(0)), text)
    return _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


def disguised(text: str) -> str | None:
    """The words a post spells, where it disguises letters to slip past a reader ("sh0t", "st@b",
    "k i l l", "k*ll"); None where it only shortens ("gna", "2day", "ur"), whose reading out
    raised a parent's "gna have words at pick up" to a threat in a review."""
    return plain_spelling(text) if _tricks(text) != text else None
