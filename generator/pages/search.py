"""The site's search index, made from the facts rather than by parsing every page's HTML.

There is one entry for each page, and one for each quote and statement, which have no page of their
own and point at their place on their section's page. An entry's text is the fact's own words and
the names it mentions, so a person's name finds their page, the meetings they took part in and
what they said.
The full text of every page would repeat each fact on every page that shows it: the index would grow
many times faster than the facts (149 MB for 10,000 meetings), and a reader's browser fetches all of
it before the first result. A page editors write in Markdown (an About page, say) is the exception:
its entry holds all its words, taken from its HTML, since they are written for readers and repeat no fact.

The entries have the shape of MkDocs' own index (`docs` of `location`, `title` and `text`), so
theme/js/search.js reads this index or, where a project keeps the search plugin, that one.
"""
from __future__ import annotations

import json
import operator
from collections.abc import Callable, Iterable
from itertools import compress
from typing import Any, NamedTuple

from pydantic import BaseModel

from generator.content.kinds import BY_FOLDER, FOLDERS, KINDS
from generator.content.model import Briefing, Entity
from generator.content.walk import references, walk
from generator.pages.prose import PROSE_KIND, plain_text
from generator.pages.render import RenderedPage
from generator.pages.urls import page_uri, page_url

INDEX_PATH = "search/search_index.json"
"""Where the index is published, as MkDocs' search plugin publishes its own."""
PROSE_FIELDS = ("name", "full_name", "title", "role", "location", "outlet", "summary", "text", "note")
"""The fields whose words a reader may search for; ids, dates, URLs and excerpts are left out."""
ORDER = {kind: n for n, kind in enumerate(FOLDERS)}
"""Names follow the order of the nav's sections: people, countries and organisations, topics, events."""


def search_index(briefing: Briefing, pages: Iterable[RenderedPage], *, directory_urls: bool = True,
                 memo: SearchMemo | None = None) -> str:
    """The index as compact JSON, its entries in the order of the pages.

    With a `memo` kept from the last call, only the entries whose facts changed are made again: see
    SearchMemo. The index is the same to the byte."""
    if memo is not None:
        return memo.index(briefing, pages, directory_urls)
    docs = [_page_entry(briefing, page, directory_urls) for page in pages]
    docs += [_fact_entry(briefing, entity, directory_urls) for entity in _facts_without_pages(briefing)]
    return json.dumps({"docs": docs}, ensure_ascii=False, separators=(",", ":"))


def entity_text(briefing: Briefing, entity: Entity, *, omit: str = "") -> str:
    """An entity's own words, then the names of the people, places and things it names; without
    `omit`, the title its entry already has."""
    words = " ".join(w for w in dict.fromkeys(_prose(entity.data)) if w != omit)
    named = sorted(references(entity.data) - {entity.id}, key=lambda i: (ORDER[briefing.get(i).kind], i))
    names = ", ".join(briefing.get(i).name for i in named if briefing.get(i).kind != "sources")
    return " \u2014 ".join(part for part in (words, names) if part)


def _page_entry(briefing: Briefing, page: RenderedPage, directory_urls: bool) -> dict[str, str]:
    if page.entity:
        text = entity_text(briefing, briefing.get(page.entity), omit=page.title)
    else:
        text = page_text(page) if page.kind == PROSE_KIND else page.description
    return _doc(page_url(page.uri, directory_urls), page.title, text)


def _facts_without_pages(briefing: Briefing) -> Iterable[Entity]:
    """The quotes, statements and commitments, which stand at an anchor of their section's page."""
    for kind in KINDS:
        if not kind.pages:
            yield from briefing.of_kind(kind.folder)


def _fact_entry(briefing: Briefing, entity: Entity, directory_urls: bool) -> dict[str, str]:
    kind = BY_FOLDER[entity.kind]
    label = kind.singular.capitalize()
    who = _author(entity.data)
    title = f"{label} by {briefing.get(who).name}" if who else label
    location = f"{page_url(page_uri(kind.folder), directory_urls)}#{entity.id}"
    return _doc(location, title, entity_text(briefing, entity))


def page_text(page: RenderedPage) -> str:
    """The words of a page in Markdown: written by an editor for readers, so all of them count."""
    return plain_text(page.html).removeprefix(page.title).strip()


def _prose(model: BaseModel) -> Iterable[str]:
    for field in walk(model):
        if field.name in PROSE_FIELDS:
            yield from (" ".join(item.split()) for item in field.items if isinstance(item, str))


