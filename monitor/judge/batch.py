"""The daemon's judgement over a list of posts, with the history the list itself gives.

Posts by the same author count toward "sustained" as they would in the
database: each post sees the earlier posts (by published time) of its author
on the same platform about the same school, and a post naming nobody by an author whose recent
posts about us were harmful, on any platform under the same name, is possibly about us
(monitor/ingest/history.py).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone
from typing import Sequence

from monitor.config.types import Config
from monitor.ingest.history import elsewhere, from_author, staff_names
from monitor.ingest.identity import has_history, person
from monitor.ingest.matching import Assessment, assess_all
from monitor.judge.buried import read_buried
from monitor.judge.classify import scores_in_context
from monitor.judge.graded import triage_graded
from monitor.vocab import Decision, Post, PriorPost

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def triage_posts(posts: Sequence[Post], cfg: Config, classifier, now: datetime | None = None) -> list[dict]:
    """`now`: when the posts are judged (a threat's named time may have passed); None reads
    every named time as still ahead."""
    scores = scores_in_context(classifier, [p.text for p in posts], [p.context for p in posts]) if posts else []
    order = sorted(range(len(posts)), key=lambda i: (posts[i].published or _EPOCH, i))
    history: dict[tuple[str, str, str], list[PriorPost]] = defaultdict(list)
    # The same author's posts on every platform, for who a post naming nobody may be about.
    by_name: dict[tuple[str, str], list[PriorPost]] = defaultdict(list)
    rows: list[dict | None] = [None] * len(posts)
    for i in order:
        post, sc = posts[i], scores[i]
        found = assess_all(post.text, post.context, cfg.schools, url=post.url, author=post.author)
        # The first school the post is about; failing that, the first it may be about.
        school, graded = next(((s, a) for s, a in found if a.about), found[0] if found else
                              (cfg.schools[0], Assessment()))
        about, possible, grade, why = graded.about, graded.possible, graded.grade, graded.why
        platform = post.platform or post.source
        if not about and not possible and has_history(post.author, platform):
            # Naming nobody, by someone whose recent posts about us were harmful (monitor/ingest/history.py).
            school, possible, why = next(((s, *t) for s in cfg.schools
                                          if not elsewhere(post.text, s)
                                          and (t := from_author(by_name[(s.id, person(post.author))], post.published,
                                                                  staff_names(s), text=post.text))[0]),
                                         (school, (), why))
            grade = "possible" if possible else grade
        key = (school.id, platform, post.author)
        past = history[key] if has_history(post.author, platform) else []
        decision: Decision = triage_graded(post, about, possible, grade, why, sc, list(past),
                                           school, cfg.triage, now=now)
        # A threat buried in a long post, read in its own sentence (monitor/judge/buried.py).
        decision = read_buried(classifier, post, about, decision, school, past, cfg.triage, now)
        if about and has_history(post.author, platform):
            prior = PriorPost(id=post.id, published=post.published, about=about, categories=decision.categories,
                              priority=decision.priority, url=post.url)
            history[key].append(prior)
            by_name[(school.id, person(post.author))].append(prior)
        rows[i] = {"id": post.id, "school": school.id, "about": list(about),
                   "match": {"grade": grade, "why": why, "possible": list(possible)},
                   "priority": decision.priority,
                   "categories": list(decision.categories), "actions": list(decision.actions),
                   "scores": {k: round(float(v), 4) for k, v in sc.items()}, "why": decision.why,
                   "rules": list(decision.rules), "facts": dict(decision.facts)}
    return [r for r in rows if r is not None]
