"""Figures the suite gathers as it runs (cases checked, examples tried), printed once at its end.

A test counts what it checked with `count`; the `pytest_terminal_summary` hook in conftest.py prints
every group, so the figures are seen in every run without a test that only prints.
"""
from __future__ import annotations

from collections import Counter, defaultdict

COUNTS: defaultdict[str, Counter[str]] = defaultdict(Counter)


def count(group: str, what: str, n: int = 1) -> None:
    COUNTS[group][what] += n


def lines() -> list[str]:
    return [f"{group}: " + ", ".join(f"{what} {n}" for what, n in counter.items())
            for group, counter in sorted(COUNTS.items())]
