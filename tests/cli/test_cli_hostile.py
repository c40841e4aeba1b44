"""The hostile corpus (tests/data/hostile/) ingested beside good news: each bad record or file
is one escaped error line, every good document is stored, and a re-run changes nothing."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from saylau.cli import app
from saylau.store import open_store

runner = CliRunner()

# What each bad input is reported as: the end of its one line (after the corpus's folder).
EXPECTED_ERRORS = [
    "/binary\\nerror: forged.txt: binary file (not text)",
    "/deep.html: no article text found in the page",
    "/deep.jsonl:2: JSON nested 100,001 levels deep; at most 64 are read",
    "/empty.txt: empty file",
    "/feed-as-page.html: no article text found in the page",
    "/laughs.rss: the feed declares XML entities (an entity bomb or external entity?); refused",
    "/loop-a.txt: too many levels of symbolic links",
    "/loop-b.txt: too many levels of symbolic links",
    "/nul.txt: binary file (not text)",
    "/page-as-feed.xml: not an RSS or Atom feed (it is an HTML page; look for the site's RSS link)",
    '/records.jsonl:2: "text" holds an unpaired surrogate (\\ud800) at character 24, which is not text; remove it',
    '/records.jsonl:3: "text" holds a NUL character (\\u0000) at character 23, which is not text; remove it',
    '/records.jsonl:4: "title" holds a NUL character (\\u0000) at character 0, which is not text; remove it',
    "/records.jsonl:5: a number of 5,000 characters; at most 100 are read",
    "/records.jsonl:6: a number of 5,002 characters; at most 100 are read",
    "/records.jsonl:7: expected a JSON object, got null",
    "/records.jsonl:8: invalid JSON: Unterminated string starting at column 32",
    "/up: a link to a folder above it (it would read all of that); skipped",
    "/xxe-file.rss: the feed declares XML entities (an entity bomb or external entity?); refused",
    "/xxe-param.rss: the feed declares XML entities (an entity bomb or external entity?); refused",
]

EXPECTED_DOCUMENTS = {
    "good/a.txt", "good/b.txt",
    "hostile/\x1b[31mred.txt", "hostile/bad\\xffname.txt", "hostile/forged\nerror: x.txt", "hostile/good.txt",
    "hostile/cp1251.txt", "hostile/utf16-nobom.txt",
    "deep-before", "deep-after", "good-1", "good-2",
}  # fmt: skip


@pytest.fixture
def inputs(tmp_path, hostile_corpus) -> list[str]:
    good = tmp_path / "good"
    good.mkdir()
    (good / "a.txt").write_text("AMANAT chairman Yerlan Koshanov met voters in Kostanay.\n", encoding="utf-8")
    (good / "b.txt").write_text("Партия «Ак жол» провела встречу с избирателями в Таразе.\n", encoding="utf-8")
    return [str(good), str(hostile_corpus)]


def stored_ids(db: str) -> set[str]:
    with open_store(db) as store:
        return {doc.id for doc in store.iter_documents()}


def test_each_hostile_input_is_one_escaped_line_and_the_good_ones_are_stored(inputs, tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"

    result = runner.invoke(app, ["ingest", *inputs, "--db", db, "--workers", "1"])

    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert [line.removeprefix(f"error: {inputs[1]}") for line in lines] == EXPECTED_ERRORS
    assert "Traceback" not in result.output and "\x1b" not in result.stderr
    assert "documents: 12 new, 0 already stored, 20 failed" in result.stdout
    assert stored_ids(db) == EXPECTED_DOCUMENTS


def test_a_rerun_over_the_hostile_corpus_changes_nothing(inputs, tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    runner.invoke(app, ["ingest", *inputs, "--db", db, "--workers", "1"])

    again = runner.invoke(app, ["ingest", *inputs, "--db", db, "--workers", "1"])

    assert again.exit_code == 1
    assert "documents: 0 new, 12 already stored, 20 failed" in again.stdout
    assert stored_ids(db) == EXPECTED_DOCUMENTS


def test_extract_writes_names_that_are_not_utf8_as_escapes_not_raw_bytes(inputs):
    result = runner.invoke(app, ["extract", inputs[1]])

    assert result.exit_code == 1
    result.stdout_bytes.decode("utf-8")  # strict: no undecodable byte reached the output
    ids = {json.loads(line)["doc_id"] for line in result.stdout.splitlines()}
    assert "hostile/bad\\xffname.txt" in ids
    assert len(result.stderr.splitlines()) == len(EXPECTED_ERRORS)


def test_line_numbers_in_error_lines_are_not_read_as_emoji_codes(tmp_path):
    """rich turned 'feed.jsonl:100: missing "text"' into 'feed.jsonl💯 missing "text"'."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(['{"id": "%d"}' % n for n in range(1, 101)]) + "\n", encoding="utf-8")

    result = runner.invoke(app, ["ingest", str(feed), "--db", f"sqlite:///{tmp_path / 'store.db'}"])

    assert result.stderr.splitlines()[-1] == f'error: {feed}:100: missing "text"'
