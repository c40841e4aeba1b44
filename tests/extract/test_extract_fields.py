"""Event type, audience, actors, topics, election and list types."""
from saylau.extract import extract_paragraph


def test_labour_collective_with_organisation_name(one_event):
    event = one_event("Candidates to Mazhilis from the Auyl party met with the labor collective of May JSC in the East Kazakhstan region.")
    assert event["event_type"] == "labour_collective_meeting"
    assert event["audience"] == ["May JSC"]
    assert event["election"] == "mazhilis"
    assert event["regions"] == ["KZ-63"]


def test_voter_meeting_with_generic_audience(one_event):
    event = one_event("AMANAT deputy candidates held a meeting with pensioners in Semey.")
    assert event["event_type"] == "voter_meeting"
    assert event["audience"] == ["pensioners"]


def test_a_group_that_is_only_promised_something_is_not_an_audience(one_event):
    event = one_event("At the meeting in Taraz, Auyl candidates promised more support for farmers.")
    assert "farmers" not in event["audience"]
    assert "agriculture" in event["topics"]


def test_press_conference(one_event):
    assert one_event("Ak Zhol chairman Azat Peruashev gave a press conference in Astana.")["event_type"] == "press_event"


def test_online_meeting(one_event):
    assert one_event("NSDP candidates held an online meeting with voters of Aktobe.")["event_type"] == "online"


def test_named_actor_after_role(one_event):
    event = one_event("The chairman of the party Ermukhamet Yertysbayev of the People's Party went to the Karaganda region.")
    names = [a["name"] for a in event["actors"]]
    assert "Ermukhamet Yertysbayev" in names


def test_named_actor_before_role(one_event):
    event = one_event("Aidana Sadykova, a candidate of Respublica, met with students in Kyzylorda.")
    assert [a["name"] for a in event["actors"]] == ["Aidana Sadykova"]
    assert event["actors"][0]["role"] == "candidate"
    assert event["actors"][0]["party"] == "RESPUBLICA"


def test_topics_from_cue_words(one_event):
    event = one_event("Baitak candidates met residents of Ekibastuz and discussed air pollution and the housing queue.")
    assert event["topics"] == ["ecology", "housing"]


def test_program_introducing_its_content_is_only_a_frame(one_event):
    event = one_event(
        "The leader of Aq Jol spoke to workers of Kazzinc JSC about the priorities of the party's election program: "
        "fair competition, the fight against corruption and lower utility tariffs."
    )
    assert event["topics"] == ["competition", "corruption", "energy_utilities"]


def test_presented_program_is_a_topic_beside_its_content(one_event):
    event = one_event("Baitak presented the party's environmental programme in Astana, calling for less air pollution.")
    assert event["topics"] == ["party_program", "ecology"]


def test_list_types(one_event):
    event = one_event("NSDP candidates running on both party and single-mandate lists met with voters in Oral.")
    assert event["list_types"] == ["party_list", "single_mandate"]


def test_second_actor_elsewhere_is_a_second_event(events_of):
    found = events_of(
        "Representatives of the People's Party campaigned in the Abai and Pavlodar regions. "
        "The chairman of the party Ermukhamet Yertysbayev went to the Karaganda region."
    )
    assert [e["regions"] for e in found] == [["KZ-10", "KZ-55"], ["KZ-35"]]
    assert [e["parties"] for e in found] == [["NPK"], ["NPK"]]


def test_results_paragraph_gives_no_event(events_of):
    assert events_of("According to the CEC, AMANAT won 40 seats with 53.9 percent of the votes.") == []


def test_every_evidence_span_lies_inside_the_paragraph(events_of):
    text = (
        "Nur Otan veterans and AMANAT candidates met with the staff of Kazakhmys Corporation LLP in Zhezkazgan, "
        "discussing wages, housing and the Mazhilis party lists."
    )
    for event in events_of(text):
        for spans in event["evidence"].values():
            for start, end in spans:
                assert 0 <= start < end <= len(text)
                assert text[start:end].strip() == text[start:end]


def test_extraction_is_deterministic(events_of):
    text = "AMANAT candidates met voters in Taraz and discussed water supply."
    assert events_of(text) == events_of(text)


def test_second_actor_in_a_while_clause_is_a_second_event(events_of):
    found = events_of(
        "NSDP chairman Askhat Rakhimzhanov met voters in Shymkent, while NSDP deputy chairman "
        "Yermek Ibrayev campaigned in Kentau."
    )
    assert [e["settlements"] for e in found] == [["Shymkent"], ["Kentau"]]
    assert [[a["name"] for a in e["actors"]] for e in found] == [["Askhat Rakhimzhanov"], ["Yermek Ibrayev"]]


def test_a_party_that_declined_is_not_acting(events_of):
    assert events_of("Ak Zhol and AMANAT declined to take part in a debate organised by bloggers in Almaty.") == []
    [event] = events_of("AMANAT, Auyl and Baitak took part in a debate on Khabar, while Respublica declined the invitation.")
    assert event["parties"] == ["AMANAT", "AUYL", "BAITAK"]


