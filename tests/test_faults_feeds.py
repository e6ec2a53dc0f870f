"""Bad input never costs good input; a slow source never holds the others past its deadline."""
from __future__ import annotations

import json
import socket
import threading
import time

import pytest

from connectors import Context
from connectors.feeds import FeedConnector, repair
from connectors.jsonl import JsonLinesConnector
from hostile import EMOJI, hostile_feed, rss, rss_item
from monitor.config import load
from monitor.daemon import App
from test_pipeline import NOW, write_config


class DripServer:
    """Answers 200 and then sends its body one byte every `every` seconds, counting what it sent."""

    def __init__(self, every: float = 0.05, total: int = 400):
        self.every, self.total, self.sent = every, total, 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.port = self.sock.getsockname()[1]
        self.hung_up = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        conn, _ = self.sock.accept()
        conn.recv(65536)
        body = rss([rss_item(guid="d", link="https://d.example/", title="Hollowbrook Academy drip")])
        body = body.ljust(self.total, b" ")
        try:
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                         b"Content-Length: %d\r\n\r\n" % len(body))
            for i in range(len(body)):
                conn.sendall(body[i:i + 1])
                self.sent += 1
                time.sleep(self.every)
        except OSError:
            self.hung_up.set()
        conn.close()

    def close(self) -> None:
        self.sock.close()


def test_a_drip_feed_is_cut_at_its_deadline_and_the_source_after_it_is_fetched(tmp_path, httpserver, smtp_server,
                                                                               tiny_model):
    drip = DripServer(every=0.05, total=400)  # 20 s to send it all
    httpserver.expect_request("/good.xml").respond_with_data(
        rss([rss_item(guid="g", link="https://g.example/", title="Hollowbrook Academy fun run")]),
        content_type="application/rss+xml")
    config = write_config(tmp_path, {"drip": f"http://127.0.0.1:{drip.port}/feed.xml",
                                     "good": httpserver.url_for("/good.xml")}, smtp_server.port, tiny_model)
    config.write_text(config.read_text().replace('every = "15m"\n', 'every = "15m"\ndeadline = 1\n', 1))
    app = App.from_config(load(config), clock=lambda: NOW)
    slow, good = app.poll()
    assert slow.error == (f"http://127.0.0.1:{drip.port}/feed.xml: not downloaded within its deadline of 1s "
                          "(the server sends too slowly); the other sources went on")
    assert (good.error, good.new_items) == (None, 1)
    assert drip.hung_up.wait(5)
    assert drip.sent < 100  # cut after about 20 of its 400 bytes, not read to the end
    app.close()
    drip.close()


def _connector(tmp_path, url: str = "http://127.0.0.1:1/x") -> FeedConnector:
    import requests

    ctx = Context(http=requests.Session(), clock=lambda: NOW, secret=lambda _n: None, state_dir=tmp_path,
                  config_dir=tmp_path)
    return FeedConnector("board", {"url": url}, ctx)


@pytest.mark.parametrize("raw, fixed, problems", [
    (b"<a>caf\xc3\xa9 \xff ok</a>", "<a>café \ufffd ok</a>".encode(),
     ["1 invalid UTF-8 sequence(s) replaced by U+FFFD (the rest of each entry kept as sent)"]),
    (b"<a>x\x00y\x1bz</a>", b"<a>xyz</a>", ["2 control character(s) XML does not allow (NUL and the like) removed"]),
    ("<a>🎶 شكرا \u202e</a>".encode(), "<a>🎶 شكرا \u202e</a>".encode(), []),
    # Another declared encoding is feedparser's to read: left alone.
    (b'<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>', b'<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>', []),
])
def test_feed_bytes_are_repaired_where_they_are_broken_and_nowhere_else(raw, fixed, problems):
    assert repair(raw) == (fixed, problems)


def test_one_invalid_utf8_entry_garbles_no_other_entry(tmp_path, httpserver):
    feed = rss([rss_item(guid="a", link="https://b.example/a", title=EMOJI),
                rss_item(guid="b", link="https://b.example/b", title="Hollowbrook Academy XBADX fair")])
    httpserver.expect_request("/f.xml").respond_with_data(feed.replace(b"XBADX", b"\xff"),
                                                          content_type="application/rss+xml")
    result = _connector(tmp_path, httpserver.url_for("/f.xml")).fetch(None)
    texts = {m.external_id: m.text for m in result.mentions}
    assert texts == {"a": EMOJI, "b": "Hollowbrook Academy \ufffd fair"}
    assert len(result.problems) == 1 and "invalid UTF-8" in result.problems[0]


