"""Meetings of those named together: 'X and Y met', at a gathering, lists and bullets."""
from __future__ import annotations

import itertools
import re

from generator.editing.draft.actors import BULLET, Cast
from generator.editing.draft.meetings.not_held import IN_PAST_YEAR
from generator.editing.draft.meetings.objects import objects_met
from generator.editing.draft.meetings.phrases import (
    AT_GATHERING,
    DELEGATION_NOUN,
    DELEGATIONS,
    GATHERING,
    MET_ALONE,
    ON_SIDELINES,
    TALKS,
    TOGETHER,
)
from generator.editing.draft.meetings.sentence import lead_space, opening_pronoun, own_span, pronoun_before_sentence
from generator.editing.draft.meetings.subject import COUNT, FOR_ASSEMBLY, envoys_of, group_subject, subject_met
from generator.editing.draft.meetings.titles import by_description, holder_of, titles_merged
from generator.editing.draft.model import LIKELY, SURE
from generator.editing.draft.text import Article, Span

_LIST_INTRO = re.compile(r"\b(?:met(?:\s+with)?|(?:held|had)\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?)\s+with|"
                         r"(?:was|were)\s+received\s+by)\s*:\s*$", re.IGNORECASE)
_BULLET = re.compile(BULLET)
"""What opens each item of a list of those met: "- Ana Ruiz, the mayor", "2. Lina Ek", "(b) Peru's envoy"."""


def met_bulleted(article: Article, cast: Cast, index: int, subjects: dict[int, list[str]]) -> list[tuple[list[str], str]]:
    """"During the visit, she met:" then a bulleted list: one meeting with the party or parties each item opens."""
    sentence = own_span(article, index)
    intro = _LIST_INTRO.search(article.masked, sentence.start, sentence.end)
    subject = subject_met(article, cast, index, intro.start(), [], subjects) if intro else []
    if intro is None or not subject:
        return []
    found: list[tuple[list[str], str]] = []
    for item in range(index + 1, len(article.sentences)):
        bullet = _BULLET.match(article.masked, article.sentences[item].start)
        if not bullet:
            break
        objects = objects_met(article, cast, item, bullet.end())  # the first only where the item opens with it
        if objects:
            found.append(([*subject, *(a.ref for a in objects if a.ref not in subject)],
                          f"{SURE}: an item of the list after {intro.group().strip()!r}"))
    return found


_INTRO_COLON = re.compile(r":\s*$")


def list_owner(article: Article, cast: Cast, index: int, trigger: re.Match[str],
               subjects: dict[int, list[str]]) -> list[str]:
    """"During her visit she:" then a bulleted list whose items open with their verbs ("- met President Ana Rusu",
    "- held talks with Prime Minister Ion Popa"): who did each is the subject of the line that opens the list."""
    bullet = _BULLET.match(article.masked, article.sentences[index].start)
    intro = list_intro(article, index)
    if bullet is None or intro is None or trigger.start() != bullet.end():
        return []
    subject = subject_met(article, cast, intro, article.sentences[intro].end - 1, [], subjects)
    return subject if len(subject) == 1 else []


def list_intro(article: Article, index: int) -> int | None:
    """The line a bulleted item belongs to, where it ends with a colon ("During her visit she:"): its items are
    the rest of its sentence, however they end."""
    if not _BULLET.match(article.masked, article.sentences[index].start):
        return None
    intro = index - 1
    while intro >= 0 and _BULLET.match(article.masked, article.sentences[intro].start):
        intro -= 1
    if intro < 0 or not _INTRO_COLON.search(article.sentence_text(intro)):
        return None
    return intro


_COUNTERPART = r"(?:(?:his|her|their)\s+(?:[A-Z][\w-]+\s+)?counterparts?,?\s*)?"
"""'and his Estonian counterpart, Hanno Pevkur': the counterpart joined to the subject."""


