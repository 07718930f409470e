"""Clauses that credit a giver, and requests that name by reference.

Thanks for a gift ("thanked Romania for transferring a Patriot system"), a decision or pledge to give
("welcomed Spain's decision to send"), "the biggest pledge came from Japan"; whom a request names only
by reference ("the two leaders", "asked the bank for")."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.commitments.giving_words import ADVERBS, GIVE, GIVING
from generator.editing.draft.commitments.meeting_parties import parties_met
from generator.editing.draft.commitments.parties import named_by_kind, party_of
from generator.editing.draft.commitments.receivers import receiver_after
from generator.editing.draft.commitments.record import Clause
from generator.editing.draft.commitments.spans import and_after
from generator.editing.draft.commitments.words import BY_KIND, COUNTS
from generator.editing.draft.items import Found, items
from generator.editing.draft.model import LIKELY, Commitment, Meeting
from generator.editing.draft.text import Article, fold

_THEM = re.compile(r"\s*(?:the\s+(?:two|three|four)\s+(?:leaders|ministers|sides|governments|presidents|premiers)|them|"
                   r"both\s+(?:leaders|sides|governments))\b")
"""'urged the two leaders to send': the others of the meeting the text has just reported."""


def asked_back(article: Article, cast: Cast, meetings: list[Meeting], index: int, verb: re.Match[str],
                asker: str) -> tuple[tuple[str, ...], int]:
    """Whom a request names only by reference: "the two leaders" of the meeting just reported, a body
    named by its kind ("asked the bank for"), or the one the asker thanked in the same sentence
    ("thanked Norway for its support and requested ...", "thanked the group and asked it to")."""
    counterparts = _counterparts_asked(article, cast, index, verb.end())
    if counterparts is not None and counterparts[0] != (asker,):
        return counterparts
    every, after_every = _all_thanked(article, cast, index, verb)
    if every and asker not in every and (not asker or cast.organisations[asker].type == "country"):
        # a body below the state that thanks states may ask for itself or for its state: the text leaves it unsure
        return every, after_every
    them = _THEM.match(article.masked, verb.end())
    if them:
        parties = tuple(p for p in parties_met(meetings, index, 3) if p != asker)
        return (parties, them.end()) if parties else ((), verb.end())
    kind = BY_KIND.match(article.masked, verb.end())
    if kind and (body := named_by_kind(cast, index, verb.end(), kind)) and body != asker:
        return (body,), kind.end()
    thanked = [a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.end <= verb.start()
               and re.search(r"\bthank(?:ed|s)\s+(?:the\s+)?$", article.masked[max(0, a.span.start - 14):a.span.start])]
    sentence = article.sentences[index]
    thanked += [one for thanks in re.finditer(r"\bthank(?:ed|s)(?=\s)", article.masked[sentence.start:verb.start()])
                if (named := BY_KIND.match(article.masked, sentence.start + thanks.end()))
                and (one := named_by_kind(cast, index, sentence.start + thanks.end(), named))]
    # "asked it to finance": the one thanked, said again as "it" or "them"
    again = re.match(r"\s+(?:it|them)(?=\s+(?:to|for)\s)", article.masked[verb.end():])
    position = verb.end() + (again.end() if again else 0)
    return (tuple(thanked[-1:]), position) if thanked and thanked[-1] != asker else ((), verb.end())


def kind_asked_that(cast: Cast, index: int, position: int) -> tuple[tuple[str, ...], int]:
    """The body a request names by its kind after 'that': "requested that the Bank expand its grant window",
    "asked that the Fund release the next tranche", where the article has named the bank or fund before."""
    kind = BY_KIND.match(cast.article.masked, position)
    body = named_by_kind(cast, index, position, kind) if kind else ""
    return ((body,), kind.end()) if kind and body else ((), position)


_COUNTERPARTS = re.compile(r"\s+(?:to\s+)?(?:his|her|their|its|the|our)\s+(?:(?:new|visiting|regional)\s+)?$")
_COUNTERPART_NOUN = re.compile(r"\s+(?:colleagues?|counterparts?|hosts?|partners|allies|friends|neighbou?rs|guests?)"
                               r"(?:\s*,\s*[A-Z][^,;:.()]{1,40},)?(?=\s+(?:for|to)\s)")
"""'asked her Brazilian colleagues for help', 'urged his Japanese counterpart, Kenji Sato, to send pumps',
'appealed to their Gulf hosts for fuel': the country named by its people's word, asked through its own
officials; 'asked Brazilian farmers for advice' names no officials of a state and asks no state."""


def _counterparts_asked(article: Article, cast: Cast, index: int, position: int) -> tuple[tuple[str, ...], int] | None:
    """The country whose officials a request is addressed to, named by the adjective of their country."""
    for actor in cast.in_sentence(index):
        if actor.span.start < position or actor.kind != "organisation":
            continue
        noun = _COUNTERPART_NOUN.match(article.masked, actor.span.end)
        if not _COUNTERPARTS.fullmatch(article.masked, position, actor.span.start) or noun is None:
            return None
        return (actor.ref,), noun.end()
    return None


_THANKED_AGAIN = re.compile(r"\s+(?:them|both(?:\s+(?P<both>countries|governments|donors|partners|nations))?|the\s+"
                            r"(?P<count>two|three|four)\s+(?:countries|governments|donors|partners|nations))(?=\s+(?:to|for)\s)")


_LIST_THANKED = re.compile(r"\b(?:thank(?:ed|s)|welcomed|welcomes|praised|praises|commended|commends)\s+(?:the\s+)?"
                           r"(?:(?:[a-z]+\s+){1,3}(?:of|from|by)\s+(?:the\s+)?)?$")
"""'thanked Ireland and Austria and asked both countries', 'welcomed the pledges from Australia and New Zealand and
urged the two countries': a list the asker has just thanked or praised, said again by its count."""


