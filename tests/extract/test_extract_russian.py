"""Russian news: names in every case, abbreviations, old names, roles and audiences."""
import pytest

from saylau.extract import extract_paragraph


def events(text: str) -> list[dict]:
    return [e.to_dict() for e in extract_paragraph(text, "ru.txt", 0, lang="ru")]


def one(text: str) -> dict:
    found = events(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, regions",
    [
        ("Кандидаты партии «AMANAT» встретились с избирателями в Акмолинской области.", ["KZ-11"]),
        ("Народники объехали Восточно-Казахстанскую область с агитационным туром.", ["KZ-63"]),
        ("Кандидаты ОСДП провели встречу с жителями в области Абай.", ["KZ-10"]),
        ("Кандидаты партии «Ауыл» провели встречи с фермерами в ВКО и СКО.", ["KZ-63", "KZ-59"]),
        ("Акжоловцы провели встречу с избирателями ЗКО.", ["KZ-27"]),
        ("Представители НПК провели агитационную кампанию в Акмолинской, Костанайской и Павлодарской областях.",
         ["KZ-11", "KZ-39", "KZ-55"]),
    ],
)
def test_regions_in_every_case(text, regions):
    assert one(text)["regions"] == regions


@pytest.mark.parametrize(
    "text, settlement, region",
    [
        ("Кандидаты партии «Байтак» встретились с жителями в Сатпаеве.", "Satpayev", "KZ-62"),
        ("Аманатовцы рассказали жителям Жанаозена о программе партии на встрече.", "Zhanaozen", "KZ-47"),
        ("Партия «Respublica» провела концерт в Капчагае.", "Konayev", "KZ-19"),
        ("Кандидаты ОСДП встретились с избирателями в Нур-Султане.", "Astana", "KZ-71"),
        ("Кандидаты КНПК встретились с горожанами в Усть-Каменогорске.", "Oskemen", "KZ-63"),
    ],
)
def test_settlements_in_every_case_and_old_names(text, settlement, region):
    event = one(text)
    assert event["settlements"] == [settlement]
    assert event["regions"] == [region]


@pytest.mark.parametrize(
    "text, party",
    [
        ("Представители партии «Ауыл» встретились с жителями Тараза.", "AUYL"),
        ("Кандидаты от партии «AMANAT» встретились с жителями Тараза.", "AMANAT"),
        ("Аманатовцы встретились с жителями Тараза.", "AMANAT"),
        ("Народники встретились с жителями Тараза.", "NPK"),
        ("Кандидаты ДПК «Ак жол» встретились с жителями Тараза.", "AQ_JOL"),
        ("Кандидаты «Ак жола» встретились с жителями Тараза.", "AQ_JOL"),
        ("Активисты партии «Нур Отан» встретились с жителями Тараза.", "AMANAT"),
        ("Кандидаты КНПК встретились с жителями Тараза.", "NPK"),
        ("Кандидаты ОСДП встретились с жителями Тараза.", "NSDP"),
    ],
)
def test_party_names_forms_and_abbreviations(text, party):
    assert one(text)["parties"] == [party]


def test_the_word_village_is_not_the_party_auyl():
    assert events("Жители ауыла пожаловались на плохие дороги в интервью газете.") == []


def test_chairman_in_the_genitive_is_reported_in_the_nominative():
    event = one("Встреча председателя партии Ермухамета Ертысбаева с жителями Караганды прошла в среду.")
    assert [a["name"] for a in event["actors"]] == ["Ермухамет Ертысбаев"]
    assert event["parties"] == []  # the text does not name his party (codebook 3)


def test_candidate_for_the_mazhilis_by_single_mandate_district():
    event = one(
        "Кандидат в депутаты мажилиса по одномандатному округу № 3 от партии «AMANAT» Бауыржан Оспанов "
        "встретился с жителями Астаны."
    )
    assert event["election"] == "mazhilis"
    assert event["list_types"] == ["single_mandate"]
    assert [(a["name"], a["role"]) for a in event["actors"]] == [("Бауыржан Оспанов", "candidate")]


def test_labour_collective_of_a_joint_stock_company():
    event = one(
        "Кандидаты партии «Ауыл» встретились с трудовым коллективом АО «Алюминий Казахстана» в Павлодаре "
        "и обсудили рост заработной платы."
    )
    assert event["event_type"] == "labour_collective_meeting"
    assert event["audience"] == ["АО «Алюминий Казахстана»"]
    assert event["topics"] == ["wages"]
    assert event["settlements"] == ["Pavlodar"]


def test_party_lists_for_the_maslikhat():
    event = one("Кандидаты партии «Ауыл» по партийным спискам в маслихат встретились с жителями Тараза.")
    assert event["election"] == "maslikhat"
    assert event["list_types"] == ["party_list"]


def test_residents_of_the_village_with_a_party():
    event = one("Кандидаты партии «Байтак» встретились с жителями села Сергеевка.")
    assert event["audience"] == ["population"]
    assert event["event_type"] == "voter_meeting"


