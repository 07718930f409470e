"""Who a sentence talks about: named people, countries and organisations, "he" and "she", and
descriptions such as "the chancellor" or "a senior official"; and who each of those stands for."""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.editing.draft.gazetteer import ANONYMOUS_NOUNS, PRONOUNS, SPEECH_VERBS, TITLE_HEADS
from generator.editing.draft.model import Organisation, Person
from generator.editing.draft.organisations import OrganisationMentions
from generator.editing.draft.text import Article, Span, fold

_NOUNS = "|".join(sorted({*TITLE_HEADS, *ANONYMOUS_NOUNS, *(n + "s" for n in TITLE_HEADS)}, key=len, reverse=True))
_DESCRIPTION = re.compile(r"\b(?P<det>[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]everal|[Ss]ome|[Tt]hree)\s+"
                          r"(?P<words>(?:(?:[A-Z]\.){2,}\s+|(?!(?:the|a|an|with|that|and|or|to|for|in|on|at|by|from|"
                          r"afterwards|then)\s)[\w’'-]+\s+){0,4}?)(?P<noun>(?i:" + _NOUNS + r")(?:-(?i:general|in-chief))?)\b"
                          r"(?P<of>\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})?"
                          r"(?!\s+[A-Z][a-z])")
"""'the Defence Secretary', 'a senior official', 'the Minister of Water Resources', 'the Secretary-General': a title written
with capitals or without; its words cross no article or preposition ("During the conference the Minister met" describes "the
Minister"), but a capitalised title goes on to the portfolio it is "of"."""
_BARE_PLURAL = re.compile(r"\b(?:[Dd]iplomats|[Oo]fficials|[Ss]ources|[Aa]nalysts|[Oo]bservers)\b")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_OTHER_OFFICE = {"prime", "deputy", "vice", "acting", "assistant", "former", "junior", "high", "chief", "first"}
"""Words of a title that make it another office than the one a description without them names: "the minister"
is never the Prime Minister nor the Deputy Minister, "the commissioner" never the High Commissioner, and "the prime
minister" never the Deputy Prime Minister."""
SUBJECT_GAP = re.compile(r"^(?:\s*\([A-Z][\w.&-]{1,12}\))?"
                         r"(?:\s*,[^,]*(?:,\s+(?:its|their|his|her|the)\s[^,]{1,80})?,|\s*[—–][^—–]*[—–])*[\s)]*"
                         r"(?:,?\s*(?:who|which)\s+)?"
                         r"(?:(?:on|in)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day|[A-Z][a-z]+)\s+|"
                         r"(?:last|this|next)\s+(?:week|month|year|[A-Z][a-z]+day)\s+)?(?:(?:also|later|then|had|has|have|would|will|"
                         r"again|earlier|previously|repeatedly|once|still|further|separately|quickly|only|already|today|"
                         r"yesterday|tonight|formally|officially|"
                         r"now|jointly|together|since|instead|countries|states|nations|members|partners|allies|leaders|"
                         r"governments?|ministry|sides|delegations?|and\s+partners|"
                         r"(?:development|aid|relief|humanitarian|state-owned|state)\s+(?:bank|agency|lender|arm)|"
                         r"(?!(?:sup|ap|re|com|multi)ply\b|(?:al|fami|assemb|ra|bul|ear|dai|week|month|year|hol)ly\b)[a-z]{3,}ly)\s+)*$")
"""What may stand between a subject and its verb: an abbreviation in brackets ("the Polish Armaments Group
(PGZ) has signed"), asides between commas or dashes (an aside with its own apposition: "Germany, represented by
Katrin Albrecht, its state secretary, added"), "who" or "which", and adverbs, any word in "-ly" among them
("Norway quietly sent"), but not a noun or an adjective in "-ly" ("supply", "family", "weekly"), and the kind of
body a name is ("Germany's KfW development bank signed")."""


BULLET = r"(?:[-–—•*·▪►]|\d{1,2}[.)]|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4})\))\s+|" \
    r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Firstly|Secondly|Thirdly|Lastly)\s*[:–—]\s*"
"""What numbers or marks a line of a list: a bullet or a dash ("- Chile pledged"), a number or a letter ("2. The
bank will", "(b) Peru signed", "iii) Japan"), or an ordinal with a colon or a dash, as a readout numbers its outcomes
("Second: The two sides signed"); never an ordinal with a comma, which opens a sentence of prose ("First, ...")."""
_LABEL = r"(?:UPDATE|Update|BREAKING|Breaking|LATEST|Latest)(?:\s+\d{1,2})?"
_CLOCK = r"(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\b\.?)?|\d{1,2}\s*[ap]\.?m\b\.?|\d{4}(?=\s*(?:GMT|UTC)\b))" \
         r"(?:\s*(?:(?:[A-Z]{1,4}T|UTC)(?:[+-]\d{1,2})?|MSK|local\s+time)\b)?"
