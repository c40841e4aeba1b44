"""GET /api/v1/parties, /regions and /settlements: reference data with names in three languages."""
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


def test_a_party_has_a_short_name_for_charts_and_its_full_name_where_it_has_no_other(client):
    parties = {p["code"]: p for p in client.get("/api/v1/parties").json()}
    assert parties["AQ_JOL"]["short_name"] == {"en": "Aq Jol", "ru": "Ак жол", "kk": "Ақ жол"}
    assert parties["NSDP"]["short_name"] == {"en": "NSDP", "ru": "ОСДП", "kk": "ЖСДП"}
    assert parties["ASAR"]["short_name"] == parties["ASAR"]["name"]


def test_settlements_carry_the_name_to_show_in_each_language(client):
    settlements = {s["name"]: s for s in client.get("/api/v1/settlements").json()}
    assert settlements["Kostanay"] == {
        "name": "Kostanay", "region": "KZ-39", "kind": "regional_center",
        "names": {"en": "Kostanay", "ru": "Костанай", "kk": "Қостанай"},
    }  # fmt: skip
    assert settlements["Shymkent"]["names"]["kk"] == "Шымкент"  # no Kazakh-only spelling: the Russian one
    assert all(s["names"]["ru"] and s["names"]["kk"] for s in settlements.values())
