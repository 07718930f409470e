"""The who-met-whom picture: an inline SVG of meetings and their participants, made at build time.

Participants stand in a column on the left, meetings on the right, and a line joins each person (or
organisation) to each meeting they took part in. Participants are ordered by the meetings they
attended, so the lines cross as little as a two-column drawing allows. The drawing is narrow (its
viewBox is about a phone's width), so at 375 px its text keeps its size; the same `WhoMetWhom`
data gives the text alternative, so the picture and the words cannot disagree.
"""
from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

from generator.content.model import Briefing, Entity
from generator.content.schema import Participant

WIDTH = 360
"""The drawing's width in SVG units: near a phone's CSS width, so text is drawn close to its size."""
ROW = 30
"""The height of one participant's row."""
LINE = 16
"""The height of one line of a meeting's title."""
FONT = 13
PAD = 8
LEFT_WIDTH = 146
"""Where the participants' column ends; names are wrapped to fit it."""
RIGHT_X = 184
"""Where the meetings' column starts."""
MAX_MEETINGS = 8
"""The most meetings one picture draws. Beyond a handful the picture is hard to follow, and a
page must not grow with the briefing: a meeting page draws its nearest neighbours, the home page the
first meetings in reading order."""
MAX_NEIGHBOURS = 3
"""The most other meetings a meeting's own page draws beside it: those sharing most participants.
Enough to show who else its people met, and it keeps every meeting page small."""


@dataclass(frozen=True)
class Meeting:
    """One meeting in the picture."""

    entity: Entity
    participants: tuple[Entity, ...]
    """Who took part, each person or organisation once, as the meeting lists them."""
    current: bool = False
    """True on that meeting's own page: it is drawn in bold."""


@dataclass(frozen=True)
class WhoMetWhom:
    """The meetings to draw and everyone who took part in them."""

    meetings: tuple[Meeting, ...]
    participants: tuple[Entity, ...]
    """Everyone who took part, in drawing order."""

    def meetings_of(self, participant: Entity) -> tuple[Meeting, ...]:
        return tuple(m for m in self.meetings if participant.id in _ids(m))


def who_met_whom(briefing: Briefing, focus: Entity | None = None,
                 meetings: tuple[Entity, ...] | None = None) -> WhoMetWhom:
    """The first MAX_MEETINGS meetings (of `meetings`, if given: a briefing's); or, for one meeting's
    page, that meeting and the others its participants attended (the MAX_NEIGHBOURS sharing most
    participants with it)."""
    meetings = (briefing.of_kind("meetings") if meetings is None else meetings)[:MAX_MEETINGS]
    if focus is not None:
        meetings = _neighbours(briefing, focus)
    drawn = tuple(Meeting(m, _unique(_party(briefing, p) for p in m.data.participants),
                          focus is not None and m.id == focus.id) for m in meetings)
    everyone = _unique(p for m in drawn for p in m.participants)

    def order(person: Entity) -> tuple[float, int, str]:
        attended = [n for n, m in enumerate(drawn) if person.id in _ids(m)]
        return (sum(attended) / len(attended), -len(attended), person.name.casefold())

    return WhoMetWhom(drawn, tuple(sorted(everyone, key=order)))


def _neighbours(briefing: Briefing, focus: Entity) -> tuple[Entity, ...]:
    """The meeting and those sharing most participants with it, at most MAX_NEIGHBOURS, in reading order.

    Found through the back-reference index, so the cost is that of the neighbours, not of all meetings."""
    near = {_party(briefing, p).id for p in focus.data.participants}
    shared: dict[str, int] = {}
    found: dict[str, Entity] = {}
    for ident in near:
        for m in briefing.referring(ident, "meetings"):
            if m.id != focus.id and ident in {_party(briefing, p).id for p in m.data.participants}:
                shared[m.id] = shared.get(m.id, 0) + 1
                found[m.id] = m
    rank = _reading_order(briefing)
    chosen = sorted(found, key=lambda i: (-shared[i], rank[i]))[:MAX_NEIGHBOURS]
    return tuple(sorted([focus, *(found[i] for i in chosen)], key=lambda m: rank[m.id]))


_ORDER: list[tuple[Briefing, dict[str, int]]] = []
"""The reading order of the meetings of the briefing being built: made once per build, not per page."""


def _reading_order(briefing: Briefing) -> dict[str, int]:
    if not _ORDER or _ORDER[0][0] is not briefing:  # a new build: never serve another briefing's order
        _ORDER[:] = [(briefing, {m.id: n for n, m in enumerate(briefing.of_kind("meetings"))})]
    return _ORDER[0][1]


