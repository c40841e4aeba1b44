from datetime import date

import pytest
import sqlalchemy as sa

from saylau.errors import StoreError
from saylau.model import Document
from saylau.store import open_store, sql_store

DOC = Document(
    id="a1",
    text="AMANAT met voters in Almaty.\nSecond paragraph.",
    title="Meeting",
    url="https://example.kz/a1",
    published=date(2023, 3, 5),
    lang="en",
    source="feed.xml",
)
OTHER = Document(id="b2", text="NPK met pensioners.", published=date(2023, 3, 6), lang="en")


def label_rows(store_url: str) -> dict[str, int]:
    engine = sa.create_engine(store_url)
    with engine.connect() as conn:
        counts = {
            table: conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("event_parties", "event_regions", "event_topics")
        }
    engine.dispose()
    return counts


def test_a_document_and_its_events_come_back_whole(store, rich_event):
    stored_event = rich_event(DOC)

    assert store.add_document(DOC, [stored_event], extractor_version="v1") is True

    assert store.get_document(DOC.content_hash) == DOC
    [found] = store.query_events()
    assert found.event == stored_event
    assert found.event.evidence == stored_event.evidence
    assert found.event.actors == stored_event.actors
    assert found.event.to_dict() == stored_event.to_dict()
    assert (found.content_hash, found.doc_id, found.published) == (DOC.content_hash, "a1", DOC.published)


def test_the_confidence_is_kept_in_its_own_column_as_the_payload_rounds_it(store, store_url, make_event):
    events = [make_event(DOC, 0, confidence=0.4), make_event(DOC, 1, confidence=0.123456), make_event(DOC, 1)]

    store.add_document(DOC, events, extractor_version="v1")

    engine = sa.create_engine(store_url)
    with engine.connect() as conn:
        column = conn.execute(sa.text("SELECT confidence FROM events ORDER BY paragraph, ordinal")).scalars().all()
    engine.dispose()
    assert column == [0.4, 0.123, 1.0]
    found = sorted(store.query_events(), key=lambda s: (s.event.paragraph, s.id))
    assert [s.event.confidence for s in found] == [0.4, 0.123, 1.0]


def test_replaced_events_bring_their_confidence(store, make_event):
    store.add_document(DOC, [make_event(DOC, 0, confidence=0.9)], extractor_version="v1")

    store.replace_events(DOC.content_hash, [make_event(DOC, 0, confidence=0.2)], "v2")

    assert [s.event.confidence for s in store.query_events()] == [0.2]
    assert store.count_events(min_confidence=0.5) == 0


def test_a_document_can_be_found_by_its_doc_id(store):
    store.add_document(DOC, [], extractor_version="v1")

    assert store.get_document("a1") == DOC
    assert store.get_document("missing") is None


def test_the_same_text_ingested_twice_is_one_document(store, make_event):
    events = [make_event(DOC, 0, parties=("AMANAT",)), make_event(DOC, 1, parties=("NPK",))]

    first = store.add_document(DOC, events, extractor_version="v1")
    second = store.add_document(Document(id="copy", text=DOC.text), events, extractor_version="v1")

    assert (first, second) == (True, False)
    assert (store.count_documents(), store.count_events()) == (1, 2)
    assert store.has_document(DOC.content_hash)
    assert not store.has_document(OTHER.content_hash)


def test_a_batch_reports_which_documents_were_new(store, make_event):
    store.add_document(DOC, [make_event(DOC, 0)], extractor_version="v1")
    batch = [(DOC, [make_event(DOC, 0)]), (OTHER, [make_event(OTHER, 0)]), (OTHER, [make_event(OTHER, 0)])]

    assert store.add_documents(batch, extractor_version="v1") == [False, True, False]
    assert (store.count_documents(), store.count_events()) == (2, 2)


def test_an_empty_batch_changes_nothing(store):
    assert store.add_documents([], extractor_version="v1") == []
    assert store.count_documents() == 0


