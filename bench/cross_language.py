"""Whether the extractor reads one report alike in English, Russian and Kazakh.

`tests/data/parallel/triples.txt` holds reports written three times, once in each language,
with the same facts (the 40th stop wrote them to find words one language's rules lack). Each is
read as a document (an optional title and earlier paragraphs before " || "), and the events of
its last paragraph are compared by type, parties, regions, audience codes (organisation names
are written differently in each language, so they are left out) and topics. A group whose three
readings differ shows a gap in one language's rules, or a place where the codebook leaves room;
the script prints how many groups agree and, with --list, the readings of those that do not.

Run: .venv/bin/python bench/cross_language.py [--list]
"""
from __future__ import annotations

import argparse
from pathlib import Path

from saylau.extract import extract_events
from saylau.model import Document

TRIPLES = Path(__file__).resolve().parents[1] / "tests" / "data" / "parallel" / "triples.txt"
AUDIENCE_CODES = {"voters", "population", "media", "youth", "students", "pensioners", "farmers"}


def groups(path: Path) -> list[list[tuple[str, str]]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    out: list[list[tuple[str, str]]] = [[]]
    for line in lines:
        if line.strip() == "--":
            out.append([])
        else:
            lang, text = line.split("|", 1)
            out[-1].append((lang, text))
    return [g for g in out if g]


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print the readings of the groups that differ")
    args = parser.parse_args()
    found = groups(TRIPLES)
    alike = 0
    for group in found:
        readings = [(lang, reading(lang, text), text) for lang, text in group]
        if len({str(r) for _, r, _ in readings}) == 1:
            alike += 1
        elif args.list:
            for lang, r, text in readings:
                print(f"  {lang} {r} | {text.split(' || ')[-1][:80]}")
            print()
    print(f"{alike} of {len(found)} reports read alike in all their languages ({alike / len(found):.3f})")


if __name__ == "__main__":
    main()
