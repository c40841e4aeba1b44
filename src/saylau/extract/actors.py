"""People who act for a party: a role ("chairman", "candidates"), a name, or both.

A name is taken next to a role ("chairman of the party Ermukhamet Yertysbayev",
"Azat Peruashev, the leader of Ak Zhol", "candidates A, B and C") or from the list of known
people, in the nominative the schema asks for (Russian and Kazakh inflect names). A role with
no name gives an actor whose name is null. Somebody named as an object or an owner, or a
candidate whose headquarters or agents act, is not one of them (codebook 6: people named as
acting).
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from functools import lru_cache

from .gazetteer import Hit, SpanIndex, longest_first
from .mentions import Mention
from .morphology import is_genitive, noun_cases
from .person_names import kazakh_name_nominative, russian_name_nominative
from .places import PLACE_KINDS, first_name_of_a_person
from .text import word_end

_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")

_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LOW = "a-zа-яёәғқңөұүһі'’"
_TOKEN = rf"[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)?"
# An initial: one capital, or the two letters that transliterate one Kazakh or Russian letter
# ("Zh.", "Sh.", "Ye.", "Yu."), and its full stop.
_INITIAL = rf"(?:[CKSZ]h|Y[aeou]|[{_UP}])\.\s?"
_NAME = re.compile(rf"(?:{_INITIAL})?{_TOKEN}(?:\s+{_TOKEN}){{1,2}}")
_INITIAL_NAME = re.compile(rf"{_INITIAL}(?:{_INITIAL})?{_TOKEN}")
# Words that may stand between a role and the name it introduces; first, the office a
# candidate runs for ("candidate for President of Kazakhstan", «кандидат в Президенты
# Республики Казахстан»), read whole so that its capitalised words are not taken for a name.
_QUALIFIER = re.compile(
    r"(?:\s+(?:for\s+(?:the\s+)?president(?:\s+of\s+(?:the\s+republic\s+of\s+)?kazakhstan)?|"
    r"в\s+президенты(?:\s+(?:республики\s+)?казахстана?|\s+рк)?)(?!\w)|"
    r"\s*[,:«»\"“”]|\s*[–—](?=[^–—.]{3,120}[–—])|\s*(?:'s|’s)\b|\s*(?:No\.|№)|\s+\d+\b|\s+(?:of|from|the|a|party|party's|for|in|to|on|mr|ms|mrs|"
    r"single-mandate|single|mandate|district|constituency|electoral|territorial|city|regional|maslikhat|mazhilis|"
    r"list|branch|headquarters|office|партии|партия|от|по|в|депутаты|мажилиса|маслихата|одномандатному|округу|города|"
    r"области|района)\b\.?)",
    re.IGNORECASE,
)
_OF_BEFORE = re.compile(r"\bof\s+$")
_NAME_BEFORE = re.compile(rf"((?:{_INITIAL})?{_TOKEN}(?:\s+{_TOKEN}){{1,2}}|(?<![\w.])(?:{_INITIAL}){{1,2}}{_TOKEN}),\s*(?:the\s+|a\s+)?$")
_WORDS = re.compile(r"[^\W\d_]+")
_SPACES = re.compile(r"\s+")
_ROLE_TAIL = re.compile(
    r"\s+of\s+the\s+((?:[\w'’-]+\s+){0,4}?(?:headquarters|branch|office|staff|wing|sector|department|committee|council))\b",
    re.IGNORECASE,
)


# A sentence that opens with a two-word name and goes on with a lower-case word, its verb:
# "Meiram Kazhyken arrived in the Zhambyl region", «Мейрам Кажыкен приехал в …»; or, the verb
# coming last in Kazakh, with a place («Мейрам Қажыкен Таразға келіп, …»); a lower-case aside
# between commas may stand between name and verb ("Meiram Kazhyken, meanwhile, arrived",
# «Мейрам Кажыкен, в свою очередь, приехал», «Мейрам Қажыкен, өз кезегінде, …»).
_NAMED_SUBJECT = re.compile(rf"[\s«\"“(]*({_TOKEN}\s+{_TOKEN})(?:,(?:\s+[{_LOW}]+){{1,4}},)?\s+(?=([{_LOW}])?)")


def named_subject(text: str, start: int, hits: list[Hit], not_names: frozenset[str]) -> Mention | None:
    """The person a clause at `start` opens with, when nothing else reads that name: no place,
    party, organisation, role or cue word lies in it and neither word is a known non-name.
    Only the caller knows whether such a person campaigns (a report about candidates).
    A Russian clause may put its subject after the verb, closing the clause («Жамбылскую
    область посетил Мейрам Кажыкен: …»): that name is its subject too."""
    match = _NAMED_SUBJECT.match(text, start)
    if match is not None:
        first, last = match.span(1)
        if match.group(2) is None and not any(h.start == match.end() and h.kind in PLACE_KINDS for h in hits):
            match = None  # a third capitalised word that is no place: the name goes on, or it is no name
    if match is None:
        match = _RUSSIAN_SUBJECT_AFTER_VERB.match(text, start)
        if match is None:
            return None
        first, last = match.span(1)
    if any(h.start < last and h.end > first and not (h.kind in PLACE_KINDS and first_name_of_a_person(text, h)) for h in hits):
        return None
    if any(word.lower() in not_names for word in _WORDS.findall(text[first:last])):
        return None
    return Mention(first, last, text[first:last], None)


# A Russian clause that ends with a two-word name right after a verb in the past («В Тараз
# приехал Мейрам Кажыкен.», «Жамбылскую область тем временем посетил Мейрам Кажыкен: …»): the
# subject after its verb, within the clause's first words.
_RUSSIAN_SUBJECT_AFTER_VERB = re.compile(
    rf"[^.!?:;«»\"]{{0,80}}?(?<![\w-])[а-яё]+(?:л|ла|ли|лся|лась|лись)\s+([А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)(?=\s*(?:[:;,.!?—–]|$))"
)


# Two capitalised words met right after a meeting word ("met Bauyrzhan Baibek", «встречу с
# Бауыржаном Байбеком») and not followed by a third, or right before the Kazakh comitative
# («Бауыржан Байбекпен кездесті»).
_PAIR = rf"[{_UP}][{_LOW}]+\s+[{_UP}][{_LOW}]+"
_PARTNER_AFTER = re.compile(rf"\s+(?:(?:with|с|со)\s+)?({_PAIR})(?![\w'’-])(?!\s+[{_UP}])")
_PARTNER_BEFORE = re.compile(rf"(?<![\w-])([{_UP}][{_LOW}]+\s+[{_UP}][{_LOW}]+?)(?:мен|пен|бен)\s+$")


def partner_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a two-word name that a meeting word at `start`–`end` says was met, if any."""
    match = _PARTNER_AFTER.match(text, end) or _PARTNER_BEFORE.search(text, max(0, start - 60), start)
    return match.span(1) if match else None


