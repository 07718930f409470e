"""Checking and resolving again after an edit: only the documents that changed are validated, their
references and evidence checked, and the last model patched where they stand in it.

The result, or the problems raised, are what a clean `validate` and `build_model` of the same content
give (tests/test_revise.py compares the two after random edits). That holds because the edit is
narrow: `revise` takes only documents modified in place (same files, so the same ids and kinds) and
answers None for anything wider, for which the caller checks everything again:

- a source changed (its text, or which text it names, decides what other files' excerpts match);
- content/briefing.yaml or a source text changed (the caller's reading sees to that);
- an event or a briefing changed, or a fact moved to another meeting or event: which briefing each
  entity belongs to would change;
- an entity's place among its kind changed (a new date or name): the order of every list it is in.

Why the problems are the same: the last content had none, so a problem can only be in a changed
file or in one that disagrees with it; a reference to a file that failed is not reported again (as
`validate` does), so no other file gains one; and the checks across files run over what changed and
what names it, the only entities a new disagreement can involve (see consistency.problems).
"""
from __future__ import annotations

import os
import stat
from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import Path

from generator.content import consistency
from generator.content import evidence as ev
from generator.content.checked import Checked, Valid
from generator.content.files import display_path, is_editor_lock
from generator.content.kinds import FOLDERS
from generator.content.load import YAML_SUFFIXES, Document, RawContent, load_document
from generator.content.model import Briefing, Entity, Excerpt, build_model, entity_of, sort_key
from generator.content.validate import check_references, validate, validate_document
from generator.content.walk import evidence_of, references
from generator.errors import FactsheetError, Problem

KIND_ORDER = {kind: n for n, kind in enumerate(FOLDERS)}
MEMBERSHIP_FIELDS = ("event", "meeting", "about_meeting")
"""The fields that tie a fact to a briefing (see model._memberships)."""


def reread(raw: RawContent, changed: Collection[str], content_dir: Path) -> tuple[RawContent, frozenset[str]] | None:
    """`raw` with the files at `changed` (paths under `content_dir`, POSIX) read again, and the paths
    of the documents read again as Document.path gives them; None unless every change is a YAML
    document of a kind's folder modified in place (or a hidden file the reading skips anyway).

    Read as `load_content` reads each file: a document that cannot be read is left out, with its
    problems in the result's `problems`. `raw` must be content without problems."""
    if raw.problems:
        return None
    documents = {doc.path: doc for doc in raw.documents}
    fresh: dict[str, Document | None] = {}
    problems: list[Problem] = []
    for relative in changed:
        path = content_dir / relative
        parts = relative.split("/")
        try:
            regular = stat.S_ISREG(os.lstat(path).st_mode)
        except FileNotFoundError:
            regular = None
        name = parts[-1]
        if name.startswith(".") and not (len(parts) == 2 and name.endswith(YAML_SUFFIXES)):
            if regular is False and not is_editor_lock(path):
                return None
            continue  # an editor's swap or backup file, which the reading skips
        shown = display_path(path, content_dir)
        if not regular or len(parts) != 2 or parts[0] not in FOLDERS or shown not in documents:
            return None
        fresh[shown] = load_document(path, content_dir, parts[0], Path(name).stem, problems)
    kept = tuple(doc for doc in (fresh.get(d.path, d) for d in raw.documents) if doc is not None)
    return RawContent(raw.briefing, kept, raw.texts, tuple(problems), raw.pages), frozenset(fresh)


@dataclass(frozen=True)
class Filed(Document):
    """A document checked already, kept without its data: all `revise` needs of a file not edited
    since is its name and kind, and where a value stands in it when a problem must be located
    there, which is read from the file again (unchanged, or it would be read anew as edited)."""

    file: str = ""
    """The file, under `root`: a string, as tens of thousands of Path objects weigh."""
    root: Path = Path()

    def mark(self, path: tuple[str | int, ...], *, key: bool = False) -> tuple[int, int]:
        if not path:
            return self.start
        doc = load_document(self.root / self.file, self.root, self.kind, self.id, [])
        return doc.mark(path, key=key) if doc is not None else self.start


def slim(raw: RawContent, resolved: Resolved, content_dir: Path) -> tuple[RawContent, Resolved]:
    """`raw` and `resolved` with their documents kept as `Filed`: a content folder's raw data would
    take more memory than all the rest the preview keeps."""
    filed: dict[str, Filed] = {}
    documents = []
    for doc in raw.documents:
        if not isinstance(doc, Filed):
            filed[doc.path] = Filed(doc.path, doc.kind, doc.id, None, None, None, start=doc.start,
                                    file=f"{doc.kind}/{doc.path.rpartition('/')[2]}", root=content_dir)
        documents.append(filed.get(doc.path, doc))
    if not filed:
        return raw, resolved
    checked = resolved.checked
    entities = dict(checked.entities)
    for path, doc in filed.items():
        item = entities.get(doc.id)
        if item is not None and item.doc.path == path:
            entities[doc.id] = Valid(doc, item.model)
    return (replace(raw, documents=tuple(documents)),
            replace(resolved, checked=replace(checked, entities=entities)))


@dataclass(frozen=True)
class Resolved:
    """Content checked and resolved: what the next edit starts from."""

    checked: Checked
    briefing: Briefing


def resolve(raw: RawContent) -> Resolved:
    """Check and resolve all of `raw`; raise FactsheetError with every problem."""
    checked = validate(raw)
    return Resolved(checked, build_model(checked))


