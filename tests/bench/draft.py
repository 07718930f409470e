"""The draft step of the benchmark: how long `factsheet draft` takes to read an article.

An editor runs the draft on one article at a time and waits for it, so what counts is the time per
article: the median over the corpus's tune half, the slowest article, and a long text (the Hague
article three times over, about 1,300 words) against a target. Each article is read in this
process, one after the other, so the figures are the rules' own cost, not a process's start."""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from generator.editing.draft import analyse

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "draft_corpus" / "tune"
LONG = REPO / "content" / "sources" / "hague-summit-article.txt"
LONG_REPEAT = 5
LONG_TARGET = 1.0
"""Seconds to draft the long text, at most (median of LONG_REPEAT runs)."""


@dataclass(frozen=True)
class DraftResult:
    articles: int
    words: int
    median: float
    slowest: tuple[float, str, int]
    """Seconds, the article's name and its words."""
    long_words: int
    long_median: float


def _timed(text: str, name: str) -> float:
    started = time.perf_counter()
    analyse(text, name)
    return time.perf_counter() - started


def measure_draft() -> DraftResult:
    """Draft every tune article once, then the long text LONG_REPEAT times."""
    times = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        times.append((_timed(text, path.stem), path.stem, len(text.split())))
    long_text = LONG.read_text(encoding="utf-8") * 3
    long_runs = [_timed(long_text, LONG.stem) for _ in range(LONG_REPEAT)]
    return DraftResult(len(times), sum(t[2] for t in times), statistics.median(t[0] for t in times), max(times),
                       len(long_text.split()), statistics.median(long_runs))


def report_draft(result: DraftResult) -> tuple[list[str], bool]:
    """The draft lines, and whether the target is met."""
    seconds, name, words = result.slowest
    met = result.long_median <= LONG_TARGET
    return [f"draft: {result.articles} articles ({result.words:,} words), median {result.median * 1000:.0f} ms an "
            f"article, slowest {seconds * 1000:.0f} ms ({name}, {words} words)",
            f"target draft of {result.long_words:,} words <= {LONG_TARGET:g} s: {result.long_median:.2f} "
            f"({'met' if met else 'MISSED'})"], met
