"""How far a second annotator agrees with a set's first annotator, beside the extractor.

Some gold sets have a second, independent annotation (`NAME.second.jsonl` beside
`NAME.gold.jsonl`, in the same one-row-a-paragraph format), written by a session that read
only the set's documents, the codebook, the schema and the settlement list, never the first
gold, the extractor or another set. Scored with the shared scorer against the first gold,
it is the human ceiling of that set: where two careful people following the codebook part,
no extractor can be expected to agree with either. The extractor (rules and gate, as shipped)
is scored against the same first gold, and against the second annotation taken as the gold:
if it were much closer to one person than to the other, that person's coding, not the
extractor, would be what sets it apart.

Blind sets are scored like the others; only the scorer's figures are printed, never a
paragraph or a code.

Run: .venv/bin/python bench/second_annotator.py
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SCORER = ROOT.parent / "shared" / "tools" / "score_events.py"
FIELDS = ["core", "events", "parties", "regions", "event_type", "audience", "topics", "actors"]  # (actors: not in core)


def _scorer():
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _events_of(rows: list[dict]) -> list[dict]:
    """A gold-format annotation as the scorer's predictions: one event a line."""
    return [dict(event, doc_id=row["doc_id"], paragraph=row["paragraph"]) for row in rows for event in row["events"]]


def _extracted(documents: Path) -> list[dict]:
    from saylau.extract import extract_events
    from saylau.ingest import read_path
    from saylau.model import Document

    return [e.to_dict() for d in read_path(documents) if isinstance(d, Document) for e in extract_events(d)]


def main() -> None:
    if not SCORER.exists():
        sys.exit(f"{SCORER} is absent: the shared folder must be beside the project")
    scorer = _scorer()
    seconds = sorted(DATA.glob("*/*.second.jsonl"))
    if not seconds:
        sys.exit(f"no second annotation (*.second.jsonl) under {DATA}")
    print(f"{'set':<12}{'paragraphs':>11}  {'annotation':<11}" + "".join(f"{f + ' F1':>15}" for f in FIELDS))
    totals: dict[str, list[float]] = {"second annotator": [], "extractor": [], "extractor against the second": []}
    for second in seconds:
        name = second.name.removesuffix(".second.jsonl")
        first, other = _rows(second.with_name(name + ".gold.jsonl")), _rows(second)
        extracted = _extracted(second.with_name(name + ".jsonl"))
        for label, gold, predicted in (
            ("second annotator", first, _events_of(other)),
            ("extractor", first, extracted),
            ("extractor against the second", other, extracted),
        ):
            summary = scorer.score(gold, predicted)[1]
            totals[label].append(summary["core_f1"])
            cells = "".join(f"{summary[f + '_f1']:>15.3f}" for f in FIELDS)
            short = {"second annotator": "second", "extractor": "extractor", "extractor against the second": "ext/second"}[label]
            print(f"{name:<12}{summary['paragraphs']:>11}  {short:<11}{cells}")
    for label, cores in totals.items():
        print(f"mean core F1, {label}: {sum(cores) / len(cores):.3f} over {len(cores)} sets")


if __name__ == "__main__":
    main()
