"""Allocation methods on textbook examples, ties as values, plurality with "against all"."""
from fractions import Fraction

import pytest

from saylau.elections.methods import (
    Tie,
    allocate_dhondt,
    allocate_droop,
    allocate_hare,
    allocate_sainte_lague,
    decide_plurality,
    droop_quota,
    hare_quota,
)
from saylau.errors import ElectionError

# The common textbook example of largest remainder: 100,000 votes, 10 seats.
SIX_PARTIES = {"A": 47_000, "B": 16_000, "C": 15_800, "D": 12_000, "E": 6_100, "F": 3_100}
# The common textbook example of highest averages: 230,000 votes, 8 seats.
FOUR_PARTIES = {"A": 100_000, "B": 80_000, "C": 30_000, "D": 20_000}


def test_hare_quota_is_exact():
    assert hare_quota(5_971_719, 69) == Fraction(5_971_719, 69)


def test_droop_quota_is_the_next_whole_vote_above_votes_over_seats_plus_one():
    assert droop_quota(100_000, 10) == 9_091


def test_hare_largest_remainder_textbook():
    result = allocate_hare(SIX_PARTIES, 10)
    assert result.seats == {"A": 5, "B": 2, "C": 1, "D": 1, "E": 1, "F": 0}
    assert result.quota == 10_000
    assert result.integer_seats == {"A": 4, "B": 1, "C": 1, "D": 1, "E": 0, "F": 0}
    assert result.remainder("E") == Fraction(61, 100)
    assert result.ties == ()


def test_droop_largest_remainder_textbook():
    assert allocate_droop(SIX_PARTIES, 10).seats == {"A": 5, "B": 2, "C": 2, "D": 1, "E": 0, "F": 0}


def test_dhondt_textbook():
    assert allocate_dhondt(FOUR_PARTIES, 8).seats == {"A": 4, "B": 3, "C": 1, "D": 0}


def test_sainte_lague_textbook():
    assert allocate_sainte_lague(FOUR_PARTIES, 8).seats == {"A": 3, "B": 3, "C": 1, "D": 1}


def test_every_party_appears_with_zero_seats_included():
    assert allocate_hare({"big": 90, "small": 1, "none": 0}, 2).seats == {"big": 2, "small": 0, "none": 0}


def test_equal_remainders_go_to_the_list_registered_first_and_the_tie_is_reported():
    result = allocate_hare({"B": 3, "A": 3, "C": 0}, 1)
    assert result.seats == {"B": 1, "A": 0, "C": 0}
    assert result.ties == (Tie("remainder", ("B", "A"), 1, Fraction(1, 2), ("B",), "registration_order"),)
    assert result.unallocated == 0


def test_a_tie_left_to_lot_leaves_the_seat_unallocated():
    result = allocate_hare({"A": 3, "B": 3}, 1, tie_rule="lot")
    assert result.seats == {"A": 0, "B": 0}
    assert result.unallocated == 1
    assert result.ties[0].awarded == ()


def test_highest_averages_tie_for_the_last_seat():
    result = allocate_dhondt({"A": 20, "B": 10}, 2)
    assert result.seats == {"A": 2, "B": 0}
    assert result.ties == (Tie("average", ("A", "B"), 1, Fraction(10), ("A",), "registration_order"),)


def test_no_tie_is_reported_when_the_tied_parties_all_get_a_seat():
    assert allocate_hare({"A": 1, "B": 1}, 2).ties == ()


@pytest.mark.parametrize(
    "votes, seats, message",
    [
        ({"A": -1}, 3, "votes for 'A' must be a whole number 0 or more, not -1"),
        ({"A": 1.5}, 3, "votes for 'A' must be a whole number 0 or more, not 1.5"),
        ({"A": 0}, 3, "no votes to allocate 3 seats by: every count is 0"),
        ({"A": 1}, -1, "cannot allocate -1 seats: the number of seats must be 0 or more"),
    ],
)
def test_bad_inputs_are_election_errors(votes, seats, message):
    with pytest.raises(ElectionError) as error:
        allocate_hare(votes, seats)
    assert str(error.value) == message


def test_plurality_elects_the_candidate_with_most_votes():
    outcome = decide_plurality({"Ivanova": 500, "Seitkali": 400}, against_all=100)
    assert (outcome.status, outcome.winner, outcome.votes, outcome.runner_up_votes) == ("elected", "Ivanova", 500, 400)


def test_an_against_all_lead_is_reported_and_elects_nobody():
    outcome = decide_plurality({"Ivanova": 300, "Seitkali": 200}, against_all=301)
    assert (outcome.status, outcome.winner, outcome.votes, outcome.runner_up_votes) == (
        "against_all_leads", None, 301, 300,
    )  # fmt: skip


def test_a_shared_top_is_a_tie_even_with_against_all():
    assert decide_plurality({"X": 5, "Y": 5}).tied == ("X", "Y")
    outcome = decide_plurality({"X": 5, "Y": 3}, against_all=5)
    assert (outcome.status, outcome.tied) == ("tie", ("X", "against_all"))


def test_a_district_without_votes_has_no_winner():
    assert decide_plurality({"X": 0}).status == "no_votes"
