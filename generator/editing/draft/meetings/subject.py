"""Who met: the subject of a verb of meeting, as the sentence names it or as an earlier one did."""
from __future__ import annotations

import itertools
import re
from collections import Counter

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.meetings.objects import LED_BY, UNNAMED_OFFICIAL, objects_met
from generator.editing.draft.meetings.phrases import NOUN_TRIGGER
from generator.editing.draft.meetings.sentence import own_span, pronoun_open, same_pronoun_before, same_side
from generator.editing.draft.meetings.titles import (
    HEAD,
    holds_title,
    official_of,
    principal,
    principal_key,
    title_holder,
    titles_merged,
    unnamed_country,
)
from generator.editing.draft.model import Meeting
from generator.editing.draft.text import Article, Span

_GROUP = re.compile(r"(?:^\s*(?P<they>[Tt]hey)\s+|(?:^|,\s*|\b(?:after|before|when|while|as|once|and)\s+)"
                    r"(?:[Tt]he\s+(?P<n>two|three|four)(?:\s+(?i:leaders|ministers|presidents|premiers|men|"
                    r"women|officials|diplomats|envoys|heads\s+of\s+state))?|[Tt]he\s+(?:pair|duo)|"
                    r"[Bb]oth(?:\s+(?i:leaders|ministers|men|women))?)\s+)"
                    r"(?:(?:also|then|later|had|have|briefly|first)\s+)*$")
"""'The two leaders held talks', 'The three ministers met', 'after the two Ministers held talks' (a press release's
capital), 'The pair met', 'Both held talks with', 'handed the doses to Banda, and the two later met': the people named
just before, when the text has named exactly that many; 'They held talks': the people the sentence before names, two
to four of them, each of another side."""
_GROUP_OPENING = re.compile(r"\s*(?:[Tt]he\s+(?P<n>two|three|four)\s+(?i:leaders|ministers|presidents|premiers|men|women|"
                            r"officials|diplomats|envoys)|[Tt]he\s+(?:pair|duo)|[Bb]oth\s+(?i:leaders|ministers|men|women))\b")
"""'The two men held talks for an hour before being joined by Nowak': the group that opens the sentence is the
subject of each of its verbs."""
GUESTS = re.compile(r"(?:^|,\s*)(?:[Tt]he|[Bb]oth)\s+(?:visitors?|guests?|visiting\s+(?:ministers|leaders|officials|"
                    r"delegations?)|delegations?)\s+(?:(?:also|then|later|had|have|first|afterwards|were|was)\s+)*$")
"""'The visitors were later received by Melnychuk': those who came to the meeting reported before."""
COUNT = {"two": 2, "three": 3, "four": 4, "both": 2}


_WHO = re.compile(r"^\s*,\s*(?:who|which)\s+(?:(?:also|later|then|had|has|have|first|earlier|separately|briefly|"
                  r"recently)\s+)*$")


_PEOPLE_OF = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:leaders|leadership|officials|representatives|delegation|"
                        r"delegates|executives|envoys|negotiators|team|staff)\b")
"""'Oxfam's leaders, who met Vidal': the people of an organisation, who met for it."""


_HONORIFIC = r"(?P<pronoun>His|Her)\s+(?P<style>Excellency|Highness|Majesty)"
_STYLED_ALONE = re.compile(r"(?:^\s*|,\s*|\b(?:which|whom|when|where|and)\s+)" + _HONORIFIC +
                           r"\s+(?:(?:also|then|later|first|separately|briefly|further|had|has|have)\s+)*$")
"""'During the visit, His Excellency met', 'during which Her Highness also held talks with': the style alone, as a
state news agency calls the one whose day it reports, with no name after it."""
_STYLED_NAME = re.compile(r"\b" + _HONORIFIC +
                          r"(?!\s+and\b)(?=(?:\s+(?:(?-i:[A-Z])[\w’'.-]*|of|the|at|for|and|to|in|on)){1,14}\b)")
