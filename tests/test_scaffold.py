"""`factsheet new`: a fresh file has the schema line, every field explained, and never overwrites."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.adapters.cli import cli
from generator.content.kinds import FOLDERS as KINDS
from generator.content.kinds import MODELS
from generator.editing.scaffold import new_file, template
from generator.errors import FactsheetError
from generator.pages.build import load_briefing
from tests.conftest import write_tree


def test_new_meeting_has_schema_line_required_fields_and_every_docstring(tmp_path: Path, tree) -> None:
    content = write_tree(tmp_path / "content", tree)
    path = new_file(content, "meetings", "souza-meets-the-press")
    assert path == content / "meetings" / "souza-meets-the-press.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../.schema/meetings.json"
    data = yaml.safe_load(text)
    assert set(data) == {"title", "event", "participants", "evidence"}  # the required fields, to fill in
    assert data["evidence"] == [{"source": None, "excerpt": None}]
    for name, info in MODELS["meetings"].model_fields.items():
        assert info.description.split()[0] in text, name
        assert f"{name}:" in text
    assert "One of: asked, offered, agreed, thanked, discussed." in text


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_gives_a_mapping_with_its_required_fields(tmp_path: Path, kind: str) -> None:
    text = template(tmp_path, kind, tmp_path / kind / "x.yaml")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    required = {n for n, f in MODELS[kind].model_fields.items() if f.is_required()}
    assert required <= set(data)


def test_validate_points_at_the_empty_fields_and_passes_once_filled(tmp_path: Path, tree) -> None:
    content = write_tree(tmp_path / "content", tree)
    path = new_file(content, "meetings", "souza-meets-the-press")
    with pytest.raises(FactsheetError) as caught:
        load_briefing(content)
    problems = [p for p in caught.value.problems if p.path.endswith("souza-meets-the-press.yaml")]
    assert {p.field for p in problems} == {"title", "event", "participants[1]", "evidence[1].source",
                                          "evidence[1].excerpt"}
    lines = path.read_text(encoding="utf-8").splitlines()
    title = next(p for p in problems if p.field == "title")
    assert lines[title.line - 1] == "title:"
    filled = (path.read_text(encoding="utf-8")
              .replace("title:\n", "title: Souza meets the press\n")
              .replace("event:\n", "event: spring-forum\n")
              .replace("  - person:\n", "  - person: ana-souza\n")
              .replace("  - source:\n", "  - source: forum-report\n")
              .replace("    excerpt:\n", "    excerpt: Minister Ana Souza\n"))
    path.write_text(filled, encoding="utf-8")
    assert load_briefing(content).get("souza-meets-the-press").name == "Souza meets the press"


def test_refuses_to_overwrite_or_reuse_an_id(tmp_path: Path, tree) -> None:
    content = write_tree(tmp_path / "content", tree)
    before = (content / "meetings" / "souza-harbour-group.yaml").read_bytes()
    with pytest.raises(FactsheetError, match="taken"):
        new_file(content, "meetings", "souza-harbour-group")
    with pytest.raises(FactsheetError, match="taken"):
        new_file(content, "quotes", "ana-souza")  # ids are unique across kinds
    assert (content / "meetings" / "souza-harbour-group.yaml").read_bytes() == before
    assert not (content / "quotes" / "ana-souza.yaml").exists()


@pytest.mark.parametrize("ident", ["Bad Id", "x_y", "-x", ""])
def test_refuses_a_malformed_id(tmp_path: Path, ident: str) -> None:
    with pytest.raises(FactsheetError, match="invalid id"):
        new_file(tmp_path, "people", ident)


def test_cli_new(tmp_path: Path, tree) -> None:
    content = write_tree(tmp_path / "content", tree)
    runner = CliRunner()
    result = runner.invoke(cli, ["new", "person", "rui-almeida", "--content", str(content)])
    assert result.exit_code == 0, result.output
    assert (content / "people" / "rui-almeida.yaml").is_file()
    again = runner.invoke(cli, ["new", "person", "rui-almeida", "--content", str(content)])
    assert again.exit_code == 1 and "taken" in again.output
    wrong = runner.invoke(cli, ["new", "meetng", "x", "--content", str(content)])
    assert wrong.exit_code == 2 and "unknown kind 'meetng'" in wrong.output  # a usage error, not a content problem
