"""What the member of staff is told has been done, is not being done (and why), and is still
being considered: built from the decisions the DSL recorded (seed 002 section 6).

Pure. The note must never claim a step the school decided against, so every action
a decision covers is described by that decision, not by the suggestion.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Mapping, Sequence
from zoneinfo import ZoneInfo

from monitor.vocab import ACTIONS
from monitor.drafts import facts as F
from monitor.drafts.text import one_line

STATUSES = ("taken", "not_pursued")

# Neither is a step the member of staff needs reporting to them: this note is the one,
# and a data request is the requester's business.
NOT_FOR_STAFF = ("inform_staff", "respond_data_request")


@dataclass(frozen=True)
class Outcome:
    """What was decided about one suggested action (the review queue's current decision)."""
    action: str
    status: str  # "taken" or "not_pursued"
    reason: str = ""  # required when not pursued: the member of staff is told it
    reference: str = ""  # police reference, platform report number...
    when: datetime | None = None  # when it was taken
    removed_on: datetime | None = None  # request_removal: when the follow-up found the post gone

    def __post_init__(self):
        if self.status not in STATUSES:
            raise ValueError(f"Outcome for {self.action!r}: status {self.status!r} is not one of {', '.join(STATUSES)}")


@dataclass(frozen=True)
class StaffPlan:
    done: tuple[str, ...]  # sentences, past tense where it happened
    considering: tuple[str, ...]
    not_doing: tuple[str, ...]  # each with its reason


def _sentence(text: str) -> str:
    text = text.rstrip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _done(action: str, o: Outcome, platform: str, tz: str) -> str:
    when = ""
    if o.when is not None:
        when = " on " + F.fmt_date(F.utc(o.when).astimezone(ZoneInfo(tz)).date())
    ref = f" (reference {one_line(o.reference, 200)})" if o.reference.strip() else ""
    comma = "," if when or ref else ""
    return {
        "call_999": f"We called the police on 999{when}{ref}, because the post may mean you are in danger.",
        "report_police": f"We reported it to the police{when}{ref}; it is for them to decide whether it is an "
                         "offence.",
        "request_removal": f"We asked {platform} to remove it{when}{ref}." + (
            f" The post was removed on {F.fmt_date(F.utc(o.removed_on).astimezone(ZoneInfo(tz)).date())}."
            if o.removed_on is not None else ""),
        "legal_advice": f"We are taking legal advice about it for you{ref}. Any claim would be yours, and nothing "
                        "will be done without talking it through with you.",
        "contact_author": f"We wrote to the author, whom we believe to be a parent,{when}{ref}{comma} asking "
                          "them to remove it and to use the complaints policy instead.",
        "dsl_review": f"Our Designated Safeguarding Lead has reviewed it{ref}.",
    }.get(action, f"We have taken this step{when}{ref}: {F.action_title(action)}.")


def _considering(action: str, platform: str) -> str:
    what = {
        "call_999": "Calling the police on 999",
        "report_police": "Reporting it to the police",
        "request_removal": f"Asking {platform} to remove it",
        "legal_advice": "Taking legal advice",
        "contact_author": "Writing to the author, whom we believe to be a parent, to ask them to remove it",
        "dsl_review": "A review by our Designated Safeguarding Lead",
    }.get(action, f"This step ({F.action_title(action)})")
    return f"{what} is being considered. I will tell you what we decide, and why."


def _not_doing(action: str, reason: str, platform: str) -> str:
    what = {
        "call_999": "We are not calling 999",
        "report_police": "We are not reporting it to the police",
        "request_removal": f"We are not asking {platform} to remove it",
        "legal_advice": "We are not taking legal action",
        "contact_author": "We are not writing to the author",
        "dsl_review": "We are not asking our Designated Safeguarding Lead to review it",
    }.get(action, f"We are not taking this step ({F.action_title(action)})")
    return f"{what}: {_sentence(one_line(reason)) or 'no reason was recorded.'}"


def staff_plan(suggested: Sequence[str], decisions: Mapping[str, Outcome], *, platform: str, tz: str,
               not_suggested: Mapping[str, str]) -> StaffPlan:
    """suggested: the item's actions, in order. not_suggested: action -> why a step the policy
    offers was not suggested at all (said when nobody decided otherwise)."""
    for key, o in decisions.items():
        if key != o.action:
            raise ValueError(f"decisions[{key!r}] is an Outcome for {o.action!r}")
    # A decision on a step that was not suggested still counts; policy order, as the drafts are.
    every = set(suggested) | set(decisions)
    order = [a for a in ACTIONS if a in every] + [a for a in dict.fromkeys([*suggested, *decisions])
                                                  if a not in ACTIONS]
    done, considering, not_doing = [], [], []
    for a in order:
        if a in NOT_FOR_STAFF:
            continue
        o = decisions.get(a)
        if o is None:
            considering.append(_considering(a, platform))
        elif o.status == "taken":
            done.append(_done(a, o, platform, tz))
        else:
            not_doing.append(_not_doing(a, o.reason, platform))
    not_doing += [why for a, why in not_suggested.items() if a not in order]
    return StaffPlan(tuple(done), tuple(considering), tuple(not_doing))
