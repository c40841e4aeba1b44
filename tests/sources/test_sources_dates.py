"""Dates written in news texts, in Russian, Kazakh and English."""
from __future__ import annotations

from datetime import date

import pytest

from saylau.ingest.dates import find_date

ANY_YEAR = date(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("АСТАНА, 15 марта 2023 года — Партия AMANAT провела встречу.", date(2023, 3, 15)),
        ("15 марта 2023 г. в Костанае прошёл митинг", date(2023, 3, 15)),
        ("Встреча состоялась 3 мая, на выборах 2023 года", date(2023, 5, 3)),
        ("2023 жылғы 15 наурызда AMANAT кездесу өткізді", date(2023, 3, 15)),
        ("15 наурыз 2023 ж. Қостанайда", date(2023, 3, 15)),
        ("3 желтоксан 2021 ж. сайлау", date(2021, 12, 3)),
        ("On 15 March 2023 the party met voters", date(2023, 3, 15)),
        ("ALMATY, March 5, 2022 — rally", date(2022, 3, 5)),
        ("the 15th of March, 2023", date(2023, 3, 15)),
        ("In 2023 the campaign opened on 4 Feb. in Astana", date(2023, 2, 4)),
        ("Published 2023-03-19 08:00", date(2023, 3, 19)),
        ("19.03.2023 встреча с избирателями", date(2023, 3, 19)),
        ("31 февраля 2023 не бывает, а 1 марта 2023 бывает", date(2023, 3, 1)),
    ],
)
def test_dates_written_in_the_text(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Кандидаты встретились с избирателями в Таразе.",
        "candidates may 5 times a week meet voters",  # "may" the verb
        "2000 жителей пришли на встречу",  # a number, not a year
        "Version 1.2.2023 of the app",
    ],
)
def test_no_date_is_invented(text):
    assert find_date(text) is None


def test_a_day_and_month_without_any_year_need_a_reference():
    assert find_date("15 марта в Костанае") is None
    assert find_date("15 марта в Костанае", reference=ANY_YEAR) == date(2024, 3, 15)
    assert find_date("15 наурызда кездесу өтті", reference=ANY_YEAR) == date(2024, 3, 15)
    assert find_date("Candidates met on 2 June", reference=ANY_YEAR) == date(2024, 6, 2)
