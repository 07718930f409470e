"""`factsheet draft`, on invented texts in the styles of wire copy and releases, with the near misses where the same
words give nothing:
- verbs of giving the lexicon lacked ("rushed", "air-dropped", "handed ... to", "equip ... with", "began
  distributing", "continues to send", "help ... with"), and messages sent or support lent in words, which give nothing;
- whom a gift is for when its clause does not say: never the home of a giving body ("Norwegian company Statkraft",
  "Korea International Cooperation Agency") nor the country named by its attacks ("Russian strikes"); the body the next
  sentence, "which will go to" or "at <body>'s <site>" names; the headline's country in a tie;
- "Korea" alone for South Korea."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _commitments(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    # A headline and a dateline sentence first, so that the sentence read is the body's own.
    article = f"Aid for Malawi\n\nLILONGWE, March 3 - Floods have displaced thousands in the south.\n\n{text}\n"
    return [(c.givers, c.receivers, c.items[0].name, c.status) for c in analyse(article, "s").commitments]


@pytest.mark.parametrize(("text", "commitments"), [
    # aid rushed or dropped from the air, in each tense and in the passive
    ("Norway rushed 2,000 tents to Malawi on Tuesday, the ministry said.",
     [(("norway",), ("malawi",), "tents", "delivered")]),
    ("Norway will rush 2,000 tents to Malawi, the ministry said.", [(("norway",), ("malawi",), "tents", "pledged")]),
    ("Norway is rushing 2,000 tents to Malawi, the ministry said.", [(("norway",), ("malawi",), "tents", "delivered")]),
    ("2,000 tents were rushed to Malawi by Norway on Tuesday.", [(("norway",), ("malawi",), "tents", "delivered")]),
    ("Norway airdropped 20 tonnes of food to Malawi on Tuesday.",
     [(("norway",), ("malawi",), "20 tonnes of food", "delivered")]),
    ("Norway air-dropped 20 tonnes of food over southern Malawi on Tuesday.",
     [(("norway",), ("malawi",), "20 tonnes of food", "delivered")]),
    # "hand" without "over", with a counted object
    ("Norway handed 2,000 tents to Malawi on Tuesday, the ministry said.",
     [(("norway",), ("malawi",), "tents", "delivered")]),
    ("Norway will hand 40 generators to the Malawi Defence Force, the ministry said.",
     [(("norway",), ("malawi-defence-force",), "generators", "pledged")]),
    # equipping the one named with a counted thing or a sum
    ("Norway will equip the Malawi Defence Force with 20 trucks, the ministry said.",
     [(("norway",), ("malawi-defence-force",), "trucks", "pledged")]),
    ("Norway equipped Malawi with 12 radars last year, the ministry said.",
     [(("norway",), ("malawi",), "radars", "delivered")]),
    # not to fire: hurrying that carries nothing, a hand-over of power or of a letter, skills, support in words
    ("Rescuers rushed to the scene as floods hit Malawi.", []),
    ("Norway rushed through a bill on aid to Malawi.", []),
    ("Norway handed power to Malawi on Tuesday.", []),
    ("Norway handed a letter to Malawi's president on Tuesday.", []),
    ("Norway will equip Malawi with the skills to fight floods.", []),
    ("Norway lent its support to Malawi's bid for a Security Council seat.", []),
    ("Norway will lend its full support to Malawi's bid for a Security Council seat.", []),
    # lending money still gives
    ("Norway will lend $5 million to Malawi for schools.", [(("norway",), ("malawi",), "$5 million", "pledged")]),
    # giving begun, to begin, or going on
    ("The World Food Programme began distributing maize to families in Malawi on Monday.",
     [(("world-food-programme",), ("malawi",), "maize", "delivered")]),
    ("The World Food Programme has started delivering maize to Malawi.",
     [(("world-food-programme",), ("malawi",), "maize", "delivered")]),
    ("The World Food Programme said it would begin distributing maize to families in Malawi this week.",
     [(("world-food-programme",), ("malawi",), "maize", "pledged")]),
    ("Norway will start sending 2,000 tents to Malawi next week.", [(("norway",), ("malawi",), "tents", "pledged")]),
    ("Norway continues to send tents to Malawi, the ministry said.", [(("norway",), ("malawi",), "tents", "delivered")]),
    # not to fire: talks begun, water let go, words sent
    ("Norway started talks with Malawi on Monday.", []),
    ("Norway began releasing treated water from a plant near Malawi's border.", []),
    ("Norway keeps sending messages of support to Malawi.", []),
    ("Norway is sending messages of support to Malawi.", []),
    ("Norway will send a message of support to Malawi.", []),
])
def test_more_verbs_of_giving(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize("text", [
    "The Norwegian firm Statkraft donated 50 generators to a hospital in Blantyre.",
    "Norwegian company Statkraft will provide 50 generators to a hospital in Blantyre.",
    "Statkraft, a Norwegian company, donated 50 generators to a hospital in Blantyre.",
])
def test_the_home_of_a_giving_body_is_not_its_receiver(text: str) -> None:
    [(givers, receivers, item, _)] = _commitments(text)
    assert (givers, item) == (("statkraft",), "generators")
    assert "norway" not in receivers


def test_a_body_and_a_state_that_sign_together_keep_the_state_as_receiver() -> None:
    # "between Iraq's government and JICA": a coordination, not JICA's home
    text = ("Iraq is short of power. Japan's ambassador said the loan agreement signed between Iraq's government "
            "and the Japan International Cooperation Agency (JICA) will finance the rehabilitation of substations.")
    assert [r for _, r, item, _ in _commitments(text) if "substations" in item] == [("iraq",)]


@pytest.mark.parametrize(("text", "commitments"), [
    # "Korea" alone is South Korea, as wire copy and Seoul's own releases write it; "North Korea" stays itself
    ("Korea would provide $50 million to Malawi for irrigation, the ministry said.",
     [(("south-korea",), ("malawi",), "$50 million", "pledged")]),
    ("Korea has signed a $30 million loan with Malawi.", [(("south-korea",), ("malawi",), "$30 million loan", "signed")]),
    ("North Korea sent 20 tents to Malawi on Tuesday.", [(("north-korea",), ("malawi",), "tents", "delivered")]),
])
def test_korea_alone_is_south_korea(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


def test_a_national_agency_in_a_list_of_documents_gives_to_the_other_side() -> None:
    # Korea is named more often than Malawi, but the agency that bears its name gives to Malawi, not to Korea
    text = ("Malawi and Korea sign three agreements\n\nSEOUL - President Peter Banda of Malawi ended a three-day visit "
            "to Korea on Friday. Korea is one of Malawi's oldest partners, and Korea's investment in Malawi has grown "
            "every year. Banda said Korea had shown what a poor country can achieve.\n\nFollowing the talks, the two "
            "leaders witnessed the signing of the following agreements:\n\n1. A Grant Agreement with the Korea "
            "International Cooperation Agency (KOICA) providing US$15 million for a clinic in Lilongwe;\n\n2. A "
            "Memorandum of Understanding on trade.\n")
    assert [(c.givers, c.receivers) for c in analyse(text, "s").commitments] == [
        (("korea-international-cooperation-agency",), ("malawi",))]


@pytest.mark.parametrize(("text", "body", "takes"), [
    # the next sentence opens on the things just given and hands them to a body
    ("Japan will supply five patrol vessels, officials said. The ships will go to the Malawi Defence Force.",
     "malawi-defence-force", True),
    ("Germany will deliver 30 ambulances, the embassy said. They will be handed over to the Malawi Red Cross next month.",
     "malawi-red-cross", True),
    ("Germany will deliver 30 ambulances. The ambulances, each fitted with oxygen, are to be delivered to the Malawi "
     "Red Cross.", "malawi-red-cross", True),
    # or the sentence after that, when the one between gives nothing
    ("Japan will supply five patrol vessels. The pledge was made at a meeting in Tokyo. The ships will go to the Malawi "
     "Defence Force.", "malawi-defence-force", True),
    # not to fire: the next sentence opens on someone, not on the things; the sentence between gives something else
    ("France will send 12 generators. The minister will go to the Malawi Defence Force next week.",
     "malawi-defence-force", False),
    ("France will send 12 generators. Spain will send 40 tents. They will be handed over to the Malawi Red Cross.",
     "malawi-red-cross", False),
])
def test_the_next_sentence_names_who_takes_the_things(text: str, body: str, takes: bool) -> None:
    assert (_commitments(text)[0][1] == (body,)) is takes


def _grid(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    # An article on Ukraine's grid whose opening names the attacker by its adjective, as wire copy does.
    article = ("Aid for Ukraine's grid\n\nKYIV, March 3 - Russian strikes have damaged power plants across Ukraine this "
               f"winter. Ukrenergo, the state grid operator, has asked for help.\n\n{text}\n")
    return [(c.givers, c.receivers, c.items[0].name, c.status) for c in analyse(article, "s").commitments]


@pytest.mark.parametrize(("text", "commitments"), [
    # the country named by the attacks is never the article's receiver; the headline's country wins a tie
    ("Norway will send 20 transformers, the ministry said.", [(("norway",), ("ukraine",), "transformers", "pledged")]),
    # help with a counted thing, a grant told with its sum, money that "will go to", works of a body
    ("Norway will help Ukrenergo with 20 transformers.", [(("norway",), ("ukrenergo",), "transformers", "pledged")]),
    ("Norway's €20 million grant to Ukrenergo will pay for new lines.",
     [(("norway",), ("ukrenergo",), "€20 million grant", "pledged")]),
    ("Norway pledged €20 million, which will go to Ukrenergo.", [(("norway",), ("ukrenergo",), "€20 million", "pledged")]),
    ("Norway will fund repairs at Ukrenergo's substations.", [(("norway",), ("ukrenergo",), "repairs", "pledged")]),
    # not to fire: help with no count or sum; a country's works are the country's
    ("Norway will help Ukrenergo with the planning.", []),
    ("Norway will fund repairs at Ukraine's substations.", [(("norway",), ("ukraine",), "repairs", "pledged")]),
])
def test_receivers_on_a_grid_article(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _grid(text) == commitments


def test_the_headline_s_country_wins_a_tie() -> None:
    # Zambia and Malawi are named once each: the headline says whom the aid is for, not the order of the names
    text = ("Aid for Malawi after the floods\n\nLILONGWE, March 3 - Zambia and Malawi were both hit by floods this "
            "month.\n\nNorway will send 2,000 tents, the ministry said.\n")
    assert [c.receivers for c in analyse(text, "s").commitments] == [("malawi",)]


def test_the_country_named_by_its_attacks_is_never_the_receiver() -> None:
    # Russia is named twice, Ukraine once: still only one of them is where the aid goes
    text = ("Aid for Ukraine's grid\n\nKYIV, March 3 - Russian strikes and Russian missiles have damaged power plants "
            "across Ukraine this winter.\n\nNorway will send 20 transformers, the ministry said.\n")
    assert [c.receivers for c in analyse(text, "s").commitments] == [("ukraine",)]


@pytest.mark.parametrize(("text", "commitments"), [
    # a state's own service or people, named by its possessive before "with" and a count or a sum, stand for the state
    ("Japan supplied Malawi's police with 30 patrol cars.", [(("japan",), ("malawi",), "patrol cars", "delivered")]),
    ("Japan has equipped Malawi's army with 50 trucks.", [(("japan",), ("malawi",), "trucks", "delivered")]),
    ("Japan will provide Malawi's flood-hit districts with $5 million.",
     [(("japan",), ("malawi",), "$5 million", "pledged")]),
    # with no count or sum it gives nothing
    ("Japan supplied Malawi's police with training.", []),
    # the cost of a thing borne, met or shouldered is a gift of that thing
    ("Japan will bear the cost of rebuilding 10 schools in Malawi.",
     [(("japan",), ("malawi",), "rebuilding 10 schools", "pledged")]),
    ("Japan bore the cost of rebuilding 10 schools in Malawi.",
     [(("japan",), ("malawi",), "rebuilding 10 schools", "delivered")]),
    ("Japan will meet the full cost of rebuilding 10 schools in Malawi.",
     [(("japan",), ("malawi",), "rebuilding 10 schools", "pledged")]),
    # the answer to one's appeal, told by a count or a sum, is a gift to the one who appealed
    ("Japan responded to Malawi's appeal with 20 tonnes of maize.",
     [(("japan",), ("malawi",), "20 tonnes of maize", "pledged")]),
    ("Japan has responded to the Malawian government's request with a $5 million grant.",
     [(("japan",), ("malawi",), "$5 million grant", "pledged")]),
    ("Japan responded to Malawi's appeal with sympathy.", []),
    # the one turned to for a thing is asked for it; for advice or help alone, for nothing given
    ("Malawi turned to Japan for food aid.", [(("japan",), ("malawi",), "food aid", "asked")]),
    ("Malawi has turned to the World Food Programme for 20,000 tonnes of maize.",
     [(("world-food-programme",), ("malawi",), "20,000 tonnes of maize", "asked")]),
    ("Malawi turned to Japan for advice on irrigation.", []),
])
def test_owned_services_costs_borne_answers_and_turning_to(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments
