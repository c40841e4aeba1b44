"""List seats by the law: threshold base, runner-up rule, what-if overrides, reported ties."""
from fractions import Fraction

import pytest

from saylau.elections import VoteCount, allocate_list_seats, load_rules, rules_from_mapping
from saylau.elections.lists import passes_threshold
from saylau.errors import ElectionError


def rules_with(**list_tier):
    tier = {"kind": "party_list", "seats": 10, "threshold": {"share": "5/100", "base": "lists"}, **list_tier}
    return rules_from_mapping({"id": "test", "tiers": [tier]})


def test_the_threshold_is_at_least_the_share_compared_exactly():
    assert passes_threshold(5, 100, Fraction(5, 100))
    assert not passes_threshold(4, 100, Fraction(5, 100))
    assert not passes_threshold(318_322, 6_366_441, Fraction(5, 100))  # 5 % is 318,322.05
    assert passes_threshold(318_323, 6_366_441, Fraction(5, 100))


def test_against_all_in_the_base_can_keep_a_list_out():
    votes = VoteCount.of({"A": 900, "B": 48}, against_all=52)  # B: 4.8 % of 1000, 5.06 % of 948
    assert allocate_list_seats(load_rules("mazhilis-2023"), votes).seats == {"A": 69, "B": 0}
    lists_only = rules_with(seats=69)
    assert allocate_list_seats(lists_only, votes).seats["B"] > 0


def test_a_missing_against_all_row_is_noted_when_the_law_counts_it():
    outcome = allocate_list_seats(load_rules("mazhilis-2023"), VoteCount.of({"A": 10, "B": 10}))
    assert outcome.notes == ("no against_all row: the threshold base counts the lists only",)


def test_runner_up_is_admitted_with_its_quotient_corrected():
    votes = VoteCount.of({"A": 900, "B": 60, "C": 40})  # only A reaches 7 %
    outcome = allocate_list_seats(load_rules("mazhilis-2021"), votes)
    # quota 960/98; A 91.875 -> 91; B 6.125 × 0.7 = 4.2875 -> 4; free 3: one each, the last to A
    assert outcome.runner_up == "B"
    assert outcome.passed == ["A"] and outcome.admitted == ["A", "B"]
    assert outcome.quota == Fraction(960, 98)
    assert [row.quotient for row in outcome.rows[:2]] == [Fraction(735, 8), Fraction(343, 80)]
    assert outcome.seats == {"A": 93, "B": 5, "C": 0}


def test_runner_up_gets_at_least_two_seats():
    votes = VoteCount.of({"A": 9_900, "B": 30, "C": 20})
    outcome = allocate_list_seats(load_rules("mazhilis-2016"), votes)
    assert outcome.seats == {"A": 96, "B": 2, "C": 0}


def test_seats_the_runner_up_minimum_takes_are_moved_not_negative_remainder_seats():
    votes = VoteCount.of({"A": 9_900, "B": 30, "C": 20})
    outcome = allocate_list_seats(load_rules("mazhilis-2016"), votes)
    a, b, _ = outcome.rows
    assert (a.integer_seats, a.remainder_seats, a.moved_seats, a.seats) == (97, 1, -2, 96)
    assert (b.integer_seats, b.remainder_seats, b.moved_seats, b.seats) == (0, 0, 2, 2)
    assert "the runner-up is guaranteed 2 seats: 2 seat(s) move from A" in outcome.notes


def test_a_runner_up_tie_left_to_lot_keeps_the_runner_up_seats_undecided():
    rules = rules_with(
        seats=98, threshold={"share": "7/100", "base": "lists"}, tie_rule="lot",
        runner_up={"correction": "7/10", "min_seats": 2},
    )  # fmt: skip
    outcome = allocate_list_seats(rules, VoteCount.of({"BIG": 9_900_000, "B": 60_000, "C": 60_000}))
    # Whichever of B and C is drawn, the runner-up's seats are the same: 2 (its minimum).
    assert outcome.seats == {"BIG": 96, "B": 0, "C": 0}
    assert outcome.unallocated == 2
    assert [(t.stage, t.contenders, t.seats, t.awarded) for t in outcome.ties] == [
        ("runner_up", ("B", "C"), 2, ())
    ]
    assert outcome.runner_up is None and outcome.admitted == ["BIG"]
    assert "2 seat(s) left to be decided by lot" in outcome.notes


def test_before_2009_a_single_passing_list_takes_every_seat():
    votes = VoteCount.of({"A": 900, "B": 60, "C": 40})
    outcome = allocate_list_seats(load_rules("mazhilis-2007"), votes)
    assert (outcome.seats, outcome.runner_up) == ({"A": 98, "B": 0, "C": 0}, None)


