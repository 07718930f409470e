"""The factsheet command: every command has help, validate reports, build writes the site."""
from __future__ import annotations

import click
from click.testing import CliRunner

from generator.adapters.cli import cli


def all_commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append((f"{prefix}{name}", command))
        if isinstance(command, click.Group):
            found.extend(all_commands(command, f"{prefix}{name} "))
    return found


def test_every_command_has_help_text():
    runner = CliRunner()
    commands = all_commands(cli)
    assert {"validate", "build"} <= {name for name, _ in commands}
    for name, command in commands:
        assert command.help, f"'factsheet {name}' has no help text"
        result = runner.invoke(cli, [*name.split(), "--help"])
        assert result.exit_code == 0
        assert command.help.split("\n")[0][:30] in " ".join(result.output.split())


def test_validate_reports_success(make_content, tree):
    content = make_content(tree)
    result = CliRunner().invoke(cli, ["validate", "--content", str(content)])
    assert result.exit_code == 0
    assert "9 entities, no problems." in result.output


def test_validate_reports_every_problem_and_exits_1(make_content, tree):
    tree["people/ana-souza.yaml"]["nmae"] = "Ana"
    tree["topics/port-security.yaml"]["parent"] = "port-security"
    content = make_content(tree)
    result = CliRunner().invoke(cli, ["validate", "--content", str(content)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[-1] == "2 problems found in the content."
    assert lines[0].startswith("content/people/ana-souza.yaml:")
    assert "unknown field 'nmae' (hint: did you mean 'name'?)" in lines[0]
    assert lines[1].startswith("content/topics/port-security.yaml:")
    assert "parent: 'port-security' refers to itself" in lines[1]
    assert "Traceback" not in result.output


def test_build_writes_the_site(make_project, tree, tmp_path, monkeypatch):
    project = make_project(tree)
    monkeypatch.chdir(project)
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    assert (project / "site" / "index.html").is_file()
    assert "Built " in result.output and " pages into " in result.output
    assert not [p for p in project.iterdir() if p.name.startswith(".site-")], "no staging folder may be left"