_TITLE_BEFORE_COUNTRY = re.compile(r"\s*(?:,|,?\s*and)\s+(?P<title>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|"
                                   r"and|the))*?\s+of\s+)")
"""'Vidal and [Minister of Water Resources and Irrigation of ]Peru Jorge Salas held a meeting': a title whose country
the cast read apart from the name after it."""


def met_together(article: Article, cast: Cast, index: int, met_at: set[int]) -> list[tuple[list[str], str]]:
    """People who met one another, named together as the subject: "Stubb and Kravets met on Tuesday"; not
    where the verb has met someone after it already (`met_at`: "Stubb and Kravets met in Oslo with Berger").
    Each pair named before its own verb met: "Soto and Ruiz held talks, while Berg and Novak met over breakfast"
    reports two meetings."""
    sentence = own_span(article, index)
    pairs: list[tuple[list[str], str]] = []
    for verb in TOGETHER.finditer(article.masked, sentence.start, sentence.end):
        if re.match(r"\s+(?:with|to)\b", article.masked[verb.end():]) or verb.start() in met_at or \
                (verb.group() == "met" and not MET_ALONE.match(article.masked[verb.end():])) or \
                IN_PAST_YEAR.match(article.masked, verb.end()):
            continue
        group = group_subject(article, cast, index, verb.start())
        if len(group) >= 2:
            return [*pairs, (group, f"{LIKELY}: {verb.group()!r} by the people the sentence before names")]
        group = _named_after_group(article, cast, index, verb.start())
        if len(group) >= 2:
            return [*pairs, (group, f"{LIKELY}: {verb.group()!r} by the people named after the group that opens the sentence")]
        group = envoys_of(article, cast, index, verb.start(), holders=False) or []
        if len(group) >= 2 and FOR_ASSEMBLY.match(article.masked, verb.end(), sentence.end):
            continue
        if len(group) >= 2:
            return [*pairs, (group, f"{LIKELY}: {verb.group()!r} by the envoys of the countries listed")]
        subject = cast.subject_before(verb.start(), index, set_off=True)
        subject = opening_pronoun(cast, index, by_description(cast, holder_of(cast, subject))) if subject is not None else None
        # Countries alone only for talks ("Poland and Ukraine held talks"): "Germany and France met" may
        # mean they met a target or an obligation.
        kinds = ("person",) if verb.group() == "met" or verb.group("people") else ("person", "organisation")
        if subject is None or subject.kind not in kinds:
            continue
        actors = [opening_pronoun(cast, index, by_description(cast, holder_of(cast, a))) for a in cast.in_sentence(index)]
        chain = [subject]
        head = subject.span.start
        titled = False
        for actor in reversed(actors[:actors.index(subject)]):
            if actor.kind == "organisation" and re.match(r"\s+counterparts?\b", article.masked[actor.span.end:]):
                continue  # "Omar and his Estonian counterpart, Hanno Pevkur, met": the country describes the title
            if actor.kind == "organisation" and chain[0].kind == "person" and \
                    re.fullmatch(r"[’']s\s+", article.masked[actor.span.end:head]):
                head = actor.span.start  # "Chile's Ana Soto and Peru's Jorge Salas met": each one's country
                continue
            if actor.kind == "description" and chain[0].kind == "person" and head == chain[0].span.start and \
                    re.fullmatch(r",\s*", article.masked[actor.span.end:head]):
                head = actor.span.start  # "Aydin and the Emir of Qatar, Tamim bin Hamad, discussed": the title set off
                continue
            if actor.kind == "organisation" and chain[0].kind == "person" and not titled and \
                    re.fullmatch(r"\s+", article.masked[actor.span.end:head]) and \
                    re.search(r"\sof\s+$", article.masked[max(0, actor.span.start - 4):actor.span.start]):
                head, titled = actor.span.start, True  # "and Minister of Water of Peru Jorge Salas": the title's country
                continue
            gap = article.masked[actor.span.end:head]
            if titled and (title := _TITLE_BEFORE_COUNTRY.fullmatch(gap)) is not None:
                gap = gap[:title.start("title")]
            titled = False
            if re.fullmatch(r"\s*(?:,|,?\s*and)\s*(?:the\s+)?" + _COUNTERPART, gap) \
                    and actor.kind in kinds and not re.match(r"[’']s\b", article.masked[actor.span.end:]):
                chain.insert(0, actor)
                head = actor.span.start
            else:
                break
        if any(a.kind == "organisation" for a in chain) and re.match(r"[’']s\b", article.masked[subject.span.end:]):
            continue
        if any(a not in cast.in_sentence(index) for a in chain) and chain[0] != actors[0]:
            continue  # "Otieno said he and Juma met": "he" read as if it opened the sentence only where it does
        parties = list(dict.fromkeys(a.ref for a in chain))
        if len(parties) >= 2:
            pairs.append((parties, f"{LIKELY}: {verb.group()!r} with the participants named together"))
    return pairs


