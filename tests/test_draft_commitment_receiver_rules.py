"""`factsheet draft`: whom a commitment goes to and from, and the words that are no thing given, each on an
invented sentence: a phrase of time or place where a thing would stand, a clause opened by "that", a
subject cut before its verb."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _commitments(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    return [(c.givers, c.receivers, c.status, c.items[0].name) for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "commitments"), [
    # a phrase of time after a list of things is no thing of the list
    ("Chile needs help. Peru said it would send emergency supplies, including tents, stoves and lanterns, in the "
     "coming weeks.\n",
     [(("peru",), ("chile",), "pledged", "emergency supplies"), (("peru",), ("chile",), "pledged", "tents"),
      (("peru",), ("chile",), "pledged", "stoves"), (("peru",), ("chile",), "pledged", "lanterns")]),
    # "will install in ...": where the relative clause's thing goes, not a thing
    ("Chile needs help. Peru bought 40 water pumps for Chile, which UNICEF will install in rural clinics.\n",
     [(("peru",), ("chile",), "delivered", "water pumps")]),
    # "as well as receiving": giving, with nothing named
    ("Chile needs help. Peru, for its part, is giving as well as receiving.\n", []),
    # a clause that "that" opens is no thing
    ("Chile needs help. Peru confirmed that the loan agreement signed in May would finance new bridges.\n", []),
    # a subject cut before its verb
    ("Chile needs help. The radios were paid for by Peru.\n", []),
    # a date before the thing is not part of it
    ("Chile needs help. Peru announced on Thursday a $20 million loan to Chile.\n",
     [(("peru",), ("chile",), "pledged", "$20 million loan")]),
    # a share of a pool of money is no gift of its own
    ("Chad needs help. Norway, which has supplied the bulk of the fund's money over the past decade, spoke first.\n",
     []),
    # not to fire: a share of things is things given
    ("Chad needs help. Norway has supplied half of the water pumps to Chad.\n",
     [(("norway",), ("chad",), "delivered", "half of the water pumps")]),
    # not to fire: a thing with its place after it, a date after the thing
    ("Chile needs help. Peru will install 30 generators in clinics across Chile in May.\n",
     [(("peru",), ("chile",), "pledged", "generators")]),
])
def test_words_that_are_no_thing_given(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


def _read(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], bool, str]]:
    """Each commitment with whether its receiver was inferred rather than read from its clause."""
    return [(c.givers, c.receivers, c.receiver_inferred, c.items[0].name) for c in analyse(text, "s").commitments]


def test_a_name_with_and_in_it_does_not_end_the_clause_before_the_receiver() -> None:
    text = ("Peru needs help. The minister witnessed the signature of a $40 million loan from the Andean Bank for Trade "
            "and Development to Electroperu, the state power company.\n")
    assert _read(text) == [(("andean-bank-for-trade-and-development",), ("electroperu",), False,
                            "signature of a $40 million loan")]


def test_and_before_a_new_subject_still_ends_the_clause() -> None:
    found = _read("Peru needs help. Japan pledged 20 generators and Chile sent tents to Peru.\n")
    assert (("japan",), ("peru",), True, "generators") in found


@pytest.mark.parametrize(("text", "receivers"), [
    # the one that "took delivery of" what a clause after it says another gave
    ("Peru needs help. Peru needs help. In Lima, Sedapal, the city water utility, took delivery of 30 water pumps and "
     "four generators financed by Japan.\n",
     {"water pumps": ("sedapal",), "generators": ("sedapal",)}),
    # "the handover to X of" what another delivered
    ("Peru needs help. The ceremony marked the handover to the Lima Regional Health Directorate of 12 ambulances "
     "donated by Japan.\n",
     {"ambulances": ("lima-regional-health-directorate",)}),
    # not to fire: what follows "took delivery of" is a clause of its own
    ("Peru needs help. Peru needs help. The Lima Regional Health Directorate took delivery of tents, and 12 ambulances "
     "were donated by Japan.\n",
     {"ambulances": ("peru",)}),
])
def test_the_one_that_took_delivery_receives(text: str, receivers: dict[str, tuple[str, ...]]) -> None:
    assert {c.items[0].name: c.receivers for c in analyse(text, "s").commitments} == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # the country the item's own words place it in
    ("Chad needs help. Chad needs help. Norway has pledged additional funding for school meals in Niger.\n",
     ("niger",)),
    # and each country a list there names
    ("Chad needs help. Chad needs help. Norway put forward 40 million euros in grants for solar pumps along the "
     "borders of Niger and Mali, its envoy said.\n",
     ("niger", "mali")),
    # not to fire: a country named outside the item's words
    ("Chad needs help. Chad needs help. Norway pledged funding for the reconstruction of schools, its minister "
     "said in Niger.\n",
     ("chad",)),
])
def test_the_country_the_item_is_placed_in_receives(text: str, receivers: tuple[str, ...]) -> None:
    assert [c.receivers for c in analyse(text, "s").commitments] == [receivers]


@pytest.mark.parametrize(("text", "commitments"), [
    # a report's opening sums up in general what each giver's own gift says in particular
    ("Norway and Canada pledged emergency aid to Chad on Monday as floods spread. Norway will send 20 water pumps to "
     "Chad. Canada said it would provide 5,000 tents.\n",
     [(("norway",), ("chad",), "pledged", "water pumps"), (("canada",), ("chad",), "pledged", "tents")]),
    # not to fire: one of the givers gives nothing in particular, so the aid is a gift of its own
    ("Norway and Canada pledged emergency aid to Chad on Monday as floods spread. Norway will send 20 water pumps to "
     "Chad.\n",
     [(("norway", "canada"), ("chad",), "pledged", "emergency aid"), (("norway",), ("chad",), "pledged", "water pumps")]),
])
def test_aid_in_general_from_several_givers_sums_up_their_gifts(text: str,
                                                               commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a plane or a convoy that carries the gift is not the gift; nor is who reported it
    ("Chad needs help. Norway has dispatched a plane to Abeche carrying 20 tonnes of relief supplies for Chad, "
     "including tents, blankets and water pumps, the state broadcaster NRK reported.\n",
     [(("norway",), ("chad",), "delivered", "20 tonnes of relief supplies"),
      (("norway",), ("chad",), "delivered", "tents"), (("norway",), ("chad",), "delivered", "blankets"),
      (("norway",), ("chad",), "delivered", "water pumps")]),
    ("Chad needs help. Norway has sent a convoy of trucks carrying 300 water pumps to Chad.\n",
     [(("norway",), ("chad",), "delivered", "water pumps")]),
    # not to fire: aircraft given as such
    ("Chad needs help. Norway has donated two transport aircraft to Chad.\n",
     [(("norway",), ("chad",), "delivered", "transport aircraft")]),
])
def test_what_a_vehicle_carries_is_the_gift(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


def _items(text: str) -> list[str]:
    return [c.items[0].name for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "names"), [
    # a bare noun before "and" that shares the head after it is no thing of its own
    ("Chad needs help. Norway announced a €20 million package for Chad, covering new radios for border posts, and "
     "training for border and customs officers.\n",
     ["€20 million package", "radios for border posts", "training for border and customs officers"]),
    ("Chad needs help. Norway announced a €20 million package for Chad. It covers school repairs, the restoration of "
     "water and sanitation networks in the east, and cash grants for families, she said.\n",
     ["€20 million package", "school repairs", "restoration of water and sanitation networks", "cash grants"]),
    ("Chad needs help. Norway and Chad had signed a $50 million grant agreement for a groundwater and irrigation "
     "programme in the south.\n",
     ["groundwater and irrigation programme"]),
    # not to fire: two things, each named whole
    ("Chad needs help. Norway will send ammunition and spare parts to Chad.\n", ["ammunition", "spare parts"]),
])
def test_two_nouns_that_share_one_head_are_one_thing(text: str, names: list[str]) -> None:
    assert _items(text) == names


@pytest.mark.parametrize(("text", "commitments"), [
    # a document between the same parties told twice, in brief and then in full
    ("Chad needs help. Norway and Chad signed a demining agreement. Norway and Chad had signed an agreement on "
     "Norwegian funding for the demining of farmland in the east.\n",
     [(("norway",), ("chad",), "signed", "demining agreement")]),
    # one sum read by two verbs of one sentence
    ("Chad needs help. Norway and Chad had signed an agreement under which Norway will provide 40 million euros "
     "to Chad.\n",
     [(("norway",), ("chad",), "agreed", "40 million euros")]),
    # and so when only one of the two verbs names the receiver
    ("Mali needs help. Chad needs help. An agreement under which Norway will spend $15 million drilling wells in the "
     "east was signed with the Chadian government.\n",
     [(("norway",), ("chad",), "agreed", "$15 million drilling wells")]),
    # not to fire: two documents on two things
    ("Chad needs help. Norway and Chad signed a well drilling deal. Norway and Chad also signed a loan agreement "
     "for school repairs.\n",
     [(("norway",), ("chad",), "signed", "well drilling deal"), (("norway",), ("chad",), "signed", "school repairs")]),
])
def test_one_commitment_told_twice_is_one(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # money for what someone buys goes to the ones who buy
    ("Chad needs help. Norway will provide 50 million kroner for joint procurement of water pumps by Niger, Mali and "
     "Chad, its minister said.\n",
     [(("norway",), ("niger", "mali", "chad"), "pledged", "50 million kroner")]),
    # and told again in other words, it is one commitment
    ("Chad needs help. Norway will provide 50 million kroner for joint procurement of water pumps by Niger, Mali and "
     "Chad. Later, Norway will fund joint water pump procurement for Niger, Mali and Chad.\n",
     [(("norway",), ("niger", "mali", "chad"), "pledged", "50 million kroner")]),
    # not to fire: the one who buys is not named after "by"
    ("Chad needs help. Norway will fund the purchase of fuel for Chad.\n",
     [(("norway",), ("chad",), "pledged", "purchase of fuel")]),
])
def test_money_for_a_purchase_goes_to_the_buyer(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "receivers"), [
    # "in the two countries": the two the article makes receivers most
    ("Floods hit Chad and Niger. Chad lost 300 homes and Niger lost 200. The EU sent tents to Chad and blankets to "
     "Niger. Norway pledged 6 million kroner for clinics in the two countries.\n",
     ("chad", "niger")),
    # not to fire: a third country named as often
    ("Floods hit Chad, Niger and Mali. Chad lost 300 homes, Niger lost 200 and Mali lost 150. The EU sent tents to "
     "Chad, blankets to Niger and food to Mali. Norway pledged 6 million kroner for clinics in the two countries.\n",
     ("chad",)),
])
def test_the_two_countries_are_the_two_receivers(text: str, receivers: tuple[str, ...]) -> None:
    assert [c.receivers for c in analyse(text, "s").commitments if c.givers == ("norway",)] == [receivers]


@pytest.mark.parametrize(("text", "commitments"), [
    # a paragraph's label of a few words, told in full by the next sentence
    ("Mali needs help. Chad needs help.\n\nNorway funds clinic repairs. Norway will finance the repair of clinics in "
     "Chad under a $2 million grant, its embassy said.\n",
     [(("norway",), ("chad",), "pledged", "repair of clinics")]),
    # not to fire: a short sentence that tells a gift of its own
    ("Mali needs help. Chad needs help.\n\nNorway sent 20 generators. Norway will also finance the repair of clinics "
     "in Chad under a $2 million grant, its embassy said.\n",
     [(("norway",), ("chad",), "delivered", "generators"), (("norway",), ("chad",), "pledged", "repair of clinics")]),
])
def test_a_paragraph_label_says_the_next_gift_again(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


def test_a_counterpart_speaks_for_the_country_the_text_first_calls_it_of() -> None:
    text = ("Chad and Niger met in Niamey. Chad's water minister, Ali Mahamat, and his Nigerien counterpart, Water "
            "Minister Issa Boubacar, signed a border accord. Boubacar said he had asked Norway for water pumps.\n")
    assert _read(text) == [(("norway",), ("niger",), False, "water pumps")]


@pytest.mark.parametrize(("text", "read"), [
    # "money Niamey requested": the gift, said again as what its receiver asked for
    ("Chad needs help. Niger needs help. The official said Norway had agreed to provide €45m to drill wells along "
     "the border, money Niamey requested last year.\n", True),
    # not to fire: "as Niamey requested" does not restate the gift
    ("Chad needs help. Niger needs help. The official said Norway had agreed to provide €45m to drill wells along "
     "the border, as Niamey requested last year.\n", False),
])
def test_money_its_receiver_requested(text: str, read: bool) -> None:
    assert _read(text) == [(("norway",), ("niger",), not read, "€45m")]


@pytest.mark.parametrize(("text", "givers"), [
    # one named as giving the thing jointly, right after it, gives it too
    ("Chad needs help. Norway's earlier donations to Chad include water pumps, delivered together with Sweden.\n",
     ("norway", "sweden")),
    # not to fire: people of a country who come along are no giver
    ("Chad needs help. Norway's earlier donations to Chad include water pumps, delivered together with Swedish "
     "engineers.\n",
     ("norway",)),
])
def test_a_thing_given_together_with_another_giver(text: str, givers: tuple[str, ...]) -> None:
    assert [c.givers for c in analyse(text, "s").commitments] == [givers]


@pytest.mark.parametrize(("text", "receivers"), [
    # "in both countries" after the item, in the rest of its clause: the two countries the article is about
    ("Chad needs help. Niger needs help. Chad and Niger are short of nurses. The WHO has provided training for 900 "
     "nurses in both countries, while UNICEF sent tents to Chad.\n", ("chad", "niger")),
    ("Chad needs help. Niger needs help. Chad and Niger are short of water. The WHO has pledged $5 million to improve "
     "water supply in the two countries, and UNICEF sent tents to Chad.\n", ("chad", "niger")),
    # not to fire: "the two countries" in another clause of the sentence is not this gift's
    ("Chad needs help. Niger needs help. Chad and Niger are short of nurses. The WHO has provided training for 900 "
     "nurses, while UNICEF sent tents to the two countries.\n", ("chad",)),
])
def test_both_countries_after_the_item(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[0].receivers == receivers


@pytest.mark.parametrize(("text", "commitments"), [
    # "Chad's backers": those who stand by a country give to it; the country gives nothing
    ("Chad needs help. Niger needs help. Chad's Western backers promised fresh supplies of artillery ammunition on "
     "Wednesday.\n", []),
    ("Chad needs help. Niger needs help. Chad's international partners announced new deliveries of fuel.\n", []),
    # not to fire: a country's own supplies are its gift
    ("Chad needs help. Niger needs help. Norway's supplies of artillery ammunition to Chad arrived.\n",
     [(("norway",), ("chad",), "pledged", "artillery ammunition")]),
])
def test_a_country_named_by_its_backers_does_not_give(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "receivers"), [
    # a named scheme a body runs for others is a channel: the aid is for whom it serves
    ("Chad needs help. Chad needs help. Japan announces US$75 million for the World Bank's SAFE Homes programme, which "
     "pays households in Chad.\n", ("chad",)),
    ("Chad needs help. Chad needs help. Japan pledged $10 million to the African Development Bank's Desert Power "
     "Facility.\n", ("chad",)),
    # not to fire: the body itself, or its office, receives
    ("Chad needs help. Chad needs help. Japan announces US$75 million for the World Bank's office in N'Djamena.\n",
     ("world-bank",)),
])
def test_a_scheme_named_with_its_bodys_possessive_is_a_channel(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[0].receivers == receivers


_SUMMED = ("Peru floods live: aid reaches Lima\n\nAll times are Lima time.\n\nKey points\n- At least 20 people dead in "
           "the south\n- Bolivia pledges $2 million; Chile hands over rice and tents\n\n4.55pm — Peru needs help. Bolivia "
           "needs help. Chile handed over 300 bags of rice and 200 tents to the National Emergency Institute of Peru on "
           "Monday.\n")


@pytest.mark.parametrize(("text", "commitments"), [
    # a summary line's gift, told again in the body with its receiver, is that gift
    (_SUMMED, [(("bolivia",), ("peru",), "pledged", "$2 million"),
               (("chile",), ("national-emergency-institute-of-peru",), "delivered", "bags of rice"),
               (("chile",), ("national-emergency-institute-of-peru",), "delivered", "tents")]),
    # not to fire: a promise of more of the same things is a gift of its own
    ("Peru needs help. Bolivia needs help. Chile handed over 300 bags of rice to Peru on Monday. Chile also pledged "
     "rice.\n",
     [(("chile",), ("peru",), "delivered", "bags of rice"), (("chile",), ("peru",), "pledged", "rice")]),
])
def test_a_gift_told_again_with_its_receiver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "receivers"), [
    # the country a sentence opens with ("In Chad, ...") is where its need is
    ("Mali needs help. Chad needs help. Mali is worst hit. In Chad, where the floods cut the roads, the government "
     "asked partners for boats.\n", ("chad",)),
    # not to fire: a city where a pledge was made is no receiver
    ("Mali needs help. Chad needs help. Mali is worst hit. In Geneva, Norway pledged $5 million.\n", ("mali",)),
])
def test_the_country_a_sentence_opens_with(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[0].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # money for what a body runs goes to that body
    ("Chad needs help. Chad needs help. Norway pledged $5 million for water projects run by the International "
     "Committee of the Red Cross in Chad.\n", ("international-committee-of-the-red-cross",)),
    # not to fire: a clause set off by a comma tells more of the projects, not whom the money is for
    ("Chad needs help. Chad needs help. Norway pledged $5 million for water projects, run by the International "
     "Committee of the Red Cross since May.\n", ("chad",)),
])
def test_money_for_what_a_body_runs(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[0].receivers == receivers


@pytest.mark.parametrize(("text", "commitments"), [
    # access to waters or ports is a right granted, not a thing given
    ("Peru needs help. The fisheries protocol, signed by Ana Ruiz, the Peruvian fisheries minister, gives EU vessels "
     "access to Peruvian waters for another six years.\n", []),
    # not to fire: vessels given are things given
    ("Peru needs help. Chile gives Peru 20 patrol vessels.\n", [(("chile",), ("peru",), "delivered", "patrol vessels")]),
])
def test_access_is_no_thing_given(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a purpose that opens with "for" is no thing: here "grants" is a noun read as a verb
    ("Chile needs help. The World Bank announced up to $1 billion in new financing for Chile, including budget support "
     "and grants for rebuilding housing.\n", [(("world-bank",), ("chile",), "pledged", "$1 billion")]),
    # not to fire: a thing given, with what it is for after it
    ("Chile needs help. Peru sent 20 generators for hospitals to Chile.\n",
     [(("peru",), ("chile",), "delivered", "generators")]),
])
def test_a_purpose_opened_by_for_is_no_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "givers"), [
    # a state's ministry that reports a gift speaks for that state
    ("Chile needs help. Peru's Ministry of National Defense said in a statement that a decommissioned corvette would "
     "be handed over to the Chilean Navy next year.\n", ("peru",)),
    # not to fire: a ministry named without its state gives as itself
    ("Chile needs help. The Ministry of National Defense said in a statement that a decommissioned corvette would be "
     "handed over to the Chilean Navy next year.\n", ("ministry-of-national-defense",)),
])
def test_a_states_ministry_reports_for_the_state(text: str, givers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[0].givers == givers


_PACKAGE_AGAIN = ("Peru floods live: aid reaches Lima\n\nAll times are Lima time.\n\nKey points\n- At least 20 people dead "
                  "in the south\n- Chile pledges $5 million\n\n10.20am — Peru needs help. Chile's foreign minister says "
                  "Santiago will provide $5 million in immediate humanitarian assistance. The package covers emergency "
                  "shelter, hygiene kits and logistics support for Peru's disaster agencies.\n")


@pytest.mark.parametrize(("text", "items"), [
    # "the package" with no sum of its own is the sum told before; what it covers is each its own
    (_PACKAGE_AGAIN, ["$5 million", "emergency shelter", "hygiene kits", "logistics support"]),
    # not to fire: no sum of the giver's was told before, so the package is the only word for the whole
    ("Peru needs help. Chile sent tents to Peru. The package covers emergency shelter, hygiene kits and water pumps "
     "for Peru's disaster agencies.\n", ["tents", "package", "emergency shelter", "hygiene kits", "water pumps"]),
])
def test_the_package_told_before_with_its_sum(text: str, items: list[str]) -> None:
    assert [c.items[0].name for c in analyse(text, "s").commitments] == items


@pytest.mark.parametrize(("text", "commitments"), [
    # the terms of a loan are no thing given
    ("Chile needs help. A senior Chilean official who briefed reporters on condition of anonymity said Santiago had "
     "also pressed for lower interest rates than the fund's standard terms.\n", []),
    # not to fire: loans asked for are things
    ("Chile needs help. A senior Chilean official said Santiago had also pressed for more concessional loans.\n",
     [((), ("chile",), "asked", "concessional loans")]),
])
def test_the_terms_of_a_loan_are_no_thing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "givers"), [
    # the fund a loan comes out of is the channel of the bank that extends it
    ("Chile needs help. A Loan Agreement under which the Export-Import Bank of Korea will extend a US$90 million loan "
     "from the Economic Development Cooperation Fund (EDCF) for the construction of a bridge in Chile was signed.\n",
     [("export-import-bank-of-korea",)]),
    # not to fire: a fund that gives a thing of its own gives
    ("Chile needs help. The Export-Import Bank of Korea will extend a US$90 million loan to Chile, and the Economic "
     "Development Cooperation Fund (EDCF) will give a US$5 million grant to Chile.\n",
     [("export-import-bank-of-korea",), ("economic-development-cooperation-fund",)]),
])
def test_a_fund_the_money_comes_out_of_is_no_giver(text: str, givers: list[tuple[str, ...]]) -> None:
    assert [c.givers for c in analyse(text, "s").commitments] == givers


_KEY_POINTS = ("ASEAN health ministers meet\n\nAll times are Jakarta time.\n\nKey points\n- Chile pledges $15 million to "
               "ASEAN emergencies centre\n\n10.20am — Chile's health minister said Santiago would give $15 million to the "
               "ASEAN Centre for Public Health Emergencies for its start-up operations.\n")


@pytest.mark.parametrize(("text", "receivers"), [
    # a key point's gift, told again in the body with another receiver, is the body's gift
    (_KEY_POINTS, [("asean-centre-for-public-health-emergencies",)]),
    # not to fire: a key point with a sum the body does not tell again
    (_KEY_POINTS.replace("pledges $15 million", "pledges $20 million"),
     [("asean",), ("asean-centre-for-public-health-emergencies",)]),
])
def test_a_key_point_told_again_in_the_body(text: str, receivers: list[tuple[str, ...]]) -> None:
    assert [c.receivers for c in analyse(text, "s").commitments] == receivers


@pytest.mark.parametrize(("text", "items"), [
    # a document named by its kind alone says nothing of what it gives
    ("Chad needs help. The minister announced that Qatar had signed an agreement with the International Committee of "
     "the Red Cross, the relief agency, to finance 5,000 homes for displaced families in Chad.\n",
     ["homes"]),
    # not to fire: a document with its sum
    ("Chad needs help. Qatar signed a $40 million agreement with Chad.\n", ["$40 million agreement"]),
])
def test_a_bare_document_is_no_thing_given(text: str, items: list[str]) -> None:
    assert [c.items[0].name for c in analyse(text, "s").commitments] == items


@pytest.mark.parametrize(("text", "giver"), [
    # a body a country's possessive names gives, when it is no organ of the state
    ("Chad needs help. A convoy of 40 trucks loaded with food baskets sent by Kuwait's Kuwait Fund for Arab Economic "
     "Development arrived in Chad this morning.\n", ("kuwait-fund-for-arab-economic-development",)),
    # not to fire: a ministry gives for its state
    ("Chad needs help. A convoy of 40 trucks loaded with food baskets sent by Kuwait's Ministry of Foreign Affairs "
     "arrived in Chad this morning.\n", ("kuwait",)),
])
def test_a_body_named_with_its_countrys_possessive_gives(text: str, giver: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[0].givers == giver


@pytest.mark.parametrize(("text", "receivers"), [
    # things that arrived "and have been handed over to" a body go to that body
    ("Peru needs help. Eight transformers financed jointly by Chile and Bolivia arrived in western Peru last week and "
     "have been handed over to the Pan American Health Organization, the minister said.\n",
     ("pan-american-health-organization",)),
    # not to fire: a body that did something else with them receives nothing
    ("Peru needs help. Eight transformers financed jointly by Chile and Bolivia arrived in western Peru last week and "
     "were inspected by the Pan American Health Organization.\n", ("peru",)),
])
def test_things_handed_on_after_they_arrived(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[0].receivers == receivers


@pytest.mark.parametrize(("text", "givers"), [
    # two readings of the same things in one sentence: the one with the whole list of givers
    ("Peru needs help. Eight transformers financed jointly by Chile, Bolivia and Argentina arrived in western Peru "
     "last week.\n", [("chile", "bolivia", "argentina")]),
    # not to fire: one giver's delivery and a joint pledge are two gifts
    ("Peru needs help. Chile has delivered 20 generators to Peru, while Chile and Bolivia pledged 40 more generators "
     "to Peru.\n", [("chile",), ("chile", "bolivia")]),
])
def test_the_reading_with_every_giver(text: str, givers: list[tuple[str, ...]]) -> None:
    assert [c.givers for c in analyse(text, "s").commitments] == givers


@pytest.mark.parametrize(("text", "read"), [
    # a list after "by" names every giver, and a list of names ends no clause before the receiver
    ("Peru needs help. The delivery of 120 circuit breakers by Chile and Bolivia to the Pan American Health "
     "Organization, drawn from their own reserves, was completed on 28 February.\n",
     (("chile", "bolivia"), ("pan-american-health-organization",))),
    # not to fire: people of a country after "and" give nothing
    ("Peru needs help. The delivery of 120 circuit breakers by Chile and Bolivian engineers to the Pan American Health "
     "Organization was completed on 28 February.\n", (("chile",), ("pan-american-health-organization",))),
])
def test_every_giver_listed_after_by(text: str, read: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    commitment = analyse(text, "s").commitments[0]
    assert (commitment.givers, commitment.receivers) == read


@pytest.mark.parametrize(("text", "receiver"), [
    # the article's main receiver is a country: bodies that take things are no main receiver for other sums
    ("Chad needs help. Norway sent tents to UNICEF. Japan sent food to UNICEF. Sweden sent pumps to UNICEF. Denmark "
     "pledged $5 million.\n", ("chad",)),
    # not to fire: a body named as receiving in the sum's own clause receives it
    ("Chad needs help. Norway sent tents to UNICEF. Japan sent food to UNICEF. Sweden sent pumps to UNICEF. Denmark "
     "pledged $5 million to UNICEF.\n", ("unicef",)),
])
def test_the_main_receiver_is_a_country(text: str, receiver: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receiver


@pytest.mark.parametrize(("text", "receiver"), [
    # the dateline names the host, whom the body names most; the headline says whom the aid is for
    ("Donors pledge shelter for Sudan's displaced at Aswan meeting\n\nASWAN, Egypt\n\nDonors met in this Egyptian "
     "city on Monday. Egypt's foreign minister opened the meeting, and Egyptian officials said Egypt had taken in many "
     "refugees. Sudan was hit hard. Norway pledged $40 million.\n", ("sudan",)),
    # the body says who co-hosts
    ("Donors promise $2bn to Somalia at Nairobi meeting\n\nThe meeting, co-hosted by Kenya and the United Nations, "
     "drew 30 delegations. Kenyan officials said Kenya would keep its border open, and Kenya's president spoke first. "
     "Somalia needs help. Japan announced $25 million.\n", ("somalia",)),
    # the host set off as such
    ("Donors promise $2bn to Somalia at Nairobi meeting\n\nKenya, the host, said the meeting drew 30 delegations. "
     "Kenyan officials said Kenya would keep its border open, and Kenya's president spoke first. Somalia needs help. "
     "Japan will provide $25 million.\n", ("somalia",)),
    # not to fire: the country named most hosts nothing
    ("Donors pledge shelter for Sudan's displaced\n\nEgypt has taken in many refugees. Egypt's foreign minister spoke, "
     "and Egyptian officials said Egypt needed help. Sudan was hit hard. Norway pledged $40 million.\n", ("egypt",)),
    # not to fire: a headline that gives to no country
    ("Donors meet in Aswan\n\nASWAN, Egypt\n\nDonors met in this Egyptian city on Monday. Egypt's foreign minister "
     "opened the meeting, and Egyptian officials said Egypt had taken in many refugees. Sudan was hit hard. Norway "
     "pledged $40 million.\n", ("egypt",)),
])
def test_the_host_is_no_main_receiver_when_the_headline_names_another(text: str, receiver: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receiver


@pytest.mark.parametrize(("text", "receivers"), [
    # what the news says of a state in need, between "to" or "for" and its name
    ("Zambia also needs help. India sent 50 tonnes of rice to cyclone-hit Malawi.\n", ("malawi",)),
    ("Zambia also needs help. India pledged $5 million for flood-ravaged Malawi.\n", ("malawi",)),
    ("Zambia also needs help. India sent 50 tonnes of rice to neighbouring Malawi on Monday.\n", ("malawi",)),
])
def test_the_receiver_after_words_of_its_plight(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receiver"), [
    # the headline's country in need, after words of its plight, though the giver is named most and the dateline is
    # its capital: a ship of the giver's navy, with no article determiner, brings the cargo
    ("India sends relief to cyclone-hit Myanmar\n\nNEW DELHI, Oct 4 - India stands ready, India's minister said, and "
     "India has a team in Myanmar. Indian Navy ship INS Savitri reached Thilawa port carrying 40 tonnes of rice.\n",
     (("india",), ("myanmar",))),
])
def test_the_headline_s_country_after_words_of_its_plight(text: str, receiver: tuple[tuple[str, ...], ...]) -> None:
    commitment = analyse(text, "s").commitments[-1]
    assert (commitment.givers, commitment.receivers) == receiver


@pytest.mark.parametrize(("text", "receiver"), [
    # the headline says where the aid goes ("in Cambodia"); that the body also has Cambodia give makes it no donor
    ("Japan Announces $30 Million to Clear Landmines in Cambodia\n\nJapan will provide $30 million this year. "
     "Cambodia sent 20 deminers to Laos.\n", ("cambodia",)),
    # not to fire: a headline that names two countries says no one receiver
    ("Japan and Cambodia in talks in Phnom Penh on mines in Laos\n\nJapan will provide $30 million this year. "
     "Cambodia sent 20 deminers to Laos.\n", ("laos",)),
])
def test_the_country_a_headline_gives_in_is_the_main_receiver_though_the_body_seems_to_make_it_give(
        text: str, receiver: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[0].receivers == receiver


@pytest.mark.parametrize(("text", "receivers"), [
    # the capital the gift goes to, then the force of that country it is to train
    ("Ghana needs help. The Nigeria Police Force will send a team of instructors to Accra in May to train Ghana "
     "Police Service officers in forensics.\n", ("ghana-police-service",)),
    # the country, then the body it is for
    ("Ghana needs help. Nigeria pledged 40 radios to Ghana for Ghana Police Service officers.\n",
     ("ghana-police-service",)),
    ("Ghana needs help. Nigeria sent 20 trucks to Accra for the Ghana National Fire Service.\n",
     ("ghana-national-fire-service",)),
    ("Ghana needs help. Nigeria has provided $4 million to Ghana to help equip the Ghana National Fire Service.\n",
     ("ghana-national-fire-service",)),
    # not to fire: a body not of the country, through which the gift passes
    ("Ghana needs help. Nigeria sent 20 trucks to Ghana for the World Food Programme.\n", ("ghana",)),
    # not to fire: a body named in a clause of its own
    ("Ghana needs help. Nigeria sent 20 trucks to Ghana, and the Ghana National Fire Service thanked it.\n",
     ("ghana",)),
])
def test_a_body_of_the_receiving_country_that_the_gift_is_for(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[0].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # a force named in full, then by the last words of its name
    ("Liberia needs help. The United States pledged $20 million for the Liberia National Police. Canada said it would "
     "provide C$10 million in budget support to the national police over two years.\n", ("liberia-national-police",)),
    ("Sri Lanka needs help. The Sri Lanka Coast Guard took part. Japan will provide two patrol boats to the coast "
     "guard next year.\n", ("sri-lanka-coast-guard",)),
    # a ministry named in full, then by the noun its name opens with, whose staff the gift is for
    ("Liberia needs help. The Ministry of Public Works of Liberia hosted the talks. Japan will fund a training "
     "programme for 80 engineers of the Ministry, to be run by UNDP.\n", ("ministry-of-public-works-of-liberia",)),
    # not to fire: no body so named before
    ("Liberia needs help. Canada said it would provide C$10 million in budget support to the national police over "
     "two years.\n", ("liberia",)),
    # not to fire: two bodies the words may stand for
    ("Liberia needs help. The Liberia National Police and the Ghana National Police met. Canada will provide "
     "C$10 million to the national police.\n", ("liberia",)),
])
def test_a_body_called_again_by_the_words_of_its_name(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # of the two that signed, the one that does not give receives
    ("The African Union (AU) met donors on Monday. Britain and the AU signed a memorandum of understanding under "
     "which the United Kingdom will fund training for peacekeepers, the AU said.\n", ("african-union",)),
    ("The African Union (AU) met donors on Monday. Norway and the AU have signed an agreement under which Oslo will "
     "finance 40 armoured ambulances.\n", ("african-union",)),
    # a body named by its country's adjective only: the body that signed with the giver
    ("Peru needs power. The agreement signed on Monday by the Chilean transmission system operator Coordinel and "
     "Electroperu, under which Coordinel will provide emergency reserve capacity to the Peruvian grid, was "
     "welcomed.\n", ("electroperu",)),
    ("Peru needs power. The Chilean grid operator Coordinel and the Peruvian utility Electroperu signed a contract "
     "under which Coordinel will deliver spare transformers to Peruvian substations.\n", ("electroperu",)),
    # not to fire: a lender that signed with the giver receives nothing
    ("Peru needs power. The Chilean grid operator Coordinel and the World Bank signed an agreement under which "
     "Coordinel will deliver spare transformers to Peruvian substations.\n", ("peru",)),
    # not to fire: the gift told in a sentence of its own, apart from the signing
    ("Peru needs power. The Chilean grid operator Coordinel and the Peruvian utility Electroperu signed a contract. "
     "Coordinel will deliver spare transformers to Peruvian substations.\n", ("peru",)),
])
def test_the_other_party_of_a_document_under_which_one_gives(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


_ELSEWHERE = "Canada and Canada's partners met in Ottawa. Canadian ministers spoke. "
"""An opening that makes another country the one the article names most, so that no rule of the main receiver
decides who borrows."""


@pytest.mark.parametrize(("sentence", "sides"), [
    # the borrower named first, the lender after "with": the lender gives
    ("Peru has signed a $90 million loan with the Inter-American Development Bank for its grid.",
     (("inter-american-development-bank",), ("peru",))),
    ("Kenya on Monday signed a 20 million euro grant with the European Investment Bank for rural roads.",
     (("european-investment-bank",), ("kenya",))),
    ("Vietnam inked a US$450 million loan with the Asian Development Bank to rebuild roads.",
     (("asian-development-bank",), ("vietnam",))),
    # not to fire: the lender named first already gives
    ("The World Bank signed a $50 million loan with Peru for schools.", (("world-bank",), ("peru",))),
    # not to fire: two states, neither a lender
    ("Peru signed a $40 million loan with Chile for schools.", (("peru",), ("chile",))),
])
def test_a_lender_gives_whichever_side_the_signing_names_first(sentence: str, sides: tuple[object, ...]) -> None:
    found = analyse(_ELSEWHERE + sentence + "\n", "s").commitments
    assert [(c.givers, c.receivers) for c in found] == [sides]


_FAR = "Peru was hit by floods this year. Peru needs new roads. The rains will go on. "
"""An opening that names the article's main receiver more than two sentences before the gift."""


