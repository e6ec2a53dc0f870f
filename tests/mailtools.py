"""Small helpers for tests that talk to real servers: a free port, the parts of a received mail."""
from __future__ import annotations

import socket
from email.message import Message


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def body_text(msg: Message) -> str:
    """The plain-text part of a received message."""
    if msg.is_multipart():
        for part in msg.walk():
            if part.get_content_type() == "text/plain":
                return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
        return ""
    return msg.get_payload(decode=True).decode(msg.get_content_charset() or "utf-8")


def body_html(msg: Message) -> str:
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
    return ""


def attached(msg: Message) -> list[tuple[str, str]]:
    """(filename, text) of each attached file of a received message."""
    return [(part.get_filename(), part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8"))
            for part in msg.walk() if part.get_filename()]
