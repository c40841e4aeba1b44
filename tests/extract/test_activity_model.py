"""The activity model: where the pipeline asks it, what the event it adds holds, what it reads
of a paragraph, its file, and the shipped model on background (codebook 1)."""
from __future__ import annotations

import math

import pytest

from saylau.activity_training import THRESHOLDS
from saylau.extract.activity_model import ActivityModel, activity_signs, load_activity_model
from saylau.extract.continuation_model import ContinuationModel
from saylau.extract.gate import Gate, TypeModel
from saylau.extract.pipeline import document_context, extract_events, extract_paragraph
from saylau.extract.reading import read_paragraph
from saylau.extract.resources import load_resources
from saylau.model import Document

# a candidate at a farm, told with no activity word the rules know
AT_THE_FARM = {
    "en": "Ak Zhol candidate Daniya Espayeva spent Tuesday at a poultry farm in the Kostanay region, where the talk was of feed prices.",
    "ru": "Кандидат от партии «Ак жол» Дания Еспаева провела вторник на птицефабрике в Костанайской области, где речь шла о ценах на корма.",
    "kk": "«Ақ жол» партиясының кандидаты Дания Еспаева сейсенбіде Қостанай облысындағы құс фабрикасында болып, жем бағасы туралы әңгіме өрбіді.",
}
# a hand-made model: a paragraph naming a party reports a staff meeting
PARTY_AT_WORK = ActivityModel(
    ContinuationModel(bias=-4.0, weights={"s:party": 6.0}, threshold=0.5),
    TypeModel(("labour_collective_meeting", "voter_meeting"), (0.0, 0.0), {"s:party": (2.0, 0.0)}),
)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_paragraph_the_model_reads_as_an_activity_gets_one_event_of_its_type_from_its_own_mentions(lang):
    text = AT_THE_FARM[lang]
    assert extract_paragraph(text, "d", 0, lang=lang, activity=None) == []  # (the rules and the other models: none)
    (event,) = extract_paragraph(text, "d", 0, lang=lang, activity=PARTY_AT_WORK)
    assert event.event_type == "labour_collective_meeting"
    assert event.parties == ("AQ_JOL",) and event.regions == ("KZ-39",)
    assert math.isclose(event.confidence, round(1 / (1 + math.exp(-2.0)), 3))
    for field in ("parties", "regions", "event_type"):
        spans = event.evidence[field]
        assert spans and all(0 <= s.start < s.end <= len(text) for s in spans)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_model_adds_nothing_under_its_threshold(lang):
    sure_only = ActivityModel(ContinuationModel(-4.0, {"s:party": 6.0}, 0.95), PARTY_AT_WORK.types)
    assert extract_paragraph(AT_THE_FARM[lang], "d", 0, lang=lang, activity=sure_only) == []


MEETING = {
    "en": "Candidates of the Auyl party met residents of the village of Shortandy, Akmola region, on Saturday.",
    "ru": "В субботу кандидаты партии «Ауыл» встретились с жителями посёлка Шортанды Акмолинской области.",
    "kk": "Сенбі күні «Ауыл» партиясының кандидаттары Ақмола облысы Шортанды кентінің тұрғындарымен кездесті.",
}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_events_the_gate_dropped_are_not_added_again(lang):
    always = ActivityModel(ContinuationModel(5.0, {}, 0.5), PARTY_AT_WORK.types)
    drops_all = Gate(weights={}, bias=-10.0, threshold=0.5)
    assert extract_paragraph(MEETING[lang], "d", 0, lang=lang, gate=False)  # (the rules propose a meeting)
    assert extract_paragraph(MEETING[lang], "d", 0, lang=lang, gate=drops_all, activity=always) == []


def test_the_model_is_not_asked_where_an_event_was_found():
    always_other = ActivityModel(ContinuationModel(5.0, {}, 0.5), TypeModel(("other",), (0.0,), {}))
    (event,) = extract_paragraph(MEETING["en"], "d", 0, lang="en", activity=always_other)
    assert event.event_type == "voter_meeting"


