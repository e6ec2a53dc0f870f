"""bench/eval_figures.py counts what it says it counts, on three posts whose answers are known."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.eval_figures import figures  # noqa: E402

GOLD = [
    {"about": ["school", "staff:tom-whitaker"], "priority": "urgent", "categories": ["threat"],
     "actions": ["call_999", "report_police"], "hard": "veiled"},
    {"about": ["school"], "priority": "digest", "categories": ["complaint"], "actions": [], "hard": "sweary_complaint"},
    {"about": [], "priority": "ignore", "categories": ["neutral"], "actions": [], "hard": "namesake"},
]
GOT = [
    {"about": ["school", "staff:tom-whitaker"], "priority": "urgent", "categories": ["threat"], "actions": ["report_police"]},
    {"about": ["school"], "priority": "high", "categories": ["complaint", "harassment"], "actions": []},
    {"about": ["school"], "priority": "digest", "categories": ["neutral"], "actions": []},
]


def test_figures_count_exactly():
    f = figures(GOLD, GOT)
    assert (f.urgent.tp, f.urgent.fp, f.urgent.fn) == (1, 0, 0)
    assert f.all_actions == [0, 1]
    assert f.actions["call_999"].fn == 1 and f.actions["report_police"].tp == 1
    assert f.legit_loud == [1, 1]
    assert f.hard == {"veiled": [0, 0, 1], "sweary_complaint": [1, 0, 1], "namesake": [1, 0, 1]}
    assert f.categories["harassment"].fp == 1 and f.categories["threat"].tp == 1
    assert f.categories["neutral"].tp == 1 and f.categories_matched["neutral"].tp == 0
    assert f.about_found == [2, 2] and f.not_ours_right == [0, 1]
    assert f.confusion["digest"]["high"] == 1
