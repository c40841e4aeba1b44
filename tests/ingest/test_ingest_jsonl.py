"""JSONL records: good lines become Documents, each bad line an error naming its line."""
import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saylau.errors import FormatError, InputError
from saylau.ingest import read_path
from saylau.ingest.jsonl import read_jsonl_text
from saylau.model import Document


def write_lines(path, *lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def record(**fields):
    return json.dumps(fields, ensure_ascii=False)


def test_records_become_documents_with_all_fields(tmp_path):
    path = write_lines(
        tmp_path / "news.jsonl",
        record(id="kt-1", text="AMANAT met voters in Kostanay.", title="AMANAT in Kostanay",
               url="https://example.kz/1", published="2023-03-02", lang="en", extra=1),
        record(id=42, text="Партия провела встречу в Костанае."),
    )
    assert list(read_path(path)) == [
        Document(id="kt-1", text="AMANAT met voters in Kostanay.", title="AMANAT in Kostanay",
                 url="https://example.kz/1", published=date(2023, 3, 2), lang="en", source=str(path)),
        Document(id="42", text="Партия провела встречу в Костанае.", lang="ru", source=str(path)),
    ]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2023-03-19", date(2023, 3, 19)),
        ("2023-03-18T23:30:00+06:00", date(2023, 3, 18)),  # the date as written, not UTC
        ("2023-03-19T08:00:00Z", date(2023, 3, 19)),
        ("2023-03-19 08:00", date(2023, 3, 19)),
        (None, None),
        ("", None),
    ],
)
def test_published_dates(tmp_path, published, expected):
    path = write_lines(tmp_path / "a.jsonl", record(id="1", text="x y", published=published))
    [document] = read_path(path)
    assert document.published == expected


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "invalid JSON: Expecting property name enclosed in double quotes at column 2"),
        ('["id", "text"]', "expected a JSON object, got array"),
        ('"just a string"', "expected a JSON object, got string"),
        (record(text="no id"), 'missing "id"'),
        (record(id="  ", text="blank id"), 'empty "id"'),
        (record(id=1.5, text="float id"), '"id" must be a string or an integer, got number'),
        (record(id=True, text="bool id"), '"id" must be a string or an integer, got boolean'),
        (record(id="a"), 'missing "text"'),
        (record(id="a", text=""), 'empty "text"'),
        (record(id="a", text=["list"]), '"text" must be a string, got array'),
        (record(id="a", text="t", title=5), '"title" must be a string, got number'),
        (record(id="a", text="t", published="19.03.2023"), '"published" is not an ISO 8601 date: "19.03.2023"'),
        (record(id="a", text="t", published=20230319), '"published" must be an ISO date string, got number'),
        (record(id="a", text="t", lang="de"), '"lang" must be one of en, ru, kk (or left out to detect it), got "de"'),
    ],
)
def test_a_bad_line_is_reported_with_its_line_number_and_the_rest_is_read(tmp_path, line, reason):
    path = write_lines(tmp_path / "mixed.jsonl", record(id="first", text="one"), line, "", record(id="last", text="two"))
    results = list(read_path(path))
    assert [r.id for r in results if isinstance(r, Document)] == ["first", "last"]
    [error] = [r for r in results if isinstance(r, InputError)]
    assert isinstance(error, FormatError)
    assert (error.source, error.reason) == (f"{path}:2", reason)
    assert results.index(error) == 1


def test_line_numbers_count_blank_lines(tmp_path):
    path = write_lines(tmp_path / "gaps.jsonl", "", "   ", record(id="a", text="t"), "", "oops")
    results = list(read_path(path))
    assert [r.id for r in results[:1]] == ["a"]
    assert results[1].source == f"{path}:5"


@pytest.mark.parametrize(("given", "expected"), [("RU", "ru"), ("kk-KZ", "kk"), ("kz", "kk"), ("en_US", "en")])
def test_given_language_is_normalised(tmp_path, given, expected):
    path = write_lines(tmp_path / "a.jsonl", record(id="1", text="Hello voters", lang=given))
    [document] = read_path(path)
    assert document.lang == expected