_TITLE_WORDS = re.compile(r"(?:\s+(?:(?-i:[A-Z])[\w’'.-]*|of|the|at|for|and|to|in|on))*\s+")


def styled_one(article: Article, cast: Cast, index: int, trigger: re.Match[str]) -> list[str]:
    """"His Excellency Minister of State Dr. Khalid Al-Sayed arrived in Juba ... During the visit, His Excellency met
    Lt. Gen. Deng": the style alone stands for the one person the text has given that style with his or her name,
    titles between; where it has given it to none or to two, no one."""
    start = own_span(article, index).start
    alone = _STYLED_ALONE.search(article.masked[start:trigger.start()])
    if alone is None:
        return []
    styled = set()
    for match in _STYLED_NAME.finditer(article.masked, 0, start + alone.start("pronoun")):
        if match.group("pronoun", "style") != alone.group("pronoun", "style"):
            continue
        named = next((a for a in cast.actors if a.span.end > match.end() and a.kind != "organisation"), None)
        if named is not None and named.kind == "person" and \
                _TITLE_WORDS.fullmatch(article.masked, match.end(), named.span.start):
            styled.add(named.ref)
        elif named is not None and named.kind == "person" and named.span.start < match.end() <= named.span.end:
            styled.add(named.ref)  # the style read as the start of the name's title
    return list(styled) if len(styled) == 1 else []


_AT_WHICH = re.compile(r"(?:\s*,[^,;.:]{1,90})?\s*,\s*(?:at|during|in)\s+which\s+")
_AT_WHICH_VERB = re.compile(r"\s+(?:(?:also|then|later|had|has|first)\s+)*(?!(?:and|or|who|which|whose)\b)(?-i:[a-z]+)\b")


def at_which(article: Article, cast: Cast, index: int, trigger: re.Match[str], last: Actor) -> list[str]:
    """"The visit ended with a meeting in the capital with Ndlovu, the UNICEF representative, at which Berg announced
    a grant": a meeting whose holder the sentence never names before it, and a clause set off after the one met that
    says what a person named there did at it: that person held it (never "after which", done once it was over)."""
    if not NOUN_TRIGGER.search(trigger.group()):
        return []
    which = _AT_WHICH.match(article.masked, last.span.end)
    if which is None:
        return []
    actor = next((a for a in titles_merged(article, cast.in_sentence(index)) if a.span.start >= which.end()), None)
    if actor is None or actor.kind != "person" or actor.span.start != which.end() or \
            not _AT_WHICH_VERB.match(article.masked, actor.span.end):
        return []
    return [actor.ref]


def relative_subject(article: Article, cast: Cast, index: int, trigger: re.Match[str]) -> list[str]:
    """"Kask met Berger, who later met Moreau", "a delegation from Lviv City Council, which met the mayor":
    the one a relative clause is set off after met, even when an earlier verb met them."""
    actor = next((a for a in reversed(titles_merged(article, cast.in_sentence(index))) if a.span.end <= trigger.start()), None)
    people_of = _PEOPLE_OF.match(article.masked, actor.span.end) if actor and actor.kind == "organisation" else None
    if actor is None or not _WHO.match(article.masked[people_of.end() if people_of else actor.span.end:trigger.start()]):
        return []
    if actor.kind == "organisation":
        return [actor.ref] if people_of or "which" in article.masked[actor.span.end:trigger.start()] else []
    person = cast.person_of(actor, index)[0] if actor.kind in ("person", "description") else None
    return [person] if person else []


