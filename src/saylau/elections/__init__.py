"""The electoral law as pure functions: rules + vote counts in, seats out.

    methods      allocation methods (largest remainder with Hare/Droop, D'Hondt, Sainte-Laguë),
                 plurality with an "against all" line; exact int/Fraction arithmetic, ties as values
    law          the rules of each election, loaded from reference/data/elections/*.yaml
    votes        vote counts per list and their CSV form
    lists        list seats by the law: threshold and its base, runner-up rule, quota, remainders
    results      protocols of the count, aggregation to district/region/nation, turnout, winners
    protocol_csv protocol files read line by line, checked against the election's ballots and registers
    consistency  findings on protocols whose numbers do not add up
    projection   Monte Carlo seats from a poll (NumPy, vectorised, seeded)

No I/O here besides reading the packaged rules: parsers take lines, callers open files.
"""
from .law import ElectionRules, known_rules, load_rules, rules_from_mapping
from .lists import ListOutcome, allocate_list_seats
from .methods import (
    Allocation,
    PluralityOutcome,
    Tie,
    allocate_dhondt,
    allocate_droop,
    allocate_hare,
    allocate_highest_averages,
    allocate_largest_remainder,
    allocate_sainte_lague,
    decide_plurality,
)
from .votes import VoteCount, parse_votes_csv

__all__ = [
    "Allocation",
    "ElectionRules",
    "ListOutcome",
    "PluralityOutcome",
    "Tie",
    "VoteCount",
    "allocate_dhondt",
    "allocate_droop",
    "allocate_hare",
    "allocate_highest_averages",
    "allocate_largest_remainder",
    "allocate_list_seats",
    "allocate_sainte_lague",
    "decide_plurality",
    "known_rules",
    "load_rules",
    "parse_votes_csv",
    "rules_from_mapping",
]
