"""What one clause tells (`Clause`), and the commitment made of it with the things it gives."""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.editing.draft.actors import Cast
from generator.editing.draft.items import HUMANITARIAN, MILITARY, Found
from generator.editing.draft.model import Commitment, Meeting
from generator.editing.draft.quotes import channel
from generator.editing.draft.text import Article


@dataclass(frozen=True)
class Clause:
    givers: tuple[str, ...]
    receivers: tuple[str, ...]
    status: str
    start: int
    """Where the words of the item start."""
    why: str
    end: int = -1
    """Where the words of the item end, when not at the end of the sentence."""
    whole: bool = False
    """Whether the item is a purpose, one thing however many its words."""


def make_commitment(article: Article, cast: Cast, index: int, clause: Clause,
                found: Found, meetings: list[Meeting]) -> Commitment:
    item, wordings, value = found
    wording = " ".join(wordings)
    sentence = article.sentence_text(index)
    kind = "humanitarian" if HUMANITARIAN.search(wording) else "military" if MILITARY.search(wording) else \
        "financial" if value or re.search(r"financ|budget", wording, re.IGNORECASE) else ""
    meeting = next((m.id for m in meetings if m.sentence == index), "")
    return Commitment("", "", clause.givers, clause.receivers, clause.status, (item,),
                      tuple(dict.fromkeys([*wordings, item.name])), (sentence,), clause.why, kind, value,
                      _announcer(article, cast, index, clause.givers), channel(sentence), meeting, sentence=index)


def _announcer(article: Article, cast: Cast, index: int, givers: tuple[str, ...]) -> str:
    """Who the sentence says announced it: "..., Lenart said." or "Ellison said ..." or "according to X"."""
    sentence = article.sentences[index]
    text = article.masked[sentence.start:sentence.end]
    for actor in cast.in_sentence(index):
        before = article.masked[sentence.start:actor.span.start]
        after = article.masked[actor.span.end:sentence.end]
        if (not before.strip() and re.match(r"\s+(?:also\s+)?(?:said|told|noted|wrote|announced)\b", after)) or \
                (re.search(r",\s*$", before) and re.match(r"\s+(?:said|wrote|added)\s*[.,]?\s*$", after)) or \
                re.search(r"according\s+to\s+$", before):
            person, _ = cast.person_of(actor, index)
            if person:
                return person
    del text
    return ""
