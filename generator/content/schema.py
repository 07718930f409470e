"""The content schema: one frozen pydantic model per kind of YAML file, each field documented.

Validation and the JSON Schema that editors use both come from these models. Every scalar arrives
as a string (see load.py); the types here decide what each string must look like.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic.fields import FieldInfo

from generator.content.ids import ID_REGEX, MAX_ID_LENGTH

DATE_REGEX = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
"""A date with the precision the source gives: 2025, 2025-06 or 2025-06-24."""
URL_REGEX = r"^(?:https?://[^\s<>\"'`\\]+|mailto:[^\s<>\"'`\\]+)$"
"""Only https, http and mailto, in lowercase, with nothing that could leave an HTML attribute."""
TEXT_FILE_REGEX = r"^[a-z0-9]+(?:-[a-z0-9]+)*\.txt$"


@dataclass(frozen=True)
class RefTo:
    """Marks a field whose value is the id of another entity, of one of `kinds`."""

    kinds: tuple[str, ...]


def _check_date(value: str) -> str:
    parts = [int(p) for p in value.split("-")]
    try:
        _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise ValueError(f"{value!r} is not a real date") from None
    return value


def _parse_int(value: Any) -> Any:
    if isinstance(value, str) and not re.fullmatch(r"[0-9]{1,6}", value):
        raise ValueError("expected a whole number such as 1 or 2")
    return int(value) if isinstance(value, str) else value


def _parse_quantity(value: Any) -> Any:
    if isinstance(value, str) and not re.fullmatch(r"[1-9][0-9]{0,11}", value):
        raise ValueError("expected a whole number of units such as 30, written without commas or spaces")
    return int(value) if isinstance(value, str) else value


def _parse_bool(value: Any) -> Any:
    if value in ("true", "false"):
        return value == "true"
    if isinstance(value, bool):
        return value
    raise ValueError("expected true or false")


Text = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=300)]
PartialDate = Annotated[
    str,
    StringConstraints(pattern=DATE_REGEX),
    AfterValidator(_check_date),
    Field(description="A date with the precision the source gives: 2025, 2025-06 or 2025-06-24."),
]
Url = Annotated[
    str,
    StringConstraints(pattern=URL_REGEX, max_length=2000),
    Field(description="An https, http or mailto URL."),
]
Order = Annotated[int, BeforeValidator(_parse_int), Field(ge=0, le=999_999)]
Flag = Annotated[bool, BeforeValidator(_parse_bool)]
Quantity = Annotated[int, BeforeValidator(_parse_quantity), Field(ge=1)]
Amount = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9]{1,15}(\.[0-9]{1,4})?$"),
    Field(description="An amount in figures, without separators: 500000000 or 1.5."),
]
Currency = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z]{3}$"),
    Field(description="An ISO 4217 currency code, such as EUR, USD or GBP."),
]
Channel = Annotated[
    str,
    StringConstraints(min_length=1, max_length=100),
    Field(description='Where words were said or written, as the source gives it: "a press conference", '
                      '"Telegram", "X", "the meeting".'),
]


# The types of fields that name another entity by its id. Written out so that mypy sees plain str.
_ID = StringConstraints(pattern=ID_REGEX, max_length=MAX_ID_LENGTH)
SourceRef = Annotated[str, _ID, RefTo(("sources",))]
EventRef = Annotated[str, _ID, RefTo(("events",))]
MeetingRef = Annotated[str, _ID, RefTo(("meetings",))]
PersonRef = Annotated[str, _ID, RefTo(("people",))]
OrganisationRef = Annotated[str, _ID, RefTo(("organisations",))]
TopicRef = Annotated[str, _ID, RefTo(("topics",))]
ActorRef = Annotated[str, _ID, RefTo(("people", "organisations"))]


class Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True,
                              str_strip_whitespace=False, hide_input_in_errors=True)


class Evidence(Strict):
    """Where a fact comes from: a verbatim excerpt of a source."""

    source: SourceRef
    """Id of the source, a file in content/sources/."""
    excerpt: Text
    """Words copied exactly from the source text (spacing, quote marks and invisible characters may differ)."""


Evidences = Annotated[list[Evidence], Field(min_length=1)]


class Fact(Strict):
    """A sentence in the briefing's own words, resting on evidence."""

    text: Text
    """The fact, stated plainly."""
    evidence: Evidences
    """The excerpts it rests on."""


