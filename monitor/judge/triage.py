"""Triage: what a post is, how soon the school must act, and what to do. Pure.

`triage(post, about, scores, history, school, policy)` -> Decision. The rules of
monitor/judge/rules find what models miss; the classifier's scores find abuse, hate and
sentiment; the author's history turns single posts into a course of conduct.

Policy keys (`[triage]` in config.toml; every key optional, defaults below):
  abuse = 0.5            abuse score at which a post about a named person is abusive
  abuse_high = 0.85      ... and at which one abusive post is `high` on its own
  hate = 0.5             hate score at which a post is hate, where it speaks of who someone is
  hate_sure = 0.95       hate score at which a post is hate though it names no group ("isn't even British
                         anymore", "turn hollowbrook into lagos"): with round 16's model, on writers it never
                         learned from, hate 5 times in 6 (at 0.9, 9 in 11)
  threat = 0.5           threat score at which a post counts as a threat with no rule firing, when it
                         has a violent word or a veiled phrase in it
  threat_plain = 0.7     ... and with neither: an angry complaint scores middling on threat too
  threat_urgent = 0.85   threat score at which such a post is `urgent` (rules make it urgent anyway) when it
                         has a violent word or is written in anger (negative >= angry = 0.8); else threat_sure
  threat_sure = 0.95     threat score at which the model alone is believed past an idiom, and pages calm banter
  hostile = 0.5          negative/abuse/threat score at which "see you at pickup" reads as a threat
  negative = 0.5, positive = 0.4   scores for a complaint and for praise (each above the other)
  course_days = 90, course_posts = 2   this many related posts (this one included) in this many days: a course of conduct
  sustained_days = 10    a course of conduct spanning this many days is sustained: legal advice ("day 11 of asking")
  category = 0.5         a fine-tuned model's score for one of MODEL_CATEGORIES at which the post is that;
                         a model without those labels leaves the rules and the five scores to decide
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Mapping, Sequence

from monitor.judge import abuse, children, doxxing, rules, targets
from monitor.config.types import School
from monitor.disclosure import strip_names
from monitor.judge.rules.spelling import disguised
from monitor.judge.verdict import Verdict, _days, _local_date, _quote, one_calendar_month  # noqa: F401
from monitor.vocab import Decision, Post, PriorPost

DEFAULT_POLICY: Mapping[str, float] = {
    "abuse": 0.5, "abuse_high": 0.85, "hate": 0.5, "hate_sure": 0.95, "threat": 0.5, "threat_plain": 0.7, "threat_urgent": 0.85,
    "threat_sure": 0.95, "angry": 0.8, "hostile": 0.5, "negative": 0.5, "positive": 0.4,
    "course_days": 90, "course_posts": 2, "sustained_days": 10, "category": 0.5,
}
# The categories a fine-tuned model may score beside the five labels of the contract.
MODEL_CATEGORIES = ("harassment", "defamation", "safeguarding", "privacy", "data_request",
                    "complaint", "praise", "neutral")

# Categories that make a post part of a course of conduct against someone.
HARMFUL = frozenset({"threat", "hate", "harassment", "defamation", "privacy"})
_FEAR = re.compile(r"\b(?:scared|terrified|frightened|(?:don'?t|dont)\s+want\s+to\s+go|help\s+me|(?:gonna|going\s+to)\s+(?:\w+\s+)?me)\b|\bme\s+after\s+school\b", re.I)
# "im actually gonna die": the author's own exam-week despair is no violent word aimed at anyone.
_VIOLENT = re.compile(r"\b(?:kill|stab|shoot|hurt|batter|beat|smash|punch|burn|bomb|knife|blade|gun|machete|weapon|murder|kick|shank|acid|dead"
                      r"|(?<!gonna )(?<!going to )die)\w*", re.I)


def triage(post: Post, about: tuple[str, ...], scores: Mapping[str, float],
           history: Sequence[PriorPost], school: School, policy: Mapping[str, float] = {},
           now: datetime | None = None) -> Decision:
    """`now` is when the post is judged: a time it names that has passed is no 999 call."""
    if not about:
        return Decision("ignore", (), (), "Not about the school or its staff.")
    p = {**DEFAULT_POLICY, **policy}
    s = {k: float(scores.get(k, 0.0)) for k in ("abuse", "hate", "threat", "negative", "positive")}
    # What the model says the post is, where it says it; absent labels say nothing.
    said = {c for c in MODEL_CATEGORIES if float(scores.get(c) or 0.0) >= p["category"]}
    text = post.text or ""
    staff = [m for m in school.staff if f"staff:{m.id}" in about]
    staff_ids = [m.id for m in staff]
    who = " and ".join(f"{m.name} ({m.role})" if m.role else m.name for m in staff) or school.name
    # Abuse of a supply teacher or a new TA the config does not list is still abuse of staff:
    # the rules below treat them as staff, and the headteacher is told to find and tell them.
    # Only where the model reads hostility or harm: a bake sale's phone number beside "thanks
    # miss" is no doxxing of a member of staff.
    scorned = (max(s["abuse"], s["threat"]) >= p["hostile"] or s["hate"] >= p["hate"]
               or bool(said & {"harassment", "privacy", "defamation"}))
    unnamed = targets.unlisted(text, post.context, school) if not staff and scorned else ()
    if unnamed:
        staff = [unnamed]
        who = f"a member of staff the config does not list ({_quote(unnamed)})"
    not_names = [school.name, *school.aliases, *school.locality, *school.neighbours,
                 *(n for m in school.staff for n in (m.name, *m.aliases))]
    located = rules.personal_locators(text)
    # Where a member of staff lives or parks, posted: "pay him a visit" beside it is no social call.
    doxxed = (homed := bool(staff) and (bool(unnamed) or doxxing.of_staff(text, post.context, school))) and any(f.rule in doxxing.WHERE_TO_FIND for f in located)
    armed = rules.armed(text)  # "sat 2pm ... bring whatever u got 🔪": hostile, however the model reads the tone
    hostile = doxxed or armed or max(s["negative"], s["abuse"], s["threat"]) >= p["hostile"]
    v = Verdict()
    if staff_ids:
        v.facts["targets"] = ",".join(staff_ids)

    # Threats, by rule or model. A post reporting one: its own words count, unless it hands on one still live.
    reported = () if rules.live_warning(text) else rules.reported_speech(text)
    # Handed on to the police and to the school (its account tagged counts): the DSL's today, no page.
    told = rules.already_told(targets.as_known(text, school))
    # Our staff by any name, however written, are a target the threat rules know ("the teacher").
    # ...and the school by any of its names as the one name they know (targets.as_known).
    own_words = targets.as_teacher(targets.as_known(rules.authors_words(text) if reported else text, school), school, about)
    found = rules.threat_phrases(own_words)
    # A child's shout at a brother, told by his mother ("shouted I'M GOING TO END YOU at his brother"), is no threat of hers.
    ordinary = rules.everyday(own_words)
    shouts = [f.evidence.lower() for f in ordinary if f.rule == "told_shout"]
    firm = [f for f in found if f.rule != "veiled_threat_if_hostile" and not any(f.evidence.lower() in e for e in shouts)]
    # The writer taking a danger to a teacher, or saying it is reported ("im telling mr lloyd at break"): not their threat.
    telling = () if firm else rules.telling(text)
    weak = [f for f in found if f.rule == "veiled_threat_if_hostile" and not any(f.evidence.lower() in e for e in shouts)] \
        if hostile and not telling else []
    # "lol jk... unless": a threat taken back and put back is still a threat.
    undone = list(rules.joke_undone(own_words)) if (found or s["threat"] >= p["hostile"] or _VIOLENT.search(own_words)) else []
    # "I'm going to kill him 😂😂": a fed-up parent's hyperbole, unless taken back and put back.
    hyper = rules.hyperbole(own_words) if not undone else ()
    joking = bool(hyper)
    firm = [f for f in firm if not (f.rule == "explicit_threat" and rules.taken_back(f.evidence, hyper, own_words))]
    # A quoted post names staff as the threat rules do not know them ("stab whitaker").
    # A pupil's plan told by one who fears it ("making them all pay ... he said friday"): the pupil is the DSL's too.
    plotted = rules.plot_told(targets.as_places(text, school))
    threat_rule = firm + weak + undone + list(rules.joins_in(text, post.context, hostile) + rules.warned_harm(text) + plotted
                                              + rules.passes_on(text, targets.as_teacher(post.context, school, about)))
    # An idiom ("going to destroy Kelby Juniors on Saturday") explains violent words: only a very sure model counts.
    idiom = rules.strip_idioms(text, intensifiers=False) != text
    # A pupil's farewell ("got it all sorted for tonight, sorry mum") scores as a threat: it is self-harm.
    farewell = any(f.rule == "self_harm" for f in rules.child_at_risk(text))
    # A road danger ("someone will die on that crossing"), a game an idiom names, an errand, advice to ring the school
    # or the LADO ("Ring the LADO. Today. Then stop.", with nothing quoted): the model alone reads
    # them as threats. (A meeting booked hid "few of us dads will be waiting for her" after the governors'.)
    # So do a side's banter before a match and prison called for, short of a sure model (rules/benign.py).
    benign = s["threat"] >= p["threat"] and bool(rules.hazard(own_words) or rules.hate_only(own_words) or rules.game(own_words) or rules.sale_only(own_words) or (
        rules.errand(own_words, bool(staff)) or rules.advice(own_words) and not rules.quotations(text)) and not _VIOLENT.search(own_words)
        or s["threat"] < p["threat_sure"] and not
        _VIOLENT.search(rules.strip_idioms(own_words, intensifiers=False)) and rules.play_or_justice(own_words)) \
        and not rules.weapons(own_words) or bool(ordinary) or rules.kind(own_words, found)
    # "DEAD at mr nwosu doing the worm 💀": a violent word an idiom explains is no cue.
    # "gonna b0mb hb4 tmrw": a weapon disguised in digits is still a cue and still a weapon.
    spelt = disguised(own_words) or own_words
    cue = bool(_VIOLENT.search(rules.strip_idioms(spelt, intensifiers=False)) or found or armed)
    # With no violent word and no veiled phrase, the model alone (short of sure) is believed only where
    # it also reads the post as hostile: it scores warm praise and a parking moan high on threat too.
    # Nor where it laughs ("I'd just let their tyres down 😂"), or cries with no time and no fear in it.
    plain_ok = cue or (s["negative"] > s["positive"] and not said & {"praise", "complaint"} and not rules.LAUGH.search(text)
                                 and not ("😭" in text and not rules.when_where(own_words) and not _FEAR.search(text)))
    # "Nobody's going to hurt him, calm down": a denial; the model alone does not outweigh it.
    denied = bool(rules.denial(own_words))
    model_threat = not reported and not telling and not farewell and not joking and not benign and not denied and plain_ok and (s["threat"] >= p["threat_sure"] or (
        not idiom and s["threat"] >= p["threat"] and (cue or s["threat"] >= p["threat_plain"])))
    if threat_rule or model_threat:
        sure = p["threat_urgent"] if cue or s["negative"] >= p["angry"] else p["threat_sure"]
        urgent = (bool(threat_rule) or s["threat"] >= sure or bool(rules.weapons(spelt))) and not told
        acts = ["report_police", "request_removal"] + (["inform_staff"] if staff else [])
        why = (f"Threat to {who}: {_quote(threat_rule)}." if threat_rule
               else f"Reads as a threat to {who} (threat score {s['threat']:.2f}).")
        v.add("urgent" if urgent else "high", ["threat"], acts, why, threat_rule or ["threat_score"])
        aimed = rules.pupils_in_danger(own_words)
        # A child threatening staff ("took my phone... hes getting it") is a child the DSL must know of.
        child = rules.pupil_author(own_words) if staff and not aimed and not rules.parent_author(text) else ()
        if child:
            v.add("high", [], ["dsl_review"], f"Written by a pupil, it seems: {_quote(child)}.", child)
        if aimed or not staff or plotted:
            # Pupils threatened, a weapon coming in, or the school itself threatened: the children's
            # safety is the DSL's as well.
            v.add("high", ["safeguarding"] if aimed else [], ["dsl_review"],
                  f"Pupils are in it: {_quote(aimed)}." if aimed else "The school is threatened: the pupils are in it.",
                  aimed or ["school_threatened"])
        _imminence(v, own_words, post, now, school.timezone, told=told)
    elif reported and (rules.threat_phrases(text) or s["threat"] >= p["threat"]):
        v.add("digest", ["neutral"], [], f"Reports or condemns someone else's threat: {_quote(reported)}.", reported)
    elif telling and any(f.rule == "told_staff" for f in telling) and (found or s["threat"] >= p["threat"]):
        v.add("high", ["safeguarding"], ["dsl_review"], f"Someone is taking a danger to the school: {_quote(telling)}; "
              "the DSL should know what they fear and who is in it.", telling)
    elif telling and (found or s["threat"] >= p["threat"]):
        v.add("digest", ["neutral"], [], f"Reports or condemns someone else's threat: {_quote(telling)}.", telling)
    # Where a member of staff parks and when, "just saying": a threat built from their routine.
    times = abuse.routine_threat(v, own_words if reported else text, s, p, staff, who)
    if times and not (threat_rule or model_threat):
        _imminence(v, own_words, post, now, school.timezone, times, told=told)

    # Doxxing: a home, a phone, a car, posted; with menace, a threat (monitor/judge/doxxing.py).
    doxxing.doxxing(v, text, own_words, located, tuple(threat_rule), homed, who, said, scores, hostile)

    # Hate: phrasing the model misses, or its hate score where the post speaks of who someone is.
    pupils = rules.identifiable_pupils(text, not_names) + rules.pupil_homes(text)
    abuse.hate(v, text, s, p, staff, who, pupils, bool(reported))

    # Safeguarding. An allegation that staff harmed a child names nobody (s141F).
    # The rule knows staff by their titles and jobs; our staff are also known by name.
    as_teacher = targets.as_teacher(text, school, about)
    harmed = rules.staff_harmed_child(as_teacher)
    if not harmed and (staff or "the teacher" in as_teacher.lower()):
        harmed = rules.staff_abuser(as_teacher) or (rules.staff_harmed_my_child(as_teacher) or rules.danger_to_children(text) if staff else ())
    # The model reads a bad day ("THREE pages of homework") as an allegation too: not with a complaint or praise.
    model_defames = "defamation" in said and not said & {"complaint", "praise"} and not rules.staged(text)
    alleged = rules.allegations_of_fact(text)
    # An allegation, or a concern for a child that is not thanks ("saw the bruises and rang us"), with harm done in it.
    if not harmed and staff and "praise" not in said and (
            model_defames or alleged or ("safeguarding" in said and s["negative"] >= s["positive"])):
        harmed = rules.child_harmed(text)
    if harmed:
        # Whatever else scores high: the LADO within one working day. Stated as fact about a
        # named person it is also defamatory, and the platform is asked to take it down.
        v.facts["s141f"] = "1"
        v.add("high", ["safeguarding"] + (["defamation"] if staff else []),
              ["dsl_review"] + (["request_removal", "legal_advice", "inform_staff"] if staff else []),
              "Alleges that a member of staff harmed a child: DSL review (the LADO within one working day); the "
              "member of staff must not be named outside the headteacher and DSL (Education Act 2002 s141F).", harmed)
    # Children at risk, pupils made identifiable, a child urged on ("do it then") (monitor/judge/children.py).
    shown = children.at_risk(v, text, s, p, said, scores, pupils, bool(harmed), bool(threat_rule), not_names, post.context)
    # Drugs or vapes offered for sale: a child selling, or a dealer reaching pupils (rules/dealing.py).
    if sold := rules.dealing(own_words):
        v.add("high", ["safeguarding"], ["dsl_review", "request_removal"], f"Offers drugs or vapes for sale: {_quote(sold)}.", sold)

    # Defamation: a crime or grave misconduct stated as fact about a named person.
    if (alleged or model_defames) and not harmed:
        if staff:
            v.add("high", ["defamation"], ["request_removal", "legal_advice", "inform_staff"],
                  f"States as fact that {who} did wrong: {_quote(alleged) or 'as the model reads it'}; possibly defamatory.",
                  alleged or ["defamation_score"])
        elif alleged:
            v.add("digest", ["defamation"], ["legal_advice"],
                  f"Alleges wrongdoing by the school: {_quote(alleged)}; possibly defamatory.", alleged)

    # Abuse of a named person: harassment, and a course of conduct over time.
    # Name-calling aimed at them is harassment; swearing about a decision is an angry complaint.
    abuse.harassment(v, text, s, p, said, staff, who, bool(reported))
    harmful_now = bool(v.categories & HARMFUL)
    if harmful_now:
        abuse.course_of_conduct(v, post, staff_ids, history, p, who, HARMFUL)

    # What a post asks for.
    sar = rules.subject_access_request(text)
    if sar:
        if post.published is not None:
            due = one_calendar_month(_local_date(post.published, school.timezone))
            v.facts["data_request_deadline"] = due.isoformat()
            when = f"reply due by {due.day} {due:%B %Y} (one calendar month)"
        else:
            when = "reply due one calendar month from the day it was posted"
        v.add("high", ["data_request"], ["respond_data_request"], f"Subject access request: {when}.", sar)
    elif "data_request" in said and rules.asks_for_data(text):
        v.add("high", ["data_request"], ["respond_data_request"],
              f"Reads as a request for personal data (data_request score {scores['data_request']:.2f}): "
              "if it is one, the reply is due one calendar month from the day it was posted.", ["data_request_score"])

    # Criticism and praise go to the digest, never higher.
    if not v.categories & {"threat", "hate", "harassment"} and said & {"complaint", "praise"}:
        for c in ("complaint", "praise"):
            if c in said:
                v.add("digest", [c], [], "" if v.why else f"{c.capitalize()} ({c} score {scores[c]:.2f}): for information.", [])
    elif not v.categories & {"threat", "hate", "harassment"}:
        if s["negative"] >= p["negative"] and s["negative"] > s["positive"]:
            v.add("digest", ["complaint"], [], "" if v.why else f"Criticism (negative {s['negative']:.2f}): legitimate "
                  "criticism is not abuse; for information.", [])
        elif s["positive"] >= p["positive"] and s["positive"] > s["negative"]:
            v.add("digest", ["praise"], [], "" if v.why else f"Praise (positive {s['positive']:.2f}).", [])

    # Written as a parent ("my son"), or posted in a parents' group or on Mumsnet: seed 004's parent route.
    # ...or naming their own child among the pupils shown ("here's our Alfie with the rest of 2R").
    parent = rules.parent_author(text) or rules.parents_forum(post.context, post.source) or (rules.family_voice(text) if shown else ())
    # A parent reporting that their child is bullied posts nothing inappropriate; one who
    # abuses, threatens, accuses or names other people's children does.
    # Complaining again is not posting inappropriately: on the read sets (22,410 posts) the letter for a
    # parent's repeated complaint was what the writers asked for 4 times in 89, and a class group's
    # month drew 20 such letters.
    inappropriate = bool(v.categories & HARMFUL) or shown
    # A threat or hate is for the police: a letter about the complaints policy answers neither.
    if parent and not v.categories & {"threat", "hate"} and inappropriate:
        v.add("digest", [], ["contact_author"],
              "The author writes as a parent: ask them to remove it and use the complaints policy.", parent)

    if not v.categories:
        v.add("digest", ["neutral"], [], f"Mentions {who}; nothing to act on.", [])
    if "s141f" in v.facts and "inform_staff" in v.actions:
        # KCSIE Part 4: the accused is told, but when and what the LADO agrees; the draft says so first.
        v.why.append("Tell the member of staff only once the LADO has agreed what they may be told.")
    d = v.decision()
    d = replace(d, why=targets.as_written(d.why, school))
    if d.facts.get("s141f") == "1":
        # The headteacher and DSL see the names in the item itself; `why` travels further.
        d = Decision(d.priority, d.categories, d.actions, strip_names(d.why, school), d.rules, d.facts)
    return d


def _imminence(v: Verdict, words: str, post: Post, now: datetime | None, tz: str,
               times: Sequence[rules.Finding] = (), told: bool = False) -> None:
    """A threat naming a time or place still ahead, or a weapon in a fresh post: call 999 (not where
    whoever handed it on told the school and police). Past, a police matter. `times`: by other rules."""
    named = rules.when_where(words) + tuple(times)
    if not named or told:
        return
    if ahead := rules.still_ahead(named, post.published, now, tz):
        v.facts["imminence"] = ", ".join(f.evidence for f in ahead)
        if any(rules.sets_a_time(f) for f in ahead):
            v.add("urgent", [], ["call_999"], f"It names a time, place or weapon: {_quote(ahead)}; call 999.", ahead)
        else:
            v.add("urgent", [], ["report_police"], f"It names where ({_quote(ahead)}) but no moment: report to the "
                  "police today; call 999 if it is happening now.", ahead)
    else:
        days = _days(now, post.published) if now and post.published else 0
        v.facts["imminence_passed"] = ", ".join(f.evidence for f in named)
        v.add("high", [], [], f"The time it names ({_quote(named)}) passed before it was read "
              f"(posted {days} day{'s' if days != 1 else ''} ago): report to the police, no 999 call.", ["time_passed"])
