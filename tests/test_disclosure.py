"""Who may read what about a member of staff accused of harming a child (s141F): one table.

Items: A is the allegation against Mr Whitaker; B is a later complaint naming him; C a complaint
about Mrs Okafor; S a safeguarding concern naming nobody accused; U a post not yet triaged.
"""
from datetime import datetime, timezone

import pytest

from monitor.config.types import School, Staff
from monitor.disclosure import (accused_in, draft_may_name, mail_may_show, strip_names,
                                web_may_show)
from monitor.vocab import Decision, Item

T = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


def item(key: str, about: tuple[str, ...], categories: tuple[str, ...] | None, s141f: bool = False) -> Item:
    decision = None if categories is None else Decision(
        "high", categories, (), "why", facts={"s141f": "1"} if s141f else {})
    return Item(id=ord(key), school_id="hb", source="x", platform="x", external_id=key, url="", author="a",
                author_url="", published=T, fetched=T, text=key, context="", about=about, scores={},
                decision=decision)


A = item("A", ("school", "staff:tom-whitaker"), ("defamation", "safeguarding"), s141f=True)
B = item("B", ("school", "staff:tom-whitaker"), ("complaint",))
C = item("C", ("school", "staff:sarah-okafor"), ("complaint",))
S = item("S", ("school",), ("safeguarding",))
U = item("U", ("school",), None)
ITEMS = {"A": A, "B": B, "C": C, "S": S, "U": U}
ACCUSED = accused_in([A, B, C, S])


def test_the_accused_are_those_named_by_an_allegation():
    assert ACCUSED == frozenset({"tom-whitaker"})


# (recipient roles, item, may the mail carry its details?)
MAIL = [
    (("headteacher",), "A", True),
    (("dsl",), "A", True),
    (("headteacher", "dsl"), "B", True),
    (("deputy",), "A", False),
    (("deputy",), "B", False),   # names the accused: with A it identifies him
    (("deputy",), "C", True),
    (("headteacher", "deputy"), "A", False),  # one outside reader is enough to hide it
    (("headteacher", "deputy"), "B", False),
    (("headteacher", "deputy"), "S", True),
]


@pytest.mark.parametrize("roles,key,shown", MAIL)
def test_mail(roles, key, shown):
    assert mail_may_show(roles, ITEMS[key], ACCUSED) is shown


# (web account role, item, may it open the item?)
WEB = [
    ("head", "A", True), ("dsl", "A", True), ("ceo", "A", True),
    ("head", "U", True),
    ("viewer", "A", False),
    ("viewer", "B", False),  # the inconsistency fixed: mail hid it, the web showed it
    ("viewer", "C", True),
    ("viewer", "S", False),  # safeguarding is for deciders
    ("viewer", "U", False),  # not yet triaged: could be an allegation
]


@pytest.mark.parametrize("role,key,shown", WEB)
def test_web(role, key, shown):
    assert web_may_show(role, ITEMS[key], ACCUSED) is shown


DRAFTS = [("police", True), ("solicitor", True), ("staff", True), ("dsl", True),
          ("platform", False), ("parent", False), ("requester", False)]


@pytest.mark.parametrize("audience,named", DRAFTS)
def test_drafts(audience, named):
    assert draft_may_name(audience) is named


def test_strip_names_removes_every_name_alias_and_role():
    school = School(id="hb", name="Hollowbrook Academy", staff=(
        Staff(id="tom-whitaker", name="Tom Whitaker", role="Year 6 teacher", aliases=("Mr Whitaker",)),))
    assert strip_names("Mr Whitaker (Year 6 teacher) hit a pupil; TOM WHITAKER denies it", school) == \
        "a member of staff hit a pupil; a member of staff denies it"
