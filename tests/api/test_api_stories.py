"""GET /api/v1/stories: the reprinted stories and coverage per party, as `saylau stories` gives them."""
from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient

from saylau import workflow
from saylau.api.app import create_app
from saylau.model import Document
from saylau.store import open_store

STORY = "Candidates of the Auyl party met with voters in Kokshetau and discussed the water supply of the town."


def reprinted_store(url: str):
    """Three outlets carrying one story, and one story told once."""
    docs = [
        Document(id=f"outlet{i}.txt", text=STORY + " " * i, title="Auyl in Kokshetau", url=f"https://outlet{i}.example.kz/a")
        for i in range(3)
    ]
    docs.append(Document(id="alone.txt", text="Baitak activists planted trees in Atyrau.", url="https://other.example.kz/b"))
    store = open_store(url)
    workflow.ingest_items(docs, store, workers=1)
    return store


def test_stories_as_json_and_csv(store_url):
    with reprinted_store(store_url) as store:
        client = TestClient(create_app(store, api_token="", cache_ttl=0), raise_server_exceptions=False)
        body = client.get("/api/v1/stories").json()
        assert [(s["title"], s["documents"], s["outlets"]) for s in body["stories"]] == [
            ("Auyl in Kokshetau", 3, ["outlet0.example.kz", "outlet1.example.kz", "outlet2.example.kz"])
        ]
        assert {c["party"]: (c["stories"], c["documents"], c["outlets"]) for c in body["coverage"]} == {
            "AUYL": (1, 3, 3), "BAITAK": (1, 1, 1),
        }
        as_csv = client.get("/api/v1/stories", headers={"Accept": "text/csv"})
        assert as_csv.headers["content-type"].startswith("text/csv")
        [row] = list(csv.DictReader(io.StringIO(as_csv.text)))
        assert (row["title"], row["documents"]) == ("Auyl in Kokshetau", "3")
        assert client.get("/api/v1/stories?format=csv").text == as_csv.text


def test_a_bad_format_or_limit_is_a_422(store_url):
    with reprinted_store(store_url) as store:
        client = TestClient(create_app(store, api_token="", cache_ttl=0), raise_server_exceptions=False)
        assert client.get("/api/v1/stories?format=parquet").status_code == 422
        assert client.get("/api/v1/stories?limit=0").status_code == 422
