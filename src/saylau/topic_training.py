"""`saylau train --topic-model`: fit the topic model (`extract/topic_model.py`) on the development sets.

The samples are the paragraphs of the news-shaped development sets (tests/data/news, each set
by its own author) where both the gold and the rules have an event: there topics are scored,
and there the model's topics are added. Each gold topic is a label; one logistic regression
per topic with at least `MIN_EXAMPLES` examples reads the paragraph's stems and stem pairs.

The threshold is chosen on authors held out of the fit (`FOLDS` groups of sets in turn): the
one at which the paragraphs' topics as the extractor gives them (the rules' where they read
any, else the model's: `topic_model.combined`) score the best topics F1 there (README, "The 54th
stop"). Blind and held-out sets are never read.

scikit-learn is needed only here (`pip install 'saylau[train]'`), not to run the model.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from .errors import SaylauError
from .extract.features import word_features
from .extract.pipeline import extract_events
from .extract.resources import load_resources
from .extract.topic_model import TopicModel, combined
from .goldsets import GoldSet, development_sets
from .training import feature_matrix, feature_vocabulary

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
FOLDS = 10
MIN_EXAMPLES = 3  # paragraphs raising a topic: fewer are too few to learn it from
REGULARISATION = 1.0
# weights smaller than this are left out of the file: four in five of the weights (2.3 MB
# left), and on authors held out the same topics F1 within 0.001. (Down to 0.1, 0.6 MB, the
# threshold chosen moved to 0.5 and the blind sets' core F1 went 0.0010 lower; README, "The
# 54th stop")
MIN_WEIGHT = 0.02


@dataclass(frozen=True)
class TopicSample:
    author: str  # the set: each news-shaped set has its own author
    lang: str
    features: frozenset[str]
    rules: frozenset[str]  # the topics the rules gave the paragraph's events
    gold: frozenset[str]  # the topics of the gold's events


def topic_samples(sets: Sequence[GoldSet], log: Callable[[str], None] = print) -> list[TopicSample]:
    """The paragraphs of the news-shaped sets where both the gold and the rules have events."""
    res = load_resources()
    out = []
    news = [s for s in sets if not s.blind and s.documents.parent.name == "news"]
    for done, gold_set in enumerate(news, 1):
        gold = {(str(r["doc_id"]), int(r["paragraph"])): r["events"] for r in gold_set.gold_rows()}
        lang = gold_set.name.split("_")[1] if gold_set.name.count("_") else ""
        for doc in gold_set.read():
            found = defaultdict(list)
            for event in extract_events(doc, res, gate=False):
                found[event.paragraph].append(event)
            for index, text in doc.paragraphs():
                events, proposed = gold.get((doc.id, index), []), found.get(index, [])
                if events and proposed:
                    out.append(TopicSample(
                        gold_set.name, doc.lang or lang, frozenset(word_features(text)),
                        frozenset(t for e in proposed for t in e.topics), frozenset(t for e in events for t in e["topics"]),
                    ))
        if done % 10 == 0 or done == len(news):
            log(f"  read {done}/{len(news)} sets")
    return out


def fit(samples: Sequence[TopicSample], vocabulary: dict[str, int]) -> dict[str, tuple[list[float], float]]:
    """One logistic regression per topic with at least MIN_EXAMPLES examples: its weights
    (in the vocabulary's order) and its bias."""
    try:
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise SaylauError("saylau train needs scikit-learn: pip install 'saylau[train]'") from None
    x = feature_matrix(samples, vocabulary)
    out = {}
    for topic, count in sorted(Counter(t for s in samples for t in s.gold).items()):
        if count < MIN_EXAMPLES:
            continue
        y = [topic in s.gold for s in samples]
        model = LogisticRegression(C=REGULARISATION, max_iter=2000, class_weight="balanced").fit(x, y)
        out[topic] = (model.coef_[0].tolist(), float(model.intercept_[0]))
    return out


def model_of(fitted: dict[str, tuple[list[float], float]], vocabulary: dict[str, int], threshold: float) -> TopicModel:
    """The fitted regressions as a table of weights (those under MIN_WEIGHT left out)."""
    names = sorted(vocabulary, key=vocabulary.get)
    topics = tuple(fitted)
    return TopicModel(
        topics=topics,
        bias=tuple(round(fitted[t][1], 4) for t in topics),
        weights={t: {n: round(w, 4) for n, w in zip(names, fitted[t][0]) if abs(w) >= MIN_WEIGHT} for t in topics},
        threshold=threshold,
    )


def held_out_probabilities(samples: Sequence[TopicSample], groups: Sequence[Sequence[str]], log: Callable[[str], None] = print) -> list[dict[str, float]]:
    """Every topic's probability for each sample, from a model fitted without its group of
    authors (each group left out in turn)."""
    out: list[dict[str, float]] = [{} for _ in samples]
    for done, group in enumerate(groups, 1):
        left_out = set(group)
        train = [s for s in samples if s.author not in left_out]
        test = [i for i, s in enumerate(samples) if s.author in left_out]
        vocabulary = feature_vocabulary(train)
        model = model_of(fit(train, vocabulary), vocabulary, 0.0)
        for i in test:
            out[i] = dict(zip(model.topics, model.probabilities(samples[i].features)))
        log(f"  left out {done}/{len(groups)}: {', '.join(group)}")
    return out


def f1(pairs: Sequence[tuple[set[str] | frozenset[str], set[str] | frozenset[str]]]) -> float:
    """Micro F1 over (paragraph, topic) pairs of (predicted, gold) topic sets."""
    hits = sum(len(p & g) for p, g in pairs)
    predicted = sum(len(p) for p, _ in pairs)
    gold = sum(len(g) for _, g in pairs)
    if not hits:
        return 0.0
    precision, recall = hits / predicted, hits / gold
    return 2 * precision * recall / (precision + recall)


def shipped_topics(sample: TopicSample, probabilities: dict[str, float], threshold: float) -> set[str]:
    """The paragraph's topics as the extractor gives them (`topic_model.combined`): the rules'
    where they read any, else the model's at `threshold`."""
    return combined(sample.rules, {t for t, p in probabilities.items() if p >= threshold})


def choose_threshold(samples: Sequence[TopicSample], log: Callable[[str], None] = print) -> float | None:
    """The threshold at which the topics as the extractor gives them (`shipped_topics`) score
    best on authors held out, or None where no threshold beats the rules alone (the model is
    then not kept)."""
    authors = sorted({s.author for s in samples})
    if len(authors) < 2:
        raise SaylauError("the topic model needs news-shaped sets by at least two authors to choose its threshold")
    folds = min(FOLDS, len(authors))
    groups = [authors[k::folds] for k in range(folds)]
    probabilities = held_out_probabilities(samples, groups, log)
    rules = f1([(s.rules, s.gold) for s in samples])
    scored = [(f1([(shipped_topics(s, p, t), s.gold) for s, p in zip(samples, probabilities)]), t) for t in THRESHOLDS]
    best, threshold = max(scored, key=lambda pair: (pair[0], pair[1]))  # (ties: the higher bar)
    log(f"topics F1 on authors held out: rules alone {rules:.3f}; with the model's where the rules have none " + ", ".join(f"at {t} {s:.3f}" for s, t in scored))
    for lang in sorted({s.lang for s in samples}):
        chosen = [(s, p) for s, p in zip(samples, probabilities) if s.lang == lang]
        log(f"  {lang}: rules alone {f1([(s.rules, s.gold) for s, _ in chosen]):.3f}, "
            f"with the model at {threshold} {f1([(shipped_topics(s, p, threshold), s.gold) for s, p in chosen]):.3f}")
    return threshold if best > rules else None


def train_topic_model(data: Path, output: Path, log: Callable[[str], None] = print) -> TopicModel | None:
    """Fit the topic model on the development sets under `data` and write it to `output`."""
    sets = development_sets(data)
    log(f"reading {sum(1 for s in sets if s.documents.parent.name == 'news')} news-shaped development sets")
    samples = topic_samples(sets, log)
    log(f"{len(samples)} paragraphs where both the gold and the rules have events")
    threshold = choose_threshold(samples, log)
    if threshold is None:
        log("the model's topics do not beat the rules' on authors held out: not written")
        return None
    vocabulary = feature_vocabulary(samples)
    model = model_of(fit(samples, vocabulary), vocabulary, threshold)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(model.to_json() + "\n", encoding="utf-8")
    log(f"wrote {output} ({len(model.topics)} topics, {sum(len(w) for w in model.weights.values())} weights, threshold {threshold})")
    return model
