"""What a draft proposes: one frozen record per fact, each with the excerpts it rests on and a note
for the editor on why it was proposed and how sure the rule is."""
from __future__ import annotations

from dataclasses import dataclass, field

from generator.editing.draft.text import Span

SURE = "sure"
LIKELY = "likely"
UNSURE = "unsure"
"""How sure a rule is: sure (the text says it in so many words), likely (a rule read it from the
grammar), unsure (a guess the editor must check; such fields are left empty and marked REVIEW)."""


@dataclass(frozen=True)
class Organisation:
    """A country, organisation or group the text names."""

    id: str
    name: str
    type: str
    known: bool
    """True when content/ has this id already: nothing is written for it."""
    excerpt: str
    """The sentence that first names it."""
    forms: tuple[str, ...] = ()
    """The forms the text uses for it: "U.K.", "British"."""
    members: tuple[str, ...] = ()
    """Ids of the members the text lists for it."""
    why: str = ""
    spans: tuple[Span, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Person:
    """A person the text names, with the role it gives them."""

    id: str
    name: str
    known: bool
    excerpt: str
    """The sentence that introduces them."""
    title: str = ""
    """The whole role title, without the country word: "Prime Minister", "European Commissioner for Energy Security"."""
    organisation: str = ""
    """Id of the country or organisation of the role, where the text makes it plain."""
    why: str = ""
    spans: tuple[Span, ...] = field(default=(), compare=False, repr=False)
    """Every place the text names them, each with the title right before the name when there is one."""
    aliases: tuple[str, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Quote:
    id: str
    text: str
    speaker: str | None
    """The speaker's id; None when anonymous or unclear (see `anonymous`)."""
    anonymous: bool
    """True when the text gives the words to someone it does not name ("an official said")."""
    why: str
    excerpts: tuple[str, ...]
    channel: str = ""
    existing: str = ""
    """The id of a quote in content/ with the same words."""
    sentence: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Participant:
    person: str = ""
    organisation: str = ""
    role: str = ""
    represents: tuple[str, ...] = ()

    @property
    def party(self) -> str:
        return self.person or self.organisation


@dataclass(frozen=True)
class Outcome:
    kind: str
    text: str
    by: tuple[str, ...]
    receivers: tuple[str, ...]
    excerpt: str


@dataclass(frozen=True)
class Meeting:
    id: str
    title: str
    participants: tuple[Participant, ...]
    excerpts: tuple[str, ...]
    why: str
    topics: tuple[str, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    existing: str = ""
    sentence: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Item:
    name: str
    quantity: int | None = None
    category: str = ""


@dataclass(frozen=True)
class Commitment:
    id: str
    text: str
    givers: tuple[str, ...]
    receivers: tuple[str, ...]
    status: str
    items: tuple[Item, ...]
    wordings: tuple[str, ...]
    """The item as the text words it, each way: for matching and for the editor."""
    excerpts: tuple[str, ...]
    why: str
    type: str = ""
    value: tuple[str, str] | None = None
    """(amount, currency) where the text states a sum."""
    announced_by: str = ""
    channel: str = ""
    meeting: str = ""
    receiver_inferred: bool = False
    sentence: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Event:
    id: str
    name: str
    location: str
    excerpt: str
    why: str
    date: str = ""
    known: bool = False


@dataclass(frozen=True)
class Topic:
    id: str
    name: str
    excerpt: str
    aid_priority: bool = False
    known: bool = False


@dataclass(frozen=True)
class Statement:
    id: str
    text: str
    by: str
    excerpt: str
    why: str


@dataclass(frozen=True)
class Briefing:
    title: str
    summary: str
    summary_excerpt: str
    key_facts: tuple[tuple[str, str], ...]
    """(text, excerpt) of each key fact."""


@dataclass(frozen=True)
class Draft:
    """Everything proposed from one source."""

    source: str
    event: Event | None
    people: tuple[Person, ...]
    organisations: tuple[Organisation, ...]
    quotes: tuple[Quote, ...]
    meetings: tuple[Meeting, ...]
    commitments: tuple[Commitment, ...]
    topics: tuple[Topic, ...]
    statements: tuple[Statement, ...]
    briefing: Briefing | None

    @property
    def unresolved(self) -> tuple[Quote, ...]:
        return tuple(q for q in self.quotes if q.speaker is None)

    def name_of(self, ident: str) -> str:
        names = {p.id: p.name for p in self.people} | {o.id: o.name for o in self.organisations}
        return names.get(ident, ident)
