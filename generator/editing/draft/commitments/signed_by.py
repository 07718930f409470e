"""Documents "signed by" two parties, and other clauses that credit a giver after the fact.

Works built under a document, agencies that count what they gave by the people they reached, and
gifts credited with "Thanks to" or ranked after another ("followed by Japan with $20 million")."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Cast
from generator.editing.draft.commitments.giving_words import ADVERBS, BUILT
from generator.editing.draft.commitments.lenders import lends_or_is_lent
from generator.editing.draft.commitments.parties import party_of
from generator.editing.draft.commitments.receivers import receiver_after
from generator.editing.draft.commitments.record import Clause
from generator.editing.draft.commitments.spans import and_after, before_just, own_start
from generator.editing.draft.commitments.verbs import VERBS
from generator.editing.draft.commitments.words import ADJECTIVES, MAIN_VERB
from generator.editing.draft.items.money import CODES
from generator.editing.draft.model import LIKELY
from generator.editing.draft.text import Article

_SIGNED_ON = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+(?:on|for|concerning|covering)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|"
                        r"Friday|Saturday|Sunday|the\s+sidelines|\d{1,2}\s+[A-Z][a-z]+\b))")


def signed_by_clause(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"welcomed the agreement signed on 13 October by the EIB and Ukraine on a €300 million loan for the
    rail crossings": the two named after "by" signed it; a lender, or a state signing with a body, gives, and
    the item is what the document is on."""
    first = next((a for a in cast.in_sentence(index) if a.span.start >= verb.end()), None)
    if first is None or first.kind != "organisation" or article.masked[verb.end():first.span.start].strip() not in ("", "the"):
        return None
    joined = and_after(article, cast, index, first)
    parties = tuple(dict.fromkeys([first.ref, *(a.ref for a in joined)]))
    last = joined[-1] if joined else first
    on = _SIGNED_ON.match(article.masked, last.span.end)
    sides = lends_or_is_lent(cast, parties, verb.group()) if len(parties) == 2 else None
    if sides is None:
        return None
    if on is None:
        # "A $45 million loan agreement was signed on Tuesday by Malawi and the AfDB": the document named before
        named = _DOCUMENT_NAMED.fullmatch(article.masked, own_start(article, index), verb.start())
        if named is None or not re.search(r"\b(?:loan|grant|credit|financing|aid)\b|[€$£¥]\s?\d|\d\s*(?:million|billion)\b",
                                          named.group("words")):
            return None
        return Clause(sides[0], sides[1], "signed", named.start("words"), f"{LIKELY}: a document of money signed by two "
                       "parties", verb.start() + len(verb.group().split()[0]))
    main_verb = MAIN_VERB.search(article.masked, on.end(), article.sentences[index].end)
    return Clause(sides[0], sides[1], "signed", on.end(), f"{LIKELY}: a document signed by two parties, what it is on",
                   main_verb.start() if main_verb else -1)


_DOCUMENT_NAMED = re.compile(r"(?:(?:And|But|Meanwhile,?|Separately,?|On\s+\w+,)\s+)?(?:An?|The)\s+"
                             r"(?P<words>(?:[\w€£$¥.,-]+\s+){1,6}?)")
"""'A $45 million loan ', 'Separately, a €20 million grant ': the subject of a passive of signing, up to the document's
own word, which names what is signed."""


_DOCUMENT_BEFORE = re.compile(r"\b(?:agreement|deal|memorandum|understanding|arrangement|accord|protocol|contract|"
                              r"notes|treaty)\b[^.;:]{0,80}$|^(?:agreement|deal)\b", re.IGNORECASE)
_BUILDER = re.compile(r"\s+(?:will|would|is\s+to|are\s+to)\s+" + ADVERBS + BUILT + r"\s+")


