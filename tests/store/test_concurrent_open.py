"""Two processes opening one new store at the same moment both get a working store.

Issue 13: the pair raced ("table documents already exists" / "database is locked") in 40 of
40 synchronised pairs. Each round here starts two spawned processes at a barrier, both
opening the same new SQLite file and storing a document of their own.
"""
from __future__ import annotations

import multiprocessing

from saylau.model import Document
from saylau.store import open_store

ROUNDS = 12


def _open_and_write(url_pattern: str, barrier, name: str, failures) -> None:
    for round_number in range(ROUNDS):
        barrier.wait()
        try:
            with open_store(url_pattern.format(round_number)) as store:
                store.add_document(Document(id=name, text=f"{name} in round {round_number}"), [], "v1")
        except Exception as exc:  # noqa: BLE001 - every failure is what the test reports
            failures.put(f"round {round_number}, {name}: {type(exc).__name__}: {exc}")


def test_two_processes_creating_one_store_at_once_both_succeed(tmp_path):
    context = multiprocessing.get_context("spawn")
    barrier, failures = context.Barrier(2), context.Queue()
    url_pattern = f"sqlite:///{tmp_path}/store-{{}}.db"
    workers = [
        context.Process(target=_open_and_write, args=(url_pattern, barrier, name, failures)) for name in ("a", "b")
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    found = []
    while not failures.empty():
        found.append(failures.get())
    assert found == []
    assert [worker.exitcode for worker in workers] == [0, 0]
    for round_number in range(ROUNDS):
        with open_store(url_pattern.format(round_number)) as store:
            assert sorted(doc.id for doc in store.iter_documents()) == ["a", "b"]