ENTRY_STAMP = re.compile(rf"(?:{BULLET})?(?:{_LABEL}\s*(?:[-–—:|,]\s*)?)?"
                         rf"(?:[\[(]{_CLOCK}[\])]\s*(?:[-–—:|]\s*)?|{_CLOCK}(?:\s*[-–—:|]\s*|(?<=[A-Za-z.])\s+|(?<=\d:\d\d)\s+(?=[A-Z])))|"
                         rf"(?:{BULLET})?{_LABEL}\s*[-–—:|]\s*|{BULLET}")
"""What opens a live blog's entry or a list's item before its first words: a time, with its zone or "am" and a
dash, colon or bracket ("15:05 – UNICEF says", "10:12 GMT: Japan pledged", "9.40am The convoy", "UPDATE, 14:30:"),
a time with a colon alone ("13:55 Canada pledges drones"), or a bullet ("- Norway pledged"). A number that is no
time opens no entry: "500 pumps from Japan arrived", "2024 was the worst year", "12.50 francs a day"."""


def entry_start(article: Article, sentence: Span) -> int:
    """Where a sentence's own words start, past the time or bullet that opens a live blog's entry."""
    stamp = ENTRY_STAMP.match(article.masked, sentence.start, sentence.end)
    return stamp.end() if stamp else sentence.start


_POST = r"(?:[Ee]mbass(?:y|ies)|[Hh]igh\s+[Cc]ommission|[Cc]onsulate(?:[-\s][Gg]eneral)?|[Dd]elegation|[Rr]epresentation|" \
    r"[Cc]ountry\s+[Oo]ffice|[Aa]mbassador)"
_POST_IN = re.compile(r"(?:[’']s)?\s+" + _POST + r"\s+(?:in|to)\s+(?:the\s+)?")
"""Between a state and the place of its post there: "Chinese Embassy in", "'s High Commission to"."""
_POST_OF = re.compile(r"\b" + _POST + r"\s+of\s+(?:the\s+)?$")
_IN_PLACE = re.compile(r"\s+(?:in|to)\s+(?:the\s+)?")


@dataclass(frozen=True)
class Actor:
    kind: str
    """person, organisation, pronoun or description."""
    span: Span
    ref: str
    """The id of the person or organisation; the pronoun; the description's words."""


_HONORIFICS = re.compile(r"(?:(?:H\.\s?E\.|(?:The\s+)?(?:Rt\.?\s+)?Hon\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Sir|Dame|"
                         r"Amb\.?)\s+)+$")
"""Styles before a name, as official readouts write them: "H.E. Mr. Bwalya Kasonde", "Hon. Mwila Chanda"."""


def _with_honorific(article: Article, span: Span) -> Span:
    """A person's place in the text with the styles before the name: what stands before the person is
    then the sentence's own words ("held a telephone talk with Hon. Mwila Chanda")."""
    styles = _HONORIFICS.search(article.masked, max(0, span.start - 24), span.start)
    return Span(styles.start(), span.end) if styles else span


_GENDER_OF_WORD = {**dict.fromkeys(("mr", "sir", "king", "prince", "duke", "chairman", "spokesman",
                                     "congressman", "councilman", "businessman", "sheikh", "emir", "sultan"), "he"),
                   **dict.fromkeys(("mrs", "ms", "miss", "dame", "lady", "madam", "queen", "princess", "duchess",
                                     "chairwoman", "spokeswoman", "congresswoman", "councilwoman", "businesswoman"),
                                   "she")}
"""Words of a style or a title that give its holder's 'he' or 'she': "Dame Ada Moss", "Lena Ruiz, the chairwoman"."""
_GENDERED_STYLE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Madam)\.?\s+$")
_REFLEXIVE = re.compile(r"\b(?:[Hh]imself|[Hh]erself)\b")
""""Himself" and "herself" stand for the subject of their own clause: "Ruiz described herself as a realist"."""


_VISIT = re.compile(r"\b(?:visit(?:s|ed|ing)?|arriv(?:ed|es|ing|al)|trip|tour(?:s|ed|ing)?|flew\s+(?:in|to)|"
                    r"travell?(?:ed|ing)\s+to)\b")
"""Words that tell of someone's visit."""
_JOINED = re.compile(r"(?:\s*,|\s+and|\s*,\s*and)\s+(?:[A-Z][\w’'.-]*\s+){0,4}")
"""What joins a name to one before it in a list: "Ama Mensah and Trade Minister Kofi Boateng visited"."""
_OWN_POSSESSIVE = re.compile(r"(?:,[^,;]{1,60},)?(?:\s+and|,\s+(?:on|in|during|at|after|before|for)|"
                             r"\s+(?:also\s+)?(?:said|says|told\s+\w+|added|stressed|noted)(?:\s+that)?"
                             r"(?=\s+\w+\s+(?:\w+\s+)?(?:government|country|ministry|office|administration|team|"
                             r"delegation|party|agency|department)\b)|"
                             r"\s+(?:also\s+)?(?:met|meets|received|welcomed|hosted|thanked|called|held\s+talks\s+with|"
                             r"spoke\s+(?:to|with)|joined)(?=\s+\w+\s+(?:\w+\s+)?(?:counterpart|host|guest|visitor|"
                             r"predecessor|successor)s?\b))\s+(?P<own>[Hh]is|[Hh]er)\b")
