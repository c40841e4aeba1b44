"""Everything the extractor needs from reference data, built once per process.

`load_resources()` turns the data files into one gazetteer plus small lookup tables. It
is cached and immutable afterwards, so `extract_events` stays a pure function of its
document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator, NamedTuple

from ..errors import ReferenceDataError
from ..model import LANGUAGES, District, Party, Region, Settlement
from ..reference import load_cues, load_districts, load_parties, load_regions, load_settlements, load_topics
from .gazetteer import Entry, Gazetteer
from .english import english_verb_forms
from .kazakh import kazakh_demonym, kazakh_forms
from .modality import FutureMarkers, _rare_words, alternation, compile_markers
from .morphology import russian_adjective_forms, russian_forms, russian_verb_forms


class OtherProgrammes(NamedTuple):
    """cues.yaml `other_programmes`, each matched at the end of the text before a word of
    programme: a show's, a state's, and the election's (which keeps it the party's)."""

    show: re.Pattern[str]
    state: re.Pattern[str]
    election: re.Pattern[str]


@dataclass(frozen=True)
class Resources:
    gazetteer: Gazetteer
    parties: dict[str, Party]
    regions: dict[str, Region]
    settlements: dict[str, Settlement]
    event_type_priority: tuple[str, ...]
    event_type_rank: dict[str, int]  # the priority as a look-up
    not_names: frozenset[str]
    strict_legal_forms: frozenset[str]
    future: FutureMarkers
    pronoun: re.Pattern[str]  # the actor pronouns of every language, as whole words
    people_pronoun: re.Pattern[str]  # those that can only be people at a clause's head
    campaign_group: re.Pattern[str]  # the nouns that make a campaigner a group (cues.yaml `campaign_groups`)
    group_later: re.Pattern[str]  # the words that stand for such a group later
    place_anaphor: re.Pattern[str]  # words for the place told just before ("there", «там», «онда»)
    tally: re.Pattern[str]  # the words before an activity word that make it a count ("over 30 events")
    # One word of each quantity phrase of `tally` (see `modality._rare_words`): a text without
    # any of them and without a digit cannot hold a tally, and `in` tells that far sooner.
    tally_words: tuple[str, ...] = ()
    # Kazakh words that Russian cues misread (cues.yaml `kazakh_homographs`; a `*` ends a stem)
    kazakh_homographs: tuple[str, ...] = ()
    # The words before a word of programme that make it another's (cues.yaml `other_programmes`)
    other_programmes: OtherProgrammes | None = None


def _cue_entries(kind: str, table: dict, extra: str | None = None) -> Iterator[tuple[str, Entry]]:
    """(phrase, Entry) for a {value: {lang: [cues]}} table."""
    for value, per_lang in table.items():
        for lang in LANGUAGES:
            for cue in (per_lang or {}).get(lang) or ():
                for form in _spellings(str(cue), lang):
                    yield form, Entry(kind, value, lang, extra=extra)


# A number of ten or more ("30", "3 583"), not a year, or a share ("70% of the").
# (a number after «№» or "No." names a school, a district or a polling station: it counts nothing)
# (not a time of day either: "at 18:00", «в 18.00», «сағат 18:00-де» counts no activities)
_COUNT = r"(?<!\d)(?<!\d[:.])(?<!№)(?<!№\s)(?<!#)(?<!No\.)(?<!No\.\s)(?!(?:19|20)\d\d(?!\d))(?:\d{1,3}(?:[\s\u00a0,]\d{3})+|\d{2,})(?![\d,])(?![:.]\d)(?:-\w+)?|\d+\s*%(?:\s+of\s+the)?"


def _all_languages(per_lang: dict) -> list[str]:
    return [w for lang in LANGUAGES for w in per_lang.get(lang) or ()]


def _words_pattern(table: dict) -> re.Pattern[str]:
    """The words of every language of a cue table, as whole words, in any case."""
    words = (re.escape(str(w)) for lang in LANGUAGES for w in table.get(lang) or ())
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)


def _stems(per_lang: dict) -> str:
    """The words of every language of a list as one alternation (a `*` ends a stem)."""
    return "|".join(re.escape(str(w)[:-1]) + r"\w*" if str(w).endswith("*") else re.escape(str(w)) for w in _all_languages(per_lang))


def _stems_pattern(per_lang: dict) -> re.Pattern[str]:
    """The words of every language of a list (a `*` ends a stem), as whole words, in any case."""
    return re.compile(r"(?<!\w)(?:" + _stems(per_lang) + r")(?!\w)", re.IGNORECASE)


def _word_before(per_lang: dict) -> re.Pattern[str]:
    """The words of every language of a list (a `*` ends a stem), as the last word before the end
    of the text searched."""
    return re.compile(r"(?<!\w)(?:" + _stems(per_lang) + r")\s*$", re.IGNORECASE)


def _tally_pattern(quantity: dict, not_after: dict) -> re.Pattern[str]:
    """The words around an activity word that make it a tally: a quantity word or a count
    (not a date, not a count of people), then at most two words, before the activity word
    ("over 30 campaign events", «свыше ста встреч»; group `before`, matched at the end of the
    text given) or right after it ("held more than 30 …", «провели более 100 …»; group
    `after`, matched at the start)."""
    quantity_or_count = (
        rf"(?:(?<!\w)(?:{alternation(_all_languages(quantity))})(?!\w)(?:\s+(?:{_COUNT}))?+|{_COUNT})(?!\s+(?:{alternation(_all_languages(not_after))})(?!\w))"
    )
    return re.compile(
        rf"(?P<before>{quantity_or_count}\s+(?:[\w'’-]+\s+){{0,2}}$)|(?P<after>^\s+(?:[\w'’-]+\s+)?{quantity_or_count})",
        re.IGNORECASE,
    )


def _lang_list_entries(kind: str, per_lang: dict, value: str = "") -> Iterator[tuple[str, Entry]]:
    for lang in LANGUAGES:
        for cue in (per_lang or {}).get(lang) or ():
            for form in _spellings(str(cue), lang):
                yield form, Entry(kind, value or str(cue), lang)


_KAZAKH_VOICED = {"қ": "ғ", "к": "г", "п": "б"}
# Verbs of going on before an infinitive: the activity goes on (`_spellings` of a `=verb` cue).
_CONTINUING = {
    "ru": ("продолжают", "продолжает", "продолжали", "продолжал", "продолжала", "продолжили", "продолжил", "продолжила"),
    "en": ("continue to", "continues to", "continued to"),
}
# a consonant (not с: «медицинск*» is an adjective's stem) before the final к of a stem
_RU_FLEETING = re.compile(r"[бвгджзлмнпртфхцчшщ]к$")


def _spellings(cue: str, lang: str) -> tuple[str, ...]:
    """A cue as written, and for a Kazakh word stem ending in қ, к or п its voiced form, which
    the stem takes before a vowel ending («жұртшылық» → «жұртшылығымен», «кітап» → «кітабын»):
    cue stems are written once, the alternation is grammar. A Russian or English cue opening
    with «=» and a verb («=посещать», «=ездить по», "=tour") stands for the verb's forms
    (`russian_verb_forms`, `english_verb_forms`), the words after it as written."""
    if cue.startswith("=") and lang in ("ru", "en"):
        verb, _, rest = cue[1:].partition(" ")
        forms = russian_verb_forms(verb) if lang == "ru" else english_verb_forms(verb)
        if not forms:
            raise ReferenceDataError(f"cue {cue!r}: {verb!r} is no verb the dictionary knows")
        # (continuing to do it is doing it: «продолжают посещать», "continued to tour")
        forms = forms | {f"{going} {verb}" for going in _CONTINUING[lang]}
        return tuple(sorted(f"{form} {rest}".strip() for form in forms))
    if lang == "en" and " " in cue:
        inserted = _with_inserted_adverbs(cue)
        if inserted:
            return (cue, *inserted)
    if lang == "ru" and cue.endswith("к*") and _RU_FLEETING.search(cue[:-1]):
        # «свалк*» also stands for «свалок», «площадк*» for «площадок»: the genitive plural
        # puts a vowel back into the stem, which the prefix alone does not reach
        stem = cue[:-2]
        return (cue, stem + ("е" if stem[-1] in "жшчщ" else "о") + "к")
    if lang != "kk" or not cue.endswith("*"):
        return (cue,)
    stem = cue[:-1]
    voiced = _KAZAKH_VOICED.get(stem[-1:])
    return (cue, stem[:-1] + voiced + "*") if voiced and len(stem.split()[-1]) > 3 else (cue,)


def _with_inserted_adverbs(cue: str) -> tuple[str, ...]:
    """An English cue with an auxiliary before another word, spelt with each adverb that may
    stand between them (cues.yaml `inserted_adverbs`): "citizens were received" is also
    "citizens were also received", "will hold" also "will then hold". The adverb belongs to the
    verb phrase, so the phrase says what it said without it."""
    table = load_cues()["inserted_adverbs"]
    words = cue.split(" ")
    auxiliaries = table["auxiliaries"]
    places = [i + 1 for i, word in enumerate(words[:-1]) if word in auxiliaries and words[i + 1] != "…" and words[i + 1] not in auxiliaries]
    return tuple(" ".join(words[:i] + [adverb] + words[i:]) for i in places for adverb in table["adverbs"])


def _party_entries(party: Party) -> Iterator[tuple[str, Entry]]:
    ambiguous = {a.casefold() for a in party.ambiguous}
    abbreviations = set(party.abbreviations)
    for lang, forms in party.aliases.items():
        for form in forms:
            if form in abbreviations or (form.isupper() and len(form) <= 5):
                yield form, Entry("party", party.code, lang, exact_case=form)
            else:
                entry = Entry("party", party.code, lang, ambiguous=form.casefold() in ambiguous, proper=_proper(form))
                for inflected in _inflected(form, lang) | _last_word_forms(form, lang):
                    yield inflected, entry
    for form in party.abbreviations:
        yield form, Entry("party", party.code, None, exact_case=form)
    for leader in party.leaders:
        for form in (leader.name, *leader.variants):
            if " " in form.strip():  # a surname alone is too weak to name a person
                entry = Entry("leader", party.code if leader.current else "", None, extra=leader.role, proper=True, canonical=form)
                for inflected in _person_forms(form):
                    yield inflected, entry


_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def _inflected(form: str, lang: str | None) -> frozenset[str]:
    """The form and its case forms: Russian and/or Kazakh, by the language of the entry or,
    where it has none (settlement variants), by its letters."""
    if not _CYRILLIC.search(form):
        return frozenset({form})
    if lang == "ru":
        return russian_forms(form)
    if lang == "kk" or _KAZAKH_LETTERS.search(form):
        return kazakh_forms(form)
    return russian_forms(form) | kazakh_forms(form)


def _last_word_forms(form: str, lang: str | None) -> frozenset[str]:
    """Russian declines the last word of a Kazakh party name: «Ак жола», «Нур Отана»."""
    words = form.split()
    if lang != "ru" or len(words) < 2 or not _CYRILLIC.search(words[-1]) or _KAZAKH_LETTERS.search(form):
        return frozenset()
    last = words[-1]
    forms = russian_forms(last[:1].upper() + last[1:])
    return frozenset(" ".join(words[:-1] + [last[:1] + f[1:]]) for f in forms)


def _person_forms(name: str) -> frozenset[str]:
    """Case forms of a Cyrillic person name, word by word ('Ерлана Кошанова')."""
    if not _CYRILLIC.search(name):
        return frozenset({name})
    forms = [""]
    for word in name.split():
        forms = [f"{f} {w}".strip() for f in forms for w in russian_forms(word) | {word}]
    return frozenset(forms)


def _proper(form: str) -> bool:
    """Names written with a capital must be capitalised in the text ('Семей' the town,
    not 'семей', families); quoted or lower-case forms carry no such demand."""
    return form[:1].isupper()


def _place_entries(
    regions: tuple[Region, ...], settlements: tuple[Settlement, ...], town_people: dict | None = None,
    town_adjectives: dict | None = None,
) -> Iterator[tuple[str, Entry]]:
    for region in regions:
        for lang, forms in region.names.items():
            for form in forms:
                for inflected in _inflected(form, lang):
                    yield inflected, Entry("region_name", region.code, lang, proper=_proper(form))
        for form in region.standalone:
            for inflected in _inflected(form, None):
                yield inflected, Entry("region_name", region.code, None, proper=_proper(form))
        for form in region.former_names:
            for inflected in _inflected(form, None):
                yield inflected, Entry("region_name", region.code, None, extra=FORMER_NAME, proper=_proper(form))
        for lang, forms in region.stems.items():
            for form in forms:
                variants = russian_adjective_forms(form) if lang == "ru" else frozenset({form})
                # a Russian adjective of a place is written in lower case mid-sentence
                # («актюбинского штаба»); a stem needs a region or body word after it anyway
                proper = _proper(form) and not (lang == "ru" and _RUSSIAN_ADJECTIVE_STEM.search(form))
                for inflected in {i for v in variants for i in _inflected(v, lang)}:
                    yield inflected, Entry("region_stem", region.code, lang, proper=proper)
    by_name = {s.name: s for s in settlements}
    for s, lang, word in _town_words(town_people, "town_people", by_name):
        yield from _town_people(s, lang, word, word)
    for s, lang, word in _town_words(town_adjectives, "town_adjectives", by_name):
        for form in russian_adjective_forms(word):
            # (in any case: places.find_places sets aside one capitalised inside a sentence)
            yield form, Entry("settlement", s.name, lang, extra=s.region)
    for s in settlements:
        for form in (s.name, *s.variants, *s.former_names):
            entry = Entry("settlement", s.name, None, ambiguous=s.ambiguous, extra=s.region, proper=_proper(form))
            for inflected in _inflected(form, None):
                yield inflected, entry
        if s.kind in _TOWN_KINDS and not s.ambiguous:
            yield from _demonym_entries(s)


# The `extra` of a region's name that is a former one ("Akmola", the capital's name until 1998).
FORMER_NAME = "former"
# The `extra` of the people of a town named after it, met («алматылықтармен»): a group that
# the town's name, an entity, does not hide.
DEMONYM = "demonym"
# Kinds of settlement whose people Kazakh names after the town («алматылықтар»).
_TOWN_KINDS = frozenset({"city_republican", "regional_center", "city", "town"})


def _demonym_entries(s: Settlement) -> Iterator[tuple[str, Entry]]:
    """«қарағандылық жастар» (young people of Karaganda) names the town; «алматылықтармен
    кездесті» (met people of Almaty) names it and its residents met (codebook 4, 6)."""
    for form in {f for f in (s.name, *s.variants) if _KAZAKH_LETTERS.search(f) or _CYRILLIC.search(f)}:
        words = kazakh_demonym(form)
        if words is None:
            continue
        singular, plural = words
        yield from _town_people(s, "kk", singular + "*", plural + "*")


def _town_words(per_town: dict | None, key: str, by_name: dict[str, Settlement]) -> Iterator[tuple[Settlement, str, str]]:
    """(town, language, word) of a cues.yaml mapping keyed by the gazetteer's settlement names."""
    for name, per_lang in (per_town or {}).items():
        if name not in by_name:
            raise ReferenceDataError(f"cues.yaml {key} names {name!r}, which settlements.csv does not hold")
        for lang, words in per_lang.items():
            for word in words:
                yield by_name[name], lang, str(word)


