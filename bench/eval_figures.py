"""Figures of judgement on a labelled evaluation set (issue 11): aggregates only.

`figures(gold, got)` compares the writers' labels (one dict a post: about, priority,
categories, actions, hard) with what `schoolwatch triage` said (about, priority, categories,
actions) and returns plain numbers; `report(fig)` prints them. Nothing here prints a post's
text or id: whoever reads these figures to fix triage must not tune to single posts.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

PRIORITIES = ("urgent", "high", "digest", "ignore")
CATEGORIES = ("threat", "hate", "harassment", "defamation", "safeguarding", "privacy",
              "data_request", "complaint", "praise", "neutral")
ACTIONS = ("call_999", "report_police", "dsl_review", "request_removal", "inform_staff",
           "legal_advice", "contact_author", "respond_data_request")
LEGITIMATE = frozenset({"complaint", "praise", "neutral"})
_RANK = {p: i for i, p in enumerate(PRIORITIES)}


@dataclass
class PR:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")


@dataclass
class Figures:
    n: int = 0
    # gold priority -> predicted priority -> count
    confusion: dict[str, Counter] = field(default_factory=lambda: {p: Counter() for p in PRIORITIES})
    urgent: PR = field(default_factory=PR)
    # Categories end to end (a post we failed to match has none), and among posts that
    # both the writer and matching call ours: triage's own share.
    categories: dict[str, PR] = field(default_factory=lambda: {c: PR() for c in CATEGORIES})
    categories_matched: dict[str, PR] = field(default_factory=lambda: {c: PR() for c in CATEGORIES})
    actions: dict[str, PR] = field(default_factory=lambda: {a: PR() for a in ACTIONS})
    all_actions: list[int] = field(default_factory=lambda: [0, 0])  # posts with every required action, posts with any
    legit_loud: list[int] = field(default_factory=lambda: [0, 0])  # complaint/praise at urgent/high, of all of them
    # hard kind -> [raised above the writer's priority, lowered below it, posts]
    hard: dict[str, list[int]] = field(default_factory=dict)
    about_found: list[int] = field(default_factory=lambda: [0, 0])  # ours, matched with all its staff / ours
    about_matched: list[int] = field(default_factory=lambda: [0, 0])  # ours, matched at all / ours
    not_ours_right: list[int] = field(default_factory=lambda: [0, 0])  # not ours, ignored / not ours
    extra_staff: int = 0  # posts matched to a member of staff the writer did not name
    # Which rules fired, counted over groups of posts (never which post): what raised complaints
    # and praise, and what triage said of the urgent posts it did not make urgent.
    loud_rules: Counter = field(default_factory=Counter)
    missed_urgent_said: Counter = field(default_factory=Counter)
    missed_urgent_rules: Counter = field(default_factory=Counter)


def _staff(about) -> set[str]:
    return {a for a in about if a.startswith("staff:")}


def figures(gold: list[dict], got: list[dict]) -> Figures:
    if len(gold) != len(got):
        raise ValueError(f"{len(gold)} labelled posts but {len(got)} judgements")
    f = Figures(n=len(gold))
    for g, o in zip(gold, got):
        gp, op = g["priority"], o["priority"]
        f.confusion[gp][op] += 1
        if gp == "urgent" or op == "urgent":
            if gp == op:
                f.urgent.tp += 1
            elif op == "urgent":
                f.urgent.fp += 1
            else:
                f.urgent.fn += 1
        gc, oc = set(g["categories"]), set(o["categories"])
        ours, matched = bool(g["about"]), bool(o["about"])
        for c in CATEGORIES:
            tables = [f.categories] + ([f.categories_matched] if ours and matched else [])
            for t in tables:
                if c in gc and c in oc:
                    t[c].tp += 1
                elif c in oc:
                    t[c].fp += 1
                elif c in gc:
                    t[c].fn += 1
        ga, oa = set(g["actions"]), set(o["actions"])
        for a in ACTIONS:
            if a in ga and a in oa:
                f.actions[a].tp += 1
            elif a in oa:
                f.actions[a].fp += 1
            elif a in ga:
                f.actions[a].fn += 1
        if ga:
            f.all_actions[1] += 1
            f.all_actions[0] += ga <= oa
        if ours and gc and gc <= LEGITIMATE and gc & {"complaint", "praise"}:
            f.legit_loud[1] += 1
            f.legit_loud[0] += op in ("urgent", "high")
            if op in ("urgent", "high"):
                f.loud_rules.update(o.get("rules", []))
        if gp == "urgent" and op != "urgent" and matched:
            f.missed_urgent_said.update([f"{op}:{'+'.join(sorted(oc)) or '-'}"])
            f.missed_urgent_rules.update(o.get("rules", []) or ["(none)"])
        if g.get("hard"):
            h = f.hard.setdefault(str(g["hard"]), [0, 0, 0])
            h[0] += _RANK[op] < _RANK[gp]
            h[1] += _RANK[op] > _RANK[gp]
            h[2] += 1
        if ours:
            f.about_found[1] += 1
            f.about_matched[1] += 1
            f.about_matched[0] += matched
            f.about_found[0] += matched and _staff(g["about"]) <= _staff(o["about"])
            f.extra_staff += matched and bool(_staff(o["about"]) - _staff(g["about"]))
        else:
            f.not_ours_right[1] += 1
            f.not_ours_right[0] += not matched
    return f


def _pr(name: str, pr: PR) -> str:
    n = pr.tp + pr.fn
    return f"    {name:<21} {pr.precision:>9.2f} {pr.recall:>7.2f}   ({n} gold, {pr.tp + pr.fp} said)"


def _frac(x: list[int]) -> str:
    return f"{x[0]}/{x[1]} = {x[0] / x[1]:.2f}" if x[1] else "0/0"


def report(f: Figures, title: str) -> None:
    print(f"\n{title}: {f.n} posts")
    print("  priority (rows: the writers'; columns: triage's)")
    print("    " + " " * 8 + "".join(f"{p:>8}" for p in PRIORITIES))
    for g in PRIORITIES:
        print(f"    {g:<8}" + "".join(f"{f.confusion[g][p]:>8}" for p in PRIORITIES))
    print(f"  urgent recall {f.urgent.recall:.2f}  precision {f.urgent.precision:.2f}   "
          f"({f.urgent.tp + f.urgent.fn} urgent)   target recall >= 0.97")
    print(f"  required actions all suggested: {_frac(f.all_actions)}   target >= 0.90")
    print(f"  complaint/praise at urgent/high: {_frac(f.legit_loud)}   target 0")
    print(f"  rules behind complaint/praise at urgent/high: {dict(f.loud_rules.most_common())}")
    print(f"  urgent posts matched but not urgent, what triage said: {dict(f.missed_urgent_said.most_common())}")
    print(f"    rules that fired on them: {dict(f.missed_urgent_rules.most_common())}")
    print("  per category, end to end   precision  recall")
    for c in CATEGORIES:
        print(_pr(c, f.categories[c]))
    print("  per category, among posts ours and matched")
    for c in CATEGORIES:
        print(_pr(c, f.categories_matched[c]))
    print("  per action                 precision  recall")
    for a in ACTIONS:
        print(_pr(a, f.actions[a]))
    print("  hard cases: raised above / lowered below the writers' priority, of n")
    for k in sorted(f.hard):
        up, down, n = f.hard[k]
        print(f"    {k:<16} raised {up:>3}  lowered {down:>3}  of {n}")
    print(f"  about: ours matched {_frac(f.about_matched)}; with all its staff {_frac(f.about_found)}; "
          f"not ours left alone {_frac(f.not_ours_right)}; matched to staff not named {f.extra_staff}")
