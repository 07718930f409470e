"""`mkdocs serve` shows an edit to a YAML file without a restart."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


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