def _unique(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    """Each entity once, the first kept (entities hold lists, so they cannot be set members)."""
    seen: dict[str, Entity] = {}
    for e in entities:
        seen.setdefault(e.id, e)
    return tuple(seen.values())


def _ids(meeting: Meeting) -> set[str]:
    return {p.id for p in meeting.participants}


def _party(briefing: Briefing, participant: Participant) -> Entity:
    return briefing.get(participant.party)


def svg(graph: WhoMetWhom, title_id: str, described_by: str) -> Markup:
    """The picture as inline SVG; `described_by` is the id of the text alternative on the page."""
    if not graph.meetings:
        return Markup("")
    names = {p.id: _wrap(p.name, 19) for p in graph.participants}
    rows: dict[str, float] = {}  # the middle of each participant's row, by id
    y: float = PAD
    for person in graph.participants:
        row_height = max(ROW, LINE * len(names[person.id]) + 10)
        rows[person.id] = y + row_height / 2
        y += row_height
    left_height = y + PAD

    titles = {m.entity.id: _wrap(m.entity.name, 19) for m in graph.meetings}
    boxes: dict[str, tuple[float, float]] = {}  # top and height of each meeting's box, by id
    cursor: float = PAD
    for meeting in graph.meetings:
        height: float = LINE * len(titles[meeting.entity.id]) + 12
        centre = sum(rows[p.id] for p in meeting.participants) / len(meeting.participants)
        top = max(cursor, centre - height / 2)
        boxes[meeting.entity.id] = (top, height)
        cursor = top + height + PAD * 2
    total = max(left_height, cursor - PAD) + PAD

    out = [f'<svg class="who-met-whom" viewBox="0 0 {WIDTH} {total:g}" width="{WIDTH}" height="{total:g}" '
           f'role="img" aria-labelledby="{escape(title_id)}" aria-describedby="{escape(described_by)}" '
           f'font-size="{FONT}" xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{escape(title_id)}">Who met whom: {len(graph.meetings)} '
           f'meeting{"s" if len(graph.meetings) != 1 else ""}, {len(graph.participants)} participants</title>']
    # The lines in two paths, one for the current meeting's and one for the rest: a path of its
    # own for each line made the picture most of a meeting page's markup.
    mid = (LEFT_WIDTH + RIGHT_X) / 2
    edges: dict[bool, list[str]] = {False: [], True: []}
    for meeting in graph.meetings:
        top, height = boxes[meeting.entity.id]
        for person in meeting.participants:
            y0, y1 = rows[person.id], top + height / 2
            edges[meeting.current].append(f"M{LEFT_WIDTH:g} {y0:g}C{mid:g} {y0:g} {mid:g} {y1:g} {RIGHT_X:g} {y1:g}")
    out.append('<g class="edges">')
    out.extend(f'<path class="{"edge current" if current else "edge"}" d="{"".join(d)}"/>'
               for current, d in edges.items() if d)
    out.append("</g>")
    # Every participant's dot in one path too: two arcs each, a circle of radius 4.
    out.append('<path class="node" d="' + "".join(
        f"M{LEFT_WIDTH - 4:g} {rows[p.id]:g}a4 4 0 1 0 8 0a4 4 0 1 0-8 0" for p in graph.participants) + '"/>')
    for person in graph.participants:
        lines = names[person.id]
        first = rows[person.id] - LINE * (len(lines) - 1) / 2 + FONT * 0.35
        out.append(_text(lines, LEFT_WIDTH - 8, first, "end", "person"))
    for meeting in graph.meetings:
        top, height = boxes[meeting.entity.id]
        css = "meeting current" if meeting.current else "meeting"
        out.append(f'<rect class="{css}" x="{RIGHT_X:g}" y="{top:g}" width="{WIDTH - RIGHT_X - 1:g}" '
                   f'height="{height:g}" rx="5"/>')
        out.append(_text(titles[meeting.entity.id], RIGHT_X + 7, top + 6 + FONT, "start", css))
    out.append("</svg>")
    return Markup("".join(out))


def _text(lines: list[str], x: float, y: float, anchor: str, css: str) -> str:
    if len(lines) == 1:
        return f'<text class="{css}" x="{x:g}" y="{y:g}" text-anchor="{anchor}">{escape(lines[0])}</text>'
    spans = "".join(f'<tspan x="{x:g}" dy="{0 if n == 0 else LINE}">{escape(line)}</tspan>'
                    for n, line in enumerate(lines))
    return f'<text class="{css}" x="{x:g}" y="{y:g}" text-anchor="{anchor}">{spans}</text>'


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [text]
