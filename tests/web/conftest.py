"""A store seeded by the real extractor, and the whole app (API + dashboard) over it."""
from __future__ import annotations

import warnings
from dataclasses import replace
from datetime import date

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


@pytest.fixture
def seeded_store(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'web.db'}") as store:
        batch = [
            (doc, [replace(e, published=doc.published, confidence=CONFIDENCE[(doc.id, e.paragraph)]) for e in extract_events(doc)])
            for doc in NEWS
        ]
        store.add_documents(batch, EXTRACTOR_VERSION)
        yield store
