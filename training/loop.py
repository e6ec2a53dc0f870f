"""The fine-tune's examples and one pass over them, for the CPU (training/finetune.py) and a lent
GPU (training/gpu_sweep.py) alike: every setting is finetune.SETTINGS."""
from __future__ import annotations

import random
import time

import numpy as np

from training import school
from training.finetune import BINARY, SETTINGS, log, public_rows, reading, school_rows


def batches(lengths: list[int], rng: random.Random) -> list[list[int]]:
    bs, chunk = SETTINGS["batch_size"], SETTINGS["batch_size"] * SETTINGS["sort_chunk_batches"]
    order = list(range(len(lengths)))
    rng.shuffle(order)
    out = []
    for c in range(0, len(order), chunk):
        part = sorted(order[c:c + chunk], key=lambda i: lengths[i])
        out += [part[b:b + bs] for b in range(0, len(part), bs)]
    rng.shuffle(out)
    return out


def prepare() -> tuple[list, list, random.Random]:
    """The examples of SETTINGS, tokenized: (rows, token ids, the rng that orders the batches)."""
    from transformers import AutoTokenizer

    from monitor.judge.encoder import encoder_dir

    rng = random.Random(SETTINGS["seed"])
    tok = AutoTokenizer.from_pretrained(str(encoder_dir()), local_files_only=True)
    posts = [p for p in school.school_posts(SETTINGS["grammar_posts"], SETTINGS["seed"], SETTINGS["development_posts"],
                                                  SETTINGS["development_through"], SETTINGS["context"],
                                                  SETTINGS.get("quiet", False))
             if p.origin not in SETTINGS["leave_out_writers"]]
    rows = school_rows([p for p in posts if p.split == "train"]) + public_rows(rng)
    log(f"{len(rows)} training examples ({sum(p.split == 'train' for p in posts)} school posts)")
    enc = reading(tok, SETTINGS["emoji_words"])([r[0] if isinstance(r[0], str) else "" for r in rows], truncation=True,
              max_length=SETTINGS["max_length"])["input_ids"]
    return rows, enc, rng


def one_pass(model, rows: list, enc: list, rng: random.Random, device: str) -> tuple[int, list, float]:
    """One pass over the examples (SETTINGS["epochs"] epochs), learning rate warming up, then
    decaying to zero: (steps taken, the planned batches, when it began)."""
    import torch

    from monitor.judge.encoder import padded

    y = torch.from_numpy(np.stack([r[1] for r in rows])).to(device)
    m = torch.from_numpy(np.stack([r[2] for r in rows])).to(device)
    sent = torch.tensor([r[3] for r in rows]).to(device)
    w = torch.tensor([r[4] for r in rows], dtype=torch.float32).to(device)
    model.to(device)
    model.train()
    if SETTINGS["freeze_word_embeddings"]:
        model.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    head_params = list(model.head.parameters())
    enc_params = [p for n, p in model.named_parameters() if not n.startswith("head.") and p.requires_grad]
    opt = torch.optim.AdamW([{"params": enc_params, "lr": SETTINGS["lr_encoder"]},
                             {"params": head_params, "lr": SETTINGS["lr_head"]}],
                            weight_decay=SETTINGS["weight_decay"])
    plan = [b for _ in range(SETTINGS["epochs"]) for b in batches([len(x) for x in enc], rng)]
    warm = max(1, int(len(plan) * SETTINGS["warmup_share"]))
    t0 = time.time()

    def factor(s: int) -> float:
        left_steps = (len(plan) - s) / max(1, len(plan) - warm)
        left_time = 1.0 - (time.time() - t0) / 60 / SETTINGS["max_minutes"]
        return min((s + 1) / warm, max(0.0, min(left_steps, left_time)))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, factor)
    bce = torch.nn.BCEWithLogitsLoss(reduction="none")
    ce = torch.nn.CrossEntropyLoss(reduction="none", ignore_index=-100)
    running = 0.0
    step = 0
    for step, b in enumerate(plan):
        ids, mask = padded([enc[i] for i in b])
        logits = model(ids.to(device), mask.to(device))
        nb = len(BINARY)
        lb = (bce(logits[:, :nb], y[b]) * m[b]).sum(1)
        ls = ce(logits[:, nb:], sent[b])
        loss = ((lb + ls) * w[b]).sum() / w[b].sum()
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        minutes = (time.time() - t0) / 60
        if step % 100 == 0 or device == "cpu" and step % 10 == 0:
            running = loss.item() if not step else 0.9 * running + 0.1 * loss.item()
            log(f"step {step}/{len(plan)} loss {running:.3f} {minutes:.1f} min")
        if minutes > SETTINGS["max_minutes"]:
            log(f"stopping at step {step}: the time limit ({SETTINGS['max_minutes']} min)")
            break
    model.eval()
    return step, plan, t0
