"""The pipeline: load, validate, resolve and render, all before a single byte is written."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.errors import FactsheetError
from generator.links import check_links
from generator.load import load_content
from generator.model import Briefing, build_model
from generator.render import RenderedPage, render
from generator.validate import validate


def load_briefing(content_dir: Path) -> Briefing:
    """Read and check all of `content_dir`; raise FactsheetError listing every problem."""
    return build_model(validate(load_content(content_dir)))


@dataclass(frozen=True)
class BuiltPages:
    """The briefing and every page rendered from it."""

    briefing: Briefing
    pages: tuple[RenderedPage, ...]


def build_pages(content_dir: Path, theme_dir: Path, *, directory_urls: bool = True,
                extra_files: tuple[str, ...] = ()) -> BuiltPages:
    """Everything the site shows, rendered and with its internal links checked."""
    briefing = load_briefing(content_dir)
    pages = tuple(render(briefing, theme_dir, directory_urls=directory_urls))
    problems = check_links(pages, extra_files, directory_urls=directory_urls)
    if problems:
        raise FactsheetError(problems)
    return BuiltPages(briefing, pages)
