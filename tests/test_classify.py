"""The classifier: plumbing with a tiny random model, judgement with the real packaged one."""
from __future__ import annotations

import os

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tiny_model import build_tiny_model  # noqa: E402

from monitor.judge.classify import (  # noqa: E402
    ClassifierError,
    lexical_features,
    load_classifier,
    score_heads,
)
from monitor.judge.encoder import merge_adapter  # noqa: E402
from monitor.config.types import ClassifierConfig  # noqa: E402
from monitor.vocab import CATEGORY_SCORES, CONTRACT_LABELS, LABELS  # noqa: E402

TEXTS = ["hi", "Mr Whitaker better watch his back tomorrow at pickup, I know where he lives", "",
         "great sports day", "a much longer post about the school " * 20]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return build_tiny_model(tmp_path_factory.mktemp("tiny"))


def test_tiny_model_scores_every_label_in_order(tiny):
    clf = load_classifier(ClassifierConfig(model=str(tiny), batch_size=2, max_length=32))
    out = clf.scores(TEXTS)
    assert len(out) == len(TEXTS)
    for s in out:
        assert set(LABELS) <= set(s) and all(0.0 <= v <= 1.0 for v in s.values())
    # Batches are sorted by length: each text must still get its own scores back.
    alone = [clf.scores([t])[0] for t in TEXTS]
    for a, b in zip(out, alone):
        assert a == pytest.approx(b, abs=2e-3)
    assert clf.scores([]) == []


def test_a_classifier_exposes_the_labels_it_has(tiny):
    """Category scores only where the model has them; the contract's labels always."""
    everything = load_classifier(ClassifierConfig(model=str(tiny)))
    assert everything.labels == LABELS
    only_abuse = load_classifier(ClassifierConfig(model=str(tiny), labels={"abuse": "abuse"}))
    assert only_abuse.labels == CONTRACT_LABELS
    assert set(only_abuse.scores(["you idiot"])[0]) == set(CONTRACT_LABELS)
    praise = load_classifier(ClassifierConfig(model=str(tiny), labels={"positive": "praise"}))
    assert praise.labels == CONTRACT_LABELS + ("praise",)
    assert set(CATEGORY_SCORES) & set(LABELS) == set(CATEGORY_SCORES)


def test_label_mapping(tiny):
    clf = load_classifier(ClassifierConfig(model=str(tiny), labels={"abuse": "hate"}))
    default = load_classifier(ClassifierConfig(model=str(tiny)))
    mapped, plain = clf.scores(["you idiot"])[0], default.scores(["you idiot"])[0]
    assert mapped["hate"] == plain["abuse"]
    assert mapped["abuse"] == 0.0  # nothing of theirs maps to it


@pytest.mark.parametrize("labels,message", [
    ({"toxic": "abuse"}, "'toxic'"),
    ({"abuse": "spicy"}, "'spicy'"),
])
def test_bad_label_mapping_names_the_label(tiny, labels, message):
    with pytest.raises(ClassifierError, match=message):
        load_classifier(ClassifierConfig(model=str(tiny), labels=labels))


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ClassifierError, match="nowhere"):
        load_classifier(ClassifierConfig(model=str(tmp_path / "nowhere")))


def test_heads_are_logistic_regressions_and_a_softmax():
    d = 4
    heads = {f"{k}_w": np.ones(d, np.float32) for k in ("abuse", "hate", "threat")}
    heads |= {f"{k}_b": np.float32(0.0) for k in ("abuse", "hate", "threat")}
    heads["abuse_lex"] = np.zeros(10, np.float32)
    heads["abuse_lex"][3] = 4.0
    heads["sentiment_W"] = np.array([[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 1]], np.float32)
    heads["sentiment_b"] = np.zeros(3, np.float32)
    emb = np.array([[0, 0, 0, 0], [1, 0, 0, 0]], np.float32)
    out = score_heads(heads, emb, [np.array([3]), np.array([1, 2])])
    assert out[0]["hate"] == pytest.approx(0.5)
    assert out[0]["abuse"] == pytest.approx(1 / (1 + np.exp(-4.0)), abs=1e-4)
    assert out[1]["negative"] > out[1]["positive"]
    assert lexical_features([np.array([3, 3 - 3])], heads["abuse_lex"])[0] == pytest.approx(4.0 / np.sqrt(2))


def _tiny_encoder():
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(6, 4), torch.nn.ReLU(), torch.nn.Linear(4, 3))


def test_adapter_is_merged_into_the_weights(tmp_path):
    model = _tiny_encoder()
    before = model[2].weight.detach().numpy().copy()
    a = np.arange(8, dtype=np.float16).reshape(2, 4) / 10
    b = np.ones((3, 2), np.float16)
    np.savez(tmp_path / "adapter.npz", scale=np.float32(0.5), **{"2.A": a, "2.B": b})
    assert merge_adapter(model, tmp_path / "adapter.npz") == 1
    expected = before + 0.5 * (b.astype(np.float32) @ a.astype(np.float32))
    assert model[2].weight.detach().numpy() == pytest.approx(expected, abs=1e-6)
    assert model[0].weight.shape == (4, 6)  # untouched layers stay as they were