_GROUP_SET_OFF = re.compile(r"\s*(?:[Tt]he\s+(?P<n>two|three|four)|[Bb]oth)\s+(?:[a-z][\w-]*\s+){0,2}?(?:leaders|ministers|"
                            r"presidents|premiers|chancellors|envoys|ambassadors|officials|heads\s+of\s+state|"
                            r"secretaries|counterparts)\s*(?P<mark>,|—|–|--)\s*")
"""A group that opens the sentence, its members set off after it: "The two leaders, ", "Both ministers — "."""
MEMBER_GAP = re.compile(r"(?:\s+|,|\band\b|(?-i:[A-Z])[\w’'.-]*|[’']s\b|\bof\b|\bthe\b)*")
"""What may stand between the members: "and", a country and a title ("Ghanaian President", "Latvia's")."""


def _named_after_group(article: Article, cast: Cast, index: int, verb: int) -> list[str]:
    """'The two leaders, Nigerian President Bola Adeyemi and Ghanaian President Kwame Asante, held talks': the
    people set off after a group that opens the sentence met each other, as many as the group counts ("both" is
    two); nothing where the list holds more than people and their titles."""
    sentence = own_span(article, index)
    group = _GROUP_SET_OFF.match(article.masked, sentence.start)
    if group is None or group.end() >= verb:
        return []
    closing = re.search(r"\s*" + re.escape(group.group("mark")) + r"\s*$", article.masked[group.end():verb])
    if closing is None:
        return []
    end = group.end() + closing.start()
    members = [a for a in cast.in_sentence(index) if a.span.start >= group.end() and a.span.end <= end]
    people = [a for a in members if a.kind == "person"]
    count = COUNT[group.group("n") or "both"]
    if len(people) != count or len({a.ref for a in people}) != count:
        return []
    rest, start = "", group.end()
    for person in people:
        rest += article.masked[start:person.span.start] + " "
        start = person.span.end
    rest += article.masked[start:end]
    return [a.ref for a in people] if MEMBER_GAP.fullmatch(rest) else []


_ATTENDED = re.compile(r"\b(?:meeting|talks|call|session|consultations|discussions)\s*,?\s+(?:(?:convened|chaired|hosted|"
                       r"called|organi[sz]ed)\s+by\s+(?P<host>[^;:.]{1,120}?),?\s+and\s+)?(?:was\s+)?attended\s+by\s+")
"""A meeting and who came: "a coordination meeting convened by the Red Cross and attended by UNICEF and Oxfam"; never
the session of a summit or an assembly ("the plenary session was attended by")."""


_ASSEMBLY = re.compile(r"\b(?i:summit|annual|plenary|general|ministerial|spring|closing|opening)\s+$")


