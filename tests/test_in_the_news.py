"""A name merely alone is ours while that member of staff is in the news: "honestly someone should
give lloyd a taste of what alfie went through", in the weeks when post after post, by many people,
is about Mr Lloyd. Not a full name (the baker, the rugby player), not a name beside another walk
of life, not a role (monitor/ingest/talk.py)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from connectors.base import FetchResult, Mention
from monitor.config.types import Config, Email, School, Staff
from monitor.ingest.grading import Grade
from monitor.ingest.matching import assess
from monitor.ingest.poll import ingest
from monitor.ingest.talk import Talk, in_the_news, named_alone, promoted
from monitor.judge.batch import triage_posts
from monitor.vocab import Post

SCHOOL = School(
    id="hba", name="Hollowbrook Academy", aliases=("Hollowbrook",), locality=("Hexley",),
    staff=(Staff("gareth-lloyd", "Gareth Lloyd", "PE teacher", ("Mr Lloyd",), nicknames=("Gaz",)),
           Staff("priya-patel", "Priya Patel", "Deputy Headteacher", ("Mrs Patel",))))
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
GL, PP = "staff:gareth-lloyd", "staff:priya-patel"


def talk(days_ago: float, author: str, *staff: str) -> Talk:
    return Talk(NOW - timedelta(days=days_ago), author, frozenset(staff))


# earlier posts about us -> the staff in the news (and how many posts)
NEWS = [
    ([talk(1, "a", GL), talk(2, "b", GL), talk(3, "c", GL)], {GL: 3}),
    # Three posts by one person are one person's grudge, not the town's talk.
    ([talk(1, "a", GL), talk(2, "a", GL), talk(3, "a", GL)], {}),
    ([talk(1, "a", GL), talk(2, "b", GL), talk(3, "a", GL)], {GL: 3}),
    ([talk(1, "a", GL), talk(2, "b", GL)], {}),
    # A fortnight at most.
    ([talk(1, "a", GL), talk(2, "b", GL), talk(15, "c", GL)], {}),
    ([talk(1, "a", GL, PP), talk(2, "b", GL, PP), talk(3, "c", GL)], {GL: 3}),
]


@pytest.mark.parametrize("recent,news", NEWS)
def test_who_is_in_the_news(recent, news):
    assert in_the_news(recent, NOW) == news


# the post -> whether the name in it is merely alone (and so may be promoted)
ALONE = [
    ("honestly someone should give lloyd a taste of what alfie went through", True),
    ("gaz is getting it", True),
    ("Mr Lloyd better watch himself", False),       # already likely: how pupils and parents name staff
    ("gareth lloyd is a disgrace", False),           # a full name alone is as often a namesake's
    ("lloyd scored twice for cardiff", False),       # beside another walk of life: a namesake's
    ("the deputy head is a joke", False),            # a role is not a name
]


@pytest.mark.parametrize("text,alone", ALONE)
def test_a_name_merely_alone(text, alone):
    assert any(named_alone(g) for g in assess(text, "", SCHOOL).grades) == alone


def test_promoted_says_why():
    g = Grade(GL, "possible", "'lloyd' with no school named", ("surname@post",))
    assert promoted((g,), {GL: 4}) == (Grade(GL, "likely", "'lloyd' with no school named, but in 4 posts about "
                                             "us in the last 14 days", ("surname@post", "in_the_news")),)
    assert promoted((g,), {PP: 4}) == (g,)


def test_a_list_of_posts_reads_a_name_alone_as_the_one_in_the_news():
    class Angry:
        def scores(self, texts):
            return [{"abuse": 0.9, "hate": 0.0, "threat": 0.9, "negative": 0.95, "positive": 0.01} for _ in texts]

    def post(i, text, author, days):
        return Post(id=i, source="facebook", platform="facebook", author=author, text=text, context="",
                    url=f"https://facebook.example/{i}", published=NOW - timedelta(days=days))

    cfg = Config(schools=(SCHOOL,), sources=(), email=Email(sender="s@example.org"), database=Path("unused"))
    story = [post("1", "Mr Lloyd at Hollowbrook let a boy get hurt in PE", "ann", 6),
             post("2", "Hollowbrook still has Mr Lloyd teaching?", "bev", 5),
             post("3", "Gareth Lloyd at Hollowbrook should be suspended", "cat", 4)]
    alone = post("4", "honestly someone should give lloyd a taste of what alfie went through", "dan", 1)
    assert [r["match"]["grade"] for r in triage_posts([alone], cfg, Angry(), now=NOW)] == ["possible"]
    got = triage_posts(story + [alone], cfg, Angry(), now=NOW)
    assert (got[3]["about"], got[3]["match"]["grade"]) == ([GL], "likely")


def mention(ext: str, text: str, author: str, days: float) -> Mention:
    return Mention(source="x", external_id=ext, url=f"https://x.example/{ext}", text=text,
                   published=NOW - timedelta(days=days), author=author, platform="x")


def test_ingest_reads_a_name_alone_as_the_one_the_store_is_full_of(store):
    ingest(store, "x", FetchResult((mention("1", "Mr Lloyd at Hollowbrook let a boy get hurt in PE", "ann", 6),
                                    mention("2", "Hollowbrook still has Mr Lloyd teaching?", "bev", 5)), "c1"),
           [SCHOOL], NOW - timedelta(days=4))
    ingest(store, "x", FetchResult((mention("3", "lloyd should be sacked", "dan", 3),), "c2"), [SCHOOL],
           NOW - timedelta(days=3))
    ingest(store, "x", FetchResult((mention("4", "Gareth Lloyd at Hollowbrook should be suspended", "cat", 2),), "c3"),
           [SCHOOL], NOW - timedelta(days=2))
    ingest(store, "x", FetchResult((mention("5", "lloyd should be sacked", "eve", 1),), "c4"), [SCHOOL], NOW)
    got = {i.external_id: (i.about, i.match_grade) for i in store.items()}
    # Two posts about him were not yet the town's talk; three by three people are.
    assert got["3"] == ((), "possible")
    assert got["5"] == ((GL,), "likely")
