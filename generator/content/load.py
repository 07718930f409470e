"""Read the content folder: strict YAML in, plain data with the line and column of every value out.

YAML here is a small, safe subset. Every scalar stays the text it was written as (the schema
decides types), duplicate keys, anchors, aliases and tags are errors, and each value keeps its
position so that a later stage can point at the line.
"""
from __future__ import annotations

import difflib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.content.ids import ID_PATTERN, MAX_ID_LENGTH, slug
from generator.content.kinds import BRIEFING, BRIEFING_FILE, FOLDERS
from generator.errors import FactsheetError, Problem

MAX_FILE_BYTES = 1024 * 1024
"""A content file larger than this (1 MiB) is refused: one entity never needs so much."""
MAX_DEPTH = 5
"""Deepest nesting of mappings and lists that a content file may use: as deep as the schema goes
(a meeting, its outcomes, an outcome, its evidence, an excerpt). tests/test_strict_yaml.py checks it."""

YAML_SUFFIXES = (".yaml", ".yml")
SOURCE_TEXT_SUFFIX = ".txt"

# libyaml is several times faster and keeps the same marks; PyYAML may be built without it.
_Parser: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Path_ = tuple[str | int, ...]
Mark = tuple[int, int]


@dataclass(frozen=True)
class Document:
    """One YAML file, loaded: its data and where each value stands in the file."""

    path: str
    """The file as shown to the user."""
    kind: str
    """The folder it was found in, such as `meetings`; `briefing` for the top-level file."""
    id: str
    """The entity id: the file name without its suffix."""
    data: Any
    """Mappings, lists and strings; an empty plain value is None."""
    marks: dict[Path_, Mark] = field(compare=False, repr=False)
    """(line, column) of each value, 1-based, by its path in the data; () is the document."""
    key_marks: dict[Path_, Mark] = field(compare=False, repr=False)
    """(line, column) of each mapping key, by the path of the value it introduces."""

    def mark(self, path: Path_, *, key: bool = False) -> Mark:
        """The position of the value at `path`, or of the nearest enclosing value that has one."""
        table = self.key_marks if key else self.marks
        path = tuple(path)
        while path:
            if path in table:
                return table[path]
            if key and path in self.marks:
                return self.marks[path]
            path = path[:-1]
        return self.marks.get((), (1, 1))


@dataclass(frozen=True)
class SourceText:
    """The plain text of a source article."""

    path: str
    text: str


@dataclass(frozen=True)
class RawContent:
    """Everything read from `content/`, before validation."""

    briefing: Document | None
    documents: tuple[Document, ...]
    texts: dict[str, SourceText] = field(compare=False)
    """Source texts by file name (without `.txt`)."""
    problems: tuple[Problem, ...] = ()
    """Files that could not be read; validation reports them with its own findings."""


def display_path(path: Path, content_dir: Path) -> str:
    """A path as the user should see it: from the project folder, such as content/people/x.yaml.

    The same at any working folder, and the form GitHub annotations need. A file found in the
    content folder is named as it stands there (resolving every path was a third of loading)."""
    try:
        inside = path.relative_to(content_dir)
    except ValueError:
        return Path(os.path.relpath(path.resolve(), content_dir.resolve().parent)).as_posix()
    plain = content_dir.is_absolute() and ".." not in content_dir.parts  # load_content resolves it once
    folder = content_dir.name if plain else content_dir.resolve().name
    return f"{folder}/{inside.as_posix()}" if inside.parts else folder


