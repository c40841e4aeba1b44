"""The continuation model: where the pipeline asks it, what the event it adds holds, what it
reads of a paragraph, and the shipped model on paragraphs after a meeting (codebook 1)."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saylau.continuation_training import THRESHOLDS
from saylau.extract.continuation_model import ContinuationModel, continuation_features, load_continuation_model
from saylau.extract.features import stem_features, stems
from saylau.extract.pipeline import document_context, extract_events, extract_paragraph
from saylau.extract.reading import read_paragraph
from saylau.extract.resources import load_resources
from saylau.model import Actor, Document, Event

# a visit the rules read, then a paragraph that names the candidate again but no activity the
# rules know: the hand-made model below says it goes on about the visit
VISIT = {
    "en": "On Friday Ak Zhol candidate Daniya Espayeva visited a poultry farm in the Kostanay region.",
    "ru": "В пятницу кандидат от партии «Ак жол» Дания Еспаева посетила птицефабрику в Костанайской области.",
    "kk": "Жұма күні «Ақ жол» партиясының кандидаты Дания Еспаева Қостанай облысындағы құс фабрикасына барды.",
}
AFTER = {
    "en": "Espayeva looked round the new incubators and asked the managers what the farm lacks to grow.",
    "ru": "«Малым птицефабрикам нужны дешёвые кредиты и справедливая цена на корма», – отметила Еспаева.",
    "kk": "«Шағын құс фабрикаларына арзан несие мен жемнің әділ бағасы керек», – деді Еспаева.",
}
BACKGROUND = {
    "en": "Poultry farming in the region has grown by a tenth over the past five years.",
    "ru": "За последние пять лет птицеводство в области выросло на десятую часть.",
    "kk": "Соңғы бес жылда облыстағы құс шаруашылығы оннан бір бөлікке өсті.",
}
SAME_PERSON = ContinuationModel(bias=-4.0, weights={"s:same_person": 6.0}, threshold=0.5)


def _read(paragraphs: list[str], lang: str, model, gate=True) -> list[list[Event]]:
    document = Document(id="d", text="\n".join(paragraphs), lang=lang)
    res = load_resources()
    context = document_context(document, res)
    return [extract_paragraph(text, "d", index, res, lang, context, gate=gate, continuation=model) for index, text in document.paragraphs()]


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_paragraph_the_model_reads_as_going_on_gets_the_events_type_and_party_but_not_its_places(lang):
    visit, after = _read([VISIT[lang], AFTER[lang]], lang, None)
    assert visit and not after  # (the rules alone: no event in the second paragraph)
    before = visit[-1]
    assert before.parties == ("AQ_JOL",) and before.regions  # (Kostanay)
    _, (event,) = _read([VISIT[lang], AFTER[lang]], lang, SAME_PERSON)
    assert event.paragraph == 1 and event.event_type == before.event_type
    assert event.parties == ("AQ_JOL",)  # (the paragraph names no party: the visit's carries on)
    assert event.regions == () and event.settlements == ()  # (places are never carried)
    assert math.isclose(event.confidence, round(1 / (1 + math.exp(-2.0)), 3))
    for field in ("parties", "event_type"):
        spans = event.evidence[field]
        assert spans and all(0 <= s.start < s.end <= len(AFTER[lang]) for s in spans)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_model_is_asked_only_right_after_an_event(lang):
    # under its threshold, and after a paragraph with no event: no event
    assert _read([VISIT[lang], AFTER[lang]], lang, ContinuationModel(-4.0, {"s:same_person": 6.0}, 0.95))[1] == []
    assert _read([BACKGROUND[lang], AFTER[lang]], lang, ContinuationModel(5.0, {}, 0.5)) == [[], []]


def test_a_paragraph_under_a_dateline_of_its_own_goes_on_about_nothing():
    dated = "ASTANA, 4 March. Espayeva looked round the new incubators and asked the managers what the farm lacks."
    assert _read([VISIT["en"], dated], "en", ContinuationModel(5.0, {}, 0.5))[1] == []


@pytest.mark.parametrize(
    "lang,text,signs",
    [
        ("en", "She then asked Espayeva's managers about the price of feed.", {"s:pronoun", "s:same_person"}),
        ("ru", "Еспаева спросила руководство о цене кормов, – сообщает «Ак жол».", {"s:party", "s:same_party", "s:same_person", "s:quote"}),
        ("kk", "Ол басшылардан жем бағасы туралы сұрады.", {"s:pronoun"}),
    ],
)
def test_the_features_read_the_event_before_its_person_in_any_case_and_the_paragraphs_signs(lang, text, signs):
    before = Event(doc_id="d", paragraph=0, parties=("AQ_JOL",), event_type="labour_collective_meeting", actors=(Actor("Дании Еспаевой" if lang == "ru" else "Daniya Espayeva", "candidate", "AQ_JOL"),))
    res = load_resources()
    document = Document(id="d", text=text, lang=lang)
    para = read_paragraph(text, res, document_context(document, res), lang, whole=True)
    features = continuation_features(para, before, lang, res.pronoun)
    assert {"t:labour_collective_meeting", f"l:{lang}"} <= features
    assert {f for f in features if f.startswith("s:") and f not in ("s:short",)} == signs
    assert any(f.startswith("w:") for f in features) and any(f.startswith("b:") for f in features)


WORDS = st.sampled_from(["met", "voters", "Еспаева", "встретился", "кездесті", "a", "the", "İzmir", "и"])
SIGNS = st.sets(st.sampled_from(["s:pronoun", "s:quote", "t:voter_meeting", "k:speech", "l:ru", "s:unknown"]))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(WORDS, st.sampled_from([" ", ", ", ". ", "-", "5", "«"])), max_size=12), SIGNS)
def test_the_model_scores_stems_and_signs_as_it_scores_their_feature_strings(pieces, signs):
    text = "".join(word + gap for word, gap in pieces)
    model = ContinuationModel(
        bias=-1.0,
        weights={"w:met": 0.7, "w:встрет": 0.4, "b:met_voters": 1.5, "b:еспаев_и": -0.3, "w:i̇zmir": 0.2, "s:pronoun": 2.0, "t:voter_meeting": 0.5, "k:speech": -0.8},
        threshold=0.5,
    )
    found = stems(text)
    assert math.isclose(model.paragraph_probability(found, signs), model.probability(stem_features(found) | signs))


def test_the_features_read_the_words_of_the_paragraph_before_apart_from_the_paragraphs_own():
    before = Event(doc_id="d", paragraph=0, parties=("AQ_JOL",), event_type="labour_collective_meeting")
    res = load_resources()
    text = "The director explained the plans."
    para = read_paragraph(text, res, document_context(Document(id="d", text=text, lang="en"), res), "en", whole=True)
    features = continuation_features(para, before, "en", res.pronoun, previous="Espayeva visited the poultry farm.")
    assert {"p:espaye", "p:visite", "p:poultr", "p:farm"} <= features
    assert "w:visite" not in features and "p:direct" not in features and "w:direct" in features


def test_the_model_survives_its_file_format():
    again = ContinuationModel.from_json(SAME_PERSON.to_json())
    assert again == SAME_PERSON
    assert again.probability({"s:same_person", "w:unknown"}) == SAME_PERSON.probability({"s:same_person"})


def test_the_continuation_model_is_shipped():
    model = load_continuation_model()
    assert model is not None and model.threshold in THRESHOLDS
    assert {"t:voter_meeting", "s:same_person", "s:pronoun"} <= set(model.weights)


MEETING = {
    "en": "Candidates of the Auyl party met residents of the village of Shortandy, Akmola region, on Saturday.",
    "ru": "В субботу кандидаты партии «Ауыл» встретились с жителями посёлка Шортанды Акмолинской области.",
    "kk": "Сенбі күні «Ауыл» партиясының кандидаттары Ақмола облысы Шортанды кентінің тұрғындарымен кездесті.",
}
NO_MORE = [
    ("en", "In 2021 the party won 5.1 % of the vote and did not enter the Mazhilis."),
    ("en", "According to the akim, the village has 4,200 residents and a new school is due next year."),
    ("ru", "Напомним, на выборах 2021 года партия набрала 5,1 % голосов и не прошла в мажилис."),
    ("ru", "По словам акима, в посёлке живут 4200 человек, а новую школу построят в следующем году."),
    ("kk", "2021 жылғы сайлауда партия 5,1 пайыз дауыс жинап, мәжіліске өте алмады."),
    ("kk", "Әкімнің айтуынша, кентте 4200 адам тұрады, жаңа мектеп келесі жылы салынады."),
]


@pytest.mark.parametrize("lang,text", NO_MORE)
def test_the_shipped_model_reads_background_and_figures_after_a_meeting_as_no_event(lang, text):
    document = Document(id="d", text=MEETING[lang] + "\n" + text, lang=lang)
    events = extract_events(document)
    assert [e.paragraph for e in events] == [0]


def test_the_shipped_model_reads_the_people_met_asking_as_more_of_the_meeting():
    text = "Pensioners asked for the clinic's pharmacy to be reopened; young families spoke of the queue for kindergarten places."
    document = Document(id="d", text=MEETING["en"] + "\n" + text, lang="en")
    assert [e.paragraph for e in extract_events(document, gate=False)] == [0]  # (the rules: none)
    meeting, more = extract_events(document)
    assert more.paragraph == 1 and more.event_type == meeting.event_type and more.parties == ("AUYL",)
    assert more.regions == ()
