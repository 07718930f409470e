"""The JSON Schema of each kind of content file, generated from the pydantic models in schema.py: each
kind's YAML file, and the front matter of a page in Markdown (`pages`)."""
from __future__ import annotations

import json
from typing import Any

from generator.content.kinds import MODELS
from generator.content.load import PROSE_FOLDER
from generator.content.schema import Page, Strict

SCHEMA_FOLDER = "schema"
"""Where the schemas are published in the site: schema/<kind>.json."""
SCHEMA_MODELS: dict[str, type[Strict]] = {**MODELS, PROSE_FOLDER: Page}
"""Every model a content file is checked against, by the name of its schema."""


def schema_for(kind: str) -> dict[str, Any]:
    """The JSON Schema of one kind of content file (`briefing` for content/briefing.yaml)."""
    schema = SCHEMA_MODELS[kind].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema.setdefault("title", SCHEMA_MODELS[kind].__name__)
    return schema


def schema_path(kind: str) -> str:
    """The schema's path inside the site."""
    return f"{SCHEMA_FOLDER}/{kind}.json"


def all_schemas() -> dict[str, bytes]:
    """Every kind's schema as file contents, by site path, in a stable form."""
    return {schema_path(kind): (json.dumps(schema_for(kind), indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
            for kind in SCHEMA_MODELS}
