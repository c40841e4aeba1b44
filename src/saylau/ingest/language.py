"""Tell English, Russian and Kazakh apart by their letters, cheaply.

We only ever need to choose among three languages in two scripts, so a statistical model is
more than the task needs and too slow to run on every paragraph. The script settles English
against the other two. Kazakh Cyrillic is Russian's alphabet plus nine letters
(ә ғ қ ң ө ұ ү һ і); a Kazakh text uses them in roughly one letter in ten, a Russian text
only inside the odd Kazakh name. Kazakh typed on a Russian keyboard loses those letters, so
frequent Kazakh words and endings that Russian lacks count as evidence too.

The cost is a handful of regex scans over at most the first `SAMPLE_CHARS` characters.
"""
from __future__ import annotations

import re

SAMPLE_CHARS = 20_000  # the start of a document says its language; no need to scan megabytes

_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
# Words and endings common in Kazakh that Russian spelling never produces. Written without
# the Kazakh-only letters on purpose: they catch Kazakh typed with Russian letters.
_KAZAKH_MARKERS = re.compile(
    r"(?<![\u0400-\u04ff])(?:мен|бен|пен|жане|деп|туралы|бойынша|осы|(?:сайлау|облыс)[\u0400-\u04ff]*"
    r"|[\u0400-\u04ff]+(?:иясы|ында|ынан|лары|ларды|лармен|дагы|тагы))"
    r"(?![\u0400-\u04ff])",
    re.IGNORECASE,
)

KAZAKH_LETTER_SHARE = 0.015  # of Cyrillic letters; Kazakh prose runs at 5-10 %
KAZAKH_MARKER_SHARE = 0.08  # of Cyrillic words


def detect_language(text: str) -> str | None:
    """Return "en", "ru" or "kk" for the text's main language, or None if it has no letters.

    Latin against Cyrillic letters is a majority vote (ties go to Cyrillic, the local
    scripts). Cyrillic text is Kazakh when at least two Kazakh-only letters make up
    `KAZAKH_LETTER_SHARE` of its Cyrillic letters, or at least two Kazakh marker words make
    up `KAZAKH_MARKER_SHARE` of its Cyrillic words; otherwise it is Russian.
    """
    sample = text[:SAMPLE_CHARS]
    latin = len(_LATIN.findall(sample))
    cyrillic = len(_CYRILLIC.findall(sample))
    if latin == 0 and cyrillic == 0:
        return None
    if latin > cyrillic:
        return "en"
    kazakh_letters = len(_KAZAKH_LETTERS.findall(sample))
    if kazakh_letters >= 2 and kazakh_letters >= KAZAKH_LETTER_SHARE * cyrillic:
        return "kk"
    markers = len(_KAZAKH_MARKERS.findall(sample))
    words = len(_CYRILLIC_WORD.findall(sample))
    if markers >= 2 and markers >= KAZAKH_MARKER_SHARE * words:
        return "kk"
    return "ru"
