"""Case forms of Russian and Kazakh names, generated from the nominative.

The gazetteer matches whole words on folded text, so a name is found in «в Акмолинской
области» only if that inflected form is in the automaton. Lemmatising the text does not work
for Kazakh place names (pymorphy3 guesses them in several incompatible ways); generating every
case form of each gazetteer entry from its nominative does. This module does that:

- `russian_forms(phrase)`: the six singular cases of a Russian name phrase (and the plural for
  group nouns such as «аманатовцы»), with the capitalisation of the input. Adjectives before
  the head noun agree with it, words after it (a genitive tail, a quoted name) stay. Words the
  dictionary knows are inflected by pymorphy3; Kazakh names it does not know are declined by
  the plain rules of Russian declension (consonant, -а/-я, -й/-ь), and names ending in another
  vowel (Алматы, Кокшетау, Актобе) are indeclinable. Abbreviations and Latin names are
  returned as they are.
- `kazakh_forms(phrase)`: the Kazakh case endings of the last word, chosen by vowel harmony
  and by the sound the word ends in; a last word in the 3rd-person possessive («облысы»,
  «партиясы») takes the pronominal -н- endings.
- `russian_name_nominative(name)`: the nominative of a person's name written in an oblique
  case, by finding the gender and case that every word of the name agrees on.

All three are pure functions; the pymorphy3 analyser is built once, lazily, on first use.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# pymorphy3's second genitive/locative/accusative count as the case they stand in for.
_CASE_ALIASES = {"gen1": "gent", "gen2": "gent", "loc1": "loct", "loc2": "loct", "acc2": "accs"}

_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
_ADJECTIVE_ENDINGS = ("ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие")
_HUSHING = frozenset("жшчщц")
_VELAR_OR_HUSHING = frozenset("гкхжшчщ")
_INDECLINABLE_VOWELS = frozenset("оеэуюыиё")
_CONSONANTS = frozenset("бвгджзйклмнпрстфхцчшщ")

Forms = dict[tuple[str, str], frozenset[str]]  # (number, case) -> words


@lru_cache(maxsize=1)
def _analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


# ---------------------------------------------------------------------------- Russian forms


def russian_forms(phrase: str) -> frozenset[str]:
    """Every case form of a Russian name phrase given in the nominative, the phrase included."""
    return _russian_forms(phrase)


@lru_cache(maxsize=65536)
def _russian_forms(phrase: str) -> frozenset[str]:
    parts = re.split(r"(\s+)", phrase.strip())
    words, gaps = parts[0::2], parts[1::2]
    if not words or not _inflectable(words[0]):
        return frozenset({phrase})

    adjectives: list[Forms] = []
    i = 0
    while i < len(words) and _inflectable(words[i]):
        forms = _adjective_forms(words[i])
        if forms is None:
            break
        adjectives.append(forms)
        i += 1

    head: Forms | None = None
    if i < len(words) and _inflectable(words[i]):
        has_tail = i + 1 < len(words)
        head = _noun_forms(words[i], proper_name_in_phrase=has_tail)
        i += 1
    if head is None and not adjectives:
        return frozenset({phrase})

    numbers = {n for n, _ in head} if head else {n for a in adjectives for n, _ in a}
    fixed_tail = words[i:] if head is not None else words[len(adjectives) :]
    results = {phrase}
    for number, case in product(sorted(numbers), CASES):
        slots = [{a.get((number, case)) or a.get((_own_number(a), case))} for a in adjectives]
        if head is not None:
            slots.append(set(head.get((number, case), ())))
        if any(not s or None in s for s in slots):
            continue
        for chosen in product(*slots):
            inflected = list(chosen) + fixed_tail
            text = inflected[0]
            for gap, word in zip(gaps, inflected[1:]):
                text += gap + word
            results.add(text)
    return frozenset(results)


def _own_number(forms: Forms) -> str:
    return next(iter(forms))[0]


def _inflectable(word: str) -> bool:
    """A Cyrillic word (hyphens allowed) that is not an abbreviation such as ВКО."""
    if not _CYRILLIC_WORD.fullmatch(word):
        return False
    last = word.rsplit("-", 1)[-1]
    return not (len(last) > 1 and last.isupper())


def _split_hyphen(word: str) -> tuple[str, str]:
    """('Восточно-', 'Казахстанская'): only the last part of a hyphenated word inflects."""
    cut = word.rfind("-") + 1
    return word[:cut], word[cut:]


def _restyle(form: str, model: str) -> str:
    """Give a generated lower-case form the capitalisation (and е/ё spelling) of `model`."""
    if "ё" not in model.lower():
        form = form.replace("ё", "е")
    if model.isupper():
        return form.upper()
    if model[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def _same_word(a: str, b: str) -> bool:
    return a.lower().replace("ё", "е") == b.lower().replace("ё", "е")


def _from_dictionary(parse) -> bool:
    stack = parse.methods_stack
    return len(stack) == 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"


def _case_of(tag) -> str | None:
    case = tag.case
    return _CASE_ALIASES.get(case, case) if case else None


@lru_cache(maxsize=65536)
def _adjective_forms(word: str) -> Forms | None:
    """Forms of a full adjective in its own gender and number, or None if it is not one."""
    prefix, last = _split_hyphen(word)
    if not last.lower().endswith(_ADJECTIVE_ENDINGS):
        return None
    for parse in _analyzer().parse(last):
        tag = parse.tag
        if tag.POS != "ADJF" or tag.case != "nomn" or not _same_word(parse.word, last):
            continue
        forms: dict[tuple[str, str], set[str]] = {}
        for form in parse.lexeme:
            ft = form.tag
            if ft.POS != "ADJF" or ft.number != tag.number:
                continue
            if tag.number == "sing" and ft.gender != tag.gender:
                continue
            if ft.animacy == "anim" or "Cmp2" in ft or "Supr" in ft:
                continue  # names of places and parties are inanimate
            case = _case_of(ft)
            if case in CASES and (case, "V-oy") != (case, ft._str.split(",")[-1]):
                forms.setdefault((ft.number, case), set()).add(prefix + _restyle(form.word, last))
        if all((tag.number, c) in forms for c in CASES):
            return {k: frozenset(v) for k, v in forms.items()}
    return None


@lru_cache(maxsize=65536)
def _noun_forms(word: str, proper_name_in_phrase: bool = False) -> Forms | None:
    """Case forms of a noun in the nominative: from the dictionary, else by declension rules.

    A capitalised word that the dictionary does not know is a proper name; pymorphy3's
    guesses for those are poor (Шымкент as a surname, Жанаозен as a short adjective), so the
    rules decline it. Inside a longer phrase («Нур Отан», «Ак жол») such a name is left as it
    is: Kazakh compound names are not declined in Russian text.
    """
    prefix, last = _split_hyphen(word)
    proper = last[:1].isupper()
    parse = _best_noun_parse(last, dictionary_only=proper)
    if parse is not None:
        forms = _lexeme_forms(parse, last)
    elif proper and proper_name_in_phrase:
        return None
    else:
        forms = _rule_forms(last)
    if forms is None:
        return None
    return {key: frozenset(prefix + w for w in words) for key, words in forms.items()}


def _best_noun_parse(word: str, dictionary_only: bool):
    candidates = []
    for parse in _analyzer().parse(word):
        tag = parse.tag
        if tag.POS != "NOUN" or tag.case != "nomn" or not _same_word(parse.word, word):
            continue
        if "Surn" in tag or "Patr" in tag:
            continue  # surname declension (-ым) is not place-name declension
        known = _from_dictionary(parse)
        if dictionary_only and not known:
            continue
        rank = ("Geox" in tag, known, tag.number == "sing", tag.animacy == "inan", parse.score)
        candidates.append((rank, parse))
    return max(candidates, key=lambda c: c[0])[1] if candidates else None


def _lexeme_forms(parse, model: str) -> dict[tuple[str, str], set[str]]:
    """The lexeme in the number of the parse; animate plurals (group nouns) add the singular."""
    numbers = {parse.tag.number}
    if parse.tag.number == "plur" and parse.tag.animacy == "anim":
        numbers.add("sing")
    if "Fixd" in parse.tag:
        return {(n, c): {model} for n in numbers for c in CASES}
    forms: dict[tuple[str, str], set[str]] = {}
    for form in parse.lexeme:
        case = _case_of(form.tag)
        if case in CASES and form.tag.number in numbers:
            forms.setdefault((form.tag.number, case), set()).add(_restyle(form.word, model))
    return forms


def _rule_forms(word: str) -> dict[tuple[str, str], set[str]]:
    """Decline a word pymorphy3 does not know by the plain Russian rules (singular only)."""
    low = word.lower()
    end, stem = low[-1], low[:-1]

    def table(**endings: str) -> dict[tuple[str, str], set[str]]:
        out: dict[tuple[str, str], set[str]] = {}
        for case in CASES:
            base = stem if case != "nomn" else low
            variants = endings.get(case, "").split("|") if case != "nomn" else [""]
            out[("sing", case)] = {_restyle(base + v if case != "nomn" else low, word) for v in variants}
        return out

    if end in _INDECLINABLE_VOWELS or end not in _CONSONANTS | {"а", "я", "ь"}:
        return {("sing", c): {word} for c in CASES}
    if end == "а":
        gent = "и" if stem[-1:] in _VELAR_OR_HUSHING else "ы"
        ablt = "ей|ой" if stem[-1:] in _HUSHING else "ой"
        return table(gent=gent, datv="е", accs="у", ablt=ablt, loct="е")
    if end == "я":
        if stem.endswith("и"):
            return table(gent="и", datv="и", accs="ю", ablt="ей", loct="и")
        return table(gent="и", datv="е", accs="ю", ablt="ей", loct="е")
    if end == "ь":  # gender unknown: both declensions (Сарань is feminine, Кремль masculine)
        return table(gent="я|и", datv="ю|и", accs="ь|я", ablt="ем|ью", loct="е|и")
    if end == "й":
        if stem.endswith("и"):
            return table(gent="я", datv="ю", accs="й", ablt="ем", loct="и")
        return table(gent="я", datv="ю", accs="й", ablt="ем", loct="е")
    # A consonant: masculine second declension; the endings attach to the whole word.
    stem = low
    ablt = "ем|ом" if end in _HUSHING else "ом"
    if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        ablt += "|ым"  # towns named after people: «под Сатпаевым» is common usage
    forms = table(gent="а", datv="у", accs="", ablt=ablt, loct="е")
    return forms


# ----------------------------------------------------------------------------- Kazakh forms

_KK_BACK = frozenset("аоұыяёю")
_KK_FRONT = frozenset("әеөүіэ")
_KK_VOWELS = _KK_BACK | _KK_FRONT
_KK_NASAL = frozenset("мнң")
_KK_SONORANT = frozenset("лрйуиzжз".replace("z", ""))  # л р й у и з ж: voiced, not nasal
_KK_VOICELESS = frozenset("кқпстфхцчшщһбвгд")  # final б в г д are devoiced

# Suffixes as (back, front) pairs per case and per class of the final sound.
_KK_SUFFIXES: dict[str, dict[str, tuple[str, str]]] = {
    "gen": {"vowel": ("ның", "нің"), "nasal": ("ның", "нің"), "sonorant": ("дың", "дің"), "voiceless": ("тың", "тің")},
    "dat": {"vowel": ("ға", "ге"), "nasal": ("ға", "ге"), "sonorant": ("ға", "ге"), "voiceless": ("қа", "ке")},
    "acc": {"vowel": ("ны", "ні"), "nasal": ("ды", "ді"), "sonorant": ("ды", "ді"), "voiceless": ("ты", "ті")},
    "loc": {"vowel": ("да", "де"), "nasal": ("да", "де"), "sonorant": ("да", "де"), "voiceless": ("та", "те")},
    "abl": {"vowel": ("дан", "ден"), "nasal": ("нан", "нен"), "sonorant": ("дан", "ден"), "voiceless": ("тан", "тен")},
    "ins": {"vowel": ("мен", "мен"), "nasal": ("мен", "мен"), "sonorant": ("мен", "мен"), "voiceless": ("пен", "пен")},
}
# After з and ж the instrumental is -бен.
_KK_INSTRUMENTAL_AFTER_Z = "бен"
# After a 3rd-person possessive (облысы, партиясы) the endings take a pronominal -н-.
_KK_POSSESSIVE: dict[str, tuple[str, str]] = {
    "gen": ("ның", "нің"),
    "dat": ("на", "не"),
    "acc": ("н", "н"),
    "loc": ("нда", "нде"),
    "abl": ("нан", "нен"),
    "ins": ("мен", "мен"),
}


def kazakh_forms(phrase: str) -> frozenset[str]:
    """The phrase with each Kazakh case ending on its last word, the phrase included.

    A last word that is lower-case and ends in -ы/-і in a phrase of several words is a
    3rd-person possessive («Ақмола облысы», «AMANAT партиясы»); other words take the plain
    endings. Abbreviations, Latin words and quoted last words are left alone.
    """
    head, sep, last = phrase.strip().rpartition(" ")
    if not _CYRILLIC_WORD.fullmatch(last) or (len(last) > 1 and last.isupper()):
        return frozenset({phrase})
    base = head + sep
    low = last.lower()
    front = _kk_is_front(low)
    possessive = bool(head) and last.islower() and low[-1] in "ыі"
    results = {phrase}
    if possessive:
        for back_suffix, front_suffix in _KK_POSSESSIVE.values():
            results.add(base + last + (front_suffix if front else back_suffix))
        return frozenset(results)
    sound = _kk_final_class(low)
    for case, table in _KK_SUFFIXES.items():
        back_suffix, front_suffix = table[sound]
        suffix = front_suffix if front else back_suffix
        if case == "ins" and low[-1] in "зж":
            suffix = _KK_INSTRUMENTAL_AFTER_Z
        results.add(base + last + _restyle(suffix, last[-1]))
    return frozenset(results)


def _kk_is_front(word: str) -> bool:
    """Vowel harmony: the last unambiguous vowel decides (у and и can be either)."""
    for letter in reversed(word):
        if letter in _KK_FRONT:
            return True
        if letter in _KK_BACK:
            return False
    return False


def _kk_final_class(word: str) -> str:
    last = word.rstrip("ьъ")[-1:]
    if last in _KK_VOWELS:
        return "vowel"
    if last in _KK_NASAL:
        return "nasal"
    if last in _KK_VOICELESS:
        return "voiceless"
    return "sonorant"


# ------------------------------------------------------------------ nominative of a person

_GENDERS = ("masc", "femn")
_SURNAME_STEMS = ("ов", "ев", "ёв", "ин", "ын")
# ending after a surname stem -> readings (gender, case) and the ending of the nominative
_SURNAME_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "": (("masc", "nomn"),),
    "а": (("masc", "gent"), ("masc", "accs"), ("femn", "nomn")),
    "у": (("masc", "datv"), ("femn", "accs")),
    "ым": (("masc", "ablt"),),
    "е": (("masc", "loct"),),
    "ой": (("femn", "gent"), ("femn", "datv"), ("femn", "ablt"), ("femn", "loct")),
    "ою": (("femn", "ablt"),),
}
_PATRONYMIC_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "ич": (("masc", "nomn"),),
    "ича": (("masc", "gent"), ("masc", "accs")),
    "ичу": (("masc", "datv"),),
    "ичем": (("masc", "ablt"),),
    "иче": (("masc", "loct"),),
    "на": (("femn", "nomn"),),
    "ны": (("femn", "gent"),),
    "не": (("femn", "datv"), ("femn", "loct")),
    "ну": (("femn", "accs"),),
    "ной": (("femn", "ablt"),),
}
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
)
_KAZAKH_PATRONYMIC = {"улы": "masc", "ұлы": "masc", "уулу": "masc", "кызы": "femn", "қызы": "femn"}

Reading = tuple[str, str]  # (gender, case)


def russian_name_nominative(name: str) -> str:
    """Best-effort nominative of a person's name («Азату Перуашеву» → «Азат Перуашев»).

    Each word gets candidate readings (gender, case) with a weight and the nominative it
    implies: from pymorphy3's Name/Surn/Patr analyses, from the surname and patronymic
    endings, and weakly from first-name endings. The reading with the largest total weight
    wins; a name that reads as a nominative is returned unchanged.
    """
    words = name.split()
    if not words or not all(_CYRILLIC_WORD.fullmatch(w) for w in words):
        return name
    per_word = [_name_readings(w) for w in words]
    candidates = {r for readings in per_word for r in readings}
    if not candidates:
        return name

    def total(reading: Reading) -> float:
        return sum(readings[reading][0] if reading in readings else (-0.5 if readings else 0.0) for readings in per_word)

    best = max(candidates, key=lambda r: (round(total(r), 6), r[1] == "nomn", -CASES.index(r[1])))
    if best[1] == "nomn":
        return name
    out = [readings[best][1] if best in readings else word for word, readings in zip(words, per_word)]
    return " ".join(out)


@lru_cache(maxsize=65536)
def _name_readings(word: str) -> dict[Reading, tuple[float, str]]:
    """(gender, case) -> (weight, nominative of this word under that reading)."""
    readings: dict[Reading, tuple[float, str]] = {}

    def add(reading: Reading, weight: float, nominative: str) -> None:
        old = readings.get(reading)
        if old is None:
            readings[reading] = (weight, _restyle(nominative, word))
        else:
            readings[reading] = (old[0] + weight, old[1])

    low = word.lower()
    if low in _KAZAKH_PATRONYMIC:
        for case in CASES:
            add((_KAZAKH_PATRONYMIC[low], case), 0.5, low)
        return readings

    for parse in _analyzer().parse(word):
        tag = parse.tag
        if tag.POS != "NOUN" or tag.number != "sing" or not ({"Name", "Surn", "Patr"} & tag.grammemes):
            continue
        case = _case_of(tag)
        if tag.gender not in _GENDERS or case not in CASES:
            continue
        nominative = parse.inflect({"nomn"})
        if nominative is None:
            continue
        weight = parse.score * (1.0 if _from_dictionary(parse) else 0.6)
        add((tag.gender, case), weight, nominative.word)

    for ending, found in _SURNAME_ENDINGS.items():
        stem = low[: len(low) - len(ending)] if ending else low
        if low.endswith(ending) and stem.endswith(_SURNAME_STEMS) and len(stem) >= 4:
            for gender, case in found:
                add((gender, case), 0.5, stem + ("а" if gender == "femn" else ""))
    for ending, found in _PATRONYMIC_ENDINGS.items():
        stem = low[: len(low) - len(ending)]
        if low.endswith(ending) and stem.endswith(("ович", "евич", "ич", "овна", "евна", "ична", "инична")[0:0] or ()) is False:
            pass
        if low.endswith(ending) and (stem + ending[:2]).endswith(("вич", "вна", "чна")) is False:
            pass
    _add_patronymic(low, add)

    if not readings and word[:1].isupper():
        for ending, nominative_ending, found in _FIRST_NAME_ENDINGS:
            stem = low[: len(low) - len(ending)]
            if low.endswith(ending) and len(stem) >= 3 and stem[-1] in _CONSONANTS:
                for reading in found:
                    add(reading, 0.2, stem + nominative_ending)
        if low[-1:] in _CONSONANTS:
            add(("masc", "nomn"), 0.2, low)
        elif low.endswith("а"):
            add(("femn", "nomn"), 0.2, low)
    return readings
