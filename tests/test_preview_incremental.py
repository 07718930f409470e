"""The preview's incremental rebuilds are exact: random edits, each followed by a `mkdocs serve --dirty`
rebuild (the plugin kept from build to build, as serve keeps it) and a clean `mkdocs build` of the
same content, and every file of the two sites compared byte for byte.

The edits are those an editor makes: a title or a name changed, a participant dropped, a date moved,
a file added, deleted or renamed, a source text extended, a file broken with a duplicate key and
fixed again. While the content is broken, the preview's site is the error page and nothing else.
The trees: synthetic ones, the desk of two briefings with pages in Markdown, and a synthetic one with
short pages, so that indexes, the timeline and long sections' full lists run over many pages.

The edits reach the preview as a stat of every file finds them; tests/test_serve.py checks the file
system's events that name them under `mkdocs serve`.
"""
from __future__ import annotations

import random
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.pages import pagination, timeline
from tests.bench.synthetic import write_tree
from tests.conftest import REPO, THEME
from tests.figures import count
from tests.test_desk import desk_tree

SERVE_URL = "http://127.0.0.1:8000/"
SEQUENCES = 3
STEPS = 16


def _project(root: Path, meetings: int) -> Path:
    """A project of a synthetic tree of `meetings` meetings; with 0, the desk of tests/test_desk.py
    (the Hague briefing and a second one, sharing a person and a country, with pages in Markdown)."""
    if meetings:
        write_tree(root / "content", meetings)
    else:
        desk_tree(root)
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["theme"]["custom_dir"] = str(THEME)
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return root


def _config(project: Path, site: Path):  # type: ignore[no-untyped-def]
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.site_url = SERVE_URL  # as serve sets it, in both builds
    return config


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


class Editor:
    """Random edits to a content tree, each a change an editor could save."""

    def __init__(self, content: Path, rng: random.Random):
        self.content, self.rng = content, rng
        self.broken: tuple[Path, str] | None = None
        """A file saved broken, with its text before: the next step puts it back."""
        self.last: tuple[Path, str] | None = None
        """The file the last edit changed, with its text before."""
        self.added = 0

    def pick(self, kind: str) -> Path:
        return self.rng.choice(sorted((self.content / kind).glob("*.yaml")))

    def replace_line(self, path: Path, field: str, value: str) -> bool:
        text = path.read_text(encoding="utf-8")
        self.last = (path, text)
        changed = re.sub(rf"^{field}: .*$", f"{field}: {value}", text, count=1, flags=re.M)
        path.write_text(changed, encoding="utf-8")
        return changed != text

    def step(self) -> str:
        if self.broken is not None:  # fix what the last step broke
            path, text = self.broken
            path.write_text(text, encoding="utf-8")
            self.broken = None
            return f"fix {path.name}"
        self.last = None
        edits = [self.title, self.name, self.name, self.name, self.drop_participant, self.date, self.add_statement,
                 self.delete_quote, self.rename_statement, self.extend_source, self.break_file, self.topic_name]
        return self.rng.choice(edits)()

    def title(self) -> str:
        path = self.pick("meetings")
        self.replace_line(path, "title", f"Talks number {self.rng.randrange(10_000)}")
        return f"title of {path.name}"

    def name(self) -> str:
        """A person's, country's or topic's name, changed at its end: the lists sorted by name keep
        their order, so the preview renders again only the pages that show the name."""
        path = self.pick(self.rng.choice(["people", "organisations", "topics"]))
        old = re.search(r"^name: (.*)$", path.read_text(encoding="utf-8"), flags=re.M)
        assert old is not None
        self.replace_line(path, "name", f"{old.group(1).strip(chr(39))} Zz{self.rng.randrange(100)}")
        return f"name of {path.name}"

    def topic_name(self) -> str:
        path = self.pick("topics")
        self.replace_line(path, "name", f"Topic {self.rng.randrange(10_000)}")
        return f"name of {path.name}"

    def drop_participant(self) -> str:
        path = self.pick("meetings")
        self.last = (path, path.read_text(encoding="utf-8"))
        data = yaml.safe_load(self.last[1])
        if len(data["participants"]) > 2:
            data["participants"].pop(self.rng.randrange(len(data["participants"])))
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return f"participant of {path.name}"

    def date(self) -> str:
        path = self.pick("meetings")
        rng = self.rng
        self.replace_line(path, "date", f"'20{rng.randrange(19, 26)}-0{rng.randrange(1, 10)}-1{rng.randrange(10)}'")
        return f"date of {path.name}"

    def add_statement(self) -> str:
        source = self.pick("statements")
        self.added += 1
        target = source.with_name(f"added-statement-{self.added}-{self.rng.randrange(1000)}.yaml")
        shutil.copyfile(source, target)
        return f"add {target.name}"

    def delete_quote(self) -> str:
        quotes = sorted((self.content / "quotes").glob("*.yaml"))
        if len(quotes) < 3:
            return "no quote deleted"
        path = self.rng.choice(quotes)
        path.unlink()
        return f"delete {path.name}"

    def rename_statement(self) -> str:
        path = self.pick("statements")
        target = path.with_name(f"renamed-{self.rng.randrange(10_000)}-{path.name}")
        path.rename(target)
        return f"rename {path.name}"

    def extend_source(self) -> str:
        path = self.rng.choice(sorted((self.content / "sources").glob("*.txt")))
        path.write_text(path.read_text(encoding="utf-8") + f"A closing line {self.rng.randrange(1000)}.\n",
                        encoding="utf-8")
        return f"extend {path.name}"

    def break_file(self) -> str:
        path = self.pick(self.rng.choice(["meetings", "people", "topics"]))
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0]
        path.write_text(f"{first}\n{text}", encoding="utf-8")  # the first key twice
        self.broken = (path, text)
        return f"break {path.name}"


