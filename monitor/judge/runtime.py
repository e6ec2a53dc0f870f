"""The default classifier without torch: the shipped ONNX model run by onnxruntime, with the
`tokenizers` tokenizer shipped beside it (monitor/judge/model/).

The model (training/export.py writes it) is int8: its activations are quantised with a
scale computed per call from the whole input, padding included, so a post scored beside
longer batch-mates would score differently. Each post therefore goes through alone, with no
padding: its scores never depend on what else is being scored, and with one thread per call
a post takes a few milliseconds. A post past the model's length is also read in windows, and
one written to slip past a reader ("gna sh4nk mr w 2moz") also as the words it spells
(monitor.judge.rules.spelling.disguised): its harm scores are the worst of every reading.

meta.json's "onnx" entry says which kind the model is:
- "output": "probs": the fine-tuned model; its outputs are the probabilities of "labels";
- "output": "embedding": the frozen encoder, mean pooled and L2-normalised; the heads of
  heads.npz turn it into the contract's five scores (monitor.judge.classify.score_heads).
A fine-tuned model with a second output, `pooled`, and advice.npz fitted to it also scores the
actions reviewers took on posts like this one (monitor/judge/advice.py), from the whole post's
first reading. A model trained with its context (training/finetune.py --context; meta.json
"context": true) reads a post first as "post [SEP] context" (monitor/judge/paired.py) where the
caller gives one; its windows and the disguised reading are the post alone.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import numpy as np

from monitor.judge.advice import load_head
from monitor.judge.encoder import ClassifierError
from monitor.judge.emoji_words import in_words
from monitor.judge.paired import paired
from monitor.judge.rules.spelling import disguised
from monitor.vocab import CONTRACT_LABELS, LABELS

MODEL_DIR = Path(__file__).resolve().parent / "model"
# The scores a harmful sentence anywhere in a post should raise.
WINDOWED = frozenset({"abuse", "hate", "threat", "negative", "harassment", "defamation", "safeguarding", "privacy"})


def read_meta(model_dir: Path = MODEL_DIR) -> dict:
    path = model_dir / "meta.json"
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ClassifierError(f"the model's settings cannot be read: {path}: {exc}") from exc
    onnx = meta.get("onnx")
    if not isinstance(onnx, dict) or onnx.get("output") not in ("probs", "embedding"):
        raise ClassifierError(f"{path} has no 'onnx' entry with an output of 'probs' or 'embedding'")
    return onnx


class OnnxClassifier:
    """The shipped model: onnxruntime and the tokenizer, one post a pass."""

    def __init__(self, model_dir: Path = MODEL_DIR, max_length: int | None = None, threads: int = 1):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        spec = read_meta(model_dir)
        model = model_dir / spec.get("file", "model.onnx")
        tok = model_dir / spec.get("tokenizer", "tokenizer.json")
        for path in (model, tok):
            if not path.is_file():
                raise ClassifierError(f"the default model is missing {path} (run python -m training.export)")
        self.tokenizer = Tokenizer.from_file(str(tok))
        self.tokenizer.no_padding()
        # The model's own limit wins: longer inputs would run past its position embeddings.
        limit = int(spec.get("max_length", 256))
        self.tokenizer.enable_truncation(min(int(max_length or limit), limit))
        opts = ort.SessionOptions()
        # One thread: a post is too small to share, and a second thread waiting on a busy
        # core stalls the first (what made torch's thread pool slow on two shared cores).
        opts.intra_op_num_threads = max(1, int(threads))
        opts.inter_op_num_threads = 1
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.log_severity_level = 3
        try:
            self.session = ort.InferenceSession(str(model), opts, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own types for a bad file
            raise ClassifierError(f"{model} cannot be loaded by onnxruntime: {exc}") from exc
        self.output = spec["output"]
        # A model trained on emoji read as words (training/finetune.py --emoji-words) reads them so here.
        self.emoji_words = bool(spec.get("emoji_words"))
        self.reads_context = bool(spec.get("context"))
        if self.output == "probs":
            labels = tuple(spec.get("labels", ()))
            unknown = [l for l in labels if l not in LABELS]
            if unknown or not set(CONTRACT_LABELS) <= set(labels):
                raise ClassifierError(f"{model_dir / 'meta.json'}: labels {labels!r} must include "
                                      f"{', '.join(CONTRACT_LABELS)} and only labels of monitor.vocab.LABELS")
            self._columns = labels
            self.labels = tuple(l for l in LABELS if l in labels)
            self.heads = None
            # Read in windows, a long post keeps the worst any part of it says (never its praise).
            self._harm_columns = [k for k, l in enumerate(labels) if l in WINDOWED]
            self.window = int(spec.get("window", 0))
            pooled = [o for o in self.session.get_outputs() if o.name == "pooled"]
            # The head reads the pooled embedding (its width from one empty post), the scores and a 1.
            width = len(self._outputs(self.tokenizer.encode("").ids)[1]) + len(labels) + 1 if pooled else 0
            self.advice = load_head(model_dir, model, width) if pooled else None
        else:
            from monitor.judge.classify import load_heads

            self.heads = load_heads(model_dir / spec.get("heads", "heads.npz"))
            self.labels = CONTRACT_LABELS
            self._harm_columns, self.window, self.advice = [], 0, None
        special = {self.tokenizer.token_to_id(t) for t in ("[CLS]", "[SEP]", "[PAD]", "[UNK]", "[MASK]")}
        self._special = {i for i in special if i is not None}

    def _windows(self, ids: list[int]) -> list[list[int]]:
        """A long post read in overlapping windows as long as the model was trained on: a threat
        in the last lines of a long, friendly post is diluted to nothing in the whole post's mean."""
        body = ids[1:-1]
        if self.window <= 0 or len(body) <= self.window or len(ids) < 2:
            return []
        step = self.window // 2
        # Every window full length; the last one ends where the post ends.
        starts = [*range(0, len(body) - self.window, step), len(body) - self.window]
        return [[ids[0], *body[a:a + self.window], ids[-1]] for a in starts]

    def _outputs(self, ids: list[int]) -> list[np.ndarray]:
        x = np.asarray([ids], dtype=np.int64)
        return [o[0] for o in self.session.run(None, {"input_ids": x, "attention_mask": np.ones_like(x)})]

    def _run(self, ids: list[int]) -> np.ndarray:
        return self._outputs(ids)[0]

    @staticmethod
    def _read(outputs: list[np.ndarray]) -> np.ndarray:
        # The advice head's input: the pooled embedding, the model's scores, a constant 1.
        return np.concatenate([outputs[1], outputs[0], [1.0]])

    def _first(self, text: str, context: str | None) -> str:
        return paired(text, context) if self.reads_context else text

    def reading(self, text: str, context: str | None = None) -> np.ndarray:
        """What the advice head reads for one post (training/advice.py fits it on these)."""
        text = self._first(text, context)
        return self._read(self._outputs(self.tokenizer.encode(in_words(text) if self.emoji_words else text).ids))

    def scores(self, texts: Sequence[str], contexts: Sequence[str | None] | None = None) -> list[dict[str, float]]:
        """`contexts`: what each post answers (a thread's title, the post above), read with it
        only by a model that learned so."""
        if not texts:
            return []
        texts = [t if isinstance(t, str) else "" for t in texts]
        if self.emoji_words:
            texts = [in_words(t) for t in texts]
        encoded = [self.tokenizer.encode(t).ids for t in texts]
        if self.reads_context and contexts is not None:
            pairs = [paired(t, c if isinstance(c, str) else None) for t, c in zip(texts, contexts)]
            pairs = [in_words(p) for p in pairs] if self.emoji_words else pairs
            first = [self._outputs(self.tokenizer.encode(p).ids) for p in pairs]
        else:
            first = [self._outputs(ids) for ids in encoded]
        rows = np.stack([out[0] for out in first])
        advice = ([self.advice.scores(self._read(out)) for out in first]
                  if self.advice is not None else [{} for _ in first])
        if self.heads is None and self._harm_columns:
            for k, ids in enumerate(encoded):
                # "gna sh4nk mr w 2moz" is also read as the words it spells: the model learned few
                # of the ways people disguise letters. Each reading is windowed as the post is.
                plain = disguised(texts[k])
                readings = [ids] + ([self.tokenizer.encode(plain).ids] if plain else [])
                for part_ids in readings[1:] + [w for r in readings for w in self._windows(r)]:
                    part = self._run(part_ids)
                    rows[k, self._harm_columns] = np.maximum(rows[k, self._harm_columns], part[self._harm_columns])
        if self.heads is not None:
            from monitor.judge.classify import score_heads

            distinct = [np.array(sorted(set(ids) - self._special), dtype=np.int64) for ids in encoded]
            return score_heads(self.heads, rows.astype(np.float32), distinct)
        col = {l: k for k, l in enumerate(self._columns)}
        return [{**{l: round(float(r[col[l]]), 4) for l in self.labels}, **a} for r, a in zip(rows, advice)]
