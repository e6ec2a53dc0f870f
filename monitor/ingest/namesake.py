"""A reply about a namesake under a thread about us: "Ha, I'm a Priya Patel ... I'm a pharmacist in Leicester",
"Gareth Lloyd?? Not the Cardiff flanker surely", "Emma Rowe?? As in the singer?" (threads35, Mumsnet and TikTok).
The thread names the school; the reply's own words name a full name beside another walk of life and nothing of a
school's day. The thread vouches for no one in such a reply, and the reply is about the namesake, so it is only
possibly ours. Pure."""
from __future__ import annotations

import re

from monitor.ingest.cues import life_cues, specific
from monitor.ingest.grading import Grade
from monitor.ingest.lexicon import lower

# Walks of life a school's day never owns, said of the person named. Not "squad", "rugby", "songs" or "gig": under a
# thread about the PE teacher, "messaging the boys from the rugby squad" is his own (round 31's review: four
# allegations lost that way); nor "a podcast about knife crime played to Y6", "the jury is out", "my councillor",
# "I'm a nurse and..." (a review's forty replies about our staff).
_NOT_A_SCHOOLS = re.compile(
    r"(?<![\w'])(?:(?:his|her|their) podcast|(?:new|latest|last|this week's) (?:ep|episode)|ep on|(?:the|a) singer|(?:new|debut|latest) single"
    r"|(?:new|debut|latest|his|her) album|on spotify|music video|pharmacists?|pharmacy|flankers?|fly ?-?half|ospreys|scarlets|knock ?-?ons?"
    r"|#\w*rugby|(?:played |was unreal |unreal )?for cardiff|cardiff (?:number|no\.?) ?\d+|(?:\d|two|three) tries|barrister|by ?-?elections?|liberal democrats?|councillor|cllr|novelist|(?:new|debut|latest) novel|wrote a novel"
    r"|footballer|cricketer|actor|actress|presenter|youtuber|tiktoker|olympic|rugby international|love island|bake off"
    r"|as in the|not the \w+ \w+ surely"
    # threads36's "as in Tom Whitaker off the Cold Files podcast??", "the Sarah Okafor KC off that Channel 4 programme", "the
    # Priya Patel who's the dentist on the high street".
    r"|(?:off|from|on) (?:the|that|this) (?:[\w']+ ){0,3}(?:podcast|programme|documentary|tv show|channel)|episode of|kc|dentist|dental nurse)(?![\w'])")
# "I'm a Priya Patel too", "my GP is a Sarah Okafor", "Wrong Priya Patel mate": the name is the writer's or a stranger's.
# Not "different Gareth Lloyd": read-set writers as often set a mix-up straight the other way ("different Sarah Okafor
# Dawn, ours is the headteacher").
_A_NAMESAKE = re.compile(r"(?<![\w'])(?:(?:i'?m|im|i am) (?:a|also|called|another)|my (?:gp|dentist|doctor|boss|mate|neighbour) is(?: called| a)?|i (?:work|worked) with a|(?:there'?s|theres) a|wrong) $")


def _thread_only(school_hits) -> bool:
    return not any(h.where == "post" for h in school_hits)


# A mix-up set straight towards us: "Wrong Tom Whitaker, I meant Mr Whitaker in maths", "No it's not the Sarah Okafor KC,
# it's our head", "Wrong Priya Patel? She's literally the deputy head" (a review's).
_OURS_AFTER = re.compile(r"(?<![\w'])(?:i meant?|ours is|our (?:head|deputy|senco|ta|mrs?|miss|ms)(?![\w'])|it'?s (?:definitely|defo|deffo) (?:her|him)"
                         r"|(?:she|he)'?s (?:literally )?(?:the|our) (?:head|deputy|senco|ta|pe teacher)|it'?s our|not the \w+ one)")


def _about_a_namesake(staff, post_text: str) -> bool:
    low = lower(post_text)
    full = [h for h in staff if h.entry.kind == "full" and h.where == "post"]
    if not full or _OURS_AFTER.search(low):
        return False
    # "Wrong Priya Patel mate", not "Wrong Priya Patel? no it's definitely her".
    if any(_A_NAMESAKE.search(low[max(0, h.start - 30):h.start]) and not low[h.end:h.end + 3].lstrip().startswith("?")
           for h in full):
        return True
    # The reply's own school words keep the name ours ("Emma Rowe ... led the 2R songs in the nativity").
    return bool(_NOT_A_SCHOOLS.search(low)) and not [c for c in specific(life_cues(low, post_text)) if c != "class"]


def vouched(named_us: bool, school_hits, staff, post_text: str) -> bool:
    """Whether the school, named, vouches for the staff a post names: not where it is named by the thread only and the
    reply's own words are about a namesake."""
    return named_us and not (_thread_only(school_hits) and _about_a_namesake(staff, post_text))


def reply_of_namesake(g: Grade | None, people: list[Grade], school_hits, namesakes=()) -> tuple[Grade | None, list[Grade]]:
    """The school's and staff's grades for a reply whose every member of staff in its own words is a namesake: possible,
    where only the thread named the school (the staff the thread named are its, not the reply's). `namesakes`: the
    staff hits of a reply `vouched` found about a namesake, whose full names are a namesake's however the school is
    named in the thread ("Emma Rowe?? As in the singer?" under a video tagged @HollowbrookAcad, a review's)."""
    full = {h.entry.target for h in namesakes if h.entry.kind == "full" and h.where == "post"}
    people = [Grade(p.target, "possible", f"{p.why.split(' + ')[0]} in a reply about another person: a namesake", p.basis)
              if p.target in full and p.grade in ("sure", "likely") else p for p in people]
    own = [p for p in people if any(b.endswith("@post") for b in p.basis)]
    if g is None or g.grade not in ("sure", "likely") or not own or not _thread_only(school_hits) \
            or not all(p.grade == "possible" and p.why.endswith(": a namesake") for p in own):
        return g, people
    return (Grade("school", "possible", f"the thread names the school, but the reply speaks of a namesake ({g.why})",
                  g.basis + ("namesake_reply",)),
            [p if p in own else Grade(p.target, "possible", f"named in the thread only ({p.why})", p.basis) for p in people])
