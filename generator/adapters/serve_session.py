"""What one `mkdocs serve` keeps from build to build, and how the plugin tells MkDocs which
generated files an edit left unchanged, so that `mkdocs serve --dirty` writes only the others.

The preview itself (what to reload and re-render) is generator/adapters/preview.py; this module is
its MkDocs side: the site folder, the files MkDocs writes, and the last good site while the content
has problems.
"""
from __future__ import annotations

import ctypes
import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from jinja2.bccache import Bucket, BytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.adapters.content_events import ContentEvents
from generator.adapters.preview import Outcome, Preview, Scan, scan
from generator.pages.build import BuiltPages
from generator.pages.search import SearchMemo


class ServeSession:
    """What one `mkdocs serve` keeps from build to build: the preview, and what was written where."""

    def __init__(self, dirty: bool):
        self.dirty = dirty
        self.preview: Preview | None = None
        self.docs_dir = ""
        """An empty folder MkDocs walks instead of content/: the plugin reads content/ itself, and a
        walk of tens of thousands of YAML files would cost every rebuild for nothing."""
        self.aside = ""
        """Where the last good site waits while the content has problems (with --dirty)."""
        self.written_before: dict[str, object] = {}
        """What each generated file held when last written, by its path in the site."""
        self.written_now: dict[str, object] = {}
        self.shell: tuple[object, ...] | None = None
        self.shell_now: tuple[object, ...] | None = None
        self.setup = Scan()
        self.everything = True
        self.outcome: Outcome | None = None
        self.events = ContentEvents(Path())
        """What the file system says changed under content/, once `watch` starts it."""
        self.uris: tuple[str, ...] = ()
        """The pages of the last good build, in order."""
        self.sitemap: str | None = None
        """The sitemap.xml of the last good build, which MkDocs makes from all the files it was handed."""
        self.is_partial = False
        self.bytecode = MemoryBytecodeCache()
        """MkDocs' theme templates, compiled, for the session."""
        self.search_memo = SearchMemo()
        """The search index's entries, kept from build to build: see pages/search.py."""

    def configure(self, config: MkDocsConfig, content_dir: Path, theme_dir: Path) -> None:
        if Path(config.docs_dir).resolve() == content_dir:
            self.docs_dir = self.docs_dir or tempfile.mkdtemp(prefix="factsheet-preview-docs-")
            config.docs_dir = self.docs_dir
        if self.preview is None or self.preview.content_dir != content_dir or self.preview.theme_dir != theme_dir:
            self.preview = Preview(content_dir, theme_dir, directory_urls=config.use_directory_urls)
            self.written_before = {}
            self.events.stop()
            self.events = ContentEvents(self.preview.content_dir)
        # A change to mkdocs.yml or the theme may change every page: then everything is written again.
        setup, changed = _scan_setup(config, theme_dir, self.setup)
        self.everything = bool(changed) or not self.setup.stats
        self.setup = setup
        self.site_dir = config.site_dir
        self.written_now = {}
        self._put_back()

    def build(self, build_date: str) -> BuiltPages:
        assert self.preview is not None
        self.outcome = None
        self.outcome = self.preview.build(build_date, everything=self.everything, changed=self.events.take())
        return self.outcome.built

    def watch(self, server: Any) -> bool:
        """Watch content/ by the file system's events, for `server`; False where MkDocs must poll it."""
        return self.preview is not None and self.events.start(server)

    def partial(self, config: MkDocsConfig) -> bool:
        """Whether MkDocs may be handed only the files this build changed, and the pages of the nav.

        Only when the site folder holds the last good build whole, nothing but the content changed,
        the pages are the same ones in the same order, and what every page shows of the site (its
        name, nav and downloads) is as before; and with no plugin but factsheet, as another could
        draw on every file. MkDocs' sitemap.xml lists the files it is handed: the last one stands in
        (see `sitemap_for`)."""
        outcome = self.outcome
        self.is_partial = (self.dirty and not self.everything and outcome is not None and not outcome.full
                           and bool(self.written_before) and self.sitemap is not None
                           and self._shell(config) == self.shell and list(config.plugins) == ["factsheet"]
                           and tuple(page.uri for page in outcome.built.pages) == self.uris)
        return self.is_partial

    def sitemap_for(self, output: str) -> str:
        """The sitemap.xml to write: the last one in a partial build, which has the same pages."""
        if self.is_partial and self.sitemap is not None:
            return self.sitemap
        self.sitemap = output
        return output

    @staticmethod
    def _shell(config: MkDocsConfig) -> tuple[object, ...]:
        return (config.site_name, config.site_description, repr(config.nav), repr(config.extra), config.site_url)

    def modified(self, path: str, content: object) -> bool:
        """Whether the generated file at `path` differs from what the last build wrote there."""
        self.written_now[path] = content
        return not self.dirty or self.written_before.get(path) != content

    def shown(self, config: MkDocsConfig, files: Files) -> None:
        """What every page's shell draws on beside its own page: when it changes, every page is written."""
        self.shell_now = self._shell(config)
        if self.shell_now != self.shell or self.everything:
            for file in files:
                if isinstance(file, Generated):
                    file.modified = True

    def show_problems(self, config: MkDocsConfig) -> None:
        """Move the last good site aside, so that every address answers with the problems (404.html);
        it comes back at the next build, which writes only what differs from it."""
        if not self.dirty:
            return  # MkDocs has emptied the site folder already
        self.aside = self.aside or tempfile.mkdtemp(prefix="factsheet-preview-last-good-",
                                                    dir=str(Path(config.site_dir).parent))
        for entry in _entries(config.site_dir):
            target = os.path.join(self.aside, entry.name)
            if os.path.lexists(target):
                _remove(entry.path)
            else:
                os.rename(entry.path, target)

    def _put_back(self) -> None:
        if not self.aside:
            return
        for entry in _entries(self.aside):
            target = os.path.join(self.site_dir, entry.name)
            if os.path.lexists(target):
                _remove(target)
            os.rename(entry.path, target)

    def written(self, config: MkDocsConfig) -> None:
        """After a build: remove what the last build wrote and this one did not (with --dirty)."""
        if self.dirty:
            site = Path(config.site_dir)
            for path in self.written_before.keys() - self.written_now.keys():
                for target in (site / _output_path(path, config.use_directory_urls),):
                    if target.is_file():
                        target.unlink()
        self.written_before = self.written_now
        self.written_now = {}
        self.shell = self.shell_now
        self.uris = tuple(page.uri for page in self.outcome.built.pages) if self.outcome is not None else ()

    def finished(self) -> None:
        """After every build: give the memory it freed back to the system."""
        release_memory()

    def close(self) -> None:
        self.events.stop()
        for folder in (self.docs_dir, self.aside):
            if folder:
                shutil.rmtree(folder, ignore_errors=True)
        self.docs_dir = self.aside = ""


