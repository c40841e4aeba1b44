"""read_path / read_inputs over files and folders: documents out, errors out beside them."""
import os
from pathlib import Path

import pytest

from saylau.errors import EncodingError, InputError
from saylau.ingest import read_inputs, read_path
from saylau.ingest.files import MAX_FILE_BYTES
from saylau.model import Document

ENGLISH = "Candidates from the NSDP met voters in the Akmola region.\n"
RUSSIAN = "Партия AMANAT провела встречу с избирателями в Костанае."
SHARED_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "campaign_digest_2023_en.txt"


def errors(results):
    return [(r.source, r.reason) for r in results if isinstance(r, InputError)]


def test_text_file_given_directly_is_named_by_its_file_name(tmp_path):
    path = tmp_path / "digest_en.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert list(read_path(path)) == [
        Document(id="digest_en.txt", text=ENGLISH, lang="en", source=str(path))
    ]


@pytest.mark.skipif(not SHARED_CORPUS.is_file(), reason="needs ../shared/corpus")
def test_shared_corpus_keeps_the_id_the_gold_file_uses():
    [document] = read_path(str(SHARED_CORPUS))
    assert (document.id, document.lang, document.title) == ("campaign_digest_2023_en.txt", "en", None)
    assert document.text == SHARED_CORPUS.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (RUSSIAN.encode("utf-8"), RUSSIAN),
        (b"\xef\xbb\xbf" + RUSSIAN.encode("utf-8"), RUSSIAN),
        (RUSSIAN.encode("utf-16"), RUSSIAN),
        (RUSSIAN.encode("cp1251"), RUSSIAN),
        ("строка\r\nещё".encode("cp1251"), "строка\nещё"),
    ],
)
def test_encodings_of_text_files(tmp_path, data, text):
    path = tmp_path / "ru.md"
    path.write_bytes(data)
    [document] = read_path(path)
    assert (document.text, document.lang) == (text, "ru")


def test_inner_whitespace_is_kept(tmp_path):
    path = tmp_path / "a.text"
    path.write_text("  first line\n\n\tsecond  \n\n", encoding="utf-8")
    [document] = read_path(path)
    assert document.text == "  first line\n\n\tsecond  \n\n"


