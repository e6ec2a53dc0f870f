"""A threat to one of our staff buried in a long friendly post, read in its own sentence.

"Right, Christmas fair Saturday - who's doing what? ... And if Gaz Lloyd shoves my lad again I'll
wait for him in the car park at the fair on saturday and sort him properly ... Santa's grotto
starts 11": the model reads the whole post, or its windows, as a helpers' thread, and the rules
see the threat but not how sure to be of it. Read alone, the sentence is urgent.

Only where it cannot cry wolf as often as a sentence cut from its post does: a long post (a
sentence of a short one is most of it, and read alone it loses its "lol" and its "not really"),
about us, not urgent already; a sentence of at least ten words, in the author's own words (no
quotation: news and counter-speech quote), that names a member of staff the post is about, and that
triage alone calls urgent. On the read sets (21,780 posts by writers who never saw this code) it
found 12 more urgent posts and paged one more that was not (round 23); read so, posts of 200 to
350 characters found 1 and paged 11, and every sentence of every post (round 14) found 29 and
paged 220.

Pure but for the classifier, which is passed in.
"""
from __future__ import annotations

import dataclasses
import logging
import re
from datetime import datetime
from typing import Callable, Mapping, Sequence

from monitor.config.types import School
from monitor.ingest.matching import assess_all
from monitor.vocab import ACTIONS, Decision, Post, PriorPost

log = logging.getLogger(__name__)

LONG = 350  # characters: a post read in windows is about this long
MIN_WORDS = 10
# An emoji ends a sentence as a full stop does ("like last year 😂 And if Gaz...").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+|(?<=[\u2600-\u27bf\U0001F300-\U0001FAFF])\s+(?=[A-Z])")
# An opening quotation mark, not an apostrophe inside a word ("don't", "Marsh's").
_QUOTATION = re.compile(r"(?<![\w])['\"“‘]")

Scorer = Callable[[list[str], list[str]], list[Mapping[str, float]]]
Judge = Callable[[Post, Mapping[str, float]], Decision]


def sentences(text: str) -> list[str]:
    """The sentences of a long post worth reading alone; none for a short post."""
    if len(text) < LONG:
        return []
    parts = [s.strip() for s in _SENTENCE_END.split(text)]
    return [s for s in parts if len(s.split()) >= MIN_WORDS and not _QUOTATION.search(s)]


def reread(post: Post, about: Sequence[str], decision: Decision, school: School, scorer: Scorer,
           judge: Judge) -> Decision:
    """`decision`: the whole post's; `scorer(texts, contexts)`: the classifier's scores;
    `judge(post, scores)`: triage of one sentence as a post about what the whole post is about
    (judge_with). The whole post's decision, or an urgent one built on it where a sentence read
    alone is urgent."""
    staff = {a for a in about if a.startswith("staff:")}
    parts = sentences(post.text) if staff and decision.priority != "urgent" else []
    if not parts:
        return decision
    # The sentence names one of the staff the post is about, however surely it would name them alone:
    # who the post is about was settled on the whole post.
    named = [s for s in parts if any(staff & {*a.about, *a.possible}
                                     for _, a in assess_all(s, post.context, [school], url=post.url, author=post.author))]
    if not named:
        return decision
    for s, sc in zip(named, scorer(named, [post.context] * len(named))):
        d = judge(dataclasses.replace(post, text=s), sc)
        if d.priority != "urgent":
            continue
        categories = tuple(dict.fromkeys((*d.categories, *decision.categories)))
        actions = tuple(x for x in ACTIONS if x in set(decision.actions) | set(d.actions))
        shown = s if len(s) <= 200 else s[:197] + "..."
        why = f"Read alone, one sentence of this long post is urgent: \"{shown}\". {d.why} {decision.why}".strip()
        rules = tuple(dict.fromkeys((*decision.rules, *d.rules, "buried_sentence")))
        return Decision("urgent", categories, actions, why, rules, {**decision.facts, **d.facts})
    return decision


def read_buried(classifier, post: Post, about: Sequence[str], decision: Decision, school: School,
                history: Sequence[PriorPost], policy: Mapping[str, float], now: datetime | None) -> Decision:
    """reread with the classifier's scores and the triage the whole post had (batch.py, the daemon).
    If reading again fails, the whole post's decision stands: it was judged once already."""
    from monitor.judge.classify import scores_in_context

    try:
        return reread(post, about, decision, school, lambda t, c: scores_in_context(classifier, t, c),
                      judge_with(about, history, school, policy, now))
    except Exception:  # noqa: BLE001
        log.exception("reading post %r sentence by sentence failed: its whole reading stands", post.id)
        return decision


def judge_with(about: Sequence[str], history: Sequence[PriorPost], school: School, policy: Mapping[str, float],
               now: datetime | None) -> Judge:
    """graded.triage_graded with what the whole post was judged with: its targets, surely ours."""
    from monitor.judge.graded import triage_graded

    def judge(post: Post, scores: Mapping[str, float]) -> Decision:
        return triage_graded(post, tuple(about), (), "sure", "", scores, list(history), school, policy, now=now)
    return judge