def find_actors(text: str, hits: list[Hit], blocked: list[tuple[int, int]], not_names: frozenset[str]) -> list[Mention]:
    """Mentions with value = name ('' when only a role is given), extra = role."""
    actors: list[Mention] = []
    taken: list[tuple[int, int]] = []
    covered: list[tuple[int, int]] = []  # role phrases already read up to their name
    leader_spans = set()
    roles = []
    listed_after_leaders: list[int] = []
    for hit in hits:  # leaders and roles, in one pass
        if hit.kind == "role":
            roles.append(hit)
        elif hit.kind == "leader":
            leader_spans.add((hit.start, hit.end))
            # A known person is a name, whether or not still in office; the role the reference
            # data gives holds only for those in office (a former chairman is none today), and
            # the party of either comes from the text (codebook 3).
            # Named in another case than the nominative («кандидатуру Токаева», «с Байбеком»,
            # «Тоқаевтың штабы») or as an owner ("Tokayev's headquarters"), the person is whom
            # something is done to or for, not one who acts; unless a role stands beside the
            # name in its case («встреча председателя партии Ермухамета Ертысбаева»), which
            # the reading of roles below finds.
            name = hit.entry.canonical if _CYRILLIC.search(hit.entry.canonical or "") else text[hit.start : hit.end]
            if not _named_as_object(text, hit, name):
                actors.append(Mention(hit.start, hit.end, name, hit.entry.extra if hit.value else None))
                _add(taken, (hit.start, hit.end))
                listed_after_leaders.append(hit.end)
    names_apart = SpanIndex(blocked) if listed_after_leaders else None
    for end in listed_after_leaders:
        # "Party leader Azat Peruashev and Kazybek Issa met …": the names listed with him act too
        for other in _names_listed_after(text, end, names_apart, not_names):
            if not _overlaps(other, taken):
                actors.append(Mention(other[0], other[1], _clean(text[other[0] : other[1]]), None))
                _add(taken, other)
    if not roles:
        # no role to read a name next to: the leaders alone (what the loop below would keep)
        named_roles = {m.extra for m in actors if m.value}
        return sorted(m for m in actors if m.value or m.extra not in named_roles)
    candidate_ends = [h.end for h in roles if h.value == "candidate"]
    role_starts = frozenset(h.start for h in roles)
    blocked = SpanIndex(span for span in blocked if span not in leader_spans)  # a leader's name is a name
    for hit in longest_first(roles):
        if _overlaps((hit.start, hit.end), covered):  # "депутаты" inside "Кандидат в депутаты мажилиса ... X"
            continue
        if hit.value == "deputy" and any(0 <= hit.start - end <= 4 for end in candidate_ends):
            continue  # "candidates for deputies of the Mazhilis": candidates, not sitting deputies
        if _of_an_unknown_party(text, hit, blocked, not_names):
            continue  # "Alash party member X": a party the register does not know (codebook 3)
        role = hit.value
        tail = _ROLE_TAIL.match(text, hit.end) if role in ("coordinator", "head of branch", "secretary") else None
        end = tail.end() if tail else hit.end
        if tail:
            role = f"{text[hit.start:hit.end].lower()} of the {tail.group(1).lower()}"
        if role == "candidate" and _FOR_A_CANDIDATE.search(text, max(0, hit.start - 40), hit.start):
            continue  # "the agents of presidential candidate X", «штаб кандидата X»: X is whom they work for
        name = _name_after(text, end, blocked, not_names, role_starts)
        if name is not None and role == "candidate" and _KK_CANDIDATES_CAMPAIGN.match(text, name[1] - 4):
            continue  # «кандидат Мейрам Қажыкеннің сайлау штабы»: his headquarters acts, not he
        # (a name after its role is set beside it, in its case: «кандидата Дании Еспаевой»)
        cases = noun_cases(_WORDS.match(text, hit.start).group()) if name is not None and _CYRILLIC.search(text, hit.start, hit.end) else frozenset()
        listed = list(_names_listed_after(text, name[1], blocked, not_names)) if name is not None else []
        if name is None:
            name = _name_before(text, hit.start, blocked, not_names)
            if name is not None and _PREPOSITION_BEFORE.search(text, max(0, name[0] - 60), name[0]):
                continue  # "the headquarters of X, the presidential candidate,": whom they work for
            # ("Altynshash Tabuldina and Konstantin Kolo, who are running for …")
            listed = list(_names_listed_before(text, name[0], blocked, not_names)) if name is not None else []
        if name is not None and not _overlaps(name, taken):
            start, stop = min(hit.start, name[0]), max(end, name[1])
            _add(covered, (start, stop))
            actors.append(Mention(start, stop, _clean(text[name[0] : name[1]], cases), role))
            _add(taken, name)
            for other in listed:  # the names after the first of a role's ("candidates A, B and C")
                if not _overlaps(other, taken):
                    actors.append(Mention(other[0], other[1], _clean(text[other[0] : other[1]], cases), role))
                    _add(taken, other)
        elif name is not None:
            continue  # a known leader already found at that place; his role stays as the data says
        elif not _OF_BEFORE.search(text, max(0, hit.start - 4), hit.start):
            # a bare role after "of" names no one acting ("the coordination of candidates")
            actors.append(Mention(hit.start, end, "", role))
    named_roles = {m.extra for m in actors if m.value}
    return sorted(m for m in actors if m.value or m.extra not in named_roles)


