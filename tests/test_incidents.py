"""Incidents and backfills, through a real database: two posts by one author about one person
are one alert and one short follow-up; a source's first poll pages nobody for old posts and
sends one summary; only what is still live pages or escalates; an acknowledgement covers the
incident."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from connectors.base import Mention
from monitor.config.types import Alerts, Config, Email
from monitor.deliver.backfill import queue_backfill_summary
from monitor.deliver.outbox import queue_alerts, queue_escalations
from monitor.store import Matched, Store
from monitor.timeutil import iso

from response_samples import SCHOOL, THREAT, T

BASE = "https://sw.example"
NOW = T("2026-11-22T09:00:00Z")


def cfg(tmp_path) -> Config:
    return Config(schools=(SCHOOL,), sources=(), email=Email(sender="s@example.org"), database=tmp_path / "db.sqlite",
                  alerts=Alerts(base_url=BASE, escalate_after_seconds=7200))


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "db.sqlite")
    yield s
    s.close()


def add(store, n: int, posted, *, author="throwaway_hx_91", text=None, decision=None, backfill=False):
    it = THREAT
    mn = Mention(source="sample", external_id=f"p{n}", url=f"https://www.reddit.com/r/hexley/comments/p{n}/",
                 text=text or f"{it.text} ({n})", published=posted, author=author, platform="reddit",
                 extra={"backfill": True} if backfill else {})
    (new_id,) = store.save_fetch("sample", [Matched("hollowbrook", mn, it.about, f"h{n}")], [], None, posted)
    store.save_decision(new_id, dict(it.scores), decision or it.decision, posted)
    return store.get_item(new_id)


def alerts(store):
    return [dict(r) for r in store.conn.execute("SELECT * FROM outbox ORDER BY id")]


def test_two_posts_by_one_author_about_one_person_are_one_alert_and_one_follow_up(store, tmp_path):
    c = cfg(tmp_path)
    first = add(store, 1, NOW - timedelta(hours=3))
    assert queue_alerts(store, c, first, NOW - timedelta(hours=3)) == 1
    second = add(store, 2, NOW - timedelta(minutes=30))
    assert queue_alerts(store, c, second, NOW) == 1
    full, follow = alerts(store)
    assert full["attachments"] != "[]" and follow["attachments"] == "[]"
    assert follow["subject"] == "Follow-up: 1 more post by throwaway_hx_91 about Mr Whitaker, posted 30 minutes ago"
    assert follow["body_text"].startswith("Follow-up: 1 more post by throwaway_hx_91 about Mr Whitaker (2 in all since")
    assert len(follow["body_text"].split()) < len(full["body_text"].split()) <= 250
    assert "/ack/" in follow["body_text"]
    other = add(store, 3, NOW - timedelta(minutes=5), author="someone_else")
    queue_alerts(store, c, other, NOW)
    assert not alerts(store)[-1]["subject"].startswith("Follow-up")  # another author: its own alert


def test_a_post_after_the_window_opens_a_new_incident(store, tmp_path):
    c = cfg(tmp_path)
    queue_alerts(store, c, add(store, 1, NOW - timedelta(days=9)), NOW - timedelta(days=9))
    queue_alerts(store, c, add(store, 2, NOW - timedelta(hours=1)), NOW)
    assert [a["subject"].startswith("Follow-up") for a in alerts(store)] == [False, False]


def test_a_backfill_pages_nobody_and_sends_one_summary(store, tmp_path):
    c = cfg(tmp_path)
    old = [add(store, n, NOW - timedelta(days=10 - n), backfill=True) for n in (1, 2)]
    live = add(store, 3, NOW - timedelta(hours=2), author="another_account", backfill=True)
    for it in (*old, live):
        queue_alerts(store, c, it, NOW)
    (paged,) = alerts(store)  # only the live one
    assert paged["mention_id"] == live.id and paged["send_after"] == iso(NOW)
    assert queue_backfill_summary(store, c, "sample", NOW) == 1
    assert queue_backfill_summary(store, c, "sample", NOW) == 0  # one summary, however often it is asked
    summary = alerts(store)[-1]
    assert summary["kind"] == "summary" and summary["mention_id"] is None
    assert "1. Threat to Mr Whitaker on Reddit: 2 posts by throwaway_hx_91, the latest posted 8 days ago. " \
           "First: report to police." in summary["body_text"]
    assert "999" not in summary["body_text"] + summary["subject"]
    assert len(summary["body_text"].split()) <= 250


def test_an_old_post_is_not_escalated_and_a_live_one_is(store, tmp_path):
    c = cfg(tmp_path)
    old = add(store, 1, NOW - timedelta(days=3), author="a1")
    live = add(store, 2, NOW - timedelta(hours=1), author="a2")
    for it in (old, live):
        queue_alerts(store, c, it, NOW)
    rows = alerts(store)
    assert "the deputy is told" not in rows[0]["body_text"] and "the deputy is told" in rows[1]["body_text"]
    for r in rows:
        store.mark_sent(r["id"], NOW)
    assert queue_escalations(store, c, NOW + timedelta(hours=3)) == 1
    (esc,) = [r for r in alerts(store) if r["kind"] == "escalation"]
    assert esc["mention_id"] == live.id


def test_acknowledging_one_post_covers_its_incident(store, tmp_path):
    from monitor.deliver.ack import ACK_VALID, token_hash

    c = cfg(tmp_path)
    a = add(store, 1, NOW - timedelta(hours=2))
    b = add(store, 2, NOW - timedelta(hours=1))
    for it in (a, b):
        queue_alerts(store, c, it, NOW)
    store.add_ack_link(token_hash("t"), mention_id=a.id, school_id="hollowbrook", role="headteacher",
                       recipient="head@x", now=NOW, expires=NOW + ACK_VALID)
    assert store.use_ack_link(token_hash("t"), NOW).ok
    assert [store.get_item(i).state for i in (a.id, b.id)] == ["in_review", "in_review"]


def test_the_deputys_mail_through_real_smtp_carries_the_drafts_and_a_link_of_its_own(store, tmp_path, smtp_server):
    """What the deputy receives: the alert's shape, the drafts attached, an acknowledge link that is theirs."""
    import re

    from mailtools import attached, body_html, body_text
    from monitor.deliver.ack import token_hash
    from monitor.deliver.mailer import SMTPMailer
    from monitor.deliver.outbox import send_due

    c = cfg(tmp_path)
    live = add(store, 1, NOW - timedelta(hours=1))
    queue_alerts(store, c, live, NOW)
    for r in alerts(store):
        store.mark_sent(r["id"], NOW)
    later = NOW + timedelta(hours=3)
    assert queue_escalations(store, c, later) == 1
    assert queue_escalations(store, c, later) == 0  # nothing sent twice
    mailer = SMTPMailer(Email(sender="schoolwatch@hollowbrook.example", smtp_host=smtp_server.host,
                              smtp_port=smtp_server.port))
    assert send_due(store, mailer, later) == (1, 0)
    (got,) = smtp_server.wait_for(1)
    assert got["To"] == "deputy@hollowbrook.example"
    text = body_text(got)
    assert text.splitlines()[:2] == [
        "NOT ACKNOWLEDGED BY THE HEADTEACHER since Sun 22 Nov 2026, 09:00 GMT (3 hours ago).",
        "Threat to Mr Whitaker on Reddit, posted 4 hours ago.",
    ]
    assert "DO FIRST: Call 999 now: the post names a time or place that is still ahead." in text
    assert len(text.split()) <= 170
    assert [f for f, _ in attached(got)] == ["1-call-999.txt", "2-report-to-police.txt",
                                            "3-ask-the-platform-to-remove-it.txt", "4-tell-the-member-of-staff.txt",
                                            "5-take-legal-advice.txt"]
    assert "&lt;script&gt;" in body_html(got) and "<script>" not in body_html(got)
    (token,) = re.findall(r"https://sw\.example/ack/(\S+)", text)
    link = store.ack_link(token_hash(token))
    assert (link.mention_id, link.role, link.recipient) == (live.id, "deputy", "deputy@hollowbrook.example")
    assert store.use_ack_link(token_hash(token), later).ok
    assert store.get_item(live.id).state == "in_review"
