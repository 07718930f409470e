"""Untrusted content (issue #15): a change to content/ can change facts, and nothing else.

Each promise of SECURITY.md is checked here; SECURITY.md names the test next to the promise, and
test_security_md_names_a_test_for_every_promise keeps the two in step.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.content import files as load_files
from generator.content.files import MAX_QUOTED, check_content_tree, read_content
from generator.content.load import load_content
from tests.conftest import REPO, SOURCE_TEXT, THEME, minimal_tree, write_tree
from tests.test_malformed import problems_of

MARKER = "SECRET-TOKEN-12345"
SECURITY_MD = REPO / "SECURITY.md"
WORKFLOW = REPO / ".github" / "workflows" / "site.yml"
LINK_TO_FILE_OUTSIDE = ("is a symbolic link to a file outside the content folder; content files must be regular files "
                        "(hint: replace the link with a regular file, or remove it)")
LINK_TO_FOLDER_OUTSIDE = ("is a symbolic link to a folder outside the content folder; content folders must be real "
                          "folders (hint: replace the link with a real folder, or remove it)")


def secret_file(folder: Path, name: str = "secret.txt") -> Path:
    """A file outside any content folder: the marker, then text an excerpt could match."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"{MARKER}\n{SOURCE_TEXT}", encoding="utf-8")
    return path


