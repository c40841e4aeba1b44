"""SQL for stories: near-duplicate documents grouped, their outlets, and coverage per party.

A story is the set of documents that carry the same text give or take an outlet's edits
(see ingest/nearduplicates.py); it is named by the content hash of its first stored
document. The statistics count each story's events once, from that first document (see
``queries.reprint_condition``); the documents themselves are all kept, and the outlets that
carried a story are a figure of their own: coverage.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from sqlalchemy import Connection, func, select

from saylau.store.schema import document_stories, documents, event_parties, events, story_bands

_CHUNK = 900  # bound parameters per IN (...) list, under every backend's limit


@dataclass(frozen=True)
class StoryMember:
    content_hash: str
    doc_id: str
    title: str | None
    url: str | None
    published: date | None
    outlet: str | None


@dataclass(frozen=True)
class Story:
    story: str  # content hash of its first document
    documents: tuple[StoryMember, ...]  # first document first

    @property
    def outlets(self) -> list[str]:
        return sorted({m.outlet for m in self.documents if m.outlet})


@dataclass(frozen=True)
class Coverage:
    party: str
    stories: int  # distinct stories with at least one event involving the party
    documents: int  # documents carrying them (every reprint)
    outlets: int  # distinct outlets among those documents


def outlet_of(url: str | None, source: str | None = None) -> str | None:
    """The outlet of a document: the host of its url (or of the URL it was read from)."""
    for candidate in (url, source):
        if candidate and "://" in candidate:
            host = (urlsplit(candidate).hostname or "").lower()
            if host:
                return host.removeprefix("www.")
    return None


def insert_sketches(conn: Connection, sketches: Mapping[str, tuple[str, bytes, Sequence[int]]]) -> None:
    """Rows for new documents: content hash -> (story, signature, band keys).

    Only the first document of a story is indexed by its band keys: a later document joins
    a story by resembling its first one, and the index grows by stories, not by reprints.
    """
    if not sketches:
        return
    conn.execute(
        document_stories.insert(),
        [{"content_hash": key, "story": story, "signature": sig} for key, (story, sig, _) in sketches.items()],
    )
    bands = [
        {"band": band, "content_hash": key}
        for key, (story, _, keys) in sketches.items()
        if story == key
        for band in dict.fromkeys(keys)
    ]
    if bands:
        conn.execute(story_bands.insert(), bands)


def documents_without_story(conn: Connection, after: str, limit: int) -> list[tuple[str, str]]:
    """(content hash, text) of up to `limit` documents past `after` (in hash order) that have
    no story yet: those a bulk load stored without one."""
    query = (
        select(documents.c.content_hash, documents.c.text)
        .outerjoin(document_stories, document_stories.c.content_hash == documents.c.content_hash)
        .where(document_stories.c.content_hash.is_(None), documents.c.content_hash > after)
        .order_by(documents.c.content_hash)
        .limit(limit)
    )
    return [(key, text) for key, text in conn.execute(query)]


def candidates(conn: Connection, keys: Iterable[int]) -> dict[int, list[tuple[str, str, bytes]]]:
    """band key -> [(content hash, story, signature)] of stored documents with that key."""
    found: dict[int, list[tuple[str, str, bytes]]] = defaultdict(list)
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), _CHUNK):
        query = (
            select(story_bands.c.band, document_stories.c.content_hash, document_stories.c.story, document_stories.c.signature)
            .join(document_stories, document_stories.c.content_hash == story_bands.c.content_hash)
            .where(story_bands.c.band.in_(unique[start : start + _CHUNK]))
        )
        for band, key, story, sig in conn.execute(query):
            found[band].append((key, story, bytes(sig)))
    return found


def known_hashes(conn: Connection, hashes: Iterable[str]) -> set[str]:
    """Those of `hashes` that are stored already (one indexed lookup per chunk)."""
    unique = list(dict.fromkeys(hashes))
    known: set[str] = set()
    for start in range(0, len(unique), _CHUNK):
        query = select(documents.c.content_hash).where(documents.c.content_hash.in_(unique[start : start + _CHUNK]))
        known.update(conn.execute(query).scalars())
    return known


def reprinted_stories(conn: Connection, limit: int | None) -> list[Story]:
    """Stories carried by more than one document, most reprinted first (all when limit is None)."""
    size = func.count().label("size")
    top = (
        select(document_stories.c.story, size)
        .group_by(document_stories.c.story)
        .having(func.count() > 1)
        .order_by(size.desc(), document_stories.c.story)
        .limit(limit)
    )
    order = [story for story, _ in conn.execute(top)]
    if not order:
        return []
    members: dict[str, list[StoryMember]] = defaultdict(list)
    query = (
        select(document_stories.c.story, documents.c.content_hash, documents.c.doc_id, documents.c.title,
               documents.c.url, documents.c.source, documents.c.published, documents.c.ingested_at)
        .join(documents, documents.c.content_hash == document_stories.c.content_hash)
        .where(document_stories.c.story.in_(order))
        .order_by(documents.c.ingested_at, documents.c.content_hash)
    )
    for row in conn.execute(query):
        members[row.story].append(
            StoryMember(row.content_hash, row.doc_id, row.title, row.url, row.published, outlet_of(row.url, row.source))
        )
    return [Story(story, tuple(sorted(members[story], key=lambda m: m.content_hash != story))) for story in order]


def party_coverage(conn: Connection) -> list[Coverage]:
    """Per party: stories with its events, the documents carrying them, their outlets."""
    story = func.coalesce(document_stories.c.story, documents.c.content_hash)
    query = (
        select(event_parties.c.party, story, documents.c.content_hash, documents.c.url, documents.c.source)
        .select_from(events)
        .join(event_parties, event_parties.c.event_id == events.c.id)
        .join(documents, documents.c.content_hash == events.c.content_hash)
        .outerjoin(document_stories, document_stories.c.content_hash == documents.c.content_hash)
        .distinct()
    )
    stories: dict[str, set[str]] = defaultdict(set)
    docs: dict[str, set[str]] = defaultdict(set)
    outlets: dict[str, set[str]] = defaultdict(set)
    for party, story_key, key, url, source in conn.execute(query):
        stories[party].add(story_key)
        docs[party].add(key)
        outlet = outlet_of(url, source)
        if outlet:
            outlets[party].add(outlet)
    return sorted(
        (Coverage(party, len(stories[party]), len(docs[party]), len(outlets[party])) for party in stories),
        key=lambda c: (-c.stories, c.party),
    )
