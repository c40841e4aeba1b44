"""The app as a whole: its OpenAPI document and the one error shape for unknown routes."""
from __future__ import annotations


def test_openapi_document_lists_every_endpoint(client):
    paths = set(client.get("/api/v1/openapi.json").json()["paths"])
    assert paths == {
        "/api/v1/events", "/api/v1/events/{event_id}", "/api/v1/documents/{key}", "/api/v1/documents",
        "/api/v1/stats/party-region", "/api/v1/stats/regions", "/api/v1/stats/topics",
        "/api/v1/stats/timeline", "/api/v1/stats/event-types", "/api/v1/stories", "/api/v1/parties", "/api/v1/regions",
        "/api/v1/settlements",
        "/api/v1/elections", "/api/v1/elections/{election_id}/seats",
    }  # fmt: skip


def test_unknown_paths_and_methods_answer_in_the_error_shape(client):
    missing = client.get("/api/v1/nothing")
    assert missing.status_code == 404
    assert missing.json()["error"]["message"].startswith("no such resource")
    wrong_method = client.delete("/api/v1/events")
    assert wrong_method.status_code == 405
    assert wrong_method.json()["error"]["status"] == 405


def test_every_api_answer_carries_the_security_headers(client):
    for response in (client.get("/api/v1/events"), client.get("/api/v1/nothing"), client.get("/api/v1/openapi.json")):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["content-security-policy"].startswith("default-src 'none'")
