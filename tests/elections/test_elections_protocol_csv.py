"""Reading protocol files: every bad line named, good protocols kept, the election's registers enforced."""
import pytest

from saylau.elections import load_rules
from saylau.elections.protocol_csv import LineError, parse_protocols_csv, read_protocols_csv
from saylau.errors import ElectionError
from saylau.reference import region_codes

HEADER = "ballot,region,district,precinct,registered,ballots_received,ballots_issued,ballots_cast,invalid,choice,party,votes"
MAZHILIS_2023 = load_rules("mazhilis-2023")


def read(*rows: str, election: str | None = "mazhilis-2023"):
    return read_protocols_csv([HEADER, *rows], "test.csv", load_rules(election) if election else None)


def labels(result) -> list[str]:
    return [p.label for p in result.protocols]


def test_every_bad_line_is_an_error_and_its_protocol_is_left_out_whole():
    result = read(
        "list,KZ-71,D1,P1,100,,50,50,0,AMANAT,,30",
        "list,KZ-71,D1,P1,100,,50,50,0,AUYL,,20",
        "list,KZ-71,D1,P2,100,,50,50,0,AMANAT,,3.5",  # P2 loses both lines for this one
        "list,KZ-71,D1,P2,100,,50,50,0,AUYL,,20",
        "list,KZ-71,D1,P3,100,,40,40,0,AMANAT,,-1",
        "list,KZ-75,D1,P1,100,,10,10,0,AMANAT,,10",
    )
    assert result.errors == [
        LineError(3, "votes for 'AMANAT' is '3.5', not a whole number"),
        LineError(5, "votes for 'AMANAT' is -1: a count cannot be negative"),
    ]
    assert labels(result) == ["list protocol of KZ-71/D1/P1", "list protocol of KZ-75/D1/P1"]
    assert result.left_out == ("list protocol of KZ-71/D1/P2", "list protocol of KZ-71/D1/P3")
    assert result.protocols[0].votes == {"AMANAT": 30, "AUYL": 20}


def test_a_region_missing_from_the_register_is_an_error_on_each_of_its_lines():
    result = read("list,KZ-99,D1,P1,100,,50,50,0,AMANAT,,30", "list,KZ-99,D1,P1,100,,50,50,0,AUYL,,20",
                  "list,KZ-71,D1,P1,100,,50,50,0,AMANAT,,50")  # fmt: skip
    assert [e.row for e in result.errors] == [1, 2]
    assert result.errors[0].reason == f"unknown region code 'KZ-99'; known: {', '.join(region_codes())}"
    assert labels(result) == ["list protocol of KZ-71/D1/P1"]
    assert result.left_out == ("list protocol of KZ-99/D1/P1",)


def test_a_region_code_in_lower_case_is_the_register_s_code():
    assert labels(read("list,kz-71,D1,P1,100,,50,50,0,AMANAT,,50")) == ["list protocol of KZ-71/D1/P1"]


def test_a_list_that_is_not_on_the_election_s_ballot_is_an_error():
    result = read("list,KZ-71,D1,P1,100,,50,50,0,AMANAT,,20", "list,KZ-71,D1,P1,100,,50,50,0,Zhana Partiya,,30")
    assert result.errors == [
        LineError(2, "list 'Zhana Partiya' is not on the ballot of mazhilis-2023 "
                     "(its lists: AMANAT, AUYL, RESPUBLICA, NPK, BAITAK, AQ_JOL, NSDP)"),
    ]  # fmt: skip
    assert result.protocols == []


def test_a_party_of_the_register_that_was_not_on_that_ballot_is_an_error_too():
    (error,) = read("list,KZ-71,D1,P1,100,,50,50,0,RESPUBLICA,,50", election="mazhilis-2021").errors
    assert error.reason.startswith("list 'RESPUBLICA' is not on the ballot of mazhilis-2021")


def test_a_list_is_matched_to_the_ballot_by_any_name_the_register_knows_and_spelt_as_the_ballot_spells_it():
    result = read("list,KZ-71,D1,P1,100,,50,50,0,Nur Otan,,40", "list,KZ-71,D1,P1,100,,50,50,0,Aq Zhol,,10",
                  election="mazhilis-2021")  # fmt: skip
    assert result.errors == [] and result.protocols[0].votes == {"NUR_OTAN": 40, "AQ_JOL": 10}


def test_without_lists_in_the_rules_any_party_of_the_register_is_a_list():
    result = read("list,KZ-71,,,100,,50,50,0,AMANAT,,40", "list,KZ-75,,,100,,50,50,0,Partiya X,,50",
                  election="maslikhat-2023")  # fmt: skip
    assert labels(result) == ["list protocol of KZ-71"]
    assert result.errors == [
        LineError(2, "list 'Partiya X' is not a party of the register; write the party's code, e.g. AMANAT")
    ]


def test_a_ballot_the_election_does_not_have_is_an_error():
    (error,) = read("district,KZ-71,D1,P1,100,,50,50,0,Ivanova,AMANAT,50", election="mazhilis-2021").errors
    assert error == LineError(1, "mazhilis-2021 has no district ballot (its ballots: list)")


def test_a_line_whose_ballot_cannot_be_read_leaves_out_every_ballot_of_its_unit():
    result = read(
        "list,KZ-71,D1,P1,100,,50,50,0,AMANAT,,50",
        "district,KZ-71,D1,P1,100,,50,50,0,Ivanova,,30",
        "distirct,KZ-71,D1,P1,100,,50,50,0,Seitkali,,20",
        "list,KZ-71,D1,P2,100,,50,50,0,AMANAT,,50",
    )
    assert result.errors == [LineError(3, "ballot is 'distirct'; known: list, district")]
    assert labels(result) == ["list protocol of KZ-71/D1/P2"]
    assert result.left_out == ("list protocol of KZ-71/D1/P1", "district protocol of KZ-71/D1/P1")


def test_without_rules_only_the_form_of_the_lines_is_checked():
    result = read("list,KZ-99,D1,P1,100,,50,50,0,A,,50", election=None)
    assert result.errors == [] and result.protocols[0].votes == {"A": 50}


def test_the_strict_form_raises_the_first_error_with_its_row():
    with pytest.raises(ElectionError) as error:
        parse_protocols_csv([HEADER, "list,KZ-71,D1,P1,100,,50,50,0,AMANAT,,50", "list,KZ-98,D1,P2,1,,1,1,0,AUYL,,1",
                             "list,KZ-99,D1,P3,1,,1,1,0,AUYL,,1"], "test.csv", MAZHILIS_2023)  # fmt: skip
    assert str(error.value).startswith("test.csv: row 2: unknown region code 'KZ-98'; known: KZ-10")
