"""The MkDocs plugin: a thin adapter that hands MkDocs the pages the core renders.

`mkdocs build` alone builds the whole briefing: the plugin reads content/ in on_files, turns any
content problem into one PluginError (a clean message and exit 1), and adds every page, download
and the search index as generated files. The page bodies are finished HTML, so Markdown never sees
content.

Under `mkdocs serve` (on_startup says so) the plugin keeps one `ServeSession` for the session
(generator/adapters/serve_session.py), whose preview rebuilds only what an edit changed
(generator/adapters/preview.py), hears of edits from the file system (content_events.py), and hands
MkDocs only the generated files an edit changed, so that `mkdocs serve --dirty` writes only those.
A content problem never stops the preview: every address then answers with a page listing the
problems (generator/adapters/preview_error.py) until they are fixed.
"""
from __future__ import annotations

import logging
import sys
from contextlib import ExitStack
from importlib import resources
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from generator.adapters import finished_pages, progress
from generator.adapters.build_date import pinned_build_date
from generator.adapters.preview_error import error_page
from generator.adapters.serve_session import ServeSession, generated_file, quiet_dirty_warning
from generator.content.files import check_content_tree
from generator.errors import FactsheetError, Problem, format_problems
from generator.pages.build import BuiltPages, build_pages
from generator.pages.render import PAGES_FOLDER, RenderedPage
from generator.pages.search import INDEX_PATH, search_index
from generator.pages.urls import page_url


class FactsheetConfig(Config):
    content_dir = c.Optional(c.Type(str))
    """The folder of YAML facts, relative to mkdocs.yml; by default the docs_dir."""
    theme_dir = c.Optional(c.Type(str))
    """The folder holding pages/ templates; by default the theme's custom_dir, else the theme's own folder."""


