"""The page of `tidings serve` in a real browser (Playwright driving Debian's headless
chromium) on the sample articles: it loads offline, each chart draws one mark per row of the
API's answer, the filter bar drives the table and the URL, and an event's evidence is
highlighted at its characters. Screenshots of each view go to a temporary folder (or to
$TIDINGS_SCREENSHOTS), printed at the end of the run."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
VENDOR = Path(__file__).resolve().parents[1] / "src/tidings/serve/static/vendor/vega.min.js"


def _needs(ok: bool, message: str) -> None:
    if not ok:
        if os.environ.get("CI"):
            pytest.fail(message + " -- in CI the browser tests must run")
        pytest.skip(message)


@pytest.fixture(scope="module")
def server(seeds_db):
    """`tidings serve` on a free port of 127.0.0.1, as a user starts it."""
    _needs(Path(CHROMIUM).exists(), "Debian's chromium is not installed (apt-get install chromium; .ci/run does)")
    _needs(VENDOR.exists(), "the page's scripts are not vendored (make vendor)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "tidings", "serve", "--db", seeds_db, "--port", str(port)],
                            stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}/"
    for _ in range(300):  # until it answers (bounded: about 30 s)
        try:
            urllib.request.urlopen(base + "api/status")
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"tidings serve exited: {proc.stderr.read()}")
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def screens(tmp_path_factory):
    folder = Path(os.environ.get("TIDINGS_SCREENSHOTS") or tmp_path_factory.mktemp("screens"))
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    print(f"\nscreenshots of the page: {folder}")


class Page:
    """A browser tab on the page, with what it logged and asked for."""

    def __init__(self, browser, base):
        self.base = base
        self.tab = browser.new_page(viewport={"width": 1400, "height": 1000})
        self.errors, self.requests = [], []
        self.tab.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.tab.on("pageerror", lambda e: self.errors.append(str(e)))
        self.tab.on("request", lambda r: self.requests.append(r.url))

    def open(self, query=""):
        self.tab.goto(self.base + query)
        self.settled()
        return self

    def settled(self):
        # every view drawn for the URL the page is at now
        self.tab.wait_for_function("window.tidings && window.tidings.ready && document.body.dataset.ready === "
                                   "location.search", timeout=30_000)

    def count(self, selector):
        return self.tab.locator(selector).count()

    def query(self):
        return {k: v[0] for k, v in parse_qs(urlparse(self.tab.url).query).items()}


def api(base, path):
    with urllib.request.urlopen(base + "api/" + path) as r:
        return json.load(r)


@pytest.fixture
def page(browser, server):
    p = Page(browser, server)
    yield p
    p.tab.close()


def test_the_page_loads_with_no_console_errors_and_asks_no_other_host(page, server, screens):
    page.open()
    page.tab.screenshot(path=screens / "page.png", full_page=True)
    assert page.errors == []
    assert page.requests and all(u.startswith(server) for u in page.requests), \
        [u for u in page.requests if not u.startswith(server)]
    assert "4 documents" in page.tab.locator("#summary").inner_text()  # the seeds and a wire report


def test_the_timeline_draws_a_bar_per_period_and_quad_class(page, server, screens):
    page.open("?by=week")
    series = api(server, "timeline?by=week")["series"]
    assert page.count("#timeline g.bars_marks > path") == len(series) > 3
    page.tab.locator("#timeline-view").screenshot(path=screens / "timeline.png")


def test_the_dyad_chart_draws_both_directions_of_the_busiest_dyad(page, server, screens):
    page.open()
    top = api(server, "network")["edges"][0]
    series = api(server, f"dyad?a={top['source']}&b={top['target']}&by=month")["series"]
    assert page.count("#dyad g.counts_marks > path") == len(series) > 3
    assert page.count("#dyad g.goldstein_marks > path") == len([r for r in series if r["mean_goldstein"] is not None])
    a, b = top["source"], top["target"]
    assert {r["direction"] for r in series} == {f"{a}->{b}", f"{b}->{a}"}
    page.tab.locator("#dyad-view").screenshot(path=screens / "dyad.png")


def test_the_network_draws_an_edge_per_dyad_and_a_click_filters_to_it(page, server, screens):
    page.open()
    net = api(server, "network")
    assert page.count("#network g.edges_marks > line") == len(net["edges"]) > 5
    assert page.count("#network g.nodes_marks > path") == len(net["nodes"])
    page.tab.locator("#network-view").screenshot(path=screens / "network.png")
    # click a third of the way along the longest edge, clear of the crossings at the centre
    edges = page.tab.locator("#network g.edges_marks > line")
    boxes = [edges.nth(i).bounding_box() for i in range(edges.count())]
    i = max(range(len(boxes)), key=lambda k: boxes[k]["width"] ** 2 + boxes[k]["height"] ** 2)
    x1, y1, x2, y2 = (float(edges.nth(i).get_attribute(a) or 0) for a in ("x1", "y1", "x2", "y2"))
    box = boxes[i]
    start = (box["x"] if x2 >= x1 else box["x"] + box["width"], box["y"] if y2 >= y1 else box["y"] + box["height"])
    page.tab.mouse.click(start[0] + (x2 - x1) / 3, start[1] + (y2 - y1) / 3)
    page.settled()
    q = page.query()
    assert (q.get("source"), q.get("target")) in {(e["source"], e["target"]) for e in net["edges"]}
    shown = page.tab.locator("#events tbody tr").count()
    assert shown == min(25, api(server, f"events?source={q['source']}&target={q['target']}")["total"]) > 0


def test_the_map_draws_a_circle_per_place_of_the_events(page, server, screens):
    page.open()
    places = api(server, "map")["places"]
    assert page.count("#map g.places_marks > path") == len(places) > 3
    assert page.count("#map g.countries_marks > path") > 100  # the world outline, from the vendored world-atlas
    page.tab.locator("#map-view").screenshot(path=screens / "map.png")
    page.open("?type=SANCTION")
    assert page.count("#map g.places_marks > path") == len(api(server, "map?type=SANCTION")["places"])


def test_changing_a_filter_changes_the_table_and_the_url(page, server, screens):
    page.open()
    assert page.tab.locator("#events tbody tr").count() == 25
    page.tab.fill("input[name=source]", "GBR")
    page.tab.click("button[type=submit]")
    page.settled()
    assert page.query()["source"] == "GBR"
    total = api(server, "events?source=GBR")["total"]
    rows = page.tab.locator("#events tbody tr")
    assert rows.count() == total and page.tab.locator("#table-count").inner_text() == f"{total} events"
    assert all(rows.nth(i).locator("td").nth(1).inner_text().startswith("GBR") for i in range(rows.count()))
    page.tab.locator("#table-view").screenshot(path=screens / "table.png")
    page.tab.go_back()
    page.settled()
    assert "source" not in page.query() and page.tab.locator("#events tbody tr").count() == 25


def test_a_bookmarked_view_opens_as_it_was_shared(page):
    page.open("?status=alleged&by=day")
    assert page.tab.input_value("select[name=status]") == "alleged"
    assert page.tab.input_value("select[name=by]") == "day"
    assert all(page.tab.locator("#events tbody tr").nth(i).locator("td").nth(5).inner_text() == "alleged"
               for i in range(page.tab.locator("#events tbody tr").count()))


def test_the_table_sorts_by_a_header_and_pages(page, server):
    page.open()
    page.tab.click("#events th[data-sort=goldstein]")
    page.settled()
    assert page.query()["sort"] == "goldstein"
    first = float(page.tab.locator("#events tbody tr").first.locator("td").nth(7).inner_text())
    assert first == min(e["cameo"]["goldstein"] for e in api(server, "events?limit=1000")["items"])
    page.tab.click("#next")
    page.settled()
    assert page.query()["offset"] == "25" and page.query()["sort"] == "goldstein"
    assert page.tab.locator("#page").inner_text().startswith("26")


def test_clicking_an_event_shows_its_evidence_highlighted_at_its_characters(page, server, screens):
    page.open("?text=60%20Russian%20diplomats")
    page.tab.locator("#events tbody tr").first.click()
    page.settled()
    event_id = page.query()["event"]
    e = api(server, f"events/{event_id}")
    shown = page.tab.evaluate("""() => {
        const doc = document.querySelector('#evidence-text .doc');
        const marks = [...doc.querySelectorAll('mark.m-evidence')];
        return {text: doc.textContent, start: Math.min(...marks.map(m => +m.dataset.start)),
                end: Math.max(...marks.map(m => +m.dataset.end)), marked: marks.map(m => m.textContent).join(''),
                before: Array.from(doc.textContent).slice(0, +marks[0].dataset.start).join(''),
                trigger: [...doc.querySelectorAll('mark.m-trigger')].map(m => m.textContent).join('')}
    }""")
    assert shown["text"] == e["document"]["text"]
    assert (shown["start"], shown["end"]) == (e["evidence"]["start"], e["evidence"]["end"])
    assert shown["marked"] == e["evidence"]["text"]
    assert shown["before"] == e["document"]["text"][:e["evidence"]["start"]]
    assert shown["trigger"] == e["trigger"]["text"]
    assert page.count("#evidence-text mark.m-source") and page.count("#evidence-text mark.m-target")
    page.tab.locator("#evidence-view").screenshot(path=screens / "evidence.png")


def test_a_merged_event_shows_its_sources_side_by_side(page, server, screens):
    page.open("?merged=true&sort=-n_sources")
    page.tab.locator("#events tbody tr").first.click()
    page.settled()
    m = api(server, f"merged/{page.query()['merged_id']}")
    columns = page.tab.locator("#evidence .sources > div")
    assert columns.count() == len(m["sources"]) and len({e["doc_id"] for e in m["sources"]}) == m["n_sources"] == 2
    for i, source in enumerate(m["sources"]):
        marked = columns.nth(i).locator("mark.m-evidence")
        assert "".join(marked.all_text_contents()) == source["evidence"]["text"]
    page.tab.locator("#evidence-view").screenshot(path=screens / "sources.png")



def test_the_openapi_page_lists_every_endpoint_offline(page, server, screens):
    page.tab.goto(server + "docs")
    page.tab.wait_for_selector(".opblock-get", timeout=30_000)
    with urllib.request.urlopen(server + "openapi.json") as r:
        paths = set(json.load(r)["paths"])
    assert page.count(".opblock-get") == len(paths) >= 12
    assert page.errors == [] and all(u.startswith(server) for u in page.requests)
    page.tab.screenshot(path=screens / "api.png")
