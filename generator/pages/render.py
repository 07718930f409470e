"""Render the briefing into page bodies with the theme's Jinja templates, straight to HTML.

Every value from content/ is autoescaped here, and nothing of it passes through Markdown, so text
that looks like markup or template syntax reaches the reader as the text it is.
"""
from __future__ import annotations

import posixpath
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from generator.content import evidence as ev
from generator.content.history import History
from generator.content.kinds import KINDS
from generator.content.kinds import kind as kind_of
from generator.content.model import Briefing, Entity
from generator.content.schema import Evidence
from generator.content.walk import references
from generator.pages import aid_chart, graph, jsonld
from generator.pages.changes import changes_view
from generator.pages.urls import linker, page_uri

PAGES_FOLDER = "pages"
"""Where the page templates live inside the theme folder."""
CARD_TEMPLATE = "_meeting_card.html"
"""One meeting in a list of meetings, rendered once per build for each meeting and link to it."""

SECTIONS: dict[str, str] = {kind.folder: kind.title for kind in KINDS}
"""Each kind's section title, in nav order."""
ENTITY_PAGES = tuple(kind.folder for kind in KINDS if kind.pages)
"""The kinds that get a page for each entity; the others are listed on their index page only."""
HOME_LIMIT = 50
"""The most meetings, quotes and other facts the home page lists before linking to all of them:
a briefing that grows for years keeps a home page a reader can take in, and a build that stays fast."""


@dataclass(frozen=True)
class RenderedPage:
    """One page of the site, rendered to an HTML body for the theme's shell."""

    uri: str
    """The page's source path, such as `meetings/<id>.md`."""
    title: str
    """The page title, as plain text."""
    packed: bytes = field(repr=False)
    """The page body, compressed (see `pack`); `html` gives it back."""
    description: str
    """A plain-text summary for the description meta tag."""
    kind: str
    """`home`, the kind of an entity page, or `index` for a kind's index page."""
    entity: str | None = None
    """The id of the entity the page is about, if any."""
    in_nav: bool = False
    """Whether the page is one of the nav's sections."""
    files: tuple[str, ...] = field(default=(), compare=False)
    """The content files the page draws on."""
    draws_on: tuple[str, ...] = field(default=(), compare=False)
    """Every content file whose change changes the page: what "last updated" is taken from."""
    jsonld: str = ""
    """The page's schema.org JSON-LD, serialised so that it cannot close its <script> element."""
    updated: str = ""
    """When the content the page draws on last changed (ISO 8601), filled in by build.py."""

    @property
    def html(self) -> str:
        """The page body: trusted HTML, with every content value escaped."""
        return zlib.decompress(self.packed).decode("utf-8")


def pack(html: str) -> bytes:
    """A page body as the build holds it until MkDocs writes the page: compressed, since every page
    is rendered (and its links checked) before the first is written, and a large briefing's HTML
    would not fit in memory whole (the README's performance section gives the figures)."""
    return zlib.compress(html.encode("utf-8"), 1)


