"""Read the content folder: every kind's files, each through the safe reader (files.py) and the
strict YAML parser (strict_yaml.py), with the problems of the files that could not be read.
"""
from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.content.files import (
    check_content_tree,
    content_entries,
    display_path,
    read_content,
)
from generator.content.ids import ID_PATTERN, MAX_ID_LENGTH, slug
from generator.content.kinds import BRIEFING, BRIEFING_FILE, FOLDERS
from generator.content.strict_yaml import Mark, Path_, load_yaml
from generator.errors import FactsheetError, Problem

YAML_SUFFIXES = (".yaml", ".yml")
SOURCE_TEXT_SUFFIX = ".txt"
PROSE_FOLDER = "pages"
"""The folder of pages editors write in Markdown, such as an About page: content/pages/<id>.md."""
PROSE_SUFFIX = ".md"


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
    marks: dict[Path_, Mark] | None = field(compare=False, repr=False)
    """(line, column) of each value, 1-based, by its path in the data; () is the document. None
    until a problem needs them: they are found again in `text`."""
    key_marks: dict[Path_, Mark] | None = field(compare=False, repr=False)
    """(line, column) of each mapping key, by the path of the value it introduces; None as `marks`."""
    text: str = field(default="", compare=False, repr=False)
    """The file's text, where the marks are found when needed. A content folder's marks, all kept,
    would weigh more than everything else a build holds; only a problem needs them."""
    start: Mark = field(default=(1, 1), compare=False, repr=False)
    """Where the document itself starts."""

    def mark(self, path: Path_, *, key: bool = False) -> Mark:
        """The position of the value at `path`, or of the nearest enclosing value that has one."""
        path = tuple(path)
        if not path:
            return self.start
        marks, key_marks = self._tables()
        table = key_marks if key else marks
        while path:
            if path in table:
                return table[path]
            if key and path in marks:
                return marks[path]
            path = path[:-1]
        return self.start

    def _tables(self) -> tuple[dict[Path_, Mark], dict[Path_, Mark]]:
        if self.marks is None or self.key_marks is None:
            _, marks, key_marks = load_yaml(self.text, self.path)
            object.__setattr__(self, "marks", marks)  # a cache: the marks follow from the text
            object.__setattr__(self, "key_marks", key_marks)
            return marks, key_marks
        return self.marks, self.key_marks


@dataclass(frozen=True)
class SourceText:
    """The plain text of a file: a source article, or a page in Markdown."""

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
    pages: tuple[SourceText, ...] = ()
    """The pages in Markdown of content/pages/, as written; generator/content/prose.py reads them."""


def load_content(content_dir: Path) -> RawContent:
    """Read every file under `content_dir`, keeping the problems of files that could not be read."""
    problems: list[Problem] = []
    if not content_dir.is_dir():
        raise FactsheetError([Problem(str(content_dir), message="the content folder does not exist",
                                      hint="run the command in the project folder, or give the folder with --content")])
    content_dir = content_dir.resolve()  # the folder may be reached through a link; nothing inside it may
    problems.extend(check_content_tree(content_dir))
    documents: list[Document] = []
    texts: dict[str, SourceText] = {}
    briefing: Document | None = None
    pages: list[SourceText] = []
    top = content_entries(content_dir)
    kinds = [Path(e.path) for e in top if e.is_dir(follow_symlinks=False) and e.name in FOLDERS]
    ids = _valid_ids(kinds, content_dir)
    for item in top:
        entry, is_dir = Path(item.path), item.is_dir(follow_symlinks=False)
        shown = display_path(entry, content_dir)
        if entry.name.startswith("."):
            continue
        if is_dir and entry.name in FOLDERS:
            for doc_or_text in _load_kind(entry, content_dir, problems, ids):
                if isinstance(doc_or_text, Document):
                    documents.append(doc_or_text)
                else:
                    texts[Path(doc_or_text.path).stem] = doc_or_text
        elif is_dir and entry.name == PROSE_FOLDER:
            pages.extend(_load_pages(entry, content_dir, problems))
        elif not is_dir and entry.name == BRIEFING_FILE:
            briefing = load_document(entry, content_dir, BRIEFING, BRIEFING, problems)
        elif not is_dir and entry.name.lower() in ("readme.md", "readme.txt"):
            continue  # notes for editors, not content
        else:
            known = [*FOLDERS, PROSE_FOLDER, BRIEFING_FILE]
            hint = _suggest(entry.name, known, f"content holds only {', '.join(known)}")
            if not is_dir and entry.suffix == PROSE_SUFFIX:
                hint = f"a page in Markdown goes in content/{PROSE_FOLDER}/: move it there, named <id>{PROSE_SUFFIX}"
            problems.append(Problem(shown, message=f"unexpected {'folder' if is_dir else 'file'} in the content folder",
                                    hint=hint))
    return RawContent(briefing=briefing, documents=tuple(documents), texts=texts, problems=tuple(problems),
                      pages=tuple(pages))


