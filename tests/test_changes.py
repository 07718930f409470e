"""The "What changed" page: recent changes to facts from git, newest first, or a plain word that
there is no history; the same bytes on every build of the same commit."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

from generator.pages.build import build_pages
from tests.conftest import THEME, write_tree


def git(cwd: Path, *args: str, date: str = "2025-06-24T10:00:00Z") -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    subprocess.run(["git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org",
                    "-c", "commit.gpgsign=false", *args], cwd=cwd, env=env, check=True, capture_output=True)


def changes_page(content: Path) -> str:
    pages = {p.uri: p for p in build_pages(content, THEME).pages}
    page = pages["changes/index.md"]
    assert page.in_nav and page.title == "What changed"
    return page.html


def history_project(tmp_path: Path, tree: dict) -> Path:
    project = tmp_path / "project"
    content = write_tree(project / "content", tree)
    git(project, "init", "-q", "-b", "main")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "First facts from the forum report", date="2025-06-24T10:00:00Z")
    person = content / "people" / "ana-souza.yaml"
    person.write_text(person.read_text(encoding="utf-8").replace("name: Ana Souza", "name: Ana M. Souza"),
                      encoding="utf-8")
    (content / ".schema").mkdir()
    (content / ".schema" / "people.json").write_text("{}", encoding="utf-8")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "Souza's <name> fixed", date="2025-06-26T09:30:00Z")
    (project / "README.md").write_text("not content\n", encoding="utf-8")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "Outside content", date="2025-06-27T09:30:00Z")
    return content


def test_lists_changes_to_facts_newest_first_with_links(tmp_path: Path, tree) -> None:
    html = changes_page(history_project(tmp_path, tree))
    newest = html.index("2025-06-26")
    oldest = html.index("2025-06-24")
    assert newest < oldest
    assert "Souza&#39;s &lt;name&gt; fixed" in html  # commit subjects are escaped like any other text
    assert "Outside content" not in html  # only commits that touched content/
    assert ".schema" not in html  # the editors' schema copies are not facts
    second = html[newest:oldest]
    assert '<a href="../people/ana-souza/">Ana M. Souza</a> <code>content/people/ana-souza.yaml</code>' in second
    first = html[oldest:]
    assert '<a href="../">The briefing</a>' in first and '<a href="../sources/forum-report/">Forum report</a>' in first
    assert first.count("<code>content/") == len(tree)  # every file of the first commit, nothing else
    assert f"<details><summary>{len(tree)} files changed</summary>" in first  # a long list is folded
    assert "<details>" not in second


def test_removed_files_are_named_as_removed(tmp_path: Path, tree) -> None:
    content = history_project(tmp_path, tree)
    (content / "statements" / "patrols-discussed.yaml").unlink()
    git(content.parent, "add", "-A")
    git(content.parent, "commit", "-q", "-m", "Drop a statement", date="2025-06-28T09:30:00Z")
    html = changes_page(content)
    assert "<code>content/statements/patrols-discussed.yaml</code> (no longer in the briefing)" in html


def test_without_git_the_page_says_there_is_no_history(tmp_path: Path, tree) -> None:
    html = changes_page(write_tree(tmp_path / "content", tree))
    assert "There is no history to show: this copy of the briefing was built without its git history." in html
    assert "<ol" not in html


def test_a_shallow_clone_says_its_history_is_cut_short(tmp_path: Path, tree) -> None:
    content = history_project(tmp_path, tree)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", content.parent.as_uri(), str(clone)], check=True,
                   capture_output=True)
    html = changes_page(clone / "content")
    assert "There is no history to show: this copy of the briefing was built from a shallow clone" in html


def test_the_page_is_the_same_on_every_build(tmp_path: Path, tree, monkeypatch) -> None:
    content = history_project(tmp_path, tree)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1750000000")
    first = changes_page(content)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1760000000")
    assert changes_page(content) == first  # no build time in the page: only commit dates


def test_the_site_nav_links_the_page(make_project, tree) -> None:
    from generator.adapters.site import build_site

    project = make_project(tree)
    result = build_site(project / "mkdocs.yml")
    home = (result.site_dir / "index.html").read_text(encoding="utf-8")
    assert '<a href="changes/">What changed</a>' in home
    assert (result.site_dir / "changes" / "index.html").is_file()
