"""`saylau train`: fit the event gate (and, with --types, the type model; with --types-only, the
type model alone beside the gate as it is; with --beside-shipped, a newer gate for the languages
it is approved for, the shipped one keeping the rest) on the development sets.

The rules propose events; the gate (a logistic regression, `extract/gate.py`) decides whether
a paragraph with proposed events really reports a campaign activity. It is trained here from
gold sets (`tests/data/dev_*.txt`, one paragraph a line, and `tests/data/news/*.jsonl`,
documents shaped like real reports), never from the blind or held-out sets. The regularisation
and the threshold are chosen by cross-validation over documents, whose figures are printed, and
the weights are written as JSON beside the other reference data.

scikit-learn is needed only here (`pip install 'saylau[train]'`), not to run the model.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterator, Protocol, Sequence

from .errors import SaylauError
from .extract.gate import Gate, TypeModel
from .extract.pipeline import candidate_events
from .extract.text import script_language
from .extract.resources import Resources, load_resources
from .goldsets import GoldSet, ParallelSet, development_sets
from .lexicon_dropout import partial_resources

REGULARISATION = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
TYPE_THRESHOLDS = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
TYPE_FOLDS = 10  # authors held out in turn, a tenth at a time
MIN_FEATURE_COUNT = 2


@dataclass(frozen=True)
class Sample:
    group: str  # the document: folds never split one
    features: frozenset[str]
    proposed: bool  # the rules proposed at least one event
    gold: bool  # the gold has at least one event
    realistic: bool = True  # from a set shaped like real news (the figure that counts)
    single_type: str | None = None  # the type of the only event the rules proposed
    gold_type: str | None = None  # the type of the only event of the gold
    lang: str = ""  # the paragraph's language
    author: str = ""  # the set it comes from: each news-shaped set has its own author
    simulated: bool = False  # read with part of the lexicon (`lexicon_dropout`): trains, never judged

    @property
    def counted(self) -> bool:
        """Whether the sample is among those the settings are chosen on."""
        return self.realistic and not self.simulated


def samples(gold_set: GoldSet, res: Resources | None = None) -> Iterator[Sample]:
    """One sample per coded paragraph, read the way the set is meant to be read; with `res`
    (a partial lexicon), simulated samples. (A parallel file codes only each telling's last
    paragraph: the paragraphs before it set the scene and are read for their context, never
    labelled "no event", which many of them are not.)"""
    labels = {(str(r["doc_id"]), int(r["paragraph"])): r["events"] for r in gold_set.gold_rows()}
    coded_only = isinstance(gold_set, ParallelSet)
    simulated = res is not None
    res = res or load_resources()
    for doc in gold_set.read():
        for index, text, context in gold_set.contexts(doc, res):
            events, features = candidate_events(text, doc.id, index, res, doc.lang, context)
            if coded_only and (doc.id, index) not in labels:
                continue
            group = f"{doc.id}:{index}" if gold_set.paragraph_per_line else doc.id
            realistic = not gold_set.paragraph_per_line
            gold = labels.get((doc.id, index), [])
            yield Sample(
                group, frozenset(features), bool(events), bool(gold), realistic,
                single_type=events[0].event_type if len(events) == 1 else None,
                gold_type=gold[0]["event_type"] if len(gold) == 1 else None,
                lang=doc.lang or script_language(text),
                author=gold_set.name,
                simulated=simulated,
            )


def training_samples(sets: Sequence[GoldSet]) -> list[Sample]:
    """The samples of `sets` as they are read, and again as a partial lexicon reads them."""
    partial = partial_resources()
    return [s for gold_set in sets for s in samples(gold_set)] + [s for gold_set in sets for s in samples(gold_set, partial)]


def fit_gate(all_samples: list[Sample], log: Callable[[str], None] = print, with_types: bool = False) -> Gate:
    try:
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold
    except ImportError:
        raise SaylauError("saylau train needs scikit-learn: pip install 'saylau[train]'") from None
    proposed = [s for s in all_samples if s.proposed]
    # The regularisation and threshold are chosen on the news-shaped sets only: our older
    # paragraph-a-line sets are easy and would pull the choice towards letting all through.
    missed = sum(1 for s in all_samples if s.gold and not s.proposed and s.counted)
    judged = [i for i, s in enumerate(proposed) if s.counted]
    vocabulary = feature_vocabulary(proposed)
    X = feature_matrix(proposed, vocabulary)
    y = [int(s.gold) for s in proposed]
    groups = [s.group for s in proposed]
    found = []  # (F1, C, threshold) of every pair tried
    for c in REGULARISATION:
        scores = [0.0] * len(proposed)
        for train, test in GroupKFold(n_splits=5).split(X, y, groups):
            model = LogisticRegression(C=c, max_iter=2000)
            model.fit(X[train], [y[i] for i in train])
            for i, p in zip(test, model.predict_proba(X[test])[:, 1]):
                scores[i] = float(p)
        for threshold in THRESHOLDS:
            found.append((_events_f1([scores[i] for i in judged], [y[i] for i in judged], threshold, missed), c, threshold))
    rules_f1 = _events_f1([1.0] * len(judged), [y[i] for i in judged], 0.5, missed)
    f1, c, threshold = _simplest_within_noise(found)
    log(
        f"{len(all_samples)} paragraphs, {len(proposed)} with proposed events, {len(vocabulary)} features; "
        f"events F1 on the news-shaped sets by 5-fold cross-validation over documents: rules alone {rules_f1:.3f}, "
        f"with the gate {f1:.3f} (C={c}, threshold {threshold})"
    )
    languages = _languages_it_helps(all_samples, c, threshold, log)
    model = LogisticRegression(C=c, max_iter=2000).fit(X, y)
    names = sorted(vocabulary, key=vocabulary.get)
    weights = {name: round(float(w), 4) for name, w in zip(names, model.coef_[0]) if abs(w) >= 1e-3}
    types = fit_types(all_samples, log) if with_types else None
    return Gate(weights=weights, bias=round(float(model.intercept_[0]), 4), threshold=threshold, types=types, languages=languages)


def _languages_it_helps(all_samples: list[Sample], c: float, threshold: float, log: Callable[[str], None]) -> tuple[str, ...] | None:
    """The languages where the gate, fitted without one author's set, judges that set better
    than the rules alone. Folds over documents mix every author into training, and the gate then
    looks better than it travels: on the blind sets of 2026-12-01 it gained .012 core F1 in
    English and lost as much in Russian, as it did here author by author."""
    from sklearn.linear_model import LogisticRegression

    authors = sorted({s.author for s in all_samples if s.realistic})
    if len(authors) < 2:
        log("  one news-shaped set only: no author to leave out, the gate judges every language")
        return None
    scores: dict[int, float] = {}
    proposed = [s for s in all_samples if s.proposed]
    for author in authors:
        train = [s for s in proposed if s.author != author]
        test = [i for i, s in enumerate(proposed) if s.author == author]
        if not test or len({s.gold for s in train}) < 2:
            continue
        vocabulary = feature_vocabulary(train)
        model = LogisticRegression(C=c, max_iter=2000).fit(feature_matrix(train, vocabulary), [int(s.gold) for s in train])
        for i, p in zip(test, model.predict_proba(feature_matrix([proposed[i] for i in test], vocabulary))[:, 1]):
            scores[i] = float(p)
    kept = []
    for lang in sorted({s.lang for s in all_samples if s.realistic}):
        judged = [i for i in scores if proposed[i].lang == lang and proposed[i].counted]
        gold = [int(proposed[i].gold) for i in judged]
        missed = sum(1 for s in all_samples if s.counted and s.lang == lang and s.gold and not s.proposed)
        rules = _events_f1([1.0] * len(judged), gold, 0.5, missed)
        gated = _events_f1([scores[i] for i in judged], gold, threshold, missed)
        if gated > rules:
            kept.append(lang)
        log(f"  {lang}: events F1 on authors left out of training: rules alone {rules:.3f}, with the gate {gated:.3f}"
            + ("" if gated > rules else " (the gate will not drop events in this language)"))
    return tuple(kept)


# Cross-validated F1 of the gate moves by about this much between neighbouring settings on
# our sets (a paragraph or two of a few hundred): differences below it are noise.
CV_NOISE = 0.01


def _simplest_within_noise(found: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """The most regularised setting whose F1 is within CV_NOISE of the best, at its best
    threshold. Picking the top figure alone chose C = 3 once for a gain of .006 that cost the
    blind sets .018 (2026-12-01): a weaker fit to the development sets travels better."""
    top = max(f1 for f1, _, _ in found)
    c = min(c for f1, c, _ in found if f1 >= top - CV_NOISE)
    return max((f for f in found if f[1] == c), key=lambda f: (f[0], f[2]))


def fit_types(all_samples: list[Sample], log: Callable[[str], None] = print) -> TypeModel | None:
    """The type of a paragraph's single event, learned where the rules and the gold agree
    there is one event; kept only if it beats the rules on authors it was not fitted on.

    The folds hold out whole authors (each news-shaped set has its own), as the blind sets are
    by authors the model never saw: folds over documents let an author's habits be learned
    from his other documents, and a fit that looked good that way was no better than the rules
    (0.818 either way, an earlier stop)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    # (not the samples read with part of the lexicon: fitted on them too, the model trusted the
    # rules' type less and took an online meeting «онлайн-встреча с жителями» for a meeting and a
    # media tour of a headquarters for `other` in the demo's reports, for +0.0008 on the blind sets)
    items = [s for s in all_samples if s.single_type and s.gold_type and not s.simulated]
    vocabulary = feature_vocabulary(items)
    X = feature_matrix(items, vocabulary)
    y = [s.gold_type for s in items]
    authors = [s.author for s in items]
    judged = [i for i, s in enumerate(items) if s.counted]
    if len(set(authors)) < 2 or len(set(y)) < 2 or not judged:
        log("too few authors or types to fit a type model: not kept")
        return None
    folds = GroupKFold(n_splits=min(TYPE_FOLDS, len(set(authors))))
    rules = _type_accuracy([s.single_type for s in items], y, judged)
    best = None
    for c in REGULARISATION:
        predicted: list[tuple[str, float]] = [("", 0.0)] * len(items)
        for train, test in folds.split(X, y, authors):
            if len({y[i] for i in train}) < 2:
                continue
            model = LogisticRegression(C=c, max_iter=3000).fit(X[train], [y[i] for i in train])
            for i, row in zip(test, model.predict_proba(X[test])):
                k = max(range(len(row)), key=row.__getitem__)
                predicted[i] = (str(model.classes_[k]), float(row[k]))
        for threshold in TYPE_THRESHOLDS:
            # the model's type where it is at least this sure, else the rules' type
            chosen = [p if p and sure >= threshold else items[i].single_type for i, (p, sure) in enumerate(predicted)]
            accuracy = _type_accuracy(chosen, y, judged)
            if best is None or accuracy > best[0]:
                best = (accuracy, c, threshold, chosen)
    accuracy, c, threshold, chosen = best
    log(
        f"event type of {len(items)} single events ({len(judged)} news-shaped): rules {rules:.3f}, "
        f"with the type model {accuracy:.3f} on authors left out ({folds.n_splits} folds; C={c}, used where it is at least {threshold} sure)"
    )
    for lang in sorted({items[i].lang for i in judged}):
        own = [i for i in judged if items[i].lang == lang]
        log(f"  {lang}: rules {_type_accuracy([s.single_type for s in items], y, own):.3f}, with the type model {_type_accuracy(chosen, y, own):.3f}")
    if accuracy <= rules:
        log("the type model does not beat the rules: not kept")
        return None
    model = LogisticRegression(C=c, max_iter=3000).fit(X, y)
    names = sorted(vocabulary, key=vocabulary.get)
    weights = {}
    for j, name in enumerate(names):
        row = tuple(round(float(model.coef_[k][j]), 3) for k in range(len(model.classes_)))
        if any(abs(w) >= 1e-3 for w in row):
            weights[name] = row
    return TypeModel(
        classes=tuple(str(k) for k in model.classes_),
        bias=tuple(round(float(b), 4) for b in model.intercept_),
        weights=weights,
        threshold=threshold,
    )


