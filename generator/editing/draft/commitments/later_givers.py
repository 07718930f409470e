"""Givers a passive clause names later.

"courtesy of Japan", "under a Japanese grant", "bought with Korean funds"."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.commitments.parties import owned_body, party_of
from generator.editing.draft.commitments.record import Clause
from generator.editing.draft.commitments.spans import clause_start, country_forms, names_blanked
from generator.editing.draft.commitments.words import (
    ADJECTIVES,
    BOUGHT_WITH,
    CLAUSE_END,
    FINITE,
    FUNDS,
    PEOPLE_NO_GIFT,
    STATE_NOUN,
    WHERE_HANDED,
)
from generator.editing.draft.gazetteer import ENTRIES
from generator.editing.draft.model import LIKELY
from generator.editing.draft.text import Article, fold

_GIVER_IN_SUBJECT = re.compile(r"(?:\s+(?:(?:donated|supplied|funded|financed|paid\s+for|bought|sent|provided|pledged|"
                               r"promised|delivered)\s+by|from)|,\s*(?:which|that)\s*)\s+(?:the\s+)?$")
"""'40 ambulances donated by Canada were handed over', 'vehicles from Croatia have been transferred', 'the
boats, which Oslo promised in November, were handed over': the giver named inside the subject."""


_COURTESY = re.compile(r"\bcourtesy\s+of\s+(?:the\s+)?$")
_UNDER_GRANT = re.compile(r"\b(?:under|through|with)\s+(?:a|an)\s+(?:new\s+|further\s+|[A-Z]{0,3}[€$£¥]?\d[\w.,]*\s+"
                          r"(?:(?:million|billion|bn|m)\s+)?)?$")
_GRANT_AFTER = re.compile(r"(?:\s+[a-z][\w-]*)?\s+(?:grant|loan|donation|contribution|programme|program|project|funding)\b")


_UNDER_THE = re.compile(r"\bunder\s+(?:the|a|an|its|their)\s+$")
_PAID_BY_IT = re.compile(r"-(?:co-?)?(?:funded|financed|sponsored)\s+(?:[A-Za-z][\w-]*\s+){0,5}?(?i:programmes?|programs?|"
                         r"projects?|schemes?|initiatives?|facility|grants?|loans?|plan)\b")


def under_paid_by(article: Article, start: int, actor: Actor) -> bool:
    """Whether a name opens a scheme it pays for, after "under": "pumps were delivered to Chad under the EU-funded
    Rural Water Programme", "under a Japanese-financed roads project". Not a scheme someone built or runs ("under a
    Chinese-built dam scheme", "under the UN-led plan"): the builder or leader need not pay."""
    return bool(_UNDER_THE.search(article.masked[start:actor.span.start])) and \
        bool(_PAID_BY_IT.match(article.masked, actor.span.end))


def giver_later(article: Article, cast: Cast, index: int, verb: re.Match[str], status: str) -> Clause | None:
    """"40 generators were delivered to Chad courtesy of Japan", "tents have been handed over to the camps under a
    Japanese grant": a passive with no agent whose giver a phrase after it names; the item is the subject, the
    receiver the one named after "to" or "for"."""
    start = clause_start(article, index, verb.start())
    if start is None:
        return None
    later = cast.in_sentence(index)
    giver = next((a for a in later if a.kind == "organisation" and a.span.start >= verb.end()
                  and not CLAUSE_END.search(names_blanked(article, cast, index, verb.end(), a.span.start))
                  and ((_COURTESY.search(article.masked[verb.end():a.span.start])
                        and article.masked[a.span.start:a.span.end] not in ADJECTIVES)
                       or (_UNDER_GRANT.search(article.masked[verb.end():a.span.start])
                           and article.masked[a.span.start:a.span.end] in ADJECTIVES
                           and _GRANT_AFTER.match(article.masked, a.span.end))
                       or under_paid_by(article, verb.end(), a))), None)
    party = party_of(cast, giver, index)
    if giver is None or not party:
        return None
    to = next((a for a in later if a.kind == "organisation" and verb.end() <= a.span.start < giver.span.start
               and re.search(r"\b(?:to|for)\s+(?:the\s+)?$", article.masked[verb.end():a.span.start])), None)
    owned = owned_body(article, cast, index, to) if to is not None else None
    receiver = (owned or to).ref if to is not None else ""
    if receiver == party:
        return None
    return Clause((party,), (receiver,) if receiver else (), status, start,
                   f"{LIKELY}: {' '.join(verb.group().split())!r}: given, by the one a phrase after it names", verb.start())


