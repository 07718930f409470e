"""The review step: a draft merged with content/ fails validation only on the lines it marks REVIEW,
and the editors' walk-through (new article, draft, review, accept, validate) works end to end."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import cli
from generator.content.load import load_content
from generator.content.validate import validate
from generator.editing.draft import draft_files, draft_source
from generator.errors import FactsheetError, Problem
from tests.conftest import REPO, write_tree
from tests.draft_eval.corpus import articles

FIXTURE = REPO / "tests" / "fixtures" / "draft" / "harbour-talks.txt"


def _problems(content: Path) -> tuple[Problem, ...]:
    try:
        validate(load_content(content))
    except FactsheetError as exc:
        return exc.problems
    return ()


@pytest.mark.parametrize("article", [*articles("tune"), FIXTURE], ids=lambda p: p.stem)
def test_a_merged_draft_fails_only_where_it_says_review(tmp_path: Path, article: Path) -> None:
    content = write_tree(tmp_path / "content", {f"sources/{article.stem}.yaml": {"title": article.stem},
                                                f"sources/{article.stem}.txt": article.read_text(encoding="utf-8")})
    files = draft_files(draft_source(content, article.stem), content)
    for relative, text in files.items():
        if relative != "mentions.yaml":
            (content / relative).parent.mkdir(parents=True, exist_ok=True)
            (content / relative).write_text(text, encoding="utf-8")
    for problem in _problems(content):
        assert problem.line, str(problem)
        line = Path(problem.path if Path(problem.path).is_absolute() else content / problem.path)
        if not line.is_file():
            line = content / Path(problem.path).relative_to(Path(problem.path).parts[0])
        assert "# REVIEW" in line.read_text(encoding="utf-8").splitlines()[problem.line - 1], str(problem)


def test_the_hague_draft_into_the_real_content_validates(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    files = draft_files(draft_source(content, "hague-summit-article"), content)
    for relative, text in files.items():
        if relative not in ("mentions.yaml", "briefing.yaml"):
            (content / relative).parent.mkdir(parents=True, exist_ok=True)
            (content / relative).write_text(text, encoding="utf-8")
    assert [str(p) for p in _problems(content)] == []


def test_the_walk_through(tmp_path: Path, tree: dict[str, object], monkeypatch: pytest.MonkeyPatch) -> None:
    """EDITING.md's "Start from a new article": source add, draft, review, accept, validate."""
    write_tree(tmp_path / "content", tree)
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "article.txt"
    shutil.copyfile(FIXTURE, article)
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(cli, list(args))
        assert result.exit_code == 0, result.output
        return result.output

    run("source", "add", str(article), "--id", "harbour-talks", "--title", "Harbour talks")
    run("draft", "harbour-talks", "--out", "drafts/harbour-talks")
    drafts = tmp_path / "drafts" / "harbour-talks"
    refused = runner.invoke(cli, ["draft", "--accept", str(drafts)])
    assert refused.exit_code == 1 and "still marked REVIEW" in refused.output
    # The review: fill in each speaker left for review, drop the quote nobody is named for, and keep
    # the briefing file that content/ has already.
    (drafts / "briefing.yaml").unlink()
    for path in sorted(drafts.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if "does not name" in text:
            path.unlink()
        elif "# REVIEW" in text:
            path.write_text(re.sub(r"speaker:  # REVIEW.*", "speaker: rui-almeida", text), encoding="utf-8")
    accepted = run("draft", "--accept", str(drafts))
    assert "accepted content/people/hanna-berg.yaml" in accepted
    assert "accepted content/meetings/" in accepted
    assert "no problems" in run("validate")
    assert not (tmp_path / "content" / "people" / "hanna-berg.yaml").read_text(encoding="utf-8").count("Drafted by")
