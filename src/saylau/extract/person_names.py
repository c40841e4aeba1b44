"""The nominative of a person's name that Russian text gives in another case.

Actors are reported in the nominative («Ермухамет Ертысбаев»), but Russian news writes
«встреча с Ермухаметом Ертысбаевым», «председателя партии Ермухамета Ертысбаева». Each word
of the name votes for the gender and case it can be in; the reading they agree on most
gives the nominative.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .morphology import CASES, CONSONANTS, KAZAKH_WORD, analyzer, case_of, from_dictionary, restyle, split_hyphen

_GENDERS = ("masc", "femn")
_SURNAME_STEMS = ("ов", "ев", "ёв", "ин", "ын")
# ending after a surname stem (-ов, -ев, -ин, -ын) -> the readings (gender, case) it allows;
# the nominative is the stem (masculine) or the stem + -а (feminine).
_SURNAME_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "": (("masc", "nomn"),),
    "а": (("masc", "gent"), ("masc", "accs"), ("femn", "nomn")),
    "у": (("masc", "datv"), ("femn", "accs")),
    "ым": (("masc", "ablt"),),
    "е": (("masc", "loct"),),
    "ой": (("femn", "gent"), ("femn", "datv"), ("femn", "ablt"), ("femn", "loct")),
    "ою": (("femn", "ablt"),),
}
# Patronymics: masculine endings after -ич, feminine after -вн-/-чн-.
_PATRONYMIC_MASC = {"": ("nomn",), "а": ("gent", "accs"), "у": ("datv",), "ем": ("ablt",), "е": ("loct",)}
_PATRONYMIC_FEMN = {"а": ("nomn",), "ы": ("gent",), "е": ("datv", "loct"), "у": ("accs",), "ой": ("ablt",)}
# Masculine consonant-stem and feminine -а first names the dictionary does not know.
_FIRST_NAME_ENDINGS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("а", "", (("masc", "gent"), ("masc", "accs"))),
    ("у", "", (("masc", "datv"),)),
    ("ом", "", (("masc", "ablt"),)),
    ("е", "", (("masc", "loct"),)),
    ("ы", "а", (("femn", "gent"),)),
    ("е", "а", (("femn", "datv"), ("femn", "loct"))),
    ("у", "а", (("femn", "accs"),)),
    ("ой", "а", (("femn", "ablt"),)),
    ("ии", "ия", (("femn", "gent"), ("femn", "datv"), ("femn", "loct"))),
)
_KAZAKH_PATRONYMIC = {"улы": "masc", "ұлы": "masc", "уулу": "masc", "кызы": "femn", "қызы": "femn"}

Reading = tuple[str, str]  # (gender, case)


def russian_name_nominative(name: str, cases: frozenset[str] = frozenset()) -> str:
    """Best-effort nominative of a person's name («Азату Перуашеву» → «Азат Перуашев»).

    Each word gets candidate readings (gender, case) with a weight and the nominative it
    implies: from pymorphy3's Name/Surn/Patr analyses, from the surname and patronymic
    endings, and weakly from first-name endings. The reading with the largest total weight
    wins; a name that reads as a nominative is returned unchanged. `cases`, where known, are
    those the name can be in (a name set beside its role takes the role's case: «кандидата
    Дании Еспаевой» is a genitive, which «Еспаевой» alone does not tell from a dative).
    """
    words = name.split()
    if not words or not all(KAZAKH_WORD.fullmatch(w) for w in words):
        return name
    per_word = [_name_readings(w) for w in words]
    if cases and "nomn" not in cases:
        # a first name the dictionary does not know («Даниала» beside «председателя»), which
        # pymorphy3 guesses to be a nominative only: the endings say what it is in the role's case
        per_word = [r if any(case in cases for _, case in r) else {**_ending_readings(w), **r} for w, r in zip(words, per_word)]
    candidates = {r for readings in per_word for r in readings}
    if cases and "nomn" not in cases and all(not r or any(case in cases for _, case in r) for r in per_word):
        # (a role in the nominative says nothing: «руководитель штаба Нурсултана Назарбаева»
        # may hold a name in the genitive; and a word that cannot be in the role's case is
        # no part of a name set beside it)
        candidates = {r for r in candidates if r[1] in cases}
    if not candidates:
        return name

    def total(reading: Reading) -> float:
        """Sum of weights; a word that has readings, but not this one, counts against it."""
        return sum(r[reading][0] if reading in r else (-0.5 if r else 0.0) for r in per_word)

    best = max(candidates, key=lambda r: (round(total(r), 6), r[1] == "nomn", -CASES.index(r[1])))
    if best[1] == "nomn":
        return name
    out = [readings[best][1] if best in readings else word for word, readings in zip(words, per_word)]
    return " ".join(out)


@lru_cache(maxsize=65536)
def _name_readings(word: str) -> dict[Reading, tuple[float, str]]:
    """(gender, case) -> (weight, nominative of this word under that reading).

    Of a hyphenated word («Касым-Жомарта») only the last part declines.
    """
    prefix, last = split_hyphen(word)
    if prefix:
        return {r: (w, prefix + nominative) for r, (w, nominative) in _name_readings(last).items()}
    readings: dict[Reading, tuple[float, str]] = {}

    def add(reading: Reading, weight: float, nominative: str) -> None:
        old = readings.get(reading)
        if old is None:
            readings[reading] = (weight, restyle(nominative, word))
        else:
            readings[reading] = (old[0] + weight, old[1])

    low = word.lower()
    if low in _KAZAKH_PATRONYMIC:
        for case in CASES:
            add((_KAZAKH_PATRONYMIC[low], case), 0.5, low)
        return readings

    parses = analyzer().parse(word)
    if not any("Name" in p.tag and from_dictionary(p) for p in parses):  # not «Марина»
        for ending, found in _SURNAME_ENDINGS.items():
            stem = low[: len(low) - len(ending)] if ending else low
            if low.endswith(ending) and stem.endswith(_SURNAME_STEMS) and len(stem) >= 4:
                for gender, case in found:
                    add((gender, case), 0.5, stem + ("а" if gender == "femn" else ""))
        _add_patronymic(low, add)
        if readings:  # the ending says all a surname or patronymic can say; pymorphy3 adds bias
            return readings

    for parse in parses:
        tag = parse.tag
        if tag.POS != "NOUN" or tag.number != "sing":
            continue
        place = "Geox" in tag.grammemes and tag.gender == "femn" and from_dictionary(parse)
        if not ({"Name", "Surn", "Patr"} & tag.grammemes) and not place:
            continue
        case = case_of(tag)
        if tag.gender not in _GENDERS or case not in CASES:
            continue
        nominative = parse.inflect({"nomn"})
        if nominative is None:
            continue
        # (a woman's name that is also a country's, «Дания», which pymorphy3 reads as a place
        # first and as a rare man's name «Даний» after: the place's reading gives its case,
        # half as surely as a name's would)
        weight = parse.score * (0.5 if place else 1.0 if from_dictionary(parse) else 0.6)
        add((tag.gender, case), weight, nominative.word)

    if not readings and word[:1].isupper():
        readings.update(_ending_readings(word))  # (none yet: these are the readings, already restyled)
        if low[-1:] in CONSONANTS:
            add(("masc", "nomn"), 0.2, low)
        elif low.endswith("а"):
            add(("femn", "nomn"), 0.2, low)
    return readings


@lru_cache(maxsize=65536)
def _ending_readings(word: str) -> dict[Reading, tuple[float, str]]:
    """What the endings of Russian declension say a first name may be, weakly: «Даниала» a
    man's genitive or accusative of «Даниал». Not for a name spelt the Kazakh way («Гүлмира»)."""
    low = word.lower()
    out: dict[Reading, tuple[float, str]] = {}
    if not word[:1].isupper() or _KAZAKH_ONLY.search(low):
        return out
    for ending, nominative_ending, found in _FIRST_NAME_ENDINGS:
        stem = low[: len(low) - len(ending)]
        if low.endswith(ending) and len(stem) >= 3 and stem[-1] in CONSONANTS:
            for reading in found:
                if reading not in out:
                    out[reading] = (0.2, restyle(stem + nominative_ending, word))
    return out


