"""The event: the one summit, conference, meeting of ministers or visit the article reports, with
its place as the text names it, and its dates only where the text gives a year."""
from __future__ import annotations

import re

from generator.content.ids import slug, unique
from generator.editing.draft.gazetteer import ENTRIES, MONTHS
from generator.editing.draft.known import Known
from generator.editing.draft.model import LIKELY, SURE, Event
from generator.editing.draft.text import Article, fold

_PLACE = r"(?P<place>(?:The\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
_EVENT = re.compile(
    r"\b(?P<name>(?:(?:[A-Z][\w-]*|[a-z-]+)\s+){0,3}?(?:summit|conference|forum|gathering|ministerial|talks|"
    r"meeting\s+of\s+[\w\s-]{3,40}?))\s+(?:in|at)\s+" + _PLACE)
_MET_IN = re.compile(r"\b(?P<who>(?:[A-Z][\w-]*\s+)?[\w-]+\s+ministers|leaders|delegations?)\s+(?:met|gathered|convened)"
                     r"\s+in\s+" + _PLACE)
_VISIT = re.compile(r"\b(?:arrived\s+in|visit\s+to|visited|trip\s+to)\s+" + _PLACE)
_BEFORE = re.compile(r"\b(?:next|upcoming|planned|future|previous|last\s+year'?s?)\s+(?:\w+\s+){0,2}$")
_AFTER = re.compile(r"^\s+(?:later|next|in\s+(?:the\s+)?(?:coming|next)|last\s+year)\b")
_NOT_PLACES = frozenset({"The", "A", "An", "This", "That", "Next", "Last",
                         *(f for e in ENTRIES if e.type != "country" for f in e.forms),
                         *(a for e in ENTRIES for a in e.adjectives)})
"""Words before "summit" that name who holds it, not where: "the NATO summit", "the European summit"."""
_YEAR = re.compile(r"\b(?:(?P<day>\d{1,2})\s+)?(?P<month>" + "|".join(MONTHS) + r")\s+(?:(?P<day2>\d{1,2}),?\s+)?"
                   r"(?P<year>(?:19|20)\d\d)\b")


def find_event(article: Article, known: Known, used: set[str]) -> Event | None:
    """The first event the body reports as happening now, not one planned or past."""
    for index, sentence in enumerate(article.sentences):
        text = article.masked[sentence.start:sentence.end]
        for pattern, sure in ((_EVENT, SURE), (_MET_IN, LIKELY), (_VISIT, LIKELY)):
            for match in pattern.finditer(text):
                if _BEFORE.search(text[max(0, match.start() - 40):match.start()]) or _AFTER.match(text[match.end():]) \
                        or match.group("place").split()[-1] in MONTHS or match.group("place") in _NOT_PLACES:
                    continue
                place = " ".join(match.group("place").split())
                if pattern is _EVENT:
                    name = " ".join(match.group().split())
                    name = re.sub(r"^(?:(?:the|a|an|at|during|of)\s+)+", "", name, flags=re.IGNORECASE)
                elif pattern is _MET_IN:
                    name = f"Meeting of {' '.join(match.group('who').split())} in {place}"
                else:
                    name = f"Visit to {place}"
                name = name[:1].upper() + name[1:]
                excerpt = article.sentence_text(index)
                existing = next((k for k in known.events if fold(place) in (fold(n) for n in k.names)), None)
                if existing is not None:
                    return Event(existing.id, existing.name, place, excerpt, f"{sure}: the event content/ has in {place}",
                                 known=True)
                ident = unique(slug(name) or "event", used)
                used.add(ident)
                date = _date(text)
                return Event(ident, name, place, excerpt, f"{sure}: {match.group().strip()!r}", date)
    return None


def _date(text: str) -> str:
    match = _YEAR.search(text)
    if not match:
        return ""
    month = MONTHS.index(match.group("month")) + 1
    day = match.group("day") or match.group("day2")
    return f"{match.group('year')}-{month:02d}" + (f"-{int(day):02d}" if day else "")
