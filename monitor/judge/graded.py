"""Triage for a match that is not certain. Pure.

A post `possible`-ly about us (a namesake's full name, a bare "Hollowbrook" with nothing else)
is never dropped when it may be harmful: a threat, hate, doxxing or a child at risk goes to the
DSL at `high` at least, its `why` saying why it may not be about us; at `high` at most where
something beside the name points to a namesake. A harmless one is `ignore`:
out of digests. A `likely` match says so in `why`, with the words that decided it.
"""
from __future__ import annotations

from typing import Mapping, Sequence

from monitor.config.types import School
from monitor.judge.advice import with_advice
from monitor.ingest.grading import points_to_a_namesake
from monitor.judge.triage import triage
from monitor.vocab import ACTIONS, PRIORITIES, Decision, Post, PriorPost

# What a post possibly about us must not lose: the harms the issue names.
MAY_NOT_DROP = frozenset({"threat", "hate", "privacy", "safeguarding"})
# ... and harassment the rules themselves find, a campaign or name-calling ("patel's a snake, everyone
# email her every day til she quits"), unless something points to a namesake ("that barrister Sarah
# Okafor should be struck off"): the model's abuse score alone on a surname is too often a namesake's.
_HARASSMENT_FOUND = frozenset({"campaign_persistence", "campaign_rally", "campaign_mockery", "campaign_ousting",
                               "personal_insult", "family_targeted"})


def _reason(grade: str, why: str, decision: Decision) -> str:
    # An allegation against staff names nobody beyond the head and DSL (s141F): the words
    # that matched ("Mr Whittaker") are names too, so only the grade travels.
    if decision.facts.get("s141f") == "1" or not why:
        return f"the match is {grade}"
    return f"the match is {grade}: {why}"


def triage_graded(post: Post, about: tuple[str, ...], possible: tuple[str, ...], grade: str, why: str,
                  scores: Mapping[str, float], history: Sequence[PriorPost], school: School,
                  policy: Mapping[str, float] = {}, **when) -> Decision:
    """`about`: sure and likely targets; `possible`: targets only possibly ours; `grade` and `why`
    from matching (monitor/ingest/matching.py); `when`: what triage itself takes (now=)."""
    if about:
        # What reviewers did with posts like it, beside what the rules found (monitor/judge/advice.py).
        d = with_advice(triage(post, about, scores, history, school, policy, **when), scores)
        if grade == "likely":
            d = Decision(d.priority, d.categories, d.actions, f"{d.why} (About us: {_reason(grade, why, d)}.)".strip(),
                         d.rules, d.facts)
        return d
    if not possible:
        return triage(post, (), scores, history, school, policy, **when)
    d = triage(post, possible, scores, history, school, policy, **when)
    harms = [c for c in d.categories if c in MAY_NOT_DROP or c == "harassment" and _HARASSMENT_FOUND & set(d.rules)
             and not points_to_a_namesake(why)]
    if not harms:
        return Decision("ignore", (), (), f"Possibly about us, nothing harmful: kept out of digests "
                                          f"({_reason('possible', why, d)}).", ("possible_match",), {})
    priority = d.priority if PRIORITIES.index(d.priority) <= PRIORITIES.index("high") else "high"
    # A threat beside a namesake's trade, team or town pages nobody (read sets: 14 of 19 such urgent
    # posts were a rugby player's or a podcaster's); a weapon named still does.
    # Nor does a class code or a year group alone ("tyler in 9M ur dead"): no name of ours is in it (a review: 26 of 40
    # other schools' and towns' harmful posts with one reached the DSL, 6 would have paged).
    # A child's farewell calls 999 whoever's child it is.
    # Nor do our initials short of their last letter alone ("HB squad raid tonight 🔫" is a game's clan), nor our gates'
    # street alone beside children (another school's kids squaring up at the 41 stop) where nothing else may be ours.
    # A year group alone never pages, weapon or not ("every year 11 revising macbeth rn 🗡️", round 34's read sets).
    capped = priority == "urgent" and ((points_to_a_namesake(why) or ("the class code" in why or "without their last letter, nothing more" in why
                                                                       or "the street of our gates or our bus" in why and possible == ("school",))
                                        and not {"immediate_risk", "farewell"} & set(d.rules)) and "weapon" not in d.rules
                                       or "the year group" in why and not {"immediate_risk", "farewell"} & set(d.rules))
    # A high alert does not page: it must not open with "call 999" either.
    priority = "high" if capped else priority
    actions = tuple(a for a in ACTIONS if a in set(d.actions) | {"dsl_review"} and not (capped and a == "call_999"))
    note = (f"May not be about us ({_reason('possible', why, d)}), but it may be harmful "
            f"({', '.join(harms)}): for the DSL to judge.")
    return Decision(priority, d.categories, actions, f"{note} {d.why}", d.rules + ("possible_match",), d.facts)
