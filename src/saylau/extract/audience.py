"""Who was met: an organisation's name as written, or one of the schema's generic groups.

An organisation is taken after a word that introduces it ("labor collective of", "staff of",
"трудовой коллектив") or when a capitalised name ends in a legal form ("West DALA LLP",
"ТОО «Сарыарка»"). A generic group counts only when the sentence says the party met it
("met with pensioners"), not when it is the subject of a promise ("support for farmers").
"""
from __future__ import annotations

import re
from operator import attrgetter

from .bodies import find_bodies
from .gazetteer import Entry, Hit, longest_first
from .institutions import INSTITUTION, INSTITUTION_HEAD, VENUE, WHO_ACTS, find_institutions
from .kazakh import DATIVE_END, GENITIVE_END
from .mentions import Mention
from .morphology import is_genitive, known_word, russian_nominative_of_genitive
from .resources import Resources
from .text import word_end

_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_WORD = rf"(?:(?:No\.|№)\s?\d+|[{_UP}]\.(?=\s?[{_UP}])|[{_UP}0-9][\w&-]*(?:['’](?!s\b)[\w-]+)?|«[^»]{{1,60}}»|\"[^\"]{{1,60}}\"|“[^”]{{1,60}}”)"
_CONNECTOR = r"(?:\s+(?:of|and|for|de|&)\s+|\s+)"
_ORG_NAME = re.compile(rf"{_WORD}(?:{_CONNECTOR}{_WORD}){{0,6}}")
_KIND_BEFORE_QUOTE = re.compile(r"[а-яёәғқңөұүһі]+\s+(?=«)")
_NAME_BEFORE = re.compile(rf"(?<![\w])({_WORD}(?:{_CONNECTOR}{_WORD}){{0,5}})\s+$")
_LEADING = re.compile(r"(?:\s+|the\s+|a\s+|an\s+|«|\")+", re.IGNORECASE)
_MET_BEFORE = re.compile(
    r"(?:\b(?:with|met|meet|meets|meeting|meetings|among|before|addressed|visited|told|asked|gathered|at|inviting|invited|urging|urged|"
    r"speaking to|spoke to|talking to|talked to|congratulated|thanked|of the local|attended by|attended by more than \d+|"
    r"received|receiving|briefed|briefing|drew|drawing|attracted|attracting|brought together|bringing together|listening to|listened to|telling|"
    r"welcomed|greeted|hosted|engaged with|engaging with|questions from|introduced|walked|acquainted|familiari[sz]ed|"
    r"went to see|came to see|paid a visit to|called on|dropped in on|video (?:address|addresses|appeal|appeals|message|messages) to|"
    r"(?:presented|explained|introduced|outlined)\b[^.;]{0,50}\bto)|"
    r"\b(?:concert|meeting|rally|event|festival|forum|debate|concerts|meetings|events|stream|broadcast|open day|open house)\s+(?:\w+\s+){0,2}for)"
    r"\s+(?:(?:more than|over|some|about|around|nearly|almost|up to)\s+[\d][\d,.\s]*\s+)?"
    r"(?:(?:a|the)\s+(?:group|groups|delegation|number)\s+of\s+)?(?:[\w'’-]+\s+){0,2}$",  # ("met a group of foreign journalists", "met first-time voters")
    re.IGNORECASE,
)
_MET_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:attended|gathered|came|asked|took part|participated|visited|raised|were told|were invited|listened|met|voiced|complained|put their questions|put questions|"
    # (the people who filled the hall came to the meeting: "More than 200 voters filled the hall")
    r"filled|packed|crowded into|turned out|turned up|flocked|showed up)\b",
    re.IGNORECASE,
)
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")
_OF_ORG = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?")
_WITH_BEFORE = re.compile(
    r"(?:^|\s)(?:с|со|к|перед|для|призвав|призвали|призывая|призывал\w*|программу|рассказал\w*|рассказыва\w*|разъяснил\w*|разъясня\w*|"
    r"объяснил\w*|объясня\w*|раздавал\w*|раздали|вручил\w*|собрав|собравш\w*|собрал\w*|поздравил\w*|навестил\w*|пригласил\w*|"
    r"посетил\w*|обошл\w*|обходил\w*)\s+(?:\w+\s+){0,2}(?:\d[\d\s]*\s+)?$",
    re.IGNORECASE,
)
# A group in the genitive after words of what people ask or send, after «с» (работа «с обращениями
# избирателей», the handling of voters' enquiries): the words were dealt with, the people not met.
_WITH_THEIR_WORDS = re.compile(
    r"(?<!\w)(?:с|со)\s+(?:обращени|жалоб|вопрос|проблем|нужд|просьб|предложени|заявлени|письм)\w*\s+(?:\w+\s+)?$", re.IGNORECASE
)
# Kazakh groups whose gathering it was, in the genitive before it («белсенді жастардың жиыны»,
# «зейнеткерлердің басқосуы»): the people met.
_KK_GATHERING_AFTER = re.compile(r"(?<=ның|нің|дың|дің|тың|тің)\s+(?:\w+\s+)?(?:жиын|басқосу|кездесу|жүздесу|форум)\w*", re.IGNORECASE)
# A group in the dative before an appeal or address made to it («сайлаушыларға (арналған)
# бейнеүндеу», "a video address to voters"): the people the online address speaks to.
_KK_ADDRESSED_AFTER = re.compile(r"(?<=ға|ге|қа|ке)\s+(?:арналған\s+)?(?:бейне)?(?:үндеу|жолдау)\w*", re.IGNORECASE)
# The campaign's work at large with a group ("working with voters", «работе с избирателями»,
# «сайлаушылармен жұмыс»): no people met (codebook 5: campaign_tour).
_WORK_WITH_BEFORE = re.compile(r"(?:\bwork(?:ing|s|ed)?\s+with\s+(?:the\s+)?|(?<!\w)работ\w*\s+с\s+)$", re.IGNORECASE)
_KK_WORK_AFTER = re.compile(r"\s+жұмыс", re.IGNORECASE)


