"""Every page stays light at any size: indexes and long sections of entity pages run over numbered
pages with rel=prev/next, and no page grows with the briefing."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.pages.build import BuiltPages, build_pages
from generator.pages.pagination import SECTION_LIMIT, page_size
from tests.bench.synthetic import write_tree
from tests.conftest import REPO, THEME
from tests.test_site import mkdocs_build

MEETINGS = 400


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("large")
    write_tree(root / "content", MEETINGS)
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["theme"]["custom_dir"] = str(THEME)
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def built(project: Path) -> BuiltPages:
    return build_pages(project / "content", THEME)  # its links and anchors are checked as it builds


def test_indexes_run_over_numbered_pages(built: BuiltPages) -> None:
    quotes = [p for p in built.pages if p.uri == "quotes/index.md" or p.uri.startswith("quotes/page/")]
    total = len(built.briefing.of_kind("quotes"))
    assert len(quotes) == -(-total // page_size("quotes")) > 1
    first, second = quotes[0], quotes[1]
    assert first.uri == "quotes/index.md" and first.in_nav and not second.in_nav
    assert (first.previous, first.next) == (None, "quotes/page/2.md") and second.previous == "quotes/index.md"
    assert 'rel="next"' in first.html and f"Page 1 of {len(quotes)}" in first.html


def test_a_long_section_links_to_its_full_list(built: BuiltPages) -> None:
    b = built.briefing
    busiest = max(b.of_kind("organisations"), key=lambda o: len(b.referring(o.id, "meetings")))
    count = len(b.referring(busiest.id, "meetings"))
    assert count > SECTION_LIMIT
    own = next(p for p in built.pages if p.uri == f"organisations/{busiest.id}.md")
    assert own.html.count('class="card"') == SECTION_LIMIT and f"All {count}: Meetings" in own.html
    full = [p for p in built.pages if p.uri.startswith(f"organisations/{busiest.id}/meetings")]
    assert sum(p.html.count('class="card"') for p in full) == count


def test_no_page_is_heavy(built: BuiltPages) -> None:
    heaviest = max(built.pages, key=lambda p: len(p.html))
    assert len(heaviest.html.encode()) < 150_000, heaviest.uri


def test_the_built_pages_carry_rel_prev_and_next(project: Path, tmp_path: Path) -> None:
    assert mkdocs_build(project, tmp_path / "site").returncode == 0
    second = (tmp_path / "site" / "quotes" / "page" / "2" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<link rel="prev" href="\.\./\.\./">', second), second[:2000]
    assert re.search(r'<link rel="next" href="\.\./3/">', second)
