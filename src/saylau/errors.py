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
"""
from __future__ import annotations


class SaylauError(Exception):
    """Base of every error a user can cause and fix."""


class InputError(SaylauError):
    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


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
