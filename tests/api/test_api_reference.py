"""GET /api/v1/parties and /regions: reference data with names in three languages."""
from __future__ import annotations


def test_parties_have_names_in_english_russian_and_kazakh(client):
    parties = client.get("/api/v1/parties", params={"historic": "false"}).json()
    assert [p["code"] for p in parties] == ["AMANAT", "AUYL", "RESPUBLICA", "NPK", "BAITAK", "AQ_JOL", "NSDP"]
    npk = parties[3]
    assert npk["name"] == {
        "en": "People's Party of Kazakhstan",
        "ru": "Народная партия Казахстана",
        "kk": "Қазақстан халық партиясы",
    }
    everyone = client.get("/api/v1/parties").json()
    assert len(everyone) > len(parties) and everyone[-1]["historic"] is True


def test_regions_are_the_twenty_units_with_three_names(client):
    regions = client.get("/api/v1/regions").json()
    assert len(regions) == 20
    akmola = next(r for r in regions if r["code"] == "KZ-11")
    assert akmola == {
        "code": "KZ-11",
        "kind": "region",
        "name": {"en": "Akmola Region", "ru": "Акмолинская область", "kk": "Ақмола облысы"},
        "capital": "Kokshetau",
    }
    assert sorted(r["kind"] for r in regions).count("city") == 3
