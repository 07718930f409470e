"""The one user-facing error: every problem found in the content, each located at file, line and column,
and the three ways of printing them: for people (text), for GitHub pull requests, and for tools (JSON)."""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in the content, with where it is and how to fix it."""

    path: str
    """The file, relative to the project when it can be."""
    line: int = 0
    """1-based line number; 0 when the problem is about the file as a whole."""
    column: int = 0
    """1-based column; 0 when unknown."""
    field: str = ""
    """The dotted path of the field inside the file, such as `participants[1].person`."""
    message: str = ""
    """What is wrong and what was expected."""
    hint: str = ""
    """How to fix it, where there is something useful to say."""

    @property
    def location(self) -> str:
        if self.line and self.column:
            return f"{self.path}:{self.line}:{self.column}"
        if self.line:
            return f"{self.path}:{self.line}"
        return self.path

    def __str__(self) -> str:
        where = f"{self.location}: {self.field}: " if self.field else f"{self.location}: "
        text = where + self.message
        if self.hint:
            text += f" (hint: {self.hint})"
        return text


class FactsheetError(Exception):
    """Raised with every problem found in one pass; the only error shown to users without a traceback."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems: tuple[Problem, ...] = tuple(sorted(set(problems)))
        if not self.problems:
            raise ValueError("FactsheetError needs at least one problem")
        super().__init__(self.report())

    def report(self, fmt: str = "text") -> str:
        """Every problem, one a line, in one of FORMATS."""
        return format_problems(self.problems, fmt)

FORMATS = ("text", "github", "json")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(problem: Problem) -> str:
    """One problem as a GitHub Actions workflow command, so it shows on the file's line."""
    properties = [f"file={_escape_property(problem.path)}"]
    if problem.line:
        properties.append(f"line={problem.line}")
    if problem.column:
        properties.append(f"col={problem.column}")
    properties.append(f"title={_escape_property(problem.field or 'content')}")
    message = problem.message + (f" (hint: {problem.hint})" if problem.hint else "")
    return f"::error {','.join(properties)}::{_escape_data(message)}"


def format_problems(problems: Sequence[Problem], fmt: str = "text") -> str:
    """All problems in one of FORMATS."""
    if fmt == "github":
        return "\n".join(github_annotation(p) for p in problems)
    if fmt == "json":
        keys = ("path", "line", "column", "field", "message", "hint")
        return json.dumps([{k: getattr(p, k) for k in keys} for p in problems], indent=2, ensure_ascii=False)
    count = len(problems)
    return "\n".join([*(str(p) for p in problems), f"{count} {'problem' if count == 1 else 'problems'} found in the content."])
