"""EDITING.md, the editors' guide: every example in it is a real file under tests/fixtures/guide/,
the example briefing validates, and each error it explains is the error `factsheet validate` gives."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import cli
from generator.pages.build import load_briefing
from tests.conftest import REPO

GUIDE = REPO / "EDITING.md"
FIXTURES = REPO / "tests" / "fixtures" / "guide"
CONTENT = FIXTURES / "content"
ERRORS = FIXTURES / "errors"
BLOCK = re.compile(r"^```(?P<lang>\w+)(?P<info>[^\n]*)\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)


def blocks() -> list[tuple[str, str, str]]:
    """(language, title, body) of each fenced block; the title is the file the block shows."""
    found = []
    for match in BLOCK.finditer(GUIDE.read_text(encoding="utf-8")):
        title = re.search(r'title="([^"]+)"', match.group("info"))
        found.append((match.group("lang"), title.group(1) if title else "", match.group("body")))
    return found


def validate_with(case: Path | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """`factsheet validate` on the example content with one error case laid over it, as an editor sees it."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    if case is not None:
        for broken in case.rglob("*.yaml"):
            shutil.copyfile(broken, content / broken.relative_to(case))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["validate"])
    return result.output


def test_every_example_is_a_real_file() -> None:
    shown = blocks()
    assert len([b for b in shown if b[1]]) >= 10
    for lang, title, body in shown:
        if lang in ("yaml", "text"):
            assert title, f"a {lang} example with no file behind it:\n{body}"
        if title:
            assert (REPO / title).read_text(encoding="utf-8") == body, title


def test_the_example_briefing_validates() -> None:
    briefing = load_briefing(CONTENT)
    assert {"souza-meets-harbour-group", "ana-souza", "sea-lanes"} <= set(briefing.entities)


def test_the_scaffold_shown_is_what_new_writes(tmp_path: Path) -> None:
    content = tmp_path / "content"
    result = CliRunner().invoke(cli, ["new", "meeting", "souza-meets-harbour-group", "--content", str(content)])
    assert result.exit_code == 0, result.output
    written = (content / "meetings" / "souza-meets-harbour-group.yaml").read_text(encoding="utf-8")
    assert written == (FIXTURES / "new-meeting.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("case", sorted(p.name for p in ERRORS.iterdir()))
def test_each_error_shown_is_the_error_validate_gives(case: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    expected = (ERRORS / case / "expected.txt").read_text(encoding="utf-8")
    assert validate_with(ERRORS / case, tmp_path, monkeypatch) == expected
    assert f'title="tests/fixtures/guide/errors/{case}/expected.txt"' in GUIDE.read_text(encoding="utf-8")


def test_every_message_in_the_table_is_one_the_code_gives() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    table = guide[guide.index("| the message says |"):]
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    assert len(rows) >= 12
    # the messages as the code writes them, and as validate printed them for the examples
    known = "\n".join(p.read_text(encoding="utf-8") for p in [*(REPO / "generator").rglob("*.py"),
                                                               *ERRORS.rglob("expected.txt")])
    for row in rows:
        message = row.split("`")[1]
        for fragment in re.split(r"\.\.\.|<[^>]+>", message):  # <id> and ... stand for the details
            assert fragment.strip(" '") in known, f"not a message the code gives: {fragment!r}"


def test_readme_links_the_guide() -> None:
    assert "(EDITING.md)" in (REPO / "README.md").read_text(encoding="utf-8")
