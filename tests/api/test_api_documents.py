"""GET /api/v1/documents/{id} and POST /api/v1/documents (token, body limits, bad input)."""
from __future__ import annotations

import json

import pytest

NEWS = "Aq Jol candidates met farmers in Taraz and discussed agriculture subsidies."


def test_a_document_by_its_id_has_paragraph_offsets_and_spans_into_its_text(client):
    doc = client.get("/api/v1/documents/north.txt").json()
    assert doc["doc_id"] == "north.txt"
    assert [p["index"] for p in doc["paragraphs"]] == [0, 1]
    for paragraph in doc["paragraphs"]:
        assert doc["text"][paragraph["start"] : paragraph["end"]] == paragraph["text"]
    assert len(doc["events"]) == 2
    assert doc["spans"] and all(doc["text"][s["start"] : s["end"]] == s["text"] for s in doc["spans"])
    assert client.get(f"/api/v1/documents/{doc['id']}").json()["doc_id"] == "north.txt"


def test_an_unknown_document_is_404(client):
    response = client.get("/api/v1/documents/nothing-here")
    assert response.status_code == 404
    assert "no document" in response.json()["error"]["message"]


def test_without_a_configured_token_the_api_is_read_only(client, auth):
    response = client.post("/api/v1/documents", json={"id": "x", "text": NEWS}, headers=auth)
    assert response.status_code == 403
    assert "read-only" in response.json()["error"]["message"]