def attended_assembly(article: Article, cast: Cast, index: int) -> list[tuple[list[str], str]]:
    """"A meeting convened by A and attended by B, C and D": one meeting of all of them, the one who convened it
    included; never a summit or a conference, whose attendance is no meeting of each with each."""
    sentence = own_span(article, index)
    found: list[tuple[list[str], str]] = []
    for match in _ATTENDED.finditer(article.masked, sentence.start, sentence.end):
        if _ASSEMBLY.search(article.masked[max(sentence.start, match.start() - 20):match.start()]):
            continue
        hosts = [a for a in cast.in_sentence(index) if match.group("host") and a.kind in ("person", "organisation") and
                 a.span.within(Span(match.start("host"), match.end("host"))) and
                 not re.match(r"[’']s\s", article.masked[a.span.end:])]  # "convened by Chile's Red Cross (CRC)"
        parties = list(dict.fromkeys([*(a.ref for a in hosts), *(a.ref for a in objects_met(article, cast, index, match.end()))]))
        if len(parties) >= 2:
            found.append((parties, f"{SURE}: {match.group().strip()!r} with the participants named"))
    return found


_THEIR_GATHERING = re.compile(r"\b(?:during|at|in|after|following)\s+their\s+(?:[\w-]+\s+){0,2}?" + GATHERING + r"s?\b",
                              re.IGNORECASE)


_MANY_MEET = re.compile(r"\b(?:summit|conference|forum|session|assembly|plenary)s?\b", re.IGNORECASE)


def together_at_gathering(article: Article, cast: Cast, index: int) -> list[tuple[list[str], str]]:
    """"In a phone call on Monday, Marchenko and Berger discussed air defence", "On the sidelines, Jonsson and
    Hryhorenko signed a letter": people named together as the subject of a sentence that places itself at a
    meeting."""
    sentence = own_span(article, index)
    gathering = AT_GATHERING.search(article.masked, sentence.start, sentence.end) or \
        ON_SIDELINES.match(article.masked, sentence.start + lead_space(article, index))
    first = cast.sentence_subject(index)
    if not gathering or first is None or first.kind != "person" or _MANY_MEET.search(gathering.group()):
        return []  # "Osman and Idriss spoke at the summit": each addressed it; they need not have met
    actors = cast.in_sentence(index)
    chain = [first]
    for actor in actors[actors.index(first) + 1:]:
        if actor.kind != "person" or not re.fullmatch(r"\s*(?:,|,?\s*and)\s*(?:the\s+)?",
                                                      article.masked[chain[-1].span.end:actor.span.start]):
            break
        chain.append(actor)
    verb = re.match(r",?\s+(?:(?:have|has|had)\s+)?(?:(?:also|then|later|jointly)\s+)?(?:discussed|agreed|reviewed|"
                    r"exchanged|talked|spoke|focused|addressed|welcomed|condemned|signed|held|gave|briefed|told|"
                    r"announced|issued|unveiled|launched|reached|sealed|adopted|endorsed|pledged|vowed)\b",
                    article.masked[chain[-1].span.end:])
    parties = list(dict.fromkeys(a.ref for a in chain))
    if len(parties) < 2 or not verb:
        return []
    return [(parties, f"{LIKELY}: {gathering.group()!r}, with the people named together as its subject")]


_WHOM = re.compile(r",\s*whom\s+$")
_WHOM_VERB = re.compile(r"\s+(?:(?:had|has|also|first|later|then|briefly)\s+)*(?:met|hosted|received|welcomed|greeted|"
                        r"visited|phoned|called)\b")


_WHICH = re.compile(r",\s*which\s+$")
_WHICH_VERB = re.compile(r"\s+(?:(?:had|has|also|first|later|then|briefly)\s+)*(?:met|hosted|received|welcomed|greeted)"
                         r"\b")
"""A body met in a relative clause: "which Phiri met on Wednesday", never a place one "visited"."""


