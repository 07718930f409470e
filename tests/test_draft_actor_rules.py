"""`factsheet draft`: rules of the cast that any report exercises, each on invented text: whom a "he" or "she", a
"the minister" or "the visiting minister" stands for, and when the text leaves it open."""
from __future__ import annotations

from dataclasses import replace

import pytest

from generator.editing.draft import analyse
from generator.editing.draft.actors import Cast
from generator.editing.draft.known import Known
from generator.editing.draft.organisations import find_organisations
from generator.editing.draft.people import find_people
from generator.editing.draft.text import Article


def _cast(text: str) -> Cast:
    article = Article(text)
    orgs = find_organisations(article, Known(), set())
    by_name = {o.name: o.id for o in orgs.organisations}
    people = [replace(p, organisation=by_name.get(p.organisation[1:], "")) if p.organisation.startswith("@") else p
              for p in find_people(article, orgs, Known(), set())]
    return Cast(article, people, orgs)


def _resolved(text: str, words: str, nth: int = 0) -> str | None:
    """The person the cast reads the `nth` actor written `words` as."""
    cast = _cast(text)
    found = [(index, actor) for index in range(len(cast.article.sentences)) for actor in cast.in_sentence(index)
             if cast.article.masked[actor.span.start:actor.span.end] == words]
    index, actor = found[nth]
    return cast.person_of(actor, index)[0]


def _met(text: str) -> list[set[str]]:
    return [{p.person or p.organisation for p in m.participants} for m in analyse(text, "s").meetings]


_LATER = " Later {} met Governor Erik Holm.\n"


@pytest.mark.parametrize(("opening", "description", "person"), [
    # the holder of a title with a word that makes it another office is never "the minister"
    ("Prime Minister Sofia Lind opened the port of Kalmar on Friday.", "the minister", None),
    ("Deputy Minister Sofia Lind opened the port of Kalmar on Friday.", "the minister", None),
    ("High Commissioner Sofia Lind opened the port of Kalmar.", "the commissioner", None),
    ("Deputy Prime Minister Rui Mota toured the dam.", "the prime minister", None),
    # the description that gives that word fits, and a title without one fits the bare noun
    ("Prime Minister Sofia Lind opened the port of Kalmar on Friday.", "the prime minister", "sofia-lind"),
    ("Deputy Minister Sofia Lind opened the port of Kalmar on Friday.", "the deputy minister", "sofia-lind"),
    ("Deputy Prime Minister Rui Mota toured the dam.", "the deputy prime minister", "rui-mota"),
    ("Trade Minister Sofia Lind opened the port of Kalmar on Friday.", "the minister", "sofia-lind"),
])
def test_a_word_that_makes_another_office_must_be_in_the_description(opening: str, description: str,
                                                                      person: str | None) -> None:
    text = opening + _LATER.format(description)
    assert _resolved(text, description) == person
    assert _met(text) == ([{person, "erik-holm"}] if person else [])
