"""The corpus of malformed content in tests/malformed/: each case gives exactly the error it states.

A case is one file, written over (or beside) one file of the minimal content tree. Its leading
comment lines say what it is for and what must happen:

    # <what the case is about>
    # file: <where it goes, under content/>
    # error: <the start of the problem's report: path:line:column: field: message (hint: ...)>
    # loads: <field path> = <the text the field must load as>     (instead of `error`, for valid cases)
    # pad-to-bytes: <size>                                         (optional: pad with comment lines)

The comment lines count: line numbers are those of the case file as written. A case about what a
path is, rather than what a file holds, says so instead of the file being written as it is:

    # link: <target>      `file` becomes a symbolic link to <target>, written as given (so relative to
                          the link's folder; the test's own folder holds content/ and outside/). A
                          missing target is made: a folder (left empty) if it ends in '/', else a file
                          holding the case's bytes.
    # special: <kind>     `file` becomes a fifo, char-device (like /dev/null) or socket.
    # swap: <target>      `file` is written as usual, and is moved to <target> and replaced by a link
                          to it just before the loader opens it: after the folder was listed.

A case for a page in Markdown (`<name>.md`, for content/pages/) that starts with front matter keeps
its comment lines just inside it, after the opening '---' line, where they are YAML comments.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.adapters.cli import cli
from generator.content import files as load_files
from generator.content.load import load_content
from generator.errors import FactsheetError, Problem
from generator.pages.build import load_briefing
from tests.conftest import minimal_tree, write_tree

CORPUS = Path(__file__).resolve().parent / "malformed"
_HEADER = re.compile(rb"^# ([a-z-]+): (.*?)\r?$")


@dataclass(frozen=True)
class Case:
    """One malformed (or tricky but valid) content file, with what it must give."""

    name: str
    raw: bytes
    target: str
    error: str | None
    loads: tuple[str, str] | None
    pad_to: int
    link: str | None = None
    special: str | None = None
    swap: str | None = None


def read_case(path: Path) -> Case:
    raw = path.read_bytes()
    fields: dict[str, str] = {}
    lines = raw.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    for line in lines[1:] if lines[0] == b"---" else lines:  # a page's header is inside its front matter
        if not line.startswith(b"#"):
            break
        match = _HEADER.match(line)
        if match:
            fields[match.group(1).decode()] = match.group(2).decode("utf-8")
    loads = None
    if "loads" in fields:
        name, _, value = fields["loads"].partition(" = ")
        loads = (name, value)
    assert ("error" in fields) != (loads is not None), f"{path.name}: give exactly one of 'error' or 'loads'"
    return Case(path.stem, raw, fields["file"], fields.get("error"), loads, int(fields.get("pad-to-bytes", 0)),
                fields.get("link"), fields.get("special"), fields.get("swap"))


CASES = [read_case(p) for p in sorted([*CORPUS.glob("*.yaml"), *CORPUS.glob("*.md")])]


def write_case(root: Path, case: Case) -> Path:
    """The minimal tree with the case written in, as bytes; returns the content folder."""
    content = write_tree(root / "content", minimal_tree())
    target = content / case.target
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = case.raw
    if case.pad_to:
        filler = b"#" + b"x" * 98 + b"\n"
        raw += filler * ((case.pad_to - len(raw)) // len(filler))
        raw += b"#" * (case.pad_to - len(raw) - 1) + b"\n"
        assert len(raw) == case.pad_to
    if case.link is not None:
        make_link(target, case.link, raw)
    elif case.special is not None:
        make_special(target, case.special)
    else:
        target.write_bytes(raw)
    return content


MARKER = "SECRET-TOKEN-12345"
"""What the outside files of the link cases hold: it must appear in no error."""


def make_link(path: Path, target: str, raw: bytes) -> None:
    """Make `path` a symbolic link to `target`, making a missing target (see the module's docstring)."""
    destination = path.parent / target
    if target.endswith("/"):
        destination.mkdir(parents=True, exist_ok=True)
    elif not destination.exists():
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(raw)
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
    path.symlink_to(target.rstrip("/"), target_is_directory=target.endswith("/"))


def make_special(path: Path, kind: str) -> None:
    """Put a FIFO, a device or a socket at `path`; skip the test where this system will not make one."""
    if path.exists():
        path.unlink()
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "char-device":
        try:
            os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 3))  # the numbers of /dev/null on Linux
        except (PermissionError, AttributeError, OSError) as exc:
            pytest.skip(f"this system will not make a device node here ({exc}); mknod needs CAP_MKNOD")
    else:
        assert kind == "socket", kind
        with _working_folder(path.parent), socket.socket(socket.AF_UNIX) as unix:
            unix.bind(path.name)  # relative: a socket's address is limited to about 100 bytes


