"""Whether a proposal is dropped.

A headline or summary line a later sentence tells in full, a package told again, a document named
only by its kind, fewer givers than another reading."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Cast
from generator.editing.draft.commitments.merge import words_of
from generator.editing.draft.commitments.words import CHANNEL, LIST_LINE
from generator.editing.draft.items import MONEY
from generator.editing.draft.model import Commitment
from generator.editing.draft.text import Article, fold


def label(article: Article, found: list[Commitment], commitment: Commitment) -> bool:
    """"Japan funds school repairs. Japan will finance school refurbishments in Georgia's Kvemo Kartli region
    under a $412,000 grant": a sentence of a few words that labels a paragraph, whose next sentence tells the
    same giver's gift of the same things in full, says it again."""
    if commitment.receivers or commitment.value or commitment.items[0].quantity or \
            len(article.sentence_text(commitment.sentence).split()) > 6:
        return False
    return any(c.sentence == commitment.sentence + 1 and c.givers == commitment.givers
               and words_of(c) & words_of(commitment) for c in found)


_IN_GENERAL = frozenset({"aid", "assistance", "support", "help", "relief", "funding"})


def summed_up(found: list[Commitment], commitment: Commitment) -> bool:
    """"Japan and Australia pledged emergency assistance to the Philippines", as a report opens, before it tells
    what each of them gives: aid in general from several givers, each of whom the article shows giving something
    in particular, sums up those gifts and is not one of its own."""
    if len(commitment.givers) < 2 or commitment.value is not None or commitment.items[0].quantity or \
            fold(commitment.items[0].name).split()[-1:] not in [[w] for w in _IN_GENERAL]:
        return False
    return all(any(c is not commitment and giver in c.givers and c.status != "asked" and
                   (not c.receivers or not commitment.receivers or set(c.receivers) & set(commitment.receivers)) for c in found)
               for giver in commitment.givers)


def through_channel(cast: Cast, found: list[Commitment], commitment: Commitment) -> bool:
    """"The Export-Import Bank of Chile will extend a $90 million loan from the Andean Development Fund": a fund
    the money comes out of is the channel of the one its sentence shows giving the same thing, not a giver too."""
    if len(commitment.givers) != 1 or not CHANNEL.search(cast.organisations[commitment.givers[0]].name):
        return False
    name = fold(commitment.items[0].name)
    return any(c is not commitment and c.sentence == commitment.sentence and c.givers and
               commitment.givers[0] not in c.givers and fold(c.items[0].name) == name for c in found)


def fewer_givers(found: list[Commitment], commitment: Commitment) -> bool:
    """"Eight transformers financed jointly by Chile, Peru and Bolivia arrived": two verbs of one sentence read the
    same things, one with the whole list of givers and one with its first only; the whole list is right."""
    name = fold(commitment.items[0].name)
    return any(c is not commitment and c.sentence == commitment.sentence and set(commitment.givers) < set(c.givers)
               and c.status == commitment.status and name and name in fold(c.items[0].name) for c in found)


_BARE_DOCUMENT = frozenset({"agreement", "deal", "contract", "accord", "arrangement", "protocol"})


def bare_document(commitment: Commitment) -> bool:
    """"Qatar signed an agreement with the relief agency, to finance 5,000 homes": a document named by its kind
    alone, with no sum, says nothing of what it gives. A memorandum stays: other rules record it as what two
    parties signed ("Finland and Moldova signed a memorandum")."""
    return commitment.value is None and not commitment.items[0].quantity and \
        all(re.sub(r"^(?:an?|the|this|that) ", "", fold(w)) in _BARE_DOCUMENT for w in commitment.wordings)


def summary_line(article: Article, found: list[Commitment], commitment: Commitment) -> bool:
    """"- Chile pledges $15 million to ASEAN emergencies centre" among a report's key points, and "Santiago would
    give $15 million to the ASEAN Centre for Public Health Emergencies" in its body: the gift of a summary line
    that the body tells again, the same sum or the same things from the same giver, is the body's, with the
    receiver the body names."""
    if not LIST_LINE.match(article.sentence_text(commitment.sentence)):
        return False
    name = fold(commitment.items[0].name)
    return any(c.sentence != commitment.sentence and c.givers == commitment.givers and c.status == commitment.status
               and c.receivers and c.receivers != commitment.receivers
               and not LIST_LINE.match(article.sentence_text(c.sentence))
               and ((c.value is not None and c.value == commitment.value) or fold(c.items[0].name) == name)
               for c in found)


def package_again(found: list[Commitment], commitment: Commitment) -> bool:
    """"Chile will provide $5 million in flood relief. The package covers tents and water pumps": "the package"
    with no sum of its own is the sum its giver's gift told before, already found; the things it covers are its own."""
    # the sum may stand inside the gift's words ("a grant of 12 million Swiss francs")
    return fold(commitment.items[0].name) == "package" and commitment.value is None and any(
        c.givers == commitment.givers and c.sentence < commitment.sentence
        and (c.value is not None or any(MONEY.search(w) for w in c.wordings)) for c in found)
