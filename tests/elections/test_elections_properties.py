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


def textbook_highest_averages(votes, seats, divisor, tie_rule):
    """Every average votes ÷ d(k) as a Fraction, sorted: the definition the heap must match."""
    d = {"dhondt": lambda k: k + 1, "sainte_lague": lambda k: 2 * k + 1}[divisor]
    averages = sorted(
        ((Fraction(count, d(k)), i, party) for i, (party, count) in enumerate(votes.items()) if count for k in range(seats)),
        key=lambda item: (-item[0], item[1]),
    )
    won = {party: 0 for party in votes}
    if len(averages) > seats and averages[seats][0] == averages[seats - 1][0]:
        boundary = averages[seats - 1][0]
        for value, _, party in averages:
            won[party] += value > boundary
        tied = [party for value, _, party in averages if value == boundary]
        contested = seats - sum(won.values())
        for party in tied[:contested] if tie_rule == "registration_order" else []:
            won[party] += 1
        return won, (tuple(tied), contested, boundary)
    for _, _, party in averages[:seats]:
        won[party] += 1
    return won, None


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from([0, 1, 2, 3, 4, 6, 8, 9, 12, 30, 60, 90, 1000, 10**6 + 1]), min_size=1, max_size=12).filter(
        lambda v: sum(v) > 0
    ),
    st.integers(1, 120),
    st.sampled_from(["dhondt", "sainte_lague"]),
    st.sampled_from(["registration_order", "lot"]),
)
def test_highest_averages_by_heap_equal_the_sorted_list_of_every_average(values, seats, method, tie_rule):
    """Small, repeated counts make equal averages at the last seat common: ties included."""
    votes = as_parties(values)
    result = METHODS[method](votes, seats, tie_rule)
    won, tie = textbook_highest_averages(votes, seats, method, tie_rule)
    assert result.seats == won
    assert [(t.contenders, t.seats, t.value) for t in result.ties] == ([tie] if tie else [])
    assert result.unallocated == (tie[1] if tie and tie_rule == "lot" else 0)
