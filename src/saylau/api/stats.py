"""GET /stats/*: the aggregates behind the dashboard, over the same filters as /events.

Every answer goes through the QueryCache: on a million events an aggregate takes seconds,
and the dashboard asks for the same few many times a minute.
"""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from saylau.reference import region_codes

from .deps import CacheDep, StoreDep, cached_json
from .filters import FiltersDep, cache_key
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


@router.get("/party-region", response_model=PartyRegionStats)
async def party_region(store: StoreDep, cache: CacheDep, filters: FiltersDep) -> Response:
    """Events per party and region (an event naming two regions counts in both)."""

    def compute() -> PartyRegionStats:
        matrix = store.party_region_matrix(**filters)
        regions = sorted({region for row in matrix.values() for region in row})
        return PartyRegionStats(
            events=store.count_events(**filters), parties=sorted(matrix), regions=regions, matrix=matrix
        )

    return await cached_json(cache, cache_key("party-region", filters), compute)


@router.get("/regions", response_model=RegionActivity)
async def region_activity(store: StoreDep, cache: CacheDep, filters: FiltersDep) -> Response:
    """Matching events per region (each event once per region it names), for the map."""

    def compute() -> RegionActivity:
        wanted = [filters["region"]] if "region" in filters else list(region_codes())
        counts = {code: store.count_events(**{**filters, "region": code}) for code in wanted}
        return RegionActivity(regions={code: n for code, n in counts.items() if n})

    return await cached_json(cache, cache_key("regions", filters), compute)


@router.get("/topics", response_model=TopicStats)
async def topics(
    store: StoreDep,
    cache: CacheDep,
    filters: FiltersDep,
    limit: Annotated[int, Query(ge=1, le=MAX_TOPICS, description="How many topics.")] = 10,
) -> Response:
    """The most frequent topics of matching events (``party=`` for one party's issues)."""

    def compute() -> TopicStats:
        ranked = store.top_topics(limit=limit, **filters)
        return TopicStats(party=filters.get("party"), topics=[TopicCount(topic=t, events=n) for t, n in ranked])

    return await cached_json(cache, cache_key("topics", filters, limit), compute)


@router.get("/timeline", response_model=Timeline)
async def timeline(
    store: StoreDep,
    cache: CacheDep,
    filters: FiltersDep,
    interval: Annotated[Literal["day", "week", "month"], Query(description="Period length.")] = "week",
) -> Response:
    """Dated matching events per period and party; weeks start on Monday."""

    def compute() -> Timeline:
        rows = store.timeline(interval, **filters)
        return Timeline(
            interval=interval,
            series=[TimelinePoint(period=start, party=party, events=n) for start, party, n in rows],
        )

    return await cached_json(cache, cache_key("timeline", filters, interval), compute)


@router.get("/event-types", response_model=EventTypeStats)
async def event_types(store: StoreDep, cache: CacheDep, filters: FiltersDep) -> Response:
    """Matching events per event type, largest first."""
    return await cached_json(
        cache,
        cache_key("event-types", filters),
        lambda: EventTypeStats(event_types=store.event_type_counts(**filters)),
    )