def _town_people(s: Settlement, lang: str, named: str, met: str) -> Iterator[tuple[str, Entry]]:
    """The words for a town's people: `named` gives the town, `met` (the same or its plural)
    the population met as well."""
    yield named, Entry("settlement", s.name, lang, extra=s.region)
    yield met, Entry("audience", "population", lang, extra=DEMONYM)


_RUSSIAN_ADJECTIVE = re.compile(r"(?:ий|ый|ой)$")
_RUSSIAN_ADJECTIVE_STEM = re.compile(r"(?:ая|яя|ий|ый|ой)$")


def _district_entries(districts: tuple[District, ...]) -> Iterator[tuple[str, Entry]]:
    """District names as written before district / район / ауданы; Russian ones are
    adjectives and agree with район in every case («в Зерендинском районе»)."""
    for d in districts:
        entry = Entry("district", d.region, None, ambiguous=d.ambiguous, extra=d.name, proper=True, shared=bool(d.shared_with))
        for form in (d.name, *d.variants):
            forms = russian_adjective_forms(form) if _RUSSIAN_ADJECTIVE.search(form) else frozenset({form})
            for inflected in forms:
                yield inflected, entry


# The `extra` of the cues of a working trip or visit ("working trip", «рабочая поездка»).
WORKING_TRIP = "working_trip"
# The `extra` of the weak cues that only say something took place ("was held", «прошла»).
OCCURRENCE = "occurrence"
# The `extra` of the cues of rounds of homes ("door to door", «поквартирный обход», «үйме-үй»).
DOOR_TO_DOOR = "door_to_door"
# The `extra` of posters put up ("posters", «расклеили»), and of a bare street as the place of
# an action ("in the streets", «на улицах»): posters put up in the streets are a tour's work.
POSTERS = "posters"
STREET = "street"
# The `extra` of the weak words of a party's drive («акция»), `other` unless `reading` finds it a rally.
DRIVE = "drive"
WHOLE_STAFF = "whole_staff"  # the value of a workforce noun for one workplace's whole staff


