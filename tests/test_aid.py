"""Aid as facts: commitments, the aid page, and the checks around them, on a fixture briefing in the
shape of a real summit report (tests/fixtures/aid: pledges with quantities, an agreement signed by
two countries and announced by a third person, a post written after a meeting)."""
from __future__ import annotations

import csv
import io
import json
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import cli
from generator.errors import FactsheetError
from generator.pages.build import build_pages, load_briefing
from generator.pages.downloads import csv_path, downloads, read_csv
from tests.conftest import REPO, THEME, write_tree

AID = REPO / "tests" / "fixtures" / "aid" / "content"


class Rows(HTMLParser):
    """The text of each table row with an id, by that id."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, str] = {}
        self._current: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr" and dict(attrs).get("id"):
            self._current = dict(attrs)["id"]
            self.rows[self._current] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "tr":
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._current:
            self.rows[self._current] += data


@pytest.fixture(scope="module")
def built():
    return build_pages(AID, THEME, build_date="2024-07-11T00:00:00Z")


def page(built, uri: str) -> str:
    return next(p.html for p in built.pages if p.uri == uri)


def test_the_fixture_validates_with_every_commitment(built) -> None:
    commitments = built.briefing.of_kind("commitments")
    assert len(commitments) == 6
    assert {c.data.status for c in commitments} == {"pledged", "signed", "delivered", "agreed"}


def test_the_aid_page_lists_each_commitment_with_giver_receiver_item_quantity_and_status(built) -> None:
    parser = Rows()
    parser.feed(page(built, "commitments/index.md"))
    b = built.briefing
    assert set(parser.rows) == {c.id for c in b.of_kind("commitments")}
    for commitment in b.of_kind("commitments"):
        row = " ".join(parser.rows[commitment.id].split())
        d = commitment.data
        for ident in (*d.givers, *d.receivers):
            assert b.get(ident).name in row, (commitment.id, ident)
        for item in d.items:
            assert item.name in row
            if item.quantity is not None:
                assert str(item.quantity) in row
        assert d.status in row
    senators = " ".join(parser.rows["canada-senator-vehicles"].split())
    assert "Canada" in senators and "Ukraine" in senators and "Senator armoured vehicles" in senators
    assert "30" in senators and "pledged" in senators and "Telegram" in senators and "Mykhailo Rudenko" in senators


def test_the_agreement_is_announced_by_a_third_person(built) -> None:
    agreement = built.briefing.get("netherlands-procurement-and-intelligence").data
    assert agreement.status == "signed" and agreement.announced_by == "andrii-kovalchuk" and agreement.channel == "X"
    # the announcer's page lists it, though he is neither giver nor receiver
    assert "signed an agreement on defence procurement" in page(built, "people/andrii-kovalchuk.md")


def test_commitments_stand_on_the_pages_of_everyone_involved(built) -> None:
    iris = "two more IRIS-T air defence systems"
    for uri in ("organisations/germany.md", "organisations/ukraine.md", "events/nato-summit-copenhagen.md",
                "people/mykhailo-rudenko.md", "index.md"):
        assert iris in page(built, uri), uri
    assert "training Ukrainian pilots" in page(built, "meetings/rudenko-meets-verbeek.md")


def test_a_post_after_a_meeting_is_about_it_not_at_it(built) -> None:
    meeting = page(built, "meetings/rudenko-meets-donnelly.md")
    assert "Said about the meeting elsewhere" in meeting and "thirty crews who come home" in meeting
    assert "Quotes from the meeting" not in meeting
    assert "Telegram" in page(built, "quotes/index.md")


def test_the_chart_counts_commitments_per_giver_by_type_and_says_so_in_words(built) -> None:
    html = page(built, "commitments/index.md")
    assert '<svg class="aid-chart"' in html and 'aria-describedby="aid-chart-text"' in html
    assert "Germany</a>: 2 commitments (1 military, 1 financial)." in html
    assert "Netherlands</a>: 2 commitments (2 military)." in html


def test_the_event_spans_its_dates(built) -> None:
    html = page(built, "events/nato-summit-copenhagen.md")
    assert '<time datetime="2024-07-09">2024-07-09</time> to <time datetime="2024-07-10">2024-07-10</time>' in html


def test_json_ld_describes_commitments_as_grants(built) -> None:
    aid = next(p for p in built.pages if p.uri == "commitments/index.md")
    graph = json.loads(aid.jsonld)["@graph"]
    senators = next(n for n in graph if n["@id"].endswith("#canada-senator-vehicles"))
    assert senators["@type"] == "Grant"
    assert [f["name"] for f in senators["funder"]] == ["Canada"]
    assert [r["name"] for r in senators["fundedItem"]] == ["Ukraine"]
    assert senators["description"] == "30 Senator armoured vehicles"


def test_the_commitments_csv_round_trips_and_every_row_names_its_evidence(built) -> None:
    files = {d.path: d.content for d in downloads(built.briefing)}
    content = files[csv_path("commitments")]
    assert read_csv("commitments", content) == {c.id: c.data for c in built.briefing.of_kind("commitments")}
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8"))))
    assert len(rows) == 6
    for row in rows:
        evidence = json.loads(row["evidence"])
        assert evidence and all(e["source"] == "copenhagen-report" and e["excerpt"] for e in evidence)
    senators = next(r for r in rows if r["id"] == "canada-senator-vehicles")
    assert json.loads(senators["items"]) == [{"name": "Senator armoured vehicles", "quantity": 30, "category": "armour",
                                              "unit": None}]


def _with(tmp_path: Path, relative: str, text: str) -> Path:
    content = tmp_path / "content"
    shutil.copytree(AID, content)
    write_tree(content, {relative: text})
    return content


def test_a_quote_said_at_a_meeting_needs_a_speaker_who_took_part(tmp_path: Path) -> None:
    quote = (AID / "quotes/first-to-say-yes.yaml").read_text(encoding="utf-8").replace(
        "speaker: mykhailo-rudenko", "speaker: claire-donnelly")
    with pytest.raises(FactsheetError) as caught:
        load_briefing(_with(tmp_path, "quotes/first-to-say-yes.yaml", quote))
    (problem,) = caught.value.problems
    assert (problem.path, problem.line, problem.field) == ("content/quotes/first-to-say-yes.yaml", 3, "meeting")
    assert problem.message == "'claire-donnelly' said this at 'rudenko-meets-verbeek', but is not one of its participants"


def test_a_represented_country_is_one_the_person_holds_a_role_in(tmp_path: Path) -> None:
    meeting = (AID / "meetings/rudenko-meets-kuhn.yaml").read_text(encoding="utf-8").replace(
        "represents: [germany]", "represents: [canada]")
    with pytest.raises(FactsheetError) as caught:
        load_briefing(_with(tmp_path, "meetings/rudenko-meets-kuhn.yaml", meeting))
    (problem,) = caught.value.problems
    assert problem.field == "participants[2].represents[1]" and problem.line == 7
    assert problem.message == "'stefan-kuhn' has no role in 'canada' (their roles are in germany)"


def test_content_written_before_commitments_still_validates(make_content, tree) -> None:
    """Old content keeps working as it is: every field commitments brought is optional or new."""
    assert load_briefing(make_content(tree)).of_kind("commitments") == ()


def test_new_commitment_writes_a_file_that_explains_every_field(tmp_path: Path) -> None:
    content = write_tree(tmp_path / "content", {"briefing.yaml": {"title": "x"}})
    result = CliRunner().invoke(cli, ["new", "commitment", "canada-senators", "--content", str(content)])
    assert result.exit_code == 0, result.output
    text = (content / "commitments/canada-senators.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../.schema/commitments.json")
    for field in ("text:", "givers:", "status:", "# receivers:", "# items:", "# announced_by:", "# channel:"):
        assert field in text, field
    assert "One of: asked, pledged, agreed, signed, delivered." in text


_APPEAL = """Kyiv appeals for generators