def test_a_tie_for_runner_up_is_reported_and_goes_to_the_earlier_list():
    outcome = allocate_list_seats(load_rules("mazhilis-2012"), VoteCount.of({"A": 900, "B": 50, "C": 50}))
    assert outcome.runner_up == "B"
    assert outcome.ties[0].stage == "runner_up" and outcome.ties[0].contenders == ("B", "C")
    assert outcome.ties[0].seats == outcome.seats["B"] == 4 and outcome.unallocated == 0


def test_when_no_list_passes_no_seat_is_allocated_and_it_is_said():
    outcome = allocate_list_seats(load_rules("mazhilis-2023"), VoteCount.of({"A": 4, "B": 4}, against_all=92))
    assert outcome.seats == {"A": 0, "B": 0}
    assert outcome.unallocated == 69
    assert outcome.notes == ("no list reached the threshold: no seats are allocated",)  # no lot to draw


def test_what_if_a_seven_percent_threshold_in_2023():
    votes = VoteCount.of(
        {"AMANAT": 3431510, "AUYL": 693938, "RESPUBLICA": 547154, "AQ_JOL": 535139, "NPK": 432920,
         "NSDP": 331058, "BAITAK": 146431},
        against_all=248291,
    )  # fmt: skip
    outcome = allocate_list_seats(load_rules("mazhilis-2023"), votes, threshold=Fraction(7, 100))
    assert outcome.seats == {"AMANAT": 46, "AUYL": 9, "RESPUBLICA": 7, "AQ_JOL": 7, "NPK": 0, "NSDP": 0, "BAITAK": 0}


def test_a_remainder_tie_surfaces_in_the_outcome():
    outcome = allocate_list_seats(load_rules("mazhilis-2023"), VoteCount.of({"A": 50, "B": 50}, 0), seats=1)
    assert outcome.seats == {"A": 1, "B": 0}
    assert [(t.stage, t.contenders, t.awarded) for t in outcome.ties] == [("remainder", ("A", "B"), ("A",))]


def test_rules_may_name_a_highest_averages_method():
    votes = VoteCount.of({"A": 100_000, "B": 80_000, "C": 30_000, "D": 20_000})
    assert allocate_list_seats(rules_with(seats=8, method={"name": "dhondt"}), votes).seats == {
        "A": 4, "B": 3, "C": 1, "D": 0,
    }  # fmt: skip
    outcome = allocate_list_seats(rules_with(seats=8, method={"name": "sainte_lague"}), votes)
    assert outcome.seats == {"A": 3, "B": 3, "C": 1, "D": 1}
    assert outcome.quota is None


def test_a_council_seat_count_is_required_for_maslikhats():
    votes = VoteCount.of({"A": 600, "B": 400}, 0)
    assert sum(allocate_list_seats(load_rules("maslikhat-2023"), votes, council="KZ-75").seats.values()) == 21
    with pytest.raises(ElectionError, match="per council"):
        allocate_list_seats(load_rules("maslikhat-2023"), votes)


def test_what_if_another_method_keeps_the_threshold_and_switches_the_allocation():
    from dataclasses import replace

    from saylau.elections import allocate_dhondt
    from saylau.elections.lists import with_method

    rules = rules_with(seats=10)
    votes = VoteCount.of({"A": 6_000, "B": 2_900, "C": 1_000, "D": 100})  # D is below 5 %
    dhondt = with_method(rules.list_tier, "dhondt")
    assert (dhondt.method, dhondt.quota, dhondt.threshold) == ("dhondt", None, Fraction(5, 100))
    outcome = allocate_list_seats(replace(rules, list_tier=dhondt), votes)
    assert outcome.method == "dhondt"
    assert outcome.seats == {**allocate_dhondt({"A": 6_000, "B": 2_900, "C": 1_000}, 10).seats, "D": 0}
    droop = allocate_list_seats(replace(rules, list_tier=with_method(dhondt, "droop")), votes)
    assert droop.method == "largest_remainder_droop"
    with pytest.raises(ElectionError, match="unknown method 'borda'; known: hare, droop, dhondt, sainte_lague"):
        with_method(rules.list_tier, "borda")


def test_a_what_if_method_says_when_the_runner_up_rule_overrides_it():
    from dataclasses import replace

    from saylau.elections.lists import with_method

    rules = rules_with(seats=10, runner_up={"correction": "7/10", "min_seats": 2})
    votes = VoteCount.of({"A": 9_000, "B": 400, "C": 300})  # only A passes: B is the runner-up
    hare = allocate_list_seats(rules, votes)
    dhondt = allocate_list_seats(replace(rules, list_tier=with_method(rules.list_tier, "dhondt")), votes)
    assert dhondt.seats == hare.seats and dhondt.method == hare.method == "largest_remainder_hare"
    assert dhondt.notes[-1] == "the runner-up rule shares the seats by a Hare quota: dhondt does not apply"
    assert not any("does not apply" in note for note in hare.notes)
