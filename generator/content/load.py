"""Read the content folder: strict YAML in, plain data with the line and column of every value out.

YAML here is a small, safe subset. Every scalar stays the text it was written as (the schema
decides types), duplicate keys, anchors, aliases and tags are errors, and each value keeps its
position so that a later stage can point at the line.

Content is untrusted: a pull request may change any file in it. So every file is read through
`read_content`, which follows no symbolic link, opens nothing but a regular file inside the content
folder, and reads at most MAX_FILE_BYTES; `check_content_tree` reports every link, device, FIFO or
socket anywhere in the tree; and an error quotes at most MAX_QUOTED characters of what a file holds.
"""
from __future__ import annotations

import difflib
import errno
import os
import stat
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

MAX_QUOTED = 80
"""The most characters of a content file's text that an error message quotes, so that no error can
print a whole file into a CI log."""

YAML_SUFFIXES = (".yaml", ".yml")
SOURCE_TEXT_SUFFIX = ".txt"
PROSE_FOLDER = "pages"
"""The folder of pages editors write in Markdown, such as an About page: content/pages/<id>.md."""
PROSE_SUFFIX = ".md"

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


def display_path(path: Path, content_dir: Path) -> str:
    """A path as the user should see it: from the project folder, such as content/people/x.yaml.

    The same at any working folder, and the form GitHub annotations need. A file found in the
    content folder is named as it stands there, without resolving each path: a content tree holds
    tens of thousands of files."""
    try:
        inside = path.relative_to(content_dir)
        if ".." in inside.parts:
            raise ValueError("outside")
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
            briefing = _load_document(entry, content_dir, BRIEFING, BRIEFING, problems)
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
        doc = _load_document(entry, root, kind, ident, problems)
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


# Content files are opened without following a link, and without waiting on a FIFO's writer.
_NOFOLLOW: int = getattr(os, "O_NOFOLLOW", 0)
_READ: int = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_FOLDER: int = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
_OPENAT = os.open in os.supports_dir_fd and _NOFOLLOW != 0
"""Whether each step of a path can be opened relative to the last, following no link (POSIX)."""

_MUST_BE_REGULAR = "content files must be regular files"
_SPECIAL = {stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFCHR: "a character device",
            stat.S_IFBLK: "a block device", stat.S_IFSOCK: "a socket"}


def check_content_tree(content_dir: Path) -> list[Problem]:
    """Every entry anywhere under `content_dir`, hidden ones included, that is not a regular file or
    a real folder: a symbolic link (to anything, inside or out), a device, a FIFO or a socket.

    Links are never followed, so a link cannot lead the walk (or MkDocs' own walk of docs_dir, which
    does follow links and so must come after this check) out of the folder or round a loop."""
    problems: list[Problem] = []
    folders = [content_dir]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            problems.append(Problem(display_path(folder, content_dir), message=f"the folder cannot be read: "
                                    f"{exc.strerror or exc}", hint="check that the folder exists and that you may read it"))
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                folders.append(Path(entry.path))
            elif _editor_lock(entry):
                continue
            elif not entry.is_file(follow_symlinks=False):
                problems.append(_not_regular(Path(entry.path), content_dir))
    return problems


def _editor_lock(entry: os.DirEntry[str]) -> bool:
    """Emacs marks a file it is editing with a link named .#<name> to nowhere: never read, never
    followed, and refusing it would stop `make serve` whenever an editor has a file open."""
    return entry.name.startswith(".#") and entry.is_symlink() and not os.path.exists(entry.path)


def content_entries(folder: Path) -> list[os.DirEntry[str]]:
    """The regular files and real folders in `folder`, by name: what a loader may read or go into.

    Everything else (links, devices, FIFOs, sockets) is left out; check_content_tree reports it."""
    with os.scandir(folder) as listing:
        return sorted((e for e in listing if e.is_dir(follow_symlinks=False) or e.is_file(follow_symlinks=False)),
                      key=lambda e: e.name)


