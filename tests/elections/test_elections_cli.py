"""The `saylau seats`, `project` and `results show` commands through Typer's test runner."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from saylau.cli import app
from saylau.store import open_store

REPO = Path(__file__).resolve().parents[2]
OFFICIAL_2023 = REPO / "src" / "saylau" / "reference" / "data" / "results" / "mazhilis-2023.csv"
SYNTHETIC = REPO / "samples" / "results" / "mazhilis-2023-precincts-synthetic.csv"
runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "votes.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_seats_json_is_exact():
    result = run("seats", "--rules", "mazhilis-2023", "--votes", OFFICIAL_2023, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["seats"] == {"AMANAT": 40, "AUYL": 8, "RESPUBLICA": 6, "AQ_JOL": 6, "NPK": 5, "NSDP": 4, "BAITAK": 0}
    assert data["rules"] == "mazhilis-2023"
    assert data["passed"] == ["AMANAT", "AUYL", "RESPUBLICA", "AQ_JOL", "NPK", "NSDP"]
    assert data["quota"] == "1990573/23"  # 5971719/69 in lowest terms
    assert data["ties"] == []
    assert data["threshold"] == "1/20" and data["threshold_base"] == 6366441 and data["against_all"] == 248291
    assert data["parties"][0] == {
        "party": "AMANAT", "votes": 3431510, "share": "3431510/6366441", "passed": True, "admitted": True,
        "quotient": "78924730/1990573", "integer_seats": 39, "remainder": "1292383/1990573",
        "remainder_seats": 1, "moved_seats": 0, "seats": 40,
    }  # fmt: skip


def test_seats_json_with_free_text_labels_and_extra_columns(tmp_path):
    votes = write(tmp_path, "party,votes,comment\n«Ақ жол»,600,x\nПартия Б,400,y\n")
    data = json.loads(run("seats", "--rules", "mazhilis-2023", "--votes", votes, "--seats", "10", "--format", "json").stdout)
    assert data["seats"] == {"«Ақ жол»": 6, "Партия Б": 4}
    assert data["notes"] == ["no against_all row: the threshold base counts the lists only"]


def test_seats_table_shows_the_quota_and_the_seats():
    result = run("seats", "--rules", "mazhilis-2023", "--votes", OFFICIAL_2023)
    assert result.exit_code == 0
    assert "quota 1990573/23 = 86546.6522" in result.stdout
    assert "NSDP" in result.stdout and "against all" in result.stdout


def test_seats_table_shows_the_runner_up_minimum_as_moved_seats(tmp_path):
    result = run("seats", "--rules", "mazhilis-2021", "--votes", write(tmp_path, "party,votes\nA,9900\nB,30\nC,20\n"))
    assert result.exit_code == 0, result.output
    header = next(line for line in result.stdout.splitlines() if "rem. seat" in line)
    assert [cell.strip() for cell in header.split("┃")[1:-1]][-3:] == ["rem. seat", "moved", "seats"]
    rows = {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[1:-1]] for line in result.stdout.splitlines() if line.startswith("│")}
    assert rows["A"][-3:] == ["1", "-2", "96"] and rows["B"][-3:] == ["0", "+2", "2"]
    assert "-1" not in result.stdout


@pytest.mark.parametrize(
    "text, message",
    [
        ("name,votes\nA,1\n", "no column 'party' (found: name, votes); the file needs columns party,votes"),
        ("party,count\nA,1\n", "no column 'votes' (found: party, count); the file needs columns party,votes"),
        ("party,votes\nA,10\nB,-5\n", "row 2: votes for 'B' is -5: a count cannot be negative"),
        ("party,votes\nA,10\nB,2.5\n", "row 2: votes for 'B' is '2.5', not a whole number"),
        ("party,votes\nA,10\nB,5\nA,3\n", "row 3: party 'A' appears twice (first in row 1); give each list one row"),
        ("party,votes\nA,12²\nB,5\n", "row 1: votes for 'A' is '12²': write counts with the digits 0-9 only"),
        ("party,votes\nA,10\nB,١٢\n", "row 2: votes for 'B' is '١٢': write counts with the digits 0-9 only"),
        (
            "party,votes\nAmanat,10\nB,5\nAMANAT,3\n",
            "row 3: party 'AMANAT' appears twice (first in row 1 as 'Amanat'); give each list one row",
        ),
        (
            "party,votes\nNUR_OTAN,10\nNur Otan,3\n",
            "row 2: party 'Nur Otan' appears twice (first in row 1 as 'NUR_OTAN'); give each list one row",
        ),
    ],
)
def test_seats_input_errors_are_one_line(tmp_path, text, message):
    votes = write(tmp_path, text)
    result = run("seats", "--rules", "mazhilis-2023", "--votes", votes)
    assert result.exit_code == 1
    assert result.stderr == f"error: {votes}: {message}\n"
    assert result.stdout == ""


def test_party_labels_are_matched_to_the_register_and_unknown_ones_are_warned_about(tmp_path):
    votes = write(tmp_path, "party,votes\nAmanat,600\naq-jol,300\nKNPK,50\nZhana Partiya,50\n")
    result = run("seats", "--rules", "mazhilis-2023", "--votes", votes, "--seats", "10", "--format", "json")
    assert result.exit_code == 0, result.output
    assert list(json.loads(result.stdout)["seats"]) == ["AMANAT", "AQ_JOL", "KNPK", "Zhana Partiya"]  # KNPK: a former name
    assert result.stderr == (
        "warning: not in the party register, kept as written: 'Zhana Partiya' (check the spelling of known parties)\n"
    )


def test_more_seats_than_votes_is_warned_about(tmp_path):
    votes = write(tmp_path, "party,votes\nAMANAT,3\nAUYL,2\n")
    result = run("seats", "--rules", "mazhilis-2023", "--votes", votes, "--seats", "100", "--format", "json")
    assert result.exit_code == 0, result.output
    message = "100 seats for 5 votes of the lists that take part: fewer votes than seats; check the counts and the seat number"
    assert json.loads(result.stdout)["warnings"] == [message]
    assert result.stderr == f"warning: {message}\n"


def test_the_official_2023_votes_give_no_warning():
    result = run("seats", "--rules", "mazhilis-2023", "--votes", OFFICIAL_2023, "--format", "json")
    assert result.stderr == "" and json.loads(result.stdout)["warnings"] == []


@pytest.mark.parametrize(
    "option, message",
    [
        (("--seed", "-1"), "--seed must be 0 or more, not -1"),
        (("--sample-size", "0"), "--sample-size must be 1 or more, not 0"),
        (("--sample-size", "-5"), "--sample-size must be 1 or more, not -5"),
    ],
)
def test_project_bad_options_are_one_line(tmp_path, option, message):
    poll = tmp_path / "poll.csv"
    poll.write_text("party,share\nAMANAT,60\nAUYL,40\n", encoding="utf-8")
    result = run("project", "--rules", "mazhilis-2023", "--poll", poll, "--sims", "10", "--sample-size", "100", *option)
    assert (result.exit_code, result.stderr, result.stdout) == (1, f"error: {message}\n", "")


def test_an_absurd_threshold_is_one_line():
    result = run("seats", "--rules", "mazhilis-2023", "--votes", OFFICIAL_2023, "--threshold", "1e999")
    assert (result.exit_code, result.stderr) == (1, "error: a threshold must be between 0 and 100 %, not over 10^9 %\n")


def test_an_unknown_rules_id_lists_the_known_ones():
    result = run("seats", "--rules", "mazhilis-2024", "--votes", OFFICIAL_2023)
    assert result.exit_code == 1
    assert result.stderr == (
        "error: unknown rules 'mazhilis-2024'; known: maslikhat-2021, maslikhat-2023, mazhilis-2004, mazhilis-2007, "
        "mazhilis-2012, mazhilis-2016, mazhilis-2021, mazhilis-2023\n"
    )


def test_a_missing_votes_file_is_one_line(tmp_path):
    result = run("seats", "--rules", "mazhilis-2023", "--votes", tmp_path / "nope.csv")
    assert (result.exit_code, result.stderr) == (1, f"error: {tmp_path / 'nope.csv'}: no such file\n")


def test_seats_what_if_threshold():
    result = run("seats", "--rules", "mazhilis-2023", "--votes", OFFICIAL_2023, "--threshold", "7", "--format", "json")
    assert json.loads(result.stdout)["seats"]["NPK"] == 0


def test_project_json_is_reproducible(tmp_path):
    poll = tmp_path / "poll.csv"
    poll.write_text("party,respondents\nA,500\nB,300\nC,45\nagainst_all,40\n", encoding="utf-8")
    args = ("project", "--rules", "mazhilis-2023", "--poll", poll, "--sims", "3000", "--seed", "5", "--format", "json")
    first, second = run(*args), run(*args)
    assert first.exit_code == 0, first.output
    assert first.stdout == second.stdout
    data = json.loads(first.stdout)
    assert [row["party"] for row in data["parties"]] == ["A", "B", "C"]
    assert data["respondents"] == 885


def test_results_show_nation_from_synthetic_protocols():
    result = run("results", "show", "--election", "mazhilis-2023", "--protocols", SYNTHETIC, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["list_seats"]["seats"]["AMANAT"] == 40
    assert data["registered"] == 12035578 and data["findings"] == []
    assert sum(data["single_mandate"]["outcomes"].values()) == 29


def test_results_show_region_shares_are_of_the_threshold_base_as_in_the_seats_table(tmp_path):
    protocols = tmp_path / "protocols.csv"
    protocols.write_text(
        "ballot,region,district,precinct,registered,ballots_received,ballots_issued,ballots_cast,invalid,choice,party,votes\n"
        "list,KZ-71,D1,P1,1000,1000,600,600,10,AMANAT,,400\n"
        "list,KZ-71,D1,P1,1000,1000,600,600,10,AUYL,,150\n"
        "list,KZ-71,D1,P1,1000,1000,600,600,10,against_all,,40\n",
        encoding="utf-8",
    )
    result = run("results", "show", "--election", "mazhilis-2023", "--level", "region", "--protocols", protocols)
    assert result.exit_code == 0, result.output
    assert "AMANAT 67.8 %" in result.stdout  # 400 of 590 (lists + against all), not 400 of 600 cast
    assert "leading list: % of the votes for lists + against all" in result.stdout


def test_results_show_district_level_table():
    result = run("results", "show", "--election", "mazhilis-2023", "--level", "district", "--protocols", SYNTHETIC)
    assert result.exit_code == 0 and "D29" in result.stdout


def test_results_show_without_stored_protocols_says_how_to_import_them(tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    open_store(url).close()
    result = runner.invoke(app, ["results", "show", "--election", "mazhilis-2023"], env={"SAYLAU_DB": url})
    assert result.exit_code == 1
    assert "no protocols of mazhilis-2023 are stored (stored: none)" in result.stderr
    assert "run `saylau results import FILE.csv --election mazhilis-2023` or pass --protocols FILE.csv" in result.stderr


def test_results_show_refuses_a_store_that_does_not_exist_and_creates_none(tmp_path):
    path = tmp_path / "typo.db"
    result = run("results", "show", "--election", "mazhilis-2023", "--db", f"sqlite:///{path}")
    assert result.exit_code == 1
    assert result.stderr == (
        f"saylau: no store at sqlite:///{path}; "
        "run `saylau results import FILE.csv --election mazhilis-2023` or pass --protocols FILE.csv\n"
    )
    assert not path.exists()
