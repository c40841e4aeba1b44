"""Cross-check with the votelib package on random inputs (a test dependency only)."""
import random

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import pytest

votelib_proportional = pytest.importorskip(
    "votelib.evaluate.proportional", reason="votelib is not installed (pip install -e '.[test]')"
)

from saylau.elections.methods import allocate_dhondt, allocate_droop, allocate_hare, allocate_sainte_lague  # noqa: E402

OURS_AND_THEIRS = {
    "hare": (allocate_hare, lambda: votelib_proportional.LargestRemainder("hare")),
    "droop": (allocate_droop, lambda: votelib_proportional.LargestRemainder("droop")),
    "dhondt": (allocate_dhondt, lambda: votelib_proportional.HighestAverages("d_hondt")),
    "sainte_lague": (allocate_sainte_lague, lambda: votelib_proportional.HighestAverages("sainte_lague")),
}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(1_000, 5_000_000), min_size=2, max_size=10),
    st.integers(1, 150),
    st.sampled_from(sorted(OURS_AND_THEIRS)),
)
def test_same_seats_as_votelib(values, seats, method):
    ours, theirs = OURS_AND_THEIRS[method]
    votes = {f"P{i}": v for i, v in enumerate(values)}
    result = ours(votes, seats)
    assume(not result.ties)  # ties: the two tests below, on inputs that make them common
    expected = theirs().evaluate(votes, seats)
    # With a Droop quota on small counts more seats can be free than there are lists: votelib
    # then leaves seats empty, we give every list one per full round (methods.py). Not compared.
    assume(sum(expected.values()) == seats)
    assert result.seats == {party: expected.get(party, 0) for party in votes}


def split_votelib(result):
    """votelib's result as (seats per party, [(tied parties, seats)]): it returns a tie it
    cannot break as a `Tie` key (a frozenset of the tied parties) with the seats at stake."""
    from votelib.evaluate.core import Tie

    seats = {party: n for party, n in result.items() if not isinstance(party, Tie)}
    ties = [(frozenset(tie), n) for tie, n in result.items() if isinstance(tie, Tie)]
    return seats, ties


# Small, repeated counts: equal remainders and equal averages at the last seat are common.
TIE_PRONE_COUNTS = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 60]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(TIE_PRONE_COUNTS), min_size=2, max_size=10),
    st.integers(1, 40),
    st.sampled_from(sorted(OURS_AND_THEIRS)),
)
def test_our_ties_are_the_ties_votelib_reports(values, seats, method):
    """With the lot rule, the seats votelib cannot give are our unallocated seats, contended
    by the same parties; with registration order they go to the earliest of those parties."""
    ours, theirs = OURS_AND_THEIRS[method]
    votes = {f"P{i}": v for i, v in enumerate(values)}
    expected = theirs().evaluate(votes, seats)
    assume(sum(expected.values()) == seats)  # votelib leaving Droop seats empty: see above
    sure, their_ties = split_votelib(expected)

    by_lot = ours(votes, seats, "lot")
    assert by_lot.seats == {party: sure.get(party, 0) for party in votes}
    assert [(frozenset(t.contenders), t.seats) for t in by_lot.ties] == their_ties
    assert by_lot.unallocated == sum(n for _, n in their_ties)

    for tied, n in their_ties:  # our parties are in registration order, votes' insertion order
        for party in [p for p in votes if p in tied][:n]:
            sure[party] = sure.get(party, 0) + 1
    by_order = ours(votes, seats, "registration_order")
    assert by_order.seats == {party: sure.get(party, 0) for party in votes}
    assert by_order.unallocated == 0 and len(by_order.ties) == len(their_ties)


def test_the_tie_prone_cases_do_include_ties():
    """A guard for the test above: on such inputs both sides report ties often."""
    rng = random.Random(0)
    with_ties = 0
    for _ in range(200):
        votes = {f"P{i}": rng.choice(TIE_PRONE_COUNTS) for i in range(rng.randint(2, 10))}
        seats = rng.randint(1, 40)
        _, their_ties = split_votelib(votelib_proportional.HighestAverages("d_hondt").evaluate(votes, seats))
        ours = allocate_dhondt(votes, seats, "lot")
        assert bool(ours.ties) == bool(their_ties)
        with_ties += bool(their_ties)
    assert with_ties >= 40  # 83 of 200 when written
