"""What a poll implies in seats: Monte Carlo over the poll's sampling uncertainty.

Each simulation draws vote shares from a Dirichlet distribution with parameters
``n × share + 1/2`` (the posterior of a multinomial poll of ``n`` respondents under a
Jeffreys prior, so a party at 0 % in the poll can still be drawn above 0), turns them into
whole votes out of `total_votes`, and allocates seats by the rules.

Shares are floats — they are random draws — but seats are not: the allocation works on the
integer votes with integer arithmetic (``v·S // P`` and ``v·S % P`` for a Hare quota P/S), so
each simulated row gets exactly the seats `allocate_list_seats` gives for the same votes
(tests check this). Rows the vectorised path does not cover — the runner-up rule, no list
passing, highest-averages methods — go through the exact function one by one.
Ties between equal remainders go to the list registered earlier, as in the exact path.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, replace
from fractions import Fraction

import numpy as np

from saylau.errors import ElectionError

from .law import ElectionRules
from .lists import allocate_list_seats, with_threshold
from .votes import AGAINST_ALL_LABELS, PartyLabels, normalised_header, uncommented, VoteCount

DEFAULT_TOTAL_VOTES = 10_000_000


@dataclass(frozen=True)
class Poll:
    """Shares per party (normalised to sum to 1 with against-all), in registration order."""

    shares: dict[str, Fraction]
    against_all: Fraction | None = None
    respondents: int | None = None  # known when the poll gives counts
    warnings: tuple[str, ...] = ()  # labels the party register lacks


def parse_poll_csv(lines: Iterable[str], source: str = "<poll>") -> Poll:
    """Columns ``party`` and ``share`` (any scale: percent or fraction) or ``respondents``."""
    reader = csv.DictReader(uncommented(lines))
    columns = normalised_header(reader, source, ("party",))
    value_col = columns.get("share") or columns.get("respondents")
    if value_col is None:
        raise ElectionError(f"{source}: no column 'share' or 'respondents' (found: {', '.join(columns)})")
    counts = "respondents" in columns and value_col == columns["respondents"]
    raw: dict[str, Fraction] = {}
    labels = PartyLabels()
    for row_no, row in enumerate(reader, start=1):
        label = (row.get(columns["party"]) or "").strip()
        where = f"{source}: row {row_no}"
        if not label:
            raise ElectionError(f"{where}: the party label is empty")
        against = label.lower() in AGAINST_ALL_LABELS
        if ("against_all" if against else labels.first(label)) in raw:
            raise ElectionError(f"{where}: party {label!r} appears twice; give each list one row")
        key = "against_all" if against else labels.add(label)
        text = (row.get(value_col) or "").strip().rstrip("%")
        try:
            if not text.isascii():  # Fraction reads "٣" as 3; a poll file is written with 0-9
                raise ValueError(text)
            value = Fraction(text)
        except (ValueError, ZeroDivisionError):
            raise ElectionError(f"{where}: {value_col} of {label!r} is {text!r}, not a number") from None
        if value < 0:
            raise ElectionError(f"{where}: {value_col} of {label!r} is negative")
        raw[key] = value
    total = sum(raw.values())
    if not raw or total == 0:
        raise ElectionError(f"{source}: the poll gives no shares")
    against = raw.pop("against_all", None)
    return Poll(
        shares={party: value / total for party, value in raw.items()},
        against_all=None if against is None else against / total,
        respondents=int(total) if counts else None,
        warnings=labels.warnings(),
    )


def _largest_remainder_batch(votes: np.ndarray, admitted: np.ndarray, seats: int, quota: str) -> tuple:
    """Seats per row by largest remainder over admitted lists; also which rows it cannot do.

    Returns (seats, unsupported) where unsupported marks rows with no admitted list or with
    more free seats than lists (tiny counts under a Droop quota): the caller does those exactly.
    """
    sims, k = votes.shape
    v = np.where(admitted, votes, 0)
    total = v.sum(axis=1)
    unsupported = total == 0
    safe_total = np.where(unsupported, 1, total)
    if quota == "hare":  # quotient v / (P/S) = v·S / P
        numerator, denominator = v * seats, safe_total
    else:  # droop: a whole-vote quota q = ⌊P/(S+1)⌋ + 1
        numerator, denominator = v, safe_total // (seats + 1) + 1
    integer = numerator // denominator[:, None]
    remainder = numerator % denominator[:, None]
    free = seats - integer.sum(axis=1)
    eligible = admitted & (v > 0)
    unsupported |= free > eligible.sum(axis=1)
    # Rank by remainder, then registration order: one integer key per cell, larger is better.
    key = np.where(eligible, remainder * k + (k - 1 - np.arange(k)), -1)
    rank = np.argsort(np.argsort(-key, axis=1, kind="stable"), axis=1, kind="stable")
    bonus = (rank < free[:, None]) & eligible
    return integer + bonus, unsupported


def simulate_seats(
    rules: ElectionRules,
    votes: np.ndarray,
    against_all: np.ndarray | None,
    labels: list[str],
    seats: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Seats and threshold passes for each row of integer `votes` (sims × parties)."""
    tier = rules.list_tier
    if tier is None:
        raise ElectionError(f"rules {rules.id} have no party-list tier")
    votes = np.asarray(votes, dtype=np.int64)
    base = votes.sum(axis=1)
    if tier.counts_against_all and against_all is not None:
        base = base + against_all
    num, den = tier.threshold.numerator, tier.threshold.denominator
    passed = (votes * den >= num * base[:, None]) & (votes > 0)
    n_passed = passed.sum(axis=1)
    if tier.method == "largest_remainder":
        result, exact_rows = _largest_remainder_batch(votes, passed, seats, tier.quota or "hare")
    else:
        result, exact_rows = np.zeros_like(votes), np.ones(len(votes), dtype=bool)
    if tier.runner_up is not None:
        exact_rows |= n_passed == 1
    for row in np.flatnonzero(exact_rows):
        count = VoteCount(
            {label: int(x) for label, x in zip(labels, votes[row])},
            None if against_all is None else int(against_all[row]),
        )
        outcome = allocate_list_seats(rules, count, seats=seats)
        result[row] = [outcome.seats[label] for label in labels]
    return result, passed


