"""Protocols: reading, sums by level, turnout, district winners, and consistency findings."""
from fractions import Fraction
from pathlib import Path

import pytest

from saylau.elections import allocate_list_seats, load_rules
from saylau.elections.consistency import check_protocols
from saylau.elections.protocol_csv import parse_protocols_csv
from saylau.elections.results import aggregate, single_mandate_results
from saylau.errors import ElectionError

REPO = Path(__file__).resolve().parents[2]
SYNTHETIC = REPO / "samples" / "results" / "mazhilis-2023-precincts-synthetic.csv"
HEADER = "ballot,region,district,precinct,registered,ballots_received,ballots_issued,ballots_cast,invalid,choice,party,votes"


def protocols(*rows: str):
    return parse_protocols_csv([HEADER, *rows], "test.csv")


# Two precincts of one district, both ballots, numbers that add up.
CLEAN = (
    "list,KZ-71,D1,P1,1000,1000,600,600,10,A,,400",
    "list,KZ-71,D1,P1,1000,1000,600,600,10,B,,150",
    "list,KZ-71,D1,P1,1000,1000,600,600,10,against_all,,40",
    "list,KZ-71,D1,P2,500,,200,200,0,A,,100",
    "list,KZ-71,D1,P2,500,,200,200,0,B,,90",
    "list,KZ-71,D1,P2,500,,200,200,0,against_all,,10",
    "district,KZ-71,D1,P1,1000,1000,600,600,20,Ivanova,A,300",
    "district,KZ-71,D1,P1,1000,1000,600,600,20,Seitkali,,250",
    "district,KZ-71,D1,P1,1000,1000,600,600,20,against_all,,30",
    "district,KZ-71,D1,P2,500,,200,200,0,Ivanova,A,90",
    "district,KZ-71,D1,P2,500,,200,200,0,Seitkali,,100",
    "district,KZ-71,D1,P2,500,,200,200,0,against_all,,10",
)


def test_a_protocol_is_one_ballot_of_one_unit():
    parsed = protocols(*CLEAN)
    assert len(parsed) == 4
    first = parsed[0]
    assert (first.ballot, first.level, first.registered, first.ballots_received) == ("list", "precinct", 1000, 1000)
    assert first.votes == {"A": 400, "B": 150} and first.against_all == 40
    assert parsed[1].ballots_received is None


def test_aggregation_to_nation_and_turnout():
    nation = aggregate(protocols(*CLEAN), "nation")[0]
    assert (nation.registered, nation.ballots_issued, nation.protocols) == (1500, 800, 2)
    assert nation.votes == {"A": 500, "B": 240} and nation.against_all == 50
    assert nation.turnout == Fraction(800, 1500)


def test_single_mandate_winner_with_party():
    (district,) = single_mandate_results(protocols(*CLEAN))
    assert (district.outcome.status, district.outcome.winner, district.party) == ("elected", "Ivanova", "A")
    assert (district.outcome.votes, district.margin) == (390, 40)


def test_an_against_all_lead_in_a_district_is_reported():
    rows = [
        "district,KZ-75,D9,P1,100,,90,90,0,X,,30",
        "district,KZ-75,D9,P1,100,,90,90,0,Y,,20",
        "district,KZ-75,D9,P1,100,,90,90,0,against_all,,40",
    ]
    (district,) = single_mandate_results(protocols(*rows))
    assert (district.outcome.status, district.outcome.winner, district.outcome.votes) == ("against_all_leads", None, 40)


def test_clean_protocols_have_no_findings():
    assert check_protocols(protocols(*CLEAN)) == []


def kinds(*rows):
    return [(f.kind, f.protocol, f.line) for f in check_protocols(protocols(*rows))]


def test_turnout_over_100_percent_is_a_finding():
    assert kinds("list,KZ-71,D1,P1,100,,120,120,0,A,,120") == [
        ("turnout_over_100", "list protocol of KZ-71/D1/P1", 1)
    ]


def test_a_ballot_issued_to_every_registered_voter_is_a_finding():
    found = check_protocols(protocols("list,KZ-71,D1,P1,100,,100,100,0,A,,100", "list,KZ-71,D1,P2,100,,99,99,0,A,,99"))
    assert [(f.kind, f.protocol, f.message) for f in found] == [
        ("turnout_100", "list protocol of KZ-71/D1/P1",
         "a ballot issued to every one of the 100 registered voters (100 % turnout)"),
    ]  # fmt: skip


