"""Rules of every election since 2004 as data: each figure sourced, or said to be unconfirmed."""
import csv
from fractions import Fraction
from pathlib import Path

import pytest

from saylau.elections import allocate_list_seats, load_rules, parse_votes_csv, rules_from_mapping
from saylau.errors import ElectionError

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "elections"


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("council, name", [("KZ-71", "astana"), ("KZ-75", "almaty")])
def test_city_maslikhat_2023_list_seats_reproduce_the_announced_ones(council, name):
    path = DATA / f"maslikhat-2023-{name}-list.csv"
    rows = csv.DictReader(line for line in lines(path) if not line.startswith("#"))
    official = {row["party"]: int(row["official_list_seats"]) for row in rows if row["party"] != "against_all"}
    outcome = allocate_list_seats(load_rules("maslikhat-2023"), parse_votes_csv(lines(path)), council=council)
    assert outcome.seats == official


def test_every_regional_council_of_2023_is_listed_and_only_sourced_counts_are_used():
    rules = load_rules("maslikhat-2023")
    assert len(rules.councils) == 20
    sourced = {c.code for c in rules.councils.values() if c.seats is not None}
    assert sourced == {"KZ-23", "KZ-35", "KZ-39", "KZ-59", "KZ-71", "KZ-75", "KZ-79"}
    assert all(c.source and c.list_seats == c.single_mandate_seats for c in rules.councils.values() if c.code in sourced)
    assert set(rules.list_tier.seats_by_council) == set(rules.single_mandate.seats_by_council) == sourced


def test_a_council_without_a_sourced_count_asks_for_seats():
    with pytest.raises(ElectionError, match=r"no source we read gives the list seats of council KZ-61 \(Turkistan Region\); pass --seats N"):
        load_rules("maslikhat-2023").list_seats(council="KZ-61")


def test_a_council_count_without_a_source_is_refused():
    data = {"id": "x", "councils": {"KZ-71": {"name": "Astana", "list": 5, "single_mandate": 5}},
            "tiers": [{"kind": "party_list", "seats": None}]}  # fmt: skip
    with pytest.raises(ElectionError, match="council KZ-71: a seat count needs its source"):
        rules_from_mapping(data)


def test_maslikhat_2021_is_proportional_with_six_sourced_councils():
    rules = load_rules("maslikhat-2021")
    assert rules.single_mandate is None
    assert rules.list_tier.seats_by_council == {"KZ-27": 31, "KZ-35": 38, "KZ-61": 45, "KZ-71": 31, "KZ-75": 39, "KZ-79": 30}
    assert [item.what for item in rules.unconfirmed] == ["the 7 % threshold and its base (votes for lists)"]


def test_mazhilis_2004_has_ten_list_seats_and_67_two_round_districts():
    rules = load_rules("mazhilis-2004")
    assert (rules.list_tier.seats, rules.list_tier.threshold) == (10, Fraction(7, 100))
    assert (rules.single_mandate.seats, rules.single_mandate.method) == (67, "two_round_majority")
    assert len(rules.unconfirmed) == 2


def test_mazhilis_2004_list_tier_gives_the_announced_split_on_the_published_shares():
    # Shares of the list vote announced by the CEC (per mille, as votes): Otan 60.6 %, Ak Zhol
    # 12.0 %, Asar 11.4 %, AIST 7.1 %, and the lists under 7 %; seats announced: Otan 7, Asar 1,
    # AIST 1, Ak Zhol 1 (Interfax-Kazakhstan via news.lt; shares from Wikipedia).
    votes = parse_votes_csv(
        ["party,votes", "OTAN,606", "AQ_JOL,120", "ASAR,114", "AIST,71", "Communists and DCK,34", "CPK,20",
         "AUYL,17", "Democratic Party,8", "PATRIOTS,6", "RUHANIYAT,4"]
    )  # fmt: skip
    seats = allocate_list_seats(load_rules("mazhilis-2004"), votes).seats
    assert {p: n for p, n in seats.items() if n} == {"OTAN": 7, "AQ_JOL": 1, "ASAR": 1, "AIST": 1}
