"""The API's events in every export format, by format= or Accept, streamed whole; repeated
filters are any-of; q is the event's own paragraph (issue 10, item 4)."""
from __future__ import annotations

import csv
import io

import pytest


def get(client, headers=None, **params):
    response = client.get("/api/v1/events", params=params, headers=headers or {})
    assert response.status_code == 200, response.text
    return response


def test_csv_by_format_has_every_event_and_a_file_name(client):
    response = get(client, format="csv")
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"] == 'attachment; filename="saylau-events.csv"'
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 6
    assert rows[0]["doc_id"] == "ru.txt" and rows[0]["text"] == "Партия AMANAT провела встречу с избирателями в Костанае."


def test_every_event_not_a_page_of_fifty(client, store):
    from saylau.model import Document, Event

    doc = Document(id="many.txt", text="\n".join(f"Rally {i}." for i in range(120)), lang="en")
    store.add_document(doc, [Event(doc_id=doc.id, paragraph=i, parties=("NPK",)) for i in range(120)], "test")
    lines = get(client, format="jsonl", party="NPK").text.splitlines()
    assert len(lines) == 121
    assert len(get(client, format="jsonl", party="NPK", limit=5, offset=2).text.splitlines()) == 5


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("text/csv", "text/csv; charset=utf-8"),
        ("application/x-ndjson", "application/x-ndjson"),
        ("application/geo+json", "application/geo+json"),
        ("text/html;q=0.9, text/csv", "text/csv; charset=utf-8"),
        ("text/csv;q=0.5, application/json", "application/json"),
        ("text/html, */*", "application/json"),
    ],
)
def test_the_accept_header_chooses_when_format_is_not_given(client, accept, media):
    assert get(client, headers={"Accept": accept}).headers["content-type"] == media


def test_format_wins_over_accept(client):
    assert get(client, headers={"Accept": "text/csv"}, format="jsonl").headers["content-type"] == "application/x-ndjson"


def test_geojson_places_events_at_their_settlements(client):
    collection = get(client, format="geojson").json()
    placed = {f["properties"]["doc_id"] + str(f["properties"]["paragraph"]): f for f in collection["features"]}
    kokshetau = placed["north.txt0"]
    assert kokshetau["geometry"] == {"type": "Point", "coordinates": [69.3936, 53.2841]}
    assert kokshetau["properties"]["located"] == "settlement"
    assert sum(collection["saylau"].values()) == 6


def test_parquet_reads_back(client):
    pq = pytest.importorskip("pyarrow.parquet")
    response = get(client, format="parquet")
    assert response.headers["content-type"] == "application/vnd.apache.parquet"
    table = pq.read_table(io.BytesIO(response.content))
    assert table.num_rows == 6
    assert table.column("doc_id").to_pylist()[0] == "ru.txt"


def test_an_unknown_format_is_a_422_naming_the_known(client):
    response = client.get("/api/v1/events", params={"format": "xlsx"})
    assert response.status_code == 422
    assert response.json()["error"]["message"] == "unknown format 'xlsx'; use json, csv, jsonl, parquet or geojson"
    table = client.get("/api/v1/events", params={"format": "table"})
    assert table.json()["error"]["message"] == "format 'table' is not available here; use json, csv, jsonl, parquet or geojson"


def test_a_repeated_filter_keeps_every_value(client):
    page = client.get("/api/v1/events?party=NPK&party=RESPUBLICA").json()
    assert sorted(e["parties"][0] for e in page["items"]) == ["NPK", "RESPUBLICA"]
    assert page["total"] == 2
    both = client.get("/api/v1/events?type=rally&type=press_event&region=KZ-79&region=KZ-71").json()
    assert sorted(e["event_type"] for e in both["items"]) == ["press_event", "rally"]


def test_repeated_filters_hold_in_the_stats_too(client):
    matrix = client.get("/api/v1/stats/party-region?party=NPK&party=RESPUBLICA").json()
    assert matrix["parties"] == ["NPK", "RESPUBLICA"]
    regions = client.get("/api/v1/stats/regions?region=KZ-79&region=KZ-71").json()["regions"]
    assert sorted(regions) == ["KZ-71", "KZ-79"]


def test_q_is_the_events_paragraph_not_its_document(client):
    page = client.get("/api/v1/events", params={"q": "copper"}).json()
    assert [e["parties"] for e in page["items"]] == [["RESPUBLICA"]]
    csv_rows = list(csv.DictReader(io.StringIO(get(client, format="csv", q="copper").text)))
    assert [r["parties"] for r in csv_rows] == ["RESPUBLICA"]


@pytest.mark.parametrize(
    ("path", "header"),
    [
        ("party-region", "party,region,events"),
        ("regions", "region,events"),
        ("topics", "topic,events"),
        ("timeline", "period,party,events"),
        ("event-types", "event_type,events"),
    ],
)
def test_every_statistic_comes_as_csv_too(client, path, header):
    by_format = client.get(f"/api/v1/stats/{path}", params={"format": "csv"})
    assert by_format.status_code == 200, by_format.text
    assert by_format.headers["content-type"] == "text/csv; charset=utf-8"
    lines = by_format.text.splitlines()
    assert lines[0] == header and len(lines) > 1
    assert client.get(f"/api/v1/stats/{path}", headers={"Accept": "text/csv"}).text == by_format.text


def test_the_party_region_csv_has_the_matrix_cells(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/api/v1/stats/party-region?format=csv&party=NPK").text)))
    assert rows == [{"party": "NPK", "region": "KZ-79", "events": "1"}]
