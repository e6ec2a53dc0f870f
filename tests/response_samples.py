"""Posts a DSL can read, with the decisions triage would give them: the inputs of the golden files.

Built directly as Items (monitor.vocab), so drafting and rendering are tested without a database.
"""
from __future__ import annotations

from datetime import datetime, timezone

from monitor.config.types import Recipients, School, Staff
from monitor.vocab import Decision, Item

SCHOOL = School(
    id="hollowbrook", name="Hollowbrook Academy", aliases=("Hollowbrook", "HBA"), locality=("Hexley",),
    staff=(Staff("tom-whitaker", "Tom Whitaker", "Year 6 teacher", ("Mr Whitaker",)),
           Staff("priya-shah", "Priya Shah", "Headteacher", ("Mrs Shah",)),
           Staff("dan-okafor", "Dan Okafor", "PE teacher", ("Mr Okafor", "Coach Dan"))),
    recipients=Recipients("head@hollowbrook.example", "dsl@hollowbrook.example", "deputy@hollowbrook.example"),
)
NOW = datetime(2025, 3, 4, 7, 5, tzinfo=timezone.utc)


def T(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def item(id: int, text: str, *, platform="reddit", url="", author="u/hexley_dad", author_url="",
         published="2025-03-03T19:42:00Z", about=("school",), priority="digest", categories=("neutral",),
         actions=(), why="", rules=(), facts=None, state="new", source="", external_id="", extra=None,
         scores=None, fetched=None) -> Item:
    return Item(
        id=id, school_id="hollowbrook", source=source or f"{platform}-search", platform=platform,
        external_id=external_id or f"t1_{id:05d}", url=url or f"https://www.reddit.com/r/hexley/comments/abc{id}/",
        author=author, author_url=author_url or "https://www.reddit.com/user/hexley_dad",
        published=T(published) if published else None, fetched=fetched or T("2025-03-04T06:00:00Z"),
        text=text, context="", about=tuple(about), scores=scores or {"abuse": 0.2, "threat": 0.1},
        decision=Decision(priority=priority, categories=tuple(categories), actions=tuple(actions), why=why,
                          rules=tuple(rules), facts=dict(facts or {})),
        state=state, content_hash=f"norm-{id}", raw_sha256="", extra=extra or {})


# An earlier post by the same account about Mr Whitaker: makes the threat a course of conduct.
EARLIER = item(1, "Whitaker at Hollowbrook is a disgrace, someone should sort him out.",
               published="2025-02-20T21:10:00Z", about=("school", "staff:tom-whitaker"), priority="high",
               categories=("harassment",), actions=("request_removal", "inform_staff"))

THREAT = item(
    2, "Mr Whitaker at Hollowbrook better watch himself. I know what car he drives and I'll be waiting "
       "at pickup tomorrow. <script>alert(1)</script>",
    about=("school", "staff:tom-whitaker"), priority="urgent", categories=("threat", "privacy"),
    actions=("call_999", "report_police", "request_removal", "inform_staff", "legal_advice"),
    why="threat of violence to a named teacher with a time and place (pickup tomorrow); mentions his car",
    rules=("imminent_violence", "staff_vehicle"), facts={"imminence": "pickup tomorrow", "targets": "tom-whitaker"},
    scores={"abuse": 0.71, "threat": 0.93, "hate": 0.02, "negative": 0.95, "positive": 0.01})

DEFAMATION = item(
    3, "Everyone should know Mrs Shah at Hollowbrook Academy fiddles the SATs results every year and pockets "
       "the pupil premium.",
    platform="facebook", url="https://www.facebook.com/groups/hexleyparents/posts/123456/", author="Karen B",
    author_url="https://www.facebook.com/karen.b.9", about=("school", "staff:priya-shah"), priority="high",
    categories=("defamation",), actions=("request_removal", "inform_staff", "legal_advice", "contact_author"),
    why="an allegation of fact that the headteacher commits fraud", rules=("allegation_of_fact",),
    published="2025-03-03T12:00:00Z")

S141F = item(
    4, "Coach Dan Okafor grabbed my son by the neck in PE at Hollowbrook today and left bruises. Share this!",
    platform="facebook", url="https://www.facebook.com/hexley.mums/posts/998877", author="Hexley Mums",
    author_url="https://www.facebook.com/hexley.mums", about=("school", "staff:dan-okafor"), priority="urgent",
    categories=("safeguarding", "defamation"), actions=("dsl_review", "request_removal", "inform_staff"),
    why="alleges a member of staff harmed a pupil", rules=("staff_harmed_child",),
    facts={"s141f": "1", "targets": "dan-okafor"})

DATA_REQUEST = item(
    5, "@HollowbrookAcad under GDPR I want copies of everything you hold on me and my daughter. Subject access request.",
    platform="x", url="https://x.com/jo_parent/status/1896000000000000000", author="@jo_parent",
    author_url="https://x.com/jo_parent", published="2025-01-31T10:15:00Z", priority="high",
    categories=("data_request",), actions=("respond_data_request",), why="a subject access request made on X")

PARENT_RANT = item(
    6, "Hollowbrook's new uniform policy is a joke and Mr Okafor is a clown who can't control a class. ‮moc.live‬ 😡",
    platform="mastodon", url="https://mastodon.social/@hexleymum/113000000000000001", author="@hexleymum@mastodon.social",
    author_url="https://mastodon.social/@hexleymum", about=("school", "staff:dan-okafor"), priority="digest",
    categories=("harassment", "complaint"), actions=("contact_author", "inform_staff"),
    why="insult to a named teacher by someone who appears to be a parent")

HOSTILE = item(
    7, "<img src=x onerror=alert(1)> Hollowbrook <b>staff</b> click javascript:alert(document.cookie) &amp; "
       "\u202eevil\u202c \U0001F52A\U0001F52A",
    platform="rss", source="hexley-gazette", url="javascript:alert(1)", author="<script>x</script>",
    author_url="data:text/html,<script>alert(1)</script>", about=("school",), priority="high",
    categories=("hate",), actions=("report_police", "request_removal"), why="<b>hateful</b> comment")

ALL = (EARLIER, THREAT, DEFAMATION, S141F, DATA_REQUEST, PARENT_RANT, HOSTILE)
RELATED = {2: (EARLIER, THREAT), 1: (EARLIER, THREAT)}
