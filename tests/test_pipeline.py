"""The core stages on a small tree: load, validate, model, render."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.load import load_content
from generator.errors import FactsheetError
from generator.pages.build import build_pages, load_briefing
from tests.conftest import THEME


def test_load_keeps_every_scalar_as_text(make_content, tree):
    tree["topics/port-security.yaml"]["summary"] = "no"
    content = make_content(tree)
    raw = load_content(content)
    topic = next(d for d in raw.documents if d.id == "port-security")
    assert topic.data["summary"] == "no"
    assert topic.data["aid_priority"] == "true"
    lines = (content / "topics/port-security.yaml").read_text().splitlines()
    assert topic.mark(("summary",)) == (lines.index("summary: 'no'") + 1, len("summary: ") + 1)


def test_model_resolves_back_references(make_content, tree):
    briefing = load_briefing(make_content(tree))
    assert [m.id for m in briefing.referring("ana-souza", "meetings")] == ["souza-harbour-group"]
    assert [q.id for q in briefing.referring("ana-souza", "quotes")] == ["sea-lanes"]
    assert [s.id for s in briefing.referring("port-security", "statements")] == ["patrols-discussed"]
    assert [t.id for t in briefing.aid_priorities] == ["port-security"]


def test_excerpts_know_who_rests_on_them(make_content, tree):
    briefing = load_briefing(make_content(tree))
    excerpts = briefing.excerpts("forum-report")
    positions = [x.position for x in excerpts]
    assert positions == sorted(positions)
    used = {x.text: [e.id for e in x.used_by] for x in excerpts}
    assert used["Minister Ana Souza"] == ["ana-souza"]


def test_every_page_is_rendered_once(make_content, tree):
    built = build_pages(make_content(tree), THEME)
    uris = [p.uri for p in built.pages]
    assert len(uris) == len(set(uris))
    assert uris[0] == "index.md"
    for expected in ("meetings/souza-harbour-group.md", "people/ana-souza.md", "topics/port-security.md",
                     "organisations/harbour-group.md", "events/spring-forum.md", "sources/forum-report.md",
                     "quotes/index.md", "statements/index.md"):
        assert expected in uris
    assert not any(u.startswith("quotes/") and u != "quotes/index.md" for u in uris)


def test_page_shows_fact_with_link_to_its_excerpt(make_content, tree):
    built = build_pages(make_content(tree), THEME)
    page = next(p for p in built.pages if p.uri == "people/ana-souza.md")
    assert "We will keep the sea lanes open" in page.html
    assert 'href="../../sources/forum-report/#ev-' in page.html


def test_render_problems_stop_before_anything_is_written(make_content, tree, tmp_path: Path):
    tree["quotes/sea-lanes.yaml"]["speaker"] = "nobody"
    with pytest.raises(FactsheetError) as caught:
        build_pages(make_content(tree), THEME)
    assert [str(p) for p in caught.value.problems] == [
        "content/quotes/sea-lanes.yaml:2:10: speaker: no person has the id 'nobody' "
        "(hint: add content/people/nobody.yaml, or fix the id)"
    ]


def test_meetings_follow_their_explicit_order(make_content, tree):
    second = dict(tree["meetings/souza-harbour-group.yaml"], title="A later meeting")
    tree["meetings/a-later-meeting.yaml"] = second
    tree["meetings/a-later-meeting.yaml"]["order"] = "2"
    tree["meetings/souza-harbour-group.yaml"]["order"] = "1"
    briefing = load_briefing(make_content(tree))
    assert [m.id for m in briefing.of_kind("meetings")] == ["souza-harbour-group", "a-later-meeting"]
    tree["meetings/souza-harbour-group.yaml"]["order"] = "3"
    briefing = load_briefing(make_content(tree))
    assert [m.id for m in briefing.of_kind("meetings")] == ["a-later-meeting", "souza-harbour-group"]


def test_home_lists_at_most_home_limit_items_and_links_to_all(make_content, tree, monkeypatch):
    import generator.pages.render as render_module

    monkeypatch.setattr(render_module, "HOME_LIMIT", 1)
    tree["quotes/sea-lanes-again.yaml"] = dict(tree["quotes/sea-lanes.yaml"])
    home = build_pages(make_content(tree), THEME).pages[0]
    assert home.html.count('<figure class="quote"') == 1
    assert '<a href="quotes/">All 2 quotes</a>' in home.html
    assert "All 1 " not in home.html