@contextmanager
def _working_folder(folder: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def arm_swap(case: Case, content: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """For a `swap` case: replace the file by a link just before the loader opens it, after listing."""
    if case.swap is None:
        return
    swapped = content / case.target
    real_open = load_files._open_inside

    def open_after_swap(path: Path, root: Path) -> int:
        if path == swapped.resolve() and not path.is_symlink():
            destination = path.parent / str(case.swap)
            destination.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, destination)
            path.symlink_to(str(case.swap))
        return real_open(path, root)

    monkeypatch.setattr(load_files, "_open_inside", open_after_swap)


def prepare(root: Path, case: Case, monkeypatch: pytest.MonkeyPatch) -> Path:
    """write_case, with a swap armed for a `swap` case; returns the content folder."""
    content = write_case(root, case)
    arm_swap(case, content, monkeypatch)
    return content


def problems_of(content: Path) -> tuple[Problem, ...]:
    try:
        load_briefing(content)
    except FactsheetError as exc:
        return exc.problems
    return ()


def field_value(data: Any, dotted: str) -> Any:
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", dotted):
        data = data[int(part[1:-1]) - 1] if part.startswith("[") else data[part]
    return data


def test_the_corpus_covers_what_issue_4_lists():
    names = {c.name for c in CASES}
    for required in ("duplicate-key", "typing-no", "typing-on", "typing-sexagesimal", "typing-octal", "typing-float",
                     "typing-date-as-text", "partial-date-month", "anchor", "alias", "tag-python", "tag-unknown",
                     "tab-indent", "invalid-utf8", "nesting-too-deep", "oversize", "bom", "crlf", "unknown-field",
                     "missing-required", "wrong-type-list", "reference-to-nothing", "duplicate-id-across-kinds",
                     "id-differs-only-by-case", "evidence-not-in-source", "url-javascript", "invalid-id-filename"):
        assert required in names
    assert len(CASES) >= 50


def test_the_corpus_covers_what_issue_15_lists():
    """Untrusted content: every kind of path that is not a regular file inside content/."""
    names = {c.name for c in CASES}
    for required in ("link-outside-file", "link-inside-file", "link-outside-folder", "link-inside-folder",
                     "special-fifo", "special-device", "special-socket", "link-swapped-in"):
        assert required in names
    assert all(MARKER.encode() in c.raw for c in CASES if c.name in ("link-outside-file", "link-swapped-in"))


FIGURES: Counter[str] = Counter()


@pytest.mark.parametrize("case", [c for c in CASES if c.error], ids=lambda c: c.name)
def test_malformed_case_gives_exactly_its_error(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    FIGURES["malformed cases"] += 1
    problems = problems_of(prepare(tmp_path, case, monkeypatch))
    assert [str(p) for p in problems if str(p).startswith(case.error)] == [str(p) for p in problems], (
        f"expected one problem starting {case.error!r}")
    assert len(problems) == 1, "one mistake, one error"
    problem = problems[0]
    assert problem.message and problem.hint, "every error says what was expected and how to fix it"
    assert MARKER not in str(problem), "an error never quotes a file outside the content folder"
    if case.swap is not None:
        assert (tmp_path / "content" / case.target).is_symlink(), "the swap happened, and the open refused it"
    if re.match(r"^[^:]+:\d+:\d+: ", case.error):
        assert problem.line > 0 and problem.column > 0
        FIGURES["rejected with the stated line and column"] += 1
    else:
        FIGURES["rejected with the stated file (a file or folder as a whole)"] += 1


@pytest.mark.parametrize("case", [c for c in CASES if c.loads], ids=lambda c: c.name)
def test_tricky_valid_case_loads_as_written(case: Case, tmp_path: Path):
    content = write_case(tmp_path, case)
    assert problems_of(content) == ()
    raw = load_content(content)
    doc = next(d for d in raw.documents if d.path == f"content/{case.target}")
    FIGURES["valid tricky cases that load as written"] += 1
    name, expected = case.loads
    value = field_value(doc.data, name)
    assert value == expected and isinstance(value, str)
    assert "\ufeff" not in repr(doc.data) and "\\r" not in repr(doc.data)
    assert doc.mark(tuple(int(p[1:-1]) - 1 if p.startswith("[") else p
                          for p in re.findall(r"[^.\[\]]+|\[\d+\]", name)))[0] > 3


@pytest.mark.parametrize("case", [c for c in CASES if c.error], ids=lambda c: c.name)
def test_validate_command_reports_the_case_in_every_format(case: Case, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch):
    content = prepare(tmp_path, case, monkeypatch)
    runner = CliRunner()
    text = runner.invoke(cli, ["validate", "--content", str(content)])
    assert text.exit_code == 1 and isinstance(text.exception, SystemExit)  # a clean exit, not a crash
    assert "Traceback" not in text.output
    problem = problems_of(content)[0]
    assert str(problem) in text.output
    github = runner.invoke(cli, ["validate", "--content", str(content), "--format", "github"])
    assert github.exit_code == 1 and "Traceback" not in github.output
    annotation = github.output.strip().splitlines()
    assert len(annotation) == 1 and annotation[0].startswith(f"::error file={problem.path}")
    if problem.line:
        assert f",line={problem.line},col={problem.column}," in annotation[0]
    as_json = runner.invoke(cli, ["validate", "--content", str(content), "--format", "json"])
    assert as_json.exit_code == 1
    [reported] = json.loads(as_json.output)
    assert (reported["path"], reported["line"], reported["column"], reported["message"]) == (
        problem.path, problem.line, problem.column, problem.message)


def test_every_error_in_one_run_sorted_by_file_and_line(tmp_path: Path):
    """Cases aimed at different files, all at once: each still gives its own error, in order."""
    chosen: dict[str, Case] = {}
    tree = minimal_tree()
    for case in CASES:  # each written over a file of the tree, none referring to another case's file
        if case.error and re.match(r"^[^:]+:\d+:\d+: ", case.error) and "id:" not in case.error \
                and not case.target.startswith("sources/") and case.target in tree:
            chosen.setdefault(case.target, case)
    assert len(chosen) >= 5
    content = write_tree(tmp_path / "content", minimal_tree())
    for case in chosen.values():
        (content / case.target).write_bytes(case.raw)
    problems = problems_of(content)
    reports = [str(p) for p in problems]
    for case in chosen.values():
        assert any(r.startswith(case.error) for r in reports), case.name
    assert reports == [str(p) for p in sorted(problems)]
    assert [(p.path, p.line) for p in problems] == sorted((p.path, p.line) for p in problems)


@pytest.mark.parametrize("name", ["tag-python", "duplicate-id-across-kinds", "invalid-utf8"])
def test_mkdocs_and_factsheet_build_fail_cleanly(name: str, make_project, tmp_path: Path):
    case = next(c for c in CASES if c.name == name)
    project = make_project(minimal_tree())
    (project / "content" / case.target).parent.mkdir(parents=True, exist_ok=True)
    (project / "content" / case.target).write_bytes(case.raw)
    for command in (["-m", "mkdocs", "build", "--strict"], ["-m", "generator", "build"]):
        result = subprocess.run([sys.executable, *command, "-f", str(project / "mkdocs.yml"),
                                 "-d", str(tmp_path / "out")], capture_output=True, text=True, cwd=project, timeout=120)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr + result.stdout
        assert case.error in result.stderr
        assert not (tmp_path / "out").exists()


def test_report_corpus_figures():
    """The figures for the closing note (see them with -rP)."""
    print("malformed corpus: " + ", ".join(f"{k} {v}" for k, v in FIGURES.items()))