@pytest.mark.parametrize(("text", "receivers"), [
    # a country shown giving just before, in words read as no gift of their own, is no receiver
    (_FAR + "Chile is adding a grant of $15 million for flood radars. The European Investment Bank has committed "
     "40 million euros for river dykes.\n", ("peru",)),
    (_FAR + "Chile is topping this up with a contribution of $5 million. The World Bank has responded with a $150 "
     "million package.\n", ("peru",)),
    # not to fire: a country shown in need just before receives
    (_FAR + "Honduras has fared worst, with 40 dead. The World Bank has responded with a $150 million package.\n",
     ("honduras",)),
    (_FAR + "Honduras asked for help on Monday. The World Bank has responded with a $150 million package.\n",
     ("honduras",)),
])
def test_a_country_that_gives_nearby_is_no_receiver(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # a commission named in full, then by the last words of its head, before its own "'s"
    ("Liberia votes in May. The National Elections Commission of Liberia (NEC) opened its offices. The delivery of 300 "
     "ballot boxes by the United Nations Development Programme to the elections commission's warehouse in Monrovia was "
     "completed.\n", ("national-elections-commission-of-liberia",)),
    ("Liberia votes in May. The National Elections Commission of Liberia (NEC) opened its offices. Japan will give 40 "
     "laptops to the commission next month.\n", ("national-elections-commission-of-liberia",)),
    # an authority whose name goes on with "for", called by its head noun
    ("Cambodia needs help. The National Demining Authority for Eastern Provinces met donors. Japan had recently "
     "delivered 30 all-terrain vehicles to the authority.\n", ("national-demining-authority-for-eastern-provinces",)),
    ("Cambodia needs help. The National Demining Authority for Eastern Provinces met donors. Japan sent 30 trucks to "
     "the authority's depot in Kampot.\n", ("national-demining-authority-for-eastern-provinces",)),
    # a body whose name the text writes with a capital "The"
    ("Chad needs help. Canada confirmed a contribution of $5 million to The Sahel Relief Network for food rations.\n",
     ("sahel-relief-network",)),
    # not to fire: two commissions the words may stand for; the clause names a body all the same, so neither the
    # country is a receiver
    ("Liberia votes in May. The Liberia Elections Commission and the Ghana Elections Commission met. Japan will give "
     "40 laptops to the elections commission next month.\n", ()),
])
def test_a_commission_or_authority_called_again_by_its_head(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # a country's possessive, the kind of body, then the body's name: the body receives
    ("Peru needs power. Chile had handed over two mobile substations to Peru's grid operator, Electroperu, last "
     "week.\n", ("electroperu",)),
    ("Peru needs power. Chile will send 40 transformers to Peru's state-owned power company Electroperu.\n",
     ("electroperu",)),
    ("Peru needs water. The World Bank lent $80 million to Peru's national water utility, Sedapal.\n", ("sedapal",)),
    # not to fire: the kind of body with no name after it
    ("Peru needs power. Chile will send 40 transformers to Peru's grid operator and to Bolivia.\n", ("peru",)),
])
def test_a_body_named_after_its_country_and_its_kind(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


def test_a_body_a_later_clause_names_takes_that_gift_alone() -> None:
    text = ("Peru needs power. Chile will also deliver 40 power generators for hospitals, he said, adding that Chile had "
            "handed over two mobile substations to Peru's grid operator, Electroperu, last week.\n")
    assert [(c.items[0].name, c.receivers) for c in analyse(text, "s").commitments] == [
        ("power generators", ("peru",)), ("mobile substations", ("electroperu",))]


@pytest.mark.parametrize(("text", "commitments"), [
    # money for what a body buys goes to the body, named after the kind of body it is
    ("Peru needs gas. Separately, the European Investment Bank agreed to finance 300 million euros of emergency gas "
     "purchases by state energy trader Petroperu, the bank said.\n",
     [(("european-investment-bank",), ("petroperu",))]),
    ("Peru needs gas. The World Bank will fund the purchase of 20 electric buses by the city transport company "
     "Metroperu.\n", [(("world-bank",), ("metroperu",))]),
    ("Peru needs gas. The World Bank approved $50 million for fuel purchases by national utility Electroperu.\n",
     [(("world-bank",), ("electroperu",))]),
    # not to fire: a buyer the text names by no name
    ("Peru needs gas. The World Bank approved $50 million for fuel purchases by the government, and Chile sent 20 "
     "buses.\n", [(("chile",), ("peru",))]),
])
def test_money_for_what_a_body_buys_named_after_its_kind(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert [(c.givers, c.receivers) for c in analyse(text, "s").commitments] == commitments


@pytest.mark.parametrize(("text", "receivers"), [
    # "his force", "her authority", "her staff": the body of the person the possessive stands for
    ("Japan and Peru met. Rear Admiral Luis Tran, commander of the Peruvian Navy, thanked his guest for the delivery "
     "of two patrol boats to his force by the Japan International Cooperation Agency last year.\n", ("peruvian-navy",)),
    ("Peru needs water. Ana Quispe, the head of the National Water Authority of Peru, said Norway had delivered 30 "
     "pumps to her authority in May.\n", ("national-water-authority-of-peru",)),
    ("Peru needs water. Ana Quispe, the head of the National Water Authority of Peru, said Norway would send 30 pumps "
     "to her staff in Lima.\n", ("national-water-authority-of-peru",)),
    # not to fire: a role the text gives in a country, not a body; a country, not a body
    ("Peru needs water. Peruvian Foreign Minister Ana Quispe said Norway would send 30 pumps to her ministry.\n",
     ("peru",)),
    ("Peru needs water. Ana Quispe, the head of the National Water Authority of Peru, said Norway would send 30 pumps "
     "to her country.\n", ("peru",)),
])
def test_his_force_or_her_ministry_is_the_body_of_the_one_who_speaks(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # a country's coast guard trains the people of another: that country's coast guard, when the text names it
    ("The Philippine Coast Guard hosted the talks. The Japan Coast Guard will train Philippine officers in search and "
     "rescue.\n", ("philippine-coast-guard",)),
    ("The Sri Lanka Coast Guard hosted the talks in Colombo. The Indian Coast Guard will train Sri Lankan crews in "
     "boarding drills.\n", ("sri-lanka-coast-guard",)),
    # not to fire: a body of another kind gives
    ("The Fiji Police Force hosted the talks. The Australian Federal Police will train Fijian officers in "
     "forensics.\n", ("fiji",)),
    # not to fire: the country gives, not a body of it
    ("The Philippine Coast Guard hosted the talks. Japan will train Philippine officers in search and rescue.\n",
     ("philippines",)),
    # not to fire: the sentence names the receiving country itself
    ("The Sri Lanka Coast Guard hosted the talks in Colombo. The Indian Coast Guard has donated two patrol boats to "
     "Sri Lanka.\n", ("sri-lanka",)),
])
def test_a_body_gives_to_its_counterpart_of_the_receiving_country(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # the terms of a document name the receiver its own clause leaves unsaid
    ("The Peruvian grid company Electroperu (ELP) needs spare parts. On Friday the two ministers met in Lima, where "
     "they signed an agreement under which Chile will give Electroperu a grant of 12 million dollars.\n",
     ("electroperu",)),
    ("The Peruvian grid company Electroperu (ELP) needs spare parts. The two ministers signed a memorandum under "
     "which Chile will supply 40 transformers to ELP.\n", ("electroperu",)),
    # not to fire: the terms name no receiver; the other signer receives
    ("The Peruvian grid company Electroperu (ELP) needs spare parts. Peru and Chile signed an agreement under which "
     "Chile will give 40 transformers.\n", ("peru",)),
])
def test_the_terms_of_a_document_name_its_receiver(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "commitments"), [
    # a name after ", and" that opens a clause of its own, whatever its verb's form, is no second receiver
    ("Floods have cut roads in Chad and Niger. Norway sent 40 boats to Chad, and Japan gave 20 tents to Niger.\n",
     [(("norway",), ("chad",), "delivered", "boats"), (("japan",), ("niger",), "delivered", "tents")]),
    ("Floods have cut roads in Chad and Niger. Norway will send 40 boats to Chad, and Japan sends 20 tents to "
     "Niger.\n",
     [(("norway",), ("chad",), "pledged", "boats"), (("japan",), ("niger",), "delivered", "tents")]),
    ("Floods have cut roads in Chad and Niger. Norway pledged 40 boats to Chad, and Japan could add tents.\n",
     [(("norway",), ("chad",), "pledged", "boats")]),
    # not to fire: a list of receivers closed by "and"
    ("Floods have cut roads in Chad and Niger. Norway sent 40 boats to Chad, Mali and Niger.\n",
     [(("norway",), ("chad", "mali", "niger"), "delivered", "boats")]),
])
def test_a_clause_after_and_is_no_receiver(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "receivers"), [
    # the countries the words just after the item place the things in
    ("Fiji needs help. Japan pledged $60 million for coastal protection and early warning systems in Samoa, Tonga "
     "and Vanuatu.\n", ("samoa", "tonga", "vanuatu")),
    ("Mali needs help. The World Bank announced $200 million for grain stores and rural roads across Niger and "
     "Chad.\n", ("niger", "chad")),
    ("Peru needs help. Spain will provide 40 million euros to rebuild schools in Bolivia.\n", ("bolivia",)),
    # not to fire: the place where the gift was told, not where it goes
    ("Fiji needs help. Japan pledged $5 million for schools at a meeting in Samoa.\n", ("fiji",)),
    ("Fiji needs help. Japan pledged $5 million for schools this week in Samoa.\n", ("fiji",)),
])
def test_the_countries_just_after_the_item_receive(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "commitments"), [
    # a recap tells a promise again as under way: one gift, with the receiver the body names
    ("Fiji needs power. Japan will send 30 generators to the Fiji Electricity Authority. To sum up: Japan is sending "
     "30 generators, and Samoa will send engineers.\n",
     [(("japan",), ("fiji-electricity-authority",), "generators"), (("samoa",), ("fiji",), "engineers")]),
    ("Tonga needs help. New Zealand announced NZ$5 million for the Tonga Red Cross Society on Monday. By Friday New "
     "Zealand had handed over NZ$5 million.\n",
     [(("new-zealand",), ("tonga-red-cross-society",), "NZ$5 million")]),
    ("Laos needs help. Japan pledged 40 mine detectors to the National Demining Office. Japan delivered the 40 mine "
     "detectors in June.\n",
     [(("japan",), ("national-demining-office",), "mine detectors")]),
    # not to fire: other things from the same giver; a request and the gift that answers it
    ("Fiji needs power. Japan will send 30 generators to the Fiji Electricity Authority. Japan also pledged tents.\n",
     [(("japan",), ("fiji-electricity-authority",), "generators"), (("japan",), ("fiji",), "tents")]),
])
def test_a_gift_told_again_as_under_way_is_the_same_gift(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert [(c.givers, c.receivers, c.items[0].name) for c in analyse(text, "s").commitments] == commitments


def test_a_promise_told_after_its_delivery_is_a_gift_of_its_own() -> None:
    text = ("Fiji needs power. Japan handed over 30 generators to the Fiji Electricity Authority. Japan will also send "
            "generators.\n")
    assert [(c.receivers, c.status) for c in analyse(text, "s").commitments] == [
        (("fiji-electricity-authority",), "delivered"), (("fiji",), "pledged")]


@pytest.mark.parametrize(("text", "receivers"), [
    # the body whose people the words just after the item name
    ("Chad needs help. UNDP will provide training to 200 deminers of the National Demining Centre.\n",
     ("national-demining-centre",)),
    ("Kenya needs help. Norway funded radios for 40 rangers from the Kenya Wildlife Service.\n",
     ("kenya-wildlife-service",)),
    ("Moldova needs help. Sweden will provide equipment to 60 inspectors at the Customs Service of Moldova.\n",
     ("customs-service-of-moldova",)),
    # not to fire: the body only tells of the gift; people of a country, not of a body
    ("Chad needs help. UNDP will provide training to 200 deminers, the National Demining Centre said.\n", ("chad",)),
    ("Chad needs help. Japan will give training to 200 deminers from Niger.\n", ("chad",)),
])
def test_the_body_whose_people_the_gift_is_for(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


_HOSTS = ("Kenya hosts 300,000 refugees. Kenyan officials say the camps are full. Kenya asked for patience. UNHCR gave "
          "tents to the Kakuma Refugee Committee. Japan gave rice to the Lutheran World Federation. Norway sent "
          "medicines to the International Rescue Committee. ")


@pytest.mark.parametrize(("text", "receivers"), [
    # the country named most is where the aid is spent, and the clauses give only to bodies that are not its own
    (_HOSTS + "Germany pledged 5 million euros for shelter.\n", ()),
    ("Bangladesh says it can take no more refugees. Bangladeshi police patrol the camps. Bangladesh has asked for a "
     "plan. The World Food Programme delivered rice to the Danish Refugee Council. UNHCR gave tarpaulins to the "
     "Rohingya Refugee Committee. Japan sent stoves to the International Organization for Migration. Canada will "
     "provide $10 million in new funding.\n", ()),
    ("Jordan opened its border on Monday. Jordanian soldiers guarded the road. Jordan said 40 trucks had passed. "
     "Sweden sent tents to the Syrian American Medical Society. Turkey gave blankets to the White Helmets Foundation. "
     "Qatar gave fuel to the Syrian American Medical Society. Norway delivered insulin on Tuesday.\n", ()),
    # not to fire: the bodies are the country's own, or UN agencies and the Red Cross that work inside it
    ("Chad needs help. Chadian roads are cut. Chad's rivers rose. Japan gave tents to the Chadian Red Cross. UNICEF "
     "gave pumps to the Chad Water Authority. WFP gave flour to the Chadian Red Cross. Norway sent 40 boats.\n",
     ("chad",)),
    ("Chad needs help. Chad's rivers rose. Chadian roads are cut. Norway sent tents to UNICEF. Japan sent food to the "
     "World Food Programme. Sweden gave pumps to the Danish Red Cross. Denmark pledged $5 million.\n", ("chad",)),
    # not to fire: the headline gives to the country
    ("Donors pledge aid for Kenya\n\n" + _HOSTS + "Germany pledged 5 million euros for shelter.\n", ("kenya",)),
])
def test_no_receiver_where_the_clauses_give_only_to_others_bodies(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # a link of two countries that a third party pays for: no one of them alone receives it
    ("Serbia needs roads. Serbia and Bosnia talked. The European Union is funding most of the cost of a new road "
     "bridge over the Drina at Zvornik, the busiest crossing between the two countries.\n", ()),
    ("Kenya needs power. The World Bank will finance a 400-kilovolt power line linking Kenya and Tanzania.\n", ()),
    ("Georgia needs gas. Georgia and Armenia met. The Asian Development Bank will pay for a gas pipeline that will "
     "connect both countries by 2028.\n", ()),
    # not to fire: one of the two pays for it and gives to the other; a link the words tie to no second country
    ("Moldova needs power. Moldova and Romania met. Romania will lend 100 million euros for a power line linking the "
     "two countries.\n", ("moldova",)),
    ("Kenya needs power. Uganda will finance a power line linking Kenya and Uganda.\n", ("kenya",)),
    ("Serbia needs roads. The European Union is funding most of the cost of a new road bridge over the Drina.\n",
     ("serbia",)),
])
def test_no_one_receives_a_link_of_two_countries_alone(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "commitments"), [
    # what a clause with no receiver gives to its subject's own forces or industry is spent at home
    ("Ukraine needs help. Germany will provide 2 billion euros for its own air defence.\n", []),
    ("Ukraine needs help. Poland has allocated $3 billion to modernise its own armed forces.\n", []),
    ("Ukraine needs help. Sweden pledged 500 million kronor for domestic drone production.\n", []),
    ("Ukraine needs help. Denmark will fund new ammunition plants at home.\n", []),
    # not to fire: the giver's own money; the home of the country named; the receiver's own
    ("Armenia needs help. The European Union said it would contribute an 8 million euro grant of its own.\n",
     [(("european-union",), ("armenia",), "8 million euro grant of its own")]),
    ("Chad needs help. Japan pledged $5 million to boost domestic food production in Chad.\n",
     [(("japan",), ("chad",), "$5 million")]),
    ("Ukraine needs help. Germany will provide 2 billion euros for Ukraine's own air defence.\n",
     [(("germany",), ("ukraine",), "2 billion euros")]),
])
def test_what_a_giver_spends_on_its_own_is_no_aid(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert [(c.givers, c.receivers, c.items[0].name) for c in analyse(text, "s").commitments] == commitments


_FORCES = ("Lebanon needs help. The United States gave 20 trucks to the Lebanese Armed Forces. Britain sent radios to the "
           "Lebanese Armed Forces. ")


@pytest.mark.parametrize(("text", "receivers"), [
    # things for the army of the country the aid is for go to its one armed force the article makes a receiver
    (_FORCES + "France pledged medical supplies for military hospitals.\n", ("lebanese-armed-forces",)),
    (_FORCES + "Italy will send spare parts for the army's helicopter fleet.\n", ("lebanese-armed-forces",)),
    ("Mali needs help. Chad sent fuel to the Malian Armed Forces. Niger gave rifles to the Malian Armed Forces. Japan "
     "pledged $5 million to pay its soldiers.\n", ("malian-armed-forces",)),
    # not to fire: things for others than the army; no armed force the article makes a receiver
    (_FORCES + "France pledged medical supplies for schools.\n", ("lebanon",)),
    ("Lebanon needs help. Italy will send spare parts for the army's helicopter fleet.\n", ("lebanon",)),
])
def test_things_for_the_army_go_to_its_armed_forces(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # a credit line or swap line to a country is money lent to it, not a link that leads there
    ("Angola needs help. Angola received tents. Portugal extended a credit line to Gabon.\n", ("gabon",)),
    ("Angola needs help. Angola received tents. Brazil will provide a $300 million credit line to Mozambique for food "
     "imports.\n", ("mozambique",)),
    ("Angola needs help. Angola received tents. Spain granted new credit lines to Gabon and Cameroon last year.\n",
     ("gabon", "cameroon")),
    ("Angola needs help. Angola received tents. Turkey has granted a $50 million credit line to Somalia.\n", ("somalia",)),
    # not to fire: a power line to a country is where a link leads
    ("Angola needs help. Angola received tents. France will finance a second power line to Namibia.\n", ("angola",)),
])
def test_a_credit_line_to_a_country_is_lent_to_it(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # those who fled are the country's that shelters them, not the one they fled
    ("Chad needs help. Japan will send tents for 500 refugees from Sudan.\n", ("chad",)),
    ("Chad needs help. Japan will send tents for Sudanese refugees.\n", ("chad",)),
    ("Chad needs help. Norway donated $4 million for displaced families from South Sudan.\n", ("chad",)),
    ("Kenya needs help. Japan will send blankets for newly arrived Somali refugees.\n", ("kenya",)),
    ("Chad needs help. Finland pledged winter clothing for asylum seekers from Syria.\n", ("chad",)),
    # the people of a country, or those in it, are that country's
    ("Chad needs help. Japan will send tents for 500 refugees in Niger.\n", ("niger",)),
    ("Chad needs help. Japan will send tents for Ukrainian refugees in Poland.\n", ("poland",)),
    ("Chad needs help. Uzbekistan offered training for dispatchers from Kenya and Uganda.\n", ("kenya", "uganda")),
    ("Chad needs help. Britain would fund training for rapid response teams in Liberia and Sierra Leone and second two "
     "epidemiologists to the World Health Organization.\n", ("liberia", "sierra-leone")),
    ("Chad needs help. Peru will fund uniforms for 300 police officers from Bolivia.\n", ("bolivia",)),
    # not to fire: a country's own force named by its adjective
    ("Chad needs help. Japan will send tents for the Chadian army.\n", ("chad",)),
])
def test_aid_for_people_goes_to_the_country_they_are_in(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[0].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # things given that their clause says arrived in a capital go to that capital's country
    ("Mali needs help. Niger needs help. Mali asked for rice. Forty tonnes of rice donated by Japan arrived in Niamey "
     "on Monday.\n", ("niger",)),
    ("Mali needs help. Niger needs help. Mali asked for rice. A shipment of 300 solar lamps delivered by India has "
     "arrived in Niamey, the Niger government has confirmed.\n", ("niger",)),
    ("Afghanistan needs help. Pakistan needs help. Pakistan asked for tents. A plane carrying tents sent by Turkey "
     "landed in Kabul.\n", ("afghanistan",)),
    ("Mali needs help. Niger needs help. Mali asked for rice. Japan donated rice to Mali, and a second shipment from "
     "Japan arrived in Niamey.\n", ("niger",)),
    # not to fire: the giver's own capital; an arrival told in a clause of its own
    ("Afghanistan needs help. Pakistan needs help. Pakistan asked for tents. A plane carrying tents sent by Turkey "
     "landed in Ankara.\n", ("pakistan",)),
    ("Afghanistan needs help. Pakistan needs help. Pakistan asked for tents. Turkey sent tents, and the minister, who "
     "landed in Kabul, said more would come.\n", ("pakistan",)),
])
def test_things_that_arrived_in_a_capital_go_to_its_country(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # of the two a sentence says met and then signed, the country of the one that does not give receives
    ("Uganda needs help. Uganda asked for tents. Japanese minister Ken Tanaka met Kenya's finance minister, Jane Otieno, "
     "and the two signed a deal under which Japan will lend $200 million for roads.\n", ("kenya",)),
    ("Uganda needs help. Uganda asked for tents. Norwegian minister Eva Berg met the Ghanaian foreign minister, Kofi "
     "Mensah, on Monday, and both signed a memorandum under which Norway will fund school meals.\n", ("ghana",)),
    ("Uganda needs help. Uganda asked for tents. Norwegian minister Eva Berg met Ghana's foreign minister, Kofi Mensah, "
     "and the two ministers signed an agreement under which Norway will provide 40 ambulances.\n", ("ghana",)),
    # not to fire: two others met, or the giver's own
    ("Uganda needs help. Uganda asked for tents. Norwegian minister Eva Berg met Ghana's Kofi Mensah and Togo's Ama "
     "Kpodar, and the two signed an agreement under which Norway will provide 40 ambulances.\n", ("uganda",)),
    ("Uganda needs help. Uganda asked for tents. Norwegian minister Eva Berg met Norway's ambassador, Per Lie, and the "
     "two signed an agreement under which Norway will provide 40 ambulances.\n", ("uganda",)),
])
def test_the_one_met_who_signed_and_does_not_give_receives(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


_TALKS = "Chad needs help. Chad asked for tents. "


@pytest.mark.parametrize(("text", "receivers"), [
    # a gift told just after a meeting, and said to follow it, goes to the one country the giver met
    (_TALKS + "Canadian Minister of International Development Genevieve Tremblay and Antigua and Barbuda's Prime "
     "Minister, Desmond Joseph, held bilateral talks over lunch. Afterwards Tremblay announced that Canada will provide "
     "25 million Canadian dollars for roof repairs.\n", ("antigua-and-barbuda",)),
    (_TALKS + "Japan's foreign minister Taro Sato met Peruvian President Ana Ruiz in Lima on Monday. After the meeting, "
     "Sato said Japan would send 20 ambulances.\n", ("peru",)),
    (_TALKS + "Norway's minister Eva Berg held talks with Ghana's president, John Mensah. Following the talks, Norway "
     "pledged $10 million for school meals.\n", ("ghana",)),
    # not to fire: the one met gives too; the sentence names its own place; no meeting is said to come first
    (_TALKS + "South Korea sent tents to Chad. Japan's foreign minister Taro Sato met his South Korean counterpart, Kim "
     "Min-jun. After the meeting, Sato said Japan would send 20 ambulances.\n", ("chad",)),
    (_TALKS + "Japan's foreign minister Taro Sato met Peruvian President Ana Ruiz in Lima. Afterwards, he flew to Chad, "
     "where Japan pledged 20 ambulances.\n", ("chad",)),
    (_TALKS + "Japan's foreign minister Taro Sato met Peruvian President Ana Ruiz in Lima. After the floods, Japan "
     "pledged 20 ambulances.\n", ("chad",)),
])
def test_a_gift_told_after_talks_goes_to_the_one_met(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # a body named after a possessive and the kind of body it is, then a comma: the body receives
    ("Ukraine needs help. Ukraine asked for heat. During the visit, 14 modular boiler houses financed by Germany were "
     "handed over to the city's heating utility, Kharkivski Teplovi Merezhi, which lost much of its capacity.\n",
     ("kharkivski-teplovi-merezhi",)),
    ("Peru needs help. Peru asked for power. Chile will lend $40 million to the country's state-owned power company, "
     "Electroperu.\n", ("electroperu",)),
    ("Kenya needs help. Kenya asked for water. Japan donated 30 pumps to the county's water utility, Nakuru Water "
     "Services.\n", ("nakuru-water-services",)),
    # not to fire: no body named after the comma
    ("Kenya needs help. Kenya asked for water. Japan donated 30 pumps to the city's water utility, Mayor Jane Wanjiru "
     "said.\n", ("kenya",)),
])
def test_a_body_named_after_its_kind_and_a_comma_receives(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # the host the report comes from, that no clause makes a receiver, is no guess for a gift its clause places elsewhere
    ("CAIRO, March 14 (Wire) - Aid convoys are waiting in El Arish, Egyptian officials said. Egypt opened the crossing. "
     "The World Health Organization delivered medical supplies to hospitals in southern Gaza.\n", ()),
    ("The conference, hosted by Chad, opened on Monday. Chad's minister spoke in N'Djamena. UNICEF sent water tanks to "
     "camps in northern Darfur.\n", ()),
    ("ANKARA, May 2 (Wire) - Turkey hosted the conference. Turkish officials welcomed delegates. Japan funded tents for "
     "families in Idlib.\n", ()),
    # not to fire: a country a clause makes a receiver; the host's own capital; no host
    ("KYIV, May 2 (Wire) - Ukraine needs help. Norway gave tents to Ukraine. Japan sent generators to hospitals in "
     "Kharkiv.\n", ("ukraine",)),
    ("CAIRO, March 14 (Wire) - Aid convoys are waiting, Egyptian officials said. Egypt opened the crossing. The World "
     "Health Organization delivered medical supplies to hospitals in Cairo.\n", ("egypt",)),
    ("Aid convoys are waiting in El Arish, Egyptian officials said. Egypt opened the crossing. The World Health "
     "Organization delivered medical supplies to hospitals in southern Gaza.\n", ("egypt",)),
])
def test_no_host_for_a_gift_its_clause_places_elsewhere(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # those named before "met [...] and signed [...] under which": the country of the one that does not give receives
    ("Armenia needs help. Armenia asked for seed. Agriculture Minister Levan Kapanadze and the Food and Agriculture "
     "Organization's representative in Georgia, Elif Demir, met in Tbilisi on Monday and signed an agreement under "
     "which FAO will supply certified seed potatoes to 3,500 farmers.\n", ("georgia",)),
    ("Uganda needs help. Uganda asked for tents. Kenyan Finance Minister Jane Otieno and Japan's ambassador, Ken "
     "Tanaka, met on Friday and signed a deal under which Japan will lend $200 million for roads.\n", ("kenya",)),
    ("Uganda needs help. Uganda asked for tents. Norway's minister Eva Berg and Ghana's minister Kofi Mensah held talks "
     "in Accra and then signed a memorandum under which Norway will provide 40 ambulances.\n", ("ghana",)),
    # not to fire: two countries other than the giver's
    ("Uganda needs help. Uganda asked for tents. Kenya's Jane Otieno and Ghana's Kofi Mensah met in Oslo and signed a "
     "memorandum under which Norway will provide 40 ambulances.\n", ("uganda",)),
])
def test_those_who_met_and_signed_name_the_receiver(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # what a package told just before includes goes where the package goes, not to the country named most
    ("Peru and Bolivia face floods, and Peru was hit worst. Peru asked for boats. Japan announced a $50 million "
     "package for flood victims in Bolivia. It includes water pumps, tents and 30 boats, a Japanese official said.\n",
     [("peru",), ("bolivia",), ("bolivia",), ("bolivia",), ("bolivia",)]),
    ("Ghana and Togo were hit by the storm, and Ghana was hit worst. Ghana asked for boats. Canada pledged a relief "
     "package for storm victims in Togo on Friday. It covers 300 tents and school kits.\n",
     [("ghana",), ("togo",), ("togo",), ("togo",)]),
    ("Ghana and Togo were hit by the storm, and Ghana was hit worst. Ghana asked for boats. Canada announced a new "
     "package for rebuilding in Togo. The package comprises 300 tents and blankets.\n",
     [("ghana",), ("togo",), ("togo",), ("togo",)]),
    # not to fire: a gift told on its own after the package is no part of it
    ("Ghana and Togo were hit by the storm, and Ghana was hit worst. Ghana asked for boats. Canada pledged a relief "
     "package for storm victims in Togo on Friday. Canada also sent 300 tents.\n",
     [("ghana",), ("togo",), ("ghana",)]),
])
def test_what_a_package_includes_goes_where_the_package_goes(text: str, receivers: list[tuple[str, ...]]) -> None:
    assert [c.receivers for c in analyse(text, "s").commitments] == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # a gift for many countries its clause does not name goes to none of them alone, nor do the things it covers
    ("Chile and Peru need help, Chile most. Chile asked for boats. Japan would mobilise financing worth 2 billion "
     "dollars for the five Andean countries over five years. The package covers support for ports and training for "
     "300 engineers.\n",
     [("chile",), (), (), ()]),
    ("Chile and Peru need help, Chile most. Chile asked for boats. Italy pledged $12 million for schools in six West "
     "African nations.\n",
     [("chile",), ()]),
    ("Chile and Peru need help, Chile most. Chile asked for boats. The EU pledged 300 million euros in loans to all 15 "
     "member states of the Andean bloc.\n",
     [("chile",), ()]),
    # not to fire: the two countries the article makes receivers; the country's own schools
    ("Chile and Peru need help, Chile most. Chile asked for boats. Italy pledged $12 million for schools in the two "
     "countries.\n",
     [("chile",), ("chile", "peru")]),
    ("Chile and Peru need help, Chile most. Chile asked for boats. Japan pledged 2 billion dollars for the country's "
     "schools.\n",
     [("chile",), ("chile",)]),
])
def test_a_gift_for_several_unnamed_countries_has_no_one_receiver(text: str,
                                                                  receivers: list[tuple[str, ...]]) -> None:
    assert [c.receivers for c in analyse(text, "s").commitments] == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # "The package covers" after a gift not called a package: the things are in the gift told just before
    ("Ghana and Togo were hit by the storm, and Ghana was hit worst. Ghana asked for boats. Canada will lend 40 "
     "million dollars for roads in Togo. The package covers 300 tents and blankets.\n",
     [("ghana",), ("togo",), ("togo",), ("togo",)]),
    # not to fire: things given on their own after the gift
    ("Ghana and Togo were hit by the storm, and Ghana was hit worst. Ghana asked for boats. Canada will lend 40 "
     "million dollars for roads in Togo. Canada also pledged 300 tents and blankets.\n",
     [("ghana",), ("togo",), ("ghana",), ("ghana",)]),
])
def test_the_package_is_the_gift_told_just_before(text: str, receivers: list[tuple[str, ...]]) -> None:
    assert [c.receivers for c in analyse(text, "s").commitments] == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # two people named as signing, then "under which" one country gives: the country of the other receives
    ("Uganda needs help. Uganda asked for tents. Norwegian Foreign Minister Eva Berg and Kenyan Finance Minister Jane "
     "Otieno signed a memorandum under which Norway will provide 40 ambulances.\n", ("kenya",)),
    ("Uganda needs help. Uganda asked for tents. Japan's ambassador Ken Tanaka and Kenya's finance minister, Jane "
     "Otieno, on Monday signed an agreement under which Japan will lend $200 million for roads.\n", ("kenya",)),
    ("Uganda needs help. Uganda asked for tents. Kenyan minister Jane Otieno met Norwegian envoy Eva Berg. Berg and "
     "Otieno signed a memorandum under which Norway will provide 40 ambulances.\n", ("kenya",)),
    # not to fire: neither signer is of the giving country
    ("Uganda needs help. Uganda asked for tents. Ghana's Kofi Mensah and Kenya's Jane Otieno have inked a deal under "
     "which Norway will finance 12 clinics.\n", ("uganda",)),
])
def test_the_other_person_signing_names_the_receiver(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # a few words of the verb after the sum, then its purpose placed in the countries that receive
    ("Donors met in Lima. Peru needs help most, Peru said. Peru asked for boats. Germany put 35 million euros on the "
     "table for school meals in Chile, Bolivia and Peru, to be channelled through the World Food Programme.\n",
     ("chile", "bolivia", "peru")),
    ("Donors met in Lima. Peru needs help most, Peru said. Peru asked for boats. Norway pledged 20 million kroner on "
     "top of that for flood defences in Bolivia.\n", ("bolivia",)),
    ("Donors met in Lima. Peru needs help most, Peru said. Peru asked for boats. Spain committed 8 million euros over "
     "three years for rural clinics in Bolivia.\n", ("bolivia",)),
    # not to fire: the place is where the gift was told
    ("Donors met in Lima. Peru needs help most, Peru said. Peru asked for boats. Italy pledged 12 million euros at "
     "the meeting for housing in Bolivia.\n", ("peru",)),
])
def test_a_purpose_placed_after_a_few_words_of_the_verb(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


_SECTIONS = ("READOUT | Ministers meet in Oslo\n\nMinisters met in Oslo on Friday to discuss floods in Chile and Peru. "
             "Most of the talk was of Peru. Peru asked for boats.\n\n")


@pytest.mark.parametrize(("text", "receivers"), [
    # a gift with no receiver in its clause is for the country that heads its section
    (_SECTIONS + "CHILE\n\n- Norway will finance 40 water pumps, its minister said.\n\n- Spain sent 200 tents.\n\nPERU"
     "\n\n- Sweden pledged 30 generators.\n",
     [("peru",), ("chile",), ("chile",), ("peru",)]),
    (_SECTIONS + "Chile\n\nNorway has handed over 12 ambulances. Spain is sending 200 tents.\n",
     [("peru",), ("chile",), ("chile",)]),
    (_SECTIONS + "THE CHILEAN FLOODS\n\nCHILE\n\n- Canada announced 5 million dollars for shelters.\n",
     [("peru",), ("chile",)]),
    # not to fire: a heading that names no country alone ends the section; the giver's own section
    (_SECTIONS + "CHILE\n\n- Spain sent 200 tents.\n\nWHAT'S NEXT\n\n- Japan will send 20 boats.\n",
     [("peru",), ("chile",), ("peru",)]),
    (_SECTIONS + "SPAIN\n\n- Spain sent 200 tents.\n",
     [("peru",), ("peru",)]),
])
def test_the_country_that_heads_the_section_receives(text: str, receivers: list[tuple[str, ...]]) -> None:
    assert [c.receivers for c in analyse(text, "s").commitments] == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # a link its clause names as joining three countries or more, none of which gives, is for all of them
    ("Ministers met in Kigali. Rwanda needs power most. Rwanda asked for transformers. The World Bank announced "
     "financing of up to $900 million over five years for cross-border transmission lines linking Kenya, Uganda and "
     "Rwanda.\n", ("kenya", "uganda", "rwanda")),
    ("Ministers met in Kigali. Rwanda needs power most. Rwanda asked for transformers. The EU pledged 200 million "
     "euros for a railway connecting the Democratic Republic of the Congo, Uganda, Burundi and Rwanda.\n",
     ("democratic-republic-of-the-congo", "uganda", "burundi", "rwanda")),
    ("Ministers met in Kigali. Rwanda needs power most. Rwanda asked for transformers. Japan pledged a grant of 3 "
     "billion yen for fibre-optic cables joining Uganda, Burundi and Rwanda.\n", ("uganda", "burundi", "rwanda")),
    # not to fire: one of the countries linked pays; two sides of one border
    ("Ministers met in Kigali. Rwanda needs power most. Rwanda asked for transformers. Kenya pledged 40 million "
     "dollars for a road linking Kenya, Uganda and Rwanda.\n", ("rwanda",)),
    ("Ministers met in Kigali. Rwanda needs power most. Rwanda asked for transformers. The World Bank will finance a "
     "power line linking Kenya and Uganda.\n", ()),
])
def test_a_link_of_three_countries_or_more_is_for_each(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # the country whose people, named by its adjective just after the item, the gift trains or serves
    ("Ministers met in Riga. Ukraine needs help most. Ukraine asked for drones. Latvia will provide cyber-security "
     "training to 60 Georgian specialists next year.\n", ("georgia",)),
    ("Ministers met in Riga. Ukraine needs help most. Ukraine asked for drones. Sweden will fund demining courses for "
     "40 Moldovan police officers.\n", ("moldova",)),
    ("Ministers met in Riga. Ukraine needs help most. Ukraine asked for drones. Japan pledged language courses for "
     "about 300 Armenian civil servants.\n", ("armenia",)),
    # not to fire: people who fled their country; the giver's own people
    ("Ministers met in Riga. Ukraine needs help most. Ukraine asked for drones. Japan pledged 500 tents for Sudanese "
     "refugees.\n", ("ukraine",)),
    ("Ministers met in Riga. Ukraine needs help most. Ukraine asked for drones. Latvia will provide training to 60 "
     "Latvian specialists.\n", ("ukraine",)),
])
def test_the_country_of_the_people_trained_receives(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # a company named before the sentence that says it is one is that company there too
    ("Uganda needs power. Norway delivered 30 transformers to Umeme last week. Umeme, Uganda's electricity "
     "distributor, said the units would be installed in Gulu.\n", ("umeme",)),
    ("Uganda needs power. Sweden will train Umeme technicians in line repair. Umeme, the national power distributor, "
     "welcomed the offer.\n", ("umeme",)),
    ("Kenya needs power. Japan has pledged to fund training for KPLC engineers in grid management, an embassy official "
     "said. The World Bank approved a grant to KPLC, Kenya's state power utility.\n", ("kplc",)),
    # not to fire: no body named where the gift goes
    ("Ghana needs water. Japan will fund training for engineers in Accra. GWCL, Ghana's state water utility, welcomed "
     "the offer.\n", ("ghana",)),
])
def test_a_company_named_before_it_is_said_to_be_one_receives(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[0].receivers == receivers


@pytest.mark.parametrize(("text", "givers"), [
    # the list of those who give, after the one who receives named right after the things
    ("Moldova needs help. The ministers also welcomed the delivery of 40 ambulances to Moldova by Chile and Peru, which "
     "lead the health coalition.\n", ("chile", "peru")),
    ("Ukraine needs help. The transfer of 30 tanks to Ukraine by Poland and Czechia was completed last month.\n",
     ("poland", "czechia")),
    ("Kenya needs help. The ministers welcomed the delivery of 500 tents for Kenya by Japan, Chile and the United "
     "Nations.\n", ("japan", "chile", "united-nations")),
    # not to fire: a list that does not close, the second name opening a clause of its own
    ("Ukraine needs help. The ministers welcomed the delivery of 500 drones to Ukraine by Latvia, and Britain will "
     "send more.\n", ("latvia",)),
])
def test_those_who_give_listed_after_the_receiver_all_give(text: str, givers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[0].givers == givers


@pytest.mark.parametrize(("text", "receivers"), [
    # a force called by its kind after its country's possessive: the one body of that kind the text names for it
    ("Ghana needs help. The Ghana Police Service lacks radios. Spain will send 300 radios to Ghana's police force.\n",
     ("ghana-police-service",)),
    ("Chad needs help. The Chadian National Army lacks trucks. France delivered 40 trucks to Chad's army last week.\n",
     ("chadian-national-army",)),
    ("Peru needs help. The Peruvian Coast Guard lacks boats. Japan will donate two patrol boats to Peru's coast "
     "guard.\n", ("peruvian-coast-guard",)),
    # what money is spent on doing for a force
    ("Ghana needs help. The Ghana Police Service lacks radios. Spain will spend 20 million euros on equipping and "
     "training Ghana's embattled police force, the minister said.\n", ("ghana-police-service",)),
    # not to fire: two bodies of that kind, another country's body, a force of another kind
    ("Ghana needs help. The Ghana Police Service lacks radios. The Ghana Police Academy lacks desks. Spain will send "
     "300 radios to Ghana's police.\n", ("ghana",)),
    ("Ghana needs help. The Togo Police Service lacks radios. Spain will send 300 radios to Ghana's police force.\n",
     ("ghana",)),
    ("Ghana needs help. The Ghana Police Service lacks radios. Spain will send 300 radios to Ghana's army.\n",
     ("ghana",)),
])
def test_a_force_called_by_its_kind_receives(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "givers"), [
    # the people a body sends, before "of" and its name, are no part of that name
    ("Chad needs help. Staff of the Japan International Cooperation Agency handed over 300 tents to the Chadian Red "
     "Cross.\n", ("japan-international-cooperation-agency",)),
    ("Laos needs help. Engineers of the Asian Development Bank delivered 12 pumps to the Lao Red Cross.\n",
     ("asian-development-bank",)),
    ("Peru needs help. Officers of the Peruvian Coast Guard handed over 40 life jackets to the Peruvian Red Cross.\n",
     ("peruvian-coast-guard",)),
])
def test_the_people_a_body_sends_are_no_part_of_its_name(text: str, givers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[0].givers == givers


def test_friends_of_a_body_keep_their_own_name() -> None:
    # not to fire: a word for people that is no sender's ("Friends of the ...") stays in the name
    names = [o.name for o in analyse("Laos needs help. The Friends of the Mekong Society delivered 12 pumps to "
                                     "Laos.\n", "s").organisations]
    assert "Friends of the Mekong Society" in names


@pytest.mark.parametrize(("text", "commitment"), [
    # "Korean" alone is South Korea's; Greenland is a country of its own
    ("Laos needs help. The Lao minister asked for Korean help in training grid engineers.\n",
     (("south-korea",), ("laos",))),
    ("Laos needs help. Seoul will send 30 ambulances to Laos, a Korean embassy official said.\n",
     (("south-korea",), ("laos",))),
    ("Iceland needs boats. Denmark will deliver four rescue boats to Greenland next year.\n",
     (("denmark",), ("greenland",))),
    ("Iceland needs boats. The Greenlandic government asked Denmark for helicopters.\n",
     (("denmark",), ("greenland",))),
])
def test_korean_and_greenland_name_their_countries(text: str, commitment: tuple[object, ...]) -> None:
    found = analyse(text, "s").commitments[-1]
    assert (found.givers, found.receivers) == commitment


@pytest.mark.parametrize("text", [
    # not to fire: a war named for where it was fought, "North Korean" for the North
    "Laos needs help. Japan sent 20 ambulances to Laos. Veterans of the Korean War attended the ceremony.\n",
    "Laos needs help. North Korean officials attended. Japan sent 20 ambulances to Laos.\n",
])
def test_no_south_korea_in_a_war_or_the_north(text: str) -> None:
    assert "South Korea" not in [o.name for o in analyse(text, "s").organisations]


@pytest.mark.parametrize(("text", "givers"), [
    # "the Commission" alone in a text that names the European Union is its Commission
    ("Moldova needs help. EU ministers met in Riga. The Commission will provide 120 million euros to Moldova.\n",
     ("european-commission",)),
    ("Moldova needs help. The European Union backs Moldova. The Commission said it had disbursed a first tranche of 50 "
     "million euros to Moldova.\n", ("european-commission",)),
])
def test_the_commission_of_the_union_gives(text: str, givers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].givers == givers


@pytest.mark.parametrize(("text", "names"), [
    ("Tunisia needs help. Tunisia asked for EU help with a desalination plant. The Commission will examine the "
     "request.\n", ["Tunisia", "EU", "European Commission"]),
    # not to fire: another commission named in full, no union named
    ("Tunisia needs help. The African Union Commission and the EU sent tents. The Commission said more would follow.\n",
     ["Tunisia", "African Union Commission", "EU"]),
    ("Tunisia needs help. The Commission said more would follow.\n", ["Tunisia"]),
])
def test_the_commission_alone_names_the_unions_own(text: str, names: list[str]) -> None:
    assert [o.name for o in analyse(text, "s").organisations] == names


@pytest.mark.parametrize(("text", "receivers"), [
    # an agency named a programme that does the work itself receives what pays for that work
    ("Ethiopia needs help. Norway announced NOK 120 million in new funding for the World Food Programme's food "
     "assistance to displaced families in Tigray and Amhara.\n", ("world-food-programme",)),
    ("Laos needs help. Japan pledged $5 million for the UN Development Programme's mine clearance work in Laos.\n",
     ("un-development-programme",)),
    ("Chad needs help. Sweden gave a grant to the World Food Programme's school meals operation in Chad.\n",
     ("world-food-programme",)),
    # not to fire: a fund's own appeal, a lender's scheme named in capitals
    ("Ukraine needs help. Norway pledged 30 million euros for the Ukraine Energy Support Fund's winter appeal.\n",
     ("ukraine",)),
    ("Chad needs help. Sweden pledged $10 million for the World Bank's HOPE programme in Chad.\n", ("chad",)),
])
def test_an_agency_named_a_programme_receives_for_its_own_work(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # a country's army, armed forces or military: the one such force the text names for it, whichever it calls it
    ("Lebanon needs help. The Lebanese Armed Forces lack trucks. France sent 40 trucks to Lebanon's army last week.\n",
     ("lebanese-armed-forces",)),
    ("Chad needs help. The Chadian National Army lacks trucks. France delivered 40 trucks to Chad's armed forces last "
     "week.\n", ("chadian-national-army",)),
    ("Mali needs help. The Malian Armed Forces lack fuel. Russia will deliver fuel to Mali's military.\n",
     ("malian-armed-forces",)),
    # not to fire: two forces that fit
    ("Ghana needs help. The Ghana Armed Forces and the Ghana Army Reserve lack radios. Spain will send 300 radios to "
     "Ghana's army.\n", ("ghana",)),
])
def test_an_army_called_another_way_receives(text: str, receivers: tuple[str, ...]) -> None:
    assert analyse(text, "s").commitments[-1].receivers == receivers


def _parties(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str]]:
    return [(c.givers, c.receivers, c.items[0].name) for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "commitments"), [
    # a list of givers, each with its own share after the first gift's verb: none of them receives
    ("At the donor meeting, Austria pledged 60 million euros, Belgium 40 million and Portugal 10 million for "
     "Yemen.\n", [(("austria",), ("yemen",), "60 million euros"), (("belgium",), ("yemen",), "40 million euros"),
                  (("portugal",), ("yemen",), "10 million euros")]),
    ("Canada offered $8 million, Mexico $4 million and Chile $2 million to help Guatemala rebuild.\n",
     [(("canada",), ("guatemala",), "$8 million"), (("mexico",), ("guatemala",), "$4 million"),
      (("chile",), ("guatemala",), "$2 million")]),
    ("Sweden gave 20 million kronor, Iceland 5 million and Estonia 3 million to Moldova.\n",
     [(("sweden",), ("moldova",), "20 million kronor"), (("iceland",), ("moldova",), "5 million kronor"),
      (("estonia",), ("moldova",), "3 million kronor")]),
    ("Austria sent two firefighting aircraft, Croatia one and Slovenia three to help Albania fight the blazes.\n",
     [(("austria",), ("albania",), "firefighting aircraft")]),
    # not to fire: "one of" describes the country, which then gives on its own
    ("Laos needs help. Japan sent two boats, and Vietnam, one of its neighbours, sent tents.\n",
     [(("japan",), ("laos",), "boats"), (("vietnam",), ("laos",), "tents")]),
])
def test_givers_listed_with_their_shares_receive_nothing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _parties(text) == commitments


