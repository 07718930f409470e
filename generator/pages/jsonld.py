"""Structured data for each entity page: schema.org JSON-LD built from the model.

Every node names the page it describes by a relative `@id` (resolved against the page's own URL,
as JSON-LD resolves relative IRIs), so the graph links up across pages without knowing the host.
The serialised JSON cannot close its <script> element: <, > and & are written as \\u escapes.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from generator.content import schema
from generator.content.kinds import kind
from generator.content.model import Briefing, Entity

CONTEXT = "https://schema.org"

UrlOf = Callable[[Entity], str]
"""The relative URL of an entity's page (or of its place on an index page), from the current page."""


def entity_jsonld(briefing: Briefing, entity: Entity, url: UrlOf) -> dict[str, Any]:
    """The JSON-LD document of one entity page."""
    node = _node(briefing, entity, url)
    return {"@context": CONTEXT, **node}


def listing_jsonld(briefing: Briefing, entities: tuple[Entity, ...], url: UrlOf) -> dict[str, Any]:
    """The JSON-LD of the page that lists a kind without pages of its own: a node for each entity."""
    return {"@context": CONTEXT, "@graph": [_node(briefing, e, url) for e in entities]}


def page_jsonld(title: str, description: str, page_type: str, here: str, named: list[Entity],
                url: UrlOf) -> dict[str, Any]:
    """The JSON-LD of a page an editor writes in Markdown: an AboutPage or a WebPage, with the
    entities its text links to as what it mentions."""
    node: dict[str, Any] = {"@context": CONTEXT, "@type": "AboutPage" if page_type == "about" else "WebPage",
                            "@id": here, "name": title}
    _put(node, "description", description)
    _put(node, "mentions", [_ref(entity, url) for entity in named])
    return node


def serialise(data: dict[str, Any]) -> str:
    """JSON for a <script type="application/ld+json"> element, unable to end the element early."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # JSON allows \uXXXX anywhere in a string, and <, >, & occur only inside strings, so this is
    # lossless; the line separators are escaped for old parsers that treat them as line ends.
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _ref(entity: Entity, url: UrlOf) -> dict[str, Any]:
    """A short reference to another node: its type, id and name."""
    return {"@type": _type(entity), "@id": url(entity), "name": entity.name}


def _type(entity: Entity) -> str:
    data = entity.data
    if isinstance(data, schema.Organisation) and data.type == "country":
        return "Country"
    if isinstance(data, schema.Commitment) and data.value is not None:
        return "MonetaryGrant"
    return kind(entity.kind).schema_org


def _node(b: Briefing, entity: Entity, url: UrlOf) -> dict[str, Any]:
    data = entity.data
    node: dict[str, Any] = {"@type": _type(entity), "@id": url(entity), "name": entity.name}
    if isinstance(data, schema.Event):
        _put(node, "description", data.summary)
        _put(node, "startDate", data.date)
        _put(node, "endDate", data.end_date)
        if data.location:
            node["location"] = {"@type": "Place", "name": data.location}
        if data.organiser:
            node["organizer"] = _ref(b.get(data.organiser), url)
        if data.part_of:
            node["superEvent"] = _ref(b.get(data.part_of), url)
        subs = [*b.referring(entity.id, "events"), *b.referring(entity.id, "meetings")]
        subs = [s for s in subs if getattr(s.data, "part_of", None) == entity.id or getattr(s.data, "event", None) == entity.id]
        _put(node, "subEvent", [_ref(s, url) for s in subs])
        attendees = {p.id: p for s in subs if s.kind == "meetings" for p in _attendees(b, s)}
        _put(node, "attendee", [_ref(p, url) for p in attendees.values()])
    elif isinstance(data, schema.Meeting):
        _put(node, "description", data.summary)
        _put(node, "startDate", data.date)
        event = b.get(data.event)
        node["superEvent"] = _ref(event, url)
        if event.data.location:
            node["location"] = {"@type": "Place", "name": event.data.location}
        node["attendee"] = [_ref(p, url) for p in _attendees(b, entity)]
        _put(node, "about", [_ref(b.get(t), url) for t in data.topics])
    elif isinstance(data, schema.Person):
        _put(node, "jobTitle", [r.title for r in data.roles])
        _put(node, "affiliation", [_ref(b.get(o), url) for o in dict.fromkeys(
            r.organisation for r in data.roles if r.organisation)])
    elif isinstance(data, schema.Organisation):
        _put(node, "alternateName", data.full_name)
        _put(node, "member", [_ref(b.get(m), url) for m in data.members])
    elif isinstance(data, schema.Quote):
        node.pop("name")
        node["text"] = data.text
        node["creator"] = _ref(b.get(data.speaker), url)
        node["isBasedOn"] = [_ref(b.get(s), url) for s in dict.fromkeys(e.source for e in data.evidence)]
        _put(node, "about", [_ref(b.get(t), url) for t in data.topics])
    elif isinstance(data, schema.Commitment):
        node["name"] = data.text
        _put(node, "funder", [_ref(b.get(g), url) for g in data.givers])
        _put(node, "fundedItem", [_ref(b.get(r), url) for r in data.receivers])
        _put(node, "description", "; ".join(_item(i) for i in data.items))
        if data.value is not None:
            node["amount"] = {"@type": "MonetaryAmount", "currency": data.value.currency, "value": data.value.amount}
        _put(node, "about", [_ref(b.get(t), url) for t in data.topics])
        node["isBasedOn"] = [_ref(b.get(s), url) for s in dict.fromkeys(e.source for e in data.evidence)]
    elif isinstance(data, schema.Topic):
        _put(node, "description", data.summary)
    elif isinstance(data, schema.Source):
        _put(node, "headline", data.title)
        _put(node, "publisher", {"@type": "Organization", "name": data.outlet} if data.outlet else None)
        _put(node, "url", data.url)
        _put(node, "datePublished", data.published)
    return node


def _item(item: schema.Item) -> str:
    count = f"{item.quantity} " if item.quantity is not None else ""
    return count + (f"{item.unit} of " if item.unit else "") + item.name


def _attendees(b: Briefing, meeting: Entity) -> list[Entity]:
    """The people and organisations at a meeting, each once, in the order the meeting gives."""
    ids = dict.fromkeys(p.person or p.organisation for p in meeting.data.participants)
    return [b.get(i) for i in ids]


def _put(node: dict[str, Any], key: str, value: Any) -> None:
    """Set a property only when the facts give it: an absent fact is left out, never guessed."""
    if value:
        node[key] = value
