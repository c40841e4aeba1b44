"""The dates a text names, where they stand, and the days they stand for.

A mention is one of:

- a day and month, with or without a year: «15 марта 2023 года», «15 наурызда», «2023 жылғы
  15 наурыз», "15 March", "March 15, 2023", "the 15th of March", 2023-03-15, 15.03.2023 (two
  digits each: "1.2.2023" is more often a version than a date);
- a year named as a year: «2023 года», «2023 жылы», "in 2023", "the 2023 campaign" (a bare
  number is never a year: «2000 жителей»);
- a day of the week: "on Monday", «в понедельник», «дүйсенбі күні»;
- a day named from the day of publication: "yesterday", «сегодня», «кеше».

The words come from reference/data/calendar.yaml. A date that names an occasion ("the 19 March
2023 elections", «выборы 19 марта») is marked so: it is not when anything reported happened.

`named_days` resolves mentions to days under one rule, so that a date never takes its year from
an unrelated sentence: a day and month take the year written with them, else the year of a full
date or of a year named *in the same sentence*, else the year that puts them nearest the
caller's `anchor` (the document's date); days of the week and "yesterday" count back from the
day of publication, and only when the caller knows it. What cannot be resolved is left out.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from saylau.reference import load_calendar

MIN_YEAR, MAX_YEAR = 1990, 2100

Kind = Literal["date", "year", "weekday", "relative"]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    kind: Kind
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None  # 0 is Monday
    offset: int | None = None  # days after the day of publication ("yesterday": -1)
    occasion: bool = False  # names an occasion ("the 19 March elections"), not when something happened


@dataclass(frozen=True)
class NamedDay:
    """A mention resolved to the day it stands for."""

    mention: DateMention
    day: date


def find_mentions(text: str) -> list[DateMention]:
    """Every mention in `text`, in text order; of overlapping matches the longest is kept."""
    return list(_mentions(text))


@lru_cache(maxsize=256)
def _mentions(text: str) -> tuple[DateMention, ...]:
    """find_mentions, remembered: a document's date and its events' read the same paragraphs.

    Every date and year holds a number, and begins with it or with one of the two words before
    it ("March 15", "of the 2023"): the patterns are tried there only, and the day words only
    when one of them is in the text at all. Searched at every position, as Python's regular
    expressions do, a 4 MB document took seconds.
    """
    grammar = _grammar()
    found: list[DateMention] = []
    for number in _NUMBER.finditer(text):
        at = number.start()
        before = _words_before(text, at)
        if not _may_be_dated(number, text, before, grammar):
            continue
        tries = [(at, pattern) for pattern in grammar.from_number]
        tries += [(start, pattern) for start in before for pattern in grammar.from_word]
        for start, pattern in tries:
            match = pattern.match(text, start)
            if match is None or match.end() <= at:
                continue
            if match.re is grammar.years_after or match.re is grammar.years_before:
                year = int(match.group("year"))
                if MIN_YEAR <= year <= MAX_YEAR:
                    found.append(DateMention(match.start(), match.end(), "year", year=year))
            elif (mention := _date_mention(match, text, grammar)) is not None:
                found.append(mention)
    if not grammar.day_words.isdisjoint(_WORD.findall(text.lower())):
        for pattern in grammar.weekdays:
            for match in pattern.finditer(text):
                weekday = grammar.weekday_numbers[match.group("weekday_word").lower()]
                found.append(DateMention(match.start(), match.end(), "weekday", weekday=weekday))
        for match in grammar.relative.finditer(text):
            found.append(DateMention(match.start(), match.end(), "relative", offset=grammar.offsets[match.group(1).lower()]))
    kept: list[DateMention] = []
    for mention in sorted(set(found), key=lambda m: (m.start, -m.end)):
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return tuple(kept)


def named_days(text: str, anchor: date | None = None, published: date | None = None) -> list[NamedDay]:
    """The days `text` names for something that happened (occasions left out), in text order,
    resolved as the module docstring says."""
    mentions = find_mentions(text)
    if not mentions:
        return []
    ends = sentence_ends(text)
    by_sentence: dict[int, list[DateMention]] = {}
    for mention in mentions:
        by_sentence.setdefault(bisect_right(ends, mention.start), []).append(mention)
    named = []
    for mention in mentions:
        if mention.occasion or mention.kind == "year":
            continue
        day = _resolve(mention, by_sentence[bisect_right(ends, mention.start)], anchor, published)
        if day is not None:
            named.append(NamedDay(mention, day))
    return named


_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"\w+")
_WORDS_BEFORE_A_NUMBER = 2  # "September 15", "of the 2023"
_REACH_BEFORE = 24  # characters in which to look for them
# After a day: an ordinal, a month's name (its first letters are checked) or the rest of 15.03.2023.
_AFTER_A_DAY = re.compile(r"(?:st|nd|rd|th)?\s+(?:of\s+)?(\w{3})|\.\d\d\.")
_PREFIX = 3
_HELD_REACH = 60  # characters between an occasion word and "will be held on" before a date
_QUALIFIERS = 4  # words naming the election between it and its date ("выборы депутатов Мажилиса РК 19 марта")


def _may_be_dated(number: re.Match[str], text: str, before: list[int], grammar: "_Grammar") -> bool:
    """A cheap test that spares most numbers ("54 percent") the patterns: a year has four
    digits; a day one or two, and a month's name right after or right before it."""
    digits = number.end() - number.start()
    if digits == 4:
        return True
    if digits > 2:
        return False
    after = _AFTER_A_DAY.match(text, number.end())
    if after is not None and (after.group(1) is None or after.group(1).lower() in grammar.month_prefixes):
        return True
    return bool(before) and text[before[-1]:before[-1] + _PREFIX].lower() in grammar.month_prefixes


