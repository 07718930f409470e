"""The one place that reaches into MkDocs' Page: handing it a body the core has already rendered.

MkDocs builds a new Markdown converter for every page, its costliest stage, only to turn an empty
string into nothing for pages whose bodies are finished HTML. `skip_markdown` replaces the page's
`render` with one that sets what MkDocs' own would: content, table of contents, title and the ids
that links may name. tests/test_plugin.py checks it against MkDocs' Page, so an upgrade that
changes these attributes fails there first.
"""
from __future__ import annotations

import functools
from typing import Any

from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator.pages.links import page_anchors
from generator.pages.render import RenderedPage


def skip_markdown(page: Page, rendered: RenderedPage) -> None:
    """Make MkDocs' render step of `page` take the core's page instead of converting Markdown."""
    page.render = functools.partial(_render_finished, page, rendered)  # type: ignore[method-assign]


def release(page: Page) -> None:
    """Let the page's HTML go once it is written: the next build renders anew."""
    page.content = None
    page.__dict__.pop("render", None)  # skip_markdown's render holds the rendered page


def _render_finished(page: Page, rendered: RenderedPage, config: Any, files: Any) -> None:
    # The body waits, packed, until the page is written (the plugin's on_page_context), so that a
    # large briefing never holds all its HTML at once: MkDocs renders every page before writing one.
    page.content = ""
    # An empty table of contents, as the Markdown pass of an empty body gave: the theme shows none.
    page.toc = get_toc([])
    page._title_from_render = rendered.title
    page.present_anchor_ids = page_anchors(rendered.html)
