"""How proportional a seat outcome is, by the two measures analysts quote.

- The Gallagher least-squares index: sqrt(1/2 * sum over lists of (vote % - seat %)^2), in
  percentage points; 0 when every list's seat share equals its vote share.
- The effective number of parties (Laakso and Taagepera): 1 / sum of squared shares, of the
  votes and of the seats.

Vote shares are of every list's votes, passed the threshold or not (the votes "against all"
are no list's); seat shares are of the seats given. Pure functions over counts: the callers
decide which election and which tier.
"""
from __future__ import annotations

from dataclasses import dataclass
from math import sqrt
from typing import Mapping


@dataclass(frozen=True)
class Proportionality:
    gallagher: float  # percentage points
    enp_votes: float
    enp_seats: float

    def to_dict(self) -> dict[str, float]:
        return {"gallagher": round(self.gallagher, 4), "enp_votes": round(self.enp_votes, 4), "enp_seats": round(self.enp_seats, 4)}


def gallagher(votes: Mapping[str, int], seats: Mapping[str, int]) -> float:
    """The least-squares index in percentage points (0 for no votes or no seats)."""
    total_votes, total_seats = sum(votes.values()), sum(seats.values())
    if not total_votes or not total_seats:
        return 0.0
    parties = set(votes) | set(seats)
    squares = sum(
        (100 * votes.get(p, 0) / total_votes - 100 * seats.get(p, 0) / total_seats) ** 2 for p in parties
    )
    return sqrt(squares / 2)


def effective_number(counts: Mapping[str, int]) -> float:
    """1 / sum of squared shares (0 where nothing is counted)."""
    total = sum(counts.values())
    if not total:
        return 0.0
    return 1 / sum((n / total) ** 2 for n in counts.values())


def proportionality(votes: Mapping[str, int], seats: Mapping[str, int]) -> Proportionality:
    return Proportionality(gallagher(votes, seats), effective_number(votes), effective_number(seats))
