"""`factsheet draft`: requests of aid (status `asked`), each on an invented sentence: expertise asked for with its
field, a request told by "his ministry", and two words that describe one thing asked
for set apart by a comma."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _commitments(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    return [(c.givers, c.receivers, c.status, c.items[0].name) for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "commitments"), [
    ("Moldova needs help. Moldovan Energy Minister Dorin Lupașcu asked for UK expertise on battery storage, which "
     "the government sees as the next priority.\n",
     [(("united-kingdom",), ("moldova",), "asked", "battery storage")]),
    ("Kenya needs help. Kenyan Education Minister Jane Wanjiru requested Finnish expertise in teacher training.\n",
     [(("finland",), ("kenya",), "asked", "teacher training")]),
    ("Ghana needs help. Ghanaian Health Minister Kofi Mensah asked for Cuban know-how in training community "
     "doctors.\n",
     [(("cuba",), ("ghana",), "asked", "training community doctors")]),
    ("Vietnam needs help. Vietnamese Minister Tran Van Minh asked for more Dutch technical expertise on flood "
     "control.\n",
     [(("netherlands",), ("vietnam",), "asked", "flood control")]),
    # not to fire: expertise praised or asked about is not asked for
    ("Peru needs help. Peruvian Minister Rosa Quispe praised Japanese expertise on earthquake-resistant schools.\n",
     []),
    ("Peru needs help. Peruvian Minister Rosa Quispe asked about Japanese expertise on earthquake-resistant "
     "schools.\n", []),
])
def test_expertise_asked_for_with_its_field(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    ("South Korea handed over scanners to Uzbekistan. Yusupaliev said his ministry had asked Seoul for dialysis "
     "machines.\n",
     [(("south-korea",), ("uzbekistan",), "delivered", "scanners"),
      (("south-korea",), ("uzbekistan",), "asked", "dialysis machines")]),
    ("Japan handed over ambulances to Ghana. Mensah said her government has also asked Tokyo for two more mobile "
     "clinics.\n",
     [(("japan",), ("ghana",), "delivered", "ambulances"), (("japan",), ("ghana",), "asked", "mobile clinics")]),
    ("France delivered grain to Chad. Saleh told reporters his ministry asked France for 5,000 tonnes of seed.\n",
     [(("france",), ("chad",), "delivered", "grain"), (("france",), ("chad",), "asked", "5,000 tonnes of seed")]),
    # not to fire: asked about a delay, asked to explain
    ("India delivered buses to Nepal. The minister said his ministry had asked India about the delay.\n",
     [(("india",), ("nepal",), "delivered", "buses")]),
    ("India delivered buses to Nepal. The minister said his government had asked India to explain the delay.\n",
     [(("india",), ("nepal",), "delivered", "buses")]),
])
def test_a_request_told_by_his_ministry(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    ("Jordan needs help. Jordanian Prime Minister Tariq Al-Mufti appealed to donors for predictable, multi-year "
     "funding.\n",
     [((), ("jordan",), "asked", "predictable multi-year funding")]),
    ("Chad needs help. Chadian Prime Minister Ali Saleh called on donors for flexible, unearmarked grants to house "
     "the refugees.\n",
     [((), ("chad",), "asked", "flexible unearmarked grants")]),
    ("Malawi needs help. Malawi's Finance Minister Grace Banda appealed to partners for more flexible, long-term "
     "financing, warning that the gap was widening.\n",
     [((), ("malawi",), "asked", "flexible long-term financing")]),
    # not to fire: calm or patience is no aid, whatever follows the comma
    ("Jordan needs help. Jordanian Prime Minister Tariq Al-Mufti appealed for calm, saying aid would come soon.\n",
     []),
    ("Jordan needs help. Jordanian Prime Minister Tariq Al-Mufti appealed to donors for patience, adding that "
     "multi-year funding would follow.\n", []),
])
def test_two_words_that_describe_one_thing_asked_for(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # help asked of no one named, with the things it is with: each thing is asked for
    ("Chad needs help. Chad asked donors for help with water and sanitation in its camps.\n",
     [((), ("chad",), "asked", "water"), ((), ("chad",), "asked", "sanitation")]),
    ("Chad needs help. Chad appealed for urgent help with tents and blankets.\n",
     [((), ("chad",), "asked", "tents"), ((), ("chad",), "asked", "blankets")]),
    # help with a work stays one work; help alone is what the text goes on to ask for in particular
    ("Chad needs help. Chad asked donors for help with rebuilding schools.\n",
     [((), ("chad",), "asked", "rebuilding schools")]),
    ("Chad needs help. Chad asked donors for help.\n", []),
])
def test_help_asked_of_no_one_with_the_things_it_is_with(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    ("Chad needs help. Chad called on donors to fund its flood response plan.\n",
     [((), ("chad",), "asked", "flood response plan")]),
    ("Chad needs help. Chad called on other donors to fund the $120 million flood response plan.\n",
     [((), ("chad",), "asked", "$120 million flood response plan")]),
    ("Chad needs help. Chad urged donors to contribute to the $120 million flood response plan.\n",
     [((), ("chad",), "asked", "$120 million flood response plan")]),
    # not to fire: a plan no one is asked to pay for, or a contribution to no plan
    ("Chad needs help. Chad urged donors to review its flood response plan.\n", []),
    ("Chad needs help. Chad urged donors to contribute to the talks.\n", []),
])
def test_a_plan_others_are_asked_to_pay_for(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # help named by the things it takes
    ("Chad needs help. The government has requested assistance in the form of tents, blankets and food.\n",
     [((), ("chad",), "asked", "tents"), ((), ("chad",), "asked", "blankets"), ((), ("chad",), "asked", "food")]),
    # support for a work: the work is what is asked for
    ("Chad needs help. Chad is seeking support for the rehabilitation of 40 schools.\n",
     [((), ("chad",), "asked", "rehabilitation of 40 schools")]),
    # not to fire: support for a body
    ("Chad needs help. Chad is seeking support for the Red Cross.\n", []),
])
def test_help_named_by_its_things_or_its_work(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


_MET = ("Malawi seeks help\n\nLILONGWE, March 3 - Floods have displaced thousands in Malawi, Malawian President Lazarus "
        "Chakwera said. Japanese Foreign Minister Kenji Sato arrived in Lilongwe on Monday.\n\n")


@pytest.mark.parametrize(("text", "commitments"), [
    # the state of the official asked, named by title, by name, or both
    (_MET + "Chakwera asked the Japanese ambassador for 20 boats.\n", [(("japan",), ("malawi",), "asked", "boats")]),
    (_MET + "Chakwera asked Japan's foreign minister for 20 boats.\n", [(("japan",), ("malawi",), "asked", "boats")]),
    (_MET + "Chakwera asked Sato for 20 boats.\n", [(("japan",), ("malawi",), "asked", "boats")]),
    (_MET + "Chakwera asked Japan's ambassador, Hiro Ito, for 20 boats.\n", [(("japan",), ("malawi",), "asked", "boats")]),
    (_MET + "Chakwera asked Japanese Foreign Minister Kenji Sato for 20 boats.\n",
     [(("japan",), ("malawi",), "asked", "boats")]),
    # not to fire: no request for a thing, or those asked are no officials of the one named
    (_MET + "Chakwera asked Sato about the weather.\n", []),
    ("Fiji needs help. Fiji and Jamaica asked the Commonwealth's wealthier members for $500 million a year in grants.\n",
     []),
])
def test_a_request_made_of_a_states_official(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert [(c.givers, c.receivers, c.status, c.items[0].name) for c in analyse(text, "s").commitments] == commitments
