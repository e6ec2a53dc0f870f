"""Evidence packs: what a police officer or a solicitor needs about one item, with hashes that verify.

A pack is a folder: evidence.json (exact stored text and every recorded fact, the timeline of
what the school did, and the hash chain of what was received), evidence.html and evidence.pdf
(the same for people), the received bytes (received-<item>-<record>-item|response.*), the
screenshot of a manual report where there is one, and SHA256SUMS, which
`sha256sum -c SHA256SUMS` checks without schoolwatch.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2

from connectors.base import sha256_hex

from monitor.deliver.render import TEMPLATES, html_link
from monitor.drafts import facts as F
from monitor.drafts.text import visible
from monitor.ingest.identity import has_history
from monitor.review.evidence_chain import verify_received, write_received
from monitor.review.evidence_pdf import write_evidence_pdf
from monitor.review.timeline import timeline
from monitor.private import lock_down, open_private, private_dir, private_file
from monitor.timeutil import iso
from monitor.vocab import Item

FORMAT = "schoolwatch-evidence-pack/1"
SUMS = "SHA256SUMS"
HASHES = ("content_sha256 is the SHA-256 of the UTF-8 bytes of `text` exactly as stored. raw_sha256 is the "
          "SHA-256 of the post's record as schoolwatch parsed it from the platform when it was fetched (JSON, "
          "keys sorted; empty where the source gave none). content_hash is schoolwatch's hash of the normalised "
          "text, used to spot copies. `received` holds, for posts that reached high or urgent, a chain of "
          "records per post: the fetch that found it (the request URL, the time in UTC, the status and headers "
          "that matter, the SHA-256 of the post's own bytes and of the whole response where the source gave it, "
          "both kept in this folder as received-* files) and each later check of its address. Each record's "
          "`hash` is the SHA-256 of its fields as canonical JSON (keys sorted, no spaces, UTF-8), `prev` "
          "included, so each hash covers the one before it: `schoolwatch verify-evidence` recomputes them.")
# Keys a manual report may use for its screenshot (connectors/manual.py): the first found wins.
SHOT_PATHS = ("screenshot", "screenshot_path", "screenshot_file")
SHOT_HASHES = ("screenshot_sha256", "screenshot_hash")


class EvidenceError(Exception):
    pass


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def post_record(item: Item, tz: str) -> dict[str, Any]:
    when = item.published
    return {
        "id": item.id, "school_id": item.school_id, "source": item.source, "platform": item.platform,
        "platform_name": F.platform_name(item), "external_id": item.external_id, "url": item.url,
        "author": item.author, "author_url": item.author_url,
        "published_utc": iso(when), "published_local": F.fmt_local(when, tz) if when else None,
        "fetched_utc": iso(item.fetched), "text": item.text, "context": item.context, "about": list(item.about),
        "content_sha256": sha256_hex(item.text), "content_hash": item.content_hash, "raw_sha256": item.raw_sha256,
        "platform_ids": {k: v for k, v in item.extra.items() if k not in SHOT_PATHS + SHOT_HASHES},
        "decision": item.decision.as_dict() if item.decision else None, "scores": dict(item.scores),
        "state": item.state,
    }


def _screenshot(item: Item, files_root: Path | None, out: Path) -> dict | None:
    path = next((str(item.extra[k]) for k in SHOT_PATHS if item.extra.get(k)), "")
    recorded = next((str(item.extra[k]) for k in SHOT_HASHES if item.extra.get(k)), "")
    if not path and not recorded:
        return None
    shot: dict[str, Any] = {"recorded_path": path, "recorded_sha256": recorded, "file": None, "sha256": None,
                            "problem": ""}
    src = Path(path)
    if path and not src.is_absolute() and files_root is not None:
        src = files_root / src
    if not path or not src.is_file():
        shot["problem"] = f"screenshot file not found: {path!r}" if path else "no screenshot path recorded"
        return shot
    name = "screenshot" + "".join(c for c in src.suffix.lower() if c.isalnum() or c == ".")[:6]
    private_file(out / name)  # 0600 before a byte is copied in
    shutil.copyfile(src, out / name)
    shot["file"], shot["sha256"] = name, file_sha256(out / name)
    if recorded and recorded.lower() != shot["sha256"]:
        shot["problem"] = "the screenshot's hash differs from the one recorded when it was reported"
    return shot


def _html_env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.filters["link"] = html_link
    env.filters["visible"] = visible
    return env


def write_evidence_pack(store, item_id: int, out_dir: Path | str, now: datetime, *,
                        school_name: str = "", tz: str = F.UK_TZ, files_root: Path | None = None) -> Path:
    """Write the pack for one item under out_dir; returns the pack's folder."""
    item = store.get_item(item_id)
    if item is None:
        raise EvidenceError(f"no item {item_id} in the database")
    out_dir = Path(out_dir)
    base = out_dir / f"evidence-item{item.id}-{now.strftime('%Y%m%dT%H%M%SZ') if now.tzinfo else 'x'}"
    folder, n = base, 1
    while folder.exists():  # never overwrite an earlier pack: it may already be with the police
        n += 1
        folder = base.with_name(f"{base.name}-{n}")
    private_dir(folder.parent)
    folder.mkdir(mode=0o700)
    os.chmod(folder, 0o700)  # the pack names the people in it: owner-only, whatever the umask
    people = set(item.about) - {"school"} or set(item.about)
    related = [r for r in (store.author_items(item.school_id, item.platform, item.author)
                           if has_history(item.author, item.platform) else [])
               if r.id != item.id and set(r.about) & people]
    # Everything in a pack is evidence now: none of it may be purged from under it.
    for kept in (item, *related):
        store.set_held(kept.id, True)
    pack = {
        "format": FORMAT, "generated_utc": iso(now), "school": {"id": item.school_id, "name": school_name},
        "item": post_record(item, tz), "screenshot": _screenshot(item, files_root, folder),
        "related": [post_record(r, tz) for r in related], "hashes": HASHES,
        "timeline": [e.as_dict() for e in timeline(store, item.id)],
        "received": write_received(store, [item.id] + [r.id for r in related], folder),
    }
    with open_private(folder / "evidence.json", encoding="utf-8") as f:
        f.write(json.dumps(pack, ensure_ascii=False, indent=2, default=str) + "\n")
    html = _html_env().get_template("evidence.html.j2").render(pack=pack, item=pack["item"], related=pack["related"],
                                                             shot=pack["screenshot"], generated=F.fmt_when(now, tz))
    with open_private(folder / "evidence.html", encoding="utf-8") as f:
        f.write(html)
    write_evidence_pdf(pack, folder, F.fmt_when(now, tz))
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.name != SUMS)
    with open_private(folder / SUMS, encoding="utf-8") as f:
        f.write("".join(f"{file_sha256(p)}  {p.name}\n" for p in files))
    lock_down(folder)  # the bytes received and the PDF too: inside a 0700 folder, and 0600 themselves
    return folder