class FactsheetPlugin(BasePlugin[FactsheetConfig]):
    """Builds the briefing's pages from content/ during an ordinary MkDocs build."""

    def __init__(self) -> None:
        self.by_uri: dict[str, RenderedPage] = {}
        self.progress = progress.Progress(enabled=False)
        self._build = ExitStack()
        self.session: ServeSession | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining this keeps the plugin, and so the preview's state, for the whole serve session.
        if command == "serve":
            self.session = ServeSession(dirty)
            if dirty:
                # Each --dirty build logs a warning, which `strict: true` would turn into a failed build. Here
                # it does not apply: the plugin tells MkDocs exactly which pages changed (serve_session.Generated).
                logging.getLogger("mkdocs.commands.build").addFilter(quiet_dirty_warning)

    def on_shutdown(self) -> None:
        # MkDocs keeps this plugin for the process: a later build in it (a test's, say) is a plain one.
        if self.session is not None:
            self.session.close()
            self.session = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        base = Path(config.config_file_path or ".").resolve().parent
        self.content_dir = _folder(base, self.config.content_dir, config.docs_dir)
        self.theme_dir = _folder(base, self.config.theme_dir, _page_templates(config.theme.dirs))
        # A plain `mkdocs build` is as reproducible as `factsheet build`: the date is the last commit's.
        self.build_date = self._build.enter_context(pinned_build_date(self.content_dir.parent)).iso
        self.problems: list[Problem] = []
        if self.session is not None:
            self.session.configure(config, self.content_dir, self.theme_dir)
        return config

    def on_pre_build(self, config: MkDocsConfig) -> None:
        # `factsheet build` shows progress on a terminal; a plain `mkdocs build` or serve stays as MkDocs is.
        self.progress = progress.Progress(enabled=None if Path(sys.argv[0]).name == "factsheet" else False)
        self.progress.start("reading and checking content")
        if self.session is not None and self.session.events.complete:
            # The preview's MkDocs walks an empty folder, and the file system's events name each file
            # written: the preview reads those alone, and checks them as a whole reading would.
            return
        # MkDocs' walk of docs_dir, next, follows links: refuse any before it can go outside or round a loop.
        unsafe = check_content_tree(self.content_dir)
        if unsafe and self.session is not None:
            self.problems = sorted(unsafe)  # the preview shows them; MkDocs' walk of docs_dir is not the content's
        elif unsafe:
            raise PluginError(f"factsheet: the content has problems:\n{format_problems(sorted(unsafe))}")

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if self.content_dir == Path(config.docs_dir).resolve() or (self.session and self.session.docs_dir):
            for file in list(files):  # the YAML and source texts are inputs, not pages
                # docs_dir as given, not resolved: abs_src_path is under it even through a linked project path.
                if not file.generated_by and Path(file.abs_src_path or "").is_relative_to(config.docs_dir):
                    files.remove(file)
        built = self._built(config)
        if built is None:  # the preview, while the content has problems: every address shows them
            assert self.session is not None
            self.session.show_problems(config)
            config.nav = []
            return files
        # Readers see the name and description the content gives, not lines of mkdocs.yml that editors
        # never open: MkDocs requires a site_name there, and this one replaces it.
        info = built.briefing.info
        config.site_name = info.title
        if info.summary is not None:
            config.site_description = info.summary.text
        config.extra["factsheet_downloads"] = [(d.path, d.group, d.label) for d in built.downloads]
        config.extra["factsheet_build_date"] = built.build_date
        if not config.nav:
            config.nav = [{title: uri} for title, uri in built.nav]
        session = self.session
        # In the preview, after an edit, MkDocs is handed only the files that changed (and the pages of
        # the nav, which every page shows): the others stand in the site folder as the last build wrote them.
        partial = session is not None and session.partial(config)
        modified = session.modified if session is not None else (lambda path, content: True)
        self.by_uri = {}
        for page in built.pages:
            changed = modified(page.uri, page)
            if partial and not changed and not page.in_nav:
                continue
            # The File need not hold the body: on_page_context hands MkDocs the page's HTML as it
            # writes that page, so only one page is unpacked at a time.
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            _add(files, generated_file(config, page.uri, "", inclusion, changed))
            self.by_uri[page.uri] = page
        generated: list[tuple[str, str | bytes]] = [(d.path, d.content) for d in built.downloads]
        if "search" not in config.plugins:  # where a project keeps MkDocs' search plugin, it makes the index
            generated.append((INDEX_PATH, self._search_index(built, config)))
        for path, content in generated:  # not Markdown, so MkDocs copies them as they are
            changed = modified(path, content)
            if changed or not partial:
                _add(files, generated_file(config, path, content, None, changed))
        if session is not None:
            session.shown(config, files)
        self.progress.start("rendering", total=len(built.pages))
        return files

    def _search_index(self, built: BuiltPages, config: MkDocsConfig) -> str:
        memo = self.session.search_memo if self.session is not None else None
        return search_index(built.briefing, built.pages, directory_urls=config.use_directory_urls, memo=memo)

    def _built(self, config: MkDocsConfig) -> BuiltPages | None:
        """Every page and download; None in the preview while the content has problems."""
        if self.session is None:
            try:
                return build_pages(self.content_dir, self.theme_dir, build_date=self.build_date,
                                   directory_urls=config.use_directory_urls, on_page=self._rendered)
            except FactsheetError as exc:
                raise PluginError(f"factsheet: the content has problems:\n{exc.report()}") from None
        if self.problems:
            return None
        try:
            return self.session.build(self.build_date)
        except FactsheetError as exc:
            # The terminal says what `mkdocs build` would; the browser gets the same list (on_post_template).
            print(f"ERROR    -  factsheet: the content has problems:\n{exc.report()}", file=sys.stderr)
            self.problems = list(exc.problems)
            return None

    def on_post_template(self, output_content: str, template_name: str, config: MkDocsConfig) -> str:
        if self.problems and template_name.endswith(".html"):  # 404.html answers every address then
            return error_page(self.problems, config.theme.dirs, config.site_name)
        if template_name == "sitemap.xml" and self.session is not None and not self.problems:
            return self.session.sitemap_for(output_content)
        return output_content

    def _rendered(self, count: int) -> None:
        self.progress.advance(count)

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        self.progress.start("writing pages", total=len(files.documentation_pages()))
        if self.session is not None:
            # MkDocs makes the theme's environment anew for every build, and so compiles its templates
            # again; in the preview they are compiled once (a changed template by its changed source).
            env.bytecode_cache = self.session.bytecode
        return env

    def on_pre_page(self, page: Page, config: MkDocsConfig, files: Files) -> Page:
        rendered = self.by_uri.get(page.file.src_uri)
        if rendered is not None:
            finished_pages.skip_markdown(page, rendered)
        return page

    def on_nav(self, nav: Any, config: MkDocsConfig, files: Files) -> Any:
        # Every page shows the nav, and the footer reads its pages' meta (which are pages in Markdown):
        # a dirty build reads no unmodified page, so the nav's pages get their meta here.
        for page in nav.pages:
            rendered = self.by_uri.get(page.file.src_uri)
            if rendered is not None:
                page.meta.update(_meta(rendered, config))
        return nav

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        rendered = self.by_uri.get(page.file.src_uri)
        if rendered is None:
            return markdown
        page.meta.update(_meta(rendered, config))
        return ""

    @event_priority(100)  # before any other plugin (search, say) reads the page's content
    def on_page_context(self, context: Any, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        rendered = self.by_uri.get(page.file.src_uri)
        if rendered is not None:
            page.content = rendered.html  # unpacked only now, as this page is written
        return context

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        self.progress.advance()
        if self.by_uri.pop(page.file.src_uri, None) is not None:
            finished_pages.release(page)
        return output

    def on_post_build(self, config: MkDocsConfig) -> None:
        if self.session is not None and not self.problems:
            self.session.written(config)
        self._finish()
        if self.session is not None:
            self.session.finished()

    def on_build_error(self, error: Exception) -> None:
        self._finish()

    def _finish(self) -> None:
        self.progress.finish()
        self._build.close()  # SOURCE_DATE_EPOCH as it was before the build

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        if self.content_dir != Path(config.docs_dir).resolve() and not (self.session and self.session.watch(server)):
            server.watch(str(self.content_dir))
        server.watch(str(self.theme_dir))
        return server


def _meta(rendered: RenderedPage, config: MkDocsConfig) -> dict[str, Any]:
    """What the theme reads of a page beside its body."""
    return {"title": rendered.title, "description": rendered.description, "factsheet_kind": rendered.kind,
            "factsheet_jsonld": rendered.jsonld, "factsheet_updated": rendered.updated,
            "factsheet_previous": _url(rendered.previous, config), "factsheet_next": _url(rendered.next, config)}


def _url(uri: str | None, config: MkDocsConfig) -> str | None:
    """A page's URL from the site's root, for the theme's `url` filter to make relative."""
    return page_url(uri, config.use_directory_urls) or "." if uri else None


def _folder(base: Path, value: str | None, default: str) -> Path:
    return (base / value).resolve() if value else Path(default).resolve()


def _page_templates(theme_dirs: list[str]) -> str:
    """The first of the theme's folders that holds page templates; factsheet's own theme if none does."""
    for folder in theme_dirs:
        if (Path(folder) / PAGES_FOLDER).is_dir():
            return folder
    return str(resources.files("generator.theme"))


def _add(files: Files, file: File) -> None:
    """Add a generated file, refusing to hide a file of the same name in the docs folder."""
    if files.get_file_from_path(file.src_uri) is not None:
        raise PluginError(f"factsheet: {file.src_uri} is generated from content/, but a file of that name exists")
    files.append(file)
