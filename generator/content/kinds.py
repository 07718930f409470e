"""The kinds of entity a content tree holds: one registry, read by every stage.

Adding a kind is one entry here, its model in schema.py, and its templates in theme/pages/
(`<folder>.html` for its entities' pages when it has them, `index-<folder>.html` for its index).
"""
from __future__ import annotations

from dataclasses import dataclass

from generator.content import schema

BRIEFING = "briefing"
"""The name of the one top-level file's kind: content/briefing.yaml."""
BRIEFING_FILE = "briefing.yaml"


@dataclass(frozen=True)
class Kind:
    """One kind of entity, and everything the stages need to know of it."""

    folder: str
    """Its folder in content/, such as `meetings`: also the kind's name in data, URLs and downloads."""
    singular: str
    """What to call one of them in a message: `meeting`."""
    title: str
    """Its section's title in the nav and on its index page."""
    model: type[schema.Strict]
    """The schema model each file is validated against."""
    pages: bool
    """True when each entity gets a page of its own; otherwise the index page lists it at an anchor."""
    schema_org: str
    """The schema.org type of its JSON-LD node."""
    by_name: bool = False
    """True when lists sort it by name; otherwise by date, then the order in which its source tells it."""
    shared: bool = False
    """True for what every briefing shares (people, countries, topics, sources); otherwise an entity
    belongs to the briefing of its event, and lists group it by briefing."""


KINDS: tuple[Kind, ...] = (
    Kind("briefings", "briefing", "Briefings", schema.Brief, True, "Report"),
    Kind("meetings", "meeting", "Meetings", schema.Meeting, True, "Event"),
    Kind("people", "person", "People", schema.Person, True, "Person", by_name=True, shared=True),
    Kind("organisations", "organisation", "Countries and organisations", schema.Organisation, True,
         "Organization", by_name=True, shared=True),
    Kind("topics", "topic", "Topics", schema.Topic, True, "DefinedTerm", by_name=True, shared=True),
    Kind("commitments", "commitment", "Aid", schema.Commitment, False, "Grant"),
    Kind("quotes", "quote", "Quotes", schema.Quote, False, "Quotation"),
    Kind("statements", "statement", "Statements", schema.Statement, False, "Claim"),
    Kind("events", "event", "Events", schema.Event, True, "Event"),
    Kind("sources", "source", "Sources", schema.Source, True, "CreativeWork", by_name=True, shared=True),
)
"""Every kind, in the order of the nav's sections."""

BY_FOLDER: dict[str, Kind] = {kind.folder: kind for kind in KINDS}
IN_BRIEFINGS: tuple[str, ...] = tuple(k.folder for k in KINDS if not k.shared and k.folder != "briefings")
"""The kinds whose entities belong to a briefing: lists of them are grouped by briefing."""
FACTS_AT_EVENTS: tuple[str, ...] = tuple(k for k in IN_BRIEFINGS if k not in ("events", "meetings"))
"""The kinds said or made at an event or meeting (quotes, statements, commitments)."""
FOLDERS: tuple[str, ...] = tuple(BY_FOLDER)
MODELS: dict[str, type[schema.Strict]] = {BRIEFING: schema.Briefing, **{k.folder: k.model for k in KINDS}}
"""The model of every kind of content file, the briefing first."""


def kind(folder: str) -> Kind:
    return BY_FOLDER[folder]


def singular(folder: str) -> str:
    return BY_FOLDER[folder].singular


def named(name: str) -> Kind | None:
    """The kind a person means by `name`: its folder (`meetings`) or its singular (`meeting`)."""
    name = name.lower()
    return BY_FOLDER.get(name) or next((k for k in KINDS if k.singular == name), None)