@pytest.mark.parametrize("arrays,message", [
    ({"9.A": np.zeros((2, 4)), "9.B": np.zeros((3, 2))}, "'9'"),  # no such layer
    ({"1.A": np.zeros((2, 4)), "1.B": np.zeros((3, 2))}, "'1'"),  # not a Linear layer
    ({"2.A": np.zeros((2, 5)), "2.B": np.zeros((3, 2))}, "'2' is"),  # wrong shape
    ({"2.A": np.zeros((2, 4))}, "no B"),
    ({}, "adapts no layer"),
])
def test_bad_adapter_names_the_layer(tmp_path, arrays, message):
    np.savez(tmp_path / "adapter.npz", scale=np.float32(1.0), **arrays)
    with pytest.raises(ClassifierError, match=message):
        merge_adapter(_tiny_encoder(), tmp_path / "adapter.npz")


def test_missing_adapter_is_a_clear_error(tmp_path):
    with pytest.raises(ClassifierError, match="training.lora"):
        merge_adapter(_tiny_encoder(), tmp_path / "none.npz")


# The real default model: loaded once for the module.
@pytest.fixture(scope="module")
def default():
    return load_classifier(ClassifierConfig())


@pytest.mark.slow
def test_default_model_scores_abuse_above_praise(default):
    abusive, praise, threat, complaint = default.scores([
        "Whitaker is a useless fat prick, fuck that school",
        "Mr Whitaker is a wonderful teacher, thank you for a brilliant year",
        "Mr Whitaker better watch his back, I know where he lives",
        "The homework policy at Hollowbrook is badly thought out and the letters home are confusing",
    ])
    assert abusive["abuse"] > 0.5 > praise["abuse"]
    assert praise["positive"] > 0.5 > praise["negative"]
    assert complaint["negative"] > complaint["positive"]
    assert threat["threat"] > 0.5 > praise["threat"]
    assert all(0.0 <= v <= 1.0 for s in (abusive, praise, threat, complaint) for v in s.values())


@pytest.mark.slow
def test_a_posts_scores_do_not_depend_on_its_batch_mates(default):
    """`schoolwatch triage` on a file and the daemon must judge the same post the same way."""
    post = "The Hollowbrook car park is a free for all, someone will get hurt"
    alone = default.scores([post])[0]
    crowd = ["lol", "Mr Whitaker better watch his back, I know where he lives " * 5, post,
             "Lovely concert tonight, well done everyone at Hollowbrook Academy!"]
    in_batch = default.scores(crowd)[2]
    assert in_batch == pytest.approx(alone, abs=1e-5)


def test_a_default_model_folder_missing_its_model_is_a_clear_error(tmp_path):
    from monitor.judge.runtime import OnnxClassifier

    (tmp_path / "meta.json").write_text('{"onnx": {"file": "model.onnx", "output": "probs", "labels": []}}')
    with pytest.raises(ClassifierError, match="model.onnx"):
        OnnxClassifier(tmp_path)
    (tmp_path / "meta.json").write_text('{"trained": "today"}')
    with pytest.raises(ClassifierError, match="no 'onnx' entry"):
        OnnxClassifier(tmp_path)


def test_a_long_post_keeps_the_worst_any_window_of_it_says(default):
    """Past the length the model was trained on, a post is also read in overlapping windows; the
    harm scores are the worst of the whole and every window, the rest the whole post's own."""
    import numpy as np

    from monitor.judge.runtime import WINDOWED

    clf = default
    clf.window = 96
    short = "Lovely concert tonight, well done everyone at Hollowbrook Academy!"
    long = ("I remember when Hollowbrook still had the old swimming pool, and we walked there in all weathers. "
            * 8) + "And if I ever get that deputy on her own in the car park she will regret it."
    ids = clf.tokenizer.encode(long).ids
    windows = clf._windows(ids)
    assert len(windows) >= 3 and all(len(w) == 98 for w in windows)
    assert clf._windows(clf.tokenizer.encode(short).ids) == []
    whole, parts = clf._run(ids), [clf._run(w) for w in windows]
    got = clf.scores([long])[0]
    for k, label in enumerate(clf._columns):
        expected = max([whole[k]] + [p[k] for p in parts]) if label in WINDOWED else whole[k]
        assert got[label] == pytest.approx(round(float(expected), 4), abs=1e-4), label
    assert got["threat"] > round(float(whole[clf._columns.index("threat")]), 4)
    clf.window = 0
    assert clf.scores([long])[0]["threat"] == pytest.approx(round(float(whole[clf._columns.index("threat")]), 4), abs=1e-4)


def test_a_disguised_post_is_also_read_as_the_words_it_spells(default):
    """"gna sh4nk" is read twice, as written and as spelled out; the harm scores are the worse of
    the two, the rest the post's own. Shortenings everyone knows ("ur", "shes") are read once."""
    from monitor.judge.rules.spelling import disguised
    from monitor.judge.runtime import WINDOWED

    clf = default
    post = "gna sh4nk mr w 2moz at da g8s, ur d3ad"
    plain = disguised(post)
    assert plain is not None and "shank" in plain and "tomorrow" in plain
    assert disguised("shes not in today, ur lot are da best") is None
    as_written, spelled = (clf._run(clf.tokenizer.encode(t).ids) for t in (post, plain))
    got = clf.scores([post])[0]
    for k, label in enumerate(clf._columns):
        expected = max(as_written[k], spelled[k]) if label in WINDOWED else as_written[k]
        assert got[label] == pytest.approx(round(float(expected), 4), abs=1e-4), label


def test_a_batch_is_padded_on_the_right_with_its_mask():
    """The one padding step the fine-tune and the Hugging Face path share (monitor/judge/encoder.py)."""
    from monitor.judge.encoder import padded

    ids, mask = padded([[101, 7, 8, 102], [101, 102]])
    assert ids.tolist() == [[101, 7, 8, 102], [101, 102, 0, 0]]
    assert mask.tolist() == [[1, 1, 1, 1], [1, 1, 0, 0]]
