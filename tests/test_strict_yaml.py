"""The strict YAML loader on its own: text stays text, positions are right, and nothing can blow it up."""
from __future__ import annotations

import time
from typing import Any, get_args, get_origin

import pytest
import yaml
from pydantic import BaseModel

from generator.content.files import MAX_FILE_BYTES
from generator.content.kinds import MODELS
from generator.content.strict_yaml import MAX_DEPTH, load_yaml
from generator.errors import FactsheetError
from tests.conftest import REPO


def problems(text: str) -> list[str]:
    with pytest.raises(FactsheetError) as caught:
        load_yaml(text, "f.yaml")
    return [str(p) for p in caught.value.problems]


def depth(annotation: Any) -> int:
    """How many mappings and lists deep a value of this type goes."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return 1 + max((depth(f.annotation) for f in annotation.model_fields.values()), default=0)
    if get_origin(annotation) is list:
        return 1 + depth(get_args(annotation)[0])
    return max((depth(arg) for arg in get_args(annotation)), default=0)


def test_the_depth_limit_is_as_deep_as_the_schema_goes():
    assert max(depth(model) for model in MODELS.values()) == MAX_DEPTH


@pytest.mark.parametrize("written", ["no", "off", "NO", "on", "yes", "y", "1:30", "0755", "0o755", "0x1f", "1.10",
                                     "1e3", ".inf", ".nan", "2025-06-24", "2025-06-24 12:00:00", "null", "~", "true",
                                     "+1", "1_000", "=", "<<"])
def test_every_plain_scalar_stays_the_text_it_was(written: str):
    data, _, _ = load_yaml(f"value: {written}\nlist: [{written}]\n", "f.yaml")
    assert data == {"value": written, "list": [written]}


def test_quoted_and_block_scalars_keep_their_text():
    text = 'a: "x\\ty"\nb: \'it\'\'s\'\nc: |\n  one\n  two\nd: >\n  folded\n  line\ne:\n'
    data, _, _ = load_yaml(text, "f.yaml")
    assert data == {"a": "x\ty", "b": "it's", "c": "one\ntwo\n", "d": "folded line\n", "e": None}


def test_positions_of_values_and_keys_are_one_based():
    _, marks, keys = load_yaml("name: Ana\nroles:\n- title: Minister\n  note: new\n", "f.yaml")
    assert marks[("name",)] == (1, 7)
    assert marks[("roles", 0, "note")] == (4, 9)
    assert keys[("roles", 0, "note")] == (4, 3)


def test_every_tab_is_reported_in_one_run():
    assert problems("a:\n\t- x\nb:\n  \t- y\nc: tab\tinside is fine\n") == [
        "f.yaml:2:1: a tab is used for indentation (hint: indent with spaces only)",
        "f.yaml:4:3: a tab is used for indentation (hint: indent with spaces only)",
    ]


def test_merge_keys_are_plain_keys_not_merges():
    data, _, _ = load_yaml("a: 1\n<<: x\n", "f.yaml")
    assert data == {"a": "1", "<<": "x"}


@pytest.mark.parametrize("opening", ["[", "{a: ", "- ", "a:\n "])
@pytest.mark.parametrize("size", [MAX_DEPTH + 1, 1_000, 200_000])
def test_very_deep_nesting_is_a_located_error_never_a_recursion_error(opening: str, size: int):
    if opening == "a:\n ":  # block mappings, each indented one more space
        text = "".join(" " * i + "a:\n" for i in range(min(size, 5_000))) + " " * min(size, 5_000) + "x\n"
    else:
        text = opening * size + "x"
    with pytest.raises(FactsheetError) as caught:
        load_yaml(text, "f.yaml")
    [problem] = caught.value.problems
    assert problem.line > 0 and problem.column > 0 and problem.hint
    assert "nesting is deeper than the 5 levels" in problem.message


def test_an_alias_bomb_is_refused_before_it_grows():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 30)]
    started = time.perf_counter()
    assert problems("\n".join(lines))[0].startswith("f.yaml:1:5: a0: anchor &a0 is not allowed in content")
    assert time.perf_counter() - started < 5  # generous: a bomb that expanded would never finish


def test_the_readme_documents_the_content_limits():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Content limits", 1)[1].split("\n## ", 1)[0]
    assert f"{MAX_FILE_BYTES:,}" in section and "MAX_FILE_BYTES" in section
    assert f"{MAX_DEPTH} levels" in section


def test_the_loader_refuses_what_safe_load_would_accept_silently():
    text = "name: a\nname: b\n"
    assert yaml.safe_load(text) == {"name": "b"}  # what PyYAML does: the first value is lost
    assert problems(text) == ["f.yaml:2:1: name: duplicate key 'name' (hint: 'name' is already set on line 1; keep one)"]
