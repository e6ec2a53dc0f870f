"""A trust of two schools, flagged items stored through the real Store, accounts, and the
review queue served by waitress on 127.0.0.1 in a thread."""
from __future__ import annotations

import hashlib
import os
import re
import threading
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from connectors.base import Mention
from monitor.config import load
from monitor.store import Matched, Store
from monitor.store.review import Review
from monitor.vocab import Decision
from monitor.review.web.auth import hash_password

PASSWORD = "correct horse battery"
CONFIG = """
[[schools]]
id = "hollowbrook"
name = "Hollowbrook Academy"
aliases = ["Hollowbrook"]
headteacher = "head@hollowbrook.example"
dsl = "dsl@hollowbrook.example"
[[schools.staff]]
id = "tom-whitaker"
name = "Tom Whitaker"
role = "Year 6 teacher"
[[schools.staff]]
id = "amy-cole"
name = "Amy Cole"
role = "Head of PE"

[[schools]]
id = "riverside"
name = "Riverside Primary"
headteacher = "head@riverside.example"
dsl = "dsl@riverside.example"
[[schools.staff]]
id = "sam-hill"
name = "Sam Hill"
role = "Reception teacher"

[email]
sender = "schoolwatch@trust.example"

[database]
path = "review.db"

[web]
secure_cookies = false
"""

# (key, school, author, minutes ago, text, about, priority, categories, actions, rules, scores)
POSTS = [
    ("threat", "hollowbrook", "angrydad77", 30,
     "Mr Whitaker at Hollowbrook better watch himself tomorrow at pickup, I know what car he drives",
     ("school", "staff:tom-whitaker"), "urgent", ("threat", "privacy"),
     ("call_999", "report_police", "inform_staff", "request_removal"), ("imminent_violence", "staff_vehicle"),
     {"abuse": 0.71, "threat": 0.93, "negative": 0.88}),
    ("earlier", "hollowbrook", "angrydad77", 60 * 24 * 3,
     "Whitaker at Hollowbrook is useless, someone should sort him out",
     ("school", "staff:tom-whitaker"), "high", ("harassment",), ("inform_staff", "request_removal"),
     ("insult_staff",), {"abuse": 0.82, "threat": 0.31, "negative": 0.9}),
    ("script", "hollowbrook", "<b>x</b>", 90,
     "Hollowbrook staff <script>document.title='pwned'</script><img src=x onerror=alert(1)> are awful",
     ("school",), "digest", ("complaint",), ("contact_author",), (), {"abuse": 0.4, "negative": 0.7}),
    ("praise", "hollowbrook", "mum_of_3", 120, "Lovely nativity at Hollowbrook today, well done Miss Cole",
     ("school", "staff:amy-cole"), "ignore", ("praise",), (), (), {"positive": 0.97}),
    ("safeguarding", "hollowbrook", "anon1", 45,
     "Saw a Hollowbrook Year 5 boy alone at the bus stop every day at 4pm, anyone know his name",
     ("school",), "urgent", ("safeguarding",), ("dsl_review", "request_removal"), ("pupil_location",),
     {"abuse": 0.1, "threat": 0.4}),
    ("other-school", "riverside", "troll", 20, "Sam Hill at Riverside should be sacked, total disgrace",
     ("school", "staff:sam-hill"), "urgent", ("harassment",), ("inform_staff", "request_removal"),
     ("insult_staff",), {"abuse": 0.9, "threat": 0.2}),
]


def now_utc() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def seed(store: Store, now: datetime) -> dict[str, int]:
    """Store the posts as the daemon would: save_fetch, then save_decision."""
    ids: dict[str, int] = {}
    for key, school, author, ago, text, about, prio, cats, actions, rules, scores in POSTS:
        published = now - timedelta(minutes=ago)
        m = Mention(source="hexley-forum", external_id=key, url=f"https://forum.example/t/{key}", text=text,
                    published=published, author=author, author_url=f"https://forum.example/u/{author}",
                    platform="rss")
        digest = hashlib.sha256(text.encode()).hexdigest()
        (new_id,) = store.save_fetch("hexley-forum", [Matched(school, m, about, digest)], [], None, published)
        store.save_decision(new_id, scores, Decision(priority=prio, categories=cats, actions=actions,
                                                     why=f"rules: {', '.join(rules) or 'none'}", rules=rules),
                            published)
        ids[key] = new_id
    return ids


USERS = [("dee", "dsl", "hollowbrook"), ("hana", "head", "hollowbrook"), ("vic", "viewer", "hollowbrook"),
         ("rita", "dsl", "riverside"), ("carl", "ceo", None)]


@pytest.fixture
def env(tmp_path):
    """(cfg, item ids by key): a trust config, its database seeded, five accounts."""
    path = tmp_path / "config.toml"
    path.write_text(CONFIG)
    cfg = load(path)
    store = Store.open(cfg.database)
    ids = seed(store, now_utc())
    review = Review(store)
    hashed = hash_password(PASSWORD)  # one hash for all: argon2 is slow on purpose
    for name, role, school in USERS:
        review.add_user(name, role, school, hashed, now_utc())
    store.close()
    return cfg, ids


@contextmanager
def opened(env):
    """A Store of its own on the test's database, as a second process would have."""
    store = Store.open(env[0].database)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def app(env):
    from monitor.review.web import create_app
    return create_app(env[0])


@pytest.fixture
def client(app):
    return app.test_client()


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "no CSRF field in the page"
    return m.group(1)


def login(client, name: str, password: str = PASSWORD):
    page = client.get("/login")
    return client.post("/login", data={"name": name, "password": password, "csrf": csrf_of(page.text)})


@pytest.fixture
def live_server(app):
    """The app served by waitress on 127.0.0.1, in a thread: base URL."""
    from monitor.review.web.server import make_server

    server = make_server(app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()
    # The browser may hold keep-alive connections: waitress's loop runs until its map is empty.
    for channel in list(server._map.values()):
        channel.close()
    thread.join(timeout=5)
    assert not thread.is_alive(), "the server thread did not stop"


# Debian's package; SCHOOLWATCH_CHROMIUM names another build (Ubuntu's snap, a distro's chromium-browser).
CHROMIUM = Path(os.environ.get("SCHOOLWATCH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium driven by Playwright; skips where either is absent. Module scope:
    Playwright's event loop is gone before tests elsewhere start their own."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: apt-get install chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    yield pg
    context.close()


SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
