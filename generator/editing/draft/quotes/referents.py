"""Whom a 'he' or 'she' reaches back to, and the speakers the text does not name."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.quotes.offices import described, named_person, title_end
from generator.editing.draft.quotes.said import VERB, aside, own, pronoun_after_setting

_PERSON_NOUNS = ("man|woman|men|women|boy|girl|mother|father|grandmother|grandfather|widow|farmer|fisherman|herder|"
                 "shepherd|trader|vendor|shopkeeper|merchant|driver|nurse|teacher|worker|labourer|laborer|volunteer|"
                 "student|survivor|refugee|villager|pensioner|passenger|mechanic|technician|medic|guard|doctor|"
                 "engineer|official|diplomat|source|aide|resident|witness|soldier|officer|member|person|employee|"
                 "owner|manager|activist|protester|parent|local|neighbour|neighbor|sergeant|corporal|cadet|pilot|"
                 "paramedic|firefighter|rescuer|miner|veteran|priest|imam|elder|businessman|businesswoman|journalist|"
                 "reporter|correspondent|lawyer|judge|lawmaker|politician|voter|citizen|patient|victim|hostage|"
                 "prisoner|detainee|migrant|evacuee|tourist|visitor|interpreter|expert|economist|researcher|scientist|"
                 "professor|child|son|daughter|wife|husband|brother|sister|friend|colleague|relative|uncle|aunt")
INDEFINITE_PERSON = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:of\s+the\s+|of\s+(?:his|her|their)\s+)?"
                                r"[\w’'-]+\s+){0,3}?(?:" + _PERSON_NOUNS + r")s?\b")
"""Someone the text does not name: "a fisherman mending nets", "one of the engineers", "another resident"."""
_LONE_NOUNS = "|".join(n for n in _PERSON_NOUNS.split("|") if n not in ("men", "women", "guard", "member", "source"))
_UNNAMED_PERSON = re.compile(r"\b(?:(?:[Aa]n?|[Aa]nother)\s+(?:(?!(?:where|who|which|that|and|or|but|as|when|while|with|"
                             r"for|to|in|on|at|of|from|by|the)\b)[\w’'-]+\s+){0,3}?(?:" + _LONE_NOUNS + r")|[Oo]ne\s+of\s+"
                             r"(?:the|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?:(?:" + _LONE_NOUNS + r")s|men|women|"
                             r"children)|[Oo]ne\s+of\s+(?:them|those))"
                             r"(?![\w-])(?=\s*(?:[,;:.)—–]|$)|\s+(?:who|whom|whose|from|in|at|of|with|on|near|outside|"
                             r"inside|by|for|and)\b|\s+\w+(?:ed|ing)\b|\s+(?:" + VERB.pattern + r")\b)")
"""One person the text does not name, where the noun is a person's and not a word before another noun ("a refugee
camp", "an official visit", "a guard of honour") nor what the subject is ("He is not a man for slogans"): "a
fisherman mending nets", "a farmer from the valley", "one of the engineers"."""
_PREDICATE = re.compile(r"\b(?:is|was|are|were|be|been|becomes|became|remains|as)\s+(?:not\s+|also\s+|still\s+)?$")
"""What someone is or was, not someone else: "He is not a man for slogans", "a decade as a fisherman"."""
_APPOSITION = re.compile(r"(?:,[^,;:.]{0,30})*,\s*")
_STYLED = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+[A-Z]")
_STYLES = {"Mr": "he", "Mrs": "she", "Ms": "she", "Miss": "she"}
"""The 'he' or 'she' a style shows: "Mr Rui Costa" is never the 'she' of a later quote."""
"""A name after a style that the draft may not know as a person: "met Ms Ana Duarte in Lisbon"."""


BACK = 6
"""How many sentences on nobody a 'he' or 'she' may reach back over for its person."""
CHAIN = 20
"""How many sentences back it may reach in all, where the sentences between go on with the same 'he' or 'she':
an interview speaks of its one guest as 'she' paragraph after paragraph."""
_ENTRY_TIME = re.compile(r"\d{1,2}[.:]\d{2}\b")
"""A live blog's entry opens with its time ("17.32 CET"): a 'he' after it never reaches into the entry before."""
_GOES_BACK = "goes back"