def _words_before(text: str, at: int) -> list[int]:
    """Where the (up to) two words before the number at `at` begin."""
    words = [word.start() for word in _WORD.finditer(text, max(0, at - _REACH_BEFORE), at)]
    return words[-_WORDS_BEFORE_A_NUMBER:]


# A sentence ends at . ! ? … (and closing quotes) before a capital letter, or at a new line.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”)]*\s+(?=[\"«“(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])|\n")


def sentence_ends(text: str) -> list[int]:
    """Offsets where each sentence but the last ends (a new line ends one too)."""
    return [match.start() for match in _SENTENCE_END.finditer(text)]


def day_beside(named: list[NamedDay], ends: list[int], at: int) -> date | None:
    """The day named in the sentence that holds offset `at`, nearest to it; None if that
    sentence names none. `ends`: `sentence_ends` of the same text."""
    sentence = bisect_right(ends, at)
    same = [n for n in named if bisect_right(ends, n.mention.start) == sentence]
    return min(same, key=lambda n: abs(n.mention.start - at)).day if same else None


def nearest_day(month: int, day: int, anchor: date) -> date | None:
    """That day and month in the year before, of or after `anchor`, whichever is nearest."""
    candidates = [found for year in (anchor.year - 1, anchor.year, anchor.year + 1) if (found := valid_date(year, month, day))]
    return min(candidates, key=lambda found: (abs((found - anchor).days), found)) if candidates else None


