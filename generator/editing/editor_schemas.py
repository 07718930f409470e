"""What an editor's YAML language server needs: a committed JSON Schema per kind, and a line in
each content file that points at it.

The schemas are generated from schema.py; the copies in content/.schema/ exist only so that an
editor inside the repository finds them with a relative path (the loader and MkDocs skip
dot-folders). `factsheet schema` (make schema) rewrites them and adds any missing schema lines.
"""
from __future__ import annotations

import os
from pathlib import Path

from generator.content.files import content_entries, read_content
from generator.content.jsonschema import all_schemas, schema_path
from generator.content.kinds import BRIEFING, BRIEFING_FILE, FOLDERS
from generator.content.load import PROSE_FOLDER, YAML_SUFFIXES
from generator.errors import FactsheetError, Problem

SCHEMA_DIR = ".schema"
"""The folder inside content/ that holds the committed copies of the schemas."""
MODELINE = "# yaml-language-server: $schema="
"""How yaml-language-server recognises a schema reference; relative paths start at the file."""


def schema_file(content_dir: Path, kind: str) -> Path:
    """Where the committed schema of `kind` lives."""
    return content_dir / SCHEMA_DIR / f"{kind}.json"


def schema_line(content_dir: Path, kind: str, file: Path) -> str:
    """The first line for a content file of `kind` at `file`, pointing at its schema relatively."""
    target = os.path.relpath(schema_file(content_dir, kind), file.parent)
    return MODELINE + Path(target).as_posix()


def expected_schemas(content_dir: Path) -> dict[Path, bytes]:
    """Every committed schema file as it should be, by its path."""
    by_site_path = all_schemas()
    kinds = (BRIEFING, *FOLDERS, PROSE_FOLDER)  # pages: the front matter of a page in Markdown
    return {schema_file(content_dir, kind): by_site_path[schema_path(kind)] for kind in kinds}


def stale_schemas(content_dir: Path) -> list[Path]:
    """The committed schema files that are missing or differ from what the models generate."""
    return [path for path, data in expected_schemas(content_dir).items()
            if not path.is_file() or path.read_bytes() != data]


def content_files(content_dir: Path) -> list[tuple[str, Path]]:
    """Every YAML content file with its kind, in a stable order: regular files only, as the loader
    reads them, so that no link leads a rewrite outside the content folder."""
    content_dir = content_dir.resolve()
    found: list[tuple[str, Path]] = []
    top = {entry.name: entry for entry in content_entries(content_dir)}
    if BRIEFING_FILE in top and top[BRIEFING_FILE].is_file(follow_symlinks=False):
        found.append((BRIEFING, content_dir / BRIEFING_FILE))
    for kind in FOLDERS:
        if kind in top and top[kind].is_dir(follow_symlinks=False):
            found.extend((kind, Path(entry.path)) for entry in content_entries(content_dir / kind)
                         if entry.is_file(follow_symlinks=False) and Path(entry.name).suffix in YAML_SUFFIXES
                         and not entry.name.startswith("."))
    return found


def missing_schema_lines(content_dir: Path) -> list[Path]:
    """Content files whose first line is not the schema line for their kind."""
    return [path for kind, path in content_files(content_dir)
            if _text(content_dir, path).partition("\n")[0] != schema_line(content_dir.resolve(), kind, path)]


def update(content_dir: Path) -> list[Path]:
    """Rewrite stale schemas and put the schema line first in every content file; return what changed.

    A file that already starts with some other schema line has that line replaced; nothing else in
    the file is touched.
    """
    changed: list[Path] = []
    for path, data in expected_schemas(content_dir).items():
        if not path.is_file() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            changed.append(path)
    for kind, path in content_files(content_dir):
        line = schema_line(content_dir.resolve(), kind, path)
        text = _text(content_dir, path)
        first, _, rest = text.partition("\n")
        if first == line:
            continue
        body = rest if first.startswith(MODELINE) else text
        path.write_text(f"{line}\n{body}", encoding="utf-8")
        changed.append(path)
    return changed


def _text(content_dir: Path, path: Path) -> str:
    """A content file's text, read as the loader reads it; a file it cannot read is an error."""
    problems: list[Problem] = []
    text = read_content(path, content_dir.resolve(), problems)
    if text is None:
        raise FactsheetError(problems)
    return text
