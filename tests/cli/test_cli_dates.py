"""Dates on the command line: each event's own day, and the undated counted, never dropped unsaid."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from saylau.cli import app

runner = CliRunner()

DATELINED = (
    "Auyl and AMANAT on the campaign trail\n"
    "KOKSHETAU, 16 March 2023 — Candidates of the Auyl party met with voters in Kokshetau on Monday and discussed water supply.\n"
    "AMANAT chairman Yerlan Koshanov held a press conference in Astana on 15 March.\n"
    "The NSDP held a picket in Karaganda.\n"
)
UNDATED = "Партия AMANAT провела встречу с избирателями в Костанае 14 марта.\n"  # a day, but no year anywhere


@pytest.fixture
def db(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(DATELINED, encoding="utf-8")
    (folder / "b.txt").write_text(UNDATED, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'store.db'}"
    assert runner.invoke(app, ["ingest", str(folder), "--db", url]).exit_code == 0
    return url


def _csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_each_event_has_the_day_its_paragraph_names(db):
    rows = _csv(runner.invoke(app, ["events", "--db", db, "--format", "csv"]).stdout)
    assert [(r["doc_id"], r["paragraph"], r["published"]) for r in rows] == [
        ("news/a.txt", "3", "2023-03-16"),  # no day of its own: the dateline's
        ("news/a.txt", "2", "2023-03-15"),
        ("news/a.txt", "1", "2023-03-13"),  # "on Monday" before Thursday 16 March
        ("news/b.txt", "0", ""),
    ]


def test_a_date_bound_says_how_many_undated_events_it_leaves_out(db):
    result = runner.invoke(app, ["events", "--db", db, "--until", "2023-03-14", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert [r["published"] for r in _csv(result.stdout)] == ["2023-03-13"]
    assert "--since/--until leave out 1 undated events" in result.stderr
    unbounded = runner.invoke(app, ["events", "--db", db, "--format", "csv"])
    assert "undated" not in unbounded.stderr
    other_party = runner.invoke(app, ["events", "--db", db, "--since", "2023-01-01", "--party", "AUYL", "--format", "csv"])
    assert "undated" not in other_party.stderr  # AMANAT's undated meeting is not Auyl's to leave out


def test_stats_count_the_undated_events(db):
    table = runner.invoke(app, ["stats", "--db", db])
    assert table.exit_code == 0, table.output
    assert "(4 events, 1 undated)" in " ".join(table.stdout.split())  # the title may wrap
    undated_row = next(line for line in table.stdout.splitlines() if "of them undated" in line)
    assert [cell.strip() for cell in undated_row.split("│")[2:-1]] == ["1", "", ""]  # AMANAT, AUYL, NSDP
    assert "dated: 3 events, 2023-03-13 to 2023-03-16; undated: 1" in " ".join(table.stdout.split())

    summary = json.loads(runner.invoke(app, ["stats", "--db", db, "--format", "json"]).stdout)
    assert summary["dates"] == {
        "dated": 3, "first": "2023-03-13", "last": "2023-03-16", "undated": 1, "undated_by_party": {"AMANAT": 1},
    }
    rows = _csv(runner.invoke(app, ["stats", "--db", db, "--format", "csv"]).stdout)
    assert [r for r in rows if r["region"] == "undated"] == [
        {"party": "AMANAT", "region": "undated", "region_name": "", "events": "1"},
    ]
