from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from saylau.extract.gazetteer import Entry, Gazetteer
from saylau.extract.kazakh import kazakh_forms
from saylau.extract.morphology import noun_cases, russian_forms, russian_nominative_of_genitive, russian_verb_forms
from saylau.extract.person_names import kazakh_name_nominative, russian_name_nominative

# ---------------------------------------------------------------------------- russian_forms


def test_adjective_and_noun_agree_in_every_case():
    assert russian_forms("Акмолинская область") == {
        "Акмолинская область",
        "Акмолинской области",
        "Акмолинскую область",
        "Акмолинской областью",
    }


@pytest.mark.parametrize("prefix", ["Восточно", "Северо", "Западно"])
def test_hyphenated_adjective_inflects_only_its_last_part(prefix):
    forms = russian_forms(f"{prefix}-Казахстанская область")
    assert forms == {
        f"{prefix}-Казахстанская область",
        f"{prefix}-Казахстанской области",
        f"{prefix}-Казахстанскую область",
        f"{prefix}-Казахстанской областью",
    }


def test_genitive_tail_stays_as_it_is():
    assert russian_forms("Народная партия Казахстана") == {
        "Народная партия Казахстана",
        "Народной партии Казахстана",
        "Народную партию Казахстана",
        "Народной партией Казахстана",
    }


def test_two_adjectives_one_of_them_hyphenated():
    assert russian_forms("Общенациональная социал-демократическая партия") == {
        "Общенациональная социал-демократическая партия",
        "Общенациональной социал-демократической партии",
        "Общенациональную социал-демократическую партию",
        "Общенациональной социал-демократической партией",
    }


def test_noun_before_an_uninflected_name():
    assert russian_forms("область Абай") == {"область Абай", "области Абай", "областью Абай"}
    assert russian_forms("партия Аманат") == {"партия Аманат", "партии Аманат", "партию Аманат", "партией Аманат"}


def test_quoted_name_after_noun_stays():
    assert "партии «Ак жол»" in russian_forms("партия «Ак жол»")


def test_town_named_after_a_person_unknown_to_the_dictionary():
    assert russian_forms("Сатпаев") == {"Сатпаев", "Сатпаева", "Сатпаеву", "Сатпаевом", "Сатпаевым", "Сатпаеве"}


def test_consonant_final_kazakh_names_decline_as_masculine():
    assert russian_forms("Жанаозен") == {"Жанаозен", "Жанаозена", "Жанаозену", "Жанаозеном", "Жанаозене"}
    assert russian_forms("Шымкент") == {"Шымкент", "Шымкента", "Шымкенту", "Шымкентом", "Шымкенте"}
    assert "Таразе" in russian_forms("Тараз")


def test_names_in_й_decline():
    assert russian_forms("Костанай") == {"Костанай", "Костаная", "Костанаю", "Костанаем", "Костанае"}
    assert russian_forms("Семей") == {"Семей", "Семея", "Семею", "Семеем", "Семее"}


def test_names_in_а_decline_as_feminine():
    assert russian_forms("Караганда") == {"Караганда", "Караганды", "Караганде", "Караганду", "Карагандой"}


@pytest.mark.parametrize("name", ["Кокшетау", "Алматы", "Актобе", "Атырау", "Шортанды"])
def test_names_ending_in_other_vowels_are_indeclinable(name):
    assert russian_forms(name) == {name}


def test_hyphenated_city_inflects_its_last_part():
    assert russian_forms("Нур-Султан") == {"Нур-Султан", "Нур-Султана", "Нур-Султану", "Нур-Султаном", "Нур-Султане"}
    assert russian_forms("Усть-Каменогорск") == {
        "Усть-Каменогорск",
        "Усть-Каменогорска",
        "Усть-Каменогорску",
        "Усть-Каменогорском",
        "Усть-Каменогорске",
    }


