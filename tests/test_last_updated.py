""""Last updated" on every page: from the git history of the files a page draws on, else the build date."""
from __future__ import annotations

import os
import subprocess

from generator.pages.build import build_pages
from tests.conftest import THEME

EPOCH = "1700000000"  # 2023-11-14T22:13:20Z


def git(cwd, *args, date):
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def updated(built):
    return {page.uri: page.updated for page in built.pages}


def test_without_history_every_page_shows_the_build_date(make_content, tree, monkeypatch, tmp_path):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))  # no repository above tmp_path
    built = build_pages(make_content(tree), THEME, build_date="2023-11-14T22:13:20Z")
    assert set(updated(built).values()) == {"2023-11-14T22:13:20Z"}
    assert built.build_date == "2023-11-14T22:13:20Z"


def test_each_page_shows_the_last_change_to_the_files_it_draws_on(make_content, tree, monkeypatch, tmp_path):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    content = make_content(tree)
    git(tmp_path, "init", "-q", date="2024-01-01T00:00:00Z")
    git(tmp_path, "add", "content", date="2024-01-01T00:00:00Z")
    git(tmp_path, "commit", "-q", "-m", "all", date="2024-01-01T00:00:00Z")
    person = content / "people/ana-souza.yaml"
    person.write_text(person.read_text(encoding="utf-8").replace("Minister", "Minister", 1) + "\n", encoding="utf-8")
    git(tmp_path, "commit", "-q", "-am", "souza", date="2024-03-05T12:00:00Z")
    pages = updated(build_pages(content, THEME))
    assert pages["people/ana-souza.md"] == "2024-03-05T12:00:00Z"
    assert pages["meetings/souza-harbour-group.md"] == "2024-03-05T12:00:00Z"  # it names her
    assert pages["index.md"] == "2024-03-05T12:00:00Z"
    assert pages["topics/port-security.md"] == "2024-01-01T00:00:00Z"  # nothing on it changed
    assert pages["organisations/portugal.md"] == "2024-01-01T00:00:00Z"


def test_the_footer_shows_last_updated_and_the_downloads(make_project, tree, tmp_path, monkeypatch):
    from tests.test_site import mkdocs_build

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    project = make_project(tree)
    assert mkdocs_build(project, tmp_path / "out").returncode == 0
    for page in ("index.html", "people/ana-souza/index.html", "search.html", "404.html"):
        html = (tmp_path / "out" / page).read_text(encoding="utf-8")
        assert 'Last updated <time datetime="2023-11-14T22:13:20Z">2023-11-14</time>' in html, page
        assert "data/facts.json" in html and "data/people.csv" in html and "schema/meetings.json" in html, page
    assert (tmp_path / "out/data/facts.json").is_file() and (tmp_path / "out/schema/people.json").is_file()
