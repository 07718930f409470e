"""`factsheet draft`: bodies that give or receive aid, as wire copy names them, each on an invented sentence with
the near misses where the same words name no body or no receiver:
- the aid agencies, funds and charities wire copy names without saying what they are ("Norad", "Caritas",
  "WaterAid", "KSrelief"), which the gazetteer knows;
- a utility or a marketing board named by its place and its sector ("the Blantyre Water Board"), a grid company ("the
  National Electric Grid of Kyrgyzstan"), a hospital named for a royal ("Queen Elizabeth Central Hospital");
- a country's adjective before what export finance buys ("British goods"), which names no receiver;
- the state or body behind an embassy, a department, an aside of means ("The United States government, through USAID,
  donated") or an envoy who hands over "on behalf of" it, which gives; a charity of a country, which is not its state;
- a gift "for use by" a body, and one a receiver "got from" a giver;
- a gift named by its noun that "will go to", "is earmarked for" or "will be used by" its receiver, a sentence that
  opens on "A ... grant from", and a package of things;
- each thing of a list or of a gapped clause given to the one named after its own "to";
- a call for a counted thing or a sum, a request; a request for aid "to be sent to" another, who receives it;
- the sum a document signed just before provides ("The first agreement provides NOK 150 million")."""
from __future__ import annotations

import pytest

from generator.content.ids import slug
from generator.editing.draft import Draft, analyse


def _analysed(text: str) -> Draft:
    # A headline and a dateline sentence first, so that the sentence read is the body's own.
    return analyse(f"Aid for Malawi\n\nLILONGWE, March 3 - Floods have displaced thousands in the south.\n\n{text}\n", "s")


def _draft(text: str) -> tuple[list[str], list[tuple[tuple[str, ...], tuple[str, ...], str]]]:
    draft = _analysed(text)
    return [o.name for o in draft.organisations], [(c.givers, c.receivers, c.items[0].name) for c in draft.commitments]


_KNOWN_BODIES = [
    # agencies of governments
    "Norad", "Danida", "Sida", "Enabel", "AECID", "AICS", "the Austrian Development Agency", "Irish Aid",
    "the Swiss Agency for Development and Cooperation", "BMZ", "TIKA", "AFAD", "KSrelief",
    # development finance and export credit
    "the Japan Bank for International Cooperation", "JBIC", "NEXI", "UK Export Finance", "British International Investment",
    "DEG", "Proparco", "FMO", "Finnfund", "Swedfund", "Norfund",
    # charities and funds
    "Caritas", "Islamic Relief", "Humanity & Inclusion", "Handicap International", "Welthungerhilfe", "ActionAid",
    "Trócaire", "Americares", "Samaritan's Purse", "ALIMA", "Solidarités International", "Action Against Hunger",
    "Mary's Meals", "Johanniter", "Médecins du Monde", "SOS Children's Villages", "CEPI", "UNMAS", "ACTED",
    "Concern Worldwide", "Christian Aid", "Plan International", "Direct Relief", "Catholic Relief Services",
    "Habitat for Humanity", "ShelterBox", "Medair", "Cordaid", "Team Rubicon", "Project HOPE",
    "International Medical Corps", "Malteser International", "Diakonie Katastrophenhilfe", "Tearfund", "War Child",
    "Helvetas", "Terre des Hommes", "Relief International", "Sightsavers", "WaterAid", "BRAC", "World Relief",
    "Education Cannot Wait", "UNAIDS", "UNIDO",
]


@pytest.mark.parametrize("body", _KNOWN_BODIES)
def test_a_known_aid_body_gives(body: str) -> None:
    found, commitments = _draft(f"{body[:1].upper()}{body[1:]} delivered 200 tents to Malawi on Tuesday.")
    assert len(found) == 2
    assert [(len(givers), receivers) for givers, receivers, _ in commitments] == [(1, ("malawi",))]


@pytest.mark.parametrize("body", _KNOWN_BODIES)
def test_a_known_aid_body_receives(body: str) -> None:
    found, commitments = _draft(f"Norway gave $2 million to {body} on Tuesday.")
    assert len(found) == 2
    assert [(givers, len(receivers)) for givers, receivers, _ in commitments] == [(("norway",), 1)]


def test_a_body_known_by_its_initials_keeps_the_name_the_text_gives_it() -> None:
    found, _ = _draft("The Disaster and Emergency Management Authority (AFAD) delivered 200 tents to Malawi.")
    assert "Disaster and Emergency Management Authority" in found
    found, _ = _draft("AFAD delivered 200 tents to Malawi on Tuesday.")
    assert "AFAD" in found


