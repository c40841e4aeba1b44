"""Filters and statistics over the hand-counted corpus of conftest.py:

    almaty (2023-03-01)  p0 AMANAT KZ-75 voter_meeting [healthcare, education]   0.9
                         p0 AQ_JOL KZ-75 rally [corruption]                      0.4
                         p1 AMANAT+NPK KZ-75+KZ-19 press_event [healthcare]      0.7
    astana (2023-03-08)  p0 NPK KZ-71 voter_meeting [pensions, healthcare]       0.65
                         p1 AMANAT KZ-71 online []                               1.0
    debate (no date, ru) p0 RESPUBLICA (no region) debate [education]            0.3
    quiet  (2023-03-02)  no events
"""
from datetime import date

import pytest


def positions(stored_events):
    return [(s.doc_id.removesuffix(".txt"), s.event.paragraph, s.event.parties) for s in stored_events]


def test_events_come_newest_first_and_undated_last(corpus_store):
    assert positions(corpus_store.query_events()) == [
        ("astana", 0, ("NPK",)),
        ("astana", 1, ("AMANAT",)),
        ("almaty", 0, ("AMANAT",)),
        ("almaty", 0, ("AQ_JOL",)),
        ("almaty", 1, ("AMANAT", "NPK")),
        ("debate", 0, ("RESPUBLICA",)),
    ]


def test_pages_are_slices_of_the_same_order(corpus_store):
    everything = corpus_store.query_events()
    assert corpus_store.query_events(limit=2, offset=1) == everything[1:3]
    assert corpus_store.query_events(limit=10, offset=6) == []


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"party": "AMANAT"}, [("astana", 1), ("almaty", 0), ("almaty", 1)]),
        ({"region": "KZ-75"}, [("almaty", 0), ("almaty", 0), ("almaty", 1)]),
        ({"region": "KZ-19", "party": "NPK"}, [("almaty", 1)]),
        ({"event_type": "voter_meeting"}, [("astana", 0), ("almaty", 0)]),
        ({"topic": "healthcare"}, [("astana", 0), ("almaty", 0), ("almaty", 1)]),
        ({"since": date(2023, 3, 2)}, [("astana", 0), ("astana", 1)]),
        ({"until": date(2023, 3, 1)}, [("almaty", 0), ("almaty", 0), ("almaty", 1)]),
        ({"since": date(2023, 3, 1), "until": date(2023, 3, 1), "topic": "corruption"}, [("almaty", 0)]),
        ({"q": "pensioners"}, [("astana", 0)]),  # the event's paragraph, not its document
        ({"q": "VOTERS IN ALMATY"}, [("almaty", 0), ("almaty", 0)]),
        ({"q": "campaign day"}, []),  # the title is no event's paragraph
        ({"party": ["AQ_JOL", "NPK"]}, [("astana", 0), ("almaty", 0), ("almaty", 1)]),  # repeated: any of them
        ({"party": ["NPK", "AMANAT"], "region": ["KZ-19", "KZ-71"]}, [("astana", 0), ("astana", 1), ("almaty", 1)]),
        ({"event_type": ["debate", "online"]}, [("astana", 1), ("debate", 0)]),
        ({"topic": ["pensions", "corruption"], "party": "AQ_JOL"}, [("almaty", 0)]),
        ({"party": ["AMANAT"]}, [("astana", 1), ("almaty", 0), ("almaty", 1)]),
        ({"q": "ДЕБАТЫ"}, [("debate", 0)]),
        ({"q": "%"}, []),
        ({"party": "NO_SUCH_PARTY"}, []),
        ({"min_confidence": 0.7}, [("astana", 1), ("almaty", 0), ("almaty", 1)]),  # the bound is kept
        ({"min_confidence": 0.71}, [("astana", 1), ("almaty", 0)]),
        ({"min_confidence": 1}, [("astana", 1)]),
        ({"min_confidence": 0}, [("astana", 0), ("astana", 1), ("almaty", 0), ("almaty", 0), ("almaty", 1), ("debate", 0)]),
        ({"min_confidence": 0.5, "party": "NPK"}, [("astana", 0), ("almaty", 1)]),
    ],
)
def test_filters_select_exactly_the_matching_events(corpus_store, filters, expected):
    found = corpus_store.query_events(**filters)
    assert [(doc, paragraph) for doc, paragraph, _ in positions(found)] == expected
    assert corpus_store.count_events(**filters) == len(expected)


