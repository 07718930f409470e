"""Pages editors write in Markdown (content/pages/<id>.md): rendered, linked to the facts by id,
checked like every other content file, and given the same shell, nav, search entry and JSON-LD."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.adapters.cli import cli
from generator.editing.editor_schemas import schema_file, stale_schemas
from generator.errors import FactsheetError
from generator.pages.build import build_pages
from generator.pages.search import search_index
from tests.conftest import REPO, THEME

ABOUT = """---
title: About the Spring Forum briefing
type: about
order: 1
---
This briefing follows [Ana Souza](people:ana-souza) at the [forum](events:spring-forum), where she
said [one thing](quotes:sea-lanes) *worth* **noting**.

## How facts are checked

1. Each fact rests on an excerpt.
2. The build checks it: see [Methodology](pages:methodology#the-table).

Also:

- a list item with `<code>` in it
- and a link to [the forum's own site](https://example.org/forum?a=1&b=2)

## Main
"""

METHODOLOGY = """---
title: Methodology
---
Words & more words.

## The table

| check | what |
| --- | :-: |
| Evidence | [Souza](people:ana-souza#evidence) |
"""


def with_pages(tree: dict[str, Any], **pages: str) -> dict[str, Any]:
    return {**tree, **{f"pages/{name}.md": text for name, text in pages.items()}}


def problems(content: Path) -> list[str]:
    with pytest.raises(FactsheetError) as caught:
        build_pages(content, THEME)
    return [str(p) for p in caught.value.problems]


def page(built: Any, uri: str) -> Any:
    return next(p for p in built.pages if p.uri == uri)


def test_the_markdown_an_editor_uses_renders(make_content, tree):
    built = build_pages(make_content(with_pages(tree, about=ABOUT, methodology=METHODOLOGY)), THEME)
    about = page(built, "pages/about.md").html
    assert "<h1>About the Spring Forum briefing</h1>" in about
    assert '<h2 id="how-facts-are-checked">How facts are checked</h2>' in about
    assert "<em>worth</em> <strong>noting</strong>" in about
    assert "<ol>\n<li>Each fact rests on an excerpt.</li>" in about and "<ul>\n<li>a list item" in about
    assert "<code>&lt;code&gt;</code>" in about
    assert '<a href="https://example.org/forum?a=1&amp;b=2">' in about
    assert '<h2 id="main-section">Main</h2>' in about  # the shell's own id="main" stays unique
    methodology = page(built, "pages/methodology.md").html
    assert "<p>Words &amp; more words.</p>" in methodology
    assert '<div aria-label="Table" class="table-wrap" role="region" tabindex="0">\n<table>' in methodology
    assert '<th style="text-align: center;">what</th>' in methodology


def test_links_by_id_become_links_to_the_pages(make_content, tree):
    content = make_content(with_pages(tree, about=ABOUT, methodology=METHODOLOGY))
    about = page(build_pages(content, THEME), "pages/about.md").html
    assert '<a href="../../people/ana-souza/">Ana Souza</a>' in about
    assert '<a href="../../events/spring-forum/">forum</a>' in about
    assert '<a href="../../quotes/#sea-lanes">one thing</a>' in about  # a kind without pages: its place on the list
    assert '<a href="../methodology/#the-table">Methodology</a>' in about
    flat = page(build_pages(content, THEME, directory_urls=False), "pages/about.md").html
    assert '<a href="../people/ana-souza.html">Ana Souza</a>' in flat
    assert '<a href="methodology.html#the-table">Methodology</a>' in flat


def test_pages_follow_the_sections_in_the_nav_in_the_editors_order(make_content, tree):
    pages = with_pages(tree, zebra="---\ntitle: Zebra\n---\nZ.\n", about=ABOUT, apple="---\ntitle: Apple\n---\nA.\n",
                       methodology=METHODOLOGY.replace("title: Methodology", "title: Methodology\norder: 2"))
    nav = [title for title, _ in build_pages(make_content(pages), THEME).nav]
    assert nav[-5:] == ["What changed", "About the Spring Forum briefing", "Methodology", "Apple", "Zebra"]


def test_an_entity_page_lists_the_pages_that_mention_it(make_content, tree):
    built = build_pages(make_content(with_pages(tree, about=ABOUT, methodology=METHODOLOGY)), THEME)
    souza = page(built, "people/ana-souza.md")
    assert ('<h2 id="mentioned-in">Mentioned in</h2>\n  <ul class="plain"><li><a href="../../pages/about/">About the '
            'Spring Forum briefing</a></li><li><a href="../../pages/methodology/">Methodology</a></li></ul>') in souza.html
    assert "content/pages/about.md" in souza.draws_on  # its "Last updated" moves when a page naming it changes
    assert "Mentioned in" not in page(built, "people/index.md").html
    assert "Mentioned in" not in page(built, "organisations/portugal.md").html


def test_a_page_has_json_ld_a_search_entry_and_last_updated(make_content, tree):
    built = build_pages(make_content(with_pages(tree, about=ABOUT, methodology=METHODOLOGY)), THEME,
                        build_date="2025-01-01T00:00:00+00:00")
    about = page(built, "pages/about.md")
    data = json.loads(about.jsonld)
    assert data["@type"] == "AboutPage" and data["name"] == "About the Spring Forum briefing"
    assert [m["@id"] for m in data["mentions"]] == ["../../people/ana-souza/", "../../events/spring-forum/",
                                                    "../../quotes/#sea-lanes"]
    assert json.loads(page(built, "pages/methodology.md").jsonld)["@type"] == "WebPage"
    assert about.description.startswith("This briefing follows Ana Souza at the forum")
    assert about.updated == "2025-01-01T00:00:00+00:00" and about.draws_on == ("content/pages/about.md",)
    docs = json.loads(search_index(built.briefing, built.pages))["docs"]
    entry = next(d for d in docs if d["location"] == "pages/about/")
    assert entry["title"] == "About the Spring Forum briefing"
    assert entry["text"].startswith("This briefing follows Ana Souza") and "How facts are checked" in entry["text"]


def test_an_unknown_id_is_a_located_error_with_a_hint(make_content, tree):
    about = ABOUT.replace("people:ana-souza", "people:ana-sousa").replace("pages:methodology", "pages:methodolgy")
    assert problems(make_content(with_pages(tree, about=about, methodology=METHODOLOGY))) == [
        "content/pages/about.md:6:35: no person has the id 'ana-sousa' (hint: did you mean 'ana-souza'?)",
        "content/pages/about.md:12:43: no page has the id 'methodolgy' (hint: did you mean 'methodology'?)",
    ]


def test_validate_reports_a_page_with_every_other_problem_at_once(make_content, tree):
    tree["people/ana-souza.yaml"]["nme"] = tree["people/ana-souza.yaml"].pop("name")
    content = make_content(with_pages(tree, about=ABOUT.replace("quotes:sea-lanes", "quotes:sea-lane"),
                                      methodology=METHODOLOGY))
    result = CliRunner().invoke(cli, ["validate", "--content", str(content)])
    assert result.exit_code == 1
    assert result.output.splitlines()[:2] == [
        "content/pages/about.md:7:18: no quote has the id 'sea-lane' (hint: did you mean 'sea-lanes'?)",
        "content/people/ana-souza.yaml:9:1: nme: unknown field 'nme' (hint: did you mean 'name'?)",
    ]
    assert "ana-souza" not in result.output.splitlines()[0]  # a link to a file with problems is not reported again


def test_broken_anchors_and_links_are_found_by_the_link_checker_and_located(make_content, tree):
    methodology = METHODOLOGY.replace("people:ana-souza#evidence", "people:ana-souza#rolls") + "\n[Up](../nowhere/)\n"
    assert problems(make_content(with_pages(tree, about=ABOUT, methodology=methodology))) == [
        "content/pages/methodology.md:10:22: the link 'people:ana-souza#rolls' names an anchor 'rolls' that its page "
        "does not have (hint: an anchor is the id of a heading or section of that page; check its spelling, or leave "
        "out '#rolls')",
        "content/pages/methodology.md:12:6: the link '../nowhere/' leads to no page of the site (hint: a link may be "
        "https, http or mailto, an entity's id such as people:mark-rutte, or another page such as pages:about)",
    ]


def test_raw_html_is_refused_and_could_only_ever_show_as_text(make_content, tree):
    about = ABOUT + "\nA <b>bold</b> claim, and a <i>second</i>.\n\n<div onclick=x>block</div>\n"
    assert problems(make_content(with_pages(tree, about=about, methodology=METHODOLOGY))) == [
        "content/pages/about.md:21:3: raw HTML '<b>': a page is written in Markdown, without HTML (hint: write it in "
        "Markdown; to show the characters < and > as they are, put the text in `backticks`)",
        "content/pages/about.md:23:1: raw HTML '<div onclick=x>block</div>': a page is written in Markdown, without "
        "HTML (hint: write it in Markdown; to show the characters < and > as they are, put the text in `backticks`)",
    ]
    from generator.content.prose import ProsePage
    from generator.content.schema import Page
    from generator.pages import prose

    conversion = prose._Conversion(ProsePage("x", "content/pages/x.md", Page(title="X"), "a <b>b</b>\n"), None, None)
    assert conversion.run() == "<p>a &lt;b&gt;b&lt;/b&gt;</p>"  # what is refused is escaped too


def test_the_front_matter_has_a_json_schema_for_editors(tmp_path: Path):
    schema = json.loads(schema_file(REPO / "content", "pages").read_text(encoding="utf-8"))
    assert schema["required"] == ["title"] and schema["additionalProperties"] is False
    assert schema["properties"]["type"]["enum"] == ["about", "methodology", "corrections", "page"]
    assert stale_schemas(REPO / "content") == []


def test_mkdocs_builds_the_pages_into_the_nav_and_the_footer(make_project, tree, tmp_path: Path):
    project = make_project(with_pages(tree, about=ABOUT, methodology=METHODOLOGY))
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
                             "-d", str(tmp_path / "site")], capture_output=True, text=True, cwd=project, timeout=120)
    assert result.returncode == 0, result.stderr
    built = (tmp_path / "site" / "pages" / "about" / "index.html").read_text(encoding="utf-8")
    nav = re.search(r'<nav class="site-nav".*?</nav>', built, re.DOTALL)
    assert nav and 'href="./" aria-current="page">About the Spring Forum briefing</a>' in nav.group(0)
    assert '<p class="about-links">About this briefing: <a href="./">About the Spring Forum briefing</a>, ' \
           '<a href="../methodology/">Methodology</a>.</p>' in built
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<a href="pages/about/">About the Spring Forum briefing</a>, <a href="pages/methodology/">Methodology</a>' in home
    assert '"@type":"AboutPage"' in built and 'class="updated"' in built
    assert (tmp_path / "site" / "schema" / "pages.json").is_file()
    assert not (tmp_path / "site" / "pages" / "about.md").exists()


@pytest.mark.content
def test_the_hague_briefing_has_an_about_and_a_methodology_page():
    built = build_pages(REPO / "content", THEME)
    assert [title for title, _ in built.nav][-2:] == ["About this briefing", "Methodology"]
    assert json.loads(page(built, "pages/about.md").jsonld)["@type"] == "AboutPage"
    assert json.loads(page(built, "pages/methodology.md").jsonld)["@type"] == "WebPage"
    zelensky = page(built, "people/volodymyr-zelensky.md").html
    assert '<h2 id="mentioned-in">Mentioned in</h2>' in zelensky and "../../pages/about/" in zelensky
