"""GET /api/v1/stats/*: the aggregates over the seeded events, with the /events filters."""
from __future__ import annotations


def stats(client, path, **params):
    response = client.get(f"/api/v1/stats/{path}", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_party_region_matrix_counts_each_pair(client):
    assert stats(client, "party-region") == {
        "events": 6,
        "parties": ["AMANAT", "AUYL", "BAITAK", "NPK", "RESPUBLICA"],
        "regions": ["KZ-11", "KZ-35", "KZ-39", "KZ-71", "KZ-75", "KZ-79"],
        "matrix": {
            "AMANAT": {"KZ-39": 1, "KZ-71": 1},
            "AUYL": {"KZ-11": 1},
            "BAITAK": {"KZ-75": 1},
            "NPK": {"KZ-79": 1},
            "RESPUBLICA": {"KZ-35": 1},
        },
    }


def test_party_region_matrix_of_one_party(client):
    answer = stats(client, "party-region", party="AMANAT", since="2023-03-01")
    assert answer["matrix"] == {"AMANAT": {"KZ-39": 1}}
    assert answer["events"] == 1


def test_region_activity_for_the_map(client):
    assert stats(client, "regions")["regions"] == {
        "KZ-11": 1, "KZ-35": 1, "KZ-39": 1, "KZ-71": 1, "KZ-75": 1, "KZ-79": 1,
    }  # fmt: skip
    assert stats(client, "regions", party="AMANAT")["regions"] == {"KZ-39": 1, "KZ-71": 1}


def test_topics_of_one_party(client):
    assert stats(client, "topics", party="NPK") == {
        "party": "NPK",
        "topics": [{"topic": "healthcare", "events": 1}, {"topic": "pensions", "events": 1}],
    }
    assert [t["topic"] for t in stats(client, "topics", limit=2)["topics"]] == ["ecology", "healthcare"]


def test_timeline_by_week_starts_on_monday(client):
    answer = stats(client, "timeline", interval="week")
    assert answer["interval"] == "week"
    assert [(p["period"], p["party"], p["events"]) for p in answer["series"]] == [
        ("2023-02-20", "AMANAT", 1),
        ("2023-02-20", "AUYL", 1),
        ("2023-02-27", "NPK", 1),
        ("2023-02-27", "RESPUBLICA", 1),
        ("2023-03-06", "AMANAT", 1),
    ]
    assert [p["period"] for p in stats(client, "timeline", interval="month", party="AMANAT")["series"]] == [
        "2023-02-01", "2023-03-01",
    ]  # fmt: skip


def test_event_type_counts(client):
    assert stats(client, "event-types")["event_types"] == {
        "rally": 2, "voter_meeting": 2, "labour_collective_meeting": 1, "press_event": 1,
    }  # fmt: skip


def test_bad_statistics_parameters_are_422(client):
    assert client.get("/api/v1/stats/topics", params={"party": "NOPE"}).status_code == 422
    assert client.get("/api/v1/stats/timeline", params={"interval": "year"}).status_code == 422
    assert client.get("/api/v1/stats/topics", params={"limit": 1000}).status_code == 422


def test_every_statistic_counts_only_events_at_or_above_min_confidence(confidence_client):
    bound = {"min_confidence": 0.7}
    assert stats(confidence_client, "party-region", **bound) == {
        "events": 2, "parties": ["AMANAT", "AUYL"], "regions": ["KZ-11", "KZ-75"],
        "matrix": {"AMANAT": {"KZ-75": 1}, "AUYL": {"KZ-11": 1}},
    }  # fmt: skip
    assert stats(confidence_client, "regions", **bound) == {"regions": {"KZ-11": 1, "KZ-75": 1}}
    assert stats(confidence_client, "topics", **bound)["topics"] == [
        {"topic": "healthcare", "events": 1}, {"topic": "water", "events": 1},
    ]  # fmt: skip
    assert stats(confidence_client, "timeline", **bound)["series"] == [
        {"period": "2023-02-27", "party": "AMANAT", "events": 1}, {"period": "2023-02-27", "party": "AUYL", "events": 1},
    ]  # fmt: skip
    assert stats(confidence_client, "event-types", **bound) == {"event_types": {"voter_meeting": 2}}
    assert stats(confidence_client, "event-types") == {
        "event_types": {"voter_meeting": 2, "press_event": 1, "rally": 1},
    }  # fmt: skip


def test_a_bad_confidence_bound_is_422_on_every_statistic(confidence_client):
    for path in ("party-region", "regions", "topics", "timeline", "event-types"):
        response = confidence_client.get(f"/api/v1/stats/{path}", params={"min_confidence": 2})
        assert response.status_code == 422, path
        assert response.json()["error"]["message"] == "query.min_confidence: Input should be less than or equal to 1"


def test_the_timeline_counts_the_events_it_cannot_place(client):
    """Baitak's picket has no date: not in any week, but counted beside the series."""
    answer = stats(client, "timeline", interval="week")
    assert (answer["undated"], answer["undated_by_party"]) == (1, {"BAITAK": 1})
    assert stats(client, "timeline", party="AMANAT")["undated"] == 0
    bounded = stats(client, "timeline", since="2023-03-01", until="2023-03-31")
    assert (bounded["undated"], [p["period"] for p in bounded["series"]]) == (1, ["2023-02-27", "2023-02-27", "2023-03-06"])


def test_the_timeline_csv_has_a_row_for_the_undated(client):
    response = client.get("/api/v1/stats/timeline", params={"format": "csv"})
    assert response.status_code == 200
    assert response.text.splitlines()[-1] == "undated,BAITAK,1"
