"""A child at risk: identifiable pupils, self-harm and grooming concerns, and allegations
that a member of staff harmed a child (s141F anonymity applies to the member of staff)."""
from __future__ import annotations

import re
from typing import Iterable

from monitor.judge.rules import cheer, selfharm
from monitor.judge.rules.base import Finding, find_all, gap
from monitor.judge.rules.exploitation import advice, crimes_against_children
from monitor.judge.rules.given import named_by_form
from monitor.judge.rules.misconduct import staff_misconduct
from monitor.judge.rules.threats import plain_spelling

_YEAR = r"(?:(?:year|yr|y)\s?(?:[1-9]|1[0-3])\b|\breception\b|\bnursery\b|\b(?:class|form)\s+(?-i:[A-Z0-9])[\w-]*|\b(?-i:(?:[1-9]|1[0-3])[A-Z]\d?)\b|\bsixth\s+form(?:er)?\b)"
_YEAR_RE = re.compile(r"\b(?:" + _YEAR + r")", re.I)
_NAME = re.compile(r"\b[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?\b")

# Capitalised words that are not a child's name. Staff, school and locality names come
# from the config and are added by the caller.
NOT_NAMES = frozenset("""
i the a an my our your his her their this that these those year yr class form reception nursery mr mrs ms miss
dr sir head headteacher teacher school academy primary secondary college high junior infant infants and but so
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december today tomorrow yesterday he she they we it is was are has had have can
could would should will just also anyone does did why what how who when where well thanks thank hi hello dear
congratulations congrats please yes no omg lol pe sats gcse gcses english maths science history geography art
music drama christmas easter summer autumn spring half term ofsted police council pta all some every each
there here then now after before if as at on in of for to from with by about not nothing anyone everyone
apparently honestly seriously absolutely still even only never always again another other one two three
its it's i'm i've i'd don't can't won't didn't bbc news local update sports day nativity trip parents parent
mum dad mummy daddy nan grandad kids children pupils students boys girls boy girl lad lads son daughter child
biology chemistry physics french spanish german computing ict citizenship pshe latin re rs dt food technology
evening assembly play concert exams exam mocks options team football netball rugby cricket choir show teachers
""".split())

_DESCRIPTOR = re.compile(
    r"\b(?:the|that|this)\s+(?:(?:" + _YEAR + r")\s+)?(?:ginger\s+|fat\s+|tall\s+|little\s+|new\s+)?(?:girl|boy|lad|kid|child|pupil)\s+"
    r"(?:called|named|with\s+the|who\s+lives|from\s+\w+\s+(?:road|street|estate|close|lane))\b"
    r"|\b(?:her|his)\s+name\s+is\s+[A-Z][a-z]+"
    r"|\b(?:photo|pic|picture|video|vid|clip|screenshot)s?\s+of\s+(?:the\s+|these\s+|those\s+|some\s+|two\s+|a\s+)?(?:" + _YEAR + r"\s+)?(?:kids|children|pupils|students|girls?|boys?|lads?|kid|child|pupil)\b"
    r"|\b(?:this\s+is|here'?s|look\s+at)\s+(?:the\s+)?(?:kid|child|boy|girl|lad)\s+(?:who|that)\b",
    re.I)


_LOWER_NAME_FORM = re.compile(r"\b(?-i:[a-z]{3,}\s+[a-z])\s+(?:(?:in|from|of)\s+)?(?-i:(?:[1-9]|1[0-3])[A-Za-z]\d?)\b")
# A forename and surname in any case before a class code, as pupils and parents write one another:
# "chloe mason 9K", "maisie turner from 9M" (a single capitalised name is read above). The class code (a year and a capital) is what makes it a pupil.
_NAME_BY_FORM = re.compile(r"\b([A-Za-z][a-z]{2,})(?:\s+(?!(?:in|from|of)\b)([A-Za-z][a-z]{2,}))?,?\s+(?:(?:in|from|of)\s+)?(?-i:(?:[1-9]|1[0-3])[A-Z]\d?)\b(?!['\w])")
# People and school things that are not a name: "my mate in 9M", "the lads from 10B", "higher
# paper 3H", "top set 9X1", "bus route 7A".
_PEOPLE = frozenset("""
friend friends mate mates bestie besties sister sis brother bro cousin niece nephew bully bullies kid kids people someone
somebody everybody whole lot group half rest gang crew lot guys girls lads boys twins nobody noone one ones none student
students pupil pupils others other tutor tutee tutees sibling siblings stepson stepdaughter grandson granddaughter
paper papers set sets top bottom higher foundation tier route bus room rooms hall staff block lab unit table key stage
maths english science test tests exam exams mock mocks group groups option options lesson lessons period periods
""".split())
_COMMON = frozenset("you me him her them us say said thank thanks sorry tell told love loved miss missed see saw got get"
                    " gets went go goes going well done good bad new old little big all both every".split())
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_.]{3,30}\b")
_FULL_NAME = re.compile(r"\b(?-i:[A-Z][a-z]{2,}\s+[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s*(?:,|&|\band\b)\s*(?-i:[A-Z][a-z]{2,}\s+[A-Z][a-z]{2,})\b")