@pytest.mark.parametrize("phrase", ["ВКО", "СКО", "AMANAT", "Respublica", "ДПК «Ак жол»", "обл. Абай"])
def test_abbreviations_and_latin_names_are_returned_unchanged(phrase):
    assert russian_forms(phrase) == {phrase}


def test_group_noun_gets_plural_and_singular_forms():
    forms = russian_forms("аманатовцы")
    assert {"аманатовцы", "аманатовцев", "аманатовцам", "аманатовцами", "аманатовцах"} <= forms
    assert {"аманатовец", "аманатовца", "аманатовцем"} <= forms


def test_guessed_group_noun_keeps_unstressed_ending():
    forms = russian_forms("ауыловцы")
    assert "ауыловцев" in forms and "ауыловцов" not in forms


def test_capitalisation_of_the_input_is_kept():
    assert "акмолинской области" in russian_forms("акмолинская область")
    assert "Акмолинской Области" not in russian_forms("Акмолинская область")


@pytest.mark.parametrize("phrase", ["Нур Отан", "Ак жол", "Кабанбай батыр"])
def test_kazakh_compound_names_are_not_declined(phrase):
    assert russian_forms(phrase) == {phrase}


@pytest.mark.parametrize("phrase", ["Павлодар облысы", "Асар партиясы", "Ақмола облысы"])
def test_kazakh_phrases_are_left_to_kazakh_forms(phrase):
    assert russian_forms(phrase) == {phrase}


def test_an_oblique_common_noun_is_not_declined_again():
    assert russian_forms("партией AMANAT") == {"партией AMANAT"}


def test_adjective_agrees_with_the_gender_of_the_name():
    forms = russian_forms("Новый Узень")
    assert "Нового Узеня" in forms
    assert "Большой Владимировки" in russian_forms("Большая Владимировка")


def test_generated_forms_are_found_by_the_gazetteer():
    entry = Entry("settlement", "Satpayev")
    gazetteer = Gazetteer((form, entry) for form in russian_forms("Сатпаев") | russian_forms("Жанаозен"))
    text = "Встреча с жителями Сатпаева и в Жанаозене"
    found = [text[h.start : h.end] for h in gazetteer.scan(text)]
    assert found == ["Сатпаева", "Жанаозене"]


# ----------------------------------------------------------------------------- kazakh_forms


def test_kazakh_front_vowel_word_after_voiceless_consonant():
    assert kazakh_forms("Шымкент") == {
        "Шымкент",
        "Шымкенттің",
        "Шымкентке",
        "Шымкентті",
        "Шымкентте",
        "Шымкенттегі",
        "Шымкенттен",
        "Шымкентпен",
    }


def test_a_russian_town_name_in_sk_also_takes_a_linking_i_and_front_endings():
    forms = kazakh_forms("Шахтинск")
    assert {"Шахтинскіде", "Шахтинскіге", "Шахтинскінің", "Шахтинскідегі", "Шахтинскімен"} <= forms
    assert "Шахтинскта" in forms  # the plain endings stay


def test_kazakh_possessive_region_word_takes_pronominal_n():
    assert kazakh_forms("Ақмола облысы") == {
        "Ақмола облысы",
        "Ақмола облысының",
        "Ақмола облысына",
        "Ақмола облысын",
        "Ақмола облысында",
        "Ақмола облысындағы",
        "Ақмола облысынан",
        "Ақмола облысымен",
    }


def test_kazakh_possessive_party_word_after_latin_name():
    assert kazakh_forms("«AMANAT» партиясы") == {
        "«AMANAT» партиясы",
        "«AMANAT» партиясының",
        "«AMANAT» партиясына",
        "«AMANAT» партиясын",
        "«AMANAT» партиясында",
        "«AMANAT» партиясындағы",
        "«AMANAT» партиясынан",
        "«AMANAT» партиясымен",
    }


def test_kazakh_back_vowel_word_ending_in_a_vowel():
    assert kazakh_forms("Астана") == {
        "Астана",
        "Астананың",
        "Астанаға",
        "Астананы",
        "Астанада",
        "Астанадағы",
        "Астанадан",
        "Астанамен",
    }
    assert {"Алматыда", "Алматының", "Алматыға"} <= kazakh_forms("Алматы")


