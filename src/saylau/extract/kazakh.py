"""Kazakh case forms of a name, generated from the nominative.

Kazakh adds case endings to the last word, chosen by vowel harmony (back or front vowels)
and by the sound the word ends in (vowel, nasal, voiced or voiceless consonant); a last
word in the 3rd-person possessive («облысы», «партиясы») takes the pronominal -н- endings.
"""
from __future__ import annotations

import re

from .morphology import KAZAKH_WORD, restyle

# A word that ends in the genitive («ауруханасының») or the dative («жұмысына», «съезге»): read
# by the builders of organisations' names, which take a name's case from its last word.
GENITIVE_END = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
DATIVE_END = re.compile(r"(?:ға|ге|қа|ке|на|не)$")

_KK_BACK = frozenset("аоұыяёю")
_KK_FRONT = frozenset("әеөүіэ")
_KK_VOWELS = _KK_BACK | _KK_FRONT
_KK_NASAL = frozenset("мнң")
_KK_VOICELESS = frozenset("кқпстфхцчшщһбвгд")  # final б в г д are devoiced

# Suffixes as (back, front) pairs per case and per class of the final sound.
_KK_SUFFIXES: dict[str, dict[str, tuple[str, str]]] = {
    "gen": {"vowel": ("ның", "нің"), "nasal": ("ның", "нің"), "sonorant": ("дың", "дің"), "voiceless": ("тың", "тің")},
    "dat": {"vowel": ("ға", "ге"), "nasal": ("ға", "ге"), "sonorant": ("ға", "ге"), "voiceless": ("қа", "ке")},
    "acc": {"vowel": ("ны", "ні"), "nasal": ("ды", "ді"), "sonorant": ("ды", "ді"), "voiceless": ("ты", "ті")},
    "loc": {"vowel": ("да", "де"), "nasal": ("да", "де"), "sonorant": ("да", "де"), "voiceless": ("та", "те")},
    # the locative made an adjective: «Көкшетаудағы кездесу», the meeting in Kokshetau
    "loc_rel": {"vowel": ("дағы", "дегі"), "nasal": ("дағы", "дегі"), "sonorant": ("дағы", "дегі"), "voiceless": ("тағы", "тегі")},
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
    "loc_rel": ("ндағы", "ндегі"),
    "abl": ("нан", "нен"),
    "ins": ("мен", "мен"),
}


def kazakh_forms(phrase: str) -> frozenset[str]:
    """The phrase with each Kazakh case ending on its last word, the phrase included.

    In a phrase of several words, a last word in -сы/-сі, or lower-case and in -ы/-і, is a
    3rd-person possessive («Ақмола облысы», «AMANAT партиясы», «Хан Ордасы»); other words
    take the plain endings. Abbreviations, Latin words and quoted last words are left alone.
    """
    head, sep, last = phrase.strip().rpartition(" ")
    if not KAZAKH_WORD.fullmatch(last) or (len(last) > 1 and last.isupper()):
        return frozenset({phrase})
    base = head + sep
    low = last.lower()
    front = _kk_is_front(low)
    possessive = bool(head) and (low.endswith(("сы", "сі")) or (last.islower() and low[-1] in "ыі"))
    results = {phrase}
    if possessive:
        for back_suffix, front_suffix in _KK_POSSESSIVE.values():
            results.add(base + last + (front_suffix if front else back_suffix))
        return frozenset(results)
    if low.endswith("ск"):
        # Russian town names in -ск take a linking -і- and front endings («Шахтинскіде»,
        # «Щучинскіге», «Усть-Каменогорскідегі») beside the plain ones
        for table in _KK_SUFFIXES.values():
            results.add(base + last + restyle("і" + table["vowel"][1], last[-1]))
    sound = _kk_final_class(low)
    for case, table in _KK_SUFFIXES.items():
        back_suffix, front_suffix = table[sound]
        suffix = front_suffix if front else back_suffix
        if case == "ins" and low[-1] in "зж":
            suffix = _KK_INSTRUMENTAL_AFTER_Z
        results.add(base + last + restyle(suffix, last[-1]))
    return frozenset(results)


def _kk_is_front(word: str) -> bool:
    """Vowel harmony: the last unambiguous vowel decides (у and и can be either). The е of a
    Russian-style ending -ев is not read («Қонаевта», «Тоқаевтың», as the vowels before it decide)."""
    if word.endswith("ев") and any(letter in _KK_VOWELS for letter in word[:-2]):
        word = word[:-2]
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


# The suffix that makes a town's people of its name («қарағандылық», «шымкенттік»), by the
# class of the final sound, as (back, front).
_KK_DEMONYM = {"vowel": ("лық", "лік"), "nasal": ("дық", "дік"), "sonorant": ("дық", "дік"), "voiceless": ("тық", "тік")}
# (р, й and у take -лық as vowels do: «павлодарлық», «семейлік», «атыраулық»)
_KK_DEMONYM_AS_VOWEL = frozenset("рйу")


def kazakh_demonym(name: str) -> tuple[str, str] | None:
    """The word for a person of a town, and its plural, for a one-word Cyrillic town name:
    «Қарағанды» -> («қарағандылық», «қарағандылықтар»). None for other names."""
    low = name.lower()
    if " " in low or not KAZAKH_WORD.fullmatch(low):
        return None
    front = _kk_is_front(low)
    sound = "vowel" if low[-1] in _KK_DEMONYM_AS_VOWEL else _kk_final_class(low)
    singular = low + _KK_DEMONYM[sound][front]
    return singular, singular + ("тер" if front else "тар")