def identifiable_pupils(text: str, not_names: Iterable[str] = ()) -> tuple[Finding, ...]:
    """A pupil made identifiable: a name next to a year group or class ("Jake Smith in
    year 9", "Amy from 6B"), or a description that points at one child, or a photo of
    other people's children."""
    skip = NOT_NAMES | {w.lower() for n in not_names for w in n.split()}
    found: list[Finding] = list(find_all("identifiable_pupil", _DESCRIPTOR, text))
    for year in _YEAR_RE.finditer(text):
        window_start, window_end = max(0, year.start() - 40), min(len(text), year.end() + 40)
        for name in _NAME.finditer(text, window_start, window_end):
            words = name.group(0).split()
            cut = name.end() < len(text) and text[name.end()].isalpha()  # a word the window cut short
            if cut or any(w.lower() in skip for w in words) or _YEAR_RE.fullmatch(name.group(0)):
                continue
            a, b = sorted((name.start(), year.start()))
            f = Finding("identifiable_pupil", " ".join(text[a:max(name.end(), year.end())].split()))
            if f not in found:
                found.append(f)
            break
    # As pupils write one another: "chloe b in 10M", "@tia.b and @kayleigh_x07" beside "year 8".
    for m in _LOWER_NAME_FORM.finditer(text):
        found.append(Finding("identifiable_pupil", m.group(0)))
    for m in _NAME_BY_FORM.finditer(text):
        named = [w.lower() for w in m.groups() if w]
        # A forename and a surname: "the girl in 9M", "sorry 9X2" and "thank you 2R" are not names.
        if len(named) == 2 and not any(w in skip or w in _PEOPLE or w in _COMMON for w in named):
            f = Finding("identifiable_pupil", " ".join(m.group(0).split()))
            if not any(f.evidence in g.evidence or g.evidence in f.evidence for g in found):
                found.append(f)
    found += [f for f in named_by_form(text, skip) if not any(f.evidence in g.evidence or g.evidence in f.evidence for g in found)]
    for year in _YEAR_RE.finditer(text):
        handle = _HANDLE.search(text, max(0, year.start() - 60), min(len(text), year.end() + 60))
        # The school's own account beside "year 6" is the school, not a child.
        if handle and not found and not any(len(w) >= 4 and w in handle.group(0).lower() for w in skip):
            found.append(Finding("identifiable_pupil", f"{year.group(0)} ... {handle.group(0)}"))
    # "Here's the Year 6 lads who bullied my daughter - Jayden Miles, Connor Price": a year
    # group and children's full names anywhere in one post.
    if _YEAR_RE.search(text) and not found:
        for name in _FULL_NAME.finditer(text):
            if not any(w.strip(",&").lower() in skip for w in name.group(0).split()):
                found.append(Finding("identifiable_pupil", f"{_YEAR_RE.search(text).group(0)} ... {name.group(0)}"))
                break
    return tuple(found)


