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


def with_parent(context: str, parent: str) -> str:
    """The reply's own context (a thread's title) and then the words it answers."""
    context, parent = context or "", " ".join((parent or "").split())
    if len(parent) > PARENT_CHARS:
        parent = parent[:PARENT_CHARS].rsplit(" ", 1)[0] + " …"
    if not parent or parent in " ".join(context.split()):
        return context
    return f"{context}{SEPARATOR}{parent}" if context else f"In reply to: {parent}"


def parents(mentions: Sequence[Mention], stored: Callable[[Iterable[str]], Mapping[str, str]],
            ours: Callable[[Mention], bool]) -> dict[str, str]:
    """external_id -> text of every parent these replies answer that is about us: in this fetch
    (where `ours(parent)` says so, the parent read with the words it answers in turn), or stored
    (`stored(ids)` -> {external_id: text}): the text of a post about nobody is never copied into a
    reply's context, where it would be kept.

    A reply three deep ("if that kid touchs my cuzin agen ...") answers a reply that names nobody
    under the post that names us (threads30): the middle one is ours through its own parent, so
    it lends its words as a stored one would."""
    by_id = {m.external_id: m for m in mentions}
    wanted = {m.reply_to for m in mentions if m.reply_to and m.reply_to != m.external_id}
    if not wanted:
        return {}
    missing = wanted - by_id.keys()
    # A parent in the fetch answering one outside it is read with that one's stored words too.
    above = {by_id[w].reply_to for w in wanted & by_id.keys() if by_id[w].reply_to} - by_id.keys()
    known = dict(stored(sorted(missing | above))) if missing or above else {}
    lends: dict[str, str | None] = {}

    def lent(external_id: str) -> str | None:
        # Walked up to the thread's top, then answered downwards; a cycle reads as not ours.
        chain, seen = [], set()
        while external_id in by_id and external_id not in lends and external_id not in seen:
            seen.add(external_id)
            chain.append(external_id)
            external_id = by_id[external_id].reply_to
        for eid in reversed(chain):
            m, up = by_id[eid], by_id[eid].reply_to
            if ours(m):
                lends[eid] = m.text
                continue
            above_words = None if not up or up == eid else lends.get(up) if up in by_id else known.get(up)
            # Ours only through what it answers: it lends those words with its own.
            lends[eid] = f"{m.text} … {above_words}" if above_words and ours(in_thread(m, {up: above_words})) else None
        return lends.get(chain[0] if chain else external_id)

    here = {w: text for w in sorted(wanted & by_id.keys()) if (text := lent(w))}
    return {**{k: v for k, v in known.items() if k in missing}, **here}


def in_thread(m: Mention, known: Mapping[str, str]) -> Mention:
    """The mention with the words it answers added to its context, where they are known."""
    parent = known.get(m.reply_to) if m.reply_to else None
    return replace(m, context=with_parent(m.context, parent)) if parent else m
