"""Protocols of the count, and their sums by district, region and nation.

A protocol is what a commission signs for one ballot: the party-list ballot (``list``) or the
single-mandate district ballot (``district``). It belongs to a precinct, or — when its
precinct is empty — it is the district commission's own summary (a region's summary has the
district empty too, the CEC's has everything empty).

Their CSV form and how it is read: `saylau.elections.protocol_csv`.

Aggregation sums the most detailed protocols only (a district summary is used for a district
that has no precinct protocols in the file); `saylau.elections.consistency` compares the
summaries with those sums.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction

from saylau.errors import ElectionError

from .methods import SINGLE_MANDATE_DECISIONS, PluralityOutcome
from .votes import VoteCount

BALLOTS = ("list", "district")
LEVELS = ("nation", "region", "district", "precinct")
HEADER_NUMBERS = ("registered", "ballots_received", "ballots_issued", "ballots_cast", "invalid")
PROTOCOL_COLUMNS = (
    "ballot", "region", "district", "precinct", "registered", "ballots_issued", "ballots_cast",
    "invalid", "choice", "votes",
)  # fmt: skip


@dataclass(frozen=True)
class Protocol:
    """One commission's count for one ballot."""

    ballot: str
    region: str
    district: str
    precinct: str
    registered: int
    ballots_issued: int
    ballots_cast: int
    invalid: int
    votes: dict[str, int]  # per list or candidate, in the order of the file; no against-all
    against_all: int = 0
    ballots_received: int | None = None
    parties: dict[str, str] = field(default_factory=dict)  # candidate -> party, district ballots
    line: int = 0  # first data row of the protocol in its file (1-based), for findings
    header_conflicts: tuple[str, ...] = ()  # header fields whose lines disagree

    @property
    def level(self) -> str:
        if self.precinct:
            return "precinct"
        if self.district:
            return "district"
        return "region" if self.region else "nation"

    @property
    def unit(self) -> tuple[str, str, str]:
        return (self.region, self.district, self.precinct)

    @property
    def label(self) -> str:
        return protocol_label(self.ballot, self.unit)

    @property
    def valid_votes(self) -> int:
        return sum(self.votes.values()) + self.against_all


def protocol_label(ballot: str, unit: tuple[str, ...]) -> str:
    """How findings and errors name a protocol: "list protocol of KZ-71/D01/P0003"."""
    return f"{ballot} protocol of {'/'.join(part for part in unit if part) or 'the nation'}"


@dataclass(frozen=True)
class Tally:
    """Sums for one unit (nation, region or district) and one ballot."""

    level: str
    region: str
    district: str
    ballot: str
    registered: int
    ballots_issued: int
    ballots_cast: int
    invalid: int
    votes: dict[str, int]
    against_all: int
    protocols: int  # how many protocols were summed
    parties: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return {"nation": "KZ", "region": self.region, "district": f"{self.region}/{self.district}"}[self.level]

    @property
    def turnout(self) -> Fraction | None:
        """Ballots issued ÷ registered voters (None with no registered voters)."""
        return Fraction(self.ballots_issued, self.registered) if self.registered else None

    def vote_count(self) -> VoteCount:
        return VoteCount(dict(self.votes), self.against_all)


def is_below(child: tuple[str, str, str], parent: tuple[str, str, str]) -> bool:
    """Whether unit `child` lies strictly inside unit `parent` (empty parts are wildcards)."""
    return child != parent and all(not p or c == p for c, p in zip(child, parent))


def leaf_protocols(protocols: Iterable[Protocol]) -> list[Protocol]:
    """Protocols that no more detailed protocol of the same ballot covers: what sums are made of."""
    protocols = list(protocols)
    units = {(p.ballot, p.unit) for p in protocols}
    covered = set()
    for ballot, unit in units:
        region, district, precinct = unit
        # every ancestor of this unit is covered by it
        for parent in ((region, district, ""), (region, "", ""), ("", "", "")):
            if parent != unit and is_below(unit, parent):
                covered.add((ballot, parent))
    return [p for p in protocols if (p.ballot, p.unit) not in covered]


def unit_at(protocol: Protocol | Tally, level: str) -> tuple[str, str]:
    if level == "nation":
        return ("", "")
    if level == "region":
        return (protocol.region, "")
    return (protocol.region, protocol.district)


def aggregate(protocols: Iterable[Protocol], level: str, ballot: str = "list") -> list[Tally]:
    """Sum the leaf protocols of one ballot up to `level` (nation, region or district)."""
    if level not in LEVELS[:3]:
        raise ElectionError(f"level is {level!r}; known: {', '.join(LEVELS[:3])}")
    sums: dict[tuple[str, str], dict] = {}
    for p in leaf_protocols(p for p in protocols if p.ballot == ballot):
        if level == "district" and not p.district or level == "region" and not p.region:
            continue  # a summary above this level cannot be split into its units
        key = unit_at(p, level)
        s = sums.setdefault(
            key,
            {"registered": 0, "ballots_issued": 0, "ballots_cast": 0, "invalid": 0, "votes": {},
             "against_all": 0, "protocols": 0, "parties": {}},
        )  # fmt: skip
        for name in ("registered", "ballots_issued", "ballots_cast", "invalid", "against_all"):
            s[name] += getattr(p, name)
        for choice, count in p.votes.items():
            s["votes"][choice] = s["votes"].get(choice, 0) + count
        s["parties"].update(p.parties)
        s["protocols"] += 1
    return [
        Tally(level=level, region=region, district=district, ballot=ballot, **s)
        for (region, district), s in sorted(sums.items())
    ]


@dataclass(frozen=True)
class DistrictResult:
    region: str
    district: str
    outcome: PluralityOutcome
    party: str | None  # the winner's party, when the file names it
    tally: Tally

    @property
    def margin(self) -> int:
        return self.outcome.votes - self.outcome.runner_up_votes


def single_mandate_results(protocols: Iterable[Protocol], method: str = "plurality") -> list[DistrictResult]:
    """The outcome of every district ballot by the tier's method (plurality, or a first round
    of a two-round majority); an against-all lead names no winner."""
    decide = SINGLE_MANDATE_DECISIONS[method]
    results = []
    for tally in aggregate(protocols, "district", ballot="district"):
        outcome = decide(tally.votes, tally.against_all)
        party = tally.parties.get(outcome.winner) if outcome.winner else None
        results.append(DistrictResult(tally.region, tally.district, outcome, party, tally))
    return results

