"""YouTube commentThreads (Data API v3) against a real HTTP server on 127.0.0.1, serving
responses of the project's own written in the real API's shape (no recorded commentThreads
response exists in ../shared/fixtures)."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from werkzeug import Response

from connectors import ConnectorError, youtube
from connectors._util import raw_sha256

from recorded import read_json

CHANNEL = "UCx7Hollowbrook0Academy1"
PATH = "/youtube/v3/commentThreads"
SECRETS = {"school-youtube.api_key": "AIzaSy-test-key"}
NOW = datetime(2025, 5, 19, 18, 0, tzinfo=timezone.utc)  # 11:00 in California


def connector(httpserver, make_ctx, secrets=SECRETS, clock=lambda: NOW, **options):
    options.setdefault("channel_id", CHANNEL)
    options["base_url"] = httpserver.url_for("/youtube/v3")
    return youtube.create("school-youtube", options, make_ctx(secrets, clock=clock))


def google_error(code: int, reason: str, message: str) -> str:
    return json.dumps({"error": {"code": code, "message": message,
                                 "errors": [{"message": message, "domain": "youtube", "reason": reason}]}})


@pytest.fixture
def pages(data):
    return read_json(data / "youtube_commentthreads_page1.json"), read_json(data / "youtube_commentthreads_page2.json")


def serve_pages(httpserver, pages):
    page1, page2 = pages

    def handler(request):
        body = page2 if request.args.get("pageToken") == page1["nextPageToken"] else page1
        return Response(json.dumps(body), content_type="application/json; charset=UTF-8")

    httpserver.expect_request(PATH).respond_with_handler(handler)


def requests_to(httpserver):
    return [r for r, _ in httpserver.log if r.path == PATH]


def test_first_fetch_reads_threads_and_their_replies(httpserver, make_ctx, pages):
    serve_pages(httpserver, pages)
    result = connector(httpserver, make_ctx).fetch(None)
    ids = [m.external_id for m in result.mentions]
    assert ids == ["UgzHx1aaaaaaaaaaaaa4AaABAg", "UgwHx1bbbbbbbbbbbbb4AaABAg",
                   "UgwHx1bbbbbbbbbbbbb4AaABAg.AaBbCcDdEe1", "UgxHx1ccccccccccccc4AaABAg"]
    reply = result.mentions[2]
    assert reply.text == "he's a disgrace and everyone knows where he lives"
    assert reply.context == "Mr Whitaker was shouting at the kids again"  # the comment it answers
    assert reply.url == "https://www.youtube.com/watch?v=dQw8Hx1Sprt&lc=UgwHx1bbbbbbbbbbbbb4AaABAg.AaBbCcDdEe1"
    assert reply.extra["parent_id"] == "UgwHx1bbbbbbbbbbbbb4AaABAg"
    assert reply.author == "@angry_hx" and reply.author_url == "http://www.youtube.com/@angry_hx"
    assert reply.published.isoformat() == "2025-05-19T15:20:00+00:00" and reply.platform == "youtube"
    assert result.mentions[0].raw_sha256 == raw_sha256(pages[0]["items"][0])
    [req] = requests_to(httpserver)  # a first run reads one page
    assert req.args["allThreadsRelatedToChannelId"] == CHANNEL and req.args["key"] == "AIzaSy-test-key"
    assert req.args["order"] == "time" and req.args["textFormat"] == "plainText"
    assert "AIzaSy" not in result.cursor


def test_nothing_new_stops_at_the_first_seen_thread(httpserver, make_ctx, pages):
    serve_pages(httpserver, pages)
    conn = connector(httpserver, make_ctx)
    first = conn.fetch(None)
    again = conn.fetch(first.cursor)
    assert again.mentions == ()
    assert len(requests_to(httpserver)) == 2  # one request: the first thread was already seen


def test_page_boundary_and_duplicates_across_runs(httpserver, make_ctx, pages):
    """A run that knows only the oldest thread reads both pages and stops at it."""
    serve_pages(httpserver, pages)
    cursor = json.dumps({"v": 1, "streams": {f"channel:{CHANNEL}": ["UgvHx1eeeeeeeeeeeee4AaABAg"]}})
    result = connector(httpserver, make_ctx).fetch(cursor)
    assert [r.args.get("pageToken") for r in requests_to(httpserver)] == [None, "QURTSl9pM0hvbGxvYnJvb2s"]
    assert len(result.mentions) == 5 and "UgvHx1eeeeeeeeeeeee4AaABAg" not in {m.external_id for m in result.mentions}
    assert json.loads(result.cursor)["quota"] == {"day": "2025-05-19", "used": 2}


def test_daily_quota_budget_is_kept_and_resets_at_pacific_midnight(httpserver, make_ctx, pages):
    serve_pages(httpserver, pages)
    now = [NOW]
    conn = connector(httpserver, make_ctx, clock=lambda: now[0], daily_quota=2)
    first = conn.fetch(None)
    second = conn.fetch(first.cursor)
    with pytest.raises(ConnectorError) as err:
        conn.fetch(second.cursor)
    assert not err.value.permanent and "daily_quota" in str(err.value)
    assert err.value.retry_after == 13 * 3600  # 11:00 PDT to midnight PDT
    assert len(requests_to(httpserver)) == 2
    now[0] = datetime(2025, 5, 20, 7, 30, tzinfo=timezone.utc)  # 00:30 PDT: a new day
    assert conn.fetch(second.cursor).mentions == ()


def test_missing_key_is_permanent_and_names_the_variable(httpserver, make_ctx):
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx, secrets={}).fetch(None)
    assert err.value.permanent and "SCHOOLWATCH_SCHOOL_YOUTUBE_API_KEY" in str(err.value)


@pytest.mark.parametrize("status, reason, message, words", [
    (400, "badRequest", "API key not valid. Please pass a valid API key.", "school-youtube.api_key"),
    (403, "forbidden", "The request is not properly authorized.", "HTTP 403"),
    (404, "channelNotFound", "The channel identified with the request's channelId parameter cannot be found.",
     "channelNotFound"),
])
def test_refusals_are_permanent_and_never_show_the_key(httpserver, make_ctx, status, reason, message, words):
    httpserver.expect_request(PATH).respond_with_data(google_error(status, reason, message), status=status,
                                                      content_type="application/json")
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx).fetch(None)
    assert err.value.permanent and words in str(err.value)
    assert "AIzaSy" not in str(err.value) and httpserver.url_for(PATH) in str(err.value)


def test_google_quota_exceeded_waits_for_pacific_midnight(httpserver, make_ctx):
    httpserver.expect_request(PATH).respond_with_data(
        google_error(403, "quotaExceeded", "The request cannot be completed because you have exceeded your quota."),
        status=403, content_type="application/json")
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx).fetch(None)
    assert not err.value.permanent and err.value.retry_after == 13 * 3600


def test_server_error_is_transient_then_recovers(httpserver, make_ctx, pages):
    httpserver.expect_oneshot_request(PATH).respond_with_data("Service Unavailable", status=503,
                                                              headers={"Retry-After": "30"})
    serve_pages(httpserver, pages)
    conn = connector(httpserver, make_ctx)
    with pytest.raises(ConnectorError) as err:
        conn.fetch(None)
    assert not err.value.permanent and err.value.retry_after == 30
    assert len(conn.fetch(None).mentions) == 4


@pytest.mark.parametrize("body", ["<html>", '{"kind": "youtube#commentThreadListResponse"}',
                                  '{"items": [{"id": "x", "snippet": {}}]}'])
def test_malformed_body_is_transient_and_names_the_url(httpserver, make_ctx, body):
    httpserver.expect_request(PATH).respond_with_data(body, content_type="application/json")
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx).fetch(None)
    assert not err.value.permanent and httpserver.url_for(PATH) in str(err.value)
    assert "AIzaSy" not in str(err.value)


def test_validate_options():
    assert youtube.validate({})[0][0] == "channel_id"
    assert "not a channel id" in youtube.validate({"channel_id": "@hollowbrook"})[0][1]
    assert youtube.validate({"channel_id": CHANNEL}) == []


def test_connection_refused_is_transient(make_ctx):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    conn = youtube.create("school-youtube", {"channel_id": CHANNEL, "base_url": f"http://127.0.0.1:{port}/v3"},
                          make_ctx(SECRETS, clock=lambda: NOW))
    with pytest.raises(ConnectorError) as err:
        conn.fetch(None)
    assert not err.value.permanent and "cannot connect" in str(err.value) and "AIzaSy" not in str(err.value)
