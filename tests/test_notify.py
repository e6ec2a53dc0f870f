"""Mail: quiet hours, a real SMTP server with login, the folder mailer, the daemon's schedule."""
from __future__ import annotations

from datetime import datetime, time, timezone
from email import message_from_bytes

import pytest

from mailtools import body_html, body_text, free_port
from monitor.deliver.mailer import FolderMailer, MailError, SMTPMailer
from monitor.config.types import Email
from monitor.deliver.outbox import quiet_until

LONDON = "Europe/London"
QUIET = (time(21, 0), time(7, 0))


@pytest.mark.parametrize("utc, expected_local_end", [
    # winter: London is UTC
    (datetime(2026, 11, 24, 20, 59, tzinfo=timezone.utc), None),
    (datetime(2026, 11, 24, 21, 0, tzinfo=timezone.utc), "2026-11-25 07:00"),
    (datetime(2026, 11, 25, 3, 0, tzinfo=timezone.utc), "2026-11-25 07:00"),
    (datetime(2026, 11, 25, 7, 0, tzinfo=timezone.utc), None),
    # summer: London is UTC+1, so 20:30 UTC is 21:30 local, inside
    (datetime(2026, 7, 1, 20, 30, tzinfo=timezone.utc), "2026-07-02 07:00"),
    # the night the clocks go back (25 Oct 2026)
    (datetime(2026, 10, 25, 1, 30, tzinfo=timezone.utc), "2026-10-25 07:00"),
])
def test_quiet_hours_across_midnight_and_clock_changes(utc, expected_local_end):
    end = quiet_until(utc, QUIET, LONDON)
    assert (end.strftime("%Y-%m-%d %H:%M") if end else None) == expected_local_end
    if end:
        assert end > utc


def test_no_quiet_hours_means_never_quiet():
    assert quiet_until(datetime(2026, 11, 24, 23, 0, tzinfo=timezone.utc), None, LONDON) is None


def test_smtp_login_and_multipart_message(tmp_path):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    got = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            got.append((session.authenticated, envelope))
            return "250 OK"

    def auth(server, session, envelope, mechanism, data):
        ok = isinstance(data, LoginPassword) and data.login == b"sw" and data.password == b"pw"
        return AuthResult(success=ok)

    port = free_port()
    ctl = Controller(Handler(), hostname="127.0.0.1", port=port, authenticator=auth, auth_require_tls=False)
    ctl.start()
    try:
        cfg = Email(sender="sw@school.example", smtp_host="127.0.0.1", smtp_port=port, username="sw", timeout=2)
        SMTPMailer(cfg, lambda: "pw").send(["head@school.example"], "Threat to Mr Whitaker\r\nBcc: evil@x",
                                           "plain <b>", "<p>html</p>")
        with pytest.raises(MailError):
            SMTPMailer(cfg, lambda: "wrong").send(["head@school.example"], "s", "t")
        with pytest.raises(MailError, match="no password"):
            SMTPMailer(cfg, lambda: None).send(["head@school.example"], "s", "t")
    finally:
        ctl.stop()
    assert len(got) == 1 and got[0][0]
    msg = message_from_bytes(got[0][1].content)
    assert msg["Bcc"] is None and "Bcc" in msg["Subject"]  # a newline in a subject forges no header
    assert body_text(msg).strip() == "plain <b>" and "<p>html</p>" in body_html(msg)


def test_smtp_refusal_is_a_mail_error():
    cfg = Email(sender="sw@school.example", smtp_host="127.0.0.1", smtp_port=free_port(), timeout=2)
    with pytest.raises(MailError, match="127.0.0.1"):
        SMTPMailer(cfg).send(["head@school.example"], "s", "t")


def test_folder_mailer_writes_whole_messages(tmp_path):
    FolderMailer("sw@school.example", tmp_path / "outbox").send(["h@school.example"], "Hello", "body")
    files = list((tmp_path / "outbox").glob("*.eml"))
    assert len(files) == 1 and not list((tmp_path / "outbox").glob("*.tmp"))
    msg = message_from_bytes(files[0].read_bytes())
    assert msg["To"] == "h@school.example" and body_text(msg).strip() == "body"


def test_a_refused_recipient_never_makes_the_others_get_it_twice(tmp_path):
    from datetime import timedelta

    from aiosmtpd.controller import Controller

    from monitor.deliver.outbox import send_due
    from monitor.store import Store

    got = []

    class Handler:
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if address.startswith("dsl@"):
                return "550 5.1.1 no such mailbox"
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):
            got.append(list(envelope.rcpt_tos))
            return "250 OK"

    port = free_port()
    ctl = Controller(Handler(), hostname="127.0.0.1", port=port)
    ctl.start()
    store = Store.open(tmp_path / "sw.db")
    try:
        now = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)
        store.enqueue(dedup_key="digest:x", kind="digest", school_id="s",
                      recipients=("head@school.example", "dsl@school.example"), subject="Digest", body_text="t",
                      body_html="", now=now, send_after=now)
        mailer = SMTPMailer(Email(sender="sw@school.example", smtp_host="127.0.0.1", smtp_port=port, timeout=5))
        for hours in (0, 3, 6):
            send_due(store, mailer, now + timedelta(hours=hours))
    finally:
        ctl.stop()
    assert got == [["head@school.example"]]
    row = store.conn.execute("SELECT sent_at, last_error FROM outbox").fetchone()
    assert row["sent_at"] and "dsl@school.example" in row["last_error"]
    store.close()


def test_starttls_then_login_against_a_server_that_requires_it(tmp_path):
    """The server refuses AUTH before STARTTLS; the certificate is checked against the configured CA."""
    import ssl

    import trustme
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(server_tls)
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    got = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            got.append(session.ssl is not None and session.authenticated)
            return "250 OK"

    def auth(server, session, envelope, mechanism, data):
        return AuthResult(success=isinstance(data, LoginPassword) and data.password == b"pw")

    port = free_port()
    ctl = Controller(Handler(), hostname="127.0.0.1", port=port, tls_context=server_tls, require_starttls=True,
                     authenticator=auth, auth_require_tls=True)
    ctl.start()
    try:
        base = dict(sender="sw@school.example", smtp_host="127.0.0.1", smtp_port=port, username="sw", timeout=5)
        SMTPMailer(Email(**base, starttls=True, ca_file=ca_file), lambda: "pw").send(["h@school.example"], "s", "t")
        with pytest.raises(MailError):  # without STARTTLS the server will not take the password
            SMTPMailer(Email(**base), lambda: "pw").send(["h@school.example"], "s", "t")
        with pytest.raises(MailError, match="CERTIFICATE|certificate"):  # an unknown CA is refused
            SMTPMailer(Email(**base, starttls=True), lambda: "pw").send(["h@school.example"], "s", "t")
    finally:
        ctl.stop()
    assert got == [True]
