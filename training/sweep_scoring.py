"""How the sweep scores a model it has just trained, as the shipped one is scored: the runtime's
reading of each post with the torch module in place of the ONNX session, the whole pipeline of
matching and triage, and TweetEval test. For training/gpu_sweep.py."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from monitor.judge.encoder import encoder_dir
from monitor.judge.runtime import WINDOWED, OnnxClassifier
from monitor.vocab import LABELS
from training import data, export, finetune


class TorchScorer(OnnxClassifier):
    """The runtime's scoring (monitor/judge/runtime.py: alone, in windows, disguised spelling
    read plain) with the torch module in place of the ONNX session."""

    def __init__(self, module, window: int, device: str):  # the runtime's attributes, without its ONNX file
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(encoder_dir() / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(256)
        self._columns = self.labels = tuple(LABELS)
        self.heads, self.emoji_words, self.window = None, False, window
        self._harm_columns = [k for k, label in enumerate(LABELS) if label in WINDOWED]
        self._special = set()
        self.module, self.device = module, device

    def _run(self, ids: list[int]) -> np.ndarray:
        import torch

        x = torch.tensor([ids], device=self.device)
        with torch.inference_mode():
            return self.module(x, torch.ones_like(x))[0].float().cpu().numpy()


def tweeteval_figures(module, tok, device: str) -> dict:
    import torch

    out = {}
    for task, k in (("offensive", "abuse"), ("hate", "hate"), ("sentiment", None)):
        test = data.tweeteval(task, "test")
        probs = []
        with torch.inference_mode():
            for i in range(0, len(test.texts), 256):
                enc = tok(test.texts[i:i + 256], truncation=True, max_length=256, padding=True, return_tensors="pt")
                probs.append(module(enc["input_ids"].to(device), enc["attention_mask"].to(device)).float().cpu().numpy())
        p = np.concatenate(probs)
        if k:
            out[task] = round(export.macro_f1(test.labels, (p[:, LABELS.index(k)] >= 0.5).astype(int)), 4)
        else:
            neg, pos = p[:, LABELS.index("negative")], p[:, LABELS.index("positive")]
            pred = np.argmax(np.stack([neg, 1 - neg - pos, pos], 1), 1)
            rec = [float(np.mean(pred[np.array(test.labels) == c] == c)) for c in range(3)]
            out[task] = round(float(np.mean(rec)), 4)
    return out


def pipeline_figures(scorer, files: list[Path]) -> tuple[dict, list]:
    """The evaluation posts through matching and triage with this model's scores."""
    from bench.eval_figures import figures
    from bench.judgement import EVAL_DIR, EVAL_NOW
    from monitor.cli.core import load_config
    from monitor.cli.judge import read_posts
    from monitor.judge.batch import triage_posts

    cfg = load_config(EVAL_DIR / "config.toml")
    gold, got = [], []
    for path in files:
        with open(path, encoding="utf-8") as f:
            posts = [ln.post for ln in read_posts(f, str(path), [])]
        with open(path, encoding="utf-8") as f:
            gold += [json.loads(line) for line in f if line.strip()]
        got += triage_posts(posts, cfg, scorer, now=EVAL_NOW)
    f = figures(gold, got)
    summary = {"posts": f.n, "urgent_found": f.urgent.tp, "urgent_wrong": f.urgent.fp, "urgent_missed": f.urgent.fn,
               "every_action": f.all_actions, "legit_raised": f.legit_loud, "about_found": f.about_found,
               "categories": {c: [pr.tp, pr.fp, pr.fn] for c, pr in f.categories.items()}}
    scores = [{"id": o["id"], "scores": o["scores"]} for o in got]
    return summary, scores


def export_module(model):
    """training/export.py's probabilities module around weights already in memory."""
    import torch

    b = {name: k for k, name in enumerate(finetune.BINARY)}
    nb = len(finetune.BINARY)
    cols = [("s", 0) if label == "negative" else ("s", 2) if label == "positive" else ("b", b[label])
            for label in LABELS]

    def probs(input_ids, attention_mask):
        logits = model(input_ids, attention_mask)
        sig, sent = torch.sigmoid(logits[:, :nb]), torch.softmax(logits[:, nb:], dim=-1)
        return torch.stack([(sent if kind == "s" else sig)[:, k] for kind, k in cols], dim=1)

    return probs
