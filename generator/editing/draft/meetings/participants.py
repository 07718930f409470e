"""The parties of one meeting: named next, their counterparts, as participants, and its title."""
from __future__ import annotations

import itertools
import re
from dataclasses import replace

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.gazetteer import TITLE_HEADS
from generator.editing.draft.meetings.sentence import own_span
from generator.editing.draft.meetings.together import MEMBER_GAP
from generator.editing.draft.model import Meeting, Participant
from generator.editing.draft.text import Article

_TOOK_PART = re.compile(r"^\s*(?:,[^,]*,\s*|,\s*)?(?:also\s+)?(?:(?:took\s+part|participated|joined|sat|attended|"
                        r"(?:was|were)\s+(?:also\s+)?present)\s+(?:in\s+|at\s+|for\s+)?(?:on\s+)?"
                        r"(?:the|that)\s+(?:[\w-]+\s+){0,2}?(?:call|meeting|talks|conversation|discussion)s?\b|"
                        r"(?:attended|took\s+part|participated|(?:was|were)\s+(?:also\s+)?present)\s*[.;])")
"""'Minister for Foreign Affairs Karin Holmqvist also took part in the call', 'Defence Minister Daoud Yaya also
attended', 'was also present', "Ghana's foreign minister, Ama Owusu, also attended": one more participant, in the
sentence right after the meeting."""
_PRESENT_NEXT = re.compile(r"\s*(?:Also\s+present\s+(?:was|were)|(?:The|That)\s+(?:meeting|talks|call|conversation)\s+"
                           r"(?:was|were)\s+(?:also\s+)?attended\s+by)\s+")
"""A sentence right after a meeting that names those present: "Also present was Finance Minister Peter Phiri"."""
_JOINED_AFTER = re.compile(r"^\s*(?:[,—–][^,—–]*[,—–]\s*)?(?:was|were)\s+(?:also\s+)?(?:joined|accompanied)\s+"
                           r"(?:(?:at|in|for|during)\s+(?:the\s+)?(?:talks|meeting|session|discussions?|call)\s+)?by\s+"
                           r"(?:(?:his|her|their)\s+)?(?:[\w’'-]+\s+){0,6}?(?:[\w’'-]+,\s+)?$")
"""'... was joined by Ukraine's Minister of Energy, ', 'He was joined at the talks by Japan's ambassador, ': the words
between one who met and one more who joined them."""


def joined_after(article: Article, cast: Cast, meeting: Meeting) -> Meeting:
    """"Prime Minister Hrytsenko was joined by Ukraine's Minister of Energy, Taras Bondar.": in the two
    sentences after a meeting, one who joined a participant took part too."""
    for index in range(meeting.sentence + 1, min(meeting.sentence + 3, len(article.sentences))):
        meeting = _joined_in(article, cast, meeting, index)
    return meeting


def _joined_in(article: Article, cast: Cast, meeting: Meeting, index: int) -> Meeting:
    parties = [p.party for p in meeting.participants]
    actors = cast.in_sentence(index)
    subject = _set_off_holder(article, cast, actors, cast.sentence_subject(index))
    if subject is not None and subject.kind == "person" and subject.ref not in parties and \
            index == meeting.sentence + 1 and _TOOK_PART.match(article.masked[subject.span.end:]):
        return replace(meeting, participants=(*meeting.participants, as_participant(cast, subject.ref)),
                       excerpts=(*meeting.excerpts, article.sentence_text(index)))
    present = _PRESENT_NEXT.match(article.masked, article.sentences[index].start)
    if present is not None and index == meeting.sentence + 1:
        # "Also present was Finance Minister Peter Phiri.", "The meeting was also attended by ..."
        more = [a.ref for a in actors if a.kind == "person" and a.ref not in parties]
        if more:
            return replace(meeting, participants=(*meeting.participants, *(as_participant(cast, p)
                                                                           for p in dict.fromkeys(more))),
                           excerpts=(*meeting.excerpts, article.sentence_text(index)))
    # "He was joined by ...": the one who met, told by a pronoun; one the text does not settle is the meeting's first,
    # the subject of the sentence before, as a pronoun opening the next sentence goes on with its subject
    who = cast.person_of(subject, index)[0] if subject is not None and subject.kind in ("person", "pronoun") else None
    if who is None and subject is not None and subject.kind == "pronoun" and index == meeting.sentence + 1:
        who = meeting.participants[0].person or None
    if subject is None or who is None or who not in parties:
        return meeting
    joined = next((a for a in actors if a.kind == "person" and a.span.start > subject.span.end and
                   _JOINED_AFTER.match(article.masked[subject.span.end:a.span.start])), None)
    if joined is None or joined.ref in parties:
        return meeting
    return replace(meeting, participants=(*meeting.participants, as_participant(cast, joined.ref)),
                   excerpts=(*meeting.excerpts, article.sentence_text(index)))


