"""Our initials short of their last letter: "hb" for "HBA" (Hollowbrook Academy), as pupils write them. On the
read sets and round 32's probes, 34 of 35 posts with a bare "hb" were ours, and 12 of them were missed. With
the school's day beside it, likely; alone, only possibly ours (a harmful post still reaches the DSL, and pages
only for a child's farewell or a weapon); never a pencil's grade or an inbox."""
from __future__ import annotations

import pytest

from monitor.ingest.matching import assess
from tests.test_matching_phenomena import S, SCHOOL


def grades(text: str, context: str = "") -> dict[str, str]:
    return {g.target: g.grade for g in assess(text, context, SCHOOL).grades}


SHORT = [
    ("the thing i stopped in yr8 is back. hb pastoral think im fine bc my grades are fine", {S: "likely"}),
    ("ANYONE got kayla from hb yr 11's mums number?? shes taken something", {S: "likely"}),
    ("kms tonite. srry mum. hb cant say they didnt know", {S: "possible"}),
    ("HB squad raid tonight 8pm on jailbreak bring ur best loadout", {}),  # a game's clan: elsewhere
    ("need a 2B and an HB pencil for the art exam tomorrow", {}),
    ("write to hb@gmail.com about the quiz", {}),
    # Another school named beside it: not ours.
    ("hb and greenfield high both shut for snow tomorrow", {}),
]


@pytest.mark.parametrize("text, expected", SHORT, ids=[r[0][:50] for r in SHORT])
def test_our_initials_short_of_their_last_letter(text, expected):
    assert grades(text) == expected
