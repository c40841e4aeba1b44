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
    laughs.rss              a billion laughs (entities ten deep, ten wide)
    xxe-file.rss            an external entity reading file:///etc/passwd
    xxe-param.rss           a parameter entity loading a DTD over http
    deep.html               a page whose article sits 50,000 <div>s deep
    page-as-feed.xml        an HTML page saved as a feed
    feed-as-page.html       an RSS feed saved as a page
    utf16-nobom.txt         UTF-16 (LE) without its byte-order mark (good: stored)
    cp1251.txt              cp1251 without any declaration (good: stored)
    empty.txt               zero bytes
    loop-a.txt, loop-b.txt  symbolic links to each other
    up                      a symbolic link to ".." (the folder above the corpus)

Run `python tests/data/hostile/make_corpus.py OUT` to write the whole corpus into OUT.
"""
from __future__ import annotations

import os
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
    _write_markup(folder)
    (folder / "utf16-nobom.txt").write_bytes("Партия «Ак жол» провела встречу в Таразе.\n".encode("utf-16-le"))
    (folder / "cp1251.txt").write_bytes("Партия «Ауыл» провела встречу с избирателями в Костанае.\n".encode("cp1251"))
    (folder / "empty.txt").write_bytes(b"")
    os.symlink("loop-b.txt", folder / "loop-a.txt")
    os.symlink("loop-a.txt", folder / "loop-b.txt")
    os.symlink("..", folder / "up")
    return folder


def _write_markup(folder: Path) -> None:
    """The XML and HTML cases: entity bombs, external entities, pages and feeds swapped."""
    item = "<item><title>AMANAT</title><description>{}</description></item>"
    rss = '<rss version="2.0"><channel><title>t</title>' + item + "</channel></rss>\n"
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    (folder / "laughs.rss").write_text(f'<?xml version="1.0"?>\n<!DOCTYPE r [{entities}]>\n' + rss.format("&lol9;"))
    (folder / "xxe-file.rss").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n' + rss.format("&xxe;")
    )
    (folder / "xxe-param.rss").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]>\n'
        + rss.format("AMANAT met voters.")
    )
    depth = 50_000
    (folder / "deep.html").write_text(
        "<html><body>" + "<div>" * depth + "<p>AMANAT met voters in Almaty.</p>" + "</div>" * depth + "</body></html>"
    )
    (folder / "page-as-feed.xml").write_text(
        "<!DOCTYPE html><html><head><title>News</title></head><body><p>AMANAT met voters.</p></body></html>"
    )
    (folder / "feed-as-page.html").write_text('<?xml version="1.0"?>' + rss.format("AMANAT met voters in Almaty."))


def _write_named(folder: Path, name: bytes, data: bytes) -> None:
    with open(bytes(folder) + b"/" + name, "wb") as handle:  # a bytes path keeps the name's bytes
        handle.write(data)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_corpus.py OUT_FOLDER")
    print(write_corpus(Path(sys.argv[1])))
