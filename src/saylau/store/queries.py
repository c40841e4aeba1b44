"""Read-side SQL: the event filters and the statistics built on them.

Every function takes an open connection and the same keyword filters (``EventFilters``), so
the list of events, the party × region matrix, the topic ranking and the timeline of one
request always describe the same set of events.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from collections.abc import Sequence
from typing import Literal, TypedDict

from sqlalchemy import ColumnElement, Connection, Select, and_, exists, func, select

from saylau.store.schema import document_stories, event_parties, event_regions, event_topics, events

Interval = Literal["day", "week", "month"]


Codes = str | Sequence[str]  # one code, or several of which any may match (OR)


class EventFilters(TypedDict, total=False):
    """Keyword filters shared by the read methods; all given filters must hold (AND).

    A label filter given several codes (``party=["AUYL", "NPK"]``) matches an event that has
    any of them: a repeated filter widens the choice within its field.
    """

    party: Codes | None  # party code among the event's parties
    region: Codes | None  # ISO 3166-2:KZ code among the event's regions
    event_type: Codes | None
    topic: Codes | None
    since: date | None  # the event's day on or after (events without a date are excluded)
    until: date | None  # the event's day on or before
    dated: bool | None  # True: only events with a date; False: only the undated
    q: str | None  # case-insensitive substring of the event's own paragraph
    min_confidence: float | None  # the extractor's confidence at least this (0..1)
    content_hash: str | None  # only the events of this document
    copies: bool | None  # also every reprint of a story (default: each story's events once)


def codes(value: Codes | None) -> tuple[str, ...]:
    """The codes a filter value holds, in order, each once: () when the filter is not given."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(dict.fromkeys(value))


def _is_one_of(column, value: Codes) -> ColumnElement[bool]:
    wanted = codes(value)
    return column == wanted[0] if len(wanted) == 1 else column.in_(wanted)


# Label filters, most selective vocabulary first (31 topics, 20 regions, a handful of parties).
_LABELS = (
    ("topic", event_topics, event_topics.c.topic),
    ("region", event_regions, event_regions.c.region),
    ("party", event_parties, event_parties.c.party),
)


def event_conditions(
    filters: EventFilters, probe: bool = False, skip: str | None = None
) -> list[ColumnElement[bool]]:
    """WHERE clauses over ``events`` for the given filters (except the label ``skip``).

    Label filters are ``id IN (members)`` by default, which suits aggregates that read every
    match; ``probe`` makes them correlated EXISTS, a primary-key probe per candidate, which
    lets a newest-first page stop after ``limit`` rows instead of collecting every member.
    """
    conditions: list[ColumnElement[bool]] = []
    for key, table, column in _LABELS:
        value = filters.get(key)
        if not codes(value) or key == skip:
            continue
        if probe:
            member = exists().where(table.c.event_id == events.c.id, _is_one_of(column, value))
            conditions.append(member.correlate(events))
        else:
            conditions.append(events.c.id.in_(select(table.c.event_id).where(_is_one_of(column, value))))
    if codes(filters.get("event_type")):
        conditions.append(_is_one_of(events.c.event_type, filters["event_type"]))
    if filters.get("since") is not None:
        conditions.append(events.c.published >= filters["since"])
    if filters.get("until") is not None:
        conditions.append(events.c.published <= filters["until"])
    if filters.get("dated") is not None:
        conditions.append(events.c.published.is_not(None) if filters["dated"] else events.c.published.is_(None))
    if filters.get("min_confidence") is not None:
        conditions.append(events.c.confidence >= _confidence_bound(filters["min_confidence"]))
    if filters.get("content_hash") is not None:
        conditions.append(events.c.content_hash == filters["content_hash"])
    if not filters.get("copies") and filters.get("content_hash") is None:
        conditions.append(reprint_condition())
    if filters.get("q"):
        conditions.append(events.c.text.icontains(str(filters["q"]), autoescape=True))
    return conditions


def _confidence_bound(value: float) -> float:
    """The bound as a float in [0, 1]; the shells turn a user's bad bound into their own
    error, so one out of range here is a caller's bug."""
    bound = float(value)
    if not 0.0 <= bound <= 1.0:  # also refuses NaN
        raise ValueError(f"min_confidence must be between 0 and 1, not {value!r}")
    return bound


def reprint_condition() -> ColumnElement[bool]:
    """Leave out the events of reprints: a story's events count once, from its first document."""
    reprints = select(document_stories.c.content_hash).where(
        document_stories.c.story != document_stories.c.content_hash
    )
    return events.c.content_hash.not_in(reprints)


def _label_restrictions(filters: EventFilters, regions: bool = True) -> list[ColumnElement[bool]]:
    """Keep a filtered party's (region's) own row out of the others its events mention."""
    restrictions = []
    if codes(filters.get("party")):
        restrictions.append(_is_one_of(event_parties.c.party, filters["party"]))
    if regions and codes(filters.get("region")):
        restrictions.append(_is_one_of(event_regions.c.region, filters["region"]))
    return restrictions


