"""GET /api/v1/elections and /elections/{id}/seats: the engine over the packaged counts."""
from __future__ import annotations


def test_elections_list_says_which_have_results(client):
    elections = {e["id"]: e for e in client.get("/api/v1/elections").json()}
    assert elections["mazhilis-2023"]["has_results"] is True
    assert elections["mazhilis-2023"]["list_seats"] == 69
    assert elections["mazhilis-2023"]["threshold"] == "1/20"
    assert elections["maslikhat-2023"]["has_results"] is False


def test_mazhilis_2023_seats_are_the_official_ones(client):
    answer = client.get("/api/v1/elections/mazhilis-2023/seats").json()
    assert answer["seats_total"] == 69
    assert [(p["party"], p["seats"]) for p in answer["parties"]] == [
        ("AMANAT", 40), ("AUYL", 8), ("RESPUBLICA", 6), ("AQ_JOL", 6), ("NPK", 5), ("NSDP", 4), ("BAITAK", 0),
    ]  # fmt: skip
    assert answer["parties"][0]["share_percent"] == "53.90"
    assert answer["parties"][3]["name"]["ru"] == "Демократическая партия Казахстана «Ак жол»"
    assert answer["against_all"] == 248291
    assert answer["source"][0].startswith("Official final results, Mazhilis 2023")


def test_every_packaged_election_gives_the_official_seats(client):
    for election in client.get("/api/v1/elections").json():
        if not election["has_results"]:
            continue
        rows = client.get(f"/api/v1/elections/{election['id']}/seats").json()["parties"]
        assert all(row["seats"] == row["official_seats"] for row in rows), election["id"]


def test_unknown_election_or_one_without_counts_is_404(client):
    unknown = client.get("/api/v1/elections/senate-1999/seats")
    assert unknown.status_code == 404
    assert "known: maslikhat-2021, maslikhat-2023, mazhilis-2004" in unknown.json()["error"]["message"]
    assert client.get("/api/v1/elections/maslikhat-2023/seats").status_code == 404


def test_what_if_a_seven_percent_threshold(client):
    answer = client.get("/api/v1/elections/mazhilis-2023/seats", params={"threshold": "7"}).json()
    assert [(p["party"], p["seats"]) for p in answer["parties"]] == [
        ("AMANAT", 46), ("AUYL", 9), ("RESPUBLICA", 7), ("AQ_JOL", 7), ("NPK", 0), ("NSDP", 0), ("BAITAK", 0),
    ]  # fmt: skip
    assert (answer["threshold"], answer["threshold_percent"], answer["what_if"]) == ("7/100", "7.00", True)
    assert answer["parties"][4]["official_seats"] == 5  # the official result stays, for comparison


def test_what_if_seats_and_method(client):
    answer = client.get("/api/v1/elections/mazhilis-2023/seats", params={"seats": 100, "method": "dhondt"}).json()
    assert (answer["seats_total"], answer["method"], answer["quota"]) == (100, "dhondt", None)
    assert sum(p["seats"] for p in answer["parties"]) == 100
    hare = client.get("/api/v1/elections/mazhilis-2023/seats", params={"seats": 100}).json()
    assert hare["method"] == "largest_remainder_hare"
    assert answer["parties"][0]["seats"] > hare["parties"][0]["seats"]  # D'Hondt favours the largest list
    droop = client.get("/api/v1/elections/mazhilis-2023/seats", params={"method": "droop"}).json()
    assert droop["method"] == "largest_remainder_droop" and droop["seats_total"] == 69


def test_the_seats_answer_carries_its_proportionality(client):
    law = client.get("/api/v1/elections/mazhilis-2023/seats").json()
    assert law["what_if"] is False
    index = law["proportionality"]
    assert set(index) == {"gallagher", "enp_votes", "enp_seats"}
    assert 0 < index["gallagher"] < 10 and index["enp_seats"] < index["enp_votes"]
    higher = client.get("/api/v1/elections/mazhilis-2023/seats", params={"threshold": "7"}).json()
    assert higher["proportionality"]["gallagher"] > index["gallagher"]
    assert higher["proportionality"]["enp_votes"] == index["enp_votes"]


def test_bad_what_if_parameters_are_one_line_422s(client):
    cases = {
        ("threshold", "abc"): "query.threshold: 'abc' is not a percentage; give one such as 7 or 5.5",
        ("threshold", "100"): "query.threshold: must be from 0 up to (not including) 100 %, not 100",
        ("threshold", "-1"): "query.threshold: must be from 0 up to (not including) 100 %, not -1",
        ("threshold", "1e999"): "query.threshold: must be from 0 up to (not including) 100 %, not 1e999",
        ("threshold", "nan"): "query.threshold: 'nan' is not a percentage; give one such as 7 or 5.5",
        ("threshold", "٥"): "query.threshold: '٥' is not a percentage; give one such as 7 or 5.5",
        ("seats", "0"): "query.seats: Input should be greater than or equal to 1",
        ("seats", "1001"): "query.seats: Input should be less than or equal to 1000",
        ("seats", "many"): "query.seats: Input should be a valid integer, unable to parse string as an integer",
        ("method", "borda"): "query.method: Input should be 'hare', 'droop', 'dhondt' or 'sainte_lague'",
    }
    for (name, value), message in cases.items():
        answer = client.get("/api/v1/elections/mazhilis-2023/seats", params={name: value})
        assert answer.status_code == 422, (name, value)
        assert answer.json()["error"]["message"] == message
        assert "\n" not in message


def test_a_what_if_with_no_list_passing_is_an_answer_not_an_error(client):
    answer = client.get("/api/v1/elections/mazhilis-2023/seats", params={"threshold": "99.5"}).json()
    assert all(p["seats"] == 0 and not p["passed"] for p in answer["parties"])
    assert answer["notes"] == ["no list reached the threshold: no seats are allocated"]
    assert answer["proportionality"]["gallagher"] == 0
