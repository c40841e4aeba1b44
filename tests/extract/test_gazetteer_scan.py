"""The gazetteer's scan: where a key counts as found in a paragraph.

Whole-word keys are spelt in the automaton with the space after them (so that they are not
met inside longer words at all), prefix keys ("meet*") without it; these tests hold the
boundaries that spelling must keep."""
from saylau.extract.gazetteer import Entry, Gazetteer


def found(gazetteer: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(text[h.start : h.end], h.value) for h in gazetteer.scan(text)]


def test_a_whole_word_key_is_found_at_either_end_and_before_punctuation_but_not_inside_a_word():
    gazetteer = Gazetteer([("met", Entry("event_weak", "voter_meeting"))])
    assert found(gazetteer, "met voters, then met.") == [("met", "voter_meeting"), ("met", "voter_meeting")]
    assert found(gazetteer, "Met") == [("Met", "voter_meeting")]
    assert found(gazetteer, "the meters were read; metal; unmet") == []


def test_a_prefix_key_reaches_to_the_end_of_its_word():
    gazetteer = Gazetteer([("meet*", Entry("event_weak", "voter_meeting"))])
    assert found(gazetteer, "Meetings and a meet.") == [("Meetings", "voter_meeting"), ("meet", "voter_meeting")]
    assert found(gazetteer, "ameeting") == []


def test_a_key_with_punctuation_or_several_words_is_found_where_the_text_spells_it():
    gazetteer = Gazetteer([
        ("ltd.", Entry("legal_form", "ltd")),
        ("party list", Entry("list_type", "party_list")),
    ])
    assert found(gazetteer, "Alem Ltd. approved the party list") == [("Ltd.", "ltd"), ("party list", "party_list")]
    assert found(gazetteer, "Alem Ltd approved the party lists") == []


def test_keys_of_one_spelling_and_of_several_kinds_are_each_found():
    gazetteer = Gazetteer([
        ("amanat", Entry("party", "AMANAT")),
        ("«amanat»", Entry("party", "AMANAT_QUOTED")),
        ("amanat", Entry("cue", "word")),
    ])
    assert sorted(found(gazetteer, "«Amanat» and Amanat")) == sorted([
        ("«Amanat»", "AMANAT_QUOTED"), ("Amanat", "AMANAT"), ("Amanat", "word"), ("Amanat", "AMANAT"), ("Amanat", "word"),
    ])


def test_a_key_that_opens_with_an_english_clitic_is_found_inside_the_word_before_it():
    gazetteer = Gazetteer([
        ("'s program*", Entry("topic", "party_program")),
        ("'ll", Entry("future", "future")),
        ("'amanat'", Entry("party", "AMANAT")),
    ])
    assert found(gazetteer, "They discussed Tugel's programme; we'll see.") == [
        ("'s programme", "party_program"), ("'ll", "future"),
    ]
    # the clitic's own spelling is checked: a bare "s" or a word ending in -s is not it
    assert found(gazetteer, "the s programme; Tugels programme; tell") == []
    # a quotation mark that opens a quoted name is still a word start, not a clitic
    assert found(gazetteer, "the 'Amanat' party; x'amanat'") == [("'Amanat'", "AMANAT")]


def test_a_key_with_a_gap_reads_past_a_comma_after_its_words():
    """A clause set off by commas may follow a word of the key: «Плакаты, призывающие
    голосовать, появились» holds «плакат* … появил*». (A key without a gap stays whole.)"""
    gazetteer = Gazetteer([
        ("плакат* … появил*", Entry("event_strong", "campaign_tour")),
        ("party list", Entry("list_type", "party_list")),
    ])
    assert found(gazetteer, "Плакаты, призывающие голосовать, появились утром") == [("Плакаты, призывающие голосовать, появились", "campaign_tour")]
    assert found(gazetteer, "the party, list") == []
