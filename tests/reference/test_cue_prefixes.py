"""A cue ending in `*` stands for the forms of one word. These prefixes also began other words,
and made the extractor read what the text does not say; the cue lists now spell out the forms
of their own word instead (a phrase such as "exit poll*" is held in place by its first word)."""
from __future__ import annotations

import pytest

from saylau.reference import load_cues, load_topics

# (language, prefix, a word it caught, what that word was taken for)
CAUGHT = [
    ("en", "poll", "pollution", "procedure"),
    ("en", "ask", "Askhat", "a frame of issues raised"),
    ("en", "plan", "plant", "a frame of issues raised"),
    ("en", "office", "officers", "an office"),
    ("en", "brief", "briefly", "a programme presented"),
    ("en", "shar", "sharply", "a programme presented"),
    ("ru", "тем", "Темиртау", "the topic"),
    ("ru", "суд", "судьба", "the courts"),
    ("ru", "семь", "семь", "the family"),
    ("ru", "смог", "смогут", "ecology"),
    ("ru", "представ", "представители", "a programme presented"),
    ("ru", "избирател", "избирательной", "voters met"),
    ("ru", "рабоч", "рабочей", "workers met"),
    ("ru", "молодеж", "молодёжных", "young people met"),
    ("ru", "металлург", "металлургического", "workers met"),
    ("kk", "халық", "халықаралық", "the population met"),
    ("kk", "шаруа", "шаруашылығы", "farmers met"),
    ("kk", "сапар", "Сапарбаев", "a trip"),
    ("kk", "шаң", "шаңырақ", "ecology"),
    ("kk", "ұйым", "ұйымдастырды", "an organisation"),
]


def _single_word_prefixes(data, lang=None):
    """Every (language, prefix) of the one-word cues ending in `*`."""
    if isinstance(data, dict):
        for key, value in data.items():
            key = str(key)
            here = key[:2] if key[:2] in ("en", "ru", "kk") and (len(key) == 2 or key[2] == "_") else lang
            yield from _single_word_prefixes(value, here)
    elif isinstance(data, list):
        for value in data:
            if isinstance(value, str):
                if lang and value.endswith("*") and " " not in value.strip():
                    yield lang, value[:-1].lower().replace("ё", "е")
            else:
                yield from _single_word_prefixes(value, lang)


PREFIXES = {pair for data in (load_cues(), load_topics()) for pair in _single_word_prefixes(data)}


@pytest.mark.parametrize("lang, prefix, word, taken_for", CAUGHT, ids=[f"{c[0]}-{c[2]}" for c in CAUGHT])
def test_a_prefix_that_caught_other_words_is_no_cue(lang, prefix, word, taken_for):
    assert word.lower().replace("ё", "е").startswith(prefix)  # (the case the test is about)
    assert (lang, prefix) not in PREFIXES, f"{prefix}* would read {word!r} as {taken_for}"
