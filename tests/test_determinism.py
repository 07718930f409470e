"""Two builds of one commit are byte-identical, in any time zone, at any time, with any hash seed.

Each build runs in its own process (so that set and dict orders under different PYTHONHASHSEEDs
are compared too), in a different time zone, and at least a second apart. The build date comes
from the last commit, which is set to a day long past to show that the clock plays no part.
"""
from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import REPO, minimal_tree

COMMIT_DATE = "2025-06-24T12:00:00+00:00"


def build(project: Path, out: Path, tz: str, seed: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env.update(TZ=tz, PYTHONHASHSEED=seed)
    result = subprocess.run([sys.executable, "-m", "generator", "build", "-d", str(out)], cwd=project, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr


def files(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("content", ["small tree", "the Hague briefing"])
def test_two_builds_are_byte_identical(content: str, make_project, tmp_path: Path):
    project = make_project(minimal_tree())
    if content == "the Hague briefing":
        shutil.rmtree(project / "content")
        shutil.copytree(REPO / "content", project / "content")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    subprocess.run(["git", "add", "."], cwd=project, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "content"], cwd=project, check=True,
                   env={**os.environ, "GIT_COMMITTER_DATE": COMMIT_DATE, "GIT_AUTHOR_DATE": COMMIT_DATE})

    first, second = tmp_path / "first", tmp_path / "second"
    build(project, first, "UTC", "1")
    time.sleep(1.1)  # a different second on the clock
    build(project, second, "Pacific/Kiritimati", "2")  # UTC+14: another calendar day for half of each day

    a, b = files(first), files(second)
    assert len(a) > 20 and a.keys() == b.keys()
    differing = sorted(name for name in a if a[name] != b[name])
    print(f"{content}: files that differ between two builds: {len(differing)} of {len(a)}")
    assert differing == []
    # MkDocs stamps the gzipped sitemap with the pages' date: the day of the commit, not today.
    gz = a["sitemap.xml.gz"]
    stamp = datetime.fromtimestamp(int.from_bytes(gz[4:8], "little"), UTC)
    assert stamp.date().isoformat() == COMMIT_DATE[:10]
    assert gzip.decompress(gz) == a["sitemap.xml"]