def test_kazakh_word_ending_in_n_or_y():
    assert {"Түркістанда", "Түркістанның", "Түркістаннан", "Түркістанға"} <= kazakh_forms("Түркістан")
    assert {"Қостанайда", "Қостанайдың", "Қостанайға", "Қостанайдан"} <= kazakh_forms("Қостанай")


def test_kazakh_front_vowel_word_ending_in_a_vowel():
    assert {"Ақтөбеде", "Ақтөбенің", "Ақтөбеге", "Ақтөбеден"} <= kazakh_forms("Ақтөбе")


def test_kazakh_instrumental_after_z():
    assert "Таразбен" in kazakh_forms("Тараз")


@pytest.mark.parametrize("phrase", ["AMANAT", "ВКО", "«Ақ жол»"])
def test_kazakh_abbreviations_latin_and_quoted_words_unchanged(phrase):
    assert kazakh_forms(phrase) == {phrase}


# --------------------------------------------------------------------------- forms: property

_ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВКСТҚӘіңө -«»AZ."


@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=30))
def test_forms_always_include_the_input(phrase):
    assert phrase in russian_forms(phrase)
    assert phrase in kazakh_forms(phrase)


@pytest.mark.parametrize(
    "phrase",
    ["Акмолинская область", "область Абай", "Сатпаев", "Нур-Султан", "аманатовцы", "ВКО", "Семей", "Караганда"],
)
def test_russian_forms_include_the_input(phrase):
    assert phrase in russian_forms(phrase)


# ------------------------------------------------------------------- russian_name_nominative


@pytest.mark.parametrize(
    ("oblique", "nominative"),
    [
        ("Ермухамета Ертысбаева", "Ермухамет Ертысбаев"),
        ("Азату Перуашеву", "Азат Перуашев"),
        ("Аскаром Рахимжановым", "Аскар Рахимжанов"),
        ("Айгерим Бековой", "Айгерим Бекова"),
        ("Дариги Назарбаевой", "Дарига Назарбаева"),
        ("Нурсултана Абишевича Назарбаева", "Нурсултан Абишевич Назарбаев"),
        ("Мухтара Аблязова", "Мухтар Аблязов"),
        # a woman's name that is also a country's (pymorphy3 reads «Дания» as Denmark, then as
        # the genitive of a rare man's name «Даний»)
        ("Дании Еспаевой", "Дания Еспаева"),
        ("Данию Еспаеву", "Дания Еспаева"),
        ("Дания Еспаева", "Дания Еспаева"),
    ],
)
def test_name_in_an_oblique_case_gets_its_nominative(oblique, nominative):
    assert russian_name_nominative(oblique) == nominative


@pytest.mark.parametrize(
    "name",
    [
        "Ермухамет Ертысбаев",
        "Азат Перуашев",
        "Аскар Рахимжанов",
        "Айгерим Бекова",
        "Дарига Назарбаева",
        "Касым-Жомарт Токаев",
        "Нурсултан Абишевич Назарбаев",
        "Анна Ивановна",
        "Бауыржан Байбек",
    ],
)
def test_name_in_the_nominative_is_unchanged(name):
    assert russian_name_nominative(name) == name


@pytest.mark.parametrize(
    ("name", "role", "nominative"),
    [
        ("Касым-Жомарта Токаева", "кандидата", "Касым-Жомарт Токаев"),  # alone, «Токаева» may be a woman's name
        ("Жамбыла Ахметбекова", "кандидата", "Жамбыл Ахметбеков"),
        ("Нурсултана Назарбаева", "руководитель", "Нурсултан Назарбаев"),  # a nominative role tells nothing
        ("Рухолла Саматов", "председателя", "Рухолла Саматов"),  # «Саматов» cannot be a genitive
        # first names the dictionary does not know: pymorphy3 guesses only a nominative for them
        ("Даниала Ахметова", "председателя", "Даниал Ахметов"),
        ("Салтанат Турсынбековой", "кандидату", "Салтанат Турсынбекова"),  # a woman's name ending in a consonant
    ],
)
def test_a_name_beside_its_role_is_read_in_the_role_s_case(name, role, nominative):
    assert russian_name_nominative(name, noun_cases(role)) == nominative


