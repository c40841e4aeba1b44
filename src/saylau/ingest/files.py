"""Documents from files and folders on disk: plain text (.txt, .md, .text), JSON Lines,
saved article pages (.html, .htm; see html.py) and saved feeds (.rss, .atom, .xml; see feeds.py).

Document ids follow the interchange format (shared/reference/event_schema.md): a JSONL
record keeps its own `id`; a text file given directly is known by its file name
("campaign_digest_2023_en.txt"), so gold files written against the bare name match. A text
file found inside a folder is known by its path from the folder's parent, in POSIX form: the
folder "news/" holding "news/a/x.txt" gives "news/a/x.txt". File names alone would collide
between subfolders; full paths would change from one machine to the next. The folder's own
name is taken from its resolved path, so "." gives the name of the current folder.

Folders are walked recursively in name order. Hidden entries (".git", ".DS_Store") are
skipped, and so are files with other extensions: a folder of news often holds images and
notes. A file given by name with an unsupported extension is reported instead, since the
user asked for it. A saved page is known by its path like a text file (its canonical URL is
kept as its url); a saved feed gives one document per entry, known by its link. Symbolic
links are followed, but each real folder and file is read once, so a link back to a parent
cannot loop and a linked copy is not read twice; a link loop given by name is reported, and
so is a link to a folder above the one that holds it ("up -> ..", which would read the whole
disk above the news folder).

A folder given directly that holds no supported file yields one InputError ("no .txt, .md
or .jsonl files found"): an empty result would look like success. Errors are yielded, never
raised (see the package docstring).
"""
from __future__ import annotations

import errno
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from saylau.errors import EncodingError, InputError, printable
from saylau.ingest.encoding import decode_bytes
from saylau.ingest.feeds import FEED_SUFFIXES, parse_feed
from saylau.ingest.html import HTML_SUFFIXES, read_html_bytes
from saylau.ingest.jsonl import read_jsonl_text
from saylau.ingest.language import detect_language
from saylau.ingest.limits import MAX_FILE_BYTES, os_reason, read_capped, too_large
from saylau.model import Document

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED = "expected .txt, .md, .text, .jsonl, .ndjson, .html, .htm, .rss, .atom or .xml"
READABLE = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES

Result = Document | InputError


def read_inputs(paths: Iterable[str | os.PathLike[str]], max_bytes: int = MAX_FILE_BYTES) -> Iterator[Result]:
    """Read every path in turn (files or folders); errors come out in place of documents."""
    if isinstance(paths, (str, os.PathLike)):  # one path, not an iterable of characters
        paths = [paths]
    for path in paths:
        yield from read_path(path, max_bytes=max_bytes)


def read_path(path: str | os.PathLike[str], max_bytes: int = MAX_FILE_BYTES) -> Iterator[Result]:
    """Read one file or folder named by the user; see the module docstring for ids."""
    if os.fspath(path) == "-":
        yield from read_stream(sys.stdin.buffer, max_bytes=max_bytes)
        return
    for entry in list_path(path):
        if isinstance(entry, InputError):
            yield entry
        else:
            yield from read_entry(entry, max_bytes)


@dataclass(frozen=True)
class FileEntry:
    """A file to read, found among the inputs: its path, and the id and source its documents get.

    Listing is apart from reading so that a distributed run can share the files out among
    workers and still name every document as a run on one machine does.
    """

    path: Path
    doc_id: str
    source: str


def list_path(path: str | os.PathLike[str], suffixes: frozenset[str] = READABLE) -> Iterator[FileEntry | InputError]:
    """The files to read for one path named by the user (a file, or a folder walked in name
    order), and InputErrors in place of what cannot be read; `suffixes` are the kinds taken."""
    source = os.fspath(path)
    target = Path(source)
    try:  # a path inside a folder we may not enter cannot even be looked at
        target.stat()
    except OSError as exc:
        if exc.errno not in (errno.ENOENT, errno.ENOTDIR, errno.ELOOP):
            yield InputError(readable_name(source), os_reason(exc))
            return
    if target.is_dir():
        found = False
        for entry in _walk_folder(target, target.resolve().name, set(), suffixes):
            found = True
            yield entry
        if not found:
            yield InputError(source, "no .txt, .md or .jsonl files found")
    elif target.is_file():
        suffix = target.suffix.lower()
        if suffix in suffixes:
            yield FileEntry(target, target.name, source)
        else:
            yield InputError(source, f"unsupported file type {suffix or '(no extension)'}; {SUPPORTED}")
    elif target.is_symlink() and _is_link_loop(target):
        yield InputError(source, "symbolic link loop")
    elif not os.path.lexists(target) or target.is_symlink():
        yield InputError(source, "no such file or directory")
    else:
        yield InputError(source, "not a regular file or folder")


