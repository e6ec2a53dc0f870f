"""Getting a message to a mail server, or to a folder when there is none yet."""
from __future__ import annotations

import os
import smtplib
import socket
import ssl
import tempfile
import threading
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Callable, Protocol, Sequence

from monitor.config.types import Email
from monitor.private import private_dir


# One message, start to finish: a server that accepts and then says nothing is cut off here,
# and (MailError.server_down) the rest of the batch waits for the next pass instead of each
# message waiting out its own timeout in turn.
MAIL_DEADLINE = 120.0


class MailError(Exception):
    def __init__(self, message: str, *, server_down: bool = False):
        super().__init__(message)
        self.server_down = server_down  # no message can get through now: stop trying this pass


# What one message's trouble looks like, as opposed to the server's.
_MESSAGE_FAULTS = (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError, smtplib.SMTPSenderRefused)


def _cut(smtp: smtplib.SMTP, fired: threading.Event) -> None:
    """The deadline passed: end the conversation, so whatever read is waiting returns now."""
    fired.set()
    sock = getattr(smtp, "sock", None)
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class Mailer(Protocol):
    def send(self, recipients: Sequence[str], subject: str, text: str, html: str = "",
             message_id: str = "", attachments: Sequence = ()) -> list[str]:
        """Returns once the server has accepted the message for at least one recipient, with
        the recipients it refused; raises MailError when nobody got it. message_id is the
        Message-ID's part before the @, the same on every attempt at one outbox row."""


def message_id_header(sender: str, message_id: str = "") -> str:
    domain = sender.rpartition("@")[2] or "schoolwatch"
    # A stored id is made by us ([0-9a-z.]); anything else gets a fresh one rather than a bad header.
    if message_id and all(c.isalnum() or c in ".-_" for c in message_id):
        return f"<{message_id}@{domain}>"
    return make_msgid(domain=domain)


def build_message(sender: str, recipients: Sequence[str], subject: str, text: str, html: str,
                  message_id: str = "", attachments: Sequence = ()) -> EmailMessage:
    """attachments: objects with .filename and .text (the drafts), each a text/plain file."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    # Subjects can carry post text: no newlines, or a header could be forged.
    msg["Subject"] = " ".join(subject.split())[:200]
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = message_id_header(sender, message_id)
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(text)
    if html:
        msg.add_alternative(html, subtype="html")
    for a in attachments:
        msg.add_attachment(a.text, subtype="plain", filename=a.filename)
    return msg


class SMTPMailer:
    def __init__(self, cfg: Email, password: Callable[[], str | None] = lambda: None,
                 deadline: float = MAIL_DEADLINE):
        self.cfg = cfg
        self.password = password
        self.deadline = deadline

    def send(self, recipients: Sequence[str], subject: str, text: str, html: str = "",
             message_id: str = "", attachments: Sequence = ()) -> list[str]:
        cfg = self.cfg
        msg = build_message(cfg.sender, recipients, subject, text, html, message_id, attachments)
        wait = min(cfg.timeout, self.deadline)
        watchdog = smtp = None
        fired = threading.Event()
        try:
            tls = ssl.create_default_context(cafile=str(cfg.ca_file) if cfg.ca_file else None)
            # Made unconnected, so the watchdog is running before the first byte is awaited.
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(timeout=wait, context=tls) if cfg.ssl else smtplib.SMTP(timeout=wait)
            smtp._host = cfg.smtp_host  # what TLS checks the certificate against; set by __init__ only when it connects
            watchdog = threading.Timer(self.deadline, _cut, args=(smtp, fired))
            watchdog.daemon = True
            watchdog.start()
            smtp.connect(cfg.smtp_host, cfg.smtp_port)
            with smtp:
                if cfg.starttls and not cfg.ssl:
                    smtp.starttls(context=tls)
                if cfg.username:
                    secret = self.password()
                    if not secret:
                        raise MailError(f"email.username is set but no password was found in "
                                        f"${cfg.password_env} or email.password_file", server_down=True)
                    smtp.login(cfg.username, secret)
                # The others have it now: sending again would give them a second copy.
                return sorted(smtp.send_message(msg, from_addr=cfg.sender, to_addrs=list(recipients)))
        except (OSError, smtplib.SMTPException) as exc:
            why = f"no answer within {self.deadline:g}s" if fired.is_set() else f"{type(exc).__name__}: {exc}"
            raise MailError(f"{cfg.smtp_host}:{cfg.smtp_port}: {why}",
                            server_down=not isinstance(exc, _MESSAGE_FAULTS)) from exc
        finally:
            if watchdog is not None:
                watchdog.cancel()
            if smtp is not None:
                smtp.close()  # after a failure `with` never ran: no socket is left open


class FolderMailer:
    """Writes each message as an .eml file: for trying schoolwatch before it has a mail server."""

    def __init__(self, sender: str, folder: Path):
        self.sender = sender
        self.folder = Path(folder)

    def send(self, recipients: Sequence[str], subject: str, text: str, html: str = "",
             message_id: str = "", attachments: Sequence = ()) -> list[str]:
        msg = build_message(self.sender, recipients, subject, text, html, message_id, attachments)
        try:
            private_dir(self.folder)  # mail names staff and pupils: owner-only (mkstemp files are 0600)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(bytes(msg))
            # Named by its Message-ID: a resend after a crash replaces the first copy.
            stamp = msg["Message-ID"].strip("<>").split("@")[0]
            os.replace(tmp, self.folder / f"{stamp}.eml")
        except OSError as exc:
            raise MailError(f"cannot write to {self.folder}: {exc}") from exc
        return []


def smtp_password(cfg: Email, environ=os.environ) -> Callable[[], str | None]:
    def lookup() -> str | None:
        if environ.get(cfg.password_env):
            return environ[cfg.password_env]
        if cfg.password_file:
            path = Path(cfg.password_file)
            if not path.is_absolute() and environ.get("CREDENTIALS_DIRECTORY"):
                path = Path(environ["CREDENTIALS_DIRECTORY"]) / path
            try:
                return path.read_text(encoding="utf-8").strip()
            except OSError:
                return None
        return None

    return lookup


def mailer_for(cfg: Email) -> Mailer:
    if cfg.outbox_dir:
        return FolderMailer(cfg.sender, cfg.outbox_dir)
    return SMTPMailer(cfg, smtp_password(cfg))