def built_under_document(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"signed an agreement under which Romania will rebuild 14 kindergartens in Moldova's border districts":
    the side the document commits builds, for the place it names or else the one other state of the sentence."""
    sentence = article.sentences[index]
    if not _DOCUMENT_BEFORE.search(article.masked[max(sentence.start, verb.start() - 100):verb.end()]):
        return None
    giver = next((a for a in cast.in_sentence(index) if a.span.start >= verb.end()), None)
    if giver is None or giver.kind != "organisation" or article.masked[verb.end():giver.span.start].strip() not in ("", "the") \
            or article.masked[giver.span.start:giver.span.end] in ADJECTIVES:
        return None
    builds = _BUILDER.match(article.masked, giver.span.end, sentence.end)
    if builds is None:
        return None
    party = party_of(cast, giver, index)
    placed = tuple(r for r in receiver_after(article, cast, index, builds.end(), "in|for|to") if r != party)
    signers = (a.ref if a.kind == "organisation" else cast.people[a.ref].organisation if a.kind == "person" else ""
               for a in cast.in_sentence(index) if a.span.end <= verb.start())
    others = tuple(dict.fromkeys(ref for ref in signers if ref and ref != party and ref in cast.organisations
                                 and cast.organisations[ref].type == "country"))
    receivers = placed or (others if len(others) == 1 else ())
    status = "signed" if re.search(r"\b(?:signed|inked)\b", article.masked[sentence.start:verb.start()]) else "agreed"
    if not party or not receivers:
        return None
    return Clause((party,), receivers, status, builds.end(), f"{LIKELY}: what a document commits "
                   f"{cast.organisations[party].name} to build")


_WITH_AFTER_COUNT = re.compile(r"(?:[^,;:]|,(?=\d)){0,60}?\swith\s+")


def reached_with(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"The WFP has reached more than 85,000 people with emergency food assistance in Chad": an agency
    counts what it delivered by the people it reached; the item follows "with", the receiver "in"."""
    subject = cast.subject_before(before_just(article, verb.start()), index, set_off=True)
    giver = party_of(cast, subject, index) if subject is not None else ""
    with_ = _WITH_AFTER_COUNT.match(article.masked, verb.end())
    if not giver or with_ is None:
        return None
    receivers = tuple(r for r in receiver_after(article, cast, index, verb.end(), "in|across|to|for") if r != giver)
    if receivers and _list_goes_on(article, cast, index, receivers[-1]):
        return None
    return Clause((giver,), receivers, "delivered", with_.end(), f"{LIKELY}: {' '.join(verb.group().split())!r} "
                   "people with aid: what it gave them")


def _list_goes_on(article: Article, cast: Cast, index: int, last: str) -> bool:
    """Whether a list of receivers goes on with a name the cast does not know ("in Cambodia and the Lao
    People's Democratic Republic"): the receivers read would then be only some of them."""
    mention = next((a for a in reversed(cast.in_sentence(index)) if a.ref == last), None)
    return mention is not None and bool(re.match(r",?\s+and\s+(?:the\s+)?[A-Z]", article.masked[mention.span.end:]))


_THANKS_CLAUSE = re.compile(r"(?:\s*\([^()]{1,15}\))?,\s+(?P<who>[^,;:]{1,60}?)\s+(?:now\s+|already\s+|finally\s+)*"
                            r"(?:(?:has|have|had)(?:\s+(?:received|got|obtained))?|received|receives|got|gets|obtained)\s+")


_RANKING = re.compile(r"\bfollowed\s+by\b|\b(?:led|leads|topped|tops)\s+(?:the\s+[\w-]+\s+)?with\b")
"""Words that rank givers by their gifts: "led with €40 million", "followed by Japan with $20 million"."""
_RANKED_WITH = re.compile(r"\s+(?:with|at)\s+(?=(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+|more\s+than\s+)?"
                          r"(?:[A-Z]{0,3}[€$£¥]|(?:" + CODES + r")\s)\s?\d)")


def followed_by(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"Germany promised €40 million, followed by the United Kingdom with £20 million": the one named next in a
    ranking of gifts gives the sum after "with"; promised, as a ranking of pledges tells. The one it is for is
    the article's, as the sentence names none."""
    if not verb.group().startswith("followed") and not _RANKING.search(article.masked, article.sentences[index].start,
                                                                       verb.start()):
        return None  # "Germany gave €40 million and Japan with ...": no ranking of gifts before
    first = next((a for a in cast.in_sentence(index) if a.span.start >= verb.end()), None)
    if first is None or first.kind != "organisation" or article.masked[verb.end():first.span.start].strip() not in ("", "the"):
        return None
    last = first
    for actor in cast.in_sentence(index):  # "followed by the Netherlands and Belgium with ...": both give it
        if actor.span.start > last.span.end and actor.kind == "organisation" and \
                re.fullmatch(r",?\s+and\s+(?:the\s+)?|,\s+(?:the\s+)?", article.masked[last.span.end:actor.span.start]):
            last = actor
    sum_at = _RANKED_WITH.match(article.masked, last.span.end)
    givers = tuple(dict.fromkeys(party_of(cast, a, index) for a in cast.in_sentence(index)
                                 if first.span.start <= a.span.start <= last.span.start and a.kind == "organisation"))
    if sum_at is None or not all(givers):
        return None
    after = VERBS.search(article.masked, sum_at.end(), article.sentences[index].end)
    return Clause(givers, (), "pledged", sum_at.end(), f"{LIKELY}: the one named next in a ranking of gifts, with its "
                  "sum", after.start() if after is not None and after.lastgroup == "followed_by" else -1)


def thanks_to(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"Thanks to Lithuania, Ukrainian units now have 300 more jammers": a sentence that credits a giver
    before saying what the receiver now has; the receiver is the one the clause after the comma names."""
    sentence = article.sentences[index]
    first = next((a for a in cast.in_sentence(index) if a.span.start >= verb.end()), None)
    if first is None or first.kind != "organisation" or article.masked[verb.end():first.span.start].strip() not in ("", "the"):
        return None
    clause = _THANKS_CLAUSE.match(article.masked, first.span.end, sentence.end)
    if clause is None:
        return None
    owner = next((a for a in cast.in_sentence(index) if a.kind == "organisation"
                  and clause.start("who") <= a.span.start < clause.end("who")), None)
    giver, receiver = party_of(cast, first, index), party_of(cast, owner, index) if owner is not None else ""
    if not giver or not receiver or giver == receiver:
        return None
    return Clause((giver,), (receiver,), "delivered", clause.end(), f"{LIKELY}: 'thanks to' a giver, what the "
                   "receiver now has")
