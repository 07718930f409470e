"""The title after a name ("Kadri Lepp, Estonia's prime minister"), and a name's title from any side."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import (
    COMPANY_WORDS,
    NOT_NAMES,
    ORGANISATION_WORDS,
    TITLE_CONNECTORS,
)
from generator.editing.draft.people.lexicon import (
    AIDE_OF,
    AIDES,
    APPOINTED,
    BASED,
    BRIEFED,
    CALLINGS,
    DETERMINERS,
    GOVERNING,
    LATE,
    LIST_SEPARATOR,
    LISTED_NAMES,
    MEMBERS_BODIES,
    NAMED_BODY,
    ORGANISATION_ENDS,
    PLACE_AND_DATE,
    SCHOLARS,
    SET_OFF_TITLE,
    SHARED_TITLE,
    STUDIED_FIELD,
    SUBJECT_CLAUSE,
    UNIT_WORDS,
    WHEN,
)
from generator.editing.draft.people.titles import (
    Title,
    is_rank,
    is_title,
    singular,
    without_unknown_body,
)
from generator.editing.draft.people.titles_before import TitlesBefore
from generator.editing.draft.text import Span

_SERVED = re.compile(r" to (?:the )?(?:[a-z][\w-]* ){0,2}(?:president|prime minister|minister|king|queen|governor|mayor|"
                     r"chancellor|premier|vice[- ]president|secretary[- ]general|director[- ]general|chairman|chairperson|"
                     r"chief executive|commissioner|government|cabinet|presidency)(?=[ \t]*(?:[,.;:)]|\n|$))")
"""'adviser to the president', 'aide to the health minister': an aide's title, with the office of the one served."""


