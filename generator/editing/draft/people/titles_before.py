"""The title that ends right before a name: "NATO Secretary General" [Mark Rutte]."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import (
    NOT_NAMES,
    TITLE_CONNECTORS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from generator.editing.draft.people.lexicon import (
    ABBREVIATED,
    FIELD_NOUN,
    GENERAL_OFFICES,
    LISTED,
    OFFICE_OF,
    PORTFOLIO_ENDING,
    PORTFOLIO_NOUNS,
    RANKS,
    TITLE,
    TITLE_ONE,
)
from generator.editing.draft.people.titles import (
    Title,
    is_rank,
    is_title,
    without_rank,
    without_style,
)
from generator.editing.draft.people.titles_set_off import TitlesSetOff
from generator.editing.draft.text import Span, fold


class TitlesBefore(TitlesSetOff):
    """The words of the article, with the titles right before a name."""

    def title_before(self, first: int) -> Title | None:
        """The title that ends right before token `first`: "NATO Secretary General" [Mark Rutte], with the
        place the holder is posted to: "Dutch Ambassador to Poland" [Anneke Visser], or with its country
        after "of", as official readouts write it: "President of Ukraine" [Mykhailo Dorosh]."""
        if first >= 1 and self.gap(first - 1, first) == " ":
            posted = self.posted_to(first - 1)
            if posted is not None:
                title = self._title_right_before(posted + 1)
                if title is not None and self._body_of_title(posted):
                    return title  # "Chief Representative of JICA in Ukraine X": where the body works, not the post
                return self.with_post(title, posted, first - 1) if title else None
        title = self._title_right_before(self._past_city_before(first))
        return self._office_before_rank(self._listed_before(self._holder_s_own(self._whole_rank(
            without_rank(without_style(title)))))) if title else None

    def _past_city_before(self, first: int) -> int:
        """The "in" before the city a title is held in, where that city the draft knows comes right before the name at
        token `first`: "Consul General in Lyon Marta Silva" holds "Consul General", the city being where she works, as
        with a title set off before the name; `first` where no such city comes before."""
        for size in (2, 1):
            if first - size >= 2 and self.city_after_title(first - size) == size:
                return first - size - 1
        return first

    def _office_before_rank(self, title: Title) -> Title:
        """The office held "of" a body before the body's name and a rank: "Chairman of the Sovereignty Council
        Lieutenant General Omar Idris" is the Council's Chairman, the rank being his style, as "Deputy Minister of
        Defence Lieutenant General X" is the Deputy Minister; "the Army's Lieutenant General X" keeps the rank."""
        if not title.organisation or not is_rank(title.words):
            return title
        office = OFFICE_OF.search(self.article.masked, max(0, title.span.start - 60), title.span.start)
        if office is None:
            return title
        words = office.group("office").split()
        while words and words[0].lower() not in TITLE_MODIFIERS | TITLE_HEADS:
            words = words[1:]
        if not words or words[-1].lower() not in TITLE_HEADS:
            return title
        start = office.start("office") + office.group("office").rindex(" ".join(words))
        return Title(" ".join(words), title.organisation, Span(start, title.span.end))

    def _listed_before(self, title: Title) -> Title:
        """The title with the portfolios listed before it with commas, where a country or organisation owns the whole:
        "Turkish Environment, Urbanisation and Climate Change Minister Hulya Karan" holds every portfolio, and is
        Turkey's; with no owner before the list, its words may be names ("Ruiz, Soto and Energy Minister X")."""
        if title.organisation:
            return title
        listed = LISTED.search(self.article.masked, max(0, title.span.start - 120), title.span.start)
        if listed is None or "," not in listed.group() or \
                (listed.group("and") is None) == (" and " not in title.words):
            return title  # one "and", before the last portfolio: "Lands, Forestry and Mines Minister"
        at = self.token_at(listed.start())
        while at is not None and at in self.org_at and self.tokens[at].span.end < title.span.start:
            at += 1  # "Turkish Environment, ...": the owner's adjective opens the capitals
        last = self.token_at(title.span.start)
        if at is None or last is None or at < 1 or self.kind(at - 1) not in "PS" or self.gap(at - 1, at) != " ":
            return title
        listed_words = [self.tokens[i] for i in range(at, last) if self.tokens[i].text != "and"]
        if any(self.kind(i) not in "KM" or self.tokens[i].text in NOT_NAMES for i in range(at, last)
               if self.tokens[i].text != "and") or not all(self._listed_portfolio(t.text) for t in listed_words):
            return title  # "Kenya's Ruto, Odinga and Energy Minister X", names the text gives again
        words = " ".join(self.article.text[self.tokens[at].span.start:title.span.end].split())
        return Title(words, self.org_at[at - 1][1], Span(self.org_at[at - 1][0].start, title.span.end))

    def _listed_portfolio(self, word: str) -> bool:
        """Whether a word listed before a title's noun reads as a portfolio: by its ending or as a field no ending marks
        ("Trade", "Health"), even where the text writes it again ("Kenya's Trade, Health and Water Minister Ana Wambui
        ... the Minister of Trade"); else only a word the text writes once, as a name is written again."""
        return PORTFOLIO_ENDING.search(word) is not None or word.lower() in PORTFOLIO_NOUNS or self._once(word)

    def _holder_s_own(self, title: Title) -> Title:
        """The capitalised title after a lowercase title's "for" or "of", where it is a whole title of its own: "a
        spokesman for Defence Minister Arvid Holm" names Holm the Defence Minister, the spokesman being someone else;
        "Minister for Foreign Affairs X" or "the chief of Defence Staff General X" (a rank) keep the whole title."""
        words = title.words.split()
        last = next((i for i, t in enumerate(self.tokens) if t.span.end == title.span.end), None)
        for at in range(len(words) - 2, 0, -1):
            rest = words[at + 1:]
            if words[at] in TITLE_CONNECTORS and words[at - 1].islower() and words[at - 1] in TITLE_HEADS and \
                    rest[0][:1].isupper() and is_title(" ".join(rest)) and rest[-1].lower() not in RANKS and \
                    last is not None:
                start = self.tokens[last - len(rest) + 1].span.start
                return Title(" ".join(rest), "", Span(start, title.span.end))
        return title

    def _whole_rank(self, title: Title) -> Title:
        """A rank with the rank words before it that the draft does not read as a title's: "Major General Ines Varga"
        is a Major General, "Brigadier General X" a Brigadier General, not a General; or "General" with the office it
        closes: "Attorney General X", "Deputy Auditor General X", "Inspector General of Police X"."""
        if not is_rank(title.words) and not title.words.startswith("General "):
            return title
        index = self.token_at(title.span.start)
        start = index
        while start is not None and start >= 1 and self.tokens[start - 1].text.rstrip(".").lower() in RANKS and \
                self.tokens[start - 1].text[:1].isupper() and self.gap(start - 1, start) in (" ", ". "):
            start -= 1
        if start is not None and start == index and title.words.split()[0] == "General" and start >= 1 and \
                self.tokens[start - 1].text in GENERAL_OFFICES and self.gap(start - 1, start) == " ":
            start -= 1
            while start >= 1 and self.kind(start - 1) == "M" and self.gap(start - 1, start) == " " and \
                    self.tokens[start - 1].text[:1].isupper():
                start -= 1
        if index is None or start is None or start == index:
            return title
        words = " ".join(self.article.text[self.tokens[start].span.start:title.span.end].split())
        return Title(words, title.organisation, Span(self.tokens[start].span.start, title.span.end))

    def _joined_portfolios(self, kinds: list[str], start: int) -> list[str]:
        """The kinds of a title's words before the name from token `start`, with a portfolio's word the draft does not
        know after "and" read as a modifier where a known one comes before "and" and a title's word after it:
        "Agriculture and Livestock Development Cabinet Secretary X", "Energy and Petroleum Minister X"."""
        found = list(kinds)
        for i in range(2, len(found) - 1):
            if found[i - 2:i + 2] in (["M", "A", "K", "M"], ["M", "A", "K", "H"]) and self._unknown_word(start + i) and \
                    self.tokens[start + i - 2].text[:1].isupper():
                found[i] = "M"
        return found

    def _body_of_title(self, at: int) -> bool:
        """Whether the body at token `at`, no country, is the one a title before it is "of" or "for", perhaps written in
        full before its abbreviation in brackets: "Representative of the Japan International Cooperation Agency (JICA)"."""
        if at not in self.org_at or self.org_types.get(self.org_at[at][1]) == "country":
            return False
        body = self.past_abbreviation(at)
        index = body if body is not None else at
        while index > 0 and self.tokens[index - 1].span.overlaps(self.org_at[index][0]):
            index -= 1
        index -= 1
        if index >= 1 and self.tokens[index].text == "the":
            index -= 1
        return index >= 1 and self.tokens[index].text in TITLE_CONNECTORS

    def _title_right_before(self, first: int) -> Title | None:
        closing = self.gap(first - 1, first) if first >= 2 else ""
        # "Chief Representative of the Japan International Cooperation Agency (JICA) in Ukraine X": the body's
        # abbreviation in brackets after its name, which the title is "of"
        owner = self.past_abbreviation(first - 1) if closing == ") " else first - 1 if closing == " " else None
        if owner is not None:
            of_country = self.title_of_country(owner)
            if of_country is not None:
                end, organisation = of_country
                kinds_before = self.kinds_before(end)
                for offset in range(len(kinds_before)):
                    if TITLE_ONE.fullmatch(kinds_before[offset:]) and kinds_before[offset] != "K":
                        return self.title_from(end - len(kinds_before) + 1 + offset, end, organisation)
        kinds: list[str] = []
        index = first - 1
        while index >= 0 and len(kinds) < 10 and (self.joined(index, index + 1) or (
                self.gap(index, index + 1) == ". " and self.tokens[index].text in ABBREVIATED) or (
                # "Inter-American Development Bank (IDB) President Ricardo Montalvo": the abbreviation owns the title
                self.gap(index, index + 1) == ") " and index in self.org_at and index >= 1 and
                self.gap(index - 1, index).endswith("("))):
            kind = self.kind(index)
            if kind in "OL":
                break
            kinds.insert(0, kind)
            if kind in "PS":
                break
            index -= 1
        start_index = first - len(kinds)
        kinds = self._joined_portfolios(kinds, start_index)
        for offset in range(len(kinds)):
            rest = "".join(kinds[offset:])
            prefix = rest[0] in "PS"
            body = rest[1:] if prefix else rest
            # two titles joined by "and" are one person's only where nothing comes before them but their
            # country: "the President and Defence Minister Jan Novak" may be two people
            if TITLE_ONE.fullmatch(body) or (TITLE.fullmatch(body) and offset == 0 and not self._after_article(start_index)):
                start = start_index + offset + (1 if prefix else 0)
                if self._name_before_and(start, first - 1):
                    continue
                if offset == 1 and kinds[:2] == ["K", "M"] and self._portfolio_word(start_index):
                    start = start_index
                elif not prefix and offset >= 2 and kinds[offset - 2:offset] == ["M", "K"] and \
                        self._unknown_word(start - 1):
                    # "led by Senior Mission Chief X": a word the draft does not know between a title's words
                    start -= 2
                    while start > start_index and kinds[start - start_index - 1] == "M":
                        start -= 1
                elif not prefix and offset >= 1 and kinds[offset - 1] == "K" and self._field_opens(start - 1):
                    owner = start - 2 if offset >= 2 and kinds[offset - 2] in "PS" else None
                    return self.title_from(start - 1, first - 1, owner)
                if prefix and (office := self._body_before_country(start_index + offset)) is not None:
                    # "WFP Malawi country director X": the country where the body's office is, a word of the title
                    return self.title_from(start_index + offset, first - 1, office)
                return self.title_from(self._past_name_capitals(start, first - 1), first - 1,
                                   start_index + offset if prefix else None)
        return None

    def _body_before_country(self, at: int) -> int | None:
        """The token of a body, no country, written right before the country at token `at` that opens a title: "WFP"
        in "WFP Malawi country director"; None where the token at `at` is no country or no such body comes before."""
        if at not in self.org_at or self.org_types.get(self.org_at[at][1]) != "country" or self.tokens[at].possessive:
            return None
        index = at
        while index > 0 and self.tokens[index - 1].span.overlaps(self.org_at[at][0]):
            index -= 1
        before = index - 1
        if before < 0 or before not in self.org_at or self.org_types.get(self.org_at[before][1]) == "country" or \
                self.tokens[before].possessive or self.gap(before, index) != " ":
            return None
        return before

    def _name_before_and(self, start: int, end: int) -> bool:
        """Whether two name words stand before an "and" between tokens `start` and `end`, so that the words before the
        "and" are another person's title and name: in "signed by Danish Minister of Defence Mette Kjaergaard and Deputy
        Minister Hnatiuk", Hnatiuk is the Deputy Minister; "Minister of Trade and Industry" holds no name."""
        return any(self.tokens[i].text == "and" and self.is_name_word(i - 1) and self.is_name_word(i - 2) and
                   self.gap(i - 2, i - 1) == " " for i in range(max(start, 2), end))

    def _once(self, word: str) -> bool:
        """Whether the capitalised word stands once in the text, as a portfolio's word in a list does where a name's
        word comes again."""
        return len(re.findall(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", self.article.masked)) == 1

    def _portfolio_word(self, index: int) -> bool:
        """Whether the capitalised word at token `index`, before a title's other words, is a word of its
        portfolio the draft does not know: "called on External Affairs Minister X", ", Agrarian Policy Minister
        X"; not where the text gives it as a place ("Kyiv Regional Governor X", "talks in Kyiv"), nor after
        another capitalised word or at the sentence's start, where it may end a name or open the sentence."""
        if index < 1 or not self._unknown_word(index):
            return False
        gap = self.gap(index - 1, index)
        return "," in gap or (gap == " " and re.fullmatch(r"[a-z]+", self.tokens[index - 1].text) is not None)

    def _field_opens(self, index: int) -> bool:
        """Whether the capitalised word at token `index`, right before a title's other words, names a field the draft
        does not know that opens the title: "Unification Minister Park Ji-ho", "Uzbek Irrigation Minister X", "said
        Aviation Minister X"; a word ending as a field's noun does ("-ion", "-ment", "-ure"), after the owner's word,
        the sentence's start, a comma or a lowercase word, where no name can end before the title ("Fleming Minister"
        is none); an "-ing" word opening a sentence may be a preposition ("Following Minister X's visit"), where after
        the owner's word it is the title's ("Indonesian Coordinating Minister X")."""
        if not self._unknown_word(index) or PORTFOLIO_ENDING.search(self.tokens[index].text) is None or \
                self.gap(index, index + 1) != " ":
            return False
        if index >= 1 and self.kind(index - 1) in "PS" and self.gap(index - 1, index) == " ":
            return True
        if FIELD_NOUN.search(self.tokens[index].text) is None:
            return False
        if index == 0 or self.opens_line_or_sentence(index) or "," in self.gap(index - 1, index):
            return True
        return self.gap(index - 1, index) == " " and (self.kind(index - 1) in "PS" or
                                                      re.fullmatch(r"[a-z]+", self.tokens[index - 1].text) is not None)

    def _unknown_word(self, index: int) -> bool:
        """Whether token `index` is a capitalised word the draft does not know that the text never gives as a
        place: a word of a portfolio in a title, not the city of "Kyiv Regional Governor" ("talks in Kyiv")."""
        token = self.tokens[index]
        if not re.fullmatch(r"[A-Z][a-z]+", token.text) or token.text in NOT_NAMES or \
                fold(token.text) == fold(self.article.dateline_place):
            return False
        return re.search(r"\b(?:in|to|from|at|of)\s+(?:the\s+)?" + token.text + r"\b", self.article.masked) is None

    def _after_article(self, index: int) -> bool:
        return index >= 1 and self.tokens[index - 1].text.lower() in ("the", "a", "an")

    def _past_name_capitals(self, start: int, end: int) -> int:
        """Where a lowercase title starts after the capitalised words of a name it follows: "Royal Navy
        commander" is a commander; "Foreign Minister" after a sentence's first word keeps its capitals."""
        if start < 1 or self.kind(start - 1) != "K" or self.gap(start - 1, start) != " " or \
                not self.tokens[end].text[:1].islower() or self.tokens[start - 1].text in NOT_NAMES | {"Our"}:
            return start  # "Our Pacific correspondent": a determiner opening the sentence ends no name
        while start < end and self.tokens[start].text[:1].isupper():
            start += 1
        return start
