"""What a commitment gives when its words run past the things first named.

The contents a cargo is said to comprise, the works a document pays for."""
from __future__ import annotations

import re
from copy import copy

from generator.editing.draft.actors import Cast
from generator.editing.draft.commitments.clause import read_clause
from generator.editing.draft.commitments.record import Clause
from generator.editing.draft.items import Found, items
from generator.editing.draft.model import Item, Meeting
from generator.editing.draft.text import Article

_CONTENTS_SET_OFF = re.compile(r",\s+(?:comprising|including|consisting\s+of|made\s+up\s+of|such\s+as|among\s+them)\s+"
                               r"[^;:—–()]{3,300}?,\s*$")
"""', comprising tents, tarpaulins and blankets, ' set off between a cargo and the verb of its arrival."""


def clause_past_contents(article: Article, cast: Cast, meetings: list[Meeting], index: int, verb: re.Match[str],
                          previous: Clause | None) -> Clause | None:
    """"A Chilean navy ship carrying 40 tonnes of relief goods, comprising tents, tarpaulins, blankets, water
    filters and medicines, docked at Callao": the contents set off after a cargo lengthen its subject past what a
    subject can be, but are an aside; the arrival reads as without them, and the items as with them."""
    if verb.lastgroup != "arrived":
        return None
    aside = _CONTENTS_SET_OFF.search(article.masked, article.sentences[index].start, verb.start())
    if aside is None:
        return None
    blanked = copy(article)
    blanked.masked = article.masked[:aside.start()] + " " * (verb.start() - aside.start()) + article.masked[verb.start():]
    return read_clause(blanked, cast, meetings, index, verb, previous)


_WORKS_OF = re.compile(r"(?:the\s+)?(?P<works>(?:rehabilitation|moderni[sz]ation|renovation|upgrading|upgrade|expansion|"
                       r"restoration|reconstruction|construction|repair)\s+of\s+[^,;:.()]+?)"
                       r"(?=\s+(?:in|on|at|across|along|near|which|that|by|over)\b|\s*[,;:.()]|\s*$)")
"""'for the rehabilitation of tidal river embankments in Polder 32': works on a named thing."""


def works_of_document(article: Article, start: int, end: int) -> list[Found]:
    """"signed a grant agreement of 15 million euros for the rehabilitation of tidal river embankments", "a €9
    million financing agreement for the modernisation of the Sadakhlo crossing point": the works a signed
    document pays for are what it gives, ahead of the document itself."""
    works = _WORKS_OF.match(article.masked, start, end)
    if works is None:
        return []
    name = works.group("works")
    return [(Item(name=name, quantity=None, category="other"), (name,), None)]


def document_of_aid(article: Article, start: int, end: int) -> list[Found]:
    """"signed a ¥22 billion loan agreement for flood control works": when what the document is for names
    no thing of aid, the document itself, a loan, grant or credit by its words, is what is given."""
    found = items(article.masked[start:end], False)[:1]
    return found if found and re.search(r"\b(?:loan|grant|credit|financing)\b", found[0][0].name, re.IGNORECASE) else []
