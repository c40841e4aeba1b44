"""Forms of an English verb from its base, for cues written once as a lemma.

English cues are matched as written, so "toured" never found "tours": a report in the present
("the candidate tours the plants") went unread. A cue written `=tour` stands for the base,
the third person, the past and the -ing form, built by the regular rules of English spelling
(a final e, a consonant before y, a doubled final consonant after one short vowel). Irregular
verbs keep their forms written out in cues.yaml ("met", "went").
"""
from __future__ import annotations

import re

_VOWELS = "aeiou"
_SIBILANT_END = ("s", "sh", "ch", "x", "z")
# one vowel then one consonant (not w, x or y) at the end of a one-syllable word: chat, stop
_SHORT_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def english_verb_forms(base: str) -> frozenset[str]:
    """{base, 3rd person, past, -ing} of a regular English verb: tour → tours, toured, touring;
    chat → chats, chatted, chatting; canvass → canvasses; rally → rallies, rallied."""
    word = base.lower()
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        third, past = word[:-1] + "ies", word[:-1] + "ied"
    elif word.endswith(_SIBILANT_END):
        third, past = word + "es", word + "ed"
    elif word.endswith("e"):
        third, past = word + "s", word + "d"
    else:
        third, past = word + "s", word + "ed"
    if word.endswith("e") and not word.endswith("ee"):
        ing = word[:-1] + "ing"
    else:
        ing = word + "ing"
    if _SHORT_CVC.match(word):
        past, ing = word + word[-1] + "ed", word + word[-1] + "ing"
    return frozenset({word, third, past, ing})
