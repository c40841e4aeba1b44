"""Forms of an English verb from its base, for cues written once as a lemma.

English cues are matched as written, so "toured" never found "tours": a report in the present
("the candidate tours the plants") went unread. A cue written `=tour` stands for the third
person and the past, built by the regular rules of English spelling (a final e, a consonant
before y, a doubled final consonant after one short vowel). The base and the -ing form are
written out where they are wanted: as often as not they are something else, an infinitive of
a plan ("to attend"), a noun ("the gathering", "organizing mass riots"). Irregular verbs keep
all their forms written out in cues.yaml ("met", "went").
"""
from __future__ import annotations

import re

_VOWELS = "aeiou"
_SIBILANT_END = ("s", "sh", "ch", "x", "z")
# one vowel then one consonant (not w, x or y) at the end of a one-syllable word: chat, stop
_SHORT_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def english_verb_forms(base: str) -> frozenset[str]:
    """{3rd person, past} of a regular English verb: tour → tours, toured; chat → chats,
    chatted; canvass → canvasses, canvassed; rally → rallies, rallied."""
    word = base.lower()
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        third, past = word[:-1] + "ies", word[:-1] + "ied"
    elif word.endswith(_SIBILANT_END):
        third, past = word + "es", word + "ed"
    elif word.endswith("e"):
        third, past = word + "s", word + "d"
    else:
        third, past = word + "s", word + "ed"
    if _SHORT_CVC.match(word):
        past = word + word[-1] + "ed"
    return frozenset({third, past})
