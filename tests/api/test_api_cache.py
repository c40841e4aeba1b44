"""QueryCache: time to live, invalidation on writes, single flight, stale-while-revalidate."""
from __future__ import annotations

import threading
import time

from saylau.api.cache import QueryCache


def counter():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    return compute, calls


def test_an_answer_is_computed_once_within_its_ttl():
    cache, (compute, calls) = QueryCache(ttl=60), counter()
    assert [cache.get("k", compute) for _ in range(3)] == [1, 1, 1]
    assert len(calls) == 1


def test_invalidate_forgets_every_answer():
    cache, (compute, _) = QueryCache(ttl=60), counter()
    cache.get("k", compute)
    cache.invalidate()
    assert cache.get("k", compute) == 2


def test_ttl_zero_turns_the_cache_off():
    cache, (compute, calls) = QueryCache(ttl=0), counter()
    cache.get("k", compute), cache.get("k", compute)
    assert len(calls) == 2


def test_concurrent_misses_compute_once():
    cache, calls, gate = QueryCache(ttl=60), [], threading.Event()

    def slow():
        calls.append(1)
        gate.wait(2)
        return "answer"

    results = []
    threads = [threading.Thread(target=lambda: results.append(cache.get("k", slow))) for _ in range(8)]
    for thread in threads:
        thread.start()
    time.sleep(0.1)
    gate.set()
    for thread in threads:
        thread.join()
    assert results == ["answer"] * 8 and len(calls) == 1


def test_an_expired_answer_is_served_while_it_is_refreshed():
    cache, (compute, calls) = QueryCache(ttl=0.05), counter()
    assert cache.get("k", compute) == 1
    time.sleep(0.07)
    assert cache.get("k", compute) == 1  # stale, refresh started in the background
    answers = []
    for _ in range(50):
        answers.append(cache.get("k", lambda: "computed in the request"))
        if answers[-1] == 2:
            break
        time.sleep(0.01)
    assert answers[-1] == 2 and set(answers) <= {1, 2} and len(calls) == 2  # never computed in the request


def test_an_error_is_not_cached():
    cache = QueryCache(ttl=60)

    def failing():
        raise RuntimeError("database away")

    for _ in range(2):
        try:
            cache.get("k", failing)
        except RuntimeError:
            pass
    assert cache.get("k", lambda: "back") == "back"
