"""English verbs written once as a lemma in cues.yaml (`=tour`) and read in the present and the past."""
import pytest

from saylau.extract.english import english_verb_forms


@pytest.mark.parametrize(
    "base, forms",
    [
        ("tour", {"tours", "toured"}),
        ("chat", {"chats", "chatted"}),  # one short vowel: the consonant doubles
        ("visit", {"visits", "visited"}),  # two syllables: it does not
        ("canvass", {"canvasses", "canvassed"}),
        ("rally", {"rallies", "rallied"}),
        ("greet", {"greets", "greeted"}),
        ("arrive", {"arrives", "arrived"}),
    ],
)
def test_regular_forms_of_a_verb(base, forms):
    assert english_verb_forms(base) == forms


@pytest.mark.parametrize(
    "text",
    [
        "Ak Zhol candidate Azat Peruashev tours the villages of Karaganda region this week.",
        "Amanat's candidates toured the villages of Zhambyl region.",
        "Ak Zhol campaigns in Atyrau this week.",
    ],
)
def test_a_tour_is_read_in_the_present_as_in_the_past(events_of, text):
    assert [e["event_type"] for e in events_of(text)] == ["campaign_tour"]


def test_discussions_held_with_a_group_meet_it(events_of):
    assert [e["event_type"] for e in events_of("NSDP candidates held discussions with teachers in Oral.")] == ["voter_meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "Baitak chairman Azamatkhan Amirtay streamed live on Facebook, answering voters' questions.",
        "The NSDP held a Zoom call with its regional branches.",  # a branch meeting by video link
    ],
)
def test_streams_and_calls_are_online(events_of, text):
    assert [e["event_type"] for e in events_of(text)] == ["online"]


def test_campaigns_as_a_noun_is_no_activity(events_of):
    assert events_of("Election campaigns in Kazakhstan have become livelier.") == []


@pytest.mark.parametrize(
    "text",
    ["Amanat candidates chatted with shoppers at the Taraz bazaar.", "Ak Zhol conducted outreach among young voters in Almaty."],
)
def test_chatting_and_outreach_meet_people(events_of, text):
    assert [e["event_type"] for e in events_of(text)] == ["voter_meeting"]



def test_an_adverb_inside_a_verb_phrase_leaves_its_meaning(events_of):
    """"Citizens were also received" reads as "citizens were received" (cues.yaml
    inserted_adverbs: an adverb between an auxiliary and the word after it)."""
    events = events_of("Citizens were also received by Amanat candidates in Taraz that day.")
    assert [(e["event_type"], e["parties"]) for e in events] == [("voter_meeting", ["AMANAT"])]