class Briefing(Strict):
    """The site's front page: content/briefing.yaml. Its title is the name readers see on every page.
    With briefings in content/briefings/, it introduces the desk, and each briefing has its own page."""

    title: Name
    """The briefing's title (or the desk's, with several briefings): the site's name on every page."""
    summary: Fact | None = None
    """A short summary of what happened, with its evidence; a new briefing has none yet."""
    key_facts: list[Fact] = []
    """The facts a reader should take away first, shown in a box on the home page."""
    event: EventRef | None = None
    """The event the briefing is about, if there is one main event."""


class Brief(Strict):
    """One briefing among several: content/briefings/<id>.yaml, about an event or a sequence of events.
    Its meetings, quotes, statements and commitments are those of its events; people, countries and
    topics are shared by every briefing."""

    title: Name
    """The briefing's title, such as "The foreign ministers' talks in Geneva"."""
    summary: Fact | None = None
    """A short summary of what happened, with its evidence."""
    key_facts: list[Fact] = []
    """The facts a reader should take away first."""
    events: Annotated[list[EventRef], Field(min_length=1)]
    """Ids of the events it covers; an event belongs to one briefing, and its smaller events with it."""


class Source(Strict):
    """A source article; its text is the .txt file of the same id, or `text_file`."""

    title: Name | None = None
    """The article's headline, if known."""
    outlet: Name | None = None
    """Who published it, if known."""
    url: Url | None = None
    """Where it was published, if known."""
    published: PartialDate | None = None
    """When it was published, if known."""
    text_file: Annotated[str, StringConstraints(pattern=TEXT_FILE_REGEX)] | None = None
    """The file in content/sources/ that holds its text; by default the id followed by .txt."""
    note: Text | None = None
    """Anything an editor should know about the source, such as what it leaves out."""


class Event(Strict):
    """An event, such as a summit, within which meetings take place."""

    name: Name
    """The event's name."""
    summary: Text | None = None
    """What the event was, in a sentence."""
    location: Name | None = None
    """Where it took place, as the source gives it."""
    date: PartialDate | None = None
    """When it took place (its first day, for an event of several days), if the source says."""
    end_date: PartialDate | None = None
    """Its last day, for an event that spans several, if the source says."""
    organiser: OrganisationRef | None = None
    """The organisation that held it, if the source says."""
    part_of: EventRef | None = None
    """A larger event this one belongs to."""
    evidence: Evidences
    """The excerpts the event rests on."""

    @field_validator("end_date")
    @classmethod
    def _ends_after_it_starts(cls, end_date: str | None, info: ValidationInfo) -> str | None:
        start = info.data.get("date")
        if end_date is not None and start is None:
            raise ValueError("an end_date needs a date: the first day")
        if end_date is not None and start is not None and end_date < start:
            raise ValueError(f"the event ends ({end_date}) before it starts ({start})")
        return end_date


class Participant(Strict):
    """One party to a meeting: a named person, or an organisation whose people the source does not name."""

    person: PersonRef | None = None
    """Id of the person who took part."""
    organisation: OrganisationRef | None = None
    """Id of an organisation or country taking part when the source names no person for it."""
    role: Name | None = None
    """How the source describes their part, such as "the leaders of the group"."""
    represents: list[OrganisationRef] = []
    """Ids of the countries or organisations the person spoke for at this meeting."""

    @property
    def party(self) -> str:
        """The id of the person, or of the organisation, who took part."""
        return self.person or self.organisation or ""

    @model_validator(mode="after")
    def _one_party(self) -> Participant:
        if (self.person is None) == (self.organisation is None):
            raise ValueError("give exactly one of 'person' or 'organisation'")
        return self


