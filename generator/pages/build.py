"""The pipeline: load, validate, resolve and render, all before a single byte is written."""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from generator.content.history import read_history
from generator.content.load import RawContent, load_content
from generator.content.model import Briefing
from generator.content.prose import read_pages
from generator.content.revise import Resolved, resolve
from generator.errors import FactsheetError, Problem
from generator.pages.downloads import Download, downloads
from generator.pages.links import check_links
from generator.pages.prose import ProseSite, check_pages, locate_link_problems
from generator.pages.render import RenderedPage, Renderer, render


def load_briefing(content_dir: Path) -> Briefing:
    """Read and check all of `content_dir`; raise FactsheetError listing every problem."""
    return load_site(content_dir)[0]


def load_site(content_dir: Path) -> tuple[Briefing, ProseSite]:
    """Read and check all of `content_dir`, the pages in Markdown with the facts; raise
    FactsheetError listing every problem."""
    with collector_paused():  # this makes long-lived objects, and no garbage cycles
        return check_site(load_content(content_dir))


def check_site(raw: RawContent) -> tuple[Briefing, ProseSite]:
    """Check content already read; raise FactsheetError listing every problem."""
    resolved, site = check_content(raw)
    return resolved.briefing, site


def check_content(raw: RawContent) -> tuple[Resolved, ProseSite]:
    """Check content already read, keeping what the preview's next revise starts from; raise
    FactsheetError listing every problem."""
    problems: list[Problem] = []
    pages = read_pages(raw.pages, problems)
    try:
        resolved: Resolved | None = resolve(raw)
    except FactsheetError as exc:
        resolved = None
        problems.extend(exc.problems)
    failed = {Path(p.path).stem for p in problems}  # reported already: a link to one would repeat the news
    site = check_pages(pages, {doc.id: doc.kind for doc in raw.documents}, failed, problems)
    if problems or resolved is None:
        raise FactsheetError(problems)
    return resolved, site


@dataclass(frozen=True)
class BuiltPages:
    """The briefing and every page rendered from it."""

    briefing: Briefing
    pages: tuple[RenderedPage, ...]
    downloads: tuple[Download, ...] = ()
    """facts.json, a CSV per kind, the JSON Schemas and the feed of changes, to publish beside the pages."""
    build_date: str = ""
    """The build's date (ISO 8601), as the caller gave it."""

    @property
    def nav(self) -> list[tuple[str, str]]:
        """The site's sections as (title, page) pairs, in order: the home page, each kind's index, What
        changed, then the pages in Markdown."""
        return [("Briefing" if page.kind == "home" else page.title, page.uri) for page in self.pages if page.in_nav]


def build_pages(content_dir: Path, theme_dir: Path, *, build_date: str = "", directory_urls: bool = True,
                extra_files: tuple[str, ...] = (), on_page: Callable[[int], None] | None = None) -> BuiltPages:
    """Everything the site shows, rendered and with its internal links checked.

    `build_date` (ISO 8601) is what a page whose files git does not know shows as its last update;
    `on_page`, if given, is called with 1 as each page is rendered."""
    briefing, prose_site = load_site(content_dir)
    history = read_history(content_dir)
    pages = tuple(render(briefing, theme_dir, directory_urls=directory_urls, history=history, on_page=on_page,
                         prose_site=prose_site))
    pages = tuple(replace(page, updated=history.updated(page.draws_on) or build_date) for page in pages)
    # The feed of "What changed" is a file beside that page (changes/feed.xml), published like a download.
    feed = Renderer(briefing, theme_dir, directory_urls=directory_urls, history=history,
                    prose_site=prose_site).changes_feed(build_date)
    files = (*downloads(briefing), feed)
    problems = check_links(pages, (*extra_files, *(file.path for file in files)), directory_urls=directory_urls)
    problems = locate_link_problems(problems, prose_site)  # a page in Markdown: at the link as written
    if problems:
        raise FactsheetError(problems)
    return BuiltPages(briefing, pages, files, build_date)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with Python's cyclic garbage collector off.

    For a stage that makes many objects that outlive it and no cycles of garbage, such as reading
    and checking the content: the collector's walks over those objects would find nothing (the
    README's performance section has the figures). Reference counting still frees everything else."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