def participle_subject(article: Article, cast: Cast, index: int, trigger: re.Match[str],
                       taken: list[Actor]) -> list[str]:
    """"Datsenko said after meeting Morimoto", "Vidal, the EU ambassador in Lima, said after meeting Salas": the one
    who met is the subject of the verb just before, past a title set off after the name, whoever else the sentence
    names first; never one an earlier verb met ("met Kask before meeting Berger")."""
    if not re.match(r"(?:after|before|while|when|during|following|ahead\s+of)\s", trigger.group(), re.IGNORECASE):
        return []
    for actor in reversed([a for a in cast.in_sentence(index) if a.span.end <= trigger.start()]):
        if actor in taken or any(actor.span.within(t.span) for t in taken):
            return []
        if re.fullmatch(r"(?:\s*,[^,;]*,)?\s+(?:\w+\s+){1,2}|\s+(?:[a-z][\w’'-]*\s+){1,4}",
                        article.masked[actor.span.end:trigger.start()]):
            person = cast.person_of(actor, index)[0] if actor.kind != "organisation" else None
            return [person] if person else []
    return []


_TITLED_SUBJECT = re.compile(r"\s*,?\s+(?!(?:and|or|who|which|whose)\b)(?-i:[a-z]+)\b")


def titled_after_opening(article: Article, objects: list[Actor]) -> int | None:
    """"In a call with the Minister of Health, Ana Soto, the Ambassador of Peru, Luis Prado, confirmed the grant": the
    last one named, set off by ", the" and followed by a verb, opens the main clause (never one of a list the phrase
    names: "In talks with Soto, the envoy Prado and Ruiz, Vidal said")."""
    if len(objects) < 2:
        return None
    last, before = objects[-1], objects[-2]
    if last.kind != "person" or not re.fullmatch(r",\s*the\s+", article.masked[before.span.end:last.span.start]) or \
            not _TITLED_SUBJECT.match(article.masked, last.span.end):
        return None
    return len(objects) - 1


_OPENING_REST = re.compile(r"(?:\s+(?:on|in|at|last|this|earlier|during|by|via|over)\b[^,;.]{0,40})?,\s*(?:the\s+)?$")


_APPOSITION = re.compile(r",\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|the|and|to))*(?=,)")
"""A title set off after a name, its country or organisation within: ", President of the French Republic"."""
_HEAD_OF = re.compile(r"\s+of\s+(?:State|Government)\b", re.IGNORECASE)


def after_opening(article: Article, cast: Cast, index: int, trigger: re.Match[str], last: Actor,
                  earlier: tuple[Meeting, ...] = ()) -> list[str]:
    """"In talks with Berger on Monday, Kask asked for air defence": when the meeting is the sentence's
    opening phrase, the person who opens its main clause held it, past a title set off after the one met ("In
    a call with Mercier, President of the French Republic, Kask asked")."""
    sentence = own_span(article, index)
    if not re.fullmatch(r"\s*(?:[Ii]n|[Dd]uring|[Aa]t|[Aa]fter|[Ff]ollowing|[Oo]n)?\s*",
                        article.masked[sentence.start:trigger.start()]) and \
            not HAVING.fullmatch(article.masked[sentence.start:trigger.start()]):
        return []
    apposition = _APPOSITION.match(article.masked, last.span.end)
    start = apposition.end() if apposition else last.span.end
    actor = next((a for a in titles_merged(article, cast.in_sentence(index)) if a.span.start >= start and a != last), None)
    if actor is None or not _OPENING_REST.match(article.masked[start:actor.span.start]):
        return []
    person = cast.person_of(actor, index)[0] if actor.kind != "organisation" else None
    if person is None and actor.kind == "description" and actor.ref.lower().endswith("head") and \
            _HEAD_OF.match(article.masked, actor.span.end):
        person = _protagonist(earlier)
    return [person] if person else []


def _protagonist(earlier: tuple[Meeting, ...]) -> str | None:
    """'the Head of State thanked France': in a readout of one leader's meetings, the one who took part in the most
    of those reported before, when that is one person and at least two meetings."""
    counts = Counter(p.person for m in earlier for p in m.participants if p.person)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


