"""The `saylau serve` command: the API and the dashboard in one process (FastAPI + uvicorn).

``build_app(store)`` puts the two together: ``saylau.api`` answers under /api/v1 and
``saylau.web`` serves the page at / that reads it. They never import each other; this shell
is where they meet. The default bind is loopback: serving to a network is a choice.
FastAPI, the store and the ingest are imported when a server is built, not with the CLI.
"""
from __future__ import annotations

import tempfile
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from saylau.cli_help import examples
from saylau.errors import SaylauError

if TYPE_CHECKING:
    from fastapi import FastAPI

    from saylau.store import Store


def build_app(store: Store, **options: object) -> FastAPI:
    """API (create_app options pass through) and dashboard over one store."""
    from saylau.api import API_PREFIX, create_app
    from saylau.web import mount_dashboard

    app = create_app(store, **options)  # type: ignore[arg-type]
    mount_dashboard(app, API_PREFIX)
    return app


def run_server(store: Store, host: str, port: int, cache_ttl: float) -> None:
    import uvicorn

    from saylau.api import API_PREFIX

    app = build_app(store, cache_ttl=cache_ttl)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"Saylau dashboard: http://{shown}:{port}/  (API: http://{shown}:{port}{API_PREFIX}/events)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def serve_command(
    db: Annotated[Optional[str], typer.Option("--db", help="Database URL; default: $SAYLAU_DB or the user data directory.")] = None,
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.", min=1, max=65535)] = 8000,
    demo: Annotated[bool, typer.Option("--demo", help="Serve the sample corpus from a temporary store.")] = False,
    cache_ttl: Annotated[float, typer.Option("--cache-ttl", help="Seconds a statistic may be stale (0: no cache).", min=0)] = 10.0,
) -> None:
    """Serve the REST API (/api/v1) and the dashboard (/). POST needs $SAYLAU_API_TOKEN."""
    from saylau import workflow
    from saylau.store import open_store

    try:
        if not demo:
            with open_store(db) as store:
                run_server(store, host, port, cache_ttl)
            return
        with tempfile.TemporaryDirectory(prefix="saylau-serve-") as tmp:
            with open_store(db or f"sqlite:///{tmp}/demo.db") as store:
                summary = workflow.ingest_into_store([str(workflow.sample_corpus())], store)
                typer.echo(f"Ingested {summary.new + summary.seen} sample documents: {summary.events} events.")
                run_server(store, host, port, cache_ttl)
    except SaylauError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


def register(app: typer.Typer) -> None:
    """Add `serve` to the `saylau` app."""
    app.command(
        "serve", epilog=examples("saylau serve --db sqlite:///campaign.db", "saylau serve --demo --port 8080")
    )(serve_command)