Ukraine appealed to its partners for 500 more generators before the winter.
"""
_REQUEST = """text: Ukraine asked for 500 more generators.
receivers: [ukraine]
status: asked
items:
  - name: generators
    quantity: 500
evidence:
  - source: appeal
    excerpt: Ukraine appealed to its partners for 500 more generators before the winter.
"""


def _with_appeal(tmp_path: Path, commitment: str) -> Path:
    content = _with(tmp_path, "sources/appeal.txt", _APPEAL)
    return write_tree(content, {"sources/appeal.yaml": "title: Kyiv appeals for generators\n",
                                "commitments/ukraine-generators-request.yaml": commitment})


def test_a_request_made_of_no_one_named_is_a_commitment_without_givers(tmp_path: Path) -> None:
    built = build_pages(_with_appeal(tmp_path, _REQUEST), THEME, build_date="2024-07-11T00:00:00Z")
    request = built.briefing.get("ukraine-generators-request")
    assert request.data.givers == [] and request.data.status == "asked"
    aid = Rows()
    aid.feed(page(built, "commitments/index.md"))
    assert aid.rows["ukraine-generators-request"].split()[:4] == ["no", "giver", "named", "Ukraine"]
    assert list(aid.rows)[-1] == "ukraine-generators-request"  # after every giver's commitments
    assert "(asked: <span class=\"meta\">no giver named</span> to" in page(built, "organisations/ukraine.md")
    files = {d.path: d.content for d in downloads(built.briefing)}
    assert read_csv("commitments", files[csv_path("commitments")])["ukraine-generators-request"] == request.data
    graph = json.loads(next(p for p in built.pages if p.uri == "commitments/index.md").jsonld)["@graph"]
    assert "funder" not in next(n for n in graph if n["@id"].endswith("#ukraine-generators-request"))


def test_only_a_request_may_name_no_giver(tmp_path: Path) -> None:
    with pytest.raises(FactsheetError) as caught:
        load_briefing(_with_appeal(tmp_path, _REQUEST.replace("status: asked", "status: pledged")))
    (problem,) = caught.value.problems
    assert (problem.path, problem.line, problem.field) == ("content/commitments/ukraine-generators-request.yaml", 3,
                                                           "status")
    assert problem.message.startswith("a commitment with status 'pledged' needs 'givers'")
