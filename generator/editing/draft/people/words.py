"""The words of the article, with what each is: a word's kind, and the portfolios that runs of words name."""
from __future__ import annotations

import re
from functools import cached_property

from generator.editing.draft.actors import entry_start
from generator.editing.draft.gazetteer import (
    COMPANY_WORDS,
    ENTRIES,
    NOT_NAMES,
    SPEECH_VERBS,
    TITLE_CONNECTORS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from generator.editing.draft.organisations import OrganisationMentions
from generator.editing.draft.people.lexicon import (
    ARTICLE_JOINED,
    BRIEF_NOUNS,
    BRIEFED,
    CALLINGS,
    CHARGE,
    CHURCHES,
    CLERIC_RANKS,
    CLERICS,
    COMPASS,
    DAYS_AND_MONTHS,
    FIELD_END,
    MORE_HEADS,
    NAMED_RANKS,
    NOT_PORTFOLIO,
    NOT_YET,
    OPENING_ADVERBS,
    OPENING_PREPOSITIONS,
    ORGANISATION_ENDS,
    PORTFOLIO_ENDING,
    PORTFOLIO_NOUNS,
    RANKING,
    RANKS,
    REGION_ENDS,
    REGION_JOINED,
    REGIONS,
    SERVICES,
    STYLE_TITLES,
    STYLES,
    TIME_PREFIXES,
    UNITS,
)
from generator.editing.draft.people.titles import (
    Token,
    joined_title,
)
from generator.editing.draft.text import WORD, Article, Span


class Words:
    """The words of the article, each with its kind."""

    def __init__(self, article: Article, orgs: OrganisationMentions):
        self.article = article
        self.tokens = [Token(m.group(), Span(m.start(), m.end())) for m in WORD.finditer(article.masked)]
        self.org_at: dict[int, tuple[Span, str]] = {}
        self.org_names = {o.id: o.name for o in orgs.organisations}
        self.org_types = {o.id: o.type for o in orgs.organisations}
        by_name = {o.name: o.id for o in orgs.organisations if o.type == "country"}
        self.countries = {form: by_name[e.name] for e in ENTRIES if e.name in by_name for form in e.forms} | \
            {form: o.id for o in orgs.organisations if o.type == "country" for form in (o.name, *o.forms)}
        """Every form of each country the text names, those it does not use included: a headline's "Chilean"."""
        for span, ident in orgs.mentions:
            for index, token in enumerate(self.tokens):
                if token.span.overlaps(span):
                    self.org_at[index] = (span, ident)

    def gap(self, left: int, right: int) -> str:
        return self.article.masked[self.tokens[left].span.end:self.tokens[right].span.start]

    def is_name_word(self, index: int) -> bool:
        token = self.tokens[index]
        word = ARTICLE_JOINED.sub("", token.bare)
        opener = word in OPENING_ADVERBS or word in OPENING_PREPOSITIONS
        if (opener and self.opens_line_or_sentence(index)) or word.lower() in MORE_HEADS or self._charge(index):
            return False
        if word in STYLE_TITLES and self._style_inside_name(index):
            return True
        if word == "An" and self._closes_name(index):
            return True  # "Health Minister Nguyen Van An.": a given name, where no article can stand
        return (word[:1].isupper() and word not in NOT_NAMES and word not in SERVICES and index not in self.org_at
                and word not in STYLES and word not in BRIEF_NOUNS and not self._opens_rank(index)
                and word.lower() not in TITLE_HEADS and word.lower() not in TITLE_MODIFIERS and self.kind(index) != "H"
                and not (len(word) > 1 and word.replace("-", "").isupper()) and not any(c.isdigit() for c in word)
                and "." not in word)

    def _closes_name(self, index: int) -> bool:
        """Whether the token at `index` closes a run of capitalised words, right after one of them and before a
        punctuation mark or the end: an article would open a phrase, never close one."""
        if index < 1 or self.gap(index - 1, index) != " " or not self.tokens[index - 1].bare[:1].isupper():
            return False
        return index + 1 >= len(self.tokens) or self.gap(index, index + 1) != " "

    def _envoy_on(self, index: int) -> bool:
        """Whether "on" at token `index` opens the brief of an envoy's or a rapporteur's title, as "for" does: "the UN
        Special Envoy on Myanmar, X", "Special Representative on Human Rights X"; not a day or a month after a title
        ("the Envoy on Monday")."""
        token = self.tokens[index]
        if token.text != "on" or index < 1 or index + 1 >= len(self.tokens) or self.gap(index - 1, index) != " " or \
                self.gap(index, index + 1) != " ":
            return False
        after = self.tokens[index + 1].text
        return self.tokens[index - 1].text in BRIEFED and after[:1].isupper() and after not in DAYS_AND_MONTHS

    def _style_inside_name(self, index: int) -> bool:
        """Whether the style "Sheikh" at token `index` is a word of the name, after a given name: "Somali President Hassan
        Sheikh Abdullahi" is Hassan Sheikh Abdullahi, "President Omar Sheikh said" is Omar Sheikh; "Emir Sheikh Nawaf"
        and "Kuwait's Sheikh Nawaf" hold the style before the name."""
        before = index - 1
        if before < 0 or self.gap(before, index) != " " or self.tokens[before].bare in STYLE_TITLES or \
                self.tokens[before].possessive or not self.is_name_word(before):
            return False
        after = index + 1
        if after < len(self.tokens) and self.gap(index, after) == " " and \
                self.tokens[after].bare not in STYLE_TITLES and self.is_name_word(after):
            return True
        return before >= 1 and self.gap(before - 1, before) == " " and self.kind(before - 1) == "H"

    def kind(self, index: int) -> str:
        """H a title's noun, M a word before it, C of or for, A and, P a country or organisation, S its
        possessive, K another capitalised word, L a plain word, O anything else."""
        token = self.tokens[index]
        if index in self.org_at and not self._portfolio_named(index):
            return "S" if token.possessive else "P"
        lower = token.text.lower()
        parts = lower.split("-")
        if (token.text in CLERICS or token.text in NAMED_RANKS) and self._opens_name(index):
            return "H"
        if token.text[:1].isupper() and token.text.lower() in CALLINGS - {"sherpa"} and \
                token.span.start in self._sentence_starts \
                and self._opens_name(index):
            return "H"  # "Agronomist Kofi Mensah showed the visitors the seed store": a calling opening the sentence
        if lower == "deputy" and (re.match(r",\s", self.article.masked[token.span.end:]) or self._whose_deputy(index)):
            # "His deputy, Efua Mensah, went further", "Efua Mensah, his deputy,", "the minister and her deputy Efua
            # Mensah": the deputy's title alone
            return "H"
        if lower in TITLE_HEADS or lower in MORE_HEADS or token.text in CALLINGS or (len(parts) > 1 and parts[-1] in TITLE_HEADS
                                    and all(p in TITLE_MODIFIERS or p in TITLE_HEADS for p in parts[:-1])):
            return "H"  # "Vice-Minister", "Director-General": a title's noun with its modifier joined on
        if joined_title(parts):
            return "H"  # "Commander-in-Chief", "Sergeant-at-Arms": a title's noun with the post it holds joined on
        if len(parts) == 2 and parts[0] in TIME_PREFIXES and (parts[1] in TITLE_HEADS or parts[1] in TITLE_MODIFIERS):
            # "then-Prime Minister Kalani Akana", "Ex-president Joaquim Sitoe": the time of the office joined on
            return "H" if parts[1] in TITLE_HEADS else "M"
        if len(parts) > 1 and parts[-1] in NOT_YET and parts[-2] in TITLE_HEADS:
            return "H"  # "Prime Minister-designate Ana Reyes", "Governor-elect X": the noun of an office not yet taken
        if token.text == "the" and 1 < index < len(self.tokens) - 1 and self.gap(index - 1, index) == " " and \
                self.tokens[index + 1].text[:1].isupper() and (self.tokens[index - 1].text in TITLE_CONNECTORS or (
                    self.tokens[index - 1].text == "and" and (self.tokens[index - 2].text in NOT_NAMES
                                                              or index in self._portfolios[1]))):
            return "M"  # "Minister for the Pacific", "Director for Asia and the Pacific": inside the title
        if lower in TITLE_MODIFIERS or token.text in SERVICES or self._charge(index) or \
                (token.text[:1].isupper() and lower + "s" in TITLE_MODIFIERS and lower not in RANKING
                 and self._before_head(index)):
            return "M"  # "Communication Specialist": the singular of a portfolio the draft knows, before a title's noun
        if self._adjective_of_field(index) or self._field_after_country(index):
            return "M"  # "French Ecological Transition Minister X": the adjective of the portfolio's field
        if token.text[:1].isupper() and FIELD_END.search(token.text) is not None and self._before_head(index) and \
                self.tokens[index + 1].text[:1].isupper():
            # "the Refugee Relief and Repatriation Commissioner, X": a field's noun the draft does not know names the
            # portfolio of the capitalised title's noun after it
            return "M"
        if token.text in UNITS and self._before_head(index):
            return "M"  # "IMF mission chief Raul Mendes", "the EU delegation head": the unit the title's holder leads
        if token.text in CLERIC_RANKS and index + 1 < len(self.tokens) and self.gap(index, index + 1) == " " and \
                self.tokens[index + 1].text in CLERICS:
            return "M"  # "Grand Mufti Omar Idris", "Auxiliary Bishop Ana Costa": the rank is the office's word
        if self._region_before_head(index):
            return "M"  # "our Pacific correspondent Tevita Lolo", "its Africa director": the region the title covers
        if token.text in TITLE_CONNECTORS or self._envoy_on(index):
            return "C"
        if token.text == "and":
            return "A"
        if token.text[:1].isupper() and not token.possessive:
            return "K"
        return "L" if re.fullmatch(r"[a-z][a-z-]*", token.text) else "O"

    def _adjective_of_field(self, index: int) -> bool:
        """Whether the capitalised adjective at token `index` opens a portfolio between a country's word and a field's
        noun before the title's noun: "French Ecological Transition Minister", "Italian Digital Transformation Minister";
        not a name's word, which stands after no country's word and before no field's noun."""
        token = self.tokens[index]
        nxt = index + 1
        return re.fullmatch(r"[A-Z][a-z]{3,}(?:al|ic)", token.text) is not None and index >= 1 and \
            index - 1 in self.org_at and self.org_types.get(self.org_at[index - 1][1]) == "country" and \
            self.gap(index - 1, index) == " " and nxt < len(self.tokens) and self.gap(index, nxt) == " " and \
            FIELD_END.search(self.tokens[nxt].text) is not None and self.tokens[nxt].text[:1].isupper() and \
            self._before_head(nxt)

    def _field_after_country(self, index: int) -> bool:
        """Whether the capitalised word at token `index` names the field of a capitalised title's noun between it and
        a country's word, a field the draft does not know: "the Dutch Delta Commissioner, Pieter Hoogendam," and
        "German Flood Commissioner Jonas Weber" hold the offices "Delta Commissioner" and "Flood Commissioner"; a
        country's word before a name reads no further ("the Dutch Pieter Hoogendam"), as no title's noun follows, nor
        does a plural or a body's word, which name a company or body ("Kenyan Airways Chairman", "Dutch Bank Chief")."""
        token = self.tokens[index]
        head = index + 1
        return re.fullmatch(r"[A-Z][a-z]{2,}(?<!s)", token.text) is not None and index >= 1 and \
            token.text not in ORGANISATION_ENDS | COMPANY_WORDS and \
            index - 1 in self.org_at and not self.tokens[index - 1].possessive and \
            self.org_types.get(self.org_at[index - 1][1]) == "country" and self.gap(index - 1, index) == " " and \
            token.text not in NOT_NAMES and self._before_head(index) and self.tokens[head].text[:1].isupper()

    def _before_head(self, index: int) -> bool:
        """Whether a title's noun follows token `index` after a space."""
        nxt = index + 1
        return nxt < len(self.tokens) and self.gap(index, nxt) == " " and (
            self.tokens[nxt].text.lower() in TITLE_HEADS | MORE_HEADS)

    def _charge(self, index: int) -> bool:
        """Whether token `index` is the "chargé" of "chargé d'affaires", the modifier of its noun."""
        return self.tokens[index].text.lower() in CHARGE and index + 1 < len(self.tokens) and \
            self.gap(index, index + 1) == " " and self.tokens[index + 1].text.lower() in MORE_HEADS - {"specialist"}

    def opens_line_or_sentence(self, index: int) -> bool:
        """Whether token `index` opens the text, a line, a sentence or a live blog's entry after its time."""
        start = self.tokens[index].span.start
        if index == 0 or "\n" in self.gap(index - 1, index) or start in self._sentence_starts:
            return True
        return start == entry_start(self.article, self.article.sentences[self.article.sentence_index(start)])

    @cached_property
    def _sentence_starts(self) -> frozenset[int]:
        return frozenset(sentence.start for sentence in self.article.sentences)

    def _whose_deputy(self, index: int) -> bool:
        """Whether "deputy" at token `index` comes after a possessive and before a name: "her deputy Efua Mensah",
        "the minister's deputy Efua Mensah"; never "the deputy minister" nor "her deputy Foreign Minister"."""
        before, after = index - 1, index + 1
        if before < 0 or after >= len(self.tokens) or self.gap(before, index) != " " or self.gap(index, after) != " ":
            return False
        name = self.tokens[after].text
        return name[:1].isupper() and name.lower() not in TITLE_MODIFIERS | TITLE_HEADS and \
            (self.tokens[before].text.lower() in ("his", "her", "their", "its") or self.tokens[before].possessive)

    def _opens_name(self, index: int) -> bool:
        """Whether token `index` stands before a capitalised word and after no capitalised word it could end a name with:
        "Bishop Paul Mwangi" is a bishop, "Julie Bishop said" a name."""
        if index + 1 >= len(self.tokens) or self.gap(index, index + 1) != " " or \
                not self.tokens[index + 1].text[:1].isupper():
            return False
        return index == 0 or self.gap(index - 1, index) != " " or not self.tokens[index - 1].text[:1].isupper() \
            or self.tokens[index - 1].text in CHURCHES

    def joined(self, left: int, right: int) -> bool:
        """Whether tokens `left` and `right` stand in one title: a space between them, or a comma of the
        portfolios it lists ("Minister of Health, Labour and Welfare")."""
        gap = self.gap(left, right)
        return gap == " " or (gap == ", " and self.tokens[left].span.end in self._portfolios[0])

    @cached_property
    def _portfolios(self) -> tuple[frozenset[int], frozenset[int]]:
        """The commas, and the tokens "the", inside lists of portfolios after a title's "of" or "for", which
        "and" closes: "Commissioner for Health, Humanitarian Affairs and Social Development", "Minister for
        International Development and the Pacific". No part of the list holds a title's noun, so that "the
        Minister of Energy, Jan Novak and Trade Minister Eva Berg" lists no portfolio."""
        commas: set[int] = set()
        thes: set[int] = set()
        for index, token in enumerate(self.tokens):
            if token.text in TITLE_CONNECTORS and index >= 1 and self.gap(index - 1, index) == " " \
                    and self.kind(index - 1) == "H":
                found = self.portfolio_list(index + 1)
                if found is not None:
                    commas.update(found[0])
                    thes.update(found[1])
                elif self.tokens[index - 1].text.islower():
                    commas.update(self._plain_portfolio_list(index + 1))
        return frozenset(commas), frozenset(thes)

    def _plain_portfolio_list(self, start: int) -> list[int]:
        """The commas of a list of lowercase portfolios after a lowercase title's "of" or "for", which "and" and a last
        portfolio close before a comma or the sentence's end: "Ratna Dewi, Indonesia's minister for higher education,
        science and technology, said"; each portfolio of up to three plain words that ends in one the draft knows or
        that reads as a field ("fisheries", "irrigation"), so that "minister for health, who arrived and left," is no
        list."""
        commas: list[int] = []
        index = start
        while True:
            end = self._plain_portfolio(index)
            if end is None or end + 1 >= len(self.tokens):
                return []
            gap = self.gap(end, end + 1)
            if gap == ", ":
                commas.append(self.tokens[end].span.end)
                index = end + 1
                continue
            if gap != " " or self.tokens[end + 1].text != "and" or not commas or end + 2 >= len(self.tokens):
                return []
            last = self._plain_portfolio(end + 2)
            closed = last is not None and re.match(r"[ \t]*(?:[,;)]|\.(?:\s|$)|\n|$)",
                                                   self.article.masked[self.tokens[last].span.end:])
            return commas if closed else []

    def _plain_portfolio(self, start: int) -> int | None:
        """The last token of one lowercase portfolio of up to three plain words from token `start`: "higher education",
        "social development"."""
        end = None
        for index in range(start, min(start + 3, len(self.tokens))):
            word = self.tokens[index].text
            if not re.fullmatch(r"[a-z][a-z-]*", word) or word in NOT_PORTFOLIO or word in SPEECH_VERBS or \
                    (index > start and self.gap(index - 1, index) != " "):
                break
            if word in TITLE_MODIFIERS or PORTFOLIO_ENDING.search(word) or word in PORTFOLIO_NOUNS:
                end = index
        return end

    def portfolio_list(self, start: int) -> tuple[list[int], list[int]] | None:
        """The list's commas and the "the" after its "and", from the token after "of" or "for"."""
        commas: list[int] = []
        end = self._portfolio(start)
        while end is not None and end + 1 < len(self.tokens):
            nxt = end + 1
            gap = self.gap(end, nxt)
            if gap not in (" ", ", "):
                return None
            if gap == ", ":
                commas.append(self.tokens[end].span.end)
            if self.tokens[nxt].text == "and":
                if not commas and gap == ", ":
                    return None
                last = self._portfolio(nxt + 1) if nxt + 1 < len(self.tokens) and self.gap(nxt, nxt + 1) == " " \
                    else None
                if last is None or (last + 1 < len(self.tokens) and self.gap(last, last + 1) == " " and
                                    self.tokens[last + 1].text.lower() in TITLE_HEADS):
                    # "the Minister of Health, Luis Camacho, and the Japanese ambassador": a title after "and", no
                    # portfolio, so the words before it are a name
                    return None
                thes = [nxt + 1] if self.tokens[nxt + 1].text == "the" else []
                return commas, thes
            if gap == " ":
                return None
            end = self._portfolio(nxt)
        return None

    def _portfolio(self, start: int) -> int | None:
        """The last token of one portfolio: capitalised words, after "the" perhaps, none a title's noun; none where the
        text ends before it ("... Humanitarian Coordinator for", a copy cut short)."""
        if start >= len(self.tokens):
            return None
        index = start + 1 if self.tokens[start].text == "the" else start
        end = None
        while index < len(self.tokens) and self.tokens[index].text[:1].isupper() and \
                (end is None or self.gap(index - 1, index) == " "):
            if self.tokens[index].text != "the" and self.kind(index) == "H":
                return None
            end = index
            index += 1
        return end

    def _portfolio_named(self, index: int) -> bool:
        """Whether the organisation at token `index` is a title's portfolio right after its "of" or "for",
        opening with a title's word: "Minister of Local Administration" holds no body's title "Minister",
        as "President of the European Commission" does."""
        span = self.org_at[index][0]
        first = index
        while first > 0 and self.tokens[first - 1].span.overlaps(span):
            first -= 1
        return first >= 2 and self.tokens[first - 1].text in TITLE_CONNECTORS and self.gap(first - 1, first) == " " \
            and self.tokens[first].text.lower() in TITLE_MODIFIERS and self.kind(first - 2) == "H"

    def _region_before_head(self, index: int) -> bool:
        """Whether token `index` is a word of a region's name that a title's noun follows: "its Africa director", "the
        agency's Asia-Pacific director", "the charity's East Africa director" (a compass word before a region), each
        the region the title covers; "the East Africa Community" names a body, with no title's noun after it."""
        at = index
        if self.tokens[at].text in COMPASS and at + 1 < len(self.tokens) and self.gap(at, at + 1) == " ":
            at += 1
        word = self.tokens[at].text
        after_compass = at > index or (at >= 1 and self.tokens[at - 1].text in COMPASS and self.gap(at - 1, at) == " ")
        region = word in REGIONS or (word in REGION_ENDS and after_compass) or \
            (REGION_JOINED.fullmatch(word) is not None and all(w in REGIONS for w in word.split("-")))
        return region and at + 1 < len(self.tokens) and self.gap(at, at + 1) == " " and \
            self.tokens[at + 1].text.lower() in TITLE_HEADS

    def token_at(self, position: int) -> int | None:
        return next((i for i, t in enumerate(self.tokens) if t.span.start == position), None)

    def _opens_rank(self, index: int) -> bool:
        """Whether the word at token `index` opens a rank of two words, "Major General", "Brigadier General", "Rear
        Admiral", and so is no word of a name before it: "Commander of the Joint Operations Command Major General Ali
        Hassan" names Ali Hassan, and "Command Major" no one; "John Major said" keeps the surname."""
        nxt = index + 1
        return self.tokens[index].text.lower() in RANKS and nxt < len(self.tokens) and self.gap(index, nxt) == " " and \
            self.tokens[nxt].text[:1].isupper() and self.tokens[nxt].text.lower() in RANKS | TITLE_HEADS
