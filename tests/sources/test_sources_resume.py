"""kill -9 halfway through `saylau ingest`, run it again: the store an uninterrupted run gives."""
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
