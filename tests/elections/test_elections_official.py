"""Official list seats reproduced exactly from official votes."""
import csv
from pathlib import Path

import pytest

from saylau.elections import allocate_list_seats, load_rules, parse_votes_csv

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "saylau" / "reference" / "data" / "results"
SHARED_2023 = REPO.parent / "shared" / "reference" / "results" / "mazhilis-2023.csv"
OFFICIAL_2023 = {"AMANAT": 40, "AUYL": 8, "RESPUBLICA": 6, "AQ_JOL": 6, "NPK": 5, "NSDP": 4, "BAITAK": 0}


def official_seats(path: Path) -> dict[str, int]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {
        row["party"]: int(row["official_list_seats"])
        for row in csv.DictReader(lines)
        if row["party"] != "against_all"
    }


def seats_from(path: Path, rules_id: str) -> dict[str, int]:
    votes = parse_votes_csv(path.read_text(encoding="utf-8").splitlines(), path.name)
    return allocate_list_seats(load_rules(rules_id), votes).seats


def test_mazhilis_2023_official_seats_from_the_packaged_copy():
    path = DATA / "mazhilis-2023.csv"
    assert seats_from(path, "mazhilis-2023") == OFFICIAL_2023 == official_seats(path)


@pytest.mark.skipif(not SHARED_2023.exists(), reason=f"shared reference data not present at {SHARED_2023}")
def test_mazhilis_2023_official_seats_from_the_shared_reference():
    assert seats_from(SHARED_2023, "mazhilis-2023") == OFFICIAL_2023


def test_mazhilis_2023_quota_and_passing_lists_are_the_cec_s():
    votes = parse_votes_csv((DATA / "mazhilis-2023.csv").read_text(encoding="utf-8").splitlines())
    outcome = allocate_list_seats(load_rules("mazhilis-2023"), votes)
    assert outcome.threshold_base == 6_366_441  # lists plus against all, as the CEC's percentages
    assert outcome.passed == ["AMANAT", "AUYL", "RESPUBLICA", "AQ_JOL", "NPK", "NSDP"]
    assert outcome.quota * 69 == 5_971_719
    assert [row.remainder_seats for row in outcome.rows] == [1, 0, 0, 0, 0, 1, 0]
    assert outcome.ties == ()


@pytest.mark.parametrize("year", [2021, 2016, 2012, 2007])
def test_earlier_mazhilis_official_seats(year):
    path = DATA / f"mazhilis-{year}.csv"
    assert seats_from(path, f"mazhilis-{year}") == official_seats(path)


@pytest.mark.parametrize("path", sorted(DATA.glob("mazhilis-*.csv")), ids=lambda p: p.stem)
def test_the_lists_on_each_ballot_are_the_lists_of_its_official_results(path):
    from saylau.elections.votes import register_party

    lists = load_rules(path.stem).list_tier.lists
    assert set(official_seats(path)) == set(lists)
    assert all(register_party(label) for label in lists)  # each one a party the register knows
