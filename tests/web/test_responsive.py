"""Every page of the queue on a phone (390 px) and at a desk (1280 px), in Debian's Chromium:
nothing wider than the screen, buttons a thumb can hit, the first action and its draft
above the fold. Screenshots of each page at 390 px go to build/screenshots/phone-*.png."""
from __future__ import annotations

from datetime import timedelta

import pytest

from monitor.deliver.ack import ACK_VALID, new_token, token_hash

from .conftest import PASSWORD, SCREENSHOTS, now_utc, opened

pytestmark = pytest.mark.slow  # real Chromium

WIDTHS = (390, 1280)


def _pages(base: str, ids: dict, token: str) -> list[tuple[str, str]]:
    return [("queue", "/"), ("queue-all", "/?view=all"), ("queue-filtered", "/?priority=urgent&since=2000-01-01"),
            ("item-threat", f"/items/{ids['threat']}"), ("item-script", f"/items/{ids['script']}"),
            ("item-safeguarding", f"/items/{ids['safeguarding']}"), ("staff", "/staff"),
            ("staff-case", "/staff/hollowbrook/tom-whitaker"), ("audit", "/audit"), ("ack", f"/ack/{token}"),
            ("report", "/report")]


def _overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def _small_targets(page) -> list[str]:
    """Visible buttons, selects and inputs (not radios) under 44 px tall."""
    return page.evaluate("""() => [...document.querySelectorAll(
        'button, select, input:not([type=hidden]):not([type=radio]):not([type=checkbox]), a.button, a.view, a.count')]
        .filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 43.5)
        .map(e => e.outerHTML.slice(0, 80))""")


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_is_wider_than_the_screen(browser, live_server, env, width):
    _, ids = env
    token = new_token()
    with opened(env) as store:
        store.add_ack_link(token_hash(token), mention_id=ids["threat"], school_id="hollowbrook", role="headteacher",
                           recipient="head@hollowbrook.example", now=now_utc(), expires=now_utc() + ACK_VALID)
    context = browser.new_context(viewport={"width": width, "height": 844 if width == 390 else 900})
    page = context.new_page()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(live_server + "/login")
    assert _overflow(page) == 0 and _small_targets(page) == []
    if width == 390:
        page.screenshot(path=str(SCREENSHOTS / "phone-login.png"), full_page=True)
    page.fill("input[name=name]", "dee")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(live_server + "/")
    checked = []
    for name, path in _pages(live_server, ids, token):
        page.goto(live_server + path)
        assert page.locator("h1").count() >= 1, name
        assert _overflow(page) == 0, (name, width, _overflow(page))
        assert _small_targets(page) == [], (name, width)
        if width == 390:
            page.screenshot(path=str(SCREENSHOTS / f"phone-{name}.png"), full_page=True)
            if name == "item-threat":
                page.screenshot(path=str(SCREENSHOTS / "phone-item-threat-first-screen.png"))
        checked.append(name)
    assert len(checked) == 11
    context.close()


def test_on_a_phone_the_first_action_and_its_draft_are_in_the_first_screen(browser, live_server, env):
    _, ids = env
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server + "/login")
    page.fill("input[name=name]", "dee")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(live_server + "/")
    page.goto(f"{live_server}/items/{ids['threat']}")
    first = page.locator("section.action").first
    assert first.get_attribute("id") == "action-call_999"
    draft_top = first.locator("textarea").first.bounding_box()["y"]
    assert draft_top < 844, draft_top  # the draft starts in the first screen
    assert page.locator("button.primary").first.bounding_box()["y"] < 844  # I'm dealing with this
    with opened(env) as store:
        assert store.get_item(ids["threat"]).state == "new"  # looking changed nothing
    context.close()


def test_the_ack_link_works_once_in_the_browser_and_stops_the_escalation(browser, live_server, env):
    _, ids = env
    token = new_token()
    with opened(env) as store:
        store.add_ack_link(token_hash(token), mention_id=ids["threat"], school_id="hollowbrook", role="headteacher",
                           recipient="head@hollowbrook.example", now=now_utc() - timedelta(minutes=5),
                           expires=now_utc() + ACK_VALID)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{live_server}/ack/{token}")
    page.click("button.primary")
    page.wait_for_load_state()
    assert "acknowledged" in page.locator("h1").inner_text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "phone-ack-done.png"), full_page=True)
    assert _overflow(page) == 0
    page.goto(f"{live_server}/ack/{token}")
    assert "cannot be used" in page.locator("h1").inner_text()
    with opened(env) as store:
        assert store.get_item(ids["threat"]).state == "in_review"  # escalation picks only `new`
    context.close()


def test_the_alerts_html_fits_a_phone(browser):
    """The alert's HTML part, the follow-up, the deputy's escalation and the backfill summary at
    390 px: nothing to scroll sideways."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from response_samples import ALL, NOW, RELATED, SCHOOL

    from monitor.deliver.alert import AlertLinks
    from monitor.deliver.render import render_alert, render_escalation, render_follow_up
    from monitor.drafts import drafts_for

    base = "https://schoolwatch.hollowbrook.example"
    links = {"headteacher": AlertLinks(ack_url=f"{base}/ack/" + "x" * 32, deputy_at=NOW + timedelta(hours=2))}
    mails = []
    for it in ALL:
        mails += render_alert(it, SCHOOL, drafts_for(it, SCHOOL, RELATED.get(it.id, ()), NOW), base, now=NOW,
                              links=links)
        mails += render_follow_up(it, SCHOOL, base, posts_in_incident=3, opened=NOW - timedelta(days=2), now=NOW,
                                  links=links)
        if it.decision.priority == "urgent":
            mails.append(render_escalation(it, SCHOOL, drafts_for(it, SCHOOL, RELATED.get(it.id, ()), NOW), base,
                                           alerted_at=NOW - timedelta(hours=2), now=NOW,
                                           links=AlertLinks(ack_url=f"{base}/ack/" + "d" * 32)))
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for n, m in enumerate(mails):
        page.set_content(m.html)
        assert _overflow(page) == 0, (m.subject, _overflow(page))
        if m.to_roles == ("headteacher",) and m.item_id == 2 and not m.subject.startswith("Follow-up"):
            page.screenshot(path=str(SCREENSHOTS / "phone-alert-threat.png"), full_page=True)
            height = page.evaluate("document.documentElement.scrollHeight")
            assert height < 844 * 1.6, height  # about one screen, not seven
        if m.kind == "escalation" and m.item_id == 2:
            page.screenshot(path=str(SCREENSHOTS / "phone-escalation-threat.png"), full_page=True)
            assert page.evaluate("document.documentElement.scrollHeight") < 844 * 1.8
    assert len(mails) >= 2 * len(ALL) and any(m.kind == "escalation" for m in mails)
    context.close()
