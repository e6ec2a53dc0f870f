"""The post a reply answers, as its context: "always been a snake 🐍" under a post about Mrs
Marsh is about Mrs Marsh. Matching reads the parent's words as the thread's (a name there makes
an ambiguous one in the reply count, never the reverse), and triage reads a reply's "do it" or
"this 👆" against what it answers.

The parent is found in the same fetch, or among the posts already stored from the same source
(only posts about us, or possibly about us, are stored with their text: a parent about nobody
lends nothing). Pure but for `stored`, a lookup the caller passes in.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable, Mapping, Sequence

from connectors.base import Mention

# Enough of the parent for its names and its drift; the reply's own words are what is judged.
PARENT_CHARS = 600
SEPARATOR = "\nIn reply to: "
# Each post up a thread lends its first PARENT_CHARS; the whole chain, this many.
_LINEAGE_CHARS = 3 * PARENT_CHARS
_DEEPEST = 40  # replies up a thread read for its words; deeper than any thread the read sets hold


def _cut(text: str, most: int = PARENT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[:most].rsplit(" ", 1)[0] + " …"


def with_parent(context: str, parent: str) -> str:
    """The reply's own context (a thread's title) and then the words it answers."""
    context, parent = context or "", " ".join((parent or "").split())
    if len(parent) > _LINEAGE_CHARS:
        parent = _cut(parent, _LINEAGE_CHARS)
    if not parent or parent in " ".join(context.split()):
        return context
    return f"{context}{SEPARATOR}{parent}" if context else f"In reply to: {parent}"


def parents(mentions: Sequence[Mention], stored: Callable[[Iterable[str]], Mapping[str, str]],
            ours: Callable[[Mention], bool]) -> dict[str, str]:
    """external_id -> text of every parent these replies answer that is about us: in this fetch
    (where `ours(parent)` says so), or stored (`stored(ids)` -> {external_id: text}), followed by
    the words its own parent lends, and so up the thread: the text of a post about nobody is never
    copied into a reply's context, where it would be kept."""
    wanted = {m.reply_to for m in mentions if m.reply_to and m.reply_to != m.external_id}
    if not wanted:
        return {}
    missing = wanted - {m.external_id for m in mentions}
    kept = dict(stored(sorted(missing))) if missing else {}
    by_id = {m.external_id: m for m in mentions}
    lent: dict[str, str | None] = {}

    # A parent in this fetch lends its words where it is about us, read with the words it answers in turn: "would be
    # a shame if that nice audi got a few scratches" answers "I know where he lives", which answers a post naming Mr
    # Lloyd (threads34: 34 more posts about us found on the read threads, 2 fewer left alone, of 1,558); and "Put
    # everything in writing ... a formal complaint to the head" is ours because it answers "DS is 12, Y8, at HBA", so
    # the OP's "The boy is Kai Benson, 8M" under it is ours too (threads35).
    def words(pid: str, depth: int = 0) -> str | None:
        if pid in lent:
            return lent[pid]
        if pid not in by_id:
            return _cut(kept[pid]) if pid in kept else None
        lent[pid] = None  # a reply that answers itself, round about, lends nothing
        m = by_id[pid]
        up = words(m.reply_to, depth + 1) if m.reply_to and depth < _DEEPEST else None
        if ours(m):
            lent[pid] = _cut(f"{m.text} {up}" if up else m.text)
        elif up and ours(replace(m, context=with_parent(m.context, up))):
            # Ours only through the words it answers: it lends them on, further than a post ours on its own does
            # (which lends its first PARENT_CHARS only: a far ancestor's "Singer Emma Rowe ..." would make a namesake
            # of the TA in a reply five posts down, probe62's).
            lent[pid] = _cut(f"{_cut(m.text)} {up}", _LINEAGE_CHARS)
        return lent[pid]
    found = {pid: words(pid) for pid in sorted(wanted)}
    return {pid: w for pid, w in found.items() if w}


def in_thread(m: Mention, known: Mapping[str, str]) -> Mention:
    """The mention with the words it answers added to its context, where they are known."""
    parent = known.get(m.reply_to) if m.reply_to else None
    return replace(m, context=with_parent(m.context, parent)) if parent else m
