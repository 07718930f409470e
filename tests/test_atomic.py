"""A failed `factsheet build`, at any stage and however it dies, leaves the last good site byte for byte.

Failures are made with an MkDocs hooks file (`hooks:` in mkdocs.yml) that fails on demand, chosen by
an environment variable: after some pages are written, after all of them, or by waiting to be killed.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from generator.adapters.site import recover, swap_in
from tests.conftest import THEME, minimal_tree

HOOKS = '''
"""Test hooks: fail the build at the stage named by FACTSHEET_TEST_FAIL."""
import os
import shutil
import time
from pathlib import Path

from mkdocs.exceptions import PluginError

STAGE = os.environ.get("FACTSHEET_TEST_FAIL", "")
written = 0


def on_post_page(output, page, config):
    global written
    written += 1
    if written == 3 and STAGE == "bug-mid-pages":
        raise RuntimeError("a bug in the middle of writing pages")
    if written == 3 and STAGE == "kill-mid-pages":
        Path(os.environ["FACTSHEET_TEST_READY"]).write_text(config.site_dir, encoding="utf-8")
        time.sleep(120)
    return output


def on_post_build(config):
    if STAGE == "after-all-pages":
        raise PluginError("failing after every page was written")
'''


def snapshot(site: Path) -> dict[str, tuple[bytes, int]]:
    """Every file and folder of the site: its bytes (None for a folder) and modification time."""
    return {str(p.relative_to(site)): (p.read_bytes() if p.is_file() else b"<dir>", p.stat().st_mtime_ns)
            for p in sorted(site.rglob("*"))}


def leftovers(project: Path) -> list[str]:
    return sorted(p.name for p in project.iterdir() if p.name.startswith(".site-"))


@pytest.fixture
def project(make_project) -> Path:
    project = make_project(minimal_tree())
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config["hooks"] = ["hooks.py"]
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    (project / "hooks.py").write_text(HOOKS, encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    subprocess.run(["git", "add", "."], cwd=project, check=True)
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "content"],
                   cwd=project, check=True)
    return project


def factsheet_build(project: Path, stage: str = "", **kwargs) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACTSHEET_TEST_FAIL": stage}
    return subprocess.run([sys.executable, "-m", "generator", "build"], cwd=project, env=env, capture_output=True,
                          text=True, timeout=180, **kwargs)


def test_every_failure_leaves_the_last_good_site(project: Path):
    first = factsheet_build(project)
    assert first.returncode == 0, first.stderr
    site = project / "site"
    good = snapshot(site)
    assert "people/ana-souza/index.html" in good and len(good) > 20

    # 1. Bad content: the build stops before MkDocs writes a page.
    meeting = project / "content/meetings/souza-harbour-group.yaml"
    text = meeting.read_text(encoding="utf-8")
    meeting.write_text(text.replace("event: spring-forum", "event: spring-forum\nevent: again"), encoding="utf-8")
    result = factsheet_build(project)
    assert result.returncode == 1 and "duplicate key 'event'" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(site) == good and leftovers(project) == []
    meeting.write_text(text, encoding="utf-8")

    # 2. A plugin error after every page was written: a user error, reported cleanly.
    result = factsheet_build(project, "after-all-pages")
    assert result.returncode == 1 and "failing after every page was written" in result.stderr
    assert "previous site was left as it was" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(site) == good and leftovers(project) == []

    # 3. A bug halfway through writing pages: a traceback (it is a bug), but the site is untouched.
    result = factsheet_build(project, "bug-mid-pages")
    assert result.returncode != 0 and "a bug in the middle of writing pages" in result.stderr
    assert snapshot(site) == good and leftovers(project) == []


def test_sigkill_mid_build_leaves_the_site_and_the_next_build_tidies_up(project: Path, tmp_path: Path):
    assert factsheet_build(project).returncode == 0
    site = project / "site"
    good = snapshot(site)
    ready = tmp_path / "ready"
    env = {**os.environ, "FACTSHEET_TEST_FAIL": "kill-mid-pages", "FACTSHEET_TEST_READY": str(ready)}
    process = subprocess.Popen([sys.executable, "-m", "generator", "build"], cwd=project, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert process.poll() is None, "the build ended before it reached the pages"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        staging = Path(ready.read_text(encoding="utf-8"))
        assert staging.parent == project and list(staging.rglob("*.html")), "pages were being written"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert snapshot(site) == good
    assert leftovers(project) == [staging.name]

    # The next build succeeds, shows the edit, and removes what the killed build left behind.
    person = project / "content/people/ana-souza.yaml"
    person.write_text(person.read_text(encoding="utf-8").replace("name: Ana Souza", "name: Ana M. Souza"),
                      encoding="utf-8")
    result = factsheet_build(project)
    assert result.returncode == 0, result.stderr
    assert "Ana M. Souza" in (site / "people/ana-souza/index.html").read_text(encoding="utf-8")
    assert leftovers(project) == []


def test_swap_is_one_exchange_and_recovery_mends_an_interrupted_fallback(tmp_path: Path):
    final, new = tmp_path / "site", tmp_path / ".site-building-1-x"
    for folder, text in ((final, "old"), (new, "new")):
        folder.mkdir()
        (folder / "index.html").write_text(text, encoding="utf-8")
    inode = new.stat().st_ino
    swap_in(new, final)
    assert (final / "index.html").read_text(encoding="utf-8") == "new" and final.stat().st_ino == inode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]

    # A crash between the fallback's two renames leaves the old site aside; the next build puts it back.
    aside = tmp_path / ".site-old-abc"
    aside.mkdir()
    final.rename(aside / "site")
    recover(final)
    assert (final / "index.html").read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


@pytest.mark.parametrize("site_dir", [".", "content", "content/out", ".."])
def test_a_site_folder_that_would_swallow_the_project_is_refused(project: Path, site_dir: str):
    before = sorted(str(p.relative_to(project)) for p in project.rglob("*") if ".git" not in p.parts)
    result = subprocess.run([sys.executable, "-m", "generator", "build", "-d", site_dir], cwd=project,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "choose a folder" in result.stderr.lower()
    assert sorted(str(p.relative_to(project)) for p in project.rglob("*") if ".git" not in p.parts) == before


def test_a_broken_internal_link_or_anchor_fails_the_build_and_keeps_the_site(project: Path):
    site = project / "site"
    theme = project / "theme"
    shutil.copytree(THEME, theme)
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config["theme"]["custom_dir"] = "theme"
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    assert factsheet_build(project).returncode == 0, "the copied theme builds as it is"
    good = snapshot(site)
    template = theme / "pages" / "people.html"
    original = template.read_text(encoding="utf-8")
    for broken, message in (('<a href="../../nowhere/">x</a>', "links to '../../nowhere/', which is not a page"),
                            ('<a href="#no-such-anchor">x</a>', "has no anchor 'no-such-anchor'")):
        template.write_text(original + broken, encoding="utf-8")
        result = factsheet_build(project)
        assert result.returncode == 1 and message in result.stderr, result.stderr
        assert "content/people/ana-souza.yaml: page people/ana-souza.md:" in result.stderr
        assert "Traceback" not in result.stderr
        assert snapshot(site) == good and leftovers(project) == []


def test_a_build_writes_nothing_outside_its_output_folder(project: Path, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    def outside() -> dict[str, tuple[bytes, int]]:
        return {k: v for k, v in snapshot(project).items() if not k.startswith((".git", "site"))}

    before = outside()
    result = subprocess.run([sys.executable, "-m", "generator", "build", "-d", str(elsewhere / "out")], cwd=project,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert outside() == before and not (project / "site").exists()
    assert [p.name for p in elsewhere.iterdir()] == ["out"] and (elsewhere / "out/index.html").is_file()
