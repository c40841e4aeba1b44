"""Write the SYNTHETIC precinct protocols of samples/results/ (illustrative, not real data).

    python samples/results/generate_synthetic.py

National totals of the list ballot equal the official 2023 Mazhilis figures: registered voters,
ballots issued, votes per list and "against all". Everything else — how voters, turnout and
votes spread over precincts, the invalid/cast split, every district candidate and district
result — is invented, with a fixed seed so the file is reproducible.
"""
from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

SEED = 2023
HERE = Path(__file__).parent
OUT = HERE / "mazhilis-2023-precincts-synthetic.csv"

# Official national figures, Mazhilis 2023 (../shared/reference/results/mazhilis-2023.csv).
REGISTERED = 12_035_578
ISSUED = 6_521_860
LISTS = {
    "AMANAT": 3_431_510,
    "AUYL": 693_938,
    "RESPUBLICA": 547_154,
    "AQ_JOL": 535_139,
    "NPK": 432_920,
    "NSDP": 331_058,
    "BAITAK": 146_431,
}
AGAINST_ALL = 248_291
# Ballots issued but not valid votes: we call them all invalid and cast (a synthetic choice).
INVALID = ISSUED - sum(LISTS.values()) - AGAINST_ALL

# Regions (ISO 3166-2:KZ) with an invented number of single-mandate districts (29 in all).
REGIONS = {
    "KZ-10": 1, "KZ-11": 1, "KZ-15": 1, "KZ-19": 2, "KZ-23": 1, "KZ-27": 1, "KZ-31": 1,
    "KZ-33": 1, "KZ-35": 1, "KZ-39": 1, "KZ-43": 1, "KZ-47": 1, "KZ-55": 1, "KZ-59": 1,
    "KZ-61": 3, "KZ-62": 1, "KZ-63": 1, "KZ-71": 3, "KZ-75": 4, "KZ-79": 2,
}  # fmt: skip
PRECINCTS_PER_DISTRICT = 10
PARTIES_FOR_CANDIDATES = ["AMANAT", "AUYL", "RESPUBLICA", "AQ_JOL", "NPK", "NSDP", "self-nominated"]


def split(total: int, weights: np.ndarray) -> np.ndarray:
    """Whole parts of `total` proportional to integer `weights`, summing exactly to `total`."""
    weights = weights.astype(np.int64)
    whole = total * weights // weights.sum()
    remainder = total * weights % weights.sum()
    whole[np.argsort(-remainder, kind="stable")[: total - whole.sum()]] += 1
    return whole


def main() -> None:
    rng = np.random.default_rng(SEED)
    units = [
        (region, f"D{d:02d}", f"P{d:02d}-{p:02d}")
        for d, region in enumerate((r for r, n in REGIONS.items() for _ in range(n)), start=1)
        for p in range(1, PRECINCTS_PER_DISTRICT + 1)
    ]
    n = len(units)
    registered = split(REGISTERED, np.round(rng.lognormal(0, 0.3, n) * 10_000))
    turnout = rng.uniform(0.40, 0.70, n)
    issued = split(ISSUED, np.round(registered * turnout))
    assert (issued <= registered).all()

    urn = np.array([*LISTS.values(), AGAINST_ALL, INVALID], dtype=np.int64)
    list_votes = np.zeros((n, len(urn)), dtype=np.int64)
    for i in range(n):  # draw each precinct's ballots from what is left: sums stay exact
        list_votes[i] = rng.multivariate_hypergeometric(urn, issued[i])
        urn -= list_votes[i]
    assert urn.sum() == 0

    rows = []
    common = {"synthetic": "yes"}
    for i, (region, district, precinct) in enumerate(units):
        head = {
            "region": region, "district": district, "precinct": precinct,
            "registered": registered[i], "ballots_received": registered[i],
            "ballots_issued": issued[i], "ballots_cast": issued[i], "invalid": list_votes[i, -1],
        }  # fmt: skip
        for choice, votes in zip([*LISTS, "against_all"], list_votes[i, :-1]):
            rows.append({"ballot": "list", **head, "choice": choice, "party": "", "votes": votes, **common})

    by_district: dict[str, list[int]] = {}
    for i, (_, district, _) in enumerate(units):
        by_district.setdefault(district, []).append(i)
    for district, members in by_district.items():
        k = int(rng.integers(3, 6))
        parties = ["AMANAT", *rng.choice(PARTIES_FOR_CANDIDATES[1:], size=k - 1, replace=False)]
        names = [f"Candidate {chr(65 + j)} ({district})" for j in range(k)]
        shares = rng.dirichlet([6.0] + [2.0] * (k - 1)) * 0.92
        probs = np.append(shares, [0.05, 0.03])  # against all, invalid
        for i in members:
            region, _, precinct = units[i]
            counts = rng.multinomial(issued[i], probs / probs.sum())
            head = {
                "region": region, "district": district, "precinct": precinct,
                "registered": registered[i], "ballots_received": registered[i],
                "ballots_issued": issued[i], "ballots_cast": issued[i], "invalid": counts[-1],
            }  # fmt: skip
            for name, party, votes in zip([*names, "against_all"], [*parties, ""], counts[:-1]):
                rows.append({"ballot": "district", **head, "choice": name, "party": party, "votes": votes, **common})

    columns = ["ballot", "region", "district", "precinct", "registered", "ballots_received",
               "ballots_issued", "ballots_cast", "invalid", "choice", "party", "votes", "synthetic"]  # fmt: skip
    with OUT.open("w", newline="", encoding="utf-8") as f:
        f.write("# SYNTHETIC DATA — invented precinct protocols, not real results. See README.md.\n")
        f.write("# National list-ballot totals equal the official 2023 Mazhilis figures; nothing else is real.\n")
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} lines for {n} precincts to {OUT}")


if __name__ == "__main__":
    main()
