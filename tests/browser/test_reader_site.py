"""The built briefing in a real browser: accessibility, self-containment, phones, search, data, keyboard."""
from __future__ import annotations

import json
import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from generator.pages.build import build_pages, load_briefing
from generator.pages.downloads import read_csv, read_facts
from tests.browser.conftest import LIGHTHOUSE_CATEGORIES, Site, lighthouse, watch
from tests.conftest import REPO, THEME

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
SCHEMES = ("light", "dark")


def _describe(page: str, scheme: str, violations: list[dict]) -> list[str]:
    return [f"{page or '/'} ({scheme}): {v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in violations]


def test_every_page_is_accessible_self_contained_and_fits_a_phone(site: Site, context):
    """axe-core, WCAG 2.2 A and AA, zero violations in both colour schemes; nothing leaves the site;
    no console error; nothing wider than 375 px."""
    # every page the core renders, plus MkDocs' search page and 404 page
    assert len(site.pages) == len(build_pages(REPO / "content", THEME).pages) + 2, site.pages
    check_pages(site, context, site.pages)


def check_pages(site: Site, context, paths: list[str]) -> None:
    """Each page, in both colour schemes: no axe violation, nothing from elsewhere, no console error,
    nothing wider than the phone's 375 px."""
    axe = Axe()
    page = context.new_page()
    watched = watch(page, site)
    problems: list[str] = []
    checked = 0
    for path in paths:
        for scheme in SCHEMES:
            page.emulate_media(color_scheme=scheme)
            response = page.goto(site.url + path, wait_until="load")
            assert response is not None and response.ok, path
            problems += _describe(path, scheme, axe.run(page, options=AXE_OPTIONS).response["violations"])
            checked += 1
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            problems.append(f"{path or '/'}: {overflow}px wider than the 375px viewport")
    assert checked == 2 * len(paths)
    assert problems == []
    assert watched.outside == [], "requests left the site"
    assert watched.errors == [], "console errors"


def test_search_for_rutte_finds_his_page(site: Site, context):
    page = context.new_page()
    watched = watch(page, site)
    page.goto(site.url)
    page.fill("#search-box", "Rutte")
    page.press("#search-box", "Enter")
    page.wait_for_url(re.compile(r"search\.html\?q=Rutte"))
    status = page.locator("#search-status")
    status.filter(has_text=re.compile(r"match")).wait_for()
    hrefs = page.eval_on_selector_all("#search-results a", "links => links.map(a => a.href)")
    assert site.url + "people/mark-rutte/" in hrefs
    assert watched.errors == [] and watched.outside == []


def test_search_finds_meetings_topics_and_quotes(site: Site, context):
    page = context.new_page()
    for query, expected in (("Nordic leaders", "meetings/zelensky-nordic-leaders/"),
                            ("shadow fleet", "topics/shadow-fleet/"),
                            ("count on us", "quotes/")):
        page.goto(site.url + "search.html?q=" + query.replace(" ", "+"))
        page.locator("#search-status").filter(has_text=re.compile(r"match")).wait_for()
        hrefs = page.eval_on_selector_all("#search-results a", "links => links.map(a => a.href)")
        assert any(h.startswith(site.url + expected) for h in hrefs), (query, hrefs)


EXPECTED_TYPES = {"events": {"Event"}, "meetings": {"Event"}, "people": {"Person"},
                  "organisations": {"Organization", "Country"}, "topics": {"DefinedTerm"},
                  "sources": {"CreativeWork"}}


def test_json_ld_of_every_entity_page_parses_and_has_the_right_type(site: Site, context):
    briefing = load_briefing(REPO / "content")
    page = context.new_page()
    seen = 0
    for kind, types in EXPECTED_TYPES.items():
        for entity in briefing.of_kind(kind):
            page.goto(f"{site.url}{kind}/{entity.id}/")
            scripts = page.eval_on_selector_all('script[type="application/ld+json"]', "s => s.map(e => e.textContent)")
            assert len(scripts) == 1, (kind, entity.id)
            data = json.loads(scripts[0])
            assert data["@context"] == "https://schema.org"
            assert data["@type"] in types, (entity.id, data["@type"])
            if kind == "organisations":
                assert data["@type"] == ("Country" if entity.data.type == "country" else "Organization")
            assert data["name"] == entity.name
            seen += 1
    assert seen == sum(len(briefing.of_kind(k)) for k in EXPECTED_TYPES)
    page.goto(site.url + "quotes/")
    graph = json.loads(page.locator('script[type="application/ld+json"]').text_content())["@graph"]
    assert {q["@type"] for q in graph} == {"Quotation"}
    assert sorted(q["text"] for q in graph) == sorted(q.data.text for q in briefing.of_kind("quotes"))


def test_downloads_linked_from_the_footer_parse_and_round_trip(site: Site, context):
    briefing = load_briefing(REPO / "content")
    page = context.new_page()
    page.goto(site.url + "people/mark-rutte/")
    links = page.eval_on_selector_all(".site-footer a", "links => links.map(a => a.href)")
    facts_url = next(link for link in links if link.endswith("data/facts.json"))
    info, entities = read_facts(page.request.get(facts_url).body())
    assert info == briefing.info
    for kind, by_id in entities.items():
        assert by_id == {e.id: e.data for e in briefing.of_kind(kind)}
    csvs = [link for link in links if link.endswith(".csv")]
    assert len(csvs) == len(entities)
    for link in csvs:
        kind = link.rsplit("/", 1)[1].removesuffix(".csv")
        assert read_csv(kind, page.request.get(link).body()) == {e.id: e.data for e in briefing.of_kind(kind)}
    schemas = [link for link in links if "/schema/" in link]
    assert schemas
    for link in schemas:
        assert json.loads(page.request.get(link).body())["$schema"].startswith("https://json-schema.org/")


def test_keyboard_tab_reaches_the_skip_link_which_moves_focus_to_main(site: Site, context):
    page = context.new_page()
    page.goto(site.url + "meetings/zelensky-nordic-leaders/")
    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.className, document.activeElement.getAttribute('href')]")
    assert focused == ["skip-link", "#main"]
    visible = page.evaluate("document.activeElement.getBoundingClientRect().top >= 0")
    assert visible, "the skip link must show when it has focus"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")  # the next Tab goes on inside the main content
    assert page.evaluate("document.getElementById('main').contains(document.activeElement)")


