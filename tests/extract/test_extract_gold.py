"""The extractor scored against gold annotations with the shared scorer.

The dev gold in ../shared is read only where it exists (CI and developers have it; a fresh
clone of the repository does not). The development sets in tests/data are ours and
always run; their floors guard against regressions, not against the target figures.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from saylau.extract import extract_events
from saylau.ingest import read_path
from saylau.model import Document

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data"


def _scorer():
    path = SHARED / "tools" / "score_events.py"
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared folder is only beside CI and developer checkouts)")
    spec = importlib.util.spec_from_file_location("score_events", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _predict(text_path: Path) -> list[dict]:
    [doc] = list(read_path(text_path))
    assert isinstance(doc, Document), doc
    return [e.to_dict() for e in extract_events(doc)]


def _score(gold_path: Path, text_path: Path) -> dict:
    scorer = _scorer()
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    _, summary = scorer.score(gold, _predict(text_path))
    return summary


def test_shared_dev_gold_scores_core_f1_one():
    text = SHARED / "corpus" / "campaign_digest_2023_en.txt"
    gold = SHARED / "gold" / "campaign_digest_2023_en.gold.jsonl"
    if not text.exists():
        pytest.skip(f"{text} is absent (the shared folder is only beside CI and developer checkouts)")
    summary = _score(gold, text)
    assert summary["core_f1"] == 1.0, summary
    assert summary["event_count_abs_error"] == 0, summary


# Floors for our own gold sets: the figures each issue asks of unseen news (English:
# parties 0.95, regions 0.90, event type 0.80, topics 0.60; Russian and Kazakh: 0.95, 0.90,
# 0.75, 0.55). holdout_en, holdout_ru and holdout_kk were written blind and is never used for tuning; the measured
# figures, well above these, are printed by bench/extract_quality.py.
ENGLISH = {"parties_f1": 0.95, "regions_f1": 0.90, "event_type_f1": 0.80, "topics_f1": 0.60}
RUSSIAN_KAZAKH = {"parties_f1": 0.95, "regions_f1": 0.90, "event_type_f1": 0.75, "topics_f1": 0.55}
DEV_FLOORS = {
    "dev_en": ENGLISH,
    "holdout_en": ENGLISH,
    "dev_ru": RUSSIAN_KAZAKH,
    "holdout_ru": RUSSIAN_KAZAKH,
    "dev_kk": RUSSIAN_KAZAKH,
    "holdout_kk": RUSSIAN_KAZAKH,
    "digest_ru": {"core_f1": 1.0},
}


@pytest.mark.parametrize("name", sorted(DEV_FLOORS))
def test_development_set_stays_above_its_floors(name):
    text, gold = DATA / f"{name}.txt", DATA / f"{name}.gold.jsonl"
    if not text.exists():
        pytest.skip(f"{text} not written yet")
    summary = _score(gold, text)
    below = {k: summary[k] for k, floor in DEV_FLOORS[name].items() if summary[k] < floor}
    assert not below, summary


def test_every_evidence_span_of_the_dev_sets_is_inside_its_paragraph():
    for text_path in sorted(DATA.glob("*.txt")):
        [doc] = list(read_path(text_path))
        paragraphs = dict(doc.paragraphs())
        for event in extract_events(doc):
            para = paragraphs[event.paragraph]
            for field, spans in event.evidence.items():
                for span in spans:
                    assert 0 <= span.start < span.end <= len(para), (text_path.name, field, span)
