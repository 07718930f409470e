"""Loans: who lends, who borrows, and sums signed with a lender."""
from __future__ import annotations

import re
from collections import Counter

from generator.editing.draft.actors import Cast
from generator.editing.draft.commitments.main_receiver import headline_receiver
from generator.editing.draft.commitments.words import ADJECTIVES, LENDER, RELIEF_BODY, WORTH


def lends_or_is_lent(cast: Cast, parties: tuple[str, ...], document: str,
                      main: str = "") -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Who gives between the two signers of a document when the text does not say: a lender to whoever
    borrows; a state to a body that is no lender, unless the document is a contract, which a supplier
    signs to deliver, or the body is a relief agency and the state the one the article's aid is for ("Chad
    needs help. The WFP signed a letter of understanding with Chad on school meals"). None for two states, or
    two bodies."""
    kinds = [(p, cast.organisations[p].type == "country", bool(LENDER.search(cast.organisations[p].name))) for p in parties]
    lenders = [p for p, _, lends in kinds if lends]
    if len(lenders) == 1:
        return (lenders[0],), tuple(p for p in parties if p != lenders[0])
    states = [p for p, state, _ in kinds if state]
    if len(states) == 1 and not lenders and states[0] == main and \
            all(RELIEF_BODY.search(cast.organisations[p].name) for p in parties if p != states[0]):
        return tuple(p for p in parties if p != states[0]), (states[0],)
    if len(states) == 1 and not lenders and not re.search(r"\b(?:contract|order|deal)\b", document):
        return (states[0],), tuple(p for p in parties if p != states[0])
    return None


def funds_relief_bodies(cast: Cast, parties: tuple[str, ...], main: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """"Saudi Arabia signed agreements worth $16 million with the World Food Programme and the International
    Organization for Migration": a signer who is no relief body, signing with several that are, pays them to
    deliver the aid; none where one of them is the side the article's aid goes to, or the first signer is a relief
    body too."""
    first, others = parties[0], parties[1:]
    if first == main or RELIEF_BODY.search(cast.organisations[first].name) or main in others or \
            not all(RELIEF_BODY.search(cast.organisations[p].name) for p in others):
        return None
    return (first,), others


def one_lender(cast: Cast, parties: tuple[str, ...]) -> str:
    """The one lender among the signers of a loan, "" when there are none or several ("the World Bank signed a loan
    with Chad, Niger and Mali": the World Bank)."""
    lenders = [p for p in parties if LENDER.search(cast.organisations[p].name)]
    return lenders[0] if len(lenders) == 1 else ""


def lent_by_one_lender(cast: Cast, parties: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The lender and the other, of two signers exactly one of which lends for a living (a bank, a fund, the
    EU); None otherwise: two states signing say nothing of who gives."""
    lenders = [p for p in parties if LENDER.search(cast.organisations[p].name)]
    return ((lenders[0],), tuple(p for p in parties if p != lenders[0])) if len(lenders) == 1 else None


_SUM_SIGNED = re.compile(r"\s+(?:an?\s+)?(?:[A-Z]{0,3}[€$£¥]\s?\d|[A-Z]{3}\s?\d|\d)[^.;:]*?\b(?:loan|grant)(?:\s+agreement)?" +
                         WORTH + r"\s+with\s+(?:[Tt]he\s+)?$")


def sum_signed_with(cast: Cast, index: int, parties: tuple[str, ...], document: str) -> bool:
    """Whether of two states the one that "signed a <sum> grant (or loan) with" the other gives it: "Austria signed a
    €15 million grant with Lebanon", "Korea has signed a $30 million loan with Laos". A story about the signer's own
    needs, which names the signer elsewhere more often than the other, or in its headline as the one aid is for
    ("Laos needs help. Laos signed a $30 million loan with Korea"), has the signer borrow and is left to the
    article's aid; "Laos signed a loan with Korea", with no sum, says nothing here."""
    if not _SUM_SIGNED.match(document) or any(cast.organisations[p].type != "country" or LENDER.search(
            cast.organisations[p].name) for p in parties):
        return False
    sentence = cast.article.sentences[index]
    # "Swiss engineers will train crews": the donor's own people, named by its adjective, do not make it the story's
    elsewhere = Counter(ident for span, ident in cast.org_mentions if not sentence.start <= span.start < sentence.end
                        and cast.article.masked[span.start:span.end] not in ADJECTIVES)
    return elsewhere[parties[0]] <= elsewhere[parties[1]] and headline_receiver(cast) != parties[0]


def borrows_from_lender(cast: Cast, parties: tuple[str, ...]) -> bool:
    """Whether the first signer is a state and the one it signed a loan with a lender: "Vietnam signed a $450
    million loan with the Asian Development Bank" is the bank's loan to Vietnam, however the sentence runs."""
    first, other = cast.organisations[parties[0]], cast.organisations[parties[1]]
    return first.type == "country" and not LENDER.search(first.name) and bool(LENDER.search(other.name))
