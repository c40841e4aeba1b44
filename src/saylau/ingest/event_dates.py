"""The day of each event: the day its own paragraph names for it, else its document's date.

A digest published on 19 March reports a rally «15 марта», a meeting "on Monday" and a visit
«12 наурызда»; dated by the document alone, all three would fall on the 19th and the weekly
timeline would show them in the wrong week. So an event takes, in order:

1. the day named in the sentence that reports it (nearest the words of its activity, its
   `event_type` evidence, else its first evidence), resolved by `date_mentions.named_days`:
   a year written there, else the year nearest the document's date; "on Monday", "yesterday"
   count back from the day of publication, and only a real one (metadata or dateline);
2. the one day its paragraph names, when it names just one;
3. its document's date (`dates.document_date`), which may be none: the event is then undated.

Pure: the same events and document give the same dates.
"""
from __future__ import annotations

from dataclasses import replace

from saylau.reference.date_mentions import NamedDay, day_beside, named_days, sentence_ends
from saylau.ingest.dates import DocumentDate, document_date
from saylau.model import Document, Event


def date_events(events: list[Event], doc: Document, when: DocumentDate | None = None) -> list[Event]:
    """`events` of `doc`, each with its day as `published` (see the module docstring)."""
    if not events:
        return events
    when = when or document_date(doc)
    paragraphs = dict(doc.paragraphs())
    read: dict[int, tuple[list[NamedDay], list[int]]] = {}
    dated = []
    for event in events:
        text = paragraphs.get(event.paragraph, "")
        if event.paragraph not in read:
            read[event.paragraph] = (named_days(text, anchor=when.day, published=when.published), sentence_ends(text))
        named, ends = read[event.paragraph]
        day = _own_day(event, named, ends) or when.day
        dated.append(event if day == event.published else replace(event, published=day))
    return dated


def _own_day(event: Event, named: list[NamedDay], ends: list[int]):
    if not named:
        return None
    spans = event.evidence.get("event_type") or tuple(s for spans in event.evidence.values() for s in spans)
    if spans:
        day = day_beside(named, ends, min(span.start for span in spans))
        if day is not None:
            return day
    days = {n.day for n in named}
    return days.pop() if len(days) == 1 else None
