"""Benchmark of the electoral engine; prints its figures.

    python bench/seats.py

1. Exact allocations per second, 69 seats × 7 lists (the 2023 Mazhilis votes): the bare
   Hare largest-remainder method, and the whole law (threshold with against all, quota,
   remainders, per-party rows) as `saylau seats` runs it.
2. Vectorised allocations per second inside the projection (integer NumPy path).
3. Wall time of a 100,000-simulation projection (Dirichlet draws + seats + quantiles).
"""
from __future__ import annotations

import platform
import time
from fractions import Fraction

import numpy as np

from saylau.elections import VoteCount, allocate_hare, allocate_list_seats, load_rules
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


def main() -> None:
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
