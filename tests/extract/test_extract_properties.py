"""Properties of the extractor for any text (issue 13): it never raises, every evidence span
lies inside its paragraph, and the same document always gives the same events."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saylau.extract import extract_events
from saylau.model import Document

# Words the extractor reacts to, mixed with anything at all, so that the text reaches the
# parts past the first scan (parties, places, cue words, quotes, dates) in all three languages.
CUES = [
    "AMANAT", "Auyl", "NPK", "Aq Jol", "Baitak", "Respublica", "NSDP", "Almaty", "Astana", "Kostanay",
    "met voters", "held a rally", "press conference", "candidates", "will meet", "«", "»", '"', ",", ".",
    "Партия", "провела встречу", "в Костанае", "кандидаты", "партиясы", "кездесу өткізді", "Ақмола",
    "15 марта 2023", "March 15, 2023", "\n", "  ", "\u2028", "\t", "\u00a0", "…",
]  # fmt: skip
TEXTS = st.lists(st.one_of(st.sampled_from(CUES), st.text(max_size=12)), max_size=40).map(" ".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from([None, "en", "ru", "kk"]))
def test_any_text_gives_events_whose_spans_lie_inside_their_paragraph(text, lang):
    doc = Document(id="any", text=text, lang=lang)
    paragraphs = dict(doc.paragraphs())

    events = extract_events(doc)

    for event in events:
        paragraph = paragraphs[event.paragraph]
        for spans in event.evidence.values():
            for span in spans:
                assert 0 <= span.start < span.end <= len(paragraph)
    again = extract_events(Document(id="any", text=text, lang=lang))
    assert [e.to_dict() for e in again] == [e.to_dict() for e in events]
