"""The preview's incremental build: after an edit, reload only the changed files and re-render only
the pages that show them, with the same result as a clean build.

`mkdocs serve` keeps one plugin for the session (it defines on_startup), and with it one `Preview`,
which holds the last good build: the content read and resolved (its documents kept without their
data: content/revise.py's `slim`), every rendered page and each page's anchors. On a rebuild:

- files: the file system's events name the files written (adapters/content_events.py); without
  them, or after a folder changed, a stat of every entry under content/ finds what changed (a file
  written within RACY_SECONDS of the last look is compared by hash too, as git does);
- checking and the model: when files were only modified in place, content/revise.py reads, checks
  and resolves just those, and answers what a clean check would (problems included); anything
  wider reads and checks the whole folder as a clean build does;
- pages: when the site's shape is as before (each kind's entities in the same order, the same
  index pages, briefings, history and pages in Markdown), only the pages that can show a changed
  entity are rendered again (`affected`, `_drawing`, and of long sections' full lists only the
  pages that list what changed); otherwise every page is;
- links: only the links of the pages rendered again are checked, against every page's anchors,
  unless a page lost an anchor or went away;
- downloads and the search index: their memos make again only what changed.

tests/test_preview_incremental.py applies random edits and compares every file with a clean build;
tests/test_revise.py does the same for the content's check and model.
"""
from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from jinja2 import Environment

from generator.content.history import History, read_history
from generator.content.kinds import FOLDERS
from generator.content.load import RawContent, load_content
from generator.content.model import Briefing
from generator.content.revise import Resolved, reread, revise, slim
from generator.content.walk import references
from generator.errors import FactsheetError
from generator.pages import pagination, timeline
from generator.pages.build import BuiltPages, check_content, collector_paused
from generator.pages.downloads import Download, DownloadMemo, downloads
from generator.pages.links import check_links, page_anchors
from generator.pages.prose import ProseSite, locate_link_problems
from generator.pages.render import FullListKey, RenderedPage, Renderer
from generator.pages.urls import page_uri, page_url

RACY_SECONDS = 2.0
"""A file whose modification time is this close to the last look is compared by its bytes too."""

PATHS = (2, 2, 1)
"""For j steps back along references (to what names an entity), how many steps forward then; see affected."""

Stat = tuple[int, int, int, int]
"""(mode, inode, size, mtime in ns) of one entry under content/."""


@dataclass
class Scan:
    """What content/ held at one look: every entry's stat, and the hash of each recently written file."""

    stats: dict[str, Stat] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)
    at_ns: int = 0


def scan(content_dir: Path, previous: Scan) -> tuple[Scan, set[str]]:
    """Look at every entry under `content_dir`; the new scan, and the paths (relative, POSIX) that
    were added, removed or changed since `previous`."""
    now = time.time_ns()
    racy_after = now - int(RACY_SECONDS * 1e9)
    found = Scan(at_ns=now)
    folders = [content_dir]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError:
            continue  # a folder that went away: its entries are gone from the scan, so they count as changed
        for entry in entries:
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            relative = os.path.relpath(entry.path, content_dir).replace(os.sep, "/")
            found.stats[relative] = (info.st_mode, info.st_ino, info.st_size, info.st_mtime_ns)
            if entry.is_dir(follow_symlinks=False):
                folders.append(Path(entry.path))
            elif info.st_mtime_ns >= racy_after and entry.is_file(follow_symlinks=False):
                found.hashes[relative] = _hash(Path(entry.path))
    racy_before = previous.at_ns - int(RACY_SECONDS * 1e9)
    changed = set(previous.stats.keys() ^ found.stats.keys())
    for path, stat in found.stats.items():
        before = previous.stats.get(path)
        if before is None:
            continue
        racy = stat[3] >= racy_before and found.hashes.get(path) != previous.hashes.get(path)
        if before != stat or racy:
            changed.add(path)
    return found, changed


def _hash(path: Path) -> str:
    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return ""


@dataclass
class Good:
    """The last build without problems: what the next edit starts from."""

    raw: RawContent
    resolved: Resolved
    prose_site: ProseSite
    history: History
    shape: tuple[object, ...]
    pages: tuple[RenderedPage, ...]
    full_lists: dict[str, tuple[RenderedPage, ...]]
    """The full-list pages that follow each entity's page, by the entity page's uri."""
    anchors: dict[str, frozenset[str]]
    """The ids each page holds, by its URL: what the links of pages rendered again may name."""
    drawn: dict[str, tuple[str, ...]]
    """The meetings each meeting's page draws (see Renderer.drawn)."""
    drawn_by: dict[str, set[str]]
    """The meetings whose pages draw each meeting: `drawn` the other way round."""
    full_list_keys: dict[str, FullListKey]
    """What sets each page of a full list apart (see Renderer.keep_full_list), by uri."""

    @property
    def briefing(self) -> Briefing:
        return self.resolved.briefing