def read_content(path: Path, content_dir: Path, problems: list[Problem]) -> str | None:
    """The text of a file in the content tree (UTF-8, newlines made \\n), or None with the reason in
    `problems`: the one way to read any file under content/, whatever its kind.

    `content_dir` is the content folder as load_content resolved it; `path` is a path inside it. The
    file is read only if it is a regular file inside that folder, reached without following any
    link: each folder on the way and the file itself are opened with O_NOFOLLOW, and the open file
    is checked with fstat, so that a link or a FIFO swapped in after the folder was listed is
    refused too. At most MAX_FILE_BYTES are read."""
    shown = display_path(path, content_dir)
    try:
        descriptor = _open_inside(path, content_dir)
    except _NotRegularError as exc:
        problems.append(_not_regular(exc.path, content_dir, exc.mode))
        return None
    except OSError as exc:  # a file that went away, or without read permission
        problems.append(Problem(shown, message=f"the file cannot be read: {exc.strerror or exc}",
                                hint="check that the file exists and that you may read it"))
        return None
    raw = _read_open(descriptor, path, content_dir, shown, problems)
    return None if raw is None else _decode(raw, shown, problems)


def read_text(path: Path, shown: str, problems: list[Problem]) -> str | None:
    """A text file's contents (UTF-8, newlines made \\n), or None with the reason in `problems`.

    For a file outside the content folder, chosen by the person running the command (the article
    of `factsheet source add`): a link is followed, but only a regular file is read."""
    try:
        descriptor = os.open(path, _READ)
    except OSError as exc:  # a broken link, a file without read permission
        problems.append(Problem(shown, message=f"the file cannot be read: {exc.strerror or exc}",
                                hint="check that the file exists and that you may read it"))
        return None
    raw = _read_open(descriptor, path, None, shown, problems)
    return None if raw is None else _decode(raw, shown, problems)


class _NotRegularError(Exception):
    """A path inside the content folder that is not a regular file (or, on the way, not a real folder)."""

    def __init__(self, path: Path, mode: int | None = None):
        super().__init__(str(path))
        self.path = path
        self.mode = mode
        """The mode of what was opened; None to look at the path itself (a link was refused)."""


def _open_inside(path: Path, root: Path) -> int:
    """A descriptor for the regular file `path` inside `root`, reached without following a link."""
    if _outside(path, root) or path == root:
        raise _NotRegularError(path)
    parts = path.relative_to(root).parts
    if not _OPENAT:  # no openat() here: check each step with lstat, then open (a small window remains)
        for step in range(1, len(parts) + 1):
            here = root.joinpath(*parts[:step])
            mode = os.lstat(here).st_mode
            if not (stat.S_ISDIR(mode) if step < len(parts) else stat.S_ISREG(mode)):
                raise _NotRegularError(here)
        return os.open(path, _READ)
    folder = os.open(root, _FOLDER)  # the root itself may be reached through a link
    try:
        for step, part in enumerate(parts[:-1], start=1):
            try:
                inner = os.open(part, _FOLDER | _NOFOLLOW, dir_fd=folder)
            except OSError as exc:
                _refuse_link(exc, root.joinpath(*parts[:step]))
                raise
            os.close(folder)
            folder = inner
        try:
            return os.open(parts[-1], _READ | _NOFOLLOW, dir_fd=folder)
        except OSError as exc:
            _refuse_link(exc, path)
            raise
    finally:
        os.close(folder)


def _refuse_link(exc: OSError, path: Path) -> None:
    """Turn the error of an O_NOFOLLOW open into _NotRegularError where the path is not what it must be."""
    # ELOOP on Linux and macOS, EMLINK on FreeBSD, ENOTDIR for a link to a file opened as a folder.
    if exc.errno in (errno.ELOOP, errno.EMLINK, errno.ENOTDIR) or os.path.islink(path):
        raise _NotRegularError(path) from None


