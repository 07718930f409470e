"""A large briefing must not hold every page's HTML at once: bodies stay packed until MkDocs writes them."""
from __future__ import annotations

import json

import yaml

from generator.pages.build import build_pages
from tests.conftest import THEME
from tests.test_site import mkdocs_build

HOOKS = '''
import json, pathlib

def on_env(env, config, files):
    # MkDocs has rendered every page and written none: what does it hold for each?
    pages = [f for f in files.documentation_pages() if f.page is not None]
    seen = {"pages": len(pages),
            "content": sorted({f.page.content for f in pages}),
            "sources": sorted({f.content_string for f in pages}),
            "anchors": sorted({"evidence" in (f.page.present_anchor_ids or ())
                               for f in pages if f.src_uri == "people/ana-souza.md"})}
    pathlib.Path(config.config_file_path).with_name("seen.json").write_text(json.dumps(seen))
    return env
'''


def test_pages_hold_no_body_until_they_are_written(make_project, tree, tmp_path):
    project = make_project(tree)
    (project / "hooks.py").write_text(HOOKS, encoding="utf-8")
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config["hooks"] = ["hooks.py"]
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr

    seen = json.loads((project / "seen.json").read_text(encoding="utf-8"))
    assert seen["pages"] == len(build_pages(project / "content", THEME).pages)  # every page the core renders
    assert seen["content"] == [""] and seen["sources"] == [""]  # nothing of any body is held
    assert seen["anchors"] == [True]  # yet each page's anchors are known, for MkDocs' link checks
    written = (tmp_path / "site/people/ana-souza/index.html").read_text(encoding="utf-8")
    assert '<h2 id="evidence">Evidence</h2>' in written and "Minister" in written


def test_a_rendered_page_keeps_its_body_packed(make_content, tree):
    pages = build_pages(make_content(tree), THEME).pages
    for page in pages:
        assert page.html.startswith("<") and len(page.packed) < len(page.html.encode("utf-8"))
    assert "<h1>Ana Souza</h1>" in next(p for p in pages if p.uri == "people/ana-souza.md").html