@dataclass(frozen=True)
class Outcome:
    """One preview build: the site, and which of its pages were rendered again."""

    built: BuiltPages
    rendered: frozenset[str]
    """The uris of the pages rendered in this build; every page when `full`."""
    full: bool


class Preview:
    """The state of one `mkdocs serve` session."""

    def __init__(self, content_dir: Path, theme_dir: Path, *, directory_urls: bool = True):
        self.content_dir = content_dir.resolve()
        self.theme_dir = theme_dir
        self.directory_urls = directory_urls
        self.scan = Scan()
        self.good: Good | None = None
        self.unbuilt: set[str] = set()
        self.env: Environment | None = None
        self.download_memo = DownloadMemo()

    def build(self, build_date: str, *, everything: bool = False, changed: Collection[str] | None = None) -> Outcome:
        """Build the site from content/ as it is now; raise FactsheetError with every problem.

        `everything` renders every page again (after a change to the theme or mkdocs.yml). `changed`
        names the paths under content/ that changed since the last build, where the caller knows
        them (from the file system's events); by default a look at every file finds them."""
        if changed is None:
            self.scan, changed = scan(self.content_dir, self.scan)
        # What changed since the last good build, across any builds that failed since.
        self.unbuilt |= set(changed)
        good = self.good
        with collector_paused():
            raw, resolved, prose_site, revised = self._load(good, self.unbuilt)
            raw, resolved = slim(raw, resolved, self.content_dir)
        briefing = resolved.briefing
        history = read_history(self.content_dir)
        # revise keeps every entity's place and membership, so the shape holds but for the history.
        shape = ((*good.shape[:-1], history) if revised is not None and good is not None
                 else _shape(briefing, prose_site, history))
        full = everything or good is None or shape != good.shape
        renderer = Renderer(briefing, self.theme_dir, directory_urls=self.directory_urls, history=history,
                            prose_site=prose_site)
        if everything or self.env is None:  # the templates, compiled once for the session until the theme changes
            self.env = renderer.env
        renderer.env = self.env
        changed = set(revised) if revised is not None else _changed(good.briefing, briefing) if good is not None else set()
        # A briefing's title and summary show on the pages of everything in it, grouped under it.
        full = full or good is None or any(model.entities[i].kind == "briefings" for model in (good.briefing, briefing)
                                           for i in changed if i in model.entities)
        if full or good is None:
            wanted = None
        else:
            touched = affected(good.briefing, briefing, changed)
            touched |= _drawing(good, good.briefing, briefing, touched)
            wanted = _wanted_pages(briefing, touched)
            keys = good.full_list_keys
            # Of an entity's full lists, only the pages that list what changed, or that moved, differ.
            renderer.keep_full_list = lambda uri, key: keys.get(uri) != key or any(i in touched for i in key[0])
        pages, full_lists, rendered = _merge(renderer.pages(wanted.__contains__ if wanted is not None else None),
                                             good, history, build_date)
        drawn, drawn_by = _drawn(good if not full else None, renderer.drawn)
        uris = {page.uri for page in pages}
        full_list_keys = {uri: key for uri, key in ((good.full_list_keys if good is not None and not full else {})
                                                    | renderer.full_list_keys).items() if uri in uris}
        feed = renderer.changes_feed(build_date)
        files = (*downloads(briefing, self.download_memo), feed)
        anchors = self._check_links(pages, rendered, good, files, prose_site, full)
        self.good = Good(raw, resolved, prose_site, history, shape, pages, full_lists, anchors, drawn, drawn_by,
                         full_list_keys)
        self.unbuilt = set()
        return Outcome(BuiltPages(briefing, pages, files, build_date), frozenset(rendered), full)

    def _load(self, good: Good | None, changed: set[str]) -> tuple[RawContent, Resolved, ProseSite, frozenset[str] | None]:
        """The content checked and resolved, and the ids of the entities revised in place; None for
        those when everything was read and checked again."""
        if good is not None:
            again = reread(good.raw, changed, self.content_dir)
            if again is not None:
                raw, paths = again
                resolved = revise(good.resolved, raw, paths)
                if resolved is not None:
                    return raw, resolved, good.prose_site, frozenset(Path(path).stem for path in paths)
        raw = load_content(self.content_dir)
        resolved, prose_site = check_content(raw)
        return raw, resolved, prose_site, None

    def _check_links(self, pages: tuple[RenderedPage, ...], rendered: set[str], good: Good | None,
                     files: tuple[Download, ...], prose_site: ProseSite, full: bool) -> dict[str, frozenset[str]]:
        """Check the links of the pages rendered again against every page's anchors, or every link
        when a page went away or one rendered again lost an anchor that another page might name; the
        anchors of every page."""
        def url(page: RenderedPage) -> str:
            return page_url(page.uri, self.directory_urls)

        if full or good is None:
            anchors = {url(page): frozenset(page_anchors(page.html)) for page in pages}
            checked: list[RenderedPage] | tuple[RenderedPage, ...] = pages
        else:
            anchors = {}
            lost = False
            for page in pages:
                here = url(page)
                before = good.anchors.get(here)
                if page.uri in rendered:
                    anchors[here] = frozenset(page_anchors(page.html))
                    lost = lost or (before is not None and not before <= anchors[here])
                else:
                    assert before is not None
                    anchors[here] = before
            lost = lost or not good.anchors.keys() <= anchors.keys()
            checked = pages if lost else [page for page in pages if page.uri in rendered]
        problems = check_links(checked, [f.path for f in files], directory_urls=self.directory_urls, anchors=anchors)
        problems = locate_link_problems(problems, prose_site)
        if problems:
            raise FactsheetError(problems)
        return anchors


