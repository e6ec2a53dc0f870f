"""Actions advised by how reviewers acted on posts like this one (training/advice.py fits it).

The shipped model reads a post; a small linear head beside it (model/advice.npz) scores each
of five actions by how the development sets' writers acted on similar posts: report to police,
DSL review, removal, telling the member of staff, legal advice. The scores travel with the
model's others as `action:<name>` (0.5 or more: advise it). Triage's rules decide the
priority and most actions; an advised action is added beside them, with a line in `why` that
says it is advice, and never takes anything away. call_999 is never advised: imminence is a
fact the rules find (a time, a place, a weapon). Advice is given only where the rules already
see harm (a harmful category, or high or urgent): on the read rounds 29-30, advice on every post
they found about us gave 34 posts without any action a needless one ("Parents evening booking
opened at 6pm...": report to police); given only so, 6, for 26 of the 32 posts it completed.
"""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Mapping

import numpy as np

from monitor.vocab import ACTION_TITLES, ACTIONS, Decision

log = logging.getLogger(__name__)

PREFIX = "action:"
ADVISABLE = frozenset({"report_police", "dsl_review", "request_removal", "inform_staff", "legal_advice"})
HARMS = frozenset({"threat", "hate", "harassment", "defamation", "safeguarding", "privacy"})


class AdviceHead:
    """weights: (pooled embedding + the model's scores + 1) x actions."""

    def __init__(self, weights: np.ndarray, actions: tuple[str, ...]):
        self.weights = weights.astype(np.float64)
        self.actions = actions

    def scores(self, reading: np.ndarray) -> dict[str, float]:
        z = reading.astype(np.float64) @ self.weights
        return {f"{PREFIX}{a}": round(float(1 / (1 + np.exp(-v))), 4) for a, v in zip(self.actions, z)}


def _sha256(path: Path) -> str:
    # In blocks (file_digest): the whole model read at once would hold 23 MB more at start-up.
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def load_head(model_dir: Path, model: Path, width: int) -> AdviceHead | None:
    """The head fitted to this very model file, or None (with a warning) if there is none that fits:
    the model's scores alone still work, and the rules still decide every action."""
    path = model_dir / "advice.npz"
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as f:
            weights, actions, sha = f["weights"], tuple(str(a) for a in f["actions"]), str(f["model_sha256"])
    except (OSError, ValueError, KeyError) as exc:
        log.warning("advice head %s cannot be read (%s): actions come from the rules alone", path, exc)
        return None
    if _sha256(model) != sha:
        log.warning("advice head %s was fitted to another model.onnx (run python -m training.advice): "
                    "actions come from the rules alone", path)
        return None
    unknown = [a for a in actions if a not in ADVISABLE]
    if weights.ndim != 2 or weights.shape != (width, len(actions)) or unknown:
        log.warning("advice head %s does not fit the model (shape %s, actions %s): actions come from the rules alone",
                    path, weights.shape, unknown or actions)
        return None
    return AdviceHead(weights, actions)


def with_advice(d: Decision, scores: Mapping[str, float], threshold: float = 0.5) -> Decision:
    """The rules' decision with the advised actions it lacks added. Pure."""
    if d.priority not in ("urgent", "high") and not HARMS & set(d.categories):
        return d
    advised = [a for a in ACTIONS if a in ADVISABLE and a not in d.actions
               and float(scores.get(PREFIX + a) or 0.0) >= threshold
               # Tell the member of staff only where the post names one of ours ("the hollowbrook kid who
               # grassed lives at..." has nobody to tell): on rounds 29-32, 27 such advice wrong, 7 right.
               and (a != "inform_staff" or d.facts.get("targets"))]
    if not advised:
        return d
    why = (f"{d.why} Also suggested, as reviewers acted on posts like this one: "
           f"{', '.join(ACTION_TITLES[a] for a in advised)} (advice).").strip()
    if d.facts.get("s141f") == "1" and "inform_staff" in advised:
        why += " Tell the member of staff only once the LADO has agreed what they may be told."
    actions = tuple(a for a in ACTIONS if a in d.actions or a in advised)
    return Decision(d.priority, d.categories, actions, why, d.rules + tuple(f"advised_{a}" for a in advised), d.facts)