def own_body_for(article: Article, cast: Cast, index: int, agent: Actor, receiver: str) -> str:
    """"Ecuador secured a $250 million credit line from CAF for Corporación Eléctrica del Ecuador": what a state
    receives for a body of its own, which the body's name says by the state's name, goes to that body."""
    body = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start > agent.span.end
                 and re.search(r"\bfor\s+(?:the\s+|its\s+)?$", article.masked[agent.span.end:a.span.start])), None)
    if body is None or cast.organisations[body.ref].type == "country" or body.ref == receiver:
        return ""
    between = article.masked[agent.span.end:body.span.start]
    if re.search(r"[;:—–]|\b(?:said|says)\b", between) or FINITE.search(between) or len(between.split()) > 16:
        return ""
    name = fold(cast.organisations[body.ref].name)
    forms = {fold(f) for f in country_forms(cast, receiver)} | \
        {fold(a) for e in ENTRIES if e.name == cast.organisations[receiver].name for a in e.adjectives}
    return body.ref if any(f and re.search(rf"\b{re.escape(f)}\b", name) for f in forms) else ""


def giver_in_subject(article: Article, cast: Cast, index: int, named: Actor) -> bool:
    """Whether the subject names its giver where `named` stands: "tents donated by Canada were handed over", or
    with the one that owns the giver before it, "dates from Saudi Arabia's relief centre (KSrelief) were handed
    over"."""
    if _GIVER_IN_SUBJECT.search(article.masked[max(0, named.span.start - 30):named.span.start]):
        return True
    owner = next((a for a in reversed(cast.in_sentence(index)) if a.span.end <= named.span.start), None)
    return owner is not None and owner.kind == "organisation" and \
        bool(re.fullmatch(r"[’']s\s+", article.masked[owner.span.end:named.span.start])) and \
        bool(_GIVER_IN_SUBJECT.search(article.masked[max(0, owner.span.start - 30):owner.span.start]))


def _state_funds(article: Article, start: int, actor: Actor) -> bool:
    """Whether a country's adjective inside the subject names whose money paid for the thing: "The patrol boats,
    bought with Canadian funds, were handed over", "ambulances financed by a Korean grant were delivered". Not
    the makers or hands it names ("a clinic built by Chinese workers")."""
    return article.masked[actor.span.start:actor.span.end] in ADJECTIVES and \
        bool(BOUGHT_WITH.search(article.masked[start:actor.span.start])) and \
        bool(FUNDS.match(article.masked, actor.span.end))


_PAID_IN_SUBJECT = re.compile(r"-(?:co-?)?(?:funded|financed|donated|sponsored)\s+")
"""'The Japanese-funded bridge', 'Twelve EU-financed ambulances': the one joined to the participle paid for the thing."""


def _state_named_to(article: Article, cast: Cast, index: int, verb: re.Match[str], actor: Actor) -> bool:
    """"Two ambulances and a shipment of test kits, donated by the Thai government, were handed over to Laos": an
    adjective with the state it qualifies names that state; only where the one it went to is named after "to",
    since "were handed over to the hospital" leaves the receiver to a guess."""
    return bool(STATE_NOUN.match(article.masked, actor.span.end)) and any(
        a.kind == "organisation" and a.span.start >= verb.end()
        and re.fullmatch(r"\s+(?:over\s+)?to\s+(?:the\s+)?", article.masked[verb.end():a.span.start])
        for a in cast.in_sentence(index))


_NATION_OPENS = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Ss]ome|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d[\d,]*)\s+)?"
                           r"(?:(?:[\d,]+-(?:member|strong|person|bed)|first|second|new|further|more)\s+)*"
                           r"(?:(?:[\d,.]+|some|about|nearly|over)\s+(?:tonnes|tons|kilograms|kg|litres|liters|pallets|"
                           r"boxes|crates|containers)\s+of\s+)?$")
"""What may come before the nation's adjective: "An Indian field hospital", "Two Indian field hospitals", "The 40 tonnes
of British tents"."""
_CLAUSE_IN_SUBJECT = re.compile(r",\s+(?:which|that)\s|\band\s+(?:the|its|their|these|those)\s|\b(?:is|are|was|were|has|"
                                r"have|had|arrived|landed|reached|docked|came|went|left)\b")
"""A clause of its own before the passive's verb, whose subject is then not the one the nation opens: "A British
plane landed with tents, which were handed over", "A British flight arrived and the supplies were handed over"."""
_HANDED = re.compile(r"\b(?:handed|delivered|donated|given|transferred|supplied|provided)\b")
"""The passives of handing things over, after which the one named after "to" takes them, body or state: "British tents
were handed over to the Malawi Red Cross"; things flown or sent to a body may be sent to work for it."""


