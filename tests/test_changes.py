"""The "What changed" page and its Atom feed: for each change to content/, the facts added, removed
and corrected, worked out from the YAML at each commit; or a plain word that there is no history.
The same bytes on every build of the same commit."""
from __future__ import annotations

import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

from generator.content.fact_changes import FactFile, fact_file, file_changes
from generator.content.history import read_history
from generator.pages.build import BuiltPages, build_pages
from generator.pages.changes import field_label
from generator.pages.feed import FEED
from tests.conftest import THEME, write_tree

ATOM = "{http://www.w3.org/2005/Atom}"


def git(cwd: Path, *args: str, date: str = "2025-06-24T10:00:00Z") -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    subprocess.run(["git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org",
                    "-c", "commit.gpgsign=false", *args], cwd=cwd, env=env, check=True, capture_output=True)


def commit(project: Path, message: str, date: str, *more: str) -> None:
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", message, *more, date=date)


def built(content: Path) -> BuiltPages:
    return build_pages(content, THEME)


def changes_page(content: Path) -> str:
    pages = {p.uri: p for p in built(content).pages}
    page = pages["changes/index.md"]
    assert page.in_nav and page.title == "What changed"
    return page.html


def feed_of(result: BuiltPages) -> bytes:
    (feed,) = [d for d in result.downloads if d.path == FEED]
    assert feed.group == "feed"
    return feed.content


def entries(html: str) -> list[str]:
    """Each change listed on the page, newest first."""
    return re.findall(r'<li id="change-[0-9a-f]+">(.*?)\n  </li>', html, re.DOTALL)


def history_project(tmp_path: Path, tree: dict) -> Path:
    """The tree without its quote, committed; then three changes: the quote added, a role's title
    corrected, and a file reformatted (re-indented, a comment added) without changing a fact."""
    project = tmp_path / "project"
    quote = tree.pop("quotes/sea-lanes.yaml")
    content = write_tree(project / "content", tree)
    git(project, "init", "-q", "-b", "main")
    commit(project, "First facts from the forum report", "2025-06-24T10:00:00Z")
    write_tree(content, {"quotes/sea-lanes.yaml": quote})
    commit(project, "Add the sea lanes quote", "2025-06-25T09:00:00Z")
    person = content / "people" / "ana-souza.yaml"
    person.write_text(person.read_text(encoding="utf-8").replace("title: Minister", "title: Minister of the Sea"),
                      encoding="utf-8")
    commit(project, "Souza's <title> fixed", "2025-06-26T09:30:00Z")
    topic = content / "topics" / "port-security.yaml"
    data = yaml.safe_load(topic.read_text(encoding="utf-8"))
    topic.write_text("# Port security, as the forum report has it.\n" + yaml.safe_dump(data, indent=4, sort_keys=True),
                     encoding="utf-8")
    commit(project, "Reformat the topic", "2025-06-27T09:30:00Z")
    return content


def test_lists_the_facts_each_change_added_and_corrected_newest_first(tmp_path: Path, tree) -> None:
    html = changes_page(history_project(tmp_path, tree))
    listed = entries(html)
    assert len(listed) == 3  # the reformatting changed no fact: it is not listed
    corrected, added, first = listed
    assert '<time datetime="2025-06-26T09:30:00Z">2025-06-26</time>: 1 fact corrected</h2>' in corrected
    assert ('Role of <a href="../people/ana-souza/">Ana Souza</a>: <span class="was">Minister</span> '
            '<span aria-hidden="true">→</span><span class="visually-hidden">changed to</span> '
            '<span class="now">Minister of the Sea</span>') in corrected
    assert corrected.count("<li") == 1
    assert "2025-06-25</time>: 1 fact added</h2>" in added
    assert 'Quote added: <a href="../quotes/#sea-lanes">We will keep the sea lanes open</a>' in added
    assert "2025-06-24</time>: 9 facts added</h2>" in first
    assert '<details><summary>All 9</summary>' in first  # a long list is folded
    assert 'Person added: <a href="../people/ana-souza/">Ana Souza</a>' in first
    assert "2025-06-27" not in html and "port-security.yaml" not in html
    assert "Souza&#39;s" not in html and "First facts" not in html  # commit messages are not shown


