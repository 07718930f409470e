"""`factsheet draft --accept`: move reviewed proposals into content/, once they hold no REVIEW mark,
clash with no id, and validate together with the content tree."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from generator.content.kinds import FOLDERS
from generator.content.load import load_content
from generator.content.validate import validate
from generator.editing.draft.output import BRIEFING, MENTIONS
from generator.editing.editor_schemas import MODELINE, schema_line
from generator.errors import FactsheetError, Problem

ORDER = ("organisations", "people", "events", "topics", "meetings", "commitments", "quotes", "statements")
"""The order in which accepted files are listed: what others refer to first."""


def proposals(paths: list[Path]) -> list[Path]:
    """The proposal files among `paths`: files as given, and every proposal in a folder given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += [p for p in sorted(path.rglob("*.yaml")) if p.name != MENTIONS]
        else:
            found.append(path)
    return sorted(dict.fromkeys(found), key=lambda p: (ORDER.index(p.parent.name) if p.parent.name in ORDER
                                                       else len(ORDER), p.name))


def target(content_dir: Path, proposal: Path) -> Path:
    """Where a proposal goes in content/: the folder of its kind."""
    if proposal.name == BRIEFING:
        return content_dir / BRIEFING
    return content_dir / proposal.parent.name / proposal.name


def accept(content_dir: Path, paths: list[Path]) -> list[Path]:
    """Move the proposals into content/, all or none; return where they went."""
    files = proposals(paths)
    problems: list[Problem] = []
    taken = {p.stem for kind in FOLDERS if (content_dir / kind).is_dir() for p in (content_dir / kind).glob("*.yaml")}
    for path in files:
        text = path.read_text(encoding="utf-8")
        kind = "briefing" if path.name == BRIEFING else path.parent.name
        if kind != "briefing" and kind not in FOLDERS:
            problems.append(Problem(str(path), message=f"is not in a folder named after a kind ({', '.join(FOLDERS)})",
                                    hint="accept files from the folder `factsheet draft --out` wrote"))
        for number, line in enumerate(text.splitlines(), 1):
            if "# REVIEW" in line:
                problems.append(Problem(str(path), number, message="still marked REVIEW",
                                        hint="fill in the field, or remove it, and delete the REVIEW comment"))
        if (kind != "briefing" and path.stem in taken) or (kind == "briefing" and (content_dir / BRIEFING).exists()):
            problems.append(Problem(str(path), message=f"content/ has {path.stem!r} already",
                                    hint="merge the two files by hand, or rename the proposal"))
    if problems:
        raise FactsheetError(problems)
    texts = {target(content_dir, p): _with_schema_line(content_dir, p) for p in files}
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / "content"
        shutil.copytree(content_dir, trial)
        for path, text in texts.items():
            placed = trial / path.relative_to(content_dir)
            placed.parent.mkdir(parents=True, exist_ok=True)
            placed.write_text(text, encoding="utf-8")
        try:
            validate(load_content(trial))
        except FactsheetError as exc:
            raise FactsheetError([Problem(p.path.replace(str(trial), str(content_dir)), p.line, p.column, p.field,
                                          p.message, p.hint) for p in exc.problems]) from None
    for (path, text), proposal in zip(texts.items(), files, strict=True):
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
        proposal.unlink()
    return list(texts)


def _with_schema_line(content_dir: Path, proposal: Path) -> str:
    """The proposal's text, with its first line pointing at the schema from its place in content/."""
    lines = [line for line in proposal.read_text(encoding="utf-8").splitlines()
             if not line.startswith(("# Drafted by `factsheet draft", "# Why: ", "# and commitments' sentences"))]
    kind = "briefing" if proposal.name == BRIEFING else proposal.parent.name
    line = schema_line(content_dir, kind, target(content_dir, proposal))
    if lines and lines[0].startswith(MODELINE):
        lines[0] = line
    else:
        lines.insert(0, line)
    return "\n".join(lines) + "\n"
