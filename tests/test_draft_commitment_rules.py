"""`factsheet draft`: more rules of wording for commitments, each on an invented sentence: a package
whose contents a spokesperson lists, gifts to be received, and programmes agreed on."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _commitments(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    return [(c.givers, c.receivers, c.status, c.items[0].name) for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "commitments"), [
    # "said it includes": what the package just told of includes
    ("Niger needs help. Kuwait announced a package for Niger. Its director, Ali Saleh, said it includes 5,000 "
     "tents and two field hospitals.\n",
     [(("kuwait",), ("niger",), "pledged", "package"),
      (("kuwait",), ("niger",), "pledged", "tents"),
      (("kuwait",), ("niger",), "pledged", "field hospitals")]),
    # "is also to receive" from a giver; a programme "agreed on" by a lender
    ("Niger needs help. Niger is also to receive $470 million from Japan to cover pensions. The World Bank agreed "
     "in September on a new 800 million dollar loan programme for Niger.\n",
     [(("japan",), ("niger",), "pledged", "$470 million"),
      (("world-bank",), ("niger",), "agreed", "800 million dollar loan programme")]),
    # "agreed on" a text that gives nothing is no gift
    ("Niger and Chad agreed in May on a joint statement about the border.\n", []),
])
def test_packages_told_by_a_spokesperson_receipts_and_programmes(text: str,
                                                                 commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # two nouns that share the head "package" are one package, a sum before them included; "covering" lists
    ("Fiji needs help. Canada announced a C$12 million water and shelter package covering 2,000 roofing kits and "
     "30 water tanks for Fiji.\n",
     [(("canada",), ("fiji",), "pledged", "C$12 million water and shelter package"),
      (("canada",), ("fiji",), "pledged", "roofing kits"),
      (("canada",), ("fiji",), "pledged", "water tanks")]),
    ("Fiji needs help. Canada pledged a health and education fund for Fiji.\n",
     [(("canada",), ("fiji",), "pledged", "health and education fund")]),
    # "such as" lists as "including" does
    ("Fiji needs help. Canada pledged a package for Fiji such as 500 tents and 20 generators.\n",
     [(("canada",), ("fiji",), "pledged", "package"),
      (("canada",), ("fiji",), "pledged", "tents"),
      (("canada",), ("fiji",), "pledged", "generators")]),
    # the one given to, between the verb and the thing: not a word of the thing
    ("Fiji needs help. Canada promised the government training for nurses. Canada gave the ministry 40 "
     "ambulances. Canada sent the government a letter.\n",
     [(("canada",), ("fiji",), "pledged", "training"), (("canada",), ("fiji",), "delivered", "ambulances")]),
    # "the package" after a gift whose words hold its sum is that gift again; a body set off after the one who
    # receives is no thing given
    ("Fiji needs help. Canada will give the Fiji Roads Authority a grant of 12 million Canadian dollars. The "
     "package includes training for engineers. Canada handed over 40 radios to the Fiji Roads Authority, the state "
     "roads agency.\n",
     [(("canada",), ("fiji-roads-authority",), "pledged", "grant of 12 million Canadian dollars"),
      (("canada",), ("fiji-roads-authority",), "pledged", "training"),
      (("canada",), ("fiji-roads-authority",), "delivered", "radios")]),
    # each thing a list names, where no shared head follows: food is one gift, cash grants another
    ("Fiji needs help. Canada sent food and cash grants to Fiji.\n",
     [(("canada",), ("fiji",), "delivered", "food"), (("canada",), ("fiji",), "delivered", "cash grants")]),
])
def test_a_package_whose_kinds_share_its_head_and_what_it_covers(text: str,
                                                                 commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a second infinitive joined by "and to" shares the first one's giver
    ("Chad needs help. Norway has decided to extend a grant of 40 million kroner to Chad, and to provide "
     "water pumps.\n",
     [(("norway",), ("chad",), "pledged", "grant of 40 million kroner"),
      (("norway",), ("chad",), "pledged", "water pumps")]),
    # any adverb in -ly between the auxiliary and the verb of giving
    ("Chad needs help. Norway will separately send 12 ambulances to Chad.\n",
     [(("norway",), ("chad",), "pledged", "ambulances")]),
    # "supply" is the verb itself, not an adverb before it
    ("Chad needs help. Norway will supply 12 ambulances to Chad.\n",
     [(("norway",), ("chad",), "pledged", "ambulances")]),
])
def test_coordinated_infinitives_and_open_adverbs(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a request made of no one the text names: the one who asks receives, and no one gives
    ("Chad needs help. Chad appealed to friendly countries and international organisations for winter tents and "
     "field hospitals.\n",
     [((), ("chad",), "asked", "winter tents"), ((), ("chad",), "asked", "field hospitals")]),
    ("Chad needs help. Chadian Prime Minister Idriss Kaba appealed for helicopters after the floods.\n",
     [((), ("chad",), "asked", "helicopters")]),
    # the body it is asked for receives
    ("Chad needs help. Chad asked its partners for fuel and spare parts for the National Civil Protection Agency.\n",
     [((), ("national-civil-protection-agency",), "asked", "fuel"),
      ((), ("national-civil-protection-agency",), "asked", "spare parts")]),
    # one asked is named after all, by "from" or as the owner of the help
    ("Chad needs help. Chad requested 500 generators from the United States.\n",
     [(("united-states",), ("chad",), "asked", "generators")]),
    ("Chad needs help. Chad sought Japan's assistance in building roads.\n",
     [(("japan",), ("chad",), "asked", "roads")]),
    # help in general is asked for, where the text asks for nothing in particular next
    ("Chad needs help. Chad has formally asked for international assistance.\n",
     [((), ("chad",), "asked", "international assistance")]),
    ("Chad needs help. Chad has formally asked for international assistance. The minister said the government had "
     "appealed to friendly countries for winter tents.\n",
     [((), ("chad",), "asked", "winter tents")]),
    # no thing of aid, or someone else asked
    ("Chad needs help. Chad called for calm. Chad sought to shore up support for its army.\n", []),
    ("Chad needs help. Chad was asked to send troops.\n", []),
])
def test_requests_made_of_no_one_named(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a request told in a phrase of its own, by the one the sentence starts with
    ("Chad needs help. Chad used the session to appeal for more interceptor missiles.\n",
     [((), ("chad",), "asked", "interceptor missiles")]),
    ("Chad needs help. Chad's envoy pressed for seven more radars before winter.\n",
     [((), ("chad",), "asked", "radars")]),
    ("Chad needs help. Chad has launched an emergency appeal for 40,000 tents.\n",
     [((), ("chad",), "asked", "tents")]),
    # a government or minister whose country the text leaves unsaid asks for the side the aid goes to
    ("Chad needs help. The Ministry asked partners to consider financing the rehabilitation of the Farcha power "
     "station.\n",
     [((), ("chad",), "asked", "rehabilitation of the Farcha power station")]),
    # pressing on with something else is no request; money asked "from the Bank" names the one asked
    ("Chad needs help. Chad pressed ahead with its budget.\n", []),
    ("Chad needs help. Chad requested additional financing of $60 million from the Bank for school meals.\n", []),
])
def test_requests_told_in_a_phrase_of_their_own(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a sum and its kind of document may take five words before "with"
    ("Chad needs help. The European Union signed a 40 million euros grant agreement with Chad for solar mini-grids "
     "in the east.\n",
     [(("european-union",), ("chad",), "signed", "solar mini-grids")]),
    # "with the government": the state the article is about; a state the text names is that state
    ("Chad needs help. On Wednesday, the African Development Bank signed a $180 million loan with the government to "
     "strengthen the grid.\n",
     [(("african-development-bank",), ("chad",), "signed", "$180 million loan")]),
    ("Chad needs help. The African Development Bank signed a $180 million loan with Niger to strengthen the grid.\n",
     [(("african-development-bank",), ("niger",), "signed", "$180 million loan")]),
    # a credit line is lent like a loan
    ("Chad needs help. The African Development Bank signed a $18 million credit line with Chad to finance rural "
     "roads.\n",
     [(("african-development-bank",), ("chad",), "signed", "$18 million credit line")]),
    # a memorandum on something that is not aid
    ("Chad needs help. The African Development Bank signed a memorandum with the government of Chad on data "
     "sharing.\n", []),
])
def test_documents_signed_with_a_state(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    ("Chad needs help. Chad's defence minister used his address to urge allies to send more radars.\n",
     [((), ("chad",), "asked", "radars")]),
    ("Chad needs help. The government is asking donors for 2.1 billion dollars to fund the response plan.\n",
     [((), ("chad",), "asked", "2.1 billion dollars")]),
    # a time between those asked and what is asked for; the asker named in a title set off by commas
    ("Chad needs help. Chad's Humanitarian Action Minister, Zara Issa, appealed to donors on Thursday for 50,000 "
     "tonnes of cereals.\n",
     [((), ("chad",), "asked", "50,000 tonnes of cereals")]),
    # a list of things asked for ends where a verb of saying goes on
    ("Chad needs help. Chadian Interior Minister Ali Kaba said 40 people had died. He appealed for helicopters, "
     "water pumps and emergency shelter, warning that stocks were low.\n",
     [((), ("chad",), "asked", "helicopters"), ((), ("chad",), "asked", "water pumps"),
      ((), ("chad",), "asked", "emergency shelter")]),
    ("Chad needs help. Chad urged calm.\n", []),
])
def test_requests_asked_with_an_infinitive_a_time_or_a_list(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a body a reported clause names by its kind: the one of that kind named just before
    ("Sudan needs help. Officials met a delegation of the Qatar Fund for Development. A spokesperson later said "
     "the Doha-based fund had pledged 3,000 tents for displaced families.\n",
     [(("qatar-fund-for-development",), ("sudan",), "pledged", "tents")]),
    # a company or utility, whose name seldom says so: the body the sentence before opened with
    ("Moldova needs help. Moldelectrica, the state grid operator, is short of equipment. Its director, Ion Rusu, "
     "said the company had asked the European Investment Bank for 40 transformers.\n",
     [(("european-investment-bank",), ("moldelectrica",), "asked", "transformers")]),
    # or the one named before in its own sentence; the short name in brackets after the one asked is the same
    ("Kenya needs help. The Kenya Power and Lighting Company (KPLC) needs meters. Its chairman, John Mwangi, said "
     "the utility has also asked the African Development Bank (AfDB) for $90 million.\n",
     [(("african-development-bank",), ("kenya-power-and-lighting-company",), "asked", "$90 million")]),
    ("Sudan needs help. Sudan asked the Islamic Development Bank (IsDB) for 200 water pumps.\n",
     [(("islamic-development-bank",), ("sudan",), "asked", "water pumps")]),
    # no body of that kind named before: no giver to guess
    ("Sudan needs help. Officials met the World Bank. A spokesperson said the centre had promised 3,000 tents.\n", []),
    ("Sudan needs help. A spokesman said the company had asked Japan for 30 generators.\n", []),
])
def test_bodies_named_by_their_kind_in_a_reported_clause(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # what a package lists is aid by being listed, whatever its words; the last "and" opens a thing of its own
    ("Chad needs help. Norway announced a support package for Chad. The package includes crew training, fuel for "
     "two years and maintenance at the port.\n",
     [(("norway",), ("chad",), "pledged", "support package"), (("norway",), ("chad",), "pledged", "crew training"),
      (("norway",), ("chad",), "pledged", "fuel"), (("norway",), ("chad",), "pledged", "maintenance")]),
    # an "and" inside a part is no new thing when a comma closes the list ("A, B, and C"), nor between two
    # names or two nouns of one head
    ("Chad needs help. Norway announced a €20 million package for Chad. It covers school repairs, the restoration "
     "of water and sanitation networks around Abeche and Moundou, and cash assistance for 5,000 families.\n",
     [(("norway",), ("chad",), "pledged", "€20 million package"), (("norway",), ("chad",), "pledged", "school repairs"),
      (("norway",), ("chad",), "pledged", "restoration of water and sanitation networks"),
      (("norway",), ("chad",), "pledged", "cash assistance")]),
    ("Chad needs help. Norway pledged €8 million to Chad. Norway's pledge covers training for nurses and "
     "midwives, new laboratory software, and a study on drug pricing.\n",
     [(("norway",), ("chad",), "pledged", "€8 million"), (("norway",), ("chad",), "pledged", "training"),
      (("norway",), ("chad",), "pledged", "laboratory software"), (("norway",), ("chad",), "pledged", "study")]),
    # a clause on the things after a comma closes the list
    ("Chad needs help. Norway's pledge to Chad includes water pumps, delivered together with Swedish engineers.\n",
     [(("norway",), ("chad",), "pledged", "water pumps")]),
    # sums by what they are for; an aside on a place is no thing
    ("Chad needs help. Norway's new package, unveiled by its minister, Kari Holm, includes €6 million for solar pumps "
     "at Abeche, near the border, €4 million to extend the grid into the north, and 30 scholarships for engineers.\n",
     [(("norway",), ("chad",), "pledged", "new package"),
      (("norway",), ("chad",), "pledged", "solar pumps at Abeche, near the border"),
      (("norway",), ("chad",), "pledged", "extend the grid into the north"),
      (("norway",), ("chad",), "pledged", "scholarships")]),
    # "among the pledges was" names one gift, whose "and" is no list
    ("Chad needs help. Among the pledges by the Nordic countries was a fund of 50 million euros for Chad's winter "
     "equipment and artillery ammunition.\n",
     [(("nordic-countries",), ("chad",), "pledged", "fund of 50 million euros")]),
])
def test_what_a_package_lists_whatever_its_words(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a sum, and each thing it is said to pay for: "covering", "split between", "which it said would cover"
    ("Chad needs help. Norway pledged €40 million in grants for Chad covering housing repairs, water systems and "
     "early warning systems.\n",
     [(("norway",), ("chad",), "pledged", "€40 million"), (("norway",), ("chad",), "pledged", "housing repairs"),
      (("norway",), ("chad",), "pledged", "water systems"), (("norway",), ("chad",), "pledged", "early warning systems")]),
    ("Chad needs help. Norway has pledged $100m, split between budget support for host communities and health "
     "services for refugees, its minister told the hall.\n",
     [(("norway",), ("chad",), "pledged", "$100m"), (("norway",), ("chad",), "pledged", "budget support"),
      (("norway",), ("chad",), "pledged", "health services")]),
    ("Chad needs help. The European Union unveiled €60m for Chad which it said would cover emergency food rations, "
     "therapeutic food for malnourished children and cash transfers for host families.\n",
     [(("european-union",), ("chad",), "pledged", "€60m"),
      (("european-union",), ("chad",), "pledged", "emergency food rations"),
      (("european-union",), ("chad",), "pledged", "therapeutic food"),
      (("european-union",), ("chad",), "pledged", "cash transfers")]),
    ("Chad needs help. The World Bank has offered US$1.2 billion to Chad, to be split between budget support and "
     "grants to rebuild housing.\n",
     [(("world-bank",), ("chad",), "pledged", "US$1.2 billion"), (("world-bank",), ("chad",), "pledged", "budget support"),
      (("world-bank",), ("chad",), "pledged", "grants")]),
    # not to fire: a sum whose words say what it is for, which the list only describes; a time is no thing
    ("Chad needs help. Norway pledged £12m in humanitarian aid to Chad, covering generators and heating equipment.\n",
     [(("norway",), ("chad",), "pledged", "£12m")]),
    ("Chad needs help. Norway pledged €40 million to Chad, covering the period to 2027 and the next three harvests.\n",
     [(("norway",), ("chad",), "pledged", "€40 million")]),
])
def test_a_sum_and_what_it_is_said_to_pay_for(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # what is asked for ends where "to" and a verb say what it is for, not at a party named in that purpose
    ("Chad needs help. Unicef has appealed for $30 million to keep its clinics in Chad open through the rainy "
     "season.\n",
     [((), ("unicef",), "asked", "$30 million")]),
    # a second "for" after "and" asks for one more thing
    ("Chad needs help. Chadian Energy Minister Ali Kaba asked partners for mobile gas turbines and for 90 million "
     "euros to repair the grid.\n",
     [((), ("chad",), "asked", "mobile gas turbines"), ((), ("chad",), "asked", "90 million euros")]),
    # the asker named in a title set off by commas, before "opened ... by asking for"
    ("Chad needs help. Chad's president, Idriss Kaba, opened the conference by asking for 1.2 billion dollars for "
     "reconstruction.\n",
     [((), ("chad",), "asked", "1.2 billion dollars")]),
    # an appeal made for others: the first party named after "to help" receives
    ("Chad needs help. UNHCR launched an appeal for $45 million to help displaced families in Chad over the "
     "winter.\n",
     [((), ("chad",), "asked", "$45 million")]),
    ("Chad needs help. The Red Cross issued an urgent appeal for 2 million Swiss francs to help the Chadian Red "
     "Cross provide clean water.\n",
     [((), ("chadian-red-cross",), "asked", "2 million Swiss francs")]),
    # not to fire: no party after "to help", or no thing asked for
    ("Chad needs help. Chad appealed for $30 million to help rebuild the hospital in Abeche.\n",
     [((), ("chad",), "asked", "$30 million")]),
    ("Chad needs help. Chad appealed for calm to help the talks with Niger.\n", []),
])
def test_what_a_request_is_for_and_whom_an_appeal_helps(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # what one is asked to pay for is a purpose, one thing however many its words
    ("Chad needs help. Chadian Prime Minister Idriss Kaba asked Norway to help pay for a second phase of the sea "
     "wall at Bol.\n",
     [(("norway",), ("chad",), "asked", "second phase of the sea wall")]),
    ("Chad needs help. Chad urged Japan to finance the rehabilitation of the old bridge over the Chari.\n",
     [(("japan",), ("chad",), "asked", "rehabilitation of the old bridge")]),
    ("Chad needs help. Chad asked the World Bank to fund a feasibility study for a dam.\n",
     [(("world-bank",), ("chad",), "asked", "feasibility study")]),
    # not to fire: asked to do something that gives nothing
    ("Chad needs help. Chad asked Norway to send a delegation.\n", []),
])
def test_what_one_is_asked_to_pay_for(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # money put, channelled or poured into something gives to the country the words after "into" name
    ("Chad needs help. Norway would put NOK 1.2 billion into Chadian production of solar panels.\n",
     [(("norway",), ("chad",), "pledged", "NOK 1.2 billion")]),
    ("Chad needs help. Norway will channel 1.5 billion kroner into reconstruction projects in Chad between now and "
     "2028.\n",
     [(("norway",), ("chad",), "pledged", "1.5 billion kroner")]),
    ("Chad needs help. Japan said it would pour $80 million into the African Development Bank.\n",
     [(("japan",), ("african-development-bank",), "pledged", "$80 million")]),
    # not to fire: no one named to receive, or nothing of money put
    ("Chad needs help. Qatar will also put $20 million towards soldiers' salaries, he said.\n", []),
    ("Chad needs help. Norway will put the plan into effect.\n", []),
])
def test_money_put_into_something(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a package "which it said would cover" lists as "which would cover" does
    ("Chad needs help. The European Union unveiled a €60m package for Chad which it said would cover emergency food "
     "rations, therapeutic food for children and cash transfers for host families.\n",
     [(("european-union",), ("chad",), "pledged", "€60m package"),
      (("european-union",), ("chad",), "pledged", "emergency food rations"),
      (("european-union",), ("chad",), "pledged", "therapeutic food for children"),
      (("european-union",), ("chad",), "pledged", "cash transfers for host families")]),
    ("Chad needs help. Norway announced a package for Chad that they say will include 40 ambulances and field "
     "kitchens.\n",
     [(("norway",), ("chad",), "pledged", "package"), (("norway",), ("chad",), "pledged", "ambulances"),
      (("norway",), ("chad",), "pledged", "field kitchens")]),
    # not to fire: what someone said of the package is no list of it
    ("Chad needs help. Norway announced a package for Chad which it said would reach families soon.\n",
     [(("norway",), ("chad",), "pledged", "package")]),
])
def test_a_package_which_it_said_would_cover(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a participle of promising after a noun phrase: what it names, promised by the one after "by"
    ("Chad needs help. The two ministers welcomed the 250 million euros pledged by the European Union for energy "
     "bill compensation for households this winter.\n",
     [(("european-union",), ("chad",), "pledged", "250 million euros")]),
    ("Chad needs help. Officials in Chad are still waiting for the 30 ambulances promised by Norway last spring.\n",
     [(("norway",), ("chad",), "pledged", "ambulances")]),
    ("Chad needs help. Chad thanked donors for the tents offered by the Qatar Fund for Development.\n",
     [(("qatar-fund-for-development",), ("chad",), "pledged", "tents")]),
    # not to fire: the things' own verb tells what became of them
    ("Chad needs help. The 30 ambulances promised by Norway last spring have not arrived in Chad.\n", []),
])
def test_what_a_participle_of_promising_names(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the one asked, named by its kind: the body of that kind the text has just named
    ("Malawi needs help. Finance Minister Chisomo Banda met the head of the African Development Bank on Monday. "
     "Banda asked the bank for $80 million to repair roads.\n",
     [(("african-development-bank",), ("malawi",), "asked", "$80 million")]),
    ("Malawi needs help. The Nordic Development Fund opened an office in Lilongwe. Malawian Finance Minister "
     "Chisomo Banda appealed to the fund for 40 water pumps.\n",
     [(("nordic-development-fund",), ("malawi",), "asked", "water pumps")]),
    # after "from", and for the one thanked, said again as "it"
    ("Malawi needs help. Officials of the International Monetary Fund visited Lilongwe on Monday. Malawi requested "
     "access to $40 million in budget support from the Fund.\n",
     [(("international-monetary-fund",), ("malawi",), "asked", "$40 million")]),
    ("Malawi needs help. The European Union sent experts to Lilongwe. Malawian President Grace Phiri thanked the "
     "bloc and asked it to fund 200 school tents.\n",
     [(("european-union",), ("malawi",), "asked", "school tents")]),
    # not to fire: two banks the reference may stand for, or none named
    ("Malawi needs help. The World Bank and the African Development Bank sent teams to Lilongwe. Malawian Finance "
     "Minister Chisomo Banda asked the bank for 30 ambulances.\n",
     [(("world-bank", "african-development-bank"), ("malawi",), "delivered", "teams")]),
    ("Malawi needs help. Malawian Finance Minister Chisomo Banda asked the bank for 30 ambulances.\n", []),
])
def test_the_one_asked_named_by_its_kind(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "The Minister" asks for the country of the one minister the text has named
    ("Malawi needs help. Malawi's Minister for Finance, Chisomo Banda, met officials of the World Bank in Lilongwe. "
     "The Minister also requested $50 million from the Bank for school meals.\n",
     [(("world-bank",), ("malawi",), "asked", "$50 million")]),
    # not to fire: two ministers the title fits
    ("Malawi needs help. Malawi's Minister for Finance, Chisomo Banda, met Zambia's Minister for Finance, Mwila "
     "Chanda. The Minister requested $50 million from the World Bank.\n", []),
])
def test_a_request_by_a_title_that_fits_one_person(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # asked "to support" a thing, or "to consider longer-term help with" it: the thing
    ("Malawi needs help. Malawi asked Japan to support training for nurses.\n",
     [(("japan",), ("malawi",), "asked", "training")]),
    ("Malawi needs help. Malawi asked Japan to help support demining in the north.\n",
     [(("japan",), ("malawi",), "asked", "demining")]),
    ("Malawi needs help. Malawi asked Norway to consider longer-term help with school repairs.\n",
     [(("norway",), ("malawi",), "asked", "school repairs")]),
    # aid for whom it reaches is the thing asked for; help with a purpose, the purpose
    ("Malawi needs help. Malawi asked Norway for humanitarian aid for the Dzaleka camp.\n",
     [(("norway",), ("malawi",), "asked", "humanitarian aid")]),
    ("Malawi needs help. Malawi asked Norway for emergency aid for displaced families.\n",
     [(("norway",), ("malawi",), "asked", "emergency aid")]),
    ("Malawi needs help. Malawi asked Norway for help with the reconstruction of the hospital.\n",
     [(("norway",), ("malawi",), "asked", "reconstruction of the hospital")]),
    # not to fire: support for efforts, or for a body named
    ("Malawi needs help. Malawi asked Japan to support efforts to end the strike.\n", []),
    ("Malawi needs help. Malawi asked Japan to support the Malawi Red Cross.\n", []),
])
def test_what_one_is_asked_to_support(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a name and its title set off by commas, after an opening phrase, before "urged"
    ("Peru needs help. Speaking for the Peruvian government, Ana Ruiz, Minister of Housing, urged donors to pay "
     "for the reconstruction of the Chimbote bridge.\n",
     [((), ("peru",), "asked", "reconstruction of the Chimbote bridge")]),
    # a relative clause on the subject before "used the session to appeal for"
    ("Peru needs help. Ana Ruiz, who led the Peruvian delegation, used the plenary session to appeal for more "
     "water pumps.\n",
     [((), ("peru",), "asked", "water pumps")]),
    ("Peru needs help. Peruvian Housing Minister Ana Ruiz, who arrived on Monday, used her speech to appeal for "
     "200 tents.\n",
     [((), ("peru",), "asked", "tents")]),
    # a list whose first thing alone does not say it is aid
    ("Peru needs help. The government appealed to donors for 5,000 masks, blankets and mobile water tanks.\n",
     [((), ("peru",), "asked", "masks"), ((), ("peru",), "asked", "blankets"),
      ((), ("peru",), "asked", "mobile water tanks")]),
    # not to fire: no request, or no thing asked for
    ("Peru needs help. Ana Ruiz, who led the delegation, said the talks on water pumps went well.\n", []),
    ("Peru needs help. The government appealed for patience, saying that blankets and tents would arrive.\n", []),
])
def test_who_makes_a_request_the_text_makes_of_no_one(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "was appealing to" those it names for a list, as "appealed to" does
    ("Peru needs help. Housing Minister Ana Ruiz said Peru was appealing to friendly countries for 20,000 masks, "
     "blankets and stoves.\n",
     [((), ("peru",), "asked", "masks"), ((), ("peru",), "asked", "blankets"), ((), ("peru",), "asked", "stoves")]),
    # "used the meeting to ask", "took the opportunity to ask": the one the sentence opens with asks
    ("Peru needs help. Peruvian Foreign Minister Ana Ruiz used the meeting to ask Norway for 40 water pumps.\n",
     [(("norway",), ("peru",), "asked", "water pumps")]),
    ("Peru needs help. Peruvian Foreign Minister Ana Ruiz took the opportunity to ask the Norwegian government for "
     "40 water pumps.\n",
     [(("norway",), ("peru",), "asked", "water pumps")]),
    # not to fire: asked about something, or appealing for no thing of aid
    ("Peru needs help. Peruvian Foreign Minister Ana Ruiz used the meeting to ask Norway about the election.\n", []),
    ("Peru needs help. Peruvian Foreign Minister Ana Ruiz was appealing for calm.\n", []),
])
def test_appealing_to_and_using_a_meeting_to_ask(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a body's name used as the adjective of the support asked for: the one asked
    ("Chile needs help. Chile asked for EU help in financing a new water plant for Arica.\n",
     [(("eu",), ("chile",), "asked", "water plant")]),
    ("Chile needs help. Chile asked for EU funding for the new water plant in Arica.\n",
     [(("eu",), ("chile",), "asked", "water plant")]),
    # "support to" a purpose: the purpose, one thing however many its words
    ("Chile needs help. Chilean President Ana Soto met European Union officials in Santiago. Soto asked for EU "
     "support to extend mine clearance to the northern region.\n",
     [(("european-union",), ("chile",), "asked", "extend mine clearance")]),
    ("Chile needs help. Deputy Prime Minister Ana Soto asked for further U.S. support to map flooded land in Arica "
     "before construction begins.\n",
     [(("united-states",), ("chile",), "asked", "map flooded land")]),
    # not to fire: "support to" no purpose
    ("Chile needs help. Chile asked for EU support to the end of the year.\n", []),
])
def test_support_asked_of_a_body_named_as_its_adjective(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # help "in equipping" or "to provide" a body "with" a thing: the body receives the thing
    ("Chile needs help. Chilean President Ana Soto met Japanese officials. The President thanked the Government of "
     "Japan for its support to the Chilean Navy and asked for Japan's help in equipping the Navy with additional "
     "patrol drones.\n",
     [(("japan",), ("chilean-navy",), "asked", "patrol drones")]),
    ("Chile needs help. Chile asked for Japanese support in providing the Chilean Red Cross with 300 tents for flood "
     "victims.\n",
     [(("japan",), ("chilean-red-cross",), "asked", "tents")]),
    ("Chile needs help. Chile asked Japan to provide the Chilean Red Cross with 300 tents.\n",
     [(("japan",), ("chilean-red-cross",), "asked", "tents")]),
    # not to fire: those to be equipped are no body
    ("Chile needs help. Chile asked Japan to equip its soldiers with new helmets.\n", []),
])
def test_a_request_to_equip_a_body(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "a further", "more than" before a sum asked for: the sum
    ("Peru needs help after the floods. Japan sent tents to Peru. Housing Minister Ana Ruiz said the government "
     "had also asked development partners for a further $80 million to rebuild schools.\n",
     [(("japan",), ("peru",), "delivered", "tents"), ((), ("peru",), "asked", "$80 million")]),
    ("Peru needs help after the floods. Japan sent tents to Peru. The authorities have appealed for more than "
     "$15 million to repair roads.\n",
     [(("japan",), ("peru",), "delivered", "tents"), ((), ("peru",), "asked", "$15 million")]),
    # not to fire: more of something that is no aid
    ("Peru needs help after the floods. Japan sent tents to Peru. The government asked partners for more time to "
     "repay its debt.\n",
     [(("japan",), ("peru",), "delivered", "tents")]),
])
def test_a_further_sum_asked_of_no_one_named(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a body called by its kind, by the last words of its name or by the words set after it as an apposition
    ("Kenya needs help. Japan sent tents to Kenya. Asha Njeri, chair of the Kakuma Refugee Committee, said teachers "
     "were leaving. The committee asked for funding to pay the teachers' salaries.\n",
     [(("japan",), ("kenya",), "delivered", "tents"), ((), ("kakuma-refugee-committee",), "asked", "funding")]),
    ("Kenya needs help. Japan sent tents to Kenya. The Kenya Red Cross Society, the country's largest relief group, "
     "runs the camp. She said the relief group had appealed to donors for 300 tents.\n",
     [(("japan",), ("kenya",), "delivered", "tents"), ((), ("kenya-red-cross-society",), "asked", "tents")]),
    # "It" after a sentence that opened with a body, or with the body called by its kind
    ("Kenya needs help. Japan sent tents to Kenya. The Kenya Red Cross Society runs the camp. It appealed for 40 "
     "water pumps.\n",
     [(("japan",), ("kenya",), "delivered", "tents"), ((), ("kenya-red-cross-society",), "asked", "water pumps")]),
    ("Kenya needs help. Japan sent tents to Kenya. The Kenya Red Cross Society, the country's largest relief group, "
     "runs the camp. The relief group wants more. It appealed at the meeting for 40 water pumps.\n",
     [(("japan",), ("kenya",), "delivered", "tents"), ((), ("kenya-red-cross-society",), "asked", "water pumps")]),
    # not to fire: two committees the kind fits, or "It" after a sentence about no body
    ("Kenya needs help. Japan sent tents to Kenya. Asha Njeri, chair of the Kakuma Refugee Committee, met the Dadaab "
     "Refugee Committee. The committee asked for funding to pay the teachers' salaries.\n",
     [(("japan",), ("kenya",), "delivered", "tents")]),
    ("Kenya needs help. Japan sent tents to Kenya. The weather was cold. It appealed for 40 water pumps.\n",
     [(("japan",), ("kenya",), "delivered", "tents")]),
])
def test_a_request_by_a_body_referred_back_to(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # ", and has appealed": the sentence's subject asks
    ("Congo needs help. Japan sent tents to Congo. The Norwegian Refugee Council says it has begun handing out "
     "blankets in Goma, and has appealed to donors for $4 million to keep its clinics open.\n",
     [(("japan",), (), "delivered", "tents"), ((), ("norwegian-refugee-council",), "asked", "$4 million")]),
    # "his country", a relative clause on it and all: the country of the person named
    ("Tuvalu needs help. Japan sent tents to Tuvalu. Tuvalu Foreign Minister Simon Kofe told reporters that his "
     "country, whose atolls lie barely 2.5 metres above the sea, had asked partners for two patrol boats.\n",
     [(("japan",), ("tuvalu",), "delivered", "tents"), ((), ("tuvalu",), "asked", "patrol boats")]),
    # "to support X with", "to equip X with": X receives
    ("Haiti needs help. Japan sent tents to Haiti. Health Minister Marie Joseph met donors in Port-au-Prince. She "
     "appealed to donors to support Haiti with the cost of school meals.\n",
     [(("japan",), ("haiti",), "delivered", "tents"), ((), ("haiti",), "asked", "cost of school meals")]),
    ("Haiti needs help. Japan sent tents to Haiti. She urged partners to equip the Haitian National Police with "
     "armoured vehicles.\n",
     [(("japan",), ("haiti",), "delivered", "tents"), ((), ("haitian-national-police",), "asked", "armoured vehicles")]),
    # one count for two kinds of thing: one thing asked for
    ("Peru needs help. The Peruvian Red Cross runs the camp. It appealed at the meeting for 150 excavators and "
     "bulldozers to clear the rubble.\n",
     [((), ("peruvian-red-cross",), "asked", "excavators and bulldozers")]),
    # not to fire: support with no aid, or an appeal for calm
    ("Haiti needs help. Japan sent tents to Haiti. She appealed to donors to support Haiti with words of "
     "encouragement.\n",
     [(("japan",), ("haiti",), "delivered", "tents")]),
    ("Congo needs help. Japan sent tents to Congo. The Norwegian Refugee Council says it has begun handing out "
     "blankets in Goma, and has appealed for calm.\n",
     [(("japan",), (), "delivered", "tents")]),
])
def test_a_request_by_the_subject_said_again(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # what "it" or "they" carried: the vehicle the sentence before named by its country gives
    ("Peru needs help. The first Chilean air force plane landed in Lima on Monday. According to the Chilean "
     "embassy, the consignment it carried for Peru includes 300 tents, blankets and two water purification plants.\n",
     [(("chile",), ("peru",), "delivered", "tents"), (("chile",), ("peru",), "delivered", "blankets"),
      (("chile",), ("peru",), "delivered", "water purification plants")]),
    ("Peru needs help. Two Colombian navy ships sailed into Callao on Monday. The shipment they brought includes 40 "
     "tonnes of rice and 5,000 hygiene kits.\n",
     [(("colombia",), ("peru",), "delivered", "40 tonnes of rice"), (("colombia",), ("peru",), "delivered", "hygiene kits")]),
    # not to fire: two vehicles of two countries, or no vehicle at all
    ("Peru needs help. A Chilean plane and a Bolivian plane landed in Lima on Monday. The consignment it carried "
     "includes 300 tents.\n", []),
    ("Peru needs help. Chilean officials visited Lima on Monday. The consignment it carried includes 300 tents.\n", []),
])
def test_what_a_vehicle_just_reported_carried(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # an appeal "to support" a body: that body receives
    ("Chad needs help. The International Federation of Red Cross and Red Crescent Societies (IFRC) has launched an "
     "emergency appeal for 2 million Swiss francs to support the Red Cross of Chad, which is helping 5,000 people.\n",
     [((), ("red-cross-of-chad",), "asked", "2 million Swiss francs")]),
    # "The Ministry", with the capital of the name it shortens: the ministry named in full asks
    ("Chad needs help. Japan sent tents to Chad. The Ministry of Water said wells had run dry. The Ministry asked "
     "partners for 40 water pumps.\n",
     [(("japan",), ("chad",), "delivered", "tents"), ((), ("ministry-of-water",), "asked", "water pumps")]),
    # not to fire: support for its own operations, or a ministry the text has not named in full
    ("Chad needs help. UNICEF appealed for $12 million to support its own operations in Chad.\n",
     [((), ("unicef",), "asked", "$12 million")]),
    ("Chad needs help. Japan sent tents to Chad. The ministry asked partners for 40 water pumps.\n",
     [(("japan",), ("chad",), "delivered", "tents"), ((), ("chad",), "asked", "water pumps")]),
])
def test_the_body_an_appeal_supports_and_a_ministry_by_its_short_name(text: str,
                                                                      commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "renewing the government's appeal for", "repeated her appeal for": the country of the one named before
    ("Peru needs help. Japan sent tents to Peru. That was Peruvian Defence Minister Ana Ruiz a short while ago, "
     "renewing the government's appeal for firefighting planes.\n",
     [(("japan",), ("peru",), "delivered", "tents"), ((), ("peru",), "asked", "firefighting planes")]),
    ("Peru needs help. Japan sent tents to Peru. Peruvian Defence Minister Ana Ruiz, speaking in Lima, repeated her "
     "appeal for 300 tents.\n",
     [(("japan",), ("peru",), "delivered", "tents"), ((), ("peru",), "asked", "tents")]),
    # not to fire: an appeal for no thing of aid
    ("Peru needs help. Japan sent tents to Peru. Peruvian Defence Minister Ana Ruiz, speaking in Lima, repeated her "
     "appeal for calm.\n",
     [(("japan",), ("peru",), "delivered", "tents")]),
])
def test_an_appeal_owned_by_the_one_named_before(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a sum asked for, told before the verb: the body that asked receives, else the side that receives
    ("Sudan needs help. Japan sent tents to Sudan. The pledges fell short of the $900 million that the United Nations "
     "had appealed for to feed refugees in Sudan.\n",
     [(("japan",), ("sudan",), "delivered", "tents"), ((), ("united-nations",), "asked", "$900 million")]),
    ("Sudan needs help. Japan sent tents to Sudan. Donors gave only a third of the $2.1 billion aid agencies had "
     "asked for.\n",
     [(("japan",), ("sudan",), "delivered", "tents"), ((), ("sudan",), "asked", "$2.1 billion")]),
    ("Sudan needs help. Japan sent tents to Sudan. The $5 million that officials appealed for last year never came.\n",
     [(("japan",), ("sudan",), "delivered", "tents"), ((), ("sudan",), "asked", "$5 million")]),
    # not to fire: an appeal for calm beside a sum, or a sum asked for by one named who is no body
    ("Sudan needs help. Japan sent tents to Sudan. The minister, who had appealed for calm, spoke of the $5 million "
     "budget.\n",
     [(("japan",), ("sudan",), "delivered", "tents")]),
    ("Sudan needs help. Japan sent tents to Sudan. The $5 million that Ahmed Saleh asked for was spent.\n",
     [(("japan",), ("sudan",), "delivered", "tents")]),
])
def test_a_sum_asked_for_told_before_the_verb(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a live blog's time before "The package includes" or "It includes" is no part of the sentence's opening
    ("Peru floods: live updates\n\n15:05 – Japan announced a new aid package for Peru.\n\n15:10 – The package "
     "includes 300 tents and 40 water pumps.\n",
     [(("japan",), ("peru",), "pledged", "aid package"), (("japan",), ("peru",), "pledged", "tents"),
      (("japan",), ("peru",), "pledged", "water pumps")]),
    ("Peru floods: live updates\n\n15:05 – Japan announced a new aid package for Peru.\n\n15:10 – It includes 300 "
     "tents and 40 water pumps.\n",
     [(("japan",), ("peru",), "pledged", "aid package"), (("japan",), ("peru",), "pledged", "tents"),
      (("japan",), ("peru",), "pledged", "water pumps")]),
    # not to fire: a package whose owner the sentence before does not tell
    ("Peru floods: live updates\n\n15:05 – Roads were cut in the north.\n\n15:10 – The package includes 300 tents.\n",
     []),
])
def test_a_package_told_after_a_live_blog_time(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a request said as a noun, of a body named after "for" or "to", to give a thing
    ("Mali needs help. Japan sent tents to Mali. The African Union renewed its request for the United Nations to "
     "finance the cost of its peacekeepers.\n",
     [(("japan",), ("mali",), "delivered", "tents"),
      (("united-nations",), ("african-union",), "asked", "cost of its peacekeepers")]),
    ("Mali needs help. Japan sent tents to Mali. Malian President Amadou Keita met Japanese officials. He made a "
     "request to Japan to send 40 ambulances.\n",
     [(("japan",), ("mali",), "delivered", "tents"), (("japan",), ("mali",), "asked", "ambulances")]),
    # "The two governments", "Both leaders": the two sides of the meeting just reported ask together
    ("Peru and Bolivia share Lake Titicaca. Peruvian President Ana Ruiz met Bolivian President Luis Arce in Puno on "
     "Monday. The two governments have addressed a joint request to the World Bank to finance a feasibility study "
     "for a new dam.\n",
     [(("world-bank",), ("peru", "bolivia"), "asked", "feasibility study")]),
    # "was seeking"; "said on Monday it was seeking": the body that said so
    ("Malawi needs help. Japan sent tents to Malawi. The WFP said on Monday it was seeking $20 million to feed "
     "300,000 people in Malawi.\n",
     [(("japan",), ("malawi",), "delivered", "tents"), ((), ("wfp",), "asked", "$20 million")]),
    # not to fire: a request for no gift, or seeking no thing of aid
    ("Mali needs help. Japan sent tents to Mali. Mali sent a request to the World Bank to postpone the talks.\n",
     [(("japan",), ("mali",), "delivered", "tents")]),
    ("Malawi needs help. Japan sent tents to Malawi. The WFP said it was seeking a new director.\n",
     [(("japan",), ("malawi",), "delivered", "tents")]),
    ("Peru and Bolivia share Lake Titicaca. Peruvian President Ana Ruiz met Bolivian President Luis Arce in Puno on "
     "Monday. They asked Japan about the weather.\n", []),
])
def test_requests_said_as_a_noun_made_together_or_said_of_itself(text: str,
                                                                   commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "pleaded with donors for", "is calling on donors to", "made an appeal for", "an appeal to donors for"
    ("Chad needs help. Japan sent tents to Chad. Chadian Prime Minister Idriss Kaba pleaded with donors for 300 "
     "tents.\n",
     [(("japan",), ("chad",), "delivered", "tents"), ((), ("chad",), "asked", "tents")]),
    ("Chad needs help. Japan sent tents to Chad. Chadian Prime Minister Idriss Kaba is calling on donors to provide "
     "300 tents.\n",
     [(("japan",), ("chad",), "delivered", "tents"), ((), ("chad",), "asked", "tents")]),
    ("Chad needs help. Japan sent tents to Chad. Chadian Prime Minister Idriss Kaba is calling on Japan to send 40 "
     "ambulances.\n",
     [(("japan",), ("chad",), "delivered", "tents"), (("japan",), ("chad",), "asked", "ambulances")]),
    ("Chad needs help. Japan sent tents to Chad. Chadian Prime Minister Idriss Kaba made an appeal for 300 tents.\n",
     [(("japan",), ("chad",), "delivered", "tents"), ((), ("chad",), "asked", "tents")]),
    ("Chad needs help. Japan sent tents to Chad. UNHCR made an urgent appeal to donors for $45 million.\n",
     [(("japan",), ("chad",), "delivered", "tents"), ((), ("unhcr",), "asked", "$45 million")]),
    # "The ministry said it had asked": the side that receives; "The charity": the body the sentence before opened with
    ("Kenya needs help. Japan sent tents to Kenya. The ministry said it had asked China for 500 tonnes of rice.\n",
     [(("japan",), ("kenya",), "delivered", "tents"), (("china",), ("kenya",), "asked", "500 tonnes of rice")]),
    ("Kenya needs help. Japan sent tents to Kenya. Oxfam said the floods had cut roads. The group has asked donors for "
     "$3 million.\n",
     [(("japan",), ("kenya",), "delivered", "tents"), ((), ("oxfam",), "asked", "$3 million")]),
    # not to fire: pleas and appeals for no thing of aid, or "the charity" after a sentence about a country
    ("Chad needs help. Japan sent tents to Chad. Chadian Prime Minister Idriss Kaba pleaded with donors for patience. "
     "He made an appeal for calm.\n",
     [(("japan",), ("chad",), "delivered", "tents")]),
    ("Kenya needs help. Japan sent tents to Kenya. Kenya said the floods had cut roads. The charity appealed for 5,000 "
     "blankets.\n",
     [(("japan",), ("kenya",), "delivered", "tents")]),
])
def test_pleas_calls_and_appeals_made_and_their_askers(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the package just told of, after an opening phrase, after "X said", or as "It will include"
    ("Fiji needs help. Australia announced a A$20 million aid package for Fiji on Monday. According to the "
     "Australian High Commission, the package includes 2,000 roofing kits and 30 water tanks.\n",
     [(("australia",), ("fiji",), "pledged", "A$20 million aid package"),
      (("australia",), ("fiji",), "pledged", "roofing kits"), (("australia",), ("fiji",), "pledged", "water tanks")]),
    ("Fiji needs help. Australia announced a A$20 million aid package for Fiji on Monday. Wong said the package "
     "includes 2,000 roofing kits.\n",
     [(("australia",), ("fiji",), "pledged", "A$20 million aid package"),
      (("australia",), ("fiji",), "pledged", "roofing kits")]),
    ("Fiji needs help. Australia announced a A$20 million aid package for Fiji on Monday. It will include 2,000 "
     "roofing kits and 30 water tanks, Wong said.\n",
     [(("australia",), ("fiji",), "pledged", "A$20 million aid package"),
      (("australia",), ("fiji",), "pledged", "roofing kits"), (("australia",), ("fiji",), "pledged", "water tanks")]),
    # not to fire: "a package" that is not the one just told of
    ("Fiji needs help. Australia announced a A$20 million aid package for Fiji on Monday. Critics said that a package "
     "of that size, which includes no roofing kits, is too small.\n",
     [(("australia",), ("fiji",), "pledged", "A$20 million aid package")]),
])
def test_the_package_just_told_of_after_an_opening(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the sum a document is worth, between its name and "with": the one signed with is still the other party
    ("Kenya needs help. The African Development Bank signed a loan of 75 million dollars with Kenya to upgrade rural "
     "roads in the north.\n",
     [(("african-development-bank",), ("kenya",), "signed", "loan of 75 million dollars")]),
    ("Laos needs help. South Korea signed a grant agreement of 3 billion won (about $2.3 million) with Laos for the "
     "repair of irrigation canals.\n",
     [(("south-korea",), ("laos",), "signed", "repair of irrigation canals")]),
    ("Peru needs help. The World Bank signed a financing agreement valued at $90 million with Peru on the "
     "reconstruction of bridges in Piura.\n",
     [(("world-bank",), ("peru",), "signed", "reconstruction of bridges")]),
    # not to fire: signed with no party the text names
    ("Kenya needs help. Kenya signed a loan of 75 million dollars with a consortium of commercial banks.\n", []),
])
def test_documents_worth_a_sum_signed_with_a_party(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # ", where the two signed": the two of the meeting the same sentence tells of
    ("Kenya needs help. Kenya's finance minister, Jane Otieno, met World Bank President Ajay Banga in Washington, "
     "where the two signed a loan agreement for a $200 million programme to repair rural roads.\n",
     [(("world-bank",), ("kenya",), "signed", "$200 million programme")]),
    ("Kenya needs help. Kenya's finance minister, Jane Otieno, met World Bank President Ajay Banga in Washington, "
     "after which the two signed a loan agreement for a $200 million programme to repair rural roads.\n",
     [(("world-bank",), ("kenya",), "signed", "$200 million programme")]),
    ("Nepal needs help. Nepal's Finance Minister Ram Thapa held talks with the Asian Development Bank's "
     "vice-president, Lin Mei, in Manila, where both ministers later signed a grant agreement for school "
     "reconstruction in Gorkha.\n",
     [(("asian-development-bank",), ("nepal",), "signed", "school reconstruction")]),
    # not to fire: no meeting told of, and "the two" are no parties
    ("Kenya needs help. Jane Otieno visited the Nairobi stadium, where the two teams signed a pledge on fair "
     "play.\n", []),
])
def test_documents_the_two_of_a_meeting_signed_where_they_met(text: str,
                                                            commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # signed "with" a person: the country or body of the role the text gives them
    ("Kenya needs help. The World Bank signed a $200 million loan with Kenya's finance minister, Jane Otieno, for "
     "rural roads.\n",
     [(("world-bank",), ("kenya",), "signed", "$200 million loan")]),
    ("Kenya needs help. On Monday the African Development Bank signed a grant agreement with Kenyan Finance Minister "
     "Jane Otieno to rebuild clinics in Turkana.\n",
     [(("african-development-bank",), ("kenya",), "signed", "clinics")]),
    ("Peru needs help. The Andean Development Bank gave most. Its president, Luis Prado, signed a 90-million-dollar "
     "emergency loan with Peru's economy minister, Rosa Quispe, to repair bridges.\n",
     [(("andean-development-bank",), ("peru",), "signed", "90-million-dollar emergency loan")]),
    # not to fire: a person of no country or body the text names
    ("Kenya needs help. The World Bank signed a $200 million loan with its lawyer, Jane Otieno, for rural roads.\n", []),
])
def test_documents_signed_with_a_person_for_their_country(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a letter of understanding, an arrangement, a protocol, an exchange of notes: documents like an agreement,
    # and what they are on, cover or provide is the item
    ("Chad needs help. France signed a protocol with Chad covering training for border guards.\n",
     [(("france",), ("chad",), "signed", "training")]),
    ("Solomon Islands needs help. Fiji signed an arrangement with Solomon Islands to deploy police contingents "
     "during the polling period.\n",
     [(("fiji",), ("solomon-islands",), "signed", "police contingents")]),
    ("Chad needs help. Japan signed an Exchange of Notes with Chad for a ¥900 million grant for rural clinics.\n",
     [(("japan",), ("chad",), "signed", "¥900 million grant")]),
    ("Chad needs help. Japan signed an agreement with Chad providing $4 million for vaccination campaigns.\n",
     [(("japan",), ("chad",), "signed", "$4 million")]),
    # not to fire: a day is not what a document is on
    ("Chad needs help. France signed a protocol with Chad on Monday.\n", []),
    # of two states that signed, the one whose own body the document is for receives through it
    ("Kenya needs help. Kenyan Defence Minister Jane Otieno and Japanese Ambassador Ken Sato signed the Exchange of "
     "Notes for a ¥1.5 billion package of patrol boats for the Kenya Navy.\n",
     [(("japan",), ("kenya-navy",), "signed", "¥1.5 billion package of patrol boats")]),
    ("Nepal needs help. Nepal's Finance Minister Ram Thapa and India's Ambassador Anil Rao on Monday signed an "
     "agreement on a 40 million dollar grant for the Nepal Electricity Authority.\n",
     [(("india",), ("nepal-electricity-authority",), "signed", "40 million dollar grant")]),
    # not to fire: the body is of neither signer, who both stay
    ("Kenya needs help. Tanzanian Defence Minister Jane Otieno and Japanese Ambassador Ken Sato signed the Exchange "
     "of Notes for a ¥1.5 billion package of patrol boats for the Kenya Navy.\n",
     [(("tanzania", "japan"), ("kenya-navy",), "signed", "¥1.5 billion package of patrol boats")]),
    # a relief agency signs with the state the aid is for to deliver in it; a donor state still gives to it
    ("Chad needs help. The World Food Programme signed a letter of understanding with Chad on school meals in the "
     "Lac region.\n",
     [(("world-food-programme",), ("chad",), "signed", "school meals")]),
    ("Chad needs help. Chad signed a protocol with the World Health Organization on cholera treatment centres.\n",
     [(("world-health-organization",), ("chad",), "signed", "cholera treatment centres")]),
    ("Chad needs help. UNICEF signed an agreement with Chad on vaccines for children.\n",
     [(("unicef",), ("chad",), "signed", "vaccines")]),
    ("Chad needs help. Britain signed a 5 million pound agreement with Africa CDC on cholera vaccines.\n",
     [(("united-kingdom",), ("africa-cdc",), "signed", "cholera vaccines")]),
])
def test_documents_of_other_names_and_who_signs_for_whom(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a lender and another sign, neither of them the one the article's aid is mostly for: the lender gives
    ("Ukraine needs help. Ukraine got tanks from Poland. Ukraine got jets from Norway. The EU and Moldova signed a "
     "memorandum of understanding on 270 million euros of macro-financial assistance.\n",
     [(("eu",), ("moldova",), "signed", "270 million euros of macro-financial assistance")]),
    ("Ukraine needs help. Ukraine got tanks from Poland. Ukraine got jets from Norway. In other news, Georgia and "
     "the World Bank signed an agreement on budget support worth $100 million.\n",
     [(("world-bank",), ("georgia",), "signed", "budget support")]),
    ("Ukraine needs help. Ukraine got tanks from Poland. Ukraine got jets from Norway. The Asian Development Bank "
     "and Armenia signed a memorandum on a $50 million programme for schools.\n",
     [(("asian-development-bank",), ("armenia",), "signed", "$50 million programme")]),
    # not to fire: two states, neither a lender
    ("Ukraine needs help. Ukraine got tanks from Poland. Ukraine got jets from Norway. Moldova and Georgia signed "
     "a memorandum on trade.\n", []),
])
def test_documents_a_lender_signed_away_from_the_main_receiver(text: str,
                                                               commitments: list[tuple[object, ...]]) -> None:
    found = _commitments(text)
    # the tanks and jets Ukraine got make it the article's main receiver, and are gifts of their own
    assert [c[:2] for c in found if c[2] != "signed"] == [(("poland",), ("ukraine",)), (("norway",), ("ukraine",))]
    assert [c for c in found if c[2] == "signed"] == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "a document between A and B ... was signed": the lender of the two gives, or else the one that is not the
    # state the article's aid is for; the words before "between" are what is given
    ("Malawi needs help. A $15 million grant agreement between Malawi and the World Bank, to rebuild clinics in "
     "Zomba, was signed in Lilongwe on Friday.\n",
     [(("world-bank",), ("malawi",), "signed", "$15 million grant agreement")]),
    ("Malawi needs help. A loan agreement between the African Development Bank and Malawi worth $30 million was "
     "signed last week.\n",
     [(("african-development-bank",), ("malawi",), "signed", "loan agreement")]),
    ("Nepal needs help. Meanwhile, a $40 million financing agreement between the Asian Development Bank and Nepal "
     "was formally signed on Tuesday.\n",
     [(("asian-development-bank",), ("nepal",), "signed", "$40 million financing agreement")]),
    ("Malawi needs help. A $5 million grant agreement between Japan and Malawi was signed on Friday.\n",
     [(("japan",), ("malawi",), "signed", "$5 million grant agreement")]),
    # not to fire: a document of no money or aid between two states
    ("Malawi needs help. A border treaty between Malawi and Zambia was signed in 1964.\n", []),
])
def test_documents_between_two_parties_signed_in_the_passive(text: str,
                                                             commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # of two signing bodies, the one whose name opens with the name or adjective of the state the aid is for
    # receives for it
    ("Brazil needs help. The Japan International Cooperation Agency (JICA) and the Brazilian Development Bank "
     "(BNDES), which manages the fund, signed a loan agreement worth 15 billion yen to finance cocoa cooperatives "
     "in Pará.\n",
     [(("japan-international-cooperation-agency",), ("brazilian-development-bank",), "signed", "cocoa cooperatives")]),
    ("Nepal needs help. The Nepal Electricity Authority and the Asian Development Bank signed a grant agreement on "
     "rural grids.\n",
     [(("asian-development-bank",), ("nepal-electricity-authority",), "signed", "grant agreement")]),
    ("Nepal needs help. The Nepal Electricity Authority and the Indian Oil Corporation signed a contract on fuel "
     "imports.\n",
     [(("indian-oil-corporation",), ("nepal-electricity-authority",), "signed", "fuel imports")]),
    # not to fire: both bodies are the state's own
    ("Nepal needs help. The Nepal Electricity Authority and Nepal Telecom signed a contract on fibre links.\n", []),
])
def test_documents_a_body_of_the_receiving_state_signed(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "linked to", "similar to", "according to": a "to" that names no one given to; the receiver is left to the
    # article's own
    ("Chad needs help. France sent 30 tonnes of flour at a price linked to the Nigerian market.\n",
     [(("france",), ("chad",), "delivered", "30 tonnes of flour")]),
    ("Chad needs help. France will send 30 generators, similar to the German ones.\n",
     [(("france",), ("chad",), "pledged", "generators")]),
    ("Chad needs help. France sent 30 tonnes of flour, according to the Nigerian port authority.\n",
     [(("france",), ("chad",), "delivered", "30 tonnes of flour")]),
    # still read: "to" the one given to
    ("Chad needs help. France sent 30 tonnes of flour to Niger.\n",
     [(("france",), ("niger",), "delivered", "30 tonnes of flour")]),
])
def test_receivers_not_after_a_to_that_ties_words(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a body's board gives for the body, after one or two openers set off by commas, or after "and" and a time
    ("Chad needs help. In Paris, meanwhile, the World Bank's board approved a US$50 million grant for Chad to "
     "rebuild wells.\n",
     [(("world-bank",), ("chad",), "pledged", "US$50 million grant")]),
    ("Chad needs help. On Tuesday, in Manila, the Asian Development Bank's board approved a $200 million loan for "
     "Chad.\n",
     [(("asian-development-bank",), ("chad",), "pledged", "$200 million loan")]),
    ("Chad needs help. The minister met the bank's president on Monday, and by Wednesday the World Bank board had "
     "approved a $90 million loan for Chad.\n",
     [(("world-bank",), ("chad",), "pledged", "$90 million loan")]),
    # not to fire: those named by the body's possessive are no organ of it
    ("Chad needs help. In Paris, meanwhile, the World Bank's critics approved a $50 million grant for Chad.\n", []),
])
def test_an_organ_of_a_body_after_openers_set_off(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "the two countries' pledges of": the parties the sentence has just listed, as many as it counts
    ("Chad needs help. At a meeting with the envoys of Norway and Denmark, the minister welcomed the two countries' "
     "pledges of 40 ambulances.\n",
     [(("norway", "denmark"), ("chad",), "pledged", "ambulances")]),
    ("Chad needs help. After talks with Canada, Mexico and Brazil on Monday, the minister welcomed the three "
     "countries' contribution of $20 million for schools.\n",
     [(("canada", "mexico", "brazil"), ("chad",), "pledged", "$20 million")]),
    ("Chad needs help. The ambassadors of Japan and South Korea attended, and the minister praised both countries' "
     "donations of rice and tents.\n",
     [(("japan", "south-korea"), ("chad",), "pledged", "rice"), (("japan", "south-korea"), ("chad",), "pledged", "tents")]),
    # not to fire: the list before holds another number of parties than the one counted
    ("Chad needs help. After talks with Canada, the minister welcomed the two countries' pledges of 40 ambulances.\n", []),
    ("Chad needs help. After talks with Canada, Mexico and Brazil on Monday, the minister welcomed the two countries' "
     "pledges of 40 ambulances.\n", []),
])
def test_a_gift_of_the_parties_counted(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a list of signers "signed ... with" the side the article's aid goes to: every signer listed gives to it
    ("Chad needs help. Norway and Denmark have signed an agreement with Chad to deploy 40 engineers.\n",
     [(("norway", "denmark"), ("chad",), "signed", "engineers")]),
    ("Chad needs help. Senegal and Ghana signed a memorandum with Chad on the supply of vaccines.\n",
     [(("senegal", "ghana"), ("chad",), "signed", "vaccines")]),
    ("Chad needs help. France, Spain and Italy signed a grant agreement with Chad worth 30 million euros for "
     "schools.\n",
     [(("france", "spain", "italy"), ("chad",), "signed", "schools")]),
    # not to fire: signed with another than the side the aid goes to
    ("Chad needs help. Norway and Denmark signed an agreement with the International Monetary Fund on debt "
     "relief.\n", []),
])
def test_a_list_of_signers_signing_with_the_receiver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a passive still to come whose subject names its giver after "from": the one named gives, to the one after "to"
    ("Chad needs help. Emergency relief goods from the Japan International Cooperation Agency will be handed over "
     "to Chad on Thursday.\n",
     [(("japan-international-cooperation-agency",), ("chad",), "pledged", "Emergency relief goods")]),
    ("Chad needs help. Medicines from the World Food Programme will be handed over to Chad next week.\n",
     [(("world-food-programme",), ("chad",), "pledged", "Medicines")]),
    ("Chad needs help. The minister said generators from the European Union would be handed over to Chad in May.\n",
     [(("european-union",), ("chad",), "pledged", "generators")]),
    # not to fire: the subject receives and no giver is named; nor with no one named the things go to
    ("Chad needs help. Chad will be handed 20 tanks by the end of May, the minister said.\n", []),
    ("Chad needs help. Medicines from the World Food Programme will be handed over in Abeche next week.\n", []),
])
def test_a_gift_to_come_whose_subject_names_its_giver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "promised to cover": what the money pays for is what is promised
    ("Chad needs help. Kuwait has promised to cover winter heating for refugee families in Chad.\n",
     [(("kuwait",), ("chad",), "pledged", "winter heating")]),
    ("Chad needs help. Norway pledged to cover school fees for 3,000 children in Chad.\n",
     [(("norway",), ("chad",), "pledged", "school fees")]),
    ("Chad needs help. Japan offered to cover the salaries of 200 nurses in Chad.\n",
     [(("japan",), ("chad",), "pledged", "salaries of 200 nurses")]),
    # not to fire: "cover" in a newspaper's sense pays for nothing
    ("Chad needs help. Norway pledged to cover the conference in its newspapers.\n", []),
])
def test_a_promise_to_cover_what_money_pays_for(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "would continue to fund": a giving kept on, pledged by the subject named right before the verb
    ("Chad needs help. She confirmed that Norway would continue to fund school meals in Chad.\n",
     [(("norway",), ("chad",), "pledged", "school meals")]),
    ("Chad needs help. Japan will continue to provide rice to Chad, the envoy said.\n",
     [(("japan",), ("chad",), "pledged", "rice")]),
    ("Chad needs help. The minister said the World Bank would continue to support health clinics in Chad.\n",
     [(("world-bank",), ("chad",), "pledged", "health clinics")]),
    ("Chad needs help. Germany will continue to support Chad with water pumps.\n",
     [(("germany",), ("chad",), "pledged", "water pumps")]),
    # not to fire: no verb of giving, or support of someone with nothing named
    ("Chad needs help. Norway will continue to monitor the border with Chad.\n", []),
    ("Chad needs help. Germany will continue to support Chad for as long as it takes.\n", []),
])
def test_a_giving_kept_on(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the subject receives "under" another's programme: the one whose programme it is gives
    ("Chad needs help. Chad will receive 40 ambulances under Japan's grant aid programme.\n",
     [(("japan",), ("chad",), "pledged", "ambulances")]),
    ("Chad needs help. Chad was given 30 tonnes of rice last month under the EU's food facility.\n",
     [(("eu",), ("chad",), "delivered", "30 tonnes of rice")]),
    ("Chad needs help. Chad will be sent 12 generators under Norway's energy support scheme, officials said.\n",
     [(("norway",), ("chad",), "pledged", "generators")]),
    # not to fire: its own programme, or one no name owns
    ("Chad needs help. Chad will receive 40 ambulances under its own health plan.\n", []),
    ("Chad needs help. Chad will receive 40 ambulances under Chad's new health plan.\n", []),
])
def test_received_under_the_programme_of_its_giver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


_MET_BEFORE = ("Chad needs help. Norwegian Foreign Minister Ola Berg met Chadian Foreign Minister Ali Mahamat in "
               "Oslo on Monday. Norway has backed Chad for years, and Norway's embassy in N'Djamena reopened in "
               "March; Norway also trains Chad's police. The fighting in Sudan has pushed refugees into Chad, and "
               "Sudan's army is active near the border. In May, the two countries signed a grant agreement on water "
               "pumps.\n")
"""Norway's and Chad's ministers met; Sudan, a third country, is named often too."""


@pytest.mark.parametrize(("text", "commitments"), [
    # "the two countries signed", a third country named often: the two of the meeting reported before, the two the
    # article names most
    (_MET_BEFORE, [(("norway",), ("chad",), "signed", "water pumps")]),
    ("Chad needs help. Norwegian Foreign Minister Ola Berg met Chadian Foreign Minister Ali Mahamat in "
     "Oslo on Monday. Norway has backed Chad for years, and Norway's embassy in N'Djamena reopened in "
     "March; Norway also trains Chad's police. The fighting in Sudan has pushed refugees into Chad, and "
     "Sudan's army is active near the border. Last year, the two governments signed a memorandum on school "
     "meals.\n",
     [(("norway",), ("chad",), "signed", "school meals")]),
    ("Chad needs help. Norwegian Foreign Minister Ola Berg held talks with Chadian Foreign Minister Ali "
     "Mahamat by phone on Monday. Norway has backed Chad for years, and Norway's embassy in N'Djamena "
     "reopened in March; Norway also trains Chad's police. The fighting in Sudan has pushed refugees into "
     "Chad, and Sudan's army is active near the border. In 2022, both countries signed a loan agreement on "
     "solar farms.\n",
     [(("norway",), ("chad",), "signed", "solar farms")]),
    # not to fire: no meeting of the two reported before
    ("Chad needs help. Norwegian Foreign Minister Ola Berg visited a school in Oslo on Monday. Norway has "
     "backed Chad for years, and Norway's embassy in N'Djamena reopened in March; Norway also trains "
     "Chad's police. The fighting in Sudan has pushed refugees into Chad, and Sudan's army is active near "
     "the border. In May, the two countries signed a grant agreement on water pumps.\n", []),
])
def test_the_two_countries_of_a_meeting_before(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "was released by", "were disbursed by": money paid out, its payer after "by", the one it is for before
    ("Chad needs help. A further $5 million in food aid for Chad was released by the World Bank on Monday.\n",
     [(("world-bank",), ("chad",), "delivered", "$5 million")]),
    ("Chad needs help. Another €3 million for Chad was disbursed by the European Union.\n",
     [(("european-union",), ("chad",), "delivered", "€3 million")]),
    ("Chad needs help. The first tranche of $40 million has been released by Japan to Chad.\n",
     [(("japan",), ("chad",), "delivered", "first tranche of $40 million")]),
    # not to fire: no sum paid out
    ("Chad needs help. Twelve hostages were released by Sudan on Monday.\n", []),
    ("Chad needs help. Twelve soldiers from Chad were released by Sudan.\n", []),
])
def test_money_released_or_disbursed_by_its_payer(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "received A from X and B from Y": each further thing with its own "from" has its own giver
    ("Chad needs help. Chad received 20 ambulances from Japan and 40 tents from Norway.\n",
     [(("japan",), ("chad",), "delivered", "ambulances"), (("norway",), ("chad",), "delivered", "tents")]),
    ("Chad needs help. Chad will receive $5 million from the World Bank, 300 tonnes of rice from the World Food "
     "Programme and two field hospitals from Qatar.\n",
     [(("world-bank",), ("chad",), "pledged", "$5 million"),
      (("world-food-programme",), ("chad",), "pledged", "300 tonnes of rice"),
      (("qatar",), ("chad",), "pledged", "field hospitals")]),
    ("Chad needs help. Last week Chad received water pumps from Spain and a loan from the African Development "
     "Bank.\n",
     [(("spain",), ("chad",), "delivered", "water pumps"),
      (("african-development-bank",), ("chad",), "delivered", "loan")]),
    # not to fire: the second thing is told by a clause of its own, or is no gift at all
    ("Chad needs help. Chad received 20 ambulances from Japan and 40 tents arrived from Norway.\n",
     [(("japan",), ("chad",), "delivered", "ambulances")]),
    ("Chad needs help. Chad received 20 ambulances from Japan and thanked Norway.\n",
     [(("japan",), ("chad",), "delivered", "ambulances")]),
])
def test_each_thing_received_from_its_own_giver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a list an opening preposition governs, closed by "and", gives nothing: the subject follows a bare comma
    ("Chad needs help. After talks with Peru, Chile and Bolivia, the Spanish minister pledged $5 million for "
     "Chad.\n", [(("spain",), ("chad",), "pledged", "$5 million")]),
    ("Chad needs help. After consultations with Japan, South Korea and the World Bank, Norway and Sweden pledged "
     "$5 million for Chad.\n", [(("norway", "sweden"), ("chad",), "pledged", "$5 million")]),
    ("Chad needs help. Following meetings with Peru and Chile, Spain pledged $5 million for Chad.\n",
     [(("spain",), ("chad",), "pledged", "$5 million")]),
    # not to fire: no giver named, the list is the object of "with"
    ("Chad needs help. After talks with Canada, Mexico and Brazil, the minister announced $5 million for Chad.\n",
     []),
    # a list the preposition does not close with "and" still gives after its first name
    ("Chad needs help. Coordinated by the Commission, Austria and Czechia have delivered 40 tents to Chad.\n",
     [(("austria", "czechia"), ("chad",), "delivered", "tents")]),
])
def test_a_list_after_an_opening_preposition_gives_nothing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


_SIGNED_LIST = ("Nepal needs help after the floods.\n\nThe two ministers then witnessed the signing of the following "
                "documents:\n\n1. A loan agreement with Japan on roads;\n\n2. A grant agreement with the Korea "
                "International Cooperation Agency (KOICA) providing US$15 million for 30 ambulances in Nepal; and\n\n"
                "3. A protocol on trade.\n")
"""A numbered list of documents signed, a line of it running on with "; and"."""


@pytest.mark.parametrize(("text", "commitments"), [
    # a line of a list of documents signed: the body it is signed with gives, the side the aid goes to receives
    (_SIGNED_LIST, [(("korea-international-cooperation-agency",), ("nepal",), "signed", "US$15 million")]),
    ("Laos needs help after the floods.\n\nOn Friday the two sides signed:\n\n- An exchange of notes with Japan "
     "providing 400 million yen for school buildings in Laos;\n\n- A memorandum on tourism.\n",
     [(("japan",), ("laos",), "signed", "400 million yen")]),
    ("Laos needs help after the floods.\n\nThe following were signed in Vientiane:\n\n1. A grant agreement with "
     "the World Bank worth $20 million for rural roads in Laos; and\n\n2. A memorandum on tourism.\n",
     [(("world-bank",), ("laos",), "signed", "$20 million")]),
    # not to fire: a list that follows no signing, or a document with the side the aid goes to
    ("Laos needs help after the floods.\n\nThe minister listed his hopes:\n\n1. A grant agreement with the World "
     "Bank providing $20 million for rural roads in Laos; and\n\n2. A memorandum on tourism.\n", []),
    ("Laos needs help after the floods. Japan is its largest donor.\n\nThe following were signed in Tokyo:\n\n1. A "
     "grant agreement with Laos providing $20 million for rural roads; and\n\n2. A memorandum on tourism.\n", []),
])
def test_a_line_of_a_list_of_documents_signed(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "will step up its support for": more of what is given, to the one the clause names
    ("Chad needs help. Japan will step up its support for water pumps in Chad.\n",
     [(("japan",), ("chad",), "pledged", "water pumps")]),
    ("Chad needs help. Norway plans to step up funding for mobile clinics in Chad, the minister said.\n",
     [(("norway",), ("chad",), "pledged", "mobile clinics")]),
    ("Chad needs help. Sweden pledged to step up its humanitarian aid for school meals in Chad.\n",
     [(("sweden",), ("chad",), "pledged", "school meals")]),
    ("Chad needs help. Sweden will step up its support to the Chadian Red Cross with 40 tents.\n",
     [(("sweden",), ("chadian-red-cross",), "pledged", "tents")]),
    # not to fire: support in general, none named to receive it, or a step up already past
    ("Chad needs help. Japan will step up its support for Chad.\n", []),
    ("Chad needs help. Japan would step up its support for early-warning systems across the region.\n", []),
    ("Chad needs help. Japan has stepped up its support for Chad.\n", []),
])
def test_support_stepped_up_for_a_named_receiver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a vehicle delivers: the state its adjective names, or the one who said "one of its planes", gives
    ("Chad needs help. Turkey is a donor. A Turkish navy ship delivered 300 tonnes of flour to Chad.\n",
     [(("turkey",), ("chad",), "delivered", "300 tonnes of flour")]),
    ("Chad needs help. Italy is a donor. Two Italian C-130 planes delivered tents to Chad.\n",
     [(("italy",), ("chad",), "delivered", "tents")]),
    ("Chad needs help. Spain said on Friday that one of its military planes had delivered 200 tents to Chad.\n",
     [(("spain",), ("chad",), "delivered", "tents")]),
    # a state's vehicle as the subject gives for it where the clause names no place; the receiver is the main one
    ("Chad needs help. An Italian plane delivered tents on Monday; the tents went to a camp.\n",
     [(("italy",), ("chad",), "delivered", "tents")]),
    # not to fire: a vehicle no state owns, one made abroad, or one of the side that receives
    ("Chad needs help. Italy is a donor. A plane delivered tents to Chad.\n", []),
    ("Chad needs help. Italy is a donor. An Italian-made plane delivered tents to Chad.\n", []),
    ("Chad needs help. Italy is a donor. Chad said that one of its planes had delivered tents to the north.\n", []),
    ("Chad needs help. Italy is a donor. Chadian army trucks delivered tents on Monday.\n", []),
])
def test_a_vehicle_of_the_state_that_gives(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a vehicle of the state that gives sets out "bound for" the one that receives: what it carries is the gift
    ("Chad needs help. Italy is a donor. The Italian amphibious ship San Giorgio left the port of Brindisi this "
     "afternoon bound for Chad, carrying two helicopters, a field hospital and 60 tonnes of relief supplies, the "
     "Italian government said.\n",
     [(("italy",), ("chad",), "delivered", "helicopters"), (("italy",), ("chad",), "delivered", "field hospital"),
      (("italy",), ("chad",), "delivered", "60 tonnes of relief supplies")]),
    ("Chad needs help. Turkey is a donor. A Turkish navy ship sailed from Mersin on Monday bound for Chad, carrying "
     "400 tents.\n", [(("turkey",), ("chad",), "delivered", "tents")]),
    ("Chad needs help. Spain is a donor. Two Spanish Air Force planes took off from Madrid bound for Chad, carrying "
     "water pumps and blankets.\n",
     [(("spain",), ("chad",), "delivered", "water pumps"), (("spain",), ("chad",), "delivered", "blankets")]),
    # not to fire: a vehicle no state owns, or one bound for its own country
    ("Chad needs help. Spain is a donor. A ship left Madrid bound for Chad, carrying water pumps.\n", []),
    ("Chad needs help. Spain is a donor. A Spanish ship left Chad bound for Spain, carrying 300 evacuees.\n", []),
])
def test_a_vehicle_bound_for_the_receiver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # goods donors give on any continent name a thing asked for as much as the kinds of a gift do
    ("Peru needs help. Peru's health minister, Ana Ruiz, appealed for wheelchairs and crutches for the injured.\n",
     [((), ("peru",), "asked", "wheelchairs and crutches")]),
    ("Nepal needs help. The Nepali government has asked partners for syringes and insulin.\n",
     [((), ("nepal",), "asked", "syringes and insulin")]),
    ("Laos needs help. Laos's health minister appealed for more chlorine tablets, warning that stocks were low.\n",
     [((), ("laos",), "asked", "chlorine tablets")]),
    # not to fire: what is asked for is no thing given
    ("Nepal needs help. Nepal's health minister appealed for calm and patience.\n", []),
])
def test_goods_asked_of_no_one_named(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # every one of a list thanked, said again as "both countries", "the two countries" or "them", is asked
    ("Chad needs help. The Chadian minister, Ali Saleh, thanked Japan and Norway for their help and asked the two "
     "countries for 20 more ambulances.\n", [(("japan", "norway"), ("chad",), "asked", "ambulances")]),
    ("Peru needs help. Peru's minister, Ana Ruiz, thanked Spain, Portugal and Italy for the tents and asked them to "
     "send water pumps.\n", [(("spain", "portugal", "italy"), ("peru",), "asked", "water pumps")]),
    ("Peru needs help. Peru's minister, Ana Ruiz, thanked Spain and Italy and asked both governments for "
     "generators.\n", [(("spain", "italy"), ("peru",), "asked", "generators")]),
    ("Ukraine needs help. The governor thanked Ireland and Austria for the programme and asked both countries to "
     "consider funding mobile operating theatres and armoured ambulances.\n",
     [(("ireland", "austria"), ("ukraine",), "asked", "mobile operating theatres and armoured ambulances")]),
    # not to fire: a count that is not the list's, nothing asked for, or a body below the state that asks
    ("Peru needs help. Peru's minister, Ana Ruiz, thanked Spain and Italy and asked the three countries for "
     "generators.\n", []),
    ("Peru needs help. Peru's minister, Ana Ruiz, thanked Spain and Italy and asked both countries about the "
     "timetable.\n", []),
    ("Ukraine needs help. Oleh Marko, head of the Lviv Regional Administration, thanked Ireland and Austria and asked "
     "both countries for generators.\n", []),
])
def test_a_request_of_every_one_thanked(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a request told as a noun: its owner before "'s" asks, the one after "to" is asked, for the thing after "for"
    ("Chad needs help. Chad's request to Japan for 40 ambulances is still under review.\n",
     [(("japan",), ("chad",), "asked", "ambulances")]),
    ("Peru needs help. The talks covered Peru's formal request to the European Union for patrol boats.\n",
     [(("european-union",), ("peru",), "asked", "patrol boats")]),
    ("Kenya needs help. Officials said Kenya's latest appeal to Germany for water pumps had gone unanswered.\n",
     [(("germany",), ("kenya",), "asked", "water pumps")]),
    # not to fire: no aid asked for, or no one the request is made to
    ("Chad needs help. Chad's request to Japan for talks was accepted.\n", []),
    ("Greece needs help. It is the first unit to arrive since Greece's request for help.\n", []),
])
def test_a_request_told_as_a_noun(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a body that asks for a purpose it sets in one country asks on that country's behalf; a body its partners join
    # asks with them
    ("Zambia needs help. The United Nations and its humanitarian partners have appealed for 40 million dollars to "
     "respond to the floods and the cholera outbreak in Zambia over the next six months.\n",
     [((), ("zambia",), "asked", "40 million dollars")]),
    ("Zambia needs help. UNICEF launched a flash appeal for $20 million to fund cholera treatment in Zambia.\n",
     [((), ("zambia",), "asked", "$20 million")]),
    ("Bolivia needs help. The Red Cross and its partners are seeking 4 million francs to rebuild homes across "
     "northern Bolivia.\n", [((), ("bolivia",), "asked", "4 million francs")]),
    # not to fire for the country: one body's appeal for its own work, its operations, two countries, or a country
    # named outside the purpose
    ("Zambia needs help. UNICEF appealed for $20 million to fund cholera treatment in Zambia.\n",
     [((), ("unicef",), "asked", "$20 million")]),
    ("Chad needs help. The WFP and its partners have appealed for $300 million to sustain their operations in "
     "Chad.\n", [((), ("wfp",), "asked", "$300 million")]),
    ("Chad needs help. The WFP has appealed for $300 million to sustain its operations in Sudan and Chad.\n",
     [((), ("wfp",), "asked", "$300 million")]),
    ("Chad needs help. The WFP appealed for $30 million to expand school meals, citing Chad.\n",
     [((), ("wfp",), "asked", "$30 million")]),
])
def test_a_request_by_a_body_for_a_country_it_names(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "to appeal to" those asked, then "for" the thing: a request as "appealed to" is
    ("Chad needs help. Chad used the meeting to appeal to donors for tents and blankets.\n",
     [((), ("chad",), "asked", "tents"), ((), ("chad",), "asked", "blankets")]),
    ("Peru needs help. Peru's envoy, Ana Ruiz, used the session to appeal to Japan for water pumps.\n",
     [(("japan",), ("peru",), "asked", "water pumps")]),
    ("Tonga needs help. Tonga's Deputy Prime Minister, Sione Vea, used his slot to appeal to partners for "
     "desalination plants for the outer islands.\n", [((), ("tonga",), "asked", "desalination plants")]),
    # not to fire: no thing of aid asked for
    ("Chad needs help. Chad used the meeting to appeal to donors for calm.\n", []),
    ("Chad needs help. Chad's minister, Ali Saleh, said he wanted to appeal to reason.\n", []),
])
def test_a_request_to_appeal_to_those_asked(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a request "for the army" or "for the police" of the country that asks: its force, as the article names it
    ("Lebanon needs help. Italy trains the Lebanese Armed Forces. Lebanese Defence Minister Maurice Saade opened the "
     "session by appealing for $1 billion in support for the army over the next two years.\n",
     [((), ("lebanese-armed-forces",), "asked", "$1 billion")]),
    ("Peru needs help. Spain has trained the Peruvian National Police. Peru's interior minister, Ana Ruiz, asked "
     "donors for 200 patrol cars for the police.\n", [((), ("peruvian-national-police",), "asked", "patrol cars")]),
    ("Chad needs help. France supports the Chadian Armed Forces. Chad's defence minister, Ali Saleh, appealed for "
     "fuel for the army.\n", [((), ("chadian-armed-forces",), "asked", "fuel")]),
    # not to fire for a force: none named, or two that fit
    ("Chad needs help. Chad's defence minister, Ali Saleh, appealed for fuel for the army.\n",
     [((), ("chad",), "asked", "fuel")]),
    ("Chad needs help. France trains the Chadian Army and the Chadian Armed Forces. Chad's defence minister, Ali "
     "Saleh, appealed for fuel for the army.\n", [((), ("chad",), "asked", "fuel")]),
])
def test_a_request_for_the_force_of_the_country_that_asks(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "asked for" a thing "from" the one asked, as "requested ... from" is
    ("Chad needs help. Chad asked for $30 million from the World Bank to feed refugees.\n",
     [(("world-bank",), ("chad",), "asked", "$30 million")]),
    ("Peru needs help. Peru's minister, Ana Ruiz, asked for 20 ambulances from Spain.\n",
     [(("spain",), ("peru",), "asked", "ambulances")]),
    ("Nepal needs help. Nepal appealed for helicopters from India to reach remote villages.\n",
     [(("india",), ("nepal",), "asked", "helicopters")]),
    # not to fire for the one after "from": where the ones the aid reaches come from, inside the purpose or not
    ("Chad needs help. Chad's minister asked for tents to shelter families from Sudan.\n",
     [((), ("chad",), "asked", "tents")]),
    ("Chad needs help. Chad's minister asked for tents for refugees from Sudan.\n",
     [((), ("chad",), "asked", "tents")]),
    ("Chad needs help. The WFP appealed for $30 million to feed refugees from Sudan in Chad.\n",
     [((), ("wfp",), "asked", "$30 million")]),
])
def test_a_request_for_a_thing_from_the_one_asked(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # support asked "with" or "in" a work: the work, one thing however many its words
    ("Niger needs help. FAO is a donor. Niger's minister, Ibrahim Maïga, asked FAO for support with aerial spraying "
     "in the Tillabéri and Tahoua regions.\n", [(("fao",), ("niger",), "asked", "aerial spraying")]),
    ("Mali needs help. Mali asked Japan for help with clearing mines in the north.\n",
     [(("japan",), ("mali",), "asked", "clearing mines")]),
    ("Chad needs help. Chad's minister, Ali Saleh, asked Norway for assistance with rebuilding schools after the "
     "floods.\n", [(("norway",), ("chad",), "asked", "rebuilding schools")]),
    # not to fire as a work: a thing after "with", or a lone word
    ("Chad needs help. Chad asked Norway for help with the tents.\n", [(("norway",), ("chad",), "asked", "tents")]),
    ("Chad needs help. Chad asked Norway for help with spraying.\n", []),
])
def test_support_asked_with_a_work(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a second "for" joined by "and" to a request just read asks for one more thing, of the same ones
    ("Guinea needs help. Guinea's health minister, Mamadou Bah, appealed for 300 thermal cameras for border posts and "
     "for additional funding for contact tracing in the Forest Region.\n",
     [((), ("guinea",), "asked", "thermal cameras"), ((), ("guinea",), "asked", "funding")]),
    ("Ethiopia needs help. Ethiopia, which hosts a million refugees, used the meeting to appeal for food aid and for "
     "money to expand its refugee camps in the Gambela region.\n",
     [((), ("ethiopia",), "asked", "food aid"), ((), ("ethiopia",), "asked", "money")]),
    ("Chad needs help. Chad asked Japan for tents and for 20 water pumps.\n",
     [(("japan",), ("chad",), "asked", "tents"), (("japan",), ("chad",), "asked", "water pumps")]),
    # not to fire: after a purpose begun, after no request, or for a place the thing goes to
    ("Chad needs help. Chad's minister, Ali Saleh, asked for tents to shelter families and for schools.\n",
     [((), ("chad",), "asked", "tents")]),
    ("Chad needs help. Japan pledged tents for Chad and for Niger.\n", [(("japan",), ("chad",), "pledged", "tents")]),
    ("Chad needs help. Chad asked Japan for tents for hospitals and for the schools.\n",
     [(("japan",), ("chad",), "asked", "tents")]),
])
def test_one_more_thing_asked_for_after_and(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a request of no one named, to consider, prioritise or speed up the thing: the thing is asked for
    ("Moldova needs help. Moldova's minister, Ana Rusu, urged allies to consider sending air-defence radars.\n",
     [((), ("moldova",), "asked", "air-defence radars")]),
    ("Chad needs help. Chad's minister, Ali Saleh, asked donors to speed up the delivery of 40 water pumps.\n",
     [((), ("chad",), "asked", "water pumps")]),
    ("Chad needs help. Chad's minister, Ali Saleh, urged partners to expedite fuel shipments.\n",
     [((), ("chad",), "asked", "fuel shipments")]),
    ("Nepal needs help. Nepal's minister, Hari Thapa, asked partners to prioritise helicopters for the mountain "
     "districts.\n", [((), ("nepal",), "asked", "helicopters")]),
    # not to fire: nothing of aid to consider or prioritise
    ("Chad needs help. Chad's minister, Ali Saleh, urged donors to consider the long term.\n", []),
    ("Chad needs help. Chad's minister, Ali Saleh, asked partners to prioritise education reform.\n", []),
])
def test_a_request_of_no_one_named_to_prioritise(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a body that needs or requires a sum asks for it
    ("Laos needs help. WFP urgently requires US$9.5 million to continue assistance through January.\n",
     [((), ("wfp",), "asked", "US$9.5 million")]),
    ("Chad needs help. UNHCR needs 30 million dollars for shelter in eastern Chad.\n",
     [((), ("unhcr",), "asked", "30 million dollars")]),
    ("Chad needs help. The Chadian Red Cross still needs $2 million to reach families in the east.\n",
     [((), ("chadian-red-cross",), "asked", "$2 million")]),
    # a state's needs, where the sentence goes on to ask for them
    ("Chad needs help. Chad needs a further $40 million for the bridges this year, she says, and she is asking donors "
     "to find it.\n",
     [((), ("chad",), "asked", "$40 million")]),
    # not to fire: a state's needs told, a need of no sum, or no body that needs it
    ("Chad needs help. Chad needs $40 million to rebuild the bridges.\n", []),
    ("Chad needs help. UNHCR needs more access to the camps.\n", []),
    ("Chad needs help. The project requires 40 engineers.\n", []),
])
def test_a_sum_a_body_needs(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # help asked "to cover" or "to pay" costs, salaries or wages: what it pays for is the thing asked for
    ("Chad needs help. Chad's education minister, Ali Saleh, appealed for help to cover the salaries of some 8,000 "
     "community teachers for the coming school year.\n",
     [((), ("chad",), "asked", "salaries of some 8,000 community teachers")]),
    ("Niger needs help. Niger's minister, Ali Saleh, asked donors for support to pay the wages of 2,000 health "
     "workers.\n", [((), ("niger",), "asked", "wages of 2,000 health workers")]),
    ("Niger needs help. Niger's minister, Ali Saleh, appealed for funding to cover fuel costs for the hospitals.\n",
     [((), ("niger",), "asked", "fuel costs")]),
    # not to fire: what is covered or met is no cost, or no one named asks
    ("Niger needs help. Niger's minister, Ali Saleh, appealed for help to cover the story.\n", []),
    ("Niger needs help. Niger's minister, Ali Saleh, appealed for help to meet the deadline.\n", []),
    ("Niger needs help. He appealed for help to cover the salaries of 8,000 teachers.\n", []),
])
def test_help_asked_to_cover_costs(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "made a request to" or "an appeal to" one named, then "for" the thing: that one is asked
    ("Chad needs help. Chad's minister, Ali Saleh, made a request to Japan for 40 water pumps.\n",
     [(("japan",), ("chad",), "asked", "water pumps")]),
    ("Chad needs help. Chad's minister, Ali Saleh, made an appeal to Japan for 40 water pumps.\n",
     [(("japan",), ("chad",), "asked", "water pumps")]),
    ("Peru needs help. Peru's president, Ana Ruiz, made a personal appeal to Spain for helicopters and fuel.\n",
     [(("spain",), ("peru",), "asked", "helicopters"), (("spain",), ("peru",), "asked", "fuel")]),
    # not to fire: no thing of aid asked for
    ("Chad needs help. Chad's minister, Ali Saleh, made a request to Japan for talks.\n", []),
    ("Chad needs help. Chad's minister, Ali Saleh, made an appeal to Japan for calm.\n", []),
])
def test_a_request_made_to_one_named(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "he" after the sentences of a quotation he closed goes on with the one named just before them
    ("Niger needs help. Niger's education minister, Ali Saleh, said his government could no longer pay teachers.\n\n"
     "\"We have teachers who have not been paid,\" he said. \"And still they come.\"\n\n"
     "He appealed for help to cover the salaries of some 8,000 community teachers.\n",
     [((), ("niger",), "asked", "salaries of some 8,000 community teachers")]),
    ("Laos needs help. Laos's health minister, Ana Vong, spoke first.\n\n\"We have run out of everything,\" she "
     "said.\n\nShe appealed for help to cover fuel costs for the clinics.\n",
     [((), ("laos",), "asked", "fuel costs")]),
    ("Peru needs help. Peru's minister, Ana Ruiz, spoke.\n\n\"The roads are gone.\"\n\n\"We need lifting gear,\" "
     "she added.\n\nShe asked Japan for 40 excavators.\n",
     [(("japan",), ("peru",), "asked", "excavators")]),
    # not to fire: a quotation the other pronoun closed, or nobody named before it
    ("Niger needs help. Niger's minister, Ali Saleh, spoke first.\n\n\"We cannot pay them,\" she said.\n\n"
     "He appealed for help to cover the salaries of 8,000 teachers.\n", []),
    ("Niger needs help. The minister spoke.\n\n\"We cannot pay them,\" he said.\n\n"
     "He appealed for help to cover the salaries of 8,000 teachers.\n", []),
])
def test_a_request_by_the_one_a_quotation_quotes(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "The Chadian side has requested": a side named by its country's adjective, its verb after an auxiliary
    ("Chad needs help. The Chadian side has requested water purification units and diesel generators from India, "
     "and this request is under consideration.\n",
     [(("india",), ("chad",), "asked", "water purification units"), (("india",), ("chad",), "asked", "diesel generators")]),
    ("Chad needs help. After the talks, the Chadian side has also requested tents from Japan.\n",
     [(("japan",), ("chad",), "asked", "tents")]),
    ("Chad needs help. The Moldovan delegation had asked Romania for 20 generators.\n",
     [(("romania",), ("moldova",), "asked", "generators")]),
    # not to fire: no country's side, or nothing asked for
    ("Chad needs help. The other side has asked for 40 tents from Japan.\n", []),
    ("Chad needs help. The Chadian side has welcomed the offer of tents.\n", []),
])
def test_a_request_by_a_side_after_an_auxiliary(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a request made at a meeting with someone the text ties to no country is made of no one named
    ("Peru needs help. Chile's minister, Ana Ruiz, hosted Lea Berg and Ola Nord in Santiago. After the session, the "
     "three held a video call with Peru's housing minister, Rosa Diaz, who appealed for 40 water pumps.\n",
     [((), ("peru",), "asked", "water pumps")]),
    # a name past "and for" belongs to the second thing asked for, not the first
    ("Peru needs help. Peru's minister, Rosa Diaz, appealed for more air defence interceptors and for radars ahead "
     "of what Bolivia calls a hard winter.\n",
     [((), ("peru",), "asked", "air defence interceptors"),
      ((), ("peru",), "asked", "radars ahead of what Bolivia calls a hard winter")]),
    ("Peru needs help. Peru's minister, Rosa Diaz, appealed for generators and for blankets for families the "
     "Bolivian Red Cross shelters.\n",
     [((), ("peru",), "asked", "generators"), ((), ("peru",), "asked", "blankets")]),
    # not to fire as a request of no one: the meeting's other side is one country the text names
    ("Peru needs help. Chile's minister, Ana Ruiz, held a video call with Peru's housing minister, Rosa Diaz, who "
     "appealed for 40 water pumps.\n", []),
])
def test_a_request_at_a_meeting_of_unknown_sides_and_one_more_thing(text: str,
                                                                     commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # help asked for a work named by its gerund right after it: the work, one thing
    ("Peru needs help. Peru's foreign minister, Ana Ruiz, appealed for fire-fighting aircraft and for help paying "
     "forest rangers in the Madre de Dios region, where mining has spread.\n",
     [((), ("peru",), "asked", "fire-fighting aircraft"), ((), ("peru",), "asked", "paying forest rangers")]),
    ("Laos needs help. Laos's minister, Ana Vong, appealed for help rebuilding the schools of the south.\n",
     [((), ("laos",), "asked", "rebuilding the schools of the south")]),
    ("Laos needs help. Laos's minister, Ana Vong, appealed for tents and for support clearing rubble.\n",
     [((), ("laos",), "asked", "tents"), ((), ("laos",), "asked", "support clearing rubble")]),
    # not to fire: help "during" a time or "including" things is no work
    ("Peru needs help. Peru's minister, Ana Ruiz, appealed for tents and for help during the winter.\n",
     [((), ("peru",), "asked", "tents")]),
    ("Peru needs help. Peru's minister, Ana Ruiz, appealed for help including tents.\n", []),
])
def test_help_asked_for_a_work_by_its_gerund(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "asked X whether it could spare", "if it would send": the one asked, for the thing it would give
    ("Chad needs help. The Chadian delegation asked Japan if it would send 40 water pumps.\n",
     [(("japan",), ("chad",), "asked", "water pumps")]),
    ("Chad needs help. Chad's minister, Ali Saleh, asked Japan whether it could provide tents.\n",
     [(("japan",), ("chad",), "asked", "tents")]),
    ("Chad needs help. Chad's minister, Ali Saleh, asked Japan if they would lend them 20 trucks.\n",
     [(("japan",), ("chad",), "asked", "trucks")]),
    # the delegation the text told of as a body's asks for that body
    ("Ukraine needs help. A delegation from the Lviv City Council visited Leeds on Monday.\n\nThe Ukrainian "
     "delegation also asked Oxfam whether it could spare two fire engines.\n",
     [(("oxfam",), ("lviv-city-council",), "asked", "fire engines")]),
    ("Ukraine needs help. A delegation from Moldova visited Leeds on Monday.\n\nThe Ukrainian delegation also asked "
     "Oxfam whether it could spare two fire engines.\n",
     [(("oxfam",), ("ukraine",), "asked", "fire engines")]),
    # not to fire: nothing given
    ("Chad needs help. Chad's minister, Ali Saleh, asked Japan whether it could attend the talks.\n", []),
])
def test_asked_whether_one_could_give(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a thing one is yet to give, set beside "a request X has made": X asks it of the one who would give it
    ("Ukraine needs help. Germany has so far declined to supply long-range missiles, a request Kyiv has made since "
     "May.\n", [(("germany",), ("ukraine",), "asked", "long-range missiles")]),
    ("Chad needs help. France is still reluctant to deploy 20 helicopters, a long-standing request the Chadian "
     "government has made.\n", [(("france",), ("chad",), "asked", "helicopters")]),
    ("Peru needs help. Spain said it was not considering sending its own water pumps, a request Peruvian officials "
     "have made repeatedly, but would fund repairs.\n",
     [(("spain",), ("peru",), "asked", "water pumps"), (("spain",), ("peru",), "pledged", "repairs")]),
    # not to fire: a thing already given, or words beside it that tell no request
    ("Haiti needs help. Canada sent 40 trucks, a request Haitian officials made in May.\n",
     [(("canada",), ("haiti",), "delivered", "trucks")]),
    ("Haiti needs help. Canada declined to send its ambulances, a decision Haitian officials have criticised.\n", []),
])
def test_a_thing_to_give_set_beside_a_request(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "sent a request to": a request, though "sent" alone gives
    ("Chad needs help. Chad sent a formal request to Japan for 40 water pumps.\n",
     [(("japan",), ("chad",), "asked", "water pumps")]),
    ("Chad needs help. Chad's minister, Ali Saleh, has sent a written request to the European Union for tents and "
     "blankets.\n", [(("european-union",), ("chad",), "asked", "tents"), (("european-union",), ("chad",), "asked", "blankets")]),
    ("Chad needs help. Chad has also sent a request to Japan to supply 20 generators.\n",
     [(("japan",), ("chad",), "asked", "generators")]),
    # not to fire as a request: a thing sent, or a letter that asks for nothing
    ("Chad needs help. Japan has sent 40 water pumps to Chad.\n", [(("japan",), ("chad",), "delivered", "water pumps")]),
    ("Chad needs help. Japan sent a letter to Chad for its records.\n", []),
])
def test_a_request_sent(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # who told of the request, set off at the end of the sentence, is no thing asked for
    ("Chad needs help. Chad appealed for tents and blankets, officials in N'Djamena said.\n",
     [((), ("chad",), "asked", "tents"), ((), ("chad",), "asked", "blankets")]),
    ("Chad needs help. Chad has asked donors for tents and blankets, aid workers in the capital said on Monday.\n",
     [((), ("chad",), "asked", "tents"), ((), ("chad",), "asked", "blankets")]),
    ("Chad needs help. Chad requested water pumps and generators, according to a senior official.\n",
     [((), ("chad",), "asked", "water pumps"), ((), ("chad",), "asked", "generators")]),
    # a thing asked for that a list ends with stays whole
    ("Chad needs help. Chad appealed for tents, blankets and medical workers.\n",
     [((), ("chad",), "asked", "tents"), ((), ("chad",), "asked", "blankets"),
      ((), ("chad",), "asked", "medical workers")]),
])
def test_request_closing_on_who_told_of_it(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "Western allies", "regional partners": those asked are named by no name
    ("Ukraine needs help. Ukraine urged Western allies to send more artillery shells.\n",
     [((), ("ukraine",), "asked", "artillery shells")]),
    ("Kenya needs help. Kenya appealed to regional partners for water tankers.\n",
     [((), ("kenya",), "asked", "water tankers")]),
    # a state that wants more of a thing of aid asks for it
    ("Ukraine needs help. Ukraine wants more air defence, Marchuk told reporters in Brussels.\n",
     [((), ("ukraine",), "asked", "air defence")]),
    ("Taiwan needs help. Taiwan wants further deliveries of Harpoon missiles, a defence official said.\n",
     [((), ("taiwan",), "asked", "deliveries of Harpoon missiles")]),
    # not to fire: a wish for peace, for investment or for time, or a body that wants more staff
    ("Chad needs help. Chad wants peace with its neighbours. Peru wants more investment in its mines. Senegal wants "
     "more time to repay the loan. Chad wants more security along the border.\n", []),
    ("Sudan needs help. The World Food Programme wants more staff in Sudan.\n", []),
])
def test_requests_of_allies_unnamed_and_wants_more(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the body an opening "In a letter to ..." addresses is the one asked
    ("Estonia needs help. In a letter to NATO, Estonia asked for additional fighter jets to police its airspace.\n",
     [(("nato",), ("estonia",), "asked", "fighter jets")]),
    ("Malawi needs help. In a formal request to the World Bank, Malawi sought $80 million for school repairs.\n",
     [(("world-bank",), ("malawi",), "asked", "$80 million")]),
    ("Moldova needs help. In a letter sent to the European Union last week, Moldova appealed for gas and "
     "electricity.\n",
     [(("european-union",), ("moldova",), "asked", "gas"), (("european-union",), ("moldova",), "asked", "electricity")]),
    # not to fire: a speech to an assembly asks nothing of the assembly, nor a letter to a person of its body
    ("Haiti needs help. In a speech to the UN General Assembly, Haiti appealed for food aid.\n",
     [((), ("haiti",), "asked", "food aid")]),
    ("Estonia needs help. In a letter to Ruiz, Estonia asked for additional fighter jets.\n",
     [((), ("estonia",), "asked", "fighter jets")]),
])
def test_request_addressed_in_an_opening_phrase(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # ", and for" after a purpose: the comma closes the purpose, and one more thing is asked for
    ("Niger needs help. Niger asked donors for trucks to carry water to the camps, and for fuel.\n",
     [((), ("niger",), "asked", "trucks"), ((), ("niger",), "asked", "fuel")]),
    ("Peru needs help. Peru appealed for helicopters to reach cut-off villages, and for water purification tablets.\n",
     [((), ("peru",), "asked", "helicopters"), ((), ("peru",), "asked", "water purification tablets")]),
    ("Latvia needs help. Latvia had asked allies for systems to intercept drones, and for additional radars.\n",
     [((), ("latvia",), "asked", "systems"), ((), ("latvia",), "asked", "radars")]),
    # not to fire: "and for" without the comma goes on with the purpose; a purpose that names no thing of aid
    ("Chad needs help. Chad asked for tents to shelter families and for schools.\n",
     [((), ("chad",), "asked", "tents")]),
    ("Chad needs help. Chad asked for tents to shelter families, and for the border to reopen.\n",
     [((), ("chad",), "asked", "tents")]),
])
def test_one_more_thing_asked_after_a_purpose(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a state's force named by the state's adjective asks: as the force the text names in full, else as the state
    ("Nigeria needs help. The Nigerian army asked for helicopters.\n",
     [((), ("nigeria",), "asked", "helicopters")]),
    ("Nigeria needs help. The Nigerian army asked the United States for helicopters, but Washington has not "
     "responded.\n",
     [(("united-states",), ("nigeria",), "asked", "helicopters")]),
    ("Ukraine needs help. On Monday, the Ukrainian military has asked for more artillery shells.\n",
     [((), ("ukraine",), "asked", "artillery shells")]),
    ("Lebanon needs help. The Lebanese Armed Forces received fuel from Qatar. The Lebanese army asked France for "
     "spare parts.\n",
     [(("qatar",), ("lebanese-armed-forces",), "delivered", "fuel"),
      (("france",), ("lebanese-armed-forces",), "asked", "spare parts")]),
    # not to fire: a force that asks people to leave, or a force of no state named
    ("Nigeria needs help. The Nigerian army asked residents to leave the area.\n", []),
    ("Nigeria needs help. The army asked for helicopters.\n", []),
])
def test_request_by_a_force_named_by_its_state(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "its neighbours", "neighbouring countries": those asked are named by no name
    ("Syria needs help. Syria pleaded with its neighbours for heavy machinery to dig survivors out of the rubble.\n",
     [((), ("syria",), "asked", "heavy machinery")]),
    ("Malawi needs help. Malawi appealed to its neighbours for maize.\n",
     [((), ("malawi",), "asked", "maize")]),
    ("Chad needs help. Chad appealed to neighbouring countries for food aid.\n",
     [((), ("chad",), "asked", "food aid")]),
    # not to fire: neighbours asked to do what gives nothing
    ("Chad needs help. Chad asked its neighbours to close their borders.\n", []),
])
def test_request_of_neighbours(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "the kingdom", "the country", "the nation": the state the sentence before opened with asks
    ("Jordan hosts many refugees. The kingdom has appealed to donors for $2.2 billion, but only a third has been "
     "pledged.\n",
     [((), ("jordan",), "asked", "$2.2 billion")]),
    ("Chad's roads are cut. The country asked France for 40 trucks.\n",
     [(("france",), ("chad",), "asked", "trucks")]),
    ("Lebanon's economy has collapsed. The nation is seeking $3 billion from the IMF.\n",
     [(("imf",), ("lebanon",), "asked", "$3 billion")]),
    # not to fire: a sentence before that opens with two states, or with none
    ("Japan and South Korea met in Seoul. The country asked for 40 trucks.\n", []),
    ("Heavy rain fell for days. The country asked France for 40 trucks.\n", []),
])
def test_request_by_the_state_called_by_its_kind(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a region's word before those asked names no one: "Pacific neighbours", "Gulf donors"
    ("Kiribati needs help. Kiribati's president, Taneti Maamau, appealed to Pacific neighbours for desalination "
     "units as the drought entered its ninth month.\n",
     [((), ("kiribati",), "asked", "desalination units")]),
    ("Kenya needs help. Kenya appealed to Gulf donors for $40 million in drought relief.\n",
     [((), ("kenya",), "asked", "$40 million")]),
    # the state called by an epithet before its kind: "the island nation", "the Himalayan country"
    ("Sri Lanka needs fertiliser urgently. The island nation has sought 65,000 tonnes of urea from India.\n",
     [(("india",), ("sri-lanka",), "asked", "65,000 tonnes of urea")]),
    ("Nepal was hit by a quake. The Himalayan country has asked for tents and blankets.\n",
     [((), ("nepal",), "asked", "tents"), ((), ("nepal",), "asked", "blankets")]),
    # not to fire: a region's governments asked to do what gives nothing
    ("Chad needs help. Chad asked Western governments to lift sanctions.\n", []),
])
def test_request_of_a_region_and_by_an_epithet(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # things said to be part of a whole told just before: each given as the whole is
    ("Bhutan needs help. Austria announced a 6 million euro package for Bhutan. Solar lamps, water filters and seed "
     "are part of the package.\n",
     [(("austria",), ("bhutan",), "pledged", "6 million euro package"),
      (("austria",), ("bhutan",), "pledged", "Solar lamps"), (("austria",), ("bhutan",), "pledged", "water filters"),
      (("austria",), ("bhutan",), "pledged", "seed")]),
    ("Mongolia needs help. Poland pledged a grant of $9 million to Mongolia on Monday. Four ambulances and two field "
     "clinics are also included in the grant.\n",
     [(("poland",), ("mongolia",), "pledged", "grant of $9 million"),
      (("poland",), ("mongolia",), "pledged", "ambulances"),
      (("poland",), ("mongolia",), "pledged", "field clinics")]),
    ("Uruguay needs help. Portugal will provide a new package to Uruguay. Included in the package are 30 water pumps, "
     "tarpaulins and blankets.\n",
     [(("portugal",), ("uruguay",), "pledged", "package"), (("portugal",), ("uruguay",), "pledged", "water pumps"),
      (("portugal",), ("uruguay",), "pledged", "tarpaulins"), (("portugal",), ("uruguay",), "pledged", "blankets")]),
    # not to fire: a list of countries that take part, a whole that is no gift, or the sum itself told again
    ("Laos needs help. Japan approved a $30 million programme for Laos. Cambodia, Thailand and Vietnam are also part "
     "of the programme.\n", [(("japan",), ("laos",), "pledged", "$30 million programme")]),
    ("Laos needs help. Japan approved a $30 million programme for Laos. Talks on trade and fishing are part of the "
     "visit.\n", [(("japan",), ("laos",), "pledged", "$30 million programme")]),
    ("Laos needs help. Japan pledged $8 million to Laos. The money is part of the programme.\n",
     [(("japan",), ("laos",), "pledged", "$8 million")]),
])
def test_things_said_to_be_part_of_a_whole(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a sum, then after a comma the parts it splits into, each with its own sum or told as a split
    ("Haiti needs help. Ireland will give Haiti 40 million euros, including 25 million euros for food aid and 15 "
     "million euros for policing.\n",
     [(("ireland",), ("haiti",), "pledged", "40 million euros"), (("ireland",), ("haiti",), "pledged", "food aid"),
      (("ireland",), ("haiti",), "pledged", "policing")]),
    ("Fiji needs help. New Zealand gave Fiji NZ$12 million, with NZ$7 million for cyclone shelters and NZ$5 million "
     "for water tanks.\n",
     [(("new-zealand",), ("fiji",), "delivered", "NZ$12 million"),
      (("new-zealand",), ("fiji",), "delivered", "cyclone shelters"),
      (("new-zealand",), ("fiji",), "delivered", "water tanks")]),
    ("Nepal needs help. Qatar pledged $60 million in aid to Nepal, to be split among health, education and food "
     "security.\n",
     [(("qatar",), ("nepal",), "pledged", "$60 million"), (("qatar",), ("nepal",), "pledged", "health"),
      (("qatar",), ("nepal",), "pledged", "education"), (("qatar",), ("nepal",), "pledged", "food security")]),
    # not to fire: what the whole sum is for, parts that go to others named, places, or when a part is paid
    ("Eritrea needs help. Denmark has committed 900 million kroner to Eritrea, most of it for drought relief and "
     "seed.\n", [(("denmark",), ("eritrea",), "pledged", "900 million kroner")]),
    ("Benin needs help. Italy pledged 40 million euros to Benin, with 25 million euros for UNICEF and 15 million "
     "euros for the World Food Programme.\n", [(("italy",), ("benin",), "pledged", "40 million euros")]),
    ("Ethiopia needs help. Norway gave Ethiopia $30 million, split among Tigray, Afar and Amhara.\n",
     [(("norway",), ("ethiopia",), "delivered", "$30 million")]),
    ("Laos needs help. Japan pledged $50 million to Laos, with $20 million to be disbursed this year.\n",
     [(("japan",), ("laos",), "pledged", "$50 million")]),
])
def test_parts_of_a_sum_in_its_own_sentence(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a later tranche of a gift told in tranches, with its own sum, in a sentence of its own
    ("Egypt needs help. The European Union will pay Egypt 1 billion euros in three instalments. A final instalment "
     "of 400 million euros will follow next year, officials said.\n",
     [(("european-union",), ("egypt",), "pledged", "1 billion euros"),
      (("european-union",), ("egypt",), "pledged", "final instalment of 400 million euros")]),
    ("Kenya needs help. Japan lent Kenya $90 million in two tranches last year. The second tranche of $40 million was "
     "disbursed in March.\n",
     [(("japan",), ("kenya",), "delivered", "$90 million"),
      (("japan",), ("kenya",), "delivered", "second tranche of $40 million")]),
    ("Peru needs help. The World Bank approved the first tranche of $200 million for Peru on Friday. The second "
     "tranche, worth $150 million, is expected in June.\n",
     [(("world-bank",), ("peru",), "pledged", "first tranche of $200 million"),
      (("world-bank",), ("peru",), "pledged", "second tranche of $150 million")]),
    # not to fire: no gift before told in tranches, or a tranche of no sum
    ("Kenya needs help. Japan pledged $90 million to Kenya. The second tranche of $40 million was disbursed in "
     "March.\n", [(("japan",), ("kenya",), "pledged", "$90 million")]),
    ("Peru needs help. The World Bank approved the first tranche of $200 million for Peru. The second tranche of "
     "talks will be held in June.\n", [(("world-bank",), ("peru",), "pledged", "first tranche of $200 million")]),
])
def test_a_later_tranche_of_a_gift(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a list of parts whose part names a place before a count, or that closes on who reports it
    ("Nepal needs help. South Korea pledged $20 million to Nepal. The grant covers the rebuilding of 80 schools, the repair "
     "of bridges in Gorkha and Dhading districts and 60 water pumps.\n",
     [(("south-korea",), ("nepal",), "pledged", "$20 million"),
      (("south-korea",), ("nepal",), "pledged", "rebuilding of 80 schools"),
      (("south-korea",), ("nepal",), "pledged", "repair of bridges"),
      (("south-korea",), ("nepal",), "pledged", "water pumps")]),
    ("Peru needs help. Spain pledged 9 million euros to Peru. The package covers seed, tools and 40 tractors, "
     "according to the Spanish embassy.\n",
     [(("spain",), ("peru",), "pledged", "9 million euros"), (("spain",), ("peru",), "pledged", "seed"),
      (("spain",), ("peru",), "pledged", "tools"), (("spain",), ("peru",), "pledged", "tractors")]),
    # not to cut: a count of places after a place is more of the places a thing is for
    ("Chad needs help. France pledged 5 million euros to Chad. The grant covers clinics for refugees in Abeche and "
     "40 villages.\n", [(("france",), ("chad",), "pledged", "5 million euros"),
                         (("france",), ("chad",), "pledged", "clinics")]),
])
def test_a_list_of_parts_cut_at_places_and_sources(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "It also pays for" after a sentence that listed the parts of one gift: one more part
    ("Laos needs help. Japan pledged $30 million to Laos. The grant covers school repairs and water pumps. It also "
     "pays for training for 200 Laotian engineers.\n",
     [(("japan",), ("laos",), "pledged", "$30 million"), (("japan",), ("laos",), "pledged", "school repairs"),
      (("japan",), ("laos",), "pledged", "water pumps"), (("japan",), ("laos",), "pledged", "training")]),
    ("Fiji needs help. Australia pledged A$12 million to Fiji. The package covers seawalls and cyclone shelters. It "
     "will also fund solar panels for clinics.\n",
     [(("australia",), ("fiji",), "pledged", "A$12 million"), (("australia",), ("fiji",), "pledged", "seawalls"),
      (("australia",), ("fiji",), "pledged", "cyclone shelters"), (("australia",), ("fiji",), "pledged", "solar panels")]),
    # not to fire: the sentence before told one thing, not the parts of a whole
    ("Chile needs help. Peru sent tents to Chile. It also covers the costs of the border crossing.\n",
     [(("peru",), ("chile",), "delivered", "tents")]),
])
def test_one_more_part_told_with_it_also(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "The equipment, which includes A, B and C, was handed over": the parts of a whole told just before
    ("Angola needs help. China handed over a batch of equipment to Angola on Monday. The equipment, which includes 40 "
     "trucks, radios and demining tools, was received by the army.\n",
     [(("china",), ("angola",), "delivered", "batch of equipment"), (("china",), ("angola",), "delivered", "trucks"),
      (("china",), ("angola",), "delivered", "radios"), (("china",), ("angola",), "delivered", "demining tools")]),
    ("Laos needs help. South Korea pledged $50 million in aid to Laos. The aid, which includes rice, mobile clinics and "
     "school kits, will be delivered by December.\n",
     [(("south-korea",), ("laos",), "pledged", "$50 million"), (("south-korea",), ("laos",), "pledged", "rice"),
      (("south-korea",), ("laos",), "pledged", "mobile clinics"), (("south-korea",), ("laos",), "pledged", "school kits")]),
    # not to fire: a whole no gift before told, or a list of those who take part
    ("Ghana opened a hospital. The hospital, which includes 200 beds and three theatres, was opened by the "
     "president.\n", []),
    ("Laos needs help. Japan sent aid to Laos. The aid, which includes Cambodia and Vietnam, was agreed last "
     "year.\n", [(("japan",), ("laos",), "delivered", "aid")]),
])
def test_parts_listed_in_a_which_clause(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "The new funds will be allocated as follows:" and a list of sums below
    ("Yemen needs help\n\nDenmark pledged $30 million to Yemen on Monday.\n\nThe new funds will be allocated as "
     "follows:\n\n- $15 million for food assistance in Aden;\n\n- $10 million for emergency medical care.\n",
     [(("denmark",), ("yemen",), "pledged", "$30 million"), (("denmark",), ("yemen",), "pledged", "$15 million"),
      (("denmark",), ("yemen",), "pledged", "$10 million")]),
    # not to fire: no sum told before
    ("Aid to Tigray\n\nThe new funds will be allocated as follows:\n- $12 million for food assistance;\n- $8 million "
     "for health services.\n", []),
])
def test_a_sum_allocated_as_follows(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a word for a gift of money names the sum told just before; a word for a cargo, the thing just sent
    ("Somalia needs help. Ireland pledged 8 million euros to Somalia. The contribution covers cash transfers, "
     "nutrition programmes and 30 boreholes.\n",
     [(("ireland",), ("somalia",), "pledged", "8 million euros"), (("ireland",), ("somalia",), "pledged", "cash transfers"),
      (("ireland",), ("somalia",), "pledged", "nutrition programmes"), (("ireland",), ("somalia",), "pledged", "boreholes")]),
    ("Vanuatu needs help. Japan pledged $9 million to Vanuatu. The aid includes prefabricated housing, water tanks "
     "and generators, according to the Japanese embassy.\n",
     [(("japan",), ("vanuatu",), "pledged", "$9 million"), (("japan",), ("vanuatu",), "pledged", "prefabricated housing"),
      (("japan",), ("vanuatu",), "pledged", "water tanks"), (("japan",), ("vanuatu",), "pledged", "generators")]),
    ("Kyrgyzstan needs help. Kazakhstan sent 60 tonnes of aid to Kyrgyzstan. The cargo, which included flour, sugar "
     "and blankets, was unloaded at the airport.\n",
     [(("kazakhstan",), ("kyrgyzstan",), "delivered", "60 tonnes of aid"),
      (("kazakhstan",), ("kyrgyzstan",), "delivered", "flour"), (("kazakhstan",), ("kyrgyzstan",), "delivered", "sugar"),
      (("kazakhstan",), ("kyrgyzstan",), "delivered", "blankets")]),
    ("Ethiopia needs help. Canada pledged C$50 million to Ethiopia. Officials said the assistance, which includes "
     "seeds, fertiliser and veterinary care, would reach farmers before the rains.\n",
     [(("canada",), ("ethiopia",), "pledged", "C$50 million"), (("canada",), ("ethiopia",), "pledged", "seeds"),
      (("canada",), ("ethiopia",), "pledged", "fertiliser"), (("canada",), ("ethiopia",), "pledged", "veterinary care")]),
    # not to fire: a sum told longer ago than the sentence before, or a cargo no one was reported to send
    ("Ethiopia needs help. Canada pledged C$50 million to Ethiopia. Talks went on late. The weather was poor. The "
     "assistance includes seeds, fertiliser and veterinary care.\n",
     [(("canada",), ("ethiopia",), "pledged", "C$50 million")]),
    ("Chad needs help. France pledged 5 million euros to Chad. The cargo, which included flour and sugar, was "
     "unloaded at the port.\n", [(("france",), ("chad",), "pledged", "5 million euros")]),
])
def test_a_whole_named_by_a_word_for_a_gift_or_a_cargo(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the officials of a country named by its adjective are asked for the asker's country
    ("Mauritania's interior minister appealed to his Moroccan hosts for 30 fire engines.\n",
     [(("morocco",), ("mauritania",), "asked", "fire engines")]),
    ("Laos's energy minister urged his Thai counterpart, Somchai Wongsa, to send two mobile transformers.\n",
     [(("thailand",), ("laos",), "asked", "mobile transformers")]),
    ("Peru's Foreign Minister, Lucia Paredes, asked her Spanish counterparts for help in rebuilding bridges.\n",
     [(("spain",), ("peru",), "asked", "bridges")]),
    # not to fire: people of a country who are no officials, or the asker's own colleagues
    ("Peru's Foreign Minister, Lucia Paredes, asked Spanish farmers for advice on irrigation.\n", []),
    ("Peru's Foreign Minister, Lucia Paredes, asked her Peruvian colleagues for patience.\n", []),
])
def test_request_to_counterparts_named_by_their_country(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a request that the one asked make larger a gift of its own: the gift made larger is asked for
    ("Bangladesh's refugee commissioner requested that the World Bank expand its grant window for host "
     "communities.\n", [(("world-bank",), ("bangladesh",), "asked", "grant window")]),
    ("Laos urged Japan to double its scholarships for Laotian engineering students.\n",
     [(("japan",), ("laos",), "asked", "scholarships")]),
    ("The Egyptian government has called on the World Bank to increase its lending for wheat imports.\n",
     [(("world-bank",), ("egypt",), "asked", "lending")]),
    # not to fire: what is made larger is no aid
    ("Lithuania urged the European Union to increase the pressure on Minsk.\n", []),
    ("Nepal asked India to extend its deadline for the tender.\n", []),
])
def test_request_to_enlarge_a_gift(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a group asked through its member states, nations or leaders
    ("Haiti's prime minister appealed to CARICOM nations for police officers and armoured vehicles.\n",
     [(("caricom",), ("haiti",), "asked", "police officers"), (("caricom",), ("haiti",), "asked", "armoured vehicles")]),
    ("Zambia's health minister appealed to G20 countries for two million doses.\n",
     [(("g20",), ("zambia",), "asked", "doses")]),
    # not to fire: a request of no aid
    ("Zambia's health minister urged G20 countries to keep their promises on climate.\n", []),
])
def test_request_to_a_group_through_its_members(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # states or countries of a region, named by no one, asked for a thing or to pay for a programme
    ("The Moroccan minister appealed to European countries for firefighting aircraft.\n",
     [((), ("morocco",), "asked", "firefighting aircraft")]),
    ("Bolivia's president called on Western governments to send water pumps to the Altiplano.\n",
     [((), ("bolivia",), "asked", "water pumps")]),
    ("Tunisia's water minister urged Gulf states to help finance the national desalination programme.\n",
     [((), ("tunisia",), "asked", "national desalination programme")]),
    # not to fire: a request of no aid, a plan to be looked at rather than paid for
    ("Thailand urged Western states to lift sanctions.\n", []),
    ("Tunisia's water minister urged donors to review the national desalination programme.\n", []),
])
def test_request_made_of_a_region_s_states(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # things counted one by one after "to fund" are each asked for
    ("Ukraine had asked Canada to fund an additional air-defence system and a supply of interceptor missiles.\n",
     [(("canada",), ("ukraine",), "asked", "air-defence system"),
      (("canada",), ("ukraine",), "asked", "supply of interceptor missiles")]),
    ("Chad requested that the African Development Bank finance two solar power stations and a new grid line.\n",
     [(("african-development-bank",), ("chad",), "asked", "solar power stations"),
      (("african-development-bank",), ("chad",), "asked", "grid line")]),
    # the verb after "that" and the one asked goes on to the thing asked for
    ("Samoa's prime minister asked that New Zealand send two more patrol boats.\n",
     [(("new-zealand",), ("samoa",), "asked", "patrol boats")]),
    ("Kiribati requested that Australia fund the expansion of its airport.\n",
     [(("australia",), ("kiribati",), "asked", "expansion of its airport")]),
    # not to fire: one purpose paid for stays one thing; a verb of no giving asks for nothing
    ("Fiji asked Japan to fund the rebuilding of schools and clinics damaged by the cyclone.\n",
     [(("japan",), ("fiji",), "asked", "rebuilding of schools and clinics")]),
    ("Peru requested that Spain review the contract.\n", []),
])
def test_request_to_pay_for_things_counted(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "requested that the Bank ...": the body named by its kind after "that"
    ("Bangladesh has borrowed from the World Bank for years. Bangladesh's refugee commissioner requested that the "
     "Bank expand its grant window for host communities.\n",
     [(("world-bank",), ("bangladesh",), "asked", "grant window")]),
    # not to fire: two banks fit the kind, or what the bank is asked to do gives nothing
    ("Malawi spoke to the World Bank and the Asian Development Bank. Malawi requested that the bank expand its "
     "lending.\n", []),
    ("Bangladesh has borrowed from the World Bank for years. Bangladesh's refugee commissioner requested that the "
     "Bank review its procedures.\n", []),
])
def test_request_that_a_body_named_by_its_kind(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the verb after "that" goes on to things named without an article
    ("Nicaragua requested that Russia send wheat and fuel.\n",
     [(("russia",), ("nicaragua",), "asked", "wheat"), (("russia",), ("nicaragua",), "asked", "fuel")]),
    ("Bolivia requested that Cuba send doctors to the Chaco.\n", [(("cuba",), ("bolivia",), "asked", "doctors")]),
    # not to fire: a verb of no giving after "that", or one sent who is no aid
    ("Nicaragua requested that Russia send in its ambassador.\n", []),
])
def test_request_that_names_things_without_an_article(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a package or kits "containing" a list: the whole, and each thing it holds
    ("Oslo will send Kenya a NOK 30 million flood package containing 40 water pumps, chlorine tablets and training "
     "for health workers.\n",
     [(("norway",), ("kenya",), "pledged", "NOK 30 million flood package"),
      (("norway",), ("kenya",), "pledged", "water pumps"),
      (("norway",), ("kenya",), "pledged", "chlorine tablets"),
      (("norway",), ("kenya",), "pledged", "training for health workers")]),
    ("Japan has delivered 300 trauma kits containing bandages, splints and painkillers to Nepal, the embassy said.\n",
     [(("japan",), ("nepal",), "delivered", "trauma kits"),
      (("japan",), ("nepal",), "delivered", "bandages"),
      (("japan",), ("nepal",), "delivered", "splints"),
      (("japan",), ("nepal",), "delivered", "painkillers")]),
    # a package "of" a list: the package, and each thing
    ("Chile has pledged a package of 400 tents, 2,000 blankets and cooking stoves for Bolivia, the minister said.\n",
     [(("chile",), ("bolivia",), "pledged", "package"),
      (("chile",), ("bolivia",), "pledged", "tents"),
      (("chile",), ("bolivia",), "pledged", "blankets"),
      (("chile",), ("bolivia",), "pledged", "cooking stoves")]),
    ("Poland will send Ukraine a package of generators and transformers.\n",
     [(("poland",), ("ukraine",), "pledged", "package"),
      (("poland",), ("ukraine",), "pledged", "generators"),
      (("poland",), ("ukraine",), "pledged", "transformers")]),
    # not to fire: "containing" a spread holds nothing; a package of a sum is the sum's
    ("Italy pledged support to Albania aimed at containing the spread of the disease.\n",
     [(("italy",), ("albania",), "pledged", "support")]),
    ("Spain announced a package of $20 million for Cuba.\n",
     [(("spain",), ("cuba",), "pledged", "package of $20 million")]),
])
def test_package_containing_or_of_a_list(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "According to ..., the package will pay for": the one gift the last paragraphs told, past talks and quotes
    ("South Korea pledged $80 million to Vietnam on Friday.\n\nThe two leaders also discussed trade and tourism.\n\n"
     "\"We are old friends,\" the president said. \"We will stay friends.\"\n\nAccording to the foreign ministry, the "
     "contribution will fund 12 rescue boats, flood sirens and training for coastguards.\n",
     [(("south-korea",), ("vietnam",), "pledged", "$80 million"),
      (("south-korea",), ("vietnam",), "pledged", "rescue boats"),
      (("south-korea",), ("vietnam",), "pledged", "flood sirens"),
      (("south-korea",), ("vietnam",), "pledged", "training")]),
    ("Japan announced a grant of $40 million for Ghana on Monday. According to a statement from the Japanese embassy "
     "in Accra, the money will pay for 30 ambulances, two water treatment plants and training for nurses.\n",
     [(("japan",), ("ghana",), "pledged", "grant of $40 million"),
      (("japan",), ("ghana",), "pledged", "ambulances"),
      (("japan",), ("ghana",), "pledged", "water treatment plants"),
      (("japan",), ("ghana",), "pledged", "training")]),
    # not to fire: two gifts of two givers before, so "the package" names neither
    ("Germany pledged €20 million to Chad. France pledged €15 million to Niger.\n\nThe ministers also discussed "
     "migration.\n\n\"This is a start,\" one diplomat said.\n\nAccording to officials, the package will pay for water "
     "pumps, tents and medicines.\n",
     [(("germany",), ("chad",), "pledged", "€20 million"), (("france",), ("niger",), "pledged", "€15 million")]),
])
def test_package_told_again_after_an_attribution(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "The agreement covers three areas:": the document spoken of just after a sum is given holds its parts
    ("Japan will lend Laos $50 million for rural infrastructure. The deal was signed in Vientiane on Friday. The deal "
     "covers four components: rural roads, school buildings, clinics and water pipes.\n",
     [(("japan",), ("laos",), "pledged", "$50 million"),
      (("japan",), ("laos",), "pledged", "rural roads"),
      (("japan",), ("laos",), "pledged", "school buildings"),
      (("japan",), ("laos",), "pledged", "clinics"),
      (("japan",), ("laos",), "pledged", "water pipes")]),
    ("Canada pledged C$30 million to Haiti on Monday. The agreement, signed by both ministers, includes police "
     "training, patrol vehicles and radios.\n",
     [(("canada",), ("haiti",), "pledged", "C$30 million"),
      (("canada",), ("haiti",), "pledged", "police training"),
      (("canada",), ("haiti",), "pledged", "patrol vehicles"),
      (("canada",), ("haiti",), "pledged", "radios")]),
    # not to fire: an agreement of trade, or one that others signed after the gift
    ("The two countries signed a trade agreement on Monday. The agreement covers three areas: tariffs, customs and "
     "investment.\n", []),
    ("Spain gave $5 million to Peru. Separately, Peru and Chile signed a fishing agreement. The agreement covers 20 "
     "patrol boats, radars and training for inspectors.\n",
     [(("spain",), ("peru",), "delivered", "$5 million"), (("chile",), ("peru",), "signed", "fishing agreement")]),
])
def test_agreement_of_a_gift_lists_its_parts(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "a second flight", "another ship", "the next plane": one more vehicle of the one gift just told
    ("Oman has pledged $5 million in relief to Yemen. Another Omani ship carried 2,000 tonnes of flour and 300 tents "
     "on Monday.\n",
     [(("oman",), ("yemen",), "pledged", "$5 million"),
      (("oman",), ("yemen",), "delivered", "2,000 tonnes of flour"),
      (("oman",), ("yemen",), "delivered", "tents")]),
    ("Turkey delivered 40 tonnes of aid to Libya by plane on Sunday. The next plane is expected to carry water pumps "
     "and generators.\n",
     [(("turkey",), ("libya",), "delivered", "40 tonnes of aid"),
      (("turkey",), ("libya",), "pledged", "water pumps"),
      (("turkey",), ("libya",), "pledged", "generators")]),
    # not to fire: gifts of two givers before, a vehicle of another state, or no gift told at all
    ("Spain sent tents to Peru. Italy sent food to Chile. Another ship will bring blankets and stoves.\n",
     [(("spain",), ("peru",), "delivered", "tents"), (("italy",), ("chile",), "delivered", "food")]),
    ("Oman has pledged $5 million in relief to Yemen. Another Qatari ship will bring 300 tents.\n",
     [(("oman",), ("yemen",), "pledged", "$5 million")]),
    ("A second flight carried tourists home on Friday.\n", []),
])
def test_one_more_vehicle_of_a_gift(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "a second consignment of", "a second tranche ... comprising", "another 30 tonnes of": one more lot of the one gift
    # just told, what it holds named before the verb that sends it
    ("Oman sent 40 tonnes of tents to Yemen. A second consignment of 30 tonnes of blankets will be sent next week.\n",
     [(("oman",), ("yemen",), "delivered", "40 tonnes of tents"),
      (("oman",), ("yemen",), "pledged", "30 tonnes of blankets")]),
    ("Oman sent 40 tonnes of tents to Yemen. A second tranche of assistance comprising stoves and lamps was "
     "dispatched on Friday.\n",
     [(("oman",), ("yemen",), "delivered", "40 tonnes of tents"), (("oman",), ("yemen",), "delivered", "stoves"),
      (("oman",), ("yemen",), "delivered", "lamps")]),
    ("Oman sent 40 tonnes of tents to Yemen. Another 30 tonnes of blankets will follow next week.\n",
     [(("oman",), ("yemen",), "delivered", "40 tonnes of tents"),
      (("oman",), ("yemen",), "pledged", "30 tonnes of blankets")]),
    # not to fire: gifts of two givers before, a lot of another giver, or a batch of no gift sent
    ("Spain sent tents to Peru. Italy sent food to Chile. A second consignment of blankets will be sent next week.\n",
     [(("spain",), ("peru",), "delivered", "tents"), (("italy",), ("chile",), "delivered", "food")]),
    ("Oman sent 40 tonnes of tents to Yemen. A second consignment of blankets, sent by Qatar, will arrive next week.\n",
     [(("oman",), ("yemen",), "delivered", "40 tonnes of tents"), (("qatar",), ("yemen",), "delivered", "blankets")]),
    ("Oman sent 40 tonnes of tents to Yemen. A second batch of results is expected next week.\n",
     [(("oman",), ("yemen",), "delivered", "40 tonnes of tents")]),
])
def test_one_more_lot_of_a_gift(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "On board:" after a vehicle a state's adjective or armed force names: that state's delivery, to the one the
    # next sentence hands the goods to
    ("A Danish navy ship docked at Beira in Mozambique on Tuesday. On board were 400 tents, 90 generators and water "
     "filters.\n",
     [(("denmark",), ("mozambique",), "delivered", "tents"),
      (("denmark",), ("mozambique",), "delivered", "generators"),
      (("denmark",), ("mozambique",), "delivered", "water filters")]),
    ("New Zealand is sending help to Samoa. The first Royal New Zealand Air Force C-130J has landed at Apia "
     "airport, officials said.\n\nOn board: 600 tarpaulins, 300 hygiene kits and 90 chainsaws, all drawn from the "
     "Auckland stockpile. The supplies will be handed over to the Samoa Red Cross.\n",
     [(("new-zealand",), ("samoa-red-cross",), "delivered", "tarpaulins"),
      (("new-zealand",), ("samoa-red-cross",), "delivered", "hygiene kits"),
      (("new-zealand",), ("samoa-red-cross",), "delivered", "chainsaws")]),
    # not to fire: a vehicle no state owns, or people on board
    ("The minister flew to Beira on a chartered plane. On board were journalists and aides.\n", []),
])
def test_on_board_a_vehicle_just_reported(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a reported clause whose subject names its kind: the speaker's own body or state, else the one body of that
    # kind named just before
    ("Niger has been hit by a third year of drought. Karin Holm, the European Union's envoy to the Sahel, told "
     "reporters the bloc would provide 30 million euros for water points in Niger.\n",
     [(("european-union",), ("niger",), "pledged", "30 million euros")]),
    ("Lebanon's grid has collapsed. Saudi Energy Minister Faisal Al-Otaibi said the kingdom would provide $800 "
     "million to Lebanon for power plants.\n",
     [(("saudi-arabia",), ("lebanon",), "pledged", "$800 million")]),
    ("Zambia is rebuilding its roads. Speaking in Lusaka, Asian Development Bank vice-president Min Ho said the "
     "lender had approved a $200 million loan to Zambia for rural roads.\n",
     [(("asian-development-bank",), ("zambia",), "pledged", "$200 million loan")]),
    ("Tonga was struck by a cyclone. Japanese Foreign Minister Aiko Mori told the Diet the country would send 300 "
     "tents to Tonga.\n",
     [(("japan",), ("tonga",), "pledged", "tents")]),
    ("Haiti needs fuel. The Caribbean Development Bank's president, Lisa Marsh, met Haitian officials on Monday, "
     "and the bank will also finance 20 water pumps for Haiti.\n",
     [(("caribbean-development-bank",), ("haiti",), "pledged", "water pumps")]),
    # not to fire: two banks fit, no bank is named, or the government is the receiving side's own
    ("Nepal needs schools. The World Bank and the Asian Development Bank met Nepalese officials on Monday. A "
     "spokesman said the bank would provide $50 million to Nepal for classrooms.\n", []),
    ("Nepal needs schools. Nepal's finance minister Hari Rai said the bank would provide $50 million to Nepal for "
     "classrooms.\n", []),
    ("Kenya is short of seed. Kenyan Agriculture Secretary John Mwangi said the government would provide free seed "
     "to 30,000 farmers in Kenya.\n", []),
])
def test_a_subject_named_by_its_kind_in_a_reported_clause(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a title standing for the one person named before whose title it fits: that person's side gives
    ("French Foreign Minister Claire Dubois visited Yerevan on Monday. On this occasion, the Minister announced an "
     "additional €12 million in humanitarian aid for Armenia.\n",
     [(("france",), ("armenia",), "pledged", "€12 million")]),
    ("The UK Minister for Africa, Lord Collins, visited Khartoum. The Minister also pledged £10 million for Sudan.\n",
     [(("united-kingdom",), ("sudan",), "pledged", "£10 million")]),
    # the aid's owner named with the sum gives, whatever body the speaker belongs to
    ("Haiti needs help. European Commissioner Elsa Moreau received Haiti's prime minister in Brussels. The "
     "Commissioner announced €20 million in new EU humanitarian funding for Haiti.\n",
     [(("eu",), ("haiti",), "pledged", "€20 million")]),
    ("Sudan faces famine. Lord Ainsworth, a minister, visited Port Sudan. He pledged £15m of British aid for Sudan.\n",
     [(("united-kingdom",), ("sudan",), "pledged", "£15m of British aid")]),
    # not to fire: two people fit the title, or the title is the receiving side's own
    ("Ukraine needs power. Norwegian minister Anne Berg and Swedish minister Johan Lind visited Kyiv. The Minister "
     "announced NOK 100 million for Ukraine.\n", []),
    ("Kenya and Uganda met. Kenyan President Daniel Moi Jr hosted Ugandan President Ruth Okello in Nairobi. The "
     "President announced $5 million for flood victims.\n", []),
    ("Malawi faces hunger. Malawian President Peter Banda met British minister Anna Dobbs. The President announced "
     "free maize for 20,000 households in Malawi.\n", []),
])
def test_a_title_standing_for_the_one_person_it_fits(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a donor state and a body neither its own nor a lender sign a document of aid: the state gives, the body takes
    ("Ukraine's schools need repairs. Sweden has been a steady donor to Ukraine. At the end of the meeting, Sweden "
     "and the Odesa Regional Military Administration signed an agreement worth SEK 200 million to repair damaged "
     "hospitals.\n",
     [(("sweden",), ("odesa-regional-military-administration",), "signed", "damaged hospitals")]),
    ("Chad hosts refugees. At a ceremony in N'Djamena, Denmark and the World Food Programme signed an agreement "
     "worth DKK 50 million to feed refugees in eastern Chad.\n",
     [(("denmark",), ("world-food-programme",), "signed", "agreement")]),
    # not to fire: a purchase, a state and its own body, no aid, two bodies of the receiving side
    ("Ukraine needs jets. Sweden and Saab signed a SEK 2 billion contract for fighter jets.\n", []),
    ("Uganda needs schools. Norway and the Norwegian Refugee Council signed a NOK 30 million agreement to build "
     "classrooms.\n", []),
    ("Chile and Peru signed an agreement on fishing quotas.\n", []),
    ("Ukraine needs repairs. The Kharkiv Regional Military Administration and the Odesa Regional Military "
     "Administration signed a memorandum on school repairs.\n", []),
])
def test_a_donor_state_and_a_body_that_signed(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "X, represented by (its title,) Y, confirmed": the one represented gives, not its envoy
    ("Uzbekistan and Kazakhstan share a river. The European Union, represented by its Special Envoy for the Sahel, "
     "Anna Berg, confirmed a grant of 8 million euros to Uzbekistan and Kazakhstan for river monitoring.\n",
     [(("european-union",), ("uzbekistan", "kazakhstan"), "pledged", "grant of 8 million euros")]),
    ("Chad needs wells. Japan, represented by its ambassador, Kenji Sato, pledged $4 million to Chad for wells.\n",
     [(("japan",), ("chad",), "pledged", "$4 million")]),
    ("Laos needs irrigation. The Asian Development Bank, led by its vice-president, Min Ho, approved a $30 million "
     "loan to Laos for irrigation.\n",
     [(("asian-development-bank",), ("laos",), "pledged", "$30 million loan")]),
    ("Ghana needs clinics. Canada, represented by the High Commissioner, Sarah Fox, announced C$5 million for "
     "Ghana's clinics.\n",
     [(("canada",), ("ghana",), "pledged", "C$5 million")]),
    # not to fire: the receiving side represented, or thanks and no gift
    ("Chad needs wells. Chad, represented by its finance minister, Idriss Mahamat, signed the agreement.\n", []),
    ("Peru needs boats. Peru, represented by its ambassador, Luis Vega, thanked the donors for their support.\n", []),
])
def test_a_body_represented_by_its_envoy(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the verb said once, each further giver named with its own figure: each gives its share
    ("Nepal was hit by an earthquake. Japan gave $5 million and Britain £4 million to Nepal.\n",
     [(("japan",), ("nepal",), "delivered", "$5 million"), (("united-kingdom",), ("nepal",), "delivered", "£4 million")]),
    ("Yemen needs hospitals. Kuwait pledged 100 million dollars, Qatar 50 million and Oman 20 million for Yemen.\n",
     [(("kuwait",), ("yemen",), "pledged", "100 million dollars"), (("qatar",), ("yemen",), "pledged", "50 million dollars"),
      (("oman",), ("yemen",), "pledged", "20 million dollars")]),
    ("Afghanistan faces a hard winter. At the conference in Geneva, Germany committed €80 million and Sweden €45 "
     "million for Afghanistan.\n",
     [(("germany",), ("afghanistan",), "pledged", "€80 million"), (("sweden",), ("afghanistan",), "pledged", "€45 million")]),
    ("Mozambique needs seed. The Netherlands donated €2 million, Belgium €1.5 million and Denmark DKK 9 million to "
     "Mozambique.\n",
     [(("netherlands",), ("mozambique",), "delivered", "€2 million"),
      (("belgium",), ("mozambique",), "delivered", "€1.5 million"),
      (("denmark",), ("mozambique",), "delivered", "DKK 9 million")]),
    ("Haiti needs police. Canada promised C$30 million to Haiti, France €12 million and Spain €8 million.\n",
     [(("canada",), ("haiti",), "pledged", "C$30 million"), (("france",), ("haiti",), "pledged", "€12 million"),
      (("spain",), ("haiti",), "pledged", "€8 million")]),
    # not to fire: two receivers after the verb, each with its sum; a second clause with a verb of its own
    ("Nepal and Bhutan were hit by floods. Japan gave Nepal $5 million and Bhutan $2 million.\n",
     [(("japan",), ("nepal",), "delivered", "$5 million")]),
    ("Fiji was hit by a cyclone. Canada sent $4 million to Fiji, and Australia said it would wait.\n",
     [(("canada",), ("fiji",), "delivered", "$4 million")]),
])
def test_givers_listed_with_their_shares_the_verb_said_once(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a participle with a subject of its own after a comma gives, to the one its clause names
    ("Donors met in Lima on Monday, with Spain offering 5 million euros for schools in Peru.\n",
     [(("spain",), ("peru",), "pledged", "5 million euros")]),
    ("The talks ended on Friday, with Japan pledging $12 million for flood defences in Bangladesh.\n",
     [(("japan",), ("bangladesh",), "pledged", "$12 million")]),
    ("Ministers wrapped up the meeting in Accra, the World Bank promising $200 million to Ghana.\n",
     [(("world-bank",), ("ghana",), "pledged", "$200 million")]),
    ("The appeal closed on Sunday, with Norway providing NOK 40 million to Somalia.\n",
     [(("norway",), ("somalia",), "pledged", "NOK 40 million")]),
    ("Leaders met in Suva, with Australia committing A$15 million to Tuvalu for sea walls.\n",
     [(("australia",), ("tuvalu",), "pledged", "A$15 million")]),
    # not to fire: no giver named, no receiver named, a verb that gives nothing
    ("Donors met in Geneva, with donors pledging $2 billion for Sudan.\n", []),
    ("Ministers wrapped up talks in Rome, with the European Union promising 90 million euros to help governments "
     "patrol their coasts.\n", []),
    ("The talks ended on Friday, with Japan warning that funds for Bangladesh had run out.\n", []),
])
def test_a_participle_with_its_own_subject(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a promise told as a readiness, a lead followed with a sum, money redirected to a new use
    ("Kenya needs roads. The World Bank stated its readiness to provide a $300 million loan to Kenya.\n",
     [(("world-bank",), ("kenya",), "pledged", "$300 million loan")]),
    ("Malawi needs seed. Norway expressed its willingness to fund 40,000 seed packs for Malawi.\n",
     [(("norway",), ("malawi",), "pledged", "seed packs")]),
    ("Nepal needs power lines. The Asian Development Bank followed with a 150 million dollar loan to Nepal.\n",
     [(("asian-development-bank",), ("nepal",), "pledged", "150 million dollar loan")]),
    ("Ghana needs fuel. The IMF said it was prepared to redirect US$70 million from an existing programme to Ghana.\n",
     [(("imf",), ("ghana",), "pledged", "US$70 million")]),
    ("Chad needs grain. France will reallocate €12 million to Chad for grain.\n",
     [(("france",), ("chad",), "pledged", "€12 million")]),
    # not to fire: a convoy redirected, a readiness to talk
    ("Chad needs grain. France will redirect the convoy to Chad.\n", []),
    ("Kenya needs roads. The World Bank stated its readiness to discuss a loan with Kenya.\n", []),
])
def test_a_promise_told_as_readiness_or_redirected_money(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a party described between commas, then "and" and the next party: both are listed before the verb
    ("Sudan faces famine. The Qatar Fund for Development, Qatar's aid arm, and the Sudanese Red Crescent signed an "
     "agreement covering food parcels for 40,000 families in Darfur.\n",
     [(("qatar-fund-for-development",), ("sudanese-red-crescent",), "signed", "food parcels")]),
    ("Ukraine's grid was hit again. The Japan International Cooperation Agency (JICA), Japan's aid agency, and "
     "Ukrenergo, the grid operator, signed a memorandum on the supply of 20 transformers.\n",
     [(("japan-international-cooperation-agency",), ("ukrenergo",), "signed", "supply of 20 transformers")]),
    ("Libya was hit by floods. The Kuwait Fund for Arab Economic Development, the oldest Arab donor, and the Libyan "
     "Red Crescent, which runs the shelters, signed an agreement to provide 500 tents.\n",
     [(("kuwait-fund-for-arab-economic-development",), ("libyan-red-crescent",), "signed", "tents")]),
    ("Laos was hit by floods. Japan, the largest donor, and South Korea pledged $5 million each to Laos.\n",
     [(("japan", "south-korea"), ("laos",), "pledged", "$5 million each")]),
    ("Chad needs food. After talks with Niger, the host country, and Mali, Japan pledged $4 million to Chad.\n",
     [(("japan",), ("chad",), "pledged", "$4 million")]),
    # not to fire: a description that names a party again by its adjective, two donors' bodies with no receiver
    ("Kenya faces drought. The UK's Foreign, Commonwealth and Development Office, the British aid ministry, and the "
     "Kenya Red Cross Society signed a memorandum covering water trucking in Turkana.\n", []),
    ("Sudan faces famine. The Qatar Fund for Development, Qatar's aid arm, and the Kuwait Fund for Arab Economic "
     "Development signed a memorandum on cooperation in Sudan.\n", []),
])
def test_parties_listed_with_descriptions_between_commas(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a sum made available, or put up: given to the one the clause names, the sum without "available"
    ("Chad needs wells. Japan will make $40 million available for wells in Chad.\n",
     [(("japan",), ("chad",), "pledged", "$40 million")]),
    ("Laos needs roads. The World Bank has made $200 million available to Laos for rural roads.\n",
     [(("world-bank",), ("laos",), "pledged", "$200 million")]),
    ("Fiji needs sea walls. New Zealand will put up NZ$8 million for sea walls in Fiji.\n",
     [(("new-zealand",), ("fiji",), "pledged", "NZ$8 million")]),
    ("Kenya needs schools. Finland said it would put up an additional 5 million euros to connect rural schools in "
     "Kenya to the internet.\n",
     [(("finland",), ("kenya",), "pledged", "5 million euros")]),
    ("Ghana needs clinics. Canada will make C$30 million in grants available to Ghana.\n",
     [(("canada",), ("ghana",), "pledged", "C$30 million")]),
    ("Zambia needs maize. Sweden will make SEK 50 million available to Zambia.\n",
     [(("sweden",), ("zambia",), "pledged", "SEK 50 million")]),
    # not to fire: those it is made available to named by no name; no sum put up
    ("The Baltic states need air defence. The United States would make $95 million available to the three Baltic "
     "states.\n", []),
    ("Chad needs wells. Japan put up a fight over the wording and made the text available to Chad.\n", []),
])
def test_a_sum_made_available_or_put_up(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "givers"), [
    # a subject that names the body's kind: the body the sentence before names
    ("Chad needs help. The King Salman Humanitarian Aid and Relief Centre distributed food in Chad. The centre also "
     "delivered 500 shelter kits to families in Abeche.\n",
     [("king-salman-humanitarian-aid-and-relief-centre",), ("king-salman-humanitarian-aid-and-relief-centre",)]),
    ("Chad needs help. UNICEF said 40,000 children were at risk. The agency will deliver 500 tents to Abeche.\n",
     [("unicef",)]),
    # not to fire: two bodies named before, or one whose name is of another kind
    ("Chad needs help. UNICEF and Oxfam met in Abeche. The agency will deliver 500 tents.\n", []),
    ("Chad needs help. The World Bank met officials in Abeche. The centre will deliver 500 tents.\n", []),
])
def test_a_subject_named_by_its_kind_opens_the_sentence(text: str, givers: list[tuple[str, ...]]) -> None:
    assert [c.givers for c in analyse(text, "s").commitments] == givers


@pytest.mark.parametrize(("text", "commitments"), [
    # a government's decision to give is its pledge
    ("Chad needs help. On March 12, the Government of Japan decided to extend Emergency Grant Aid of 2 million US "
     "dollars to Chad in response to the floods.\n",
     [(("japan",), ("chad",), "pledged", ("Emergency Grant Aid of 2 million US dollars",))]),
    ("Chad needs help. Japan decided not to send tents to Chad.\n", []),
    # the shares of a sum told before, the verb said once
    ("Chad needs help. The European Commission has released €3.5 million in humanitarian funding. Of this, €2 million "
     "will go to Chad, €1 million to Niger and €500,000 to Mali.\n",
     [(("european-commission",), ("chad",), "delivered", ("€3.5 million in humanitarian funding", "€3.5 million")),
      (("european-commission",), ("chad",), "delivered", ("€2 million",)),
      (("european-commission",), ("niger",), "delivered", ("€1 million",)),
      (("european-commission",), ("mali",), "delivered", ("€500,000",))]),
    # not to fire: a further share to no party
    ("Chad needs help. The European Commission has released €3.5 million. Of this, €2 million will go to Chad and "
     "€1 million to the tents.\n",
     [(("european-commission",), ("chad",), "delivered", ("€3.5 million",)),
      (("european-commission",), ("chad",), "delivered", ("€2 million",))]),
])
def test_a_decision_to_give_and_the_shares_of_a_sum(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert [(c.givers, c.receivers, c.status, c.wordings) for c in analyse(text, "s").commitments] == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a body named before the country it works in gives, not the country
    ("Chad needs help. The Catholic Development Commission in Chad (CADECOM) also donated maize flour to families "
     "camped at Abeche.\n",
     [(("catholic-development-commission",), ("chad",), "delivered", "maize flour")]),
    ("Chad needs help. UNICEF in Chad delivered 500 tents to Abeche.\n",
     [(("unicef",), ("chad",), "delivered", "500 tents")]),
    # a gift's list set off by "which comprises" ends where its sentence goes on with its own verb
    ("Chad needs help. Japan sent aid to Chad. The donation, which comprises 2,000 bags of rice, 1,500 blankets and 800 "
     "tents, demonstrates the friendship between the two countries.\n",
     [(("japan",), ("chad",), "delivered", "aid"), (("japan",), ("chad",), "delivered", "2,000 bags of rice"),
      (("japan",), ("chad",), "delivered", "1,500 blankets"), (("japan",), ("chad",), "delivered", "800 tents")]),
])
def test_a_body_in_a_country_and_a_list_set_off_before_a_verb(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert [(c.givers, c.receivers, c.status, c.wordings[0]) for c in analyse(text, "s").commitments] == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a package unveiled that lists things of aid gives them, with no receiver named
    ("Ukraine needs help from the United States. Washington unveiled a $250 million package that includes AIM-9M "
     "missiles and anti-tank weapons.\n",
     [(("united-states",), ("ukraine",), "pledged", "a $250 million package"),
      (("united-states",), ("ukraine",), "pledged", "AIM-9M missiles"),
      (("united-states",), ("ukraine",), "pledged", "anti-tank weapons")]),
    ("Ukraine needs help. Germany unveiled a $250 million package that includes tax cuts.\n", []),
    # an adverb before what a document is to do
    ("Ukraine needs help. Britain and Norway signed a deal to jointly fund 50 air defence launchers for Ukraine.\n",
     [(("united-kingdom", "norway"), ("ukraine",), "signed", "50 air defence launchers")]),
])
def test_a_package_unveiled_and_a_document_to_jointly_fund(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert [(c.givers, c.receivers, c.status, c.wordings[0]) for c in analyse(text, "s").commitments] == commitments
