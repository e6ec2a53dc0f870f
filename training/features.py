"""Encode texts once with the frozen MiniLM and cache the result outside git (training/.cache/)."""
from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp

CACHE = Path(__file__).resolve().parent / ".cache"
_encoder = None
# A LoRA adapter merged into the encoder (training/lora.py), or None for the frozen encoder.
ADAPTER: Path | None = None


def use_adapter(path: Path | None) -> None:
    global ADAPTER, _encoder
    ADAPTER, _encoder = path, None


def _adapter_tag() -> str:
    if ADAPTER is None:
        return ""
    return "-lora" + hashlib.sha256(ADAPTER.read_bytes()).hexdigest()[:12]


def encoder(batch_size: int = 64, max_length: int = 128):
    global _encoder
    if _encoder is None:
        from monitor.judge.encoder import _Encoder, encoder_dir
        _encoder = _Encoder(encoder_dir(), batch_size, max_length, adapter=ADAPTER)
    return _encoder


def encode_cached(name: str, texts: list[str]) -> tuple[np.ndarray, list[np.ndarray]]:
    """Embeddings and distinct word-piece ids, cached under a hash of the texts."""
    digest = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:16]
    # The cache is of the int8 encoder that monitor.judge.classify ships, one post a pass.
    path = CACHE / f"{name}-int8one{_adapter_tag()}-{digest}.npz"
    if path.is_file():
        with np.load(path, allow_pickle=False) as d:
            emb, flat, offsets = d["emb"], d["ids"], d["offsets"]
        return emb, [flat[offsets[i]:offsets[i + 1]] for i in range(len(texts))]
    t0 = time.time()
    emb, distinct = encoder().encode(texts)
    offsets = np.cumsum([0] + [len(x) for x in distinct])
    flat = np.concatenate(distinct) if distinct else np.zeros(0, np.int64)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(path, emb=emb, ids=flat, offsets=offsets)
    print(f"  encoded {name}: {len(texts)} texts in {time.time() - t0:.0f}s", file=sys.stderr)
    return emb, distinct


def bow(distinct: list[np.ndarray], vocab_size: int = 30522) -> sp.csr_matrix:
    """L2-normalised binary bag of word pieces: matches monitor.judge.classify.lexical_features."""
    rows = np.concatenate([np.full(len(x), i) for i, x in enumerate(distinct)]) if distinct else []
    cols = np.concatenate(distinct) if distinct else []
    vals = np.concatenate([np.full(len(x), 1 / np.sqrt(len(x))) if len(x) else np.zeros(0) for x in distinct])
    return sp.csr_matrix((vals, (rows, cols)), shape=(len(distinct), vocab_size), dtype=np.float32)
