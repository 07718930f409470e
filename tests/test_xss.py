"""The XSS matrix: public payloads in every free-text field, a real MkDocs build, and an HTML parser's verdict.

The payloads come from tests/data/xss-payloads.json. Attribution, from tests/data/README.md:
"214 XSS payload strings, one list. They were extracted from the OWASP Cheat Sheet Series' 'XSS
Filter Evasion Cheat Sheet', which is licensed CC BY-SA 3.0
(https://cheatsheetseries.owasp.org/cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.html)."

For each group of payloads, every free-text field of the schema (found from the models, so a new
field is covered without touching this file) gets a value made of its own tag and the payloads.
Beside it, a control build gets the same values with every visible character replaced by `x`, so
that the two builds must have the same elements, page for page, if the payloads stayed text. Then:
no element or comment that the control lacks, no on* attribute, no javascript:/vbscript:/data:
URL, and each field's value shows in the page text exactly as it was typed.
"""
from __future__ import annotations

import copy
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config

from generator.content.evidence import normalise
from generator.content.kinds import MODELS
from tests import figures
from tests.conftest import REPO, SOURCE_TEXT, THEME, minimal_tree, write_tree

PAYLOADS_FILE = REPO / "tests" / "data" / "xss-payloads.json"
# Ours, beside OWASP's: template syntax and Markdown that must not act either.
LOCAL_PAYLOADS = [
    "{{ 7*7 }}",
    "{% if true %}jinja-ran{% endif %}",
    "{{ config.__class__.__init__.__globals__ }}",
    "[click](javascript:alert(1)) *emphasis* `code` <b>bold</b>",
    "<script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    "\"'><svg onload=alert(1)>",
    "&lt;b&gt;escaped already&lt;/b&gt;",
]
GROUP_LIMIT = 270
"""Payloads are packed into groups that fit, with their tag, the shortest field (300 characters).
The one payload longer than that is clipped to fit those fields, and counted apart."""
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset",
                  "content"}
BAD_SCHEME = re.compile(r"^(?:javascript|vbscript|data):", re.IGNORECASE)


def payloads() -> list[str]:
    found = json.loads(PAYLOADS_FILE.read_text(encoding="utf-8"))
    assert len(found) >= 200
    return [p for p in found if p.strip()] + LOCAL_PAYLOADS


def groups(items: list[str]) -> list[list[str]]:
    """Pack payloads greedily into groups whose joined text fits every field."""
    packed: list[list[str]] = []
    size = 0
    for item in sorted(items, key=len):
        if packed and size + len(item) + 3 <= GROUP_LIMIT:
            packed[-1].append(item)
            size += len(item) + 3
        else:
            packed.append([item])
            size = len(item)
    return packed


def free_text_fields(model: type) -> tuple[dict[str, int], dict[str, type]]:
    """The model's fields that take any text (with their length limit), and its fields that hold models."""
    schema = model.model_json_schema()
    models = {name: model.__pydantic_fields__[name] for name in schema["properties"]}
    text, nested = {}, {}
    for name, spec in schema["properties"].items():
        options = [o for o in spec.get("anyOf", [spec]) if o.get("type") != "null"]
        option = options[0]
        if option.get("type") == "string" and not ({"pattern", "enum", "const", "format"} & option.keys()):
            text[name] = option.get("maxLength", 10**6)
        elif "$ref" in option or "$ref" in option.get("items", {}):
            annotation = models[name].annotation
            nested[name] = _model_in(annotation)
    return text, nested


def _model_in(annotation: Any) -> type:
    from typing import get_args

    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        try:
            return _model_in(arg)
        except LookupError:
            continue
    raise LookupError(annotation)


@dataclass
class Filled:
    """A content tree with every free-text field filled, and what went where."""

    tree: dict[str, Any]
    values: dict[str, str] = field(default_factory=dict)
    """The value typed into each field, by 'Model.field'."""


