"""Who is this post about? A table a DSL can read: post, thread, what we should find."""
from __future__ import annotations

import pytest

from monitor.config.types import School, Staff
from monitor.ingest.matching import match
from monitor.ingest.names import content_key

SCHOOL = School(
    id="hba", name="Hollowbrook Academy", aliases=("Hollowbrook", "HBA"), locality=("Hexley",),
    handles=("@HollowbrookAcad",), exclude=("Ontario",),
    staff=(Staff("tom-whitaker", "Tom Whitaker", "Year 6 teacher", ("Mr Whitaker",)),
           Staff("sarah-okafor", "Sarah Okafor", "Headteacher", ("Mrs Okafor", "Head of Hollowbrook"))),
)

CASES = [
    # post, thread context, about
    ("Hollowbrook Academy rated Good by Ofsted", "", ("school",)),
    ("hollowbrook academy's new head starts Monday", "", ("school",)),
    ("Well done #HollowbrookAcademy on the results!", "", ("school",)),
    ("Thanks @HollowbrookAcad for the concert", "", ("school",)),
    ("Tom Whitaker was brilliant at the concert", "", ()),  # a namesake may share the name: `possible`
    ("Mr Whitaker at Hollowbrook Academy shouted at my son", "", ("school", "staff:tom-whitaker")),
    ("Mr. Whitaker's class in Hexley is a mess", "", ("school", "staff:tom-whitaker")),
    ("Mr Whitaker's car is parked outside again", "Hollowbrook Academy parents", ("school", "staff:tom-whitaker")),
    ("he's a disgrace", "Hollowbrook Academy head", ("school",)),
    ("the Hollowbrook bus was late in Hexley again", "", ("school",)),
    # Two ambiguous names vouch for each other:
    ("Mr Whitaker at Hollowbrook better watch his back", "", ("school", "staff:tom-whitaker")),
    ("Mr Whitaker from Hollowbrook, Ontario is retiring", "", ()),
    # Ambiguous names alone are not ours:
    ("The Hollowbrook fall fair returns to Ontario", "", ()),
    ("The Hollowbrook reservoir is full", "", ()),
    ("Mr Whitaker is my favourite teacher", "", ("staff:tom-whitaker",)),  # school words are context
    # A title and our surname is how pupils and parents name our staff: ours unless something
    # points elsewhere; a full name alone is often a namesake's.
    ("Mr Whitaker is my favourite", "", ("staff:tom-whitaker",)),
    ("Mr Whitaker's podcast is my favourite", "", ()),
    ("Tom Whitaker is my favourite", "", ()),
    ("HBA results are out", "", ("school",)),  # the school's initials, nothing pointing elsewhere
    ("HBA hockey club results are out in Ontario", "", ()),
    ("I'm going to kill it at my interview tomorrow", "", ()),
    ("Whitakers of Leeds sell the best biscuits", "", ()),
    # An exclusion only vetoes ambiguous names, never the school's full name:
    ("Hollowbrook Academy pupils visited Ontario", "", ("school",)),
    ("TOM WHITAKER and Mrs Okafor at HOLLOWBROOK ACADEMY", "", ("school", "staff:tom-whitaker", "staff:sarah-okafor")),
]


@pytest.mark.parametrize("text, context, about", CASES)
def test_who_a_post_is_about(text, context, about):
    assert match(text, context, SCHOOL) == about


def test_syndicated_copies_have_one_content_key():
    a = "Hollowbrook Academy rated Good by Ofsted. https://gazette.example/a?utm=1"
    b = "  hollowbrook academy rated GOOD by Ofsted!  https://other.example/b "
    assert content_key(a) == content_key(b)
    assert content_key(a) != content_key("Hollowbrook Academy rated Outstanding by Ofsted")


@pytest.mark.parametrize("text, local, elsewhere", [
    # post, about from a local source, about from anywhere else
    ("Mr Whitaker better watch his back tomorrow", ("staff:tom-whitaker",), ("staff:tom-whitaker",)),
    ("Tom Whitaker better watch his back tomorrow", ("staff:tom-whitaker",), ()),
    # A bare alias with nothing pointing elsewhere is ours; written as a place ("in Hollowbrook")
    # it needs a local source.
    ("Hollowbrook was chaos tonight", ("school",), ("school",)),
    ("Whoever in Hollowbrook keeps letting their collie out, it's been in my hen house", ("school",), ()),
    ("HBA was chaos tonight", ("school",), ("school",)),  # the school's initials need no context
    ("Whitakers of Leeds sell the best biscuits", (), ()),
    ("The Hollowbrook fall fair returns to Ontario", (), ()),  # an exclusion still wins
])
def test_a_local_source_is_context_enough(text, local, elsewhere):
    assert match(text, "", SCHOOL, local=True) == local
    assert match(text, "", SCHOOL) == elsewhere