def pronoun_back(cast: Cast, pronoun: Actor, index: int) -> tuple[str | None, str, int | None]:
    """'He' or 'she' standing for the one person of that gender the nearest sentence before names: each
    sentence between may speak only of the same 'he' or 'she', or of nobody ("Albers toured the port. Then
    she walked the quay. 'It is worse than I thought,' she said"). Where someone the text does not name
    speaks or is spoken of ("The owner of a bakery, who asked not to be named, said ..."), or two people
    either of whom may be meant, the quote is left for review."""
    genders = genders_of(cast)
    left = BACK
    others = _after_pronoun(cast, pronoun, index)
    for back in range(index - 1, max(-1, index - 1 - CHAIN), -1):
        found = _referent(cast, back, pronoun.ref, genders, others)
        if found != _GOES_BACK:
            if found is None:
                return None, f"{pronoun.ref!r}, but the sentences before name nobody it plainly stands for", None
            return found, f"{pronoun.ref!r}: {cast.people[found].name}, named in the sentences before", back
        if _ENTRY_TIME.match(cast.article.sentence_text(back)):
            break
        left -= not any(a.kind == "pronoun" and a.ref == pronoun.ref for a in cast.in_sentence(back))
        if not left:
            break
    return None, f"{pronoun.ref!r} with nobody named before it", None


def _after_pronoun(cast: Cast, pronoun: Actor, index: int) -> frozenset[str]:
    """The people a 'he' or 'she' cannot be: those its own sentence names after it, whom it tells, thanks or
    speaks of ("'The brigade can move,' he told Berg", "'A rock,' she said of Vagi")."""
    masked = cast.article.masked
    return frozenset(person for a in cast.in_sentence(index) if a.span.start > pronoun.span.end and
                     _OBJECT.fullmatch(masked, pronoun.span.end, a.span.start) and not re.match(r"[’']s\b", masked[a.span.end:])
                     for person in [named_person(cast, a, index)] if person)


_OBJECT = re.compile(r"\s+(?:\w+\s+){0,2}?(?:told|tells|thanked|thanks|of|to|with|praised|urged|asked|reminded|warned|"
                     r"assured|met|called)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}")
"""A person a 'he' or 'she' speaks to or of in its own clause: "he told Berg", "she said of Vagi"."""


def _referent(cast: Cast, index: int, pronoun: str, genders: dict[str, str], others: frozenset[str] = frozenset()
              ) -> str | None:
    """The person sentence `index` names whom a later 'he' or 'she' stands for; None where it is unclear;
    _GOES_BACK where the sentence names no one else, so that the sentences before it must tell."""
    if _unnamed(cast, index, pronoun):
        return None
    actors = cast.in_sentence(index)
    same = next((a.span.start for a in actors if a.kind == "pronoun" and a.ref == pronoun), None)
    named: list[str] = []
    for actor in actors:
        person = named_person(cast, actor, index)
        if person and (same is None or actor.span.start < same) and person not in named and not _audience(cast, person):
            named.append(person)
    if not named:
        return _GOES_BACK
    fits = [p for p in named if genders.get(p, pronoun) == pronoun and p not in others]
    if len(fits) == 1:
        return fits[0]
    subject = cast.sentence_subject(index)
    if fits and subject is not None and subject.kind == "person" and subject.ref in fits and \
            (genders.get(subject.ref) == pronoun or _others_aside(cast, subject, fits)):
        return subject.ref  # "Fifita met Arjun Mehra ... She said": the subject the text showed is 'she'
    return cast.salient_subject(pronoun, index, fits) or _after_opening(cast, index, fits)


_OPENING = re.compile(r"(?:During|In|At|After|Following|Before|Ahead\s+of|On|Speaking|Opening|Closing|Addressing|"
                      r"Welcoming|Receiving|Meeting)\s")
