"""The training data: the grammar is varied and never names the evaluation school, and the
validation split shares no writer and no template with training."""
from __future__ import annotations

import json

import pytest

from monitor.vocab import CATEGORIES
from training import grammar, school

EVALUATION_NAMES = ("hollowbrook", "hexley")


@pytest.fixture(scope="module")
def posts():
    return school.school_posts(2000, seed=7)


def test_the_grammar_is_the_same_for_a_seed_and_varies_with_it():
    a, b, c = grammar.generate(200, 1), grammar.generate(200, 1), grammar.generate(200, 2)
    assert a == b and a != c
    assert len({r["text"] for r in grammar.generate(2000, 1)}) > 1900  # fillers make them distinct


def test_every_template_labels_known_categories_and_families_hold_one_out():
    for t in grammar.TEMPLATES:
        assert t.categories and set(t.categories) <= set(CATEGORIES), t.id
        assert t.sentiment in school.SENTIMENT, t.id
    held = {t.family for t in grammar.TEMPLATES if grammar.template_split(t.id) == "val"}
    big = {t.family for t in grammar.TEMPLATES
           if sum(u.family == t.family for u in grammar.TEMPLATES) >= 3}
    assert held == big


def test_no_training_post_names_the_evaluation_school(posts):
    for p in posts:
        assert not any(n in p.text.lower() for n in EVALUATION_NAMES), p.text


def test_validation_shares_no_writer_and_no_template_with_training(posts):
    train = {p.origin for p in posts if p.split == "train"}
    val = {p.origin for p in posts if p.split == "val"}
    assert not train & val
    assert "writer_b" in val and "writer_a" in train
    assert any(o.startswith("grammar:") for o in val)


@pytest.mark.parametrize("row,message", [
    ({"text": "", "categories": ["threat"], "abusive": True, "sentiment": "negative"}, "no text"),
    ({"text": "x", "categories": ["menace"], "abusive": True, "sentiment": "negative"}, "'menace'"),
    ({"text": "x", "categories": ["threat"], "abusive": "yes", "sentiment": "negative"}, "abusive"),
])
def test_a_bad_writer_line_is_named_by_file_and_line(tmp_path, row, message):
    (tmp_path / "writer_z.jsonl").write_text(json.dumps({"text": "fine", "categories": ["praise"], "abusive": False,
                                                         "sentiment": "positive"}) + "\n" + json.dumps(row) + "\n")
    with pytest.raises(ValueError, match=r"writer_z.jsonl line 2: .*" + message.replace("'", ".")):
        school.writers(tmp_path)


def test_a_writers_hard_case_weighs_more_than_a_plain_post():
    from training import finetune

    plain = school.Post("great sports day", ("praise",), False, 2, "writer_a", "train")
    hard = school.Post("the kids absolutely killed it", ("praise",), False, 2, "writer_a", "train", "idiom")
    rows = finetune.school_rows([plain, hard])
    assert rows[0][4] == finetune.SETTINGS["school_weight"]
    assert rows[1][4] == finetune.SETTINGS["school_weight"] * finetune.SETTINGS["hard_weight"]


def test_development_posts_never_read_a_newer_evaluation_set_and_name_nobody_of_ours(tmp_path):
    import re
    import shutil

    from training import development

    root = tmp_path / "eval"
    for folder in ("dev", "final", "round15"):
        (root / folder).mkdir(parents=True)
    shutil.copy(development.EVAL / "config.toml", root / "config.toml")
    row = {"text": "Mr Whitaker at Hollowbrook is a liar #whitakerout, see you on Marlow Road",
           "categories": ["defamation", "harassment"], "hard": None}
    (root / "dev" / "writer1.jsonl").write_text(json.dumps(row) + "\n")
    (root / "final" / "writer2.jsonl").write_text(json.dumps(row | {"categories": []}) + "\n")
    (root / "round15" / "writer53.jsonl").write_text("not even json\n")  # never opened
    posts = development.posts(seed=5, root=root)
    assert [p.categories for p in posts] == [("defamation", "harassment")]
    assert not re.search(r"whitaker|hollowbrook|marlow", posts[0].text, re.I), posts[0].text
    assert posts[0].abusive is None and posts[0].sentiment == -100 and posts[0].split == "train"


def test_a_post_without_abuse_or_sentiment_labels_trains_neither():
    from training import finetune

    post = school.Post("he is a liar", ("defamation",), None, -100, "eval_writer1", "train")
    (_text, y, mask, sentiment, _w), = finetune.school_rows([post])
    assert mask[finetune.BINARY.index("abuse")] == 0 and mask[finetune.BINARY.index("defamation")] == 1
    assert y[finetune.BINARY.index("defamation")] == 1 and sentiment == -100


def _swept(found, wrong, every, raised, offensive=0.77):
    return {"pipeline": {"urgent_found": found, "urgent_wrong": wrong, "every_action": [every, 100],
                         "legit_raised": [raised, 50]}, "tweeteval": {"offensive": offensive}}


def test_the_sweep_chooses_the_most_urgent_found_within_the_bounds_of_bs_recipe():
    from training.gpu_sweep import choose

    results = {"base": _swept(200, 20, 60, 5), "base_seed2": _swept(210, 10, 70, 5),
               "louder": _swept(209, 40, 70, 5),  # precision down 0.07: out of bounds
               "quiet": _swept(203, 19, 62, 6), "also": _swept(203, 19, 61, 6),
               "offside": _swept(208, 20, 60, 5, offensive=0.70)}
    assert choose(results) == "quiet"  # the seed twin is never chosen; then every action decides
    # Nothing within bounds: the one finding the most, reported as outside them.
    assert choose({"base": _swept(200, 20, 60, 5), "louder": _swept(209, 40, 70, 5)}) == "louder"
    assert choose({"base": _swept(200, 20, 60, 5)}) is None


def test_the_quiet_months_are_learned_from_only_when_asked_and_never_past_the_last_round_read():
    from training import development

    assert not any(f.startswith(("quiet", "crisis")) for f in development.folders(44))
    extra = [f for f in development.folders(44, quiet=True) if not f.startswith(("round", "dev", "final"))]
    assert extra == [f"quiet{n}" for n in range(31, 45)] + ["crisis44"]
    assert [f for f in development.folders(40, quiet=True) if f.startswith("quiet")][-1] == "quiet40"
    assert development.folders(47)[-3:] == ("round45", "round46", "round47")
    assert development.folders(51)[-3:] == ("round49", "round50", "round51")
    # round52/ is sealed for round 31, round53/ judges candidate U: neither is learned from.
    with pytest.raises(ValueError, match="only rounds 3-51 are read"):
        development.folders(52, quiet=True)
