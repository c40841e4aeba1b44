"""Accuracy of the extractor on every gold set we have, with the shared scorer.

Prints one line per set (core F1 and the per-field F1) and, with --details NAME, the
scorer's table and the paragraphs where prediction and gold differ.
Run: .venv/bin/python bench/extract_quality.py [--details dev_en]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

from saylau.extract import extract_events
from saylau.ingest import read_path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIELDS = ["parties", "regions", "settlements", "event_type", "audience", "actors", "topics", "election", "list_types"]


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_events", SHARED / "tools" / "score_events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_sets() -> dict[str, tuple[Path, Path]]:
    sets = {}
    digest = SHARED / "corpus" / "campaign_digest_2023_en.txt"
    if digest.exists():
        sets["shared_digest_en"] = (digest, SHARED / "gold" / "campaign_digest_2023_en.gold.jsonl")
    for gold in sorted((ROOT / "tests" / "data").glob("*.gold.jsonl")):
        sets[gold.name.removesuffix(".gold.jsonl")] = (gold.with_name(gold.name.replace(".gold.jsonl", ".txt")), gold)
    return sets


def predict(text: Path) -> list[dict]:
    [doc] = list(read_path(text))
    return [e.to_dict() for e in extract_events(doc)]


def show_differences(text: Path, gold_rows: list[dict], pred: list[dict]) -> None:
    paragraphs = [line.strip() for line in text.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_para: dict[int, list[dict]] = {}
    for event in pred:
        by_para.setdefault(event["paragraph"], []).append(event)
    for row in gold_rows:
        index = row["paragraph"]
        got = by_para.get(index, [])
        diffs = []
        if len(got) != len(row["events"]):
            diffs.append(f"events gold={len(row['events'])} pred={len(got)}")
        for field in FIELDS:
            g = _values(row["events"], field)
            p = _values(got, field)
            if g != p:
                diffs.append(f"{field}: gold={sorted(g)} pred={sorted(p)}")
        if diffs:
            print(f"\n[{index}] {paragraphs[index]}")
            for d in diffs:
                print("    " + d)


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
    parser.add_argument("--details", help="print the differing paragraphs of this set")
    args = parser.parse_args()
    scorer = load_scorer()
    for name, (text, gold) in gold_sets().items():
        gold_rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
        pred = predict(text)
        _, summary = scorer.score(gold_rows, pred)
        fields = " ".join(f"{f[:5]}={summary[f + '_f1']:.2f}" for f in ["events"] + FIELDS)
        print(f"{name:<18} core={summary['core_f1']:.3f} {fields} count_err={summary['event_count_abs_error']}")
        if args.details == name:
            show_differences(text, gold_rows, pred)


if __name__ == "__main__":
    main()
