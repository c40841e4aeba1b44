"""GET /elections and GET /elections/{id}/seats: the electoral engine over official counts.

The rules come from the packaged election files (``saylau.elections.load_rules``); the vote
counts of past elections are reference data (``reference/data/results/<election id>.csv``,
each with its source in the leading comment lines). An election without counts is listed with
``has_results: false`` and its /seats answers 404.
"""
from __future__ import annotations

import csv
from fractions import Fraction
from functools import cache

from fastapi import APIRouter

from saylau.elections import allocate_list_seats, known_rules, load_rules, parse_votes_csv
from saylau.reference import load_parties, official_results_lines

from .errors import ApiError
from .schemas import ElectionOut, ErrorBody, Names, SeatRow, SeatsOut

router = APIRouter(tags=["elections"])


@cache
def _results_lines(election: str) -> tuple[str, ...] | None:
    return official_results_lines(election)


def _official_seats(lines: tuple[str, ...]) -> dict[str, int]:
    rows = csv.DictReader(line for line in lines if line.strip() and not line.startswith("#"))
    return {
        row["party"].strip(): int(row["official_list_seats"])
        for row in rows
        if (row.get("official_list_seats") or "").strip().isdigit()
    }


def _percent(share: Fraction) -> str:
    return f"{float(share * 100):.2f}"


@router.get("/elections", response_model=list[ElectionOut])
def elections() -> list[ElectionOut]:
    """Every election whose rules Saylau knows, newest first."""
    answers = []
    for rules_id in known_rules():
        rules = load_rules(rules_id)
        tier = rules.list_tier
        answers.append(
            ElectionOut(
                id=rules.id,
                name=rules.name,
                body=rules.body,
                date=rules.date,
                list_seats=tier.seats if tier else None,
                single_mandate_seats=rules.single_mandate.seats if rules.single_mandate else None,
                appointed_seats=rules.appointed.seats if rules.appointed else None,
                threshold=str(tier.threshold) if tier else None,
                method=tier.method if tier else None,
                has_results=_results_lines(rules_id) is not None and tier is not None,
            )
        )
    return sorted(answers, key=lambda e: (e.date is None, e.date), reverse=True)


@router.get("/elections/{election_id}/seats", response_model=SeatsOut, responses={404: {"model": ErrorBody}})
def seats(election_id: str) -> SeatsOut:
    """Party-list seats by the law of the election, from the official vote counts."""
    if election_id not in known_rules():
        raise ApiError(404, f"no election {election_id!r}; known: {', '.join(known_rules())}")
    rules = load_rules(election_id)
    lines = _results_lines(election_id)
    if lines is None or rules.list_tier is None:
        raise ApiError(404, f"no vote counts are packaged for {election_id}; seats cannot be computed")
    outcome = allocate_list_seats(rules, parse_votes_csv(lines, f"{election_id}.csv"))
    names = {p.code: Names(**p.name) for p in load_parties()}
    official = _official_seats(lines)
    return SeatsOut(
        election=rules.id,
        name=rules.name,
        date=rules.date,
        seats_total=outcome.seats_total,
        method=outcome.method,
        threshold=str(outcome.threshold),
        quota=None if outcome.quota is None else str(outcome.quota),
        against_all=outcome.against_all,
        parties=[
            SeatRow(
                party=row.party,
                name=names.get(row.party),
                votes=row.votes,
                share=str(row.share),
                share_percent=_percent(row.share),
                passed=row.passed,
                admitted=row.admitted,
                seats=row.seats,
                official_seats=official.get(row.party),
            )
            for row in outcome.rows
        ],
        notes=list(outcome.notes),
        source=[line.lstrip("# ").strip() for line in lines if line.startswith("#")],
    )
