"""The one walk over a validated model: every field of it and of the models inside it, in order.

Validation checks references and excerpts with it, the model indexes back-references with it, and
search gathers words with it, so all three see the same fields in the same order.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from pydantic import BaseModel

from generator.content.schema import Evidence, ref_kinds_of

Location = tuple[str | int, ...]


class Field(NamedTuple):
    """One field met on the walk."""

    loc: Location
    """Where it is in the file's data, such as ("participants", 0, "person")."""
    name: str
    value: Any
    owner: BaseModel
    """The model the field belongs to."""

    @property
    def items(self) -> list[Any]:
        """The field's values: the list itself, or the one value."""
        return self.value if isinstance(self.value, list) else [self.value]

    @property
    def ref_kinds(self) -> tuple[str, ...] | None:
        """The kinds the field refers to, if it holds ids."""
        return ref_kinds_of(type(self.owner), self.name)


def walk(model: BaseModel, loc: Location = ()) -> Iterator[Field]:
    """Every field, each before the fields of the models it holds."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        yield Field((*loc, name), name, value, model)
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from walk(item, (*loc, name, index))
        elif isinstance(value, BaseModel):
            yield from walk(value, (*loc, name))


def references(model: BaseModel) -> set[str]:
    """Every id the model names, in any field, at any depth."""
    return {item for field in walk(model) if field.value is not None and field.ref_kinds
            for item in field.items if isinstance(item, str)}


def evidence_of(model: BaseModel) -> list[Evidence]:
    """Every excerpt the model rests on, its nested facts' included, in the order they are written."""
    return [item for field in walk(model) if isinstance(field.value, (list, Evidence))
            for item in field.items if isinstance(item, Evidence)]
