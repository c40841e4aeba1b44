"""Accuracy of the extractor on every gold set we have, with the shared scorer.

Prints one line per set (core F1 and the per-field F1) and, with --details NAME, the
paragraphs where prediction and gold differ. Sets are found and read by `saylau.goldsets`.
Blind sets (`tests/data/blind/`, `holdout_*`) are only ever scored: --details refuses them,
so whoever tunes the extractor never sees their paragraphs.

With --found, each set is scored a second time on the paragraphs where both the gold and the
extractor have an event: what is left wrong there is the fields, not whether an event was found
(a figure, never a paragraph, so it is shown for blind sets too).

Run: .venv/bin/python bench/extract_quality.py [--details dev_en_a] [--only news] [--json] [--found]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from saylau.goldsets import GoldSet, gold_sets

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIELDS = ["parties", "regions", "settlements", "event_type", "audience", "actors", "topics", "election", "list_types"]


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_events", SHARED / "tools" / "score_events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def all_sets() -> list[GoldSet]:
    sets = gold_sets(ROOT / "tests" / "data")
    digest = SHARED / "corpus" / "campaign_digest_2023_en.txt"
    if digest.exists():  # a real document: read whole
        sets.insert(0, GoldSet("shared_digest_en", digest, SHARED / "gold" / "campaign_digest_2023_en.gold.jsonl"))
    return sets


def show_differences(gold_set: GoldSet, pred: list[dict]) -> None:
    paragraphs = {(doc.id, i): text for doc in gold_set.read() for i, text in doc.paragraphs()}
    by_para: dict[tuple[str, int], list[dict]] = {}
    for event in pred:
        by_para.setdefault((event["doc_id"], event["paragraph"]), []).append(event)
    for row in gold_set.gold_rows():
        key = (row["doc_id"], row["paragraph"])
        got = by_para.get(key, [])
        diffs = []
        if len(got) != len(row["events"]):
            diffs.append(f"events gold={len(row['events'])} pred={len(got)}")
        for field in FIELDS:
            g, p = _values(row["events"], field), _values(got, field)
            if g != p:
                diffs.append(f"{field}: gold={sorted(g)} pred={sorted(p)}")
        if diffs:
            print(f"\n[{key[0]} {key[1]}] {paragraphs.get(key, '?')}")
            for d in diffs:
                print("    " + d)


def on_found_paragraphs(gold_rows: list[dict], pred: list[dict]) -> tuple[list[dict], list[dict]]:
    """The gold rows and predictions of the paragraphs where both sides have an event."""
    predicted = {(e["doc_id"], e["paragraph"]) for e in pred}
    rows = [r for r in gold_rows if r["events"] and (r["doc_id"], r["paragraph"]) in predicted]
    kept = {(r["doc_id"], r["paragraph"]) for r in rows}
    return rows, [e for e in pred if (e["doc_id"], e["paragraph"]) in kept]


def _values(events: list[dict], field: str) -> set:
    out = set()
    for e in events:
        value = e.get(field)
        if field == "actors":
            out |= {a["name"] for a in value or [] if a.get("name")}
        elif isinstance(value, list):
            out |= set(value)
        elif value and value != "unspecified":
            out.add(value)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--details", help="print the differing paragraphs of this (non-blind) set")
    parser.add_argument("--only", help="score only the sets whose name contains this")
    parser.add_argument("--json", action="store_true", help="one JSON summary per set instead of the table")
    parser.add_argument("--found", action="store_true", help="also score the fields on the paragraphs where both sides found an event")
    args = parser.parse_args()
    scorer = load_scorer()
    for gold_set in all_sets():
        if args.only and args.only not in gold_set.name:
            continue
        if args.details == gold_set.name and gold_set.blind:
            sys.exit(f"{gold_set.name} is a blind set: it is scored, never shown")
        pred = [e.to_dict() for e in gold_set.predict()]
        _, summary = scorer.score(gold_set.gold_rows(), pred)
        if args.json:
            print(json.dumps({"set": gold_set.name, **summary}))
        else:
            fields = " ".join(f"{f[:5]}={summary[f + '_f1']:.2f}" for f in ["events"] + FIELDS)
            print(f"{gold_set.name:<18} n={summary['paragraphs']:<4} core={summary['core_f1']:.3f} {fields} count_err={summary['event_count_abs_error']}")
        if args.found:
            rows, found = on_found_paragraphs(gold_set.gold_rows(), pred)
            result, _ = scorer.score(rows, found)
            fields = " ".join(f"{f[:5]}={result[f]['p']:.2f}/{result[f]['r']:.2f}" for f in ["parties", "regions", "event_type", "audience", "topics"])
            print(f"{'  where found':<18} n={len(rows):<4} precision/recall {fields}")
        if args.details == gold_set.name:
            show_differences(gold_set, pred)


if __name__ == "__main__":
    main()
