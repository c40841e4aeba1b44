"""The dashboard: one HTML page (templates/index.html) and its static assets.

``mount_dashboard(app)`` adds to a FastAPI app:

    GET /                         the page, labels in English or Russian (?lang=ru, or the
                                  browser's Accept-Language)
    GET /static/...               dashboard.js, dashboard.css, labels.json, tiles.json
    GET /static/vendor/plotly.min.js   the plotly.js bundle shipped in the `plotly` package

Everything is served from installed packages, so the page works offline: no CDN, no tiles.
So the page's Content-Security-Policy (PAGE_POLICY) allows scripts, data and styles from
this server only; the page runs no inline script (its settings are JSON in a <script
type="application/json">, which the browser does not run). Inline styles stay allowed:
plotly.js sets style attributes and adds <style> elements as it draws.
The page draws every panel from the JSON API (same queries, same filters), so this module
needs no access to the store; it does not import ``saylau.api``.
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Annotated, Optional

from fastapi import FastAPI, Query, Request
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape

LANGUAGES = ("en", "ru")
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
        if code == "kk":
            return "ru"  # Kazakh readers of Kazakh news read Russian more often than English
    return "en"


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
    def plotly_js() -> FileResponse:
        return FileResponse(
            plotly_bundle(), media_type="text/javascript", headers={"Cache-Control": "public, max-age=86400"}
        )

    app.mount(STATIC_PREFIX, StaticFiles(packages=[("saylau.web", "static")]), name="static")
