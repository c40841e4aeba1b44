"""kill -9 during `saylau ingest`, then the same command again; two ingests writing into one
store at once: each gives the store one uninterrupted, sequential run gives (issue 13).

The first test kills a run with a pool of workers once, on SQLite. The others run on SQLite
and, with $SAYLAU_TEST_PG, on PostgreSQL, over a corpus of stories each carried by one to
four outlets (a reprint is sometimes dated before the report it copies), in batches of
BATCH documents so that a small corpus is many transactions.
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from saylau import workflow
from saylau.store import open_store
from saylau.store.schema import document_stories, documents, event_parties, events

ROOT = Path(__file__).resolve().parents[2]
DOCS = 3000
SAYLAU = [sys.executable, "-c", "from saylau.cli import main; main()"]


def generate(folder: Path, count: int) -> None:
    """`count` small news files: sample paragraphs recombined, each with a line of its own."""
    paragraphs = [
        line.strip()
        for path in sorted((ROOT / "samples").glob("*/*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    rng = random.Random(5)
    for number in range(count):
        sub = folder / f"part{number // 500}"
        sub.mkdir(parents=True, exist_ok=True)
        body = "\n".join(rng.sample(paragraphs, 2))
        (sub / f"{number:05d}.txt").write_text(f"Report {number}, {1 + number % 28} March 2023.\n{body}\n", encoding="utf-8")


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet
        return 0


def snapshot(db: Path) -> dict[str, object]:
    with sqlite3.connect(db) as conn:
        return {
            "documents": sorted(conn.execute("SELECT content_hash, doc_id, published FROM documents")),
            "events": sorted(conn.execute("SELECT content_hash, paragraph, ordinal, published, payload FROM events")),
            "stories": sorted(conn.execute("SELECT content_hash, story FROM document_stories")),
            "parties": conn.execute("SELECT count(*) FROM event_parties").fetchone()[0],
        }


def ingest(folder: Path, db: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*SAYLAU, "ingest", str(folder), "--db", f"sqlite:///{db}", *options],
        capture_output=True, text=True, timeout=120,
    )


def test_kill_9_halfway_then_the_same_command_gives_the_uninterrupted_store(tmp_path):
    folder = tmp_path / "news"
    generate(folder, DOCS)
    killed = tmp_path / "killed.db"
    log = tmp_path / "killed.log"

    with open(log, "wb") as output:
        process = subprocess.Popen(
            [*SAYLAU, "ingest", str(folder), "--db", f"sqlite:///{killed}", "--workers", "2"],
            stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 60
        while stored(killed) == 0 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)  # its pool workers, orphaned by the kill
        except ProcessLookupError:
            pass
    partial = stored(killed)
    if not 0 < partial < DOCS:
        pytest.fail(
            f"expected to kill the ingest halfway, but {partial} of {DOCS} documents were stored; "
            f"its output: {log.read_text(errors='replace')[-2000:]}"
        )

    rerun = ingest(folder, killed)
    assert rerun.returncode == 0, rerun.stderr
    assert f"documents: {DOCS - partial} new, {partial} already stored, 0 failed" in rerun.stdout

    clean = tmp_path / "clean.db"
    uninterrupted = ingest(folder, clean, "--workers", "1")
    assert uninterrupted.returncode == 0, uninterrupted.stderr

    assert snapshot(killed) == snapshot(clean)
    assert len(snapshot(clean)["documents"]) == DOCS


BATCH = 10
STORIES = 40
KILLS = 3
SAYLAU_IN_BATCHES = [
    sys.executable, "-c",
    f"from saylau import workflow; workflow.BATCH_SIZE = {BATCH}; from saylau.cli import main; main()",
]


def generate_reprinted(folder: Path, stories: int, seed: int) -> list[Path]:
    """Two folders of news (returned) holding `stories` reports, each printed by one to four
    outlets with a dateline, a day and a credit of their own, shuffled between the folders so
    that a story's copies are in both."""
    paragraphs = [
        line.strip()
        for path in sorted((ROOT / "samples").glob("*/*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    rng = random.Random(seed)
    copies = []
    for number in range(stories):
        body = "\n".join(rng.sample(paragraphs, 2))
        for outlet in range(rng.randint(1, 4)):
            day = rng.randint(1, 28)
            copies.append(f"Outlet {outlet}, story {number}, {day} March 2023.\n{body}\nCredit: outlet {outlet}.\n")
    rng.shuffle(copies)
    halves = [folder / "first", folder / "second"]
    for number, text in enumerate(copies):
        half = halves[number % 2]
        half.mkdir(parents=True, exist_ok=True)
        (half / f"{number:05d}.txt").write_text(text, encoding="utf-8")
    return halves


def store_snapshot(url: str) -> dict[str, object]:
    """Documents, events (without their row ids) and stories of a store, in a fixed order."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                "documents": sorted(conn.execute(sa.select(documents.c.content_hash, documents.c.doc_id, documents.c.published))),
                "events": sorted(conn.execute(sa.select(events.c.content_hash, events.c.paragraph, events.c.ordinal,
                                                        events.c.published, events.c.payload))),
                "stories": sorted(conn.execute(sa.select(document_stories.c.content_hash, document_stories.c.story))),
                "parties": conn.execute(sa.select(sa.func.count()).select_from(event_parties)).scalar_one(),
            }
    finally:
        engine.dispose()


def count_stored(engine: sa.Engine) -> int:
    try:
        with engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one()
    except sa.exc.SQLAlchemyError:  # no tables yet
        return 0


def start_ingest(halves: list[Path], url: str, log: Path) -> subprocess.Popen:
    with open(log, "ab") as output:
        return subprocess.Popen(
            [*SAYLAU_IN_BATCHES, "ingest", *map(str, halves), "--db", url, "--workers", "1"],
            stdout=output, stderr=subprocess.STDOUT,
        )


def finished(process: subprocess.Popen, log: Path) -> None:
    assert process.wait(timeout=120) == 0, log.read_text(errors="replace")[-2000:]


def sequential(halves: list[Path], url: str, monkeypatch) -> dict[str, object]:
    """The store one uninterrupted run gives (in this process: the same call as the command's)."""
    monkeypatch.setattr(workflow, "BATCH_SIZE", BATCH)
    with open_store(url) as store:
        workflow.ingest_into_store([str(half) for half in halves], store, workers=1)
    return store_snapshot(url)


def test_kill_9_again_and_again_then_resume_gives_the_uninterrupted_store(tmp_path, store_url, store_urls, monkeypatch):
    halves = generate_reprinted(tmp_path / "news", STORIES, seed=13)
    total = sum(1 for half in halves for _ in half.iterdir())
    log = tmp_path / "ingest.log"
    rng = random.Random(13)
    partials = []
    watcher = sa.create_engine(store_url)
    for _ in range(KILLS):
        before = count_stored(watcher)
        process = start_ingest(halves, store_url, log)
        deadline = time.monotonic() + 60
        while count_stored(watcher) == before and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(rng.uniform(0, 0.25))  # a random point of a later batch: reading, extracting or writing
        process.kill()
        process.wait()
        partials.append(count_stored(watcher))
    watcher.dispose()
    assert 0 < partials[0] < total, f"the first kill should land halfway: {partials} of {total}"
    assert partials == sorted(partials)  # each run went on from where the last stopped

    finished(start_ingest(halves, store_url, log), log)

    killed = store_snapshot(store_url)
    assert killed == sequential(halves, store_urls(), monkeypatch)
    assert len(killed["documents"]) == total
    assert len(set(story for _, story in killed["stories"])) < total  # there are reprints to group


def test_two_ingests_of_halves_at_once_give_the_sequential_store(tmp_path, store_url, store_urls, monkeypatch):
    """Both start on a store that does not exist yet: they race to create it, then write
    batches in turns; the first half's reprints often name stories of the second's."""
    halves = generate_reprinted(tmp_path / "news", STORIES, seed=17)
    log = tmp_path / "ingest.log"
    both = [start_ingest([half], store_url, log) for half in halves]
    for process in both:
        finished(process, log)

    concurrent = store_snapshot(store_url)
    assert concurrent == sequential(halves, store_urls(), monkeypatch)
    assert len(concurrent["stories"]) == sum(1 for half in halves for _ in half.iterdir())
