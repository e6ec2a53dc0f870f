"""A post read together with what it answers: "post [SEP] context".

A reply's meaning is often in the post above it ("cheers for this. me and the lads will pop round
tonight" under a teacher's address; "reported. you can't write that about her" under a threat).
A model trained with `context` on (training/finetune.py --context) reads both at once; the model's
meta.json says so, and the runtime then gives it the same string the training gave it. The post
comes first so that truncation cuts the context, never the post.
"""
from __future__ import annotations

# The start of a long context is what the model learned from: the thread's title, the group's
# name, the first lines of the post answered.
CONTEXT_CHARS = 240


def paired(text: str, context: str | None) -> str:
    """The post, then [SEP] and the start of its context; the post alone where there is none."""
    context = " ".join((context or "").split())
    if not context:
        return text
    return f"{text} [SEP] {context[:CONTEXT_CHARS]}"
