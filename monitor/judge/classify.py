"""Scores a post: the contract's labels (abuse, hate, threat, negative, positive) and, where the
model has them, one score per category (monitor.vocab.LABELS).

Two implementations of one Protocol:
- the default: all-MiniLM-L6-v2 exported to ONNX and quantised to int8, shipped in
  monitor/judge/model/ with its tokenizer and run by onnxruntime (monitor/judge/runtime.py):
  no torch, loads in well under a second, one post a pass;
- any Hugging Face sequence-classification model (id or local path) with a mapping of its
  labels to ours, for schools that can download one. This one needs torch and transformers
  (`pip install schoolwatch[hf]`), imported only when such a model is configured.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Mapping, Protocol, Sequence

import numpy as np

from monitor.config.types import ClassifierConfig
from monitor.vocab import CONTRACT_LABELS, LABELS

log = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).resolve().parent / "model"
HEADS_FILE = MODEL_DIR / "heads.npz"


class Classifier(Protocol):
    # The labels this classifier scores, in vocab.LABELS order: always the contract's
    # (vocab.CONTRACT_LABELS), and the category scores only where it was trained on them.
    labels: tuple[str, ...]

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """One dict per text, each of `labels` with its probability in [0, 1]."""


def scores_in_context(classifier, texts: Sequence[str], contexts: Sequence[str | None]) -> list[dict[str, float]]:
    """Each post's scores, read with what it answers where the classifier learned to read so
    (its `reads_context`); any other classifier reads the posts alone."""
    if getattr(classifier, "reads_context", False):
        return classifier.scores(texts, contexts)
    return classifier.scores(texts)


from monitor.judge.encoder import MAX_CELLS, ClassifierError, _batches


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def lexical_features(distinct_ids: Sequence[np.ndarray], weights: np.ndarray) -> np.ndarray:
    """Sum of per-token weights over a text's distinct word pieces, scaled by 1/sqrt(n).

    The same scaling as an L2-normalised binary bag of words, which is what the heads
    were trained on (training/features.py).
    """
    out = np.zeros(len(distinct_ids), dtype=np.float32)
    for i, ids in enumerate(distinct_ids):
        if len(ids):
            out[i] = weights[ids].sum() / np.sqrt(len(ids))
    return out


def load_heads(path: Path) -> dict[str, np.ndarray]:
    if not path.is_file():
        raise ClassifierError(f"the trained heads are missing: {path} (run python -m training.train)")
    with np.load(path, allow_pickle=False) as data:
        heads = {k: data[k] for k in data.files}
    for label in ("abuse", "hate", "threat"):
        if f"{label}_w" not in heads:
            raise ClassifierError(f"{path} has no head for {label!r}")
    if "sentiment_W" not in heads:
        raise ClassifierError(f"{path} has no sentiment head")
    return heads


def score_heads(heads: Mapping[str, np.ndarray], emb: np.ndarray,
                distinct: Sequence[np.ndarray]) -> list[dict[str, float]]:
    """Apply the heads: one logistic regression per binary label, a softmax for sentiment."""
    cols: dict[str, np.ndarray] = {}
    for label in ("abuse", "hate", "threat"):
        logit = emb @ heads[f"{label}_w"] + heads[f"{label}_b"]
        lex = heads.get(f"{label}_lex")
        if lex is not None:
            logit = logit + lexical_features(distinct, lex)
        cols[label] = _sigmoid(logit)
    logits = emb @ heads["sentiment_W"].T + heads["sentiment_b"]
    lex = heads.get("sentiment_lex")
    if lex is not None:
        logits = logits + np.stack([lexical_features(distinct, lex[k]) for k in range(lex.shape[0])], 1)
    probs = _softmax(logits)  # negative, neutral, positive
    cols["negative"], cols["positive"] = probs[:, 0], probs[:, 2]
    return [{label: round(float(cols[label][i]), 4) for label in CONTRACT_LABELS} for i in range(emb.shape[0])]


class HFClassifier:
    """Any Hugging Face sequence-classification model, its labels mapped to ours."""

    def __init__(self, model: str, mapping: Mapping[str, str], batch_size: int = 32, max_length: int = 256):
        try:
            import torch
            from transformers import AutoModelForSequenceClassification, AutoTokenizer
        except ImportError as exc:
            raise ClassifierError(
                f"[classifier] model = {model!r} needs torch and transformers (pip install 'schoolwatch[hf]'); "
                "the default model needs neither") from exc

        self._torch = torch
        offline = os.environ.get("HF_HUB_OFFLINE", "") not in ("", "0") or Path(model).exists()
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(model, local_files_only=offline)
            self.model = AutoModelForSequenceClassification.from_pretrained(model, local_files_only=offline)
        except (OSError, ValueError) as exc:
            raise ClassifierError(f"[classifier] model = {model!r} cannot be loaded: {exc}") from exc
        self.model.eval()
        self.batch_size = max(1, int(batch_size))
        cfg = self.model.config
        # A model with fewer positions than asked for would fail on every long post.
        self.max_length = min(int(max_length), int(getattr(cfg, "max_position_embeddings", max_length) or max_length))
        self.sigmoid = cfg.problem_type == "multi_label_classification"
        theirs = {int(i): str(name) for i, name in cfg.id2label.items()}
        self.columns = _map_labels(theirs, mapping, model)
        # The contract's labels always (0.0 where nothing of theirs maps to one), and any
        # category score their labels map to.
        mapped = {ours for _, ours in self.columns}
        self.labels = tuple(l for l in LABELS if l in CONTRACT_LABELS or l in mapped)

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        torch = self._torch
        texts = [t if isinstance(t, str) else "" for t in texts]
        out: list[dict[str, float]] = [{} for _ in texts]
        lengths = [len(t) for t in texts]
        for batch in _batches(texts, lengths, self.batch_size, MAX_CELLS * 16):
            enc = self.tokenizer([texts[i] for i in batch], truncation=True, max_length=self.max_length,
                                 padding=True, return_tensors="pt")
            with torch.inference_mode():
                logits = self.model(**enc).logits.float()
            probs = (torch.sigmoid(logits) if self.sigmoid else torch.softmax(logits, -1)).numpy()
            for row, i in enumerate(batch):
                s = {label: 0.0 for label in self.labels}
                for col, ours in self.columns:
                    s[ours] = max(s[ours], round(float(probs[row, col]), 4))
                out[i] = s
        return out


def _map_labels(theirs: Mapping[int, str], mapping: Mapping[str, str], model: str) -> list[tuple[int, str]]:
    """(their column, our label) pairs; without a mapping, labels named like ours map to ours."""
    for ours in mapping.values():
        if ours not in LABELS:
            raise ClassifierError(f"[classifier] labels maps to {ours!r}, which is not one of {', '.join(LABELS)}")
    by_name = {name.lower(): i for i, name in theirs.items()}
    pairs = []
    if mapping:
        for their, ours in mapping.items():
            if their.lower() not in by_name:
                raise ClassifierError(
                    f"[classifier] labels names {their!r}, which model {model!r} does not have "
                    f"(it has {', '.join(theirs.values())})")
            pairs.append((by_name[their.lower()], ours))
    else:
        pairs = [(i, name.lower()) for i, name in theirs.items() if name.lower() in LABELS]
        if not pairs:
            raise ClassifierError(
                f"model {model!r} has labels {', '.join(theirs.values())}: map them to ours with [classifier] labels")
    return pairs


def load_classifier(cfg: ClassifierConfig | None = None) -> Classifier:
    """Load once at start-up; raises ClassifierError naming what is missing."""
    cfg = cfg or ClassifierConfig()
    if cfg.model == "default":
        from monitor.judge.runtime import OnnxClassifier

        return OnnxClassifier(MODEL_DIR, cfg.max_length)
    return HFClassifier(cfg.model, cfg.labels, cfg.batch_size, cfg.max_length)
