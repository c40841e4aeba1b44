"""Regions and settlements named in a paragraph.

Rules (from the schema: nothing is guessed that the text does not say):
- a full region name ("Akmola region", "North Kazakhstan", "СКО") names the region;
- a bare stem ("Akmola", "Pavlodar") names the region only when a region word follows it,
  directly or at the end of a list: "Abai, Pavlodar and Zhetysu regions";
- a settlement names itself and implies its region; a settlement whose name is ambiguous
  (a person's name, a lake) needs a word such as "city", "village", "в селе" next to it;
- in a list of regions, a city of republican significance stays the city ("Astana,
  Almaty, Abai ... regions"), except "Almaty" with no other such city in the list, which is
  the Almaty region;
- a name followed by "district" is a district (neither settlement nor region), and a place
  after "the road to" or "from" is not where the event happens; a town after "near" gives its
  region, not itself;
- a place inside an organisation's name counts only as a region of a regional body
  ("Karaganda Regional Clinical Hospital"), never as a settlement.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Container
from itertools import groupby

from . import morphology
from .gazetteer import Hit, SpanIndex
from .mentions import Mention
from .resources import FORMER_NAME, Resources
from .text import word_end

PLACE_KINDS = frozenset({"region_name", "region_stem", "settlement", "district"})
# Cities that are regions of their own: their bodies are city bodies ("the Astana city branch").
CITY_REGIONS = frozenset({"KZ-71", "KZ-75", "KZ-79"})
_LIST_GAP = re.compile(r"^\s*(?:,|;|&|and|as well as|и|және|мен|пен|бен|,\s*and|,\s*и)?\s*(?:the\s+|in\s+|в\s+)?$", re.IGNORECASE)
_PLURAL_REGION_WORDS = frozenset({"regions", "oblasts", "provinces", "areas"})


def _is_plural(word: str) -> bool:
    word = word.lower()
    return word in _PLURAL_REGION_WORDS or word.startswith(("областе", "областя", "облыстар"))


# A surname right after a place name makes the place a person's first name ("Umirzak Shukeyev",
# «Абай Мұқанов», «Жамбыл Ахметбеков»): -ov, -ev, -in and their Russian cases, -uly, -kyzy.
_SURNAME_AFTER = re.compile(
    r"\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]*?(?:(?:ov|ev|in)a?|uly|kyzy|(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой|е|ых|ы)?|ұлы|қызы|улы|кызы"
    # (and the Kazakh case endings on such a surname: «Өмірзақ Шөкеевпен», «Абай Мұқановтың»)
    r"|(?:ов|ев|ин)а?(?:пен|бен|мен|қа|ке|ға|ге|тың|тің|дың|дің|ның|нің|ты|ті|ды|ді|ны|ні|та|те|да|де|тан|тен|нан|нен|дан|ден))\b"
)


def is_dateline(text: str, hit: Hit) -> bool:
    """Whether a place's name is written as a dateline's ("ASTANA. KAZINFORM –")."""
    return _DATELINE.match(text[hit.start : hit.end + 4]) is not None


def first_name_of_a_person(text: str, hit: Hit) -> bool:
    """Whether a place's name is a person's first name here: a surname follows it. A name of
    more than one word is no first name («Солтүстік Қазақстан облысының Чапаев ауылы»: the
    village after the region only looks like a surname)."""
    return _SURNAME_AFTER.match(text, hit.end) is not None and not any(c.isspace() for c in text[hit.start : hit.end])


# A place name that is part of a news site's address names the outlet, not a place.
_WEB_ADDRESS = re.compile(r"[\w-]*\.(?:kz|ru|tv|com|org|net|info|media)\b", re.IGNORECASE)


# Russian words of a town (`town_adjectives`, `town_people` of cues.yaml) that are the region's
# before a word of region or district, or a name's first word where an adjective is capitalised
# inside a sentence; and "one of" before «из», which is then no "from".
_RU_ADJECTIVE_END = re.compile(r"(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ом|ем|ым|им|ую|юю|ых|их|ыми|ими)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s*|[«\"“(]\s*)$")
_ONE_OF = re.compile(r"(?<!\w)(?:одн|один|каждо|многи|некотор|ряд|нескольк)\w*\s+$", re.IGNORECASE)
_REGION_WORD_AFTER = re.compile(r"\w*\s+(?:област|район|регион|облыс)", re.IGNORECASE)

# An adjective right before a Russian street word describes the street or square rather than
# naming it ("the central square of Astana"): «центральной», «главной», «городской».
_GENERIC_BEFORE = re.compile(r"(?:(?:центральн|главн|городск|районн|сельск)\w*|\d+(?:-\w{1,3})?)\s+$", re.IGNORECASE)


def find_places(text: str, hits: list[Hit], res: Resources, blocked: SpanIndex) -> list[Mention]:
    """Mentions with value = region code, extra = settlement name (or None)."""
    region_words: dict[int, Hit] = {}
    body_words: dict[int, Hit] = {}
    words_before: dict[int, Hit] = {}
    settle_before: set[int] = set()
    settle_after: set[int] = set()
    district_after: dict[int, Hit] = {}
    not_venue: set[int] = set()
    beside: set[int] = set()  # (where the words before a town that place an event beside it end)
    beside_after: set[int] = set()  # (where the same words after it begin: «Қызылорда маңындағы»)
    title_after: set[int] = set()
    street_before: set[int] = set()
    street_after: set[int] = set()
    village_before: set[int] = set()
    village_after: set[int] = set()
    place_hits = []
    for h in hits:  # the hits by kind, in one pass
        kind = h.kind
        if kind in PLACE_KINDS:
            place_hits.append(h)
        elif kind == "region_word":
            region_words[h.start] = h
        elif kind == "body_word":
            body_words[h.start] = h
        elif kind == "region_word_before":
            words_before[h.end] = h
        elif kind == "settlement_word_before":
            settle_before.add(h.end)
        elif kind == "settlement_word_after":
            settle_after.add(h.start)
        elif kind == "district_word":
            district_after[h.start] = h
        elif kind == "not_venue_before":
            if not _ONE_OF.search(text, max(0, h.start - 14), h.start):  # («в одном из таразских колледжей»: one of, not from)
                not_venue.add(h.end)
        elif kind == "region_only_before":
            beside.add(h.end)
        elif kind == "region_only_after":
            beside_after.add(h.start)
        elif kind == "street_after":
            street_after.add(h.start)  # (a street's name)
        elif kind == "not_venue_after":
            title_after.add(h.start)  # (a title held of the place, «облыстарының әкімдері»: of every place of its list)
        elif kind == "street_before" and not _GENERIC_BEFORE.search(text, max(0, h.start - 20), h.start):
            # («на центральной площади Астаны»: a square described, not named, so the town
            # after it is the town's own name; so is one numbered, «в 3-м микрорайоне Актобе»)
            street_before.add(h.end)
        elif kind == "village_word":
            village_before.add(h.end)
            village_after.add(h.start)
    if not place_hits:
        return []
    institution_starts = {h.start for h in hits if h.kind == "institution_head"}
    # a town's Russian word (an adjective or its people's name) before a word of region or
    # district is the region's («Атырауская область», «Карагандинского областного штаба»), which
    # the regions' stems read; a capitalised adjective inside a sentence begins a name, no venue
    # of its own (codebook 4), unless the name is an institution's, which is where the event is
    # («в Павлодарском музыкальном колледже», as "the Pavlodar music college": `institutions`)
    place_hits = [
        h for h in place_hits
        if not (h.kind == "settlement" and h.entry.lang == "ru" and (
            _REGION_WORD_AFTER.match(text, h.end)
            or (text[h.start].isupper() and _RU_ADJECTIVE_END.search(text, h.start, h.end) and not _SENTENCE_START.search(text, 0, h.start)
                and not _names_an_institution(text, h, institution_starts))
        ))
    ]
    if not place_hits:
        return []
    groups = [list(g) for _, g in groupby(place_hits, key=lambda h: (h.start, h.end))]
    villages = (village_before, village_after)
    not_venues = {id(g) for g in groups if _previous_word_end(text, g[0].start) in not_venue}
    beside_towns = {
        id(g) for g in groups if _previous_word_end(text, g[0].start) in beside or _next_word_start(text, g[0].end) in beside_after
    } if beside or beside_after else set()
    groups = [g for g in groups if not _WEB_ADDRESS.match(text, g[0].end)]  # "Almaty-akshamy.kz reports"
    groups = [g for g in groups if not first_name_of_a_person(text, g[0])]  # "governor Umirzak Shukeyev": a first name
    if street_after or street_before:  # "Qonayev Street", «улица Абая», «Абай көшесінде»: a street's name
        groups = [
            g for g in groups
            if _next_word_start(text, g[0].end) not in street_after and _previous_word_end(text, g[0].start) not in street_before
        ]
    groups = [g for g in groups if not is_dateline(text, g[0]) or g[0].start > 40]
    groups = [g for g in groups if not _adjective_of_a_noun(text, g, settle_before, settle_after, district_after, region_words)]
    in_names = [g for g in groups if blocked.covers(g[0].start, g[0].end)]
    mentions_of_bodies: list[Mention] = []
    groups = [g for g in groups if not blocked.covers(g[0].start, g[0].end)]
    for group in in_names:  # "Karaganda Regional Clinical Hospital": the region only
        stem = next((h for h in group if h.kind == "region_stem"), None)
        if stem is not None and _qualifier_after(text, group[0].end, region_words) is not None:
            groups.append([stem])
        elif _CITY_BODY_AFTER.match(text, group[0].end) or _CITY_WORD_END.search(text, group[0].start, group[0].end):
            # "the Shymkent city bar association", «Сәтбаев қалалық емханасы»: a city's body
            # gives the city's region, no settlement, as a regional body gives its region
            # (codebook 4; the word "city" vouches for a name the gazetteer marks ambiguous)
            region = next((r for h in group if (r := _region_of(h)) is not None), None)
            if region is not None:
                mentions_of_bodies.append(Mention(group[0].start, group[0].end, region))
    groups.sort(key=lambda g: g[0].start)

    # Split candidates into chains: names separated only by commas / "and".
    chains: list[list[list[Hit]]] = []
    for group in groups:
        if chains and _LIST_GAP.match(text[chains[-1][-1][0].end : group[0].start]):
            chains[-1].append(group)
        else:
            chains.append([group])
    # "from Atyrau and Petropavl", «из Атырау и Петропавловска», «Астана мен Алматыдан»: the
    # whole list is no venue (Kazakh marks "from" on the last name, or on its region word)
    chains = [
        chain for chain in chains
        if id(chain[0]) not in not_venues and _next_word_start(text, chain[-1][0].end) not in title_after
        and not _kazakh_ablative(text, chain[-1], res)
    ]

    mentions: list[Mention] = mentions_of_bodies
    split = [_split_districts(text, chain, district_after) for chain in chains]
    districts_at: list[tuple[int, str]] = []  # (the districts named, which place the villages of their sentence)
    chains = [kept for kept, _ in split]
    for _, districts in split:
        for group in districts:  # a known district places the event in its region
            # (a name the gazetteer marks ambiguous is also a town's or a region's: followed by
            # the word "district", it is the district's, unless districts of several regions
            # share it: "the Zhambyl district" gives no region)
            named = [h for h in group if h.kind == "district"]
            hit = min(named, key=lambda h: h.entry.ambiguous) if named and not any(h.entry.shared for h in named) else None
            if hit is not None:
                mentions.append(Mention(hit.start, hit.end, hit.value))
                districts_at.append((hit.start, hit.value))
    for chain in filter(None, chains):
        # ("near" before a list stands before its first town, «маңындағы» after it after its last)
        near = id(chain[0]) in beside_towns or id(chain[-1]) in beside_towns
        sure = any(h.kind == "settlement" and not h.entry.ambiguous for g in chain for h in g) and (
            # (names set side by side with a space only are no list: in «Шара Қарағандының …»,
            # "the event … of Karaganda", Karaganda vouches for no town Shar)
            len(chain) == 1 or any(text[a[0].end : b[0].start].strip() for a, b in zip(chain, chain[1:]))
        )
        qualifier = _qualifier_after(text, chain[-1][0].end, region_words) or _russian_body_after(text, chain[-1], body_words)
        before = _qualifier_before(text, chain[0][0].start, words_before)
        plural = (qualifier is not None and _is_plural(qualifier)) or (before is not None and _is_plural(before))
        has_other_city = sum(1 for g in chain if _republican_city(g, res)) > 1
        named_region, named_region_group = None, chain[-1]
        if len(chain) > 1 and not plural:
            # "the village of Chapayev, North Kazakhstan region": the text says which region the
            # village is in, whichever region the gazetteer's village of that name lies in
            last = _resolve(text, chain[-1], res, qualifier is not None, False, has_other_city, False)
            named_region = last if last is not None and last.extra is None else None
            if named_region is None and any(h.kind == "region_name" for h in chain[0]) and not text[chain[0][0].end : chain[1][0].start].strip():
                # «Солтүстік Қазақстан облысының Чапаев ауылындағы»: the region in the genitive
                # right before the village says where the village is
                first = _resolve(text, chain[0], res, True, False, has_other_city, False)
                named_region = first if first is not None and first.extra is None else None
                named_region_group = chain[0]
        for i, group in enumerate(chain):
            if named_region is None and districts_at and (region := _district_region_around(text, group, districts_at)) is not None \
                    and _village_of_another_region(group, region, res):
                # "the village of Shalkar … in Korgalzhyn district": a village of the district the
                # sentence names, not the gazetteer's namesake in another region (codebook 4)
                mentions.append(Mention(group[0].start, group[0].end, region, next(h.value for h in group if h.kind == "settlement")))
                continue
            if named_region is not None and group is not named_region_group and _village_of_another_region(group, named_region.value, res):
                # the village keeps its name, in the region the text gives it
                mentions.append(Mention(group[0].start, group[0].end, named_region.value, next(h.value for h in group if h.kind == "settlement")))
                continue
            qualified = plural or (qualifier is not None and i == len(chain) - 1) or (before is not None and i == 0)
            cued = sure or _has_settlement_word(text, group[0].start, group[0].end, settle_before, settle_after)
            shared_village = not sure and _has_settlement_word(text, group[0].start, group[0].end, *villages)
            if shared_village and _not_that_village(group, res):
                continue
            mention = _resolve(text, group, res, qualified, plural, has_other_city, cued)
            if mention is not None and not _former_region_of_a_town(mention, chain, res):
                if near:
                    # near a town: its region, not the town itself (near a city that is a region
                    # of its own, the region around the city, which the text does not name)
                    if mention.value not in CITY_REGIONS:
                        mentions.append(Mention(mention.start, mention.end, mention.value))
                    continue
                mentions.append(mention)
    return mentions


def _names_an_institution(text: str, hit: Hit, institution_starts: set[int]) -> bool:
    """Whether a Russian town adjective begins an institution's name («Павлодарском
    музыкальном колледже»): the adjectives after it lead to the institution's word."""
    gap = _RU_ADJECTIVES_THEN.match(text, hit.end)
    return gap is not None and gap.end() in institution_starts


