"""The memos of the downloads and the search index: after any edit, the same bytes as made whole."""
from __future__ import annotations

from dataclasses import replace

import pytest

from generator.content.model import Briefing, Entity
from generator.pages import downloads as downloads_module
from generator.pages import search as search_module
from generator.pages.build import build_pages, load_briefing
from generator.pages.downloads import DownloadMemo, downloads
from generator.pages.render import RenderedPage
from generator.pages.search import SearchMemo, search_index
from tests.conftest import REPO, THEME

TRICKY = 'Brackets [], "quotes", a back\\slash, commas,\nnew lines\n\nand \u2028 \u00e9 \u2014 \U0001f30a'
"""Text that JSON and CSV both escape or keep in their own ways."""


def swapped(briefing: Briefing, old: Entity, new: Entity) -> Briefing:
    """`briefing` with `new` in place of `old`, every other entity the same object: as the preview's
    model gives it after an edit of one file."""
    kinds = {kind: tuple(new if e is old else e for e in items) for kind, items in briefing.kinds.items()}
    return replace(briefing, entities={**briefing.entities, old.id: new}, kinds=kinds)


def edited(entity: Entity, **fields: object) -> Entity:
    return replace(entity, data=entity.data.model_copy(update=fields))


def assert_same_downloads(briefing: Briefing, memo: DownloadMemo) -> None:
    assert downloads(briefing, memo) == downloads(briefing)


def assert_same_index(briefing: Briefing, pages: tuple[RenderedPage, ...], memo: SearchMemo, *,
                      directory_urls: bool = True) -> str:
    index = search_index(briefing, pages, directory_urls=directory_urls, memo=memo)
    assert index == search_index(briefing, pages, directory_urls=directory_urls)
    return index


@pytest.fixture
def tricky_tree(tree):
    tree["topics/port-security.yaml"]["summary"] = TRICKY
    return tree


