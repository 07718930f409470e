"""`factsheet draft`: gifts told as nouns, each on an invented sentence: "the disbursement by X of", "a loan to X
from Y", a body that reports "the delivery of ... to X", and a name set before the noun ("a UAE contribution of");
with sentences where the same words give nothing or name another giver."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _commitments(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    return [(c.givers, c.receivers, c.status, c.items[0].name) for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "commitments"), [
    ("Ukraine needs help. The visit coincides with the disbursement by the European Commission of €3.1 billion to "
     "Ukraine as the fifth tranche of budget support.\n",
     [(("european-commission",), ("ukraine",), "delivered", "€3.1 billion")]),
    ("Peru needs help. Officials welcomed the provision by Japan of 12 coastal patrol boats to the Peruvian Navy last "
     "year.\n",
     [(("japan",), ("peruvian-navy",), "delivered", "coastal patrol boats")]),
    ("Chad needs help. The supply by France of 40 water pumps to Chad will begin next month, the ministry said.\n",
     [(("france",), ("chad",), "delivered", "water pumps")]),
    ("Kenya needs help. Ministers discussed the earlier disbursement by the IMF of about $400 million to Kenya under "
     "the programme.\n",
     [(("imf",), ("kenya",), "delivered", "$400 million")]),
    # not to fire: a payment to a lender repays it
    ("Ukraine needs help. The payment by Ukraine of $500 million to the IMF was made on Friday.\n", []),
])
def test_a_sum_paid_out_or_a_thing_supplied_by_its_giver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    ("Pakistan needs help. The largest single source of money so far is a $150 million concessional loan to Pakistan "
     "from the Asian Development Bank (ADB), approved in January, for rebuilding 220 schools.\n",
     [(("asian-development-bank",), ("pakistan",), "pledged", "$150 million concessional loan")]),
    ("Nepal needs help. Officials said a $40 million grant for Nepal from the World Bank would cover school repairs.\n",
     [(("world-bank",), ("nepal",), "pledged", "$40 million grant")]),
    ("Ukraine needs help. The government welcomed a donation of 50 ambulances to Ukraine from Austria.\n",
     [(("austria",), ("ukraine",), "pledged", "ambulances")]),
    ("Jordan needs help. Jordan's budget will rely on a €200 million loan to the Central Bank of Jordan from the "
     "European Investment Bank.\n",
     [(("european-investment-bank",), ("central-bank-of-jordan",), "pledged", "€200 million loan")]),
    # not to fire: "from" a place one comes back from, the loan's giver unsaid
    ("Kenya needs help. He returned to Kenya from Brussels with a loan of $50 million.\n", []),
])
def test_a_gift_to_its_receiver_from_its_giver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    ("Ukraine needs help. UNICEF said the handover of 40 generators to Ukrenergo was completed on Friday.\n",
     [(("unicef",), ("ukrenergo",), "delivered", "generators")]),
    ("Chad needs help. The World Food Programme has confirmed the shipment of 3,000 tonnes of sorghum to Chad.\n",
     [(("world-food-programme",), ("chad",), "pledged", "3,000 tonnes of sorghum")]),
    ("Nepal needs help. Japan announced that the first consignment of 200 water pumps for Nepal would arrive next "
     "week.\n",
     [(("japan",), ("nepal",), "pledged", "water pumps")]),
    ("Malawi needs help. The African Development Bank (AfDB) notes the delivery of 300 irrigation pumps to Malawi "
     "under the project.\n",
     [(("african-development-bank",), ("malawi",), "delivered", "irrigation pumps")]),
    # not to fire: no receiver named, or the one who tells it welcomes it
    ("Ukraine needs help. Ukraine said the delivery of 30 tanks had been completed.\n", []),
    ("Ukraine needs help. Ukraine welcomed the delivery of 30 tanks to its army.\n", []),
    ("Chad needs help. Chad welcomed the delivery of 300 tents to the Chadian Red Cross.\n", []),
])
def test_a_delivery_told_by_the_one_who_made_it(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    ("Gaza needs help. The minister announced a UAE contribution of AED100 million to the World Health "
     "Organization.\n",
     [(("united-arab-emirates",), ("world-health-organization",), "pledged", "AED100 million")]),
    # one named who announces it is of that state, and the verb gives it
    ("Gaza needs help. Minister Al Nuaimi announced a UAE contribution of AED100 million to the World Health "
     "Organization.\n",
     [(("united-arab-emirates",), ("world-health-organization",), "pledged", "UAE contribution of AED100 million")]),
    ("Kenya needs help. Officials welcomed a World Bank loan of $50 million to Kenya.\n",
     [(("world-bank",), ("kenya",), "pledged", "$50 million")]),
    ("Chad needs help. A UNICEF donation of 40,000 mosquito nets to Chad was praised by the minister.\n",
     [(("unicef",), ("chad",), "pledged", "mosquito nets")]),
    ("Ukraine needs help. The minister praised the Norway contribution of 500 generators to Ukrenergo.\n",
     [(("norway",), ("ukrenergo",), "pledged", "generators")]),
    # not to fire: a state's name before the noun with no one else receiving may be the one it is for
    ("Ukraine needs help. Donors discussed the Ukraine grant of $5 million last week.\n", []),
    # not to fire: a name that closes a phrase of its own ("with the ... Service on the supply of") gives nothing; the
    # signers give to the one they signed with (the rule for agreements signed with a party)
    ("Ukraine needs help. Sweden and Denmark signed an agreement with the State Emergency Service of Ukraine on the "
     "supply of 20 mine-clearing vehicles.\n",
     [(("sweden", "denmark"), ("state-emergency-service-of-ukraine",), "signed", "mine-clearing vehicles")]),
])
def test_a_name_set_before_the_gift_names_its_giver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments
