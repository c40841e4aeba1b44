"""The event filters shared by /events and /stats, checked against the reference data.

An unknown party, region, event type or topic is a 422 that lists the known codes: a typo
must not look like "no events". Codes are matched case-insensitively (``amanat``, ``kz-11``).
A repeated filter (``?party=AUYL&party=NPK``) matches events with any of its codes; different
filters must all hold. ``q`` is a word or phrase of the event's own paragraph.
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


MAX_CODES = 50  # codes in one repeated filter
MAX_CODE_LENGTH = 40


def _known(value: Optional[str], kind: str) -> Optional[str]:
    try:
        return known_code(value, kind)
    except UnknownCodeError as exc:
        raise ApiError(422, str(exc)) from None


def _known_codes(values: Optional[list[str]], kind: str, name: str) -> Optional[list[str]]:
    """The codes of a repeatable filter, checked, each once; None when it is not given."""
    if not values:
        return None
    if len(values) > MAX_CODES:
        raise ApiError(422, f"{name}: at most {MAX_CODES} codes, not {len(values)}")
    for value in values:
        if len(value) > MAX_CODE_LENGTH:
            raise ApiError(422, f"{name}: a code has at most {MAX_CODE_LENGTH} characters")
    return list(dict.fromkeys(_known(value, kind) for value in values))


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


def check_text(value: Optional[str], what: str) -> Optional[str]:
    """Free text from a query string, without control characters (NUL breaks PostgreSQL)."""
    if value is None or value.strip() == "":
        return None
    if any(ord(ch) < 32 or 0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        raise ApiError(422, f"{what} contains control characters; send plain text")
    return value.strip()


def _codes_query(description: str, known: list[str], alias: str | None = None) -> Any:
    return Query(alias=alias, description=description, json_schema_extra={"items": {"type": "string", "enum": known}})


async def event_filters(
    party: Annotated[
        Optional[list[str]], _codes_query("Party code, e.g. AMANAT; repeat for any of several.", list(party_codes()))
    ] = None,
    region: Annotated[
        Optional[list[str]], _codes_query("ISO 3166-2:KZ code, e.g. KZ-11; repeatable.", list(region_codes()))
    ] = None,
    type_: Annotated[Optional[list[str]], _codes_query("Event type; repeatable.", list(EVENT_TYPES), alias="type")] = None,
    topic: Annotated[
        Optional[list[str]], _codes_query("Topic code, e.g. healthcare; repeatable.", list(topic_codes()))
    ] = None,
    since: Annotated[Optional[str], date_query("Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], date_query("Published on or before (YYYY-MM-DD).")] = None,
    q: Annotated[
        Optional[str],
        Query(max_length=MAX_Q_LENGTH, pattern=PLAIN_TEXT, description="Words in the event's own paragraph."),
    ] = None,
    min_confidence: Annotated[
        Optional[float],
        Query(ge=0, le=1, allow_inf_nan=False, description="Only events the extractor is at least this sure of (0 to 1)."),
    ] = None,
) -> EventFilters:
    """The validated filters, ready to pass to the Store's read methods.

    The OpenAPI document lists the known codes as enums; the check here also accepts them in
    any letter case. A ``since`` after ``until`` is not an error: no event matches. A filter
    given once is passed on as one code, repeated as the list of its codes.
    """
    filters: EventFilters = {
        "party": _one_or_many(_known_codes(party, "party code", "party")),
        "region": _one_or_many(_known_codes(region, "region code", "region")),
        "event_type": _one_or_many(_known_codes(type_, "event type", "type")),
        "topic": _one_or_many(_known_codes(topic, "topic", "topic")),
        "since": parse_date(since, "since"),
        "until": parse_date(until, "until"),
        "q": check_text(q, "q"),
        "min_confidence": min_confidence,
    }
    return {key: value for key, value in filters.items() if value is not None}  # type: ignore[return-value]


def _one_or_many(codes: Optional[list[str]]) -> Optional[str | list[str]]:
    if not codes:
        return None
    return codes[0] if len(codes) == 1 else codes


def cache_key(name: str, filters: EventFilters, *extra: object) -> tuple:
    """A hashable key for one query over one set of filters."""
    return (name, tuple(sorted((k, str(v)) for k, v in filters.items())), *extra)


FiltersDep = Annotated[EventFilters, Depends(event_filters)]
