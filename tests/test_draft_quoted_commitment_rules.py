"""`factsheet draft`: commitments a named speaker tells in the first person inside a quotation, each on an invented
passage: "we" is the speaker's country or organisation; a promise, a gift made, a gift being made and a request are
read; a wish, a need, a condition, a negation and an anonymous speaker give nothing; and a commitment the text
also tells outside the quotation is proposed once."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _commitments(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    return [(c.givers, c.receivers, c.status, c.items[0].name) for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "commitments"), [
    # a promise, the receiver named after "to"
    ("RIGA — Latvia's Energy Minister Kaspars Ozols spoke on Tuesday.\n\n"
     "\"We will send 40 generators to Moldova before the end of the month,\" Ozols said.\n",
     [(("latvia",), ("moldova",), "pledged", "generators")]),
    # a gift made, in the perfect and in the simple past of a gift long made
    ("OSLO — Norway's Foreign Minister Lars Haugen arrived in the capital on Monday.\n\n"
     "\"We have delivered 12 transformers to Moldova since January,\" Haugen told reporters.\n",
     [(("norway",), ("moldova",), "delivered", "transformers")]),
    ("SANTIAGO — Chile's Interior Minister Carla Rojas spoke on Sunday.\n\n"
     "\"We sent 500 tents to Peru in 2019, and we will do it again,\" Rojas said.\n",
     [(("chile",), ("peru",), "delivered", "tents")]),
    # a gift being made, the receiver set before the thing; a second clause with its own verb
    ("OTTAWA — Canadian Development Minister Claire Dubois spoke after her visit.\n\n"
     "\"Today we are giving Haiti three field hospitals, and we will provide $20 million for clean water,\" "
     "Dubois said.\n",
     [(("canada",), ("haiti",), "delivered", "field hospitals"), (("canada",), ("haiti",), "pledged", "$20 million")]),
    # the side said by "our government" or by its own name; a contraction; a time after the thing
    ("DUBLIN — Ireland's Foreign Minister Siobhan Kelly spoke on Friday.\n\n"
     "\"Our government has sent 30 tonnes of food to Jordan,\" Kelly said.\n",
     [(("ireland",), ("jordan",), "delivered", "30 tonnes of food")]),
    ("BERLIN — German Defence Minister Boris Keller met Ukraine's defence minister on Monday.\n\n"
     "\"Germany will deliver two more IRIS-T systems to Ukraine this year,\" Keller said.\n",
     [(("germany",), ("ukraine",), "pledged", "IRIS-T systems")]),
    ("WARSAW — Poland's Energy Minister Piotr Nowak met Ukraine's energy minister on Monday.\n\n"
     "\"We'll keep sending transformers to Kyiv until spring,\" Nowak said.\n",
     [(("poland",), ("ukraine",), "pledged", "transformers")]),
    # a time or place set before "we", "for" a named receiver, and a clause of its own after the things
    ("SUVA — New Zealand's Pacific Minister Tama Rewi arrived in Fiji on Friday aboard a navy ship.\n\n"
     "\"On this ship we brought six water pumps and 900 hygiene kits for Fiji, and they are being unloaded now,\" "
     "Rewi said.\n",
     [(("new-zealand",), ("fiji",), "delivered", "water pumps"), (("new-zealand",), ("fiji",), "delivered", "hygiene kits")]),
])
def test_a_speaker_tells_a_gift_in_the_first_person(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the ones asked by their adjective: "our Japanese friends"
    ("NAIROBI — Kenya's Health Minister Amina Wanjiru toured the flooded counties on Friday.\n\n"
     "\"We have asked our Japanese friends for water pumps and cholera vaccines, because the rains are not over,\" "
     "she said.\n",
     [(("japan",), ("kenya",), "asked", "water pumps"), (("japan",), ("kenya",), "asked", "cholera vaccines")]),
    # asked by name, in the simple past
    ("DHAKA — Bangladesh's Disaster Minister Farid Ahmed spoke on Monday.\n\n"
     "\"We asked Turkey for 200 family tents last week,\" Ahmed said.\n",
     [(("turkey",), ("bangladesh",), "asked", "family tents")]),
    # asked of a capital that stands for its government, by "I"
    ("NAIROBI — Japan pledged 20 million dollars to Kenya last week. Kenya's Water Minister Peter Otieno spoke on "
     "Friday.\n\n\"I have asked Tokyo for 50 water pumps,\" Otieno said.\n",
     [(("japan",), ("kenya",), "pledged", "20 million dollars"), (("japan",), ("kenya",), "asked", "water pumps")]),
    # asked of "you", whom no name picks out: nothing sure
    ("DHAKA — Bangladesh's Disaster Minister Farid Ahmed spoke on Monday.\n\n"
     "\"We have asked you for 200 family tents,\" Ahmed said.\n", []),
])
def test_a_speaker_tells_a_request_in_the_first_person(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize("text", [
    # a condition, a wish, a need, a negation
    "ACCRA — Ghana's Finance Minister Kofi Mensah addressed donors on Thursday.\n\n"
    "\"If donors give us the money, we will send 200 teachers to the north,\" Mensah said.\n",
    "ACCRA — Ghana's Finance Minister Kofi Mensah addressed donors on Thursday.\n\n"
    "\"We hope to receive tents from Germany,\" Mensah said.\n",
    "ACCRA — Ghana's Finance Minister Kofi Mensah addressed donors on Thursday.\n\n"
    "\"We need medicine and food now,\" Mensah said.\n",
    "ACCRA — Ghana's Finance Minister Kofi Mensah addressed donors on Thursday.\n\n"
    "\"We will send 30 doctors if the roads open,\" Mensah said.\n",
    # a speaker the text does not name
    "ACCRA — Officials in Ghana described the floods.\n\n"
    "\"We will send 300 tents to Togo,\" a senior official said on condition of anonymity.\n",
    # words that give no thing of aid: "we are asking for partnership", the things "we" send in at home
    "ACCRA — Ghana's Finance Minister Kofi Mensah addressed donors on Thursday.\n\n"
    "\"We are not asking for charity. We are asking for partnership,\" Mensah said.\n",
    "PORT MORESBY — Papua New Guinea's Police Minister Peter Kama spoke on Friday.\n\n"
    "\"We are sending canoes into a river that is still rising,\" Kama said.\n",
    # another's gift, told by a third party: the text tells it itself, or it is hearsay
    "PARIS — French Foreign Minister Anne Morel spoke on Friday.\n\n"
    "\"Italy will send 200 tents to Lebanon,\" Morel said.\n",
    # one that receives aid sends at home, to a place of its own or to no one named
    "MAPUTO — Mozambique's Health Minister Armindo Tiago visited Beira on Tuesday.\n\n"
    "\"We are sending 30 doctors and five ambulances to Beira this week,\" Tiago said.\n",
    # a thing named by what it points back to
    "KYIV — Ukraine's Energy Minister Olena Hrytsenko thanked Warsaw.\n\n"
    "\"We will send 40 of these generators to Moldova,\" Hrytsenko said.\n",
    # a relative clause: the tents "we have sent" are told, not given, here
    "ACCRA — Ghana's Finance Minister Kofi Mensah addressed donors on Thursday.\n\n"
    "\"The tents we have sent to Togo are already full,\" Mensah said.\n",
])
def test_no_commitment_without_a_plain_first_person_clause(text: str) -> None:
    assert _commitments(text) == []


def test_a_commitment_told_outside_the_quotation_is_proposed_once() -> None:
    text = ("WARSAW — Poland will send 40 generators to Ukraine, Poland's Energy Minister Piotr Nowak said on Monday.\n\n"
            "\"We will send 40 more generators before the end of the month,\" Nowak said.\n")
    found = analyse(text, "s").commitments
    assert [(c.givers, c.receivers, c.status, c.items[0].name) for c in found] == \
        [(("poland",), ("ukraine",), "pledged", "generators")]
    assert len(found[0].excerpts) == 2


def test_the_proposal_says_who_told_it_and_for_whom() -> None:
    text = ("RIGA — Latvia's Energy Minister Kaspars Ozols spoke on Tuesday.\n\n"
            "\"We will send 40 generators to Moldova,\" Ozols said.\n")
    commitment = analyse(text, "s").commitments[0]
    assert commitment.why.startswith("likely: told in a quotation by Kaspars Ozols, energy minister of Latvia")
    assert commitment.excerpts == ("\"We will send 40 generators to Moldova,\" Ozols said.",)


def test_one_asked_for_aid_still_gives_in_its_own_words() -> None:
    text = ("WARSAW — Moldova asked Poland for transformers on Monday. Poland's Energy Minister Piotr Nowak spoke "
            "later.\n\n\"We will send 12 generators this month,\" Nowak said.\n")
    assert (("poland",), ("moldova",), "pledged", "generators") in _commitments(text)