def test_the_feed_has_an_entry_for_each_change(tmp_path: Path, tree) -> None:
    content = history_project(tmp_path, tree)
    git(content.parent, "commit", "-q", "--allow-empty", "-m", "Nothing", date="2025-06-29T09:30:00Z")
    root = ET.fromstring(feed_of(built(content)))  # well-formed XML
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.findtext(f"{ATOM}{required}"), required
    assert root.findtext(f"{ATOM}updated") == "2025-06-26T09:30:00Z"  # the newest change, not the clock
    assert root.find(f"{ATOM}author/{ATOM}name") is not None  # entries have no author of their own
    items = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in items] == [
        "2025-06-26: 1 fact corrected", "2025-06-25: 1 fact added", "2025-06-24: 9 facts added"]
    assert [e.findtext(f"{ATOM}updated") for e in items] == [
        "2025-06-26T09:30:00Z", "2025-06-25T09:00:00Z", "2025-06-24T10:00:00Z"]
    ids = [e.findtext(f"{ATOM}id") or "" for e in items]
    assert all(re.fullmatch(r"urn:factsheet:commit:[0-9a-f]{40}", i) for i in ids) and len(set(ids)) == 3
    link = items[0].find(f"{ATOM}link")
    assert link is not None and re.fullmatch(r"\./#change-[0-9a-f]{10}", link.get("href", ""))
    body = items[0].findtext(f"{ATOM}content") or ""  # HTML, escaped once in the XML
    assert items[0].find(f"{ATOM}content").get("type") == "html"  # type: ignore[union-attr]
    assert 'Role of <a href="../people/ana-souza/">Ana Souza</a>: Minister → Minister of the Sea' in body
    assert 'Quote added: <a href="../quotes/#sea-lanes">' in (items[1].findtext(f"{ATOM}content") or "")


def test_a_correction_trailer_is_shown_with_its_change(tmp_path: Path, tree) -> None:
    content = history_project(tmp_path, tree)
    event = content / "events" / "spring-forum.yaml"
    event.write_text(event.read_text(encoding="utf-8").replace("location: Lisbon", "location: Lisbon, Portugal"),
                     encoding="utf-8")
    commit(content.parent, "Fix the location", "2025-06-28T09:30:00Z",
           "-m", "Correction: An earlier version gave the forum's place as <Lisbon> alone.")
    result = built(content)
    newest = entries({p.uri: p for p in result.pages}["changes/index.md"].html)[0]
    assert ('<p class="correction"><strong>Correction:</strong> An earlier version gave the forum&#39;s place as '
            "&lt;Lisbon&gt; alone.</p>") in newest
    assert "Location of <a href=\"../events/spring-forum/\">Spring Forum</a>: <span class=\"was\">Lisbon</span>" in newest
    entry = ET.fromstring(feed_of(result)).findall(f"{ATOM}entry")[0]
    assert ("<p><strong>Correction:</strong> An earlier version gave the forum&#39;s place as &lt;Lisbon&gt; alone.</p>"
            in (entry.findtext(f"{ATOM}content") or ""))


def test_changes_only_to_the_schema_copies_show_nothing(tmp_path: Path, tree) -> None:
    content = history_project(tmp_path, tree)
    before = changes_page(content)
    (content / ".schema").mkdir()
    (content / ".schema" / "people.json").write_text("{}", encoding="utf-8")
    commit(content.parent, "Schema copies", "2025-06-28T09:30:00Z")
    (content.parent / "README.md").write_text("not content\n", encoding="utf-8")
    commit(content.parent, "Outside content", "2025-06-29T09:30:00Z")
    assert changes_page(content) == before


def test_a_removed_file_is_named_as_removed_without_a_link(tmp_path: Path, tree) -> None:
    content = history_project(tmp_path, tree)
    (content / "statements" / "patrols-discussed.yaml").unlink()
    commit(content.parent, "Drop a statement", "2025-06-28T09:30:00Z")
    newest = entries(changes_page(content))[0]
    assert "2025-06-28</time>: 1 fact removed</h2>" in newest
    assert '<li class="fact-removed">Statement removed: Shared patrols were discussed at length.</li>' in newest


def test_a_source_text_changed_is_said_so(tmp_path: Path, tree) -> None:
    content = history_project(tmp_path, tree)
    text = content / "sources" / "forum-report.txt"
    text.write_text(text.read_text(encoding="utf-8") + "The forum closed on Sunday.\n", encoding="utf-8")
    commit(content.parent, "More of the report", "2025-06-28T09:30:00Z")
    newest = entries(changes_page(content))[0]
    assert "1 source text changed</h2>" in newest
    assert 'Text of <a href="../sources/forum-report/">Forum report</a> changed' in newest


def test_only_the_newest_changes_are_read_and_older_ones_are_counted(tmp_path: Path, tree) -> None:
    content = history_project(tmp_path, tree)
    history = read_history(content, changes=2)
    assert [len(c.facts) for c in history.changes] == [1, 1]
    assert history.older == 1  # the first commit; the reformatting is no change but was read
    assert history.last_changed["content/topics/port-security.yaml"] == "2025-06-27T09:30:00Z"


