"""Who a reply is about when only its thread names us (round 52's and threads31's writers): another
school named in the reply, a trade's words in it (both tried in round 31 and dropped: the tables say
why), a parents' group named for the school's special needs families. Each row: the post, the thread it sits in, and each target's grade (a target not
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


# Under our thread, a reply that names another school stays ours: round 31 tried reading "Greenfield High open as
# normal 🙄" under "is HBA shut tomorrow?" as only possibly ours, and dropped it. A review found replies that point
# back ("not a word from ours", "why can't they", "covering for him"), and the read sets lost three of ours
# ("RIP Biscuit's school career", "greenfield lot said sorry", a fight called "at the rec ... greenfield getting it")
# for one of another school's gained.
OTHER_SCHOOL_IN_OUR_THREAD = [
    ("Greenfield High open as normal 🙄", SNOW, {S: "likely"}),
    ("Greenfield High's head wrote to every parent within an hour. Not a word from ours", SNOW, {S: "likely"}),
    ("Greenfield High would never keep a nonce on the staff. Disgusting place, covering for him", BULLIED, {S: "likely"}),
    ("Mr Whitaker was brilliant with ours in the end. We had been at Greenfield High before and honestly they were "
     "hopeless about it", BULLIED, {S: "likely", TW: "likely"}),
]


@pytest.mark.parametrize("text, context, expected", OTHER_SCHOOL_IN_OUR_THREAD,
                         ids=[r[0][:50] for r in OTHER_SCHOOL_IN_OUR_THREAD])
def test_another_school_named_under_our_thread(text, context, expected):
    assert grades(text, context) == expected


# A full name the thread makes ours stays our member of staff's, whatever trade's words the reply uses: under a
# thread about the PE teacher or the 2R nativity, "rugby squad", "songs" and "gig" are the staff's own (a review
# found four allegations against staff lost to reading them as a namesake's; round 31 dropped the idea).
STAFF_UNDER_OUR_THREAD = [
    ("Gareth Lloyd is a bully, screams at the kids in the squad if they drop a pass",
     "Hollowbrook Academy Parents: Y9 rugby squad", {S: "sure", GL: "sure"}),
    ("Gareth Lloyd has been messaging the boys from the rugby squad on snapchat late at night",
     "r/Hexley: Is Mr Lloyd from HBA still working there?", {S: "likely", GL: "sure"}),
    ("Gareth Lloyd scored twice in the staff match at Hollowbrook Academy", PE, {S: "sure", GL: "sure"}),
]


@pytest.mark.parametrize("text, context, expected", STAFF_UNDER_OUR_THREAD,
                         ids=[r[0][:50] for r in STAFF_UNDER_OUR_THREAD])
def test_our_staff_under_our_thread(text, context, expected):
    assert grades(text, context) == expected


# "Hollowbrook SEND parents (private group)": the school's special needs families, not Send the village.
@pytest.mark.parametrize("text, context, expected", [
    ("Has anyone else's kid been in the isolation room this week? Mine came out with a red mark on his arm",
     "Hollowbrook SEND parents (private group)", {S: "likely"}),
    ("Has anyone else's kid been in the isolation room this week?", "Hollowbrook Village Hall users", {S: "possible"}),
    # ...but a club's age group is a club's, SEND or not: "#HollowbrookSendU11s 3-1 v Ripley Colts #grassroots" (a review's).
    ("#HollowbrookSendU11s 3-1 v Ripley Colts #grassroots", "", {S: "possible"}),
])
def test_a_group_named_for_our_send_families(text, context, expected):
    assert grades(text, context) == expected
