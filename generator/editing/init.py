"""`factsheet init <folder>`: a new project for a new briefing, which builds at once.

It writes content/ with the schema copies and a briefing file to fill in, mkdocs.yml, a Makefile, the
CI workflow and pre-commit hooks, and a README for the desk, all from editing/project/. Nothing of
any other briefing comes with it. It refuses a folder that holds anything already.
"""
from __future__ import annotations

import importlib.metadata
import json
from importlib import resources
from pathlib import Path

from generator.content.kinds import BRIEFING, BRIEFING_FILE
from generator.editing.editor_schemas import schema_line, update
from generator.errors import FactsheetError, Problem

FILES = {
    "mkdocs.yml": "mkdocs.yml",
    "Makefile": "Makefile",
    "README.md": "README.md",
    ".gitignore": "gitignore",
    ".pre-commit-config.yaml": "pre-commit-config.yaml",
    ".github/workflows/site.yml": "workflow.yml",
}
"""Where each file of editing/project/ goes in a new project (dot-files are kept without their dot)."""


def new_project(folder: Path, title: str) -> list[Path]:
    """Write a new project into `folder` (missing or empty) for a briefing called `title`."""
    title = " ".join(title.split())
    if not title:
        raise FactsheetError([Problem("--title", message="the title is empty", hint="give the briefing's title")])
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise FactsheetError([Problem(str(folder), message="the folder is not empty",
                                      hint="give a new folder, or an empty one: init never overwrites a file")])
    content = folder / "content"
    content.mkdir(parents=True)
    written: list[Path] = []
    template = resources.files("generator.editing") / "project"
    for target, name in FILES.items():
        text = (template / name).read_text(encoding="utf-8")
        path = folder / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("{title}", title) if name == "README.md" else text, encoding="utf-8")
        written.append(path)
    (folder / "requirements.txt").write_text(requirements(), encoding="utf-8")
    briefing = content / BRIEFING_FILE
    briefing.write_text(briefing_yaml(content, briefing, title), encoding="utf-8")
    written += [folder / "requirements.txt", briefing, *update(content)]
    return sorted(set(written))


def briefing_yaml(content: Path, path: Path, title: str) -> str:
    """The briefing file: its title, and the summary and key facts to add once there are sources."""
    return "\n".join([
        schema_line(content, BRIEFING, path),
        "# The briefing's title: readers see it as the site's name on every page.",
        f"title: {json.dumps(title, ensure_ascii=False)}",
        "",
        "# Once a source is in content/sources/, add a summary and key facts, each with its evidence:",
        "# summary:",
        "#   text: What happened, in a sentence or two.",
        "#   evidence:",
        "#     - source: <source id>",
        "#       excerpt: Words copied exactly from the source.",
        "# key_facts:",
        "#   - text: A fact a reader should take away first.",
        "#     evidence:",
        "#       - source: <source id>",
        "#         excerpt: Words copied exactly from the source.",
        "",
    ])


def requirements() -> str:
    """requirements.txt naming factsheet as it is installed here (PEP 610): a folder, a wheel, a
    repository at a commit, or a release of the package index."""
    distribution = importlib.metadata.distribution("factsheet")
    lines = ["# factsheet, from where `factsheet init` found it installed. On another machine, or in CI,",
             "# point this at the factsheet repository or release your desk uses."]
    direct = distribution.read_text("direct_url.json")
    origin = json.loads(direct) if direct else None
    if origin is None:
        lines.append(f"factsheet=={distribution.version}")
    elif "vcs_info" in origin:
        vcs = origin["vcs_info"]
        lines.append(f"factsheet @ {vcs['vcs']}+{origin['url']}@{vcs.get('commit_id', '')}".rstrip("@"))
    else:
        lines.append(f"factsheet @ {origin['url']}")
    return "\n".join(lines) + "\n"
