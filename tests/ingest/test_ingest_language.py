"""detect_language: script decides English, Kazakh letters and words decide Kazakh."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from saylau.ingest import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Candidates from the NSDP held a meeting with voters in the Akmola region.", "en"),
        ("Партия AMANAT провела встречу с избирателями в Костанае.", "ru"),
        ("AMANAT партиясы Ақмола облысында сайлаушылармен кездесу өткізді.", "kk"),
        ("Сайлау учаскелері сағат жетіде ашылады, сайлаушылар дауыс береді.", "kk"),
        # Kazakh typed with Russian letters only: caught by its words and endings
        ("AMANAT партиясы Акмола облысында сайлаушылармен кездесу откизди.", "kk"),
        # one Kazakh name in a Russian sentence does not make it Kazakh
        ("Партия «Ақ жол» провела встречу с избирателями в Костанае, обсудили тарифы.", "ru"),
        ("Депутаты обсудили бюджет области и ремонт дорог.", "ru"),
        ("Мажилис passed the law on elections after a long debate in parliament.", "en"),
        ("ВКО: NSDP провела встречу с жителями Усть-Каменогорска.", "ru"),
    ],
)
def test_language_of_sentences(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   \n", "2023 — 19.03, 12:00 (+6)", "選挙"])
def test_no_latin_or_cyrillic_letters_gives_none(text):
    assert detect_language(text) is None


def test_long_text_is_judged_by_its_start():
    text = "Встреча с избирателями прошла в Павлодаре. " * 1000 + "English tail " * 100_000
    assert detect_language(text) == "ru"


@given(st.text(max_size=300))
def test_any_text_gets_one_of_our_languages_or_none(text):
    assert detect_language(text) in ("en", "ru", "kk", None)