def _vocabulary_entries() -> Iterator[tuple[str, Entry]]:
    cues = load_cues()
    topics = load_topics()
    yield from _cue_entries("topic", topics["topics"])
    for event_type, tiers in cues["event_types"].items():
        for tier in ("strong", "weak"):
            yield from _cue_entries("event_" + tier, {event_type: tiers.get(tier) or {}})
        # (a working trip: `classify` makes it other where nobody is met on it)
        yield from _cue_entries("event_strong", {event_type: tiers.get("working_trip") or {}}, extra=WORKING_TRIP)
        yield from _cue_entries("event_strong", {event_type: tiers.get("door_to_door") or {}}, extra=DOOR_TO_DOOR)
        yield from _cue_entries("event_strong", {event_type: tiers.get("posters") or {}}, extra=POSTERS)
        yield from _cue_entries("event_strong", {event_type: tiers.get("street") or {}}, extra=STREET)
        yield from _cue_entries("event_weak", {event_type: tiers.get("occurrence") or {}}, extra=OCCURRENCE)
        yield from _cue_entries("event_weak", {event_type: tiers.get("drive") or {}}, extra=DRIVE)
    yield from _cue_entries("audience", cues["audiences"])
    yield from _cue_entries("role", cues["roles"])
    yield from _cue_entries("election", cues["elections"])
    yield from _cue_entries("list_type", cues["list_types"])
    yield from _lang_list_entries("org_head", cues["organisation_heads"])
    yield from _lang_list_entries("member_body", cues["member_bodies"])
    yield from _lang_list_entries("institution_head", cues["institution_heads"])
    yield from _lang_list_entries("workforce", cues["workforce"]["people"])
    yield from _lang_list_entries("workforce", cues["workforce"]["staff"], WHOLE_STAFF)
    yield from _lang_list_entries("workplace", cues["workforce"]["places"])
    yield from _lang_list_entries("region_word", cues["region_words"])
    yield from _lang_list_entries("region_word_before", cues["region_words_before"])
    yield from _lang_list_entries("settlement_word_before", cues["settlement_words_before"])
    yield from _lang_list_entries("settlement_word_after", cues["settlement_words_after"])
    yield from _lang_list_entries("village_word", cues["village_words"])
    yield from _lang_list_entries("non_event", cues["non_event"])
    yield from _lang_list_entries("district_word", cues["district_words"])
    yield from _lang_list_entries("not_held", cues["not_held"])
    yield from _lang_list_entries("denial", cues["denials"])
    yield from _cue_entries("audience_always", cues["audience_always"])
    yield from _lang_list_entries("not_venue_before", cues["not_venue_before"])
    yield from _lang_list_entries("not_venue_after", cues["not_venue_after"])
    yield from _lang_list_entries("region_only_before", cues["region_only_before"])
    yield from _lang_list_entries("region_only_after", cues["region_only_after"])
    yield from _lang_list_entries("not_campaign_actor", cues["not_campaign_actors"])
    yield from _lang_list_entries("street_before", cues["street_before"])
    yield from _lang_list_entries("street_after", cues["street_after"])
    yield from _lang_list_entries("org_not_met_before", cues["organisation_not_met_before"])
    yield from _lang_list_entries("org_not_met_after", cues["organisation_not_met_after"])
    yield from _lang_list_entries("program_frame", topics["program_frame_cues"])
    yield from _lang_list_entries("program_presented", topics["program_presented_cues"])
    yield from _lang_list_entries("campaign_actor", cues["campaign_actors"])
    yield from _lang_list_entries("speech", cues["speech"])
    yield from _lang_list_entries("saying", cues["indirect_speech"])
    yield from _lang_list_entries("belief_after", cues["belief_after"])
    yield from _lang_list_entries("congratulating", cues["congratulating"])
    yield from _lang_list_entries("victory", cues["victories"])
    yield from _lang_list_entries("attribution_source", cues["attribution_sources"])
    yield from _lang_list_entries("event_anaphora", cues["event_anaphora"])
    yield from _lang_list_entries("body_word", cues["body_words"])
    yield from _lang_list_entries("topic_frame", cues["topic_frames"])
    yield from _lang_list_entries("topic_frame_after", cues["topic_frames_after"])
    yield from _lang_list_entries("internal_audience", cues["internal_audience"])
    yield from _lang_list_entries("criticism", cues["criticism"])
    yield from _lang_list_entries("campaign_period", cues["campaign_period"])
    yield from _lang_list_entries("campaigning_noun", cues["campaigning_as_noun"])
    yield from _lang_list_entries("debate_format", cues["debate_format"])
    yield from _lang_list_entries("debate_round", cues["debate_rounds"])
    yield from _lang_list_entries("broadcast_scene", cues["broadcast_scenes"])
    yield from _lang_list_entries("vote_word", cues["vote_words"])
    yield from _lang_list_entries("protest_word", cues["protest_words"])
    yield from _lang_list_entries("address_verb", cues["address_verbs"])
    yield from _lang_list_entries("listening_verb", cues["listening_verbs"])
    yield from _lang_list_entries("telling_verb", cues["telling_verbs"])
    yield from _lang_list_entries("meeting_setting", cues["meeting_settings"])
    yield from _lang_list_entries("going_verb", cues["going_verbs"])
    yield from _lang_list_entries("body_destination", cues["body_destinations"])
    yield from _lang_list_entries("trading_place", cues["trading_places"])
    yield from _lang_list_entries("community", cues["community_groups"])
    yield from _lang_list_entries("reporter", cues["reporter_pronouns"])
    yield from _lang_list_entries("debater", cues["debaters"])
    yield from _lang_list_entries("feature_opener", cues["feature_openers"])
    yield from _lang_list_entries("commentator", cues["commentators"])
    yield from _lang_list_entries("commission_event", cues["commission_events"])
    yield from _lang_list_entries("time_reference", cues["time_references"])
    yield from _lang_list_entries("petition_verb", cues["petition_verbs"])
    yield from _lang_list_entries("gathering_verb", cues["gathering_verbs"])
    yield from _lang_list_entries("placard", cues["placards"])
    yield from _lang_list_entries("crowd", cues["crowds"])
    yield from _lang_list_entries("street_verb", cues["street_verbs"])
    yield from _lang_list_entries("street_scene", cues["street_scenes"])
    yield from _lang_list_entries("street_people", cues["street_people"])
    yield from _lang_list_entries("referendum_subject", cues["referendum_subjects"])
    yield from _lang_list_entries("referendum_word", cues["referendum_words"])
    yield from _lang_list_entries("referendum_question", cues["referendum_questions"])
    yield from _lang_list_entries("party_act", cues["party_acts"])
    yield from _lang_list_entries("party_decision", cues["party_decisions"])
    yield from _lang_list_entries("giving_verb", cues["giving_verbs"])
    yield from _lang_list_entries("gift_thing", cues["gift_things"])
    yield from _lang_list_entries("party_body", cues["party_bodies"])
    yield from _lang_list_entries("not_topic", cues["not_topics"])
    yield from _lang_list_entries("visit_verb", cues["visit_verbs"])
    yield from _lang_list_entries("in_person_room", cues["in_person_rooms"])
    yield from _lang_list_entries("subject_anaphora", cues["subject_anaphora"])
    frame = cues["opening_frame"]
    yield from _lang_list_entries("opening_body", frame["bodies"])
    yield from _lang_list_entries("opening_verb", frame["verbs"])
    yield from _lang_list_entries("opening_not_with", frame["not_with"])
    for lang in LANGUAGES:
        for form in cues["legal_forms"].get(lang) or ():
            yield form, Entry("legal_form", form, lang, exact_case=form)


