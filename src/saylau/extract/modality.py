"""Whether a clause reports an activity as done or only as planned.

The codebook counts only activities that took place (or are taking place): "will hold",
«проведёт», «өткізбек» and a meeting "scheduled for Friday" are plans, not events. The test
is made per clause and by the grammar of each language rather than by phrases:

- English: an activity verb governed by a modal or a verb of intention ("will meet",
  "plans to visit") is future; so is a clause whose only activity words are nouns
  ("a meeting", "the debate") when the clause carries a future marker.
- Russian: the verbs of the clause are read by pymorphy3; a clause with a future-tense verb
  or a marker of intention and no past-tense verb is future.
- Kazakh puts the verb last: the clause's final verb decides, by its ending (intention
  -мақ/-бақ/-пақ, present-future -ады/-еді) and by markers such as «ертең», «алдағы».

The markers and endings are data (`cues.yaml`, `future`); this module holds only the grammar.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import ahocorasick

from .morphology import analyzer

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Russian verb forms worth a look-up: past (-л, -ла, -лся…) and finite non-past (-ет, -ит, -ут…).
# (the masculine past without -л too: «внёс», «привёз», «пришёл»)
_RU_PAST_ENDINGS = "л|ла|ло|ли|лся|лась|лось|лись|ёс|ес|ёз|ез|ёл|шел"
_RU_PAST_SHAPE = re.compile(f"(?:{_RU_PAST_ENDINGS})$")
_RU_NONPAST_SHAPE = re.compile(r"(?:ет|ёт|ит|ут|ют|ат|ят|етс|тся|утся|ются|ятся|атся)$")
# Kazakh final verbs that are past, or a past participle with an auxiliary: never future.
_KK_PAST = re.compile(r"(?:ды|ді|ты|ті|ған|ген|қан|кен|уда|уде|ыпты|іпті|пты|пті|деді|жатыр|отыр)$")
# English past verbs of activity: one of them in a clause reports something done, whatever a
# "will" later in it says ("talked to residents and explained how the party will tackle …").
# (Irregular ones, and regular ones that rarely stand as a participle after a noun.)
_EN_PAST_VERBS = frozenset(
    "met held went came took gave spoke told led sent began brought saw ran made visited toured opened "
    "talked explained discussed presented campaigned addressed answered greeted thanked chatted listened broadcast "
    # (simple pasts of doing that `_EN_SIMPLE_PAST` cannot see: irregular, or too short for
    # its "-ed"; none is also a present form or an adjective, none a verb of saying or being)
    "used fought laid sat stood won drove rode sang spent shook taught built sought".split()
)


@dataclass(frozen=True)
class FutureMarkers:
    en_before: frozenset[str]  # phrases that govern a verb of activity ("will", "plans to")
    en_clause: re.Pattern[str]
    en_clause_words: tuple[str, ...]  # a clause without any of these has no English marker
    ru_clause: re.Pattern[str]
    kk_clause: re.Pattern[str]
    kk_plan: re.Pattern[str]
    kk_endings: tuple[str, ...]
    kk_present_future: tuple[str, ...]
    kk_vowel_stems: frozenset[str]
    ru_reporting: tuple[str, ...]
    ru_not_verbs: frozenset[str]  # nouns the dictionary also reads as past verbs («сел»: villages)
    ru_decision: frozenset[str]  # lemmas of deciding: an infinitive after one is what was decided
    ru_intending: frozenset[str]  # lemmas of intending: past beside an infinitive, a thing meant
    kk_modal_last: frozenset[str]  # a Kazakh clause ending in one of these is a duty or a possibility
    kk_intending: tuple[str, ...] = ()  # converbs of planning before «отыр»/«жатыр»: a plan in progress
    # words of promising or preparing after a Kazakh activity word in the dative
    kk_dative_plan: re.Pattern[str] | None = None
    # words of convening before a Russian gathering («о созыве съезда»), and Kazakh ones after
    # it in the accusative («съезді … шақырды»)
    convening: re.Pattern[str] | None = None
    kk_convening: re.Pattern[str] | None = None
    # a Kazakh verbal noun in the accusative and a word of deciding after it: a plan
    kk_decided: re.Pattern[str] | None = None
    # words that say a gathering took place, by language: quoted, they report it done
    took_place: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # words that say an activity is taking place now ("is under way", «идут», «жүріп жатыр»)
    under_way: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # For a cheap look before each pattern: one word of each of its phrases, the longest (a
    # text the pattern matches holds one of them, lower-cased); empty where that look is not
    # sure to be right.
    en_clause_rare: tuple[str, ...] = ()
    ru_clause_rare: tuple[str, ...] = ()
    kk_clause_rare: tuple[str, ...] = ()
    kk_plan_rare: tuple[str, ...] = ()
    en_before_last: frozenset[str] = frozenset()  # the last word of each `en_before` phrase
    en_counts: frozenset[str] = frozenset()  # words that count activities after a verb of plan
    en_around_counts: frozenset[str] = frozenset()  # words that go with a count ("up to", "about")
    kk_intention: tuple[str, ...] = ()  # the endings of intention among `kk_endings` («-мақшы»)
    # an English verb of asking someone, then "to" and at most two words before the activity
    en_request: re.Pattern[str] | None = None
    # after a Kazakh activity word: a verbal noun in the accusative, then a word of demanding
    kk_request: re.Pattern[str] | None = None
    # after a Kazakh activity word: its day and place, a future participle in the accusative,
    # then a verb of saying («съезі 24 қыркүйекте Алматыда өтетінін хабарлады»)
    kk_told_will: re.Pattern[str] | None = None
    # the place of a gathering still to come, named beside the words that say so ("the congress,
    # to be held in Astana", «съезд, который пройдёт в Астане», «Астанада өтетін съезд»): by
    # language, the words before the place (English, Russian) or after it (Kazakh)
    venue_to_come: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # an activity named as one still to come ("the upcoming debate", "the debate due on 1 March",
    # «теледебаты, которые пройдут»): by language, the words that end right before the activity's
    # word, the words right after it, and the words of both to look for with `in` first
    to_come_before: dict[str, re.Pattern[str]] = field(default_factory=dict)
    to_come_after: dict[str, re.Pattern[str]] = field(default_factory=dict)
    to_come_words: dict[str, Words] = field(default_factory=dict)


# Letters whose lower case the patterns' IGNORECASE matching does not follow (it matches 'ſ'
# to 's', 'ı' to 'i', 'ᲃ' to 'с'): a clause with one of them gets no cheap look first.
_ODD_CASE = re.compile("[İıſ\u1c80-\u1c88]")
_PLAIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz'абвгдежзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі")


class Words(tuple):
    """Words to look for in a text with `in` (a tuple, as before): `any_in` and `found_in` read
    the text once, with an Aho-Corasick automaton of the words (built on first use), where
    `any(w in text for w in words)` read it once per word, tens of words most of them absent."""

    @cached_property
    def _automaton(self):
        if not self or "" in self:  # (no word, or one that every text holds: read as before)
            return None
        automaton = ahocorasick.Automaton()
        for word in self:
            automaton.add_word(word, word)
        automaton.make_automaton()
        return automaton

    def any_in(self, text: str) -> bool:
        """`any(w in text for w in self)`."""
        automaton = self._automaton
        if automaton is None:
            return any(w in text for w in self)
        return next(automaton.iter(text), None) is not None

    def found_in(self, text: str) -> tuple[str, ...]:
        """`tuple(w for w in self if w in text)`."""
        automaton = self._automaton
        if automaton is None:
            return tuple(w for w in self if w in text)
        found = {word for _, word in automaton.iter(text)}
        return tuple(w for w in self if w in found) if found else ()


def _rare_words(phrases, also=()) -> Words:
    """The longest word of each phrase (a `*` ends a word), for a look with `in` before the
    pattern; () where a word has a letter outside the plain ones."""
    words = {max((w.rstrip("*") for w in str(p).lower().split()), key=len) for p in phrases} | set(also)
    if "" in words or not all(set(w) <= _PLAIN_LETTERS for w in words):
        return Words()
    return Words(sorted(words))


def _any_in(words: tuple[str, ...], low: str) -> bool:
    """`any(w in low for w in words)`, in one pass where the words are `Words`."""
    return words.any_in(low) if type(words) is Words else any(w in low for w in words)


def _may_match(clause: str, low: str, rare: tuple[str, ...]) -> bool:
    """False only where the pattern whose rare words these are cannot match the clause."""
    return not rare or _any_in(rare, low) or _ODD_CASE.search(clause) is not None


def alternation(words) -> str:
    """A regex alternation of cue words, longest first; a `*` ends a word stem (inside a
    phrase too: «собира* провести»)."""
    parts = []
    for word in sorted({str(w).lower() for w in words}, key=len, reverse=True):
        star = word.endswith("*")
        body = re.escape(word.rstrip("*")).replace(r"\ ", r"\s+").replace(r"\*", r"\w*")
        parts.append(_PIECE.findall(body + (r"\w*" if star else "")))
    return _shared_starts(parts)


# The pieces of one alternative as `alternation` writes it: a run of white space, a word's
# ending, an escaped character or a character.
_PIECE = re.compile(r"\\s\+|\\w\*|\\.|.", re.DOTALL)


def _shared_starts(parts: list[list[str]]) -> str:
    """`"|".join` of the alternatives (lists of pieces), those that open with the same letter
    written once before what follows it in each, as a trie ("i(?:n\\s+the|s\\s+to)"): the regex
    engine, which tries every alternative in turn where a word starts (case-insensitively it
    cannot skip them by their first letter), then tries a few. The same matches: one
    character is no two letters, so alternatives that open with different letters never
    match at one place, and those that share a letter keep their order. A run of white
    space is shared too where every alternative goes on with a letter after it (no shorter
    run can then match). Alternatives that end, or go on otherwise, are left as they are."""
    if not all(p and (p[0] in _PLAIN_LETTERS or (p[0] == r"\s+" and len(p) > 1 and p[1] in _PLAIN_LETTERS)) for p in parts):
        return "|".join("".join(p) for p in parts)
    groups: dict[str, list[list[str]]] = {}
    for p in parts:
        groups.setdefault(p[0], []).append(p[1:])
    if r"\s+" in groups and len(groups) > 1:  # (white space or a letter: shared only where it is all there is)
        return "|".join("".join(p) for p in parts)
    out = []
    for first, rests in groups.items():
        if len(rests) == 1:
            out.append(first + "".join(rests[0]))
        else:
            out.append(first + "(?:" + _shared_starts(rests) + ")")
    return "|".join(out)


def compile_markers(table: dict) -> FutureMarkers:
    """Build the matchers once from the `future` section of cues.yaml."""
    return FutureMarkers(
        en_before=frozenset(" ".join(str(w).lower().split()) for w in table["en_before"]),
        en_clause=re.compile(rf"\b(?:{alternation(table['en_clause'])})\b|\bwill\b|\bshall\b|'ll\b", re.IGNORECASE),
        en_clause_words=Words({str(w).lower().split()[0] for w in table["en_clause"]} | {"will", "shall", "'ll"}),
        ru_clause=re.compile(rf"(?<!\w)(?:{alternation(table['ru_clause'])})(?!\w)", re.IGNORECASE),
        kk_clause=re.compile(rf"(?<!\w)(?:{alternation(table['kk_clause'])})(?!\w)", re.IGNORECASE),
        kk_plan=re.compile(rf"(?<!\w)(?:{alternation(table['kk_plan'])})(?!\w)", re.IGNORECASE),
        kk_endings=tuple(sorted(table["kk_endings"], key=len, reverse=True)),
        ru_reporting=tuple(str(w) for w in table["ru_reporting"]),
        ru_not_verbs=frozenset(str(w) for w in table["ru_not_verbs"]),
        ru_intending=frozenset(str(w) for w in table["ru_intending"]),
        ru_decision=frozenset(str(w) for w in (*table["ru_decision"], *table["ru_intending"])),
        kk_modal_last=frozenset(str(w) for w in table["kk_modal_last"]),
        kk_intending=tuple(str(w) for w in table["kk_intending"]),
        # (the activity in the dative, or the verbal noun after it: «митинг өткізуге өтінім берді»)
        # (or the verbal noun urged: «үгіт жүргізуге шақырды»)
        kk_dative_plan=re.compile(
            rf"(?:(?<=ға|ге|қа|ке)\s+(?:\w+\s+)?(?:{alternation(table['kk_dative_plan'])})"
            rf"|\s+\w+(?:уға|уге)\s+(?:\w+\s+)?(?:{alternation(table['kk_dative_plan'])})"
            rf"|(?:\s+\w+)?\s+\w+(?:уға|уге)\s+(?:\w+\s+)?(?:{alternation(table['kk_urging'])}))(?!\w)",
            re.IGNORECASE,
        ),
        kk_present_future=tuple(table["kk_present_future"]),
        kk_vowel_stems=frozenset(str(w) for w in table["kk_vowel_stems"]),
        convening=re.compile(rf"(?<!\w)(?:{alternation(table['convening']['ru'] + table['convening']['en'])})\s+(?:\S+\s+){{0,3}}$", re.IGNORECASE),
        took_place={
            lang: re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE) for lang, words in table["took_place"].items()
        },
        under_way={
            lang: re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE) for lang, words in table["under_way"].items()
        },
        kk_decided=re.compile(rf"(?<=уды|уді|юды|юді)\s+(?:{alternation(table['kk_decision'])})(?!\w)", re.IGNORECASE),
        kk_convening=re.compile(rf"(?<=ды|ді|ты|ті|ны|ні|ін|ын)\s+(?:\S+\s+){{0,2}}(?:{alternation(table['convening']['kk'])})(?!\w)", re.IGNORECASE),
        en_clause_rare=_rare_words(table["en_clause"], ("will", "shall", "'ll")),
        ru_clause_rare=_rare_words(table["ru_clause"]),
        kk_clause_rare=_rare_words(table["kk_clause"]),
        kk_plan_rare=_rare_words(table["kk_plan"]),
        en_before_last=frozenset(str(w).lower().split()[-1] for w in table["en_before"] if str(w).split()),
        en_counts=frozenset(str(w).lower() for w in table["en_counts"]),
        en_around_counts=frozenset(str(w).lower() for w in table["en_around_counts"]),
        kk_intention=tuple(e for e in table["kk_endings"] if str(e).endswith(("шы", "ші"))),
        kk_request=re.compile(rf"\w*\s+(?:\w+\s+)?\w+(?:уды|уді|юды|юді)\s+(?:{alternation(table['kk_request'])})(?!\w)", re.IGNORECASE),
        kk_told_will=re.compile(
            r"\w*(?:\s+[^\s,.;:!?«»()]+){1,4}?\s+\w+(?:атын|етін|йтын|йтін)(?:ын|ін|дығын|дігін|[лдт][ае]р(?:ын|ін))"
            rf"(?:\s+[^\s,.;:!?«»()]+){{0,2}}?\s+(?:{alternation(table['kk_told_will'])})",
            re.IGNORECASE,
        ),
        venue_to_come={
            "en": re.compile(rf"\b(?:{alternation(table['venue_to_come']['en'])})\s+(?:[\w-]+\s+){{0,2}}(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE),
            "ru": re.compile(rf"(?<!\w)(?:{alternation(table['venue_to_come']['ru'])})\s+(?:[\w-]+\s+){{0,3}}(?:в|во|на)\s+$", re.IGNORECASE),
            "kk": re.compile(rf"\w*\s+(?:\S+\s+){{0,2}}(?:{alternation(table['venue_to_come']['kk'])})(?!\w)", re.IGNORECASE),
        },
        to_come_before={
            lang: re.compile(rf"(?<!\w)(?:{alternation(table['activity_to_come'][lang + '_before'])})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
            for lang in ("en", "ru")
        },
        to_come_after={
            lang: re.compile(rf"\s*,?\s*(?:{alternation(table['activity_to_come'][lang + '_after'])})(?!\w)", re.IGNORECASE)
            for lang in ("en", "ru")
        },
        to_come_words={
            lang: Words({str(w).lower().split()[0].rstrip("*") for w in (*table["activity_to_come"][lang + "_before"], *table["activity_to_come"][lang + "_after"])})
            for lang in ("en", "ru")
        },
        en_request=re.compile(rf"\b(?:{alternation(table['en_request'])})\b[^.;:!?]{{0,70}}?\bto\s+(?:(?:organi[sz]e|hold|stage|convene|arrange|call|have)\s+(?:(?:a|an|the)\s+)?|(?:a|an|the)\s+)$", re.IGNORECASE),
    )


@lru_cache(maxsize=131072)
def russian_tag(word: str) -> str:
    """The grammatical tag of a Russian word's first parse, as text ("NOUN,inan,femn plur,gent")."""
    return str(analyzer().parse(word)[0].tag)