"""A 'his' or 'her' that can only be the person just named, whose own it is: "Lind and her team", "Ots, on his
first visit", "Ruiz said her government", "Vega met his Chilean counterpart", "Park thanked her hosts"; not "Lind
praised his courage", which may be anyone's."""
_OF_AFTER_NAME = re.compile(r"\s+of\s+(?:the\s+)?")


_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which)\s+[^;:.()—–]*?,\s*(?:(?:also|then|later|had|has|have|will|would)\s+)*")
"""A relative clause set off between a subject and its verb, commas and all."""
_IN_RELATIVE = re.compile(r",\s*(?:who|which)\s+[^;:.()—–,]*(?:,\s*)?$")
"""A relative clause still open where an actor is named (or set off by a comma right before it, as an
apposition): the actor belongs to that clause."""


def _names_organisation(orgs: OrganisationMentions, start: int, end: int) -> bool:
    """Whether the words of a description from `start` to `end` are all of a country's or organisation's name the draft
    found: "the Water Services Executive said" names the body, not a person whose title ends in "executive"."""
    return any(span.start <= start and end <= span.end for span, _ in orgs.mentions)


_TITLE_POST = ("of", "for", "to", "in", "at", "on")
"""The words after which a title names its portfolio or post: "Ambassador to Peru", "Envoy for the Sahel"."""
_SPEECH = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_SPEECH_AFTER = re.compile(rf"\s+(?:also\s+)?(?:{_SPEECH})\b")
_SPEECH_BEFORE = re.compile(rf",\s*(?:{_SPEECH})\s+$")
"""A verb of speech after a name set off by a comma, or before it: "..., Ida Lund said", "..., said Ida Lund"."""
_RELATIVE_AFTER = re.compile(r"(?:,[^,;.]{1,60})?,\s*who\b")
"""A relative clause on someone named, after any apposition: "Ana Ruiz, the mayor, who asked for tents"."""
_PREPOSITION = re.compile(r"\b(?:with|by|from|to|for|after|before|alongside|at|of|in|on|during)\b")
"""A preposition that sets whom it names in the background of its sentence: "after talks with Ana Ruiz"."""


_SPEAKER_AFTER = re.compile(r"[\s,]*(?:(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\s+)?")
"""What stands between a quotation that opens a sentence and who said it: nothing ("'...,' he said") or the verb
of speech ("'...,' said Ana Ruiz")."""


