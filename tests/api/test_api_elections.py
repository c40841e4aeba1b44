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
    assert "known: maslikhat-2023" in unknown.json()["error"]["message"]
    assert client.get("/api/v1/elections/maslikhat-2023/seats").status_code == 404
