"""The values that cross module boundaries.

Frozen dataclasses so that documents and events can be hashed, cached and shared between
processes without defensive copies. This module imports nothing of ours: every other
layer depends on it, never the other way round.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

LANGUAGES = ("en", "ru", "kk")

EVENT_TYPES = (
    "voter_meeting",
    "labour_collective_meeting",
    "press_event",
    "rally",
    "debate",
    "campaign_tour",
    "online",
    "other",
)

ELECTIONS = ("mazhilis", "maslikhat", "both", "unspecified")
LIST_TYPES = ("party_list", "single_mandate")

# Fields of an event that carry evidence spans, in the order of the interchange format.
EVIDENCE_FIELDS = (
    "parties",
    "regions",
    "settlements",
    "event_type",
    "audience",
    "actors",
    "topics",
    "election",
    "list_types",
)


def content_hash(text: str) -> str:
    """Identity of a document's text: the same words ingested twice are one document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Document:
    """One news item as ingested: the unit that events point back to."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    lang: str | None = None
    source: str | None = None  # the path or URL it was read from

    @cached_property
    def content_hash(self) -> str:
        """Hashed once per document: the store reads it once per event, and a 4 MB text
        with thousands of events must not be hashed thousands of times. (cached_property
        writes the instance's __dict__ directly, which a frozen dataclass allows; fields, and
        so equality, hashing and dataclasses.replace, are unaffected.)"""
        return content_hash(self.text)

    def paragraphs(self) -> list[tuple[int, str]]:
        """Paragraphs as the interchange format counts them: lines, blank ones skipped."""
        return split_paragraphs(self.text)


def split_paragraphs(text: str) -> list[tuple[int, str]]:
    lines = (line.strip() for line in text.splitlines())
    return list(enumerate(line for line in lines if line))


@dataclass(frozen=True)
class Span:
    """Half-open character range [start, end) inside one paragraph."""

    start: int
    end: int

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True)
class Actor:
    name: str | None
    role: str | None
    party: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "party": self.party}


@dataclass(frozen=True)
class Event:
    """A campaign activity reported in one paragraph, every field backed by spans."""

    doc_id: str
    paragraph: int
    parties: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    settlements: tuple[str, ...] = ()
    event_type: str = "other"
    audience: tuple[str, ...] = ()
    actors: tuple[Actor, ...] = ()
    topics: tuple[str, ...] = ()
    election: str = "unspecified"
    list_types: tuple[str, ...] = ()
    evidence: dict[str, tuple[Span, ...]] = field(default_factory=dict, compare=False, hash=False)
    lang: str | None = None
    published: date | None = None
    # How sure the extractor is that the paragraph reports this activity, in [0, 1].
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        """The interchange format v1 (shared/reference/event_schema.md), plus `confidence`."""
        return {
            "doc_id": self.doc_id,
            "paragraph": self.paragraph,
            "parties": list(self.parties),
            "regions": list(self.regions),
            "settlements": list(self.settlements),
            "event_type": self.event_type,
            "audience": list(self.audience),
            "actors": [a.to_dict() for a in self.actors],
            "topics": list(self.topics),
            "election": self.election,
            "list_types": list(self.list_types),
            "confidence": round(self.confidence, 3),
            "evidence": {
                name: [s.as_list() for s in spans]
                for name, spans in self.evidence.items()
                if spans
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Event":
        published = data.get("published")
        return cls(
            doc_id=str(data["doc_id"]),
            paragraph=int(data["paragraph"]),
            parties=tuple(data.get("parties") or ()),
            regions=tuple(data.get("regions") or ()),
            settlements=tuple(data.get("settlements") or ()),
            event_type=data.get("event_type") or "other",
            audience=tuple(data.get("audience") or ()),
            actors=tuple(
                Actor(a.get("name"), a.get("role"), a.get("party")) for a in data.get("actors") or ()
            ),
            topics=tuple(data.get("topics") or ()),
            election=data.get("election") or "unspecified",
            list_types=tuple(data.get("list_types") or ()),
            evidence={
                name: tuple(Span(int(s), int(e)) for s, e in spans)
                for name, spans in (data.get("evidence") or {}).items()
            },
            lang=data.get("lang"),
            published=date.fromisoformat(published) if isinstance(published, str) else published,
            confidence=float(data["confidence"]) if data.get("confidence") is not None else 1.0,
        )


# --- Reference data: the world the extractor and the electoral engine know about. ---


@dataclass(frozen=True)
class Leader:
    name: str
    role: str
    party: str
    variants: tuple[str, ...] = ()
    current: bool = True  # still in that role; only current leaders imply their party


@dataclass(frozen=True)
class Party:
    code: str
    name: dict[str, str]  # language -> canonical name
    aliases: dict[str, tuple[str, ...]]  # language -> surface forms
    ambiguous: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    leaders: tuple[Leader, ...] = ()
    registration_order: int | None = None
    historic: bool = False
    short_name: dict[str, str] = field(default_factory=dict)  # language -> label where the name does not fit


@dataclass(frozen=True)
class Region:
    code: str  # ISO 3166-2:KZ
    kind: str  # "region" or "city"
    name: dict[str, str]
    capital: str | None
    stems: dict[str, tuple[str, ...]]  # bare names that need a region word after them
    names: dict[str, tuple[str, ...]]  # full names that stand on their own
    standalone: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    split_from: str | None = None  # the region it was part of until the 2022 reform


@dataclass(frozen=True)
class Settlement:
    name: str  # canonical English spelling
    region: str
    kind: str
    lat: float | None = None
    lon: float | None = None
    variants: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    ambiguous: bool = False


@dataclass(frozen=True)
class District:
    """A district (аудан / район) of a region: named with the word district, it places an
    event in its region without naming a settlement."""

    name: str
    region: str
    variants: tuple[str, ...] = ()
    ambiguous: bool = False
    # other regions with a district of the same name: named alone, it says no region
    shared_with: tuple[str, ...] = ()