@pytest.mark.parametrize("text", [
    # a word of the gazetteer's in other words: no body
    "Norway set a goal of 200 tents for Malawi, the ministry said.",
    "The plan, international observers said, would take years.",
])
def test_words_of_a_known_body_s_name_alone_name_none(text: str) -> None:
    found, _ = _draft(text)
    assert found in ([], ["Norway"], ["Norway", "Malawi"])


@pytest.mark.parametrize(("text", "name"), [
    ("Britain will give £2 million to Blantyre Water Board.", "Blantyre Water Board"),
    ("Japan pledged $4 million to the Southern Region Water Board.", "Southern Region Water Board"),
    ("Japan pledged $4 million to the Ceylon Electricity Board.", "Ceylon Electricity Board"),
    ("Japan will provide 20 transformers to the National Electric Grid of Kyrgyzstan.",
     "National Electric Grid of Kyrgyzstan"),
    ("Italy donated 15 ambulances to Queen Elizabeth Central Hospital.", "Queen Elizabeth Central Hospital"),
    ("Italy donated 15 ambulances to Princess Marina Hospital.", "Princess Marina Hospital"),
])
def test_a_utility_a_board_or_a_hospital_named_for_a_royal_receives(text: str, name: str) -> None:
    found, commitments = _draft(text)
    assert name in found
    assert [receivers for _, receivers, _ in commitments] == [(slug(name),)]


@pytest.mark.parametrize(("text", "name"), [
    # a board a body has is part of that body; a board with no place before it says not whose
    ("The IMF Executive Board approved a $50 million loan for Malawi.", "IMF Executive Board"),
    ("Japan will provide 20 transformers to the Water Board.", "Water Board"),
    # a grid told by a word that is no utility's
    ("Japan will fund the National Grid of Schools of Malawi.", "National Grid of Schools of Malawi"),
    # a royal's title with no name after it
    ("Italy donated 15 ambulances to the King Hospital.", "King Hospital"),
])
def test_a_board_grid_or_hospital_that_names_no_body(text: str, name: str) -> None:
    found, _ = _draft(text)
    assert name not in found


def test_a_royal_a_hospital_is_named_for_is_no_person() -> None:
    draft = analyse("Italy donated 15 ambulances to Queen Elizabeth Central Hospital in Blantyre.\n", "s")
    assert [p.name for p in draft.people] == []


@pytest.mark.parametrize(("text", "receivers"), [
    ("UK Export Finance will make up to £150 million available to support British goods and services for Malawian "
     "projects.", ("malawi",)),
    ("The EIB will make €150 million available to support Italian goods for Malawian projects.", ("malawi",)),
    ("Japan will lend $40 million to buy Japanese products for Malawian hospitals.", ("malawi",)),
])
def test_the_country_whose_goods_are_bought_is_no_receiver(text: str, receivers: tuple[str, ...]) -> None:
    _, commitments = _draft(text)
    assert [r for _, r, _ in commitments] == [receivers]


@pytest.mark.parametrize(("text", "receivers"), [
    # businesses and companies may be the receivers themselves
    ("Norway gave $5 million in grants for Ukrainian businesses.", ("ukraine",)),
    ("Norway will give $5 million to Ukrainian companies hit by the strikes.", ("ukraine",)),
])
def test_a_country_s_businesses_still_receive(text: str, receivers: tuple[str, ...]) -> None:
    _, commitments = _draft(text)
    assert [r for _, r, _ in commitments] == [receivers]


@pytest.mark.parametrize(("text", "givers"), [
    # a state's mission abroad or a body's department gives for it
    ("China's embassy donated 40 boats to Malawi.", ("china",)),
    ("The U.S. embassy in Lilongwe donated 40 boats to Malawi.", ("united-states",)),
    ("The Japanese embassy handed over 40 boats to Malawi.", ("japan",)),
    ("The European Commission's humanitarian aid department gave €5 million to Malawi.", ("european-commission",)),
    ("The EU's humanitarian arm released €5 million for Malawi.", ("eu",)),
    # its envoy of any rank
    ("Britain's High Commissioner handed over 40 boats to Malawi.", ("united-kingdom",)),
    ("Japan's chargé d'affaires handed over 40 boats to Malawi.", ("japan",)),
    ("Norway's consul general handed over 40 boats to Malawi.", ("norway",)),
    # an organ set off from its verb by an aside that names its means
    ("The United States government, through USAID, donated 40 boats to Malawi.", ("united-states",)),
    # a body whose own name holds a comma, closed by another
    ("Gavi, the Vaccine Alliance, delivered 200,000 doses of cholera vaccine to Malawi.", ("gavi-the-vaccine-alliance",)),
    # one who hands over on behalf of a state or its people
    ("Ambassador Hiro Sato handed over 40 boats on behalf of Japan.", ("japan",)),
    ("On behalf of the Japanese people, Ambassador Hiro Sato handed over 40 boats to Malawi.", ("japan",)),
])
def test_the_body_behind_an_embassy_a_department_or_an_envoy_gives(text: str, givers: tuple[str, ...]) -> None:
    _, commitments = _draft(text)
    assert [g for g, _, _ in commitments] == [givers]


