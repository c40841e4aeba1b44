"""The date of a document, in the order a journalist would trust it.

1. metadata: the date its feed, JSONL record or page markup gives (`Document.published`);
2. the dateline: a date that opens one of its first lines, as agencies write them
   ("ASTANA, 15 March 2023 —", «АСТАНА, 15 марта. КАЗИНФОРМ —», "15.03.2023 10:15");
3. the first date the text gives for something that happened («провели встречу 3 мая 2023
   года», "aired the first debate of the 2023 campaign on 1 March"), whose year is written
   with it or in the same sentence.

Never from an unrelated sentence: "…on 1 March. Incomes grew in 2022." leaves 1 March without a
year, so the document is undated rather than dated 2022-03-01. A date that names an occasion
("the 19 March 2023 elections") lends its year to its sentence but is not the document's date.
A document with none of the three is undated, and counted as such (see `saylau stats`).

Only (1) and (2) are days of publication, from which "on Monday" or "yesterday" can be counted
(event_dates.py); (3) is the day of an activity.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from saylau.reference.date_mentions import find_mentions, named_days, nearest_day, valid_date
from saylau.model import Document, split_paragraphs

Source = Literal["metadata", "dateline", "text"]

DATELINE_LINES = 3  # a dateline opens one of the first lines (the first is often the headline)


@dataclass(frozen=True)
class DocumentDate:
    day: date | None
    source: Source | None  # None when undated

    @property
    def published(self) -> date | None:
        """The day of publication, when known: what "on Monday" and "yesterday" count from."""
        return self.day if self.source in ("metadata", "dateline") else None


UNDATED = DocumentDate(None, None)

# Before the date: nothing, a place and a comma ("ASTANA, "), or a few capitalised words ("Published ").
_DATELINE_BEFORE = re.compile(r"(?:[^\W\d_][^\d\n]{0,40}?[,.:]\s*|(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*\s+){0,3})")
# After it: a time, an agency («. КАЗИНФОРМ»), then a dash or the end of the line.
_DATELINE_AFTER = re.compile(
    r"(?:[,.]?\s*\d{1,2}:\d\d)?(?:\s*[.,]\s*(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.-]*\s*){1,3})?\s*(?:[—–|-]|$)"
)


def document_date(doc: Document) -> DocumentDate:
    """The document's date and where it came from; see the module docstring.

    A stored document may carry a date an earlier ingest found in its text; that date is
    recognised as such, so that it is never taken for a day of publication.
    """
    found = date_from_text(doc.text)
    if doc.published is None:
        return found
    if found.source == "text" and found.day == doc.published:
        return found
    return DocumentDate(doc.published, "metadata")


def date_from_text(text: str) -> DocumentDate:
    """The dateline's date, else the first activity date with its year (steps 2 and 3)."""
    activity = find_date(text)
    dateline = dateline_date(text, activity)
    if dateline is not None:
        return DocumentDate(dateline, "dateline")
    return DocumentDate(activity, "text") if activity is not None else UNDATED


def find_date(text: str, reference: date | None = None) -> date | None:
    """The first day `text` names for something that happened, its year written with it or in
    its sentence (else the year nearest `reference`, when given); None if there is none."""
    for _, line in split_paragraphs(text):  # a sentence never runs over a line: stop at the first found
        found = named_days(line, anchor=reference)
        if found:
            return found[0].day
    return None


def dateline_date(text: str, activity: date | None = None) -> date | None:
    """The date of a dateline opening one of the first lines; a dateline without a year
    («АСТАНА, 15 марта. КАЗИНФОРМ —») takes the year that puts it nearest `activity`."""
    head = text.split("\n", 2 * DATELINE_LINES)[: 2 * DATELINE_LINES]  # blank lines between them are skipped
    for _, line in split_paragraphs("\n".join(head))[:DATELINE_LINES]:
        mentions = [m for m in find_mentions(line) if m.kind == "date" and not m.occasion]
        if not mentions:
            continue
        first = mentions[0]
        if _DATELINE_BEFORE.fullmatch(line, 0, first.start) and _DATELINE_AFTER.match(line, first.end):
            assert first.month is not None and first.day is not None
            if first.year is not None:
                return valid_date(first.year, first.month, first.day)
            return nearest_day(first.month, first.day, activity) if activity else None
    return None
