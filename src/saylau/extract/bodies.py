"""Bodies of members met as a whole: an association, a trade union, a bar collegium.

Codebook 6 gives an organisation met as the audience, by its name as written. Most
organisations are met through their staff ("the staff of May JSC", `audience.py`); a body of
members is met itself ("met the Shymkent city bar association", «встретились с Ассоциацией КСК
Атырауской области», «Атырау облысының КСК қауымдастығымен кездесті»), and its name is built
around the word for the body, which is the name's head: in English and Russian the words that
qualify it stand on both sides of it, in Kazakh before it. The head is found by the cue list
`member_bodies`; the clause must meet the body (a verb of meeting or "with" before it, or a
Kazakh comitative on it).
"""
from __future__ import annotations

import re

from .gazetteer import Hit
from .mentions import Mention
from .morphology import analyzer, case_of, is_genitive, restyle, split_hyphen
from .places import PLACE_KINDS

MEMBERS = "members"  # the `extra` of a body met: its members are people met, not a staff (codebook 5)

# English: what may stand between the meeting word and the body's own words.
_EN_MET_BEFORE = re.compile(
    r"\b(?:met|meet|meets|meeting|meetings|with|visited|addressed|briefed|hosted|talked to|spoke to)\s+"
    r"(?:(?:members|representatives|activists|heads|leaders)\s+of\s+)?(?:the\s+|a\s+)?((?:[\w'’.-]+\s+){0,4})$",
    re.IGNORECASE,
)
# ... and after it: "of" and a few words (the town, district or trade it is of), up to a stop.
_EN_OF_AFTER = re.compile(
    r"(?:\s+of(?:\s+the)?(?:\s+(?!(?:and|in|on|at|to|for|about|where|who|which|that|from|with)\b)[\w'’-]+(?:\.\w+)*){1,6})?"
)
_EN_NOT_A_NAME = frozenset("with members representatives activists heads leaders of the a an its their his her local several".split())
# A body's word used as a modifier ("trade union representatives"): no body met by name.
_EN_MODIFIER_AFTER = re.compile(r"\s+(?:representatives|members|activists|leaders|heads|officials|movement)\b", re.IGNORECASE)
# A name holds a word written with a capital (a place, an abbreviation, the body's own name):
# "trade union" or «отраслевые профсоюзы работников образования» alone are people met by trade.
_CAPITAL = re.compile(r"(?:^|[\s«\"“(-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")

# Russian: «с» (or «с членами») a few words before the body's word, which is in the
# instrumental or, after «членами», the genitive.
_RU_MET_BEFORE = re.compile(
    r"(?:^|\s)(?:с|со)\s+(?:(?:членами|представителями|активистами|руководителями)\s+)?((?:[\w-]+\s+){0,2})$", re.IGNORECASE
)
_RU_TAIL_WORD = re.compile(r"[А-ЯЁA-Z]{2,}|«[^«»]{1,40}»|[\w-]+")
_RU_STOPS = frozenset("и в во на по для из к у о об при за от до под над перед через который которая где когда как что".split())

# Kazakh: the body's word takes the comitative itself («алқасымен», «қауымдастығымен»).
_KK_WITH = re.compile(r"(?:мен|пен|бен)$")
# ... or in the genitive before its members or representatives met or told («… мүшелерімен»).
_KK_GENITIVE = re.compile(r"(?<=[аеыіоөұүуяю])н(?:ың|ің)$|(?:дың|дің|тың|тің)$")
_KK_ITS_PEOPLE_AFTER = re.compile(r"\s+(?:мүшелері|өкілдері|белсенділері)(?:мен|не|н)(?!\w)", re.IGNORECASE)
_WORD = re.compile(r"\S+")
# A place in the locative, with its word of kind: «Қостанайда», «Қостанай қаласында».
_KK_VENUE = re.compile(r"[\w-]+(?:\s+(?:қала|ауыл|аудан|облыс|өңір)[\w]*)?(?<=да|де|та|те)(?!\w)")
_KK_NAME_START = re.compile(r"[«\"“№A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9]")


def find_bodies(text: str, hits: list[Hit], floor_before: list[int]) -> list[Mention]:
    """The bodies of members a clause meets, each with its name as written (the head in the
    nominative). `floor_before`: ends of the words that name who met them (a Kazakh name of the
    body starts after those)."""
    found = []
    places = None
    for hit in hits:
        if hit.kind != "member_body":
            continue
        lang = hit.entry.lang
        if lang == "en":
            mention = _english_body(text, hit)
        elif lang == "ru":
            mention = _russian_body(text, hit)
        else:
            if places is None:
                places = [h.start for h in hits if h.kind in PLACE_KINDS]
            mention = _kazakh_body(text, hit, max((end for end in floor_before if end <= hit.start), default=0), places)
        if mention is not None and _CAPITAL.search(mention.value):
            found.append(mention._replace(extra=MEMBERS))
    return found