_POSSESSIVE = re.compile(r"['’]s?\b")


def _named_as_object(text: str, hit: Hit, nominative: str) -> bool:
    """Whether a known person's name is written in an oblique case (Russian and Kazakh: the
    words as written are not the nominative the reference data lists), as a possessive, or
    in English after a preposition, his titles between ("the representative of Kassym-Jomart
    Tokayev", "on behalf of candidate Dania Espayeva", "stands in for Toleutai Rakhimbekov")."""
    written = text[hit.start : word_end(text, hit.end)]
    if _CYRILLIC.search(written):
        return written.lower() != nominative.lower()
    return _POSSESSIVE.match(text, hit.end) is not None or _PREPOSITION_BEFORE.search(text, max(0, hit.start - 60), hit.start) is not None


# A preposition before an English name, with the person's titles between it and the name
# (not the "of" of "Head of State Nursultan Nazarbayev", a title itself, nor that of "with the
# participation of X", who takes part).
_PREPOSITION_BEFORE = re.compile(
    r"(?:\banti-|\b(?<!head\s)(?<!participation\s)(?<!presence\s)(?:of|for|to|behind|against|in support of|on behalf of|"
    r"put forward|nominated?|nominating|backed|backing|endorsed|endorsing)\s+)(?:(?:the|incumbent|interim|acting|current|presidential|president|"
    r"candidate|head|of|state|party|leader|chairman)\s+)*$",
    re.IGNORECASE,
)


