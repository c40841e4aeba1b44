"""A dataset is read as it is by the tools researchers use: pyarrow, pandas, DuckDB."""
from __future__ import annotations

import json

import pytest

from saylau.scale.dask_run import extract_to_dataset

from .conftest import local_run


@pytest.fixture(scope="module")
def dataset(corpus, cluster, tmp_path_factory):
    folder = tmp_path_factory.mktemp("readback") / "out"
    extract_to_dataset(corpus, folder, scheduler=cluster, partition_size=4)
    return folder


def test_pyarrow_reads_each_folder_as_one_table(dataset, corpus):
    import pyarrow as pa
    import pyarrow.dataset as ds

    documents, events, _ = local_run(corpus)
    event_table = ds.dataset(dataset / "events", format="parquet").to_table()
    document_table = ds.dataset(dataset / "documents", format="parquet").to_table()

    assert event_table.num_rows == len(events) and document_table.num_rows == len(documents)
    assert {"doc_id", "paragraph", "parties", "actors", "evidence", "content_hash"} <= set(event_table.column_names)
    parties = event_table.schema.field("parties").type
    assert pa.types.is_list(parties) and pa.types.is_string(parties.value_type)


def test_pandas_reads_the_events_with_lists_and_evidence_as_written(dataset, corpus):
    pandas = pytest.importorskip("pandas")
    _, events, _ = local_run(corpus)

    frame = pandas.read_parquet(dataset / "events")

    assert len(frame) == len(events)
    first = frame.iloc[0]
    assert list(first["parties"]) == events[0]["parties"]
    assert json.loads(first["evidence"]) == events[0]["evidence"]


def test_duckdb_counts_events_per_party_over_the_folder(dataset, corpus):
    duckdb = pytest.importorskip("duckdb")
    _, events, _ = local_run(corpus)
    expected: dict[str, int] = {}
    for event in events:
        for party in event["parties"]:
            expected[party] = expected.get(party, 0) + 1

    rows = duckdb.sql(
        f"SELECT party, count(*) FROM (SELECT unnest(parties) AS party FROM read_parquet('{dataset}/events/*.parquet')) "
        "GROUP BY party"
    ).fetchall()

    assert dict(rows) == expected
