"""English verbs written once as a lemma in cues.yaml (`=tour`) and read in every form."""
import pytest

from saylau.extract.english import english_verb_forms


@pytest.mark.parametrize(
    "base, forms",
    [
        ("tour", {"tour", "tours", "toured", "touring"}),
        ("chat", {"chat", "chats", "chatted", "chatting"}),  # one short vowel: the consonant doubles
        ("visit", {"visit", "visits", "visited", "visiting"}),  # two syllables: it does not
        ("canvass", {"canvass", "canvasses", "canvassed", "canvassing"}),
        ("rally", {"rally", "rallies", "rallied", "rallying"}),
        ("greet", {"greet", "greets", "greeted", "greeting"}),
        ("arrive", {"arrive", "arrives", "arrived", "arriving"}),
    ],
)
def test_regular_forms_of_a_verb(base, forms):
    assert english_verb_forms(base) == forms


@pytest.mark.parametrize(
    "text",
    [
        "Ak Zhol candidate Azat Peruashev tours the villages of Karaganda region this week.",
        "Amanat's candidates toured the villages of Zhambyl region.",
    ],
)
def test_a_tour_is_read_in_the_present_as_in_the_past(events_of, text):
    assert [e["event_type"] for e in events_of(text)] == ["campaign_tour"]