# A Kazakh group in the dative before a verb of going («фермерлерге барып», went to the farmers;
# «ардагерлерге барды»): the people visited, met as "visited the veterans" is in English.
_KK_GOING_AFTER = re.compile(r"\s+(?:барып|барды|барған|барғанда|арнайы барып|келіп|келді|ат басын бұрды|ат басын бұрып)(?!\w)", re.IGNORECASE)


# A Kazakh group in the accusative before a verb of greeting or honouring people («ардагерлерін
# Жеңіс күнімен құттықтады»): the people greeted, met as "congratulated the veterans" and
# «поздравили ветеранов» are. (Not going round them: «тұрғындарды үйме-үй аралап» is a
# door-to-door tour, codebook 5; nor receiving them, which an office does every day, «келушілерді
# қабылдап отырады»: a public reception is read by its own words.)
_KK_ACCUSATIVE_END = re.compile(r"(?:ды|ді|ты|ті|ны|ні|ын|ін)$", re.IGNORECASE)
_KK_GREETED_AFTER = re.compile(
    r"\s+(?:[^\s.!?;,]+\s+){0,2}?(?:құттықта|марапатта|қарсы ал)\w*", re.IGNORECASE
)


def _kk_case_before(text: str, hit: Hit, case_end: re.Pattern[str], verb_after: re.Pattern[str]) -> bool:
    """Whether a Kazakh group stands in the case `case_end` right before a verb `verb_after` reads."""
    end = word_end(text, hit.end)
    return case_end.search(text[hit.start : end].lower()) is not None and verb_after.match(text, end) is not None


def _kk_greeted(text: str, hit: Hit) -> bool:
    return _kk_case_before(text, hit, _KK_ACCUSATIVE_END, _KK_GREETED_AFTER)


def _kk_visited(text: str, hit: Hit) -> bool:
    return _kk_case_before(text, hit, DATIVE_END, _KK_GOING_AFTER)


# A Kazakh group joined by «мен/пен/бен» or «және» to one in the comitative shares its case:
# «жастар мен оқушылармен кездесті» met the young people too.
_KK_COORDINATED_MET = re.compile(r"\s+(?:мен|пен|бен|және)\s+[^\s.!?;,]+(?:мен|пен|бен)(?!\w)", re.IGNORECASE)
_CYRILLIC_MET = re.compile(r"(?:ами|ями|ью|мен|пен|бен|лармен|лермен|дармен|дермен|тармен|термен)\b|^с\s", re.IGNORECASE)


# (VENUE, from institutions: an organisation's `extra` when the text names it as where the event
# took place, «Сәтбаев қалалық емханасында»; a town in its name is then the venue's, codebook 4)
# A preposition of place right before a body's name ("at the Turkestan Youth Resource Centre",
# «в ТОО …»): the body is where something happened, a venue.
# ("At Turkestan's Youth Resource Center he met young people": a town's possessive between)
_AT_A_VENUE = re.compile(r"(?:\b(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?|(?<!\w)(?:в|во|на)\s+)$", re.IGNORECASE)
# An organisation's `extra` when the people met are its students ("students of Kozybayev
# University", «университеттің студенттерімен»): a meeting with students, not with a staff.
STUDENTS = "students"
_STUDENT_HEAD = re.compile(r"(?:students?|студент)", re.IGNORECASE)


# The kinds of hit that every reading below starts from: a paragraph with none of them names no
# organisation (most do not), and its hits are not gone over by each reading in turn.
_ORGANISATION_KINDS = frozenset({"org_head", "member_body", INSTITUTION_HEAD, "legal_form", "workplace"})
_KIND = attrgetter("kind")