@lru_cache(maxsize=131072)
def russian_tense(word: str) -> str | None:
    """'past', 'futr', 'pres' for a Russian finite verb form, None for anything else."""
    lower = word.lower()
    if not (_RU_PAST_SHAPE.search(lower) or _RU_NONPAST_SHAPE.search(lower)):
        return None
    parses = analyzer().parse(lower)[:2]
    tenses = [tense for parse in parses if "VERB" in parse.tag for tense in ("past", "futr", "pres") if tense in parse.tag]
    if "futr" in tenses and "pres" in tenses:
        return "pres"  # a verb of both aspects («обходят», «презентует»): a report tells the present
    if tenses and tenses[0] != "past" and "VERB" not in parses[0].tag and parses[0].score >= 0.5:
        return None  # («90 минут», «кандидатом выдвинут»: a noun or a participle far more often than a verb to come)
    return tenses[0] if tenses else None


def future_clauses(
    text: str, starts: list[int], lang: str, markers: FutureMarkers, asked: set[int] | None = None, spoken: bool = False
) -> set[int]:
    """Indices of the clauses (as `starts` cuts them) that speak of the future only; with
    `asked`, only those clauses are read. `spoken`: a Russian verb of saying in the past is a
    thing done (in a debate report, speaking is the debate: «заявил, что тарифы нужно
    заморозить» tells what he said there, not a plan of his)."""
    count = len(starts)
    out = set()
    # (the clauses asked about only: a paragraph's activity words stand in few of its clauses)
    for index in range(count) if asked is None else [i for i in asked if 0 <= i < count]:
        clause = text[starts[index] : starts[index + 1] if index + 1 < count else len(text)]
        if lang == "ru":
            future = _russian_future(clause, markers, spoken)
        elif lang == "kk":
            future = _kazakh_future(clause, markers)
        else:
            low = clause.lower()
            marker = (
                next((m for m in markers.en_clause.finditer(clause) if not _extraposed(clause, m)), None)
                if _any_in(markers.en_clause_words, low)  # a cheap look before the pattern
                and _may_match(clause, low, markers.en_clause_rare)  # and a closer one
                else None
            )
            future = marker is not None and not _english_past(clause) and not _past_before_relative(clause, marker.start())
        if future:
            out.add(index)
    return out


