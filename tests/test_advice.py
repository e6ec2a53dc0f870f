"""The advice head: actions reviewers took on posts like this one, added beside the rules' own."""
from __future__ import annotations

import hashlib
import json
import logging
import shutil

import numpy as np
import pytest

from monitor.judge.advice import PREFIX, load_head, with_advice
from monitor.judge.runtime import MODEL_DIR, OnnxClassifier
from monitor.vocab import Decision

HIGH_HARASSMENT = Decision("high", ("harassment",), ("request_removal", "inform_staff"), "Abusive about Mr X.")
DIGEST_COMPLAINT = Decision("digest", ("complaint",), (), "Complaint: for information.")
DIGEST_DEFAMATION = Decision("digest", ("defamation",), ("request_removal",), "An allegation.", facts={"targets": "mr-x"})
URGENT_THREAT = Decision("urgent", ("threat",), ("call_999", "report_police"), "Threat.")
S141F = Decision("high", ("defamation", "safeguarding"), ("dsl_review",), "An allegation against staff.",
                 facts={"s141f": "1", "targets": "mr-x"})
# A pupil's address posted: no member of staff in it (a review's).
PUPIL_DOXXED = Decision("urgent", ("threat", "safeguarding", "privacy"), ("report_police", "dsl_review", "request_removal"),
                        "Pupils are in it.")


def advice(**scores: float) -> dict[str, float]:
    return {PREFIX + k: v for k, v in scores.items()}


# (what the rules decided, the head's scores, the actions after advice)
TABLE = [
    # A course of conduct the rules did not see: police, beside what they said.
    (HIGH_HARASSMENT, advice(report_police=0.71), ("report_police", "request_removal", "inform_staff")),
    # Just under the line: nothing.
    (HIGH_HARASSMENT, advice(report_police=0.4999), ("request_removal", "inform_staff")),
    # On the line: advised.
    (HIGH_HARASSMENT, advice(legal_advice=0.5), ("request_removal", "inform_staff", "legal_advice")),
    # A complaint the rules see no harm in gets no advice, however sure the head is.
    (DIGEST_COMPLAINT, advice(report_police=0.99, dsl_review=0.99), ()),
    # A digest item the rules see harm in does.
    (DIGEST_DEFAMATION, advice(legal_advice=0.8, inform_staff=0.6), ("request_removal", "inform_staff", "legal_advice")),
    # 999 and the letter to a parent are never advised: the rules find imminence, the writers split on letters.
    (HIGH_HARASSMENT, advice(call_999=0.99, contact_author=0.99), ("request_removal", "inform_staff")),
    # Nothing is taken away: a low score for what the rules chose leaves it.
    (URGENT_THREAT, advice(report_police=0.01, request_removal=0.9), ("call_999", "report_police", "request_removal")),
    # No member of staff named: nobody to tell.
    (PUPIL_DOXXED, advice(inform_staff=0.98, legal_advice=0.2), ("report_police", "dsl_review", "request_removal")),
    # A classifier without the head (a school's own model) gives no action scores at all.
    (HIGH_HARASSMENT, {"abuse": 0.9, "threat": 0.1}, ("request_removal", "inform_staff")),
]


@pytest.mark.parametrize("decided,scores,actions", TABLE)
def test_advice_adds_actions_and_never_takes_any(decided, scores, actions):
    d = with_advice(decided, scores)
    assert d.actions == actions
    assert (d.priority, d.categories, d.facts) == (decided.priority, decided.categories, decided.facts)
    added = [a for a in actions if a not in decided.actions]
    assert d.rules == decided.rules + tuple(f"advised_{a}" for a in added)
    if added:
        assert d.why.startswith(decided.why) and "(advice)" in d.why
    else:
        assert d == decided


def test_advice_says_in_words_what_it_adds():
    d = with_advice(HIGH_HARASSMENT, advice(report_police=0.9, legal_advice=0.7))
    assert d.why == ("Abusive about Mr X. Also suggested, as reviewers acted on posts like this one: "
                     "report to police, take legal advice (advice).")


def test_advice_to_tell_an_accused_member_of_staff_waits_for_the_lado():
    d = with_advice(S141F, advice(inform_staff=0.9))
    assert d.actions == ("dsl_review", "inform_staff")
    assert d.why.endswith("Tell the member of staff only once the LADO has agreed what they may be told.")


