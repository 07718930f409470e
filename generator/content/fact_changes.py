"""What one change did to the facts: a content file's plain data before and after, compared field by field.

Both sides are read with the loader's own strict YAML reader, so formatting, comments and the order
of keys change nothing; only a different value does. Nothing here runs git: history.py hands in the
file's bytes at a commit and at its parent.
"""
from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any, Literal

from generator.content.files import MAX_FILE_BYTES
from generator.content.kinds import BRIEFING, BRIEFING_FILE, FOLDERS
from generator.content.load import SOURCE_TEXT_SUFFIX, YAML_SUFFIXES
from generator.content.strict_yaml import load_yaml
from generator.errors import FactsheetError

Action = Literal["added", "removed", "corrected"]
FieldPath = tuple[str | int, ...]
NAME_FIELDS = ("name", "title", "text")
"""The fields that name an entity, in the order Entity.name tries them."""


@dataclass(frozen=True)
class FactFile:
    """What a file in the content folder holds, when it holds facts."""

    kind: str
    """Its kind's folder, or `briefing` for the briefing file."""
    id: str
    """The entity's id: the file name without its suffix."""
    text: bool = False
    """True for a source's text (`<id>.txt`), False for YAML."""


@dataclass(frozen=True)
class FactChange:
    """One fact added, removed or corrected by a change."""

    action: Action
    file: str
    """The file, as the build names it: `content/people/ana-souza.yaml`."""
    kind: str
    """The kind's folder, or `briefing`."""
    id: str
    name: str
    """What the file called the entity (after the change; before it, for one removed): its name,
    title or text, else its id."""
    field: FieldPath = ()
    """Where in the file the value changed, such as ("roles", 0, "title"); () for the whole entity."""
    old: Any = None
    """The value before, as plain data (text, lists, mappings); None when added."""
    new: Any = None
    """The value after; None when removed."""
    text: bool = False
    """True when it is a source's text that changed: its words are not repeated here."""


def fact_file(inside: str) -> FactFile | None:
    """What a path inside the content folder holds; None for anything that holds no facts (the
    editors' .schema copies and other dot-files, notes, files of no kind)."""
    parts = PurePosixPath(inside).parts
    if any(part.startswith(".") for part in parts):
        return None
    if parts == (BRIEFING_FILE,):
        return FactFile(BRIEFING, BRIEFING)
    if len(parts) != 2 or parts[0] not in FOLDERS:
        return None
    name = PurePosixPath(parts[1])
    if name.suffix in YAML_SUFFIXES:
        return FactFile(parts[0], name.stem)
    if parts[0] == "sources" and name.suffix == SOURCE_TEXT_SUFFIX:
        return FactFile(parts[0], name.stem, text=True)
    return None


def file_changes(file: str, holds: FactFile, old: bytes | None, new: bytes | None) -> list[FactChange]:
    """The facts that changed in one file, from its bytes before and after (None where it did not exist)."""
    if holds.text:
        before_text, after_text = _text(old), _text(new)
        if before_text == after_text:
            return []
        action: Action = "added" if before_text is None else "removed" if after_text is None else "corrected"
        return [FactChange(action, file, holds.kind, holds.id, holds.id, text=True)]
    before, after = _data(old, file), _data(new, file)
    if before == after:
        return []
    if before is None or after is None:
        name = _name(after or before or {}, holds.id)
        return [FactChange("added" if before is None else "removed", file, holds.kind, holds.id, name)]
    name = _name(after, holds.id)
    return [FactChange(action, file, holds.kind, holds.id, name, at, was, now)
            for action, at, was, now in _diff(before, after, ())]


def _text(raw: bytes | None) -> str | None:
    """A source's text as the loader reads it: a byte order mark and line endings make no difference."""
    if raw is None:
        return None
    return raw.decode("utf-8-sig", errors="replace").replace("\r\n", "\n").replace("\r", "\n")


def _data(raw: bytes | None, file: str) -> dict[str, Any] | None:
    """A YAML file's plain data; None where there was none, or none the loader would have read
    (history may hold a file that never passed validation)."""
    if raw is None or len(raw) > MAX_FILE_BYTES:
        return None
    text = _text(raw)
    try:
        data, _marks, _key_marks = load_yaml(text or "", file)
    except FactsheetError:
        return None
    return data if isinstance(data, dict) else None


def _name(data: dict[str, Any], ident: str) -> str:
    for key in NAME_FIELDS:
        value = data.get(key)
        if isinstance(value, str) and value:
            return value
    return ident


def _absent(value: Any) -> bool:
    return value is None or value == [] or value == {}


def _records(value: Any) -> bool:
    """A list that holds mappings (roles, participants, evidence): compared item by item."""
    return isinstance(value, list) and any(isinstance(item, dict) for item in value)


Difference = tuple[Action, FieldPath, Any, Any]


def _diff(old: Any, new: Any, at: FieldPath) -> Iterator[Difference]:
    """Each value that differs, as deep as a record goes; a list of plain values is one value."""
    if old == new or (_absent(old) and _absent(new)):
        return
    if _records(old) or _records(new):
        yield from _diff_list([] if _absent(old) else old, [] if _absent(new) else new, at)
    elif _absent(old):
        yield "added", at, None, new
    elif _absent(new):
        yield "removed", at, old, None
    elif isinstance(old, dict) and isinstance(new, dict):
        for key in [*new, *(k for k in old if k not in new)]:
            yield from _diff(old.get(key), new.get(key), (*at, key))
    else:
        yield "corrected", at, old, new


def _diff_list(old: list[Any], new: list[Any], at: FieldPath) -> Iterator[Difference]:
    """Records matched by their content, so that one inserted at the top is one addition; where one
    stands in the place of another, the two are compared field by field."""
    if not isinstance(old, list) or not isinstance(new, list):
        yield "corrected", at, old, new
        return
    keys = [json.dumps(item, sort_keys=True) for item in old], [json.dumps(item, sort_keys=True) for item in new]
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, *keys, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        paired = min(i2 - i1, j2 - j1)
        for k in range(paired):
            yield from _diff(old[i1 + k], new[j1 + k], (*at, j1 + k))
        for i in range(i1 + paired, i2):
            yield "removed", (*at, i), old[i], None
        for j in range(j1 + paired, j2):
            yield "added", (*at, j), None, new[j]
