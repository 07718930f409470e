"""What git knows about content/: when each file last changed, and what the recent changes did to the facts.

Read with one `git log` call per build, which names each changed file's contents (its blob) before
and after each commit, and one `git cat-file --batch` process that reads those contents. Where there
is no git history (an export, or a shallow clone), `available` is False and callers say so instead
of guessing.
"""
from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from generator.content.fact_changes import FactChange, fact_file, file_changes
from generator.content.files import MAX_FILE_BYTES

_MARK = "\x1e"
_TRAILER_SEPARATOR = "\x1f"
CORRECTION = "Correction"
"""The commit trailer that carries a correction note for readers: `Correction: <text>`."""
CHANGES_LIMIT = 100
"""How many changes to the facts are read fact by fact; older ones are only counted."""


@dataclass(frozen=True)
class Change:
    """One commit that changed facts under content/."""

    commit: str
    """The full commit hash."""
    date: str
    """The commit time, ISO 8601 in UTC."""
    facts: tuple[FactChange, ...]
    """What it did to the facts, file by file in git's order."""
    corrections: tuple[str, ...] = ()
    """The editor's correction notes for readers: the commit's `Correction:` trailers."""


@dataclass(frozen=True)
class History:
    """The git history of the content folder."""

    available: bool
    """False when there is no git history to read."""
    shallow: bool = False
    """True in a shallow clone: the history is cut short."""
    changes: tuple[Change, ...] = ()
    """The newest commits that changed a fact, newest first: at most CHANGES_LIMIT."""
    older: int = 0
    """How many commits before those touched the facts' files (not read fact by fact)."""
    first: str = ""
    """The oldest commit read that touched content/: names the briefing's history in the feed."""
    last_changed: dict[str, str] = field(default_factory=dict)
    """Each content file's last change (ISO 8601, UTC), by path relative to the project."""

    def updated(self, paths: tuple[str, ...] | list[str]) -> str | None:
        """The latest change among `paths`, or None when git knows none of them."""
        dates = [self.last_changed[p] for p in paths if p in self.last_changed]
        return max(dates) if dates else None


@dataclass(frozen=True)
class _File:
    """One file a commit changed."""

    path: str
    """Relative to the project."""
    before: str
    """Its blob before the commit; empty where there was no such file."""
    after: str
    """Its blob after the commit; empty where the commit removed it."""


@dataclass(frozen=True)
class _Commit:
    """One entry of the log."""

    commit: str
    date: str
    corrections: tuple[str, ...]
    files: tuple[_File, ...]


def read_history(content_dir: Path, limit: int = 5000, changes: int = CHANGES_LIMIT) -> History:
    """Ask git for the history of `content_dir`. Paths are relative to the content folder's parent."""
    content_dir = content_dir.resolve()
    project = content_dir.parent
    try:
        top = Path(_git(project, "rev-parse", "--show-toplevel").strip()).resolve()
        shallow = _git(project, "rev-parse", "--is-shallow-repository").strip() == "true"
        # --raw: each file with its blob before and after, compared with the first parent; -z: paths
        # as they are, never quoted. A trailer folded over lines is unfolded into one.
        out = _git(project, "log", f"-n{limit}", "-z", "--no-renames", "--raw", "--no-abbrev",
                   f"--format={_MARK}%H%x00%ct%x00"
                   f"%(trailers:key={CORRECTION},valueonly,unfold,separator=%x1f)%x00", "--", str(content_dir))
    except (OSError, subprocess.SubprocessError):
        return History(available=False)
    commits = _parse_log(out, top, project)
    last: dict[str, str] = {}
    for commit in commits:
        for file in commit.files:
            last.setdefault(file.path, commit.date)
    if not commits:
        return History(available=False)
    if shallow:  # the oldest commit's parent is missing: its files would all look added
        return History(available=True, shallow=True, last_changed=last)
    try:
        found, older = _fact_changes(commits, top, content_dir.name, changes)
    except (OSError, subprocess.SubprocessError, ValueError):
        return History(available=False, last_changed=last)
    return History(available=True, changes=found, older=older, first=commits[-1].commit, last_changed=last)


