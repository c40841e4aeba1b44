"""Where a paragraph's sentences begin: an abbreviation's dot ends no sentence."""
import pytest

from saylau.extract.text import sentence_starts


@pytest.mark.parametrize(
    "text",
    [
        "ASTANA, Feb. 28 (Kazinform) – Aq Jol candidates met voters in Kosshy.",
        "ORAL, Sept. 3 – NSDP activists handed out leaflets at the central market.",
        "Съезд прошёл в г. Астане, на нём говорили о тарифах, ценах, т.п. вещах.",
        "Кездесу 2023 жж. аралығындағы жоспарларға, т.б. мәселелерге арналды.",
        "Встречу с жителями провёл Н.А. Назарбаев в Астане.",
        "Жиынға Ж.Ә. Тұяқбай қатысты.",
        "В пос. Шортанды и в мкр. Самал прошли встречи с жителями.",
    ],
)
def test_the_dot_of_an_abbreviation_or_a_short_month_ends_no_sentence(text):
    assert sentence_starts(text) == [0]


def test_a_dot_before_a_capital_still_ends_a_sentence():
    text = "Aq Jol candidates met voters in Kosshy. Then they went to Astana."
    assert sentence_starts(text) == [0, text.index("Then")]
