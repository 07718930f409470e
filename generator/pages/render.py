"""Render the briefing into page bodies with the theme's Jinja templates, straight to HTML.

Every value from content/ is autoescaped here, and no fact passes through Markdown, so text that
looks like markup or template syntax reaches the reader as the text it is. Only the pages editors
write in Markdown (content/pages/) are Markdown, converted by generator/pages/prose.py, which refuses
raw HTML and any link it cannot vouch for.
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
from generator.content.kinds import IN_BRIEFINGS, KINDS
from generator.content.kinds import kind as kind_of
from generator.content.load import PROSE_FOLDER
from generator.content.model import Briefing, Entity
from generator.content.prose import ProsePage
from generator.content.schema import Evidence
from generator.content.walk import references
from generator.pages import aid_chart, graph, jsonld, pagination, prose, timeline
from generator.pages.changes import changes_view
from generator.pages.downloads import Download
from generator.pages.feed import FEED, changes_feed
from generator.pages.urls import linker, page_uri

PAGES_FOLDER = "pages"
"""Where the page templates live inside the theme folder."""
PROSE_TEMPLATE = "prose.html"
"""A page an editor writes in Markdown, around its converted text."""
CARD_TEMPLATE = "_meeting_card.html"
"""One meeting in a list of meetings, rendered once per build for each meeting and link to it."""

SECTIONS: dict[str, str] = {kind.folder: kind.title for kind in KINDS}
"""Each kind's section title, in nav order."""
ENTITY_PAGES = tuple(kind.folder for kind in KINDS if kind.pages)
"""The kinds that get a page for each entity; the others are listed on their index page only."""
HOME_LIMIT = 20
"""The most meetings, quotes and other facts the home page lists before linking to all of them:
a briefing that grows for years keeps a home page a reader can take in, and a build that stays fast.
At 50 of each, the home page of a briefing of 400 meetings came to 114 KB and was the slowest page
of the site to paint on a phone."""


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
    previous: str | None = None
    """For a numbered index page, the page before it (its source path), for rel=prev."""
    next: str | None = None
    """For a numbered index page, the page after it, for rel=next."""
    skipped: bool = field(default=False, compare=False)
    """True for a page `Renderer.pages(wanted=...)` did not render: only its uri and entity are filled in."""

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
    env.globals["SECTION_LIMIT"] = pagination.SECTION_LIMIT
    env.globals["IN_BRIEFINGS"] = IN_BRIEFINGS
    env.tests["contains"] = lambda sequence, item: item in sequence
    env.globals["who_met_whom_svg"] = graph.svg
    env.globals["aid_chart_svg"] = aid_chart.svg
    env.globals["aid_css"] = aid_chart.css_class
    env.globals["by_year"] = timeline.by_year
    env.filters["figures"] = _figures
    return env


FullListKey = tuple[tuple[str, ...], int, int, int, str]
"""What sets a page of a full list apart: the ids it lists, its number, the count of pages, the
total, and its title."""


