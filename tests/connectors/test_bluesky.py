"""Bluesky through the atproto client, against a real XRPC server on 127.0.0.1 serving the
recorded bsky.social responses (../shared/fixtures/bluesky) and the project's own ones."""
from __future__ import annotations

import base64
import json
import os
import stat
import time

import pytest
from werkzeug import Response

from connectors import ConnectorError, bluesky
from connectors._util import raw_sha256
from connectors.bluesky.session import SESSION_FILE

from recorded import read_json

SEARCH = "/xrpc/app.bsky.feed.searchPosts"
LOGIN = "/xrpc/com.atproto.server.createSession"
REFRESH = "/xrpc/com.atproto.server.refreshSession"
HANDLE = "hollowbrookacad.bsky.social"
DID = "did:plc:hx3schoolaaaaaaaaaaaaaaa"
SECRETS = {"hexley-bsky.app_password": "abcd-efgh-ijkl-mnop"}


def jwt(scope: str, exp: float) -> str:
    def part(obj) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()
    return ".".join([part({"typ": "at+jwt" if scope == "access" else "refresh+jwt", "alg": "ES256K"}),
                     part({"scope": f"com.atproto.{scope}", "sub": DID, "iat": int(time.time()), "exp": int(exp)}),
                     "c2lnbmF0dXJl"])


def session_body(hours: float = 2.0) -> dict:
    return {"did": DID, "handle": HANDLE, "email": "it@hollowbrook.example", "emailConfirmed": True,
            "active": True, "accessJwt": jwt("access", time.time() + hours * 3600),
            "refreshJwt": jwt("refresh", time.time() + 60 * 24 * 3600)}


def serve_login(httpserver):
    httpserver.expect_request(LOGIN, method="POST").respond_with_json(session_body())


def connector(httpserver, make_ctx, secrets=SECRETS, **options):
    options.setdefault("handle", HANDLE)
    options["base_url"] = httpserver.url_for("/").rstrip("/")
    return bluesky.create("hexley-bsky", options, make_ctx(secrets))


def requests_to(httpserver, path):
    return [r for r, _ in httpserver.log if r.path == path]


@pytest.fixture
def search_body(data):
    return read_json(data / "bluesky_search_hollowbrook.json")


# --- the project's own fixtures --------------------------------------------------------------

def test_first_search_logs_in_once_and_reads_posts(httpserver, make_ctx, search_body):
    serve_login(httpserver)
    httpserver.expect_request(SEARCH).respond_with_json(search_body)
    result = connector(httpserver, make_ctx, queries=['"Hollowbrook Academy"']).fetch(None)

    assert [m.external_id for m in result.mentions] == [p["uri"] for p in search_body["posts"]]
    gazette = result.mentions[1]
    assert gazette.url == "https://bsky.app/profile/hexleygazette.bsky.social/post/3lpkf7xqjc22a"
    assert gazette.text.startswith("Ofsted rates Hollowbrook Academy 'good'")
    assert gazette.author == "@hexleygazette.bsky.social"
    assert gazette.author_url == "https://bsky.app/profile/hexleygazette.bsky.social"
    assert gazette.published.isoformat() == "2025-05-19T15:20:00+00:00"
    assert gazette.platform == "bluesky" and gazette.raw_sha256 == raw_sha256(search_body["posts"][1])
    # The object as received, for the evidence chain (atproto keeps the response to itself).
    assert json.loads(gazette.received.item) == search_body["posts"][1] and gazette.received.body == b""
    assert gazette.received.url.endswith('/xrpc (search:"Hollowbrook Academy")')

    [login] = requests_to(httpserver, LOGIN)
    assert json.loads(login.get_data()) == {"identifier": HANDLE, "password": "abcd-efgh-ijkl-mnop"}
    [search] = requests_to(httpserver, SEARCH)
    assert search.args["q"] == '"Hollowbrook Academy"' and search.args["sort"] == "latest"
    assert "since" not in search.args and search.headers["Authorization"].startswith("Bearer ey")


def test_nothing_new_asks_since_the_newest_and_drops_repeats(httpserver, make_ctx, search_body):
    serve_login(httpserver)
    httpserver.expect_request(SEARCH).respond_with_json(search_body)
    conn = connector(httpserver, make_ctx, queries=["Hollowbrook"])
    first = conn.fetch(None)
    again = conn.fetch(first.cursor)
    assert again.mentions == ()
    assert requests_to(httpserver, SEARCH)[-1].args["since"] == "2025-05-19T16:02:11.204Z"


