"""Pages in Markdown: the text of each page in content/pages/ rendered with Python-Markdown, safely.

Python-Markdown passes raw HTML and any link straight through (its documented behaviour), so this
module holds a page to the promise made for the YAML facts, and refuses, each with its file, line
and column:
- raw HTML of any kind (a tag, a comment, a block of HTML). Refused rather than escaped, so that an
  editor who meant markup learns at once that it does nothing; whatever is refused is escaped too;
- a link other than https, http, mailto, an entity by its id (`people:mark-rutte`), another page
  (`pages:about`) or a link within the site; and an image, since the site loads nothing from
  elsewhere and content/ holds no pictures;
- an id that names nothing, with a "did you mean" hint, as for every reference;
- a '#' heading: the front matter's title is the page's heading, and the text's start at '##'.
Headings get ids from their words (`## How facts are checked` is `#how-facts-are-checked`), which
links can name and generator/pages/links.py checks, with every other link between the site's pages.

A page is converted twice: once to check it, before anything is rendered, and once more as a page
of the site, with each id made into the link to its page.
"""
from __future__ import annotations

import ast
import html
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from xml.etree.ElementTree import Element

import markdown  # type: ignore[import-untyped]  # Python-Markdown ships no py.typed
from markdown.extensions import Extension  # type: ignore[import-untyped]
from markdown.extensions.tables import TableExtension  # type: ignore[import-untyped]
from markdown.extensions.toc import TocExtension, slugify  # type: ignore[import-untyped]
from markdown.postprocessors import Postprocessor  # type: ignore[import-untyped]
from markdown.treeprocessors import Treeprocessor  # type: ignore[import-untyped]
from markdown.util import AMP_SUBSTITUTE  # type: ignore[import-untyped]

from generator.content.files import clip
from generator.content.kinds import FOLDERS, named, singular
from generator.content.load import PROSE_FOLDER, suggest
from generator.content.prose import ProsePage
from generator.errors import FactsheetError, Problem
from generator.pages.urls import page_uri

PROSE_KIND = "prose"
"""The `kind` of a page in Markdown among the rendered pages."""
SCHEMES = ("https", "http", "mailto")
"""The schemes a link may use to leave the site."""
ELEMENTS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "code", "pre",
                      "blockquote", "hr", "br", "a", "table", "thead", "tbody", "tr", "th", "td"})
"""What the Markdown a page may use makes; anything else is refused (a safeguard: none can arise)."""
RESERVED_IDS = frozenset({"main", "search-box"})
"""Ids the theme's shell (theme/main.html) gives its own elements: a heading may not take one."""
LINK_FORMS = "https, http or mailto, an entity's id such as people:mark-rutte, or another page such as pages:about"

Resolve = Callable[[str, str, str], str]
"""The link from the page being rendered to (kind or `pages`, id, fragment)."""
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z0-9]+);")


@dataclass(frozen=True)
class Finding:
    """A problem in a page's text, before it is located: `needle` is the text to point at."""

    needle: str
    message: str
    hint: str
    whole_line: bool = False
    raw_html: bool = False
    """Raw HTML: the pieces of one line (`<b>` and `</b>`) are one mistake, reported once."""


@dataclass(frozen=True)
class Link:
    """A link a page's text makes within the site, and where it is written."""

    written: str
    """The target as written: `people:mark-rutte#meetings`, `#how-facts-are-checked`."""
    line: int
    column: int
    ident: str = ""
    """The id it names, for a link by id."""


