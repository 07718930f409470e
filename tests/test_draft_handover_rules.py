"""`factsheet draft`: handovers told in the passive with the receiver between the verb and "by", told by the people
of a body, or by a body of the receiving country itself, each on an invented sentence."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _commitments(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    return [(c.givers, c.receivers, c.status, c.items[0].name) for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "commitments"), [
    # the receiver told again by the last words of its name, between the verb and "by"
    ("Officials met at the Samarkand Regional Medical Centre. Two CT scanners and 40 patient monitors were delivered "
     "to the centre by the Korea International Cooperation Agency.\n",
     [(("korea-international-cooperation-agency",), ("samarkand-regional-medical-centre",), "delivered", "CT scanners"),
      (("korea-international-cooperation-agency",), ("samarkand-regional-medical-centre",), "delivered",
       "patient monitors")]),
    ("Japan and the Philippines held talks. The Philippine Coast Guard sent a delegation. Two patrol boats will be "
     "handed over to the coast guard by the Japan International Cooperation Agency next month.\n",
     [(("japan-international-cooperation-agency",), ("philippine-coast-guard",), "pledged", "patrol boats")]),
    # or by the words of its name before "of"
    ("Donors met in Chad. The Ministry of Water and Energy hosted them. Forty solar water pumps have been transferred "
     "to the ministry by the European Union.\n",
     [(("european-union",), ("ministry-of-water-and-energy",), "delivered", "solar water pumps")]),
    ("Donors met in Kyiv. The State Emergency Service of Ukraine took part. Thirty fire engines were donated to the "
     "emergency service by Poland on Monday.\n",
     [(("poland",), ("state-emergency-service-of-ukraine",), "delivered", "fire engines")]),
    # an apposition that sums up the things listed is no thing of its own
    ("Officials met at the Samarkand Regional Medical Centre. An ultrasound system and sterilisation equipment, the "
     "remaining items in the first consignment, are due to be handed over to the centre by Japan in the spring.\n",
     [(("japan",), ("samarkand-regional-medical-centre",), "pledged", "ultrasound system"),
      (("japan",), ("samarkand-regional-medical-centre",), "pledged", "sterilisation equipment")]),
    # not to fire: no body the text names, or a "by" that names a cause
    ("Donors met in Kyiv to discuss aid to Ukraine. Thirty fire engines were handed over to the villagers by Poland "
     "on Monday.\n", []),
    ("Donors met in Kyiv. The State Emergency Service of Ukraine took part. Thirty fire engines were damaged in the "
     "service by Russian strikes on Monday.\n", []),
])
def test_a_passive_names_its_receiver_before_by(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    ("Donors met to discuss aid to Mozambique. In Beira, UNICEF staff on Monday delivered 40 tonnes of therapeutic "
     "food to clinics in the city.\n",
     [(("unicef",), ("mozambique",), "delivered", "40 tonnes of therapeutic food")]),
    ("Donors met to discuss aid to Bangladesh. World Food Programme teams have distributed 12,000 sacks of rice to "
     "flood-hit villages, officials said.\n",
     [(("world-food-programme",), ("bangladesh",), "delivered", "sacks of rice")]),
    ("Donors met to discuss aid to South Sudan. Médecins Sans Frontières medics will provide 5,000 cholera vaccines "
     "to Bor county.\n",
     [(("medecins-sans-frontieres",), ("south-sudan",), "pledged", "cholera vaccines")]),
    ("Donors met to discuss aid to Ukraine. Polish Red Cross workers sent 20 generators to Kharkiv hospitals last "
     "week.\n",
     [(("polish-red-cross",), ("ukraine",), "delivered", "generators")]),
    # a body of the receiving country itself gives to people at home, not to its state
    ("Donors met to discuss aid to Malawi. Malawi Red Cross Society volunteers handed over 3,000 hygiene kits to "
     "displaced families in camps in Chikwawa on Tuesday.\n",
     [(("malawi-red-cross-society",), (), "delivered", "hygiene kits")]),
    # not to fire: a country's adjective is no body, and the people of a body may receive
    ("Donors met to discuss aid to Ukraine. Ukrainian volunteers handed out food parcels to displaced families in "
     "Kharkiv.\n", []),
    ("Donors met to discuss aid to Ukraine. Red Cross volunteers received 20 generators from Germany last week.\n",
     []),
])
def test_the_people_of_a_body_hand_over_for_it(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    ("Donors met to discuss aid to Antigua and Barbuda. A Mexican navy ship has docked in St John's, and the 12,000 "
     "food parcels it carried have been handed over to Antigua and Barbuda's National Office of Disaster Services, "
     "Mexico said.\n",
     [(("mexico",), ("national-office-of-disaster-services",), "delivered", "food parcels")]),
    ("Donors met to discuss aid to Moldova. Forty diesel generators were delivered to Moldova on Monday, Romania's "
     "embassy said.\n",
     [(("romania",), ("moldova",), "delivered", "diesel generators")]),
    ("Donors met to discuss aid to Sudan. Some 5,000 shelter kits will be handed over to the Sudanese Red Crescent in "
     "Port Sudan next week, Qatar announced.\n",
     [(("qatar",), ("sudanese-red-crescent",), "pledged", "shelter kits")]),
    ("Donors met to discuss aid to Ukraine. Two field hospitals have been transferred to Ukraine's health ministry, "
     "the Norwegian government said.\n",
     [(("norway",), ("ukraine",), "delivered", "field hospitals")]),
    # not to fire: the receiver reports it, or one named only by an adjective, or a new clause after "and"
    ("Donors met to discuss aid to Ukraine. Two field hospitals have been handed over to Ukraine, Ukraine's health "
     "ministry said.\n", []),
    ("Donors met to discuss aid to Ukraine. Two field hospitals have been transferred to Ukraine, a Norwegian "
     "official said.\n", []),
    ("Donors met to discuss aid to Ukraine. Two field hospitals have been transferred to Ukraine, and Poland said it "
     "would send more.\n", []),
])
def test_a_handover_told_by_the_one_who_reports_it_after(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the things named again, then handed on in the passive
    ("Zambia needs help. A British plane carrying 30 tonnes of tents landed in Lusaka, and the tents were handed over "
     "on the tarmac to the Zambia Red Cross Society.\n",
     [(("united-kingdom",), ("zambia-red-cross-society",), "delivered", "30 tonnes of tents")]),
    # handed on by one who hands them, named by a role or by name
    ("Zambia needs help. Britain delivered 30 tonnes of tents, which the high commissioner handed over on the tarmac "
     "to the Zambia Red Cross Society.\n",
     [(("united-kingdom",), ("zambia-red-cross-society",), "delivered", "30 tonnes of tents")]),
    ("Zambia needs help. Britain delivered 30 tonnes of tents, which Ambassador Jane Smith handed over on the tarmac "
     "to the Zambia Red Cross Society.\n",
     [(("united-kingdom",), ("zambia-red-cross-society",), "delivered", "30 tonnes of tents")]),
    # "presented", and a cargo read after "with" that ends before ", which"
    ("Zambia needs help. A British plane landed with 30 tonnes of tents and blankets, which were presented on the "
     "tarmac to the Zambia Red Cross Society.\n",
     [(("united-kingdom",), ("zambia-red-cross-society",), "delivered", "30 tonnes of tents and blankets")]),
    # "handed them over" in the next sentence, "handed over the cargo" after a semicolon
    ("Zambia needs help. A British plane carrying 30 tonnes of tents landed in Lusaka on Monday. High Commissioner "
     "Jane Smith handed them over on the tarmac to the Zambia Red Cross Society.\n",
     [(("united-kingdom",), ("zambia-red-cross-society",), "delivered", "30 tonnes of tents")]),
    ("Zambia needs help. A British plane carrying 30 tonnes of tents and 500 kits landed in Lusaka on Monday; High "
     "Commissioner Jane Smith handed over the cargo on the tarmac to the Zambia Red Cross Society.\n",
     [(("united-kingdom",), ("zambia-red-cross-society",), "delivered", "30 tonnes of tents"),
      (("united-kingdom",), ("zambia-red-cross-society",), "delivered", "kits")]),
    # not to fire: something else handed over, or handed on to a person
    ("Zambia needs help. A British plane carrying 30 tonnes of tents landed in Lusaka on Monday. High Commissioner "
     "Jane Smith handed over a letter to the Zambia Red Cross Society.\n",
     [(("united-kingdom",), ("zambia",), "delivered", "30 tonnes of tents")]),
    ("Zambia needs help. Britain delivered 30 tonnes of tents, which were handed over to Jane Smith, who leads the "
     "Zambia Red Cross Society.\n",
     [(("united-kingdom",), ("zambia",), "delivered", "30 tonnes of tents")]),
])
def test_things_handed_on_to_the_body_that_takes_them(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments
