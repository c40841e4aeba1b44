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

With --by-kind, half of one group of lists at a time is left out (the mean of the seeds, as
differences from the whole lexicon, per field): which lists the figures lean on most.

    .venv/bin/python bench/lexicon_dropout.py [--shares 0.3 0.5] [--seeds b c] [--by-kind]
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Iterator

from extract_quality import load_scorer

from saylau.extract import extract_events
from saylau.extract.resources import Resources, build_resources, load_resources
from saylau.goldsets import GoldSet, development_sets
from saylau.lexicon_dropout import kept, partial_resources

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
LANGUAGES = ("en", "ru", "kk")
FIELDS = ("core", "events", "parties", "regions", "event_type", "audience", "topics")
# the gazetteer's kinds (`resources._vocabulary_entries`) grouped by what they tell
GROUPS = {
    "activity words": {"event_strong", "event_weak", "speech", "event_anaphora"},
    "people met": {"audience", "workforce", "workplace", "community", "audience_always", "internal_audience", "institution_head", "org_head"},
    "campaigners": {"campaign_actor", "role", "campaigning_noun", "subject_anaphora"},
    "negatives": {"non_event", "not_held", "denial", "commission_event", "criticism", "debate_format", "vote_word", "not_campaign_actor",
                  "feature_opener", "commentator", "congratulating", "victory", "belief_after", "saying", "attribution_source", "time_reference"},
    "topics": {"topic", "topic_frame", "topic_frame_after", "not_topic", "program_frame", "program_presented"},
    "place words": {"region_word", "region_word_before", "settlement_word_before", "settlement_word_after", "village_word", "district_word",
                    "not_venue_before", "not_venue_after", "region_only_before", "region_only_after", "street_before", "street_after"},
}


def summaries(sets: list[GoldSet], res: Resources, scorer) -> Iterator[tuple[str, dict]]:
    """(language, the scorer's summary) of each set, read with `res`."""
    for gold_set in sets:
        predicted = [e.to_dict() for doc in gold_set.read() for e in extract_events(doc, res)]
        yield gold_set.name.split("_")[1], scorer.score(gold_set.gold_rows(), predicted)[1]


def mean_scores(sets: list[GoldSet], res: Resources, scorer) -> dict[str, tuple[float, float]]:
    """(mean core F1, mean events F1) of the sets of each language, read with `res`."""
    core, events = defaultdict(list), defaultdict(list)
    for lang, summary in summaries(sets, res, scorer):
        core[lang].append(summary["core_f1"])
        events[lang].append(summary["events_f1"])
    return {lang: (sum(core[lang]) / len(core[lang]), sum(events[lang]) / len(events[lang])) for lang in core}


def field_means(sets: list[GoldSet], res: Resources, scorer) -> dict[str, float]:
    """The mean F1 of each of FIELDS over the sets, read with `res`."""
    totals: dict[str, float] = defaultdict(float)
    for _, summary in summaries(sets, res, scorer):
        for field in FIELDS:
            totals[field] += summary[field + "_f1"] / len(sets)
    return totals


def by_kind(sets: list[GoldSet], seeds: list[str], scorer) -> None:
    whole = field_means(sets, load_resources(), scorer)
    print(f"{'half left out of':<18}" + "".join(f"{field:>12}" for field in FIELDS))
    print(f"{'(nothing)':<18}" + "".join(f"{whole[field]:>12.3f}" for field in FIELDS))
    for name, kinds in GROUPS.items():
        change = defaultdict(float)
        for seed in seeds:
            res = build_resources(lambda form, entry, kinds=kinds, seed=seed: entry.kind not in kinds or kept(form, entry, 0.5, seed))
            for field, value in field_means(sets, res, scorer).items():
                change[field] += (value - whole[field]) / len(seeds)
        print(f"{name:<18}" + "".join(f"{change[field]:>+12.3f}" for field in FIELDS), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shares", type=float, nargs="+", default=[0.3, 0.5], help="shares of the cue phrases left out")
    parser.add_argument("--seeds", nargs="+", default=["b", "c"], help="seeds of the partial lexicons (the training reads 'a')")
    parser.add_argument("--by-kind", action="store_true", help="leave out half of one group of lists at a time")
    args = parser.parse_args()
    scorer = load_scorer()
    sets = [s for s in development_sets(DATA) if s.documents.parent.name == "news"]
    if args.by_kind:
        by_kind(sets, args.seeds, scorer)
        return
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