HAVING = re.compile(r"\s*(?:[Hh]aving|[Aa]fter|[Ff]ollowing|[Oo]nce)\s+(?:(?:first|also|earlier|already|briefly)\s+)?")
"""An opening participle of meeting, whose subject is the main clause's: "Having spoken with Berger, Kask said"."""


def group_subject(article: Article, cast: Cast, index: int, position: int,
                  earlier: tuple[Meeting, ...] = ()) -> list[str]:
    """The people "the two leaders" stands for: those named in this sentence before it, else in the one
    before, when their number is the one the phrase says; else the people of the last meeting reported
    before, when it had that many and only people."""
    sentence = own_span(article, index)
    group = _GROUP.search(article.masked[sentence.start:position]) or _GROUP_OPENING.match(article.masked, sentence.start)
    opening = group is not None and group.re is _GROUP_OPENING
    if not group or (opening and any(a.span.start < position and a.kind in ("person", "pronoun", "description")
                                     for a in cast.in_sentence(index))):
        return []  # a group opening the sentence is the subject of its verbs only when no one else is named first
    if not opening and group.group("they"):
        return _they(cast, index)
    count = COUNT[(group.group("n") or "both").lower()]
    start = group.start() if opening else sentence.start + group.start()
    here = [a.ref for a in cast.in_sentence(index) if a.kind == "person" and a.span.end <= start]
    named = list(dict.fromkeys(here or _last_named(cast, index, count)))
    if len(named) == count:
        return named
    last = max((m for m in earlier if m.sentence < index), key=lambda m: m.sentence, default=None)
    parties = [p.person for p in last.participants] if last is not None else []
    return parties if len(parties) == count and all(parties) else []


def _they(cast: Cast, index: int) -> list[str]:
    """'Otieno and Juma arrived in Arusha. They held talks': "they" who open a sentence are the two to four people
    the sentence before names, when each is of a country or body of their own (never a minister and her aide)."""
    named = list(dict.fromkeys(p for a in cast.in_sentence(index - 1) if a.kind in ("person", "description")
                               for p in [cast.person_of(a, index - 1)[0]] if p)) if index else []
    if not 2 <= len(named) <= 4 or any(same_side(cast, p, q) for p, q in itertools.combinations(named, 2)):
        return []
    return named


def _last_named(cast: Cast, index: int, count: int) -> list[str]:
    """The people named in the nearest of the four sentences before, gathered back until there are as many as
    the group counts: "The two men" goes back past a sentence about the deal itself ("It is worth £1bn.") to
    the two it was between, and past "Tuhaika said ..." to "McKinnon said ..." before it."""
    named: list[str] = []
    for before in range(index - 1, max(-1, index - 5), -1):
        here = list(dict.fromkeys(a.ref for a in cast.in_sentence(before) if a.kind == "person"))
        if named and (len(here) > 1 or any(same_side(cast, p, q) for p in here for q in named)):
            break
        named = list(dict.fromkeys([*here, *named]))
        if len(named) >= count:
            break
    return named


_SUBJECT_AND = re.compile(r"(?:,\s*(?:(?:the|a|an|his|her|their|its|who|which|whose|in|at|on|from|with|as|since|now|"
                          r"both|each|until|formerly|currently)\b|[A-Z\d]|[\w-]+[’']s\b)[^,]*,|,)?"
                          r"\s+and\s+(?:the\s+|(?P<whose>his|her|their)\s+)?")
"""Between two who met together: "and", after an aside that names or describes ("Dubois, the minister, and
Weber met"), or before whose deputy the next is ("Dubois and his deputy Weber met"); never after a clause of its own
("Lopes received the delegation, and Tanaka later met")."""
_OWN_OFFICIAL = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:deputy|counterpart|aide|adviser|advisor|spokes(?:man|woman|person)|"
                           r"chief\s+of\s+staff|envoy)\b")
