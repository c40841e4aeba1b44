"""The blind sets scored by an earlier extractor and by this one, side by side.

Blind sets (`tests/data/blind/`) are written by another author and never shown to whoever
changes the extractor: this script prints only the scorer's figures, never a paragraph.
The earlier extractor is any checkout of the project, e.g.

    git worktree add /tmp/saylau-before c926b71
    .venv/bin/python bench/blind_before_after.py --before /tmp/saylau-before/src

Each side runs in its own process with that checkout's `src` first on the path, and reads
the documents with `saylau.ingest.read_path` and `saylau.extract.extract_events`, which
every version has.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "tests" / "data" / "blind"
SCORER = ROOT.parent / "shared" / "tools" / "score_events.py"
FIELDS = ["events", "parties", "regions", "event_type", "audience", "topics", "actors"]  # (actors: not in core)

CHILD = r"""
import importlib.util, json, sys
from pathlib import Path
from saylau.extract import extract_events
from saylau.ingest import read_path
from saylau.model import Document
spec = importlib.util.spec_from_file_location("score_events", sys.argv[1])
scorer = importlib.util.module_from_spec(spec); spec.loader.exec_module(scorer)
for gold in sorted(Path(sys.argv[2]).glob("*.gold.jsonl")):
    rows = [json.loads(l) for l in gold.read_text(encoding="utf-8").splitlines() if l.strip()]
    docs = gold.with_name(gold.name.replace(".gold.jsonl", ".jsonl"))
    pred = [e.to_dict() for d in read_path(docs) if isinstance(d, Document) for e in extract_events(d)]
    print(json.dumps({"set": gold.name.split(".")[0], **scorer.score(rows, pred)[1]}))
"""


def scores(src: Path) -> dict[str, dict]:
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(SCORER), str(BLIND)], env=env, capture_output=True, text=True, check=True
    ).stdout
    return {row["set"]: row for row in map(json.loads, out.splitlines())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", type=Path, required=True, help="the src folder of an earlier checkout")
    args = parser.parse_args()
    if not SCORER.exists():
        sys.exit(f"{SCORER} is absent: the shared folder must be beside the project")
    before, after = scores(args.before), scores(ROOT / "src")
    print(f"{'set':<12}{'paragraphs':>11}  " + "  ".join(f"{f + ' F1':>18}" for f in ["core"] + FIELDS))
    for name in sorted(after):
        b, a = before.get(name, {}), after[name]
        cells = [f"{b.get(f + '_f1', float('nan')):.3f} → {a[f + '_f1']:.3f}" for f in ["core"] + FIELDS]
        print(f"{name:<12}{a['paragraphs']:>11}  " + "  ".join(f"{c:>18}" for c in cells))


if __name__ == "__main__":
    main()
