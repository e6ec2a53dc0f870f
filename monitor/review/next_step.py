"""When the platform has not acted: the drafts for the next step (POSH, Report Harmful Content),
filled in with what the school already did. Pure.

They go outside the school, so they never quote the post (it may name a pupil or the member
of staff) and, for an allegation against staff (s141F), never name anyone.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from monitor.config.types import School
from monitor.disclosure import is_s141f, strip_names
from monitor.drafts import facts as F
from monitor.drafts.text import one_line
from monitor.review.removal import period_words
from monitor.vocab import Item

WHAT = {
    "threat": "threatens", "harassment": "harasses and abuses", "hate": "abuses, for who they are,",
    "privacy": "publishes personal information about", "defamation": "makes false and damaging claims about",
    "safeguarding": "identifies a child and puts them at risk, or makes an allegation about",
}


@dataclass(frozen=True)
class NextStep:
    title: str
    send_via: str
    text: str


def _what(item: Item) -> str:
    cats = item.decision.categories if item.decision else ()
    return next((WHAT[c] for c in cats if c in WHAT), "is harmful to")


def next_steps(item: Item, school: School, *, requested: datetime, reference: str, answer: str, notice: str,
               now: datetime) -> list[NextStep]:
    tz = school.timezone or F.UK_TZ
    platform = F.platform_name(item)
    asked = F.fmt_date(F.utc(requested).astimezone(ZoneInfo(tz)).date())
    today = F.fmt_date(F.utc(now).astimezone(ZoneInfo(tz)).date())
    ref = f" (their reference {one_line(reference, 120)})" if reference.strip() else ""
    said = (f"Their answer: \"{one_line(answer, 600)}\"" if answer.strip()
            else "We have had no answer from them.")
    who = "a member of our staff" if any(a.startswith("staff:") for a in item.about) else "our school"
    posted = F.fmt_local(item.published, tz) if item.published else "on a date we do not know"
    facts = (f"The post: {item.url}\nPosted: {posted}, on {platform}\n"
             f"We asked {platform} to remove it on {asked}{ref}. {said}\n"
             f"It was still online when we last checked, on {today}, after {period_words(notice)}.")
    posh = (
        f"Dear POSH team,\n\nI work at {school.name}. A post on {platform} {_what(item)} {who}, and "
        f"{platform} has not removed it.\n\n{facts}\n\nWe have kept an evidence pack (the post as received, "
        "with hashes) and can send it. Could you take this up with the platform for us?\n\n"
        f"Thank you,\n[your name and role]\n{school.name}")
    rhc = (
        f"Report Harmful Content: report form\n\nWhere it is: {item.url}\nPlatform: {platform}\n"
        f"Date reported to the platform: {asked}{ref}\nThe platform's response: "
        f"{one_line(answer, 600) if answer.strip() else f'none, after {period_words(notice)}'}\n"
        f"What it is: a post that {_what(item)} {who} at {school.name}, a school in England.\n"
        "Evidence: we hold an evidence pack with the post as received and its hashes, and can upload it.")
    steps = [NextStep("Professionals Online Safety Helpline (POSH)",
                      "helpline@saferinternet.org.uk or 0344 381 4772", posh),
             NextStep("Report Harmful Content", "the report form at https://reportharmfulcontent.com/", rhc)]
    if is_s141f(item):
        steps = [NextStep(s.title, s.send_via, strip_names(s.text, school)) for s in steps]
    return steps