"""'(Tembo and her) deputy Mary Phiri', '(her) Zambian counterpart Stanley Kakubo': one of the first one's own, who met
with them."""
_OWN_GAP = re.compile(r"\s+and\s+(?:his|her|their)\s+(?:[A-Z][a-z]+\s+)?(?:deputy|counterpart|aide|adviser|advisor|"
                      r"spokes(?:man|woman|person)|chief\s+of\s+staff|envoy)\s*,?\s*")
"""'(Tembo) and her Zambian counterpart (Stanley Kakubo)': the words before one of the first one's own."""
_REPORTS_ANOTHER = re.compile(r"\b(?:said|says|told(?:\s+\w+){1,3}?|added|noted|stressed|announced|confirmed)\s+"
                              r"(?:that\s+)?(?:the|its|a|an)\s+(?-i:[a-z])")
"""'She said the agency had also met a US delegation': the one who reports speaks of another, whom the text
names only by a noun."""
_NEW_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas|where|when)\s+$")
"""A clause of its own begins: whom it names next is the subject of its verb."""
_REPORTED_CLAUSE = re.compile(r"(?:\s*,[^,]*,)?\s+(?:(?:also|later|then|had|has|have)\s+)?(?:said|says|say|told\s+"
                              r"(?:reporters|journalists|the\s+\w+|\w+)|added|noted|confirmed|reported|understands?|"
                              r"understood|believes?)\s+(?:that\s+)?")
"""'Vidal said Salas had met Arce', 'Diplomats say Salas met Arce': the one who reports a meeting is not in it;
the subject of the clause reported is."""
_SOMEONE_OF = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:envoy|delegation|representative|aide|adviser|advisor|team|"
                         r"office|staff|spokes\w+|deputy|emissary|wife|husband|son|daughter|chief\s+of\s+staff)s?\b")
"""After a person, someone of theirs: "Otieno['s special envoy]"."""


_MANY_OFFICES = re.compile(r"(?i:ministers|leaders|presidents|premiers|officials|envoys|ambassadors|delegates|"
                           r"representatives|chiefs|secretaries|governors|mayors|heads(?:\s+of\s+(?:state|government))?)$")
"""Offices in the plural before the countries that hold them: "Development ministers from Finland, Norway and Sweden
met", the countries listed, never the one minister of that portfolio the text names later."""
_GONE_TO = re.compile(r"\b(?:to|into|towards?|via|from)\s+(?:the\s+)?$")
"""A place one went to, from or through, however it may stand for its state elsewhere: "she then flew to Tegucigalpa for
talks with Carla Mejia" (she met her, never Honduras), "went on from Accra to Lome for a meeting"."""


_VERB_AND = re.compile(r"\s+(?:(?:also|then|first|briefly)\s+)?(?-i:[a-z]+(?:ed|ent|ook|ew|ave|ade|old|oke|ought))\b"
                       r"[^,;:()—–]{0,60}?\s+and\s+(?:(?:then|also|later)\s+)?$")
"""'she toured a clinic and (met)': a verb in the past, what it did, and "and" before the verb of meeting."""
_CLAUSE_OPENS = re.compile(r"(?:^|[,;]\s+(?:where|when|and|while|after\s+which)\s+|^[^,]{0,40},\s+)$")


def _subject_of_verb_before(article: Article, index: int, before: list[Actor], position: int) -> Actor | None:
    """The subject of a clause whose first verb another verb of meeting is joined to by "and": "On Wednesday the
    minister travelled to Mzuzu, where she toured a clinic and met the governor": she met him. The subject opens the
    sentence or its clause."""
    start = article.sentences[index].start
    for actor in reversed(before):
        if _VERB_AND.fullmatch(article.masked, actor.span.end, position) and \
                _CLAUSE_OPENS.search(article.masked, start, actor.span.start):
            return actor
    return None


