"""A mention a person saw where no connector reaches, taken the way of a fetched post:
match, store, classify, triage, alert (`schoolwatch report`)."""
from __future__ import annotations

from dataclasses import dataclass

from connectors.base import FetchResult, Mention

from monitor.ingest.matching import match


@dataclass(frozen=True)
class Outcome:
    stored: int  # rows kept: one per school the post is about
    duplicate: bool
    items: tuple  # the stored Items, judged


def already_reported(store, source: str, external_id: str) -> bool:
    """Stored as a mention. Not the `seen` table: a report refused there as about nobody of ours
    must be able to come again (with --context, or after an alias is added to the config)."""
    return store.has_mention(source, external_id)


def about_us(app, source: str, mention: Mention) -> bool:
    """Whether ingest will keep it: the same schools as app.ingest matches a source's posts against."""
    try:
        src = app.cfg.source(source)
        schools, local = app.schools_for(src), src.local
    except KeyError:
        schools, local = list(app.cfg.schools), False
    return any(match(mention.text, mention.context, s, local=local, url=mention.url, author=mention.author)
               for s in schools)


def report_mention(app, source: str, mention: Mention) -> Outcome:
    """The same way as a fetched post: match, store, classify, triage, alert."""
    if already_reported(app.store, source, mention.external_id):
        return Outcome(0, True, ())
    if not about_us(app, source, mention):
        return Outcome(0, False, ())
    # An older version marked refused reports as seen, which ingest skips: this one is about us now.
    app.store.forget_seen(source, mention.external_id)
    stored = app.ingest(source, FetchResult((mention,), None))
    items: tuple = ()
    if stored:
        done = app.process()
        app.send_due()
        items = tuple(i for i in (app.store.get_item(n) for n in done) if i and i.external_id == mention.external_id)
    return Outcome(stored, False, items)
