"""Where the trained models ship (`reference/data/models/`) and how their files are read.

The gate, the type model beside it, the topic, continuation and paragraph models are each a
table of weights in a JSON file of the package; `saylau train` writes them there. A model whose
file is absent is simply not used: the rules decide alone.
"""
from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def model_file(name: str) -> Traversable:
    """The shipped file `name` (it may not exist)."""
    return resources.files("saylau.reference") / "data" / "models" / name


def shipped_text(name: str) -> str | None:
    """The text of the shipped file `name`, or None where it is absent."""
    path = model_file(name)
    return path.read_text(encoding="utf-8") if path.is_file() else None
