"""The jobs that tie the layers together: read inputs, extract events, store both.

Shared by the CLI, the API and the demo so that each of them ingests the same way. The
layers below stay independent of one another; only this module and the shells combine them.

An ingest is a pipeline built for folders of 100,000 files on a small machine:

1. the main process reads inputs (files, folders, feeds) in batches of BATCH_SIZE and asks
   the store, in one query per batch, which content hashes it holds already: those are
   counted as already stored and never extracted, so re-running an interrupted ingest
   skips its finished part at the cost of reading it;
2. the new documents go to a process pool (one worker per core) that dates them (their
   published date, else their dateline, else a date their text gives), extracts their
   events, dates each event by its paragraph and computes their near-duplicate signature;
   meanwhile the main process reads the next batch;
3. the main process writes the batch in one transaction, in which the store files each
   document in its story of near-duplicates (store/stories.py: the grouping and its name do
   not depend on the order documents arrive in, so concurrent ingests agree with one run).

A batch is stored whole or not at all, and batches are written in input order, so an
ingest killed at any point (Ctrl-C, kill -9, a power cut) leaves a store that the same
command completes to exactly the store an uninterrupted run gives.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice
from pathlib import Path

from .errors import InputError, SaylauError
from .extract import EXTRACTOR_VERSION, extract_events
from .ingest import read_inputs
from .ingest.dates import DocumentDate, document_date
from .ingest.event_dates import date_events
from .ingest.feeds import read_feed
from .ingest.nearduplicates import band_keys, signature
from .ingest.storable import check_document
from .model import Document, Event
from .store import Store

BATCH_SIZE = 1000
PARALLEL_FROM = 200  # new documents in one batch before a process pool is worth starting

Item = Document | InputError


@dataclass
class IngestSummary:
    new: int = 0
    seen: int = 0
    events: int = 0
    reprints: int = 0  # new documents that are near-duplicates of one stored before them (same story)
    failures: list[InputError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


@dataclass(frozen=True)
class Analysed:
    """What a worker computes for one document; the document itself stays in the parent."""

    published: date | None
    events: list[Event]
    signature: bytes
    bands: list[int]


def read_sources(
    paths: Iterable[str] = (), feeds: Iterable[str] = (), allow_private: bool = False
) -> Iterator[Item]:
    """Documents and failures from files/folders, then from feeds (URLs or files)."""
    yield from read_inputs(list(paths))
    for feed in feeds:
        yield from read_feed(feed, allow_private=allow_private)


def extract_dated(doc: Document) -> tuple[Document, list[Event]]:
    """The document with its date (metadata, else its dateline, else the first day its text
    gives for an activity; ingest/dates.py) and its events, each with its own day (pure)."""
    when = document_date(doc)
    events = _events_of(doc, when)
    if when.day != doc.published:
        doc = replace(doc, published=when.day)
    return doc, date_events(events, doc, when)


def _events_of(doc: Document, when: DocumentDate) -> list[Event]:
    """The extractor's events, read with the day the document was published when that is known
    (metadata or dateline): an activity its sentence dates later is a plan. A day found only in
    the text is no day of publication, and neither is a stored one an earlier ingest found there."""
    return extract_events(doc if doc.published == when.published else replace(doc, published=when.published))


def analyse(doc: Document) -> Analysed:
    """Date, events and near-duplicate signature of one document (pure; runs in workers)."""
    doc, events = extract_dated(doc)
    sig = signature(doc.text)
    return Analysed(doc.published, events, sig, band_keys(sig))


def extract_inputs(paths: Iterable[str]) -> Iterator[tuple[Document, list[Event]] | InputError]:
    """Documents with their events, and the inputs that failed, in input order."""
    return extract_items(read_inputs(paths))


def extract_items(items: Iterable[Item]) -> Iterator[tuple[Document, list[Event]] | InputError]:
    """`extract_inputs` over items already read: the one way a document becomes events
    without a store, shared by `saylau extract` and by its workers on a cluster."""
    for item in map(_checked, items):
        if isinstance(item, InputError):
            yield item
        else:
            yield extract_dated(item)


def _checked(item: Item) -> Item:
    """A document no store can keep (NUL, a lone surrogate) becomes its input's error here,
    before it is hashed or joins a batch that its failure would abort."""
    return check_document(item) if isinstance(item, Document) else item


def ingest_into_store(
    paths: Iterable[str],
    store: Store,
    on_item: Callable[[str], None] | None = None,
    *,
    feeds: Iterable[str] = (),
    allow_private: bool = False,
    workers: int | None = None,
) -> IngestSummary:
    """Ingest every input (files, folders, then feeds); a failed input is recorded and the rest go on.

    See the module docstring for the pipeline. `workers` defaults to the number of cores;
    1 extracts in this process. `on_item` is called once per input item, when it is settled.
    """
    return ingest_items(read_sources(paths, feeds, allow_private), store, on_item, workers=workers)


def ingest_items(
    items: Iterable[Item],
    store: Store,
    on_item: Callable[[str], None] | None = None,
    *,
    workers: int | None = None,
) -> IngestSummary:
    """The pipeline over already-read items (documents and failures), e.g. from a feed poll."""
    summary = IngestSummary()
    notify = on_item or (lambda label: None)
    pending: deque[tuple[list[tuple[Document, str]], _Result]] = deque()
    in_flight: set[str] = set()  # hashes of documents sent to extraction but not yet stored
    with _Analyser(workers) as analyser:
        iterator = map(_checked, items)
        while chunk := list(islice(iterator, BATCH_SIZE)):
            fresh = _fresh_documents(chunk, store, in_flight, summary, notify)
            pending.append((fresh, analyser.submit([doc for doc, _ in fresh])))
            if len(pending) > 1:
                _commit(*pending.popleft(), store, summary, notify, in_flight)
        while pending:
            _commit(*pending.popleft(), store, summary, notify, in_flight)
    return summary


def _fresh_documents(
    chunk: Sequence[Item],
    store: Store,
    in_flight: set[str],
    summary: IngestSummary,
    notify: Callable[[str], None],
) -> list[tuple[Document, str]]:
    """The chunk's documents that are neither stored nor on their way; the rest are settled."""
    docs = [(item, item.content_hash) for item in chunk if isinstance(item, Document)]
    known = store.known_hashes(key for _, key in docs)
    fresh = []
    for item in chunk:
        if isinstance(item, InputError):
            summary.failures.append(item)
            notify(item.source)
    for doc, key in docs:
        if key in known or key in in_flight:
            summary.seen += 1
            notify(doc.id)
        else:
            in_flight.add(key)
            fresh.append((doc, key))
    return fresh


