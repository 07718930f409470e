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
