"""The saylau command end to end, on a temporary SQLite store and files we write."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from saylau.cli import app

runner = CliRunner()

NEWS = (
    "Candidates of the Auyl party met with voters in Kokshetau and discussed water supply.\n"
    "According to the CEC, the turnout was 54 percent.\n"
    "AMANAT chairman Yerlan Koshanov held a press conference in Astana.\n"
)


@pytest.fixture
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(NEWS, encoding="utf-8")
    (folder / "b.txt").write_bytes("Партия AMANAT провела встречу с избирателями в Костанае.\n".encode("cp1251"))
    return folder


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'store.db'}"


def test_extract_streams_interchange_jsonl(news):
    result = runner.invoke(app, ["extract", str(news / "a.txt")])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(e["doc_id"], e["paragraph"], e["parties"]) for e in events] == [
        ("a.txt", 0, ["AUYL"]),
        ("a.txt", 2, ["AMANAT"]),
    ]
    assert events[0]["settlements"] == ["Kokshetau"]
    assert events[1]["event_type"] == "press_event"


def test_ingest_twice_stores_each_document_once(news, db):
    first = runner.invoke(app, ["ingest", str(news), "--db", db])
    assert first.exit_code == 0, first.output
    assert "2 new, 0 already stored, 0 failed" in first.stdout
    second = runner.invoke(app, ["ingest", str(news), "--db", db])
    assert second.exit_code == 0, second.output
    assert "0 new, 2 already stored, 0 failed" in second.stdout


def test_ingest_reports_a_bad_input_and_keeps_the_rest(news, db, tmp_path):
    (news / "broken.jsonl").write_text('{"id": "x", "text": "AMANAT met voters in Taraz."}\n{not json\n', encoding="utf-8")
    (news / "binary.txt").write_bytes(b"\x00\x01\x02 binary")
    result = runner.invoke(app, ["ingest", str(news), "--db", db])
    assert result.exit_code == 1
    assert "binary.txt: binary file" in result.stderr
    assert "broken.jsonl:2" in result.stderr
    assert "3 new" in result.stdout


def test_events_filters_and_formats(news, db):
    runner.invoke(app, ["ingest", str(news), "--db", db])
    as_json = runner.invoke(app, ["events", "--db", db, "--party", "AUYL", "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    rows = json.loads(as_json.stdout)
    assert [r["parties"] for r in rows] == [["AUYL"]]
    as_csv = runner.invoke(app, ["events", "--db", db, "--region", "KZ-71", "--format", "csv"])
    lines = as_csv.stdout.strip().splitlines()
    assert lines[0].startswith("doc_id,paragraph,published,event_type")
    assert len(lines) == 2 and "press_event" in lines[1]


def test_bad_date_is_one_line_error(db):
    result = runner.invoke(app, ["events", "--db", db, "--since", "March"])
    assert result.exit_code == 1
    assert "--since 'March' is not a date" in result.stderr
    assert "Traceback" not in result.output


def test_stats_prints_the_matrix(news, db):
    runner.invoke(app, ["ingest", str(news), "--db", db])
    result = runner.invoke(app, ["stats", "--db", db])
    assert result.exit_code == 0, result.output
    assert "Akmola Region (KZ-11)" in result.stdout
    assert "Astana (KZ-71)" in result.stdout


def test_reextract_rebuilds_events_of_older_versions(news, db, monkeypatch):
    import saylau.workflow as workflow

    monkeypatch.setattr(workflow, "EXTRACTOR_VERSION", "old")
    runner.invoke(app, ["ingest", str(news), "--db", db])
    monkeypatch.undo()
    result = runner.invoke(app, ["reextract", "--db", db])
    assert result.exit_code == 0, result.output
    assert "re-extracted 2 documents" in result.stdout
    again = runner.invoke(app, ["reextract", "--db", db])
    assert "re-extracted 0 documents" in again.stdout


def test_demo_ingests_a_samples_folder(news):
    result = runner.invoke(app, ["demo", "--samples", str(news)])
    assert result.exit_code == 0, result.output
    assert "Ingested 2 documents" in result.stdout


def test_every_command_has_help():
    for command in app.registered_commands:
        assert command.callback.__doc__, command.name
    for group in app.registered_groups:
        assert group.typer_instance.info.help or group.help, group.name


def test_unknown_party_code_lists_the_known_ones(db):
    result = runner.invoke(app, ["events", "--db", db, "--party", "AMANTA"])
    assert result.exit_code == 1
    assert "unknown party code 'AMANTA'; known: AMANAT," in result.stderr


def test_codes_are_matched_without_regard_to_case(news, db):
    runner.invoke(app, ["ingest", str(news), "--db", db])
    result = runner.invoke(app, ["events", "--db", db, "--party", "auyl", "--region", "kz-11", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [r["parties"] for r in json.loads(result.stdout)] == [["AUYL"]]
