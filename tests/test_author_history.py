"""A post that names nobody, by an author whose recent posts about us were harmful, is possibly
about us: "hope his brakes hold up this winter" from a man whose last posts named Mr Lloyd and
where he parks. Possible, so it reaches the DSL only if triage finds harm in it."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from connectors.base import FetchResult, Mention
from monitor.config.types import School, Staff
from monitor.ingest.history import elsewhere, from_author
from monitor.ingest.poll import ingest
from monitor.vocab import Decision, PriorPost

SCHOOL = School(
    id="hba", name="Hollowbrook Academy", aliases=("Hollowbrook",), locality=("Hexley",),
    neighbours=("Greenfield High",), exclude=("Ontario",),
    staff=(Staff("tom-whitaker", "Tom Whitaker", "Year 6 teacher", ("Mr Whitaker",)),
           Staff("gareth-lloyd", "Gareth Lloyd", "PE teacher", ("Mr Lloyd",), nicknames=("Gaz",))))
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
GL, TW = "staff:gareth-lloyd", "staff:tom-whitaker"


def prior(days_ago: float, about, priority="urgent", categories=("threat",)) -> PriorPost:
    return PriorPost(id=str(days_ago), published=NOW - timedelta(days=days_ago), about=tuple(about),
                     categories=tuple(categories), priority=priority)


# the author's earlier posts -> what a post of theirs naming nobody may be about
TABLE = [
    ([prior(3, ["school", GL])], ("school", GL)),
    # Every member of staff of the month's harmful posts, the latest's first: "he" may be either (review L).
    ([prior(9, ["school", GL]), prior(2, ["school", TW], "high", ("harassment",))], ("school", TW, GL)),
    # Only harm counts: a complaint, praise or a post left in the digest says nothing of the next post.
    ([prior(3, ["school", GL], "digest", ("complaint",))], ()),
    ([prior(3, ["school", GL], "high", ("complaint",))], ()),
    # A month at most.
    ([prior(31, ["school", GL])], ()),
    ([], ()),
]


@pytest.mark.parametrize("history,targets", TABLE)
def test_what_a_post_naming_nobody_may_be_about(history, targets):
    assert from_author(history, NOW)[0] == targets


def test_the_reason_names_the_member_of_staff_and_counts_the_posts():
    _, why = from_author([prior(9, ["school", GL]), prior(2, ["school", GL])], NOW, {GL: "Gareth Lloyd"})
    assert why == ("names nobody, but 2 earlier harmful posts by the same author in the last 30 days were "
                   "about us: Gareth Lloyd")


@pytest.mark.parametrize("text,points", [
    ("she's going to regret the day she crossed me", True), ("That woman should be ashamed", True),
    ("H will get what's coming to her", True), ("watch your back. I know where you park", True),
    ("The council are crooks, they should all be strung up", False),       # nobody pointed back at
    ("My ex Stacey is a liar, here's her new address", False),             # someone else named
    ("my neighbour keeps parking across my drive, I'm slashing his tyres", False),
    ("Jason Smith from the garage ripped me off, I'll smash his face in", False),
    ("Maguire is a disgrace, if I see him in town I'll knock him out", False),
    ("Mr Hughes the head at St Anne's Primary is a nonce, keep kids away from him", False),
])
def test_only_a_post_pointing_back_at_someone_unnamed_may_be_about_us(text, points):
    assert bool(from_author([prior(3, ["school", GL])], NOW, {GL: "Gareth Lloyd"}, text=text)[0]) is points


def mention(ext: str, text: str, author: str = "lee_b", platform: str = "x", hours: float = 1) -> Mention:
    return Mention(source="x", external_id=ext, url=f"https://x.example/{ext}", text=text,
                   published=NOW - timedelta(hours=hours), author=author, platform=platform)


def test_ingest_keeps_a_post_naming_nobody_by_an_author_whose_posts_about_us_were_harmful(store):
    ingest(store, "x", FetchResult((mention("1", "Mr Lloyd at hollowbrook, I know where he parks every night", hours=30),),
                                   "c1"), [SCHOOL], NOW)
    first = store.items()[0]
    store.save_decision(first.id, {}, Decision("urgent", ("threat", "privacy"), ("report_police",), "a threat"), NOW)
    ingest(store, "x", FetchResult((mention("2", "hope his brakes hold up this winter"),
                                    mention("3", "hope his brakes hold up this winter", author="someone_else"),
                                    mention("4", "hope his brakes hold up this winter", author="@Lee_B", platform="tiktok"),
                                    mention("5", "hope his brakes hold up this winter", author="lee_b2", platform="tiktok")),
                                   "c2"),
           [SCHOOL], NOW)
    got = {i.external_id: (i.about, i.match_grade, i.possible) for i in store.items()}
    # The same name on another platform is the same person to a DSL reading the month's posts.
    assert got == {"1": (("school", GL), "likely", ()), "2": ((), "possible", ("school", GL)),
                   "4": ((), "possible", ("school", GL))}
    assert "same author" in next(i.match_why for i in store.items() if i.external_id == "2")
    assert sorted(r[0] for r in store.conn.execute("SELECT external_id FROM seen")) == ["3", "5"]


def test_a_list_of_posts_weighs_the_authors_past_on_every_platform():
    from pathlib import Path

    from monitor.config.types import Config, Email
    from monitor.judge.batch import triage_posts
    from monitor.vocab import Post

    class Angry:
        def scores(self, texts):
            return [{"abuse": 0.9, "hate": 0.0, "threat": 0.9, "negative": 0.95, "positive": 0.01} for _ in texts]

    def post(i, text, author, platform, days):
        return Post(id=i, source=platform, platform=platform, author=author, text=text, context="", url=f"https://{platform}.example/{i}",
                    published=NOW - timedelta(days=days))

    got = triage_posts([post("1", "Mr Lloyd at hollowbrook, I'll be waiting by his car, I know where he parks", "@jadeyy_x", "tiktok", 5),
                        post("2", "he blocked me. he'll regret that 🙂", "jadeyy_x", "instagram", 1),
                        post("3", "he blocked me. he'll regret that 🙂", "jadey_y", "instagram", 1)],
                       Config(schools=(SCHOOL,), sources=(), email=Email(sender="s@example.org"), database=Path("unused")),
                       Angry(), now=NOW)
    assert [(r["id"], r["match"]["grade"], r["match"]["possible"]) for r in got] == [
        ("1", "likely", []), ("2", "possible", ["school", GL]), ("3", "no", [])]


# A post that names another school, or a place the school excludes, is not ours by its author's past.
@pytest.mark.parametrize("text,away", [
    ("greenfield high yr10 fight behind the sports hall", True),
    ("FIGHT AT GREENFIELD HIGH, someone call an ambulance", True),
    ("the nativity at St Anne's Primary was lovely", True),
    ("back home in Ontario for christmas", True),
    ("hope his brakes hold up this winter", False),
])
def test_another_school_named_is_not_ours_by_the_authors_past(text, away):
    assert elsewhere(text, SCHOOL) == away
