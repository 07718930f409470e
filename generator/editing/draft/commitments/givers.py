"""Givers a commitment gains from the rest of its sentence: those giving together, bodies listed, lenders."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.commitments.lenders import lends_or_is_lent
from generator.editing.draft.commitments.spans import country_forms, rest_of_name
from generator.editing.draft.commitments.words import ADJECTIVES, EVERY_COUNTRY, LENDER, LENT, NEW_CLAUSE
from generator.editing.draft.model import Commitment
from generator.editing.draft.text import Article


def lender_gives(cast: Cast, commitment: Commitment) -> Commitment:
    """"Peru on Monday signed a $300 million loan with the Andean Development Bank", "Chile has concluded a credit
    line with the IDB": between a borrower and the one lender that signed a loan with it, the lender gives,
    whichever of the two the sentence names first."""
    if commitment.status != "signed" or len(commitment.givers) != 1 or len(commitment.receivers) != 1 or \
            not LENT.search(" ".join(commitment.wordings).lower()):
        return commitment
    sides = lends_or_is_lent(cast, (*commitment.givers, *commitment.receivers), "loan")
    if sides is None or sides[0] != commitment.receivers or not LENDER.search(cast.organisations[sides[0][0]].name):
        return commitment
    return replace(commitment, givers=commitment.receivers, receivers=commitment.givers)


def counterpart_body(cast: Cast, commitment: Commitment, receivers: tuple[str, ...]) -> tuple[str, ...]:
    """"The Japan Coast Guard will train Vietnamese officers", in an article that names the Vietnam Coast Guard: a
    country's body gives to the body of the same kind of the receiving country, when the text names one and the
    sentence names that country by no more than an adjective ("to Vietnam" names the receiver as the text has it)."""
    givers = commitment.givers
    if len(givers) != 1 or len(receivers) != 1 or cast.organisations[givers[0]].type == "country" or \
            cast.organisations[receivers[0]].type != "country" or any(
                ident == receivers[0] and span.within(cast.article.sentences[commitment.sentence])
                and cast.article.masked[span.start:span.end] not in ADJECTIVES for span, ident in cast.org_mentions):
        return ()
    kind = rest_of_name(cast.organisations[givers[0]].name, set(EVERY_COUNTRY)).lower()
    forms = country_forms(cast, receivers[0])
    same = [ident for ident, o in cast.organisations.items() if kind and o.type != "country" and ident != givers[0]
            and rest_of_name(o.name, forms).lower() == kind]
    return (same[0],) if len(same) == 1 else ()


_TOGETHER_WITH = re.compile(r",?\s+(?:(?:delivered|donated|supplied|sent|funded|financed|provided|paid\s+for|bought)\s+)?"
                            r"(?:together|jointly)\s+with\s+(?:the\s+)?$")


def cogivers(article: Article, cast: Cast, commitment: Commitment) -> tuple[str, ...]:
    """"Denmark's donations include Leopard 1 tanks, delivered together with Germany": one named as giving
    the thing jointly, right after it, gives it too."""
    sentence = article.sentences[commitment.sentence]
    position = article.masked.find(commitment.wordings[0], sentence.start, sentence.end)
    if position < 0:
        return ()
    end = position + len(commitment.wordings[0])
    return tuple(a.ref for a in cast.in_sentence(commitment.sentence) if a.kind == "organisation" and a.span.start >= end
                 and a.ref not in commitment.givers and a.ref not in commitment.receivers
                 and article.masked[a.span.start:a.span.end] not in ADJECTIVES
                 and _TOGETHER_WITH.fullmatch(article.masked[end:a.span.start]))[:1]


_AGENT_LEAD = re.compile(r"(?:\s+(?:in|at|for|near)\s+[^,;:.()]{1,40}?)?\s*,?\s+(?:(?:jointly|together)\s+)?"
                         r"(?:(?:(?:co-?)?(?:financed|funded)|donated|supplied|provided|paid\s+for|bought|built|sent|delivered|"
                         r"lent|granted|offered|pledged|promised|committed|earmarked)\s+(?:(?:jointly|together)\s+)?)?"
                         r"(?:by|from|(?:with|under|through)\s+(?:(?:a|an|the)\s+)?(?:[\w€$£¥.,-]+\s+){0,3}?(?:funding|"
                         r"financing|money|funds|grants?|loans?)\s+(?:from|by|of))\s+(?:the\s+)?")
"""What stands between the thing given and the first of those who give it: "water pumps co-financed by",
"a clinic in Kiribati, jointly funded by", "20 ambulances with funding from", "a grant from"."""


def listed_agents(article: Article, cast: Cast, commitment: Commitment) -> tuple[str, ...]:
    """"The delivery of 120 breakers by Chile and Peru to the grid operator", "a dam in Laos, co-financed by Japan
    and the World Bank", "30 ambulances bought with funding from Chile, Peru and Brazil": a list after "by" or
    "from", right after the things given, names every giver, not the first alone."""
    if len(commitment.givers) != 1:
        return ()
    sentence = article.sentences[commitment.sentence]
    position = article.masked.find(commitment.wordings[0], sentence.start, sentence.end)
    if position < 0:
        return ()
    end = _past_receiver(article, cast, commitment, position + len(commitment.wordings[0]))
    first = next((a for a in cast.in_sentence(commitment.sentence) if a.kind == "organisation" and a.span.start >= end
                  and a.ref == commitment.givers[0] and _AGENT_LEAD.fullmatch(article.masked[end:a.span.start])), None)
    if first is None:
        return ()
    return tuple(r for r in _agents_listed(article, cast, commitment.sentence, first)
                 if r not in commitment.givers and r not in commitment.receivers)


def _past_receiver(article: Article, cast: Cast, commitment: Commitment, end: int) -> int:
    """Where the words after the things given go on past the receiver named right after them: "the delivery of 40
    ambulances to Moldova by Chile and Peru", "the transfer of 30 tanks to Ukraine by Poland and Czechia": the list
    of those who give stands after the one who receives as it does after the things."""
    return next((a.span.end for a in cast.in_sentence(commitment.sentence) if a.kind == "organisation"
                 and a.ref in commitment.receivers and a.span.start >= end
                 and re.fullmatch(r"\s+(?:to|for)\s+(?:the\s+)?", article.masked[end:a.span.start])), end)


def _agents_listed(article: Article, cast: Cast, index: int, first: Actor) -> tuple[str, ...]:
    """The bodies listed after the first of those who give, whatever their kind ("by Japan and the World Bank");
    none when the list does not close with "and", or when its last name opens a clause of its own ("by Japan,
    and Norway will send tents")."""
    listed: list[str] = []
    last = first
    for actor in (a for a in cast.in_sentence(index) if a.span.start >= first.span.end):
        gap = re.fullmatch(r"\s*(?:,|(?P<comma>,)?\s*(?P<and>and))\s*(?:the\s+)?", article.masked[last.span.end:actor.span.start])
        if actor.kind != "organisation" or gap is None or article.masked[actor.span.start:actor.span.end] in ADJECTIVES \
                or (gap.group("comma") and NEW_CLAUSE.match(article.masked[actor.span.end:])):
            break
        listed.append(actor.ref)
        last = actor
        if gap.group("and"):
            return tuple(dict.fromkeys(r for r in listed if r != first.ref))
    return ()
