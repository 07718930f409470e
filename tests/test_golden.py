"""Rendered pages match their golden files; `make golden` regenerates them after a template change."""
from __future__ import annotations

import difflib

from tests.golden import GOLDEN, render_golden


def test_rendered_pages_match_golden_files():
    pages = render_golden()
    on_disk = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.html")}
    assert on_disk == set(pages), "pages were added or removed: run `make golden` and review the diff"
    for name, html in pages.items():
        expected = (GOLDEN / name).read_text(encoding="utf-8")
        if html != expected:
            diff = "".join(difflib.unified_diff(expected.splitlines(True), html.splitlines(True),
                                                f"golden/{name}", "rendered", n=2))
            raise AssertionError(f"{name} differs from its golden file (run `make golden` if intended):\n{diff[:4000]}")
