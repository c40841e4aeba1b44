"""Parties named in a paragraph, by any of their names, abbreviations or leaders.

A form that is also an ordinary word ("Amanat", "ауыл") counts only when the text marks
it as a name: capitalised, in quotes, or next to the word party / партия / партиясы.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .gazetteer import Hit
from .mentions import Mention
from .text import is_capitalised

# (the noun: «партия», «партии», «партиясы»; not the adjective «партийный», which also
# describes projects named with these words, «партийные проекты "Ауыл аманаты"»)
_PARTY_WORD = re.compile(r"\b(?:party|partiya|парти[яиюей]\w*)\b", re.IGNORECASE)


def find_parties(text: str, of_kind: dict[str, list[Hit]]) -> list[Mention]:
    """The parties named, from a paragraph's hits by kind (`gazetteer.by_kind`)."""
    mentions = []
    criticism = of_kind.get("criticism", [])
    criticism_ends = [h.end for h in criticism]
    for hit in of_kind.get("party", ()):
        if hit.entry.ambiguous and not _marked_as_name(text, hit):
            continue
        if _names_a_union(text, hit):
            continue  # («"Аманат" кәсіподақтар бірлестігі»: a union of trade unions, no party)
        # only cues near the party can aim at it: those ending up to a gap before it, or
        # (Kazakh) starting up to a gap after it
        near = criticism[bisect_left(criticism_ends, hit.start - _TARGET_GAP) : bisect_left(criticism_ends, hit.end + _TARGET_GAP + 40)]
        if any(_criticised(text, hit, c) for c in near):
            continue  # a party criticised is background, not an actor (codebook 3)
        mentions.append(Mention(hit.start, hit.end, hit.value))
    return mentions


# Trade unions and civic platforms named with a party's word: the "Amanat" Union of Trade Unions,
# which nominated a presidential candidate in 2022, or the "Amanat" civic platform of observers
# of 2019, is not the AMANAT party (codebook 3: parties the reference data does not know are left
# out). A word may stand between («"Аманат" Қазақстан кәсіподақтар достастығы»).
_UNION = re.compile(r"(?:trade[- ]unions?|union of trade|профсоюз\w*|кәсіподақ\w*|civic platform|гражданск\w* платформ\w*|азаматтық платформа\w*)", re.IGNORECASE)
_UNION_AFTER = re.compile(
    r"[»\"”']?\s+(?:[\w-]+\s+)?(?:trade[- ]unions?|union of trade|профсоюз|кәсіподақ|civic platform|гражданск\w* платформ|азаматтық платформа)",
    re.IGNORECASE,
)


def _names_a_union(text: str, hit: Hit) -> bool:
    """Whether the party's form is part of a trade union's or a civic platform's name: such a
    word right after it or a word later («"Аманат" кәсіподақтар бірлестігі», "the Amanat Union of
    Trade Unions", «"Аманат" азаматтық платформасы») or ending at most a word before it («Союз
    профсоюзов "Аманат"»), with no word of party near."""
    if _PARTY_WORD.search(text, max(0, hit.start - 20), hit.end + 20):
        return False
    if _UNION_AFTER.match(text, hit.end):
        return True
    before = text[max(0, hit.start - 30) : hit.start]
    last = None
    for last in _UNION.finditer(before):
        pass
    return last is not None and len(before) - last.end() <= 12 and not _CLAUSE_END.search(before, last.end())


_TARGET_GAP = 50  # characters between a word of criticism and the party it aims at
_CLAUSE_END = re.compile(r"[.;!?]")


def _criticised(text: str, party: Hit, cue: Hit) -> bool:
    """The party is what the cue criticises: right after it ("criticised AMANAT"), or, in
    Kazakh, before the verb in the genitive or accusative («AMANAT партиясының … сынады»)."""
    if 0 <= party.start - cue.end <= _TARGET_GAP:
        return not _CLAUSE_END.search(text, cue.end, party.start)
    if cue.entry.lang == "kk" and 0 <= cue.start - party.end <= _TARGET_GAP + 20:
        return not _CLAUSE_END.search(text, party.end, cue.start) and _KK_PARTY_S_PERSON.match(text, party.end) is None
    return False


# A Kazakh party followed by its person in the nominative («ЖСДП кандидаты тарифтерді сынады»,
# «Amanat өкілі … сынады»): that person criticises, the party is theirs, not aimed at.
_KK_PARTY_S_PERSON = re.compile(
    r"[»\"”']?(?:\s+партиясы(?:ның)?)?\s+(?:\w+\s+)?(?:кандидаты|кандидаттары|өкілі|өкілдері|мүшесі|мүшелері|төрағасы|басшысы|"
    r"жетекшісі|депутаты|депутаттары|белсенділері|хатшысы|үміткері|үміткерлері|жақтастары|лидері|көшбасшысы)(?!\w)",
    re.IGNORECASE,
)


def find_leaders(hits: list[Hit]) -> list[Mention]:
    """Known party leaders named in full: value = party code ('' if no longer in office), extra = role."""
    return [Mention(h.start, h.end, h.value, h.entry.extra) for h in hits if h.kind == "leader"]


def _marked_as_name(text: str, hit: Hit) -> bool:
    if hit.end < len(text) and text[hit.end] in _CLOSING_QUOTES:
        return True  # («Ауыл», but not «Ауыл аманаты», a project's name that begins with the word)
    window = text[max(0, hit.start - 20) : hit.end + 20]
    if _PARTY_WORD.search(window):
        return True
    # Capitalised mid-sentence (a capital opening a sentence or a quoted name proves nothing:
    # «Ауыл аманаты» is a project's name).
    if not is_capitalised(text, hit.start):
        return False
    before = text[: hit.start].rstrip()
    if before and before[-1] not in ".!?«\"“„":
        # (in Cyrillic the party is written in quotation marks or with its word for party; a
        # capital before a lower-case word begins a longer name: «Ауыл шаруашылығы министрлігі»,
        # «Ауыл еңбекші жастарының форумы»)
        return text[hit.start : hit.end].isascii() or not _LOWER_CYRILLIC_AFTER.match(text, hit.end)
    # Opening a sentence, a form in Latin letters is still the party: the ordinary words
    # ("аманат", "ауыл") are Kazakh, and English has no such word; unless a capitalised word
    # follows, which makes it a person's first name.
    return text[hit.start : hit.end].isascii() and not _NAME_AFTER.match(text, hit.end)


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_LOWER_CYRILLIC_AFTER = re.compile(r"\s+[а-яёәғқңөұүһі]")
_CLOSING_QUOTES = "»\"”'"