def test_countries_after_a_verb_with_two_objects_still_receive() -> None:
    # not to fire: "gave Laos $5 million and Cambodia $3 million" names receivers, each with its sum
    found = _parties("Japan gave Laos $5 million and Cambodia $3 million.\n")
    assert found[0][:2] == (("japan",), ("laos",))


@pytest.mark.parametrize(("text", "givers"), [
    # a title written with capitals gives for the country its own words name
    ("The Italian Prime Minister announced 100 million euros for Tunisia.\n", ("italy",)),
    ("The Kenyan Foreign Minister pledged $2 million to Somalia on Friday.\n", ("kenya",)),
    ("Speaking in Suva, the Australian High Commissioner announced A$5 million for Fiji.\n", ("australia",)),
    # not to fire: a title that names no country, in a readout of two
    ("Peru and Chile held talks in Lima. The Prime Minister announced $5 million for flood relief.\n", ()),
])
def test_a_capitalised_title_with_its_country_gives_for_it(text: str, givers: tuple[str, ...]) -> None:
    assert [c.givers for c in analyse(text, "s").commitments][:1] == ([givers] if givers else [])


@pytest.mark.parametrize(("text", "commitments"), [
    # a country's adjective before the money that bought the thing, inside the subject, names its giver
    ("The patrol boats, bought with Dutch funds, were delivered to the Benin Navy last week.\n",
     [(("netherlands",), ("benin-navy",), "patrol boats")]),
    ("Forty ambulances financed by a Korean grant were handed over to Mongolia on Monday.\n",
     [(("south-korea",), ("mongolia",), "ambulances")]),
    ("The water pumps, purchased with Swiss money, were delivered to Niger.\n",
     [(("switzerland",), ("niger",), "water pumps")]),
    # not to fire: the adjective names who built it, not whose money paid
    ("The clinic, built by Chinese workers, was handed over to Zambia.\n", []),
])
def test_the_state_whose_money_bought_the_thing_gives(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _parties(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the one a gift's noun is "to" or "for" takes it, and gives nothing by the verb the gift is subject of
    ("Norway's grant to Malawi will fund new clinics.\n", [(("norway",), ("malawi",), "grant")]),
    ("The EU's aid to Niger will pay for school meals.\n", [(("eu",), ("niger",), "aid")]),
    # not to fire: the same country as the subject of a sentence of its own
    ("Norway pledged a grant to Malawi. Malawi will fund new clinics with the money.\n",
     [(("norway",), ("malawi",), "grant"), (("malawi",), (), "clinics")]),
])
def test_the_receiver_of_a_gift_noun_gives_nothing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _parties(text) == commitments