def test_print_drops_nav_and_search_keeps_sources_and_shows_link_targets(site: Site, context):
    page = context.new_page()
    page.goto(site.url + "meetings/zelensky-e5-leaders-and-rutte/")
    page.emulate_media(media="print")
    shown = page.evaluate("""() => ({
        nav: getComputedStyle(document.querySelector('.site-nav')).display,
        search: getComputedStyle(document.querySelector('.search-form')).display,
        evidence: getComputedStyle(document.querySelector('.evidence')).display,
        after: getComputedStyle(document.querySelector('main p.from a'), '::after').content,
        graph: document.querySelector('.graph svg').getBoundingClientRect().width,
    })""")
    assert shown["nav"] == "none" and shown["search"] == "none"
    assert shown["evidence"] != "none"
    assert "sources/hague-summit-article/" in shown["after"]
    assert shown["graph"] > 300  # the picture keeps its size on paper
    page.set_viewport_size({"width": 700, "height": 1000})  # about an A4 page's printable width
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, \
        "printed link targets must wrap, not run off the page"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


def test_reading_works_without_javascript(browser, site: Site):
    ctx = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    try:
        page = ctx.new_page()
        page.goto(site.url)
        assert page.locator("h1").inner_text()
        assert page.locator(".graph svg").is_visible()
        page.click("nav.site-nav >> text=People")
        page.click("main >> text=Mark Rutte")
        assert page.locator("h1").inner_text() == "Mark Rutte"
        page.click("main a.cite >> nth=0")
        assert "/sources/hague-summit-article/" in page.url
        assert page.locator(":target").count() == 1
    finally:
        ctx.close()


def test_who_met_whom_reads_at_phone_width(site: Site, context):
    """The drawing's text keeps at least 11 CSS px at 375 px, and its text alternative names every meeting."""
    page = context.new_page()
    page.goto(site.url)
    sizes = page.eval_on_selector_all(".graph svg text", "ts => ts.map(t => t.getBoundingClientRect().height)")
    assert sizes and min(sizes) >= 11, sizes
    words = " ".join(page.locator(".graph figcaption").inner_text().split())
    briefing = load_briefing(REPO / "content")
    for meeting in briefing.of_kind("meetings"):
        assert meeting.name in words
        for participant in meeting.data.participants:
            assert briefing.get(participant.person or participant.organisation).name in words
    drawn = page.eval_on_selector_all(".graph svg text.person", "ts => ts.map(t => t.textContent)")
    assert len(drawn) == len({p.person or p.organisation for m in briefing.of_kind("meetings")
                              for p in m.data.participants})


@pytest.mark.parametrize("path", ["", "commitments/", "meetings/zelensky-nordic-leaders/", "people/volodymyr-zelensky/",
                                  "quotes/", "sources/hague-summit-article/", "changes/", "pages/about/"])
def test_lighthouse_scores_100_in_every_category(site: Site, path: str, tmp_path) -> None:
    assert lighthouse(site.url + path, tmp_path) == dict.fromkeys(LIGHTHOUSE_CATEGORIES, 100)
