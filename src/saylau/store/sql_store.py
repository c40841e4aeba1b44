"""The Store: documents and their events in one SQL database, written in whole transactions.

Writes are all-or-nothing per call: a document is never visible without the events that
were extracted from it, and re-ingesting the same text is a no-op that returns False.
Reads go through ``queries`` so that every listing and statistic shares one filter language.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timezone
from typing import Any, Unpack

from sqlalchemy import Connection, Engine, delete, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import OperationalError

from saylau.errors import StoreError
from saylau.model import Document, Event
from saylau.store import bulk, queries, stories
from saylau.store.connect import mask_password
from saylau.store.protocols import ProtocolStoreMixin
from saylau.store.queries import EventFilters, Interval
from saylau.store.rows import (
    StoredEvent,
    document_from_row,
    document_row,
    document_event_rows,
    stored_event_from_row,
)
from saylau.store.schema import LABEL_TABLES, documents
from saylau.store.schema import events as event_rows

_PAGE = 500  # documents per round trip when iterating
_STREAM_BATCH = 1000  # event rows per fetch when streaming an export
_STORIES_LOCK = 0x5A7_1A0  # the PostgreSQL advisory lock that writers of stories take in turn


class Store(ProtocolStoreMixin):
    """Persistent documents and events over SQLite or PostgreSQL; use ``open_store`` to get one."""

    def __init__(self, engine: Engine, url: str):
        self._engine = engine
        self.url = mask_password(url)  # safe to print

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Release every connection; the Store must not be used afterwards."""
        self._engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def add_document(self, doc: Document, events: Sequence[Event], extractor_version: str) -> bool:
        """Store ``doc`` and its ``events`` in one transaction.

        Returns False, changing nothing, when a document with the same text (content hash)
        is already stored. If anything fails, nothing of the document is left behind.
        """
        return self.add_documents([(doc, events)], extractor_version)[0]

    def add_documents(
        self, batch: Sequence[tuple[Document, Sequence[Event]]], extractor_version: str
    ) -> list[bool]:
        """Store many documents with their events in one transaction (bulk inserts).

        Returns, per input pair, whether that document was new. A text repeated inside the
        batch is stored once, for its first occurrence. All or nothing: on any error no
        document of the batch is stored.
        """
        return [filed is not None for filed in self.add_documents_in_stories(batch, extractor_version, {})]

    def add_documents_in_stories(
        self,
        batch: Sequence[tuple[Document, Sequence[Event]]],
        extractor_version: str,
        sketches: Mapping[str, tuple[bytes, Sequence[int]]],
    ) -> list[tuple[str, bool] | None]:
        """``add_documents``, filing the new documents that have a sketch (content hash ->
        MinHash signature, band keys) in their near-duplicate stories (stories.file_in_stories)
        in the same transaction. Returns, per input pair, None for a document stored already,
        else its story (its own hash when it has no sketch) and whether it joined a story of
        documents stored before it (a reprint).

        Filing reads the stored stories and then writes, so writers take turns: on SQLite the
        documents' INSERT takes the database's write lock before the stories are read, and on
        PostgreSQL a transaction-scoped advisory lock does. Two ingests writing at once thus
        give the stories of one sequential run.
        """
        now = datetime.now(timezone.utc)
        fresh: dict[str, tuple[Document, Sequence[Event]]] = {}
        for doc, doc_events in batch:
            fresh.setdefault(doc.content_hash, (doc, doc_events))
        with _transaction(self._engine, self.url) as conn:
            inserted: set[str] = set()
            if sketches and conn.dialect.name == "postgresql":
                conn.execute(select(func.pg_advisory_xact_lock(_STORIES_LOCK)))
            if fresh:
                rows = [document_row(doc, extractor_version, now) for doc, _ in fresh.values()]
                statement = self._insert_ignoring_duplicates(documents)
                result = conn.execute(statement.returning(documents.c.content_hash), rows)
                inserted = set(result.scalars())
            new_pairs = [pair for key, pair in fresh.items() if key in inserted]
            _insert_events(conn, new_pairs, extractor_version)
            filed, joined = stories.file_in_stories(
                conn, {key: (*sketches[key], fresh[key][0].published) for key in fresh if key in inserted and key in sketches}
            )
        answers: list[tuple[str, bool] | None] = []
        for doc, _ in batch:
            key = doc.content_hash
            answers.append((filed.get(key, key), key in joined) if key in inserted else None)
            inserted.discard(key)
        return answers

    def load_documents(
        self, batch: Sequence[tuple[Document, Sequence[Event]]], extractor_version: str
    ) -> list[bool]:
        """``add_documents`` for bulk loads: the same answers and the same one transaction,
        through COPY on PostgreSQL (store/bulk.py). No stories are assigned: a load is
        followed by ``documents_without_story`` and ``file_stored_in_stories``."""
        if self._engine.dialect.name != "postgresql":
            return self.add_documents(batch, extractor_version)
        fresh: dict[str, tuple[Document, Sequence[Event]]] = {}
        for doc, doc_events in batch:
            fresh.setdefault(doc.content_hash, (doc, doc_events))
        with _transaction(self._engine, self.url) as conn:
            inserted = bulk.copy_documents(conn, list(fresh.values()), extractor_version, datetime.now(timezone.utc))
        claimed: set[str] = set()
        answers = []
        for doc, _ in batch:
            answers.append(doc.content_hash in inserted and doc.content_hash not in claimed)
            claimed.add(doc.content_hash)
        return answers

    def documents_without_story(self, after: str = "", limit: int = _PAGE) -> list[tuple[str, str, date | None]]:
        """(content hash, text, published) of stored documents with no story yet, in hash order after ``after``."""
        with self._engine.connect() as conn:
            return stories.documents_without_story(conn, after, limit)

    def file_stored_in_stories(self, sketches: Mapping[str, tuple[bytes, Sequence[int], date | None]]) -> tuple[dict[str, str], set[str]]:
        """File stored documents that have no story yet (content hash -> signature, band keys,
        published) in their stories, in one transaction under the same lock as an ingest
        (stories.file_in_stories): returns content hash -> story, and those that joined one."""
        with _transaction(self._engine, self.url) as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(select(func.pg_advisory_xact_lock(_STORIES_LOCK)))
            else:  # SQLite: take the write lock before the stories are read
                conn.exec_driver_sql("UPDATE document_stories SET story = story WHERE 0")
            return stories.file_in_stories(conn, sketches)

    def replace_events(
        self, content_hash: str, events: Sequence[Event], extractor_version: str
    ) -> int:
        """Swap a stored document's events for ``events`` (one transaction); returns their number.

        Marks the document as extracted by ``extractor_version``, even with no events.
        """
        with _transaction(self._engine, self.url) as conn:
            doc = _fetch_document(conn, documents.c.content_hash == content_hash)
            if doc is None:
                raise StoreError(f"no stored document has content hash {content_hash}; ingest it first")
            old_ids = select(event_rows.c.id).where(event_rows.c.content_hash == content_hash)
            for table, _ in LABEL_TABLES.values():
                conn.execute(delete(table).where(table.c.event_id.in_(old_ids)))
            conn.execute(delete(event_rows).where(event_rows.c.content_hash == content_hash))
            conn.execute(
                update(documents)
                .where(documents.c.content_hash == content_hash)
                .values(extractor_version=extractor_version)
            )
            _insert_events(conn, [(doc, events)], extractor_version)
        return len(events)

    # -- documents -------------------------------------------------------------------------

    def known_hashes(self, content_hashes: Iterable[str]) -> set[str]:
        """Those of ``content_hashes`` that are stored: lets a re-run skip them before extracting."""
        with self._engine.connect() as conn:
            return stories.known_hashes(conn, content_hashes)

    def story_candidates(self, band_keys: Iterable[int]) -> dict[int, list[tuple[str, str, bytes]]]:
        """band key -> [(content hash, story, signature)] of stored documents sharing it."""
        with self._engine.connect() as conn:
            return stories.candidates(conn, band_keys)

    def reprinted_stories(self, limit: int | None = 20) -> list[stories.Story]:
        """Stories carried by more than one document, with their outlets, most reprinted first
        (every one with ``limit=None``)."""
        with self._engine.connect() as conn:
            return stories.reprinted_stories(conn, limit)

    def party_coverage(self) -> list[stories.Coverage]:
        """Per party: distinct stories with its events, documents and outlets carrying them."""
        with self._engine.connect() as conn:
            return stories.party_coverage(conn)

    def has_document(self, content_hash: str) -> bool:
        """Whether a document with this content hash is stored."""
        query = select(documents.c.content_hash).where(documents.c.content_hash == content_hash)
        with self._engine.connect() as conn:
            return conn.execute(query).first() is not None

    def get_document(self, key: str) -> Document | None:
        """The document with this content hash, else the latest ingested with this doc_id."""
        with self._engine.connect() as conn:
            found = _fetch_document(conn, documents.c.content_hash == key)
            return found or _fetch_document(conn, documents.c.doc_id == key)

    def count_documents(self) -> int:
        with self._engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(documents)).scalar_one())

    def iter_documents(self) -> Iterator[Document]:
        """Every stored document, in content-hash order, fetched a page at a time.

        No connection is held between pages, so the caller may write while iterating.
        """
        yield from self._iter_documents_where()

    def extractor_versions(self) -> dict[str, int]:
        """Documents per version of the extractor that made their stored events ("" unknown)."""
        column = documents.c.extractor_version
        with self._engine.connect() as conn:
            rows = conn.execute(select(column, func.count()).group_by(column)).all()
        return {version or "": int(n) for version, n in rows}

    def documents_needing_reextract(self, extractor_version: str) -> Iterator[Document]:
        """Documents whose stored events were not produced by ``extractor_version``."""
        column = documents.c.extractor_version
        yield from self._iter_documents_where(or_(column.is_(None), column != extractor_version))

    # -- events ----------------------------------------------------------------------------

    def count_events(self, **filters: Unpack[EventFilters]) -> int:
        """Number of stored events matching the filters (all events without filters)."""
        with self._engine.connect() as conn:
            return queries.count_events(conn, filters)

    def query_events(
        self, *, limit: int = 100, offset: int = 0, **filters: Unpack[EventFilters]
    ) -> list[StoredEvent]:
        """One page of matching events, newest published first (undated last), then by id.

        Filters: party, region, event_type, topic (a code, or several of which any may
        match), since, until (inclusive dates; they leave out undated events), dated (True:
        only events with a date, False: only those without), q (a case-insensitive substring of the
        event's own paragraph), min_confidence (the
        extractor's confidence at least this, 0..1) and content_hash.
        """
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must not be negative")
        with self._engine.connect() as conn:
            rows = conn.execute(queries.select_events(filters, limit, offset)).all()
        return [stored_event_from_row(row) for row in rows]

    def iter_events(self, **filters: Unpack[EventFilters]) -> Iterator[StoredEvent]:
        """Every matching event, in the order of ``query_events``, without a limit.

        Rows are fetched from the database a batch at a time (a server-side cursor on
        PostgreSQL), so an export of a million events holds one batch in memory. The
        connection stays open until the iterator is exhausted or closed.
        """
        with self._engine.connect() as conn:
            result = conn.execution_options(yield_per=_STREAM_BATCH).execute(queries.select_all_events(filters))
            for row in result:
                yield stored_event_from_row(row)

    def date_range(self, **filters: Unpack[EventFilters]) -> tuple[date, date] | None:
        """The first and last day of matching events; None when none has a date."""
        with self._engine.connect() as conn:
            return queries.date_range(conn, filters)

    def party_counts(self, **filters: Unpack[EventFilters]) -> dict[str, int]:
        """party → number of matching events that name it."""
        with self._engine.connect() as conn:
            return queries.party_counts(conn, filters)

    def party_region_matrix(self, **filters: Unpack[EventFilters]) -> dict[str, dict[str, int]]:
        """party → region → number of matching events that involve both."""
        with self._engine.connect() as conn:
            return queries.party_region_matrix(conn, filters)

    def top_topics(self, *, limit: int = 10, **filters: Unpack[EventFilters]) -> list[tuple[str, int]]:
        """The ``limit`` most frequent topics of matching events (e.g. of one party), with counts."""
        with self._engine.connect() as conn:
            return queries.top_topics(conn, limit, filters)

    def event_type_counts(self, **filters: Unpack[EventFilters]) -> dict[str, int]:
        """event type → number of matching events."""
        with self._engine.connect() as conn:
            return queries.event_type_counts(conn, filters)

    def timeline(
        self, interval: Interval = "week", **filters: Unpack[EventFilters]
    ) -> list[tuple[date, str, int]]:
        """(period start, party, event count) over dated matching events; weeks start Monday."""
        with self._engine.connect() as conn:
            return queries.timeline(conn, interval, filters)

    # -- internals -------------------------------------------------------------------------

    def _insert_ignoring_duplicates(self, table: Any) -> Any:
        dialect = postgresql if self._engine.dialect.name == "postgresql" else sqlite
        return dialect.insert(table).on_conflict_do_nothing(index_elements=["content_hash"])

    def _iter_documents_where(self, *conditions: Any) -> Iterator[Document]:
        last = ""
        while True:
            query = (
                select(documents)
                .where(documents.c.content_hash > last, *conditions)
                .order_by(documents.c.content_hash)
                .limit(_PAGE)
            )
            with self._engine.connect() as conn:
                page = conn.execute(query).all()
            yield from (document_from_row(row) for row in page)
            if len(page) < _PAGE:
                return
            last = page[-1].content_hash