@dataclass(frozen=True)
class ProjectionRow:
    party: str
    poll_share: float
    pass_probability: float
    seats_5: int
    seats_50: int
    seats_95: int
    mean_seats: float


@dataclass(frozen=True)
class Projection:
    rules: str
    sims: int
    seed: int | None
    respondents: int
    seats_total: int
    rows: tuple[ProjectionRow, ...]
    threshold: Fraction | None = None  # the threshold simulated (the law's, or a what-if)

    def to_dict(self) -> dict:
        return {
            "rules": self.rules,
            "sims": self.sims,
            "seed": self.seed,
            "respondents": self.respondents,
            "seats_total": self.seats_total,
            "threshold": None if self.threshold is None else str(self.threshold),
            "parties": [row.__dict__ for row in self.rows],
        }


def project(
    rules: ElectionRules,
    poll: Poll,
    sims: int,
    seed: int | None = None,
    respondents: int | None = None,
    seats: int | None = None,
    council: str | None = None,
    total_votes: int = DEFAULT_TOTAL_VOTES,
    threshold: Fraction | None = None,
) -> Projection:
    """Probability of passing the threshold and 5/50/95 % seat quantiles for every party;
    `threshold` asks what another threshold would do."""
    if threshold is not None and rules.list_tier is not None:
        rules = replace(rules, list_tier=with_threshold(rules.list_tier, threshold))
    if respondents is not None and respondents < 1:
        raise ElectionError(f"--sample-size must be 1 or more, not {respondents}")
    n = respondents or poll.respondents
    if not n or n < 1:
        raise ElectionError("the poll gives shares, not respondents: pass --sample-size N")
    if sims < 1:
        raise ElectionError(f"--sims must be 1 or more, not {sims}")
    if seed is not None and seed < 0:
        raise ElectionError(f"--seed must be 0 or more, not {seed}")
    if not 1 <= total_votes <= 10**12:
        raise ElectionError("total votes must be between 1 and 10^12")
    total_seats = rules.list_seats(seats, council)
    labels = list(poll.shares)
    shares = [float(s) for s in poll.shares.values()]
    if poll.against_all is not None:
        shares.append(float(poll.against_all))
    alpha = np.asarray(shares) * n + 0.5
    rng = np.random.default_rng(seed)
    draws = rng.standard_gamma(alpha, size=(sims, len(alpha)))
    draws /= draws.sum(axis=1, keepdims=True)
    votes = np.floor(draws * total_votes).astype(np.int64)
    against = votes[:, -1] if poll.against_all is not None else None
    list_votes = votes[:, : len(labels)]
    seat_matrix, passed = simulate_seats(rules, list_votes, against, labels, total_seats)
    quantiles = np.quantile(seat_matrix, [0.05, 0.5, 0.95], axis=0, method="inverted_cdf")
    rows = tuple(
        ProjectionRow(
            party=label,
            poll_share=float(poll.shares[label]),
            pass_probability=float(passed[:, i].mean()),
            seats_5=int(quantiles[0, i]),
            seats_50=int(quantiles[1, i]),
            seats_95=int(quantiles[2, i]),
            mean_seats=float(seat_matrix[:, i].mean()),
        )
        for i, label in enumerate(labels)
    )
    return Projection(rules.id, sims, seed, n, total_seats, rows, rules.list_tier.threshold if rules.list_tier else None)
