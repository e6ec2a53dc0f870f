"""The facts a draft template sees: built once per item, pure, all text made safe to show."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Mapping, Sequence
from zoneinfo import ZoneInfo

from connectors.base import sha256_hex

from monitor.config.types import School, Staff
from monitor.vocab import Item
from monitor.drafts import facts as F
from monitor.disclosure import is_s141f
from monitor.drafts.plan import Outcome, staff_plan
from monitor.drafts.platforms import ONLINE_SAFETY_NOTE, REMOVAL_CATEGORIES, guide_for
from monitor.drafts.text import host_of, one_line, quoted, safe_url, shown_url, visible


@dataclass(frozen=True)
class PostView:
    id: int
    platform: str
    url: str  # as text to read, never to click
    url_ok: bool  # http(s): may be made a link in HTML
    author: str
    author_url: str
    external_id: str
    published: str  # local (UTC)
    published_local: str
    published_utc: str
    published_date: str
    fetched_utc: str
    text: str
    quote: str
    excerpt: str
    sha256: str  # of the exact stored text
    content_hash: str
    raw_sha256: str
    url_raw: str = ""  # for the HTML |link filter only, which checks and escapes it
    author_url_raw: str = ""


def _link_text(url: str) -> str:
    if not url:
        return ""
    return shown_url(url) if safe_url(url) else f"{shown_url(url)} (not a web address: do not open it)"


def post_view(item: Item, tz: str) -> PostView:
    when = item.published or item.fetched
    return PostView(
        id=item.id, platform=F.platform_name(item), url=_link_text(item.url) or "(no link)",
        url_ok=bool(safe_url(item.url)), author=one_line(item.author) or "(unknown account)",
        author_url=_link_text(item.author_url), external_id=one_line(item.external_id),
        published=F.fmt_when(when, tz), published_local=F.fmt_local(when, tz), published_utc=F.fmt_utc(when),
        published_date=F.fmt_date(F.utc(when).astimezone(ZoneInfo(tz)).date()) if when else "an unknown date",
        fetched_utc=F.fmt_utc(item.fetched), text=visible(item.text), quote=quoted(item.text),
        excerpt=one_line(item.text, 200), sha256=sha256_hex(item.text), content_hash=item.content_hash,
        raw_sha256=item.raw_sha256, url_raw=item.url or "", author_url_raw=item.author_url or "")


@dataclass(frozen=True)
class StaffView:
    id: str
    name: str
    display: str
    role: str
    first_name: str
    full: str  # "Mr Whitaker (Tom Whitaker, Year 6 teacher)"


def staff_view(s: Staff) -> StaffView:
    disp = F.display_name(s)
    bits = [b for b in (s.name if disp != s.name else "", s.role) if b]
    return StaffView(id=s.id, name=s.name, display=disp, role=s.role,
                     first_name=(s.name.split() or [disp])[0], full=disp + (f" ({', '.join(bits)})" if bits else ""))


@dataclass(frozen=True)
class Offence:
    name: str
    law: str
    summary: str


def offences(cats: Sequence[str], occasions: int) -> list[Offence]:
    """Offences the police may consider, in England and Wales. Always 'may': never a conclusion."""
    out: list[Offence] = []
    if "threat" in cats:
        out.append(Offence("threatening communications", "Online Safety Act 2023, s181",
                           "sending a message that threatens death or serious harm, meaning someone who sees it "
                           "to fear the threat will be carried out, or reckless as to that"))
    if occasions >= 2 or "harassment" in cats:
        out.append(Offence("harassment", "Protection from Harassment Act 1997, ss2 and 4",
                           "a course of conduct, on two or more occasions, that the author knows or ought to know "
                           "amounts to harassment; s4 where it makes someone fear violence on at least two occasions"
                           + ("" if occasions >= 2 else " (only one post so far: a second would make a course of conduct)")))
    if "privacy" in cats:
        out.append(Offence("harassment or stalking", "Protection from Harassment Act 1997, s2A",
                           "publishing a person's home address, phone number or car may be part of a course of "
                           "conduct amounting to harassment or stalking"))
    if "hate" in cats:
        out.append(Offence("a hate crime", "Crime and Disorder Act 1998, s32; Public Order Act 1986, Part 3",
                           "racially or religiously aggravated harassment, or stirring up hatred; hate crime can "
                           "also be reported through True Vision (www.report-it.org.uk)"))
    if set(cats) & {"threat", "hate", "harassment", "privacy"}:
        out.append(Offence("malicious communications", "Malicious Communications Act 1988, s1; Communications Act 2003, s127",
                           "sending a grossly offensive or indecent message to cause distress or anxiety"))
    if "defamation" in cats:
        out.append(Offence("false communications", "Online Safety Act 2023, s179",
                           "sending information the author knows to be false, meaning to cause non-trivial "
                           "psychological or physical harm"))
    return out


# Why an action is not being taken, in words for the member of staff (seed 002 section 6).
NOT_TAKEN = {
    "call_999": "We are not calling 999: the post does not suggest you are in danger now (it gives no time, "
                "place or weapon).",
    "report_police": "We are not reporting it to the police at this stage: it does not threaten violence, show "
                     "hate or form part of a series of posts. If more posts follow, we will look at this again.",
    "request_removal": "We are not asking the platform to remove it: as we read the platform's rules, the post "
                       "does not break them. Criticism of the school, however unwelcome, is usually allowed.",
    "legal_advice": "We are not taking legal action: this is not sustained abuse or a false allegation of fact, "
                    "so legal action would not be proportionate now.",
    "contact_author": "We are not writing to the author: we do not know them to be a parent at the school, so "
                      "our parents' social media policy gives us no route to them.",
}

WHAT = {  # category -> (phrase with the person, verb phrase for a platform report)
    "threat": ("Threat to {who}", "threatens"),
    "hate": ("Hate abuse aimed at {who}", "is hateful abuse aimed at"),
    "privacy": ("Personal details of {who} posted", "publishes the personal details of"),
    "safeguarding": ("Safeguarding concern about {who}", "raises a safeguarding concern about"),
    "harassment": ("Abuse of {who}", "abuses"),
    "defamation": ("Allegation about {who}", "makes a damaging allegation about"),
    "data_request": ("Data request to {who}", "asks for personal data from"),
    "complaint": ("Complaint about {who}", "complains about"),
    "praise": ("Praise for {who}", "praises"),
    "neutral": ("Mention of {who}", "mentions"),
}


def what_phrase(item: Item, school: School, *, name_staff: bool) -> str:
    """'Threat to Mr Whitaker': who and what, for subjects and headings."""
    if is_s141f(item):
        return "Allegation against a member of staff"
    cat = F.primary_category(item)
    staff = F.targets(item, school)
    if staff and cat not in ("data_request",):
        who = " and ".join(F.display_name(s) for s in staff[:2]) if name_staff else "a member of staff"
        who += " and others" if len(staff) > 2 and name_staff else ""
    else:
        who = school.name
    if cat == "safeguarding" and not staff:
        return "Safeguarding concern"
    return WHAT[cat][0].format(who=who)


RELATED_LISTED = 25  # other posts by the same account listed in a draft; every one is in the evidence pack


def build(item: Item, school: School, related: Sequence[Item], now: datetime,
          decisions: Mapping[str, Outcome] | None = None) -> dict:
    """decisions: what the DSL recorded per action; None where nobody has looked yet, and the
    staff note then speaks of the suggested actions as the plan."""
    tz = school.timezone or F.UK_TZ
    d = item.decision
    cats = tuple(d.categories) if d else ()
    acts = F.ordered_actions(item)
    staff = F.targets(item, school)
    people = set(item.about) - {"school"} or set(item.about)
    others = [r for r in related if r.id != item.id and r.school_id == item.school_id]
    others.sort(key=lambda r: (F.utc(r.published or r.fetched), r.id))
    same = [r for r in others if set(r.about) & people]
    s141f = is_s141f(item)
    key = F.platform_key(item)
    guide = guide_for(key)
    host = host_of(item.url) or item.source
    fill = {"host": host, "author": one_line(item.author)}
    rules = [guide.rules[c].format(**fill) for c in REMOVAL_CATEGORIES
             if c in cats and c in guide.rules and c != "defamation"]
    legal_route = guide.rules["defamation"].format(**fill) if "defamation" in cats else ""
    if s141f:
        rules.append("the law on reporting allegations against teachers: publishing anything that identifies a "
                     "teacher accused by a pupil may be unlawful in England and Wales (Education Act 2002 s141F)")
    if not rules and not legal_route:
        rules = [next(iter(guide.rules.values())).format(**fill)]
    cat = F.primary_category(item)
    deadline = F.deadline_for(item, tz) if ("respond_data_request" in acts or "data_request" in cats) else None
    occasions = 1 + len(same)
    sv = [staff_view(s) for s in staff]
    not_taken = {a: why for a, why in NOT_TAKEN.items() if a not in acts}
    plan = None if decisions is None else staff_plan(acts, decisions, platform=F.platform_name(item), tz=tz,
                                                     not_suggested=not_taken)
    return {
        "school": school, "now": F.fmt_when(now, tz), "post": post_view(item, tz),
        "platform": {"key": key, "name": F.platform_name(item), "host": host},
        "targets": sv, "who": " and ".join(s.display for s in sv) or school.name,
        "who_full": "; ".join(s.full for s in sv) or school.name,
        "who_public": ("a member of staff" if len(sv) == 1 else "members of staff") if sv else school.name,
        "what": what_phrase(item, school, name_staff=True),
        "what_public": what_phrase(item, school, name_staff=False),
        "what_verb": WHAT[cat][1], "category": cat,
        "s141f": s141f, "categories": cats, "actions": acts, "rules": tuple(d.rules) if d else (),
        "why": one_line(d.why) if d else "", "facts": dict(d.facts) if d else {},
        "imminence": one_line((d.facts.get("imminence", "") if d else "")),
        "action_titles": {a: F.action_title(a) for a in acts},
        "not_taken": list(not_taken.values()),
        "decided": plan is not None, "plan": plan,
        # The newest few are listed, the total said: 1,900 posts by one account made 1.7 MB alerts.
        "related": [post_view(r, tz) for r in others[-RELATED_LISTED:]], "related_total": len(others),
        "related_same": [post_view(r, tz) for r in same[-RELATED_LISTED:]], "related_same_total": len(same),
        "occasions": occasions, "offences": offences(cats, occasions),
        "removal": {"rules": rules, "rule": rules[0] if rules else "", "legal_route": legal_route, "steps": [s.format(**fill) for s in guide.steps],
                    "notes": [*guide.notes, ONLINE_SAFETY_NOTE]},
        "deadline": None if deadline is None else {
            "due": deadline.due.isoformat(), "due_text": F.fmt_date(deadline.due),
            "received_text": F.fmt_date(deadline.received_local), "source": deadline.source},
        "first_post": post_view(same[0], tz) if same else post_view(item, tz),
    }
