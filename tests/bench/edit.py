"""The bench's edit step: `make serve`'s preview of a synthetic tree, timed from a save to the browser.

It starts `mkdocs serve --dirty` (as `make serve` does) on a project the runner wrote, then edits
one meeting's title and times until the served page shows it, and saves a broken file (a
duplicate key) and times until the error page is served; each EDITS times, medians taken. The
preview's resident memory is read from /proc after the edits.
"""
from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

EDITS = 5
MEMORY_EDITS = 20
"""Title edits before the memory is read at the largest size (the target: under 1,024 MiB)."""
ERROR_MARK = 'data-factsheet-preview="problems"'


@dataclass(frozen=True)
class EditResult:
    meetings: int
    visible: list[float]
    error: list[float]
    start: float
    """Seconds from starting the preview to the first page served."""
    beside: float
    """Seconds a full `mkdocs build` took, started at the same moment as the preview: the machine's
    speed varies from minute to minute, so the first page is compared with a build beside it."""
    rss_mib: list[float]
    """The preview's resident memory after each title edit."""

    @property
    def visible_median(self) -> float:
        return statistics.median(self.visible)

    @property
    def error_median(self) -> float:
        return statistics.median(self.error)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            return str(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        return str(error.read().decode("utf-8"))
    except OSError:
        return ""


def _until(predicate, timeout: float) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if predicate():
            return time.perf_counter() - started
        time.sleep(0.01)
    raise SystemExit(f"bench: the preview did not answer within {timeout:.0f} s")


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure_edits(project: Path, meetings: int, edits: int = EDITS, memory_edits: int = 0) -> EditResult:
    """Start the preview on `project`, time `edits` title edits and broken saves; then, if asked,
    make `memory_edits` title edits in all and read the preview's memory after each."""
    port = _free_port()
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1750000000", "PYTHONHASHSEED": "0"}
    log = (project / "serve.log").open("w")
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
                              cwd=project, stdout=log, stderr=subprocess.STDOUT, env=env)
    build = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "-q", "--site-dir", "site-beside"],
                             cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    ended: list[float] = []
    threading.Thread(target=lambda: (build.wait(), ended.append(time.perf_counter() - started)), daemon=True).start()
    meeting = sorted((project / "content" / "meetings").glob("*.yaml"))[meetings // 2]
    url = f"http://127.0.0.1:{port}/meetings/{meeting.stem}/"
    original = meeting.read_text(encoding="utf-8")
    title_line = next(line for line in original.splitlines() if line.startswith("title:"))
    try:
        _until(lambda: "<h1" in _fetch(url), 1800)
        start = time.perf_counter() - started
        build.wait()  # the edits are timed alone
        _until(lambda: bool(ended), 60)
        beside = ended[0]
        if build.returncode != 0:
            raise SystemExit(f"bench: the build beside the preview failed in {project}")
        visible: list[float] = []
        error: list[float] = []
        rss: list[float] = []
        for n in range(max(edits, memory_edits)):
            marker = f"Edited title number {n}"
            meeting.write_text(original.replace(title_line, f"title: {marker}"), encoding="utf-8")
            seconds = _until(lambda m=marker: m in _fetch(url), 600)  # type: ignore[misc]
            rss.append(_rss_mib(server.pid))
            if n >= edits:
                continue
            visible.append(seconds)
            time.sleep(0.7)  # the next save is a new change, as an editor's would be
            broken = original.replace(title_line, f"{title_line}\n{title_line}")  # a duplicate key
            meeting.write_text(broken, encoding="utf-8")
            error.append(_until(lambda: ERROR_MARK in _fetch(url), 600))
            time.sleep(0.7)
        meeting.write_text(original, encoding="utf-8")
        _until(lambda: ERROR_MARK not in _fetch(url) and "<h1" in _fetch(url), 600)
        return EditResult(meetings, visible, error, start, beside, rss)
    finally:
        meeting.write_text(original, encoding="utf-8")
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


if __name__ == "__main__":  # python -m tests.bench.edit PROJECT MEETINGS: one size, by hand
    result = measure_edits(Path(sys.argv[1]), int(sys.argv[2]), memory_edits=int(sys.argv[3]) if len(sys.argv) > 3 else 0)
    print(result)
    print(f"edit: {result.meetings} meetings, visible after {result.visible_median:.2f} s, "
          f"error page after {result.error_median:.2f} s, start {result.start:.1f} s (a build beside it {result.beside:.1f} s)")
