"""Institutions named as visited or as where a meeting was held: the people met are theirs.

Campaigners tour hospitals, colleges and plants, and the news names the place, not its staff:
"visited the Pavlodar music college for gifted children", «обошли Казалинскую районную
центральную больницу». Codebook 6 gives such an organisation as the audience by its name as
written. A name is built around the institution's word (`cues.yaml`, `institution_heads`): in
English the words before it back to the first of a run of capitalised words ("the Sarkan
district hospital"), in Russian the adjectives agreeing with it, given in the nominative as the
schema wants a name («Казалинская районная центральная больница»), with what names it after
(«амбулатория «Кировская»», «центр … имени А. Бараева»), in Kazakh the words before it back to a
place, a quoted or numbered name or the person it is named after, its possessive kept and its case
taken off («Қазалы аудандық орталық ауруханасының» → «Қазалы аудандық орталық ауруханасы»). The
word alone, or after "a", names no institution ("a district hospital", «в районной больнице»): no
audience.

The clause must go there or meet there: a verb of visiting or a word of meeting before the
name ("met the staff of the …", "visited", «побывала в», «провёл встречу в»).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import Hit
from .kazakh import DATIVE_END, GENITIVE_END
from .mentions import Mention
from .morphology import analyzer, case_of, russian_nominative, split_hyphen
from .places import PLACE_KINDS

# An organisation's `extra` when the text names it as where the event took place («Сәтбаев
# қалалық емханасында»): a town in its name is then the venue's (codebook 4).
VENUE = "venue"
# The `extra` of an institution named as visited or met at: where the event took place, so a
# town or district in its name is the venue's ("the Sarkan district hospital", «Павлодарский
# колледж»), yet its people are the ones met, not a venue beside a group met elsewhere.
INSTITUTION = "institution"

INSTITUTION_HEAD = "institution_head"

# English: the words a name may not reach back over.
_EN_STOP = frozenset(
    "the a an of and at in to on for with from by into its their his her our this that these those local several".split()
)
_EN_TOKEN = re.compile(r"(?:No\.|№)\s?\d+|[\w'’.&-]+")
# What may stand before the name: a word of meeting or visiting, or the people of the place.
_EN_GOES_THERE = re.compile(
    r"(?:\b(?:met|meet|meets|meeting|meetings|visited|visiting|visit|toured|touring|went to|came to|called at|stopped at|"
    r"paid a visit to|walked through|walked round|walked around|held at|gathering at|gathered at|took place at|was held at|"
    r"with|at|in)"
    r"|\b(?:staff|employees|workers|workforce|personnel|patients|students|teachers|doctors|medics|pupils|collective|team)"
    r"(?:\s+(?:and|of)\s+\w+)?\s+(?:of|at))"
    r"\s+(?:the\s+)?[\"“«]?$",
    re.IGNORECASE,
)
# A quoted name before the word ('the "Baldauren" rehabilitation centre') is read as if unquoted.
_EN_QUOTES_AND_SPACE = " \t\"“”«»"
# A name in quotes, the name itself its group (English and Kazakh names alike).
_QUOTED = re.compile(r"[«\"“]([^«»\"“”]{1,60})[»\"”]")
# A number after the institution's word is its name's ("Secondary School No. 1", «школа №1»).
_NUMBER_AFTER = re.compile(r"\s+(?:No\.|№)\s?\d+")
_EN_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# "College for Gifted Children", "institution for the protection of forests and wildlife": the
# name goes on after its word up to the end of the clause, if that comes soon.
_EN_TAIL = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?[\w'’-]+(?=\s*[,.;:]|\s*$)")

# Russian: the word before the name (a preposition of place, or a verb that takes the place as
# its object) and a word of going or meeting earlier in the sentence.
_RU_BEFORE = re.compile(
    r"(?:^|\s)(?:в|во|на|посетил[аи]?|посетив|обошл[иа]|обошёл|обошел|обходил[аи]?|"
    r"(?:сотрудник|работник|коллектив|пациент|студент|персонал|преподавател|учащи|врач|медик)\w*)\s+$",
    re.IGNORECASE,
)
_RU_GOES_THERE = re.compile(
    r"(?:побыва|посети|посеща|заеха|заезжа|приеха|приезжа|прибы|обош|обход|съезди|встреч|встрети|собрал|провел|провёл|провели|"
    r"прошл|состоял|пообща|побесед|ознаком)",
    re.IGNORECASE,
)
_RU_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")
_RU_QUOTED_AFTER = re.compile(r"\s+«[^«»]{1,50}»")
_RU_NAMED_AFTER = re.compile(r"\s+имени\s+(?:[А-ЯЁA-Z]\.\s?){0,2}[А-ЯЁA-Z][\w-]+(?:\s+[А-ЯЁA-Z][\w-]+)?")
_RU_GENITIVE_WORDS = (re.compile(r"\s+[а-яё-]+"), re.compile(r"(?:\s+[а-яё-]+){2}"), re.compile(r"(?:\s+[а-яё-]+){3}"))
# «учреждение по охране лесов и животного мира», «колледж для одарённых детей»: what the body is
# for or does, after its word up to the end of the clause if that comes soon (as `_EN_TAIL`)
_RU_TAIL = re.compile(r"\s+(?:для|по)\s+(?:[а-яё-]+\s+){0,6}?[а-яё-]+(?=\s*[,.;:]|\s*$)")
_CASES = ("loct", "accs", "ablt", "gent", "datv", "nomn")

# Kazakh names the institution before its word, which takes the possessive and then the case:
# «Қазалы аудандық орталық ауруханасының», «"Балдәурен" оңалту орталығына», «№8 гимназияның».
# The name is given with the possessive kept and the case taken off.
_KK_CASE = re.compile(
    r"(?<=[ыіа-яәөүұ])(?:ның|нің|дың|дің|тың|тің|на|не|ға|ге|қа|ке|нда|нде|да|де|та|те|ндағы|ндегі|нан|нен|дан|ден|тан|тен|"
    r"мен|бен|пен|нымен|німен|ны|ні|ды|ді|ты|ті|н)$"
)
_KK_LOCATIVE = re.compile(r"(?:нда|нде|да|де|та|те)$")
_KK_WITH = re.compile(r"(?:мен|бен|пен)$")
# Words a name does not reach back over: a place made an attribute («Атырау қаласындағы»), a
# word in the genitive or the dative, a word of the sentence before its subject ends.
_KK_NOT_IN_A_NAME = re.compile(r"(?:дағы|дегі|тағы|тегі|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке)$")
_KK_NAME_START = re.compile(r"[«\"“№A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9]")
_KK_WORD = re.compile(r"\S+")
# A place in the locative («Шымкентте тігін фабрикасының»): where the body is, no word of its
# name. (Қызылорда ends so in the nominative.)
_KK_WHERE = re.compile(r"(?<!орда)(?<!Орда)(?:да|де|та|те)$")
# Hits that name who acts (a party, a role, a campaigner, a leader): a Kazakh name of the body they
# go to or meet starts after them.
WHO_ACTS = frozenset({"party", "role", "campaign_actor", "leader"})


def find_institutions(text: str, hits: list[Hit]) -> list[Mention]:
    """The institutions the text says were visited or met at, each with its span and its name."""
    heads = [h for h in hits if h.kind == INSTITUTION_HEAD]
    if not heads:
        return []
    found = []
    # (a shopping centre's people are shoppers met, cues.yaml `trading_places`; an observation
    # centre is the party's business with observers, `internal_audience`)
    not_a_staff = [h for h in hits if h.kind in ("trading_place", "internal_audience")]
    for hit in heads:
        if any(t.start <= hit.start < t.end for t in not_a_staff):
            continue
        if hit.entry.lang == "en":
            name = _english(text, hit, hits)
        elif hit.entry.lang == "ru":
            name = _russian(text, hit)
        else:
            name = _kazakh(text, hit, hits)
        if name is not None:
            found.append(name if name.extra else name._replace(extra=INSTITUTION))
    return found


_NOT_IN_A_TAIL = frozenset({"event_strong", "event_weak", "party", "campaign_actor", "role"})
# Words of doing that no name holds before its institution's word ("gave school bags").
_NOT_IN_A_NAME = frozenset({"event_strong", "event_weak", "giving_verb", "party_act", "visit_verb"})


def _english(text: str, hit: Hit, hits: list[Hit]) -> Mention | None:
    if not _word_ends(text, hit.end):
        return None
    tokens = list(_EN_TOKEN.finditer(text, max(0, hit.start - 100), hit.start))
    start, lower, capitalised = hit.start, 0, False
    verbs = {h.start for h in hits if h.kind in _NOT_IN_A_NAME}
    for token in reversed(tokens):
        if text[token.end() : start].strip(_EN_QUOTES_AND_SPACE):
            break  # punctuation between: the name has ended (not the quotes of a quoted name)
        word = token.group(0)
        if word.lower() in _EN_STOP or token.start() in verbs:
            break  # ("activists in Shymkent gave school bags": the verb ends what comes before)
        if word[:1].isupper() or word[:1] in "№" or word.startswith("No."):
            capitalised = True
        elif capitalised or lower == 4:
            break  # a lower-case word before the capitalised ones is no part of the name
        else:
            lower += 1
        start = token.start()
    if not capitalised:
        return None
    # (back to the first capitalised word: the lower-case ones before it are not the name's)
    while not (text[start].isupper() or text[start] == "№" or text.startswith("No.", start)):
        start = text.index(" ", start) + 1
    if _EN_ARTICLE_BEFORE.search(text, max(0, start - 4), start) or not _EN_GOES_THERE.search(text, max(0, start - 60), start):
        return None
    tail = _EN_TAIL.match(text, hit.end)
    if tail is not None and any(tail.start() <= h.start < tail.end() for h in hits if h.kind in _NOT_IN_A_TAIL):
        tail = None  # ("at the Kazmedia Centre for the party's congress": what it is for, no name)
    end = tail.end() if tail is not None else hit.end
    number = _NUMBER_AFTER.match(text, end)
    end = number.end() if number is not None else end
    quoted = _QUOTED.search(text, max(0, start - 1), end)
    if quoted is not None:
        return Mention(start, end, quoted.group(1))  # (a quoted name is the name: "Baldauren")
    return Mention(start, end, text[start:end])


def _word_ends(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalpha()


def _russian(text: str, hit: Hit) -> Mention | None:
    head_end = hit.end
    while head_end < len(text) and (text[head_end].isalpha() or text[head_end] == "-"):
        head_end += 1
    head = text[hit.start : head_end]
    # (the reading whose adjectives agree over the most words: «Уральского … учреждения» is a
    # genitive singular, though «учреждения» alone could be a plural)
    for case, words, start in sorted((_with_adjectives(text, hit.start, head, form) for form in _head_cases(head)), key=lambda r: -len(r[1])):
        nominative = russian_nominative(tuple(words), case)
        if nominative is None:
            continue
        end = head_end
        after = _RU_QUOTED_AFTER.match(text, end) or _NUMBER_AFTER.match(text, end)
        named_after = _RU_NAMED_AFTER.match(text, end)
        if named_after is None and after is None:
            # («центр зернового хозяйства имени А. Бараева»: a few words of its field between)
            for words_between in _RU_GENITIVE_WORDS:
                between = words_between.match(text, end)
                named_after = _RU_NAMED_AFTER.match(text, between.end()) if between is not None else None
                if named_after is not None:
                    after = named_after
                    break
        elif named_after is not None:
            after = named_after
        if after is None:
            after = _RU_TAIL.match(text, end)
            if after is not None and _holds_a_verb(after.group(0)):
                after = None  # («… для одарённых детей и заговорила о том»: the clause went on)
        named = words[0][:1].isupper() or after is not None
        if not named or not _RU_BEFORE.search(text, max(0, start - 16), start):
            return None
        sentence_start = max(text.rfind(". ", 0, start), 0)
        if not _RU_GOES_THERE.search(text, sentence_start, start):
            return None
        quoted = after is not None and text[end : after.end()].lstrip().startswith("«")
        if quoted and not words[0][:1].isupper():
            # «посетил мукомольный завод «Саукымбек»», «на городском коммунальном предприятии
            # «Өскемен Водоканал»»: the quoted name with its word, the other words of its kind
            # only describe it
            start, nominative = hit.start, nominative[-1:]
        value = " ".join(nominative)
        if after is not None:
            value += text[end : after.end()]
            end = after.end()
        return Mention(start, end, value)
    return None


def _holds_a_verb(words: str) -> bool:
    """Whether a Russian stretch holds a verb (its likeliest reading): a tail that does ends no name."""
    return any(analyzer().parse(w)[0].tag.POS in ("VERB", "INFN", "GRND", "PRTS") for w in words.lower().split())


def _with_adjectives(text: str, start: int, head: str, form: tuple[str, str]) -> tuple[str, list[str], int]:
    """The head with the adjectives before it that agree with it in this case and number."""
    case, number = form
    words = [head]
    while len(words) < 5:
        before = _RU_WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None or not _adjective_in(before.group(1), case, number):
            break
        words.insert(0, before.group(1))
        start = before.start(1)
    return case, words, start


@lru_cache(maxsize=8192)
def _head_cases(word: str) -> tuple[tuple[str, str], ...]:
    """The cases (and numbers) a noun may stand in, the likelier first: «учреждения» is a
    genitive singular or a plural, and its adjectives say which («Уральского … учреждения»)."""
    forms = {(case_of(p.tag), _number(p.tag)) for p in analyzer().parse(split_hyphen(word)[1].lower()) if p.tag.POS == "NOUN"}
    return tuple(form for case in _CASES for form in sorted(forms) if form[0] == case)


def _number(tag) -> str:
    return "plur" if "plur" in tag else "sing"


@lru_cache(maxsize=16384)
def _adjective_in(word: str, case: str, number: str) -> bool:
    last = split_hyphen(word)[1].lower()
    return any(p.tag.POS in ("ADJF", "PRTF") and case_of(p.tag) == case and _number(p.tag) == number for p in analyzer().parse(last))


def _kazakh(text: str, hit: Hit, hits: list[Hit]) -> Mention | None:
    head = _KK_WORD.match(text, hit.start)
    if head is None:
        return None
    word = head.group(0).rstrip(",.;:!?»)")
    head_end = hit.start + len(word)
    after = text[head_end : head_end + 60]
    # the clause goes there or meets its people: a verb of going after the dative, an activity
    # after the locative, its people met after the genitive, the place itself met
    going = any(h.kind == "visit_verb" and head_end <= h.start <= head_end + 25 for h in hits)
    if DATIVE_END.search(word) and not going:
        return None
    if GENITIVE_END.search(word) and not (going or any(_KK_WITH.search(w.rstrip(",.;:")) for w in after.split()[:2])):
        return None  # («ауруханасының ұжымымен»: its staff met; not «университетінің түлектерін» talked about)
    if _KK_LOCATIVE.search(word) and not any(
        h.kind in ("event_strong", "event_weak") and head_end <= h.start <= head_end + 80 for h in hits
    ):
        return None
    if not (DATIVE_END.search(word) or GENITIVE_END.search(word) or _KK_LOCATIVE.search(word) or _KK_WITH.search(word)):
        return None
    words = list(_KK_WORD.finditer(text, max(0, hit.start - 120), hit.start))[-10:]
    places = [(h.start, h.end) for h in hits if h.kind in PLACE_KINDS]
    # (who goes there, named by a party, a role or a campaigner, stands before the name:
    # «"Ақ жол" кандидаты мұнай өңдеу зауытының ұжымымен»)
    floor = max((h.end for h in hits if h.kind in WHO_ACTS and h.end <= hit.start), default=0)
    start, named = hit.start, False
    for index in range(len(words) - 1, -1, -1):
        token = words[index]
        if text[token.end() : start].strip() or token.start() < floor:
            break
        w = token.group(0)
        if w[-1:] in ",.;:" or (_KK_NOT_IN_A_NAME.search(w) and w not in ("атындағы", "жөніндегі")) or _KK_WHERE.search(w):
            break  # («А.Бараев атындағы …»: named after; «Ақтөбе қаласында музыка колледжінің»: where)
        if _KK_NAME_START.match(w):
            # Kazakh capitalises only names, but a sentence's first word and the people who act
            # stand right before the name too («Мейрам Қажыкен Батыс Қазақстан … университетінің»):
            # a capitalised word is the name's when it is quoted, numbered, a place, or the person
            # the body is named after
            follows = words[index + 1].group(0) if index + 1 < len(words) else ""
            if not (w[:1] in "«\"“№" or w[:1].isdigit() or follows == "атындағы"
                    or any(s <= token.start() < e for s, e in places)):
                break
            named = True
        elif named and w != "атындағы":
            break  # a lower-case word before the capitalised ones is no part of the name
        start = token.start()
    if not named:
        return None
    while not _KK_NAME_START.match(text, start):
        start = text.index(" ", start) + 1
    name = text[start:head_end]  # («"Шарапат" арнайы әлеуметтік қызмет көрсету орталығы»: the words between are the name's)
    # (met in it: the place where something was held, whose people the clause may name apart)
    return Mention(start, head_end, _KK_CASE.sub("", name), VENUE if _KK_LOCATIVE.search(word) else None)
