"""The one JSON error shape of the API, and the handlers that make every failure use it.

    {"error": {"status": 422, "message": "unknown party code 'XYZ'; known: AMANAT, ...",
               "details": [{"where": "query.party", "reason": "..."}]}}

``details`` is present only when there is more than one thing to say (validation errors,
bad JSONL lines). A client can always show ``message`` to a person as it is.
"""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from saylau.errors import ElectionError, InputError, SaylauError, StoreError

log = logging.getLogger("saylau.api")


class ApiError(Exception):
    """An error the client caused (or may retry), raised anywhere below a route."""

    def __init__(
        self,
        status: int,
        message: str,
        details: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ):
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = details
        self.headers = headers


def error_response(
    status: int,
    message: str,
    details: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {"status": status, "message": message}
    if details:
        body["details"] = details
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    details = []
    for problem in exc.errors():
        where = ".".join(str(part) for part in problem.get("loc", ()))
        details.append({"where": where, "reason": str(problem.get("msg", "invalid value"))})
    return details


async def _on_validation(_: Request, exc: RequestValidationError) -> JSONResponse:
    details = _validation_details(exc)
    first = details[0] if details else {"where": "request", "reason": "invalid"}
    message = f"{first['where']}: {first['reason']}"
    return error_response(422, message, details if len(details) > 1 else None)


async def _on_http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    if exc.status_code == 404 and message == "Not Found":
        message = "no such resource; the API is described at /api/v1/openapi.json"
    if exc.status_code == 405:
        message = "this method is not allowed on this resource"
    return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))


async def _on_api_error(_: Request, exc: ApiError) -> JSONResponse:
    return error_response(exc.status, exc.message, exc.details, exc.headers)


async def _on_saylau_error(_: Request, exc: SaylauError) -> JSONResponse:
    if isinstance(exc, StoreError):
        log.error("store error: %s", exc)
        return error_response(503, "the store is not available right now; try again later")
    status = 422 if isinstance(exc, (InputError, ElectionError)) else 400
    return error_response(status, str(exc))


async def _on_unexpected(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=exc)
    return error_response(500, "internal error; it has been logged")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(SaylauError, _on_saylau_error)
    app.add_exception_handler(Exception, _on_unexpected)