def test_name_after_a_long_role_phrase(one_event):
    event = one_event(
        "Ak Zhol candidate for the Almaty city maslikhat Dana Kairbekova held a meeting with residents of the Alatau district."
    )
    assert [a["name"] for a in event["actors"]] == ["Dana Kairbekova"]
    event = one_event("Auyl candidate in single-mandate district No. 17, Bakhyt Nurmagambetov, met the staff of Kazphosphate LLP in Taraz.")
    assert [a["name"] for a in event["actors"]] == ["Bakhyt Nurmagambetov"]
    assert event["audience"] == ["Kazphosphate LLP"]


def test_people_of_a_named_organisation_are_that_organisation(one_event):
    event = one_event("Respublica leader Aidarbek Khodzhanazarov met with the staff of Kozybayev University in Petropavl.")
    assert event["audience"] == ["Kozybayev University"]
    # (its students are `students`: the university only says whose they are)
    event = one_event("Respublica leader Aidarbek Khodzhanazarov met with students of Kozybayev University in Petropavl.")
    assert event["audience"] == ["students"]


def test_an_actor_named_in_one_clause_goes_with_the_place_of_the_next(events_of):
    found = events_of(
        "Respublica candidates met the collective of Kazzinc LLP in Oskemen; the party's leader, "
        "Aidarbek Khodzhanazarov, meanwhile held a meeting with entrepreneurs in Semipalatinsk."
    )
    assert [e["settlements"] for e in found] == [["Oskemen"], ["Semey"]]
    assert [a["name"] for a in found[1]["actors"]] == ["Aidarbek Khodzhanazarov"]


def test_two_towns_of_one_region_with_two_actors_are_two_events(events_of):
    found = events_of(
        "The first deputy chairman of Ak Zhol met workers in Temirtau, while the party's chairman "
        "Azat Peruashev met entrepreneurs in Karaganda."
    )
    assert [e["settlements"] for e in found] == [["Temirtau"], ["Karaganda"]]


def test_a_protest_rally_is_a_rally(one_event):
    assert one_event("Supporters of the NSDP held a protest rally in Almaty against the results.")["event_type"] == "rally"


def test_a_branch_ceremony_of_awards_and_new_members_is_an_internal_event(one_event):
    event = one_event("At the Pavlodar branch of AMANAT, new members were admitted to the party and received their party cards.")
    assert (event["event_type"], event["parties"]) == ("other", ["AMANAT"])


def test_an_activity_in_someone_s_account_is_a_statement(events_of):
    assert events_of("NSDP chairman Askhat Rakhimzhanov said the party had met voters in every region.") == []


def test_what_is_announced_at_a_congress_reports_the_congress(one_event):
    event = one_event("Ak Zhol leader Azat Peruashev announced today at the party's congress in Astana that it would run.")
    assert (event["event_type"], event["parties"]) == ("other", ["AQ_JOL"])


def test_heads_of_headquarters_giving_accounts_of_their_work_is_an_internal_event(one_event):
    event = one_event("The heads of the Nur Otan party's regional headquarters gave accounts of their work in Astana.")
    assert (event["event_type"], event["parties"]) == ("other", ["AMANAT"])


def test_a_cue_word_matches_its_own_forms_only_not_longer_words_that_begin_like_it(one_event):
    # "poll*" once read "pollution" as a word of polls (procedure), "ask*" read "Askhat" and
    # "plan*" read "plant" as words that frame the issues raised
    event = one_event("TEMIRTAU. Candidates of the Baitaq party held a meeting in Temirtau on Monday about the air "
                      "pollution from the steel plant.")
    assert event["parties"] == ["BAITAK"]
    assert event["topics"] == ["ecology"]


def test_a_topic_word_is_read_in_its_own_forms_not_in_words_that_only_begin_like_it(one_event):
    # «суд*» once read «судьба» (fate) as the courts, «семь*» read «семь» (seven) as the family,
    # «шаң*» read «шаңырақ» (a household) as dust, i.e. ecology
    ru = one_event("Кандидаты партии «Ак жол» провели в Таразе семь встреч с жителями и обсудили судьбу старого "
                   "городского парка и ремонт дорог.")
    assert ru["topics"] == ["infrastructure"]
    kk = one_event("«Ауыл» партиясының кандидаттары Тараз тұрғындарымен кездесіп, әр шаңырақтың жылу мен ауыз "
                   "суға қатысты мәселелерін талқылады.")
    assert "ecology" not in kk["topics"]


def test_an_electoral_body_is_no_audience_of_voters_and_a_working_trip_no_workforce(events_of):
    # «избирател*» once read «избирательной комиссией» (the election commission) as voters met,
    # «рабоч*» read «рабочей поездки» (a working trip) as workers met
    met = events_of("Кандидат от партии «Ак жол» Серик Омаров провёл встречу с избирательной комиссией Уральска.")
    assert all("voters" not in e["audience"] for e in met)
    trip = events_of("Кандидат партии «Ауыл» Серик Омаров в рамках рабочей поездки побывал на элеваторе в Костанае.")
    assert [e["event_type"] for e in trip] == ["campaign_tour"]


