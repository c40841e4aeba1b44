"""Projection: reproducible, and its vectorised seats agree with the exact method."""
import json
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from saylau.elections import VoteCount, allocate_list_seats, load_rules, rules_from_mapping
from saylau.elections.projection import Poll, parse_poll_csv, project, simulate_seats
from saylau.errors import ElectionError

POLL = Poll(
    shares={"AMANAT": Fraction(52, 95), "AUYL": Fraction(11, 95), "RESPUBLICA": Fraction(9, 95),
            "AQ_JOL": Fraction(8, 95), "NPK": Fraction(7, 95), "NSDP": Fraction(5, 95), "BAITAK": Fraction(3, 95)},
    against_all=None,
)  # fmt: skip


def exact_seats(rules, votes, against, labels, seats):
    out = []
    for i, row in enumerate(votes):
        count = VoteCount({label: int(v) for label, v in zip(labels, row)}, None if against is None else int(against[i]))
        outcome = allocate_list_seats(rules, count, seats=seats)
        out.append([outcome.seats[label] for label in labels])
    return np.array(out)


@pytest.mark.parametrize(
    "rules_id, with_against_all, seats",
    [("mazhilis-2023", True, 69), ("mazhilis-2021", False, 98), ("mazhilis-2023", False, 7)],
)
def test_vectorised_allocation_agrees_with_the_exact_method(rules_id, with_against_all, seats):
    rng = np.random.default_rng(7)
    labels = [f"P{i}" for i in range(7)]
    shares = rng.dirichlet(np.full(8, 0.8), size=400)
    votes_all = np.floor(shares * rng.integers(50, 2_000_000, size=(400, 1))).astype(np.int64)
    votes, against = votes_all[:, :7], votes_all[:, 7] if with_against_all else None
    votes[:20] = votes[:20] // 1000 * 1000  # round counts make equal remainders (ties) likely
    rules = load_rules(rules_id)
    fast, _ = simulate_seats(rules, votes, against, labels, seats)
    assert (fast == exact_seats(rules, votes, against, labels, seats)).all()


def test_vectorised_droop_agrees_with_the_exact_method():
    rules = rules_from_mapping(
        {"id": "droop", "tiers": [{"kind": "party_list", "seats": 20, "threshold": {"share": "3/100"},
                                   "method": {"name": "largest_remainder", "quota": "droop"}}]}
    )  # fmt: skip
    rng = np.random.default_rng(3)
    labels = [f"P{i}" for i in range(5)]
    votes = rng.integers(0, 50, size=(300, 5))  # tiny counts: some rows need the exact fallback
    fast, _ = simulate_seats(rules, votes, None, labels, 20)
    assert (fast == exact_seats(rules, votes, None, labels, 20)).all()


def test_the_runner_up_rule_goes_through_the_exact_method():
    votes = np.array([[900, 60, 40], [500, 300, 200]])
    fast, passed = simulate_seats(load_rules("mazhilis-2021"), votes, None, ["A", "B", "C"], 98)
    assert fast.tolist() == [[93, 5, 0], [49, 29, 20]]
    assert passed.tolist() == [[True, False, False], [True, True, True]]


def test_a_seed_makes_the_projection_reproducible():
    first = project(load_rules("mazhilis-2023"), POLL, 2_000, seed=11, respondents=1_200)
    again = project(load_rules("mazhilis-2023"), POLL, 2_000, seed=11, respondents=1_200)
    other = project(load_rules("mazhilis-2023"), POLL, 2_000, seed=12, respondents=1_200)
    assert first == again
    assert first.rows != other.rows


def test_projection_rows_are_consistent():
    result = project(load_rules("mazhilis-2023"), POLL, 5_000, seed=1, respondents=1_200)
    by_party = {row.party: row for row in result.rows}
    assert by_party["AMANAT"].pass_probability == 1.0
    assert 30 <= by_party["AMANAT"].seats_50 <= 50
    assert by_party["BAITAK"].seats_95 <= 4
    for row in result.rows:
        assert row.seats_5 <= row.seats_50 <= row.seats_95
    assert 68 <= sum(row.seats_50 for row in result.rows) <= 70


def test_poll_csv_in_percent_or_respondents():
    poll = parse_poll_csv(["party,share", "A,60%", "B,30", "against_all,10"])
    assert poll.shares == {"A": Fraction(3, 5), "B": Fraction(3, 10)} and poll.against_all == Fraction(1, 10)
    counted = parse_poll_csv(["party,respondents", "A,600", "B,400"])
    assert counted.respondents == 1000


def test_a_poll_of_shares_needs_a_sample_size():
    with pytest.raises(ElectionError, match="pass --sample-size N"):
        project(load_rules("mazhilis-2023"), POLL, 10)


def test_a_poll_share_in_other_digits_is_an_error():
    with pytest.raises(ElectionError, match=r"row 2: share of 'B' is '٣٠', not a number"):
        parse_poll_csv(["party,share", "A,60", "B,٣٠"])


def test_poll_labels_are_matched_to_the_register():
    poll = parse_poll_csv(["party,share", "Amanat,60", "Zhana,40"])
    assert list(poll.shares) == ["AMANAT", "Zhana"]
    assert poll.warnings == ("not in the party register, kept as written: 'Zhana' (check the spelling of known parties)",)
    with pytest.raises(ElectionError, match="'AMANAT' appears twice"):
        parse_poll_csv(["party,share", "Amanat,60", "AMANAT,40"])


def test_project_takes_a_what_if_threshold():
    from typer.testing import CliRunner

    from saylau.cli import app

    poll = str(Path(__file__).resolve().parents[2] / "samples" / "results" / "poll-example.csv")
    args = ["project", "--rules", "mazhilis-2023", "--poll", poll, "--sims", "2000", "--seed", "3", "--sample-size", "1200"]
    runner = CliRunner()
    law = json.loads(runner.invoke(app, [*args, "--format", "json"]).stdout)
    what_if = json.loads(runner.invoke(app, [*args, "--threshold", "7", "--format", "json"]).stdout)
    assert (law["threshold"], what_if["threshold"]) == ("1/20", "7/100")
    nsdp = {row["party"]: row for row in what_if["parties"]}["NSDP"]  # polled at 5 %: out under 7 %
    assert nsdp["pass_probability"] < 0.05
    assert {row["party"]: row for row in law["parties"]}["NSDP"]["pass_probability"] > 0.3
    refused = runner.invoke(app, [*args, "--threshold", "150"])
    assert refused.exit_code == 1 and "between 0 and 100 %" in refused.output
