"""Extraction speed on one core, and the matching stage against a spaCy baseline.

Builds a corpus of at least 50,000 paragraphs from the sample news in samples/ (each
paragraph varied by swapping place and party names so that the corpus is not one text
repeated), then measures:
  1. the whole extractor (paragraphs/s, one process);
  2. the matching stage alone: our Aho-Corasick gazetteer scan against spaCy blank("en")
     with an EntityRuler holding the same phrases (lower-cased), on the same paragraphs.
Run: .venv/bin/python bench/extract_throughput.py [--paragraphs N] [--lang en|ru|kk]
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sample_paragraphs(lang: str) -> list[str]:
    folder = ROOT / "samples" / lang
    paragraphs = []
    for path in sorted(folder.glob("*.txt")):
        paragraphs.extend(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    if not paragraphs:
        sys.exit(f"no sample paragraphs in {folder}")
    return paragraphs


def build_corpus(lang: str, size: int, seed: int = 7) -> list[str]:
    """`size` paragraphs: the samples, with settlement names swapped at random."""
    from saylau.reference import load_settlements

    rng = random.Random(seed)
    base = sample_paragraphs(lang)
    names = [s.name for s in load_settlements()]
    corpus = []
    while len(corpus) < size:
        text = rng.choice(base)
        for name in names:
            if name in text and rng.random() < 0.5:
                text = text.replace(name, rng.choice(names))
        corpus.append(text)
    return corpus


def time_it(label: str, fn, items: list[str]) -> float:
    start = time.perf_counter()
    fn(items)
    elapsed = time.perf_counter() - start
    rate = len(items) / elapsed
    print(f"{label:<46} {len(items):>8} paragraphs  {elapsed:7.2f} s  {rate:>10,.0f} paragraphs/s")
    return rate


def run_extractor(items: list[str]) -> None:
    from saylau.extract import extract_paragraph, load_resources

    res = load_resources()
    for i, text in enumerate(items):
        extract_paragraph(text, "bench", i, res)


def run_scan(items: list[str]) -> None:
    from saylau.extract import load_resources
    from saylau.extract.text import fold

    gazetteer = load_resources().gazetteer
    for text in items:
        gazetteer.scan(text, fold(text))


def spacy_baseline(items: list[str]) -> float | None:
    try:
        import spacy
    except ImportError:
        print("spaCy is not installed (pip install -e '.[bench]'): baseline skipped")
        return None
    from saylau.extract.resources import load_resources

    phrases = set()
    for key in load_resources().gazetteer.keys():
        phrases.add(key)
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": "GAZ", "pattern": p} for p in sorted(phrases)])
    start = time.perf_counter()
    for _ in nlp.pipe(items, batch_size=256):
        pass
    elapsed = time.perf_counter() - start
    rate = len(items) / elapsed
    print(f"{'matching: spaCy blank(en) + EntityRuler':<46} {len(items):>8} paragraphs  {elapsed:7.2f} s  {rate:>10,.0f} paragraphs/s"
          f"   ({len(phrases)} phrases)")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--paragraphs", type=int, default=50_000)
    parser.add_argument("--lang", default="en", choices=["en", "ru", "kk"])
    parser.add_argument("--no-spacy", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from saylau.extract import load_resources

    t0 = time.perf_counter()
    res = load_resources()
    print(f"resources built in {time.perf_counter() - t0:.2f} s ({res.gazetteer.size} gazetteer keys)")
    corpus = build_corpus(args.lang, args.paragraphs)
    print(f"corpus: {len(corpus)} {args.lang} paragraphs, {sum(map(len, corpus)) / len(corpus):.0f} characters on average")
    whole = time_it(f"whole extractor ({args.lang}, one core)", run_extractor, corpus)
    scan = time_it("matching: saylau gazetteer (Aho-Corasick)", run_scan, corpus)
    long_paragraph = " ".join(corpus[:8000])  # ~1 MB on one line: must not take quadratic time
    start = time.perf_counter()
    run_extractor([long_paragraph])
    print(f"one paragraph of {len(long_paragraph) / 1e6:.1f} MB{'':<27} {time.perf_counter() - start:7.2f} s")
    baseline = None if args.no_spacy else spacy_baseline(corpus)
    if baseline:
        print(f"matching speed-up over the spaCy baseline: {scan / baseline:.1f}x")
    print(f"SUMMARY lang={args.lang} extractor={whole:.0f}/s matching={scan:.0f}/s"
          + (f" spacy={baseline:.0f}/s ratio={scan / baseline:.1f}" if baseline else ""))


if __name__ == "__main__":
    main()
