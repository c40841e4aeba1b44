"""How well the trained event gate carries over to an author it never saw.

Cross-validation over documents (what `saylau train` prints) mixes every author's documents in
every fold, so it flatters a model that learns one author's habits. Here each news-shaped
development set (one author each) is left out in turn: the gate is fitted, with the settings
`saylau train` would choose, on all the other development sets, and the held-out set is then
scored with the shared scorer, rules alone and with that gate. The sums over all sets are the
figure to compare gate variants by, without looking at the blind sets.

Run: .venv/bin/python bench/gate_transfer.py [--sets dev_en_d dev_ru_d ...]
(needs scikit-learn, and ../shared/tools/score_events.py beside the checkout)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from extract_quality import SHARED, load_scorer  # noqa: E402
from saylau.extract.pipeline import extract_events  # noqa: E402
from saylau.extract.resources import load_resources  # noqa: E402
from saylau.goldsets import development_sets  # noqa: E402
from saylau.lexicon_dropout import partial_resources  # noqa: E402
from saylau.training import fit_gate, samples  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", help="only these held-out sets (default: every news-shaped set)")
    args = parser.parse_args()
    if not (SHARED / "tools" / "score_events.py").exists():
        sys.exit(f"{SHARED / 'tools' / 'score_events.py'} is absent: the shared scorer is needed")
    scorer = load_scorer()
    res = load_resources()
    sets = development_sets(ROOT / "tests" / "data")
    by_set = {s.name: list(samples(s)) + list(samples(s, partial_resources())) for s in sets}  # (as `saylau train` reads them)
    held_out = [s for s in sets if s.documents.parent.name == "news" and (not args.sets or s.name in args.sets)]
    totals = {"rules": [], "gate": []}
    print(f"{'held-out set':12} {'rules core':>10} {'gate core':>10} {'rules ev':>9} {'gate ev':>8}")
    for gold_set in held_out:
        training = [x for name, items in by_set.items() if name != gold_set.name for x in items]
        gate = fit_gate(training, log=lambda _: None)
        row = {}
        for label, model in (("rules", None), ("gate", gate)):
            predicted = [e.to_dict() for doc in gold_set.read() for e in extract_events(doc, res, gate=model)]
            _, summary = scorer.score(gold_set.gold_rows(), predicted)
            row[label] = summary
            totals[label].append(summary["core_f1"])
        print(
            f"{gold_set.name:12} {row['rules']['core_f1']:10.3f} {row['gate']['core_f1']:10.3f} "
            f"{row['rules']['events_f1']:9.3f} {row['gate']['events_f1']:8.3f}",
            flush=True,
        )
    for label, values in totals.items():
        print(f"mean core F1 over {len(values)} held-out sets, {label}: {sum(values) / len(values):.3f}")


if __name__ == "__main__":
    main()
