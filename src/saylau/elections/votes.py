"""Vote counts per list, as the engine takes them, and their CSV form.

The CSV has columns ``party,votes``; other columns are ignored. A row whose party is
``against_all`` (or "against all") is the against-all line, not a list. Party labels are free
text. The order of the rows is the registration order (used for tie-breaks) unless the file
has a ``registration`` column with whole numbers. Lines starting with ``#`` are comments.

Parsing takes lines, not a path: reading the file is the caller's business.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from saylau.errors import ElectionError

AGAINST_ALL_LABELS = ("against_all", "against all")


@dataclass(frozen=True)
class VoteCount:
    """Votes per list in registration order, and the against-all line if the ballot had one."""

    parties: dict[str, int]
    against_all: int | None = None

    @classmethod
    def of(cls, parties: Mapping[str, int], against_all: int | None = None) -> "VoteCount":
        for label, count in [*parties.items(), ("against_all", against_all or 0)]:
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise ElectionError(f"votes for {label!r} must be a whole number 0 or more, not {count!r}")
        return cls(dict(parties), against_all)

    @property
    def list_total(self) -> int:
        return sum(self.parties.values())


def uncommented(lines: Iterable[str]) -> Iterable[str]:
    """The lines of a CSV text without ``#`` comment lines and blank lines."""
    for line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield line


def parse_count(raw: str | None, what: str, where: str) -> int:
    """A whole, non-negative number of votes or ballots; a one-line error otherwise."""
    text = (raw or "").strip().replace(" ", "").replace("\u00a0", "").replace("_", "")
    if text.startswith("-") and text[1:].isdigit():
        raise ElectionError(f"{where}: {what} is {raw.strip()}: a count cannot be negative")
    if not text.isdigit():
        raise ElectionError(f"{where}: {what} is {(raw or '').strip()!r}, not a whole number")
    return int(text)


def normalised_header(reader: csv.DictReader, source: str, required: tuple[str, ...]) -> dict[str, str]:
    """Map lower-case column names to the file's own; error if a required column is missing."""
    found = {name.strip().lower(): name for name in (reader.fieldnames or []) if name}
    missing = [name for name in required if name not in found]
    if missing:
        listed = ", ".join(found) or "none"
        raise ElectionError(
            f"{source}: no column {', '.join(repr(m) for m in missing)} (found: {listed}); "
            f"the file needs columns {','.join(required)}"
        )
    return found


def parse_votes_csv(lines: Iterable[str], source: str = "<votes>") -> VoteCount:
    """Read ``party,votes`` rows into a `VoteCount`; every problem is one ElectionError line."""
    reader = csv.DictReader(uncommented(lines))
    columns = normalised_header(reader, source, ("party", "votes"))
    party_col, votes_col = columns["party"], columns["votes"]
    order_col = columns.get("registration")
    rows: list[tuple[int, str, int]] = []
    first_seen: dict[str, int] = {}
    against_all: int | None = None
    for line_no, row in enumerate(reader, start=2):
        label = (row.get(party_col) or "").strip()
        where = f"{source}: row {line_no - 1}"
        if not label:
            raise ElectionError(f"{where}: the party label is empty")
        count = parse_count(row.get(votes_col), f"votes for {label!r}", where)
        key = "against_all" if label.lower() in AGAINST_ALL_LABELS else label
        if key in first_seen:
            raise ElectionError(
                f"{where}: party {label!r} appears twice (first in row {first_seen[key]}); give each list one row"
            )
        first_seen[key] = line_no - 1
        if key == "against_all":
            against_all = count
            continue
        rank = line_no
        if order_col is not None and (row.get(order_col) or "").strip():
            rank = parse_count(row.get(order_col), f"registration of {label!r}", where)
        rows.append((rank, label, count))
    if not rows:
        raise ElectionError(f"{source}: no party rows")
    rows.sort(key=lambda item: item[0])
    return VoteCount({label: count for _, label, count in rows}, against_all)
