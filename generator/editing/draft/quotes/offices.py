"""Whom a title or a description in the text names, and which office it holds."""
from __future__ import annotations

import re

from generator.editing.draft.actors import SUBJECT_GAP, Actor, Cast
from generator.editing.draft.text import fold


def other_office(title: str, description: list[str]) -> bool:
    """Whether a folded title and a description differ in a word before the noun that makes another office: "prime
    minister" is not "the minister", nor "trade minister" "the prime minister"."""
    words = title.split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    return set(words[:max(0, cut - 1)]) & _OTHER_OFFICE != set(description[:-1]) & _OTHER_OFFICE


def named_person(cast: Cast, actor: Actor, index: int) -> str | None:
    """The person a named person or a description stands for."""
    if actor.kind == "description":
        return described(cast, actor, index)[0]
    return actor.ref if actor.kind == "person" else None


def described(cast: Cast, actor: Actor, index: int) -> tuple[str | None, str]:
    """The person a description stands for: as the cast reads it, else the one person named before whose
    title holds its noun, accents and a second title joined by "and" aside ("the Tánaiste" for the
    "Tánaiste and Minister for Foreign Affairs"), else, for "the Head of State" or "the Head of
    Government", the head of that kind the report opens with, a readout's own principal."""
    person, reason = cast.person_of(actor, index)
    if person is not None:
        return person, reason
    words = actor.ref.lower().split()
    head = HEAD_OF.match(cast.article.masked, actor.span.end)
    if words[-1:] == ["head"] and head:
        return _principal(cast, head.group(1).lower(), actor)
    if words[0] != "the":
        return None, reason
    compound = _COMPOUND.match(cast.article.masked, actor.span.end)
    if compound and len(words) == 2:
        return _compound_title(cast, actor, compound.group())
    # a title with a word of another office is not the one "the minister" names: after "Prime Minister Ana Ruiz"
    # alone, "the minister said" is some minister the text has not named, and left for review
    fits = [p for p in cast.people.values() if p.spans and p.spans[0].start < actor.span.start
            and any(title_noun(part) == fold(words[1]) and not other_office(part, words[1:])
                    for part in fold(p.title).split(" and "))]
    if len(fits) == 1 and len(words) == 2:
        return fits[0].id, f"{actor.ref!r} is the title of {fits[0].name} alone"
    office = _same_office(cast, actor)
    if office is not None and not compound:
        return office, f"{actor.ref!r} is the office of {cast.people[office].name} alone"
    return None, reason


_OTHER_OFFICE = {"prime", "deputy", "vice", "acting", "assistant", "junior", "former", "high", "chief", "first"}
"""Words before a title's noun that make it another office than the noun alone names: "the minister" is never the
Prime Minister, nor "the commissioner" the High Commissioner."""


def _same_office(cast: Cast, actor: Actor) -> str | None:
    """The one person named before whose office a description names, where its other words are the title's own or
    the country's of that person ("the Chilean minister" for "Chile's Trade Minister Ana Ruiz"), and no word before
    the title's noun makes it another office: after "Prime Minister Ana Ruiz received Trade Minister Jorge Salas",
    "the minister" is Salas."""
    words = fold(actor.ref).split()
    if not words or any(w in ("of", "for") for w in words):
        return None
    noun, modifiers = words[-1], set(words[:-1])
    fits = [p.id for p in cast.people.values() if p.spans and p.spans[0].start < actor.span.start and
            any(_holds_office(cast, p.organisation, part, noun, modifiers) for part in fold(p.title).split(" and "))]
    return fits[0] if len(fits) == 1 else None


_LEADERS = {"president", "chancellor", "premier", "king", "queen", "emir", "sultan", "taoiseach", "prime minister"}
"""The offices whose holder a report calls its country's leader: "the Moldovan leader" for President Lidia Moraru."""


def _holds_office(cast: Cast, organisation: str, title: str, noun: str, modifiers: set[str]) -> bool:
    """Whether a folded title is the office a description's noun and words name; "leader" names a head of state or
    government."""
    words = title.split()
    office = words[:next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))]
    if not office:
        return False
    if noun == "leader":
        if " ".join(office) not in _LEADERS:
            return False
    elif office[-1] != noun or (set(office[:-1]) & _OTHER_OFFICE) - modifiers:
        return False
    owner = cast.organisations.get(organisation)
    allowed = set(words) | ({w for f in (*owner.forms, owner.name) for w in fold(f).split()} if owner else set())
    return modifiers <= allowed


_COMPOUND = re.compile(r"(?:-[A-Z][\w]*)+")
"""The rest of a title written with hyphens, which a description stops short of: "the Secretary-General"."""


def _compound_title(cast: Cast, actor: Actor, rest: str) -> tuple[str | None, str]:
    """The one person named before whose title is a hyphenated one in full ("the Secretary-General" after "UN
    Secretary-General Amara Nkemelu"); none where the title only starts the same ("the Secretary" is not the
    "Secretary-General", nor the "Under-Secretary-General" the "Secretary-General")."""
    title = fold(actor.ref + rest)
    fits = [p for p in cast.people.values() if p.spans and p.spans[0].start < actor.span.start
            and any(re.sub(r"\s+(?:of|for)\s.*", "", part) == title for part in fold(p.title).split(" and "))]
    if len(fits) == 1:
        return fits[0].id, f"'{actor.ref}{rest}' is the title of {fits[0].name} alone"
    return None, f"'{actor.ref}{rest}' fits {len(fits)} people named before"


def title_end(masked: str, actor: Actor) -> int:
    """Where a description's title ends: after "of State" or the hyphens the description stops short of."""
    if actor.kind != "description":
        return actor.span.end
    head = HEAD_OF.match(masked, actor.span.end) or _COMPOUND.match(masked, actor.span.end)
    return head.end() if head else actor.span.end


def titled_subject(cast: Cast, position: int, index: int) -> Actor | None:
    """A title that stands for one person, as the subject of the verb at `position`, where its words go on past
    the description: "The Head of State said", "Opening the session, the Secretary-General said"."""
    masked = cast.article.masked
    for actor in reversed([a for a in cast.in_sentence(index) if a.span.end <= position]):
        end = title_end(masked, actor)
        if end == actor.span.end or end > position:
            continue
        if SUBJECT_GAP.match(masked[end:position]) and described(cast, actor, index)[0]:
            return actor
        return None
    return None


HEAD_OF = re.compile(r"\s+of\s+(State|Government)\b")
_HEADS_OF = {"state": ("president", "king", "queen", "emir", "monarch"),
             "government": ("prime minister", "premier", "chancellor")}
"""The titles a readout calls "the Head of State" or "the Head of Government"."""


def title_noun(title: str) -> str:
    """The noun a folded title ends with before its "of" or "for": "minister" of "minister for trade"."""
    words = title.split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    return words[cut - 1] if cut else ""


def _principal(cast: Cast, kind: str, actor: Actor) -> tuple[str | None, str]:
    """The person the report names first, where their title is one the head of a state or government
    holds: a readout says "the Head of State" of its own principal ("President Mykola Dorosh held a
    meeting ... The Head of State thanked ...")."""
    named = sorted((p for p in cast.people.values() if p.spans and p.spans[0].start < actor.span.start),
                   key=lambda p: p.spans[0].start)
    if named and fold(named[0].title) in _HEADS_OF[kind]:
        return named[0].id, f"'the Head of {kind.title()}' is {named[0].name}, whom the report opens with"
    return None, f"'the Head of {kind.title()}' names nobody the report opens with"
