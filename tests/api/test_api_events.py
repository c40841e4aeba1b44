"""GET /api/v1/events and /events/{id} on a store seeded by the real extractor."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from saylau.api import create_app


def events(client, **params):
    response = client.get("/api/v1/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()




def test_list_is_newest_first_and_undated_last(client):
    page = events(client)
    assert page["total"] == 6
    assert [(e["doc_id"], e["paragraph"]) for e in page["items"]][0] == ("ru.txt", 0)
    assert [e["published"] for e in page["items"]] == [
        "2023-03-06", "2023-03-02", "2023-03-02", "2023-02-21", "2023-02-21", None,
    ]
    assert page["next_offset"] is None


def test_filters_by_party_region_type_topic_dates_and_words(client):
    assert [e["doc_id"] for e in events(client, party="AMANAT")["items"]] == ["ru.txt", "north.txt"]
    assert [e["parties"] for e in events(client, party="amanat", region="kz-39")["items"]] == [["AMANAT"]]
    assert [e["parties"] for e in events(client, type="rally")["items"]] == [["NPK"], ["BAITAK"]]
    assert [e["parties"] for e in events(client, topic="wages")["items"]] == [["RESPUBLICA"]]
    dated = events(client, since="2023-03-01", until="2023-03-05")["items"]
    assert sorted(e["parties"][0] for e in dated) == ["NPK", "RESPUBLICA"]
    assert [e["parties"] for e in events(client, q="COPPER")["items"]] == [["RESPUBLICA"]]  # the event's paragraph only
    assert events(client, q="Rallies in the south")["items"] == []  # a title is no event's paragraph
    assert [e["doc_id"] for e in events(client, q="костана")["items"]] == ["ru.txt"]


def test_a_date_bound_says_how_many_undated_events_it_leaves_out(client):
    assert events(client)["undated_left_out"] is None  # no bound, nothing left out
    bounded = events(client, since="2023-03-01")
    assert (bounded["total"], bounded["undated_left_out"]) == (3, 1)  # Baitak's undated picket
    assert events(client, until="2023-03-31", party="AMANAT")["undated_left_out"] == 0


def test_pages_follow_each_other(client):
    first = events(client, limit=4)
    second = events(client, limit=4, offset=first["next_offset"])
    assert first["next_offset"] == 4 and second["next_offset"] is None
    ids = [e["id"] for e in first["items"] + second["items"]]
    assert len(set(ids)) == 6


def test_unknown_party_code_is_a_422_naming_the_known_codes(client):
    response = client.get("/api/v1/events", params={"party": "XYZ"})
    assert response.status_code == 422
    message = response.json()["error"]["message"]
    assert message.startswith("unknown party code 'XYZ'; known: AMANAT")


def test_unknown_region_type_and_topic_are_422(client):
    for params in ({"region": "KZ-99"}, {"type": "picnic"}, {"topic": "weather"}):
        response = client.get("/api/v1/events", params=params)
        assert response.status_code == 422, params
        assert "unknown" in response.json()["error"]["message"]


def test_page_size_over_the_limit_is_a_json_422(client):
    response = client.get("/api/v1/events", params={"limit": 201})
    assert response.status_code == 422
    assert response.json() == {
        "error": {"status": 422, "message": "query.limit: Input should be less than or equal to 200"}
    }
    assert client.get("/api/v1/events", params={"limit": 0}).status_code == 422
    assert client.get("/api/v1/events", params={"offset": -1}).status_code == 422


def test_a_bad_date_is_422_and_an_empty_range_matches_nothing(client):
    assert client.get("/api/v1/events", params={"since": "March"}).status_code == 422
    assert events(client, since="2023-03-05", until="2023-03-01")["total"] == 0


def test_control_characters_in_q_are_refused(client):
    assert client.get("/api/v1/events", params={"q": "a\x00b"}).status_code == 422


def test_one_event_comes_with_its_paragraph_and_highlighted_evidence(client):
    listed = events(client, party="AUYL")["items"][0]
    detail = client.get(f"/api/v1/events/{listed['id']}").json()
    assert detail["paragraph_text"] == (
        "Candidates of the Auyl party met with voters in Kokshetau and discussed water supply."
    )
    assert detail["title"] == "Auyl and AMANAT in the north"
    texts = {(h["field"], h["text"]) for h in detail["highlights"]}
    assert {("parties", "Auyl party"), ("settlements", "Kokshetau"), ("topics", "water supply")} <= texts
    for h in detail["highlights"]:
        assert detail["paragraph_text"][h["start"] : h["end"]] == h["text"]


def test_unknown_or_malformed_event_ids_are_404(client):
    listed = events(client)["items"][0]
    document, number = listed["id"].rsplit("-", 1)
    for missing in (f"{document}-999999", "42", "not-an-id", "0" * 64 + "-1"):
        response = client.get(f"/api/v1/events/{missing}")
        assert response.status_code == 404, missing
        assert response.json()["error"]["status"] == 404


def test_dates_must_be_written_as_dates_and_empty_codes_are_not_wildcards(client):
    assert client.get("/api/v1/events", params={"until": "0"}).status_code == 422  # not 1970-01-01
    assert client.get("/api/v1/events", params={"since": "2023-02-30"}).status_code == 422
    assert client.get("/api/v1/events", params={"party": ""}).status_code == 422


def test_events_carry_their_confidence(confidence_client):
    items = events(confidence_client)["items"]
    assert [(e["doc_id"], e["paragraph"], e["confidence"]) for e in items] == [
        ("b.txt", 0, 0.7), ("b.txt", 1, 0.55), ("a.txt", 0, 0.95), ("a.txt", 1, 0.4),
    ]  # fmt: skip
    detail = confidence_client.get(f"/api/v1/events/{items[0]['id']}").json()
    assert detail["confidence"] == 0.7


def test_min_confidence_keeps_the_events_at_or_above_it(confidence_client):
    page = events(confidence_client, min_confidence=0.7)
    assert [(e["parties"], e["confidence"]) for e in page["items"]] == [(["AUYL"], 0.7), (["AMANAT"], 0.95)]
    assert page["total"] == 2
    assert events(confidence_client, min_confidence=0)["total"] == 4
    assert events(confidence_client, min_confidence=1)["total"] == 0
    assert [e["parties"] for e in events(confidence_client, min_confidence=0.5, party="AMANAT")["items"]] == [
        ["AMANAT"], ["AMANAT"],
    ]  # fmt: skip


def test_answers_for_different_bounds_are_cached_apart(confidence_store):
    cached = TestClient(create_app(confidence_store, api_token="", cache_ttl=60))
    assert events(cached)["total"] == 4
    assert events(cached, min_confidence=0.9)["total"] == 1
    assert events(cached)["total"] == 4


@pytest.mark.parametrize("bound", ["1.5", "-0.1", "high", "nan", "inf", ""])
def test_a_confidence_bound_outside_0_to_1_is_a_json_422(client, bound):
    response = client.get("/api/v1/events", params={"min_confidence": bound})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["status"] == 422 and error["message"].startswith("query.min_confidence: ")


def test_the_openapi_document_bounds_min_confidence(client):
    parameters = client.get("/api/v1/openapi.json").json()["paths"]["/api/v1/events"]["get"]["parameters"]
    [bound] = [p for p in parameters if p["name"] == "min_confidence"]
    schema = bound["schema"]["anyOf"][0]
    assert (schema["type"], schema["minimum"], schema["maximum"]) == ("number", 0, 1)
