"""Consistency of protocols: numbers that do not add up are findings, never hidden.

`check_protocols` returns one `Finding` per problem, naming the protocol (ballot and unit) and
its first row in the file, so an observer can go back to the signed paper:

- ``turnout_over_100``: more ballots issued than voters registered;
- ``turnout_100``: a ballot issued to every registered voter, which observers treat as a sign
  of ballot stuffing or of a protocol written without a count;
- ``cast_exceeds_issued``: more ballots in the boxes than were handed out;
- ``issued_exceeds_received``: more ballots handed out than the commission received;
- ``votes_do_not_add_up``: votes for every line plus "against all" plus invalid ballots differ
  from the ballots cast;
- ``choice_exceeds_valid``: one list or candidate has more votes than there are valid ballots
  (cast minus invalid);
- ``identical_counts``: a precinct protocol whose every number equals another precinct's of
  the same ballot, as when one protocol is copied for another (precincts that issued no
  ballot are not compared);
- ``header_conflict``: lines of one protocol give different header numbers;
- ``registered_differs``: the two ballots of one unit give different numbers of voters;
- ``summary_mismatch``: a district, region or national summary differs from the sum of the
  protocols beneath it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .results import Protocol, is_below, leaf_protocols


@dataclass(frozen=True)
class Finding:
    kind: str
    protocol: str  # e.g. "list protocol of KZ-71/D01/P0003"
    line: int
    message: str

    def to_dict(self) -> dict:
        return {"kind": self.kind, "protocol": self.protocol, "row": self.line, "message": self.message}


def _own_findings(p: Protocol) -> list[Finding]:
    found = []

    def add(kind: str, message: str) -> None:
        found.append(Finding(kind, p.label, p.line, message))

    if p.ballots_issued > p.registered:
        pct = p.ballots_issued * 100 / p.registered if p.registered else float("inf")
        add("turnout_over_100", f"{p.ballots_issued} ballots issued to {p.registered} registered voters ({pct:.1f} %)")
    if p.registered and p.ballots_issued == p.registered:
        add("turnout_100", f"a ballot issued to every one of the {p.registered} registered voters (100 % turnout)")
    if p.ballots_cast > p.ballots_issued:
        add("cast_exceeds_issued", f"{p.ballots_cast} ballots cast but {p.ballots_issued} issued")
    if p.ballots_received is not None and p.ballots_issued > p.ballots_received:
        add("issued_exceeds_received", f"{p.ballots_issued} ballots issued but {p.ballots_received} received")
    counted = p.valid_votes + p.invalid
    if counted != p.ballots_cast:
        add(
            "votes_do_not_add_up",
            f"votes {p.valid_votes} (against all included) + invalid {p.invalid} = {counted}, "
            f"but {p.ballots_cast} ballots cast",
        )
    valid = p.ballots_cast - p.invalid
    lines = [*p.votes.items(), ("against all", p.against_all)]
    over = [f"{choice} {count}" for choice, count in lines if count > max(valid, 0)]
    if over:
        add("choice_exceeds_valid", f"{', '.join(over)} votes, but {valid} valid ballots (cast {p.ballots_cast} "
            f"- invalid {p.invalid})")  # fmt: skip
    if p.header_conflicts:
        add("header_conflict", f"its lines disagree on {', '.join(p.header_conflicts)}")
    return found


def _summary_findings(summary: Protocol, leaves: list[Protocol]) -> list[Finding]:
    beneath = [p for p in leaves if p.ballot == summary.ballot and is_below(p.unit, summary.unit)]
    if not beneath:
        return []
    differences = []
    for name in ("registered", "ballots_issued", "ballots_cast", "invalid", "against_all"):
        total = sum(getattr(p, name) for p in beneath)
        if total != getattr(summary, name):
            differences.append(f"{name} {getattr(summary, name)} vs {total}")
    choices = dict.fromkeys([*summary.votes, *(c for p in beneath for c in p.votes)])
    for choice in choices:
        total = sum(p.votes.get(choice, 0) for p in beneath)
        if total != summary.votes.get(choice, 0):
            differences.append(f"{choice} {summary.votes.get(choice, 0)} vs {total}")
    if not differences:
        return []
    message = f"differs from the sum of its {len(beneath)} protocols: " + "; ".join(differences)
    return [Finding("summary_mismatch", summary.label, summary.line, message)]


def _ballot_pair_findings(protocols: list[Protocol]) -> list[Finding]:
    by_unit: dict[tuple, dict[str, Protocol]] = {}
    for p in protocols:
        by_unit.setdefault(p.unit, {})[p.ballot] = p
    found = []
    for pair in by_unit.values():
        if len(pair) == 2 and pair["list"].registered != pair["district"].registered:
            d = pair["district"]
            found.append(
                Finding(
                    "registered_differs",
                    d.label,
                    d.line,
                    f"{d.registered} registered voters on the district ballot, "
                    f"{pair['list'].registered} on the list ballot",
                )
            )
    return found


def _identical_count_findings(protocols: list[Protocol]) -> list[Finding]:
    first_with: dict[tuple, Protocol] = {}
    found = []
    for p in protocols:
        if p.level != "precinct" or not p.ballots_issued:
            continue
        counts = (p.ballot, p.registered, p.ballots_received, p.ballots_issued, p.ballots_cast, p.invalid,
                  p.against_all, tuple(sorted(p.votes.items())))  # fmt: skip
        first = first_with.setdefault(counts, p)
        if first is not p:
            found.append(Finding("identical_counts", p.label, p.line, f"every number equals the {first.label}'s"))
    return found


def check_protocols(protocols: Iterable[Protocol]) -> list[Finding]:
    """Every inconsistency in `protocols`, in file order."""
    protocols = list(protocols)
    leaves = leaf_protocols(protocols)
    leaf_ids = {id(p) for p in leaves}
    found: list[Finding] = []
    for p in protocols:
        found.extend(_own_findings(p))
        if id(p) not in leaf_ids:
            found.extend(_summary_findings(p, leaves))
    found.extend(_ballot_pair_findings(protocols))
    found.extend(_identical_count_findings(protocols))
    return sorted(found, key=lambda f: (f.line, f.kind))
