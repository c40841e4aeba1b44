"""The official results this project holds: one CSV of list votes per election, beside its rules.

`reference/data/results/<rules id>.csv` (party,votes[,official_list_seats], a row against_all),
each with its source in its header comment. Only files whose name is the id of rules we hold
count, so that `saylau seats compare` always allocates by the law of the same election.

`reference/data/districts/<rules id>.csv` names the winner of each single-mandate district
(with a source per row) and `<rules id>-totals.csv` the districts won per party, where the
winners are not all sourced; `packaged_districts` finds them.
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


def _districts_folder() -> Path:
    return Path(str(resources.files("saylau.reference") / "data" / "districts"))


def packaged_districts(rules_id: str) -> tuple[Path | None, Path | None]:
    """(districts file, per-party district totals file) packaged for an election; None where
    there is none. See `saylau.elections.chamber` for their form."""
    folder = _districts_folder()
    winners, totals = folder / f"{rules_id}.csv", folder / f"{rules_id}-totals.csv"
    return (winners if winners.is_file() else None), (totals if totals.is_file() else None)
