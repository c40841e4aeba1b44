"""Store fixtures: every store test runs on SQLite and, when $SAYLAU_TEST_PG is set, on
PostgreSQL, through the `store_url` fixture of tests/conftest.py."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from saylau.model import Actor, Document, Event, Span
from saylau.store import Store, open_store

@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as opened:
        yield opened


def event(doc: Document, paragraph: int, **fields) -> Event:
    """An event of ``doc`` carrying the document's date and language, as the store returns it."""
    return Event(
        doc_id=doc.id, paragraph=paragraph, published=doc.published, lang=doc.lang, **fields
    )


# A small corpus whose every count is known by hand (see test_queries.py).
ALMATY = Document(
    id="almaty.txt",
    text="AMANAT met voters in Almaty.\nAq Jol rallied.\nAMANAT and NPK briefed the press.",
    title="Almaty campaign day",
    published=date(2023, 3, 1),  # a Wednesday; its week starts 2023-02-27
    lang="en",
)
ASTANA = Document(
    id="astana.txt",
    text="NPK met pensioners in Astana.\n\nAMANAT held an online meeting.",
    title="Astana",
    published=date(2023, 3, 8),
    lang="en",
)
DEBATE = Document(id="debate.txt", text="Партия Respublica провела дебаты в студии.", lang="ru")
QUIET = Document(id="quiet.txt", text="Nothing happened today.", published=date(2023, 3, 2), lang="en")

CORPUS: list[tuple[Document, list[Event]]] = [
    (
        ALMATY,
        [
            event(ALMATY, 0, parties=("AMANAT",), regions=("KZ-75",), event_type="voter_meeting",
                  topics=("healthcare", "education"), confidence=0.9),
            event(ALMATY, 0, parties=("AQ_JOL",), regions=("KZ-75",), event_type="rally",
                  topics=("corruption",), confidence=0.4),
            event(ALMATY, 1, parties=("AMANAT", "NPK"), regions=("KZ-75", "KZ-19"),
                  event_type="press_event", topics=("healthcare",), confidence=0.7),
        ],
    ),
    (
        ASTANA,
        [
            event(ASTANA, 0, parties=("NPK",), regions=("KZ-71",), event_type="voter_meeting",
                  topics=("pensions", "healthcare"), confidence=0.65),
            event(ASTANA, 1, parties=("AMANAT",), regions=("KZ-71",), event_type="online"),
        ],
    ),
    (DEBATE, [event(DEBATE, 0, parties=("RESPUBLICA",), event_type="debate", topics=("education",),
                    confidence=0.3)]),
    (QUIET, []),
]


@pytest.fixture
def corpus() -> dict[str, tuple[Document, list[Event]]]:
    """The hand-counted corpus by document id (without the .txt)."""
    return {doc.id.removesuffix(".txt"): (doc, events) for doc, events in CORPUS}


@pytest.fixture
def corpus_store(store: Store) -> Store:
    assert store.add_documents(CORPUS, extractor_version="v1") == [True] * len(CORPUS)
    return store


@pytest.fixture
def make_event():
    """event(doc, paragraph, **fields): an event carrying the document's date and language."""
    return event


@pytest.fixture
def rich_event():
    """rich_event(doc): an event with every field and evidence filled, for round trips."""
    return _rich_event


def _rich_event(doc: Document) -> Event:
    return event(
        doc,
        0,
        parties=("AMANAT",),
        regions=("KZ-75",),
        settlements=("Almaty",),
        event_type="voter_meeting",
        audience=("voters",),
        actors=(Actor("Yerlan Koshanov", "chairman", "AMANAT"), Actor(None, "deputy", "AMANAT")),
        topics=("healthcare", "education"),
        election="mazhilis",
        list_types=("party_list",),
        confidence=0.875,
        evidence={
            "parties": (Span(0, 6),),
            "regions": (Span(21, 27),),
            "event_type": (Span(7, 20),),
            "actors": (Span(30, 45), Span(50, 56)),
        },
    )
