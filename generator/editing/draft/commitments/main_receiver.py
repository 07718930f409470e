"""Whom the article's aid is for when a clause does not say.

The country named most as a receiver, the headline's, the host of the meeting; and the gaps of a
sentence that lists shares."""
from __future__ import annotations

import re
from collections import Counter

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.commitments.spans import after_first_figure, clause_after, item_at
from generator.editing.draft.commitments.verbs import VERBS
from generator.editing.draft.commitments.words import ADJECTIVES, FIGURE, FLED, LIST_LINE, NOT_GIVING
from generator.editing.draft.gazetteer import CAPITALS, STRICKEN
from generator.editing.draft.model import Commitment
from generator.editing.draft.text import Article, Span, fold

_SHARE_AFTER_NAME = re.compile(r"(?:,|\band)\s+(?:the\s+)?[A-Z][^\s,;:.]*(?:\s+[A-Z][^\s,;:.]*){0,3}\s+(?:"
                               + FIGURE.pattern + r")")
"""A name set off by a comma or "and" with a figure right after it: the sign of a share of a list (', France 50')."""


def gapped_givers(cast: Cast, index: int) -> set[str]:
    """The countries a sentence lists with a figure of their own after a first gift whose figure follows its
    verb: "Germany pledged 80 million euros, France 50 million and Spain 20 million", "Japan sent 12 pumps, Korea
    8". Each gives its share; none receives. Not the receivers of a gift written with two objects, whose figures
    follow a country named right after the verb: "Japan gave Ukraine $5 million and Moldova $3 million"."""
    article, sentence = cast.article, cast.article.sentences[index]
    text = article.masked
    if not _SHARE_AFTER_NAME.search(text, sentence.start, sentence.end):
        return set()
    mentions = sorted((span.start, span.end) for span, ident in cast.org_mentions
                      if sentence.start <= span.start < sentence.end and cast.organisations[ident].type == "country")
    found = set()
    for span, ident in cast.org_mentions:
        if sentence.start <= span.start < sentence.end and cast.organisations[ident].type == "country" and \
                FIGURE.match(text, span.end + 1) and text[span.end:span.end + 1] == " " and \
                after_first_figure(text, sentence.start, span.start, mentions):
            found.add(ident)
    return found


