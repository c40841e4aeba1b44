"""Seat allocation methods: small pure functions over exact numbers.

Every function takes votes as a mapping from a party label to a whole number of votes, in
registration order (the order of the mapping is the order in which lists were registered),
and returns an `Allocation`. Arithmetic is `int` and `Fraction` only: a quota of 5971719/69
stays 5971719/69, so two remainders that are equal on paper are equal here.

Ties are values, not accidents. When several parties compete for fewer seats on an equal
remainder (or an equal average), the result carries a `Tie` naming them. With the tie rule
``registration_order`` the list registered earlier wins the seat and the tie is still reported;
with ``lot`` the engine leaves the contested seats unallocated (`Allocation.unallocated`) for
the commission to decide.

Speed without floats: largest remainder ranks whole-number remainders over one denominator;
highest averages counts each party's sure seats at once and gives the rest from a heap of
next averages compared by cross-multiplication (a·d' against a'·d), never building a Fraction
until a tie has to be reported.
"""
from __future__ import annotations

import heapq
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from fractions import Fraction

from saylau.errors import ElectionError

TIE_RULES = ("registration_order", "lot")


@dataclass(frozen=True)
class Tie:
    """Parties with an equal claim (`value`) on `seats` seats that not all of them can have."""

    stage: str  # "remainder", "average" or "runner_up"
    contenders: tuple[str, ...]  # in registration order
    seats: int
    value: Fraction
    awarded: tuple[str, ...]  # who got the seats by the tie rule; () when left to lot
    rule: str

    def to_dict(self) -> dict:
        return {
            "stage": self.stage,
            "contenders": list(self.contenders),
            "seats": self.seats,
            "value": str(self.value),
            "awarded": list(self.awarded),
            "rule": self.rule,
        }


@dataclass(frozen=True)
class Allocation:
    """Seats per party (every party of the input, 0 included, in input order) and how."""

    method: str
    seats: dict[str, int]
    quota: Fraction | None = None
    quotients: dict[str, Fraction] = field(default_factory=dict)
    integer_seats: dict[str, int] = field(default_factory=dict)
    remainder_seats: dict[str, int] = field(default_factory=dict)
    ties: tuple[Tie, ...] = ()
    unallocated: int = 0
    moved_seats: dict[str, int] = field(default_factory=dict)  # by a guaranteed minimum, +/-

    @property
    def total(self) -> int:
        return sum(self.seats.values())

    def remainder(self, party: str) -> Fraction:
        """The fractional part of the party's quotient (largest remainder methods)."""
        quotient = self.quotients.get(party, Fraction(0))
        return quotient - self.integer_seats.get(party, 0)


def hare_quota(total_votes: int, seats: int) -> Fraction:
    """Votes per seat, kept exact: total ÷ seats."""
    return Fraction(total_votes, seats)