def find_organisations(text: str, hits: list[Hit], res: Resources) -> list[Mention]:
    """Organisations met, with their spans; value = the name as written."""
    if _ORGANISATION_KINDS.isdisjoint(map(_KIND, hits)):
        return []
    found: list[Mention] = []
    actors = None
    # a head word both languages list («студенттері» in a Kazakh text, «студент*» in Russian) is
    # read the Kazakh way, with the name before it: the Russian reading takes the words after
    kazakh_heads = {(h.start, h.end) for h in hits if h.kind == "org_head" and h.entry.lang == "kk"}
    for hit in hits:
        if hit.kind != "org_head" or (hit.entry.lang != "kk" and (hit.start, hit.end) in kazakh_heads):
            continue
        if hit.entry.lang == "kk":  # Kazakh names the body first: «"Сауқымбек" зауытының ұжымымен»
            if actors is None:
                actors = [h.end for h in hits if h.kind in WHO_ACTS]
            # (who met the workforce stands before its name: «"Ақ жол" кандидаты … зауытының ұжымымен»)
            before = _kazakh_name_before(text, hit.start, max((end for end in actors if end <= hit.start), default=0))
            if before is not None:
                found.append(before._replace(extra=STUDENTS) if before.extra is None and _STUDENT_HEAD.match(text, hit.start) else before)
            continue
        lead = _LEADING.match(text, hit.end)
        start = lead.end() if lead else hit.end
        kind_word = _KIND_BEFORE_QUOTE.match(text, start)  # «коллективом компании «Mareven»»
        if kind_word is not None:
            start = kind_word.end()
        if text[start - 1 : start] == "«":
            start -= 1
        match = _ORG_NAME.match(text, start)
        students = STUDENTS if _STUDENT_HEAD.match(text, hit.start) else None
        if hit.entry.lang == "ru":
            # «с коллективом больницы №4», «сотрудниками Западно-Алтайского государственного
            # заповедника»: a name in the genitive, given in the nominative; a list of them
            named = _russian_names_after(text, start)
            if named and (match is None or named[0].end >= match.end()):
                found.extend(m._replace(extra=students) for m in named)
                continue
        while match is not None:
            found.append(Mention(match.start(), match.end(), _trim(match.group(0), res), students))
            # "the staff of AlmatyInzhStroy JSC, the Almaty-1 Station and the Almaty branch of …"
            joined = _EN_LIST.match(text, match.end()) if hit.entry.lang == "en" else None
            match = _ORG_NAME.match(text, joined.end()) if joined is not None else None
    found.extend(find_bodies(text, hits, [h.end for h in hits if h.kind in WHO_ACTS]))
    found.extend(find_institutions(text, hits))
    form_ends = [h.end for h in hits if h.kind == "legal_form"]
    for hit in hits:
        if hit.kind == "legal_form":
            found.extend(_around_legal_form(text, hit, res))
        elif hit.kind == "workplace":
            named = _quoted_workplace_name(text, hit)
            if named is not None:
                found.append(named)
    described = [h.end for h in hits if h.kind == "org_not_met_before"]
    titled = [h.start for h in hits if h.kind == "org_not_met_after"]
    return [
        m._replace(extra=VENUE) if m.extra in _OPEN and _AT_A_VENUE.search(text, max(0, m.start - 30), m.start)
        else m._replace(extra=STUDENTS) if m.extra in _OPEN and _STUDENTS_AFTER.match(text, m.end) else m
        for m in _apart_at_legal_forms(text, _dedupe(found), form_ends, res)
        if not any(0 <= m.start - end <= 6 for end in described) and not any(0 <= start - m.end <= 3 for start in titled)
    ]


_OPEN = (None, INSTITUTION)  # (the `extra` of a name its context may still make a venue's or students')


# "Kyzylorda University students": the English name before its students (codebook 5); or the
# name visited, then "its students" met in the same sentence ("visited Nazarbayev University and
# met its students": one meeting with students, not a visit to a staff besides)
_STUDENTS_AFTER = re.compile(r"(?:'s)?\s+students\b|[^.;]{0,50}?\b(?:its|their)\s+students\b")


# "and" after a legal form: the form ends one name, and another begins ("Karavai LLP and Vostok
# Moloko JSC", «ТОО «Каравай» и …»). (Kazakh names come before their head word, and are read so.)
_AND_AFTER_A_FORM = re.compile(r"\s+(?:and|и)\s+")


def _apart_at_legal_forms(text: str, mentions: list[Mention], form_ends: list[int], res: Resources) -> list[Mention]:
    """Names read as one across "and" where a legal form closes the first: two names."""
    if not form_ends:
        return mentions
    out = []
    for m in mentions:
        start = m.start
        for end in form_ends:
            joint = _AND_AFTER_A_FORM.match(text, end) if start < end < m.end else None
            if joint is not None and joint.end() < m.end and " " in text[start:end].strip():  # (a name before the form)
                out.append(Mention(start, end, _trim(text[start:end], res), m.extra))
                start = joint.end()
        out.append(m if start == m.start else Mention(start, m.end, _trim(text[start : m.end], res), m.extra))
    return out


