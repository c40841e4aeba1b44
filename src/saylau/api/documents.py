"""GET /documents/{id} (the text, its paragraphs, events and spans) and POST /documents.

POST ingests like ``saylau ingest``: extraction, then one transaction per request, keyed by
content hash, so posting the same text twice stores it once. It needs the bearer token of
$SAYLAU_API_TOKEN; a server started without one is read-only. Bodies are read as a stream
and refused with 413 once they pass the limit, whatever Content-Length claimed.

Accepted bodies (by Content-Type):
    application/json                     one record {"id", "text", ...} or an array of them
    application/x-ndjson, .../jsonl      JSON Lines, one record per line (bad lines reported)
    text/plain                           the text itself; id, title, url, published, lang as query
"""
from __future__ import annotations

import re
import secrets
from typing import Annotated, Any, Literal, Optional

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from saylau.errors import FormatError, InputError
from saylau.extract import EXTRACTOR_VERSION
from saylau.ingest import decode_bytes
from saylau.ingest.jsonl import document_from_record, json_type_name, parse_json, read_jsonl_text
from saylau.model import Document, Event, content_hash
from saylau.store import Store
from saylau.workflow import extract_dated

from .deps import StoreDep
from .errors import ApiError
from .events import document_events, event_id, event_out
from .filters import date_query, parse_date
from .schemas import (
    DocumentIn,
    DocumentOut,
    DocumentSpan,
    ErrorBody,
    ErrorDetail,
    IngestedDocument,
    NO_NUL,
    MAX_ID_LENGTH,
    NON_BLANK,
    PLAIN_BODY,
    IngestResult,
    ParagraphOut,
)

router = APIRouter(tags=["documents"])
bearer = HTTPBearer(auto_error=False, description="The token set by SAYLAU_API_TOKEN.")

MAX_DOCUMENTS_PER_REQUEST = 1000
JSONL_TYPES = {"application/x-ndjson", "application/jsonl", "application/jsonlines", "application/json-lines"}
_UNSAFE = re.compile("[\x00\ud800-\udfff]")


def paragraph_offsets(text: str) -> list[ParagraphOut]:
    """The paragraphs as Document.paragraphs() counts them, with their offsets in ``text``."""
    found, position, index = [], 0, 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = position + len(line) - len(line.lstrip())
            found.append(ParagraphOut(index=index, start=start, end=start + len(stripped), text=stripped))
            index += 1
        position += len(line)
    return found


@router.get("/documents/{key:path}", response_model=DocumentOut, responses={404: {"model": ErrorBody}})
def get_document(key: str, store: StoreDep) -> DocumentOut:
    """A document by content hash (or by the id it was ingested with), with its events' spans."""
    doc = store.get_document(key) if key and not _UNSAFE.search(key) else None
    if doc is None:
        raise ApiError(404, f"no document {key!r}; use the content hash or the id it was ingested with")
    paragraphs = paragraph_offsets(doc.text)
    stored = document_events(store, doc.content_hash)
    spans = []
    for item in stored:
        if item.event.paragraph >= len(paragraphs):
            continue
        paragraph = paragraphs[item.event.paragraph]
        for field, field_spans in item.event.evidence.items():
            for span in field_spans:
                start, end = paragraph.start + span.start, paragraph.start + span.end
                spans.append(
                    DocumentSpan(
                        event=event_id(item), field=field, paragraph=paragraph.index,
                        start=start, end=end, text=doc.text[start:end],
                    )
                )  # fmt: skip
    return DocumentOut(
        id=doc.content_hash,
        doc_id=doc.id,
        title=doc.title,
        url=doc.url,
        published=doc.published,
        lang=doc.lang,
        text=doc.text,
        paragraphs=paragraphs,
        events=[event_out(item) for item in stored],
        spans=sorted(spans, key=lambda s: (s.start, s.end, s.field)),
    )


def _require_token(request: Request, credentials: Optional[HTTPAuthorizationCredentials]) -> None:
    expected = request.app.state.api_token
    if not expected:
        raise ApiError(403, "this server is read-only; start it with SAYLAU_API_TOKEN set to accept documents")
    given = credentials.credentials if credentials is not None else ""
    if credentials is None or credentials.scheme.lower() != "bearer" or not secrets.compare_digest(
        given.encode("utf-8", "surrogateescape"), expected.encode("utf-8", "surrogateescape")
    ):
        raise ApiError(
            401, "missing or wrong token; send Authorization: Bearer <SAYLAU_API_TOKEN>",
            headers={"WWW-Authenticate": "Bearer"},
        )  # fmt: skip