def _clean_build(project: Path, site: Path, plugin: Any) -> None:
    """A `mkdocs build`, as its own process would run it: in this process MkDocs hands every config
    the plugin serve keeps, so the build goes without its session."""
    session, plugin.session = plugin.session, None
    try:
        build(_config(project, site), serve_url=None)
    finally:
        plugin.session = session


@pytest.mark.parametrize(("seed", "meetings", "small"),
                         [*((seed, 40, False) for seed in range(SEQUENCES)), (0, 0, False), (1, 0, False), (3, 40, True)])
def test_random_edits_give_the_site_a_clean_build_gives(tmp_path, monkeypatch, seed, meetings, small):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1750000000")
    if small:  # short pages, so that a small tree has indexes, a timeline and full lists over many pages
        monkeypatch.setattr(pagination, "SECTION_LIMIT", 4)
        monkeypatch.setattr(pagination, "PAGE_SIZE", 3)
        monkeypatch.setattr(pagination, "PAGE_SIZES", dict.fromkeys(pagination.PAGE_SIZES, 5))
        monkeypatch.setattr(timeline, "PAGE_SIZE", 7)
    project = _project(tmp_path / "project", meetings)
    served, clean = tmp_path / "served", tmp_path / "clean"
    config = _config(project, served)
    config.plugins.on_startup(command="serve", dirty=True)
    plugin = config.plugins["factsheet"]
    build(config, serve_url=SERVE_URL, dirty=True)
    editor = Editor(project / "content", random.Random(seed))
    compared = 0
    try:
        for _ in range(STEPS):
            what = editor.step()
            config = _config(project, served)
            assert config.plugins["factsheet"] is plugin  # serve keeps the plugin, and so its state
            build(config, serve_url=SERVE_URL, dirty=True)
            shutil.rmtree(clean, ignore_errors=True)
            try:
                _clean_build(project, clean, plugin)
            except Exception:  # the content is broken: the preview says so, everywhere
                site = _files(served)
                assert not any(path.endswith(".html") and path not in ("404.html", "search.html") for path in site), what
                assert b'data-factsheet-preview="problems"' in site["404.html"], what
                if editor.broken is None:  # an edit that broke a rule across files: the next step undoes it
                    assert editor.last is not None, what
                    editor.broken = editor.last
                assert re.search(rb"content/[a-z]+/[a-z0-9-]+\.yaml:\d+", site["404.html"]), what  # file and line
                continue
            expected, got = _files(clean), _files(served)
            assert sorted(got) == sorted(expected), (what, set(got) ^ set(expected))
            differing = [path for path in expected if expected[path] != got[path]]
            assert differing == [], f"after {what}: {differing[:5]}"
            compared += len(expected)
    finally:
        config.plugins.on_shutdown()
    count("preview property test", "edits", STEPS)
    count("preview property test", "files compared", compared)
    count("preview property test", "differences", 0)
