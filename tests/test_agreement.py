"""The labellers' files (bench/agreement) use the contract's words and label posts that exist in
the set they name, every post of a half by each of its labellers: so bench/agreement.py's figures
are over the same posts for everyone."""
from __future__ import annotations

import pytest

from bench.agreement import HERE, labellers, writers
from bench.eval_figures import ACTIONS, CATEGORIES, PRIORITIES

SETS = sorted(p.name for p in HERE.iterdir() if p.is_dir())


@pytest.mark.parametrize("name", SETS)
def test_labels_are_the_contracts_words_on_the_sets_posts(name):
    gold, labs = writers(name), labellers(name)
    assert labs, name
    for stem, rows in labs.items():
        assert set(rows) <= set(gold), stem
        for r in rows.values():
            assert r["priority"] in PRIORITIES, (stem, r["id"])
            assert set(r["categories"]) <= set(CATEGORIES), (stem, r["id"])
            assert set(r["actions"]) <= set(ACTIONS), (stem, r["id"])
            # "ignore" is exactly "about nobody of ours", as the writers were told.
            assert (r["priority"] == "ignore") == (not r["about"]), (stem, r["id"])


@pytest.mark.parametrize("name", SETS)
def test_each_half_is_labelled_whole_by_two_and_the_halves_cover_the_set(name):
    labs = labellers(name)
    halves: dict[str, list[set]] = {}
    for stem, rows in labs.items():
        halves.setdefault(stem.rsplit("_", 1)[1], []).append(set(rows))
    assert all(len(v) == 2 and v[0] == v[1] for v in halves.values()), name
    covered = set().union(*(v[0] for v in halves.values()))
    assert covered == set(writers(name)), name
