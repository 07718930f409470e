"""The evidence matcher: an excerpt is found in its source whatever spacing, quote marks or characters that show
nothing either of them carries, and nothing else is forgiven."""
from __future__ import annotations

import pytest

from generator.content import evidence

SOURCE = ("Norway\u2019s minister pledged 40 water pumps for the recon\u00adstruction of\u00a0the dykes.\n"
          "\u201cWe will stay,\u201d she said.\u200b The talks ended.\n")


@pytest.mark.parametrize("excerpt", [
    "Norway's minister pledged 40 water pumps for the reconstruction of the dykes.",  # typed, as a browser shows it
    "Norway\u2019s minister pledged 40 water pumps for the recon\u00adstruction of\u00a0the dykes.",  # copied whole
    "pledged 40  water pumps\nfor the reconstruction",
    '"We will stay," she said. The talks ended.',
    "she said.\u200b The\u2060 talks",
])
def test_an_excerpt_is_found_however_its_spaces_marks_and_invisible_characters_fall(excerpt: str) -> None:
    assert evidence.find(excerpt, evidence.normalise(SOURCE)) >= 0


@pytest.mark.parametrize("excerpt", [
    "Norway's minister pledged 40 water pump for the reconstruction",  # a letter lost
    "Norway's minister pledged 40 water pumps for the re-construction",  # a hyphen that shows is a character
    "We will stay, she said.",  # quote marks left out
])
def test_nothing_else_is_forgiven(excerpt: str) -> None:
    assert evidence.find(excerpt, evidence.normalise(SOURCE)) == -1


def test_an_anchor_does_not_depend_on_invisible_characters() -> None:
    assert evidence.anchor("s", "the recon\u00adstruction") == evidence.anchor("s", "the reconstruction")
