"""The build's date: the last commit's, so that two builds of one commit are byte-identical.

MkDocs dates the sitemap and its build comment from SOURCE_DATE_EPOCH, and the pages' "Last updated"
falls back to the same date, so the variable is set for the length of a build and put back after.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from generator.content.history import last_commit_time

ENV = "SOURCE_DATE_EPOCH"


@dataclass(frozen=True)
class BuildDate:
    iso: str
    """The date, ISO 8601 in UTC."""
    reproducible: bool
    """False when neither the caller nor git gave a date, so the clock did."""


@contextmanager
def pinned_build_date(project_dir: Path) -> Iterator[BuildDate]:
    """SOURCE_DATE_EPOCH from the last commit for the length of the block, unless the caller set it;
    the environment is as it was afterwards."""
    set_here = False
    if ENV not in os.environ:
        epoch = last_commit_time(project_dir)
        if epoch is not None:
            os.environ[ENV] = epoch
            set_here = True
    try:
        yield current_build_date()
    finally:
        if set_here:
            os.environ.pop(ENV, None)


def current_build_date() -> BuildDate:
    """SOURCE_DATE_EPOCH when it is set, else the clock."""
    epoch = os.environ.get(ENV, "").strip()
    if epoch.isdigit():
        return BuildDate(_iso(datetime.fromtimestamp(int(epoch), tz=UTC)), True)
    return BuildDate(_iso(datetime.now(UTC)), False)


def _iso(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")
