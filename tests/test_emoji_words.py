"""Emoji read as words for a model trained so: the tokenizer has none of them."""
from __future__ import annotations

import pytest

from monitor.judge.emoji_words import in_words

# post -> what the model reads
WORDS = [
    ("see u at the gates 🔪🔪", "see u at the gates knife knife"),
    ("mr w thinks hes hard 😂😂", "mr w thinks hes hard laughing laughing"),
    ("bringing it friday 🔫", "bringing it friday gun"),
    ("h4ng urs3lf 🪢", "h4ng urs3lf rope"),
    # Named by the emoji package where people mean what Unicode says.
    ("Year 6 nailed it 🔥👏", "Year 6 nailed it fire clapping hands"),
    # Nothing to read: the text as it was, to the byte.
    ("no emoji here, 3:15 at the gate", "no emoji here, 3:15 at the gate"),
    ("", ""),
]


@pytest.mark.parametrize("post,read", WORDS)
def test_emoji_read_as_words(post, read):
    assert in_words(post) == read


def test_a_model_trained_on_emoji_words_reads_them_so(tmp_path):
    """meta.json's `emoji_words` turns the reading on; without it the post goes in as written."""
    import json

    from monitor.judge.runtime import MODEL_DIR, OnnxClassifier

    for name in ("model.onnx", "tokenizer.json", "advice.npz"):
        (tmp_path / name).symlink_to(MODEL_DIR / name)
    meta = json.loads((MODEL_DIR / "meta.json").read_text())
    meta["onnx"]["emoji_words"] = True
    (tmp_path / "meta.json").write_text(json.dumps(meta))
    reads, plain = OnnxClassifier(tmp_path), OnnxClassifier(MODEL_DIR)
    assert reads.emoji_words and not plain.emoji_words
    post = "see u at the gates 3:15 🔪🔪"
    assert reads.scores([post]) == plain.scores([in_words(post)])
    assert reads.scores([post]) != plain.scores([post])
