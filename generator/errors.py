"""The one user-facing error: every problem found in the content, each located at file, line and column."""
from __future__ import annotations

from collections.abc import Iterable
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
        """Every problem, one a line, in the given format (see report.py)."""
        from generator.report import format_problems

        return format_problems(self.problems, fmt)
