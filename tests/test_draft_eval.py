"""The draft evaluation: its scorer on a hand-made case, and the draft's figures on the tune half of the
corpus, which must never fall below the figures the rules have reached."""
from __future__ import annotations

from tests.draft_eval.corpus import score_half
from tests.draft_eval.score import missed_targets, score

EXPECTED = {
    "event": {"name": "Summit", "location": "The Hague"},
    "people": [{"name": "Rishi Sunak", "title": "Prime Minister", "organisation": "United Kingdom"},
               {"name": "Ana Souza"}],
    "organisations": [{"name": "United Kingdom", "type": "country", "aliases": ["U.K.", "British"]},
                      {"name": "Ukraine", "type": "country"}],
    "quotes": [{"text": "We stand with Ukraine", "speaker": "Rishi Sunak"},
               {"text": "Nothing is decided", "speaker": None},
               {"text": "We will win", "speaker": "Ana Souza"}],
    "meetings": [{"participants": ["Rishi Sunak", "Ana Souza"]}],
    "commitments": [{"givers": ["United Kingdom"], "receivers": ["Ukraine"], "item": "Storm Shadow missiles",
                     "item_also": ["more Storm Shadow missiles"], "status": "pledged"}],
}


def test_the_scorer_counts_right_wrong_missing_and_duplicate_proposals() -> None:
    proposed = {
        "event": {"location": "the hague"},  # folded: case and a leading "the"
        "people": [{"name": "Rishi Sunak", "title": "prime minister"}, {"name": "Ana Souza", "title": "Minister"}],
        "organisations": [{"name": "U.K."}, {"name": "United Kingdom"}, {"name": "Ukraine"}],  # one duplicate
        "quotes": [{"text": "We stand with Ukraine.", "speaker": "Rishi Sunak"},  # right, punctuation folded
                   {"text": "We stand with Ukraine", "speaker": "Rishi Sunak"},  # a duplicate
                   {"text": "Nothing is decided", "speaker": None},  # right: both null
                   {"text": "We will win", "speaker": "Rishi Sunak"}],  # wrong speaker
        "meetings": [{"participants": ["Ana Souza", "Rishi Sunak", "Ukraine"]}],  # one too many
        "commitments": [{"givers": ["U.K."], "receivers": ["Ukraine"], "item": ["Storm Shadow missiles to Kyiv"]}],
    }
    tallies = score(proposed, EXPECTED)
    counts = {kind: (t.right, t.proposed, t.matched, t.expected) for kind, t in tallies.items()}
    assert counts == {
        "event": (1, 1, 1, 1),
        "people": (1, 2, 1, 2),  # a wrong title is a wrong person
        "organisations": (2, 3, 2, 2),
        "quotes": (2, 4, 2, 3),  # the duplicate and the wrong speaker are wrong; "We will win" is missed
        "meetings": (0, 1, 0, 1),
        "participants": (2, 3, 2, 2),
        "commitments": (1, 1, 1, 1),  # the wording contains the item
    }
    assert score({}, {"event": None}) ["event"].proposed == 0


FLOOR = {
    "event": (0.98, 0.96), "meetings": (0.99, 0.96), "participants": (1.00, 0.96), "people": (0.99, 0.99),
    "organisations": (0.98, 0.97), "quotes": (1.00, 0.98), "commitments": (0.96, 0.83),
}
"""(precision, recall) of each kind on the tune half, as the rules reached them (267 articles, two hundred and
thirty-eight of them scored unseen first and then added). A change that lowers one fails here; a change that raises
one should raise it here too. The issue's targets are checked by `make draft-eval`, on both halves."""


def test_the_tune_half_keeps_the_figures_reached() -> None:
    tallies = score_half("tune")
    below = {kind: (round(t.precision, 2), round(t.recall, 2)) for kind, t in tallies.items()
             if round(t.precision, 2) < FLOOR[kind][0] or round(t.recall, 2) < FLOOR[kind][1]}
    assert below == {}, f"figures below those reached: {below}"
    # Precision, which the issue sets at 0.95 for every kind, is met on the tune half.
    assert [m for m in missed_targets(tallies) if "precision" in m] == []
