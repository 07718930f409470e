"""The reader of the article's words: what the words around a found name say of it, from a place's name to a counterpart."""
from __future__ import annotations

import re
from functools import cached_property

from generator.editing.draft.actors import entry_start
from generator.editing.draft.gazetteer import (
    ANONYMOUS_NOUNS,
    CAPITALS,
    SPEECH_VERBS,
    TITLE_CONNECTORS,
    TITLE_HEADS,
)
from generator.editing.draft.people.lexicon import (
    ADDRESS_WORDS,
    BODY_VERBS,
    CALLINGS,
    MEMBERS_BODIES,
    MONARCHS,
    ORGANISATION_ENDS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    PLACE_OR_EVENT_WORDS,
    ROMAN,
    THINGS,
)
from generator.editing.draft.people.titles import (
    Title,
)
from generator.editing.draft.people.titles_after import TitlesAfter
from generator.editing.draft.text import Span

_LED_BY = r"{lead},?\s+(?:(?:which|that)\s+(?:was|is)\s+)?(?:led|headed)\s+by\s+(?:its\s+|their\s+)?"
"""Who leads a delegation, after it: "a Chinese delegation led by", "a delegation from Japan, headed by"."""


_PEOPLE_PLURAL = r"\b(?i:the)\s+(?:[\w-]+\s+){0,3}?(?:ministers|leaders|presidents|envoys|officials|heads|delegates|" \
    r"chiefs|ambassadors|governors|mayors|commanders|representatives|negotiators|premiers)(?:\s+of\s+[^,.;:]{1,50}?)?,\s+"
_PEOPLE_LISTED_FIRST = re.compile(_PEOPLE_PLURAL + r"$")
_PEOPLE_LISTED_NEXT = re.compile(_PEOPLE_PLURAL + r"(?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+"
                                 r"(?:\s+[A-Z][\w’'-]+)?)?,?\s+and\s+$")
_LISTED_NAME_ENDS = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?(?:,|\s+and\b)")
"""'The two ministers, Ana Ruiz of Chile and Luis Vega of Peru,': names listed after a plural noun of people."""
_MEETING_VERB = r"(?:met|meets|(?:met|meeting|talks|spoke|speaking|sat\s+down)\s+with|held\s+talks\s+with|received|hosted|" \
    r"called\s+on)"
_MEETING_VERB_BEFORE = re.compile(r"\b" + _MEETING_VERB + r"\s+$")
_LISTED_MET = r"(?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+(?:,?\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?"
"""A name of one met in a list, with the body they are of: "Ana Soto", "Ana Soto of Oxfam"."""
_MEETING_LIST_BEFORE = re.compile(r"\b" + _MEETING_VERB + r"\s+(?:" + _LISTED_MET + r",\s+){0,2}" + _LISTED_MET +
                                  r"(?:,\s+[^,.;:\n]{1,60},)?,?\s+and\s+$")
"""The names of those met before "and": "met Ana Soto and", "met Ana Soto of Oxfam and", "met Ana Soto, Chile's envoy,
and", "met Ana Soto, Luis Vega and"."""
_MEETING_LIST_NEXT = re.compile(r"\b" + _MEETING_VERB + r"\s+(?:" + _LISTED_MET + r",\s+){1,2}$")
"""The names of those met before one more set off by a comma: "met Ana Soto, [Luis Vega] and"; never after a title
set off ("met Ana Soto, Chile's envoy, Luis Vega"), which the name after it could be read to hold."""
_NAME_ENDS = re.compile(r"(?:[,.;]|\s+(?:and|on|in|at|for|to|during|after|before|last|this|who|about)\b|\s*$)")
"""'met Tshilidzi Ramuedzisi on Tuesday', '... and Kgosi Mabuza.': a name of one met, then where its phrase ends."""


_OF_BODY = re.compile(r",?\s+(?:of|from|at|with)\s+(?:the\s+)?")
"""What joins a name to the body its holder is of: "Grace Banda of Oxfam", "Hugh Riddell, from the World Bank"."""


_PERSON_VERBS = frozenset({"met", "meets", "arrived", "visited", "travelled", "traveled", "flew", "chaired", "toured",
                           "thanked", "signed", "inspected"})
