"""The resolved briefing: every entity, in reading order, with its back-references built once.

Templates ask this model questions ("which meetings did this person attend?"); each answer is a
lookup in an index made in one pass over the content, so no page costs more as the briefing grows.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from generator.content import evidence as ev
from generator.content import schema
from generator.content.checked import Checked, Valid
from generator.content.kinds import BY_FOLDER, FACTS_AT_EVENTS, FOLDERS
from generator.content.walk import evidence_of, references


@dataclass(frozen=True)
class Origin:
    """Where an entity was written."""

    path: str
    line: int = 1


@dataclass(frozen=True)
class Entity:
    """One fact file: its kind, id and validated data."""

    kind: str
    """The folder it came from, such as `meetings`."""
    id: str
    """Its id, the file name without `.yaml`."""
    data: Any
    """The schema model: schema.Meeting, schema.Person and so on."""
    origin: Origin = field(compare=False, repr=False)
    """The file it came from."""
    position: tuple[str, int] = field(compare=False, repr=False, default=("", 0))
    """Where its first excerpt stands in its source: the order in which the source tells it."""

    @property
    def name(self) -> str:
        """What to call the entity in a list or a link."""
        data = self.data
        for attribute in ("name", "title"):  # a source's title is optional: then its id names it
            value = getattr(data, attribute, None)
            if isinstance(value, str) and value:
                return value
        if isinstance(data, (schema.Quote, schema.Statement, schema.Commitment)):
            return data.text
        return self.id


@dataclass(frozen=True)
class Excerpt:
    """One excerpt of a source and every entity that rests on it."""

    source: str
    text: str
    anchor: str
    position: int
    used_by: tuple[Entity, ...]


@dataclass(frozen=True)
class Briefing:
    """Everything the content folder holds, resolved: its front page (content/briefing.yaml), the
    briefings in content/briefings/ if there are several, and every entity they share."""

    info: schema.Briefing
    """content/briefing.yaml: the site's title, summary and key facts."""
    info_origin: Origin
    entities: dict[str, Entity]
    """Every entity by id."""
    kinds: dict[str, tuple[Entity, ...]]
    """The entities of each kind, in reading order."""
    source_texts: dict[str, str]
    """Each source's text as written, by source id."""
    _referrers: dict[str, dict[str, tuple[Entity, ...]]] = field(repr=False)
    _excerpts: dict[str, tuple[Excerpt, ...]] = field(repr=False)
    _briefing_of: dict[str, str] = field(repr=False, default_factory=dict)
    """The id of the briefing each entity belongs to, for the entities that belong to one."""
    _members: dict[str, dict[str, tuple[Entity, ...]]] = field(repr=False, default_factory=dict)
    """Each briefing's entities of each kind, in reading order."""
    briefings: tuple[Entity, ...] = ()
    """The briefings of content/briefings/, newest first (by the latest date of their events);
    empty for a content folder that is one briefing."""
    _order: dict[str, int] = field(repr=False, compare=False, default_factory=dict)
    """Each entity's place among its kind: what the back-references are sorted by."""

    def get(self, ident: str) -> Entity:
        return self.entities[ident]

    def of_kind(self, kind: str) -> tuple[Entity, ...]:
        return self.kinds.get(kind, ())

    def referring(self, ident: str, kind: str) -> tuple[Entity, ...]:
        """The entities of `kind` that name `ident` anywhere in their data, in reading order."""
        return self._referrers.get(ident, {}).get(kind, ())

    def excerpts(self, source: str) -> tuple[Excerpt, ...]:
        """The excerpts of one source that facts rest on, in the order of the text."""
        return self._excerpts.get(source, ())

    def briefing_of(self, entity: Entity) -> Entity | None:
        """The briefing an entity belongs to, through its event or meeting; None for what every
        briefing shares (people, countries, topics, sources) and for facts tied to no event."""
        ident = self._briefing_of.get(entity.id)
        return self.entities[ident] if ident else None

    def in_briefing(self, briefing: str, kind: str) -> tuple[Entity, ...]:
        """The entities of `kind` that belong to `briefing`, in reading order."""
        return self._members.get(briefing, {}).get(kind, ())

    def by_briefing(self, items: tuple[Entity, ...] | list[Entity]) -> list[tuple[Entity | None, tuple[Entity, ...]]]:
        """`items` grouped by the briefing each belongs to, newest briefing first, then those of no
        briefing; each group keeps the order of `items`."""
        groups: dict[str | None, list[Entity]] = defaultdict(list)
        for item in items:
            groups[self._briefing_of.get(item.id)].append(item)
        order = [b.id for b in self.briefings]
        return [(self.entities[key] if key else None, tuple(groups[key]))
                for key in (*order, None) if key in groups]

    def where(self, kind: str, field: str, ident: str) -> tuple[Entity, ...]:
        """The entities of `kind` whose `field` is `ident` or, for a list, holds it; in reading order.

        Found through the back-references of `ident`, so it costs what it finds."""
        found = []
        for entity in self.referring(ident, kind):
            value = getattr(entity.data, field)
            if value == ident or (isinstance(value, list) and ident in value):
                found.append(entity)
        return tuple(found)

    def groups_of(self, ident: str) -> tuple[Entity, ...]:
        """The groups and organisations that name `ident` among their members."""
        return self.where("organisations", "members", ident)

    def subtopics(self, ident: str) -> tuple[Entity, ...]:
        return self.where("topics", "parent", ident)

    def quotes_by(self, person: str) -> tuple[Entity, ...]:
        return self.where("quotes", "speaker", person)

    def quotes_to(self, ident: str) -> tuple[Entity, ...]:
        return self.where("quotes", "addressed_to", ident)

    def at_meeting(self, kind: str, meeting: str) -> tuple[Entity, ...]:
        """The quotes or statements said at `meeting`."""
        return self.where(kind, "meeting", meeting)

    def about_meeting(self, kind: str, meeting: str) -> tuple[Entity, ...]:
        """The quotes or statements about `meeting` that were said or written elsewhere."""
        return self.where(kind, "about_meeting", meeting)

    def commitments_by(self, ident: str) -> tuple[Entity, ...]:
        """The commitments `ident` gives (or is asked to give)."""
        return self.where("commitments", "givers", ident)

    def commitments_to(self, ident: str) -> tuple[Entity, ...]:
        return self.where("commitments", "receivers", ident)

    def commitments_announced_by(self, ident: str) -> tuple[Entity, ...]:
        return self.where("commitments", "announced_by", ident)

    @property
    def aid_priorities(self) -> tuple[Entity, ...]:
        """The topics that are priorities for aid: what is asked for."""
        return tuple(t for t in self.of_kind("topics") if t.data.aid_priority)

    def aid_priorities_of(self, briefing: str) -> tuple[Entity, ...]:
        """The aid priorities a briefing's meetings, commitments, quotes or statements raise."""
        kinds = ("meetings", *FACTS_AT_EVENTS)
        members = {e.id for kind in kinds for e in self.in_briefing(briefing, kind)}
        return tuple(t for t in self.aid_priorities
                     if any(e.id in members for kind in kinds for e in self.referring(t.id, kind)))

    def aid_by_giver(self) -> list[tuple[Entity, tuple[Entity, ...]]]:
        """Each giver with the commitments it gives, givers by name; a commitment of several givers
        is listed under each."""
        givers = {g for c in self.of_kind("commitments") for g in c.data.givers}
        ordered = sorted((self.get(g) for g in givers), key=lambda e: (e.name.casefold(), e.id))
        return [(giver, self.commitments_by(giver.id)) for giver in ordered]

    def aid_by_givers(self, commitments: tuple[Entity, ...]) -> list[tuple[tuple[Entity, ...], tuple[Entity, ...]]]:
        """`commitments` grouped by who gives them, each commitment once: a joint commitment stands
        with others of the same givers. Groups by their givers' names, then the requests that name no giver."""
        groups: dict[tuple[str, ...], list[Entity]] = defaultdict(list)
        for commitment in commitments:
            groups[tuple(commitment.data.givers)].append(commitment)
        named = [(tuple(self.get(g) for g in givers), tuple(items)) for givers, items in groups.items()]
        # requests made of no one named come last, after every giver
        return sorted(named, key=lambda group: (not group[0], [(e.name.casefold(), e.id) for e in group[0]]))

    def aid_by_type(self, commitments: tuple[Entity, ...]) -> list[tuple[str, tuple[Entity, ...]]]:
        """`commitments` of each type (military, financial, humanitarian, then those the sources give
        no type), each type that has any."""
        groups = [(kind, tuple(c for c in commitments if c.data.type == kind))
                  for kind in (*schema.AID_TYPES, None)]
        return [(kind or "type not stated", items) for kind, items in groups if items]

    @property
    def size(self) -> int:
        return len(self.entities)


