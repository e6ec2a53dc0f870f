"""Reddit through praw, against a real HTTP server on 127.0.0.1 serving praw's recorded
Reddit responses (../shared/fixtures/praw) and the project's own small listing."""
from __future__ import annotations

import base64
import hashlib
import json
from datetime import timezone

import pytest
from werkzeug import Response

from connectors import ConnectorError, reddit
from connectors._util import raw_sha256

from recorded import praw_cassette, read_json

SECRETS = {"hexley-reddit.client_id": "cid-123", "hexley-reddit.client_secret": "sekrit"}
BODIES = "praw/bodies/"


def connector(httpserver, make_ctx, secrets=SECRETS, **options):
    options.setdefault("comment_subreddits", [])
    return reddit.create("hexley-reddit", dict(options, base_url=httpserver.url_for("/").rstrip("/")),
                         make_ctx(secrets))


def serve_token(httpserver, body: bytes | None = None, status: int = 200):
    body = body or json.dumps({"access_token": "t0k", "token_type": "bearer", "expires_in": 86400,
                               "scope": "*"}).encode()
    httpserver.expect_request("/api/v1/access_token", method="POST").respond_with_data(
        body, status=status, content_type="application/json")


def serve(httpserver, path, body: bytes, *, status=200, headers=None, oneshot=False):
    expect = httpserver.expect_oneshot_request if oneshot else httpserver.expect_request
    expect(path, method="GET").respond_with_data(body, status=status, headers=headers or {},
                                                 content_type="application/json")


def listing_requests(httpserver, path):
    return [r for r, _ in httpserver.log if r.path == path]


# --- the project's own fixture: the core cases without ../shared --------------------------

def test_comment_keeps_its_submission_title_as_context(httpserver, make_ctx, data):
    serve_token(httpserver)
    body = (data / "reddit_comments_hexley.json").read_bytes()
    serve(httpserver, "/r/HexleyTown/comments", body)
    result = connector(httpserver, make_ctx, comment_subreddits=["HexleyTown"]).fetch(None)

    assert [m.external_id for m in result.mentions] == ["t1_n0c0003", "t1_n0c0002", "t1_n0c0001"]
    first = result.mentions[0]
    assert first.text == "he's a disgrace"
    assert first.context == "Hollowbrook Academy head on the new uniform rules"
    assert first.url == ("https://www.reddit.com/r/HexleyTown/comments/1hba0a1/"
                         "hollowbrook_academy_head_on_the_new_uniform_rules/n0c0003/")
    assert first.published.tzinfo is not None and first.published.utcoffset().total_seconds() == 0
    assert first.published.isoformat() == "2025-05-19T12:40:00+00:00"
    assert first.author == "throwaway_hx22" and first.author_url.endswith("/user/throwaway_hx22")
    assert first.platform == "reddit" and first.source == "hexley-reddit"
    assert first.extra["link_id"] == "t3_1hba0a1" and first.extra["kind"] == "comment"
    assert first.reply_to == first.extra["parent_id"] and first.reply_to.startswith(("t1_", "t3_"))
    assert first.raw_sha256 == raw_sha256(json.loads(body)["data"]["children"][0])
    assert result.mentions[1].author_url == ""  # [deleted] has no profile
    # What was received, for the evidence chain: the listing byte for byte, its URL and headers.
    got = first.received
    assert got.body == body and got.status == 200 and dict(got.headers)["content-type"] == "application/json"
    assert got.url.startswith(httpserver.url_for("/r/HexleyTown/comments")) and "limit=" in got.url
    assert raw_sha256(json.loads(got.item)) == first.raw_sha256 == hashlib.sha256(got.item).hexdigest()
    assert "authorization" not in dict(got.headers)

    # Read-only app auth: client credentials from the secrets, never from the options.
    token_req = listing_requests(httpserver, "/api/v1/access_token")[0]
    assert token_req.headers["Authorization"] == "Basic " + base64.b64encode(b"cid-123:sekrit").decode()
    assert b"grant_type=client_credentials" in token_req.get_data()
    listing = listing_requests(httpserver, "/r/HexleyTown/comments")[0]
    assert listing.headers["Authorization"] == "bearer t0k"
    assert "schoolwatch" in listing.headers["User-Agent"]


def test_second_run_with_nothing_new_returns_nothing(httpserver, make_ctx, data):
    serve_token(httpserver)
    serve(httpserver, "/r/HexleyTown/comments", (data / "reddit_comments_hexley.json").read_bytes())
    conn = connector(httpserver, make_ctx, comment_subreddits=["HexleyTown"])
    first = conn.fetch(None)
    again = conn.fetch(first.cursor)
    assert len(first.mentions) == 3 and again.mentions == ()
    # A restarted daemon (a new connector) resumes from the saved cursor too.
    assert connector(httpserver, make_ctx, comment_subreddits=["HexleyTown"]).fetch(first.cursor).mentions == ()