@pytest.mark.parametrize(
    ("name", "nominative"),
    [
        ("Ермұхамет Ертісбаевтың", "Ермұхамет Ертісбаев"),
        ("Салтанат Тұрсынбекованы", "Салтанат Тұрсынбекова"),
        ("Тоқаевқа", "Тоқаев"),
        ("Азат Перуашевпен", "Азат Перуашев"),
        ("Ермұхамет Ертісбаев", "Ермұхамет Ертісбаев"),
        ("Анна Ивановна", "Анна Ивановна"),  # a Russian patronymic, no surname with an ending
        ("Дании Еспаевой", "Дании Еспаевой"),  # Russian endings are pymorphy3's business
        # a Kazakh surname of its own form, its ending fitting the stem's last sound
        ("Мейрам Қажыкенмен", "Мейрам Қажыкен"),
        ("Қарақат Әбденнің", "Қарақат Әбден"),
        ("Садыбек Түгелдің", "Садыбек Түгел"),
        ("Қарақат Әбден", "Қарақат Әбден"),  # «-ден» ends the name itself: no ending after it
        ("С.К. Сулеймен", "С.К. Сулеймен"),  # a name spelt the Russian way ends in «-мен» by itself
    ],
)
def test_a_kazakh_case_ending_after_a_surname_is_dropped(name, nominative):
    assert kazakh_name_nominative(name) == nominative


def test_name_nominative_is_idempotent():
    once = russian_name_nominative("Азату Перуашеву")
    assert russian_name_nominative(once) == once == "Азат Перуашев"


@pytest.mark.parametrize("name", ["Azat Peruashev", "", "ВКО"])
def test_name_that_is_not_a_cyrillic_name_is_unchanged(name):
    assert russian_name_nominative(name) == name


@pytest.mark.parametrize(
    "genitive, nominative",
    [
        ("Западно-Алтайского государственного природного заповедника", "Западно-Алтайский государственный природный заповедник"),
        ("Восточно-Казахстанской областной больницы", "Восточно-Казахстанская областная больница"),
        ("больницы №4", "больница №4"),
        ("Уральского коммунального государственного учреждения", "Уральское коммунальное государственное учреждение"),
        # what follows the head noun is its own genitive and stays
        ("Петропавловского отделения Южно-Уральской железной дороги", "Петропавловское отделение Южно-Уральской железной дороги"),
        ("Западно-Казахстанского медицинского университета имени Марата Оспанова",
         "Западно-Казахстанский медицинский университет имени Марата Оспанова"),
    ],
)
def test_a_russian_name_in_the_genitive_is_given_in_the_nominative(genitive, nominative):
    assert " ".join(russian_nominative_of_genitive(tuple(genitive.split()))) == nominative


def test_a_phrase_that_opens_with_no_genitive_has_no_nominative_here():
    assert russian_nominative_of_genitive(("АО", "«Казахтелеком»")) is None


# ---------------------------------------------------------------------------- russian_verb_forms


def test_a_verb_is_read_in_every_tense_and_person_but_not_as_an_intention():
    forms = russian_verb_forms("посещать")
    assert {"посещают", "посещает", "посещаем", "посещал", "посещали", "посещая"} <= forms
    assert not forms & {"посещать", "посещай", "посещающие"}  # infinitive, imperative, participle


def test_a_verb_with_yo_is_also_read_written_with_e():
    assert {"раздаём", "раздаем", "раздают"} <= russian_verb_forms("раздавать")


def test_a_word_that_is_no_verb_has_no_forms():
    assert russian_verb_forms("область") == frozenset()
