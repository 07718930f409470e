"""The aid chart: commitments per giver, split by type, as a small static SVG drawn at build time.

It counts commitments and nothing else: sums of money in different currencies, or values the sources
do not state, are never added up. The same `AidChart` data gives the text alternative beside it, so
the picture and the words cannot disagree.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

from generator.content.model import Briefing, Entity
from generator.content.schema import AID_TYPES

UNSTATED = "type not stated"
TYPES = (*AID_TYPES, UNSTATED)
"""The bar's segments, in order."""
WIDTH = 360
"""The drawing's width in SVG units: near a phone's CSS width, so its text keeps its size there."""
LABEL_WIDTH = 136
"""Where the givers' names end and the bars begin."""
ROW = 28
BAR = 16
FONT = 13
PAD = 8
MAX_GIVERS = 12
"""The most givers drawn as bars of their own; the rest are counted in one last row."""


@dataclass(frozen=True)
class Row:
    """One bar: a giver (or the givers not drawn one by one) and its commitments of each type."""

    label: str
    counts: tuple[int, ...]
    """The number of commitments of each of TYPES."""
    giver: Entity | None = None

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def parts(self) -> tuple[tuple[str, int], ...]:
        """(type, count) for each type the row has, in order."""
        return tuple((kind, count) for kind, count in zip(TYPES, self.counts, strict=True) if count)


@dataclass(frozen=True)
class AidChart:
    rows: tuple[Row, ...]

    @property
    def types(self) -> tuple[str, ...]:
        """The types that any row has, in order: the legend names only these."""
        return tuple(kind for n, kind in enumerate(TYPES) if any(row.counts[n] for row in self.rows))


def aid_chart(briefing: Briefing) -> AidChart:
    """Each giver's commitments by type, most first; past MAX_GIVERS, the others in one row. A joint
    commitment counts for each of its givers."""
    rows = [Row(giver.name, _counts(items), giver) for giver, items in briefing.aid_by_giver()]
    rows.sort(key=lambda row: -row.total)  # stable: equal totals stay in name order
    if len(rows) > MAX_GIVERS:
        rest = rows[MAX_GIVERS - 1:]
        rows = [*rows[:MAX_GIVERS - 1],
                Row(f"{len(rest)} other givers", tuple(sum(r.counts[n] for r in rest) for n in range(len(TYPES))))]
    return AidChart(tuple(rows))


def _counts(items: tuple[Entity, ...]) -> tuple[int, ...]:
    return tuple(sum(1 for c in items if (c.data.type or UNSTATED) == kind) for kind in TYPES)


def svg(chart: AidChart, title_id: str, described_by: str) -> Markup:
    """The chart as inline SVG; `described_by` is the id of the text alternative on the page."""
    if not chart.rows:
        return Markup("")
    most = max(row.total for row in chart.rows)
    scale = (WIDTH - LABEL_WIDTH - 40) / most
    height = ROW * len(chart.rows) + PAD
    out = [f'<svg class="aid-chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" '
           f'aria-labelledby="{escape(title_id)}" aria-describedby="{escape(described_by)}" font-size="{FONT}" '
           'xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{escape(title_id)}">Commitments per giver, by type</title>']
    for n, row in enumerate(chart.rows):
        y = n * ROW + PAD
        lines = textwrap.wrap(row.label, 17)[:2] or [""]
        first = y + BAR / 2 + FONT * 0.35 - (len(lines) - 1) * FONT / 2
        out.append(f'<text x="{LABEL_WIDTH - 6}" y="{first:g}" text-anchor="end">' + "".join(
            f'<tspan x="{LABEL_WIDTH - 6}" dy="{0 if i == 0 else FONT}">{escape(line)}</tspan>'
            for i, line in enumerate(lines)) + "</text>")
        start: float = LABEL_WIDTH
        for kind, count in zip(TYPES, row.counts, strict=True):
            if count:
                out.append(f'<rect class="{css_class(kind)}" x="{start:g}" y="{y}" width="{count * scale:g}" height="{BAR}"/>')
                start += count * scale
        out.append(f'<text x="{start + 6:g}" y="{y + BAR / 2 + FONT * 0.35:g}">{row.total}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def css_class(kind: str) -> str:
    """The class that colours a type's segments (and its key in the legend beside the chart)."""
    return "bar-" + kind.split()[0]
