"""Checks of this briefing's content, not of the code: the Hague briefing covers its article.

They run in `make test` like every other test, and are marked `content`, so that an editor's
correction that changes a count here is read as a change to the briefing, not a bug in the code
(`pytest -m "not content"` runs the code's tests alone).
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.pages.build import load_briefing
from generator.pages.graph import svg, who_met_whom
from tests.conftest import REPO
from tests.test_site import mkdocs_build, page_text

pytestmark = pytest.mark.content

ARTICLE = REPO / "content" / "sources" / "hague-summit-article.txt"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def hague_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("hague") / "site"
    result = mkdocs_build(REPO, site)
    assert result.returncode == 0, result.stderr
    return site


def test_the_four_quotes_are_on_the_home_page_word_for_word(hague_site):
    quotes = re.findall(r"\u201c(.+?)\u201d", ARTICLE.read_text(encoding="utf-8"))
    assert len(quotes) == 4
    home = page_text(hague_site / "index.html")
    for quote in quotes:
        assert quote.rstrip(",") in home


def test_every_sentence_of_the_article_is_evidenced(hague_site):
    """Each sentence of the article shares an excerpt with some fact: nothing it says is left out."""
    briefing = load_briefing(REPO / "content")
    excerpts = [x.text for x in briefing.excerpts("hague-summit-article")]
    from generator.content.evidence import normalise

    text = normalise(ARTICLE.read_text(encoding="utf-8"))
    sentences = [s for s in re.split(r'(?<=[.!?"])\s+(?=[A-Z"])', text) if len(s) > 20]
    assert len(sentences) >= 15
    uncovered = [s for s in sentences if not any(x in s or s in x for x in excerpts)]
    assert uncovered == []


def test_every_named_person_and_country_has_a_page(hague_site):
    for person in ("volodymyr-zelensky", "mark-rutte", "alexander-stubb", "mette-frederiksen", "ulf-kristersson",
                   "jonas-gahr-store"):
        assert (hague_site / "people" / person / "index.html").is_file()
    for org in ("nato", "e5", "germany", "france", "united-kingdom", "italy", "poland", "nordic-countries",
                "finland", "denmark", "sweden", "norway", "ukraine", "russia", "iran"):
        assert (hague_site / "organisations" / org / "index.html").is_file()
    rutte = page_text(hague_site / "people/mark-rutte/index.html")
    assert "Zelensky meets the E5 leaders and NATO Secretary General Mark Rutte" in rutte
    assert "You can count on us now and in the future" in rutte


def test_the_real_briefing_picture_fits_a_phone():
    graph = who_met_whom(load_briefing(REPO / "content"))
    root = ET.fromstring(str(svg(graph, "t", "d")))
    names = {p.name for p in graph.participants}
    assert {"Volodymyr Zelensky", "Mark Rutte", "Alexander Stubb"} <= names
    # no line of a label is longer than the column it is wrapped for
    for text in root.iter(f"{SVG}text"):
        for span in text.iter(f"{SVG}tspan"):
            assert len(span.text) <= 19, span.text


def test_the_commitments_the_article_states_are_on_the_aid_page(hague_site: Path) -> None:
    aid = page_text(hague_site / "commitments/index.html")
    for words in ("Nordic partners are already providing financial backing", "air defence systems", "tanks",
                  "artillery", "drones", "ammunition", "training missions with jet aircraft", "new aid packages"):
        assert words in aid, words
