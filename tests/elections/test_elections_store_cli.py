"""`saylau results import` and `results show` over the store, through Typer's test runner."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from saylau.cli import app
from saylau.cli_results import data_row_lines
from saylau.reference import region_codes

REPO = Path(__file__).resolve().parents[2]
SYNTHETIC = REPO / "samples" / "results" / "mazhilis-2023-precincts-synthetic.csv"
HEADER = "ballot,region,district,precinct,registered,ballots_received,ballots_issued,ballots_cast,invalid,choice,party,votes"
CLEAN = (
    "list,KZ-71,D1,P1,1000,,600,600,10,AMANAT,,400",
    "list,KZ-71,D1,P1,1000,,600,600,10,AUYL,,190",
    "list,KZ-71,D1,P2,500,,200,200,0,AMANAT,,100",
    "list,KZ-71,D1,P2,500,,200,200,0,AUYL,,100",
)
runner = CliRunner()


def run(*args, **env):
    return runner.invoke(app, [str(a) for a in args], env=env or None)


def write(tmp_path: Path, name: str, *lines: str) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def show_json(url: str, level: str = "nation") -> dict:
    result = run("results", "show", "--election", "mazhilis-2023", "--level", level, "--db", url, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_import_reports_what_it_stored_and_a_second_import_stores_nothing(store_url):
    first = run("results", "import", SYNTHETIC, "--election", "mazhilis-2023", "--db", store_url)
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith(
        f"{SYNTHETIC}: 580 protocols of mazhilis-2023: 580 new, 0 replaced, 0 unchanged; 0 findings in this file ("
    )
    before = {level: show_json(store_url, level) for level in ("nation", "region", "district")}
    second = run("results", "import", SYNTHETIC, "--election", "mazhilis-2023", "--db", store_url)
    assert "0 new, 0 replaced, 580 unchanged" in second.stdout
    assert {level: show_json(store_url, level) for level in before} == before


@pytest.mark.parametrize("level", ["nation", "region", "district"])
def test_the_store_shows_what_the_file_shows(store_url, level):
    assert run("results", "import", SYNTHETIC, "--election", "mazhilis-2023", "--db", store_url).exit_code == 0
    from_file = run("results", "show", "--election", "mazhilis-2023", "--level", level, "--protocols", SYNTHETIC,
                    "--format", "json")  # fmt: skip
    assert show_json(store_url, level) == json.loads(from_file.stdout)


def test_the_stored_synthetic_sample_gives_the_official_2023_seats(store_url):
    run("results", "import", SYNTHETIC, "--election", "mazhilis-2023", "--db", store_url)
    data = show_json(store_url)
    assert data["list_seats"]["seats"] == {
        "AMANAT": 40, "AUYL": 8, "RESPUBLICA": 6, "AQ_JOL": 6, "NPK": 5, "NSDP": 4, "BAITAK": 0,
    }  # fmt: skip
    assert (data["registered"], data["ballots_issued"], data["turnout"]) == (12035578, 6521860, "3260930/6017789")
    assert data["findings"] == [] and sum(data["single_mandate"]["outcomes"].values()) == 29


# A file with one good protocol (P1) and three bad ones, each for a different reason.
MIXED = (
    "# comment", HEADER, "", *CLEAN[:2],
    *CLEAN[2:3], "list,KZ-71,D1,P2,500,,200,200,0,AUYL,,-7",  # line 7: a negative count
    "list,KZ-99,D1,P3,500,,200,200,0,AMANAT,,200",  # line 8: no such region
    "list,KZ-75,D1,P4,500,,200,200,0,AMANAT,,50", "list,KZ-75,D1,P4,500,,200,200,0,Zhana Partiya,,150",  # 10
)  # fmt: skip


def mixed_errors(path: Path) -> list[str]:
    return [
        f"error: {path}:7: votes for 'AUYL' is -7: a count cannot be negative",
        f"error: {path}:8: unknown region code 'KZ-99'; known: {', '.join(region_codes())}",
        f"error: {path}:10: list 'Zhana Partiya' is not on the ballot of mazhilis-2023 "
        "(its lists: AMANAT, AUYL, RESPUBLICA, NPK, BAITAK, AQ_JOL, NSDP)",
    ]


def test_each_bad_line_is_one_error_and_the_good_protocols_are_stored(tmp_path, store_url):
    path = write(tmp_path, "mixed.csv", *MIXED)
    result = run("results", "import", path, "--election", "mazhilis-2023", "--db", store_url)
    assert result.exit_code == 1  # as ingest: the good part is stored, the status says not all was
    assert result.stderr.splitlines() == mixed_errors(path)
    assert result.stdout.startswith(
        f"{path}: 1 protocols of mazhilis-2023: 1 new, 0 replaced, 0 unchanged; 3 left out for 3 bad lines; "
    )
    data = show_json(store_url)
    assert (data["protocols"], data["registered"]) == (1, 1000)  # P1 alone: no part of P2, KZ-99 or P4
    assert set(data["list_seats"]["seats"]) == {"AMANAT", "AUYL"}  # the unknown list gets no seat
    again = run("results", "import", path, "--election", "mazhilis-2023", "--db", store_url)
    assert "0 new, 0 replaced, 1 unchanged; 3 left out" in again.stdout and show_json(store_url) == data


def test_strict_refuses_the_whole_file_listing_every_bad_line(tmp_path, store_url):
    path = write(tmp_path, "mixed.csv", *MIXED)
    result = run("results", "import", path, "--election", "mazhilis-2023", "--strict", "--db", store_url)
    assert (result.exit_code, result.stdout) == (1, "")
    refused = f"error: {path}: 3 bad lines; nothing imported (--strict)"
    assert result.stderr.splitlines() == [*mixed_errors(path), refused]
    shown = run("results", "show", "--election", "mazhilis-2023", "--db", store_url)
    assert shown.exit_code == 1 and shown.stderr.startswith("saylau: no store at ")  # not even created


def test_a_strict_import_of_a_good_file_stores_it(tmp_path, store_url):
    path = write(tmp_path, "clean.csv", HEADER, *CLEAN)
    result = run("results", "import", path, "--election", "mazhilis-2023", "--strict", "--db", store_url)
    assert result.exit_code == 0 and "2 protocols of mazhilis-2023: 2 new" in result.stdout


def test_a_file_of_bad_lines_only_is_refused(tmp_path, store_url):
    path = write(tmp_path, "bad.csv", HEADER, "list,KZ-99,D1,P1,500,,200,200,0,AMANAT,,200")
    result = run("results", "import", path, "--election", "mazhilis-2023", "--db", store_url)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == f"error: {path}: 1 bad lines; nothing imported: no good protocol"


def test_show_refuses_a_protocols_file_with_bad_lines_listing_them(tmp_path):
    path = write(tmp_path, "mixed.csv", *MIXED)
    result = run("results", "show", "--election", "mazhilis-2023", "--protocols", path)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.splitlines()[:-1] == mixed_errors(path)


def test_a_100_percent_turnout_is_a_finding_of_the_import_and_of_show(tmp_path, store_url):
    path = write(tmp_path, "full.csv", HEADER, "list,KZ-71,D1,P1,300,,300,300,0,AMANAT,,300")
    result = run("results", "import", path, "--election", "mazhilis-2023", "--db", store_url)
    assert result.exit_code == 0 and "; 1 findings in this file" in result.stdout
    assert [(f["kind"], f["line"]) for f in show_json(store_url)["findings"]] == [("turnout_100", 2)]


def test_findings_name_the_protocol_file_and_line_across_imports(tmp_path, store_url):
    clean = write(tmp_path, "clean.csv", HEADER, *CLEAN)
    bad = write(tmp_path, "bad.csv", "# turnout over 100 % in P9", HEADER, "list,KZ-71,D2,P9,100,,120,120,0,AMANAT,,120")
    for path in (clean, bad):
        assert run("results", "import", path, "--election", "mazhilis-2023", "--db", store_url).exit_code == 0
    data = show_json(store_url)
    assert data["findings"] == [
        {"kind": "turnout_over_100", "protocol": "list protocol of KZ-71/D2/P9", "file": str(bad), "line": 3,
         "message": "120 ballots issued to 100 registered voters (120.0 %)"},
    ]  # fmt: skip
    table = run("results", "show", "--election", "mazhilis-2023", "--level", "region", "--db", store_url)
    assert f"  {bad}:3: list protocol of KZ-71/D2/P9: turnout_over_100: 120 ballots issued" in table.stdout


def test_a_corrected_file_replaces_only_the_protocols_it_changes(tmp_path, store_url):
    first = write(tmp_path, "first.csv", HEADER, *CLEAN)
    fixed = write(tmp_path, "fixed.csv", HEADER, *CLEAN[:2], "list,KZ-71,D1,P2,500,,200,200,0,AMANAT,,120",
                  "list,KZ-71,D1,P2,500,,200,200,0,AUYL,,80")  # fmt: skip
    run("results", "import", first, "--election", "mazhilis-2023", "--db", store_url)
    result = run("results", "import", fixed, "--election", "mazhilis-2023", "--db", store_url)
    assert "2 protocols of mazhilis-2023: 0 new, 1 replaced, 1 unchanged" in result.stdout
    assert show_json(store_url, "region")["units"][0]["votes"] == {"AMANAT": 520, "AUYL": 270}


def test_import_refuses_an_unknown_election_and_an_empty_file(tmp_path, store_url):
    unknown = run("results", "import", SYNTHETIC, "--election", "senate-2023", "--db", store_url)
    assert unknown.exit_code == 1 and unknown.stderr.startswith("error: unknown rules 'senate-2023'; known: ")
    empty = write(tmp_path, "empty.csv", HEADER)
    result = run("results", "import", empty, "--election", "mazhilis-2023", "--db", store_url)
    assert (result.exit_code, result.stderr) == (1, f"error: {empty}: no protocol rows under the header\n")


def test_show_takes_the_store_or_a_file_not_both(store_url):
    result = run("results", "show", "--election", "mazhilis-2023", "--db", store_url, "--protocols", SYNTHETIC)
    assert (result.exit_code, result.stderr) == (1, "error: give --protocols FILE.csv or --db URL, not both\n")


def test_show_uses_the_default_store_from_the_environment(tmp_path):
    url = f"sqlite:///{tmp_path / 'env.db'}"
    assert run("results", "import", SYNTHETIC, "--election", "mazhilis-2023", SAYLAU_DB=url).exit_code == 0
    result = run("results", "show", "--election", "mazhilis-2023", "--format", "json", SAYLAU_DB=url)
    assert json.loads(result.stdout)["protocols"] == 290


def test_file_findings_also_give_the_line_in_the_file(tmp_path):
    path = write(tmp_path, "p.csv", "# one comment", HEADER, *CLEAN[:2], "list,KZ-71,D1,P2,500,,200,260,0,AMANAT,,260")
    result = run("results", "show", "--election", "mazhilis-2023", "--protocols", path, "--format", "json")
    assert [(f["kind"], f["file"], f["line"]) for f in json.loads(result.stdout)["findings"]] == [
        ("cast_exceeds_issued", str(path), 5)
    ]


def test_data_rows_are_mapped_to_the_lines_they_start_on():
    lines = ["# comment", "a,b", "", "1,2", '3,"multi', 'line"', "  # indented comment", "5,6"]
    assert data_row_lines(lines) == [2, 4, 5, 8]
