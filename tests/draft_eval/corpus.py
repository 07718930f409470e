"""Drafting each article of the corpus alone, in a temporary content folder, and turning the draft
into the shape of an expected file."""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import yaml

from generator.editing.draft import Draft, draft_source
from tests.draft_eval.score import Tally, score

CORPUS = Path(__file__).resolve().parent.parent / "draft_corpus"
HALVES = ("tune", "holdout")


def articles(half: str) -> list[Path]:
    return sorted((CORPUS / half).glob("*.txt"))


def draft_article(text_file: Path) -> Draft:
    """The draft of one article, made from a content folder that holds that source alone."""
    with tempfile.TemporaryDirectory() as scratch:
        content = Path(scratch) / "content"
        (content / "sources").mkdir(parents=True)
        ident = text_file.stem
        (content / "sources" / f"{ident}.yaml").write_text(f"title: {ident}\n", encoding="utf-8")
        (content / "sources" / f"{ident}.txt").write_text(text_file.read_text(encoding="utf-8"), encoding="utf-8")
        return draft_source(content, ident)


def proposals(draft: Draft) -> dict[str, Any]:
    """The draft in the terms of an expected file."""
    name = draft.name_of
    return {
        "event": {"location": draft.event.location} if draft.event else None,
        "people": [{"name": p.name, "title": p.title or None} for p in draft.people],
        "organisations": [{"name": o.name} for o in draft.organisations],
        "quotes": [{"text": q.text, "speaker": name(q.speaker) if q.speaker else None} for q in draft.quotes],
        "meetings": [{"participants": [name(p.party) for p in m.participants]} for m in draft.meetings],
        "commitments": [{"givers": [name(g) for g in c.givers], "receivers": [name(r) for r in c.receivers],
                         "item": list(c.wordings)} for c in draft.commitments],
    }


def score_half(half: str) -> dict[str, Tally]:
    """Every kind's tally over one half of the corpus."""
    totals: dict[str, Tally] = {}
    for text_file in articles(half):
        expected = yaml.safe_load(text_file.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
        for kind, tally in score(proposals(draft_article(text_file)), expected).items():
            if half != "tune":
                tally.misses = []  # the holdout half is scored, never looked at
            else:
                tally.misses = [f"{text_file.stem}: {m}" for m in tally.misses]
            totals.setdefault(kind, Tally()).add(tally)
    return totals
