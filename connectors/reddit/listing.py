"""Reddit listings as Mentions: a Listing's things and cursor, and one comment (t1) or post
(t3) as a Mention, with a comment's submission title as its context."""
from __future__ import annotations

from typing import Any

from ..base import Mention, Received
from .._util import from_epoch, malformed, raw_sha256

PUBLIC = "https://www.reddit.com"


def listing_children(body: Any, where: str) -> tuple[list[dict], str | None]:
    try:
        if body.get("kind") != "Listing":
            raise TypeError(f"kind is {body.get('kind')!r}, not 'Listing'")
        data = body["data"]
        children = data["children"]
        if not isinstance(children, list) or not all(isinstance(c, dict) for c in children):
            raise TypeError("children is not a list of things")
        after = data.get("after")
        return children, after if isinstance(after, str) else None
    except (AttributeError, KeyError, TypeError) as exc:
        raise malformed(where, str(exc) or type(exc).__name__) from None


def to_mention(child: dict, source: str, where: str, stream: str, received: Received | None = None) -> Mention:
    kind, d = child.get("kind"), child.get("data")
    try:
        if kind not in ("t1", "t3") or not isinstance(d, dict):
            raise TypeError(f"unexpected thing of kind {kind!r}")
        fullname = d.get("name") or f"{kind}_{d['id']}"
        sub = d.get("subreddit", "")
        author = d.get("author") or ""
        if kind == "t1":
            text = d.get("body") or ""
            context = d.get("link_title") or ""
            extra = {"fullname": fullname, "kind": "comment", "link_id": d.get("link_id", ""),
                     "parent_id": d.get("parent_id", ""), "subreddit": sub}
        else:
            text = "\n\n".join(p for p in (d.get("title") or "", d.get("selftext") or "") if p)
            context = f"r/{sub}" if sub else ""
            extra = {"fullname": fullname, "kind": "submission", "subreddit": sub,
                     "link_url": d.get("url") or ""}
        extra["stream"] = stream
        permalink = d.get("permalink") or ""
        return Mention(
            source=source, external_id=fullname, url=PUBLIC + permalink if permalink.startswith("/") else permalink,
            text=text, published=from_epoch(d["created_utc"], where), author=author,
            author_url=f"{PUBLIC}/user/{author}" if author and author != "[deleted]" else "",
            platform="reddit", context=context, raw_sha256=raw_sha256(child), extra=extra, received=received,
            reply_to=str(d.get("parent_id") or "") if kind == "t1" else "",
        )
    except (KeyError, TypeError) as exc:
        raise malformed(where, f"a listing item: {exc}") from None
