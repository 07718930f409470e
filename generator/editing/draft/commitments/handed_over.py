"""Gifts reported as handed over, continued or told in the passive.

And the forces they were handed to."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.commitments.giving_words import GIVE
from generator.editing.draft.commitments.parties import force_named_by_adjective, owned_body, party_of, reporter_of, state_of
from generator.editing.draft.commitments.record import Clause
from generator.editing.draft.commitments.spans import clause_start
from generator.editing.draft.commitments.words import ADJECTIVES, CLAUSE_END, PASSIVE_END, STATE_NOUN
from generator.editing.draft.items import AID
from generator.editing.draft.model import LIKELY
from generator.editing.draft.text import Article

_CONTINUED = re.compile(r"(?:training|programme|program|mission|support|aid|assistance|deliveries|scheme|initiative|"
                        r"coalition|fund)\b", re.IGNORECASE)


_TO_KEEP_GIVING = re.compile(r"\s+to\s+(?:(?P<support>support)|" + GIVE + r")\s+")


def _continues_giving(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"Norway would continue to fund school meals", "the bank will continue to support health clinics", "Japan
    will continue to support Chad with water pumps": a giving kept on, pledged by the subject named right before
    the verb; "will continue to support Chad" alone names no thing given."""
    lead = _TO_KEEP_GIVING.match(article.masked, verb.end())
    subject = cast.subject_before(verb.start(), index)
    if lead is None or subject is None or subject.kind != "organisation":
        return None
    giver = party_of(cast, subject, index)
    position = lead.end()
    first = next((a for a in cast.in_sentence(index) if a.span.start >= position), None)
    receivers: tuple[str, ...] = ()
    if first is not None and first.kind == "organisation" and \
            re.fullmatch(r"(?:the\s+)?", article.masked[position:first.span.start]):
        receivers, position = (first.ref,), first.span.end
        with_ = re.match(r"\s+with\s+", article.masked[position:])
        if with_ is None and lead.group("support"):
            return None
        position += with_.end() if with_ else 0
    if not giver or giver in receivers:
        return None
    return Clause((giver,), receivers, "pledged", position, f"{LIKELY}: {' '.join(verb.group().split())!r}: a giving "
                   "kept on by the subject")


