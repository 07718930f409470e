"""`factsheet draft`: rules of wording for requests and appeals, each on an invented sentence: a request by a
subject set off by a long relative clause, one made of the members of a body, relief asked of a lender on its
own loans, and a gap in money others are asked to fill."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _commitments(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    return [(c.givers, c.receivers, c.status, c.items[0].name) for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "commitments"), [
    # a relative clause on the subject, however long and with a number in it, does not hide who asks
    ("Niger, which has taken in more than 400,000 people fleeing the fighting in northern Nigeria and along the "
     "border with Mali, used the conference to appeal for drinking water and tents.\n",
     [((), ("niger",), "asked", "drinking water"), ((), ("niger",), "asked", "tents")]),
    # "whose" after a title and a name
    ("Honduras's Foreign Minister Rosa Elena Paz, whose country lost most of its maize harvest to the hurricane in "
     "October, used her address to appeal for helicopters and water pumps.\n",
     [((), ("honduras",), "asked", "helicopters"), ((), ("honduras",), "asked", "water pumps")]),
    # an appeal for calm asks for no aid
    ("Kenya, which has hosted the talks for three years and wants them to end before the elections next year, used "
     "the meeting to appeal for calm.\n", []),
])
def test_a_subject_set_off_by_a_relative_clause_asks(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the participating or member states of the body that meets: none of them named
    ("Moldova's Energy Minister Ion Rusu addressed the council. He appealed to participating States for mobile "
     "generators and for spare transformers.\n",
     [((), ("moldova",), "asked", "mobile generators"), ((), ("moldova",), "asked", "spare transformers")]),
    ("Fiji appealed to fellow Member States for patrol boats at the forum in Suva.\n",
     [((), ("fiji",), "asked", "patrol boats")]),
    # "the United States" is one named, and asked
    ("Ukraine appealed to the United States for air defence systems.\n",
     [(("united-states",), ("ukraine",), "asked", "air defence systems")]),
    # calm is no aid
    ("Ghana's delegate Kofi Mensah appealed to member states for calm and restraint.\n", []),
])
def test_a_request_of_the_members_of_a_body(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # relief a lender grants on its own loans, asked for with the verb that grants it: one thing
    ("Sri Lanka asked India to reschedule payments on its credit line, officials in Colombo said.\n",
     [(("india",), ("sri-lanka",), "asked", "reschedule payments")]),
    ("Kenya has requested Japan to postpone repayment of a yen loan due next year.\n",
     [(("japan",), ("kenya",), "asked", "postpone repayment of a yen loan due")]),
    # to defer talks or a deadline defers no debt
    ("Laos asked China to defer the talks until the spring.\n", []),
    ("Kenya asked Japan to extend the deadline for bids.\n", []),
])
def test_relief_asked_of_a_lender(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the gap in money the sentence told before the request is what it asks for
    ("Malawi said it faced a funding gap of $120 million for its health budget and appealed to development "
     "partners to close it.\n",
     [((), ("malawi",), "asked", "funding gap of $120 million")]),
    ("The World Food Programme warned of a funding shortfall of $80 million in Yemen and urged donors to bridge "
     "the gap.\n",
     [((), ("world-food-programme",), "asked", "funding shortfall of $80 million")]),
    ("Jordan's Finance Minister Omar Haddad said the kingdom's budget deficit had widened to $2 billion, and he "
     "asked international partners to help cover it.\n",
     [((), ("jordan",), "asked", "budget deficit")]),
    # a gap of teachers is no gap in money
    ("Zambia said it faced a gap of 400 teachers in rural schools and appealed to donors to fill it.\n", []),
])
def test_a_gap_in_money_others_are_asked_to_fill(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the body whose statement or letter opens the sentence asks
    ("A statement from the Sudanese Red Crescent Society asked the World Food Programme for flour and cooking oil.\n",
     [(("world-food-programme",), ("sudanese-red-crescent-society",), "asked", "flour and cooking oil")]),
    ("In Ramallah, a letter from the Palestine Red Crescent Society appealed to donors for ambulances and blood bags.\n",
     [((), ("palestine-red-crescent-society",), "asked", "ambulances and blood bags")]),
    # a statement that tells of another's request: the other asks
    ("A statement from the United Nations said Chad had asked Japan for water pumps.\n",
     [(("japan",), ("chad",), "asked", "water pumps")]),
    ("A statement from the European Union welcomed the talks and urged calm.\n", []),
])
def test_the_body_whose_statement_asks(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # told again without the one asked: the same request
    ("Tonga's minister Sione Vea used the call to ask Japan for diesel water pumps and more helicopters. Recap: Tonga "
     "is asking for water pumps to reach the outer islands.\n",
     [(("japan",), ("tonga",), "asked", "diesel water pumps"), (("japan",), ("tonga",), "asked", "helicopters")]),
    # another kind of thing asked of no one named is another request
    ("Chad asked France for winter tents. Later in the day, Chad appealed to donors for food aid.\n",
     [(("france",), ("chad",), "asked", "winter tents"), ((), ("chad",), "asked", "food aid")]),
])
def test_a_request_told_again_without_the_one_asked(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a request of no one named, just after the one who asks thanked a party, is made of that party
    ("Peru's President Ana Soto thanked Japan for the relief flights. She requested water pumps for the flooded "
     "provinces.\n",
     [(("japan",), ("peru",), "asked", "water pumps")]),
    # and the next request the sentence after tells
    ("Prime Minister Ruiz of Haiti thanked the European Union for its support. He said aid alone was not enough, and "
     "requested armoured vehicles for the Haitian National Police. He also asked for communications equipment.\n",
     [(("european-union",), ("haitian-national-police",), "asked", "armoured vehicles"),
      (("european-union",), ("haiti",), "asked", "communications equipment")]),
    # no one thanked, or two: no one asked
    ("Chad's minister Ali Saleh praised the hosts. He requested tents for the camps.\n",
     [((), ("chad",), "asked", "tents")]),
    ("Chad's minister Ali Saleh thanked France and Germany for their help. He requested tents for the camps.\n",
     [((), ("chad",), "asked", "tents")]),
])
def test_a_request_after_thanks_is_made_of_the_one_thanked(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a list of parties that opens the sentence asks as one: each of them, not only the last named before the verb
    ("Tonga, Samoa and Vanuatu appealed for patrol boats at the forum in Apia.\n",
     [((), ("tonga", "samoa", "vanuatu"), "asked", "patrol boats")]),
    ("Nepal and Bhutan jointly asked the World Bank for $50 million to rebuild mountain roads.\n",
     [(("world-bank",), ("nepal", "bhutan"), "asked", "$50 million")]),
    ("• Guatemala, Honduras and El Salvador appealed for $200 million in drought relief\n",
     [((), ("guatemala", "honduras", "el-salvador"), "asked", "$200 million")]),
    ("In a joint letter, Laos and Cambodia sought from China a concessional loan for the Mekong bridge.\n",
     [(("china",), ("laos", "cambodia"), "asked", "concessional loan")]),
    ("Chad and Niger asked the European Union for trucks and fuel on Tuesday.\n",
     [(("european-union",), ("chad", "niger"), "asked", "trucks"),
      (("european-union",), ("chad", "niger"), "asked", "fuel")]),
    # a list inside a relative clause on the subject, or before the sentence's own subject, does not ask
    ("Mali, which borders Niger and Burkina Faso, asked France for helicopters.\n",
     [(("france",), ("mali",), "asked", "helicopters")]),
    ("After meeting Peru and Chile, Bolivia asked Brazil for firefighting aircraft.\n",
     [(("brazil",), ("bolivia",), "asked", "firefighting aircraft")]),
])
def test_a_list_of_parties_asks_together(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "requested from X Y": the one asked right after "from", what is asked for after it
    ("Moldova also requested from the European Union more mobile generators for its hospitals.\n",
     [(("european-union",), ("moldova",), "asked", "mobile generators")]),
    ("Peru sought from Japan water pumps and tents for the flooded north.\n",
     [(("japan",), ("peru",), "asked", "water pumps"), (("japan",), ("peru",), "asked", "tents")]),
    ("The Gambian side requested from Senegal a grant to repair the ferry.\n",
     [(("senegal",), ("gambia",), "asked", "grant")]),
    # what is asked for before "from" stays the thing asked for
    ("Chad requested tents from the European Union.\n",
     [(("european-union",), ("chad",), "asked", "tents")]),
])
def test_a_request_from_one_named_first(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a "he" or "she" that plainly stands for the one named just before opens a request told in a phrase of its own
    ("Ethiopia's finance minister, Tesfaye Alemu, called the deal a vote of confidence. He also used the meeting to "
     "ask Sweden for help in financing solar mini-grids.\n",
     [(("sweden",), ("ethiopia",), "asked", "solar mini-grids")]),
    ("Bolivian Foreign Minister Carlos Mamani arrived in Madrid on Monday. He took the opportunity to appeal to Spain "
     "for firefighting aircraft.\n",
     [(("spain",), ("bolivia",), "asked", "firefighting aircraft")]),
    ("Chad's envoy, Ali Saleh, addressed the Security Council. He used his speech to appeal for tents and blankets.\n",
     [((), ("chad",), "asked", "tents"), ((), ("chad",), "asked", "blankets")]),
    ("Ghana's Finance Minister, Ama Owusu, met the IMF mission chief in Accra. She used the talks to ask the IMF for "
     "a faster disbursement of the loan.\n",
     [(("imf",), ("ghana",), "asked", "faster disbursement of the loan")]),
    # two could be meant: no one asks
    ("Norwegian minister Kari Lunde met Sudanese minister Omar Hassan in Oslo. He used the meeting to ask for tents.\n",
     []),
    # calm is no aid
    ("Kenya's minister, Joseph Mwangi, said the rains had failed. He used the meeting to appeal for calm.\n", []),
])
def test_a_pronoun_opens_a_request_told_in_a_phrase_of_its_own(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a government named by the capital it sits in asks as its state
    ("Niger was hit by floods. The government in Niamey has appealed to international donors for $85 million in "
     "emergency aid.\n",
     [((), ("niger",), "asked", "$85 million")]),
    ("Bangladesh is flooded. The authorities in Dhaka asked Japan for water pumps and tents on Monday.\n",
     [(("japan",), ("bangladesh",), "asked", "water pumps"), (("japan",), ("bangladesh",), "asked", "tents")]),
    ("Floods have cut roads across Libya. The administration in Tripoli has requested helicopters from Italy.\n",
     [(("italy",), ("libya",), "asked", "helicopters")]),
    ("Mali is short of fuel. Earlier, the military government in Bamako asked Russia for fuel and wheat.\n",
     [(("russia",), ("mali",), "asked", "fuel"), (("russia",), ("mali",), "asked", "wheat")]),
    ("A landslide struck Papua New Guinea. On Monday the authorities in Port Moresby appealed for tents and "
     "blankets.\n",
     [((), ("papua-new-guinea",), "asked", "tents"), ((), ("papua-new-guinea",), "asked", "blankets")]),
    # an embassy in a capital is no government of it; calm is no aid; a state the text never names asks nothing
    ("Peru was hit by a quake. The embassy in Lima asked Chile for tents.\n", []),
    ("Afghanistan was quiet. The government in Kabul has appealed for calm.\n", []),
    ("The government in Niamey has appealed to international donors for $85 million in emergency aid.\n", []),
])
def test_a_government_named_by_its_capital_asks(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a list the asker has just thanked, welcomed or praised, said again by its count, is asked
    ("Fiji's Prime Minister, Sitiveni Rabuka, welcomed the pledges from Australia and New Zealand and urged the two "
     "countries to send more patrol boats.\n",
     [(("australia", "new-zealand"), ("fiji",), "asked", "patrol boats")]),
    ("Samoa's finance minister, Tui Leota, praised the work of Japan and China and asked both governments for solar "
     "pumps.\n",
     [(("japan", "china"), ("samoa",), "asked", "solar pumps")]),
    ("Kenya's Interior Minister, Joseph Mwangi, commended the efforts by Norway, Sweden and Denmark and asked the three "
     "countries for grain silos.\n",
     [(("norway", "sweden", "denmark"), ("kenya",), "asked", "grain silos")]),
    # a count that says another number, or a request for no aid, asks nothing of the list
    ("Fiji's Prime Minister, Sitiveni Rabuka, welcomed the pledges from Australia and New Zealand and asked the three "
     "countries for patrol boats.\n", []),
    ("Armenia's minister, Ara Petrosyan, welcomed the envoys of France and Germany and asked the two countries to "
     "respect the ceasefire.\n", []),
    # one named after the list is the one asked
    ("Chad's minister, Ali Saleh, praised Niger and Nigeria and asked France for tents.\n",
     [(("france",), ("chad",), "asked", "tents")]),
])
def test_a_list_just_praised_is_asked_by_its_count(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments
