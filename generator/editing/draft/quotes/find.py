"""find_quotes: the quotes of an article and their speakers; channel: where the words were said."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.content import evidence as ev
from generator.content.ids import slug, unique
from generator.editing.draft.actors import BULLET, Cast
from generator.editing.draft.known import Known
from generator.editing.draft.model import LIKELY, UNSURE, Quote
from generator.editing.draft.quotes.around import (
    after_exclamation,
    lead_in,
    own_attribution,
    run_closed_by,
    said_before,
    signed_below,
    that_was,
)
from generator.editing.draft.quotes.attribution import attribution, excellency, termed
from generator.editing.draft.quotes.said import Said
from generator.editing.draft.text import Article, Quotation, fold

MIN_WORDS = 4
"""A shorter quoted phrase is a quote only where the sentence gives it to someone."""
ID_WORDS = 5
_CHANNEL = re.compile(r"\b(?:on|in a post on)\s+(?P<platform>X|Telegram|Facebook|Twitter|Instagram)\b|"
                      r"\b(?:at|during|in)\s+(?P<event>(?:a|the)\s+(?:joint\s+)?(?:news|press)\s+(?:conference|briefing)"
                      r"|a\s+statement|a\s+video\s+address)\b")


def channel(sentence: str) -> str:
    """Where the sentence says words were said or written: "X", "a news conference"."""
    match = _CHANNEL.search(sentence)
    if not match:
        return ""
    return match.group("platform") or " ".join(match.group("event").split())


_BULLET = re.compile(rf"\s*(?:{BULLET})")


def _past_bullet(article: Article, index: int) -> int:
    """Where a sentence starts past the bullet or number of a list's line ("- ", "2. "), but not past a live
    blog's time, which opens an entry of its own."""
    start = article.sentences[index].start
    bullet = _BULLET.match(article.masked, start)
    return bullet.end() if bullet else start


def find_quotes(article: Article, cast: Cast, known: Known, used: set[str]) -> list[Quote]:
    quotes: dict[str, Quote] = {}
    said_in: dict[int, Said] = {}
    for quotation in article.quotations:
        index = article.sentence_index(quotation.span.start)
        said = excellency(article, cast, quotation, index) or attribution(article, cast, quotation, index) \
            or after_exclamation(article, cast, quotation, index) \
            or signed_below(article, cast, quotation, index) or own_attribution(article, quotation, index) \
            or that_was(cast, quotation, index) or run_closed_by(article, cast, quotation)
        # a quote that opens a live blog's entry after its time goes on from nothing before the entry; one that
        # opens a list's line after its bullet goes on from the line before ("Ruiz said:\n- 'We will rebuild.'")
        starts = not article.masked[_past_bullet(article, index):quotation.span.start].strip()
        if said is None:
            previous = said_in.get(index - 1)
            if previous is not None and starts and (previous.speaker or previous.anonymous):
                said = Said(previous.speaker, previous.anonymous,
                             f"{LIKELY}: goes on from the quote before, given to the same speaker",
                             (*previous.sentences, index))
        if said is None and starts and len(quotation.words.split()) >= MIN_WORDS:
            said = said_before(article, cast, index) or lead_in(article, cast, index)
        if said is None:
            if len(quotation.words.split()) < MIN_WORDS or _scare(article, quotation):
                continue
            said = Said(None, False, f"{UNSURE}: REVIEW: no attribution next to the quote", (index,))
        elif len(quotation.words.split()) < MIN_WORDS and _scare(article, quotation) and \
                not (said.speaker and termed(article, quotation)):
            continue
        said_in.setdefault(index, said)
        key = fold(quotation.words)
        if not key:
            continue
        excerpts = tuple(dict.fromkeys(article.sentence_text(i) for i in sorted({*said.sentences, index})))
        if key in quotes:
            old = quotes[key]
            merged = tuple(dict.fromkeys((*old.excerpts, *excerpts)))
            if old.speaker is None and said.speaker:
                old = Quote(old.id, old.text, said.speaker, False, said.why, merged, old.channel, old.existing,
                            old.sentence)
            quotes[key] = replace(old, excerpts=merged)
            continue
        ident = unique(slug(" ".join(quotation.words.split()[:ID_WORDS])) or "quote", used)
        used.add(ident)
        quotes[key] = Quote(ident, " ".join(quotation.words.split()), said.speaker, said.anonymous, said.why,
                            excerpts, channel(article.sentence_text(index)),
                            known.quotes.get(ev.normalise(quotation.words), ""), index)
    return list(quotes.values())


def _scare(article: Article, quotation: Quotation) -> bool:
    """A term in quotation marks rather than words said: after "so-called", an article or a possessive."""
    before = article.masked[max(0, quotation.span.start - 20):quotation.span.start]
    return bool(re.search(r"(?:\bso-called|\b[Tt]he|\b[Aa]n?|\w[’']s)\s*$", before))
