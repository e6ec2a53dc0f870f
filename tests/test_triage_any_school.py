"""The phrase rules hold for any school's names, not only the evaluation school's: the same post about Greenfield
High, read with Greenfield's config, is judged as it is about Hollowbrook with Hollowbrook's. (Before round 35 "dont
come into greenfield tomorrow. trust me" and "whole ghs goes up friday 🔥 got the petrol" paged nobody at Greenfield.)"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from monitor.config.types import School, Staff
from monitor.judge.triage import triage
from monitor.vocab import Post

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=timezone.utc)
STAFF = (Staff("tom-whitaker", "Tom Whitaker", "Year 6 teacher", ("Mr Whitaker",)),)
HOLLOWBROOK = School(id="hba", name="Hollowbrook Academy", aliases=("Hollowbrook", "HBA"), handles=("@HollowbrookAcad",),
                     locality=("Hexley",), staff=STAFF)
GREENFIELD = School(id="ghs", name="Greenfield High", aliases=("Greenfield", "GHS"), handles=("@GreenfieldHigh",),
                    locality=("Kelby",), staff=STAFF)
ANGRY = {"abuse": 0.3, "hate": 0.01, "threat": 0.1, "negative": 0.9, "positive": 0.05}


def priority(text: str, school: School) -> str:
    post = Post(id="1", text=text, author="someone", published=NOW, platform="reddit")
    return triage(post, ("school",), ANGRY, [], school, {}, now=NOW).priority


# The post about Hollowbrook, the same post about Greenfield, and what both must be.
@pytest.mark.parametrize("ours,theirs,expected", [
    ("dont come into hollowbrook tomorrow. trust me", "dont come into greenfield tomorrow. trust me", "urgent"),
    ("something is going to happen at hba tomorrow", "something is going to happen at ghs tomorrow", "urgent"),
    ("whole hollowbrook goes up friday 🔥 got the petrol", "whole greenfield goes up friday 🔥 got the petrol", "urgent"),
    ("@HollowbrookAcad something is going to happen at hollowbrook tomorrow",
     "@GreenfieldHigh something is going to happen at greenfield tomorrow", "urgent"),
    # ...and what is no threat at either.
    ("ur not safe at hollowbrook mate, not tonight not ever", "ur not safe at greenfield mate, not tonight not ever", "digest"),
    ("Mrs Patel enjoy your last week at hollowbrook, retirement well deserved x",
     "Mrs Patel enjoy your last week at greenfield, retirement well deserved x", "digest"),
])
def test_the_same_post_about_either_school(ours, theirs, expected):
    assert (priority(ours, HOLLOWBROOK), priority(theirs, GREENFIELD)) == (expected, expected)


def test_the_head_reads_the_schools_own_name():
    post = Post(id="1", text="dont come into greenfield tomorrow. trust me", author="someone", published=NOW, platform="reddit")
    why = triage(post, ("school",), ANGRY, [], GREENFIELD, {}, now=NOW).why
    assert why.startswith('Threat to Greenfield High: "don\'t come into Greenfield tomorrow".')
