"""A reply that only its thread makes ours, but that names another school and nothing of ours
(threads31's writers). Pure. (A namesake's trade in such a reply, "Gareth Lloyd? he scored twice for
Cardiff", was tried in round 31 and dropped: under a thread about the PE teacher or the 2R nativity,
"rugby squad", "songs" and "gig" are the staff's own, and a review found four allegations against staff
lost to it.)"""
from __future__ import annotations

import re

from monitor.ingest.grading import Grade, q
from monitor.ingest.scan import Hit

# Words in a reply that point back to the school its thread is about ("not a word from ours", "why can't they",
# "here he's still in lessons", "covering for him"): a review's.
_BACK = re.compile(r"\b(?:our|ours|here|this|these|they|them|their|theirs|he|him|his|she|her|hers|same|too|either|though|but|why"
                   r"|still|there|as\s+well|the\s+(?:school|gates?|head|teachers?|staff|kids|office))\b", re.I)


def another_schools(grade: str, g: Grade | None, theirs: list[str], hs: list[Hit], text: str) -> tuple[str, Grade | None]:
    """Under our thread, a reply naming another school (`theirs`) and nothing of ours, nor pointing back to
    the thread's school ("St Anne's have already said closed tomorrow"), is only possibly ours."""
    if grade == "likely" and theirs and not any(h.where == "post" and h.entry.kind != "school:other" for h in hs) \
            and not _BACK.search(text):
        return "possible", Grade("school", "possible", f"the post names {q(theirs)}; only the thread names us",
                                 ("others", "thread_only"))
    return grade, g

