"""Requests: what is asked for, and of whom.

"Fiji's request for patrol boats from Australia", "asked Japan for", "appealed for 300 thermal
cameras and for additional funding", a request apposed to the one who makes it."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.commitments.giving_words import GIVE, GIVING
from generator.editing.draft.commitments.open_requests import of_aid
from generator.editing.draft.commitments.parties import party_of, state_of
from generator.editing.draft.commitments.record import Clause
from generator.editing.draft.commitments.words import ADJECTIVES, HELP_IN_WORK, MAIN_VERB, SUM_LEAD
from generator.editing.draft.items import MONEY
from generator.editing.draft.model import LIKELY
from generator.editing.draft.text import Article


def asked_more(article: Article, index: int, verb: re.Match[str], previous: Clause | None) -> Clause | None:
    """"appealed for 300 thermal cameras for border posts and for additional funding for contact tracing", "used the
    meeting to appeal for food aid and for money to expand its camps": a second "for" joined by "and" to a request
    just read asks for one more thing, of the same ones; not after a purpose that has begun ("asked for tents to
    shelter families and for ..."), and only after a request."""
    if previous is None or previous.status != "asked" or not (
            article.sentences[index].start <= previous.start < verb.start()):
        return None
    between = article.masked[previous.start:verb.start()]
    # "asked for systems able to intercept drones, and for radars": a comma before "and for" closes the purpose, and
    # what follows is asked for as the first thing was
    purpose = re.search(r"\sto\s+(?!(?:the|a|an)\b)[a-z]+\s", between) and not re.search(r",\s+and\s+$", between)
    if purpose or re.search(r"[;:—–]", between) or len(between) > 120:
        return None
    head = re.match(r"(?:[^,;:.—–]|[,.](?=\d))*", article.masked[verb.end():article.sentences[index].end])
    # "and for money to expand its camps": money named by what it is for, one thing
    money = re.match(r"\s+(?:(?:more|additional|extra|further)\s+)?(?:money|cash)\s+(?:to|for)\s", head.group()) \
        if head else None
    work = HELP_IN_WORK.match(head.group()) if head else None
    if work is not None:
        # "and for help paying forest rangers": the work, one thing however many its words
        return Clause(previous.givers, previous.receivers, "asked", verb.end() + work.end(), f"{LIKELY}: 'and for': "
                       "help with a work, one more thing asked for in a request just read", whole=True)
    if head is None or not (of_aid(head.group()) or MONEY.match(SUM_LEAD.sub("", head.group().lstrip())) or money):
        return None
    return Clause(previous.givers, previous.receivers, "asked", verb.end(), f"{LIKELY}: 'and for': one more thing "
                   "asked for in a request just read", whole=previous.whole or bool(money))


_REQUEST_FOR = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+for\s+")


_MET_BY = re.compile(r"\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:swiftly|quickly|promptly|partly|"
                     r"partially|finally|later|since|now|also)\s+)?(?:met|granted|answered|approved|accepted|fulfilled|"
                     r"honou?red)|(?:met|granted|answered|approved|accepted|fulfilled|honou?red)\s+(?:last\s+\w+\s+)?)"
                     r"(?:\s+(?:on|last|this|in)\s+[\w-]+)?\s+by\s+(?:the\s+)?$")
"""'Fiji's request for patrol boats was granted by Australia': the one that grants a request gives."""
_PREFERRED = re.compile(r"\b(?:rather\s+than|instead\s+of|not\s+(?:just\s+|only\s+)?(?:loans|more\s+debt))\b")
_FROM_NAMED = re.compile(r"\s+from\s+(?:the\s+)?$")


def request_for(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"Fiji's request for patrol boats from Australia", "Nepal's appeal for helicopters went unanswered", "Lebanon's
    plea for fuel was met by Iraq": a request told as a noun, whose owner before "'s" asks, for the thing after
    "for", of the one named after "from"; one that grants it ("was granted by Australia") has pledged it. None where
    the owner is no party or the thing is no aid ("Kenya's call for calm")."""
    here = cast.in_sentence(index)
    owner = next((a for a in reversed(here) if a.kind == "organisation" and a.span.end <= verb.start()
                  and re.fullmatch(r"[’']s\s+(?:[a-z]+\s+){0,2}", article.masked[a.span.end:verb.start()])), None)
    asker = party_of(cast, owner, index) if owner is not None else ""
    head = re.match(r"(?:[^,;:.—–]|[,.](?=\d))*", article.masked[verb.end():article.sentences[index].end])
    if not asker or head is None:
        return None
    main = MAIN_VERB.search(head.group())
    end = verb.end() + (main.start() if main else len(head.group()))
    if not (of_aid(article.masked[verb.end():end]) or MONEY.match(SUM_LEAD.sub("", article.masked[verb.end():end].lstrip()))):
        return None
    if _PREFERRED.search(article.masked, verb.end(), end):
        return None  # "Tuvalu's call for grants rather than loans": the form aid should take, not a thing asked for
    inside = [a for a in here if a.kind == "organisation" and verb.end() <= a.span.start]
    source = next((a for a in inside if a.span.start < end and _FROM_NAMED.search(article.masked, verb.end(), a.span.start)
                   and article.masked[a.span.start:a.span.end] not in ADJECTIVES), None)
    granted = next((a for a in inside if a.span.start >= end and _MET_BY.search(article.masked, end, a.span.start)), None)
    if any(a.span.start < (source.span.start if source else end) for a in inside):
        return None  # "Chad's request for Japanese ambulances": whom it asks, a word of the thing leaves unsaid
    giver = party_of(cast, granted or source, index) if granted or source else ""
    if (granted or source) and (not giver or giver == asker):
        return None
    from_ = _FROM_NAMED.search(article.masked, verb.end(), source.span.start) if source else None
    stop = from_.start() if from_ else end
    return Clause((giver,) if giver else (), (asker,), "pledged" if granted else "asked", verb.end(),
                   f"{LIKELY}: {verb.group()!r}: a request told as a noun" + (", granted" if granted else ""), end=stop)


def request_to(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"including Chad's request to Japan for 40 ambulances, which remains under review", "Peru's formal request to
    the European Union for patrol boats": a request told as a noun, whose owner before "'s" asks and whose
    addressee after "to" is asked, for the thing after "for"; none where the owner or the one asked is no party, or
    the thing is no aid ("Chad's request to Japan for talks")."""
    here = cast.in_sentence(index)
    owner = next((a for a in reversed(here) if a.kind == "organisation" and a.span.end <= verb.start()
                  and re.fullmatch(r"[’']s\s+(?:[a-z]+\s+){0,2}", article.masked[a.span.end:verb.start()])), None)
    asked = next((a for a in here if a.kind == "organisation" and a.span.start >= verb.end()), None)
    if owner is None or asked is None or article.masked[verb.end():asked.span.start].strip() not in ("", "the") or \
            article.masked[asked.span.start:asked.span.end] in ADJECTIVES:
        return None
    lead = _REQUEST_FOR.match(article.masked, asked.span.end)
    asker, giver = party_of(cast, owner, index), party_of(cast, asked, index)
    if lead is None or not asker or not giver or asker == giver:
        return None
    head = re.match(r"(?:[^,;:.—–]|[,.](?=\d))*", article.masked[lead.end():article.sentences[index].end])
    if head is None or not (of_aid(head.group()) or MONEY.match(SUM_LEAD.sub("", head.group()))):
        return None
    # "Chad's request to Japan for 40 ambulances is under review": the thing ends where the sentence's verb begins
    main = MAIN_VERB.search(head.group())
    return Clause((giver,), (asker,), "asked", lead.end(), f"{LIKELY}: {verb.group()!r}: a request told as a noun, "
                   "of the one named after 'to'", end=lead.end() + main.start() if main else -1)


_GIVING_BEFORE = re.compile(r"\b(?:to\s+" + GIVE + "|" + GIVING + r")\s+(?!(?:to|for|with|by)\b)")
_APPOSED_ASKER = re.compile(r"\s+(?:(?:officials|authorities|leaders|ministers)\s+|government\s+)?(?:(?:has|have|had)\s+)?"
                            r"(?:(?:also|repeatedly|already|long|often|since|first)\s+)?made\b")


def request_apposed(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"Canada was not considering sending its own troops, a request Haitian officials have made repeatedly",
    "Berlin has declined to supply long-range missiles, a request Kyiv has made since May": a thing one is to give,
    set beside the words that it was asked for; the one named after "request" asks, the one whose giving it would be
    is asked. Only a giving yet to come ("to send", "sending"): a thing sent may have been asked for, but is given."""
    here = cast.in_sentence(index)
    asks = next((state_of(cast, Actor("organisation", span, ident)) or ident for span, ident in cast.org_mentions
                 if span.start >= verb.end() and _APPOSED_ASKER.match(article.masked, span.end)
                 and re.fullmatch(r"\s*(?:the\s+)?", article.masked[verb.end():span.start])), "")
    comma = verb.start() - 2
    giving = list(_GIVING_BEFORE.finditer(article.masked, article.sentences[index].start, comma))
    if not asks or not giving or re.search(r"[,;:]", article.masked[giving[-1].end():comma]):
        return None
    giver = cast.subject_before(giving[-1].start(), index) or next(
        (a for a in reversed(here) if a.kind == "organisation" and a.span.end <= giving[-1].start()
         and article.masked[a.span.start:a.span.end] not in ADJECTIVES), None)
    asked = party_of(cast, giver, index)
    if not asked or asked == asks:
        return None
    own = re.match(r"(?:its|their)\s+own\s+", article.masked[giving[-1].end():comma])  # "sending its own troops"
    return Clause((asked,), (asks,), "asked", giving[-1].end() + (own.end() if own else 0), f"{LIKELY}: "
                   f"{verb.group()!r}: a thing to give, set "
                   "beside the words that it was asked for", end=comma)
