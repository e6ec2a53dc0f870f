"""Triage's sections for abuse aimed at people: hate, harassment (name-calling and campaigns),
and a member of staff's routine posted for someone to use. Pure: each adds to a Verdict.

Actions follow DESIGN.md: hate -> report_police and request_removal (inform_staff where it is
aimed at a member of staff, dsl_review where it is aimed at pupils); harassment of staff ->
request_removal and inform_staff, report_police where the post itself says it is one of a
series (a course of conduct), legal_advice where it says the series has been sustained; a routine
posted in menace -> a threat; harmful posts by one author against one target -> a course of conduct.
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

from monitor.judge import rules
from monitor.judge.verdict import Verdict, _days, _quote
from monitor.vocab import Post, PriorPost

_KIDS = r"(?:kids?|pupils?|students?|child(?:ren)?|boys?|girls?|lads?)\b"
_FORM = re.compile(r"\b(?-i:\d{1,2}[A-Z]\d?)\b")
_KIDS_AFTER = re.compile(r"\s+(?:\w+\s+)?" + _KIDS, re.I)
_IDENTITY_KIDS = re.compile(r"\b(?:muslim|jewish|black|asian|polish|romanian|gypsy|traveller|pakistani|immigrant|migrant|refugee|foreign)\s+" + _KIDS, re.I)
# ...or the pupils in their own words (round65's "That hollowbrook school kid shouldn't even be boxing", "Ragheads playing
# netball", "hijabis shouldnt be allowed at hba prom"): a school kid, a side playing, a year group, the prom.
# Not grown men at five-a-side in the park, nor "the year 10 reunion" at the pub (a review's look-alikes).
_PUPILS_NAMED = re.compile(r"\bschool\s*(?:kids?|boys?|girls?|lads?)\b|\bplaying\s+(?:netball|football|rugby|hockey|cricket)\b"
                           r"(?![^.!?\n]{0,30}\b(?:park|pub|five|5|sunday\s+league|vets|veterans|astro|after\s+work)\b)|\b(?:at|to|for)\s+(?:the\s+)?(?:\w+\s+)?prom\b"
                           # (Not the year a teacher is said to push something on: "pushing her agenda on year 9s" is staff abused.)
                           r"|(?<!\bon\s)(?<!\bto\s)(?<!\bnear\s)(?<!\bwith\s)(?<!\bteaches\s)(?<!\bteaching\s)\b(?:year|yr|y)\s?(?:[7-9]|1[0-3])s?\b(?!\s+(?:teacher|tutor|head|lead|reunion|leavers\s+of\s+(?:19|20)\d\d))", re.I)


def _aimed_at_pupils(text: str, found: Sequence[rules.Finding]) -> bool:
    """"the p*ki kid in 9X2", "Muslim kids at HBA": the slur or the identity names the children
    themselves. Not "shouldn't be near kids", where the children are who the abuse claims to protect."""
    for f in found:
        i = text.find(f.evidence)
        if i >= 0 and _KIDS_AFTER.match(text, i + len(f.evidence)):
            return True
    # ...or places them in a form ("aisha n her lot in 10C").
    return bool(_IDENTITY_KIDS.search(text) or _FORM.search(text) or _PUPILS_NAMED.search(text))


_STAFF_WORD = re.compile(r"\b(?:head|headteacher|teacher|deputy|senco|staff|ta)\b", re.I)
# The author rebukes what others say ("people are still saying the head isn't British. Shame on
# them."): the model reads the hate it quotes. Not "I'm not racist but", nor "Disgusting.", which
# the hateful write as often (the read sets: two of two).
_REBUKES = re.compile(r"\bshame\s+on\b|\b(?:can'?t|cannot)\s+believe\s+(?:people|some|anyone|there\s+are)\b"
                      r"|(?<!not\s)(?<!not\sbeing\s)\bracis[mt]\b|\bbigot|\bhateful\b|\bsolidarity\b|\bunacceptable\b"
                      r"|\bstand(?:s|ing)?\s+with\b", re.I)


def hate(v: Verdict, text: str, s: Mapping[str, float], p: Mapping[str, float], staff: Sequence, who: str,
         pupils: Sequence[rules.Finding], reported: bool = False) -> None:
    """Slurs and hate phrasing, or the model's hate score where the post speaks of who someone is.
    `reported`: the post quotes someone else's words to condemn or report them ("whoever wrote
    'send them back' should be ashamed"): only its own words count, and the model, which reads
    the quotation too, is not taken alone."""
    if reported:
        text, s = rules.without_quotes(text), {**s, "hate": 0.0}
    # An ape beside a member of staff, or beside "the head" when the model names no one: racist abuse.
    found = rules.hate_phrases(text) + (rules.dehumanising(text) if staff or _STAFF_WORD.search(text) else ())
    sure = s["hate"] >= p["hate_sure"] and not _REBUKES.search(text)
    if not (found or (s["hate"] >= p["hate"] and rules.identity_words(text)) or sure):
        return
    acts = ["report_police", "request_removal"] + (["inform_staff"] if staff else [])
    # Aimed at children ("the pikey kids", "aisha n her lot in 10C"): theirs is a safety matter too.
    at_pupils = bool(pupils) or _aimed_at_pupils(text, found)
    why = f"Hate abuse: {_quote(found)}." if found else f"Hate abuse (hate score {s['hate']:.2f})."
    v.add("high", ["hate"] + (["safeguarding"] if at_pupils else []),
          acts + (["dsl_review"] if at_pupils else []), why, found or ["hate_score"])


def harassment(v: Verdict, text: str, s: Mapping[str, float], p: Mapping[str, float], said: set[str],
               staff: Sequence, who: str, reported: bool = False) -> None:
    """Name-calling aimed at a member of staff, and a campaign against them: a post that says it
    is one of a series ("day 14 of"), rallies others ("everyone leave him a 1-star review"),
    spreads mocking pictures, or brings in their family."""
    if not staff:
        return
    insults = rules.personal_insults(text)
    # A side's banter before a match ("sir you lot are 40 😭 we'll have you off the pitch by half time") is
    # read by the model as harassment: with no insult in it, it is the game's.
    abusive = (s["abuse"] >= p["abuse"] and bool(insults)) or "hate" in v.categories or (
        "harassment" in said and not rules.match_talk(text))
    persist = rules.persistence(text)
    rally = rules.rallying(text)
    # A series or a pile-on counts in anger; praise ("everyone tell Mrs Hale how great the play was") does not.
    angry = (s["abuse"] >= p["abuse"] or bool(insults) or (s["negative"] >= p["negative"] and s["negative"] > s["positive"])
             or bool(rules.ousting(text)))
    mocking = [f for f in rally if f.rule == "campaign_mockery"]
    campaign = list(persist + rally) if angry else mocking
    if campaign:
        acts = ["request_removal", "inform_staff"]
        if persist and angry:
            # One post saying it is one of many: a course of conduct (DESIGN.md); run for as long as
            # the author's posts must to be sustained, a matter for the solicitor too.
            # A declared daily campaign to drive them out is sustained by design.
            sustained = rules.days_so_far(text) >= p["sustained_days"] or bool(rules.ousting(text))
            acts += ["report_police"] + (["legal_advice"] if sustained else [])
        v.add("high", ["harassment"], acts, f"A campaign against {who}: {_quote(campaign)}.", campaign)
    if abusive:
        high = s["abuse"] >= p["abuse_high"] or "harassment" in said
        v.add("high" if high else "digest", ["harassment"], ["request_removal", "inform_staff"],
              f"Abusive about {who}: {_quote(insults) or 'as the model reads it'} (abuse score {s['abuse']:.2f}).",
              list(insults) or ["abuse_score"])
    # "posting her road and where her kids go is NOT OK. Reported.": a rebuke, not the doxxing.
    family = () if reported else rules.family_targeted(text)
    if family:
        v.add("high", ["privacy", "harassment"], ["report_police", "request_removal", "inform_staff"],
              f"The family of {who} brought into it: {_quote(family)}.", family)


def routine_threat(v: Verdict, text: str, s: Mapping[str, float], p: Mapping[str, float], staff: Sequence,
                   who: str) -> tuple[rules.Finding, ...]:
    """Where and when to find a member of staff: posted with "just saying", a knowing smile or in
    menace, a veiled threat (urgent); a car with where it parks, doxxing (high). Returns the
    times it names, for the 999 question."""
    found = rules.routine(text) if staff else ()
    if not found:
        return ()
    cue = rules.routine_cue(text) + rules.incitement(text)
    knows = any(f.rule == "routine_known" for f in found)
    car = any(f.rule == "routine_car" for f in found)
    acts = ["report_police", "request_removal", "inform_staff"]
    if cue or knows or s["threat"] >= p["hostile"]:
        v.add("urgent", ["threat", "privacy"], acts,
              f"Where and when to find {who}, posted in menace: {_quote(found + cue)}.", found + cue)
        return tuple(f for f in found if f.rule in ("routine_time", "routine_known"))
    if car:
        v.add("high", ["privacy"], acts, f"Where to find {who}: {_quote(found)}.", found)
    return ()


def course_of_conduct(v: Verdict, post: Post, staff_ids: Sequence[str], history: Sequence[PriorPost],
                      p: Mapping[str, float], who: str, harmful: frozenset[str]) -> None:
    """Harmful posts by the same author against the same target within `course_days`: a course of
    conduct (the police), and sustained over `sustained_days`, legal advice."""
    targets = {f"staff:{i}" for i in staff_ids} or {"school"}
    related = [h for h in history if targets & set(h.about) and harmful & set(h.categories)]
    if post.published is not None:
        related = [h for h in related if h.published is None
                   or abs(_days(post.published, h.published)) <= p["course_days"]]
    if len(related) + 1 < p["course_posts"]:
        return
    v.add("high", ["harassment"], ["report_police", "request_removal"] + (["inform_staff"] if staff_ids else []),
          f"This author's post number {len(related) + 1} against {who}: a course of conduct (harassment).",
          ["course_of_conduct"])
    dated = [h.published for h in related if h.published is not None]
    if post.published is not None and dated:
        span = max(_days(post.published, h) for h in dated)
        if span >= p["sustained_days"]:
            v.add("high", [], ["legal_advice"], f"Sustained over {span} days: take legal advice.", ["sustained"])
