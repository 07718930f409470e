"""Check that every link between the rendered pages lands on a page and, if it names one, an anchor."""
from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Collection, Iterable, Mapping

from generator.errors import Problem
from generator.pages.render import RenderedPage
from generator.pages.urls import page_url

_ID = re.compile(r'\sid="([^"]*)"')
_HREF = re.compile(r'\shref="([^"]*)"')
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


def page_anchors(body: str) -> set[str]:
    """The ids a rendered page body holds: what a link's fragment may name."""
    return {html.unescape(i) for i in _ID.findall(body)}


def check_links(pages: Iterable[RenderedPage], files: Iterable[str] = (), *, directory_urls: bool = True,
                anchors: Mapping[str, Collection[str]] | None = None) -> list[Problem]:
    """Every internal link that points at no page, file or anchor, as a problem of the page's template.

    `anchors`, if given, holds the ids of every page of the site by its URL (see `page_anchors`), so
    that only `pages` need be checked; by default the site is `pages`."""
    pages = list(pages)
    if anchors is None:
        anchors = {page_url(page.uri, directory_urls): page_anchors(page.html) for page in pages}
    known_files = set(files)
    problems: list[Problem] = []
    for page in pages:
        here = page_url(page.uri, directory_urls)
        base = here if directory_urls else posixpath.dirname(here)
        for raw in _HREF.findall(page.html):
            href = html.unescape(raw)
            if _EXTERNAL.match(href):
                continue
            path, _, fragment = href.partition("#")
            target = here
            if path:
                target = posixpath.normpath(posixpath.join(base, path))
                target = "" if target == "." else target + ("/" if path.endswith("/") else "")
            if target in known_files:
                continue
            if target not in anchors:
                problems.append(_problem(page, f"links to {href!r}, which is not a page of the site"))
            elif fragment and fragment not in anchors[target]:
                problems.append(_problem(page, f"links to {href!r}, but that page has no anchor {fragment!r}"))
    return problems


def _problem(page: RenderedPage, message: str) -> Problem:
    where = page.files[0] if page.files else page.uri
    return Problem(where, field=f"page {page.uri}", message=message,
                   hint="a theme template makes this link; check it against the page layout")