def subject_met(article: Article, cast: Cast, index: int, position: int, taken: list[Actor],
                subjects: dict[int, list[str]], principals: dict[str, str] | None = None) -> list[str]:
    """Who met: the sentence's subject, with any joined to it by "and"; "he" is the subject before."""
    envoys = envoys_of(article, cast, index, position)
    if envoys is None or envoys:
        return envoys or []
    before = [a for a in titles_merged(article, cast.in_sentence(index)) if a.span.end <= position and a not in taken and
              not (a.kind == "organisation" and _GONE_TO.search(article.masked, 0, a.span.start))]

    def whole(actor: Actor | None) -> Actor | None:
        return next((a for a in before if actor is not None and actor.span.within(a.span)), actor)

    first = whole(cast.sentence_subject(index))
    near = whole(cast.subject_before(position, index, set_off=True))
    if first is not None and first.kind == "organisation" and near is not None and near.kind == "person" and \
            near.span.start > first.span.start and near in before:
        # "EU Commissioner Elżbieta Nowicka met", "The Ambassador of Japan to Ukraine, Hiroshi Tanabe, held
        # talks": the country or organisation of a title, then the person who holds it and does the meeting
        first = near
    if first is not None and near is not None and near.kind == "person" and near in before and \
            near.span.start > first.span.end and _NEW_CLAUSE.search(article.masked[first.span.end:near.span.start]) and \
            not _SUBJECT_AND.fullmatch(article.masked[first.span.end:near.span.start]) and \
            not _only_listed(article, before, first, near):
        first = near  # "Lopes received the delegation, and Tanaka later held talks with": the clause's own subject
    if first is not None and near is not None and near in before and near.span.start > first.span.end and \
            _REPORTED_CLAUSE.fullmatch(article.masked[first.span.end:near.span.start]):
        first = near  # "Vidal said Salas had met Arce": Salas met him
    if first is None or first not in before:
        first = whole(cast.subject_before(position, index))
    if first is None or first not in before:
        first = _subject_of_verb_before(article, index, before, position) or first
    if (first is None or first not in before) and near is not None and near.kind == "person" and \
            (re.search(r",\s*$", article.masked[max(0, near.span.start - 3):near.span.start]) or
             "," in article.masked[near.span.start:near.span.end]):
        # "Ahead of the launch, Mykolaiv's mayor, Oleksandr Hlushko, welcomed", "In Lyon, the city's MP, Anne
        # Roux, sat down with": the name set off, alone or with the title set off before it
        first = near
    if (first is None or first not in before) and len(before) == 1 and before[0].kind == "pronoun":
        first = before[0]  # "On the drive home she spent an hour on the phone with": "she" is ever a subject
    if first is None or first not in before or _REPORTS_ANOTHER.search(article.masked[first.span.end:position]):
        return []
    if first.kind in ("person", "pronoun") and _SOMEONE_OF.match(article.masked[first.span.end:position]):
        # "Otieno's envoy met Juma": another met, for the one named; "Otieno's envoy, Paul Mrema, met": the envoy
        if near is None or near.kind != "person" or near not in before or near.span.start <= first.span.end:
            return []
        first = near
    people: list[str] = []
    chain = [first]
    listed = 1
    for actor in before[before.index(first) + 1:]:
        gap = article.masked[chain[-1].span.end:actor.span.start]
        joined = _SUBJECT_AND.fullmatch(gap)
        if actor.kind == "organisation" and re.search(r"\b(?:his|her|their)\s+$", gap) and \
                _OWN_OFFICIAL.match(article.masked, actor.span.end + 1):
            continue  # "her Zambian counterpart Stanley Kakubo": the country of the one named next
        if (joined and (not joined.group("whose") or _OWN_OFFICIAL.match(article.masked, actor.span.start))) or \
                (actor.kind == "person" and _OWN_GAP.fullmatch(gap)):
            chain.append(actor)
            listed = len(chain)
        elif re.fullmatch(r",\s*(?:the\s+)?", gap) and actor.kind == "person" == chain[-1].kind:
            chain.append(actor)  # "Dubois, de Vries and Weber met": a list, kept only when "and" closes it
        else:
            break
    chain = chain[:listed]
    if first.kind == "description" and re.match(r"\s+(?:of|from)\s", article.masked[first.span.end:]) and \
            (not cast.described(first)[0] or _MANY_OFFICES.search(article.masked, first.span.start, first.span.end)):
        # "The foreign ministers of Belgium, the Netherlands and Luxembourg met": the countries listed
        lead = re.match(r"(?i:the\s+)?", article.masked[first.span.start:])
        listed_after = [a for a in objects_met(article, cast, index, first.span.start + (lead.end() if lead else 0))
                        if a.span.end <= position]
        if listed_after:
            return list(dict.fromkeys(a.ref for a in listed_after))
    for actor in chain:
        if actor.kind == "pronoun":
            person, _ = cast.person_of(actor, index)
            if person is None and index and subjects.get(index - 1) and len(subjects[index - 1]) == 1 and \
                    not pronoun_open(cast, actor, subjects[index - 1][0]):
                person = subjects[index - 1][0]  # "He also spoke with...": the one who met, the sentence before
            if person is None:
                person = same_pronoun_before(cast, actor, index)
            if person is None:
                return []
            people.append(person)
        elif actor.kind == "person":
            people.append(actor.ref)
        elif actor.kind == "description" and cast.described(actor)[0]:
            people.append(principal(cast, actor, {} if principals is None else principals))
        elif actor.kind == "description" and principals and principal_key(actor) in principals:
            # "the Minister paid a courtesy call on Albers ... The Minister also held a bilateral meeting": the
            # words fit Albers too now, but stand for the one they stood for when they first said who met
            people.append(principals[principal_key(actor)])
        elif actor.kind == "description" and (country := unnamed_country(cast, actor)) is not None:
            # "a visiting Japanese minister said after talks with Khokhar. Kenji Mori, Japan's state minister for
            # foreign affairs, ...": the one of the country the text names by that title, else the country
            people.append(title_holder(cast, country, actor.ref.split()[-1]) or country)
        elif actor.kind == "organisation" and (leader := _leader_of(article, before, actor)) is not None:
            people.append(leader)
        elif actor.kind == "organisation" and not re.match(r"[’']s\b", article.masked[actor.span.end:]):
            people.append(actor.ref)
        elif actor.kind == "organisation" and (official := official_of(cast, actor)) is not None:
            people.append(official)
        elif actor.kind == "organisation" and UNNAMED_OFFICIAL.match(article.masked, actor.span.end):
            people.append(actor.ref)  # "Germany's chancellor met": the country, its leader unnamed
        else:
            return []
    return people


