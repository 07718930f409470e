"""`revise` gives what a clean check gives: random edits of a content tree in place, each checked
again from the last result and from scratch, and the two compared, problems included.

The comparison covers what equality of the model leaves out (each entity's file, line and place in
its source), and that `revise` keeps every entity it did not touch as the same object, which the
preview's memos of pages, downloads and search entries rely on.
"""
from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.content.load import load_content
from generator.content.model import Briefing
from generator.content.revise import Resolved, reread, resolve, revise, slim
from generator.errors import FactsheetError
from tests.bench.synthetic import write_tree
from tests.figures import count

SEQUENCES = 4
STEPS = 40


def _snapshot(briefing: Briefing) -> tuple[Any, ...]:
    return (briefing, briefing._order, {i: (e.origin, e.position) for i, e in briefing.entities.items()})


class Edits:
    """Edits an editor saves over a file that stays where it is; some break the file, some a rule."""

    def __init__(self, content: Path, rng: random.Random):
        self.content, self.rng = content, rng

    def pick(self, *kinds: str) -> Path:
        return self.rng.choice(sorted((self.content / self.rng.choice(kinds)).glob("*.yaml")))

    def apply(self) -> tuple[Path, str]:
        edit = self.rng.choice([self.title, self.title, self.name_end, self.name_end, self.rename_wholly,
                                self.date, self.drop_participant, self.duplicate_key, self.unknown_field,
                                self.unknown_reference, self.wrong_excerpt, self.other_excerpt, self.same_text,
                                self.speaker_elsewhere, self.topics_swapped])
        return edit()

    def _sub(self, path: Path, pattern: str, value: str) -> tuple[Path, str]:
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(pattern, value, text, count=1, flags=re.M), encoding="utf-8")
        return path, text

    def _data(self, path: Path, change: Any) -> tuple[Path, str]:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        change(data)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return path, text

    def title(self) -> tuple[Path, str]:
        return self._sub(self.pick("meetings"), r"^title: .*$", f"title: Talks number {self.rng.randrange(10_000)}")

    def name_end(self) -> tuple[Path, str]:  # keeps its place in lists sorted by name
        return self._sub(self.pick("people", "organisations", "topics"), r"^(name: [^\n]*?)'?$",
                         rf"\1 Zz{self.rng.randrange(100)}")

    def rename_wholly(self) -> tuple[Path, str]:  # moves in lists sorted by name
        return self._sub(self.pick("people", "topics"), r"^name: .*$", f"name: Aaa {self.rng.randrange(100)}")

    def date(self) -> tuple[Path, str]:
        day = f"'20{self.rng.randrange(19, 26)}-03-1{self.rng.randrange(10)}'"
        return self._sub(self.pick("meetings", "statements"), r"^date: .*$", f"date: {day}")

    def drop_participant(self) -> tuple[Path, str]:
        def drop(data: dict[str, Any]) -> None:
            if len(data["participants"]) > 2:
                data["participants"].pop(self.rng.randrange(len(data["participants"])))
        return self._data(self.pick("meetings"), drop)

    def duplicate_key(self) -> tuple[Path, str]:
        path = self.pick("meetings", "people", "quotes")
        text = path.read_text(encoding="utf-8")
        path.write_text(f"{text.splitlines()[0]}\n{text}", encoding="utf-8")
        return path, text

    def unknown_field(self) -> tuple[Path, str]:
        path = self.pick("people", "statements", "topics")
        text = path.read_text(encoding="utf-8")
        path.write_text(f"{text}colour: blue\n", encoding="utf-8")
        return path, text

    def unknown_reference(self) -> tuple[Path, str]:
        return self._sub(self.pick("meetings"), r"^- person: .*$", "- person: nobody-at-all")

    def wrong_excerpt(self) -> tuple[Path, str]:
        return self._sub(self.pick("meetings", "people", "statements"), r"^  excerpt: .*$", "  excerpt: Words no report has.")

    def other_excerpt(self) -> tuple[Path, str]:
        """Evidence moved to what another file of the same source quotes: the excerpts' users change."""
        path = self.pick("statements", "organisations")
        other = yaml.safe_load(self.pick("statements", "organisations", "meetings").read_text(encoding="utf-8"))

        def swap(data: dict[str, Any]) -> None:
            data["evidence"] = other["evidence"]
        return self._data(path, swap)

    def same_text(self) -> tuple[Path, str]:  # saved without a change
        path = self.pick("meetings", "quotes")
        text = path.read_text(encoding="utf-8")
        path.write_text(text, encoding="utf-8")
        return path, text

    def speaker_elsewhere(self) -> tuple[Path, str]:  # a quote at a meeting its speaker was not at: a rule across files
        path = self.pick("quotes")
        people = sorted(p.stem for p in (self.content / "people").glob("*.yaml"))
        return self._sub(path, r"^speaker: .*$", f"speaker: {self.rng.choice(people)}")

    def topics_swapped(self) -> tuple[Path, str]:
        topics = sorted(p.stem for p in (self.content / "topics").glob("*.yaml"))

        def swap(data: dict[str, Any]) -> None:
            data["topics"] = self.rng.sample(topics, 2)
        return self._data(self.pick("meetings", "statements"), swap)


