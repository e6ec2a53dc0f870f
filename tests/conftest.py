"""Fixtures shared by every test: offline models, a fresh database, a real SMTP server."""
from __future__ import annotations

import os

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import time  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from email import message_from_bytes  # noqa: E402
from email.message import Message  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from mailtools import free_port  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the project; tests that need it skip where it is absent."""
    if not (SHARED / "fixtures").is_dir():
        pytest.skip("../shared/fixtures is not beside the project")
    return SHARED


@pytest.fixture
def store(tmp_path):
    from monitor.store import Store

    s = Store.open(tmp_path / "test.db")
    yield s
    s.close()


@dataclass
class SMTPSink:
    host: str
    port: int
    messages: list[Message] = field(default_factory=list)
    envelopes: list = field(default_factory=list)

    def wait_for(self, count: int, timeout: float = 5.0) -> list[Message]:
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.messages


class _Handler:
    def __init__(self, sink: SMTPSink):
        self.sink = sink

    async def handle_DATA(self, server, session, envelope):
        self.sink.envelopes.append(envelope)
        self.sink.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture
def smtp_server():
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it receives."""
    from aiosmtpd.controller import Controller

    sink = SMTPSink("127.0.0.1", free_port())
    controller = Controller(_Handler(sink), hostname="127.0.0.1", port=sink.port)
    controller.start()
    yield sink
    controller.stop()


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory):
    """The tiny random transformer, made calm: every score near 0.02, so what is flagged is the rules' doing."""
    import torch
    from transformers import BertForSequenceClassification

    from tiny_model import build_tiny_model

    path = build_tiny_model(tmp_path_factory.mktemp("tiny"))
    model = BertForSequenceClassification.from_pretrained(path)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.fill_(-4.0)
    model.save_pretrained(path)
    return path
