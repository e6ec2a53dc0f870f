"""Triage's section for children: a child at risk (self-harm, grooming, harm at home, a fight,
pupils rated for their looks, bullying), and pupils made identifiable. Pure: adds to a Verdict.

Actions follow DESIGN.md: anything about a pupil's safety -> dsl_review; identifiable pupils
shown in a fight, a photo, in anger or as a child at risk -> request_removal; grooming -> report_police as well;
a child in danger now -> call_999.
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

from monitor.judge import rules
from monitor.judge.rules.consent import kept_from_view
from monitor.judge.rules.farewell_words import farewell_words
from monitor.judge.rules.safeguarding import NOT_NAMES as _NOT_A_NAME
from monitor.judge.verdict import Verdict, _quote

_IMMEDIATE = re.compile(r"\b(?:tonight|tonights|today|right now|now|swallowed\s+(?:all|the\s+lot)|(?:taken|took)\s+(?:all|the\s+lot)\s+of|this (?:morning|afternoon|evening)|tomorrow|tmrw|when i get home|after school"
                        r"|after\s+(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|last)\s+(?:period|lesson)"
                        r"|just\s+(?:messaged|texted|posted|sent|said|snapped)|an\s+hour\s+ago|(?:not|isn'?t|isnt|hasn'?t\s+been)\s+answering|since\s+last\s+night"
                        r"|(?:has|hasn'?t|not)\s+(?:come|came)\s+home|missing|(?:ring|call)\s+999"
                        # Round 49's: belongings given away, and a day after which "it won't matter".
                        r"|matter\s+after\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\s+week(?:end)?|the\s+weekend|half\s*-?\s*term|tomorrow|tmrw|tonight)"
                        # A farewell already said is now.
                        r"|said\s+my\s+goodbyes|my\s+last\s+(?:post|tiktok|snap|story|vid|video)|last\s+message|(?:don'?t|dont|do\s+not)\s+try\s+(?:and|to)\s+find\s+me|goodnight\s+forever|last\s+thing\s+i'?ll\s+post|already"
                        # The means out and ready is now: "got all my tablets lined up", "taken the tablets".
                        # The blade out in the toilets: "got the blade out of my sharpener. cant go back to period 3. i mean
                        # it this time" (read as self-harm since round 31, it needs its moment here to keep its 999 call).
                        r"|i\s+mean\s+it\s+this\s+time|(?:i'?ve|ive|i\s+have)\s+already\s+taken\s+(?:them|it|the\s+\w+)|tell\s+\w+\s+i\s+said\s+(?:bye|goodbye)|(?:can'?t|cant|cannot)\s+go\s+back\s+(?:to|in|into)\s+(?:\w+\s+)?(?:period|lesson|class)"
                        r"|got\s+(?:the|my|all\s+(?:the|my))\s+(?:tablets|pills)\s+(?:out|lined\s+up)|(?:got|have)\s+(?:them|em)\s+all\s+lined\s+up|(?:pills|tablets|meds)\s+(?:all\s+)?lined\s+up|(?:i'?ve|ive|i\s+have)\s+taken\s+(?:the|my|all\s+(?:the|my))\s+(?:tablets|pills))\b", re.I)
_SUICIDAL = re.compile(r"suicid|kill|end|die|unalive|overdos|tablets|pills|paracetamol|blades?\s+(?:is\s+|'s\s+)?(?:out\s+of|from)\s+my|problem|night|sorry|bye|that'?s\s+it|sorted|notice|look(?:ing)?\s+for\s+me|it\s+(?:all\s+)?stop|everything\s+stop|pain\s+stop|swallow|all\s+of\s+(?:them|em)|the\s+lot|the\s+day|here\s+after|is\s+it"
                       r"|bridge|here\s+any\s*more|roof|cliff|train|knowing|gave|thanks|any\s+day|goodbye|last\s+post|canal|river|home|longer|be\s+here|or\s+ever|everything\s+ready"
                       r"|letters|forever|done\s+with|lined\s+up|in\s+front\s+of|last\s+(?:tiktok|snap|story|vid|video|message)|find\s+me|matter\s+after", re.I)


# Harm hidden under sleeves is the DSL's today, not a 999 call: it says nothing of tonight.
_HIDDEN = re.compile(r"(?:long\s+)?sleeves", re.I)
# A pupil's exam dread laughed at: "if i fail the maths mock tmrw im actually killing myself 💀💀" (round 52:
# the writers read it as a moan). For the DSL at high still; no 999 call.
# probe79's "gonna k!ll myself if lloyd makes us do the bleep test again 2day 😭😭 my lungs cannot": PE's dread, the same.
_EXAM_DREAD = re.compile(r"\bif\s+(?:\w+\s+){1,3}?(?:makes?|made)\s+(?:us|me)\s+(?:do|run|sit|go|write|read|present|sing)\b(?=[^\n]{0,80}(?:😭|😩|😫))|"
                         r"\bif\s+i\s+(?:fail|flunk|don'?t\s+pass|dont\s+pass|bomb)\s+(?:the\s+|my\s+|this\s+|another\s+)?(?:\w+\s+){0,2}"
                         r"(?:mocks?|exams?|tests?|gcses?|sats|paper|quiz|resit)\b"
                         # probe85's "i actually want to die we've got a mock with marsh tomorrow 💀💀".
                         r"|\b(?:want\s+to|wanna|gonna|going\s+to)\s+die\b[^\n]{0,40}?\b(?:we'?ve\s+got|we\s+have|i'?ve\s+got|got|there'?s)\s+(?:a\s+|an\s+|the\s+|our\s+|my\s+)?"
                         r"(?:\w+\s+){0,2}(?:mocks?|exams?|tests?|gcses?|sats|paper|quiz|bleep\s+test|presentation)\b", re.I)
# ...unless it says it is meant: "not even joking i wrote the note last night and the tablets r in my drawer" (a review's).
_MEANT = re.compile(r"\b(?:not\s+(?:even\s+)?(?:joking|kidding|jk)|i\s+mean\s+it|for\s+real|deadass|note|tablets|pills|paracetamol|counted|plan(?:ned)?|rope"
                    r"|bridge|canal|river|roof|razor|blade|bye|goodbye|sorry\s+(?:mum|mam|mom|dad)|last\s+(?:tiktok|post|snap|video|message)|ending\s+it"
                    r"|already|(?:i|well\s+i)\s+failed|at\s+the\s+\w+\s+now)\b", re.I)
_SOLICITS = re.compile(r"\b(?:dm|message|msg|add|snap|text|inbox|pm|contact|whatsapp)\s+me\b|\bhmu\b|\bhit\s+me\s+up\b"
                       r"|\bslide\s+in(?:to)?\s+my\s+dms?\b|\badd\s+my\s+snap\b|\bdrop\s+(?:ur|your)\s+snap\b|\bi'?ll\s+pick\s+(?:u|you)\s+up\b"
                       r"|\b(?:will|can|i'?ll)\s+meet\s+(?:any|u|you)\b|\bsend\s+me\s+(?:her|his|ur|your)\s+(?:snap|number|insta|pics?)\b", re.I)
# What an adult offers a child to make contact: money or work, a lift, flattery of looks or age,
# the adult's own age. With "dm me" in a post the model reads as a child at risk, the post is
# the approach itself (child sexual or criminal exploitation, KCSIE), however it is worded.
_INDUCEMENT = re.compile(r"\b(?:earn|paid|good\s+pay|cash|easy\s+(?:money|work|£)|no\s+questions|parcels?|run\s+bits"
                         r"|free\s+(?:drinks|vodka|vapes|alcohol|weed)|pick\s+(?:u|you)\s+up|older\s+than|mature\s+for|stunning|gorgeous"
                         r"|so\s+pretty|i'?m\s+(?:1[89]|[2-6]\d))\b|💷|💸|💰", re.I)
# ...said to children: an offer to "any yr 8 girls", "young lads", "what year u in".
_TO_CHILDREN = re.compile(r"\b(?:girls?|boys?|lads?|bros|young\s+\w+|y(?:ea)?r\s*\d{1,2}s?|y\d{1,2}s?|what\s+year|1[0-7]\s*-\s*1[0-7]"
                          r"|(?-i:(?:[1-9]|1[0-3])[A-Z]{1,2}\d?))\b", re.I)
# ...and not said to parents, nor a club's trials, a tutor's lessons, a collection or a lift share.
_ORDINARY = re.compile(r"\b(?:(?:any|all|calling|hey|hi)\s+(?:\w+\s+){0,3}?(?:parents?|mums?|dads?)|trials?|subs|tutor\w*|lessons?"
                       r"|collection|donat\w*|fundrais\w*|raffle|lift\s*-?\s*share|dbs|coach(?:ing|es)?|club)\b", re.I)
# A child named to be found, mourned or wished well: the post is for the child, and comes down
# only for what else is in it (a fight, a photo, anger).
_FOR_THE_CHILD = re.compile(r"\b(?:missing|has\s+any(?:one|1)\s+seen|any(?:one|1)\s+seen|last\s+seen|(?:please|pls|plz)\s+share|share\s+(?:please|pls|plz)"
                            r"|(?:hasn'?t|has\s+not|not|never)\s+(?:been\s+|come\s+|came\s+)home|found\s+a\s+(?:little\s+)?(?:lad|boy|girl|child|kid)"
                            r"|rip|rest\s+(?:in\s+peace|easy)|fly\s+high|forever\s+\d+|vigil|get\s+(?:well|better)|speedy\s+recovery|sending\s+(?:love|hugs)"
                            r"|pray(?:ing|ers)?\s+for|thoughts\s+are\s+with|thinking\s+of)\b|🕊", re.I)
# What a worried parent or friend reports: a child in danger, not a child shown.
# "my son Harvey Bell", "my two, Ava Green": the author's own child, named just before.
_OWN = re.compile(r"\bmy\s+(?:\w+\s+){0,3}?(?:(?:step|foster)-?)?(?:son|daughter|child|kid|kids|children|boy|girl|lad|two|three|twins)'?s?\s*(?:,|:|-|called|named)?\s*$", re.I)
_OWN_AFTER = re.compile(r"^[^.!?\n]{0,20}?\(\s*(?:my|our)\s+(?:(?:step|foster)-?)?(?:son|daughter|child|boy|girl|lad)\s*\)", re.I)
_CUSTODY = re.compile(r"\b(?:court\s+order|non-?molestation|injunction|not\s+allowed\s+(?:near|to\s+(?:see|collect|contact))|isn'?t\s+allowed|social\s+services|won'?t\s+(?:say|tell\s+me)\s+where|moved\s+(?:away|out)|restraining|(?:leave|left|went|go)\s+(?:\w+\s+)?with\s+a\s+(?:man|woman|stranger|adult))\b", re.I)
# The child who wrote it is found: the news of a farewell, not one still live.
_SAFE_NOW = re.compile(r"\b(?:(?<!if\sthey\s)(?<!if\swe\s)(?<!whether\sthey\s)(?<!not\s)(?<!haven't\s)(?<!hasn't\s)(?<!havent\s)(?<!hasnt\s)(?:been\s+)?found\s+(?:safe|him|her|them|alive)|(?:is|are|was)\s+(?:safe|home\s+safe|safe\s+and\s+well)|home\s+safe"
                       # Not what a frightened parent is told: "she keeps saying she's fine but...".
                       r"|(?<!says\s)(?<!said\s)(?<!saying\s)(?<!claims\s)(?<!insists\s)(?<!like\s)(?<!thinks\s)"
                       r"(?:he|she|they)(?:'s|\s+is|'re|\s+are)\s+(?:ok|okay|safe|fine)\b(?!\W{0,3}but\b)"
                       r"|thank\s+god\b(?=[^.!?\n]{0,25}\b(?:found|safe|home|ok|okay|alive|back)\b)|panic\s+over)\b", re.I)
# The farewell quoted is a death's news: an inquest, a funeral, a tribute.
_AFTER_DEATH = re.compile(r"\b(?:inquest|coroner|funeral|rest\s+in\s+peace|RIP|passed\s+away|before\s+(?:her|his|their)\s+death"
                          r"|(?:he|she|they)\s+died|took\s+(?:her|his|their)\s+own\s+life)\b", re.I)
# The writer's own funeral is a farewell's word, not a death's news: "i dont want anyone crying at my funeral. sorry mum".
_OWN_FUNERAL = re.compile(r"\bmy\s+(?:own\s+)?funeral\b", re.I)
# "one told him to go kill himself": bullying reported, the DSL's today, not a 999 call.
# Not "saying she wants to kill herself": a child's own words about tonight are still the 999 call.
_TOLD_TO = re.compile(r"\b(?:told|telling|tells|tell|said|saying|says|messaged|messaging|keep\s+telling)\s+"
                      r"(?:(?!(?:wants?|wanted|wanna|going|gonna|planning|plans?|planned|tried|trying|tries|needs?|needed|means?|meant|about|ready|decided)\b)\w+\s+){0,2}?"
                      r"(?:to\s+(?:go\s+)?(?:and\s+)?|(?:him|her|them)\s+(?:he|she|they)\s+should\s+(?:go\s+)?(?:and\s+)?)(?:kill|hurt|unalive)\s+(?:himself|herself|themselves|urself|yourself)\b", re.I)
_HEARTY = re.compile(r"😂|🤣|😆|😅|\blmao+\b|\bhaha\w*|\blol{2,}\b", re.I)
_CONCERNS = frozenset({"self_harm", "self_harm_hint", "grooming", "neglect_or_abuse_at_home", "child_routine"})
# A child named so that a reader could find them: a handle or a list, a photo, "called", two names
# (not "Hollowbrook Year 7", "Miss Rowe").
_PLAIN_FORM = re.compile(r" \.\.\. |\b(?:photo|pic|picture|video|vid|clip|called|named|name\s+is)\b"
                         r"|\b(?!(?-i:Mr|Mrs|Ms|Miss|Dr|Sir|Year|Proud|Huge|Massive)\b)(?-i:[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?\s+(?!(?:Year|Reception|Nursery|Class|Form)\b)[A-Z][a-z]{2,})\b", re.I)
_YEARISH = re.compile(r"(?:year|yr|y)\s?\d{1,2}\b|\b(?-i:(?:[1-9]|1[0-3])[A-Z]\d?)\b|\breception\b|\bnursery\b|\bsixth\s+form(?:er)?\b"
                      r"|\b(?:class|form)\s+\S+", re.I)
_WORD = re.compile(r"[\w'’-]+")
_A_NAME = re.compile(r"(?-i:[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?:['’]s)?")


def plainly_named(f: rules.Finding, not_names: Sequence[str] = ()) -> bool:
    """Not one capitalised word a few words from "year 3" ("Nits letter came home again, yr 3",
    "Huge shout out to our Year 11"): on the read sets, 320 such posts went before the DSL for
    nothing against 22 rightly. A name beside the year or class ("Amy in year 9", "alfie grant in
    1B", "Amazing day. Honestly. Jack in year 6"), two names, a handle,
    a photo still do; not the next sentence's first word ("year 7? Lost the email")."""
    ev = f.evidence
    if _PLAIN_FORM.search(ev):
        return True
    year = _YEARISH.search(ev)
    if not year:
        return len(_WORD.findall(ev)) <= 3
    if not year.start() and re.search(r"[.?!]\s", ev[year.end():]):
        return False
    between = _WORD.findall(ev[:year.start()] if year.start() else ev[year.end():])
    # The evidence starts at the first capitalised word; a name nearer the year is the one that counts.
    skip = _NOT_A_NAME | {w.lower() for n in not_names for w in n.split()}
    near = between[-3:] if year.start() else between[:3]
    return len(between) <= 3 or any(_A_NAME.fullmatch(w) and re.sub(r"['’]s$", "", w).lower() not in skip for w in near)


# A lesson or advice about the words of a child at risk ("PSHE today: what to do if a friend says
# they've taken enough to end it"): for the DSL to see, no 999 call.
_TAUGHT = re.compile(r"\bwhat\s+to\s+do\s+if\b|\bPSHE\b|\bRSE\b|\bif\s+(?:a|your)\s+(?:friend|child|mate)\s+(?:says|tells)\b"
                     r"|\bsigns\s+(?:of|that)\b|\badvice\s+(?:on|for|from)\b", re.I)
# ...or a friend's word of it now: "my mate says she's taken..." (not a headline's "mum says son took").
_TOLD_ME = re.compile(r"\b(?:messaged|texted|txted|snapchatted|dm'?d|rang|called|told|sent)\s+(?:me|us|her\s+mum|his\s+mum|my\s+\w+)\b"
                      r"|\b(?:says|said|saying)\s+(?:she|he|they)(?:'s|'ve|\s+has|\s+have|\s+just)\b", re.I)


def at_risk(v: Verdict, text: str, s: Mapping[str, float], p: Mapping[str, float], said: set[str],
            scores: Mapping[str, float], pupils: Sequence[rules.Finding], harmed: bool, threat_rule: bool,
            not_names: Sequence[str] = (), context: str = "") -> bool:
    """`harmed`: the post alleges staff harmed a child (already routed); `threat_rule`: a threat rule fired;
    `context`: the post it answers, where a reply may urge on a child (urged_on).
    Returns whether the post shows other people's children where it should not (named in anger,
    in a fight, in a photo): a parent who posts that is asked to take it down."""
    found = rules.child_at_risk(text) + rules.pupil_records(text)
    # A hint is words a pupil in pain uses obliquely, and everyday chat uses plainly: it is the
    # DSL's only where the post does not read happy and does not laugh out loud. (Pupils in pain
    # write "lol", 💀 and 🙂 too: of the read sets' hints, 7 were lost to a gate that heeded them.)
    if s["positive"] > s["negative"] + 0.1 or _HEARTY.search(text):
        found = tuple(f for f in found if f.rule != "self_harm_hint")
    serious = [f for f in found if f.rule != "bullying"]
    if serious:
        # A fight filmed and shared, or pupils rated for their looks: ask for it to come down.
        shown = {f.rule for f in serious} & {"filmed_fight", "pupil_fight", "sexualised_rating", "child_data_sought", "child_data_shared"}
        # An adult soliciting pupils in the post itself ("DM me if ur a yr 9 girl"): the post is the danger.
        if any(f.rule == "grooming" for f in serious) and _SOLICITS.search(text):
            shown.add("solicitation")
        v.add("high", ["safeguarding"] + (["harassment"] if "sexualised_rating" in shown else []),
              ["dsl_review"] + (["request_removal"] if shown else [])
              # Grooming is a crime against a child: the police as well as the DSL.
              + (["report_police"] if any(f.rule == "grooming" for f in serious) else []),
              f"A child may be at risk: {_quote(serious)}.", serious)
        # Bullies' words only where every time the post says it, it is what they said.
        told = [m.span() for m in _TOLD_TO.finditer(text)]
        low = text.lower()
        def only_told(ev: str) -> bool:
            at = [m.start() for m in re.finditer(re.escape(ev.lower()), low)]
            return bool(at) and all(any(s <= i < e for s, e in told) for i in at)
        if any(f.rule == "self_harm" and _SUICIDAL.search(f.evidence) and not _HIDDEN.match(f.evidence)
               and not only_told(f.evidence) for f in serious) \
                and _IMMEDIATE.search(rules.plain_spelling(text)) and not _SAFE_NOW.search(text) and not _TAUGHT.search(text) \
                and not (_EXAM_DREAD.search(text) and (rules.LAUGH.search(text) or "😭" in text) and not _MEANT.search(text)):
            v.add("urgent", [], ["call_999"], "It suggests a child is in danger now.", ["immediate_risk"])
    elif found:
        # Bullying mentioned in a complaint with no child at risk ("the bullying policy is a joke") is the
        # complaint's, whatever the model's safeguarding score: the writers of the read sets asked the
        # DSL for none of the 19 such posts.
        pass
    elif ("safeguarding" in said and not harmed and _SOLICITS.search(text) and (offer := _INDUCEMENT.search(text))
          and _TO_CHILDREN.search(text) and not _ORDINARY.search(text)):
        v.add("high", ["safeguarding"], ["dsl_review", "request_removal", "report_police"],
              f"Reads as an adult approaching children: \"{offer.group(0)}\" with a request to make contact; "
              "the post is the approach.", ["solicitation"])
    elif "safeguarding" in said and not harmed:
        v.add("high", ["safeguarding"], ["dsl_review"],
              f"Reads as a concern about a child's safety (safeguarding score {scores['safeguarding']:.2f}).",
              ["safeguarding_score"])
    # Not in thanks (a leaver's "bye everyone"); the model reads some farewells as warm, not sad,
    # and some not as a child at risk at all: words that say the writer will not be back decide then.
    if not harmed and "immediate_risk" not in v.rules and not rules.parent_author(text):
        plain = rules.plain_spelling(text)
        # A child at risk who says goodbye, and a time that is now: a farewell, whatever words it uses.
        said_bye = (rules.farewell(plain) if "safeguarding" in said and "praise" not in said else ()) \
            or rules.final_farewell(rules.plain_spelling(rules.without_quotes(text)))
        # "tonight's the night!!! first date, bye mum dont wait up 😍": a goodbye said in excitement. The end named beside
        # words to those left has its own ordinary lasts ("HBA lads dont be weird about it ... mum ily" is no huff).
        if not (said_bye and not rules.cheerful(text)):
            said_bye = rules.goodbye(rules.without_quotes(text))
        if said_bye and not _SAFE_NOW.search(text):
            v.add("urgent", ["safeguarding"], ["call_999", "dsl_review"],
                  f"It reads as a child saying goodbye: {_quote(said_bye)}; call 999.", ["farewell", *said_bye])
    # A child already at the bridge, or with the tablets in hand, saying goodbye: there is no "tonight" to wait for.
    if not harmed and not {"immediate_risk", "farewell"} & set(v.rules) and not _SAFE_NOW.search(text) \
            and not _AFTER_DEATH.search(text) and (edge := rules.crisis_now(rules.plain_spelling(rules.without_quotes(text)))):
        v.add("urgent", ["safeguarding"], ["call_999", "dsl_review"],
              (f"It reads as a child who has left a goodbye note for the family: {_quote(edge)}; call 999." if edge[0].rule == "note_left"
               else f"It reads as a parent saying goodbye and asking for the children to be collected: {_quote(edge)}; call 999."
               if edge[-1].rule == "handed_over" else f"It reads as someone saying goodbye, the act set for now: {_quote(edge)}; call 999."
               if edge[-1].rule == "planned" else f"It reads as a child in a place of danger now, saying goodbye: {_quote(edge)}; call 999."),
              ["farewell", *edge])
    # ...or in three kinds of farewell word at once, the model sure it is a child at risk (rules/farewell_words.py).
    if not harmed and not {"immediate_risk", "farewell"} & set(v.rules) and float(scores.get("safeguarding") or 0.0) >= 0.9 \
            and not _SAFE_NOW.search(text) and not _AFTER_DEATH.search(_OWN_FUNERAL.sub(" ", text)) and not rules.parent_author(text) \
            and (words := farewell_words(rules.plain_spelling(text))):
        v.add("urgent", ["safeguarding"], ["call_999", "dsl_review"],
              f"It reads as a child saying goodbye, in many words at once: {_quote(words)}; call 999.", ["farewell", *words])
    # A parent or friend passing on a child's farewell, word for word: the child's words decide.
    if not harmed and "farewell" not in v.rules and not _SAFE_NOW.search(text) and not _AFTER_DEATH.search(text):
        passed_on = next((f for q in rules.quotations(text) if (f := rules.final_farewell(rules.plain_spelling(q)))
                          and not rules.cheerful(q)), ())
        # ...or an overdose a child has just told someone of: "just messaged me ... has taken 'enough to
        # sleep for good'". Not advice, a lesson, a question, a headline ("mum says son took...").
        if not passed_on and _TOLD_ME.search(text):
            passed_on = rules.overdose_passed_on(rules.plain_spelling(text))
        # ...or any farewell just sent, by a child nobody can now reach (monitor/judge/rules/relayed.py).
        passed_on = passed_on or rules.relayed_farewell(text) or rules.alarm_raised(text) or rules.goodbye_seen(text)
        if passed_on:
            v.add("urgent", ["safeguarding"], ["call_999", "dsl_review"],
                  (f"Someone is raising the alarm about a child, the child's own words of an ending beside the means or the place: "
                   f"{_quote(passed_on)}; call 999." if passed_on[0].rule == "alarm_raised"
                   else f"It passes on a child's farewell: {_quote(passed_on)}; call 999."), ["farewell", *passed_on])
    if pupils:
        # A child named in praise is the school's to judge; named in anger, in a fight, beside
        # bullying, in a photo or as a child at risk (DESIGN's "identifiable pupils"), the
        # platform is asked to take it down.
        # A parent's angry complaint that names a child is not, by its anger, a safeguarding alarm.
        bad = (s["abuse"] >= p["abuse"] or s["threat"] >= p["hostile"] or bool(found) or threat_rule
               # ...unless the post is for the child (found, mourned, wished well) and no one mocks them.
               or ("safeguarding" in said and "praise" not in said
                   and not (_FOR_THE_CHILD.search(text) and s["abuse"] < p["abuse"] and not rules.LAUGH.search(text)))
               or any(" ... " in f.evidence for f in pupils)
               or any(w in f.evidence.lower() for f in pupils for w in ("photo", "pic", "video")))
        # A child named in praise, news or a request for their records, with nothing wrong beside it
        # ("Star of the week: Alfie, 1B"), is no safeguarding matter: on the read sets the writers asked
        # the DSL for 19 of 171 such posts, and a month of the school's own posts (quiet36) drew 20
        # needless reviews. A child named beside a custody worry still goes to the DSL.
        worry = bool(_CUSTODY.search(text))
        named = any(plainly_named(f, not_names) for f in pupils)
        # A subject access request about an incident with other children in it ("where Jayden Cole and Mason
        # Price cornered my son") is the DSL's too; one naming only the author's own child is not.
        others = named and rules.subject_access_request(text) and not all(
            _OWN.search(text[max(0, i - 40):i]) or _OWN_AFTER.search(text[i + len(f.evidence):])
            for f in pupils if (i := text.find(f.evidence.split(" ... ")[0])) >= 0)
        # Named plainly in anger ("Jake in 6B pushed my son again"), the child is the DSL's to know of; a
        # parent's request for their own child's records reads as angry too, and is not.
        angry = named and s["negative"] > s["positive"] and not rules.subject_access_request(text)
        if bad or worry or others or angry:
            v.add("high" if bad else "digest", ["safeguarding"], ["dsl_review"] + (["request_removal"] if bad else []),
                  f"A pupil may be identifiable: {_quote(pupils)}.", pupils)
        # A child named with where they live and readers told to do what they like with it (round 58's "Ryan
        # O'Neill 9K, lives on Hexmoor estate by the garages. do what u want with that"): a call to hurt a child.
        if named and (s["negative"] > s["positive"] or s["abuse"] >= p["abuse"]) and (home := _HOME.search(text)) \
                and (called := rules.incitement(text)):
            v.add("urgent", ["threat", "safeguarding"], ["report_police", "dsl_review", "request_removal"],
                  f"A pupil named with where they live, and readers set on them: {_quote(pupils)}, "
                  f"\"{home.group(0)}\", \"{called[0].evidence}\".", pupils + called)
    # A child's comings and goings posted with menace (probe68's "He walks past the garages on Orchard Way on his own about
    # 4pm most days. Just saying."), as a member of staff's are (abuse.routine_threat).
    moves = rules.routine(text)
    if {"routine", "routine_time"} <= {f.rule for f in moves} and _CHILD.search(text) and s["negative"] > s["positive"] \
            and (cue := rules.routine_cue(text) + rules.incitement(text)):
        v.add("urgent", ["threat", "safeguarding"], ["report_police", "dsl_review", "request_removal"],
              f"Where and when to find a child, posted in menace: {_quote(moves + cue)}.", moves + cue)
    urged_on(v, text, context)
    if kept := kept_from_view(text, context):
        v.add("high", ["safeguarding"], ["dsl_review", "request_removal"],
              f"A child who must not be shown is in a picture: {_quote(kept)}.", kept)
    # A worried parent reporting grooming or self-harm posts nothing inappropriate.
    worried = any(f.rule in _CONCERNS for f in found)
    return bool(pupils) and "request_removal" in v.actions and not worried


_CHILD = re.compile(r"\b(?:kid|lad|boy|girl|pupil|student|year\s?\d{1,2}|yr\s?\d{1,2}|y\d{1,2}|blazer|uniform|(?:[1-9]|1[0-3])[a-z])\b", re.I)
_HOME = re.compile(
    r"\b(?:lives?|living|stays?(?:\s+with\s+(?:his|her|their)\s+\w+)?|(?:his|her|their)\s+(?:(?:mum|mam|dad|nan|gran)['’]?s\s+)?(?:house|flat|home)\s+(?:is\s+)?)"
    r"\s*(?:on|in|at|by|near|round|off|opposite|behind|above|next\s+to)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'-]+\s+){1,2}"
    r"(?:estate|road|rd|street|st|close|lane|avenue|ave|way|drive|crescent|flats|court|gardens|grove|terrace|garages|shops)\b"
    r"|\b(?:lives?|living)\s+(?:at|on)\s+(?:number\s+|no\.?\s*)?\d{1,4}[a-z]?\b", re.I)


def urged_on(v: Verdict, text: str, context: str) -> None:
    """"do it then", under a pupil's goodbye: the child above is in danger, and this is harassment of them."""
    if urged := rules.urges_self_harm(text, context):
        v.add("urgent", ["harassment", "safeguarding"], ["dsl_review", "request_removal"],
              f"Urges on a child who says they mean to end their life: {_quote(urged)}.", urged)
