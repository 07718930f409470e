"""The "What changed" page's view of the history: for each recent change to content/, the facts it
added, removed and corrected, named as the briefing names them now. The Atom feed (feed.py) shows
the same view. Dates are commit dates, never the clock's.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.content.fact_changes import NAME_FIELDS, FactChange
from generator.content.history import Change, History
from generator.content.kinds import BRIEFING, singular
from generator.content.model import Briefing, Entity

LABELS: dict[tuple[str, ...], str] = {
    ("roles",): "Role", ("roles", "title"): "Role",
    ("participants",): "Participant", ("participants", "person"): "Participant",
    ("participants", "organisation"): "Participant",
    ("outcomes",): "Outcome", ("outcomes", "text"): "Outcome",
    ("key_facts",): "Key fact", ("key_facts", "text"): "Key fact",
    ("summary", "text"): "Summary",
    ("evidence",): "Evidence", ("evidence", "excerpt"): "Evidence",
    ("items",): "Item", ("items", "name"): "Item",
    ("url",): "Web address",
}
"""Nicer words for a field than the generic rule gives, by the last one or two names of its path
(list positions left out): roles[n].title is "Role", not "Title of roles"."""
VALUE_FIELDS = ("title", "name", "text", "excerpt", "person", "organisation")
"""The field that stands for a whole record (a role, a participant, an excerpt) when one is added or removed."""
NAMING = tuple((name,) for name in NAME_FIELDS)
"""The fields an entity is named by: when one of them changes, the line names the entity by its kind."""
CLIP = 200
"""The most characters of a name or value a line shows."""


@dataclass(frozen=True)
class FactLine:
    """One fact added, removed or corrected, as a sentence: `lead`, the entity's name (a link when
    `target` is set), `tail`, then the old and new values where there are any."""

    action: str
    """`added`, `removed` or `corrected`."""
    lead: str
    """The words before the name: "Quote added: ", "Role of "."""
    name: str
    target: Entity | str | None
    """What to link the name to (for the `url` helper): the entity, `home` for the briefing, or
    None for an entity no longer in the briefing, which is named as text."""
    tail: str
    """The words after the name: ":", " added:", " changed" or nothing."""
    old: str | None = None
    new: str | None = None


@dataclass(frozen=True)
class ChangeView:
    commit: str
    """The full commit hash."""
    date: str
    """The commit's day, YYYY-MM-DD (UTC)."""
    updated: str
    """The commit time, ISO 8601 in UTC."""
    summary: str
    """The counts in a line: "2 facts added, 1 corrected"."""
    corrections: tuple[str, ...]
    """The editor's correction notes for readers."""
    facts: tuple[FactLine, ...]

    @property
    def anchor(self) -> str:
        """The change's id on the page."""
        return f"change-{self.commit[:10]}"


@dataclass(frozen=True)
class ChangesView:
    """What the page and the feed show."""

    available: bool
    """False when the build had no usable history: no git, or a shallow clone."""
    reason: str
    """Why there is no history, for the reader; empty when there is."""
    changes: tuple[ChangeView, ...]
    more: int
    """How many older commits touched the facts' files and are not listed."""
    first: str = ""
    """The oldest commit that touched content/, which names this history; empty without one."""


def changes_view(history: History, briefing: Briefing) -> ChangesView:
    """The recent changes to facts, or the reason there are none to show."""
    if history.shallow:
        return ChangesView(False, "this copy of the briefing was built from a shallow clone, so its history is "
                                  "cut short", (), 0)
    if not history.available:
        return ChangesView(False, "this copy of the briefing was built without its git history", (), 0)
    by_path = {e.origin.path: e for e in briefing.entities.values()}
    views = tuple(_change(change, by_path, briefing) for change in history.changes)
    return ChangesView(True, "", views, history.older, history.first)


def _change(change: Change, by_path: dict[str, Entity], briefing: Briefing) -> ChangeView:
    # A source's text added or removed with the source itself says nothing more than the source's line.
    whole = {(f.id, f.action) for f in change.facts if f.kind == "sources" and not f.field and not f.text}
    facts = [f for f in change.facts if not (f.text and (f.id, f.action) in whole)]
    lines = tuple(_line(fact, by_path, briefing) for fact in facts)
    return ChangeView(change.commit, change.date[:10], change.date, summary(facts), change.corrections, lines)


def summary(facts: tuple[FactChange, ...] | list[FactChange]) -> str:
    """How many facts a change added, removed and corrected: "2 facts added, 1 corrected"."""
    parts: list[str] = []
    for action in ("added", "removed", "corrected"):
        count = sum(1 for f in facts if f.action == action and not f.text)
        if count:
            parts.append(f"{count} {'fact ' if count == 1 else 'facts '}{action}" if not parts else f"{count} {action}")
    for action in ("added", "removed", "corrected"):
        texts = sum(1 for f in facts if f.action == action and f.text)
        if texts:
            parts.append(f"{texts} source {'text' if texts == 1 else 'texts'} "
                         f"{'changed' if action == 'corrected' else action}")
    return ", ".join(parts)


def _line(fact: FactChange, by_path: dict[str, Entity], briefing: Briefing) -> FactLine:
    target: Entity | str | None
    if fact.kind == BRIEFING:
        target = "home"
        name = briefing.info.title if not fact.field else "the briefing"
    else:
        # A source's text is named by its source; anything else by the file it is in.
        target = briefing.entities.get(fact.id) if fact.text else by_path.get(fact.file)
        target = target if isinstance(target, Entity) and target.kind == fact.kind else None
        name = target.name if target is not None else fact.name
    name = _clip(name)
    if fact.text:
        return FactLine(fact.action, "Text of ", name, target, " changed" if fact.action == "corrected" else f" {fact.action}")
    if not fact.field:
        return FactLine(fact.action, f"{_words(singular(fact.kind) if fact.kind != BRIEFING else BRIEFING)} "
                                     f"{fact.action}: ", name, target, "")
    if fact.field in NAMING and fact.kind != BRIEFING:  # "Text of the statement", not the text three times
        name = f"the {singular(fact.kind)}"
    lead = field_label(tuple(part for part in fact.field if isinstance(part, str))) + " of "
    tail = ":" if fact.action == "corrected" else f" {fact.action}:"
    old = None if fact.old is None else _value(fact.old)
    new = None if fact.new is None else _value(fact.new)
    return FactLine(fact.action, lead, name, target, tail, old, new)


def field_label(names: tuple[str, ...]) -> str:
    """A field in words, from the names on its path: the nicer label where LABELS has one for the
    last one or two names, else the field's own name in words, then " of " what holds it."""
    for size in (2, 1):
        if len(names) >= size and names[-size:] in LABELS:
            head, rest = LABELS[names[-size:]], names[:-size]
            break
    else:
        head, rest = _words(names[-1]), names[:-1]
    return f"{head} of {field_label(rest).lower()}" if rest else head


def _words(name: str) -> str:
    """A field's name in words: end_date as "End date"."""
    text = name.replace("_", " ")
    return text[:1].upper() + text[1:]


def _value(value: Any) -> str:
    """A value as one line of text: a record by its title, name, text or excerpt, a list joined by commas."""
    if isinstance(value, dict):
        for key in VALUE_FIELDS:
            if isinstance(value.get(key), str):
                return _clip(value[key])
        return _clip("; ".join(f"{_words(k).lower()}: {_value(v)}" for k, v in value.items() if v is not None))
    if isinstance(value, list):
        return _clip(", ".join(_value(item) for item in value))
    return _clip(str(value))


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CLIP else text[: CLIP - 1].rsplit(" ", 1)[0] + "\u2026"