def revise(before: Resolved, raw: RawContent, changed: Collection[str]) -> Resolved | None:
    """`before` again with the documents at the paths `changed` (as Document.path gives them) as
    `raw` now holds them; None when the edit is wider than `revise` handles. Raises FactsheetError
    with what a clean check would report.

    `raw` is the content read again with only those documents read anew: a document that could not
    be read is missing from it, with its problems in `raw.problems`."""
    old = before.checked
    ids = {Path(path).stem for path in changed}
    if raw.briefing is not old.briefing.doc or not ids <= old.entities.keys() or any(
            old.entities[ident].doc.kind == "sources" for ident in ids):
        return None
    problems: list[Problem] = list(raw.problems)
    fresh: dict[str, Valid] = {}
    for doc in raw.documents:
        if doc.path in changed:
            model = validate_document(doc, problems)
            if model is not None:
                fresh[doc.id] = Valid(doc, model)
    entities = dict(old.entities)
    for ident in ids - fresh.keys():
        del entities[ident]
    entities.update(fresh)
    failed = {Path(p.path).stem for p in problems}
    positions = dict(old.positions)
    for item in fresh.values():
        check_references(item, entities, failed, old.texts, positions, problems)
    if not problems:
        # Only what changed, and what names it, can newly disagree: the rest agreed before the edit.
        scope = set(fresh) | {e.id for ident in fresh for kind in FOLDERS for e in before.briefing.referring(ident, kind)}
        problems.extend(consistency.problems(entities, scope))
    if problems:
        raise FactsheetError(problems)
    checked = Checked(old.briefing, entities, old.texts, old.raw_texts, positions)
    briefing = _revise_model(before.briefing, checked, fresh)
    return Resolved(checked, briefing) if briefing is not None else None


def _revise_model(old: Briefing, checked: Checked, fresh: dict[str, Valid]) -> Briefing | None:
    """`old` with the entities of `fresh` in place of theirs; None where their place in it moved."""
    entities = dict(old.entities)
    kinds = dict(old.kinds)
    referrers = dict(old._referrers)
    excerpts = dict(old._excerpts)
    members = dict(old._members)
    order = old._order
    summary = {(e.source, ev.normalise(e.excerpt)) for e in evidence_of(old.info)}
    for ident, item in fresh.items():
        before = old.entities[ident]
        after = entity_of(item, checked.positions)
        if after.kind in ("events", "briefings") or sort_key(after) != sort_key(before) or any(
                getattr(before.data, name, None) != getattr(after.data, name, None) for name in MEMBERSHIP_FIELDS):
            return None
        entities[ident] = after
        kinds[after.kind] = _swapped(kinds[after.kind], after)
        for target in (references(before.data) | references(after.data)) - {ident}:
            _rereference(referrers, target, after, order)
        _reuse(excerpts, before, after, summary, checked.texts, order)
        owner = old._briefing_of.get(ident)
        if owner is not None:
            members[owner] = {**members[owner], after.kind: _swapped(members[owner][after.kind], after)}
    return replace(old, entities=entities, kinds=kinds, _referrers=referrers, _excerpts=excerpts, _members=members,
                   briefings=tuple(entities[b.id] for b in old.briefings))


def _swapped(items: tuple[Entity, ...], entity: Entity) -> tuple[Entity, ...]:
    """`items` with `entity` in place of the entity of the same id."""
    return tuple(entity if e.id == entity.id else e for e in items)


def _rank(entity: Entity, order: dict[str, int]) -> tuple[int, int]:
    """Where an entity comes in the model's one pass: by kind, then in reading order."""
    return KIND_ORDER[entity.kind], order[entity.id]


def _rereference(referrers: dict[str, dict[str, tuple[Entity, ...]]], target: str, after: Entity,
                 order: dict[str, int]) -> None:
    by_kind = dict(referrers.get(target, {}))
    kept = [e for e in by_kind.get(after.kind, ()) if e.id != after.id]
    if target in references(after.data):
        kept.append(after)
    kept.sort(key=lambda e: order[e.id])
    if kept:
        by_kind[after.kind] = tuple(kept)
    else:
        by_kind.pop(after.kind, None)
    if by_kind:
        referrers[target] = by_kind
    else:
        referrers.pop(target, None)


def _reuse(excerpts: dict[str, tuple[Excerpt, ...]], before: Entity, after: Entity, summary: set[tuple[str, str]],
           texts: dict[str, str], order: dict[str, int]) -> None:
    """The excerpts `before` and `after` rest on, with `after` among the users of its own."""
    now = {(e.source, ev.normalise(e.excerpt)) for e in evidence_of(after.data)}
    then = {(e.source, ev.normalise(e.excerpt)) for e in evidence_of(before.data)}
    for source in {source for source, _ in now | then}:
        found: dict[str, Excerpt] = {x.text: x for x in excerpts.get(source, ())}
        for key in now | then:
            if key[0] != source:
                continue
            text = key[1]
            current = found.get(text)
            users: list[Entity] = [e for e in (current.used_by if current else ()) if e.id != after.id]
            if key in now:
                users.append(after)
                users.sort(key=lambda e: _rank(e, order))
            if users or key in summary:
                start = texts[source].find(text)
                found[text] = Excerpt(source, text, ev.anchor(source, text), start, tuple(users))
            else:
                found.pop(text, None)
        ordered = tuple(sorted(found.values(), key=lambda x: (x.position, x.text)))
        if ordered:
            excerpts[source] = ordered
        else:
            excerpts.pop(source, None)