def test_binary_file_is_an_encoding_error(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    [error] = read_path(path)
    assert isinstance(error, EncodingError)
    assert (error.source, error.reason) == (str(path), "binary file (not text)")


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n ", "\ufeff \n".encode("utf-8")])
def test_empty_or_blank_file_is_reported(tmp_path, data):
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    assert errors(read_path(path)) == [(str(path), "empty file")]


def test_file_over_the_size_cap_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x" * 200, encoding="utf-8")
    assert errors(read_path(path, max_bytes=100)) == [
        (str(path), "file too large (200 bytes > 100 bytes limit)")
    ]
    assert [d.id for d in read_path(path, max_bytes=200)] == ["big.txt"]


def test_size_cap_message_in_megabytes(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("wb") as handle:  # sparse: 3 MiB on paper, nothing written
        handle.truncate(3 * 1024 * 1024)
    assert errors(read_path(path, max_bytes=2 * 1024 * 1024)) == [
        (str(path), "file too large (3 MB > 2 MB limit)")
    ]
    assert MAX_FILE_BYTES == 50 * 1024 * 1024


def test_missing_path(tmp_path):
    missing = tmp_path / "nowhere.txt"
    assert errors(read_path(missing)) == [(str(missing), "no such file or directory")]


def test_broken_symlink_is_missing(tmp_path):
    link = tmp_path / "dangling.txt"
    os.symlink(tmp_path / "gone.txt", link)
    assert errors(read_path(link)) == [(str(link), "no such file or directory")]


@pytest.mark.parametrize(("name", "suffix"), [("report.pdf", ".pdf"), ("README", "(no extension)")])
def test_unsupported_file_given_directly_is_reported(tmp_path, name, suffix):
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7")
    assert errors(read_path(path)) == [
        (str(path), f"unsupported file type {suffix}; expected .txt, .md, .text, .jsonl, .ndjson, .html, .htm, .rss, .atom or .xml")
    ]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file_gives_the_os_reason(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("hidden", encoding="utf-8")
    path.chmod(0)
    try:
        assert errors(read_path(path)) == [(str(path), "permission denied")]
    finally:
        path.chmod(0o644)


def test_os_error_while_reading_is_reported_in_the_os_words(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("text", encoding="utf-8")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    assert errors(read_path(path)) == [(str(path), "permission denied")]


def build_tree(root):
    """news/ with nested folders, hidden entries, other file types and a link to a parent."""
    news = root / "news"
    (news / "b" / "deep").mkdir(parents=True)
    (news / "a").mkdir()
    (news / ".git").mkdir()
    (news / "z.txt").write_text("Zhetysu news.", encoding="utf-8")
    (news / "a" / "x.txt").write_text("Akmola news.", encoding="utf-8")
    (news / "a" / "photo.jpg").write_bytes(b"\xff\xd8\x00")
    (news / "a" / ".draft.txt").write_text("Not ready.", encoding="utf-8")
    (news / "b" / "deep" / "y.MD").write_text("Встреча в Шымкенте.", encoding="utf-8")
    (news / "b" / "feed.jsonl").write_text('{"id": "f-1", "text": "Feed item."}\n', encoding="utf-8")
    (news / ".git" / "HEAD.txt").write_text("ref: main", encoding="utf-8")
    os.symlink(news, news / "b" / "deep" / "loop")  # a link to an ancestor
    os.symlink(news / "a", news / "c")  # a second name for a folder already read
    return news


def test_folder_is_walked_in_order_with_ids_relative_to_its_parent(tmp_path):
    news = build_tree(tmp_path)
    results = list(read_path(news))
    assert [(r.id, r.text, r.source) for r in results] == [
        ("news/a/x.txt", "Akmola news.", str(news / "a" / "x.txt")),
        ("news/b/deep/y.MD", "Встреча в Шымкенте.", str(news / "b" / "deep" / "y.MD")),
        ("f-1", "Feed item.", str(news / "b" / "feed.jsonl")),
        ("news/z.txt", "Zhetysu news.", str(news / "z.txt")),
    ]
    assert [r.lang for r in results] == ["en", "ru", "en", "en"]


def test_current_folder_is_named_after_itself(tmp_path, monkeypatch):
    build_tree(tmp_path)
    monkeypatch.chdir(tmp_path / "news" / "a")
    assert [(d.id, d.source) for d in read_path(".")] == [("a/x.txt", "./x.txt")]


def test_bad_file_inside_a_folder_is_reported_and_the_rest_read(tmp_path):
    news = build_tree(tmp_path)
    (news / "a" / "broken.txt").write_bytes(b"")
    results = list(read_path(news))
    assert errors(results) == [(str(news / "a" / "broken.txt"), "empty file")]
    assert len([r for r in results if isinstance(r, Document)]) == 4


def test_folder_without_supported_files_is_reported(tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "page1.pdf").write_bytes(b"%PDF")
    (folder / ".notes.txt").write_text("hidden", encoding="utf-8")
    assert errors(read_path(folder)) == [(str(folder), "no .txt, .md or .jsonl files found")]


def test_every_good_input_comes_through_when_others_fail(tmp_path):
    news = build_tree(tmp_path)
    good = tmp_path / "one.txt"
    good.write_text(RUSSIAN, encoding="cp1251")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02")
    feed = tmp_path / "feed.jsonl"
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    feed.write_text('{"id": 1, "text": "A"}\nnot json\n{"id": 2, "text": "B"}\n', encoding="utf-8")
    results = list(read_inputs([tmp_path / "missing.txt", binary, good, str(feed), news, tmp_path / "x.pdf"]))
    assert [r.id for r in results if isinstance(r, Document)] == [
        "one.txt", "1", "2", "news/a/x.txt", "news/b/deep/y.MD", "f-1", "news/z.txt",
    ]
    assert errors(results) == [
        (str(tmp_path / "missing.txt"), "no such file or directory"),
        (str(binary), "binary file (not text)"),
        (f"{feed}:2", "invalid JSON: Expecting value at column 1"),
        (str(tmp_path / "x.pdf"), "unsupported file type .pdf; expected .txt, .md, .text, .jsonl, .ndjson, .html, .htm, .rss, .atom or .xml"),
    ]


def test_read_inputs_accepts_a_single_path(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert [d.id for d in read_inputs(str(path))] == ["a.txt"]


def test_reading_is_lazy(tmp_path):
    first = tmp_path / "a.txt"
    first.write_text(ENGLISH, encoding="utf-8")
    results = read_inputs([first, tmp_path / "later.txt"])
    assert next(results).id == "a.txt"
    (tmp_path / "later.txt").write_text("Written after the first was read.", encoding="utf-8")
    assert next(results).id == "later.txt"


def test_a_stream_of_plain_text_is_one_document():
    import io

    from saylau.ingest.files import read_stream

    [doc] = list(read_stream(io.BytesIO("Партия AMANAT провела встречу.\n".encode("cp1251"))))
    assert (doc.id, doc.text, doc.lang) == ("stdin", "Партия AMANAT провела встречу.\n", "ru")


def test_a_stream_of_json_lines_gives_its_records_and_its_bad_lines():
    import io

    from saylau.ingest.files import read_stream

    results = list(read_stream(io.BytesIO(b'{"id": "a", "text": "AMANAT met voters."}\n{broken\n')))
    assert [r.id for r in results if not isinstance(r, InputError)] == ["a"]
    assert [r.source for r in results if isinstance(r, InputError)] == ["stdin:2"]


def test_a_file_just_over_the_cap_is_not_told_as_50_mb_over_50_mb(tmp_path):
    """Issue 13: '50 MB > 50 MB limit' said nothing; the bytes are given where MB would round equal."""
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    assert errors(read_path(path)) == [(str(path), "file too large (52,428,801 bytes > 52,428,800 bytes limit)")]


def test_a_named_pipe_in_a_folder_is_reported_not_skipped_or_opened(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # opening it would wait for a writer forever

    results = list(read_path(folder))

    assert [r.id for r in results if isinstance(r, Document)] == ["news/a.txt"]
    assert errors(results) == [(str(folder / "pipe.txt"), "a named pipe (FIFO), not a regular file; skipped")]


def test_a_link_to_a_folder_above_is_reported_not_walked(tmp_path):
    """Issue 13: news/up -> .. read everything beside and above the news folder."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "private.txt").write_text("Not news.", encoding="utf-8")
    os.symlink("..", folder / "up")
    os.symlink("../..", folder / "top")

    results = list(read_path(folder))

    assert [r.id for r in results if isinstance(r, Document)] == ["news/a.txt"]
    reason = "a link to a folder above it (it would read all of that); skipped"
    assert errors(results) == [(str(folder / "top"), reason), (str(folder / "up"), reason)]


def test_a_path_that_cannot_be_looked_at_is_one_error_and_the_next_path_is_read(tmp_path, monkeypatch):
    """Issue 13: a path inside a folder without search permission raised PermissionError out
    of the reader (root can enter any folder, so the refusal is simulated)."""
    locked = tmp_path / "locked" / "news.txt"
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    real_stat = Path.stat

    def stat(self, *args, **kwargs):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)

    results = list(read_inputs([locked, good]))

    assert errors(results) == [(str(locked), "permission denied")]
    assert [r.id for r in results if isinstance(r, Document)] == ["good.txt"]
