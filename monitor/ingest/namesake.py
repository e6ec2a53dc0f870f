"""A reply about a namesake under a thread about us: "Ha, I'm a Priya Patel ... I'm a pharmacist in Leicester",
"Gareth Lloyd?? Not the Cardiff flanker surely", "Emma Rowe?? As in the singer?" (threads35, Mumsnet and TikTok).
The thread names the school; the reply's own words name a full name beside another walk of life. The thread vouches
for no one in such a reply, and the reply is about the namesake, so it is only possibly ours. Pure."""
from __future__ import annotations

import re

from monitor.ingest.grading import Grade
from monitor.ingest.lexicon import lower

# Walks of life a school's day never owns. Not "squad", "rugby", "songs" or "gig": under a thread about the PE
# teacher, "messaging the boys from the rugby squad" is his own (round 31's review: four allegations lost that way).
_NOT_A_SCHOOLS = re.compile(r"(?<![\w'])(?:podcasts?|episodes?|(?:new|latest|last|this week's) ep|ep on|singer|(?:new|debut|latest) single|album"
                            r"|spotify|music video|pharmacists?|pharmacy|flankers?|fly ?-?half|ospreys|scarlets|knock ?-?ons?|arms park"
                            r"|six nations|#\w*rugby|for cardiff|the cardiff|barrister|crown court|jury|by ?-?elections?|liberal democrats?"
                            r"|councillor|cllr|novelist|(?:new|debut|latest) novel|on the telly|(?:i'?m|im|i am) (?:a|also|called) \w+ \w+"
                            r"|as in the|not the \w+ \w+ surely)(?![\w'])")


def _thread_only(school_hits) -> bool:
    return not any(h.where == "post" for h in school_hits)


def vouched(named_us: bool, school_hits, staff, post_text: str) -> bool:
    """Whether the school, named, vouches for the staff a post names: not where it is named by the thread only and the
    reply's own words put a full name beside another walk of life."""
    return named_us and not (_thread_only(school_hits) and any(h.entry.kind == "full" and h.where == "post" for h in staff)
                             and _NOT_A_SCHOOLS.search(lower(post_text)))


def reply_of_namesake(g: Grade | None, people: list[Grade], school_hits) -> tuple[Grade | None, list[Grade]]:
    """The school's and staff's grades for a reply whose every member of staff in its own words is a namesake: possible,
    where only the thread named the school (the staff the thread named are its, not the reply's)."""
    own = [p for p in people if any(b.endswith("@post") for b in p.basis)]
    if g is None or g.grade not in ("sure", "likely") or not own or not _thread_only(school_hits) \
            or not all(p.grade == "possible" and p.why.endswith(": a namesake") for p in own):
        return g, people
    return (Grade("school", "possible", f"the thread names the school, but the reply speaks of a namesake ({g.why})",
                  g.basis + ("namesake_reply",)),
            [p if p in own else Grade(p.target, "possible", f"named in the thread only ({p.why})", p.basis) for p in people])
