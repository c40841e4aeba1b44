"""Text helpers whose outputs keep character offsets of the original paragraph.

Every span the extractor reports indexes the paragraph as given, so normalisation here
never changes the length of the text: it maps characters one to one.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

# Characters folded before matching, one to one so offsets survive.
_FOLD = (
    ("’", "'"),
    ("‘", "'"),
    ("`", "'"),
    ("ё", "е"),
    ("-", " "),
    ("‐", " "),
    ("‑", " "),
    ("\u00a0", " "),
    ("\t", " "),
)


@lru_cache(maxsize=8)
def lowered_text(text: str) -> str:
    """`text.lower()` of the last few paragraphs: `fold`, the gate's stems and the look for
    quantity words each lower-case the whole paragraph, which costs more than the look-up
    (the paragraph's hash is computed once per string)."""
    return text.lower()


def fold(text: str) -> str:
    """Lower-case and fold the text for matching, keeping its length. (A chain of
    `str.replace` is several times faster than `str.translate` with a table on non-ASCII
    text, and this runs on every paragraph.)"""
    lowered = lowered_text(text)
    if len(lowered) != len(text):  # a few characters (e.g. 'İ') lower-case to two
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for old, new in _FOLD:
        if old in lowered:
            lowered = lowered.replace(old, new)
    return lowered


# A sentence ends at . ! ? or … (with closing quotes/brackets) followed by space and a capital,
# digit or an opening quote — unless the word before the dot is an abbreviation or an initial.
# (The pattern opens with one plain character class, so that the regex engine jumps from
# one candidate character to the next instead of trying every position: twice as fast.)
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[\"»”')]*\s+(?=[\"«“(\d\w])")
_ABBREVIATIONS = frozenset(
    "no nos mr mrs ms dr st jr sr prof gen col lt vs etc e.g i.e approx dept govt "
    "г гг с ст им ул обл пр проф д см т.е т.д т.п др р-н млн млрд тыс руб тг "
    "jan feb mar apr jun jul aug sep sept oct nov dec т.б жж көш пос мкр кв".split()
)


_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # two initials or more, the last dot cut: «н.а», «ж.ә»


def sentence_starts(text: str) -> list[int]:
    """Start offsets of the sentences of a paragraph (the first is always 0)."""
    starts = [0]
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if end >= len(text) or not (text[end].isupper() or text[end].isdigit() or text[end] in "\"«“("):
            continue
        word_start = text.rfind(" ", 0, match.start()) + 1
        word = text[word_start : match.start()].lower().strip("(\"«")
        if (len(word) == 1 and word.isalpha()) or _INITIALS.fullmatch(word):  # "A. Peruashev", «Н.А. Назарбаев»
            continue
        if word in _ABBREVIATIONS:
            continue
        starts.append(end)
    return starts


# Clauses that report a second action inside one sentence: "..., while the party's candidates
# in Shymkent held ...", "...; the leader meanwhile ...", "..., then toured the plant",
# «…, а завтра отправятся», «…, и призвал сплотиться», «…, кейін …».
# (Every branch opens with a comma, a semicolon or a space, the comma's two branches behind
# one comma, so that the regex engine only tries those characters: 2.5 times as fast as
# ",\s+(?:…)|;\s+| (?=while\s)|(?<=[а-яәіөүұ]с[ае]),\s+", which it is equal to.)
_CLAUSE = re.compile(
    r",(?:\s+(?:and\s+(?=(?:the|its|their|his|her|then)\s|(?-i:[A-Z]))|(?=(?:while|whereas|meanwhile|а|и|тогда как|ал|ал\s+енді|then|later|"
    r"afterwards|tomorrow|затем|потом|завтра|после этого|кейін|ертең|содан соң|одан кейін|сонан соң|бұдан әрі|бұдан кейін|"
    r"бұдан соң|енді|сосын|артынша|мұнда|онда)\s))"
    r"|(?<=[а-яәіөүұ]с[ае],)\s+)|;\s+| (?=while\s)"
    # (a colon right after a verb in the past ends its clause: what follows is what was said or
    # done, with a tense of its own, «ұстанымын былай түсіндірді: … жұмыс істеуге тиіс»,
    # «заявил: …»; after a noun it opens a list that stays in its clause)
    # (the colon is matched first, then what stands before it is looked at: a look-behind tried
    # at every character cost the whole extractor 6 %)
    r"|:(?:(?<=ды:)|(?<=ді:)|(?<=ты:)|(?<=ті:)|(?<=ла:)|(?<=ли:)|(?<=[а-яё]л:)|(?<=ed:)|(?<=said:)|(?<=told:))\s+",
    re.IGNORECASE,
)


def clause_starts(text: str, sentences: list[int] | None = None) -> list[int]:
    """Sentence starts plus the starts of clauses that may report another event."""
    starts = set(sentences if sentences is not None else sentence_starts(text))
    starts.update(m.end() for m in _CLAUSE.finditer(text))
    return sorted(starts)


def word_end(text: str, pos: int) -> int:
    """Where the word running through `pos` ends: a cue or name may match only the start of
    an inflected word («кездес» in «кездеспеді»), and its ending decides case and tense."""
    while pos < len(text) and text[pos].isalpha():
        pos += 1
    return pos


def sentence_of(starts: list[int], offset: int) -> int:
    """Index of the sentence that holds the character at `offset`."""
    return bisect_right(starts, offset) - 1


def sentence_start(starts: list[int] | None, offset: int) -> int:
    """Where the sentence that holds the character at `offset` begins (0 with no starts cut)."""
    return starts[bisect_right(starts, offset) - 1] if starts else 0


def is_capitalised(text: str, start: int) -> bool:
    return start < len(text) and text[start].isupper()


_KAZAKH = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


_LETTERS = re.compile(r"[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]")  # _CYRILLIC and _KAZAKH in one


def script_language(text: str) -> str:
    """en, ru or kk by the letters of one paragraph: cue words of one language must not
    fire inside another's words (Kazakh «сот» in Russian «сотрудники»). (One pass over an
    English text, none over an ASCII one; a Kazakh letter, if any, is at or after the first
    Cyrillic or Kazakh one.)"""
    if text.isascii():
        return "en"
    first = _LETTERS.search(text)
    if first is None:
        return "en"
    if _KAZAKH.search(text, first.start()):
        return "kk"
    return "ru"


def reading_language(text: str, script: str, document_lang: str | None) -> str:
    """The language a paragraph is read in: its `script_language`, except that in a document
    known to be Russian a Kazakh name («Нұр Отан», «Қоғамдық келісім») leaves a Russian
    paragraph Russian, so that its verbs are read by Russian grammar. Russian it is where
    Kazakh letters are rarer than in Kazakh prose and one of Russian's commonest small words
    (и, в, на, что), which Kazakh lacks, stands in it (no Kazakh paragraph of our development
    sets has both)."""
    if script != "en" and document_lang == "en" and len(_LETTERS.findall(text)) < ENGLISH_PROSE_SHARE * len(_LATIN.findall(text)):
        # an English report quoting a title or a slogan in Kazakh or Russian letters ("a concert
        # called «Менің Елім»") stays English: its verbs are English
        return "en"
    if (
        script == "kk"
        and document_lang == "ru"
        and len(_KAZAKH.findall(text)) < KAZAKH_PROSE_SHARE * len(_LETTERS.findall(text))
        and _RUSSIAN_SMALL_WORDS.search(text) is not None
    ):
        return "ru"
    return script


# Cyrillic letters beside the Latin ones under which an English document's paragraph is still
# English prose (a quoted name or slogan), not a Russian or Kazakh paragraph in an English digest.
ENGLISH_PROSE_SHARE = 0.5
_LATIN = re.compile(r"[A-Za-z]")
# Kazakh letters among the Cyrillic ones: at least 4.4 % in every Kazakh paragraph of our
# development sets, at most 5.6 % in their Russian paragraphs with Kazakh names.
KAZAKH_PROSE_SHARE = 0.06
# (not a capital followed by a full stop: «С. Филипов» is an initial)
_RUSSIAN_SMALL_WORDS = re.compile(r"(?<!\w)(?:и|в|во|на|с|со|по|что|не|о|об|к|из|для|от|за|как|а|его|это|у|при)(?![\w.])", re.IGNORECASE)
