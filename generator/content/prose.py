"""Pages editors write in Markdown (content/pages/<id>.md): each file's front matter read and checked.

A page starts with its front matter, YAML between two '---' lines, read by the same strict loader as
every content file (so each value keeps its line) and validated against schema.Page. The Markdown
after it is the page's text, which generator/pages/prose.py renders and checks.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from generator.content.load import PROSE_FOLDER, Document, SourceText
from generator.content.schema import Page
from generator.content.strict_yaml import load_yaml
from generator.content.validate import _problem_from_error
from generator.errors import FactsheetError, Problem

FENCE = "---"
"""The line that opens and closes the front matter."""


@dataclass(frozen=True)
class ProsePage:
    """One page in Markdown: its front matter, checked, and its text, not yet rendered."""

    id: str
    """The file name without .md: what a link to the page names (pages:<id>)."""
    path: str
    """The file as shown to the user, such as content/pages/about.md."""
    info: Page
    """Its front matter."""
    body: str = field(repr=False)
    """The Markdown below the front matter."""
    body_line: int = field(default=1, compare=False, repr=False)
    """The line of the file on which the body starts, so that a problem in it names the file's line."""

    @property
    def title(self) -> str:
        return self.info.title


def read_pages(texts: Iterable[SourceText], problems: list[Problem]) -> tuple[ProsePage, ...]:
    """Every page whose front matter is sound, in the order of the nav: by `order`, then by file name.
    The problems of the others are added to `problems`."""
    pages = [page for text in texts if (page := read_page(text, problems)) is not None]
    return tuple(sorted(pages, key=lambda p: (p.info.order is None, p.info.order or 0, p.id)))


def read_page(text: SourceText, problems: list[Problem]) -> ProsePage | None:
    """One page, or None with its problems added to `problems`."""
    shown = text.path
    lines = text.text.split("\n")
    if lines[0].rstrip() != FENCE:
        first = lines[0].strip()
        title = first.lstrip("#").strip() if first.startswith("#") else ""
        problems.append(Problem(shown, 1, 1, message="a page starts with its front matter: a '---' line, "
                                "'title: ...' and another '---' line",
                                hint=f"start the file with three lines: '---', 'title: {title or '<the title>'}' "
                                "and '---'" + (", and remove the '#' heading" if title else "")))
        return None
    end = next((n for n in range(1, len(lines)) if lines[n].rstrip() == FENCE), None)
    if end is None:
        problems.append(Problem(shown, 1, 1, message="the front matter opened by this '---' line is never closed",
                                hint="add a line '---' after its last field, before the page's text"))
        return None
    try:  # read with an empty line for the '---' one, so that every position is the file's own
        data, marks, key_marks = load_yaml("\n".join(["", *lines[1:end]]), shown)
    except FactsheetError as exc:
        problems.extend(exc.problems)
        return None
    doc = Document(shown, PROSE_FOLDER, Path(shown).stem, data if data is not None else {},
                   marks or {(): (1, 1)}, key_marks, start=marks.get((), (1, 1)))
    info = _front_matter(doc, problems)
    body = "\n".join(lines[end + 1:])
    if info is not None and not body.strip():
        problems.append(Problem(shown, end + 1, 1, message="the page has no text below its front matter",
                                hint="write the page's text in Markdown below this '---' line"))
        return None
    return ProsePage(doc.id, shown, info, body, end + 2) if info is not None else None


def _front_matter(doc: Document, problems: list[Problem]) -> Page | None:
    data: Any = doc.data
    if not isinstance(data, dict):
        what = "a list" if isinstance(data, list) else "a single value"
        problems.append(Problem(doc.path, *doc.mark(()), message=f"expected the page's fields, found {what}",
                                hint="write one 'field: value' per line, such as 'title: About this briefing'"))
        return None
    empty = [Problem(doc.path, *doc.mark((key,), key=True), field=key, message="is empty",
                     hint="give it a value, or remove the line") for key, value in data.items() if value is None]
    try:
        info = Page.model_validate(data)
    except ValidationError as exc:
        found = [_problem_from_error(doc, Page, dict(error)) for error in exc.errors(include_url=False)]
        # A misspelt field is one mistake: report the unknown name, not also the "missing" real one.
        meant = {p.hint.split("'")[1] for p in found if p.message.startswith("unknown field") and "did you mean" in p.hint}
        problems.extend(p for p in found if not (p.message.startswith("missing required field") and p.field in meant))
        problems.extend(p for p in empty if p.field not in {f.field for f in found})
        return None
    problems.extend(empty)
    return None if empty else info
