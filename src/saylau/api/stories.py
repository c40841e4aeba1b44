"""GET /stories: stories carried by several documents (near-duplicates) and coverage per party.

The same rows as `saylau stories`: JSON ``{"stories": [...], "coverage": [...]}``, or CSV (one
row per reprinted story) by ``format=csv`` or ``Accept: text/csv``. Cached like the statistics.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from saylau.exports.stories import STORY_COLUMNS, coverage_rows, story_rows

from .deps import CacheDep, StoreDep
from .schemas import ErrorBody, Stories
from .stats import FormatParam, answer

router = APIRouter(tags=["statistics"], responses={422: {"model": ErrorBody}})


@router.get("/stories", response_model=Stories)
async def stories(
    request: Request,
    store: StoreDep,
    cache: CacheDep,
    limit: Annotated[int | None, Query(ge=1, le=10_000, description="At most this many stories (all by default).")] = None,
    format: FormatParam = None,
) -> Response:
    def compute() -> Stories:
        return Stories(stories=story_rows(store.reprinted_stories(limit=limit)), coverage=coverage_rows(store.party_coverage()))

    return await answer(request, format, cache, ("stories", limit), compute, lambda s: [r.model_dump() for r in s.stories], STORY_COLUMNS)