def select_events(filters: EventFilters, limit: int, offset: int) -> Select:
    """One page of matching events, newest first (undated last), then by id.

    One label filter: walk the events newest first and probe the label (cheap while matches
    are common). Several: their conjunction is likely rare, so start from the members of the
    most selective label and sort the few survivors.
    """
    labels = [entry for entry in _LABELS if codes(filters.get(entry[0]))]
    query = select(events)
    skip = None
    if len(labels) > 1 and len(codes(filters.get(labels[0][0]))) == 1:  # a join on several codes repeats rows
        skip, table, column = labels[0]
        query = query.select_from(
            events.join(table, and_(table.c.event_id == events.c.id, column == codes(filters[skip])[0]))
        )
    return (
        query.where(*event_conditions(filters, probe=True, skip=skip))
        .order_by(events.c.published.desc().nulls_last(), events.c.id)
        .limit(limit)
        .offset(offset)
    )


def select_all_events(filters: EventFilters) -> Select:
    """Every matching event in the listing order (newest first, undated last, then by id),
    for exports that stream the whole set."""
    return (
        select(events)
        .where(*event_conditions(filters, probe=True))
        .order_by(events.c.published.desc().nulls_last(), events.c.id)
    )


def count_events(conn: Connection, filters: EventFilters) -> int:
    query = select(func.count()).select_from(events).where(*event_conditions(filters))
    return int(conn.execute(query).scalar_one())


def undated_filters(filters: EventFilters) -> EventFilters:
    """The filters for the undated events that `filters` would show but for their dates: those
    `since`/`until` leave out, and those a timeline cannot place."""
    kept = {key: value for key, value in filters.items() if key not in ("since", "until")}
    return {**kept, "dated": False}  # type: ignore[typeddict-item]


def date_range(conn: Connection, filters: EventFilters) -> tuple[date, date] | None:
    """The first and last day among matching events; None when none has a date."""
    query = select(func.min(events.c.published), func.max(events.c.published)).where(*event_conditions(filters))
    first, last = conn.execute(query).one()
    return (first, last) if first is not None else None


def party_counts(conn: Connection, filters: EventFilters) -> dict[str, int]:
    """party → matching events that name it, in party order (with a party filter, its own)."""
    query = (
        select(event_parties.c.party, func.count())
        .select_from(events)
        .join(event_parties, event_parties.c.event_id == events.c.id)
        .where(*event_conditions(filters), *_label_restrictions(filters, regions=False))
        .group_by(event_parties.c.party)
    )
    return {party: int(n) for party, n in sorted(conn.execute(query).all())}


def party_region_matrix(conn: Connection, filters: EventFilters) -> dict[str, dict[str, int]]:
    """party → region → number of matching events that involve both.

    With a party (region) filter only that party's row (region's column) is returned.
    """
    query = (
        select(event_parties.c.party, event_regions.c.region, func.count())
        .select_from(events)
        .join(event_parties, event_parties.c.event_id == events.c.id)
        .join(event_regions, event_regions.c.event_id == events.c.id)
        .where(*event_conditions(filters), *_label_restrictions(filters))
        .group_by(event_parties.c.party, event_regions.c.region)
    )
    matrix: dict[str, dict[str, int]] = {}
    for party, region, count in conn.execute(query):
        matrix.setdefault(party, {})[region] = int(count)
    return {party: dict(sorted(row.items())) for party, row in sorted(matrix.items())}


def top_topics(conn: Connection, limit: int, filters: EventFilters) -> list[tuple[str, int]]:
    """The most frequent topics among matching events, ties broken by topic code."""
    count = func.count().label("n")
    query = (
        select(event_topics.c.topic, count)
        .select_from(events)
        .join(event_topics, event_topics.c.event_id == events.c.id)
        .where(*event_conditions(filters))
        .group_by(event_topics.c.topic)
        .order_by(count.desc(), event_topics.c.topic)
        .limit(limit)
    )
    return [(topic, int(n)) for topic, n in conn.execute(query)]


def event_type_counts(conn: Connection, filters: EventFilters) -> dict[str, int]:
    """event type → number of matching events, largest first."""
    count = func.count().label("n")
    query = (
        select(events.c.event_type, count)
        .where(*event_conditions(filters))
        .group_by(events.c.event_type)
        .order_by(count.desc(), events.c.event_type)
    )
    return {event_type: int(n) for event_type, n in conn.execute(query)}


def timeline(
    conn: Connection, interval: Interval, filters: EventFilters
) -> list[tuple[date, str, int]]:
    """(period start, party, events) for dated matching events, in date then party order.

    With a party filter only that party's series is returned.

    Rows are grouped by day in SQL (the same on every backend) and folded into weeks
    (starting Monday) or months here: there are only a few hundred distinct days.
    """
    if interval not in ("day", "week", "month"):
        raise ValueError(f"interval must be day, week or month, not {interval!r}")
    query = (
        select(events.c.published, event_parties.c.party, func.count())
        .select_from(events)
        .join(event_parties, event_parties.c.event_id == events.c.id)
        .where(
            events.c.published.is_not(None),
            *event_conditions(filters),
            *_label_restrictions(filters, regions=False),
        )
        .group_by(events.c.published, event_parties.c.party)
    )
    totals: dict[tuple[date, str], int] = defaultdict(int)
    for day, party, count in conn.execute(query):
        totals[(period_start(day, interval), party)] += int(count)
    return [(start, party, n) for (start, party), n in sorted(totals.items())]


def period_start(day: date, interval: Interval) -> date:
    """The first day of the day, ISO week (Monday) or month that contains ``day``."""
    if interval == "week":
        return day - timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    return day