@pytest.mark.parametrize(("text", "absent"), [
    # a charity of a country is not its state
    ("A Norwegian charity donated 40 boats to Malawi.", "norway"),
    # donors of a country are not its state, on whose behalf no one speaks
    ("Ambassador Hiro Sato handed over 40 boats on behalf of Japanese donors.", "japan"),
    # a body named in another clause is not the subject's means
    ("Norway said Sweden and the embassy delivered 40 boats to Malawi.", "norway"),
])
def test_a_country_named_near_a_giver_that_is_not_its_state(text: str, absent: str) -> None:
    _, commitments = _draft(text)
    assert all(absent not in givers for givers, _, _ in commitments)


@pytest.mark.parametrize(("text", "commitment"), [
    # those a gift is for the use of take it
    ("Japan donated 40 boats for use by the Malawi Defence Force.", (("japan",), ("malawi-defence-force",), "boats")),
    ("Japan donated 40 boats for the use of the Malawi Police Service.",
     (("japan",), ("malawi-police-service",), "boats")),
    # "got" with the one it came from
    ("Malawi got 40 boats from Japan.", (("japan",), ("malawi",), "boats")),
])
def test_a_gift_for_the_use_of_a_body_or_got_from_a_giver(
        text: str, commitment: tuple[tuple[str, ...], tuple[str, ...], str]) -> None:
    _, commitments = _draft(text)
    assert commitments == [commitment]


@pytest.mark.parametrize("text", [
    # "got" with no thing given, or a thing that only came from somewhere
    "Malawi got worse from the floods.",
    "The boats got stuck on the way from Japan.",
    "Malawi got help from its neighbours.",
])
def test_got_that_gives_nothing(text: str) -> None:
    _, commitments = _draft(text)
    assert commitments == []


@pytest.mark.parametrize(("text", "commitments"), [
    # a gift named by its noun, then where it goes
    ("Japan's $5 million grant will go to the Malawi Red Cross Society.",
     [(("japan",), ("malawi-red-cross-society",), "$5 million grant")]),
    ("Japan's $5 million grant is earmarked for the Malawi Red Cross Society.",
     [(("japan",), ("malawi-red-cross-society",), "$5 million grant")]),
    ("Japan's $5 million grant will be used by the Malawi Red Cross Society to buy tents.",
     [(("japan",), ("malawi-red-cross-society",), "$5 million grant")]),
    ("A $5 million grant from Japan will go to the Malawi Red Cross Society.",
     [(("japan",), ("malawi-red-cross-society",), "$5 million grant")]),
    # a package of things is a gift of each
    ("Japan's package of 40 boats and 200 tents will go to the Malawi Defence Force.",
     [(("japan",), ("malawi-defence-force",), "boats"), (("japan",), ("malawi-defence-force",), "tents")]),
])
def test_a_gift_named_by_its_noun_and_where_it_goes(
        text: str, commitments: list[tuple[tuple[str, ...], tuple[str, ...], str]]) -> None:
    _, found = _draft(text)
    assert found == commitments


@pytest.mark.parametrize("text", [
    "Japan's grant went to waste.",
    "A package of reforms was agreed with Malawi.",
])
def test_a_gift_s_noun_that_goes_nowhere(text: str) -> None:
    _, found = _draft(text)
    assert found == []