@pytest.mark.parametrize(("text", "receivers"), [
    # a subject that receives, listed with "and": each one listed receives
    ("Gabon and Cameroon received field hospitals from Morocco.\n", ("gabon", "cameroon")),
    ("Ghana, Togo and Benin have received 40 ambulances from Japan, officials said.\n", ("ghana", "togo", "benin")),
    ("Samoa and Tonga will receive A$10 million from Australia.\n", ("samoa", "tonga")),
    # not to fire: a country named in an opening phrase, and a subject alone
    ("After talks with Gabon, Cameroon received field hospitals from Morocco.\n", ("cameroon",)),
    ("Cameroon received field hospitals from Morocco.\n", ("cameroon",)),
])
def test_every_country_a_receiving_subject_lists_receives(text: str, receivers: tuple[str, ...]) -> None:
    assert [c.receivers for c in analyse(text, "s").commitments] == [receivers]


@pytest.mark.parametrize(("text", "receivers"), [
    # people named by the adjective of the country they fled: the gift goes where they shelter, or to no one named
    ("Austria will give 3 million euros to help Eritrean refugees in Uganda.\n", ("uganda",)),
    ("Belgium announced 4 million euros in aid for Burundian refugees in Tanzania.\n", ("tanzania",)),
    ("Austria will give 3 million euros to help Eritrean refugees.\n", ()),
    # not to fire: the country itself, named before the gift
    ("Eritrea needs help. Austria will give 3 million euros, the ministry said.\n", ("eritrea",)),
])
def test_aid_for_refugees_is_not_for_the_country_they_fled(text: str, receivers: tuple[str, ...]) -> None:
    assert [c.receivers for c in analyse(text, "s").commitments] == [receivers]


