"""The whole chamber of a mixed election: list seats + single-mandate winners, per party.

An analyst asks how many seats a party holds, not how many it took on the list ballot. For a
mixed election (the Mazhilis of 2004 and 2023, the regional maslikhats of 2023) the chamber
is the list outcome plus the districts each party won; self-nominated winners count as
``SELF``. District seats come from one of three places, the most detailed first:

1. the district protocols (`results.single_mandate_results`), when the count is held;
2. a districts file: one row per district, its winner and the winner's party, each row with
   its source (``reference/data/districts/<id>.csv`` is packaged; any file of that form can
   be given). A row whose winner is empty is a district no source decided for us;
3. per-party district totals with their source (``<id>-totals.csv``), used only when the
   districts file leaves winners out; the named winners must fit inside those totals.

A district with no winner (against all led, a tie, or no source) is counted as undecided,
never given to anyone. Pure: parsers take lines, `chamber_seats` takes outcomes.
"""
from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from saylau.errors import ElectionError

from .lists import ListOutcome
from .votes import canonical_label, normalised_header, parse_count, register_party, uncommented

SELF = "SELF"  # a self-nominated winner (no party)
DISTRICT_COLUMNS = ("district", "region", "area", "winner", "party", "source")
TOTALS_COLUMNS = ("party", "single_mandate_seats", "source")
SELF_LABELS = ("self", "self-nominated", "self_nominated", "independent", "самовыдвижение", "самовыдвиженец")


@dataclass(frozen=True)
class DistrictWinner:
    """One single-mandate district and, when a source names one, its winner."""

    district: str
    region: str
    area: str
    winner: str | None
    party: str | None  # a register code, SELF, or a label the register lacks
    source: str | None


def district_party(label: str) -> str:
    """The party of a district winner as the chamber table names it: SELF for the
    self-nominated, the register's code for a party it knows, else the label as written."""
    if label.strip().casefold() in SELF_LABELS:
        return SELF
    return register_party(label) or canonical_label(label.strip())


def parse_districts_csv(lines: Iterable[str], source: str = "<districts>") -> list[DistrictWinner]:
    """Read a districts file; a winner needs a party (or SELF) and a source, a district is
    listed once."""
    reader = csv.DictReader(uncommented(lines))
    cols = normalised_header(reader, source, ("district", "winner", "party"))
    rows, seen = [], set()
    for row_no, row in enumerate(reader, start=1):
        where = f"{source}: row {row_no}"

        def text(name: str) -> str:
            return (row.get(cols[name]) or "").strip() if name in cols else ""

        district = text("district")
        if not district:
            raise ElectionError(f"{where}: the district is empty")
        if district in seen:
            raise ElectionError(f"{where}: district {district} is listed twice")
        seen.add(district)
        winner, party, origin = text("winner") or None, text("party"), text("source") or None
        if winner and not party:
            raise ElectionError(f"{where}: district {district} names a winner without a party (write SELF for self-nominated)")
        if party and not winner:
            raise ElectionError(f"{where}: district {district} names a party without a winner")
        if winner and origin is None and "source" in cols:
            raise ElectionError(f"{where}: district {district}: a winner needs its source")
        rows.append(DistrictWinner(district, text("region"), text("area"), winner, district_party(party) if party else None, origin))
    if not rows:
        raise ElectionError(f"{source}: no districts under the header")
    return rows


def parse_district_totals_csv(lines: Iterable[str], source: str = "<totals>") -> dict[str, int]:
    """Read per-party district seats (party,single_mandate_seats[,source])."""
    reader = csv.DictReader(uncommented(lines))
    cols = normalised_header(reader, source, ("party", "single_mandate_seats"))
    totals: dict[str, int] = {}
    for row_no, row in enumerate(reader, start=1):
        where = f"{source}: row {row_no}"
        party = district_party((row.get(cols["party"]) or "").strip())
        if party in totals:
            raise ElectionError(f"{where}: {party} is listed twice")
        totals[party] = parse_count(row.get(cols["single_mandate_seats"]), f"seats of {party}", where)
    return totals


@dataclass(frozen=True)
class DistrictSeats:
    """Districts won per party, how many districts are undecided, and where this came from."""

    by_party: dict[str, int]
    districts: int
    undecided: int
    origin: str  # "protocols", "districts file", "per-party totals" or "none"
    warnings: tuple[str, ...] = ()  # inputs to check
    notes: tuple[str, ...] = ()  # how the seats were found
    winners: tuple[DistrictWinner, ...] = ()  # the districts file's rows, where one was read


def seats_from_winners(winners: Iterable[DistrictWinner], districts: int | None = None) -> DistrictSeats:
    """Districts won per party from a districts file; districts without a winner are undecided."""
    winners = list(winners)
    total = districts if districts is not None else len(winners)
    warnings = []
    if districts is not None and len(winners) != districts:
        warnings.append(f"the districts file lists {len(winners)} districts; the law has {districts}")
    counts = Counter(w.party for w in winners if w.winner and w.party)
    decided = sum(counts.values())
    return DistrictSeats(dict(counts), total, max(total - decided, 0), "districts file", tuple(warnings), (), tuple(winners))