@contextmanager
def _transaction(engine: Engine, url: str) -> Iterator[Connection]:
    """engine.begin(), reporting lost connections, locks and full disks as StoreError."""
    try:
        with engine.begin() as conn:
            yield conn
    except OperationalError as exc:
        raise _write_error(url, exc) from exc


def _write_error(url: str, exc: OperationalError) -> StoreError:
    reason = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else "unknown error"
    return StoreError(f"{url}: cannot write ({reason}); check that the database is reachable and writable")


def _insert_events(
    conn: Connection, pairs: Sequence[tuple[Document, Sequence[Event]]], extractor_version: str
) -> None:
    rows: list[dict[str, Any]] = []
    labels: list[Event] = []
    for doc, doc_events in pairs:
        rows.extend(document_event_rows(doc, doc_events, extractor_version))
        labels.extend(doc_events)
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        # SQLite does not promise the order of RETURNING rows, so SQLAlchemy would insert one
        # row per statement; this transaction has written already and holds the write lock,
        # so the ids can be numbered here and the rows inserted in bulk.
        first = int(conn.execute(select(func.coalesce(func.max(event_rows.c.id), 0))).scalar_one()) + 1
        ids = list(range(first, first + len(rows)))
        conn.execute(event_rows.insert(), [dict(row, id=event_id) for row, event_id in zip(rows, ids)])
    else:
        statement = event_rows.insert().returning(event_rows.c.id, sort_by_parameter_order=True)
        ids = list(conn.execute(statement, rows).scalars())
    for field, (table, column) in LABEL_TABLES.items():
        label_rows = [
            {"event_id": event_id, column.name: value}
            for event_id, event in zip(ids, labels)
            for value in dict.fromkeys(getattr(event, field))
        ]
        if label_rows:
            conn.execute(table.insert(), label_rows)


def _fetch_document(conn: Connection, condition: Any) -> Document | None:
    query = select(documents).where(condition).order_by(documents.c.ingested_at.desc()).limit(1)
    row = conn.execute(query).first()
    return None if row is None else document_from_row(row)
