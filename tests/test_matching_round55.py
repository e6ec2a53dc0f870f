"""A surname few share, written with digits for its letters ("0kaf0r"), on purpose to dodge a filter: as likely
ours as the name spelt right (round 55's "0kaf0r d3serves a kn1fe in h3r b4ck", matched only as possible). A
slip of the keys ("Okafr") with no school named stays possible: a harmful one still reaches the DSL."""
from __future__ import annotations

import pytest

from monitor.ingest.matching import assess
from tests.test_matching_phenomena import SCHOOL

OKAFOR = "staff:sarah-okafor"


def grades(text: str, context: str = "") -> dict[str, str]:
    return {g.target: g.grade for g in assess(text, context, SCHOOL).grades}


DIGITS = [
    ("okafor deserves a knife in her back", {OKAFOR: "likely"}),
    ("0kaf0r d3serves a kn1fe in h3r b4ck", {OKAFOR: "likely"}),
    ("0kafor is a legend honestly", {OKAFOR: "likely"}),
    ("okafr deserves a medal", {OKAFOR: "possible"}),
]
SLIPPED = [("Wh1ttaker's van blocking the drive again", {"staff:tom-whitaker": "possible"})]


@pytest.mark.parametrize("text, expected", DIGITS, ids=[r[0][:40] for r in DIGITS])
def test_a_surname_in_digits(text, expected):
    assert {k: v for k, v in grades(text).items() if k == OKAFOR} == expected


# Digits and a slip of the keys besides (a review's): a misspelling, possible with no school named.
@pytest.mark.parametrize("text, expected", SLIPPED)
def test_digits_and_a_slip(text, expected):
    assert grades(text) == expected


# A disclaimer in the post beats the name its thread gives (threads33's "Completely different Hollowbrook 😊" under our
# choir's video) and another school named before "not Hollowbrook" says whose it is; our name said plainly still counts.
DISCLAIMED = [
    ("The Hollowbrook Village Singers are doing carols at the Lamb & Flag on the 19th. Completely different Hollowbrook 😊",
     "YouTube: video 'Hollowbrook Academy Choir | Christmas Concert 2026'", "possible"),
    ("That was Greenfield High not Hollowbrook, my sister works in their office", "Facebook group: Hexley Noticeboard",
     "possible"),
    ("wrong hollowbrook mate, this is the one in Leeds", "Hexley Parents Chat", "possible"),
    ("Hollowbrook not Greenfield, my son is in year 9 there", "Hexley Parents Chat", "likely"),
    ("Beautiful singing from Hollowbrook Academy, not a dry eye", "YouTube: video 'Hollowbrook Academy Choir'", "sure"),
    # The wrong Hollowbrook reviewed, then the school's lunches: the post is ours.
    ("Left a 1 star on Hollowbrook Farm Shop before realising I'd picked the wrong Hollowbrook. ANYWAY. The SCHOOL's lunch "
     "portions are tiny, my son comes home starving", "Hollowbrook Academy", "sure"),
]


@pytest.mark.parametrize("text, context, grade", DISCLAIMED, ids=[r[0][:40] for r in DISCLAIMED])
def test_a_disclaimer_beats_the_thread(text, context, grade):
    assert grades(text, context).get("school") == grade
