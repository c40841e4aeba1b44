"""Reading a CSV file of protocols: every bad line named, every good protocol kept.

CSV form, one row per line of a protocol (so candidates of every district fit one file)::

    ballot,region,district,precinct,registered,ballots_received,ballots_issued,ballots_cast,invalid,choice,party,votes

``choice`` is a party label on a list ballot, a candidate on a district ballot, or
``against_all``. ``party`` (a candidate's party) and ``ballots_received`` may be empty. The
numbers of the header repeat on every line of a protocol; lines of one protocol that disagree
on them are a finding (`saylau.elections.consistency`), not an error. Lines starting with
``#`` are comments; extra columns are ignored.

`read_protocols_csv` reads the whole file and returns the protocols together with one
`LineError` per bad line, so that an observer fixes a file in one pass instead of one error per
run. A protocol with a bad line is left out whole: its other lines alone would be a count that
no commission signed (a list missing from it, votes that no longer add up). A line whose ballot
cannot be read leaves out every ballot of its unit, since it may belong to either.

Given the election's rules, the file is also checked against what the election has: its
ballots (a district ballot in an election without districts is an error), the region register
(ISO 3166-2:KZ codes; KZ-99 is an error, not a new region) and the lists on its ballot (the
rules' ``lists``, or any party of the register where the rules do not name them). An unknown
list is an error rather than a warning because its votes would take seats.

`parse_protocols_csv` is the strict form for callers that want all or nothing: the first
error is raised.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass

from saylau.errors import ElectionError, SaylauError

from .law import ElectionRules
from .results import BALLOTS, HEADER_NUMBERS, PROTOCOL_COLUMNS, Protocol, protocol_label
from .votes import AGAINST_ALL_LABELS, PartyLabels, normalised_header, parse_count, register_party, uncommented


@dataclass(frozen=True)
class LineError:
    """A data row the reader refused (1-based, counted as `Protocol.line` is) and why."""

    row: int
    reason: str


@dataclass(frozen=True)
class ProtocolsRead:
    """What a file held: the protocols read whole, and every line that was not."""

    protocols: list[Protocol]
    errors: list[LineError]
    left_out: tuple[str, ...] = ()  # labels of the protocols left out for a bad line


class ElectionBallots:
    """What protocols of one election may name: its ballots, the registered regions, its lists."""

    def __init__(self, rules: ElectionRules) -> None:
        self.rules = rules
        self.ballots = tuple(
            name for name, tier in (("list", rules.list_tier), ("district", rules.single_mandate)) if tier
        )
        self.lists = rules.list_tier.lists if rules.list_tier else ()
        identities = PartyLabels()
        self._on_ballot = {identities.identity(label): label for label in self.lists}

    def region(self, code: str) -> str:
        """The register's spelling of `code` ("kz-71" is KZ-71); an unknown code is an error."""
        from saylau.reference import known_code

        return known_code(code, "region code") if code else code

    def ballot_problem(self, ballot: str) -> str | None:
        if ballot in self.ballots:
            return None
        return f"{self.rules.id} has no {ballot} ballot (its ballots: {', '.join(self.ballots) or 'none'})"

    def list_label(self, label: str, labels: PartyLabels) -> str:
        """The list `label` names, spelt as the ballot spells it (or, where the rules name no
        lists, as the file first spelt that party); a list not on the ballot is an error."""
        if self.lists:
            on_ballot = self._on_ballot.get(labels.identity(label))
            if on_ballot is None:
                raise ElectionError(
                    f"list {label!r} is not on the ballot of {self.rules.id} (its lists: {', '.join(self.lists)})"
                )
            return on_ballot
        if register_party(label) is None:
            raise ElectionError(f"list {label!r} is not a party of the register; write the party's code, e.g. AMANAT")
        return labels.add(label)


