"""`saylau events` exports every matching event, in csv, json, jsonl, parquet and geojson
(issue 10, item 4): no silent limit, a bad --limit is one line, repeated filters are OR-ed."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from saylau.cli import app
from saylau.model import Document, Event
from saylau.store import open_store

runner = CliRunner()

MANY = 150  # more than the 100 rows the csv export used to stop at


@pytest.fixture
def db(tmp_path):
    """150 rallies of AUYL in Kokshetau (KZ-11), one per paragraph, and three placed otherwise."""
    url = f"sqlite:///{tmp_path / 'store.db'}"
    many = Document(id="many.txt", text="\n".join(f"Auyl rally number {i} in Kokshetau." for i in range(MANY)),
                    published=date(2023, 3, 1), lang="en")
    others = Document(
        id="others.txt",
        text="NPK met voters in Almaty.\nAmanat toured Akmola region.\nAq Jol met workers in Aksu.",
        published=date(2023, 3, 2), lang="en",
    )
    with open_store(url) as store:
        store.add_document(many, [
            Event(doc_id=many.id, paragraph=i, parties=("AUYL",), regions=("KZ-11",), settlements=("Kokshetau",),
                  event_type="rally", confidence=0.9)
            for i in range(MANY)
        ], extractor_version="test")
        store.add_document(others, [
            Event(doc_id=others.id, paragraph=0, parties=("NPK",), regions=("KZ-75",), event_type="voter_meeting"),
            Event(doc_id=others.id, paragraph=1, parties=("AMANAT",), regions=("KZ-11",), event_type="campaign_tour"),
            Event(doc_id=others.id, paragraph=2, parties=("AQ_JOL",), regions=("KZ-55",), settlements=("Aksu",),
                  event_type="labour_collective_meeting"),
        ], extractor_version="test")
    return url


def events(db, *args):
    return runner.invoke(app, ["events", "--db", db, *args])


def test_csv_has_every_matching_event_not_the_first_hundred(db):
    result = events(db, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == MANY + 3
    assert rows[0]["text"] == "NPK met voters in Almaty."
    assert rows[0]["id"].endswith(tuple("0123456789")) and len(rows[0]["id"].split("-")[0]) == 64


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_and_jsonl_have_every_event_with_its_paragraph_and_evidence(db, fmt):
    result = events(db, "--format", fmt, "--party", "AUYL")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout) if fmt == "json" else [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == MANY
    assert rows[0]["text"] == "Auyl rally number 0 in Kokshetau."
    assert rows[0]["published"] == "2023-03-01" and "evidence" in rows[0]


def test_limit_still_cuts_when_asked(db):
    result = events(db, "--format", "jsonl", "--limit", "2")
    assert len(result.stdout.splitlines()) == 2


@pytest.mark.parametrize("value", ["-5", "0", "many"])
def test_a_bad_limit_is_one_line(db, value):
    result = events(db, "--limit", value)
    assert result.exit_code == 1
    assert result.stderr == f"error: --limit {value!r} is not a number of events (1 or more); leave it out for every event\n"


def test_the_table_says_how_many_it_does_not_show(db):
    result = events(db)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"showing 100 of {MANY + 3} events; --limit N shows more")


def test_repeated_filters_are_any_of(db):
    result = events(db, "--format", "jsonl", "--party", "NPK", "--party", "aq_jol")
    assert [json.loads(line)["parties"] for line in result.stdout.splitlines()] == [["NPK"], ["AQ_JOL"]]
    result = events(db, "--format", "jsonl", "--type", "rally", "--type", "campaign_tour", "--region", "KZ-11", "--limit", "3")
    assert [json.loads(line)["event_type"] for line in result.stdout.splitlines()] == ["campaign_tour", "rally", "rally"]


def test_parquet_reads_back_with_every_event(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "events.parquet"
    result = events(db, "--format", "parquet", "--output", str(target))
    assert result.exit_code == 0, result.output
    table = pq.read_table(target)
    assert table.num_rows == MANY + 3
    first = table.slice(0, 1).to_pylist()[0]
    assert (first["parties"], first["published"], first["text"]) == (["NPK"], date(2023, 3, 2), "NPK met voters in Almaty.")
    assert str(table.schema.field("parties").type) in ("list<item: string>", "list<element: string>")
    assert str(table.schema.field("published").type) == "date32[day]"


def test_parquet_on_standard_output_is_the_same_file(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    result = events(db, "--format", "parquet", "--party", "NPK")
    assert result.exit_code == 0, result.output
    assert pq.read_table(io.BytesIO(result.stdout_bytes)).column("doc_id").to_pylist() == ["others.txt"]


def test_parquet_reads_back_in_duckdb_too(db, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    target = tmp_path / "events.parquet"
    events(db, "--format", "parquet", "-o", str(target))
    assert duckdb.sql(f"SELECT count(*) FROM '{target}' WHERE list_contains(parties, 'AUYL')").fetchall() == [(MANY,)]


def test_geojson_puts_events_at_settlements_and_city_regions_and_counts_the_rest(db):
    result = events(db, "--format", "geojson")
    assert result.exit_code == 0, result.output
    collection = json.loads(result.stdout)
    features = collection["features"]
    assert collection["type"] == "FeatureCollection"
    assert len(features) == MANY + 2
    by_party = {f["properties"]["parties"][0]: f for f in features}
    assert by_party["AUYL"]["geometry"] == {"type": "Point", "coordinates": [69.3936, 53.2841]}  # Kokshetau
    assert by_party["AUYL"]["properties"]["located"] == "settlement"
    assert by_party["NPK"]["properties"]["located"] == "city_region"  # Almaty, the city that is a region
    assert by_party["NPK"]["geometry"]["coordinates"] == [76.9115, 43.2525]
    assert by_party["AQ_JOL"]["geometry"]["coordinates"][1] > 51.5  # Aksu of Pavlodar region, not another Aksu
    assert "AMANAT" not in by_party  # Akmola region only: no honest point
    assert collection["saylau"]["events_left_out_without_a_point"] == 1
    assert "geojson: 152 events placed; 1 left out that name only an oblast" in result.stderr


@pytest.mark.parametrize(("fmt", "message"), [
    ("xlsx", "error: unknown --format 'xlsx'; use table, csv, json, jsonl, parquet or geojson\n"),
])
def test_an_unknown_format_is_one_line(db, fmt, message):
    result = events(db, "--format", fmt)
    assert result.exit_code == 1
    assert result.stderr == message


def test_stats_as_csv_and_json(db):
    as_csv = runner.invoke(app, ["stats", "--db", db, "--format", "csv"])
    assert as_csv.exit_code == 0, as_csv.output
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert {"party": "AUYL", "region": "KZ-11", "region_name": "Akmola Region", "events": str(MANY)} in rows
    assert {"party": "AUYL", "region": "all", "region_name": "", "events": str(MANY)} in rows
    as_json = json.loads(runner.invoke(app, ["stats", "--db", db, "--format", "json"]).stdout)
    assert as_json["events"] == MANY + 3
    assert as_json["matrix"]["NPK"] == {"KZ-75": 1}
    assert as_json["event_types"]["rally"] == MANY


def reprinted(url: str) -> None:
    from saylau import workflow

    story = "Candidates of the Auyl party met with voters in Kokshetau and discussed the water supply of the town."
    docs = [Document(id=f"outlet{i}.txt", text=story + " " * i, title="Auyl in Kokshetau", url=f"https://outlet{i}.example.kz/a")
            for i in range(3)]
    with open_store(url) as store:
        workflow.ingest_items(docs, store, workers=1)


def test_stories_as_csv_and_json(tmp_path):
    url = f"sqlite:///{tmp_path / 's.db'}"
    reprinted(url)
    as_csv = runner.invoke(app, ["stories", "--db", url, "--format", "csv"])
    assert as_csv.exit_code == 0, as_csv.output
    [row] = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert (row["title"], row["documents"]) == ("Auyl in Kokshetau", "3")
    assert row["outlets"] == "outlet0.example.kz; outlet1.example.kz; outlet2.example.kz"
    as_json = json.loads(runner.invoke(app, ["stories", "--db", url, "--format", "json"]).stdout)
    assert [s["documents"] for s in as_json["stories"]] == [3]
    assert as_json["coverage"] == [{"party": "AUYL", "stories": 1, "documents": 3, "outlets": 3}]


@pytest.mark.parametrize("command", [["stats"], ["stories"]])
def test_formats_a_command_does_not_write_are_one_line(db, command):
    result = runner.invoke(app, [*command, "--db", db, "--format", "parquet"])
    assert result.exit_code == 1
    assert result.stderr == "error: --format 'parquet' is not available here; use table, csv or json\n"


def test_extract_writes_the_same_formats(tmp_path):
    news = tmp_path / "a.txt"
    news.write_text("Candidates of the Auyl party met with voters in Kokshetau and discussed water supply.\n", encoding="utf-8")
    as_csv = runner.invoke(app, ["extract", str(news), "--format", "csv"])
    assert as_csv.exit_code == 0, as_csv.output
    [row] = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert (row["parties"], row["settlements"], row["text"]) == ("AUYL", "Kokshetau", news.read_text().strip())
    collection = json.loads(runner.invoke(app, ["extract", str(news), "-f", "geojson"]).stdout)
    assert collection["features"][0]["geometry"]["coordinates"] == [69.3936, 53.2841]
    as_jsonl = runner.invoke(app, ["extract", str(news)]).stdout
    assert "text" not in json.loads(as_jsonl)  # jsonl stays the interchange format


@pytest.mark.parametrize("command", [
    ["seats", "--rules", "mazhilis-2023", "--votes", "votes.csv"],
    ["project", "--rules", "mazhilis-2023", "--poll", "poll.csv"],
    ["results", "show", "--election", "mazhilis-2023"],
])
def test_commands_that_write_tables_and_json_refuse_other_formats_in_one_line(command):
    result = runner.invoke(app, [*command, "--format", "csv"])
    assert result.exit_code == 1
    assert result.stderr == "error: --format 'csv' is not available here; use table or json\n"