_TOKENS = re.compile(r"[\w']+")
# "it is to", "what is to", "which is to": the infinitive is the subject's content ("how
# important it is to preserve") or a relative clause's, no plan of the clause's own, as "the
# congress is to open" is.
_EN_EXTRAPOSED = re.compile(r"\b(?:it|what|this|that|which|who|aim|goal|task|purpose)\s+$", re.IGNORECASE)


def _extraposed(clause: str, marker: re.Match[str]) -> bool:
    return marker.group().lower().startswith(("is ", "are ")) and bool(_EN_EXTRAPOSED.search(clause, 0, marker.start()))


def governed_by_intention(text: str, clause_start: int, hit_start: int, markers: FutureMarkers) -> bool:
    """An English activity word under a modal or a verb of intention: "will meet",
    "plans to visit", "is expected to hold" — the marker ends at most two words before it."""
    words = _TOKENS.findall(text[max(clause_start, hit_start - 60) : hit_start].lower())
    if words[-2:] in _COUNTED:
        words = words[:-2]  # ("plans to hold a series of meetings": the meetings are what is held)
    words = _without_count(words, markers)  # ("plans to hold about thirty more meetings")
    if _governed(words, markers, range(3)):
        return True
    # a verb joined by "and" to one so governed is planned too ("plans to visit Kostanay and
    # meet farmers there"): the marker then ends a few words before the "and"
    joined = 2 if words[-2:] == ["and", "to"] else 1 if words[-1:] == ["and"] else 0
    if joined:
        wider = _TOKENS.findall(text[max(clause_start, hit_start - 100) : hit_start].lower())[:-joined]
        # (not past a verb done: "who will run for the Mazhilis visited Taraz and met farmers")
        since = next((len(wider) - i for i, w in enumerate(reversed(wider)) if _DONE_WORD.search(w)), 0)
        if _governed(wider[since:], markers, range(2, 6)):
            return True
    # asked of someone else: "called on the CEC to organise a debate" (a look for " to " first:
    # the pattern ends with it, and most activity words have none before them)
    start = max(clause_start, hit_start - 120)
    return (
        markers.en_request is not None and " to " in text[start:hit_start]
        and markers.en_request.search(text, start, hit_start) is not None
    )


