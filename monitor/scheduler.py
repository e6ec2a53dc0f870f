"""The daemon: APScheduler 3.x jobs built from the config, stopped cleanly by SIGTERM."""
from __future__ import annotations

import logging
import signal
import threading
from datetime import datetime, timedelta

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from monitor.daemon import App
from monitor.deliver.admin import queue_restart
from monitor.pulse import RunningMarker, sd_notify, watchdog_seconds

log = logging.getLogger("schoolwatch.scheduler")

OUTBOX_EVERY = 60  # seconds: retries of failed mail, escalations
REMOVALS_EVERY = 15 * 60  # seconds: how often due removal checks are looked for (each post has its own few)


def build_scheduler(app: App) -> BlockingScheduler:
    cfg = app.cfg
    # One worker: jobs share one SQLite connection and run one after another;
    # coalesce + max_instances=1 mean a slow job is never stacked up behind itself.
    # The watchdog has a thread of its own: its job proves the scheduler is alive, and must not
    # queue behind a long backfill.
    sched = BlockingScheduler(executors={"default": ThreadPoolExecutor(1), "watchdog": ThreadPoolExecutor(1)},
                              job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
                              timezone="UTC")
    start = datetime.now(app.clock().tzinfo)
    for i, source in enumerate(app.pollable()):
        sched.add_job(_poll_one, IntervalTrigger(seconds=source.every_seconds), args=[app, source.name],
                      id=f"source:{source.name}", name=f"poll {source.name}",
                      next_run_time=start + timedelta(seconds=2 * i))
    sched.add_job(_outbox, IntervalTrigger(seconds=OUTBOX_EVERY), args=[app], id="outbox", name="outbox")
    sched.add_job(app.follow_removals, IntervalTrigger(seconds=REMOVALS_EVERY), id="removals",
                  name="removal follow-up")
    beat = watchdog_seconds()
    if beat:
        sched.add_job(sd_notify, IntervalTrigger(seconds=beat), args=["WATCHDOG=1"], id="watchdog",
                      name="systemd watchdog", executor="watchdog")
    days = ",".join(cfg.digest.days)
    for school in cfg.schools:
        sched.add_job(_digest, CronTrigger(day_of_week=days, hour=cfg.digest.time.hour,
                                           minute=cfg.digest.time.minute, timezone=cfg.digest.timezone),
                      args=[app, school.id], id=f"digest:{school.id}", name=f"digest {school.id}")
    sched.add_job(app.purge, CronTrigger(hour=cfg.retention.purge_time.hour, minute=cfg.retention.purge_time.minute,
                                         timezone=cfg.digest.timezone), id="purge", name="purge")
    return sched


def _store_safe(job):
    """A job whose database fails logs one line saying what to do, not a traceback a minute."""
    import functools
    import sqlite3

    from monitor.store.errors import store_error_line, store_problem

    @functools.wraps(job)
    def run(app: App, *args):
        try:
            return job(app, *args)
        except (sqlite3.Error, OSError) as exc:
            if store_problem(exc) is None:
                raise
            log.error("%s: %s", job.__name__.lstrip("_"), store_error_line(exc, app.cfg.database))
    return run


@_store_safe
def _poll_one(app: App, name: str) -> None:
    outcome = app.fetch(app.cfg.source(name))
    if outcome.skipped:
        log.info("source %r skipped: %s", name, outcome.skipped)
    app.cycle()


@_store_safe
def _outbox(app: App) -> None:
    app.cycle()  # anything left by a crash, retries, escalations; the health ping


@_store_safe
def _digest(app: App, school_id: str) -> None:
    app.queue_digest(school_id)
    app.send_due()


def run_forever(app: App) -> None:
    sched = build_scheduler(app)
    stopping = threading.Event()

    def stop(signum, _frame):
        if not stopping.is_set():
            stopping.set()
            log.info("signal %d: finishing the current step, then stopping", signum)
            # Not from the signal handler itself: shutdown(wait=True) waits for the running job.
            threading.Thread(target=sched.shutdown, kwargs={"wait": True}, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    marker = RunningMarker(app.cfg.database)
    crashed_run = marker.start(app.clock())
    if crashed_run:
        log.warning("the previous run (started %s) did not stop cleanly: telling [email] admin", crashed_run)
        queue_restart(app.store, app.cfg, crashed_run, app.clock())
    log.info("schoolwatch running: %d sources, %d schools", len(app.pollable()), len(app.cfg.schools))
    sd_notify("READY=1")
    try:
        sched.start()
    finally:
        sd_notify("STOPPING=1")
    marker.stop()  # only after a clean stop: an exception above leaves it, and the next start reports it
    log.info("schoolwatch stopped")
