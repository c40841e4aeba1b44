"""A store seeded by the real extractor, the whole app (API + dashboard) over it, served by
uvicorn on a free loopback port, and a headless Chromium page to drive it."""
from __future__ import annotations

import socket
import threading
import time
import warnings
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from saylau.extract import EXTRACTOR_VERSION, extract_events
from saylau.model import Document
from saylau.store import open_store

with warnings.catch_warnings():  # Starlette now prefers httpx2; httpx serves these tests as well
    warnings.simplefilter("ignore", UserWarning)
    import fastapi.testclient  # noqa: F401

NEWS = [
    Document(
        id="campaign-week-1",
        title="First week of the campaign",
        url="https://news.example.kz/2023/02/first-week",
        published=date(2023, 2, 22),
        lang="en",
        text=(
            "Candidates of the Auyl party met with voters in Kokshetau and discussed water supply.\n"
            "AMANAT chairman Yerlan Koshanov held a press conference in Astana.\n"
            "Baitak Green Party activists held a rally in Almaty about air pollution.\n"
        ),
    ),
    Document(
        id="campaign-week-2",
        title="Second week: the south and the centre",
        published=date(2023, 3, 1),
        lang="en",
        text=(
            "The People's Party of Kazakhstan held a rally in Shymkent on healthcare and pensions.\n"
            "Respublica candidates met workers of a copper plant in Balkhash to discuss wages.\n"
            "AMANAT deputies met teachers in Pavlodar and discussed school repairs.\n"
        ),
    ),
    Document(
        id="kostanay-ru",
        title="AMANAT в Костанае",
        published=date(2023, 3, 7),
        lang="ru",
        text="Партия AMANAT провела встречу с избирателями в Костанае.\n",
    ),
]


# Each paragraph's confidence, set here rather than taken from the extractor, so that the
# confidence filter's answers are known: at 90 % only AMANAT's press conference and Kostanay.
CONFIDENCE = {
    ("campaign-week-1", 0): 0.8, ("campaign-week-1", 1): 0.95, ("campaign-week-1", 2): 0.45,
    ("campaign-week-2", 0): 0.72, ("campaign-week-2", 1): 0.5, ("campaign-week-2", 2): 0.65,
    ("kostanay-ru", 0): 0.92,
}  # fmt: skip


def seed(url: str, news: list[Document] = NEWS):
    """A store at `url` holding `news` and its events as the extractor finds them (with the
    confidence CONFIDENCE sets, where it sets one)."""
    store = open_store(url)
    batch = [
        (doc, [replace(e, published=doc.published, confidence=CONFIDENCE.get((doc.id, e.paragraph), e.confidence)) for e in extract_events(doc)])
        for doc in news
    ]
    store.add_documents(batch, EXTRACTOR_VERSION)
    return store


@pytest.fixture
def seeded_store(tmp_path):
    with seed(f"sqlite:///{tmp_path / 'web.db'}") as store:
        yield store


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serving(store):
    """The app over `store`, served by uvicorn in a thread; yields its base URL."""
    import uvicorn

    from saylau.cli_serve import build_app

    port = free_port()
    config = uvicorn.Config(build_app(store, cache_ttl=0), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        running.should_exit = True
        thread.join(timeout=5)


@pytest.fixture
def server(seeded_store):
    with serving(seeded_store) as url:
        yield url


@pytest.fixture
def serve_news(tmp_path):
    """A function that serves NEWS and the documents given to it besides; returns the URL."""
    with ExitStack() as stack:

        def serve(*more: Document) -> str:
            store = stack.enter_context(seed(f"sqlite:///{tmp_path / 'more.db'}", [*NEWS, *more]))
            return stack.enter_context(serving(store))

        yield serve


@pytest.fixture
def serve_store():
    """A function that serves a store the test built itself; returns the URL."""
    with ExitStack() as stack:
        yield lambda store: stack.enter_context(serving(store))


@pytest.fixture(scope="module")
def read_only_server(tmp_path_factory):
    """One server for a module whose tests only read: seeded and started once."""
    with seed(f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}") as store, serving(store) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per module (each test opens its own page). Skipped where
    Debian's chromium is not installed."""
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the test extra)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def browser_page(browser):
    """A fresh Chromium page and the list of its errors (script errors, and CSP violations,
    which the browser reports on the console)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    try:
        yield page, errors
    finally:
        context.close()