def _author(data: BaseModel) -> str | None:
    """Whom a fact without a page of its own is by: a quote's speaker, a statement's author, a
    commitment's first giver."""
    for name in ("speaker", "by", "givers"):
        value = getattr(data, name, None)
        value = value[0] if isinstance(value, list) and value else value
        if isinstance(value, str):
            return value
    return None


def _doc(location: str, title: str, text: str) -> dict[str, str]:
    return {"location": location, "title": title, "text": text}


class _Entries(NamedTuple):
    """Entries of the last index, in order, with what each was made from."""

    made_from: tuple[Any, ...]
    """The pages, or the facts without a page."""
    docs: list[str]
    """Each one's entry as JSON."""


class SearchMemo:
    """The entries of the last index, kept between builds so that an edit costs only the entries it changes.

    An entry is made from a page (or, for a quote or statement, from its entity), from the entity
    whose words it holds and from the kinds and names of the entities that one names. It is kept
    while the page and the entity are the same objects as at the last call (the preview keeps the
    pages it did not render again, and the model the entities that did not change) and no entity it
    names has changed its kind or name since. A page or fact that moved is found by its uri or id;
    anything else makes the entry again. Only the last call's entries are kept.
    """

    def __init__(self) -> None:
        self._directory_urls: bool | None = None
        self._entities: dict[str, Entity] = {}
        """The entities of the last call, by id: what the next call compares with."""
        self._pages = _Entries((), [])
        self._facts = _Entries((), [])

    def index(self, briefing: Briefing, pages: Iterable[RenderedPage], directory_urls: bool) -> str:
        if directory_urls != self._directory_urls:  # every location changes
            self._pages = self._facts = _Entries((), [])
        again = self._changed(briefing)
        on_pages = _update(self._pages, tuple(pages), again, operator.attrgetter("uri"), operator.attrgetter("entity"),
                           lambda page: _compact(_page_entry(briefing, page, directory_urls)))
        facts = _update(self._facts, tuple(_facts_without_pages(briefing)), again, operator.attrgetter("id"),
                        operator.attrgetter("id"), lambda fact: _compact(_fact_entry(briefing, fact, directory_urls)))
        # Only a call that made the whole index moves the memo on, so that its entries always match `_entities`.
        self._directory_urls, self._entities, self._pages, self._facts = directory_urls, dict(briefing.entities), on_pages, facts
        return '{"docs":[' + ",".join([*on_pages.docs, *facts.docs]) + "]}"

    def _changed(self, briefing: Briefing) -> set[str]:
        """The ids whose entries must be made again: of the entities that are not the same objects as
        at the last call or are gone, and of those that name one whose kind or name differ.

        What an entity names (a fact's author among it) is read from the briefing's index of references,
        which `entity_text` reads the same way: its references, less itself."""
        before, now = self._entities, briefing.entities
        # map and compress keep the walk over every entity out of the interpreter's loop.
        changed = set(compress(now, map(operator.is_not, map(before.get, now), now.values())))
        renamed = [i for i in changed if i in before and (before[i].kind != now[i].kind or before[i].name != now[i].name)]
        gone = before.keys() - now.keys()
        naming = {e.id for i in (*renamed, *gone) for kind in FOLDERS for e in briefing.referring(i, kind)}
        return changed | gone | naming


def _update(kept: _Entries, sources: tuple[Any, ...], again: set[str], key: Callable[[Any], str],
            about: Callable[[Any], str | None], make: Callable[[Any], str]) -> _Entries:
    """The entries of `sources`: each one's kept entry where it is the same object and not `about`
    an entity in `again`; otherwise made. `key` finds a source that moved."""
    before, docs = kept
    count = len(sources)
    # An edit leaves nearly every source where it was: compared place by place without the interpreter's loop.
    same = [*map(operator.is_, sources, before), *[False] * (count - len(before))]
    for place in compress(range(count), map(again.__contains__, map(about, sources))):
        same[place] = False
    fresh = [*docs[:count], *[""] * (count - len(docs))]
    moved: dict[str, tuple[Any, str]] | None = None
    for place in compress(range(count), map(operator.not_, same)):
        source = sources[place]
        if moved is None:
            moved = dict(zip(map(key, before), zip(before, docs, strict=True), strict=True))
        found = moved.get(key(source))
        fresh[place] = found[1] if found is not None and found[0] is source and about(source) not in again else make(source)
    return _Entries(sources, fresh)


def _compact(doc: dict[str, str]) -> str:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
