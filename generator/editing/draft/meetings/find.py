"""The meetings of a whole text, one sentence after another, merged by their parties."""
from __future__ import annotations

import itertools
import re

from generator.content.ids import slug, unique
from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.known import Known
from generator.editing.draft.meetings.checks import (
    BARE_TALKS,
    body_by_kind,
    joined_by,
    none_after,
    possessor,
    reporter,
    said_after_talks,
    same_doer,
    talks_opening,
    with_mediators,
)
from generator.editing.draft.meetings.not_held import (
    AMONG,
    ASSEMBLY_ATTENDED,
    CO_HOSTED,
    NOT_HELD,
    SENT_TO,
    SEPARATELY,
    YET_TO_COME,
    denied_report,
    journey_ahead,
    met_apart_together,
    past_year,
    wished_for,
)
from generator.editing.draft.meetings.objects import FIRST_GAP, object_pronoun, objects_met, then_objects
from generator.editing.draft.meetings.participants import (
    as_participant,
    counterpart_named,
    joined_after,
    meeting_title,
    named_next,
    office_read_as_body,
)
from generator.editing.draft.meetings.phrases import (
    ADDRESSED,
    AT_GATHERING,
    HOSTING,
    NOUN_TRIGGER,
    ON_SIDELINES,
    PERSONAL,
    PLANNED,
    SUBORDINATE,
    TRIGGER,
    VISIT,
    WITH,
)
from generator.editing.draft.meetings.sentence import first_word_at, lead_space, own_span
from generator.editing.draft.meetings.subject import (
    GUESTS,
    HAVING,
    after_opening,
    at_which,
    group_subject,
    participle_subject,
    relative_subject,
    styled_one,
    subject_met,
    titled_after_opening,
    unread_opening,
)
from generator.editing.draft.meetings.together import (
    attended_assembly,
    between_the_two,
    list_intro,
    list_owner,
    met_bulleted,
    met_delegations,
    met_together,
    met_whom,
    their_meeting,
    together_at_gathering,
)
from generator.editing.draft.model import SURE, Meeting
from generator.editing.draft.text import Article


