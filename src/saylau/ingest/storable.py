"""What every document must be before it leaves ingest: text that any store can keep.

Python strings can hold what no database column can: NUL (PostgreSQL text refuses it) and
lone surrogates such as "\\ud800" from a JSON escape (not characters, so not UTF-8: hashing
or writing them raises). Each reader that can produce them checks its records; `check_document`
is the net behind every reader, so one such document is one input error, never a failed batch.
"""
from __future__ import annotations

import re
from typing import Any

from saylau.errors import FormatError, InputError
from saylau.model import Document

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def refuse_unstorable(value: Any, name: str, where: str) -> None:
    """Raise FormatError naming `where` and the field `name` if `value` is a string holding
    NUL or a lone surrogate."""
    if not isinstance(value, str):
        return
    found = _UNSTORABLE.search(value)
    if found is None:
        return
    char = found.group()
    what = "a NUL character (\\u0000)" if char == "\x00" else f"an unpaired surrogate (\\u{ord(char):04x})"
    raise FormatError(where, f'"{name}" holds {what} at character {found.start()}, which is not text; remove it')


def check_document(doc: Document) -> Document | InputError:
    """`doc` itself, or the input error that keeps it out of the store."""
    try:
        for name in ("id", "text", "title", "url", "source", "lang"):
            refuse_unstorable(getattr(doc, name), name, doc.source or doc.id)
    except FormatError as error:
        return error
    return doc