def _shape(briefing: Briefing, prose_site: ProseSite, history: History) -> tuple[object, ...]:
    """What decides which pages there are, in what order, and where each entity is listed and linked:
    while it stays the same, an edit changes only the pages that show what was edited."""
    kinds = tuple((kind, tuple(e.id for e in briefing.of_kind(kind))) for kind in FOLDERS)
    listings = tuple((listing.uri, tuple(e.id for e in listing.entities))
                     for kind in FOLDERS for listing in pagination.listings(briefing, kind))
    dates = tuple((listing.uri, listing.count, tuple(e.id for e in listing.entities)) for listing in timeline.listings(briefing))
    members = tuple(sorted(briefing._briefing_of.items()))  # the briefing each entity belongs to
    prose = tuple((page.path, page.title) for page in prose_site.pages)
    return (briefing.info, briefing.info_origin, kinds, listings, dates, tuple(b.id for b in briefing.briefings),
            members, prose, prose_site.mentions, history)


def affected(old: Briefing, new: Briefing, changed: Collection[str] | None = None) -> set[str]:
    """The ids of the entities whose page can show something that changed.

    A page about X shows X; what X names (R) and what those name (a participant's country, R of R);
    what names X (B) and what those name (R of B: a meeting's participants in its card); and for a
    briefing, what names what names it (its meetings, through its events: B of B) and what those
    name (R of B of B). So an entity C that changed shows on the pages of R^i(B^j(C)) for j <= 2 and
    i <= PATHS[j], over the references before and after the edit.

    `changed`, if given, is the entities that changed, as the revise of the content knows them (a
    source whose excerpts changed is among what they name); by default the two models are compared."""
    if changed is None:
        changed = _changed(old, new)

    def names(ids: Iterable[str]) -> set[str]:  # R: what these entities name
        found: set[str] = set()
        for ident in ids:
            for model in (old, new):
                if ident in model.entities:
                    found |= references(model.entities[ident].data) & model.entities.keys()
        return found

    def named_by(ids: Iterable[str]) -> set[str]:  # B: what names these entities
        found: set[str] = set()
        for ident in ids:
            for model in (old, new):
                for kind in FOLDERS:
                    found |= {e.id for e in model.referring(ident, kind)}
        return found

    touched = set(changed)
    back = set(changed)
    for j in range(3):
        if j:
            back = named_by(back)
            touched |= back
        forward = back
        for _ in range(PATHS[j]):
            forward = names(forward)
            touched |= forward
    # A briefing's page draws on all it holds and what that names (its aid priorities, say).
    # A briefing's page draws on all it holds and on what that names (its aid priorities, say).
    owners = {model._briefing_of.get(ident) for model in (old, new) for ident in touched}
    return touched | {owner for owner in owners if owner is not None}


