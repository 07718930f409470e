"""The search index: made from the facts, one entry per page, quote and statement."""
from __future__ import annotations

import json

import yaml

from generator.pages.build import build_pages
from generator.pages.links import page_anchors
from generator.pages.search import search_index
from generator.pages.urls import page_url
from tests.conftest import THEME
from tests.test_site import mkdocs_build


def _index(make_content, tree, directory_urls=True) -> dict:
    built = build_pages(make_content(tree), THEME, directory_urls=directory_urls)
    return json.loads(search_index(built.briefing, built.pages, directory_urls=directory_urls))


def test_one_entry_per_page_quote_and_statement(make_content, tree):
    built = build_pages(make_content(tree), THEME)
    docs = json.loads(search_index(built.briefing, built.pages))["docs"]
    assert len(docs) == len(built.pages) + 2  # the quote and the statement
    assert len({d["location"] for d in docs}) == len(docs)
    by_location = {d["location"]: d for d in docs}
    assert by_location["people/ana-souza/"] == {"location": "people/ana-souza/", "title": "Ana Souza",
                                                "text": "Minister"}
    assert by_location["quotes/#sea-lanes"] == {"location": "quotes/#sea-lanes", "title": "Quote by Ana Souza",
                                                "text": "We will keep the sea lanes open \u2014 Ana Souza, Spring Forum"}
    assert by_location["statements/#patrols-discussed"]["title"] == "Statement"


def test_a_meeting_entry_has_its_words_and_the_names_it_names(make_content, tree):
    docs = {d["location"]: d for d in _index(make_content, tree)["docs"]}
    meeting = docs["meetings/souza-harbour-group/"]
    assert meeting["title"] == "Souza meets the Harbour Group"
    assert meeting["text"] == ("the leaders of the Harbour Group Port security and shared patrols."
                               " \u2014 Ana Souza, Harbour Group, Portugal, Port security, Spring Forum")


def test_excerpts_and_source_titles_stay_out_of_entries_that_are_not_the_source(make_content, tree):
    docs = _index(make_content, tree)["docs"]
    for doc in docs:
        if not doc["location"].startswith("sources/"):
            assert "Forum report" not in doc["text"], doc
            assert "At the Spring Forum in Lisbon" not in doc["text"], doc


def test_locations_follow_use_directory_urls(make_content, tree):
    locations = {d["location"] for d in _index(make_content, tree, directory_urls=False)["docs"]}
    assert {"index.html", "people/ana-souza.html", "quotes/index.html#sea-lanes"} <= locations


def test_the_build_publishes_the_index_and_leaves_it_to_the_search_plugin_when_that_is_on(
        make_project, tree, tmp_path):
    project = make_project(tree)
    assert mkdocs_build(project, tmp_path / "ours").returncode == 0
    ours = json.loads((tmp_path / "ours/search/search_index.json").read_text(encoding="utf-8"))
    assert set(ours) == {"docs"}

    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"] = ["search", *config["plugins"]]
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "plugin")
    assert result.returncode == 0, result.stderr
    theirs = json.loads((tmp_path / "plugin/search/search_index.json").read_text(encoding="utf-8"))
    assert "config" in theirs and any(d["location"] == "people/ana-souza/" for d in theirs["docs"])


def test_every_location_is_a_page_and_every_fragment_an_anchor_on_it(make_content, tree):
    built = build_pages(make_content(tree), THEME)
    anchors = {page_url(p.uri): page_anchors(p.html) for p in built.pages}
    docs = json.loads(search_index(built.briefing, built.pages))["docs"]
    for doc in docs:
        page, _, fragment = doc["location"].partition("#")
        assert page in anchors, doc
        assert not fragment or fragment in anchors[page], doc
    assert sum("#" in d["location"] for d in docs) == 2