def test_a_gift_to_a_states_body_is_its_subject_not_the_state() -> None:
    # "Denmark's grant to Kenya's Ministry of Water will pay for": neither Kenya nor its ministry pays
    found = _parties("Finland's grant to Zambia's Ministry of Water will pay for 40 boreholes.\n")
    assert [g for g, _, _ in found] == [("finland",)]


@pytest.mark.parametrize(("text", "receivers"), [
    # what money is spent on, then the countries that place it: every one of them receives
    ("The European Union will spend 40 million euros on border management in Chad and Sudan.\n", ("chad", "sudan")),
    ("Denmark will spend 20 million kroner on school meals across Ghana and Togo.\n", ("ghana", "togo")),
    # not to fire: a day and the place where it was said
    ("Ghana needs help. Japan pledged $3 million on Tuesday in Kenya.\n", ("ghana",)),
])
def test_the_countries_money_is_spent_in_receive(text: str, receivers: tuple[str, ...]) -> None:
    assert [c.receivers for c in analyse(text, "s").commitments] == [receivers]


@pytest.mark.parametrize(("text", "commitments"), [
    # a body named before, called by its head noun joined to a participle of paying, pays for the scheme
    ("The Andean Development Bank approved a loan to Peru in March. Some 80 generators have been delivered to Peru "
     "under the Bank-financed Rural Energy Project, officials said.\n",
     [(("andean-development-bank",), ("peru",), "pledged", "loan"),
      (("andean-development-bank",), ("peru",), "delivered", "generators")]),
    # a state's adjective or a body's short name joined to "-funded" before a scheme
    ("Some 300 water pumps have been delivered to Chad under the EU-funded Rural Water Programme, the ministry said.\n",
     [(("eu",), ("chad",), "delivered", "water pumps")]),
    ("Twelve ambulances were handed over to Tonga under an Australian-funded health initiative on Monday.\n",
     [(("australia",), ("tonga",), "delivered", "ambulances")]),
    # not to fire: two banks named before, "the Bank" is either
    ("The Andean Development Bank and the Caribbean Development Bank met officials from Peru. Some 80 generators have "
     "been delivered to Peru under the Bank-financed Rural Energy Project.\n", []),
    # not to fire: one that built or leads a scheme need not pay for it
    ("Some 80 generators have been delivered to Peru under a Chinese-built hydropower scheme.\n", []),
    ("Some 80 generators have been delivered to Peru under the UN-led recovery plan.\n", []),
])
def test_a_scheme_named_with_the_one_that_pays_for_it(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a country before ", and" is the object of the clause before, not a giver
    ("Floods have hit Chad, and the European Union pledged 20 million euros to the country.\n",
     [(("european-union",), ("chad",), "pledged", "20 million euros")]),
    ("Drought has gripped Somalia, and Qatar and Kuwait have pledged $30 million.\n",
     [(("qatar", "kuwait"), ("somalia",), "pledged", "$30 million")]),
    # not to fire: a list of three with a comma before its last "and"
    ("Sweden, Norway, and Denmark will send 20 generators to Ukraine.\n",
     [(("sweden", "norway", "denmark"), ("ukraine",), "pledged", "generators")]),
    # not to fire: a person's name that closes an aside before ", and"
    ("Last week, Japan's Ambassador to Peru, Kenji Sato, and Peru's Finance Minister, Ana Ruiz, signed a grant "
     "agreement worth 3 billion yen for the reconstruction of 40 schools.\n",
     [(("japan",), ("peru",), "signed", "reconstruction of 40 schools")]),
])
def test_a_name_before_comma_and_ends_the_clause_before(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the one joined to "-funded" in the subject paid for the thing handed over
    ("Twelve EU-financed ambulances were handed over to Moldova on Friday.\n",
     [(("eu",), ("moldova",), "delivered", "ambulances")]),
    ("The Korean-funded clinic in Tete was handed over to Mozambique on Tuesday.\n",
     [(("south-korea",), ("mozambique",), "delivered", "clinic")]),
    # not to fire: a builder or a leader need not pay
    ("The Chinese-built stadium was handed over to Vanuatu on Friday.\n", []),
    ("The UN-led convoy was handed over to Sudanese officials.\n", []),
])
def test_a_thing_named_with_the_one_that_paid_for_it(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a country aid passes through on its way receives nothing
    ("Italy sent 30 tonnes of medicine via Egypt to Gaza on Monday.\n",
     [(("italy",), (), "delivered", "30 tonnes of medicine")]),
    ("Turkey delivered 20 generators, routed through Georgia, the ministry said.\n",
     [(("turkey",), (), "delivered", "generators")]),
    # not to fire: the receiver named after "to", a country the route names as well, or an adjective after "through"
    ("Sweden shipped 12 ambulances to Moldova via Romania.\n",
     [(("sweden",), ("moldova",), "delivered", "ambulances")]),
    ("Floods hit Peru. Spain pledged €10m for the worst-hit provinces, to be channelled through Peruvian charities.\n",
     [(("spain",), ("peru",), "pledged", "€10m")]),
])
def test_a_country_aid_passes_through_receives_nothing(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a whole whose parts go to several named receivers goes to all of them, never to the first alone
    ("The Netherlands pledged 40 million euros in aid, with 25 million euros for Yemen and 15 million euros for "
     "Syria.\n",
     [(("netherlands",), ("yemen", "syria"), "pledged", "40 million euros")]),
    ("Japan will provide $20 million, of which $12 million goes to Myanmar and $8 million to Bangladesh.\n",
     [(("japan",), ("myanmar", "bangladesh"), "pledged", "$20 million")]),
    ("Canada announced $90 million in food aid to be split among Chad, Niger and Mali.\n",
     [(("canada",), ("chad", "niger", "mali"), "pledged", "$90 million")]),
    ("Saudi Arabia gave $100 million, split equally between Sudan and South Sudan.\n",
     [(("saudi-arabia",), ("sudan", "south-sudan"), "delivered", "$100 million")]),
    # not to fire: the whole's receiver named before its parts, parts split among purposes
    ("Belgium pledged 10 million euros for Burundi, with 4 million euros for health and 6 million euros for "
     "schools.\n",
     [(("belgium",), ("burundi",), "pledged", "10 million euros"), (("belgium",), ("burundi",), "pledged", "health"),
      (("belgium",), ("burundi",), "pledged", "schools")]),
    ("Floods hit Laos. Japan has pledged $5m, split between shelter for families and repairs to schools.\n",
     [(("japan",), ("laos",), "pledged", "$5m"), (("japan",), ("laos",), "pledged", "shelter"),
      (("japan",), ("laos",), "pledged", "repairs")]),
])
def test_a_whole_split_among_several_goes_to_all(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # an organ that names no state gives for the one state the text ties it to
    ("The Federal Council approved 30 million Swiss francs in humanitarian aid for Afghanistan on Wednesday, the Swiss "
     "government said.\n",
     [(("switzerland",), ("afghanistan",), "pledged", "30 million Swiss francs")]),
    ("The Council of Ministers approved a grant of 5 million euros to Moldova, a Romanian government spokesman said.\n",
     [(("romania",), ("moldova",), "pledged", "grant of 5 million euros")]),
    ("The Ministry of Foreign Affairs will donate 10,000 tonnes of rice to Haiti, the Brazilian government announced.\n",
     [(("brazil",), ("haiti",), "pledged", "10,000 tonnes of rice")]),
    # not to fire: two governments, a government named only where the aid goes, a body of its own
    ("The Federal Council pledged 20 million francs to Ukraine, the German and Austrian governments said.\n",
     [(("federal-council",), ("ukraine",), "pledged", "20 million francs")]),
    ("The Ministry of Foreign Affairs will send 20 generators to Ukraine, where the Ukrainian government has asked for "
     "help.\n",
     [(("ministry-of-foreign-affairs",), ("ukraine",), "pledged", "generators")]),
    ("The Norwegian Refugee Council sent 40 tonnes of food to Sudan.\n",
     [(("norwegian-refugee-council",), ("sudan",), "delivered", "40 tonnes of food")]),
])
def test_an_organ_gives_for_the_state_the_text_ties_it_to(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a country that opens its sentence gives through the channels set off after it, however many the aside lists
    ("The State of Kuwait, through the Kuwait Fund for Arab Economic Development, the Kuwait Red Crescent Society and "
     "Direct Aid, has provided more than 90 million dollars in humanitarian support to Yemen since 2021.\n",
     [(("kuwait",), ("yemen",), "delivered", "90 million dollars")]),
    ("The Kingdom of Norway, through the Norwegian Agency for Development Cooperation, the Norwegian Church Aid and "
     "the Norwegian Red Cross, has provided 80 million dollars to Somalia.\n",
     [(("norway",), ("somalia",), "delivered", "80 million dollars")]),
    ("Japan, through the Japan International Cooperation Agency (JICA), provided grants worth 40 million dollars to "
     "Kenya last year.\n",
     [(("japan",), ("kenya",), "delivered", "grants")]),
    # not to fire: a body that gives in its own name, a route after the receiver
    ("The Norwegian Red Cross delivered 3,000 tents to Somalia through the port of Berbera.\n",
     [(("norwegian-red-cross",), ("somalia",), "delivered", "tents")]),
])
def test_a_state_gives_through_the_channels_set_off_after_it(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "to the agency's work": the one body named just before does the work, and receives
    ("The World Food Programme's country director met the minister in Nairobi. Norway announced a contribution of 8 "
     "million dollars to the agency's drought response in Kenya's Turkana county.\n",
     [(("norway",), ("world-food-programme",), "pledged", "contribution of 8 million dollars")]),
    ("Kenya was hit by drought. Officials met the head of UNICEF in Nairobi, where Denmark pledged 5 million euros to "
     "the agency's nutrition programme in Kenya's north.\n",
     [(("denmark",), ("unicef",), "pledged", "5 million euros")]),
    # not to fire: two bodies named before, none, or the giver itself
    ("UNICEF and the World Food Programme met donors in Nairobi. Norway gave 8 million dollars to the agency's "
     "drought response in Kenya.\n",
     [(("norway",), ("kenya",), "delivered", "8 million dollars")]),
    ("Drought hit Chad. Norway announced 8 million dollars for the agency's operations in Chad.\n",
     [(("norway",), ("chad",), "pledged", "8 million dollars")]),
    ("The European Union pledged 5 million euros to the agency's work in Chad.\n",
     [(("european-union",), ("chad",), "pledged", "5 million euros")]),
])
def test_the_agency_named_by_its_kind_receives_for_its_work(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # what a gift sets up at a university or hospital goes to it, not to its country
    ("Morocco hosts the talks. Germany will also give a separate grant, she said, to fund a research chair in solar "
     "engineering at Mohammed V University.\n",
     [(("germany",), ("mohammed-v-university",), "pledged", "separate grant")]),
    ("Kenya welcomed the visit. Japan provided $2 million to equip a new laboratory at the University of Nairobi.\n",
     [(("japan",), ("university-of-nairobi",), "delivered", "$2 million")]),
    ("Kenya welcomed the aid. Spain will fund the construction of a new library at the University of Nairobi.\n",
     [(("spain",), ("university-of-nairobi",), "pledged", "construction of a new library")]),
    # not to fire: a place after "at", a body that is no institution, works with no institution named
    ("Jordan welcomed the aid. Italy gave a grant to build a clinic at the Zaatari camp.\n",
     [(("italy",), ("jordan",), "delivered", "grant")]),
    ("Jordan welcomed the aid. Italy gave a grant to fund training at the World Food Programme.\n",
     [(("italy",), ("jordan",), "delivered", "grant")]),
    ("Kenya welcomed the aid. Spain will fund the construction of a new library in Nairobi.\n",
     [(("spain",), ("kenya",), "pledged", "construction of a new library")]),
])
def test_an_institution_gains_what_is_set_up_at_it(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "to X and to the Y": the word that led to the first receiver, said again, leads to one more
    ("Belgium pledged 4 million euros to UNICEF and to the World Health Organization for cholera vaccination.\n",
     [(("belgium",), ("unicef", "world-health-organization"), "pledged", "4 million euros")]),
    ("Sweden will give 20 million kronor to Chad, to Niger and to Mali for food aid.\n",
     [(("sweden",), ("chad", "niger", "mali"), "pledged", "20 million kronor")]),
    ("Austria will send tents to Jordan, and to Lebanon, before winter.\n",
     [(("austria",), ("jordan", "lebanon"), "pledged", "tents")]),
    # not to fire: a phrase of its own after the comma, "for" said again (which may add a purpose)
    ("Belgium pledged 4 million euros to UNICEF, and to the surprise of the World Health Organization nothing else.\n",
     [(("belgium",), ("unicef",), "pledged", "4 million euros")]),
    ("Chad needs help. Austria pledged 30 tents for Chad and for the clinics of Niger.\n",
     [(("austria",), ("chad",), "pledged", "tents")]),
])
def test_each_receiver_the_word_before_leads_to_again(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "and Finland said it would": the name just before "said it" is what "it" stands for
    ("The European Union pledged 50 million euros for Sudan, while Norway said it would send 300 tonnes of seed.\n",
     [(("european-union",), ("sudan",), "pledged", "50 million euros"),
      (("norway",), ("sudan",), "pledged", "300 tonnes of seed")]),
    ("Floods hit Chad. France pledged 5 million euros, and Belgium announced that it would send 20 water pumps.\n",
     [(("france",), ("chad",), "pledged", "5 million euros"), (("belgium",), ("chad",), "pledged", "water pumps")]),
    ("Laos needs help. Japan sent 40 tonnes of rice; South Korea said it would provide 20 tractors.\n",
     [(("japan",), ("laos",), "delivered", "40 tonnes of rice"), (("south-korea",), ("laos",), "pledged", "tractors")]),
    # not to fire: a place before "said it", a subject set off with "which"
    ("Kenya faces drought. Officials in Kenya said it would take weeks, but Japan has promised to deliver 40 water "
     "tanks.\n",
     [(("japan",), ("kenya",), "pledged", "water tanks")]),
    ("Germany, which chairs the group, said it would deliver 12 generators to Moldova.\n",
     [(("germany",), ("moldova",), "pledged", "generators")]),
])
def test_the_one_named_before_said_it_gives(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # The Hague, the seat of its government, stands for the Netherlands as a capital does
    ("The Netherlands and Denmark met on Monday. The Hague would add 15 million euros for Moldova.\n",
     [(("netherlands",), ("moldova",), "pledged", "15 million euros")]),
    ("Dutch officials said the Netherlands was ready to help. The Hague has pledged 20 million euros to Jordan.\n",
     [(("netherlands",), ("jordan",), "pledged", "20 million euros")]),
    # not to fire: The Hague as the place of the talks
    ("The Netherlands hosted the talks in The Hague, where Belgium pledged 5 million euros to Chad.\n",
     [(("belgium",), ("chad",), "pledged", "5 million euros")]),
])
def test_the_hague_gives_for_the_netherlands(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a government of its own, named with a country's possessive, asks for itself
    ("Iraq's Kurdistan Regional Government (KRG) asked Germany for 200 generators, officials said.\n",
     [(("germany",), ("kurdistan-regional-government",), "asked", "generators")]),
    ("A letter from Burma's National Unity Government (NUG), which was not invited, has appealed to Japan to send "
     "rice.\n",
     [(("japan",), ("national-unity-government",), "asked", "rice")]),
    # not to fire: the state's own government or council asks for the state
    ("Somalia's government has asked Turkey for 20 armoured vehicles, the ministry said.\n",
     [(("turkey",), ("somalia",), "asked", "armoured vehicles")]),
    ("Sudan's Transitional Sovereignty Council has called on Egypt to send wheat.\n",
     [(("egypt",), ("sudan",), "asked", "wheat")]),
])
def test_a_government_of_its_own_asks_for_itself(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a hospital where works are done, or that "the hospital" later names as receiving, receives
    ("Canada will fund the construction of a new intensive care unit at Mbale Regional Hospital in Uganda.\n",
     [(("canada",), ("mbale-regional-hospital",), "pledged", "construction of a new intensive care unit")]),
    ("Japan will pay for the renovation of a ward at Lae Central Hospital in Papua New Guinea. Four ambulances, "
     "donated by Japan, were handed over to the hospital on Monday.\n",
     [(("japan",), ("lae-central-hospital",), "pledged", "renovation of a ward"),
      (("japan",), ("lae-central-hospital",), "delivered", "ambulances")]),
    # not to fire: "the hospital" after an unnamed one
    ("The ministers met at Jinja General Hospital in Uganda. Later Norway donated a field hospital to Uganda.\n",
     [(("norway",), ("uganda",), "delivered", "field hospital")]),
])
def test_a_hospital_that_gains_works_receives(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # an agency named a programme, given money, receives it: it does the work itself
    ("Syria needs help. Turkish officials said Ankara would add a $30 million grant to the World Food Programme to "
     "buy food for displaced families in Syria.\n",
     [(("turkey",), ("world-food-programme",), "pledged", "$30 million grant")]),
    ("Floods hit Pakistan. Japan said it would provide $5 million to the UN Development Programme to rebuild schools "
     "in Pakistan.\n",
     [(("japan",), ("un-development-programme",), "pledged", "$5 million")]),
    # not to fire: a body's own scheme, and an agency the money only passes through
    ("Kenya needs jobs. Germany pledged $75 million for the World Bank's Youth Employment Programme in Kenya.\n",
     [(("germany",), ("kenya",), "pledged", "$75 million")]),
    ("Haiti needs food. Canada pledged $8 million for Haiti, to be delivered through the World Food Programme.\n",
     [(("canada",), ("haiti",), "pledged", "$8 million")]),
])
def test_an_agency_named_a_programme_receives_what_is_given_to_it(text: str,
                                                                   commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # "to" said again after an aside set off by commas on the first receiver
    ("Ghana votes in May. Canada will give $4 million to the Electoral Commission of Ghana, which organises the vote, "
     "and to the National Commission for Civic Education.\n",
     [(("canada",), ("electoral-commission-of-ghana", "national-commission-for-civic-education"), "pledged",
       "$4 million")]),
    ("Peru needs help. Spain pledged 3 million euros to the National Institute of Civil Defence (INDECI), the "
     "country's disaster agency, and to the Peruvian Red Cross.\n",
     [(("spain",), ("national-institute-of-civil-defence", "peruvian-red-cross"), "pledged", "3 million euros")]),
    ("Fiji votes soon. New Zealand will provide $3 million to the Fijian Elections Office, known by its initials FEO, "
     "and to the Electoral Commission of Fiji.\n",
     [(("new-zealand",), ("fijian-elections-office", "electoral-commission-of-fiji"), "pledged", "$3 million")]),
    # not to fire: "and to" that leads to a purpose
    ("Chile needs help. Norway gave $2 million to the National Forest Corporation, known as CONAF, and to fight fires "
     "in the south.\n",
     [(("norway",), ("national-forest-corporation",), "delivered", "$2 million")]),
])
def test_a_second_receiver_after_an_aside_on_the_first(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # what a body leads is its own: money for its operations goes to it
    ("The African Union (AU) met donors. The European Union announced 600 million euros from its Peace Facility for "
     "AU-led operations over the next three years.\n",
     [(("european-union",), ("african-union",), "pledged", "600 million euros")]),
    ("The Sahel needs help. Japan pledged $20 million for ECOWAS-led peacekeeping missions in Mali and Niger.\n",
     [(("japan",), ("ecowas",), "pledged", "$20 million")]),
    ("Norway will give 40 million kroner for SADC-led deployments in Mozambique, the ministry said.\n",
     [(("norway",), ("sadc",), "pledged", "40 million kroner")]),
    # not to fire: a country that leads a mission of many, a fund a country leads
    ("Haiti needs security. Canada pledged $60 million for the Kenya-led mission in Haiti.\n",
     [(("canada",), ("haiti",), "pledged", "$60 million")]),
    ("Ukraine needs drones. Denmark gave 30 million euros to the UK-led International Fund for Ukraine.\n",
     [(("denmark",), ("ukraine",), "delivered", "30 million euros")]),
])
def test_a_body_receives_for_the_operations_it_leads(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the later words of the sentence say who took the things once given: that body receives them
    ("Sweden pledged $6 million to Malawi. Sweden also sent 300 tents, which were handed over to the Malawi Red Cross "
     "Society in Chikwawa.\n",
     [(("sweden",), ("malawi",), "pledged", "$6 million"),
      (("sweden",), ("malawi-red-cross-society",), "delivered", "tents")]),
    ("Austria pledged 9 million euros to Albania. Austria flew in 14 generators on Friday, and the shipment was "
     "received at the airport by the National Civil Protection Agency.\n",
     [(("austria",), ("albania",), "pledged", "9 million euros"),
      (("austria",), ("national-civil-protection-agency",), "delivered", "generators")]),
    ("Qatar pledged $30 million to Lebanon. Qatar also delivered 25 ambulances, which were received by the Lebanese "
     "Red Cross in Beirut.\n",
     [(("qatar",), ("lebanon",), "pledged", "$30 million"),
      (("qatar",), ("lebanese-red-cross",), "delivered", "ambulances")]),
    ("Egypt pledged $15 million to Sudan. Egypt sent 40 trucks of flour last week, and the first convoy has since been "
     "handed over to the Sudanese Red Crescent in Port Sudan.\n",
     [(("egypt",), ("sudan",), "pledged", "$15 million"),
      (("egypt",), ("sudanese-red-crescent",), "delivered", "trucks of flour")]),
    ("Finland pledged 5 million euros to Moldova. Finland also sent 200 beds, which were handed over to the shelters "
     "run by the Moldovan Red Cross in Balti.\n",
     [(("finland",), ("moldova",), "pledged", "5 million euros"),
      (("finland",), ("moldovan-red-cross",), "delivered", "beds")]),
    # "handed" without "over", and where they were handed over, between the verb and "to"
    ("Sweden pledged $6 million to Malawi. Sweden also sent 300 tents, which were handed over on the tarmac to the "
     "Malawi Red Cross Society.\n",
     [(("sweden",), ("malawi",), "pledged", "$6 million"),
      (("sweden",), ("malawi-red-cross-society",), "delivered", "tents")]),
    ("Sweden pledged $6 million to Malawi. Sweden also sent 300 tents, which were handed at Chileka airport to the "
     "Malawi Red Cross Society.\n",
     [(("sweden",), ("malawi",), "pledged", "$6 million"),
      (("sweden",), ("malawi-red-cross-society",), "delivered", "tents")]),
    ("Sweden pledged $6 million to Malawi. Sweden also sent 300 tents, which were handed on arrival to the "
     "Malawi Red Cross Society.\n",
     [(("sweden",), ("malawi",), "pledged", "$6 million"),
      (("sweden",), ("malawi-red-cross-society",), "delivered", "tents")]),
    # not to fire: things handed out to people, a guest received by a body in a clause of its own, and things only
    # flown somewhere
    ("Sweden pledged $6 million to Malawi. Sweden also sent 300 tents, which were handed out to families in the "
     "Malawi Red Cross Society camps.\n",
     [(("sweden",), ("malawi",), "pledged", "$6 million"), (("sweden",), ("malawi",), "delivered", "tents")]),
    ("Sweden pledged $6 million to Malawi. Sweden sent 300 tents; the minister was received by the Malawi Red Cross "
     "Society in Chikwawa.\n",
     [(("sweden",), ("malawi",), "pledged", "$6 million"), (("sweden",), ("malawi",), "delivered", "tents")]),
    ("Sweden pledged $6 million to Malawi. Sweden also sent 300 tents, which were flown to Lilongwe by Ethiopian "
     "Airlines.\n",
     [(("sweden",), ("malawi",), "pledged", "$6 million"), (("sweden",), ("malawi",), "delivered", "tents")]),
])
def test_the_body_a_later_clause_says_took_the_things_receives(text: str,
                                                                commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a gift that fills the stores or funds of a body or country goes to their owner
    ("Zambia needs food. Japan gave $4 million to replenish the Zambia Red Cross Society's emergency stocks.\n",
     [(("japan",), ("zambia-red-cross-society",), "delivered", "$4 million")]),
    ("Drought hit the south. Ireland will provide 6 million euros to top up Zimbabwe's strategic grain reserve.\n",
     [(("ireland",), ("zimbabwe",), "pledged", "6 million euros")]),
    ("Somalia needs help. Turkey pledged $20 million to recapitalise the Central Bank of Somalia.\n",
     [(("turkey",), ("central-bank-of-somalia",), "pledged", "$20 million")]),
    ("Cholera spread in Malawi. Norway pledged $3 million to restock the Malawi Red Cross Society's warehouses.\n",
     [(("norway",), ("malawi-red-cross-society",), "pledged", "$3 million")]),
    # not to fire: stores that belong to no one the sentence names after the gift
    ("Zambia needs food. Japan gave $4 million to Zambia to replenish stocks, the Zambia Red Cross Society said.\n",
     [(("japan",), ("zambia",), "delivered", "$4 million")]),
])
def test_a_gift_that_refills_stores_goes_to_their_owner(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # the body named next as taking what was given receives it
    ("Chile pledged $9 million to Bolivia. Chile will also provide 30 boats, and the Bolivian Civil Defence "
     "Directorate will receive them in May.\n",
     [(("chile",), ("bolivia",), "pledged", "$9 million"),
      (("chile",), ("bolivian-civil-defence-directorate",), "pledged", "boats")]),
    ("Chile pledged $9 million to Bolivia. Chile delivered 30 boats last week, which the Bolivian Civil Defence "
     "Directorate received in Trinidad.\n",
     [(("chile",), ("bolivia",), "pledged", "$9 million"),
      (("chile",), ("bolivian-civil-defence-directorate",), "delivered", "boats")]),
    ("Chile pledged $9 million to Bolivia. Chile delivered 30 boats, and the Bolivian Civil Defence Directorate took "
     "delivery of the first batch in Trinidad.\n",
     [(("chile",), ("bolivia",), "pledged", "$9 million"),
      (("chile",), ("bolivian-civil-defence-directorate",), "delivered", "boats")]),
    # not to fire: the body takes something else, or only speaks
    ("Chile pledged $9 million to Bolivia. Chile delivered 30 boats, and the Bolivian Civil Defence Directorate said "
     "more were needed.\n",
     [(("chile",), ("bolivia",), "pledged", "$9 million"), (("chile",), ("bolivia",), "delivered", "boats")]),
])
def test_the_body_named_next_as_taking_the_things_receives(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a subject called by the kind of body it is, taking the gift: the one body so named in full receives
    ("The EBRD will lend 30 million euros to the Kherson Grain Company to build silos. The company will also receive "
     "a grant of 8 million euros from the European Union for solar panels.\n",
     [(("ebrd",), ("kherson-grain-company",), "pledged", "30 million euros"),
      (("european-union",), ("kherson-grain-company",), "pledged", "8 million euros")]),
    ("Singapore pledged $3 million to Cambodia. Calmette Central Hospital is the largest in Phnom Penh. The hospital "
     "has already received 10 ventilators donated by Singapore, its director said.\n",
     [(("singapore",), ("cambodia",), "pledged", "$3 million"),
      (("singapore",), ("calmette-central-hospital",), "delivered", "ventilators")]),
    ("The World Bank will lend $90 million to the Ghana Water Company. The company will receive a further grant of "
     "$10 million from Denmark for meters.\n",
     [(("world-bank",), ("ghana-water-company",), "pledged", "$90 million"),
      (("denmark",), ("ghana-water-company",), "pledged", "$10 million")]),
    # not to fire: two bodies fit the words
    ("Singapore pledged $3 million to Cambodia. Calmette Central Hospital and Kantha Bopha Children's Hospital are "
     "full. The hospital has received 10 ventilators donated by Singapore.\n",
     [(("singapore",), ("cambodia",), "pledged", "$3 million"),
      (("singapore",), ("cambodia",), "delivered", "ventilators")]),
])
def test_a_body_called_by_its_kind_that_takes_the_gift_receives(text: str,
                                                                commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "receivers"), [
    # those who ask someone to give to a third party only plead for it: the third party receives
    ("France and Germany urged the European Union to send tents to Chad.\n", ("chad",)),
    ("Norway called on the World Bank to provide emergency financing to Sudan, the foreign minister said.\n",
     ("sudan",)),
    ("Canada pressed the United Nations to send more police trainers to Haiti this year.\n", ("haiti",)),
    ("The Netherlands asked the World Bank to finance a desalination plant for Jordan, officials said.\n",
     ("jordan",)),
    # not to fire: those who ask receive, the request names no one else
    ("Malawi asked the World Bank to provide $80 million in emergency funds.\n", ("malawi",)),
    ("Ukraine asked Germany to send air defence systems to Ukraine's eastern cities.\n", ("ukraine",)),
])
def test_a_request_to_give_to_a_third_party_names_its_receiver(text: str, receivers: tuple[str, ...]) -> None:
    assert [c[1] for c in _commitments(text)] == [receivers]


