"""The saylau command end to end, on a temporary SQLite store and files we write."""
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


def seed_confidences(db: str) -> None:
    """Three hand-made events of one document, at confidences 0.4, 0.7 and 0.95."""
    doc = Document(id="conf.txt", text="One.\nTwo.\nThree.", published=date(2023, 3, 1), lang="en")
    events = [
        Event(doc_id=doc.id, paragraph=i, parties=(party,), event_type="rally", confidence=confidence)
        for i, (party, confidence) in enumerate([("AUYL", 0.4), ("AMANAT", 0.7), ("NPK", 0.95)])
    ]
    with open_store(db) as store:
        store.add_document(doc, events, extractor_version="test")


def test_events_keep_those_at_least_as_confident_as_the_bound(db):
    seed_confidences(db)
    as_json = runner.invoke(app, ["events", "--db", db, "--min-confidence", "0.7", "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    assert [(r["parties"], r["confidence"]) for r in json.loads(as_json.stdout)] == [(["AMANAT"], 0.7), (["NPK"], 0.95)]
    as_csv = runner.invoke(app, ["events", "--db", db, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [(r["parties"], r["confidence"]) for r in rows] == [("AUYL", "0.4"), ("AMANAT", "0.7"), ("NPK", "0.95")]


def test_the_events_table_shows_the_confidence(db):
    seed_confidences(db)
    result = runner.invoke(app, ["events", "--db", db, "--min-confidence", "0.9"])
    assert result.exit_code == 0, result.output
    assert "conf." in result.stdout and "0.95" in result.stdout
    assert "AMANAT" not in result.stdout and "0.70" not in result.stdout


def test_extract_drops_events_under_the_bound(monkeypatch):
    import saylau.workflow as workflow

    doc = Document(id="x.txt", text="One.\nTwo.")
    events = [Event(doc_id="x.txt", paragraph=0, confidence=0.4), Event(doc_id="x.txt", paragraph=1, confidence=0.8)]
    monkeypatch.setattr(workflow, "extract_inputs", lambda paths: iter([(doc, events)]))
    result = runner.invoke(app, ["extract", "x.txt", "--min-confidence", "0.5"])
    assert result.exit_code == 0, result.output
    assert [(e["paragraph"], e["confidence"]) for e in map(json.loads, result.stdout.splitlines())] == [(1, 0.8)]


@pytest.mark.parametrize("command", [["events"], ["extract", "x.txt"]])
@pytest.mark.parametrize("bound", ["1.5", "-0.1", "high", "nan"])
def test_a_confidence_bound_outside_0_to_1_is_a_one_line_error(db, command, bound):
    result = runner.invoke(app, [*command, "--min-confidence", bound] + (["--db", db] if command == ["events"] else []))
    assert result.exit_code == 1
    assert result.stderr == f"error: --min-confidence '{bound}' is not a number from 0 to 1; use e.g. 0.7\n"


def test_demo_finds_the_samples_shipped_in_the_package_from_any_folder(tmp_path, monkeypatch):
    from saylau import workflow

    monkeypatch.chdir(tmp_path)  # no samples/ here: the package's own copy is used
    folder = workflow.sample_corpus()
    assert folder.is_dir() and folder.parent.name == "saylau"
    news = workflow.sample_news(folder)
    names = {p.rsplit("/", 1)[-1] for p in news}
    assert "README.md" not in names and "results" not in names  # the samples' notes are no news
    assert {"en", "ru", "kk"} <= names


def test_demo_does_not_ingest_the_readme_of_a_samples_folder(news):
    (news / "README.md").write_text("Candidates of the Auyl party met voters in Taraz on Monday.\n", encoding="utf-8")
    with_readme = runner.invoke(app, ["demo", "--samples", str(news)])
    assert with_readme.exit_code == 0, with_readme.output
    (news / "README.md").unlink()
    without = runner.invoke(app, ["demo", "--samples", str(news)])
    assert with_readme.output.splitlines()[0].split("(")[0] == without.output.splitlines()[0].split("(")[0]


def test_store_says_which_store_is_in_use_and_which_extractor_made_its_events(news, db):
    from saylau.extract import EXTRACTOR_VERSION

    assert runner.invoke(app, ["ingest", str(news), "--db", db]).exit_code in (0, 1)
    result = runner.invoke(app, ["store", "--db", db])
    assert result.exit_code == 0, result.output
    assert db in result.stdout
    assert "documents: 2;" in result.stdout
    assert f"this one is {EXTRACTOR_VERSION}" in result.stdout
    assert "reextract" not in result.stdout  # every document is up to date


def test_store_refuses_a_store_that_does_not_exist(tmp_path):
    result = runner.invoke(app, ["store", "--db", f"sqlite:///{tmp_path}/none.db"])
    assert result.exit_code == 1
    assert "no store at" in result.output
    assert not (tmp_path / "none.db").exists()