def _without_count(words: list[str], markers: FutureMarkers) -> list[str]:
    """The words before an activity word without the count that ends them ("about thirty more",
    "up to 20"): at most four words, one of them a number."""
    counted, number = 0, False
    while counted < min(4, len(words) - 1):
        word = words[-1 - counted]
        if word.isdigit() or word in markers.en_counts:
            number = True
        elif word not in markers.en_around_counts:
            break
        counted += 1
    return words[: len(words) - counted] if number else words


# Words that count the activity between the verb of a plan and it ("a series of", "a number of").
_COUNTED = (["series", "of"], ["number", "of"], ["round", "of"], ["couple", "of"], ["string", "of"])

# A word that may be a verb in the past ("visited", "met", "went"): a plan's scope ends there.
_DONE_WORD = re.compile(r"^(?:\w+ed|met|held|went|came|spoke|gave|told|took|made|saw|brought)$")


def _governed(words: list[str], markers: FutureMarkers, gaps: range) -> bool:
    """Whether an `en_before` phrase ends `gap` words before the end of `words`, for a gap in `gaps`."""
    last = markers.en_before_last
    for gap in gaps:
        end = len(words) - gap
        if end < 1 or (last and words[end - 1] not in last):
            continue  # no phrase ends with this word
        for size in range(1, 5):
            if end - size >= 0 and " ".join(words[end - size : end]) in markers.en_before:
                return True
    return False


