"""A post read with what it answers: the string a context-reading model learns from and is given."""
from __future__ import annotations

import json
import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from monitor.judge.classify import scores_in_context  # noqa: E402
from monitor.judge.paired import CONTEXT_CHARS, paired  # noqa: E402

READINGS = [
    # (post, context, what the model reads)
    ("see you soon x", "", "see you soon x"),
    ("see you soon x", None, "see you soon x"),
    ("see you soon x", "   \n ", "see you soon x"),
    ("see you soon x", "Here's where Miss Rowe lives:\n 12 Oak Rd",
     "see you soon x [SEP] Here's where Miss Rowe lives: 12 Oak Rd"),
    ("reported. grow up", "Hexley Parents Chat, thread: Phone pouch petition",
     "reported. grow up [SEP] Hexley Parents Chat, thread: Phone pouch petition"),
]


@pytest.mark.parametrize("post,context,read", READINGS)
def test_a_post_is_read_first_then_its_context(post, context, read):
    assert paired(post, context) == read


def test_a_long_context_is_cut_never_the_post():
    post = "word " * 300
    read = paired(post, "a" * 1000)
    assert read == f"{post} [SEP] {'a' * CONTEXT_CHARS}"


class _Alone:
    labels = ("abuse",)

    def scores(self, texts):
        return [{"abuse": float(len(t))} for t in texts]


def test_a_classifier_that_never_learned_context_reads_the_post_alone():
    assert scores_in_context(_Alone(), ["ab", "abc"], ["long context here", None]) == [{"abuse": 2.0}, {"abuse": 3.0}]


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    """The shipped model twice: as shipped, and told by its meta.json that it learned with context."""
    from monitor.judge.runtime import MODEL_DIR, OnnxClassifier

    folder = tmp_path_factory.mktemp("context_model")
    for name in ("model.onnx", "tokenizer.json", "advice.npz"):
        (folder / name).symlink_to(MODEL_DIR / name)
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    meta["onnx"]["context"] = True
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return OnnxClassifier(MODEL_DIR), OnnxClassifier(folder)


@pytest.mark.slow
def test_a_context_model_is_given_post_sep_context(models):
    shipped, reader = models
    assert (shipped.reads_context, reader.reads_context) == (False, True)
    post, context = "see you soon x", "Here's where Miss Rowe from Hollowbrook lives: 12 Oak Rd, Hexley"
    got = scores_in_context(reader, [post, post], [context, ""])
    assert got[0] == shipped.scores([paired(post, context)])[0]
    assert got[1] == shipped.scores([post])[0]
    # The shipped model never reads the context, however it is called.
    assert scores_in_context(shipped, [post], [context]) == shipped.scores([post])