def valid_date(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve(mention: DateMention, sentence: list[DateMention], anchor: date | None, published: date | None) -> date | None:
    if mention.kind == "relative":
        return published + timedelta(days=mention.offset or 0) if published else None
    if mention.kind == "weekday":
        return published - timedelta(days=(published.weekday() - (mention.weekday or 0)) % 7) if published else None
    assert mention.month is not None and mention.day is not None
    if mention.year is not None:
        return valid_date(mention.year, mention.month, mention.day)
    full = [other for other in sentence if other.kind == "date" and other.year is not None]
    if full:
        nearest = min(full, key=lambda other: abs(other.start - mention.start))
        own = valid_date(nearest.year, nearest.month, nearest.day)  # type: ignore[arg-type]
        return nearest_day(mention.month, mention.day, own) if own else None
    years = {other.year for other in sentence if other.kind == "year"}
    if len(years) == 1:
        return valid_date(years.pop(), mention.month, mention.day)  # type: ignore[arg-type]
    if not years and anchor is not None:
        return nearest_day(mention.month, mention.day, anchor)
    return None  # two different years in the sentence, or nothing to take one from


@dataclass(frozen=True)
class _Grammar:
    from_number: tuple[re.Pattern[str], ...]  # mentions that begin with their number
    from_word: tuple[re.Pattern[str], ...]  # mentions that begin with a word before it
    years_after: re.Pattern[str]
    years_before: re.Pattern[str]
    weekdays: tuple[re.Pattern[str], ...]
    relative: re.Pattern[str]
    offsets: dict[str, int]
    day_words: frozenset[str]  # weekday and relative-day words, in lower case
    month_numbers: dict[str, int]  # Russian and English month names, in lower case
    kazakh_stems: tuple[tuple[str, int], ...]  # Kazakh month stems, longest first
    weekday_numbers: dict[str, int]  # weekday names, in lower case
    month_prefixes: frozenset[str]  # the first letters of every month's name, in lower case
    occasion_after: re.Pattern[str]
    occasion_before: re.Pattern[str]
    kk_attributive: tuple[str, ...]


def _words(values) -> str:
    """An alternation of literal words, longest first (so that "Sept" wins over "Sep")."""
    return "|".join(re.escape(str(v)) for v in sorted(values, key=lambda v: (-len(str(v)), str(v))))


def _word_end(word: str) -> str:
    return "" if word.endswith(".") else r"(?!\w)"


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    calendar = load_calendar()
    months = {int(number): names for number, names in calendar["months"].items()}
    named = {lang: [word for names in months.values() for word in names[lang]] for lang in ("en", "ru", "kk")}
    local = rf"(?P<month_word>{_words(named['ru'])})(?!\w)|(?P<kk_month>(?:{_words(named['kk'])})\w*)"
    english = rf"(?P<month_word>{_words(named['en'])})\.?"
    day, year, ordinal = r"(?P<day>[0-3]?\d)", r"(?P<year>(?:19|20)\d\d)", r"(?:st|nd|rd|th)?"
    after = calendar["year_words"]["after"]
    year_after = "(?:" + "|".join(re.escape(w) + _word_end(w) for w in sorted(after, key=len, reverse=True)) + ")"
    local_group = f"(?:{local})"
    dates = (
        re.compile(rf"(?<!\d){year}\s*{year_after}\s+{day}\s+{local_group}", re.IGNORECASE),
        re.compile(rf"(?<![\d.]){day}\s+{local_group}(?:\s+{year}(?!\d))?", re.IGNORECASE),
        re.compile(rf"(?<![\d.]){day}{ordinal}\s+(?:of\s+)?{english}(?!\w)(?:,?\s+{year}(?!\d))?"),
        re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
        re.compile(r"(?<![\d.])(?P<day>[0-3]\d)\.(?P<month>[01]\d)\.(?P<year>(?:19|20)\d\d)(?![\d.])"),
    )
    english_first = re.compile(rf"(?<!\w){english}\s+{day}{ordinal}(?![\d\w])(?:,?\s+{year}(?!\d))?")
    years_after = re.compile(rf"(?<![\d.\-]){year}\s*{year_after}")
    years_before = re.compile(
        rf"(?<!\w)(?:{_words(calendar['year_words']['before'])})\s+{year}(?![\d\w-])", re.IGNORECASE
    )
    weekdays = {int(number): names for number, names in calendar["weekdays"].items()}
    days = {lang: _words(word for names in weekdays.values() for word in names[lang]) for lang in ("en", "ru", "kk")}
    weekday_patterns = (
        re.compile(rf"(?<!\w)(?P<weekday_word>{days['en']})(?!\w)"),
        re.compile(rf"(?<!\w)(?:{_words(calendar['ru_weekday_before'])})\s+(?P<weekday_word>{days['ru']})(?!\w)", re.IGNORECASE),
        # «сейсенбі күні», or the locative «сейсенбіде», «жұмада»
        re.compile(rf"(?<!\w)(?P<weekday_word>{days['kk']})(?:\s+(?:{_words(calendar['kk_day'])})|{_words(calendar['kk_locative'])})(?!\w)", re.IGNORECASE),
    )
    weekday_numbers = {str(word).lower(): n for n, names in weekdays.items() for words in names.values() for word in words}
    offsets = {
        str(word).lower(): int(offset)
        for offset, names in calendar["relative_days"].items()
        for words in names.values()
        for word in words
    }
    occasions = calendar["occasions"]
    qualifiers = rf"(?:{_words(occasions['qualifiers'])})"
    occasion_after = re.compile(
        rf"\s*(?:(?P<link>{_words(occasions['links_after'])})\s+)?(?:{qualifiers}\s+){{0,{_QUALIFIERS}}}"
        rf"(?:(?:{_words(occasions['after'])})(?!\w)|(?:{_words(occasions['after_stems'])})\w*)",
        re.IGNORECASE,
    )
    occasion_before = re.compile(
        rf"(?<!\w)(?:{_words(occasions['before'])})(?:\s+{qualifiers}){{0,{_QUALIFIERS}}}"
        rf"(?:\s+(?:{_words(occasions['links_before'])})"
        rf"|(?:,\s*(?:{_words(occasions['relatives_before'])})(?!\w))?[^.!?,;\n]{{0,{_HELD_REACH}}}?\s(?:{_words(occasions['held_before'])})"
        rf"|,\s*(?:{_words(occasions['participles_before'])}))?\s+\Z"
        # (or the campaign's end: a campaign word and a verb of ending, "culminates on")
        rf"|(?<!\w)(?:{_words(occasions['periods_before'])})(?!\w)[^.!?;\n]{{0,{_HELD_REACH}}}?\s"
        rf"(?:{_words(occasions['period_ends_before'])})\s+\Z",
        re.IGNORECASE,
    )
    return _Grammar(
        from_number=(*dates, years_after),
        from_word=(english_first, years_before),
        years_after=years_after,
        years_before=years_before,
        weekdays=weekday_patterns,
        relative=re.compile(rf"(?<!\w)({_words(offsets)})(?!\w)", re.IGNORECASE),
        offsets=offsets,
        day_words=frozenset(weekday_numbers) | frozenset(offsets)
        | frozenset(str(word).lower() + ending for names in weekdays.values() for word in names["kk"] for ending in calendar["kk_locative"]),
        month_numbers={str(word).lower(): n for n, names in months.items() for lang in ("en", "ru") for word in names[lang]},
        kazakh_stems=tuple(sorted(((str(stem), n) for n, names in months.items() for stem in names["kk"]), key=lambda s: -len(s[0]))),
        weekday_numbers=weekday_numbers,
        month_prefixes=frozenset(str(word)[:_PREFIX].lower() for names in months.values() for ws in names.values() for word in ws),
        occasion_after=occasion_after,
        occasion_before=occasion_before,
        kk_attributive=tuple(occasions["kk_attributive_endings"]),
    )


def _month_of(groups: dict[str, str | None], grammar: _Grammar) -> int | None:
    if groups.get("month"):
        return int(groups["month"])  # type: ignore[arg-type]
    if groups.get("month_word"):
        return grammar.month_numbers.get(groups["month_word"].lower().rstrip("."))  # type: ignore[union-attr]
    word = (groups.get("kk_month") or "").lower()
    return next((n for stem, n in grammar.kazakh_stems if word.startswith(stem)), None)


def _date_mention(match: re.Match[str], text: str, grammar: _Grammar) -> DateMention | None:
    groups = match.groupdict()
    month = _month_of(groups, grammar)
    if month is None:
        return None
    start, end = match.start(), match.end()
    return DateMention(
        start, end, "date", day=int(groups["day"]), month=month,
        year=int(groups["year"]) if groups.get("year") else None,
        occasion=_names_occasion(text, start, end, groups.get("kk_month"), grammar),
    )


def _names_occasion(text: str, start: int, end: int, kazakh_month: str | None, grammar: _Grammar) -> bool:
    """Whether the date at [start, end) names an occasion: "the 19 March elections",
    «выборы 19 марта»; a Kazakh date only when attributive or linked («19 наурыздағы сайлау»)."""
    if grammar.occasion_before.search(text[max(0, start - _HELD_REACH - 40):start]):
        return True
    after = grammar.occasion_after.match(text, end)
    if after is None:
        return False
    if kazakh_month is None:
        return True
    return bool(after.group("link")) or kazakh_month.lower().endswith(grammar.kk_attributive)