def sort_key(entity: Entity) -> tuple[Any, ...]:
    data = entity.data
    date = getattr(data, "date", None) or ""
    if BY_FOLDER[entity.kind].by_name:
        return (entity.name.casefold(), entity.id)
    # A meeting's explicit `order` comes before the order in which its source tells it.
    explicit = getattr(data, "order", None)
    return (date, explicit if explicit is not None else float("inf"), entity.position, entity.id)


def build_model(checked: Checked) -> Briefing:
    """Resolve validated content into the Briefing that templates read."""
    evidence_by_id = {ident: evidence_of(item.model) for ident, item in checked.entities.items()}
    entities = {ident: entity_of(item, checked.positions, evidence_by_id[ident])
                for ident, item in checked.entities.items()}

    kinds = {kind: tuple(sorted((e for e in entities.values() if e.kind == kind), key=sort_key)) for kind in FOLDERS}
    order = {e.id: n for kind in FOLDERS for n, e in enumerate(kinds[kind])}

    referrers: dict[str, dict[str, list[Entity]]] = defaultdict(lambda: defaultdict(list))
    uses: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for kind in FOLDERS:
        for entity in kinds[kind]:
            for target in sorted(references(entity.data) - {entity.id}, key=order.__getitem__):
                referrers[target][kind].append(entity)
            for excerpt in evidence_by_id[entity.id]:
                key = (excerpt.source, ev.normalise(excerpt.excerpt))
                if not uses[key] or uses[key][-1] is not entity:
                    uses[key].append(entity)
    info = checked.briefing.model
    assert isinstance(info, schema.Briefing)
    for excerpt in evidence_of(info):
        uses[(excerpt.source, ev.normalise(excerpt.excerpt))]  # the summary's excerpts are shown too

    excerpts: dict[str, list[Excerpt]] = defaultdict(list)
    for (source, text), users in uses.items():
        start = checked.texts[source].find(text)
        excerpts[source].append(Excerpt(source, text, ev.anchor(source, text), start, tuple(users)))
    briefing_of = _memberships(kinds)
    members: dict[str, dict[str, list[Entity]]] = defaultdict(lambda: defaultdict(list))
    for kind in FOLDERS:
        for entity in kinds[kind]:
            if entity.id in briefing_of:
                members[briefing_of[entity.id]][kind].append(entity)
    return Briefing(
        info=info,
        info_origin=Origin(checked.briefing.doc.path),
        entities=entities,
        kinds=kinds,
        source_texts=checked.raw_texts,
        _referrers={t: {k: tuple(v) for k, v in by_kind.items()} for t, by_kind in referrers.items()},
        _excerpts={s: tuple(sorted(v, key=lambda x: (x.position, x.text))) for s, v in excerpts.items()},
        _briefing_of=briefing_of,
        _members={b: {k: tuple(v) for k, v in by_kind.items()} for b, by_kind in members.items()},
        briefings=_newest_first(kinds, briefing_of),
        _order=order,
    )


