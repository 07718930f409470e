"""The package stands on its own: a wheel built from the project, installed into an empty virtual
environment, builds a site from a bare mkdocs.yml beside a content folder, with nothing of the
repository in reach. The theme travels inside the wheel as generator.theme."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO, minimal_tree, write_tree


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # A copy of the project, so that building leaves no build/ or egg-info in the work tree.
    source = out / "source"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(".git", ".venv", "site", "node_modules", "build",
                                                                 "*.egg-info", "__pycache__", ".pytest_cache"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(out), str(source)], check=True, capture_output=True, timeout=300)
    (found,) = out.glob("factsheet-*.whl")
    return found


def test_the_wheel_holds_the_package_and_the_theme(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("generator/adapters/plugin.py", "generator/content/schema.py", "generator/theme/main.html",
                 "generator/theme/mkdocs_theme.yml", "generator/theme/pages/home.html",
                 "generator/theme/css/factsheet.css", "generator/theme/js/search.js",
                 "generator/editing/draft/__init__.py", "generator/editing/project/mkdocs.yml",
                 "generator/editing/project/workflow.yml"):
        assert name in names, name
    # pyproject.toml lists the packages one by one (the theme ships from another folder), so a new package
    # left out of that list would be missing from the wheel.
    modules = {str(path.relative_to(REPO)) for path in (REPO / "generator").rglob("*.py")}
    assert modules - names == set()
    assert not any(name.startswith(("tests/", "content/")) for name in names)


@pytest.mark.parametrize("theme", ["theme: factsheet\n", ""])
def test_an_installed_wheel_builds_a_bare_project(wheel: Path, tmp_path: Path, theme: str) -> None:
    env = tmp_path / "env"
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    env_site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                              capture_output=True, text=True, check=True).stdout.strip()
    # The wheel alone, unpacked as pip would; its dependencies come from the project's environment,
    # whose own editable install of the project is not on the path (a .pth line adds no .pth files).
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(env_site)
    Path(env_site, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")

    project = tmp_path / "project"
    write_tree(project / "content", minimal_tree())
    (project / "mkdocs.yml").write_text(f"site_name: A bare project\ndocs_dir: content\n{theme}plugins:\n  - factsheet\n",
                                       encoding="utf-8")
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    run = subprocess.run([str(python), "-c", "import generator; print(generator.__file__)"], cwd=project, env=clean,
                         capture_output=True, text=True, check=True)
    assert run.stdout.startswith(env_site), run.stdout  # the wheel's copy, not the repository's
    built = subprocess.run([str(python), "-m", "mkdocs", "build", "--strict"], cwd=project, env=clean,
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    person = (project / "site" / "people" / "ana-souza" / "index.html").read_text(encoding="utf-8")
    assert "Ana Souza" in person and 'class="cite"' in person
    if theme:  # factsheet's own shell, from the wheel
        assert 'href="../../css/factsheet.css"' in person and (project / "site/css/factsheet.css").is_file()
