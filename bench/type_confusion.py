"""Which event types the extractor confuses, as counts only.

On the paragraphs where both the gold and Saylau have an event, each paragraph whose set of
event types differs is counted under its language as "gold types -> Saylau's types". Like
`miss_stages.py` it prints counts and never a paragraph, so whoever changes the extractor may
run it on the blind sets (`--kind blind`): it tells which type decisions go wrong for authors the
rules were not written from, and the development sets (`--kind news`, or `extract_quality.py
--details NAME`) give the paragraphs to read.

    .venv/bin/python bench/type_confusion.py --kind blind
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from saylau.goldsets import gold_sets  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def confusions(kind: str) -> tuple[Counter, Counter]:
    """(language, gold types, predicted types) counts, and paragraphs with an event on both sides."""
    wrong, both = Counter(), Counter()
    for gold_set in gold_sets(DATA):
        if gold_set.paragraph_per_line or gold_set.documents.parent.name != kind:
            continue
        lang = gold_set.name.split("_")[1]
        predicted: dict[tuple[str, int], set[str]] = {}
        for event in gold_set.predict():
            predicted.setdefault((str(event.doc_id), event.paragraph), set()).add(event.event_type)
        for row in gold_set.gold_rows():
            gold = {e["event_type"] for e in row["events"]}
            ours = predicted.get((str(row["doc_id"]), int(row["paragraph"])), set())
            if gold and ours:
                both[lang] += 1
                if gold != ours:
                    wrong[(lang, " + ".join(sorted(gold)), " + ".join(sorted(ours)))] += 1
    return wrong, both


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", choices=("blind", "news"), default="news", help="the blind sets or the news-shaped development sets")
    parser.add_argument("--top", type=int, default=12, help="confusions shown per language")
    args = parser.parse_args()
    wrong, both = confusions(args.kind)
    for lang in sorted(both):
        mine = {k: v for k, v in wrong.items() if k[0] == lang}
        print(f"{lang}: {sum(mine.values())} of {both[lang]} paragraphs with an event on both sides have other types")
        for (_, gold, ours), count in sorted(mine.items(), key=lambda kv: -kv[1])[: args.top]:
            print(f"  {count:>4}  {gold} -> {ours}")


if __name__ == "__main__":
    main()
