"""The data downloads: facts.json, a CSV per kind and the JSON Schemas, and their round trip."""
from __future__ import annotations

import csv
import io
import json

from generator.content.jsonschema import all_schemas
from generator.pages.build import build_pages, load_briefing
from generator.pages.downloads import FACTS, csv_path, downloads, read_csv, read_facts
from tests.conftest import REPO, THEME


def by_path(briefing):
    return {d.path: d.content for d in downloads(briefing)}


def test_facts_json_round_trips_to_the_same_models(make_content, tree):
    briefing = load_briefing(make_content(tree))
    info, entities = read_facts(by_path(briefing)[FACTS])
    assert info == briefing.info
    assert entities == {kind: {e.id: e.data for e in briefing.of_kind(kind)}
                        for kind in briefing.kinds if briefing.of_kind(kind)}


def test_facts_json_keeps_evidence_and_source_texts(make_content, tree):
    briefing = load_briefing(make_content(tree))
    data = json.loads(by_path(briefing)[FACTS])
    (meeting,) = data["entities"]["meetings"]
    assert meeting["id"] == "souza-harbour-group"
    assert meeting["evidence"] == [{"source": "forum-report",
                                    "excerpt": "Minister Ana Souza met the leaders of the Harbour Group."}]
    assert data["source_texts"]["forum-report"] == tree["sources/forum-report.txt"]


def test_each_kind_has_a_csv_that_round_trips(make_content, tree):
    tree["topics/port-security.yaml"]["summary"] = '[Brackets], "quotes", commas\nand a new line'
    briefing = load_briefing(make_content(tree))
    files = by_path(briefing)
    for kind in briefing.kinds:
        if briefing.of_kind(kind):
            assert read_csv(kind, files[csv_path(kind)]) == {e.id: e.data for e in briefing.of_kind(kind)}, kind


def test_csv_columns_are_the_fields_with_lists_as_json(make_content, tree):
    briefing = load_briefing(make_content(tree))
    rows = list(csv.DictReader(io.StringIO(by_path(briefing)[csv_path("people")].decode())))
    assert list(rows[0]) == ["id", "name", "roles", "evidence"]
    assert rows[0]["name"] == "Ana Souza"
    assert json.loads(rows[0]["roles"])[0]["title"] == "Minister"
    topics = list(csv.DictReader(io.StringIO(by_path(briefing)[csv_path("topics")].decode())))
    assert topics[0]["aid_priority"] == "true" and topics[0]["summary"] == ""


def test_schemas_are_published_and_the_real_briefing_round_trips():
    briefing = load_briefing(REPO / "content")
    files = by_path(briefing)
    for path, content in all_schemas().items():
        assert files[path] == content
    info, entities = read_facts(files[FACTS])
    assert info == briefing.info
    assert sum(len(v) for v in entities.values()) == briefing.size


def test_downloads_are_built_once_the_same(make_content, tree):
    content = make_content(tree)
    first = build_pages(content, THEME).downloads
    second = build_pages(content, THEME).downloads
    assert first == second and first
