"""Shares of one gift told with a gap.

"Switzerland committed CHF 90 million, the Netherlands €45 million", gifts "from each" of several,
and a gift told in an absolute phrase."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.commitments.parties import party_of
from generator.editing.draft.commitments.receivers import receiver_after
from generator.editing.draft.commitments.record import Clause
from generator.editing.draft.commitments.spans import after_first_figure
from generator.editing.draft.commitments.words import ADJECTIVES, CLAUSE_END
from generator.editing.draft.items import MONEY, Found, items
from generator.editing.draft.model import LIKELY, Commitment
from generator.editing.draft.text import Article

_SHARE_OPENS = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$")
"""What sets off a further giver of a list whose verb is said once: ", the Netherlands €45 million", " and Japan $40m"."""
_SHARE_FIGURE = re.compile(r"\s+(?:(?:about|some|nearly|around|up\s+to|another|a\s+further)\s+)?"
                           r"(?:[A-Z]{0,3}[€$£¥]\s?|[A-Z]{3}\s)?\d")
"""The figure a further giver's share starts with, right after its name."""
_FIRST_FIGURE = re.compile(r"\s*(?:(?:about|some|nearly|around|up\s+to|another|a\s+further|an\s+additional|more\s+than)\s+)?"
                           r"(?:[A-Z]{0,3}[€$£¥]\s?|[A-Z]{3}\s)?\d")
_SCALED = re.compile(r"\d[\d.,]*(?:\s*(?:million|billion|bn|mn|m|trillion)\b)?")


def _shares(article: Article, cast: Cast, index: int, start: int, objects: bool = False) -> list[tuple[Actor, int, int]]:
    """The further givers of a gift whose verb is said once, each named with its own figure after the first
    thing given: "Japan gave $5 million and Britain £4 million to Nepal", "Kuwait pledged 100 million dollars,
    Qatar 50 million and Oman 20 million". Each share as its giver, where its separator starts and where its
    figure starts. Only when the first thing given opens with a figure, and not when that figure follows a
    receiver named right after the verb ("gave Nepal $5 million and Bhutan $2 million": two receivers), unless
    `objects` asks for those receivers' shares."""
    text, sentence = article.masked, article.sentences[index]
    if not _FIRST_FIGURE.match(text, start):
        return []
    mentions = sorted((span.start, span.end) for span, _ in cast.org_mentions
                      if sentence.start <= span.start < sentence.end)
    found: list[tuple[Actor, int, int]] = []
    for actor in cast.in_sentence(index):
        if actor.kind != "organisation" or actor.span.start <= start:
            continue
        if CLAUSE_END.search(text[start:actor.span.start].replace(" and ", " & ")):
            break
        opens = _SHARE_OPENS.search(text, max(start, actor.span.start - 12), actor.span.start)
        figure = _SHARE_FIGURE.match(text, actor.span.end)
        if opens is None or figure is None or text[actor.span.start:actor.span.end] in ADJECTIVES or \
                not (objects or after_first_figure(text, sentence.start, actor.span.start, mentions)):
            continue
        found.append((actor, opens.start(), actor.span.end + len(figure.group()) - len(figure.group().lstrip())))
    return found


def first_share_end(article: Article, cast: Cast, index: int, start: int, objects: bool) -> int:
    """Where the first thing given ends when further givers follow with shares of their own ("gave $5 million
    and Britain £4 million to Nepal": the first gift is "$5 million"), or, with `objects`, further receivers
    with theirs ("gave Nepal $5 million and Bhutan $2 million": Nepal's is "$5 million"); -1 when none follow."""
    shares = _shares(article, cast, index, start, objects)
    return shares[0][1] if shares else -1


def _share_text(article: Article, first: str, start: int, end: int) -> str:
    """A share's words, with the currency of the first sum when the share gives only a figure ("100 million
    dollars, Qatar 50 million": "50 million dollars")."""
    share = article.masked[start:end].strip()
    sum_first = MONEY.match(first.strip())
    scaled = _SCALED.match(share)
    if MONEY.match(share) is not None or sum_first is None or scaled is None:
        return share
    money = sum_first.group()
    figure = _SCALED.search(money)
    return money[:figure.start()] + scaled.group() + money[figure.end():] if figure is not None else share


