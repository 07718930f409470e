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
from collections.abc import Iterable

from pydantic import BaseModel

from generator.content.kinds import FOLDERS, KINDS
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


def search_index(briefing: Briefing, pages: Iterable[RenderedPage], *, directory_urls: bool = True) -> str:
    """The index as compact JSON, its entries in the order of the pages."""
    docs = []
    for page in pages:
        entity = briefing.get(page.entity) if page.entity else None
        text = (entity_text(briefing, entity, omit=page.title) if entity
                else page_text(page) if page.kind == PROSE_KIND else page.description)
        docs.append(_doc(page_url(page.uri, directory_urls), page.title, text))
    for kind in KINDS:
        if kind.pages:
            continue
        listing = page_url(page_uri(kind.folder), directory_urls)
        label = kind.singular.capitalize()
        for entity in briefing.of_kind(kind.folder):
            who = _author(entity.data)
            title = f"{label} by {briefing.get(who).name}" if who else label
            docs.append(_doc(f"{listing}#{entity.id}", title, entity_text(briefing, entity)))
    return json.dumps({"docs": docs}, ensure_ascii=False, separators=(",", ":"))


def entity_text(briefing: Briefing, entity: Entity, *, omit: str = "") -> str:
    """An entity's own words, then the names of the people, places and things it names; without
    `omit`, the title its entry already has."""
    words = " ".join(w for w in dict.fromkeys(_prose(entity.data)) if w != omit)
    named = sorted(references(entity.data) - {entity.id}, key=lambda i: (ORDER[briefing.get(i).kind], i))
    names = ", ".join(briefing.get(i).name for i in named if briefing.get(i).kind != "sources")
    return " \u2014 ".join(part for part in (words, names) if part)


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