_AT_RISK = {
    # Self-harm and suicide: the words a worried friend or parent uses.
    "self_harm": selfharm.SELF_HARM,
    # Harm hinted at obliquely ("so nobody sees my arms"): the DSL's today, never a 999 call alone.
    "self_harm_hint": selfharm.HINTS,
    "grooming": re.compile(
        r"\bgroom(?:ing|ed|er|s)?\b(?!\s+(?:the\s+)?(?:dog|horse|pony|hair))|\bolder\s+(?:man|men|guy|guys|lad|lads|boy|boys|bloke)\b"
        r"|\b(?:sending|send|sent|asked\s+for|asking\s+for|asks\s+for)\s+(?:\w+\s+)?(?:nudes|nude\s+pics|pics|photos|pictures)\b(?=.{0,60}\b(?:girl|boy|kid|child|pupil|year|her|him|daughter|son)\b)"
        r"|\bnudes\b|\bsexting\b|\binappropriate\s+(?:messages|photos|pictures|relationship|contact|touching)"
        r"|\b(?:messag|dm|snapchat|snap)\w*\s+(?:young|year\s?\d+|underage|the)\s+(?:girls|boys|kids|pupils)\b"
        r"|\bour\s+(?:little\s+)?secret\b|\bdon'?t\s+tell\s+(?:your|ur)\s+(?:mum|mom|dad|parents|teachers?)"
        r"|\b(?:meet|meeting)\s+(?:up\s+)?(?:with\s+)?(?:a\s+|an\s+|some\s+)?(?:older|grown|adult)\b|\b(?:bought|buys|buying|gives?|giving)\s+(?:her|him|them)\s+(?:gifts|presents|vapes|phones?|money)\b(?=.{0,80}\b(?:man|men|guy|bloke|adult|older|stranger)\b)"
        r"|\b(?:adult|grown\s+(?:man|woman)|older\s+\w+)\s+(?:has\s+been\s+|is\s+|keeps\s+)?(?:messaging|texting|dming|snapchatting|adding)\b"
        r"|\b(?:don'?t|dont|do\s+not|no)\s+need\s+(?:to\s+)?(?:tell|involve|ask)\s+(?:your\s+|ur\s+|the\s+)?(?:mum|mom|mam|dad|parents)"
        # Money, lifts or vapes offered to pupils (not "Nobody offered my kids a chapel", round 52), and sextortion.
        r"|(?<!nobody\s)(?<!no\sone\s)(?<!never\s)\b(?:offer(?:s|ed|ing|in)?|easy\s+money|can\s+pick\s+(?:u|you)\s+up)\b(?=[^.!?\n]{0,80}\b(?:girls?|boys?|(?:year|yr|y)\s?\d+s?|kids|pupils)\b)"
        r"|\b(?:girls?|boys?|(?:year|yr|y)\s?\d+s?|kids|pupils)\b[^.!?\n]{0,60}\b(?:easy\s+money|(?:offer(?:s|ed|ing|in)?)\s+(?:\w+\s+){0,2}?(?:vapes?|lifts?|a\s+lift|money|cash|weed|drink))\b"
        r"|\b(?:demanding|want(?:s|ing)?|asking\s+for)\s+£?\d+\s+or\s+(?:they|he|she)\s*(?:'?ll|will)\s+(?:send|share|post)\b"
        r"|\bask(?:s|ed|ing|in)?\s+(?:\w+\s+){0,4}?for\s+(?:pics|photos|pictures|nudes)\b|\b(?:what'?s|whats)\s+(?:her|his)\s+(?:snap|snapchat|insta|number)\b"
        r"|\b(?:give|giving|givin|gives|gave)\s+(?:her|him|them|u|you)\s+a\s+lift\b"
        r"|\b(?:giving|gives|gave|givin)\s+(?:the\s+)?(?:\w+\s+){0,4}?(?:girls|boys|kids|pupils)\s+(?:vapes|money|cash|lifts|drink|alcohol|weed)\b"
        # An adult's age beside a child's: "mature for my age", "he's like 24", "a 22 yr old lad".
        r"|\bmature\s+for\s+(?:my|her|his|ur|your|their)\s+age\b|\b(?:1[89]|[2-5]\d)\s*-?\s*(?:yr|year)s?\s*-?\s*old\s+(?:lad|bf|boyfriend)\b"
        # (Not "he ran every level with us and he's like 50": a PE teacher's age, round 22.)
        r"|\b(?:s?he'?s|s?hes|s?he\s+is|says\s+(?:s?he'?s|s?hes))\s+(?:like\s+|about\s+|prob\s+)?(?:1[89]|[2-5]\d)\b(?!\s*(?:mins?|minutes|%|quid|pounds|p\b))(?=[^\n]{0,120}\b(?:messag\w*|snap\w*|insta\w*|tiktok|dm\w*|meet\w*|address|lifts?|money|gifts?|vapes?|secret|tell\s+(?:her|his|your|ur)\s+mum)\b)|\b(?:messag\w*|snap\w*|insta\w*|tiktok|dm\w*|meet\w*|address|lifts?|money|gifts?|vapes?|secret|tell\s+(?:her|his|your|ur)\s+mum)\b[^\n]{0,120}?\b(?:s?he'?s|s?hes|s?he\s+is|says\s+(?:s?he'?s|s?hes))\s+(?:like\s+|about\s+|prob\s+)?(?:1[89]|[2-5]\d)\b(?!\s*(?:mins?|minutes|%|quid|pounds|p\b))"
        r"|\b(?:voice|sounds?)\s+(?:is\s+)?(?:deffo|defo|definitely|like)\s+(?:a\s+)?(?:grown|old)\s+man\b"
        r"|\b(?:not|don'?t|dont)\s+to\s+tell\s+(?:anyone|any1|my\s+mum|ur\s+mum|your\s+mum|her\s+mum|his\s+mum|my\s+parents)\b|\band\s+not\s+tell\s+(?:my|ur|your)\s+(?:mum|mom|mam|parents)\b"
        r"|\basking\s+(?:the\s+)?(?:year|yr|y)\s?\d+s?\s+if\s+they\s+want\s+a\s+lift\b"
        # Round 5-9's development posts: easy £££ and free vapes to pupils, no adults, no one has to know.
        r"|(?:\b(?:earn|make|making|want|wanna|get)\s+(?:an?\s+)?easy\s+(?:£+\w*|\$+\w*|cash|dosh|money)|\beasy\s+£{2,}"
        r"|\b(?:want|wanna|get|getting|offer\w*|giving)\s+(?:some\s+)?free\s+vapes?)(?=[^\n]{0,100}\b(?:girls?|boys?|(?:year|yr|y)\s?\d+s?|kids|pupils|dm\s+me)\b)"
        r"|\bno\s+(?:adults|parents|grown\s*-?\s*ups)\s*(?:needed|tho|though|allowed|🤫|😉|lol)"
        r"|\bno\s*(?:one|1)\s+(?:has|needs|have)\s+to\s+know\b|\bno\s+need\s+(?:to\s+)?tell\s+(?:your\s+|ur\s+)?(?:mum|mom|mam|dad|parents)"
        r"|\b(?:tell\s+her\s+to\s+)?check\s+(?:her|your|ur)\s+dms\b(?=[^\n]{0,40}(?:x|😉|😘|babe))"
        r"|\bdm\s+me\s+babe\b|\bmature\s+for\s+(?:yr|year|y)\s?\d+\b|\bgo\s+private\s+(?:on|with|w)\b[^.!?\n]{0,40}\b(?:me|just\s+us)\b"
        r"|\bwhat\s+time\s+do\s+(?:u|you)\s+finish\s+school\b[^\n]{0,60}\b(?:i\s+drive|i'?ll\s+(?:pick|drive|wait)|pick\s+(?:u|you)\s+up)|\bvapes?\b[^\n]{0,50}£\d+\s*(?:each|a\s+pop)\b[^\n]{0,40}\b(?:yr|year|y)\s?\d"
        # Round 15's: "make £50 easy ... dm me", "no parents need to know", robux for whoever messages,
        # sweets and a lift offered at the gate, "don't tell anyone we talk".
        r"|\bmake\s+£\d+\s+(?:easy|quick)\b(?![^\n]{0,12}\bfor\s+(?:the\s+)?(?:pta|school|charity|fund|trip|club))(?=[^\n]{0,80}\b(?:dm|message|snap|pick\s+(?:u|you)\s+up)\b)"
        r"|\bno\s+(?:parents?|mums?|dads?)\s+(?:needs?|has|have)\s+(?:to\s+)?know\b"
        r"|\b(?:got|free|giving)\s+(?:robux|v-?bucks|skins|gift\s*cards?)\s+for\s+(?:any(?:one|1)|whoever|the\s+first)\b"
        r"|\basking\s+(?:the\s+)?(?:little\s+ones|kids|children|girls|boys|pupils)\s+if\s+they\s+want(?:ed)?\s+(?:some\s+)?(?:sweets|a\s+lift|a\s+ride)\b"
        r"|\bdon'?t\s+tell\s+any(?:one|1)\s+(?:we\s+(?:talk|chat|message)|about\s+us)\b"
        # Forced marriage: a pupil taken abroad "to meet her husband".
        r"|\b(?:taking|take|sending|send|took|sent)\s+(?:her|him)\s+to\s+\w+\s+(?:\w+\s+){0,6}?to\s+(?:meet|marry)\s+(?:her|his)\s+(?:husband|wife|fianc\w*)\b", re.I),
    "neglect_or_abuse_at_home": re.compile(
        r"\b(?:ran|run|running)\s+away\s+from\s+home|\bnot\s+safe\s+at\s+home|\b(?:hits|beats)\s+(?:him|her|them)\s+at\s+home"
        r"|\b(?:never|no)\s+(?:food|dinner|breakfast)\s+(?:at\s+home|in\s+the\s+house)|\bleft\s+(?:home\s+)?alone\s+(?:all|every)"
        r"|\b(?:dad|mum|mam|mother|father|step\s*-?dad|step\s*-?mum)\s+locks\s+(?:him|her|them)\s+out\b", re.I),
    # Round 11: a scam or a stranger collecting children's names and where to find them.
    "child_data_sought": re.compile(
        r"\b(?:comment|send|dm|message|inbox)\s+(?:us\s+|me\s+)?(?:your|ur)\s+(?:child'?s|kids?'?|son'?s|daughter'?s)\s+(?:full\s+)?(?:name|date\s+of\s+birth|dob|address|class)"
        r"|\bdrop\s+(?:your|ur)\s+child(?:ren)?\s+(?:directly\s+)?at\b[^\n]{0,60}\bcar\s+park\b|\b(?:reply|respond|message|dm|inbox|ask(?:s|ed|ing)?)\b[^\n]{0,40}?\b(?:your|ur|for|parents\s+for)\s+(?:child'?s|children'?s|kids?'?|pupils?'?|son'?s|daughter'?s)\s+full\s+names?\b[^\n]{0,60}?\b(?:date\s+of\s+birth|dob|d\.o\.b|photo|picture|address)", re.I),
    # A child's routine laid bare: "gets off the 41 bus alone at 4pm".
    "child_routine": re.compile(
        r"\b(?:gets?|takes?|catches)\s+(?:off\s+)?the\s+(?:\d+\s+|number\s+\d+\s+)?bus\s+(?:alone|on\s+(?:his|her|their)\s+own|by\s+(?:himself|herself))"
        r"|\bwalks?\s+home\s+(?:alone|on\s+(?:his|her|their)\s+own|by\s+(?:himself|herself))"
        r"|\bwalk\s+home\s+(?:together\s+)?(?:down|along|past|via)\s+[^\n]{0,40}\bevery\s+day\b[^\n]{0,20}\bjust\s+(?:us|me)\b"
        r"|\bif\s+(?:u|you)\s+see\s+(?:her|him)\s+walking\s+home\b", re.I),
    # A fight among pupils filmed and shared: the children in it are identifiable.
    "filmed_fight": re.compile(
        r"\b(?:fight|fighting|scrap|brawl|punch(?:ed|ing)?\s+up|beat(?:en|ing)?\s+up|battered|jumped|kicked\s+off)\b"
        r"(?=.{0,160}\b(?:video|vid|clip|filmed|footage|recorded|on\s+(?:tiktok|snap|snapchat|insta|instagram)|link|watch|below|👇|🎥|📹)\b)"
        r"|\b(?:video|vid|clip|filmed|footage|recorded)\b(?=.{0,160}\b(?:fight|fighting|scrap|brawl|battered|beat(?:en)?\s+up|jumped|punched|kicked)\b)"
        # Round 61's "whoever filmed that lad having a meltdown ... and put it on snapchat"; threads39's "someone film it when rob catches him"; a
        # review's "filmed jayden having a meltdown", "video it when the year 11s catch him"; not tears of joy, a nativity's, grandad at the finish line.
        r"|\b(?:filmed|videoed|recorded)\s+(?:(?:that|a|the|this|some)\s+(?:little\s+|poor\s+|autistic\s+|(?:year|yr|y)\s?\d+\s+)?(?:lad|boy|girl|kid|child|pupil)\b[^\n]{0,60}?|(?:him|her|(?!(?:my|our|me|us|it|them|the|a|an|this|that|whole|everything|every(?:one|body|1)|myself|miss|sir|mr|mrs|ms)\b)[a-z]+)\s+(?:having\s+a\s+)?)"
        r"\b(?:meltdown|melting\s+down|crying|sobbing|in\s+tears|panic\s+attack|seizure)\b(?!\s+of\s+joy|\s+(?:at|in|during)\s+(?:the\s+)?(?:\w+\s+)?(?:nativity|panto|show|play|concert|performance|carol\w*|race))"
        r"(?=[^\n]{0,80}\b(?:snap\w*|tiktok|insta\w*|group\s*chats?|posted|shared|put\s+it|sent\s+it|all\s+over)\b)|\b(?:film|record|video|vid)\s+it\s+when\s+(?:(?:the\s+)?\w+\s+){1,2}?(?:(?:catch(?:es)?|gets?|jumps?|batters?|finds?|smacks?|slaps?|hits?|punch(?:es)?|fights?|decks?|rush(?:es)?)"
        r"\s+(?:him|her|them)\b(?!\s+(?:his|her|their|a|an|the|some)\s)(?![^\n]{0,60}\b(?:finish\s+line|dunk\s*tank|custard|pie|sponge|stocks|race|sports\s+day|fair|fete|grotto|santa|present|concert|show|panto|nativity|tag|tig)\b)|gets?\s+(?:battered|jumped|merked|decked|smacked|rushed|beaten\s+up|done\s+in)\b)",
        re.I | re.S),
    # Pupils fighting, named or by year group: identifiable. Not a match, nor a snowball fight unless someone is hurt.
    "pupil_fight": re.compile(
        r"(?:\b(?:(?<!snowball\s)(?<!pillow\s)(?<!food\s)(?<!water\s)(?<!nerf\s)(?<!play\s)|(?=\w+[^\n]{0,100}?\b(?:ambulance|hospital|a\s*&\s*e|broken|blood|bleeding|stitches|smashed|concussion|unconscious|knocked\s+(?:spark\s+)?out)\b))(?<!nobody\sis\s)(?<!nobody\swas\s)(?<!no\sone\sis\s)(?<!not\s)(?:scrap|scrapping|fight|fighting|brawl|going\s+at\s+it|knocked\s+(?:spark\s+)?out|got\s+(?:folded|rocked|jumped|leathered|merked|decked|sparked))\b|#fight)"
        r"(?=[^\n]{0,160}?(?:\b(?:year|yr|y)\s?\d{1,2}s?\b|\b\d{1,2}[A-Z]\b))(?![^\n]{0,120}\b(?:match|game|football|netball|rugby|cup|league|\d+\s*-\s*\d+)\b)"
        r"|(?:\b(?:year|yr|y)\s?\d{1,2}s?\b|\b\d{1,2}[A-Z]\b)[^\n]{0,160}?(?:\b(?:(?<!snowball\s)(?<!pillow\s)(?<!food\s)(?<!water\s)(?<!nerf\s)(?<!play\s)|(?=\w+[^\n]{0,100}?\b(?:ambulance|hospital|a\s*&\s*e|broken|blood|bleeding|stitches|smashed|concussion|unconscious|knocked\s+(?:spark\s+)?out)\b))(?<!nobody\sis\s)(?<!nobody\swas\s)(?<!no\sone\sis\s)(?<!not\s)(?:scrap|scrapping|fight|brawl|going\s+at\s+it|knocked\s+(?:spark\s+)?out|got\s+(?:folded|rocked|jumped|leathered|merked|decked|sparked)|getting\s+(?:stamped\s+on|jumped|battered|kicked\s+in))\b|#fight)"
        r"(?![^\n]{0,120}\b(?:match|game|football|netball|rugby|cup|league|\d+\s*-\s*\d+)\b)", re.I),
    # Pupils rated for their looks ("rate the year 11 girls 1-10"): sexualised, and they are identifiable.
    "sexualised_rating": re.compile(
        r"\brat(?:e|ing)\s+(?:the\s+|all\s+the\s+)?(?:(?:year|yr|y)\s?\d{1,2}\s+|sixth\s+form\s+)?(?:girls|boys|lads)\b(?!\s+(?:team|squad|match|game|netball|football|rugby))"
        r"|\b(?:girls|boys|lads)\b[^.!?\n]{0,40}?(?:\bout\s+of\s+10\b|\b1\s*-\s*10\b|/10\b)"
        # Round 59's "rate the ugliest in 10C at hba, number 1 = kieran w 😂😂 comment ur votes": looks ranked, not cakes.
        r"|\b(?:rat(?:e|ing)|rank(?:ing|ed)?|vote(?:\s+for)?)\s+(?:the\s+)?(?:ugliest|fittest|hottest|prettiest|fattest|smelliest|biggest\s+(?:minger|slag|sl\*g|loser|freak)|most\s+(?:fit|ugly|minging))"
        r"\s+(?:(?:in|at|from|of)\s+(?:\w+\s+){0,2}?(?:(?:year|yr|y)\s?\d{1,2}|(?-i:\d{1,2}[A-Z]{1,2})|sixth\s+form|(?:the\s+)?(?:class|form|school|year\s+group))\b|(?:girls?|boys?|lads?|kids?|pupils?|(?:year|yr|y)\s?\d{1,2})\b)"
        r"(?![^\n]{0,60}\b(?:cakes?|bake|costumes?|pumpkins?|jumpers?|displays?|bonnets?|scarecrows?|drawings?|poems?|staff\w*|teachers?|dads?|mums?|parents?|dogs?|pets?|show|parade|fancy\s+dress|competition|contest|challenge|fun\s+run|race|lunch\w*)\b)", re.I),
    # Bullying is for the DSL too, but it is usually a parent's legitimate complaint.
    "bullying": re.compile(r"\bbeing\s+bullied\b|\bbull(?:y|ies|ied|ying)\s+(?:him|her|my\s+\w+)\b", re.I),
}


