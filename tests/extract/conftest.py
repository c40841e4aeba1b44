from __future__ import annotations

import pytest

from saylau.extract import extract_paragraph, load_resources


@pytest.fixture(scope="session")
def res():
    return load_resources()


@pytest.fixture(scope="session")
def events_of(res):
    """Events of one English paragraph, as dicts of the interchange format."""

    def run(text: str) -> list[dict]:
        return [e.to_dict() for e in extract_paragraph(text, "t.txt", 0, res, "en")]

    return run


@pytest.fixture(scope="session")
def one_event(events_of):
    def run(text: str) -> dict:
        found = events_of(text)
        assert len(found) == 1, found
        return found[0]

    return run
