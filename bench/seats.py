"""Benchmark of the electoral engine; prints its figures.

    python bench/seats.py            (votelib for the comparison: pip install -e '.[bench]')

1. Saylau ÷ votelib speed (time of votelib ÷ time of Saylau) for Hare, Droop, D'Hondt and Sainte-Laguë (both exact, both on the
   same inputs; above 1 Saylau is faster): 69 seats × 7 lists (the 2023 Mazhilis votes),
   1,000 random cases (2–10 lists, 1–150 seats), and 100,000 seats × 7 lists.
2. Exact allocations per second, 69 seats × 7 lists: the bare Hare largest-remainder method,
   and the whole law (threshold with against all, quota, remainders, per-party rows) as
   `saylau seats` runs it.
3. Vectorised allocations per second inside the projection (integer NumPy path).
4. Wall time of a 100,000-simulation projection (Dirichlet draws + seats + quantiles).
"""
from __future__ import annotations

import platform
import random
import time
from fractions import Fraction

import numpy as np

from saylau.elections import VoteCount, allocate_hare, allocate_list_seats, load_rules
from saylau.elections.methods import METHODS
from saylau.elections.projection import Poll, project, simulate_seats

VOTES = {
    "AMANAT": 3431510, "AUYL": 693938, "RESPUBLICA": 547154, "AQ_JOL": 535139,
    "NPK": 432920, "NSDP": 331058, "BAITAK": 146431,
}  # fmt: skip
AGAINST_ALL = 248291


def rate(fn, seconds: float = 1.0) -> float:
    """Calls per second of `fn`, over about `seconds` of calls."""
    calls, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for _ in range(100):
            fn()
        calls += 100
    return calls / elapsed


def best_of(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def votelib_methods() -> dict:
    """The votelib evaluator of each of our methods, or {} without votelib."""
    try:
        from votelib.evaluate.proportional import HighestAverages, LargestRemainder
    except ImportError:
        return {}
    return {
        "hare": LargestRemainder("hare"),
        "droop": LargestRemainder("droop"),
        "dhondt": HighestAverages("d_hondt"),
        "sainte_lague": HighestAverages("sainte_lague"),
    }


def random_cases(n: int = 1_000) -> list[tuple[dict[str, int], int]]:
    rng = random.Random(0)
    return [
        ({f"P{i}": rng.randint(1_000, 5_000_000) for i in range(rng.randint(2, 10))}, rng.randint(1, 150))
        for _ in range(n)
    ]


def compare_with_votelib() -> None:
    theirs = votelib_methods()
    if not theirs:
        print("votelib is not installed (pip install -e '.[bench]'): no comparison")
        return
    cases = random_cases()
    print("Saylau ÷ votelib speed (> 1: Saylau is faster; best of 5 rounds, the two taking turns):")
    for name, evaluator in theirs.items():
        ours = METHODS[name]
        pairs = {
            "69 x 7 (x 200)": (lambda: [ours(VOTES, 69) for _ in range(200)],
                               lambda: [evaluator.evaluate(VOTES, 69) for _ in range(200)]),
            "random": (lambda: [ours(v, s) for v, s in cases], lambda: [evaluator.evaluate(v, s) for v, s in cases]),
            "100,000 seats (x 5)": (lambda: [ours(VOTES, 100_000) for _ in range(5)],
                                    lambda: [evaluator.evaluate(VOTES, 100_000) for _ in range(5)]),
        }  # fmt: skip
        cells = []
        for label, (mine, theirs_fn) in pairs.items():
            times = [float("inf"), float("inf")]
            for _ in range(5):
                times = [min(times[0], best_of(mine, 1)), min(times[1], best_of(theirs_fn, 1))]
            cells.append(f"{label}: {times[1] / times[0]:,.1f}x ({times[0] * 1000:,.2f} vs {times[1] * 1000:,.1f} ms)")
        print(f"  {name:<12} " + ";  ".join(cells))


def main() -> None:
    compare_with_votelib()
    rules = load_rules("mazhilis-2023")
    count = VoteCount.of(VOTES, AGAINST_ALL)
    passed = {party: votes for party, votes in VOTES.items() if party != "BAITAK"}
    print(f"python {platform.python_version()}, numpy {np.__version__} (the NumPy operations here run on one thread)")
    figures = {
        "exact Hare largest remainder, 69 seats x 7 lists": lambda: allocate_hare(VOTES, 69),
        "  (the 6 lists that passed, as the law hands them on)": lambda: allocate_hare(passed, 69),
        "exact law (mazhilis-2023 rules: threshold, quota, rows)": lambda: allocate_list_seats(rules, count),
    }
    for label, fn in figures.items():
        print(f"{label}: {rate(fn):,.0f} allocations/s")

    rng = np.random.default_rng(0)
    batch = np.floor(rng.dirichlet(np.array([*VOTES.values(), AGAINST_ALL]) / 1000, 100_000) * 10**7).astype(np.int64)
    labels = list(VOTES)
    t = best_of(lambda: simulate_seats(rules, batch[:, :7], batch[:, 7], labels, 69))
    print(f"vectorised integer allocation (projection path): {100_000 / t:,.0f} allocations/s")

    poll = Poll({p: Fraction(v, sum(VOTES.values()) + AGAINST_ALL) for p, v in VOTES.items()},
                Fraction(AGAINST_ALL, sum(VOTES.values()) + AGAINST_ALL))  # fmt: skip
    t = best_of(lambda: project(rules, poll, 100_000, seed=1, respondents=1_200))
    print(f"projection, 100,000 simulations (poll of 1,200): {t:.3f} s (best of 5)")


if __name__ == "__main__":
    main()
