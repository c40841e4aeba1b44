"""How does the trained topic model do on an author it never saw?

The shipped topic model (`extract/topic_model.py`, trained by `saylau train --topic-model`,
`topic_training.py`) fills the topics of paragraphs where the rules read none. Its threshold is
chosen on ten groups of authors held out; this bench leaves each author's set out in turn (104
fits on the 53rd stop's data), the finer measure, and prints micro F1 over (paragraph, topic)
pairs on the paragraphs where both the gold and the rules have events, pooled over the left-out
sets, by language and threshold:

  rules      the topics the rules give (codebook 6: cue words in a clause of talk);
  model      the model's topics alone at threshold t;
  shipped    the rules' topics where they read any, else the model's at t (what the extractor
             gives: `topic_model.combined`);
  union      the rules' topics plus the model's at t (measured and not shipped: it adds topics
             the codebook refuses beside the rules' own, README "The topic model").

The shipped model's effect on the blind sets is measured by bench/blind_before_after.py against
the commit before it.
Run: .venv/bin/python bench/topic_model.py   (needs scikit-learn: pip install -e '.[train]')
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("scikit-learn is needed: pip install -e '.[train]'")
    from saylau.goldsets import development_sets
    from saylau.topic_training import THRESHOLDS, f1, held_out_probabilities, shipped_topics, topic_samples

    samples = topic_samples(development_sets(ROOT / "tests" / "data"), log=lambda line: print(line, flush=True))
    authors = sorted({s.author for s in samples})
    print(f"{len(samples)} paragraphs with events in both gold and rules, {len(authors)} sets", flush=True)
    probabilities = held_out_probabilities(samples, [[a] for a in authors], log=lambda line: print(line, flush=True))
    for language in ("all", "en", "ru", "kk"):
        chosen = [(s, p) for s, p in zip(samples, probabilities) if language in ("all", s.lang)]
        print(f"{language}: rules {f1([(s.rules, s.gold) for s, _ in chosen]):.3f}")
        for t in THRESHOLDS:
            model = f1([({k for k, x in p.items() if x >= t}, s.gold) for s, p in chosen])
            shipped = f1([(shipped_topics(s, p, t), s.gold) for s, p in chosen])
            both = f1([(set(s.rules) | {k for k, x in p.items() if x >= t}, s.gold) for s, p in chosen])
            print(f"  t={t:.1f}  model {model:.3f}  shipped {shipped:.3f}  union {both:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
