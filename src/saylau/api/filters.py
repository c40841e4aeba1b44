"""The event filters shared by /events and /stats, checked against the reference data.

An unknown party, region, event type or topic is a 422 that lists the known codes: a typo
must not look like "no events". Codes are matched case-insensitively (``amanat``, ``kz-11``).
``min_confidence`` outside 0..1 (or not a number) is a 422 as well, not an empty answer.
"""
from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Optional

from fastapi import Depends, Query

from saylau.model import EVENT_TYPES
from saylau.errors import UnknownCodeError
from saylau.reference import known_code, party_codes, region_codes, topic_codes
from saylau.store import EventFilters

from .errors import ApiError

MAX_Q_LENGTH = 200
ISO_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
PLAIN_TEXT = r"^[^\x00-\x1f]*$"  # no control characters (NUL breaks PostgreSQL)


def _known(value: Optional[str], kind: str) -> Optional[str]:
    try:
        return known_code(value, kind)
    except UnknownCodeError as exc:
        raise ApiError(422, str(exc)) from None


def date_query(description: str) -> Any:
    """A YYYY-MM-DD query parameter. Taken as text and parsed here: pydantic's lax date
    parsing would take ``0`` for 1970-01-01."""
    return Query(pattern=ISO_DATE, description=description, json_schema_extra={"format": "date"})


def parse_date(value: Optional[str], what: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ApiError(422, f"{what} {value!r} is not a date; use YYYY-MM-DD") from None


def check_party(value: Optional[str]) -> Optional[str]:
    return _known(value, "party code")


def check_text(value: Optional[str], what: str) -> Optional[str]:
    """Free text from a query string, without control characters (NUL breaks PostgreSQL)."""
    if value is None or value.strip() == "":
        return None
    if any(ord(ch) < 32 or 0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        raise ApiError(422, f"{what} contains control characters; send plain text")
    return value.strip()


async def event_filters(
    party: Annotated[
        Optional[str],
        Query(max_length=40, description="Party code, e.g. AMANAT.", json_schema_extra={"enum": list(party_codes())}),
    ] = None,
    region: Annotated[
        Optional[str],
        Query(max_length=10, description="ISO 3166-2:KZ code, e.g. KZ-11.", json_schema_extra={"enum": list(region_codes())}),
    ] = None,
    type_: Annotated[
        Optional[str],
        Query(alias="type", max_length=40, description="Event type.", json_schema_extra={"enum": list(EVENT_TYPES)}),
    ] = None,
    topic: Annotated[
        Optional[str],
        Query(max_length=40, description="Topic code, e.g. healthcare.", json_schema_extra={"enum": list(topic_codes())}),
    ] = None,
    since: Annotated[Optional[str], date_query("Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], date_query("Published on or before (YYYY-MM-DD).")] = None,
    q: Annotated[
        Optional[str],
        Query(max_length=MAX_Q_LENGTH, pattern=PLAIN_TEXT, description="Words in the document's text or title."),
    ] = None,
    min_confidence: Annotated[
        Optional[float],
        Query(ge=0, le=1, allow_inf_nan=False, description="Only events the extractor is at least this sure of (0 to 1)."),
    ] = None,
) -> EventFilters:
    """The validated filters, ready to pass to the Store's read methods.

    The OpenAPI document lists the known codes as enums; the check here also accepts them in
    any letter case. A ``since`` after ``until`` is not an error: no event matches.
    """
    filters: EventFilters = {
        "party": check_party(party),
        "region": _known(region, "region code"),
        "event_type": _known(type_, "event type"),
        "topic": _known(topic, "topic"),
        "since": parse_date(since, "since"),
        "until": parse_date(until, "until"),
        "q": check_text(q, "q"),
        "min_confidence": min_confidence,
    }
    return {key: value for key, value in filters.items() if value is not None}  # type: ignore[return-value]


def cache_key(name: str, filters: EventFilters, *extra: object) -> tuple:
    """A hashable key for one query over one set of filters."""
    return (name, tuple(sorted((k, str(v)) for k, v in filters.items())), *extra)


FiltersDep = Annotated[EventFilters, Depends(event_filters)]
