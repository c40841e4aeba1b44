"""Case forms of Russian names, generated from the nominative.

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
- `russian_adjective_forms(word)`: every gender, number and case of an adjective (region
  stems agree with whatever noun follows them).

Kazakh endings are in kazakh.py and the nominative of person names in person_names.py.
These are pure functions; the pymorphy3 analyser is built once, lazily, on first use.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# pymorphy3's second genitive/locative/accusative count as the case they stand in for.
_CASE_ALIASES = {"gen1": "gent", "gen2": "gent", "loc1": "loct", "loc2": "loct", "acc2": "accs"}

_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
KAZAKH_WORD = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+(?:-[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)*")
_KAZAKH_LETTERS = frozenset("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
_ARCHAIC = frozenset({"V-oy", "V-ey"})  # «партиею», «Акмолинскою»: not written in news today
_ADJECTIVE_ENDINGS = ("ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие")
_HUSHING = frozenset("жшчщц")
_VELAR_OR_HUSHING = frozenset("гкхжшчщ")
CONSONANTS = frozenset("бвгджзйклмнпрстфхцчшщ")

Forms = dict[tuple[str, str], frozenset[str]]  # (number, case) -> words


@lru_cache(maxsize=1)
def analyzer():
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
    if not words or not _inflectable(words[0]) or _looks_kazakh(words):
        return frozenset({phrase})

    adjectives: list[Forms] = []
    gender = None
    i = 0
    while i < len(words) and _inflectable(words[i]):
        found = _adjective_forms(words[i])
        if found is None:
            break
        gender, forms = found
        adjectives.append(forms)
        i += 1

    head: Forms | None = None
    if i < len(words) and _inflectable(words[i]):
        head = _noun_forms(words[i], tail=i + 1 < len(words), gender=gender if adjectives else None)
        i += 1
    if head is None and not adjectives:
        return frozenset({phrase})

    numbers = {n for n, _ in head} if head else {n for a in adjectives for n, _ in a}
    fixed_tail = words[i:] if head is not None else words[len(adjectives) :]
    results = {phrase}
    for number, case in product(sorted(numbers), CASES):
        slots = [a.get((number, case), frozenset()) for a in adjectives]
        if head is not None:
            slots.append(head.get((number, case), frozenset()))
        if not all(slots):
            continue  # e.g. a singular adjective before a group noun in the plural
        for chosen in product(*slots):
            inflected = list(chosen) + fixed_tail
            text = inflected[0]
            for gap, word in zip(gaps, inflected[1:]):
                text += gap + word
            results.add(text)
    return frozenset(results)


@lru_cache(maxsize=65536)
def is_genitive(word: str) -> bool:
    """Whether the dictionary reads a Russian word (its last part, if hyphenated) as a noun,
    adjective, participle or numeral in the genitive."""
    last = split_hyphen(word)[1].lower()
    return any(case_of(p.tag) == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR") for p in analyzer().parse(last))


@lru_cache(maxsize=65536)
def adjective_of_next_word(word: str, next_word: str) -> bool:
    """Whether a Russian adjective agrees with the lower-case word after it, an adjective or noun
    in the same case, gender and number («в Молодёжном ресурсном центре», «Павлодарском
    колледже»): the adjective then describes that word rather than naming a place."""
    if not (_CYRILLIC_WORD.fullmatch(word) and _CYRILLIC_WORD.fullmatch(next_word)) or not next_word.islower():
        return False
    parse = analyzer().parse
    own = {_agreement(p.tag) for p in parse(word.lower()) if p.tag.POS == "ADJF"}
    return bool(own) and any(_agreement(p.tag) in own for p in parse(next_word) if p.tag.POS in ("ADJF", "NOUN", "PRTF"))


def _agreement(tag) -> tuple:
    return (case_of(tag), tag.number, tag.gender if tag.number == "sing" else None)


@lru_cache(maxsize=65536)
def is_infinitive(word: str) -> bool:
    """Whether the Russian dictionary reads a word as a verb's infinitive («участвовать»)."""
    return any(p.tag.POS == "INFN" for p in analyzer().parse(word.lower()))


@lru_cache(maxsize=65536)
def known_word(word: str) -> bool:
    """Whether the Russian dictionary knows the word (not a guess from its ending)."""
    return any(from_dictionary(p) for p in analyzer().parse(split_hyphen(word)[1].lower()))


