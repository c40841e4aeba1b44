"""The dashboard page and its assets, through the app that `saylau serve` runs."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from saylau.cli_serve import build_app


@pytest.fixture
def client(seeded_store):
    return TestClient(build_app(seeded_store, cache_ttl=0))


def test_the_page_is_english_by_default_and_russian_or_kazakh_on_request(client):
    english = client.get("/")
    assert english.status_code == 200
    assert "<h1>Saylau — campaign observatory</h1>" in english.text
    russian = client.get("/", params={"lang": "ru"})
    assert "<h1>Сайлау — наблюдение за кампанией</h1>" in russian.text
    assert "Партия × регион" in russian.text
    browser = client.get("/", headers={"Accept-Language": "ru-RU,ru;q=0.9,en;q=0.8"})
    assert browser.headers["content-language"] == "ru"
    kazakh = client.get("/", params={"lang": "kk"})
    assert "<h1>Сайлау — науқанды бақылау</h1>" in kazakh.text and '<html lang="kk">' in kazakh.text
    assert client.get("/", headers={"Accept-Language": "kk-KZ,kk;q=0.9,ru;q=0.8"}).headers["content-language"] == "kk"


def test_the_page_offers_a_minimum_confidence_and_a_confidence_column(client):
    english = client.get("/").text
    select = re.search(r'<select id="confidence-filter".*?</select>', english, re.S).group(0)
    options = re.findall(r'<option value="([^"]*)">([^<]*)</option>', select)
    assert options == [("", "Any"), ("0.5", "≥ 50 %"), ("0.7", "≥ 70 %"), ("0.9", "≥ 90 %")]
    assert '<th class="confidence">Confidence</th>' in english
    assert '<th class="confidence">Уверенность</th>' in client.get("/", params={"lang": "ru"}).text


def test_every_asset_is_served_by_the_package(client):
    page = client.get("/").text
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert not [s for s in sources if s.startswith(("http:", "https:", "//"))]
    for path in ["/static/dashboard.js", "/static/seats.js", "/static/dashboard.css", "/static/tiles.json", "/static/labels.json"]:
        assert client.get(path).status_code == 200, path
    plotly = client.get("/static/vendor/plotly.min.js")
    assert plotly.status_code == 200 and len(plotly.content) > 1_000_000


def test_the_script_loads_nothing_from_other_hosts(client):
    script = client.get("/static/dashboard.js").text
    assert not re.findall(r"https?://(?!www\.w3\.org/2000/svg)", script)


def test_the_tile_map_places_each_of_the_twenty_units_once(client):
    tiles = client.get("/static/tiles.json").json()["tiles"]
    regions = {r["code"] for r in client.get("/api/v1/regions").json()}
    assert set(tiles) == regions
    positions = [(col, row) for col, row, _ in tiles.values()]
    assert len(set(positions)) == 20


def test_labels_exist_in_every_language_for_the_same_keys_and_name_every_code(client):
    from saylau.model import EVENT_TYPES
    from saylau.reference import topic_codes

    labels = client.get("/static/labels.json").json()
    assert set(labels) == {"en", "ru", "kk"}
    for lang in ("ru", "kk"):
        assert set(labels[lang]) == set(labels["en"]), lang
        for key, value in labels["en"].items():
            if isinstance(value, dict):
                assert set(labels[lang][key]) == set(value), (lang, key)
            if isinstance(value, list):
                assert len(labels[lang][key]) == len(value), (lang, key)
    for lang in labels:
        assert set(labels[lang]["event_types"]) == set(EVENT_TYPES)
        assert set(labels[lang]["topic_names"]) == set(topic_codes())
        assert len(labels[lang]["months"]) == 12


def test_the_filters_offer_every_event_type_and_topic_by_name(client):
    from saylau.model import EVENT_TYPES
    from saylau.reference import topic_codes

    page = client.get("/", params={"lang": "kk"}).text
    for name, codes in (("type-filter", EVENT_TYPES), ("topic-filter", topic_codes())):
        select = re.search(rf'<select id="{name}".*?</select>', page, re.S).group(0)
        options = dict(re.findall(r'<option value="([^"]*)">([^<]*)</option>', select))
        assert set(options) == {"", *codes}
        assert options["rally" if name == "type-filter" else "water"] in ("митинг", "су")
    for name in ("since-filter", "until-filter", "text-filter"):
        assert f'id="{name}"' in page


def test_static_files_go_out_gzip_compressed_to_browsers_that_take_it(client):
    from saylau.web import plotly_bundle

    shipped = open(plotly_bundle(), "rb").read()
    compressed = client.get("/static/vendor/plotly.min.js", headers={"Accept-Encoding": "gzip, deflate, br"})
    assert compressed.headers["content-encoding"] == "gzip"
    assert "accept-encoding" in compressed.headers["vary"].lower()
    assert int(compressed.headers["content-length"]) < len(shipped) // 2
    assert compressed.content == shipped  # the client unpacks it: the same bundle
    plain = client.get("/static/vendor/plotly.min.js", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.content == shipped
    refused = client.get("/static/vendor/plotly.min.js", headers={"Accept-Encoding": "gzip;q=0"})
    assert "content-encoding" not in refused.headers
    for path in ("/static/dashboard.js", "/static/labels.json", "/static/dashboard.css"):
        own = client.get(path, headers={"Accept-Encoding": "gzip"})
        assert own.headers["content-encoding"] == "gzip", path


def test_the_page_and_its_assets_carry_the_security_headers(client):
    page = client.get("/")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-eval" not in policy and "script-src 'self' 'unsafe-inline'" not in policy
    for response in (page, client.get("/static/dashboard.js"), client.get("/static/vendor/plotly.min.js")):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert "content-security-policy" in response.headers


def test_the_page_runs_no_inline_script(client):
    """Its policy forbids inline scripts: every <script> is a file of ours or JSON data."""
    import re

    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", client.get("/").text, flags=re.S)
    assert scripts and all("src=" in attributes or 'type="application/json"' in attributes for attributes, _ in scripts)


def test_the_seats_panel_offers_every_what_if_method_in_both_languages(client):
    from saylau.elections.lists import WHAT_IF_METHODS

    for lang, law in (("en", "as by law"), ("ru", "как по закону")):
        page = client.get("/", params={"lang": lang}).text
        assert 'id="whatif-threshold"' in page and 'id="whatif-seats"' in page
        select = re.search(r'<select id="whatif-method".*?</select>', page, re.S).group(0)
        options = re.findall(r'<option value="([^"]*)">([^<]*)</option>', select)
        assert options[0] == ("", law)
        assert [code for code, _ in options[1:]] == list(WHAT_IF_METHODS)  # the engine's, in its order
        assert all(name for _, name in options)
