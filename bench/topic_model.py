"""Would a trained topic classifier beat, or help, the topic rules on an author it never saw?

Issue 9 asks to try a small trained model where the rules do not generalise, topics among
them. This measures it without shipping anything. The samples are the paragraphs of the
news-shaped development sets (tests/data/news) where both the gold and the rules have an
event, which are the paragraphs where topics are scored. Each gold topic is one label. For every
author's set in turn, one logistic regression per topic (word stems and stem pairs, the
gate's features) is fitted on the other authors' sets, and the left-out set is scored:

  rules      the topics the extractor gives (codebook 6 read by cue words and frames);
  model      the topics whose probability is at least t;
  union      the rules' topics plus the model's at a higher bar (the model adds what the
             rules miss);
  filter     the rules' topics the model does not rule out (probability at least t).

Micro F1 over (paragraph, topic) pairs, pooled over the left-out sets, for each threshold.
With --blind, the model is fitted once on all those paragraphs and its topics are added to the
shipped extractor's events on the blind sets (union, at each threshold): the mean core F1 of
the blind sets before and after, by language, figures only (blind sets are never shown).
Run: .venv/bin/python bench/topic_model.py [--blind]   (needs scikit-learn: pip install -e '.[train]')
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def paragraphs():
    """(author, language, features, rule topics, gold topics) of every paragraph where both
    the gold and the rules have an event."""
    from saylau.extract.features import word_features
    from saylau.extract.pipeline import extract_events
    from saylau.extract.resources import load_resources
    from saylau.goldsets import gold_sets

    res = load_resources()
    out = []
    for gold_set in gold_sets(ROOT / "tests" / "data"):
        if gold_set.blind or gold_set.documents.parent.name != "news":
            continue
        gold = {(str(r["doc_id"]), int(r["paragraph"])): r["events"] for r in gold_set.gold_rows()}
        for doc in gold_set.read():
            predicted = defaultdict(list)
            for event in extract_events(doc, res, gate=False):
                predicted[event.paragraph].append(event)
            for index, text in doc.paragraphs():
                events, found = gold.get((doc.id, index), []), predicted.get(index, [])
                if not events or not found:
                    continue
                rules = {t for e in found for t in e.topics}
                wanted = {t for e in events for t in e["topics"]}
                language = gold_set.name.split("_")[1]
                out.append((gold_set.name, language, word_features(text), rules, wanted))
    return out


def f1(pairs: list[tuple[set[str], set[str]]]) -> float:
    hits = sum(len(p & g) for p, g in pairs)
    predicted = sum(len(p) for p, _ in pairs)
    gold = sum(len(g) for _, g in pairs)
    if not hits:
        return 0.0
    precision, recall = hits / predicted, hits / gold
    return 2 * precision * recall / (precision + recall)


def fitted(items, vectorizer, rows: list[int]) -> dict:
    """One logistic regression per topic with at least three examples among `rows`."""
    from sklearn.linear_model import LogisticRegression

    x = vectorizer.transform([dict.fromkeys(items[i][2], 1) for i in rows])
    models = {}
    for topic in sorted({t for i in rows for t in items[i][4]}):
        y = [topic in items[i][4] for i in rows]
        if sum(y) < 3:
            continue  # too few examples to learn from
        models[topic] = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced").fit(x, y)
    return models


def blind(items) -> int:
    """The model fitted on every development paragraph, its topics added to the blind sets'
    events: mean core F1 before and after, figures only."""
    import importlib.util

    from sklearn.feature_extraction import DictVectorizer

    from saylau.extract.features import word_features
    from saylau.goldsets import gold_sets

    scorer_path = ROOT.parent / "shared" / "tools" / "score_events.py"
    spec = importlib.util.spec_from_file_location("score_events", scorer_path) if scorer_path.exists() else None
    if spec is None or spec.loader is None:
        sys.exit("the shared scorer is needed: ../shared/tools/score_events.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    vectorizer = DictVectorizer().fit([dict.fromkeys(item[2], 1) for item in items])
    models = fitted(items, vectorizer, list(range(len(items))))
    before: dict[str, float] = {}
    after: dict[float, dict[str, float]] = {t: {} for t in THRESHOLDS}
    for gold_set in gold_sets(ROOT / "tests" / "data"):
        if not gold_set.blind or gold_set.name.startswith("holdout"):
            continue
        texts = {(doc.id, i): text for doc in gold_set.read() for i, text in doc.paragraphs()}
        events = [e.to_dict() for e in gold_set.predict()]
        rows = gold_set.gold_rows()
        before[gold_set.name] = scorer.score(rows, events)[1]["core_f1"]
        probabilities = {}
        for e in events:
            key = (e["doc_id"], e["paragraph"])
            if key not in probabilities:
                x = vectorizer.transform([dict.fromkeys(word_features(texts[key]), 1)])
                probabilities[key] = {t: float(m.predict_proba(x)[0, 1]) for t, m in models.items()}
        for t in THRESHOLDS:
            added = [
                {**e, "topics": list(e["topics"]) + [k for k, p in probabilities[(e["doc_id"], e["paragraph"])].items() if p >= t and k not in e["topics"]]}
                for e in events
            ]
            after[t][gold_set.name] = scorer.score(rows, added)[1]["core_f1"]
    for language in ("all", "en", "ru", "kk"):
        names = [n for n in before if language in ("all", n.split("_")[1])]
        mean = lambda scores: sum(scores[n] for n in names) / len(names)  # noqa: E731
        cells = "  ".join(f"t={t:.1f} {mean(after[t]):.4f}" for t in THRESHOLDS)
        print(f"{language} ({len(names)} blind sets): shipped {mean(before):.4f}; with the model's topics {cells}")
    return 0


def main() -> int:
    try:
        from sklearn.feature_extraction import DictVectorizer
    except ImportError:
        sys.exit("scikit-learn is needed: pip install -e '.[train]'")
    sys.path.insert(0, str(ROOT / "src"))
    items = paragraphs()
    if "--blind" in sys.argv[1:]:
        return blind(items)
    authors = sorted({a for a, *_ in items})
    print(f"{len(items)} paragraphs with events in both gold and rules, {len(authors)} sets", flush=True)
    # probabilities of every topic for every left-out paragraph, each author left out in turn
    probabilities: list[dict[str, float]] = [{} for _ in items]
    for done, author in enumerate(authors, 1):
        train = [i for i, item in enumerate(items) if item[0] != author]
        test = [i for i, item in enumerate(items) if item[0] == author]
        vectorizer = DictVectorizer().fit([dict.fromkeys(items[i][2], 1) for i in train])
        x_test = vectorizer.transform([dict.fromkeys(items[i][2], 1) for i in test])
        for topic, model in fitted(items, vectorizer, train).items():
            for i, p in zip(test, model.predict_proba(x_test)[:, 1]):
                probabilities[i][topic] = float(p)
        print(f"  left out {done}/{len(authors)}: {author}", flush=True)
    for language in ("all", "en", "ru", "kk"):
        chosen = [i for i, item in enumerate(items) if language in ("all", item[1])]
        rules = f1([(items[i][3], items[i][4]) for i in chosen])
        print(f"{language}: rules {rules:.3f}")
        for t in THRESHOLDS:
            model = f1([({k for k, p in probabilities[i].items() if p >= t}, items[i][4]) for i in chosen])
            union = f1([(items[i][3] | {k for k, p in probabilities[i].items() if p >= t}, items[i][4]) for i in chosen])
            kept = f1([({k for k in items[i][3] if probabilities[i].get(k, 1.0) >= 1 - t}, items[i][4]) for i in chosen])
            print(f"  t={t:.1f}  model {model:.3f}  union {union:.3f}  filter(p >= {1 - t:.1f}) {kept:.3f}")
    print("by left-out set, rules -> union at t=0.4:")
    for author in authors:
        chosen = [i for i, item in enumerate(items) if item[0] == author]
        rules = f1([(items[i][3], items[i][4]) for i in chosen])
        union = f1([(items[i][3] | {k for k, p in probabilities[i].items() if p >= 0.4}, items[i][4]) for i in chosen])
        print(f"  {author}: {rules:.3f} -> {union:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