def _leader_of(article: Article, before: list[Actor], actor: Actor) -> str | None:
    """'The Australian delegation, led by Foreign Minister Ana Roy, called on Widodo': the one named as leading the
    country's delegation met, not the country."""
    leader = next((a for a in before if a.span.start > actor.span.end), None)
    if leader is None or leader.kind != "person" or not LED_BY.match(article.masked[actor.span.end:leader.span.start]):
        return None
    return leader.ref


_ENVOYS_OF = re.compile(r"(?:^\s*|,\s*)(?:[Tt]he\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>(?i:leaders|heads\s+of\s+(?:state|government)|"
                        r"representatives|delegations|delegates|ministers|officials|envoys|negotiators|diplomats|"
                        r"ambassadors|presidents|premiers|chiefs|heads))\s+(?:of|from)\s+(?:the\s+)?$")
_ENVOYS_TO_VERB = re.compile(r"(?:\s*,[^,]*,)?\s+(?:(?:also|then|later|had|have|has|first|briefly|jointly|again)\s+)*")


FOR_ASSEMBLY = re.compile(r"[^,.;]{0,60}?\b(?:for|at)\s+(?:the|a|an|their|its)\s+(?:(?!sidelines\b|margins\b)[\w’'-]+\s+)"
                          r"{0,3}?(?:summit|conference|forum|session|assembly|plenary|congress|ministerial)s?\b",
                          re.IGNORECASE)
