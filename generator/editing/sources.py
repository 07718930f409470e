"""`factsheet source add`: store a plain-text article as a source, with what the editor knows of it.

The text goes to content/sources/<id>.txt and the metadata to <id>.yaml. Nothing is written until
the id, the text and every piece of metadata have been checked, and nothing is ever overwritten.
"""
from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from generator.content.files import read_text
from generator.content.schema import Source
from generator.editing.editor_schemas import schema_line
from generator.editing.scaffold import WIDTH, check_new_id
from generator.errors import FactsheetError, Problem

METADATA = ("title", "outlet", "url", "published")
"""The fields `source add` takes as options, in the order they are written."""


@dataclass(frozen=True)
class StoredSource:
    """The two files a new source was stored as."""

    text: Path
    metadata: Path


def add_source(content_dir: Path, article: Path, ident: str, **metadata: str | None) -> StoredSource:
    """Copy `article` into content/sources/ as source `ident`, with a metadata file beside it."""
    check_new_id(content_dir, ident)
    given = {k: v for k, v in metadata.items() if v is not None}
    unknown = set(given) - set(METADATA)
    if unknown:
        raise TypeError(f"unknown metadata: {sorted(unknown)}")  # a bug in the caller, not a user error
    _check_metadata(given)
    text = _read_article(article)
    folder = content_dir / "sources"
    folder.mkdir(parents=True, exist_ok=True)
    stored = StoredSource(folder / f"{ident}.txt", folder / f"{ident}.yaml")
    with stored.text.open("x", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    try:
        with stored.metadata.open("x", encoding="utf-8") as handle:
            handle.write(metadata_yaml(content_dir, stored.metadata, given))
    except BaseException:
        stored.text.unlink()  # keep the pair whole: a text without its .yaml is a validation error
        raise
    return stored


def metadata_yaml(content_dir: Path, path: Path, given: dict[str, str]) -> str:
    """The source's YAML: the metadata the editor gave, and the fields not known yet commented out,
    ready to fill in (an empty field would be an error)."""
    lines = [schema_line(content_dir, "sources", path)]
    for name in METADATA:
        doc = Source.model_fields[name].description or ""
        lines += [f"# {line}" for line in textwrap.wrap(doc, WIDTH - 2)]
        # JSON strings are valid double-quoted YAML, so any text is written safely.
        lines.append(f"{name}: {json.dumps(given[name], ensure_ascii=False)}" if name in given else f"# {name}:")
    if not given:  # a file needs one field to be a mapping at all; this one is true of every source
        lines += ["# The file that holds the article's text.", f"text_file: {path.stem}.txt"]
    return "\n".join(lines) + "\n"


EXPECTED = {"url": "expected an https, http or mailto URL",
            "published": "expected a date written 2025, 2025-06 or 2025-06-24"}
"""What a malformed option should have looked like, for the fields whose schema is a pattern."""


def _check_metadata(given: dict[str, str]) -> None:
    try:
        Source.model_validate(given)
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False):
            name = str(error["loc"][0])
            message = str(error["msg"]).removeprefix("Value error, ")
            if error["type"] == "string_pattern_mismatch":
                message = EXPECTED.get(name, message)
            problems.append(Problem(f"--{name}", field=name, message=f"{given[name]!r}: {message}",
                                    hint=Source.model_fields[name].description or ""))
        raise FactsheetError(problems) from None


def _read_article(article: Path) -> str:
    shown = str(article)
    if not article.is_file():
        raise FactsheetError([Problem(shown, message="no such file", hint="give the path of a plain-text article")])
    problems: list[Problem] = []
    text = read_text(article, shown, problems)
    if text is None:
        raise FactsheetError(problems)
    if not text.strip():
        raise FactsheetError([Problem(shown, message="the article is empty")])
    return text