@lru_cache(maxsize=1)
def load_resources() -> Resources:
    return build_resources()


def build_resources(keep_cue: Callable[[str, Entry], bool] | None = None) -> Resources:
    """The resources of the data files; with `keep_cue`, the gazetteer holds only the cue
    phrases (every entry of cues.yaml and topics.yaml, not the parties and places) it keeps:
    the training reads its sets so to see what the rules make of text whose words they lack
    (`saylau.lexicon_dropout`)."""
    parties = load_parties()
    regions = load_regions()
    settlements = load_settlements()
    cues = load_cues()

    def items() -> Iterator[tuple[str, Entry]]:
        for party in parties:
            yield from _party_entries(party)
        yield from _place_entries(regions, settlements, cues.get("town_people"), cues.get("town_adjectives"))
        yield from _district_entries(load_districts())
        vocabulary = _vocabulary_entries()
        yield from vocabulary if keep_cue is None else (item for item in vocabulary if keep_cue(*item))

    return Resources(
        gazetteer=Gazetteer(items()),
        parties={p.code: p for p in parties},
        regions={r.code: r for r in regions},
        settlements={s.name: s for s in settlements},
        event_type_priority=tuple(cues["event_type_priority"]),
        event_type_rank={t: i for i, t in enumerate(cues["event_type_priority"])},
        not_names=frozenset(str(w).lower() for w in cues.get("not_names") or ()),
        strict_legal_forms=frozenset(f for lang in LANGUAGES for f in cues["standalone_legal_forms"].get(lang) or ()),
        future=compile_markers(cues["future"]),
        pronoun=_words_pattern(cues["actor_pronouns"]),
        people_pronoun=_words_pattern(cues["people_pronouns"]),
        campaign_group=_stems_pattern(cues["campaign_groups"]["named"]),
        group_later=_words_pattern(cues["campaign_groups"]["later"]),
        place_anaphor=_words_pattern(cues["place_anaphors"]),
        tally=_tally_pattern(cues["aggregate_before"], cues["aggregate_not_after"]),
        tally_words=_rare_words(_all_languages(cues["aggregate_before"])),
        kazakh_homographs=tuple(str(w).lower() for w in cues.get("kazakh_homographs") or ()),
        other_programmes=OtherProgrammes(**{kind: _word_before(words) for kind, words in cues["other_programmes"].items()}),
    )