class Cast:
    """Every actor of the article, and how to resolve the ones that do not name themselves."""

    def __init__(self, article: Article, people: list[Person], orgs: OrganisationMentions):
        self.article = article
        self.people = {p.id: p for p in people}
        self.organisations: dict[str, Organisation] = {o.id: o for o in orgs.organisations}
        self.org_mentions = orgs.mentions
        """Every place the text names a country or organisation, those inside a description included."""
        actors = [Actor("person", _with_honorific(article, span), p.id) for p in people for span in p.spans]
        taken = [a.span for a in actors]
        for match in _DESCRIPTION.finditer(article.masked, article.body_start):
            # only a title written with a capital goes on to its portfolio: "the Minister of Planning", but
            # "the minister of a country at war" is the minister
            end = match.end() if match.group("of") and match.group("noun")[0].isupper() and \
                not re.fullmatch(r"\s+of\s+(?:State|Government)", match.group("of")) else match.end("noun")
            if end != match.end() and re.match(r"\s+[A-Z][a-z]", article.masked[end:]):
                continue
            span = Span(match.start(), end)
            if _names_organisation(orgs, match.start("words"), end):
                continue  # "met the Health Service Executive": a body whose name ends in a title's word
            if not any(span.overlaps(t) for t in taken):
                actors.append(Actor("description", span, article.masked[match.start():end]))
                taken.append(span)
        for match in _BARE_PLURAL.finditer(article.masked, article.body_start):
            span = Span(match.start(), match.end())
            if not any(span.overlaps(t) for t in taken):
                actors.append(Actor("description", span, match.group()))
                taken.append(span)
        for span, ident in orgs.mentions:
            if not article.in_quotation(span) and not any(span.overlaps(t) for t in taken):
                actors.append(Actor("organisation", span, ident))
        for match in _PRONOUN.finditer(article.masked, article.body_start):
            actors.append(Actor("pronoun", Span(match.start(), match.end()), PRONOUNS[match.group().lower()]))
        self.actors = sorted(actors, key=lambda a: a.span.start)
        self.gender: dict[str, str] = self._plain_genders()
        """'he' or 'she' for each person a pronoun has plainly stood for, or an honorific or a gendered title
        names: the cue that settles a later pronoun when two people are named before it."""
        self.learn_genders()

    def _plain_genders(self) -> dict[str, str]:
        """The 'he' or 'she' the text gives a person in words that can stand for no one else: an honorific
        before the name ("Ms Vargas"), a gendered title ("Tomas Ek, the chairman"), or "himself" or "herself"
        with only that person named before it ("Ruiz found herself"); a person given both is given neither."""
        seen: dict[str, set[str]] = {}
        for person in self.people.values():
            for span in person.spans:
                honorific = _GENDERED_STYLE.search(self.article.masked, max(0, span.start - 7), span.start)
                if honorific:
                    seen.setdefault(person.id, set()).add(_GENDER_OF_WORD[honorific.group(1).lower()])
            for word in fold(person.title).split():
                if word in _GENDER_OF_WORD:
                    seen.setdefault(person.id, set()).add(_GENDER_OF_WORD[word])
        for index, sentence in enumerate(self.article.sentences):
            for match in _REFLEXIVE.finditer(self.article.masked, sentence.start, sentence.end):
                before = self._named_before(match.start(), index)
                if len(before) == 1:
                    seen.setdefault(before[0], set()).add("he" if match.group().lower() == "himself" else "she")
            for actor in self.in_sentence(index):
                own = _OWN_POSSESSIVE.match(self.article.masked, actor.span.end) if actor.kind == "person" else None
                if own and self._named_before(own.start("own"), index) == [actor.ref]:
                    seen.setdefault(actor.ref, set()).add("he" if own.group("own").lower() == "his" else "she")
        return {person: next(iter(found)) for person, found in seen.items() if len(found) == 1}

    def _named_before(self, position: int, index: int) -> list[str]:
        """The people named by name before a position in its sentence."""
        return list(dict.fromkeys(a.ref for a in self.in_sentence(index)
                                  if a.kind == "person" and a.span.end <= position))

    def in_sentence(self, index: int) -> list[Actor]:
        sentence = self.article.sentences[index]
        return [a for a in self.actors if a.span.within(sentence)]

    def subject_before(self, position: int, sentence: int, set_off: bool = False) -> Actor | None:
        """The actor whose verb stands at `position`: the nearest one before it with only asides and
        adverbs between; with `set_off`, a name set off after its title may close with a comma before
        the verb ("the president of Iasi County Council, Costel Marzac, handed over")."""
        for actor in reversed([a for a in self.in_sentence(sentence) if a.span.end <= position]):
            gap = self.article.masked[actor.span.end:position]
            if SUBJECT_GAP.match(gap) and (owner := self._posted_by(sentence, actor)) is not None:
                return owner  # "The Chinese Embassy in Zambia has donated": China's embassy, posted in Zambia
            if _RELATIVE_ASIDE.fullmatch(gap):
                return actor  # "Harkness, who held talks with Tuvalu's Prime Minister, Fiafia Laupepa, announced"
            if "," in gap and _IN_RELATIVE.search(self.article.masked[self.article.sentences[sentence].start:actor.span.start]):
                continue  # one named inside a clause on someone else, closed before the verb, does not do it
            appositive = "," in self.article.masked[actor.span.start:actor.span.end] or \
                re.search(r",\s*$", self.article.masked[max(0, actor.span.start - 3):actor.span.start])
            closing = re.match(r",\s", gap) and (
                (set_off and actor.kind == "person" and appositive)
                or (actor.kind == "organisation" and "," in self.article.masked[actor.span.start:actor.span.end]))
            # the comma after a name set off may close it ("Ana Ruiz, urged") or open an aside of its own ("In
            # Lima, Ana Ruiz, Minister of Housing, urged"): either way the name is the subject; so does the comma
            # that closes a body's name which holds one ("Gavi, the Vaccine Alliance, delivered")
            if SUBJECT_GAP.match(gap) or (closing and SUBJECT_GAP.match(gap[1:])):
                return actor
        return None

    def _posted_by(self, sentence: int, place: Actor) -> Actor | None:
        """The state or body whose post abroad is named before `place`: China for "the Chinese Embassy in Zambia",
        "the Embassy of China in Zambia" or "China's embassy in Zambia", or the body named before the country it works
        in ("Save the Children in Zambia"); None when no post stands before it."""
        text = self.article.masked
        for owner in reversed([a for a in self.in_sentence(sentence) if a.span.end <= place.span.start]):
            if owner.kind != "organisation":
                return None
            between = text[owner.span.end:place.span.start]
            if _POST_IN.fullmatch(between) or (_IN_PLACE.fullmatch(between) and _POST_OF.search(
                    text, max(0, owner.span.start - 30), owner.span.start)):
                return owner
            if re.fullmatch(r"\s+in\s+", between) and place.kind == "organisation" and \
                    self.organisations[owner.ref].type != "country" and self.organisations[place.ref].type == "country":
                return owner  # "The Catholic Development Commission in Malawi (CADECOM) donated": the body there
            return None
        return None

    def sentence_subject(self, index: int) -> Actor | None:
        """The actor a sentence starts with, after a live blog's time or a list's bullet and after any opening
        phrase set off by a comma: "15:05 – UNICEF says it has handed over" is UNICEF's."""
        sentence = self.article.sentences[index]
        start = entry_start(self.article, sentence)
        for actor in self.in_sentence(index):
            if self._speaks_first(start, actor):
                return actor
            lead = self.article.masked[start:actor.span.start]
            lead = lead[:-4] if actor.kind in ("organisation", "person") and re.search(r"(?:^|\s)[Tt]he $", lead) else lead
            if not lead.strip() or (re.fullmatch(r"[^,]{0,80},\s*", lead) and not self.article.in_quotation(actor.span)):
                return actor
            break
        return None

    def _speaks_first(self, start: int, actor: Actor) -> bool:
        """Whether a sentence opens with a quotation and then the one who said it, before or after the verb of
        speech: the speaker is the sentence's subject ("'We will rebuild every school,' she said", "'The road is
        open,' said Ana Ruiz"), and a 'he' or 'she' of the sentence after goes on with them ("She then appealed
        for tents"). Never one named later in the sentence ("'It is over,' she told Ana Ruiz")."""
        quotation = next((q for q in self.article.quotation_spans if q.start == start), None)
        return quotation is not None and actor.span.start >= quotation.end and \
            _SPEAKER_AFTER.fullmatch(self.article.masked, quotation.end, actor.span.start) is not None

    def person_of(self, actor: Actor, sentence: int, depth: int = 0) -> tuple[str | None, str]:
        """The person an actor stands for, with the reason; None with the reason when it is unclear."""
        if actor.kind == "person":
            return actor.ref, f"{self.people[actor.ref].name} is named"
        if actor.kind == "pronoun":
            return self.pronoun(actor, sentence, depth)
        if actor.kind == "description":
            return self.described(actor)
        return None, f"{self.organisations[actor.ref].name} is not a person"

    def pronoun(self, actor: Actor, sentence: int, depth: int = 0) -> tuple[str | None, str]:
        """'he' or 'she': the one person named before it in its sentence, else in the sentence before."""
        here = self._people_before(actor.span.start, sentence)
        if len(here) == 1 and self.gender.get(here[0], actor.ref) != actor.ref:
            # "Lim told reporters she had spoken to him; he is leading the response": not Lim, whom 'she' was
            return None, f"{actor.ref!r}, but {self.people[here[0]].name}, named before it, is not"
        if len(here) == 1:
            self.gender.setdefault(here[0], actor.ref)
            return here[0], f"{actor.ref!r}: {self.people[here[0]].name} is the only person named before it"
        if here:
            return self._by_gender(actor, here, f"{len(here)} people are named before it")
        if sentence == 0 or depth > 2:
            return None, f"{actor.ref!r} with nobody named before it"
        previous = sentence - 1
        subject = self.sentence_subject(previous)
        if subject is not None and subject.kind == "pronoun" and subject.ref == actor.ref:
            # "She pressed Vasylenko ... 'We can lend,' she said": the same pronoun as the subject before
            # goes on with that subject, whoever else that sentence names
            return self.pronoun(subject, previous, depth + 1)
        named = self._people_before(self.article.sentences[previous].end, previous)
        if len(named) == 1 and self.gender.get(named[0], actor.ref) != actor.ref:
            return None, f"{actor.ref!r}, but {self.people[named[0]].name}, named in the sentence before, is not"
        if len(named) == 1 and self._object_other(actor.ref, named[0], previous):
            return None, f"{actor.ref!r} may be {self.people[named[0]].name} or the one the sentence before calls " \
                         f"{'him' if actor.ref == 'he' else 'her'}"
        salient = self._salient(actor, previous, named, depth)
        if salient is not None and (len(named) > 1 or self.opens_paragraph(previous)):
            self.gender.setdefault(salient, actor.ref)
            return salient, f"{actor.ref!r}: {self.people[salient].name}, the subject of the sentence before"
        topic = self._topic(actor, previous, depth) if len(named) == 1 and named[0] not in self.gender and \
            self.people[named[0]].spans[0].within(self.article.sentences[previous]) else None
        if topic is not None and topic != named[0]:
            return topic, f"{actor.ref!r}: {self.people[topic].name}, whom the sentences before were about"
        if len(named) == 1 and subject is not None and subject.kind == "description" and \
                self.described(subject)[0] is None and subject.span.end <= self.people[named[0]].spans[0].start:
            # "The envoy called on President John Mahama. He also held talks with ...": the one the sentence
            # before is about is its subject, whom the text does not name, and not the one it names after it
            return None, f"{actor.ref!r} may be {subject.ref!r}, whom the text does not name"
        if len(named) == 1:
            self.gender.setdefault(named[0], actor.ref)
            return named[0], f"{actor.ref!r}: {self.people[named[0]].name} is the only person named in the sentence before"
        if named:
            return self._by_gender(actor, named, f"the sentence before names {len(named)} people")
        # a sentence before whose subject is the other pronoun ("'We will pay,' she said. He ...") tells nothing of
        # who 'he' is: nobody, for review
        if previous > 0 and not any(a.kind in ("person", "pronoun") for a in self.in_sentence(previous)):
            # a sentence that names no person ("This year's conference drew 5,000 delegates"): look past it
            return self._skip_back(actor, previous, depth)
        return None, f"{actor.ref!r}, but the sentence before names nobody"

    def opens_paragraph(self, index: int) -> bool:
        """Whether a sentence opens a paragraph, or a live blog's timed entry: a paragraph that opens on a person
        turns the report to them ("10:05 - Chile's minister, Ana Soto, has spoken. She asked for tents": Soto,
        whoever the entry before was about), where within a paragraph a pronoun may go on past a sentence on a
        counterpart ("In Lima she signed the grant. Peru's minister, Rui Paz, signed for Peru. She then left")."""
        sentences = self.article.sentences
        return index == 0 or "\n" in self.article.masked[sentences[index - 1].end:sentences[index].start] or \
            entry_start(self.article, sentences[index]) > sentences[index].start

    def salient_subject(self, pronoun: str, index: int, candidates: list[str]) -> str | None:
        """Of the `candidates` sentence `index` names, the one a later 'he' or 'she' goes on with: its subject."""
        probe = Actor("pronoun", Span(self.article.sentences[index].end, self.article.sentences[index].end), pronoun)
        return self._salient(probe, index, candidates, 0)

    def _salient(self, actor: Actor, previous: int, named: list[str], depth: int) -> str | None:
        """The person the sentence before is about, as its subject or as the speaker of the quotation it opens, when
        that person may be the pronoun's 'he' or 'she': the most salient one, whom a 'he' or 'she' goes on with
        before any other the text has named ("Trade Minister Ivo Dan met Governor Ema Lupu in Iasi. He pledged";
        "Lupu spoke after Rada Ene, the mayor. 'We are ready,' she said"). A subject whom the sentence then calls
        'him' or 'her' as another's object ("Dan told Ene he would call her"), a 'he' or 'she' of its own that may
        be the other ("Dan told Ion Pop that he would send engineers"), or a clause of its own on another
        ("Dan met Pop; Pop said he would call") leaves it open."""
        subject = self.sentence_subject(previous)
        if subject is None or subject.kind not in ("person", "description"):
            subject = self._reporting(previous)
        if subject is None:
            return None
        who = self.person_of(subject, previous, depth + 1)[0]
        if who is None or who not in named or self.gender.get(who, actor.ref) != actor.ref:
            return None
        if self._object_other(actor.ref, who, previous) or self._other_clause(subject, who, previous, named):
            return None
        if any(a.kind == "pronoun" and a.ref == actor.ref and a.span.start > subject.span.end and
               self.pronoun(a, previous, depth + 1)[0] != who for a in self.in_sentence(previous)):
            return None
        return who

    def _reporting(self, index: int) -> Actor | None:
        """The one person to whom a sentence that opens on a country or a body gives its words, by a verb of speech
        after a comma: "Norway will give $50 million, Minister Eva Berg said after talks with Ana Paz", "..., said
        Commissioner Ida Lund". The speaker is what the sentence is about, and a 'he' or 'she' after goes on with them."""
        masked = self.article.masked
        start = self.article.sentences[index].start
        found = [a for a in self.in_sentence(index) if a.kind in ("person", "description") and
                 ((re.search(r",\s*$", masked[start:a.span.start]) and _SPEECH_AFTER.match(masked, a.span.end)) or
                  _SPEECH_BEFORE.search(masked[start:a.span.start]))]
        return found[0] if len(found) == 1 else None

    def _other_clause(self, subject: Actor, who: str, index: int, named: list[str]) -> bool:
        """Whether another of the people a sentence names after its subject stands in the foreground with them: as
        the subject of a clause of its own ("Kola received Berg; Berg said", "Kola spoke, and then Berg took the
        floor"), with a clause of its own on them ("Kola met Berg, who asked for a loan"), or as the object of the
        subject's verb ("Kola thanked Berg for the loan", whose answer a 'he' may give). One named after a
        preposition is in the background ("Kola spoke after talks with Berg")."""
        masked = self.article.masked
        start = self.article.sentences[index].start
        for other in self.in_sentence(index):
            if other.span.start <= subject.span.end or other.kind not in ("person", "description") or \
                    (other.kind == "person" and other.ref not in named) or self.person_of(other, index, 3)[0] == who:
                continue
            before = masked[start:other.span.start]
            if re.search(r"(?:[;:]|,?\s+(?:and|but)(?:\s+then)?)\s+$", before) or \
                    _RELATIVE_AFTER.match(masked, other.span.end) or \
                    not _PREPOSITION.search(masked, subject.span.end, other.span.start):
                return True
        return False

    def _object_other(self, pronoun: str, person: str, index: int) -> bool:
        """Whether sentence `index` speaks of someone else of the same 'he' or 'she' as its one named person, as the
        object of that person's verb ("Ms. Rotaru thanked her for the visit": 'her' is not Rotaru): a 'she' after
        it may be either woman."""
        masked = self.article.masked
        sentence = self.article.sentences[index]
        spans = [a.span for a in self.in_sentence(index) if a.kind == "person" and a.ref == person]
        word = "him" if pronoun == "he" else "her"
        return bool(spans) and any(m.start() >= spans[0].end for m in re.finditer(
            rf"\b{word}\b(?=\s*(?:[.,;:]|$|(?:for|to|that|and|on|in|at|with|about|as|by|from|during|after|before|"
            rf"again|back|through|around)\b))", masked[:sentence.end]) if m.start() >= sentence.start)

    def _topic(self, actor: Actor, previous: int, depth: int) -> str | None:
        """The person the sentence before the last one was about, opening it by name or as this same 'he' or
        'she', where the text has shown that person to be the 'he' or 'she': a pronoun goes on with that
        person past a sentence that first names someone else, whom the text never called so ("In Quito she
        signed the grant. The mayor, Rui Paz, signed for the city. She then met President Ortiz": she is still
        the signer). One the text has spoken of before is not brought in so, and may be the one meant."""
        if previous == 0 or depth > 2:
            return None
        opener = next((a for a in self.in_sentence(previous - 1) if a.kind != "organisation"), None)
        if opener is None or (opener.kind == "pronoun" and opener.ref != actor.ref):
            return None
        if opener.kind == "pronoun":
            who = self.pronoun(opener, previous - 1, depth + 1)[0]
        else:
            who = self.person_of(opener, previous - 1, depth + 1)[0]
        return who if who is not None and self.gender.get(who) == actor.ref else None

    def _by_gender(self, actor: Actor, candidates: list[str], why: str) -> tuple[str | None, str]:
        """Of several people named before a pronoun, the one whose 'he' or 'she' the text has shown
        already, when every other is known to be the other; else nobody, for review."""
        left = [c for c in candidates if self.gender.get(c, actor.ref) == actor.ref]
        if len(left) == 1:
            return left[0], f"{actor.ref!r}: of the people named, only {self.people[left[0]].name} can be '{actor.ref}'"
        return None, f"{actor.ref!r}, but {why}"

    def learn_genders(self) -> None:
        """Read every 'he' and 'she' in turn, keeping the gender of each person one plainly stands for."""
        for index in range(len(self.article.sentences)):
            for actor in self.in_sentence(index):
                if actor.kind == "pronoun":
                    self.pronoun(actor, index)

    def _skip_back(self, actor: Actor, sentence: int, depth: int) -> tuple[str | None, str]:
        probe = Actor(actor.kind, Span(self.article.sentences[sentence].start, self.article.sentences[sentence].start),
                      actor.ref)
        return self.pronoun(probe, sentence, depth + 1)

    def _people_before(self, position: int, sentence: int) -> list[str]:
        found: list[str] = []
        for actor in self.in_sentence(sentence):
            if actor.span.start >= position:
                break
            ident = actor.ref if actor.kind == "person" else None
            if actor.kind == "description":
                ident = self.described(actor)[0]
            if ident and ident not in found:
                found.append(ident)
        return found

    def _title_parts(self, actor: Actor) -> tuple[str, str, list[str], bool]:
        """A description's determiner, its head noun, the words that qualify it, and whether it says "visiting"."""
        words = re.findall(r"[\w’'-]+", actor.ref.lower())
        det, noun, modifiers = words[0] if words else "", words[-1] if words else "", words[1:-1]
        portfolio = next((i for i, w in enumerate(words) if w in ("of", "for") and i > 1), None)
        if portfolio is not None:  # "the Minister of Water Resources": the noun, then what it is of
            noun = words[portfolio - 1]
            modifiers = words[1:portfolio - 1] + [w for w in words[portfolio + 1:] if w not in ("the", "and")]
        det = det if det == "the" or len(words) < 2 else ""
        return det, noun, [m for m in modifiers if m != "visiting"], "visiting" in modifiers

    def described_alone(self, actor: Actor) -> str | None:
        """The person a description written as a title stands for ("On this occasion, the Minister announced"),
        when the text has named one person only, anywhere before it, whose title it fits: "Foreign Minister Claire
        Dubois visited Yerevan. The Minister announced"; none where a host and a guest both fit."""
        fits = self._fitting(actor) if actor.kind == "description" else None
        return fits[0].id if fits is not None and len(fits) == 1 else None

    def _fitting(self, actor: Actor) -> list[Person] | None:
        """The people named before a description whose title it fits; None where it is no definite title."""
        det, noun, modifiers, visiting = self._title_parts(actor)
        if not det:
            return None
        return [p for p in self.people.values() if p.spans and p.spans[0].start < actor.span.start
                and self._fits(p, noun, modifiers) and (not visiting or self._visitor(p, actor.span.start))]

    def described(self, actor: Actor) -> tuple[str | None, str]:
        """A description such as "the Finnish president": the one person named before it whose title fits."""
        noun = self._title_parts(actor)[1]
        fits = self._fitting(actor)
        if fits is not None:
            if len(fits) == 1:
                return fits[0].id, f"{actor.ref!r} fits only {fits[0].name}'s title"
            home = [p for p in fits if not p.organisation]
            if len(home) == 1 and noun and re.search(r"\b" + noun[0].upper() + noun[1:] + r"\b", actor.ref):
                # "the Prime Minister", written as a title with no country: a readout's own principal, whom
                # it names with no country, while it gives the guest's ("the Prime Minister of Ukraine"); unless
                # the guest is the one just named ("Minister Silva of Peru thanked India. 'We are grateful,' the
                # Minister said")
                just = self._recent(actor, fits, back=1)
                if just is not None and just is not home[0]:
                    return just.id, f"{actor.ref!r} fits {just.name}, the one of them named in this sentence or the last"
                return home[0].id, f"{actor.ref!r} fits {home[0].name}, the one of that title given no country"
            recent = self._recent(actor, fits)
            if recent is not None:
                return recent.id, f"{actor.ref!r} fits {recent.name}, the one of them named in the last sentences"
            if fits:
                return None, f"{actor.ref!r} fits {len(fits)} people"
        return None, f"{actor.ref!r} names nobody"

    def _visitor(self, person: Person, position: int) -> bool:
        """Whether the text has told, before `position`, of a person's visit, naming them as the nearest person
        before its word: "the visiting minister" is the one who "visited Riga", "arrived in Accra" or was "on a
        visit", not the host who received them ("Holm welcomed Minister Karl Ots, who was visiting Riga")."""
        for span in person.spans:
            index = self.article.sentence_index(span.start)
            sentence = self.article.sentences[index]
            visit = _VISIT.search(self.article.masked, span.end, min(sentence.end, position))
            others = [a for a in self.in_sentence(index) if a.kind == "person" and a.ref != person.id]
            if visit and not any(span.end <= a.span.start < visit.start() or
                                 _JOINED.fullmatch(self.article.masked, a.span.end, span.start) for a in others):
                return True
        return False

    def _recent(self, actor: Actor, fits: list[Person], back: int = 3) -> Person | None:
        """Of several people a description fits ("the minister"), the only one named in its sentence or
        the three before (or `back`): a report refers back so only to whom it has just been speaking of."""
        index = self.article.sentence_index(actor.span.start)
        start = self.article.sentences[max(0, index - back)].start
        near = [p for p in fits if any(start <= s.start < actor.span.start for s in p.spans)]
        return near[0] if len(near) == 1 else None

    def anonymous(self, actor: Actor) -> bool:
        """Whether a description stands for someone the text does not name: "an official", "diplomats"."""
        words = re.findall(r"[\w’'-]+", actor.ref.lower())
        noun = words[-1] if words else ""
        if actor.kind != "description" or self.described(actor)[0]:
            return False
        singular = noun[:-1] if noun.endswith("s") and noun[:-1] in ANONYMOUS_NOUNS else noun
        return singular in ANONYMOUS_NOUNS or words[0] in ("a", "an", "one", "another")

    def _fits(self, person: Person, noun: str, modifiers: list[str]) -> bool:
        """Whether a description's head noun and words fit a person's title, whose head is the word before the
        portfolio or post it is "of", "for", "to", "in", "at" or "on": "the ambassador" is the "Ambassador to Peru",
        "the representative" the "Representative in Chad", "the minister" the "Minister of Energy"."""
        title = fold(person.title).split()
        cut = next((i for i, w in enumerate(title) if w in _TITLE_POST), len(title))
        head = fold(noun).split()  # "secretary-general" is the two words of "Secretary-General"
        if not title or not head or cut < len(head) or title[cut - len(head):cut] != head:
            return False
        if any(w in _OTHER_OFFICE and w not in modifiers for w in title[:cut]):
            return False
        allowed = set(title)
        for ident in {person.organisation, *self._named_after(person)}:
            organisation = self.organisations.get(ident)
            allowed |= {w for f in organisation.forms for w in fold(f).split()} if organisation else set()
        return all(m in allowed for m in modifiers)

    def _named_after(self, person: Person) -> list[str]:
        """The countries and organisations a person's name is followed by, "of" them: "the Moldovan president" is
        "President Ion Rusu of Moldova", as much as "Moldova's President Ion Rusu"."""
        masked = self.article.masked
        return [ident for span in person.spans for mention, ident in self.org_mentions
                if _OF_AFTER_NAME.fullmatch(masked, span.end, mention.start)]