def test_iter_events_streams_every_match_in_the_listing_order(corpus_store):
    assert list(corpus_store.iter_events()) == corpus_store.query_events(limit=1000)
    assert list(corpus_store.iter_events(party=["NPK", "AQ_JOL"])) == corpus_store.query_events(party=["NPK", "AQ_JOL"])


def test_stored_events_carry_their_paragraph(corpus_store):
    assert [s.text for s in corpus_store.query_events(region="KZ-71")] == [
        "NPK met pensioners in Astana.",
        "AMANAT held an online meeting.",
    ]


def test_the_matrix_of_several_parties_has_their_rows_only(corpus_store):
    assert corpus_store.party_region_matrix(party=["AQ_JOL", "NPK"]) == {
        "AQ_JOL": {"KZ-75": 1},
        "NPK": {"KZ-19": 1, "KZ-71": 1, "KZ-75": 1},
    }


def test_events_of_one_document(corpus_store, corpus):
    astana, _ = corpus["astana"]
    assert corpus_store.count_events(content_hash=astana.content_hash) == 2


def test_the_party_region_matrix_counts_events_per_cell(corpus_store):
    assert corpus_store.party_region_matrix() == {
        "AMANAT": {"KZ-19": 1, "KZ-71": 1, "KZ-75": 2},
        "AQ_JOL": {"KZ-75": 1},
        "NPK": {"KZ-19": 1, "KZ-71": 1, "KZ-75": 1},
    }
    assert corpus_store.party_region_matrix(event_type="voter_meeting") == {
        "AMANAT": {"KZ-75": 1},
        "NPK": {"KZ-71": 1},
    }


def test_a_filtered_party_or_region_keeps_only_its_own_row_or_column(corpus_store):
    assert corpus_store.party_region_matrix(party="NPK") == {"NPK": {"KZ-19": 1, "KZ-71": 1, "KZ-75": 1}}
    assert corpus_store.party_region_matrix(region="KZ-19") == {"AMANAT": {"KZ-19": 1}, "NPK": {"KZ-19": 1}}


def test_top_topics_overall_and_for_one_party(corpus_store):
    assert corpus_store.top_topics() == [
        ("healthcare", 3),
        ("education", 2),
        ("corruption", 1),
        ("pensions", 1),
    ]
    assert corpus_store.top_topics(party="AMANAT") == [("healthcare", 2), ("education", 1)]
    assert corpus_store.top_topics(limit=1, since=date(2023, 3, 5)) == [("healthcare", 1)]


def test_event_type_counts(corpus_store):
    assert corpus_store.event_type_counts() == {
        "voter_meeting": 2,
        "debate": 1,
        "online": 1,
        "press_event": 1,
        "rally": 1,
    }
    assert corpus_store.event_type_counts(party="NPK") == {"press_event": 1, "voter_meeting": 1}


def test_the_timeline_counts_dated_events_per_week_and_party(corpus_store):
    assert corpus_store.timeline() == [
        (date(2023, 2, 27), "AMANAT", 2),
        (date(2023, 2, 27), "AQ_JOL", 1),
        (date(2023, 2, 27), "NPK", 1),
        (date(2023, 3, 6), "AMANAT", 1),
        (date(2023, 3, 6), "NPK", 1),
    ]