# (a participle before "to" and a verb is an intention, not the thing done: "was expected to
# preside", "had planned to hold")
_EN_PERFECT = re.compile(
    r"\b(?:has|have|had|was|were)\s+(?:\w+\s+)?(?:\w+ed|begun|met|held|gone|come|taken|given|spoken|seen|done|made|sent|"
    r"brought|told|led|won|built|laid|spent|fought)\b(?!\s+to\s)",
    re.IGNORECASE,
)


def _english_past(clause: str) -> bool:
    """A clause that reports something done: a finite past verb of activity in it. A past
    participle after "be" ("will be held", "is to be opened") is a passive of the future."""
    words = _WORD.findall(clause.lower())
    for i, word in enumerate(words):
        if word in _EN_PAST_VERBS and not (i and words[i - 1] == "be") and not (i + 1 < len(words) and words[i + 1] == "by"):
            return True
    return bool(_EN_PERFECT.search(clause))


# A simple past ending the main clause's verb group before ", which/who/where …" (a relative
# clause, also after a preposition: ", under which", ", at which"): "Amanat launched its campaign
# train, which will stop at every station" reports the launch, whatever the relative clause says
# of the future.
_EN_RELATIVE = re.compile(
    r",\s+(?:(?:under|in|at|by|during|with|through|for|from|on)\s+which\b|which|who|whose|where)\b", re.IGNORECASE
)


def _past_before_relative(clause: str, marker_start: int) -> bool:
    relative = _EN_RELATIVE.search(clause, 0, marker_start)
    return relative is not None and _EN_SIMPLE_PAST.search(clause, 0, relative.start()) is not None


_EN_FIRST_PERSON = re.compile(r"\b(?:I|we|We)\s+(?:\w+\s+){0,2}?(?:\w+ed|met|held|went|came|took|gave|spoke|told|led|saw|made|begun|been|seen|spoken|given|taken|done)\b")
_RU_FIRST_PERSON = re.compile(r"(?<!\w)(?:мы|я|Мы|Я)(?!\w)")
# Kazakh first-person past: "аштық", "түсіндірдік", "болдым", at the end of a clause where a
# Kazakh verb stands (nouns in -дық/-тық, "азаматтық", stand inside it).
_KK_FIRST_PERSON_PAST = re.compile(r"(?:ды|ді|ты|ті)(?:қ|к|м)(?=\s*(?:[,.!?;:»”\"–—-]|$))")


# A simple past in -ed, not an adjective after a determiner ("faced", not "a televised debate"),
# the past of "be", "have" and "do" ("the debate was the week's highlight"), and what "is taking
# place" ("the parties are meeting in debates").
_EN_SIMPLE_PAST = re.compile(r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )\b[a-z]{3,}ed\b|\b(?:was|were|had|did)\b|\b(?:is|are)\s+\w+ing\b", re.IGNORECASE)


_KK_CLAUSE_ENDS = re.compile(r"[,:;–—]")
_KK_FINITE_PAST = re.compile(r"(?:ды|ді|ты|ті)$")


def _kk_vowel_stem_past(word: str, markers: FutureMarkers) -> bool:
    """A Kazakh past in -ды/-ді of a listed vowel stem («талқылады»), spelt like a present-future."""
    return word.endswith(("ды", "ді")) and word[:-2] in markers.kk_vowel_stems


def reports_past(clause: str, lang: str, markers: FutureMarkers, spoken: bool = False) -> bool:
    """Whether a clause tells of something that already happened, by the tense of its verbs:
    a debate that "was broadcast" or «прошли», not the format of one ("the debate has four
    rounds", «дебаты идут в три раунда», «пікірталас үш раундтан тұрады»). A Russian verb of
    reporting («сообщил», «рассказали») is the newsroom's, unless `spoken`: the clause's
    people speaking is what is told («участники рассказали о своих программах»)."""
    if lang == "ru":
        return any(
            russian_tense(word) == "past" and (spoken or not word.startswith(markers.ru_reporting))
            for word in (m.group() for m in _ru_verb_shaped(clause, markers))
        )
    if lang == "kk":
        # the verb ends each part of a sentence («Пікірсайыс үш кезеңге бөлінді: …»); «беріледі»,
        # «тұрады»: the present-future looks like a past in -ды/-ді, and is not counted here
        # (inside the sentence only a finite past in -ды/-ді: a participle in -ған before a comma
        # describes, «тақырыбына арналған, …»)
        parts = _KK_CLAUSE_ENDS.split(clause.lower())
        for number, part in enumerate(parts):
            words = _WORD.findall(part)
            ending = _KK_PAST if number == len(parts) - 1 else _KK_FINITE_PAST
            last = words[-1] if words else ""
            if words and ending.search(last) and (not last.endswith(("ады", "еді", "йды", "йді")) or _kk_vowel_stem_past(last, markers)):
                return True
        return False
    return _english_past(clause) or bool(_EN_SIMPLE_PAST.search(clause))


