"""What git knows about content/: when each file last changed, and the recent changes to facts.

Read with one `git log` call per build. Where there is no git history (an export, or a shallow
clone), `available` is False and callers say so instead of guessing.
"""
from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

_MARK = "\x1e"


@dataclass(frozen=True)
class Change:
    """One commit that changed files under content/."""

    commit: str
    """The full commit hash."""
    date: str
    """The commit time, ISO 8601 in UTC."""
    subject: str
    """The first line of the commit message."""
    files: tuple[str, ...]
    """The content files it changed, relative to the project."""


@dataclass(frozen=True)
class History:
    """The git history of the content folder."""

    available: bool
    """False when there is no git history to read."""
    shallow: bool = False
    """True in a shallow clone: the history is cut short."""
    changes: tuple[Change, ...] = ()
    """Commits that changed content, newest first."""
    last_changed: dict[str, str] = field(default_factory=dict)
    """Each content file's last change (ISO 8601, UTC), by path relative to the project."""

    def updated(self, paths: tuple[str, ...] | list[str]) -> str | None:
        """The latest change among `paths`, or None when git knows none of them."""
        dates = [self.last_changed[p] for p in paths if p in self.last_changed]
        return max(dates) if dates else None


def read_history(content_dir: Path, limit: int = 5000) -> History:
    """Ask git for the history of `content_dir`. Paths are relative to the content folder's parent."""
    content_dir = content_dir.resolve()
    project = content_dir.parent
    try:
        top = _git(project, "rev-parse", "--show-toplevel").strip()
        shallow = _git(project, "rev-parse", "--is-shallow-repository").strip() == "true"
        out = _git(project, "log", f"-n{limit}", "--no-renames", "--name-only", "--format=" + _MARK + "%H%x00%ct%x00%s",
                   "--", str(content_dir))
    except (OSError, subprocess.SubprocessError):
        return History(available=False)
    prefix = Path(top).resolve()
    changes: list[Change] = []
    last: dict[str, str] = {}
    for block in out.split(_MARK)[1:]:
        head, _, names = block.partition("\n")
        commit, stamp, subject = head.split("\x00", 2)
        date = datetime.fromtimestamp(int(stamp), tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        files = []
        for name in filter(None, names.splitlines()):
            path = Path(os.path.relpath(prefix / name, project)).as_posix()
            files.append(path)
            last.setdefault(path, date)
        changes.append(Change(commit, date, subject, tuple(files)))
    return History(available=bool(changes), shallow=shallow, changes=tuple(changes), last_changed=last)


def last_commit_time(project_dir: Path) -> str | None:
    """The time of the last commit (seconds since the epoch), so that two builds of one commit are
    byte-identical; None without git history."""
    try:
        out = _git(project_dir, "log", "-1", "--format=%ct").strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return out if out.isdigit() else None


def _git(cwd: Path, *args: str) -> str:
    """What git prints; the one way this project asks git anything."""
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True, timeout=120).stdout
