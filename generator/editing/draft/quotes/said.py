"""Who the text gives a quotation to, the verbs of speech, and where a sentence's own words start."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast, entry_start
from generator.editing.draft.gazetteer import SPEECH_VERBS
from generator.editing.draft.text import Article, Quotation, Span

_PRESENT = ("calls", "describes")
"""Verbs of speech in the present tense of a feature: "Brändli calls demining 'the precondition'"."""
_MANNER = ("joked", "quipped", "laughed", "shouted", "pleaded", "complained", "cautioned", "predicted", "observed",
           "commented", "responded", "answered", "retorted", "reiterated", "affirmed", "lamented", "recounted",
           "asserted", "assured", "promised", "pledged", "says", "recalls", "adds", "notes", "explains", "insists",
           "warns", "argues", "admits")
"""Other verbs that give words to their subject, in the past or the present of a feature: "'We can say thank you
and that's about it,' he joked", "'It will be there by May,' she promised", "he pledged the money would come
'in full coordination with Beirut'"."""
VERB = re.compile(r"\b(?:" + "|".join(sorted({*SPEECH_VERBS, *_PRESENT, *_MANNER}, key=len, reverse=True)) +
                   r"|according to|in the words of|put it)\b", re.IGNORECASE)


class Said:
    """Who the text gives a quotation to: a person, someone unnamed, or nobody clear."""

    def __init__(self, speaker: str | None, anonymous: bool, why: str, sentences: tuple[int, ...]):
        self.speaker = speaker
        self.anonymous = anonymous
        self.why = why
        self.sentences = sentences


def own(article: Article, index: int) -> Span:
    """A sentence from its own first word, past the bullet, number or time that opens a list's line or a live
    blog's entry: in "- 'We can lend,' she said" or "- During the call, the minister said: '...'" the words that
    give the quote to its speaker read as they would with no bullet."""
    sentence = article.sentences[index]
    return Span(entry_start(article, sentence), sentence.end)


def starts_sentence(article: Article, quotation: Quotation, index: int) -> bool:
    """Whether a quote opens its sentence, past the time that opens a live blog's entry: "18:40 – "We are not asking
    for charity." That was Mayor Ion Vasile" names its speaker in the sentence after, as it would without the time."""
    return not article.masked[entry_start(article, article.sentences[index]):quotation.span.start].strip()


def aside(article: Article, subject: Actor, other: Actor) -> bool:
    """Whether `other` is named inside a relative clause set off right after the subject ("Visser, who
    held talks with Hnatiuk, was blunt"): the clause is about the subject, who stays the one it speaks of."""
    clause = re.match(r",\s*(?:who|whom|whose)\b[^,;:]*,", article.masked[subject.span.end:])
    return clause is not None and other.span.end <= subject.span.end + clause.end()


_SETTING = re.compile(r"(?:In|At|On|During|Over|Throughout|Later|Earlier|Separately|Afterwards|Afterward|Then|"
                      r"Meanwhile|Today|Yesterday|Tonight)\s[^,;:]{0,80}")
"""A phrase of time or place, or an adverb of time, that opens a sentence without a comma: "In a round of interviews
he urged", "Afterwards she announced"."""


def pronoun_after_setting(cast: Cast, index: int) -> Actor | None:
    """A 'he' or 'she' that opens the sentence's main clause after a phrase of time or place set off by no
    comma: "In a round of interviews he urged London to send more, saying ...". Only 'he' or 'she', which
    is always a subject, and only where no verb and no other clause stands in the phrase."""
    sentence = own(cast.article, index)
    actors = cast.in_sentence(index)
    if not actors or actors[0].kind != "pronoun":
        return None
    lead = cast.article.masked[sentence.start:actors[0].span.start]
    if not _SETTING.fullmatch(lead.rstrip() + " ") or VERB.search(lead) or \
            re.search(r"\b(?:when|after|as|because|while|if|although|since|before|until|that|who|which)\b", lead):
        return None
    return actors[0]