def _english_body(text: str, hit: Hit) -> Mention | None:
    met = _EN_MET_BEFORE.search(text, max(0, hit.start - 80), hit.start)
    if met is None:
        return None
    if _EN_MODIFIER_AFTER.match(text, hit.end):
        return None
    words = list(_WORD.finditer(text, met.start(1), met.end(1)))
    while words and words[0].group().lower() in _EN_NOT_A_NAME:
        words.pop(0)
    start = words[0].start() if words else hit.start
    # (a head that ends in "of", "union of", leaves its "of" to the words of the name after it)
    head_end = hit.end - 3 if text[hit.start : hit.end].lower().endswith(" of") else hit.end
    end = _EN_OF_AFTER.match(text, head_end).end()
    return Mention(start, end, text[start:end])


def _russian_body(text: str, hit: Hit) -> Mention | None:
    met = _RU_MET_BEFORE.search(text, max(0, hit.start - 60), hit.start)
    if met is None:
        return None
    # (a cue of two words, «молодёжным советом»: its last word is the head, the first agrees with it)
    head_start = list(_WORD.finditer(text, hit.start, hit.end))[-1].start()
    head_end = re.match(r"[\w-]*", text[head_start:]).end() + head_start
    head = text[head_start:head_end]
    before = list(_WORD.finditer(text, met.start(1), head_start))
    noun = _noun_in(head, ("ablt", "gent", "datv"))
    if noun is None:
        return None
    number = "plur" if "plur" in noun.tag else "sing"
    form = noun.inflect({"nomn", number})
    if form is None:
        return None
    words: list[str] = []
    start = head_start
    for match in before:  # the adjectives right before the head agree with it («отраслевым профсоюзом»)
        word = match.group()
        adjective = next((p for p in analyzer().parse(word.lower()) if p.tag.POS in ("ADJF", "PRTF") and case_of(p.tag) == case_of(noun.tag)), None)
        if adjective is None:
            words, start = [], head_start
            continue
        grammemes = {"nomn", number} | ({noun.tag.gender} if number == "sing" and noun.tag.gender else set())
        inflected = adjective.inflect(grammemes)
        words.append(restyle(inflected.word, word) if inflected is not None else word)
        start = min(start, match.start())
    words.append(restyle(form.word, head))
    end = head_end
    tail = 0
    while tail < 5:  # what it is of: genitives, abbreviations, quoted names («КСК Атырауской области»)
        gap = re.match(r"[ \t]+", text[end:])
        token = _RU_TAIL_WORD.match(text, end + (gap.end() if gap else 0)) if gap else None
        if token is None or token.group(0).lower() in _RU_STOPS:
            break
        word = token.group(0)
        if not (word.isupper() or word[:1] == "«" or is_genitive(word)):
            break
        words.append(word)
        end = token.end()
        tail += 1
    return Mention(start, end, " ".join(words))


def _noun_in(word: str, cases: tuple[str, ...]):
    """A noun reading of a Russian word in one of `cases`."""
    last = split_hyphen(word)[1].lower()
    return next((p for p in analyzer().parse(last) if p.tag.POS == "NOUN" and case_of(p.tag) in cases), None)


def _kazakh_body(text: str, hit: Hit, floor: int, places: list[int]) -> Mention | None:
    """«Атырау облысының КСК қауымдастығымен» gives «Атырау облысының КСК қауымдастығы»: the
    name runs back from the head to the place it is of (a Kazakh body's name opens with its
    place), else over the capitalised words right before the head («КСК»)."""
    end = hit.end + len(re.match(r"\w*", text[hit.end :]).group(0))
    head = text[hit.start : end]
    ending = _KK_WITH.search(head)
    if ending is None:
        # («кәсіподағының мүшелерімен»: its members met, as «с членами профсоюза» in Russian)
        ending = _KK_GENITIVE.search(head) if _KK_ITS_PEOPLE_AFTER.match(text, end) else None
        if ending is None:
            return None
    offset = max(0, hit.start - 100, floor)
    before = text[offset : hit.start]
    cut = max((m.end() for m in re.finditer(r"[,.;:!?–—]", before)), default=0)
    place = [p for p in places if offset + cut <= p < hit.start]
    venue = next((m for p in place if (m := _KK_VENUE.match(text, p)) is not None and m.end() <= hit.start), None)
    if venue is not None:
        # («Қостанайда фермерлер қауымдастығымен»: the town in the locative is where they met,
        # no word of the body's name, which starts after it)
        cut = venue.end() - offset
        place = [p for p in place if p >= venue.end()]
    if place:
        start = place[0]
    else:
        start = hit.start
        for word in reversed(list(re.finditer(r"\S+", before[cut:]))):
            if not _KK_NAME_START.match(word.group(0)):
                break
            start = offset + cut + word.start()
    return Mention(start, end, text[start : hit.start] + head[: ending.start()])
