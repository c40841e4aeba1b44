"""create_app(store): the FastAPI application that serves the API under /api/v1.

The app holds one Store (thread-safe: SQLAlchemy pools connections) and one QueryCache in
``app.state``; routes reach them through the small dependencies below. Routes that only read
are plain functions, which FastAPI runs on its thread pool, so slow queries do not block the
event loop. The interactive docs pages are off (they load scripts from a CDN); the OpenAPI
document itself is at /api/v1/openapi.json. Every response carries security headers
(security.py), also those of a dashboard mounted on the same app.
"""
from __future__ import annotations

import os
from typing import Optional

from fastapi import FastAPI

from saylau.store import Store

from . import documents, elections, events, reference, stats, stories
from .cache import QueryCache
from .errors import install_error_handlers
from .security import SecurityHeaders

API_PREFIX = "/api/v1"
TOKEN_ENV_VAR = "SAYLAU_API_TOKEN"
DEFAULT_MAX_BODY_BYTES = 1_048_576  # 1 MiB: thousands of news paragraphs per request
DEFAULT_CACHE_TTL = 10.0


def create_app(
    store: Store,
    *,
    api_token: Optional[str] = None,
    cache_ttl: float = DEFAULT_CACHE_TTL,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> FastAPI:
    """The API over ``store``.

    ``api_token`` (default: $SAYLAU_API_TOKEN) is the bearer token that POST /documents
    requires; without one the API is read-only. ``cache_ttl`` bounds, in seconds, how stale a
    statistic may be after another process writes to the store (0 turns the cache off).
    """
    token = api_token if api_token is not None else os.environ.get(TOKEN_ENV_VAR) or None
    app = FastAPI(
        title="Saylau",
        version="1",
        summary="Campaign events from Kazakh election news, and seats from votes.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.cache = QueryCache(ttl=cache_ttl)
    app.state.api_token = token
    app.state.max_body_bytes = max_body_bytes
    install_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    for module in (events, documents, stats, stories, reference, elections):
        app.include_router(module.router, prefix=API_PREFIX)
    return app

