"""`factsheet draft`: quotes with their speakers only where the text is clear, mentions, verbatim excerpts."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.adapters.cli import cli
from generator.content import evidence as ev
from generator.editing.draft import MENTIONS, analyse, draft_files, draft_source, write_draft
from generator.errors import FactsheetError
from tests.conftest import REPO

HAGUE = "hague-summit-article"
HAGUE_PEOPLE = ["volodymyr-zelensky", "mark-rutte", "alexander-stubb", "mette-frederiksen", "ulf-kristersson",
                "jonas-gahr-store"]
FIXTURE = REPO / "tests" / "fixtures" / "draft" / "harbour-talks.txt"


def _content_copy(tmp_path: Path, without: tuple[str, ...] = ()) -> Path:
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content, ignore=shutil.ignore_patterns(*without))
    return content


def _assert_verbatim(draft, text: str) -> None:
    for q in draft.quotes:
        assert q.excerpt in text, q.excerpt  # one-line sentences here: verbatim, even the spacing
        assert ev.normalise(q.text) in ev.normalise(q.excerpt)
        assert q.context in text
    for m in (*draft.people, *draft.organisations):
        assert m.excerpt in text and m.excerpt, m


def test_hague_four_of_four_quotes_with_the_right_speakers() -> None:
    draft = draft_source(REPO / "content", HAGUE)
    assert [q.speaker for q in draft.quotes] == ["volodymyr-zelensky", "volodymyr-zelensky", "mark-rutte",
                                                 "volodymyr-zelensky"]
    # the same four quotes as the hand-made content, word for word
    made = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((REPO / "content" / "quotes").glob("*.yaml"))]
    assert sorted(ev.normalise(q.text) for q in draft.quotes) == sorted(ev.normalise(q["text"]) for q in made)
    assert {ev.normalise(q["text"]): q["speaker"] for q in made} == {ev.normalise(q.text): q.speaker
                                                                     for q in draft.quotes}
    _assert_verbatim(draft, (REPO / "content" / "sources" / f"{HAGUE}.txt").read_text(encoding="utf-8"))
    assert [q.existing for q in draft.quotes] == ["pressure-on-russia", "thanks-to-e5-and-rutte",
                                                  "you-can-count-on-us", "our-priorities"]
    # "he said": the sentence that names the speaker is evidence too
    assert draft.quotes[0].context == ("President Zelensky emphasized that Russia is intensifying its offensive "
                                       "operations and shows no genuine intention to halt the war.")
    assert draft.quotes[2].context.startswith("Rutte, newly appointed as NATO chief")
    assert draft.quotes[1].context == ""


def test_hague_draft_validates_as_content(tmp_path: Path) -> None:
    from generator.pages.build import load_briefing

    content = _content_copy(tmp_path, ("quotes",))
    write_draft(draft_files(draft_source(content, HAGUE), content), content, content, into_content=True)
    assert len(load_briefing(content).of_kind("quotes")) == 4


def test_hague_every_named_person_matched_to_existing_ids() -> None:
    draft = draft_source(REPO / "content", HAGUE)
    assert [p.id for p in draft.people] == HAGUE_PEOPLE
    assert all(p.known for p in draft.people)
    orgs = {o.id for o in draft.organisations}
    assert {"nato", "e5", "ukraine", "russia", "germany", "france", "united-kingdom", "italy", "poland",
            "finland", "denmark", "sweden", "norway", "nordic-countries", "iran"} == orgs
    assert all(o.known for o in draft.organisations)


def test_hague_without_people_files_finds_them_all_as_new(tmp_path: Path) -> None:
    content = _content_copy(tmp_path, ("people",))
    draft = draft_source(content, HAGUE)
    assert [p.id for p in draft.people] == HAGUE_PEOPLE
    assert not any(p.known for p in draft.people)
    assert [q.speaker for q in draft.quotes] == ["volodymyr-zelensky", "volodymyr-zelensky", "mark-rutte",
                                                 "volodymyr-zelensky"]
    rutte = next(p for p in draft.people if p.id == "mark-rutte")
    assert (rutte.excerpt, rutte.role) == ("NATO Secretary General Mark Rutte", "Secretary General")
    store = next(p for p in draft.people if p.id == "jonas-gahr-store")
    assert store.name == "Jonas Gahr Støre"


def test_second_article_resolves_only_clear_attributions() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    draft = analyse(text, "harbour-talks", [], set())
    speakers = {q.text: q.speaker for q in draft.quotes}
    assert speakers == {
        "We will not let the shipping lanes close to anyone": "kaja-lindqvist",  # '..." Lindqvist said'
        "Portugal stands ready to send two frigates before the winter": "rui-almeida",  # '..." said Almeida'
        "The money must follow the ships, not the other way round": None,  # 'she', three named before
        "Nothing has been decided yet": None,  # 'an official'
        "The Commission will publish its proposal in March.": "hanna-berg",  # 'Berg told reporters: "...'
    }
    assert "a sensible start" not in " ".join(speakers)  # a quoted phrase is not a quote
    unclear = {q.text: q.reason for q in draft.unresolved}
    assert unclear["The money must follow the ships, not the other way round"].startswith("REVIEW: 'she', but the "
                                                                                         "sentence before names 3")
    assert "'an official'" in unclear["Nothing has been decided yet"]
    assert [(p.id, p.role) for p in draft.people] == [("kaja-lindqvist", "Prime Minister"),
                                                      ("rui-almeida", "Foreign Minister"),
                                                      ("hanna-berg", "Commissioner")]
    assert {(o.id, o.type) for o in draft.organisations} == {("estonia", "country"), ("portugal", "country"),
                                                             ("european-union", "organisation"),
                                                             ("nato", "organisation")}
    _assert_verbatim(draft, text)


def test_he_said_with_two_people_before_stays_unresolved() -> None:
    text = ("President Ana Souza met Prime Minister Rui Almeida.\n"
            "\u201cThe harbour will stay open all winter,\u201d he said.\n"
            "\u201cWe have no plan for that yet at all,\u201d they said.\n")
    draft = analyse(text, "s", [], set())
    assert [q.speaker for q in draft.quotes] == [None, None]


def _source_in_tree(tmp_path: Path, tree: dict) -> Path:
    from tests.conftest import write_tree

    tree = dict(tree)
    tree["sources/harbour-talks.yaml"] = {"title": "Harbour talks"}
    tree["sources/harbour-talks.txt"] = FIXTURE.read_text(encoding="utf-8")
    return write_tree(tmp_path / "content", tree)


def test_drafted_files_validate_once_reviewed(tmp_path: Path, tree) -> None:
    from generator.pages.build import load_briefing

    content = _source_in_tree(tmp_path, tree)
    files = draft_files(draft_source(content, "harbour-talks"), content)
    written = write_draft(files, content, content, into_content=True)
    assert MENTIONS not in {p.name for p in written}
    with pytest.raises(FactsheetError) as caught:
        load_briefing(content)
    # only the two quotes left for review fail, on their empty speaker
    assert {(Path(p.path).stem, p.field) for p in caught.value.problems} == {
        ("the-money-must-follow-the", "speaker"), ("nothing-has-been-decided-yet", "speaker")}
    for stem in ("the-money-must-follow-the", "nothing-has-been-decided-yet"):
        path = content / "quotes" / f"{stem}.yaml"
        assert "# Speaker: REVIEW:" in path.read_text(encoding="utf-8")
        path.write_text(path.read_text(encoding="utf-8").replace("speaker:\n", "speaker: hanna-berg\n"),
                        encoding="utf-8")
    briefing = load_briefing(content)
    assert briefing.get("kaja-lindqvist").data.roles[0].title == "Prime Minister"


def test_never_into_content_unless_asked_and_never_overwrites(tmp_path: Path, tree) -> None:
    content = _source_in_tree(tmp_path, tree)
    files = draft_files(draft_source(content, "harbour-talks"), content)
    with pytest.raises(FactsheetError, match="into the content folder"):
        write_draft(files, content / "quotes", content)
    assert sorted(p.name for p in (content / "quotes").iterdir()) == ["sea-lanes.yaml"]
    out = tmp_path / "review"
    write_draft(files, out, content)
    assert (out / MENTIONS).is_file() and (out / "people" / "hanna-berg.yaml").is_file()
    before = (out / "quotes" / "the-money-must-follow-the.yaml").read_bytes()
    with pytest.raises(FactsheetError, match="never overwrites"):
        write_draft(files, out, content)
    assert (out / "quotes" / "the-money-must-follow-the.yaml").read_bytes() == before


def test_cli_draft_prints_or_writes(tmp_path: Path, tree) -> None:
    content = _source_in_tree(tmp_path, tree)
    runner = CliRunner()
    printed = runner.invoke(cli, ["draft", "harbour-talks", "--content", str(content)])
    assert printed.exit_code == 0, printed.output
    assert "# ==> quotes/we-will-not-let-the.yaml <==" in printed.output
    assert "5 quotes (2 to review), 3 people" in printed.output
    out = tmp_path / "review"
    assert runner.invoke(cli, ["draft", "harbour-talks", "--content", str(content), "--out", str(out)]).exit_code == 0
    assert (out / "quotes" / "we-will-not-let-the.yaml").is_file()
    missing = runner.invoke(cli, ["draft", "nope", "--content", str(content)])
    assert missing.exit_code == 1 and "known sources: forum-report, harbour-talks" in missing.output
