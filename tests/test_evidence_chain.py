"""Evidence that holds: the bytes a feed served are kept for the post that reached urgent (and
only for it), chained, carried in the pack, checked by verify-evidence, and a changed byte shows."""
from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from monitor.cli import cli
from monitor.config import load
from monitor.daemon import App
from monitor.review import chain as C
from monitor.review.evidence import verify_evidence_pack, write_evidence_pack

from test_pipeline import DATA, NOW, serve_feed, write_config

THREAT_ID = "https://hexleygazette.example/?c=7"
CALM_ID = "https://hexleygazette.example/?p=101"


@pytest.fixture
def polled(tmp_path, httpserver, smtp_server, tiny_model):
    url = serve_feed(httpserver)
    cfg_path = write_config(tmp_path, {"gazette": url}, smtp_server.port, tiny_model)
    app = App.from_config(load(cfg_path), clock=lambda: NOW)
    app.poll()
    items = {i.external_id: i for i in app.store.items()}
    yield app, cfg_path, url, items
    app.close()


def flip_byte(path, at=10):
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


def resum(folder):
    """Rewrite SHA256SUMS as a forger would, so only the chain can catch the change."""
    lines = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n"
             for p in sorted(folder.iterdir()) if p.name != "SHA256SUMS"]
    (folder / "SHA256SUMS").write_text("".join(lines))


def test_the_urgent_post_keeps_what_the_feed_served_and_the_calm_one_keeps_nothing(polled):
    app, _, url, items = polled
    threat, calm = items[THREAT_ID], items[CALM_ID]
    assert threat.decision.priority == "urgent"
    assert app.store.evidence_chain(calm.id) == []  # dropped after triage: below high
    (r,) = app.store.evidence_chain(threat.id)
    assert (r.seq, r.kind, r.url, r.status, r.prev) == (1, "fetched", url, 200, C.GENESIS)
    assert dict(r.headers)["content-type"] == "application/rss+xml"
    served = (DATA / "hexley_gazette.xml").read_bytes()
    assert app.store.evidence_blob(r.body_sha256) == served  # the response, byte for byte
    assert r.body_sha256 == hashlib.sha256(served).hexdigest()
    entry = json.loads(app.store.evidence_blob(r.item_sha256))
    assert entry["id"] == THREAT_ID and hashlib.sha256(app.store.evidence_blob(r.item_sha256)).hexdigest() == threat.raw_sha256
    assert r.text_sha256 == hashlib.sha256(threat.text.encode()).hexdigest()
    assert r.hash == C.record_hash(r.fields())
    # One kept response for the fetch, one kept entry: nothing of the calm post remains.
    assert app.store.conn.execute("SELECT COUNT(*) FROM evidence_blobs").fetchone()[0] == 2


def test_records_are_never_rewritten(polled):
    app, _, _, items = polled
    with pytest.raises(sqlite3.IntegrityError, match="never changed"):
        app.store.conn.execute("UPDATE evidence_chain SET note = 'edited'")


def test_pack_carries_the_bytes_and_verify_evidence_catches_one_changed_byte(polled, tmp_path):
    app, cfg_path, url, items = polled
    threat = items[THREAT_ID]
    app.store.append_check(threat.id, NOW, threat.url, 200, (("content-type", "text/html"),), b"<p>still here</p>",
                           "up")
    folder = write_evidence_pack(app.store, threat.id, tmp_path / "packs", NOW, school_name="Hollowbrook Academy")
    pack = json.loads((folder / "evidence.json").read_text())
    rows = pack["received"][str(threat.id)]
    assert [(r["seq"], r["kind"], r["note"]) for r in rows] == [(1, "fetched", ""), (2, "check", "up")]
    assert rows[1]["prev"] == rows[0]["hash"]
    assert rows[0]["files"] == {"item": f"received-{threat.id}-1-item.json",
                                "response": f"received-{threat.id}-1-response.xml"}
    assert rows[1]["files"] == {"response": f"received-{threat.id}-2-response.bin"}
    assert (folder / rows[0]["files"]["response"]).read_bytes() == (DATA / "hexley_gazette.xml").read_bytes()
    assert verify_evidence_pack(folder, app.store) == []

    runner = CliRunner()
    ok = runner.invoke(cli, ["verify-evidence", str(folder), "--config", str(cfg_path)])
    assert ok.exit_code == 0, ok.output

    flip_byte(folder / rows[0]["files"]["response"])
    resum(folder)  # SHA256SUMS agrees with the forgery: the chain does not
    bad = runner.invoke(cli, ["verify-evidence", str(folder)])
    assert bad.exit_code == 1
    assert (f"evidence.json received[{threat.id}] record 1 (fetched {rows[0]['at']}): the kept response bytes "
            "differ from their SHA-256 (a byte was changed)") in bad.output


def test_a_changed_byte_in_the_database_breaks_the_chain(polled, tmp_path):
    app, cfg_path, _, items = polled
    threat = items[THREAT_ID]
    folder = write_evidence_pack(app.store, threat.id, tmp_path / "packs", NOW)
    (r,) = app.store.evidence_chain(threat.id)
    data = bytearray(app.store.evidence_blob(r.body_sha256))
    data[0] ^= 0x01
    app.store.conn.execute("UPDATE evidence_blobs SET data = ? WHERE sha256 = ?", (bytes(data), r.body_sha256))
    assert verify_evidence_pack(folder) == []  # the pack alone is intact
    problems = verify_evidence_pack(folder, app.store)
    assert problems == [f"database item {threat.id} record 1 (fetched {r.at}): the kept response bytes differ from "
                        "their SHA-256 (a byte was changed)"]


def test_a_record_dropped_from_the_middle_shows():
    first = C.sealed(C.Record(1, 1, "fetched", "2026-11-24T09:00:00Z", "u", 200, (), "", "", "", "", C.GENESIS))
    second = C.sealed(C.Record(1, 2, "check", "2026-11-25T09:00:00Z", "u", 200, (), "", "", "", "up", first.hash))
    third = C.sealed(C.Record(1, 3, "check", "2026-11-26T09:00:00Z", "u", 404, (), "", "", "", "gone", second.hash))
    assert C.verify([first, second, third], lambda d: None) == []
    assert C.verify([first, third], lambda d: None) == [
        "record 3 (check 2026-11-26T09:00:00Z): expected record 2: a record is missing or out of order",
        "record 3 (check 2026-11-26T09:00:00Z): does not follow the record before it (its 'prev' is not that "
        "record's hash)"]


def test_the_pdf_opens_and_holds_the_post_and_its_hashes(polled, tmp_path):
    app, _, _, items = polled
    threat = items[THREAT_ID]
    folder = write_evidence_pack(app.store, threat.id, tmp_path / "packs", NOW, school_name="Hollowbrook Academy")
    text = " ".join((page.extract_text() or "") for page in PdfReader(folder / "evidence.pdf").pages)
    flat = " ".join(text.split())
    assert "Evidence: item" in flat and "Hollowbrook Academy" in flat
    assert "watch his back" in flat  # the post's own words
    (r,) = app.store.evidence_chain(threat.id)
    assert r.hash[:32] in flat.replace(" ", "")  # the record's hash, however the line wrapped it
    assert "Found by schoolwatch" in flat  # the timeline
