"""SQL for stories: near-duplicate documents grouped, their outlets, and coverage per party.

A story is the set of documents that carry the same text give or take an outlet's edits
(see ingest/nearduplicates.py); it is named by the content hash of its first published
document (``file_in_stories``). The statistics count each story's events once, from that
document (see
``queries.reprint_condition``); the documents themselves are all kept, and the outlets that
carried a story are a figure of their own: coverage.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from sqlalchemy import Connection, func, select, update

from saylau.ingest.nearduplicates import THRESHOLD, similarities
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


def file_in_stories(
    conn: Connection, sketches: Mapping[str, tuple[bytes, Sequence[int], date | None]]
) -> tuple[dict[str, str], set[str]]:
    """Give each new document (content hash -> signature, band keys, published) its story;
    returns content hash -> story, and the new documents that joined a story of documents
    stored before them (or earlier in ``sketches``): the reprints this call found.
    Runs in the transaction that stores the documents.

    A story is a connected group of near-duplicates: two documents that share a band key and
    whose signatures agree on THRESHOLD of their positions are one story, and so is every
    document linked to them. Its name is the content hash of its earliest published member
    (undated after dated, ties to the lowest hash). Both are properties of the set of stored
    documents, not of the order they came in, so two ingests writing at once, or one ingest
    of the same files in another order, give the stories one sequential run gives. A new
    document that links two stories merges them, and a new original renames its story: the
    members' rows are updated here. Every document's keys are indexed (not only a story's
    first), so that a link to any member is found.

    The caller holds the store's write lock (see ``Store.add_documents``): no other process
    can file a near-duplicate between the candidates read here and the rows written.
    """
    if not sketches:
        return {}, set()
    stored = candidates(conn, (band for _, bands, _ in sketches.values() for band in bands))
    parent: dict[str, str] = {}
    joined: set[str] = set()

    def root(node: str) -> str:
        while node in parent:
            node = parent[node]
        return node

    local: dict[int, list[str]] = defaultdict(list)
    for key, (sig, bands, _) in sketches.items():
        others: dict[str, tuple[str, bytes]] = {}  # content hash -> (story node, signature)
        for band in bands:
            for other, story, other_sig in stored.get(band, ()):
                others[other] = ("story:" + story, other_sig)
            for other in local[band]:
                others[other] = ("doc:" + other, sketches[other][0])
            local[band].append(key)
        others.pop(key, None)
        scores = similarities(sig, [other_sig for _, other_sig in others.values()])
        for score, (node, _) in zip(scores, others.values()):
            if score < THRESHOLD:
                continue
            joined.add(key)
            mine, theirs = root("doc:" + key), root(node)
            if mine != theirs:
                parent[mine] = theirs

    groups: dict[str, list[str]] = defaultdict(list)
    for node in dict.fromkeys(["doc:" + key for key in sketches] + [*parent, *parent.values()]):
        groups[root(node)].append(node)
    old_stories = {node[6:] for members in groups.values() for node in members if node.startswith("story:")}
    published = _published_of(conn, old_stories)

    assigned: dict[str, str] = {}
    renamed: dict[str, str] = {}
    for members in groups.values():
        names = [node.split(":", 1)[1] for node in members]
        dates = {name: sketches[name][2] if name in sketches else published.get(name) for name in names}
        first = min(names, key=lambda name: (dates[name] is None, dates[name] or date.min, name))
        for node, name in zip(members, names):
            if node.startswith("doc:"):
                assigned[name] = first
            elif name != first:
                renamed[name] = first
    for old, new in sorted(renamed.items()):
        conn.execute(update(document_stories).where(document_stories.c.story == old).values(story=new))
    conn.execute(
        document_stories.insert(),
        [{"content_hash": key, "story": assigned[key], "signature": sig} for key, (sig, _, _) in sketches.items()],
    )
    bands = [{"band": band, "content_hash": key} for key, (_, keys, _) in sketches.items() for band in dict.fromkeys(keys)]
    if bands:
        conn.execute(story_bands.insert(), bands)
    return assigned, joined


def _published_of(conn: Connection, hashes: Iterable[str]) -> dict[str, date | None]:
    """content hash -> published date of those stored (a story's name is its first member's hash)."""
    unique = sorted(hashes)
    found: dict[str, date | None] = {}
    for start in range(0, len(unique), _CHUNK):
        query = select(documents.c.content_hash, documents.c.published).where(
            documents.c.content_hash.in_(unique[start : start + _CHUNK])
        )
        found.update((key, published) for key, published in conn.execute(query))
    return found


def documents_without_story(conn: Connection, after: str, limit: int) -> list[tuple[str, str, date | None]]:
    """(content hash, text, published) of up to `limit` documents past `after` (in hash order)
    that have no story yet: those a bulk load stored without one."""
    query = (
        select(documents.c.content_hash, documents.c.text, documents.c.published)
        .outerjoin(document_stories, document_stories.c.content_hash == documents.c.content_hash)
        .where(document_stories.c.content_hash.is_(None), documents.c.content_hash > after)
        .order_by(documents.c.content_hash)
        .limit(limit)
    )
    return [(key, text, published) for key, text, published in conn.execute(query)]


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
               documents.c.url, documents.c.source, documents.c.published)
        .join(documents, documents.c.content_hash == document_stories.c.content_hash)
        .where(document_stories.c.story.in_(order))
    )
    for row in conn.execute(query):
        members[row.story].append(
            StoryMember(row.content_hash, row.doc_id, row.title, row.url, row.published, outlet_of(row.url, row.source))
        )
    return [Story(story, tuple(sorted(members[story], key=lambda m: _reading_order(m, story)))) for story in order]


def _reading_order(member: StoryMember, story: str) -> tuple[bool, bool, date, str]:
    """The story's first document, then the others by date (undated last) and hash: an order
    that does not depend on which process stored which document first."""
    return (member.content_hash != story, member.published is None, member.published or date.min, member.content_hash)


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