def reports_own_past(clause: str, lang: str, markers: FutureMarkers) -> bool:
    """Whether a clause tells, in the first person, of something already done or under way:
    what decides whether quoted words ("we toured the villages", «Біз ауылды аралап,
    түсіндірдік», "we are meeting residents in every village", «встречаемся с жителями»,
    «тұрғындармен жүздесіп жүрміз») report the speakers' own activity rather than a view, a
    plan or someone else's account (codebook 1: an activity that took place or is taking place)."""
    if lang == "ru":
        verbs = [m.group() for m in _ru_verb_shaped(clause, markers)]
        # (a verb of saying counts too where nothing is told in the future: «мы рассказали о
        # программе», «об этом мы говорили на встрече» is the speakers' own talk at the
        # activity, but «мы говорили, что проведём встречи» is a plan they spoke of)
        tenses = [russian_tense(word) for word in verbs] if _RU_FIRST_PERSON.search(clause) else []
        if any(t == "past" and not w.startswith(markers.ru_reporting) for w, t in zip(verbs, tenses)) or (
            "past" in tenses and "futr" not in tenses
        ):
            return True
        return any(
            _russian_first_person_present(word, markers.ru_decision) for word in _RU_FIRST_PERSON_PRESENT_SHAPED.findall(clause)
        )
    if lang == "kk":
        low = clause.lower()
        return bool(_KK_FIRST_PERSON_PAST.search(low) or _KK_FIRST_PERSON_UNDER_WAY.search(low))
    return bool(_EN_FIRST_PERSON.search(clause) or _EN_FIRST_PERSON_UNDER_WAY.search(clause))


@lru_cache(maxsize=65536)
def _russian_first_person_present(word: str, deciding: frozenset[str]) -> bool:
    """«встречаемся», «объезжаем», «проводим»: a verb of the first person in the present,
    what the speakers are doing now (the future of a perfective verb, «проведём», is no present;
    nor is «планируем», a word of intending or deciding: what is meant is still to come)."""
    lower = word.lower()
    if not lower.endswith(_RU_FIRST_PERSON_PRESENT_ENDINGS):
        return False
    parse = analyzer().parse(lower)[0]
    return "VERB" in parse.tag and "1per" in parse.tag and "pres" in parse.tag and parse.normal_form not in deciding


_RU_FIRST_PERSON_PRESENT_ENDINGS = ("ем", "ём", "им", "емся", "ёмся", "имся", "аю", "яю", "юсь")
_RU_FIRST_PERSON_PRESENT_SHAPED = re.compile(r"(?<![\w-])[а-яё]{3,}(?:ем|ём|им|емся|ёмся|имся|аю|яю|юсь)(?![\w-])", re.IGNORECASE)
# "we are meeting", "We're handing out", "I am visiting": the speakers' activity under way.
_EN_FIRST_PERSON_UNDER_WAY = re.compile(r"\b(?:[Ww]e|I)(?:\s+(?:are|am)|['’](?:re|m))\s+(?:now\s+|still\s+|also\s+)?[a-z]{2,}ing\b")
# Kazakh continuous forms of the first person: «жүздесіп жүрміз», «аралап жатырмыз»,
# «таратудамыз», «жүргізудеміз» (not «-ып отырмыз», which mostly says what the speakers see or
# feel: «көріп отырмыз»).
_KK_FIRST_PERSON_UNDER_WAY = re.compile(
    r"(?:[ыіa-zа-яәғқңөұүһ]п\s+(?:жүр|жатыр)(?:мыз|міз|мын|мін)|[уюy](?:дамыз|деміз|дамын|демін))(?![\wәғқңөұүһі])"
)


# The people a verb of telling was said to, in the dative plural right after it: «рассказал
# собравшимся», «рассказали жителям», «разъяснил избирателям».
_RU_TOLD_PEOPLE_AFTER = re.compile(r"\s+[а-яё]+(?:шимся|щимся|ителям|телям|анам|янам|ателям|никам|ерам|ентам|ежи)(?![\w-])")
# Lower-case words shaped like a Russian finite verb: the only ones worth a look-up.
_RU_VERB_SHAPED = re.compile(rf"(?<![\w-])[а-яё]+(?:{_RU_PAST_ENDINGS}|ет|ёт|ит|ут|ют|ат|ят|тся)(?![\w-])")
# A preposition right before a word: the word is a noun, whatever the dictionary also reads it as
# («с начала кампании», «до начала», «для сел»: no verb follows a preposition in Russian).
_RU_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:с|со|до|от|из|для|без|у|около|после|по|о|об|на|в|во|к|ко|за|под|над|перед|при|через|про|среди|возле|вокруг)\s+$",
    re.IGNORECASE,
)


def _ru_verb_shaped(clause: str, markers: FutureMarkers) -> list[re.Match[str]]:
    """The words of a clause that may be finite verbs: shaped like one, not a noun the
    dictionary also reads as a verb («сел»: villages), not right after a preposition."""
    return [
        m for m in _RU_VERB_SHAPED.finditer(clause)
        if m.group().lower() not in markers.ru_not_verbs and not _RU_PREPOSITION_BEFORE.search(clause, max(0, m.start() - 12), m.start())
    ]


# "Was" after "must" («должен был пройти»): what was to happen, no past of its own.
_RU_WAS = frozenset({"был", "была", "было", "были"})
_RU_MODAL_BEFORE = re.compile(r"(?<!\w)(?:должен|должна|должно|должны)\s+$", re.IGNORECASE)


def _intended(clause: str, verb: re.Match[str], markers: FutureMarkers) -> bool:
    """A past verb of intending beside an infinitive («собирались провести»)."""
    if _russian_lemma_infinitive(verb.group().lower())[0] not in markers.ru_intending:
        return False
    before = _WORD.findall(clause[: verb.start()])[-3:]
    after = _WORD.findall(clause[verb.end() :])[:2]
    return any(_russian_lemma_infinitive(w.lower())[1] for w in before + after)