@pytest.mark.parametrize(("text", "receivers"), [
    # a gift for a group's members, whom the text does not name one by one: the group receives
    ("New Zealand pledged NZ$40 million for members of the Pacific Islands Forum to adapt to rising seas.\n",
     ("pacific-islands-forum",)),
    ("Japan will provide $25 million in disaster-response training for the member states of ASEAN.\n", ("asean",)),
    ("Germany said it would fund vaccine cold-chain equipment for all 16 members of the Southern African "
     "Development Community.\n", ("southern-african-development-community",)),
    ("Britain pledged £12 million to help CARICOM members rebuild schools after the storm season.\n", ("caricom",)),
    # not to fire: a member named as such receives; a receiver told before the members
    ("Japan pledged 20 ambulances to Fiji, a member of the Pacific Islands Forum.\n", ("fiji",)),
    ("New Zealand will provide NZ$5 million to Samoa for members of the Pacific Islands Forum secretariat staff.\n",
     ("samoa",)),
])
def test_a_gift_for_the_members_of_a_group_goes_to_the_group(text: str, receivers: tuple[str, ...]) -> None:
    assert [c[1] for c in _commitments(text)] == [receivers]


@pytest.mark.parametrize(("text", "receivers"), [
    # a gift for a kind of state, none of them named, is for no one country: not the host's
    ("Rwanda hosted the talks. The European Union pledged 80 million euros to help African governments register "
     "migrants, officials said.\n", ()),
    ("Thailand hosted the meeting in Bangkok. Japan announced $40 million to help Southeast Asian countries monitor "
     "river levels.\n", ()),
    ("Niger hosted the ministers in Niamey. Germany will provide 25 million euros to support West African states in "
     "training border guards.\n", ()),
    ("Fiji hosted the forum in Suva. Australia pledged A$30 million to help Pacific island nations prepare for "
     "cyclones.\n", ()),
    ("Colombia hosted the gathering in Bogota. Spain announced 15 million euros for Latin American governments to "
     "digitise land records.\n", ()),
    # not to fire: one government named by its adjective, or the states named
    ("Kenya hosted the talks. Britain pledged £20 million to help the Kenyan government register refugees.\n",
     ("kenya",)),
    ("Niger hosted the talks. Germany pledged 25 million euros to help Mali and Chad train border guards.\n",
     ("mali", "chad")),
])
def test_a_gift_for_a_kind_of_state_has_no_one_receiver(text: str, receivers: tuple[str, ...]) -> None:
    assert [c[1] for c in _commitments(text)] == [receivers]


