"""`make serve`'s preview in a real browser: a broken save shows the error page with the file and the
line, without a manual reload; fixing it brings the page back the same way. The error page passes
axe-core (WCAG 2.2 A and AA) in both colour schemes."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_reader_site import AXE_OPTIONS, SCHEMES, _describe
from tests.test_serve import PROBLEMS, fetch, free_port, wait_for

pytestmark = pytest.mark.browser


def test_a_broken_save_shows_the_problems_and_a_fix_brings_the_page_back(browser, make_project, tree, tmp_path):
    project: Path = make_project(tree)
    port = free_port()
    url = f"http://127.0.0.1:{port}/people/ana-souza/"
    log = tmp_path / "serve.log"
    with log.open("w") as output:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
                                  cwd=project, stdout=output, stderr=subprocess.STDOUT)
    context = browser.new_context(viewport={"width": 375, "height": 800})
    try:
        assert wait_for(lambda: "Ana Souza" in (fetch(url) or ""), 60), log.read_text()
        page = context.new_page()
        page.goto(url)
        assert page.locator("h1").inner_text() == "Ana Souza"
        person = project / "content/people/ana-souza.yaml"
        good = person.read_text(encoding="utf-8")
        person.write_text("name: Ana Souza\n" + good, encoding="utf-8")
        # The page open in the browser turns into the error page by itself: no goto, no reload here.
        page.wait_for_selector(f"body[{PROBLEMS}]", timeout=30_000)
        assert page.locator("h1").inner_text() == "This is not the site: the content has problems"
        problem = page.locator(".preview-problems li").first.inner_text()
        assert "content/people/ana-souza.yaml:2:1" in problem and "duplicate key 'name'" in problem
        axe = Axe()
        violations = []
        for scheme in SCHEMES:
            page.emulate_media(color_scheme=scheme)
            violations += _describe("error page", scheme, axe.run(page, options=AXE_OPTIONS).response["violations"])
        assert violations == []
        person.write_text(good.replace("name: Ana Souza", "name: Ana Maria Souza"), encoding="utf-8")
        page.wait_for_selector("h1:has-text('Ana Maria Souza')", timeout=30_000)
        assert page.locator(f"body[{PROBLEMS}]").count() == 0
    finally:
        context.close()
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
