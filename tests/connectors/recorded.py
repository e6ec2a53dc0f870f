"""Readers for the recorded responses in ../shared/fixtures (read in place, never copied)."""
from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest


def read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def _body(body: dict) -> bytes:
    if "base64_string" in body:
        return base64.b64decode(body["base64_string"])
    value = body.get("string", "")
    return value.encode("utf-8") if isinstance(value, str) else bytes(value or b"")


def _single(headers: dict) -> dict[str, str]:
    """Recorded headers (lists of values) as one value each, minus those the server sets itself."""
    drop = {"content-length", "transfer-encoding", "connection", "content-encoding", "date", "server"}
    out = {}
    for k, v in headers.items():
        if k.lower() in drop:
            continue
        out[k] = v[-1] if isinstance(v, list) else str(v)
    return out


def praw_cassette(path: Path) -> list[dict]:
    """A betamax cassette (praw's tests): [{method, uri, status, headers, body}]."""
    out = []
    for i in read_json(path)["interactions"]:
        req, resp = i["request"], i["response"]
        out.append({"method": req["method"], "uri": req["uri"], "status": resp["status"]["code"],
                    "headers": _single(resp["headers"]), "body": _body(resp["body"])})
    return out


def vcr_cassette(path: Path) -> list[dict]:
    """A vcrpy YAML cassette (Mastodon.py's, bskyr's): [{method, uri, status, headers, body}]."""
    yaml = pytest.importorskip("yaml")
    out = []
    for i in yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]:
        req, resp = i["request"], i["response"]
        out.append({"method": req["method"], "uri": req["uri"], "status": resp["status"]["code"],
                    "headers": _single(resp.get("headers") or {}), "body": _body(resp.get("body") or {})})
    return out
