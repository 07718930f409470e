"""What the briefing says around the facts: topics the meetings discussed, statements the people
made in their own words, and a summary with key facts for briefing.yaml."""
from __future__ import annotations

import re

from generator.content.ids import slug, unique
from generator.editing.draft.actors import Cast
from generator.editing.draft.known import Known
from generator.editing.draft.model import LIKELY, Briefing, Commitment, Event, Meeting, Statement, Topic
from generator.editing.draft.text import Article, fold

TOPICS = (("Air defence", r"air[- ]defen[cs]e", True), ("Energy infrastructure", r"energy (?:infrastructure|system|grid)",
          True), ("Demining", r"demining", True), ("Sanctions", r"sanctions", False),
          ("Ammunition", r"ammunition|artillery shells", True), ("Drones", r"\bdrones?\b", True),
          ("Long-range weapons", r"long-range (?:missiles|weapons|drones|capability)", True),
          ("NATO membership", r"(?:membership|path) (?:of|to) NATO|NATO membership|join(?:ing)? the alliance", False),
          ("EU membership", r"membership of the European Union|EU membership|joining the European Union|"
                            r"negotiating clusters", False),
          ("Joint defence production", r"joint (?:defen[cs]e )?production", True),
          ("Reconstruction", r"reconstruction|repair of", True), ("Security guarantees", r"security (?:guarantees|"
                                                                                       r"commitments|agreement)", False),
          ("War crimes", r"war crimes", False), ("Training", r"training (?:missions|programme|program)", True))
"""Subjects the text may plainly raise: (name, pattern, aid priority)."""
_DISCUSSION = re.compile(r"\b(?:discuss(?:ed|ing)?|focus(?:ed|ing)?\s+on|talks\s+on|covered|raise[ds]?|explored)\b")
_REPORTED = re.compile(r"^\s*(?:also\s+)?(?:said|warned|noted|emphasi[sz]ed|stressed|urged|argued|insisted)\s+(?:that\s+)?")


def find_topics(article: Article, meetings: list[Meeting], known: Known, used: set[str]) -> dict[int, list[Topic]]:
    """Topics by the sentence that raises them: a meeting's sentence, or one that says what was discussed."""
    meeting_sentences = {m.sentence for m in meetings}
    existing = {fold(k.name): k.id for k in known.topics}
    topics: dict[str, Topic] = {}
    by_sentence: dict[int, list[Topic]] = {}
    for index, sentence in enumerate(article.sentences):
        text = article.masked[sentence.start:sentence.end]
        if index not in meeting_sentences and not _DISCUSSION.search(text):
            continue
        for name, pattern, priority in TOPICS:
            if not re.search(pattern, text, re.IGNORECASE):
                continue
            if name not in topics:
                ident = existing.get(fold(name)) or unique(slug(name), used)
                used.add(ident)
                topics[name] = Topic(ident, name, article.sentence_text(index), priority, fold(name) in existing)
            by_sentence.setdefault(index, []).append(topics[name])
    return by_sentence


def find_statements(article: Article, cast: Cast, commitments: list[Commitment], used: set[str]) -> list[Statement]:
    """What a named person said in their own words, outside quotation marks and outside any commitment."""
    taken = {c.sentence for c in commitments}
    quoted = {article.sentence_index(q.span.start) for q in article.quotations}
    found = []
    for index in range(len(article.sentences)):
        if index in taken or index in quoted:
            continue
        subject = cast.sentence_subject(index)
        if subject is None or subject.kind != "person":
            continue
        if not _REPORTED.match(article.masked[subject.span.end:article.sentences[index].end]):
            continue
        text = article.sentence_text(index)
        ident = unique(slug(" ".join(text.split()[:6])) or "statement", used)
        used.add(ident)
        found.append(Statement(ident, text, subject.ref, text, f"{LIKELY}: {cast.people[subject.ref].name} "
                               "is the subject of a verb of saying"))
    return found


def propose_briefing(article: Article, event: Event | None, meetings: list[Meeting],
                     commitments: list[Commitment]) -> Briefing | None:
    """The first sentence of the body as the summary, and the sentences of the meetings and
    commitments as key facts."""
    if not article.sentences:
        return None
    headline = " ".join(article.text[:article.body_start].split("\n")[0].split())
    first = article.sentence_text(0)
    facts: list[tuple[str, str]] = []
    for sentence in sorted({m.sentence for m in meetings} | {c.sentence for c in commitments}):
        text = article.sentence_text(sentence)
        if text != first and len(facts) < 5:
            facts.append((text, text))
    title = headline or (event.name if event else first[:120])
    return Briefing(title, first, first, tuple(facts))
