"""Export the classifier to ONNX, quantise it to int8, and ship it: `python -m training.export`.

    python -m training.export            # the fine-tune of training/finetune.py -> probabilities
    python -m training.export --frozen   # the plain encoder -> embeddings, for heads.npz

Writes monitor/judge/model/model.onnx (int8) and tokenizer.json, and the "onnx" entry of
meta.json that monitor/judge/runtime.py reads. The int8 model is checked against the float32
one on 500 posts (TweetEval offensive test and school validation posts): the largest and
mean difference of each score go in meta.json. Needs torch, onnx and onnxruntime.
"""
from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

import numpy as np

from monitor.vocab import LABELS
from training import data, finetune, school

MODEL_DIR = Path(__file__).resolve().parents[1] / "monitor" / "judge" / "model"
WORK = Path(__file__).resolve().parent / ".cache" / "export"
OPSET = 17


def _logit(p: float) -> float:
    return float(np.log(p / (1 - p)))


def macro_f1(y, pred) -> float:
    y, pred = np.asarray(y), np.asarray(pred)
    out = []
    for c in (0, 1):
        tp = np.sum((pred == c) & (y == c))
        fp = np.sum((pred == c) & (y != c))
        fn = np.sum((pred != c) & (y == c))
        out.append(2 * tp / max(1, 2 * tp + fp + fn))
    return float(np.mean(out))


def fine_tuned_module(weights: Path):
    """The fine-tune as one module: token ids -> the probabilities of LABELS, in that order."""
    import torch

    from monitor.judge.encoder import encoder_dir

    model = finetune.build_model(encoder_dir())
    model.load_state_dict(torch.load(weights, map_location="cpu"))
    model.eval()
    b = {name: k for k, name in enumerate(finetune.BINARY)}
    nb = len(finetune.BINARY)

    class Probs(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask):
            logits = self.model(input_ids, attention_mask)
            sig = torch.sigmoid(logits[:, :nb])
            sent = torch.softmax(logits[:, nb:], dim=-1)
            cols = []
            for label in LABELS:
                if label == "negative":
                    cols.append(sent[:, 0])
                elif label == "positive":
                    cols.append(sent[:, 2])
                else:
                    cols.append(sig[:, b[label]])
            return torch.stack(cols, dim=1)

    return Probs(), model


