"""GET /events (filtered, paginated) and GET /events/{id} (one event with its evidence).

An event's id is ``<content hash of its document>-<store id>``: opaque to clients, and
enough to find the event through the Store's document filter without SQL of our own.
"""
from __future__ import annotations

import re
from itertools import chain, islice
from typing import Annotated, Optional

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from saylau.exports import EXTENSIONS, stored_record, write_events
from saylau.model import Document
from saylau.store import EventFilters, Store, StoredEvent
from saylau.store.queries import undated_filters

from .deps import CacheDep, StoreDep, cached_json
from .errors import ApiError
from .filters import FiltersDep, cache_key
from .formats import media_type, requested_format
from .schemas import ActorOut, ErrorBody, EventDetail, EventOut, EventPage, Highlight

router = APIRouter(tags=["events"])

MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 50
MAX_OFFSET = 1_000_000
MAX_EVENTS_PER_DOCUMENT = 10_000

_EVENT_ID = re.compile(r"^([0-9a-f]{64})-([0-9]{1,18})$")



def event_id(stored: StoredEvent) -> str:
    return f"{stored.content_hash}-{stored.id}"


def event_out(stored: StoredEvent) -> EventOut:
    event = stored.event
    data = event.to_dict()
    return EventOut(
        id=event_id(stored),
        document=stored.content_hash,
        doc_id=stored.doc_id,
        paragraph=event.paragraph,
        published=stored.published,
        lang=event.lang,
        parties=data["parties"],
        regions=data["regions"],
        settlements=data["settlements"],
        event_type=event.event_type,
        audience=data["audience"],
        actors=[ActorOut(**actor) for actor in data["actors"]],
        topics=data["topics"],
        election=event.election,
        list_types=data["list_types"],
        confidence=data["confidence"],
        evidence={name: [tuple(span) for span in spans] for name, spans in data["evidence"].items()},
    )


def paragraph_text(doc: Document, index: int) -> str:
    for number, text in doc.paragraphs():
        if number == index:
            return text
    return ""


def highlights(text: str, evidence: dict[str, list[tuple[int, int]]]) -> list[Highlight]:
    found = [
        Highlight(field=name, start=start, end=end, text=text[start:end])
        for name, spans in evidence.items()
        for start, end in spans
        if 0 <= start < end <= len(text)
    ]
    return sorted(found, key=lambda h: (h.start, h.end, h.field))


def document_events(store: Store, content_hash: str) -> list[StoredEvent]:
    """Every stored event of one document, in paragraph order."""
    stored = store.query_events(content_hash=content_hash, limit=MAX_EVENTS_PER_DOCUMENT)
    return sorted(stored, key=lambda s: (s.event.paragraph, s.id))


EXPORT_FORMATS = ("json", "csv", "jsonl", "parquet", "geojson")
_EXPORT_CONTENT = {media_type(name): {} for name in EXPORT_FORMATS if name != "json"}


@router.get(
    "/events",
    response_model=EventPage,
    responses={200: {"content": _EXPORT_CONTENT}, 422: {"model": ErrorBody}},
)
async def list_events(
    request: Request,
    store: StoreDep,
    cache: CacheDep,
    filters: FiltersDep,
    limit: Annotated[
        Optional[int],
        Query(ge=1, description=f"Page size (JSON: {DEFAULT_PAGE_SIZE} unless given, at most {MAX_PAGE_SIZE}; other formats: every event unless given)."),
    ] = None,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Events to skip.")] = 0,
    format: Annotated[
        Optional[str],
        Query(description="json (a page), or csv, jsonl, parquet, geojson (every matching event, streamed); else the Accept header decides."),
    ] = None,
) -> Response:
    """Matching events, newest published first (undated last): a JSON page, or every one in an export format."""
    chosen = requested_format(request, format, EXPORT_FORMATS)
    if chosen != "json":
        return await export_response(store, filters, chosen, limit, offset)
    if limit is not None and limit > MAX_PAGE_SIZE:
        raise ApiError(422, f"query.limit: Input should be less than or equal to {MAX_PAGE_SIZE}")
    size = limit or DEFAULT_PAGE_SIZE

    def compute() -> EventPage:
        total = cache.get(cache_key("count", filters), lambda: store.count_events(**filters))
        items = [event_out(s) for s in store.query_events(limit=size, offset=offset, **filters)]
        following = offset + len(items)
        bounded = filters.get("since") is not None or filters.get("until") is not None
        return EventPage(
            items=items,
            total=total,
            limit=size,
            offset=offset,
            next_offset=following if following < total and len(items) == size else None,
            undated_left_out=store.count_events(**undated_filters(filters)) if bounded else None,
        )

    return await cached_json(cache, cache_key("page", filters, size, offset), compute)


async def export_response(store: Store, filters: EventFilters, name: str, limit: int | None, offset: int) -> Response:
    """Every matching event (or the slice asked for) streamed in an export format, never cached.

    The first chunk is made before the response starts, so that a missing pyarrow is an
    error answer rather than a broken stream.
    """
    records = (stored_record(s) for s in store.iter_events(**filters))
    if offset or limit is not None:
        records = islice(records, offset, None if limit is None else offset + limit)
    chunks = iter(write_events(records, name))
    first = await run_in_threadpool(next, chunks, b"")  # the query blocks: not on the event loop
    headers = {"Content-Disposition": f'attachment; filename="saylau-events.{EXTENSIONS[name]}"'}
    return StreamingResponse(chain([first], chunks), media_type=media_type(name), headers=headers)


@router.get(
    "/events/{event_id}",
    response_model=EventDetail,
    responses={404: {"model": ErrorBody}},
)
def get_event(event_id: str, store: StoreDep) -> EventDetail:
    """One event with its paragraph and the evidence of each field highlighted."""
    match = _EVENT_ID.match(event_id)
    if match is None:
        raise ApiError(404, f"no event {event_id!r}; event ids look like <64 hex digits>-<number>")
    content_hash, number = match.group(1), int(match.group(2))
    found = [s for s in document_events(store, content_hash) if s.id == number]
    doc = store.get_document(content_hash) if found else None
    if not found or doc is None:
        raise ApiError(404, f"no event {event_id!r}")
    base = event_out(found[0])
    text = paragraph_text(doc, base.paragraph)
    return EventDetail(
        **base.model_dump(),
        title=doc.title,
        url=doc.url,
        paragraph_text=text,
        highlights=highlights(text, base.evidence),
    )
