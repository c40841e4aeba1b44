"""The whole chamber (list + district seats) and the rules of every election since 2004."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from saylau.cli import app
from saylau.elections import allocate_list_seats, load_rules, parse_votes_csv
from saylau.elections.chamber import (
    SELF,
    chamber_seats,
    choose_district_seats,
    parse_district_totals_csv,
    parse_districts_csv,
    seats_from_totals,
)
from saylau.elections.official import official_results, packaged_districts
from saylau.errors import ElectionError

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "elections"
OFFICIAL_2023 = REPO / "src" / "saylau" / "reference" / "data" / "results" / "mazhilis-2023.csv"
runner = CliRunner()

# The 98 seats of the 2023 Mazhilis per party: AMANAT 62 of 98 (CEC deputy chair K. Petrov,
# RIA Novosti, 27 March 2023, https://ria.ru/amp/20230327/kazakhstan-1860851192.html); the other
# parties' totals and so the 7 self-nominated winners from the Wikipedia infobox of "2023 Kazakh
# legislative election"; list seats from the CEC final results of 27 March 2023.
OFFICIAL_CHAMBER_2023 = {
    "AMANAT": 62, "AUYL": 8, "RESPUBLICA": 6, "AQ_JOL": 6, "NPK": 5, "NSDP": 4, "BAITAK": 0, SELF: 7,
}  # fmt: skip


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def official_list_outcome():
    return allocate_list_seats(load_rules("mazhilis-2023"), parse_votes_csv(lines(official_results()["mazhilis-2023"])))


def packaged_2023():
    winners, totals = packaged_districts("mazhilis-2023")
    return parse_districts_csv(lines(winners), winners.name), parse_district_totals_csv(lines(totals), totals.name)


def test_the_2023_chamber_gives_the_official_98_seats_per_party():
    winners, totals = packaged_2023()
    chamber = chamber_seats("mazhilis-2023", official_list_outcome(), choose_district_seats(29, winners, totals))
    assert chamber.seats == OFFICIAL_CHAMBER_2023
    assert (chamber.total, chamber.undecided_districts, chamber.district_origin) == (98, 0, "per-party totals")


def test_the_packaged_districts_file_lists_29_districts_and_a_source_for_every_winner():
    winners, _ = packaged_2023()
    assert [w.district for w in winners] == [str(n) for n in range(1, 30)]
    named = [w for w in winners if w.winner]
    assert all(w.source and w.source.startswith("http") for w in named)
    assert {w.party for w in named} <= set(OFFICIAL_CHAMBER_2023)


def test_seats_prints_the_chamber_table_for_a_mixed_election():
    result = run("seats", "--election", "mazhilis-2023", "--votes", OFFICIAL_2023)
    assert result.exit_code == 0, result.output
    assert "chamber of 69 list + 29 district seats" in result.stdout
    rows = {}
    for line in result.stdout.splitlines():
        cells = [cell.strip() for cell in line.strip("│ ").split("│")]
        if len(cells) == 4:
            rows[cells[0]] = cells[1:]
    assert rows["AMANAT"] == ["40", "22", "62"] and rows["SELF"] == ["0", "7", "7"] and rows["total"] == ["69", "29", "98"]
    assert "winners named for 8 of 29 districts, seats per party sourced" in result.stdout


def test_seats_json_carries_the_chamber():
    result = run("seats", "--election", "mazhilis-2023", "--votes", OFFICIAL_2023, "--format", "json")
    chamber = json.loads(result.stdout)["chamber"]
    assert chamber["seats"] == OFFICIAL_CHAMBER_2023
    assert (chamber["seats_total"], chamber["list_seats"], chamber["district_seats"]) == (98, 69, 29)
    assert len(chamber["districts"]) == 29 and chamber["districts"][2] == {
        "district": "3", "region": "KZ-75", "area": "Alatau and Auezov districts of Almaty", "winner": "Ermurat Bapi",
        "party": SELF, "source": "https://en.wikipedia.org/wiki/Kazakhstan%27s_3rd_electoral_district",
    }  # fmt: skip
    assert chamber["districts"][1]["winner"] is None and chamber["districts"][1]["source"] is None


def test_a_districts_file_that_names_every_winner_is_used_as_it_is(tmp_path):
    rows = ["district,winner,party,source"] + [
        f"{n},Candidate {n},{'Amanat' if n <= 20 else 'self-nominated'},https://example.org/{n}" for n in range(1, 30)
    ]
    path = tmp_path / "districts.csv"
    path.write_text("\n".join(rows), encoding="utf-8")
    result = run("seats", "--election", "mazhilis-2023", "--votes", OFFICIAL_2023, "--districts", path, "-f", "json")
    chamber = json.loads(result.stdout)["chamber"]
    assert (chamber["seats"]["AMANAT"], chamber["seats"][SELF], chamber["district_seats_from"]) == (60, 9, "districts file")


def test_districts_a_file_leaves_open_are_undecided_not_given_to_anyone(tmp_path):
    path = tmp_path / "districts.csv"
    path.write_text("district,winner,party,source\n1,A,AMANAT,x\n2,,,\n", encoding="utf-8")
    result = run("seats", "--election", "mazhilis-2023", "--votes", OFFICIAL_2023, "--districts", path, "-f", "json")
    chamber = json.loads(result.stdout)["chamber"]
    assert (chamber["seats"]["AMANAT"], chamber["undecided_districts"]) == (41, 28)
    assert result.stderr == "warning: the districts file lists 2 districts; the law has 29\n"


@pytest.mark.parametrize(
    "text, message",
    [
        ("district,winner,party,source\n1,A,,x\n", "district 1 names a winner without a party (write SELF for self-nominated)"),
        ("district,winner,party,source\n1,,AMANAT,\n", "district 1 names a party without a winner"),
        ("district,winner,party,source\n1,A,AMANAT,\n", "district 1: a winner needs its source"),
        ("district,winner,party,source\n1,A,AMANAT,x\n1,B,AMANAT,y\n", "district 1 is listed twice"),
        ("district,name\n1,A\n", "no column 'winner', 'party'"),
    ],
)
def test_a_bad_districts_file_is_one_line(tmp_path, text, message):
    path = tmp_path / "d.csv"
    path.write_text(text, encoding="utf-8")
    result = run("seats", "--election", "mazhilis-2023", "--votes", OFFICIAL_2023, "--districts", path)
    assert result.exit_code == 1
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_named_winners_beyond_a_party_s_total_are_an_error():
    winners = parse_districts_csv(["district,winner,party,source", "1,A,NSDP,x"])
    with pytest.raises(ElectionError, match=r"more winners than the per-party totals allow: NSDP \(1 named, total 0\)"):
        seats_from_totals({"AMANAT": 22, SELF: 7}, 29, winners)


def test_an_election_without_districts_has_no_chamber_table():
    result = run("seats", "--election", "mazhilis-2021", "--votes", REPO / "src/saylau/reference/data/results/mazhilis-2021.csv")
    assert result.exit_code == 0 and "chamber" not in result.stdout


# -- maslikhats: per council ------------------------------------------------------------------


def test_seats_for_a_maslikhat_council_adds_its_districts_as_undecided():
    path = DATA / "maslikhat-2023-almaty-list.csv"
    result = run("seats", "--election", "maslikhat-2023", "--council", "KZ-75", "--votes", path, "-f", "json")
    chamber = json.loads(result.stdout)["chamber"]
    assert (chamber["list_seats"], chamber["district_seats"], chamber["undecided_districts"]) == (21, 21, 21)


def test_maslikhat_2021_warns_of_its_assumed_threshold():
    path = DATA / "maslikhat-2023-almaty-list.csv"  # any votes: the warning is about the rule
    result = run("seats", "--election", "maslikhat-2021", "--council", "KZ-79", "--votes", path)
    assert result.exit_code == 0
    assert result.stderr.startswith(
        "warning: maslikhat-2021: not confirmed by a source: the 7 % threshold and its base (votes for lists)"
    )


def test_seats_for_2004_warns_of_every_figure_taken_on_assumption(tmp_path):
    path = tmp_path / "v.csv"
    path.write_text("party,votes\nOTAN,606\nAQ_JOL,120\n", encoding="utf-8")
    result = run("seats", "--election", "mazhilis-2004", "--votes", path)
    warned = [line for line in result.stderr.splitlines() if "not confirmed by a source" in line]
    assert len(warned) == 2
    assert "67 district(s) undecided" in result.stdout


# -- results show: the chamber, and maslikhat protocols per council ---------------------------

ALMATY_2023 = {"AMANAT": 151531, "RESPUBLICA": 38369, "NPK": 38563, "BAITAK": 23266, "AQ_JOL": 15273, "AUYL": 8264}


def maslikhat_protocols(tmp_path: Path) -> Path:
    """Almaty's 2023 list ballot (published votes) as one council protocol, two district
    ballots of its 21 districts, and another council's list ballot."""
    head = "ballot,region,district,precinct,registered,ballots_issued,ballots_cast,invalid,choice,party,votes"
    rows = [head]
    rows += [f"list,KZ-75,,,1000000,302270,302270,10514,{p},,{v}" for p, v in ALMATY_2023.items()]
    rows += ["list,KZ-75,,,1000000,302270,302270,10514,against_all,,16490"]
    rows += ["district,KZ-75,1,,50000,20000,20000,0,A. One,AMANAT,12000", "district,KZ-75,1,,50000,20000,20000,0,B. Two,self-nominated,8000"]
    rows += ["district,KZ-75,2,,50000,20000,20000,0,C. Three,Respublica,11000", "district,KZ-75,2,,50000,20000,20000,0,D. Four,AMANAT,9000"]
    rows += ["list,KZ-71,,,10,5,5,0,AMANAT,,5"]
    path = tmp_path / "protocols.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_results_show_allocates_one_maslikhat_council(tmp_path):
    path = maslikhat_protocols(tmp_path)
    result = run("results", "show", "--election", "maslikhat-2023", "--council", "KZ-75", "--protocols", path, "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["list_seats"]["seats"] == {"AMANAT": 12, "RESPUBLICA": 3, "NPK": 3, "BAITAK": 2, "AQ_JOL": 1, "AUYL": 0}
    chamber = data["chamber"]
    assert (chamber["seats"]["AMANAT"], chamber["seats"]["RESPUBLICA"], chamber["undecided_districts"]) == (13, 4, 19)
    assert chamber["district_seats_from"] == "protocols"
    assert result.stderr == "warning: protocols of 2 of the 21 districts are held; the rest are undecided\n"


def test_results_show_asks_for_a_council_under_per_council_rules(tmp_path):
    path = maslikhat_protocols(tmp_path)
    result = run("results", "show", "--election", "maslikhat-2023", "--protocols", path)
    assert (result.exit_code, result.stderr) == (
        1, "error: maslikhat-2023 allocates seats per council: pass --council CODE (councils in the protocols: KZ-71, KZ-75)\n"
    )  # fmt: skip
    result = run("results", "show", "--election", "maslikhat-2023", "--council", "KZ-35", "--protocols", path)
    assert result.stderr == "error: no protocols of council 'KZ-35'; councils in the protocols: KZ-71, KZ-75\n"


def test_results_show_totals_the_mazhilis_chamber_from_district_protocols():
    synthetic = REPO / "samples" / "results" / "mazhilis-2023-precincts-synthetic.csv"
    result = run("results", "show", "--election", "mazhilis-2023", "--protocols", synthetic, "-f", "json")
    data = json.loads(result.stdout)
    chamber = data["chamber"]
    elected = data["single_mandate"]["elected_by_party"]
    assert chamber["district_seats_from"] == "protocols"
    assert chamber["seats"]["AMANAT"] == data["list_seats"]["seats"]["AMANAT"] + elected["AMANAT"]
    assert chamber["seats"][SELF] == elected["self-nominated"]
    assert sum(chamber["seats"].values()) == 98


def test_a_2004_district_under_half_of_the_votes_goes_to_a_second_round(tmp_path):
    head = "ballot,region,district,precinct,registered,ballots_issued,ballots_cast,invalid,choice,party,votes"
    rows = [head, "list,KZ-71,,,100,60,60,0,AMANAT,,60"]
    rows += ["district,KZ-71,1,,100,60,60,0,A,AMANAT,29", "district,KZ-71,1,,100,60,60,0,B,,21", "district,KZ-71,1,,100,60,60,0,C,,10"]
    rows += ["district,KZ-71,2,,100,60,60,0,D,ASAR,31", "district,KZ-71,2,,100,60,60,0,E,,29"]
    path = tmp_path / "p.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = run("results", "show", "--election", "mazhilis-2004", "--level", "district", "--protocols", path, "-f", "json")
    units = {u["district"]: u for u in json.loads(result.stdout)["units"]}
    assert (units["1"]["status"], units["1"]["winner"], units["1"]["tied"]) == ("second_round", None, ["A", "B"])
    assert (units["2"]["status"], units["2"]["winner"]) == ("elected", "D")
    nation = json.loads(run("results", "show", "--election", "mazhilis-2004", "--protocols", path, "-f", "json").stdout)
    assert nation["chamber"]["seats"]["ASAR"] == 1 and nation["chamber"]["undecided_districts"] == 66


def test_project_warns_of_the_unconfirmed_figures_it_uses():
    poll = REPO / "samples" / "results" / "poll-example.csv"
    result = run("project", "--election", "maslikhat-2021", "--council", "KZ-75", "--poll", poll, "--sims", 50, "--seed", 1, "--sample-size", 1000)
    assert result.exit_code == 0, result.output
    assert "warning: maslikhat-2021: not confirmed by a source: the 7 % threshold" in result.stderr