def _check(content: Path) -> Resolved | tuple[Any, ...]:
    try:
        return resolve(load_content(content))
    except FactsheetError as exc:
        return exc.problems


@pytest.mark.parametrize("seed", range(SEQUENCES))
def test_revise_after_random_edits_gives_what_a_clean_check_gives(tmp_path: Path, seed: int) -> None:
    content = (tmp_path / "content").resolve()
    write_tree(content, 30)
    raw = load_content(content)
    state = resolve(raw)
    rng = random.Random(seed)
    edits = Edits(content, rng)
    revised = fallbacks = failures = 0
    for _ in range(STEPS):
        path, before = edits.apply()
        relative = path.relative_to(content).as_posix()
        expected = _check(content)
        again = reread(raw, {relative}, content)
        assert again is not None, relative  # a file changed in place is always read again alone
        patched, paths = again
        try:
            got: Resolved | tuple[Any, ...] | None = revise(state, patched, paths)
        except FactsheetError as exc:
            got = exc.problems
        if isinstance(expected, tuple):  # the edit broke something: the same problems, and the file put back
            assert got == expected, relative
            failures += 1
            path.write_text(before, encoding="utf-8")
            continue
        if got is None:  # wider than revise takes on: the caller checks everything again
            fallbacks += 1
            raw = load_content(content)
            state = resolve(raw)
            raw, state = slim(raw, state, content) if rng.random() < 0.5 else (raw, state)
            continue
        assert isinstance(got, Resolved)
        assert _snapshot(got.briefing) == _snapshot(expected.briefing), relative
        assert got.checked.entities.keys() == expected.checked.entities.keys()
        changed = Path(relative).stem
        kept = [i for i in got.briefing.entities if i != changed]
        assert all(got.briefing.entities[i] is state.briefing.entities[i] for i in kept), relative
        revised += 1
        raw, state = slim(patched, got, content) if rng.random() < 0.5 else (patched, got)
    assert revised > STEPS // 4 and failures > 0
    count("revise property test", "edits revised in place", revised)
    count("revise property test", "edits checked whole", fallbacks)
    count("revise property test", "broken saves", failures)


def test_reread_refuses_an_edit_wider_than_files_changed_in_place(tmp_path: Path) -> None:
    content = (tmp_path / "content").resolve()
    write_tree(content, 5)
    raw = load_content(content)
    meeting = sorted((content / "meetings").glob("*.yaml"))[0]
    (content / "meetings" / "new-one.yaml").write_text(meeting.read_text(encoding="utf-8"), encoding="utf-8")
    assert reread(raw, {"meetings/new-one.yaml"}, content) is None  # added
    assert reread(raw, {"briefing.yaml"}, content) is None
    source = sorted((content / "sources").glob("*.txt"))[0]
    assert reread(raw, {source.relative_to(content).as_posix()}, content) is None
    (content / "meetings" / ".new-one.yaml.swp").write_text("swap", encoding="utf-8")
    again = reread(raw, {".new-one.yaml.swp", "meetings/.new-one.yaml.swp"}, content)  # skipped, as the reading skips it
    assert again is not None and again[1] == frozenset()
    meeting.unlink()
    assert reread(raw, {meeting.relative_to(content).as_posix()}, content) is None  # deleted
