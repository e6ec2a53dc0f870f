"""Mastodon through Mastodon.py, against a real HTTP server on 127.0.0.1 serving Mastodon.py's
recorded responses (../shared/fixtures/mastodon) and the project's own hashtag timeline."""
from __future__ import annotations

import json

import pytest
from werkzeug import Response

from connectors import ConnectorError, mastodon
from connectors._util import raw_sha256

from recorded import read_json, vcr_cassette

TIMELINE = "/api/v1/timelines/tag/hexley"


def connector(httpserver, make_ctx, secrets=None, **options):
    options.setdefault("hashtags", ["hexley"])
    options["api_base_url"] = httpserver.url_for("/").rstrip("/")
    return mastodon.create("hexley-masto", options, make_ctx(secrets))


def timeline_server(statuses: list[dict]):
    """Mastodon's paging: newest `limit` first; with min_id, the `limit` statuses just after it."""
    def handler(request):
        limit = int(request.args.get("limit", 20))
        ordered = sorted(statuses, key=lambda s: int(s["id"]))
        min_id = request.args.get("min_id")
        if min_id:
            page = [s for s in ordered if int(s["id"]) > int(min_id)][:limit]
        else:
            page = ordered[-limit:]
        return Response(json.dumps(page[::-1]), content_type="application/json")
    return handler


def requests_to(httpserver, path):
    return [r for r, _ in httpserver.log if r.path == path]


@pytest.fixture
def statuses(data):
    return read_json(data / "mastodon_tag_hexley.json")


# --- the project's own fixture --------------------------------------------------------------

def test_first_fetch_reads_the_newest_page(httpserver, make_ctx, statuses):
    httpserver.expect_request(TIMELINE).respond_with_handler(timeline_server(statuses))
    result = connector(httpserver, make_ctx).fetch(None)
    assert [m.extra["id"] for m in result.mentions] == [s["id"] for s in statuses]
    news = result.mentions[1]
    assert news.text == "Hollowbrook Academy's Year 6 choir wins county prize #hexley #schools"
    assert news.external_id == "https://news.example/users/localnews/statuses/114540000000000003"
    assert news.url == "https://news.example/@localnews/114540000000000003"
    assert news.author == "@localnews@news.example" and news.author_url == "https://news.example/@localnews"
    assert news.published.isoformat() == "2025-05-19T15:10:00+00:00"
    assert news.platform == "mastodon" and news.context == "#hexley #schools"
    assert news.raw_sha256 == raw_sha256(statuses[1])
    # The page as received is kept with the status, for the evidence chain.
    assert json.loads(news.received.body) == statuses and news.received.status == 200
    assert news.received.url.startswith(connector(httpserver, make_ctx).base_url + TIMELINE)
    assert json.loads(news.received.item) == statuses[1]
    local = result.mentions[0]
    assert local.author == f"@hexleyparent@{httpserver.host}:{httpserver.port}"
    assert result.mentions[2].text.startswith("school rant\n\nMr Whitaker")  # the content warning is kept
    req = requests_to(httpserver, TIMELINE)[0]
    assert "min_id" not in req.args and "Authorization" not in req.headers


def test_nothing_new_asks_with_min_id(httpserver, make_ctx, statuses):
    httpserver.expect_request(TIMELINE).respond_with_handler(timeline_server(statuses))
    conn = connector(httpserver, make_ctx)
    first = conn.fetch(None)
    again = conn.fetch(first.cursor)
    assert again.mentions == ()
    assert requests_to(httpserver, TIMELINE)[-1].args["min_id"] == "114540000000000004"
    assert json.loads(again.cursor) == json.loads(first.cursor)


def test_page_boundary_with_min_id(httpserver, make_ctx, statuses):
    """Three new statuses, two a page: two requests, oldest chunk first, none lost."""
    httpserver.expect_request(TIMELINE).respond_with_handler(timeline_server(statuses))
    conn = connector(httpserver, make_ctx, page_size=2)
    cursor = json.dumps({"v": 1, "tags": {"hexley": "114540000000000001"}})
    result = conn.fetch(cursor)
    assert sorted(m.extra["id"] for m in result.mentions) == [s["id"] for s in statuses[:3]][::-1]
    assert [r.args["min_id"] for r in requests_to(httpserver, TIMELINE)] == [
        "114540000000000001", "114540000000000003"]
    assert json.loads(result.cursor)["tags"]["hexley"] == "114540000000000004"


def test_duplicates_across_runs_and_hashtags(httpserver, make_ctx, statuses):
    """A server that ignores min_id sends old statuses again; a status under two watched
    hashtags is one mention."""
    body = json.dumps(statuses)
    httpserver.expect_request(TIMELINE).respond_with_data(body, content_type="application/json")
    httpserver.expect_request("/api/v1/timelines/tag/schools").respond_with_data(
        json.dumps([statuses[1]]), content_type="application/json")
    conn = connector(httpserver, make_ctx, hashtags=["hexley", "#schools"])
    first = conn.fetch(None)
    assert len(first.mentions) == 4
    assert conn.fetch(first.cursor).mentions == ()


def test_token_from_secrets_is_sent(httpserver, make_ctx, statuses):
    httpserver.expect_request(TIMELINE).respond_with_handler(timeline_server(statuses))
    connector(httpserver, make_ctx, secrets={"hexley-masto.access_token": "tok-1"}).fetch(None)
    assert requests_to(httpserver, TIMELINE)[0].headers["Authorization"] == "Bearer tok-1"