def _former_region_of_a_town(mention: Mention, chain: list[list[Hit]], res: Resources) -> bool:
    """A region named beside a town that a region formed in 2022 took from it («в Семее
    Восточно-Казахстанской области», "Taldykorgan, Almaty region", written before the reform):
    the town is placed by 2023 boundaries (codebook 4), and the old region is not the venue."""
    if mention.extra is not None:
        return False
    towns = {h.entry.extra for g in chain for h in g if h.kind == "settlement" and not h.entry.ambiguous}
    return any((region := res.regions.get(code)) is not None and region.split_from == mention.value for code in towns)


def _adjective_of_a_noun(
    text: str, group: list[Hit], settle_before: Container[int], settle_after: Container[int],
    district_after: Container[int], region_words: Container[int],
) -> bool:
    """A place's name that is a Russian adjective (Молодёжный, Павлодарское) agreeing with the
    common word after it describes that word: «в Молодёжном ресурсном центре» is a youth
    centre, not the village of Molodezhny. Names the gazetteer marks unambiguous, and names with
    a settlement, district or region word on either side («в селе Молодёжном»), stay places."""
    if not all(h.kind != "settlement" or h.entry.ambiguous for h in group) or not any(h.kind == "settlement" for h in group):
        return False
    start, end = group[0].start, group[0].end
    following = _next_word_start(text, end)
    if _previous_word_end(text, start) in settle_before or following in settle_after or following in district_after or following in region_words:
        return False
    next_word = _WORD.match(text, following)
    return next_word is not None and morphology.adjective_of_next_word(text[start:end], next_word.group())


