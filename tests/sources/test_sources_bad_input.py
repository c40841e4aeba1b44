"""A batch with broken inputs: one line per broken input, the rest stored, exit status 1."""
from __future__ import annotations

import os
from pathlib import Path

from typer.testing import CliRunner

from saylau.cli import app
from saylau.ingest import MAX_FILE_BYTES
from saylau.store import open_store

runner = CliRunner()
DATA = Path(__file__).parent / "data"


def test_every_kind_of_bad_input_is_one_line_and_the_rest_goes_on(tmp_path, db):
    news = tmp_path / "news"
    news.mkdir()
    (news / "good.txt").write_text("AMANAT candidates met voters in Taraz.\n", encoding="utf-8")
    (news / "old_site.htm").write_bytes((DATA / "page_ru.html").read_text(encoding="utf-8").encode("cp1251"))
    (news / "feed_is_html.rss").write_bytes((DATA / "front_page.html").read_bytes())
    (news / "truncated.xml").write_bytes((DATA / "rss_ru.xml").read_bytes()[:900])
    (news / "zero.txt").write_bytes(b"")
    with open(news / "huge.txt", "wb") as handle:  # sparse: refused by its size, never read
        handle.truncate(MAX_FILE_BYTES + 1024 * 1024)
    os.symlink("loop_b.txt", news / "loop_a.txt")
    os.symlink("loop_a.txt", news / "loop_b.txt")
    os.symlink("self.txt", tmp_path / "self.txt")

    result = runner.invoke(app, ["ingest", str(news), str(tmp_path / "self.txt"), "--db", db])

    assert result.exit_code == 1
    errors = sorted(line.removeprefix("error: ") for line in result.stderr.splitlines())
    assert errors == sorted([
        f"{news / 'feed_is_html.rss'}: not an RSS or Atom feed (it is an HTML page; look for the site's RSS link)",
        f"{news / 'huge.txt'}: file too large (51 MB > 50 MB limit)",
        f"{news / 'loop_a.txt'}: too many levels of symbolic links",
        f"{news / 'loop_b.txt'}: too many levels of symbolic links",
        f"{news / 'truncated.xml'}: malformed feed XML: it ends before the document is complete (truncated?) at line 16, column 38",
        f"{news / 'zero.txt'}: empty file",
        f"{tmp_path / 'self.txt'}: symbolic link loop",
    ])
    assert "documents: 2 new, 0 already stored, 7 failed" in result.stdout
    with open_store(db) as store:
        assert sorted(doc.id for doc in store.iter_documents()) == ["news/good.txt", "news/old_site.htm"]


def test_ingest_without_inputs_says_what_to_give(db):
    result = runner.invoke(app, ["ingest", "--db", db])
    assert result.exit_code == 1
    assert "nothing to ingest; give files or folders, or --feed URL_OR_FILE" in result.stderr


def test_a_feed_file_that_is_missing_is_reported(tmp_path, db):
    result = runner.invoke(app, ["ingest", "--feed", str(tmp_path / "nope.xml"), "--db", db])
    assert result.exit_code == 1
    assert f"{tmp_path / 'nope.xml'}: no such file or directory" in result.stderr


def test_a_feed_url_with_crlf_is_one_escaped_line(db):
    result = runner.invoke(app, ["ingest", "--feed", "http://example.kz/rss\r\nerror: forged", "--db", db])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "error: http://example.kz/rss\\r\\nerror: forged: the URL holds a control character (\\r) at character 21; "
        "percent-encode it"
    ]


def test_a_store_url_with_a_newline_is_named_on_one_line(tmp_path):
    result = runner.invoke(app, ["events", "--db", f"sqlite:///{tmp_path}/no\nerror: forged.db"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"saylau: no store at sqlite:///{tmp_path}/no\\nerror: forged.db; run saylau ingest first"]


def test_a_feed_file_over_the_file_cap_is_refused_before_it_is_read(tmp_path, db):
    """Issue 13: --feed FILE had no cap (a 120 MB feed was parsed for 201 s)."""
    huge = tmp_path / "huge.xml"
    with open(huge, "wb") as handle:  # sparse: refused by its size, never read
        handle.truncate(MAX_FILE_BYTES + 10 * 1024 * 1024)
    result = runner.invoke(app, ["ingest", "--feed", str(huge), "--db", db])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {huge}: file too large (60 MB > 50 MB limit)"]
