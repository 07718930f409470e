"""The who-met-whom picture: its layout, its escaping, and its text alternative."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from generator.pages.build import build_pages, load_briefing
from generator.pages.graph import WIDTH, svg, who_met_whom
from tests.conftest import THEME, evidence

SVG = "{http://www.w3.org/2000/svg}"


def second_meeting(tree):
    """Add a meeting of Souza alone with Portugal, so that Souza is in two meetings."""
    tree["meetings/souza-portugal.yaml"] = {
        "title": "Souza <meets> & Portugal", "event": "spring-forum",
        "participants": [{"person": "ana-souza"}, {"organisation": "portugal"}],
        "evidence": evidence("At the Spring Forum in Lisbon")}
    return tree


def test_all_meetings_and_participants_are_drawn_each_once(make_content, tree):
    briefing = load_briefing(make_content(second_meeting(tree)))
    graph = who_met_whom(briefing)
    assert [m.entity.id for m in graph.meetings] == [m.id for m in briefing.of_kind("meetings")]
    assert sorted(p.id for p in graph.participants) == ["ana-souza", "harbour-group", "portugal"]
    assert [m.entity.id for m in graph.meetings_of(briefing.get("ana-souza"))] == [m.entity.id for m in graph.meetings]


def test_svg_is_well_formed_labelled_and_escaped(make_content, tree):
    briefing = load_briefing(make_content(second_meeting(tree)))
    drawing = str(svg(who_met_whom(briefing), "t", "d"))
    root = ET.fromstring(drawing)  # escaping is right, or this raises
    assert root.get("role") == "img" and root.get("aria-labelledby") == "t" and root.get("aria-describedby") == "d"
    assert root.find(f"{SVG}title").text.startswith("Who met whom: 2 meetings, 3 participants")
    texts = [" ".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert "Souza <meets> & Portugal" in " ".join(texts)
    paths = root.findall(f"{SVG}g/{SVG}path")
    assert len(paths) == 1  # every line in one path on the home page, where no meeting is current
    assert paths[0].get("d").count("M") == 4  # one line per participant per meeting
    assert root.get("viewBox").split()[2] == str(WIDTH)


def test_a_meeting_page_shows_its_neighbourhood_with_itself_marked(make_content, tree):
    tree = second_meeting(tree)
    tree["meetings/harbour-alone.yaml"] = {"title": "The Harbour Group alone", "event": "spring-forum",
                                           "participants": [{"organisation": "harbour-group"}],
                                           "evidence": evidence("At the Spring Forum in Lisbon")}
    briefing = load_briefing(make_content(tree))
    graph = who_met_whom(briefing, briefing.get("souza-portugal"))
    assert {m.entity.id for m in graph.meetings} == {"souza-portugal", "souza-harbour-group"}
    assert [m.entity.id for m in graph.meetings if m.current] == ["souza-portugal"]
    drawing = ET.fromstring(str(svg(graph, "t", "d")))
    assert [r.get("class") for r in drawing.iter(f"{SVG}rect")].count("meeting current") == 1
    lines = {p.get("class"): p.get("d").count("M") for p in drawing.findall(f"{SVG}g/{SVG}path")}
    assert lines == {"edge": 2, "edge current": 2}  # two lines to the neighbouring meeting, two to this one


def test_text_alternative_says_who_met_whom_on_home_and_meeting_pages(make_content, tree):
    built = build_pages(make_content(second_meeting(tree)), THEME)
    pages = {p.uri: p.html for p in built.pages}
    for uri in ("index.md", "meetings/souza-portugal.md", "meetings/souza-harbour-group.md"):
        html = pages[uri]
        assert '<svg class="who-met-whom"' in html, uri
        caption = re.search(r'<figcaption id="who-met-whom-text">(.*?)</figcaption>', html, re.S).group(1)
        words = " ".join(re.sub(r"<[^>]+>", " ", caption).split())
        assert "Ana Souza" in words and "Harbour Group" in words and "Portugal" in words
        assert "Ana Souza took part in both meetings" in words
    assert "(this meeting)" in pages["meetings/souza-portugal.md"]
    assert "<svg" not in pages["people/ana-souza.md"]
