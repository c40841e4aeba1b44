"""The continuation model on authors it was not fitted on: core F1 of the news-shaped development sets.

Each tenth of the news-shaped authors is left out in turn; the model is fitted on the rest (and
on the continuation sets) with `continuation_training`, and the left-out sets are read with it at
each threshold. Printed: the mean core F1 per language without the model and with it; then the
continuation sets (tests/data/sequences), each left out of the fit in turn, at the shipped
threshold. The shipped model is fitted on every author, so the
development sets read with it are memory: this is the honest development figure.

Run: .venv/bin/python bench/continuation_model.py   (pip install -e '.[train]'; about two minutes)
"""
from __future__ import annotations

import sys
from pathlib import Path

from extract_quality import load_scorer

from saylau.continuation_training import FOLDS, THRESHOLDS, continuation_samples, fit
from saylau.extract.continuation_model import ContinuationModel, load_continuation_model
from saylau.extract.pipeline import extract_paragraph
from saylau.extract.resources import load_resources
from saylau.goldsets import GoldSet, development_sets, sequence_sets

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def core(gold_set: GoldSet, model: ContinuationModel | None, scorer, **models) -> float:
    """The set's core F1 read with the continuation `model` (and any other `models` passed
    to `extract_paragraph` by name)."""
    res = load_resources()
    pred = [
        e.to_dict()
        for doc in gold_set.read()
        for index, text, context in gold_set.contexts(doc)
        for e in extract_paragraph(text, doc.id, index, res, doc.lang, context, continuation=model, **models)
    ]
    return scorer.score(gold_set.gold_rows(), pred)[1]["core_f1"]


def means(scores: dict[str, float]) -> str:
    out = []
    for lang in ("all", "en", "ru", "kk"):
        names = [n for n in scores if lang == "all" or n.split("_")[1] == lang]
        out.append(f"{lang} {sum(scores[n] for n in names) / len(names):.4f}")
    return "  ".join(out)


def main() -> None:
    scorer = load_scorer()
    news = [s for s in development_sets(DATA) if s.documents.parent.name == "news"]
    samples = continuation_samples(news + sequence_sets(DATA), log=lambda line: print(line, file=sys.stderr))
    authors = sorted(s.name for s in news)
    groups = [set(authors[k::FOLDS]) for k in range(FOLDS)]
    before = {s.name: core(s, None, scorer) for s in news}
    print(f"without the model: {means(before)}")
    fitted = [fit([s for s in samples if s.author not in group], 0.0) for group in groups]
    for threshold in THRESHOLDS:
        after = {}
        for group, model in zip(groups, fitted):
            at = ContinuationModel(model.bias, model.weights, threshold)
            after.update({s.name: core(s, at, scorer) for s in news if s.name in group})
        print(f"with the model at {threshold}: {means(after)}", flush=True)
    # the continuation sets, each left out of the fit in turn (the news-shaped authors all train)
    sequences = sequence_sets(DATA)
    before = {s.name: core(s, None, scorer) for s in sequences}
    after = {}
    for left_out in sequences:
        model = fit([s for s in samples if s.author != left_out.name], load_continuation_model().threshold)
        after[left_out.name] = core(left_out, model, scorer)
    threshold = load_continuation_model().threshold
    print(f"continuation sets, each left out: without the model {means(before)}; with it at {threshold} {means(after)}")


if __name__ == "__main__":
    main()
