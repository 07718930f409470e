"""Whom a request for support is made of, named by the adjective of the support asked for.

"asked for Swedish support for additional air defence", "for more Japanese support"; expertise on a field."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Cast
from generator.editing.draft.commitments.words import ADJECTIVES, EXPERTISE_ON, SUPPORT, SUPPORT_FOR
from generator.editing.draft.text import Article

_OWN_SUPPORT = re.compile(r"(?:(?:more|further|additional|extra|urgent|new|continued)\s+)?")


def own_support(cast: Cast, index: int, rest: str, position: int, start: int,
                 asked: tuple[str, ...]) -> re.Match[str] | None:
    """"thanked Norway for its help and asked for further Norwegian help with school tents", "asked Japan for more
    Japanese support for mine clearance": the support of the one already asked, named again by its adjective or
    possessive, and what follows is what the support is for; None where the words name another body ("asked Japan
    for Korean help") or no support. `rest` is the text from `position` on, `start` a place in it."""
    lead = _OWN_SUPPORT.match(rest, start)
    actor = next((a for a in cast.in_sentence(index) if a.kind == "organisation"
                  and a.span.start == position + lead.end()), None) if lead else None
    if actor is None or actor.ref not in asked:
        return None
    owner = re.match(r"[’']s(?=\s)", rest[actor.span.end - position:])
    return SUPPORT_FOR.match(rest, actor.span.end - position + (owner.end() if owner else 0))


def support_of(article: Article, cast: Cast, index: int, position: int, asker: str) -> tuple[tuple[str, ...], int]:
    """"asked for Swedish support for additional air defence": whom a request is made of, named by the
    adjective of the support asked for."""
    lead = re.match(r"\s*for\s+(?:(?:more|further|additional|extra|urgent|new|continued)\s+)?", article.masked[position:])
    if not lead:
        return (), position
    adjective = next((a for a in cast.in_sentence(index) if a.kind == "organisation"
                      and a.span.start == position + lead.end()), None)
    if adjective is None or adjective.ref == asker:
        return (), position
    end = adjective.span.end
    attributive = _ATTRIBUTIVE_SUPPORT.match(article.masked, end)
    if EXPERTISE_ON.match(article.masked, end):
        return (adjective.ref,), end
    if article.masked[adjective.span.start:end] not in ADJECTIVES and attributive is None:
        owner = re.match(r"[’']s(?=\s)", article.masked[end:])  # "asked for Japan's help with ..."
        if owner is None:
            return (), position
        end += owner.end()
    if attributive is not None and not SUPPORT_FOR.match(article.masked, end):
        # "asked for further U.S. support to map flooded land": the purpose, after "to"
        return (adjective.ref,), attributive.end()
    if not SUPPORT_FOR.match(article.masked, end):
        return (), position
    return (adjective.ref,), end


_ATTRIBUTIVE_SUPPORT = re.compile(r"\s+" + SUPPORT + r"(?=\s+(?:with|for|in\s+[a-z]+ing|"
                                  r"to\s+(?!(?:the|a|an|its|their)\b)[a-z]+\s))(?:\s+to(?=\s))?")
"""'asked for EU help in financing a water plant', 'for further U.S. support to map flooded land': a body's name
used as an adjective of the support asked for names whom it is asked of, as "Japan's help" does."""
