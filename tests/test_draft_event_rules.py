"""`factsheet draft`: the place of the article's event on invented ledes and datelines of many genres (wire copy, a
release, a readout, a live blog, a feature, a roundup, a call, a visit), each with the cases that must give no place
or another one: the gathering's venue, not a wire office's dateline, a place aid goes to or a visitor's home."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _place(text: str) -> str | None:
    event = analyse(text, "s").event
    return event.location if event else None


@pytest.mark.parametrize(("text", "place"), [
    ("Donors met in Ethiopia on Monday to raise money for drought relief. At the conference in Addis Ababa, the UK "
     "pledged £50 million.\n", "Addis Ababa"),
    ("Leaders gathered in Senegal for talks on the Sahel. The summit in Dakar opened with a minute of silence.\n",
     "Dakar"),
    ("Foreign ministers met in Peru on Tuesday. They met at a ministerial in Lima, the host said, to agree a fund.\n",
     "Lima"),
])
def test_a_gathering_told_twice_by_its_country_then_by_its_city_is_at_the_city(text: str, place: str) -> None:
    assert _place(text) == place


def test_a_gathering_told_only_by_its_country_stays_at_the_country() -> None:
    text = "Donors met in Ethiopia on Monday to raise money for drought relief. They met again in Ethiopia later.\n"
    assert _place(text) == "Ethiopia"


@pytest.mark.parametrize(("text", "place"), [
    ("LIVE: Reconstruction conference in Port Louis - as it happened\n\nDonors and leaders met in Mauritius to raise "
     "money for rebuilding after the cyclone.\n", "Port Louis"),
    ("Cyclone recovery summit in Antananarivo: what was pledged\n\nLeaders met in Madagascar on Friday and pledged "
     "$300 million for rebuilding.\n", "Antananarivo"),
    ("Donors' conference in Kandy ends with $90m pledged\n\nDonors met in Sri Lanka on Thursday to rebuild after the "
     "floods.\n", "Kandy"),
])
def test_a_headline_gives_the_city_of_a_gathering_the_lede_tells_by_its_country(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(("text", "place"), [
    ("After Nairobi summit, donors meet in Ethiopia\n\nDonors met in Ethiopia on Monday to raise money for the "
     "drought.\n", "Ethiopia"),
    ("Summit in Nairobi sets tone as donors meet in Ethiopia\n\nDonors met in Ethiopia on Monday to raise money for "
     "the drought.\n", "Ethiopia"),
])
def test_a_headline_s_gathering_past_or_in_another_country_s_capital_leaves_the_country(text: str, place: str) -> None:
    assert _place(text) == place
