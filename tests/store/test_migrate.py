"""Opening a store written before the events had a confidence column: it gains the column,
once, whoever opens it first, and its events count as fully confident (1.0)."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date

import sqlalchemy as sa

from saylau.model import Document
from saylau.store import migrate, open_store

DOC = Document(id="old", text="AMANAT met voters in Almaty.\nNPK met pensioners.", published=date(2023, 3, 1), lang="en")


def make_old_store(url: str, make_event) -> None:
    """A store as Saylau wrote it before confidence existed: no column, no key in the payloads."""
    with open_store(url) as store:
        store.add_document(DOC, [make_event(DOC, 0, parties=("AMANAT",)), make_event(DOC, 1, parties=("NPK",))], "v1")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        for event_id, payload in conn.execute(sa.text("SELECT id, payload FROM events")).all():
            data = json.loads(payload)
            del data["confidence"]
            conn.execute(sa.text("UPDATE events SET payload = :p WHERE id = :i"), {"p": json.dumps(data), "i": event_id})
        conn.execute(sa.text("ALTER TABLE events DROP COLUMN confidence"))
    engine.dispose()


def confidence_columns(url: str) -> list[dict]:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        columns = [c for c in sa.inspect(conn).get_columns("events") if c["name"] == "confidence"]
    engine.dispose()
    return columns


def test_an_old_store_gains_the_column_and_its_events_are_fully_confident(store_url, make_event):
    make_old_store(store_url, make_event)
    assert confidence_columns(store_url) == []

    with open_store(store_url) as store:
        assert [s.event.confidence for s in store.query_events()] == [1.0, 1.0]
        assert store.count_events(min_confidence=0.9) == 2
        store.add_document(Document(id="new", text="Aq Jol rallied."), [make_event(DOC, 0, confidence=0.4)], "v2")
        assert store.count_events(min_confidence=0.5) == 2

    [column] = confidence_columns(store_url)
    assert column["nullable"] is False
    assert isinstance(column["type"], sa.Float)


def test_opening_an_upgraded_store_again_changes_nothing(store_url, make_event):
    make_old_store(store_url, make_event)
    engine = sa.create_engine(store_url)

    first = migrate.upgrade_schema(engine)
    second = migrate.upgrade_schema(engine)

    engine.dispose()
    assert (first, second) == (["events.confidence"], [])
    with open_store(store_url) as store:
        assert store.count_events() == 2
    assert len(confidence_columns(store_url)) == 1


def test_a_column_added_by_another_process_after_our_check_is_not_an_error(store_url, make_event, monkeypatch):
    make_old_store(store_url, make_event)
    with open_store(store_url):
        pass  # the other process: it adds the column
    answers = iter([False, True])  # we looked before it did, and look again after our ALTER fails
    monkeypatch.setattr(migrate, "_has_column", lambda engine, table, column: column.name != "confidence" or next(answers))

    with open_store(store_url) as store:
        assert store.count_events(min_confidence=1) == 2
    assert len(confidence_columns(store_url)) == 1


OPEN_AT = """
import sys, time
from saylau.store import open_store
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
with open_store(sys.argv[1]) as store:
    print(store.count_events(min_confidence=1))
"""


def test_processes_opening_an_old_store_at_once_all_succeed(store_url, make_event):
    make_old_store(store_url, make_event)
    start_at = str(time.time() + 2.0)  # after every interpreter has started

    runs = [
        subprocess.Popen([sys.executable, "-c", OPEN_AT, store_url, start_at], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    results = [(run.wait(timeout=60), run.stdout.read(), run.stderr.read()) for run in runs]

    assert [(code, out.strip()) for code, out, _ in results] == [(0, "2")] * 4, [err for _, _, err in results]
    assert len(confidence_columns(store_url)) == 1


def test_an_old_store_gains_the_paragraph_texts_of_its_events(store_url, make_event):
    make_old_store(store_url, make_event)
    engine = sa.create_engine(store_url)
    with engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE events DROP COLUMN text"))
    engine.dispose()

    with open_store(store_url) as store:
        assert [s.text for s in store.query_events()] == ["AMANAT met voters in Almaty.", "NPK met pensioners."]
        assert [s.event.parties for s in store.query_events(q="pensioners")] == [("NPK",)]