def frozen_module():
    """The plain encoder, mean pooled and L2-normalised: what heads.npz was trained on."""
    import torch
    from transformers import AutoModel

    from monitor.judge.encoder import encoder_dir

    enc = AutoModel.from_pretrained(str(encoder_dir()), local_files_only=True)
    enc.eval()

    class Embed(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = enc

        def forward(self, input_ids, attention_mask):
            hidden = self.enc(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            m = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    return Embed()


def torch_scores(module, tok, texts: list[str], max_length: int) -> np.ndarray:
    """The float32 module's outputs, one post a pass (as the runtime scores)."""
    import torch

    # torch.onnx.export puts a module back in the mode it found it in, and a module made
    # here starts in training mode: dropout would be on.
    module.eval()
    out = []
    with torch.inference_mode():
        for t in texts:
            ids = tok(t, truncation=True, max_length=max_length, return_tensors="pt")
            out.append(module(ids["input_ids"], ids["attention_mask"])[0].numpy())
    return np.stack(out)


def calibrate(model, tok, max_length: int, log, device: str = "cpu") -> dict[str, float]:
    """Shift the abuse and hate biases so that 0.5 is the macro-F1-best threshold on TweetEval val."""
    import torch

    chosen = {}
    for label, task in (("abuse", "offensive"), ("hate", "hate")):
        val = data.tweeteval(task, "val")
        k = finetune.BINARY.index(label)
        logits = []
        with torch.inference_mode():
            for i in range(0, len(val.texts), 64):
                enc = tok(val.texts[i:i + 64], truncation=True, max_length=max_length, padding=True,
                          return_tensors="pt")
                logits.append(model(enc["input_ids"].to(device), enc["attention_mask"].to(device))[:, k].cpu().numpy())
        p = 1 / (1 + np.exp(-np.concatenate(logits)))
        best = max(np.arange(0.1, 0.91, 0.02), key=lambda t: macro_f1(val.labels, (p >= t).astype(int)))
        with torch.no_grad():
            model.head.bias[k] -= _logit(float(best))
        chosen[label] = {"threshold_on_val": round(float(best), 2),
                         "val_macro_f1": round(macro_f1(val.labels, (p >= best).astype(int)), 4)}
        log(f"{label}: threshold {best:.2f} on TweetEval {task} val, macro-F1 {chosen[label]['val_macro_f1']}")
    return chosen


# The categories the model scores beside the contract's labels, calibrated on the school
# validation split: trained on few positives each, their sigmoids sit low (harassment was
# 0.5 or more on one harassing post in ten by writers the model never saw).
CALIBRATED_CATEGORIES = ("harassment", "defamation", "safeguarding", "privacy", "complaint", "praise", "neutral")


def _f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = float(np.sum(pred & y))
    return 2 * tp / max(1.0, 2 * tp + float(np.sum(pred & ~y)) + float(np.sum(~pred & y)))


def calibrate_categories(model, tok, max_length: int, log, device: str = "cpu") -> dict[str, dict]:
    """Shift each category's bias so that 0.5 is its F1-best threshold on the school validation
    split (writer B and the held-out templates: never trained on). The threshold stays within
    0.2-0.8, so that a handful of validation posts cannot move a label to an extreme."""
    import torch

    posts = [p for p in school.school_posts(finetune.SETTINGS["grammar_posts"], finetune.SETTINGS["seed"])
             if p.split == "val"]
    logits = []
    with torch.inference_mode():
        for i in range(0, len(posts), 64):
            enc = tok([p.text for p in posts[i:i + 64]], truncation=True, max_length=max_length, padding=True,
                      return_tensors="pt")
            logits.append(model(enc["input_ids"].to(device), enc["attention_mask"].to(device)).cpu().numpy())
    probs = 1 / (1 + np.exp(-np.concatenate(logits)))
    chosen = {}
    for label in CALIBRATED_CATEGORIES:
        k = finetune.BINARY.index(label)
        y = np.array([label in p.categories for p in posts])
        best = max(np.arange(0.2, 0.81, 0.02), key=lambda t: (_f1(y, probs[:, k] >= t), -abs(t - 0.5)))
        with torch.no_grad():
            model.head.bias[k] -= _logit(float(best))
        chosen[label] = {"threshold_on_val": round(float(best), 2), "val_f1": round(_f1(y, probs[:, k] >= best), 4),
                         "val_f1_at_0.5": round(_f1(y, probs[:, k] >= 0.5), 4), "val_posts": len(posts)}
        log(f"{label}: threshold {best:.2f} on the school validation split, F1 {chosen[label]['val_f1']} "
            f"(at 0.5: {chosen[label]['val_f1_at_0.5']})")
    return chosen


def export(module, path: Path, output: str) -> None:
    import torch

    ids = torch.ones((1, 12), dtype=torch.long)
    torch.onnx.export(module, (ids, torch.ones_like(ids)), str(path), dynamo=False, opset_version=OPSET,
                      input_names=["input_ids", "attention_mask"], output_names=[output],
                      dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                    "attention_mask": {0: "batch", 1: "tokens"}, output: {0: "batch"}})


def quantise(src: Path, dst: Path, per_channel: bool) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # MatMul weights and the embedding tables (Gather) to int8: the float32 embeddings alone
    # would be 47 MB.
    quantize_dynamic(str(src), str(dst), weight_type=QuantType.QInt8, per_channel=per_channel,
                     op_types_to_quantize=["MatMul", "Gather"])


def ort_scores(path: Path, tok, texts: list[str], max_length: int) -> np.ndarray:
    import onnxruntime as ort

    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    out = []
    for t in texts:
        ids = np.asarray([tok(t, truncation=True, max_length=max_length)["input_ids"]], dtype=np.int64)
        out.append(sess.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0])
    return np.stack(out)