@pytest.fixture
def counted(monkeypatch):
    """How many times the downloads write an entity's item of facts.json, and the search index an
    entity's words."""
    calls = {"fact": 0, "text": 0}

    def counting(name, function):
        def wrapper(*args, **kwargs):
            calls[name] += 1
            return function(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(downloads_module, "_fact", counting("fact", downloads_module._fact))
    monkeypatch.setattr(search_module, "entity_text", counting("text", search_module.entity_text))
    return calls


def test_downloads_with_a_memo_are_the_same_after_each_kind_of_edit(make_content, tricky_tree):
    briefing = load_briefing(make_content(tricky_tree))
    memo = DownloadMemo()
    assert_same_downloads(briefing, memo)
    assert_same_downloads(briefing, memo)  # every piece kept

    # Edits that keep every other entity the same object: the memo's pieces are used.
    topic = briefing.get("port-security")
    briefing = swapped(briefing, topic, edited(topic, summary=TRICKY + " again"))
    assert_same_downloads(briefing, memo)
    person = briefing.get("ana-souza")
    briefing = swapped(briefing, person, edited(person, name="Ana Sousa"))
    assert_same_downloads(briefing, memo)
    briefing = replace(briefing, info=briefing.info.model_copy(update={"title": "The Autumn Forum"}),
                       source_texts={**briefing.source_texts, "forum-report": TRICKY})
    assert_same_downloads(briefing, memo)

    # The tree loaded again: no object is shared, so every piece is made again.
    tricky_tree["meetings/souza-harbour-group.yaml"]["title"] = "Souza and the Harbour Group"
    assert_same_downloads(load_briefing(make_content(tricky_tree)), memo)


def test_a_download_memo_writes_again_only_what_changed_and_forgets_what_is_gone(make_content, tricky_tree, counted):
    briefing = load_briefing(make_content(tricky_tree))
    memo = DownloadMemo()
    downloads(briefing, memo)
    assert counted["fact"] == briefing.size
    person = briefing.get("ana-souza")
    downloads(swapped(briefing, person, edited(person, name="Ana Sousa")), memo)
    assert counted["fact"] == briefing.size + 1

    del tricky_tree["statements/patrols-discussed.yaml"]
    fewer = load_briefing(make_content(tricky_tree))
    assert_same_downloads(fewer, memo)
    assert not fewer.of_kind("statements")
    assert {e.id for kind in memo._kinds.values() for e, _, _ in kind.written.values()} == set(fewer.entities)


def test_downloads_with_a_memo_are_the_same_for_the_real_briefing():
    briefing = load_briefing(REPO / "content")
    memo = DownloadMemo()
    assert_same_downloads(briefing, memo)
    for entity in (briefing.of_kind("meetings")[0], briefing.of_kind("people")[-1]):
        briefing = swapped(briefing, entity, edited(entity, evidence=[]))
        assert_same_downloads(briefing, memo)
    # Reordered: the memo finds each entity by id wherever it now stands.
    reordered = replace(briefing, kinds={kind: items[::-1] for kind, items in briefing.kinds.items()})
    assert_same_downloads(reordered, memo)


def test_search_with_a_memo_shows_a_new_name_in_every_entry_that_names_it(make_content, tricky_tree, counted):
    built = build_pages(make_content(tricky_tree), THEME)
    briefing, pages = built.briefing, built.pages
    memo = SearchMemo()

    def made_with_memo(briefing, pages=pages):
        before = counted["text"]
        index = search_index(briefing, pages, memo=memo)
        made = counted["text"] - before
        assert index == search_index(briefing, pages)
        return index, made

    assert made_with_memo(briefing)[1] == briefing.size  # an entry for each: a page, or an anchor for a quote or statement
    assert made_with_memo(briefing)[1] == 0

    # The person renamed; their page and the pages naming them are the same objects, as if not rendered again.
    person = briefing.get("ana-souza")
    renamed = swapped(briefing, person, edited(person, name="Ana Sousa"))
    index, made = made_with_memo(renamed)
    assert "Ana Sousa, Harbour Group" in index and "Quote by Ana Sousa" in index
    # Made again: the person's own entry, and the meeting and the quote that name them.
    assert made == 3
    # The pages in another order: each entry found by its page's address, none made again.
    assert made_with_memo(renamed, pages[::-1])[1] == 0


def test_search_with_a_memo_is_the_same_after_pages_rendered_again_and_a_clean_load(make_content, tricky_tree):
    built = build_pages(make_content(tricky_tree), THEME)
    memo = SearchMemo()
    assert_same_index(built.briefing, built.pages, memo)

    # The meeting edited and its page rendered again, every other object the same.
    meeting = built.briefing.get("souza-harbour-group")
    briefing = swapped(built.briefing, meeting, edited(meeting, title="Souza and the Harbour Group"))
    pages = tuple(replace(p, title="Souza and the Harbour Group") if p.entity == meeting.id else p for p in built.pages)
    assert "Souza and the Harbour Group" in assert_same_index(briefing, pages, memo)

    # A statement edited: a fact without a page, found by its entity alone.
    statement = briefing.get("patrols-discussed")
    briefing = swapped(briefing, statement, edited(statement, text="Patrols were not discussed."))
    assert "Patrols were not discussed." in assert_same_index(briefing, pages, memo)

    # A page about no entity rendered again: found by the page alone.
    pages = tuple(replace(p, description="A new summary.") if p.kind == "home" else p for p in pages)
    assert "A new summary." in assert_same_index(briefing, pages, memo)

    assert_same_index(briefing, pages, memo, directory_urls=False)

    # Loaded and rendered again from files: nothing shared; a statement gone, pages reversed.
    tricky_tree["people/ana-souza.yaml"]["name"] = "Ana Sousa"
    del tricky_tree["statements/patrols-discussed.yaml"]
    rebuilt = build_pages(make_content(tricky_tree), THEME)
    index = assert_same_index(rebuilt.briefing, rebuilt.pages[::-1], memo)
    assert "patrols-discussed" not in index and "Ana Souza" not in index
    assert memo._facts.made_from == rebuilt.briefing.of_kind("quotes")


def test_search_with_a_memo_is_the_same_for_the_real_briefing_and_its_pages_in_markdown():
    built = build_pages(REPO / "content", THEME)
    memo = SearchMemo()
    assert_same_index(built.briefing, built.pages, memo)
    person = built.briefing.of_kind("people")[0]
    briefing = swapped(built.briefing, person, edited(person, name=person.name + " Jr"))
    assert person.name + " Jr" in assert_same_index(briefing, built.pages, memo)