def replace_with_link(path: Path, target: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
    path.symlink_to(target, target_is_directory=target.is_dir())


def reports(problems: Any) -> list[str]:
    return [str(p) for p in problems]


# --- What the build reads ------------------------------------------------------------------------


def test_links_and_special_files_anywhere_in_content_are_refused_and_named(tmp_path: Path):
    content = write_tree(tmp_path / "content", minimal_tree())
    outside = tmp_path / "outside"
    secret = secret_file(outside)
    (outside / "people").mkdir()
    replace_with_link(content / "sources" / "forum-report.txt", secret)
    (content / "people" / "alias.yaml").symlink_to("ana-souza.yaml")
    (content / "people" / "archive").symlink_to(outside / "people", target_is_directory=True)
    (content / ".loop").symlink_to(".", target_is_directory=True)  # hidden: the loader skips it, MkDocs would not
    (content / ".schema").mkdir()
    (content / ".schema" / "people.json").symlink_to(secret)
    (content / "topics" / "gone.yaml").symlink_to(tmp_path / "nothing-here.yaml")
    os.mkfifo(content / "quotes" / "pipe.yaml")
    with socket.socket(socket.AF_UNIX) as unix:
        before = Path.cwd()
        os.chdir(content / "events")
        try:
            unix.bind("listening.yaml")
        finally:
            os.chdir(before)
        found = reports(sorted(check_content_tree(content.resolve())))
    assert found == [
        "content/.loop: is a symbolic link to a folder inside the content folder (content); content folders "
        "must be real folders (hint: replace the link with a real folder, or remove it)",
        f"content/.schema/people.json: {LINK_TO_FILE_OUTSIDE}",
        "content/events/listening.yaml: is a socket; content files must be regular files "
        "(hint: remove it: content holds only regular files and folders)",
        "content/people/alias.yaml: is a symbolic link to a file inside the content folder "
        "(content/people/ana-souza.yaml); content files must be regular files "
        "(hint: replace the link with a regular file, or remove it)",
        f"content/people/archive: {LINK_TO_FOLDER_OUTSIDE}",
        "content/quotes/pipe.yaml: is a named pipe (FIFO); content files must be regular files "
        "(hint: remove it: content holds only regular files and folders)",
        f"content/sources/forum-report.txt: {LINK_TO_FILE_OUTSIDE}",
        "content/topics/gone.yaml: is a symbolic link that leads nowhere (its target is missing, or a loop); "
        "content files must be regular files (hint: remove the link)",
    ]
    # The loader reports the same, once each, among its other findings, and quotes none of the secret.
    loaded = reports(load_content(content).problems)
    assert set(found) <= set(loaded) and len(loaded) == len(set(loaded))
    assert not any(MARKER in r for r in reports(problems_of(content)))


def test_an_editors_lock_link_to_nowhere_is_left_alone(tmp_path: Path):
    """Emacs's .#<name> lock, a link to nowhere, is never read; a hidden link that leads somewhere is refused."""
    content = write_tree(tmp_path / "content", minimal_tree())
    (content / "people" / ".#ana-souza.yaml").symlink_to("editor@host.4242:1700000000")
    assert check_content_tree(content) == [] and load_content(content).problems == ()
    (content / "people" / ".#other.yaml").symlink_to(content / "people" / "ana-souza.yaml")
    assert [p.path for p in check_content_tree(content)] == ["content/people/.#other.yaml"]


def test_schema_never_writes_through_a_link(tmp_path: Path):
    from click.testing import CliRunner

    from generator.adapters.cli import cli

    content = write_tree(tmp_path / "content", minimal_tree())
    outside = tmp_path / "outside.yaml"
    outside.write_text("name: Outside\n", encoding="utf-8")
    (content / "people" / "rui-almeida.yaml").symlink_to(outside)
    result = CliRunner().invoke(cli, ["schema", "--content", str(content)])
    assert result.exit_code == 0, result.output
    assert outside.read_text(encoding="utf-8") == "name: Outside\n"  # untouched
    assert (content / "people" / "ana-souza.yaml").read_text(encoding="utf-8").startswith("# yaml-language-server")


def test_a_markdown_page_cannot_carry_html_or_a_script_link(tmp_path: Path):
    tree = minimal_tree()
    tree["pages/about.md"] = ("---\ntitle: About\n---\nHello <script>alert(1)</script>.\n\n"
                              "[Click](javascript:alert(1)) and [here](https://example.org/).\n")
    content = write_tree(tmp_path / "content", tree)
    messages = [(p.line, p.message) for p in problems_of(content)]
    assert len(messages) == 2, messages
    assert messages[0][0] == 4 and messages[0][1].startswith("raw HTML")
    assert messages[1][0] == 6 and "javascript:" in messages[1][1]


def test_the_content_folder_itself_may_be_reached_through_a_link(tmp_path: Path):
    content = write_tree(tmp_path / "real" / "content", minimal_tree())
    (tmp_path / "via").symlink_to(content, target_is_directory=True)
    assert problems_of(tmp_path / "via") == ()
    raw = load_content(tmp_path / "via")
    assert raw.briefing is not None and len(raw.documents) == 9 and raw.problems == ()


def test_a_link_swapped_in_after_listing_is_not_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A folder on the way, swapped for a link between listing and opening: no file under it is read."""
    content = write_tree(tmp_path / "content", minimal_tree())
    people = (content / "people").resolve()
    outside = tmp_path / "outside" / "people"
    real_open = load_files._open_inside
    opened: list[Path] = []

    def open_after_swap(path: Path, root: Path) -> int:
        opened.append(path)
        if path.parent == people and not people.is_symlink():
            shutil.copytree(people, outside)
            (outside / "ana-souza.yaml").write_text(f"name: {MARKER}\n", encoding="utf-8")
            shutil.rmtree(people)
            people.symlink_to(outside, target_is_directory=True)
        return real_open(path, root)

    monkeypatch.setattr(load_files, "_open_inside", open_after_swap)
    raw = load_content(content)
    assert people / "ana-souza.yaml" in opened, "the swap happened after the folder was listed"
    assert f"content/people: {LINK_TO_FOLDER_OUTSIDE}" in reports(raw.problems)
    assert not any(d.kind == "people" for d in raw.documents)
    assert MARKER not in repr(raw)


def test_a_fifo_swapped_in_cannot_hang_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    content = write_tree(tmp_path / "content", minimal_tree())
    real_open = load_files._open_inside

    def open_after_swap(path: Path, root: Path) -> int:
        if path.name == "ana-souza.yaml" and path.is_file():
            path.unlink()
            os.mkfifo(path)  # nobody will ever write to it
        return real_open(path, root)

    monkeypatch.setattr(load_files, "_open_inside", open_after_swap)
    result: list[Any] = []
    reader = threading.Thread(target=lambda: result.append(load_content(content)), daemon=True)
    reader.start()
    reader.join(timeout=20)
    assert result, "reading a FIFO hung the loader"
    assert ("content/people/ana-souza.yaml: is a named pipe (FIFO); content files must be regular files "
            "(hint: remove it: content holds only regular files and folders)") in reports(result[0].problems)


def test_a_path_outside_the_content_folder_is_not_read(tmp_path: Path):
    content = write_tree(tmp_path / "content", minimal_tree()).resolve()
    secret = secret_file(tmp_path / "outside")
    for path in (content / ".." / "outside" / "secret.txt", secret):
        problems: list[Any] = []
        assert read_content(path, content, problems) is None
        assert reports(problems) == ["outside/secret.txt: is outside the content folder; content files must be "
                                     "inside it (hint: move the file into content/)"]
    problems = []
    assert read_content(content / "sources" / "forum-report.txt", content, problems) == SOURCE_TEXT
    assert problems == []


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    content = write_tree(tmp_path / "content", minimal_tree()).resolve()
    big = content / "sources" / "forum-report.txt"
    big.write_bytes(b"x" * (load_files.MAX_FILE_BYTES * 4))
    reads: list[int] = []
    real_fdopen = os.fdopen

    def counting_fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        stream = real_fdopen(fd, *args, **kwargs)
        real_read = stream.read
        stream.read = lambda size=-1: reads.append(size) or real_read(size)  # type: ignore[method-assign]
        return stream

    monkeypatch.setattr(load_files.os, "fdopen", counting_fdopen)
    problems: list[Any] = []
    assert read_content(big, content, problems) is None
    assert reads == []  # refused on fstat's size, before a byte was read
    assert reports(problems)[0].startswith("content/sources/forum-report.txt:1:1: the file is 4,194,304 bytes")


# --- What an error prints ------------------------------------------------------------------------

LONG = "x" * 100 + MARKER
"""A line longer than MAX_QUOTED, with the marker past the point where a quote must stop."""


@pytest.mark.parametrize(("name", "raw"), [
    ("duplicate key", f"name: A\n{LONG}: 1\n{LONG}: 2\n".encode()),
    ("tag", f"name: !{LONG} A\n".encode()),
    ("anchor", f"name: &{LONG} A\n".encode()),
    ("alias", f"name: *{LONG}\n".encode()),
    ("syntax error", f"name: A: {LONG}\n".encode()),
    ("unclosed quote", f'name: "{LONG}\n'.encode()),
    ("control character", f"name: {LONG}\x01{LONG}\n".encode()),
    ("invalid UTF-8", f"name: {LONG}".encode() + b"\xe3" + LONG.encode() + b"\n"),
    ("tab", f"name:\n\t{LONG}\n".encode()),
])
def test_errors_quote_at_most_a_short_piece_of_a_file(name: str, raw: bytes, tmp_path: Path):
    content = write_tree(tmp_path / "content", minimal_tree())
    (content / "people" / "ana-souza.yaml").write_bytes(raw)
    problems = problems_of(content)
    assert problems, name
    for problem in problems:
        assert MARKER not in str(problem)
        quoted = re.findall(r"x{2,}", str(problem))
        assert all(len(q) <= MAX_QUOTED for q in quoted), str(problem)
        assert len(str(problem)) < 3 * MAX_QUOTED + 200 + len(problem.hint), str(problem)


# --- What the build executes, reads and writes: real builds --------------------------------------


def write_project(root: Path, tree: dict[str, Any]) -> Path:
    write_tree(root / "content", tree)
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["theme"]["custom_dir"] = str(THEME)
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return root


def run(project: Path, *command: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, *command], capture_output=True, text=True, cwd=project, env=env,
                          timeout=timeout)


def snapshot(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def everything_under(folder: Path) -> bytes:
    """Every byte of every regular file under `folder`, links not followed."""
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _link_source_text(content: Path, outside: Path) -> None:  # the case in the issue
    replace_with_link(content / "sources" / "forum-report.txt", secret_file(outside))


def _link_yaml(content: Path, outside: Path) -> None:
    target = outside / "ana-souza.yaml"
    outside.mkdir(parents=True, exist_ok=True)
    target.write_text(f"name: {MARKER}\nevidence:\n- source: forum-report\n  excerpt: Minister Ana Souza\n",
                      encoding="utf-8")
    replace_with_link(content / "people" / "ana-souza.yaml", target)


def _link_folder(content: Path, outside: Path) -> None:
    shutil.copytree(content / "sources", outside / "sources")
    secret_file(outside / "sources", "forum-report.txt")
    replace_with_link(content / "sources", outside / "sources")


def _link_hidden(content: Path, outside: Path) -> None:  # the loader skips hidden files; MkDocs walks them
    secret_file(outside / "notes")
    (content / ".notes").symlink_to(outside / "notes", target_is_directory=True)


def _link_readme(content: Path, outside: Path) -> None:  # a page MkDocs would render, were it not refused
    (content / "README.md").symlink_to(secret_file(outside))


def _link_loop(content: Path, outside: Path) -> None:  # MkDocs follows links: two loops were 2^40 folders
    (content / ".a").symlink_to(".", target_is_directory=True)
    (content / ".b").symlink_to(".", target_is_directory=True)


LINKED = {"source-text": _link_source_text, "yaml": _link_yaml, "folder": _link_folder, "hidden": _link_hidden,
          "readme": _link_readme, "loop": _link_loop}


@pytest.mark.parametrize("case", LINKED)
def test_a_link_publishes_nothing_and_keeps_the_previous_site(case: str, tmp_path: Path,
                                                               tmp_path_factory: pytest.TempPathFactory):
    project = write_project(tmp_path / "project", minimal_tree())
    outside = tmp_path_factory.mktemp("outside")
    first = run(project, "-m", "generator", "build")
    assert first.returncode == 0, first.stderr
    before = snapshot(project / "site")
    LINKED[case](project / "content", outside)
    for command in (["-m", "generator", "build"], ["-m", "generator", "validate", "--format", "github"],
                    ["-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "plain")]):
        result = run(project, *command, timeout=60)
        assert result.returncode == 1, (command, result.stderr)
        printed = result.stdout + result.stderr
        assert "Traceback" not in printed
        assert "symbolic link" in printed
        assert MARKER not in printed
    assert snapshot(project / "site") == before, "the previous site is left as it was"
    assert not (tmp_path / "plain").exists() or MARKER.encode() not in everything_under(tmp_path / "plain")
    assert sorted(p.name for p in project.iterdir()) == ["content", "mkdocs.yml", "site"], "no staging left"
    assert MARKER.encode() not in everything_under(project)


AUDIT = '''
import atexit, json, sys
events = []
def hook(event, args):
    if event == "open":
        events.append(["open", str(args[0]), args[2] if isinstance(args[2], int) else 0])
    elif event in ("subprocess.Popen", "os.posix_spawn", "os.exec", "os.spawn", "os.system", "os.startfile"):
        events.append([event, repr(args[0]), [str(a) for a in args[1]] if isinstance(args[1], list) else [repr(args[1])]])
    elif event in ("os.mkdir", "os.rename", "os.replace", "os.remove", "os.rmdir", "shutil.rmtree", "os.symlink",
                   "os.link", "os.chmod", "os.truncate", "os.utime"):
        events.append([event, *[str(a) for a in args[:2]]])
log = open(sys.argv[1], "w")
atexit.register(lambda: (json.dump(events, log), log.close()))
sys.addaudithook(hook)
sys.argv = ["factsheet", *sys.argv[2:]]
from generator.adapters.cli import main
main()
'''
_WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


@pytest.fixture(scope="module")
def audited_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[list[Any]]]:
    """One `factsheet build` of a project with git history, every file it opened and program it ran
    recorded by a Python audit hook."""
    project = write_project(tmp_path_factory.mktemp("audited"), minimal_tree())
    git = ["git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org", "-c", "commit.gpgsign=false"]
    for command in (["init", "-q"], ["add", "content", "mkdocs.yml"], ["commit", "-q", "-m", "Add the facts"]):
        subprocess.run([*git, *command], cwd=project, check=True, capture_output=True)
    (project / "audit.py").write_text(AUDIT, encoding="utf-8")
    result = run(project, str(project / "audit.py"), str(project / "audit.json"), "build")
    assert result.returncode == 0, result.stderr
    return project, json.loads((project / "audit.json").read_text(encoding="utf-8"))


def test_the_build_reads_only_content_theme_config_and_its_own_code(audited_build: tuple[Path, list[list[Any]]]):
    project, events = audited_build
    content = (project / "content").resolve()
    python = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, sys.exec_prefix, REPO / ".venv")}
    allowed = [*python, (REPO / "generator").resolve(), THEME.resolve(), (project / "content").resolve(),
               (project / "mkdocs.yml").resolve(), (project / "audit.json").resolve()]
    content_reads = 0
    for event in events:
        if event[0] != "open" or event[1].isdigit():
            continue  # a descriptor already open
        if "/" not in event[1]:  # opened by name inside a content folder's descriptor (read_content)
            content_reads += 1
            continue
        path = Path(event[1]).resolve()
        if event[2] & _WRITING:
            continue  # see the next test
        if path == content or content in path.parents:  # only the folder itself, for read_content's walk
            assert path == content and event[2] & os.O_DIRECTORY, f"{path} was opened by its full path"
        assert any(path == a or a in path.parents for a in allowed), f"the build read {path}"
    assert content_reads >= 11, "every content file is read through read_content"


def test_the_build_writes_only_the_site_through_a_staging_folder(audited_build: tuple[Path, list[list[Any]]]):
    project, events = audited_build
    staging = re.compile(rf"^{re.escape(str(project))}/\.site-building-\d+-[^/]+(/|$)")
    for event in events:
        if event[0] == "open" and event[2] & _WRITING and not event[1].endswith("audit.json"):
            if event[1].isdigit():
                continue  # a descriptor already open: the pipe to git cat-file
            assert staging.match(event[1]), f"the build wrote {event[1]}"
        if event[0] == "os.mkdir":
            assert event[1] == str(project) or staging.match(event[1]), f"the build made the folder {event[1]}"
        if event[0] in ("os.remove", "os.rmdir", "shutil.rmtree", "os.symlink", "os.link", "os.truncate"):
            assert staging.match(event[1]), f"{event[0]} {event[1]}"
    renames = [e for e in events if e[0] in ("os.rename", "os.replace")]
    assert len(renames) == 1 and staging.match(renames[0][1]) and renames[0][2] == str(project / "site")
    assert (project / "site" / "index.html").is_file()


def test_the_build_runs_git_and_no_other_program(audited_build: tuple[Path, list[list[Any]]]):
    _project, events = audited_build
    programs = [e for e in events if e[0] != "open" and not e[0].startswith(("os.", "shutil."))]
    assert programs, "git is asked for the history"
    for _event, executable, args in programs:
        assert executable == "'git'" and args[0] == "git", (executable, args)  # no shell in between
        assert args[1] in ("rev-parse", "log", "cat-file"), args
    assert any(a[1] == "log" and "--raw" in a for _e, _x, a in programs), "the history of content/ is read"


def test_content_is_data_never_code(tmp_path: Path):
    """Jinja, Markdown and HTML in a fact are shown as the text they are; a YAML tag is refused unrun."""
    tree = minimal_tree()
    payload = "{{ 7 * 7 }} {% if true %}jinja{% endif %} **bold** <script>alert(1)</script> [x](javascript:alert(1))"
    tree["statements/patrols-discussed.yaml"]["text"] = payload
    project = write_project(tmp_path, tree)
    result = run(project, "-m", "generator", "build")
    assert result.returncode == 0, result.stderr
    pages = b"".join(p.read_bytes() for p in (project / "site").rglob("*.html")).decode()
    assert "{{ 7 * 7 }} {% if true %}jinja{% endif %} **bold** &lt;script&gt;alert(1)&lt;/script&gt;" in pages
    assert "<script>alert(1)" not in pages and "<strong>bold</strong>" not in pages
    assert 'href="javascript:' not in pages
    # A tag that would run a command when loaded by an unsafe YAML loader.
    (project / "content" / "people" / "ana-souza.yaml").write_text(
        'name: !!python/object/apply:os.system ["touch ran-from-content"]\n', encoding="utf-8")
    result = run(project, "-m", "generator", "build")
    assert result.returncode == 1 and "tag tag:yaml.org,2002:python/object/apply:os.system is not allowed" in result.stderr
    assert not (project / "ran-from-content").exists()


# --- How CI treats pull requests -----------------------------------------------------------------


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return loaded


def _steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_ci_pins_every_action_to_a_full_commit(workflow: dict[Any, Any]):
    uses = [s["uses"] for s in _steps(workflow) if "uses" in s]
    assert uses
    assert all(re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", u) for u in uses), uses


def test_ci_gives_pull_requests_a_read_only_token_and_no_secrets(workflow: dict[Any, Any]):
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "pull_request_target" not in text and "secrets." not in text
    assert workflow["permissions"] == {"contents": "read"}
    assert workflow["jobs"]["test"]["permissions"] == {"contents": "read"}
    checkout = next(s for s in _steps(workflow) if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["persist-credentials"] is False


def test_ci_deploys_only_a_push_to_main(workflow: dict[Any, Any]):
    on_main = "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    jobs = workflow["jobs"]
    assert "if" not in jobs["test"], "every pull request is validated, tested and built"
    assert jobs["deploy"]["if"] == on_main
    upload = next(s for s in jobs["test"]["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["if"] == on_main
    writers = [name for name, job in jobs.items() if "write" in job.get("permissions", {}).values()]
    assert writers == ["deploy"]


# --- SECURITY.md ---------------------------------------------------------------------------------


def test_security_md_names_a_test_for_every_promise():
    text = SECURITY_MD.read_text(encoding="utf-8")
    named = set(re.findall(r"`(test_\w+)`", text))
    here = {name for name, value in globals().items() if name.startswith("test_") and callable(value)}
    assert named <= here, f"SECURITY.md names tests that do not exist: {sorted(named - here)}"
    assert here - {"test_security_md_names_a_test_for_every_promise"} <= named, (
        f"tests that SECURITY.md does not name: {sorted(here - named)}")
    assert "security advisory" in text.lower() and "Report a vulnerability" in text