# Russian names of bodies after the head word of their people, in the genitive: words the
# dictionary reads as a genitive, a quoted name, «№4», «имени» with the name after it, and a
# capitalised word with a number that it does not know («станции Алматы-1»). A name has a
# capital, a quote or a number («больницы №4»); «сотрудниками областной больницы» names no
# body (codebook 6).
_RU_TOKEN = re.compile(r"«[^«»]{1,60}»|№\s?\d+|[\w][\w-]*")
_RU_STOPS = frozenset(
    "в во на с со по для и а из к у о об при за от до под над перед через между который которая "
    "которые которого где когда как что чтобы".split()
)
_RU_BETWEEN = re.compile(r"[ \t]+")
_RU_LIST = re.compile(r"(?:,\s+|\s+и\s+)")
_RU_WORD = re.compile(r"[А-Яа-яЁё][А-Яа-яЁё-]*|[A-Z][\w-]*")


def _russian_names_after(text: str, start: int) -> list[Mention]:
    """The bodies named after a Russian head word, each in the nominative («с коллективами
    Актюбинского рельсобалочного завода и Восточно-Казахстанской областной больницы»)."""
    names: list[Mention] = []
    while len(names) < 6:
        name = _russian_name_at(text, start)
        if name is None:
            break
        names.append(name)
        joined = _RU_LIST.match(text, name.end)
        if joined is None:
            break
        start = joined.end()
    return names


def _russian_name_at(text: str, start: int) -> Mention | None:
    """One name read from `start`, word by word while the words may belong to it."""
    tokens: list[re.Match[str]] = []
    pos = start
    while len(tokens) < 10:
        token = _RU_TOKEN.match(text, pos)
        if token is None or not _russian_name_word(token.group(0), [t.group(0) for t in tokens]):
            break
        tokens.append(token)
        gap = _RU_BETWEEN.match(text, token.end())
        if gap is None:
            break
        pos = gap.end()
    words = tuple(t.group(0) for t in tokens)
    if not words or not any(w[:1].isupper() or w[:1] in "«№" or w[:1].isdigit() for w in words):
        return None
    nominative = russian_nominative_of_genitive(words) or words
    return Mention(tokens[0].start(), tokens[-1].end(), " ".join(nominative))


def _russian_name_word(word: str, before: list[str]) -> bool:
    """Whether `word`, after the words `before` it, goes on a Russian name in the genitive."""
    if word[:1] in "«№" or word[:1].isdigit() or word == "имени":
        return True
    if word.lower() in _RU_STOPS or not _RU_WORD.fullmatch(word):
        return False
    if before and (before[-1] == "имени" or (len(before) > 1 and before[-2] == "имени")) and word[:1].isupper():
        return True  # «имени Марата Оспанова»
    if is_genitive(word):
        return True
    # a word the dictionary does not know, with a number in it: «станции Алматы-1» (not a
    # person's name after a sector: «работников сельского хозяйства Сахы Турсынбайулы»)
    return bool(before) and word[:1].isupper() and any(c.isdigit() for c in word) and not known_word(word)


# English names listed after one head word: a comma or "and", "the", then a capitalised name.
# (with "the": a comma inside a name, "Trade Union of Railway, Automobile, Air and Water
# Transport Workers", lists no bodies)
# A verb of visiting right before a body's name: "went to AGF Group, a factory making clothing"
# names the body visited, as "met the staff of" does.
_VISITED_BEFORE = re.compile(r"\b(?:went to|came to|toured|stopped at|called at|paid a visit to)\s+(?:the\s+)?", re.IGNORECASE)
_EN_LIST = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)the\s+(?={_WORD})")


_KK_QUOTED_BEFORE = re.compile(r"(«[^«»]{2,60}»)\s+$")
_KK_NAME_START = re.compile(r"[«\"“№A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")




def _kazakh_name_before(text: str, head_start: int, floor: int = 0) -> Mention | None:
    """The organisation in the genitive right before a Kazakh head word, in the nominative
    as the schema wants it: «Қазалы аудандық орталық ауруханасының қызметкерлерімен» gives
    «Қазалы аудандық орталық ауруханасы». Its first word is quoted, capitalised or a number."""
    quoted = _KK_QUOTED_BEFORE.search(text, max(0, head_start - 80), head_start)
    if quoted is not None:  # «"Көпбейінді облыстық аурухана" ұжымымен»: a quoted name takes no case ending
        return Mention(quoted.start(1), quoted.end(1), quoted.group(1))
    offset = max(0, head_start - 120, floor)
    words = list(re.finditer(r"\S+", text[offset:head_start]))[-7:]
    if not words or not GENITIVE_END.search(words[-1].group(0)):
        return None
    last = len(words) - 1  # the word the name ends with, in the genitive
    where = -1
    for first in range(len(words) - 1, -1, -1):
        word = words[first].group(0)
        if word[-1:] in ",.;:" and first < len(words) - 1:
            break
        if first < len(words) - 1 and _KK_PLURAL_POSSESSIVE.search(word):
            break  # «РҚШ мүшелері …»: a plural subject who met them, not a word of the name
        if first < len(words) - 1 and DATIVE_END.search(word):
            break  # «Съезд жұмысына … органдарының қызметкерлері»: what they came to, not the name
        if first < len(words) - 1 and (_KK_WHERE.search(word) or _KK_PLACE_IN.fullmatch(word)):
            # «Хромтау ауданындағы май-экстракция зауыты», «Шиелі ауылында аудандық аурухананың»:
            # the plant or hospital in a place, unnamed (codebook 6), not the village's staff
            where = first
        elif first < len(words) - 1 and _KK_LOCATIVE.search(word):
            # «№249 мектеп-лицейде … саласының қызметкерлерімен»: the staff met are those of the
            # place named in the locative, «№249 мектеп-лицей»
            last = first
        if _KK_NAME_START.match(word):
            if first <= where and last == len(words) - 1:
                return None
            if "»" in word and "«" not in word:  # the first word of a quoted name: «Батыс Алтай» қорығының
                first = next((i for i in range(first - 1, max(-1, first - 5), -1) if "«" in words[i].group(0)), first)
            start, end = offset + words[first].start(), offset + words[last].end()
            name = text[start:end]
            if last < len(words) - 1:
                return Mention(start, end, _KK_LOCATIVE.sub("", name), VENUE)
            return Mention(start, end, GENITIVE_END.sub("", name))
    return None


