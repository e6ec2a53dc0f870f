"""The development posts of bench/eval as training data, with the school's names replaced.

Each round, the sets measured in earlier rounds become development data: the engineers read
them while changing matching and triage (bench/eval/README.md). Their labels (categories) can
train the model too. Never a set newer than round14/: the next one measures, and is never
read here. Every name of the evaluation school, its town, places and staff is replaced by an
invented one, so the model learns what is said, not who it is said about.
The writers gave categories, not `abusive` or sentiment: those two are left untrained for
these posts (the masked loss of training/finetune.py).
"""
from __future__ import annotations

import json
import random
import re
import tomllib
from pathlib import Path

from training import grammar

EVAL = Path(__file__).resolve().parents[1] / "bench" / "eval"
# The only folders read: writers 1-52, all measured and read in earlier rounds. The sets that later rounds
# measure with are never opened.
FOLDERS = ("dev", "final", *(f"round{n}" for n in range(3, 15)))
# The newest set a candidate may learn from: every later one is sealed or measures this round.
# (Round 15's candidate L learned from rounds 3-24, M from rounds 3-26; round 27 judged M;
# round 16 read round 28, and candidate N learns from rounds 3-28; round 17 read rounds 29-31,
# its candidates O and P learning from rounds 3-30; round 18 read rounds 32 and 33, and its advice head
# learned from rounds 3-30, judged on 32 and 33; round 19 read round 34 and, at its end, round 35; round 20 read
# round 36 and, at its end, round 37; round 21 read round 38 first and round 39 at its end; round 22 read round 40 first, and its
# candidate Q learns from rounds 3-40; round 41 judges it; rounds 23-25 read rounds 41-44 and
# probe45, round 26 read round 45 first, and its candidates R and S learn from rounds 3-44;
# rounds 45 and 46 judge them; round 27's T learned from rounds 3-46; rounds 28-30 read rounds 48-51, and round 30's
# candidate U learns from rounds 3-51, judged on round53/ and quiet53/, written while it trains.)
LATEST_READ = 51


def folders(through: int = 14, quiet: bool = False) -> tuple[str, ...]:
    """The folders of writers 1 to the last of round `through` (14: the shipped model's); with
    `quiet`, the quiet months read by then too (quiet31 on) and round 44's young people in crisis:
    the ordinary posts a school's own month is made of, where a false alarm costs the most."""
    if not 3 <= through <= LATEST_READ:
        raise ValueError(f"development posts through round {through}: only rounds 3-{LATEST_READ} are read")
    extra = (*(f"quiet{n}" for n in range(31, through + 1)), *(("crisis44",) if through >= 44 else ())) if quiet else ()
    return ("dev", "final", *(f"round{n}" for n in range(3, through + 1)), *extra)
# Spellings people use for the school and town however the config writes them.
_PLACE = re.compile(r"[@#]?\w*(?:hollow\s?brook|h0llowbr00k|hexley)\w*", re.I)


def _names(config: Path) -> tuple[list[str], list[str], list[str], list[str]]:
    cfg = tomllib.loads(config.read_text(encoding="utf-8"))
    school = cfg["school"]
    places = [school["name"], *school.get("aliases", []), *school.get("handles", []),
              *school.get("communities", [])]
    people, surnames = [], []
    for m in cfg.get("staff", []):
        people += [m["name"], *m.get("aliases", []), *m.get("nicknames", []), *m.get("first_names", [])]
        surnames.append(m["name"].split()[-1])
    return places, list(school.get("locality", [])), people, surnames


def renamer(seed: int, config: Path = EVAL / "config.toml"):
    places, localities, people, surnames = _names(config)
    words = sorted({w for w in places + localities + people + surnames if len(w) >= 2}, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
    place_set, local_set = {w.lower() for w in places}, {w.lower() for w in localities}
    # A surname inside a hashtag or with a possessive ("#nwosuout", "whitakers wife").
    inside = re.compile(r"\w*(?:" + "|".join(re.escape(n) for n in surnames if len(n) >= 4) + r")\w*", re.I)
    invented = [n for n in grammar.SURNAMES if n.lower() not in {x.lower() for x in surnames}]
    rng = random.Random(seed)

    def rename(text: str) -> str:
        school, town = rng.choice(grammar.SCHOOLS), rng.choice(grammar.TOWNS)
        swap: dict[str, str] = {}

        def person(word: str) -> str:
            key = word.lower()
            if key not in swap:
                title = word.split()[0] if word.split()[0].capitalize() in grammar.TITLES else ""
                swap[key] = f"{title} {rng.choice(invented)}".strip()
            return swap[key]

        def sub(m: re.Match) -> str:
            word = m.group(0)
            if word.lower() in place_set:
                return school.split()[0]
            if word.lower() in local_set:
                return town
            return person(word)
        text = inside.sub(lambda m: person(m.group(0)), pattern.sub(sub, text))
        return _PLACE.sub(lambda m: town if "hexley" in m.group(0).lower() else school.split()[0], text)
    return rename


def posts(seed: int, root: Path = EVAL, through: int = 14, context: bool = False, quiet: bool = False) -> list:
    """`context`: each post read with what it answers (monitor/judge/paired.py), renamed as one."""
    from monitor.judge.paired import paired
    from training.school import Post

    rename = renamer(seed, root / "config.toml")
    out = []
    for folder in folders(through, quiet):
        for path in sorted((root / folder).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                row = json.loads(line)
                if not row.get("categories"):
                    continue  # a post about somewhere else, left without categories by its writer
                text = paired(row["text"], row.get("context")) if context else row["text"]
                out.append(Post(rename(text), tuple(row["categories"]), None, -100,
                                f"eval_{path.stem}", "train", str(row.get("hard") or "")))
    return out
