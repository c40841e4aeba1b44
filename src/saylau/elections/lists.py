"""List seats by the law of an election: threshold, admission, quota, remainders.

`allocate_list_seats(rules, votes)` is the function behind ``saylau seats``: it applies the
party-list tier of `ElectionRules` to a `VoteCount` and returns a `ListOutcome` with, per
party, everything an observer needs to check the result by hand.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from fractions import Fraction

from saylau.errors import ElectionError

from .indices import Proportionality, proportionality
from .law import ElectionRules, ListTier
from .methods import (
    Allocation,
    Tie,
    split_contested,
    allocate_highest_averages,
    allocate_largest_remainder,
)
from .votes import VoteCount


@dataclass(frozen=True)
class PartyRow:
    party: str
    votes: int
    share: Fraction  # of the threshold base
    passed: bool  # reached the threshold
    admitted: bool  # takes part in the distribution (passed, or admitted as runner-up)
    quotient: Fraction | None  # votes ÷ quota (corrected for an admitted runner-up)
    integer_seats: int
    remainder: Fraction | None
    remainder_seats: int
    seats: int
    moved_seats: int = 0  # to (+) or from (-) the list by a guaranteed minimum (runner-up rule)

    def to_dict(self) -> dict:
        return {
            "party": self.party,
            "votes": self.votes,
            "share": str(self.share),
            "passed": self.passed,
            "admitted": self.admitted,
            "quotient": None if self.quotient is None else str(self.quotient),
            "integer_seats": self.integer_seats,
            "remainder": None if self.remainder is None else str(self.remainder),
            "remainder_seats": self.remainder_seats,
            "moved_seats": self.moved_seats,
            "seats": self.seats,
        }


@dataclass(frozen=True)
class ListOutcome:
    rules: str
    seats_total: int
    method: str
    threshold: Fraction
    threshold_base: int
    counts_against_all: bool
    against_all: int | None
    quota: Fraction | None
    rows: tuple[PartyRow, ...]
    ties: tuple[Tie, ...] = ()
    runner_up: str | None = None
    unallocated: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)
    warnings: tuple[str, ...] = field(default_factory=tuple)  # inputs to check: odd, not wrong

    @property
    def seats(self) -> dict[str, int]:
        return {row.party: row.seats for row in self.rows}

    @property
    def passed(self) -> list[str]:
        return [row.party for row in self.rows if row.passed]

    @property
    def admitted(self) -> list[str]:
        return [row.party for row in self.rows if row.admitted]

    def to_dict(self) -> dict:
        return {
            "rules": self.rules,
            "seats_total": self.seats_total,
            "method": self.method,
            "seats": self.seats,
            "passed": self.passed,
            "admitted": self.admitted,
            "runner_up": self.runner_up,
            "threshold": str(self.threshold),
            "threshold_base": self.threshold_base,
            "counts_against_all": self.counts_against_all,
            "against_all": self.against_all,
            "quota": None if self.quota is None else str(self.quota),
            "ties": [tie.to_dict() for tie in self.ties],
            "unallocated": self.unallocated,
            "parties": [row.to_dict() for row in self.rows],
            "notes": list(self.notes),
            "warnings": list(self.warnings),
            "proportionality": self.proportionality().to_dict(),
        }

    def proportionality(self) -> Proportionality:
        """Gallagher index and effective numbers of parties of this outcome (indices.py)."""
        return proportionality({row.party: row.votes for row in self.rows}, self.seats)


def with_threshold(tier: ListTier, threshold: Fraction) -> ListTier:
    """The tier with another threshold, for "what if" questions (a share from 0 up to 1)."""
    if not 0 <= threshold < 1:
        percent = threshold * 100  # shown without float(), which overflows on 1e999
        shown = f"{float(percent):g}" if abs(percent) < 10**9 else ("under -10^9" if percent < 0 else "over 10^9")
        raise ElectionError(f"a threshold must be between 0 and 100 %, not {shown} %")
    return replace(tier, threshold=threshold)


# The methods a what-if can switch to, by the names of methods.METHODS: (tier method, quota).
WHAT_IF_METHODS: dict[str, tuple[str, str | None]] = {
    "hare": ("largest_remainder", "hare"),
    "droop": ("largest_remainder", "droop"),
    "dhondt": ("dhondt", None),
    "sainte_lague": ("sainte_lague", None),
}


def with_method(tier: ListTier, method: str) -> ListTier:
    """The tier with another allocation method (hare, droop, dhondt, sainte_lague), for what-ifs.

    The threshold, its base, the tie rule and a runner-up rule stay as the law has them.
    """
    if method not in WHAT_IF_METHODS:
        raise ElectionError(f"unknown method {method!r}; known: {', '.join(WHAT_IF_METHODS)}")
    name, quota = WHAT_IF_METHODS[method]
    return replace(tier, method=name, quota=quota)


def threshold_base(tier: ListTier, votes: VoteCount) -> int:
    """The number the threshold is a share of: list votes, plus against all if the law says so."""
    base = votes.list_total
    if tier.counts_against_all:
        base += votes.against_all or 0
    return base


def passes_threshold(count: int, base: int, threshold: Fraction) -> bool:
    """At least `threshold` of `base`, compared exactly (count/base >= p/q as integers)."""
    return count * threshold.denominator >= threshold.numerator * base and count > 0


def _runner_up(votes: VoteCount, passed: list[str], tier: ListTier) -> tuple[str | None, Tie | None]:
    """The list with the next largest vote, when the law admits one; a tie is reported.

    On a tie the first of the tied lists is returned either way: their votes are equal, so the
    seats the runner-up gets are the same whoever it is. With the tie rule ``lot`` the caller
    leaves those seats undecided (the tie has no `awarded`).
    """
    if tier.runner_up is None or len(passed) != 1:
        return None, None
    others = [(count, party) for party, count in votes.parties.items() if party not in passed and count > 0]
    if not others:
        return None, None
    best = max(count for count, _ in others)
    tied = tuple(party for count, party in others if count == best)
    if len(tied) == 1:
        return tied[0], None
    awarded = (tied[0],) if tier.tie_rule == "registration_order" else ()
    return tied[0], Tie("runner_up", tied, 1, Fraction(best), awarded, tier.tie_rule)


def _allocate_with_runner_up(
    votes: VoteCount, leader: str, runner: str, seats: int, tier: ListTier
) -> Allocation:
    """Two lists, the runner-up's quotient corrected; see law.py for the reading we chose.

    Seats that the runner-up's guaranteed minimum takes from the leader are `moved_seats`
    (+n for the runner-up, -n for the leader), so that integer + remainder + moved seats is
    each list's total and no column goes below zero.
    """
    rule = tier.runner_up
    assert rule is not None
    quota = Fraction(votes.parties[leader] + votes.parties[runner], seats)
    quotients = {
        party: (Fraction(count) / quota) * (rule.correction if party == runner else 1)
        if party in (leader, runner)
        else Fraction(0)
        for party, count in votes.parties.items()
    }
    integer = {party: int(q) for party, q in quotients.items()}
    free = seats - sum(integer.values())
    # One remainder round (at most one seat per list), then the rest to the list that passed.
    order = {party: i for i, party in enumerate(votes.parties)}
    ranked = sorted(
        ((quotients[p] - integer[p], p) for p in (leader, runner) if quotients[p] > integer[p]),
        key=lambda item: (-item[0], order[item[1]]),
    )
    winners, tie = split_contested(ranked, min(free, len(ranked)), order, "remainder", tier.tie_rule)
    extra = {party: 0 for party in quotients}
    for party in winners:
        extra[party] += 1
    unallocated = tie.seats - len(tie.awarded) if tie else 0
    extra[leader] += free - len(winners) - unallocated
    final = {party: integer[party] + extra[party] for party in quotients}
    moved_seats = {}
    if final[runner] < rule.min_seats:
        moved = min(rule.min_seats - final[runner], final[leader])
        final[runner] += moved
        final[leader] -= moved
        moved_seats = {leader: -moved, runner: moved}
    return Allocation(
        method="largest_remainder_hare_runner_up",
        seats=final,
        quota=quota,
        quotients=quotients,
        integer_seats=integer,
        remainder_seats=extra,
        ties=(tie,) if tie else (),
        unallocated=unallocated,
        moved_seats=moved_seats,
    )


def _withhold(allocation: Allocation, party: str) -> Allocation:
    """The allocation with `party`'s seats left undecided (a tie to be drawn by lot)."""
    held = allocation.seats[party]
    return replace(
        allocation,
        seats={**allocation.seats, party: 0},
        unallocated=allocation.unallocated + held,
        moved_seats={p: n for p, n in allocation.moved_seats.items() if p != party},
    )


