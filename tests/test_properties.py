"""Property-based tests: generated content round-trips, and mutated content fails only with located errors.

1. Generated trees (new people, roles, topics and statements with arbitrary Unicode text, and new
   source sentences used as excerpts) load back exactly as written and render every text, escaped.
2. A tree whose YAML is mutated at random (bytes deleted, YAML syntax inserted, lines doubled or
   swapped) either gives a FactsheetError whose every problem has a file, a line, a column, a
   message and a hint, or passes and renders; it never gives any other exception.
"""
from __future__ import annotations

import html
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.content.load import load_content
from generator.errors import FactsheetError
from generator.pages.build import build_pages, load_briefing
from tests import figures
from tests.conftest import SOURCE_TEXT, THEME, minimal_tree, write_tree

"""Examples run per property, printed by the last test of the file."""
PROPERTY_SETTINGS = settings(max_examples=25, deadline=None, derandomize=True,
                             suppress_health_check=[HealthCheck.too_slow])

TAKEN = set(minimal_tree()) | {"ana-souza", "harbour-group", "portugal", "port-security", "sea-lanes",
                               "patrols-discussed", "spring-forum", "souza-harbour-group", "forum-report"}
ids = st.from_regex(r"[a-z][a-z0-9]{0,7}(-[a-z0-9]{1,6}){0,2}", fullmatch=True).filter(lambda i: i not in TAKEN)
# Any text a person could type: no surrogates, no control characters (the YAML reader refuses those).
texts = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(str.strip)


def excerpt_of(sentence: str) -> list[dict[str, str]]:
    return [{"source": "forum-report", "excerpt": sentence}]


@st.composite
def trees(draw: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """The minimal tree with generated entities added; also the text each one must show."""
    tree = minimal_tree()
    sentences = draw(st.lists(texts, min_size=1, max_size=3))
    tree["sources/forum-report.txt"] = SOURCE_TEXT + "\n".join(sentences) + "\n"
    shown: dict[str, str] = {}
    people = draw(st.lists(ids, min_size=1, max_size=3, unique=True))
    topics = draw(st.lists(ids.filter(lambda i: i not in people), max_size=2, unique=True))
    for ident in people:
        name, role = draw(texts), draw(texts)
        tree[f"people/{ident}.yaml"] = {"name": name, "roles": [{"title": role, "evidence": excerpt_of(sentences[0])}],
                                        "evidence": excerpt_of(draw(st.sampled_from(sentences)))}
        tree["meetings/souza-harbour-group.yaml"]["participants"].append({"person": ident})
        shown[f"people/{ident}.md"] = name
        shown[f"meetings/souza-harbour-group.md#{ident}"] = name
    for ident in topics:
        name, summary = draw(texts), draw(texts)
        tree[f"topics/{ident}.yaml"] = {"name": name, "summary": summary, "evidence": excerpt_of(sentences[-1])}
        shown[f"topics/{ident}.md"] = summary
        statement = draw(texts)
        tree[f"statements/{ident}-said.yaml"] = {"text": statement, "topics": [ident], "about": people[:1],
                                                 "evidence": excerpt_of(draw(st.sampled_from(sentences)))}
        shown[f"topics/{ident}.md#statement"] = statement
    return tree, shown


def page_text(body: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


@PROPERTY_SETTINGS
@given(trees())
def test_generated_trees_round_trip_through_load_and_render(generated):
    tree, shown = generated
    figures.count("hypothesis examples", "round trip")
    with tempfile.TemporaryDirectory() as tmp:
        content = write_tree(Path(tmp) / "content", tree)
        raw = load_content(content)
        assert raw.problems == ()
        for doc in raw.documents:
            key = f"{doc.kind}/{doc.id}.yaml"
            assert doc.data == tree[key], f"{key} did not load as it was written"
        pages = {p.uri: p.html for p in build_pages(content, THEME).pages}
    for where, text in shown.items():
        assert " ".join(text.split()) in page_text(pages[where.partition("#")[0]]), where


MUTATIONS = ["delete", "insert", "double", "swap", "replace"]
INSERTS = [b":", b": ", b"- ", b"\t", b" ", b"&a ", b"*a", b"!!python/object ", b"!x ", b'"', b"'", b"#", b"{", b"}",
           b"[", b"]", b"\n", b"\r\n", b"\xff", b"\xef\xbb\xbf", b"---\n", b"? ", b"|", b">", b"%YAML 1.1\n",
           b"\x00", b"~", b"null", b"no", b"1:30", b"0755", b"2025-06-24", b"x" * 50]


def mutate(raw: bytes, data: Any) -> bytes:
    lines = raw.split(b"\n")
    kind = data.draw(st.sampled_from(MUTATIONS))
    at = data.draw(st.integers(0, max(len(raw) - 1, 0)))
    if kind == "delete":
        return raw[:at] + raw[at + data.draw(st.integers(1, 12)):]
    if kind == "insert":
        return raw[:at] + data.draw(st.sampled_from(INSERTS)) + raw[at:]
    line = data.draw(st.integers(0, len(lines) - 1))
    if kind == "double":
        lines.insert(line, lines[line])
    elif kind == "swap":
        other = data.draw(st.integers(0, len(lines) - 1))
        lines[line], lines[other] = lines[other], lines[line]
    else:
        key, sep, _ = lines[line].partition(b": ")
        lines[line] = key + (sep or b": ") + data.draw(st.sampled_from([*INSERTS[:-1], b"nobody", b"[1, 2]", b""]))
    return b"\n".join(lines)


@settings(PROPERTY_SETTINGS, max_examples=100)
@given(st.data())
def test_a_mutated_tree_gives_located_errors_or_a_correct_site(data):
    figures.count("hypothesis examples", "mutation")
    tree = minimal_tree()
    target = data.draw(st.sampled_from(sorted(k for k, v in tree.items() if isinstance(v, dict))))
    raw = yaml.safe_dump(tree[target], allow_unicode=True, sort_keys=False).encode()
    for _ in range(data.draw(st.integers(1, 3))):
        raw = mutate(raw, data)
    tree[target] = raw
    with tempfile.TemporaryDirectory() as tmp:
        content = write_tree(Path(tmp) / "content", tree)
        try:
            built = build_pages(content, THEME)
        except FactsheetError as exc:
            figures.count("hypothesis examples", "mutation: located error")
            line_count = raw.count(b"\n") + 1
            for problem in exc.problems:
                assert problem.path.startswith("content/") and problem.message and problem.hint, str(problem)
                assert problem.line > 0 and problem.column > 0, f"not located: {problem}"
                if problem.path == f"content/{target}":
                    assert problem.line <= line_count + 1, f"line out of the file: {problem}"
            return
        figures.count("hypothesis examples", "mutation: built")
        assert built.pages[0].uri == "index.md" and len(built.pages) >= 10
        assert load_briefing(content).size == len([k for k in tree if k.endswith(".yaml")]) - 1
