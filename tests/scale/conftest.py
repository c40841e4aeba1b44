"""A small corpus in every input kind a cluster reads, and a Dask cluster inside the test process.

The corpus is made from the illustrative samples/ that ship with Saylau: the English and
Russian news as a folder of text files, the sample feed as JSON Lines with one bad record and
one reprint of another record (a near-duplicate: one story), and the same records as a
Parquet table. Tests share one in-process LocalCluster (threads, no new processes), so they
pay neither for starting workers nor for building the reference data again.
"""
from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed")
pytest.importorskip("pyarrow")

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
BAD_RECORD = '{"id": "no-text", "title": "a record without its text"}'


def feed_records() -> list[dict]:
    records = [json.loads(line) for line in (SAMPLES / "feed.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    reprint = dict(records[0], id="reprint-of-001", url="https://example.net/copy/feed-001")
    reprint["text"] = records[0]["text"] + "\nReprinted with the permission of the original outlet."
    return records[:5] + [reprint] + records[5:]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> list[str]:
    """The inputs: a folder of text files and a JSON Lines file (line 7 bad)."""
    root = tmp_path_factory.mktemp("corpus")
    news = root / "news"
    news.mkdir()
    for kind in ("en", "ru"):
        for path in sorted((SAMPLES / kind).glob("*.txt")):
            shutil.copy(path, news / f"{kind}-{path.name}")
    lines = [json.dumps(r, ensure_ascii=False) for r in feed_records()]
    lines.insert(6, BAD_RECORD)
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(news), str(root / "feed.jsonl")]


@pytest.fixture(scope="session")
def parquet_corpus(tmp_path_factory) -> Path:
    """The feed's good records as a Parquet table of two row groups, dates typed."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from datetime import datetime

    records = feed_records()
    for record in records:
        record["published"] = datetime.fromisoformat(record["published"]).date() if record.get("published") else None
    path = tmp_path_factory.mktemp("parquet") / "feed.parquet"
    pq.write_table(pa.Table.from_pylist(records), path, row_group_size=4)
    return path


@pytest.fixture(scope="session")
def cluster() -> Iterator[str]:
    """The address of a LocalCluster of two single-threaded workers in this process."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as running:
        yield running.scheduler_address


def dataset_events(folder: Path) -> list[dict]:
    """The event rows of a dataset in partition order, as interchange records with their date."""
    import pyarrow.parquet as pq

    from saylau.scale.dataset import event_from_row

    rows = []
    for part in sorted((folder / "events").glob("part-*.parquet")):
        rows.extend(pq.read_table(part).to_pylist())
    return [_comparable(event_from_row(row)) for row in rows]


def dataset_documents(folder: Path) -> list[tuple[str, str, str]]:
    import pyarrow.parquet as pq

    rows = []
    for part in sorted((folder / "documents").glob("part-*.parquet")):
        rows.extend(pq.read_table(part).to_pylist())
    return [(row["doc_id"], row["content_hash"], str(row["published"])) for row in rows]


def _comparable(record: dict) -> dict:
    """An event as `saylau extract` writes it (interchange format) plus its date."""
    from saylau.model import Event

    event = Event.from_dict(record)
    return dict(event.to_dict(), published=str(event.published), lang=event.lang)


def local_run(paths: list[str]) -> tuple[list[tuple[str, str, str]], list[dict], list[str]]:
    """Documents, events and failures of the local path (`saylau extract`) over `paths`."""
    from saylau import workflow

    documents, events, failures = [], [], []
    for item in workflow.extract_inputs(paths):
        if isinstance(item, Exception):
            failures.append(str(item))
            continue
        doc, found = item
        documents.append((doc.id, doc.content_hash, str(doc.published)))
        events.extend(dict(e.to_dict(), published=str(e.published), lang=e.lang) for e in found)
    return documents, events, failures
