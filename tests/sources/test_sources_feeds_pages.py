"""Feeds (RSS, Atom) and article pages read from bytes and files, in Russian and English."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from saylau.errors import InputError
from saylau.ingest import read_inputs
from saylau.ingest.feeds import parse_feed
from saylau.ingest.html import decode_html, html_to_text, read_html_bytes
from saylau.model import Document

DATA = Path(__file__).parent / "data"


def rss_bytes() -> bytes:
    return (DATA / "rss_ru.xml").read_bytes()


def test_rss_entries_become_documents_dated_as_the_feed_wrote_them():
    docs = list(parse_feed(rss_bytes(), "rss_ru.xml"))
    assert [(d.id, d.published, d.lang) for d in docs] == [
        ("https://vesti-stepi.example.kz/news/101", date(2023, 3, 15), "ru"),  # 23:30 +06:00, not UTC's 17:30
        ("https://vesti-stepi.example.kz/news/102", date(2023, 3, 16), "ru"),
        ("https://vesti-stepi.example.kz/news/103", date(2023, 3, 17), "ru"),
    ]
    first = docs[0]
    assert first.title == "AMANAT встретился с избирателями в Костанае"
    assert first.text == (
        "Кандидаты партии AMANAT провели встречу с избирателями в Костанае.\n"
        "Обсуждались вопросы водоснабжения и ремонта дорог."
    )
    assert docs[2].text == "Только заголовок: ЦИК подвёл итоги дня"  # a title-only entry


def test_atom_entries_prefer_content_and_resolve_relative_links_against_the_site():
    docs = list(read_inputs([DATA / "atom_en.xml"]))
    assert [(d.url, d.published) for d in docs] == [
        ("https://steppe-wire.example.com/campaign/201", date(2023, 3, 18)),  # published, not updated
        ("https://steppe-wire.example.com/campaign/202", date(2023, 3, 19)),  # only updated
    ]
    assert docs[0].text.splitlines() == [
        "Candidates of the Auyl party met with voters in Kokshetau and discussed water supply.",
        "More than two hundred residents came to the meeting.",
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ((DATA / "front_page.html").read_bytes(), "not an RSS or Atom feed (it is an HTML page; look for the site's RSS link)"),
        (rss_bytes()[:700], "malformed feed XML: "),
        (b"   \n", "empty file"),
        (b'{"items": []}', "not an RSS or Atom feed (it looks like JSON)"),
    ],
)
def test_a_broken_feed_is_one_error_and_no_documents(data, reason):
    results = list(parse_feed(data, "feed.xml"))
    assert len(results) == 1 and isinstance(results[0], InputError)
    assert str(results[0]).startswith(f"feed.xml: {reason}")
    assert "\n" not in str(results[0])


def test_truncated_feed_says_so():
    [error] = parse_feed(rss_bytes()[:-40], "cut.xml")
    assert "truncated" in str(error) or "malformed feed XML" in str(error)


def test_an_article_page_keeps_the_article_and_its_canonical_url():
    [doc] = read_inputs([DATA / "page_ru.html"])
    assert doc.id == "page_ru.html"
    assert doc.url == "https://vesti-stepi.example.kz/news/301"
    assert doc.published == date(2023, 3, 14)
    assert doc.lang == "ru"
    assert doc.title == "AMANAT провёл встречу в Павлодаре"
    assert "Кандидаты партии AMANAT встретились с работниками алюминиевого завода" in doc.text
    for noise in ("Реклама", "Главная", "Курс тенге", "Все права защищены"):
        assert noise not in doc.text


def test_an_english_page_loses_its_menus_and_ads():
    [doc] = read_inputs([DATA / "page_en.html"])
    assert doc.url == "https://steppe-wire.example.com/campaign/401"
    assert doc.lang == "en"
    assert "Candidates of the Respublica party held a rally in Aktobe" in doc.text
    for noise in ("ADVERTISEMENT", "Subscribe", "Cookies"):
        assert noise not in doc.text


def test_a_cp1251_page_without_charset_is_recognised(tmp_path):
    page = tmp_path / "old_site.htm"
    page.write_bytes((DATA / "page_ru.html").read_text(encoding="utf-8").encode("cp1251"))
    [doc] = read_inputs([page])
    assert isinstance(doc, Document)
    assert "Кандидаты партии AMANAT" in doc.text


def test_the_charset_a_page_declares_is_honoured():
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>Выборы</body></html>'
    assert "Выборы" in decode_html(html.encode("cp1251"), "p.html")
    assert "Выборы" in decode_html(html.encode("cp1251"), "p.html", charset="windows-1251")
    assert "Выборы" in decode_html(html.encode("cp1251"), "p.html", charset="no-such-charset")


def test_a_page_without_article_text_is_an_error():
    result = read_html_bytes(b"<html><head><title>x</title></head><body></body></html>", "blank.html", "blank.html")
    assert isinstance(result, InputError)
    assert str(result) == "blank.html: no article text found in the page"


def test_html_fragments_become_one_line_per_block():
    assert html_to_text("<p>One &amp; two</p><p>Three<br>Four</p><script>x()</script>") == "One & two\nThree\nFour"
    assert html_to_text("plain   text") == "plain text"
