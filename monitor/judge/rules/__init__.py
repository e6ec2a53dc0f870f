"""Rules where models are weak: pure functions of a post's text, each with table tests.

Every rule returns a tuple of Finding(rule, evidence): the rule's name (shown to the DSL
in `Decision.rules`) and the words that made it fire, quoted in the explanation.
"""
from __future__ import annotations

from monitor.judge.rules.armed import armed
from monitor.judge.rules.base import LAUGH, Finding
from monitor.judge.rules.locators import (phone_numbers, postcodes, street_addresses, vehicle_registrations, personal_locators,
                                          personal_emails, described_home)
from monitor.judge.rules.veiled import joke_undone
from monitor.judge.rules.threats import (threat_phrases, imminence, strip_idioms, when_where, plain_spelling,
                                          weapons)
from monitor.judge.rules.benign import advice, errand, game, hate_only, hazard, hyperbole, justice, play_or_justice, taken_back
from monitor.judge.rules.sport import match_talk
from monitor.judge.rules.goodbye import goodbye, goodbye_seen
from monitor.judge.rules.plotted import plot_told
from monitor.judge.rules.relayed import alarm_raised, relayed_farewell
from monitor.judge.rules.timing import sets_a_time, still_ahead
from monitor.judge.rules.hearsay import warned_harm
from monitor.judge.rules.hearsay import authors_words
from monitor.judge.rules.reporting import already_told, denial, live_warning, passes_on, quotations, reported_speech, without_quotes
from monitor.judge.rules.aimed import pupils_in_danger
from monitor.judge.rules.safeguarding import identifiable_pupils, child_at_risk, staff_harmed_child, staff_abuser, staff_harmed_my_child
from monitor.judge.rules.claims import (asks_for_data, subject_access_request, allegations_of_fact, family_voice, parent_author, pupil_author, personal_insults,
                                        parents_forum, child_harmed, staged)
from monitor.judge.rules.campaign import persistence, rallying, family_targeted, days_so_far, ousting
from monitor.judge.rules.routine import confronts, incitement, online_campaign, routine, routine_cue
from monitor.judge.rules.selfharm import cheerful, farewell, final_farewell
from monitor.judge.rules.edge import crisis_now, overdose_passed_on
from monitor.judge.rules.replies import joins_in, urges_self_harm
from monitor.judge.rules.insinuation import danger_to_children
from monitor.judge.rules.hate import hate_phrases, identity_words, slurs, dehumanising
from monitor.judge.rules.unnamed import unnamed_staff
from monitor.judge.rules.dealing import dealing, sale_only
from monitor.judge.rules.everyday import everyday
from monitor.judge.rules.telling import telling
from monitor.judge.rules.kindly import kind
from monitor.judge.rules.records import pupil_homes, pupil_records

__all__ = [
    "advice",
    "LAUGH", "armed", "alarm_raised", "dealing", "sale_only", "described_home",
    "Finding", "phone_numbers", "postcodes", "street_addresses", "vehicle_registrations",
    "personal_locators", "personal_emails", "threat_phrases", "imminence", "strip_idioms", "when_where", "joke_undone", "hyperbole", "taken_back",
    "hazard", "hate_only", "game", "errand", "justice", "play_or_justice", "match_talk", "family_voice", "relayed_farewell", "confronts", "online_campaign",
    "plain_spelling", "still_ahead", "sets_a_time", "denial", "already_told", "joins_in", "urges_self_harm", "danger_to_children", "passes_on", "reported_speech", "authors_words", "without_quotes", "quotations", "live_warning", "warned_harm", "weapons", "identifiable_pupils",
    "child_at_risk", "pupils_in_danger", "staff_harmed_my_child", "staff_harmed_child", "staff_abuser", "child_harmed", "subject_access_request", "asks_for_data", "allegations_of_fact",
    "hate_phrases", "parent_author", "pupil_author", "parents_forum", "personal_insults", "identity_words", "slurs", "dehumanising",
    "cheerful", "farewell", "final_farewell", "crisis_now", "persistence", "days_so_far", "ousting", "rallying", "family_targeted", "routine", "routine_cue", "incitement",
    "unnamed_staff", "staged", "overdose_passed_on", "plot_told", "goodbye", "goodbye_seen", "everyday", "telling", "kind", "pupil_records", "pupil_homes",
]