async def _read_body(request: Request, limit: int) -> bytes:
    too_large = ApiError(413, f"request body over {limit:,} bytes; send fewer documents per request")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _records(body: str, media_type: str, query: dict[str, Any]) -> list[Document | InputError]:
    if media_type in JSONL_TYPES:
        return list(read_jsonl_text(body, "body"))
    if media_type == "text/plain":
        record = {k: v for k, v in query.items() if v is not None}
        record.setdefault("id", f"posted-{content_hash(body)[:12]}")
        return [_from_record(dict(record, text=body), "body")]
    try:
        value = parse_json(body, "body")
    except FormatError as error:  # malformed, or nested too deep, or a number too long
        reason = error.reason
        if reason.startswith("invalid JSON: "):
            reason = "malformed JSON: " + reason.removeprefix("invalid JSON: ")
        raise ApiError(422, reason) from None
    records = value if isinstance(value, list) else [value]
    return [_from_record(record, f"body[{i}]" if isinstance(value, list) else "body") for i, record in enumerate(records)]


def _from_record(record: Any, where: str) -> Document | InputError:
    if not isinstance(record, dict):
        return FormatError(where, f"expected a JSON object with id and text, got {json_type_name(record)}")
    try:
        doc = document_from_record(record, source="api", where=where)
    except FormatError as error:
        return error
    if len(doc.id) > MAX_ID_LENGTH:
        return FormatError(where, f'"id" is longer than {MAX_ID_LENGTH} characters')
    if any(_UNSAFE.search(value or "") for value in (doc.id, doc.text, doc.title, doc.url)):
        return FormatError(where, "contains NUL or unpaired surrogate characters; send plain text")
    return doc


def _ingest(store: Store, docs: list[Document]) -> list[tuple[Document, bool, int]]:
    batch: list[tuple[Document, list[Event]]] = [extract_dated(doc) for doc in docs]  # dated as `saylau ingest` dates them
    fresh = store.add_documents(batch, EXTRACTOR_VERSION)
    return [(doc, is_new, len(events)) for (doc, events), is_new in zip(batch, fresh)]


_BODY_DOC = {
    "required": True,
    "content": {
        "application/json": {"schema": DocumentIn.model_json_schema()},
        "application/x-ndjson": {"schema": {"type": "string"}},
        "text/plain": {"schema": {"type": "string", "pattern": PLAIN_BODY}},
    },
}


@router.post(
    "/documents",
    response_model=IngestResult,
    status_code=201,
    openapi_extra={"requestBody": _BODY_DOC},
    responses={
        200: {"model": IngestResult, "description": "Every document was stored already."},
        401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 413: {"model": ErrorBody},
        415: {"model": ErrorBody}, 422: {"model": ErrorBody},
    },
)  # fmt: skip
async def post_documents(
    request: Request,
    response: Response,
    store: StoreDep,
    credentials: Annotated[Optional[HTTPAuthorizationCredentials], Depends(bearer)],
    id: Annotated[
        Optional[str], Query(max_length=MAX_ID_LENGTH, pattern=NON_BLANK, description="text/plain only: the document id.")
    ] = None,
    title: Annotated[Optional[str], Query(max_length=1000, pattern=NO_NUL, description="text/plain only.")] = None,
    url: Annotated[Optional[str], Query(max_length=2000, pattern=NO_NUL, description="text/plain only.")] = None,
    published: Annotated[Optional[str], date_query("text/plain only: YYYY-MM-DD.")] = None,
    lang: Annotated[Optional[Literal["en", "ru", "kk"]], Query(description="text/plain only.")] = None,
) -> IngestResult:
    """Ingest documents: extract their events and store both (needs the bearer token)."""
    _require_token(request, credentials)
    parse_date(published, "published")  # refused whatever the body's type
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in JSONL_TYPES | {"application/json", "text/plain"}:
        raise ApiError(415, "send application/json, application/x-ndjson (JSON Lines) or text/plain")
    raw = await _read_body(request, request.app.state.max_body_bytes)
    if not raw.strip():
        raise ApiError(422, "the request body is empty; send at least one document")
    query = {"id": id, "title": title, "url": url, "published": published, "lang": lang}
    items = _records(decode_bytes(raw, "body"), media_type, query)
    docs = [item for item in items if isinstance(item, Document)]
    errors = [ErrorDetail(where=e.source, reason=e.reason) for e in items if isinstance(e, InputError)]
    if len(docs) > MAX_DOCUMENTS_PER_REQUEST:
        raise ApiError(413, f"{len(docs)} documents in one request; send at most {MAX_DOCUMENTS_PER_REQUEST}")
    if not docs:
        details = [e.model_dump() for e in errors]
        message = f"{errors[0].where}: {errors[0].reason}" if errors else "no document in the body"
        raise ApiError(422, message, details if len(details) > 1 else None)
    stored = await run_in_threadpool(_ingest, store, docs)
    request.app.state.cache.invalidate()
    if not any(is_new for _, is_new, _ in stored):
        response.status_code = 200
    return IngestResult(
        documents=[
            IngestedDocument(id=doc.content_hash, doc_id=doc.id, new=is_new, events=n) for doc, is_new, n in stored
        ],
        errors=errors,
    )
