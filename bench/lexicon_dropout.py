"""How the extractor reads the news-shaped development sets when it lacks part of its words.

The cue lists were written from the development sets, so those sets flatter the extractor; the
blind sets, by authors it never met, use words the lists lack. This script scores the
development sets with every cue phrase and again with a share of them left out of the gazetteer
(`saylau.lexicon_dropout.partial_resources`, parties and places kept), for a few seeds, and
prints the mean core and events F1 per language: how much each language leans on the lists.
At the 69th stop's start (056fec2, seed a) three in ten left out brought the sets two thirds of
the way to the blind figures, and half of them all the way for English and Russian (README, "The
69th stop"); which phrases a seed leaves out matters (Kazakh at half: 0.654 seed b, 0.756 seed
c), so read the seeds together.

The trained models were fitted on these sets (and the gate and the activity model on a partial
reading of them with the seed `lexicon_dropout.SEED`): the figures say how the rules' words
carry, not how the models travel; the blind sets (`blind_before_after.py`) say that.

    .venv/bin/python bench/lexicon_dropout.py [--shares 0.3 0.5] [--seeds b c]
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from extract_quality import load_scorer

from saylau.extract import extract_events
from saylau.extract.resources import Resources, load_resources
from saylau.goldsets import GoldSet, development_sets
from saylau.lexicon_dropout import partial_resources

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
LANGUAGES = ("en", "ru", "kk")


def mean_scores(sets: list[GoldSet], res: Resources, scorer) -> dict[str, tuple[float, float]]:
    """(mean core F1, mean events F1) of the sets of each language, read with `res`."""
    core, events = defaultdict(list), defaultdict(list)
    for gold_set in sets:
        predicted = [e.to_dict() for doc in gold_set.read() for e in extract_events(doc, res)]
        summary = scorer.score(gold_set.gold_rows(), predicted)[1]
        lang = gold_set.name.split("_")[1]
        core[lang].append(summary["core_f1"])
        events[lang].append(summary["events_f1"])
    return {lang: (sum(core[lang]) / len(core[lang]), sum(events[lang]) / len(events[lang])) for lang in core}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shares", type=float, nargs="+", default=[0.3, 0.5], help="shares of the cue phrases left out")
    parser.add_argument("--seeds", nargs="+", default=["b", "c"], help="seeds of the partial lexicons (the training reads 'a')")
    args = parser.parse_args()
    scorer = load_scorer()
    sets = [s for s in development_sets(DATA) if s.documents.parent.name == "news"]
    readings = [("every phrase", load_resources())] + [
        (f"{share:.0%} left out, seed {seed}", partial_resources(share, seed)) for share in args.shares for seed in args.seeds
    ]
    print(f"{len(sets)} news-shaped development sets; mean core F1 (events F1) per language", file=sys.stderr)
    print(f"{'lexicon':<28}" + "".join(f"{lang:>16}" for lang in LANGUAGES))
    for name, res in readings:
        scores = mean_scores(sets, res, scorer)
        print(f"{name:<28}" + "".join(f"{scores[lang][0]:>9.3f} ({scores[lang][1]:.3f})" if lang in scores else f"{'-':>16}" for lang in LANGUAGES))


if __name__ == "__main__":
    main()
