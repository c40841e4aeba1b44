"""GET /stats/*: the aggregates behind the dashboard, over the same filters as /events.

Every answer goes through the QueryCache: on a million events an aggregate takes seconds,
and the dashboard asks for the same few many times a minute. Each is JSON, or CSV (one row
per cell or count) by ``format=csv`` or ``Accept: text/csv``.
"""
from __future__ import annotations

from typing import Annotated, Literal

from collections.abc import Callable, Hashable, Iterable, Sequence

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from saylau.exports import csv_chunks

from saylau.reference import region_codes
from saylau.store.queries import codes, undated_filters

from .cache import QueryCache
from .deps import CacheDep, StoreDep, cached_json
from .filters import FiltersDep, cache_key
from .formats import media_type, requested_format
from .schemas import (
    ErrorBody,
    EventTypeStats,
    PartyRegionStats,
    RegionActivity,
    Timeline,
    TimelinePoint,
    TopicCount,
    TopicStats,
)

router = APIRouter(prefix="/stats", tags=["statistics"], responses={422: {"model": ErrorBody}})

MAX_TOPICS = 100
STATS_FORMATS = ("json", "csv")
FormatParam = Annotated[str | None, Query(description="json, or csv; else the Accept header decides.")]


async def answer(
    request: Request,
    format: str | None,
    cache: QueryCache,
    key: Hashable,
    compute: Callable[[], BaseModel],
    rows: Callable[[BaseModel], Iterable[dict]],
    columns: Sequence[str],
) -> Response:
    """The statistic as cached JSON, or as CSV rows (cached too, under their own key)."""
    if requested_format(request, format, STATS_FORMATS) == "json":
        return await cached_json(cache, key, compute)

    def encoded() -> bytes:
        return "".join(csv_chunks(rows(compute()), columns)).encode("utf-8")

    body = await run_in_threadpool(cache.get, ("csv", key), encoded)
    return Response(content=body, media_type=media_type("csv"))


@router.get("/party-region", response_model=PartyRegionStats)
async def party_region(request: Request, store: StoreDep, cache: CacheDep, filters: FiltersDep, format: FormatParam = None) -> Response:
    """Events per party and region (an event naming two regions counts in both)."""

    def compute() -> PartyRegionStats:
        matrix = store.party_region_matrix(**filters)
        regions = sorted({region for row in matrix.values() for region in row})
        return PartyRegionStats(
            events=store.count_events(**filters), parties=sorted(matrix), regions=regions, matrix=matrix
        )

    def rows(stats: PartyRegionStats) -> Iterable[dict]:
        return ({"party": p, "region": r, "events": n} for p, row in stats.matrix.items() for r, n in row.items())

    return await answer(request, format, cache, cache_key("party-region", filters), compute, rows, ("party", "region", "events"))


@router.get("/regions", response_model=RegionActivity)
async def region_activity(request: Request, store: StoreDep, cache: CacheDep, filters: FiltersDep, format: FormatParam = None) -> Response:
    """Matching events per region (each event once per region it names), for the map."""

    def compute() -> RegionActivity:
        wanted = list(codes(filters.get("region"))) or list(region_codes())
        counts = {code: store.count_events(**{**filters, "region": code}) for code in wanted}
        return RegionActivity(regions={code: n for code, n in counts.items() if n})

    def rows(stats: RegionActivity) -> Iterable[dict]:
        return ({"region": code, "events": n} for code, n in stats.regions.items())

    return await answer(request, format, cache, cache_key("regions", filters), compute, rows, ("region", "events"))


@router.get("/topics", response_model=TopicStats)
async def topics(
    store: StoreDep,
    cache: CacheDep,
    filters: FiltersDep,
    request: Request,
    limit: Annotated[int, Query(ge=1, le=MAX_TOPICS, description="How many topics.")] = 10,
    format: FormatParam = None,
) -> Response:
    """The most frequent topics of matching events (``party=`` for one party's issues)."""

    def compute() -> TopicStats:
        ranked = store.top_topics(limit=limit, **filters)
        return TopicStats(party=filters.get("party"), topics=[TopicCount(topic=t, events=n) for t, n in ranked])

    def rows(stats: TopicStats) -> Iterable[dict]:
        return ({"topic": t.topic, "events": t.events} for t in stats.topics)

    return await answer(request, format, cache, cache_key("topics", filters, limit), compute, rows, ("topic", "events"))


@router.get("/timeline", response_model=Timeline)
async def timeline(
    store: StoreDep,
    cache: CacheDep,
    filters: FiltersDep,
    request: Request,
    interval: Annotated[Literal["day", "week", "month"], Query(description="Period length.")] = "week",
    format: FormatParam = None,
) -> Response:
    """Dated matching events per period and party; weeks start on Monday. The events without a
    date are counted beside the series (``undated``; CSV: rows whose period is "undated")."""

    def compute() -> Timeline:
        rows = store.timeline(interval, **filters)
        undated = undated_filters(filters)
        return Timeline(
            interval=interval,
            series=[TimelinePoint(period=start, party=party, events=n) for start, party, n in rows],
            undated=store.count_events(**undated),
            undated_by_party=store.party_counts(**undated),
        )

    def rows(stats: Timeline) -> Iterable[dict]:
        yield from ({"period": p.period.isoformat(), "party": p.party, "events": p.events} for p in stats.series)
        yield from ({"period": "undated", "party": party, "events": n} for party, n in stats.undated_by_party.items())

    return await answer(request, format, cache, cache_key("timeline", filters, interval), compute, rows, ("period", "party", "events"))


@router.get("/event-types", response_model=EventTypeStats)
async def event_types(request: Request, store: StoreDep, cache: CacheDep, filters: FiltersDep, format: FormatParam = None) -> Response:
    """Matching events per event type, largest first."""

    def rows(stats: EventTypeStats) -> Iterable[dict]:
        return ({"event_type": t, "events": n} for t, n in stats.event_types.items())

    return await answer(
        request, format, cache, cache_key("event-types", filters),
        lambda: EventTypeStats(event_types=store.event_type_counts(**filters)), rows, ("event_type", "events"),
    )