def load_content(content_dir: Path) -> RawContent:
    """Read every file under `content_dir`, keeping the problems of files that could not be read."""
    problems: list[Problem] = []
    if not content_dir.is_dir():
        raise FactsheetError([Problem(str(content_dir), message="the content folder does not exist",
                                      hint="run the command in the project folder, or give the folder with --content")])
    content_dir = content_dir.resolve()
    documents: list[Document] = []
    texts: dict[str, SourceText] = {}
    briefing: Document | None = None
    ids = _valid_ids(content_dir)
    for entry in sorted(content_dir.iterdir()):
        shown = display_path(entry, content_dir)
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and entry.name in FOLDERS:
            for doc_or_text in _load_kind(entry, content_dir, problems, ids):
                if isinstance(doc_or_text, Document):
                    documents.append(doc_or_text)
                else:
                    texts[Path(doc_or_text.path).stem] = doc_or_text
        elif entry.is_file() and entry.name == BRIEFING_FILE:
            briefing = _load_document(entry, shown, BRIEFING, BRIEFING, problems)
        elif entry.is_file() and entry.name.lower() in ("readme.md", "readme.txt"):
            continue  # notes for editors, not content
        else:
            known = [*FOLDERS, BRIEFING_FILE]
            problems.append(Problem(shown, message=f"unexpected {'folder' if entry.is_dir() else 'file'} in the content folder",
                                    hint=_suggest(entry.name, known, f"content holds only {', '.join(known)}")))
    return RawContent(briefing=briefing, documents=tuple(documents), texts=texts, problems=tuple(problems))


def _load_kind(folder: Path, root: Path, problems: list[Problem], ids: dict[str, str]) -> Iterator[Document | SourceText]:
    kind = folder.name
    seen: dict[str, str] = {}
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(".") and entry.suffix not in YAML_SUFFIXES:
            continue  # editors' swap files and the like; a hidden YAML file is reported as a bad id
        shown = display_path(entry, root)
        if kind == "sources" and entry.suffix == SOURCE_TEXT_SUFFIX and entry.is_file():
            text = read_text(entry, shown, problems)
            if text is not None:
                yield SourceText(shown, text)
            continue
        if entry.suffix not in YAML_SUFFIXES or not entry.is_file():
            expected = "a .yaml file" + (" or a .txt source text" if kind == "sources" else "")
            problems.append(Problem(shown, message=f"unexpected {'folder' if entry.is_dir() else 'file'}: expected {expected}",
                                    hint=f"move it out of content/{kind}/, or rename it to <id>.yaml"))
            continue
        ident = entry.stem
        if not _id_problem(ident, shown, problems, ids):
            continue
        if ident in seen:
            problems.append(Problem(shown, 1, 1, "id", f"duplicate id {ident!r}: {seen[ident]} has the same id",
                                    hint="keep one of the two files"))
            continue
        seen[ident] = shown
        doc = _load_document(entry, shown, kind, ident, problems)
        if doc is not None:
            yield doc


def _id_problem(ident: str, shown: str, problems: list[Problem], ids: dict[str, str]) -> bool:
    """Check that a file name makes a valid id; record a problem and return False if not.

    `ids` maps every valid id in the content folder to its file, so that an id that differs from
    another only by case gets its own message: on a case-insensitive disk the two are one page."""
    if ID_PATTERN.fullmatch(ident) and len(ident) <= MAX_ID_LENGTH:
        return True
    other = ids.get(ident.lower())
    if other is not None:
        problems.append(Problem(shown, 1, 1, "id", f"id {ident!r} differs only by case from {ident.lower()!r} "
                                f"in {other}; ids are lowercase, and two ids may not differ only by case",
                                hint="merge the two files, or give this one a different lowercase name"))
        return False
    suggested = slug(ident, MAX_ID_LENGTH)
    hint = f"rename the file to {suggested}{Path(shown).suffix}" if suggested else "use lowercase letters, digits and '-'"
    problems.append(Problem(shown, 1, 1, "id", f"invalid id {ident!r}: the file name must be lowercase ASCII "
                            f"words joined by '-', at most {MAX_ID_LENGTH} characters", hint=hint))
    return False


def _valid_ids(content_dir: Path) -> dict[str, str]:
    """Every valid id among the YAML files of content/, with the file that has it."""
    ids: dict[str, str] = {}
    for kind in FOLDERS:
        folder = content_dir / kind
        if folder.is_dir():
            for entry in sorted(folder.iterdir()):
                if entry.suffix in YAML_SUFFIXES and ID_PATTERN.fullmatch(entry.stem):
                    ids.setdefault(entry.stem, display_path(entry, content_dir))
    return ids