def test_repeated_labels_are_counted_once(store, store_url, make_event):
    store.add_document(DOC, [make_event(DOC, 0, parties=("AMANAT", "AMANAT"))], extractor_version="v1")

    assert label_rows(store_url)["event_parties"] == 1
    assert store.party_region_matrix() == {}
    assert store.query_events(party="AMANAT")[0].event.parties == ("AMANAT", "AMANAT")


def test_an_event_the_database_rejects_leaves_no_document_behind(store, store_url, make_event):
    broken = make_event(OTHER, 0, parties=("NPK",), event_type=None)  # violates NOT NULL
    batch = [(DOC, [make_event(DOC, 0, parties=("AMANAT",))]), (OTHER, [broken])]

    with pytest.raises(sa.exc.IntegrityError):
        store.add_documents(batch, extractor_version="v1")

    assert (store.count_documents(), store.count_events()) == (0, 0)
    assert label_rows(store_url) == {"event_parties": 0, "event_regions": 0, "event_topics": 0}


def test_a_failure_after_the_document_row_rolls_it_back(store, make_event, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("extractor output could not be serialised")

    monkeypatch.setattr(sql_store, "document_event_rows", explode)

    with pytest.raises(RuntimeError):
        store.add_document(DOC, [make_event(DOC, 0)], extractor_version="v1")

    monkeypatch.undo()
    assert store.count_documents() == 0
    assert store.add_document(DOC, [make_event(DOC, 0)], extractor_version="v1") is True


def test_documents_are_iterated_in_pages(store, monkeypatch):
    monkeypatch.setattr(sql_store, "_PAGE", 2)
    docs = [Document(id=f"d{i}", text=f"text number {i}") for i in range(5)]
    store.add_documents([(doc, []) for doc in docs], extractor_version="v1")

    assert sorted(doc.id for doc in store.iter_documents()) == ["d0", "d1", "d2", "d3", "d4"]


def test_reextraction_replaces_events_of_outdated_documents(store, store_url, make_event):
    store.add_document(DOC, [make_event(DOC, 0, parties=("AMANAT",), topics=("wages",))], "v1")
    store.add_document(OTHER, [], "v1")

    assert {doc.id for doc in store.documents_needing_reextract("v1")} == set()
    outdated = list(store.documents_needing_reextract("v2"))
    assert {doc.id for doc in outdated} == {"a1", "b2"}

    for doc in outdated:
        new_events = [make_event(doc, 1, parties=("NPK",))] if doc.id == "a1" else []
        store.replace_events(doc.content_hash, new_events, "v2")

    assert list(store.documents_needing_reextract("v2")) == []
    [event] = store.query_events()
    assert (event.event.paragraph, event.event.parties) == (1, ("NPK",))
    assert store.count_events(party="AMANAT") == 0
    assert label_rows(store_url) == {"event_parties": 1, "event_regions": 0, "event_topics": 0}
    assert store.count_documents() == 2


def test_replacing_events_of_an_unknown_document_is_an_error(store):
    with pytest.raises(StoreError, match="ingest it first"):
        store.replace_events("0" * 64, [], "v2")


def test_a_reopened_store_keeps_its_data(store_url, make_event):
    with open_store(store_url) as store:
        store.add_document(DOC, [make_event(DOC, 0)], extractor_version="v1")
    with open_store(store_url) as store:
        assert (store.count_documents(), store.count_events()) == (1, 1)


def test_a_document_is_hashed_once_however_many_events_it_has(store, make_event, monkeypatch):
    """Issue 13: the hash was recomputed for every event, so storing a 4 MB document with
    thousands of events hashed 4 MB thousands of times (57 s)."""
    from saylau import model

    calls = []
    real = model.content_hash
    monkeypatch.setattr(model, "content_hash", lambda text: calls.append(len(text)) or real(text))
    doc = Document(id="long", text="AMANAT met voters.\n" * 200, lang="en")

    store.add_documents([(doc, [make_event(doc, i) for i in range(200)])], extractor_version="v1")

    assert calls == [len(doc.text)]
    assert store.count_events() == 200
