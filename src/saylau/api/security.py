"""Security headers on every response of the app: the API, and what is mounted beside it.

    X-Content-Type-Options: nosniff     a JSON answer or a .js file is never sniffed as HTML
    X-Frame-Options: DENY               no page of ours is framed (clickjacking)
    Referrer-Policy: no-referrer        filter values in our URLs go nowhere else
    Content-Security-Policy             API_POLICY unless the response sets its own

API_POLICY allows nothing: JSON needs no scripts, styles or frames, and a response that a
browser is tricked into rendering as a page can then do nothing. A page sets its own policy
(the dashboard's, in saylau.web) and keeps it. A pure ASGI middleware, so a request costs a
few header appends and no extra task.
"""
from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
    ("Content-Security-Policy", API_POLICY),
)


class SecurityHeaders:
    """Adds HEADERS to each HTTP response that does not set them itself."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS:
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)
