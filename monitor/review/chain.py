"""The hash chain of what was received for one post: pure functions, no SQL.

Each record says what came back from one request (the fetch that found the post, and every
later check of whether it is still up): the URL, the time in UTC, the status and the headers
that matter, and the SHA-256 of the bytes (the post's own bytes, and the whole response where
the connector held it). A record's hash covers its fields and the previous record's hash, so
changing a byte of a kept response, or a record, or dropping one from the middle, shows.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

GENESIS = "0" * 64
KINDS = ("fetched", "check")


@dataclass(frozen=True)
class Record:
    mention_id: int
    seq: int  # 1, 2, 3... within the mention
    kind: str  # fetched: the post as first received; check: a later look at its address
    at: str  # ISO-8601 UTC, as the store writes times
    url: str
    status: int | None
    headers: tuple[tuple[str, str], ...]
    item_sha256: str  # the post's own bytes ("" for a check)
    body_sha256: str  # the whole response ("" where none was held)
    text_sha256: str  # the post's text as stored ("" for a check)
    note: str  # what a check concluded: "up", "gone: HTTP 404", "[removed]"...
    prev: str  # the previous record's hash (GENESIS for the first)
    hash: str = ""

    def fields(self) -> dict:
        return {"mention_id": self.mention_id, "seq": self.seq, "kind": self.kind, "at": self.at, "url": self.url,
                "status": self.status, "headers": [list(h) for h in self.headers],
                "item_sha256": self.item_sha256, "body_sha256": self.body_sha256, "text_sha256": self.text_sha256,
                "note": self.note, "prev": self.prev}

    def as_dict(self) -> dict:
        return dict(self.fields(), hash=self.hash)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def record_hash(fields: Mapping) -> str:
    """SHA-256 of the record's fields as canonical JSON (keys sorted, no spaces, UTF-8)."""
    blob = json.dumps(dict(fields), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return sha256(blob.encode("utf-8", "surrogatepass"))


def sealed(record: Record) -> Record:
    from dataclasses import replace

    return replace(record, hash=record_hash(record.fields()))


def from_dict(d: Mapping) -> Record:
    return Record(mention_id=int(d["mention_id"]), seq=int(d["seq"]), kind=str(d["kind"]), at=str(d["at"]),
                  url=str(d["url"]), status=d.get("status"), headers=tuple(tuple(h) for h in d.get("headers") or ()),
                  item_sha256=str(d.get("item_sha256") or ""), body_sha256=str(d.get("body_sha256") or ""),
                  text_sha256=str(d.get("text_sha256") or ""), note=str(d.get("note") or ""),
                  prev=str(d["prev"]), hash=str(d.get("hash") or ""))


def verify(records: Sequence[Record], blob: Callable[[str], bytes | None], where: str = "") -> list[str]:
    """Problems with one post's chain, each naming the record; [] when it holds.

    blob(sha256) gives the kept bytes with that name (None where they are missing): each
    is hashed again, so a changed byte shows even when the record itself is untouched.
    """
    problems: list[str] = []
    prev = GENESIS
    for n, r in enumerate(records, 1):
        at = f"{where}record {r.seq} ({r.kind} {r.at})"
        if r.seq != n:
            problems.append(f"{at}: expected record {n}: a record is missing or out of order")
        if r.prev != prev:
            problems.append(f"{at}: does not follow the record before it (its 'prev' is not that record's hash)")
        if record_hash(r.fields()) != r.hash:
            problems.append(f"{at}: its hash does not match its contents (the record was changed)")
        for name, digest in (("item", r.item_sha256), ("response", r.body_sha256)):
            if not digest:
                continue
            data = blob(digest)
            if data is None:
                problems.append(f"{at}: the kept {name} bytes are missing")
            elif sha256(data) != digest:
                problems.append(f"{at}: the kept {name} bytes differ from their SHA-256 (a byte was changed)")
        prev = r.hash
    return problems
