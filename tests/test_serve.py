"""`mkdocs serve` shows an edit to a YAML file without a restart."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from mkdocs.livereload import LiveReloadServer

from generator.adapters.content_events import ContentEvents


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.3)
    return False


def test_serve_rebuilds_when_a_yaml_file_changes(make_project, tree, tmp_path):
    project: Path = make_project(tree)
    port = free_port()
    url = f"http://127.0.0.1:{port}/people/ana-souza/"
    log = tmp_path / "serve.log"
    with log.open("w") as output:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                                  stdout=output, stderr=subprocess.STDOUT)
    try:
        assert wait_for(lambda: "Ana Souza" in (fetch(url) or ""), 60), log.read_text()
        person = project / "content/people/ana-souza.yaml"
        person.write_text(person.read_text(encoding="utf-8").replace("name: Ana Souza", "name: Ana Maria Souza"),
                          encoding="utf-8")
        assert wait_for(lambda: "Ana Maria Souza" in (fetch(url) or ""), 60), log.read_text()
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def fetch_any(url: str) -> str:
    """The body, whatever the status: while the content has problems most addresses answer 404."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.read().decode("utf-8")
    except OSError:
        return ""


PROBLEMS = 'data-factsheet-preview="problems"'


def test_serve_shows_a_broken_save_in_the_browser_and_comes_back_when_it_is_fixed(make_project, tree, tmp_path):
    """A duplicate key: every address answers at once with the error page (file, line, message), never
    hangs, and the real page is back after the fix; `mkdocs build` still fails on the same content."""
    project: Path = make_project(tree)
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    url = base + "people/ana-souza/"
    log = tmp_path / "serve.log"
    with log.open("w") as output:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
                                  cwd=project, stdout=output, stderr=subprocess.STDOUT)
    try:
        assert wait_for(lambda: "Ana Souza" in (fetch(url) or ""), 60), log.read_text()
        person = project / "content/people/ana-souza.yaml"
        good = person.read_text(encoding="utf-8")
        person.write_text("name: Ana Souza\n" + good, encoding="utf-8")
        assert wait_for(lambda: PROBLEMS in fetch_any(url), 60), log.read_text()
        for address in (url, base, base + "no/such/page/", base + "meetings/souza-harbour-group/"):
            page = fetch_any(address)
            assert "This is not the site: the content has problems" in page
            assert "content/people/ana-souza.yaml:2:1" in page and "duplicate key" in page
        assert "Ana Souza" not in fetch_any(base + "meetings/souza-harbour-group/").split("</h1>")[1].split("<ol")[0]
        # The terminal says what `mkdocs build` says, and MkDocs never waits for a build that cannot succeed.
        assert "content/people/ana-souza.yaml:2:1" in log.read_text()
        assert "appear stuck" not in log.read_text()
        failed = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "strict")],
                                cwd=project, capture_output=True, text=True)
        assert failed.returncode == 1 and "ana-souza.yaml:2:1" in failed.stderr
        person.write_text(good.replace("name: Ana Souza", "name: Ana Maria Souza"), encoding="utf-8")
        assert wait_for(lambda: "Ana Maria Souza" in (fetch(url) or ""), 60), log.read_text()
        assert PROBLEMS not in fetch_any(base)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def test_the_preview_hears_of_each_write_from_the_file_system_and_wakes_mkdocs(tmp_path):
    """With the MkDocs this project pins, content/ is watched by the file system's events (see
    generator/adapters/content_events.py), which name the files written and never a file read."""
    content = (tmp_path / "content").resolve()
    (content / "people").mkdir(parents=True)
    person = content / "people" / "ana.yaml"
    person.write_text("name: Ana\n", encoding="utf-8")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=free_port(), root=str(tmp_path))
    events = ContentEvents(content)
    assert events.start(server)
    try:
        assert events.take() is None  # the first look after the watch starts is at every file
        person.read_text(encoding="utf-8")
        time.sleep(0.3)
        assert events.take() == set() and not server._want_rebuild  # reading is not a change
        person.write_text("name: Ana Souza\n", encoding="utf-8")
        assert wait_for(lambda: server._want_rebuild, 5)
        time.sleep(0.2)
        assert events.take() == {"people/ana.yaml"}
        (content / "topics").mkdir()
        assert wait_for(lambda: not events.complete, 5)
        assert events.take() is None  # a folder came or went: every file is looked at again
    finally:
        events.stop()
        server.server_close()
