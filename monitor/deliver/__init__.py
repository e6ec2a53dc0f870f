"""Deliver: the outbox, the mail it renders and the SMTP that sends it."""
