"""The dashboard: one HTML page (templates/index.html) and its static assets.

``mount_dashboard(app)`` adds to a FastAPI app:

    GET /                         the page, labels in English, Russian or Kazakh (?lang=ru,
                                  ?lang=kk, or the browser's Accept-Language)
    GET /static/...               dashboard.js, seats.js, dashboard.css, labels.json, tiles.json
    GET /static/vendor/plotly.min.js   the plotly.js bundle shipped in the `plotly` package

Static files go out gzip-compressed to a browser that accepts it: plotly.min.js is 4.8 MB as
shipped and 1.5 MB compressed, which is the difference between a page that opens and one
that does not on a slow line. The bundle is compressed once per process and kept in memory
(a third of a second of work, not one per request); our own small files pass through
Starlette's GZipMiddleware.

Everything is served from installed packages, so the page works offline: no CDN, no tiles.
So the page's Content-Security-Policy (PAGE_POLICY) allows scripts, data and styles from
this server only; the page runs no inline script (its settings are JSON in a <script
type="application/json">, which the browser does not run). Inline styles stay allowed:
plotly.js sets style attributes and adds <style> elements as it draws.
The page draws every panel from the JSON API (same queries, same filters), so this module
needs no access to the store; it does not import ``saylau.api``.
"""
from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources
from typing import Annotated, Optional

from fastapi import FastAPI, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import GZipMiddleware
from jinja2 import Environment, PackageLoader, select_autoescape

LANGUAGES = ("en", "ru", "kk")
ASSET_CACHE = "public, max-age=86400"
STATIC_PREFIX = "/static"
PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:; "
    "style-src 'self' 'unsafe-inline'; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'none'"
)


@cache
def _environment() -> Environment:
    return Environment(loader=PackageLoader("saylau.web", "templates"), autoescape=select_autoescape(["html"]))


@cache
def labels() -> dict[str, dict]:
    """The dashboard's labels by language (static/labels.json)."""
    text = resources.files(__package__).joinpath("static", "labels.json").read_text(encoding="utf-8")
    return json.loads(text)


def plotly_bundle() -> str:
    """Path of plotly.min.js inside the installed `plotly` package."""
    return str(resources.files("plotly").joinpath("package_data", "plotly.min.js"))


def choose_language(requested: Optional[str], accept_language: str) -> str:
    if requested in LANGUAGES:
        return requested
    for part in accept_language.split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "en"


def accepts_gzip(accept_encoding: str) -> bool:
    """Whether an Accept-Encoding header takes gzip (``gzip;q=0`` refuses it)."""
    for part in accept_encoding.lower().split(","):
        name, _, params = part.strip().partition(";")
        if name.strip() in ("gzip", "*"):
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


@cache
def gzipped_plotly() -> bytes:
    """plotly.min.js compressed, once per process (mtime 0: the same bytes every time)."""
    with open(plotly_bundle(), "rb") as bundle:
        return gzip.compress(bundle.read(), compresslevel=6, mtime=0)


def render_page(lang: str, api_prefix: str) -> str:
    template = _environment().get_template("index.html")
    return template.render(lang=lang, t=labels()[lang], labels=labels()[lang], api=api_prefix, static=STATIC_PREFIX)


def mount_dashboard(app: FastAPI, api_prefix: str = "/api/v1") -> None:
    """Serve the dashboard at / over the API at ``api_prefix``."""

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard(
        request: Request, lang: Annotated[Optional[str], Query(max_length=5)] = None
    ) -> HTMLResponse:
        chosen = choose_language(lang, request.headers.get("accept-language", ""))
        return HTMLResponse(
            render_page(chosen, api_prefix),
            headers={"Content-Language": chosen, "Content-Security-Policy": PAGE_POLICY},
        )

    @app.get(f"{STATIC_PREFIX}/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js(request: Request) -> Response:
        headers = {"Cache-Control": ASSET_CACHE, "Vary": "Accept-Encoding"}
        if accepts_gzip(request.headers.get("accept-encoding", "")):
            headers["Content-Encoding"] = "gzip"
            return Response(gzipped_plotly(), media_type="text/javascript", headers=headers)
        return FileResponse(plotly_bundle(), media_type="text/javascript", headers=headers)

    static_files = StaticFiles(packages=[("saylau.web", "static")])
    app.mount(STATIC_PREFIX, GZipMiddleware(static_files, minimum_size=1000, compresslevel=6), name="static")
