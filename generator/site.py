"""Build the whole site with MkDocs, strictly, into a temporary folder, and swap it in only when done.

A failure at any stage leaves the last good site exactly as it was.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config


@dataclass(frozen=True)
class SiteResult:
    site_dir: Path
    pages: int


def source_date_epoch(project_dir: Path) -> str | None:
    """The time of the last commit, so that two builds of one commit are byte-identical."""
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=project_dir, capture_output=True,
                             text=True, check=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return out or None


def build_site(config_file: Path, site_dir: Path | None = None) -> SiteResult:
    """Run `mkdocs build --strict` into a fresh folder beside the site, then replace the site with it."""
    config_file = config_file.resolve()
    if "SOURCE_DATE_EPOCH" not in os.environ:
        epoch = source_date_epoch(config_file.parent)
        if epoch:
            os.environ["SOURCE_DATE_EPOCH"] = epoch
    probe = load_config(str(config_file), strict=True)
    final = Path(site_dir).resolve() if site_dir else Path(probe.site_dir).resolve()
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{final.name}-building-", dir=final.parent))
    try:
        config = load_config(str(config_file), strict=True, site_dir=str(staging))
        mkdocs_build(config)
        pages = sum(1 for _ in staging.rglob("*.html"))
        swap_in(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return SiteResult(final, pages)


def swap_in(new: Path, final: Path) -> None:
    """Put `new` where `final` is, removing the old one only once the new one is in place."""
    old = None
    if final.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{final.name}-old-", dir=final.parent))
        os.rename(final, old / final.name)
    os.rename(new, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    logging.getLogger("mkdocs").debug("site swapped in at %s", final)
