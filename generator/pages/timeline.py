"""The timeline: every event and meeting by its date, as precise as its source gives it.

A date is compared as it is written (2024 before 2024-07 before 2024-07-10), so a month stays a
month and nothing is placed on a day the source does not give; what has no date is listed apart,
after the rest, never guessed. Long timelines run over numbered pages like the indexes.
"""
from __future__ import annotations

from generator.content.model import Briefing, Entity
from generator.pages.pagination import Listing

KIND = "timeline"
PAGE_SIZE = 200
"""Entries on one page of the timeline: a line each."""


def entries(briefing: Briefing) -> tuple[Entity, ...]:
    """The dated events and meetings in date order (a tie in reading order), then the undated ones."""
    items = (*briefing.of_kind("events"), *briefing.of_kind("meetings"))
    dated = sorted((e for e in items if e.data.date), key=lambda e: e.data.date)
    return (*dated, *(e for e in items if not e.data.date))


def listings(briefing: Briefing) -> list[Listing]:
    """The timeline's pages; none when no event or meeting has a date, since it would order nothing."""
    found = entries(briefing)
    if not found or not found[0].data.date:
        return []
    chunks = [found[start:start + PAGE_SIZE] for start in range(0, len(found), PAGE_SIZE)]
    return [Listing(KIND, n, len(chunks), chunk, len(found)) for n, chunk in enumerate(chunks, 1)]


def by_year(items: tuple[Entity, ...]) -> list[tuple[str, tuple[Entity, ...]]]:
    """The items of one page grouped under their year, in order; the undated last, under ''."""
    groups: dict[str, list[Entity]] = {}
    for item in items:
        groups.setdefault((item.data.date or "")[:4], []).append(item)
    return [(year, tuple(group)) for year, group in groups.items()]
