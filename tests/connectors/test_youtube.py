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
    assert reply.reply_to == "UgwHx1bbbbbbbbbbbbb4AaABAg" and result.mentions[1].reply_to == ""
    assert reply.author == "@angry_hx" and reply.author_url == "http://www.youtube.com/@angry_hx"
    assert reply.published.isoformat() == "2025-05-19T15:20:00+00:00" and reply.platform == "youtube"
    assert result.mentions[0].raw_sha256 == raw_sha256(pages[0]["items"][0])
    # The object only: the request URL holds the API key, which evidence must never keep.
    got = result.mentions[0].received
    assert json.loads(got.item) == pages[0]["items"][0] and got.body == b"" and "key=" not in got.url
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


# --- a run cut short by the day's quota -------------------------------------------------------

def test_quota_spent_mid_backlog_resumes_next_day_and_never_skips(httpserver, make_ctx, pages):
    """daily_quota 3 and pages of 2 threads. Run 1 spends the day's last 2 units on pages 1-2 of
    7 new threads; the next day run 2 spends its 3 units reading on from where run 1 stopped down
    to the threads of run 0; run 3 reads only the threads posted since."""
    from live import Live, when

    template = pages[0]["items"][0]

    def make(n):
        thread = json.loads(json.dumps(template))
        tid = f"Ugz{n:04d}"
        thread["id"] = thread["snippet"]["topLevelComment"]["id"] = tid
        thread["snippet"]["topLevelComment"]["snippet"]["publishedAt"] = when(n).isoformat()
        return thread

    live = Live(make)

    def handler(request):
        token = request.args.get("pageToken")
        start = int(token.removeprefix("page-at-")) if token else 0
        chunk, more = live.page(start, 2)
        body = {"kind": "youtube#commentThreadListResponse", "items": chunk}
        if more:
            body["nextPageToken"] = f"page-at-{more}"
        return Response(json.dumps(body), content_type="application/json; charset=UTF-8")

    httpserver.expect_request(PATH).respond_with_handler(handler)
    now = [NOW]
    conn = connector(httpserver, make_ctx, clock=lambda: now[0], daily_quota=3, max_pages=5)

    def ids(result):
        return [m.external_id for m in result.mentions]

    live.post(2)
    run0 = conn.fetch(None)
    assert ids(run0) == ["Ugz0002", "Ugz0001"]
    live.post(7)
    run1 = conn.fetch(run0.cursor)
    assert ids(run1) == ["Ugz0009", "Ugz0008", "Ugz0007", "Ugz0006"]  # then the day's quota is spent
    live.post(1)
    now[0] = datetime(2025, 5, 20, 18, 0, tzinfo=timezone.utc)  # the next Pacific day
    run2 = conn.fetch(run1.cursor)
    assert ids(run2) == ["Ugz0005", "Ugz0004", "Ugz0003"]  # the thread posted meanwhile waits a run
    assert "gap" not in json.loads(run2.cursor)["streams"][f"channel:{CHANNEL}"]
    live.post(1)
    now[0] = datetime(2025, 5, 21, 18, 0, tzinfo=timezone.utc)
    run3 = conn.fetch(run2.cursor)
    assert ids(run3) == ["Ugz0011", "Ugz0010"]

    everything = ids(run0) + ids(run1) + ids(run2) + ids(run3)
    assert sorted(everything) == sorted(t["id"] for t in live.items)  # none missed, none twice
    # Page 3 was asked for by the token run 1 could not spend: the offset moved by one new thread.
    assert "page-at-4" in [r.args.get("pageToken") for r in requests_to(httpserver)]


def test_max_pages_cut_resumes_on_the_next_run(httpserver, make_ctx, pages):
    from live import Live

    template = pages[0]["items"][0]

    def make(n):
        thread = json.loads(json.dumps(template))
        thread["id"] = thread["snippet"]["topLevelComment"]["id"] = f"Ugz{n:04d}"
        return thread

    live = Live(make)

    def handler(request):
        token = request.args.get("pageToken")
        chunk, more = live.page(int(token) if token else 0, 2)
        return Response(json.dumps({"items": chunk, **({"nextPageToken": str(more)} if more else {})}),
                        content_type="application/json")

    httpserver.expect_request(PATH).respond_with_handler(handler)
    conn = connector(httpserver, make_ctx, max_pages=1)
    live.post(1)
    cursor = conn.fetch(None).cursor
    live.post(5)
    got = []
    for _ in range(4):
        result = conn.fetch(cursor)
        got += [m.external_id for m in result.mentions]
        cursor = result.cursor
    assert sorted(got) == [f"Ugz{n:04d}" for n in range(2, 7)] and len(got) == 5
    assert "gap" not in json.loads(cursor)["streams"][f"channel:{CHANNEL}"]
