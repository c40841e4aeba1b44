"""Parties under their many names; events need a named party."""
import pytest


@pytest.mark.parametrize(
    "text, code",
    [
        ("Nur Otan activists met with voters in Taraz.", "AMANAT"),
        ("Ak Zhol candidates met with voters in Taraz.", "AQ_JOL"),
        ("The Aq Jol Democratic Party held a meeting with voters in Taraz.", "AQ_JOL"),
        ("QHP candidates met with voters in Taraz.", "NPK"),
        ("The Communist People's Party held a meeting with voters in Taraz.", "NPK"),
        ("OSDP candidates met with voters in Taraz.", "NSDP"),
        ("Candidates of the Green party Baitak met with voters in Taraz.", "BAITAK"),
        ("Republica candidates met with voters in Taraz.", "RESPUBLICA"),
        ("Otan, the party Nur Otan grew out of, held its congress in Astana.", "AMANAT"),
        ("Аманаттықтар Қостанай тұрғындарымен кездесті.", "AMANAT"),
    ],
)
def test_party_aliases(one_event, text, code):
    assert one_event(text)["parties"] == [code]


def test_abbreviation_must_be_written_in_capitals(events_of):
    assert events_of("The npk of the plant met with voters in Taraz.") == []


def test_no_event_without_a_named_party(events_of):
    text = "Representatives of the parties went to the regions to convince citizens to vote for them."
    assert events_of(text) == []


def test_two_parties_in_one_debate(one_event):
    event = one_event("Candidates of AMANAT and Ak Zhol took part in a televised debate on Khabar.")
    assert event["parties"] == ["AMANAT", "AQ_JOL"]
    assert event["event_type"] == "debate"


def test_the_kazakh_possessive_name_of_the_patriots_party_resolves(events_of):
    # «Қазақстан патриоттары партиясы» (with the possessive ending) as well as «патриоттар партиясы»
    event, = events_of("Қазақстан патриоттары партиясының съезі Алматыда өтті.")
    assert event["parties"] == ["PATRIOTS"]


@pytest.mark.parametrize(
    "text, parties",
    [
        # "village" opening a title: the text's first letter is no quotation mark
        ("Ауылда 700 жаңа медициналық нысан салынбақ", ()),
        ("«Ауыл» партиясы Таразда жиын өткізді", ("AUYL",)),
        ("Ауыл партиясы Таразда жиын өткізді", ("AUYL",)),
    ],
)
def test_an_ordinary_word_opening_a_title_is_no_party(res, text, parties):
    from saylau.extract.pipeline import title_context

    assert title_context(text, res).title_parties == parties
