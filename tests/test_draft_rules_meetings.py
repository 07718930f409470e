"""`factsheet draft`: more ways reporters tell of meetings, each rule on invented sentences (never the corpus's):
a courtesy call placed in time after the one called on; and sentences that look like meetings but are none."""
from __future__ import annotations

import pytest

from generator.editing.draft import analyse


def _meetings(text: str) -> list[list[str]]:
    return [[p.party for p in m.participants] for m in analyse(text, "s").meetings]


@pytest.mark.parametrize(("text", "meetings"), [
    # a phrase of time after the one called on: "called on Salas a day later"
    ("Chilean Foreign Minister Rosa Vidal called on Peruvian President Jorge Salas a day later.\n",
     [["rosa-vidal", "jorge-salas"]]),
    ("Chilean Foreign Minister Rosa Vidal held talks with Peruvian President Jorge Salas on Monday and called on "
     "Prime Minister Ana Ruiz two days later.\n", [["rosa-vidal", "jorge-salas"], ["rosa-vidal", "ana-ruiz"]]),
    # an appeal after the phrase of time is no call paid
    ("Chilean Foreign Minister Rosa Vidal called on Peruvian President Jorge Salas two days later to resign.\n", []),
])
def test_a_call_paid_placed_in_time_after_the_one_called_on(text: str, meetings: list[list[str]]) -> None:
    assert _meetings(text) == meetings