def continued(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"confirmed that the training programme will continue into 2026", "The EU's military training mission
    for Ukrainian soldiers will be extended": a programme of aid kept on, pledged by the one who reports it
    or whose possessive names it."""
    sentence = article.sentences[index]
    if (giving := _continues_giving(article, cast, index, verb)) is not None:
        return giving
    that = list(re.finditer(r"\bthat\s+", article.masked[sentence.start:verb.start()]))
    start = sentence.start + that[-1].end() if that else clause_start(article, index, verb.start())
    if start is None or len(article.masked[start:verb.start()].split()) > 10 or \
            not _CONTINUED.search(article.masked[start:verb.start()]):
        return None
    owner = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start < verb.start()
                  and re.match(r"[’']s\s", article.masked[a.span.end:])), None)
    giver = party_of(cast, owner, index) if owner is not None else reporter_of(article, cast, index, start)
    if not giver:
        return None
    item_start = owner.span.end + 3 if owner is not None else start
    return Clause((giver,), (), "pledged", item_start, f"{LIKELY}: {' '.join(verb.group().split())!r}: a programme of "
                   "aid kept on", verb.start())


def reported_passive(article: Article, cast: Cast, index: int, verb: re.Match[str], status: str) -> Clause | None:
    """"Belgium confirmed that the first of its F-16s would be handed over before the end of the year": a
    passive with no agent gives from the one who reports it, when the clause opens right after "that"."""
    sentence = article.sentences[index]
    that = list(re.finditer(r"\bthat\s+", article.masked[sentence.start:verb.start()]))
    if not that:
        return None
    start = sentence.start + that[-1].end()
    giver = reporter_of(article, cast, index, start)
    if not giver or len(article.masked[start:verb.start()].split()) > 12:
        return None
    to = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
               and re.search(r"\b(?:to|for)\s+(?:the\s+)?$", article.masked[verb.end():a.span.start])
               and not CLAUSE_END.search(article.masked[verb.end():a.span.start])), None)
    if to is not None and to.ref == giver:
        return None
    return Clause((giver,), (to.ref,) if to is not None else (), status, start,
                   f"{LIKELY}: {' '.join(verb.group().split())!r}: given, as the one who said so reports", verb.start())


_SAID_HANDED = re.compile(r"(?:[’']s\s+(?:office|ministry|embassy|spokes(?:man|woman|person)|government)\b)?"
                          r"(?:\s*,[^,;.]{1,60},)?\s+(?:also\s+|later\s+)?(?:said|says|reported|reports|confirmed|"
                          r"confirms|announced|announces|added|adds|stated|noted)(?:\s+that)?\s+$")
"""'UNICEF says', 'Japan, meanwhile, reported that', "the minister's office said": one who reports a handover."""
_HANDED_TO = re.compile(r"\s+(?:over\s+)?(?:to|into\s+the\s+hands\s+of)\s+(?:the\s+)?$")


def said_handed_over(article: Article, cast: Cast, index: int, verb: re.Match[str], status: str) -> Clause | None:
    """"Japan said 40 generators it had paid for were handed over to the Red Crescent", "UNICEF says
    300,000 doses have been delivered to Jordan": a passive with no agent, whose subject is the thing
    handed over, gives from the one who reports it, with or without "that", to the one named after "to".
    Without a receiver named after "to" the clause is too loose to say who received anything."""
    sentence = article.sentences[index]
    verbs = list(re.finditer(r"\b(?:said|says|reported|reports|confirmed|confirms|announced|announces|added|adds|"
                             r"stated|noted)(?:\s+that)?\s+", article.masked[sentence.start:verb.start()]))
    if not verbs or not PASSIVE_END.search(verb.group()):
        return None
    start = sentence.start + verbs[-1].end()
    subject = article.masked[start:verb.start()]
    if not 1 <= len(subject.split()) <= 12 or re.search(r"[;:—–]", subject) or not AID.search(subject):
        return None
    reporter = next((a for a in reversed(cast.in_sentence(index)) if a.span.end <= start
                     and _SAID_HANDED.fullmatch(article.masked[a.span.end:start])), None)
    giver = party_of(cast, reporter, index) if reporter is not None else ""
    tail = article.masked[verb.end():sentence.end]
    to = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= verb.end()
               and _HANDED_TO.fullmatch(article.masked[verb.end():a.span.start])), None)
    if to is not None and article.masked[to.span.start:to.span.end] in ADJECTIVES:
        # "handed over to the Lebanese army": a force the adjective qualifies, not its country; the force as the
        # article names it in full, if it does
        to = force_named_by_adjective(article, cast, to)
    if not giver or to is None or not re.match(r"\s+(?:over\s+)?(?:to|into)\b", tail):
        return None
    owned = owned_body(article, cast, index, to)
    receiver = (owned or to).ref
    if giver in (to.ref, receiver, state_of(cast, owned or to)):
        return None
    return Clause((giver,), (receiver,), status, start, f"{LIKELY}: {' '.join(verb.group().split())!r}: handed over, "
                   "as the one who said so reports", verb.start())


_REPORTER_OPENS = re.compile(r"(?:[’']s)?(?:\s+(?!(?:by|from)\b)[^,;:—–]{0,60}?)?,\s+(?:the\s+)?$")
"""What may stand between the receiver and the one who reports the handover at the sentence's end: a body of the
receiver's own ("to Ukraine's health ministry"), a place or a time, then a comma ("to the Red Crescent in Port Sudan
on Monday, Qatar said"); never a giver after "by"."""
_SAYS = re.compile(r"(?:(?:[’']s)?\s+(?:[a-z]+\s+)?(?:office|ministry|embassy|government))?\s+(?:(?:has|had)\s+)?"
                   r"(?:said|says|reported|reports|confirmed|confirms|announced|announces|stated)\s*[.,]")


_CARRIED_BY_IT = re.compile(r"\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:had\s+)?(?:carried|brought|shipped|"
                            r"transported|flew\s+in)\s*$")
"""'the 12,000 food parcels it carried have been handed over': the ship or convoy that brought the things, told in
a clause on them, is no part of them."""


def handed_over_said_after(article: Article, cast: Cast, index: int, verb: re.Match[str], status: str) -> Clause | None:
    """"The 12,000 food parcels it carried have been handed over to Antigua and Barbuda's National Office of Disaster
    Services, Mexico said", "40 generators were delivered to Moldova on Monday, Romania's embassy said": a passive
    with no agent whose thing, told in a short subject, goes to the one named after "to", told by the one who
    reports it at the sentence's end, as `said_handed_over` reads it told first."""
    start = clause_start(article, index, verb.start())
    if start is None or not PASSIVE_END.search(verb.group()):
        return None
    subject = article.masked[start:verb.start()]
    if not 1 <= len(subject.split()) <= 12 or re.search(r"[;:—–]", subject) or not AID.search(subject):
        return None
    actors = cast.in_sentence(index)
    to = next((a for a in actors if a.kind == "organisation" and a.span.start >= verb.end()
               and _HANDED_TO.fullmatch(article.masked[verb.end():a.span.start])), None)
    if to is None or article.masked[to.span.start:to.span.end] in ADJECTIVES:
        return None
    receiver = owned_body(article, cast, index, to) or to
    reporter = next((a for a in actors if a.kind == "organisation" and a.span.start > receiver.span.end
                     and _REPORTER_OPENS.fullmatch(article.masked[receiver.span.end:a.span.start])
                     and _SAYS.match(article.masked, a.span.end)), None)
    if reporter is not None and article.masked[reporter.span.start:reporter.span.end] in ADJECTIVES and \
            not STATE_NOUN.match(article.masked, reporter.span.end):
        return None  # "the Norwegian government said" names Norway; "the Norwegian embassy said" is left alone
    giver = party_of(cast, reporter, index) if reporter is not None else ""
    if not giver or giver in (to.ref, receiver.ref, state_of(cast, receiver)):
        return None
    carried = _CARRIED_BY_IT.search(article.masked, start, verb.start())
    return Clause((giver,), (receiver.ref,), status, start, f"{LIKELY}: {' '.join(verb.group().split())!r}: handed "
                   "over, as the one who said so after reports", carried.start() if carried else verb.start())


def force_for(article: Article, cast: Cast, index: int, start: int, end: int) -> Actor | None:
    """"the first shipment of Qatari fuel for the Lebanese army arrived": the force a delivery is for, named by its
    country's adjective, as the article names it in full."""
    return next((force for a in cast.in_sentence(index) if start <= a.span.start < end and a.kind == "organisation"
                 and article.masked[a.span.start:a.span.end] in ADJECTIVES
                 and re.search(r"\bfor\s+(?:the\s+)?$", article.masked[max(0, a.span.start - 8):a.span.start])
                 and (force := force_named_by_adjective(article, cast, a)) is not None), None)


def force_handed_to(article: Article, cast: Cast, index: int, start: int, end: int) -> Actor | None:
    """"the delivery of 30 trucks to the Lebanese army by the US": the force a gift named by a noun went to,
    named by its country's adjective right after "to", as the article names it in full."""
    first = next((a for a in cast.in_sentence(index) if start <= a.span.start < end and a.kind == "organisation"), None)
    if first is None or article.masked[first.span.start:first.span.end] not in ADJECTIVES or \
            not re.search(r"\sto\s+(?:the\s+)?$", article.masked[max(start, first.span.start - 8):first.span.start]):
        return None
    return force_named_by_adjective(article, cast, first)