def test_fields_are_compared_as_data_not_as_text() -> None:
    person = FactFile("people", "ana-souza")
    before = b"name: Ana Souza\nroles:\n  - title: Minister\n    evidence: [{source: r, excerpt: Minister}]\n"
    reformatted = (b"# a comment\nroles:\n    -   evidence:\n        - {excerpt: Minister, source: r}\n"
                   b"        title: 'Minister'\nname: Ana Souza\n")
    assert file_changes("content/people/ana-souza.yaml", person, before, reformatted) == []
    grown = before + b"  - title: Envoy\n    evidence: [{source: r, excerpt: Envoy}]\nnote_date: '2025'\n"
    found = [(f.action, f.field, f.new) for f in file_changes("content/people/ana-souza.yaml", person, before, grown)]
    assert found == [("added", ("roles", 1), {"title": "Envoy", "evidence": [{"source": "r", "excerpt": "Envoy"}]}),
                     ("added", ("note_date",), "2025")]
    (gone,) = file_changes("content/people/ana-souza.yaml", person, before, None)
    assert (gone.action, gone.name, gone.field) == ("removed", "Ana Souza", ())


def test_what_holds_facts_and_the_words_for_fields() -> None:
    assert fact_file("people/ana-souza.yaml") == FactFile("people", "ana-souza")
    assert fact_file("sources/forum-report.txt") == FactFile("sources", "forum-report", text=True)
    assert fact_file("briefing.yaml") == FactFile("briefing", "briefing")
    assert fact_file(".schema/people.json") is None and fact_file("README.md") is None
    assert fact_file("people/notes.txt") is None
    assert field_label(("roles", "title")) == "Role"
    assert field_label(("summary",)) == "Summary"
    assert field_label(("end_date",)) == "End date"
    assert field_label(("roles", "evidence", "excerpt")) == "Evidence of role"
    assert field_label(("participants", "role")) == "Role of participant"


def test_without_git_the_page_says_there_is_no_history(tmp_path: Path, tree, monkeypatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    content = write_tree(tmp_path / "content", tree)
    html = changes_page(content)
    assert "There is no history to show: this copy of the briefing was built without its git history." in html
    assert "<ol" not in html
    root = ET.fromstring(feed_of(built(content)))  # the feed stays where readers subscribed, empty
    assert root.findall(f"{ATOM}entry") == [] and root.findtext(f"{ATOM}updated") == "1970-01-01T00:00:00Z"


def test_a_shallow_clone_says_its_history_is_cut_short(tmp_path: Path, tree) -> None:
    content = history_project(tmp_path, tree)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", content.parent.as_uri(), str(clone)], check=True,
                   capture_output=True)
    html = changes_page(clone / "content")
    assert "There is no history to show: this copy of the briefing was built from a shallow clone" in html


def test_the_page_and_feed_are_the_same_on_every_build(tmp_path: Path, tree, monkeypatch) -> None:
    content = history_project(tmp_path, tree)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1750000000")
    first = built(content)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1760000000")
    again = built(content)
    pages = {p.uri: p.html for p in again.pages}
    assert pages["changes/index.md"] == {p.uri: p.html for p in first.pages}["changes/index.md"]
    assert feed_of(again) == feed_of(first)  # no build time in either: only commit dates


def test_the_site_links_the_page_and_publishes_the_feed(make_project, tree) -> None:
    from generator.adapters.site import build_site

    project = make_project(tree)
    git(project, "init", "-q", "-b", "main")
    commit(project, "All", "2025-06-24T10:00:00Z")
    result = build_site(project / "mkdocs.yml")
    home = (result.site_dir / "index.html").read_text(encoding="utf-8")
    assert '<a href="changes/">What changed</a>' in home
    assert "application/atom+xml" not in home and "feed.xml" not in home  # not in the footer, nor other heads
    page = (result.site_dir / "changes" / "index.html").read_text(encoding="utf-8")
    assert ('<link rel="alternate" type="application/atom+xml" title="What changed, as an Atom feed" '
            'href="feed.xml">') in page
    assert '<a href="feed.xml" type="application/atom+xml">' in page
    feed = ET.parse(result.site_dir / "changes" / "feed.xml").getroot()
    assert len(feed.findall(f"{ATOM}entry")) == 1


def test_a_file_over_the_size_limit_in_history_is_read_as_no_facts(tmp_path: Path, tree) -> None:
    content = history_project(tmp_path, tree)
    (content / "people" / "pasted.yaml").write_bytes(b"name: " + b"x" * (2 * 1024 * 1024) + b"\n")
    commit(content.parent, "Pasted too much", "2025-06-28T09:30:00Z")
    (content / "people" / "pasted.yaml").unlink()
    commit(content.parent, "Taken out again", "2025-06-29T09:30:00Z")
    history = read_history(content)
    assert [c.date[:10] for c in history.changes] == ["2025-06-26", "2025-06-25", "2025-06-24"]


def test_without_directory_urls_the_feed_links_the_html_files(tmp_path: Path, tree) -> None:
    content = history_project(tmp_path, tree)
    root = ET.fromstring(feed_of(build_pages(content, THEME, directory_urls=False)))
    newest = root.findall(f"{ATOM}entry")[0]
    assert re.fullmatch(r"index\.html#change-[0-9a-f]{10}", newest.find(f"{ATOM}link").get("href", ""))  # type: ignore[union-attr]
    assert '<a href="../people/ana-souza.html">Ana Souza</a>' in (newest.findtext(f"{ATOM}content") or "")