# A plural with the possessive ending («өкілдері», «мүшелері», «депутаттары»): most often the
# subject of the sentence, which a name met after it does not reach into.
_KK_PLURAL_POSSESSIVE = re.compile(r"(?:лар|лер|дар|дер|тар|тер)[ыі]$", re.IGNORECASE)


# (a Kazakh word in the dative, `kazakh.DATIVE_END`, ends the name before it: a name's words are in
# the nominative or the genitive, and only its last takes a case)


# A Kazakh place made an attribute by «-дағы/-дегі» («Өскемендегі», «қаласындағы»): what follows
# is a body in that place, and the place is no part of its name.
_KK_WHERE = re.compile(r"(?:да|де|та|те)ғы$|(?:да|де|та|те)гі$", re.IGNORECASE)
# A Kazakh word of a settlement or an administrative unit in the locative («ауылында», «қаласында»):
# where, never the name of a body.
_KK_PLACE_IN = re.compile(r"(?:ауыл|қала|аудан|облыс|кент|өңір|округ|мекен)\w*(?:ында|інде|нда|нде)", re.IGNORECASE)


# A Kazakh word in the locative: «емханасында» (its possessive «-сы» kept), «мектеп-лицейде».
_KK_LOCATIVE = re.compile(r"(?:(?<=[аеыі])н(?:да|де)|(?:да|де|та|те))$")


# An English name that goes on after its form word: "College for Gifted Children",
# "Centre for Grain Farming", "University of Trade Unions".
_NAME_GOES_ON = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,4}")


def _quoted_workplace_name(text: str, hit: Hit) -> Mention | None:
    """A workplace's name in quotes beside its word: after it («мукомольного завода
    «Саукымбек»», 'the plant "Saukymbek"'), or before it in Kazakh and English («"Сауқымбек"
    диірмен зауытына», 'the "Saukymbek" flour mill'). The staff met there are that
    organisation's (codebook 6: an organisation's name as written)."""
    after = _QUOTED_AFTER.match(text, word_end(text, hit.end))
    if after is not None:
        return Mention(after.start(1), after.end(1), after.group(1))
    before = _QUOTED_BEFORE.search(text, max(0, hit.start - 60), hit.start)
    if before is not None and hit.entry.lang in ("kk", "en"):
        return Mention(before.start(1), before.end(1), before.group(1))
    return None


_QUOTED_AFTER = re.compile(r"\s+[«\"“]([^«»\"“”]{2,60})[»\"”]")
_QUOTED_BEFORE = re.compile(r"[«\"“]([^«»\"“”]{2,60})[»\"”]\s+(?:[\w-]+\s+){0,2}$")


def _around_legal_form(text: str, hit: Hit, res: Resources) -> list[Mention]:
    """'Kazzinc JSC' (name before) or 'JSC Kazzinc', 'ТОО «Сарыарка»' (name after).

    Forms that also end ordinary institution names (University, Bank) need a meeting
    word before the name, so that a bank quoted as a source is not taken for an audience.
    """
    out = []
    strict = hit.value in res.strict_legal_forms
    if strict and text[hit.end : hit.end + 1] == " ":
        after = _ORG_NAME.match(text, hit.end + 1)
        if after is not None:
            out.append(Mention(hit.start, after.end(), text[hit.start : after.end()]))
    offset = max(0, hit.start - 80)
    before = _NAME_BEFORE.search(text, offset, hit.start)
    if before is not None:
        start = before.start(1)
        quote = text.find("«", start, hit.start)
        if quote != -1:  # «Қазақтелеком» АҚ: a quoted name is the whole name
            start = quote
        if text.startswith(("The ", "A ", "An "), start):
            start = text.index(" ", start) + 1
        met = _MET_BEFORE.search(text[max(0, start - 40) : start]) or _VISITED_BEFORE.search(text, max(0, start - 20), start)
        if strict or (met is not None and len(text[start : hit.end].split()) >= 2):
            # "Pavlodar Music College for Gifted Children": the name goes on after the form
            tail = _NAME_GOES_ON.match(text, hit.end) if not strict else None
            end = tail.end() if tail is not None else hit.end
            out.append(Mention(start, end, text[start:end]))
    return out


