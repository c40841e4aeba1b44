"""Vote counts per list, as the engine takes them, and their CSV form.

The CSV has columns ``party,votes``; other columns are ignored. A row whose party is
``against_all`` (or "against all") is the against-all line, not a list. Party labels are free
text, matched to the party register without regard to case: "Amanat" is read as AMANAT, two
rows naming one party are an error, and labels the register lacks are kept with a warning. The order of the rows is the registration order (used for tie-breaks) unless the file
has a ``registration`` column with whole numbers. Lines starting with ``#`` are comments.

Parsing takes lines, not a path: reading the file is the caller's business.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from saylau.errors import ElectionError

AGAINST_ALL_LABELS = ("against_all", "against all")
_QUOTES = str.maketrans("", "", "«»\"'“”„")


@dataclass(frozen=True)
class VoteCount:
    """Votes per list in registration order, and the against-all line if the ballot had one.

    `warnings` are what the parser noticed but could not call an error (labels that are not in
    the party register); they do not take part in comparisons.
    """

    parties: dict[str, int]
    against_all: int | None = None
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def of(cls, parties: Mapping[str, int], against_all: int | None = None) -> "VoteCount":
        for label, count in [*parties.items(), ("against_all", against_all or 0)]:
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise ElectionError(f"votes for {label!r} must be a whole number 0 or more, not {count!r}")
        return cls(dict(parties), against_all)

    @property
    def list_total(self) -> int:
        return sum(self.parties.values())


def label_key(label: str) -> str:
    """A party label compared without case, quotes, or the difference of "_", "-" and " "."""
    spaced = label.translate(_QUOTES).casefold().replace("_", " ").replace("-", " ")
    return " ".join(spaced.split())


@cache
def _register() -> tuple[dict[str, str], dict[str, str]]:
    """(key of a code -> code, key of any code, name, alias or former name -> code)."""
    from saylau.reference import load_parties

    codes, names = {}, {}
    for party in load_parties():
        codes[label_key(party.code)] = party.code
        forms = [party.code, *party.name.values(), *party.former_names, *party.abbreviations]
        forms += [alias for aliases in party.aliases.values() for alias in aliases]
        for form in forms:
            names.setdefault(label_key(form), party.code)
    return codes, names


def register_party(label: str) -> str | None:
    """The code of the register's party that `label` names (code, name, alias), or None."""
    return _register()[1].get(label_key(label))


def canonical_label(label: str) -> str:
    """`label` as the register's code when it is that code written otherwise ("Amanat",
    "aq-jol"); any other label is kept as written (historic labels such as NUR_OTAN too)."""
    return _register()[0].get(label_key(label), label)


class PartyLabels:
    """The party labels of one file: one spelling per list, and the labels the register lacks.

    Two labels are the same list when they differ only in case, quotes or separators, or
    name the same party of the register ("Amanat" and "AMANAT", "Nur Otan" and "NUR_OTAN").
    """

    def __init__(self) -> None:
        self.spelling: dict[str, str] = {}  # identity -> the label as first written
        self.unknown: list[str] = []

    def identity(self, label: str) -> str:
        code = register_party(label)
        return f"party:{code}" if code else f"label:{label_key(label)}"

    def first(self, label: str) -> str | None:
        """The label under which this list was seen before, or None."""
        return self.spelling.get(self.identity(label))

    def add(self, label: str) -> str:
        """Record `label`; return the spelling to use (the register's code when it is one)."""
        identity = self.identity(label)
        if identity not in self.spelling:
            self.spelling[identity] = canonical_label(label)
            if identity.startswith("label:"):
                self.unknown.append(label)
        return self.spelling[identity]

    def warnings(self) -> tuple[str, ...]:
        if not self.unknown:
            return ()
        shown = ", ".join(repr(label) for label in self.unknown)
        return (f"not in the party register, kept as written: {shown} (check the spelling of known parties)",)


def uncommented(lines: Iterable[str]) -> Iterable[str]:
    """The lines of a CSV text without ``#`` comment lines and blank lines."""
    for line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield line


def ascii_digits(text: str) -> bool:
    """Only the digits 0-9. `str.isdigit` also takes "²" (which `int` rejects) and "٣" (which
    `int` reads as 3): a protocol written so is a damaged file, not a count to trust."""
    return text.isascii() and text.isdigit()


def parse_count(raw: str | None, what: str, where: str) -> int:
    """A whole, non-negative number of votes or ballots; a one-line error otherwise."""
    text = (raw or "").strip().replace(" ", "").replace("\u00a0", "").replace("_", "")
    if text.startswith("-") and ascii_digits(text[1:]):
        raise ElectionError(f"{where}: {what} is {raw.strip()}: a count cannot be negative")
    if not ascii_digits(text):
        shown = (raw or "").strip()
        if any(ch.isdigit() for ch in text if not ch.isascii()):
            raise ElectionError(f"{where}: {what} is {shown!r}: write counts with the digits 0-9 only")
        raise ElectionError(f"{where}: {what} is {shown!r}, not a whole number")
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
    labels = PartyLabels()
    first_row: dict[str, tuple[int, str]] = {}  # list -> (row, label as written there)
    against_all: int | None = None
    for line_no, row in enumerate(reader, start=2):
        label = (row.get(party_col) or "").strip()
        where = f"{source}: row {line_no - 1}"
        if not label:
            raise ElectionError(f"{where}: the party label is empty")
        count = parse_count(row.get(votes_col), f"votes for {label!r}", where)
        is_against_all = label.lower() in AGAINST_ALL_LABELS
        seen = "against_all" if is_against_all else labels.first(label)
        if seen is not None and seen in first_row:
            first, written = first_row[seen]
            same = "" if written == label else f" as {written!r}"
            raise ElectionError(
                f"{where}: party {label!r} appears twice (first in row {first}{same}); give each list one row"
            )
        if is_against_all:
            first_row["against_all"] = (line_no - 1, label)
            against_all = count
            continue
        spelling = labels.add(label)
        first_row[spelling] = (line_no - 1, label)
        rank = line_no
        if order_col is not None and (row.get(order_col) or "").strip():
            rank = parse_count(row.get(order_col), f"registration of {label!r}", where)
        rows.append((rank, spelling, count))
    if not rows:
        raise ElectionError(f"{source}: no party rows")
    rows.sort(key=lambda item: item[0])
    return VoteCount({label: count for _, label, count in rows}, against_all, labels.warnings())