def test_results_give_no_event():
    assert events("По данным ЦИК, партия «AMANAT» набрала 53,9 процента голосов и получила 40 мандатов.") == []


def test_a_district_in_the_prepositional_case():
    event = one("Кандидаты партии «Ауыл» встретились с фермерами в Зерендинском районе.")
    assert event["regions"] == ["KZ-11"]
    assert event["settlements"] == []


def test_a_district_branch_in_a_role_is_no_venue_but_the_district_members_meeting_is():
    in_role = one("Первый заместитель председателя Енбекшиказахского районного филиала партии «Nur Otan» Куат Байгоджаев "
                  "поздравил ветеранов с праздником.")
    assert in_role["regions"] == []
    acting = one("Члены Енбекшиказахского районного филиала партии «Nur Otan» встретились с жителями.")
    assert acting["regions"] == ["KZ-19"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Волонтёры благотворительного объединения стали доверенными лицами кандидата.", []),
        ("Кандидаты партии «Ауыл» провели благотворительную акцию для детей в Таразе.", ["other"]),
    ],
)
def test_charity_is_an_activity_only_as_an_action_or_event(text, expected):
    assert [e["event_type"] for e in events(text)] == expected


def test_a_protest_action_is_a_rally():
    assert one("Сторонники ОСДП провели в Алматы акцию протеста против итогов выборов.")["event_type"] == "rally"


def test_an_activity_in_someone_s_account_is_a_statement():
    assert events("Председатель ОСДП отметил, что партия провела встречи с избирателями во всех регионах.") == []


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Кандидаты партии «Ауыл» провели в Костанае брифинг для журналистов.", "press_event"),
        ("Кандидаты партии «Ауыл» встретились с жителями Костаная, сообщил журналист Ерлан Ахметов.", "voter_meeting"),
    ],
)
def test_a_press_event_needs_the_press_addressed_not_a_journalist_named(text, kind):
    assert one(text)["event_type"] == kind


def test_a_city_s_branch_as_the_venue_and_in_a_role():
    venue = one("С участниками праймериз в Шымкентском городском филиале партии «Нур Отан» встретился аким района.")
    assert venue["regions"] == ["KZ-79"]
    role = one("Председатель Алматинского городского филиала партии «Аманат» провёл встречу с избирателями.")
    assert role["regions"] == []


@pytest.mark.parametrize(
    "text, kind",
    [
        ("К памятнику легли цветы от представителей Актюбинского областного филиала Народной партии.", "other"),
        ("В Шымкенте партия «AMANAT» сформировала штаб из 86 человек.", "other"),
        ("Видеообращение председателя молодёжного крыла партии «AMANAT» выложили в соцсетях.", "online"),
    ],
)
def test_more_activities_of_a_party(text, kind):
    assert one(text)["event_type"] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Съезд партии «Нұр Отан» пройдёт 11 марта в Астане.",
        "Директор КГУ «Қоғамдық келісім» сообщил, что встреча партии «Ақ жол» с избирателями состоится в пятницу в Таразе.",
    ],
)
def test_a_kazakh_name_leaves_a_russian_paragraph_russian(text):
    # read as Kazakh (for its letters ұ, қ, ғ), the Russian future tense went unseen and the
    # plan was kept as an event
    assert events(text) == []


def test_a_kazakh_paragraph_in_a_russian_document_is_still_kazakh():
    text = "«Ақ жол» партиясының кандидаттары Таразда сайлаушылармен кездесті."
    (event,) = events(text)
    assert event["parties"] == ["AQ_JOL"] and event["event_type"] == "voter_meeting"


def test_the_republican_public_headquarters_by_its_abbreviation_campaigns():
    event = one("Члены РОШ встретились с жителями Алматинской области.")
    assert event["event_type"] == "voter_meeting" and event["regions"] == ["KZ-19"]


def test_respublica_quoted_in_any_case():
    assert one("Кандидат «Республики» встретился с жителями Костаная.")["parties"] == ["RESPUBLICA"]


@pytest.mark.parametrize(
    "text",
    [
        # a project's quoted name that begins with the party's word, beside the adjective «партийный»
        "Члены штаба провели встречу с жителями Тараза по партийным проектам «Жер аманаты» и «Ауыл аманаты».",
    ],
)
def test_a_quoted_name_beginning_with_an_ambiguous_party_word_is_not_the_party(text):
    assert one(text)["parties"] == []


def test_the_standard_of_living_in_any_case_is_a_topic():
    event = one("Кандидаты «Аманата» встретились с жителями Экибастуза и поговорили об уровне жизни населения.")
    assert event["topics"] == ["living_standards"]


def test_a_latin_party_name_before_a_cyrillic_name_is_not_the_first_name():
    event = one("Исполнительный секретарь партии Amanat Елнур Бейсенбаев встретился с жителями Караганды.")
    assert [(a["name"], a["party"]) for a in event["actors"]] == [("Елнур Бейсенбаев", "AMANAT")]