def _commit(
    fresh: list[tuple[Document, str]],
    result: "_Result",
    store: Store,
    summary: IngestSummary,
    notify: Callable[[str], None],
    in_flight: set[str],
) -> None:
    """Store a batch of analysed documents, filed in their stories, in one transaction."""
    analysed = result.get()
    if not fresh:
        return
    pairs = []
    sketches = {}
    for (doc, key), found in zip(fresh, analysed):
        pairs.append((doc if found.published == doc.published else replace(doc, published=found.published), found.events))
        sketches[key] = (found.signature, found.bands)
    for (doc, key), (_, events), filed in zip(fresh, pairs, store.add_documents_in_stories(pairs, EXTRACTOR_VERSION, sketches)):
        in_flight.discard(key)
        if filed is not None:
            summary.new += 1
            summary.events += len(events)
            summary.reprints += filed[1]
        else:
            summary.seen += 1
        notify(doc.id)


class _Result:
    """A batch analysed in this process: the same `get()` as a pool's AsyncResult."""

    def __init__(self, value: list[Analysed]):
        self._value = value

    def get(self) -> list[Analysed]:
        return self._value


class _Analyser:
    """Runs `analyse` over batches: here for small ones, in a process pool for large ones.

    The pool is started on the first batch with PARALLEL_FROM new documents, so a small
    ingest never pays for starting workers. Workers are spawned (not forked): the parent
    holds database connections and a progress-bar thread that a fork would copy.
    """

    def __init__(self, workers: int | None):
        self.workers = max(1, workers if workers is not None else (os.cpu_count() or 1))
        self._pool = None

    def submit(self, docs: list[Document]):
        if self._pool is None and (self.workers == 1 or len(docs) < PARALLEL_FROM):
            return _Result([analyse(doc) for doc in docs])
        if self._pool is None:
            self._pool = multiprocessing.get_context("spawn").Pool(self.workers, initializer=_ignore_interrupts)
        chunk = max(1, len(docs) // (self.workers * 4))
        return self._pool.map_async(analyse, docs, chunksize=chunk)

    def __enter__(self) -> "_Analyser":
        return self

    def __exit__(self, exc_type, *rest) -> None:
        if self._pool is None:
            return
        if exc_type is None:
            self._pool.close()
        else:
            self._pool.terminate()
        self._pool.join()


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool: one message, not one per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def reextract(store: Store, on_item: Callable[[str], None] | None = None) -> tuple[int, int]:
    """Rebuild the events of documents made by another extractor version: (documents, events)."""
    docs = events = 0
    for doc in list(store.documents_needing_reextract(EXTRACTOR_VERSION)):
        when = document_date(doc)  # its stored date, else the one its text gives
        new_events = date_events(_events_of(doc, when), doc, when)
        store.replace_events(doc.content_hash, new_events, EXTRACTOR_VERSION)
        docs += 1
        events += len(new_events)
        if on_item is not None:
            on_item(doc.id)
    return docs, events


def sample_corpus() -> Path:
    """The illustrative corpus the demo ingests: samples/ of the working folder, else the copy
    shipped inside the package (so that `saylau demo` works from any install)."""
    from importlib import resources

    for candidate in (Path.cwd() / "samples", Path(str(resources.files("saylau") / "samples"))):
        if candidate.is_dir():
            return candidate
    raise SaylauError("the samples/ folder was not found; give your own folder with --samples")


def sample_news(folder: Path) -> list[str]:
    """The news of a sample folder: everything but its READMEs and the election results,
    which describe the samples rather than report a campaign."""
    return [str(p) for p in sorted(folder.iterdir()) if not p.name.lower().startswith("readme") and p.name != "results"]