@pytest.mark.parametrize(("text", "receivers"), [
    # the clauses give only to a body that is not the main country's own: the main country is where the aid is
    # spent, and a gift whose clause names no receiver goes to no one the rules can tell
    ("Gaza donors meet in Cairo\nCAIRO, Egypt — Arab ministers met in Cairo on Sunday to discuss Gaza. Egypt hosted "
     "the meeting. Saudi Arabia gave $500 million to the Palestinian Authority. Qatar pledged $200 million to the "
     "Palestinian Authority for salaries. Egyptian officials said the crossings would open. Kuwait pledged $100 "
     "million for schools and clinics.\n",
     [("palestinian-authority",), ("palestinian-authority",), ()]),
    ("Donors meet in Nairobi\nNAIROBI, Kenya — Kenya hosts 300,000 refugees in Dadaab. Kenyan officials asked for "
     "help. Japan gave 2,000 tonnes of rice to the Lutheran World Federation. Norway sent medicines to the Lutheran "
     "World Federation. Kenya said more was needed. Germany pledged 5 million euros.\n",
     [("lutheran-world-federation",), ("lutheran-world-federation",), ()]),
    ("Erbil conference\nERBIL, Iraq — Iraq's government sent a minister to the talks. Germany gave 20 million euros "
     "to the Kurdistan Regional Government. France sent 3,000 tents to the Kurdistan Regional Government. Iraqi "
     "officials welcomed the help. Britain pledged 10 million pounds for water.\n",
     [("kurdistan-regional-government",), ("kurdistan-regional-government",), ()]),
    ("Uganda refugees\nKAMPALA, Uganda — Uganda hosts 1.5 million refugees. The European Union gave 10 million euros "
     "to the Norwegian Refugee Council. Denmark sent 2,000 tents to the Norwegian Refugee Council. Ugandan officials "
     "asked for more. Ireland pledged 4 million euros.\n",
     [("norwegian-refugee-council",), ("norwegian-refugee-council",), ()]),
    # not to fire: the bodies are the main country's own, by its adjective
    ("Lebanon\nBEIRUT, Lebanon — Lebanon is in crisis. France gave 30 million euros to the Lebanese Armed Forces. "
     "Italy sent fuel to the Lebanese Armed Forces. Lebanon welcomed the aid. Spain pledged 10 million euros.\n",
     [("lebanese-armed-forces",), ("lebanese-armed-forces",), ("lebanon",)]),
    ("Chad floods\nN'DJAMENA, Chad — Floods hit Chad. Japan gave tents to the Chadian Red Cross. Japan sent blankets "
     "to the Chadian Red Cross. Norway sent 20 boats.\n",
     [("chadian-red-cross",), ("chadian-red-cross",), ("chad",)]),
])
def test_a_host_whose_aid_goes_to_bodies_not_its_own_receives_nothing_unsaid(
        text: str, receivers: list[tuple[str, ...]]) -> None:
    assert [c[1] for c in _commitments(text)] == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # a sentence that lists gifts clause by clause: the clause that names no receiver shares the one before, even
    # when the gift before is one the rules cannot read
    ("Ukraine dominated the talks. Germany sent missiles to Ukraine.\n- Norway pledged money to Moldova's border "
     "police; Estonia offered cyber training.\n", [("ukraine",), ("moldova",)]),
    ("Ukraine dominated the talks. Germany sent missiles to Ukraine. Latvia delivered 30 ambulances to Armenia, "
     "while Lithuania sent medical kits.\n", [("ukraine",), ("armenia",), ("armenia",)]),
    ("Ukraine dominated the talks. Germany sent missiles to Ukraine. Sweden donated 12 ambulances to Armenia; "
     "Finland, for its part, pledged field hospitals.\n", [("ukraine",), ("armenia",), ("armenia",)]),
    ("Kenya dominated the talks. France sent trucks to Kenya. Canada pledged 10 million dollars to Haiti's police "
     "and Mexico offered 40 patrol cars.\n", [("kenya",), ("haiti",), ("haiti",)]),
    # not to fire: the receiver before is the giver of the next clause; the next clause names its own receiver
    ("Ukraine dominated the talks. Germany sent missiles to Ukraine. Norway pledged 5 million euros to Estonia; "
     "Estonia offered cyber training.\n", [("ukraine",), ("estonia",), ("ukraine",)]),
    ("Ukraine dominated the talks. Germany sent missiles to Ukraine. Norway pledged money to Moldova; Estonia "
     "offered cyber training to Georgia.\n", [("ukraine",), ("georgia",)]),
])
def test_a_gift_listed_after_another_shares_its_receiver(text: str, receivers: list[tuple[str, ...]]) -> None:
    assert [c[1] for c in _commitments(text)] == receivers


