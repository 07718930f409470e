"""A title set off before a name ("Ukraine's energy minister, Mykola Prykhodko"), and the pieces every title is built of."""
from __future__ import annotations

import re
from functools import cached_property

from generator.editing.draft.gazetteer import (
    NOT_NAMES,
    TITLE_CONNECTORS,
    TITLE_ORGANISATIONS,
)
from generator.editing.draft.people.lexicon import (
    AIDES,
    BRIEFED,
    MANY_PORTFOLIOS,
    OF_UNITS,
    RANKING,
    STATE_FORMS,
    TITLE,
    TITLE_ONE,
    UNITS,
)
from generator.editing.draft.people.runs import Runs
from generator.editing.draft.people.titles import (
    Title,
    without_union_word,
)
from generator.editing.draft.text import Span


class TitlesSetOff(Runs):
    """The words of the article, with the titles set off before a name."""

    def past_abbreviation(self, index: int) -> int | None:
        """The last token of an organisation's full name when token `index` is its abbreviation in brackets
        after it ("the East African Community (EAC)"); None otherwise."""
        if index < 1 or index not in self.org_at or not self.gap(index - 1, index).endswith("(") or \
                not self.article.masked[self.tokens[index].span.end:].startswith(")"):
            return None
        return index - 1 if self.org_at.get(index - 1, (None, ""))[1] == self.org_at[index][1] else None

    def _owned_portfolio_start(self, start: int) -> int:
        """The first of up to three capitalised words between a country's or organisation's possessive and the title
        starting at token `start`, which open that title set off before the name: "Ghana's Coordinating Minister of
        Health, X", "Chad's Humanitarian Action Minister, X"; `start` where no possessive comes before them."""
        index = start - 1
        while index >= 1 and index > start - 4 and self.kind(index) in "KM" and self.gap(index, index + 1) == " " and \
                re.fullmatch(r"[A-Z][a-z]+", self.tokens[index].text) is not None and \
                self.tokens[index].text not in NOT_NAMES:
            index -= 1
        if index < start - 1 and self.kind(index) == "S" and self.gap(index, index + 1) == " ":
            return index + 1
        return start

    def with_post(self, title: Title, posted: int, end: int) -> Title:
        """The title with the place it is held in or posted to: "Ambassador" with "to Denmark"."""
        last = self.tokens[end].span.end
        tail = " ".join(self.article.text[self.tokens[posted].span.end:last].split())
        return Title(f"{title.words} {tail}", title.organisation, Span(title.span.start, last))

    def title_set_before(self, first: int) -> Title | None:
        """A title set off before the name: "Ukraine's energy minister, Mykola Prykhodko,", or with its
        country after "of": "the Prime Minister of Moldova, Andrei Ciobanu"; never one set off after a name just before
        it, which is that name's: "met Kenji Sato, Japan's ambassador, Rudolf Schwenk of UNICEF and ..." gives
        Schwenk no title."""
        title = self._title_set_before(first)
        if title is None:
            return None
        start = self.token_at(title.span.start)
        if start is None or start < 3 or self.gap(start - 1, start).strip() != ",":
            return title
        name = start - 1
        while name > start - 3 and self.gap(name - 1, name) == " " and self.is_name_word(name - 1):
            name -= 1
        # a name of two or three words just before, neither set off itself nor one of a longer run of capitalised
        # words, and not after "in" or "at" as a place is: "PNG's Minister for Internal Security, Joel Waiwai, Solomon
        # Islands Minister for Police, Ronald Taupongi" lists each title before its name, and "at the Accra
        # International Conference Centre, Ghana's Minister for Health, X" names a building
        if name < start - 1 and all(self.is_name_word(i) and i not in self.org_at and not self.tokens[i].possessive
                                    for i in range(name, start)) and \
                self.tokens[name - 1].text not in ("in", "at", "from", "on", "of", "to") and \
                not self.tokens[name - 1].text[:1].isupper() and self.gap(name - 1, name).strip() != "," and \
                self._title_set_before(name) is None:
            return None
        return title

    def _title_set_before(self, first: int) -> Title | None:
        gap = self.gap(first - 1, first).strip() if first >= 2 else ""
        # "the Secretary General of the East African Community (EAC), Veronica Achieng"
        end = first - 1 if gap == "," else self.past_abbreviation(first - 1) if gap == ")," else None
        if end is None:
            return self._title_of_unknown_body(first - 1) if gap == ")," else None
        if end >= 1 and self.tokens[end].text in ("there", "here") and self.gap(end - 1, end) == " ":
            end -= 1  # "the agency's head of office there, X": the adverb points to a place named before
        elif end >= 3 and self.tokens[end].text in ("country", "region", "area") and \
                [t.text for t in self.tokens[end - 2:end]] == ["in", "the"] and \
                all(self.gap(i - 1, i) == " " for i in range(end - 2, end + 1)):
            end -= 3  # "its resident coordinator in the country, X": a place named before, no word of the title
        posted = self.posted_to(end)
        if posted is not None:
            # "Ukraine's Ambassador to Denmark, Olha Shevchuk", "UNHCR's representative in Ukraine, Karolina
            # Lindqvist": the title before the place it is held in or posted to, then the whole title
            body = self.past_abbreviation(posted)
            title = self._set_before(posted if body is None else body)
            if title is not None and (posted if body is None else body) in self.org_at and title.organisation and \
                    self.tokens[posted + 1].text == "in":
                # "the Resident Representative of UNDP in Ukraine, X": the place is the body's, the title the words
                # before "of"
                return Title(title.words, title.organisation, Span(title.span.start, self.tokens[end].span.end))
            if title is not None:
                return self.with_post(title, posted, end)
        return self._posted_to_region(end) or self._set_before(self._past_city(end))

    def _posted_to_region(self, end: int) -> Title | None:
        """An owner's title set off before the name, posted "to" a region the draft knows as no country or
        organisation, up to token `end`: "the AU's envoy to the Great Lakes, Moussa Diarra", "Chile's ambassador to the
        Horn of Africa, X"; only with the owner's possessive before the title, as "the road to Upper Nile, X" names no
        post."""
        to = end
        while to > end - 6 and to >= 1 and self.gap(to - 1, to) == " " and \
                (self.kind(to) == "K" or (self.tokens[to].text in ("of", "the") and to < end)):
            to -= 1
        if to == end or self.tokens[to].text != "to" or self.tokens[to + 1].text == "of" or \
                self.tokens[end].text in ("of", "the") or to < 2 or self.gap(to - 1, to) != " ":
            return None
        title = self._set_before(to - 1)
        if title is None or not title.organisation or self.kind(to - 1) != "H":
            return None
        return self.with_post(title, to - 1, end)

    def _title_of_unknown_body(self, abbreviation: int) -> Title | None:
        """The title before the full name of a body the draft does not know, whose abbreviation in brackets at token
        `abbreviation` ends what is set off before the name: "the Executive Secretary of the Commission for Controlling
        the Desert Locust in the Western Region (CLCPRO), Sidi Mohamed Ould Cheikh" is the Executive Secretary; the
        first title's noun with "of" or "for" after it opens the body's name, so that "the Director of the Office of the
        High Commissioner for Human Rights (OHCHR), X" is the Director."""
        if abbreviation < 2 or abbreviation in self.org_at or \
                re.fullmatch(r"[A-Z][A-Z&-]{1,9}", self.tokens[abbreviation].text) is None or \
                not self.gap(abbreviation - 1, abbreviation).endswith("("):
            return None
        index = abbreviation - 1
        head = None
        while index >= 1 and abbreviation - index < 16 and self.gap(index - 1, index) == " " and (
                self.tokens[index].text[:1].isupper() or self.tokens[index].text in ("the", "of", "for", "in", "and")):
            if self.kind(index) == "H" and self.tokens[index + 1].text in TITLE_CONNECTORS:
                head = index
            index -= 1
        if head is None or head == abbreviation - 1:
            return None
        start = head
        while start >= 1 and self.kind(start - 1) in "MH" and self.tokens[start - 1].text[:1].isupper() and \
                self.gap(start - 1, start) == " ":
            start -= 1
        return self.title_from(start, head, None) if self._before_title(start - 1) else None

    def _past_city(self, end: int) -> int:
        """The last word of a title set off before the name that ends "in" a place the draft knows as no
        country or organisation, which is no part of the title: "Nepal's ambassador in London, Sushila
        Adhikari" is an ambassador, "the head of the WFP office in Niamey, Amina Diallo" heads the WFP's office; `end`
        where the title does not end so."""
        if end >= 2 and end not in self.org_at and self.kind(end) == "K" and self.tokens[end - 1].text == "in" \
                and self.gap(end - 1, end) == " " and self.gap(end - 2, end - 1) == " " and (
                    self.kind(end - 2) == "H" or self.tokens[end - 2].text in UNITS):
            return end - 2
        return end

    def posted_to(self, end: int) -> int | None:
        """The last word of a title that ends "to" or "in" a country or organisation at token `end`."""
        if end not in self.org_at or self.tokens[end].possessive:
            return None
        span = self.org_at[end][0]
        index = end
        while index > 0 and self.tokens[index - 1].span.overlaps(span):
            index -= 1
        index -= 1
        if index >= 0 and self.tokens[index].text == "the":
            index -= 1
        if index >= 1 and self._for_country(index, end):
            return index - 1
        if index < 1 or self.tokens[index].text not in ("to", "in", "at") or not (
                self.kind(index - 1) in "HKP" or self._portfolio_modifier(index - 1) or
                self.tokens[index - 1].text in UNITS):
            return None
        return index - 1

    def _for_country(self, index: int, end: int) -> bool:
        """Whether token `index` is the "for" between a title's noun and the country at token `end` that the post covers,
        which is a part of the title as "to" is of an ambassador's: "the UN Special Envoy for Yemen, Ines Borg", "the
        bank's country manager for Laos"; only where the title's owner comes before it, as "the special envoy for
        Sudan, X" may be Sudan's own; the title's own country comes after "of" ("Minister of Defence of Peru")."""
        on = self.tokens[index].text == "on" and self.tokens[index - 1].text in BRIEFED  # "Special Envoy on Yemen"
        if (self.tokens[index].text != "for" and not on) or self.gap(index - 1, index) != " " or \
                self.kind(index - 1) != "H" or end not in self.org_at or self.org_types.get(self.org_at[end][1]) != "country":
            return False
        start = index - 1
        while start >= 1 and self.kind(start - 1) in "MH" and self.gap(start - 1, start) == " ":
            start -= 1
        owner = start - 1
        return owner >= 0 and self.gap(owner, start) == " " and (self.kind(owner) in "PS" or self._owned_by_the(owner))

    def _portfolio_modifier(self, index: int) -> bool:
        """Whether token `index` is a title's modifier that ends the title as its portfolio after "of": "Minister of State"
        in "the Minister of State at the Office of the Prime Minister, Grace Achola,"."""
        return index >= 2 and self.kind(index) == "M" and self.tokens[index].text[:1].isupper() and \
            self.tokens[index - 1].text in ("of", "for") and self.kind(index - 2) == "H"

    def _set_before(self, end: int) -> Title | None:
        if self.kind(end) == "L":
            return self._set_before_plain_end(end)
        of_country = self.title_of_country(end)
        if of_country is not None:
            last = end
            end, organisation = of_country
            kinds = self.kinds_before(end)
            for offset in range(len(kinds)):
                # "the Minister of Foreign Affairs of the Republic of Poland, Tomasz Wierzbicki": a title of
                # its own "of" may stand before the country's
                if TITLE.fullmatch(kinds[offset:]) and kinds[offset] != "K" and \
                        ("C" not in kinds[offset:] or self._before_title(end - len(kinds) + offset)):
                    start = end - len(kinds) + 1 + offset
                    return self._owned_post(start, end, last) or self.title_from(start, end, organisation)
            return None
        kinds = self.kinds_before(end)
        for offset in range(len(kinds)):
            if (TITLE.fullmatch(kinds[offset:]) or MANY_PORTFOLIOS.fullmatch(kinds[offset:])) and kinds[offset] != "K":
                start = end - len(kinds) + 1 + offset
                start = self._owned_portfolio_start(self._owned_plain_start(start))
                served = self._aide_serving(start if not (start >= 1 and self.kind(start - 1) in "PS") else start - 1)
                if served is not None:
                    return self.title_from(served, end, None)
                prefix = start - 1 if start >= 1 and self.kind(start - 1) in "PS" else None
                before = (prefix if prefix is not None else start) - 1
                # "Sunak's foreign secretary, X" is no title of X's own; a name in the sentence before is
                if before >= 0 and self.gap(before, before + 1) == " " and self.is_name_word(before):
                    if not self._place_owner(before):
                        return None
                    # a place's possessive owns the title with it ("Ternopil's governor, X"), so the span holds it
                    title = self.title_from(start, end, prefix)
                    return Title(title.words, title.organisation, Span(self.tokens[before].span.start, title.span.end))
                return self.title_from(start, end, prefix)
        # "the bank's vice-president for agriculture and human development, X": a lowercase portfolio word the
        # draft knows may end plain words as well
        return self._set_before_plain_end(end) if re.fullmatch(r"[a-z][a-z-]*", self.tokens[end].text) else None

    def _aide_serving(self, start: int) -> int | None:
        """The first word of an aide's title whose "to the" or "for the" comes right before the title starting at token
        `start`, which is the title of the one served: "A senior aide to the prime minister, Rahul Varma," is the senior
        aide to the prime minister, not the prime minister; "a spokesman for the Kenyan foreign minister, X" likewise;
        None where no aide's noun comes before ("the prime minister, X")."""
        the = start - 1
        if the < 3 or self.tokens[the].text not in ("the", "his", "her", "their") or self.gap(the, start) != " " or \
                self.tokens[the - 1].text not in ("to", "for") or self.gap(the - 1, the) != " " or \
                self.gap(the - 2, the - 1) != " " or self.tokens[the - 2].text.lower() not in AIDES | {"assistant"}:
            return None
        first = the - 2
        capitalised = self.tokens[first].text[:1].isupper()
        while first >= 1 and self.gap(first - 1, first) == " " and (self.kind(first - 1) == "M" or (
                capitalised and self.tokens[first - 1].text == "Chief")) and \
                (self.tokens[first - 1].text.islower() or capitalised):
            # "a senior aide", "a special envoy": the aide's own rank is a word of the title, capitalised as its noun
            # is: "The Chief Economic Adviser to the Prime Minister, X"
            first -= 1
        return first

    def aide_set_before(self, first: int) -> Title | None:
        """An aide's title set off before the name after the possessive of the person served, which `title_set_before`
        leaves alone: "Kofi Tetteh's spokesman, Yaw Boadu, said" names Yaw Boadu the spokesman; the mention is the
        name's alone, as the one served may be who another person meets ("met Tetteh's adviser, Yaw Boadu")."""
        end = first - 1
        if first < 3 or self.gap(end, first).strip() != "," or self.tokens[end].text.lower() not in AIDES | {"deputy"} or \
                self.gap(end - 1, end) != " " or not self.tokens[end - 1].possessive or not self.is_name_word(end - 1):
            return None
        return self.title_from(end, end, None)

    def _owned_plain_start(self, start: int) -> int:
        """The first of up to two plain words before the title starting at token `start`, where an owner's possessive or
        "the" comes before them: "Niger's junta leader, X" is the junta leader, "the rebel commander, X" the rebel
        commander; `start` where no plain word or no owner comes before the title."""
        index = start
        while index >= 1 and index > start - 2 and self.describes(index - 1) and self.gap(index - 1, index) == " ":
            index -= 1
        if index == start or index < 1 or self.gap(index - 1, index) != " ":
            return start
        owner = index - 1
        if self.kind(owner) == "S" or self.tokens[owner].text in ("the", "The") or self._owned_by_the(owner):
            return index
        return start

    def describes(self, index: int) -> bool:
        """Whether token `index` is a plain word that may say what a title's holder leads or works on ("junta",
        "peacekeeping", "drought"), not how the text ranks them ("longest-serving", "most", "newest")."""
        word = self.tokens[index].text
        return self.kind(index) == "L" and word not in RANKING and not word.endswith(("est", "-serving", "ly")) \
            and word not in ("the", "and", "or", "of", "for", "to", "in", "at", "with", "by", "on", "as")

    def _owned_post(self, start: int, end: int, last: int) -> Title | None:
        """The title from token `start` to `end` with the country "for" which it is held, up to token `last`, where an
        owner's possessive comes before it: "Save the Children's country director for Somalia, X" and "the agency's
        representative for Ghana, X" hold their posts for the country, with the owner as the title's organisation, as
        "the special envoy for Sudan, X" holds Sudan's title; None where no such owner opens it."""
        if end + 1 >= len(self.tokens) or self.tokens[end + 1].text != "for" or start < 1:
            return None
        if self.kind(start - 1) == "S":
            return self.title_from(start, last, start - 1)
        return self.title_from(start, last, None) if self._owned_by_the(start - 1) else None

    def _set_before_plain_end(self, end: int) -> Title | None:
        """A title set off before the name whose part after "of" or "for" ends in one plain word, after
        capitalised words or "the" only: "the governor of Bay region, X", "the EU's envoy for the
        Serbia-Kosovo dialogue, X"; opened by "the", a possessive or a comma, so that "talks with the
        minister of trade on the dialogue, X" gives none. With an owner's possessive before it the plain word may
        follow "of" or "for" alone, or after other plain words: "the agency's head of office, X", "the bloc's
        commissioner for international partnerships, X", as "head of office, said X" is no title."""
        index = end - 1
        plain = False
        words = 0
        while words < 4 and index >= 1 and self.gap(index, index + 1) == " " and (
                self.tokens[index].text == "the" or (self.tokens[index].text[:1].isupper()
                                                     and self.tokens[index].text not in TITLE_CONNECTORS)
                or (re.fullmatch(r"[a-z][a-z-]*", self.tokens[index].text) is not None
                    and self.tokens[index].text not in TITLE_CONNECTORS)):
            plain = plain or (self.tokens[index].text[:1].islower() and self.tokens[index].text != "the")
            # a body's name the draft knows counts as one word: "head of the Asian Development Bank's resident mission"
            index = self._body_start(index) - 1
            words += 1
        if index < 1 or self.tokens[index].text not in TITLE_CONNECTORS or \
                self.gap(index, index + 1) != " " or self.gap(index - 1, index) != " ":
            return None
        kinds = self.kinds_before(index - 1)
        for offset in range(len(kinds)):
            if TITLE_ONE.fullmatch(kinds[offset:]) and kinds[offset] != "K":
                start = index - len(kinds) + offset
                prefix = start - 1 if start >= 1 and self.kind(start - 1) == "S" else None
                owned = prefix is not None or self._owned_by_the(start - 1) or self._unit_after_the(start, index, end)
                # "the head of the UN refugee agency, X": plain words after "the" and a body's name the draft knows
                body = self.tokens[index + 1].text == "the" and any(i in self.org_at for i in range(index + 2, end))
                if owned or (index < end - 1 and (not plain or body) and self._before_title(start - 1)):
                    return self.title_from(start, end, prefix)
        return None

    def _unit_after_the(self, start: int, connector: int, end: int) -> bool:
        """Whether the lowercase title from token `start` right after "the" heads a unit named by one word after its "of":
        "the deputy head of mission, Ana Berg", "the chief of protocol, X"; "head of office, said X" has no "the"."""
        return connector == end - 1 and self.tokens[connector].text == "of" and self.tokens[end].text in OF_UNITS and \
            start >= 1 and self.tokens[start - 1].text in ("the", "The") and self.gap(start - 1, start) == " "

    def _owned_by_the(self, index: int) -> bool:
        """Whether token `index` is a lowercase owner's possessive after "the", perhaps with up to two capitalised words
        that say whose the owner is between them: "the agency's", "The bank's", "the Taliban administration's"."""
        if index < 1 or not self.tokens[index].possessive or \
                re.fullmatch(r"[a-z][a-z-]*[’']s?", self.tokens[index].text) is None:
            return False
        before = index - 1
        while before > index - 3 and before >= 1 and self.tokens[before].text[:1].isupper() and \
                self.tokens[before].text not in ("The",) and self.gap(before, before + 1) == " ":
            before -= 1
        return self.tokens[before].text in ("the", "The") and self.gap(before, before + 1) == " "

    def _place_owner(self, index: int) -> bool:
        """Whether the possessive at token `index` is a place's rather than a person's: one capitalised word
        that ends no name of two words or more in the text ("Ternopil's governor, Petro Danyliuk")."""
        token = self.tokens[index]
        if not token.possessive or (index >= 1 and self.gap(index - 1, index) == " " and self.is_name_word(index - 1)):
            return False
        return token.bare not in self._surnames

    @cached_property
    def _surnames(self) -> frozenset[str]:
        return frozenset(self.tokens[last].bare for first, last in self.runs() if last > first)

    def _before_title(self, index: int) -> bool:
        """Whether token `index` (just before a title) opens it: the sentence's start, "the", or a comma."""
        return index < 0 or self.tokens[index].text in ("the", "The") or \
            self.gap(index, index + 1).strip() in (",", "—", "–")

    def kinds_before(self, end: int) -> str:
        """The kinds of up to ten words of a title ending at token `end`, as many as a title after the name may hold:
        "the bank's Senior Vice President for the Horn and Great Lakes Regions, X" keeps "Senior Vice"."""
        index = end
        kinds = ""
        while index >= 0 and self.kind(index) in "MHCKA" and len(kinds) < 10:
            if index < end and not self.joined(index, index + 1):
                break
            kinds = self.kind(index) + kinds
            index -= 1
        return kinds

    def title_of_country(self, last: int) -> tuple[int, int] | None:
        """Where a title ends before "of" and the country or organisation that ends at token `last`:
        (the title's last token, the organisation's token); its own portfolio may join two words with "and":
        "Minister of Mines and Energy of Namibia Tomas Haufiku"."""
        if last not in self.org_at or self.tokens[last].possessive:
            return None
        span = self.org_at[last][0]
        index = last
        while index > 0 and self.tokens[index - 1].span.overlaps(span):
            index -= 1
        organisation = index
        index -= 1
        if index >= 0 and self.tokens[index].text == "the":
            index -= 1
        if index >= 2 and self.tokens[index].text == "of" and self.tokens[index - 1].text in STATE_FORMS:
            # "the Kingdom of the Netherlands", "the Republic of Moldova": the state's formal name
            index -= 2
            if index >= 0 and self.tokens[index].text == "the":
                index -= 1
        if index < 1 or self.tokens[index].text not in ("of", "for") or self.kind(index - 1) not in ("H", "K", "M") or \
                not re.search(r"H(?:C[MHK]+(?:A[MHK]+)?)?$", self.kinds_before(index - 1)) or \
                self._for_country(index, last):
            return None
        return index - 1, organisation

    def title_from(self, first: int, last: int, organisation: int | None) -> Title:
        text = self.article.text
        words = text[self.tokens[first].span.start:self.tokens[last].span.end]
        ident = self.org_at[organisation][1] if organisation is not None else ""
        start = self.org_at[organisation][0].start if organisation is not None else self.tokens[first].span.start
        if organisation is not None and organisation >= 1 and self.gap(organisation - 1, organisation).endswith("(") \
                and self.org_at.get(organisation - 1, (None, ""))[1] == ident:
            start = self.org_at[organisation - 1][0].start  # its full name before the abbreviation in brackets
        for lead, name in TITLE_ORGANISATIONS.items():
            if words.lower().startswith(lead):
                ident = ident or "@" + name
                words = without_union_word(words)
        inside = self._body_of_unit(first, last) if organisation is None else None
        if inside is not None:
            # "head of the IMF mission", "head of the Asian Development Bank's resident mission": the body is the
            # title's organisation, and no word of the title
            body_first, body_last = inside
            words = text[self.tokens[first].span.start:self.tokens[body_first - 1].span.end] + " " + \
                text[self.tokens[body_last + 1].span.start:self.tokens[last].span.end]
            ident = self.org_at[body_first][1]
        # "then-Prime Minister X", "the then-health minister, X": "then-" says when the office was held, and is no word of it
        words = re.sub(r"^[Tt]hen-", "", " ".join(words.split()))
        return Title(words, ident, Span(min(start, self.tokens[first].span.start), self.tokens[last].span.end))

    def _body_start(self, index: int) -> int:
        """The first token of the body's name the draft knows at token `index`; `index` itself where none is."""
        if index not in self.org_at:
            return index
        span = self.org_at[index][0]
        while index > 0 and self.tokens[index - 1].span.overlaps(span):
            index -= 1
        return index

    def _body_of_unit(self, first: int, last: int) -> tuple[int, int] | None:
        """The first and last tokens of a body named inside a title between "the" and the unit it heads: "head of the
        IMF mission", "chief of the UNHCR office", "the leader of the EU delegation", "head of the Asian Development
        Bank mission"; after the body's possessive, one plain word may stand before the unit ("the World Bank's
        resident mission"), as none may without it ("the IMF staff mission" is a body's name the draft does not
        know)."""
        for start in range(first + 1, last):
            if start not in self.org_at or self.tokens[start - 1].text != "the" or self._body_start(start) != start:
                continue
            span = self.org_at[start][0]
            end = start
            while end + 1 <= last and self.tokens[end + 1].span.overlaps(span):
                end += 1
            unit = end + 1
            if self.tokens[end].possessive and unit < last and re.fullmatch(r"[a-z][a-z-]*", self.tokens[unit].text) \
                    and self.tokens[unit].text not in TITLE_CONNECTORS:
                unit += 1
            if unit <= last and self.tokens[unit].text in UNITS and self.org_at.get(unit) is None:
                return start, end
        return None
