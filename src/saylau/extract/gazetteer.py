"""One Aho-Corasick automaton over every name and cue word the extractor knows.

A paragraph is scanned once; each match is checked for word boundaries (and, where the
cue has a wildcard, by a small anchored regex) and returned as a `Hit`. Matching on a
folded copy of the text keeps offsets valid for the original paragraph.

Cue syntax (data files): case-insensitive words; a `*` at the end of a word matches any
ending of that word ("corrupt*", "встреч* с избирател*").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, NamedTuple

import ahocorasick

from .text import fold


@dataclass(frozen=True)
class Entry:
    """What a matched phrase means."""

    kind: str  # party, leader, region_name, region_stem, settlement, topic, role, ...
    value: str  # a code, a canonical name, or a role
    lang: str | None = None
    exact_case: str | None = None  # abbreviations match only as written ("NPK", not "npk")
    ambiguous: bool = False  # needs confirmation from context before it counts
    prefix: bool = False  # the last word may continue ("corrupt*")
    verify: re.Pattern[str] | None = None  # for wildcards inside a phrase
    extra: str | None = None  # a second value (e.g. the region of a settlement)
    proper: bool = False  # a proper name written with a capital: the text must capitalise it too
    canonical: str | None = None  # the nominative a generated case form stands for


class Hit(NamedTuple):
    """A match. `kind` and `value` repeat the entry's so that the many filters by kind read a
    tuple field, not a property (the extractor's hot path)."""

    start: int
    end: int
    entry: Entry
    kind: str
    value: str


def _compile_cue(phrase: str) -> tuple[str, bool, re.Pattern[str] | None]:
    """Turn a cue into (automaton key, prefix flag, verifying regex or None).

    `*` ends a word with any ending; a word `…` stands for up to four words of any kind
    ("opened … headquarters" matches "opened a new election headquarters").
    """
    folded = re.sub(r"\s+", " ", fold(phrase.strip()))
    cut = min((i for i in (folded.find("*"), folded.find("…")) if i != -1), default=-1)
    if cut == -1:
        return folded, False, None
    if cut == len(folded) - 1 and folded.endswith("*"):
        return folded[:-1], True, None
    words = folded.split(" ")
    pattern = ""
    for i, word in enumerate(words):
        if word == "…":
            pattern += r"(?:\S+\s+){0,4}?"
            continue
        pattern += re.escape(word[:-1]) + r"\w*" if word.endswith("*") else re.escape(word)
        if i < len(words) - 1:
            pattern += r"\s+"
    if not folded.endswith("*"):
        pattern += r"(?!\w)"
    return folded[:cut].strip(), True, re.compile(pattern)


class Gazetteer:
    """Build once from (phrase, Entry) pairs; `scan` a paragraph many times."""

    def __init__(self, items: Iterable[tuple[str, Entry]]):
        table: dict[str, list[Entry]] = {}
        for phrase, entry in items:
            key, prefix, verify = _compile_cue(phrase)
            if not key.strip():
                continue
            if prefix or verify is not None:
                entry = Entry(**{**entry.__dict__, "prefix": prefix, "verify": verify})
            bucket = table.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)
        self._automaton = ahocorasick.Automaton()
        for key, entries in table.items():
            self._automaton.add_word(key, (len(key), tuple(entries)))
        self._automaton.make_automaton()
        self.size = len(table)
        self._keys = tuple(table)

    def keys(self) -> tuple[str, ...]:
        """The folded phrases the automaton holds (for baselines and diagnostics)."""
        return self._keys

    def scan(
        self, text: str, folded: str | None = None, languages: frozenset | None = None, everywhere: frozenset = frozenset()
    ) -> list[Hit]:
        """Every boundary-respecting match in `text`, in order of start. With `languages`,
        entries of another language are skipped unless their kind is in `everywhere`
        (names are names in any language; cue words are not)."""
        low = folded if folded is not None else fold(text)
        n = len(low)
        hits: list[Hit] = []
        append = hits.append
        for last, (length, entries) in self._automaton.iter(low):
            start = last - length + 1
            if start > 0 and low[start - 1].isalnum():
                continue
            end = last + 1
            open_end = end < n and low[end].isalnum()
            for entry in entries:
                if languages is not None and entry.lang not in languages and entry.kind not in everywhere:
                    continue
                stop = end
                if entry.verify is not None:
                    match = entry.verify.match(low, start)
                    if match is None:
                        continue
                    stop = match.end()
                    if entry.prefix:
                        while stop < n and low[stop].isalnum():
                            stop += 1
                elif entry.prefix:
                    while stop < n and low[stop].isalnum():
                        stop += 1
                elif open_end:
                    continue
                if entry.exact_case is not None and text[start:stop] != entry.exact_case:
                    continue
                if entry.proper and not (text[start].isupper() or text[start].isdigit()):
                    continue
                append(Hit(start, stop, entry, entry.kind, entry.value))
        if len(hits) < 2:
            return hits
        unique = {(h.start, h.end, h.kind, h.value, h.entry.lang): h for h in reversed(hits)}
        return sorted(unique.values(), key=_by_start_longest)


def _by_start_longest(hit: Hit) -> tuple[int, int]:
    return (hit.start, -hit.end)


def longest_first(hits: Iterable[Hit]) -> list[Hit]:
    """Drop hits that lie inside or reach into a longer hit; hits with the same span are all
    kept. (In order of start, a hit meets an earlier one exactly when it starts before that
    one ends; a hit inside an earlier one of another span is the shorter of the two.)"""
    kept: list[Hit] = []
    for hit in sorted(hits, key=_by_start_longest):
        length = hit.end - hit.start
        if any(hit.start < k.end and k.end - k.start > length for k in kept[-8:]):
            continue
        kept.append(hit)
    return kept


class SpanIndex:
    """Spans that do not overlap one another, for fast 'is this hit inside one?' tests
    (a long paragraph has thousands of them)."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self._spans = sorted(set(spans))
        self._starts = [s for s, _ in self._spans]

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start) - 1
        # Spans barely overlap, so a span that covers [start, end) is among the last few
        # that start at or before `start`.
        return any(self._spans[j][1] >= end for j in range(i, max(-1, i - 8), -1))

    def end_of_span_at(self, pos: int) -> int | None:
        """The end of a span that holds position `pos`, if any."""
        i = bisect_right(self._starts, pos) - 1
        ends = [self._spans[j][1] for j in range(i, max(-1, i - 8), -1) if self._spans[j][1] > pos]
        return max(ends) if ends else None

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, end - 1) - 1
        return any(self._spans[j][1] > start for j in range(i, max(-1, i - 8), -1))
