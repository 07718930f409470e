"""What validation hands on: each document with the model it passed, and every source's text."""
from __future__ import annotations

from dataclasses import dataclass

from generator.content.load import Document
from generator.content.schema import Strict


@dataclass(frozen=True)
class Valid:
    """A document whose data passed its schema."""

    doc: Document
    model: Strict


@dataclass(frozen=True)
class Checked:
    """The outcome of validation: every entity's model, and every source's text."""

    briefing: Valid
    entities: dict[str, Valid]
    """Every entity by its id; ids are unique across kinds."""
    texts: dict[str, str]
    """Each source's normalised text, by source id."""
    raw_texts: dict[str, str]
    """Each source's text as written, by source id."""
    positions: dict[tuple[str, str], int]
    """Where each excerpt starts in its normalised source, by (source id, excerpt)."""
