"""Golden files: the rendered body of every page of a small briefing, kept in tests/golden/.

Regenerate them with `make golden` (python -m tests.golden) after changing a template, and review
the diff: it shows exactly what readers will see change.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from generator.pages.build import build_pages
from tests.conftest import THEME, minimal_tree, write_tree

GOLDEN = Path(__file__).resolve().parent / "golden"


def render_golden() -> dict[str, str]:
    """Each page's body by its golden file name, rendered from the minimal tree."""
    with tempfile.TemporaryDirectory() as tmp:
        content = write_tree(Path(tmp) / "content", minimal_tree())
        built = build_pages(content, THEME)
    return {page.uri.removesuffix(".md") + ".html": page.html for page in built.pages}


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
