"""Documents from JSON Lines: one news item per line, as scrapers and exports write them.

Each line is an object with a non-empty `id` (string or integer) and `text` (string), and
optionally `title`, `url`, `published` (ISO 8601 date or date-time) and `lang` ("en", "ru",
"kk"; detected from the text when left out). Unknown fields are ignored, so a scraper's
export can be fed in as it is.

One bad record must not cost the others: each bad line becomes a FormatError whose source
is "<file>:<line>", yielded in its place, and reading goes on. Blank lines are skipped.
Hostile lines are bad lines too, refused before they can raise anything else: nesting
deeper than MAX_DEPTH (Python's parser would hit its recursion limit), a number longer than
MAX_NUMBER_DIGITS (int() refuses over 4,300 digits), and strings no store can keep: NUL
(PostgreSQL text cannot hold it) and lone surrogates such as "\\ud800" (not characters,
so not UTF-8).
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any, Iterator

from saylau.errors import FormatError, InputError
from saylau.ingest.headline import without_headline
from saylau.ingest.language import detect_language
from saylau.ingest.storable import refuse_unstorable
from saylau.model import LANGUAGES, Document

# Spellings of our languages seen in the wild ("RU", "ru-RU", "kz") and what they mean.
_LANGUAGE_ALIASES = {"kz": "kk", "kaz": "kk", "rus": "ru", "eng": "en"}

MAX_DEPTH = 64  # arrays and objects inside one another; a news record needs two or three
MAX_NUMBER_DIGITS = 100  # a number in a news record is an id, a count or a timestamp

# A string (to its closing quote, or to the end of a text cut short: every match ends, so the
# scan stays linear even on a line of escaped quotes that is never closed) or a bracket.
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)|[\[\]{}]', re.S)

_JSON_TYPE_NAMES = {
    dict: "object", list: "array", str: "string", int: "number", float: "number",
    bool: "boolean", type(None): "null",
}


def read_jsonl_text(text: str, source: str, lines: range | None = None) -> Iterator[Document | InputError]:
    """Yield a Document or a FormatError for each non-blank line of already decoded `text`
    (of the line numbers in `lines` only, if given: a share of a file read by one worker).

    Lines are split at "\\n" only: a JSON string may hold U+2028 and friends, which
    str.splitlines() would wrongly treat as line ends.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if lines is not None and number not in lines:
            continue
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield document_from_record(_parse_object(line, where), source=source, where=where)
        except FormatError as error:
            yield error


def document_from_record(record: dict[str, Any], source: str, where: str | None = None) -> Document:
    """Build a Document from one decoded record; raise FormatError naming `where` if invalid."""
    where = where or source
    for name in ("id", "text", "title", "url"):
        refuse_unstorable(record.get(name), name, where)
    text = _required_string(record, "text", where).lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = _optional_string(record, "title", where)
    text = without_headline(text, title)
    lang = _language(record.get("lang"), where)
    return Document(
        id=_record_id(record.get("id"), where),
        text=text,
        title=title,
        url=_optional_string(record, "url", where),
        published=_published(record.get("published"), where),
        lang=lang if lang is not None else detect_language(text),
        source=source,
    )


def parse_json(text: str, where: str, *, one_line: bool = False) -> Any:
    """json.loads within bounds: too deep a nesting or too long a number is a FormatError
    naming `where`, like malformed JSON, never a RecursionError or ValueError. A `one_line`
    text (a JSON Lines record, which `where` places) is told the column of a syntax error only."""
    depth = _nesting_depth(text)
    if depth > MAX_DEPTH:
        raise FormatError(where, f"JSON nested {depth:,} levels deep; at most {MAX_DEPTH} are read")
    try:
        return json.loads(text, parse_int=_bounded_int, parse_float=_bounded_float)
    except json.JSONDecodeError as exc:
        # Some of json's messages end in "at" ("Unterminated string starting at"): one "at" only.
        place = f"column {exc.colno}" if one_line else f"line {exc.lineno} column {exc.colno}"
        raise FormatError(where, f"invalid JSON: {exc.msg.removesuffix(' at')} at {place}") from None
    except _NumberTooLong as exc:
        raise FormatError(
            where, f"a number of {exc.digits:,} characters; at most {MAX_NUMBER_DIGITS} are read"
        ) from None
    except RecursionError:  # the depth check counts brackets; this is its safety net
        raise FormatError(where, f"JSON nested too deeply; at most {MAX_DEPTH} levels are read") from None


class _NumberTooLong(ValueError):
    def __init__(self, digits: int):
        super().__init__(digits)
        self.digits = digits


def _bounded_int(literal: str) -> int:
    if len(literal) > MAX_NUMBER_DIGITS:
        raise _NumberTooLong(len(literal))
    return int(literal)


def _bounded_float(literal: str) -> float:
    if len(literal) > MAX_NUMBER_DIGITS:
        raise _NumberTooLong(len(literal))
    return float(literal)


def _nesting_depth(text: str) -> int:
    """How deep arrays and objects nest in `text`, brackets inside strings not counted."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:  # cannot be deeper: skip the scan
        return 0
    depth = deepest = 0
    for token in _TOKEN.findall(text):
        if token in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif token in "]}":
            depth -= 1
    return deepest


def _parse_object(line: str, where: str) -> dict[str, Any]:
    value = parse_json(line, where, one_line=True)
    if not isinstance(value, dict):
        raise FormatError(where, f"expected a JSON object, got {json_type_name(value)}")
    return value


def _record_id(value: Any, where: str) -> str:
    if value is None:
        raise FormatError(where, 'missing "id"')
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise FormatError(where, f'"id" must be a string or an integer, got {json_type_name(value)}')
    text = str(value).strip()
    if not text:
        raise FormatError(where, 'empty "id"')
    return text


def _required_string(record: dict[str, Any], name: str, where: str) -> str:
    value = record.get(name)
    if value is None:
        raise FormatError(where, f'missing "{name}"')
    if not isinstance(value, str):
        raise FormatError(where, f'"{name}" must be a string, got {json_type_name(value)}')
    if not value.strip():
        raise FormatError(where, f'empty "{name}"')
    return value


def _optional_string(record: dict[str, Any], name: str, where: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise FormatError(where, f'"{name}" must be a string, got {json_type_name(value)}')
    return value.strip() or None


def _published(value: Any, where: str) -> date | None:
    """The calendar date as the source wrote it; a time zone is not converted.

    A story stamped 2023-03-18T23:30+06:00 appeared on the 18th in Kazakhstan, and that is
    the date an observer means; converting to UTC would move it to another day.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise FormatError(where, f'"published" must be an ISO date string, got {json_type_name(value)}')
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        raise FormatError(where, f'"published" is not an ISO 8601 date: "{value}"') from None


def _language(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise FormatError(where, f'"lang" must be a string, got {json_type_name(value)}')
    code = value.strip().lower().replace("_", "-").split("-")[0]
    code = _LANGUAGE_ALIASES.get(code, code)
    if code not in LANGUAGES:
        raise FormatError(
            where, f'"lang" must be one of {", ".join(LANGUAGES)} (or left out to detect it), got "{value}"'
        )
    return code


def json_type_name(value: Any) -> str:
    """JSON's name for a decoded value's type ("null", not Python's "NoneType")."""
    return _JSON_TYPE_NAMES.get(type(value), type(value).__name__)
