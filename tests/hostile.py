"""Feeds that hostile or broken publishers send, generated at test time (never committed as big files)."""
from __future__ import annotations

from xml.sax.saxutils import escape

THREAT = "I will kill Tom Whitaker from Hollowbrook Academy tonight"


def rss_item(*, guid: str | None, link: str | None, title: str, body: str = "", date: str | None = None) -> bytes:
    parts = [f"<title>{escape(title)}</title>"]
    if guid is not None:
        parts.append(f'<guid isPermaLink="false">{escape(guid)}</guid>')
    if link is not None:
        parts.append(f"<link>{escape(link)}</link>")
    if date is not None:
        parts.append(f"<pubDate>{escape(date)}</pubDate>")
    if body:
        parts.append(f"<description>{escape(body)}</description>")
    return ("<item>" + "".join(parts) + "</item>\n").encode("utf-8")


def rss(items: list[bytes], title: str = "Hexley community board") -> bytes:
    head = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://board.example/</link><description>posts</description>\n").encode()
    return head + b"".join(items) + b"</channel></rss>\n"


def poison_feed(threats: int = 3) -> bytes:
    """One post dated 0001-01-01 (stored unpadded by older versions), then threats after it."""
    items = [rss_item(guid="poison", link="https://board.example/p/0", title="Hollowbrook Academy open day",
                      date="Mon, 01 Jan 0001 00:00:00 GMT")]
    items += [rss_item(guid=f"t{i}", link=f"https://board.example/t/{i}", title=f"{THREAT} ({i})",
                       date="Tue, 24 Nov 2026 08:00:00 GMT") for i in range(threats)]
    return rss(items)
