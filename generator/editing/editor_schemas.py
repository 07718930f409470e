"""What an editor's YAML language server needs: a committed JSON Schema per kind, and a line in
each content file that points at it.

The schemas are generated from schema.py; the copies in content/.schema/ exist only so that an
editor inside the repository finds them with a relative path (the loader and MkDocs skip
dot-folders). `factsheet schema` (make schema) rewrites them and adds any missing schema lines.
"""
from __future__ import annotations

import os
from pathlib import Path

from generator.content.jsonschema import all_schemas, schema_path
from generator.content.kinds import BRIEFING, BRIEFING_FILE, FOLDERS
from generator.content.load import YAML_SUFFIXES

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
    kinds = (BRIEFING, *FOLDERS)
    return {schema_file(content_dir, kind): by_site_path[schema_path(kind)] for kind in kinds}


def stale_schemas(content_dir: Path) -> list[Path]:
    """The committed schema files that are missing or differ from what the models generate."""
    return [path for path, data in expected_schemas(content_dir).items()
            if not path.is_file() or path.read_bytes() != data]


def content_files(content_dir: Path) -> list[tuple[str, Path]]:
    """Every YAML content file with its kind, in a stable order."""
    found: list[tuple[str, Path]] = []
    briefing = content_dir / BRIEFING_FILE
    if briefing.is_file():
        found.append((BRIEFING, briefing))
    for kind in FOLDERS:
        folder = content_dir / kind
        if folder.is_dir():
            found.extend((kind, p) for p in sorted(folder.iterdir())
                         if p.suffix in YAML_SUFFIXES and p.is_file() and not p.name.startswith("."))
    return found


def missing_schema_lines(content_dir: Path) -> list[Path]:
    """Content files whose first line is not the schema line for their kind."""
    return [path for kind, path in content_files(content_dir)
            if _first_line(path) != schema_line(content_dir, kind, path)]


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
        line = schema_line(content_dir, kind, path)
        text = path.read_text(encoding="utf-8-sig")
        first, _, rest = text.partition("\n")
        if first == line:
            continue
        body = rest if first.startswith(MODELINE) else text
        path.write_text(f"{line}\n{body}", encoding="utf-8")
        changed.append(path)
    return changed


def _first_line(path: Path) -> str:
    with path.open(encoding="utf-8-sig") as handle:
        return handle.readline().rstrip("\n")