def train_types(data: Path, gate_file: Path, output: Path, log: Callable[[str], None] = print) -> Gate:
    """The gate of `gate_file` as it is, with a type model fitted on the development sets (or
    without one where it does not beat the rules). The gate itself is not refitted: a refit
    has cost the blind sets more than once, and the type model is judged on its own."""
    gate, sets = _earlier_gate_and_sets(data, gate_file, "to add a type model to")
    log(f"fitting the type model on {len(sets)} sets, the gate of {gate_file} kept as it is")
    gate = replace(gate, types=fit_types([s for gold_set in sets for s in samples(gold_set)], log))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(gate.to_json() + "\n", encoding="utf-8")
    log(f"wrote {output} ({len(gate.types.weights) if gate.types else 0} type weights)")
    return gate


def train_beside(data: Path, gate_file: Path, output: Path, log: Callable[[str], None] = print) -> Gate:
    """The gate of `gate_file` with a gate fitted now on the development sets beside it, which
    judges the languages it beats the rules in on authors left out, in the older one's stead;
    the older keeps the rest (and the type model). A refit that drops events in fewer languages
    than the gate it replaces would otherwise lose what the older one does well: in the 48th
    stop a refit approved for Russian and Kazakh, no longer for English, cost the English blind
    sets 0.004 where the older gate still judged English better."""
    shipped, sets = _earlier_gate_and_sets(data, gate_file, "to fit a newer one beside")
    log(f"fitting a newer gate on {len(sets)} sets beside the gate of {gate_file}")
    samples_read = training_samples(sets)
    fitted = fit_gate(samples_read, log)
    if not fitted.languages:
        log("the newer gate beats the rules in no language: the gate stays as it was")
        gate = shipped
    elif set(fitted.languages) >= {s.lang for s in samples_read if s.counted}:
        log("the newer gate judges every language: it replaces the older ones (their type model kept)")
        gate = replace(fitted, types=shipped.types)
    else:
        log("the newer gate judges " + ", ".join(fitted.languages) + "; the older one the other languages")
        gate = shipped.with_newest(fitted)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(gate.to_json() + "\n", encoding="utf-8")
    log(f"wrote {output}")
    return gate


