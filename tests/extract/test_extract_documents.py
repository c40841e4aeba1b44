"""What a document around a paragraph changes: its day of publication and its title."""
from __future__ import annotations

from datetime import date

import pytest

from saylau.extract import extract_events
from saylau.model import Document


def _events(res, text: str, lang: str, published: date | None = None, title: str | None = None):
    doc = Document(id="d", text=text, lang=lang, published=published, title=title)
    return [e.to_dict() for e in extract_events(doc, res, gate=False)]


# The verbs are in the past: only the day tells that the congress is still to come. (A
# congress "convened" is always still to come in Russian and Kazakh, test_codebook.py; these
# words say it was held, and only the day can tell otherwise.)
CONGRESS_DATED = {
    "en": "The Respublica party has called its extraordinary congress in Astana for February 6, 2023.",
    "ru": "Партия «Респаблика» провела внеочередной съезд в Астане 6 февраля 2023 года.",
    "kk": "«Respublica» партиясы кезектен тыс съезін Астанада 2023 жылғы 6 ақпанда өткізді.",
}


@pytest.mark.parametrize("lang", sorted(CONGRESS_DATED))
def test_an_activity_dated_after_publication_is_a_plan(res, lang):
    assert _events(res, CONGRESS_DATED[lang], lang, published=date(2023, 2, 2)) == []


@pytest.mark.parametrize("lang", sorted(CONGRESS_DATED))
def test_the_same_words_published_after_that_day_report_an_event(res, lang):
    found = _events(res, CONGRESS_DATED[lang], lang, published=date(2023, 2, 7))
    assert [(e["event_type"], e["parties"]) for e in found] == [("other", ["RESPUBLICA"])]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Ahead of the March 19 parliamentary elections, Auyl candidates met voters in Kostanay."),
        ("ru", "Кандидаты партии «Ауыл» встретились с избирателями Костаная перед выборами депутатов Мажилиса 19 марта."),
        ("kk", "«Ауыл» партиясының кандидаттары 19 наурыздағы Мәжіліс сайлауына дейін Қостанай тұрғындарымен кездесті."),
        # the election's day in a relative clause ("the elections, which will be held on …")
        ("en", "Auyl candidates met voters in Kostanay and spoke of the elections, which will be held on March 19."),
        ("ru", "Кандидаты партии «Ауыл» встретились с избирателями Костаная и рассказали о выборах, которые пройдут 19 марта."),
        # the day the campaign ends is no day of the activity either
        ("en", "Auyl candidates met voters in Kostanay and spoke of the campaign that culminates on March 18."),
        ("ru", "Кандидаты партии «Ауыл» встретились с избирателями Костаная и рассказали о кампании, которая завершится 18 марта."),
    ],
)
def test_the_date_of_the_election_does_not_make_an_activity_a_plan(res, lang, text):
    found = _events(res, text, lang, published=date(2023, 3, 10))
    assert [e["parties"] for e in found] == [["AUYL"]]


def test_without_a_day_of_publication_a_date_decides_nothing(res):
    assert _events(res, CONGRESS_DATED["ru"], "ru")


def test_a_person_a_sentence_opens_with_campaigns_in_a_report_about_candidates(res):
    text = "Мейрам Кажыкен приехал в Жамбылскую область. Там он встретился со студентами колледжа."
    titled = _events(res, text, "ru", title="Кандидаты в президенты завершают предвыборную кампанию")
    assert [(e["event_type"], e["regions"], e["audience"]) for e in titled] == [("voter_meeting", ["KZ-31"], ["students"])]
    # the same paragraph with no title about campaigners: nobody is known to campaign
    assert _events(res, text, "ru", title="Новости региона") == []


def test_the_debate_events_of_a_paragraph_merge_into_one_joint_debate():
    """Drafts read apart (a debater per sentence) give one debate with all their parties,
    actors and evidence (codebook 2: a joint debate is one event); other events stay."""
    from saylau.extract.pipeline import _one_debate
    from saylau.model import Actor, Event, Span

    peruashev = Event("d", 1, parties=("AQ_JOL",), event_type="debate", actors=(Actor("Азат Перуашев", None, "AQ_JOL"),),
                      evidence={"parties": (Span(10, 16),)})
    bektayev = Event("d", 1, parties=("AUYL",), event_type="debate", actors=(Actor("Әли Бектаев", None, "AUYL"),),
                     evidence={"parties": (Span(60, 66),)})
    meeting = Event("d", 1, parties=("AUYL",), event_type="voter_meeting")
    merged = _one_debate([peruashev, meeting, bektayev])
    assert [(e.event_type, e.parties) for e in merged] == [("debate", ("AQ_JOL", "AUYL")), ("voter_meeting", ("AUYL",))]
    assert [a.name for a in merged[0].actors] == ["Азат Перуашев", "Әли Бектаев"]
    assert merged[0].evidence["parties"] == (Span(10, 16), Span(60, 66))


def test_a_debate_broadcast_live_is_that_debate_not_an_online_event():
    """A debate and an 'online' event drawn from the same paragraph (the debate streamed, a
    debater joining by video link) are one debate (codebook 1, 2)."""
    from saylau.extract.pipeline import _one_debate
    from saylau.model import Event

    online = Event("d", 2, parties=("AUYL",), event_type="online")
    debate = Event("d", 2, parties=("AMANAT", "AQ_JOL"), event_type="debate")
    rally = Event("d", 2, parties=("NPK",), event_type="rally")
    merged = _one_debate([online, debate, rally])
    assert [(e.event_type, e.parties) for e in merged] == [("debate", ("AMANAT", "AQ_JOL", "AUYL")), ("rally", ("NPK",))]
    assert _one_debate([online, rally]) == [online, rally]  # an online event with no debate stays