def test_a_missing_or_wrong_token_is_401(writer):
    missing = writer.post("/api/v1/documents", json={"id": "x", "text": NEWS})
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = writer.post("/api/v1/documents", json={"id": "x", "text": NEWS}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401


def test_posting_a_document_stores_it_once_and_its_events_show_at_once(writer, auth):
    assert writer.get("/api/v1/events", params={"party": "AQ_JOL"}).json()["total"] == 0  # now cached
    first = writer.post("/api/v1/documents", json={"id": "taraz", "text": NEWS, "published": "2023-03-09"}, headers=auth)
    assert first.status_code == 201, first.text
    assert first.json()["documents"][0] | {"id": ""} == {"id": "", "doc_id": "taraz", "new": True, "events": 1}
    page = writer.get("/api/v1/events", params={"party": "AQ_JOL"}).json()
    assert [(e["doc_id"], e["published"], e["settlements"]) for e in page["items"]] == [("taraz", "2023-03-09", ["Taraz"])]
    again = writer.post("/api/v1/documents", json={"id": "taraz", "text": NEWS}, headers=auth)
    assert again.status_code == 200
    assert again.json()["documents"][0]["new"] is False


def test_jsonl_keeps_the_good_lines_and_reports_the_bad_ones(writer, auth):
    body = json.dumps({"id": "a", "text": NEWS}) + "\n{broken\n" + json.dumps({"id": "b"}) + "\n"
    response = writer.post(
        "/api/v1/documents", content=body.encode(), headers=auth | {"Content-Type": "application/x-ndjson"}
    )
    assert response.status_code == 201, response.text
    result = response.json()
    assert [d["doc_id"] for d in result["documents"]] == ["a"]
    assert [e["where"] for e in result["errors"]] == ["body:2", "body:3"]
    assert result["errors"][1]["reason"] == 'missing "text"'


def test_plain_text_takes_its_id_from_the_query(writer, auth):
    response = writer.post(
        "/api/v1/documents", params={"id": "plain-1", "lang": "en"}, content=NEWS.encode(),
        headers=auth | {"Content-Type": "text/plain; charset=utf-8"},
    )  # fmt: skip
    assert response.status_code == 201
    assert response.json()["documents"][0]["doc_id"] == "plain-1"


def test_malformed_json_is_a_422_with_the_position(writer, auth):
    response = writer.post(
        "/api/v1/documents", content=b'{"id": "x", "text": }', headers=auth | {"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["error"]["message"].startswith("malformed JSON: Expecting value at line 1 column 21")


def test_records_without_text_or_with_nul_are_422(writer, auth):
    for record in ({"id": "x"}, {"id": "x", "text": "a\u0000b"}, ["just a string"], 42):
        response = writer.post("/api/v1/documents", json=record, headers=auth)
        assert response.status_code == 422, record


def test_an_oversized_body_is_413(writer, auth):
    response = writer.post("/api/v1/documents", json={"id": "big", "text": "word " * 2000}, headers=auth)
    assert response.status_code == 413
    assert "over 4,096 bytes" in response.json()["error"]["message"]


def test_an_empty_body_or_another_content_type_is_refused(writer, auth):
    empty = writer.post("/api/v1/documents", content=b"", headers=auth | {"Content-Type": "application/json"})
    assert empty.status_code == 422
    xml = writer.post("/api/v1/documents", content=b"<doc/>", headers=auth | {"Content-Type": "application/xml"})
    assert xml.status_code == 415


def test_bytes_that_are_not_text_are_422(writer, auth):
    response = writer.post(
        "/api/v1/documents", content=b"\x00\x01\x02binary", headers=auth | {"Content-Type": "text/plain"}
    )
    assert response.status_code == 422
    assert "binary" in response.json()["error"]["message"]


# Hostile records (issue 13): a 4xx naming the record, never a 500, in JSON and in NDJSON.
@pytest.fixture
def roomy(store):
    """A writer whose body limit (1 MB) lets a 200 KB hostile record reach the parser."""
    from fastapi.testclient import TestClient

    from saylau.api import create_app

    from .conftest import TOKEN

    return TestClient(create_app(store, api_token=TOKEN, max_body_bytes=1 << 20), raise_server_exceptions=False)


HOSTILE_RECORDS = {
    "deep": ('{"id": "d", "text": "x", "a": ' + "[" * 100_000 + "]" * 100_000 + "}", "levels deep; at most 64"),
    "big-number": ('{"id": "n", "text": "x", "a": ' + "9" * 5000 + "}", "a number of 5,000 characters"),
    "big-float": ('{"id": "f", "text": "x", "a": 1.' + "5" * 5000 + "}", "a number of 5,002 characters"),
    "surrogate": ('{"id": "s", "text": "bad \\ud800 text"}', "unpaired surrogate (\\ud800)"),
    "nul": ('{"id": "z", "text": "nul \\u0000 text"}', "NUL character (\\u0000)"),
    "null": ("null", "got null"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_RECORDS))
@pytest.mark.parametrize("content_type", ["application/json", "application/x-ndjson"])
def test_a_hostile_record_is_a_4xx_with_a_clear_message(roomy, auth, case, content_type):
    body, words = HOSTILE_RECORDS[case]
    response = roomy.post("/api/v1/documents", content=body.encode(), headers=auth | {"Content-Type": content_type})
    assert response.status_code == 422
    assert words in response.json()["error"]["message"]


def test_ndjson_stores_the_good_records_beside_hostile_ones(roomy, auth):
    lines = [json.dumps({"id": "good", "text": NEWS})] + [body for body, _ in HOSTILE_RECORDS.values()]
    response = roomy.post(
        "/api/v1/documents", content="\n".join(lines).encode(), headers=auth | {"Content-Type": "application/x-ndjson"}
    )
    assert response.status_code == 201
    assert [d["doc_id"] for d in response.json()["documents"]] == ["good"]
    assert [e["where"] for e in response.json()["errors"]] == [f"body:{n}" for n in range(2, 8)]


def test_a_json_body_nested_too_deep_as_an_array_is_422(roomy, auth):
    body = "[" * 100_000 + "]" * 100_000
    response = roomy.post("/api/v1/documents", content=body.encode(), headers=auth | {"Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"]["message"]== "JSON nested 100,000 levels deep; at most 64 are read"


@pytest.mark.parametrize("content_type", ["application/json", "application/x-ndjson", "text/plain"])
def test_every_file_of_the_hostile_corpus_posted_is_answered_never_with_a_500(roomy, auth, hostile_corpus, content_type):
    for path in sorted(hostile_corpus.iterdir()):
        if not path.is_file():  # the symbolic link loop
            continue
        response = roomy.post("/api/v1/documents", content=path.read_bytes(), headers=auth | {"Content-Type": content_type})
        assert response.status_code < 500, (path.name, response.text)
        assert "error" in response.json() or "documents" in response.json()
