"""How much the trained models' cross-validation owes to pages shared between authors.

`saylau train` chooses the gate's and the type model's settings on folds that hold out whole
authors (each news-shaped development set has its own). But our development authors retold the
same stored pages again and again (the pages corpus holds few free campaign reports): the same
report, retold in the same language by another author, is then both in training and in the fold
held out, and what the model learned of that page looks like generalisation. The blind sets are
written from pages no development set of their language used.

This script scores both models with two fold schemes, ten folds each:
  authors          the scheme `saylau train` uses (GroupKFold over the sets);
  authors + pages  the same authors held out, and every document whose page (its url) one of
                   them retold also left out of training.
It prints how many same-language pairs of sets share a page, then per language: events F1 of
the rules alone and with the gate (paragraphs the rules proposed events for), and single-event
type accuracy of the rules alone and with the type model, for each setting tried in training.

Run: .venv/bin/python bench/cv_leakage.py   (pip install -e '.[train]')
"""
from __future__ import annotations

import random
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from saylau.goldsets import development_sets
from saylau.training import (
    REGULARISATION, THRESHOLDS, TYPE_THRESHOLDS, Sample, _events_f1, _matrix, _type_accuracy, _vocabulary, samples,
)

ROOT = Path(__file__).resolve().parents[1]
FOLDS = 10
LANGS = ("en", "ru", "kk")


def page_of(url: str | None) -> str:
    """A page's address without scheme, 'www.' and trailing slash: one page, however written."""
    return (url or "").split("://")[-1].removeprefix("www.").rstrip("/")


def author_folds(items: list[Sample], pages: dict[str, str], hold_pages: bool, seed: int = 0):
    """(train, test) index lists: a tenth of the authors held out at a time; with `hold_pages`,
    training also loses every document whose page a held-out author retold."""
    authors = sorted({s.author for s in items})
    random.Random(seed).shuffle(authors)
    for k in range(FOLDS):
        held = set(authors[k::FOLDS])
        test = [i for i, s in enumerate(items) if s.author in held]
        seen = {pages.get(items[i].group.split(":")[0], "") for i in test} - {""} if hold_pages else set()
        train = [i for i, s in enumerate(items) if s.author not in held and pages.get(s.group.split(":")[0], "") not in seen]
        yield train, test


def held_out_scores(items: list[Sample], labels: list, c: float, folds) -> list:
    """Each item's prediction by a logistic regression fitted without its fold: the probability of
    the positive class for two labels, else (class, probability) of the likeliest."""
    from sklearn.linear_model import LogisticRegression

    out: list = [None] * len(items)
    for train, test in folds:
        vocabulary = _vocabulary([items[i] for i in train])
        model = LogisticRegression(C=c, max_iter=3000).fit(_matrix([items[i] for i in train], vocabulary), [labels[i] for i in train])
        rows = model.predict_proba(_matrix([items[i] for i in test], vocabulary))
        for i, row in zip(test, rows):
            if len(model.classes_) == 2 and set(model.classes_) == {0, 1}:
                out[i] = float(row[1])
            else:
                k = int(row.argmax())
                out[i] = (str(model.classes_[k]), float(row[k]))
    return out


def report_shared_pages(sets) -> None:
    by_set = {g.name: {page_of(d.url) for d in g.read()} - {""} for g in sets if not g.paragraph_per_line}
    lang = {name: next((x for x in LANGS if f"_{x}" in name), "?") for name in by_set}
    pairs = [(a, b) for a, b in combinations(sorted(by_set), 2) if lang[a] == lang[b] and by_set[a] & by_set[b]]
    print(f"{len(by_set)} news-shaped sets; {len(pairs)} pairs of sets of one language retell at least one page in common")


def main() -> int:
    sets = development_sets(ROOT / "tests" / "data")
    if not sets:
        print("no development sets in tests/data", file=sys.stderr)
        return 1
    report_shared_pages(sets)
    pages = {d.id: page_of(d.url) for g in sets if not g.paragraph_per_line for d in g.read()}
    all_samples = [s for g in sets for s in samples(g)]
    proposed = [s for s in all_samples if s.proposed]
    singles = [s for s in all_samples if s.single_type and s.gold_type]
    for scheme, hold in (("authors", False), ("authors + pages", True)):
        print(f"\nfolds by {scheme}")
        gold = [int(s.gold) for s in proposed]
        for c in REGULARISATION:
            scores = held_out_scores(proposed, gold, c, author_folds(proposed, pages, hold))
            line = []
            for lang in LANGS:
                judged = [i for i, s in enumerate(proposed) if s.realistic and s.lang == lang]
                missed = sum(1 for s in all_samples if s.realistic and s.lang == lang and s.gold and not s.proposed)
                g = [gold[i] for i in judged]
                rules = _events_f1([1.0] * len(judged), g, 0.5, missed)
                best, at = max((_events_f1([scores[i] for i in judged], g, t, missed), t) for t in THRESHOLDS)
                line.append(f"{lang} {rules:.3f} -> {best:.3f} (at {at})")
            print(f"  gate, C={c}: events F1, rules -> gate at its best threshold: " + ", ".join(line))
        types = [s.gold_type for s in singles]
        rules_type = [s.single_type for s in singles]
        for c in REGULARISATION:
            predicted = held_out_scores(singles, types, c, author_folds(singles, pages, hold))
            line = []
            for lang in LANGS:
                judged = [i for i, s in enumerate(singles) if s.realistic and s.lang == lang]
                by_threshold = [
                    (_type_accuracy([p if p and sure >= t else rules_type[i] for i, (p, sure) in enumerate(predicted)], types, judged), t)
                    for t in TYPE_THRESHOLDS
                ]
                best, at = max(by_threshold)
                line.append(f"{lang} {_type_accuracy(rules_type, types, judged):.3f} -> {best:.3f} (at {at})")
            print(f"  type model, C={c}: single-event type accuracy, rules -> model at its best threshold: " + ", ".join(line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