"""A phrase that opens a sentence before its subject: "During a call with Luc Marchal, ..., the president"."""
_MAIN_VERB = re.compile(r"\s+(?:also\s+|later\s+|then\s+)?(?:[a-z]+ed|said|told|met|spoke|held|gave|made|took|sent|"
                        r"" + VERB.pattern + r")\b")


_TOLD = re.compile(r"\b(?:told|tells|telling|wrote\s+in|writing\s+in|quoted\s+by|appearing\s+on|appeared\s+on)\s+"
                   r"(?:the\s+)?$")
"""Words before whom something is said or written for: "told Le Monde", "wrote in Politico". Not "spoke to", whose
object is as often the one a reporter interviews ("Our reporter spoke to Ana Ruiz, 64")."""


def _audience(cast: Cast, person: str) -> bool:
    """Whether a name the draft reads as a person is only ever told or written for, with no title: a newspaper or a
    channel ("Mayor Ion Vasile told Le Monde ... "We need tents," he said"), never the 'he' or 'she' of a later
    quote."""
    found = cast.people[person]
    masked = cast.article.masked
    return not found.title and bool(found.spans) and \
        all(_TOLD.search(masked, max(0, span.start - 40), span.start) for span in found.spans)


def _after_opening(cast: Cast, index: int, fits: list[str]) -> str | None:
    """The subject of a sentence that opens with a phrase naming someone else ("During a phone call with Luc
    Marchal, President of France, the Head of State thanked Paris. 'These jets will shield us,' he noted"): the
    one named in the phrase is in its background, and the 'he' or 'she' goes on with the subject after it."""
    sentence = own(cast.article, index)
    masked = cast.article.masked
    if not _OPENING.match(masked, sentence.start):
        return None
    for actor in cast.in_sentence(index):
        if actor.kind == "organisation" or not re.search(r",\s*(?:the\s+)?$", masked[sentence.start:actor.span.start]):
            continue
        if not _MAIN_VERB.match(masked, title_end(masked, actor)):
            continue
        person = named_person(cast, actor, index)
        later = [a for a in cast.in_sentence(index) if a.span.start > actor.span.start and named_person(cast, a, index)]
        return person if person in fits and not later else None
    return None


def _others_aside(cast: Cast, subject: Actor, fits: list[str]) -> bool:
    """Whether everyone else a 'he' or 'she' may stand for is named only in a relative clause on the sentence's
    subject: "Ida Berg, who held talks with Omar Saleh over lunch, was cautious. 'Nothing is signed,' she said"
    speaks of Berg; the clause, of whom she met, is in the background of the sentence."""
    others = [a for a in cast.in_sentence(cast.article.sentence_index(subject.span.start))
              if a.kind == "person" and a.ref != subject.ref and a.ref in fits]
    return bool(others) and all(aside(cast.article, subject, a) for a in others)


def _unnamed(cast: Cast, index: int, pronoun: str = "") -> bool:
    """Whether sentence `index` speaks of someone the text does not name: its subject a description that
    names nobody ("A Canadian official travelling with her", "The Head of State"), a verb of speech given
    to one ("..., said a diplomat"), or to no one named, described or referred to ("The owner of a
    bakery, who asked not to be named, said")."""
    subject = cast.sentence_subject(index)
    if subject is not None and subject.kind == "description" and not described(cast, subject, index)[0] and \
            not _plural(subject):
        return True
    sentence = own(cast.article, index)
    actors = cast.in_sentence(index)
    return someone_unknown(cast, index, pronoun) or _several(cast, index) or \
        any(_unnamed_title(cast, a, index) for a in actors) or \
        any(_unnamed_speaker(cast, verb, index) for verb in _SAYS.finditer(cast.article.masked, sentence.start,
                                                                            sentence.end))


