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


BAD_DATES = ("not a date at all", "Mon, 01 Jan 0001 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT",
             "Sat, 31 Feb 2026 10:00:00 GMT", "", "Tue, 24 Nov 2026 08:00:00 +9900")
GOOD_DATE = "Tue, 24 Nov 2026 08:00:00 GMT"
EMOJI = "Hollowbrook Academy choir 🎶 was wonderful, شكرا Mrs Patel ✨"


def hostile_feed(n: int = 2000, threats: int = 40, huge: int = 3) -> tuple[bytes, dict]:
    """n entries of every kind of damage, `threats` of them threats by different people.

    Returns the feed and what a reader should find: {"threat_ids", "emoji_ids", "no_id_titles",
    "duplicate_ids"}. Every entry names the school, so every readable one is stored and judged."""
    items: list[bytes] = []
    expect: dict = {"threat_ids": [], "emoji_ids": [], "no_id_titles": [], "duplicate_ids": []}
    threat_every = max(1, n // threats)
    for i in range(n):
        guid, link = f"h{i}", f"https://board.example/p/{i}"
        title, body, date = f"Hollowbrook Academy notice number {i}", f"about the school fair {i}", GOOD_DATE
        kind = i % 10
        if i % threat_every == 0 and len(expect["threat_ids"]) < threats:
            title = f"{THREAT} ({i})"
            expect["threat_ids"].append(guid)
        elif kind == 1:
            date = BAD_DATES[(i // 10) % len(BAD_DATES)]
        elif kind == 2:
            title, body = EMOJI + f" {i}", "\u202eRTL mark and \u200d joiners " + str(i)
            expect["emoji_ids"].append(guid)
        elif kind == 3:
            guid = link = None  # neither id nor link
            expect["no_id_titles"].append(title)
        elif kind == 4:
            guid = f"h{i - 4}"  # an id used before in this feed
            expect["duplicate_ids"].append(guid)
        item = rss_item(guid=guid, link=link, title=title, body=body, date=date)
        if kind == 5:
            item = item.replace(b"about the school", b"about the \x00school\x01")  # NUL and a control
        if kind == 6:
            item = item.replace(b"about the school", b"about the \xff\xfe school \xc3")  # invalid UTF-8
        if kind == 7 and i // 10 < huge:
            item = item.replace(b"about the school", b"about the school " + b"very long " * 100_000)  # ~1 MB
        items.append(item)
    return rss(items), expect
