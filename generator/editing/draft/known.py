"""What content/ holds already, as far as a draft needs it: ids in use, and the people,
organisations, events, quotes and meetings a new text may mention again."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.content import evidence as ev
from generator.content.load import load_content
from generator.errors import FactsheetError, Problem


@dataclass(frozen=True)
class KnownEntity:
    kind: str
    id: str
    name: str
    names: tuple[str, ...]
    """Every name content/ gives it: name and full name."""
    type: str = ""


@dataclass
class Known:
    """The content tree, read once."""

    taken: set[str] = field(default_factory=set)
    people: list[KnownEntity] = field(default_factory=list)
    organisations: list[KnownEntity] = field(default_factory=list)
    events: list[KnownEntity] = field(default_factory=list)
    """Each event, with its location as its second name."""
    topics: list[KnownEntity] = field(default_factory=list)
    quotes: dict[str, str] = field(default_factory=dict)
    """Quote ids by their normalised words."""
    meetings: dict[frozenset[str], str] = field(default_factory=dict)
    """Meeting ids by the set of their participants' ids."""


def read_known(content_dir: Path, source: str) -> tuple[Known, str]:
    """What content/ knows, and the text of source `source`."""
    raw = load_content(content_dir)
    known = Known(taken={d.id for d in raw.documents})
    text_file = f"{source}.txt"
    found = False
    for doc in raw.documents:
        data = doc.data if isinstance(doc.data, dict) else {}
        name = data.get("name")
        if doc.kind == "sources" and doc.id == source:
            found = True
            text_file = str(data.get("text_file") or text_file)
        elif doc.kind == "quotes" and isinstance(data.get("text"), str):
            known.quotes[ev.normalise(data["text"])] = doc.id
        elif doc.kind == "people" and isinstance(name, str):
            known.people.append(KnownEntity("people", doc.id, name, (name,)))
        elif doc.kind == "organisations" and isinstance(name, str):
            full = data.get("full_name")
            known.organisations.append(KnownEntity("organisations", doc.id, name,
                                                   (name, *([full] if isinstance(full, str) else [])),
                                                   str(data.get("type") or "")))
        elif doc.kind == "events" and isinstance(name, str):
            location = data.get("location")
            known.events.append(KnownEntity("events", doc.id, name,
                                            (name, *([location] if isinstance(location, str) else []))))
        elif doc.kind == "topics" and isinstance(name, str):
            known.topics.append(KnownEntity("topics", doc.id, name, (name,)))
        elif doc.kind == "meetings" and isinstance(data.get("participants"), list):
            parties = frozenset(str(p.get("person") or p.get("organisation")) for p in data["participants"]
                                if isinstance(p, dict))
            known.meetings[parties] = doc.id
    # The text as the loader read it: a regular file inside content/, never through a link.
    text = raw.texts.get(text_file.removesuffix(".txt"))
    if not found or text is None:
        sources = sorted(d.id for d in raw.documents if d.kind == "sources")
        raise FactsheetError([Problem(str(content_dir / "sources" / f"{source}.yaml"),
                                      message=f"no source {source!r} with a text in {content_dir / 'sources'}",
                                      hint=("known sources: " + ", ".join(sources)) if sources
                                      else "add one with `factsheet source add <file> --id <id>`")])
    return known, text.text