def make_environment(theme_dir: Path) -> Environment:
    """The Jinja environment for page templates: autoescaped, strict about undefined names."""
    env = Environment(
        loader=FileSystemLoader(str(theme_dir / PAGES_FOLDER)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["SECTIONS"] = SECTIONS
    env.globals["ENTITY_PAGES"] = ENTITY_PAGES
    env.globals["HOME_LIMIT"] = HOME_LIMIT
    env.tests["contains"] = lambda sequence, item: item in sequence
    env.globals["who_met_whom_svg"] = graph.svg
    env.globals["aid_chart_svg"] = aid_chart.svg
    env.globals["aid_css"] = aid_chart.css_class
    env.filters["figures"] = _figures
    return env


class Renderer:
    """Renders every page of one briefing."""

    def __init__(self, briefing: Briefing, theme_dir: Path, *, directory_urls: bool = True,
                 history: History | None = None):
        self.briefing = briefing
        self.history = history
        self.directory_urls = directory_urls
        self.env = make_environment(theme_dir)
        self._names: dict[str, Markup] = {}
        self._participant_names: dict[str, Markup] = {}
        self._cards: dict[tuple[str, str], Markup] = {}

    def pages(self) -> Iterator[RenderedPage]:
        """Every page, home first, then each section's index and its entities' pages."""
        b = self.briefing
        yield self._render("home.html", page_uri("home"), b.info.title, "home",
                           description=b.info.summary.text, in_nav=True, graph=graph.who_met_whom(b))
        for kind, title in SECTIONS.items():
            entities = b.of_kind(kind)
            if not entities:
                continue
            extra_index: dict[str, Any] = {"chart": aid_chart.aid_chart(b)} if kind == "commitments" else {}
            yield self._render(f"index-{kind}.html", page_uri(kind), title, "index", in_nav=True,
                               entities=entities, section=kind,
                               description=f"{title} in the briefing: {len(entities)} in all.", **extra_index)
            if kind in ENTITY_PAGES:
                for entity in entities:
                    extra: dict[str, Any] = {"graph": graph.who_met_whom(b, entity)} if kind == "meetings" else {}
                    yield self._render(f"{kind}.html", page_uri(kind, entity.id), entity.name, kind,
                                       entity=entity, description=_describe(entity), **extra)
        if self.history is not None:  # the "What changed" page, from the git history of content/
            yield self._render("changes.html", page_uri("changes"), "What changed", "changes", in_nav=True,
                               view=changes_view(self.history, b),
                               description="The recent changes to the facts in this briefing, newest first.")

    def _render(self, template: str, uri: str, title: str, kind: str, *, description: str,
                in_nav: bool = False, entity: Entity | None = None, **context: Any) -> RenderedPage:
        helpers = self._helpers(uri)
        html = self.env.get_template(template).render(
            b=self.briefing, page_title=title, entity=entity, **helpers, **context)
        files = (entity.origin.path,) if entity else ()
        draws_on = self._draws_on(kind, entity, context.get("entities", ()))
        section = context.get("section")
        data = (jsonld.entity_jsonld(self.briefing, entity, helpers["url"]) if entity
                else jsonld.listing_jsonld(self.briefing, context["entities"], helpers["url"])
                if section and not kind_of(section).pages else None)
        return RenderedPage(uri, title, pack(html), _clip(description), kind, entity.id if entity else None, in_nav, files,
                            draws_on, jsonld.serialise(data) if data else "")

    def _draws_on(self, kind: str, entity: Entity | None, listed: tuple[Entity, ...]) -> tuple[str, ...]:
        """The content files a page draws on: its entity and those it lists, or everything for home."""
        b = self.briefing
        if kind in ("home", "changes"):  # both draw on the whole briefing
            shown = tuple(b.entities.values())
            return (b.info_origin.path, *sorted({e.origin.path for e in shown}))
        if entity is None:
            return tuple(sorted({e.origin.path for e in listed}))
        near = {e.origin.path for by_kind in SECTIONS for e in b.referring(entity.id, by_kind)}
        near |= {b.get(i).origin.path for i in references(entity.data) if i in b.entities}  # names shown in links
        if entity.kind == "sources":  # the article's text is a file of its own
            near.add(posixpath.join(posixpath.dirname(entity.origin.path), entity.data.text_file or f"{entity.id}.txt"))
        return (entity.origin.path, *sorted(near - {entity.origin.path}))

    def _helpers(self, here: str) -> dict[str, Callable[..., str]]:
        b = self.briefing
        names, together, cards = self._names, self._participant_names, self._cards
        relative = linker(here, self.directory_urls)

        def url(target: Entity | str, fragment: str = "") -> str:
            """A link to an entity's page (or to the page that lists it), or to a section."""
            if isinstance(target, str):
                if target in SECTIONS or target == "home":
                    return relative(page_uri(target), fragment)
                target = b.get(target)
            if target.kind in ENTITY_PAGES:
                return relative(page_uri(target.kind, target.id), fragment)
            return relative(page_uri(target.kind), fragment or target.id)

        def evidence_url(item: Evidence) -> str:
            return relative(page_uri("sources", item.source), ev.anchor(item.source, item.excerpt))

        def file_url(path: str) -> str:
            return relative(path, "")

        def name(entity: Entity) -> Markup:
            """The entity's name, escaped once per build: pages name the same entities again and again."""
            escaped = names.get(entity.id)
            if escaped is None:
                escaped = names[entity.id] = escape(entity.name)
            return escaped

        # The pieces every page repeats most are written here in Python rather than as Jinja macros,
        # since they run hundreds of times a page. Every value is escaped here.
        def link(target: Entity | str) -> Markup:
            entity = b.get(target) if isinstance(target, str) else target
            return Markup(f'<a href="{escape(url(entity))}">{name(entity)}</a>')

        def participant_names(meeting: Entity) -> Markup:
            """Who took part, as text. Lists of meetings name participants without a link each: a
            person's or a topic's page can list hundreds of meetings, and a link for every name made
            them long to load and to tab through; each meeting's own page links them. The same
            meeting is listed on many pages, so its names are joined once per build."""
            joined = together.get(meeting.id)
            if joined is None:
                joined = together[meeting.id] = Markup(", ".join(
                    name(b.get(p.person or p.organisation)) for p in meeting.data.participants))
            return joined

        def meeting_card(meeting: Entity) -> Markup:
            """The meeting's card (_meeting_card.html) for a list of meetings: it depends only on the
            meeting and the link to it, so each is rendered once per build."""
            href = url(meeting)
            card = cards.get((meeting.id, href))
            if card is None:
                card = cards[(meeting.id, href)] = Markup(self.env.get_template(CARD_TEMPLATE).render(
                    m=meeting, href=href, participant_names=participant_names))
            return card

        def links(ids: list[str]) -> Markup:
            return Markup(", ".join(link(i) for i in ids))

        def cite(evidence: list[Evidence]) -> Markup:
            many = len(evidence) > 1
            return Markup('<span class="cites">' + "".join(
                f'<a class="cite" href="{escape(evidence_url(e))}">source{f" {n}" if many else ""}'
                f'<span class="visually-hidden">: excerpt from {name(b.get(e.source))}</span></a>'
                for n, e in enumerate(evidence, 1)) + "</span>")

        return {"url": url, "evidence_url": evidence_url, "file_url": file_url, "link": link, "links": links,
                "cite": cite, "participant_names": participant_names, "meeting_card": meeting_card}


def _describe(entity: Entity) -> str:
    data = entity.data
    for attribute in ("summary", "text"):
        value = getattr(data, attribute, None)
        if isinstance(value, str):
            return value
    if entity.kind == "people" and data.roles:
        return f"{data.name}: " + "; ".join(role.title for role in data.roles)
    return f"{entity.name} in the briefing."


def _figures(amount: str) -> str:
    """An amount as digits grouped in thousands: 500000000 as 500,000,000."""
    whole, dot, fraction = amount.partition(".")
    return f"{int(whole):,}{dot}{fraction}"


def _clip(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


def render(briefing: Briefing, theme_dir: Path, *, directory_urls: bool = True,
           history: History | None = None, on_page: Callable[[int], None] | None = None) -> list[RenderedPage]:
    """Every page of the briefing; with a `history`, the "What changed" page too. `on_page`, if
    given, is called with 1 as each page is rendered."""
    pages = []
    for page in Renderer(briefing, theme_dir, directory_urls=directory_urls, history=history).pages():
        pages.append(page)
        if on_page is not None:
            on_page(1)
    return pages