def test_the_shipped_head_was_fitted_to_the_shipped_model():
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    with np.load(MODEL_DIR / "advice.npz") as f:
        sha, actions, weights = str(f["model_sha256"]), tuple(f["actions"]), f["weights"]
    assert sha == hashlib.sha256((MODEL_DIR / "model.onnx").read_bytes()).hexdigest()
    assert actions == tuple(meta["advice"]["actions"]) == (
        "report_police", "dsl_review", "request_removal", "inform_staff", "legal_advice")
    clf = OnnxClassifier(MODEL_DIR)
    assert clf.advice is not None and weights.shape == (len(clf.reading("hello")), 5)
    scores = clf.scores(["well done everyone at sports day"])[0]
    assert sorted(k for k in scores if k.startswith(PREFIX)) == sorted(PREFIX + a for a in actions)
    assert all(0.0 <= v <= 1.0 for v in scores.values())


def test_a_head_fitted_to_another_model_is_left_out_with_a_warning(tmp_path, caplog):
    for name in ("model.onnx", "tokenizer.json", "meta.json"):
        (tmp_path / name).symlink_to(MODEL_DIR / name)
    with np.load(MODEL_DIR / "advice.npz") as f:
        np.savez(tmp_path / "advice.npz", weights=f["weights"], actions=f["actions"], model_sha256=np.array("0" * 64))
    with caplog.at_level(logging.WARNING, logger="monitor.judge.advice"):
        clf = OnnxClassifier(tmp_path)
    assert clf.advice is None
    assert "fitted to another model.onnx (run python -m training.advice)" in caplog.text
    assert not any(k.startswith(PREFIX) for k in clf.scores(["hello"])[0])


def test_a_head_of_the_wrong_shape_is_left_out(tmp_path, caplog):
    shutil.copyfile(MODEL_DIR / "model.onnx", tmp_path / "model.onnx")
    sha = hashlib.sha256((tmp_path / "model.onnx").read_bytes()).hexdigest()
    np.savez(tmp_path / "advice.npz", weights=np.zeros((10, 1), np.float32), actions=np.array(["report_police"]),
             model_sha256=np.array(sha))
    with caplog.at_level(logging.WARNING, logger="monitor.judge.advice"):
        assert load_head(tmp_path, tmp_path / "model.onnx", 398) is None
    assert "does not fit the model (shape (10, 1)" in caplog.text


def test_the_advice_reads_the_post_as_a_whole_and_alone():
    """The head's scores for a post do not depend on the posts scored beside it."""
    clf = OnnxClassifier(MODEL_DIR)
    post = "Mr Hale blocked me so I've made four new accounts. he'll have to answer me eventually"
    alone = clf.scores([post])[0]
    among = clf.scores(["lovely play tonight", post, "x" * 3000])[1]
    assert alone == among


# How training/advice.py chooses each action's line: the lowest that keeps precision at 0.8 on
# writers the head never learned from. (scores, the writers' yes/no, the threshold chosen)
THRESHOLD_TABLE = [
    # Every yes above every no: the lowest line that still has no false advice.
    ([0.9, 0.8, 0.6, 0.2, 0.1], [1, 1, 1, 0, 0], 0.35),
    # One no among five yeses scores high: 5 of 6 is 0.83, kept.
    ([0.9, 0.9, 0.9, 0.9, 0.9, 0.92], [1, 1, 1, 1, 1, 0], 0.35),
    # Noise everywhere: precision never reaches 0.8, so the top of the range (almost never advised).
    ([0.9, 0.9, 0.5, 0.5], [1, 0, 1, 0], 0.95),
]


@pytest.mark.parametrize("scores,yes,threshold", THRESHOLD_TABLE)
def test_each_action_line_keeps_precision_on_unseen_writers(scores, yes, threshold):
    from training.advice import choose_threshold

    assert choose_threshold(np.array(scores), np.array(yes, dtype=float))[0] == threshold


def test_the_fit_learns_a_separable_action():
    from training.advice import fit

    rng = np.random.default_rng(1)
    x = np.hstack([rng.normal(size=(400, 3)), np.ones((400, 1))])
    y = (x[:, 0] > 0).astype(float)
    w = fit(x, y)
    assert np.mean(((x @ w) > 0) == (y > 0)) > 0.97 and abs(w[0]) > 5 * max(abs(w[1]), abs(w[2]))