def gapped_clauses(article: Article, cast: Cast, index: int, clause: Clause, end: int,
            given: Found) -> list[tuple[Clause, Found]]:
    """"Switzerland committed CHF 90 million for demining, the Netherlands €45 million and Japan $40
    million": a list of givers each with its sum, the verb said once, gives as the first clause does; so does
    a list of givers each with its count of things ("Norway delivered 300 tents, Denmark 120 water tanks")."""
    found: list[tuple[Clause, Found]] = []
    shares = _shares(article, cast, index, clause.start)
    stop = article.sentences[index].end
    first = article.masked[clause.start:shares[0][1]] if shares else ""
    for number, (actor, _, start) in enumerate(shares):
        if actor.ref in clause.givers or actor.ref in clause.receivers:
            continue
        share_end = shares[number + 1][1] if number + 1 < len(shares) else stop
        share = _share_text(article, first, start, share_end)
        money = MONEY.match(share)
        if given[2] is None:
            found += [(replace(clause, givers=(actor.ref,), why=f"{LIKELY}: a giver listed with its count of things "
                               "after the first clause, the verb said once"), item) for item in _counted_share(share)]
            continue
        if money is None or not re.match(r"\s*(?:,|and\b|[.;]|$|(?:to|for|in)\s)", share[money.end():]):
            continue
        for item in items(money.group(), False):
            found.append((replace(clause, givers=(actor.ref,), why=f"{LIKELY}: a giver listed with its sum after the "
                                  "first clause, the verb said once"), item))
    return found


_COUNTED_SHARE = re.compile(r"(?:(?:about|some|nearly|around|another|a\s+further)\s+)?\d[\d,.]*\s+"
                            r"(?!(?:days?|weeks?|months?|years?|hours?|minutes?|km|kilomet(?:re|er)s?|miles?|per\s*cent|"
                            r"percent|times|people|of\b)\b)(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*[.,;]?")
"""A further giver's share that is a count of things and nothing more: '25 tonnes of medicines', '120 water tanks';
not a time or a distance ('Thailand 2 days later') nor a share that runs on into a clause of its own."""


def _counted_share(share: str) -> list[Found]:
    """The one thing a further giver's counted share gives, or none: "Japan sent 40 tonnes of rice, Australia 25
    tonnes of medicines" gives Australia "25 tonnes of medicines"; "Japan sent 40 tonnes of rice to Myanmar,
    Thailand 12 hours later" gives Thailand nothing."""
    if not _COUNTED_SHARE.fullmatch(share.strip()):
        return []
    found = items(share.strip().rstrip(".,;"), False)
    return found if len(found) == 1 and found[0][2] is None else []


_VERB_IN_THING = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|arrived|came|reached|said|says|while|which|"
                            r"who|that|[a-z]+ed\s+(?:by|from|in|to))\b")


def from_each(article: Article, cast: Cast, index: int, clause: Clause, end: int) -> list[tuple[Clause, Found]]:
    """"Chad received 20 ambulances from Japan and 40 tents from Norway": after the first giver, each further thing
    with its own "from" has its own giver, the receiver the same; "and 40 tents arrived from Norway" opens a clause
    of its own."""
    if len(clause.givers) != 1 or not clause.receivers:
        return []
    return [(replace(clause, givers=(ref,), why=f"{LIKELY}: a further thing received, from the one named after its "
                     "own 'from'"), item)
            for ref, thing in _further(article, cast, index, clause, end, clause.givers[0], "from", clause.receivers)
            for item in items(thing, False)]


def to_each(article: Article, cast: Cast, index: int, clause: Clause, end: int) -> list[tuple[Clause, Found]]:
    """"Japan gave $5 million to UNICEF and $3 million to the World Food Programme", "donated 40 boats to Malawi and
    30 generators to Mozambique": after the first receiver, each further thing with its own "to" has its own
    receiver, the giver the same (see `from_each`); only a thing told by its count or its sum, as the first was, so
    that "and training for its staff" names no further gift."""
    if len(clause.receivers) != 1 or not clause.givers:
        return []
    found: list[tuple[Clause, Found]] = []
    for ref, thing in _further(article, cast, index, clause, end, clause.receivers[0], "to|for", clause.givers):
        things = items(thing, False)
        if len(things) != 1 or not _COUNTED_OR_SUM.match(thing):
            break
        found.append((replace(clause, receivers=(ref,), why=f"{LIKELY}: a further thing given, to the one named after "
                              "its own 'to'"), things[0]))
    return found


_COUNTED_OR_SUM = re.compile(r"(?:(?:a|an|another|some|about|nearly|over|up\s+to)\s+)?(?:[A-Z]{0,3}[€$£¥]|\d)")


