"""The MkDocs plugin: a thin adapter that hands MkDocs the pages the core renders.

`mkdocs build` alone builds the whole briefing: the plugin reads content/ in on_files, turns any
content problem into one PluginError (a clean message and exit 1), and adds every page as a
generated file. The page bodies are finished HTML, so Markdown never sees content.
"""
from __future__ import annotations

import functools
import logging
import os
import sys
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator.adapters import progress
from generator.pages.build import build_pages
from generator.errors import FactsheetError
from generator.pages.links import page_anchors
from generator.pages.render import SECTIONS, RenderedPage
from generator.pages.search import INDEX_PATH, search_index
from generator.adapters.site import source_date_epoch
from generator.pages.urls import page_uri

log = logging.getLogger("mkdocs.plugins.factsheet")


class FactsheetConfig(Config):
    content_dir = c.Optional(c.Type(str))
    """The folder of YAML facts, relative to mkdocs.yml; by default the docs_dir."""
    theme_dir = c.Optional(c.Type(str))
    """The folder holding pages/ templates; by default the theme's custom_dir."""


class FactsheetPlugin(BasePlugin[FactsheetConfig]):
    """Builds the briefing's pages from content/ during an ordinary MkDocs build."""

    def __init__(self) -> None:
        self.by_uri: dict[str, RenderedPage] = {}

    def _folder(self, config: MkDocsConfig, value: str | None, default: str | None) -> Path:
        base = Path(config.config_file_path or ".").resolve().parent
        if value:
            return (base / value).resolve()
        if default is None:
            raise PluginError("factsheet: set 'theme_dir' in the plugin's options, or give the theme a custom_dir")
        return Path(default).resolve()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.content_dir = self._folder(config, self.config.content_dir, config.docs_dir)
        self.theme_dir = self._folder(config, self.config.theme_dir, config.theme.custom_dir)
        # A plain `mkdocs build` is as reproducible as `factsheet build`: the date is the last commit's.
        if "SOURCE_DATE_EPOCH" not in os.environ:
            epoch = source_date_epoch(self.content_dir.parent)
            if epoch:
                os.environ["SOURCE_DATE_EPOCH"] = epoch
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        try:
            built = build_pages(self.content_dir, self.theme_dir, directory_urls=config.use_directory_urls)
        except FactsheetError as exc:
            raise PluginError(f"factsheet: the content has problems:\n{exc.report()}") from None
        if self.content_dir == Path(config.docs_dir).resolve():
            for file in list(files):  # the YAML and source texts are inputs, not pages
                if not file.generated_by and Path(file.abs_src_path or "").is_relative_to(self.content_dir):
                    files.remove(file)
        self.by_uri = {}
        for page in built.pages:
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            existing = files.get_file_from_path(page.uri)
            if existing is not None:
                raise PluginError(f"factsheet: {page.uri} is generated from content/, but a file of that name exists")
            # The body is not Markdown and the File need not hold it: on_page_context hands MkDocs
            # the page's HTML as it writes that page, so only one page is unpacked at a time.
            files.append(File.generated(config, page.uri, content="", inclusion=inclusion))
            self.by_uri[page.uri] = page
        for download in built.downloads:  # not Markdown, so MkDocs copies them as they are
            if files.get_file_from_path(download.path) is not None:
                raise PluginError(f"factsheet: {download.path} is generated from content/, but a file of that name exists")
            files.append(File.generated(config, download.path, content=download.content))
        if "search" not in config.plugins:
            # The index is made from the facts: MkDocs' search plugin parses every page's HTML to
            # index its full text, which repeats each fact on every page that shows it.
            if files.get_file_from_path(INDEX_PATH) is not None:
                raise PluginError(f"factsheet: {INDEX_PATH} is generated from content/, but a file of that name exists")
            files.append(File.generated(config, INDEX_PATH, content=search_index(
                built.briefing, built.pages, directory_urls=config.use_directory_urls)))
        config.extra["factsheet_downloads"] = [(d.path, d.group, d.label) for d in built.downloads]
        config.extra["factsheet_build_date"] = built.build_date
        if not config.nav:
            config.nav = [{"Briefing": page_uri("home")}] + [
                {title: page_uri(kind)} for kind, title in SECTIONS.items() if built.briefing.of_kind(kind)] + [
                {page.title: page.uri} for page in built.pages if page.kind == "changes"]
        return files

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        progress.current.start("writing pages", total=len(files.documentation_pages()))
        return env

    def on_pre_build(self, config: MkDocsConfig) -> None:
        # `factsheet build` shows progress on a terminal; a plain `mkdocs build` or serve stays as MkDocs is.
        shown = progress.for_build() if Path(sys.argv[0]).name == "factsheet" else progress.Progress(enabled=False)
        progress.current = shown
        shown.start("reading and checking content")

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        progress.current.advance()
        if self.by_uri.pop(page.file.src_uri, None) is not None:
            # The page is written and indexed: let its HTML go, so a large briefing does not hold
            # every page in memory until the end of the build. The next build renders anew.
            page.content = None
            page.__dict__.pop("render", None)  # the fast path's render holds the rendered page too
        return output

    def on_post_build(self, config: MkDocsConfig) -> None:
        progress.current.finish()

    def on_build_error(self, error: Exception) -> None:
        progress.current.finish()

    def on_pre_page(self, page: Page, config: MkDocsConfig, files: Files) -> Page:
        """Skip MkDocs' Markdown pass for the pages made here: their bodies are finished HTML.

        MkDocs builds a new Markdown converter for every page, its costliest stage, only to turn an
        empty string into nothing (on_page_context puts the HTML in). The page's own `render` is
        replaced by one that sets what MkDocs' render would: content, toc, title and anchor ids."""
        rendered = self.by_uri.get(page.file.src_uri)
        if rendered is not None:
            page.render = functools.partial(_render_finished, page, rendered)  # type: ignore[method-assign]
        return page

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        rendered = self.by_uri.get(page.file.src_uri)
        if rendered is None:
            return markdown
        page.meta["title"] = rendered.title
        page.meta["description"] = rendered.description
        page.meta["factsheet_kind"] = rendered.kind
        page.meta["factsheet_jsonld"] = rendered.jsonld  # serialised so it cannot close its <script>
        page.meta["factsheet_updated"] = rendered.updated
        return ""  # the body is finished HTML; on_page_context puts it in as the page is written

    @event_priority(100)  # before any other plugin (search, say) reads the page's content
    def on_page_context(self, context: Any, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        rendered = self.by_uri.get(page.file.src_uri)
        if rendered is not None:
            page.content = rendered.html  # unpacked only now, as this page is written
        return context

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        if self.content_dir != Path(config.docs_dir).resolve():
            server.watch(str(self.content_dir))
        server.watch(str(self.theme_dir))
        return server


def _render_finished(page: Page, rendered: RenderedPage, config: MkDocsConfig, files: Files) -> None:
    """What Page.render sets, taken from a page rendered by the core instead of from Markdown."""
    # MkDocs renders every page before it writes the first: the body waits, packed, until
    # on_page_context, so that a large briefing never holds all its HTML at once.
    page.content = ""
    body = rendered.html
    # An empty table of contents, as the Markdown pass of an empty body gave: the theme shows none,
    # and with one the search plugin would index every section's text a second time.
    page.toc = get_toc([])
    page._title_from_render = rendered.title
    page.present_anchor_ids = page_anchors(body)
