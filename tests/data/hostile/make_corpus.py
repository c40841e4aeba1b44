"""Write the hostile inputs that cannot be kept in git as they are, beside the ones that are.

Kept as files in this folder (small, plain UTF-8):
    records.jsonl   good records around bad ones: a lone surrogate ("\\ud800") in a text, NUL
                    ("\\u0000") in a text and in a title, a 5,000-digit integer and a float of
                    5,000 digits, a JSON null instead of a record, a line cut short
    good.txt        a good document

Written by `write_corpus(folder)` (large, binary, or with names git and some file systems
refuse):
    deep.jsonl              a good record, one nested 100,000 levels deep, a good record
    bad\\xffname.txt         a file name that is not UTF-8 (Linux file names are bytes)
    forged\\nerror: x.txt    a file name holding a newline that would forge a second error line
    \\x1b[31mred.txt         a file name holding an ANSI colour escape
    nul.txt                 a text file with NUL bytes (binary, one error)
    binary\nerror: forged.txt   a binary file whose name would forge a second error line

Run `python tests/data/hostile/make_corpus.py OUT` to write the whole corpus into OUT.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEPTH = 100_000

GOOD_RECORD = '{{"id": "{id}", "text": "The Baitak party met voters in {place} about ecology."}}'

# Names of the generated files, as bytes: os-level names, not all of them UTF-8.
NON_UTF8_NAME = b"bad\xffname.txt"
NEWLINE_NAME = b"forged\nerror: x.txt"
ANSI_NAME = b"\x1b[31mred.txt"
FORGED_BINARY_NAME = b"binary\nerror: forged.txt"


def write_corpus(folder: Path) -> Path:
    """Copy the kept files into `folder` (created) and write the generated ones; returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("records.jsonl", "good.txt"):
        shutil.copyfile(HERE / name, folder / name)
    deep = '{"id": "deep", "text": "x", "nested": ' + "[" * DEPTH + "]" * DEPTH + "}"
    lines = [GOOD_RECORD.format(id="deep-before", place="Aktobe"), deep, GOOD_RECORD.format(id="deep-after", place="Atyrau")]
    (folder / "deep.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    _write_named(folder, NON_UTF8_NAME, b"Aq Jol held a rally in Pavlodar on wages.\n")
    _write_named(folder, NEWLINE_NAME, b"NSDP met teachers in Semey about salaries.\n")
    _write_named(folder, ANSI_NAME, b"Respublica met students in Karaganda.\n")
    (folder / "nul.txt").write_bytes(b"AMANAT\x00\x00\x00 met voters\x00 in Oral.\n")
    _write_named(folder, FORGED_BINARY_NAME, b"\x00\x01\x02\x03 not text")
    return folder


def _write_named(folder: Path, name: bytes, data: bytes) -> None:
    with open(bytes(folder) + b"/" + name, "wb") as handle:  # a bytes path keeps the name's bytes
        handle.write(data)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_corpus.py OUT_FOLDER")
    print(write_corpus(Path(sys.argv[1])))
