"""The words of the contract (DESIGN.md): tests, the CLI and the database use exactly these."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Mapping

PRIORITIES = ("urgent", "high", "digest", "ignore")

CATEGORIES = (
    "threat", "hate", "harassment", "defamation", "safeguarding", "privacy",
    "data_request", "complaint", "praise", "neutral",
)

# In the order a headteacher should act on them: the first is the alert's headline.
ACTIONS = (
    "call_999", "report_police", "dsl_review", "request_removal", "inform_staff",
    "legal_advice", "contact_author", "respond_data_request",
)

ACTION_TITLES = {
    "call_999": "call 999",
    "report_police": "report to police",
    "request_removal": "ask the platform to remove it",
    "contact_author": "write to the parent",
    "legal_advice": "take legal advice",
    "dsl_review": "DSL review",
    "inform_staff": "tell the member of staff",
    "respond_data_request": "answer the data request",
}

# An item's way through the review queue.
STATES = ("new", "in_review", "decided", "closed")
AWAITING_DECISION = ("new", "in_review")
NOT_CLOSED = ("new", "in_review", "decided")

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# The contract's scores, which every classifier gives; `abuse` is the probability that the
# post is abusive or offensive, whoever it targets.
CONTRACT_LABELS = ("abuse", "hate", "threat", "negative", "positive")
# One score per category beyond those (threat and hate are shared with the contract). Only a
# classifier trained on the categories gives them: a school's own HF model lacks them, so
# readers use scores.get(name, 0.0) and a classifier's `labels` says which it has.
CATEGORY_SCORES = ("harassment", "defamation", "safeguarding", "privacy", "data_request",
                   "complaint", "praise", "neutral")
# Every label a classifier may score.
LABELS = CONTRACT_LABELS + CATEGORY_SCORES


@dataclass(frozen=True)
class Post:
    """A mention as triage sees it: the input line of `schoolwatch triage`."""

    id: str
    text: str
    source: str = ""
    author: str = ""
    published: datetime | None = None
    url: str = ""
    context: str = ""  # thread title or the like: used for matching, not scored
    platform: str = ""


@dataclass(frozen=True)
class PriorPost:
    """An earlier post by the same author, as the history that triage weighs."""

    id: str
    published: datetime | None
    about: tuple[str, ...]
    categories: tuple[str, ...]
    priority: str
    url: str = ""


@dataclass(frozen=True)
class Decision:
    priority: str
    categories: tuple[str, ...]
    actions: tuple[str, ...]
    why: str
    # Names of the rules that fired ("phone_number", "imminent_violence"...), for the DSL.
    rules: tuple[str, ...] = ()
    # Extra facts the drafts need: {"data_request_deadline": "2026-12-24", ...}
    facts: Mapping[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"priority": self.priority, "categories": list(self.categories),
                "actions": list(self.actions), "why": self.why, "rules": list(self.rules),
                "facts": dict(self.facts)}


@dataclass(frozen=True)
class Item:
    """A stored mention with its judgement: what the digest, the drafts and the queue show."""

    id: int
    school_id: str
    source: str
    platform: str
    external_id: str
    url: str
    author: str
    author_url: str
    published: datetime | None
    fetched: datetime
    text: str
    context: str
    about: tuple[str, ...]  # "school", "staff:<id>": what the post is surely or likely about
    scores: Mapping[str, float]
    decision: Decision | None  # None until triaged
    state: str = "new"  # new, in_review, decided, closed
    content_hash: str = ""
    raw_sha256: str = ""
    extra: Mapping[str, object] = field(default_factory=dict)
    match_grade: str = ""  # sure, likely, possible; "" for rows stored before grades
    match_why: str = ""  # the words that decided who it is about
    possible: tuple[str, ...] = ()  # targets only possibly ours

    @property
    def staff_ids(self) -> tuple[str, ...]:
        return tuple(a.split(":", 1)[1] for a in self.about if a.startswith("staff:"))

    def as_post(self) -> Post:
        return Post(id=str(self.id), text=self.text, source=self.source, author=self.author,
                    published=self.published, url=self.url, context=self.context, platform=self.platform)
