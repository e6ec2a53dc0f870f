"""Train a low-rank adapter (LoRA) of the MiniLM encoder, multi-task: `python -m training.lora`.

Every setting is in SETTINGS below. The encoder's Linear layers stay frozen; each gets a
trainable low-rank update scale * B @ A, learned together with small linear heads for abuse
(TweetEval offensive), hate (TweetEval hate), sentiment (70% of TweetEval sentiment val:
there is no train text) and our own train-split examples (every head, threat from these
alone). Only A and B are saved (monitor/judge/model/adapter.npz, float16); monitor.judge.classify merges
them into the weights at load time, so inference costs what the frozen encoder costs.

Then `python -m training.train --adapter monitor/judge/model/adapter.npz` trains the heads on the
adapted (merged, int8) encoder, choosing on val as for the frozen one, into heads_lora.npz;
with adapter.npz and heads_lora.npz both present, monitor.judge.classify's default uses them.
About 7 minutes (train) + 2 minutes (heads) on 2 CPU cores. An experiment so far: see
monitor/judge/model/MODEL_CARD.md for its figures and why it is not the default.
The held-apart split of our own examples is never read here.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

from . import data
from .train import SETTINGS as HEAD_SETTINGS

SETTINGS = {
    "seed": 20261124,
    "rank": 16,
    "alpha": 32,
    # Linear layers adapted, by the last part of their name (the pooler is never used).
    "targets": ["query", "key", "value", "dense"],
    "max_length": 64,
    "batch_size": 32,
    "epochs": 1,
    "lr_lora": 5e-4,
    "lr_heads": 2e-3,
    "warmup_share": 0.06,
    "weight_decay": 0.01,
    # Heads see the L2-normalised embedding (what the shipped heads see) times this.
    "head_temperature": 10.0,
    # Loss weight per task, and of our own examples (few, and our domain). Run 1 (threat 1.0)
    # and run 2 (threat 0.0, the threat head then fitted only by training/train.py) are both
    # in monitor/judge/model/MODEL_CARD.md: neither kept every held-apart figure, so none ships.
    "task_weight": {"abuse": 1.0, "hate": 1.0, "threat": 1.0, "sentiment": 1.0},
    "own_weight": 3.0,
    "threat_pos_weight": 5.0,
    # Batches are drawn from shuffled chunks of this many batches, sorted by length inside,
    # so padding is short and the order is still random.
    "sort_chunk_batches": 50,
    # Stop (keeping what was learnt) after this many minutes, so a run stays bounded.
    "max_minutes": 24.0,
}
OUT = Path(__file__).resolve().parents[1] / "monitor" / "model"
CACHE = Path(__file__).resolve().parent / ".cache"


def _train_heads_path(adapter: Path) -> Path:
    return CACHE / f"{adapter.stem}_train_heads.npz"
TASKS = ("abuse", "hate", "threat", "sentiment")


def sentiment_split(n: int) -> tuple[np.ndarray, np.ndarray]:
    """The same 70/30 split of sentiment val as training/train.py uses for the heads."""
    order = np.random.default_rng(HEAD_SETTINGS["seed"]).permutation(n)
    cut = int(n * HEAD_SETTINGS["sentiment_train_share"])
    return order[:cut], order[cut:]


def training_rows() -> list[tuple[str, tuple[int, int, int, int], float]]:
    """(text, labels abuse/hate/threat/sentiment with -1 for unknown, weight)."""
    rows = []
    off = data.tweeteval("offensive", "train")
    rows += [(t, (y, -1, -1, -1), 1.0) for t, y in zip(off.texts, off.labels)]
    hate = data.tweeteval("hate", "train")
    rows += [(t, (-1, y, -1, -1), 1.0) for t, y in zip(hate.texts, hate.labels)]
    sent = data.tweeteval("sentiment", "val")
    tr, _ = sentiment_split(len(sent.texts))
    rows += [(sent.texts[i], (-1, -1, -1, sent.labels[i]), 1.0) for i in tr]
    plain = set(HEAD_SETTINGS["sentiment_kinds"])
    for r in data.examples():
        if r["split"] != "train":
            continue
        a, h, t, s = data.KIND_LABELS[r["kind"]]
        rows.append((r["text"], (a, h, t, s if r["kind"] in plain else -1), SETTINGS["own_weight"]))
    return rows


def add_lora(model, rank: int, alpha: float, targets: list[str], seed: int):
    """Wrap each targeted Linear layer; returns {module name: wrapper}."""
    import torch
    from torch import nn

    class LoRALinear(nn.Module):
        def __init__(self, base: nn.Linear):
            super().__init__()
            self.base = base
            self.A = nn.Parameter(torch.randn(rank, base.in_features, generator=gen) / math.sqrt(base.in_features))
            self.B = nn.Parameter(torch.zeros(base.out_features, rank))  # starts as the identity update
            self.scale = alpha / rank

        def forward(self, x):
            return self.base(x) + (x @ self.A.t() @ self.B.t()) * self.scale

    gen = torch.Generator().manual_seed(seed)
    for p in model.parameters():
        p.requires_grad_(False)
    wrapped = {}
    for name, module in list(model.named_modules()):
        if isinstance(module, nn.Linear) and name.split(".")[-1] in targets and not name.startswith("pooler"):
            parent_name, _, child = name.rpartition(".")
            wrapper = LoRALinear(module)
            setattr(model.get_submodule(parent_name), child, wrapper)
            wrapped[name] = wrapper
    return wrapped


def _batches(lengths: list[int], rng: np.random.Generator) -> list[np.ndarray]:
    bs, chunk = SETTINGS["batch_size"], SETTINGS["batch_size"] * SETTINGS["sort_chunk_batches"]
    order = rng.permutation(len(lengths))
    out = []
    for c in range(0, len(order), chunk):
        part = sorted(order[c:c + chunk], key=lambda i: lengths[i])
        out += [np.array(part[i:i + bs]) for i in range(0, len(part), bs)]
    return [out[i] for i in rng.permutation(len(out))]


def _pool(torch, hidden, mask):
    m = mask.unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled, p=2, dim=1)


def evaluate(adapter: Path) -> dict:
    """Val figures of the heads learnt with the adapter (not shipped), on the merged int8
    encoder, for comparing with the heads training/train.py fits on it."""
    from sklearn.metrics import f1_score, recall_score

    from monitor.judge.encoder import _Encoder, encoder_dir

    enc = _Encoder(encoder_dir(), 64, 128, adapter=adapter)
    with np.load(_train_heads_path(adapter)) as d:
        W, b = d["W"], d["b"]
    out = {}
    for task, col in (("offensive", 0), ("hate", 1)):
        v = data.tweeteval(task, "val")
        logit = (enc.encode(v.texts)[0] * SETTINGS["head_temperature"]) @ W[col] + b[col]
        out[f"{task}_val_macro_f1_at_0.5"] = round(f1_score(v.labels, logit >= 0, average="macro"), 4)
        out[f"{task}_val_macro_f1_best_threshold"] = round(max(
            f1_score(v.labels, logit >= np.log(t / (1 - t)), average="macro") for t in np.linspace(0.2, 0.8, 61)), 4)
    sent = data.tweeteval("sentiment", "val")
    _, rest = sentiment_split(len(sent.texts))
    logits = (enc.encode([sent.texts[i] for i in rest])[0] * SETTINGS["head_temperature"]) @ W[3:6].T + b[3:6]
    out["sentiment_val_rest_macro_recall"] = round(
        recall_score([sent.labels[i] for i in rest], logits.argmax(1), average="macro"), 4)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=OUT / "adapter.npz")
    ap.add_argument("--limit", type=int, default=0, help="train on this many rows only (a smoke test)")
    ap.add_argument("--evaluate", action="store_true", help="only print the val figures of an adapter's own heads")
    args = ap.parse_args(argv)
    if args.evaluate:
        print(json.dumps(evaluate(args.out), indent=2))
        return 0
    import torch
    from transformers import AutoModel, AutoTokenizer

    from monitor.judge.encoder import encoder_dir

    torch.set_num_threads(2)
    torch.manual_seed(SETTINGS["seed"])
    rng = np.random.default_rng(SETTINGS["seed"])
    t0 = time.time()
    path = encoder_dir()
    tok = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    model = AutoModel.from_pretrained(str(path), local_files_only=True)
    wrapped = add_lora(model, SETTINGS["rank"], SETTINGS["alpha"], SETTINGS["targets"], SETTINGS["seed"])
    heads = torch.nn.Linear(model.config.hidden_size, 6)  # abuse, hate, threat, 3 x sentiment
    lora_params = [p for w in wrapped.values() for p in (w.A, w.B)]
    n_params = sum(p.numel() for p in lora_params)
    print(f"LoRA on {len(wrapped)} layers, {n_params:,} parameters", file=sys.stderr)

    rows = training_rows()
    if args.limit:
        rows = [rows[i] for i in rng.permutation(len(rows))[:args.limit]]
    ids = tok([r[0] for r in rows], truncation=True, max_length=SETTINGS["max_length"])["input_ids"]
    labels = torch.tensor([r[1] for r in rows], dtype=torch.long)
    weights = torch.tensor([r[2] for r in rows], dtype=torch.float32)
    batches = [b for _ in range(SETTINGS["epochs"]) for b in _batches([len(x) for x in ids], rng)]
    total = len(batches)
    warm = max(1, int(total * SETTINGS["warmup_share"]))
    opt = torch.optim.AdamW([{"params": lora_params, "lr": SETTINGS["lr_lora"]},
                             {"params": heads.parameters(), "lr": SETTINGS["lr_heads"]}],
                            weight_decay=SETTINGS["weight_decay"])
    base_lrs = [g["lr"] for g in opt.param_groups]
    tw = SETTINGS["task_weight"]
    pos_w = torch.tensor(SETTINGS["threat_pos_weight"])
    model.train()
    print(f"{len(rows)} rows, {total} batches of {SETTINGS['batch_size']}", file=sys.stderr)
    running, step = 0.0, 0
    for step, batch in enumerate(batches, 1):
        f = min(step / warm, max(0.0, (total - step) / max(1, total - warm)))
        for g, lr in zip(opt.param_groups, base_lrs):
            g["lr"] = lr * f
        width = max(len(ids[i]) for i in batch)
        x = torch.zeros((len(batch), width), dtype=torch.long)
        mask = torch.zeros_like(x)
        for row, i in enumerate(batch):
            x[row, :len(ids[i])] = torch.tensor(ids[i])
            mask[row, :len(ids[i])] = 1
        emb = _pool(torch, model(input_ids=x, attention_mask=mask).last_hidden_state, mask)
        logits = heads(emb * SETTINGS["head_temperature"])
        y, w = labels[batch], weights[batch]
        loss = torch.zeros(())
        for k, task in enumerate(TASKS):
            have = y[:, k] >= 0
            if not have.any() or not tw[task]:
                continue
            if task == "sentiment":
                per = torch.nn.functional.cross_entropy(logits[have, 3:6], y[have, k], reduction="none")
            else:
                per = torch.nn.functional.binary_cross_entropy_with_logits(
                    logits[have, k], y[have, k].float(), reduction="none",
                    pos_weight=pos_w if task == "threat" else None)
            loss = loss + tw[task] * (per * w[have]).sum() / w[have].sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
        running = 0.98 * running + 0.02 * loss.item() if step > 1 else loss.item()
        minutes = (time.time() - t0) / 60
        if step % 25 == 0 or step == total:
            print(f"  step {step}/{total} loss {running:.3f} {minutes:.1f} min", file=sys.stderr, flush=True)
        if minutes > SETTINGS["max_minutes"]:
            print(f"  stopped at step {step}/{total}: {SETTINGS['max_minutes']} minutes", file=sys.stderr)
            break

    arrays = {"scale": np.float32(SETTINGS["alpha"] / SETTINGS["rank"])}
    for name, w in wrapped.items():
        arrays[f"{name}.A"] = w.A.detach().numpy().astype(np.float16)
        arrays[f"{name}.B"] = w.B.detach().numpy().astype(np.float16)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **arrays)
    # The training heads too (not shipped): for comparing with the heads train.py fits.
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(_train_heads_path(args.out),
                        W=heads.weight.detach().numpy(), b=heads.bias.detach().numpy())
    meta = {"trained": time.strftime("%Y-%m-%d"), "settings": SETTINGS, "rows": len(rows),
            "steps": step, "of_steps": total, "parameters": n_params, "final_loss": round(running, 4),
            "minutes": round((time.time() - t0) / 60, 1)}
    args.out.with_suffix(".json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(meta), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
