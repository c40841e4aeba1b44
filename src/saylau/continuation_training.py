"""`saylau train --continuation-model`: fit the continuation model (`extract/continuation_model.py`).

The samples are the paragraphs the model is asked about: those right after a paragraph with an
event, where the rules and the gate found none (not under a dateline of their own), in the
news-shaped development sets (tests/data/news, each set by its own author) and the continuation
sets (tests/data/sequences, written to ask exactly this). Each is labelled by whether its gold
has an event. The extractor reads every set as it ships, with the continuation model switched
off, and a listener in the model's place records the features the pipeline would score: the
model learns from the very features it is given at run time.

The threshold is chosen on news-shaped authors held out of the fit (`FOLDS` groups of sets in
turn; the continuation sets always train): the lowest of `THRESHOLDS` at which the events the
model adds are right at least `PRECISION` of the time. An event added wrongly costs every field
of the core figure; one added rightly gains them only as far as the type and party carried over
are right (four times in five on the development sets), so a bar above one half. Blind and
held-out sets are never read.

scikit-learn is needed only here (`pip install 'saylau[train]'`), not to run the model.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from .errors import SaylauError
from .extract.continuation_model import ContinuationModel
from .extract.features import stem_features
from .extract.pipeline import extract_paragraph
from .extract.resources import load_resources
from .goldsets import GoldSet, development_sets, sequence_sets
from .training import feature_matrix, feature_vocabulary

THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8)
PRECISION = 0.7
FOLDS = 10
REGULARISATION = 1.0
MIN_WEIGHT = 0.01  # smaller weights are left out of the file


@dataclass(frozen=True)
class ContinuationSample:
    author: str  # the set: each has its own author
    lang: str
    features: frozenset[str]
    gold: bool  # the gold has an event in the paragraph
    news: bool  # from a news-shaped set (the figure that counts), not a continuation set


class _Listener:
    """Stands in for the model while the sets are read: records what the pipeline would score
    and says no, so that the extractor reads on as it would without a continuation model."""

    threshold = 1.0

    def __init__(self) -> None:
        self.heard: list[frozenset[str]] = []

    def paragraph_probability(self, found: list[str], signs: set[str]) -> float:
        self.heard.append(frozenset(stem_features(found) | signs))
        return 0.0


def continuation_samples(sets: Sequence[GoldSet], log: Callable[[str], None] = print) -> list[ContinuationSample]:
    """The paragraphs of `sets` that the continuation model is asked about, with their labels."""
    res = load_resources()
    out: list[ContinuationSample] = []
    for done, gold_set in enumerate(sets, 1):
        gold = {(str(r["doc_id"]), int(r["paragraph"])): bool(r["events"]) for r in gold_set.gold_rows()}
        news = gold_set.documents.parent.name == "news"
        for doc in gold_set.read():
            for index, text, context in gold_set.contexts(doc):
                listener = _Listener()
                extract_paragraph(text, doc.id, index, res, doc.lang, context, continuation=listener)  # type: ignore[arg-type]
                out.extend(
                    ContinuationSample(gold_set.name, doc.lang or "", features, gold.get((doc.id, index), False), news)
                    for features in listener.heard
                )
        if done % 20 == 0 or done == len(sets):
            log(f"  read {done}/{len(sets)} sets")
    return out


def fit(samples: Sequence[ContinuationSample], threshold: float) -> ContinuationModel:
    """The logistic regression over the samples, as a table of weights."""
    try:
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise SaylauError("saylau train needs scikit-learn: pip install 'saylau[train]'") from None
    vocabulary = feature_vocabulary(samples)
    model = LogisticRegression(C=REGULARISATION, max_iter=3000).fit(feature_matrix(samples, vocabulary), [s.gold for s in samples])
    names = sorted(vocabulary, key=vocabulary.get)
    weights = {n: round(w, 4) for n, w in zip(names, model.coef_[0].tolist()) if abs(w) >= MIN_WEIGHT}
    return ContinuationModel(round(float(model.intercept_[0]), 4), weights, threshold)


def held_out_probabilities(samples: Sequence[ContinuationSample], groups: Sequence[Sequence[str]], log: Callable[[str], None] = print) -> list[float | None]:
    """Each news-shaped sample's probability from a model fitted without its group of authors
    (None for the continuation sets' samples, which always train)."""
    out: list[float | None] = [None] * len(samples)
    for done, group in enumerate(groups, 1):
        left_out = set(group)
        model = fit([s for s in samples if s.author not in left_out], 0.0)
        for i, s in enumerate(samples):
            if s.author in left_out:
                out[i] = model.probability(s.features)
        log(f"  left out {done}/{len(groups)}")
    return out


def added(samples: Sequence[ContinuationSample], probabilities: Sequence[float | None], threshold: float, lang: str | None = None) -> tuple[int, int]:
    """How many events the model adds at `threshold` on authors held out: (right, wrong)."""
    chosen = [s.gold for s, p in zip(samples, probabilities) if p is not None and p >= threshold and (lang is None or s.lang == lang)]
    return sum(chosen), len(chosen) - sum(chosen)


def choose_threshold(samples: Sequence[ContinuationSample], log: Callable[[str], None] = print) -> float | None:
    """The lowest threshold at which the events added on authors held out are right at least
    PRECISION of the time, or None where none is (the model is then not kept)."""
    groups = author_groups({s.author for s in samples if s.news}, "the continuation model needs news-shaped sets")
    probabilities = held_out_probabilities(samples, groups, log)
    return first_precise_threshold(
        THRESHOLDS, PRECISION, lambda threshold, lang: (*added(samples, probabilities, threshold, lang), ""), sorted({s.lang for s in samples}), log
    )


def author_groups(authors: set[str], needs: str) -> list[list[str]]:
    """The authors in FOLDS groups (fewer where there are fewer authors), each left out of a
    fit in turn; a one-line error where there are fewer than two (`needs` says what is needed)."""
    ordered = sorted(authors)
    if len(ordered) < 2:
        raise SaylauError(f"{needs} by at least two authors to choose its threshold")
    folds = min(FOLDS, len(ordered))
    return [ordered[k::folds] for k in range(folds)]


def first_precise_threshold(
    thresholds: Sequence[float],
    precision: float,
    added_at: Callable[[float, str | None], tuple[int, int, str]],
    langs: Sequence[str],
    log: Callable[[str], None],
) -> float | None:
    """The lowest of `thresholds` at which the events a model adds on authors held out are
    right at least `precision` of the time, or None; each threshold's count is logged, in all
    and by language. `added_at(threshold, lang or None)` is (right, wrong, a note to log)."""
    chosen = None
    for threshold in thresholds:
        right, wrong, note = added_at(threshold, None)
        by_lang = ", ".join(f"{lang} +{r}/-{w}{n}" for lang in langs for r, w, n in [added_at(threshold, lang)])
        log(f"  at {threshold}: {right} events added rightly{note}, {wrong} wrongly on authors held out ({by_lang})")
        if chosen is None and right + wrong and right / (right + wrong) >= precision:
            chosen = threshold
    return chosen


def train_continuation_model(data: Path, output: Path, log: Callable[[str], None] = print) -> ContinuationModel | None:
    """Fit the continuation model on the development and continuation sets under `data` and
    write it to `output`."""
    sets = [s for s in development_sets(data) if s.documents.parent.name == "news"] + sequence_sets(data)
    log(f"reading {len(sets)} news-shaped and continuation sets")
    samples = continuation_samples(sets, log)
    log(f"{len(samples)} paragraphs right after an event with none found, {sum(s.gold for s in samples)} with an event in the gold")
    threshold = choose_threshold(samples, log)
    if threshold is None:
        log(f"no threshold adds events right {PRECISION:.0%} of the time on authors held out: not written")
        return None
    model = fit(samples, threshold)
    write_model(output, model.to_json(), f"{len(model.weights)} weights, threshold {threshold}", log)
    return model


def write_model(output: Path, text: str, what: str, log: Callable[[str], None]) -> None:
    """Write a model's file, and say so with `what` it holds."""
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text + "\n", encoding="utf-8")
    log(f"wrote {output} ({what})")