@pytest.mark.parametrize(
    "lang,text,after_event,signs",
    [
        ("en", "Ak Zhol says the «farm» lacks cheap loans.", False, {"s:party", "s:quote"}),
        ("ru", "Кандидаты партии «Ауыл» проведут встречи в четверг.", True, {"s:party", "s:future", "s:after_event", "s:quote"}),
        ("kk", "Жем бағасы туралы әңгіме өрбіді.", False, set()),
    ],
)
def test_the_signs_read_the_party_the_paragraph_before_a_plan_and_a_quote(lang, text, after_event, signs):
    res = load_resources()
    context = document_context(Document(id="d", text=text, lang=lang), res)
    para = read_paragraph(text, res, context, lang, whole=True)
    found = activity_signs(para, context, lang, after_event)
    assert f"l:{lang}" in found
    assert {f for f in found if f.startswith("s:") and f != "s:short"} == signs


def test_a_party_the_title_names_is_a_sign_of_the_document():
    res = load_resources()
    document = Document(id="d", title="Ak Zhol candidates tour the Kostanay region", text="The talk was of feed prices.", lang="en")
    context = document_context(document, res)
    para = read_paragraph(document.text, res, context, "en", whole=True)
    assert "s:document_party" in activity_signs(para, context, "en", False)
    assert "s:party" not in activity_signs(para, context, "en", False)


@pytest.mark.parametrize(
    "title,signs",
    [
        ("Presidential candidates wrap up their tours of the regions", {"s:document_campaign"}),
        ("Party leaders meet in a televised debate", {"s:document_debate"}),
        ("Turnout figures for the region", set()),
    ],
)
def test_what_the_title_says_of_the_document_is_a_sign(title, signs):
    res = load_resources()
    document = Document(id="d", title=title, text="The talk was of feed prices.", lang="en")
    context = document_context(document, res)
    para = read_paragraph(document.text, res, context, "en", whole=True)
    found = activity_signs(para, context, "en", False)
    assert {f for f in found if f.startswith("s:document_") and f != "s:document_party"} == signs


def test_an_event_earlier_in_the_document_is_a_sign():
    res = load_resources()
    document = Document(id="d", text="Ak Zhol candidates met the residents of Kostanay.\n\nFeed prices are up.\n\nThe talk was of feed prices.", lang="en")
    context = document_context(document, res)
    signs = []
    for index, text in document.paragraphs():
        para = read_paragraph(text, res, context, "en", whole=True)
        signs.append(activity_signs(para, context, "en", False))
        extract_paragraph(text, "d", index, res, "en", context)
    assert "s:earlier_event" not in signs[0] and "s:earlier_event" in signs[2]


def test_the_model_survives_its_file_format():
    again = ActivityModel.from_json(PARTY_AT_WORK.to_json())
    assert again == PARTY_AT_WORK
    assert again.judge(["farm"], {"s:party"}) == PARTY_AT_WORK.judge(["farm"], {"s:party"})
    assert again.judge(["farm"], set())[1] == ""  # (under the threshold: no type)


def test_the_activity_model_is_shipped():
    model = load_activity_model()
    assert model is not None and model.presence.threshold in THRESHOLDS
    assert {name[:2] for name in model.presence.weights} >= {"w:", "b:", "s:", "k:", "l:"}
    assert {"voter_meeting", "labour_collective_meeting", "other", "campaign_tour"} <= set(model.types.classes)


BACKGROUND = [
    ("en", "Turnout in the region at the last election was 61 %, the regional commission said."),
    ("en", "Founded in 1998, the party counts about 40,000 members, according to its website."),
    ("ru", "Явка в области на прошлых выборах составила 61 %, сообщили в областной комиссии."),
    ("ru", "Партия основана в 1998 году и имеет филиалы во всех семнадцати регионах страны."),
    ("kk", "Өткен сайлауда облыстағы сайлаушылардың белсенділігі 61 пайыз болды, деп хабарлады облыстық комиссия."),
    ("kk", "Партия 1998 жылы құрылған, елдің барлық он жеті өңірінде филиалы бар."),
]


@pytest.mark.parametrize("lang,text", BACKGROUND)
def test_the_shipped_model_reads_figures_and_a_party_s_history_as_no_event(lang, text):
    document = Document(id="d", title="Auyl in Akmola region", text=text, lang=lang)
    assert extract_events(document) == []