# "Its representatives", «её представители», «оның өкілдері»: the party's people, the party the
# title names (codebook 1: campaign actors; the document settles the party).
ITS_PEOPLE = {
    "en": ("Amanat campaigns in Zhambyl region", "Its representatives then visited the Taraz sugar plant and talked with the workers."),
    "ru": ("«Аманат» ведёт агитацию в Жамбылской области", "Затем её представители посетили Таразский сахарный завод и пообщались с рабочими."),
    "kk": ("«Аманат» Жамбыл облысында үгіт жүргізуде", "Кейін оның өкілдері Тараз қант зауытына барып, жұмысшылармен сөйлесті."),
}


@pytest.mark.parametrize("lang", sorted(ITS_PEOPLE))
def test_its_representatives_are_the_title_party_s_people(res, lang):
    title, text = ITS_PEOPLE[lang]
    assert [(e["event_type"], e["parties"]) for e in _events(res, text, lang, title=title)] == [("labour_collective_meeting", ["AMANAT"])]


# The same groups met, in the three languages, get the same audience code (codebook 6).
GROUPS_MET = [
    ("en", "Amanat candidates met the older generation in Taraz.", "pensioners"),
    ("ru", "Кандидаты партии «Аманат» встретились с представителями старшего поколения в Таразе.", "pensioners"),
    ("kk", "«Аманат» кандидаттары Таразда аға буын өкілдерімен кездесті.", "pensioners"),
    ("ru", "Кандидаты партии «Аманат» встретились с пожилыми жителями Тараза.", "pensioners"),
    ("kk", "«Аманат» кандидаттары Таразда егде жастағы азаматтармен кездесті.", "pensioners"),
    ("en", "Amanat candidates met young voters in Taraz.", "youth"),
    ("kk", "«Аманат» кандидаттары Таразда жас сайлаушылармен кездесті.", "youth"),
    ("kk", "«Аманат» кандидаттары Таразда ауыл шаруашылығы тауар өндірушілерімен кездесті.", "farmers"),
    ("kk", "«Аманат» кандидаттары Тараз көшелерінде жүргіншілермен сөйлесті.", "population"),
    ("en", "Respublica candidates greeted commuters at the Astana railway station.", "population"),
]


@pytest.mark.parametrize("lang, text, audience", GROUPS_MET)
def test_a_group_met_has_one_code_in_every_language(res, lang, text, audience):
    assert [e["audience"] for e in _events(res, text, lang)] == [[audience]]


# In a debate report, a party's debater speaking is the debate (codebook 1), whatever the verb
# of speaking: "opened by saying", "countered", «начал с того, что».
DEBATE_TURNS = {
    "en": ("Seven parties clash in the first televised debate", [
        "The first round of televised debates among the parties running for the Mazhilis took place on Khabar on Tuesday.",
        "Amanat's Yerlan Koshanov opened by saying that the party would keep its focus on social spending.",
        "His rival from Ak Zhol, Azat Peruashev, countered that small businesses were being strangled by inspections.",
    ]),
    "ru": ("Семь партий сошлись в первых теледебатах", [
        "Первый тур теледебатов партий, идущих в Мажилис, прошёл во вторник на «Хабаре».",
        "Ерлан Кошанов («Аманат») начал с того, что партия сохранит упор на социальные расходы.",
        "Его оппонент от «Ак жола» Азат Перуашев возразил, что малый бизнес душат проверки.",
    ]),
    "kk": ("Жеті партия алғашқы теледебатта бақ сынады", [
        "Мәжіліске түсетін партиялардың теледебатының бірінші туры сейсенбі күні «Хабар» арнасында өтті.",
        "«Аманат» өкілі Ерлан Қошанов партия әлеуметтік шығындарға басымдық беруді жалғастыратынын айтып, сөзін бастады.",
        "Оның қарсыласы, «Ақ жол» өкілі Азат Перуашев шағын бизнесті тексерістер тұншықтырып отырғанын айтып, қарсы шықты.",
    ]),
}


@pytest.mark.parametrize("lang", sorted(DEBATE_TURNS))
def test_every_debater_s_turn_is_the_debate(res, lang):
    title, paragraphs = DEBATE_TURNS[lang]
    found = [(e["paragraph"], e["event_type"], e["parties"]) for e in _events(res, "\n".join(paragraphs), lang, title=title)]
    assert found == [(0, "debate", []), (1, "debate", ["AMANAT"]), (2, "debate", ["AQ_JOL"])]


# Answering the questions of the people present meets them: a programme presented and questions
# answered is a meeting, not a tour (codebook 5: a presentation with a single audience).
ANSWERED = {
    "en": "Amanat candidates presented their election programmes in Taraz and took questions.",
    "ru": "Кандидаты «Аманата» представили в Таразе свои предвыборные программы и ответили на вопросы пришедших.",
    "kk": "«Аманат» кандидаттары Таразда сайлауалды бағдарламаларын таныстырып, келгендердің сұрақтарына жауап берді.",
}


@pytest.mark.parametrize("lang", sorted(ANSWERED))
def test_questions_answered_make_a_presentation_a_meeting(res, lang):
    assert [e["event_type"] for e in _events(res, ANSWERED[lang], lang)] == ["voter_meeting"]
