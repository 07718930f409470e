"""Progress of a long build on a terminal: the stage, and pages done out of pages to do.

A build of thousands of pages takes a while, so on a terminal one line on stderr says where it is.
In CI, or when stderr is piped or redirected, nothing is printed: the build stays as quiet as MkDocs.
"""
from __future__ import annotations

import os
import sys
import time
from typing import TextIO

_INTERVAL = 0.2
"""Seconds between redraws: often enough to look alive, rarely enough to cost nothing."""


class Progress:
    """One line on a terminal, redrawn in place; silent when the stream is not a terminal."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None):
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = _is_terminal(self.stream) if enabled is None else enabled
        self.stage = ""
        self.done = 0
        self.total = 0
        self._drawn = 0.0
        self._shown = False

    def start(self, stage: str, total: int = 0) -> None:
        """Begin a stage; `total` is the count of pages (or files) it goes through, if known."""
        self.stage, self.done, self.total = stage, 0, total
        self._draw(force=True)

    def advance(self, count: int = 1) -> None:
        """Count pages done in the current stage."""
        self.done += count
        self._draw(force=self.total > 0 and self.done >= self.total)

    def finish(self) -> None:
        """Clear the line, so that what follows starts on a clean one."""
        if self.enabled and self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
        self._shown = False

    def line(self) -> str:
        """The text shown for the current state."""
        if self.total:
            return f"factsheet: {self.stage}: {self.done:,}/{self.total:,} pages"
        if self.done:
            return f"factsheet: {self.stage}: {self.done:,} pages"
        return f"factsheet: {self.stage} ..."

    def _draw(self, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._drawn < _INTERVAL:
            return
        self._drawn = now
        self.stream.write("\r\033[K" + self.line())
        self.stream.flush()
        self._shown = True


def _is_terminal(stream: TextIO) -> bool:
    """True on an interactive terminal; false in CI (which may fake a terminal) or when piped."""
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


current = Progress(enabled=False)
"""The progress of the build in this process; silent until a build command turns it on."""


def for_build(stream: TextIO | None = None) -> Progress:
    """Make the progress line of a new build (shown only on a terminal) the current one."""
    global current
    current = Progress(stream)
    return current