def check_texts(n: int = 500) -> list[str]:
    off = data.tweeteval("offensive", "test").texts[: n // 2]
    val = [p.text for p in school.school_posts(2000, finetune.SETTINGS["seed"]) if p.split == "val"]
    return off + val[: n - len(off)]


def main() -> None:
    from transformers import AutoTokenizer

    from monitor.judge.encoder import encoder_dir

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--frozen", action="store_true", help="the plain encoder, for heads.npz")
    ap.add_argument("--per-tensor", action="store_true", help="one int8 scale per tensor, as B was (loses part of the fine-tune)")
    ap.add_argument("--reuse", action="store_true", help="quantise the float32 export already made")
    ap.add_argument("--weights", type=Path, default=finetune.CACHE / "model.pt", help="the fine-tune's weights")
    ap.add_argument("--out", type=Path, default=MODEL_DIR, help="where model.onnx, tokenizer.json, meta.json go")
    args = ap.parse_args()
    log = finetune.log
    run = args.weights.parent / "run.json"
    if not args.frozen:
        # Calibrate on the run's own seed's validation posts: another seed's may hold its training posts.
        if not run.is_file():
            raise SystemExit(f"no run.json beside {args.weights}: which seed made these weights is unknown")
        settings = json.loads(run.read_text(encoding="utf-8"))["settings"]
        finetune.SETTINGS.update(seed=settings["seed"], emoji_words=bool(settings.get("emoji_words")),
                                 context=bool(settings.get("context")))
    WORK.mkdir(parents=True, exist_ok=True)
    tok = AutoTokenizer.from_pretrained(str(encoder_dir()), local_files_only=True)
    tok = finetune.reading(tok, finetune.SETTINGS["emoji_words"] and not args.frozen)  # as the model learned
    if args.frozen:
        module, output, max_length, extra = frozen_module(), "embedding", 256, {"heads": "heads.npz"}
    else:
        max_length = 256
        module, model = fine_tuned_module(args.weights)
        if args.reuse and (WORK / "calibration.json").is_file():
            # The float32 export already has these shifts in its biases; torch gets them too.
            calibration = json.loads((WORK / "calibration.json").read_text())
            import torch
            with torch.no_grad():
                for label, c in calibration.items():
                    model.head.bias[finetune.BINARY.index(label)] -= _logit(c["threshold_on_val"])
        else:
            calibration = calibrate(model, tok, max_length, log) | calibrate_categories(model, tok, max_length, log)
            (WORK / "calibration.json").write_text(json.dumps(calibration))
        # A long post is also read in windows as long as the posts it was trained on (runtime.py).
        extra = {"labels": list(LABELS), "calibration": calibration, "window": finetune.SETTINGS["max_length"],
                 # The runtime reads emoji as words, and "post [SEP] context", only for a model that learned so.
                 **{k: True for k in ("emoji_words", "context") if finetune.SETTINGS[k]}}
        output = "probs"
    fp32, int8 = WORK / "model_fp32.onnx", WORK / "model_int8.onnx"
    t0 = time.time()
    if not (args.reuse and fp32.is_file()):
        export(module, fp32, output)
    quantise(fp32, int8, not args.per_tensor)
    log(f"exported and quantised in {time.time() - t0:.0f} s: {int8.stat().st_size / 1e6:.1f} MB")
    texts = check_texts()
    ref = torch_scores(module, tok, texts[:20], max_length)
    a, q = ort_scores(fp32, tok, texts, max_length), ort_scores(int8, tok, texts, max_length)
    gap = float(np.abs(ref - a[:20]).max())
    log(f"float32 ONNX against torch on 20 posts: largest difference {gap:.2e}")
    if gap > 1e-3:
        raise SystemExit("the float32 ONNX model does not reproduce torch: not shipped")
    diff = np.abs(a - q)
    if output == "embedding":
        cos = np.sum(a * q, 1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(q, axis=1))
        check = {"posts": len(texts), "min_cosine": round(float(cos.min()), 4), "mean_cosine": round(float(cos.mean()), 4)}
    else:
        check = {"posts": len(texts), "max_abs_diff": {l: round(float(diff[:, k].max()), 4) for k, l in enumerate(LABELS)},
                 "mean_abs_diff": {l: round(float(diff[:, k].mean()), 4) for k, l in enumerate(LABELS)}}
    log(f"int8 against float32: {check}")
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(int8, out / "model.onnx")
    shutil.copyfile(encoder_dir() / "tokenizer.json", out / "tokenizer.json")
    if output == "embedding" and out != MODEL_DIR:
        shutil.copyfile(MODEL_DIR / "heads.npz", out / "heads.npz")
    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
    meta["onnx"] = {"file": "model.onnx", "tokenizer": "tokenizer.json", "output": output, "max_length": max_length,
                    "opset": OPSET, "quantised": "dynamic int8 (MatMul, Gather)" + ("" if args.per_tensor else ", per channel"),
                    "size_mb": round((out / "model.onnx").stat().st_size / 1e6, 1),
                    "int8_vs_float32": check, "exported": time.strftime("%Y-%m-%d"), **extra}
    if output == "probs" and run.is_file():
        # The run that made these weights travels with them: settings, steps, minutes.
        meta["finetune"] = json.loads(run.read_text(encoding="utf-8"))
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    log(f"wrote {out / 'model.onnx'}")


if __name__ == "__main__":
    main()