"""Verbs whose subject is a person where a body's name is set after it: "Ana Soto of Oxfam met the minister"."""


_MEETS_OFFICIAL = re.compile(r"\s+(?:(?:also|later|then|on\s+[A-Z][a-z]+day)\s+)?(?:met|meets|held\s+talks\s+with|"
                             r"holds\s+talks\s+with|spoke\s+with|received|hosted)\s+(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+"
                             r"[A-Z][\w’'.-]*)?[’']s\s+(?:[a-z-]+\s+){0,2}?|the\s+(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+){0,2}?)"
                             r"(?:minister|ambassador|envoy|president|prime\s+minister|premier|chancellor|commissioner|"
                             r"secretary|governor|representative|counterpart)\b|"
                             r"\s+(?:(?:also|later|then|on\s+[A-Z][a-z]+day)\s+)?(?:met|meets|held\s+talks\s+with|"
                             r"holds\s+talks\s+with|spoke\s+with|received|hosted)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
                             r"(?:Minister|Ambassador|Envoy|President|Prime\s+Minister|Premier|Chancellor|Commissioner|"
                             r"Secretary|Governor)\s+[A-Z][\w’'-]+\s+[A-Z]")
"""'Lazarus Chakwera met Japan's ambassador', 'held talks with the Japanese foreign minister', 'met Zambian Foreign
Minister Stanley Kakubo': one who meets an official named by title, which a firm or a place does not do under a name of
its own."""


_THEIR_OWN_AFTER = re.compile(r",?\s+(?:and|with)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:deputy|counterpart|wife|husband|aide|"
                              r"adviser|advisor|spokes(?:man|woman|person)|chief\s+of\s+staff|envoy|son|daughter)\b")
"""'Nancy Tembo and her deputy', 'Ana Soto with his Zambian counterpart': one named with an official or kin of their
own, by "his" or "her", as no body or place is."""


