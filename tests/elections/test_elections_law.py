"""Rules as data: every packaged election loads, and bad rules say what is wrong."""
from fractions import Fraction

import pytest

from saylau.elections.law import known_rules, load_rules, rules_from_mapping
from saylau.errors import ElectionError

EXPECTED = (
    "maslikhat-2021", "maslikhat-2023", "mazhilis-2004", "mazhilis-2007", "mazhilis-2012", "mazhilis-2016",
    "mazhilis-2021", "mazhilis-2023",
)  # fmt: skip


def test_every_election_since_2004_is_packaged():
    assert known_rules() == EXPECTED


@pytest.mark.parametrize("rules_id", EXPECTED)
def test_every_rules_file_loads_with_its_own_id(rules_id):
    rules = load_rules(rules_id)
    assert rules.id == rules_id
    assert rules.list_tier is not None
    assert rules.sources


def test_mazhilis_2023_counts_against_all_in_a_five_percent_threshold():
    rules = load_rules("mazhilis-2023")
    tier = rules.list_tier
    assert (tier.seats, tier.threshold, tier.threshold_base) == (69, Fraction(5, 100), "lists_and_against_all")
    assert (tier.method, tier.quota, tier.tie_rule, tier.runner_up) == (
        "largest_remainder", "hare", "registration_order", None,
    )  # fmt: skip
    assert rules.single_mandate.seats == 29
    assert rules.single_mandate.against_all_lead == "no_winner_reported"


@pytest.mark.parametrize("year", [2012, 2016, 2021])
def test_the_runner_up_rule_is_a_parameter_from_2009(year):
    rules = load_rules(f"mazhilis-{year}")
    assert rules.list_tier.runner_up.correction == Fraction(7, 10)
    assert rules.list_tier.runner_up.min_seats == 2
    assert (rules.list_tier.threshold, rules.list_tier.threshold_base) == (Fraction(7, 100), "lists")
    assert (rules.appointed.seats, rules.list_tier.seats) == (9, 98)


def test_2007_has_no_runner_up_rule():
    assert load_rules("mazhilis-2007").list_tier.runner_up is None


def test_maslikhat_seats_are_given_per_council():
    rules = load_rules("maslikhat-2023")
    assert rules.list_seats(council="KZ-75") == 21
    assert rules.list_seats(council="KZ-71") == 17
    assert rules.list_seats(seats=25) == 25
    with pytest.raises(ElectionError, match=r"pass --seats N or --council CODE \(known: KZ-23 \(15\), KZ-35 \(18\), KZ-39 \(16\), KZ-59 \(15\), KZ-71 \(17\), KZ-75 \(21\), KZ-79 \(16\)\)"):
        rules.list_seats()


def test_an_unknown_rules_id_lists_the_known_ones():
    with pytest.raises(ElectionError) as error:
        load_rules("mazhilis-1999")
    assert str(error.value) == "unknown rules 'mazhilis-1999'; known: " + ", ".join(EXPECTED)


@pytest.mark.parametrize(
    "tier, message",
    [
        ({"kind": "party_list", "seats": 5, "method": {"name": "borda"}}, "method is 'borda'"),
        ({"kind": "party_list", "seats": 5, "threshold": {"share": "five"}}, "threshold share must be an exact number"),
        ({"kind": "party_list", "seats": 5, "threshold": {"base": "voters"}}, "threshold base is 'voters'"),
        ({"kind": "party_list"}, "give seats or seats_by_council"),
        ({"kind": "senate"}, "kind is 'senate'"),
    ],
)
def test_bad_rules_are_named(tier, message):
    with pytest.raises(ElectionError, match=message):
        rules_from_mapping({"id": "x", "tiers": [tier]}, "x.yaml")