def read_entry(entry: FileEntry, max_bytes: int = MAX_FILE_BYTES, lines: range | None = None) -> Iterator[Result]:
    """The documents (and errors) of one listed file. `lines` (JSON Lines only) keeps the
    records of those line numbers; an error of the whole file comes with line 1's share."""
    return _read_file(entry.path, entry.doc_id, entry.source, max_bytes, lines)


def read_stream(stream: BinaryIO, name: str = "stdin", max_bytes: int = MAX_FILE_BYTES) -> Iterator[Result]:
    """Text piped in (`saylau extract -`): JSON Lines when it starts with '{', else one
    plain-text document named `name`."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield InputError(name, too_large(None, max_bytes))
        return
    yield from _documents_from_text_bytes(data, name, name, jsonl=None)


def _walk_folder(folder: Path, id_prefix: str, seen: set[Path], suffixes: frozenset[str]) -> Iterator[FileEntry | InputError]:
    """Every supported file below `folder`, in name order; `seen` holds resolved paths."""
    seen.add(folder.resolve())
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        yield InputError(str(folder), os_reason(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        doc_id = f"{id_prefix}/{entry.name}" if id_prefix else entry.name
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
            real = path.resolve()
        except OSError as exc:
            yield InputError(entry.path, os_reason(exc))
            continue
        if real in seen:
            continue
        if is_dir and real in folder.resolve().parents:
            yield InputError(readable_name(entry.path), "a link to a folder above it (it would read all of that); skipped")
        elif is_dir:
            yield from _walk_folder(path, doc_id, seen, suffixes)
        elif is_file and path.suffix.lower() in suffixes:
            seen.add(real)
            yield FileEntry(path, doc_id, entry.path)
        elif path.suffix.lower() in suffixes and (kind := _special_kind(entry)) is not None:
            yield InputError(readable_name(entry.path), f"{kind}, not a regular file; skipped")


def _special_kind(entry: os.DirEntry[str]) -> str | None:
    """What a folder entry that is neither a file nor a folder is, if it exists: a named pipe
    named like news must be reported (opening it would wait forever), not skipped unseen."""
    try:
        mode = entry.stat().st_mode
    except OSError:  # a dangling link: nothing there to read
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return None


def _read_file(path: Path, doc_id: str, source: str, max_bytes: int, lines: range | None = None) -> Iterator[Result]:
    doc_id, source = readable_name(doc_id), readable_name(source)
    data = read_capped(path, source, max_bytes)
    if isinstance(data, InputError):
        if lines is None or 1 in lines:
            yield data
        return
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        yield read_html_bytes(data, source, doc_id)
        return
    if suffix in FEED_SUFFIXES:
        yield from parse_feed(data, source)
        return
    yield from _documents_from_text_bytes(data, source, doc_id, jsonl=suffix in JSONL_SUFFIXES, lines=lines)


def _documents_from_text_bytes(
    data: bytes, source: str, doc_id: str, jsonl: bool | None, lines: range | None = None
) -> Iterator[Result]:
    """Plain text as one document, or JSON Lines as its records (those of `lines`, if given);
    jsonl=None decides by the first character (standard input has no file name to tell)."""
    whole_file = lines is None or 1 in lines  # the share that reports what is wrong with the whole file
    try:
        text = decode_bytes(data, source)
    except EncodingError as error:
        if whole_file:
            yield error
        return
    if not text.strip():
        if whole_file:
            yield InputError(source, "empty file" if jsonl is not None else "empty input")
    elif jsonl or (jsonl is None and text.lstrip().startswith("{")):
        yield from read_jsonl_text(text, source, lines)
    else:
        yield Document(id=doc_id, text=text, lang=detect_language(text), source=source)


def readable_name(name: str) -> str:
    """A path as text that can be stored, printed and written as JSON.

    A file name is bytes; one that is not UTF-8 reaches Python with its bad bytes as lone
    surrogates, which no UTF-8 database, terminal or JSON writer accepts. Those bytes are
    kept as escapes instead ("bad\\xffname.txt"), so the id still tells the files apart.
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        try:
            return os.fsencode(name).decode("utf-8", "backslashreplace")
        except UnicodeError:
            return printable(name)


def _is_link_loop(path: Path) -> bool:
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False