def test_session_is_kept_so_a_restart_does_not_log_in(httpserver, make_ctx, search_body, tmp_path):
    serve_login(httpserver)
    httpserver.expect_request(SEARCH).respond_with_json(search_body)
    first = connector(httpserver, make_ctx, queries=["Hollowbrook"]).fetch(None)
    saved = tmp_path / "state" / SESSION_FILE
    assert stat.S_IMODE(os.stat(saved).st_mode) == 0o600
    assert "abcd-efgh" not in saved.read_text()  # the session, never the password

    restarted = connector(httpserver, make_ctx, queries=["Hollowbrook"])
    restarted.fetch(first.cursor)
    assert len(requests_to(httpserver, LOGIN)) == 1
    assert restarted.resumed


def test_expired_saved_session_logs_in_again(httpserver, make_ctx, search_body, tmp_path):
    conn = connector(httpserver, make_ctx, queries=["Hollowbrook"])
    from atproto import Session

    stale = Session(HANDLE, DID, jwt("access", time.time() - 3600), jwt("refresh", time.time() - 60),
                    httpserver.url_for("/xrpc")).encode()
    (tmp_path / "state").mkdir()
    (tmp_path / "state" / SESSION_FILE).write_text(json.dumps(
        {"base_url": conn.base_url, "handle": HANDLE, "session": stale}))
    httpserver.expect_request(REFRESH, method="POST").respond_with_json(
        {"error": "ExpiredToken", "message": "Token has expired"}, status=400)
    serve_login(httpserver)
    httpserver.expect_request(SEARCH).respond_with_json(search_body)
    assert len(conn.fetch(None).mentions) == 3
    assert len(requests_to(httpserver, REFRESH)) == 1 and len(requests_to(httpserver, LOGIN)) == 1


def test_notifications_keep_replies_mentions_and_quotes(httpserver, make_ctx, data):
    serve_login(httpserver)
    body = read_json(data / "bluesky_notifications.json")
    httpserver.expect_request("/xrpc/app.bsky.notification.listNotifications").respond_with_json(body)
    conn = connector(httpserver, make_ctx, notifications=True)
    result = conn.fetch(None)
    assert [m.extra["reason"] for m in result.mentions] == ["reply", "mention"]  # not the like
    reply = result.mentions[0]
    assert reply.context == f"reply to @{HANDLE}"
    assert reply.extra["reply_parent"].startswith(f"at://{DID}/")
    assert reply.reply_to == reply.extra["reply_parent"] and result.mentions[1].reply_to == ""
    assert conn.fetch(result.cursor).mentions == ()


def test_refused_login_is_permanent_and_names_the_secret(httpserver, make_ctx):
    httpserver.expect_request(LOGIN, method="POST").respond_with_json(
        {"error": "AuthenticationRequired", "message": "Invalid identifier or password"}, status=401)
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx, queries=["Hollowbrook"]).fetch(None)
    assert err.value.permanent and "hexley-bsky.app_password" in str(err.value)


def test_missing_password_is_permanent(httpserver, make_ctx):
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx, secrets={}, queries=["Hollowbrook"]).fetch(None)
    assert err.value.permanent and "SCHOOLWATCH_HEXLEY_BSKY_APP_PASSWORD" in str(err.value)


def test_unknown_actor_is_permanent(httpserver, make_ctx):
    serve_login(httpserver)
    httpserver.expect_request("/xrpc/app.bsky.feed.getAuthorFeed").respond_with_json(
        {"error": "InvalidRequest", "message": "Profile not found"}, status=400)
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx, actors=["nobody.bsky.social"]).fetch(None)
    assert err.value.permanent and "InvalidRequest" in str(err.value)


def test_rate_limit_waits_until_the_reset(httpserver, make_ctx):
    serve_login(httpserver)
    reset = int(time.time()) + 200
    httpserver.expect_request(SEARCH).respond_with_json(
        {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}, status=429,
        headers={"RateLimit-Limit": "3000", "RateLimit-Remaining": "0", "RateLimit-Reset": str(reset)})
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx, queries=["Hollowbrook"]).fetch(None)
    assert not err.value.permanent and 150 < err.value.retry_after <= 200