def _load_pages(folder: Path, root: Path, problems: list[Problem]) -> Iterator[SourceText]:
    """The text of each page in Markdown, content/pages/<id>.md; generator/content/prose.py reads them."""
    entries = content_entries(folder)
    ids = {Path(e.name).stem: display_path(Path(e.path), root) for e in entries
           if e.name.endswith(PROSE_SUFFIX) and ID_PATTERN.fullmatch(Path(e.name).stem)}
    for item in entries:
        entry, is_file = Path(item.path), item.is_file(follow_symlinks=False)
        if entry.name.startswith("."):
            continue  # editors' swap files and the like
        shown = display_path(entry, root)
        if entry.suffix != PROSE_SUFFIX or not is_file:
            problems.append(Problem(shown, message=f"unexpected {'file' if is_file else 'folder'}: expected a "
                                    f"{PROSE_SUFFIX} page", hint=f"move it out of content/{PROSE_FOLDER}/, or rename "
                                    f"it to <id>{PROSE_SUFFIX}"))
            continue
        if _id_problem(entry.stem, shown, problems, ids):
            text = read_content(entry, root, problems)
            if text is not None:
                yield SourceText(shown, text)


def _load_kind(folder: Path, root: Path, problems: list[Problem], ids: dict[str, str]) -> Iterator[Document | SourceText]:
    kind = folder.name
    seen: dict[str, str] = {}
    for item in content_entries(folder):
        entry, is_file = Path(item.path), item.is_file(follow_symlinks=False)
        if entry.name.startswith(".") and entry.suffix not in YAML_SUFFIXES:
            continue  # editors' swap files and the like; a hidden YAML file is reported as a bad id
        shown = display_path(entry, root)
        if kind == "sources" and entry.suffix == SOURCE_TEXT_SUFFIX and is_file:
            text = read_content(entry, root, problems)
            if text is not None:
                yield SourceText(shown, text)
            continue
        if entry.suffix not in YAML_SUFFIXES or not is_file:
            expected = "a .yaml file" + (" or a .txt source text" if kind == "sources" else "")
            problems.append(Problem(shown, message=f"unexpected {'file' if is_file else 'folder'}: expected {expected}",
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
        doc = load_document(entry, root, kind, ident, problems)
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


def _valid_ids(kinds: list[Path], content_dir: Path) -> dict[str, str]:
    """Every valid id among the YAML files of the kinds' folders, with the file that has it."""
    ids: dict[str, str] = {}
    for folder in sorted(kinds, key=lambda f: FOLDERS.index(f.name)):
        for entry in content_entries(folder):
            name = Path(entry.name)
            if name.suffix in YAML_SUFFIXES and ID_PATTERN.fullmatch(name.stem):
                ids.setdefault(name.stem, display_path(Path(entry.path), content_dir))
    return ids


def load_document(path: Path, root: Path, kind: str, ident: str, problems: list[Problem]) -> Document | None:
    """One YAML file read and parsed; None with its problems added to `problems`."""
    shown = display_path(path, root)
    text = read_content(path, root, problems)
    if text is None:
        return None
    try:
        data, marks, _key_marks = load_yaml(text, shown)
    except FactsheetError as exc:
        problems.extend(exc.problems)
        return None
    if not isinstance(data, dict):
        found = "nothing" if data is None else ("a list" if isinstance(data, list) else "a single value")
        problems.append(Problem(shown, *marks.get((), (1, 1)), message=f"expected a mapping of fields, found {found}",
                                hint="write one 'field: value' per line"))
        return None
    return Document(shown, kind, ident, data, None, None, text, marks.get((), (1, 1)))


def _suggest(word: str, choices: list[str] | tuple[str, ...], fallback: str = "") -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else fallback


suggest = _suggest
