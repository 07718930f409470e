"""A desk of several briefings in one site: the Hague briefing and a second one (tests/fixtures/desk)
that shares a person and a country with it."""
from __future__ import annotations

import re
import shutil
from html import unescape
from pathlib import Path

import pytest
import yaml

from generator.errors import FactsheetError
from generator.pages.build import BuiltPages, build_pages, load_briefing
from tests.conftest import REPO, THEME, write_tree

DESK = REPO / "tests" / "fixtures" / "desk" / "content"


def desk_tree(root: Path) -> Path:
    """The project's content with its front page moved into briefings/the-hague.yaml, and the desk
    fixture laid over it."""
    content = root / "content"
    shutil.copytree(REPO / "content", content)
    hague = yaml.safe_load((content / "briefing.yaml").read_text(encoding="utf-8"))
    del hague["event"]
    write_tree(content, {"briefings/the-hague.yaml": {**hague, "events": ["nato-summit-the-hague"]}})
    shutil.copytree(DESK, content, dirs_exist_ok=True)
    return content


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuiltPages:
    return build_pages(desk_tree(tmp_path_factory.mktemp("desk")), THEME, build_date="2025-01-01T00:00:00Z")


def page(built: BuiltPages, uri: str) -> str:
    return next(p.html for p in built.pages if p.uri == uri)


def text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_the_home_page_lists_the_briefings_newest_first(built: BuiltPages) -> None:
    assert [b.id for b in built.briefing.briefings] == ["baltic-forum", "the-hague"]  # the Hague's event has no date
    home = text(page(built, "index.md"))
    assert home.index("Zelensky at the Baltic Sea Security Forum") < home.index("Zelensky's meetings at the NATO summit")
    assert "Latvia will send Ukraine 12 mobile air defence units" in home  # each briefing's summary


def test_each_briefing_has_the_page_the_home_page_was(built: BuiltPages) -> None:
    hague = text(page(built, "briefings/the-hague.md"))
    for words in ("Key facts", "The meetings", "Zelensky meets the Nordic leaders", "What they said",
                  "You can count on us now and in the future", "Aid at a glance", "Who met whom"):
        assert words in hague, words
    assert "Kalnina" not in hague  # the other briefing's facts stay on its own page
    baltic = text(page(built, "briefings/baltic-forum.md"))
    assert "Zelensky meets Latvian Prime Minister Kalnina" in baltic and "Nordic" not in baltic


def test_the_shared_person_lists_meetings_from_both_grouped_by_briefing(built: BuiltPages) -> None:
    zelensky = page(built, "people/volodymyr-zelensky.md")
    meetings = zelensky[zelensky.index('id="meetings"'):]
    meetings = meetings[:meetings.index("</section>")]
    baltic, hague = meetings.index('id="meetings-baltic-forum"'), meetings.index('id="meetings-the-hague"')
    assert baltic < hague  # newest briefing first
    assert baltic < meetings.index("Zelensky meets Latvian Prime Minister Kalnina") < hague
    assert hague < meetings.index("Zelensky meets the Nordic leaders")
    ukraine = text(page(built, "organisations/ukraine.md"))
    assert "12 mobile air defence units" in ukraine and "Nordic partners are already providing" in ukraine


def test_the_timeline_orders_by_date_and_keeps_the_undated_apart(built: BuiltPages) -> None:
    timeline = text(page(built, "timeline/index.md"))
    assert timeline.index("2024") < timeline.index("Baltic Sea Security Forum") < timeline.index("Without a date")
    assert timeline.index("Without a date") < timeline.index("NATO summit in The Hague")
    assert "2024-06-14 : Zelensky meets Latvian Prime Minister Kalnina" in timeline  # the date as the source gives it


def test_the_aid_page_reads_by_briefing(built: BuiltPages) -> None:
    aid = page(built, "commitments/index.md")
    by_giver = aid[aid.index('id="by-giver"'):aid.index('id="by-type"')]
    assert by_giver.index('id="giver-baltic-forum"') < by_giver.index('id="latvia-air-defence-units"') \
        < by_giver.index('id="giver-the-hague"') < by_giver.index('id="equipment-provided"')


def test_an_event_belongs_to_one_briefing(tmp_path: Path) -> None:
    content = desk_tree(tmp_path)
    both = (DESK / "briefings/baltic-forum.yaml").read_text(encoding="utf-8").replace(
        "events: [baltic-sea-security-forum]", "events: [baltic-sea-security-forum, nato-summit-the-hague]")
    write_tree(content, {"briefings/baltic-forum.yaml": both})
    with pytest.raises(FactsheetError) as caught:
        load_briefing(content)
    (problem,) = caught.value.problems
    assert problem.path == "content/briefings/the-hague.yaml" or problem.path == "content/briefings/baltic-forum.yaml"
    assert "is covered by briefing" in problem.message and problem.field.startswith("events[")


def test_search_and_downloads_cover_both_briefings(built: BuiltPages) -> None:
    titles = {d.path for d in built.downloads}
    assert "data/briefings.csv" in titles
    from generator.pages.search import search_index

    index = search_index(built.briefing, built.pages)
    assert "Zelensky at the Baltic Sea Security Forum" in index and "NATO summit in The Hague" in index
