"""Checks across files: facts that are each valid on their own but do not agree with one another.

They run once every file has passed its schema and every reference lands, so each check may look
its references up without guarding against a missing one.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Iterator

from generator.content.checked import Valid
from generator.content.schema import Brief, Event, Meeting, Organisation, Person, Quote, Topic
from generator.errors import Problem


def problems(entities: dict[str, Valid], scope: Collection[str] | None = None) -> list[Problem]:
    """Every disagreement between files, each located at the field that should change.

    With `scope`, content that agreed with itself before an edit: the entities that changed and those
    that name them, which are all a new disagreement can involve. The checks whose problems can fall
    on other entities (a loop of topics, an event in two briefings) then run whole if any topic,
    event or briefing is in scope."""
    found: list[Problem] = []
    if scope is None:
        for check in CHECKS:
            found.extend(check(entities))
        return found
    kinds = {entities[ident].doc.kind for ident in scope if ident in entities}
    if "topics" in kinds:
        found.extend(_topic_cycles(entities))
    if kinds & {"events", "briefings"}:
        found.extend(_one_briefing_per_event(entities))
    some = [entities[ident] for ident in sorted(scope) if ident in entities]
    found.extend(_speakers_took_part(entities, some))
    found.extend(_represents_a_role(entities, some))
    return found


def _topic_cycles(entities: dict[str, Valid]) -> Iterator[Problem]:
    topics = {ident: item.model for ident, item in entities.items() if isinstance(item.model, Topic)}
    for ident, topic in topics.items():
        seen = {ident}
        parent = topic.parent if topic.parent != ident else None  # reported as a self-reference
        while parent is not None and parent in topics:
            if parent in seen:
                doc = entities[ident].doc
                yield Problem(doc.path, *doc.mark(("parent",)), "parent", f"topic {ident!r} is its own ancestor",
                              "remove one 'parent' in the loop")
                break
            seen.add(parent)
            parent = topics[parent].parent


def _speakers_took_part(entities: dict[str, Valid], some: list[Valid] | None = None) -> Iterator[Problem]:
    """A quote said at a meeting has a speaker who took part in it."""
    for item in entities.values() if some is None else some:
        quote = item.model
        if not isinstance(quote, Quote) or quote.meeting is None:
            continue
        meeting = entities[quote.meeting].model
        assert isinstance(meeting, Meeting)
        if quote.speaker not in {p.person for p in meeting.participants}:
            yield Problem(item.doc.path, *item.doc.mark(("meeting",)), "meeting",
                          f"{quote.speaker!r} said this at {quote.meeting!r}, but is not one of its participants",
                          "add the speaker to the meeting's participants; or, if the words were said or written "
                          "elsewhere (a post after the meeting), write about_meeting instead of meeting")


def _represents_a_role(entities: dict[str, Valid], some: list[Valid] | None = None) -> Iterator[Problem]:
    """A person who represents a country or organisation at a meeting holds a role in it (or in a
    group it belongs to), when the person's file gives roles with organisations at all."""
    for item in entities.values() if some is None else some:
        meeting = item.model
        if not isinstance(meeting, Meeting):
            continue
        for index, participant in enumerate(meeting.participants):
            if participant.person is None or not participant.represents:
                continue
            person = entities[participant.person].model
            assert isinstance(person, Person)
            held = {role.organisation for role in person.roles if role.organisation}
            if not held:
                continue
            for number, represented in enumerate(participant.represents):
                if represented in held or held & _members(entities, represented):
                    continue
                loc = ("participants", index, "represents", number)
                yield Problem(item.doc.path, *item.doc.mark(loc), f"participants[{index + 1}].represents[{number + 1}]",
                              f"{participant.person!r} has no role in {represented!r} (their roles are in "
                              f"{', '.join(sorted(held))})",
                              f"add the role to content/people/{participant.person}.yaml if the source gives it, "
                              "or fix 'represents'")


def _one_briefing_per_event(entities: dict[str, Valid]) -> Iterator[Problem]:
    """An event, with the events within it, belongs to one briefing, so that each meeting is told once."""
    within: dict[str, list[str]] = {}
    for ident, item in entities.items():
        if isinstance(item.model, Event) and item.model.part_of:
            within.setdefault(item.model.part_of, []).append(ident)
    owner: dict[str, str] = {}
    for ident, item in sorted(entities.items(), key=lambda pair: pair[1].doc.path):
        briefing = item.model
        if not isinstance(briefing, Brief):
            continue
        for index, event in enumerate(briefing.events):
            covered, stack = set(), [event]
            while stack:
                current = stack.pop()
                if current not in covered:
                    covered.add(current)
                    stack.extend(within.get(current, ()))
            taken = sorted({owner[e] for e in covered if e in owner})
            if taken:
                yield Problem(item.doc.path, *item.doc.mark(("events", index)), f"events[{index + 1}]",
                              f"{event!r} (or an event within it) is covered by briefing {taken[0]!r} already; an "
                              "event belongs to one briefing", "list the event in one briefing only")
            else:
                owner.update(dict.fromkeys(covered, ident))


def _members(entities: dict[str, Valid], ident: str) -> set[str]:
    organisation = entities[ident].model
    return set(organisation.members) if isinstance(organisation, Organisation) else set()


CHECKS: tuple[Callable[[dict[str, Valid]], Iterator[Problem]], ...] = (
    _topic_cycles, _speakers_took_part, _represents_a_role, _one_briefing_per_event)
"""Every check across files, in the order they run."""