def test_missing_secret_is_permanent_and_names_the_variable(httpserver, make_ctx):
    conn = connector(httpserver, make_ctx, secrets={"hexley-reddit.client_id": "x"},
                     comment_subreddits=["HexleyTown"])
    with pytest.raises(ConnectorError) as err:
        conn.fetch(None)
    assert err.value.permanent
    assert "hexley-reddit.client_secret" in str(err.value)
    assert "SCHOOLWATCH_HEXLEY_REDDIT_CLIENT_SECRET" in str(err.value)


def test_refused_credentials_are_permanent(httpserver, make_ctx):
    serve_token(httpserver, b'{"message": "Unauthorized", "error": 401}', status=401)
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx, comment_subreddits=["HexleyTown"]).fetch(None)
    assert err.value.permanent and "client_secret" in str(err.value)


@pytest.mark.parametrize("status, words", [(403, "private"), (404, "not found")])
def test_forbidden_or_missing_subreddit_is_permanent(httpserver, make_ctx, status, words):
    serve_token(httpserver)
    serve(httpserver, "/r/HexleyTown/comments", b'{"reason": "private", "message": "Forbidden"}', status=status)
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx, comment_subreddits=["HexleyTown"]).fetch(None)
    assert err.value.permanent and words in str(err.value)
    assert "/r/HexleyTown/comments" in str(err.value)


def test_subreddit_that_does_not_exist_is_permanent(httpserver, make_ctx):
    serve_token(httpserver)
    httpserver.expect_request("/r/NoSuchPlace/new").respond_with_response(
        Response(status=302, headers={"Location": "/subreddits/search?q=NoSuchPlace"}))
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx, post_subreddits=["NoSuchPlace"]).fetch(None)
    assert err.value.permanent and "does not exist" in str(err.value)


def test_server_error_is_transient_then_recovers(httpserver, make_ctx, data):
    serve_token(httpserver)
    serve(httpserver, "/r/HexleyTown/comments", b"<html>upstream</html>", status=503,
          headers={"Retry-After": "120"}, oneshot=True)
    serve(httpserver, "/r/HexleyTown/comments", (data / "reddit_comments_hexley.json").read_bytes())
    conn = connector(httpserver, make_ctx, comment_subreddits=["HexleyTown"])
    with pytest.raises(ConnectorError) as err:
        conn.fetch(None)
    assert not err.value.permanent and err.value.retry_after == 120
    # praw did not retry on its own: the runner owns backoff.
    assert len(listing_requests(httpserver, "/r/HexleyTown/comments")) == 1
    assert len(conn.fetch(None).mentions) == 3


def test_too_many_requests_waits_for_the_rate_limit_reset(httpserver, make_ctx):
    serve_token(httpserver)
    serve(httpserver, "/r/HexleyTown/comments", b'{"message": "Too Many Requests", "error": 429}', status=429,
          headers={"x-ratelimit-remaining": "0", "x-ratelimit-used": "100", "x-ratelimit-reset": "240"})
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx, comment_subreddits=["HexleyTown"]).fetch(None)
    assert not err.value.permanent and err.value.retry_after == 240


def test_spent_rate_window_stops_before_the_next_request(httpserver, make_ctx, data):
    serve_token(httpserver)
    body = read_json(data / "reddit_comments_hexley.json")
    body["data"]["after"] = "t1_n0c0001"
    serve(httpserver, "/r/HexleyTown/comments", json.dumps(body).encode(),
          headers={"x-ratelimit-remaining": "0.0", "x-ratelimit-used": "600", "x-ratelimit-reset": "300"})
    conn = connector(httpserver, make_ctx, comment_subreddits=["HexleyTown"], first_run_items=200)
    with pytest.raises(ConnectorError) as err:
        conn.fetch(None)
    assert not err.value.permanent and 250 < err.value.retry_after <= 300
    assert len(listing_requests(httpserver, "/r/HexleyTown/comments")) == 1


def test_connection_refused_is_transient(make_ctx):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    conn = reddit.create("hexley-reddit", {"comment_subreddits": ["HexleyTown"],
                                           "base_url": f"http://127.0.0.1:{port}"}, make_ctx(SECRETS))
    with pytest.raises(ConnectorError) as err:
        conn.fetch(None)
    assert not err.value.permanent and "cannot connect" in str(err.value)


@pytest.mark.parametrize("body", [b"<html>not json", b'{"kind": "t1", "data": {}}', b"[]",
                                  b'{"kind": "Listing", "data": {"children": [{"kind": "t1", "data": {"id": 1}}]}}'])
