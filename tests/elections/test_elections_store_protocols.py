"""Protocols in the store: round trip, idempotent import, corrections, all-or-nothing writes."""
from dataclasses import replace

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from saylau.elections.consistency import check_protocols
from saylau.elections.protocol_csv import parse_protocols_csv
from saylau.elections.results import aggregate
from saylau.errors import StoreError
from saylau.store import open_store
from saylau.store.protocols import ProtocolImport, StoredProtocol, election_protocol_votes, election_protocols

HEADER = "ballot,region,district,precinct,registered,ballots_received,ballots_issued,ballots_cast,invalid,choice,party,votes"
ROWS = (
    "list,KZ-71,D1,P1,1000,1000,600,600,10,B,,150",  # B before A: the file's order must survive
    "list,KZ-71,D1,P1,1000,1000,600,600,10,A,,400",
    "list,KZ-71,D1,P1,1000,1000,600,600,10,against_all,,40",
    "list,KZ-71,D1,P2,500,,200,200,0,A,,100",
    "list,KZ-71,D1,P2,500,,200,200,0,B,,90",
    "list,KZ-71,D1,P2,500,,200,200,0,against_all,,10",
    "district,KZ-71,D1,P1,1000,1000,600,600,20,Ivanova,A,300",
    "district,KZ-71,D1,P1,1000,1000,600,600,20,Seitkali,,250",
    "district,KZ-71,D1,P1,1000,1000,600,600,20,against_all,,30",
    "list,KZ-75,,,700,,300,300,0,A,,300",  # a region's summary: district and precinct empty
)


def parse(*rows: str):
    return parse_protocols_csv([HEADER, *rows], "test.csv")


def dump(url: str) -> list[list[tuple]]:
    """Every row of the two protocol tables, in key order: the whole stored state."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [
                [tuple(row) for row in conn.execute(sa.select(table).order_by(*table.primary_key.columns))]
                for table in (election_protocols, election_protocol_votes)
            ]
    finally:
        engine.dispose()


def test_protocols_come_back_as_they_were_read(store_url):
    parsed = parse(*ROWS)
    with open_store(store_url) as store:
        done = store.import_protocols("mazhilis-2023", parsed, "test.csv")
        loaded = store.load_protocols("mazhilis-2023")
    assert done == ProtocolImport("mazhilis-2023", added=4, replaced=0, unchanged=0)
    assert loaded == [StoredProtocol(p, "test.csv") for p in parsed]
    assert list(loaded[0].protocol.votes) == ["B", "A"]
    assert loaded[1].protocol.ballots_received is None
    assert loaded[2].protocol.parties == {"Ivanova": "A"}
    assert loaded[3].protocol.level == "region"


def test_importing_the_same_protocols_again_changes_nothing(store_url):
    with open_store(store_url) as store:
        store.import_protocols("mazhilis-2023", parse(*ROWS), "test.csv")
        before = dump(store_url)
        again = store.import_protocols("mazhilis-2023", parse(*ROWS), "elsewhere/test.csv")
    assert again == ProtocolImport("mazhilis-2023", added=0, replaced=0, unchanged=4)
    assert dump(store_url) == before  # not even the source or the import time is touched


def test_a_corrected_protocol_replaces_the_stored_one_and_only_it(store_url):
    corrected = (
        "list,KZ-71,D1,P2,500,,200,200,0,A,,110",  # A 100 -> 110, B gone, against all 10 -> 90
        "list,KZ-71,D1,P2,500,,200,200,0,against_all,,90",
    )
    with open_store(store_url) as store:
        store.import_protocols("mazhilis-2023", parse(*ROWS), "test.csv")
        done = store.import_protocols("mazhilis-2023", parse(*corrected), "fix.csv")
        loaded = store.load_protocols("mazhilis-2023")
    assert (done.added, done.replaced, done.unchanged) == (0, 1, 0)
    p2 = next(s for s in loaded if s.protocol.precinct == "P2")
    assert (p2.source, p2.protocol.line, p2.protocol.votes, p2.protocol.against_all) == ("fix.csv", 1, {"A": 110}, 90)
    assert len(loaded) == 4
    assert aggregate([s.protocol for s in loaded], "district")[0].votes == {"B": 150, "A": 510}


def test_new_protocols_are_added_next_to_the_stored_ones(store_url):
    with open_store(store_url) as store:
        store.import_protocols("mazhilis-2023", parse(*ROWS[:6]), "list.csv")
        done = store.import_protocols("mazhilis-2023", parse(*ROWS), "all.csv")
        sources = [(s.source, s.protocol.label) for s in store.load_protocols("mazhilis-2023")]
    assert (done.added, done.replaced, done.unchanged) == (2, 0, 2)
    assert sources == [
        ("all.csv", "district protocol of KZ-71/D1/P1"),
        ("all.csv", "list protocol of KZ-75"),
        ("list.csv", "list protocol of KZ-71/D1/P1"),
        ("list.csv", "list protocol of KZ-71/D1/P2"),
    ]


def test_elections_are_kept_apart(store_url):
    with open_store(store_url) as store:
        store.import_protocols("mazhilis-2023", parse(*ROWS), "a.csv")
        store.import_protocols("mazhilis-2021", parse(*ROWS[:3]), "b.csv")
        assert store.protocol_elections() == {"mazhilis-2021": 1, "mazhilis-2023": 4}
        assert [s.protocol.label for s in store.load_protocols("mazhilis-2021")] == ["list protocol of KZ-71/D1/P1"]
        assert store.load_protocols("maslikhat-2023") == []


def test_stored_protocols_give_the_same_findings_as_the_file(store_url):
    bad = (
        "list,KZ-71,D1,P1,100,,120,120,0,A,,120",  # turnout over 100 %
        "list,KZ-71,D1,P2,100,,50,50,0,A,,30",  # the lines of P2 disagree on registered
        "list,KZ-71,D1,P2,101,,50,50,0,B,,20",
    )
    parsed = parse(*bad)
    with open_store(store_url) as store:
        store.import_protocols("mazhilis-2023", parsed, "bad.csv")
        loaded = [s.protocol for s in store.load_protocols("mazhilis-2023")]
    assert [(f.kind, f.protocol, f.line) for f in check_protocols(loaded)] == [
        ("turnout_over_100", "list protocol of KZ-71/D1/P1", 1),
        ("header_conflict", "list protocol of KZ-71/D1/P2", 2),
    ]
    assert check_protocols(loaded) == check_protocols(parsed)


def test_a_failed_import_leaves_nothing_behind(store_url):
    good, huge = parse(*ROWS[:6])
    huge = replace(huge, votes={"A": 2**70})  # no database column holds this
    with open_store(store_url) as store:
        with pytest.raises((SQLAlchemyError, OverflowError)):
            store.import_protocols("mazhilis-2023", [good, huge], "test.csv")
        assert store.load_protocols("mazhilis-2023") == []


def test_a_protocol_given_twice_in_one_import_is_refused(store_url):
    (p,) = parse(*ROWS[:3])
    with open_store(store_url) as store:
        with pytest.raises(StoreError, match="test.csv: the list protocol of KZ-71/D1/P1 appears twice"):
            store.import_protocols("mazhilis-2023", [p, replace(p, registered=999)], "test.csv")
        assert store.load_protocols("mazhilis-2023") == []