@pytest.mark.parametrize(("text", "receivers"), [
    # a body named in full, called again by the kind of body it is: that body receives
    ("Sudan needs help. The Sudanese Red Crescent Society is overwhelmed. Qatar gave 10 ambulances to the "
     "society.\n", ("sudanese-red-crescent-society",)),
    ("Malawi needs help. The Malawi Blood Transfusion Centre is short of fridges. Ireland sent 20 fridges to the "
     "centre on Monday.\n", ("malawi-blood-transfusion-centre",)),
    ("Ghana needs help. The Ghana Heart Foundation runs clinics. Germany will give 8 heart monitors to the "
     "foundation.\n", ("ghana-heart-foundation",)),
    # a body called by its kind that the rules cannot link to one named body: no receiver, not the country
    ("Sudan needs help. The Sudanese Red Crescent Society and the Sudan Medical Society are overwhelmed. Qatar gave "
     "10 ambulances to the society.\n", ()),
    ("Sudan needs help. Qatar gave 10 ambulances to the society of doctors in Khartoum.\n", ()),
    ("Chad needs help. Japan sent 40 trucks to the agency that runs the camps.\n", ()),
    # not to fire: the country's own forces, or a place and not a body
    ("Chad needs help. Japan sent 40 trucks to the country's army.\n", ("chad",)),
    ("Chad needs help. Japan sent 40 trucks for the camps in the east.\n", ("chad",)),
    ("Chad needs help. Japan sent 40 trucks to the health ministry of Chad.\n", ("chad",)),
])
def test_a_body_called_by_its_kind_receives_or_nothing_does(text: str, receivers: tuple[str, ...]) -> None:
    assert [c[1] for c in _commitments(text)] == [receivers]


@pytest.mark.parametrize(("text", "receivers"), [
    # "the bloc's members", "the group's member states": the one group of states the article names receives
    ("ASEAN leaders met in Jakarta on Monday. Japan pledged $50 million in coastguard training for the bloc's "
     "members.\n", ("asean",)),
    ("Southern African Development Community ministers met in Maputo. China will fund vaccine fridges for the "
     "bloc's member states.\n", ("southern-african-development-community",)),
    ("CARICOM leaders gathered in Bridgetown. Canada pledged C$30 million to help the group's members rebuild after "
     "the hurricane.\n", ("caricom",)),
    ("ECOWAS heads of state met in Abuja. The European Union announced 40 million euros for the bloc's member "
     "countries to train police.\n", ("ecowas",)),
    ("The Pacific Islands Forum met in Apia. New Zealand pledged NZ$20 million for the forum's members.\n",
     ("pacific-islands-forum",)),
    # not to fire: two groups the words may stand for; the group gives
    ("ASEAN and the European Union held talks in Brussels. Japan pledged $50 million for the bloc's members.\n", ()),
    ("The European Union pledged 50 million euros to Moldova. Its member states also sent generators.\n",
     ("moldova",)),
])
def test_the_members_of_a_group_called_by_its_kind(text: str, receivers: tuple[str, ...]) -> None:
    assert [c[1] for c in _commitments(text)][:1] == [receivers]


@pytest.mark.parametrize(("text", "commitments"), [
    # the one whose work, capacity or appeal the gift is to serve receives it
    ("Chad needs help. Japan gave $5 million to support the work of the World Food Programme in the east.\n",
     [(("japan",), ("world-food-programme",), "delivered", "$5 million")]),
    ("Chad needs help. Japan gave $5 million to strengthen the capacity of the Chad Red Cross.\n",
     [(("japan",), ("chad-red-cross",), "delivered", "$5 million")]),
    ("Chad needs help. Japan gave $5 million to assist the Chad Red Cross with relief.\n",
     [(("japan",), ("chad-red-cross",), "delivered", "$5 million")]),
    ("Chad needs help. Japan gave $5 million to enable UNICEF to truck water to the camps.\n",
     [(("japan",), ("unicef",), "delivered", "$5 million")]),
    ("Chad needs help. Japan gave $5 million to fund the Chad Red Cross's emergency appeal.\n",
     [(("japan",), ("chad-red-cross",), "delivered", "$5 million")]),
    ("Chad needs help. Japan gave $5 million in support of the World Food Programme's operations.\n",
     [(("japan",), ("world-food-programme",), "delivered", "$5 million")]),
    ("Chad needs help. Japan gave $5 million towards the World Food Programme's appeal.\n",
     [(("japan",), ("world-food-programme",), "delivered", "$5 million")]),
    # not to fire: the work of people no body names, the cost of a thing
    ("Chad needs help. Japan gave $5 million to support the work of doctors in the east.\n",
     [(("japan",), ("chad",), "delivered", "$5 million")]),
    ("Chad needs help. Japan gave $5 million towards the cost of rebuilding schools.\n",
     [(("japan",), ("chad",), "delivered", "$5 million")]),
    # a gift named by its noun, then the one it will help or support
    ("Chad needs help. Japan's $5 million donation will help UNICEF truck water to the camps.\n",
     [(("japan",), ("unicef",), "pledged", "$5 million donation")]),
    ("Chad needs help. Japan's $5 million grant will support the World Food Programme's work in the east.\n",
     [(("japan",), ("world-food-programme",), "pledged", "$5 million grant")]),
    ("Chad needs help. A $5 million grant from Japan will help the Chad Red Cross reach 20,000 families.\n",
     [(("japan",), ("chad-red-cross",), "pledged", "$5 million grant")]),
    # "will channel" a sum: into a fund, to a body, or through a channel as any gift
    ("Chad needs help. Germany will channel €3 million to UNICEF.\n",
     [(("germany",), ("unicef",), "pledged", "€3 million")]),
    ("Chad needs help. Germany will channel €3 million into the Chad Humanitarian Fund.\n",
     [(("germany",), ("chad-humanitarian-fund",), "pledged", "€3 million")]),
    ("Chad needs help. Germany will channel €3 million through the World Food Programme.\n",
     [(("germany",), ("chad",), "pledged", "€3 million")]),
    # not to fire: a channel of no sum
    ("Chad needs help. Germany will channel its support through the World Food Programme.\n", []),
])
def test_the_one_whose_work_a_gift_serves_and_a_sum_channelled(
        text: str, commitments: list[tuple[tuple[str, ...], tuple[str, ...], str, str]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a verb that gives only money, before a sum written with any currency's code
    ("Chad needs help. Japan will channel JPY 500 million to UNICEF.\n",
     [(("japan",), ("unicef",), "pledged", "JPY 500 million")]),
    ("Chad needs help. Canada has ring-fenced CAD 5 million for Chad.\n",
     [(("canada",), ("chad",), "pledged", "CAD 5 million")]),
])
def test_a_sum_written_with_its_currency_code(
        text: str, commitments: list[tuple[tuple[str, ...], tuple[str, ...], str, str]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # an agency named a programme, after its parent's possessive, is the agency, not a scheme money passes through
    ("Chile needs help. Japan pledged $5 million to the UN's World Food Programme.\n",
     [(("japan",), ("world-food-programme",), "pledged", "$5 million")]),
    # a fund is a channel: the aid goes to the one the article is about
    ("Chile needs help. Japan pledged $5 million to the African Union's Peace Fund.\n",
     [(("japan",), ("chile",), "pledged", "$5 million")]),
    # the one whose operation or effort the gift serves receives it
    ("Chile needs help. Japan pledged $5 million to the emergency operation of the World Food Programme.\n",
     [(("japan",), ("world-food-programme",), "pledged", "$5 million")]),
    ("Chile needs help. Japan pledged $5 million to the relief effort of the Chilean Red Cross.\n",
     [(("japan",), ("chilean-red-cross",), "pledged", "$5 million")]),
])
def test_an_agency_after_its_parent_and_the_one_whose_operation_is_served(
        text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a share of the sum the sentence before gave, told with the one it goes to: the same giver gives it
    ("Chile needs help. Japan pledged $50 million. Of that, $20 million will go to UNICEF.\n",
     [(("japan",), ("chile",), "pledged", "$50 million"), (("japan",), ("unicef",), "pledged", "$20 million")]),
    ("Chile needs help. Japan pledged $50 million. Some $20 million of it will go to UNICEF.\n",
     [(("japan",), ("chile",), "pledged", "$50 million"), (("japan",), ("unicef",), "pledged", "$20 million")]),
    ("Chile needs help. Japan pledged $50 million. Of the total, $20 million is for UNICEF.\n",
     [(("japan",), ("chile",), "pledged", "$50 million"), (("japan",), ("unicef",), "pledged", "$20 million")]),
    # no sum before, or no share's sum, or no one named: nothing more
    ("Chile needs help. Japan sent 40 tents. Of these, 20 will go to UNICEF.\n",
     [(("japan",), ("chile",), "delivered", "tents")]),
    ("Chile needs help. Japan pledged $50 million. Of that, most will go to UNICEF.\n",
     [(("japan",), ("chile",), "pledged", "$50 million")]),
    # an agency set off after the words that say whose agency it is receives, not its parent
    ("Chile needs help. Japan pledged $50 million to the U.N. children's agency, UNICEF, to treat children.\n",
     [(("japan",), ("unicef",), "pledged", "$50 million")]),
])
def test_a_share_of_the_sum_before_and_an_agency_set_off_after_its_parent(
        text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


def test_agreements_signed_with_relief_bodies_pay_them_the_sum() -> None:
    text = ("Chile needs help. Saudi Arabia signed agreements worth $16 million with the World Food Programme and the "
            "International Organization for Migration.\n")
    [commitment] = analyse(text, "s").commitments
    assert (commitment.givers, commitment.receivers, commitment.status) == (
        ("saudi-arabia",), ("world-food-programme", "international-organization-for-migration"), "signed")
    assert "$16 million" in commitment.wordings


@pytest.mark.parametrize("text", [
    # one of the ones signed with is the side the aid is for: no payment to relief bodies
    "Chile needs help. Saudi Arabia signed agreements with Chile and the World Food Programme.\n",
    # agreements with several donors are one of its own with each, which the text tells after, if at all
    "Chile needs help. Chile signed two grant agreements with the European Union and Germany.\n",
])
def test_agreements_signed_with_several_that_are_not_all_relief_bodies_give_nothing_at_once(text: str) -> None:
    assert analyse(text, "s").commitments == ()


_FLOODS = ("Floods in Malawi: donors step up\n\nLILONGWE, March 3 (Reuters) - Floods have displaced 200,000 people in "
           "southern Malawi, the government said on Tuesday.\n\nJapan pledged $5 million to Malawi for shelter. The "
           "European Union gave Malawi 40 water pumps. Britain said it would send tents to Malawi.\n\n\"We are "
           "grateful,\" said Malawi's disaster chief, Charles Kalemba.\n\nThe rains also hit the region's east. Roads "
           "were cut and bridges were washed away. Aid agencies said the worst was yet to come. ")


@pytest.mark.parametrize(("text", "receivers"), [
    (_FLOODS + "Trucks carrying food crossed into Mozambique on Monday, and Sweden has sent 12 boats for rescue "
               "work.\n", ("mozambique",)),
    # not to fire: a country named by its adjective or its possessive, or one that gives
    (_FLOODS + "Trucks carrying Mozambican maize crossed the border on Monday, and Sweden has sent 12 boats for "
               "rescue work.\n", ("malawi",)),
    (_FLOODS + "Trucks carrying food reached Mozambique's border on Monday, and Sweden has sent 12 boats for rescue "
               "work.\n", ("malawi",)),
    # not to fire: the main receiver named nearby
    (_FLOODS.replace("Aid agencies said", "Malawi's aid agencies said") + "Trucks carrying food crossed into "
     "Mozambique on Monday, and Sweden has sent 12 boats for rescue work.\n", ("malawi",)),
])
def test_a_gift_far_from_the_main_receiver_goes_to_the_country_its_sentence_places_it_in(
        text: str, receivers: tuple[str, ...]) -> None:
    boats = [c for c in analyse(text, "s").commitments if c.items[0].name == "boats"]
    assert [c.receivers for c in boats] == [receivers]


_NEAR = ("Floods in Malawi: donors step up\n\nLILONGWE, March 3 (Reuters) - Floods have displaced 200,000 people in "
         "southern Malawi, the government said on Tuesday.\n\nJapan pledged $5 million to Malawi for shelter. The "
         "European Union gave Malawi 40 water pumps.\n\n")


@pytest.mark.parametrize(("text", "parties"), [
    # the country a sentence opens with, with a word before its name, is where the aid goes, and gives nothing
    (_NEAR + "In neighbouring Mozambique, Sweden has sent 12 boats for rescue work.\n", (("sweden",), ("mozambique",))),
    (_NEAR + "In Mozambique, the World Food Programme has delivered 40 boats.\n",
     (("world-food-programme",), ("mozambique",))),
    (_NEAR + "For Mozambique, Sweden has pledged 12 boats.\n", (("sweden",), ("mozambique",))),
    # a clause "where" opens after a country's name
    (_NEAR + "The floods also reached Mozambique, where Sweden has sent 12 boats for rescue work.\n",
     (("sweden",), ("mozambique",))),
    # not to fire: a part of the country the text is about, and a receiver the clause names itself
    (_NEAR + "The floods also reached Malawi's south, where Sweden has sent 12 boats for rescue work.\n",
     (("sweden",), ("malawi",))),
    (_NEAR + "The floods also reached Mozambique, where Sweden has sent 12 boats to Zambia.\n",
     (("sweden",), ("zambia",))),
    (_NEAR + "Mozambique, Sweden and Norway have sent 12 boats to Malawi.\n",
     (("mozambique", "sweden", "norway"), ("malawi",))),
])
def test_the_place_a_sentence_opens_with_or_where_opens_on(text: str, parties: tuple[tuple[str, ...], ...]) -> None:
    boats = [c for c in analyse(text, "s").commitments if c.items[0].name == "boats"]
    assert [(c.givers, c.receivers) for c in boats] == [parties]


@pytest.mark.parametrize(("text", "gift"), [
    # "there" after the thing and "it" before it stand for the country named before, and are no words of the thing
    (_NEAR + "The storm then moved on to Mozambique. Sweden has sent 12 boats there for rescue work.\n",
     (("sweden",), ("mozambique",), "boats")),
    (_NEAR + "Mozambique was also hit, and Sweden has sent it 12 boats for rescue work.\n",
     (("sweden",), ("mozambique",), "boats")),
    (_NEAR + "Mozambique was also hit. Sweden has sent 12 boats already.\n", (("sweden",), ("malawi",), "boats")),
    # not to fire: two countries "there" may stand for, and none
    (_NEAR + "The storm then moved on to Mozambique and Zambia. Sweden has sent 12 boats there.\n",
     (("sweden",), ("malawi",), "boats")),
    (_NEAR + "Sweden has sent 12 boats there.\n", (("sweden",), ("malawi",), "boats")),
    # "it" after a body that says so, with no one else named, is that body, and a sum is no word of the thing
    (_NEAR + "The WFP said Sweden had given it $7 million for boats.\n", (("sweden",), ("wfp",), "$7 million")),
    # not to fire: a country named after the body that says so is what "it" stands for
    (_NEAR + "The WFP said that Mozambique was also hit, and Sweden has sent it 12 boats.\n",
     (("sweden",), ("mozambique",), "boats")),
])
def test_there_or_it_for_the_country_named_before(text: str, gift: tuple[tuple[str, ...], tuple[str, ...], str]) -> None:
    assert [(c.givers, c.receivers, c.items[0].name) for c in analyse(text, "s").commitments
            if c.givers == ("sweden",)] == [gift]


def test_it_before_a_list_stands_for_the_country_for_each_thing() -> None:
    text = _NEAR + "Mozambique was also hit, and Sweden has sent it 12 boats, 30 generators and 40 tents.\n"
    assert [(c.receivers, c.items[0].name) for c in analyse(text, "s").commitments if c.givers == ("sweden",)] == \
        [(("mozambique",), "boats"), (("mozambique",), "generators"), (("mozambique",), "tents")]
    # not to fire: "it" as the subject gives, and receives nothing
    text = _NEAR + "Mozambique was also hit, and it sent 12 boats and 40 tents.\n"
    assert [c.receivers for c in analyse(text, "s").commitments if c.items[0].name == "tents"] == [("malawi",)]