def _set_off_holder(article: Article, cast: Cast, actors: list[Actor], subject: Actor | None) -> Actor | None:
    """"Ghana's foreign minister, Ama Owusu, also attended": the subject is the one who holds the country's office
    named, set off by commas after it, and not the country."""
    if subject is None or subject.kind != "organisation":
        return subject
    holder = next((a for a in actors if a.span.start > subject.span.end), None)
    if holder is None or holder.kind != "person" or cast.people[holder.ref].organisation != subject.ref:
        return subject
    title = cast.people[holder.ref].title
    between = article.masked[subject.span.end:holder.span.start]
    return holder if title and re.fullmatch(r"[’']s\s+" + re.escape(title) + r"\s*,\s*", between, re.I) else subject


_COUNTERPART_OF = re.compile(r"\s+counterpart\b")


def counterpart_named(article: Article, cast: Cast, index: int, parties: list[str], party: str) -> str:
    """'Kazakh Foreign Minister Dauren Seitkali spoke at noon. ... Zhou Minghao met his Kazakh counterpart': the
    country of "his ... counterpart" stands for the one person of that country named before whose title is the other
    party's own; the country stays where none or several fit."""
    if party in cast.people or not any(
            ident == party and span.within(article.sentences[index]) and
            _COUNTERPART_OF.match(article.masked, span.end) and
            re.search(r"\b(?:his|her|their)\s+$", article.masked[max(0, span.start - 7):span.start])
            for span, ident in cast.org_mentions):
        return party
    titles = {cast.people[p].title.lower() for p in parties if p in cast.people and cast.people[p].title}
    if len(titles) != 1:
        return party
    fits = [p for p in cast.people.values() if p.organisation == party and p.title.lower() in titles and
            p.spans and p.spans[0].start < article.sentences[index].start]
    return fits[0].id if len(fits) == 1 else party


def named_next(article: Article, cast: Cast, index: int, parties: list[str]) -> list[str]:
    """'The leaders of Brazil, Argentina and Chile met in Brasilia. Brazilian President Lula Ferreira, Argentine
    President Javier Molina and Chilean President Gabriel Rojas signed...': countries that met, their people named
    together as the subject of the next sentence, one for each country and no one else, are the participants.
    Nothing where one country has no one or two named there ("Argentine Foreign Minister Ana Soto said")."""
    if len(parties) < 2 or index + 1 >= len(article.sentences) or \
            not all(p in cast.organisations and p not in cast.people for p in parties):
        return []
    opening = list(itertools.takewhile(lambda a: a.kind in ("person", "organisation"), cast.in_sentence(index + 1)))
    people = [a for a in opening if a.kind == "person"]
    if not people or len(people) != len(parties):
        return []
    sentence = own_span(article, index + 1)
    rest, start = "", sentence.start
    for person in people:
        rest += article.masked[start:person.span.start] + " "
        start = person.span.end
    countries = [cast.people[a.ref].organisation for a in people]
    if not MEMBER_GAP.fullmatch(rest) or sorted(c or "" for c in countries) != sorted(parties):
        return []
    return [people[countries.index(p)].ref for p in parties]


def office_read_as_body(cast: Cast, party: str) -> bool:
    """'The African Union Commission Chairperson, Moussa Kane, met...': a body whose name ends in a title is an
    office with its holder, a person the draft did not read, never a party of its own ("Office of the President",
    with its "of", stays a body)."""
    body = cast.organisations.get(party)
    if body is None or party in cast.people:
        return False
    words = body.name.split()
    return len(words) > 1 and "of" not in words and words[-1][:1].isupper() and words[-1].lower() in TITLE_HEADS


def as_participant(cast: Cast, party: str) -> Participant:
    person = cast.people.get(party)
    if person is None:
        return Participant(organisation=party)
    represents = (person.organisation,) if person.organisation in cast.organisations else ()
    return Participant(person=party, role=person.title, represents=represents)


def meeting_title(cast: Cast, parties: list[str]) -> str:
    def short(party: str) -> str:
        if party in cast.people:
            return cast.people[party].name.split()[-1] if parties.index(party) == 0 else cast.people[party].name
        return cast.organisations[party].name if party in cast.organisations else party

    first, *others = parties
    listed = ", ".join(short(p) for p in others[:-1]) + (" and " if len(others) > 1 else "") + short(others[-1])
    return f"{short(first)} meets {listed}"
