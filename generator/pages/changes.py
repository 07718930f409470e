"""The "What changed" page's view of the git history: recent changes to facts, newest first,
each changed file matched to the entity it holds. Dates are commit dates, never the clock's.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from generator.content.history import History
from generator.content.model import Briefing, Entity

FACT_SUFFIXES = (".yaml", ".yml", ".txt")
"""The files that hold facts: YAML content and the sources' texts."""
LIMIT = 100
"""How many changes the page lists; older ones are in `git log content/`."""


@dataclass(frozen=True)
class ChangedFile:
    """One file a change touched, and what it now is in the briefing, if anything."""

    path: str
    entity: Entity | None
    """The entity the file holds (a source for its .txt); None for the briefing file or a removed file."""
    is_briefing: bool = False


@dataclass(frozen=True)
class ChangeView:
    commit: str
    """The abbreviated commit hash."""
    date: str
    """The commit's day, YYYY-MM-DD (UTC)."""
    subject: str
    files: tuple[ChangedFile, ...]


@dataclass(frozen=True)
class ChangesView:
    """What the page shows."""

    available: bool
    """False when the build had no usable history: no git, or a shallow clone."""
    reason: str
    """Why there is no history, for the reader; empty when there is."""
    changes: tuple[ChangeView, ...]
    more: int
    """How many older changes are not listed."""


def changes_view(history: History, briefing: Briefing, limit: int = LIMIT) -> ChangesView:
    """The recent changes, or the reason there are none to show."""
    if history.shallow:
        return ChangesView(False, "this copy of the briefing was built from a shallow clone, so its history is "
                                  "cut short", (), 0)
    if not history.available:
        return ChangesView(False, "this copy of the briefing was built without its git history", (), 0)
    by_path = {e.origin.path: e for e in briefing.entities.values()}
    views = []
    # Only changes to facts count: not the editors' schema copies or other dot-files beside them.
    about_facts = [c for c in history.changes if any(_is_fact(p) for p in c.files)]
    for change in about_facts[:limit]:
        files = tuple(_changed_file(path, by_path, briefing) for path in change.files if _is_fact(path))
        views.append(ChangeView(change.commit[:10], change.date[:10], change.subject, files))
    return ChangesView(True, "", tuple(views), max(0, len(about_facts) - limit))


def _is_fact(path: str) -> bool:
    parts = PurePosixPath(path)
    return parts.suffix in FACT_SUFFIXES and not any(part.startswith(".") for part in parts.parts)


def _changed_file(path: str, by_path: dict[str, Entity], briefing: Briefing) -> ChangedFile:
    if path == briefing.info_origin.path:
        return ChangedFile(path, None, is_briefing=True)
    entity = by_path.get(path)
    if entity is None and path.endswith(".txt"):  # a source's text: the source's page shows it
        entity = briefing.entities.get(PurePosixPath(path).stem)
        entity = entity if entity is not None and entity.kind == "sources" else None
    return ChangedFile(path, entity)
