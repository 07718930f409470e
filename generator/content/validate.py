"""Turn loaded documents into schema models, then check references and evidence across them.

Every problem in every file is collected; a FactsheetError carries them all, sorted.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.content import consistency
from generator.content import evidence as ev
from generator.content.checked import Checked, Valid
from generator.content.files import clip
from generator.content.ids import ID_PATTERN, ID_REGEX
from generator.content.kinds import BRIEFING_FILE, MODELS, singular
from generator.content.load import Document, RawContent, suggest
from generator.content.schema import (
    DATE_REGEX,
    TEXT_FILE_REGEX,
    URL_REGEX,
    Evidence,
    Quote,
    Source,
    Strict,
    model_at,
)
from generator.content.strict_yaml import field_path
from generator.content.walk import walk
from generator.errors import FactsheetError, Problem


def validate(raw: RawContent) -> Checked:
    """Check everything; raise one FactsheetError with every problem found."""
    problems: list[Problem] = list(raw.problems)
    valid: list[Valid] = []
    for doc in raw.documents:
        model = validate_document(doc, problems)
        if model is not None:
            valid.append(Valid(doc, model))
    briefing = None
    if raw.briefing is None:
        if not any(p.path.endswith(BRIEFING_FILE) for p in problems):
                problems.append(Problem(BRIEFING_FILE, message="the briefing file is missing",
                                    hint=f"create content/{BRIEFING_FILE} with a title and a summary"))
    else:
        model = validate_document(raw.briefing, problems)
        briefing = Valid(raw.briefing, model) if model is not None else None

    entities: dict[str, Valid] = {}
    for item in valid:
        other = entities.get(item.doc.id)
        if other is not None:
            problems.append(Problem(item.doc.path, 1, 1, "id", f"duplicate id {item.doc.id!r}: {other.doc.path} has it "
                                    "already", hint="ids are shared by all kinds; rename one of the files"))
            continue
        entities[item.doc.id] = item

    # Files that failed are reported already; references to them would only repeat the news.
    failed = {Path(p.path).stem for p in problems}
    raw_texts = _source_texts(raw, entities, failed, problems)
    texts = {ident: ev.normalise(text) for ident, text in raw_texts.items()}
    positions: dict[tuple[str, str], int] = {}
    for item in [*entities.values(), *([briefing] if briefing else [])]:
        check_references(item, entities, failed, texts, positions, problems)
    if not problems:  # checks across files assume that each file and reference is sound
        problems.extend(consistency.problems(entities))
    if problems or briefing is None:
        raise FactsheetError(problems)
    return Checked(briefing, entities, texts, raw_texts, positions)


def validate_document(doc: Document, problems: list[Problem]) -> Strict | None:
    """The document's model, or None with its problems added to `problems`."""
    model_type = MODELS[doc.kind]
    empty = _empty_fields(doc)
    try:
        model = model_type.model_validate(doc.data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
    else:
        problems.extend(empty)
        return None if empty else model
    found = [_problem_from_error(doc, model_type, dict(error)) for error in errors]
    # An empty optional field is reported here; an empty required one, or one inside a record that
    # pydantic finds wrong as a whole, is reported once, by pydantic.
    reported = {f.field for f in found}
    found += [p for p in empty if not _within(p.field, reported)]
    # A misspelt field is one mistake: report the unknown name, not also the "missing" real one.
    misspelt = {(p.field.rpartition(".")[0], p.hint.split("'")[1]) for p in found
                if p.message.startswith("unknown field") and p.hint.startswith("did you mean")}
    problems.extend(p for p in found if not (p.message.startswith("missing required field")
                                             and (p.field.rpartition(".")[0], p.field.rpartition(".")[2]) in misspelt))
    return None


def _within(field: str, reported: set[str]) -> bool:
    """Whether `field` or a record that holds it is among the fields already reported."""
    while field:
        if field in reported:
            return True
        field = field[: max(field.rfind("."), field.rfind("["), 0)]
    return False


def _empty_fields(doc: Document) -> list[Problem]:
    """A field written with nothing after it ("published:"): an editor meant to fill it in, so it is
    an error rather than a silent blank."""
    found: list[Problem] = []

    def visit(value: Any, loc: tuple[Any, ...]) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if item is None:
                    line, column = doc.mark((*loc, key), key=True)
                    found.append(Problem(doc.path, line, column, field_name((*loc, key)), "is empty",
                                         "give it a value, or remove the line"))
                else:
                    visit(item, (*loc, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                visit(item, (*loc, index))

    visit(doc.data, ())
    return found


def field_name(loc: tuple[Any, ...]) -> str:
    """A pydantic location as the user writes it: participants[1].person (lists count from 1)."""
    return field_path(loc)


def _problem_from_error(doc: Document, model: type[BaseModel], error: dict[str, Any]) -> Problem:
    loc = tuple(part for part in error["loc"] if not (isinstance(part, str) and part.startswith("function-")))
    kind = error["type"]
    value = error.get("input")
    name = field_name(loc)
    hint = ""
    if kind == "extra_forbidden":
        line, column = doc.mark(loc, key=True)
        parent = model_at(model, loc[:-1])
        allowed = list(parent.model_fields) if parent else []
        hint = suggest(str(loc[-1]), allowed, f"allowed fields: {', '.join(allowed)}")
        return Problem(doc.path, line, column, name, f"unknown field {clip(str(loc[-1]))!r}", hint)
    if kind == "missing":
        line, column = doc.mark(loc[:-1])
        where = field_name(loc[:-1])
        return Problem(doc.path, line, column, name, f"missing required field {loc[-1]!r}"
                       + (f" in {where}" if where else ""), _field_doc(model, loc))
    line, column = doc.mark(loc, key=value is None)
    if value is None and kind.endswith("_type"):
        return Problem(doc.path, line, column, name, "is empty", _field_doc(model, loc) or "give it a value")
    messages = {
        "string_type": "expected text, found " + _describe(value),
        "list_type": "expected a list (lines starting with '- '), found " + _describe(value),
        "model_type": "expected a mapping of fields, found " + _describe(value),
        "model_attributes_type": "expected a mapping of fields, found " + _describe(value),
        "dict_type": "expected a mapping of fields, found " + _describe(value),
        "string_too_short": "must not be empty",
        "too_short": "needs at least one item",
        "string_too_long": "is too long: at most {max_length} characters",
        "literal_error": "expected one of {expected}, found " + _describe(value),
        "int_type": "expected a whole number, found " + _describe(value),
        "bool_type": "expected true or false, found " + _describe(value),
    }
    if kind == "string_pattern_mismatch":
        meaning, hint = _pattern_meaning(str(error.get("ctx", {}).get("pattern", "")), value)
        return Problem(doc.path, line, column, name, f"{clip(str(value))!r} is not {meaning}", hint or _field_doc(model, loc))
    if kind in ("value_error", "assertion_error"):
        message = clip(str(error["msg"]).removeprefix("Value error, "), 200)
        return Problem(doc.path, line, column, name, message, _field_doc(model, loc))
    template = messages.get(kind)
    message = template.format(**error.get("ctx", {})) if template else str(error["msg"])
    hint = _field_doc(model, loc)
    inner = model_at(model, loc)
    if kind in ("model_type", "model_attributes_type") and inner is not None:
        required = [f"'{n}: ...'" for n, f in inner.model_fields.items() if f.is_required()]
        hint = f"write each field on its own line, indented: {', '.join(required)}" if required else hint
    return Problem(doc.path, line, column, name, message, hint or "see the schema in generator/schema.py")


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    text = str(value)
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _field_doc(model: type[BaseModel], loc: tuple[Any, ...]) -> str:
    """The field's docstring, or for a whole item (such as participants[1]) its model's docstring."""
    if loc and isinstance(loc[-1], int):
        inner = model_at(model, loc)
        return (inner.__doc__ or "").strip() if inner is not None else ""
    parent = model_at(model, loc[:-1])
    names = [part for part in loc if isinstance(part, str)]
    if parent is None or not names or names[-1] not in parent.model_fields:
        return ""
    return parent.model_fields[names[-1]].description or ""


def _pattern_meaning(pattern: str, value: Any) -> tuple[str, str]:
    """What a text that must match `pattern` should look like, and a hint for `value`.

    Keyed on the pattern itself, so that a field's own docstring cannot hide what it checks."""
    if pattern == ID_REGEX:
        if isinstance(value, str) and ID_PATTERN.fullmatch(value.lower().replace(" ", "-")):
            return "an id: lowercase ASCII words joined by '-'", f"ids are lowercase: {clip(value.lower().replace(' ', '-'))!r}"
        return "an id: lowercase ASCII words joined by '-'", "use the file name of the entity, without .yaml"
    if pattern == URL_REGEX:
        return "an https, http or mailto URL", "copy the full address, starting https://; other schemes are refused"
    if pattern == DATE_REGEX:
        return "a date written 2025, 2025-06 or 2025-06-24", "write the year first, then the month and the day"
    if pattern == TEXT_FILE_REGEX:
        return "a source text file name such as forum-report.txt", "lowercase words joined by '-', then .txt"
    return f"in the expected form ({pattern})", ""


def _source_texts(raw: RawContent, entities: dict[str, Valid], failed: set[str],
                  problems: list[Problem]) -> dict[str, str]:
    texts: dict[str, str] = {}
    used: set[str] = set()
    unreadable = {Path(p.path).name for p in problems}  # reported already, with the reason
    for ident, item in entities.items():
        if not isinstance(item.model, Source):
            continue
        named = item.model.text_file
        file_stem = (named or f"{ident}.txt").removesuffix(".txt")
        text = raw.texts.get(file_stem)
        if text is None and f"{file_stem}.txt" in unreadable:
            continue
        if text is None:
            line, column = item.doc.mark(("text_file",)) if named else (0, 0)
            problems.append(Problem(item.doc.path, line, column, "text_file" if named else "",
                                    f"the source text {file_stem}.txt is missing",
                                    "put the article's plain text in content/sources/" + file_stem + ".txt"))
            continue
        used.add(file_stem)
        texts[ident] = text.text
    for stem, text in raw.texts.items():
        if stem not in used and stem not in failed and not any(p.message.endswith(f"{stem}.txt is missing")
                                                               for p in problems):
            problems.append(Problem(text.path, message="a source text with no source file describing it",
                                    hint=f"add content/sources/{stem}.yaml, or remove the text"))
    return texts


def check_references(item: Valid, entities: dict[str, Valid], failed: set[str], texts: dict[str, str],
                      positions: dict[tuple[str, str], int], problems: list[Problem]) -> None:
    """Check what one document names and quotes against `entities` and the sources' `texts`; note
    where each excerpt it quotes starts in `positions`."""
    doc = item.doc
    for field in walk(item.model):
        kinds = field.ref_kinds
        value, loc = field.value, field.loc
        if kinds and value is not None:
            for index, target in enumerate(field.items):
                at = (*loc, index) if isinstance(value, list) else loc
                problem = _reference_problem(doc, at, target, kinds, entities)
                if problem and target not in failed:
                    problems.append(problem)
        if isinstance(value, Evidence) or (field.name == "evidence" and isinstance(value, list)):
            for index, evidence in enumerate(field.items):
                _check_excerpt(doc, (*loc, index), evidence, texts, positions, problems)
    if isinstance(item.model, Quote):
        _check_quote_text(doc, item.model, problems)


def _reference_problem(doc: Document, loc: tuple[Any, ...], target: str, kinds: tuple[str, ...],
                       entities: dict[str, Valid]) -> Problem | None:
    found = entities.get(target)
    if found is not None and found.doc.kind in kinds:
        if doc.kind in kinds and target == doc.id:
            line, column = doc.mark(loc)
            return Problem(doc.path, line, column, field_name(loc), f"{target!r} refers to itself",
                           f"name another {singular(doc.kind)}, or leave the field out")
        return None
    line, column = doc.mark(loc)
    wanted = " or ".join(singular(k) for k in kinds)
    if found is not None:
        found_kind = singular(found.doc.kind)
        return Problem(doc.path, line, column, field_name(loc),
                       f"{target!r} is {_article(found_kind)} {found_kind}, but {_article(wanted)} {wanted} is expected here",
                       "use the id of " + " or ".join(f"a file in content/{k}/" for k in kinds))
    candidates = [i for i, v in entities.items() if v.doc.kind in kinds]
    folders = " or ".join(f"content/{k}/" for k in kinds)
    return Problem(doc.path, line, column, field_name(loc), f"no {wanted} has the id {target!r}",
                   suggest(target, candidates, f"add {folders}{target}.yaml, or fix the id"))


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _check_excerpt(doc: Document, loc: tuple[Any, ...], evidence: Evidence, texts: dict[str, str],
                   positions: dict[tuple[str, str], int], problems: list[Problem]) -> None:
    text = texts.get(evidence.source)
    if text is None:
        return  # the missing source is reported as a broken reference
    key = (evidence.source, evidence.excerpt)
    if key in positions:
        return
    position = ev.find(evidence.excerpt, text)
    if position >= 0:
        positions[key] = position
        return
    line, column = doc.mark((*loc, "excerpt"))
    prefix = ev.matching_prefix(evidence.excerpt, text)
    if prefix:
        shown = prefix if len(prefix) <= 60 else "..." + prefix[-57:]
        hint = f"the source has the first {len(prefix)} characters; it differs after {shown!r}"
    else:
        hint = "copy the words exactly from the source text"
    problems.append(Problem(doc.path, line, column, field_name((*loc, "excerpt")),
                            f"this excerpt is not in source {evidence.source!r}", hint))


def _check_quote_text(doc: Document, quote: Quote, problems: list[Problem]) -> None:
    words = ev.normalise(quote.text)
    if any(words in ev.normalise(e.excerpt) for e in quote.evidence):
        return
    line, column = doc.mark(("text",))
    problems.append(Problem(doc.path, line, column, "text", "the quote is not word for word in any of its excerpts",
                            "copy the quote exactly, and give an excerpt that contains it"))
