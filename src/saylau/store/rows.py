"""Conversions between the model's dataclasses and table rows (no SQL is run here)."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row

from saylau.model import Document, Event


@dataclass(frozen=True)
class StoredEvent:
    """An event as read back: the event itself and where it lives in the store."""

    id: int
    event: Event
    content_hash: str
    doc_id: str
    published: date | None
    text: str | None = None  # the event's paragraph


def document_row(doc: Document, extractor_version: str, now: datetime) -> dict[str, Any]:
    return {
        "content_hash": doc.content_hash,
        "doc_id": doc.id,
        "title": doc.title,
        "url": doc.url,
        "published": doc.published,
        "lang": doc.lang,
        "source": doc.source,
        "text": doc.text,
        "ingested_at": now,
        "extractor_version": extractor_version,
    }


def event_row(
    doc: Document, event: Event, ordinal: int, extractor_version: str, text: str | None = None
) -> dict[str, Any]:
    """The row of one event, ``text`` being its paragraph; ``confidence`` is the payload's
    (rounded) value, so that a filter on the column agrees with the figure a reader sees."""
    payload = event.to_dict()
    return {
        "content_hash": doc.content_hash,
        "doc_id": doc.id,
        "paragraph": event.paragraph,
        "ordinal": ordinal,
        "event_type": event.event_type,
        "election": event.election,
        # the event's own day (its paragraph's date, ingest/event_dates.py), else its document's
        "published": event.published if event.published is not None else doc.published,
        "lang": event.lang or doc.lang,
        "extractor_version": extractor_version,
        "confidence": payload["confidence"],
        "payload": json.dumps(payload, ensure_ascii=False, separators=(",", ":")),
        "text": text,
    }


def document_event_rows(doc: Document, events: Sequence[Event], extractor_version: str) -> list[dict[str, Any]]:
    """The rows of a document's events, each numbered among its paragraph's events (ordinal)."""
    rows = []
    ordinals: dict[int, int] = {}
    paragraphs = dict(doc.paragraphs()) if events else {}
    for event in events:
        ordinal = ordinals.get(event.paragraph, 0)
        ordinals[event.paragraph] = ordinal + 1
        rows.append(event_row(doc, event, ordinal, extractor_version, paragraphs.get(event.paragraph)))
    return rows


def document_from_row(row: Row[Any]) -> Document:
    return Document(
        id=row.doc_id,
        text=row.text,
        title=row.title,
        url=row.url,
        published=row.published,
        lang=row.lang,
        source=row.source,
    )


def stored_event_from_row(row: Row[Any]) -> StoredEvent:
    data = json.loads(row.payload)
    data["lang"] = row.lang
    data["published"] = row.published
    data["confidence"] = row.confidence  # the payloads of older stores have none
    return StoredEvent(
        id=int(row.id),
        event=Event.from_dict(data),
        content_hash=row.content_hash,
        doc_id=row.doc_id,
        published=row.published,
        text=row.text,
    )
