"""Strict YAML: a small, safe subset, parsed into plain data with the line and column of every value.

Every scalar stays the text it was written as (the schema decides types), duplicate keys, anchors,
aliases and tags are errors, and each value keeps its position so that a later stage can point at
the line.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

from generator.content.files import clip
from generator.errors import FactsheetError, Problem

MAX_DEPTH = 5
"""Deepest nesting of mappings and lists that a content file may use: as deep as the schema goes
(a meeting, its outcomes, an outcome, its evidence, an excerpt). tests/test_strict_yaml.py checks it."""

# libyaml is several times faster and keeps the same marks; PyYAML may be built without it.
_Parser: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Path_ = tuple[str | int, ...]
Mark = tuple[int, int]


def load_yaml(text: str, shown: str) -> tuple[Any, dict[Path_, Mark], dict[Path_, Mark]]:
    """Parse one YAML document into plain data and the positions of its values and keys."""
    problems: list[Problem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(Problem(shown, number, indent.index("\t") + 1,
                                    message="a tab is used for indentation", hint="indent with spaces only"))
    if problems:
        raise FactsheetError(problems)
    try:
        return _compose(yaml.parse(text, Loader=_Parser), shown)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        # PyYAML's own message may quote the text (a tag handle, say): never more than MAX_QUOTED of it.
        message = clip(exc.problem or "invalid YAML")
        if exc.context:
            message = f"{clip(exc.context)}: {message}"
        hint = _syntax_hint(message)
        # libyaml stops runaway nesting itself, a little ahead of _compose; say it the same way.
        message = (f"nesting is deeper than the {MAX_DEPTH} levels content may use" if "nesting depth" in message
                   else f"invalid YAML: {message}")
        raise FactsheetError([Problem(shown, *where, message=message, hint=hint)]) from None
    except yaml.reader.ReaderError as exc:
        # The reader gives a character position only; turn it into a line and column.
        before = text[: exc.position]
        at = (before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1)
        raise FactsheetError([Problem(shown, *at, message=f"invalid YAML: {exc.reason} "
                                      f"(character {exc.character!r})",
                                      hint="remove the invisible control character; retype the text around it")]) from None
    except yaml.YAMLError as exc:  # pragma: no cover - every PyYAML error above has a position
        raise FactsheetError([Problem(shown, 1, 1, message=f"invalid YAML: {exc}",
                                      hint="check the file's indentation and quoting")]) from None


def _syntax_hint(message: str) -> str:
    """How to fix the YAML mistakes that editors make most."""
    if "mapping values are not allowed" in message:
        return "a value that contains ': ' must be quoted: write the whole value in double quotes"
    if "quoted scalar" in message:
        return "a quote was opened and not closed; add the closing quote"
    if "did not find expected key" in message or "expected <block end>" in message:
        return "check the indentation: items of one list or mapping must start in the same column"
    if "nesting depth" in message:
        return "check the brackets: every [ and { needs its closing ] or }"
    if "found character" in message and "that cannot start any token" in message:
        return "quote a value that starts with a special character such as @ or `"
    return "check the indentation and quoting on this line and the one before it"


def _located(shown: str, event: Any, message: str, hint: str = "", at: Path_ = ()) -> FactsheetError:
    mark = event.start_mark
    return FactsheetError([Problem(shown, mark.line + 1, mark.column + 1, field_path(at), message, hint)])


def field_path(path: Path_) -> str:
    """A data path as the user writes it: participants[1].person (lists count from 1)."""
    text = ""
    for part in path:
        if part is None:  # the position of a key not yet read
            continue
        name = clip(part) if isinstance(part, str) else part  # a key is text from the file
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{name}" if text else str(name))
    return text


def _compose(events: Iterator[Any], shown: str) -> tuple[Any, dict[Path_, Mark], dict[Path_, Mark]]:
    """Build plain data from parser events, iteratively, so that deep nesting cannot overflow."""
    marks: dict[Path_, Mark] = {}
    key_marks: dict[Path_, Mark] = {}
    root: Any = None
    documents = 0
    # Each frame: [container, path, pending key or None (mappings), key event]
    stack: list[list[Any]] = []

    def place(value: Any, event: Any) -> None:
        nonlocal root
        mark = (event.start_mark.line + 1, event.start_mark.column + 1)
        if not stack:
            root = value
            marks[()] = mark
            return
        frame = stack[-1]
        container, path = frame[0], frame[1]
        if isinstance(container, list):
            child = (*path, len(container))
            container.append(value)
            marks[child] = mark
            return
        if frame[2] is None:  # this value is a key
            if not isinstance(value, str):
                raise _located(shown, event, "a mapping key must be a plain name", "write keys as 'name:'", path)
            if value in container:
                raise _located(shown, event, f"duplicate key {clip(value)!r}",
                               f"{clip(value)!r} is already set on line {key_marks[(*path, value)][0]}; keep one",
                               (*path, value))
            frame[2] = value
            key_marks[(*path, value)] = mark
            return
        key = frame[2]
        container[key] = value
        marks[(*path, key)] = mark
        frame[2] = None

    def child_path() -> Path_:
        if not stack:
            return ()
        container, path = stack[-1][0], stack[-1][1]
        return (*path, len(container)) if isinstance(container, list) else (*path, stack[-1][2])

    for event in events:
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _located(shown, event, "a content file holds one YAML document",
                               hint="remove the '---' line, or split the file in two")
            continue
        if isinstance(event, yaml.AliasEvent):
            raise _located(shown, event, f"alias *{clip(event.anchor or '')} is not allowed in content",
                           "write the value out in full", child_path())
        if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if event.anchor is not None:
                raise _located(shown, event, f"anchor &{clip(event.anchor)} is not allowed in content",
                               "remove the anchor and write values out in full", child_path())
            if event.tag is not None:
                raise _located(shown, event, f"tag {clip(event.tag)} is not allowed in content",
                               "remove the tag; the schema decides each field's type", child_path())
        if isinstance(event, yaml.ScalarEvent):
            plain_empty = event.value == "" and event.implicit[0]
            place(None if plain_empty else event.value, event)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if len(stack) >= MAX_DEPTH:
                raise _located(shown, event, f"nesting is deeper than the {MAX_DEPTH} levels content may use",
                               "check the indentation, or write this value as plain text", child_path())
            if stack and isinstance(stack[-1][0], dict) and stack[-1][2] is None:
                raise _located(shown, event, "a mapping key must be a plain name", "write keys as 'name:'",
                               stack[-1][1])
            value: Any = [] if isinstance(event, yaml.SequenceStartEvent) else {}
            path = child_path()
            place(value, event)
            stack.append([value, path, None])
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            stack.pop()
    return root, marks, key_marks