def _all_thanked(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> tuple[tuple[str, ...], int]:
    """"thanked Ireland and Austria for the programme and asked both countries to consider funding ...", "thanked
    Chile, Peru and Brazil and asked the three governments for ...": every one of a list thanked in the same sentence,
    said again as "them", "both" or "the two countries", is asked; none where the count says another number."""
    again = _THANKED_AGAIN.match(article.masked, verb.end())
    if again is None:
        return (), verb.end()
    sentence = article.sentences[index]
    lists = [[first, *and_after(article, cast, index, first)] for first in cast.in_sentence(index)
             if first.kind == "organisation" and first.span.end <= verb.start()
             and _LIST_THANKED.search(article.masked, max(sentence.start, first.span.start - 50), first.span.start)]
    named = tuple(dict.fromkeys(a.ref for a in lists[-1])) if lists else ()
    count = 2 if again.group("both") or again.group().strip() == "both" else COUNTS.get(again.group("count") or "", 0)
    if len(named) < 2 or (count and count != len(named)):
        return (), verb.end()
    return named, again.end()


def thanks_clause(article: Article, cast: Cast, index: int, verb: re.Match[str], after: list[Actor]) -> Clause | None:
    """"Ukraine's foreign minister thanked Romania for transferring a Patriot system": thanks for giving
    tell of a delivery, from the one thanked to the one who thanks."""
    first = after[0] if after else None
    if first is None or first.kind == "pronoun" or \
            article.masked[verb.end():first.span.start].strip() not in ("", "the"):
        return None
    # "thanked Kellermann for ...": a person thanked stands for the country of their role
    thanked = first.ref if first.kind == "organisation" else party_of(cast, first, index)
    if not thanked:
        return None
    lead = re.match(r"(?:\s+for\s+[^.;]{0,120}?\s+and(?:,\s*[^,]{1,30},)?)?\s+for\s+(?:(?:its|their|the)\s+)?(?:(?:decision|"
                    r"commitment|readiness|pledge)\s+to\s+(?:" + GIVE + r")|" + GIVING + r"|having\s+(?:sent|provided|"
                    r"supplied|delivered|donated|transferred))\s+", article.masked[first.span.end:article.sentences[index].end])
    if not lead:
        # "thanked Canada for the 39 vehicles it has already delivered": the thing, then that it was given
        lead = re.match(r"(?:\s*\([^()]{1,15}\))?(?:\s+(?:government|authorities))?\s+for\s+"
                        r"(?=(?:(?:the|its|their|all)\s+|(?=\d))(?:[^.;,]|[.,]\d){1,60}?\s+(?:(?:that\s+|which\s+)?(?:it|they|[A-Z][\w-]+)\s+(?:has\s+|have\s+|had\s+)?(?:already\s+)?(?:delivered|sent|"
                        r"provided|supplied|donated|transferred|shipped)|(?:that|which)\s+(?:has\s+|have\s+|had\s+)?(?:already\s+)?"
                        r"arrived|(?:handed\s+over|delivered|donated)\s+to\b)|" + _SOME_OF_WHICH_ARRIVED + ")",
                        article.masked[first.span.end:])
    if not lead:
        lead = _THANKED_FOR_GIFT.match(article.masked[first.span.end:article.sentences[index].end])
    if not lead or _ONLOOKERS.match(article.masked, first.span.end + lead.end()):
        return None
    who = cast.subject_before(verb.start(), index) or cast.sentence_subject(index)
    receiver = party_of(cast, who, index)
    handed_to, end = _thanked_handed_to(article, cast, index, first.span.end + lead.end(), thanked)
    if handed_to and receiver != thanked:
        # "She thanked JICA for the 20 ambulances handed over to the Ghana Health Service": the one they
        # went to receives, whoever thanks
        return Clause((thanked,), handed_to, "delivered", first.span.end + lead.end(),
                       f"{LIKELY}: {verb.group()!r} for things handed over to the one named", end)
    if receiver == thanked or not (receiver or (who is not None and (cast.person_of(who, index)[0]
                                                                      or who.kind == "description"))):
        return None
    # a named person whose country the text leaves unsaid thanks for the side the article's aid goes to
    # thanks for a decision or a pledge to give are thanks for a promise, not yet for a delivery
    status = "pledged" if re.search(r"\b(?:decision|commitment|readiness|pledge)\s+to\b", lead.group()) else "delivered"
    # "thanked Japan for the ambulances handed over to the Health Service": the one they went to
    handed = re.match(r"[^.;,]{1,60}?\s(?:handed\s+over|delivered|donated)\s+to\s", article.masked[first.span.end + lead.end():])
    named = tuple(r for r in receiver_after(article, cast, index, first.span.end + lead.end()) if r != thanked) \
        if handed else ()
    return Clause((thanked,), named or ((receiver,) if receiver else ()), status, first.span.end + lead.end(),
                   f"{LIKELY}: {verb.group()!r} for giving: a gift to the one who thanks")


_THANKED_FOR_GIFT = re.compile(r"(?:\s*\([^()]{1,15}\))?(?:\s+(?:government|authorities))?\s+for\s+(?:the|its|their)\s+"
                               r"(?:(?:recent|latest|first|second|new|swift|rapid|timely|generous)\s+)?(?:delivery|deliveries|"
                               r"donation|gift|shipment|transfer|handover|hand-over|dispatch|airlift)\s+"
                               r"(?:(?:last|this|earlier\s+this)\s+(?:week|month|year)\s+|(?:on|in)\s+[A-Z][a-z]+\s+)?of\s+"
                               r"(?=(?:some\s+|about\s+|more\s+than\s+)?(?:\d|[a-z]))")
"""'thanked Germany for the delivery last month of 25 fire engines', 'thanked Japan for its donation of 40 ambulances':
thanks for a gift said as a noun, whose things follow "of"."""
_ONLOOKERS = re.compile(r"(?:[^.;,]|[.,]\d){0,40}?\b(?:observers|delegates|delegations?|envoys|diplomats|"
                        r"representatives|journalists|athletes|officials|ministers|guests)\s+(?:(?:that|which|who)\s+)?"
                        r"(?:(?:it|they|[A-Z][\w-]+)\s+)?(?:(?:has|have|had)\s+)?(?:sent|dispatched|deployed|seconded)?\s*"
                        r"(?:to\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:elections?|polls?|vote|summit|talks|conference|"
                        r"ceremony|funeral|inauguration|games|meetings?|session)\b|[.,;]|$)")
"""'thanked Japan for the 40 observers it sent to the elections', 'for the delegation it sent to the summit': people
sent to watch or to talk are no gift to the one who thanks, whatever the verb."""


_SOME_OF_WHICH_ARRIVED = r"[^.;,]{1,60}?,\s+(?:the\s+)?(?:first|last|rest|remainder|bulk|all|most|some|many|half)" \
                         r"(?:\s+[\w-]+)?\s+of\s+which\s+(?:(?:has|have|had)\s+)?(?:already\s+|now\s+)?(?:arrived|" \
                         r"reached|(?:(?:has|have|had)\s+)?been\s+(?:delivered|handed\s+over))\b"
"""'thanked France for the Mirage jets, the first three of which arrived this week': thanks for what came."""


_THINGS_SENT_TO = re.compile(r"(?:[^.;,]|[.,]\d){1,60}?\s(?P<told>(?:(?:that|which)\s+)?(?:(?:it|they)\s+(?:has\s+|have\s+|"
                             r"had\s+)?(?:already\s+)?(?=sent|delivered|donated|provided|supplied|shipped|gave)\w+|"
                             r"handed\s+over|delivered|donated)\s+to\s)")
"""'for the 20 ambulances handed over to the Health Service', 'for the 1.5 million doses it sent to Chad during the
pandemic': the things thanked for, then to whom they went, as a participle or a clause of the one thanked."""


def _thanked_handed_to(article: Article, cast: Cast, index: int, start: int, thanked: str) -> tuple[tuple[str, ...], int]:
    """The one named as receiving the things thanked for ("for the 20 ambulances handed over to the Ghana
    Health Service"), and where the things' words end; none when the text does not say so right after them."""
    handed = _THINGS_SENT_TO.match(article.masked, start)
    if handed is not None:
        return tuple(r for r in receiver_after(article, cast, index, start) if r != thanked), handed.start("told") - 1
    # "for the Mirage jets, the first three of which arrived in Ukraine": where they arrived
    arrived = re.match(_SOME_OF_WHICH_ARRIVED, article.masked[start:])
    if arrived is None:
        return (), -1
    place = tuple(r for r in receiver_after(article, cast, index, start + arrived.end(), "in|to") if r != thanked)
    return place, start + article.masked[start:start + arrived.end()].index(",")


_OBJECT_BEFORE = re.compile(r"(?:\b(?:the|its|their|all\s+the)\s+|\b(?:for|of|with)\s+(?=\d))"
                            r"(?P<item>(?:[\w,-]+\s+){1,5}?)(?:that\s+|which\s+)?$")
"""'on top of the non-lethal aid Ireland already provides': the thing given stands before its giver."""


def relative_object(article: Article, cast: Cast, index: int, verb: re.Match[str], clause: Clause) -> list[Found]:
    """What a relative clause gives when nothing follows its verb but where and to whom: the noun phrase
    the clause's subject follows ("the non-lethal aid Ireland already provides through the EPF")."""
    # "the 20 ambulances that Sweden paid for and that were handed over to the clinic": a second relative clause
    if not re.match(r"\s*(?:$|[,.;—–]|(?:to|through|via|for|in|since|so\s+far|already|last|this|and\s+(?:that|which))\b)",
                    article.masked[verb.end():article.sentences[index].end]):
        return []
    subject = cast.subject_before(verb.start(), index)
    if subject is None or subject.kind != "organisation" or party_of(cast, subject, index) not in clause.givers:
        return []
    before = article.masked[max(0, subject.span.start - 60):subject.span.start]
    if re.search(r",\s*(?:which|that)\s+$", before):
        return []  # "the tanks, which Poland promised in May, have been handed over": the main clause tells it
    head = _OBJECT_BEFORE.search(before)
    return items(head.group("item"), False) if head else []


def decision(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"welcomed Spain's decision to send 20 Leopard tanks": a decision or pledge to give, named with the
    possessive of the one who gives."""
    owner = next((a for a in reversed(cast.in_sentence(index)) if a.kind == "organisation"
                  and a.span.end <= verb.start() and re.fullmatch(r"[’']s\s+", article.masked[a.span.end:verb.start()])),
                 None)
    giver = party_of(cast, owner, index)
    if not giver:
        return None
    receivers = tuple(r for r in receiver_after(article, cast, index, verb.end(), "to|for|in|into") if r != giver)
    return Clause((giver,), receivers, "pledged", verb.end(), f"{LIKELY}: {' '.join(verb.group().split())!r} of the "
                   f"one named before it")


_WHAT_CAME = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s*:\s+|,\s+with\s+)(?=\S)")
_ATTRIBUTION = re.compile(r",\s+(?:according\s+to|(?:he|she|it|they|officials?)\s+(?:said|says|told|added)|"
                          r"(?:[A-Z][\w’'-]*\s+){1,3}(?:said|says|told|added))\b")
"""', according to Ana Ruiz', ', officials said': who told it, after the words of what is given."""


def came_from(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"The biggest pledge came from Japan: $50 million for shelters", "The largest contribution came from the
    World Bank, with a $200 million loan": the one named after "came from" gives what follows the colon or "with"."""
    agent = next((a for a in cast.in_sentence(index) if a.span.start >= verb.end()), None)
    if agent is None or agent.kind != "organisation" or \
            article.masked[verb.end():agent.span.start].strip() not in ("", "the"):
        return None
    lead = _WHAT_CAME.match(article.masked, agent.span.end)
    giver = party_of(cast, agent, index)
    if not giver or lead is None:
        return None
    receivers = tuple(r for r in receiver_after(article, cast, index, lead.end()) if r != giver)
    said = _ATTRIBUTION.search(article.masked, lead.end(), article.sentences[index].end)
    return Clause((giver,), receivers, "pledged", lead.end(), f"{LIKELY}: {' '.join(verb.group().split())!r}: what "
                   "the one named after it gives", said.start() if said else -1)


_TO_GIVE = re.compile(r"(?:[’']s)?(?:\s+(?:[\w-]+\s+){0,2}?(?i:government|cabinet|council|ministry|parliament|authorities|"
                      r"treasury|board))?(?:\s*\([^()]{1,20}\))?\s+to\s+" + ADVERBS + GIVE + r"\b")
"""What follows the one who decided, its organ and all: " Federal Council to allocate", "'s cabinet to send"."""


def decision_of(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"welcomed the decision of the Austrian government to allocate €5 million for Gabon", "the pledge by Portugal
    to send 20 ambulances": a decision or pledge to give, its giver named right after "of" or "by"."""
    agent = next((a for a in cast.in_sentence(index) if a.span.start >= verb.end()), None)
    if agent is None or article.masked[verb.end():agent.span.start].strip() not in ("", "the"):
        return None
    giver = party_of(cast, agent, index)
    lead = _TO_GIVE.match(article.masked, agent.span.end)
    if not giver or lead is None:
        return None
    receivers = tuple(r for r in receiver_after(article, cast, index, lead.end()) if r != giver)
    return Clause((giver,), receivers, "pledged", lead.end(), f"{LIKELY}: {' '.join(verb.group().split())!r} of the "
                   "one named after it")


_REFERENT = re.compile(r"^(?:[^,]{0,40},\s*)?(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?P<noun>loan|grant|package|agreement|deal|project|programme|program|contract|facility|fund|tranche|plant|line|scheme|initiative)\b")
"""'The loan will be co-financed by a grant from the EU': a sentence about a gift just reported goes to
whom that gift went."""


def referent_receivers(article: Article, found: list[Commitment], index: int) -> tuple[str, ...]:
    referent = _REFERENT.match(article.sentence_text(index))
    if not referent:
        return ()
    noun = referent.group("noun").lower()
    earlier = [c for c in found if index - 2 <= c.sentence < index and c.receivers
               and any(noun in fold(w).split() for w in c.wordings)]
    return earlier[-1].receivers if earlier else ()
