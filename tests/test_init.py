"""`factsheet init`: a new briefing in one command, which builds at once and carries nothing of another."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.adapters.cli import cli
from generator.adapters.site import build_site
from tests.test_workflow import actionlint


def init(folder: Path, title: str = "Talks in Geneva") -> CliRunner:
    runner = CliRunner()
    result = runner.invoke(cli, ["init", str(folder), "--title", title])
    assert result.exit_code == 0, result.output
    return runner


def test_a_new_project_builds_at_once_with_its_own_title_and_nothing_of_another(tmp_path: Path, monkeypatch) -> None:
    project = tmp_path / "geneva"
    init(project)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))  # no history: the folder is not a repository yet
    result = build_site(project / "mkdocs.yml")
    assert result.pages >= 3
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "<title>Talks in Geneva</title>" in home and '<h1>Talks in Geneva</h1>' in home
    for path in (p for p in project.rglob("*") if p.is_file()):  # pages, data, schemas, the project's own files
        text = path.read_bytes().decode("utf-8", errors="replace")
        assert "Hague" not in text and "Zelensky" not in text, path
    changes = (project / "site" / "changes" / "index.html").read_text(encoding="utf-8")
    assert "<li>" not in changes.split('<main id="main"', 1)[1].split("</main>", 1)[0]  # no change listed yet


def test_the_project_has_what_a_desk_needs(tmp_path: Path) -> None:
    project = tmp_path / "geneva"
    init(project)
    for name in ("mkdocs.yml", "Makefile", "README.md", "requirements.txt", ".gitignore", ".pre-commit-config.yaml",
                 ".github/workflows/site.yml", "content/briefing.yaml", "content/.schema/meetings.json"):
        assert (project / name).is_file(), name
    makefile = (project / "Makefile").read_text(encoding="utf-8")
    assert "pip install --quiet -r requirements.txt" in makefile and "factsheet build" in makefile
    assert (project / "requirements.txt").read_text(encoding="utf-8").splitlines()[-1].startswith("factsheet")
    assert "# Talks in Geneva" in (project / "README.md").read_text(encoding="utf-8")
    code, problems = actionlint(project / ".github/workflows/site.yml")
    assert (code, problems) == (0, [])


def test_the_new_project_takes_new_files_of_every_kind(tmp_path: Path) -> None:
    project = tmp_path / "geneva"
    runner = init(project)
    result = runner.invoke(cli, ["new", "briefing", "geneva-talks", "--content", str(project / "content")])
    assert result.exit_code == 0, result.output
    assert (project / "content/briefings/geneva-talks.yaml").is_file()


def test_init_refuses_a_folder_that_holds_anything_as_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(cli, ["init", str(tmp_path), "--title", "x"])
    assert result.exit_code == 2 and "the folder is not empty" in result.output
    assert "problem found in the content" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