@dataclass(frozen=True)
class ProseSite:
    """The checked pages in Markdown, in nav order, and which entities each names."""

    pages: tuple[ProsePage, ...] = ()
    mentions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """The ids of the entities each page links to, by page id, in the order of the text."""
    links: Mapping[str, tuple[Link, ...]] = field(default_factory=dict, repr=False)
    """The links within the site each page makes, by page id: where the link checker's findings point."""
    _mentioned_in: dict[str, tuple[ProsePage, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        by_entity: dict[str, list[ProsePage]] = {}
        for page in self.pages:
            for ident in self.mentions.get(page.id, ()):
                by_entity.setdefault(ident, []).append(page)
        self._mentioned_in.update({ident: tuple(pages) for ident, pages in by_entity.items()})

    def mentioned_in(self, ident: str) -> tuple[ProsePage, ...]:
        """The pages that link to the entity `ident`, in nav order."""
        return self._mentioned_in.get(ident, ())


def uri(page: ProsePage) -> str:
    """The page's source path in the site: pages/<id>.md."""
    return page_uri(PROSE_FOLDER, page.id)


def check_pages(pages: tuple[ProsePage, ...], ids: Mapping[str, str], failed: set[str],
                problems: list[Problem]) -> ProseSite:
    """Check every page's text against the entities (`ids`: each id's kind); add what is wrong to
    `problems`. A link to an id in `failed` (a file reported already) is not reported again."""
    page_ids = {page.id for page in pages}
    mentions: dict[str, tuple[str, ...]] = {}
    links: dict[str, tuple[Link, ...]] = {}
    for page in pages:
        converted = _Conversion(page, _References(ids, page_ids, failed), None)
        converted.run()
        problems.extend(converted.problems)
        mentions[page.id] = tuple(dict.fromkeys(converted.mentions))
        links[page.id] = tuple(converted.links)
    return ProseSite(pages, mentions, links)


def to_html(page: ProsePage, resolve: Resolve) -> str:
    """The page's text as HTML, each link by id made into the link to its page by `resolve`."""
    converted = _Conversion(page, None, resolve)
    body = converted.run()
    if converted.problems:  # check_pages has refused the page already; this is a safeguard
        raise FactsheetError(converted.problems)
    return body


def plain_text(body: str) -> str:
    """The words of an HTML body, for the search index."""
    parser = _Text()
    parser.feed(body)
    parser.close()
    return " ".join("".join(parser.words).split())


def first_paragraph(body: str) -> str:
    """The words of the first paragraph of a converted text: a page's description by default."""
    found = re.search(r"<p>(.*?)</p>", body, re.DOTALL)
    return plain_text(found.group(1)) if found else plain_text(body)


def locate_link_problems(problems: Iterable[Problem], site: ProseSite) -> list[Problem]:
    """The link checker's findings, those in a page in Markdown pointed at the link as written."""
    by_path = {page.path: page for page in site.pages}
    return [_located_link_problem(p, by_path[p.path], site.links.get(by_path[p.path].id, ()))
            if p.path in by_path else p for p in problems]


def _located_link_problem(problem: Problem, page: ProsePage, links: tuple[Link, ...]) -> Problem:
    match = re.match(r"links to ('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")", problem.message)
    if match is None:
        return problem
    href: str = ast.literal_eval(match.group(1))
    fragment = href.partition("#")[2]
    link = next((k for k in links if k.written == href), None) or next(
        (k for k in links if k.ident and k.written.partition("#")[2] == fragment and k.ident in href), None)
    if link is None:
        return problem
    if "has no anchor" in problem.message:
        return Problem(page.path, link.line, link.column, message=f"the link {clip(link.written)!r} names an anchor "
                       f"{clip(fragment)!r} that its page does not have",
                       hint="an anchor is the id of a heading or section of that page; check its spelling, or "
                       f"leave out '#{clip(fragment)}'")
    return Problem(page.path, link.line, link.column, message=f"the link {clip(link.written)!r} leads to no page "
                   "of the site", hint=f"a link may be {LINK_FORMS}")


class _References:
    """What a link by id may name: an entity of the kind it says, or a page."""

    def __init__(self, ids: Mapping[str, str], page_ids: set[str], failed: set[str]):
        self.ids, self.page_ids, self.failed = ids, page_ids, failed

    def problem(self, kind: str, ident: str, written: str) -> tuple[str, str] | None:
        """What is wrong with a link to `ident` as `kind`, as (message, hint); None if nothing is."""
        if not ident:
            return f"the link {clip(written)!r} names no id", f"write {kind}:<id>, the id being a file name in content/{kind}/"
        if ident in self.failed:
            return None
        if kind == PROSE_FOLDER:
            if ident in self.page_ids:
                return None
            return (f"no page has the id {clip(ident)!r}",
                    suggest(ident, sorted(self.page_ids), f"add content/{PROSE_FOLDER}/{ident}.md, or fix the id"))
        found = self.ids.get(ident)
        if found == kind:
            return None
        if found is not None:
            return (f"{clip(ident)!r} is {_a(singular(found))}, not {_a(singular(kind))}",
                    f"write {found}:{clip(ident)}")
        same_kind = sorted(i for i, k in self.ids.items() if k == kind)
        return (f"no {singular(kind)} has the id {clip(ident)!r}",
                suggest(ident, same_kind, f"add content/{kind}/{clip(ident)}.yaml, or fix the id"))


def _a(noun: str) -> str:
    return ("an " if noun[:1] in "aeiou" else "a ") + noun


class _Conversion:
    """One conversion of a page's text, with what it found."""

    def __init__(self, page: ProsePage, references: _References | None, resolve: Resolve | None):
        self.page, self.references, self.resolve = page, references, resolve
        self.findings: list[Finding] = []
        self.problems: list[Problem] = []
        self.mentions: list[str] = []
        self.links: list[Link] = []
        self._pending: list[tuple[str, str]] = []  # (written, ident) of links within the site, to locate
        self._cursor: dict[str, int] = {}

    def run(self) -> str:
        md = markdown.Markdown(extensions=[TableExtension(), TocExtension(marker="", slugify=_heading_id), _Safe(self)])
        body: str = md.convert(self.page.body)
        html_lines: set[int] = set()
        for finding in self.findings:
            problem = self._locate(finding)
            if finding.raw_html and problem.line in html_lines:
                continue
            html_lines.add(problem.line) if finding.raw_html else None
            self.problems.append(problem)
        for written, ident in self._pending:
            line, column = self._position(written)
            self.links.append(Link(written, line, column, ident))
        return body

    def find(self, needle: str, message: str, hint: str, *, whole_line: bool = False, raw_html: bool = False) -> None:
        self.findings.append(Finding(needle, message, hint, whole_line, raw_html))

    def link(self, element: Element) -> None:
        """Check one link, and make a link by id into the link to its page."""
        raw = (element.get("href") or "").replace(AMP_SUBSTITUTE, "&")
        target = _as_browsers_read(raw)
        element.set("href", target.replace("&", "&amp;"))  # what a browser reads is what was checked
        scheme = _SCHEME.match(target)
        if target.startswith("//"):
            self.find(raw, f"the link {clip(target)!r} leaves out its scheme", "begin it with https:")
        elif scheme is None:
            self._pending.append((target, ""))
        elif scheme.group(1) in FOLDERS or scheme.group(1) == PROSE_FOLDER:
            kind = scheme.group(1)
            ident, _, fragment = target[len(kind) + 1:].partition("#")
            wrong = self.references.problem(kind, ident, target) if self.references else None
            if wrong:
                self.find(raw, *wrong)
                return
            if kind != PROSE_FOLDER:
                self.mentions.append(ident)
            self._pending.append((target, ident))
            if self.resolve is not None:
                element.set("href", self.resolve(kind, ident, fragment).replace("&", "&amp;"))
        elif scheme.group(1).lower() not in SCHEMES:
            meant = named(scheme.group(1))
            rest = target[len(scheme.group(1)) + 1:]
            self.find(raw, f"the link {clip(target)!r} uses the scheme '{clip(scheme.group(1))}:', which a page may "
                      "not link to", f"write {meant.folder}:{clip(rest)}" if meant else f"a link may be {LINK_FORMS}")

    def _locate(self, finding: Finding) -> Problem:
        line, column = self._position(finding.needle)
        return Problem(self.page.path, line, 1 if finding.whole_line else column, message=finding.message,
                       hint=finding.hint)

    def _position(self, needle: str) -> tuple[int, int]:
        """Where `needle` is written in the page's file: the next place after the last one found."""
        body = self.page.body
        at = -1
        for candidate in dict.fromkeys((needle, needle.split("\n")[0].strip(), needle.strip()[:12])):
            if candidate:
                at = body.find(candidate, self._cursor.get(candidate, 0))
                at = at if at >= 0 else body.find(candidate)
                if at >= 0:
                    self._cursor[candidate] = at + 1
                    break
        if at < 0:
            return self.page.body_line, 1
        line_start = body.rfind("\n", 0, at) + 1
        return self.page.body_line + body.count("\n", 0, at), at - line_start + 1


def _as_browsers_read(href: str) -> str:
    """A link target as a browser reads it: character references decoded, tabs and line breaks
    dropped, and leading spaces and control characters stripped (so `java&#x09;script:` is seen)."""
    return re.sub(r"[\t\n\r]", "", html.unescape(href)).lstrip("".join(map(chr, range(0x21))))


def _heading_id(value: str, separator: str) -> str:
    found: str = slugify(value, separator)
    return f"{found}{separator}section" if found in RESERVED_IDS else found


class _Safe(Extension):  # type: ignore[misc]
    """Refuses raw HTML, images and links to anywhere else, and resolves links by id."""

    def __init__(self, conversion: _Conversion):
        super().__init__()
        self.conversion = conversion

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # After the inline patterns have made the links (20), before the headings get their ids (5).
        md.treeprocessors.register(_Elements(md, self.conversion), "factsheet_elements", 15)
        # Before raw_html (30) puts what it stashed back into the page.
        md.postprocessors.register(_RawHtml(md, self.conversion), "factsheet_raw_html", 35)


class _Elements(Treeprocessor):  # type: ignore[misc]
    def __init__(self, md: markdown.Markdown, conversion: _Conversion):
        super().__init__(md)
        self.conversion = conversion

    def run(self, root: Element) -> None:
        found = self.conversion
        for element in root.iter():
            tag = element.tag
            if element is root:
                continue  # Python-Markdown's own <div>, never written out
            if tag == "a":
                found.link(element)
            elif tag == "img":
                found.find(element.get("src") or "![", "an image: a page cannot show pictures, since the site loads "
                           "nothing from elsewhere and content/ holds no pictures",
                           "describe it in words, or link to it: [what it shows](https://...)")
            elif tag == "h1":
                words = "".join(element.itertext()).strip()
                found.find(words, "a '#' heading: the page's title, in its front matter, is its one top-level heading",
                           "start the text's headings at '##'", whole_line=True)
            elif isinstance(tag, str) and tag not in ELEMENTS:
                found.find(f"<{tag}", f"the text makes a <{tag}> element, which a page may not have",
                           "write plain Markdown: headings, lists, emphasis, links and tables")
        tables = [(parent, child) for parent in root.iter() for child in parent if child.tag == "table"]
        for parent, table in tables:  # a wide table scrolls sideways on a phone, within the page
            wrap = Element("div", {"class": "table-wrap", "role": "region", "tabindex": "0", "aria-label": "Table"})
            index = list(parent).index(table)
            parent.remove(table)
            wrap.append(table)
            wrap.tail, table.tail = table.tail, None
            parent.insert(index, wrap)


class _RawHtml(Postprocessor):  # type: ignore[misc]
    """Raw HTML is stashed by Python-Markdown to be put back as it is; each piece is refused here
    and escaped, so that it could only ever show as text. Character references (`&amp;`) are text.

    The toc extension runs the postprocessors over each heading too: each piece is seen once."""

    def __init__(self, md: markdown.Markdown, conversion: _Conversion):
        super().__init__(md)
        self.conversion = conversion
        self.seen: set[int] = set()

    def run(self, text: str) -> str:
        stash = self.md.htmlStash.rawHtmlBlocks
        for index, block in enumerate(stash):
            raw = str(block)
            if index in self.seen or _ENTITY.fullmatch(raw):
                continue
            self.seen.add(index)
            self.conversion.find(raw, f"raw HTML {clip(' '.join(raw.split()))!r}: a page is written in Markdown, "
                                 "without HTML", "write it in Markdown; to show the characters < and > as they are, "
                                 "put the text in `backticks`", raw_html=True)
            stash[index] = html.escape(raw)
        return text


class _Text(HTMLParser):
    BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "th", "td", "blockquote", "pre", "br", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []

    def handle_data(self, data: str) -> None:
        self.words.append(data)

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS:
            self.words.append(" ")  # the words of two blocks never run together