class Outcome(Strict):
    """Something asked, offered or agreed at a meeting."""

    kind: Literal["asked", "offered", "agreed", "thanked", "discussed"]
    """What sort of outcome it is."""
    text: Text
    """What was asked, offered or agreed, stated plainly."""
    by: list[ActorRef] = []
    """Ids of the people or organisations who asked, offered or agreed it."""
    receivers: list[OrganisationRef] = []
    """Ids of the countries or organisations it is for, where the source says (Ukraine, say)."""
    topics: list[TopicRef] = []
    """Ids of the topics it concerns."""
    evidence: Evidences
    """The excerpts it rests on."""


class Meeting(Strict):
    """A meeting within an event: who took part, what they discussed, and what came of it."""

    title: Name
    """A short title, such as "The prime minister meets the Nordic leaders"."""
    event: EventRef
    """Id of the event it was part of."""
    summary: Text | None = None
    """What the meeting was about, in a sentence or two."""
    date: PartialDate | None = None
    """When it took place, if the source says."""
    order: Order | None = None
    """Where to list it among the event's meetings when no date orders them (1 comes first)."""
    participants: Annotated[list[Participant], Field(min_length=1)]
    """Who took part."""
    topics: list[TopicRef] = []
    """Ids of the topics discussed."""
    outcomes: list[Outcome] = []
    """What was asked, offered or agreed."""
    evidence: Evidences
    """The excerpts that the meeting, its participants and topics rest on."""


class Role(Strict):
    """A position a person holds, as the source gives it."""

    title: Name
    """The position, such as "Prime Minister"."""
    organisation: OrganisationRef | None = None
    """Id of the country or organisation the position is in."""
    note: Text | None = None
    """A qualifier the source gives, such as "newly appointed"."""
    evidence: Evidences
    """The excerpts that give the role."""


class Person(Strict):
    """A person named in a source."""

    name: Name
    """The person's name as the source writes it."""
    roles: list[Role] = []
    """The positions the source gives them."""
    evidence: Evidences
    """The excerpts that name the person."""


class Organisation(Strict):
    """A country, an organisation, or a group of either."""

    name: Name
    """Its name, such as "Germany" or "NATO"."""
    type: Literal["country", "organisation", "group"]
    """country, organisation (such as an alliance), or group (an informal set of members)."""
    full_name: Name | None = None
    """A longer name, if the source gives one."""
    members: list[OrganisationRef] = []
    """Ids of its members, as far as the source names them."""
    evidence: Evidences
    """The excerpts that name it."""


class Topic(Strict):
    """A subject discussed, or an aid priority."""

    name: Name
    """The topic's name, such as "Air defence"."""
    summary: Text | None = None
    """What the topic covers, in a sentence."""
    parent: TopicRef | None = None
    """Id of a broader topic this one belongs to."""
    aid_priority: Flag = False
    """true when the topic is a priority for aid; shown in the home page's list of aid priorities."""
    evidence: Evidences
    """The excerpts that raise the topic."""


class Quote(Strict):
    """Words someone said, copied exactly from the source."""

    text: Text
    """The quote, word for word; the build checks it against its evidence."""
    speaker: PersonRef
    """Id of the person who said it."""
    event: EventRef | None = None
    """Id of the event where it was said."""
    meeting: MeetingRef | None = None
    """Id of the meeting where it was said, only where the source makes that clear; its speaker must
    be one of the meeting's participants."""
    about_meeting: MeetingRef | None = None
    """Id of a meeting the words are about but were not said at (a post written after it, say)."""
    channel: Channel | None = None
    """Where the words were said or written, where the source says: a press conference, Telegram, X."""
    addressed_to: list[ActorRef] = []
    """Ids of the people or organisations it was said to, where the source says."""
    topics: list[TopicRef] = []
    """Ids of the topics it touches."""
    evidence: Evidences
    """The excerpts holding the quote and its attribution."""


