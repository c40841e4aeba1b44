"""Gallagher index and effective number of parties: the formulas, and `saylau seats compare`."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from saylau.cli import app
from saylau.elections.indices import effective_number, gallagher, proportionality

runner = CliRunner()


def test_gallagher_is_zero_for_seats_in_proportion_to_votes():
    assert gallagher({"A": 600, "B": 400}, {"A": 6, "B": 4}) == pytest.approx(0.0)


def test_gallagher_halves_the_sum_of_squared_gaps_in_percentage_points():
    # A: 60 % of votes, 75 % of seats; B: 40 % and 25 %: sqrt((15² + 15²) / 2) = 15
    assert gallagher({"A": 60, "B": 40}, {"A": 3, "B": 1}) == pytest.approx(15.0)
    # a list without seats still counts its votes
    assert gallagher({"A": 50, "B": 30, "C": 20}, {"A": 1, "B": 1}) == pytest.approx(
        (((50 - 50) ** 2 + (30 - 50) ** 2 + 20**2) / 2) ** 0.5
    )


def test_effective_number_of_parties():
    assert effective_number({"A": 1, "B": 1}) == pytest.approx(2.0)
    assert effective_number({"A": 5, "B": 3, "C": 2}) == pytest.approx(1 / (0.25 + 0.09 + 0.04))
    assert effective_number({}) == 0.0
    index = proportionality({"A": 1, "B": 1}, {"A": 1})
    assert (index.enp_votes, index.enp_seats) == (pytest.approx(2.0), pytest.approx(1.0))


def test_seats_compare_gives_every_held_election_with_its_indices():
    result = runner.invoke(app, ["seats", "compare", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {row["rules"]: row for row in json.loads(result.stdout)}
    assert {"mazhilis-2007", "mazhilis-2023"} <= set(rows)
    assert rows["mazhilis-2007"]["passed"] == 1 and rows["mazhilis-2007"]["enp_seats"] == pytest.approx(1.0)
    assert rows["mazhilis-2023"]["passed"] == 6 and rows["mazhilis-2023"]["list_seats"] == 69
    assert rows["mazhilis-2023"]["enp_votes"] > rows["mazhilis-2023"]["enp_seats"] > 1


def test_seats_compare_refuses_an_election_without_official_results():
    result = runner.invoke(app, ["seats", "compare", "--rules", "maslikhat-2023"])
    assert result.exit_code == 1
    assert "no official results held for maslikhat-2023" in result.output


def test_seats_without_rules_says_what_it_needs():
    result = runner.invoke(app, ["seats"])
    assert result.exit_code == 1
    assert "seats needs --election and --votes" in result.output