_WORD = re.compile(r"[^\W\d_]+")


_CITY_BODY_AFTER = re.compile(r"\s+(?:city|City|қалалық|городск\w*)(?!\w)")
_CITY_WORD_END = re.compile(r"\s(?:city|City)$")


def _region_of(hit: Hit) -> str | None:
    """The region a city's hit names: its value as a region, its region as a settlement."""
    if hit.kind == "region_name":
        return hit.value
    return hit.entry.extra if hit.kind == "settlement" else None


# "ASTANA. KAZINFORM – ...", "ALMATY, March 3 –": the newsroom's city, not the venue.
# ("ASTANA. KAZINFORM –", "ALMATY, 5 March –", "NUR-SULTAN (AFP) –", "ALMATY (UrduPoint News / Sputnik …)")
_DATELINE = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ -]{4,}(?:[.,]|\s[–—-]\s|\s\([A-ZА-ЯЁ])")
_UNKNOWN_LIST_TAIL = re.compile(r"(?:(?:\s*,\s*|\s+and\s+|\s+и\s+|\s+және\s+)[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)+")


# A Kazakh place's locative ending, plain or of what lies there: «Жалағашта», «Жалағаштағы».
_KK_IN_A_PLACE = re.compile(r"(?:да|де|та|те|нда|нде)(?:ғы|гі)?$")


def _split_districts(
    text: str, chain: list[list[Hit]], district_after: dict[int, Hit]
) -> tuple[list[list[Hit]], list[list[Hit]]]:
    """(places, districts): the last name before "district" is a district, and so are all
    names before "districts"; districts are not settlements."""
    tail = _UNKNOWN_LIST_TAIL.match(text, chain[-1][0].end)  # "Zhalagash and Syrdarya districts"
    word = district_after.get(_next_word_start(text, tail.end() if tail else chain[-1][0].end))
    if word is None or _KK_IN_A_PLACE.search(text, chain[-1][0].start, chain[-1][0].end) or any(
        h.kind == "region_name" and h.entry.lang == "kk" and "облыс" in text[h.start : h.end].lower() for h in chain[-1]
    ):
        # (a Kazakh region named with its word is no district's name: «Қарағанды облысының
        # аудандарын аралады», toured the districts of the Karaganda region; a city's former
        # name is, before its word: «Целиноград ауданында», in the Tselinograd district; nor is
        # a Kazakh town in the locative: «Жалағаштағы аудандық аурухана», the district hospital
        # in Zhalagash)
        return chain, []
    written = text[word.start : word.end].lower()
    plural = written.endswith("s") or written.startswith(("районов", "районы", "районах", "аудандар"))
    return ([], chain) if plural else (chain[:-1], chain[-1:])


def _next_word_start(text: str, end: int) -> int:
    while end < len(text) and text[end] == " ":
        end += 1
    return end


def _previous_word_end(text: str, start: int) -> int:
    while start > 0 and text[start - 1] in " \"«":
        start -= 1
    return start


def _qualifier_after(text: str, end: int, region_words: dict[int, Hit]) -> str | None:
    hit = region_words.get(_next_word_start(text, end))
    return text[hit.start : hit.end] if hit is not None else None


# Adjectives that may stand between a place's adjective and its body: «Актюбинский городской
# предвыборный штаб», «Акмолинского областного филиала».
_RU_ADJECTIVES_THEN = re.compile(r"(?:\s+[а-яё-]+(?:ый|ий|ой|ого|его|ому|ему|ом|ем|ым|им|ая|яя|ой|ей|ую|юю|ое|ее|ые|ие|ых|их|ыми|ими)){0,2}\s+")


_RU_ADJECTIVE_ENDING = re.compile(r"(?:[сц]к|нск)(?:ий|ая|ое|ие|ого|ой|ому|ом|ую|их|им|ими|ых|ым|ыми|ые)$", re.IGNORECASE)


def _russian_body_after(text: str, group: list[Hit], body_words: dict[int, Hit]) -> str | None:
    """«Акмолинский филиал», «актюбинского предвыборного штаба», "the Akmola branch", «Ақмола
    филиалы»: a place naming a party's body names its region (codebook 4), as a region word
    would: a Russian place adjective, maybe with adjectives after it, or a region's stem that is
    also a former name of another place right before the body word."""
    stems = [h for h in group if h.kind == "region_stem"]
    if not stems:
        return None
    body = None
    # (the Russian place adjective itself: «Атырауский филиал»; «Атырау филиалы», a Kazakh
    # noun before the body word, is the town's name as in "the Atyrau branch")
    russian = next((h for h in stems if h.entry.lang == "ru" and _RU_ADJECTIVE_ENDING.search(text, h.start, h.end)), None)
    if russian is not None:
        gap = _RU_ADJECTIVES_THEN.match(text, russian.end)
        body = body_words.get(gap.end()) if gap is not None else None
    end = stems[0].end
    if body is None and text[end : end + 1] == " " and any(h.kind == "region_name" and h.entry.extra == FORMER_NAME for h in group):
        # ("the Akmola branch", «Ақмола филиалы»: the region's, though Akmola was the capital's
        # name until 1998; "the Almaty branch" may be the city's, and stays the town's)
        body = body_words.get(end + 1)
    if body is None and text[end : end + 1] == " " and _town_and_region_agree(group):
        # ("the Atyrau branch", «Атырау филиалы»: the town's or the region's, either way in the
        # Atyrau region, as the Russian adjective reads it; "the Almaty branch" stays the town's)
        body = body_words.get(end + 1)
    return text[body.start : body.end] if body is not None else None


def _town_and_region_agree(group: list[Hit]) -> bool:
    """A name that is both a town and a region lying in that region (Atyrau, Pavlodar), not one
    whose town is a region of its own or lies elsewhere (Almaty)."""
    towns = {h.entry.extra for h in group if h.kind == "settlement"}
    regions = {h.value for h in group if h.kind == "region_stem"}
    return len(towns) == 1 and towns == regions


def _qualifier_before(text: str, start: int, words_before: dict[int, Hit]) -> str | None:
    offset = max(0, start - 40)
    hit = words_before.get(offset + len(_without_trailing_the(text[offset:start])))
    return text[hit.start : hit.end].split()[0] if hit is not None else None


def _without_trailing_the(window: str) -> str:
    r"""`re.sub(r"(?:\s+the)?\s*$", "", window, flags=re.IGNORECASE)` by string methods: the
    pattern, tried at every position of the window, was slow to fail ("the Akmola region",
    "in the Almaty region": the word before a place, without its article)."""
    trimmed = window.rstrip()
    if trimmed[-1:] in ("–", "—", ":"):  # «в девяти областях – Жамбылской, …»: the list the word opens
        trimmed = trimmed[:-1].rstrip()
    if trimmed[-3:].lower() == "the" and trimmed[-4:-3].isspace():
        return trimmed[:-3].rstrip()
    return trimmed


def _village_of_another_region(group: list[Hit], region: str, res: Resources) -> bool:
    """A settlement, neither a city of republican significance nor a region's centre, that the
    gazetteer places in another region than the one the text names right after it."""
    for hit in group:
        if hit.kind == "settlement" and hit.entry.extra != region:
            place = res.settlements.get(hit.value)
            return place is not None and place.kind not in ("city_republican", "regional_center", "city")
    return False


_SENTENCE_END = re.compile(r"[.!?]\s")


def _district_region_around(text: str, group: list[Hit], districts_at: list[tuple[int, str]]) -> str | None:
    """The one region of the districts named in the sentence of `group`, if they agree."""
    regions = {
        region for start, region in districts_at
        if not _SENTENCE_END.search(text, min(start, group[0].start), max(start, group[0].end))
    }
    return regions.pop() if len(regions) == 1 else None


def _republican_city(group: list[Hit], res: Resources) -> bool:
    for hit in group:
        if hit.kind == "settlement" and res.settlements[hit.value].kind == "city_republican":
            return True
    return False


_KK_ABLATIVE_ENDINGS = ("нан", "нен", "дан", "ден", "тан", "тен")
_KK_REGION_ABLATIVE = re.compile(r"\s+(?:облыс|аудан|қала)\w*?(?:нан|нен|дан|ден|тан|тен)(?!\w)")


def _kazakh_ablative(text: str, group: list[Hit], res: Resources) -> bool:
    """A Kazakh place in the ablative ("from"): «Алматыдан» (a case form of the name, not one of
    its spellings: «Түркістан» ends in -тан of itself) or «Қостанай облысынан» (the ending on
    the region word after it)."""
    for hit in group:
        written = text[hit.start : hit.end]
        if not written.endswith(_KK_ABLATIVE_ENDINGS):
            continue
        if hit.kind == "settlement":
            place = res.settlements.get(hit.value)
            spellings = {place.name.lower(), *(v.lower() for v in place.variants + place.former_names)} if place else set()
            if written.lower() not in spellings:
                return True
        elif written.split()[-1].lower().startswith(("облыс", "аудан", "қала")):
            return True
    return bool(_KK_REGION_ABLATIVE.match(text, word_end(text, group[0].end)))


def _not_that_village(group: list[Hit], res: Resources) -> bool:
    """A name the text calls a village, which the gazetteer cannot place: a village name shared
    by several places (marked ambiguous), or the name of a town or city, which the village
    is not ("Ақсу ауылы" is not the town of Aksu). District centres are villages themselves."""
    settlements = [h for h in group if h.kind == "settlement"]
    if not settlements or not all(h.entry.ambiguous for h in group):
        return False
    kinds = {res.settlements[h.value].kind for h in settlements}
    return kinds <= {"village", "town", "city", "regional_center"}


_AS_A_CITY = re.compile(r"\bcity\b|\bгород(?:а|е|у|ом)?\b|\bқала(?:сы|сында|сына|сынан|сының|сындағы)\b", re.IGNORECASE)
_BODY_NEXT = re.compile(r"\s+(?:\w+\s+)?(?:branch|headquarters|office|maslikhat|akimat|council|филиал|штаб|маслихат|акимат|совет|"
                        r"филиалы|штабы|мәслихат|әкімдіг|кеңес)", re.IGNORECASE)


def _city_of(region: str, res: Resources) -> str | None:
    """The city that is the region `region` (Astana for KZ-71)."""
    return next((name for name, s in res.settlements.items() if s.region == region and s.kind == "city_republican"), None)


def _resolve(text, group, res, qualified, plural, has_other_city, cued) -> Mention | None:
    start, end = group[0].start, group[0].end
    by_kind = {h.kind: h for h in group}
    name = by_kind.get("region_name")
    stem = by_kind.get("region_stem")
    settlement = by_kind.get("settlement")
    if qualified:
        if settlement is not None and _republican_city(group, res) and (plural and (has_other_city or stem is None)):
            return Mention(start, end, settlement.entry.extra, settlement.value)
        if stem is not None:
            return Mention(start, end, stem.value)
        if name is not None:
            return Mention(start, end, name.value)
    if name is not None:
        if settlement is not None and not settlement.entry.ambiguous:
            return Mention(start, end, settlement.entry.extra, settlement.value)
        if name.value in CITY_REGIONS and _AS_A_CITY.search(text, start, end) and not _BODY_NEXT.match(text, end):
            # "the city of Shymkent", «Шымкент қаласында», «города Алматы»: a city that is a
            # region, named as the city, is both (codebook 4), unless a body of it is meant
            return Mention(start, end, name.value, _city_of(name.value, res))
        return Mention(start, end, name.value)
    if settlement is not None:
        if settlement.entry.ambiguous and not (cued or _after_preposition(text, start, end) or _kazakh_case_of_a_town(text, settlement, res)):
            return None
        return Mention(start, end, settlement.entry.extra, settlement.value)
    return None


_PREPOSITION = re.compile(r"(?:^|\s)(?:in|to|of|In|To|в|В|до|До)\s+$")
_CAPITALISED_NEXT = re.compile(r"\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")


def _after_preposition(text: str, start: int, end: int) -> bool:
    """'in Oral', 'residents of Satpayev': a capitalised ambiguous name after a preposition,
    not followed by another capitalised word ('of Abai Kunanbayev', 'on Abai Square')."""
    return (
        text[start : start + 1].isupper()
        and bool(_PREPOSITION.search(text[max(0, start - 4) : start]))
        and not _CAPITALISED_NEXT.match(text, end)
    )


# Kazakh case endings of a place: locative, dative, ablative and the locative adjective
# («Оралда», «Оралға», «Оралдан», «Оралдағы»), the Kazakh for "in Oral", "to Oral", "from Oral".
_KAZAKH_PLACE_CASE = re.compile(rf"(?:[дт][ае](?:[ғг][ыі])?|[ғгқк][ае]|{'|'.join(_KK_ABLATIVE_ENDINGS)})$")
# A town's name in one of those cases is the town: the rivers, lakes, people and regions that
# share a village's name are why a name is marked ambiguous, not towns and cities.
_CITY_KINDS = frozenset({"regional_center", "city"})


def _kazakh_case_of_a_town(text: str, settlement: Hit, res: Resources) -> bool:
    written = text[settlement.start : settlement.end]
    return (
        written[:1].isupper()
        and res.settlements[settlement.value].kind in _CITY_KINDS
        and bool(_KAZAKH_PLACE_CASE.search(written))
    )


def _has_settlement_word(text: str, start: int, end: int, before: set[int], after: set[int]) -> bool:
    left = start
    while left > 0 and text[left - 1] in " .«\"“":
        left -= 1
    right = end
    while right < len(text) and text[right] in " »\"”":
        right += 1
    if left in before or right in after:
        return True
    # «в городской поликлинике Сатпаева»: the city's adjective before the body the town follows
    body = _RU_CITY_BODY_BEFORE.search(text, max(0, start - 40), start)
    return body is not None and body.end(1) in before


_RU_CITY_BODY_BEFORE = re.compile(r"(?<!\w)(городск\w*)\s+\w+\s+$")
_BODY_GAP = 30  # characters between a place and the body word it names ("Astana city branch")
_ROLE_GAP = 45  # characters between a role and the body it heads


# Words that may stand between a place and the body it names ("Astana city branch",
# «Шымкентского городского филиала», «облыстық сайлау штабы»); any other word of three letters
# or more, such as «члены», parts them.
_GAP_NOUN = re.compile(
    r"(?!(?:city|town|regional|region|district|oblast|election|campaign|public|party|the|of|"
    r"городск\w*|областн\w*|районн\w*|региональн\w*|предвыборн\w*|избирательн\w*|общественн\w*|партии|"
    r"қалалық|облыстық|аудандық|өңірлік|сайлау|сайлауалды|қоғамдық|партиясы\w*)\b)\b[^\W\d_]{3,}",
    re.IGNORECASE,
)


# A Kazakh region, district, town or village word in the locative («облысында», «ауданында») says
# where, and names no body after it. (A bare name is not read so: «Қызылорда» ends like a locative.)
_KAZAKH_LOCATIVE = re.compile(r"(?:облысында|ауданында|қаласында|ауылында|өңірінде)\Z", re.IGNORECASE)

# A body's own people after it ("its own proxies", «өз сенім білдірілген өкілдеріне», «своих
# доверенных лиц»): people the body acts for, not a title that holds the body.
_OWN = re.compile(r"\s+(?:өз|its\s+own|своих|своим|своими|свои)\s", re.IGNORECASE)

# A Russian place after «в»/«во» («в Шымкентском городском филиале партии») is where something is.
_IN_BEFORE = re.compile(r"(?<!\w)(?:в|во)\s+\Z", re.IGNORECASE)

# The word that makes a body a district's, not its region's: "the Enbekshikazakh district branch".
_DISTRICT_BODY = re.compile(r"\b(?:district|районн\w*|аудандық|аудан)\b", re.IGNORECASE)


class BodyIndex:
    """Body words and roles of a paragraph, by position, so that each place asks only about
    its neighbours (a long paragraph has thousands of places)."""

    def __init__(self, hits: list[Hit], text: str):
        self.text = text
        self.bodies = sorted(((h.start, h) for h in hits if h.kind == "body_word"), key=lambda pair: pair[0])
        self.body_starts = [start for start, _ in self.bodies]
        self.roles = sorted(((h.end, h) for h in hits if h.kind == "role"), key=lambda pair: pair[0])
        self.role_ends = [end for end, _ in self.roles]
        self.roles_by_start = sorted(((h.start, h) for _, h in self.roles), key=lambda pair: pair[0])
        self.role_starts = [start for start, _ in self.roles_by_start]

    def body_after(self, end: int) -> Hit | None:
        i = bisect_left(self.body_starts, end)
        if i < len(self.bodies) and self.body_starts[i] - end <= _BODY_GAP:
            return self.bodies[i][1]
        return None

    def role_near(self, place: Mention, body: Hit, heads: frozenset[str] | None = None) -> bool:
        """A role ending shortly before the place, holding it («Руководитель Алматинского
        городского филиала»), or starting shortly after its body; with `heads`, only a role of
        those values counts."""
        i = bisect_right(self.role_ends, place.start) - 1
        if i >= 0 and place.start - self.role_ends[i] <= _ROLE_GAP and (heads is None or self.roles[i][1].value in heads):
            return True
        if any(role.start <= place.start and (heads is None or role.value in heads) for _, role in self.roles[i + 1 : i + 4] if role.end >= place.end):
            return True
        j = bisect_left(self.role_starts, body.start)  # (or holding the body: «филиалының басшысы»)
        if j < len(self.role_starts) and _OWN.match(self.text, word_end(self.text, body.end), self.role_starts[j]):
            # (a body holds the role right after it, «филиалы төрағасы»; not its own people
            # acted for, «штабы өз сенім білдірілген өкілдеріне семинар өткізді», the
            # headquarters held a seminar for its own proxies: the body acting, its place the venue)
            return False
        return j < len(self.role_starts) and self.role_starts[j] - body.end <= _ROLE_GAP // 2 and (
            heads is None or self.roles_by_start[j][1].value in heads
        ) and not _SENTENCE_END.search(self.text, body.end, self.role_starts[j])  # (the next sentence's "Руководитель штаба" holds nothing of this one)


