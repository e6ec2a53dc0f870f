"""Warnings that need no violent word, read as threats however the model scores them: the school that
"goes up" on a day with fire beside it, a fire wished with fuel at hand ("might help it along, got a can
of petrol in the shed"), a meeting a man "will not walk out of the same man", a school told to stay home
on a day "not a joke"; and, in hostile posts only, a fair "he won't forget", eggs and a few mates, someone
to key her car. (Not "they'll get it" nor "round hers": a refund's and a sleepover's, a review found; nor
"see you in the car park after training", round 51's lift to a match.) Round 55's: hurt promised on the way
to the school, a head wanted kicked in, a home known "now, dont we", force made her fault. All read in the
read sets, where the model scored them as complaints or praise (rounds 54 and 55's reading). Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all, without_quotes
from monitor.judge.rules.spite import spite

_WHEN = r"(?:today|tonight|tomorrow|tmrw|2moro|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+week|this\s+week(?:end)?)"
# A bonfire, a kiln, a league, a retirement, a prom, a strike or a fever (a review's): none of these is a warning.
_EVERYDAY = re.compile(r"🎆|🎇|❤|😭|\b(?:bonfire|fireworks?|kiln|clay|division|league|promot\w*|prices?|rent|retir\w*|last\s+day|prom|strike|snow|ice|icy|flood\w*"
                       r"|weather|bug|virus|sick|(?:feeling|been|so|very|really|is|was|she'?s|he'?s|gone|went|off)\s+ill(?!-)|poorly|fever|pox|rash|covid|norovirus|temperature|vomit\w*|paraffin|guy\s+fawkes)\b", re.I)
STRONG = re.compile(
    # "saturday the whole place goes up 🔥🔥🔥 tell kev to leave the fire doors open lol"
    r"\b(?:whole\s+)?(?:place|school|building|hba|hollowbrook)\s+(?:goes|going|will\s+go|gonna\s+go|'?ll\s+go)\s+up\b(?=[^\n]{0,80}(?:🔥|\b(?:petrol|fire\s+doors?|lighter|matches)\b))"
    # "hollowbrook burning down tonight would be the best christmas present ever. might help it along, got a can of petrol"
    r"|\bhelp\s+it\s+along\b(?=[^\n]{0,80}\b(?:petrol|lighter)\b)"
    # "If he says no again to my son, he will not walk out of that office the same man": what he does decides it.
    r"|\bif\s+(?:he|she|they)\b[^.!?\n]{0,60}?\b(?:won'?t|will\s+not|wont)\s+(?:walk|come|go|leave)\s+(?:out\s+)?(?:of\s+)?(?:(?:that|the|this)\s+\w+\s+)?(?:the\s+)?same\s+(?:man|woman|person)\b"
    # "everyone at hollowbrook better stay home thursday. not a joke. dont get on the 41."
    r"|\b(?:better|should|best)\s+stay\s+(?:at\s+)?(?:home|away|off)\s+(?:on\s+)?" + _WHEN + r"\b(?=[^\n]{0,60}\b(?:not\s+(?:a\s+)?jok\w*|you'?ve\s+been\s+warned|last\s+warning)\b)",
    re.I)
# Round 60's bomb hoax in its own words: "Explosive devices have been placed inside your buildings ... They will detonate
# at 11:00 today." (A report's "had been placed" is past: no phrase.) A review's: "bomb's been placed", "3 bombs are hidden
# inside", "Bombs have been placed.", "at eleven", "during assembly", "goes off at 10:30"; not a bath, stink or seed bomb
# (forewarned.py's), the police's "no bomb has been placed", an email "claiming" one had, a hoax called one; and "it" or
# "they" that go off only where a bomb is named (a fire alarm test "will go off at 10am", a volcano that "will explode at 2").
# Not switched off by _EVERYDAY: a hoax may name a prom, a last day or the snow.
_NOT_A_BOMB = (r"(?<!bath\s)(?<!stink\s)(?<!seed\s)(?<!yarn\s)(?<!smoke\s)(?<!glitter\s)(?<!photo\s)(?<!water\s)(?<!paint\s)"
               r"(?<!\bno\s)(?<!\bnot\s)(?<!claiming\s)(?<!claimed\s)(?<!saying\s)")
_BOMB_NOUN = r"(?:explosive\s+devices?|explosives|(?:pipe\s+)?bombs?|an?\s+(?:explosive\s+)?device|ieds?)"
_BOMB_TIME = (r"(?:at\s+(?:\d|noon|midday|midnight|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|quarter|lunch|break|home\s*-?\s*time"
              r"|pick\s*-?\s*up|drop\s*-?\s*off)|today|tomorrow|tonight|on\s+\w+day|during\s+\w+|in\s+(?:\d+|an?|one|two|three|five|ten|thirty)\s+(?:mins?|minutes|hours?|hrs?))")
BOMB_PLACED = re.compile(
    r"\b" + _NOT_A_BOMB + _BOMB_NOUN + r"\s*(?:(?:has|have|'s|’s)\s+been|\s(?:is|are))\s+(?:placed|planted|hidden|left)\s+(?:in|inside|at|around|under|across|throughout)\b"
    r"|\b" + _NOT_A_BOMB + _BOMB_NOUN + r"\s*(?:(?:has|have|'s|’s)\s+been)\s+(?:placed|planted|hidden)(?=\s*(?:[.!]|$))"
    r"|\b(?:(?:pipe\s+)?bombs?|(?:explosive\s+)?devices?|explosives|ieds?|it|they)\s+(?:will|(?:are|is)\s+(?:set|going)\s+to|goes|go)\s+(?:detonate|explode|go\s+off|off)\s+" + _BOMB_TIME
    + r"|\b(?:will|(?:are|is)\s+(?:set|going)\s+to)\s+detonate\s+" + _BOMB_TIME,
    re.I)
_A_BOMB = re.compile(r"\b" + _NOT_A_BOMB + r"(?:(?:pipe\s+)?bombs?|explosives?|explosive\s+devices?|ieds?|detonat\w*)\b", re.I)
_NO_BOMB = re.compile(r"🎆|🎇|\b(?:bonfire|fireworks?|guy\s+fawkes|(?:was|is|were|been)\s+(?:just\s+)?(?:a\s+)?hoax|hoax\s+(?:e-?mail|call|message)|all\s+clear|open\s+as\s+normal)\b", re.I)
WEAK = re.compile(
    r"\b(?:a|an)\s+(?:fair|meeting|visit|surprise)\s+(?:he|she|they|you)\s*(?:'ll|will)?\s+(?:won'?t|never|will\s+never)\s+forget\b"
    r"|\bbring\s+(?:some\s+)?(?:eggs|bricks|stones)\s+and\s+(?:a\s+few\s+|some\s+|the\s+|ur\s+|your\s+)?(?:mates|lads|boys)\b"
    r"|\bsome(?:one|body|1)\s+(?:should\s+|needs\s+to\s+|ought\s+to\s+)?(?:key|egg|brick|torch|slash)\s+(?:his|her|their)\s+(?:car|house|windows?|tyres|van)\b"
    # Round 55's "if she locks the gates thursday we're climbing them, and if she gets in the way thats on her": force made
    # her fault. (Not "he can't hide from me": on the read sets, nine campaigns of messages the writers called harassment.)
    r"|\bif\s+(?:she|he|they|anyone|any1|anybody|sir|miss)\s+(?:gets?|stands?|steps?)\s+in\s+(?:the|our|my)\s+way\b(?!\s+of\b)[^.!?\n]{0,30}?\b(?:that'?s|thats|it'?s|its)\s+on\s+(?:her|him|them)\b"
    # probe56's "ill be in that school at 3 with more than a complaint. whitaker better not be stood on that gate", "take it
    # down or im coming up that school AND your house. i know whose kid you are".
    r"|\b(?:i'?ll|ill|i\s+will|we'?ll|i'?m|im)\s+(?:be\s+)?(?:\w+\s+){0,6}?with\s+more\s+than\s+(?:a|just\s+a)\s+(?:complaint|letter|word|chat|email)\b"
    r"(?![^\n]*(?:😂|🤣|\b(?:lol|haha\w*|questions?|list|folder|file|evidence|notes|paperwork|solicitor|lawyer)\b))"
    r"|\b(?:better|had\s+better)\s+not\s+be\s+(?:stood|standing)\s+(?:on|at|by|near|outside)\b|\bi\s+know\s+whose\s+(?:kid|son|daughter|child)\s+(?:you\s+are|u\s+are|ur|you'?re)\b"
    # Round 56's and probe57's: "i know exactly which bus u get. 41A, back seat", "I know which door you come out of", "I know
    # which way her kids walk to school", "I know her husband's car".
    r"|\b(?:i|we)\s+know\s+(?:exactly\s+)?(?:which|what)\s+(?:door|exit|way|gate|route|bus(?:\s+stop)?|path|train|car\s*park)\s+"
    r"(?:you|u|she|he|they|(?:mr|mrs|ms|miss)\.?\s+\w+|(?-i:[A-Z][a-z]+)|(?:her|his|their|your|ur)\s+(?:kids|children|son|daughter|lad|girl))"
    r"\s+(?:comes?\s+out|leaves?|walks?|uses?|takes?|gets?|catch(?:es)?|goes?|go|waits?\s+at)\b(?![^\n]*\b(?:park\w*|drive\s*way|dropped\s+kerb|blocks?|hun|wait\s+for\s+(?:yours|him|her|them))\b)"
    r"|\b(?:i|we)\s+know\s+(?:her|his|their|your|ur)\s+(?:husband|wife|partner|fella|missus|boyfriend|girlfriend)'?s\s+(?:car|motor|van)\b(?![^\n]*\b(?:park\w*|drive\s*way|dropped\s+kerb|blocks?)\b)"
    # probe58's "hes at the leisure centre gym 6am tmrw like every day. me n the boys will be waiting 🤫".
    r"|\b(?:me\s+(?:n|and|&)\s+)?the\s+(?:boys|lads)\s+(?:will|'ll|are\s+gonna|are\s+going\s+to)\s+be\s+waiting\b(?![^\n]*\b(?:pub|bar|taxi|minibus|coach|pitch|kick\s*-?\s*off|match)\b)",
    re.I)

# Strong too, but not switched off by a word of the everyday ("been ill for weeks", "sick man", a review's).
PLAIN = re.compile(
    # Round 55's "Ill be at that office at pick up today and somebody in there is getting hurt, I mean it": the author
    # on the way, "and", the hurt; not "I'm going to be honest, somebody is getting hurt at lunchtimes", a bullying
    # report, nor "I'm coming up ... because someone is getting hurt every day", nor a road's danger.
    r"\b(?:i'?ll|ill|i\s+will|i'?m|im)\s+(?:be|going|gonna|coming)\s+(?:up|down|to|in|at|round)\b[^.!?\n,]{0,60}?\band\s+"
    r"some(?:one|body|1)(?:'s|s|\s+(?:in\s+there\s+|in\s+that\s+\w+\s+|at\s+that\s+\w+\s+)?(?:is|'s))\s+getting\s+"
    r"(?:hurt|battered|decked|slapped|smacked|knocked\s+out)\b"
    r"(?!\s+(?:every|all\s+the|again|constantly|by|because|if|unless|at\s+break|in\s+(?:class|lessons?|the\s+playground)))"
    r"(?![^.!?\n]{0,40}\b(?:road|crossing|junction|traffic|drivers?|cars?|ice|icy|steps|pitch|tackles?|every|again|climbing|frame|goalposts?)\b)",
    re.I)
# Round 55's "Kev wants his head kicking in, useless fat lump", threads33's; not whoever designed the one-way system, a
# centre half, a footballer who missed a sitter, nor a laugh (a second review's).
HEAD_KICKED = re.compile(r"\b(?:wants?|needs?|deserves?)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:head|face|teeth)\s+(?:kick|smash|cav)(?:ing|ed|in'?)\s+in\b", re.I)
_NOT_OURS_TO_KICK = re.compile(r"😂|🤣|\b(?:lol|haha\w*|whoever|anyone\s+who|the\s+(?:idiot|driver|council|ref|referee)|centre\s+half|striker|defender|keeper"
                               r"|goalie|manager|ref|referee|linesman|sitter|goal|scored|missed|performance|one-?way\s+system)\b", re.I)
# The dads' race, rounders, a laugh: hurt in play (a second review's).
_PLAYFUL = re.compile(r"😂|🤣|\b(?:lol|haha\w*|sports\s+day|race|rounders|dodgeball|tug\s+of\s+war|match|game|staff\s+v)\b", re.I)
# threads33's "We all know where he lives now dont we 👍": his home known, said to the crowd; not the best Christmas
# lights on Elm Road, a house bought across the road, a new neighbour (anywhere in the post), nor one told to the police.
KNOWN_HOME = re.compile(r"\b(?:i|we)\s+(?:all\s+)?know\s+where\s+(?:you|u|he|she|they)\s+lives?(?:\s+now\b|,?\s*(?:don'?t|dont|do\s+not)\s+we\b|\s+innit\b)"
                        r"(?![^.!?\n]{0,40}\b(?:moved|told\s+the\s+police|police\s+(?:know|have|are)|new\s+house|housewarming)\b)", re.I)
_HOMELY = re.compile(r"🎄|🎃|😂|🤣|\b(?:christmas|xmas|lights|halloween|trick\s+or\s+treat\w*|bought|across\s+from|next\s+door|neighbou?rs?|our\s+(?:road|estate)"
                     r"|housewarming|moved\s+(?:in|onto|into)|on\s+(?:tv|telly)|homes\s+under\s+the\s+hammer|lol|haha\w*)\b", re.I)


def ominous(text: str) -> tuple[Finding, ...]:
    """The strong warnings above (a threat in any post but an everyday one, or a playful, homely or football one for the
    plainer ones) and the weak ones (a threat in a hostile post)."""
    return ((() if _EVERYDAY.search(text) else find_all("veiled_threat", STRONG, text)) + (() if _PLAYFUL.search(text) else find_all("veiled_threat", PLAIN, text))
            + (find_all("veiled_threat", BOMB_PLACED, text) if _A_BOMB.search(text) and not _NO_BOMB.search(text) else ())
            # A quotation is someone else's words: "Father who posted 'we all know where he lives now' ... restraining order".
            + (() if _HOMELY.search(text) else find_all("veiled_threat", KNOWN_HOME, without_quotes(text)))
            + (() if _NOT_OURS_TO_KICK.search(text) else find_all("veiled_threat", HEAD_KICKED, without_quotes(text)))
            + spite(text) + find_all("veiled_threat_if_hostile", WEAK, text))