def russian_nominative_of_genitive(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The nominative of a Russian name phrase written in the genitive, as after «с коллективом»
    or «сотрудниками»: «Западно-Алтайского государственного природного заповедника» gives
    «Западно-Алтайский государственный природный заповедник». The adjectives before the head
    noun and the head itself change; what follows the head (its own genitive, «№4», a quoted
    name) stays. None where the phrase does not open with adjectives and a noun in the genitive."""
    return _nominative_of(words, "gent")


def russian_nominative(words: tuple[str, ...], case: str) -> tuple[str, ...] | None:
    """The same for a phrase in another case (`case` as pymorphy names it: "accs", "loct",
    "ablt", "datv"): «в Павлодарском музыкальном колледже» gives «Павлодарский музыкальный
    колледж»."""
    return _nominative_of(words, case)


@lru_cache(maxsize=16384)
def _nominative_of(words: tuple[str, ...], case: str) -> tuple[str, ...] | None:
    adjectives: list[tuple[int, object]] = []
    for i, word in enumerate(words):
        if not _inflectable(word):
            return None
        prefix, last = split_hyphen(word)
        parses = [p for p in analyzer().parse(last.lower()) if case_of(p.tag) == case]
        noun = next((p for p in parses if p.tag.POS == "NOUN"), None)
        adjective = next((p for p in parses if p.tag.POS in ("ADJF", "PRTF")), None)
        if noun is not None and (adjective is None or i + 1 == len(words) or not _inflectable(words[i + 1])):
            number = "plur" if "plur" in noun.tag else "sing"
            head = noun.inflect({"nomn", number})
            if head is None:
                return None
            out = list(words)
            out[i] = prefix + restyle(head.word, last)
            for j, parse in adjectives:
                grammemes = {"nomn", number} | ({noun.tag.gender} if number == "sing" and noun.tag.gender else set())
                form = parse.inflect(grammemes)
                if form is None:
                    return None
                before, original = split_hyphen(words[j])
                out[j] = before + restyle(form.word, original)
            return tuple(out)
        if adjective is None:
            return None
        adjectives.append((i, adjective))
    return None


@lru_cache(maxsize=1024)
def russian_verb_forms(infinitive: str) -> frozenset[str]:
    """The indicative forms and gerunds of a Russian verb given by its infinitive («посещать»:
    посещает, посещают, посещал, посещая …), with ё also written е. A cue written as a verb's
    infinitive thus reads the verb in every tense and person, not only in the stem it was
    written with: «посетил*» never matched «посещают», the same visit under way. (Not the
    infinitive or the imperative, which name an intention or a call, nor the participles,
    which describe people: «приезжающие».) Empty where the dictionary has no such verb."""
    parses = [p for p in analyzer().parse(infinitive.lower()) if "INFN" in p.tag and from_dictionary(p)]
    if not parses:
        return frozenset()
    forms = {
        f.word for f in parses[0].lexeme if (f.tag.POS == "VERB" and "impr" not in f.tag) or f.tag.POS == "GRND"
    }
    return frozenset(forms | {w.replace("ё", "е") for w in forms})


@lru_cache(maxsize=4096)
def russian_adjective_forms(word: str) -> frozenset[str]:
    """Every gender, number and case of a Russian adjective given in any form.

    Region stems are adjectives that agree with whatever noun follows: «Атырауского
    областного штаба», «в Акмолинской, Костанайской и Павлодарской областях».
    """
    if not _inflectable(word):
        return frozenset({word})
    head, last = split_hyphen(word)
    for parse in analyzer().parse(last.lower()):
        if "ADJF" in parse.tag:
            forms = {f.word for f in parse.lexeme if "ADJF" in f.tag}
            return frozenset({word} | {head + restyle(form, last) for form in forms})
    return frozenset({word})


def _looks_kazakh(words: list[str]) -> bool:
    """A Kazakh phrase given to the Russian generator: Kazakh letters, or a possessive tail
    («Павлодар облысы», «Асар партиясы») that the Russian dictionary does not know."""
    if any(_KAZAKH_LETTERS & set(w) for w in words):
        return True
    for word in words[1:]:
        bare = word.strip("«»\"'.,")
        if bare.islower() and bare.endswith(("ы", "і")):
            if not any(from_dictionary(parse) for parse in analyzer().parse(bare)):
                return True
    return False


def _inflectable(word: str) -> bool:
    """A Cyrillic word (hyphens allowed) that is not an abbreviation such as ВКО."""
    if not _CYRILLIC_WORD.fullmatch(word):
        return False
    last = word.rsplit("-", 1)[-1]
    return not (len(last) > 1 and last.isupper())


def split_hyphen(word: str) -> tuple[str, str]:
    """('Восточно-', 'Казахстанская'): only the last part of a hyphenated word inflects."""
    cut = word.rfind("-") + 1
    return word[:cut], word[cut:]


def restyle(form: str, model: str) -> str:
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


def from_dictionary(parse) -> bool:
    stack = parse.methods_stack
    return len(stack) == 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"


def case_of(tag) -> str | None:
    case = tag.case
    return _CASE_ALIASES.get(case, case) if case else None


@lru_cache(maxsize=4096)
def is_people(word: str) -> bool:
    """Whether a Russian word is most likely an animate noun in the nominative plural
    («родители», «шахтёры», «владельцы»): people who may be the subject of a clause."""
    if not _CYRILLIC_WORD.fullmatch(word):
        return False
    tag = analyzer().parse(word)[0].tag
    return tag.POS == "NOUN" and "anim" in tag and tag.number == "plur" and case_of(tag) == "nomn"


@lru_cache(maxsize=4096)
def past_verb_lemma(word: str) -> str | None:
    """The infinitive of a Russian verb in the past tense («высказали» → «высказать»), where
    that is the word's likeliest reading; None for any other word."""
    if not _CYRILLIC_WORD.fullmatch(word):
        return None
    parse = analyzer().parse(word)[0]
    return parse.normal_form if parse.tag.POS == "VERB" and "past" in parse.tag else None


@lru_cache(maxsize=4096)
def is_nominative(word: str) -> bool:
    """Whether a Russian word is most likely in the nominative (its likeliest reading)."""
    if not _CYRILLIC_WORD.fullmatch(word):
        return False
    return case_of(analyzer().parse(word)[0].tag) == "nomn"


@lru_cache(maxsize=4096)
def noun_cases(word: str) -> frozenset[str]:
    """The cases a Russian word can be in as a singular noun («кандидата»: genitive or
    accusative); empty for any other word."""
    if not _CYRILLIC_WORD.fullmatch(word):
        return frozenset()
    return frozenset(
        case for case in (case_of(p.tag) for p in analyzer().parse(word) if p.tag.POS == "NOUN" and p.tag.number == "sing") if case
    )


@lru_cache(maxsize=65536)
def _adjective_forms(word: str) -> tuple[str, Forms] | None:
    """(gender or "plur", forms) of a full adjective in its own gender and number, or None
    if the word is not an adjective in the nominative. Where the dictionary has two lemmas
    («Большая»: большой and больший) the forms of both are kept."""
    prefix, last = split_hyphen(word)
    if not last.lower().endswith(_ADJECTIVE_ENDINGS):
        return None
    agreement = None
    forms: dict[tuple[str, str], set[str]] = {}
    for parse in analyzer().parse(last):
        tag = parse.tag
        if tag.POS != "ADJF" or tag.case != "nomn" or not _same_word(parse.word, last):
            continue
        if agreement is None:
            agreement = (tag.gender, tag.number)
        if (tag.gender, tag.number) != agreement:
            continue
        for form in parse.lexeme:
            ft = form.tag
            if ft.POS != "ADJF" or (ft.gender, ft.number) != agreement:
                continue
            if ft.animacy == "anim" or "Supr" in ft.grammemes or _ARCHAIC & ft.grammemes:
                continue  # names of places and parties are inanimate
            case = case_of(ft)
            if case in CASES:
                forms.setdefault((ft.number, case), set()).add(prefix + restyle(form.word, last))
    if agreement is None or not all((agreement[1], c) in forms for c in CASES):
        return None
    return agreement[0] or agreement[1], {k: frozenset(v) for k, v in forms.items()}


@lru_cache(maxsize=65536)
def _noun_forms(word: str, tail: bool = False, gender: str | None = None) -> Forms | None:
    """Case forms of a noun in the nominative: from the dictionary, else by declension rules.

    A capitalised word that the dictionary does not know is a proper name; pymorphy3's
    guesses for those are poor (Шымкент as a surname, Жанаозен as a short adjective), so the
    rules decline it. A name followed by more words («Нур Отан», «Ак жол», «Кабанбай
    батыр») is a Kazakh compound, which Russian text does not decline; a common noun
    followed by a name («Партия Аманат») still declines. `tail` is true if words follow;
    `gender` is that of the adjectives before the noun, which it must agree with.
    """
    prefix, last = split_hyphen(word)
    proper = last[:1].isupper()
    parse = _best_noun_parse(last, proper, gender)
    if proper and tail and (parse is None or {"Name", "Geox"} & parse.tag.grammemes):
        return None
    if parse is not None:
        forms = _lexeme_forms(parse, last)
    elif proper:
        forms = _rule_forms(last)
    else:
        return None  # a common word not in the nominative («партией»): leave the phrase alone
    if forms is None:
        return None
    return {key: frozenset(prefix + w for w in words) for key, words in forms.items()}


def _best_noun_parse(word: str, dictionary_only: bool, gender: str | None = None):
    candidates = []
    for parse in analyzer().parse(word):
        tag = parse.tag
        if tag.POS != "NOUN" or tag.case != "nomn" or not _same_word(parse.word, word):
            continue
        if "Surn" in tag or "Patr" in tag:
            continue  # surname declension (-ым) is not place-name declension
        known = from_dictionary(parse)
        agrees = gender is None or gender in tag.grammemes
        if dictionary_only and not (known and agrees):
            continue
        rank = (agrees, "Geox" in tag, known, tag.number == "sing", tag.animacy == "inan", parse.score)
        candidates.append((rank, parse))
    return max(candidates, key=lambda c: c[0])[1] if candidates else None


def _lexeme_forms(parse, model: str) -> dict[tuple[str, str], set[str]]:
    """The lexeme in the number of the parse; animate plurals (group nouns) add the singular."""
    numbers = {parse.tag.number}
    if parse.tag.number == "plur" and parse.tag.animacy == "anim":
        numbers.add("sing")
    if "Fixd" in parse.tag:
        return {(n, c): {model} for n in numbers for c in CASES}
    unstressed_ts = parse.normal_form.endswith(("овец", "евец"))  # -овцев, -овцем
    forms: dict[tuple[str, str], set[str]] = {}
    for form in parse.lexeme:
        case = case_of(form.tag)
        if case in CASES and form.tag.number in numbers and not _ARCHAIC & form.tag.grammemes:
            word = form.word
            if unstressed_ts and word.endswith(("цов", "цом")):
                word = word[:-2] + "е" + word[-1]  # pymorphy3 guesses «ауыловцов» by analogy
            forms.setdefault((form.tag.number, case), set()).add(restyle(word, model))
    return forms


def _rule_forms(word: str) -> dict[tuple[str, str], set[str]]:
    """Decline a proper name pymorphy3 does not know by the plain Russian rules (singular).

    Each ending is "a|b" for variants; it replaces the last letter for -а/-я/-й/-ь words and
    is appended to consonant-final words.
    """
    low = word.lower()
    end = low[-1]

    def table(stem: str, gent: str, datv: str, accs: str, ablt: str, loct: str) -> dict:
        endings = {"gent": gent, "datv": datv, "accs": accs, "ablt": ablt, "loct": loct}
        out = {("sing", "nomn"): {word}}
        for case, variants in endings.items():
            out[("sing", case)] = {restyle(stem + v, word) for v in variants.split("|")}
        return out

    if end == "а":
        gent = "и" if low[-2:-1] in _VELAR_OR_HUSHING else "ы"
        ablt = "ей|ой" if low[-2:-1] in _HUSHING else "ой"
        return table(low[:-1], gent, "е", "у", ablt, "е")
    if end == "я":
        after_i = low.endswith("ия")
        return table(low[:-1], "и", "и" if after_i else "е", "ю", "ей", "и" if after_i else "е")
    if end == "ь":  # gender unknown: both declensions (Сарань is feminine, Кремль masculine)
        return table(low[:-1], "я|и", "ю|и", "ь", "ем|ью", "е|и")
    if end == "й":
        return table(low[:-1], "я", "ю", "й", "ем", "и" if low.endswith("ий") else "е")
    if low.endswith(("ово", "ево", "ино", "ыно")):  # «в Смирново» and «в Смирнове» are both written
        return table(low[:-1], "о|а", "о|у", "о", "о|ом", "о|е")
    if end in CONSONANTS:  # masculine second declension
        ablt = "ем|ом" if end in _HUSHING else "ом"
        if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
            ablt += "|ым"  # towns named after people: «под Сатпаевым» is common usage
        return table(low, "а", "у", "", ablt, "е")
    return {("sing", c): {word} for c in CASES}  # -о, -е, -у, -ы, -и ...: indeclinable
