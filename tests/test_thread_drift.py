"""A reply read with the post it answers, until its own words point elsewhere (monitor/ingest/drift.py):
a reply -> whether the thread's parent still lends its names."""
from __future__ import annotations

import pytest

from monitor.config.types import School, Staff
from monitor.ingest.drift import title_only
from monitor.ingest.matching import assess
from monitor.ingest.thread import with_parent

SCHOOL = School(id="hba", name="Hollowbrook Academy", aliases=("Hollowbrook", "HBA"), locality=("Hexley",),
                exclude=("Ontario",), neighbours=("St Anne's Primary", "Hexley Grammar"), staff=(Staff("tom-whitaker", "Tom Whitaker", "Year 6 teacher", ("Mr Whitaker",)),))
PARENT = "Mr Whitaker at Hollowbrook Academy kept my son in at lunch again"

# reply -> about (as matching reads it with the parent)
DRIFT = [
    # The parent's names carry to a reply that names no one...
    ("he should be ashamed", ("school", "staff:tom-whitaker")),
    ("hope the jury sees through him", ("school", "staff:tom-whitaker")),
    # ...but not to one that names another school, an excluded place, or sets a mix-up straight.
    ("Hexley Grammar did this two years ago, nobody talks about it now", ()),
    ("lol no, Tom's in Denver. different guy", ()),
    ("is this the one in Ontario? my cousin teaches there", ()),
    # A review's: a reply that still speaks of him, whatever else it names.
    ("thought it was just my kid. he did the same to my daughter last year", ("school", "staff:tom-whitaker")),
    ("we moved ours to Hexley Grammar after he did exactly the same to her", ("school", "staff:tom-whitaker")),
    ("wrong school mate, hes getting battered at the gates friday either way", ("school", "staff:tom-whitaker")),
    # A neighbouring school the config lists, as people shorten it (threads29): "St Anne's" is St Anne's Primary.
    ("Exactly the same outside St Anne's every single day. Council won't do a thing", ()),
    # ...but "Hexley" alone is our own town, not Hexley Grammar.
    ("Exactly the same all over Hexley every single day. Council won't do a thing", ("school", "staff:tom-whitaker")),
]


@pytest.mark.parametrize("reply,about", DRIFT)
def test_a_reply_is_about_its_parent_until_it_drifts(reply, about):
    assert assess(reply, with_parent("", PARENT), SCHOOL).about == about


def test_only_the_words_answered_are_dropped_not_the_title():
    context = with_parent("r/Hexley: detentions at HBA", PARENT)
    assert title_only("Hexley Grammar did this too", context, (SCHOOL,)) == "r/Hexley: detentions at HBA"
    assert title_only("he should be ashamed", context, (SCHOOL,)) == context


def test_a_title_that_names_us_among_others_goes_too():
    # threads34's: a reply on Hexley Grammar's homework under a thread comparing three schools is not about us.
    context = with_parent("r/Hexley: Greenfield vs Hollowbrook vs Hexley Grammar for Y7 - help", PARENT)
    assert title_only("Hexley Grammar's homework load was mental, two hours a night", context, (SCHOOL,)) == ""
    assert assess("Hexley Grammar's homework load was mental, two hours a night", context, SCHOOL).about == ()
    # ...while one under a title about us alone keeps it.
    only_us = with_parent("r/Hexley: detentions at HBA", PARENT)
    assert title_only("Hexley Grammar's homework load was mental", only_us, (SCHOOL,)) == "r/Hexley: detentions at HBA"
