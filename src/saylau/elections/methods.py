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
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
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


def allocate_by_quotients(
    quotients: Mapping[str, Fraction],
    seats: int,
    *,
    tie_rule: str = "registration_order",
    method: str = "largest_remainder",
    quota: Fraction | None = None,
) -> Allocation:
    """Largest remainder from ready quotients (votes ÷ quota, possibly corrected by a law).

    Each party gets the integer part of its quotient; the seats still free go one each to the
    largest fractional parts. Only parties with a positive quotient take part in the remainder
    stage. If more seats are free than such parties (possible with a Droop quota on tiny
    counts), every one of them gets one seat per full round before remainders decide the rest.
    """
    order = {party: i for i, party in enumerate(quotients)}
    integer = {party: int(q) for party, q in quotients.items()}  # q >= 0, so int() is floor
    free = seats - sum(integer.values())
    if free < 0:
        raise ElectionError(f"the quotients give {seats - free} whole seats for {seats} seats")
    eligible = [party for party, q in quotients.items() if q > 0]
    extra = {party: 0 for party in quotients}
    ties: list[Tie] = []
    unallocated = 0
    if eligible and free >= len(eligible):
        rounds, free = divmod(free, len(eligible))
        for party in eligible:
            extra[party] += rounds
    elif not eligible:
        unallocated, free = free, 0
    ranked = sorted(
        ((quotients[p] - integer[p], p) for p in eligible), key=lambda item: (-item[0], order[item[1]])
    )
    winners, tie = split_contested(ranked, free, order, "remainder", tie_rule)
    for party in winners:
        extra[party] += 1
    if tie is not None:
        ties.append(tie)
        unallocated += tie.seats - len(tie.awarded)
    return Allocation(
        method=method,
        seats={p: integer[p] + extra[p] for p in quotients},
        quota=quota,
        quotients=dict(quotients),
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
    quotients = {party: Fraction(count) / q for party, count in votes.items()}
    return allocate_by_quotients(
        quotients, seats, tie_rule=tie_rule, method=f"largest_remainder_{quota}", quota=q
    )


def dhondt_divisor(seats_won: int) -> int:
    return seats_won + 1


def sainte_lague_divisor(seats_won: int) -> int:
    return 2 * seats_won + 1


DIVISORS: dict[str, Callable[[int], int]] = {
    "dhondt": dhondt_divisor,
    "sainte_lague": sainte_lague_divisor,
}


def allocate_highest_averages(
    votes: Mapping[str, int],
    seats: int,
    divisor: str = "dhondt",
    tie_rule: str = "registration_order",
) -> Allocation:
    """Seats go to the `seats` largest averages votes ÷ d(k), k = seats already won."""
    _check_inputs(votes, seats, tie_rule)
    if divisor not in DIVISORS:
        raise ElectionError(f"unknown divisor {divisor!r}; known: {', '.join(DIVISORS)}")
    if seats > 0 and sum(votes.values()) == 0:
        raise ElectionError(f"no votes to allocate {seats} seats by: every count is 0")
    d = DIVISORS[divisor]
    order = {party: i for i, party in enumerate(votes)}
    # Each party can win at most `seats` seats, so its first `seats` averages are enough.
    averages = [
        (Fraction(count, d(k)), party, k)
        for party, count in votes.items()
        if count > 0
        for k in range(seats)
    ]
    averages.sort(key=lambda item: (-item[0], order[item[1]], item[2]))
    won = {party: 0 for party in votes}
    ties: list[Tie] = []
    unallocated = 0
    if seats and len(averages) > seats and averages[seats][0] == averages[seats - 1][0]:
        boundary = averages[seats - 1][0]
        for value, party, _ in averages:
            if value > boundary:
                won[party] += 1
        # A party holds at most one average of a given value, so the contenders are distinct.
        contenders = [(value, party) for value, party, _ in averages if value == boundary]
        winners, tie = split_contested(contenders, seats - sum(won.values()), order, "average", tie_rule)
        for party in winners:
            won[party] += 1
        assert tie is not None
        ties.append(tie)
        unallocated = tie.seats - len(tie.awarded)
    else:
        for _, party, _ in averages[:seats]:
            won[party] += 1
    return Allocation(method=divisor, seats=won, ties=tuple(ties), unallocated=unallocated)


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