"""'Ministers from Chad, Niger and Mali met in Nouakchott for the annual session of the commission', 'met at the
summit': countries that came to an assembly, each to address it, not a meeting of each with each (never "met for a
trilateral meeting", nor "met on the sidelines of the summit")."""


def envoys_of(article: Article, cast: Cast, index: int, position: int, holders: bool = True) -> list[str] | None:
    """'Representatives of France, Germany and Italy met in Rome', 'Defence ministers from Poland, Romania and
    Bulgaria held talks with Koval': the people of the countries listed, named only by what they are, met for
    their countries; each country is a party (never only the last one listed); where the text names the one of each
    country with that title, each such person is (with `holders`, where the verb met someone named after it);
    where it names some and not others, None: who met is unsure."""
    sentence = own_span(article, index)
    actors = [a for a in cast.in_sentence(index) if a.span.end <= position]
    lead = _ENVOYS_OF.search(article.masked[sentence.start:actors[0].span.start]) if actors else None
    if len(actors) > 1 and actors[0].kind == "description" and not cast.described(actors[0])[0] and \
            re.fullmatch(r"\s+(?:of|from)\s+(?:the\s+)?", article.masked[actors[0].span.end:actors[1].span.start]):
        noun = actors[0].ref.split()[-1]
        actors = actors[1:]  # "The foreign ministers of Estonia, Latvia and Lithuania met"
    elif lead is not None:
        noun = lead.group("noun").split()[-1]
    else:
        return []
    if actors[0].kind != "organisation":
        return []
    listed = [a for a in objects_met(article, cast, index, actors[0].span.start) if a.span.end <= position]
    if len(listed) < 2 or any(a.kind != "organisation" for a in listed) or \
            not _ENVOYS_TO_VERB.fullmatch(article.masked[listed[-1].span.end:position]):
        return []
    countries = list(dict.fromkeys(a.ref for a in listed))
    if any(holds_title(cast, country, noun) for country in countries):
        named = [title_holder(cast, country, noun) for country in countries] if holders else []
        return [h for h in named if h] if named and all(named) else None
    return countries


def _only_listed(article: Article, before: list[Actor], first: Actor, last: Actor) -> bool:
    """'Aas, Lind, the Danish premier, Sofie Kragh, and Ida Berg are holding talks': between the first and the last
    one named stand only the others, commas and "and", a list that is one subject (never "Lopes received the
    delegation, and Tanaka")."""
    rest = article.masked[first.span.end:last.span.start]
    for actor in sorted(before, key=lambda a: a.span.start, reverse=True):
        if first.span.end <= actor.span.start and actor.span.end <= last.span.start:
            rest = rest[:actor.span.start - first.span.end] + rest[actor.span.end - first.span.end:]
    return re.fullmatch(r"(?:[\s,]|\band\b|\bthe\b)*", rest) is not None


_OPENING_TITLE = re.compile(r"[Tt]he\s+(?:[A-Z][\w’'-]*\s+){0,3}?" + HEAD + r"\b")
"""'The Minister', 'The Vice President': a title alone, opening a sentence."""


def unread_opening(article: Article, cast: Cast, index: int, position: int) -> list[str]:
    """"Video call with the World Bank / The Minister held a video call with Ledesma": a title that opens the
    sentence, the cast having read no one there (a heading's words run into it), is the one person it fits."""
    sentence = own_span(article, index)
    opening = _OPENING_TITLE.match(article.masked, sentence.start)
    if opening is None or any(a.span.start < opening.end() for a in cast.in_sentence(index)) or \
            not re.fullmatch(r"\s+(?:(?:also|then|later|first|had|has|have)\s+)*", article.masked[opening.end():position]):
        return []
    person = cast.described(Actor("description", Span(opening.start(), opening.end()), opening.group()))[0]
    return [person] if person else []
