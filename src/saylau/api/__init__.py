"""The REST API: ``create_app(store)`` returns a FastAPI app serving /api/v1.

    from saylau.api import create_app
    from saylau.store import open_store

    app = create_app(open_store("sqlite:///campaign.db"))   # then: uvicorn.run(app)

One module per resource (events, documents, stats, reference, elections); pydantic schemas
in ``schemas``; every error is the JSON shape of ``errors``; ``cache`` keeps statistics.
"""
from .app import API_PREFIX, TOKEN_ENV_VAR, create_app

__all__ = ["API_PREFIX", "TOKEN_ENV_VAR", "create_app"]
