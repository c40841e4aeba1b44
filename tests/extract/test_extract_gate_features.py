"""The gate's fast paths give what the plain definitions give: its score and its type model's
read from tables without the feature strings, and the stems read with letter ranges where the
text allows."""
from __future__ import annotations

import re

import pytest

from saylau.extract.features import STEM, paragraph_features, stems
from saylau.extract.gate import Gate, TypeModel, load_gate

TEXTS = [
    "Candidates of the Amanat party met voters in Kostanay and discussed the price of fuel.",
    "“We toured four districts,” said Ms Ayapova — the party’s candidate — on 12 March.",
    "Кандидаты партии «Ауыл» встретились с жителями села Зеренда и обсудили цены на топливо.",
    "«Respublica» партиясының үміткерлері Шымкентте сайлаушылармен кездесті, 2023 жылғы наурыз.",
    "Café owners, naïve Straße-voters and x² fans met the candidate_one in Ærø; ёлка Ёж.",
    "ІІІ съезд: Үміткер Ұлан ӘБІЛОВ «Әділет» партиясынан, 3-ші округ.",
]

_GENERAL_STEM = re.compile(r"([^\W\d_]{1,%d})[^\W\d_]*" % STEM)


@pytest.mark.parametrize("text", TEXTS)
def test_stems_are_those_of_the_unicode_category_pattern(text):
    assert stems(text) == _GENERAL_STEM.findall(text.lower())


@pytest.mark.parametrize("text", TEXTS)
def test_the_gate_scores_a_paragraph_as_it_scores_its_feature_strings(text):
    gate = load_gate()
    if gate is None:
        pytest.skip("no shipped gate")
    for signals in (set(), {"party_named", "place", "type:voter_meeting", "events:1"}):
        expected = gate.probability(paragraph_features(text, signals))
        assert gate.paragraph_probability(text, signals) == pytest.approx(expected, abs=1e-12)


def test_a_gate_with_weights_of_another_shape_scores_by_its_feature_strings():
    text = TEXTS[0]
    words = sorted(paragraph_features(text, {"place"}))
    gate = Gate(weights={words[0]: 0.5, words[-1]: -0.25, "x:odd": 3.0}, bias=0.1, threshold=0.5)
    assert gate._tables is None
    assert gate.paragraph_probability(text, {"place"}) == gate.probability(paragraph_features(text, {"place"}))


@pytest.mark.parametrize("text", TEXTS)
def test_the_type_model_reads_a_paragraph_as_it_reads_its_feature_strings(text):
    gate = load_gate()
    if gate is None or gate.types is None:
        pytest.skip("no shipped type model")
    for signals in (set(), {"party_named", "place", "type:voter_meeting", "events:1"}, {"type:other", "after_event"}):
        kind, sure = gate.types.predict(paragraph_features(text, signals))
        fast_kind, fast_sure = gate.types.predict_paragraph(text, signals)
        assert fast_kind == kind and fast_sure == pytest.approx(sure, abs=1e-12)


def test_a_type_model_with_weights_of_another_shape_reads_its_feature_strings():
    text = TEXTS[2]
    words = sorted(paragraph_features(text, {"place"}))
    types = TypeModel(classes=("other", "rally"), bias=(0.0, 0.1), weights={words[0]: (0.5, -0.5), "x:odd": (1.0, 0.0)})
    assert types._matrix is None
    assert types.predict_paragraph(text, {"place"}) == types.predict(paragraph_features(text, {"place"}))
    assert types.predict_paragraph(text, {"place"})[0] == "other"
