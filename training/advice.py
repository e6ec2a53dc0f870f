"""The advice head: which of DESIGN.md's actions reviewers took on posts like this one.

    python -m training.advice [--through 30]

The writers of the development sets (bench/eval, rounds read in earlier rounds) gave every post
the actions a school should take. The rules find the facts behind most of them, but miss how
people apply the policy to the posts the rules were not written for ("made 3 new accounts since
he blocked me" is a course of conduct: police). This fits one logistic regression per action
on the shipped model's own reading of a post (its pooled embedding and its thirteen scores) and
ships it beside the model as advice.npz; monitor/judge/advice.py adds an action it advises to
what the rules decided, never takes one away, and never changes a priority.

Split by writer: the weights that choose each threshold learn from rounds up to `through` - 2
and are measured on the last two rounds (writers they never saw); the threshold is the lowest
that keeps precision at 0.8 there. The shipped weights then learn from every round up to
`through`, with that threshold folded into the bias so that 0.5 means "advise it".
School, town and staff names are replaced (training/development.py) as for the fine-tune.
Needs `onnx` (the `train` extra) to give model.onnx its `pooled` output; runs in a few minutes on
two cores, and must be rerun whenever model.onnx changes (tests check the fingerprint).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

import numpy as np

from training import development

MODEL_DIR = Path(__file__).resolve().parents[1] / "monitor" / "judge" / "model"
# call_999 stays with the rules (a time, place or weapon is a fact to find, not a likeness to
# learn), as do respond_data_request (its deadline needs the request found) and contact_author
# (the writers split on it: precision under 0.5 on unseen writers).
ADVISED = ("report_police", "dsl_review", "request_removal", "inform_staff", "legal_advice")
PRECISION = 0.8
THRESHOLDS = np.round(np.arange(0.95, 0.34, -0.05), 2)
L2 = 1.0
SEED = 20261204


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_pooled_output(path: Path) -> bool:
    """Give the model a second output, `pooled`: the mean-pooled sentence embedding its head reads.
    Returns False if it already has one. The scores it gives are unchanged."""
    import onnx

    model = onnx.load(str(path))
    if any(o.name == "pooled" for o in model.graph.output):
        return False
    # The head's input: the float tensor that is quantised for the head's MatMul.
    head = next(n for n in model.graph.node if n.op_type in ("MatMulInteger", "MatMul", "Gemm")
                and n.name.startswith("/model/head/"))
    quant = next((n for n in model.graph.node if head.input[0] in n.output and n.op_type == "DynamicQuantizeLinear"), None)
    source = quant.input[0] if quant is not None else head.input[0]
    model.graph.node.append(onnx.helper.make_node("Identity", [source], ["pooled"], name="/advice/pooled"))
    model.graph.output.append(onnx.helper.make_tensor_value_info("pooled", onnx.TensorProto.FLOAT, None))
    onnx.save(model, str(path))
    return True


def features(classifier, texts: list[str]) -> np.ndarray:
    """What the head reads, as the runtime computes it: pooled embedding, scores, a constant."""
    return np.stack([classifier.reading(t) for t in texts])


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 50) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (a few hundred features)."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + l2 * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + l2 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def choose_threshold(p: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    """The lowest threshold with precision >= PRECISION on unseen writers: (threshold, precision, recall)."""
    best = (float(THRESHOLDS[0]), 0.0, 0.0)
    for t in THRESHOLDS:
        said = p >= t
        tp = float(np.sum(said & (y > 0)))
        prec = tp / max(float(said.sum()), 1.0)
        if prec >= PRECISION:
            best = (float(t), round(prec, 3), round(tp / max(float(y.sum()), 1.0), 3))
    return best


def labelled_posts(through: int, seed: int = SEED, context: bool = False) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Every development post through round `through` with the writers' actions: (texts, actions, round).
    `context`: each read as the model that learned with context reads it, "post [SEP] context"."""
    from monitor.judge.paired import paired

    rename = development.renamer(seed)
    texts, acts, rounds = [], [], []
    for folder in development.folders(through):
        n = {"dev": 1, "final": 2}.get(folder) or int(folder.removeprefix("round"))
        for path in sorted((development.EVAL / folder).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    texts.append(rename(paired(row["text"], row.get("context")) if context else row["text"]))
                    acts.append([a in row.get("actions", ()) for a in ADVISED])
                    rounds.append(n)
    return texts, np.array(acts, dtype=float), np.array(rounds)


def main() -> None:
    from monitor.judge.runtime import OnnxClassifier

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--through", type=int, default=30, help="the last development round learned from")
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    args = ap.parse_args()
    model = args.out / "model.onnx"
    if add_pooled_output(model):
        print(f"gave {model} its pooled output")
    (args.out / "advice.npz").unlink(missing_ok=True)  # fitted to the model as it was
    t0 = time.time()
    clf = OnnxClassifier(args.out)
    texts, y, rounds = labelled_posts(args.through, context=clf.reads_context)
    x = features(clf, texts)
    print(f"{len(texts)} posts read in {time.time() - t0:.0f} s")
    seen, unseen = rounds <= args.through - 2, rounds > args.through - 2
    weights, report = [], {}
    for k, action in enumerate(ADVISED):
        w = fit(x[seen], y[seen, k])
        t, prec, rec = choose_threshold(1 / (1 + np.exp(-(x[unseen] @ w))), y[unseen, k])
        final = fit(x, y[:, k])
        final[-1] -= np.log(t / (1 - t))  # 0.5 now means the chosen threshold
        weights.append(final)
        report[action] = {"threshold": t, "precision_unseen": prec, "recall_unseen": rec,
                          "posts_unseen": int(unseen.sum()), "positives_unseen": int(y[unseen, k].sum())}
        print(f"{action}: threshold {t} on rounds {args.through - 1}-{args.through}: precision {prec}, recall {rec}")
    np.savez(args.out / "advice.npz", weights=np.stack(weights, 1).astype(np.float32), actions=np.array(ADVISED),
             model_sha256=np.array(fingerprint(model)))
    meta_path = args.out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["advice"] = {"file": "advice.npz", "through_round": args.through, "posts": len(texts), "l2": L2,
                      "precision_floor": PRECISION, "fitted": time.strftime("%Y-%m-%d"), "actions": report}
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out / 'advice.npz'}")


if __name__ == "__main__":
    main()
