"""The speaker an actor beside a quote stands for: a person, someone unnamed, or nobody clear."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.model import LIKELY, SURE, UNSURE
from generator.editing.draft.quotes.offices import described
from generator.editing.draft.quotes.referents import genders_of, pronoun_back
from generator.editing.draft.quotes.said import Said, aside

_FOR_SOMEONE = re.compile(r"\b(?:spokes(?:man|woman|person)|spokespeople|aides?|advisers?|advisors?|lawyers?|"
                          r"attorneys?|office|staff|campaign|family|wife|husband|son|daughter|relatives?)\s+"
                          r"(?:for|of|to)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}$", re.IGNORECASE)
"""Someone who speaks for a person, and is not that person: "a spokesman for Defence Minister Ana Ruiz said",
"the office of Ana Ruiz said", "a lawyer for Ruiz told"."""


def _for_someone(cast: Cast, actor: Actor) -> bool:
    """Whether the words before a person's name, their title included, say that someone speaks for them."""
    if actor.kind != "person":
        return False
    masked = cast.article.masked
    sentence = cast.article.sentences[cast.article.sentence_index(actor.span.start)]
    name = masked.rfind(cast.people[actor.ref].name, actor.span.start, actor.span.end)
    return bool(_FOR_SOMEONE.search(masked, sentence.start, name if name > 0 else actor.span.start))


_JOINED = re.compile(r"\s*,?\s+and\s+(?:(?:his|her|their|the)\s+[\w\s’'-]{0,40}?,\s*)?(?:the\s+)?"
                     r"(?:[A-Z][\w’'.-]*\s+){0,5}")
"""What joins two who speak together: "Ana Ruiz and Foreign Minister Ida Berg said", "Ana Ruiz and her
counterpart, Ida Berg, said"."""


def _joint(cast: Cast, actor: Actor, index: int) -> bool:
    """Whether an actor speaks together with another joined to it by "and": "Ruiz and Berg said in a joint
    statement that ...", "..., said Ruiz and Berg". The words are no one of them alone."""
    actors = cast.in_sentence(index)
    at = actors.index(actor) if actor in actors else -1
    masked = cast.article.masked
    before = actors[at - 1] if at > 0 else None
    after = actors[at + 1] if 0 <= at < len(actors) - 1 else None
    return (before is not None and bool(_JOINED.fullmatch(masked, before.span.end, actor.span.start))) or \
        (after is not None and bool(_JOINED.fullmatch(masked, actor.span.end, after.span.start)))


def resolve(cast: Cast, actor: Actor, index: int, where: str) -> Said:
    if actor.kind != "organisation" and _joint(cast, actor, index):
        return Said(None, False, f"{UNSURE}: REVIEW: {actor.ref!r} ({where}) speaks together with another",
                     (index,))
    if _for_someone(cast, actor):
        name = cast.people[actor.ref].name
        return Said(None, True, f"{LIKELY}: someone who speaks for {name} ({where}), not {name}", (index,))
    if actor.kind == "organisation":
        name = cast.organisations[actor.ref].name
        return Said(None, True, f"{LIKELY}: given to {name} ({where}), not to a named person", (index,))
    if actor.kind == "description" and cast.anonymous(actor):
        return Said(None, True, f"{SURE}: {actor.ref!r} ({where}) names nobody; anonymous", (index,))
    speaker, reason, back = person_for(cast, actor, index)
    if speaker is None:
        return Said(None, False, f"{UNSURE}: REVIEW: {reason} ({where})", (index,))
    sure = SURE if actor.kind == "person" else LIKELY
    sentences = (back, index) if back is not None else (index,)
    return Said(speaker, False, f"{sure}: {reason} ({where})", sentences)


def person_for(cast: Cast, actor: Actor, index: int) -> tuple[str | None, str, int | None]:
    """The person an actor stands for, the reason, and the sentence before that names them, if any. A 'he'
    or 'she' with nobody named before it in its own sentence is read back sentence by sentence."""
    if actor.kind == "description":
        return (*described(cast, actor, index), None)
    if actor.kind != "pronoun" or _people_before(cast, actor, index):
        speaker, reason = cast.person_of(actor, index)
        if speaker is None and actor.kind == "pronoun":
            subject = _subject_past_aside(cast, actor, index)
            if subject is not None:
                return subject, f"{actor.ref!r}: {cast.people[subject].name}, the subject of its clause", None
        return speaker, reason, None
    return pronoun_back(cast, actor, index)


def _subject_past_aside(cast: Cast, pronoun: Actor, index: int) -> str | None:
    """The person subject of the sentence for a 'he' or 'she' in its main clause, where everyone else named before
    the pronoun stands in a relative clause on that subject: "Ida Berg, who met Omar Saleh on Monday, praised what
    she called "a fair deal"" speaks of Berg; the clause, of whom she met. Not where Berg is known as the other
    gender."""
    subject = cast.sentence_subject(index)
    if subject is None or subject.kind != "person" or subject.span.end > pronoun.span.start or \
            genders_of(cast).get(subject.ref, pronoun.ref) != pronoun.ref:
        return None
    others = [a for a in cast.in_sentence(index) if subject.span.end <= a.span.start < pronoun.span.start and
              a.kind in ("person", "pronoun", "description")]
    if not others or not all(aside(cast.article, subject, a) for a in others):
        return None
    return subject.ref


def _people_before(cast: Cast, actor: Actor, index: int) -> bool:
    return any(a.kind == "person" or (a.kind == "description" and described(cast, a, index)[0])
               for a in cast.in_sentence(index) if a.span.end <= actor.span.start)