_KAZAKH_ONLY = re.compile("[әғқңөұүһі]")


def _add_patronymic(low: str, add) -> None:
    for ending, cases in _PATRONYMIC_MASC.items():
        stem = low[: len(low) - len(ending)]
        if low.endswith(ending) and stem.endswith("ич") and len(stem) >= 5:
            for case in cases:
                add(("masc", case), 0.5, stem)
    for ending, cases in _PATRONYMIC_FEMN.items():
        stem = low[: len(low) - len(ending)]
        if low.endswith(ending) and stem.endswith(("вн", "чн")) and len(stem) >= 5:
            for case in cases:
                add(("femn", case), 0.5, stem + "а")


# Kazakh puts a case ending on the last word of a name («Ермұхамет Ертісбаевтың», «Салтанат
# Тұрсынбекованы», «Тоқаевқа»), after the surname's own ending (-ов, -ева, -ұлы …), which
# Russian surnames never go on past. Longest endings first.
_KAZAKH_CASE_ENDINGS = (
    "ның", "нің", "дың", "дің", "тың", "тің", "нан", "нен", "дан", "ден", "тан", "тен", "мен", "пен", "бен",
    "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты", "ті", "да", "де", "та", "те",
)
# The comitative and genitive endings, each with the sounds a stem may end in before it.
_VOWELS = "аәеиоөұүыіэюяу"
_KAZAKH_NAME_ENDINGS = (
    ("мен", _VOWELS + "йлмнңрзж"), ("пен", "пбвфкқгғтдсшщхцч"), ("бен", "лмнңрзжй"),
    ("ның", _VOWELS + "мнң"), ("нің", _VOWELS + "мнң"), ("дың", "лрйузж"), ("дің", "лрйузж"),
    ("тың", "пбвфкқгғтдсшщхцч"), ("тің", "пбвфкқгғтдсшщхцч"),
)
_KAZAKH_SURNAME_ENDS = ("ов", "ев", "ин", "ын", "ова", "ева", "ина", "ына", "ұлы", "улы", "қызы", "кызы")


