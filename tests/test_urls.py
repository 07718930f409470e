"""Page paths and relative links, with and without directory URLs."""
from __future__ import annotations

import pytest

from generator.pages.urls import page_uri, page_url, relative


@pytest.mark.parametrize(("uri", "directory", "flat"), [
    ("index.md", "", "index.html"),
    ("meetings/index.md", "meetings/", "meetings/index.html"),
    ("meetings/e5.md", "meetings/e5/", "meetings/e5.html"),
])
def test_page_url(uri, directory, flat):
    assert page_url(uri, True) == directory
    assert page_url(uri, False) == flat


@pytest.mark.parametrize(("here", "there", "fragment", "directory", "flat"), [
    ("index.md", "meetings/e5.md", "", "meetings/e5/", "meetings/e5.html"),
    ("meetings/e5.md", "people/rutte.md", "", "../../people/rutte/", "../people/rutte.html"),
    ("meetings/e5.md", "index.md", "", "../../", "../index.html"),
    ("meetings/index.md", "meetings/e5.md", "", "e5/", "e5.html"),
    ("people/rutte.md", "people/rutte.md", "top", "./#top", "rutte.html#top"),
    ("quotes/index.md", "sources/a.md", "ev-1", "../sources/a/#ev-1", "../sources/a.html#ev-1"),
    ("meetings/e5.md", "data/facts.json", "", "../../data/facts.json", "../data/facts.json"),
])
def test_relative_links(here, there, fragment, directory, flat):
    assert relative(here, there, True, fragment) == directory
    assert relative(here, there, False, fragment) == flat


def test_page_uri():
    assert page_uri("home") == "index.md"
    assert page_uri("people") == "people/index.md"
    assert page_uri("people", "mark-rutte") == "people/mark-rutte.md"
