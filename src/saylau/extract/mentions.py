"""The mention type that every field component returns."""
from __future__ import annotations

from typing import NamedTuple


class Mention(NamedTuple):
    """A value found in a paragraph with the span that supports it."""

    start: int
    end: int
    value: str
    extra: str | None = None  # a second value: a settlement's region, an actor's role, ...