def _further(article: Article, cast: Cast, index: int, clause: Clause, end: int, first: str, word: str,
             others: tuple[str, ...]) -> list[tuple[str, str]]:
    """Each further party named after its own `word` ("from", "to") in a list that goes on from `first`, the party the
    clause names so, with the words of the thing before it: "... from Japan and 40 tents from Norway" gives
    ("norway", "40 tents"). The list ends at a party of the other side (`others`), an adjective, or a clause of its
    own ("and 40 tents arrived from Norway")."""
    actors = [a for a in cast.in_sentence(index) if a.kind == "organisation" and clause.start <= a.span.start < end]
    last = next((a for a in actors if a.ref == first and re.search(
        rf"\b(?:{word})\s+(?:the\s+)?$", article.masked[max(0, a.span.start - 10):a.span.start])), None)
    if last is None:
        return []
    gap_of = re.compile(rf"(?:\s*,\s*|\s*,?\s+and\s+)(?P<thing>[^,;:()]{{2,80}}?)\s+(?:{word})\s+(?:the\s+)?")
    further: list[tuple[str, str]] = []
    for actor in (a for a in actors if a.span.start > last.span.end):
        gap = gap_of.fullmatch(article.masked, last.span.end, actor.span.start)
        if gap is None or article.masked[actor.span.start:actor.span.end] in ADJECTIVES or \
                actor.ref in others or _VERB_IN_THING.search(gap.group("thing")):
            break
        further.append((actor.ref, gap.group("thing")))
        last = actor
    return further


_ABSOLUTE_LEAD = re.compile(r",\s+(?:with\s+)?(?:the\s+)?$")


def absolute(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"Talks ended in Dakar, with the African Development Bank promising $80 million for farmers", "..., Spain
    offering 5 million euros": the country or organisation named right before the participle, after a comma and
    an optional "with", gives, to the one the clause names; "..., with donors pledging $2 billion" names no giver,
    "..., with the EU promising €210 million to help African governments" no receiver, to propose."""
    before = [a for a in cast.in_sentence(index) if a.span.end <= verb.start()]
    if article.masked[verb.start() - 2:verb.start()] == ", ":
        return _subject_giving(article, cast, index, verb)
    if not before or before[-1].kind != "organisation" or article.masked[before[-1].span.end:verb.start()].strip():
        return None
    actor = before[-1]
    if article.masked[actor.span.start:actor.span.end] in ADJECTIVES or \
            not _ABSOLUTE_LEAD.search(article.masked, max(0, actor.span.start - 12), actor.span.start):
        return None
    giver = party_of(cast, actor, index)
    # the receiver must be named in the clause: a meeting's host, guessed, is as often wrong as right
    receivers = tuple(r for r in receiver_after(article, cast, index, verb.end(), "to|for|in|into") if r != giver)
    if not giver or not receivers:
        return None
    return Clause((giver,), receivers, "pledged", verb.end(), f"{LIKELY}: {verb.group()!r}: a participle with its "
                   "own subject", end=first_share_end(article, cast, index, verb.end(), False))


_RANKED_GIVER = re.compile(r"(?:\s+(?:was|is|became|remained|emerged\s+as)\s+(?:the|a|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:donors?|givers?|contributors?|funders?|backers?|lenders?)(?:\s+(?:of|at|to|on)\s+[^,;:]{1,40})?"
                           r"|\s+(?:led|headed|topped)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:donors?|list|pledges|table))?,\s+$")
"""'Saudi Arabia was the largest single donor, pledging $300 million', 'Saudi Arabia, pledging $300 million,': what
stands between the subject and its participle, a rank among the givers or nothing."""


def _subject_giving(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"Saudi Arabia was the largest single donor, pledging $300 million": the sentence's subject gives what the
    participle after a rank among the givers names; "Saudi Arabia hosted the talks, pledging ..." is left alone, for
    a host may speak for others."""
    subject = cast.sentence_subject(index)
    if subject is None or subject.kind != "organisation" or \
            article.masked[subject.span.start:subject.span.end] in ADJECTIVES or \
            not _RANKED_GIVER.fullmatch(article.masked, subject.span.end, verb.start()):
        return None
    giver = party_of(cast, subject, index)
    receivers = tuple(r for r in receiver_after(article, cast, index, verb.end(), "to|for|in|into") if r != giver)
    if not giver:
        return None
    return Clause((giver,), receivers, "pledged", verb.end(), f"{LIKELY}: {verb.group()!r}: a participle of the "
                   "sentence's subject, a giver among others", end=first_share_end(article, cast, index, verb.end(), False))


_PART_OF_EARLIER = re.compile(
    r"(?:Of\s+(?:that|this|these|it|them|the\s+(?:total|money|sum|amount|package|pledge|funding|new\s+money)),?\s+"
    r"(?P<sum>(?:(?:about|some|nearly|around|up\s+to|more\s+than)\s+)?(?:[A-Z]{0,3}[€$£¥]\s?|[A-Z]{3}\s)?\d(?:[^,;:]|,\d){0,40}?)"
    r"|(?P<sum2>(?:(?:about|some|nearly|around|up\s+to|more\s+than)\s+)?(?:[A-Z]{0,3}[€$£¥]\s?|[A-Z]{3}\s)?\d(?:[^,;:]|,\d){0,40}?)"
    r"\s+of\s+(?:that|this|it|the\s+(?:total|money|sum|amount|package|pledge|funding)))"
    r"\s+(?:will|would|is\s+to|are\s+to|is\s+going\s+to|are\s+going\s+to)\s+(?:go|be\s+(?:given|allocated|earmarked|"
    r"channell?ed|paid))\s+(?:to|for)\s+(?=(?:the\s+)?[A-Z])|"
    r"Of\s+(?:that|this|the\s+(?:total|money|sum|amount|package|pledge|funding)),?\s+"
    r"(?P<sum3>(?:[A-Z]{0,3}[€$£¥]\s?|[A-Z]{3}\s)?\d(?:[^,;:]|,\d){0,40}?)\s+(?:is|are)\s+(?:earmarked\s+)?for\s+"
    r"(?=(?:the\s+)?[A-Z])")
"""A share of a sum the sentence before gave, told with the one it goes to: "Of that, 20 million pounds will go to
UNICEF", "Some $20 million of it will go to the WFP", "Of the total, $5 million is for the Red Cross"."""


def parts_of_earlier(article: Article, cast: Cast, index: int, found: list[Commitment]) -> list[Clause]:
    """The shares a sentence tells of the sum the sentence before gave: the one it opens on (see `_PART_OF_EARLIER`),
    and each further share listed after it with the verb said once ("Of this, €2 million will go to Mozambique,
    €1 million to Malawi and €500,000 to Zimbabwe")."""
    first = _part_of_earlier(article, cast, index, found)
    if first is None:
        return []
    parts = [first]
    sentence = article.sentences[index]
    position = next((a.span.end for a in cast.in_sentence(index) if a.span.start > first.end and a.kind == "organisation"
                     and a.ref in first.receivers), -1)
    while position >= 0 and (further := _FURTHER_PART.match(article.masked, position, sentence.end)) is not None:
        receivers = receiver_after(article, cast, index, further.start("to"))
        named = next((a for a in cast.in_sentence(index) if a.span.start >= further.end() and a.ref in receivers), None)
        if not receivers or named is None:
            break
        parts.append(Clause(first.givers, receivers, first.status, further.start("sum"),
                            f"{LIKELY}: a further share of the sum the sentence before gave", further.end("sum")))
        position = named.span.end
    return parts


_FURTHER_PART = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<sum>(?:(?:about|some|nearly|around|up\s+to|more\s+than)\s+)?"
                           r"(?:[A-Z]{0,3}[€$£¥]\s?|[A-Z]{3}\s)?\d[\d.,]*(?:\s*(?:million|billion|bn|mn|m)\b)?"
                           r"(?:\s+(?:euros?|dollars|pounds|francs|yen|kronor|kroner))?)(?P<to>\s(?:to|for)\s+)(?=(?:the\s+)?[A-Z])")