def _read_bytes(path: Path, shown: str, problems: list[Problem]) -> bytes | None:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(Problem(shown, 1, 1, message=f"the file is {size:,} bytes; the limit is "
                                    f"{MAX_FILE_BYTES:,} (see 'Content limits' in the README)",
                                    hint="one entity never needs so much: split it, or remove pasted text"))
            return None
        # Read one byte past the limit, so that a file growing after stat() is still refused.
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:  # a broken link, a file without read permission
        problems.append(Problem(shown, message=f"the file cannot be read: {exc.strerror or exc}",
                                hint="check that the file exists and that you may read it"))
        return None
    if len(raw) > MAX_FILE_BYTES:
        problems.append(Problem(shown, 1, 1, message=f"the file is over the limit of {MAX_FILE_BYTES:,} bytes",
                                hint="one entity never needs so much: split it, or remove pasted text"))
        return None
    return raw


def _decode(raw: bytes, shown: str, problems: list[Problem]) -> str | None:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        problems.append(Problem(shown, line, column, message=f"the file is not valid UTF-8 (byte 0x{raw[exc.start]:02x})",
                                hint="save the file as UTF-8"))
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path, shown: str, problems: list[Problem]) -> str | None:
    """A text file's contents (UTF-8, newlines made \\n), or None with the reason in `problems`."""
    raw = _read_bytes(path, shown, problems)
    return None if raw is None else _decode(raw, shown, problems)


