"""Removal follow-up with real parts: a local HTTP server plays the post (200, then 404; a Reddit
thread whose comment becomes [removed]; a post that stays up), a real SQLite file, the digest."""
from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from werkzeug import Response

from connectors.base import Mention
from monitor.cli import cli
from monitor.daemon import App
from monitor.drafts import Outcome, drafts_for
from monitor.store import Matched
from monitor.store.review import Review
from monitor.vocab import Decision

T0 = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)  # a Monday
COMMENTS = Path(__file__).resolve().parent / "connectors" / "data" / "reddit_comments_hexley.json"


def write_config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text("""
[school]
name = "Hollowbrook Academy"
aliases = ["Hollowbrook"]
locality = ["Hexley"]

[[staff]]
id = "tom-whitaker"
name = "Tom Whitaker"
role = "Year 6 teacher"
aliases = ["Mr Whitaker"]

[email]
sender = "sw@hollowbrook.example"
headteacher = "head@hollowbrook.example"
dsl = "dsl@hollowbrook.example"
outbox_dir = "outbox"

[database]
path = "sw.db"

[classifier]
model = "not-loaded-here"
""")
    return path


class Site:
    """What the post's address answers now; every request is counted."""

    def __init__(self, status: int = 200, body: bytes = b"<p>Mr Whitaker is a disgrace</p>",
                 content_type: str = "text/html"):
        self.status, self.body, self.content_type, self.requests = status, body, content_type, 0

    def __call__(self, request):
        self.requests += 1
        return Response(self.body, status=self.status, content_type=self.content_type)


@pytest.fixture
def app(tmp_path):
    clock = [T0]
    app = App.from_config(write_config(tmp_path), clock=lambda: clock[0])
    app.clock_box = clock
    yield app
    app.close()


def add_post(app, url: str, *, platform="website", external_id="post-1", categories=("harassment",),
             extra=None) -> int:
    school = app.cfg.schools[0]
    m = Mention(source="gazette", external_id=external_id, url=url, text="Mr Whitaker at Hollowbrook is a disgrace",
                published=T0 - timedelta(hours=5), author="hx_reader", platform=platform, extra=extra or {})
    (mid,) = app.store.save_fetch("gazette", [Matched(school.id, m, ("staff:tom-whitaker",), f"h-{external_id}")],
                                  [], None, T0 - timedelta(hours=4))
    app.store.save_decision(mid, {}, Decision("high", tuple(categories), ("request_removal", "inform_staff"),
                                              "abuse of a member of staff"), T0 - timedelta(hours=4))
    Review(app.store).decide(mid, school.id, "request_removal", "taken", user="dsl", now=T0, taken_at=T0,
                             reference="R-123")
    return mid


def at(app, when: datetime):
    app.clock_box[0] = when
    return app.follow_removals()


def digest_text(app, key: str) -> str:
    assert app.queue_digest(app.cfg.schools[0].id, key=key)
    return app.store.conn.execute("SELECT body_text FROM outbox WHERE dedup_key = ?", (key,)).fetchone()[0]


def pending_news(app):
    from monitor.deliver.digest import build_digest_data

    return build_digest_data(app.store, app.cfg, app.cfg.schools[0], app.clock()).removals


def test_a_post_that_answers_200_then_404_is_followed_to_removed_on(app, httpserver):
    site = Site()
    httpserver.expect_request("/post/1").respond_with_handler(site)
    mid = add_post(app, httpserver.url_for("/post/1"))

    assert at(app, T0 + timedelta(hours=1)) == []  # followed from now on; the first look is due at +2h
    w = app.store.removal_watch(mid)
    assert (w.notice, w.requested_at, w.due_at, w.next_check) == ("platform", T0, T0 + timedelta(days=7),
                                                                   T0 + timedelta(hours=2))
    assert [(c.state, c.how) for c in at(app, T0 + timedelta(hours=2))] == [("up", "")]
    site.status, site.body = 404, b"Not Found"
    assert at(app, T0 + timedelta(hours=5)) == []  # not due: no request
    assert [(c.state, c.how) for c in at(app, T0 + timedelta(hours=10))] == [("gone", "HTTP 404")]
    assert at(app, T0 + timedelta(days=3)) == []  # gone: the checks stop
    assert site.requests == 2

    w = app.store.removal_watch(mid)
    assert (w.gone_at, w.gone_how, w.checks, w.stopped_why) == (T0 + timedelta(hours=10), "HTTP 404", 2,
                                                               "the post is gone")
    # Both answers are in the post's evidence chain.
    assert [(r.kind, r.status, r.note) for r in app.store.evidence_chain(mid)] == [
        ("check", 200, "up"), ("check", 404, "gone: HTTP 404")]

    text = digest_text(app, "d1")
    assert ("removed on Mon 23 Nov 2026, 20:00 GMT (HTTP 404); we asked on Mon 23 Nov 2026, 10:00 GMT." in text)
    html = app.store.conn.execute("SELECT body_html FROM outbox WHERE dedup_key = 'd1'").fetchone()[0]
    assert "<b>removed on Mon 23 Nov 2026, 20:00 GMT</b> (HTTP 404); we asked on Mon 23 Nov 2026, 10:00 GMT." in html
    listed = CliRunner().invoke(cli, ["removals", "--config", str(app.cfg.path)])
    assert listed.exit_code == 0, listed.output
    assert listed.output == (f"#{mid} (platform): asked 2026-11-23, due 2026-11-30 10:00Z; 2 check(s); "
                             "removed on 2026-11-23 20:00Z (HTTP 404)\n")
    assert pending_news(app) == ()  # told once

    # The note to the member of staff follows it.
    item, school = app.store.get_item(mid), app.cfg.schools[0]
    outcome = Outcome("request_removal", "taken", reference="R-123", when=T0, removed_on=w.gone_at)
    note = next(d for d in drafts_for(item, school, [], T0 + timedelta(days=1), decisions={"request_removal": outcome})
                if d.action == "inform_staff")
    assert "to remove it on Monday 23 November 2026 (reference R-123). The post was removed on Monday 23 November " \
           "2026." in note.text


