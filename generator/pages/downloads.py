"""The data downloads: the whole model as facts.json, one CSV per kind, and the content's JSON Schemas.

All are made from the same resolved Briefing as the pages, so a reader can reuse the facts without
scraping. Both formats read back (`read_facts`, `read_csv`) into the very schema models the build
validated: that round trip is what the tests check.

In a CSV, each top-level field is a column. Text, dates and numbers are written as they are; lists
and nested records (roles, participants, evidence) are written as JSON in their cell; a field the
facts do not give is an empty cell.
"""
from __future__ import annotations

import csv
import io
import json
import operator
from dataclasses import dataclass
from typing import Any, NamedTuple

from generator.content.jsonschema import all_schemas
from generator.content.kinds import FOLDERS, MODELS
from generator.content.model import Briefing, Entity
from generator.content.schema import Briefing as BriefingInfo
from generator.content.schema import Strict, is_structured

DATA_FOLDER = "data"
"""Where facts.json and the CSVs are published in the site."""
FACTS = f"{DATA_FOLDER}/facts.json"
FORMAT = "factsheet/1"
"""Names the layout of facts.json, so a reader can tell if it changes."""


@dataclass(frozen=True)
class Download:
    """One file of the downloads."""

    path: str
    """Its path inside the site, such as `data/people.csv`."""
    group: str
    """`facts`, `csv` or `schema`: the footer lists each group together."""
    label: str
    """What to call it in a link."""
    content: bytes


def csv_path(kind: str) -> str:
    return f"{DATA_FOLDER}/{kind}.csv"


def downloads(briefing: Briefing, memo: DownloadMemo | None = None) -> tuple[Download, ...]:
    """Every download file, in the order the footer lists them.

    With a `memo` kept from the last call, only the entities that changed are written again: see
    DownloadMemo. The files are the same to the byte."""
    if memo is None:
        facts = facts_json(briefing)
        tables = {kind: kind_csv(briefing, kind) for kind in FOLDERS if briefing.of_kind(kind)}
        schemas = all_schemas()
    else:
        facts, tables, schemas = memo.files(briefing)
    files = [Download(FACTS, "facts", "all facts as JSON", facts)]
    files += [Download(csv_path(kind), "csv", kind, content) for kind, content in tables.items()]
    files += [Download(path, "schema", path.removeprefix("schema/").removesuffix(".json"), content)
              for path, content in schemas.items()]
    return tuple(files)


def _dump(model: Strict) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude_none=True)


def facts_json(briefing: Briefing) -> bytes:
    """The whole briefing: its summary, every entity with its evidence, and the source texts."""
    data = {
        "format": FORMAT,
        "briefing": _dump(briefing.info),
        "entities": {kind: [_fact(e) for e in briefing.of_kind(kind)]
                     for kind in FOLDERS if briefing.of_kind(kind)},
        "source_texts": dict(sorted(briefing.source_texts.items())),
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _fact(entity: Entity) -> dict[str, Any]:
    return {"id": entity.id, **_dump(entity.data)}


def kind_csv(briefing: Briefing, kind: str) -> bytes:
    """One row per entity of `kind`, with a column for the id and for each field of its model."""
    fields = list(MODELS[kind].model_fields)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["id", *fields])
    for entity in briefing.of_kind(kind):
        writer.writerow(_row(entity, fields))
    return out.getvalue().encode("utf-8")


def _row(entity: Entity, fields: list[str]) -> list[str]:
    dumped = entity.data.model_dump(mode="json")
    return [entity.id, *(_cell(dumped[name]) for name in fields)]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


ENTITY_INDENT = b"\n" + b" " * 3
"""An entity's item stands three levels deep in facts.json (the file, `entities`, its kind's list).
JSON holds no raw newline inside a string, so indenting each line of the item dumped alone puts it there."""


class _Kind(NamedTuple):
    """One kind's entities as the downloads write them."""

    entities: tuple[Entity, ...]
    written: dict[str, tuple[Entity, bytes, bytes]]
    """Each entity's item of facts.json (indented for its place) and line of the CSV, by id."""
    facts: list[bytes]
    """The kind's list in facts.json, in pieces: its items and what stands between them."""
    table: bytes
    """The kind's CSV."""


