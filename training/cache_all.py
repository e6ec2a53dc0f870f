"""Encode every public set once (slow part of training; cached)."""
from training import data, features

for task, splits in (("offensive", ("train", "val", "test")), ("hate", ("train", "val", "test")),
                     ("sentiment", ("val", "test"))):
    for s in splits:
        d = data.tweeteval(task, s)
        features.encode_cached(f"{task}-{s}", d.texts)
features.encode_cached("davidson", data.davidson().texts)