def test_kazakh_words_that_only_begin_like_a_cue_are_not_read_as_it(events_of):
    # «халық*» once read «халықаралық» (international) as the population met, «шаруа*» read
    # «ауыл шаруашылығы» (agriculture) as farmers met, «сапар*» read the surname Сапарбаев as a trip
    event, = events_of("«Ақ жол» партиясының төрағасы Азат Перуашев Астанада халықаралық байқаушылармен кездесіп, "
                       "ауыл шаруашылығы саласындағы сайлауалды бағдарламасын таныстырды.")
    assert event["audience"] == []
    named = events_of("«Ауыл» партиясының мүшесі Ержан Сапарбаев Қостанай облыстық мәслихатының депутаттығына "
                      "ұсынылды.")
    assert named == []


def test_representatives_are_not_a_programme_presented():
    # «представ*» once read «представители» (representatives) as "presented", so a congress about
    # the programme became a programme presented (party_program); a programme approved is one
    # (the 46th stop: the blind authors code it so). The rules' reading is tested: the shipped
    # topic model, where the rules read no topic, may read a congress devoted to the programme as
    # the programme (two of the thirteen development paragraphs on such congresses are so coded).
    event, = extract_paragraph("Представители областных филиалов партии «Ак жол» собрались в Астане на съезд, посвящённый "
                               "предвыборной программе партии.", "t.txt", 0, lang="en", gate=False)
    assert event.event_type == "other"
    assert "party_program" not in event.topics


def test_groups_that_met_the_candidates_or_stand_in_a_list_of_those_met_are_the_audience(one_event):
    came = one_event("Members of the public and pensioners met Auyl candidates in Taraz on Monday.")
    assert sorted(came["audience"]) == ["pensioners", "population"]
    listed = one_event("The Aq Jol meeting in Kokshetau drew teachers of local schools, townspeople and journalists.")
    assert sorted(listed["audience"]) == ["media", "population"]


def test_a_party_s_press_service_is_not_the_media_met(one_event):
    event = one_event("Auyl candidates met farmers of the Turkistan region, the party's press service reports.")
    assert event["audience"] == ["farmers"]


def test_a_youth_organisation_s_members_are_not_the_youth_audience(events_of):
    # «молодеж*» once read the adjective «молодёжных» (of youth organisations) as young people met
    members, = events_of("Кандидаты партии «Ак жол» встретились с членами молодёжных организаций Костаная.")
    assert "youth" not in members["audience"]
    young, = events_of("Кандидаты партии «Ак жол» встретились с молодёжью Костаная.")
    assert young["audience"] == ["youth"]


def test_a_quoted_kazakh_name_before_the_staff_met_is_the_audience(events_of):
    # a quoted name takes no genitive ending («"Көпбейінді облыстық аурухана" ұжымымен»), so the
    # name is the quotation itself
    event, = events_of("«AMANAT» партиясынан облыстық мәслихатқа үміткерлер «Көпбейінді облыстық аурухана» ұжымымен "
                       "кездесу өткізді.")
    assert event["audience"] == ["«Көпбейінді облыстық аурухана»"]
    assert event["event_type"] == "labour_collective_meeting"


def test_the_staff_met_are_no_topic(one_event):
    # "medical workers" are whom the candidate met, not healthcare raised (codebook 6)
    event = one_event("On October 27 the Respublica candidate was in Kokshetau, where she met medical workers and "
                      "talked about their plans.")
    assert "healthcare" not in event["topics"]


def test_an_english_issue_word_inside_a_name_is_no_topic(one_event):
    # "Railway" and "University" written with capitals inside a sentence are words of names
    event = one_event("Auyl candidates met the staff of the Trade Union of Railway Workers and of the Kostanay "
                      "Humanities University and talked about wages.")
    assert event["topics"] == ["wages"]


def test_a_body_named_by_a_group_word_is_not_that_group_met(one_event):
    # "the public reception" is an office, "youth organisations" are bodies: neither is people met
    event = one_event("Aq Jol candidates met journalists in the campaign office, the public reception and the rooms "
                      "of the party's youth organisations.")
    assert event["audience"] == ["media"]


def test_a_name_that_is_the_issue_itself_stays_a_topic(one_event):
    # "the Aral Sea crisis": the capitalised words are the issue, not part of a longer name
    event = one_event("The NSDP's candidates met residents of Aral and Kazaly and discussed the Aral Sea crisis.")
    assert event["topics"] == ["ecology"]


def test_a_university_s_students_named_before_them_are_one_meeting_with_students(events_of):
    # "Kyzylorda University students": students met, not a staff met beside them
    found = events_of("Baitak candidates met Kyzylorda University students in Kyzylorda.")
    assert [e["event_type"] for e in found] == ["voter_meeting"]
    assert "students" in found[0]["audience"]


def test_a_body_whose_word_ends_in_of_keeps_the_words_of_its_name_after_it(one_event):
    # the head "union of" is followed by what the union is of
    assert one_event("Amanat candidates met members of the Union of Veterans.")["audience"] == ["Union of Veterans"]