class Statement(Strict):
    """Any other fact: something a source reports, in the briefing's own words."""

    text: Text
    """The fact, stated plainly."""
    by: ActorRef | None = None
    """Id of the person or organisation who made the statement, if it is one."""
    about: list[ActorRef] = []
    """Ids of the people, countries or organisations it is about."""
    event: EventRef | None = None
    """Id of the event it belongs to."""
    meeting: MeetingRef | None = None
    """Id of the meeting it belongs to, where the source makes that clear."""
    about_meeting: MeetingRef | None = None
    """Id of a meeting it is about but was not made at (a post written after it, say)."""
    channel: Channel | None = None
    """Where it was said or written, where the source says: a press conference, Telegram, X."""
    topics: list[TopicRef] = []
    """Ids of the topics it touches."""
    evidence: Evidences
    """The excerpts it rests on."""


AidType = Literal["military", "financial", "humanitarian"]
"""The three types of aid the Kiel Institute's Ukraine Support Tracker counts."""
Status = Literal["asked", "pledged", "agreed", "signed", "delivered"]
"""How far along a commitment is, in the order it gets there."""
Category = Literal["air defence", "aircraft", "ammunition", "armour", "artillery", "drones", "missiles", "naval",
                   "small arms", "equipment", "training", "intelligence", "financial", "humanitarian", "energy",
                   "reconstruction", "other"]
"""What kind of thing an item is, so that items add up across briefings."""
AID_TYPES: tuple[str, ...] = get_args(AidType)
STATUSES: tuple[str, ...] = get_args(Status)
CATEGORIES: tuple[str, ...] = get_args(Category)
STATUS_MEANINGS = {
    "asked": "the receiver asked for it; no giver has committed to it",
    "pledged": "a giver promised or announced it",
    "agreed": "the parties agreed on it, at a meeting or in talks",
    "signed": "a written agreement on it was signed",
    "delivered": "it was provided, or is being provided",
}


class Item(Strict):
    """One thing given, as the source names it."""

    name: Name
    """What it is, in the source's words, without the number: "armoured vehicles"."""
    quantity: Quantity | None = None
    """How many units, only where the source gives a number: 30."""
    unit: Name | None = None
    """What the quantity counts, where the name does not say: "rounds", "systems", "tonnes"."""
    category: Category | None = None
    """What kind of thing it is."""


class Money(Strict):
    """A sum of money, exactly as the source states it: never converted, never estimated."""

    amount: Amount
    """The amount in figures: 500 million is 500000000."""
    currency: Currency
    """Its currency, as an ISO 4217 code: EUR, USD, GBP."""


class Commitment(Strict):
    """Aid: who gives what to whom, and how far along it is. One file per pledge, agreement or delivery."""

    text: Text
    """The commitment, stated plainly in the briefing's words."""
    givers: list[OrganisationRef] = []
    """Ids of the countries, organisations or groups that give (or are asked to give); only a request
    may leave them out, when the source names no one it is made of ("appealed to donors for tents")."""
    receivers: list[OrganisationRef] = []
    """Ids of the countries or organisations it is for."""
    status: Status
    """How far along it is: asked (the receiver asked, no giver committed), pledged (a giver promised
    or announced it), agreed (the parties agreed on it), signed (a written agreement was signed),
    delivered (it was or is being provided)."""
    type: AidType | None = None
    """military, financial or humanitarian, where the source makes it plain."""
    items: list[Item] = []
    """What is given, item by item, where the source names it."""
    value: Money | None = None
    """Its value, only where the source states a sum."""
    date: PartialDate | None = None
    """When it was made, with the precision the source gives."""
    event: EventRef | None = None
    """Id of the event where it was made."""
    meeting: MeetingRef | None = None
    """Id of the meeting where it was made."""
    announced_by: ActorRef | None = None
    """Id of the person or organisation who announced it, when that is not the giver itself."""
    channel: Channel | None = None
    """Where it was announced: the meeting, a press conference, a post on Telegram or X."""
    topics: list[TopicRef] = []
    """Ids of the topics it concerns, such as an aid priority it answers."""
    evidence: Evidences
    """The excerpts it rests on."""

    model_config = ConfigDict(json_schema_extra={
        "if": {"properties": {"status": {"not": {"const": "asked"}}}},
        "then": {"required": ["givers"], "properties": {"givers": {"minItems": 1}}}})

    @field_validator("status")
    @classmethod
    def _someone_gives(cls, status: str, info: ValidationInfo) -> str:
        # A pledge, agreement or delivery is always someone's; a request may be made of no one in
        # particular, and an editor records it as the source tells it.
        if info.data.get("givers") == [] and status != "asked":
            raise ValueError(f"a commitment with status '{status}' needs 'givers': the ids of those who give; "
                             "only a request (status: asked) may name no giver")
        return status


