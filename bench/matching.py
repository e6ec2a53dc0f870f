"""Matching cost per post against the number of schools (a trust or a local authority).

    python bench/matching.py [--posts 2000] [--schools 1,10,100,300] [--staff 30]

Schools and staff are generated (distinct invented names, roles, nicknames of two syllables: one
syllable gave nicknames like "By" and "Well", which no school would give and which put every
school of the trust in every post); posts are a mix
of the ways people write (a school's bare name with school words, a misspelt surname, a
hashtag, a namesake's full name, and most of all posts about none of them). Prints, for each
size, the time to build the index once and the mean and 99th-percentile time per post of
`match_schools`, which the poll runs on every fetched post.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.config.types import School, Staff  # noqa: E402
from monitor.ingest import lexicon  # noqa: E402
from monitor.ingest.poll import match_schools  # noqa: E402

SYLLABLES = ("ash", "brook", "wood", "ley", "ton", "ham", "field", "mere", "dale", "well", "hurst", "cott",
             "ing", "by", "stead", "combe", "thorpe", "wick", "low", "ridge", "hol", "mar", "pen", "ros")
FIRST = ("Tom", "Sarah", "Priya", "Gareth", "Emma", "David", "Helen", "Kevin", "Aisha", "James", "Chloe", "Omar")
ROLES = ("Headteacher", "Deputy Headteacher", "SENCO", "PE teacher", "Site manager", "Teaching assistant in 2R",
         "Year 6 teacher", "Head of Year 9", "English teacher", "Maths teacher")
FILLER = ("the bus was late again this morning", "anyone know a good plumber near the high street",
          "lovely walk by the river today", "council tax up again", "the match on saturday was brilliant",
          "road closed by the station until friday", "my son loves his new football boots")


def word(rng: random.Random, n: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()


def make_schools(n: int, staff: int, rng: random.Random) -> tuple[School, ...]:
    out, used = [], set()
    for i in range(n):
        while (name := word(rng, 2)) in used:
            pass
        used.add(name)
        members = tuple(Staff(f"s{i}-{j}", f"{rng.choice(FIRST)} {word(rng, 2)}{j}", rng.choice(ROLES),
                              (), nicknames=(word(rng, 2),) if j % 7 == 0 else ())
                        for j in range(staff))
        out.append(School(id=f"school-{i}", name=f"{name} Academy", aliases=(name,), locality=(word(rng, 3),),
                          handles=(f"@{name}Acad",), exclude=("Ontario",), staff=members))
    return tuple(out)


def make_posts(schools: tuple[School, ...], n: int, rng: random.Random) -> list[tuple[str, str, str, str]]:
    posts = []
    for _ in range(n):
        s = rng.choice(schools)
        m = rng.choice(s.staff)
        surname = m.name.split()[-1]
        kind = rng.random()
        if kind < 0.6:
            text = f"{rng.choice(FILLER)}. {rng.choice(FILLER)}"
        elif kind < 0.7:
            text = f"{s.aliases[0].lower()} pickup was chaos again, year 8 kept in"
        elif kind < 0.8:
            typo = surname[:2] + surname[3:] if len(surname) > 5 else surname
            text = f"mr {typo.lower()} at {s.aliases[0]} needs sacking"
        elif kind < 0.9:
            text = f"Well done #{s.name.replace(' ', '')} on the results! {rng.choice(FILLER)}"
        else:
            text = f"{m.name}, 54, was fined for speeding on the M4"
        # Authors as people name themselves: a handle, now and then one named for a school.
        author = f"{s.aliases[0].lower()}_{word(rng, 1)}" if rng.random() < 0.1 else f"{word(rng, 1)}{rng.randrange(100)}"
        posts.append((text, "", f"https://example.org/{rng.randrange(10**6)}", author))
    return posts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--posts", type=int, default=2000)
    ap.add_argument("--schools", default="1,10,100,300")
    ap.add_argument("--staff", type=int, default=30)
    args = ap.parse_args()
    print(f"{'schools':>8} {'staff':>7} {'index built':>12} {'per post mean':>14} {'p99':>9} {'matched':>8}")
    for n in (int(x) for x in args.schools.split(",")):
        rng = random.Random(n)
        schools = make_schools(n, args.staff, rng)
        posts = make_posts(schools, args.posts, rng)
        t0 = time.perf_counter()
        lexicon.lexicon(schools)
        built = time.perf_counter() - t0
        times, matched = [], 0
        for text, context, url, author in posts:
            t = time.perf_counter()
            matched += bool(match_schools(text, context, schools, url=url, author=author))
            times.append(time.perf_counter() - t)
        times.sort()
        print(f"{n:>8} {n * args.staff:>7} {built:>10.2f} s {statistics.mean(times) * 1000:>11.3f} ms "
              f"{times[int(len(times) * 0.99)] * 1000:>6.2f} ms {matched:>8}")


if __name__ == "__main__":
    main()
