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
