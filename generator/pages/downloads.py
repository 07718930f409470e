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
from dataclasses import dataclass
from typing import Any

from generator.content.jsonschema import all_schemas
from generator.content.kinds import FOLDERS, MODELS
from generator.content.model import Briefing
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


def downloads(briefing: Briefing) -> tuple[Download, ...]:
    """Every download file, in the order the footer lists them."""
    files = [Download(FACTS, "facts", "all facts as JSON", facts_json(briefing))]
    files += [Download(csv_path(kind), "csv", kind, kind_csv(briefing, kind))
              for kind in FOLDERS if briefing.of_kind(kind)]
    files += [Download(path, "schema", path.removeprefix("schema/").removesuffix(".json"), content)
              for path, content in all_schemas().items()]
    return tuple(files)


def _dump(model: Strict) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude_none=True)


def facts_json(briefing: Briefing) -> bytes:
    """The whole briefing: its summary, every entity with its evidence, and the source texts."""
    data = {
        "format": FORMAT,
        "briefing": _dump(briefing.info),
        "entities": {kind: [{"id": e.id, **_dump(e.data)} for e in briefing.of_kind(kind)]
                     for kind in FOLDERS if briefing.of_kind(kind)},
        "source_texts": dict(sorted(briefing.source_texts.items())),
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def kind_csv(briefing: Briefing, kind: str) -> bytes:
    """One row per entity of `kind`, with a column for the id and for each field of its model."""
    fields = list(MODELS[kind].model_fields)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["id", *fields])
    for entity in briefing.of_kind(kind):
        dumped = entity.data.model_dump(mode="json")
        writer.writerow([entity.id, *(_cell(dumped[name]) for name in fields)])
    return out.getvalue().encode("utf-8")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


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