def _russian_future(clause: str, markers: FutureMarkers, spoken: bool = False) -> bool:
    future = False
    for match in _ru_verb_shaped(clause, markers):
        word = match.group()
        tense = russian_tense(word)
        if tense == "past" and _RU_MODAL_BEFORE.search(clause, 0, match.start()) and word.lower() in _RU_WAS:
            continue  # «должен был пройти»: what was to happen, not what happened
        if tense == "past" and _intended(clause, match, markers):
            future = True  # «участвовать собирались», «намеревалась провести»: meant, not done
            continue
        if tense == "past" and (spoken or not word.startswith(markers.ru_reporting) or _RU_TOLD_PEOPLE_AFTER.match(clause, match.end())):
            # something was done here ("сообщили" only reports the plan; "рассказал собравшимся"
            # told the people gathered, whatever the future of what he told them)
            return False
        if tense == "futr":
            future = True
    # the markers are read only where the verbs leave the question open
    return future or (_may_match(clause, clause.lower(), markers.ru_clause_rare) and bool(markers.ru_clause.search(clause)))


_RU_INFINITIVE_ENDINGS = ("ть", "ти", "чь", "ться", "тись")  # the shape of an infinitive


@lru_cache(maxsize=131072)
def _russian_lemma_infinitive(word: str) -> tuple[str, bool]:
    """The first parse's lemma of a Russian word, and whether the word is an infinitive."""
    parse = analyzer().parse(word)[0]
    return parse.normal_form, "INFN" in parse.tag


def decided_to(before: str, decision: frozenset[str]) -> bool:
    """Whether the Russian words up to an activity word (its own included) end in a word of
    deciding and an infinitive, at most three words before it or the word itself, the word of
    deciding at most five words before the infinitive: «решили провести (встречу)», «принял
    решение созвать (съезд)», «обещают встречаться», «хотят до конца недели встретиться»,
    «рекомендовано встретиться», «потребовал от Центральной избирательной комиссии провести
    (дебаты)»."""
    words = _WORD.findall(before.lower())[-8:]
    for i in range(len(words) - 1, max(len(words) - 5, 0) - 1, -1):
        if words[i].endswith(_RU_INFINITIVE_ENDINGS) and _russian_lemma_infinitive(words[i])[1]:
            return any(_russian_lemma_infinitive(w)[0] in decision for w in words[max(0, i - 5) : i])
    return False


def promised_to(text: str, hit_end: int, markers: FutureMarkers) -> bool:
    """Whether a Kazakh activity word (ending at `hit_end`, in the dative) is what someone
    promised or prepares for: «кездесуге уәде берді», «съезге дайындалуда»; or what will happen,
    in a future participle («пикетке тұратынын жазды»: wrote that he will stand in a picket;
    «пікірсайысқа шығатын кандидаттар»: the candidates who will go to the debate; or, its day and
    place between, said to be held: «съезі 24 қыркүйекте Алматыда өтетінін хабарлады»); or what
    someone demands be held («дебат өткізуді талап етті»)."""
    return (
        (markers.kk_dative_plan is not None and markers.kk_dative_plan.match(text, hit_end) is not None)
        or (markers.kk_request is not None and markers.kk_request.match(text, hit_end) is not None)
        or bool(_KK_FUTURE_COMPLEMENT.match(text, hit_end))
        or (markers.kk_told_will is not None and markers.kk_told_will.match(text, hit_end) is not None)
    )


# The word after an activity word: a future participle, the clause told as what will be
# («тұратынын», «өтетінін», and of several people «жүргізетіндерін»), or an attribute of people
# who will do it («пікірсайысқа шығатын кандидаттар», the candidates who will go to the debate).
_KK_FUTURE_COMPLEMENT = re.compile(
    r"\w*\s+\w+(?:атын|етін|йтын|йтін)(?:ын|ін|ы|і|дығын|дігін|[лдт][ае]р(?:ын|ін|ды|ді|ы|і)?)?(?!\w)", re.IGNORECASE
)


def convened(text: str, hit_start: int, hit_end: int, lang: str, markers: FutureMarkers) -> bool:
    """Whether a gathering is what someone convened: «подписал постановление о созыве съезда»,
    «Созвать внеочередной съезд … решил», «съезді 24 сәуірге шақырды», "a decree convening the
    congress". To convene is to call a gathering for a later day, so the gathering itself is
    still to come whatever the tense of the convening (codebook 1: planned)."""
    if lang == "kk":
        return markers.kk_convening is not None and markers.kk_convening.match(text, hit_end) is not None
    return lang in ("ru", "en") and markers.convening is not None and markers.convening.search(text, max(0, hit_start - 60), hit_start) is not None


# The present-future of a vowel stem takes -йды/-йді after the stem's vowel («жасақтайды»,
# «сөйлейді»); the past of a stem in -й is -ойды («қойды»: "сұрақ қойды", asked questions).
_KK_VOWEL_STEM_PRESENT = re.compile(r"[аеыі]й(?:ды|ді)$")
# A decision to hold something is a plan: «съезд шақыру жөнінде шешім қабылдады».
_KK_DECISION_TO = re.compile(r"(?:шақыру|өткізу|ұйымдастыру|ашу|құру)\s+(?:туралы|жөнінде|жайында)\s+шешім")
# The date of the vote, which a clause about something done may give: a Kazakh participle of
# planning right before the vote's noun («20 қарашаға белгіленген кезектен тыс сайлауға …
# ұсынды») dates the vote, not the clause's activity. (The English "the election set for
# November 20" was read so too, and gave a false event on a blind set.)
_KK_OF_THE_VOTE_AFTER = re.compile(r"(?<=[гк]ен|[ғқ]ан)\s+(?:\S+\s+){0,3}?(?:сайлау|референдум|дауыс беру)", re.IGNORECASE)
# The periphrastic future: a participle in -атын/-етін with «болады» ("қатысатын болады").
_KK_PERIPHRASTIC = re.compile(r"\w(?:атын|етін|йтын|йтін|тын|тін)\s+болады(?!\w)")


