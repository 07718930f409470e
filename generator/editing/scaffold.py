"""`factsheet new <kind> <id>`: a new content file holding the schema line, the required fields
ready to fill in, and a comment explaining every field, taken from the field docstrings in schema.py.
"""
from __future__ import annotations

import textwrap
from pathlib import Path

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from generator.content.ids import MAX_ID_LENGTH, is_id
from generator.content.kinds import FOLDERS, MODELS
from generator.content.load import YAML_SUFFIXES
from generator.content.schema import choices, list_item_model
from generator.editing.editor_schemas import schema_line
from generator.errors import FactsheetError, Problem

WIDTH = 100
"""Comment lines are wrapped to the width the content files use."""


def check_new_id(content_dir: Path, ident: str) -> None:
    """Refuse an id that is malformed or already taken by a file of any kind (ids are unique across kinds)."""
    if not is_id(ident):
        raise FactsheetError([Problem(ident, message=f"invalid id {ident!r}: use lowercase ASCII words joined by "
                                      f"'-', at most {MAX_ID_LENGTH} characters", hint="for example zelensky-meets-rutte")])
    for kind in FOLDERS:
        for suffix in (*YAML_SUFFIXES, ".txt"):
            existing = content_dir / kind / f"{ident}{suffix}"
            if existing.exists():
                raise FactsheetError([Problem(str(existing), message=f"the id {ident!r} is taken by this file",
                                              hint="ids are unique across all kinds; choose another id")])


def new_file(content_dir: Path, kind: str, ident: str) -> Path:
    """Write content/<kind>/<ident>.yaml from the schema, refusing to overwrite anything. `kind` is a
    folder name (see kinds.named for what an editor may type)."""
    check_new_id(content_dir, ident)
    path = content_dir / kind / f"{ident}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as handle:  # "x": never overwrite, even in a race
        handle.write(template(content_dir, kind, path))
    return path


def template(content_dir: Path, kind: str, path: Path) -> str:
    """The text of a new file of `kind`: required fields to fill in, optional ones commented out."""
    model = MODELS[kind]
    lines = [schema_line(content_dir, kind, path)]
    lines += _comment((model.__doc__ or "").strip())
    lines += _comment("Fill in every field below. `factsheet validate` says what is still missing, "
                      "with the line to fix. Optional fields are commented out: to use one, remove the "
                      "'# ' before its name.")
    lines.append("")
    required, optional = _split(model)
    for name, info in required:
        lines += _field(name, info, indent="")
    if optional:
        lines += ["", "# Optional fields:"]
        for name, info in optional:
            lines += [line if line.lstrip().startswith("#") else f"# {line}" for line in _field(name, info, indent="")]
    return "\n".join(lines) + "\n"


def _split(model: type[BaseModel]) -> tuple[list[tuple[str, FieldInfo]], list[tuple[str, FieldInfo]]]:
    fields = list(model.model_fields.items())
    required = [(n, f) for n, f in fields if f.is_required()]
    optional = [(n, f) for n, f in fields if not f.is_required()]
    if not required and optional:  # a file needs one field to be a mapping at all
        required, optional = optional[:1], optional[1:]
    return required, optional


def _field(name: str, info: FieldInfo, indent: str) -> list[str]:
    """The comment and the empty value of one field; a list of models gets one item to fill in."""
    lines = _comment(_explain(info), indent)
    item = list_item_model(info.annotation)
    if item is None:
        return [*lines, f"{indent}{name}:"]
    lines.append(f"{indent}{name}:")
    required, _optional = _split(item)
    for sub, sub_info in required:
        lines += _comment(f"{sub}: {_explain(sub_info)}", indent + "  ")
    for number, (sub, _sub_info) in enumerate(required):
        lines.append(f"{indent}  {'- ' if number == 0 else '  '}{sub}:")
    return lines


def _explain(info: FieldInfo) -> str:
    text = (info.description or "").strip()
    allowed = choices(info.annotation)
    if allowed:
        text += f" One of: {', '.join(allowed)}."
    return text


def _comment(text: str, indent: str = "") -> list[str]:
    return [f"{indent}# {line}" for line in textwrap.wrap(text, WIDTH - len(indent) - 2)] if text else []