def test_a_choice_with_more_votes_than_valid_ballots_is_a_finding():
    found = check_protocols(protocols("list,KZ-71,D1,P1,100,,50,50,10,A,,45", "list,KZ-71,D1,P1,100,,50,50,10,B,,0"))
    assert [(f.kind, f.message) for f in found if f.kind == "choice_exceeds_valid"] == [
        ("choice_exceeds_valid", "A 45 votes, but 40 valid ballots (cast 50 - invalid 10)")
    ]


def test_precincts_with_identical_counts_are_a_finding():
    rows = [
        "list,KZ-71,D1,P1,900,,500,500,5,A,,300", "list,KZ-71,D1,P1,900,,500,500,5,B,,195",
        "list,KZ-71,D1,P2,900,,500,500,5,B,,195", "list,KZ-71,D1,P2,900,,500,500,5,A,,300",  # P1 copied
        "list,KZ-71,D1,P3,900,,500,500,5,A,,301", "list,KZ-71,D1,P3,900,,500,500,5,B,,194",  # one vote apart
        "list,KZ-71,D1,P4,10,,0,0,0,A,,0", "list,KZ-71,D1,P5,10,,0,0,0,A,,0",  # no ballot issued: not compared
    ]  # fmt: skip
    found = check_protocols(protocols(*rows))
    assert [(f.kind, f.protocol, f.line, f.message) for f in found] == [
        ("identical_counts", "list protocol of KZ-71/D1/P2", 3,
         "every number equals the list protocol of KZ-71/D1/P1's"),
    ]  # fmt: skip


def test_a_district_summary_equal_to_its_one_precinct_is_not_a_copy():
    rows = ["list,KZ-71,D1,P1,900,,500,500,0,A,,500", "list,KZ-71,D1,,900,,500,500,0,A,,500"]
    assert check_protocols(protocols(*rows)) == []


def test_more_ballots_cast_than_issued_is_a_finding():
    found = check_protocols(protocols("list,KZ-71,D1,P1,100,,50,60,0,A,,60"))
    assert [(f.kind, f.message) for f in found] == [("cast_exceeds_issued", "60 ballots cast but 50 issued")]


def test_votes_that_do_not_add_up_are_a_finding():
    found = check_protocols(protocols("list,KZ-71,D1,P1,100,,50,50,2,A,,40", "list,KZ-71,D1,P1,100,,50,50,2,B,,5"))
    assert [(f.kind, f.message) for f in found] == [
        ("votes_do_not_add_up", "votes 45 (against all included) + invalid 2 = 47, but 50 ballots cast")
    ]


def test_more_issued_than_received_is_a_finding():
    assert [k for k, _, _ in kinds("list,KZ-71,D1,P1,100,40,50,50,0,A,,50")] == ["issued_exceeds_received"]


def test_lines_of_one_protocol_that_disagree_are_a_finding():
    found = check_protocols(protocols("list,KZ-71,D1,P1,100,,50,50,0,A,,30", "list,KZ-71,D1,P1,101,,50,50,0,B,,20"))
    assert [(f.kind, f.message) for f in found] == [("header_conflict", "its lines disagree on registered")]


def test_a_summary_that_differs_from_its_precincts_is_a_finding_and_is_not_double_counted():
    rows = [
        *CLEAN[:6],
        "list,KZ-71,D1,,1500,,800,800,10,A,,510",  # the district commission wrote 510 for A, not 500
        "list,KZ-71,D1,,1500,,800,800,10,B,,240",
        "list,KZ-71,D1,,1500,,800,800,10,against_all,,50",
    ]
    found = check_protocols(protocols(*rows))
    assert [(f.kind, f.protocol, f.line, f.message) for f in found] == [
        ("summary_mismatch", "list protocol of KZ-71/D1", 7, "differs from the sum of its 2 protocols: A 510 vs 500"),
        ("votes_do_not_add_up", "list protocol of KZ-71/D1", 7,
         "votes 800 (against all included) + invalid 10 = 810, but 800 ballots cast"),
    ]  # fmt: skip
    assert aggregate(protocols(*rows), "nation")[0].votes == {"A": 500, "B": 240}