def read_protocols_csv(
    lines: Iterable[str], source: str = "<protocols>", rules: ElectionRules | None = None
) -> ProtocolsRead:
    """Read protocol lines, keeping every protocol whose lines are all good.

    A missing column is an ElectionError for the whole file (no line can be read); anything
    wrong with a line is a `LineError`. Sums that do not add up are findings, not errors.
    """
    reader = csv.DictReader(uncommented(lines))
    cols = normalised_header(reader, source, PROTOCOL_COLUMNS)
    ballots = ElectionBallots(rules) if rules is not None else None
    groups: dict[tuple[str, str, str, str], dict] = {}
    lists = PartyLabels()  # "Amanat" in one precinct and "AMANAT" in the next are one list
    errors: list[LineError] = []
    bad_units: dict[tuple[str, ...], None] = {}  # (ballot, *unit), or (*unit,) for every ballot; in file order
    for row_no, row in enumerate(reader, start=1):
        where = f"{source}: row {row_no}"

        def text(name: str) -> str:
            return (row.get(cols[name]) or "").strip() if name in cols else ""

        unit = (text("region"), text("district"), text("precinct"))
        ballot = text("ballot").lower()
        try:
            if ballot not in BALLOTS:
                bad_units[unit] = None
                raise ElectionError(f"ballot is {text('ballot')!r}; known: {', '.join(BALLOTS)}")
            if ballots is not None:
                unit = (ballots.region(unit[0]), *unit[1:])
            group = groups.get((ballot, *unit))
            if group is None:
                group = groups[(ballot, *unit)] = {
                    "numbers": None, "votes": {}, "against_all": 0, "parties": {},
                    "line": row_no, "conflicts": set(),
                }  # fmt: skip
            _read_line(text, ballot, unit, group, lists, ballots, where)
        except SaylauError as exc:
            errors.append(LineError(row_no, str(exc).removeprefix(f"{where}: ")))
            bad_units[(ballot, *unit)] = None
    kept, left_out = [], {}
    for key, group in groups.items():
        if key in bad_units or key[1:] in bad_units or group["numbers"] is None:
            left_out[protocol_label(key[0], key[1:])] = None
        else:
            kept.append(_protocol(key, group))
    for key in bad_units:  # protocols none of whose lines made a group (an unknown region)
        if key[0] in BALLOTS and key not in groups:
            left_out[protocol_label(key[0], key[1:])] = None
    return ProtocolsRead(kept, errors, tuple(left_out))


def parse_protocols_csv(
    lines: Iterable[str], source: str = "<protocols>", rules: ElectionRules | None = None
) -> list[Protocol]:
    """Every protocol of the lines, or ElectionError("SOURCE: row N: reason") for the first bad line."""
    read = read_protocols_csv(lines, source, rules)
    if read.errors:
        first = read.errors[0]
        raise ElectionError(f"{source}: row {first.row}: {first.reason}")
    return read.protocols


def _read_line(text, ballot: str, unit: tuple[str, str, str], group: dict, lists: PartyLabels,
               ballots: ElectionBallots | None, where: str) -> None:  # fmt: skip
    """Add one line to its protocol's `group`, or raise what is wrong with it."""
    if unit[2] and not unit[1] or unit[1] and not unit[0]:
        raise ElectionError("a precinct needs its district and a district its region")
    if ballots is not None and (problem := ballots.ballot_problem(ballot)):
        raise ElectionError(problem)
    numbers = {}
    for name in HEADER_NUMBERS:
        raw = text(name)
        numbers[name] = None if name == "ballots_received" and not raw else parse_count(raw, name, where)
    choice = text("choice")
    if not choice:
        raise ElectionError("the choice is empty")
    count = parse_count(text("votes"), f"votes for {choice!r}", where)
    is_against_all = choice.lower() in AGAINST_ALL_LABELS
    if ballot == "list" and not is_against_all:
        choice = lists.add(choice) if ballots is None else ballots.list_label(choice, lists)
    if not is_against_all and choice in group["votes"]:
        raise ElectionError(f"{choice!r} appears twice in the {ballot} protocol of {'/'.join(unit)}")
    if group["numbers"] is None:
        group["numbers"] = numbers
    for name, value in numbers.items():
        if value != group["numbers"][name]:
            group["conflicts"].add(name)
    if is_against_all:
        group["against_all"] += count
        return
    group["votes"][choice] = count
    if text("party"):
        group["parties"][choice] = text("party")


def _protocol(key: tuple[str, str, str, str], g: dict) -> Protocol:
    ballot, region, district, precinct = key
    return Protocol(
        ballot=ballot,
        region=region,
        district=district,
        precinct=precinct,
        registered=g["numbers"]["registered"],
        ballots_issued=g["numbers"]["ballots_issued"],
        ballots_cast=g["numbers"]["ballots_cast"],
        invalid=g["numbers"]["invalid"],
        ballots_received=g["numbers"]["ballots_received"],
        votes=g["votes"],
        against_all=g["against_all"],
        parties=g["parties"],
        line=g["line"],
        header_conflicts=tuple(sorted(g["conflicts"])),
    )
