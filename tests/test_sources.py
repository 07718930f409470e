"""`factsheet source add`: an article becomes a source that validates, and nothing is overwritten."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import cli
from generator.editing.sources import add_source
from generator.errors import FactsheetError
from generator.pages.build import load_briefing
from tests.conftest import write_tree

ARTICLE = "Minister Ana Souza opened the \u201cHarbour Days\u201d.\r\nShe spoke for an hour.\r\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.encode())
    return path


def test_adds_text_and_metadata_that_validate(tmp_path: Path, tree, article: Path) -> None:
    content = write_tree(tmp_path / "content", tree)
    stored = add_source(content, article, "harbour-days", title='Souza opens "Harbour Days"', outlet="The Port News",
                        url="https://example.org/harbour-days", published="2025-06")
    assert stored.text.read_text(encoding="utf-8") == ARTICLE.replace("\r\n", "\n")
    text = stored.metadata.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../.schema/sources.json"
    briefing = load_briefing(content)
    source = briefing.get("harbour-days").data
    assert (source.title, source.outlet, source.url, source.published) == (
        'Souza opens "Harbour Days"', "The Port News", "https://example.org/harbour-days", "2025-06")
    assert briefing.source_texts["harbour-days"].startswith("Minister Ana Souza")


def test_metadata_is_optional(tmp_path: Path, tree, article: Path) -> None:
    content = write_tree(tmp_path / "content", tree)
    add_source(content, article, "harbour-days")
    source = load_briefing(content).get("harbour-days").data
    assert (source.title, source.outlet, source.url, source.published) == (None, None, None, None)


def test_refuses_to_overwrite(tmp_path: Path, tree, article: Path) -> None:
    content = write_tree(tmp_path / "content", tree)
    before = (content / "sources" / "forum-report.txt").read_bytes()
    with pytest.raises(FactsheetError, match="taken"):
        add_source(content, article, "forum-report")
    with pytest.raises(FactsheetError, match="taken"):
        add_source(content, article, "ana-souza")  # an id of another kind
    assert (content / "sources" / "forum-report.txt").read_bytes() == before
    assert not (content / "sources" / "ana-souza.txt").exists()


@pytest.mark.parametrize(("options", "message"), [
    ({"url": "javascript:alert(1)"}, "expected an https, http or mailto URL"),
    ({"published": "24 June 2025"}, "expected a date written 2025, 2025-06 or 2025-06-24"),
    ({"published": "2025-02-30"}, "is not a real date"),
])
def test_bad_metadata_writes_nothing(tmp_path: Path, article: Path, options: dict, message: str) -> None:
    with pytest.raises(FactsheetError, match=message):
        add_source(tmp_path, article, "harbour-days", **options)
    assert not (tmp_path / "sources").exists()


@pytest.mark.parametrize("ident", ["Harbour Days", "harbour_days", "x--y"])
def test_bad_id(tmp_path: Path, article: Path, ident: str) -> None:
    with pytest.raises(FactsheetError, match="invalid id"):
        add_source(tmp_path, article, ident)


def test_not_utf8_or_missing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"line one\nline \xff two\n")
    with pytest.raises(FactsheetError, match="not valid UTF-8") as caught:
        add_source(tmp_path / "content", bad, "bad")
    assert caught.value.problems[0].line == 2
    with pytest.raises(FactsheetError, match="no such file"):
        add_source(tmp_path / "content", tmp_path / "missing.txt", "missing")


def test_cli_source_add(tmp_path: Path, tree, article: Path) -> None:
    content = write_tree(tmp_path / "content", tree)
    runner = CliRunner()
    args = ["source", "add", str(article), "--id", "harbour-days", "--title", "Harbour Days", "--content", str(content)]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "factsheet draft harbour-days" in result.output
    again = runner.invoke(cli, args)
    assert again.exit_code == 1 and "taken" in again.output