# The campaign that works for a candidate, named before the role ("the headquarters of
# presidential candidate X", "agents of candidate X", «штаб кандидата X», «доверенные лица
# кандидата X», «в поддержку кандидата X») or, in Kazakh, after the name in the genitive
# («Мейрам Қажыкеннің сайлау штабы», «…тың сенім білдірілген өкілдері»): those people act, and
# the candidate is whom they act for (codebook 6: people named as acting).
_FOR_A_CANDIDATE = re.compile(
    r"(?:\b(?:headquarters|offices?|agents?|prox(?:y|ies)|representatives?|supporters?|team|support)\s+of\s+(?:the\s+)?(?:presidential\s+)?"
    r"|(?<!\w)(?:штаб\w*|доверенн\w+\s+лиц\w*|представител\w*|сторонник\w*|поддержк\w*|команд\w*)\s+)$",
    re.IGNORECASE,
)
_KK_CANDIDATES_CAMPAIGN = re.compile(
    r"\w*(?:(?:ның|нің|дың|дің|тың|тің)\s+(?:\w+\s+){0,2}?(?:штаб|сенім|өкіл|жақтас|команда)"
    r"|(?:ны|ні|ды|ді|ты|ті)\s+қолда)",  # («…ты қолдау үшін»: in support of him)
    re.IGNORECASE,
)


# A capitalised name right before "party member", "party candidate": a party named by a word
# the register does not hold (the register's names are entities, blocked here).
_NAME_BEFORE_PARTY_ROLE = re.compile(r"[A-ZА-ЯЁ][\w'’-]+\s+$")


def _of_an_unknown_party(text: str, hit: Hit, blocked: SpanIndex, not_names: frozenset[str]) -> bool:
    if not text[hit.start : hit.end].lower().startswith("party "):
        return False
    match = _NAME_BEFORE_PARTY_ROLE.search(text, max(0, hit.start - 30), hit.start)
    if match is None or match.group(0).strip().lower() in not_names:  # "The party member ..."
        return False
    return not blocked.overlaps(match.start(), match.end())


