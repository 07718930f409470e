"""The pages a desk of several briefings and a large briefing add, in a real browser: briefing pages,
the timeline, facts grouped by briefing, numbered index pages and the full lists of long sections."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.bench.synthetic import write_tree
from tests.browser.conftest import LIGHTHOUSE_CATEGORIES, Site, build, lighthouse, serve
from tests.browser.test_reader_site import check_pages
from tests.conftest import REPO, THEME
from tests.test_desk import desk_tree

pytestmark = pytest.mark.browser


def _project(root: Path) -> Path:
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["theme"]["custom_dir"] = str(THEME)
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return root / "mkdocs.yml"


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    root = tmp_path_factory.mktemp("desk")
    desk_tree(root)
    yield from serve(build(_project(root), root / "site"))


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    root = tmp_path_factory.mktemp("large")
    write_tree(root / "content", 400)
    yield from serve(build(_project(root), root / "site"))


def test_every_page_of_a_desk_of_briefings(desk: Site, context) -> None:
    assert {"briefings/the-hague/", "briefings/baltic-forum/", "timeline/"} <= set(desk.pages)
    check_pages(desk, context, desk.pages)


def test_numbered_and_full_list_pages_of_a_large_briefing(large: Site, context) -> None:
    pages = set(large.pages)
    sample = ["", "quotes/", "quotes/page/2/", "meetings/page/2/", "timeline/", "timeline/page/2/", "commitments/"]
    sample = [p for p in sample if p in pages]
    full_lists = sorted(p for p in pages if p.count("/") == 3 and p.startswith("organisations/"))
    assert "quotes/page/2/" in sample and full_lists, "the large briefing has numbered and full-list pages"
    check_pages(large, context, [*sample, full_lists[0], full_lists[0].removesuffix("meetings/")])


@pytest.mark.parametrize("path", ["", "briefings/the-hague/", "timeline/"])
def test_lighthouse_on_a_desk(desk: Site, path: str, tmp_path: Path) -> None:
    assert lighthouse(desk.url + path, tmp_path) == dict.fromkeys(LIGHTHOUSE_CATEGORIES, 100)


@pytest.mark.parametrize("path", ["", "quotes/page/2/", "meetings/", "timeline/page/2/"])
def test_lighthouse_on_a_large_briefing(large: Site, path: str, tmp_path: Path) -> None:
    assert lighthouse(large.url + path, tmp_path) == dict.fromkeys(LIGHTHOUSE_CATEGORIES, 100)
