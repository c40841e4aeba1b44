"""How the extractor reads the phrasings fresh authors found in real reports.

`tests/data/phrasings/phrasings_LANG.tsv` hold, one a line, a phrasing of a campaign activity
(or of something that is no event) as real reports use it, its type by the codebook and an
example sentence the author wrote with it (`tests/data/AUTHORING.md`); `fields_LANG.tsv` hold
phrases naming who was met or what was raised, with the audience or topic code and an example
event; `places_LANG.tsv` phrases naming where (or a place that is not the venue), with the
regions and settlements of the example; `implicit_LANG.tsv` activities told without the usual
words for them (type as in the phrasings; " || " separates a paragraph that sets the scene);
`types_LANG.tsv` the boundaries between the event types and `lookalikes_LANG.tsv` paragraphs
with campaign words that report no event (and their minimal contrasts), in the same three
fields. Files of a second author (`implicit_b_LANG.tsv`, `places_b_LANG.tsv`) are counted with
the first.
Each example is read as a paragraph on its own; the script prints, per language, how many
the extractor types (or codes) as the author did, and with --list the ones it reads otherwise.

Run: .venv/bin/python bench/phrasings.py [--list]
"""
from __future__ import annotations

import argparse
from pathlib import Path

from saylau.goldsets import field_phrasings, phrasings, place_phrasings

ROOT = Path(__file__).resolve().parents[1]


DATA = ROOT / "tests" / "data"


def report_types(show: bool) -> None:
    """Phrasings and activities told without the usual words: the type read."""
    for pattern, what in (
        ("phrasings_*.tsv", "phrasings"),
        ("implicit_*.tsv", "activities told without the usual words"),
        ("types_*.tsv", "lines on the boundaries between types"),
        ("lookalikes_*.tsv", "look-alikes and their contrasts"),
    ):
        for lang, rows in phrasings(DATA, pattern).items():
            read = [(row, row.read_type()) for row in rows]
            agree = sum(1 for row, kind in read if kind == row.event_type)
            print(f"{lang}: {agree} of {len(rows)} {what} read as their author typed them ({agree / len(rows):.3f})")
            for row, kind in read if show else ():
                if kind != row.event_type:
                    print(f"  [{row.event_type} -> {kind}] {row.phrasing} | {row.example}")


def report_fields(show: bool) -> None:
    """Audience and topic phrases: the code read, and examples that gave no event."""
    for lang, rows in field_phrasings(DATA).items():
        for field in ("audience", "topics"):
            found = [(row, row.read_values()) for row in rows if row.field == field]
            agree = sum(1 for row, values in found if row.agrees(values))
            missed = sum(1 for _, values in found if values is None)
            print(f"{lang} {field}: {agree} of {len(found)} phrases coded as their author did ({agree / max(len(found), 1):.3f}; no event found in {missed})")
            for row, values in found if show else ():
                if not row.agrees(values):
                    shown = "no event" if values is None else ", ".join(sorted(values)) or "nothing"
                    print(f"  [{row.value} -> {shown}] {row.phrase} | {row.example}")


def report_places(show: bool) -> None:
    """Place phrases: the regions and settlements read."""
    for lang, rows in place_phrasings(DATA).items():
        read = [(row, row.read()) for row in rows]
        missed = sum(1 for _, found in read if found is None)
        for field in ("regions", "settlements"):
            agree = sum(1 for row, found in read if row.agrees(found, field))
            print(f"{lang} {field}: {agree} of {len(rows)} place phrases coded as their author did ({agree / len(rows):.3f}; no event found in {missed})")
        for row, found in read if show else ():
            if not (row.agrees(found, "regions") and row.agrees(found, "settlements")):
                shown = "no event" if found is None else f"{sorted(found['regions'])} {sorted(found['settlements'])}"
                print(f"  [{row.regions} / {row.settlements} -> {shown}] {row.phrase} | {row.example}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true", help="print the lines read otherwise")
    args = parser.parse_args()
    report_types(args.list)
    report_fields(args.list)
    report_places(args.list)


if __name__ == "__main__":
    main()
