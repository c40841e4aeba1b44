"""GET /elections and GET /elections/{id}/seats: the electoral engine over official counts.

The rules come from the packaged election files (``saylau.elections.load_rules``); the vote
counts of past elections are reference data (``reference/data/results/<election id>.csv``,
each with its source in the leading comment lines). An election without counts is listed with
``has_results: false`` and its /seats answers 404.
"""
from __future__ import annotations

import csv
from dataclasses import replace
from fractions import Fraction
from functools import cache
from typing import Annotated, Literal, Optional

from fastapi import APIRouter, Query

from saylau.elections import allocate_list_seats, known_rules, load_rules, parse_votes_csv
from saylau.elections.lists import with_method
from saylau.reference import load_parties, official_results_lines

from .errors import ApiError
from .schemas import ElectionOut, ErrorBody, Names, Proportionality, SeatRow, SeatsOut

MAX_WHAT_IF_SEATS = 1000
WhatIfMethod = Literal["hare", "droop", "dhondt", "sainte_lague"]

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


def _threshold(text: str) -> Fraction:
    """A percentage such as 7 or 5.5 as an exact share; one readable 422 for anything else."""
    try:
        if not text.isascii():  # Fraction would read "٥" as 5
            raise ValueError(text)
        percent = Fraction(text.strip().rstrip("%"))
    except (ValueError, ZeroDivisionError):
        raise ApiError(422, f"query.threshold: {text!r} is not a percentage; give one such as 7 or 5.5") from None
    if not 0 <= percent < 100:
        raise ApiError(422, f"query.threshold: must be from 0 up to (not including) 100 %, not {text.strip()}")
    return percent / 100


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
def seats(
    election_id: str,
    threshold: Annotated[
        Optional[str], Query(max_length=20, description="What if: the threshold in percent, e.g. 7 or 5.5.")
    ] = None,
    seats: Annotated[
        Optional[int], Query(ge=1, le=MAX_WHAT_IF_SEATS, description="What if: the number of list seats.")
    ] = None,
    method: Annotated[
        Optional[WhatIfMethod],
        Query(description="What if: largest remainder (Hare or Droop quota), D'Hondt or Sainte-Laguë."),
    ] = None,
) -> SeatsOut:
    """Party-list seats by the law of the election, from the official vote counts.

    ``threshold``, ``seats`` and ``method`` ask what another law would have given; the rest of
    the law (threshold base, tie rule, runner-up rule) stays. ``official_seats`` stay the
    official ones, for comparison.
    """
    if election_id not in known_rules():
        raise ApiError(404, f"no election {election_id!r}; known: {', '.join(known_rules())}")
    rules = load_rules(election_id)
    lines = _results_lines(election_id)
    if lines is None or rules.list_tier is None:
        raise ApiError(404, f"no vote counts are packaged for {election_id}; seats cannot be computed")
    share = None if threshold is None else _threshold(threshold)
    if method is not None:
        rules = replace(rules, list_tier=with_method(rules.list_tier, method))
    votes = parse_votes_csv(lines, f"{election_id}.csv")
    outcome = allocate_list_seats(rules, votes, seats=seats, threshold=share)
    index = outcome.proportionality()
    names = {p.code: Names(**p.name) for p in load_parties()}
    official = _official_seats(lines)
    return SeatsOut(
        election=rules.id,
        name=rules.name,
        date=rules.date,
        seats_total=outcome.seats_total,
        method=outcome.method,
        threshold=str(outcome.threshold),
        threshold_percent=_percent(outcome.threshold),
        what_if=any(value is not None for value in (threshold, seats, method)),
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
        warnings=list(outcome.warnings),
        proportionality=Proportionality(**index.to_dict()),
        source=[line.lstrip("# ").strip() for line in lines if line.startswith("#")],
    )