def test_a_reddit_comment_that_becomes_removed(app, httpserver):
    listing = json.loads(COMMENTS.read_bytes())
    comment = copy.deepcopy(listing["data"]["children"][0])  # t1_n0c0003, "he's a disgrace"
    path = comment["data"]["permalink"]
    thread = [{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"name": "t3_1hba0a1",
                                                                                "selftext": "Uniform rules"}}]}},
              {"kind": "Listing", "data": {"children": [comment]}}]
    site = Site(body=json.dumps(thread).encode(), content_type="application/json")
    httpserver.expect_request(path + ".json").respond_with_handler(site)
    mid = add_post(app, httpserver.url_for(path), platform="reddit", external_id="t1_n0c0003",
                   extra={"fullname": "t1_n0c0003"})

    assert [(c.state, c.how) for c in at(app, T0 + timedelta(hours=2))] == [("up", "")]
    comment["data"].update(body="[removed]", author="[deleted]")
    site.body = json.dumps(thread).encode()
    assert [(c.state, c.how) for c in at(app, T0 + timedelta(hours=10))] == [
        ("gone", "removed by the moderators or Reddit ([removed])")]
    assert site.requests == 2
    assert "removed by the moderators or Reddit ([removed])" in digest_text(app, "d1")


def test_still_up_after_7_days_gives_the_next_steps_drafts(app, httpserver, tmp_path):
    site = Site()
    httpserver.expect_request("/post/2").respond_with_handler(site)
    mid = add_post(app, httpserver.url_for("/post/2"))
    app.clock_box[0] = T0
    app.follow_removals()
    result = CliRunner().invoke(cli, ["removals", "--config", str(tmp_path / "config.toml"), "--answer", str(mid),
                                      "We found no violation of our rules"])
    assert result.exit_code == 0, result.output
    due = T0 + timedelta(days=7)
    while (nxt := app.store.removal_watch(mid).next_check) is not None and nxt <= due:
        at(app, nxt)
    w = app.store.removal_watch(mid)
    assert w.last_checked == due and w.gone_at is None  # one check lands on the deadline itself
    assert site.requests == w.checks == 9  # polite: 2h, 8h, then daily, and the deadline

    text = digest_text(app, "d1")
    assert "still up after 7 days (asked on Mon 23 Nov 2026, 10:00 GMT, due Mon 30 Nov 2026, 10:00 GMT): next step" \
        in text
    assert "Professionals Online Safety Helpline (POSH) (helpline@saferinternet.org.uk or 0344 381 4772)" in text
    assert f"We asked {httpserver.host} to remove it on Monday 23 November 2026 (their reference R-123). Their answer: \"We found no " \
           "violation of our rules\"" in text
    assert "Date reported to the platform: Monday 23 November 2026" in text
    assert pending_news(app) == ()  # told once


def test_closing_the_case_stops_the_checks(app, httpserver):
    site = Site()
    httpserver.expect_request("/post/3").respond_with_handler(site)
    mid = add_post(app, httpserver.url_for("/post/3"))
    at(app, T0 + timedelta(hours=2))
    Review(app.store).set_state(mid, app.cfg.schools[0].id, "closed", user="dsl", now=T0 + timedelta(hours=3))
    assert at(app, T0 + timedelta(days=2)) == []
    assert site.requests == 1 and app.store.removal_watch(mid).stopped_why == "the case was closed"


def test_a_request_no_longer_taken_is_not_followed(app, httpserver):
    site = Site()
    httpserver.expect_request("/post/4").respond_with_handler(site)
    mid = add_post(app, httpserver.url_for("/post/4"))
    at(app, T0 + timedelta(hours=1))
    Review(app.store).decide(mid, app.cfg.schools[0].id, "request_removal", "not_pursued", user="dsl",
                             now=T0 + timedelta(hours=1), reason="the police asked us to leave it up")
    assert at(app, T0 + timedelta(hours=2)) == []
    w = app.store.removal_watch(mid)
    assert site.requests == 0 and w.stopped_why == "the removal request is no longer recorded as taken"
    app.clock_box[0] = T0 + timedelta(days=8)
    assert pending_news(app) == ()  # and the digest never says it is overdue


def test_a_post_from_a_closed_group_is_the_dsls_to_look_at(app):
    mid = add_post(app, "https://facebook.com/groups/hexleyparents/posts/1", platform="manual", external_id="m-1")
    at(app, T0 + timedelta(hours=1))
    w = app.store.removal_watch(mid)
    assert (w.next_check, w.last_result) == (None, "cannot be checked automatically: reported by a person from a "
                                                   "closed group: ask them to look")
    at(app, T0 + timedelta(days=7, hours=1))
    text = digest_text(app, "d1")
    assert ("7 days have passed since we asked (on Mon 23 Nov 2026, 10:00 GMT); schoolwatch cannot look at it "
            "itself (reported by a person from a closed group: ask them to look). If it is still up: next step") in text
    assert "Professionals Online Safety Helpline (POSH)" in text and "still up after" not in text