# The roles of a body's head, whose title holds the body's region (cues.yaml `roles`).
_HEADS = frozenset({"chairman", "first deputy chairman", "deputy chairman", "co-chairman", "leader", "executive secretary", "secretary", "head of branch"})


# A head of a party for a region: "chairman of the Auyl party in Abai region", «председатель
# партии «Ауыл» по Абайской области», «"Ауыл" партиясының Абай облысы бойынша төрағасы» (the
# region's branch named by its head's title, codebook 4: a place inside a person's role); so
# are "who headed the party's branch in the capital" and the party's representative in a town
# ("the party's representative in Semey", «представитель партии в Семее», «Семейдегі өкілі»).
_TITLE_HOLDING_A_PLACE_BEFORE = re.compile(
    r"(?:\b(?:chairman|chairwoman|chair|head|leader|secretary)\s+of\s+(?:the\s+)?[^,.;:()]{1,40}?\bparty\s+(?:in|for)\s+(?:the\s+)?"
    r"|\b(?:headed|heads|head\s+of|chairman\s+of|chairwoman\s+of)\s+(?:the\s+)?[^,.;:()]{0,40}?\bbranch\s+(?:in|for)\s+(?:the\s+)?"
    r"|\bparty(?:'s|’s)?\s+(?:representative|coordinator)\s+(?:in|for)\s+(?:the\s+)?"
    r"|(?<!\w)представител\w*\s+партии[^,.;:()]{0,30}?\s+(?:в|во)\s+"
    r"|(?<!\w)(?:председател|руководител|лидер|секретар)\w*\s+[^,.;:()]{1,50}?\s+по\s+)$",
    re.IGNORECASE,
)
# A candidate for the region that elects him («кандидат в депутаты Мажилиса от партии по
# Улытауской области», «Ұлытау облысы бойынша Мәжіліс депутаттығына үміткері»): the region being
# elected, no venue (codebook 4); "по" before a town alone is a trip across it («прокатились по
# столице»). (The Kazakh title follows the place: `_TITLE_HOLDING_A_PLACE_AFTER`.)
_CANDIDATE_FOR_A_PLACE_BEFORE = re.compile(r"(?<!\w)кандидат\w*\s+в\s+депутат\w*\s+[^,.;:()]{0,50}?\s*по\s+$", re.IGNORECASE)
_REGION_OR_DISTRICT = re.compile(r"\S+\s+(?:област|район|округ)", re.IGNORECASE)
_TITLE_HOLDING_A_PLACE_AFTER = re.compile(
    r"(?:\s+облысы)?\s+бойынша\s+(?:төраға|басшы|жетекші|хатшы|(?:\S+\s+){0,2}?депутаттығына\s+(?:үміткер|кандидат))"
    r"|(?:дағы|дегі|тағы|тегі)?\s+(?:өкілі|үйлестірушісі)", re.IGNORECASE
)