def verify_evidence_pack(folder: Path | str, store=None) -> list[str]:
    """Problems with a pack, each saying what and where; [] when every hash verifies.

    With a store, also checks that the database still holds exactly the text the pack recorded.
    """
    folder = Path(folder)
    problems: list[str] = []
    sums = folder / SUMS
    if not sums.is_file():
        return [f"{sums}: missing"]
    listed = set()
    for n, line in enumerate(sums.read_text(encoding="utf-8").splitlines(), 1):
        digest, _, name = line.partition("  ")
        if not name or "/" in name or "\\" in name or name.startswith("."):
            problems.append(f"{sums}, line {n}: not a 'hash  file' line")
            continue
        listed.add(name)
        path = folder / name
        if not path.is_file():
            problems.append(f"{path}: listed in {SUMS} but missing")
        elif file_sha256(path) != digest:
            problems.append(f"{path}: SHA-256 differs from {SUMS} (the file was changed)")
    for extra in sorted(p.name for p in folder.iterdir() if p.is_file() and p.name != SUMS and p.name not in listed):
        problems.append(f"{folder / extra}: not listed in {SUMS}")
    try:
        pack = json.loads((folder / "evidence.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return problems + [f"{folder / 'evidence.json'}: cannot be read ({exc})"]
    for where, rec in [("item", pack.get("item") or {})] + [(f"related[{i}]", r) for i, r in enumerate(pack.get("related", []))]:
        if sha256_hex(rec.get("text", "")) != rec.get("content_sha256"):
            problems.append(f"evidence.json {where}: content_sha256 does not match its text")
        if store is not None:
            now_item = store.get_item(rec.get("id"))
            if now_item is None:
                problems.append(f"evidence.json {where}: item {rec.get('id')} is no longer in the database")
            elif sha256_hex(now_item.text) != rec.get("content_sha256") or now_item.raw_sha256 != rec.get("raw_sha256"):
                problems.append(f"evidence.json {where}: the database's copy of item {rec.get('id')} differs from the pack")
    problems += verify_received(pack, folder, store)
    shot = pack.get("screenshot")
    if shot and shot.get("file"):
        path = folder / shot["file"]
        if not path.is_file() or file_sha256(path) != shot.get("sha256"):
            problems.append(f"{path}: does not match the screenshot hash in evidence.json")
        if shot.get("recorded_sha256") and shot["recorded_sha256"].lower() != shot.get("sha256"):
            problems.append(f"{path}: differs from the hash recorded when it was reported")
    return problems