def child_at_risk(text: str) -> tuple[Finding, ...]:
    """Self-harm, grooming, harm at home, a child's routine laid bare, or bullying:
    each finding's rule says which."""
    out: tuple[Finding, ...] = ()
    for rule, pattern in _AT_RISK.items():
        found = find_all(rule, pattern, text)
        if not found and rule == "self_harm":
            # "k1ll1ng mys3lf": written to slip past a filter, read as the words it spells.
            found = find_all(rule, pattern, plain_spelling(text))
        if rule == "self_harm":
            found = tuple(f for f in found if not cheer.excitement_not_farewell(text, f.evidence))
        if rule == "self_harm_hint":
            # "If they scrapped mocks everyone would be less stressed": a condition that is not the writer.
            found = tuple(f for f in found if not selfharm.someone_elses_if(text, f.evidence) and not cheer.explained(text, f.evidence))
        if rule == "grooming":
            found = () if advice(text) else found or crimes_against_children(text)
        out += found
    return out


_STAFF = (r"(?:(?:mr|mrs|ms|miss|dr|sir)\.?\s+[A-Z][\w'-]+|\b(?:mr|mrs|ms|miss|sir)\b|(?:a|the|one\s+of\s+the|his|her|their|my\s+\w+'?s)\s+"
          r"(?:(?:year\s?\d{1,2}|reception|nursery|maths|english|science|music|drama|form|class|supply)\s+)?(?:teachers?|ta|teaching\s+assistant|head(?:teacher)?|head\s+teacher|deputy(?:\s+head)?|pe\s+teacher|coach|dinner\s+lady|"
          r"lunchtime\s+supervisor|caretaker|member\s+of\s+staff|staff(?:\s+member)?|senco|form\s+tutor|tutor))")
