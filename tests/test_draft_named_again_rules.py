"""`factsheet draft`: a giver named again by what it is rather than by its name, each on an invented text: a state by
its form of state ("the sultanate", "the emirate"), as "the kingdom" and "the republic" already were, and a body by
its kind after a describing compound ("the 27-nation bloc", "the Manila-based lender"), and never the UN for "the UN
agency"; and the near misses where the words name no one state or body."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _commitments(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str]]:
    # A headline first, so that the sentence before is the text's own, not the headline.
    return [(c.givers, c.receivers, c.items[0].name) for c in analyse(f"Aid in the Gulf\n\n{text}", "s").commitments]


@pytest.mark.parametrize(("text", "commitments"), [
    # the state the sentence before opened with gives, named by its form of state, with or without a describing word
    ("Yemen is short of fuel. Oman's government said on Sunday that it was ready to help. The Sultanate sent 20 tankers "
     "of fuel to Yemen.\n",
     [(("oman",), ("yemen",), "tankers of fuel")]),
    ("Yemen is short of flour. Oman said on Sunday that it was ready to help. The sultanate has sent 5,000 tonnes of "
     "flour to Yemen.\n",
     [(("oman",), ("yemen",), "5,000 tonnes of flour")]),
    ("Oman has long backed Yemen. The Gulf sultanate also sent 40 tonnes of food to Yemen on Monday.\n",
     [(("oman",), ("yemen",), "40 tonnes of food")]),
    ("Qatar said on Sunday that it was ready to help Yemen. The Emirate will provide 3,000 tonnes of flour to Yemen.\n",
     [(("qatar",), ("yemen",), "3,000 tonnes of flour")]),
    # the state asks, named by its form of state: it is the one that would receive
    ("Oman has been hit by floods that destroyed 3,000 homes. The sultanate has appealed to donors for $20 million in "
     "aid.\n", [((), ("oman",), "$20 million")]),
    ("Qatar has been hit by floods that destroyed 3,000 homes. The emirate has appealed to donors for $20 million in "
     "aid.\n", [((), ("qatar",), "$20 million")]),
    # not to fire: two states before, so the form names neither; a describing word that sets it apart from the one named
    ("Oman and Qatar said on Sunday that they were ready to help. The Sultanate sent 20 tankers of fuel to Yemen.\n", []),
    ("Yemen said on Sunday that it needed fuel. The neighbouring sultanate sent 20 tankers of fuel to the port.\n", []),
    # a body named again by its kind, after a compound that describes it
    ("Nepal is short of food. The European Union said on Sunday that it was ready to help. The 27-nation bloc will send "
     "3,000 tonnes of rice to Nepal.\n", [(("european-union",), ("nepal",), "3,000 tonnes of rice")]),
    ("Nepal is short of food. The Asian Development Bank said on Sunday that it was ready to help. The Manila-based "
     "lender will provide a $50 million loan to Nepal.\n", [(("asian-development-bank",), ("nepal",), "$50 million loan")]),
    ("Nepal is short of food. NATO said on Sunday that it was ready to help. The 32-member alliance will send 20 tents "
     "to Nepal.\n", [(("nato",), ("nepal",), "tents")]),
    # a body of the UN or the EU called by its kind is not the UN or the EU: no giver rather than a wrong one
    ("Nepal is short of food. The UN's World Food Programme said on Sunday that it was ready to help. The UN agency will "
     "deliver 3,000 tonnes of rice to Nepal.\n", []),
    ("Nepal is short of food. The EU mission will deliver 30 tents to Nepal.\n", []),
    ("Nepal is short of food. The UN will deliver 3,000 tonnes of rice to Nepal.\n",
     [(("un",), ("nepal",), "3,000 tonnes of rice")]),
    ("Nepal is short of food. The Nepal office of UNICEF will deliver 30 tents to families in the hills.\n",
     [(("unicef",), ("nepal",), "tents")]),
    # not to fire: two banks before, so "the lender" names neither
    ("Nepal is short of food. The World Bank and the Asian Development Bank said on Sunday that they were ready to help. "
     "The Manila-based lender will provide a $50 million loan to Nepal.\n", []),
])
def test_a_giver_named_again_by_what_it_is(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _commitments(text) == commitments
