"""`schoolwatch removals`: the removal requests being followed, a check now, the platform's answer."""
from __future__ import annotations

from pathlib import Path

import click

from monitor.cli import cli
from monitor.cli.core import CONFIG, opened_app


@cli.command()
@CONFIG
@click.option("--check", is_flag=True, help="look now at the posts whose check is due")
@click.option("--answer", nargs=2, type=(int, str), metavar="ITEM TEXT", default=None,
              help="record what the platform answered about ITEM's removal request (goes in the next-step drafts)")
@click.option("--by", "user", default="cli", show_default=True, help="who records the answer (for the audit)")
def removals(config_path: Path, check: bool, answer: tuple[int, str] | None, user: str) -> None:
    """Removal requests recorded as taken, followed until the post is gone: when asked, when due, the state."""
    from monitor.review.followup import start_watches
    from monitor.store.review import Review

    with opened_app(config_path) as app:
        now = app.clock()
        if answer:
            item_id, text = answer
            item = app.store.get_item(item_id)
            if item is None:
                raise click.UsageError(f"no item #{item_id}")
            if not text.strip():
                raise click.UsageError("--answer: the platform's answer is empty")
            Review(app.store).audit(user, "platform_answer", now, school_id=item.school_id, mention_id=item_id,
                                    detail={"text": text.strip()})
            click.echo(f"#{item_id}: the platform's answer is recorded")
        if check:
            for c in app.follow_removals():
                click.echo(f"#{c.mention_id}: {c.state}{': ' + c.how if c.how else ''}")
        else:
            start_watches(app.store, now)
        for w in app.store.removal_watches():
            state = (f"removed on {w.gone_at:%Y-%m-%d %H:%MZ} ({w.gone_how})" if w.gone_at else
                     f"stopped: {w.stopped_why}" if w.stopped else
                     "STILL UP after the deadline" if now >= w.due_at else "waiting")
            nxt = f"; next check {w.next_check:%Y-%m-%d %H:%MZ}" if w.next_check and not w.stopped else ""
            click.echo(f"#{w.mention_id} ({w.notice}): asked {w.requested_at:%Y-%m-%d}, due "
                       f"{w.due_at:%Y-%m-%d %H:%MZ}; {w.checks} check(s); {state}{nxt}"
                       + (f"; last: {w.last_result}" if w.last_result and not w.gone_at else ""))