def test_jsonl_keeps_every_good_line_and_says_what_is_wrong_with_each_bad_one(tmp_path):
    lines = [json.dumps({"id": "1", "text": "Hollowbrook Academy one"}).encode(),
             b"{not json",
             json.dumps({"text": "Hollowbrook Academy no id"}).encode(),
             json.dumps({"id": "4", "text": "Hollowbrook Academy bad date", "published": "yesterday-ish"}).encode(),
             json.dumps({"id": "5"}).encode(),
             json.dumps({"id": "6", "text": "Hollowbrook Academy caf\u00e9 XBADX"}).encode().replace(b"XBADX", b"\xff"),
             b"[1, 2]"]
    (tmp_path / "posts.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    ctx = Context(http=None, clock=lambda: NOW, secret=lambda _n: None, state_dir=tmp_path, config_dir=tmp_path)
    result = JsonLinesConnector("export", {"path": "posts.jsonl"}, ctx).fetch(None)
    got = {m.external_id: (m.text, m.published) for m in result.mentions}
    no_id = [k for k in got if k.startswith("sha256:")]
    assert sorted(set(got) - set(no_id)) == ["1", "4", "6"] and len(no_id) == 1
    assert got["4"] == ("Hollowbrook Academy bad date", NOW)
    assert got["6"][0] == "Hollowbrook Academy café \ufffd"
    path = tmp_path / "posts.jsonl"
    assert list(result.problems) == [
        f"{path}:2: not a post, left out (JSONDecodeError: Expecting property name enclosed in double quotes: "
        "line 1 column 2 (char 1))",
        f"{path}:3: no id; known by a hash of the line",
        f"{path}:4: published 'yesterday-ish' is not a date; kept with the fetch time",
        f"{path}:5: not a post, left out (KeyError: 'text')",
        f"{path}:6: invalid UTF-8 replaced by U+FFFD; the rest of the line kept",
        f"{path}:7: not a post, left out (TypeError: a JSON list, not an object)",
    ]
    again = JsonLinesConnector("export", {"path": "posts.jsonl"}, ctx).fetch(result.cursor)
    assert again.mentions == ()


def _hostile_poll(tmp_path, httpserver, smtp_server, tiny_model, n: int, threats: int, huge: int):
    feed, expect = hostile_feed(n, threats=threats, huge=huge)
    httpserver.expect_request("/hostile.xml").respond_with_data(feed, content_type="application/rss+xml")
    config = write_config(tmp_path, {"board": httpserver.url_for("/hostile.xml")}, smtp_server.port, tiny_model)
    app = App.from_config(load(config), clock=lambda: NOW)
    [outcome] = app.poll()
    assert outcome.error is None
    items = app.store.items()
    assert all(i.decision is not None for i in items)
    by_id = {i.external_id: i for i in items}
    urgent = sorted(i.external_id for i in items if i.decision.priority == "urgent")
    assert urgent == sorted(expect["threat_ids"])
    for ext in urgent:  # alerted once each: one message to the head per threat
        rows = app.store.conn.execute("SELECT COUNT(*) FROM outbox WHERE mention_id = ? AND recipients LIKE "
                                      "'%head@hollowbrook.example%'", (by_id[ext].id,)).fetchone()[0]
        assert rows == 1, ext
    for ext in expect["emoji_ids"]:
        assert by_id[ext].text.startswith(EMOJI)
    stored_titles = {i.text.split("\n")[0] for i in items}
    assert set(expect["no_id_titles"]) <= stored_titles
    problems = "\n".join(outcome.problems)
    assert problems.count("no id and no link") == len(expect["no_id_titles"])
    assert problems.count("again; the first entry with it kept") == len(expect["duplicate_ids"])
    assert "invalid UTF-8 sequence(s) replaced" in problems and "control character(s)" in problems
    app.close()
    return items, expect


@pytest.mark.slow  # several seconds: real processes and a full feed
def test_a_hostile_feed_is_judged_entry_by_entry(tmp_path, httpserver, smtp_server, tiny_model):
    items, expect = _hostile_poll(tmp_path, httpserver, smtp_server, tiny_model, n=60, threats=3, huge=1)
    # Every entry but the duplicates is stored (all of them name the school).
    assert len(items) == 60 - len(expect["duplicate_ids"])


@pytest.mark.slow
def test_the_hostile_feed_of_2000_entries_is_judged_entry_by_entry(tmp_path, httpserver, smtp_server, tiny_model):
    items, expect = _hostile_poll(tmp_path, httpserver, smtp_server, tiny_model, n=2000, threats=40, huge=3)
    assert len(items) == 2000 - len(expect["duplicate_ids"])
