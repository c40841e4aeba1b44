"""Whether the extractor reads one report alike in English, Russian and Kazakh, and, where the
author coded it, whether it reads it right.

`tests/data/parallel/*.txt` hold reports written three times, once in each language, with the
same facts: `triples.txt` (the 40th stop, written by us to find words one language's rules lack)
and files by fresh authors who also coded each report once for all its languages (a line
`gold|[events]`, each event's type, parties, regions, audience codes and topics by the
codebook). Each text is read as a document (an optional title and earlier paragraphs before
" || "), and the events of its last paragraph are compared by type, parties, regions, audience
codes (organisation names are written differently in each language, so they are left out) and
topics. A group whose readings differ shows a gap in one language's rules, or a place where the
codebook leaves room; against the gold, the same fields are scored per language (micro F1 over
the groups' values, as the shared scorer does over paragraphs), so that a language whose rules
lack a word shows as that language's lower figure on the same facts.

Run: .venv/bin/python bench/cross_language.py [--list] [FILE ...]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from saylau.extract import extract_events
from saylau.goldsets import parallel_groups
from saylau.model import Document

PARALLEL = Path(__file__).resolve().parents[1] / "tests" / "data" / "parallel"
AUDIENCE_CODES = {"voters", "population", "media", "youth", "students", "pensioners", "farmers"}
FIELDS = ("events", "event_type", "parties", "regions", "audience", "topics")
LANGS = ("en", "ru", "kk")


def reading(lang: str, text: str) -> list[tuple]:
    """The last paragraph's events, as the comparison sees them."""
    parts = text.split(" || ")
    title, body = (parts[0], parts[1:]) if len(parts) > 1 else ("", parts)
    document = Document(id="parallel", title=title, text="\n".join(body), lang=lang)
    last = len(body) - 1
    return sorted(
        (e.event_type, tuple(sorted(e.parties)), tuple(sorted(e.regions)), tuple(sorted(set(e.audience) & AUDIENCE_CODES)), tuple(sorted(e.topics)))
        for e in extract_events(document) if e.paragraph == last
    )


def field_values(events: list[tuple]) -> dict[str, set]:
    """The union of each field's values over a paragraph's events (`reading`'s tuples)."""
    out = {"events": {"present"} if events else set()}
    for i, field in enumerate(FIELDS[1:]):
        out[field] = {v for e in events for v in ([e[i]] if i == 0 else e[i])}
    return out


def gold_reading(text: str) -> list[tuple]:
    events = json.loads(text)
    return [
        (e["event_type"], tuple(sorted(e.get("parties") or [])), tuple(sorted(e.get("regions") or [])),
         tuple(sorted(set(e.get("audience") or []) & AUDIENCE_CODES)), tuple(sorted(e.get("topics") or [])))
        for e in events
    ]


def f1(counts: Counter, field: str) -> float:
    tp, fp, fn = counts[(field, "tp")], counts[(field, "fp")], counts[(field, "fn")]
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print the readings of the groups that differ")
    parser.add_argument("files", nargs="*", type=Path, help="parallel files (default: every tests/data/parallel/*.txt)")
    args = parser.parse_args()
    for path in args.files or sorted(PARALLEL.glob("*.txt")):
        found = parallel_groups(path)
        alike, coded = 0, 0
        counts: dict[str, Counter] = {lang: Counter() for lang in LANGS}
        for group in found:
            readings = [(lang, reading(lang, text), text) for lang, text in group if lang in LANGS]
            if len({str(r) for _, r, _ in readings}) == 1:
                alike += 1
            elif args.list:
                for lang, r, text in readings:
                    print(f"  {lang} {r} | {text.split(' || ')[-1][:80]}")
                gold = next((text for lang, text in group if lang == "gold"), None)
                print(f"  gold {gold_reading(gold) if gold else '-'}\n")
            gold = next((text for lang, text in group if lang == "gold"), None)
            if gold is None:
                continue
            coded += 1
            expected = field_values(gold_reading(gold))
            for lang, r, _ in readings:
                got = field_values(r)
                for field in FIELDS:
                    counts[lang][(field, "tp")] += len(got[field] & expected[field])
                    counts[lang][(field, "fp")] += len(got[field] - expected[field])
                    counts[lang][(field, "fn")] += len(expected[field] - got[field])
        print(f"{path.name}: {alike} of {len(found)} reports read alike in all their languages ({alike / len(found):.3f})")
        if coded:
            print(f"  against the author's coding ({coded} groups): " + ", ".join(FIELDS))
            for lang in LANGS:
                figures = [f1(counts[lang], field) for field in FIELDS]
                core = sum(figures[1:]) / len(figures[1:])
                print(f"  {lang}: " + " ".join(f"{x:.3f}" for x in figures) + f"  (mean of the five fields {core:.3f})")


if __name__ == "__main__":
    main()
