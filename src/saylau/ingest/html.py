"""Documents from article pages (saved .html files or fetched pages), via trafilatura.

A news page is mostly not the news: menus, related links, comments, ads. trafilatura finds
the article's main text and its metadata (title, date, canonical URL); we keep its text
with one paragraph per line, as our extractor expects, and the canonical URL as the
document's url, so the same article saved twice under different addresses is recognisable.
trafilatura is only ever given the page's text here, so it never goes to the network.

Pages come in whatever encoding their site uses. The order of trust is: the charset the
HTTP server declared, a byte-order mark, the page's own <meta charset>, and then our
encoding guesser (`decode_bytes`), which recognises cp1251 pages that declare nothing.

`html_to_text` turns a fragment of HTML (a feed entry's content) into the same plain text.
"""
from __future__ import annotations

import codecs
import re
from datetime import date

import lxml.html
import trafilatura
from lxml.etree import ParserError

from saylau.errors import EncodingError, FormatError, InputError
from saylau.ingest.encoding import decode_bytes
from saylau.ingest.headline import without_headline
from saylau.ingest.language import detect_language
from saylau.model import Document

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SNIFF_BYTES = 4096
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article")
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")
# The page's date from its markup only (meta tags, <time>, JSON-LD, a dated URL). htmldate's
# extensive search also guesses from the text, and a footer's "© 2023" became 2023-01-01;
# a page without a date in its markup is dated from its text like any document (dates.py).
_MARKUP_DATES_ONLY = {"extensive_search": False, "original_date": True}


def read_html_bytes(
    data: bytes, source: str, doc_id: str, charset: str | None = None, url: str | None = None
) -> Document | InputError:
    """One Document for the article in `data`, or an InputError naming `source`."""
    try:
        page = decode_html(data, source, charset)
    except EncodingError as error:
        return error
    if not page.strip():
        return InputError(source, "empty file")
    return document_from_html(page, source, doc_id, url)


def decode_html(data: bytes, source: str, charset: str | None = None) -> str:
    """The page's text: declared charset, BOM, <meta charset>, else our guesser."""
    if charset and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = _decode_as(data, charset)
        if declared is not None:
            return declared.replace("\r\n", "\n").replace("\r", "\n")
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        meta = _META_CHARSET.search(data[:_SNIFF_BYTES])
        if meta is not None:
            declared = _decode_as(data, meta.group(1).decode("ascii"))
            if declared is not None:
                return declared.replace("\r\n", "\n").replace("\r", "\n")
    return decode_bytes(data, source)


def document_from_html(page: str, source: str, doc_id: str, url: str | None = None) -> Document | InputError:
    """Extract the main text and metadata of a decoded page."""
    try:
        found = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=_MARKUP_DATES_ONLY,
        )
    except (ValueError, TypeError, ParserError) as exc:  # lxml's complaints about odd markup
        return FormatError(source, f"cannot parse the page as HTML ({exc})")
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not text:
        return FormatError(source, "no article text found in the page")
    text = "\n".join(line for line in (_SPACES.sub(" ", raw).strip() for raw in text.split("\n")) if line)
    title = getattr(found, "title", None) or None
    text = without_headline(text, title)
    return Document(
        id=doc_id,
        text=text,
        title=title,
        url=getattr(found, "url", None) or url,
        published=_iso_date(getattr(found, "date", None)),
        lang=detect_language(text),
        source=source,
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: one line per block element, spaces collapsed."""
    if "<" not in fragment and "&" not in fragment:
        return _clean_lines(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return _clean_lines(re.sub(r"<[^>]*>", " ", fragment))
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    return _clean_lines(root.text_content())


def _clean_lines(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _decode_as(data: bytes, charset: str) -> str | None:
    try:
        codec = codecs.lookup(charset.strip().lower()).name
        return data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None


def _iso_date(value: object) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
