"""A small store seeded with events from the real extractor, and API clients over it."""
from __future__ import annotations

import warnings
from dataclasses import replace
from datetime import date

import pytest

from saylau.extract import EXTRACTOR_VERSION, extract_events
from saylau.model import Document, Event
from saylau.store import open_store

with warnings.catch_warnings():  # Starlette now prefers httpx2; httpx serves these tests as well
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient  # noqa: E402

from saylau.api import create_app  # noqa: E402

TOKEN = "test-token-123"

SEED = [
    Document(
        id="north.txt",
        title="Auyl and AMANAT in the north",
        published=date(2023, 2, 21),
        lang="en",
        text=(
            "Candidates of the Auyl party met with voters in Kokshetau and discussed water supply.\n"
            "\n"
            "AMANAT chairman Yerlan Koshanov held a press conference in Astana.\n"
        ),
    ),
    Document(
        id="south.txt",
        title="Rallies in the south",
        published=date(2023, 3, 2),
        lang="en",
        text=(
            "The People's Party of Kazakhstan held a rally in Shymkent on healthcare and pensions.\n"
            "Respublica candidates met workers of a copper plant in Balkhash to discuss wages.\n"
        ),
    ),
    Document(
        id="ru.txt",
        title="AMANAT в Костанае",
        published=date(2023, 3, 6),
        lang="ru",
        text="Партия AMANAT провела встречу с избирателями в Костанае.\n",
    ),
    Document(
        id="undated.txt",
        lang="en",
        text="Baitak Green Party activists held a picket in Almaty about air pollution.\n",
    ),
]


def seed_store(store) -> None:
    batch = []
    for doc in SEED:
        events = [replace(e, published=doc.published) for e in extract_events(doc)]
        batch.append((doc, events))
    store.add_documents(batch, EXTRACTOR_VERSION)


@pytest.fixture
def store(store_url):
    """SQLite, and PostgreSQL too when $SAYLAU_TEST_PG is set (see tests/conftest.py)."""
    with open_store(store_url) as opened:
        seed_store(opened)
        yield opened


@pytest.fixture
def client(store):
    return TestClient(create_app(store, api_token="", cache_ttl=0), raise_server_exceptions=False)


@pytest.fixture
def writer(store):
    """A client of an app that accepts documents with TOKEN, with a small body limit."""
    app = create_app(store, api_token=TOKEN, cache_ttl=60, max_body_bytes=4096)
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def auth():
    """The header that the ``writer`` app accepts."""
    return {"Authorization": f"Bearer {TOKEN}"}


def confidence_seed() -> list[tuple[Document, list[Event]]]:
    """Four hand-made events whose confidences the tests know (not the extractor's):

        a.txt (2023-03-01)  p0 AMANAT KZ-75 voter_meeting [healthcare]  0.95
                            p1 NPK    KZ-75 rally         [pensions]    0.4
        b.txt (2023-03-02)  p0 AUYL   KZ-11 voter_meeting [water]       0.7
                            p1 AMANAT KZ-71 press_event   []            0.55
    """
    a = Document(id="a.txt", text="First.\nSecond.", published=date(2023, 3, 1), lang="en")
    b = Document(id="b.txt", text="Third.\nFourth.", published=date(2023, 3, 2), lang="en")

    def event(doc, paragraph, party, region, event_type, topics, confidence):
        return Event(doc_id=doc.id, paragraph=paragraph, parties=(party,), regions=(region,), event_type=event_type,
                     topics=topics, published=doc.published, lang=doc.lang, confidence=confidence)  # fmt: skip

    return [
        (a, [event(a, 0, "AMANAT", "KZ-75", "voter_meeting", ("healthcare",), 0.95),
             event(a, 1, "NPK", "KZ-75", "rally", ("pensions",), 0.4)]),
        (b, [event(b, 0, "AUYL", "KZ-11", "voter_meeting", ("water",), 0.7),
             event(b, 1, "AMANAT", "KZ-71", "press_event", (), 0.55)]),
    ]  # fmt: skip


@pytest.fixture
def confidence_store(store_url):
    """A store holding only the events of confidence_seed()."""
    with open_store(store_url) as opened:
        opened.add_documents(confidence_seed(), "test")
        yield opened


@pytest.fixture
def confidence_client(confidence_store):
    return TestClient(create_app(confidence_store, api_token="", cache_ttl=0), raise_server_exceptions=False)
