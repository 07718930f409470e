"""Problems printed for people (text), for GitHub pull requests (annotations) and for tools (JSON)."""
from __future__ import annotations

import json
from collections.abc import Sequence

from generator.errors import Problem

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
