"""The browser suite's fixtures: the real briefing built once, served on 127.0.0.1, one Chromium.

Playwright drives Debian's `chromium`; it cannot download a browser here. When Chromium is missing
the suite fails (it never skips) and says how to install it.
"""
from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                 "--no-first-run", "--disable-component-update", "--disable-sync"]


@dataclass(frozen=True)
class Site:
    """The built briefing and where it is served."""

    root: Path
    url: str
    """The server's base URL, ending in /."""

    @property
    def pages(self) -> list[str]:
        """Every HTML page's path from the site root, as a browser asks for it."""
        found = []
        for path in sorted(self.root.rglob("*.html")):
            relative = path.relative_to(self.root).as_posix()
            found.append(relative.removesuffix("index.html"))
        return found


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep the test output clean
        pass


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    root = tmp_path_factory.mktemp("browser") / "site"
    yield from serve(build(REPO / "mkdocs.yml", root))


def build(config: Path, root: Path) -> Path:
    """`mkdocs build --strict` of a project into `root`."""
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(root)],
                            capture_output=True, text=True, cwd=config.parent, timeout=600)
    assert result.returncode == 0, result.stderr
    return root


def serve(root: Path) -> Iterator[Site]:
    """A built site served on 127.0.0.1 for as long as the generator runs."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(root, f"http://127.0.0.1:{server.server_address[1]}/")
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("the browser tests need Debian's Chromium: run `make browser`, or `sudo apt-get install chromium`",
                    pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@dataclass
class Watched:
    """What a page did while the test ran: requests that left the server, and console errors."""

    outside: list[str]
    errors: list[str]


@pytest.fixture
def context(browser, site):
    """A fresh browser context at phone width that records foreign requests and console errors."""
    ctx = browser.new_context(viewport={"width": 375, "height": 800})
    yield ctx
    ctx.close()


def watch(page, site: Site) -> Watched:
    """Block and record every request to a host other than the local server, and every console error."""
    watched = Watched([], [])

    def route(route):
        if route.request.url.startswith(site.url) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            watched.outside.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.on("console", lambda message: watched.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: watched.errors.append(str(error)))
    return watched


LIGHTHOUSE = REPO / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def lighthouse(url: str, workdir: Path) -> dict[str, int]:
    """Lighthouse's four category scores (0 to 100) for one page, in Debian's Chromium, with its
    default settings: a phone on a throttled network, simulated.

    Performance is a measure of time, and one run on a busy two-core machine can paint a few tenths
    of a second late: Lighthouse's notes on variability advise several runs and their median. A page
    that scores below 100 in any category is run twice more, and each category's median of the
    three runs counts. The other three categories do not vary from run to run."""
    first = _lighthouse_run(url, workdir / "run-1")
    if set(first.values()) == {100}:
        return first
    runs = [first, _lighthouse_run(url, workdir / "run-2"), _lighthouse_run(url, workdir / "run-3")]
    return {name: sorted(run[name] for run in runs)[1] for name in LIGHTHOUSE_CATEGORIES}


def _lighthouse_run(url: str, workdir: Path) -> dict[str, int]:
    assert LIGHTHOUSE.is_file(), "Lighthouse is not installed: run `make test` (it runs npm ci in tools/lighthouse)"
    workdir.mkdir(parents=True)
    report = workdir / "lighthouse.json"
    flags = " ".join(["--headless", *CHROMIUM_ARGS, f"--user-data-dir={workdir / 'profile'}"])
    subprocess.run([str(LIGHTHOUSE), url, "--quiet", f"--chrome-flags={flags}", "--output=json",
                    f"--output-path={report}", f"--only-categories={','.join(LIGHTHOUSE_CATEGORIES)}"],
                   env={**os.environ, "CHROME_PATH": shutil.which("chromium") or "chromium"},
                   check=True, capture_output=True, timeout=240)
    categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
    return {name: round(categories[name]["score"] * 100) for name in LIGHTHOUSE_CATEGORIES}
