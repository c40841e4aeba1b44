"""How the extractor reads the phrasings fresh authors found in real reports.

`tests/data/phrasings/phrasings_LANG.tsv` hold, one a line, a phrasing of a campaign activity
(or of something that is no event) as real reports use it, its type by the codebook and an
example sentence the author wrote with it (`tests/data/AUTHORING.md`). Each example is read as a
paragraph on its own; the script prints, per language, how many the extractor types as the
author did, and with --list the ones it reads otherwise.

Run: .venv/bin/python bench/phrasings.py [--list]
"""
from __future__ import annotations

import argparse
from pathlib import Path

from saylau.goldsets import phrasings

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true", help="print the phrasings read otherwise")
    args = parser.parse_args()
    for lang, rows in phrasings(ROOT / "tests" / "data").items():
        read = [(row, row.read_type()) for row in rows]
        agree = sum(1 for row, kind in read if kind == row.event_type)
        print(f"{lang}: {agree} of {len(rows)} phrasings read as their author typed them ({agree / len(rows):.3f})")
        if args.list:
            for row, kind in read:
                if kind != row.event_type:
                    print(f"  [{row.event_type} -> {kind}] {row.phrasing} | {row.example}")


if __name__ == "__main__":
    main()
