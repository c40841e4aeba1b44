"""A page's headline is the document's title and the context of its paragraphs, never a
paragraph of its own: one rally reported under its headline is one event (issue 10, item 6)."""
from __future__ import annotations

import json
from pathlib import Path

from saylau.extract import extract_events
from saylau.ingest import read_inputs
from saylau.ingest.feeds import parse_feed
from saylau.ingest.headline import without_headline
from saylau.ingest.jsonl import read_jsonl_text

DATA = Path(__file__).parent / "data"


def test_a_saved_page_gives_its_rally_once_not_once_more_for_the_headline():
    [doc] = read_inputs([DATA / "page_en.html"])
    assert doc.title == "Respublica opens its campaign in Aktobe"
    assert doc.text.splitlines()[0].startswith("AKTOBE, 12 March 2023 — Candidates of the Respublica party held a rally")
    events = extract_events(doc)
    assert [(e.paragraph, e.event_type) for e in events if e.event_type in ("rally", "campaign_tour")] == [(0, "rally")]


def test_a_russian_page_keeps_its_headline_as_title_only():
    [doc] = read_inputs([DATA / "page_ru.html"])
    assert doc.title == "AMANAT провёл встречу в Павлодаре"
    assert not doc.text.startswith("AMANAT провёл встречу")
    assert doc.text.startswith("Кандидаты партии AMANAT встретились")


def test_a_jsonl_record_whose_text_repeats_its_title_loses_the_repeat():
    record = {
        "id": "n1",
        "title": "AMANAT met voters in Taraz",
        "text": "AMANAT met voters in Taraz.\nCandidates of the AMANAT party met voters in Taraz on Monday.",
    }
    [doc] = read_jsonl_text(json.dumps(record), "n.jsonl")
    assert doc.title == "AMANAT met voters in Taraz"
    assert doc.text == "Candidates of the AMANAT party met voters in Taraz on Monday."
    assert [e.paragraph for e in extract_events(doc)] == [0]


def test_a_feed_entry_whose_body_opens_with_its_title_loses_the_repeat():
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://x.example.kz/</link>'
        "<item><title>Auyl in Kokshetau</title><link>https://x.example.kz/1</link>"
        "<description>&lt;h2&gt;Auyl in Kokshetau&lt;/h2&gt;&lt;p&gt;Candidates of the Auyl party met "
        "with voters in Kokshetau.&lt;/p&gt;</description></item></channel></rss>"
    ).encode()
    [doc] = parse_feed(feed, "feed.xml")
    assert doc.text == "Candidates of the Auyl party met with voters in Kokshetau."


def test_only_an_equal_first_line_is_dropped():
    assert without_headline("Rally in Aktobe\nBody.", "Rally in Aktobe | Steppe Wire") == "Body."
    assert without_headline("RALLY in Aktobe!\nBody.", "Rally in Aktobe") == "Body."
    assert without_headline("Rally in Aktobe today\nBody.", "Rally in Aktobe") == "Rally in Aktobe today\nBody."
    assert without_headline("Body.\nRally in Aktobe", "Rally in Aktobe") == "Body.\nRally in Aktobe"
    assert without_headline("Rally in Aktobe", "Rally in Aktobe") == "Rally in Aktobe"  # the headline is all there is
    assert without_headline("Rally in Aktobe\nBody.", None) == "Rally in Aktobe\nBody."