@pytest.mark.parametrize(("text", "commitments"), [
    # a further thing with its own "to", the verb said once
    ("Japan gave $5 million to UNICEF and $3 million to the World Food Programme.",
     [(("japan",), ("unicef",), "$5 million"), (("japan",), ("world-food-programme",), "$3 million")]),
    ("Japan donated 40 boats to Malawi and 30 generators to Mozambique.",
     [(("japan",), ("malawi",), "boats"), (("japan",), ("mozambique",), "generators")]),
    # a list whose parts name their own receivers
    ("Japan gave $5 million to UNICEF, $3 million to the World Food Programme and $2 million to the Malawi Red Cross "
     "Society.",
     [(("japan",), ("unicef",), "$5 million"), (("japan",), ("world-food-programme",), "$3 million"),
      (("japan",), ("malawi-red-cross-society",), "$2 million")]),
    ("Canada announced $5 million for UNICEF, $3 million for the World Food Programme and $2 million for demining.",
     [(("canada",), ("unicef",), "$5 million"), (("canada",), ("world-food-programme",), "$3 million"),
      (("canada",), (), "demining")]),
    # one receiver for the whole list
    ("Japan gave 40 boats, 200 tents and 30 generators to the Malawi Defence Force.",
     [(("japan",), ("malawi-defence-force",), "boats"), (("japan",), ("malawi-defence-force",), "tents"),
      (("japan",), ("malawi-defence-force",), "generators")]),
])
def test_each_thing_goes_to_the_one_named_after_its_own_to(
        text: str, commitments: list[tuple[tuple[str, ...], tuple[str, ...], str]]) -> None:
    _, found = _draft(text)
    assert found == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a further thing that opens a clause of its own, or is no counted thing or sum
    ("Japan gave $5 million to UNICEF and 30 generators were sent to Mozambique.",
     [(("japan",), ("unicef",), "$5 million")]),
    ("Japan gave $5 million to Malawi and training to its soldiers.", [(("japan",), ("malawi",), "$5 million")]),
])
def test_a_further_to_that_is_no_further_gift(
        text: str, commitments: list[tuple[tuple[str, ...], tuple[str, ...], str]]) -> None:
    _, found = _draft(text)
    assert found == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a call for a counted thing or a sum is a request of no one named
    ("The Malawi Red Cross Society called for 50,000 tents and 2,000 tarpaulins.",
     [((), ("malawi-red-cross-society",), "tents"), ((), ("malawi-red-cross-society",), "tarpaulins")]),
    ("The Malawi Red Cross Society is calling for 50,000 tents.", [((), ("malawi-red-cross-society",), "tents")]),
    ("The UN called for $10 million for Malawi.", [((), ("malawi",), "$10 million")]),
    # a request for a gift to be sent to another: that one receives
    ("Japan appealed for 40 boats to be sent to Malawi.", [((), ("malawi",), "boats")]),
    ("The UN appealed for tents to be delivered to the Malawi Red Cross Society.",
     [((), ("malawi-red-cross-society",), "tents")]),
])
def test_a_call_for_aid_and_a_request_for_aid_sent_to_another(
        text: str, commitments: list[tuple[tuple[str, ...], tuple[str, ...], str]]) -> None:
    _, found = _draft(text)
    assert found == commitments


@pytest.mark.parametrize("text", [
    "The Malawi Red Cross Society called for an end to the fighting.",
    "The Malawi Red Cross Society called for 3 days of mourning.",
    "The Secretary-General called for financing on fair terms.",
])
def test_a_call_for_no_aid(text: str) -> None:
    _, found = _draft(text)
    assert found == []


def _signed(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    return [(c.givers, c.receivers, c.wordings[0], c.status) for c in _analysed(text).commitments]


@pytest.mark.parametrize(("text", "commitments"), [
    # a document signed, then the sum it provides in the next sentence: a gift of the signing parties
    ("Norway and Malawi signed an agreement on Thursday. The agreement provides NOK 150 million for renewable energy.",
     [(("norway",), ("malawi",), "NOK 150 million for renewable energy", "signed")]),
    ("Norway and Malawi signed two agreements on Thursday. The first agreement provides NOK 150 million for solar "
     "power.",
     [(("norway",), ("malawi",), "two agreements", "signed"),
      (("norway",), ("malawi",), "NOK 150 million for solar power", "signed")]),
    # a document named only as where a gift is told: the gift's own clause gives it
    ("Norway and Malawi signed a memorandum on Thursday. Under the memorandum, Norway will provide NOK 12 million for "
     "schools.", [(("norway",), ("malawi",), "a memorandum", "signed"),
                  (("norway",), ("malawi",), "NOK 12 million for schools", "pledged")]),
])
def test_what_a_document_signed_just_before_provides(
        text: str, commitments: list[tuple[tuple[str, ...], tuple[str, ...], str, str]]) -> None:
    assert _signed(text) == commitments


def test_a_document_that_provides_no_aid_gives_nothing() -> None:
    assert _signed("Norway and Malawi signed an agreement on Thursday. The agreement provides a framework for "
                   "cooperation.") == []