_HARM = (r"(?:hit|hits|slapped|slaps|punched|kicked|grabbed|grabs|shoved|pushed|dragged|threw|hurt|assaulted|abused|"
         r"touched|touching|groped|strangled|choked|pinned|restrained|locked|shook|smacked|manhandled|bruised|yanked|"
         r"twisted|pulled|threw|scratched|bit|pinched|tied|hitting|slapping|punching|kicking|grabbing|shoving|hurting|"
         r"abusing|touches|touched\s+up|touching\s+up|fiddl(?:ing|ed|es)\s+with|interfer(?:ing|ed|es)\s+with|molest\w*|beating|beat|"
         r"smacks|kicks|punches|grooming|groomed|shuts|shut|shutting|locks|locking|touchin|put\s+(?:his|her|their)\s+hands\s+on)")
# A child, a forum's "my DD" and "DS" among them (a second review: "Ms Marsh dragged my DD out of class by her hair").
_CHILD = (r"(?:my\s+(?:\w+\s+)?(?:son|daughter|boy|girl|lad|child|kid|little\s+one|sister|brother|niece|nephew|grandson|granddaughter|\d+\s*y(?:ea)?r\s*old)|my\s+(?:dd|ds|dc|dgd|dgs)\d?|(?-i:D[DSC])\d?|(?:a|the|one|this|that|another)\s+(?:of\s+the\s+)?(?:little\s+|young\s+|small\s+|autistic\s+|disabled\s+)?"
          r"(?:child|pupil|student|kid|boy|girl|lad|(?:year|yr|y)\s?\d+(?:\s+(?:girl|boy|kid|pupil)s?)?|little\s+one)s?|children|kids|pupils|students|him|her|them|(?-i:[A-Z][a-z]+)"
          r"|the\s+(?:autistic|disabled|send|sen|special\s+needs)\s+(?:ones|kids|children)\b(?!['’]|\s+(?:to|at)\b))")
