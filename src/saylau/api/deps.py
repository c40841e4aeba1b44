"""What routes depend on: the app's Store and QueryCache (set by create_app), and cached JSON."""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Annotated

from fastapi import Depends, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from saylau.store import Store

from .cache import MISSING, QueryCache


async def get_store(request: Request) -> Store:
    return request.app.state.store


async def get_cache(request: Request) -> QueryCache:
    return request.app.state.cache


StoreDep = Annotated[Store, Depends(get_store)]
CacheDep = Annotated[QueryCache, Depends(get_cache)]



async def cached_json(cache: QueryCache, key: Hashable, compute: Callable[[], BaseModel]) -> Response:
    """The answer of ``compute()`` as JSON, the serialised bytes kept in ``cache``.

    A hit is answered on the event loop; a miss is computed on the thread pool (queries
    block). Keeping bytes rather than models spares every hit the validation and encoding
    of the answer. Dependencies here are async for the same reason: FastAPI runs plain
    functions on the thread pool, and a hop there costs more than a cache hit.
    """

    def encoded() -> bytes:
        return compute().model_dump_json().encode("utf-8")

    body = cache.peek(key, encoded)
    if body is MISSING:
        body = await run_in_threadpool(cache.get, key, encoded)
    return Response(content=body, media_type="application/json")