def test_two_ballots_of_one_precinct_with_different_voter_counts_are_a_finding():
    rows = ["list,KZ-71,D1,P1,100,,50,50,0,A,,50", "district,KZ-71,D1,P1,99,,50,50,0,X,,50"]
    assert [k for k, _, _ in kinds(*rows)] == ["registered_differs"]


@pytest.mark.parametrize(
    "row, message",
    [
        ("list,KZ-71,D1,P1,100,,50,50,0,A,,-3", "test.csv: row 1: votes for 'A' is -3: a count cannot be negative"),
        ("list,KZ-71,D1,P1,100,,50,50,0,A,,3.5", "test.csv: row 1: votes for 'A' is '3.5', not a whole number"),
        ("senate,KZ-71,D1,P1,100,,50,50,0,A,,3", "test.csv: row 1: ballot is 'senate'; known: list, district"),
        ("list,KZ-71,,P1,100,,50,50,0,A,,3", "test.csv: row 1: a precinct needs its district and a district its region"),
        ("list,KZ-71,D1,P1,100,,50,50,0,A,,4²", "test.csv: row 1: votes for 'A' is '4²': write counts with the digits 0-9 only"),
        ("list,KZ-71,D1,P1,100,,50,50,0,A,,٤٠", "test.csv: row 1: votes for 'A' is '٤٠': write counts with the digits 0-9 only"),
        ("list,KZ-71,D1,P1,١٠٠,,50,50,0,A,,3", "test.csv: row 1: registered is '١٠٠': write counts with the digits 0-9 only"),
    ],
)
def test_unreadable_protocol_lines_are_errors(row, message):
    with pytest.raises(ElectionError) as error:
        protocols(row)
    assert str(error.value) == message


def test_a_missing_column_is_named():
    with pytest.raises(ElectionError, match="no column 'invalid'"):
        parse_protocols_csv(["ballot,region,district,precinct,registered,ballots_issued,ballots_cast,choice,votes"])


def test_the_synthetic_sample_sums_to_the_official_2023_figures_and_seats():
    parsed = parse_protocols_csv(SYNTHETIC.read_text(encoding="utf-8").splitlines(), SYNTHETIC.name)
    nation = aggregate(parsed, "nation")[0]
    assert (nation.registered, nation.ballots_issued, nation.against_all) == (12_035_578, 6_521_860, 248_291)
    assert nation.votes == {
        "AMANAT": 3431510, "AUYL": 693938, "RESPUBLICA": 547154, "AQ_JOL": 535139, "NPK": 432920,
        "NSDP": 331058, "BAITAK": 146431,
    }  # fmt: skip
    assert round(nation.turnout * 10000) == 5419  # 54.19 %
    seats = allocate_list_seats(load_rules("mazhilis-2023"), nation.vote_count()).seats
    assert seats == {"AMANAT": 40, "AUYL": 8, "RESPUBLICA": 6, "AQ_JOL": 6, "NPK": 5, "NSDP": 4, "BAITAK": 0}
    assert check_protocols(parsed) == []
    assert len(aggregate(parsed, "region")) == 20
    assert len(single_mandate_results(parsed)) == 29


def test_list_labels_that_differ_only_in_case_are_one_list_across_protocols():
    parsed = protocols(
        "list,KZ-71,D1,P1,100,,50,50,0,Amanat,,30",
        "list,KZ-71,D1,P1,100,,50,50,0,B,,20",
        "list,KZ-71,D1,P2,100,,50,50,0,AMANAT,,35",
        "list,KZ-71,D1,P2,100,,50,50,0,b,,15",
    )
    assert aggregate(parsed, "nation")[0].votes == {"AMANAT": 65, "B": 35}


def test_a_list_named_twice_in_one_protocol_by_case_is_an_error():
    with pytest.raises(ElectionError, match="'AMANAT' appears twice"):
        protocols("list,KZ-71,D1,P1,100,,50,50,0,Amanat,,30", "list,KZ-71,D1,P1,100,,50,50,0,AMANAT,,20")