def test_missing_language_is_detected(tmp_path):
    path = write_lines(tmp_path / "a.jsonl", record(id="1", text="Ақмола облысында сайлаушылармен кездесу өтті."))
    [document] = read_path(path)
    assert document.lang == "kk"


def test_line_separator_inside_a_json_string_does_not_split_the_record(tmp_path):
    path = write_lines(tmp_path / "a.jsonl", record(id="1", text="first\u2028second\r\nthird"))
    [document] = read_path(path)
    assert document.text == "first\u2028second\nthird"


def test_cp1251_jsonl_is_decoded_as_a_whole(tmp_path):
    path = tmp_path / "old.ndjson"
    path.write_bytes(record(id="1", text="Встреча с избирателями в Костанае").encode("cp1251") + b"\r\n")
    [document] = read_path(path)
    assert (document.text, document.lang) == ("Встреча с избирателями в Костанае", "ru")


def test_jsonl_of_blank_lines_is_an_empty_file(tmp_path):
    path = write_lines(tmp_path / "a.jsonl", "", "  ", "")
    assert [(e.source, e.reason) for e in read_path(path)] == [(str(path), "empty file")]


# Hostile records (issue 13): each is one FormatError naming its line, never an exception.

@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "d", "text": "x", "a": ' + "[" * 100_000 + "]" * 100_000 + "}",
         "JSON nested 100,001 levels deep; at most 64 are read"),
        ('{"id": "n", "text": "x", "a": ' + "1" * 5000 + "}", "a number of 5,000 characters; at most 100 are read"),
        ('{"id": "s", "text": "bad \\ud800 text"}',
         '"text" holds an unpaired surrogate (\\ud800) at character 4, which is not text; remove it'),
        ('{"id": "z", "text": "nul \\u0000 text"}',
         '"text" holds a NUL character (\\u0000) at character 4, which is not text; remove it'),
        ('{"id": "\\udfff", "text": "fine"}',
         '"id" holds an unpaired surrogate (\\udfff) at character 0, which is not text; remove it'),
        ('{"id": "x", "text": "AMANAT", "url": "https://a.kz/\\u0000"}',
         '"url" holds a NUL character (\\u0000) at character 13, which is not text; remove it'),
        ('{"id": "x", "text": "unterminated', "invalid JSON: Unterminated string starting at column 21"),
        # never closed, so a scan for strings that retried at each escaped quote took hours
        ('{"id": "q", "text": "' + '\\"' * 500_000 + "[" * 100, "invalid JSON: Unterminated string starting at column 21"),
        ("null", "expected a JSON object, got null"),
    ],
    ids=["deep", "big-number", "surrogate", "nul", "surrogate-id", "nul-url", "unterminated", "escaped-quotes", "null"],
)
def test_a_hostile_record_is_one_error_and_the_next_record_is_read(tmp_path, line, reason):
    path = write_lines(tmp_path / "feed.jsonl", line, record(id="good", text="AMANAT met voters in Taraz."))

    bad, good = read_path(path)

    assert isinstance(bad, FormatError) and (bad.source, bad.reason) == (f"{path}:1", reason)
    assert isinstance(good, Document) and good.id == "good"


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path):
    text = "[" * 500 + " AMANAT met voters " + "{" * 500
    path = write_lines(tmp_path / "feed.jsonl", record(id="b", text=text))

    assert [doc.text for doc in read_path(path)] == [text]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.builds(json.dumps, st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=20,
))))  # fmt: skip
def test_any_line_gives_a_document_or_an_input_error(line):
    for item in read_jsonl_text(line, "any.jsonl"):
        assert isinstance(item, (Document, InputError))
        if isinstance(item, Document):
            item.content_hash  # storable: hashing (UTF-8) does not raise
