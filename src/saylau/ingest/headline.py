"""A headline repeated as the first line of an article's text is the title, not a paragraph.

Saved pages (trafilatura keeps the <h1> in the main text), feed entries and scrapers' JSONL
often give the headline twice: as the title and again as the text's first line. Read as a
paragraph, it reports the same activity as the body's first paragraph, and one rally
becomes two events. The extractor already reads the title as context for every paragraph,
so the repeated line is dropped from the text and the title is kept.
"""
from __future__ import annotations

import re

_NOT_WORDS = re.compile(r"[\W_]+")
# "Headline | Site", "Headline - Site", "Headline — Site": a <title> that adds the outlet.
_SITE_SEPARATORS = (" | ", " - ", " — ", " – ", " :: ")


def without_headline(text: str, title: str | None) -> str:
    """`text` without its first line when that line is the `title` (case, punctuation and
    spacing aside, or the title with its site name after a separator); otherwise `text`.

    A text that is nothing but its headline is kept whole: the headline is then the news.
    """
    if not title or not title.strip():
        return text
    first, newline, rest = text.lstrip().partition("\n")
    if not newline or not rest.strip() or not _is_headline(first, title):
        return text
    return rest.lstrip("\n")


def _is_headline(line: str, title: str) -> bool:
    key = _words(line)
    if not key:
        return False
    candidates = [title] + [title.split(sep)[0] for sep in _SITE_SEPARATORS if sep in title]
    return any(_words(candidate) == key for candidate in candidates)


def _words(text: str) -> str:
    return _NOT_WORDS.sub(" ", text).strip().casefold()
