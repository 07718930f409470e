"""Shared fixtures: small content trees written from dict literals into temporary folders."""
from __future__ import annotations

import copy
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
THEME = REPO / "theme"

SOURCE_TEXT = (
    "At the Spring Forum in Lisbon, Minister Ana Souza met the leaders of the Harbour Group.\n"
    "They discussed port security and \u201cshared patrols\u201d at length.\n"
    "\u201cWe will keep the sea lanes open,\u201d Souza said.\n"
)


def evidence(excerpt: str) -> list[dict[str, str]]:
    return [{"source": "forum-report", "excerpt": excerpt}]


def minimal_tree() -> dict[str, Any]:
    """A small but complete briefing: one of each kind, every excerpt really in the source."""
    return {
        "briefing.yaml": {
            "title": "The Spring Forum",
            "event": "spring-forum",
            "summary": {"text": "Minister Souza met the Harbour Group at the Spring Forum.",
                        "evidence": evidence("Minister Ana Souza met the leaders of the Harbour Group")},
            "key_facts": [{"text": "They discussed port security.", "evidence": evidence("They discussed port security")}],
        },
        "sources/forum-report.yaml": {"title": "Forum report"},
        "sources/forum-report.txt": SOURCE_TEXT,
        "events/spring-forum.yaml": {"name": "Spring Forum", "location": "Lisbon",
                                     "evidence": evidence("At the Spring Forum in Lisbon")},
        "meetings/souza-harbour-group.yaml": {
            "title": "Souza meets the Harbour Group",
            "event": "spring-forum",
            "participants": [{"person": "ana-souza", "represents": ["portugal"]},
                             {"organisation": "harbour-group", "role": "the leaders of the Harbour Group"}],
            "topics": ["port-security"],
            "outcomes": [{"kind": "discussed", "text": "Port security and shared patrols.", "topics": ["port-security"],
                          "evidence": evidence('They discussed port security and "shared patrols" at length.')}],
            "evidence": evidence("Minister Ana Souza met the leaders of the Harbour Group."),
        },
        "people/ana-souza.yaml": {"name": "Ana Souza",
                                  "roles": [{"title": "Minister", "evidence": evidence("Minister Ana Souza")}],
                                  "evidence": evidence("Minister Ana Souza")},
        "organisations/harbour-group.yaml": {"name": "Harbour Group", "type": "group",
                                             "evidence": evidence("the Harbour Group")},
        "organisations/portugal.yaml": {"name": "Portugal", "type": "country",
                                        "evidence": evidence("in Lisbon")},
        "topics/port-security.yaml": {"name": "Port security", "aid_priority": "true",
                                      "evidence": evidence("port security")},
        "quotes/sea-lanes.yaml": {"text": "We will keep the sea lanes open", "speaker": "ana-souza",
                                  "event": "spring-forum",
                                  "evidence": evidence("\u201cWe will keep the sea lanes open,\u201d Souza said.")},
        "statements/patrols-discussed.yaml": {"text": "Shared patrols were discussed at length.",
                                              "topics": ["port-security"],
                                              "evidence": evidence("\u201cshared patrols\u201d at length")},
    }


def write_tree(root: Path, tree: dict[str, Any]) -> Path:
    """Write a content tree: dicts become YAML files, strings are written as they are."""
    for relative, value in tree.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(value, (bytes, bytearray)):
            path.write_bytes(value)
        elif isinstance(value, str):
            path.write_text(value, encoding="utf-8")
        else:
            path.write_text(yaml.safe_dump(value, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return root


@pytest.fixture
def tree() -> dict[str, Any]:
    """A fresh copy of the minimal content tree, to change in a test."""
    return copy.deepcopy(minimal_tree())


@pytest.fixture
def make_content(tmp_path: Path) -> Callable[[dict[str, Any]], Path]:
    """Write a content tree into tmp_path/content and return that folder."""
    def make(tree: dict[str, Any]) -> Path:
        content = tmp_path / "content"
        if content.exists():
            shutil.rmtree(content)
        return write_tree(content, tree)
    return make


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[[dict[str, Any]], Path]:
    """A whole project in tmp_path: the repository's mkdocs.yml and theme, and the given content."""
    def make(tree: dict[str, Any]) -> Path:
        write_tree(tmp_path / "content", tree)
        config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
        config["theme"]["custom_dir"] = str(THEME)
        (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False),
                                             encoding="utf-8")
        return tmp_path
    return make


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The figures the tests gathered (tests/figures.py), for whoever reads the run."""
    from tests.figures import lines

    found = lines()
    if found:
        terminalreporter.section("figures")
        for line in found:
            terminalreporter.write_line(line)
