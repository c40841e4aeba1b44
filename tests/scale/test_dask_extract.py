"""`saylau extract --engine dask`: the same documents, events and failures as on one machine."""
from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from saylau.cli import app
from saylau.scale.dask_run import extract_to_dataset
from saylau.scale.partitions import plan_partitions

from .conftest import dataset_documents, dataset_events, local_run


def test_the_dask_run_gives_the_local_runs_documents_events_and_failures(corpus, cluster, tmp_path):
    documents, events, failures = local_run(corpus)

    summary = extract_to_dataset(corpus, tmp_path / "out", scheduler=cluster, partition_size=4, timeout=120)

    assert summary.partitions > 4  # the folder in groups of files, the JSONL file in line ranges
    assert dataset_documents(tmp_path / "out") == documents
    assert dataset_events(tmp_path / "out") == events
    assert [str(f) for f in summary.failures] == failures == [f'{corpus[1]}:7: missing "text"']
    assert (summary.documents, summary.events) == (len(documents), len(events))


def test_a_jsonl_file_is_shared_out_by_lines_that_cover_it_once(corpus):
    partitions, errors = plan_partitions([corpus[1]], size=3)

    ranges = [p.shares[0].lines for p in partitions]
    assert errors == []
    assert [r.start for r in ranges] == [1, 4, 7, 10]
    assert ranges[-1].stop > 1_000_000  # the last share reads to the end of the file


def test_a_parquet_table_gives_the_events_of_the_same_records_in_jsonl(parquet_corpus, cluster, tmp_path):
    jsonl = tmp_path / "feed.jsonl"
    import pyarrow.parquet as pq

    records = pq.read_table(parquet_corpus).to_pylist()
    jsonl.write_text("".join(json.dumps(dict(r, published=str(r["published"])), ensure_ascii=False) + "\n"
                             for r in records), encoding="utf-8")  # fmt: skip
    _, events, _ = local_run([str(jsonl)])

    summary = extract_to_dataset([str(parquet_corpus)], tmp_path / "out", scheduler=cluster, partition_size=100)

    assert summary.partitions == 3  # one per row group
    assert summary.failures == []
    assert dataset_events(tmp_path / "out") == events


def test_running_again_replaces_the_dataset_and_leaves_nothing_half_written(corpus, cluster, tmp_path):
    out = tmp_path / "out"
    extract_to_dataset(corpus, out, scheduler=cluster, partition_size=2)
    first = dataset_events(out)

    summary = extract_to_dataset(corpus, out, scheduler=cluster, partition_size=8)

    assert dataset_events(out) == first
    assert len(list((out / "events").glob("part-*.parquet"))) == summary.partitions  # no part of the first run left
    assert sorted(p.name for p in out.iterdir()) == ["documents", "events"]


def test_the_cli_writes_the_dataset_and_reports_each_failed_input(corpus, cluster, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["extract", "--engine", "dask", "--scheduler", cluster, "--output", str(out), "--partition-size", "5", *corpus]
    )

    assert result.exit_code == 1  # one bad record, as `saylau extract` exits on one machine
    assert f'error: {corpus[1]}:7: missing "text"' in result.output
    assert f"{out}: {len(dataset_documents(out))} documents (1 failed)" in result.output


@pytest.mark.parametrize(
    "options, message",
    [
        (["--engine", "dask"], "--engine dask writes a dataset folder; give --output DIR"),
        (["--engine", "dask", "-o", "x", "--format", "csv"], "--format 'csv' is for --engine local"),
        (["--engine", "spark"], "unknown --engine 'spark'; use local or dask"),
        (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
        (["--workers", "2"], "--workers needs --engine dask"),
    ],
)
def test_wrong_engine_options_are_one_line_errors(corpus, options, message):
    result = CliRunner().invoke(app, ["extract", *options, *corpus])

    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_standard_input_is_refused_on_a_cluster(tmp_path):
    result = CliRunner().invoke(app, ["extract", "--engine", "dask", "-o", str(tmp_path / "out"), "-"])

    assert result.exit_code == 1
    assert "not standard input" in result.output


def test_a_killed_worker_costs_nothing_of_the_output(tmp_path):
    """Two worker processes; one is killed (SIGKILL) when the first partition is done. Dask
    runs its partitions again on the other (and on the one its nanny restarts)."""
    from dask.distributed import Client, LocalCluster

    from saylau.extract import load_resources

    paragraphs = [line for kind in ("en", "ru") for path in sorted((Path(__file__).parents[2] / "samples" / kind).glob("*.txt"))
                  for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]  # fmt: skip
    feed = tmp_path / "paragraphs.jsonl"
    feed.write_text("".join(json.dumps({"id": f"p{i}", "text": p}, ensure_ascii=False) + "\n"
                            for i, p in enumerate(paragraphs * 2)), encoding="utf-8")  # fmt: skip
    documents, events, _ = local_run([str(feed)])
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        victim = next(iter(cluster.workers.values())).process.process.pid
        killed: list[int] = []

        def kill_one(result, total):
            if not killed:
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)

        summary = extract_to_dataset([str(feed)], tmp_path / "out", scheduler=cluster.scheduler_address,
                                     partition_size=8, on_partition=kill_one, timeout=180)  # fmt: skip
        with Client(cluster) as client:
            after = set(client.run(os.getpid).values())
            loaded = client.run(load_resources.cache_info)

    assert killed == [victim] and victim not in after
    assert summary.partitions == -(-len(documents) // 8) and summary.failures == []
    assert dataset_documents(tmp_path / "out") == documents
    assert dataset_events(tmp_path / "out") == events
    assert all(info.misses == 1 for info in loaded.values())  # reference data built once per worker process


def test_a_run_that_fails_leaves_the_previous_dataset_as_it_was(corpus, cluster, tmp_path):
    from saylau.errors import SaylauError

    out = tmp_path / "out"
    extract_to_dataset(corpus, out, scheduler=cluster, partition_size=8)
    before = dataset_events(out)

    with pytest.raises(SaylauError, match="cannot reach the Dask scheduler at nonsense"):
        extract_to_dataset(corpus, out, scheduler="nonsense")

    assert dataset_events(out) == before
    assert sorted(p.name for p in out.iterdir()) == ["documents", "events"]