def someone_unknown(cast: Cast, index: int, pronoun: str = "") -> bool:
    """Whether sentence `index` speaks of a person the draft cannot name, who may be the 'he' or 'she' of a
    later quote: someone it describes but does not name ("a fisherman mending nets shook his head", "toured the
    market with a farmer"), or a styled name the draft does not know ("met Ms Ana Duarte"), unless its style
    shows it is not the one sought ("Mr Rui Costa" for a 'she'). A description set off after a name ("Ana Ruiz,
    a nurse,", "Ana Ruiz, 52, one of the drivers,") is that person's."""
    sentence = own(cast.article, index)
    masked = cast.article.masked
    people = [a for a in cast.in_sentence(index) if a.kind == "person"]
    for match in _UNNAMED_PERSON.finditer(masked, sentence.start, sentence.end):
        if re.match(r"one\s+of\s+(?:them|those)\b", match.group(), re.IGNORECASE) and \
                masked[sentence.start:match.start()].strip() and not re.search(r",\s*$", masked[:match.start()]):
            continue  # "She left with one of them" is of things; "One of them, a sergeant, ..." is someone
        if not _PREDICATE.search(masked, sentence.start, match.start()) and \
                not any(_APPOSITION.fullmatch(masked, a.span.end, match.start()) for a in people):
            return True
    return any(not any(a.span.start <= m.start() < a.span.end for a in people) and
               (not pronoun or _STYLES.get(m.group(1), pronoun) == pronoun)
               for m in _STYLED.finditer(masked, sentence.start, sentence.end))


def _unnamed_speaker(cast: Cast, verb: re.Match[str], index: int) -> bool:
    """Whether a verb of speech in sentence `index` is given to no one the text names: a description that
    names nobody before it, or no one at all ("The owner, who asked not to be named, said")."""
    actors = cast.in_sentence(index)
    after = next((a for a in actors if a.span.start >= verb.end() and re.fullmatch(
        r"\s+(?:only\s+)?(?:the\s+)?", cast.article.masked[verb.end():a.span.start])), None)
    if after is not None and after.kind == "person" and verb.group() not in ("told", "tells"):
        return False  # "..., said Gladys Ramos, the nurse"; but "told Reuters" names whom it was said to
    speaker = cast.subject_before(verb.start(), index)
    if speaker is not None:
        return speaker.kind == "description" and not described(cast, speaker, index)[0]
    subject = cast.sentence_subject(index) or pronoun_after_setting(cast, index)
    return (subject is None or subject.kind not in ("person", "pronoun")) and \
        not any(a.kind == "person" and a.span.end <= verb.start() for a in actors)


_SAYS = re.compile(r"\b(?:said|says|say|told|tells|added|adds)\b")
"""The verbs that report words, whose subject a later 'he' or 'she' may go on with."""


_ON_WHOSE_WORD = re.compile(r"\b(?:directives?|instructions?|orders|guidance|patronage|auspices|behalf|vision)\s+of\s+"
                            r"(?:[^.;:,\"“”]{0,60}?\s+and\s+)?(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)\s+)?$")
"""Words on whose authority something is done, before a title or two joined by "and": "in line with the directives of
the King and His Royal Highness the Crown Prince", "under the patronage of the Emir". The title holder is the authority
in the background, not someone who acts or speaks in the sentence, so a later 'he' is not left in doubt by him."""


def _unnamed_title(cast: Cast, actor: Actor, index: int) -> bool:
    """Whether an actor is one person the text speaks of by a title it ties to no name: "During a call
    with Luc Marchal, the Head of State thanked France" speaks of two people, one of them unnamed. A
    title set off after a name ("Arjun Mehra, the WHO Representative") or before it ("the minister, Ida
    Berg,") is that person's."""
    if actor.kind != "description" or not actor.ref.lower().startswith("the ") or _plural(actor) or \
            described(cast, actor, index)[0]:
        return False
    before = cast.article.masked[:actor.span.start]
    masked = cast.article.masked
    if _ON_WHOSE_WORD.search(masked, max(0, actor.span.start - 80), actor.span.start):
        return False
    return not any(a.kind == "person" and (re.fullmatch(r",\s*", before[a.span.end:]) or
                                           re.fullmatch(r"[^.;:]{0,60},\s*", masked[actor.span.end:a.span.start]))
                   for a in cast.in_sentence(index))


