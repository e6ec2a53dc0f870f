"""The RSS/Atom connector against a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
import requests
from werkzeug import Response

import connectors
from connectors.base import ConnectorError

DATA = Path(__file__).resolve().parents[1] / "data"
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)


def feed(url: str, **options):
    ctx = connectors.Context(http=requests.Session(), clock=lambda: NOW, timeout=2)
    return connectors.create("rss", "gazette", {"url": url, **options}, ctx)


def test_first_fetch_then_nothing_new_then_not_modified(httpserver):
    body = (DATA / "hexley_gazette.xml").read_bytes()
    httpserver.expect_request("/feed.xml").respond_with_data(body, headers={"ETag": '"v1"'},
                                                             content_type="application/rss+xml")
    c = feed(httpserver.url_for("/feed.xml"))
    first = c.fetch(None)
    assert [m.external_id for m in first.mentions] == [
        "https://hexleygazette.example/?p=101", "https://hexleygazette.example/?c=7",
        "https://hexleygazette.example/news/fair"]  # no guid: the link stands in
    ofsted, comment, fair = first.mentions
    assert ofsted.text.startswith("Hollowbrook Academy rated Good by Ofsted\nInspectors praised Hollowbrook")
    assert "<b>" not in ofsted.text
    assert ofsted.published == datetime(2026, 11, 20, 7, 0, tzinfo=timezone.utc)
    assert fair.published == NOW  # a date that is not a date falls back to the fetch time
    assert comment.author == "hx_reader" and len(comment.raw_sha256) == 64
    assert json.loads(first.cursor)["etag"] == '"v1"'

    again = c.fetch(first.cursor)
    assert again.mentions == ()

    httpserver.clear()
    httpserver.expect_request("/feed.xml", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    assert c.fetch(first.cursor).mentions == ()


@pytest.mark.parametrize("status, permanent", [(401, True), (403, True), (404, True), (410, True),
                                               (429, False), (500, False), (503, False)])
def test_http_errors_are_classified(httpserver, status, permanent):
    httpserver.expect_request("/feed.xml").respond_with_data("no", status=status, headers={"Retry-After": "120"})
    with pytest.raises(ConnectorError) as err:
        feed(httpserver.url_for("/feed.xml")).fetch(None)
    assert err.value.permanent is permanent
    assert "/feed.xml" in str(err.value)
    if not permanent:
        assert err.value.retry_after == 120


def test_timeout_is_transient(httpserver):
    import time

    def slow(_request):
        time.sleep(1.5)
        return Response("late")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    with pytest.raises(ConnectorError) as err:
        feed(httpserver.url_for("/slow"), timeout=0.3).fetch(None)
    assert not err.value.permanent and "timed out" in str(err.value)


def test_oversized_feed_is_refused_not_read(httpserver):
    httpserver.expect_request("/big").respond_with_data(b"<rss>" + b"x" * 300_000)
    with pytest.raises(ConnectorError, match="larger than"):
        feed(httpserver.url_for("/big"), max_bytes=100_000).fetch(None)


def test_not_a_feed_is_a_clear_error(httpserver):
    httpserver.expect_request("/html").respond_with_data("<html><body>Maintenance</body></html>")
    # HTML is not a feed: there are no entries, and the error names the URL.
    with pytest.raises(ConnectorError, match="/html"):
        feed(httpserver.url_for("/html")).fetch(None)


def test_google_alerts_links_unwrapped_and_highlighting_removed(httpserver, shared_dir):
    body = (shared_dir / "fixtures/feeds/google_alerts_atom_2019__feedjira.xml").read_bytes()
    httpserver.expect_request("/alerts").respond_with_data(body, content_type="application/atom+xml")
    result = feed(httpserver.url_for("/alerts")).fetch(None)
    assert len(result.mentions) == 20
    for m in result.mentions:
        assert not m.url.startswith("https://www.google.com/url"), m.url
        assert "<b>" not in m.text and "</b>" not in m.text
        assert m.platform == "google_alerts"
    assert result.mentions[0].url.startswith("https://www.aglobalmarketresearch.com/")


@pytest.mark.parametrize("name, count", [("youtube_channel_atom_2015__feedjira.xml", 15),
                                         ("youtube_channel_atom_2024__rssparser.xml", 1)])
def test_youtube_channel_feeds(httpserver, shared_dir, name, count):
    httpserver.expect_request("/yt").respond_with_data((shared_dir / "fixtures/feeds" / name).read_bytes())
    result = feed(httpserver.url_for("/yt")).fetch(None)
    assert len(result.mentions) == count
    assert all(m.platform == "youtube" and m.extra.get("video_id") for m in result.mentions)


@pytest.mark.parametrize("name", ["news_rss20_huffpost_2017__feedjira.xml", "wordpress_rss20_blog__feedjira.xml",
                                  "SYNTHETIC_google_news_rss_search_en-GB.xml",
                                  "bing_news_rss_search_q-madrid_2021__rssparser.xml",
                                  "rss20_invalid_dc_date__feedjira.xml"])
def test_real_news_feeds_parse_to_plain_text_with_utc_dates(httpserver, shared_dir, name):
    httpserver.expect_request("/news").respond_with_data((shared_dir / "fixtures/feeds" / name).read_bytes())
    result = feed(httpserver.url_for("/news")).fetch(None)
    assert result.mentions
    for m in result.mentions:
        assert m.published.tzinfo is not None and m.url and m.external_id
        assert "<p>" not in m.text and "<![CDATA[" not in m.text
    assert not any("bing.com" in m.url for m in result.mentions if "apiclick" in m.url)


@pytest.mark.parametrize("name", sorted(p.name for p in (Path(__file__).resolve().parents[2].parent
                                                        / "shared/fixtures/feeds/bozo").glob("*.xml"))
                         or ["(absent)"])
def test_broken_feeds_give_entries_or_a_clear_error(httpserver, shared_dir, name):
    httpserver.expect_request("/bozo").respond_with_data((shared_dir / "fixtures/feeds/bozo" / name).read_bytes())
    try:
        result = feed(httpserver.url_for("/bozo")).fetch(None)
    except ConnectorError as exc:
        assert "/bozo" in str(exc) and not exc.permanent
    else:
        assert all(m.external_id for m in result.mentions)
