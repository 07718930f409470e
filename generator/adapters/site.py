"""Build the whole site with MkDocs, strictly, into a temporary folder, and swap it in only when done.

A failure at any stage, even a SIGKILL, leaves the last good site exactly as it was: the new site is
built in a folder beside it and put in place with one atomic exchange of the two folders.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import errno
import logging
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import ConfigurationError

from generator.adapters.build_date import pinned_build_date

log = logging.getLogger("mkdocs.plugins.factsheet")

_RENAME_EXCHANGE = 2  # from <linux/fs.h>
_AT_FDCWD = -100


@dataclass(frozen=True)
class SiteResult:
    """What a build made."""

    site_dir: Path
    """Where the site now is."""
    pages: int
    """How many HTML files it holds."""


def build_site(config_file: Path, site_dir: Path | None = None) -> SiteResult:
    """Run `mkdocs build --strict` into a fresh folder beside the site, then replace the site with it."""
    config_file = config_file.resolve()
    probe = load_config(str(config_file), strict=True)
    final = Path(site_dir).resolve() if site_dir else Path(probe.site_dir).resolve()
    _check_site_dir(final, config_file, Path(probe.docs_dir).resolve())
    final.parent.mkdir(parents=True, exist_ok=True)
    recover(final)
    staging = Path(tempfile.mkdtemp(prefix=f".{final.name}-building-{os.getpid()}-", dir=final.parent))
    try:
        with pinned_build_date(config_file.parent) as date:
            if not date.reproducible:
                log.warning("factsheet: no git history, so the build date is today and two builds may differ")
            config = load_config(str(config_file), strict=True, site_dir=str(staging))
            mkdocs_build(config)
        pages = sum(1 for _ in staging.rglob("*.html"))
        swap_in(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return SiteResult(final, pages)


def _check_site_dir(final: Path, config_file: Path, docs_dir: Path) -> None:
    """Refuse a site folder whose replacement would take the project or the content with it."""
    project = config_file.parent
    for precious in (project, docs_dir):
        if final == precious or final in precious.parents:
            raise ConfigurationError(f"the site folder {final} holds {precious}; replacing it would delete "
                                     "the project. Choose a folder of its own, such as 'site'.")
    if docs_dir in final.parents:
        raise ConfigurationError(f"the site folder {final} is inside the content folder {docs_dir}; "
                                 "choose a folder outside it, such as 'site'.")


def swap_in(new: Path, final: Path) -> None:
    """Put `new` where `final` is. With an existing site, the two folders are exchanged in one atomic
    step, so that no moment exists at which `final` is missing or partial; then the old one goes."""
    if final.exists() and _exchange(new, final):
        shutil.rmtree(new, ignore_errors=True)  # `new` now holds the old site
        return
    old = None
    if final.exists():  # no atomic exchange here: two renames, and recover() mends the gap after a crash
        old = Path(tempfile.mkdtemp(prefix=f".{final.name}-old-", dir=final.parent))
        os.rename(final, old / final.name)
    os.rename(new, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths with renameat2(RENAME_EXCHANGE); False where it is not supported."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError, TypeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def recover(final: Path) -> None:
    """Tidy what an interrupted build left beside the site: put back a site caught between two renames,
    and remove staging folders whose build process is gone."""
    pattern = re.compile(rf"^\.{re.escape(final.name)}-(building-(\d+)-|old-).+$")
    for entry in sorted(final.parent.iterdir()) if final.parent.is_dir() else []:
        match = pattern.match(entry.name)
        if not match or not entry.is_dir():
            continue
        if match.group(1).startswith("old-"):
            if not final.exists() and (entry / final.name).is_dir():
                os.rename(entry / final.name, final)
                log.warning("factsheet: put back the site that an interrupted build had moved aside")
            shutil.rmtree(entry, ignore_errors=True)
        elif not _alive(int(match.group(2))):
            shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
