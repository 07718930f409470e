"""`factsheet draft`: propose a whole briefing from one article, for an editor to review.

The stages, one module or package each: text (sentences, quotations), gazetteer (what the rules know),
organisations, people, actors (who a sentence talks about), quotes, meetings, commitments (with items:
what is given, its number and its sum), event,
summary (topics, statements, briefing), analyse (all of them in turn), output (files) and review
(`--accept`).
"""
from __future__ import annotations

from pathlib import Path

from generator.editing.draft.analyse import analyse, draft_source
from generator.editing.draft.model import Draft
from generator.editing.draft.output import MENTIONS, draft_files, render_draft, write_draft
from generator.editing.draft.review import accept

__all__ = ["MENTIONS", "Draft", "accept", "analyse", "draft_files", "draft_source", "render_draft", "run",
           "summary_line", "write_draft"]


def run(content_dir: Path, source: str, out_dir: Path | None) -> tuple[Draft, str]:
    """Draft `source`; write the files under `out_dir`, or return them as one text to print."""
    draft = draft_source(content_dir, source)
    files = draft_files(draft, content_dir)
    if out_dir is None:
        return draft, render_draft(files)
    write_draft(files, out_dir, content_dir)
    return draft, ""


def summary_line(draft: Draft) -> str:
    return (f"{len(draft.quotes)} quotes ({len(draft.unresolved)} to review), {len(draft.people)} people, "
            f"{len(draft.organisations)} countries and organisations, {len(draft.meetings)} meetings, "
            f"{len(draft.commitments)} commitments, {'1 event' if draft.event else 'no event'}.")