def _earlier_gate_and_sets(data: Path, gate_file: Path, purpose: str) -> tuple[Gate, list[GoldSet]]:
    """The gate a training step builds on and the development sets it fits on, or a one-line
    error where either is missing."""
    from .extract.gate import read_gate

    if not gate_file.is_file():
        raise SaylauError(f"{gate_file}: no gate {purpose} (run saylau train first)")
    sets = development_sets(data)
    if not sets:
        raise SaylauError(f"{data}: no development sets (dev_*.gold.jsonl or news/*.gold.jsonl) to train from")
    return read_gate(gate_file.read_text(encoding="utf-8")), sets


def _type_accuracy(chosen: list[str | None], gold: list[str], judged: list[int]) -> float:
    return sum(chosen[i] == gold[i] for i in judged) / len(judged) if judged else 0.0


def train(data: Path, output: Path, log: Callable[[str], None] = print, with_types: bool = False) -> Gate:
    sets = development_sets(data)
    if not sets:
        raise SaylauError(f"{data}: no development sets (dev_*.gold.jsonl or news/*.gold.jsonl) to train from")
    all_samples = training_samples(sets)
    log(f"training the event gate on {len(sets)} sets: " + ", ".join(s.name for s in sets))
    gate = fit_gate(all_samples, log, with_types)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(gate.to_json() + "\n", encoding="utf-8")
    log(f"wrote {output} ({len(gate.weights)} weights)")
    return gate