def _memberships(kinds: dict[str, tuple[Entity, ...]]) -> dict[str, str]:
    """The briefing of every entity that belongs to one: a briefing's events and the events within
    them, their meetings, and the quotes, statements and commitments made at (or about) those."""
    within: dict[str, list[str]] = defaultdict(list)
    for event in kinds["events"]:
        if event.data.part_of:
            within[event.data.part_of].append(event.id)
    found: dict[str, str] = {}
    for briefing in kinds["briefings"]:
        found[briefing.id] = briefing.id
        stack = list(briefing.data.events)
        while stack:  # checked for cycles and for events in two briefings: see consistency.py
            event = stack.pop()
            if event not in found:
                found[event] = briefing.id
                stack.extend(within[event])
    for meeting in kinds["meetings"]:
        if meeting.data.event in found:
            found[meeting.id] = found[meeting.data.event]
    for kind in FACTS_AT_EVENTS:
        for fact in kinds[kind]:
            d = fact.data
            for place in (d.meeting, d.event, getattr(d, "about_meeting", None)):
                if place in found:
                    found[fact.id] = found[place]
                    break
    return found


def _newest_first(kinds: dict[str, tuple[Entity, ...]], briefing_of: dict[str, str]) -> tuple[Entity, ...]:
    latest: dict[str, str] = {}
    for event in kinds["events"]:
        owner = briefing_of.get(event.id)
        date = event.data.end_date or event.data.date
        if owner and date and date > latest.get(owner, ""):
            latest[owner] = date
    # Newest first; a briefing whose events have no date comes last, in reading order.
    dated = sorted((b for b in kinds["briefings"] if b.id in latest), key=lambda b: latest[b.id], reverse=True)
    return (*dated, *(b for b in kinds["briefings"] if b.id not in latest))


def entity_of(item: Valid, positions: dict[tuple[str, str], int], evidence: list[schema.Evidence] | None = None) -> Entity:
    """The entity of a validated document, placed where its first excerpt stands in its source."""
    evidence = evidence_of(item.model) if evidence is None else evidence
    first = evidence[0] if evidence else None
    position = (first.source, positions.get((first.source, first.excerpt), 0)) if first else ("", 0)
    return Entity(item.doc.kind, item.doc.id, item.model, Origin(item.doc.path, item.doc.mark(())[0]), position)