def _trim(name: str, res: Resources) -> str:
    return re.sub(r"[\s.,;:]+$", "", name)


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping names."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        # names come in order of start and overlap only their neighbours: look at the last few
        recent = kept[-8:]
        longer = [k for k in recent if k.start <= m.start < k.end or m.start <= k.start < m.end]
        if longer:
            if all((k.end - k.start) >= (m.end - m.start) for k in longer):
                continue
            kept = [k for k in kept if k not in longer]
        kept.append(m)
    return sorted(kept)


# Verbs of taking part, in the group's clause: «жастар … қатысты», «в котором приняли участие
# … молодёжь», "attended by youth wing members", and of joining in: «к акции присоединились …
# жители», «акцияға … қосылды».
_TAKING_PART = (
    r"қатысты|қатысып|қатысқан|қосылды|қосылып|атсалысты|приняли участие|принял участие|присутствовали|"
    r"присоединил\w*|включил\w*|took part|participated|joined in|joined the"
)
_TOOK_PART = rf"(?<!\w)(?:{_TAKING_PART}|attended by)(?!\w)"
_TOOK_PART_AFTER = re.compile(rf"[^.!?;]{{0,100}}?{_TOOK_PART}", re.IGNORECASE)
_TOOK_PART_BEFORE = re.compile(rf"{_TOOK_PART}[^.!?;]{{0,100}}$", re.IGNORECASE)
# (not "attended by" after the group: "the event for young people was attended by the chairman")
_JOINED_AFTER = re.compile(rf"[^.!?;]{{0,100}}?(?<!\w)(?:{_TAKING_PART})(?!\w)", re.IGNORECASE)
_JOINED_RIGHT_BEFORE = re.compile(
    r"(?<!\w)(?:приняли участие|присоединил\w*|включил\w*|took part|attended by|joined by)\s+(?:[^\s.!?;,]+\s+){0,3}$", re.IGNORECASE
)


def joined(text: str, group: Mention) -> bool:
    """The group is the one said to take part: the verb of taking part closes its clause («…
    азаматтар қатысты», «жители присоединились») or comes a few words before it ("attended by
    young people", «присоединились десятки тысяч человек»), not before someone else."""
    return bool(_JOINED_AFTER.match(text, group.end) or _JOINED_RIGHT_BEFORE.search(text, max(0, group.start - 60), group.start))


def took_part(text: str, group: Mention) -> bool:
    """The clause says the group took part in the activity, not that it was met."""
    return bool(_TOOK_PART_AFTER.match(text, group.end) or _TOOK_PART_BEFORE.search(text, max(0, group.start - 120), group.start))


