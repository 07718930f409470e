"""Whole builds: a small tree in a temporary folder, and the real Hague briefing."""
from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pages.build import load_briefing
from tests.conftest import REPO

ARTICLE = REPO / "content" / "sources" / "hague-summit-article.txt"


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


@pytest.fixture(scope="module")
def hague_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("hague") / "site"
    result = mkdocs_build(REPO, site)
    assert result.returncode == 0, result.stderr
    return site


def test_the_four_quotes_are_on_the_home_page_word_for_word(hague_site):
    quotes = re.findall(r"\u201c(.+?)\u201d", ARTICLE.read_text(encoding="utf-8"))
    assert len(quotes) == 4
    home = page_text(hague_site / "index.html")
    for quote in quotes:
        assert quote.rstrip(",") in home


def test_every_sentence_of_the_article_is_evidenced(hague_site):
    """Each sentence of the article shares an excerpt with some fact: nothing it says is left out."""
    briefing = load_briefing(REPO / "content")
    excerpts = [x.text for x in briefing.excerpts("hague-summit-article")]
    from generator.content.evidence import normalise

    text = normalise(ARTICLE.read_text(encoding="utf-8"))
    sentences = [s for s in re.split(r'(?<=[.!?"])\s+(?=[A-Z"])', text) if len(s) > 20]
    assert len(sentences) >= 15
    uncovered = [s for s in sentences if not any(x in s or s in x for x in excerpts)]
    assert uncovered == []


def test_every_named_person_and_country_has_a_page(hague_site):
    for person in ("volodymyr-zelensky", "mark-rutte", "alexander-stubb", "mette-frederiksen", "ulf-kristersson",
                   "jonas-gahr-store"):
        assert (hague_site / "people" / person / "index.html").is_file()
    for org in ("nato", "e5", "germany", "france", "united-kingdom", "italy", "poland", "nordic-countries",
                "finland", "denmark", "sweden", "norway", "ukraine", "russia", "iran"):
        assert (hague_site / "organisations" / org / "index.html").is_file()
    rutte = page_text(hague_site / "people/mark-rutte/index.html")
    assert "Zelensky meets the E5 leaders and NATO Secretary General Mark Rutte" in rutte
    assert "You can count on us now and in the future" in rutte


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