def fill(value_for: Any) -> Filled:
    """The minimal tree with `value_for('Model.field')` in every free-text field of every entity."""
    tree = copy.deepcopy(minimal_tree())
    filled = Filled(tree)

    def visit(model: type, data: dict[str, Any]) -> None:
        text, nested = free_text_fields(model)
        for name, limit in text.items():
            key = f"{model.__name__}.{name}"
            filled.values[key] = value = value_for(key, limit)
            data[name] = value
        for name, inner in nested.items():
            items = data.get(name)
            for item in items if isinstance(items, list) else [items] if isinstance(items, dict) else []:
                visit(inner, item)

    for path, data in tree.items():
        if isinstance(data, dict):
            kind = "briefing" if path == "briefing.yaml" else path.split("/")[0]
            visit(MODELS[kind], data)
    # A quote must be word for word in an excerpt, and every excerpt must be in the source.
    quote = tree["quotes/sea-lanes.yaml"]
    quote["evidence"][0]["excerpt"] = quote["text"]
    tree["sources/forum-report.txt"] = SOURCE_TEXT + "\n".join(
        ["", filled.values["Evidence.excerpt"], quote["text"], ""])
    return filled


class Elements(HTMLParser):
    """Every element, attribute and comment of one page, and its visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: Counter[tuple[str, tuple[str, ...]]] = Counter()
        self.attributes: list[tuple[str, str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements[(tag, tuple(sorted(name for name, _ in attrs)))] += 1
        self.attributes.extend((tag, name, value or "") for name, value in attrs)

    handle_startendtag = handle_starttag

    def handle_comment(self, data: str) -> None:
        self.elements[("<!--", ())] += 1

    def handle_pi(self, data: str) -> None:
        self.elements[("<?", ())] += 1

    def unknown_decl(self, data: str) -> None:
        self.elements[("<!", ())] += 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: Path) -> Elements:
    parser = Elements()
    parser.feed(page.read_text(encoding="utf-8"))
    parser.close()
    return parser


def build_site(tmp: Path, tree: dict[str, Any]) -> dict[str, Elements]:
    """A real MkDocs build of the tree with the repository's mkdocs.yml and theme; every page parsed."""
    write_tree(tmp / "content", tree)
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["theme"]["custom_dir"] = str(THEME)
    (tmp / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    mkdocs_build(load_config(str(tmp / "mkdocs.yml"), strict=True, site_dir=str(tmp / "site")))
    return {str(p.relative_to(tmp / "site")): parse(p) for p in sorted((tmp / "site").rglob("*.html"))}


def live_elements(built: dict[str, Elements], control: dict[str, Elements]) -> list[str]:
    """Everything in the built pages that escaped being text."""
    found = []
    assert built.keys() == control.keys()
    for page, parsed in built.items():
        extra = parsed.elements - control[page].elements
        found += [f"{page}: injected <{tag} {' '.join(attrs)}>" for (tag, attrs) in extra]
        found += [f"{page}: <{tag} {name}=...>" for tag, name, _ in parsed.attributes if name.startswith("on")]
        # The theme's own data: URL (an empty favicon) is in the control build too; only new ones count.
        scripted = Counter(bad_urls(parsed)) - Counter(bad_urls(control[page]))
        found += [f"{page}: <{tag} {name}={value!r}>" for tag, name, value in scripted]
    return found


def bad_urls(parsed: Elements) -> list[tuple[str, str, str]]:
    """URL attributes with a scheme that runs code or smuggles a document, spaces and controls ignored."""
    return [(tag, name, value) for tag, name, value in parsed.attributes
            if name in URL_ATTRIBUTES and not (tag == "meta" and name == "content")
            and BAD_SCHEME.match(re.sub(r"[\x00-\x20]", "", value))]


def visible(text: str) -> str:
    return " ".join(normalise(text).split())


GROUPS = groups(payloads())


@pytest.mark.parametrize("index", range(len(GROUPS)))
def test_payloads_in_every_field_stay_text(index: int, tmp_path: Path):
    group = GROUPS[index]
    joined = " | ".join(group)
    filled = fill(lambda key, limit: f"[{key}] {joined}"[:limit])
    control = fill(lambda key, limit: re.sub(r"\S", "x", f"[{key}] {joined}"[:limit]))
    built = build_site(tmp_path / "payload", filled.tree)
    expected = build_site(tmp_path / "control", control.tree)

    assert live_elements(built, expected) == []
    everything = visible(" ".join(t for parsed in built.values() for t in parsed.text))
    for key, value in filled.values.items():
        assert visible(value) in everything, f"{key} does not show literally"
    assert "jinja-ran" not in everything.replace("{% if true %}jinja-ran{% endif %}", "")
    clipped = sum(1 for key, value in filled.values.items() if not value.endswith(joined))
    figures.count("XSS matrix", "payloads", len(group))
    figures.count("XSS matrix", "payload-field pairs whole", len(group) * (len(filled.values) - clipped))
    figures.count("XSS matrix", "pairs clipped to fit", len(group) * clipped)
    figures.count("XSS matrix", "MkDocs builds", 2)


def test_every_free_text_field_is_in_the_matrix():
    filled = fill(lambda key, limit: key)
    for expected in ("Briefing.title", "Fact.text", "Source.title", "Source.outlet", "Source.note", "Event.name",
                     "Event.location", "Meeting.title", "Meeting.summary", "Participant.role", "Outcome.text",
                     "Role.title", "Role.note", "Person.name", "Organisation.full_name", "Topic.summary",
                     "Quote.text", "Statement.text", "Evidence.excerpt"):
        assert expected in filled.values
    assert len(filled.values) >= 20


def test_a_live_element_is_caught(tmp_path: Path):
    """The checker itself: markup that got through is reported."""
    page = tmp_path / "page.html"
    page.write_text('<p>x</p><img src=x onerror=alert(1)><a href=" javascript:alert(1)">x</a>', encoding="utf-8")
    control = tmp_path / "control.html"
    control.write_text('<p>x</p><a href="x">x</a>', encoding="utf-8")
    found = live_elements({"p": parse(page)}, {"p": parse(control)})
    assert len(found) == 3 and "injected <img onerror src>" in found[0]


def test_template_syntax_shows_literally(tmp_path: Path):
    filled = fill(lambda key, limit: f"[{key}] {{{{ 7*7 }}}} {{% raw %}}")
    built = build_site(tmp_path, filled.tree)
    home = " ".join(built["index.html"].text)
    assert "{{ 7*7 }} {% raw %}" in home and "49" not in home


# Pages in Markdown (content/pages/): the payloads in a page's text and in its front matter.

PAGE_BODY_LINE = 5
"""Where the text of the pages below starts: after '---', 'title: ...', 'type: about' and '---'."""
MARKDOWN_ELEMENTS = {"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "code", "pre", "blockquote",
                     "hr", "br", "a", "table", "thead", "tbody", "tr", "th", "td", "div"}
"""What Markdown itself makes of the text; anything else in a page would have come from a payload."""


def page_outcome(payload: str) -> tuple[str, list[str]]:
    """Whether a page whose text holds `payload` is refused (each problem located in its text) or
    built, and what, either way, went wrong."""
    from generator.content.prose import ProsePage
    from generator.content.schema import Page
    from generator.pages.prose import check_pages, to_html

    text = f"Before the payload.\n\n{payload}\n\nAfter it.\n"
    page = ProsePage("about", "content/pages/about.md", Page(title="About", type="about"), text, PAGE_BODY_LINE)
    found: list[Any] = []
    check_pages((page,), {"ana-souza": "people"}, set(), found)
    last_line = PAGE_BODY_LINE + text.count("\n")
    if found:
        return "refused", [f"not located in the text: {p}" for p in found
                           if not (p.path == page.path and PAGE_BODY_LINE <= p.line <= last_line and p.column >= 1)]
    parser = Elements()
    parser.feed(to_html(page, lambda kind, ident, fragment: f"../../{kind}/{ident}/"))
    parser.close()
    wrong = [f"<{tag}>" for (tag, _attrs) in parser.elements if tag not in MARKDOWN_ELEMENTS]
    wrong += [f"<{tag} {name}=...>" for tag, name, _ in parser.attributes if name.startswith("on")]
    wrong += [f"<{tag} {name}={value!r}>" for tag, name, value in bad_urls(parser)]
    wrong += [f"<a href={value!r}>" for tag, name, value in parser.attributes if name == "href"
              and re.match(r"^[a-z][a-z0-9+.-]*:", value, re.IGNORECASE) and not value.startswith(("https:", "http:", "mailto:"))]
    return "text", wrong


def test_every_payload_in_a_page_in_markdown_is_refused_at_its_place_or_stays_text():
    outcomes: Counter[str] = Counter()
    wrong = {}
    for payload in payloads():
        outcome, problems = page_outcome(payload)
        outcomes[outcome] += 1
        if problems:
            wrong[payload] = problems
    assert wrong == {}
    assert outcomes["refused"] > outcomes["text"] > 0  # most payloads are HTML, refused; plain text stays text
    figures.count("XSS matrix, pages in Markdown", "payloads refused with a located error", outcomes["refused"])
    figures.count("XSS matrix, pages in Markdown", "payloads shown as text", outcomes["text"])


def test_the_refused_payloads_and_those_shown_as_text_include_the_obvious_ones():
    assert page_outcome("<script>alert(1)</script>")[0] == "refused"
    assert page_outcome("[click](javascript:alert(1))")[0] == "refused"
    assert page_outcome("<!-- hidden -->")[0] == "refused"
    assert page_outcome("javascript:alert(1) and {{ 7*7 }}") == ("text", [])
    assert page_outcome("&lt;b&gt;escaped already&lt;/b&gt;") == ("text", [])


@pytest.mark.parametrize("index", range(0, len(GROUPS), 8))
def test_payloads_in_a_pages_front_matter_and_text_stay_text_in_a_real_build(index: int, tmp_path: Path):
    """The page's title and description go into the nav, the footer, <title>, OpenGraph and JSON-LD of
    every page; its text (the payloads that are not refused) into the page itself."""
    joined = " | ".join(GROUPS[index])[:290]
    shown: list[str] = []
    for payload in payloads():  # two payloads that stay text apart may make HTML together: keep those that do not
        if page_outcome("\n\n".join([*shown, payload]))[0] == "text":
            shown.append(payload)

    def tree(title: str, text: str) -> dict[str, Any]:
        front = yaml.safe_dump({"title": title, "description": title, "type": "about"}, allow_unicode=True, width=10**6)
        return {**minimal_tree(), "pages/about.md": f"---\n{front}---\n{text}\n"}

    built = build_site(tmp_path / "payload", tree(f"[t] {joined}", "\n\n".join(shown)))
    control = build_site(tmp_path / "control", tree(re.sub(r"\S", "x", f"[t] {joined}"), "x"))
    about = "pages/about/index.html"
    assert live_elements({k: v for k, v in built.items() if k != about},
                         {k: v for k, v in control.items() if k != about}) == []
    extra = built[about].elements - control[about].elements
    assert {tag for tag, _attrs in extra} <= MARKDOWN_ELEMENTS, extra
    assert [a for a in built[about].attributes if a[1].startswith("on")] == []
    assert Counter(bad_urls(built[about])) - Counter(bad_urls(control[about])) == Counter()
    assert visible(f"[t] {joined}") in visible(" ".join(built[about].text))
    assert visible(f"[t] {joined}") in visible(" ".join(built["index.html"].text))  # the footer of every page
    figures.count("XSS matrix, pages in Markdown", "MkDocs builds", 2)
