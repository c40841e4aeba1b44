"""The activity model on authors it was not fitted on: core F1 of the news-shaped development sets.

The model is fitted on every coded paragraph that nothing else found an event in, in the
news-shaped development sets and the parallel files (`activity_training`); the shipped model has
seen every development set, so the development sets read with it are memory (in the 66th stop
the mean core F1 of all 107 sets rose 0.7958 -> 0.8227 with it, against the figure below). Here
each tenth of the authors is left out in turn, the model is fitted on the rest, and the
left-out news-shaped sets are read with it at each threshold. Printed: the mean core F1 per
language without the model and with it: the honest development figure.

Run: .venv/bin/python bench/activity_model.py   (pip install -e '.[train]'; about three minutes)
"""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from continuation_model import core, means
from extract_quality import load_scorer

from saylau.activity_training import THRESHOLDS, activity_samples, fit, inventory_samples
from saylau.continuation_training import author_groups
from saylau.extract.continuation_model import load_continuation_model
from saylau.goldsets import training_sets

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def main() -> None:
    scorer = load_scorer()
    sets = [s for s in training_sets(DATA) if s.development_reports]
    news = [s for s in sets if s.documents.parent.name == "news"]
    samples = activity_samples(sets, log=lambda line: print(line, file=sys.stderr)) + inventory_samples(DATA)
    groups = [set(group) for group in author_groups({s.name for s in sets}, "the activity model needs sets")]
    continuation = load_continuation_model()
    before = {s.name: core(s, continuation, scorer, activity=None) for s in news}
    print(f"without the model: {means(before)}", flush=True)
    fitted = [fit([s for s in samples if s.author not in group], 0.0) for group in groups]
    for threshold in THRESHOLDS:
        after = {}
        for group, model in zip(groups, fitted):
            at = replace(model, presence=replace(model.presence, threshold=threshold))
            after.update({s.name: core(s, continuation, scorer, activity=at) for s in news if s.name in group})
        print(f"with the model at {threshold}: {means(after)}", flush=True)


if __name__ == "__main__":
    main()