def droop_quota(total_votes: int, seats: int) -> Fraction:
    """The smallest whole number of votes that only `seats` parties can reach: ⌊V/(S+1)⌋ + 1."""
    return Fraction(total_votes // (seats + 1) + 1)


QUOTAS: dict[str, Callable[[int, int], Fraction]] = {"hare": hare_quota, "droop": droop_quota}


def _check_inputs(votes: Mapping[str, int], seats: int, tie_rule: str) -> None:
    if seats < 0:
        raise ElectionError(f"cannot allocate {seats} seats: the number of seats must be 0 or more")
    if tie_rule not in TIE_RULES:
        raise ElectionError(f"unknown tie rule {tie_rule!r}; known: {', '.join(TIE_RULES)}")
    for party, count in votes.items():
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ElectionError(f"votes for {party!r} must be a whole number 0 or more, not {count!r}")


def split_contested(
    ranked: list[tuple[Fraction, str]],
    seats: int,
    order: Mapping[str, int],
    stage: str,
    tie_rule: str,
) -> tuple[list[str], Tie | None]:
    """Give `seats` seats to the best of `ranked` (value, party), sorted by value descending.

    Returns the winners and the tie at the boundary, if there is one.
    """
    if seats <= 0 or not ranked:
        return [], None
    if seats >= len(ranked):
        return [party for _, party in ranked], None
    boundary = ranked[seats - 1][0]
    if ranked[seats][0] != boundary:
        return [party for _, party in ranked[:seats]], None
    sure = [party for value, party in ranked if value > boundary]
    tied = sorted((party for value, party in ranked if value == boundary), key=order.__getitem__)
    contested = seats - len(sure)
    awarded = tuple(tied[:contested]) if tie_rule == "registration_order" else ()
    tie = Tie(stage, tuple(tied), contested, boundary, awarded, tie_rule)
    return sure + list(awarded), tie


def allocate_by_remainders(
    numerators: Mapping[str, int],
    denominator: int,
    seats: int,
    *,
    tie_rule: str = "registration_order",
    method: str = "largest_remainder",
    quota: Fraction | None = None,
) -> Allocation:
    """Largest remainder from quotients numerator ÷ denominator, one denominator for all.

    Each party gets the integer part of its quotient; the seats still free go one each to the
    largest fractional parts. Only parties with a positive quotient take part in the remainder
    stage. If more seats are free than such parties (possible with a Droop quota on tiny
    counts), every one of them gets one seat per full round before remainders decide the rest.
    With one denominator, integer parts and remainders are `divmod` of whole numbers and two
    remainders compare as integers: no Fraction is built to rank them.
    """
    order = {party: i for i, party in enumerate(numerators)}
    integer: dict[str, int] = {}
    remainders: dict[str, int] = {}
    for party, numerator in numerators.items():
        integer[party], remainders[party] = divmod(numerator, denominator)
    free = seats - sum(integer.values())
    if free < 0:
        raise ElectionError(f"the quotients give {seats - free} whole seats for {seats} seats")
    eligible = [party for party, numerator in numerators.items() if numerator > 0]
    extra = dict.fromkeys(numerators, 0)
    ties: list[Tie] = []
    unallocated = 0
    if eligible and free >= len(eligible):
        rounds, free = divmod(free, len(eligible))
        for party in eligible:
            extra[party] += rounds
    elif not eligible:
        unallocated, free = free, 0
    if free:
        ranked = sorted(((remainders[p], p) for p in eligible), key=lambda item: (-item[0], order[item[1]]))
        winners, tie = split_contested(ranked, free, order, "remainder", tie_rule)
        for party in winners:
            extra[party] += 1
        if tie is not None:
            ties.append(replace(tie, value=Fraction(tie.value, denominator)))
            unallocated += tie.seats - len(tie.awarded)
    return Allocation(
        method=method,
        seats={p: integer[p] + extra[p] for p in numerators},
        quota=quota,
        quotients={party: Fraction(numerator, denominator) for party, numerator in numerators.items()},
        integer_seats=integer,
        remainder_seats=extra,
        ties=tuple(ties),
        unallocated=unallocated,
    )


def allocate_largest_remainder(
    votes: Mapping[str, int],
    seats: int,
    quota: str = "hare",
    tie_rule: str = "registration_order",
) -> Allocation:
    """Largest remainder with a Hare (votes ÷ seats) or Droop quota over all of `votes`."""
    _check_inputs(votes, seats, tie_rule)
    if quota not in QUOTAS:
        raise ElectionError(f"unknown quota {quota!r}; known: {', '.join(QUOTAS)}")
    total = sum(votes.values())
    if seats == 0:
        return Allocation(f"largest_remainder_{quota}", {p: 0 for p in votes})
    if total == 0:
        raise ElectionError(f"no votes to allocate {seats} seats by: every count is 0")
    q = QUOTAS[quota](total, seats)
    # votes ÷ (p/q) = votes·q / p: one denominator for every party
    numerators = {party: count * q.denominator for party, count in votes.items()}
    return allocate_by_remainders(
        numerators, q.numerator, seats, tie_rule=tie_rule, method=f"largest_remainder_{quota}", quota=q
    )


# Divisor d(k) = step·k + first for a party that has won k seats, as (step, first): D'Hondt
# 1, 2, 3, ...; Sainte-Laguë 1, 3, 5, ... The linear form lets a party's averages above a bound
# be counted at once.
DIVISORS: dict[str, tuple[int, int]] = {"dhondt": (1, 1), "sainte_lague": (2, 1)}


class _NextAverage:
    """A party's next average votes ÷ divisor, as a heap entry: the larger average first, on
    equal averages the list registered earlier. Compared exactly, by cross-multiplication."""

    __slots__ = ("votes", "divisor", "order", "party")

    def __init__(self, votes: int, divisor: int, order: int, party: str):
        self.votes, self.divisor, self.order, self.party = votes, divisor, order, party

    def __lt__(self, other: "_NextAverage") -> bool:
        mine, theirs = self.votes * other.divisor, other.votes * self.divisor
        return mine > theirs or (mine == theirs and self.order < other.order)


def _sure_seats(votes: Mapping[str, int], seats: int, step: int, first: int) -> dict[str, int]:
    """Seats every party wins for certain: its averages above a bound that at most `seats`
    averages exceed, so each of them is above the last seat's average, with no tie possible.

    The bound is λ = V ÷ (step·S − (step − first)·P) for V votes, S seats and P parties with
    votes: a party of v votes has ⌈(v/λ − first)/step⌉ ≤ (v/λ + step − first)/step averages
    above λ, which sum to at most S. Counting them is integer arithmetic, one party at a time.
    """
    positive = sum(1 for count in votes.values() if count > 0)
    scale = step * seats - (step - first) * positive  # λ = total / scale
    total = sum(votes.values())
    if scale <= 0:
        return dict.fromkeys(votes, 0)
    sure = {}
    for party, count in votes.items():
        top = (count * scale - 1) // total  # the largest j with j·λ < count (divisors below v/λ)
        sure[party] = (top - first) // step + 1 if count and top >= first else 0
    return sure


def allocate_highest_averages(
    votes: Mapping[str, int],
    seats: int,
    divisor: str = "dhondt",
    tie_rule: str = "registration_order",
) -> Allocation:
    """Seats go to the `seats` largest averages votes ÷ d(k), k = seats already won.

    The seats each party wins for certain are counted at once (`_sure_seats`); the rest go one
    by one from a heap that holds each party's next average. An equal average on both sides of
    the last seat is a tie: every party whose next average equals it contends for the seats
    left (`split_contested`), as in the textbook list of all averages sorted.
    """
    _check_inputs(votes, seats, tie_rule)
    if divisor not in DIVISORS:
        raise ElectionError(f"unknown divisor {divisor!r}; known: {', '.join(DIVISORS)}")
    if seats > 0 and sum(votes.values()) == 0:
        raise ElectionError(f"no votes to allocate {seats} seats by: every count is 0")
    if seats == 0:
        return Allocation(method=divisor, seats=dict.fromkeys(votes, 0))
    step, first = DIVISORS[divisor]
    won = _sure_seats(votes, seats, step, first)
    heap = [
        _NextAverage(count, step * won[party] + first, i, party)
        for i, (party, count) in enumerate(votes.items())
        if count > 0
    ]
    heapq.heapify(heap)
    taken: list[tuple[str, int, int]] = []  # (party, votes, divisor) of each seat given here
    for _ in range(seats - sum(won.values())):
        best = heap[0]
        taken.append((best.party, best.votes, best.divisor))
        best.divisor += step
        heapq.heapreplace(heap, best)  # the same entry, now at its next average, sifts down
    if not taken:
        return Allocation(method=divisor, seats=won)
    _, last_votes, last_divisor = taken[-1]

    def at_boundary(count: int, d: int) -> bool:
        return count * last_divisor == last_votes * d

    if not at_boundary(heap[0].votes, heap[0].divisor):
        for party, _, _ in taken:
            won[party] += 1
        return Allocation(method=divisor, seats=won)
    # An equal average on both sides of the last seat: every party whose average equals it
    # contends for the seats left (each party has one average of a given value).
    contenders = []
    for party, count, d in taken:
        if at_boundary(count, d):
            contenders.append(party)
        else:
            won[party] += 1
    while heap and at_boundary(heap[0].votes, heap[0].divisor):
        contenders.append(heapq.heappop(heap).party)
    order = {party: i for i, party in enumerate(votes)}
    boundary = Fraction(last_votes, last_divisor)
    ranked = [(boundary, party) for party in sorted(contenders, key=order.__getitem__)]
    winners, tie = split_contested(ranked, seats - sum(won.values()), order, "average", tie_rule)
    for party in winners:
        won[party] += 1
    assert tie is not None
    return Allocation(method=divisor, seats=won, ties=(tie,), unallocated=tie.seats - len(tie.awarded))


def allocate_hare(votes: Mapping[str, int], seats: int, tie_rule: str = "registration_order") -> Allocation:
    return allocate_largest_remainder(votes, seats, "hare", tie_rule)


def allocate_droop(votes: Mapping[str, int], seats: int, tie_rule: str = "registration_order") -> Allocation:
    return allocate_largest_remainder(votes, seats, "droop", tie_rule)


def allocate_dhondt(votes: Mapping[str, int], seats: int, tie_rule: str = "registration_order") -> Allocation:
    return allocate_highest_averages(votes, seats, "dhondt", tie_rule)


def allocate_sainte_lague(
    votes: Mapping[str, int], seats: int, tie_rule: str = "registration_order"
) -> Allocation:
    return allocate_highest_averages(votes, seats, "sainte_lague", tie_rule)


METHODS: dict[str, Callable[..., Allocation]] = {
    "hare": allocate_hare,
    "droop": allocate_droop,
    "dhondt": allocate_dhondt,
    "sainte_lague": allocate_sainte_lague,
}


@dataclass(frozen=True)
class PluralityOutcome:
    """One single-mandate district: who won, or why nobody did.

    status is "elected" (one candidate has more votes than anyone and than "against all"),
    "against_all_leads" (the against-all line has more votes than every candidate: the law as
    we read it does not settle what follows, so no winner is declared), "tie" (the top is
    shared; `tied` names who shares it, "against_all" included when it is one of them) or
    "no_votes".
    """

    status: str
    winner: str | None
    votes: int
    tied: tuple[str, ...] = ()
    against_all: int = 0
    runner_up_votes: int = 0


AGAINST_ALL = "against_all"


def decide_plurality(candidates: Mapping[str, int], against_all: int = 0) -> PluralityOutcome:
    """First past the post with an "against all" line that can lead but never wins."""
    _check_inputs({**candidates, AGAINST_ALL: against_all}, 0, "registration_order")
    lines = sorted(
        [*candidates.items(), (AGAINST_ALL, against_all)], key=lambda item: -item[1]
    )
    top = lines[0][1]
    second = lines[1][1] if len(lines) > 1 else 0
    if top == 0:
        return PluralityOutcome("no_votes", None, 0, against_all=against_all)
    leaders = tuple(name for name, count in lines if count == top)
    if len(leaders) > 1:
        ordered = tuple(name for name in [*candidates, AGAINST_ALL] if name in leaders)
        return PluralityOutcome("tie", None, top, ordered, against_all, top)
    if leaders[0] == AGAINST_ALL:
        return PluralityOutcome("against_all_leads", None, top, (), against_all, second)
    return PluralityOutcome("elected", leaders[0], top, (), against_all, second)



def decide_two_round_majority(candidates: Mapping[str, int], against_all: int = 0) -> PluralityOutcome:
    """A first round that elects only with more than half of the valid votes ("against all"
    included); otherwise the status is "second_round" and `tied` names the two candidates with
    the most votes. Our reading of the 2004 rule: the rules file marks it unconfirmed."""
    outcome = decide_plurality(candidates, against_all)
    valid = sum(candidates.values()) + against_all
    if outcome.status == "elected" and outcome.votes * 2 <= valid:
        leading = tuple(sorted(candidates, key=lambda name: -candidates[name])[:2])
        return PluralityOutcome("second_round", None, outcome.votes, leading, against_all, outcome.runner_up_votes)
    return outcome


SINGLE_MANDATE_DECISIONS = {"plurality": decide_plurality, "two_round_majority": decide_two_round_majority}
