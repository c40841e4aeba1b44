"""The partial lexicon the training reads the development sets with (`saylau.lexicon_dropout`)."""
from __future__ import annotations

from pathlib import Path

from saylau.activity_training import activity_samples
from saylau.extract.context import DocumentContext
from saylau.extract.gazetteer import Entry
from saylau.extract.reading import ENTITY_KINDS, read_paragraph
from saylau.extract.resources import load_resources
from saylau.goldsets import development_sets
from saylau.lexicon_dropout import SHARE, SIGN, kept, partial_resources
from saylau.training import samples

DATA = Path(__file__).resolve().parents[1] / "data"


def _hits(text: str, res, lang: str) -> list[tuple[str, int, int]]:
    return sorted((h.kind, h.start, h.end) for h in read_paragraph(text, res, DocumentContext(), lang).hits)


def test_which_phrases_are_kept_depends_only_on_the_phrase_and_about_the_share_is_left_out():
    entry = Entry("event_strong", "voter_meeting", "en")
    forms = [f"phrase {i}" for i in range(4000)]
    first = [kept(form, entry) for form in forms]
    assert first == [kept(form, entry) for form in forms]
    assert abs(first.count(False) / len(forms) - SHARE) < 0.03
    assert [kept(form, entry, seed="b") for form in forms] != first


def test_the_partial_lexicon_reads_fewer_cue_words_and_every_party():
    gold_set = next(s for s in development_sets(DATA) if s.name == "dev_ru_b")
    whole, partial = load_resources(), partial_resources()
    cues = {"whole": 0, "partial": 0}
    for doc in gold_set.read():
        for _, text in doc.paragraphs():
            full_hits, partial_hits = _hits(text, whole, "ru"), _hits(text, partial, "ru")
            # (a place may read otherwise where a cue word beside it is missing; a party never)
            assert [h for h in full_hits if h[0] == "party"] == [h for h in partial_hits if h[0] == "party"]
            cues["whole"] += sum(h[0] not in ENTITY_KINDS for h in full_hits)
            cues["partial"] += sum(h[0] not in ENTITY_KINDS for h in partial_hits)
    assert 0.4 * cues["whole"] < cues["partial"] < 0.9 * cues["whole"]


def test_samples_read_with_the_partial_lexicon_train_and_are_never_counted():
    gold_set = next(s for s in development_sets(DATA) if s.name == "dev_ru_b")
    plain, simulated = list(samples(gold_set)), list(samples(gold_set, partial_resources()))
    assert len(plain) == len(simulated)
    assert all(s.counted for s in plain) and not any(s.counted or not s.simulated for s in simulated)
    assert sum(s.proposed for s in simulated) < sum(s.proposed for s in plain)


def test_the_activity_model_trains_on_the_partial_reading_and_is_never_judged_on_it():
    gold_set = next(s for s in development_sets(DATA) if s.name == "dev_ru_b")
    rows = activity_samples([gold_set], log=lambda _: None)
    partial = [s for s in rows if SIGN <= s.features]
    assert partial and not any(s.judged for s in partial)
    assert any(s.judged for s in rows if not SIGN <= s.features)
