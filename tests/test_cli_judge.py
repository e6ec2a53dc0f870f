"""`schoolwatch triage` and `classify`: the contract of DESIGN.md, over a file of posts."""
from __future__ import annotations

import json

from click.testing import CliRunner

from monitor.cli import cli
from monitor.vocab import ACTIONS, CATEGORIES, PRIORITIES

POSTS = [
    {"id": "p1", "source": "reddit", "author": "hx_dad", "published": "2026-11-20T08:00:00Z",
     "url": "https://r.example/1", "text": "Well done Hollowbrook Academy on the Ofsted report, lovely staff."},
    {"id": "p2", "source": "reddit", "author": "anon77", "published": "2026-11-21T21:00:00Z",
     "url": "https://r.example/2",
     "text": "Mr Whitaker at Hollowbrook better watch his back, I'll be waiting at pickup tomorrow.",
     "extra_key": "ignored"},
    {"id": "p3", "source": "news", "author": "Ontario Daily", "published": "2026-11-21T10:00:00Z",
     "url": "https://o.example/3", "text": "The Hollowbrook fair returns to Ontario."},
    {"id": "p4", "source": "reddit", "author": "anon77", "published": "2026-11-19T21:00:00Z",
     "url": "https://r.example/4", "text": "Tom Whitaker lives at 14 Mill Lane, Hexley HX4 7QT."},
]


def write_config(tmp_path, model):
    cfg = tmp_path / "config.toml"
    cfg.write_text(f"""
[school]
name = "Hollowbrook Academy"
aliases = ["Hollowbrook"]
locality = ["Hexley"]
exclude = ["Ontario"]
[[staff]]
id = "tom-whitaker"
name = "Tom Whitaker"
aliases = ["Mr Whitaker"]
[email]
sender = "sw@school.example"
headteacher = "head@school.example"
dsl = "dsl@school.example"
[database]
path = "never.db"
[classifier]
model = "{model}"
""")
    return cfg


def run(args, stdin=None):
    return CliRunner().invoke(cli, args, input=stdin, catch_exceptions=False)


def test_triage_writes_one_decision_per_post_and_stores_nothing(tmp_path, tiny_model):
    cfg = write_config(tmp_path, tiny_model)
    posts = tmp_path / "posts.jsonl"
    posts.write_text("".join(json.dumps(p) + "\n" for p in POSTS))
    out = tmp_path / "decisions.jsonl"
    result = run(["triage", "--config", str(cfg), "--input", str(posts), "--output", str(out)])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert list(rows) == ["p1", "p2", "p3", "p4"]  # input order, whatever the dates
    for r in rows.values():
        assert {"id", "about", "priority", "categories", "actions", "scores", "why"} <= set(r)
        assert r["priority"] in PRIORITIES and set(r["categories"]) <= set(CATEGORIES)
        assert set(r["actions"]) <= set(ACTIONS) and r["why"]
    assert rows["p2"]["about"] == ["school", "staff:tom-whitaker"]
    assert rows["p2"]["priority"] == "urgent" and "report_police" in rows["p2"]["actions"]
    assert rows["p3"]["about"] == [] and rows["p3"]["priority"] == "ignore"
    assert rows["p1"]["priority"] not in ("urgent", "high")
    assert not (tmp_path / "never.db").exists()


def test_history_within_the_input_counts_as_a_course_of_conduct(tmp_path, tiny_model):
    cfg = write_config(tmp_path, tiny_model)
    lines = "".join(json.dumps(p) + "\n" for p in POSTS)
    alone = [json.loads(x) for x in run(["triage", "--config", str(cfg), "--input", "-"],
                                        json.dumps(POSTS[1]) + "\n").stdout.splitlines()]
    both = {r["id"]: r for r in (json.loads(x) for x in run(["triage", "--config", str(cfg), "--input", "-"],
                                                             lines).stdout.splitlines())}
    # p4 came first (19 Nov): with it, p2 is the second post by anon77 about Mr Whitaker.
    assert "harassment" not in alone[0]["categories"]
    assert "harassment" in both["p2"]["categories"]


def test_bad_lines_are_named_by_number_and_the_rest_still_judged(tmp_path, tiny_model):
    cfg = write_config(tmp_path, tiny_model)
    posts = tmp_path / "posts.jsonl"
    posts.write_text(json.dumps(POSTS[0]) + "\n{not json\n" + json.dumps({"id": "x"}) + "\n")
    result = CliRunner().invoke(cli, ["triage", "--config", str(cfg), "--input", str(posts)])
    assert result.exit_code == 1
    assert f"{posts}:2:" in result.output and f"{posts}:3: \"text\" is missing" in result.output
    assert '"id": "p1"' in result.output


def test_missing_input_is_one_clear_line(tmp_path, tiny_model):
    cfg = write_config(tmp_path, tiny_model)
    result = CliRunner().invoke(cli, ["classify", "--config", str(cfg), "--input", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2 and "cannot read" in result.output and "Traceback" not in result.output


def test_classify_prints_scores_for_every_label(tmp_path, tiny_model):
    cfg = write_config(tmp_path, tiny_model)
    result = run(["classify", "--config", str(cfg), "--input", "-"], json.dumps(POSTS[0]) + "\n")
    row = json.loads(result.stdout)
    assert row["id"] == "p1"
    assert {"abuse", "hate", "threat", "negative", "positive"} <= set(row["scores"])
    assert all(0.0 <= v <= 1.0 for v in row["scores"].values())


def test_a_post_naming_nobody_by_an_author_who_threatened_us_this_month_reaches_the_dsl(tmp_path, tiny_model):
    cfg = write_config(tmp_path, tiny_model)
    later = {"id": "p5", "source": "reddit", "author": "anon77", "published": "2026-11-22T21:00:00Z",
             "url": "https://r.example/5", "text": "watch your back. I know where you park. see you at 3.15 tomorrow"}
    stranger = {**later, "id": "p6", "author": "someone_else"}
    rows = {r["id"]: r for r in (json.loads(x) for x in run(
        ["triage", "--config", str(cfg), "--input", "-"],
        "".join(json.dumps(p) + "\n" for p in [*POSTS, later, stranger])).stdout.splitlines())}
    # anon77 threatened Mr Whitaker the day before: p5 is possibly about him, harmful, for the DSL.
    assert rows["p5"]["match"]["possible"] == ["school", "staff:tom-whitaker"]
    assert "same author" in rows["p5"]["match"]["why"]
    assert rows["p5"]["priority"] in ("urgent", "high") and "dsl_review" in rows["p5"]["actions"]
    assert rows["p6"]["priority"] == "ignore" and rows["p6"]["match"]["possible"] == []
