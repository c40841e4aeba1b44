"""Dates you can publish (issue 10, item 5): the date of a document and of each event.

The cases are in tests/data/dates/cases.yaml, in English, Russian and Kazakh; each says why.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from saylau.ingest.dates import DocumentDate, document_date
from saylau.ingest.event_dates import date_events
from saylau.ingest.html import document_from_html
from saylau.model import Document, Event, Span
from saylau.workflow import extract_dated

CASES = yaml.safe_load((Path(__file__).parents[1] / "data" / "dates" / "cases.yaml").read_text(encoding="utf-8"))


def _case_id(case: dict) -> str:
    return f"{case['lang']}: {case['why']}"


@pytest.mark.parametrize("case", CASES["documents"], ids=_case_id)
def test_the_date_of_a_document(case):
    doc = Document(id="d", text=case["text"], published=case.get("published"), lang=case["lang"])
    assert document_date(doc) == DocumentDate(case["expect"]["day"], case["expect"]["source"])


@pytest.mark.parametrize("case", CASES["events"], ids=_case_id)
def test_the_day_of_an_event(case):
    paragraph = case["paragraph"]
    lines = ["Headline", case.get("text_before", "Background."), paragraph]
    doc = Document(id="d", text="\n".join(lines), published=case.get("published"), lang=case["lang"])
    at = paragraph.index(case["at"])
    event = Event(doc_id="d", paragraph=2, evidence={"event_type": (Span(at, at + len(case["at"])),)})
    assert date_events([event], doc)[0].published == case["expect"]


def test_every_language_has_document_and_event_cases():
    for kind in ("documents", "events"):
        assert {case["lang"] for case in CASES[kind]} == {"en", "ru", "kk"}


def test_a_date_found_in_the_text_and_stored_is_not_taken_for_a_day_of_publication():
    """A document read back from the store carries the date an ingest found in its text;
    "on Monday" must not count from it."""
    text = "The campaign of the 2023 elections went on on 1 March with debates.\nAuyl candidates met voters on Monday."
    stored = Document(id="d", text=text, published=date(2023, 3, 1))
    assert document_date(stored) == DocumentDate(date(2023, 3, 1), "text")
    assert document_date(stored).published is None


def test_ingest_dates_each_event_by_its_own_paragraph():
    """The real extractor and the hook in the workflow: a digest published on 10 March whose
    two reports name their own days."""
    doc = Document(
        id="digest",
        text=(
            "Parties in the regions\n"
            "Candidates of the Auyl party met farmers in the village of Shetpe in the Mangystau region on 2 March.\n"
            "The AMANAT party opened its regional election headquarters in Petropavl on Monday.\n"
            "NSDP chairman Askhat Rakhimzhanov met students of Karaganda University in Karaganda."
        ),
        published=date(2023, 3, 10),
        lang="en",
    )
    dated_doc, events = extract_dated(doc)
    assert dated_doc.published == date(2023, 3, 10)
    assert [(e.paragraph, e.published) for e in events] == [
        (1, date(2023, 3, 2)), (2, date(2023, 3, 6)), (3, date(2023, 3, 10)),
    ]


def test_an_extracted_document_without_any_date_has_undated_events():
    doc = Document(id="d", text="Candidates of the Auyl party met farmers in Taraz on 2 March.\nIncomes grew in 2022.", lang="en")
    dated_doc, events = extract_dated(doc)
    assert dated_doc.published is None
    assert events and all(e.published is None for e in events)


PAGE = """<html><head><title>AMANAT meets voters in Taraz</title>{meta}</head><body><article>
<h1>AMANAT meets voters in Taraz</h1>
<p>Candidates of the AMANAT party met residents of Taraz on 15 March, discussing water and roads in the city.</p>
<p>The party said it would continue its tour of the Zhambyl region, visiting farms and schools.</p>
</article><footer>© 2023 Steppe Wire</footer></body></html>"""


def test_a_saved_page_without_a_date_in_its_markup_is_not_dated_by_its_copyright_year():
    doc = document_from_html(PAGE.format(meta=""), "page.html", "page")
    assert isinstance(doc, Document)
    assert doc.published is None  # was 2023-01-01, from "© 2023"


def test_a_saved_page_keeps_the_date_of_its_markup():
    meta = '<meta property="article:published_time" content="2023-03-16T10:00:00+06:00">'
    doc = document_from_html(PAGE.format(meta=meta), "page.html", "page")
    assert isinstance(doc, Document)
    assert doc.published == date(2023, 3, 16)


def test_a_day_found_only_in_the_text_is_no_day_of_publication_for_the_extractor():
    # the document's date is the first day its text gives (10 March); the meeting of 15 March is
    # still an event, since only a real day of publication makes a later activity a plan
    doc = Document(id="d", lang="en", text=(
        "On 10 March 2023 Auyl candidates met voters in Kostanay.\n"
        "On 15 March 2023 Auyl candidates met farmers in Taraz."
    ))
    dated, events = extract_dated(doc)
    assert dated.published == date(2023, 3, 10)
    assert [e.paragraph for e in events] == [0, 1]


def test_a_dateline_is_a_day_of_publication_for_the_extractor():
    doc = Document(id="d", lang="en", text=(
        "ASTANA, 2 February 2023 – The Respublica party has called its congress in Astana for February 6, 2023."
    ))
    assert extract_dated(doc)[1] == []