def _drawing(good: Good, old: Briefing, new: Briefing, touched: set[str]) -> set[str]:
    """The meetings whose pages draw a touched meeting in their who-met-whom, or may come to: a
    meeting page draws the meetings that share most participants with it (graph.who_met_whom).

    While a meeting's participants stay the same, so does every page's choice of meetings, and the
    pages to render again are those that drew it; otherwise, any meeting that shares a participant
    with it, before or after."""
    found: set[str] = set()
    for ident in touched:
        before, after = old.entities.get(ident), new.entities.get(ident)
        either = before or after
        if either is None or either.kind != "meetings":
            continue
        found |= good.drawn_by.get(ident, set())
        parties = [m.data.participants for m in (before, after) if m is not None]
        if len(parties) == 2 and parties[0] == parties[1]:
            continue
        for model in (old, new):
            for participants in parties:
                for participant in participants:
                    found |= {m.id for m in model.referring(participant.party, "meetings")}
    return found


def _drawn(good: Good | None, fresh: dict[str, tuple[str, ...]]) -> tuple[dict[str, tuple[str, ...]], dict[str, set[str]]]:
    """Which meetings each meeting page draws, after the pages just rendered, both ways round."""
    if good is None:
        drawn = dict(fresh)
        drawn_by: dict[str, set[str]] = {}
        for page, meetings in drawn.items():
            for meeting in meetings:
                drawn_by.setdefault(meeting, set()).add(page)
        return drawn, drawn_by
    drawn, drawn_by = dict(good.drawn), dict(good.drawn_by)
    for page, meetings in fresh.items():
        for meeting in drawn.get(page, ()):
            drawn_by[meeting] = drawn_by[meeting] - {page}
        for meeting in meetings:
            drawn_by[meeting] = drawn_by.get(meeting, set()) | {page}
        drawn[page] = meetings
    return drawn, drawn_by


def _changed(old: Briefing, new: Briefing) -> set[str]:
    """The entities added, removed or changed between two models, and the sources whose text changed
    or whose excerpts rest on other entities."""
    changed = {ident for ident, entity in new.entities.items()
               if (before := old.entities.get(ident)) is None or before.data != entity.data
               or before.position != entity.position or before.origin != entity.origin}
    changed |= old.entities.keys() - new.entities.keys()
    for source in new.of_kind("sources"):  # its text, or what rests on which excerpt (the entities are above)
        if old.source_texts.get(source.id) != new.source_texts.get(source.id) or \
                _excerpts(old, source.id) != _excerpts(new, source.id):
            changed.add(source.id)
    return changed


def _excerpts(briefing: Briefing, source: str) -> list[tuple[object, ...]]:
    return [(x.text, x.anchor, x.position, tuple(e.id for e in x.used_by)) for x in briefing.excerpts(source)]


def _wanted_pages(briefing: Briefing, touched: set[str]) -> set[str]:
    """The uris to render again: the pages of the touched entities, the index and timeline pages
    that list one, and the pages that draw on the whole briefing."""
    wanted = {page_uri("home"), page_uri("changes")}
    listings = [*timeline.listings(briefing), *(listing for kind in FOLDERS for listing in pagination.listings(briefing, kind))]
    for listing in listings:
        if listing.kind == "commitments" or any(e.id in touched for e in listing.entities):
            wanted.add(listing.uri)
    for ident in touched:
        entity = briefing.entities.get(ident)
        if entity is not None:
            wanted.add(page_uri(entity.kind, entity.id))
    return wanted


def _merge(fresh: Iterable[RenderedPage], good: Good | None, history: History,
           build_date: str) -> tuple[tuple[RenderedPage, ...], dict[str, tuple[RenderedPage, ...]], set[str]]:
    """The whole site's pages in order: the ones just rendered, and the last build's for the rest."""
    previous = {page.uri: page for page in good.pages} if good is not None else {}
    pages: list[RenderedPage] = []
    full_lists: dict[str, tuple[RenderedPage, ...]] = {}
    rendered: set[str] = set()
    owner: str | None = None
    for page in fresh:
        if page.skipped and page.entity is None and owner is not None and page.uri.startswith(owner.removesuffix(".md") + "/"):
            kept = previous[page.uri]  # a page of the full list of an entity rendered again
            full_lists[owner] = (*full_lists.get(owner, ()), kept)
            pages.append(kept)
            continue
        if page.skipped:
            assert good is not None
            owner = None
            pages.append(previous[page.uri])
            lists = good.full_lists.get(page.uri, ())
            pages.extend(lists)
            if lists:
                full_lists[page.uri] = lists
            continue
        page = replace(page, updated=history.updated(page.draws_on) or build_date)
        rendered.add(page.uri)
        if page.entity is not None:
            owner = page.uri
        elif owner is not None and page.kind == "index" and page.uri.startswith(owner.removesuffix(".md") + "/"):
            full_lists[owner] = (*full_lists.get(owner, ()), page)
        else:
            owner = None
        pages.append(page)
    return tuple(pages), full_lists, rendered