def seats_from_totals(
    totals: Mapping[str, int], districts: int, winners: Iterable[DistrictWinner] = ()
) -> DistrictSeats:
    """Districts won per party from sourced per-party totals, checked against the winners the
    districts file does name: a party cannot have named winners beyond its total."""
    named = seats_from_winners(winners).by_party if winners else {}
    over = [f"{p} ({n} named, total {totals.get(p, 0)})" for p, n in named.items() if n > totals.get(p, 0)]
    if over:
        raise ElectionError(f"the districts file names more winners than the per-party totals allow: {', '.join(over)}")
    won = sum(totals.values())
    if won > districts:
        raise ElectionError(f"the per-party totals give {won} district seats; the law has {districts}")
    note = f"winners named for {sum(named.values())} of {districts} districts, seats per party sourced"
    return DistrictSeats(
        {p: n for p, n in totals.items() if n}, districts, districts - won, "per-party totals", (), (note,), tuple(winners)
    )


def seats_from_results(results: Iterable, districts: int | None = None) -> DistrictSeats:
    """Districts won per party from decided protocols (`results.DistrictResult`s). A winner
    whose protocol names no party counts as SELF."""
    results = list(results)
    counts = Counter(
        district_party(r.party) if r.party else SELF for r in results if r.outcome.status == "elected"
    )
    total = districts if districts is not None else len(results)
    warnings = []
    if districts is not None and len(results) < districts:
        warnings.append(f"protocols of {len(results)} of the {districts} districts are held; the rest are undecided")
    return DistrictSeats(dict(counts), total, max(total - sum(counts.values()), 0), "protocols", tuple(warnings))


@dataclass(frozen=True)
class ChamberRow:
    party: str
    list_seats: int
    district_seats: int

    @property
    def seats(self) -> int:
        return self.list_seats + self.district_seats


@dataclass(frozen=True)
class Chamber:
    """Seats per party over the whole chamber (appointed seats apart)."""

    rules: str
    list_seats: int
    district_seats: int
    rows: tuple[ChamberRow, ...]
    undecided_districts: int
    unallocated_list_seats: int
    district_origin: str
    appointed: int = 0
    warnings: tuple[str, ...] = field(default_factory=tuple)
    notes: tuple[str, ...] = field(default_factory=tuple)
    district_winners: tuple[DistrictWinner, ...] = ()

    @property
    def seats(self) -> dict[str, int]:
        return {row.party: row.seats for row in self.rows}

    @property
    def total(self) -> int:
        return self.list_seats + self.district_seats

    def to_dict(self) -> dict:
        return {
            "rules": self.rules,
            "seats_total": self.total,
            "list_seats": self.list_seats,
            "district_seats": self.district_seats,
            "appointed_seats": self.appointed,
            "undecided_districts": self.undecided_districts,
            "unallocated_list_seats": self.unallocated_list_seats,
            "district_seats_from": self.district_origin,
            "parties": [
                {"party": r.party, "list_seats": r.list_seats, "district_seats": r.district_seats, "seats": r.seats}
                for r in self.rows
            ],
            "seats": self.seats,
            "districts": [
                {"district": w.district, "region": w.region or None, "area": w.area or None, "winner": w.winner,
                 "party": w.party, "source": w.source}
                for w in self.district_winners
            ],  # fmt: skip
            "warnings": list(self.warnings),
            "notes": list(self.notes),
        }


def chamber_seats(
    rules_id: str, list_outcome: ListOutcome | None, districts: DistrictSeats, appointed: int = 0
) -> Chamber:
    """Add each party's district seats to its list seats; parties in the order of the list
    ballot, then district-only parties by seats, SELF last."""
    list_seats = list_outcome.seats if list_outcome else {}
    by_label = {label.casefold(): label for label in list_seats}
    won: Counter[str] = Counter()
    for party, n in districts.by_party.items():
        won[by_label.get(party.casefold(), party)] += n
    order = list(list_seats) + sorted(
        (p for p in won if p not in list_seats and p != SELF), key=lambda p: (-won[p], p)
    )
    if SELF in won:
        order.append(SELF)
    rows = tuple(ChamberRow(p, list_seats.get(p, 0), won.get(p, 0)) for p in order)
    return Chamber(
        rules=rules_id,
        list_seats=list_outcome.seats_total if list_outcome else 0,
        district_seats=districts.districts,
        rows=rows,
        undecided_districts=districts.undecided,
        unallocated_list_seats=list_outcome.unallocated if list_outcome else 0,
        district_origin=districts.origin,
        appointed=appointed,
        warnings=districts.warnings,
        notes=districts.notes,
        district_winners=districts.winners,
    )


def choose_district_seats(
    districts: int,
    winners: list[DistrictWinner] | None = None,
    totals: Mapping[str, int] | None = None,
) -> DistrictSeats:
    """The most detailed district seats at hand: a districts file that decides every district,
    else sourced per-party totals (checked against the named winners), else the named winners
    with the rest undecided, else every district undecided."""
    if winners is not None:
        named = seats_from_winners(winners, districts)
        if named.undecided == 0 or totals is None:
            return named
    if totals is not None:
        return seats_from_totals(totals, districts, winners or ())
    return DistrictSeats({}, districts, districts, "none", (), ("no district winners are held",))
