"""Golden files: the rendered body of every page of a small briefing, and whole built pages (the
theme's shell: head, OpenGraph, nav and footer, around a body), kept in tests/golden/.

Regenerate them with `make golden` (python -m tests.golden) after changing a template, and review
the diff: it shows exactly what readers will see change.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import yaml
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config

from generator.pages.build import build_pages
from tests.conftest import REPO, THEME, minimal_tree, write_tree

GOLDEN = Path(__file__).resolve().parent / "golden"
SHELL = "shell"
"""The folder of tests/golden/ that holds whole built pages."""
SHELL_PAGES = ("index.html", "people/ana-souza/index.html", "quotes/index.html", "404.html")
"""The built pages kept whole: the home page, an entity page, a listing with JSON-LD, a static page."""
EPOCH = "1700000000"


def render_golden() -> dict[str, str]:
    """Each page's body by its golden file name, rendered from the minimal tree, and the whole
    built pages under shell/."""
    with tempfile.TemporaryDirectory() as tmp:
        content = write_tree(Path(tmp) / "content", minimal_tree())
        built = build_pages(content, THEME)
        pages = {page.uri.removesuffix(".md") + ".html": page.html for page in built.pages}
        site = _build_site(Path(tmp))
        pages.update({f"{SHELL}/{name}": (site / name).read_text(encoding="utf-8") for name in SHELL_PAGES})
    return pages


def _build_site(project: Path) -> Path:
    """A real MkDocs build of the project's mkdocs.yml over `project`/content, dated EPOCH, without git."""
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["theme"]["custom_dir"] = str(THEME)
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    saved = {name: os.environ.get(name) for name in ("SOURCE_DATE_EPOCH", "GIT_CEILING_DIRECTORIES")}
    os.environ.update(SOURCE_DATE_EPOCH=EPOCH, GIT_CEILING_DIRECTORIES=str(project.parent))
    try:
        mkdocs_build(load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site")))
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return project / "site"


def main() -> int:
    pages = render_golden()
    if GOLDEN.exists():
        shutil.rmtree(GOLDEN)
    for name, html in pages.items():
        path = GOLDEN / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
    print(f"wrote {len(pages)} golden files to {GOLDEN}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
