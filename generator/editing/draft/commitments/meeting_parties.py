"""The parties of the meeting a sentence reports, and of the one where a document was signed."""
from __future__ import annotations

import re
from collections import Counter

from generator.editing.draft.actors import Cast
from generator.editing.draft.model import Meeting


def two_countries(cast: Cast, before: str) -> tuple[str, ...]:
    """"The two countries signed ...", with no meeting just reported: the two the article names most,
    when a third is named clearly less often."""
    if not re.search(r"\b(?:two|both)\s+(?:countries|governments|sides|nations|states)\b", before, re.IGNORECASE):
        return ()
    weight = Counter(a.ref for a in cast.actors if a.kind == "organisation"
                     and cast.organisations[a.ref].type == "country").most_common(3)
    if len(weight) < 2 or (len(weight) == 3 and weight[2][1] * 2 > weight[1][1]):
        return ()
    return (weight[0][0], weight[1][0])


def two_who_met(cast: Cast, meetings: list[Meeting], index: int, before: str) -> tuple[str, ...]:
    """"The two countries signed ...", in an article that reported a meeting of two countries before it and names a
    third often too: the two of the latest such meeting, when they are the two countries the article names most."""
    if not re.search(r"\b(?:two|both)\s+(?:countries|governments|sides|nations|states)\b", before, re.IGNORECASE):
        return ()
    weight = Counter(a.ref for a in cast.actors if a.kind == "organisation"
                     and cast.organisations[a.ref].type == "country").most_common(3)
    top = {ref for ref, _ in weight[:2]}
    if len(weight) < 2 or (len(weight) == 3 and weight[2][1] == weight[1][1]):
        return ()
    for meeting in sorted(meetings, key=lambda m: -m.sentence):
        if meeting.sentence >= index:
            continue
        parties = [p.represents[0] if p.represents else p.organisation for p in meeting.participants]
        if len(set(parties)) == 2 and set(parties) == top:
            return tuple(dict.fromkeys(parties))
    return ()


def parties_met(meetings: list[Meeting], index: int, back: int = 1) -> tuple[str, ...]:
    """The countries and organisations of the meeting reported in this sentence or the `back` before."""
    for meeting in sorted(meetings, key=lambda m: -m.sentence):
        if index - back <= meeting.sentence <= index:
            parties = [p.represents[0] if p.represents else p.organisation for p in meeting.participants]
            return tuple(dict.fromkeys(parties)) if all(parties) else ()
    return ()


def signing_meeting_parties(cast: Cast, meetings: list[Meeting], index: int, back: int) -> tuple[str, ...]:
    """"Hutapea held talks with her Papua New Guinea counterpart, Rex Kondowa, before the two ministers signed":
    the two sides of the latest meeting reported within `back` sentences, each by what its participant represents
    or else the body the text gives that person; () when a side is unknown or there are not two."""
    meeting = next((m for m in sorted(meetings, key=lambda m: -m.sentence) if index - back <= m.sentence <= index), None)
    if meeting is None:
        return ()
    parties = tuple(dict.fromkeys(p.represents[0] if p.represents else p.organisation or
                                  (cast.people[p.person].organisation if p.person in cast.people else "")
                                  for p in meeting.participants))
    return parties if len(parties) == 2 and all(parties) else ()
