"""`saylau load`: a dataset into the store, idempotent, equal to an ingest, served by the API."""
from __future__ import annotations

import warnings

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from saylau import workflow
from saylau.cli import app
from saylau.exports import stored_record
from saylau.scale.dask_run import extract_to_dataset
from saylau.scale.load import load_dataset
from saylau.store import open_store

with warnings.catch_warnings():  # as in tests/api: httpx serves the test client
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

from saylau.api import create_app  # noqa: E402

TABLES = ("documents", "events", "event_parties", "event_regions", "event_topics", "document_stories", "story_bands")


@pytest.fixture(scope="module")
def dataset(corpus, cluster, tmp_path_factory):
    folder = tmp_path_factory.mktemp("dataset") / "out"
    extract_to_dataset(corpus, folder, scheduler=cluster, partition_size=4)
    return folder


def row_counts(url: str) -> dict[str, int]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return {table: conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one() for table in TABLES}
    finally:
        engine.dispose()


def stored_events(store) -> list[dict]:
    return sorted((dict(stored_record(s), id=None) for s in store.iter_events(copies=True)),
                  key=lambda r: (r["doc_id"], r["paragraph"], r["event_type"], r["parties"]))  # fmt: skip


def test_loading_twice_leaves_the_same_rows(dataset, store_url):
    with open_store(store_url) as store:
        first = load_dataset(dataset, store, batch_size=5)
    counts = row_counts(store_url)
    with open_store(store_url) as store:
        again = load_dataset(dataset, store, batch_size=5)

    assert row_counts(store_url) == counts
    assert counts["documents"] == first.new > 0 and counts["events"] == first.events > 0
    assert (again.new, again.seen, again.events, again.storied) == (0, first.new, 0, 0)


def test_a_load_stores_what_an_ingest_of_the_same_inputs_stores(dataset, corpus, store_url, tmp_path):
    with open_store(store_url) as store:
        summary = load_dataset(dataset, store)
        loaded = stored_events(store)
        stories = [[m.doc_id for m in s.documents] for s in store.reprinted_stories()]
    with open_store(f"sqlite:///{tmp_path / 'ingested.db'}") as store:
        workflow.ingest_into_store(corpus, store, workers=1)
        ingested = stored_events(store)

    assert loaded == ingested
    assert summary.reprints == 1 and sorted(stories[0]) == ["feed-001", "reprint-of-001"]


def test_the_api_serves_the_loaded_store(dataset, store_url):
    with open_store(store_url) as store:
        load_dataset(dataset, store)
        client = TestClient(create_app(store, api_token="", cache_ttl=0))
        listed = client.get("/api/v1/events", params={"limit": 200}).json()
        events = store.count_events()

    assert listed["total"] == events > 0
    assert {item["doc_id"] for item in listed["items"]} >= {"feed-002", "news/en-01_campaign_opens.txt"}


def test_the_cli_loads_and_says_what_it_did(dataset, tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    first = CliRunner().invoke(app, ["load", str(dataset), "--db", url])
    again = CliRunner().invoke(app, ["load", str(dataset), "--db", url])

    assert first.exit_code == 0 and again.exit_code == 0, first.output
    assert "already stored" in first.output and ": 0 new" not in first.output
    assert "documents: 0 new" in again.output and "events: 0 new" in again.output


def test_a_folder_that_is_not_a_dataset_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["load", str(tmp_path), "--db", f"sqlite:///{tmp_path / 'x.db'}"])

    assert result.exit_code == 1
    assert result.output.strip() == (
        f"error: {tmp_path}: not a Saylau dataset (no documents/ or events/); make one with saylau extract --engine dask --output DIR"
    )
