"""Small readers of one sentence: where it opens past a bullet or a time, the pronoun it opens with, and which
actors stand outermost or on one side."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast, entry_start
from generator.editing.draft.text import Article, Span

LEAD = r"(?:(?:the|an?)\s+)?(?:(?:[a-z][\w-]*\s+){0,2}(?:leaders?|heads?(?:\s+of\s+(?:state|government))?|" \
       r"delegations?|representatives|officials|ministers|members|counterparts|envoys|ambassadors|chiefs|presidents|" \
       r"premiers|teams?|missions?|" \
       r"executives|managers|management|board|leadership|bosses|staff|diplomats|negotiators|delegates)\s+" \
       r"(?:of|from)\s+(?:the\s+)?|(?:delegations?|teams)\s+(?:led|headed)\s+by\s+(?:the\s+)?|" \
       r"(?:(?:Federal|Islamic|Democratic|Socialist|Arab|United|Hashemite|Co-operative|Cooperative)\s+)*" \
       r"(?:Republic|Kingdom|Sultanate|Principality|Grand\s+Duchy|State|Government|[Gg]overnments)\s+of\s+(?:the\s+)?)?"
"""What may stand before a party named only as its country: "the prime ministers of Estonia, Latvia and ...", "the
Republic of Iraq and the Republic of Türkiye"."""


def outermost(actors: list[Actor]) -> list[Actor]:
    """Of two people named at one place, one within the other, the whole: "the EU's Special Representative for
    the South Caucasus, Jonas Berg" is Berg, never a person named "South Caucasus" read from the title."""
    return [a for a in actors if not any(b is not a and b.kind == a.kind == "person" and a.span.within(b.span) and
                                         (b.span.end - b.span.start) > (a.span.end - a.span.start) for b in actors)]


def opens_at(article: Article, cast: Cast, index: int, first: Actor, position: int) -> bool:
    """The first party of a later meeting stands right after "and then" or "separately, with", or after the
    country or organisation whose it is: "and, separately, with Chile's defence minister, Ana Soto"."""
    start = position + _lead_length(article, position)
    return first.span.start == start or any(
        a.kind == "organisation" and a.span.start == start and
        re.fullmatch(r"[’']s\s+", article.masked[a.span.end:first.span.start]) is not None
        for a in cast.in_sentence(index))


def _lead_length(article: Article, position: int) -> int:
    lead = re.match(LEAD, article.masked[position:])
    return lead.end() if lead else 0


def pronoun_open(cast: Cast, pronoun: Actor, subject: str) -> bool:
    """Whether the text leaves a 'he' or 'she' open among those the sentence before names with its subject, the subject
    being known to be the other: after "Ms Ana Berg met Erik Lund and Olav Dahl.", "He also held talks with ..." may
    be Lund or Dahl, and is never Berg. Otherwise the pronoun goes on with the one who met, as a report's next sentence
    does ("Mr Berg met Mr Lund and Ms Ozola. He also held talks with ..." is Berg)."""
    return cast.gender.get(subject, pronoun.ref) != pronoun.ref


def same_pronoun_before(cast: Cast, actor: Actor, index: int) -> str | None:
    """'"We will pay," he told reporters. "Europe decided." Asked about Hungary, he said the talks with Kerekes
    had been long': a "he" or "she" whose sentence before names nobody goes on with the same pronoun in one of
    the two sentences before, when no person is named between."""
    for before in range(index - 1, max(-1, index - 3), -1):
        actors = cast.in_sentence(before)
        if any(a.kind in ("person", "description") for a in actors):
            return None
        same = [a for a in actors if a.kind == "pronoun"]
        if same:
            person = cast.person_of(same[-1], before)[0] if same[-1].ref == actor.ref else None
            return person
    return None


def same_side(cast: Cast, one: str, other: str) -> bool:
    """Two people of one country or organisation, or either of none known: never the two sides of talks."""
    first, second = cast.people[one].organisation, cast.people[other].organisation
    return one != other and (not first or not second or first == second)


def opening_pronoun(cast: Cast, index: int, actor: Actor) -> Actor:
    """'He and Juma held talks', 'Juma and she met': "he" or "she" in a subject that opens the sentence is the one
    the sentence before speaks of, read as if it opened the sentence (never Juma, named before it)."""
    person = pronoun_before_sentence(cast, index, actor)
    return actor if person is None else Actor("person", actor.span, person)


def own_span(article: Article, index: int) -> Span:
    """A sentence from its own first word, past the bullet, number or time that opens a list's line or a live
    blog's entry: "- The two ministers held a call with Ruiz" reads as "The two ministers held a call with Ruiz",
    whose opening words name who met."""
    sentence = article.sentences[index]
    return Span(entry_start(article, sentence), sentence.end)


def lead_space(article: Article, index: int) -> int:
    sentence = own_span(article, index)
    return len(article.masked[sentence.start:sentence.end]) - len(article.masked[sentence.start:sentence.end].lstrip())


def first_word_at(article: Article, index: int) -> int:
    """Where a sentence's own first word is, past a live blog's time ("14:05 Talks with Juma ran long") and the
    spaces before it."""
    sentence = article.sentences[index]
    start = entry_start(article, sentence)
    return start + len(article.masked[start:sentence.end]) - len(article.masked[start:sentence.end].lstrip())


def pronoun_before_sentence(cast: Cast, index: int, actor: Actor) -> str | None:
    """'Wambui, whom she met at the ministry, praised Irish aid': "she" in a clause on another stands for one named
    before the sentence, as if it opened it."""
    if actor.kind != "pronoun" or index == 0:
        return None
    start = cast.article.sentences[index].start
    return cast.pronoun(Actor("pronoun", Span(start, start), actor.ref), index)[0]
