"""Whether a post names a school at all, before its names are graded: names that say nothing of which school
("the head", "Emma") are weighed only where something else names one. Pure."""
from __future__ import annotations

from monitor.ingest.cues import specific
from monitor.ingest.scan import Hit

_CARRIED = frozenset({"role", "first", "given", "initial", "school:other", "school:exclude"})


def weighed(hs: list[Hit], life: tuple[str, ...], alone: bool = False) -> bool:
    """Whether the post names this school in some way: "the head" or "Emma" alone names someone
    at every school of a trust, but "Emma the TA" names one person, and "mr w's class" a teacher.
    `alone`: the only school watched, whose "deputy head" or "mr w" is possibly the one meant."""
    if any(h.entry.kind not in _CARRIED for h in hs):
        return True
    if alone and any(h.entry.kind in ("role", "initial") for h in hs):
        return True
    if specific(list(life)) and any(h.entry.kind == "initial" for h in hs):
        return True
    kinds: dict[str, set[str]] = {}
    for h in hs:
        kinds.setdefault(h.entry.target, set()).add(h.entry.kind)
    return any("role" in k and k & {"first", "initial"} for k in kinds.values())