def met_whom(article: Article, cast: Cast, index: int) -> list[tuple[list[str], str]]:
    """"Ciobanu, whom Ionescu hosted for a working dinner, said...", "Wambui, whom she met at the ministry,
    said": a relative clause whose verb of meeting has the person (or with "which", the body) it is set off after as
    its object."""
    actors = titles_merged(article, cast.in_sentence(index))
    for before, after in itertools.pairwise(actors):
        host = after.ref if after.kind == "person" else pronoun_before_sentence(cast, index, after)
        if before.kind == "organisation" and host is not None and \
                _WHICH.search(article.masked[before.span.end:after.span.start]) and \
                _WHICH_VERB.match(article.masked[after.span.end:]):
            # "sent a delegation from the Export-Import Bank of Korea, which Phiri met on Wednesday": the body
            return [([host, before.ref], f"{LIKELY}: 'which' {host} met, hosted or received")]
        if before.kind != "person" or host is None or before.ref == host or \
                not _WHOM.search(article.masked[before.span.end:after.span.start]) or \
                not _WHOM_VERB.match(article.masked[after.span.end:]):
            continue
        return [([host, before.ref], f"{LIKELY}: 'whom' {host} met, hosted or received")]
    return []


def their_meeting(article: Article, cast: Cast, index: int) -> list[tuple[list[str], str]]:
    """"Marchenko thanked Kask during their meeting in Tallinn": "their" meeting is the one of the two
    people the sentence names, when it names exactly two."""
    sentence = own_span(article, index)
    gathering = _THEIR_GATHERING.search(article.masked, sentence.start, sentence.end)
    if not gathering:
        return []
    named = list(dict.fromkeys(a.ref for a in cast.in_sentence(index)
                               if a.kind == "person" and a.span.start < gathering.start()))
    if len(named) != 2 or any(a.kind in ("pronoun", "description") for a in cast.in_sentence(index)
                              if a.span.start < gathering.start()):
        return []
    return [(named, f"{LIKELY}: {gathering.group()!r}: the two people the sentence names")]


_BETWEEN_THE_TWO = re.compile(r"\b(?:talks|meeting|call|discussions|consultations)\s+between\s+the\s+two"
                              r"(?:\s+(?:sides|leaders|ministers|men|women|delegations|countries|governments|officials))?\b")


def between_the_two(article: Article, cast: Cast, index: int) -> list[tuple[list[str], str]]:
    """"signed by Minister Haddad and Ambassador Vogel, following talks between the two sides": the two people the
    sentence names before, unless the text makes them of one country."""
    sentence = own_span(article, index)
    between = _BETWEEN_THE_TWO.search(article.masked, sentence.start, sentence.end)
    if not between:
        return []
    named = list(dict.fromkeys(a.ref for a in cast.in_sentence(index)
                               if a.kind == "person" and a.span.end <= between.start()))
    sides = {cast.people[p].organisation for p in named} - {""}
    if len(named) != 2 or (len(sides) == 1 and all(cast.people[p].organisation for p in named)):
        return []  # two of one country are no two sides
    return [(named, f"{LIKELY}: {between.group()!r}: the two people the sentence names before")]


def met_delegations(article: Article, cast: Cast, index: int) -> list[tuple[list[str], str]]:
    """Talks between countries the text names only as such: "Polish and Ukrainian delegations held talks"."""
    sentence = own_span(article, index)
    if not TALKS.search(article.masked[sentence.start:sentence.end]):
        return []
    actors = [a for a in cast.in_sentence(index) if a.kind == "organisation"
              and cast.organisations[a.ref].type == "country"]
    for left, right in itertools.pairwise(actors):
        if DELEGATIONS.match(article.masked[left.span.end:right.span.start]) and \
                DELEGATION_NOUN.match(article.masked[right.span.end:right.span.end + 30]):
            return [([left.ref, right.ref], f"{LIKELY}: talks between the delegations of two countries")]
    return []
