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
Run: .venv/bin/python bench/topic_model.py   (needs scikit-learn: pip install -e '.[train]')
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


def main() -> int:
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        sys.exit("scikit-learn is needed: pip install -e '.[train]'")
    sys.path.insert(0, str(ROOT / "src"))
    items = paragraphs()
    authors = sorted({a for a, *_ in items})
    print(f"{len(items)} paragraphs with events in both gold and rules, {len(authors)} sets", flush=True)
    # probabilities of every topic for every left-out paragraph, each author left out in turn
    probabilities: list[dict[str, float]] = [{} for _ in items]
    for done, author in enumerate(authors, 1):
        train = [i for i, item in enumerate(items) if item[0] != author]
        test = [i for i, item in enumerate(items) if item[0] == author]
        vectorizer = DictVectorizer()
        x_train = vectorizer.fit_transform([dict.fromkeys(items[i][2], 1) for i in train])
        x_test = vectorizer.transform([dict.fromkeys(items[i][2], 1) for i in test])
        topics = sorted({t for i in train for t in items[i][4]})
        for topic in topics:
            y = [topic in items[i][4] for i in train]
            if sum(y) < 3:
                continue  # too few examples to learn from
            model = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")
            model.fit(x_train, y)
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
