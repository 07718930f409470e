"""The benchmark's synthetic briefings must stay valid, or the benchmark measures nothing."""
from __future__ import annotations

import io
from pathlib import Path

from generator.adapters.progress import Progress
from generator.content import evidence as ev
from generator.pages.build import load_briefing
from generator.pages.graph import MAX_MEETINGS, MAX_NEIGHBOURS, who_met_whom
from tests.bench.synthetic import Sizes, write_tree


def test_a_small_synthetic_tree_validates_with_the_issue_proportions(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "content", 40)
    briefing = load_briefing(tmp_path / "content")  # raises FactsheetError on any problem
    assert briefing.size == tree.entities
    meetings = briefing.of_kind("meetings")
    assert len(meetings) == 40
    assert all(2 <= len(m.data.participants) <= 12 and 1 <= len(m.data.topics) <= 5 for m in meetings)
    assert len(briefing.of_kind("people")) == Sizes.for_meetings(40).people
    for m in meetings:  # every excerpt really stands in its source text
        for item in m.data.evidence:
            assert ev.find(item.excerpt, ev.normalise(briefing.source_texts[item.source])) >= 0
    quotes = [q for m in meetings for q in briefing.referring(m.id, "quotes")]
    assert all(len(briefing.referring(m.id, "quotes")) <= 4 for m in meetings) and quotes


def test_the_same_seed_writes_the_same_tree(tmp_path: Path) -> None:
    write_tree(tmp_path / "a", 15)
    write_tree(tmp_path / "b", 15)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert files and all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)


def test_the_who_met_whom_picture_is_bounded_however_large_the_briefing(tmp_path: Path) -> None:
    write_tree(tmp_path / "content", 50)
    briefing = load_briefing(tmp_path / "content")
    meetings = briefing.of_kind("meetings")
    assert len(who_met_whom(briefing).meetings) == MAX_MEETINGS
    focus = meetings[30]
    graph = who_met_whom(briefing, focus)
    assert len(graph.meetings) <= MAX_NEIGHBOURS + 1 and [m.entity.id for m in graph.meetings if m.current] == [focus.id]
    mine = {p.person for p in focus.data.participants}
    assert all(mine & {p.person for p in m.entity.data.participants} for m in graph.meetings)


def test_progress_is_drawn_on_a_terminal_and_silent_when_piped() -> None:
    terminal, piped = io.StringIO(), io.StringIO()
    for stream, enabled in ((terminal, True), (piped, None)):
        shown = Progress(stream, enabled=enabled)
        shown.start("writing pages", total=3)
        shown.advance(3)
        shown.finish()
    assert "writing pages: 3/3 pages" in terminal.getvalue() and terminal.getvalue().endswith("\r\033[K")
    assert piped.getvalue() == ""


def test_the_fast_relative_path_agrees_with_posixpath() -> None:
    import itertools
    import posixpath

    from generator.pages.urls import _relpath_from

    parts = [".", "a", "a/b", "a/b/", "b/c/", "a/c", "meetings/x/", "meetings/", "index.html",
             "meetings/index.html", "data/facts.json", "a/./b", "../up", "/abs"]
    for path, start in itertools.product(parts, repeat=2):
        assert _relpath_from(start)(path) == posixpath.relpath(path, start), (path, start)