class TitlesAfter(TitlesBefore):
    """The words of the article, with the titles after a name."""

    def title_of(self, first: int, last: int) -> Title | None:
        """The title the text gives the name from token `first` to `last`, before it or set off beside it."""
        title = self._title_of(first, last)
        return without_unknown_body(self._aide_of(title)) if title is not None else None

    def _aide_of(self, title: Title) -> Title:
        """The whole title of an aide or envoy written before the title of the one served: "Senior Adviser to the
        President Dr. Omar Saleh" is the Senior Adviser to the President, "Special Envoy of the African Union
        Chairperson for the Sahel, Ana Lobo," the Special Envoy of the AU Chairperson; "an aide to President Ana Lobo"
        (no "the") names the President."""
        aide = AIDE_OF.search(self.article.masked, max(0, title.span.start - 80), title.span.start)
        if aide is None:
            return title
        words = " ".join(self.article.text[aide.start():title.span.end].split())
        return Title(words, title.organisation, Span(aide.start(), title.span.end))

    def _title_of(self, first: int, last: int) -> Title | None:
        first = self.past_style(first)
        before = self.title_before(first)
        if before is not None and " " not in before.words:
            # "the leader of the city council, Councillor Ruth Ames": a rank or style before the name
            # yields to the role set off before both
            at = self.token_at(before.span.start)
            role = self.title_set_before(at) if at is not None else None
            if role is None and is_rank(before.words):
                role = self._office_of_a_named_body_after(last)
            return role or before
        if before is not None and is_rank(before.words):
            return self._own_title_after(last) or before
        return before or self.title_set_before(first) or self.aide_set_before(first) or self._own_title_after(last) or \
            self._shared_title_before(first)

    def _office_of_a_named_body_after(self, last: int) -> Title | None:
        """The office set off after a name with a rank of one word before it, where the office names the body it
        heads: "Admiral Ana Lind, the Chilean Navy's commandant," is the Navy's commandant, the rank her style; a unit
        the text does not name, or names by its country alone, leaves the rank the title: "Colonel Ines Varga, the
        battalion's commander," and "Colonel Ines Varga, the commander of the Hungarian team,"."""
        title = self._own_title_after(last)
        return title if title is not None and title.organisation and \
            self.org_types.get(title.organisation) != "country" else None

    def _shared_title_before(self, first: int) -> Title | None:
        """The title of each of the names listed after a plural title and its comma, each perhaps after its country's
        possessive: "The two defence ministers, Australia's Rachel Kinnear and Indonesia's Hendra Sasmita, met" makes each
        a defence minister of the country before the name."""
        start = self.tokens[first].span.start
        owner = first - 1 if first >= 1 and self.kind(first - 1) == "S" and self.gap(first - 1, first) == " " else None
        at = self.org_at[owner][0].start if owner is not None else start
        match = SHARED_TITLE.search(self.article.masked, max(0, at - 120), at)
        if match is None or not is_title(f"{match.group('words')}{singular(match.group('head'))}"):
            return None
        words = f"{match.group('words')}{singular(match.group('head'))}"
        ident = self.org_at[owner][1] if owner is not None else ""
        if match.group("owners"):
            listed_owner = self._listed_owner(match, start)
            if listed_owner is None:
                return None
            ident = listed_owner
        return Title(" ".join(words.split()), ident, Span(at, start))

    def _listed_owner(self, match: re.Match[str], start: int) -> str | None:
        """The country of the name at `start` among those listed after a plural title with a country for each before it,
        in the same order: in "The Indian and Chinese foreign ministers, Suresh Rao and Wang Lei, met", Wang Lei is
        China's; None where the countries are not all known or not as many as the names, as then no one can be sure
        whose is whose."""
        owners = LIST_SEPARATOR.split(match.group("owners"))
        comma = re.compile(r",\s+").match(self.article.masked, match.end("head"))
        listed = LISTED_NAMES.match(self.article.masked, comma.end()) if comma else None
        if listed is None or any(o not in self.countries for o in owners):
            return None
        names = LIST_SEPARATOR.split(listed.group())
        before = len(LIST_SEPARATOR.split(self.article.masked[listed.start():start])) - 1
        if len(names) != len(owners) or before >= len(owners):
            return None
        return self.countries[owners[before]]

    def _own_title_after(self, last: int) -> Title | None:
        """The title set off after the name ending at token `last`, unless a name follows its closing comma with
        no title of its own after it: in "Speaking from Port Kiama, the agency's head of office, Ana Reyes, said",
        the title is Ana Reyes's, set off before her name, and "Port Kiama" is a place; in a list of names
        each with its title after it, the title is the name's before it."""
        title = self.title_after(last)
        if title is None:
            return None
        nxt = self.token_at(title.span.end + 2)
        if nxt is None or self.article.masked[title.span.end:title.span.end + 2] != ", " or \
                nxt + 1 >= len(self.tokens) or not (self.is_name_word(nxt) and self.is_name_word(nxt + 1)) or \
                self.gap(nxt, nxt + 1) != " ":
            return title
        run = next(((f, e) for f, e in self.runs() if f == nxt), None)
        if run is None or self.title_after(run[1]) is not None or \
                not (self.article.masked.startswith(",", self.tokens[run[1]].span.end) or self.spoken_of(*run)):
            return title  # "Central America, North America and the Caribbean": a list the title goes on with
        return None

    def title_after(self, last: int) -> Title | None:
        """A title set off after the name: "Kadri Lepp, Estonia's prime minister," or "..., a senior
        policy fellow at the European Council on Foreign Relations", or in brackets, as lists of who attended write
        it: "Kofi Boateng (Minister of Finance)"."""
        index = last + 1
        if index >= len(self.tokens) or self.gap(last, index).strip() not in (",", "("):
            return None
        if re.fullmatch(r"\d{1,3},", self.tokens[index].text) and index + 1 < len(self.tokens) and \
                self.gap(last, index).strip() == "," and self.tokens[index + 1].text not in ("a", "an"):
            # "Ana Ruiz, 54, Peru's foreign minister": the age set off before the title (a figure's word keeps its
            # comma: "40,000"); "Ousmane Fall, 54, a pirogue captain" says what one does, and holds no office
            index += 1
        index = self._who_is(index)
        if index >= len(self.tokens):
            return None
        indefinite = self.tokens[index].text in ("a", "an")
        if indefinite and self._calling_left(index + 1):
            return None
        # "Ana Lind, the district chief, said": after "the", one plain word before the title's noun says what it heads
        definite = self.tokens[index].text == "the" and self._one_plain_before_head(index + 1)
        if self.tokens[index].text in DETERMINERS:
            index += 1
        if indefinite and index + 1 < len(self.tokens) and self.tokens[index].text.isdigit() and \
                self.tokens[index + 1].text == "year-old":
            index += 2  # "Vasyl, a 52-year-old engineer": the age describes the holder, and is no part of the title
        if self._unknown_abbreviation(index):
            index += 1  # "Amara Kone, the AU commissioner for trade,": the body's abbreviation is no word of the title
        prefix = index if index < len(self.tokens) and self.kind(index) in "PS" else None
        opened = index
        index = self._after_org(index) if prefix is not None else self._past_owner(index)
        if prefix is not None and not self.tokens[index - 1].possessive and self._past_owner(index) > index:
            # "Munir Khattab, the Syrian Civil Defence's deputy director": the country's adjective opens the name of
            # the body that owns the title, not the title
            prefix, index = None, self._past_owner(index)
        start = index
        if prefix is not None and index < len(self.tokens) and index in self.org_at and \
                not self.tokens[index].possessive and self.gap(index - 1, index) == " ":
            # "Élise Garnier, the French G7 sherpa": the country's, and a second body's name that is part of the title
            index = self._after_org(index)
        kinds = self._owned_place(index, self._kinds_after(index, indefinite or definite or index > opened), owned=index > opened)
        # the longest title the words allow that something closes: a comma, an organisation, a post
        for size in range(len(kinds), 0, -1):
            if SET_OFF_TITLE.fullmatch(kinds[:size]) and (start == index or "H" in kinds[:size]) and \
                    not self._time_within(index, index + size - 1):
                title = self._closed_title(start, index + size - 1, prefix)
                if title is not None:
                    return self._without_named_body(title)
        return None

    def _calling_left(self, index: int) -> bool:
        """Whether the words from token `index` are a calling its holder has left, which describes the person and is
        no title: "Omar Idris, a retired teacher who sits on the council," and "Ana Reyes, a former nurse," hold none,
        where "Ana Reyes, the nurse who runs the clinic," is the clinic's nurse."""
        return index + 1 < len(self.tokens) and self.tokens[index].text in ("retired", "former") and \
            self.gap(index, index + 1) == " " and self.tokens[index + 1].text in CALLINGS

    def _without_named_body(self, title: Title) -> Title:
        """The title set off after a name without the body it is held "of", named after "the": in "Ana Lopes, the
        president of the CNE," and "Ivo Marin, chief executive of the state railway Kestrel Rail," the body is the
        title's organisation, and the titles are "president" and "chief executive"; "head of the mission" names no
        body, and "Minister of the Interior" is a capitalised office whose portfolio is part of it."""
        cut = NAMED_BODY.fullmatch(title.words)
        if cut is None:
            return title
        end = self.article.text.rfind(" of the ", title.span.start, title.span.end)
        if end < 0:
            return title
        return Title(cut.group("head"), title.organisation, Span(title.span.start, end))

    def _brief_for_the(self, head: int) -> int | None:
        """The last token of the brief of an envoy's or coordinator's title after "for the", capitalised words that a
        comma closes, a country's name among them: "Deputy Humanitarian Coordinator for the Sahel Crisis," and
        "Special Coordinator for the Middle East Peace Process," hold their brief; a body's name after "for the" is
        the title's organisation, not its brief ("Coordinator for the Danish Refugee Council,")."""
        at = head + 3
        if self.tokens[head].text not in BRIEFED or at >= len(self.tokens) or \
                not re.match(r" for the [A-Z]", self.article.masked[self.tokens[head].span.end:]):
            return None
        last = at
        while last + 1 < len(self.tokens) and last - at < 5 and self.gap(last, last + 1) == " " and \
                self.tokens[last + 1].text[:1].isupper():
            last += 1
        if not all(self.tokens[i].text[:1].isupper() and not self.tokens[i].possessive for i in range(at, last + 1)):
            return None
        word = self.tokens[last].text
        if last in self.org_at or word in ORGANISATION_ENDS | ORGANISATION_WORDS | COMPANY_WORDS or \
                not re.match(r"[ \t]*(?:[,.;:)]|\n|$)", self.article.masked[self.tokens[last].span.end:]):
            return None
        return last

    def _time_within(self, first: int, last: int) -> bool:
        """Whether a time phrase opens after a word from token `first` to `last`: the title set off in "Tevita Lolo, who
        was elected mayor of Apia last month," ends before "last month"."""
        return any(WHEN.match(self.article.masked, self.tokens[i].span.end) for i in range(first, last))

    def _unknown_abbreviation(self, index: int) -> bool:
        """Whether token `index` is a body's abbreviation the draft does not know, right before a lowercase title's noun:
        "the AU commissioner", "the SADC envoy"."""
        nxt = index + 1
        return nxt < len(self.tokens) and index not in self.org_at and \
            re.fullmatch(r"[A-Z]{2,6}", self.tokens[index].text) is not None and self.gap(index, nxt) == " " and \
            self.kind(nxt) == "H" and self.tokens[nxt].text.islower()

    def _one_plain_before_head(self, index: int) -> bool:
        """Whether token `index` is one plain word that describes the title's noun right after it, closed by a comma: "the
        district chief,", "the camp manager,"; not "the late president" or "the man who"."""
        return index + 1 < len(self.tokens) and self.describes(index) and self.tokens[index].text not in LATE and \
            self.kind(index + 1) == "H" and self.tokens[index + 1].text.islower() and \
            self.article.masked.startswith(",", self.tokens[index + 1].span.end)

    def _kinds_after(self, start: int, described: bool) -> str:
        """The kinds of the words of a title set off after a name; after "a" or an owner's possessive, plain words
        before its noun describe it: "an emerging-markets strategist", "Niger's junta leader"."""
        kinds = ""
        index = start
        while index < len(self.tokens) and self.kind(index) in "MHCKAL" and len(kinds) < 10:
            if kinds and not self.joined(index - 1, index):
                break  # a comma only inside a list of portfolios: "..., IOM's Regional Director for Central America,
                # North America and the Caribbean, said"
            if "H" in kinds and self.tokens[index].text in ("at", "with"):
                break  # "professor of history at the University of Graz": the place it is held at closes it
            if "H" in kinds and self.tokens[index].text == "of" and self.tokens[index - 1].text.islower() and \
                    self._governing_body(index + 1):
                break  # "prime minister of the Tripoli-based Government of National Unity": the government owns it
            kind = self.kind(index)
            describes = kind == "L" and described and "H" not in kinds and "C" not in kinds and self.describes(index)
            kinds += "M" if describes else kind
            index += 1
        return kinds

    def _owned_place(self, index: int, kinds: str, owned: bool) -> str:
        """The kinds of a title after its owner's possessive, where a capitalised word names the region or
        field of a lowercase title: "Lena Brandt, Austria's Balkans envoy", "the charity's Tigray
        coordinator"; with no owner before it, "Omar Said, Tigray coordinator" may be two names."""
        if owned and kinds[:1] == "K" and kinds[1:2] in ("M", "H") and self.tokens[index + 1].text[:1].islower():
            return "M" + kinds[1:]
        # "the U.S. Coast Guard's Atlantic Area commander", "the charity's East Africa director": up to three
        # capitalised words of the region before a lowercase title's noun
        opening = re.match(r"K{1,3}(?=M*H)", kinds)
        head = index + kinds.find("H")
        if owned and opening is not None and self.tokens[head].text.islower() and \
                not any(self.tokens[i].possessive for i in range(index, head)):
            return "M" * opening.end() + kinds[opening.end():]
        return kinds

    def _past_owner(self, index: int) -> int:
        """Past the possessive of an owner the draft does not know, which a title after the name may
        open with: "Naomi Sato, Kestrel Rail's chief engineer", or "the clinic's chief doctor" after "the"."""
        if index >= 1 and self.tokens[index - 1].text == "the" and index < len(self.tokens) and \
                self.tokens[index].possessive and re.fullmatch(r"[a-z][a-z-]*[’']s?", self.tokens[index].text):
            return index + 1
        for size in range(1, 4):
            owner = self.tokens[index:index + size]
            if len(owner) < size or not all(t.text[:1].isupper() for t in owner):
                return index
            if owner[-1].possessive:
                return index + size
        return index

    def _closed_title(self, start: int, end: int, prefix: int | None) -> Title | None:
        """The title from `start` to `end` where what follows closes it: a comma or the line's end, the
        organisation it is held "at", "with", "of" or "for", or the place it is posted "to" or "in"."""
        rest = self.article.masked[self.tokens[end].span.end:]
        if SUBJECT_CLAUSE.match(rest):
            return None
        if re.match(r"[ \t]*(?:[,.;:)]|\n|$)", rest) or re.match(r" and (?!the )[a-z]", rest) or WHEN.match(rest) or \
                re.match(r" (?:who|whose) [a-z]", rest) or PLACE_AND_DATE.match(rest):
            # "Priit Kuusk, Estonia's defence minister and this year's host,": "and" with a plain word
            # after it opens what else the person is; "Ada Lind, the deputy minister who led the talks":
            # a relative clause tells what the holder did
            return self.title_from(start, end, prefix)
        studied = STUDIED_FIELD.match(rest)
        if studied and self.tokens[end].text.lower() in SCHOLARS:
            title = self.title_from(start, end, prefix)
            field_end = self.tokens[end].span.end + studied.end()
            return Title(f"{title.words} in {studied.group('field')}", title.organisation, Span(title.span.start, field_end))
        came = re.match(r" from (?:the )?(?=\S)", rest)
        if came:
            return self._from_body(start, end, prefix, self.token_at(self.tokens[end].span.end + came.end()))
        brief = self._brief_for_the(end)
        if brief is not None:
            title = self.title_from(start, end, prefix)
            words = " ".join(self.article.text[title.span.end:self.tokens[brief].span.end].split())
            return Title(f"{title.words} {words}", title.organisation, Span(title.span.start, self.tokens[brief].span.end))
        served = _SERVED.match(rest) if self.tokens[end].text.lower() in AIDES else None
        if served is not None:
            # "Grace Banda, senior adviser to the president,": the one served, by their office, is part of the title
            title = self.title_from(start, end, prefix)
            words = " ".join(self.article.text[title.span.end:self.tokens[end].span.end + served.end()].split())
            return Title(f"{title.words} {words}", title.organisation,
                         Span(title.span.start, self.tokens[end].span.end + served.end()))
        held = re.match(r" (at|with|of|for) (?:the )?(?=\S)", rest)
        if held:
            at = self.token_at(self.tokens[end].span.end + held.end())
            unit = self._owned_unit(at) if at is not None and held.group(1) == "of" and prefix is None else None
            if at is not None and unit is not None:
                # "Director of the IMF's Western Hemisphere Department": the unit is the title's, the body its owner
                title = self.title_from(start, end, at)
                owned = self.article.text[self.tokens[self._after_org(at)].span.start:self.tokens[unit].span.end]
                words = f"{title.words} of the {owned}"
                return Title(" ".join(words.split()), title.organisation, Span(title.span.start, self.tokens[unit].span.end))
            if at is not None and at in self.org_at:
                listed = self._listed_countries(at) if prefix is not None and held.group() == " for " else None
                if listed is not None:
                    # "the World Bank's Country Director for Nepal and Bhutan": the post covers every country listed
                    return self.with_post(self.title_from(start, end, prefix), end, listed)
                if prefix is not None and held.group() == " for " and self._org_closes(at):
                    # "the World Bank's Country Director for Chad": the owner came first, so the country
                    # after "for" is the one the holder is posted to
                    return self.with_post(self.title_from(start, end, prefix), end, self._after_org(at) - 1)
                title = self.title_from(start, end, prefix if prefix is not None else at)
                if self._body_based_in(at):
                    return title  # "chief executive of the Aga Khan Health Service in Pakistan": where the body works
                # "Ambassador of Japan to Peru": the post after the country whose the title is
                return self._posted(title, self._after_org(at) - 1) or title
            if held.group(1) == "for" and at is not None and self.tokens[at].text[:1].isupper() and self.kind(at) == "M":
                return None  # "Minister for Rural and Maritime Development and ...": a portfolio the title goes on with
            if held.group(1) != "of" and at is not None and self.tokens[at].text[:1].isupper():
                # "a strategist at Commerzbank": the title holds though the draft does not know the bank
                return self.title_from(start, end, prefix)
            if held.group(1) in ("at", "with") and at is not None and self.tokens[at].text.islower():
                # "a nurse at the clinic", "an engineer with the charity": where the holder works closes the title
                return self.title_from(start, end, prefix)
            described = self._described_body(at) if held.group() == " of the " and at is not None else None
            if described is not None and self.tokens[end].text.islower():
                return self.title_from(start, end, described)
            if held.group(1) == "of" and at is not None and (self._unknown_body(at, end) or (
                    self.tokens[end].text.islower() and self._governing_body(at))):
                return self.title_from(start, end, prefix)
            return None
        return self._posted(self.title_from(start, end, prefix), end)

    def _listed_countries(self, at: int) -> int | None:
        """The last token of a list of two or more countries from token `at`, joined by commas and "and" and closed by a
        comma or the sentence's end: "Nepal and Bhutan,", "Benin, Togo and Ghana."; None for one country alone, or where
        a word that is no country's comes in the list."""
        count, index = 0, at
        while index in self.org_at and self.org_types.get(self.org_at[index][1]) == "country" and \
                not self.tokens[self._after_org(index) - 1].possessive:
            count += 1
            last = self._after_org(index) - 1
            joint = re.match(r",? and |, ", self.article.masked[self.tokens[last].span.end:])
            if count > 1 and self._org_closes(index) and (joint is None or joint.group() == ", "):
                return last
            if joint is None:
                return None
            following = self.token_at(self.tokens[last].span.end + joint.end())
            if following is None:
                return None
            index = following
        return None

    def _described_body(self, at: int) -> int | None:
        """The organisation that up to three plain words describing it lead to from token `at`, closed by a comma or the
        sentence's end: "Ivo Marin, chief executive of the state railway Kestrel Rail," is Kestrel Rail's chief
        executive; "co-chair of the regional water committee" names no body after its plain words."""
        index = at
        while index + 1 < len(self.tokens) and index - at < 3 and self.gap(index, index + 1) == " " and \
                re.fullmatch(r"[a-z][a-z-]*", self.tokens[index].text):
            index += 1
        if index == at or index not in self.org_at or self.tokens[self._after_org(index) - 1].possessive or \
                not self._org_closes(index):
            return None
        return index

    def _body_based_in(self, at: int) -> bool:
        """Whether "in" and a place follow the name of the body at token `at`, no country, that a title after the name is
        held "of" or "for": "a spokesperson for UNICEF in Niger" is UNICEF's spokesperson, whose office is in Niger, as
        "the Resident Representative of UNDP in Ukraine" is before the name; "Ambassador of Japan in Peru" is posted."""
        return self.org_types.get(self.org_at[at][1]) != "country" and \
            self.article.masked.startswith(" in ", self.tokens[self._after_org(at) - 1].span.end)

    def _owned_unit(self, at: int) -> int | None:
        """The last token of a unit's name of up to four capitalised words after the possessive of the body at token `at`,
        closed by a comma or the sentence's end: "the IMF's Western Hemisphere Department,", "UNICEF's Supply Division."."""
        if at not in self.org_at:
            return None
        owner = self._after_org(at) - 1
        if not self.tokens[owner].possessive:
            return None
        last = owner + 1
        while last < len(self.tokens) and last - owner <= 4 and self.tokens[last].text[:1].isupper() and \
                self.gap(last - 1, last) == " " and last not in self.org_at:
            if self.tokens[last].text in UNIT_WORDS:
                closed = re.match(r"[ \t]*(?:[,;)]|\.(?:\s|$)|\n|$)", self.article.masked[self.tokens[last].span.end:])
                return last if closed and last > owner + 1 else None
            last += 1
        return None

    def _from_body(self, start: int, end: int, prefix: int | None, at: int | None) -> Title | None:
        """The title from `start` to `end` closed by the body its holder comes "from", which owns it: "Vasile Rotaru, an
        opposition lawmaker from the Party of Socialists," is the party's lawmaker, "a lawmaker from the ruling party" a
        lawmaker; a country or a place after "from" is where the holder comes from ("an engineer from Kharkiv"), which
        leaves the title open."""
        if at is None:
            return None
        if at in self.org_at and self.org_types.get(self.org_at[at][1]) != "country":
            return self.title_from(start, end, prefix if prefix is not None else at)
        if self.tokens[at - 1].text == "the" and re.fullmatch(r"[a-z][a-z-]*", self.tokens[at].text):
            return self.title_from(start, end, prefix)
        return None

    def _unknown_body(self, at: int, end: int) -> bool:
        """Whether two to four capitalised words, the first one the draft does not know as a body, closed by a comma or
        the sentence's end, follow the lowercase title ending at token `end` and its "of": the body the holder works
        for, whose name may end in its country ("Rosa Quispe, director of Minas Libres Peru, the government's mine
        action office, said") or hold its members' possessive ("president of the Lamu Boat Owners' Association."),
        which is no part of the title as a known organisation is not."""
        if not self.tokens[end].text.islower():
            return False
        last = at
        while last + 1 < len(self.tokens) and last - at < 3 and self.gap(last, last + 1) == " " and \
                self.tokens[last + 1].text[:1].isupper():
            last += 1
        words = self.tokens[at:last + 1]
        return last > at and all(t.text[:1].isupper() and t.text not in NOT_NAMES for t in words) \
            and all(not t.possessive or (i < len(words) - 1 and words[i + 1].bare in MEMBERS_BODIES)
                    for i, t in enumerate(words)) \
            and all(self.kind(i) != "H" for i in range(at, last + 1)) \
            and re.match(r"[ \t]*(?:[,;)]|\.(?:\s|$))", self.article.masked[self.tokens[last].span.end:]) is not None

    def _governing_body(self, at: int) -> bool:
        """Whether the words from token `at` (after "the" perhaps) name a government, an administration or a movement the
        draft does not know, perhaps after where it is based, closed by a comma or the sentence's end: "the Tripoli-based
        Government of National Unity,", "the Transitional Federal Government."; a lowercase title "of" it is that body's,
        which is no part of the title, where "minister of the Interior" holds its portfolio."""
        if at < len(self.tokens) and self.tokens[at].text == "the":
            at += 1
        if at < len(self.tokens) and BASED.fullmatch(self.tokens[at].text):
            at += 1
        last = at
        while last < len(self.tokens) and last - at < 7 and (self.tokens[last].text[:1].isupper() or (
                self.tokens[last].text in TITLE_CONNECTORS and last > at)) and \
                (last == at or self.gap(last - 1, last) == " ") and last not in self.org_at:
            last += 1
        words = [t.bare for t in self.tokens[at:last]]
        closed = last > at and re.match(r"[ \t]*(?:[,;)]|\.(?:\s|$)|\n|$)",
                                        self.article.masked[self.tokens[last - 1].span.end:]) is not None
        return closed and words[-1] not in TITLE_CONNECTORS and any(w in GOVERNING for w in words) and \
            not any(self.kind(i) == "H" for i in range(at, last))

    def _posted(self, title: Title, end: int) -> Title | None:
        """The title with the country or organisation it is posted "to" or held "in" after token `end`, where a
        comma or the line's end closes that place; None where none follows."""
        posted = re.match(r" (?:in|to|responsible for) (?:the )?(?=\S)", self.article.masked[self.tokens[end].span.end:])
        at = self.token_at(self.tokens[end].span.end + posted.end()) if posted else None
        if at is not None and posted is not None and posted.group() == " in " and self._city_closes(at):
            return title
        if at is not None and posted is not None and posted.group() == " in " and self._owner_s_body(at, end):
            return title  # "foreign minister in Libya's eastern-based administration": the body the title is held in
        if at is None or at not in self.org_at or self.tokens[at].possessive:
            return None
        last = self._after_org(at) - 1
        if not re.match(r"[ \t]*(?:[,.;:)]|\n|$)", self.article.masked[self.tokens[last].span.end:]):
            return None
        return self.with_post(title, end, last)

    def _owner_s_body(self, at: int, end: int) -> bool:
        """Whether a country's or organisation's possessive at token `at`, then a plain word, follows the lowercase title
        ending at token `end` and its "in": the body the title is held in, which the words after the possessive describe."""
        if at not in self.org_at or not self.tokens[end].text.islower():
            return False
        owner = self._after_org(at) - 1
        return self.tokens[owner].possessive and owner + 1 < len(self.tokens) and \
            re.fullmatch(r"[a-z][a-z-]*", self.tokens[owner + 1].text) is not None

    def _org_closes(self, at: int) -> bool:
        """Whether a comma or the line's end follows the country or organisation at token `at`."""
        last = self._after_org(at) - 1
        return re.match(r"[ \t]*(?:[,.;:)]|\n|$)", self.article.masked[self.tokens[last].span.end:]) is not None

    def _city_closes(self, at: int) -> bool:
        """Whether one or two capitalised words at token `at`, no country or organisation the draft knows, close
        the title set off after a name: the city the holder works in, which is no part of the title, as with a
        title set off before the name: "Ilse Moen, the EU ambassador in Accra, said" is an ambassador."""
        for last in (at, at + 1):
            if last >= len(self.tokens) or last in self.org_at or self.kind(last) != "K" or \
                    (last > at and self.gap(at, last) != " "):
                return False
            if re.match(r"[ \t]*(?:[,.;:)]|\n|$)", self.article.masked[self.tokens[last].span.end:]):
                return True
        return False

    def _who_is(self, index: int) -> int:
        """Past "who is" and an age, or "who serves as", which may open a title set off after the name: "Vasylenko, who
        is 46 and Ukraine's deputy prime minister for reconstruction,", "Ana Reyes, who serves as WFP's country
        director,"."""
        words = [t.text for t in self.tokens[index:index + 5]]
        if words[:5] == ["who", "was", "sworn", "in", "as"]:
            return index + 5  # "Jose Rivas, who was sworn in as president in March,": the office taken
        if words[:2] in (["who", "serves"], ["who", "works"]) and words[2:3] == ["as"]:
            return index + 3  # "Ana Reyes, who serves as the country director of WFP,"
        if words[:2] == ["who", "became"]:
            return index + 2  # "Nadia Haddad, who became Lebanon's energy minister last year,": the office taken
        if words[:2] == ["who", "was"] and words[2:3] and words[2] in APPOINTED:
            # "Carlos Benitez, who was appointed interior minister in May,": the office given
            return index + (4 if words[3:4] == ["as"] else 3)
        if words[:2] != ["who", "is"]:
            return index
        if len(words) >= 4 and words[2].isdigit() and words[3] == "and":
            return index + 4
        return index + 2

    def _after_org(self, index: int) -> int:
        span = self.org_at[index][0]
        while index < len(self.tokens) and self.tokens[index].span.overlaps(span):
            index += 1
        return index
