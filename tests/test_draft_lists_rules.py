"""`factsheet draft`: one sentence that gives several things, each on an invented sentence: a second verb of giving
joined by "and", a list whose first part is people sent or goods, an agreement "to fund" or "to supply" things, and
the point of "No." before a number, which ends no item."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _commitments(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    return [(c.givers, c.receivers, c.status, c.items[0].name) for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("text", "commitments"), [
    ("Chad needs help. France has sent 12 doctors and delivered two field hospitals to Chad.\n",
     [(("france",), ("chad",), "delivered", "doctors"), (("france",), ("chad",), "delivered", "field hospitals")]),
    ("Peru needs help. Chile will send five rescue teams and deliver an ambulance to Peru next week.\n",
     [(("chile",), ("peru",), "pledged", "rescue teams"), (("chile",), ("peru",), "pledged", "ambulance")]),
    ("Fiji needs help. Australia dispatched a navy vessel and donated 400 tents to Fiji on Sunday.\n",
     [(("australia",), ("fiji",), "delivered", "navy vessel"), (("australia",), ("fiji",), "delivered", "tents")]),
    ("Sudan needs help. Qatar airlifted 80 tonnes of food and provided $5 million to Sudan.\n",
     [(("qatar",), ("sudan",), "delivered", "80 tonnes of food"), (("qatar",), ("sudan",), "delivered", "$5 million")]),
    ("Nepal needs help. India is sending medicines and will supply 20 generators to Nepal.\n",
     [(("india",), ("nepal",), "delivered", "medicines"), (("india",), ("nepal",), "pledged", "generators")]),
    # not to fire: "trained" here describes the nurses; no second verb
    ("Haiti needs help. Canada sent 30 doctors and trained nurses to Haiti on Monday.\n",
     [(("canada",), ("haiti",), "delivered", "doctors and trained nurses")]),
])
def test_a_second_verb_of_giving_opens_a_thing_of_its_own(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    ("Malawi needs help. Zambia would send 20 nurses and clinical officers and a consignment of water treatment "
     "chemicals to Malawi next week.\n",
     [(("zambia",), ("malawi",), "pledged", "nurses and clinical officers"),
      (("zambia",), ("malawi",), "pledged", "consignment of water treatment chemicals")]),
    ("Chad needs help. France sent doctors and a field hospital to Chad.\n",
     [(("france",), ("chad",), "delivered", "doctors"), (("france",), ("chad",), "delivered", "field hospital")]),
    ("Fiji needs help. Australia is sending medics and a shipment of tents to Fiji.\n",
     [(("australia",), ("fiji",), "delivered", "medics"), (("australia",), ("fiji",), "delivered", "shipment of tents")]),
    # not to fire: the people of one team
    ("Sudan needs help. Qatar pledged nurses and midwives to Sudan.\n",
     [(("qatar",), ("sudan",), "pledged", "nurses and midwives")]),
])
def test_a_list_after_people_sent_or_goods(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    ("Lebanon needs help. The European Union and Lebanon signed an agreement worth 25 million euros to fund border "
     "surveillance equipment and fuel for army units deployed in the south.\n",
     [(("european-union",), ("lebanon",), "signed", "border surveillance equipment"),
      (("european-union",), ("lebanon",), "signed", "fuel")]),
    ("Kenya needs help. Japan and Kenya signed an agreement to supply 20 ambulances and 300 hospital beds to Kenya.\n",
     [(("japan",), ("kenya",), "signed", "ambulances"), (("japan",), ("kenya",), "signed", "hospital beds")]),
    ("Ghana needs help. Germany and Ghana signed an agreement to deliver tents and blankets to Ghana.\n",
     [(("germany",), ("ghana",), "signed", "tents"), (("germany",), ("ghana",), "signed", "blankets")]),
    # not to fire: a purpose is one thing, and so is one work done on two things
    ("Nepal needs help. India and Nepal signed an agreement to strengthen surveillance and testing in Nepal.\n",
     [(("india",), ("nepal",), "signed", "surveillance and testing")]),
    ("Nepal needs help. India and Nepal signed an agreement to fund the rebuilding of roads and bridges in Nepal.\n",
     [(("india",), ("nepal",), "signed", "rebuilding of roads and bridges")]),
])
def test_an_agreement_to_give_things_lists_each(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments


def test_the_point_of_a_numbered_name_ends_no_item() -> None:
    text = "Ukraine needs help. Germany will fund the repair of School No. 12 in Kharkiv for Ukraine.\n"
    assert _commitments(text) == [(("germany",), ("ukraine",), "pledged", "repair of School No. 12")]


@pytest.mark.parametrize(("text", "commitments"), [
    # the ones a ranking of gifts names next each give the sum after "with" or "at"
    ("Chad needs help. Donors met in Paris. Germany promised €40 million to Chad, followed by the United Kingdom "
     "with £20 million.\n",
     [(("germany",), ("chad",), "pledged", "€40 million"), (("united-kingdom",), ("chad",), "pledged", "£20 million")]),
    ("Chad needs help. Donors met in Paris. Germany promised €40 million to Chad, followed by the United Kingdom "
     "with £20 million and France with €10 million.\n",
     [(("germany",), ("chad",), "pledged", "€40 million"), (("united-kingdom",), ("chad",), "pledged", "£20 million"),
      (("france",), ("chad",), "pledged", "€10 million")]),
    ("Chad needs help. Donors met in Paris. Germany promised €40 million to Chad, followed by Norway with NOK 200 "
     "million.\n",
     [(("germany",), ("chad",), "pledged", "€40 million"), (("norway",), ("chad",), "pledged", "NOK 200 million")]),
    ("Chad needs help. Donors met in Paris. Germany led with €40 million for Chad, followed by Japan at $20 "
     "million.\n",
     [(("germany",), ("chad",), "pledged", "€40 million"), (("japan",), ("chad",), "pledged", "$20 million")]),
    # a wrong fact this fixed: the one named next was made the receiver of the first gift
    ("Chad needs help. Donors met in Paris. Germany promised €40 million, followed by Japan with $20 million.\n",
     [(("germany",), ("chad",), "pledged", "€40 million"), (("japan",), ("chad",), "pledged", "$20 million")]),
    # not to fire: what follows names no sum, or no ranking comes before the one with a sum
    ("Chad needs help. Germany promised €40 million to Chad, followed by talks with Japan.\n",
     [(("germany",), ("chad",), "pledged", "€40 million")]),
])
def test_the_next_in_a_ranking_of_gifts(text: str, commitments: list[tuple[tuple[str, ...], tuple[str, ...], str, str]]) \
        -> None:
    assert _commitments(text) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    ("Fiji needs help.\n\nAmong the pledges:\n- £4 million from Britain for shelter\n- 20 boats from Norway\n",
     [(("united-kingdom",), ("fiji",), "pledged", "£4 million"), (("norway",), ("fiji",), "pledged", "boats")]),
    ("Fiji needs help.\n\nDeliveries so far:\n• 20 boats (Norway)\n• 40 tents (Britain)\n",
     [(("norway",), ("fiji",), "delivered", "boats"), (("united-kingdom",), ("fiji",), "delivered", "tents")]),
    # not to fire: a heading of neither pledges nor deliveries, and a line naming two parties
    ("Fiji needs help.\n\nThe programme has three parts:\n- 20 boats from Norway\n", []),
    ("Fiji needs help.\n\nAmong the pledges:\n- 20 boats from Norway to Tonga\n", []),
])
def test_a_line_of_pledges_that_names_its_giver_after_the_thing(
        text: str, commitments: list[tuple[tuple[str, ...], tuple[str, ...], str, str]]) -> None:
    assert _commitments(text) == commitments
