"""Whole builds of small trees in temporary folders, and plain MkDocs builds of the project."""
from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def mkdocs_build(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
                           "-d", str(site)], capture_output=True, text=True, cwd=project, timeout=300)


def page_text(path: Path) -> str:
    """The visible text of a built page, with tags removed and entities decoded."""
    body = path.read_text(encoding="utf-8")
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def test_mkdocs_build_of_a_small_tree(make_project, tree, tmp_path):
    project = make_project(tree)
    result = mkdocs_build(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "out"
    for page in ("index.html", "meetings/index.html", "meetings/souza-harbour-group/index.html",
                 "people/ana-souza/index.html", "organisations/portugal/index.html", "topics/port-security/index.html",
                 "events/spring-forum/index.html", "sources/forum-report/index.html", "quotes/index.html",
                 "statements/index.html", "search.html", "404.html"):
        assert (site / page).is_file(), page
    assert not list(site.rglob("*.yaml")), "content files must not be published as they are"
    assert "We will keep the sea lanes open" in page_text(site / "people/ana-souza/index.html")
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    assert any(doc["location"] == "people/ana-souza/" for doc in index["docs"])


def test_nav_lists_sections_not_items(make_project, tree, tmp_path):
    project = make_project(tree)
    assert mkdocs_build(project, tmp_path / "out").returncode == 0
    home = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    nav = re.search(r'<nav class="site-nav".*?</nav>', home, flags=re.S).group(0)
    # no timeline: nothing in the tree has a date
    assert re.findall(r">([^<>]+)</a>", nav) == ["Briefing", "Meetings", "People", "Countries and organisations",
                                                 "Topics", "Quotes", "Statements", "Events", "Sources",
                                                 "What changed"]


def test_bad_content_fails_the_mkdocs_build_with_located_message(make_project, tree, tmp_path):
    tree["meetings/souza-harbour-group.yaml"]["participants"][0]["person"] = "ana-suza"
    project = make_project(tree)
    result = mkdocs_build(project, tmp_path / "out")
    assert result.returncode == 1
    lines = (project / "content/meetings/souza-harbour-group.yaml").read_text().splitlines()
    line = next(n for n, text in enumerate(lines, 1) if text.endswith("person: ana-suza"))
    column = lines[line - 1].index("ana-suza") + 1
    assert (f"content/meetings/souza-harbour-group.yaml:{line}:{column}: participants[1].person: no person has the "
            "id 'ana-suza' (hint: did you mean 'ana-souza'?)") in result.stderr
    assert "Traceback" not in result.stderr


def test_plain_mkdocs_builds_are_byte_identical(tmp_path):
    """Without SOURCE_DATE_EPOCH, the plugin takes the date from the last commit, so plain
    `mkdocs build` is reproducible too."""
    import os

    sites = []
    for zone in ("UTC", "Pacific/Kiritimati"):
        env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"} | {"TZ": zone}
        site = tmp_path / zone.replace("/", "-")
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)], cwd=REPO,
                                env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        sites.append({p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()})
    assert sites[0].keys() == sites[1].keys()
    assert [name for name in sites[0] if sites[0][name] != sites[1][name]] == []
