"""The removal follow-up on the item page: where it stands, and the platform's answer recorded."""
from __future__ import annotations

from datetime import timedelta

from monitor.review.followup import platform_answer, start_watches
from monitor.store.review import Review

from .conftest import csrf_of, login, now_utc, opened


def test_the_item_page_shows_the_follow_up_and_records_the_answer(env, client):
    _, ids = env
    threat = ids["threat"]
    with opened(env) as store:
        now = now_utc()
        Review(store).decide(threat, "hollowbrook", "request_removal", "taken", user="hana", now=now,
                             taken_at=now - timedelta(hours=1), reference="RPT-77")
        start_watches(store, now)
    login(client, "dee")
    page = client.get(f"/items/{threat}")
    assert page.status_code == 200
    assert "<h2>Removal follow-up</h2>" in page.text and "(reference RPT-77)" in page.text
    assert "the platform's time (7 days) ends" in page.text
    assert "0 check(s): <b>being checked</b>" in page.text

    sent = client.post(f"/items/{threat}/platform-answer",
                       data={"csrf": csrf_of(page.text), "answer": "<b>No violation</b> found"})
    assert sent.status_code == 303 and sent.headers["Location"].endswith(f"/items/{threat}#removal")
    again = client.get(f"/items/{threat}")
    assert "The platform's answer: <q>&lt;b&gt;No violation&lt;/b&gt; found</q>" in again.text  # escaped
    with opened(env) as store:
        assert platform_answer(store, threat) == "<b>No violation</b> found"
        assert [e.user_name for e in Review(store).iter_audit(mention_id=threat) if e.event == "platform_answer"] \
            == ["dee"]
    assert client.post(f"/items/{threat}/platform-answer", data={"csrf": csrf_of(again.text), "answer": " "}
                       ).status_code == 400


def test_no_follow_up_no_section_and_viewers_never_record(env, client):
    _, ids = env
    login(client, "dee")
    assert "Removal follow-up" not in client.get(f"/items/{ids['earlier']}").text
    client.post("/logout", data={"csrf": csrf_of(client.get("/").text)})
    login(client, "vic")
    page = client.get("/")
    resp = client.post(f"/items/{ids['script']}/platform-answer", data={"csrf": csrf_of(page.text), "answer": "x"})
    assert resp.status_code == 403
