"""evidence.pdf: the pack for people who want a document, made from evidence.json's own data."""
from __future__ import annotations

from pathlib import Path

from monitor.review.pdf import Doc

NAME = "evidence.pdf"


def _post(doc: Doc, r: dict) -> None:
    doc.rows([
        ("Platform", f"{r['platform_name']} (source {r['source']})"),
        ("Address", r["url"] or "none recorded"),
        ("Platform's id", r["external_id"]),
        ("Author", r["author"] + (f"  {r['author_url']}" if r["author_url"] else "")),
        ("Published", f"{r['published_utc'] or 'unknown'}" + (f" ({r['published_local']})" if r["published_local"] else "")),
        ("Fetched", r["fetched_utc"]),
        ("SHA-256 of text", r["content_sha256"]),
        ("SHA-256 of record", r["raw_sha256"] or "not recorded by this source"),
    ] + ([("Flagged as", f"{r['decision']['priority']}: {', '.join(r['decision']['categories'])}")]
         if r.get("decision") else []))
    doc.quote(r["text"])
    if r["context"]:
        doc.para(f"Context (thread or page title): {r['context']}", size=9, muted=True)


def write_evidence_pdf(pack: dict, folder: Path, generated: str) -> Path:
    item = pack["item"]
    school = pack["school"].get("name") or pack["school"]["id"]
    doc = Doc(f"Evidence: item {item['id']}, {school}")
    doc.h1(f"Evidence: item {item['id']}, {school}")
    doc.para(f"Made by schoolwatch at {generated}. The exact text and every hash are in evidence.json; "
             "the files are listed with their SHA-256 in SHA256SUMS. Characters that change text direction "
             "are shown as [U+...] tags.", size=8.5, muted=True)
    doc.h2("The post")
    _post(doc, item)
    shot = pack.get("screenshot")
    if shot:
        doc.h2("Screenshot from the person who reported it")
        if shot.get("file") and not doc.image(folder / shot["file"]):
            doc.para(f"The screenshot is in the pack as {shot['file']}.", size=9)
        if shot.get("sha256"):
            doc.rows([("SHA-256", shot["sha256"])])
        if shot.get("problem"):
            doc.para(shot["problem"], bold=True)
    doc.h2("What the school did, and when (UTC)")
    events = pack.get("timeline") or []
    if events:
        doc.table(["When (UTC)", "What", "Who"], [[e["at"], e["what"], e["who"]] for e in events], [3, 8, 2])
    else:
        doc.para("Nothing recorded yet.", size=9, muted=True)
    received = pack.get("received") or {}
    doc.h2("What was received, and its hash chain")
    if not received:
        doc.para("No received bytes are kept for these posts (they were fetched before schoolwatch kept them, "
                 "or the source gives none).", size=9, muted=True)
    for mid, rows in received.items():
        doc.para(f"Item {mid}", bold=True, size=9.5)
        for r in rows:
            doc.rows([("Record", f"{r['seq']} ({r['kind']}) at {r['at']}"), ("URL", r["url"]),
                      ("Status", r["status"] if r["status"] is not None else "-"),
                      ("Headers", "; ".join(f"{k}: {v}" for k, v in r["headers"]) or "-"),
                      ("Item SHA-256", r["item_sha256"] or "-"), ("Response SHA-256", r["body_sha256"] or "-"),
                      ("Result", r["note"] or "-"), ("Previous hash", r["prev"]), ("Record hash", r["hash"]),
                      ("Files", ", ".join(r["files"].values()) or "-")], key_width=34)
            doc.pdf.ln(1.5)
    related = pack.get("related") or []
    doc.h2(f"Other posts by the same author about the same people ({len(related)})")
    for n, r in enumerate(related, 1):
        doc.para(f"{n}. {r['published_utc'] or r['fetched_utc']}", bold=True, size=9.5)
        _post(doc, r)
    doc.h2("About the hashes")
    doc.para(pack["hashes"], size=9)
    return doc.save(folder / NAME)