def test_a_person_s_party_is_the_one_named_in_the_person_s_own_role():
    # (not the party of the next person's role, named right after the name)
    event = one(
        "На дебатах выступили первый заместитель председателя партии «Нур Отан» Маулен Ашимбаев, председатель "
        "партии «Ак жол» Азат Перуашев и представитель партии «Ауыл» Али Бектаев."
    )
    parties = {a["name"]: a["party"] for a in event["actors"]}
    assert (parties["Маулен Ашимбаев"], parties["Азат Перуашев"], parties["Али Бектаев"]) == ("AMANAT", "AQ_JOL", "AUYL")


@pytest.mark.parametrize(
    "text, kind",
    [
        # the imperfective of a visit and of a talk, in the present: an activity under way
        ("Кандидаты партии «Байтак» посещают сёла Байзакского района.", "campaign_tour"),
        ("Агитаторы НПК ездят по сёлам Жамбылской области.", "campaign_tour"),
        ("Волонтёры партии «Ак жол» агитируют на рынках Шымкента.", "campaign_tour"),
        ("Партийцы «Аманата» приезжают в аулы Сарыагашского района.", "campaign_tour"),
        ("Кандидаты «Ауыла» разъясняют жителям Костаная положения программы партии.", "voter_meeting"),
        ("Лидер ОСДП выступает перед студентами Алматы.", "voter_meeting"),
        ("Представители партии «Ак жол» навестили пенсионеров в Кокшетау.", "voter_meeting"),
        # a verb of both aspects in the present («обходят», «презентует») is no future
        ("Кандидаты «Республики» обходят дома в Актобе.", "campaign_tour"),
        ("Народная партия презентует предвыборную программу в Караганде.", "campaign_tour"),
    ],
)
def test_a_verb_cue_is_read_in_every_tense(text, kind):
    assert one(text)["event_type"] == kind


@pytest.mark.parametrize(
    "text, kind",
    [
        # a quote opening with the speakers' verb in the present: what they are doing now
        ("– Раздаём листовки жителям Тараза, волонтёров очень много, и работы хватает всем, – говорит член партии «Байтак» Асан Беков.",
         "campaign_tour"),
        # the speakers' own talk at a meeting, told with a verb of saying
        ("«На встрече с избирателями в Талгаре мы рассказали о программе партии «Ак жол»», – отметил кандидат Асан Беков.",
         "voter_meeting"),
    ],
)
def test_quoted_words_of_the_speakers_own_activity(text, kind):
    assert one(text)["event_type"] == kind


def test_quoted_words_of_a_plan_spoken_of_are_no_activity():
    assert events("«Мы всегда говорили, что партия «Ак жол» проведёт встречу с избирателями», – отметил Асан Беков.") == []


@pytest.mark.parametrize("text", ["Завтра кандидаты «Республики» обойдут дома в Актобе.", "Кандидаты «Республики» будут обходить дома в Актобе."])
def test_the_future_of_a_verb_cue_is_a_plan(text):
    assert events(text) == []


def test_a_meeting_held_over_zoom_is_online():
    assert one("ОСДП провела совещание с региональными филиалами по Zoom.")["event_type"] == "online"


def test_explanatory_work_among_residents_is_an_activity():
    assert one("Активисты «Аманата» провели разъяснительную работу среди жителей Тараза.")["event_type"] == "voter_meeting"


def test_a_stem_cue_in_k_reaches_the_genitive_plural_with_its_vowel_back(res):
    # «свалк*» stands for «свалок», «площадк*» for «площадок» (the genitive plural's fleeting vowel)
    from saylau.extract import extract_paragraph

    text = "Кандидаты партии «Аманат» встретились с жителями Тараза, которые подняли проблему детских площадок и свалок."
    [event] = extract_paragraph(text, "t", 0, res, "ru", gate=False)
    assert {"infrastructure", "waste_management"} <= set(event.topics)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("ru", "Кандидаты Народной партии продолжили посещать сёла Костанайской области."),
        ("en", "People's Party candidates continued to tour the villages of the Kostanay region."),
    ],
)
def test_going_on_with_an_activity_is_doing_it(res, lang, text):
    # a verb cue written as a lemma also stands after a verb of continuing: «продолжили посещать»
    from saylau.extract import extract_paragraph

    [event] = extract_paragraph(text, "t", 0, res, lang, gate=False)
    assert event.event_type == "campaign_tour"


def test_a_stem_inside_a_phrase_of_plan_words_matches_every_ending():
    """A `*` ends a word stem inside a phrase as at its end (`modality.alternation`), so the
    plan words «собира* провести» and «календарн* план*» read «собирались провести» and
    «календарным планом»."""
    import re

    from saylau.extract.modality import alternation

    pattern = re.compile(rf"(?:{alternation(['собира* провести', 'календарн* план*'])})$")
    assert pattern.match("собирались провести") and pattern.match("календарным планом")
    assert not pattern.match("собрание провести")
