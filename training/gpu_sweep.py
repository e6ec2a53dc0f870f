"""Several recipes trained side by side on a lent GPU, judged by the whole pipeline, two kept.

    python -m training.gpu_sweep --out DIR [--sweep-through 26] [--final-through 30]

Each recipe of CONFIGS is B's (training/finetune.py SETTINGS) with a few settings changed, and
runs twice at once in its own process: learning from the development posts up to round
`--sweep-through`, to be scored on the read rounds after it (which it never learned from), and
up to `--final-through`, the candidate it would ship as. The swept models are calibrated as
training/export.py calibrates, then score each evaluation post as the runtime does (alone, in
windows) and go through the real matching and triage: urgent found and paged wrongly, every
required action, complaints and praise raised. Two seeds of B's recipe show how much of a
difference is chance. CHOICE picks one other recipe; the final weights of B's recipe ("O")
and of that one ("P") are written to DIR (fp16, without the frozen word embeddings, two files
each) for training/export.py to turn into ONNX on the machine that ships it.
On two CPU cores one recipe takes about 40 minutes: this is for the device machine only, never
for tests or CI. `--smoke` runs the whole path in minutes on a CPU with tiny samples.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path


from training import data, export, finetune, loop
from training.sweep_scoring import TorchScorer, export_module, pipeline_figures, tweeteval_figures

ROOT = Path(__file__).resolve().parents[1]
# Every recipe trains two passes (as B's did with --resume) unless it says otherwise.
CONFIGS: dict[str, dict] = {
    "base": {},
    "base_seed2": {"seed": 20261203},
    "passes3": {"passes": 3},
    "epochs2": {"epochs": 2},
    "lr8": {"lr_encoder": 8e-5},
    "school3": {"school_weight": 3.0, "hard_weight": 2.0},
    "offensive15": {"offensive_weight": 1.5},
    "len128": {"max_length": 128},
}
BASELINES = ("base", "base_seed2")


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def configure(name: str, through: int, smoke: bool) -> int:
    """Set finetune.SETTINGS for a recipe; returns its number of passes."""
    over = dict(CONFIGS[name])
    passes = over.pop("passes", 2)
    finetune.SETTINGS.update(over)
    finetune.SETTINGS["development_through"] = through
    finetune.SETTINGS["max_minutes"] = 30.0
    if smoke:
        finetune.SETTINGS["sample"] = {"offensive": 200, "hate": 100, "davidson": 100, "sentiment": 100}
        finetune.SETTINGS["grammar_posts"] = 200
        finetune.SETTINGS["max_minutes"] = 0.2
    return passes


def worker(name: str, through: int, mode: str, out: Path, files: list[Path], smoke: bool) -> None:
    import torch
    from transformers import AutoTokenizer

    from monitor.judge.encoder import encoder_dir

    device = "cuda" if torch.cuda.is_available() else "cpu"
    # TF32 matrix products: sixteen processes share one GPU, and the int8 export rounds far more.
    torch.backends.cuda.matmul.allow_tf32 = True
    passes = configure(name, through, smoke)
    seed = finetune.SETTINGS["seed"]
    torch.manual_seed(seed)
    t0 = time.time()
    rows, enc, rng = loop.prepare()
    model = finetune.build_model(encoder_dir())
    runs = []
    for k in range(passes):
        # Each later pass sees the examples in another order, as --resume did on the CPU.
        step, plan, _ = loop.one_pass(model, rows, enc, rng if k == 0 else random.Random(seed + k), device)
        runs.append({"steps": step + 1, "planned_steps": len(plan)})
    result = {"name": name, "through": through, "mode": mode, "settings": finetune.SETTINGS, "runs": runs,
              "examples": len(rows), "train_minutes": round((time.time() - t0) / 60, 2), "device": device}
    if mode == "final":
        # Before calibration: training/export.py calibrates the weights it is given.
        state = {k: v.detach().half().cpu() for k, v in model.state_dict().items()
                 if "word_embeddings" not in k}
        keys = sorted(state)
        half = len(keys) // 2
        torch.save({k: state[k] for k in keys[:half]}, out / f"{name}_{through}_a.pt")
        torch.save({k: state[k] for k in keys[half:]}, out / f"{name}_{through}_b.pt")
    else:
        tok = AutoTokenizer.from_pretrained(str(encoder_dir()), local_files_only=True)
        model.eval()
        result["calibration"] = (export.calibrate(model, tok, 256, log, device)
                                 | export.calibrate_categories(model, tok, 256, log, device))
        module = export_module(model)
        result["tweeteval"] = tweeteval_figures(module, tok, device)
        result["pipeline"], scores = pipeline_figures(TorchScorer(module, finetune.SETTINGS["max_length"], device), files)
        (out / f"scores_{name}.json").write_text(json.dumps(scores))
    result["minutes"] = round((time.time() - t0) / 60, 2)
    (out / f"{name}_{through}_{mode}.json").write_text(json.dumps(result, indent=1))
    log(f"{name} through {through} ({mode}) done in {result['minutes']} min")


def choose(results: dict[str, dict]) -> str | None:
    """CHOICE, fixed before any recipe ran: among the recipes other than B's, those within B's
    bounds (TweetEval offensive at least 0.75, urgent precision down by no more than 0.01,
    complaints and praise raised no more than 2 more), the one finding the most urgent posts,
    then suggesting every required action for the most, then paging wrongly the least. None
    within bounds: the one finding the most urgent posts, reported as outside them."""
    base = results.get("base", {}).get("pipeline")
    others = {n: r for n, r in results.items() if n not in BASELINES and "pipeline" in r}
    if not others:
        return None

    def key(n):
        p = others[n]["pipeline"]
        return (p["urgent_found"], p["every_action"][0], -p["urgent_wrong"])

    def within(n):
        if base is None:
            return False
        p = others[n]["pipeline"]
        prec = lambda q: q["urgent_found"] / max(1, q["urgent_found"] + q["urgent_wrong"])  # noqa: E731
        return (others[n]["tweeteval"]["offensive"] >= 0.75 and prec(p) >= prec(base) - 0.01
                and p["legit_raised"][0] <= base["legit_raised"][0] + 2)

    fit = [n for n in others if within(n)]
    return max(fit or list(others), key=key)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sweep-through", type=int, default=26)
    ap.add_argument("--final-through", type=int, default=30)
    ap.add_argument("--deadline-minutes", type=float, default=7.5)
    ap.add_argument("--configs", default=",".join(CONFIGS))
    ap.add_argument("--finals", default=None, help="the recipes trained to ship as well (default: every one swept)")
    ap.add_argument("--smoke", action="store_true", help="tiny samples, short passes, one evaluation file")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--mode", default="sweep", help=argparse.SUPPRESS)
    ap.add_argument("--through", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    rounds = range(args.sweep_through + 1, args.final_through + 1)
    files = sorted(p for n in rounds for p in (ROOT / "bench" / "eval" / f"round{n}").glob("*.jsonl"))
    if args.smoke:
        files = files[:1]
    if args.worker:
        import torch
        torch.set_num_threads(1)
        worker(args.worker, args.through, args.mode, args.work, files, args.smoke)
        return
    if not (data.EVAL / "tweeteval").is_dir():
        sys.exit(f"no public data at {data.EVAL}: the sweep needs ../shared/eval")
    names = [n.strip() for n in args.configs.split(",") if n.strip()]
    unknown = [n for n in names if n not in CONFIGS]
    if unknown or "base" not in names:
        sys.exit(f"--configs: {unknown} are not in CONFIGS, or 'base' is missing")
    work = Path(os.environ.get("TMPDIR", "/tmp")) / "gpu_sweep"
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, TOKENIZERS_PARALLELISM="false", OMP_NUM_THREADS="1")
    jobs = {}
    t0 = time.time()
    finals = names if args.finals is None else [n.strip() for n in args.finals.split(",") if n.strip()]
    for name in names:
        for mode, through in (("sweep", args.sweep_through), ("final", args.final_through)):
            if mode == "final" and name not in finals:
                continue
            cmd = [sys.executable, "-m", "training.gpu_sweep", "--out", str(args.out), "--worker", name,
                   "--mode", mode, "--through", str(through), "--work", str(work),
                   "--sweep-through", str(args.sweep_through), "--final-through", str(args.final_through)]
            cmd += ["--smoke"] if args.smoke else []
            logf = open(work / f"{name}_{mode}.log", "w")
            jobs[(name, mode)] = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=logf, stderr=subprocess.STDOUT)
    log(f"{len(jobs)} processes started")
    while any(p.poll() is None for p in jobs.values()):
        if (time.time() - t0) / 60 > args.deadline_minutes:
            for key, p in jobs.items():
                if p.poll() is None:
                    log(f"{key} still running at the deadline: stopped")
                    p.kill()
            break
        time.sleep(2)
    results, finals = {}, {}
    for (name, mode), p in jobs.items():
        path = work / f"{name}_{args.sweep_through if mode == 'sweep' else args.final_through}_{mode}.json"
        if path.is_file():
            (results if mode == "sweep" else finals)[name] = json.loads(path.read_text())
        else:
            log(f"{name} ({mode}) left no result, exit {p.returncode}; its log ends:\n"
                + (work / f"{name}_{mode}.log").read_text()[-3000:])
    chosen = choose(results)
    for name, r in sorted(results.items()):
        p = r["pipeline"]
        log(f"{name:<12} urgent {p['urgent_found']}/{p['urgent_found'] + p['urgent_missed']} wrong {p['urgent_wrong']} "
            f"every action {p['every_action'][0]}/{p['every_action'][1]} raised {p['legit_raised'][0]} "
            f"tweeteval {r['tweeteval']} train {r['train_minutes']} min")
    log(f"chosen beside B's recipe: {chosen}")
    for tag, name in (("O", "base"), ("P", chosen)):
        for part in "ab":
            src = work / f"{name}_{args.final_through}_{part}.pt"
            if name and src.is_file():
                os.replace(src, args.out / f"{tag}_{part}.pt")
    scores = {n: json.loads((work / f"scores_{n}.json").read_text()) for n in results
              if (work / f"scores_{n}.json").is_file()}
    (args.out / "results.json").write_text(json.dumps({"chosen": chosen, "sweep": results, "final": finals,
                                                       "scores": scores}))
    with open(args.out / "logs.txt", "w") as f:
        for key in jobs:
            f.write(f"===== {key}\n" + (work / f"{key[0]}_{key[1]}.log").read_text()[-4000:])
    log(f"done in {(time.time() - t0) / 60:.1f} min")


if __name__ == "__main__":
    main()
