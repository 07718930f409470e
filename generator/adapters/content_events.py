"""The preview's watch on content/: the file system's own events name each file the moment an editor
saves it.

MkDocs' server finds changes by polling: twice a second it looks at every watched file. Over a
content folder of tens of thousands of files one look takes about as long as an edit's whole
rebuild, and the editor waits up to half a second more for it to start. The operating system's
events (inotify on Linux, FSEvents on macOS, through watchdog, which MkDocs itself depends on) come
at once and say which files changed, so the preview need not look at the others either.

Only writes count: a build opens every file it reads, and those events must not start another.

Waking MkDocs' build loop takes the two attributes its own watch callback sets
(mkdocs/livereload/__init__.py, `LiveReloadServer.watch`); where a later MkDocs lacks them, `start`
says so and the plugin lets MkDocs poll content/ as before. tests/test_serve.py checks that the events
are used with the MkDocs this project pins.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver

WRITES: list[type[FileSystemEvent]] = [
    FileCreatedEvent, FileModifiedEvent, FileClosedEvent, FileDeletedEvent, FileMovedEvent,
    DirCreatedEvent, DirDeletedEvent, DirMovedEvent]
"""The events that change what content/ holds; reading a file (opened, closed without a write) is not one."""


class ContentEvents(FileSystemEventHandler):
    """The paths under content/ written since the last `take`, from the file system's events."""

    def __init__(self, content_dir: Path):
        self.content_dir = content_dir
        self.lock = threading.Lock()
        self.paths: set[str] = set()
        self.complete = False
        """Whether `paths` is all that changed: not before the first take after the watch starts
        (a change during the first build came before it), nor after a folder changed as a whole."""
        self.observer: BaseObserver | None = None
        self.server: Any = None

    def start(self, server: Any) -> bool:
        """Watch content/, waking `server`'s build loop on each write; False where that cannot be done."""
        if not (hasattr(server, "_rebuild_cond") and hasattr(server, "_want_rebuild")):
            return False
        observer = Observer()
        try:
            observer.schedule(self, str(self.content_dir), recursive=True, event_filter=WRITES)
            observer.start()
        except OSError:  # no events from this file system (or too many watches): MkDocs polls instead
            return False
        self.observer, self.server = observer, server
        return True

    @property
    def active(self) -> bool:
        return self.observer is not None

    def on_any_event(self, event: FileSystemEvent) -> None:
        with self.lock:
            if event.is_directory:
                if event.event_type != "modified":  # a folder's own time changes with every file in it
                    self.complete = False
            else:
                for path in (event.src_path, getattr(event, "dest_path", "")):
                    if path:
                        self.paths.add(os.path.relpath(os.fsdecode(path), self.content_dir).replace(os.sep, "/"))
        if event.is_directory and event.event_type == "modified":
            return
        with self.server._rebuild_cond:  # what MkDocs' own watch callback does
            self.server._want_rebuild = True
            self.server._rebuild_cond.notify_all()

    def take(self) -> set[str] | None:
        """The paths written since the last take; None when that is not known, and every file must be looked at."""
        with self.lock:
            paths, complete = self.paths, self.complete and self.active
            self.paths, self.complete = set(), self.active
        return paths if complete else None

    def stop(self) -> None:
        if self.observer is not None:
            self.observer.stop()
            self.observer.join(timeout=5)
            self.observer = None
