"""The shapes the API answers with (and accepts), as pydantic models.

They live at the edge only: routes turn the library's dataclasses into these, so the JSON a
client sees is described in the OpenAPI document and does not change when internals do.
Spans are ``[start, end]`` character offsets, end exclusive: ``text[start:end]``.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, Field

Span = tuple[int, int]


class Names(BaseModel):
    en: Optional[str] = None
    ru: Optional[str] = None
    kk: Optional[str] = None


class ErrorDetail(BaseModel):
    where: str
    reason: str


class ErrorInfo(BaseModel):
    status: int
    message: str
    details: Optional[list[ErrorDetail]] = None


class ErrorBody(BaseModel):
    error: ErrorInfo


class ActorOut(BaseModel):
    name: Optional[str] = None
    role: Optional[str] = None
    party: Optional[str] = None


class EventOut(BaseModel):
    id: str = Field(description="Opaque event id, for /api/v1/events/{id}.")
    document: str = Field(description="Content hash of the source document, for /api/v1/documents/{id}.")
    doc_id: str
    paragraph: int = Field(description="0-based index of the paragraph among non-blank lines.")
    published: Optional[dt.date] = None
    lang: Optional[str] = None
    parties: list[str]
    regions: list[str]
    settlements: list[str]
    event_type: str
    audience: list[str]
    actors: list[ActorOut]
    topics: list[str]
    election: str
    list_types: list[str]
    confidence: float = Field(description="How sure the extractor is that the paragraph reports this activity, 0 to 1.")
    evidence: dict[str, list[Span]] = Field(description="field -> spans in the paragraph.")


class Highlight(BaseModel):
    field: str
    start: int
    end: int
    text: str


class EventDetail(EventOut):
    title: Optional[str] = None
    url: Optional[str] = None
    paragraph_text: str
    highlights: list[Highlight] = Field(description="Evidence spans in paragraph order.")


class EventPage(BaseModel):
    items: list[EventOut]
    total: int
    limit: int
    offset: int
    next_offset: Optional[int] = None
    undated_left_out: Optional[int] = Field(
        None, description="With since or until: the undated events the other filters match, which a date bound leaves out."
    )


class ParagraphOut(BaseModel):
    index: int
    start: int = Field(description="Offset of the paragraph in the document text.")
    end: int
    text: str


class DocumentSpan(BaseModel):
    event: str
    field: str
    paragraph: int
    start: int = Field(description="Offset in the document text.")
    end: int
    text: str


class DocumentOut(BaseModel):
    id: str = Field(description="Content hash (sha256 of the text).")
    doc_id: str
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[dt.date] = None
    lang: Optional[str] = None
    text: str
    paragraphs: list[ParagraphOut]
    events: list[EventOut]
    spans: list[DocumentSpan]


NON_BLANK = r"^[^\x00]*[^\s\x00][^\x00]*$"  # some visible character, and no NUL
NO_NUL = r"^[^\x00]*$"
MAX_ID_LENGTH = 500
# A plain-text body: some visible character, no control characters but tab and line breaks.
PLAIN_BODY = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f][^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*$"


class DocumentIn(BaseModel):
    """One document to ingest (the JSONL record format of ``saylau ingest``)."""

    id: Union[Annotated[str, Field(pattern=NON_BLANK, max_length=MAX_ID_LENGTH)], int]
    text: str = Field(pattern=NON_BLANK)
    title: Optional[str] = Field(None, pattern=NO_NUL)
    url: Optional[str] = Field(None, pattern=NO_NUL)
    published: Optional[Union[dt.date, dt.datetime, Literal[""]]] = Field(
        None, description="ISO 8601 date or date-time; its calendar date is kept as written."
    )
    lang: Optional[Literal["en", "ru", "kk"]] = Field(None, description="Detected when left out.")


class IngestedDocument(BaseModel):
    id: str
    doc_id: str
    new: bool
    events: int


class IngestResult(BaseModel):
    documents: list[IngestedDocument]
    errors: list[ErrorDetail]


class PartyOut(BaseModel):
    code: str
    name: Names
    short_name: Names = Field(description="The name where a full one does not fit: charts, tables.")
    abbreviations: list[str]
    registration_order: Optional[int] = None
    historic: bool


class RegionOut(BaseModel):
    code: str = Field(description="ISO 3166-2:KZ")
    kind: str
    name: Names
    capital: Optional[str] = None


class SettlementOut(BaseModel):
    name: str = Field(description="Canonical name, as events give it.")
    region: str = Field(description="ISO 3166-2:KZ")
    kind: str
    names: Names = Field(description="The name to show in each language.")


class PartyRegionStats(BaseModel):
    events: int = Field(description="Matching events (an event with two parties counts once).")
    parties: list[str]
    regions: list[str]
    matrix: dict[str, dict[str, int]] = Field(description="party -> region -> events.")


class RegionActivity(BaseModel):
    regions: dict[str, int] = Field(description="region -> matching events in it.")


class TopicCount(BaseModel):
    topic: str
    events: int


class TopicStats(BaseModel):
    party: Optional[str] = None
    topics: list[TopicCount]


class TimelinePoint(BaseModel):
    period: dt.date
    party: str
    events: int


class Timeline(BaseModel):
    interval: str
    series: list[TimelinePoint]
    undated: int = Field(0, description="Matching events without a date (since/until aside): no period holds them.")
    undated_by_party: dict[str, int] = Field(default_factory=dict, description="The undated events per party.")


class EventTypeStats(BaseModel):
    event_types: dict[str, int]


class ElectionOut(BaseModel):
    id: str
    name: str
    body: str
    date: Optional[dt.date] = None
    list_seats: Optional[int] = None
    single_mandate_seats: Optional[int] = None
    appointed_seats: Optional[int] = None
    threshold: Optional[str] = Field(None, description="Exact share, e.g. 5/100.")
    method: Optional[str] = None
    has_results: bool = Field(description="Whether vote counts are packaged, so /seats answers.")


class SeatRow(BaseModel):
    party: str
    name: Optional[Names] = None
    votes: int
    share: str = Field(description="Exact share of the threshold base.")
    share_percent: str
    passed: bool
    admitted: bool
    seats: int
    official_seats: Optional[int] = None


class Proportionality(BaseModel):
    gallagher: float = Field(description="Gallagher least-squares index, percentage points.")
    enp_votes: float = Field(description="Effective number of parties by votes.")
    enp_seats: float = Field(description="Effective number of parties by seats.")


class SeatsOut(BaseModel):
    election: str
    name: str
    date: Optional[dt.date] = None
    seats_total: int
    method: str
    threshold: str
    threshold_percent: str
    what_if: bool = Field(False, description="Whether threshold, seats or method differ from the law's.")
    quota: Optional[str] = None
    against_all: Optional[int] = None
    parties: list[SeatRow]
    notes: list[str]
    warnings: list[str] = []
    proportionality: Proportionality
    source: list[str] = Field(description="Where the vote counts come from.")


class StoryRow(BaseModel):
    story: str = Field(description="Content hash of the story's first document.")
    title: str | None
    documents: int = Field(description="Documents that carry the story (every reprint).")
    outlets: list[str]
    doc_ids: list[str]


class PartyCoverage(BaseModel):
    party: str
    stories: int = Field(description="Distinct stories with an event of the party.")
    documents: int
    outlets: int


class Stories(BaseModel):
    stories: list[StoryRow]
    coverage: list[PartyCoverage]
