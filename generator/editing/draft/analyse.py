"""The whole draft of one text: each stage's rules run in turn, each reading what the last found."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from generator.editing.draft.actors import Cast
from generator.editing.draft.commitments import find_commitments
from generator.editing.draft.event import find_event
from generator.editing.draft.known import Known, read_known
from generator.editing.draft.meetings import find_meetings
from generator.editing.draft.model import Commitment, Draft, Meeting, Outcome, Topic
from generator.editing.draft.organisations import find_organisations
from generator.editing.draft.people import find_people
from generator.editing.draft.quotes import find_quotes
from generator.editing.draft.summary import find_statements, find_topics, propose_briefing
from generator.editing.draft.text import Article

_OUTCOME = {"asked": "asked", "pledged": "offered", "agreed": "agreed", "signed": "agreed", "delivered": "offered"}
_FOLLOW_UP = re.compile(r"^(?:Discussions|The\s+(?:talks|leaders|meeting|two)|They)\b")


def draft_source(content_dir: Path, source: str) -> Draft:
    """Read source `source` from content/ and propose its facts."""
    known, text = read_known(content_dir, source)
    return analyse(text, source, known)


def analyse(text: str, source: str, known: Known | None = None) -> Draft:
    """The draft of one text, given what content/ holds already."""
    known = known or Known()
    used = set(known.taken)
    article = Article(text)
    orgs = find_organisations(article, known, used)
    by_name = {o.name: o.id for o in orgs.organisations}
    people = [replace(p, organisation=by_name.get(p.organisation[1:], "")) if p.organisation.startswith("@") else p
              for p in find_people(article, orgs, known, used)]
    cast = Cast(article, people, orgs)
    event = find_event(article, known, used)
    quotes = find_quotes(article, cast, known, used)
    meetings = find_meetings(article, cast, known, used)
    commitments = find_commitments(article, cast, meetings, used, quotes)
    topics = find_topics(article, meetings, known, used)
    meetings = [_with_topics_and_outcomes(article, m, topics, commitments) for m in meetings]
    statements = find_statements(article, cast, commitments, used)
    every_topic = list({t.id: t for found in topics.values() for t in found}.values())
    return Draft(source, event, tuple(people), tuple(orgs.organisations), tuple(quotes), tuple(meetings),
                 tuple(commitments), tuple(every_topic), tuple(statements),
                 propose_briefing(article, event, meetings, commitments))


def _with_topics_and_outcomes(article: Article, meeting: Meeting, topics: dict[int, list[Topic]],
                              commitments: list[Commitment]) -> Meeting:
    sentences = [meeting.sentence]
    nxt = meeting.sentence + 1
    if nxt < len(article.sentences) and _FOLLOW_UP.match(article.sentence_text(nxt)):
        sentences.append(nxt)
    found = [t.id for s in sentences for t in topics.get(s, [])]
    outcomes = tuple(Outcome(_OUTCOME[c.status], c.text, c.givers if c.status != "asked" else c.receivers,
                             c.receivers if c.status != "asked" else c.givers, c.excerpts[0])
                     for c in commitments if c.meeting == meeting.id)
    excerpts = meeting.excerpts + tuple(article.sentence_text(s) for s in sentences[1:])
    return replace(meeting, topics=tuple(dict.fromkeys(found)), outcomes=outcomes, excerpts=excerpts)