def names_a_body_not_a_venue(mention: Mention, index: BodyIndex) -> bool:
    """A place that names a body rather than where the event is (codebook 4): the town of a
    body in a person's role ("chairman of the Astana city branch", "Head of the Almaty
    Branch") or the council being elected (a candidate "for the Kostanay regional maslikhat").
    A regional body named after its region still gives the region to its people ("the
    coordinator of the Atyrau regional headquarters"), but not to its head, whose title holds it
    ("chairman of the Kostanay regional branch", "chairman of the Auyl party in Abai region")."""
    if (
        _TITLE_HOLDING_A_PLACE_BEFORE.search(index.text, max(0, mention.start - 90), mention.start)
        or _TITLE_HOLDING_A_PLACE_AFTER.match(index.text, mention.end)
        or (_CANDIDATE_FOR_A_PLACE_BEFORE.search(index.text, max(0, mention.start - 90), mention.start)
            and _REGION_OR_DISTRICT.match(index.text, mention.start, mention.end + 12))
    ):
        return True
    body = index.body_after(mention.end)
    if body is None or _GAP_NOUN.search(index.text[mention.end : body.start]):
        return False  # ("В посёлке Жалагаш члены штаба…": the members are not the place's body)
    if _KAZAKH_LOCATIVE.search(index.text, mention.start, mention.end) or _IN_BEFORE.search(index.text, max(0, mention.start - 4), mention.start):
        # «облысында мәслихат депутаттығына үміткерлер», «в Шымкентском городском филиале»:
        # in the place, or in the body's premises, not a body someone heads or is elected to
        return False
    if fold_word(body).startswith(("maslikhat", "maslihat", "маслихат", "мәслихат")):
        return True
    if mention.extra is None and mention.value not in CITY_REGIONS and not _DISTRICT_BODY.search(index.text, mention.end, body.start):
        # a region's own body (a district's, «районного филиала», is read like a town's) gives
        # the region to its members and activists, but not in its head's title ("chairman of
        # the Kostanay regional branch … met"): where the head acts, no place is told
        return index.role_near(mention, body, _HEADS)
    return index.role_near(mention, body)


def fold_word(hit: Hit) -> str:
    return hit.entry.value.lower()
