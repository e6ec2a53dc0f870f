"""Reporting a post from the browser's form: the head, the DSL and office staff (`reporter`);
limits on the screenshot; it takes the way of `schoolwatch report` and reaches the queue and
the head's mail; a reporter sees only their own reports."""
from __future__ import annotations

import hashlib
import io
from datetime import datetime, timezone

import pytest

from monitor.config import load
from monitor.review.web import create_app
from monitor.review.web.auth import hash_password
from monitor.review.web.report import MAX_UPLOAD, image_suffix
from monitor.store import Store
from monitor.store.review import Review

from .conftest import CONFIG, PASSWORD, csrf_of, login, opened

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
POST = {"url": "https://facebook.com/groups/hollowbrook-parents/posts/1",
        "text": "Mr Whitaker at Hollowbrook better watch his back, I'll be waiting at pickup tomorrow",
        "author": "A Parent", "context": "Hollowbrook Academy Parents", "seen_on": "facebook", "reported_by": "J. Smith"}


@pytest.fixture
def report_env(tmp_path, tiny_model):
    text = CONFIG.replace('role = "Year 6 teacher"', 'role = "Year 6 teacher"\naliases = ["Mr Whitaker"]')
    text += (f'\n[classifier]\nmodel = "{tiny_model}"\n\n[[sources]]\nname = "reports"\ntype = "manual"\n'
             'evidence_dir = "evidence"\nlocal = true\n')
    text = text.replace('[email]\n', '[email]\noutbox_dir = "outbox"\n')
    (tmp_path / "config.toml").write_text(text)
    cfg = load(tmp_path / "config.toml")
    store = Store.open(cfg.database)
    hashed = hash_password(PASSWORD)
    for name, role in (("hana", "head"), ("ola", "reporter"), ("vic", "viewer")):
        Review(store).add_user(name, role, "hollowbrook", hashed, datetime.now(timezone.utc))
    store.close()
    return cfg


def _client(cfg, name):
    client = create_app(cfg).test_client()
    assert login(client, name).status_code == 302
    return client


def _send(client, screenshot: bytes | None = PNG, **changes):
    form = {**POST, **changes, "csrf": csrf_of(client.get("/report").text)}
    if screenshot is not None:
        form["screenshot"] = (io.BytesIO(screenshot), "post.png")
    return client.post("/report", data=form, content_type="multipart/form-data")


@pytest.mark.parametrize("head,suffix", [(PNG, ".png"), (b"\xff\xd8\xff\xe0", ".jpg"), (b"GIF89a", ".gif"),
                                         (b"RIFF\x00\x00\x00\x00WEBPVP8 ", ".webp"), (b"<svg", ""),
                                         (b"%PDF-1.7", ""), (b"<html>", "")])
def test_only_pictures_are_taken_by_their_first_bytes(head, suffix):
    assert image_suffix(head) == suffix


def test_a_reporter_reports_with_a_screenshot_and_it_reaches_the_queue_and_the_head(report_env, tmp_path):
    ola = _client(report_env, "ola")
    assert ola.get("/").headers["Location"].endswith("/report")  # office staff do not read the queue
    done = _send(ola)
    assert done.status_code == 200 and "Thank you: received" in done.text, done.text[-600:]
    assert "watch his back" in done.text  # their own report, listed for them
    digest = hashlib.sha256(PNG).hexdigest()
    kept = list((tmp_path / "evidence").iterdir())
    assert [p.name for p in kept] == [f"{digest}.png"]  # by its SHA-256, outside the web root
    with opened((report_env, {})) as store:
        (item,) = [i for i in store.items() if i.source == "reports"]
        assert item.decision.priority == "urgent" and store.web_reports(user_name="ola", school_id="hollowbrook")
        entry = [e for e in Review(store).audit_entries(mention_id=item.id) if e.event == "web_report"]
        assert entry and entry[0].detail["screenshot"] == digest
    assert ola.get(f"/items/{item.id}").status_code == 404  # a reporter never opens the queue's items
    hana = _client(report_env, "hana")
    assert f'data-item="{item.id}"' in hana.get("/").text
    mail = list((tmp_path / "outbox").glob("*.eml"))
    assert len(mail) == 1 and b"Whitaker" in mail[0].read_bytes()  # an urgent one pages at once
    assert _send(ola).status_code == 409  # the same post twice is one report


def test_the_form_refuses_what_it_must(report_env, tmp_path):
    hana = _client(report_env, "hana")
    assert _send(hana, screenshot=b"<svg onload=alert(1)>").status_code == 400
    assert _send(hana, screenshot=PNG + b"\x00" * MAX_UPLOAD).status_code == 413
    assert _send(hana, text="").status_code == 400
    nobody = _send(hana, screenshot=PNG, text="Lovely weather at the seaside", context="Holiday chat")
    assert nobody.status_code == 422
    assert not (tmp_path / "evidence").exists() or not list((tmp_path / "evidence").iterdir())
    vic = _client(report_env, "vic")
    assert vic.get("/report").status_code == 403
    # Every other form keeps its smaller limit.
    from monitor.review.web import MAX_BODY

    token = csrf_of(hana.get("/report").text)
    assert hana.post("/logout", data={"csrf": token, "pad": "x" * MAX_BODY}).status_code == 413


@pytest.mark.slow  # real Chromium
def test_a_report_with_a_screenshot_reaches_the_queue_in_the_browser(report_env, tmp_path, browser):
    import threading

    from monitor.review.web.server import make_server

    server = make_server(create_app(report_env), "127.0.0.1", 0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.effective_port}"
    shot = tmp_path / "post.png"
    shot.write_bytes(PNG)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(base + "/login")
        page.fill("input[name=name]", "ola")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(base + "/report")
        for name in ("url", "author", "context", "reported_by"):
            page.fill(f"input[name={name}]", POST[name])
        page.fill("textarea[name=text]", POST["text"])
        page.set_input_files("input[name=screenshot]", str(shot))
        page.click("form.report button[type=submit]")
        page.wait_for_load_state()
        assert "Thank you: received" in page.locator("main").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") == 0
        page.click("text=Log out")
        page.fill("input[name=name]", "hana")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(base + "/")
        assert "watch his back" in page.locator("table.queue").inner_text()
    finally:
        context.close()
        server.close()
        for channel in list(server._map.values()):
            channel.close()
        thread.join(timeout=5)
    assert (tmp_path / "evidence" / f"{hashlib.sha256(PNG).hexdigest()}.png").is_file()
