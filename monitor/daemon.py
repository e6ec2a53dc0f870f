"""One running schoolwatch: config, database, clock, mailer, classifier, wired once."""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable, Sequence

import connectors
from connectors.base import Connector, FetchResult

from monitor.config import Config, load, secret_lookup
from monitor.config.types import Source
from monitor.review.evidence_files import evidence_folders, sweep_screenshots
from monitor.deliver.mailer import Mailer, mailer_for
from monitor.deliver.outbox import addresses, queue_alerts, queue_escalations, queue_plain_alert, send_due
from monitor.ingest.poll import is_first_fetch, BATCHING, PollOutcome, ingest, poll_source
from monitor.ingest.window import EVERYTHING, Window
from monitor.progress import LogLines, Progress
from monitor.store import Store
from monitor.timeutil import utc_now
from monitor.vocab import Decision

log = logging.getLogger("schoolwatch")

PROCESS_BATCH = 64
DIGEST_ROLES = ("headteacher", "dsl")
# The received bytes of a post are kept as evidence only where it matters this much.
KEEP_RECEIVED = ("urgent", "high")


@dataclass
class App:
    cfg: Config
    store: Store
    clock: Callable[[], datetime] = utc_now
    mailer: Mailer | None = None
    classifier: object | None = None  # a monitor.judge.classify.Classifier, loaded on first use
    http: object | None = None
    # (source name, posts in the fetch) -> how a long fetch shows its progress: log lines by
    # default (the daemon under systemd); `schoolwatch poll` on a terminal draws a bar.
    progress: Callable[[str, int], Progress] = LogLines
    _connectors: dict = field(default_factory=dict)
    last_sent: int = 0  # messages delivered since this App opened: what `poll` reports

    @classmethod
    def from_config(cls, config: Config | str | Path, *, clock=None, mailer=None, classifier=None, http=None) -> "App":
        cfg = config if isinstance(config, Config) else load(config)
        return cls(cfg=cfg, store=Store.open(cfg.database), clock=clock or utc_now,
                   mailer=mailer or mailer_for(cfg.email), classifier=classifier, http=http)

    def close(self) -> None:
        self.store.close()

    # --- sources ------------------------------------------------------------------

    def connector(self, source: Source) -> Connector:
        if source.name not in self._connectors:
            import requests

            session = self.http or requests.Session()
            session.headers.setdefault("User-Agent", connectors.USER_AGENT)
            state_dir = self.cfg.database.parent / "state" / source.name
            ctx = connectors.Context(http=session, clock=self.clock, secret=secret_lookup(), state_dir=state_dir,
                                     config_dir=self.cfg.path.resolve().parent if self.cfg.path else None)
            self._connectors[source.name] = connectors.create(source.type, source.name, source.options, ctx)
        return self._connectors[source.name]

    def pollable(self, names: Sequence[str] | None = None) -> list[Source]:
        chosen = [s for s in self.cfg.sources if s.enabled and s.type != "manual"]
        if names:
            unknown = set(names) - {s.name for s in self.cfg.sources}
            if unknown:
                raise KeyError(f"no source named {', '.join(sorted(unknown))} in the config")
            chosen = [s for s in self.cfg.sources if s.name in names]
        return chosen

    def schools_for(self, source: Source):
        return [s for s in self.cfg.schools if source.school in (None, s.id)]

    def fetch(self, source: Source, window: Window = EVERYTHING) -> PollOutcome:
        """Fetch one source; each stored batch is judged, and its urgent mail sent, before the next.

        A backfill of 100,000 posts is then a series of short steps: what it has found so far
        is in the queue, a live threat in it pages without waiting for the rest, and a kill
        loses at most the batch in hand.
        """
        report: Progress | None = None
        stored = 0

        def after_batch(done: int, total: int, new: list[int]) -> None:
            nonlocal report, stored
            stored += len(new)
            try:
                self.process()
                self.last_sent += send_due(self.store, self.mailer, self.clock())[0]
            except Exception:  # noqa: BLE001 - not the source's fault: the poll's own pass tries again
                log.exception("judging a batch of %r failed; it stays queued", source.name)
            if report is None and total > BATCHING.posts:
                report = self.progress(source.name, total)
            if report is not None:
                report.update(done, stored)
                if done >= total:  # ended now, before poll_source logs its "N new" line
                    report.finish()
                    report = None

        first = is_first_fetch(self.store.source_state(source.name))
        try:
            outcome = poll_source(self.store, source, self.connector, self.schools_for(source), self.clock,
                                  window=window, on_batch=after_batch, secret=secret_lookup())
        finally:
            if report is not None:
                report.finish()
        if first and outcome.error is None and not outcome.skipped:
            from monitor.deliver.backfill import queue_backfill_summary

            self.process()  # every batch judged, so the summary has all of it
            queue_backfill_summary(self.store, self.cfg, source.name, self.clock())
        return outcome

    def ingest(self, source_name: str, result: FetchResult) -> int:
        try:
            source = self.cfg.source(source_name)
            schools, manual, local = self.schools_for(source), source.type == "manual", source.local
        except KeyError:
            schools, manual, local = list(self.cfg.schools), True, False
        return len(ingest(self.store, source_name, result, schools, self.clock(), remember_unmatched=not manual,
                          local=local))

    # --- judgement and mail -------------------------------------------------------

    def get_classifier(self):
        if self.classifier is None:
            from monitor.judge.classify import load_classifier

            self.classifier = load_classifier(self.cfg.classifier)
        return self.classifier

    def process(self) -> list[int]:
        """Classify and triage the queue of untriaged mentions; queue alerts with each decision.

        Nothing here may stop the queue: a post that cannot be scored is judged by the
        rules alone, one that cannot be judged goes to a person, one whose alert cannot
        be drafted gets a plain alert.
        """
        done: list[int] = []
        while batch := self.store.untriaged(PROCESS_BATCH, self.clock()):
            for item, scores in zip(batch, self._scores(batch)):
                try:
                    self._judge(item, scores)
                except sqlite3.Error:
                    raise  # the store itself failed: nothing later could be recorded either
                except Exception as exc:  # noqa: BLE001 - one post never stops the others
                    log.exception("mention %d could not be judged: set aside for the DSL", item.id)
                    self._set_aside(item, f"{type(exc).__name__}: {exc}")
                done.append(item.id)
        return done

    def _set_aside(self, item, reason: str) -> None:
        now = self.clock()
        with self.store.transaction():
            self.store.set_aside(item.id, reason[:500], now)
            judged = self.store.get_item(item.id)
            if judged is not None:
                queue_plain_alert(self.store, self.cfg, judged, now)

    def _scores(self, batch: list) -> list[dict]:
        from monitor.judge.classify import scores_in_context

        try:
            return scores_in_context(self.get_classifier(), [i.text for i in batch], [i.context for i in batch])
        except Exception:  # noqa: BLE001
            log.exception("the classifier failed on a batch of %d: judging them one by one", len(batch))
        out = []
        for item in batch:
            try:
                out.append(scores_in_context(self.get_classifier(), [item.text], [item.context])[0])
            except Exception as exc:  # noqa: BLE001 - the rules still see threats, doxxing, pupils
                log.error("mention %d could not be scored (%s): judged by the rules alone", item.id, exc)
                out.append({})
        return out

    def _judge(self, item, scores: dict) -> None:
        from monitor.judge.buried import read_buried
        from monitor.judge.graded import triage_graded

        now = self.clock()
        try:
            school = self.cfg.school(item.school_id)
        except KeyError:
            log.warning("mention %d belongs to school %r, which is no longer in the config", item.id, item.school_id)
            self.store.save_decision(item.id, dict(scores), Decision(
                "ignore", ("neutral",), (), f"school {item.school_id!r} is no longer in the config"), now)
            self.store.drop_received(item.id)
            return
        try:
            past = self.store.history(item)
            decision = triage_graded(item.as_post(), item.about, item.possible, item.match_grade, item.match_why,
                                     scores, past, school, self.cfg.triage, now=now)
            if scores:  # a threat buried in a long post, read in its own sentence (not when the model failed)
                decision = read_buried(self.get_classifier(), item.as_post(), item.about, decision, school, past,
                                       self.cfg.triage, now)
        except Exception as exc:  # noqa: BLE001 - a post we cannot judge goes to a person
            log.exception("triage failed for mention %d", item.id)
            reason = f"{type(exc).__name__}: {exc}"[:500]
            decision = Decision("high", ("neutral",), ("dsl_review",),
                                f"schoolwatch could not judge this post ({reason}): please read it yourself.",
                                ("set_aside",), {"set_aside": reason})
        # The decision and its alert land together: a crash in between loses neither.
        with self.store.transaction():
            self.store.save_decision(item.id, dict(scores), decision, now)
            if decision.priority not in KEEP_RECEIVED:
                self.store.drop_received(item.id)
            judged = self.store.get_item(item.id)
            try:
                queue_alerts(self.store, self.cfg, judged, now)
            except Exception:  # noqa: BLE001 - drafting failed: the alert must still go
                log.exception("drafting the alert for mention %d failed: sending a plain one", item.id)
                queue_plain_alert(self.store, self.cfg, judged, now)

    def send_due(self) -> int:
        queue_escalations(self.store, self.cfg, self.clock())
        sent, failed = send_due(self.store, self.mailer, self.clock())
        self.last_sent += sent
        return sent

    def poll(self, names: Sequence[str] | None = None, window: Window = EVERYTHING) -> list[PollOutcome]:
        outcomes = [self.fetch(s, window) for s in self.pollable(names)]
        self.cycle()
        return outcomes

    def process_and_send(self) -> None:
        try:
            self.process()
        finally:  # whatever happened, mail already queued goes out
            self.check_health()
            self.send_due()

    def check_health(self) -> bool:
        """Queue the IT person's notices (sources, undeliverable mail); True when nothing needs them."""
        from monitor import health
        from monitor.deliver.admin import queue_source_notices, queue_undeliverable

        now = self.clock()
        try:
            sources = self.pollable()
            queue_source_notices(self.store, self.cfg, sources, now)
            queue_undeliverable(self.store, self.cfg, now)
            down = [h for h in self.store.source_health([s.name for s in sources], now)
                    if health.is_down(h.broken, h.failures)]
            return not down and not self.store.stuck_mail(health.UNDELIVERABLE_AFTER_ATTEMPTS)
        except Exception:  # noqa: BLE001 - a health check must never stop the mail it guards
            log.exception("the health check failed")
            return False

    def cycle(self) -> None:
        """The scheduler's regular pass: judge, mail, and say so to a monitoring service when all is well."""
        from monitor.pulse import ping

        self.process_and_send()
        if self.cfg.health.ping_url and self.check_health():
            ping(self.cfg.health.ping_url, self.http)

    # --- digest and retention -----------------------------------------------------

    def queue_digest(self, school_id: str, *, key: str | None = None) -> bool:
        from monitor.deliver.digest import build_digest_data
        from monitor.deliver.render import render_digest

        now = self.clock()
        school = self.cfg.school(school_id)
        data = build_digest_data(self.store, self.cfg, school, now, to_roles=DIGEST_ROLES)
        if data.is_empty and not self.cfg.digest.send_when_empty:
            return False
        msg = render_digest(data)
        to = addresses(school, msg.to_roles)
        # The digest and the record that it told of each removal land together: told once, never lost.
        with self.store.transaction():
            queued = self.store.enqueue(dedup_key=key or f"digest:{school.id}:{now:%Y-%m-%d}", kind="digest",
                                        school_id=school.id, recipients=to, subject=msg.subject, body_text=msg.text,
                                        body_html=msg.html, now=now, send_after=now)
            if queued:
                for kind in ("gone", "overdue"):
                    self.store.mark_removal_told([r.item.id for r in data.removals if r.kind == kind], kind, now)
        return queued

    def follow_removals(self) -> list:
        """Follow removal requests recorded as taken: is each post still up? (monitor/review/followup.py)"""
        import requests

        from monitor.review.followup import follow_removals

        http = self.http or requests.Session()
        http.headers.setdefault("User-Agent", connectors.USER_AGENT)
        return follow_removals(self.store, http, self.clock())

    def purge(self) -> dict[str, int]:
        cut = self.clock() - timedelta(days=self.cfg.retention.days)
        counts = self.store.purge(cut)
        counts["screenshots"] = sweep_screenshots(self.store, evidence_folders(self.cfg), cut)
        counts["received"] = self.store.sweep_evidence_blobs()
        log.info("purge: deleted %s", ", ".join(f"{v} {k}" for k, v in counts.items()))
        return counts
