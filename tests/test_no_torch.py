"""The default classifier, `classify` and `triage` run where torch cannot be imported.

A sitecustomize on PYTHONPATH makes `import torch` (and transformers) fail in the child
process, as on a school server where only the daemon's dependencies are installed.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from test_cli_judge import POSTS, write_config

from monitor.vocab import CONTRACT_LABELS

ROOT = Path(__file__).resolve().parents[1]
BLOCKER = '''
import sys

class _NoTorch:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("torch", "transformers"):
            raise ImportError(f"{name} is not installed here (blocked by the test)")
        return None

sys.meta_path.insert(0, _NoTorch())
'''


def _env(tmp_path: Path) -> dict[str, str]:
    block = tmp_path / "block"
    block.mkdir(exist_ok=True)
    (block / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(block), str(ROOT)]), "HF_HUB_OFFLINE": "1"}


def _schoolwatch(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "monitor", *args], env=env, capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


def test_the_block_works(tmp_path):
    """Without this, the tests below could pass with torch imported."""
    out = subprocess.run([sys.executable, "-c", "import torch"], env=_env(tmp_path), capture_output=True, text=True)
    assert out.returncode == 1 and "blocked by the test" in out.stderr


def test_classify_and_triage_run_without_torch(tmp_path):
    env = _env(tmp_path)
    cfg = write_config(tmp_path, "default")
    posts = tmp_path / "posts.jsonl"
    posts.write_text("".join(json.dumps(p) + "\n" for p in POSTS), encoding="utf-8")

    classified = _schoolwatch(["classify", "--config", str(cfg), "--input", str(posts)], env)
    assert classified.returncode == 0, classified.stderr
    rows = [json.loads(line) for line in classified.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["p1", "p2", "p3", "p4"]
    for r in rows:
        assert set(CONTRACT_LABELS) <= set(r["scores"]) and all(0.0 <= v <= 1.0 for v in r["scores"].values())

    triaged = _schoolwatch(["triage", "--config", str(cfg), "--input", str(posts)], env)
    assert triaged.returncode == 0, triaged.stderr
    by_id = {r["id"]: r for r in map(json.loads, triaged.stdout.splitlines())}
    assert by_id["p2"]["priority"] == "urgent" and "threat" in by_id["p2"]["categories"]
    assert by_id["p1"]["priority"] in ("digest", "ignore") and "praise" in by_id["p1"]["categories"]
    assert by_id["p3"]["priority"] == "ignore"  # Ontario's fair: excluded, not about us


def test_the_daemon_loads_its_classifier_without_torch(tmp_path):
    code = ("import monitor.daemon, monitor.cli\n"
            "from monitor.judge.classify import load_classifier\n"
            "clf = load_classifier()\n"
            "keys = sorted(clf.scores(['well done everyone'])[0])\n"
            "advised = [k for k in keys if k.startswith('action:')]\n"
            "print(len(clf.labels), len(advised), keys == sorted([*clf.labels, *advised]))")
    out = subprocess.run([sys.executable, "-c", code], env=_env(tmp_path), capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    # The thirteen labels, and the five actions the advice head scores (monitor/judge/advice.py).
    assert out.stdout.split() == ["13", "5", "True"]
