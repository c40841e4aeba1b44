"""Extraction speed on paragraphs of real length, side by side in one run.

The paragraphs come from our news-shaped development sets (tests/data/news: English, Russian
and Kazakh reports retold from real pages); neighbouring short paragraphs of one document are
joined so that the items average about 350 characters, the length of a real news paragraph.
On the same items, one core, one after the other:
  1. the whole extractor (`extract_paragraph`: scan, every field, modality, the event gate);
  2. spaCy blank("en") + EntityRuler holding the same phrases as our gazetteer (the baseline a
     team would reach for; `pip install -e '.[bench]'`);
  3. a bare pyahocorasick scan of the same phrases over the lower-cased text (the floor: no
     word boundaries, nothing done with the matches).
Times are CPU seconds of this process, the three taking turns pass by pass. It prints
paragraphs/s for each and the ratios the project tracks: extractor / spaCy (goal
above 1) and extractor / bare scan (goal at least 0.05).

Run: .venv/bin/python bench/extract_speed.py [--repeat 20] [--no-spacy]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_LENGTH = 350


def real_paragraphs() -> list[str]:
    from saylau.goldsets import gold_sets

    items = []
    for gold_set in gold_sets(ROOT / "tests" / "data"):
        if gold_set.documents.parent.name != "news":
            continue
        for doc in gold_set.read():
            buffer = ""
            for _, text in doc.paragraphs():
                buffer = f"{buffer} {text}".strip()
                if len(buffer) >= TARGET_LENGTH * 0.8:
                    items.append(buffer)
                    buffer = ""
            if buffer:
                items.append(buffer)
    if not items:
        sys.exit("no news-shaped paragraphs in tests/data/news")
    return items


def timed_together(runs: dict, items: list[str], repeat: int) -> dict[str, float]:
    """Paragraphs/s of each run, the runs taking turns pass by pass so that a machine whose
    speed drifts (shared CPUs) slows them alike and the ratios stay fair."""
    for run in runs.values():
        run(items[:50])  # warm caches (morphology, the gate) before timing
    spent = dict.fromkeys(runs, 0.0)
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.process_time()  # CPU time of this process
            run(items)
            spent[name] += time.process_time() - start
    return {name: len(items) * repeat / seconds for name, seconds in spent.items()}


def run_extractor(items: list[str]) -> None:
    from saylau.extract import extract_paragraph, load_resources

    res = load_resources()
    for i, text in enumerate(items):
        extract_paragraph(text, "bench", i, res)


def bare_scanner():
    import ahocorasick

    from saylau.extract.resources import load_resources

    automaton = ahocorasick.Automaton()
    for key in load_resources().gazetteer.keys():
        automaton.add_word(key, len(key))
    automaton.make_automaton()

    def run(items: list[str]) -> None:
        for text in items:
            for _ in automaton.iter(text.lower()):
                pass

    return run


def spacy_runner():
    try:
        import spacy
    except ImportError:
        return None
    from saylau.extract.resources import load_resources

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": "GAZ", "pattern": p} for p in sorted(load_resources().gazetteer.keys())])

    def run(items: list[str]) -> None:
        for _ in nlp.pipe(items, batch_size=256):
            pass

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--no-spacy", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from saylau.extract import load_resources

    load_resources()
    items = real_paragraphs()
    print(f"{len(items)} paragraphs of {sum(map(len, items)) / len(items):.0f} characters on average, x{args.repeat}")
    spacy_name = "spaCy blank('en') + EntityRuler, same phrases"
    runs = {"whole extractor": run_extractor, "bare pyahocorasick scan of the same phrases": bare_scanner()}
    spacy_run = None if args.no_spacy else spacy_runner()
    if spacy_run is not None:
        runs[spacy_name] = spacy_run
    rates = timed_together(runs, items, args.repeat)
    for name, rate in rates.items():
        print(f"{name:<52} {rate:>10,.0f} paragraphs/s")
    ours, bare = rates["whole extractor"], rates["bare pyahocorasick scan of the same phrases"]
    if spacy_run is not None:
        print(f"extractor / spaCy EntityRuler: {ours / rates[spacy_name]:.2f}x (goal: above 1)")
    else:
        print("spaCy is not installed (pip install -e '.[bench]'): baseline skipped")
    print(f"extractor / bare scan: {ours / bare:.3f}x (goal: at least 0.05)")

if __name__ == "__main__":
    main()