class MemoryBytecodeCache(BytecodeCache):
    """Jinja's compiled templates kept in memory; Jinja checks each against its template's source."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


def release_memory() -> None:
    """Hand freed memory back to the system, where the C library is glibc.

    Each rebuild makes and frees tens of MB (the data downloads, the search index, pages' HTML);
    glibc keeps freed blocks below its mmap threshold for reuse, so a long session's memory would
    follow the largest rebuild rather than what the preview holds."""
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return
    libc.malloc_trim(0)


def quiet_dirty_warning(record: logging.LogRecord) -> bool:
    if record.getMessage().startswith("A 'dirty' build is being performed"):
        record.levelno, record.levelname = logging.INFO, "INFO"
        record.msg, record.args = "factsheet: a dirty build: only the pages an edit changed are written", ()
    return True


class Generated(File):
    """A generated file that may say it is unmodified, so that `mkdocs serve --dirty` leaves it be.

    MkDocs counts every generated file with content as modified (File.is_modified), so the plugin
    decides: the file is modified when what it holds differs from what the last build wrote."""

    modified = True

    def is_modified(self) -> bool:
        return self.modified or not os.path.isfile(self.abs_dest_path)


def generated_file(config: MkDocsConfig, path: str, content: str | bytes, inclusion: InclusionLevel | None,
               modified: bool) -> File:
    file = (File.generated(config, path, content=content) if inclusion is None
            else File.generated(config, path, content=content, inclusion=inclusion))
    file.__class__ = Generated
    file.modified = modified  # type: ignore[attr-defined]
    return file


def _output_path(path: str, directory_urls: bool) -> str:
    if not path.endswith(".md"):
        return path
    stem = path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem + ".html"
    return f"{stem}/index.html" if directory_urls else stem + ".html"


def _scan_setup(config: MkDocsConfig, theme_dir: Path, previous: Scan) -> tuple[Scan, set[str]]:
    """A look at mkdocs.yml and the theme's folders: what the pages are made with besides content/."""
    found = Scan()
    changed: set[str] = set()
    for folder in {theme_dir, *(Path(d) for d in config.theme.dirs if "site-packages" not in d)}:
        part_previous = Scan({k.split("\0", 1)[1]: v for k, v in previous.stats.items()
                              if k.startswith(f"{folder}\0")}, {}, previous.at_ns)
        part, differs = scan(folder, part_previous)
        found.stats.update({f"{folder}\0{k}": v for k, v in part.stats.items()})
        changed |= differs
        found.at_ns = part.at_ns
    if config.config_file_path:
        info = os.stat(config.config_file_path)
        key = f"config\0{config.config_file_path}"
        found.stats[key] = (info.st_mode, info.st_ino, info.st_size, info.st_mtime_ns)
        if previous.stats.get(key) != found.stats[key]:
            changed.add(key)
    return found, changed


def _entries(folder: str) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as listing:
        return list(listing)


def _remove(path: str) -> None:
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    else:
        os.unlink(path)
