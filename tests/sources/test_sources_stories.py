"""Near-duplicates: one agency story reprinted by several outlets counts once in the stats."""
from __future__ import annotations

import json
from datetime import date

from typer.testing import CliRunner

from saylau import workflow
from saylau.cli import app
from saylau.ingest.nearduplicates import band_keys, signature, similarity
from saylau.store import open_store

runner = CliRunner()

WIRE = (
    "Candidates of the Auyl party met with voters in Kokshetau on Tuesday and discussed the water supply "
    "of the villages around the city, the repair of rural roads and support for farmers in the spring "
    "sowing season. More than two hundred residents came to the meeting in the House of Culture."
)
REPRINT = "KOKSHETAU. " + WIRE + " Photo: the party's press service."
OTHER = (
    "The NSDP held a press conference in Almaty about healthcare reform and the salaries of rural doctors, "
    "and presented its candidates for the Almaty city maslikhat to journalists."
)


def record(doc_id: str, text: str, url: str, published: str | None = None) -> str:
    return json.dumps({"id": doc_id, "text": text, "url": url, "published": published}, ensure_ascii=False)


def test_a_reprint_is_similar_and_an_other_story_is_not():
    assert similarity(signature(WIRE), signature(REPRINT)) >= 0.7
    assert similarity(signature(WIRE), signature(OTHER)) < 0.2
    assert set(band_keys(signature(WIRE))) & set(band_keys(signature(REPRINT)))
    assert signature(WIRE) == signature(WIRE)  # stable across calls (and runs: fixed seed)


def test_reprints_are_kept_but_their_events_count_once(tmp_path, store_url):
    """On SQLite and, with $SAYLAU_TEST_PG, on PostgreSQL."""
    feed = tmp_path / "news.jsonl"
    feed.write_text(
        "\n".join([
            record("wire-1", WIRE, "https://kazwire.example.kz/a/1", "2023-03-14"),
            record("reprint-1", REPRINT, "https://www.steppe-news.example.com/b/7", "2023-03-15"),
            record("other-1", OTHER, "https://kazwire.example.kz/a/2", "2023-03-15"),
        ]) + "\n",
        encoding="utf-8",
    )
    with open_store(store_url) as store:
        summary = workflow.ingest_into_store([str(feed)], store, workers=1)
        assert (summary.new, summary.reprints) == (3, 1)
        assert store.count_documents() == 3
        assert store.count_events(copies=True) == 3
        assert store.count_events() == 2  # the reprint's event is the wire's event
        assert store.count_events(party="AUYL") == 1
        assert store.party_region_matrix()["AUYL"] == {"KZ-11": 1}
        [story] = store.reprinted_stories()
        assert [m.doc_id for m in story.documents] == ["wire-1", "reprint-1"]
        assert story.outlets == ["kazwire.example.kz", "steppe-news.example.com"]
        coverage = {c.party: (c.stories, c.documents, c.outlets) for c in store.party_coverage()}
        assert coverage["AUYL"] == (1, 2, 2)
        assert coverage["NSDP"] == (1, 1, 1)


def test_a_later_ingest_finds_the_story_in_the_store(tmp_path, store_url):
    (tmp_path / "day1").mkdir()
    (tmp_path / "day2").mkdir()
    (tmp_path / "day1" / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "day2" / "reprint.txt").write_text(REPRINT, encoding="utf-8")
    with open_store(store_url) as store:
        workflow.ingest_into_store([str(tmp_path / "day1")], store, workers=1)
        later = workflow.ingest_into_store([str(tmp_path / "day2")], store, workers=1)
        assert later.reprints == 1
        assert store.count_events() == 1


def chain(start: int) -> str:
    """200 words of one long made-up report from word `start` on: chain(0) and chain(22) share
    most of their words, chain(0) and chain(44) too few to be one story by themselves."""
    words = [f"w{(number * 7919) % 100003}" for number in range(300)]
    return " ".join(words[start : start + 200])


def stories_after(store_url: str, folder, order: list[str], texts: dict[str, tuple[str, str]]) -> dict[str, str]:
    """doc id -> the doc id its story is named after, each document ingested on its own, in `order`."""
    feeds = []
    for name in order:
        feed = folder / f"{len(feeds)}-{name}.jsonl"
        text, published = texts[name]
        feed.write_text(record(name, text, f"https://{name}.example.kz/1", published) + "\n", encoding="utf-8")
        feeds.append(feed)
    with open_store(store_url) as store:
        for feed in feeds:
            workflow.ingest_into_store([str(feed)], store, workers=1)
        by_hash = {doc.content_hash: doc.id for doc in store.iter_documents()}
        members = {m.content_hash: story.story for story in store.reprinted_stories(limit=None) for m in story.documents}
    return {by_hash[key]: by_hash[members.get(key, key)] for key in by_hash}


def test_stories_do_not_depend_on_the_order_documents_arrive_in(tmp_path, store_url, store_urls):
    """The bridge resembles both ends, which do not resemble each other: whichever comes
    last, the three are one story named after the earliest published, the wire."""
    first, bridge, last = signature(chain(0)), signature(chain(22)), signature(chain(44))
    assert similarity(first, bridge) >= 0.7 and similarity(bridge, last) >= 0.7 > similarity(first, last)
    texts = {"wire": (chain(22), "2023-03-13"), "left": (chain(0), "2023-03-14"),
             "right": (chain(44), "2023-03-14"), "other": (OTHER, "2023-03-12")}
    expected = {"wire": "wire", "left": "wire", "right": "wire", "other": "other"}
    orders = [["left", "right", "wire", "other"], ["wire", "other", "right", "left"], ["right", "other", "left", "wire"]]
    for number, order in enumerate(orders):
        url = store_url if number == 0 else store_urls()
        folder = tmp_path / f"order-{number}"
        folder.mkdir()
        assert stories_after(url, folder, order, texts) == expected, order


def test_stories_command_lists_outlets_and_coverage(tmp_path, db):
    feed = tmp_path / "news.jsonl"
    feed.write_text(
        record("w", WIRE, "https://kazwire.example.kz/a/1") + "\n" + record("r", REPRINT, "https://steppe.example.com/1") + "\n",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["ingest", str(feed), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["stories", "--db", db])
    assert result.exit_code == 0, result.output
    assert "kazwire.example.kz, steppe.example.com" in result.stdout
    assert "AUYL" in result.stdout


def test_events_take_the_date_written_in_the_text_when_the_document_has_none(tmp_path, db):
    news = tmp_path / "news"
    news.mkdir()
    (news / "ru.txt").write_text(
        "КОКШЕТАУ, 14 марта 2023 года. Кандидаты партии «Ауыл» встретились с избирателями в Кокшетау.\n",
        encoding="utf-8",
    )
    (news / "kk.txt").write_text(
        "2023 жылғы 16 наурызда AMANAT партиясының кандидаттары Қостанайда сайлаушылармен кездесті.\n",
        encoding="utf-8",
    )
    (news / "undated.txt").write_text("AMANAT candidates met voters in Taraz.\n", encoding="utf-8")
    with open_store(db) as store:
        workflow.ingest_into_store([str(news)], store, workers=1)
        dates = {e.doc_id: e.published for e in store.query_events(copies=True)}
        assert dates == {"news/ru.txt": date(2023, 3, 14), "news/kk.txt": date(2023, 3, 16), "news/undated.txt": None}
    since = runner.invoke(app, ["events", "--since", "2023-03-15", "--format", "json", "--db", db])
    assert [row["doc_id"] for row in json.loads(since.stdout)] == ["news/kk.txt"]
