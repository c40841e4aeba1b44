"""Load test of the API: requests per second and p50/p99 latency at 32 concurrent clients.

    python bench/api_load.py                    # 1,000,000 events, 20 s per endpoint
    python bench/api_load.py --events 100000 --seconds 5

1. Builds (once; reused when it exists) an SQLite store of generated events: synthetic
   documents of ten one-line paragraphs, each paragraph one event with one or two parties,
   one or two regions, a type, topics and a date in the 2023 campaign, written through
   Store.add_documents in large batches. The extractor is not run: its speed is measured by
   bench/extract_throughput.py, and here only the shape of the data matters.
2. Starts `saylau serve` on 127.0.0.1 in its own process (the server does not share a
   GIL with the clients), waits until it answers.
3. For each endpoint: one cold request (cache empty, the true cost of the query), then
   `--clients` threads, each with its own keep-alive connection (http.client; httpx with
   `--client httpx`), request it in a loop for `--seconds`; prints requests per second
   and p50/p99/max latency.

Loopback only, bounded in time. The server's statistics cache (10 s TTL, stale answers
served while one thread refreshes) is what keeps p99 low; the cold figure shows the rest.
"""
from __future__ import annotations

import argparse
import http.client
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

from saylau.model import Document, Event, Span
from saylau.reference import load_parties, load_regions, topic_codes
from saylau.store import open_store

EVENT_TYPES = ("voter_meeting", "labour_collective_meeting", "rally", "press_event", "campaign_tour", "debate")
PARAGRAPHS_PER_DOCUMENT = 10
ENDPOINTS = (
    ("stats/party-region", "/api/v1/stats/party-region"),
    ("events, filtered page", "/api/v1/events?party=AMANAT&region=KZ-11&limit=50"),
)


def generate_store(url: str, total_events: int, seed: int = 7) -> None:
    """Fill the store at ``url`` with ``total_events`` events, unless it holds that many."""
    with open_store(url) as store:
        present = store.count_events()
        if present >= total_events:
            print(f"store {url}: {present:,} events already, reused")
            return
        rng = random.Random(seed)
        parties = [p for p in load_parties() if not p.historic]
        regions = [r for r in load_regions()]
        topics = topic_codes()
        start, batch, made, number = date(2023, 2, 20), [], 0, present // PARAGRAPHS_PER_DOCUMENT
        began = time.perf_counter()
        while made < total_events - present:
            number += 1
            doc_id = f"bench-{number:07d}"
            published = start + timedelta(days=rng.randrange(28))
            lines, events = [], []
            for paragraph in range(PARAGRAPHS_PER_DOCUMENT):
                chosen = rng.sample(parties, 2 if rng.random() < 0.15 else 1)
                places = rng.sample(regions, 2 if rng.random() < 0.2 else 1)
                line = (
                    f"{' and '.join(p.name['en'] for p in chosen)} met voters in "
                    f"{' and '.join(r.name['en'] for r in places)} ({doc_id}, item {paragraph})."
                )
                lines.append(line)
                party_end = len(chosen[0].name["en"])
                events.append(
                    Event(
                        doc_id=doc_id,
                        paragraph=paragraph,
                        parties=tuple(p.code for p in chosen),
                        regions=tuple(r.code for r in places),
                        event_type=rng.choice(EVENT_TYPES),
                        topics=tuple(rng.sample(topics, rng.randrange(0, 3))),
                        evidence={"parties": (Span(0, party_end),)},
                        lang="en",
                        published=published,
                    )
                )
            batch.append((Document(id=doc_id, text="\n".join(lines), published=published, lang="en"), events))
            made += len(events)
            if len(batch) >= 2000:
                store.add_documents(batch, "bench")
                batch.clear()
                rate = made / (time.perf_counter() - began)
                print(f"\r  {present + made:,} events ({rate:,.0f}/s)", end="", flush=True)
        if batch:
            store.add_documents(batch, "bench")
        print(f"\nstore {url}: {store.count_events():,} events in {time.perf_counter() - began:.0f} s")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(url: str, port: int) -> subprocess.Popen:
    command = [
        sys.executable, "-c", "from saylau.cli import main; main()",
        "serve", "--db", url, "--host", "127.0.0.1", "--port", str(port),
    ]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/parties", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the server did not start within 60 s")


def drive(port: int, path: str, clients: int, seconds: float, client: str) -> tuple[list[float], int]:
    """Latencies (seconds) of every request made by ``clients`` threads for ``seconds``.

    The default client is the standard library's http.client: on a 2-core machine the
    clients share the CPU with the server, and httpx's heavier per-request work in 32 threads
    shows up as latency that is the client's, not the server's (``--client httpx`` to see it).
    """
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def get_with_stdlib() -> None:
        mine, failed = [], 0
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop_at:
            began = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            mine.append(time.perf_counter() - began)
            failed += response.status != 200
        connection.close()
        record(mine, failed)

    def get_with_httpx() -> None:
        mine, failed = [], 0
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            while time.monotonic() < stop_at:
                began = time.perf_counter()
                response = http.get(path)
                mine.append(time.perf_counter() - began)
                failed += response.status_code != 200
        record(mine, failed)

    def record(mine: list[float], failed: int) -> None:
        with lock:
            latencies.extend(mine)
            failures[0] += failed

    target = get_with_httpx if client == "httpx" else get_with_stdlib
    threads = [threading.Thread(target=target) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, failures[0]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/saylau-bench-1m.db", help="SQLite file (kept for the next run).")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--client", choices=("stdlib", "httpx"), default="stdlib")
    args = parser.parse_args()
    url = f"sqlite:///{Path(args.db).resolve()}"
    generate_store(url, args.events)
    port = free_port()
    server = start_server(url, port)
    base = f"http://127.0.0.1:{port}"
    try:
        print(f"{args.clients} {args.client} clients, {args.seconds:.0f} s per endpoint, server on {base}")
        print(f"{'endpoint':24} {'cold ms':>8} {'requests':>9} {'rps':>7} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} {'errors':>6}")
        for name, path in ENDPOINTS:
            began = time.perf_counter()
            httpx.get(base + path, timeout=120).raise_for_status()
            cold = time.perf_counter() - began
            latencies, failures = drive(port, path, args.clients, args.seconds, args.client)
            print(
                f"{name:24} {cold * 1000:8.0f} {len(latencies):9,} {len(latencies) / args.seconds:7.0f} "
                f"{statistics.median(latencies) * 1000:7.1f} {percentile(latencies, 0.99) * 1000:7.1f} "
                f"{max(latencies) * 1000:7.1f} {failures:6}"
            )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
