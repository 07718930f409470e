"""`factsheet draft`: commitments that wordings of giving, pledging, signing and delivering bring, each on
an invented sentence, with sentences of the same shape that must give nothing."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _commitments(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    return [(c.givers, c.receivers, c.status, c.items[0].name) for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "commitments"), [
    # "has just announced": the subject of news as it happens, read as without "just"
    ("Chad needs help. Norway's foreign ministry has just announced a grant for Chad.\n",
     [(("norway",), ("chad",), "pledged", "grant")]),
    ("Chad needs help. The World Bank and Chad have just signed a US$80 million loan agreement to repair "
     "water infrastructure.\n",
     [(("world-bank",), ("chad",), "signed", "water infrastructure")]),
    # "just" with no verb of giving after it gives nothing
    ("Chad needs help. Norway has just finished its review of the border.\n", []),
])
def test_news_as_it_happens(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a package "made up of" things: the package, and each thing it lists
    ("Chad needs help. Norway announced an aid package for Chad made up of two ambulances and 40 tents.\n",
     [(("norway",), ("chad",), "pledged", "aid package"),
      (("norway",), ("chad",), "pledged", "ambulances"),
      (("norway",), ("chad",), "pledged", "tents")]),
    # something else "made up of" people is no gift
    ("Chad needs help. Norway said the committee was made up of ten ministers.\n", []),
])
def test_packages_made_up_of(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "the delivery by X of Y to Z": the giver after "by", the item after "of"
    ("Chad needs help. The delivery by Norway of 30 ambulances to Chad was completed on Monday.\n",
     [(("norway",), ("chad",), "delivered", "ambulances")]),
    # sent to places of a country: that country receives
    ("Chad needs help. The delivery by Norway of 400 tents to flooded districts of Chad was completed, according "
     "to the Norwegian embassy.\n",
     [(("norway",), ("chad",), "delivered", "tents")]),
    # "by" a way of sending, not a giver; and a delivery that names no one it went to
    ("Chad needs help. A delivery by road of 30 ambulances reached the border.\n", []),
    ("Chad needs help. Officials praised the delivery by Norway of 30 ambulances last year.\n", []),
])
def test_deliveries_named_by_a_noun(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # supplies of a kind "including" things: the supplies as a whole, and each thing; a phrase of time after
    # the list is no thing
    ("Chad needs help. Norway will send emergency relief supplies to Chad, including tents and blankets, in the "
     "coming weeks.\n",
     [(("norway",), ("chad",), "pledged", "emergency relief supplies"),
      (("norway",), ("chad",), "pledged", "tents"),
      (("norway",), ("chad",), "pledged", "blankets")]),
    # words that only say there are several things: each thing alone
    ("Chad needs help. Norway will send a wide range of equipment to Chad, including tents and blankets.\n",
     [(("norway",), ("chad",), "pledged", "tents"),
      (("norway",), ("chad",), "pledged", "blankets")]),
    # supplies only weighed say of what kind no more than "supplies"
    ("Chad needs help. Norway has delivered 40 tonnes of supplies to Chad, including tents and blankets.\n",
     [(("norway",), ("chad",), "delivered", "tents"),
      (("norway",), ("chad",), "delivered", "blankets")]),
])
def test_supplies_of_a_kind_and_what_they_include(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a vehicle sent "carrying" a cargo: the cargo is the gift; the one who reports it ends the list
    ("Chad needs help. Norway has dispatched an aircraft to Abeche carrying 20 tonnes of medical supplies for "
     "Chad, including surgical kits and blankets, the state news agency reported.\n",
     [(("norway",), ("chad",), "delivered", "20 tonnes of medical supplies"),
      (("norway",), ("chad",), "delivered", "surgical kits"),
      (("norway",), ("chad",), "delivered", "blankets")]),
    ("Chad needs help. Norway sent two trucks carrying water pumps to Chad.\n",
     [(("norway",), ("chad",), "delivered", "water pumps")]),
    # a plane that carries people is no gift
    ("Chad needs help. Norway sent a plane carrying its foreign minister to Chad.\n", []),
])
def test_cargo_of_a_vehicle_sent(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the lines of a round-up under a heading of pledges: the parties before the dash give what follows it
    ("Chad needs help after the floods.\n\nA round-up of the pledges to Chad so far:\nNorway - 40 million euros for "
     "schools.\nThe Netherlands and Belgium - 300 tents, to be flown in next week.\n",
     [(("norway",), ("chad",), "pledged", "40 million euros"),
      (("netherlands", "belgium"), ("chad",), "pledged", "tents")]),
    # a sum written with its currency's code
    ("Chad needs help after the floods.\n\nThe main pledges:\n- Norway: NOK 350 million\n- Japan: JPY 2 billion for "
     "food\n",
     [(("norway",), ("chad",), "pledged", "NOK 350 million"), (("japan",), ("chad",), "pledged", "JPY 2 billion")]),
    # a heading of funding on a line of its own, with no colon
    ("Chad needs help after the floods.\n\nFunding\nNorway: NOK 20 million, through the Norwegian Red Cross.\n"
     "United Kingdom: £2 million for shelter and water.\n",
     [(("norway",), ("chad",), "pledged", "NOK 20 million"), (("united-kingdom",), ("chad",), "pledged", "£2 million")]),
    # the same lines under a heading of something else are no pledges
    ("Chad needs help after the floods.\n\nThe results of the vote on the motion:\nNorway - 40 votes for "
     "schools.\nThe Netherlands and Belgium - 300 votes.\n", []),
    ("Chad needs help after the floods.\n\nCasualties\nNorway: 20 dead.\nSweden: 4 dead.\n", []),
    # a line of the round-up needs no point under its heading; a subheading under no heading gives nothing
    ("Chad needs help after the floods.\n\nDonor pledges\nNorway - NOK 20 million\nJapan - 40 boats\n",
     [(("norway",), ("chad",), "pledged", "NOK 20 million"), (("japan",), ("chad",), "pledged", "boats")]),
    ("Chad needs help after the floods.\n\nJapan - a friend in need\nJapan has long helped Chad.\n", []),
])
def test_round_up_lines_of_pledges(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "will make a further contribution": the contribution is given
    ("Chad needs help. Norway said it would make a further contribution to Chad.\n",
     [(("norway",), ("chad",), "pledged", "contribution")]),
    # making anything else is no gift
    ("Chad needs help. Norway said it would make a further statement on Chad.\n", []),
    # a sum inside the noun's phrase, in the past or to come, with its sign or its code
    ("Chad needs help. Japan made a $5 million contribution to the World Food Programme.\n",
     [(("japan",), ("world-food-programme",), "pledged", "$5 million contribution")]),
    ("Chad needs help. Norway will make a NOK 20 million donation to the Chad Red Cross.\n",
     [(("norway",), ("chad-red-cross",), "pledged", "NOK 20 million donation")]),
    ("Chad needs help. Japan has made a further 500 million yen contribution to UNICEF.\n",
     [(("japan",), ("unicef",), "pledged", "500 million yen contribution")]),
    # a share is no sum, and a sum of something other than a gift is none
    ("Chad needs help. Norway made a 2 percent contribution to the World Bank's growth figures.\n", []),
    ("Chad needs help. Japan made a $5 million mistake, the World Food Programme said.\n", []),
])
def test_making_a_contribution(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "took delivery of" things "from" or "financed by" a giver: the subject receives, even stressed by "itself"
    ("Chad needs help. Chad itself took delivery last week of 15 border surveillance vehicles from Norway, the "
     "ministry said.\n",
     [(("norway",), ("chad",), "delivered", "border surveillance vehicles")]),
    ("Chad needs help. Chad took delivery of 40 pickups and six drones financed by the European Union.\n",
     [(("european-union",), ("chad",), "delivered", "pickups"),
      (("european-union",), ("chad",), "delivered", "drones")]),
    # what one takes delivery of with no giver named was bought
    ("Chad needs help. Chad took delivery of 15 vehicles bought from a local firm.\n", []),
])
def test_taking_delivery(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a package worth a sum "comprising" things: the package, and each thing; the one who announces ends the list
    ("Chad needs help. Norway will give Chad a €90 million package comprising water pumps, field kitchens and "
     "tents, Norwegian Development Minister Kari Nordahl Berg announced on Monday.\n",
     [(("norway",), ("chad",), "pledged", "€90 million package"),
      (("norway",), ("chad",), "pledged", "water pumps"),
      (("norway",), ("chad",), "pledged", "field kitchens"),
      (("norway",), ("chad",), "pledged", "tents")]),
    # a sum that is no package lists nothing
    ("Chad needs help. Norway will give Chad €90 million, comprising two tranches.\n",
     [(("norway",), ("chad",), "pledged", "€90 million")]),
])
def test_packages_worth_a_sum(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "will run a course for officers from" parties: the course is given to each of them
    ("Chad needs help. Norway will run a boarding officer course in Oslo next month for customs officers from Chad, "
     "Niger and Mali.\n",
     [(("norway",), ("chad", "niger", "mali"), "pledged", "boarding officer course")]),
    ("Chad needs help. Norway will also host training courses for Chadian deminers at its centre in Bergen.\n",
     [(("norway",), ("chad",), "pledged", "training courses")]),
    # a course held for no one named, and talks held, are no gift
    ("Chad needs help. Norway will hold a training course in Oslo next month.\n", []),
    ("Chad needs help. Norway will hold talks with Chad next month.\n", []),
])
def test_courses_held_for_others(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # goods "from" a giver "including" things, handed over: the goods, and each thing
    ("Chad needs help. Relief goods from Norway, including tents and water pumps, were handed over to Chad on "
     "Monday.\n",
     [(("norway",), ("chad",), "delivered", "Relief goods"),
      (("norway",), ("chad",), "delivered", "tents"),
      (("norway",), ("chad",), "delivered", "water pumps")]),
    ("Chad needs help. Norway will provide emergency relief goods to Chad, including tents and water pumps.\n",
     [(("norway",), ("chad",), "pledged", "emergency relief goods"),
      (("norway",), ("chad",), "pledged", "tents"),
      (("norway",), ("chad",), "pledged", "water pumps")]),
    # goods that are no gift
    ("Chad needs help. Goods from Norway, including fish and timber, were sold in Chad.\n", []),
])
def test_goods_and_what_they_include(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # thanks for things "handed over to" someone: a delivery to the one they were handed to
    ("Chad needs help. Chad's president thanked Norway for the 20 ambulances handed over to the Chadian Red Cross "
     "in March.\n",
     [(("norway",), ("chadian-red-cross",), "delivered", "ambulances")]),
    ("Chad needs help. The minister expressed the government's gratitude to Norway for the 12 bridges handed over "
     "to Chadian authorities in March.\n",
     [(("norway",), ("chad",), "delivered", "bridges")]),
    # thanks for a welcome is no gift
    ("Chad needs help. Chad's president thanked Norway for the warm welcome handed to him in Oslo.\n", []),
])
def test_thanks_for_things_handed_over(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "an undisclosed number of" things in a list: the things, with no number
    ("Chad needs help. Norway announced a package for Chad. It comprises 18 trucks, 40 generators for the "
     "hospital in Abeche, six water pumps and an undisclosed number of field kitchens.\n",
     [(("norway",), ("chad",), "pledged", "package"),
      (("norway",), ("chad",), "pledged", "trucks"),
      (("norway",), ("chad",), "pledged", "generators"),
      (("norway",), ("chad",), "pledged", "water pumps"),
      (("norway",), ("chad",), "pledged", "field kitchens")]),
    # a number of talks is no gift all the same
    ("Chad needs help. Norway will hold a number of talks with Chad.\n", []),
])
def test_things_of_an_undisclosed_number(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "the last of its" things: the things
    ("Chad needs help. Norway had handed over the last of its water pumps to Chad in February.\n",
     [(("norway",), ("chad",), "delivered", "water pumps")]),
    # the last of its statements is no gift
    ("Chad needs help. Norway had handed over the last of its statements to Chad in February.\n", []),
])
def test_the_last_of_its_things(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # police officers, firefighters and a police station are aid as much as the things they use
    ("Chad needs help. Norway and Denmark also promised to send additional police officers to Chad.\n",
     [(("norway", "denmark"), ("chad",), "pledged", "police officers")]),
    ("Chad needs help. Chad asked Australia to fund a new police station in Abeche.\n",
     [(("australia",), ("chad",), "asked", "police station")]),
    # officers of any other kind are not
    ("Chad needs help. Norway also promised to send liaison officers to Chad.\n", []),
])
def test_police_and_firefighters_as_aid(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a time between the one asked and "for": the request all the same
    ("Chad needs help. Chad asked Australia in the spring for six surveillance drones, he said.\n",
     [(("australia",), ("chad",), "asked", "surveillance drones")]),
    ("Chad needs help. Chad asked Australia on Monday for 40 water pumps.\n",
     [(("australia",), ("chad",), "asked", "water pumps")]),
    # asked about something: no request for aid
    ("Chad needs help. Chad asked Australia on Monday about the election.\n", []),
])
def test_requests_with_a_time_before_for(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a lender "signed a loan with the government": the country the article's aid is for borrows
    ("Chad needs help, Chad said. On Wednesday, the World Bank signed a $180 million loan with the government to "
     "strengthen the grid.\n",
     [(("world-bank",), ("chad",), "signed", "$180 million loan")]),
    # a state that signs with "the government" is no lender: who gives is not said
    ("Chad needs help, Chad said. On Wednesday, Norway signed a $180 million loan with the government.\n", []),
])
def test_loans_signed_with_the_government(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a sum written out in four words before "agreement": the agreement with the one signed with, on its purpose
    ("Chad needs help. The European Union signed a 40 million euros grant agreement with Chad for solar "
     "projects in the north, the EU delegation said.\n",
     [(("european-union",), ("chad",), "signed", "solar projects")]),
    # an agreement on no aid is none
    ("Chad needs help. The European Union signed a 40 million euros trade agreement with Chad for fish exports.\n",
     []),
])
def test_agreements_with_long_sums(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "pledged separately to train": an adverb between the promise and its infinitive
    ("Chad needs help. Norway, a long-standing partner in Chad's water sector, pledged separately to train "
     "Chadian engineers in grid management, its embassy said.\n",
     [(("norway",), ("chad",), "pledged", "training of Chadian engineers")]),
    # promised separately to do what gives nothing
    ("Chad needs help. Norway promised separately to review its policy on Chad.\n", []),
])
def test_promises_with_an_adverb_before_to(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a line of credit is aid as a loan is
    ("Chad needs help. Norway had agreed to extend a $60 million line of credit for the water network.\n",
     [(("norway",), ("chad",), "pledged", "$60 million line of credit")]),
    # credit given as praise is not
    ("Chad needs help. Norway had agreed to give credit to the mediators.\n", []),
])
def test_lines_of_credit(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "extended" a sum: a sum given
    ("Chad needs help. Norway, which extended about US$4 billion in emergency assistance to Chad at the height of "
     "the crisis, was represented by its ambassador.\n",
     [(("norway",), ("chad",), "delivered", "US$4 billion")]),
    # a deadline extended is none
    ("Chad needs help. Norway extended its deadline for Chad by a month.\n", []),
])
def test_sums_extended(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a passive with an adverb between "were" and its participle: the subject is given, by the one after "by"
    ("Chad needs help. Some 800 blankets and water filters were also delivered by Norway.\n",
     [(("norway",), ("chad",), "delivered", "blankets"),
      (("norway",), ("chad",), "delivered", "water filters")]),
    ("Chad needs help. Some 40 ambulances were quickly handed over to Chad by Norway.\n",
     [(("norway",), ("chad",), "delivered", "ambulances")]),
    # the same shape with a verb that gives nothing
    ("Chad needs help. The talks were also attended by Norway.\n", []),
])
def test_passive_with_an_adverb(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a count before the nation whose people or machines arrive: that nation sends them
    ("Peru needs help. Thirty Bolivian rescuers and two water-bombing helicopters arrived in Cusco overnight.\n",
     [(("bolivia",), ("peru",), "delivered", "rescuers"),
      (("bolivia",), ("peru",), "delivered", "water-bombing helicopters")]),
    ("Peru needs help. Some 120 Chilean firefighters arrived in Peru on Monday.\n",
     [(("chile",), ("peru",), "delivered", "firefighters")]),
    # people who come for themselves are no aid
    ("Peru needs help. Thirty Bolivian tourists arrived in Cusco overnight.\n", []),
])
def test_counted_arrivals(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a state named as its government or its people after "by" or "from" sends what arrives
    ("Peru needs help. Some 40 tonnes of food aid sent by the government of Chile arrived in Cusco on Monday.\n",
     [(("chile",), ("peru",), "delivered", "40 tonnes of food aid")]),
    ("Peru needs help. Forty tonnes of rice, a gift from the people of Chile, arrived in Cusco on Monday.\n",
     [(("chile",), ("peru",), "delivered", "Forty tonnes of rice")]),
    # not to fire: what they made is no gift of theirs
    ("Peru needs help. Tents made by the people of Chile arrived in Cusco on Monday.\n", []),
])
def test_an_arrival_from_a_state_s_government_or_people(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a linking adverb set off by a comma opens the sentence: the subject given starts after it
    ("Chad needs help. Separately, two water purification units were handed over to Chad by Norway on Monday.\n",
     [(("norway",), ("chad",), "delivered", "water purification units")]),
    ("Chad needs help. Additionally, 40 tents were delivered to Chad by Norway.\n",
     [(("norway",), ("chad",), "delivered", "tents")]),
    # a country's name that ends like an adverb is still the subject
    ("Chad needs help. Italy, which chairs the group, was praised by Norway.\n", []),
])
def test_linking_adverb_before_a_passive(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the package just told lists its things, and the one who said so closes the list
    ("Chad needs help. Norway announced a new aid package for Chad. It contains 40 tents, spare parts for water "
     "pumps and 12 ambulances, she said.\n",
     [(("norway",), ("chad",), "pledged", "aid package"),
      (("norway",), ("chad",), "pledged", "tents"),
      (("norway",), ("chad",), "pledged", "spare parts"),
      (("norway",), ("chad",), "pledged", "ambulances")]),
    # a list of what was said, not given
    ("Chad needs help. Norway announced a new aid package for Chad. Its aims were clear, she said.\n",
     [(("norway",), ("chad",), "pledged", "aid package")]),
])
def test_list_closed_by_its_reporter(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # aid unveiled by name gives, whoever the text says it is for; "so far" ranks it and ends its name
    ("Chad needs help. Norway unveiled its biggest humanitarian aid package so far. It includes 40 tents, "
     "water pumps and blankets, she said.\n",
     [(("norway",), ("chad",), "pledged", "biggest humanitarian aid package"),
      (("norway",), ("chad",), "pledged", "tents"),
      (("norway",), ("chad",), "pledged", "water pumps"),
      (("norway",), ("chad",), "pledged", "blankets")]),
    # unveiling what is no aid gives nothing
    ("Chad needs help. Norway unveiled its biggest defence budget so far.\n", []),
    ("Chad needs help. Norway unveiled a plan to reform its own relief agency.\n", []),
])
def test_aid_unveiled(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "According to ..., it includes": the package just told, after a phrase that says who reports it; a list
    # of sums, each for what it is for, is one thing for each aim
    ("Chad needs help. Norway announced a €90 million water package for Chad. According to the ministry's note, "
     "it includes €40 million for wells, €30 million for pipelines and €20 million for water towers.\n",
     [(("norway",), ("chad",), "pledged", "€90 million water package"),
      (("norway",), ("chad",), "pledged", "wells"),
      (("norway",), ("chad",), "pledged", "pipelines"),
      (("norway",), ("chad",), "pledged", "water towers")]),
    # sums with no aim are no list of things
    ("Chad needs help. Norway announced a €90 million water package for Chad. According to the ministry's note, "
     "it includes €40 million, €30 million and €20 million.\n",
     [(("norway",), ("chad",), "pledged", "€90 million water package"),
      (("norway",), ("chad",), "pledged", "€40 million")]),
])
def test_package_listed_by_sums(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # vehicles carrying a cargo "rolled into" a place: a delivery, from the agency the body's name introduces
    ("Chad needs help. Ten lorries carrying 900 tents and blankets from the UN children's agency UNICEF rolled "
     "into Abeche on Friday.\n",
     [(("unicef",), ("chad",), "delivered", "tents"),
      (("unicef",), ("chad",), "delivered", "blankets")]),
    ("Chad needs help. Twenty trucks loaded with flour from Norway pulled into Abeche on Friday.\n",
     [(("norway",), ("chad",), "delivered", "flour")]),
    # vehicles that carry nothing named are no delivery
    ("Chad needs help. Twenty trucks from Norway rolled into Abeche on Friday.\n", []),
    ("Chad needs help. The minister's convoy rolled into Abeche on Friday.\n", []),
])
def test_cargo_rolled_into(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a sum told again in another currency, in brackets, is no part of the thing's name
    ("Chad needs help. The OPEC Fund and Chad have just signed a €20 million (about $22 million) "
     "concessional loan to build wells in Abeche.\n",
     [(("opec-fund",), ("chad",), "signed", "€20 million concessional loan")]),
    # the same brackets where nothing is given
    ("Chad needs help. Its debt to the OPEC Fund stands at 9 billion CFA francs (about $15 million).\n", []),
])
def test_sum_converted_in_brackets(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "today" between the subject and its verb; a financing package signed "with" a lender, who lends
    ("Chad needs help. The Government of Chad today signed a €40 million financing package with the World Bank "
     "for schools and clinics.\n",
     [(("world-bank",), ("chad",), "signed", "€40 million financing package")]),
    ("Chad needs help. Chad today signed a €40 million loan with the World Bank.\n",
     [(("world-bank",), ("chad",), "signed", "€40 million loan")]),
    # signing what is no document of aid gives nothing
    ("Chad needs help. Chad's minister today signed the visitors' book at the World Bank.\n", []),
])
def test_signed_today(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "fly", "airlift" or "truck" things somewhere: a verb of giving, by the way the gift travels
    ("Chad needs help. Norway said the Norwegian Refugee Council would fly tents and blankets to Abeche by the "
     "weekend.\n",
     [(("norwegian-refugee-council",), ("chad",), "pledged", "tents"),
      (("norwegian-refugee-council",), ("chad",), "pledged", "blankets")]),
    ("Chad needs help. Norway will airlift 40 tonnes of flour to Chad.\n",
     [(("norway",), ("chad",), "pledged", "40 tonnes of flour")]),
    # travelling, or flying people, is no gift
    ("Chad needs help. Norway's minister will fly to Abeche on Monday.\n", []),
    ("Chad needs help. Norway will fly its ambassador home.\n", []),
])
def test_flown_in(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a participle set off by commas after the subject: the subject was given, by the one after "by", to the
    # one between
    ("Chad needs help. Two water tankers, handed over to Chad by Norway in March, are already in use.\n",
     [(("norway",), ("chad",), "delivered", "water tankers")]),
    # set off after a list in a longer sentence, the participle may tell of any of its things
    ("Chad needs help. On Monday, trucks arrived carrying tents for clinics, schools and shelters, paid for by "
     "Norway.\n", []),
])
def test_participle_set_off_by_commas(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "X says things it sent arrived": a delivery, as the one who says so reports; "it sent" is no part of the name
    ("Chad needs help. 10:40 – Norway says 300 tents it sent to Chad arrived in Abeche this morning.\n",
     [(("norway",), ("chad",), "delivered", "tents")]),
    # a reporter who names no place the things went to gives nothing
    ("Chad needs help. 10:40 – Norway says 300 tents arrived this morning.\n", []),
])
def test_arrival_a_body_says(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # people sent to help who "landed" are a delivery without a cargo named
    ("Chad needs help. Meanwhile, 40 rescue workers from Norway landed in Abeche at midday.\n",
     [(("norway",), ("chad",), "delivered", "rescue workers")]),
    # others who land are no gift
    ("Chad needs help. Meanwhile, 40 diplomats from Norway landed in Abeche at midday.\n", []),
])
def test_helpers_landed(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "confirmed" a sum of financing, aid or support: a pledge
    ("Chad needs help. The World Bank confirmed US$90 million in additional financing to Chad for rural roads.\n",
     [(("world-bank",), ("chad",), "pledged", "US$90 million")]),
    # a sum confirmed that is no aid
    ("Chad needs help. The World Bank confirmed $2 billion in losses last year.\n", []),
])
def test_confirmed_sum_of_aid(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a sum in yen before the document; and a loan signed for works the lexicon of aid does not name: the loan
    ("Chad needs help. The Japan International Cooperation Agency and Chad signed a ¥5 billion loan agreement "
     "for flood control works along the Chari.\n",
     [(("japan-international-cooperation-agency",), ("chad",), "signed", "¥5 billion loan agreement")]),
    # a document that is no loan, grant or credit gives nothing of itself
    ("Chad needs help. The Japan International Cooperation Agency and Chad signed a ¥5 billion contract for "
     "office cleaning in Ndjamena.\n", []),
])
def test_loan_signed_for_works(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a body joined by "and" with the kind of body it is before its name: both signed, the lender lends
    ("Chad needs help. The World Bank and the state-owned utility SNE signed a €50m loan agreement on Monday.\n",
     [(("world-bank",), ("sne",), "signed", "€50m loan agreement")]),
    # the two joined so, with no document signed, give nothing
    ("Chad needs help. The World Bank and the state-owned utility SNE met on Monday.\n", []),
])
def test_signer_named_with_its_kind(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "X says a barge carrying things has reached" a place no party names: the cargo, from the one who says so
    ("Chad needs help. 09:15 — Norway says a barge carrying 900 tents has reached Bol on Lake Chad.\n",
     [(("norway",), ("chad",), "delivered", "tents")]),
    # a vehicle carrying what is no aid
    ("Chad needs help. 09:15 — Norway says a boat carrying its ambassador has reached Bol.\n", []),
])
def test_cargo_reported_reached(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "some of the" things asked for names them; "still flown by" says where they are, not what they are
    ("Chad needs help. Chad asked Norway to hand over some of the Bell 412 helicopters still flown by its air force.\n",
     [(("norway",), ("chad",), "asked", "Bell 412 helicopters")]),
    # "some of the" what is no thing of aid
    ("Chad needs help. Chad asked Norway to hand over some of the costs.\n", []),
])
def test_some_of_the_things(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "The Chadian side asked X for ...": the country the adjective before "side" names asks
    ("Chad needs help. The Chadian side asked Norway for 40 water pumps.\n",
     [(("norway",), ("chad",), "asked", "water pumps")]),
    # an adjective before another noun names no one who asks
    ("Chad needs help. The Chadian press asked Norway for 40 water pumps.\n", []),
])
def test_side_asks(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "reached <country>": the place is the verb's object, with no preposition
    ("Chad needs help. Norway confirmed that 12 water tankers had reached Chad in October.\n",
     [(("norway",), ("chad",), "delivered", "water tankers")]),
    # "arrived" with no preposition before the name does not make it the place
    ("Chad needs help. Norway confirmed that 12 water tankers had arrived, Chad said.\n", []),
])
def test_reached_a_country(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "provide the X (ABBR) with things": the short form in brackets stands between the receiver and "with"
    ("Chad needs help. Norway will provide the Chad Red Cross (CRC) with 40 tents.\n",
     [(("norway",), ("chad-red-cross",), "pledged", "tents")]),
    # brackets with more than a short form end the clause's reading
    ("Chad needs help. Norway will provide the Chad Red Cross (which runs the camps in the east) with 40 tents.\n",
     []),
])
def test_provide_abbreviated_receiver_with(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "X said (that) things were handed over to Y": the passive names no agent; the one who reports it gives
    ("Chad needs help. Norway said 120 prefabricated classrooms it had paid for were handed over to the Chad Red "
     "Cross last month.\n",
     [(("norway",), ("chad-red-cross",), "delivered", "prefabricated classrooms")]),
    ("Chad needs help. Norway, meanwhile, reported that 40 generators it had paid for have been turned over to the "
     "Chad Red Cross for use in clinics.\n",
     [(("norway",), ("chad-red-cross",), "delivered", "generators")]),
    ("Chad needs help. UNICEF says 300,000 doses of measles vaccine have been delivered to Chad ahead of a campaign.\n",
     [(("unicef",), ("chad",), "delivered", "doses of measles vaccine")]),
    ("Chad needs help. Norway's embassy said 30 engineering vehicles had been handed over to Chad's National Army "
     "last week.\n",
     [(("norway",), ("national-army",), "delivered", "engineering vehicles")]),
    # what is no aid, a handover to no one named, to a force an adjective names, or to the reporter's own body
    ("Chad needs help. Norway said the prisoners were handed over to Chad on Monday.\n", []),
    ("Chad needs help. Norway said 12 water pumps were delivered last week.\n", []),
    ("Chad needs help. Norway said 30 engineering vehicles had been handed over to the Chadian army.\n", []),
    ("Chad needs help. Chad said 30 engineering vehicles had been handed over to Chad's National Army.\n", []),
])
def test_handover_reported_in_the_passive(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "things from X (ABBR) were handed over": the giver is named in full before its abbreviation
    ("Chad needs help. Two thousand winterised tents from the World Food Programme (WFP) have been handed over to "
     "the Chad Red Cross (CRC) at the airport.\n",
     [(("world-food-programme",), ("chad-red-cross",), "delivered", "winterised tents")]),
    ("Chad needs help. Some 500 water pumps from the World Food Programme (WFP) were delivered to the Chad Red Cross.\n",
     [(("world-food-programme",), ("chad-red-cross",), "delivered", "water pumps")]),
    # a date opening the clause is no part of the thing
    ("Chad needs help. On Sunday 600 tonnes of rice from Norway were handed over to the Chad Red Cross at the port.\n",
     [(("norway",), ("chad-red-cross",), "delivered", "600 tonnes of rice")]),
    # the abbreviation as the subject that receives
    ("Chad needs help. The World Food Programme (WFP) has been given 500 tonnes of rice by Norway.\n",
     [(("norway",), ("world-food-programme",), "delivered", "500 tonnes of rice")]),
])
def test_giver_before_its_abbreviation(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "Thanks to X, Y (now) has things": X gave them, Y (or the country its adjective names) has them
    ("Chad needs help. Thanks to Norway, Chadian units near Abeche now have 300 more water pumps, the ministry said.\n",
     [(("norway",), ("chad",), "delivered", "water pumps")]),
    ("Chad needs help. Thanks to Norway, the Chad Red Cross has received 40 tents.\n",
     [(("norway",), ("chad-red-cross",), "delivered", "tents")]),
    ("Chad needs help. Thanks to the World Food Programme (WFP), Chad already has 500 tonnes of rice.\n",
     [(("world-food-programme",), ("chad",), "delivered", "500 tonnes of rice")]),
    # thanks to what is no giver, a clause with no receiver named, or what is no aid
    ("Chad needs help. Thanks to the rains, Chad now has 300 more water pumps working.\n", []),
    ("Chad needs help. Thanks to Norway, the talks have ended.\n", []),
    ("Chad needs help. Thanks to Norway, Chad has a plan.\n", []),
])
def test_thanks_to_a_giver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "X has reached N people with aid (in Y)": an agency counts what it delivered by the people it reached
    ("Chad needs help. The World Food Programme (WFP) has reached more than 85,000 people with emergency food "
     "assistance in Chad since the floods.\n",
     [(("world-food-programme",), ("chad",), "delivered", "emergency food assistance")]),
    ("Chad needs help. The World Food Programme (WFP) reached 12,000 families in Chad with cash transfers.\n",
     [(("world-food-programme",), ("chad",), "delivered", "cash transfers")]),
    ("Chad needs help. The World Food Programme (WFP) has reached 12,000 families with food parcels in Chad and "
     "Niger.\n",
     [(("world-food-programme",), ("chad", "niger"), "delivered", "food parcels")]),
    # what reaches people and is no aid; a list of places that goes on with a name not known
    ("Chad needs help. Norway has reached 40 people with its message.\n", []),
    ("Chad needs help. The World Food Programme (WFP) has reached 9,000 people with food parcels in Chad and the "
     "Ouaddai Federation.\n", []),
    # "reached" a place is an arrival, not this
    ("Chad needs help. The World Food Programme (WFP) has reached Abeche with its trucks.\n", []),
])
def test_people_reached_with_aid(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # goods named as such land as planes do: what lands is the delivery, from the nation the subject names
    ("Chad needs help. The first Norwegian relief supplies, about 12 tonnes, landed in Chad at 9am aboard a military "
     "aircraft.\n",
     [(("norway",), ("chad",), "delivered", "relief supplies")]),
    ("Chad needs help. A Norwegian aid shipment touched down in Chad on Monday.\n",
     [(("norway",), ("chad",), "delivered", "aid shipment")]),
    # people land too
    ("Chad needs help. The Norwegian minister landed in Chad on Monday.\n", []),
    ("Chad needs help. A Norwegian delegation of officials touched down in Chad on Monday.\n", []),
])
def test_goods_that_landed(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # an arrival credited "according to" the one who gave it
    ("Chad needs help. Some 1,200 water pumps made by a firm in Oslo have already arrived in Chad, according to the "
     "Norwegian government.\n",
     [(("norway",), ("chad",), "delivered", "water pumps")]),
    ("Chad needs help. Forty ambulances reached Chad last week, according to Norway.\n",
     [(("norway",), ("chad",), "delivered", "ambulances")]),
    # people who arrive are no delivery, whoever reports it
    ("Chad needs help. The delegation arrived in Chad on Monday, according to Norway.\n", []),
])
def test_arrival_according_to(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a vehicle's cargo whose giver follows it, set off by a comma
    ("Chad needs help. On Monday, a convoy of 22 trucks arrived in Chad carrying 75 diesel generators, provided by "
     "Norway from its emergency reserves.\n",
     [(("norway",), ("chad",), "delivered", "diesel generators")]),
    # after a list, the participle may tell of any of its things
    ("Chad needs help. On Monday, a convoy of 22 trucks arrived in Chad carrying 75 diesel generators for hospitals, "
     "schools and clinics, provided by Norway from its emergency reserves.\n", []),
    ("Chad needs help. On Monday, a ship docked in Chad carrying 3,000 tonnes of flour, donated by the World Food "
     "Programme (WFP).\n",
     [(("world-food-programme",), ("chad",), "delivered", "3,000 tonnes of flour")]),
    # one named after the cargo who did not give it
    ("Chad needs help. On Monday, a convoy of trucks arrived in Chad carrying 300 tents, escorted by the Chadian army.\n",
     []),
])
def test_cargo_given_by_after_it(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "The Government of X and the Government of Y signed": both states sign, though "of" stands before the first
    ("Chad needs help. The Government of Norway and the Government of Chad had signed a grant agreement worth $5.5 "
     "million for 600 vaccine refrigerators.\n",
     [(("norway",), ("chad",), "signed", "vaccine refrigerators")]),
    ("Chad needs help. Officials said the Government of Norway and the Government of Chad signed a loan agreement for "
     "the rebuilding of roads.\n",
     [(("norway",), ("chad",), "signed", "rebuilding of roads")]),
    ("Chad needs help. The Royal Government of Norway and the Federal Government of Chad signed an agreement on the "
     "supply of water pumps.\n",
     [(("norway",), ("chad",), "signed", "supply of water pumps")]),
    # a government that is itself the object of a preposition is no signer
    ("Chad needs help. A team from the Government of Norway and the Government of Chad signed a grant agreement worth "
     "$5.5 million for 600 vaccine refrigerators.\n", []),
])
def test_states_named_by_their_governments_sign(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "a document under which X will build/rebuild/equip ...": X builds for the place it names, or else for the
    # one other state of the sentence, the signers' own countries included
    ("Chad needs help. Norway and Chad signed an agreement under which Norway will rebuild 14 kindergartens in Chad.\n",
     [(("norway",), ("chad",), "signed", "kindergartens")]),
    ("Chad needs help. Norway's minister, Ola Berg, and Chad's minister, Ali Moussa, signed an agreement under which "
     "Norway will rebuild 14 kindergartens in the districts of Abeche and Sarh.\n",
     [(("norway",), ("chad",), "signed", "kindergartens")]),
    ("Chad needs help. The two signed a memorandum under which Norway will build a hospital in Chad.\n",
     [(("norway",), ("chad",), "signed", "hospital")]),
    ("Chad needs help. - A Memorandum of Understanding on Health, under which Norway will support the establishment "
     "of a vaccine plant in Chad;\n",
     [(("norway",), ("chad",), "agreed", "vaccine plant")]),
    # no document; a side that builds for itself
    ("Chad needs help. The plan, under which Norway will build a hospital in Chad, was discussed.\n", []),
    ("Chad needs help. Norway and Chad signed a deal under which Norway will repair its own embassy.\n", []),
    ("Chad needs help. Norway and Chad signed an agreement under which Chad will rebuild its roads.\n", []),
])
def test_built_under_a_document(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a state's promise to build works counted, in or for a place or state the clause names
    ("Chad needs help. Norway will rebuild 14 kindergartens in Chadian border districts.\n",
     [(("norway",), ("chad",), "pledged", "kindergartens")]),
    ("Chad needs help. Japan will build two schools for Chad.\n", [(("japan",), ("chad",), "pledged", "schools")]),
    # the same counted works promised, then signed for: one commitment, signed
    ("Chad needs help. Norway will rebuild 14 kindergartens in Chadian border districts, officials said. Norway and "
     "Chad signed an agreement under which Norway will rebuild 14 kindergartens in Chad.\n",
     [(("norway",), ("chad",), "signed", "kindergartens")]),
    # not to fire: works not counted, a side that builds at home, or a maker building under contract
    ("Chad needs help. Norway will rebuild homes in Chad.\n", []),
    ("Chad needs help. Chad will rebuild 500 homes in Chad's north.\n", []),
    ("Chad needs help. Thales will build more than 5,000 missiles for Chad.\n", []),
])
def test_a_state_s_promise_to_build_counted_works(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "the agreement signed (on a day) by X and Y on/for/covering Z": the lender of the two gives Z
    ("Chad needs help. The ministers welcomed the agreement signed on 13 October by the European Investment Bank and "
     "Chad on a €300 million loan for the modernisation of railway lines.\n",
     [(("european-investment-bank",), ("chad",), "signed", "€300 million loan")]),
    ("Chad needs help. The memorandum signed by the World Bank and Chad covering budget support was praised.\n",
     [(("world-bank",), ("chad",), "signed", "budget support")]),
    ("Chad needs help. A contract was signed last week by the World Bank and Chad for the rehabilitation of 40 "
     "schools.\n",
     [(("world-bank",), ("chad",), "signed", "rehabilitation of 40 schools")]),
    # the document of money named before a passive of signing, "by" or "between" the two
    ("Chad needs help. A $45 million loan agreement was signed on Tuesday by Chad and the World Bank.\n",
     [(("world-bank",), ("chad",), "signed", "$45 million loan agreement")]),
    ("Chad needs help. A $45 million loan agreement was signed between Chad and the World Bank.\n",
     [(("world-bank",), ("chad",), "signed", "$45 million loan agreement")]),
    # a day after "on" is no thing; two states, of whom the text does not say which gives; a document of no money
    ("Chad needs help. The agreement signed by the World Bank and Chad on Monday was praised.\n", []),
    ("Chad needs help. A memorandum of understanding was signed between Chad and the World Bank.\n", []),
    ("Chad needs help. A $45 million loan agreement was signed between Chad and Niger.\n", []),
    ("Chad needs help. The deal signed by Norway and Chad on water pumps was praised.\n", []),
])
def test_document_signed_by_two_parties(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # thanks for things "handed over/delivered to" one named: that one receives, whoever thanks
    ("Chad needs help. She thanked the World Food Programme (WFP) for the 20 ambulances handed over to the Chad Red "
     "Cross in March.\n",
     [(("world-food-programme",), ("chad-red-cross",), "delivered", "ambulances")]),
    ("Chad needs help. She thanked Norway for the 20 ambulances delivered to the Chad Red Cross, which cut response "
     "times.\n",
     [(("norway",), ("chad-red-cross",), "delivered", "ambulances")]),
    # thanks for things "the first N of which arrived in" a place: the place receives
    ("Chad needs help. During a call with Norway, the Head of State thanked Norway for the water pumps, the first "
     "three of which arrived in Chad this week.\n",
     [(("norway",), ("chad",), "delivered", "water pumps")]),
    # what is still to come, or what is no thing given
    ("Chad needs help. The minister thanked Norway for the water pumps, the first three of which will arrive in May.\n",
     []),
    ("Chad needs help. The minister thanked Norway for its words, some of which arrived late.\n", []),
])
def test_thanks_for_things_that_came(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "and" between the people or places a listed thing is for joins no second thing
    ("Chad needs help. Spain announced a package for Chad comprising training for 300 officers and "
     "non-commissioned officers at Spanish academies, and four patrol boats.\n",
     [(("spain",), ("chad",), "pledged", "package"),
      (("spain",), ("chad",), "pledged", "training for 300 officers and non-commissioned officers at Spanish academies"),
      (("spain",), ("chad",), "pledged", "patrol boats")]),
    ("Chad needs help. Spain announced a package for Chad including training for pilots and mechanics and spare "
     "parts for helicopters.\n",
     [(("spain",), ("chad",), "pledged", "package"),
      (("spain",), ("chad",), "pledged", "training for pilots and mechanics"),
      (("spain",), ("chad",), "pledged", "spare parts for helicopters")]),
    ("Chad needs help. Spain announced a package worth 10m euros for Chad, comprising generators for hospitals and "
     "schools, and two ambulances.\n",
     [(("spain",), ("chad",), "pledged", "package"),
      (("spain",), ("chad",), "pledged", "generators for hospitals and schools"),
      (("spain",), ("chad",), "pledged", "ambulances")]),
    # a thing after "and" that is no one's or no place's is a thing of its own
    ("Chad needs help. Spain announced a package for Chad including tents for families and hygiene kits.\n",
     [(("spain",), ("chad",), "pledged", "package"),
      (("spain",), ("chad",), "pledged", "tents for families"),
      (("spain",), ("chad",), "pledged", "hygiene kits")]),
])
def test_and_between_those_a_listed_thing_is_for(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a clause of concession after the list closes it: no thing of its own
    ("Chad needs help. Spain promised Chad water pumps and radios, though Garcia declined to give numbers.\n",
     [(("spain",), ("chad",), "pledged", "water pumps"), (("spain",), ("chad",), "pledged", "radios")]),
    ("Chad needs help. Spain promised Chad ambulances and tents, although officials gave no date.\n",
     [(("spain",), ("chad",), "pledged", "ambulances"), (("spain",), ("chad",), "pledged", "tents")]),
    ("Chad needs help. Spain promised Chad 20 ambulances, 40 tents and 100 blankets, though it gave no date for "
     "them.\n",
     [(("spain",), ("chad",), "pledged", "ambulances"), (("spain",), ("chad",), "pledged", "tents"),
      (("spain",), ("chad",), "pledged", "blankets")]),
])
def test_a_clause_of_concession_closes_a_list_of_things(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a make or model alone before "and" shares the plural noun after the next one
    ("Chad needs help. Chad asked Spain for 20 more Aster and IRIS-T fire units before the rains.\n",
     [(("spain",), ("chad",), "asked", "Aster and IRIS-T fire units")]),
    ("Chad needs help. Spain will send Leopard and Abrams tanks to Chad.\n",
     [(("spain",), ("chad",), "pledged", "Leopard and Abrams tanks")]),
    ("Chad needs help. Poland promised Stinger and Piorun missiles to Chad.\n",
     [(("poland",), ("chad",), "pledged", "Stinger and Piorun missiles")]),
    # each with its own noun or its own number is a thing of its own
    ("Chad needs help. Spain will send Aster systems and Leopard tanks to Chad.\n",
     [(("spain",), ("chad",), "pledged", "Aster systems"), (("spain",), ("chad",), "pledged", "Leopard tanks")]),
    ("Chad needs help. Spain will send 20 Aster and 40 Leopard tanks to Chad.\n",
     [(("spain",), ("chad",), "pledged", "Aster"), (("spain",), ("chad",), "pledged", "Leopard tanks")]),
])
def test_a_make_alone_before_and_shares_the_next_one_s_noun(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # fuel named by its kind is a thing of aid
    ("Chad needs help. The diesel, paid for by Norway, was handed over to Chad on Monday.\n",
     [(("norway",), ("chad",), "delivered", "diesel")]),
    ("Chad needs help. Norway sent kerosene and blankets to Chad.\n",
     [(("norway",), ("chad",), "delivered", "kerosene"), (("norway",), ("chad",), "delivered", "blankets")]),
    ("Chad needs help. Norway will provide Chad with petrol for its ambulances.\n",
     [(("norway",), ("chad",), "pledged", "petrol")]),
    # a fuel's price or shortage is no gift
    ("Chad needs help. Norway said the price of diesel had doubled in Chad.\n", []),
])
def test_fuel_by_its_kind_is_aid(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a load told already, named again by its carrier alone, is no new thing
    ("Chad needs help. Chad thanked Norway for financing the shipment, the ministry said.\n", []),
    ("Chad needs help. Chad thanked Norway for the donation.\n", []),
    ("Chad needs help. Norway said it had paid for the consignment.\n", []),
    # a load with what it carries, or one more, is a thing of its own
    ("Chad needs help. Norway financed the shipment of 20 tonnes of rice to Chad.\n",
     [(("norway",), ("chad",), "delivered", "shipment of 20 tonnes of rice")]),
    ("Chad needs help. Norway will fund a second consignment of fuel for Chad.\n",
     [(("norway",), ("chad",), "pledged", "second consignment of fuel")]),
])
def test_a_load_named_again_by_its_carrier_is_no_new_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # an aside on what a listed thing holds ("including ...", "such as ...") is no thing of its own
    ("Chad needs help. Norway announced a package for Chad. The package includes $30 million for demining, "
     "$8 million for assistance to survivors, including prosthetics and vocational training, and $7 million for "
     "risk education.\n",
     [(("norway",), ("chad",), "pledged", "package"),
      (("norway",), ("chad",), "pledged", "demining"),
      (("norway",), ("chad",), "pledged", "assistance to survivors, including prosthetics and vocational training"),
      (("norway",), ("chad",), "pledged", "risk education")]),
    ("Chad needs help. Norway announced a package for Chad. The package includes $5 million for health, "
     "such as vaccines and clinics, and $2 million for schools.\n",
     [(("norway",), ("chad",), "pledged", "package"),
      (("norway",), ("chad",), "pledged", "health, such as vaccines and clinics"),
      (("norway",), ("chad",), "pledged", "schools")]),
])
def test_an_aside_on_what_a_listed_thing_holds_is_no_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the words set off after the receiver say what the receiver is, not one more thing
    ("Chad needs help. Norway handed over 120 detectors and two demining machines to Chad Mine Action, the national "
     "clearance operator.\n",
     [(("norway",), ("chad-mine-action",), "delivered", "detectors"),
      (("norway",), ("chad-mine-action",), "delivered", "demining machines")]),
    ("Chad needs help. Norway delivered 40 generators, 20 pumps and 10 transformers to Chad Power, the state grid "
     "operator.\n",
     [(("norway",), ("chad-power",), "delivered", "generators"),
      (("norway",), ("chad-power",), "delivered", "pumps"),
      (("norway",), ("chad-power",), "delivered", "transformers")]),
])
def test_the_receiver_set_off_after_a_list_is_no_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the people of one team joined by "and" are one thing; "aboard" ends the thing as a preposition does
    ("Chad needs help. Spain will send Chad a field hospital and a team of 30 doctors and nurses aboard a navy ship.\n",
     [(("spain",), ("chad",), "pledged", "field hospital"),
      (("spain",), ("chad",), "pledged", "team of 30 doctors and nurses")]),
    ("Chad needs help. Spain sent engineers and technicians to Chad to repair the grid.\n",
     [(("spain",), ("chad",), "delivered", "engineers and technicians")]),
    # people counted apart, or people and things, are two
    ("Chad needs help. Spain sent 20 doctors and 10 nurses to Chad.\n",
     [(("spain",), ("chad",), "delivered", "doctors"), (("spain",), ("chad",), "delivered", "nurses")]),
    ("Chad needs help. Spain sent 40 rescuers and two helicopters to Chad.\n",
     [(("spain",), ("chad",), "delivered", "rescuers"), (("spain",), ("chad",), "delivered", "helicopters")]),
])
def test_the_people_of_one_team_are_one_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the "to" of a range of numbers does not end the thing
    ("Chad needs help. Spain will finance the repair of units 1 to 4 of the Farcha power station in Chad.\n",
     [(("spain",), ("chad",), "pledged", "repair of units 1 to 4 of the Farcha power station")]),
    ("Chad needs help. Spain will finance the rehabilitation of wells 3 to 9 for Chad.\n",
     [(("spain",), ("chad",), "pledged", "rehabilitation of wells 3 to 9")]),
    # a "to" after a number that opens the receiver still ends it
    ("Chad needs help. Spain sent 20 tanks to Chad.\n", [(("spain",), ("chad",), "delivered", "tanks")]),
])
def test_a_range_of_numbers_stays_in_the_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "and" between two things one work is done on joins no second gift
    ("Chad needs help. Spain will fund the repair of roads and bridges in Chad.\n",
     [(("spain",), ("chad",), "pledged", "repair of roads and bridges")]),
    ("Chad needs help. Chad appealed to Spain for help rebuilding schools and health centres in the east.\n",
     [(("spain",), ("chad",), "asked", "help rebuilding schools and health centres")]),
    ("Chad needs help. Spain will finance the reconstruction of homes and clinics in Chad.\n",
     [(("spain",), ("chad",), "pledged", "reconstruction of homes and clinics")]),
    # a counted thing after "and" is a gift of its own
    ("Chad needs help. Spain will fund the repair of roads and two generators for Chad.\n",
     [(("spain",), ("chad",), "pledged", "repair of roads"), (("spain",), ("chad",), "pledged", "generators")]),
])
def test_two_things_one_work_is_done_on_are_one(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # support named by the work it pays for: clearing, removal, disposal, rehabilitation
    ("Chad needs help. Spain committed support for clearing mines from farmland in Chad.\n",
     [(("spain",), ("chad",), "pledged", "clearing mines")]),
    ("Chad needs help. Spain pledged funding for the removal of rubble in N'Djamena.\n",
     [(("spain",), ("chad",), "pledged", "removal of rubble in N'Djamena")]),
    ("Chad needs help. Spain pledged support for the rehabilitation of water networks.\n",
     [(("spain",), ("chad",), "pledged", "rehabilitation of water networks")]),
    # support for people or a place, which names no work, stays support
    ("Chad needs help. Spain pledged support for the people of Chad.\n", [(("spain",), ("chad",), "pledged", "support")]),
])
def test_support_named_by_the_work_it_pays_for(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a rank among the day's pledges is no thing; the sum it ranks, set off after it, is
    ("Chad needs help. Spain announced the largest package of the day. Madrid will supply Chad a €90 million package "
     "made up of four ambulances.\n",
     [(("spain",), ("chad",), "pledged", "€90 million package"), (("spain",), ("chad",), "pledged", "ambulances")]),
    ("Chad needs help. Spain announced the biggest pledge of the conference, 500 million dollars for Chad.\n",
     [(("spain",), ("chad",), "pledged", "500 million dollars")]),
    ("Chad needs help. Spain announced the largest package of the day: 500 million dollars for schools in Chad.\n",
     [(("spain",), ("chad",), "pledged", "500 million dollars")]),
    # a rank set off after the thing leaves the thing
    ("Chad needs help. Spain pledged 20 ambulances to Chad, the largest pledge of the day.\n",
     [(("spain",), ("chad",), "pledged", "ambulances")]),
])
def test_a_rank_among_the_day_s_pledges_is_no_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a state that signs a loan with a lender borrows, whoever the article's aid is mostly for
    ("Chad needs help. Spain gave Chad 20 ambulances. Niger signed a $450 million loan with the African Development "
     "Bank to rebuild roads.\n",
     [(("spain",), ("chad",), "delivered", "ambulances"),
      (("african-development-bank",), ("niger",), "signed", "$450 million loan")]),
    ("Chad needs help. Spain gave Chad 20 ambulances. Niger on Friday signed a $450 million loan with the World Bank "
     "for schools.\n",
     [(("spain",), ("chad",), "delivered", "ambulances"),
      (("world-bank",), ("niger",), "signed", "$450 million loan")]),
    # a lender that signs a loan with a body lends to it
    ("Chad needs help. Spain gave Chad 20 ambulances. The European Investment Bank signed a €400 million loan with "
     "the Chad Electricity Company.\n",
     [(("spain",), ("chad",), "delivered", "ambulances"),
      (("european-investment-bank",), ("chad-electricity-company",), "signed", "€400 million loan")]),
])
def test_a_state_that_signs_a_loan_with_a_lender_borrows(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a body named between the verb of an agreement's terms and the thing receives the thing
    ("Chad needs help. Chad and Spain signed an agreement under which Spain will give the Chad Electricity Company a "
     "grant of 12 million euros.\n",
     [(("spain",), ("chad-electricity-company",), "agreed", "grant of 12 million euros")]),
    ("Chad needs help. Chad and Spain signed an agreement under which Spain will provide the Chad Water Authority "
     "40 pumps.\n",
     [(("spain",), ("chad-water-authority",), "agreed", "pumps")]),
    # a thing first, then the body after "to": the body is no first object
    ("Chad needs help. Chad and Spain signed an agreement under which Spain will give a grant of 12 million euros to "
     "the Chad Electricity Company.\n",
     [(("spain",), ("chad-electricity-company",), "agreed", "grant of 12 million euros")]),
])
def test_the_body_an_agreement_s_giver_will_give_a_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the forms one sum takes, joined by "and", are one thing
    ("Chad needs help. Spain announced a €300m package of grants and soft loans for rebuilding schools in Chad.\n",
     [(("spain",), ("chad",), "pledged", "€300m package of grants and soft loans")]),
    ("Chad needs help. Spain pledged grants and concessional loans to Chad.\n",
     [(("spain",), ("chad",), "pledged", "grants and concessional loans")]),
    # a form of money and a thing are two
    ("Chad needs help. Spain pledged grants and 20 ambulances to Chad.\n",
     [(("spain",), ("chad",), "pledged", "grants"), (("spain",), ("chad",), "pledged", "ambulances")]),
])
def test_the_forms_one_sum_takes_are_one_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a thing of aid, then "and" and a thing opened by its own article or number: two things
    ("Chad needs help. Spain gave Chad six surveillance drones and a mobile command post.\n",
     [(("spain",), ("chad",), "delivered", "surveillance drones"),
      (("spain",), ("chad",), "delivered", "mobile command post")]),
    ("Chad needs help. Spain will send 20 water pumps and a mobile workshop to Chad.\n",
     [(("spain",), ("chad",), "pledged", "water pumps"), (("spain",), ("chad",), "pledged", "mobile workshop")]),
    ("Chad needs help. Spain has delivered generators and a field bakery to Chad.\n",
     [(("spain",), ("chad",), "delivered", "generators"), (("spain",), ("chad",), "delivered", "field bakery")]),
    ("Chad needs help. Chad appealed to Spain for boreholes and health facilities.\n",
     [(("spain",), ("chad",), "asked", "boreholes"), (("spain",), ("chad",), "asked", "health facilities")]),
    # a list whose first thing is masks
    ("Chad needs help. Chad appealed to donors for masks, blankets and water tanks.\n",
     [((), ("chad",), "asked", "masks"), ((), ("chad",), "asked", "blankets"), ((), ("chad",), "asked", "water tanks")]),
    # a number before words that share one head, and two bare nouns, name one thing
    ("Chad needs help. Spain sent Chad four search and rescue boats.\n",
     [(("spain",), ("chad",), "delivered", "search and rescue boats")]),
    ("Chad needs help. Spain sent Chad 30 mobile combined heat and power plants.\n",
     [(("spain",), ("chad",), "delivered", "mobile combined heat and power plants")]),
    ("Chad needs help. Spain delivered seed and tools to farmers in Chad.\n",
     [(("spain",), ("chad",), "delivered", "seed and tools")]),
])
def test_a_second_thing_with_its_own_article_or_number(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a participle before "by", "from", "over" or "behind" says whose or where from the thing is: no part of its name
    ("Chad needs help. Spain gave Chad radios, night-vision goggles and body armour bought from Italy.\n",
     [(("spain",), ("chad",), "delivered", "radios"), (("spain",), ("chad",), "delivered", "night-vision goggles"),
      (("spain",), ("chad",), "delivered", "body armour")]),
    ("Chad needs help. Spain donated 300 solar lamps and 50 water filters left over from an earlier mission to Chad.\n",
     [(("spain",), ("chad",), "delivered", "solar lamps"), (("spain",), ("chad",), "delivered", "water filters")]),
    ("Chad needs help. Spain gave Chad 12 patrol boats used by its navy.\n",
     [(("spain",), ("chad",), "delivered", "patrol boats")]),
    ("Chad needs help. Spain gave Chad eight trucks previously used by its army.\n",
     [(("spain",), ("chad",), "delivered", "trucks")]),
    ("Chad needs help. Spain gave Chad support for clearing landmines left behind by the war.\n",
     [(("spain",), ("chad",), "delivered", "clearing landmines")]),
    # a word that only ends like a participle stays in the name
    ("Chad needs help. Spain sent Chad a hundred tents from its reserves.\n",
     [(("spain",), ("chad",), "delivered", "tents")]),
    ("Chad needs help. Spain sent Chad drought-tolerant seed from its stocks.\n",
     [(("spain",), ("chad",), "delivered", "drought-tolerant seed")]),
])
def test_a_participle_after_the_last_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "plus" joins one more thing to a list, as "and" or "as well as" does
    ("Chad needs help. Spain delivered 20 generators plus 5,000 litres of fuel to Chad.\n",
     [(("spain",), ("chad",), "delivered", "generators"), (("spain",), ("chad",), "delivered", "5,000 litres of fuel")]),
    ("Chad needs help. Chad asked Spain for helicopters plus spare parts.\n",
     [(("spain",), ("chad",), "asked", "helicopters"), (("spain",), ("chad",), "asked", "spare parts")]),
    ("Chad needs help. Spain sent Chad tents and blankets, plus water purification tablets.\n",
     [(("spain",), ("chad",), "delivered", "tents"), (("spain",), ("chad",), "delivered", "blankets"),
      (("spain",), ("chad",), "delivered", "water purification tablets")]),
    ("Chad needs help. Spain gave Chad 40 tents, plus 300 blankets and 20 stoves.\n",
     [(("spain",), ("chad",), "delivered", "tents"), (("spain",), ("chad",), "delivered", "blankets"),
      (("spain",), ("chad",), "delivered", "stoves")]),
    # what follows "plus" that is no thing of aid is not proposed
    ("Chad needs help. Spain lent Chad €20 million plus interest.\n",
     [(("spain",), ("chad",), "delivered", "€20 million")]),
])
def test_plus_joins_a_thing_to_a_list(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a short noun in lower case among two or more things of aid is a thing given as well
    ("Chad needs help. Spain offered Chad maize, rice and cooking oil.\n",
     [(("spain",), ("chad",), "pledged", "maize"), (("spain",), ("chad",), "pledged", "rice"),
      (("spain",), ("chad",), "pledged", "cooking oil")]),
    ("Chad needs help. Chad appealed to donors for soap, blankets and water tanks.\n",
     [((), ("chad",), "asked", "soap"), ((), ("chad",), "asked", "blankets"), ((), ("chad",), "asked", "water tanks")]),
    ("Chad needs help. Spain sent Chad tents, blankets, soap, jerrycans and mosquito nets.\n",
     [(("spain",), ("chad",), "delivered", "tents"), (("spain",), ("chad",), "delivered", "blankets"),
      (("spain",), ("chad",), "delivered", "soap"), (("spain",), ("chad",), "delivered", "jerrycans"),
      (("spain",), ("chad",), "delivered", "mosquito nets")]),
    # words of feeling are no thing given, however many things of aid come before them
    ("Chad needs help. Spain sent Chad tents, blankets and its condolences.\n",
     [(("spain",), ("chad",), "delivered", "tents")]),
])
def test_a_plain_noun_among_things_of_aid(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a sum, then "and" and a thing with its own article or number: the sum and the thing
    ("Chad needs help. Spain promised Chad €20 million and 10 ambulances.\n",
     [(("spain",), ("chad",), "pledged", "€20 million"), (("spain",), ("chad",), "pledged", "ambulances")]),
    ("Chad needs help. Spain pledged $5 million and a field hospital to Chad.\n",
     [(("spain",), ("chad",), "pledged", "$5 million"), (("spain",), ("chad",), "pledged", "field hospital")]),
    ("Chad needs help. Spain pledged €20 million and two million doses of vaccine to Chad.\n",
     [(("spain",), ("chad",), "pledged", "€20 million"), (("spain",), ("chad",), "pledged", "doses of vaccine")]),
    # two sums are no sum and thing; a word that is no thing of aid after the sum is not split off
    ("Chad needs help. Spain pledged €20 million and €30 million in loans to Chad.\n",
     [(("spain",), ("chad",), "pledged", "€20 million and €30 million")]),
    ("Chad needs help. Spain pledged €20 million and a warning to Chad.\n",
     [(("spain",), ("chad",), "pledged", "€20 million and a warning")]),
])
def test_a_sum_and_a_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a vehicle "carrying" its cargo inside the subject of an arrival: the nation the subject names sends the cargo
    ("Chad needs help. A Turkish cargo plane carrying 300 family tents and 1,000 blankets has landed at Abeche "
     "airport, according to Turkey's disaster agency.\n",
     [(("turkey",), ("chad",), "delivered", "family tents"), (("turkey",), ("chad",), "delivered", "blankets")]),
    ("Sudan needs help. An Omani ship loaded with 2,000 tonnes of flour docked in Sudan on Friday.\n",
     [(("oman",), ("sudan",), "delivered", "2,000 tonnes of flour")]),
    # the country's name set before the vehicle as its adjective is; a live blog's time before the subject
    ("Chad needs help. A Qatar air force plane carrying food, tents and medicines touched down in Chad.\n",
     [(("qatar",), ("chad",), "delivered", "food"), (("qatar",), ("chad",), "delivered", "tents"),
      (("qatar",), ("chad",), "delivered", "medicines")]),
    ("Chad needs help.\n\n09:15 – A Qatari air force plane carrying food and tents touched down in Chad.\n",
     [(("qatar",), ("chad",), "delivered", "food"), (("qatar",), ("chad",), "delivered", "tents")]),
    # people land too; and a vehicle no one is named as sending sends nothing
    ("Chad needs help. A Spanish plane carrying the foreign minister landed in Chad on Sunday.\n", []),
    ("Chad needs help. A plane carrying 40 tonnes of food landed in Chad on Sunday.\n", []),
])
def test_a_vehicle_carrying_its_cargo_arrives(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a participle of giving whose noun phrase goes on doing something else, or is told of in a clause of its own
    ("Chad needs help. Two helicopters sent by Peru have been flying rescue missions over Chad.\n",
     [(("peru",), ("chad",), "delivered", "helicopters")]),
    ("Chad needs help. The new ships will join the Dorado, a patrol boat donated by Japan that was handed over to "
     "the Chad Navy last month.\n",
     [(("japan",), ("chad-navy",), "delivered", "patrol boat")]),
    # the verb after the agent tells the gift: read once, with that verb
    ("Chad needs help. Generators donated by Japan arrived in Chad on Monday.\n",
     [(("japan",), ("chad",), "delivered", "Generators")]),
    # any other verb is news of something else
    ("Chad needs help. Tanks supplied by Germany were destroyed in the fighting.\n", []),
])
def test_a_participle_of_giving_before_another_verb(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "they" after a verb of saying: the two or more the subject of the saying joins by "and"
    ("Chad needs help. Norway and Denmark said they would jointly finance 500 generators for Chad.\n",
     [(("norway", "denmark"), ("chad",), "pledged", "generators")]),
    ("Chad needs help. Spain and Portugal announced on Monday that they had sent 40 tonnes of food to Chad.\n",
     [(("spain", "portugal"), ("chad",), "delivered", "40 tonnes of food")]),
    ("Chad needs help. Sweden, Finland and Estonia said they will provide $30 million to Chad.\n",
     [(("sweden", "finland", "estonia"), ("chad",), "pledged", "$30 million")]),
    # one country is no "they"; people whose country the text leaves unsaid are no party; a gift refused is none
    ("Chad needs help. Norway said they would send 500 generators to Chad.\n", []),
    ("Chad needs help. Officials in Norway said they would send 500 generators to Chad.\n", []),
    ("Chad needs help. Norway and Denmark said they would not send troops to Chad.\n", []),
])
def test_they_after_a_verb_of_saying(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "Its president, Name,": a person named by a role in the one body the sentence before names
    ("Chad needs help. The biggest offer came from the African Development Bank. Its president, Rodrigo Vela, "
     "pledged a 300-million-dollar emergency loan to Chad.\n",
     [(("african-development-bank",), ("chad",), "pledged", "300-million-dollar emergency loan")]),
    ("Chad needs help. The largest pledge came from Japan. Its State Minister for Foreign Affairs, Kenji Aoki, "
     "pledged 60 million dollars to Chad.\n",
     [(("japan",), ("chad",), "pledged", "60 million dollars")]),
    # "Name, the bank's vice president,": the one bank named just before
    ("Chad needs help. The World Bank moved first. Lars Berg, the bank's regional vice president, announced a "
     "US$1.2 billion loan for Chad.\n",
     [(("world-bank",), ("chad",), "pledged", "US$1.2 billion loan")]),
    # two bodies named before: whose role it is, the text does not say
    ("Chad needs help. The World Bank and the African Development Bank spoke. Lars Berg, the bank's regional vice "
     "president, announced a US$1.2 billion loan for Chad.\n", []),
    ("Chad needs help. The first offers came from Japan and the World Bank. Its president, Rodrigo Vela, pledged a "
     "300-million-dollar emergency loan to Chad.\n", []),
])
def test_a_person_named_by_a_role_in_a_body_named_before(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "that the Bank will provide", the kind written as a title: the body of that kind the sentence names before
    ("Chad needs help. The African Development Bank and the World Bank sent envoys. The minister held a call with "
     "Sebastian Quiroga, the World Bank's vice-president for the Sahel, who confirmed that the Bank will provide 150 "
     "million dollars to Chad.\n",
     [(("world-bank",), ("chad",), "pledged", "150 million dollars")]),
    ("Chad needs help. The Islamic Development Bank and the European Investment Bank spoke. Ana Ruiz, the European "
     "Investment Bank's envoy, said that the Bank would lend 40 million euros to Chad.\n",
     [(("european-investment-bank",), ("chad",), "pledged", "40 million euros")]),
    # a sentence that names no body before "that the Bank": which bank, the text does not say
    ("Chad needs help. The Islamic Development Bank and the European Investment Bank spoke. Ana Ruiz, Chad's finance "
     "minister, said that the Bank would lend 40 million euros to Chad.\n", []),
])
def test_a_body_reported_on_by_its_kind_as_a_title(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a flight or plane named by the aid it carries lands as goods do: from the nation the subject names
    ("Chad needs help. The first Mexican aid flight landed at Abeche airport this afternoon.\n",
     [(("mexico",), ("chad",), "delivered", "aid flight")]),
    ("Chad needs help. A Saudi relief plane touched down in Chad on Monday.\n",
     [(("saudi-arabia",), ("chad",), "delivered", "relief plane")]),
    # a flight that carries people is no aid
    ("Chad needs help. The Mexican president's flight landed in Chad on Monday.\n", []),
])
def test_an_aid_flight_lands(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "the government" past a sentence on the money that opens with no one: the country the sentence before opened with
    ("Chad needs help. Norway will provide NOK 1.5 billion to Chad. The money will arrive in May. The government has "
     "also earmarked NOK 800 million for Chad's power plants.\n",
     [(("norway",), ("chad",), "pledged", "NOK 1.5 billion"), (("norway",), ("chad",), "pledged", "NOK 800 million")]),
    # the sentence just before opens with others; the side that receives is never "the government" that gives
    ("Chad needs help. Norway will provide NOK 1.5 billion to Chad. Sweden and Japan spoke next. The government has "
     "also earmarked NOK 800 million for Chad's power plants.\n",
     [(("norway",), ("chad",), "pledged", "NOK 1.5 billion")]),
    ("Chad needs help. Chad asked Norway for NOK 1.5 billion. The money would rebuild the grid. The government has "
     "earmarked NOK 800 million for power plants.\n",
     [(("norway",), ("chad",), "asked", "NOK 1.5 billion")]),
])
def test_the_government_past_a_sentence_on_the_money(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "the county would send", reported by one who speaks for a body whose name has that word
    ("Chad needs help. On Thursday, the president of Garoua County Council, Ali Bello, handed over twelve ambulances "
     "to Chad. \"We are neighbours,\" Bello said, adding that the county would send medical equipment to hospitals in "
     "Chad in the spring.\n",
     [(("garoua-county-council",), ("chad",), "delivered", "ambulances"),
      (("garoua-county-council",), ("chad",), "pledged", "medical equipment")]),
    # a word that is not in the speaker's body's name: whose government, the text does not say
    ("Chad needs help. On Thursday, the president of Garoua County Council, Ali Bello, handed over twelve ambulances "
     "to Chad. \"We are neighbours,\" Bello said, adding that the government would send medical equipment to "
     "hospitals in Chad in the spring.\n",
     [(("garoua-county-council",), ("chad",), "delivered", "ambulances")]),
])
def test_a_body_called_by_a_word_of_its_name_by_its_speaker(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "X, through its agency, Y, is funding": the one the sentence opens with gives, through the channel set off
    ("Chad needs help. The European Union, through its humanitarian aid department, ECHO, is funding cash assistance "
     "for displaced families in Chad.\n",
     [(("european-union",), ("chad",), "delivered", "cash assistance")]),
    ("Chad needs help. Japan, through its development agency, JICA, has delivered 40 generators to Chad.\n",
     [(("japan",), ("chad",), "delivered", "generators")]),
    # a channel set off after a place is no giver's
    ("Chad needs help. In Abeche, through its local office, JICA, 40 generators were counted.\n", []),
])
def test_a_giver_through_its_channel(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "handed over to the Chadian army", reported by one side: the force the text has named in full receives
    ("Chad needs help. Italy's defence minister, Luca Ferri, met the commander of the Chadian Armed Forces. Ferri's "
     "office said 30 engineering vehicles had been handed over to the Chadian army last week.\n",
     [(("italy",), ("chadian-armed-forces",), "delivered", "engineering vehicles")]),
    ("Chad needs help. Italy's defence minister, Luca Ferri, visited the Chadian Navy. Ferri's office said two patrol "
     "boats had been handed over to the Chadian navy last week.\n",
     [(("italy",), ("chadian-navy",), "delivered", "patrol boats")]),
    # a force the text never names in full: who received, the draft does not guess
    ("Chad needs help. Italy's defence minister, Luca Ferri, visited. Ferri's office said 30 engineering vehicles had "
     "been handed over to the Chadian army last week.\n", []),
])
def test_a_handover_to_a_force_named_by_its_adjective(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a headline on the one who comes to give ("Japan's top diplomat brings aid") names the country of the report's
    # principal, whom the body names by title alone
    ("Japan's top diplomat brings aid to N'Djamena\n\nN'DJAMENA — Foreign Minister Aiko Sato arrived in Chad on "
     "Monday, her first visit since Japanese troops left. Ms. Sato announced $20 million for flood relief in Chad.\n",
     [(("japan",), ("chad",), "pledged", "$20 million")]),
    ("German minister pledges aid in N'Djamena visit\n\nDevelopment Minister Karl Weber arrived in Chad on Monday, "
     "the first German minister to visit. Weber announced 20 million euros for flood relief in Chad.\n",
     [(("germany",), ("chad",), "pledged", "20 million euros")]),
    # a headline on the host, or on two sides, names no giver
    ("Chad's president welcomes donors\n\nPresident Idriss Mahamat met donors on Monday, and Japan pledged help. "
     "Mahamat announced $20 million for flood relief in Chad.\n", []),
    ("Japan's PM and Chad's president meet in N'Djamena\n\nPrime Minister Aiko Sato arrived in Chad on Monday. "
     "Ms. Sato announced $20 million for flood relief in Chad.\n", []),
])
def test_a_headline_names_the_principal_s_country(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # vehicles in the plural or by their type's name carry their cargo as a plane does
    ("Chad needs help. Two Japanese planes carrying tents landed in Chad, the ministry said.\n",
     [(("japan",), ("chad",), "delivered", "tents")]),
    ("Chad needs help. A Spanish A400M carrying 12 tonnes of medicines touched down in Chad.\n",
     [(("spain",), ("chad",), "delivered", "12 tonnes of medicines")]),
    # the nation named after "a shipment of" or "a convoy of 20"
    ("Chad needs help. A shipment of Japanese tents arrived in Chad.\n", [(("japan",), ("chad",), "delivered", "tents")]),
    ("Chad needs help. A convoy of 20 Turkish trucks carrying flour reached Chad.\n",
     [(("turkey",), ("chad",), "delivered", "flour")]),
    # a vehicle its giver sent carries the gift, named after the giver
    ("Chad needs help. A plane chartered by Japan and carrying 40 tonnes of food landed in Chad.\n",
     [(("japan",), ("chad",), "delivered", "40 tonnes of food")]),
    # a delivery for a force named by its adjective goes to the force the article names in full
    ("Chad needs help. The commander of the Chadian Armed Forces spoke. The first shipment of Qatari fuel for the "
     "Chadian army had arrived in N'Djamena on Sunday.\n",
     [(("qatar",), ("chadian-armed-forces",), "delivered", "fuel")]),
    # a vehicle carrying people, or goods for sale, is no gift
    ("Chad needs help. A Spanish A400M carrying the defence minister touched down in Chad.\n", []),
    ("Chad needs help. A shipment of Japanese cars arrived in Chad for sale.\n", []),
])
def test_vehicles_and_shipments_named_by_their_nation(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a participle set off by commas before the verb of arrival: told once, with that verb
    ("Chad needs help. The aid, sent by Japan, arrived in Chad on Monday.\n",
     [(("japan",), ("chad",), "delivered", "aid")]),
    # handed out after it was given: the participle tells the gift
    ("Chad needs help. Supplies donated by Japan were distributed in Chad on Monday.\n",
     [(("japan",), ("chad",), "delivered", "Supplies")]),
])
def test_a_participle_of_giving_and_what_became_of_the_gift(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # aircraft sent to fight fires land as rescuers do: a gift from the nation the subject names
    ("Chad needs help. Two Spanish water bombers landed in Chad on Monday.\n",
     [(("spain",), ("chad",), "delivered", "water bombers")]),
    ("Chad needs help. Two Brazilian firefighting aircraft touched down in Chad this morning.\n",
     [(("brazil",), ("chad",), "delivered", "firefighting aircraft")]),
    # an air force plane that lands carries whom the text does not say
    ("Chad needs help. Two Spanish air force planes landed in Chad on Monday.\n", []),
])
def test_aircraft_sent_to_fight_fires_land(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a second verb joined by "and" gives for the one the sentence opens with after a place and its apposition
    ("Chad needs help. In Abeche, the regional capital, Norway held talks with the governor and then pledged 40 "
     "ambulances to Chad.\n",
     [(("norway",), ("chad",), "pledged", "ambulances")]),
    ("Chad needs help. In Abeche, the regional capital, Norway's minister Kari Dahl held talks with the governor and "
     "then announced a package for Chad's water sector worth 70 million euros.\n",
     [(("norway",), ("chad",), "pledged", "package")]),
    # one who opens the sentence with no country of their own gives for none
    ("Chad needs help. In Abeche, the regional capital, the governor met Norway's envoy and then pledged 40 ambulances "
     "to Chad.\n", []),
])
def test_a_subject_after_a_place_and_its_apposition(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a noun of handing over whose giver follows "by" after the thing and the one it went to
    ("Chad needs help. The delivery of 30 ambulances to Chad by Norway was completed on Monday.\n",
     [(("norway",), ("chad",), "delivered", "ambulances")]),
    ("Chad needs help. The campaign was made possible by the delivery of 18 million doses of oral polio vaccine "
     "type 2 (nOPV2) to Chad by UNICEF in October.\n",
     [(("unicef",), ("chad",), "delivered", "doses of oral polio vaccine type 2")]),
    # a time between the noun and "of"; a force named by its adjective, as the article names it in full
    ("Chad needs help. The Chadian Armed Forces met. Officials welcomed the delivery last month of 400 tents and 30 "
     "trucks to the Chadian army by Norway.\n",
     [(("norway",), ("chadian-armed-forces",), "delivered", "tents"),
      (("norway",), ("chadian-armed-forces",), "delivered", "trucks")]),
    ("Chad needs help. A donation of 50 ambulances to the health ministry of Chad by the Norwegian Red Cross was "
     "announced.\n",
     [(("norwegian-red-cross",), ("chad",), "pledged", "ambulances")]),
    # a delivery still to come is promised, not made
    ("Chad needs help. Norway's delivery of 400 tents to Chad is expected next month.\n",
     [(("norway",), ("chad",), "pledged", "tents")]),
    # a "by" after a verb names what held the delivery up, not a giver
    ("Chad needs help. The delivery of 400 tents to Chad was delayed by Norway's customs.\n", []),
    ("Chad needs help. Officials welcomed the delivery of 400 tents to Chad, and praised the speech given by Norway.\n",
     []),
])
def test_deliveries_named_by_a_noun_with_the_giver_last(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "X, whose delivery of": the one "whose" stands for owns the gift
    ("Chad needs help. The minister thanked Norway, whose delivery of 120 generators to Chad was completed at the "
     "weekend.\n",
     [(("norway",), ("chad",), "delivered", "generators")]),
    ("Chad needs help. The minister praised the Norwegian Red Cross, whose donation of 300 tents reached Chad on "
     "Monday.\n",
     [(("norwegian-red-cross",), ("chad",), "pledged", "tents")]),
    ("Chad needs help. Officials thanked Japan, whose latest shipment of rice arrived in Chad last week.\n",
     [(("japan",), ("chad",), "pledged", "rice")]),
    # "whose" of something other than a gift gives nothing
    ("Chad needs help. The minister thanked Norway, whose ambassador spoke of a delivery of 120 generators to Chad.\n",
     []),
    ("Chad needs help. Chad, whose purchase of 120 generators from Japan was completed, thanked the minister.\n", []),
])
def test_a_gift_owned_by_whose(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the gift named after a comma is not owned by a possessive before the comma
    ("Chad needs help. Forty generators were handed over to Chad's hospitals on Monday, a gift from Japan.\n",
     [(("japan",), ("chad",), "delivered", "generators")]),
    # a participle after the clause's own verb is read once, with that verb
    ("Chad needs help. Forty generators were delivered to Chad on Monday, funded by Norway.\n",
     [(("norway",), ("chad",), "delivered", "generators")]),
    ("Chad needs help. Tents have been handed over to Chad, financed by the World Bank.\n",
     [(("world-bank",), ("chad",), "delivered", "Tents")]),
    # the receiver paying for its own goods is given nothing
    ("Chad needs help. Officials said the generators were delivered on Monday, paid for by Chad itself.\n", []),
])
def test_a_giver_after_the_clause_of_a_handover(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the giver a passive's subject names, with the one that owns it before it
    ("Somalia needs help. On Sunday 600 tonnes of dates from Saudi Arabia's King Salman Humanitarian Aid and Relief "
     "Centre (KSrelief) were handed over to the Somali government at the port.\n",
     [(("king-salman-humanitarian-aid-and-relief-centre",), ("somalia",), "delivered", "600 tonnes of dates")]),
    ("Chad needs help. Blankets donated by the Norwegian Red Cross's Oslo branch have been distributed to Chad.\n",
     [(("norwegian-red-cross",), ("chad",), "delivered", "Blankets")]),
    ("Chad needs help. Blankets from Japan's warehouses in Dubai were delivered to Chad last week.\n",
     [(("japan",), ("chad",), "delivered", "Blankets")]),
    # goods bought by the receiver's own government are no gift
    ("Chad needs help. Generators bought by Chad's government were handed over to Chad.\n", []),
])
def test_a_passive_whose_subject_names_the_giver_with_its_owner(text: str,
                                                                 commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a long sentence whose clause of arrival follows a lead set off by a colon
    ("Chile needs help. Some welcome news for the region’s overstretched hospitals: a field hospital and 14 tonnes of "
     "medical supplies sent by Peru landed at Santiago’s airport around noon, officials said.\n",
     [(("peru",), ("chile",), "delivered", "medical supplies"), (("peru",), ("chile",), "delivered", "field hospital")]),
    ("Chad needs help. At last some relief for the crowded clinics of the eastern provinces: the first Japanese "
     "shipment of medicines and blankets for the displaced families in the camps arrived in Chad on Monday.\n",
     [(("japan",), ("chad",), "delivered", "shipment of medicines"), (("japan",), ("chad",), "delivered", "blankets")]),
    # words said after a colon, and people who land, are no delivery
    ("Chad needs help. The defence minister of Chad told reporters at the airport in the capital on Monday: a "
     "delegation of Norwegian officials carrying a letter from the king arrived in Chad.\n", []),
    ("Chad needs help. Some welcome news for the region’s overstretched hospitals and the families in the camps: the "
     "Norwegian foreign minister and her large delegation of diplomats landed in Chad on Monday.\n", []),
])
def test_an_arrival_after_a_lead_and_a_colon(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a convoy carrying aid that crosses into a country delivers it there
    ("Chad needs help. A convoy carrying 200 tonnes of flour from Egypt crossed into Chad on Monday.\n",
     [(("egypt",), ("chad",), "delivered", "200 tonnes of flour")]),
    ("Chad needs help. A Turkish convoy carrying 200 tonnes of flour crossed the border into Chad on Monday.\n",
     [(("turkey",), ("chad",), "delivered", "200 tonnes of flour")]),
    # people who cross carry nothing given
    ("Chad needs help. The Egyptian minister crossed into Chad on Monday.\n", []),
    ("Chad needs help. A convoy of Egyptian refugees crossed into Chad on Monday.\n", []),
])
def test_a_convoy_that_crosses_into_a_country(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "landed in X with" a count of things of aid: the vehicle's cargo
    ("Chad needs help. A Norwegian plane landed in Chad with 40 tonnes of medicines.\n",
     [(("norway",), ("chad",), "delivered", "40 tonnes of medicines")]),
    ("Chad needs help. A Norwegian plane landed in N'Djamena on Monday with 40 tonnes of medicines.\n",
     [(("norway",), ("chad",), "delivered", "40 tonnes of medicines")]),
    ("Chad needs help. Two Turkish ships docked in Chad with 3,000 tonnes of flour and 500 tents.\n",
     [(("turkey",), ("chad",), "delivered", "3,000 tonnes of flour"), (("turkey",), ("chad",), "delivered", "tents")]),
    # things of aid without a count, after the place or inside the subject
    ("Chad needs help. A Norwegian plane landed in Chad with tents and blankets.\n",
     [(("norway",), ("chad",), "delivered", "tents"), (("norway",), ("chad",), "delivered", "blankets")]),
    ("Chad needs help. A Norwegian plane landed in N'Djamena with medical supplies on Monday.\n",
     [(("norway",), ("chad",), "delivered", "medical supplies")]),
    ("Chad needs help. A Norwegian aid flight with tents and water filters arrived in Chad on Monday.\n",
     [(("norway",), ("chad",), "delivered", "tents"), (("norway",), ("chad",), "delivered", "water filters")]),
    ("Chad needs help. A Norwegian plane with 40 tonnes of medicines arrived in Chad on Monday.\n",
     [(("norway",), ("chad",), "delivered", "40 tonnes of medicines")]),
    # passengers, or a minister, are no cargo, nor is a crew or a fault, before the verb or after it
    ("Chad needs help. A Norwegian plane landed in Chad with 12 passengers on board.\n", []),
    ("Chad needs help. A Norwegian air force plane landed in Chad on Monday with the defence minister on board.\n", []),
    ("Chad needs help. A Norwegian plane landed in Chad with ministers and officials.\n", []),
    ("Chad needs help. A Norwegian plane landed in Chad with engine trouble.\n", []),
    ("Chad needs help. A Norwegian plane with its crew arrived in Chad on Monday.\n", []),
    ("Chad needs help. A Norwegian plane with the minister on board arrived in Chad on Monday.\n", []),
])
def test_a_vehicle_that_lands_with_aid(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a state's vehicles, named right after its adjective or its name, give for it; a drop from the air gives too
    ("Chad needs help. Two Norwegian air force helicopters delivered tents and blankets to villages cut off by the "
     "water.\n",
     [(("norway",), ("chad",), "delivered", "tents"), (("norway",), ("chad",), "delivered", "blankets")]),
    ("Chad needs help. Egypt's trucks delivered 40 tonnes of flour to the Chadian Red Crescent.\n",
     [(("egypt",), ("chadian-red-crescent",), "delivered", "40 tonnes of flour")]),
    ("Chad needs help. Two Norwegian air force helicopters dropped maize meal, salt and cooking oil onto villages cut "
     "off by the water.\n",
     [(("norway",), ("chad",), "delivered", "maize meal"), (("norway",), ("chad",), "delivered", "salt"),
      (("norway",), ("chad",), "delivered", "cooking oil")]),
    ("Chad needs help. Norwegian helicopters dropped 12 tonnes of food over the flooded villages on Tuesday.\n",
     [(("norway",), ("chad",), "delivered", "12 tonnes of food")]),
    # not to fire: a drop that is no gift, a fall, and a body's vehicles, which may be hired
    ("Chad needs help. Norwegian helicopters dropped leaflets.\n", []),
    ("Chad needs help. Norwegian helicopters dropped to 300 metres over the villages.\n", []),
    ("Chad needs help. Oil prices dropped to a low over the year.\n", []),
])
def test_a_state_s_vehicles_give_and_drop_aid(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a passive with no agent whose giver a phrase after it names: "courtesy of", "under a Japanese grant"
    ("Chad needs help. Forty generators were delivered to Chad courtesy of Japan.\n",
     [(("japan",), ("chad",), "delivered", "generators")]),
    ("Chad needs help. Forty generators have been distributed to Chad's hospitals, courtesy of the Norwegian Red "
     "Cross.\n",
     [(("norwegian-red-cross",), ("chad",), "delivered", "generators")]),
    ("Chad needs help. Forty generators were delivered to Chad under a Japanese grant.\n",
     [(("japan",), ("chad",), "delivered", "generators")]),
    ("Chad needs help. On Monday, 300 tents were handed over to the Chadian Red Crescent under a new Japanese grant.\n",
     [(("japan",), ("chadian-red-crescent",), "delivered", "tents")]),
    # a contract, the receiver's own programme, a purchase, or a credit for something else names no giver
    ("Chad needs help. Forty generators were delivered to Chad under a contract with Japan.\n", []),
    ("Chad needs help. Forty generators were delivered to Chad under a Chadian government programme.\n", []),
    ("Chad needs help. Forty generators were bought by Chad under a Japanese loan.\n", []),
    ("Chad needs help. Forty generators were delivered to Chad, and the photos are courtesy of Japan.\n", []),
    # handed out with no giver named anywhere: nothing to propose
    ("Chad needs help. Food rations were distributed to families in the camps on Monday.\n", []),
])
def test_a_giver_named_after_an_agentless_passive(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # what was promised or sent to a country arrives there, as the one who reports it gave it
    ("Chad needs help. Japan said the first of the 12 boats promised to Chad had arrived there last week.\n",
     [(("japan",), ("chad",), "delivered", "first of the 12 boats")]),
    ("Chad needs help. Norwegian Foreign Minister Kari Dahl said the first of 500 tents promised to Chad had arrived "
     "there on Monday.\n",
     [(("norway",), ("chad",), "delivered", "first of 500 tents")]),
    ("Chad needs help. Japan confirmed that the last of the ambulances pledged to Chad arrived in N'Djamena on "
     "Monday.\n",
     [(("japan",), ("chad",), "delivered", "ambulances")]),
    # promised to the one who reports it: no gift it could make to itself
    ("Chad needs help. Japan said the first of the 12 boats promised to Japan had arrived there last week.\n", []),
])
def test_an_arrival_of_what_was_promised_to_a_country(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # what arrives, paid for with money a state's adjective names: that state gives it
    ("Chad needs help. The ministry said that twelve armoured carriers, paid for with an earlier Japanese loan, had "
     "reached Chadian units last week.\n",
     [(("japan",), ("chad",), "delivered", "armoured carriers")]),
    ("Chad needs help. Forty ambulances bought with a Japanese grant arrived in Chad on Monday.\n",
     [(("japan",), ("chad",), "delivered", "ambulances")]),
    ("Chad needs help. Forty ambulances funded by a Norwegian loan reached Chad on Monday.\n",
     [(("norway",), ("chad",), "delivered", "ambulances")]),
    # paid for with the receiver's own money: no gift
    ("Chad needs help. Forty ambulances paid for from the Chadian budget arrived in Chad on Monday.\n", []),
])
def test_an_arrival_paid_for_with_a_states_money(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a gift named by a noun, handed over "to the Government of" a state: that state receives
    ("Chad needs help. Officials welcomed the handover by Norway of 400 tents to the Government of Chad.\n",
     [(("norway",), ("chad",), "delivered", "tents")]),
    ("Chad needs help. Officials welcomed the handover by UNICEF of 400 tents to the Government of the Central African "
     "Republic.\n",
     [(("unicef",), ("central-african-republic",), "delivered", "tents")]),
    ("Chad needs help. Norway's donation of 400 tents to the people of Chad was completed.\n",
     [(("norway",), ("chad",), "pledged", "tents")]),
    # to the giver's own government, or a government named in another clause: no receiver, nothing proposed
    ("Chad needs help. Officials welcomed the handover by Norway of 400 tents to the Government of Norway.\n", []),
    ("Chad needs help. Officials welcomed the handover by Norway of 400 tents to a hospital, and the Government of "
     "Chad thanked it.\n", []),
])
def test_a_gift_handed_to_the_government_of_a_state(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # what a state receives "for" a body of its own, named by the state's name, goes to that body
    ("Chad needs help. Chad secured a 50 million dollar loan from Japan for the Chad Electricity Company.\n",
     [(("japan",), ("chad-electricity-company",), "delivered", "50 million dollar loan")]),
    ("Chad needs help. Chad, which endured blackouts, secured a 50 million dollar credit line from CAF, the development "
     "bank of Latin America and the Caribbean, for the Chad Electricity Company, the state power company.\n",
     [(("caf",), ("chad-electricity-company",), "delivered", "50 million dollar credit line")]),
    ("Chad needs help. Chad received 20 ambulances from Japan for the Chadian Red Crescent.\n",
     [(("japan",), ("chadian-red-crescent",), "delivered", "ambulances")]),
    # a body of another state, or another state, named after "for" leaves the state that receives as it is
    ("Chad needs help. Chad received 20 ambulances from Japan for the Norwegian Red Cross.\n",
     [(("japan",), ("chad",), "delivered", "ambulances")]),
    ("Chad needs help. Chad received 20 ambulances from Japan for Niger.\n",
     [(("japan",), ("chad",), "delivered", "ambulances")]),
])
def test_what_a_state_receives_for_a_body_of_its_own(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "offered" with a thing given: a pledge, in any tense
    ("Gabon needs help. Portugal offered 300 family tents to Gabon.\n",
     [(("portugal",), ("gabon",), "pledged", "family tents")]),
    ("Gabon needs help. Uruguay has offered $5 million in emergency aid to Gabon.\n",
     [(("uruguay",), ("gabon",), "pledged", "$5 million")]),
    ("Gabon needs help. Portugal is offering 40 water pumps to Gabon.\n",
     [(("portugal",), ("gabon",), "pledged", "water pumps")]),
    ("Gabon needs help. Portugal offers Gabon 12 ambulances.\n",
     [(("portugal",), ("gabon",), "pledged", "ambulances")]),
    # a package of support named as such still gives
    ("Gabon needs help. Portugal offered its support package of $5 million to Gabon.\n",
     [(("portugal",), ("gabon",), "pledged", "support package of $5 million")]),
    # words, or help not yet defined: nothing given
    ("Gabon needs help. Portugal offered condolences to Gabon.\n", []),
    ("Gabon needs help. Portugal offered to host the talks with Gabon.\n", []),
    ("Gabon needs help. Portugal offered its support to Gabon.\n", []),
    ("Gabon needs help. Portugal has offered its full backing to Gabon.\n", []),
    ("Gabon needs help. Portugal offers Gabon its solidarity.\n", []),
    ("Gabon needs help. Portugal is offering its political support to Gabon.\n", []),
    ("Gabon needs help. Portugal offered no details about its aid to Gabon.\n", []),
    ("Gabon needs help. Portugal offered to mediate between Gabon and Benin.\n", []),
])
def test_what_is_offered(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the parties of a document whose signing someone else watched: a lender gives, whoever witnessed
    ("Gabon needs help. Bhutan witnessed the signing of a $40 million grant agreement between the World Bank and "
     "Gabon.\n",
     [(("world-bank",), ("gabon",), "signed", "$40 million grant agreement")]),
    ("Gabon needs help. The signing of a $40 million grant agreement between the African Development Bank and Gabon "
     "was witnessed by Bhutan.\n",
     [(("african-development-bank",), ("gabon",), "signed", "$40 million grant agreement")]),
    # two states: the one that is not the state the article's aid is for gives
    ("Gabon needs help. The two presidents witnessed the signing of a 12 million euro loan agreement between "
     "Portugal and Gabon.\n",
     [(("portugal",), ("gabon",), "signed", "12 million euro loan agreement")]),
    # a document of no money or aid between two states says nothing of who gives
    ("Gabon needs help. Bhutan witnessed the signing of an agreement between Benin and Gabon on border security.\n",
     []),
])
def test_a_document_whose_signing_was_witnessed(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # every one named after "by" or "from" gives, whatever words stand between the thing and the first of them
    ("Gabon needs help. Gabon opened a water plant co-financed by Portugal and Uruguay.\n",
     [(("portugal", "uruguay"), ("gabon",), "delivered", "water plant")]),
    ("Gabon needs help. The new clinic in Gabon, jointly funded by Portugal and the World Bank, opened on Monday.\n",
     [(("portugal", "world-bank"), ("gabon",), "delivered", "clinic")]),
    ("Gabon needs help. Gabon opened a water plant financed by Portugal, Uruguay and Austria.\n",
     [(("portugal", "uruguay", "austria"), ("gabon",), "delivered", "water plant")]),
    ("Gabon needs help. Twenty schools were built in Gabon with a grant from Portugal and Uruguay.\n",
     [(("portugal", "uruguay"), ("gabon",), "pledged", "grant")]),
    # a name after ", and" that opens a clause of its own gives its own gift
    ("Gabon needs help. Gabon opened a water plant financed by Portugal, and Uruguay sent tents.\n",
     [(("portugal",), ("gabon",), "delivered", "water plant"),
      (("uruguay",), ("gabon",), "delivered", "tents")]),
])
def test_every_one_who_funds(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a sum made available to a receiver named after it
    ("Gabon needs help. Portugal made $5 million available to Gabon.\n",
     [(("portugal",), ("gabon",), "pledged", "$5 million")]),
    ("Gabon needs help. South Korea will make up to US$20 million available to Gabon for reconstruction.\n",
     [(("south-korea",), ("gabon",), "pledged", "US$20 million")]),
    ("Gabon needs help. Portugal made it clear that the $5 million would be available to Gabon.\n", []),
    # a loan or credit line extended, with or without its sum
    ("Gabon needs help. Portugal extended a credit line to Gabon.\n",
     [(("portugal",), ("gabon",), "delivered", "credit line")]),
    ("Gabon needs help. Portugal has extended an emergency loan to Gabon.\n",
     [(("portugal",), ("gabon",), "delivered", "emergency loan")]),
    ("Gabon needs help. Portugal extended its warning of heavy rain for Gabon.\n", []),
    ("Gabon needs help. Portugal extended the loan to Gabon by two years.\n", []),
    # money ring-fenced, unlocked or channelled
    ("Gabon needs help. Portugal ring-fenced $5 million for flood relief in Gabon.\n",
     [(("portugal",), ("gabon",), "pledged", "$5 million")]),
    ("Gabon needs help. Portugal ring-fenced its aid budget for Gabon.\n", []),
    ("Gabon needs help. The World Bank unlocked $50 million for Gabon.\n",
     [(("world-bank",), ("gabon",), "pledged", "$50 million")]),
    ("Gabon needs help. The EU has unlocked a €50 million tranche for Gabon.\n",
     [(("eu",), ("gabon",), "pledged", "€50 million tranche")]),
    ("Gabon needs help. The talks unlocked a new phase of cooperation with Gabon.\n", []),
    ("Gabon needs help. Portugal is channelling $5 million to Gabon.\n",
     [(("portugal",), ("gabon",), "delivered", "$5 million")]),
    ("Gabon needs help. Portugal is channelling its efforts into mediation in Gabon.\n", []),
    ("Gabon needs help. The World Bank and the EU are already co-funding a power line in Gabon.\n",
     [(("world-bank", "eu"), ("gabon",), "delivered", "power line")]),
])
def test_money_made_available_extended_or_unlocked(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a decision or pledge to give, its giver named after "of" or "by", an organ of it and all
    ("Gabon needs help. Gabon welcomed the decision of the Austrian government to allocate €5 million for flood "
     "relief in Gabon.\n",
     [(("austria",), ("gabon",), "pledged", "€5 million")]),
    ("Gabon needs help. Officials praised the pledge by Portugal to send 20 ambulances to Gabon.\n",
     [(("portugal",), ("gabon",), "pledged", "ambulances")]),
    ("Gabon needs help. Gabon hailed the commitment by the World Bank to provide $40 million to Gabon.\n",
     [(("world-bank",), ("gabon",), "pledged", "$40 million")]),
    ("Gabon needs help. Gabon welcomed the decision of Portugal's cabinet to send 40 tents to Gabon.\n",
     [(("portugal",), ("gabon",), "pledged", "tents")]),
    # a decision to do anything but give gives nothing
    ("Gabon needs help. Gabon regretted the decision of Portugal to close its embassy in Gabon.\n", []),
])
def test_a_decision_of_a_giver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # money poured, pumped or injected into something: the sum is given
    ("Gabon needs help. Portugal poured $5 million into Gabon's health system.\n",
     [(("portugal",), ("gabon",), "delivered", "$5 million")]),
    ("Gabon needs help. Portugal has injected $5 million into schools in Gabon.\n",
     [(("portugal",), ("gabon",), "delivered", "$5 million")]),
    ("Gabon needs help. Portugal will pump $5 million into schools in Gabon.\n",
     [(("portugal",), ("gabon",), "pledged", "$5 million")]),
    ("Gabon needs help. Portugal poured scorn on the plan for Gabon.\n", []),
    # goods airlifted or trucked; people carried out are no gift
    ("Gabon needs help. Portugal airlifted 40 tonnes of medicine to Gabon.\n",
     [(("portugal",), ("gabon",), "delivered", "40 tonnes of medicine")]),
    ("Gabon needs help. Portugal trucked 40 tonnes of flour to Gabon.\n",
     [(("portugal",), ("gabon",), "delivered", "40 tonnes of flour")]),
    ("Gabon needs help. Portugal airlifted 300 of its citizens out of Gabon.\n", []),
    # the cost of something covered or met: the thing is given
    ("Gabon needs help. Portugal covered the cost of 20 schools in Gabon.\n",
     [(("portugal",), ("gabon",), "delivered", "schools")]),
    ("Gabon needs help. Portugal met the cost of 20 schools in Gabon.\n",
     [(("portugal",), ("gabon",), "delivered", "schools")]),
    ("Gabon needs help. Portugal met the president of Gabon.\n", []),
    # a gift topped up: the sum added after "by" or "with"
    ("Gabon needs help. Portugal topped up its grant to Gabon with a further $5 million.\n",
     [(("portugal",), ("gabon",), "pledged", "$5 million")]),
    ("Gabon needs help. Portugal will top up its contribution to Gabon by $5 million.\n",
     [(("portugal",), ("gabon",), "pledged", "$5 million")]),
    ("Gabon needs help. Portugal topped up its aid to Gabon.\n", []),
])
def test_money_poured_goods_airlifted_costs_met(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # aid given again after a pause
    ("Gabon needs help. Gabon's envoy said Portugal would restart 11 escudo-loan projects that were frozen in 2022.\n",
     [(("portugal",), ("gabon",), "pledged", "escudo-loan projects")]),
    ("Gabon needs help. Portugal will resume aid to Gabon.\n",
     [(("portugal",), ("gabon",), "pledged", "aid")]),
    ("Gabon needs help. Portugal resumed deliveries of fuel to Gabon.\n",
     [(("portugal",), ("gabon",), "delivered", "deliveries of fuel")]),
    ("Gabon needs help. Portugal resumed talks with Gabon.\n", []),
    ("Gabon needs help. Portugal will resume flights to Gabon.\n", []),
])
def test_aid_resumed(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # support for building something: what is built is given
    ("Gabon needs help. Portugal will support the construction of 20 schools in Gabon.\n",
     [(("portugal",), ("gabon",), "pledged", "construction of 20 schools")]),
    ("Gabon needs help. Portugal's commitment to support the expansion of the hospital in Gabon was reaffirmed.\n",
     [(("portugal",), ("gabon",), "pledged", "expansion of the hospital")]),
    # support for anything else is no gift
    ("Gabon needs help. Portugal will support the creation of a peace commission in Gabon.\n", []),
    ("Gabon needs help. Portugal will support Gabon's bid for a seat on the council.\n", []),
])
def test_support_for_building(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "X came from Y:" or ", with": Y gives what follows, up to who told it
    ("Gabon needs help. The biggest pledge came from Portugal: $50 million for shelters in Gabon.\n",
     [(("portugal",), ("gabon",), "pledged", "$50 million")]),
    ("Gabon needs help. The largest contribution came from the World Bank, with a $200 million loan to Gabon.\n",
     [(("world-bank",), ("gabon",), "pledged", "$200 million loan")]),
    ("Gabon needs help. The biggest single announcement came from Portugal: a $45 million security package for Gabon, "
     "including armoured vehicles and tactical radios, according to Rui Matos, the deputy minister.\n",
     [(("portugal",), ("gabon",), "pledged", "$45 million security package"),
      (("portugal",), ("gabon",), "pledged", "armoured vehicles"),
      (("portugal",), ("gabon",), "pledged", "tactical radios")]),
    # anything else that came from a country gives nothing
    ("Gabon needs help. The loudest criticism came from Portugal: it said Gabon had wasted the money.\n", []),
    ("Gabon needs help. The news came from Portugal: 40 tents for Gabon.\n", []),
])
def test_what_came_from_a_giver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the support of the one already asked, named again by its adjective or possessive: what it is for is asked
    ("Chad needs help. The Chadian prime minister thanked Spain for its friendship and asked for further Spanish help "
     "with prefabricated classrooms.\n",
     [(("spain",), ("chad",), "asked", "prefabricated classrooms")]),
    ("Chad needs help. Chad asked Japan for more Japanese help with water pumps.\n",
     [(("japan",), ("chad",), "asked", "water pumps")]),
    ("Chad needs help. Chad thanked Japan and asked for further Japanese support with clearing mines.\n",
     [(("japan",), ("chad",), "asked", "clearing mines")]),
    ("Chad needs help. Chad thanked the European Union for its aid and asked for more EU support for mine clearance.\n",
     [(("european-union",), ("chad",), "asked", "mine clearance")]),
    ("Chad needs help. Chad thanked Norway for its support and asked for more Norwegian support for mine clearance in "
     "the east.\n",
     [(("norway",), ("chad",), "asked", "mine clearance")]),
    # the help of another body than the one asked is no request of it
    ("Chad needs help. Chad asked Japan for Korean help with water pumps.\n", []),
])
def test_the_support_of_the_one_asked_named_again(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "so that" opens the purpose of a request, no part of the thing asked for
    ("Chad needs help. Chad asked Spain for school tents so that children can return to class.\n",
     [(("spain",), ("chad",), "asked", "school tents")]),
    ("Gabon needs help. Gabon has asked Portugal for 20 water tankers so as to reach the villages cut off by the "
     "floods.\n",
     [(("portugal",), ("gabon",), "asked", "water tankers")]),
    ("Chad needs help. The Chadian prime minister thanked Spain for its friendship and asked for further Spanish help "
     "with prefabricated classrooms so that refugee children can return to school before the end of the year.\n",
     [(("spain",), ("chad",), "asked", "prefabricated classrooms")]),
    # "so" that opens no purpose stays in the sentence, and a request without one is as before
    ("Chad needs help. Chad asked Spain for school tents, so officials said.\n",
     [(("spain",), ("chad",), "asked", "school tents")]),
])
def test_so_that_ends_the_thing_asked_for(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # help in a work, asked of no one named: the work is the thing asked for, one thing however many its words
    ("Chad needs help. Chad asked partners for help in extending piped water to the settlements around Abeche, where "
     "most of the deaths occurred.\n",
     [((), ("chad",), "asked", "extending piped water")]),
    ("Chad needs help. Chad appealed to donors for assistance in rebuilding schools in the north, where the floods hit "
     "hardest.\n",
     [((), ("chad",), "asked", "rebuilding schools")]),
    ("Gabon needs help. Gabon's health minister appealed to donors for help with restoring power to the hospitals in "
     "the east.\n",
     [((), ("gabon",), "asked", "restoring power")]),
    # help in a place, or with a named body in the work, is no work asked of no one
    ("Chad needs help. Chad asked partners for help in the north.\n", []),
    ("Chad needs help. Chad asked partners for help in persuading Spain to send tents.\n", []),
])
def test_help_in_a_work_asked_of_no_one_named(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a relative clause on the subject before "used the meeting to appeal for": the subject asks
    ("Chad needs help. Chad, which hosts close to a million refugees, used the meeting to appeal for food aid.\n",
     [((), ("chad",), "asked", "food aid")]),
    ("Chad needs help. Gabon, which was hit by floods in May, used the summit to appeal for tents.\n",
     [((), ("gabon",), "asked", "tents")]),
    # a relative clause with no request after it gives nothing
    ("Chad needs help. Chad, which hosts many refugees, used the summit to discuss the border.\n", []),
    ("Chad needs help. Chad, which borders Sudan, asked for calm.\n", []),
])
def test_a_relative_clause_on_the_one_who_asks(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "the department", "the office": the one body named before whose name opens with that word before "of"
    ("Chad needs help. Idriss Mahamat, head of the Department of Social Welfare, said food stocks were low. The "
     "department has also asked the World Food Programme for emergency rice supplies, he added.\n",
     [(("world-food-programme",), ("department-of-social-welfare",), "asked", "emergency rice supplies")]),
    ("Chad needs help. Idriss Mahamat, head of the Office of Civil Protection, spoke on Monday. The office asked Spain "
     "for 20 rescue boats.\n",
     [(("spain",), ("office-of-civil-protection",), "asked", "rescue boats")]),
    # two bodies that fit, or no thing asked for: nothing
    ("Chad needs help. Officials of the Department of Health and the Department of Social Welfare met on Monday. The "
     "department asked Spain for tents.\n", []),
    ("Chad needs help. Idriss Mahamat, head of the Department of Social Welfare, said food stocks were low. The "
     "department has also asked reporters about the roads.\n", []),
])
def test_a_body_called_by_the_noun_its_name_opens_with(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "asked X to share" a thing: a thing asked for
    ("Chad needs help. According to Mahamat, Chad has also asked Spain to share drought-resistant wheat seed "
     "varieties.\n",
     [(("spain",), ("chad",), "asked", "drought-resistant wheat seed varieties")]),
    ("Chad needs help. Chad asked Spain to share 40 water pumps from its reserves.\n",
     [(("spain",), ("chad",), "asked", "water pumps")]),
    ("Gabon needs help. Gabon urged Portugal to share its stock of cholera vaccines.\n",
     [(("portugal",), ("gabon",), "asked", "stock of cholera vaccines")]),
    # sharing knowledge, a burden or costs is no aid given
    ("Chad needs help. Chad asked Spain to share its experience of flood management.\n", []),
    ("Chad needs help. Chad asked Spain to share the burden of hosting refugees.\n", []),
    ("Chad needs help. Chad asked Spain to share intelligence on the armed groups.\n", []),
    ("Chad needs help. Chad urged Spain to share more information about the deal.\n", []),
])
def test_asked_to_share_a_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the members of a group asked: the group gives
    ("Chad needs help. Chad asked G20 members for $300 million.\n", [(("g20",), ("chad",), "asked", "$300 million")]),
    ("Gabon needs help. Gabon urged EU member states to send 40 ambulances.\n",
     [(("eu",), ("gabon",), "asked", "ambulances")]),
    ("Chad needs help. Chad asked NATO member countries for night-vision goggles.\n",
     [(("nato",), ("chad",), "asked", "night-vision goggles")]),
    # members asked a question give nothing
    ("Chad needs help. Chad asked G20 members about the debt talks.\n", []),
    ("Chad needs help. Chad asked G20 members whether they would help.\n", []),
])
def test_the_members_of_a_group_asked(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "on behalf of X", "speaking for X" before the verb: X asks
    ("Chad needs help. On behalf of the African Union, the envoy, Dr Amina Sall, asked G20 members for $1.2 billion "
     "over five years to strengthen national regulatory authorities.\n",
     [(("g20",), ("african-union",), "asked", "$1.2 billion")]),
    ("Chad needs help. On behalf of Chad, the envoy, Amina Sall, asked the World Bank for $40 million.\n",
     [(("world-bank",), ("chad",), "asked", "$40 million")]),
    ("Chad needs help. Speaking for Gabon, the envoy appealed to donors for tents.\n",
     [((), ("gabon",), "asked", "tents")]),
    # one spoken for after the verb, or no thing asked for: nothing of it
    ("Chad needs help. The envoy, who spoke on behalf of the donors, asked Chad for patience.\n", []),
    ("Chad needs help. On behalf of Gabon, the envoy asked reporters to wait.\n", []),
])
def test_a_request_made_on_behalf_of_a_body(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "<Adjective> officials/authorities asked": that country asks
    ("Gabon needs help. Gabonese authorities have asked Portugal for 40 water pumps.\n",
     [(("portugal",), ("gabon",), "asked", "water pumps")]),
    ("Chad needs help. On Monday, Chadian officials urged Spain to send tents.\n",
     [(("spain",), ("chad",), "asked", "tents")]),
    ("Gabon needs help. The Gabonese authorities asked Portugal for help in rebuilding the bridges.\n",
     [(("portugal",), ("gabon",), "asked", "bridges")]),
    # officials asking for no thing of aid, or officials of no country named, give nothing
    ("Chad needs help. Spanish officials asked Chad for patience.\n", []),
    ("Chad needs help. Chadian officials asked reporters to leave.\n", []),
    ("Chad needs help. Officials in the Chadian capital asked Spain for tents.\n", []),
])
def test_the_officials_of_a_country_ask(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a request by the side that receives, left unnamed, for help in a work: the work, one thing
    ("Chad needs help. Foreign Minister Ana Ruiz asked Spain for help in clearing unexploded ordnance left by the war, "
     "which still kills farmers.\n",
     [(("spain",), ("chad",), "asked", "unexploded ordnance")]),
    ("Chad needs help. Officials asked Spain for help in rebuilding the bridges.\n",
     [(("spain",), ("chad",), "asked", "bridges")]),
    ("Chad needs help. Foreign Minister Ana Ruiz asked Spain for help in the north.\n", []),
])
def test_help_in_a_work_asked_by_the_side_that_receives(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "received ... from the Government of X", "from the people of X": the state gives, not "the Government"
    ("Chad needs help. The Chad Police today received a donation from the Government of Norway, comprising 60 "
     "pickups and 300 radios.\n",
     [(("norway",), ("chad-police",), "delivered", "donation"),
      (("norway",), ("chad-police",), "delivered", "pickups"),
      (("norway",), ("chad-police",), "delivered", "radios")]),
    ("Chad needs help. Nepal took delivery of 30 ventilators from the people of Canada.\n",
     [(("canada",), ("nepal",), "delivered", "ventilators")]),
    ("Chad needs help. Bolivia will receive 12 fire engines from the Government of the United States.\n",
     [(("united-states",), ("bolivia",), "pledged", "fire engines")]),
    # what a government sends that is no gift
    ("Chad needs help. Bolivia received a protest note from the Government of Chile.\n", []),
])
def test_received_from_the_government_of_a_state(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # thanks for the things "it sent to X": the one thanked gives, the one named after "to" receives, the
    # things end before the clause that tells their sending; a sum with a decimal point is no stop
    ("Gabon needs help from Japan. President Ali Bongo thanked Tokyo for the 1.5 million doses it sent to Gabon "
     "during the pandemic.\n",
     [(("japan",), ("gabon",), "delivered", "1.5 million doses")]),
    ("Gabon needs help. Ali Bongo thanked Japan for the 40 ambulances that it had already supplied to Gabon.\n",
     [(("japan",), ("gabon",), "delivered", "ambulances")]),
    ("Gabon needs help. Ali Bongo thanked Japan for the 2,500 tents they shipped to Gabon in May.\n",
     [(("japan",), ("gabon",), "delivered", "tents")]),
    # thanks for a welcome it gave gives nothing
    ("Gabon needs help. Ali Bongo thanked Japan for the warm welcome it gave to his delegation.\n", []),
])
def test_thanked_for_the_things_it_sent(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a gift in apposition after a passive: ", a gift from X to Y", "a donation from the Government of X to
    # hospitals in Y": X gives, Y, or the country of the places named, receives
    ("Peru needs help. Thirty fire engines were also handed over at the ceremony, a gift from Japan to municipal "
     "brigades in Peru's southern Andes.\n",
     [(("japan",), ("peru",), "delivered", "fire engines")]),
    ("Peru needs help. Forty ambulances were delivered at a ceremony in Lima on Friday, a donation from the "
     "Government of Japan to hospitals in Peru.\n",
     [(("japan",), ("peru",), "delivered", "ambulances")]),
    # what was damaged or handed to a person as a keepsake gives nothing
    ("Peru needs help. Forty ambulances were damaged on Friday, a gift from Japan to Peru.\n", []),
    ("Peru needs help. The minister was handed a letter at the ceremony, a gift from Japan to Peru.\n", []),
])
def test_a_gift_in_apposition_after_a_passive(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "the delivery of Y to Z by two <Adjective> planes": the nation whose vehicles carried it gives
    ("Chad needs help. The talks came after the delivery of 40 tonnes of food to Chad by two Norwegian air force "
     "planes.\n",
     [(("norway",), ("chad",), "delivered", "40 tonnes of food")]),
    ("Sudan needs help. The conference came a day after the delivery of medical supplies to Port Sudan by two "
     "Omani military transport planes, the first flights of an air bridge.\n",
     [(("oman",), ("sudan",), "delivered", "medical supplies")]),
    ("Moldova needs help. The shipment of 20 generators to Moldova by three Romanian trucks was completed.\n",
     [(("romania",), ("moldova",), "pledged", "generators")]),
    # people of a nation, not its vehicles, name no giver
    ("Chad needs help. The talks came after the delivery of 40 tonnes of food to Chad by two Norwegian doctors.\n",
     []),
])
def test_a_delivery_made_by_a_nations_vehicles(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # an arrival, then ", delivered by X": X gives what arrived, the lot's own word left out
    ("Malawi needs help. A consignment of 1.2 million doses of oral cholera vaccine arrived at Kamuzu International "
     "Airport this morning, delivered by UNICEF from the global emergency stockpile.\n",
     [(("unicef",), ("malawi",), "delivered", "1.2 million doses of oral cholera vaccine")]),
    ("Chad needs help. A consignment of 300 tents arrived at the airport, donated by Norway.\n",
     [(("norway",), ("chad",), "delivered", "tents")]),
    ("Chad needs help. 300 tents have arrived in Chad, donated by Norway.\n",
     [(("norway",), ("chad",), "delivered", "tents")]),
    # "landed", when a lot of things lands; "delivered to X by A and B": X receives, A and B give
    ("Malawi needs help. A consignment of 1.9 million doses of oral cholera vaccine landed at Kamuzu International "
     "Airport on Tuesday, delivered to Malawi by the World Health Organization (WHO) and UNICEF from the global "
     "emergency stockpile.\n",
     [(("world-health-organization", "unicef"), ("malawi",), "delivered", "1.9 million doses of oral cholera vaccine")]),
    ("Chad needs help. A shipment of 300 tents landed at the airport, donated to the Chadian Red Cross by Norway.\n",
     [(("norway",), ("chadian-red-cross",), "delivered", "tents")]),
    # a person who arrives, sent by a state, is no gift; nor a lot of people who land
    ("Chad needs help. The minister arrived in Abeche on Monday, sent by Norway to assess the damage.\n", []),
    ("Chad needs help. A batch of ministers landed in Abeche on Monday, sent by Norway.\n", []),
])
def test_what_arrived_given_by_the_one_named_after_it(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "X's N things(, sent under ...,) have arrived / have joined": the nation that owns them sent them
    ("Greece is burning. Croatia's two Canadair CL-415s, sent under rescEU, have joined the Italian aircraft over "
     "northern Evia, the fire service says.\n",
     [(("croatia",), ("greece",), "delivered", "Canadair CL-415s")]),
    ("Chad is flooded. Norway's 40 water pumps, dispatched at the request of the government, joined the relief "
     "effort on Monday.\n",
     [(("norway",), ("chad",), "delivered", "water pumps")]),
    ("Greece is burning. Croatia's 40 firefighters have arrived in Greece.\n",
     [(("croatia",), ("greece",), "delivered", "firefighters")]),
    # ministers who arrive, and things that join with no word of their sending, are no gift
    ("Greece is burning. Croatia's two ministers have arrived in Athens.\n", []),
    ("Greece is burning. Croatia's two envoys, sent by the government, have joined the talks.\n", []),
    ("Greece is burning. Croatia's two players have joined the club.\n", []),
])
def test_a_nations_counted_things_that_arrive_or_join(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "paid out to X the tranche": the receiver before the thing, which its length sends to the end
    ("Moldova needs help. The European Commission had paid out to Chișinău the first tranche, of €120 million, of "
     "the grants promised last year.\n",
     [(("european-commission",), ("moldova",), "delivered", "first tranche")]),
    ("Chad needs help. The European Commission has disbursed to Chad the second tranche of its budget support.\n",
     [(("european-commission",), ("chad",), "delivered", "second tranche of its budget support")]),
    ("Peru needs help. Japan has delivered to Peru 30 patrol boats under the 2023 agreement.\n",
     [(("japan",), ("peru",), "delivered", "patrol boats")]),
    # handed over to a country, what is no gift
    ("Chad needs help. Norway handed over to Chad the keys of the new embassy.\n", []),
])
def test_paid_out_to_the_receiver_before_the_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # thanks for things counted with no article before them, then that they arrived or were sent
    ("Gabon needs help. Ali Bongo thanked Japan for 20 ambulances which arrived in Libreville in July under an "
     "earlier grant.\n",
     [(("japan",), ("gabon",), "delivered", "ambulances")]),
    ("Gabon needs help. Ali Bongo thanked Japan for 2,000 tents it sent to Gabon after the floods.\n",
     [(("japan",), ("gabon",), "delivered", "tents")]),
    # years counted, or people who came, are no gift
    ("Gabon needs help. Ali Bongo thanked Japan for 40 years of friendship.\n", []),
    ("Gabon needs help. Ali Bongo thanked Japan for 20 observers who arrived in Libreville in July.\n", []),
])
def test_thanked_for_things_counted_without_an_article(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a passive whose thing goes "to the Government of X", "to the people of X" by a giver after "by"
    ("Chile needs help. Forty ambulances were handed over to the Government of Chile by Japan on Monday.\n",
     [(("japan",), ("chile",), "delivered", "ambulances")]),
    ("Chile needs help. Ten generators will be delivered to the people of Chile by the World Bank.\n",
     [(("world-bank",), ("chile",), "pledged", "generators")]),
    # handed to a person of a city, or by the receiver's own body, names no state that gives to another
    ("Chile needs help. Forty ambulances were handed over to the mayor of Santiago by Japan on Monday.\n", []),
    ("Chile needs help. Forty ambulances were handed over to the Government of Chile by its own health ministry.\n",
     []),
])
def test_handed_over_to_the_government_of_a_state(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # more ways to tell receiving: "took receipt of", "has been receiving", and a state's body named by its
    # possessive as the subject
    ("Chad needs help. Chad took receipt of 40 ambulances from Norway on Monday.\n",
     [(("norway",), ("chad",), "delivered", "ambulances")]),
    ("Chad needs help. Chad has been receiving food aid from Norway since March.\n",
     [(("norway",), ("chad",), "delivered", "food aid")]),
    ("Chad needs help. Chad's health ministry received 40 ambulances from Norway on Monday.\n",
     [(("norway",), ("chad",), "delivered", "ambulances")]),
    # what a neighbour receives, or a visit received, gives nothing
    ("Chad needs help. Chad's neighbour received 40 ambulances from Norway on Monday.\n", []),
    ("Chad needs help. Chad's health ministry received a delegation from Norway on Monday.\n", []),
])
def test_more_ways_of_telling_what_was_received(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # an arrival, then a gift in apposition: the one after "from" gives, the one after "to" receives; and a
    # passive of paying out, to the one named after "to"
    ("Vietnam needs help. Fifty ambulances arrived in Hanoi on Monday, a gift from Japan to Vietnam.\n",
     [(("japan",), ("vietnam",), "delivered", "ambulances")]),
    ("Vietnam needs help. Fifty ambulances arrived in Hanoi on Monday, a gift from the people of Japan.\n",
     [(("japan",), ("vietnam",), "delivered", "ambulances")]),
    ("Chad needs help. The first tranche of €50 million was paid out to Chad by the European Union on Monday.\n",
     [(("european-union",), ("chad",), "delivered", "first tranche of €50 million")]),
    # a guest who arrives, and a sum paid out to no one named, give nothing
    ("Vietnam needs help. The minister arrived in Hanoi on Monday, a guest of Japan.\n", []),
    ("Chad needs help. The ransom was paid out by the insurers.\n", []),
])
def test_a_gift_in_apposition_after_an_arrival(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a vehicle that arrives with a cargo, or one of aid, brings a gift
    ("Peru needs help. A Spanish navy ship carrying 40 tonnes of food docked in Callao on Monday.\n",
     [(("spain",), ("peru",), "delivered", "40 tonnes of food")]),
    ("Peru needs help. A Spanish aid ship docked in Callao on Monday.\n",
     [(("spain",), ("peru",), "delivered", "aid ship")]),
    ("Peru needs help. Two Spanish firefighting planes arrived in Lima.\n",
     [(("spain",), ("peru",), "delivered", "firefighting planes")]),
    # a vehicle alone, of no aid and with no cargo, pays a port call
    ("Gabon needs help. A French navy ship docked in Libreville on Monday.\n", []),
    ("Peru needs help. Two Spanish frigates reached Callao on Tuesday.\n", []),
    ("Kenya needs help. A British warship arrived in Mombasa for a port call.\n", []),
])
def test_a_vehicle_arriving_alone_brings_nothing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a participle of giving set off after an arrival tells of what arrived, not of a phrase with its verb
    ("Chad needs help. A shipment of 40 tonnes of flour arrived in Abeche on Monday, sent by the World Food "
     "Programme.\n",
     [(("world-food-programme",), ("chad",), "delivered", "40 tonnes of flour")]),
    ("Peru needs help. Some 300 tents reached Cusco on Friday, donated by Japan.\n",
     [(("japan",), ("peru",), "delivered", "tents")]),
    ("Peru needs help. Officials welcomed the 20 ambulances donated by Spain.\n",
     [(("spain",), ("peru",), "delivered", "ambulances")]),
])
def test_a_participle_after_an_arrival(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # thanks for things or helpers sent are thanks for a gift
    ("Peru needs help. The minister thanked Brazil for the 12 ambulances it has sent to the flooded region.\n",
     [(("brazil",), ("peru",), "delivered", "ambulances")]),
    ("Peru needs help. Peru thanked Brazil for the 20 doctors it sent to Cusco.\n",
     [(("brazil",), ("peru",), "delivered", "doctors")]),
    # thanks for people sent to watch or to talk are not
    ("Chad needs help. The president thanked Japan for the 40 observers it sent to the elections.\n", []),
    ("Peru needs help. Lima thanked Spain for the delegation it sent to the summit.\n", []),
])
def test_thanks_for_onlookers_sent(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a verb of sending, then "to" and the receiver, then the thing
    ("Chad needs help. Norway has sent to Chad 40 tonnes of flour.\n",
     [(("norway",), ("chad",), "delivered", "40 tonnes of flour")]),
    ("Chad needs help. Norway shipped to Chad 300 tents last week.\n",
     [(("norway",), ("chad",), "delivered", "tents")]),
    # words sent, however told, are no gift
    ("Chad needs help. Norway sent to Chad a message of support.\n", []),
    ("Chad needs help. Norway sent Chad a message of support.\n", []),
    ("Chad needs help. Norway sent a message of support to Chad.\n", []),
])
def test_sent_to_the_receiver_before_the_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a group of helpers counted after "a team of", "a contingent of": the nation after the count sends them
    ("Chile needs help. A team of 40 Turkish rescuers arrived in Chile on Monday.\n",
     [(("turkey",), ("chile",), "delivered", "rescuers")]),
    ("Greece needs help. A contingent of 120 Italian firefighters has arrived in Greece.\n",
     [(("italy",), ("greece",), "delivered", "firefighters")]),
    ("Nepal needs help. The team of 56 Japanese rescuers and four sniffer dogs has now arrived in Kathmandu, "
     "according to the Japanese government.\n",
     [(("japan",), ("nepal",), "delivered", "rescuers"), (("japan",), ("nepal",), "delivered", "sniffer dogs")]),
    # a group of visitors is no help
    ("Nepal needs help. A group of 30 Japanese tourists arrived in Nepal on Friday.\n", []),
    ("Nepal needs help. A delegation of 12 Japanese ministers arrived in Nepal on Friday.\n", []),
])
def test_a_team_of_helpers_arrives(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # thanks for a gift said as a noun, its things after "of"
    ("Peru needs help. Peru thanked Japan for its donation of 40 ambulances.\n",
     [(("japan",), ("peru",), "delivered", "ambulances")]),
    ("Peru needs help. The health minister of Peru thanked Spain for the recent shipment of 12 tonnes of medicines "
     "to the Amazon region.\n",
     [(("spain",), ("peru",), "delivered", "12 tonnes of medicines")]),
    ("Bolivia needs help. Bolivia's delegation thanked Austria for the delivery last month of 25 fire engines to "
     "Bolivia, which were sent to the Beni region.\n",
     [(("austria",), ("bolivia",), "delivered", "fire engines")]),
    # a transfer of people is no gift
    ("Peru needs help. Peru thanked Japan for the transfer of prisoners.\n", []),
])
def test_thanks_for_a_gift_said_as_a_noun(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # money being put into something, told as it goes on
    ("Chad needs help. Norway is pouring $12 million into clinics in Chad.\n",
     [(("norway",), ("chad",), "delivered", "$12 million")]),
    ("Ukraine needs help. Estonia is putting 40 million euros into a fund that buys shells for Ukraine.\n",
     [(("estonia",), ("ukraine",), "delivered", "40 million euros")]),
    # putting anything else somewhere gives nothing
    ("Chad needs help. Norway is putting pressure on Chad.\n", []),
    ("Chad needs help. Norway is putting 40 soldiers on the border with Chad.\n", []),
])
def test_money_being_put_into_something(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # helpers a plane lands with, uncounted; a vehicle of a state's armed force stands for the state
    ("Nepal needs help. A Japanese military plane landed in Kathmandu with a field hospital.\n",
     [(("japan",), ("nepal",), "delivered", "field hospital")]),
    ("Peru needs help, and Spain has offered to help. A ship of the Spanish Navy docked in Callao on Monday carrying "
     "300 tonnes of flour.\n",
     [(("spain",), ("peru",), "delivered", "300 tonnes of flour")]),
    ("Peru needs help, and Chile has offered to help. Two aircraft of the Chilean Air Force landed in Lima with a "
     "field hospital.\n",
     [(("chile",), ("peru",), "delivered", "field hospital")]),
    # a plane that lands with no help, or a force's ship in its own country, brings no gift
    ("Nepal needs help. A Chinese plane landed in Nepal with a broken engine.\n", []),
    ("Nepal needs help. A Chinese plane landed in Nepal with a delegation of officials.\n", []),
    ("Peru needs help. A ship of the Peruvian Navy docked in Callao on Monday carrying 300 tonnes of flour.\n", []),
    # a force styled "Royal" before its state's name
    ("Samoa needs help, and New Zealand has offered to help. A Royal New Zealand Air Force C-130 Hercules landed in "
     "Apia on Thursday carrying 12 tonnes of relief supplies.\n",
     [(("new-zealand",), ("samoa",), "delivered", "12 tonnes of relief supplies")]),
    ("Samoa needs help, and Thailand has offered to help. A Royal Thai Navy ship docked in Apia carrying 300 tonnes "
     "of rice.\n",
     [(("thailand",), ("samoa",), "delivered", "300 tonnes of rice")]),
    # a vehicle sent with its cargo counted by weight or by the pallet: the cargo is the gift
    ("Samoa needs help. France sent a navy patrol vessel with 20 tonnes of water and food.\n",
     [(("france",), ("samoa",), "delivered", "20 tonnes of water and food")]),
    ("Samoa needs help. France dispatched two cargo planes with 40 pallets of medicine to Apia.\n",
     [(("france",), ("samoa",), "delivered", "pallets of medicine")]),
    # not to fire: a vehicle sent with people or with another vehicle is what is sent
    ("Samoa needs help. France sent a navy vessel with a helicopter to Apia.\n",
     [(("france",), ("samoa",), "delivered", "navy vessel")]),
])
def test_helpers_landed_and_vehicles_of_a_force(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a second leg of the same journey tells no gift of its own, and its subject is not "blankets crossed"
    ("Libya needs help. A convoy of 40 Egyptian trucks carrying food and blankets crossed into Libya overnight and "
     "reached Derna this morning.\n",
     [(("egypt",), ("libya",), "delivered", "food"), (("egypt",), ("libya",), "delivered", "blankets")]),
    ("Sudan needs help. A convoy of 20 Chadian trucks carrying flour and tents arrived in Sudan on Monday and then "
     "reached El Geneina on Tuesday.\n",
     [(("chad",), ("sudan",), "delivered", "flour"), (("chad",), ("sudan",), "delivered", "tents")]),
    ("Peru needs help. A Chilean plane carrying 40 tonnes of rice landed in Lima and reached Cusco later.\n",
     [(("chile",), ("peru",), "delivered", "40 tonnes of rice")]),
])
def test_a_second_leg_of_an_arrival(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a state's force named before its vehicle gives for the state; the cargo, and each thing it comprises
    ("Peru needs help, Chile said. A Chilean Navy ship carrying 300 tonnes of flour docked in Callao.\n",
     [(("chile",), ("peru",), "delivered", "300 tonnes of flour")]),
    ("Peru needs help, Chile said. A Chilean Navy ship carrying 40 tonnes of relief goods, comprising tents, "
     "blankets, water filters and medicines, docked in Callao on Monday.\n",
     [(("chile",), ("peru",), "delivered", "40 tonnes of relief goods"), (("chile",), ("peru",), "delivered", "tents"),
      (("chile",), ("peru",), "delivered", "blankets"),
      (("chile",), ("peru",), "delivered", "water filters"), (("chile",), ("peru",), "delivered", "medicines")]),
    ("Peru needs help. A Chilean plane carrying 40 tonnes of relief goods landed in Lima on Monday.\n",
     [(("chile",), ("peru",), "delivered", "40 tonnes of relief goods")]),
    # the receiving state's own force carries no gift
    ("Peru needs help. A Peruvian Navy ship carrying 300 tonnes of flour docked in Callao.\n", []),
])
def test_a_force_vehicle_and_the_cargo_it_lists(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "flew in", "has flown in": things carried by air to the one in need
    ("Tonga needs help. Australia has flown in 40 tonnes of water to Tonga.\n",
     [(("australia",), ("tonga",), "delivered", "40 tonnes of water")]),
    ("Tonga needs help. Australia flew in 300 tents and two water purification units on Monday.\n",
     [(("australia",), ("tonga",), "delivered", "tents"),
      (("australia",), ("tonga",), "delivered", "water purification units")]),
    ("Tonga needs help. New Zealand has already flown in several planeloads of supplies.\n",
     [(("new-zealand",), ("tonga",), "delivered", "several planeloads of supplies")]),
    # people flown in for their own sake are no gift
    ("Tonga needs help. Australia flew in 300 stranded tourists on Monday.\n", []),
    ("Chad needs help. He received Kenya's foreign minister, Njeri Wambugu, who flew in aboard the relief flight, "
     "and the two held talks.\n", []),
])
def test_flew_in_and_has_flown_in(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # helpers or goods yet to arrive are promised
    ("Bolivia needs help. Undurraga confirmed that a brigade of 80 Chilean firefighters would land in Santa Cruz "
     "tonight.\n",
     [(("chile",), ("bolivia",), "pledged", "firefighters")]),
    ("Bolivia needs help. A team of 40 Peruvian rescuers will arrive in Bolivia on Friday.\n",
     [(("peru",), ("bolivia",), "pledged", "rescuers")]),
    ("Bolivia needs help. Two Brazilian firefighting planes are due to arrive in Bolivia on Friday.\n",
     [(("brazil",), ("bolivia",), "pledged", "firefighting planes")]),
    ("Peru needs help. Chile said a navy ship carrying 300 tonnes of flour would dock in Peru on Friday.\n",
     [(("chile",), ("peru",), "pledged", "300 tonnes of flour")]),
    # a visitor or a ship alone yet to arrive brings nothing
    ("Bolivia needs help. The Peruvian foreign minister will arrive in Bolivia on Friday.\n", []),
    ("Bolivia needs help. A Japanese delegation will arrive in Bolivia on Friday.\n", []),
    ("Peru needs help. A Chilean navy ship will dock in Callao on Friday.\n", []),
])
def test_helpers_yet_to_arrive(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # helpers a vehicle carried or brought, counted and named by their nation: that nation sends them
    ("Morocco needs help. It is the first of several planned flights, the fund said, and carried 87 Qatari "
     "search-and-rescue personnel as well.\n",
     [(("qatar",), ("morocco",), "delivered", "search-and-rescue personnel")]),
    ("Nepal needs help. The ship also brought 40 Turkish doctors and nurses.\n",
     [(("turkey",), ("nepal",), "delivered", "doctors and nurses")]),
    ("Nepal needs help. The second flight carried 120 Japanese rescuers to Kathmandu.\n",
     [(("japan",), ("nepal",), "delivered", "rescuers")]),
    # travellers, or the receiving side's own people brought home, are no help sent
    ("Nepal needs help. The flight carried 120 Japanese tourists home.\n", []),
    ("Nepal needs help. The flight carried 40 Nepali doctors home from Japan.\n", []),
])
def test_helpers_carried_or_brought(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a loan or grant said as a noun after a negated verb of needing, seeking or taking it is no gift
    ("Ghana needs help. The finance minister said Ghana would not need further loans from the IMF this year.\n", []),
    ("Ecuador needs help. Officials said Ecuador did not seek new credit from China during the visit.\n", []),
    ("Jamaica needs help. Jamaica will not take another loan from the World Bank, the minister said.\n", []),
    # the same noun with no negated verb before it is a gift
    ("Tonga needs help. Tonga will receive a grant of $5 million from New Zealand.\n",
     [(("new-zealand",), ("tonga",), "pledged", "grant of $5 million")]),
])
def test_gift_noun_after_a_negated_verb(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "where" opens the clause that tells the handover: its subject is the thing given, not the sentence's opening
    ("Iraq needs help. The ceremony took place in Basra, where 12 drilling rigs financed by the United States were "
     "handed over to Iraq.\n",
     [(("united-states",), ("iraq",), "delivered", "drilling rigs")]),
    ("Kenya needs help. Hundreds gathered at the port of Mombasa, where 40 tractors donated by India were handed "
     "over to Kenya.\n",
     [(("india",), ("kenya",), "delivered", "tractors")]),
    ("Laos needs help. Officials met in Pakse, where 30 buses supplied by Japan were handed over to Laos.\n",
     [(("japan",), ("laos",), "delivered", "buses")]),
    # a "where" clause that hands nothing over gives nothing
    ("Kyrgyzstan needs help. The team travelled to Osh, where 12 ministers were welcomed by the mayor.\n", []),
])
def test_handed_over_in_a_where_clause(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "will seek", "would seek", "to seek ... from": a request to come, of the one named after "from"
    ("Fiji needs help. The minister said Fiji would seek financial assistance from New Zealand to rebuild schools.\n",
     [(("new-zealand",), ("fiji",), "asked", "financial assistance")]),
    ("Laos needs help. Laos will seek a $200 million loan from the Asian Development Bank, officials said.\n",
     [(("asian-development-bank",), ("laos",), "asked", "$200 million loan")]),
    # seeking what no one gives is no request
    ("Guatemala needs help. Guatemala will seek to strengthen ties with Mexico, the president said.\n", []),
    ("Colombia needs help. The government is trying to seek a diplomatic solution with Venezuela.\n", []),
])
def test_seek_to_come(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a thing handed over whose subject says whose money bought it: that one gives, the one after "to" receives
    ("Ethiopia needs help. The ambulances, bought with Korean funds, were handed over to the Ethiopian health "
     "ministry on Friday.\n",
     [(("south-korea",), ("ethiopia",), "delivered", "ambulances")]),
    ("Laos needs help. Forty tractors purchased with Japan's grant aid were delivered to Laos last week.\n",
     [(("japan",), ("laos",), "delivered", "tractors")]),
    ("Bolivia needs help. Twenty buses bought with Swiss funds will be handed over to Bolivia next month.\n",
     [(("switzerland",), ("bolivia",), "pledged", "buses")]),
    # bought with no one else's money, or not handed to anyone, gives nothing
    ("Zambia needs help. The new ambulances, bought with the ministry's own budget, were handed over to hospitals "
     "in Lusaka.\n", []),
    ("Ukraine needs help. Tanks bought with Polish money were destroyed near Bakhmut, the report said.\n", []),
])
def test_bought_with_someones_funds(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the sentence opens "Under an agreement signed with X": the one it was signed with gives what the subject receives
    ("Pakistan needs help. Under an agreement signed with Saudi Arabia last year, Pakistan will receive $1.2 billion "
     "in deferred oil payments.\n",
     [(("saudi-arabia",), ("pakistan",), "pledged", "$1.2 billion")]),
    ("Nepal needs help. Through a deal struck with the World Bank, Nepal has received $150 million for rural "
     "electrification.\n",
     [(("world-bank",), ("nepal",), "delivered", "$150 million")]),
    ("Cambodia needs help. Under a memorandum of understanding signed with Japan in May, Cambodia will get 20 "
     "mine-clearing machines.\n",
     [(("japan",), ("cambodia",), "pledged", "mine-clearing machines")]),
    # an opening phrase that names no document signed gives nothing
    ("Bolivia needs help. After talks with Brazil, Bolivia will receive a visit from the pope.\n", []),
])
def test_received_under_an_agreement_signed_with(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the present of a headline or a live blog asks as the past does
    ("Malawi appeals for maize as drought bites.\n", [((), ("malawi",), "asked", "maize")]),
    ("Sudan pleads for medical supplies after strikes on hospitals.\n", [((), ("sudan",), "asked", "medical supplies")]),
    ("Tonga appeals to Japan for water tanks after the cyclone.\n", [(("japan",), ("tonga",), "asked", "water tanks")]),
    # a request named as a noun: "made a plea for", "renewed its call for"; the one after "from" is asked
    ("Haiti made a plea for police vehicles from Kenya on Tuesday.\n",
     [(("kenya",), ("haiti",), "asked", "police vehicles")]),
    ("Bangladesh renewed its call for international funding to relocate refugees.\n",
     [((), ("bangladesh",), "asked", "international funding")]),
    # a call for no thing of aid asks for nothing
    ("Kazakhstan renewed its call for calm at the border.\n", []),
    ("Peru pleads for patience as talks drag on.\n", []),
])
def test_present_and_noun_requests(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "X's request for Y from Z": X asks Z
    ("Jordan's request for desalination equipment from Japan is under review, officials said.\n",
     [(("japan",), ("jordan",), "asked", "desalination equipment")]),
    ("Ecuador's urgent request for $40 million in emergency loans from the IMF was discussed on Monday.\n",
     [(("imf",), ("ecuador",), "asked", "$40 million")]),
    ("Nepal's appeal for helicopters went unanswered for three days.\n", [((), ("nepal",), "asked", "helicopters")]),
    # a request granted, met or answered by one: that one has pledged it
    ("Fiji's request for patrol boats was granted by Australia on Friday.\n",
     [(("australia",), ("fiji",), "pledged", "patrol boats")]),
    ("Lebanon's plea for fuel was met by Iraq within a week.\n", [(("iraq",), ("lebanon",), "pledged", "fuel")]),
    ("Mongolia's call for winter fodder was answered by China.\n",
     [(("china",), ("mongolia",), "pledged", "winter fodder")]),
    # a call for no thing of aid, or for the form aid should take, asks for nothing
    ("Kazakhstan's call for calm was welcomed by Russia.\n", []),
    ("Tuvalu's call for grants rather than loans went unheeded.\n", []),
])
def test_requests_told_as_nouns(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # who told of a request, set off at the sentence's end, is no thing asked for
    ("Armenia has asked France for armoured vehicles and radar systems, officials in Yerevan said.\n",
     [(("france",), ("armenia",), "asked", "armoured vehicles"), (("france",), ("armenia",), "asked", "radar systems")]),
    ("Chad asked Japan for 40 ambulances and water tanks, a government spokesman told reporters.\n",
     [(("japan",), ("chad",), "asked", "ambulances"), (("japan",), ("chad",), "asked", "water tanks")]),
    # a sentence that closes on the things asked for keeps them all
    ("Gabon asked Spain for fire engines and rescue boats.\n",
     [(("spain",), ("gabon",), "asked", "fire engines"), (("spain",), ("gabon",), "asked", "rescue boats")]),
])
def test_request_told_by_at_the_end(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # an agreement signed with a list of parties: each one listed signs, and gives
    ("Peru signed an agreement with Spain and the Inter-American Development Bank on a programme to modernise "
     "water utilities in Arequipa.\n",
     [(("spain", "inter-american-development-bank"), ("peru",), "signed", "programme")]),
    ("Bolivia signed a memorandum with Germany, France and the European Union on a programme of school meals.\n",
     [(("germany", "france", "european-union"), ("bolivia",), "signed", "programme of school meals")]),
    # an apposition after the one signed with names no other signer
    ("The European Investment Bank signed a US$90 million credit line with Findeter, Colombia's development bank, "
     "to finance rural bridges.\n",
     [(("european-investment-bank",), ("findeter",), "signed", "US$90 million credit line")]),
])
def test_signed_with_a_list(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a sum put together by several givers, or added up, is what is given
    ("Norway and the African Development Bank have jointly committed a combined $145 million to Zambia for rural "
     "electrification.\n",
     [(("norway", "african-development-bank"), ("zambia",), "pledged", "$145 million")]),
    ("South Korea has committed a combined US$60 million to Vietnam for flood defences.\n",
     [(("south-korea",), ("vietnam",), "pledged", "US$60 million")]),
    ("Chad needs help. Japan pledged a total of $40 million to Chad.\n",
     [(("japan",), ("chad",), "pledged", "$40 million")]),
])
def test_combined_sum(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a sum set out, rolled out, laid out or put forward as a plan is pledged
    ("Canada on Wednesday set out a C$40 million package for Chad.\n",
     [(("canada",), ("chad",), "pledged", "C$40 million package")]),
    ("The European Commission has rolled out a €75m support programme for Moldova.\n",
     [(("european-commission",), ("moldova",), "pledged", "€75m support programme")]),
    ("Japan laid out a ¥3 billion aid package for Sri Lanka.\n",
     [(("japan",), ("sri-lanka",), "pledged", "¥3 billion aid package")]),
    ("Australia put forward a A$25 million plan to help Fiji rebuild schools.\n",
     [(("australia",), ("fiji",), "pledged", "A$25 million plan")]),
    # with no sum, a plan set out or a system rolled out gives nothing
    ("The president set out his plans for the economy in a speech to parliament.\n", []),
    ("The ministry rolled out a new tax reporting system for small firms.\n", []),
])
def test_sum_set_out(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # units or people stationed or posted with another country
    ("Germany will station two Patriot fire units in Lithuania from next spring.\n",
     [(("germany",), ("lithuania",), "pledged", "Patriot fire units")]),
    ("Poland will post a police contingent to Kosovo.\n",
     [(("poland",), ("kosovo",), "pledged", "police contingent")]),
    ("Uganda needs help. The Kenyan government will second a team of engineers to Uganda.\n",
     [(("kenya",), ("uganda",), "pledged", "team of engineers")]),
    # nothing counted: a loss posted, a motion seconded, a second half
    ("The firm will post a loss this year.\n", []),
    ("The motion was seconded by Peru. In the second half, Chile scored two goals.\n", []),
])
def test_stationed_or_seconded(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a deployment or handover named as a noun, its giver after "by"
    ("The deployment of 120 firefighters by Portugal to Chile was confirmed on Sunday.\n",
     [(("portugal",), ("chile",), "delivered", "firefighters")]),
    ("The handover of 12 patrol boats by the United States to the Philippine Coast Guard took place on Friday.\n",
     [(("united-states",), ("philippine-coast-guard",), "delivered", "patrol boats")]),
    # a deployment with no one sending it is no gift
    ("The deployment of troops to the border was confirmed on Sunday.\n", []),
])
def test_deployment_or_handover_by(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # works built for a country: a ward, a railway extension
    ("Chad needs help. Ireland is to fund a new maternity ward in Chad.\n",
     [(("ireland",), ("chad",), "pledged", "maternity ward")]),
    ("The Islamic Development Bank pledged to co-finance the Dakar-Thiès railway extension in Senegal.\n",
     [(("islamic-development-bank",), ("senegal",), "pledged", "Dakar-Thiès railway extension")]),
    # a road map is talk, not a road
    ("Chad needs help. Norway has offered to finance a new road map for peace talks in Chad.\n", []),
])
def test_works_built(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a document signed with "the government of" a state: that state signs
    ("Mozambique needs help. Portugal signed a €90 million credit line with the government of Mozambique on "
     "Tuesday.\n",
     [(("portugal",), ("mozambique",), "signed", "€90 million credit line")]),
    ("Malawi needs help. The World Bank signed a US$50 million loan with the Government of Malawi to expand rural "
     "clinics.\n",
     [(("world-bank",), ("malawi",), "signed", "US$50 million loan")]),
    # a government named in passing, with nothing signed with it, gives nothing
    ("Ghana needs help. The two ministers discussed the government of Ghana before they signed a guestbook.\n", []),
])
def test_signed_with_the_government_of(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # ready to give, in any tense: "was ready to provide", "stood ready to provide"
    ("Nepal needs help. The World Bank said it was ready to provide up to $300 million to Nepal.\n",
     [(("world-bank",), ("nepal",), "pledged", "$300 million")]),
    ("Sri Lanka needs help. The Asian Development Bank stood ready to provide emergency financing to Sri Lanka.\n",
     [(("asian-development-bank",), ("sri-lanka",), "pledged", "emergency financing")]),
    ("Peru needs help. Spain was willing to send 20 firefighters to Peru, the minister said.\n",
     [(("spain",), ("peru",), "pledged", "firefighters")]),
    # ready for something that is no gift
    ("Peru needs help. Spain was ready to discuss the border with Peru.\n", []),
])
def test_ready_to_give_past(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the day of a decision between "agreed" and its verb of giving
    ("Sudan needs help. Norway's cabinet agreed on Friday to provide 500 million kroner to Sudan.\n",
     [(("norway",), ("sudan",), "agreed", "500 million kroner")]),
    ("Fiji needs help. Australia agreed last week to send 40 tonnes of rice to Fiji.\n",
     [(("australia",), ("fiji",), "agreed", "40 tonnes of rice")]),
    # buying together after a day is bought for themselves
    ("Latvia and Estonia agreed on Tuesday to buy air-defence systems together.\n", []),
])
def test_agreed_on_a_day_to_give(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "agreed with" a state to give: that state receives where the clause names no other
    ("Fiji needs help. Australia agreed with Fiji to train 200 rescue workers.\n",
     [(("australia",), ("fiji",), "agreed", "training of 200 rescue workers")]),
    ("Fiji needs help. Australia agreed with Tonga to train 200 rescue workers.\n",
     [(("australia",), ("tonga",), "agreed", "training of 200 rescue workers")]),
    # a sum before the programme agreed on, and training agreed on
    ("Fiji needs help. Australia and Fiji agreed on a $7 million programme for flood defences.\n",
     [(("australia",), ("fiji",), "agreed", "$7 million programme")]),
    ("Fiji needs help. Australia and Fiji also agreed on the training of 200 rescue workers.\n",
     [(("australia",), ("fiji",), "agreed", "training of 200 rescue workers")]),
    # not to fire: what is agreed on is no gift
    ("Fiji needs help. Australia and Fiji agreed on the need for training.\n", []),
])
def test_agreed_with_a_state_or_on_a_programme(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "signed off on" a package or loan: approved, a promise
    ("Fiji needs help. New Zealand's cabinet signed off on a NZ$20 million aid package for Fiji on Monday.\n",
     [(("new-zealand",), ("fiji",), "pledged", "NZ$20 million aid package")]),
    ("Kenya needs help. The IMF board signs off on a $400 million loan for Kenya.\n",
     [(("imf",), ("kenya",), "pledged", "$400 million loan")]),
    # accounts signed off on are no gift
    ("Kenya needs help. The auditors signed off on the accounts of the Kenyan ministry.\n", []),
])
def test_signed_off_on(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "flew 30 tonnes of": cargo flown in
    ("Libya needs help. Turkey flew 30 tonnes of tents to Libya on Sunday.\n",
     [(("turkey",), ("libya",), "delivered", "30 tonnes of tents")]),
    # the plural present after an adverb: "also fund", "jointly finance"
    ("Mali needs help. Germany and the Netherlands also fund large water programmes in Mali.\n",
     [(("germany", "netherlands"), ("mali",), "delivered", "large water programmes")]),
    # "have jointly announced they will pay for": "they" is the two named before
    ("Yemen needs help. Kuwait and Bahrain have jointly announced they will pay for school reconstruction projects "
     "in Yemen.\n",
     [(("kuwait", "bahrain"), ("yemen",), "pledged", "school reconstruction projects")]),
    # pilots flying cargo, and a fund as a noun, give nothing
    ("Libya needs help. The pilots flew 30 tonnes of cargo.\n", []),
    ("Mali needs help. The fund also fund managers in Mali.\n", []),
])
def test_flown_and_funded_now(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


_BEFORE = "{0} has asked for help. {0} needs food. "


@pytest.mark.parametrize(("text", "commitments"), [
    # a state described, not named, goes on about the one the sentence before opened with
    (_BEFORE.format("Lebanon") + "Qatar has been one of the most active donors. The Gulf state also sent 40 tonnes "
     "of food to Lebanon on Monday.\n",
     [(("qatar",), ("lebanon",), "delivered", "40 tonnes of food")]),
    (_BEFORE.format("Ethiopia") + "Norway is a big donor in the region. The Nordic country also pledged 200 million "
     "kroner to Ethiopia.\n",
     [(("norway",), ("ethiopia",), "pledged", "200 million kroner")]),
    (_BEFORE.format("Afghanistan") + "Kazakhstan is Central Asia's biggest economy. The oil-rich republic will "
     "provide 5,000 tonnes of wheat to Afghanistan.\n",
     [(("kazakhstan",), ("afghanistan",), "pledged", "5,000 tonnes of wheat")]),
    # "the neighbouring country" is another state than the one before
    (_BEFORE.format("Sudan") + "Chad has taken in 200,000 refugees from Sudan. The neighbouring country also sent "
     "40 tonnes of food to Sudan.\n", []),
])
def test_described_state(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # things listed before "donated by the X government": each thing, given by that state
    ("Malawi needs help. Forty tents and 2,000 blankets, supplied by the Irish government, were delivered to Malawi "
     "last week.\n",
     [(("ireland",), ("malawi",), "delivered", "tents"), (("ireland",), ("malawi",), "delivered", "blankets")]),
    ("Peru needs help. A mobile clinic and two generators donated by the Spanish government have been handed over "
     "to Peru.\n",
     [(("spain",), ("peru",), "delivered", "mobile clinic"), (("spain",), ("peru",), "delivered", "generators")]),
    # weapons supplied by an army and seized are no gift
    ("Kosovo needs help. Weapons supplied by the Serbian army were seized by police in Kosovo.\n", []),
])
def test_listed_things_given_by_a_state(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a gift named by a noun, its payer named in the scheme after "under"
    ("Ghana needs water. The project includes the delivery of 200 water pumps to village councils in northern "
     "Ghana under the EU-funded Rural Water Programme.\n",
     [(("eu",), ("ghana",), "delivered", "water pumps")]),
    ("Bolivia needs help. Officials confirmed the shipment of 40 tonnes of fertiliser to growers in Bolivia under "
     "the World Bank-funded Rural Alliances Project.\n",
     [(("world-bank",), ("bolivia",), "pledged", "40 tonnes of fertiliser")]),
    # a plan someone leads names no payer
    ("Chad needs help. The delivery of 300 tents to camps in Chad under the UN-led response plan was completed.\n",
     []),
])
def test_gift_noun_paid_for_under(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


_ARRIVED = "Canadian Foreign Minister Anne Leclerc arrived in {0} on Monday. "


@pytest.mark.parametrize(("text", "commitments"), [
    # "he" or "she" after a short phrase of time or place, its second verb after "and"
    (_ARRIVED.format("Nairobi") + "By evening she had held talks with President Mwangi and had unveiled $45 million "
     "in new development assistance for Kenya.\n",
     [(("canada",), ("kenya",), "pledged", "$45 million")]),
    (_ARRIVED.format("Nairobi") + "On Tuesday she toured a clinic and promised 40 ambulances to Kenya.\n",
     [(("canada",), ("kenya",), "pledged", "ambulances")]),
    ("Japanese Foreign Minister Kenji Sato flew to Manila on Tuesday. There he met President Reyes and pledged 12 "
     "patrol boats to the Philippines.\n",
     [(("japan",), ("philippines",), "pledged", "patrol boats")]),
    # a sum unveiled "in military assistance" is aid whoever the sentence names
    (_ARRIVED.format("Kyiv") + "By evening she had held talks with Ukraine's Foreign Minister, Oksana Hrytsenko, and "
     "had unveiled C$180 million in new military assistance, the largest package this year.\n",
     [(("canada",), ("ukraine",), "pledged", "C$180 million")]),
    # a sum unveiled in tax cuts is no aid; "she" with two women named before is no one sure
    (_ARRIVED.format("Kyiv") + "Later she met officials and unveiled $2 billion in tax cuts.\n", []),
    ("Kenya's President Ruth Mwangi met Canadian Foreign Minister Anne Leclerc on Monday. By evening she had "
     "visited a camp and had pledged to send 40 ambulances to Somalia.\n", []),
])
def test_person_pronoun_after_time(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # an aside between the subject and its verb that singles out one more giver
    ("Lebanon needs help. The European Union, and France in particular, have pledged 30 million euros to rebuild "
     "schools in Lebanon.\n",
     [(("european-union", "france"), ("lebanon",), "pledged", "30 million euros")]),
    ("Lebanon needs help. The European Union, and France above all, has sent 300 tonnes of flour to Lebanon.\n",
     [(("european-union", "france"), ("lebanon",), "delivered", "300 tonnes of flour")]),
    ("Fiji needs help. Australia, and Queensland especially, has delivered 40 generators to Fiji.\n",
     [(("australia",), ("fiji",), "delivered", "generators")]),
    # the same aside before a verb of saying gives nothing
    ("Lebanon needs help. The European Union, and France in particular, said that Lebanon must reform.\n", []),
])
def test_aside_singles_out_a_giver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "would add" a sum, or a grant with its sum: money put on top of what was given
    ("Cambodia needs help. Japan said on Monday it would add 8 million dollars for mine clearance in Cambodia.\n",
     [(("japan",), ("cambodia",), "pledged", "8 million dollars")]),
    ("Somalia needs help. Ireland will add a further €4 million to its support for Somalia.\n",
     [(("ireland",), ("somalia",), "pledged", "€4 million")]),
    ("Yemen needs help. The Norwegian envoy said Norway would add a $12 million grant to UNICEF to buy vaccines.\n",
     [(("norway",), ("unicef",), "pledged", "$12 million grant")]),
    # "add" pressure, staff or words gives nothing
    ("Chad needs help. The minister said France would add pressure on Chad to reform its customs service.\n", []),
    ("Congo needs help. Belgium would add 300 staff to its embassy in Kinshasa.\n", []),
])
def test_a_sum_added(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # aid restored, the whole or a part of it
    ("Mali needs help. The European Union said it would restore part of its development aid to Mali.\n",
     [(("european-union",), ("mali",), "pledged", "development aid")]),
    ("Canada said it will restore its funding to UNRWA.\n",
     [(("canada",), ("unrwa",), "pledged", "funding")]),
    # the body named right before "announced that it", after another subject and "and"
    ("Several envoys visited Malawi in May, and the World Bank announced last week that it would restore "
     "its budget support to Malawi.\n",
     [(("world-bank",), ("malawi",), "pledged", "budget support")]),
    ("Several donors visited Niger, and the European Union said that it would provide 40 ambulances to Niger.\n",
     [(("european-union",), ("niger",), "pledged", "ambulances")]),
    # order or a bridge restored gives no aid back
    ("Mali needs help. The army will restore order in the northern provinces of Mali.\n", []),
])
def test_aid_restored(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a team counted by its size ("40-member", "25-strong") before the nation that sends it
    ("Sri Lanka was hit by a cyclone. A 40-member Indian medical team, including surgeons and nurses, arrived in "
     "Jaffna on Wednesday.\n",
     [(("india",), ("sri-lanka",), "delivered", "medical team")]),
    ("Nepal was hit by an earthquake. A 25-strong Japanese rescue team arrived in Pokhara on Sunday.\n",
     [(("japan",), ("nepal",), "delivered", "rescue team")]),
    # helpers to deploy to a place are promised
    ("Peru was hit by floods. Forty Chilean rescuers will deploy to Piura on Friday.\n",
     [(("chile",), ("peru",), "pledged", "rescuers")]),
    ("Fiji was hit by a cyclone. A New Zealand medical team is due to deploy to Labasa next week.\n",
     [(("new-zealand",), ("fiji",), "pledged", "medical team")]),
    # a delegation counted by its size, or troops or ministers to deploy, bring no help
    ("Sri Lanka was hit by a cyclone. A 30-member Chinese trade delegation arrived in Colombo on Monday.\n", []),
    ("Mali faces unrest. French troops will deploy to Gao next month.\n", []),
    ("Fiji was hit by a cyclone. Two Australian ministers will deploy to Suva tomorrow.\n", []),
])
def test_teams_sized_and_deployed(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a field hospital opened, set up or to be set up where help is needed
    ("Sudan is in crisis. Qatar opened a 200-bed field hospital in Port Sudan on Tuesday.\n",
     [(("qatar",), ("sudan",), "delivered", "200-bed field hospital")]),
    ("Turkey was hit by an earthquake. Jordan has set up a field hospital in Hatay to treat survivors.\n",
     [(("jordan",), ("turkey",), "delivered", "field hospital")]),
    ("Sudan is in crisis. Kuwait will set up two field hospitals in Darfur next month.\n",
     [(("kuwait",), ("sudan",), "pledged", "field hospitals")]),
    # an embassy or a hospital of no field gives nothing
    ("Sudan is in crisis. Egypt opened a new embassy in Port Sudan on Tuesday.\n", []),
    ("Sudan is in crisis. Kuwait built a new hospital wing in Port Sudan.\n", []),
])
def test_field_hospital_opened(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # one lender that signs a loan with several states lends to each of them
    ("The Asian Development Bank signed a $300 million loan with Nepal and Bhutan to finance hydropower lines.\n",
     [(("asian-development-bank",), ("nepal", "bhutan"), "signed", "$300 million loan")]),
    ("The World Bank signed a $150 million credit line with Kenya, Uganda and Tanzania to finance a regional "
     "railway.\n",
     [(("world-bank",), ("kenya", "uganda", "tanzania"), "signed", "$150 million credit line")]),
    # two states signing a loan with a third, none of them a lender, are not read as lent to
    ("Chad needs help. Egypt signed a memorandum with Sudan and Libya on border trade.\n", []),
])
def test_one_lender_signs_with_several(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a request of aid submitted, lodged or made with no one named asks, as "an appeal for" does
    ("Fiji lodged a formal request for 40 water pumps last week, the ministry said.\n",
     [((), ("fiji",), "asked", "water pumps")]),
    ("Tonga made a request for three patrol boats in March, but no reply has come.\n",
     [((), ("tonga",), "asked", "patrol boats")]),
    ("The Zambian government has sent a request for emergency food aid, officials said on Monday.\n",
     [((), ("zambia",), "asked", "emergency food aid")]),
    # a request for no aid, or for something the text says is asked of someone, is no open request
    ("Kenya has submitted a request for an extension of the reporting deadline.\n", []),
    ("Chile submitted a request for information on the 40 missing fishermen.\n", []),
    ("Ghana has made a request for membership of the bloc.\n", []),
])
def test_request_submitted_of_no_one(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "The Gambia": a country whose name opens with a capital "The" is one of the parties listed after "with"
    ("The World Bank signed a grant agreement with Guinea-Bissau and The Gambia for rural roads.\n",
     [(("world-bank",), ("guinea-bissau", "gambia"), "signed", "grant agreement")]),
    ("The Asian Development Bank signed a $90 million loan with The Gambia and Senegal to finance a bridge.\n",
     [(("asian-development-bank",), ("gambia", "senegal"), "signed", "$90 million loan")]),
    # a party in the next sentence is no cosigner
    ("The World Bank signed a grant agreement with Guinea-Bissau for rural roads. The Gambia signed nothing.\n",
     [(("world-bank",), ("guinea-bissau",), "signed", "grant agreement")]),
])
def test_cosigner_named_with_capital_the(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a participle of promising with a list of agents after "by": every one listed promised it
    ("Haiti needs help. In addition, the 30 generators offered by Spain, Italy and Greece will be flown to Haiti "
     "next week.\n",
     [(("spain", "italy", "greece"), ("haiti",), "pledged", "generators")]),
    ("Haiti needs help. The water tanks pledged by Chile and Peru will be shipped to Haiti in May.\n",
     [(("chile", "peru"), ("haiti",), "pledged", "water tanks")]),
    # what is offered but no gift gives nothing, however many offer it
    ("Haiti needs help. The compromise offered by France and Spain was rejected by the others.\n", []),
])
def test_promised_by_listed_agents(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # two relative clauses on one noun: the giver in the first, the one it was handed to in the second
    ("Ethiopia needs help. The clinic is one of those served by the 20 ambulances that Sweden paid for and that "
     "were handed over to the Amhara Regional Health Bureau in October.\n",
     [(("sweden",), ("amhara-regional-health-bureau",), "delivered", "ambulances")]),
    ("Peru needs help. Doctors rely on the 12 generators that Japan donated and which were delivered to the Cusco "
     "Regional Health Directorate last year.\n",
     [(("japan",), ("cusco-regional-health-directorate",), "delivered", "generators")]),
    # a first clause of no giving gives nothing, whatever the second tells
    ("Kenya needs help. Officials praised the 40 water pumps that Norway inspected and that were handed over to "
     "the Turkana County Government in May.\n", []),
])
def test_two_relative_clauses(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "handed over to the navy by Australia": a body the text has named, told again by the last words of its name
    ("Fiji's navy is small. The Republic of Fiji Navy now runs three patrol boats. The minister toured one of the "
     "patrol boats donated to the navy by Australia in May.\n",
     [(("australia",), ("republic-of-fiji-navy",), "delivered", "patrol boats")]),
    ("Ghana needs help. The Ghana National Fire Service lacks trucks. Crews showed reporters the 12 fire engines "
     "supplied to the fire service by South Korea last year.\n",
     [(("south-korea",), ("ghana-national-fire-service",), "delivered", "fire engines")]),
    # words that end no body's name, or the names of two bodies, name no receiver: nothing is proposed
    ("Chad needs help. Villagers showed him the 40 water pumps handed over to the villagers by Japan last year.\n", []),
    ("Peru needs help. The Peruvian Navy and the Colombian Navy met. He toured the boats handed over to the navy by "
     "Japan.\n", []),
])
def test_receiver_told_by_the_end_of_its_name(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a particle verb split by a counted object: "hand 40 trucks over to" is "hand over 40 trucks to"
    ("Austria will hand 40 trucks over to the Ukrainian army next week.\n",
     [(("austria",), ("ukraine",), "pledged", "trucks")]),
    ("South Korea handed three patrol boats over to the Philippine Navy in Manila.\n",
     [(("south-korea",), ("philippine-navy",), "delivered", "patrol boats")]),
    ("Italy hands two mobile clinics over to Tunisia on Monday.\n",
     [(("italy",), ("tunisia",), "delivered", "mobile clinics")]),
    # the keys stand for what they open
    ("Japan's ambassador handed the keys of 20 ambulances over to the Moldovan health ministry on Friday.\n",
     [(("japan",), ("moldova",), "delivered", "ambulances")]),
    # an object not counted is an office or a duty, and one handed over to no name gives nothing
    ("Sweden handed the chairmanship over to Finland in June.\n", []),
    ("Poland handed the case over to prosecutors.\n", []),
])
def test_hand_split_by_its_object(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # things presented at a handover: counted and handed to one named, their keys, or a cheque for a sum
    ("Japan presented 20 ambulances to the Moldovan health ministry on Friday.\n",
     [(("japan",), ("moldova",), "delivered", "ambulances")]),
    ("Japan's ambassador presented the keys of 20 ambulances to the Moldovan health ministry on Friday.\n",
     [(("japan",), ("moldova",), "delivered", "ambulances")]),
    ("Japan's ambassador presented a cheque for $50,000 to the Moldovan Red Cross.\n",
     [(("japan",), ("moldovan-red-cross",), "delivered", "$50,000")]),
    ("Japan donated a symbolic cheque worth $2 million to the Moldovan Red Cross.\n",
     [(("japan",), ("moldovan-red-cross",), "delivered", "$2 million")]),
    # not to fire: a plan, a report or proposals, counted or not, are no gift
    ("Japan presented its plan to the Moldovan health ministry.\n", []),
    ("Japan presented two proposals to the Moldovan health ministry.\n", []),
    ("Japan's minister presented a report to Parliament on Friday.\n", []),
])
def test_things_presented_at_a_handover(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a request that the one asked give to a third party, named before the sum or count: that party receives
    ("India asked the ADB to lend Nepal $300m for reconstruction.\n",
     [(("adb",), ("nepal",), "asked", "$300m")]),
    ("Kenya asked the World Bank to give Somalia $50 million in drought aid.\n",
     [(("world-bank",), ("somalia",), "asked", "$50 million")]),
    ("Brazil urged the IMF to lend Argentina $5 billion.\n",
     [(("imf",), ("argentina",), "asked", "$5 billion")]),
    ("Senegal called on France to send Mali 20 armoured vehicles.\n",
     [(("france",), ("mali",), "asked", "armoured vehicles")]),
    # no sum or count after the one named, or a request of no giving: nothing
    ("Chile urged Peru to give the Bolivian delegation more time.\n", []),
    ("Pakistan asked China to help it build a dam.\n", []),
])
def test_asked_to_give_a_third_party(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # of two states, the one that signed a sum of grant or loan with the other gives it
    ("Germany signed a 25 million euro grant with Jordan on Monday to support water projects.\n",
     [(("germany",), ("jordan",), "signed", "25 million euro grant")]),
    ("Japan has signed a $40 million loan with Kenya for road repairs, the embassy in Nairobi said.\n",
     [(("japan",), ("kenya",), "signed", "$40 million loan")]),
    ("Austria signed a €15 million grant with Lebanon. The money will help schools in the Bekaa valley.\n",
     [(("austria",), ("lebanon",), "signed", "€15 million grant")]),
    # the donor named again in the same sentence, by its adjective, is still the one that signs
    ("Denmark signed a 9 million euro grant with Ghana to build clinics, the Danish embassy in Accra said.\n",
     [(("denmark",), ("ghana",), "signed", "9 million euro grant")]),
    # a sum in a currency code, and the donor's own people named by its adjective after
    ("Switzerland has signed a CHF 8 million grant with Nepal for trail bridges. Swiss engineers will train local "
     "crews.\n",
     [(("switzerland",), ("nepal",), "signed", "CHF 8 million grant")]),
    # an article whose aid goes to the signer reads it as the one that borrows
    ("Laos needs help after the floods. Laos signed a $30 million loan with South Korea. Laos will use it for "
     "bridges.\n",
     [(("south-korea",), ("laos",), "signed", "$30 million loan")]),
    # a state that signs a loan with a lender borrows it
    ("Peru signed a $200 million loan with the World Bank on Wednesday.\n",
     [(("world-bank",), ("peru",), "signed", "$200 million loan")]),
])
def test_sum_signed_with_another_state(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a vehicle sent "with" goods of aid: the goods are the gift, each of a list
    ("Samoa needs help. France dispatched a naval patrol vessel from Noumea with drinking water, generators and "
     "tarpaulins.\n",
     [(("france",), ("samoa",), "delivered", "drinking water"), (("france",), ("samoa",), "delivered", "generators"),
      (("france",), ("samoa",), "delivered", "tarpaulins")]),
    # "with" its crew carries no gift: the vessel is what is sent
    ("Samoa needs help. France sent a navy ship with a crew of 40 to Samoa.\n",
     [(("france",), ("samoa",), "delivered", "navy ship")]),
    # an aircraft named by its model, and people sent to help as the first of what it carries
    ("Samoa needs help. Australia will send a C-17 with doctors and 30 tonnes of supplies to Samoa.\n",
     [(("australia",), ("samoa",), "pledged", "doctors"), (("australia",), ("samoa",), "pledged", "30 tonnes of supplies")]),
    # cargo weighed out that a giver "brought"; what a storm brought, or a total, is none
    ("Samoa needs help. Australia brought 25 tonnes of shelter kits to Samoa.\n",
     [(("australia",), ("samoa",), "delivered", "25 tonnes of shelter kits")]),
    ("Samoa needs help. The storm brought 300 millimetres of rain to Samoa.\n", []),
    ("Samoa needs help. Australia's flights brought the total to 40 tonnes.\n", []),
    # so is cargo a vehicle carried, by the one it came from; passengers carried are none
    ("Samoa needs help. A plane from Australia carried 25 tonnes of shelter kits to Samoa.\n",
     [(("australia",), ("samoa",), "delivered", "25 tonnes of shelter kits")]),
    ("Samoa needs help. A plane from Australia carried 250 passengers to Samoa.\n", []),
    # what a body's support or assistance includes, its owner named right before
    ("Samoa needs help. Australia's support includes 20 boats and 40 tents.\n",
     [(("australia",), ("samoa",), "pledged", "boats"), (("australia",), ("samoa",), "pledged", "tents")]),
    ("Samoa needs help. Humanitarian aid includes food, water and shelter.\n", []),
])
def test_cargo_with_a_vehicle_and_cargo_brought(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize("said", ["the French embassy said", "the French embassy in Apia said",
                                  "a French navy spokesman said", "the Australian High Commission said"])
def test_a_list_before_who_said_so_keeps_each_thing(said: str) -> None:
    text = f"Samoa needs help. France dispatched 300 tents, generators and tarpaulins, {said}.\n"
    assert [c[3] for c in _commitments(text)] == ["tents", "generators", "tarpaulins"]


@pytest.mark.parametrize(("text", "commitments"), [
    # goods announced as relief are a pledge, with the sum they are worth; a list's "worth" ends the list
    ("Samoa needs help. Japan announced emergency relief goods worth 20 million yen for Samoa.\n",
     [(("japan",), ("samoa",), "pledged", "emergency relief goods")]),
    ("Samoa needs help. Japan announced emergency relief goods, including tents and plastic sheets, worth about 20 "
     "million yen.\n",
     [(("japan",), ("samoa",), "pledged", "emergency relief goods"), (("japan",), ("samoa",), "pledged", "tents"),
      (("japan",), ("samoa",), "pledged", "plastic sheets")]),
    # goods announced with no word of relief are no gift
    ("Samoa needs help. Japan announced new supplies of rice for its own market.\n", []),
    # a body's own people did what it says they did
    ("Samoa needs help. The Red Cross said its volunteers had distributed 600 hygiene kits in Apia.\n",
     [(("red-cross",), ("samoa",), "delivered", "hygiene kits")]),
])
def test_relief_goods_announced_and_a_body_s_own_people(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


def test_relief_goods_announced_with_their_worth_keep_the_sum_as_a_wording() -> None:
    text = "Samoa needs help. Japan announced emergency relief goods worth 20 million yen for Samoa.\n"
    assert [c.wordings for c in analyse(text, "s").commitments] == [("emergency relief goods", "20 million yen")]


@pytest.mark.parametrize(("text", "commitments"), [
    # a participle after "things for X": it tells of the things, never of those they are for
    ("Malawi needs help. A military convoy arrived in Lilongwe carrying 75 diesel generators for hospitals, provided by "
     "Zambia from its emergency reserves.\n",
     [(("zambia",), ("malawi",), "delivered", "diesel generators")]),
    ("Haiti needs help. A shipment of fuel and spare parts for the mission's vehicles, paid for by the European Union, "
     "was unloaded at the port on Wednesday.\n",
     [(("european-union",), ("haiti",), "delivered", "fuel"), (("european-union",), ("haiti",), "delivered", "spare parts")]),
])
def test_a_participle_after_what_things_are_for(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the rank of a batch is no part of the thing's name, and its number is still counted
    ("Turkey needs help. The first 350 mobile homes sent by Qatar were handed over to Turkey on Monday.\n",
     [(("qatar",), ("turkey",), "delivered", "mobile homes")]),
    ("Turkey needs help. The second 20 water pumps sent by Qatar were handed over to Turkey on Monday.\n",
     [(("qatar",), ("turkey",), "delivered", "water pumps")]),
])
def test_the_rank_of_a_batch(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a participle of giving after the subject's rank among the givers: the subject gives
    ("Donors met in Geneva for Yemen. Saudi Arabia was the largest single donor, pledging $300 million.\n",
     [(("saudi-arabia",), ("yemen",), "pledged", "$300 million")]),
    ("Donors met in Geneva for Yemen. Saudi Arabia, pledging $300 million, was the largest donor.\n",
     [(("saudi-arabia",), ("yemen",), "pledged", "$300 million")]),
    ("Donors met in Geneva for Yemen. Kuwait led the donors, pledging $90 million for Yemen.\n",
     [(("kuwait",), ("yemen",), "pledged", "$90 million")]),
    # a subject that does something else before its comma may speak for others
    ("Donors met in Geneva for Yemen. Switzerland hosted the talks, pledging $300 million.\n", []),
])
def test_a_participle_of_the_subject_ranked_among_givers(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a share of the gift set off after it goes to its own receiver, never the whole
    ("Donors met in Geneva for Yemen. Qatar said it would donate $50 million, half of it to the World Health "
     "Organization.\n",
     [(("qatar",), ("yemen",), "pledged", "$50 million")]),
    ("Donors met in Geneva for Yemen. The United States pledged $190 million, including $40 million for programmes "
     "run by UNICEF.\n",
     [(("united-states",), ("yemen",), "pledged", "$190 million")]),
    # "most of it for X" names whom the gift is for
    ("Donors met in Honiara for the Solomon Islands. New Zealand announced NZ$8 million for the election, most of it "
     "for the Solomon Islands Electoral Commission.\n",
     [(("new-zealand",), ("solomon-islands-electoral-commission",), "pledged", "NZ$8 million")]),
])
def test_a_share_of_the_gift_set_off_after_it(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "the money" after sums of several givers is the whole of them: no one's gift to add to
    ("Donors met in Geneva for Yemen. Germany pledged 100 million euros and Japan $30 million for Yemen. Griffiths "
     "said the money would go to food and clean water.\n",
     [(("germany",), ("yemen",), "pledged", "100 million euros"), (("japan",), ("yemen",), "pledged", "$30 million")]),
    # after one giver's sum it is that gift
    ("Donors met in Geneva for Yemen. Germany pledged 100 million euros for Yemen. Officials said the money would go "
     "to food and clean water.\n",
     [(("germany",), ("yemen",), "pledged", "100 million euros"), (("germany",), ("yemen",), "pledged", "food"),
      (("germany",), ("yemen",), "pledged", "clean water")]),
])
def test_the_money_after_sums_of_several_givers(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # flown, ferried or dispatched to a place by a giver; a list set off in the subject keeps it a subject
    ("Myanmar needs help. The first consignment of 15 tonnes of relief material, including tents, blankets, hygiene "
     "kits and essential medicines, was flown to Yangon by India on 29 March.\n",
     [(("india",), ("myanmar",), "delivered", "first consignment of 15 tonnes of relief material"),
      (("india",), ("myanmar",), "delivered", "tents"), (("india",), ("myanmar",), "delivered", "blankets"),
      (("india",), ("myanmar",), "delivered", "hygiene kits"),
      (("india",), ("myanmar",), "delivered", "essential medicines")]),
    ("Malawi needs help. Two rescue teams were dispatched to Malawi by Zambia.\n",
     [(("zambia",), ("malawi",), "delivered", "rescue teams")]),
    # a state's air force, its aircraft after "by an": the state gives
    ("Myanmar needs help from India. Fifteen tonnes of tents were flown to Yangon by an Indian Air Force C-130J aircraft on "
     "Friday.\n",
     [(("india",), ("myanmar",), "delivered", "Fifteen tonnes of tents")]),
    # people flown are no gift; nor the receiving state's own force flying its aid
    ("Somalia needs help. Two hundred stranded tourists were flown to Kenya by the World Food Programme.\n", []),
    ("Somalia needs help. Forty patients were airlifted to Kenya by the World Food Programme.\n", []),
    ("Malawi needs help. Tents were flown to Malawi by Ethiopian Airlines.\n", []),
    ("Kenya thanked India. Fifteen tonnes of tents were flown to Garissa by a Kenyan Air Force C-130 aircraft.\n", []),
])
def test_things_flown_or_dispatched_by_a_giver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a subject that opens with a nation's adjective names the giver, where it went to another state named after "to"
    ("India acts. An Indian field hospital has been airlifted to Myanmar.\n",
     [(("india",), ("myanmar",), "delivered", "field hospital")]),
    ("Turkey acts. Turkish rescuers were flown to Morocco on Saturday.\n",
     [(("turkey",), ("morocco",), "delivered", "rescuers")]),
    # a delegation or troops are no gift; and a place no state's name leaves the one it went to unsaid
    ("India acts. An Indian delegation has been sent to Myanmar.\n", []),
    ("India acts. Indian troops were sent to Myanmar.\n", []),
    ("India acts. An Indian field hospital has been sent to Mandalay.\n", []),
    # things handed over, to a body as well as a state; the subject may open on a weight, or on the state's name
    ("Floods hit Malawi. British tents were handed over to the Malawi Red Cross.\n",
     [(("united-kingdom",), ("malawi-red-cross",), "delivered", "tents")]),
    ("Floods hit Malawi. The 40 tonnes of British blankets were handed over on the tarmac to the Malawi Red Cross.\n",
     [(("united-kingdom",), ("malawi-red-cross",), "delivered", "blankets")]),
    ("Floods hit Malawi. Britain's 400 tents were delivered to the Malawi Red Cross on Monday.\n",
     [(("united-kingdom",), ("malawi-red-cross",), "delivered", "tents")]),
    # the things a relative clause or a clause of its own takes up, not the vehicle before them
    ("Floods hit Malawi. A British plane landed in Blantyre with tents, which were handed over to the Malawi Red "
     "Cross.\n",
     [(("united-kingdom",), ("malawi-red-cross",), "delivered", "tents")]),
    ("Floods hit Malawi. A British aid flight with tents arrived in Blantyre on Monday and the tents were handed "
     "over on the tarmac to the Malawi Red Cross.\n",
     [(("united-kingdom",), ("malawi-red-cross",), "delivered", "tents")]),
    # not to fire: people flown or sent to a body, and one the state's name owns who is no gift
    ("Floods hit Malawi. British doctors were flown to the Malawi Red Cross.\n", []),
    ("Floods hit Malawi. Britain's ambassador was sent to the Malawi Red Cross.\n", []),
    ("Floods hit Malawi. Britain's envoy was handed over to the Malawi Red Cross.\n", []),
])
def test_a_passive_whose_subject_opens_with_the_giver_s_adjective(text: str,
                                                                   commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a state's embassy in the country it gives to: the state gives, never the place of its post
    ("Zambia's hospitals need help, the Ministry of Health said. The Chinese Embassy in Zambia has donated medical "
     "equipment to the Ministry of Health.\n",
     [(("china",), ("ministry-of-health",), "delivered", "medical equipment")]),
    ("Zambia's hospitals need help, the Ministry of Health said. The Embassy of China in Zambia has donated medical "
     "equipment to the Ministry of Health.\n",
     [(("china",), ("ministry-of-health",), "delivered", "medical equipment")]),
    ("Zambia's hospitals need help, the Ministry of Health said. China's embassy in Zambia has donated medical "
     "equipment to the Ministry of Health.\n",
     [(("china",), ("ministry-of-health",), "delivered", "medical equipment")]),
])
def test_an_embassy_in_the_country_it_gives_to(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "the Japanese government, through JICA": the state gives through its agency
    ("Zambia's hospitals need help, the Ministry of Health said. Meanwhile, the Japanese government, through the Japan "
     "International Cooperation Agency (JICA), has handed over four ambulances to the Ministry of Health.\n",
     [(("japan",), ("ministry-of-health",), "delivered", "ambulances")]),
    # "to the ministry": the one ministry the article names
    ("Zambia's hospitals need help, the Ministry of Health said. UNICEF has also donated 5,000 doses of measles vaccine "
     "to the ministry.\n",
     [(("unicef",), ("ministry-of-health",), "delivered", "doses of measles vaccine")]),
    # two ministries named: which one, the text does not say
    ("The Ministry of Health and the Ministry of Water asked for help in Zambia. UNICEF has also donated 5,000 doses "
     "of measles vaccine to the ministry.\n",
     [(("unicef",), (), "delivered", "doses of measles vaccine")]),
])
def test_a_state_through_its_agency_and_a_body_called_by_its_kind(text: str,
                                                                   commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a list set off in a relative clause ends where the clause goes on with its own verb
    ("Zambia's hospitals need help. The Chinese Embassy has donated medical equipment to Zambia. The donation, which "
     "comprises 20 hospital beds and three ultrasound machines, was handed over by Ambassador Han Jing at a ceremony "
     "at the hospital.\n",
     [(("china",), ("zambia",), "delivered", "medical equipment"), (("china",), ("zambia",), "delivered", "hospital beds"),
      (("china",), ("zambia",), "delivered", "ultrasound machines")]),
])
def test_a_list_in_a_relative_clause_ends_before_the_main_verb(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a signing told with emphasis is a signing; one denied is none
    ("Malawi needs help. Malawi and Zambia did, however, sign a memorandum of understanding on road maintenance "
     "training.\n",
     [(("zambia",), ("malawi",), "signed", "road maintenance training")]),
    ("Malawi needs help. Malawi and Zambia did sign a memorandum of understanding on road maintenance training.\n",
     [(("zambia",), ("malawi",), "signed", "road maintenance training")]),
    ("Malawi needs help. Malawi and Zambia did not sign a memorandum of understanding on road maintenance training.\n",
     []),
    # a document with what it is for, before the two it is between
    ("Malawi needs help. The ministers witnessed the signing of a loan agreement for road repairs between Japan and "
     "Malawi.\n",
     [(("japan",), ("malawi",), "signed", "loan agreement")]),
])
def test_a_signing_told_with_emphasis_or_of_a_document_for_something(text: str,
                                                                       commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments
