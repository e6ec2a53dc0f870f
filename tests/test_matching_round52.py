"""Who a reply is about when only its thread names us (round 52's and threads31's writers): another
school named in the reply, a namesake's trade in it, a parents' group named for the school's special
needs families. Each row: the post, the thread it sits in, and each target's grade (a target not
listed is `no`)."""
from __future__ import annotations

import pytest

from monitor.ingest.matching import assess
from tests.test_matching_phenomena import GL, S, SCHOOL, TW

SNOW = "Hexley Parents Chat: is HBA shut tomorrow?? it's coming down sideways in Hexley"
BULLIED = "r/Hexley: Son (Y7) being bullied at HBA, school doing nothing. Do I go up there?"
PE = "r/Hexley: Ex-Hollowbrook pupil (left 2013) - does anyone else remember a PE teacher there?"


def grades(text: str, context: str = "") -> dict[str, str]:
    return {g.target: g.grade for g in assess(text, context, SCHOOL).grades}


# A reply under our thread that names another school and nothing of ours is about that school:
# only possibly ours (harm still reaches the DSL), never dropped from a reply that names us too.
OTHER_SCHOOL_IN_OUR_THREAD = [
    ("Greenfield High open as normal, course they are 🙄", SNOW, {S: "possible"}),
    ("Same happened to my son at Greenfield High, they were hopeless. Get everything in writing.", BULLIED,
     {S: "possible"}),
    # ...but a reply that names us as well, or a member of our staff, is still ours.
    ("Greenfield High are closed but HBA haven't said anything yet", SNOW, {S: "likely"}),
    ("Mr Whitaker was brilliant with ours in the end. We had been at Greenfield High before and honestly they were "
     "hopeless about it", BULLIED, {S: "likely", TW: "likely"}),
    # A reply naming no school at all is the thread's, as before.
    ("they always leave it till 7am to decide, every single time", SNOW, {S: "likely"}),
]


@pytest.mark.parametrize("text, context, expected", OTHER_SCHOOL_IN_OUR_THREAD,
                         ids=[r[0][:50] for r in OTHER_SCHOOL_IN_OUR_THREAD])
def test_another_school_named_under_our_thread(text, context, expected):
    assert grades(text, context) == expected


# A full name the thread makes ours, beside a namesake's trade in the reply itself: only possibly
# our PE teacher. Not where the reply speaks of a school's day ("my lad", "PE"), nor where it names us.
NAMESAKE_IN_OUR_THREAD = [
    ("Gareth Lloyd? Isn't he at Cardiff now, he scored twice on Saturday lol", PE, {S: "likely", GL: "possible"}),
    ("Gareth Lloyd was unreal for Cardiff on saturday too, 2 tries 🏉", PE, {S: "likely", GL: "possible"}),
    ("Gareth Lloyd needs sacking, he screamed at my lad in rugby today", PE, {S: "likely", GL: "sure"}),
    ("Gareth Lloyd was brilliant with them today, proud of the lads", PE, {S: "likely", GL: "sure"}),
    ("Gareth Lloyd scored twice in the staff match at Hollowbrook Academy", PE, {S: "sure", GL: "sure"}),
]


@pytest.mark.parametrize("text, context, expected", NAMESAKE_IN_OUR_THREAD,
                         ids=[r[0][:50] for r in NAMESAKE_IN_OUR_THREAD])
def test_a_namesakes_trade_under_our_thread(text, context, expected):
    assert grades(text, context) == expected


# "Hollowbrook SEND parents (private group)": the school's special needs families, not Send the village.
@pytest.mark.parametrize("text, context, expected", [
    ("Has anyone else's kid been in the isolation room this week? Mine came out with a red mark on his arm",
     "Hollowbrook SEND parents (private group)", {S: "likely"}),
    ("Has anyone else's kid been in the isolation room this week?", "Hollowbrook Village Hall users", {S: "possible"}),
])
def test_a_group_named_for_our_send_families(text, context, expected):
    assert grades(text, context) == expected