def _parse_log(out: str, top: Path, project: Path) -> list[_Commit]:
    commits = []
    for block in out.split(_MARK)[1:]:
        commit, stamp, trailers, raw = block.split("\x00", 3)
        date = datetime.fromtimestamp(int(stamp), tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        # A message git could not read as UTF-8 keeps its readable parts: notes are shown to readers.
        trailers = trailers.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        notes = tuple(note.strip() for note in trailers.split(_TRAILER_SEPARATOR) if note.strip())
        fields = iter(f.strip("\n") for f in raw.split("\x00"))
        files = []
        # Each file is ":<mode> <mode> <blob> <blob> <status>", then its path from the repository's top.
        for meta in fields:
            if not meta.startswith(":"):
                continue
            name = next(fields)
            old_mode, new_mode, before, after, _status = meta[1:].split(" ")
            files.append(_File(Path(os.path.relpath(top / name, project)).as_posix(),
                               _blob(old_mode, before), _blob(new_mode, after)))
        commits.append(_Commit(commit, date, notes, tuple(files)))
    return commits


def _blob(mode: str, blob: str) -> str:
    """The blob of a regular file; empty for none, and for a link or a submodule, which hold no facts."""
    return blob if mode in ("100644", "100755") and blob.strip("0") else ""


def _fact_changes(commits: list[_Commit], top: Path, folder: str, limit: int) -> tuple[tuple[Change, ...], int]:
    """The newest `limit` commits that changed a fact, each with what it did; and how many older
    commits touched the facts' files. A commit that only reformats a file, or changes only the
    editors' .schema copies, changed no fact and is left out."""
    found: list[Change] = []
    older = 0
    with _Blobs(top) as blobs:
        for commit in commits:
            touched = [(file, holds) for file in commit.files
                       if (holds := fact_file(file.path.removeprefix(folder + "/"))) is not None]
            if not touched:
                continue
            if len(found) == limit:
                older += 1
                continue
            facts = []
            for file, holds in touched:
                facts += file_changes(file.path, holds, blobs.read(file.before), blobs.read(file.after))
            if facts:
                found.append(Change(commit.commit, commit.date, tuple(facts), commit.corrections))
    return tuple(found), older


class _Blobs:
    """Files' contents by blob, from one `git cat-file --batch` process asked one at a time."""

    def __init__(self, top: Path):
        self.process = subprocess.Popen(["git", "cat-file", "--batch"], cwd=top, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE)

    def __enter__(self) -> _Blobs:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        if error is not None:  # git may be writing an answer no one will read
            self.process.kill()
        try:
            self.process.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            try:
                self.process.wait(timeout=120)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process.stdout.close()

    def read(self, blob: str) -> bytes | None:
        """The contents of `blob`; None for no blob (a file that did not exist)."""
        if not blob:
            return None
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        stdin.write(f"{blob}\n".encode())
        stdin.flush()
        header = stdout.readline().split()
        if len(header) != 3:  # "<blob> missing", or git has stopped
            if not header:
                raise ValueError("git cat-file stopped answering")
            return None
        size = int(header[2])
        # History is as untrusted as content: of a file over the loader's limit, keep only enough to
        # know that it is over (fact_changes reads it as no data, as the loader would refuse it).
        content = stdout.read(min(size, MAX_FILE_BYTES + 1))
        left = size - len(content) + 1  # and the newline after each object
        while left > 0:
            chunk = stdout.read(min(left, 1 << 20))
            if not chunk:
                raise ValueError("git cat-file stopped answering")
            left -= len(chunk)
        return content if header[1] == b"blob" else None


def last_commit_time(project_dir: Path) -> str | None:
    """The time of the last commit (seconds since the epoch), so that two builds of one commit are
    byte-identical; None without git history."""
    try:
        out = _git(project_dir, "log", "-1", "--format=%ct").strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return out if out.isdigit() else None


def _git(cwd: Path, *args: str) -> str:
    """What git prints; the one way this project asks git anything but file contents (_Blobs)."""
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=True, timeout=120,
                          encoding="utf-8", errors="surrogateescape").stdout
