"""Who may read what about a member of staff accused of harming a child (Education Act 2002 s141F).

The one home of the rule; mail, digests, drafts, the web queue and evidence packs all ask here.
- The headteacher and the DSL read everything (on the web: the head, the DSL and a trust's CEO,
  the accounts that decide).
- Anyone else (the deputy, a viewer, a digest with other readers, a draft for a platform, a parent
  or a requester) never reads an s141F item's details, nor any other post naming a member of
  staff accused in one: the two together would identify them.
- `why` never names the accused: it travels further than the item.
"""
from __future__ import annotations

import re
from typing import Iterable

from monitor.config.types import School
from monitor.vocab import Item

# Roles of the mail recipients who may read an allegation in full.
MAIL_LEADERS = frozenset({"headteacher", "dsl"})
# Web accounts that may read it: those that decide (seed 002 s6 gives the case to the head and DSL).
WEB_LEADERS = frozenset({"head", "dsl", "ceo"})
# Draft audiences outside the school's leadership: their drafts never name the accused.
OUTSIDE_AUDIENCES = frozenset({"platform", "parent", "requester"})


def is_s141f(item: Item) -> bool:
    """An allegation that a member of staff harmed a child."""
    return bool(item.decision) and str(item.decision.facts.get("s141f", "")).strip() in ("1", "true", "yes")


def named_staff(item: Item) -> frozenset[str]:
    """Staff ids a post names: its matches and the decision's `targets` fact."""
    fact = str(item.decision.facts.get("targets", "")) if item.decision else ""
    return frozenset(item.staff_ids) | {t.strip() for t in fact.split(",") if t.strip()}


def accused_in(items: Iterable[Item]) -> frozenset[str]:
    """Staff ids named by the s141F allegations among `items`."""
    return frozenset(sid for i in items if is_s141f(i) for sid in named_staff(i))


def hidden_from_others(item: Item, accused: frozenset[str]) -> bool:
    """True when only a leader may read this item: it is an allegation, or names someone accused."""
    return is_s141f(item) or bool(accused & named_staff(item))


def mail_may_show(roles: Iterable[str], item: Item, accused: frozenset[str]) -> bool:
    """May a mail to these recipient roles carry the item's details?"""
    return set(roles) <= MAIL_LEADERS or not hidden_from_others(item, accused)


def web_may_show(role: str, item: Item, accused: frozenset[str]) -> bool:
    """May a web account of this role open the item? Others also never see safeguarding items,
    nor one not yet triaged, which could be one."""
    if role in WEB_LEADERS:
        return True
    if item.decision is None or "safeguarding" in item.decision.categories:
        return False
    return not hidden_from_others(item, accused)


def draft_may_name(audience: str) -> bool:
    """May a draft for this audience name the accused? Police, solicitor, staff and DSL: yes."""
    return audience not in OUTSIDE_AUDIENCES


def strip_names(text: str, school: School) -> str:
    """Every staff name, alias and role in brackets replaced by 'a member of staff'."""
    for m in school.staff:
        for name in sorted((m.name, *m.aliases), key=len, reverse=True):
            if name:
                text = re.sub(re.escape(name), "a member of staff", text, flags=re.I)
        if m.role:
            text = text.replace(f"({m.role})", "").replace("  ", " ")
    return text
