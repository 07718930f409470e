"""`python -m tests.draft_eval [--misses]`: precision and recall of `factsheet draft` per kind, on each
half of the corpus; exits 1 when a target is missed on either half. --misses lists what the tune
half got wrong (never the holdout's)."""
from __future__ import annotations

import sys

from tests.draft_eval.corpus import HALVES, score_half
from tests.draft_eval.score import KINDS, Tally, figures, missed_targets


def line(prefix: str, tallies: dict[str, Tally]) -> str:
    precision, recall = figures(tallies)
    parts = [f"{prefix}: precision {precision:.2f}, recall {recall:.2f}"]
    parts += [f"{kind} {tallies[kind].precision:.2f}/{tallies[kind].recall:.2f}"
              for kind in ("quotes", "meetings", "commitments")]
    return ", ".join(parts)


def main(argv: list[str]) -> int:
    halves = {half: score_half(half) for half in HALVES}
    print(f"{'kind':<14}" + "".join(f"{half + ' P':>12}{half + ' R':>12}" for half in HALVES) + f"{'n (tune/holdout)':>20}")
    for kind in KINDS:
        row = "".join(f"{halves[h][kind].precision:>12.2f}{halves[h][kind].recall:>12.2f}" for h in HALVES)
        counts = "/".join(str(halves[h][kind].expected) for h in HALVES)
        print(f"{kind:<14}{row}{counts:>20}")
    failed = []
    for half in HALVES:
        failed += [f"{half}: {m}" for m in missed_targets(halves[half])]
    if "--misses" in argv:
        for miss in (m for t in halves["tune"].values() for m in t.misses):
            print(f"  tune {miss}")
    overall: dict[str, Tally] = {}
    for half in HALVES:
        for kind, tally in halves[half].items():
            overall.setdefault(kind, Tally()).add(Tally(tally.right, tally.proposed, tally.matched, tally.expected))
    for miss in failed:
        print(f"target missed: {miss}")
    for half in HALVES:
        print(line(half, halves[half]))
    print(line("draft", overall))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
