"""The same commitment told twice made one.

Documents told twice, quotations telling it again, what a document provides, requests in general
and in particular."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.editing.draft.items import MONEY
from generator.editing.draft.model import Commitment
from generator.editing.draft.quoted_commitments import told_outside
from generator.editing.draft.text import Article, fold


def with_quoted(found: list[Commitment], quoted: list[Commitment]) -> list[Commitment]:
    """The commitments told outside quotations, each with the wordings of a quotation that tells it again, and
    those told only inside a quotation."""
    only_quoted = []
    for commitment in quoted:
        told = told_outside(found, commitment)
        if told is None:
            only_quoted.append(commitment)
        else:
            found = told
    return [*found, *only_quoted]


_DOCUMENT_WORDS = frozenset({"agreement", "memorandum", "understanding", "deal", "accord", "contract", "loan", "grant",
                             "financing", "protocol", "letter", "intent", "cooperation", "declaration", "arrangement",
                             "worth", "million", "billion", "with", "from", "their", "that", "this", "under", "signed",
                             "support", "funding", "package", "assistance", "programme", "program", "project", "framework"})


def words_of(commitment: Commitment) -> set[str]:
    """The words that say what a commitment is about, past those any document has: "drone", "production"."""
    return {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", fold(" ".join(commitment.wordings)))} - \
        {w.rstrip("s") for w in _DOCUMENT_WORDS}


def _same_document(one: Commitment, other: Commitment) -> bool:
    """Whether two commitments between the same parties are one: a document told twice ("signed a drone
    production deal", "signed a memorandum under which Vilnius will finance the production of drones"), a
    gift told again in words that share three of its own ("2bn kroner for joint procurement of air defence
    systems", "joint air defence procurement"), one sum in one sentence read by two of its verbs, or the same counted
    things promised and then signed for."""
    if one.givers != other.givers:
        return False
    if one.sentence == other.sentence and one.value is not None and one.value == other.value and \
            _sum_of(one) and _sum_of(one) == _sum_of(other):
        # the clause of one verb may name the receiver the other leaves unsaid
        return not one.receivers or not other.receivers or one.receivers == other.receivers
    if {one.status, other.status} == {"pledged", "signed"} and one.items[0].quantity is not None and \
            (fold(one.items[0].name), one.items[0].quantity) == (fold(other.items[0].name), other.items[0].quantity) and \
            (not one.receivers or not other.receivers or one.receivers == other.receivers):
        return True  # "Romania will rebuild 14 kindergartens", and the agreement under which it will: one commitment
    if one.receivers != other.receivers or not one.receivers:
        return False
    shared = words_of(one) & words_of(other)
    document = one.status in ("signed", "agreed") and bool(shared)
    return one.status == other.status and (len(shared) >= 3 or document) \
        and (one.value == other.value or one.value is None or other.value is None)


def told_twice(found: list[Commitment]) -> list[Commitment]:
    """Each commitment once, with the wordings of every telling of it."""
    result: list[Commitment] = []
    for commitment in found:
        earlier = next((c for c in result if _same_document(c, commitment)), None)
        if earlier is None:
            result.append(commitment)
            continue
        result[result.index(earlier)] = replace(
            earlier, receivers=earlier.receivers or commitment.receivers,
            status="signed" if "signed" in (earlier.status, commitment.status) else earlier.status,
            wordings=tuple(dict.fromkeys((*earlier.wordings, *commitment.wordings))),
            excerpts=tuple(dict.fromkeys((*earlier.excerpts, *commitment.excerpts))))
    return result


_UNDER_DOCUMENT = re.compile(r"^(?:Under|Through|Via)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:memorandum|agreement|"
                             r"deal|accord|contract|arrangement|declaration)\b")


_UNDER_WHICH = re.compile(r"\b(?:memorandum|agreement|deal|accord|contract|arrangement|declaration)\s+"
                          r"(?:under|by|through)\s+which\b")
"""'signed an agreement under which Finland commits to providing support': the document's terms."""


def _restates_document(article: Article, commitment: Commitment) -> bool:
    """Whether a commitment is what a document just reported provides; a sum of its own is a commitment
    of its own ("Under the agreement, Portugal commits to providing 220 million euros")."""
    text = article.sentence_text(commitment.sentence)
    return commitment.value is None and bool(_UNDER_DOCUMENT.match(text) or _UNDER_WHICH.search(text))


def under_the_document(article: Article, found: list[Commitment]) -> list[Commitment]:
    """"Italy and Ukraine signed a memorandum on ... Under the memorandum, Italy will pay for ...": what a
    document just reported provides is that document's commitment told again, not another one."""
    result: list[Commitment] = []
    for commitment in found:
        earlier = next((c for c in reversed(result) if commitment.sentence - 2 <= c.sentence <= commitment.sentence
                        and c.status in ("signed", "agreed") and c.givers == commitment.givers
                        and (not c.receivers or not commitment.receivers or c.receivers == commitment.receivers)),
                       None) if _restates_document(article, commitment) else None
        if earlier is None:
            result.append(commitment)
            continue
        # "signed an agreement under which Chile will give Electroperu a grant": the terms may name the receiver
        # the document's own clause leaves unsaid
        result[result.index(earlier)] = replace(earlier, receivers=earlier.receivers or commitment.receivers,
                                                wordings=tuple(dict.fromkeys((*earlier.wordings,
                                                                              *commitment.wordings))),
                                                excerpts=tuple(dict.fromkeys((*earlier.excerpts, *commitment.excerpts))))
    return result


_GENERAL_REQUEST = frozenset({"air defence", "air defense", "weapons", "arms", "military aid", "military support", "aid",
                              "support", "help", "assistance", "equipment", "air defence systems", "air defense systems"})
"""What a report's first line asks for in general ("pressed Germany for more air defence") before its body
says what in particular ("asked Berlin for more Patriot systems")."""


def _requests_in_particular(found: list[Commitment]) -> list[Commitment]:
    """A request for a kind of thing in general, when the same side asks the same giver for a particular
    thing too, is that request told first in general."""
    result: list[Commitment] = []
    for commitment in found:
        general = commitment.status == "asked" and fold(commitment.items[0].name) in _GENERAL_REQUEST
        particular = next((c for c in found if c is not commitment and c.status == "asked" and c.givers == commitment.givers
                           and c.receivers == commitment.receivers and fold(c.items[0].name) not in _GENERAL_REQUEST),
                          None) if general else None
        if particular is None and not _asked_of_one_named(commitment, found):
            result.append(commitment)
    return [_with_general(c, found) for c in result]


def _asked_of_one_named(commitment: Commitment, found: list[Commitment]) -> bool:
    """Whether a request made of no one named is a request the text also tells with the one asked: "Tonga's minister
    asked Japan for diesel water pumps ... Recap: Tonga is asking for water pumps", the same side asking for the same
    kind of thing (the same last word), told again without its addressee."""
    if commitment.status != "asked" or commitment.givers or not commitment.receivers:
        return False
    head = fold(commitment.items[0].name).split()[-1:]
    return any(c.status == "asked" and c.givers and c.receivers == commitment.receivers
               and fold(c.items[0].name).split()[-1:] == head for c in found)


def _with_general(commitment: Commitment, found: list[Commitment]) -> Commitment:
    first = next((c for c in found if c.status == "asked" and c.givers == commitment.givers and c.receivers ==
                  commitment.receivers and fold(c.items[0].name) in _GENERAL_REQUEST), None) \
        if commitment.status == "asked" and fold(commitment.items[0].name) not in _GENERAL_REQUEST else None
    if first is None:
        return commitment
    return replace(commitment, wordings=tuple(dict.fromkeys((*commitment.wordings, *first.wordings))),
                   excerpts=tuple(dict.fromkeys((*first.excerpts, *commitment.excerpts))))


def merge_same(found: list[Commitment]) -> list[Commitment]:
    """One commitment said twice is one: the same givers, receivers and kind of thing."""
    merged: dict[tuple[tuple[str, ...], tuple[str, ...], str], Commitment] = {}
    for commitment in _requests_in_particular(found):
        head = fold(commitment.items[0].name).split()[-1].rstrip("s")
        key = (commitment.givers, commitment.receivers, commitment.status + " " + head)
        if not commitment.receivers:
            # "Denmark delivered the jets": told again without its receiver, the one told before with it
            key = next((k for k in merged if k[0] == key[0] and k[2] == key[2]), key)
        if key in merged and _sum_of(merged[key]) and _sum_of(commitment) and _sum_of(merged[key]) != _sum_of(commitment):
            key = (*key[:2], f"{key[2]} {_sum_of(commitment)}")  # two sums are two commitments
        if key in merged and merged[key].sentence == commitment.sentence and \
                not _same_thing(merged[key].items[0].name, commitment.items[0].name):
            key = (*key[:2], f"{key[2]} {fold(commitment.items[0].name)}")  # "shelter kits, hygiene kits": a list
        if key in merged:
            old = merged[key]
            merged[key] = replace(old, wordings=tuple(dict.fromkeys((*old.wordings, *commitment.wordings))),
                                  excerpts=tuple(dict.fromkeys((*old.excerpts, *commitment.excerpts))),
                                  value=old.value or commitment.value,
                                  announced_by=old.announced_by or commitment.announced_by)
        else:
            merged[key] = commitment
    return list(merged.values())


def _sum_of(commitment: Commitment) -> str:
    """The sum a commitment's wordings name, as the text writes it."""
    money = MONEY.search(" ".join(commitment.wordings))
    return money.group() if money else ""


def _same_thing(one: str, other: str) -> bool:
    """Whether two wordings name one thing: one holds the other ("drones", "5,000 more drones")."""
    one, other = fold(one), fold(other)
    return one in other or other in one
