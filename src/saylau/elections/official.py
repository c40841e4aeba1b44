"""The official results this project holds: one CSV of list votes per election, beside its rules.

`reference/data/results/<rules id>.csv` (party,votes[,official_list_seats], a row against_all),
each with its source in its header comment. Only files whose name is the id of rules we hold
count, so that `saylau seats compare` always allocates by the law of the same election.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from .law import known_rules


def official_results() -> dict[str, Path]:
    """Rules id -> the CSV of its official list votes."""
    folder = Path(str(resources.files("saylau.reference") / "data" / "results"))
    rules = set(known_rules())
    return {p.stem: p for p in sorted(folder.glob("*.csv")) if p.stem in rules}
