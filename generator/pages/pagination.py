"""Which index page lists which entity: a kind's index runs over numbered pages of a fixed length.

Every page stays light however large a briefing grows: an index lists at most a page's worth of
its kind (grouped by briefing where there are several), and numbered pages with rel=prev/next links
lead through the rest, without JavaScript. Links to an entity without a page of its own (a quote, a
statement, a commitment) go to the index page that lists it, so all of them come from `plan`.
"""
from __future__ import annotations

from dataclasses import dataclass

from generator.content.kinds import IN_BRIEFINGS, KINDS
from generator.content.model import Briefing, Entity
from generator.pages.urls import page_uri

PAGE_SIZE = 100
"""Items on one index page: enough to scan, small enough that a page stays near 50 KB of HTML."""
SECTION_LIMIT = 50
"""The most items one section of an entity's page lists (a country's meetings, say); past it, the
section links to its full list on numbered pages of its own."""
PAGE_SIZES = {"people": 500, "organisations": 500, "topics": 500, "sources": 500, "quotes": 50}
"""Kinds whose index shows each item as one link can list more on a page. A quote weighs twice an
item of the other kinds (its words, its speaker and occasion, its source, and its structured data
in the page's head), so its pages hold half as many: at 100 a page of quotes came to 100 KB, and a
phone on a slow network began to paint it late enough to cost a point of Lighthouse's score."""


@dataclass(frozen=True)
class Listing:
    """One numbered page of a kind's index."""

    kind: str
    number: int
    """1 for the first page."""
    count: int
    """How many pages the kind's index has."""
    entities: tuple[Entity, ...]
    total: int
    """How many entities the kind has in all."""
    base: str | None = None
    """For the full list of one section of an entity's page, its path without `.md`, such as
    `organisations/nato/meetings`; None for a kind's index."""
    heading: str = ""
    """For the full list of a section, the section's heading."""

    @property
    def uri(self) -> str:
        return self._uri(self.number)

    @property
    def previous(self) -> str | None:
        return self._uri(self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self._uri(self.number + 1) if self.number < self.count else None

    @property
    def numbers(self) -> list[tuple[int, str]]:
        """Every page's number with its page, for the pager."""
        return [(n, self._uri(n)) for n in range(1, self.count + 1)]

    def _uri(self, number: int) -> str:
        if self.base is None:
            return listing_uri(self.kind, number)
        return f"{self.base}.md" if number == 1 else f"{self.base}/page/{number}.md"


def listing_uri(kind: str, number: int) -> str:
    """The first page is the kind's index (`meetings/index.md`); the others `meetings/page/2.md`, a
    path no entity page can take (an entity's page is `meetings/<id>.md`)."""
    return page_uri(kind) if number == 1 else f"{kind}/page/{number}.md"


def section_listings(owner: Entity, section: str, heading: str, kind: str, items: tuple[Entity, ...]) -> list[Listing]:
    """The full list of a section of `owner`'s page that holds more than SECTION_LIMIT items, over
    numbered pages under the owner's page: `organisations/nato/meetings/`, then `.../page/2/`."""
    base = f"{owner.kind}/{owner.id}/{section}"
    size = page_size(kind)
    chunks = [items[start:start + size] for start in range(0, len(items), size)]
    return [Listing(kind, n, len(chunks), chunk, len(items), base, heading) for n, chunk in enumerate(chunks, 1)]


def ordered(briefing: Briefing, kind: str) -> tuple[Entity, ...]:
    """A kind's entities in the order its index lists them: by briefing, newest first, where there
    are several briefings and the kind belongs to them; otherwise in reading order."""
    entities = briefing.of_kind(kind)
    if not briefing.briefings or kind not in IN_BRIEFINGS:
        return briefing.briefings if kind == "briefings" else entities
    return tuple(e for _, group in briefing.by_briefing(entities) for e in group)


def page_size(kind: str) -> int:
    """How many items of a kind one numbered page lists."""
    return PAGE_SIZES.get(kind, PAGE_SIZE)


def listings(briefing: Briefing, kind: str) -> list[Listing]:
    """A kind's index pages; none for a kind with no entities."""
    entities = ordered(briefing, kind)
    size = page_size(kind)
    chunks = [entities[start:start + size] for start in range(0, len(entities), size)]
    return [Listing(kind, n, len(chunks), chunk, len(entities)) for n, chunk in enumerate(chunks, 1)]


def plan(briefing: Briefing) -> dict[str, str]:
    """The index page that lists each entity, by id."""
    return {entity.id: listing.uri for kind in KINDS for listing in listings(briefing, kind.folder)
            for entity in listing.entities}
