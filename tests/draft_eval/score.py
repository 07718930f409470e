"""The scoring rules of tests/draft_corpus/FORMAT.md: one kind at a time, each proposal matched to
at most one expected fact and each expected fact to at most one proposal, so that a duplicate counts
as a wrong proposal."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

KINDS = ("event", "meetings", "participants", "people", "organisations", "quotes", "commitments")
PRECISION_TARGET = 0.95
RECALL_TARGETS = {"people": 0.85, "organisations": 0.85, "quotes": 0.85, "meetings": 0.75, "commitments": 0.75}


def fold(text: str | None) -> str:
    """A name as compared: case, accents, punctuation and a leading "the" folded away."""
    if text is None:
        return ""
    plain = unicodedata.normalize("NFKD", str(text).replace("ø", "o").replace("Ø", "O").replace("ł", "l"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    words = re.findall(r"[^\W_]+", re.sub(r"[’'`]", "", plain))
    return " ".join(words[1:] if words[:1] == ["the"] else words)


@dataclass
class Tally:
    """Counts for one kind: right proposals of all proposals, matched expected facts of all expected."""

    right: int = 0
    proposed: int = 0
    matched: int = 0
    expected: int = 0
    misses: list[str] = field(default_factory=list)
    """What went wrong, for the tune half only."""

    def add(self, other: Tally) -> None:
        self.right += other.right
        self.proposed += other.proposed
        self.matched += other.matched
        self.expected += other.expected
        self.misses += other.misses

    @property
    def precision(self) -> float:
        return self.right / self.proposed if self.proposed else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0


def _match(proposals: list[Any], expected: list[Any], same: Callable[[Any, Any], bool], label: str) -> Tally:
    tally = Tally(proposed=len(proposals), expected=len(expected))
    free = list(range(len(expected)))
    for proposal in proposals:
        hit = next((i for i in free if same(proposal, expected[i])), None)
        if hit is None:
            tally.misses.append(f"{label}: wrong or duplicate: {proposal}")
            continue
        free.remove(hit)
        tally.right += 1
        tally.matched += 1
    tally.misses += [f"{label}: missed: {expected[i]}" for i in free]
    return tally


class Names:
    """The expected organisations' names and aliases, so that "U.K." and "United Kingdom" are one."""

    def __init__(self, organisations: list[dict[str, Any]]):
        self.canonical: dict[str, str] = {}
        for org in organisations:
            for name in [org["name"], *(org.get("aliases") or [])]:
                self.canonical.setdefault(fold(name), fold(org["name"]))

    def of(self, name: str) -> str:
        return self.canonical.get(fold(name), fold(name))


def score(proposed: dict[str, Any], expected: dict[str, Any]) -> dict[str, Tally]:
    """Score one article: `proposed` holds the same keys as an expected file, with `item` a list of
    wordings and meetings as lists of participants."""
    names = Names(expected.get("organisations") or [])
    tallies: dict[str, Tally] = {}
    event = expected.get("event")
    tallies["event"] = _match([proposed["event"]["location"]] if proposed.get("event") else [],
                              [event["location"]] if event and event.get("location") else [],  # an event with no place
                              lambda p, e: fold(p) == fold(e), "event")
    tallies["people"] = _match(
        [(p["name"], p.get("title")) for p in proposed.get("people", [])],
        [(p["name"], p.get("title")) for p in expected.get("people") or []],
        lambda p, e: fold(p[0]) == fold(e[0]) and fold(p[1]) == fold(e[1]), "people")
    tallies["organisations"] = _match([o["name"] for o in proposed.get("organisations", [])],
                                      [o["name"] for o in expected.get("organisations") or []],
                                      lambda p, e: names.of(p) == fold(e), "organisations")
    tallies["quotes"] = _match(
        [(q["text"], q.get("speaker")) for q in proposed.get("quotes", [])],
        [(q["text"], q.get("speaker")) for q in expected.get("quotes") or []],
        lambda p, e: fold(p[0]) == fold(e[0]) and fold(p[1]) == fold(e[1]), "quotes")
    # A quote whose speaker the draft leaves empty for review claims no speaker: it is right where the
    # article names none, and otherwise a fact still to find (a miss), not a wrong one.
    unclaimed = [m for m in tallies["quotes"].misses if m.startswith("quotes: wrong or duplicate: (") and m.endswith(", None)")]
    tallies["quotes"].proposed -= len(unclaimed)
    tallies["quotes"].misses = [m for m in tallies["quotes"].misses if m not in unclaimed] + [
        f"quotes: left for review: {m.removeprefix('quotes: wrong or duplicate: ')}" for m in unclaimed]

    def parties(meeting: dict[str, Any]) -> frozenset[str]:
        return frozenset(names.of(p) for p in meeting["participants"])

    mine = [parties(m) for m in proposed.get("meetings", [])]
    theirs = [parties(m) for m in expected.get("meetings") or []]
    tallies["meetings"] = _match(mine, theirs, lambda p, e: p == e, "meetings")
    tallies["participants"] = _participants(mine, theirs)
    tallies["commitments"] = _match(
        [(frozenset(map(names.of, c["givers"])), frozenset(map(names.of, c.get("receivers") or [])),
          [fold(w) for w in c["item"]]) for c in proposed.get("commitments", [])],
        [(frozenset(map(names.of, c["givers"])), frozenset(map(names.of, c.get("receivers") or [])),
          [fold(c["item"]), *(fold(w) for w in c.get("item_also") or [])]) for c in expected.get("commitments") or []],
        _same_commitment, "commitments")
    return tallies


def _same_commitment(proposal: tuple[Any, Any, list[str]], expected: tuple[Any, Any, list[str]]) -> bool:
    if proposal[0] != expected[0] or proposal[1] != expected[1]:
        return False
    return any(w and e and (e in w or w in e) for w in proposal[2] for e in expected[2])


def _participants(mine: list[frozenset[str]], theirs: list[frozenset[str]]) -> Tally:
    """Each proposed meeting is paired with the expected meeting it shares most participants with
    (each expected meeting once); a (meeting, participant) pair is right when its meeting's pair holds it."""
    tally = Tally(proposed=sum(map(len, mine)), expected=sum(map(len, theirs)))
    free = list(range(len(theirs)))
    for meeting in mine:
        best = max(free, key=lambda i: len(meeting & theirs[i]), default=None)
        if best is None or not meeting & theirs[best]:
            tally.misses.append(f"participants: no meeting like {sorted(meeting)}")
            continue
        free.remove(best)
        shared = len(meeting & theirs[best])
        tally.right += shared
        tally.matched += shared
    return tally


def figures(tallies: dict[str, Tally]) -> tuple[float, float]:
    """Micro-averaged precision and recall over every kind."""
    right = sum(t.right for t in tallies.values())
    proposed = sum(t.proposed for t in tallies.values())
    matched = sum(t.matched for t in tallies.values())
    expected = sum(t.expected for t in tallies.values())
    return (right / proposed if proposed else 1.0), (matched / expected if expected else 1.0)


def missed_targets(tallies: dict[str, Tally]) -> list[str]:
    missed = [f"{k} precision {t.precision:.2f} < {PRECISION_TARGET}" for k, t in tallies.items()
              if t.precision < PRECISION_TARGET]
    missed += [f"{k} recall {tallies[k].recall:.2f} < {target}" for k, target in RECALL_TARGETS.items()
               if tallies[k].recall < target]
    return missed