class Reader(TitlesAfter):
    """The words of the article, with what each is."""

    def of_body(self, last: int) -> int | None:
        """Where a body's name set after the name ending at token `last` by "of", "from", "at" or "with" ends, with
        its abbreviation in brackets: "Grace Banda of Oxfam", "Hugh Riddell from the World Bank (WB)"; a country's name
        is no body, as "Harland Kerr of Britain" may be a firm's."""
        masked = self.article.masked
        lead = _OF_BODY.match(masked, self.tokens[last].span.end)
        if lead is None:
            return None
        index = next((i for i in range(last + 1, min(last + 5, len(self.tokens)))
                      if self.tokens[i].span.start == lead.end()), None)
        if index is None or index not in self.org_at:
            return None
        span, ident = self.org_at[index]
        if span.start != lead.end() or self.org_types.get(ident) == "country":
            return None
        abbreviation = re.match(r"\s*\([A-Z][\w.&-]{1,14}\)", masked[span.end:])
        return span.end + (abbreviation.end() if abbreviation else 0)

    def meets_official(self, first: int, last: int) -> bool:
        """Whether a name of two or three words with no title opens its sentence or follows an opening phrase and meets
        an official named by title: "Lazarus Chakwera met Japan's ambassador on Monday"."""
        if not 1 <= last - first <= 2 or self.names_organisation(last):
            return False
        start = self.tokens[first].span.start
        opening = self.opens_line_or_sentence(first) or (
            first >= 1 and self.gap(first - 1, first).strip() == "," and
            re.fullmatch(r"[^,]{1,40},\s*", self.article.masked[self.article.sentences[
                self.article.sentence_index(start)].start:start]) is not None)
        return opening and _MEETS_OFFICIAL.match(self.article.masked, self.tokens[last].span.end) is not None

    def with_their_own(self, first: int, last: int) -> bool:
        """Whether a name of two or three words with no title is named with someone of their own by "his" or "her":
        "Nancy Tembo and her deputy Mary Phiri met the minister"."""
        return 1 <= last - first <= 2 and not self.names_organisation(last) and \
            _THEIR_OWN_AFTER.match(self.article.masked, self.tokens[last].span.end) is not None

    def acts_of_body(self, first: int, last: int) -> bool:
        """Whether a name of two or three words with a body's name after it is the subject of a verb of speech or of a
        person's doing: "Grace Banda of Oxfam said", "Hugh Riddell from the World Bank met the minister"."""
        end = self.of_body(last) if 1 <= last - first <= 2 else None
        verb = re.match(r",?\s+([a-z]+)\b", self.article.masked[end:]) if end is not None else None
        return verb is not None and (verb.group(1) in SPEECH_VERBS or verb.group(1) in _PERSON_VERBS)

    def names_organisation(self, last: int) -> bool:
        """Whether the run of name words ending at token `last` is, or begins, an organisation's name; a members'
        possessive may stand inside it: "the Nouadhibou Artisanal Fishermen's Cooperative"."""
        nxt = last + 1
        if nxt < len(self.tokens) and self.gap(last, nxt) == " " and self.tokens[last].possessive and \
                self.tokens[nxt].bare in MEMBERS_BODIES:
            return True
        return self.tokens[last].bare in ORGANISATION_ENDS or (
            nxt < len(self.tokens) and not self.tokens[last].possessive and self.gap(last, nxt) == " "
            and self.tokens[nxt].bare in ORGANISATION_ENDS)

    def in_portfolio_list(self, first: int) -> bool:
        """Whether the run of name words from token `first` follows a comma of a title's list of portfolios that "and
        the" closes: "Regional Director for Central America, North America and the Caribbean" names no one "North
        America", where "the Minister of Health, Jan Novak and Eva Berg" may name two people."""
        return first >= 1 and self.tokens[first - 1].span.end in self._places_listed

    @cached_property
    def _places_listed(self) -> frozenset[int]:
        """The commas of the lists of portfolios that "and the" closes."""
        commas: set[int] = set()
        for index, token in enumerate(self.tokens):
            if token.text in TITLE_CONNECTORS and index >= 1 and self.gap(index - 1, index) == " " \
                    and self.kind(index - 1) == "H":
                found = self.portfolio_list(index + 1)
                if found is not None and found[1]:
                    commas.update(found[0])
        return frozenset(commas)

    def past_portfolio(self, first: int, last: int) -> int | None:
        """The first token of the name in a run of name words right after a title's "for the" or "of the", whose
        first words are the title's region or portfolio, leaving the two last words to the name: "Commissioner for
        the Mediterranean Teresa Dalmau" is Teresa Dalmau, "Director for the Western Balkans Ana Berg" is Ana Berg,
        and "Vice President for the Middle East" names no one; None when no name is left."""
        if first < 3 or self.tokens[first - 1].text != "the" or self.tokens[first - 2].text not in TITLE_CONNECTORS \
                or self.gap(first - 3, first - 2) != " " or self.gap(first - 2, first - 1) != " " \
                or self.kind(first - 3) != "H":
            return first
        return last - 1 if last - first >= 2 else None

    def named_as_place(self, name: str) -> bool:
        """Whether words that look like a full name are a place's: a capital the draft knows ("Addis Ababa said the
        talks had failed"), or words the text puts after "in" ("talks in Santa Cruz ... Santa Cruz said")."""
        return name in CAPITALS or re.search(r"\b(?:[Ii]n|[Nn]ear|[Oo]utside)\s+" + re.escape(name) + r"(?![\w’'-])",
                                             self.article.masked) is not None or self._works_at(name)

    def _works_at(self, name: str) -> bool:
        """Whether the text puts the words after a role and "at", as an employer's name: "analysts at Goldman Sachs",
        "a strategist at Harland Kerr" make "Goldman Sachs said" no person's words."""
        for match in re.finditer(r"\b([A-Za-z]+)\s+at\s+" + re.escape(name) + r"(?![\w’'-])", self.article.masked):
            role = match.group(1).lower()
            role = role[:-1] if role.endswith("s") and role[:-1] in TITLE_HEADS | ANONYMOUS_NOUNS else role
            if role in TITLE_HEADS or role in ANONYMOUS_NOUNS:
                return True
        return False

    def named_as_thing(self, first: int, last: int, name: str) -> bool:
        """Whether the text says the name is a thing's: a noun for a paper, a firm, a ship or a storm right before it
        ("the newspaper Le Monde", "Cyclone Idai"), one set off after it ("Wood Mackenzie, a consultancy,"), or
        ", which" and a body's verb after it ("Harland Kerr, which builds the turbines")."""
        if (self.tokens[first].text.lower() in THINGS and last > first) or \
                any(t.bare.lower() in PLACE_OR_EVENT_WORDS for t in self.tokens[first:last + 1]):
            return True
        if first >= 1 and self.gap(first - 1, first) == " " and self.tokens[first - 1].text.lower() in THINGS:
            return True
        if first >= 1 and last > first and self.gap(first - 1, first) == " " and self.tokens[first - 1].text in \
                ("the", "The") and not self.tokens[last].possessive:
            return True  # "the Volcán de Fuego", "the Ever Given": a person's name takes no "the"
        quoted = re.escape(name)
        things = "|".join(sorted(THINGS))
        described = rf"{quoted},\s+(?:a|an|the)\s+(?:(?!of |for |at |with |to |and )[\w-]+\s+){{0,3}}(?:{things})" \
            rf"(?=[,.;]|\s+(?:that|which|based|owned|in|from)\b)"
        which = rf"{quoted},\s+which\s+(?:{'|'.join(BODY_VERBS)})\b"
        return re.search(described, self.article.masked) is not None or \
            re.search(which, self.article.masked) is not None

    def names_place(self, last: int) -> bool:
        """Whether the run of name words ending at token `last` names a place by the lowercase word for what it is
        after it: "Sudan's West Darfur state", "the Upper Nile region" name no one."""
        nxt = last + 1
        return nxt < len(self.tokens) and not self.tokens[last].possessive and self.gap(last, nxt) == " " \
            and self.tokens[nxt].text in PLACE_NOUNS

    def name(self, first: int, last: int) -> str:
        words = [t.text + ("." if i < last and re.fullmatch(r"[A-Z]", t.text) and self.gap(i, i + 1) == ". " else "")
                 for i, t in enumerate(self.tokens[first:last + 1], first)]
        words[-1] = self.tokens[last].bare
        return " ".join(words)

    def of_country(self, first: int) -> bool:
        """Whether a country's or organisation's possessive stands right before the name: "Russia's Sergei
        Volkov" is how a report names a person whose title it leaves out."""
        return first > 0 and self.kind(first - 1) == "S" and self.gap(first - 1, first) == " "

    def meets_or_travels(self, first: int, last: int) -> bool:
        """Whether the name after a country's possessive is one a person's verb goes with: who meets or is met, who
        arrives, visits or travels ("Japan's Yoko Kamiyama arrived in Hanoi", "talks with Chile's Ana Rojas"), which
        no company or region the text names so does ("Egypt's Sharm El-Sheikh hosted the summit")."""
        masked = self.article.masked
        before = masked[max(0, self.tokens[first - 1].span.start - 24):self.tokens[first - 1].span.start]
        after = masked[self.tokens[last].span.end:self.tokens[last].span.end + 24]
        return re.search(r"(?i)\b(?:met|meets|meeting|(?:talks|met|meeting|spoke|speaking) with|received|welcomed)\s+$",
                         before) is not None or \
            re.match(r"\s+(?:met|meets|arrived|arrives|visited|visits|travell?ed|travels|flew|chaired|thanked)\b",
                     after) is not None

    def listed_after_people(self, first: int, last: int) -> bool:
        """Whether a name of two or three words stands in a list set off after a plural noun of people: "The leaders of
        the two delegations, Tshilidzi Ramuedzisi and Kgosi Mabuza, signed", "The two ministers, Ana Ruiz of Chile and
        Luis Vega of Peru, met"."""
        return self._placed_name(first, last, (_PEOPLE_LISTED_FIRST, _PEOPLE_LISTED_NEXT), _LISTED_NAME_ENDS)

    def met_by_name(self, first: int, last: int) -> bool:
        """Whether a name of two or three words, with no title, is the one a verb of meeting names right after it, alone
        or joined by "and" to another so named: "The minister met Tshilidzi Ramuedzisi and Kgosi Mabuza on Tuesday".
        The name must end where its phrase does, so that "met Kenya Power officials" names no one."""
        return self._placed_name(first, last, (_MEETING_VERB_BEFORE, _MEETING_LIST_BEFORE, _MEETING_LIST_NEXT),
                                 _NAME_ENDS)

    def _placed_name(self, first: int, last: int, leads: tuple[re.Pattern[str], ...], ends: re.Pattern[str]) -> bool:
        """Whether a name of two or three words has one of `leads` just before it and `ends` just after, or after the
        body it is of: "met Grace Banda of Oxfam on Monday"."""
        if not 1 <= last - first <= 2:
            return False
        masked = self.article.masked
        start, end = self.tokens[first].span.start, self.tokens[last].span.end
        before = masked[max(0, start - 120):start]
        body = self.of_body(last)
        return any(lead.search(before) for lead in leads) and (
            ends.match(masked, end) is not None or (body is not None and ends.match(masked, body) is not None))

    def referred_back(self, first: int, last: int) -> bool:
        """Whether a name that opens its sentence or clause, with a verb after it, is taken up by "she", "he", "her" or
        "his" later in that sentence or at the start of the next: a feature opens on a person so ("Halimo Aden Nur
        walked for nine days, carrying her youngest son"); a firm, a place or a ship named with "the" is "it" or
        "its"."""
        article = self.article
        start, end = self.tokens[first].span.start, self.tokens[last].span.end
        if last + 1 >= len(self.tokens) or self.gap(last, last + 1) != " " or \
                re.fullmatch(r"[a-z]+", self.tokens[last + 1].text) is None or \
                self.tokens[last + 1].text in ("and", "or", "of", "for", "in", "at", "to", "the", "which"):
            return False
        if first >= 1 and not re.search(r"(?:^|[,;—–]|\n)\s*$", article.masked[max(0, start - 3):start]) and \
                article.sentence_index(start) == article.sentence_index(self.tokens[first - 1].span.start):
            return False
        index = article.sentence_index(start)
        sentence = article.sentences[index]
        rest = article.masked[end:sentence.end]
        pronoun = re.search(r"\b(?:she|he|her|his|him|its?|their|they)\b", rest)
        if pronoun is not None:
            return pronoun.group() in ("she", "he", "her", "his", "him")
        nxt = article.sentences[index + 1] if index + 1 < len(article.sentences) else None
        # the next sentence's "She" may stand for another person the sentence names after the verb
        return nxt is not None and re.match(r"(?:She|He)\b", article.masked[nxt.start:nxt.end]) is not None and \
            re.search(r"\b[A-Z]", article.masked[end:sentence.end]) is None

    def speaks_past_apposition(self, last: int) -> bool:
        """Whether a verb of speech follows what is set off by commas after the name: "Hopeton Reid, a fisherman from
        Lucea whose boat was smashed, said", "Ana Reyes, who runs the clinic, told reporters"."""
        match = re.match(r",\s+(?:a|an|the|his|her|who|whose)\s([^,;:.!?()\n]{1,80}),\s+([a-z]+)\b",
                         self.article.masked[self.tokens[last].span.end:])
        # what is set off says something in plain words: "Ana Lind, the Swedish NATO, said" sets off no description
        return match is not None and match.group(2) in SPEECH_VERBS and \
            re.search(r"\b[a-z]{2,}\b", match.group(1)) is not None

    def given_name_alone(self, index: int) -> bool:
        """Whether the one name word at token `index` is a person named by the given name alone, as features name who
        asks that the surname not be used: an age set off after it ("said Vasyl, a 52-year-old engineer", "Amina, 34,
        said"), or the sentence saying the surname is withheld ("..., who asked that her surname not be used")."""
        masked = self.article.masked
        end = self.tokens[index].span.end
        if self.tokens[index].possessive or re.fullmatch(r"[A-Z][a-z]+", self.tokens[index].text) is None:
            return False
        previous = self.tokens[index - 1].text if index >= 1 else ""
        # a place is "in Kharkiv, a 300-year-old city": the word must be the subject or the object of a verb of speech
        spoken = (previous in SPEECH_VERBS and self.gap(index - 1, index) == " ") or \
            re.match(r",\s+\d{1,3},\s+(?:[a-z]+,\s+)?(?:who|" + "|".join(sorted(SPEECH_VERBS)) + r")\b", masked[end:]) \
            is not None or self.speaks_past_apposition(index)
        if spoken and re.match(r",\s+(?:\d{1,3},\s+(?!\d)|an?\s+\d{1,3}-year-old\s)", masked[end:]):
            return True
        sentence = self.article.sentences[self.article.sentence_index(end)]
        return spoken and re.match(r",\s", masked[end:]) is not None and re.search(
            r"\b(?:asked|requested|preferred|wished)\s+(?:that\s+)?(?:her|his|their)\s+(?:sur|last |family |full )name",
            masked[end:sentence.end]) is not None

    def leads_party(self, first: int) -> bool:
        """Whether the name is of who leads a delegation, a team or a mission, which only a person does: "a Hamas
        delegation led by Khalil Haddad", "the team, headed by Ana Reyes,"; a consortium or a coalition may be led by a
        firm or a country."""
        before = self.article.masked[max(0, self.tokens[first].span.start - 40):self.tokens[first].span.start]
        return re.search(r"\b(?:delegations?|team|mission|panel|negotiators),?\s+(?:which\s+was\s+|was\s+)?"
                         r"(?:led|headed)\s+by\s+$", before) is not None


    def reigns(self, index: int, title: Title) -> bool:
        """Whether the one name word at token `index` is a monarch's or a pope's, whom reports name by the given name
        alone after the title: "King Abdullah", "Jordan's Queen Rania", "Pope Leo XIV"; not where a capitalised word
        goes on with it, as a place or a body named after one does: "Queen Alia International Airport"."""
        if title.words.split()[-1].lower() not in MONARCHS or title.span.end > self.tokens[index].span.start:
            return False
        nxt = index + 1
        if nxt < len(self.tokens) and ROMAN.fullmatch(self.tokens[nxt].text) and self.gap(index, nxt) == " ":
            nxt += 1
        return nxt >= len(self.tokens) or self.gap(nxt - 1, nxt) != " " or not self.tokens[nxt].text[:1].isupper()

    def regnal(self, index: int) -> str:
        """The monarch's name with the number of the reign after it: "Abdullah II"."""
        nxt = index + 1
        if nxt < len(self.tokens) and ROMAN.fullmatch(self.tokens[nxt].text) and self.gap(index, nxt) == " ":
            return f"{self.tokens[index].bare} {self.tokens[nxt].bare}"
        return self.tokens[index].bare

    def contact(self, first: int, last: int) -> bool:
        """Whether the name opens a line of a release's contacts, with a telephone or an address after it: "Ana
        Reyes, WFP/Lima, Mob. +51 999 555 014" names a person the release gives no other words to."""
        start = self.tokens[first].span.start
        if (start > 0 and self.article.masked[start - 1] != "\n") or self.tokens[last].text in ADDRESS_WORDS:
            return False
        line = self.article.masked[self.tokens[last].span.end:].split("\n", 1)[0]
        return re.match(r",\s", line) is not None and \
            re.search(r"\b(?:Mob|Mobile|Tel|Phone|Cell|Email|E-mail)\b|\+\d|\w@\w", line) is not None

    def described(self, last: int) -> bool:
        """Whether a person's noun describes the name ending at token `last`, set off by a comma with "a" or "an" and up
        to two words before it, then closed by a comma or the place or kin it goes with: "Ion Rusu, a farmer near
        Orhei, shrugged", "Mariam Sesay, a mother of four, waited"; "Port Loko, a town near the coast" is a place."""
        match = re.match(r",\s+an?\s+(?P<left>(?:retired|former)\s+)?(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)(?=[,;.]|\s+(?:"
                         r"near|from|in|at|on|of|who|whose|living|based)\b)", self.article.masked[self.tokens[last].span.end:])
        # "Omar Idris, a retired teacher who sits on the council,": a calling left describes the person as a noun does
        return match is not None and (match.group("noun") in PERSON_NOUNS or
                                      (match.group("left") is not None and match.group("noun") in CALLINGS))

    def aged(self, last: int) -> bool:
        """Whether an age is set off by commas after the name ending at token `last`: "Gulnara Seitova, 54,
        who grows melons" or "Lahcen Ait Brahim, a 54-year-old farmer," is a person though no title or verb of speech
        comes with the name."""
        after = self.article.masked[self.tokens[last].span.end:]
        return re.match(r",\s(?:\d{1,3},\s|an?\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b)", after) is not None

    def set_off_speaker(self, first: int, last: int) -> bool:
        """Whether a name is set off by commas after a clause's first words and before its verb of speech: "One of
        them, Fatuma Ali, said the herders wanted water"."""
        masked = self.article.masked
        return re.match(r",\s+(?:said|says|told|added)\b", masked[self.tokens[last].span.end:]) is not None and \
            re.search(r"[a-z],\s+$", masked[max(0, self.tokens[first].span.start - 40):self.tokens[first].span.start]) \
            is not None

    def represented(self, start: int) -> str:
        """The country or organisation a clause before the name says the person represents: "Sweden was
        represented by Defence Minister Johan Ekdahl", "A Chinese delegation led by Commerce Minister Gao Ruiming",
        "a delegation from Japan, headed by Ken Sato"."""
        masked = self.article.masked
        for span, ident in self.org_at.values():
            if span.end > start:
                continue
            between = masked[span.end:start]
            if re.fullmatch(r"\s+(?:was|is|were|are)\s+represented\s+by\s+(?:its\s+|their\s+)?", between) or \
                    re.fullmatch(_LED_BY.format(lead=r"\s+(?:delegation|team|mission)"), between) or \
                    (re.search(r"\b(?:delegation|team|mission)\s+(?:from|of)\s+(?:the\s+)?$", masked[:span.start])
                     and re.fullmatch(_LED_BY.format(lead=""), between)):
                return ident
        return ""

    def _bodies_in(self, index: int) -> list[tuple[Span, str]]:
        """The countries and organisations named in sentence `index`, in the order of the text."""
        sentence = self.article.sentences[index]
        return sorted({m for m in self.org_at.values() if m[0].within(sentence)}, key=lambda m: m[0].start)

    def opening_body(self, index: int) -> str:
        """The country or organisation sentence `index` opens with alone, after a live blog's time and "The": "Frontex,
        the EU's border agency, will send", not "Kenya and Uganda signed"."""
        bodies = self._bodies_in(index)
        if not bodies:
            return ""
        lead = self.article.masked[entry_start(self.article, self.article.sentences[index]):bodies[0][0].start]
        if not re.fullmatch(r"(?:[Tt]he\s+)?", lead):
            return ""
        for span, ident in bodies[1:2]:
            gap = self.article.masked[bodies[0][0].end:span.start]
            if ident != bodies[0][1] and re.fullmatch(r"(?:,\s*|\s+and\s+|\s*&\s*)(?:the\s+)?", gap) and \
                    not re.match(r"[’']s\b", self.article.masked[span.end:]):
                return ""  # "Kenya and Uganda signed": two open the sentence, "the EU's agency" sets one off
        return bodies[0][1]

    def only_body(self, index: int) -> str:
        """The one country or organisation sentence `index` names, however often; "" where it names none or more."""
        found = {ident for _, ident in self._bodies_in(index)}
        return found.pop() if len(found) == 1 else ""

    def counterpart(self, start: int) -> str:
        """The country whose adjective calls the person at `start` someone's counterpart: "met his Ukrainian
        counterpart, Defence Minister Ihor Bondar", "her Chilean counterpart Ana Soto"."""
        before = re.search(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?P<adjective>[A-Z][\w-]+)\s+(?:counterpart|opposite\s+number)"
                           r",?\s+$", self.article.masked[max(0, start - 60):start])
        if before is None:
            return ""
        at = max(0, start - 60) + before.start("adjective")
        return next((ident for span, ident in self.org_at.values() if span.start == at and span.end == at + len(
            before.group("adjective")) and self.org_types.get(ident) == "country"), "")

    def heads(self, last: int) -> str:
        """The organisation a relative clause after the name says the person heads: "Lucía Ferrer, who
        heads the European Investment Bank"."""
        after = re.match(r",\s*who\s+(?:heads|leads|runs|chairs|directs)\s+(?:the\s+)?",
                         self.article.masked[self.tokens[last].span.end:])
        if not after:
            return ""
        at = self.tokens[last].span.end + after.end()
        return next((ident for span, ident in self.org_at.values() if span.start == at), "")
