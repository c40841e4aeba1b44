"""The tables, as SQLAlchemy Core metadata shared by SQLite and PostgreSQL.

A document is identified by the sha256 of its text (``Document.content_hash``), so the same
words ingested twice are one row. An event keeps its full interchange record (with evidence)
as JSON text in ``payload``; the columns next to it, and the three join tables for the
list-valued fields, exist only so that the filters and statistics can use indexes.

A column added to a table after stores with that table exist must also be listed in
``migrate.ADDED_COLUMNS``: ``CREATE TABLE`` gives it to new stores only.
"""
from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

metadata = MetaData()

# SQLite only autoincrements an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit identity.
EventId = BigInteger().with_variant(Integer(), "sqlite")

documents = Table(
    "documents",
    metadata,
    Column("content_hash", String(64), primary_key=True),
    Column("doc_id", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("published", Date),
    Column("lang", String()),
    Column("source", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    # The extractor version whose events are stored; tracked per document so that a
    # document that yielded no events is still known to be up to date.
    Column("extractor_version", String()),
    Index("ix_documents_doc_id", "doc_id"),
    Index("ix_documents_published", "published"),
    Index("ix_documents_extractor_version", "extractor_version"),
)

# Near-duplicates (ingest/nearduplicates.py). A document ingested through the workflow has a
# row here: its MinHash signature and its story, the content hash of that story's earliest
# published member (store/stories.py; its own hash when it is that member). A document
# without a row is a story of its own. Separate tables, so that an existing database gains
# them by CREATE TABLE.
document_stories = Table(
    "document_stories",
    metadata,
    Column(
        "content_hash",
        String(64),
        ForeignKey("documents.content_hash", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("story", String(64), nullable=False),
    Column("signature", LargeBinary, nullable=False),
    Index("ix_document_stories_story", "story"),
)
# The locality-sensitive keys of each signature: documents sharing a key are candidates.
# Stores made before stories were order-free index only each story's first document.
story_bands = Table(
    "story_bands",
    metadata,
    Column("band", BigInteger, primary_key=True, autoincrement=False),
    Column(
        "content_hash",
        String(64),
        ForeignKey("documents.content_hash", ondelete="CASCADE"),
        primary_key=True,
    ),
    sqlite_with_rowid=False,  # the key is the row: one B-tree instead of a table and an index
)

events = Table(
    "events",
    metadata,
    Column("id", EventId, primary_key=True, autoincrement=True),
    Column(
        "content_hash",
        String(64),
        ForeignKey("documents.content_hash", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("doc_id", Text, nullable=False),
    Column("paragraph", Integer, nullable=False),
    Column("ordinal", Integer, nullable=False),  # 0-based position among the paragraph's events
    Column("event_type", String(), nullable=False),
    Column("election", String(), nullable=False),
    Column("published", Date),  # the event's day (its paragraph's, else its document's), for --since/--until
    Column("lang", String()),
    Column("extractor_version", String(), nullable=False),
    # Event.confidence as the payload rounds it, for --min-confidence. Stores created before
    # it existed gain it when opened (migrate.py), their events at 1.0 as the model's default.
    Column("confidence", Float, nullable=False, server_default=text("1.0")),
    Column("payload", Text, nullable=False),  # Event.to_dict() as JSON, evidence included
    # The text of the event's paragraph, for `q` (a word of the event's own paragraph, not of
    # its whole document) and for exports. Stores created before it gain it when opened,
    # filled from their documents (migrate.py).
    Column("text", Text),
    UniqueConstraint("content_hash", "paragraph", "ordinal", name="uq_events_position"),
    Index("ix_events_type_published", "event_type", "published"),
)
# The newest-first listing order. PostgreSQL needs NULLS LAST in the index to walk it;
# SQLite sorts NULLs first already, so a descending walk puts them last, and rejects the clause.
Index("ix_events_published_id", events.c.published, events.c.id).ddl_if(dialect="sqlite")
Index(
    "ix_events_published_desc_id", events.c.published.desc().nulls_last(), events.c.id
).ddl_if(dialect="postgresql")


def _label_table(name: str, column: str) -> Table:
    """A join table (event_id, label) for one list-valued field of an event."""
    return Table(
        name,
        metadata,
        Column(
            "event_id",
            EventId,
            ForeignKey("events.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column(column, String(), primary_key=True),
        Index(f"ix_{name}_{column}_event", column, "event_id"),
    )


event_parties = _label_table("event_parties", "party")
event_regions = _label_table("event_regions", "region")
event_topics = _label_table("event_topics", "topic")

# Event field name -> (join table, label column) for the list-valued filter fields.
LABEL_TABLES = {
    "parties": (event_parties, event_parties.c.party),
    "regions": (event_regions, event_regions.c.region),
    "topics": (event_topics, event_topics.c.topic),
}