def test_the_timeline_by_month_and_by_day(corpus_store):
    assert corpus_store.timeline("month") == [
        (date(2023, 3, 1), "AMANAT", 3),
        (date(2023, 3, 1), "AQ_JOL", 1),
        (date(2023, 3, 1), "NPK", 2),
    ]
    assert corpus_store.timeline("day", party="NPK") == [
        (date(2023, 3, 1), "NPK", 1),
        (date(2023, 3, 8), "NPK", 1),
    ]


def test_an_unknown_interval_is_refused(corpus_store):
    with pytest.raises(ValueError, match="interval"):
        corpus_store.timeline("fortnight")


def test_the_corpus_sizes(corpus_store):
    assert (corpus_store.count_documents(), corpus_store.count_events()) == (4, 6)


def test_the_statistics_count_only_events_above_the_confidence_bound(corpus_store):
    assert corpus_store.party_region_matrix(min_confidence=0.7) == {
        "AMANAT": {"KZ-19": 1, "KZ-71": 1, "KZ-75": 2},
        "NPK": {"KZ-19": 1, "KZ-75": 1},
    }
    assert corpus_store.top_topics(min_confidence=0.7) == [("healthcare", 2), ("education", 1)]
    assert corpus_store.event_type_counts(min_confidence=0.7) == {"online": 1, "press_event": 1, "voter_meeting": 1}
    assert corpus_store.timeline("month", min_confidence=0.7) == [
        (date(2023, 3, 1), "AMANAT", 3),
        (date(2023, 3, 1), "NPK", 1),
    ]


@pytest.mark.parametrize("bound", [-0.1, 1.5, float("nan")])
def test_a_confidence_bound_outside_0_to_1_is_a_bug_of_the_caller(corpus_store, bound):
    with pytest.raises(ValueError, match="min_confidence must be between 0 and 1"):
        corpus_store.query_events(min_confidence=bound)


def test_undated_events_can_be_counted_apart(corpus_store):
    assert corpus_store.count_events(dated=False) == 1
    assert corpus_store.count_events(dated=True) == 5
    assert corpus_store.party_counts(dated=False) == {"RESPUBLICA": 1}
    assert corpus_store.party_counts() == {"AMANAT": 3, "AQ_JOL": 1, "NPK": 2, "RESPUBLICA": 1}
    assert corpus_store.party_counts(party="NPK") == {"NPK": 2}


def test_the_undated_events_a_date_bound_leaves_out(corpus_store):
    from saylau.store.queries import undated_filters

    bounded = {"since": date(2023, 3, 1), "until": date(2023, 3, 31)}
    assert corpus_store.count_events(**bounded) == 5
    assert corpus_store.count_events(**undated_filters(bounded)) == 1
    assert corpus_store.count_events(**undated_filters({**bounded, "party": "AMANAT"})) == 0


def test_the_range_of_dates(corpus_store):
    assert corpus_store.date_range() == (date(2023, 3, 1), date(2023, 3, 8))
    assert corpus_store.date_range(party="AQ_JOL") == (date(2023, 3, 1), date(2023, 3, 1))
    assert corpus_store.date_range(party="RESPUBLICA") is None


def test_an_event_keeps_its_own_day_beside_its_documents_date(store):
    from saylau.model import Document, Event

    digest = Document(id="digest.txt", text="AMANAT met voters in Almaty on 2 March.", published=date(2023, 3, 10))
    store.add_document(digest, [Event(doc_id="digest.txt", paragraph=0, parties=("AMANAT",), published=date(2023, 3, 2))], "1")
    store.add_document(
        Document(id="other.txt", text="NPK met pensioners.", published=date(2023, 3, 10)),
        [Event(doc_id="other.txt", paragraph=0, parties=("NPK",))], "1",
    )
    assert sorted((s.doc_id, s.published) for s in store.query_events()) == [
        ("digest.txt", date(2023, 3, 2)), ("other.txt", date(2023, 3, 10)),
    ]
