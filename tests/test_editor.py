"""The editor's schema support: committed schema copies are current, and every content file points at one."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from generator.adapters.cli import cli
from generator.content.jsonschema import schema_for
from generator.editing import editor_schemas as editor
from tests.conftest import REPO, write_tree

CONTENT = REPO / "content"


def test_committed_schemas_are_current() -> None:
    stale = editor.stale_schemas(CONTENT)
    assert stale == [], f"out of date: {stale}; run `make schema`"


def test_every_content_file_starts_with_a_schema_line_that_resolves() -> None:
    assert editor.missing_schema_lines(CONTENT) == []
    for kind, path in editor.content_files(CONTENT):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        target = (path.parent / first.removeprefix(editor.MODELINE)).resolve()
        assert json.loads(target.read_text(encoding="utf-8")) == json.loads(json.dumps(schema_for(kind)))


def test_update_adds_the_line_replaces_a_wrong_one_and_touches_nothing_else(tmp_path: Path, tree) -> None:
    content = write_tree(tmp_path / "content", tree)
    meeting = content / "meetings" / "souza-harbour-group.yaml"
    body = meeting.read_text(encoding="utf-8")
    person = content / "people" / "ana-souza.yaml"
    person.write_text("# yaml-language-server: $schema=somewhere-else.json\n" + person.read_text(encoding="utf-8"),
                      encoding="utf-8")
    changed = editor.update(content)
    assert meeting in changed and person in changed
    assert meeting.read_text(encoding="utf-8") == "# yaml-language-server: $schema=../.schema/meetings.json\n" + body
    assert person.read_text(encoding="utf-8").count("$schema=") == 1
    assert (content / "briefing.yaml").read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=.schema/briefing.json\n")
    assert editor.update(content) == []  # a second run has nothing to do
    assert editor.stale_schemas(content) == []


def test_schema_check_fails_on_a_stale_copy(tmp_path: Path, tree) -> None:
    content = write_tree(tmp_path / "content", tree)
    runner = CliRunner()
    assert runner.invoke(cli, ["schema", "--content", str(content), "--check"]).exit_code == 1
    assert runner.invoke(cli, ["schema", "--content", str(content)]).exit_code == 0
    assert runner.invoke(cli, ["schema", "--content", str(content), "--check"]).exit_code == 0
    (content / ".schema" / "quotes.json").write_text("{}", encoding="utf-8")
    result = runner.invoke(cli, ["schema", "--content", str(content), "--check"])
    assert result.exit_code == 1 and "quotes.json: out of date" in result.output