@lru_cache(maxsize=65536)
def _clean(name: str, cases: frozenset[str] = frozenset()) -> str:
    """The name in the nominative, as the schema wants it (Russian and Kazakh text inflect
    names); `cases`, those it can be in where its role tells (`russian_name_nominative`)."""
    name = _SPACES.sub(" ", name).strip()
    if not _CYRILLIC.search(name):
        return name
    kazakh = kazakh_name_nominative(name)
    return kazakh if kazakh != name else russian_name_nominative(name, cases)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether `span` overlaps one of `spans`, a list kept sorted (see `_add`). Spans are
    short, so only those starting shortly before `span` can reach into it."""
    i = bisect_left(spans, (span[1],))
    return any(s < span[1] and span[0] < e for s, e in spans[max(0, i - 8) : i])


def _add(spans: list[tuple[int, int]], span: tuple[int, int]) -> None:
    insort(spans, span)


def _acceptable(text: str, span: tuple[int, int], blocked: SpanIndex, not_names) -> bool:
    if blocked.overlaps(*span):
        return False
    # (an initial, "A." or "Ye.", is no word: not the article "a")
    words = [m.group() for m in _WORDS.finditer(text, span[0], span[1]) if not (len(m.group()) <= 2 and text[m.end() : m.end() + 1] == ".")]
    return not any(w.lower() in not_names for w in words)


_RUSSIAN_LOWER_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)?\b")


def _name_after(text: str, pos: int, blocked, not_names, role_starts: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """A name that follows its role, over words that qualify the role: "candidate for the
    Almaty city maslikhat Dana Kairbekova", "candidate in district No. 5, Yerbol Tursynov",
    «председатель областного штаба …». A word that is a role of its own («доверенные лица
    кандидата …») introduces its own person, and is not gone over."""
    limit = pos + 90
    while pos < limit:
        skip = _QUALIFIER.match(text, pos)
        if skip is not None and skip.end() > pos:
            pos = skip.end()
            continue
        word_start = pos
        while word_start < len(text) and text[word_start].isspace():
            word_start += 1
        inside = blocked.end_of_span_at(word_start)
        if inside is not None and _place_first_name(text, word_start, blocked, not_names) is None:
            pos = inside  # a party or place qualifying the role
            continue
        complement = _RUSSIAN_LOWER_WORD.match(text, word_start)
        if complement is not None and word_start not in role_starts and is_genitive(complement.group()):
            pos = complement.end()  # «председатель штаба …», «секретарь областного маслихата …»: what the role is of
            continue
        break
    while pos < len(text) and text[pos] == " ":
        pos += 1
    match = _NAME.match(text, pos) or _INITIAL_NAME.match(text, pos)
    if match is None or match.start() >= limit:
        return None
    span = (match.start(), match.end())
    person = _place_first_name(text, span[0], blocked, not_names)
    if person is not None:
        return person
    return _without_what_follows(text, span, blocked, not_names)


def _without_what_follows(text: str, span: tuple[int, int], blocked, not_names) -> tuple[int, int] | None:
    """A name read with the capitalised words after it, cut back to the words that make a
    name ("Әли Бектаев Қостанай облысының ...": a place after the name is not part of it),
    keeping two at least."""
    while not _acceptable(text, span, blocked, not_names):
        cut = text.rfind(" ", span[0], span[1])
        if cut == -1 or text.count(" ", span[0], cut) == 0:
            return None
        span = (span[0], cut)
    return span


_TWO_WORDS = re.compile(rf"({_TOKEN})\s+({_TOKEN})")


def _place_first_name(text: str, start: int, blocked, not_names) -> tuple[int, int] | None:
    """A first name that is also a place, and the surname after it: «үміткер Абай Мұқанов»,
    "candidate Zhambyl Akhmetbekov" (Абай, Жамбыл, Алтай are common first names); the two
    words, where the first is a place and the second is not."""
    match = _TWO_WORDS.match(text, start)
    if match is None or match.group(1).lower() in not_names or not blocked.overlaps(*match.span(1)):
        return None
    if _PLACE_WORD_BEFORE.search(text, max(0, start - 12), start):
        return None  # «председатель штаба … города Кокшетау Зауреш Нурумова»: the town's name, then hers
    if bool(_CYRILLIC.search(match.group(1))) != bool(_CYRILLIC.search(match.group(2))):
        return None  # a name's words share their letters: «секретарь Amanat Елнур …» names the party first
    return match.span() if _acceptable(text, match.span(2), blocked, not_names) else None


# A word that says a place's name comes next: that name is the place's, not a first name.
_PLACE_WORD_BEFORE = re.compile(r"(?:\b(?:city|town|village|region|district)|(?<!\w)(?:города|г\.|села|аула|посёлка|поселка|области|района))\s+$", re.IGNORECASE)


# What joins the names of a list: a comma, "and", «и», «және», «мен/пен/бен».
_LIST_JOINT = re.compile(r"\s*,\s*(?:and\s+|и\s+|және\s+)?|\s+(?:and|и|және|мен|пен|бен)\s+")


def _names_listed_after(text: str, pos: int, blocked, not_names):
    """The names that go on a list after the one ending at `pos` ("candidates Orazgul
    Kobesovna and Serik Zhardemaliyev", «кандидаты Асан Кошмамбетов, Талгат Ергалиев и Куат
    Рахымбердин»), up to the first item that is no name."""
    while True:
        joint = _LIST_JOINT.match(text, pos)
        match = (_NAME.match(text, joint.end()) or _INITIAL_NAME.match(text, joint.end())) if joint is not None else None
        span = _without_what_follows(text, match.span(), blocked, not_names) if match is not None else None
        if span is None:
            return
        yield span
        pos = span[1]


def _names_listed_before(text: str, pos: int, blocked, not_names):
    """The names that open a list ending with the one starting at `pos`, its role after them
    ("Altynshash Tabuldina and Konstantin Kolo, who are running for …"), up to the first item
    that is no name."""
    while True:
        match = _NAME_AND_JOINT.search(text, max(0, pos - 60), pos)
        if match is None or not _acceptable(text, match.span(1), blocked, not_names):
            return
        if _INSIDE_A_NAME.search(text, max(0, match.start(1) - 8), match.start(1)):
            return  # "… of the Federation of Trade Unions, and X": the end of a body's name
        yield match.span(1)
        pos = match.start(1)


_INSIDE_A_NAME = re.compile(r"\b(?:of|the|for)\s+$", re.IGNORECASE)
# A name and the joint after it, ending where the next name starts.
_NAME_AND_JOINT = re.compile(
    rf"(?<![\w.])((?:{_INITIAL})?{_TOKEN}(?:\s+{_TOKEN}){{1,2}})(?:\s*,\s*(?:and\s+|и\s+|және\s+)?|\s+(?:and|и|және)\s+)$"
)


def _name_before(text: str, pos: int, blocked, not_names) -> tuple[int, int] | None:
    """A name that comes before its role and a comma: "Azat Peruashev, the leader of Ak Zhol";
    the role may be qualified by its party or office first ("Daniya Yespayeva, the Ak Zhol
    party's candidate", "Zhiguli Dairabayev, the presidential candidate of …")."""
    offset = max(0, pos - 90)
    head = text[offset:pos]
    cut, words = _role_qualifiers(head)
    if words and not all(_qualifies_a_role(word, offset + cut + at, blocked) for at, word in _word_spans(words)):
        return None
    head = head[:cut]
    if not head.rstrip().endswith((",", "the", "a")):
        return None  # the pattern ends in the comma after the name, then maybe "the" or "a"
    match = _NAME_BEFORE.search(head)
    if match is None:
        return None
    span = (offset + match.start(1), offset + match.end(1))
    if _acceptable(text, span, blocked, not_names):
        return span
    return span if _place_first_name(text, span[0], blocked, not_names) == span else None


# Up to four words between "the" or "a" and a role that come after a name ("the Ak Zhol party's",
# "the presidential"), each checked by `_qualifies_a_role`.
_ROLE_QUALIFIERS_BEFORE = re.compile(r"(?:(?<=\bthe\s)|(?<=\ba\s))(?:[\w'’-]+\s+){1,4}$|$")
# (`_role_qualifiers` reads it in two parts: where "the" or "a" ends, and the words from there)
_THE_OR_A = re.compile(r"\b(?:the|a)\s")
_WORDS_TO_END = re.compile(r"(?:[\w'’-]+\s+){1,4}$")


def _role_qualifiers(head: str) -> tuple[int, str]:
    """Where `_ROLE_QUALIFIERS_BEFORE.search(head)` matches, and what: the words tried only
    after "the" or "a" (found by one pass over the text, not by the pattern's look behind at
    every character, which cost `_name_before` most of its time), else the end."""
    if head[-1:].isspace():  # (the words end in white space: else only the end matches)
        for article in _THE_OR_A.finditer(head):
            words = _WORDS_TO_END.match(head, article.end())
            if words is not None:
                return words.start(), words.group()
    end = _ROLE_QUALIFIERS_BEFORE.search(head, max(0, len(head) - 1))  # ($: at the end or before a final newline)
    return end.start(), end.group()
_ROLE_ADJECTIVES = frozenset({"presidential", "party", "party's", "party’s", "parliamentary", "regional", "city", "district"})


_QUALIFYING_WORD = re.compile(r"[\w'’-]+")


def _word_spans(words: str):
    return ((m.start(), m.group()) for m in _QUALIFYING_WORD.finditer(words))


def _qualifies_a_role(word: str, start: int, blocked: SpanIndex) -> bool:
    """Whether a word before a role says whose or which it is: a party's name (read as an
    entity), a possessive, or an adjective of office."""
    return blocked.overlaps(start, start + len(word)) or word.endswith(("'s", "’s")) or word.lower() in _ROLE_ADJECTIVES