def test_malformed_body_is_a_transient_error_naming_the_url(httpserver, make_ctx, body):
    serve_token(httpserver)
    serve(httpserver, "/r/HexleyTown/comments", body)
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx, comment_subreddits=["HexleyTown"]).fetch(None)
    assert not err.value.permanent
    assert httpserver.url_for("/r/HexleyTown/comments") in str(err.value)


def test_validate_options():
    assert reddit.validate({}) == [("queries", "give at least one of queries, comment_subreddits, post_subreddits")]
    assert reddit.validate({"queries": ["x"], "comment_subreddits": ["r/Hexley"]})[0][0] == "comment_subreddits"
    assert reddit.validate({"queries": ["x"], "base_url": "ftp://x"})[0][0] == "base_url"
    assert reddit.validate({"queries": ["x"]}) == []


# --- praw's recorded Reddit responses (../shared/fixtures/praw) -----------------------------

def test_recorded_token_and_comment_stream(httpserver, make_ctx, shared):
    """test_comments__with_continue_after_id: the real token exchange, 100 real comments with
    x-ratelimit headers, then the recorded follow-up listing whose 95 comments were all seen."""
    token, page1, page2 = praw_cassette(shared / "praw/TestSubredditStreams.test_comments__with_continue_after_id.json")
    serve_token(httpserver, token["body"])
    serve(httpserver, "/r/HexleyTown/comments", page1["body"], headers=page1["headers"], oneshot=True)
    serve(httpserver, "/r/HexleyTown/comments", page2["body"], headers=page2["headers"], oneshot=True)
    conn = connector(httpserver, make_ctx, comment_subreddits=["HexleyTown"])

    first = conn.fetch(None)
    children = json.loads(page1["body"])["data"]["children"]
    assert [m.external_id for m in first.mentions] == [c["data"]["name"] for c in children]
    assert [m.context for m in first.mentions] == [c["data"]["link_title"] for c in children]
    assert all(m.context for m in first.mentions)
    assert conn.window.remaining == 599
    assert conn.fetch(first.cursor).mentions == ()


def test_recorded_quiet_subreddit_then_one_new_comment(httpserver, make_ctx, shared):
    """test_comments__with_pause: 16 comments, then an empty listing, then 17 of which one is new."""
    first_body, empty, third = (
        (shared / BODIES / f"TestSubredditStreams.test_comments__with_pause__{i}_GET_r_kakapo_comments.json").read_bytes()
        for i in (1, 2, 3))
    serve_token(httpserver)
    for body in (first_body, empty, third):
        serve(httpserver, "/r/kakapo/comments", body, oneshot=True)
    conn = connector(httpserver, make_ctx, comment_subreddits=["kakapo"])
    r1 = conn.fetch(None)
    r2 = conn.fetch(r1.cursor)
    r3 = conn.fetch(r2.cursor)
    assert len(r1.mentions) == 16
    assert r2.mentions == ()
    assert [m.external_id for m in r3.mentions] == ["t1_dgd9bcm"]
    assert {m.external_id for m in r1.mentions}.isdisjoint(m.external_id for m in r3.mentions)


def test_recorded_page_boundary(httpserver, make_ctx, shared):
    """test_submissions: /r/all/new gives 100 posts and after=t3_5jo10c; the next page 4 more."""
    page1 = (shared / BODIES / "TestSubredditStreams.test_submissions__1_GET_r_all_new.json").read_bytes()
    page2 = (shared / BODIES / "TestSubredditStreams.test_submissions__2_GET_r_all_new.json").read_bytes()
    serve_token(httpserver)

    def handler(request):
        body = page2 if request.args.get("after") == "t3_5jo10c" else page1
        return Response(body, content_type="application/json")

    httpserver.expect_request("/r/all/new").respond_with_handler(handler)
    result = connector(httpserver, make_ctx, post_subreddits=["all"], first_run_items=150).fetch(None)
    reqs = listing_requests(httpserver, "/r/all/new")
    assert [r.args.get("after") for r in reqs] == [None, "t3_5jo10c"]
    assert [r.args.get("limit") for r in reqs] == ["100", "50"]
    expected = [c["data"]["name"] for p in (page1, page2) for c in json.loads(p)["data"]["children"]]
    assert [m.external_id for m in result.mentions] == expected and len(expected) == 104
    post = result.mentions[0]
    assert post.extra["kind"] == "submission" and post.context.startswith("r/")
    assert post.text.startswith(json.loads(page1)["data"]["children"][0]["data"]["title"])