def field_ref_kinds(field: FieldInfo) -> tuple[str, ...] | None:
    """The kinds a model field may refer to, if it holds a reference or a list of them."""
    for meta in field.metadata:
        if isinstance(meta, RefTo):
            return meta.kinds
    return ref_kinds(field.annotation)


def ref_kinds(annotation: Any) -> tuple[str, ...] | None:
    """The kinds a type may refer to, if it (or its list's item type) is a reference."""
    if get_origin(annotation) is Annotated:
        for meta in annotation.__metadata__:
            if isinstance(meta, RefTo):
                return meta.kinds
    for arg in get_args(annotation):
        found = ref_kinds(arg)
        if found:
            return found
    return None


@functools.cache
def ref_kinds_of(model_type: type[BaseModel], name: str) -> tuple[str, ...] | None:
    """field_ref_kinds of one field of a model class, worked out once per field: the schema is code,
    fixed for the life of the process, so this cache can never serve stale facts."""
    return field_ref_kinds(model_type.model_fields[name])


def inner_model(annotation: Any) -> type[BaseModel] | None:
    """The model a field's type holds, through lists, Optional and Annotated."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = inner_model(arg)
        if found is not None:
            return found
    return None


def model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class that holds the field at the end of `loc`, a path such as ("outcomes", 0, "by")."""
    current: type[BaseModel] | None = model
    for part in loc:
        if isinstance(part, int):
            continue
        if current is None or part not in current.model_fields:
            return None
        current = inner_model(current.model_fields[part].annotation)
    return current


def list_item_model(annotation: Any) -> type[BaseModel] | None:
    """The model of a list-of-models field (through Annotated, not Optional), else None."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return list_item_model(get_args(annotation)[0])
    if origin is list:
        (arg,) = get_args(annotation)
        return arg if isinstance(arg, type) and issubclass(arg, BaseModel) else None
    return None


def is_structured(annotation: Any) -> bool:
    """Whether a field holds a list or a record, rather than one piece of text."""
    if get_origin(annotation) is list or (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
        return True
    return any(is_structured(arg) for arg in get_args(annotation) if arg is not type(None))


def choices(annotation: Any) -> list[str]:
    """The values a Literal field allows, through Optional and Annotated; [] for any other field."""
    if get_origin(annotation) is Literal:
        return [str(a) for a in get_args(annotation)]
    for arg in get_args(annotation):
        found = choices(arg)
        if found:
            return found
    return []


PageType = Literal["about", "methodology", "corrections", "page"]
"""What a page written in Markdown is for; `about` makes it a schema.org AboutPage, the others a WebPage."""


class Page(Strict):
    """The front matter of a page written in Markdown (content/pages/<id>.md): the fields between the
    two '---' lines at the top of the file. The Markdown below them is the page's text."""

    title: Name
    """The page's title: its heading, and its name in the nav and the footer."""
    description: Name | None = None
    """A sentence on what the page is for, for search engines and link previews; by default the
    start of its text."""
    order: Order | None = None
    """Where the page stands among the pages in the nav and the footer (1 comes first); pages without
    an order follow, by file name."""
    type: PageType = "page"
    """about (who makes the briefing, and why), methodology (how facts are drawn from sources and
    checked), corrections (how mistakes are reported and put right), or page (anything else)."""
