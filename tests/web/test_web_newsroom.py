"""The dashboard as a newsroom uses it (issue 10, item 8), in headless Chromium.

Filters in the URL, downloads of what is filtered, empty panels that say so, colour scales
and a weekly timeline that do not mislead, keyboard access, a phone-sized screen, and the
interface in Russian and Kazakh. With SAYLAU_SCREENSHOT_DIR=docs set, the Russian, Kazakh
and 400 px views are written there (dashboard-ru.png, dashboard-kk.png, dashboard-400.png).
"""
from __future__ import annotations

import csv
import io
import os
import re
import zlib
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from saylau.model import Document

READY = "body[data-ready=yes]"


def open_page(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(READY, timeout=20_000)


def rows(page) -> int:
    return page.locator("#events tbody tr[data-event]").count()


def wait_for_rows(page, count: int) -> None:
    page.wait_for_function(
        f"() => document.body.dataset.ready === 'yes'"
        f" && document.querySelectorAll('#events tbody tr[data-event]').length === {count}",
        timeout=10_000,
    )


def query_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def query(page) -> dict[str, list[str]]:
    return query_of(page.url)


def screenshot(page, name: str, tmp_path: Path, height: int) -> Path:
    """The top `height` pixels of the page, kept small (PNG) for docs/."""
    folder = Path(os.environ.get("SAYLAU_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    page.wait_for_timeout(400)  # let plotly finish its transitions
    width = page.viewport_size["width"]
    page.screenshot(path=str(path), full_page=True, clip={"x": 0, "y": 0, "width": width, "height": height})
    return path


def test_filters_live_in_the_url_and_back_restores_them(read_only_server, browser_page):
    page, errors = browser_page
    open_page(page, read_only_server + "/")
    assert rows(page) == 7

    page.select_option("[data-testid=type-filter]", "rally")
    wait_for_rows(page, 2)
    page.fill("[data-testid=since-filter]", "2023-03-01")
    wait_for_rows(page, 1)
    assert query(page) == {"type": ["rally"], "since": ["2023-03-01"]}
    kazakh = page.evaluate("document.querySelector('a[data-lang=kk]').href")
    assert query_of(kazakh) == {"type": ["rally"], "since": ["2023-03-01"], "lang": ["kk"]}
    assert page.locator("#events tbody td:nth-child(4)").inner_text() == "Shymkent"

    page.go_back()
    wait_for_rows(page, 2)
    assert query(page) == {"type": ["rally"]}
    assert page.locator("[data-testid=since-filter]").input_value() == ""

    page.locator("#clear-filters").click()
    wait_for_rows(page, 7)
    page.fill("[data-testid=text-filter]", "copper")  # typing: applied once it pauses
    wait_for_rows(page, 1)
    assert query(page) == {"q": ["copper"]}

    open_page(page, read_only_server + "/?topic=education&until=2023-03-01")  # a shared link
    assert rows(page) == 1
    assert page.locator("[data-testid=topic-filter]").input_value() == "education"
    assert page.locator("[data-testid=until-filter]").input_value() == "2023-03-01"
    assert page.locator("[data-testid=total]").inner_text() == "1 events"
    assert errors == []


def test_downloads_export_exactly_the_filtered_events(read_only_server, browser_page):
    page, errors = browser_page
    open_page(page, read_only_server + "/")
    page.select_option("[data-testid=party-filter]", "AUYL")
    wait_for_rows(page, 1)
    csv_url = page.evaluate("document.getElementById('download-csv').href")
    geojson_url = page.evaluate("document.getElementById('download-geojson').href")
    assert query_of(csv_url) == {"party": ["AUYL"], "format": ["csv"]}

    table = list(csv.DictReader(io.StringIO(page.request.get(csv_url).text())))
    assert [row["parties"] for row in table] == ["AUYL"]
    features = page.request.get(geojson_url).json()["features"]
    assert [f["properties"]["settlements"] for f in features] == [["Kokshetau"]]
    assert errors == []


def test_filters_that_match_nothing_say_so_instead_of_drawing_empty_axes(read_only_server, browser_page):
    page, errors = browser_page
    open_page(page, read_only_server + "/?q=no%20such%20words")
    for panel in ("map-panel", "matrix-panel", "issues-panel", "timeline-panel"):
        assert page.locator(f"#{panel} .empty").inner_text() == "No events match these filters.", panel
    assert page.locator("#timeline .xtick, #matrix .xtick, #map rect").count() == 0
    assert all(page.locator(chart).is_hidden() for chart in ("#map", "#matrix", "#issues", "#timeline"))
    assert page.locator("#events tbody").inner_text() == "No events match these filters."

    page.fill("[data-testid=text-filter]", "")
    page.locator("[data-testid=text-filter]").dispatch_event("change")
    wait_for_rows(page, 7)
    assert page.locator(".empty:visible").count() == 0
    assert page.locator("#timeline .xtick").count() > 0
    assert errors == []


def pixel(page, x: float, y: float) -> tuple[int, int, int]:
    """The colour the browser painted at (x, y) of the viewport: a 1×1 PNG, whose one row
    holds the pixel as it is whatever the row's filter."""
    png = page.screenshot(clip={"x": x, "y": y, "width": 1, "height": 1})
    position, data = 8, b""
    while position < len(png):
        length = int.from_bytes(png[position : position + 4], "big")
        if png[position + 4 : position + 8] == b"IDAT":
            data += png[position + 8 : position + 8 + length]
        position += 12 + length
    return tuple(zlib.decompress(data)[1:4])


CELLS = """([id]) => {  // where each heatmap cell is on screen, and its count (0 when empty)
  const chart = document.getElementById(id), layout = chart._fullLayout, box = chart.getBoundingClientRect();
  return chart.data[0].z.flatMap((row, j) => row.map((n, i) => ({
    n: n || 0,  // a quarter cell off the centre, where the count is written
    x: box.left + layout.xaxis._offset + layout.xaxis.l2p(i - 0.3),
    y: box.top + layout.yaxis._offset + layout.yaxis.l2p(j - 0.3),
  })));
}"""


def distance(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    return sum(abs(x - y) for x, y in zip(a, b))


# Eleven more AMANAT events in Astana: beside a cell of twelve, a cell of one must still show.
WHO = ["teachers", "doctors", "students", "pensioners", "farmers", "railway workers", "entrepreneurs",
       "young voters", "veterans", "nurses", "bus drivers"]  # fmt: skip
BUSY_WEEK = Document(
    id="astana-week", title="AMANAT in the capital", published=date(2023, 2, 22), lang="en",
    text="".join(f"AMANAT candidates met {who} in Astana to discuss education.\n" for who in WHO),
)  # fmt: skip


def test_a_cell_with_one_event_is_not_painted_like_an_empty_one(serve_news, browser_page):
    page, errors = browser_page
    open_page(page, serve_news(BUSY_WEEK) + "/")
    page.wait_for_timeout(300)
    for chart in ("matrix", "issues"):
        cells = page.evaluate(CELLS, [chart])
        assert max(cell["n"] for cell in cells) == 12, chart
        empty = [pixel(page, cell["x"], cell["y"]) for cell in cells if cell["n"] == 0]
        ones = [pixel(page, cell["x"], cell["y"]) for cell in cells if cell["n"] == 1]
        assert empty and ones, chart
        assert len(set(empty)) == 1, chart  # no event: one colour
        assert min(distance(colour, empty[0]) for colour in ones) > 60, chart
    assert page.locator("#matrix .colorbar").count() == 1  # a legend tells what a colour means
    legend = page.locator("[data-testid=map-legend] li").all_inner_texts()
    assert legend[0] == "none" and legend[-1] == "events"
    assert errors == []


def test_the_weekly_timeline_counts_whole_events_and_shows_empty_weeks_as_zero(read_only_server, browser_page):
    page, errors = browser_page
    open_page(page, read_only_server + "/?party=AMANAT&min_confidence=0.9")  # 22 February and 7 March
    page.wait_for_timeout(300)
    bars = page.evaluate("document.getElementById('timeline').data.map((t) => [t.type, t.x, t.y])")
    assert bars == [["bar", ["2023-02-20", "2023-02-27", "2023-03-06"], [1, 0, 1]]]
    ticks = page.locator("#timeline .ytick text").all_text_contents()
    assert ticks and all(re.fullmatch(r"\d+", tick) for tick in ticks), ticks
    assert errors == []


def test_keyboard_opens_rows_and_tiles_and_the_evidence_links_to_the_article(read_only_server, browser_page):
    page, errors = browser_page
    open_page(page, read_only_server + "/")
    row = page.locator("#events tbody tr", has_text="press event")
    row.focus()
    assert page.evaluate("document.activeElement.dataset.event") == row.get_attribute("data-event")
    page.keyboard.press("Enter")
    evidence = page.locator("[data-testid=evidence]")
    evidence.locator("mark").first.wait_for(timeout=10_000)
    article = page.locator("[data-testid=article-link]")
    assert article.is_visible()
    assert article.get_attribute("href") == "https://news.example.kz/2023/02/first-week"

    page.locator("#events tbody tr", has_text="Kostanay").focus()  # a document without an address
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('.paragraph').textContent.includes('Костанае')")
    assert not article.is_visible()

    page.locator("#map g[data-region='KZ-79']").focus()
    page.keyboard.press("Enter")
    wait_for_rows(page, 1)
    assert query(page) == {"region": ["KZ-79"]}
    assert errors == []


def test_at_400_pixels_nothing_overflows_and_the_evidence_comes_into_view(read_only_server, browser_page, tmp_path):
    page, errors = browser_page
    page.set_viewport_size({"width": 400, "height": 800})
    open_page(page, read_only_server + "/?lang=ru")
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    shot = screenshot(page, "dashboard-400.png", tmp_path, 1500)
    assert shot.stat().st_size > 10_000

    page.locator("#events tbody tr", has_text="Шымкент").click()
    page.locator("[data-testid=evidence] mark").first.wait_for(timeout=10_000)
    page.wait_for_timeout(200)
    box = page.locator("[data-testid=evidence]").bounding_box()
    assert 0 <= box["y"] < 800 - 60 and box["x"] >= 0 and box["x"] + box["width"] <= 400
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    assert errors == []


# Latin words a Russian or Kazakh page may show: party names written in Latin, file formats,
# the name of the English version in the language switch, and the Enter key as keyboards label it.
LATIN_ALLOWED = {"AMANAT", "Respublica", "CSV", "GeoJSON", "JSON", "English", "Enter"}
VISIBLE_TEXT = """() => [document.body.innerText,
  ...[...document.querySelectorAll('svg text')].map((node) => node.textContent),
  ...[...document.querySelectorAll('option')].map((node) => node.textContent)].join('\\n')"""


@pytest.mark.parametrize(
    "lang, title, party",
    [("ru", "Сайлау — наблюдение за кампанией", "Ак жол"), ("kk", "Сайлау — науқанды бақылау", "Ақ жол")],
)
def test_the_russian_and_kazakh_pages_show_no_english_and_name_parties(read_only_server, browser_page, tmp_path, lang, title, party):
    page, errors = browser_page
    open_page(page, f"{read_only_server}/?lang={lang}")
    page.wait_for_selector("#seats-panel[data-query]")
    page.wait_for_timeout(300)
    assert page.locator("h1").inner_text() == title
    text = page.evaluate(VISIBLE_TEXT)
    latin = set(re.findall(r"[A-Za-z][A-Za-z'’_]{2,}", text)) - LATIN_ALLOWED
    assert latin == set()
    assert party in text  # from the reference data, not AQ_JOL
    shot = screenshot(page, f"dashboard-{lang}.png", tmp_path, 1400)
    assert shot.stat().st_size > 10_000
    assert errors == []
