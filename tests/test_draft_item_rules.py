"""`factsheet draft`: rules of the item reader, each on an invented sentence: where the words of a thing
given start and end, how a list splits into things, and what counts as a thing of aid."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _items(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    return [(c.givers, c.receivers, c.status, c.items[0].name) for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "commitments"), [
    # a thing of a list with a phrase of its own ("in the Andes") does not end the list
    ("Peru needs help. Japan has announced a package for Peru. It covers roof repairs, the rebuilding of health "
     "posts in the Andes, and cash grants for 9,000 families.\n",
     [(("japan",), ("peru",), "pledged", "package"), (("japan",), ("peru",), "pledged", "roof repairs"),
      (("japan",), ("peru",), "pledged", "rebuilding of health posts"),
      (("japan",), ("peru",), "pledged", "cash grants")]),
    ("Peru needs help. Japan will provide 300 water pumps, the repair of irrigation canals in the north, and school "
     "meals for children to Peru.\n",
     [(("japan",), ("peru",), "pledged", "water pumps"), (("japan",), ("peru",), "pledged", "repair of irrigation canals"),
      (("japan",), ("peru",), "pledged", "school meals")]),
    ("Peru needs help. Japan delivered 40 ambulances, 2,000 hygiene kits for clinics in Cusco, and 300 solar lamps "
     "to Peru.\n",
     [(("japan",), ("peru",), "delivered", "ambulances"), (("japan",), ("peru",), "delivered", "hygiene kits"),
      (("japan",), ("peru",), "delivered", "solar lamps")]),
    # the one who says it, after the place, is no thing of the list
    ("Peru needs help. Japan sent 40 ambulances and 300 tents to Peru in the Andes, the ministry said.\n",
     [(("japan",), ("peru",), "delivered", "ambulances"), (("japan",), ("peru",), "delivered", "tents")]),
])
def test_a_list_goes_on_past_the_phrase_of_one_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "along with", "as well as" after the phrases of the first thing (its receiver, its time, who says it)
    ("Chile needs help. Spain will donate two Mistral launchers to Chile from army stocks, she said, along with an "
     "initial load of missiles and a four-week training course in Spain for about 30 Chilean operators.\n",
     [(("spain",), ("chile",), "pledged", "Mistral launchers"),
      (("spain",), ("chile",), "pledged", "initial load of missiles"),
      (("spain",), ("chile",), "pledged", "four-week training course")]),
    ("Chile needs help. Spain will send three more NASAMS batteries to Chile before the end of the year, along with "
     "missiles for the systems Chile already operates.\n",
     [(("spain",), ("chile",), "pledged", "NASAMS batteries"), (("spain",), ("chile",), "pledged", "missiles")]),
    ("Chile asked Spain for at least 12 more Patriot and IRIS-T fire units before the winter, as well as a steady "
     "supply of missiles for the systems it already operates.\n",
     [(("spain",), ("chile",), "asked", "Patriot and IRIS-T fire units"),
      (("spain",), ("chile",), "asked", "steady supply of missiles")]),
    # not to fire: one who gives alongside, or a second receiver, is no thing given
    ("Chile needs help. Spain sent 40 tents to Chile on Monday, along with Portugal.\n",
     [(("spain",), ("chile",), "delivered", "tents")]),
    ("Chile needs help. Spain sent 40 tents to Chile on Monday, as well as Argentina's emergency service.\n",
     [(("spain",), ("chile",), "delivered", "tents")]),
    ("Chile needs help. Spain sent 40 tents to Chile on Monday, as well as to Peru.\n",
     [(("spain",), ("chile",), "delivered", "tents")]),
])
def test_a_second_thing_after_the_phrases_of_the_first(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "of which" a share "is earmarked for" an aim: the sum, and the share named by its aim
    ("Kenya needs help. The World Bank pledged $900m to Kenya, of which $250m is earmarked for school meals in arid "
     "counties and the rest for road repairs.\n",
     [(("world-bank",), ("kenya",), "pledged", "$900m"),
      (("world-bank",), ("kenya",), "pledged", "school meals in arid counties")]),
    ("Kenya needs help. Sweden will pay 60 million kronor a year to Kenya, of which 12 million kronor will be set "
     "aside for the training of nurses.\n",
     [(("sweden",), ("kenya",), "pledged", "60 million kronor a year"),
      (("sweden",), ("kenya",), "pledged", "training of nurses")]),
    ("Kenya needs help. The EU made the largest pledge: €1.2bn, of which €300m is allocated to rebuilding bridges in "
     "flooded districts and the remainder to budget support.\n",
     [(("eu",), ("kenya",), "pledged", "€1.2bn"), (("eu",), ("kenya",), "pledged", "rebuilding bridges in flooded districts")]),
    # not to fire: a share spent or paid out says no aim of its own
    ("Kenya needs help. The EU pledged €1.2bn to Kenya, of which €300m was disbursed last year.\n",
     [(("eu",), ("kenya",), "pledged", "€1.2bn")]),
])
def test_a_share_of_a_sum_earmarked_for_an_aim(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a thing worth a sum is money given, whatever the noun the sum qualifies
    ("Nepal needs help. The World Bank approved a US$150 million credit for Nepal.\n",
     [(("world-bank",), ("nepal",), "pledged", "US$150 million credit")]),
    ("Nepal needs help. The ADB will extend a fresh $75 million disbursement to Nepal.\n",
     [(("adb",), ("nepal",), "pledged", "$75 million disbursement")]),
    ("Nepal needs help. India offered a $2 billion currency swap line to Nepal.\n",
     [(("india",), ("nepal",), "pledged", "$2 billion currency swap line")]),
    # not to fire: a year is no sum, and a message no gift whatever its worth
    ("Nepal needs help. India sent a 2020 statement to Nepal. Japan sent a $5 million message to Nepal.\n", []),
])
def test_a_thing_worth_a_sum_is_money_given(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a word of aid inside another word names no aid: "farewell" is no well, "oversight" no sight, "harvest" no vest
    ("Fiji needs help. Canada sent farewell greetings to Fiji.\n", []),
    ("Fiji needs help. Canada offered its oversight to Fiji.\n", []),
    ("Fiji needs help. Canada promised a harvest festival to Fiji.\n", []),
    # the words themselves still do
    ("Fiji needs help. Canada sent bulletproof vests, night sights and machine guns to Fiji.\n",
     [(("canada",), ("fiji",), "delivered", "bulletproof vests"), (("canada",), ("fiji",), "delivered", "night sights"),
      (("canada",), ("fiji",), "delivered", "machine guns")]),
    ("Fiji needs help. Canada will fund new wells and a training course for Fiji.\n",
     [(("canada",), ("fiji",), "pledged", "wells"), (("canada",), ("fiji",), "pledged", "training course")]),
    ("Fiji needs help. Canada delivered artillery shells to Fiji.\n",
     [(("canada",), ("fiji",), "delivered", "artillery shells")]),
])
def test_a_word_of_aid_is_a_whole_word(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # goods of a school, a farm, a road, a cold chain or a clinic, and people sent to work, are things given
    ("Fiji needs help. Canada delivered desks and textbooks to Fiji.\n",
     [(("canada",), ("fiji",), "delivered", "desks and textbooks")]),
    ("Fiji needs help. Canada delivered pesticide to Fiji. Australia will send veterinary kits to Fiji.\n",
     [(("canada",), ("fiji",), "delivered", "pesticide"), (("australia",), ("fiji",), "pledged", "veterinary kits")]),
    ("Fiji needs help. Canada sent water bombers to Fiji. Japan donated motorbikes to Fiji.\n",
     [(("canada",), ("fiji",), "delivered", "water bombers"), (("japan",), ("fiji",), "delivered", "motorbikes")]),
    ("Fiji needs help. Canada will supply cold rooms to Fiji. Japan handed over wheelchairs to Fiji.\n",
     [(("canada",), ("fiji",), "pledged", "cold rooms"), (("japan",), ("fiji",), "delivered", "wheelchairs")]),
    ("Fiji needs help. Canada will send hydrologists to Fiji. Japan sent surgeons to Fiji.\n",
     [(("canada",), ("fiji",), "pledged", "hydrologists"), (("japan",), ("fiji",), "delivered", "surgeons")]),
    # not to fire: a panel of people, or words of sympathy, are no goods
    ("Fiji needs help. Canada sent a panel of judges to Fiji. Japan sent its best wishes to Fiji.\n", []),
])
def test_goods_and_people_sent_beyond_the_words_of_arms_and_relief(text: str,
                                                                    commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the one who reports a list, named with a title, ends it
    ("Jordan needs help. Kuwait has pledged $80m to Jordan, split between budget support for host communities and "
     "health services for refugees, the chief executive of the Kuwait Fund, Omar Haddad, told the hall.\n",
     [(("kuwait",), ("jordan",), "pledged", "$80m"), (("kuwait",), ("jordan",), "pledged", "budget support"),
      (("kuwait",), ("jordan",), "pledged", "health services")]),
    ("Jordan needs help. Kuwait has pledged $80m to Jordan, covering school repairs, water trucks and cash grants for "
     "families, Omar Haddad, the fund's director, said.\n",
     [(("kuwait",), ("jordan",), "pledged", "$80m"), (("kuwait",), ("jordan",), "pledged", "school repairs"),
      (("kuwait",), ("jordan",), "pledged", "water trucks"), (("kuwait",), ("jordan",), "pledged", "cash grants")]),
    ("Jordan needs help. Kuwait announced a package for Jordan. It includes 40 ambulances, 300 tents and water pumps "
     "for camps, the head of the Kuwaiti Red Crescent, Layla Saleh, said.\n",
     [(("kuwait",), ("jordan",), "pledged", "package"), (("kuwait",), ("jordan",), "pledged", "ambulances"),
      (("kuwait",), ("jordan",), "pledged", "tents"), (("kuwait",), ("jordan",), "pledged", "water pumps")]),
    # not to fire: a sum with no list after it stays one thing
    ("Jordan needs help. Kuwait has pledged $80m to Jordan, the head of the Kuwait Fund, Omar Haddad, told the hall.\n",
     [(("kuwait",), ("jordan",), "pledged", "$80m")]),
])
def test_a_list_ends_where_its_titled_reporter_is_named(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a sum for what it is for, then what that includes: the sum, and each thing the list names
    ("Peru needs help. The United States will provide USD 30 million for border security equipment for Peru's river "
     "ports, including thermal cameras and perimeter fencing.\n",
     [(("united-states",), ("peru",), "pledged", "USD 30 million"),
      (("united-states",), ("peru",), "pledged", "thermal cameras"),
      (("united-states",), ("peru",), "pledged", "perimeter fencing")]),
    ("Laos needs help. Japan will give 12 million euros to Laos for clearance work in Savannakhet, including "
     "training for 300 deminers recruited from local villages.\n",
     [(("japan",), ("laos",), "pledged", "12 million euros"), (("japan",), ("laos",), "pledged", "training")]),
    ("Haiti needs help. Canada will send $8 million for Haiti's police, including body armour, radios and "
     "patrol cars, the minister said.\n",
     [(("canada",), ("haiti",), "pledged", "$8 million"), (("canada",), ("haiti",), "pledged", "body armour"),
      (("canada",), ("haiti",), "pledged", "radios"), (("canada",), ("haiti",), "pledged", "patrol cars")]),
    # not to fire: a sum "in" what it is, whose list describes it, a purpose said by a verb whose list names places, or a
    # list of no things
    ("Peru needs help. Britain pledged £50m in humanitarian aid for Peru, including blankets and water tanks.\n",
     [(("united-kingdom",), ("peru",), "pledged", "£50m")]),
    ("Peru needs help. Japan will give 40 million euros to upgrade water networks for Peru in three regions, including "
     "Tumbes, Piura and Cusco.\n",
     [(("japan",), ("peru",), "pledged", "40 million euros")]),
    ("Peru needs help. Canada pledged $20 million for Peru, including sums announced last year.\n",
     [(("canada",), ("peru",), "pledged", "$20 million")]),
    ("Haiti needs help. The World Bank approved $800 million in new financing over four years for Haiti, including "
     "budget support.\n", [(("world-bank",), ("haiti",), "pledged", "$800 million")]),
])
def test_a_sum_for_an_aim_including_things(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # help named only by the task it is for: the task is the thing asked or given
    ("Mozambique needs help. Mozambique asked partners for help in extending piped water to the camps around Beira, "
     "where most cases occurred.\n",
     [((), ("mozambique",), "asked", "extending piped water")]),
    ("Chad needs help. France will provide technical assistance in completing the Ndjamena power line to Chad.\n",
     [(("france",), ("chad",), "pledged", "completing the Ndjamena power line")]),
    ("Chad needs help. Germany offered Chad help with rebuilding the bridges of the delta.\n",
     [(("germany",), ("chad",), "pledged", "rebuilding the bridges of the delta")]),
    ("Chad needs help. Italy sent help in rebuilding clinics to Chad.\n",
     [(("italy",), ("chad",), "delivered", "rebuilding clinics")]),
    # not to fire: a time, or a task that is no work of aid
    ("Chad needs help. Chad asked donors for help in the coming weeks.\n", []),
    ("Chad needs help. France will provide Chad with support in dealing with the crisis.\n",
     [(("france",), ("chad",), "pledged", "support")]),
])
def test_help_named_by_its_task(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # those paid to make the thing stand between the verb and the thing, which is what is given
    ("Kenya needs help. Denmark signed an agreement under which Denmark will pay Kenyan companies to build 18 fire "
     "engines.\n", [(("denmark",), ("kenya",), "agreed", "fire engines")]),
    ("Kenya needs help. Sweden is funding local firms to produce 5,000 water filters for Kenya.\n",
     [(("sweden",), ("kenya",), "delivered", "water filters")]),
    ("Ghana needs help. Norway will pay Ghanaian shipyards to build four patrol boats.\n",
     [(("norway",), ("ghana",), "pledged", "patrol boats")]),
    # not to fire: a study is no thing made
    ("Kenya needs help. Denmark will pay Kenyan companies to study the project.\n", []),
])
def test_the_thing_those_paid_make(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a second thing after a long phrase of the first: what a sum is for, or the way and time of a delivery
    ("Peru needs help. Japan will provide 40 billion yen in grant aid for the reconstruction of Peru's flooded "
     "northern provinces, as well as equipment for the Peruvian fire service, including 20 fire engines.\n",
     [(("japan",), ("peru",), "pledged", "40 billion yen"), (("japan",), ("peru",), "pledged", "fire engines")]),
    ("Peru needs help. Spain will send three water treatment plants to Peru before the rains begin in the northern "
     "Andes in December, along with 40 tonnes of chlorine.\n",
     [(("spain",), ("peru",), "pledged", "water treatment plants"),
      (("spain",), ("peru",), "pledged", "40 tonnes of chlorine")]),
    ("Peru needs help. Japan will deliver 300 ambulances to Peru by sea from Yokohama to the Pacific port of Callao "
     "before the end of March, together with spare parts for the fleet.\n",
     [(("japan",), ("peru",), "pledged", "ambulances"), (("japan",), ("peru",), "pledged", "spare parts")]),
    # not to fire: one who gives alongside, or a second receiver, after the long phrase
    ("Chile needs help. Spain sent 40 tents to Chile in a convoy that crossed the Andes from Mendoza on Monday, along "
     "with Portugal's civil protection service.\n", [(("spain",), ("chile",), "delivered", "tents")]),
    ("Chile needs help. Spain sent 40 tents to Chile in a convoy that crossed the Andes from Mendoza on Monday, as "
     "well as to Peru.\n", [(("spain",), ("chile",), "delivered", "tents")]),
])
def test_a_second_thing_after_a_long_phrase_of_the_first(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a share of a country's wealth spent on a thing: the thing is what is given
    ("Kenya needs help. Finland said it would again spend 0.25% of its GDP on military aid for Kenya next year.\n",
     [(("finland",), ("kenya",), "pledged", "military aid")]),
    ("Kenya needs help. Norway will give 0.7 percent of its gross national income to development aid for Kenya.\n",
     [(("norway",), ("kenya",), "pledged", "development aid")]),
    ("Kenya needs help. Estonia pledged 1 per cent of its defence budget to military assistance for Kenya.\n",
     [(("estonia",), ("kenya",), "pledged", "military assistance")]),
    # not to fire: a share spent at home, or on a place, gives nothing
    ("Kenya needs help. Finland will spend 2% of its GDP on defence.\n", []),
    ("Kenya needs help. Finland will spend 2% of its GDP on Kenya.\n", []),
])
def test_a_share_of_wealth_spent_on_a_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a participle's clause set off on a thing, then "and" the next thing of the list
    ("Peru needs help. Spain sent 20 ambulances, built in Zaragoza, and 300 tents to Peru.\n",
     [(("spain",), ("peru",), "delivered", "ambulances"), (("spain",), ("peru",), "delivered", "tents")]),
    ("Peru needs help. Chile's earlier donations include Patriot launchers, bought from the United States, and IRIS-T "
     "systems, all of which have been handed over to Peru.\n",
     [(("chile",), ("peru",), "pledged", "Patriot launchers"), (("chile",), ("peru",), "pledged", "IRIS-T systems")]),
    ("Peru needs help. Japan delivered 40 generators, shipped in March, and two mobile clinics to Peru.\n",
     [(("japan",), ("peru",), "delivered", "generators"), (("japan",), ("peru",), "delivered", "mobile clinics")]),
    # not to fire: a clause with a subject of its own after the aside
    ("Peru needs help. Japan delivered 40 generators to Peru, shipped last week, and the ministry said more would "
     "follow.\n", [(("japan",), ("peru",), "delivered", "generators")]),
    ("Peru needs help. Japan delivered 40 generators, financed by the bank, and Italy sent tents.\n",
     [(("japan",), ("peru",), "delivered", "generators"), (("italy",), ("peru",), "delivered", "tents")]),
])
def test_a_list_goes_on_past_a_participle_set_off(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a sum added to what is given already is given all the same
    ("Peru needs help. Peru asked the IMF for an increase of about $180 million in its current programme, citing "
     "energy prices.\n", [(("imf",), ("peru",), "asked", "$180 million")]),
    ("Peru needs help. The World Bank approved a top-up of €50 million to its loan to Peru.\n",
     [(("world-bank",), ("peru",), "pledged", "€50 million")]),
    ("Peru needs help. Japan announced a boost of $20m to Peru.\n", [(("japan",), ("peru",), "pledged", "$20m")]),
    # not to fire: an increase that is no sum
    ("Peru needs help. Peru asked Japan for an increase of 20% in its quota.\n", []),
])
def test_a_sum_added_is_given(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the work toward a thing names the thing; a ceiling on its worth opens no receiver
    ("Peru needs help. Peru has asked the EU to speed up work on a so-called reconstruction loan of up to 40 billion "
     "euros, which would use frozen assets.\n", [(("eu",), ("peru",), "asked", "so-called reconstruction loan")]),
    ("Peru needs help. Peru asked the World Bank to speed up preparations for a new emergency loan.\n",
     [(("world-bank",), ("peru",), "asked", "emergency loan")]),
    ("Peru needs help. Japan approved a loan of up to $500 million for Peru.\n",
     [(("japan",), ("peru",), "pledged", "loan")]),
    # not to fire: work on a place is no thing given
    ("Peru needs help. Peru asked Japan to speed up work on the border.\n", []),
])
def test_work_toward_a_thing_names_it(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # intelligence or imagery shared is given as much as goods
    ("Peru needs help. The United States pledged continued intelligence sharing with Peru.\n",
     [(("united-states",), ("peru",), "pledged", "continued intelligence sharing")]),
    ("Peru needs help. Spain will provide satellite imagery to Peru.\n",
     [(("spain",), ("peru",), "pledged", "satellite imagery")]),
    ("Peru needs help. France has delivered radar data and ten patrol boats to Peru.\n",
     [(("france",), ("peru",), "delivered", "radar data"), (("france",), ("peru",), "delivered", "patrol boats")]),
    # not to fire: intelligence that is no thing shared
    ("Peru needs help. Spain will provide an intelligence assessment to Peru.\n", []),
])
def test_what_a_partner_shares(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a package "with" the things it holds: the package, and each thing
    ("Fiji needs help. Norway announced a NOK 50 million package for Fiji with 12 ambulances, 400 tents and water "
     "filters.\n",
     [(("norway",), ("fiji",), "pledged", "NOK 50 million package"), (("norway",), ("fiji",), "pledged", "ambulances"),
      (("norway",), ("fiji",), "pledged", "tents"), (("norway",), ("fiji",), "pledged", "water filters")]),
    ("Fiji needs help. Norway has delivered a relief package to Fiji with two field hospitals and 3,000 blankets.\n",
     [(("norway",), ("fiji",), "delivered", "relief package"), (("norway",), ("fiji",), "delivered", "field hospitals"),
      (("norway",), ("fiji",), "delivered", "blankets")]),
    ("Fiji needs help. Norway will send a new package with 20 generators and 500 heaters to Fiji next month.\n",
     [(("norway",), ("fiji",), "pledged", "package"), (("norway",), ("fiji",), "pledged", "generators"),
      (("norway",), ("fiji",), "pledged", "heaters")]),
    # not to fire: a "with" that names a partner, or no things of aid
    ("Fiji needs help. Norway announced a $1 billion financing package with the World Bank for roads in Fiji.\n",
     [(("norway",), ("fiji",), "pledged", "$1 billion financing package")]),
    ("Fiji needs help. Norway announced a package for Fiji with partners and lenders.\n",
     [(("norway",), ("fiji",), "pledged", "package")]),
])
def test_a_package_with_its_things(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a donation or a shipment that lists its things: the whole, and each thing
    ("Fiji needs help. Fiji received a donation from Norway valued at US$2.1 million, comprising 30 pickups, 500 radios "
     "and 12 drones.\n",
     [(("norway",), ("fiji",), "delivered", "donation"), (("norway",), ("fiji",), "delivered", "pickups"),
      (("norway",), ("fiji",), "delivered", "radios"), (("norway",), ("fiji",), "delivered", "drones")]),
    ("Fiji needs help. Norway sent a shipment to Fiji comprising 40 generators and 300 heaters.\n",
     [(("norway",), ("fiji",), "delivered", "shipment"), (("norway",), ("fiji",), "delivered", "generators"),
      (("norway",), ("fiji",), "delivered", "heaters")]),
    ("Fiji needs help. Norway handed over a donation worth €2 million to Fiji, made up of 15 boats and 200 life "
     "jackets.\n",
     [(("norway",), ("fiji",), "delivered", "donation"), (("norway",), ("fiji",), "delivered", "boats"),
      (("norway",), ("fiji",), "delivered", "life jackets")]),
    # not to fire: a list of places is no thing given
    ("Fiji needs help. Norway made a donation to Fiji, comprising the region of Ba.\n", []),
])
def test_a_donation_with_its_things(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


def test_a_donation_keeps_what_it_is_worth() -> None:
    found = analyse("Fiji needs help. Fiji received a donation from Norway valued at US$2.1 million, comprising 30 "
                    "pickups and 500 radios.\n", "s").commitments
    assert "US$2.1 million" in found[0].wordings


def _wordings(text: str) -> list[tuple[str, ...]]:
    return [c.wordings for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "wordings"), [
    # two sums, each for its own aim, are two things
    ("Fiji needs help. Norway pledged $100m for housing repairs and $50m for school meals to Fiji.\n",
     [("$100m for housing repairs", "$100m"), ("$50m for school meals", "$50m")]),
    ("Fiji needs help. Norway announced NZ$3 million for flood defences in Suva and NZ$2 million for early warning "
     "systems.\n", [("NZ$3 million for flood defences in Suva", "NZ$3 million"),
                    ("NZ$2 million for early warning systems", "NZ$2 million")]),
    ("Fiji needs help. Norway will give Fiji €40 million for road repairs and a further €15 million for teacher "
     "salaries.\n", [("€40 million for road repairs", "€40 million"), ("€15 million for teacher salaries", "€15 million")]),
    # not to fire: a second sum with no aim of its own
    ("Fiji needs help. Norway pledged $100m for housing repairs and $50m in 2027 to Fiji.\n",
     [("$100m for housing repairs", "$100m")]),
])
def test_two_sums_each_for_its_aim(text: str, wordings: list[tuple[str, ...]]) -> None:
    assert _wordings(text) == wordings


@pytest.mark.parametrize(("text", "wordings"), [
    # where the gift was told, or the receiver named last, is no part of what a sum is for
    ("Fiji needs help. Norway pledged $5 million for schools to Fiji at a meeting in Apia.\n",
     [("$5 million for schools", "$5 million")]),
    ("Fiji needs help. Norway pledged €2m for clinics during the donors' conference in Suva.\n",
     [("€2m for clinics", "€2m")]),
    ("Fiji needs help. Norway gave £3m for water tanks to the Fiji Red Cross on the sidelines of the summit.\n",
     [("£3m for water tanks", "£3m")]),
    # not to fire: a place the aim is at, or a name the aim goes on past
    ("Fiji needs help. Norway announced £8m for new wells at Lautoka.\n", [("£8m for new wells at Lautoka", "£8m")]),
    ("Fiji needs help. Norway announced $20 million for repairs to Fiji's power grid.\n",
     [("$20 million for repairs to Fiji's power grid", "$20 million")]),
])
def test_where_a_gift_was_told_is_no_aim(text: str, wordings: list[tuple[str, ...]]) -> None:
    assert _wordings(text) == wordings


@pytest.mark.parametrize(("text", "commitments"), [
    # the notes two governments sign on a grant or loan: the grant or loan is what is given
    ("Laos needs help. Japan and Laos signed and exchanged notes on a grant of 1.2 billion yen for medical equipment for "
     "hospitals in the south.\n", [(("japan",), ("laos",), "signed", "grant of 1.2 billion yen")]),
    ("Laos needs help. Japan and Laos signed letters on a grant for school buildings.\n",
     [(("japan",), ("laos",), "signed", "grant")]),
    ("Laos needs help. Japan and Laos signed notes concerning a loan for new bridges.\n",
     [(("japan",), ("laos",), "signed", "loan")]),
    # not to fire: notes on no grant
    ("Laos needs help. Japan and Laos exchanged notes on the weather.\n", []),
])
def test_notes_on_a_grant(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # surveys paid for are given as much as studies
    ("Laos needs help. FAO said it would fund soil surveys in Laos this year.\n",
     [(("fao",), ("laos",), "pledged", "soil surveys")]),
    ("Laos needs help. Japan will finance geological surveys for Laos.\n",
     [(("japan",), ("laos",), "pledged", "geological surveys")]),
    ("Laos needs help. Japan will pay for a survey of damaged bridges in Laos.\n",
     [(("japan",), ("laos",), "pledged", "survey of damaged bridges")]),
    # not to fire: a survey that only reports
    ("Laos needs help. Japan has been slow to help Laos, a survey of donors showed.\n", []),
])
def test_surveys_paid_for(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # things of aid, counted, are given when announced
    ("Laos needs help. Japan also announced 500 scholarships for Lao students to study medicine at Japanese "
     "universities.\n", [(("japan",), ("laos",), "pledged", "scholarships")]),
    ("Laos needs help. Norway announced 40 ambulances for Laos.\n", [(("norway",), ("laos",), "pledged", "ambulances")]),
    ("Laos needs help. South Korea has announced 3,000 hygiene kits for Laos.\n",
     [(("south-korea",), ("laos",), "pledged", "hygiene kits")]),
    # not to fire: a number of projects or of cuts announced is no gift
    ("Laos needs help. Japan announced 12 new projects for Laos.\n", []),
    ("Laos needs help. Japan announced 500 job cuts at its embassy in Laos.\n", []),
])
def test_counted_aid_announced(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a sum told, then what it pays for in the next sentence: each thing, from the same giver to the same receiver
    ("Chile needs help. Sweden will give Chile 40 million kronor this year. The money will pay for water pumps and "
     "field kitchens, she said.\n",
     [(("sweden",), ("chile",), "pledged", "40 million kronor"), (("sweden",), ("chile",), "pledged", "water pumps"),
      (("sweden",), ("chile",), "pledged", "field kitchens")]),
    ("Chile needs help. Canada approved a C$20 million grant for Chile on Monday. The grant is earmarked for seed and "
     "fertiliser.\n",
     [(("canada",), ("chile",), "pledged", "C$20 million grant"), (("canada",), ("chile",), "pledged", "seed"),
      (("canada",), ("chile",), "pledged", "fertiliser")]),
    ("Chile needs help. The EU pledged €500,000 to Chile. The money will be used for drinking water, shelter and "
     "hygiene supplies, it said.\n",
     [(("eu",), ("chile",), "pledged", "€500,000"), (("eu",), ("chile",), "pledged", "drinking water"),
      (("eu",), ("chile",), "pledged", "shelter"), (("eu",), ("chile",), "pledged", "hygiene supplies")]),
    ("Chile needs help. Austria will give 6 million euros to Chile. Its funding covers the repair of a school in "
     "Arica, the minister said.\n",
     [(("austria",), ("chile",), "pledged", "6 million euros"),
      (("austria",), ("chile",), "pledged", "repair of a school")]),
    ("Chile needs help. Canada approved a C$20 million grant for Chile on Monday. The funds would go towards "
     "rebuilding bridges in the south, the minister added.\n",
     [(("canada",), ("chile",), "pledged", "C$20 million grant"),
      (("canada",), ("chile",), "pledged", "rebuilding bridges")]),
    ("Chile needs help. Japan announced a $7 million Japanese contribution to Chile.\n\nThe Japanese contribution "
     "will fund:\n- 30 fully equipped ambulances;\n- 10 water pumps for clinics.\n",
     [(("japan",), ("chile",), "pledged", "$7 million Japanese contribution"),
      (("japan",), ("chile",), "pledged", "fully equipped ambulances"),
      (("japan",), ("chile",), "pledged", "water pumps")]),
    # not to fire: another giver's contribution, a sum no sentence before told, a sum in aid whose own words say
    # what it is for
    ("Chile needs help. Japan announced a $7 million Japanese contribution to Chile.\n\nThe Korean contribution "
     "will fund:\n- 30 fully equipped ambulances;\n- 10 water pumps for clinics.\n",
     [(("japan",), ("chile",), "pledged", "$7 million Japanese contribution")]),
    ("Chile needs help. The talks were held in Santiago. The money will pay for water pumps, she said.\n", []),
    ("Chile needs help. The EU pledged €500,000 in emergency aid to Chile. The money will be used for drinking water, "
     "shelter and hygiene supplies, it said.\n", [(("eu",), ("chile",), "pledged", "€500,000")]),
    ("Chile needs help. The US will provide $95 million in humanitarian assistance to Chile. The money will go mostly "
     "to food and nutrition, she said.\n", [(("united-states",), ("chile",), "pledged", "$95 million")]),
])
def test_what_a_sum_told_before_pays_for(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "Of that", a sum just told split into shares: each share named by its aim
    ("Chile needs help. Spain, which co-hosted the meeting, led with a pledge of €80 million, the minister said. Of "
     "that, €50 million will go towards rebuilding schools, and €30 million to food for displaced families, he said.\n",
     [(("spain",), ("chile",), "pledged", "€80 million"), (("spain",), ("chile",), "pledged", "rebuilding schools"),
      (("spain",), ("chile",), "pledged", "food")]),
    ("Chile needs help. The World Bank pledged $900m to Chile. Of this sum, $200m is earmarked for road repairs and "
     "the rest for clinics.\n",
     [(("world-bank",), ("chile",), "pledged", "$900m"), (("world-bank",), ("chile",), "pledged", "road repairs"),
      (("world-bank",), ("chile",), "pledged", "clinics")]),
    ("Chile needs help. Norway pledged NOK 300 million to Chile. Of the total, NOK 100 million will be spent on "
     "housing grants, and NOK 200 million on water networks.\n",
     [(("norway",), ("chile",), "pledged", "NOK 300 million"), (("norway",), ("chile",), "pledged", "housing grants"),
      (("norway",), ("chile",), "pledged", "water networks")]),
    # not to fire: a share paid out names no aim; a share that goes to a country names no thing, but is a share
    # given to that country
    ("Chile needs help. The World Bank pledged $900m to Chile. Of that, $300m was disbursed last year.\n",
     [(("world-bank",), ("chile",), "pledged", "$900m")]),
    ("Chile needs help. The World Bank pledged $900m to Chile. Of that, $300m will go to Peru.\n",
     [(("world-bank",), ("chile",), "pledged", "$900m"), (("world-bank",), ("peru",), "pledged", "$300m")]),
])
def test_shares_of_a_sum_told_before(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the one who leads a round of pledges gives the sum its pledge names
    ("Chile needs help. Norway followed with a contribution of NOK 50 million to Chile.\n",
     [(("norway",), ("chile",), "pledged", "NOK 50 million")]),
    ("Chile needs help. Japan opened with an initial pledge of $20m for school meals in Chile and Peru, officials "
     "said.\n", [(("japan",), ("chile", "peru"), "pledged", "$20m")]),
    ("Chile needs help. Spain, which hosted the talks, led with a pledge of €80 million, the minister said.\n",
     [(("spain",), ("chile",), "pledged", "€80 million")]),
    # not to fire: a lead with no pledge; a country where the pledge was made receives nothing
    ("Chile needs help. Spain led the talks with a warning about debt.\n", []),
    ("Chile needs help. Japan led with a pledge of $80m at the donors' conference in Spain.\n",
     [(("japan",), ("chile",), "pledged", "$80m")]),
])
def test_a_pledge_that_led_a_round(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "Under the deal", a sum just signed split into shares, one after another after semicolons
    ("Chile needs help. The EU and Chile on Monday signed a partnership worth €240m. The deal was signed in Santiago. "
     "Under the deal, €120m will go to border management; €70m to vocational training for young people; and €50m to "
     "solar energy projects.\n",
     [(("eu",), ("chile",), "signed", "partnership"), (("eu",), ("chile",), "signed", "border management"),
      (("eu",), ("chile",), "signed", "vocational training"), (("eu",), ("chile",), "signed", "solar energy projects")]),
    ("Chile needs help. Japan agreed a $50m package with Chile. Under the package, $30m will be spent on water networks "
     "and the rest on school repairs.\n",
     [(("japan",), ("chile",), "agreed", "$50m package"), (("japan",), ("chile",), "agreed", "water networks"),
      (("japan",), ("chile",), "agreed", "school repairs")]),
    # not to fire: what the deal makes the receiver do, and a plan no sentence before told
    ("Chile needs help. Japan agreed a $50m package with Chile. Under the package, Chile will buy 20 Japanese trains.\n",
     [(("japan",), ("chile",), "agreed", "$50m package")]),
    ("Chile needs help. Under the new plan, $30m will go to water networks.\n", []),
])
def test_shares_under_a_deal_told_before(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a heading that tells a sum, and a list of the sums it splits into
    ("Chile needs help.\n\nThe EU and Chile signed three financing agreements worth a total of €165 million:\n"
     "- €90 million in budget support for Chile's reform programme;\n- €45 million for vocational training;\n"
     "- €30 million for the rehabilitation of water networks in Arica.\n",
     [(("eu",), ("chile",), "signed", "financing agreements"), (("eu",), ("chile",), "signed", "€90 million"),
      (("eu",), ("chile",), "signed", "€45 million"), (("eu",), ("chile",), "signed", "€30 million")]),
    ("Chile needs help.\n\nJapan will give Chile $50 million this year:\n- $30 million for water networks;\n"
     "- $20 million for school repairs.\n",
     [(("japan",), ("chile",), "pledged", "$50 million"), (("japan",), ("chile",), "pledged", "$30 million"),
      (("japan",), ("chile",), "pledged", "$20 million")]),
    # not to fire: a heading that tells no gift, or no sum
    ("Chile needs help.\n\nThe talks covered three subjects:\n- $30 million in trade credits;\n- fisheries.\n", []),
    ("Chile needs help.\n\nJapan will give Chile $50 million this year. Chile's needs, the minister said:\n"
     "- $30 million for water networks;\n- roads.\n", [(("japan",), ("chile",), "pledged", "$50 million")]),
])
def test_a_list_of_the_sums_a_heading_told(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # what the sum pays for, as someone said it
    ("Chile needs help. The largest pledge came from Japan, which announced a $140m package for Chile. Tokyo said the "
     "money would cover the reconstruction of 4,000 damaged homes, the repair of water networks around Arica, and cash "
     "grants for small businesses.\n",
     [(("japan",), ("chile",), "pledged", "$140m package"),
      (("japan",), ("chile",), "pledged", "reconstruction of 4,000 damaged homes"),
      (("japan",), ("chile",), "pledged", "repair of water networks around Arica"),
      (("japan",), ("chile",), "pledged", "cash grants")]),
    ("Chile needs help. Spain pledged €30m to Chile. The minister added that the funds would pay for school meals and "
     "textbooks.\n",
     [(("spain",), ("chile",), "pledged", "€30m"), (("spain",), ("chile",), "pledged", "school meals"),
      (("spain",), ("chile",), "pledged", "textbooks")]),
    # not to fire: talks said to cover their subjects
    ("Chile needs help. Spain pledged €30m to Chile. Officials said the talks would cover trade and fisheries.\n",
     [(("spain",), ("chile",), "pledged", "€30m")]),
])
def test_what_a_sum_pays_for_as_said(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # sums told together, then one by one after an ordinal: each a commitment of the same parties
    ("Chile needs help. The World Bank approved two grants totalling $150 million for Chile. The first, an $85 million "
     "grant for the Arica Water Project, will rehabilitate wells in Arica. The second, a US$65 million grant, will "
     "finance the repair of power lines.\n",
     [(("world-bank",), ("chile",), "pledged", "grants totalling $150 million"),
      (("world-bank",), ("chile",), "pledged", "$85 million grant"),
      (("world-bank",), ("chile",), "pledged", "US$65 million grant")]),
    ("Chile needs help. Japan pledged two loans worth ¥30 billion to Chile. The larger one, a ¥20 billion loan for a "
     "new metro line, will be paid out in June.\n",
     [(("japan",), ("chile",), "pledged", "loans"), (("japan",), ("chile",), "pledged", "¥20 billion loan")]),
    # not to fire: no sum told before, or a first that is no sum
    ("Chile needs help. The first, an $85 million grant for the Arica Water Project, will rehabilitate wells.\n", []),
    ("Chile needs help. Japan pledged $50m to Chile. The first, a team of engineers, will arrive on Monday.\n",
     [(("japan",), ("chile",), "pledged", "$50m")]),
])
def test_sums_told_one_by_one(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the rest of a sum split, told in a sentence of its own
    ("Chile needs help. Japan pledged $150m to Chile. Of that, $100m will go to road repairs. The remaining $50m will "
     "fund school meals.\n",
     [(("japan",), ("chile",), "pledged", "$150m"), (("japan",), ("chile",), "pledged", "road repairs"),
      (("japan",), ("chile",), "pledged", "school meals")]),
    ("Chile needs help. Japan pledged $150m to Chile. Of that, $100m will go to road repairs. The rest will go towards "
     "clinics in the north.\n",
     [(("japan",), ("chile",), "pledged", "$150m"), (("japan",), ("chile",), "pledged", "road repairs"),
      (("japan",), ("chile",), "pledged", "clinics")]),
    ("Chile needs help. Spain pledged €80m to Chile. The remaining €20 million is earmarked for flood defences, she "
     "said.\n", [(("spain",), ("chile",), "pledged", "€80m"), (("spain",), ("chile",), "pledged", "flood defences")]),
    # not to fire: the rest of what is no sum, or a rest of no sum told before
    ("Chile needs help. Spain pledged €80m to Chile. The remaining 20 tents arrived on Monday.\n",
     [(("spain",), ("chile",), "pledged", "€80m")]),
    ("Chile needs help. Spain pledged €80m to Chile. The rest of the delegation will go to Lima.\n",
     [(("spain",), ("chile",), "pledged", "€80m")]),
    ("Chile needs help. The remaining $50m will fund school meals.\n", []),
])
def test_the_rest_of_a_sum_split(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the contents set off between a cargo and the verb of its arrival: the cargo, and each thing it holds
    ("Chile needs help. A Turkish ship carrying 200 tonnes of relief goods, consisting of tents, tarpaulins, blankets, "
     "water filters, hygiene kits and medicines, arrived at the port of Valparaiso in Chile on Monday.\n",
     [(("turkey",), ("chile",), "delivered", "200 tonnes of relief goods"),
      (("turkey",), ("chile",), "delivered", "tents"), (("turkey",), ("chile",), "delivered", "tarpaulins"),
      (("turkey",), ("chile",), "delivered", "blankets"), (("turkey",), ("chile",), "delivered", "water filters"),
      (("turkey",), ("chile",), "delivered", "hygiene kits"), (("turkey",), ("chile",), "delivered", "medicines")]),
    ("Chile needs help. Two Spanish air force planes loaded with emergency supplies, including tents, tarpaulins, "
     "blankets, water purification tablets and kitchen sets, landed in Chile on Tuesday.\n",
     [(("spain",), ("chile",), "delivered", "emergency supplies"), (("spain",), ("chile",), "delivered", "tents"),
      (("spain",), ("chile",), "delivered", "tarpaulins"), (("spain",), ("chile",), "delivered", "blankets"),
      (("spain",), ("chile",), "delivered", "water purification tablets"),
      (("spain",), ("chile",), "delivered", "kitchen sets")]),
    ("Chile needs help. A Peruvian navy vessel carrying 50 tonnes of relief material, comprising rice, beans, cooking "
     "oil, soap, jerrycans and mosquito nets, has docked in Chile.\n",
     [(("peru",), ("chile",), "delivered", "50 tonnes of relief material"), (("peru",), ("chile",), "delivered", "rice"),
      (("peru",), ("chile",), "delivered", "beans"), (("peru",), ("chile",), "delivered", "cooking oil"),
      (("peru",), ("chile",), "delivered", "soap"), (("peru",), ("chile",), "delivered", "jerrycans"),
      (("peru",), ("chile",), "delivered", "mosquito nets")]),
    # not to fire: people who arrive, whatever their list
    ("Chile needs help. The Argentine foreign minister and his delegation, including the ministers of health, "
     "defence and the interior and two advisers, arrived in Chile on Sunday.\n", []),
])
def test_contents_set_off_in_the_subject_of_an_arrival(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the list's last thing ends before the one it went to, at the sentence's end or a comma
    ("Chile needs help. Peru dispatched 50 tonnes of relief material including rice, beans and mosquito nets to "
     "quake-hit Chile.\n",
     [(("peru",), ("chile",), "delivered", "50 tonnes of relief material"), (("peru",), ("chile",), "delivered", "rice"),
      (("peru",), ("chile",), "delivered", "beans"), (("peru",), ("chile",), "delivered", "mosquito nets")]),
    ("Chile needs help. Peru dispatched relief material including rice and mosquito nets to Chile, the minister "
     "said.\n",
     [(("peru",), ("chile",), "delivered", "relief material"), (("peru",), ("chile",), "delivered", "rice"),
      (("peru",), ("chile",), "delivered", "mosquito nets")]),
])
def test_a_list_s_last_thing_ends_before_the_one_it_went_to(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # materials of a kind, then what they include: the materials, and each thing; the receiver after the list no thing
    ("Chile needs help. Spain delivered 12 tonnes of shelter materials, including tarpaulins, rope and tool kits, to "
     "Chile.\n",
     [(("spain",), ("chile",), "delivered", "12 tonnes of shelter materials"),
      (("spain",), ("chile",), "delivered", "tarpaulins"), (("spain",), ("chile",), "delivered", "rope"),
      (("spain",), ("chile",), "delivered", "tool kits")]),
    ("Chile needs help. Japan has sent a plane to Chile carrying 30 tonnes of relief material, comprising tents, "
     "blankets and medicines.\n",
     [(("japan",), ("chile",), "delivered", "30 tonnes of relief material"),
      (("japan",), ("chile",), "delivered", "tents"), (("japan",), ("chile",), "delivered", "blankets"),
      (("japan",), ("chile",), "delivered", "medicines")]),
    # not to fire: materials with no list after them
    ("Chile needs help. Japan has sent 30 tonnes of relief material to Chile.\n",
     [(("japan",), ("chile",), "delivered", "30 tonnes of relief material")]),
])
def test_materials_list_what_they_hold(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the sentence before tells a whole with its sum that no rule reads: the package listed is that one, no older gift
    ("Brazil needs help. Norway pledged $50 million to Brazil. Separately, Peru signed an agreement with Japan on a "
     "mapping programme worth $12 million. The package covers drones and training for rangers.\n",
     [(("norway",), ("brazil",), "pledged", "$50 million")]),
    ("Brazil needs help. Norway pledged $50 million to Brazil. Peru announced a deal of $12 million with Chile on "
     "roads. The new package includes drones and training for rangers.\n",
     [(("norway",), ("brazil",), "pledged", "$50 million")]),
    ("Kenya needs help. Denmark pledged $20 million to Kenya. Uganda unveiled a project worth $5 million for schools. "
     "The package will include desks and textbooks.\n",
     [(("denmark",), ("kenya",), "pledged", "$20 million")]),
    # still the gift told before, when the sentence between tells no whole of its own
    ("Brazil needs help. Norway pledged $50 million to Brazil. Ministers met in Oslo on Monday. The package covers "
     "drones and training for rangers.\n",
     [(("norway",), ("brazil",), "pledged", "$50 million"), (("norway",), ("brazil",), "pledged", "drones"),
      (("norway",), ("brazil",), "pledged", "training")]),
])
def test_a_package_listed_after_a_whole_no_rule_reads(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a whole told just before, then what it holds, past an aside on its sum or the one it is meant for
    ("Chad needs help. Canada will spend $40 million on Chad's police. The new money, about US$30 million, is meant "
     "for the Chadian National Police and includes patrol vehicles, radios and a training program.\n",
     [(("canada",), ("chad",), "pledged", "$40 million"),
      (("canada",), ("chadian-national-police",), "pledged", "patrol vehicles"),
      (("canada",), ("chadian-national-police",), "pledged", "radios"),
      (("canada",), ("chadian-national-police",), "pledged", "training program")]),
    ("Chad needs help. Canada pledged $40 million to Chad. The funding will provide food, shelter materials and "
     "medical supplies.\n",
     [(("canada",), ("chad",), "pledged", "$40 million"), (("canada",), ("chad",), "pledged", "food"),
      (("canada",), ("chad",), "pledged", "shelter materials"), (("canada",), ("chad",), "pledged", "medical supplies")]),
    ("Chad needs help. Canada announced a programme worth $40 million for Chad. The programme includes water pumps, "
     "seeds and training for farmers.\n",
     [(("canada",), ("chad",), "pledged", "programme"), (("canada",), ("chad",), "pledged", "water pumps"),
      (("canada",), ("chad",), "pledged", "seeds"), (("canada",), ("chad",), "pledged", "training")]),
    # not to fire: no list, or a sum only asked for
    ("Chad needs help. Canada pledged $40 million to Chad. The grant, worth $5 million, covers the cost of the "
     "conference.\n", [(("canada",), ("chad",), "pledged", "$40 million")]),
    ("Chad needs help. Chad asked Japan for $40 million. The money would provide food, tents and medicines.\n",
     [(("japan",), ("chad",), "asked", "$40 million")]),
])
def test_what_a_whole_told_before_holds(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the vehicles of a gift just told in the same sentence are to carry things: the same giver gives them
    ("Peru needs help. Chile announced $5 million in emergency aid for Peru, and its foreign minister said that two "
     "navy ships would carry tents and water pumps next week.\n",
     [(("chile",), ("peru",), "pledged", "$5 million"), (("chile",), ("peru",), "pledged", "tents"),
      (("chile",), ("peru",), "pledged", "water pumps")]),
    ("Nepal needs help. Japan pledged ¥500 million to Nepal; three air force transports will bring blankets, tents "
     "and generators.\n",
     [(("japan",), ("nepal",), "pledged", "¥500 million"), (("japan",), ("nepal",), "pledged", "blankets"),
      (("japan",), ("nepal",), "pledged", "tents"), (("japan",), ("nepal",), "pledged", "generators")]),
    ("Peru needs help. Qatar earlier announced 20 million dollars in emergency relief for Peru, and its envoy told "
     "reporters that an air bridge of cargo flights would carry food parcels and shelter materials over the coming "
     "week.\n",
     [(("qatar",), ("peru",), "pledged", "20 million dollars"), (("qatar",), ("peru",), "pledged", "food parcels"),
      (("qatar",), ("peru",), "pledged", "shelter materials")]),
    # not to fire: vehicles that carry no aid, or no gift told in the sentence
    ("Peru needs help. Chile announced $5 million for Peru, and officials said that two charter flights would carry "
     "stranded tourists home.\n", [(("chile",), ("peru",), "pledged", "$5 million")]),
    ("Peru needs help. Officials said that two navy ships would carry tents to Peru.\n", []),
])
def test_cargo_the_vehicles_of_a_gift_are_to_carry(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a list set off by dashes or a colon after a whole says what it holds: the whole, and each thing
    ("Peru needs help. Chile sent relief goods — tents, blankets and stoves — to Peru on Monday.\n",
     [(("chile",), ("peru",), "delivered", "relief goods"), (("chile",), ("peru",), "delivered", "tents"),
      (("chile",), ("peru",), "delivered", "blankets"), (("chile",), ("peru",), "delivered", "stoves")]),
    ("Peru needs help. Chile has sent emergency supplies to Peru – tents, blankets and cooking stoves.\n",
     [(("chile",), ("peru",), "delivered", "emergency supplies"), (("chile",), ("peru",), "delivered", "tents"),
      (("chile",), ("peru",), "delivered", "blankets"), (("chile",), ("peru",), "delivered", "cooking stoves")]),
    ("Fiji needs help. Australia will send medical supplies to Fiji: vaccines, syringes and cold boxes.\n",
     [(("australia",), ("fiji",), "pledged", "medical supplies"), (("australia",), ("fiji",), "pledged", "vaccines"),
      (("australia",), ("fiji",), "pledged", "syringes"), (("australia",), ("fiji",), "pledged", "cold boxes")]),
    # not to fire: an aside between dashes, words after a colon, names after a dash
    ("Peru needs help. Chile sent relief goods — its largest shipment yet — to Peru on Monday.\n",
     [(("chile",), ("peru",), "delivered", "relief goods")]),
    ("Peru needs help. Chile has sent aid to Peru: the first flight landed in Lima on Monday, officials said.\n",
     [(("chile",), ("peru",), "delivered", "aid")]),
    ("Peru needs help. Chile delivered equipment to Peru – Bolivia and Ecuador had asked for the same.\n",
     [(("chile",), ("peru",), "delivered", "equipment")]),
])
def test_a_list_set_off_by_dashes_or_a_colon(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a long place and time between the arrival and "with" its cargo: the cargo, and what it includes
    ("Peru was hit by floods. A chartered cargo plane from Chile landed at Jorge Chávez International Airport shortly "
     "after dawn with 40 tonnes of relief supplies, including family tents, water purification tablets and hygiene "
     "kits, the ministry said.\n",
     [(("chile",), ("peru",), "delivered", "40 tonnes of relief supplies"),
      (("chile",), ("peru",), "delivered", "family tents"),
      (("chile",), ("peru",), "delivered", "water purification tablets"),
      (("chile",), ("peru",), "delivered", "hygiene kits")]),
    ("Peru was hit by floods. A Chilean air force plane touched down at Jorge Chávez International Airport in Lima "
     "late on Sunday with 25 tonnes of food and medicines.\n",
     [(("chile",), ("peru",), "delivered", "25 tonnes of food and medicines")]),
    # not to fire: a plane that lands with people on board
    ("Peru was hit by floods. The Chilean foreign minister's plane landed at Jorge Chávez International Airport in "
     "Lima late on Sunday with 12 officials and journalists on board.\n", []),
])
def test_a_cargo_landed_with_after_a_long_place(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "things"), [
    # who said it, set off at the end of the sentence, and when: no thing
    ("Greece is burning. Malta will send a helicopter and a team of 20 firefighters tomorrow morning, Vella told "
     "state radio after the call.\n", ["helicopter", "team of 20 firefighters"]),
    ("Greece is burning. Malta will send two water bombers and 30 firefighters, the ministry said on Friday.\n",
     ["water bombers", "firefighters"]),
    # goes on past the one who said it: the thing after it is given too
    ("Latvia is short of air defence. Germany will donate two launchers to Latvia, she said, along with missiles.\n",
     ["launchers", "missiles"]),
])
def test_who_said_it_at_the_end_of_the_things_names_no_thing(text: str, things: list[str]) -> None:
    assert [thing for *_, thing in _items(text)] == things


def _named(text: str) -> list[tuple[str, int | None]]:
    return [(i.name, i.quantity) for c in analyse(text, "s").commitments for i in c.items]


@pytest.mark.parametrize(("text", "things"), [
    # a sum in any currency is the sum given, never a number of units of the currency
    ("Laos needs help. China pledged 800 million yuan to Laos for rural roads.\n", [("800 million yuan", None)]),
    ("Chad needs help. Nigeria donated 40 million naira to Chad.\n", [("40 million naira", None)]),
    ("Nepal needs help. South Korea will provide 12 billion won to Nepal.\n", [("12 billion won", None)]),
    ("Mali needs help. France committed 15 million CFA francs to Mali.\n", [("15 million CFA francs", None)]),
    # a sign or code of a currency before the number, with its "million" or "billion"
    ("Malawi needs help. South Africa pledged R2.4bn to Malawi.\n", [("R2.4bn", None)]),
    ("Somalia needs help. Kenya will give Sh3 billion to Somalia.\n", [("Sh3 billion", None)]),
    ("Nepal needs help. India gave Rs 300 crore to Nepal.\n", [("Rs 300 crore", None)]),
    ("Sudan needs help. Egypt pledged EGP 80 million to Sudan.\n", [("EGP 80 million", None)]),
    # not a sum: a vaccine named with a letter and a number, a count of things
    ("Malawi needs help. Britain delivered 20,000 doses of the R21 vaccine to Malawi.\n",
     [("doses of the R21 vaccine", 20000)]),
])
def test_sums_in_the_currencies_of_the_world(text: str, things: list[tuple[str, int | None]]) -> None:
    assert _named(text) == things


@pytest.mark.parametrize(("text", "amount"), [
    ("Laos needs help. China pledged 800 million yuan to Laos.\n", ("800000000", "CNY")),
    ("Malawi needs help. South Africa pledged R2.4bn to Malawi.\n", ("2400000000", "ZAR")),
    ("Jordan needs help. Kuwait gave 30 million Kuwaiti dinars to Jordan.\n", ("30000000", "KWD")),
    ("Nepal needs help. India gave Rs 300 crore to Nepal.\n", ("3000000000", "INR")),
])
def test_the_value_of_a_sum_in_any_currency(text: str, amount: tuple[str, str]) -> None:
    from generator.editing.draft.items.money import MONEY, value_of
    found = MONEY.search(text)
    assert found is not None and value_of(found) == amount


@pytest.mark.parametrize("text", ["the COP28 summit", "the R21 malaria vaccine", "a packet costs Sh20 now",
                                  "Japan won 3 medals", "500 N95 masks"])
def test_no_sum_in_words_that_look_like_one(text: str) -> None:
    from generator.editing.draft.items import MONEY
    assert MONEY.search(text) is None


def _worded(text: str) -> list[tuple[str, ...]]:
    return [c.wordings for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "wordings"), [
    # what is weighed or packed is named as well without its measure, the way an editor names it
    ("Fiji needs help. Vietnam shipped 5,000 tons of rice to Fiji.\n", [("5,000 tons of rice", "rice")]),
    ("Haiti needs help. The WFP delivered about 4,500 metric tons of food to Haiti.\n",
     [("4,500 metric tons of food", "food")]),
    ("Niger needs help. Algeria sent 200 sacks of flour to Niger.\n", [("200 sacks of flour", "sacks of flour", "flour")]),
    # not to strip: a count of things that are no measure
    ("Niger needs help. Algeria sent 200 tents to Niger.\n", [("200 tents", "tents")]),
])
def test_a_thing_weighed_is_named_without_its_measure(text: str, wordings: list[tuple[str, ...]]) -> None:
    assert _worded(text) == wordings


def test_metric_tons_count_no_units() -> None:
    assert _named("Haiti needs help. The WFP delivered 4,500 metric tons of food to Haiti.\n") == \
        [("4,500 metric tons of food", None)]


@pytest.mark.parametrize(("text", "things"), [
    # support, help or aid that names no kind, no sum and no aim is a stance, no thing given
    ("Fiji needs help. Chile offered support to Fiji on Monday, the minister said after talks.\n", []),
    ("Fiji needs help. Japan pledged its unwavering support to the people of Fiji.\n", []),
    ("Fiji needs help. The Pacific Islands Forum promised continued assistance to Fiji.\n", []),
    # to keep: support of a kind, or with its aim
    ("Fiji needs help. Norway pledged technical support to Fiji.\n", [("technical support", None)]),
    ("Fiji needs help. Chile pledged further support for Fiji's water utility.\n", [("Fiji's water utility", None)]),
    ("Fiji needs help. Chile pledged further support to Fiji to rebuild its water utility.\n",
     [("rebuild its water utility", None)]),
])
def test_support_that_names_nothing_is_no_thing(text: str, things: list[tuple[str, int | None]]) -> None:
    assert _named(text) == things


@pytest.mark.parametrize(("text", "things"), [
    # the receiver named after a list, then how or when it goes, is no part of the last thing
    ("Syria needs help. Jordan dispatched 60 tons of relief goods including tents, blankets and medicines to Syria "
     "aboard three trucks.\n", ["60 tons of relief goods", "tents", "blankets", "medicines"]),
    ("Yemen needs help. Oman sent relief supplies, including food, water and blankets to Yemen by road on Friday.\n",
     ["relief supplies", "food", "water", "blankets"]),
    ("Sudan needs help. Kenya sent aid including maize and beans to South Sudan via Uganda.\n", ["maize", "beans"]),
])
def test_a_list_ends_before_its_receiver_and_the_way_it_goes(text: str, things: list[str]) -> None:
    assert [thing for *_, thing in _items(text)] == things


@pytest.mark.parametrize(("text", "things"), [
    # things weighed or shipped together, with no number of their own, are one thing given
    ("Malawi needs help. The United States will ship 300 tonnes of maize, sorghum and vegetable oil to Malawi.\n",
     ["300 tonnes of maize, sorghum and vegetable oil"]),
    ("Somalia needs help. Oman sent 40 tonnes of rice and flour to Somalia.\n", ["40 tonnes of rice and flour"]),
    ("Chad needs help. Egypt delivered 12 truckloads of blankets and mattresses to Chad.\n",
     ["truckloads of blankets and mattresses"]),
    ("Chad needs help. France sent 30 tonnes of flour, according to the port authority.\n", ["30 tonnes of flour"]),
    # not to join: a thing with a number of its own
    ("Somalia needs help. Kenya sent 40 tonnes of rice and 12 generators to Somalia.\n", ["40 tonnes of rice", "generators"]),
])
def test_a_measured_list_is_one_thing(text: str, things: list[str]) -> None:
    assert [thing for *_, thing in _items(text)] == things


@pytest.mark.parametrize(("text", "things"), [
    # a comma between two words that describe one thing is no list
    ("Niger needs help. Germany committed predictable, multi-year funding to Niger.\n",
     ["predictable multi-year funding"]),
    ("Tunisia needs help. Italy will provide sustained, concessional financing to Tunisia.\n",
     ["sustained concessional financing"]),
    ("Ukraine needs help. The Netherlands will send armoured, protected vehicles to Ukraine.\n",
     ["armoured protected vehicles"]),
    # not to join: a list of things
    ("Morocco needs help. Spain donated tents, blankets and food to Morocco.\n", ["tents", "blankets", "food"]),
])
def test_a_comma_between_describing_words_is_no_list(text: str, things: list[str]) -> None:
    assert [thing for *_, thing in _items(text)] == things


@pytest.mark.parametrize(("text", "things"), [
    # the foods of a ration and the wards and monitors of a hospital are things of aid
    ("Cuba needs help. Brazil donated rice, beans and cooking oil to Cuba.\n", ["rice", "beans", "cooking oil"]),
    ("Laos needs help. South Korea will fund a new maternity ward in Laos.\n", ["maternity ward"]),
    ("Ghana needs help. Denmark donated 40 patient monitors to Ghana.\n", ["patient monitors"]),
    # not a thing of aid: monitors alone may be people who watch a vote
    ("Zambia needs help. Chile sent monitors to Zambia.\n", []),
])
def test_foods_wards_and_monitors_are_aid(text: str, things: list[str]) -> None:
    assert [thing for *_, thing in _items(text)] == things


@pytest.mark.parametrize(("text", "things"), [
    # the parts of a whole singled out after it: the whole, and each part
    ("Vanuatu needs help. Japan has provided emergency relief supplies to Vanuatu, most notably tents, tarpaulins and "
     "water containers.\n", ["emergency relief supplies", "tents", "tarpaulins", "water containers"]),
    ("Haiti needs help. Canada will send emergency equipment to Haiti, particularly generators and water purification "
     "units.\n", ["emergency equipment", "generators", "water purification units"]),
    ("Somalia needs help. Norway pledged further humanitarian aid to Somalia, especially food rations and medical "
     "supplies.\n", ["humanitarian aid", "food rations", "medical supplies"]),
    ("Gambia needs help. Qatar delivered humanitarian assistance to Gambia, above all medicines and fuel, on Monday.\n",
     ["humanitarian assistance", "medicines", "fuel"]),
    # the clause after the parts is no part
    ("Mali needs help. The Malian minister requested urgent assistance from Senegal, in particular water tankers and "
     "tents, noting that thousands had fled the floods.\n", ["urgent assistance", "water tankers", "tents"]),
    ("Niger needs help. The Red Cross sent relief goods to Niger, notably blankets and cooking sets, via Niamey "
     "airport.\n", ["relief goods", "blankets", "cooking sets"]),
    # not to read as a part: a time or a place singled out, or words that describe
    ("Albania needs help. Italy sent aid to Albania, especially after the earthquake in Durres.\n", ["aid"]),
    ("Moldova needs help. Germany gave equipment to Moldova, particularly useful for border guards.\n", ["equipment"]),
])
def test_parts_singled_out_after_a_whole_are_given(text: str, things: list[str]) -> None:
    assert [thing for *_, thing in _items(text)] == things


@pytest.mark.parametrize(("text", "commitments"), [
    # the receiver named between the verb and the thing is no word of the thing
    ("Chad needs help. UNICEF has delivered to Chad nutrition kits.\n",
     [(("unicef",), ("chad",), "delivered", "nutrition kits")]),
    ("Nepal needs help. India has sent to Nepal tents, blankets and water filters.\n",
     [(("india",), ("nepal",), "delivered", "tents"), (("india",), ("nepal",), "delivered", "blankets"),
      (("india",), ("nepal",), "delivered", "water filters")]),
    ("Sri Lanka needs help. Japan will supply to Sri Lanka two patrol vessels next year.\n",
     [(("japan",), ("sri-lanka",), "pledged", "patrol vessels")]),
])
def test_a_receiver_before_the_thing_is_no_part_of_it(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


def test_a_possessive_receiver_before_the_thing_is_left_alone() -> None:
    # not to cut: a name that goes on past its possessive
    assert all(not thing.startswith(("health ministry", "30")) for *_, thing in
               _items("Syria needs help. Turkey handed over to Syria's health ministry 30 ambulances.\n"))


@pytest.mark.parametrize(("text", "things"), [
    # reforms a borrower commits to are no thing given
    ("Egypt needs help. Egypt pledged a package of reforms to the IMF.\n", []),
    ("Ghana needs help. Ghana committed a programme of reforms to the IMF as part of the deal.\n", []),
    ("Kenya needs help. Kenya promised structural reforms to the World Bank.\n", []),
    # not to drop: a loan given to support reforms
    ("Kenya needs help. The World Bank approved a $300 million loan to Kenya to support reforms in the energy "
     "sector.\n", ["$300 million loan"]),
])
def test_reforms_are_no_thing_given(text: str, things: list[str]) -> None:
    assert [thing for *_, thing in _items(text)] == things


@pytest.mark.parametrize(("text", "things"), [
    # goods weighed out are given when they are announced
    ("Sudan needs help. Kuwait announced 500 tonnes of powdered milk for Sudan.\n", ["500 tonnes of powdered milk"]),
    ("Somalia needs help. Oman announced 1,200 tonnes of rice for Somalia on Tuesday.\n", ["1,200 tonnes of rice"]),
    ("Libya needs help. Algeria announced about 40 tons of medical supplies for Libya.\n",
     ["40 tons of medical supplies"]),
    # not a gift: projects announced
    ("Cambodia needs help. Japan announced 300 new projects in Cambodia.\n", []),
])
def test_goods_weighed_out_are_given_when_announced(text: str, things: list[str]) -> None:
    assert [thing for *_, thing in _items(text)] == things


@pytest.mark.parametrize(("text", "things"), [
    # cooperation or partnership that names no kind, sum or aim is a stance, no thing given
    ("Mozambique needs help. Portugal pledged continued cooperation with Mozambique, especially in education.\n", []),
    ("Fiji needs help. Australia promised its full cooperation to Fiji.\n", []),
    ("Ghana needs help. Canada offered a strong partnership to Ghana.\n", []),
    # not to drop: cooperation of a kind
    ("Peru needs help. Japan pledged technical cooperation to Peru for fisheries management.\n",
     ["technical cooperation"]),
    ("Niger needs help. France promised military cooperation with Niger.\n", ["military cooperation"]),
])
def test_bare_cooperation_is_no_thing_given(text: str, things: list[str]) -> None:
    assert [thing for *_, thing in _items(text)] == things


@pytest.mark.parametrize(("text", "commitments"), [
    # "it" opening a sentence lists what the sum or whole the sentence before gave holds
    ("Malawi needs help. Norway pledged $30 million to Malawi for flood recovery. According to a fact sheet released "
     "by the embassy, it covers seed, fertiliser and the repair of irrigation canals.\n",
     [(("norway",), ("malawi",), "pledged", "$30 million"), (("norway",), ("malawi",), "pledged", "seed"),
      (("norway",), ("malawi",), "pledged", "fertiliser"),
      (("norway",), ("malawi",), "pledged", "repair of irrigation canals")]),
    ("Bolivia needs help. Spain approved €12 million in flood aid for Bolivia, the ministry said. The ministry said it "
     "comprises tents, water filters and school kits.\n",
     [(("spain",), ("bolivia",), "pledged", "€12 million"), (("spain",), ("bolivia",), "pledged", "tents"),
      (("spain",), ("bolivia",), "pledged", "water filters"), (("spain",), ("bolivia",), "pledged", "school kits")]),
    # ... or, when the sentence before opens with a whole ("The package, ...", "The aid ..."), that whole's gift
    ("Niger needs help. The European Union promised 90 million euros to Niger on Wednesday. The package, presented by "
     "the commissioner for partnerships, will be spent over three years. According to a Commission fact sheet, it "
     "covers 20 patrol boats, 150 biometric kits and training for border guards.\n",
     [(("european-union",), ("niger",), "pledged", "90 million euros"),
      (("european-union",), ("niger",), "pledged", "patrol boats"),
      (("european-union",), ("niger",), "pledged", "biometric kits"),
      (("european-union",), ("niger",), "pledged", "training")]),
    ("Haiti needs help. Canada said on Friday it would give Haiti C$20 million. The aid was requested by the "
     "transitional council last month. It includes water pumps, food parcels and cholera kits.\n",
     [(("canada",), ("haiti",), "pledged", "C$20 million"), (("canada",), ("haiti",), "pledged", "water pumps"),
      (("canada",), ("haiti",), "pledged", "food parcels"), (("canada",), ("haiti",), "pledged", "cholera kits")]),
    ("Ukraine needs help. Denmark has pledged a grant of 400 million kroner for Ukraine. The grant was approved by "
     "parliament on Tuesday. It will cover mobile boilers, transformers and repairs to district heating.\n",
     [(("denmark",), ("ukraine",), "pledged", "grant of 400 million kroner"),
      (("denmark",), ("ukraine",), "pledged", "mobile boilers"), (("denmark",), ("ukraine",), "pledged", "transformers"),
      (("denmark",), ("ukraine",), "pledged", "repairs")]),
    # not to read: two donors' gifts before "it", or no gift at all
    ("Nepal needs help. Japan pledged $5 million to Nepal, and Britain announced £4 million for Nepal. It covers "
     "tents, blankets and water filters.\n",
     [(("japan",), ("nepal",), "pledged", "$5 million"), (("united-kingdom",), ("nepal",), "pledged", "£4 million")]),
    ("Togo needs help. Ghana and Togo held talks on Monday. It covered trade, fisheries and border security.\n", []),
])
def test_it_lists_the_gift_just_told(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "X said it would cover ...": "it" is the one who said, who promises to pay
    ("Palestinian Authority needs help. Qatar pledged to help the Palestinian Authority rebuild 3,000 homes, and said "
     "it would also cover the salaries of teachers in Gaza for a year.\n",
     [(("qatar",), ("palestinian-authority",), "pledged", "salaries of teachers")]),
    ("Yemen needs help. Kuwait pledged $80 million to Yemen, and Oman said it would cover the cost of fuel for "
     "hospitals in Aden for six months.\n",
     [(("kuwait",), ("yemen",), "pledged", "$80 million"), (("oman",), ("yemen",), "pledged", "cost of fuel")]),
    ("Somalia needs help. Norway announced 50 million kroner for Somalia on Monday. The Norwegian government said it "
     "will cover school fees for 20,000 displaced children.\n",
     [(("norway",), ("somalia",), "pledged", "50 million kroner"), (("norway",), ("somalia",), "pledged", "school fees")]),
    ("Laos needs help. Japan said it would cover the running costs of three district hospitals in Laos.\n",
     [(("japan",), ("laos",), "pledged", "running costs of three district hospitals")]),
    # not to read: a person who said it, with no gift before
    ("Chad needs help. A spokesman said it would cover the costs of the conference.\n", []),
])
def test_who_said_it_would_cover_gives(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "things"), [
    # the places a thing is for go on past the comma; an aside on the whole list closes it
    ("Yemen needs help. Oman pledged $30 million to Yemen, and Kuwait said it would cover the salaries of teachers in "
     "Aden, Mukalla and Seiyun for a year, without giving a figure.\n", ["$30 million", "salaries of teachers"]),
    ("Chad needs help. Germany announced €15 million for Chad. The package covers water pumps for clinics in Abeche, "
     "Mongo and Sarh, tents and seed.\n", ["€15 million", "water pumps", "tents", "seed"]),
    ("Lebanon needs help. Qatar announced $20 million for Lebanon. The package covers fuel for hospitals and "
     "medicines, a commitment Beirut welcomed.\n", ["$20 million", "fuel", "medicines"]),
    ("Ukraine needs help. Canada pledged C$90 million to Ukraine. The package includes 200 drones, 12 armoured "
     "trucks, and winter boots for soldiers in Kharkiv, Sumy and Poltava.\n",
     ["C$90 million", "drones", "armoured trucks", "winter boots"]),
    # "as well as" adds one more thing to the list
    ("Sudan needs help. Egypt announced $10 million in aid for Sudan. The assistance includes 900 tonnes of flour for "
     "bakeries in Kassala, Gedaref and Sennar, as well as 30,000 blankets, each packed for a family of five.\n",
     ["$10 million", "900 tonnes of flour", "blankets"]),
    # not to drop: things after a place that is no list of places
    ("Kenya needs help. Sweden announced $8 million for Kenya. The package covers seed for farms in Turkana, water "
     "tanks and solar pumps.\n", ["$8 million", "seed", "water tanks", "solar pumps"]),
])
def test_places_and_asides_are_no_things_of_a_list(text: str, things: list[str]) -> None:
    assert [thing for *_, thing in _items(text)] == things


@pytest.mark.parametrize(("text", "things"), [
    # what a programme of teaching covers are its subjects, not things given
    ("Sierra Leone needs help. Ireland will fund a two-year training programme for midwives in Sierra Leone. The "
     "programme will cover antenatal care, safe delivery and newborn resuscitation.\n",
     ["two-year training programme"]),
    ("Laos needs help. Japan will finance a training programme for customs officers from Laos. The programme "
     "includes risk profiling, X-ray image analysis and anti-smuggling techniques.\n", ["training programme"]),
    ("Peru needs help. Spain will fund a course for Peruvian firefighters in Lima. The programme will cover rope "
     "rescue, first aid and hazardous materials.\n", ["course"]),
    # not to drop: a programme of goods
    ("Kenya needs help. Sweden will fund a €10 million food security programme in Kenya. The programme will provide "
     "seed, fertiliser and irrigation pumps.\n",
     ["€10 million food security programme", "seed", "fertiliser", "irrigation pumps"]),
])
def test_a_training_programme_covers_subjects(text: str, things: list[str]) -> None:
    assert [thing for *_, thing in _items(text)] == things


@pytest.mark.parametrize(("text", "things"), [
    # "the support consists of ...", "is made up of ...": what the sum just told holds
    ("Jordan needs help. Germany will provide €50 million in new assistance to Jordan. The support consists of cash "
     "transfers, school meals and vocational training for young refugees.\n",
     ["€50 million", "cash transfers", "school meals", "vocational training"]),
    ("Mali needs help. France announced €8 million for Mali on Monday. The support is made up of food rations, seed "
     "and veterinary kits.\n", ["€8 million", "food rations", "seed", "veterinary kits"]),
    ("Fiji needs help. New Zealand pledged NZ$6 million to Fiji. The new support will consist of water tanks, roofing "
     "iron and generators.\n", ["NZ$6 million", "water tanks", "roofing iron", "generators"]),
    # not to read: no gift before
    ("Peru needs help. Chile and Peru signed a trade deal. The support consists of tariff cuts, customs rules and "
     "quotas.\n", []),
])
def test_what_the_support_consists_of(text: str, things: list[str]) -> None:
    assert [thing for *_, thing in _items(text)] == things


@pytest.mark.parametrize(("text", "commitments"), [
    # a verb of giving whose object is the list below it: each line one thing the giver gives
    ("Peru needs help.\n\nCanada will provide the following support to Peru:\n- 60 water purification units for "
     "flooded towns in Piura;\n- medical supplies for the regional hospitals.\n",
     [(("canada",), ("peru",), "pledged", "water purification units"),
      (("canada",), ("peru",), "pledged", "medical supplies")]),
    ("Morocco needs help.\n\nSpain will send the following to Morocco:\n1. a field hospital;\n2. 40 rescue dogs.\n",
     [(("spain",), ("morocco",), "pledged", "field hospital"), (("spain",), ("morocco",), "pledged", "rescue dogs")]),
    ("Ghana needs help.\n\nSweden will deliver these items to Ghana:\n- 200 bicycles for nurses;\n- vaccine "
     "fridges.\n",
     [(("sweden",), ("ghana",), "pledged", "bicycles"), (("sweden",), ("ghana",), "pledged", "vaccine fridges")]),
    # a request told as a list: each line one thing asked of the one named
    ("Chad needs help.\n\nChad asked Japan for the following:\n- water pumps for refugee camps;\n- 500 tents.\n",
     [(("japan",), ("chad",), "asked", "water pumps"), (("japan",), ("chad",), "asked", "tents")]),
    ("Moldova needs help.\n\nThe Moldovan side requested the following from Romania:\n- 50 high-voltage "
     "transformers;\n- emergency electricity supplies.\n",
     [(("romania",), ("moldova",), "asked", "high-voltage transformers"),
      (("romania",), ("moldova",), "asked", "emergency electricity supplies")]),
    # not to read: what two sides agreed are terms each keeps, not things one gives
    ("Chad needs help.\n\nChad and Niger agreed on the following:\n- joint patrols on the border;\n- a shared radio "
     "network.\n", []),
])
def test_a_list_below_a_verb_of_giving(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a heading that tells again a whole just reported, or ends a whole on the word that opens its parts
    ("Kenya needs help.\n\nDenmark has pledged a programme in Kenya worth 80 million kroner.\n\nThe programme will "
     "provide:\n1. new boreholes in Turkana;\n2. cash transfers for pastoralist families.\n",
     [(("denmark",), ("kenya",), "pledged", "programme"), (("denmark",), ("kenya",), "pledged", "boreholes"),
      (("denmark",), ("kenya",), "pledged", "cash transfers")]),
    ("Fiji needs help.\n\nAustralia announced a A$25 million grant for Fiji. It will fund:\n- 12 seawalls on Vanua "
     "Levu;\n- evacuation centres in the west.\n",
     [(("australia",), ("fiji",), "pledged", "A$25 million grant"), (("australia",), ("fiji",), "pledged", "seawalls"),
      (("australia",), ("fiji",), "pledged", "evacuation centres")]),
    ("Kenya needs help.\n\nBritain pledged a £10 million package to Kenya, including:\n- 30 mobile clinics for "
     "Turkana;\n- water trucks for Marsabit.\n",
     [(("united-kingdom",), ("kenya",), "pledged", "£10 million package"),
      (("united-kingdom",), ("kenya",), "pledged", "mobile clinics"),
      (("united-kingdom",), ("kenya",), "pledged", "water trucks")]),
    ("Nepal needs help.\n\nJapan pledged $12 million in emergency aid to Nepal. The money will be allocated as "
     "follows:\n• $7 million for school reconstruction in Gorkha;\n• $5 million for mobile clinics.\n",
     [(("japan",), ("nepal",), "pledged", "$12 million"), (("japan",), ("nepal",), "pledged", "$7 million"),
      (("japan",), ("nepal",), "pledged", "$5 million")]),
    ("Zimbabwe needs help.\n\nUSAID announced a $15 million food security programme for Zimbabwe.\n\nThe "
     "programme will deliver:\n- maize seed for 40,000 farmers;\n- fertiliser for the southern provinces.\n",
     [(("usaid",), ("zimbabwe",), "pledged", "$15 million food security programme"),
      (("usaid",), ("zimbabwe",), "pledged", "maize seed"), (("usaid",), ("zimbabwe",), "pledged", "fertiliser")]),
    ("Bolivia needs help.\n\nBrazil announced a relief package for Bolivia. The package will supply:\n- 30 fire "
     "engines;\n- water bombers for the Chiquitania.\n",
     [(("brazil",), ("bolivia",), "pledged", "relief package"), (("brazil",), ("bolivia",), "pledged", "fire engines"),
      (("brazil",), ("bolivia",), "pledged", "water bombers")]),
    ("Somalia needs help.\n\nNorway pledged 60 million kroner to Somalia.\n\nNorway's contribution is allocated as "
     "follows:\n- 40 million kroner for food assistance in Gedo;\n- 20 million kroner for clean water in Baidoa.\n",
     [(("norway",), ("somalia",), "pledged", "60 million kroner"), (("norway",), ("somalia",), "pledged", "40 million kroner"),
      (("norway",), ("somalia",), "pledged", "20 million kroner")]),
    # not to read: another's whole, a line of a party of its own, a heading of what a body does, and "it" after
    # two donors' gifts
    ("Somalia needs help.\n\nNorway pledged 60 million kroner to Somalia.\n\nSweden's contribution is allocated as "
     "follows:\n- 40 million kroner for food assistance in Gedo.\n",
     [(("norway",), ("somalia",), "pledged", "60 million kroner")]),
    ("Haiti needs help.\n\nThe European Union announced a 30 million euro package for Haiti. The package "
     "includes:\n- Spain: 40 tents for displaced families;\n- Italy: two field hospitals.\n",
     [(("european-union",), ("haiti",), "pledged", "30 million euro package")]),
    ("Zambia needs help.\n\nIreland pledged 5 million euros to Zambia.\n\nThe programme of the visit will offer:\n"
     "- a meeting with President Banda;\n- a tour of a clinic in Chipata.\n",
     [(("ireland",), ("zambia",), "pledged", "5 million euros")]),
    ("Sudan needs help.\n\nThe African Union pledged $5 million to Sudan. It will hold:\n- a summit in Kampala;\n- "
     "a meeting of ministers.\n", [(("african-union",), ("sudan",), "pledged", "$5 million")]),
    ("Chad needs help.\n\nItaly pledged $5 million to Niger and France gave 4 million euros to Chad. It will "
     "fund:\n- food aid;\n- tents.\n",
     [(("italy",), ("niger",), "pledged", "$5 million"), (("france",), ("chad",), "delivered", "4 million euros")]),
])
def test_a_list_below_a_whole_told(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "it" opening a sentence after a gift told: what it pays for, from the same giver to the same receiver
    ("Laos needs help.\n\nSouth Korea approved a $40 million loan to Laos. It will go towards rebuilding bridges "
     "along the Mekong, officials said.\n",
     [(("south-korea",), ("laos",), "pledged", "$40 million loan"),
      (("south-korea",), ("laos",), "pledged", "rebuilding bridges along the Mekong")]),
    ("Lebanon needs help.\n\nQatar gave $20 million to Lebanon on Wednesday. It will be used for fuel for public "
     "hospitals and generators for water pumping stations.\n",
     [(("qatar",), ("lebanon",), "delivered", "$20 million"), (("qatar",), ("lebanon",), "delivered", "fuel"),
      (("qatar",), ("lebanon",), "delivered", "generators")]),
    ("Malawi needs help.\n\nNorway pledged 50 million kroner to Malawi. It is earmarked for seed and fertiliser "
     "for smallholders.\n",
     [(("norway",), ("malawi",), "pledged", "50 million kroner"), (("norway",), ("malawi",), "pledged", "seed"),
      (("norway",), ("malawi",), "pledged", "fertiliser")]),
    # not to read: "it will go to" a country names a receiver, and "it" after talks names no gift
    ("Laos needs help.\n\nSouth Korea approved a $40 million loan on Thursday. It will go to Laos.\n", []),
    ("Chad needs help.\n\nJapan and Chad held talks on Monday about refugees. It will be discussed again in "
     "Tokyo.\n", []),
])
def test_what_it_pays_for(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "it covers" after the one who tells of it: the gift told just before, not the body that tells
    ("Jordan needs help.\n\nThe European Union pledged 45 million euros to Jordan for refugee schooling. The "
     "Commission said it covers 200 prefabricated classrooms, teacher salaries and school meals.\n",
     [(("european-union",), ("jordan",), "pledged", "45 million euros"),
      (("european-union",), ("jordan",), "pledged", "prefabricated classrooms"),
      (("european-union",), ("jordan",), "pledged", "teacher salaries"),
      (("european-union",), ("jordan",), "pledged", "school meals")]),
    ("Moldova needs help.\n\nSweden pledged 20 million crowns to Moldova for winter heating. According to a "
     "statement from the European Commission, it includes 300 generators and fuel for schools.\n",
     [(("sweden",), ("moldova",), "pledged", "20 million crowns"), (("sweden",), ("moldova",), "pledged", "generators"),
      (("sweden",), ("moldova",), "pledged", "fuel")]),
    ("Haiti needs help.\n\nCanada announced a 12 million dollar aid package for Haiti on Friday. According to "
     "Foreign Minister Claire Dubois, it includes 30 ambulances, 5,000 hygiene kits and repairs to two clinics.\n",
     [(("canada",), ("haiti",), "pledged", "12 million dollar aid package"),
      (("canada",), ("haiti",), "pledged", "ambulances"), (("canada",), ("haiti",), "pledged", "hygiene kits"),
      (("canada",), ("haiti",), "pledged", "repairs")]),
    ("Nepal needs help.\n\nThe Asian Development Bank approved a 90 million dollar loan for Nepal on Monday. The "
     "bank said it includes 12 bridges and road repairs in Karnali.\n",
     [(("asian-development-bank",), ("nepal",), "pledged", "90 million dollar loan"),
      (("asian-development-bank",), ("nepal",), "pledged", "bridges"),
      (("asian-development-bank",), ("nepal",), "pledged", "road repairs")]),
    # not to read: two givers before it leave "it" with no one gift, and a request is no gift it lists
    ("Mozambique needs help.\n\nSpain and Portugal each pledged 10 million euros to Mozambique. According to a UN "
     "statement, it covers 50 boats and fishing nets.\n", []),
    ("Kenya needs help.\n\nKenya asked donors for 80 million dollars to fight the drought. According to the "
     "interior ministry, it covers water trucking and fodder.\n", [((), ("kenya",), "asked", "80 million dollars")]),
])
def test_what_it_covers_according_to_one_who_tells(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # further givers each with a count of things, the verb said once: each gives its own share
    ("Myanmar needs help.\n\nJapan sent 40 tonnes of rice to Myanmar, Australia 25 tonnes of medicines and New "
     "Zealand 10 tonnes of tarpaulins.\n",
     [(("japan",), ("myanmar",), "delivered", "40 tonnes of rice"),
      (("australia",), ("myanmar",), "delivered", "25 tonnes of medicines"),
      (("new-zealand",), ("myanmar",), "delivered", "10 tonnes of tarpaulins")]),
    ("Sudan needs help.\n\nIn the first week, Norway delivered 300 tents to Sudan, Denmark 120 water tanks and "
     "Finland 2,000 blankets.\n",
     [(("norway",), ("sudan",), "delivered", "tents"), (("denmark",), ("sudan",), "delivered", "water tanks"),
      (("finland",), ("sudan",), "delivered", "blankets")]),
    # not to read: a time after a name, and a second receiver of a gift with two objects, gives nothing
    ("Myanmar needs help.\n\nJapan sent 40 tonnes of rice to Myanmar, Thailand 12 hours later.\n",
     [(("japan",), ("myanmar",), "delivered", "40 tonnes of rice")]),
    ("Ukraine needs help.\n\nJapan gave Ukraine 40 generators and Moldova 20 generators.\n",
     [(("japan",), ("ukraine",), "delivered", "generators")]),
    ("Ukraine needs help.\n\nJapan gave Ukraine $40 million and Moldova $20 million.\n",
     [(("japan",), ("ukraine",), "delivered", "$40 million")]),
])
def test_further_givers_with_counts_of_things(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a vehicle loaded with a cargo, last in a list: the vehicle, without the participle its "with" left behind
    ("Peru needs help. Portugal will send a team of 40 rescuers and two C-130 aircraft loaded with medicines to Peru.\n",
     [(("portugal",), ("peru",), "pledged", "team of 40 rescuers"), (("portugal",), ("peru",), "pledged", "C-130 aircraft")]),
    ("Peru needs help. Portugal sent 40 tents and two planes filled with blankets to Peru.\n",
     [(("portugal",), ("peru",), "delivered", "tents"), (("portugal",), ("peru",), "delivered", "planes")]),
    # a participle before the noun is part of its name
    ("Peru needs help. Portugal sent the loaded trucks to Peru.\n", [(("portugal",), ("peru",), "delivered", "loaded trucks")]),
])
def test_a_participle_cut_from_its_cargo_is_no_part_of_the_name(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a partner set off after the list, after a phrase of the last thing or right after it
    ("Chad needs help. Japan delivered 500 shelter kits and 1,000 blankets to displaced families in Abeche, in "
     "partnership with the International Organization for Migration.\n",
     [(("japan",), ("chad",), "delivered", "shelter kits"), (("japan",), ("chad",), "delivered", "blankets")]),
    ("Chad needs help. Japan delivered 500 shelter kits, 20 boats and 1,000 blankets, in cooperation with Chad's "
     "civil protection.\n",
     [(("japan",), ("chad",), "delivered", "shelter kits"), (("japan",), ("chad",), "delivered", "boats"),
      (("japan",), ("chad",), "delivered", "blankets")]),
])
def test_a_partner_set_off_after_the_list_is_no_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _items(text) == commitments