class DownloadMemo:
    """What the downloads wrote for each entity, kept between builds so that an edit costs only what it changed.

    It relies on what the preview's model guarantees: an entity that did not change is the same
    Entity object from build to build, and a changed one is a new object. Anything else (entities
    added, removed, reordered) is found by that identity too and simply written again. The files are
    put together from the kept pieces in the order of `briefing.of_kind`, as `facts_json` and
    `kind_csv` write them whole; ids no longer in the briefing are dropped at each call.
    """

    def __init__(self) -> None:
        self._kinds: dict[str, _Kind] = {}
        self._info: tuple[BriefingInfo, bytes] | None = None
        self._texts: dict[str, tuple[str, bytes]] = {}
        self._schemas = all_schemas()
        """Made from the code alone: the same for the whole session."""

    def files(self, briefing: Briefing) -> tuple[bytes, dict[str, bytes], dict[str, bytes]]:
        """facts.json, the CSV of each kind that has entities, and the schemas by path."""
        kinds = {}
        for kind in FOLDERS:
            entities = briefing.of_kind(kind)
            if entities:
                kept = self._kinds.get(kind)
                # The same objects in the same order: nothing of this kind to write again.
                if kept is None or len(kept.entities) != len(entities) or not all(map(operator.is_, kept.entities, entities)):
                    kept = _write_kind(kind, entities, kept.written if kept else {})
                kinds[kind] = kept
        # One join of every piece: facts.json is large enough that each copy of it counts.
        facts = b"".join([b'{\n "format": ', _json(FORMAT), b',\n "briefing": ', self._briefing_info(briefing.info),
                          b',\n "entities": ', *_json_object([(kind, kept.facts) for kind, kept in kinds.items()]),
                          b',\n "source_texts": ', *self._source_texts(briefing.source_texts), b"\n}\n"])
        self._kinds = kinds
        return facts, {kind: kept.table for kind, kept in kinds.items()}, self._schemas

    def _briefing_info(self, info: BriefingInfo) -> bytes:
        if self._info is None or self._info[0] is not info:
            dumped = json.dumps(_dump(info), ensure_ascii=False, indent=1).encode("utf-8")
            self._info = (info, dumped.replace(b"\n", b"\n "))
        return self._info[1]

    def _source_texts(self, texts: dict[str, str]) -> list[bytes]:
        kept, self._texts = self._texts, {}
        for ident, text in sorted(texts.items()):
            pair = kept.get(ident)
            self._texts[ident] = pair if pair is not None and pair[0] == text else (text, _json(text))
        return _json_object([(ident, [dumped]) for ident, (_, dumped) in self._texts.items()])


def _write_kind(kind: str, entities: tuple[Entity, ...], kept: dict[str, tuple[Entity, bytes, bytes]]) -> _Kind:
    """A kind's part of the downloads, reusing what `kept` holds for the same Entity objects."""
    fields = list(MODELS[kind].model_fields)
    written = {}
    items, rows = [], [_csv_line(["id", *fields])]
    for entity in entities:
        pieces = kept.get(entity.id)
        if pieces is None or pieces[0] is not entity:
            fact = json.dumps(_fact(entity), ensure_ascii=False, indent=1).encode("utf-8")
            pieces = (entity, fact.replace(b"\n", ENTITY_INDENT), _csv_line(_row(entity, fields)))
        written[entity.id] = pieces
        items.append(pieces[1])
        rows.append(pieces[2])
    listed = [b"," + ENTITY_INDENT] * (2 * len(items) - 1)  # a comma and a new line between each two items
    listed[::2] = items
    return _Kind(entities, written, [b"[" + ENTITY_INDENT, *listed, b"\n  ]"], b"".join(rows))


def _json(value: str) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _json_object(members: list[tuple[str, list[bytes]]]) -> list[bytes]:
    """A JSON object at the top level of facts.json, of values already dumped in pieces, in pieces
    to join, as json.dumps(indent=1) writes it."""
    if not members:
        return [b"{}"]
    pieces = [b"{"]
    for key, value in members:
        pieces += (b"\n  ", _json(key), b": ", *value, b",")
    pieces[-1] = b"\n }"
    return pieces


def _csv_line(cells: list[str]) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerow(cells)
    return out.getvalue().encode("utf-8")


def read_facts(content: bytes) -> tuple[Strict, dict[str, dict[str, Strict]]]:
    """facts.json read back: the briefing model, and each kind's models by id."""
    data = json.loads(content)
    if data.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} facts file")
    entities = {kind: {item["id"]: MODELS[kind].model_validate({k: v for k, v in item.items() if k != "id"})
                       for item in items}
                for kind, items in data["entities"].items()}
    return MODELS["briefing"].model_validate(data["briefing"]), entities


def read_csv(kind: str, content: bytes) -> dict[str, Strict]:
    """One kind's CSV read back into its models, by id."""
    model = MODELS[kind]
    rows = csv.DictReader(io.StringIO(content.decode("utf-8"), newline=""))
    found: dict[str, Strict] = {}
    for row in rows:
        ident = row.pop("id")
        values: dict[str, Any] = {}
        for name, cell in row.items():
            if cell == "":
                continue
            values[name] = json.loads(cell) if cell[:1] in "[{" and is_structured(model.model_fields[name].annotation) else cell
        found[ident] = model.model_validate(values)
    return found