def load_yaml(text: str, shown: str) -> tuple[Any, dict[Path_, Mark], dict[Path_, Mark]]:
    """Parse one YAML document into plain data and the positions of its values and keys."""
    problems: list[Problem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(Problem(shown, number, indent.index("\t") + 1,
                                    message="a tab is used for indentation", hint="indent with spaces only"))
    if problems:
        raise FactsheetError(problems)
    try:
        return _compose(yaml.parse(text, Loader=_Parser), shown)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = exc.problem or "invalid YAML"
        if exc.context:
            message = f"{exc.context}: {message}"
        hint = _syntax_hint(message)
        # libyaml stops runaway nesting itself, a little ahead of _compose; say it the same way.
        message = (f"nesting is deeper than the {MAX_DEPTH} levels content may use" if "nesting depth" in message
                   else f"invalid YAML: {message}")
        raise FactsheetError([Problem(shown, *where, message=message, hint=hint)]) from None
    except yaml.reader.ReaderError as exc:
        # The reader gives a character position only; turn it into a line and column.
        before = text[: exc.position]
        at = (before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1)
        raise FactsheetError([Problem(shown, *at, message=f"invalid YAML: {exc.reason} "
                                      f"(character {exc.character!r})",
                                      hint="remove the invisible control character; retype the text around it")]) from None
    except yaml.YAMLError as exc:  # pragma: no cover - every PyYAML error above has a position
        raise FactsheetError([Problem(shown, 1, 1, message=f"invalid YAML: {exc}",
                                      hint="check the file's indentation and quoting")]) from None


def _syntax_hint(message: str) -> str:
    """How to fix the YAML mistakes that editors make most."""
    if "mapping values are not allowed" in message:
        return "a value that contains ': ' must be quoted: write the whole value in double quotes"
    if "quoted scalar" in message:
        return "a quote was opened and not closed; add the closing quote"
    if "did not find expected key" in message or "expected <block end>" in message:
        return "check the indentation: items of one list or mapping must start in the same column"
    if "nesting depth" in message:
        return "check the brackets: every [ and { needs its closing ] or }"
    if "found character" in message and "that cannot start any token" in message:
        return "quote a value that starts with a special character such as @ or `"
    return "check the indentation and quoting on this line and the one before it"


def _load_document(path: Path, shown: str, kind: str, ident: str, problems: list[Problem]) -> Document | None:
    text = read_text(path, shown, problems)
    if text is None:
        return None
    try:
        data, marks, key_marks = load_yaml(text, shown)
    except FactsheetError as exc:
        problems.extend(exc.problems)
        return None
    if not isinstance(data, dict):
        found = "nothing" if data is None else ("a list" if isinstance(data, list) else "a single value")
        problems.append(Problem(shown, *marks.get((), (1, 1)), message=f"expected a mapping of fields, found {found}",
                                hint="write one 'field: value' per line"))
        return None
    return Document(shown, kind, ident, data, marks, key_marks)


def _located(shown: str, event: Any, message: str, hint: str = "", at: Path_ = ()) -> FactsheetError:
    mark = event.start_mark
    return FactsheetError([Problem(shown, mark.line + 1, mark.column + 1, field_path(at), message, hint)])


def field_path(path: Path_) -> str:
    """A data path as the user writes it: participants[1].person (lists count from 1)."""
    text = ""
    for part in path:
        if part is None:  # the position of a key not yet read
            continue
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _compose(events: Iterator[Any], shown: str) -> tuple[Any, dict[Path_, Mark], dict[Path_, Mark]]:
    """Build plain data from parser events, iteratively, so that deep nesting cannot overflow."""
    marks: dict[Path_, Mark] = {}
    key_marks: dict[Path_, Mark] = {}
    root: Any = None
    documents = 0
    # Each frame: [container, path, pending key or None (mappings), key event]
    stack: list[list[Any]] = []

    def place(value: Any, event: Any) -> None:
        nonlocal root
        mark = (event.start_mark.line + 1, event.start_mark.column + 1)
        if not stack:
            root = value
            marks[()] = mark
            return
        frame = stack[-1]
        container, path = frame[0], frame[1]
        if isinstance(container, list):
            child = (*path, len(container))
            container.append(value)
            marks[child] = mark
            return
        if frame[2] is None:  # this value is a key
            if not isinstance(value, str):
                raise _located(shown, event, "a mapping key must be a plain name", "write keys as 'name:'", path)
            if value in container:
                raise _located(shown, event, f"duplicate key {value!r}",
                               f"{value!r} is already set on line {key_marks[(*path, value)][0]}; keep one",
                               (*path, value))
            frame[2] = value
            key_marks[(*path, value)] = mark
            return
        key = frame[2]
        container[key] = value
        marks[(*path, key)] = mark
        frame[2] = None

    def child_path() -> Path_:
        if not stack:
            return ()
        container, path = stack[-1][0], stack[-1][1]
        return (*path, len(container)) if isinstance(container, list) else (*path, stack[-1][2])

    for event in events:
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _located(shown, event, "a content file holds one YAML document",
                               hint="remove the '---' line, or split the file in two")
            continue
        if isinstance(event, yaml.AliasEvent):
            raise _located(shown, event, f"alias *{event.anchor} is not allowed in content",
                           "write the value out in full", child_path())
        if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if event.anchor is not None:
                raise _located(shown, event, f"anchor &{event.anchor} is not allowed in content",
                               "remove the anchor and write values out in full", child_path())
            if event.tag is not None:
                raise _located(shown, event, f"tag {event.tag} is not allowed in content",
                               "remove the tag; the schema decides each field's type", child_path())
        if isinstance(event, yaml.ScalarEvent):
            plain_empty = event.value == "" and event.implicit[0]
            place(None if plain_empty else event.value, event)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if len(stack) >= MAX_DEPTH:
                raise _located(shown, event, f"nesting is deeper than the {MAX_DEPTH} levels content may use",
                               "check the indentation, or write this value as plain text", child_path())
            if stack and isinstance(stack[-1][0], dict) and stack[-1][2] is None:
                raise _located(shown, event, "a mapping key must be a plain name", "write keys as 'name:'",
                               stack[-1][1])
            value: Any = [] if isinstance(event, yaml.SequenceStartEvent) else {}
            path = child_path()
            place(value, event)
            stack.append([value, path, None])
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            stack.pop()
    return root, marks, key_marks


def _suggest(word: str, choices: list[str] | tuple[str, ...], fallback: str = "") -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else fallback


suggest = _suggest