class Renderer:
    """Renders every page of one briefing."""

    def __init__(self, briefing: Briefing, theme_dir: Path, *, directory_urls: bool = True,
                 history: History | None = None, prose_site: prose.ProseSite | None = None):
        self.briefing = briefing
        self.prose = prose_site or prose.ProseSite()
        self.history = history
        self.directory_urls = directory_urls
        self.env = make_environment(theme_dir)
        self._names: dict[str, Markup] = {}
        self._participant_names: dict[str, Markup] = {}
        self._cards: dict[tuple[str, str], Markup] = {}
        self._listed_on = pagination.plan(briefing)
        self._overflow: list[pagination.Listing] = []
        self.keep_full_list: Callable[[str, FullListKey], bool] | None = None
        """Whether to render a page of a full list, by its uri and what sets it apart (the entities it
        lists, its place among the pages, its title); by default every one is rendered."""
        self.full_list_keys: dict[str, FullListKey] = {}
        """Those keys, by uri, of the full lists met in this build."""
        self.drawn: dict[str, tuple[str, ...]] = {}
        """The meetings each meeting's page drew in its who-met-whom, by meeting id: those pages show
        the other meetings' titles and participants (the preview re-renders them when those change)."""
        """The full lists of the long sections of the entity page being rendered, to render after it."""

    def pages(self, wanted: Callable[[str], bool] | None = None) -> Iterator[RenderedPage]:
        """Every page, home first, then each section's index and its entities' pages.

        With `wanted`, a page whose uri it refuses is yielded `skipped`, unrendered, so that the
        preview (generator/adapters/preview.py) re-renders only what an edit changed; an entity's
        full lists come with its page, and are left out with it."""
        b = self.briefing
        keep = wanted or (lambda uri: True)
        summary = b.info.summary.text if b.info.summary else f"{b.info.title}: every fact with the excerpt of its source."
        if keep(page_uri("home")):
            home_graph = graph.who_met_whom(b) if not b.briefings else None
            yield self._render("home.html", page_uri("home"), b.info.title, "home", description=summary, in_nav=True,
                               graph=home_graph)
        else:
            yield _skipped(page_uri("home"))
        for listing in timeline.listings(b):
            if not keep(listing.uri):
                yield _skipped(listing.uri)
                continue
            yield self._render("timeline.html", listing.uri, _numbered("Timeline", listing), "timeline",
                               in_nav=listing.number == 1, listing=listing, previous=listing.previous, next=listing.next,
                               description="The events and meetings of the briefing by date, as precise as the sources.")
        for kind, title in SECTIONS.items():
            for listing in pagination.listings(b, kind):
                if not keep(listing.uri):
                    yield _skipped(listing.uri)
                    continue
                extra_index: dict[str, Any] = {"chart": aid_chart.aid_chart(b)} if kind == "commitments" else {}
                yield self._render(f"index-{kind}.html", listing.uri, _numbered(title, listing), "index",
                                   in_nav=listing.number == 1, entities=listing.entities, listing=listing, section=kind,
                                   previous=listing.previous, next=listing.next,
                                   description=f"{title} in the briefing: {listing.total} in all.", **extra_index)
            if kind in ENTITY_PAGES:
                for entity in b.of_kind(kind):
                    uri = page_uri(kind, entity.id)
                    if not keep(uri):
                        yield _skipped(uri, entity.id)
                        continue
                    yield self._render(f"{kind}.html", uri, entity.name, kind,
                                       entity=entity, description=_describe(entity), **self._entity_context(entity))
                    yield from self._full_lists(entity)
        if self.history is not None:  # the "What changed" page, from the git history of content/
            if keep(page_uri("changes")):
                yield self._render("changes.html", page_uri("changes"), "What changed", "changes", in_nav=True,
                                   view=changes_view(self.history, b), feed=FEED,
                                   description="The recent changes to the facts in this briefing, newest first.")
            else:
                yield _skipped(page_uri("changes"))
        for page in self.prose.pages:  # the pages editors write in Markdown, after the briefing's own
            yield self._prose_page(page) if keep(prose.uri(page)) else _skipped(prose.uri(page))

    def _full_lists(self, owner: Entity) -> Iterator[RenderedPage]:
        """The pages of each section of `owner`'s page that was too long to list whole there; those
        `keep_full_list` refuses are yielded `skipped`."""
        pending, self._overflow = self._overflow, []
        for listing in pending:
            title = f"{listing.heading}: {owner.name}"
            key = (tuple(e.id for e in listing.entities), listing.number, listing.count, listing.total, title)
            self.full_list_keys[listing.uri] = key
            if self.keep_full_list is not None and not self.keep_full_list(listing.uri, key):
                yield _skipped(listing.uri)
                continue
            yield self._render("full-list.html", listing.uri, _numbered(title, listing), "index", owner=owner,
                               entities=listing.entities, listing=listing, previous=listing.previous,
                               next=listing.next, description=f"{title}: {listing.total} in all.")

    def _prose_page(self, page: ProsePage) -> RenderedPage:
        uri = prose.uri(page)
        helpers = self._helpers(uri)
        relative = linker(uri, self.directory_urls)

        def resolve(kind: str, ident: str, fragment: str) -> str:
            if kind == PROSE_FOLDER:
                return relative(page_uri(PROSE_FOLDER, ident), fragment)
            return helpers["url"](self.briefing.get(ident), fragment)

        body = prose.to_html(page, resolve)
        html = self.env.get_template(PROSE_TEMPLATE).render(b=self.briefing, page_title=page.title, entity=None,
                                                            body=Markup(body), **helpers)
        description = page.info.description or prose.first_paragraph(body)
        named = [self.briefing.get(i) for i in self.prose.mentions.get(page.id, ())]
        data = jsonld.page_jsonld(page.title, description, page.info.type, relative(uri, ""), named, helpers["url"])
        return RenderedPage(uri, page.title, pack(html), _clip(description), prose.PROSE_KIND, None, True,
                            (page.path,), (page.path,), jsonld.serialise(data))

    def changes_feed(self, build_date: str = "") -> Download:
        """The "What changed" page as an Atom feed, its links made by that page's own `url` helper."""
        history = self.history if self.history is not None else History(available=False)
        return changes_feed(changes_view(history, self.briefing), self.briefing,
                            self._helpers(page_uri("changes"))["url"], directory_urls=self.directory_urls,
                            build_date=build_date)

    def _entity_context(self, entity: Entity) -> dict[str, Any]:
        """What an entity's page draws beyond the entity: a meeting's or a briefing's who-met-whom."""
        b = self.briefing
        if entity.kind == "meetings":
            drawing = graph.who_met_whom(b, entity)
            self.drawn[entity.id] = tuple(m.entity.id for m in drawing.meetings)
            return {"graph": drawing}
        if entity.kind == "briefings":
            return {"graph": graph.who_met_whom(b, meetings=b.in_briefing(entity.id, "meetings"))}
        return {}

    def _render(self, template: str, uri: str, title: str, kind: str, *, description: str,
                in_nav: bool = False, entity: Entity | None = None, previous: str | None = None,
                next: str | None = None, **context: Any) -> RenderedPage:
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
                            draws_on, jsonld.serialise(data) if data else "", previous=previous, next=next)

    def _draws_on(self, kind: str, entity: Entity | None, listed: tuple[Entity, ...]) -> tuple[str, ...]:
        """The content files a page draws on: its entity and those it lists, or everything for home."""
        b = self.briefing
        if kind in ("home", "changes", "timeline"):  # each draws on the whole content
            shown = tuple(b.entities.values())
            return (b.info_origin.path, *sorted({e.origin.path for e in shown}))
        if entity is None:
            return tuple(sorted({e.origin.path for e in listed}))
        near = {e.origin.path for by_kind in SECTIONS for e in b.referring(entity.id, by_kind)}
        near |= {b.get(i).origin.path for i in references(entity.data) if i in b.entities}  # names shown in links
        near |= {page.path for page in self.prose.mentioned_in(entity.id)}  # "Mentioned in" lists their titles
        if entity.kind == "sources":  # the article's text is a file of its own
            near.add(posixpath.join(posixpath.dirname(entity.origin.path), entity.data.text_file or f"{entity.id}.txt"))
        return (entity.origin.path, *sorted(near - {entity.origin.path}))

    def _helpers(self, here: str) -> dict[str, Callable[..., str]]:
        b = self.briefing
        names, together, cards, listed_on = self._names, self._participant_names, self._cards, self._listed_on
        relative = linker(here, self.directory_urls)

        overflow = self._overflow

        def more(owner: Entity, section: str, heading: str, items: tuple[Entity, ...], kind: str) -> str:
            """The link to the full list of a section too long for `owner`'s page; its pages are
            rendered after the owner's (see _full_lists)."""
            listings = pagination.section_listings(owner, section, heading, kind, tuple(items))
            overflow.extend(listings)
            return relative(listings[0].uri, "")

        def url(target: Entity | str, fragment: str = "") -> str:
            """A link to an entity's page (or to the page that lists it), or to a section."""
            if isinstance(target, str):
                if target in SECTIONS or target == "home":
                    return relative(page_uri(target), fragment)
                target = b.get(target)
            if target.kind in ENTITY_PAGES:
                return relative(page_uri(target.kind, target.id), fragment)
            return relative(listed_on[target.id], fragment or target.id)

        def page(uri: str) -> str:
            """A link to a page by its source path, such as a numbered index page."""
            return relative(uri, "")

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

        def mentioned_in(entity: Entity) -> Markup:
            """The section that lists the pages in Markdown linking to the entity, if any do."""
            found = self.prose.mentioned_in(entity.id)
            if not found:
                return Markup("")
            items = "".join(f'<li><a href="{escape(relative(prose.uri(p), ""))}">{escape(p.title)}</a></li>' for p in found)
            return Markup('<section aria-labelledby="mentioned-in">\n  <h2 id="mentioned-in">Mentioned in</h2>\n'
                          f'  <ul class="plain">{items}</ul>\n</section>\n')

        def cite(evidence: list[Evidence]) -> Markup:
            many = len(evidence) > 1
            return Markup('<span class="cites">' + "".join(
                f'<a class="cite" href="{escape(evidence_url(e))}">source{f" {n}" if many else ""}'
                f'<span class="visually-hidden">: excerpt from {name(b.get(e.source))}</span></a>'
                for n, e in enumerate(evidence, 1)) + "</span>")

        return {"url": url, "page": page, "more": more, "evidence_url": evidence_url, "file_url": file_url,
                "link": link, "links": links, "cite": cite, "participant_names": participant_names,
                "meeting_card": meeting_card, "mentioned_in": mentioned_in}


