"""Places: regions from full names, stems with a region word, lists, settlements."""
import pytest


def test_list_of_regions_closed_by_plural_region_word(one_event):
    event = one_event("The NSDP campaigned in the Akmola, Kostanay and Pavlodar regions.")
    assert event["regions"] == ["KZ-11", "KZ-39", "KZ-55"]
    assert event["settlements"] == []


def test_republican_cities_in_a_list_of_regions_stay_cities(one_event):
    event = one_event("AMANAT candidates campaigned in Astana, Almaty, Abai, Zhetysu regions.")
    assert event["regions"] == ["KZ-71", "KZ-75", "KZ-10", "KZ-33"]
    assert event["settlements"] == ["Astana", "Almaty"]


def test_almaty_alone_before_regions_is_the_almaty_region(one_event):
    event = one_event("Aq Jol candidates campaigned in the Almaty and Zhambyl regions.")
    assert event["regions"] == ["KZ-19", "KZ-31"]
    assert event["settlements"] == []


def test_settlement_implies_its_region(one_event):
    event = one_event("Candidates of the Auyl party met with voters in Kokshetau.")
    assert event["regions"] == ["KZ-11"]
    assert event["settlements"] == ["Kokshetau"]


def test_old_names_resolve_to_the_current_settlement(one_event):
    event = one_event("Baitak party members met residents of Kapchagay and Ust-Kamenogorsk.")
    assert event["settlements"] == ["Konayev", "Oskemen"]
    assert event["regions"] == ["KZ-19", "KZ-63"]


def test_region_stem_with_regional_names_the_region_not_the_city(one_event):
    event = one_event("The coordinator of the Atyrau regional headquarters of AMANAT met with farmers.")
    assert event["regions"] == ["KZ-23"]
    assert event["settlements"] == []


def test_bare_city_name_that_is_also_a_region_stem_is_the_city(one_event):
    event = one_event("The People's Party held a meeting with voters in Pavlodar.")
    assert event["settlements"] == ["Pavlodar"]
    assert event["regions"] == ["KZ-55"]


def test_headquarters_without_a_named_place_has_no_region(one_event):
    event = one_event("Journalists visited the republican election headquarters of AMANAT.")
    assert event["regions"] == []
    assert event["settlements"] == []


def test_evidence_spans_point_at_the_place_names(one_event):
    text = "Respublica held a rally in Shymkent."
    event = one_event(text)
    [[start, end]] = event["evidence"]["regions"]
    assert text[start:end] == "Shymkent"


def test_names_before_districts_are_not_settlements(one_event):
    event = one_event("Auyl candidates toured the villages of the Zhalagash and Syrdarya districts of the Kyzylorda region.")
    assert event["settlements"] == []
    assert event["regions"] == ["KZ-43"]


def test_a_place_on_the_way_is_not_the_venue(one_event):
    event = one_event("AMANAT candidates met miners in Zhezkazgan, who asked about the road to Karaganda.")
    assert event["settlements"] == ["Zhezkazgan"]


def test_regional_body_names_its_region_but_no_settlement(one_event):
    event = one_event("An AMANAT candidate met with the staff of the Karaganda Regional Clinical Hospital.")
    assert event["regions"] == ["KZ-35"]
    assert event["settlements"] == []


def test_a_dateline_is_the_newsroom_not_the_venue(one_event):
    event = one_event("ASTANA. KAZINFORM – Candidates of the Auyl party met with farmers in Kostanay region.")
    assert event["regions"] == ["KZ-39"]
    assert event["settlements"] == []


def test_a_known_district_places_the_event_in_its_region(one_event):
    event = one_event("Candidates of the Auyl party met farmers of the Zerendi district.")
    assert event["regions"] == ["KZ-11"]
    assert event["settlements"] == []


def test_a_district_name_shared_by_several_regions_gives_no_region(one_event):
    event = one_event("Candidates of the Auyl party met farmers of the Zhambyl district.")
    assert event["regions"] == []


def test_a_place_name_before_a_surname_is_a_first_name(one_event):
    event = one_event("Together with governor Umirzak Shukeyev, Nur Otan's Bauyrzhan Baibek met residents of Turkistan.")
    assert event["regions"] == ["KZ-61"]


@pytest.mark.parametrize(
    "text, region",
    [
        ("Candidates of the Auyl party met residents of Merki district.", "KZ-31"),  # Меркі, Merke
        ("Candidates of the Auyl party met residents of Yeskeldi district.", "KZ-33"),  # Ескелді, Eskeldi
        ("Candidates of the Auyl party met residents of Zhangaly district.", "KZ-27"),  # Жаңақала, Zhangala
        ("Candidates of the Auyl party met residents of Maysky district.", "KZ-55"),  # Майский, May
    ],
)
def test_english_spellings_of_districts_taken_from_their_kazakh_or_russian_names(one_event, text, region):
    """English reports spell a district after its Kazakh or Russian name ("Merki" from «Меркі»),
    not only as the gazetteer's name; each spelling names the district and so its region."""
    assert one_event(text)["regions"] == [region]
