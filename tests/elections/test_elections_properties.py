"""Properties of the allocation methods, for any votes (hypothesis)."""
import math
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from saylau.elections import VoteCount, allocate_list_seats, load_rules
from saylau.elections.methods import METHODS, allocate_hare

votes_st = st.lists(st.integers(0, 10**7), min_size=1, max_size=12).filter(lambda v: sum(v) > 0)
seats_st = st.integers(1, 120)
method_st = st.sampled_from(sorted(METHODS))


def as_parties(values):
    return {f"P{i}": v for i, v in enumerate(values)}


@settings(max_examples=200, deadline=None)
@given(votes_st, seats_st, method_st)
def test_seats_sum_to_the_total(values, seats, method):
    result = METHODS[method](as_parties(values), seats)
    assert sum(result.seats.values()) == seats
    assert result.unallocated == 0


@settings(max_examples=200, deadline=None)
@given(votes_st, seats_st)
def test_hare_largest_remainder_meets_the_quota_rule(values, seats):
    result = allocate_hare(as_parties(values), seats)
    total = sum(values)
    for party, count in as_parties(values).items():
        exact = Fraction(count * seats, total)
        assert math.floor(exact) <= result.seats[party] <= math.ceil(exact)


@settings(max_examples=150, deadline=None)
@given(votes_st, st.integers(0, 10**6))
def test_a_list_below_the_threshold_gets_no_seat(values, against_all):
    votes = VoteCount.of(as_parties(values), against_all)
    outcome = allocate_list_seats(load_rules("mazhilis-2023"), votes)
    base = sum(values) + against_all
    for row in outcome.rows:
        if row.votes * 20 < base:
            assert row.seats == 0 and not row.passed


@settings(max_examples=150, deadline=None)
@given(votes_st, seats_st, st.sampled_from(["hare", "dhondt", "sainte_lague"]), st.integers(1, 15))
def test_exact_arithmetic_has_no_float_drift(values, seats, method, power):
    """Multiplying every count by 10^k changes nothing, even where floats would lose digits.

    (Not for Droop: its quota is rounded to a whole vote, so scaling can change the result.)
    """
    scaled = as_parties([v * 10**power for v in values])
    assert METHODS[method](scaled, seats).seats == METHODS[method](as_parties(values), seats).seats


@settings(max_examples=100, deadline=None)
@given(votes_st, seats_st, method_st)
def test_more_votes_never_cost_a_party_its_last_seat_under_highest_averages(values, seats, method):
    if method not in ("dhondt", "sainte_lague"):
        return
    before = METHODS[method](as_parties(values), seats)
    boosted = as_parties([values[0] + 1000, *values[1:]])
    assert METHODS[method](boosted, seats).seats["P0"] >= before.seats["P0"]
