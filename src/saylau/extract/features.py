"""What the trained event gate sees of a paragraph: its word stems and what the rules found.

Rules find the entities, places and spans; whether a paragraph really reports a campaign
activity (rather than a plan, a statement, background or figures) is a judgement that words
around the cues carry better than any phrase list. The features are plain strings so that the
model file is a readable table of weights:

- `w:` and `b:` word stems and stem pairs (a stem is the first six letters of a lower-cased
  word: it joins «встретились» and «встретилась», "campaigned" and "campaigning");
- `r:` signals of the rule pass: the event types it proposed, whether a party was named or
  only referred to, future clauses, statement verbs, procedure words, the paragraph's place in
  its document and whether it opens with a quotation.
"""
from __future__ import annotations

import re

from .text import lowered_text

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
STEM = 6
# The first STEM letters of each token, the rest of it matched too: findall gives the stems
# themselves (`token[:STEM] for token in _TOKEN.findall(…)`, without a slice per token).
_STEM = re.compile(r"([^\W\d_]{1,%d})[^\W\d_]*" % STEM)
# The same for a lower-cased text whose letters are all ASCII or Cyrillic ones (the Russian
# and Kazakh lower-case letters among them): ranges are read faster than the class of Unicode
# categories (half the time). `_OTHER_WORD` finds a letter, digit or "_" of any other kind
# (it tries the ranges first, the category only for the rest); where there is none, the two
# patterns give the same stems (checked character by character over all of Unicode).
_LETTERS = "A-Za-z\u0430-\u045f\u0493\u049b\u04a3\u04af\u04b1\u04bb\u04d9\u04e9"  # (ғ қ ң ү ұ һ ә ө)
_PLAIN_STEM = re.compile(r"([%s]{1,%d})[%s]*" % (_LETTERS, STEM, _LETTERS))
_OTHER_WORD = re.compile(r"[^\x00-\x7f\u0430-\u045f\u0493\u049b\u04a3\u04af\u04b1\u04bb\u04d9\u04e9\W]")


def stems(text: str) -> list[str]:
    low = lowered_text(text)  # (shared with `text.fold`)
    if low.isascii() or _OTHER_WORD.search(low) is None:
        return _PLAIN_STEM.findall(low)
    return _STEM.findall(low)


def word_features(text: str) -> set[str]:
    return stem_features(stems(text))


def stem_features(words: list[str]) -> set[str]:
    """The `w:` and `b:` features of a paragraph's stems (`stems`), in their order."""
    out = {"w:" + w for w in words}
    out.update([f"b:{a}_{b}" for a, b in zip(words, words[1:])])  # (a list: faster than a generator)
    return out


def text_signals(text: str) -> list[str]:
    """The `r:` signals (without prefix) that the paragraph's text gives by itself: whether
    it opens with a quotation and whether it is short."""
    stripped = text.lstrip()
    out = []
    if stripped[:1] in "«\"“–—-":
        out.append("opens_with_quote")
    if len(stripped) < 120:
        out.append("short")
    return out


def paragraph_features(text: str, signals: set[str]) -> set[str]:
    """Every feature of one paragraph: its words plus the rule signals (without prefix).
    (`gate.Gate.paragraph_probability` scores the same set without building it.)"""
    out = word_features(text)
    out.update("r:" + s for s in signals)
    out.update("r:" + s for s in text_signals(text))
    return out