_STAFF_HARM = re.compile(
    r"\b" + _STAFF + gap(3) + _HARM + r"\b(?:\s+(?:up|at|into|onto))?\s+" + _CHILD + r"\b"
    r"|\b" + _CHILD + r"\s+(?:was|were|got|has\s+been|had\s+been|being)\s+" + _HARM + r"\b" + gap(6) + r"by\s+" + _STAFF
    # Round 15's: "threw a ball at my son's head" (at a child in a game is PE; at a head or face, not).
    + r"|\b" + _STAFF + gap(3) + r"(?:threw|chucked|lobbed|kicked|booted)\s+(?:a|the)\s+(?:\w+\s+)?(?:ball|chair|book|bottle|shoe|ruler)\s+"
    r"(?:at|into)\s+my\s+(?:\w+\s+)?(?:son|daughter|boy|girl|lad|child|kid)'?s?\s+(?:head|face)\b"
    # Round 28's read sets: hands laid on "my boy" *again*, said in a threat ("Mr Lloyd puts his hands on
    # my boy again and I'm coming in"): it happened before. Without "again", only a warning.
    # Hands, not a place: "puts my son in goal again", "pushes my son in maths", "drags my lad out on the cross
    # country" are a school's day; a hand or a finger on him, a grab, a slap or a shove are not.
    r"|\b" + _STAFF + gap(2) + r"(?:(?:puts?|putting|lays?|laying|has\s+had|had)\s+(?:his|her|their|a)\s+(?:hands?|finger)\s+on\s+"
    r"|(?:grabs?|grab|shoves?|touch(?:es)?|hits?|slaps?)\s+)"
    r"my\s+(?:\w+\s+)?(?:son|daughter|boy|girl|lad|child|kid|little\s+one)\b(?!['\u2019])[^.!?\n]{0,40}\bagain\b",
    re.I)