def test_server_error_is_transient_then_recovers(httpserver, make_ctx, search_body):
    serve_login(httpserver)
    httpserver.expect_oneshot_request(SEARCH).respond_with_json(
        {"error": "InternalServerError", "message": "Internal Server Error"}, status=500)
    httpserver.expect_request(SEARCH).respond_with_json(search_body)
    conn = connector(httpserver, make_ctx, queries=["Hollowbrook"])
    with pytest.raises(ConnectorError) as err:
        conn.fetch(None)
    assert not err.value.permanent
    assert len(conn.fetch(None).mentions) == 3
    assert len(requests_to(httpserver, LOGIN)) == 1  # the session survived the failure


@pytest.mark.parametrize("body", ["<html>oops", '{"posts": "none"}', '{"posts": [{"uri": "at://x"}]}',
                                  '{"posts": [{"uri": "https://x", "author": {"handle": "a"}, '
                                  '"record": {"createdAt": "2025-05-19T00:00:00Z"}}]}'])
def test_malformed_body_is_transient_and_names_the_url(httpserver, make_ctx, body):
    serve_login(httpserver)
    httpserver.expect_request(SEARCH).respond_with_data(body, content_type="application/json")
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx, queries=["Hollowbrook"]).fetch(None)
    assert not err.value.permanent and httpserver.url_for("/xrpc") in str(err.value)


def test_validate_options():
    assert bluesky.validate({"handle": HANDLE})[0][0] == "queries"
    assert bluesky.validate({"handle": "@school", "queries": ["x"]})[0][0] == "handle"
    assert bluesky.validate({"handle": HANDLE, "queries": ["x"]}) == []


# --- recorded bsky.social responses (../shared/fixtures/bluesky) ------------------------------

RATE_HEADERS = {"RateLimit-Limit": "3000", "RateLimit-Remaining": "2983", "RateLimit-Policy": "3000;w=300"}


def test_recorded_search_first_run(httpserver, make_ctx, shared):
    """The real searchPosts?q=redistricting response: 25 posts and cursor "25"."""
    body = (shared / "bluesky/searchPosts_q-redistricting_2025-05-19.json").read_bytes()
    serve_login(httpserver)
    httpserver.expect_request(SEARCH).respond_with_data(body, headers=RATE_HEADERS, content_type="application/json")
    result = connector(httpserver, make_ctx, queries=["redistricting"]).fetch(None)
    posts = json.loads(body)["posts"]
    assert [m.external_id for m in result.mentions] == [p["uri"] for p in posts]
    assert [m.text for m in result.mentions] == [p["record"]["text"] for p in posts]
    assert [m.raw_sha256 for m in result.mentions] == [raw_sha256(p) for p in posts]
    assert len(requests_to(httpserver, SEARCH)) == 1  # a first run reads one page


def test_recorded_search_page_boundary(httpserver, make_ctx, shared, search_body):
    """After a first run, 25 new posts arrive: page 1 is the recorded response (cursor "25"),
    page 2 ends in posts already seen."""
    recorded = (shared / "bluesky/searchPosts_q-redistricting_2025-05-19.json").read_bytes()
    older = dict(search_body)
    older.pop("cursor")
    serve_login(httpserver)
    httpserver.expect_oneshot_request(SEARCH).respond_with_json(search_body)

    def handler(request):
        if request.args.get("cursor") == "25":
            return Response(json.dumps(older), content_type="application/json")
        return Response(recorded, content_type="application/json")

    httpserver.expect_request(SEARCH).respond_with_handler(handler)
    conn = connector(httpserver, make_ctx, queries=["Hollowbrook"])
    first = conn.fetch(None)
    second = conn.fetch(first.cursor)
    assert [m.external_id for m in second.mentions] == [p["uri"] for p in json.loads(recorded)["posts"]]
    assert [r.args.get("cursor") for r in requests_to(httpserver, SEARCH)] == [None, None, "25"]


def test_recorded_author_feed(httpserver, make_ctx, shared):
    """The real getAuthorFeed response: 50 items, replies (reply.parent) and reposts."""
    body = (shared / "bluesky/getAuthorFeed_actor-chriskenny_2025-05-19.json").read_bytes()
    serve_login(httpserver)
    httpserver.expect_request("/xrpc/app.bsky.feed.getAuthorFeed").respond_with_data(
        body, content_type="application/json")
    conn = connector(httpserver, make_ctx, actors=["chriskenny.bsky.social"])
    result = conn.fetch(None)
    feed = json.loads(body)["feed"]
    assert [m.external_id for m in result.mentions] == list(dict.fromkeys(i["post"]["uri"] for i in feed))
    replies = [m for m in result.mentions if m.extra["reply_parent"]]
    assert len(replies) == sum(1 for i in feed if i["post"]["record"].get("reply"))
    reposts = [m for m in result.mentions if m.extra["reposted_by"]]
    assert len(reposts) == sum(1 for i in feed if i.get("reason"))
    assert requests_to(httpserver, "/xrpc/app.bsky.feed.getAuthorFeed")[0].args["actor"] == "chriskenny.bsky.social"
    assert conn.fetch(result.cursor).mentions == ()