def section_country(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"UKRAINE [...] - Denmark will finance 40 drones. MOLDOVA - Romania handed over 40 generators": in a readout
    or live report whose sections are headed by a country's name, a gift its clause gives to no one is for the
    country of its section, when that country does not give it. The nearest heading before the gift decides; one
    that names no country alone ("WHAT'S NEXT", "Meeting with Norway") ends the section and says nothing."""
    for index in range(commitment.sentence - 1, -1, -1):
        text = article.sentence_text(index).strip()
        if LIST_LINE.match(text) or re.search(r"[.!?:;,”’\")]$", text) or len(text.split()) > 6:
            continue
        name = fold(text)
        country = next((ident for ident, o in cast.organisations.items() if o.type == "country"
                        and name in {fold(form) for form in (*o.forms, o.name)}), "")
        return country if country not in commitment.givers else ""
    return ""


def opening_place(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"In Chad, where the floods cut the roads, the government asked partners for boats", "In neighbouring
    Mozambique, Sweden has sent 12 boats", "For Chad, Norway pledged tents": in a report on several countries, the
    country a sentence opens with is the one its need or aid is in, when it does not give."""
    sentence = article.sentences[commitment.sentence]
    opening = re.compile(r"(?:[^,;:]{0,20}\s)?(?:In|For)\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+)?")
    for actor in cast.in_sentence(commitment.sentence)[:1]:
        if actor.kind == "organisation" and actor.ref not in commitment.givers and \
                cast.organisations[actor.ref].type == "country" and \
                opening.fullmatch(article.masked[sentence.start:actor.span.start]) and \
                re.match(r"\s*,", article.masked[actor.span.end:]):
            return actor.ref
    return ""


_WHERE = re.compile(r",\s+where\s+")


def where_clause_place(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"The floods also reached Mozambique, where Sweden has sent 12 boats": a gift told in a clause that "where"
    opens right after a country's name is for that country, when it does not give; not a country named by its
    adjective or its possessive ("Malawi's south, where")."""
    at = item_at(article, commitment)
    if at is None:
        return ""
    sentence = article.sentences[commitment.sentence]
    where = None
    for match in _WHERE.finditer(article.masked, sentence.start, at[0]):
        where = match
    if where is None:
        return ""
    place = next((a for a in reversed(cast.in_sentence(commitment.sentence)) if a.span.end <= where.start()), None)
    if place is None or place.kind != "organisation" or place.span.end != where.start() or \
            place.ref in commitment.givers or cast.organisations[place.ref].type != "country" or \
            article.masked[place.span.start:place.span.end] in ADJECTIVES:
        return ""
    return place.ref


_IT_BEFORE = re.compile(r"\bit\s+(?:(?:a|an|some|the|more)\s+|\d[\d,.]*\s+)?$|"
                        r"\b(?:sent|sends|given|gave|gives|handed|hands|offered|offers|promised|promises|pledged|pledges|"
                        r"lent|lends|donated|donates)\s+it\s+[^.;:]{1,100}?(?:,\s*|\s+and\s+)"
                        r"(?:(?:a|an|some|the|more)\s+|\d[\d,.]*\s+)?$")
""""it" right before the thing, or before the list the thing closes: "has sent it 12 boats and 40 tents"."""
_THERE_AFTER = re.compile(r"\s+(?:there|here)\b")
_SAID = re.compile(r"\s+(?:said|says|reported|reports)\s+(?:that\s+)?(?:the\s+)?[A-Z]")


def referred_place(article: Article, cast: Cast, commitment: Commitment) -> str:
    """"The storm moved on to Mozambique. Sweden has sent 12 boats there", "Mozambique was also hit, and Sweden has
    sent it 12 boats": "it" before the thing, or "there" after it, stands for the one country named before in the
    sentence, else in the sentence before, that does not give; "it" stands for a body that says so before the giver
    ("The WFP said Japan had given it $7 million")."""
    at = item_at(article, commitment)
    if at is None:
        return ""
    sentence = article.sentences[commitment.sentence]
    it = _IT_BEFORE.search(article.masked, sentence.start, at[0])
    if not it and not _THERE_AFTER.match(article.masked, at[1]):
        return ""
    named = [a for a in cast.in_sentence(commitment.sentence) if a.kind == "organisation" and it
             and a.span.end <= it.start() and a.ref not in commitment.givers]
    if len(named) == 1 and _SAID.match(article.masked, named[0].span.end):
        # "The WFP said Japan had given it $7 million": the body that says so, none other named but the giver
        return named[0].ref
    for index, end in ((commitment.sentence, at[0]), (commitment.sentence - 1, sentence.start)):
        if index < 0:
            return ""
        countries = {a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.end <= end
                     and a.ref not in commitment.givers and cast.organisations[a.ref].type == "country"
                     and article.masked[a.span.start:a.span.end] not in ADJECTIVES}
        if countries:
            return countries.pop() if len(countries) == 1 else ""
    return ""


def nearby_receiver(article: Article, cast: Cast, commitment: Commitment, donors: set[str], main: str) -> str:
    """Whom a gift is for when its clause does not say, in an article on several: the one country that
    opens the sentence or one of the two before it, other than any that gives ("Honduras has fared worst.
    [...] The World Bank has responded with a $150 million package"); none while the article's main
    receiver is named there too."""
    start = article.sentences[max(0, commitment.sentence - 2)].start
    if any(ident == main and start <= span.start < article.sentences[commitment.sentence].end
           for span, ident in cast.org_mentions):
        return ""
    near = set()
    for index in range(max(0, commitment.sentence - 2), commitment.sentence + 1):
        subject = cast.sentence_subject(index)
        if subject is None or subject.kind != "organisation" or \
                article.masked[subject.span.start:subject.span.end] in ADJECTIVES:
            continue
        if cast.organisations[subject.ref].type == "country" and subject.ref not in donors | set(commitment.givers) \
                and not _gives_after(article, index, subject):
            near.add(subject.ref)
    return near.pop() if len(near) == 1 else ""


_PLACED_BEFORE = re.compile(r"\b(?:to|for|in|into|across|throughout|inside)\s+(?:the\s+)?$")


def sole_country_named(cast: Cast, commitment: Commitment, donors: set[str], main: str) -> str:
    """"The rains also hit the east. [...] Trucks crossed into Mozambique on Monday, and Sweden has sent 12 boats":
    where the article's main receiver goes unnamed in a gift's sentence and the two on either side of it, a gift
    whose clause names no receiver is for the one country its sentence places something in or sends something to
    ("to", "for", "in", "into"...), when that country gives nothing; never a country named by its adjective
    ("immobilised Russian assets") or its possessive ("to El Salvador's ministry", where its own clause is told)."""
    article = cast.article
    index = commitment.sentence
    if any(ident == main and abs(article.sentence_index(span.start) - index) <= 2 for span, ident in cast.org_mentions):
        return ""
    named = {ident for span, ident in cast.org_mentions if article.sentence_index(span.start) == index
             and cast.organisations[ident].type == "country" and ident not in commitment.givers and ident not in donors
             and article.masked[span.start:span.end] not in ADJECTIVES
             and not re.match(r"[’']s\b", article.masked[span.end:])
             and _PLACED_BEFORE.search(article.masked, max(0, span.start - 20), span.start)}
    return named.pop() if len(named) == 1 else ""


def _gives_after(article: Article, index: int, subject: Actor) -> bool:
    """Whether the sentence shows its subject giving, in words the rules may not read as a gift of their own:
    "Chile is adding a grant of $15 million for radars. The EIB has committed 40 million euros for dykes": a
    country that gives in the sentences before is no receiver of the gift told after."""
    return any(verb.lastgroup not in NOT_GIVING
               for verb in VERBS.finditer(article.masked, subject.span.end, article.sentences[index].end))


def _receiver_weights(found: list[Commitment], cast: Cast, givers: tuple[str, ...]) -> Counter[str]:
    """How much the article makes each country a receiver: each time it names it, and thrice more each
    time a clause names it as the receiver."""
    # every mention counts, those inside a title too ("Ecuador's president, Andrés Salcedo"); a country that
    # gives and receives nothing in the article is a donor, however often it is named
    donors = {g for c in found if c.status != "asked" for g in c.givers} - {r for c in found for r in c.receivers}
    # "Germany pledged 80 million euros, France 50 million": France gives a share, whether or not its clause is read
    donors |= {g for index in {c.sentence for c in found} for g in gapped_givers(cast, index)}
    weight = Counter(ident for span, ident in cast.org_mentions if ident not in givers and ident not in donors
                     and ident in cast.organisations and cast.organisations[ident].type == "country"
                     and not _those_who_fled(cast, span) and not _attackers(cast, span))
    for commitment in found:
        for receiver in commitment.receivers:
            if receiver not in givers and cast.organisations[receiver].type == "country":
                weight[receiver] += 3
    return weight


_FLED_FROM = re.compile(r"\s+(?:[a-z][\w-]*\s+)?" + FLED + r"\b")


def _those_who_fled(cast: Cast, span: Span) -> bool:
    """Whether a country is named by the adjective of people who have fled it: aid "to help Somali refugees in
    Kenya" or "for Afghan refugees" goes where they shelter, never to the country they fled."""
    return cast.article.masked[span.start:span.end] in ADJECTIVES and bool(_FLED_FROM.match(cast.article.masked, span.end))


_ATTACKS = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:strikes|air\s*strikes|attacks|missiles?|shelling|bombardment|bombing|"
                      r"invasion|aggression|occupation|blockade|offensive|air\s+raids|drone\s+attacks)\b")


def _attackers(cast: Cast, span: Span) -> bool:
    """Whether a country is named by the adjective of the attacks that make the aid needed: "Russian strikes have
    damaged power plants across Ukraine" names the one who strikes, never the one aid is for."""
    return cast.article.masked[span.start:span.end] in ADJECTIVES and bool(_ATTACKS.match(cast.article.masked, span.end))


def article_receiver(found: list[Commitment], cast: Cast, givers: tuple[str, ...] = ()) -> str:
    """Whom the article's aid is for when a clause does not say: the country the article names most as a
    receiver, unless the headline gives to another and that one is the host or is named as often, or the body seems
    to make the headline's country only give."""
    weight = _receiver_weights(found, cast, givers)
    most = weight.most_common(1)[0][0] if weight else ""
    headline = headline_receiver(cast)
    if most and headline and headline != most and headline not in givers and \
            (most in host_countries(cast) or headline not in weight or weight[headline] >= weight[most]):
        return headline  # a tie goes to the headline's country too, not to whichever the text named first
    return most


_HEADLINE_TO = r"(?<!\bvisit\s)(?<!\bvisits\s)(?<!\btrip\s)(?<!\btour\s)\b(?:[Ff]or|[Tt]o|FOR|TO|[Ii]n|IN)\s+" \
    r"(?:the\s+|THE\s+)?" + STRICKEN


def headline_receiver(cast: Cast) -> str:
    """"Donors promise homes and classrooms for Syria's battered north-west", "$45 Million to Clear Mines in
    Laos", "India sends aid to cyclone-hit Myanmar": the one country the headline names after "for", "to" or "in",
    whom the article's aid is for."""
    article = cast.article
    header = article.text[:article.body_start]
    named = {ident for ident, o in cast.organisations.items() if o.type == "country" and any(
        re.search(_HEADLINE_TO + re.escape(form) + r"(?![\w-])", header)
        for form in (*o.forms, o.name) if form not in ADJECTIVES)}
    return named.pop() if len(named) == 1 else ""


_HOSTED = r"(?:(?:co-)?hosted\s+by\s+(?:the\s+)?(?:[\w-]+\s*,?\s+(?:and\s+)?)?(?:the\s+)?{form}(?![\w-])|" \
          r"(?<![\w-]){form},?\s+(?:the\s+)?(?:co-)?hosts?\b|(?<![\w-]){form}\s+(?:co-)?hosts\b)"


def host_countries(cast: Cast) -> set[str]:
    """The countries that host the meeting an article reports: the one its dateline names ("GAZIANTEP,
    Turkey"; "OSLO —"), or one the text says hosts it ("co-hosted by Turkey and the EU", "Indonesia, the
    host, said"). Such a country is named as the place and by its ministers, more often than the country the
    pledges are for; its many mentions do not make it the receiver."""
    article = cast.article
    header = article.text[:article.body_start]
    place = article.dateline_place
    hosts = set()
    for ident, o in cast.organisations.items():
        if o.type != "country":
            continue
        forms = [re.escape(form) for form in (*o.forms, o.name)]
        if CAPITALS.get(place) == o.name or any(
                re.search(r"^[^\n,]{2,40},\s*" + form + r"\s*$", header, re.MULTILINE) for form in forms) or any(
                re.search(_HOSTED.format(form=form), article.masked) for form in forms):
            hosts.add(ident)
    return hosts


_BOTH = re.compile(r"\b(?:in|for|across|to|between)\s+(?:the\s+)?(?:two|both)\s+(?:countries|nations|states)\b")


def both_receivers(found: list[Commitment], cast: Cast, commitment: Commitment) -> tuple[str, ...]:
    """"6 million pounds for cholera treatment centres in the two countries": the two countries the article
    makes receivers most, when a third is clearly less so; the words may stand in the item or in the rest of
    its clause ("has provided training for 900 nurses in both countries")."""
    if not _BOTH.search(" ".join(commitment.wordings)) and not _BOTH.search(clause_after(cast, commitment)):
        return ()
    weight = _receiver_weights(found, cast, commitment.givers).most_common(3)
    if len(weight) < 2 or (len(weight) == 3 and weight[2][1] * 2 > weight[1][1]):
        return ()
    return (weight[0][0], weight[1][0])