@pytest.mark.parametrize("status, words", [(401, "hexley-masto.access_token"), (404, "not found"),
                                           (422, "refuses")])
def test_refusals_are_permanent(httpserver, make_ctx, status, words):
    httpserver.expect_request(TIMELINE).respond_with_data(
        json.dumps({"error": "This method requires an authenticated user"}), status=status,
        content_type="application/json")
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx).fetch(None)
    assert err.value.permanent and words in str(err.value)
    assert httpserver.url_for(TIMELINE) in str(err.value)


def test_server_error_is_transient_then_recovers(httpserver, make_ctx, statuses):
    httpserver.expect_oneshot_request(TIMELINE).respond_with_data(
        "<html>502 Bad Gateway</html>", status=503, headers={"Retry-After": "90"}, content_type="text/html")
    httpserver.expect_request(TIMELINE).respond_with_handler(timeline_server(statuses))
    conn = connector(httpserver, make_ctx)
    with pytest.raises(ConnectorError) as err:
        conn.fetch(None)
    assert not err.value.permanent and err.value.retry_after == 90
    assert len(conn.fetch(None).mentions) == 4


def test_rate_limited_waits_for_the_reset(httpserver, make_ctx):
    httpserver.expect_request(TIMELINE).respond_with_data(
        json.dumps({"error": "Too many requests"}), status=429, content_type="application/json",
        headers={"Retry-After": "300", "X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0"})
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx).fetch(None)
    assert not err.value.permanent and err.value.retry_after == 300


def test_connection_refused_is_transient(make_ctx):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    conn = mastodon.create("m", {"api_base_url": f"http://127.0.0.1:{port}", "hashtags": ["hexley"]}, make_ctx())
    with pytest.raises(ConnectorError) as err:
        conn.fetch(None)
    assert not err.value.permanent


@pytest.mark.parametrize("body", ["<html>maintenance</html>", '{"error": null}', '[{"no": "id"}]',
                                  '[{"id": "1", "created_at": "yesterday", "account": {"acct": "a"}}]'])
def test_malformed_body_is_transient_and_names_the_url(httpserver, make_ctx, body):
    httpserver.expect_request(TIMELINE).respond_with_data(body, content_type="application/json")
    with pytest.raises(ConnectorError) as err:
        connector(httpserver, make_ctx).fetch(None)
    assert not err.value.permanent and httpserver.url_for(TIMELINE) in str(err.value)


def test_validate_options():
    assert mastodon.validate({"api_base_url": "mastodon.social", "hashtags": ["ok"]})[0][0] == "api_base_url"
    assert mastodon.validate({"api_base_url": "https://m.example", "hashtags": ["two words"]})[0][0] == "hashtags"
    assert mastodon.validate({"api_base_url": "https://m.example", "hashtags": ["#Hexley"]}) == []


# --- Mastodon.py's recordings (../shared/fixtures/mastodon) --------------------------------

def test_recorded_hashtag_timeline_then_nothing_new(httpserver, make_ctx, shared):
    """test_hashtag_tl: a real Mastodon 4 server's /api/v1/timelines/tag/hoot, with its Link
    and X-RateLimit headers; then the next run asks with min_id and gets []."""
    recorded = next(i for i in vcr_cassette(shared / "mastodon/cassettes/test_hashtag_tl.yaml")
                    if i["method"] == "GET" and i["uri"].endswith("/timelines/tag/hoot"))
    httpserver.expect_oneshot_request("/api/v1/timelines/tag/hoot").respond_with_data(
        recorded["body"], status=recorded["status"], headers=recorded["headers"])
    httpserver.expect_request("/api/v1/timelines/tag/hoot").respond_with_data("[]", content_type="application/json")
    conn = connector(httpserver, make_ctx, hashtags=["hoot"])
    first = conn.fetch(None)
    [m] = first.mentions
    raw = json.loads(recorded["body"])[0]
    assert m.external_id == raw["uri"] and m.url == raw["url"]
    assert m.text == "#hoot (hashtag toot)" and m.context == "#hoot"
    assert m.published.isoformat() == "2026-08-01T13:55:55.867000+00:00"
    assert m.raw_sha256 == raw_sha256(raw)
    assert conn._api.ratelimit_limit == 300  # Mastodon.py read the recorded headers
    assert conn.fetch(first.cursor).mentions == ()
    assert requests_to(httpserver, "/api/v1/timelines/tag/hoot")[-1].args["min_id"] == raw["id"]


def test_recorded_statuses_as_a_timeline(httpserver, make_ctx, shared):
    """Two real mastodon.social statuses (test_entity_status): a local one and a federated one
    with a content warning, a mention and a hashtag."""
    older = read_json(shared / "mastodon/status_mastodon.social_110446183735368325.json")
    newer = read_json(shared / "mastodon/status_mastodon.social_110446223051565765.json")
    httpserver.expect_request(TIMELINE).respond_with_handler(timeline_server([older, newer]))
    conn = connector(httpserver, make_ctx, page_size=1)
    first = conn.fetch(None)
    assert [m.extra["id"] for m in first.mentions] == [newer["id"]]  # a first run reads one page
    fed = first.mentions[0]
    assert fed.author == "@halcy@icosahedron.website" and fed.external_id == newer["uri"]
    assert fed.text.startswith(newer["spoiler_text"] + "\n\n@halcy you're a doo-doo head")
    assert fed.context == "#thisisahashtag"
    assert conn.fetch(first.cursor).mentions == ()