def test_connection_refused_is_transient(make_ctx):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    conn = bluesky.create("hexley-bsky", {"handle": HANDLE, "queries": ["Hollowbrook"],
                                          "base_url": f"http://127.0.0.1:{port}"}, make_ctx(SECRETS))
    with pytest.raises(ConnectorError) as err:
        conn.fetch(None)
    assert not err.value.permanent and "cannot connect" in str(err.value)


# --- a run cut short by max_pages -------------------------------------------------------------

def live_posts(search_body):
    from live import Live, when

    template = search_body["posts"][0]

    def make(n):
        post = json.loads(json.dumps(template))
        stamp = when(n).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        post["uri"] = f"at://did:plc:hx3parentaaaaaaaaaaaaaaa/app.bsky.feed.post/p{n:04d}"
        post["record"]["createdAt"] = post["indexedAt"] = stamp
        return post

    return Live(make)


def paged(live, request, key, wrap=lambda p: p):
    """Newest first, 2 a page, an offset cursor (as searchPosts' is); `since` is inclusive."""
    since = request.args.get("since")
    listing = [p for p in live.newest_first() if not since or p["indexedAt"] >= since]
    start = int(request.args.get("cursor") or 0)
    chunk = listing[start:start + 2]
    body = {key: [wrap(p) for p in chunk]}
    if start + 2 < len(listing):
        body["cursor"] = str(start + 2)
    return Response(json.dumps(body), content_type="application/json")


def uris(result):
    return [m.external_id.rsplit("/", 1)[-1] for m in result.mentions]


def test_capped_search_keeps_the_old_since_until_the_gap_is_read(httpserver, make_ctx, search_body):
    live = live_posts(search_body)
    serve_login(httpserver)
    httpserver.expect_request(SEARCH).respond_with_handler(lambda r: paged(live, r, "posts"))
    conn = connector(httpserver, make_ctx, queries=["Hollowbrook"], max_pages=3)

    live.post(2)
    run0 = conn.fetch(None)
    assert uris(run0) == ["p0002", "p0001"]
    live.post(7)
    run1 = conn.fetch(run0.cursor)
    assert uris(run1) == ["p0009", "p0008", "p0007", "p0006", "p0005", "p0004"]
    live.post(1)
    run2 = conn.fetch(run1.cursor)
    assert uris(run2) == ["p0003", "p0010"]  # the rest of the gap (the offset moved by one), then the top
    live.post(1)
    run3 = conn.fetch(run2.cursor)
    assert uris(run3) == ["p0011"]

    everything = uris(run0) + uris(run1) + uris(run2) + uris(run3)
    assert sorted(everything) == [f"p{n:04d}" for n in range(1, 12)]  # none missed, none twice
    gap_reads = [r for r in requests_to(httpserver, SEARCH) if r.args.get("cursor") == "6"]
    assert gap_reads and gap_reads[0].args["since"] == "2025-05-19T08:02:00.000Z"  # run 0's newest


def test_capped_author_feed_resumes_at_its_cursor(httpserver, make_ctx, search_body):
    live = live_posts(search_body)
    serve_login(httpserver)
    httpserver.expect_request("/xrpc/app.bsky.feed.getAuthorFeed").respond_with_handler(
        lambda r: paged(live, r, "feed", wrap=lambda p: {"post": p}))
    conn = connector(httpserver, make_ctx, actors=["hexleyparent.bsky.social"], max_pages=2)

    live.post(1)
    run0 = conn.fetch(None)
    live.post(6)
    run1 = conn.fetch(run0.cursor)
    assert uris(run1) == ["p0007", "p0006", "p0005", "p0004"]
    run2 = conn.fetch(run1.cursor)
    assert uris(run2) == ["p0003", "p0002"]
    live.post(1)
    run3 = conn.fetch(run2.cursor)
    assert uris(run3) == ["p0008"]
    assert sorted(uris(run0) + uris(run1) + uris(run2) + uris(run3)) == [f"p{n:04d}" for n in range(1, 9)]