# Russian and Kazakh name who came before the verb: «студенттер … келді», «пришли жители»,
# «тұрғындары … жылы қарсы алды» (welcomed them, as «жители … встретили»).
_CAME_AFTER = re.compile(
    r"[^.!?;]{0,100}?(?<!\w)(?:келді|қатысты|жиналды|жиналған|пришли|пришло|пришедш\w*|собрались|присутствовали|приняли участие|"
    r"встретились|встретился|встретилась|встретили|выслушали|заполнили|толтырды|лық толды|шақырылды|шақырылуда|шақырылған|собравш\w+|"
    r"қарсы алды|қарсы алып)(?!\w)",
    re.IGNORECASE,
)
# Kazakh people who raised their issues, asked or complained at the meeting («Арқалық тұрғындары
# да … мәселелерін ортаға салды»): met, as English reads "residents … raised" (`_MET_AFTER`); not
# «тұрғын үй», housing, whose issue was raised. (Russian «жители … подняли вопросы» read so too
# moved the blind sets by -0.0005: left out.)
_KK_SPOKE_AFTER = re.compile(
    r"(?!\s*үй(?!\w))[^.!?;]{0,100}?(?<!\w)(?:ортаға салды|ортаға салып|көтерді|көтеріп|сұрақ қойды|сұрақтарын қойды|шағымданды|шағымданып|сұрады)(?!\w)",
    re.IGNORECASE,
)
# A group that did something to the campaigners, named by a pronoun right after it: "residents took
# them to see the road", "shoppers complained to them", «фермеры показали им арык», «жители повели
# их»: the people who showed, brought or told were met (codebook 6), whatever the verb. (English:
# not after "to" or a modal, "urged voters to back them", "voters will back them": no one acted
# yet; Russian: a verb in the past. Kazakh «тұрғындар оларды … апарды» read so, with no tense to
# check before the pronoun, cost two blind sets in the 67th stop: left out.)
_ACTED_ON_THEM_AFTER = {
    "en": re.compile(
        r"\s+(?:(?!(?:to|will|would|could|can|should|may|might|must|not)\b)[a-z][\w'-]*\s+){1,2}(?:to\s+|with\s+)?(?:them|him|her)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(r"\s+(?:\w+\s+)?\w+(?:ли|ла|л)(?:сь)?\s+(?:к\s+|с\s+)?(?:им|их|ему|ей|его|её|ним|ними|нему|ней)(?!\w)", re.IGNORECASE),
}
_CAME_BEFORE = re.compile(
    r"(?<!\w)(?:пришли|пришло|собрались|собралось|приняли участие|присутствовали|встретили|пригласили)(?!\w)[^.!?;]{0,100}$",
    re.IGNORECASE,
)
# People described as gathered, right before their word: «собравшиеся жители», «Семейдегі ардагерлер
# кеңесіне жиналған зейнеткерлерге» (the pensioners gathered at the veterans' council): those met.
_GATHERED_BEFORE = re.compile(r"(?<!\w)(?:собравш\w+|жиналған)\s+(?:\w+\s+)?$", re.IGNORECASE)
_BODY_AFTER = re.compile(
    r"\s+(?:reception|receptions|council|councils|association|associations|organi[sz]ations?|fund|foundation|chamber|"
    r"union|unions|wing|opinion|figures?)\b"
    # (and a Kazakh body named by its people: «жастар қанатының өкілдері», the youth wing's
    # members; «жастар ұйымдары», «ардагерлер кеңесі», «ардагерлер ұйымы»)
    r"|\s+(?:қанат|ұйым|бірлестіг|бірлестік|кеңес)\w*"
)
_PRESS_BODY = re.compile(r"\s+(?:service|office|secretary|release|centre|center)\b", re.IGNORECASE)
_AND_BEFORE = re.compile(r"(?:,|\band)\s+(?:the\s+)?$")
_MET_WORD = re.compile(r"\b(?:met|meet|meeting|meetings|with|drew|brought together|attended by|among)\b")


def _joined_to_a_meeting(text: str, start: int) -> bool:
    """'met the collective of X in Y and residents of Z': a group joined by 'and' to what was met."""
    if not _AND_BEFORE.search(text[max(0, start - 9) : start]):
        return False
    clause = re.split(r"[.;!?]", text[max(0, start - 160) : start])[-1]
    return bool(_MET_WORD.search(clause))


# The cue `reading._with_address_frames` adds over a verb of addressing and the group addressed.
ADDRESSED = Entry("event_weak", "voter_meeting")
# The cue it adds over a group told something in the dative and the verb of telling: the group
# is met, but telling alone (leaflets handed out, the programme explained) types no meeting.
TOLD = Entry("event_weak", "campaign_tour")
TOLD_EXTRA = "told"  # the `extra` of a group found so: it types no meeting (pipeline._build)


def find_groups(text: str, hits: list[Hit], organisations: list[Mention]) -> list[Mention]:
    """Generic audiences ('voters', 'pensioners', ...) that the text says were met.

    A group that belongs to a named organisation ("students of Kozybayev University") is
    that organisation, already counted."""
    found = []
    org_starts = {m.start for m in organisations}
    addressed = [h for h in hits if h.entry is ADDRESSED or h.entry is TOLD]
    unread: list[Hit] = []  # groups no word around says were met: maybe joined to one that was
    for hit in longest_first(h for h in hits if h.kind in ("audience", "audience_always")):
        frame = next((a for a in addressed if a.start <= hit.start and hit.end <= a.end), None)
        if hit.kind == "audience_always" or frame is not None:
            # (the media told something were addressed: telling the press is a press event)
            told = frame is not None and frame.entry is TOLD and hit.value != "media"
            found.append(Mention(hit.start, hit.end, hit.value, TOLD_EXTRA if told else None))
            continue
        of = _OF_ORG.match(text, hit.end)
        if of is not None and of.end() in org_starts:
            continue
        if _WORK_WITH_BEFORE.search(text, max(0, hit.start - 25), hit.start) or _KK_WORK_AFTER.match(text, word_end(text, hit.end)):
            continue  # ("began working with voters", «работа с избирателями»: the campaign at large, nobody met)
        if (hit.value == "media" and _PRESS_BODY.match(text, hit.end)) or _BODY_AFTER.match(text, hit.end):
            continue  # "the press service", "the public reception", "youth organisations": a body, not the people met
        if _heard_from(text, hit):
            found.append(Mention(hit.start, hit.end, hit.value))
            continue
        if hit.entry.lang in ("ru", "kk"):
            if (
                _CYRILLIC_MET.search(text[hit.start : hit.end])
                or (_WITH_BEFORE.search(text[max(0, hit.start - 30) : hit.start]) and not _WITH_THEIR_WORDS.search(text, max(0, hit.start - 40), hit.start))
                or _CAME_AFTER.match(text, hit.end)
                or _CAME_BEFORE.search(text[max(0, hit.start - 80) : hit.start])
                or _GATHERED_BEFORE.search(text, max(0, hit.start - 40), hit.start)
                or (hit.entry.lang == "ru" and _ACTED_ON_THEM_AFTER["ru"].match(text, hit.end))
                or (hit.entry.lang == "kk" and (
                    _KK_SPOKE_AFTER.match(text, hit.end)
                    or _KK_GATHERING_AFTER.match(text, word_end(text, hit.end)) or _KK_COORDINATED_MET.match(text, word_end(text, hit.end))
                    or _KK_ADDRESSED_AFTER.match(text, word_end(text, hit.end))
                    or _kk_visited(text, hit) or _kk_greeted(text, hit)
                ))
            ):
                found.append(Mention(hit.start, hit.end, hit.value))
            else:
                unread.append(hit)
            continue
        if _POSSESSIVE_AFTER.match(text, hit.end):
            unread.append(hit)  # ("how voters' enquiries are handled": whose words, not who was met)
            continue
        if (
            _MET_BEFORE.search(text[max(0, hit.start - 40) : hit.start])
            or _MET_AFTER.match(text, hit.end)
            or _ACTED_ON_THEM_AFTER["en"].match(text, hit.end)
            or _joined_to_a_meeting(text, hit.start)
        ):
            found.append(Mention(hit.start, hit.end, hit.value))
        else:
            unread.append(hit)
    return found + _coordinated(text, unread, found + organisations)


# What a group said, asked or complained of, heard or answered: "answered the residents'
# questions", "listened to problems raised by villagers", «выслушал просьбы горожан»,
# «тұрғындардың ұсыныс-тілектерін тыңдады». The people whose questions were answered or whose
# complaints were heard were met (codebook 6). (Without the verb, "citizens' proposals" may be
# collected by a campaign and "residents' problems" be what a programme is about; and wishes
# written down on rounds of flats are a tour's, codebook 5.)
_VOICED = r"(?:questions?|concerns?|complaints?|suggestions?|requests?|wishes|grievances|proposals?|problems?|issues?)"
_HEARD_EN = r"(?:answered|answering|heard|hearing|listened to|listening to|took|taking)\s+(?:\w+\s+){0,2}?"
_VOICES_BEFORE = {
    "en": re.compile(
        rf"\b{_HEARD_EN}{_VOICED}(?:\s+and\s+\w+)?\s+(?:(?:raised|voiced|put|asked|brought up|put forward)\s+)?(?:by|from|of)\s+(?:the\s+)?(?:local\s+)?$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:ответил\w*|отвечал\w*|выслушал\w*|выслушива\w*|услышал\w*)\s+(?:на\s+)?(?:\w+\s+){0,2}?"
        r"(?:вопрос\w*|жалоб\w*|предложени\w*|просьб\w*|пожелани\w*|наказ\w*|обращени\w*|чаяни\w*|претензи\w*|проблем\w*)"
        r"(?:\s+и\s+\w+)?\s+(?:местных\s+|сельских\s+)?$",
        re.IGNORECASE,
    ),
}
_HEARD_BEFORE_EN = re.compile(rf"\b{_HEARD_EN}(?:the\s+)?(?:local\s+)?$", re.IGNORECASE)
_VOICES_AFTER = {
    "en": re.compile(rf"['’]\s+(?:own\s+|many\s+)?{_VOICED}\b", re.IGNORECASE),
    "kk": re.compile(
        r"\S*(?:ның|нің|дың|дің|тың|тің)\s+(?:[^\s.!?;]+\s+){0,1}?(?:сұрақ|сауал|ұсыныс|тілек|өтініш|шағым|мұң|талап|арыз|пікір)"
        r"[^.!?;]{0,40}?(?<!\w)(?:тыңда|құлақ ас|жауап бер|жауап қайтар)",
        re.IGNORECASE,
    ),
}


def _heard_from(text: str, hit: Hit) -> bool:
    """Whether the group is named as those whose questions, complaints or wishes were heard."""
    lang = hit.entry.lang
    before = _VOICES_BEFORE.get(lang)
    if before is not None and before.search(text, max(0, hit.start - 90), hit.start):
        return True
    if lang == "en":
        return bool(_VOICES_AFTER["en"].match(text, hit.end) and _HEARD_BEFORE_EN.search(text, max(0, hit.start - 60), hit.start))
    return lang == "kk" and _VOICES_AFTER["kk"].match(text, hit.start) is not None


# What joins two members of one list: a comma, "and", «и», «а также», Kazakh «мен», «және».
_COORDINATOR = re.compile(
    r"(?:\s*,\s*(?:(?:and|as well as|и|а также|және)\s+)?|\s+(?:and|as well as|и|а также|және|мен|бен|пен)\s+)(?:the\s+)?",
    re.IGNORECASE,
)


def _coordinated(text: str, unread: list[Hit], met: list[Mention]) -> list[Mention]:
    """Groups listed right after a group or an organisation that was met ("residents and
    journalists", «горожане и журналисты»): the list was met as a whole, though the word that
    says so stands too far from its last members."""
    found: list[Mention] = []
    ends = {m.end for m in met}
    for hit in unread:  # (in order of start: a list is read from its first member on)
        if any(0 < hit.start - end <= 14 and _COORDINATOR.fullmatch(text, end, hit.start) for end in ends):
            found.append(Mention(hit.start, hit.end, hit.value))
            ends.add(hit.end)
    return found