class HasFeatures(Protocol):
    features: frozenset[str]


def feature_vocabulary(items: Sequence[HasFeatures]) -> dict[str, int]:
    """The column of each feature held by at least MIN_FEATURE_COUNT items (the gate's samples,
    `topic_training`'s paragraphs), in sorted order."""
    counts: dict[str, int] = {}
    for s in items:
        for f in s.features:
            counts[f] = counts.get(f, 0) + 1
    kept = sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT)
    return {f: i for i, f in enumerate(kept)}


def feature_matrix(items: Sequence[HasFeatures], vocabulary: dict[str, int]):
    """One sparse row of ones per item, a column per feature of the vocabulary."""
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for r, s in enumerate(items):
        for f in s.features:
            if f in vocabulary:
                rows.append(r)
                cols.append(vocabulary[f])
    return csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(items), len(vocabulary)))


def _events_f1(scores: list[float], gold: list[int], threshold: float, missed: int) -> float:
    """Paragraph-level events F1 as the shared scorer counts it; `missed` gold paragraphs had
    no proposal at all and are false negatives whatever the gate does."""
    tp = sum(1 for p, g in zip(scores, gold) if p >= threshold and g)
    fp = sum(1 for p, g in zip(scores, gold) if p >= threshold and not g)
    fn = sum(1 for p, g in zip(scores, gold) if p < threshold and g) + missed
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
