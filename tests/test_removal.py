"""What an answer from a post's address means, and which address is asked: a table a DSL can read."""
from __future__ import annotations

import json

import pytest

from monitor.review.removal import Verdict, check_url, interpret

from response_samples import item

REDDIT = item(1, "he's a disgrace", external_id="t1_abc", extra={"fullname": "t1_abc"},
              url="https://www.reddit.com/r/hexley/comments/x1/title/abc/")
WEB = item(2, "a blog post", platform="website", url="https://blog.example/post?id=4")


def thread(**comment) -> bytes:
    return json.dumps([{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"name": "t3_x1"}}]}},
                       {"kind": "Listing", "data": {"children": [
                           {"kind": "t1", "data": dict({"name": "t1_abc", "body": "he's a disgrace"}, **comment)}]}}
                       ]).encode()


ANSWERS = [
    # (post, status, body, verdict)
    (WEB, 200, b"<p>still here</p>", Verdict("up", "")),
    (WEB, 404, b"", Verdict("gone", "HTTP 404")),
    (WEB, 410, b"", Verdict("gone", "HTTP 410")),
    (WEB, 304, b"", Verdict("up", "unchanged since the last check (HTTP 304)")),
    (WEB, 503, b"", Verdict("unknown", "HTTP 503: the site asked us to come back later")),
    (WEB, 403, b"", Verdict("unknown", "HTTP 403: the site refused to say")),
    (WEB, None, b"", Verdict("unknown", "no answer (cannot connect or timed out)")),
    (REDDIT, 200, thread(), Verdict("up", "")),
    (REDDIT, 200, thread(body="[removed]"), Verdict("gone", "removed by the moderators or Reddit ([removed])")),
    (REDDIT, 200, thread(body="[deleted]", author="[deleted]"), Verdict("gone", "deleted by its author ([deleted])")),
    (REDDIT, 200, thread(name="t1_other"), Verdict("gone", "no longer in its thread on Reddit")),
    (REDDIT, 200, b"<html>", Verdict("unknown", "Reddit's answer was not JSON")),
]


@pytest.mark.parametrize("post,status,body,verdict", ANSWERS)
def test_what_an_answer_means(post, status, body, verdict):
    assert interpret(post, status, body) == verdict


def test_which_address_is_asked():
    assert check_url(REDDIT) == "https://www.reddit.com/r/hexley/comments/x1/title/abc/.json?raw_json=1"
    assert check_url(WEB) == "https://blog.example/post?id=4"
    assert check_url(item(3, "x", platform="manual", url="https://facebook.com/groups/1")) == ""
    sky = item(4, "x", platform="bluesky", url="https://bsky.app/profile/a.bsky.social/post/3k",
               extra={"uri": "at://did:plc:abc/app.bsky.feed.post/3k"})
    assert check_url(sky) == ("https://public.api.bsky.app/xrpc/app.bsky.feed.getPosts?uris="
                              "at%3A%2F%2Fdid%3Aplc%3Aabc%2Fapp.bsky.feed.post%2F3k")
    assert interpret(sky, 200, b'{"posts": []}') == Verdict("gone", "Bluesky no longer has the post")