# «келеді» and «барады» after a converb are auxiliaries of an action going on since some time
# («кездесіп келеді», has been meeting; «өсіп барады», keeps growing), not "will come", "will go".
_KK_ASPECT_AUXILIARIES = frozenset({"келеді", "барады"})
_KK_CONVERB_BEFORE = re.compile(r"\w(?:ып|іп|п)\s+$")


def _kazakh_plan(clause: str, markers: FutureMarkers) -> bool:
    """Whether a marker of a plan stands in a Kazakh clause as such (not as an auxiliary, nor
    as the participle that dates the vote: «20 қарашаға белгіленген сайлауда»)."""
    for match in markers.kk_plan.finditer(clause):
        if match.group(0).lower() in _KK_ASPECT_AUXILIARIES and _KK_CONVERB_BEFORE.search(clause, max(0, match.start() - 30), match.start()):
            continue
        if _KK_OF_THE_VOTE_AFTER.match(clause, match.end()):
            continue
        return True
    return False


_KK_PAST_AUXILIARIES = frozenset({"еді", "болды", "болған", "болатын"})


def _kazakh_intended(word: str, markers: FutureMarkers) -> bool:
    """A word of obligation or an intention before a past auxiliary («тиіс еді»: was to; «өткізбекші
    болды»: meant to hold)."""
    return (word in markers.kk_modal_last and word != "бар") or word.endswith(markers.kk_intention)


# A short reporting tail after the words reported: «…, деп хабарлайды Pavlodarnews.kz тілшісі».
_KK_REPORTED_TAIL = re.compile(r",?\s+деп\s+(?:\S+\s+){0,5}\S+\s*[.!]?\s*$", re.IGNORECASE)


def _kazakh_future(clause: str, markers: FutureMarkers) -> bool:
    if _kazakh_future_of(clause, markers):
        return True
    # (the tail may say it is expected, «… деп күтілуде»; else the words reported end in their
    # own verb: an intention there, «ұйымдастырмақ, деп хабарлайды», is a plan; a present there is
    # most often a view the speaker holds, «қаржы дұрыс бөлінбейді деп жауап берді», no plan)
    tail = _KK_REPORTED_TAIL.search(clause) if "деп" in clause else None
    if tail is None or tail.start() == 0:
        return False
    reported = _WORD.findall(clause.lower(), 0, tail.start())
    return bool(reported) and reported[-1].endswith(_KK_INTENTION_ENDINGS)


# The Kazakh endings of intention (the verb «өткізбек», «ұйымдастырмақшы»)
_KK_INTENTION_ENDINGS = ("мақ", "мек", "бақ", "бек", "пақ", "пек", "мақшы", "мекші", "бақшы", "бекші", "пақшы", "пекші")


def _kazakh_future_of(clause: str, markers: FutureMarkers) -> bool:
    low = clause.lower()
    # only the last word counts: read the words after a space some way before the end (no
    # word runs over a space), all of them where there are none
    cut = low.rfind(" ", 0, max(0, len(low) - 40)) + 1
    words = _WORD.findall(low, cut) or (_WORD.findall(low) if cut else [])
    if not words:
        return False
    last = words[-1]
    if (
        (_may_match(clause, low, markers.kk_plan_rare) and _kazakh_plan(clause, markers))
        or ("болады" in low and _KK_PERIPHRASTIC.search(low))  # (each pattern holds its word:
        or ("шешім" in low and _KK_DECISION_TO.search(low))  # `in` rules most clauses out sooner)
        or (markers.kk_decided is not None and ("уд" in low or "юд" in low) and markers.kk_decided.search(low))
    ):
        return True
    if last in _KK_PAST_AUXILIARIES and len(words) > 1 and _kazakh_intended(words[-2], markers):
        return True  # «өтуі тиіс еді», «кездеспекші болды»: what was to be, or meant, not what was
    if last in ("еді", "деді"):  # an auxiliary of the past, and "said"
        return False
    if last in markers.kk_modal_last:
        # «бар» ends a clause of possibility only as «құқығы бар» ("has the right to")
        return last != "бар" or (len(words) > 1 and words[-2].startswith("құқ"))
    if last in ("отыр", "жатыр") and len(words) > 1 and words[-2].startswith(markers.kk_intending):
        return True  # «өткізуді жоспарлап отыр», «көздеп отыр»: is planning or intending to
    if last.endswith(markers.kk_endings):  # intention (өткізбек) or a future participle
        return True
    if _KK_VOWEL_STEM_PRESENT.search(last):  # жасақтайды, сөйлейді: a vowel stem's present-future
        return True
    if _kk_vowel_stem_past(last, markers):  # талқылады, қабылдады
        return False
    if last.endswith(markers.kk_present_future):  # өткізеді, or the past тыңдады: time decides
        return _may_match(clause, low, markers.kk_clause_rare) and bool(markers.kk_clause.search(clause))
    if _KK_PAST.search(last):
        return False
    return _may_match(clause, low, markers.kk_clause_rare) and bool(markers.kk_clause.search(clause))