"""A further share after the first, its verb said once: ", €1 million to Malawi", " and €500,000 for Zimbabwe"."""


def _part_of_earlier(article: Article, cast: Cast, index: int, found: list[Commitment]) -> Clause | None:
    """The share a sentence opens on of the sum the sentence before gave (see `_PART_OF_EARLIER`): the same
    givers and status, the one named after "to" or "for" receiving; none when the sentence before gave no sum, or
    the one named is no body the text knows."""
    sentence = article.sentences[index]
    text = article.masked[sentence.start:sentence.end]
    lead = re.match(r"\s*(?:[A-Z]\w*\s+){0,2}?(?=Of\s|\S*\d|(?:about|some|nearly|around|up\s+to|more\s+than)\s)", text)
    match = _PART_OF_EARLIER.match(text, lead.end() if lead else 0)
    earlier = next((c for c in reversed(found) if c.sentence == index - 1 and c.value is not None and c.givers), None)
    if match is None or earlier is None:
        return None
    # the one named is read from the "to" or "for" the match ends on
    to = re.search(r"\s(?:to|for)\s+$", match.group())
    receivers = receiver_after(article, cast, index, sentence.start + match.start() + to.start()) if to else ()
    if not receivers:
        return None
    figure = next(g for g in ("sum", "sum2", "sum3") if match.group(g))
    return Clause(earlier.givers, receivers, earlier.status, sentence.start + match.start(figure),
                  f"{LIKELY}: a share of the sum the sentence before gave", sentence.start + match.end(figure))