def _nation_opens_subject(article: Article, cast: Cast, index: int, verb: re.Match[str], start: int, actor: Actor) -> bool:
    """"An Indian field hospital has been airlifted to Myanmar", "Turkish rescuers were flown to Morocco", "Britain's
    40 tonnes of tents were handed over to the Malawi Red Cross": a subject that opens with a nation's adjective, or
    with its name and "'s", names the giver of what it names, where the one it went to is named after "to" and is
    another state, or a body the things were handed over to; "A Zambian delegation was sent to Malawi" names no gift,
    and "A British plane landed with tents, which were handed over to" hands over what the relative clause takes up,
    not the plane."""
    written = article.masked[actor.span.start:actor.span.end]
    owner = cast.organisations[actor.ref].type == "country" and written not in ADJECTIVES and \
        bool(re.match(r"[’']s\s", article.masked[actor.span.end:]))
    after = actor.span.end + 3 if owner else actor.span.end
    handed = _HANDED.search(verb.group()) is not None
    return (written in ADJECTIVES or owner) and \
        bool(_NATION_OPENS.fullmatch(article.masked, start, actor.span.start)) and \
        not PEOPLE_NO_GIFT.search(article.masked, after, verb.start()) and \
        not _CLAUSE_IN_SUBJECT.search(article.masked, after, verb.start()) and any(
            a.kind == "organisation" and a.span.start >= verb.end() and a.ref != actor.ref
            and (cast.organisations[a.ref].type == "country" or handed)
            and article.masked[a.span.start:a.span.end] not in ADJECTIVES
            and re.fullmatch(r"(?:\s+(?:over|in))?" + WHERE_HANDED + r"\s+to\s+(?:the\s+)?",
                             article.masked[verb.end():a.span.start])
            for a in cast.in_sentence(index))


def given_by_subject(article: Article, cast: Cast, index: int, verb: re.Match[str], status: str) -> Clause | None:
    """A passive whose subject is the thing given and names its giver: the item is the subject up to the
    giver, the receiver follows "to" or is left to the article's main one."""
    start = clause_start(article, index, verb.start())
    if start is None:
        return None
    giver = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start < verb.start()
                  and ((_GIVER_IN_SUBJECT.search(article.masked[start:a.span.start])
                        and (article.masked[a.span.start:a.span.end] not in ADJECTIVES
                             or _state_named_to(article, cast, index, verb, a)))
                       or _state_funds(article, start, a)
                       or _nation_opens_subject(article, cast, index, verb, start, a)
                       or (_PAID_IN_SUBJECT.match(article.masked, a.span.end)
                           and re.fullmatch(r"(?:[A-Za-z]+\s+)?(?:[A-Za-z]+|\d[\d,]*)\s+",
                                            article.masked[start:a.span.start])))), None)
    if giver is None:
        return None
    cut = _GIVER_IN_SUBJECT.search(article.masked[start:giver.span.start]) or \
        BOUGHT_WITH.search(article.masked[start:giver.span.start])
    to = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
               and re.search(r"\b(?:to|for)\s+(?:the\s+)?$", article.masked[verb.end():a.span.start])
               and not CLAUSE_END.search(article.masked[verb.end():a.span.start])), None)
    party = party_of(cast, giver, index)
    owned = owned_body(article, cast, index, to) if to is not None else None
    to = owned or to
    receivers = (to.ref,) if to is not None and to.ref != party else ()
    if not party or (to is not None and to.ref == party):
        return None
    end = start + cut.start() if cut else giver.span.start
    if end == giver.span.start and _nation_opens_subject(article, cast, index, verb, start, giver):
        # "An Indian field hospital": the thing after its giver's adjective; "Two Indian field hospitals" keeps its count
        counted = re.match(r"(?:[\d,]+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s", article.masked[start:giver.span.start])
        start, end = start if counted else giver.span.end + (3 if article.masked[giver.span.end] in "’'" else 0), \
            verb.start()
    paid = _PAID_IN_SUBJECT.match(article.masked, giver.span.end)
    if paid and not cut:
        # "The Japanese-funded bridge over the river was handed over": the thing after the one that paid for it
        start, end = paid.end(), verb.start()
    if re.match(r"\s*,\s*including\s[^;:—–]+,\s*$", article.masked[giver.span.end:verb.start()]):
        end = verb.start()  # "relief goods from Japan, including tents and stoves, were handed over": each thing too
    return Clause((party,), receivers, status, start, f"{LIKELY}: {' '.join(verb.group().split())!r}: what is given, "
                   "by the one its subject names", end)


def bought_with(article: Article, cast: Cast, index: int, verb: re.Match[str], status: str) -> Clause | None:
    """A passive whose subject is the thing given and says whose money paid for it: "The ambulances, bought with
    Korean funds, were handed over to Chad", "40 tractors purchased with Japan's grant aid were delivered to Laos";
    the one whose money it was gives, the one named after "to" receives; "bought with the ministry's own budget"
    names no one else."""
    start = clause_start(article, index, verb.start())
    if start is None:
        return None
    payer = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and start < a.span.start < verb.start()
                  and BOUGHT_WITH.search(article.masked, start, a.span.start)
                  and FUNDS.match(article.masked, a.span.end)), None)
    to = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
               and re.search(r"\b(?:to|for)\s+(?:the\s+)?$", article.masked[verb.end():a.span.start])
               and not CLAUSE_END.search(article.masked[verb.end():a.span.start])), None)
    if payer is None or to is None:
        return None
    cut = BOUGHT_WITH.search(article.masked, start, payer.span.start)
    giver, receiver = party_of(cast, payer, index), (owned_body(article, cast, index, to) or to).ref
    if not giver or giver == receiver or cut is None:
        return None
    return Clause((giver,), (receiver,), status, start, f"{LIKELY}: {' '.join(verb.group().split())!r}: what is "
                   "given, by the one whose money bought it", cut.start())