def allocate_list_seats(
    rules: ElectionRules,
    votes: VoteCount,
    seats: int | None = None,
    council: str | None = None,
    threshold: Fraction | None = None,
) -> ListOutcome:
    """Apply the party-list tier of `rules` to `votes`.

    `seats`, `council` and `threshold` override the rules for "what if" questions (what a 7 %
    threshold would have done); the seat count is required for rules that give it per council.
    """
    tier = rules.list_tier
    if tier is None:
        raise ElectionError(f"rules {rules.id} have no party-list tier")
    if threshold is not None:
        tier = with_threshold(tier, threshold)
    total_seats = rules.list_seats(seats, council)
    base = threshold_base(tier, votes)
    notes: list[str] = []
    if tier.counts_against_all and votes.against_all is None:
        notes.append("no against_all row: the threshold base counts the lists only")
    passed = [p for p, c in votes.parties.items() if passes_threshold(c, base, tier.threshold)]
    runner, runner_tie = _runner_up(votes, passed, tier)
    by_lot = runner_tie is not None and not runner_tie.awarded
    admitted = passed + ([runner] if runner and not by_lot else [])

    if not passed:
        notes.append("no list reached the threshold: no seats are allocated")
        allocation = Allocation("none", {p: 0 for p in votes.parties}, unallocated=total_seats)
    elif runner:
        allocation = _allocate_with_runner_up(votes, passed[0], runner, total_seats, tier)
        if runner_tie is not None:  # the tie is over the runner-up's seats, not one admission
            runner_tie = replace(runner_tie, seats=allocation.seats[runner])
        if by_lot:
            assert runner_tie is not None
            notes.append(
                f"only {passed[0]} passed: the runner-up is one of {', '.join(runner_tie.contenders)} "
                f"(equal votes), to be drawn by lot; its {runner_tie.seats} seat(s) are left undecided"
            )
        else:
            notes.append(f"only {passed[0]} passed: {runner} is admitted as the runner-up")
        if allocation.moved_seats.get(runner):
            notes.append(
                f"the runner-up is guaranteed {tier.runner_up.min_seats} seats: "
                f"{allocation.moved_seats[runner]} seat(s) move from {passed[0]}"
            )
        if by_lot:
            allocation = _withhold(allocation, runner)
    else:
        eligible = {party: votes.parties[party] for party in votes.parties if party in admitted}
        if tier.method == "largest_remainder":
            allocation = allocate_largest_remainder(eligible, total_seats, tier.quota or "hare", tier.tie_rule)
        else:
            allocation = allocate_highest_averages(eligible, total_seats, tier.method, tier.tie_rule)
    ties = [runner_tie] if runner_tie else []
    ties.extend(allocation.ties)
    warnings = list(votes.warnings)
    shared = sum(votes.parties[party] for party in admitted)
    if admitted and total_seats > shared:
        warnings.append(
            f"{total_seats} seats for {shared:,} votes of the lists that take part: fewer votes than seats; "
            "check the counts and the seat number"
        )

    rows = []
    for party, count in votes.parties.items():
        quotient = allocation.quotients.get(party) if party in admitted else None
        integer = allocation.integer_seats.get(party, 0) if party in admitted else 0
        rows.append(
            PartyRow(
                party=party,
                votes=count,
                share=Fraction(count, base) if base else Fraction(0),
                passed=party in passed,
                admitted=party in admitted,
                quotient=quotient,
                integer_seats=integer,
                remainder=None if quotient is None else quotient - integer,
                remainder_seats=allocation.remainder_seats.get(party, 0) if party in admitted else 0,
                seats=allocation.seats.get(party, 0),
                moved_seats=allocation.moved_seats.get(party, 0),
            )
        )
    method = tier.method if tier.method != "largest_remainder" else f"largest_remainder_{tier.quota}"
    if runner and method != "largest_remainder_hare":  # a what-if method (with_method) the rule overrides
        notes.append(f"the runner-up rule shares the seats by a Hare quota: {method} does not apply")
        method = "largest_remainder_hare"
    if allocation.unallocated and passed:  # with no list passing, nothing is drawn by lot
        notes.append(f"{allocation.unallocated} seat(s) left to be decided by lot")
    return ListOutcome(
        rules=rules.id,
        seats_total=total_seats,
        method=method,
        threshold=tier.threshold,
        threshold_base=base,
        counts_against_all=tier.counts_against_all,
        against_all=votes.against_all,
        quota=allocation.quota,
        rows=tuple(rows),
        ties=tuple(ties),
        runner_up=None if by_lot else runner,
        unallocated=allocation.unallocated,
        notes=tuple(notes),
        warnings=tuple(warnings),
    )

