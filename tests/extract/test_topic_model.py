"""The topic model: its reading of a paragraph, where it fills topics, and the shipped model's
topics on paragraphs whose issues the topic rules do not read (codebook 6)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saylau.extract import extract_paragraph
from saylau.extract.features import word_features
from saylau.extract.topic_model import TopicModel, combined, load_topic_model
from saylau.model import Event

ECOLOGY = TopicModel(
    topics=("ecology", "water"),
    bias=(-2.0, -3.0),
    weights={"ecology": {"w:pollut": 3.0, "b:air_pollut": 1.0, "w:of": 0.5, "w:the": -0.5}, "water": {"w:pollut": 0.2}},
    threshold=0.5,
)
TEXT = "They spoke of the air pollution in Temirtau."


def _event(topics: tuple[str, ...] = ()) -> Event:
    return Event(doc_id="d", paragraph=0, parties=("AMANAT",), event_type="voter_meeting", topics=topics)


def test_a_topic_over_the_threshold_fills_an_event_without_topics_with_its_strongest_word_as_evidence():
    event, = ECOLOGY.with_topics([_event()], TEXT)
    assert event.topics == ("ecology",)  # (water stays under its threshold)
    span, = event.evidence["topics"]
    assert TEXT[span.start:span.end] == "pollution"


def test_the_rules_topics_stand_alone_where_they_read_any():
    ruled = [_event(("energy_utilities",)), _event()]
    assert ECOLOGY.with_topics(ruled, TEXT) == ruled
    assert combined({"energy_utilities"}, {"ecology"}) == {"energy_utilities"}
    assert combined(set(), {"ecology"}) == {"ecology"}


def test_no_topic_without_a_word_that_weighs_for_it():
    # the bias alone over the threshold, no word of the paragraph for the topic: nothing to show
    eager = TopicModel(topics=("ecology",), bias=(2.0,), weights={"ecology": {"w:pollut": 1.0}}, threshold=0.5)
    assert eager.raised("They spoke of roads.") == {}
    assert eager.with_topics([_event()], "They spoke of roads.") == [_event()]


def test_a_short_word_is_evidence_only_where_no_longer_one_weighs_for_the_topic():
    model = TopicModel(topics=("ecology",), bias=(0.0,), weights={"ecology": {"w:of": 5.0, "w:smog": 1.0}}, threshold=0.5)
    span = model.raised("Talk of smog.")["ecology"]
    assert "Talk of smog."[span.start:span.end] == "smog"


def test_the_model_survives_its_file_format():
    again = TopicModel.from_json(ECOLOGY.to_json())
    assert again == ECOLOGY
    assert again.raised(TEXT) == ECOLOGY.raised(TEXT)


WORDS = st.sampled_from(["Pollution", "air", "воды", "Ауыз", "суы", "of", "the", "ıı", "İstanbul", "x", "ёлки", "қала"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(WORDS, st.sampled_from([" ", ", ", ". ", "-", "5", "_", "«"])), max_size=12))
def test_the_text_scan_reads_the_same_features_as_the_trained_model_did(pieces):
    text = "".join(word + gap for word, gap in pieces)
    features = word_features(text)
    model = TopicModel(topics=("t",), bias=(0.0,), weights={"t": dict.fromkeys(features, 1.0)}, threshold=0.5)
    probabilities, rows = model.scores(text)
    assert len(rows) == len(set(rows)) == len(features)  # every feature found, once
    assert probabilities == pytest.approx(model.probabilities(features))
    for topic_span in model.raised(text).values():  # (the strongest word, found in the text)
        assert text[topic_span.start:topic_span.end].strip()




def test_the_topic_model_is_shipped():
    assert load_topic_model() is not None  # (reference/data/models/topic_model.json, package data)


# Codebook 6: the programme set out in a debate is `party_program`; an ecological clean-up is
# `ecology`. The topic rules read neither (no cue word of theirs in a clause of talk).
FILLED = [
    ("en", "In the first round of the televised debate the participants took turns to outline the key directions of their parties' election programmes.", "party_program"),
    ("ru", "Во время теледебатов участники по очереди изложили основные направления предвыборных программ своих партий.", "party_program"),
    ("kk", "Теледебаттың бірінші раундында қатысушылар кезек-кезек өз партияларының сайлауалды бағдарламаларының негізгі бағыттарын айтып шықты.", "party_program"),
    ("ru", "Карагандинский филиал партии «Аманат» в субботу провёл экологический субботник. Члены партии и волонтёры собрали более двух тонн мусора на берегах реки и в городских парках, а у школы высадили деревья.", "ecology"),
    ("kk", "«Аманат» партиясының Қарағанды филиалы экологиялық сенбілік өткізді: партия мүшелері мен еріктілер өзен жағасын қоқыстан тазартып, саябаққа ағаш отырғызды.", "ecology"),
]


@pytest.mark.parametrize("lang,text,topic", FILLED)
def test_the_shipped_model_gives_the_issue_the_rules_do_not_read(lang, text, topic):
    rules, = extract_paragraph(text, "t", 0, lang=lang, gate=False)
    assert rules.topics == ()
    shipped, = extract_paragraph(text, "t", 0, lang=lang)
    assert topic in shipped.topics
    assert all(text[s.start:s.end].strip() for s in shipped.evidence["topics"])


# Codebook 6: visiting a plant is no topic by itself; a meeting whose issues the rules read keeps them.
KEPT = [
    ("en", "Amanat deputies visited the Kazzinc plant in Ust-Kamenogorsk and met its workforce.", ()),
    ("ru", "Депутаты партии «Аманат» посетили завод «Казцинк» в Усть-Каменогорске и встретились с коллективом.", ()),
    ("kk", "«Аманат» партиясының депутаттары Өскемендегі «Казцинк» зауытына барып, ұжыммен кездесті.", ()),
    ("en", "Candidates of the Auyl party met residents of the village of Zerenda. People complained that the rural clinic has had no doctor for two years.", ("healthcare",)),
    ("ru", "Депутаты партии «Аманат» встретились с коллективом завода «Казцинк» в Усть-Каменогорске и ответили на вопросы о задержке зарплаты.", ("wages",)),
    ("kk", "«Ауыл» партиясының кандидаттары Зеренді ауылының тұрғындарымен кездесті. Ауыл тұрғындары емханада екі жылдан бері дәрігер жоқ екенін айтты.", ("healthcare",)),
]


@pytest.mark.parametrize("lang,text,topics", KEPT)
def test_the_shipped_model_adds_no_topic_to_a_visit_and_none_beside_the_rules(lang, text, topics):
    shipped, = extract_paragraph(text, "t", 0, lang=lang)
    assert shipped.topics == topics
