"""`triage` and `classify`: the daemon's judgement over a file of posts; nothing sent, nothing stored."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Iterator

import click

from monitor.vocab import Post
from monitor.cli import cli
from monitor.cli.core import CONFIG, load_config


@dataclass(frozen=True)
class Line:
    number: int
    post: Post


def parse_time(value) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, tz=timezone.utc)
    dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def read_posts(stream: IO[str], name: str, problems: list[str]) -> Iterator[Line]:
    """Posts from JSON lines; a bad line is reported with its number and skipped."""
    for n, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
            if not isinstance(obj.get("text"), str):
                raise ValueError('"text" is missing or not a string')
            post = Post(id=str(obj.get("id", n)), text=obj["text"], source=str(obj.get("source", "")),
                        author=str(obj.get("author", "")), published=parse_time(obj.get("published")),
                        url=str(obj.get("url", "")), context=str(obj.get("context", "")),
                        platform=str(obj.get("platform", obj.get("source", ""))))
        except (ValueError, TypeError, OverflowError) as exc:
            problems.append(f"{name}:{n}: {exc}")
            continue
        yield Line(n, post)


def _load(config_path: Path, input_path: str) -> tuple:
    """The config, the posts, the bad lines and the classifier; a clear message for what is wrong."""
    from monitor.judge.classify import ClassifierError, load_classifier

    cfg = load_config(config_path)
    problems: list[str] = []
    try:
        with (sys.stdin if input_path == "-" else open(input_path, encoding="utf-8")) as f:
            posts = [ln.post for ln in read_posts(f, input_path, problems)]
    except (OSError, UnicodeDecodeError) as exc:
        raise click.UsageError(f"--input {input_path}: cannot read: {exc}") from None
    try:
        clf = load_classifier(cfg.classifier)
    except ClassifierError as exc:
        raise click.ClickException(str(exc)) from None
    return cfg, posts, problems, clf


INPUT = click.option("--input", "input_path", required=True, help="posts, one JSON object a line ('-' for stdin)")
OUTPUT = click.option("--output", "output", type=click.File("w", encoding="utf-8"), default="-")


@cli.command()
@CONFIG
@INPUT
@OUTPUT
def classify(config_path: Path, input_path: str, output: IO[str]) -> None:
    """The classifier alone: {"id", "scores"} a line."""
    from monitor.judge.classify import scores_in_context

    _cfg, posts, problems, clf = _load(config_path, input_path)
    scores = scores_in_context(clf, [p.text for p in posts], [p.context for p in posts]) if posts else []
    for post, sc in zip(posts, scores):
        output.write(json.dumps({"id": post.id, "scores": {k: round(v, 4) for k, v in sc.items()}}) + "\n")
    _report(problems)


def _now(ctx, param, value: str | None) -> datetime:
    if not value:
        return datetime.now(timezone.utc)
    try:
        return parse_time(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 time (2026-12-02T12:00:00Z)") from None


@cli.command()
@CONFIG
@INPUT
@OUTPUT
@click.option("--now", "now", callback=_now, default=None, metavar="TIME",
              help="judge the posts as if read at this ISO time (default: now): a threat's named time may have passed")
def triage(config_path: Path, input_path: str, output: IO[str], now: datetime) -> None:
    """Matching, classification and routing over a file of posts; sends nothing, stores nothing."""
    from monitor.judge.batch import triage_posts

    cfg, posts, problems, clf = _load(config_path, input_path)
    for row in triage_posts(posts, cfg, clf, now=now):
        output.write(json.dumps(row, ensure_ascii=False) + "\n")
    _report(problems)


def _report(problems: list[str]) -> None:
    for p in problems:
        click.echo(p, err=True)
    if problems:
        click.echo(f"{len(problems)} line(s) skipped", err=True)
        sys.exit(1)