_SEVERAL = re.compile(r"\b(?:[Tt]he\s+(?:two|three|four)|[Bb]oth)\s+(?:[\w-]+\s+)?(?:leaders|ministers|presidents|"
                      r"heads|premiers|envoys|men|women|chiefs|commanders|counterparts)\b")
"""Several people at once, any of whom a later 'he' or 'she' may be: "The two leaders discussed the jets"."""


def _several(cast: Cast, index: int) -> bool:
    """Whether a clause of sentence `index` has several people for its subject ("During the call, the two
    leaders discussed the jets", "Both ministers then spoke"); not where they stand in a clause on someone else
    ("Han, who welcomed Lee before the two leaders held talks, called ...")."""
    sentence = own(cast.article, index)
    masked = cast.article.masked
    return any(re.search(r"(?:^|,\s*|\band\s+)$", masked[sentence.start:m.start()]) and
               not re.search(r",\s*(?:who|whom|whose|which)\b[^,]*,?\s*$", masked[sentence.start:m.start()])
               for m in _SEVERAL.finditer(masked, sentence.start, sentence.end))


def _plural(actor: Actor) -> bool:
    """"the two leaders", "officials": a description of several, which no 'he' or 'she' stands for."""
    words = actor.ref.lower().split()
    return words[0] in ("two", "three", "several", "some") or words[-1].endswith("s")


_COUNTERPART = re.compile(r"\b(his|her)\s+(?:[\w’'-]+\s+){0,2}?(?:counterparts?|hosts?)\b")
"""Whose counterpart or host: the subject's, whose 'he' or 'she' the possessive shows ("Ana Ruiz met her Peruvian
counterpart, Jorge Salas")."""


def _counterpart_of(cast: Cast, index: int) -> list[tuple[str, str]]:
    """The person subject of sentence `index` with the gender its "his counterpart" or "her hosts" shows, where that
    person is the only one named before it: "Ana Ruiz met her counterpart" makes Ruiz a 'she', where "Ruiz thanked
    Jorge Salas and his hosts" says nothing of Ruiz."""
    subject = cast.sentence_subject(index)
    if subject is None or subject.kind != "person":
        return []
    sentence = own(cast.article, index)
    found = []
    for match in _COUNTERPART.finditer(cast.article.masked, subject.span.end, sentence.end):
        if any(a.kind in ("person", "pronoun") and subject.span.end <= a.span.start < match.start()
               for a in cast.in_sentence(index)):
            break
        found.append((subject.ref, "he" if match.group(1) == "his" else "she"))
    return found


def genders_of(cast: Cast) -> dict[str, str]:
    """'he' or 'she' of each person an honorific gives one ("Ms Vargas"), or a pronoun stands for as the
    only person named before it in its own sentence ("Lund said she would go"), a person given both being
    given neither; else as the cast has read the pronouns."""
    seen: dict[str, set[str]] = {}
    article = cast.article
    for person in cast.people.values():
        for span in person.spans:
            honorific = re.search(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$", article.masked[max(0, span.start - 6):span.start])
            if honorific:
                seen.setdefault(person.id, set()).add("he" if honorific.group(1) == "Mr" else "she")
    for index in range(len(article.sentences)):
        actors = cast.in_sentence(index)
        for pronoun in (a for a in actors if a.kind == "pronoun"):
            before = {a.ref for a in actors if a.kind == "person" and a.span.end <= pronoun.span.start}
            if len(before) == 1:
                seen.setdefault(before.pop(), set()).add(pronoun.ref)
        for ident, gender in _counterpart_of(cast, index):
            seen.setdefault(ident, set()).add(gender)
    plain = {person: next(iter(found)) for person, found in seen.items() if len(found) == 1}
    return {**{p: g for p, g in cast.gender.items() if p not in seen}, **plain}