def _read_open(descriptor: int, path: Path, root: Path | None, shown: str, problems: list[Problem]) -> bytes | None:
    """Up to MAX_FILE_BYTES of an open file, if fstat says it is a regular file."""
    with os.fdopen(descriptor, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            if root is not None:
                problems.append(_not_regular(path, root, info.st_mode))
            else:
                problems.append(Problem(shown, message=f"is {_special(info.st_mode)}; only a regular file can be read",
                                        hint="give the path of a plain-text file"))
            return None
        if info.st_size > MAX_FILE_BYTES:
            problems.append(Problem(shown, 1, 1, message=f"the file is {info.st_size:,} bytes; the limit is "
                                    f"{MAX_FILE_BYTES:,} (see 'Content limits' in the README)",
                                    hint="one entity never needs so much: split it, or remove pasted text"))
            return None
        try:
            # Read one byte past the limit, so that a file growing after fstat() is still refused.
            raw = stream.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            problems.append(Problem(shown, message=f"the file cannot be read: {exc.strerror or exc}",
                                    hint="check that the file exists and that you may read it"))
            return None
    if len(raw) > MAX_FILE_BYTES:
        problems.append(Problem(shown, 1, 1, message=f"the file is over the limit of {MAX_FILE_BYTES:,} bytes",
                                hint="one entity never needs so much: split it, or remove pasted text"))
        return None
    return raw


def _outside(path: Path, root: Path) -> bool:
    return not path.is_relative_to(root) or ".." in path.relative_to(root).parts


def _special(mode: int) -> str:
    return "a folder" if stat.S_ISDIR(mode) else _SPECIAL.get(stat.S_IFMT(mode), "not a regular file")


def _not_regular(path: Path, root: Path, mode: int | None = None) -> Problem:
    """The problem with a path in the content tree that is not a regular file: what it is, in words.

    `mode` is what fstat said of an open file; without it the path itself is looked at (lstat)."""
    shown = display_path(path, root)
    if _outside(path, root):
        return Problem(shown, message="is outside the content folder; content files must be inside it",
                       hint="move the file into content/")
    if mode is None:
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            mode = 0
    if stat.S_ISLNK(mode):
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):  # RuntimeError: a loop, on Python before 3.13
            return Problem(shown, message=f"is a symbolic link that leads nowhere (its target is missing, or a "
                           f"loop); {_MUST_BE_REGULAR}", hint="remove the link")
        folder = target.is_dir()
        what = "a folder" if folder else ("a file" if target.is_file() else "something that is not a file")
        where = (f"inside the content folder ({display_path(target, root)})" if target.is_relative_to(root)
                 else "outside the content folder")
        if folder:
            return Problem(shown, message=f"is a symbolic link to a folder {where}; content folders must be real "
                           "folders", hint="replace the link with a real folder, or remove it")
        return Problem(shown, message=f"is a symbolic link to {what} {where}; {_MUST_BE_REGULAR}",
                       hint="replace the link with a regular file, or remove it")
    if stat.S_ISDIR(mode):
        return Problem(shown, message="is a folder; a content file was expected here",
                       hint="give the path of a file inside the folder")
    if not mode:
        return Problem(shown, message=f"is not a regular file; {_MUST_BE_REGULAR}", hint="remove it")
    return Problem(shown, message=f"is {_special(mode)}; {_MUST_BE_REGULAR}",
                   hint="remove it: content holds only regular files and folders")


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


def clip(text: str, limit: int = MAX_QUOTED) -> str:
    """Text from a content file as an error may quote it: at most `limit` characters."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


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
        # PyYAML's own message may quote the text (a tag handle, say): never more than MAX_QUOTED of it.
        message = clip(exc.problem or "invalid YAML")
        if exc.context:
            message = f"{clip(exc.context)}: {message}"
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


def _load_document(path: Path, root: Path, kind: str, ident: str, problems: list[Problem]) -> Document | None:
    shown = display_path(path, root)
    text = read_content(path, root, problems)
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
        name = clip(part) if isinstance(part, str) else part  # a key is text from the file
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{name}" if text else str(name))
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
                raise _located(shown, event, f"duplicate key {clip(value)!r}",
                               f"{clip(value)!r} is already set on line {key_marks[(*path, value)][0]}; keep one",
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
            raise _located(shown, event, f"alias *{clip(event.anchor or '')} is not allowed in content",
                           "write the value out in full", child_path())
        if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if event.anchor is not None:
                raise _located(shown, event, f"anchor &{clip(event.anchor)} is not allowed in content",
                               "remove the anchor and write values out in full", child_path())
            if event.tag is not None:
                raise _located(shown, event, f"tag {clip(event.tag)} is not allowed in content",
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
