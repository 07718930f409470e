"""The event itself: its id, name, place and excerpt, and its dates where the text gives a year."""
from __future__ import annotations

import re

from generator.content.ids import slug, unique
from generator.editing.draft.gazetteer import MONTHS
from generator.editing.draft.known import Known
from generator.editing.draft.model import Event
from generator.editing.draft.text import Article, fold

_YEAR = re.compile(r"\b(?:(?P<day>\d{1,2})\s+)?(?P<month>" + "|".join(MONTHS) + r")\s+(?:(?P<day2>\d{1,2}),?\s+)?"
                   r"(?P<year>(?:19|20)\d\d)\b")


def an_event(article: Article, known: Known, used: set[str], index: int, name: str, place: str, why: str) -> Event:
    name = name[:1].upper() + name[1:]
    excerpt = article.sentence_text(index)
    existing = next((k for k in known.events if fold(place) in (fold(n) for n in k.names)), None)
    if existing is not None:
        return Event(existing.id, existing.name, place, excerpt, f"{why}; the event content/ has in {place}",
                     known=True)
    ident = unique(slug(name) or "event", used)
    used.add(ident)
    text = article.masked[article.sentences[index].start:article.sentences[index].end]
    return Event(ident, name, place, excerpt, why, _date(text))


def _date(text: str) -> str:
    match = _YEAR.search(text)
    if not match:
        return ""
    month = MONTHS.index(match.group("month")) + 1
    day = match.group("day") or match.group("day2")
    return f"{match.group('year')}-{month:02d}" + (f"-{int(day):02d}" if day else "")