def kazakh_name_nominative(name: str) -> str:
    """A name whose last word carries a Kazakh case ending after a surname, without it
    («Ермұхамет Ертісбаевтың» → «Ермұхамет Ертісбаев»); any other name unchanged (a Russian
    patronymic in -овна is no surname in -ов with an ending)."""
    head, _, last = name.rpartition(" ")
    low = last.lower()
    if low.endswith(("вна", "вне", "вны")):
        return name
    for ending in _KAZAKH_CASE_ENDINGS:
        stem = low[: -len(ending)]
        if low.endswith(ending) and stem.endswith(_KAZAKH_SURNAME_ENDS) and len(stem) >= 4:
            return f"{head} {last[: len(stem)]}".strip()
    if head and last[:1].isupper() and _KAZAKH_ONLY.search(name.lower()):
        # a Kazakh surname of its own form («Қажыкен», «Әбден», «Түгел») in the comitative or the
        # genitive, whose ending must fit the stem's last sound («Әбден-нің», «Түгел-дің»,
        # «Қажыкен-мен»): the stem is the surname. (Only in a name spelt the Kazakh way: a
        # Russian spelling such as «Сулеймен» ends so by itself.)
        for ending, after in _KAZAKH_NAME_ENDINGS:
            stem = low[: -len(ending)]
            if low.endswith(ending) and len(stem) >= 4 and stem[-1] in after:
                return f"{head} {last[: len(stem)]}"
    return name
