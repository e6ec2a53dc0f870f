"""The received bytes and hash chain in an evidence pack: written beside evidence.json, checked
by `schoolwatch verify-evidence` from the files alone, and against the database with --config.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from monitor.review import chain as C

# A file's suffix from the Content-Type it came with. HTML is kept as .bin on purpose: a
# hostile page opened from the pack must not run in a browser.
SUFFIXES = (("json", ".json"), ("xml", ".xml"), ("rss", ".xml"), ("atom", ".xml"))


def _suffix(headers) -> str:
    ctype = dict(headers).get("content-type", "").lower()
    return next((suffix for word, suffix in SUFFIXES if word in ctype), ".bin")


def write_received(store, mention_ids: Iterable[int], folder: Path) -> dict[str, list[dict]]:
    """{mention id: [record, ...]} with each record's kept bytes written as files in folder."""
    out: dict[str, list[dict]] = {}
    for mid in mention_ids:
        records = store.evidence_chain(mid)
        if not records:
            continue
        rows = []
        for r in records:
            files = {}
            for name, digest, suffix in (("item", r.item_sha256, ".json"),
                                         ("response", r.body_sha256, _suffix(r.headers))):
                data = store.evidence_blob(digest) if digest else None
                if data is None:
                    continue
                path = folder / f"received-{mid}-{r.seq}-{name}{suffix}"
                path.write_bytes(data)
                files[name] = path.name
            rows.append(dict(r.as_dict(), files=files))
        out[str(mid)] = rows
    return out


def verify_received(pack: dict, folder: Path, store=None) -> list[str]:
    """Problems with the pack's chains: each chain verified from the pack's own files, then
    (with a store) the database's chain verified from its own bytes and compared with the pack's."""
    problems: list[str] = []
    received = pack.get("received") or {}
    if not isinstance(received, dict):
        return ["evidence.json: 'received' is not a mapping of item id to records"]
    for mid, rows in sorted(received.items()):
        where = f"evidence.json received[{mid}] "
        try:
            records = [C.from_dict(r) for r in rows]
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(f"{where}: not a list of chain records ({exc})")
            continue
        by_digest: dict[str, Path] = {}
        for r, row in zip(records, rows):
            for name, digest in (("item", r.item_sha256), ("response", r.body_sha256)):
                file = (row.get("files") or {}).get(name)
                if digest and file and "/" not in file and "\\" not in file:
                    by_digest[digest] = folder / file

        def from_files(digest: str) -> bytes | None:
            path = by_digest.get(digest)
            return path.read_bytes() if path is not None and path.is_file() else None

        problems += C.verify(records, from_files, where)
        if store is None:
            continue
        kept = store.evidence_chain(int(mid))
        problems += C.verify(kept, store.evidence_blob, f"database item {mid} ")
        if [r.hash for r in kept[:len(records)]] != [r.hash for r in records]:
            problems.append(f"{where}: the database's chain for item {mid} differs from the pack's")
    return problems