def _skipped(uri: str, entity: str | None = None) -> RenderedPage:
    return RenderedPage(uri, "", b"", "", "", entity, skipped=True)


def _describe(entity: Entity) -> str:
    data = entity.data
    for attribute in ("summary", "text"):
        value = getattr(data, attribute, None)
        if isinstance(value, str):
            return value
    if entity.kind == "people" and data.roles:
        return f"{data.name}: " + "; ".join(role.title for role in data.roles)
    return f"{entity.name} in the briefing."


def _numbered(title: str, listing: pagination.Listing) -> str:
    return title if listing.number == 1 else f"{title}, page {listing.number} of {listing.count}"


def _figures(amount: str) -> str:
    """An amount as digits grouped in thousands: 500000000 as 500,000,000."""
    whole, dot, fraction = amount.partition(".")
    return f"{int(whole):,}{dot}{fraction}"


def _clip(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


def render(briefing: Briefing, theme_dir: Path, *, directory_urls: bool = True,
           history: History | None = None, on_page: Callable[[int], None] | None = None,
           prose_site: prose.ProseSite | None = None) -> list[RenderedPage]:
    """Every page of the briefing; with a `history`, the "What changed" page too; with a `prose_site`,
    the pages editors write in Markdown. `on_page`, if given, is called with 1 as each page is rendered."""
    pages = []
    for page in Renderer(briefing, theme_dir, directory_urls=directory_urls, history=history,
                         prose_site=prose_site).pages():
        pages.append(page)
        if on_page is not None:
            on_page(1)
    return pages