def test_recorded_search_and_duplicate_across_streams(httpserver, make_ctx, shared):
    """test_search: the real /r/all/search listing of 6 submissions; the same submissions found
    by two queries are one mention each; a second run finds nothing new."""
    _, search = praw_cassette(shared / "praw/TestSubreddit.test_search.json")
    serve_token(httpserver)
    serve(httpserver, "/r/all/search", search["body"])
    conn = connector(httpserver, make_ctx, queries=['"Hollowbrook Academy"', "Hollowbrook Hexley"])
    first = conn.fetch(None)
    names = [c["data"]["name"] for c in json.loads(search["body"])["data"]["children"]]
    assert [m.external_id for m in first.mentions] == names
    reqs = listing_requests(httpserver, "/r/all/search")
    assert [r.args["q"] for r in reqs] == ['"Hollowbrook Academy"', "Hollowbrook Hexley"]
    assert all(r.args["sort"] == "new" and "restrict_sr" not in r.args for r in reqs)
    assert conn.fetch(first.cursor).mentions == ()


def test_recorded_modern_mixed_listing(httpserver, make_ctx, shared):
    """test_overview__new (2026): 90 comments and 10 posts in one listing, all read."""
    body = (shared / BODIES / "TestRedditorListings.test_overview__new__1_GET_user_spez_overview.json").read_bytes()
    serve_token(httpserver)
    serve(httpserver, "/r/HexleyTown/comments", body)
    result = connector(httpserver, make_ctx, comment_subreddits=["HexleyTown"]).fetch(None)
    kinds = [m.extra["kind"] for m in result.mentions]
    assert kinds.count("comment") == 90 and kinds.count("submission") == 10
    assert all(m.published.tzinfo == timezone.utc for m in result.mentions)
    assert all(m.context for m in result.mentions if m.extra["kind"] == "comment")


# --- a run cut short by max_items -------------------------------------------------------------

def test_capped_run_resumes_where_it_stopped_and_never_skips(httpserver, make_ctx, data):
    """8 new comments and max_items 5: run 1 reads the newest 5; run 2 resumes after them, reaches
    the comments of run 0, then reads what came meanwhile; run 3 reads only the newest."""
    from live import Live, when

    template = json.loads((data / "reddit_comments_hexley.json").read_bytes())["data"]["children"][0]

    def make(n):
        child = json.loads(json.dumps(template))
        child["data"].update(id=f"c{n:04d}", name=f"t1_c{n:04d}", created_utc=when(n).timestamp(),
                             permalink=f"/r/HexleyTown/comments/1hba0a1/x/c{n:04d}/")
        return child

    live = Live(make)

    def handler(request):
        listing = [c["data"]["name"] for c in live.newest_first()]
        after = request.args.get("after")
        start = listing.index(after) + 1 if after else 0
        chunk, more = live.page(start, min(int(request.args["limit"]), 2))
        body = {"kind": "Listing", "data": {"children": chunk, "after": chunk[-1]["data"]["name"] if more else None}}
        return Response(json.dumps(body), content_type="application/json")

    serve_token(httpserver)
    httpserver.expect_request("/r/HexleyTown/comments").respond_with_handler(handler)
    conn = connector(httpserver, make_ctx, comment_subreddits=["HexleyTown"], max_items=5, first_run_items=5)

    def names(result):
        return [m.external_id for m in result.mentions]

    live.post(3)
    run0 = conn.fetch(None)
    assert names(run0) == ["t1_c0003", "t1_c0002", "t1_c0001"]
    live.post(8)
    run1 = conn.fetch(run0.cursor)
    assert names(run1) == ["t1_c0011", "t1_c0010", "t1_c0009", "t1_c0008", "t1_c0007"]
    live.post(2)
    run2 = conn.fetch(run1.cursor)
    assert names(run2) == ["t1_c0006", "t1_c0005", "t1_c0004", "t1_c0013", "t1_c0012"]
    live.post(1)
    run3 = conn.fetch(run2.cursor)
    assert names(run3) == ["t1_c0014"]
    assert conn.fetch(run3.cursor).mentions == ()

    everything = names(run0) + names(run1) + names(run2) + names(run3)
    assert sorted(everything) == sorted(c["data"]["name"] for c in live.items)  # none missed, none twice
    # Run 2 resumed after the last comment run 1 read.
    assert "t1_c0007" in [r.args.get("after") for r in listing_requests(httpserver, "/r/HexleyTown/comments")]


def test_a_cursor_of_the_older_form_still_reads(httpserver, make_ctx, data):
    serve_token(httpserver)
    serve(httpserver, "/r/HexleyTown/comments", (data / "reddit_comments_hexley.json").read_bytes())
    old = json.dumps({"v": 1, "streams": {"comments:HexleyTown": ["t1_n0c0001"]}})
    result = connector(httpserver, make_ctx, comment_subreddits=["HexleyTown"]).fetch(old)
    assert [m.external_id for m in result.mentions] == ["t1_n0c0003", "t1_n0c0002"]
