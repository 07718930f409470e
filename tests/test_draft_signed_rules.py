"""`factsheet draft`: documents signed with another party for a purpose, each on an invented sentence: the
signers named before "signed" give, the one the document is signed with receives what it is to give."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _commitments(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    return [(c.givers, c.receivers, c.status, c.items[0].name) for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "commitments"), [
    # several signers, a phrase of time before what the document is for
    ("Chad needs help. Norway and Denmark signed a memorandum with Niger on Monday to supply 300 water pumps.\n",
     [(("norway", "denmark"), ("niger",), "signed", "water pumps")]),
    # one signer, the one signed with set off by an apposition
    ("Kenya needs help. Japan has signed a deal with Tanzania, its neighbour to the south, to deliver 40 fire "
     "engines.\n",
     [(("japan",), ("tanzania",), "signed", "fire engines")]),
    # "for the delivery of": the gift named by a noun
    ("Ukraine needs help. Estonia and Latvia signed a letter of intent with Moldova for the delivery of 15 "
     "generators.\n",
     [(("estonia", "latvia"), ("moldova",), "signed", "generators")]),
    # "with the organisation": the body the sentence named before
    ("Lebanon needs help. UNICEF said on Monday that Kuwait had signed an agreement with the organisation worth $8 "
     "million to provide school meals for 90,000 children.\n",
     [(("kuwait",), ("unicef",), "signed", "school meals")]),
    # "with its Moldovan counterpart": that country's body of the same kind, which the text names
    ("Moldova needs help. The German Red Cross signed a cooperation agreement with its Moldovan counterpart to "
     "finance 12 mobile clinics. The Moldovan Red Cross Society welcomed the deal.\n",
     [(("german-red-cross",), ("moldovan-red-cross-society",), "signed", "mobile clinics")]),
    # not to fire: a counterpart the text never names
    ("Kenya needs help. The British Red Cross signed an agreement with its Kenyan counterpart to fund 20 clinics.\n",
     []),
    # not to fire: a document for no gift
    ("Kenya needs help. France signed an agreement with Germany to discuss aid for Kenya.\n", []),
])
def test_a_document_signed_with_a_party_to_give_it(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


def test_the_one_the_article_aid_is_for_does_not_give_by_signing() -> None:
    # "Ukraine signed an agreement with Sweden to supply": the one in need signed, the rule stays silent
    found = _commitments("Ukraine needs help. Ukraine signed an agreement with Sweden to supply 20 vehicles to its "
                         "army.\n")
    assert (("ukraine",), ("sweden",), "signed", "vehicles") not in found


def test_a_lender_signed_with_is_not_given_to() -> None:
    # "signed an agreement with the World Bank to fund a railway": the bank lends, it receives nothing
    found = _commitments("Kenya needs help. Kenya and Uganda signed an agreement with the World Bank to fund a "
                         "railway line.\n")
    assert all("world-bank" not in c[1] for c in found)


@pytest.mark.parametrize(("text", "commitments"), [
    # "During the meeting the two ministers signed": the two of the meeting told before; the works it pays for
    ("DHAKA, May 3 - Dutch minister Jan de Vries met Bangladeshi minister Rahima Khatun in Dhaka on Tuesday to "
     "discuss aid to Bangladesh.\n\nDuring the meeting the two ministers signed a grant agreement worth 10 million "
     "euros for the rehabilitation of coastal dykes in Khulna.\n",
     [(("netherlands",), ("bangladesh",), "signed", "rehabilitation of coastal dykes")]),
    # "After their meeting, the two ministers signed": a comma after the phrase of the meeting
    ("HANOI, May 3 - Japanese Foreign Minister Ken Sato met Vietnamese Foreign Minister Le Van Minh in Hanoi on "
     "Tuesday, and the talks covered aid to Vietnam.\n\nAfter their meeting, the two ministers signed an exchange "
     "of notes for the construction of 12 bridges in the Mekong Delta.\n",
     [(("japan",), ("vietnam",), "signed", "construction of 12 bridges")]),
    # "held talks with ..., before the two ministers signed": the meeting in the same sentence
    ("NAIROBI, May 3 - Korean minister Park Min-jun held talks with Kenyan minister Grace Wanjiru in Nairobi on aid "
     "to Kenya, before the two ministers signed a loan agreement for the expansion of the Mombasa water network.\n",
     [(("south-korea",), ("kenya",), "signed", "expansion of the Mombasa water network")]),
    # not to fire: the two of the meeting sign nothing
    ("NAIROBI, May 3 - Korean minister Park Min-jun held talks with Kenyan minister Grace Wanjiru in Nairobi on "
     "Tuesday.\n\nAfter the meeting the two ministers said they would meet again in June.\n", []),
    # not to fire: "the two ministers" of no meeting the text tells
    ("DHAKA, May 3 - Donors met in Dhaka on Tuesday to discuss aid to Bangladesh.\n\nThe UN said the two ministers "
     "signed a memorandum on the construction of a new ferry terminal.\n", []),
])
def test_the_two_of_a_meeting_sign_for_works(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


def _wordings(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    return [(c.givers, c.receivers, c.wordings) for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "wordings"), [
    # the sum, and the aim after the party signed with
    ("Chad needs help. The EU signed a financing agreement with Chad worth 45 million euros for rural "
     "electrification.\n",
     [(("eu",), ("chad",), ("a financing agreement", "financing agreement", "45 million euros", "rural electrification"))]),
    # "worth a combined": the sum of two documents
    ("Chad needs help. Japan and Chad on Tuesday signed two grant agreements worth a combined $28 million for water "
     "supply and road repairs.\n",
     [(("japan",), ("chad",), ("two grant agreements", "grant agreements", "$28 million", "water supply and road repairs"))]),
    # a sum before the loan's head, and an aim after the one it goes to
    ("Chad needs help. The European Investment Bank approved a €75 million loan to Chad for the construction of a "
     "vaccine plant.\n",
     [(("european-investment-bank",), ("chad",), ("a €75 million loan", "€75 million loan", "€75 million",
                                                  "construction of a vaccine plant"))]),
    # not an aim: a thing, a time, or a name
    ("Chad needs help. Chad asked the World Bank for a loan for a second phase.\n",
     [(("world-bank",), ("chad",), ("a loan", "loan"))]),
    ("Chad needs help. The EIB approved a loan to Chad for five years.\n",
     [(("eib",), ("chad",), ("a loan", "loan"))]),
    ("Chad needs help. The EIB approved a loan to Chad for the Chad Recovery Programme.\n",
     [(("eib",), ("chad",), ("a loan", "loan"))]),
])
def test_a_documents_sum_and_aim_are_wordings_of_it(text: str, wordings: list[tuple[object, ...]]) -> None:
    assert _wordings(text) == wordings


def test_the_world_banks_development_association_lends() -> None:
    # the one signed with lends, and its name ends before the project it pays for
    found = _commitments("Chad needs help. Chad signed a $30 million financing agreement with the International "
                         "Development Association for the Chad Emergency Recovery Project.\n")
    assert [c[:2] for c in found] == [(("international-development-association",), ("chad",))]


@pytest.mark.parametrize(("text", "commitments"), [
    ("Chad needs help. Japan and Chad signed two grant agreements. The first, worth $16 million, covers the repair of "
     "40 bridges. The second agreement, worth $12.5 million, will fund water supply.\n",
     [(("japan",), ("chad",), "signed", "grant agreements"), (("japan",), ("chad",), "signed", "repair of 40 bridges"),
      (("japan",), ("chad",), "signed", "water supply")]),
    ("Chad needs help. Japan and Chad signed two loans. The first, worth $16 million, covers water supply.\n",
     [(("japan",), ("chad",), "signed", "loans"), (("japan",), ("chad",), "signed", "water supply")]),
    # not to fire: no document told before
    ("Chad needs help. Japan sent 40 tents to Chad. The first, worth $16 million, covers water supply.\n",
     [(("japan",), ("chad",), "delivered", "tents")]),
])
def test_one_of_the_documents_told_set_off_by_its_sum(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the day of the signing, before what the document is for
    ("Chad needs help. The World Bank and Chad signed an agreement on Friday for a $50 million credit.\n",
     [(("world-bank",), ("chad",), "signed", "$50 million credit")]),
    # the kind of body a name is, between the subject and its verb
    ("Chad needs help. Germany's KfW development bank signed a grant agreement with Chad for solar mini-grids.\n",
     [(("kfw",), ("chad",), "signed", "solar mini-grids")]),
])
def test_a_signing_told_with_its_day_or_its_signers_kind(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments
