"""How the extractor reads the paragraphs that follow a reported activity.

`tests/data/sequences/seq_LANG.jsonl` hold short documents by fresh authors (see
`tests/data/AUTHORING.md`): paragraph 0 reports a campaign activity, the later ones go on
about it, tell something else (an opinion, background, a plan) or report a new activity, each
coded by the codebook with the document around it. About half of the development sets' misses
and false events sit right after a paragraph with an event, so these sets measure that one
question apart from everything else.

For each language this prints the shared scorer's core F1 over all paragraphs, and for the
later paragraphs alone how many the extractor reads as their author did: no event where the
author has none, an event of the author's type where the author has one.

Run: .venv/bin/python bench/continuations.py [--json]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from extract_quality import load_scorer

from saylau.goldsets import sequence_sets

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def later_paragraphs(rows: list[dict], pred: list[dict]) -> Counter:
    """Counts of the later paragraphs (index ≥ 1) by the author's reading and whether the
    extractor's reading agrees: ("none", True) is a no-event paragraph read as none; ("event",
    False) an event paragraph read as none or as another type."""
    types: dict[tuple[str, int], list[str]] = {}
    for event in pred:
        types.setdefault((event["doc_id"], event["paragraph"]), []).append(event["event_type"])
    counts: Counter = Counter()
    for row in rows:
        if row["paragraph"] == 0:
            continue
        got = sorted(types.get((row["doc_id"], row["paragraph"]), []))
        want = sorted(e["event_type"] for e in row["events"])
        counts[("event" if want else "none", got == want)] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="one JSON summary per set")
    args = parser.parse_args()
    scorer = load_scorer()
    for gold_set in sequence_sets(DATA):
        rows = gold_set.gold_rows()
        pred = [e.to_dict() for e in gold_set.predict()]
        summary = scorer.score(rows, pred)[1]
        later = later_paragraphs(rows, pred)
        none_total = later[("none", True)] + later[("none", False)]
        event_total = later[("event", True)] + later[("event", False)]
        figures = {
            "set": gold_set.name,
            "core_f1": summary["core_f1"],
            "events_f1": summary["events_f1"],
            "later_none_kept_none": f"{later[('none', True)]}/{none_total}",
            "later_events_read": f"{later[('event', True)]}/{event_total}",
        }
        if args.json:
            print(json.dumps(figures))
        else:
            print(
                f"{gold_set.name}: core {summary['core_f1']:.3f}, events {summary['events_f1']:.3f}; later paragraphs: "
                f"no event read as none {figures['later_none_kept_none']}, events read with the author's type "
                f"{figures['later_events_read']}"
            )


if __name__ == "__main__":
    main()