def find_meetings(article: Article, cast: Cast, known: Known, used: set[str]) -> list[Meeting]:
    meetings: dict[frozenset[str], Meeting] = {}
    guests: list[str] = []
    """Who came to the last meeting reported: its subject, or whom it hosted or received."""
    subjects: dict[int, list[str]] = {}
    principals: dict[str, str] = {}
    """Whom the words of a description stood for as one who met: "the minister" -> her id."""
    for index in range(len(article.sentences)):
        sentence = own_span(article, index)
        found: list[tuple[list[str], str]] = []
        taken: list[Actor] = []
        met_at: set[int] = set()
        opened: set[str] = set()
        met_last: tuple[int, list[str]] = (-1, [])
        """Where the last meeting the sentence reports ends, and who met there."""
        """Those met at the meeting the sentence opens with, who are not who does its main verb."""
        if not re.search(r"[.!?:;”’\")]$", article.sentence_text(index)) and list_intro(article, index) is None:
            continue  # a subheading of a live blog ("Dovhan meets Irish Taoiseach") says again what its entry tells
        triggers = list(TRIGGER.finditer(article.masked, sentence.start, sentence.end))
        bare = BARE_TALKS.match(article.masked, first_word_at(article, index), sentence.end)
        if bare is not None and not any(t.start() <= bare.start() < t.end() for t in triggers):
            triggers.insert(0, bare)  # "Talks with Wambui focused on trade": no word before the noun
        if not triggers and AT_GATHERING.search(article.masked, sentence.start, sentence.end):
            # "Romanchuk raised the request with his Norwegian counterpart during talks in Oslo": in a sentence
            # that places itself at a meeting, whoever did something "with" someone met them
            triggers = [t for t in WITH.finditer(article.masked, sentence.start, sentence.end) if not
                        SUBORDINATE.search(article.masked[sentence.start:t.start()])] or \
                list(ADDRESSED.finditer(article.masked, sentence.start, sentence.end))
        elif not triggers and ON_SIDELINES.match(article.masked, sentence.start + lead_space(article, index)):
            triggers = list(ADDRESSED.finditer(article.masked, sentence.start, sentence.end))
        for trigger in triggers:
            if PLANNED.search(article.masked[sentence.start:trigger.start()]) or CO_HOSTED.search(
                    article.masked[max(sentence.start, trigger.start() - 20):trigger.start()]) or \
                    re.search(r"\bco-?$", article.masked[max(sentence.start, trigger.start() - 3):trigger.start()]) or \
                    NOT_HELD.search(article.masked[max(sentence.start, trigger.start() - 60):trigger.start()]) or \
                    journey_ahead(article, sentence, trigger) or \
                    SENT_TO.search(article.masked[sentence.start:trigger.start()]) or \
                    (re.search(r"\b(?:conference|summit|forum)s?\b", trigger.group(), re.IGNORECASE) and
                     ASSEMBLY_ATTENDED.search(article.masked[max(sentence.start, trigger.start() - 20):trigger.start()])) or \
                    wished_for(article, sentence, trigger) or denied_report(article, sentence, trigger) or \
                    YET_TO_COME.search(trigger.group()):
                continue
            objects = objects_met(article, cast, index, trigger.end())
            if VISIT.search(trigger.group()):
                # "visited Marchenko": a meeting; "visited Kyiv": a journey, whoever the place stands for
                people = list(itertools.takewhile(lambda a: a.kind == "person", objects))
                objects = people if people and FIRST_GAP.match(article.masked[trigger.end():people[0].span.start]) else []
            if PERSONAL.search(trigger.group()):
                objects = list(itertools.takewhile(lambda a: a.kind == "person", objects))
            if trigger.re is ADDRESSED:
                objects = objects[:1] if objects and objects[0].kind == "person" else []  # a person addressed
            if not objects and index:
                objects = object_pronoun(article, cast, index, trigger)
            if not objects or none_after(article, trigger, objects[-1]) or \
                    past_year(article, sentence, trigger, objects[-1].span.end):
                continue
            taken += objects
            met_at.add(trigger.start())
            said = said_after_talks(article, cast, index, trigger)
            if said == []:
                continue
            subject = said or styled_one(article, cast, index, trigger) or same_doer(article, trigger, met_last) or \
                list_owner(article, cast, index, trigger, subjects) or \
                relative_subject(article, cast, index, trigger) or \
                participle_subject(article, cast, index, trigger, taken) or \
                subject_met(article, cast, index, trigger.start(), taken, subjects, principals) or \
                at_which(article, cast, index, trigger, objects[-1]) or \
                reporter(article, cast, index, trigger, objects[-1], subjects) or \
                unread_opening(article, cast, index, trigger.start())
            if not subject and (NOUN_TRIGGER.search(trigger.group()) or
                                HAVING.fullmatch(article.masked[sentence.start:trigger.start()])):
                # "In his meeting with Whitcomb, Bondarchuk asked...", "Having met Kask, Berger said": the
                # subject follows the opening phrase
                split = next((n for n in range(1, len(objects)) if objects[n].kind == "person" and
                              article.masked[objects[n - 1].span.end:objects[n].span.start].strip() == ","), None)
                if split is None:
                    split = titled_after_opening(article, objects)
                if split is not None:
                    subject, objects = [objects[split].ref], objects[:split]
                else:
                    subject = after_opening(article, cast, index, trigger, objects[-1], tuple(meetings.values()))
                    if set(subject) & {a.ref for a in objects}:
                        # "In her talks with Prime Minister Popa and Minister Rusu, the Minister discussed": the
                        # words after the opening fit one met, who cannot have met themselves: another is meant
                        subject = []
            if len(objects) >= 2 and AMONG.search(trigger.group()) and \
                    (not subject or trigger.group().rstrip().endswith("between")):
                # "talks between Poland and Ukraine", "a trilateral meeting of A, B and C": all are named after
                found.append((list(dict.fromkeys(a.ref for a in objects)),
                              f"{SURE}: {trigger.group().strip()!r} with the participants named after it"))
                continue
            if not subject:
                subject = group_subject(article, cast, index, trigger.start(), tuple(meetings.values()))
            if not subject and GUESTS.search(article.masked[sentence.start:trigger.start()]):
                subject = guests
            if not subject:
                subject = body_by_kind(article, cast, index, trigger.start())
            if not subject:
                subject = possessor(cast, index, trigger)
                if set(subject) & {a.ref for a in objects}:
                    subject = []  # "In her talks with Popa and Rusu": "her" is another than those met
            if not subject:
                subject = talks_opening(article, cast, index, trigger, objects, subjects)
            if set(subject) & opened:
                continue  # "In her talks with Popa and Rusu, the Minister discussed the link with Romania": not Rusu
            if re.fullmatch(r"\s*(?:[Ii]n|[Dd]uring|[Aa]t|[Aa]fter|[Ff]ollowing)?\s*",
                            article.masked[sentence.start:trigger.start()]):
                opened = {a.ref for a in objects}
            parties = list(dict.fromkeys([*subject, *(a.ref for a in objects), *joined_by(article, cast, index)]))
            if subject and len(parties) >= 2:
                why = f"{SURE}: {trigger.group().strip()!r} with the participants named"
                around = article.masked[max(0, trigger.start() - 14):objects[-1].span.end + 14]
                if len(objects) > 1 and SEPARATELY.search(around) and \
                        not met_apart_together(article, sentence, around, objects[-1]):
                    found += [([*subject, a.ref], why + ", separately") for a in objects if a.ref not in subject]
                else:
                    found.append((parties, why))
                guests = [a.ref for a in objects] if HOSTING.match(trigger.group()) else subject
                for later in then_objects(article, cast, index, objects[-1].span.end):
                    taken += later
                    found.append(([*subject, *(a.ref for a in later if a.ref not in subject)], why + ", later"))
                subjects.setdefault(index, subject)
                met_last = (objects[-1].span.end, subject)
        # "The two men held talks before being joined by Nowak": met together, and then with one more
        found += met_together(article, cast, index, met_at)
        found += met_bulleted(article, cast, index, subjects)
        found += attended_assembly(article, cast, index)
        if not found:
            found += their_meeting(article, cast, index) or between_the_two(article, cast, index) or \
                together_at_gathering(article, cast, index) or \
                met_whom(article, cast, index)
        # "talks with Norwegian and German officials": delegations already counted as the parties of a meeting
        found += [d for d in met_delegations(article, cast, index) if not any(set(d[0]) <= set(f[0]) for f in found)]
        if len(found) == 1:
            found = [with_mediators(article, cast, index, found[0])]
        if index not in subjects:
            first = cast.sentence_subject(index)
            if first is not None:
                person, _ = cast.person_of(first, index)
                if person:
                    subjects[index] = [person]
        for parties, why in found:
            if any(office_read_as_body(cast, p) for p in parties):
                continue
            parties = named_next(article, cast, index, parties) or parties
            parties = list(dict.fromkeys(counterpart_named(article, cast, index, parties, p) for p in parties))
            # "received Deputy Minister Özdemir and the Turkish delegation": a country or body whose own person takes
            # part is there through that person
            through = [p for p in parties if p in cast.people or not any(
                q in cast.people and cast.people[q].organisation == p for q in parties)]
            parties = through if len(through) > 1 else parties
            key = frozenset(parties)
            if key in meetings:
                old = meetings[key]
                meetings[key] = Meeting(old.id, old.title, old.participants,
                                        tuple(dict.fromkeys((*old.excerpts, article.sentence_text(index)))),
                                        old.why, existing=old.existing, sentence=old.sentence)
                continue
            title = meeting_title(cast, parties)
            ident = known.meetings.get(key) or unique(slug(title) or "meeting", used)
            used.add(ident)
            meetings[key] = Meeting(ident, title, tuple(as_participant(cast, p) for p in parties),
                                    (article.sentence_text(index),), why, existing=known.meetings.get(key, ""),
                                    sentence=index)
    return [joined_after(article, cast, m) for m in meetings.values()]
