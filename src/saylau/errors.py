"""Errors a user can cause, each with a message that names the input and what to do.

    SaylauError
     ├── InputError          an input file, record or feed cannot be read
     │    ├── EncodingError  its bytes are not text in an encoding we know
     │    └── FormatError    it is text but not in the expected shape (bad JSONL, ...)
     ├── ReferenceDataError  a packaged or user-supplied data file is invalid
     ├── UnknownCodeError    a party, region, event type or topic code we do not know
     ├── StoreError          the database cannot be opened or written
     │    └── NoStoreError   a command that only reads was given a store that does not exist
     └── ElectionError       rules or vote counts that the electoral engine cannot use

The CLI prints any SaylauError as one line; anything else is a bug and keeps its traceback.
An input's name and the words quoted from it are escaped in that line (`printable`): a file
named "x\nerror: forged" or holding an ANSI escape must not forge or colour a line.
"""
from __future__ import annotations

import re

# C0 and C1 controls (tab included), DEL, the Unicode line and paragraph separators, and lone
# surrogates (an undecodable byte of a file name comes in as U+DC80..U+DCFF).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte kept by surrogateescape: show the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` on one line that a terminal shows as it is: controls, line breaks and
    undecodable bytes become Python-style escapes (\\n, \\x1b, \\xff)."""
    return _UNPRINTABLE.sub(_escape, text)


class SaylauError(Exception):
    """Base of every error a user can cause and fix."""


class InputError(SaylauError):
    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{printable(source)}: {printable(reason)}")


class EncodingError(InputError):
    pass


class FormatError(InputError):
    pass


class ReferenceDataError(SaylauError):
    pass


class UnknownCodeError(SaylauError):
    """A filter named a code that is not in the reference data: a typo must not read as
    'no events'."""


class StoreError(SaylauError):
    pass


class NoStoreError(StoreError):
    """Reading a store that does not exist: a mistyped --db must not read as 'no events'."""

    def __init__(self, url: str, then: str = "run saylau ingest first"):
        self.url = url
        super().__init__(f"no store at {url}; {then}")


class ElectionError(SaylauError):
    pass