# A child by a child's words only: at a distance "him" or "Jake" may be anyone.
_A_CHILD = (r"(?:my\s+(?:\w+\s+)?(?:son|daughter|boy|girl|lad|child|kid|little\s+one|sister|brother|niece|nephew|grandson|granddaughter)|(?:a|the|one|this|that|another|our)\s+(?:of\s+the\s+)?(?:little\s+|young\s+|small\s+|autistic\s+|disabled\s+)?"
            r"(?:child|pupil|student|kid|boy|girl|lad|(?:year|yr|y)\s?\d+(?:\s+(?:girl|boy|kid|pupil)s?)?|little\s+one)s?|children|kids|pupils|students)")
# The same allegation with words between the member of staff and the verb: "Tom Whitaker of
# Hollowbrook Academy in Hexley hit a pupil". One sentence; no other person in between.
_STAFF_HARM_FAR = re.compile(
    r"\b" + _STAFF + r"\b(?:(?![.!?\n]|\b(?:who|whose|which|that|when|after|because|if|said|says|told|boy|girl|kid|child|lad|pupil|son|daughter)\b).){1,90}?"
    r"\b(?:has\s+been\s+|have\s+been\s+|is\s+|was\s+|keeps\s+|kept\s+)?" + _HARM + r"\b(?:\s+(?:up|at|into|onto|with))?\s+" + _A_CHILD + r"\b",
    re.I)
