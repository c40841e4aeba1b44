"""Find the date a news text gives for itself («15 марта», "15 March 2023", "15 наурыз").

Used when a document arrives without a published date (a saved text file, a page with no
date in its markup): the first date written in the text is most often the dateline
("АСТАНА, 15 марта —") or the day of the reported event, and either is a better date for
its events than none.

What counts as a date, in the order the text gives them:

- day and month name in Russian (genitive: «15 марта»), Kazakh (with case endings:
  «15 наурызда», also typed with Russian letters: «15 наурыз», «3 желтоксан») or English
  ("15 March", "March 15", "15th of March"), each with an optional year after it;
- Kazakh year first: «2023 жылғы 15 наурыз»;
- numbers: 2023-03-15 (ISO) and 15.03.2023 (day first, as written in Kazakhstan; two digits
  each, since "1.2.2023" is more often a version than a date).

A day and month without a year take the year of the first full date elsewhere in the text,
else of a year the text names as a year («2023 года», «2023 жылы», "in 2023"), else the
year of `reference` when the caller has one; otherwise the date is unknown, not guessed.
English month names must be capitalised so that "may" the verb is not read as May.
"""
from __future__ import annotations

import re
from datetime import date

MIN_YEAR, MAX_YEAR = 1990, 2100

# (month number, Russian stem, Kazakh stems, English names); Kazakh stems also match the
# spelling with Russian letters in place of Kazakh-only ones.
_MONTHS = (
    (1, "январ[яь]", ("қаңтар", "каңтар", "кантар"), "Jan(?:uary)?"),
    (2, "феврал[яь]", ("ақпан", "акпан"), "Feb(?:ruary)?"),
    (3, "марта?", ("наурыз",), "Mar(?:ch)?"),
    (4, "апрел[яь]", ("сәуір", "сəуір", "сауир", "сәуiр"), "Apr(?:il)?"),
    (5, "ма[яй]", ("мамыр",), "May"),
    (6, "июн[яь]", ("маусым",), "June?"),
    (7, "июл[яь]", ("шілде", "шилде"), "July?"),
    (8, "августа?", ("тамыз",), "Aug(?:ust)?"),
    (9, "сентябр[яь]", ("қыркүйек", "кыркуйек", "қыркүйек"), "Sept?(?:ember)?"),
    (10, "октябр[яь]", ("қазан", "казан"), "Oct(?:ober)?"),
    (11, "ноябр[яь]", ("қараша", "караша"), "Nov(?:ember)?"),
    (12, "декабр[яь]", ("желтоқсан", "желтоксан"), "Dec(?:ember)?"),
)

_LOCAL_ALTERNATIVES = []
_ENGLISH_ALTERNATIVES = []
for _number, _russian, _kazakh, _english in _MONTHS:
    _LOCAL_ALTERNATIVES.append(f"(?P<m{_number}>{_russian}|(?:{'|'.join(_kazakh)})[\\w]*)")
    _ENGLISH_ALTERNATIVES.append(f"(?P<e{_number}>{_english})")

_LOCAL = "(?:" + "|".join(_LOCAL_ALTERNATIVES) + ")"
_ENGLISH = "(?:" + "|".join(_ENGLISH_ALTERNATIVES) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ORDINAL = r"(?:st|nd|rd|th)?"

_PATTERNS = (
    # 2023 жылғы 15 наурыз / 2023 ж. 15 наурызда
    re.compile(rf"(?<!\d){_YEAR}\s*(?:жылғы|жылгы|жылы|ж\.)\s+{_DAY}\s+{_LOCAL}(?!\w)", re.IGNORECASE),
    # 15 марта 2023 года / 15 наурыз 2023 ж. / 15 марта
    re.compile(rf"(?<![\d.]){_DAY}\s+{_LOCAL}(?!\w)(?:\s+{_YEAR}(?!\d))?", re.IGNORECASE),
    # 15 March 2023 / 15th of March, 2023
    re.compile(rf"(?<![\d.]){_DAY}{_ORDINAL}\s+(?:of\s+)?{_ENGLISH}(?!\w)(?:,?\s+{_YEAR}(?!\d))?"),
    # March 15, 2023 / March 15
    re.compile(rf"(?<!\w){_ENGLISH}\s+{_DAY}{_ORDINAL}(?![\d\w])(?:,?\s+{_YEAR}(?!\d))?"),
    # 2023-03-15
    re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d])"),
    # 15.03.2023 (two-digit day and month: "1.2.2023" is more often a version number)
    re.compile(r"(?<![\d.])(?P<day>[0-3]\d)\.(?P<month>[01]\d)\.(?P<year>(?:19|20)\d\d)(?![\d.])"),
)

# A year named as a year: «2023 года», «2023 г.», «2023 жылы», "in 2023".
_NAMED_YEAR = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*(?:год\w*|г\.|жыл\w*|ж\.)"
    r"|(?<!\w)(?:in|of|since)\s+(?P<english>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def find_date(text: str, reference: date | None = None) -> date | None:
    """The first valid date written in `text`, or None; see the module docstring."""
    mentions = sorted(_mentions(text), key=lambda mention: mention[0])
    if not mentions:
        return None
    full_years = [year for _, year, _, _ in mentions if year is not None]
    fallback_year = full_years[0] if full_years else _named_year(text)
    if fallback_year is None and reference is not None:
        fallback_year = reference.year
    for _, year, month, day in mentions:
        year = year if year is not None else fallback_year
        if year is None:
            continue
        found = _valid_date(year, month, day)
        if found is not None:
            return found
    return None


def _mentions(text: str):
    """(position, year or None, month, day) for every date-like match, valid or not."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = _month_of(groups)
            if month is None:
                continue
            year = int(groups["year"]) if groups.get("year") else None
            yield match.start(), year, month, int(groups["day"])


def _month_of(groups: dict[str, str | None]) -> int | None:
    if groups.get("month"):
        return int(groups["month"])
    for name, value in groups.items():
        if value and name[0] in "me" and name[1:].isdigit():
            return int(name[1:])
    return None


def _named_year(text: str) -> int | None:
    for match in _NAMED_YEAR.finditer(text):
        year = int(match.group("year") or match.group("english"))
        if MIN_YEAR <= year <= MAX_YEAR:
            return year
    return None


def _valid_date(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
