"""The dashboard in real headless Chromium: filter by a party, open an event, see its evidence.

Serves the app with uvicorn on 127.0.0.1 (a free port) in a thread over a store seeded by
the real extractor, and drives Debian's /usr/bin/chromium through Playwright (conftest.py). Saves a
screenshot in the test's temporary folder; with SAYLAU_SCREENSHOT=PATH set, it is written
there instead (`SAYLAU_SCREENSHOT=docs/dashboard.png` renews the one the README shows).
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path



def test_filter_by_party_then_open_an_event_with_its_evidence(server, browser_page, tmp_path):
    page, errors = browser_page
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready=yes]", timeout=20_000)
    assert page.locator("#events tbody tr").count() == 7
    assert page.locator("#map g[data-region]").count() == 20

    page.select_option("[data-testid=party-filter]", "AMANAT")
    page.wait_for_function(
        "() => [...document.querySelectorAll('#events tbody tr')].length === 3"
        " && [...document.querySelectorAll('#events tbody tr td:nth-child(2)')]"
        ".every(td => td.textContent === 'AMANAT')",
        timeout=10_000,
    )
    assert page.locator("[data-testid=total]").inner_text() == "3 events"

    page.locator("#events tbody tr", has_text="press event").click()
    evidence = page.locator("[data-testid=evidence]")
    evidence.locator("mark").first.wait_for(timeout=10_000)
    assert evidence.locator(".paragraph").inner_text() == (
        "AMANAT chairman Yerlan Koshanov held a press conference in Astana."
    )
    marked = evidence.locator(".paragraph mark").all_inner_texts()
    assert {"AMANAT", "Yerlan Koshanov", "Astana"} <= set(marked)
    assert page.locator("#hemicycle .point").count() == 69

    page.select_option("[data-testid=confidence-filter]", "0.9")  # with the party filter still on
    page.wait_for_function("() => document.querySelectorAll('#events tbody tr').length === 2")
    assert page.locator("#events tbody td.confidence").all_inner_texts() == ["92 %", "95 %"]
    assert page.locator("[data-testid=total]").inner_text() == "2 events"
    page.locator("#clear-filters").click()
    page.wait_for_function("() => document.querySelectorAll('#events tbody tr').length === 7")
    assert page.locator("[data-testid=confidence-filter]").input_value() == ""
    page.select_option("[data-testid=confidence-filter]", "0.7")
    page.wait_for_function("() => document.querySelectorAll('#events tbody tr').length === 4")
    assert page.locator("[data-testid=total]").inner_text() == "4 events"
    page.wait_for_function(  # the map counts the same events (one region each)
        "() => [...document.querySelectorAll('#map g[data-region] text:nth-of-type(2)')]"
        ".reduce((n, count) => n + Number(count.textContent), 0) === 4"
    )
    page.select_option("[data-testid=confidence-filter]", "")
    assert errors == []

    page.select_option("[data-testid=party-filter]", "")  # the whole picture for the README
    page.wait_for_function("() => document.querySelectorAll('#events tbody tr').length === 7")
    page.locator("#events tbody tr", has_text="press event").click()
    page.wait_for_timeout(500)  # let the charts finish their transitions
    screenshot = Path(os.environ.get("SAYLAU_SCREENSHOT") or tmp_path / "dashboard.png")
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1400, "height": 1700})
    page.screenshot(path=str(screenshot), full_page=True, clip={"x": 0, "y": 0, "width": 1400, "height": 1360})  # the seats have their own
    assert screenshot.stat().st_size > 10_000


def test_seats_what_if_redraws_and_keeps_the_choice_in_the_url(server, browser_page, tmp_path):
    """Threshold, seats and method on the seats panel re-ask the API; the URL keeps them."""
    page, errors = browser_page
    page.goto(server + "/")
    page.wait_for_selector("#seats-panel[data-query='election=mazhilis-2023']", timeout=20_000)
    seats = lambda party: page.locator(f"#seats-table tr[data-party={party}] td.seats").inner_text()  # noqa: E731
    assert (seats("AMANAT"), seats("NSDP")) == ("40 seats", "4 seats")
    assert page.locator("[data-testid=whatif-threshold]").get_attribute("placeholder") == "5"
    law_gallagher = page.locator("[data-testid=gallagher]").inner_text()

    page.fill("[data-testid=whatif-threshold]", "7")
    page.wait_for_selector("#seats-panel[data-query='election=mazhilis-2023&threshold=7']")
    assert (seats("AMANAT"), seats("AUYL"), seats("NPK"), seats("NSDP")) == ("46 seats", "9 seats", "0 seats", "0 seats")
    assert page.locator("#hemicycle .point").count() == 69
    assert page.locator("[data-testid=gallagher]").inner_text() != law_gallagher
    assert "threshold 7.00 %" in page.locator("[data-testid=seats-summary]").inner_text()
    assert page.url.endswith("/?election=mazhilis-2023&threshold=7")

    page.fill("[data-testid=whatif-seats]", "100")
    page.select_option("[data-testid=whatif-method]", "dhondt")
    page.wait_for_selector("#seats-panel[data-query='election=mazhilis-2023&threshold=7&seats=100&method=dhondt']")
    assert page.locator("#hemicycle .point").count() == 100
    assert "D'Hondt" in page.locator("[data-testid=seats-summary]").inner_text()

    page.fill("[data-testid=whatif-threshold]", "100")  # the API's one-line 422, shown as it is
    page.wait_for_selector("#seats-panel[data-query=error]")
    assert page.locator("[data-testid=seats-error]").inner_text() == (
        "query.threshold: must be from 0 up to (not including) 100 %, not 100"
    )
    assert all("422" in error for error in errors)  # the browser logs the failed request itself
    errors.clear()

    page.goto(server + "/?lang=ru&threshold=7&seats=100&method=dhondt")  # a shared link
    page.wait_for_selector("#seats-panel[data-query='election=mazhilis-2023&threshold=7&seats=100&method=dhondt']")
    assert page.locator("[data-testid=whatif-threshold]").input_value() == "7"
    assert page.locator("[data-testid=whatif-method]").input_value() == "dhondt"
    page.goto(server + "/?threshold=7")
    page.wait_for_selector("#seats-panel[data-query='election=mazhilis-2023&threshold=7']")
    page.wait_for_selector("body[data-ready=yes]", timeout=20_000)
    page.wait_for_timeout(500)  # let the hemicycle finish drawing
    screenshot = Path(os.environ.get("SAYLAU_SEATS_SCREENSHOT") or tmp_path / "seats-whatif.png")
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    page.locator("#seats-panel").screenshot(path=str(screenshot))
    assert screenshot.stat().st_size > 10_000
    page.locator("#whatif-reset").click()
    page.wait_for_selector("#seats-panel[data-query='election=mazhilis-2023']")
    assert page.url.endswith("/?election=mazhilis-2023")
    assert errors == []


def test_the_timeline_says_how_many_undated_events_it_leaves_out(tmp_path, browser_page, serve_store):
    """One dated rally and one undated picket: the timeline shows the rally and names the picket."""
    from saylau.model import Document, Event
    from saylau.store import open_store

    dated = Document(id="rally", text="Baitak held a rally in Almaty.", published=date(2023, 3, 1), lang="en")
    undated = Document(id="picket", text="Baitak held a picket in Almaty.", lang="en")
    page, errors = browser_page
    with open_store(f"sqlite:///{tmp_path / 'dates.db'}") as store:
        for doc, kind in ((dated, "rally"), (undated, "rally")):
            event = Event(doc_id=doc.id, paragraph=0, parties=("BAITAK",), regions=("KZ-75",), event_type=kind, published=doc.published)
            store.add_document(doc, [event], "test")
        address = serve_store(store)
        for lang, expected in (
            ("en", "Undated events: 1 (no date in their paragraph or document); not on the timeline."),
            ("ru", "Без даты: 1 (ни в абзаце, ни в документе даты нет); на графике их нет."),
        ):
            page.goto(f"{address}/?lang={lang}")
            page.wait_for_selector("body[data-ready=yes]", timeout=20_000)
            assert page.locator("[data-testid=timeline-undated]").inner_text() == expected
            assert page.locator("#events tbody tr td:first-child").all_inner_texts() == [
                "2023-03-01", "undated" if lang == "en" else "без даты",
            ]
        page.locator("#timeline-panel").screenshot(path=str(tmp_path / "timeline.png"))
    assert errors == []
