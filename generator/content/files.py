"""Reading files of the content folder safely: a pull request may change any file in it.

Every file is read through `read_content`, which follows no symbolic link, opens nothing but a
regular file inside the content folder, and reads at most MAX_FILE_BYTES; `check_content_tree`
reports every link, device, FIFO or socket anywhere in the tree; and an error quotes at most
MAX_QUOTED characters of what a file holds.
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from generator.errors import Problem

MAX_FILE_BYTES = 1024 * 1024
"""A content file larger than this (1 MiB) is refused: one entity never needs so much."""
MAX_QUOTED = 80
"""The most characters of a content file's text that an error message quotes, so that no error can
print a whole file into a CI log."""


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
            elif entry.name.startswith(".#") and is_editor_lock(Path(entry.path)):
                continue
            elif not entry.is_file(follow_symlinks=False):
                problems.append(_not_regular(Path(entry.path), content_dir))
    return problems


def is_editor_lock(path: Path) -> bool:
    """Emacs marks a file it is editing with a link named .#<name> to nowhere: never read, never
    followed, and refusing it would stop `make serve` whenever an editor has a file open."""
    return path.name.startswith(".#") and path.is_symlink() and not os.path.exists(path)


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