# Sexual abuse of children alleged of a member of staff, with or without a verb.
_ABUSER = re.compile(
    r"\b(?:paedo|pedo|paedophile|pedophile|nonce|kiddie\s+fiddler|kiddy\s+fiddler|child\s+molester|child\s+abuser|groomer|sex\s+offender)s?\b(?<!dog\sgroomers)(?<!dog\sgroomer)(?<!pet\sgroomers)(?<!pet\sgroomer)"
    r"|\binappropriate\s+(?:with|relationship\s+with|messages'?\s+(?:to|with)|photos\s+of)\s+(?:a\s+|the\s+)?(?:pupils?|students?|kids|children|girls|boys|(?:year|yr)\s?\d+(?:\s+(?:girl|boy|pupil)s?)?)\b"
    r"|\b(?:done|convicted|arrested|investigated|sacked|moved|struck\s+off|suspended|got\s+rid)\s+(?:\w+\s+){0,5}?for\s+(?:something\s+|summat\s+|stuff\s+)?"
    r"(?:with|involving|to\s+do\s+with|touchin\w*|touching|messaging|grooming)\s+(?:kids|children|pupils|a\s+child|a\s+pupil|girls|boys|young\s+\w+)\b"
    # Round 5-9's development posts: leet, a record "to do with kids", a creep with the girls,
    # photos of pupils taken, girls kept behind.
    r"|\bn[o0]nc[e3]s?\b|\bp[a@]?[e3]d[o0]s?\b|\b(?:has|had|got)\s+a\s+record\s+(?:for\s+)?(?:something\s+)?(?:to\s+do\s+)?with\s+(?:kids|children)\b"
    r"|\bcreep(?:y)?\s+(?:with|around)\s+(?:the\s+)?(?:girls|boys|kids|pupils|children|year\s?\d+s?)\b"
    r"|\btakes?\s+(?:pictures|photos|pics|videos)\s+of\s+(?:the\s+)?(?:girls|boys|kids|pupils|children)\b"
    r"|\bmake\s+(?:the\s+)?(?:(?:year|yr)\s?\d+\s+)?(?:girls|boys)\s+stay\s+behind\b"
    r"|\b(?:photos|pics|pictures|videos)\s+of\s+(?:kids|children|pupils|girls|boys)\s+on\s+(?:his|her)\s+phone\b"
    r"|\b(?:near|around)\s+the\s+(?:boys'?|girls'?)\s+changing\s+rooms?\b(?=\s*(?:if\b|$|[.!]))"
    r"|\b(?:locked|locks|locking|shut|shuts|shutting)\s+(?:me|him|her|them|(?:\w+\s+)?(?:kids|children|pupils))\s+in\s+(?:the|a)\s+(?:[\w\"']+\s+){0,2}?(?:cupboard|room|store\s*room)\b[^\n]{0,40}\blights?\s+off\b"
    r"|\bhangs?\s+(?:round|around|about)\s+(?:outside\s+)?(?:the\s+)?(?:girls'?|boys'?)\s+(?:changing\s+rooms?|toilets|loos|showers)\b"
    r"|\bcheck\s+(?:our|their|her|his)\s+(?:kit|bodies|uniforms?)'?\b(?=[^\n]{0,60}\b(?:we\s+were|1[0-5]|year\s?\d|told\s+a\s+teacher))",
    re.I)


# In a post about a named member of staff, "He grabbed my son" or "Grabbed my daughter by the arm":
# the author's own child, the member of staff the subject the sentence leaves out or calls "he".
_PRONOUN_HARM = re.compile(
    r"(?:^|[.!?\n]\s*)(?:(?:and\s+)?(?:he|she)\s+)?(?:has\s+|had\s+)?" + _HARM + r"\b(?:\s+(?:up|at|into|onto))?\s+"
    r"my\s+(?:\w+\s+)?(?:son|daughter|boy|girl|lad|child|kid|little\s+one)\b"
    # ...or "SHE LOCKED OUR LILY MAE IN THE BOOK CORNER CUPBORD", not "he locked our bikes in the store room".
    r"|\b(?:he|she)(?:'s\s+|’s\s+|\s+has\s+|\s+had\s+|\s+)(?:locked|shut)\s+our\s+(?!(?:school|class|kids|dogs?|cats?|pupp(?:y|ies)|hamsters?|rabbits?|guinea\s+pigs?|bikes?|scooters?|kit|bags?|coats?|keys|stuff|things|phones?|car|van|shed|gate|door|house|front|back)\b)[A-Za-z]+(?:\s+[A-Za-z]+)?\s+in\s+(?:the|a)\s+(?:\w+\s+){0,3}?(?:cupboard|cupbord|room|toilets?|store\s*room)\b", re.I)


def staff_harmed_my_child(text: str) -> tuple[Finding, ...]:
    """"He put his hands on my boy", "Grabbed my daughter": the caller knows the post names staff."""
    return find_all("staff_harmed_child", _PRONOUN_HARM, text)


def staff_harmed_child(text: str) -> tuple[Finding, ...]:
    """"Mr Hale grabbed my son by the neck", "pushed by a TA", "Mr Hale has been fiddling with kids"."""
    found = find_all("staff_harmed_child", _STAFF_HARM, text)
    if not found:
        found = find_all("staff_harmed_child", _STAFF_HARM_FAR, text)
    return found


def staff_abuser(text: str) -> tuple[Finding, ...]:
    """A member of staff called a paedophile or a groomer: the caller knows the post is about staff."""
    return find_all("staff_abuse_allegation", _ABUSER, text) or staff_misconduct(text)
