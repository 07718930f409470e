"""JSON-LD for entity pages: the right schema.org types and links, and no way out of its <script>."""
from __future__ import annotations

import json

import pytest

from generator.pages.build import build_pages
from generator.pages.jsonld import serialise
from tests.conftest import THEME


def jsonld_by_uri(content):
    built = build_pages(content, THEME)
    return {page.uri: json.loads(page.jsonld) for page in built.pages if page.jsonld}, built


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<!-- a & b -->", "x\u2028y", "]]>"])
def test_serialised_json_cannot_close_its_script_element_and_reads_back_the_same(text):
    data = {"name": text, "nested": [{"text": text}]}
    out = serialise(data)
    assert not {"<", ">", "&", "\u2028"} & set(out)
    assert json.loads(out) == data


def test_meeting_is_an_event_within_its_event_with_attendees_and_location(make_content, tree):
    pages, _ = jsonld_by_uri(make_content(tree))
    meeting = pages["meetings/souza-harbour-group.md"]
    assert meeting["@context"] == "https://schema.org"
    assert meeting["@type"] == "Event"
    assert meeting["name"] == "Souza meets the Harbour Group"
    assert meeting["superEvent"] == {"@type": "Event", "@id": "../../events/spring-forum/", "name": "Spring Forum"}
    assert meeting["location"] == {"@type": "Place", "name": "Lisbon"}
    assert [(a["@type"], a["name"]) for a in meeting["attendee"]] == [("Person", "Ana Souza"),
                                                                    ("Organization", "Harbour Group")]
    event = pages["events/spring-forum.md"]
    assert event["@type"] == "Event"
    assert [s["@id"] for s in event["subEvent"]] == ["../../meetings/souza-harbour-group/"]
    assert {a["name"] for a in event["attendee"]} == {"Ana Souza", "Harbour Group"}


def test_person_has_job_title_and_affiliation(make_content, tree):
    tree["people/ana-souza.yaml"]["roles"][0]["organisation"] = "portugal"
    pages, _ = jsonld_by_uri(make_content(tree))
    person = pages["people/ana-souza.md"]
    assert person["@type"] == "Person"
    assert person["jobTitle"] == ["Minister"]
    assert person["affiliation"] == [{"@type": "Country", "@id": "../../organisations/portugal/", "name": "Portugal"}]


def test_countries_and_organisations(make_content, tree):
    pages, _ = jsonld_by_uri(make_content(tree))
    assert pages["organisations/portugal.md"]["@type"] == "Country"
    assert pages["organisations/harbour-group.md"]["@type"] == "Organization"


def test_quotes_page_holds_quotations_with_creator_text_and_source(make_content, tree):
    pages, _ = jsonld_by_uri(make_content(tree))
    (quote,) = pages["quotes/index.md"]["@graph"]
    assert quote["@type"] == "Quotation"
    assert quote["@id"] == "./#sea-lanes"
    assert quote["text"] == "We will keep the sea lanes open"
    assert quote["creator"] == {"@type": "Person", "@id": "../people/ana-souza/", "name": "Ana Souza"}
    assert quote["isBasedOn"] == [{"@type": "CreativeWork", "@id": "../sources/forum-report/", "name": "Forum report"}]


def test_facts_not_in_the_content_are_left_out(make_content, tree):
    pages, _ = jsonld_by_uri(make_content(tree))
    assert "startDate" not in pages["meetings/souza-harbour-group.md"]
    assert "jobTitle" in pages["people/ana-souza.md"] and "affiliation" not in pages["people/ana-souza.md"]


def test_markup_in_content_stays_inside_the_script_element(make_content, tree, tmp_path):
    tree["people/ana-souza.yaml"]["name"] = "Ana </script><script>alert(1)</script> Souza"
    tree["sources/forum-report.txt"] += "Ana </script><script>alert(1)</script> Souza\n"
    tree["people/ana-souza.yaml"]["evidence"] = [{"source": "forum-report", "excerpt": "Ana </script><script>alert(1)"}]
    pages, built = jsonld_by_uri(make_content(tree))
    raw = next(p.jsonld for p in built.pages if p.uri == "people/ana-souza.md")
    assert "</" not in raw and "<" not in raw
    assert pages["people/ana-souza.md"]["name"] == "Ana </script><script>alert(1)</script> Souza"


def test_the_built_page_carries_the_json_ld_and_open_graph(make_project, tree, tmp_path):
    from tests.test_site import mkdocs_build

    project = make_project(tree)
    assert mkdocs_build(project, tmp_path / "out").returncode == 0
    html = (tmp_path / "out" / "people/ana-souza/index.html").read_text(encoding="utf-8")
    start = html.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    assert json.loads(html[start:html.index("</script>", start)])["@type"] == "Person"
    assert '<meta property="og:title" content="Ana Souza">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta name="description" content="Ana Souza: Minister">' in html
