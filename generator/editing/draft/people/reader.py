"""The words of the article, with what each is: the runs of a name and the titles before and after it."""
from __future__ import annotations

import re
from functools import cached_property

from generator.editing.draft.actors import entry_start
from generator.editing.draft.gazetteer import (
    ANONYMOUS_NOUNS,
    CAPITALS,
    CITIES,
    COMPANY_WORDS,
    ENTRIES,
    NAME_PARTICLES,
    NOT_NAMES,
    ORGANISATION_WORDS,
    SPEECH_VERBS,
    TITLE_CONNECTORS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_ORGANISATIONS,
)
from generator.editing.draft.organisations import OrganisationMentions
from generator.editing.draft.people.lexicon import (
    ABBREVIATED,
    ADDRESS_WORDS,
    AIDE_OF,
    AIDES,
    APPOINTED,
    ARTICLE_JOINED,
    BASED,
    BODY_VERBS,
    BRIEF_NOUNS,
    BRIEFED,
    CALLINGS,
    CHARGE,
    CHURCHES,
    CLERIC_RANKS,
    CLERICS,
    COMPASS,
    COUNTERPART_AFTER,
    DAYS_AND_MONTHS,
    DETERMINERS,
    FIELD_END,
    FIELD_NOUN,
    GENERAL_OFFICES,
    GOVERNING,
    LATE,
    LETTERED,
    LIST_SEPARATOR,
    LISTED,
    LISTED_NAMES,
    MANY_PORTFOLIOS,
    MEMBERS_BODIES,
    MONARCHS,
    MORE_HEADS,
    NAMED_BODY,
    NOT_PORTFOLIO,
    NOT_YET,
    OF_UNITS,
    OFFICE_OF,
    OPENING_ADVERBS,
    OPENING_PREPOSITIONS,
    ORGANISATION_ENDS,
    PERSON_NOUNS,
    PLACE_AND_DATE,
    PLACE_NOUNS,
    PLACE_OR_EVENT_WORDS,
    PORTFOLIO_ENDING,
    PORTFOLIO_NOUNS,
    RANKING,
    RANKS,
    REGION_ENDS,
    REGION_JOINED,
    REGIONS,
    ROMAN,
    SCHOLARS,
    SERVICES,
    SET_OFF_TITLE,
    SHARED_TITLE,
    STATE_FORMS,
    STUDIED_FIELD,
    STYLE_TITLES,
    STYLES,
    SUBJECT_CLAUSE,
    THINGS,
    TIME_PREFIXES,
    TITLE,
    TITLE_ONE,
    TOLD,
    UNIT_WORDS,
    UNITS,
    WHEN,
)
from generator.editing.draft.people.names import FAMILY_CAPS
from generator.editing.draft.people.titles import (
    Title,
    Token,
    is_rank,
    is_title,
    joined_title,
    singular,
    without_rank,
    without_style,
    without_union_word,
    without_unknown_body,
)
from generator.editing.draft.text import WORD, Article, Span, fold

_LED_BY = r"{lead},?\s+(?:(?:which|that)\s+(?:was|is)\s+)?(?:led|headed)\s+by\s+(?:its\s+|their\s+)?"
"""Who leads a delegation, after it: "a Chinese delegation led by", "a delegation from Japan, headed by"."""


class Reader:
    """The words of the article, with what each is."""

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
        if (opener and self._opens_line_or_sentence(index)) or word.lower() in MORE_HEADS or self._charge(index):
            return False
        if word in STYLE_TITLES and self._style_inside_name(index):
            return True
        return (word[:1].isupper() and word not in NOT_NAMES and word not in SERVICES and index not in self.org_at
                and word not in STYLES and word not in BRIEF_NOUNS and not self._opens_rank(index)
                and word.lower() not in TITLE_HEADS and word.lower() not in TITLE_MODIFIERS and self.kind(index) != "H"
                and not (len(word) > 1 and word.replace("-", "").isupper()) and not any(c.isdigit() for c in word)
                and "." not in word)

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
        if token.text in CLERICS and self._opens_name(index):
            return "H"
        if token.text[:1].isupper() and token.text.lower() in CALLINGS - {"sherpa"} and \
                token.span.start in self._sentence_starts \
                and self._opens_name(index):
            return "H"  # "Agronomist Kofi Mensah showed the visitors the seed store": a calling opening the sentence
        if lower == "deputy" and re.match(r",\s", self.article.masked[token.span.end:]):
            return "H"  # "His deputy, Efua Mensah, went further", "Efua Mensah, his deputy,": the deputy's title alone
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

    def _opens_line_or_sentence(self, index: int) -> bool:
        """Whether token `index` opens the text, a line, a sentence or a live blog's entry after its time."""
        start = self.tokens[index].span.start
        if index == 0 or "\n" in self.gap(index - 1, index) or start in self._sentence_starts:
            return True
        return start == entry_start(self.article, self.article.sentences[self.article.sentence_index(start)])

    @cached_property
    def _sentence_starts(self) -> frozenset[int]:
        return frozenset(sentence.start for sentence in self.article.sentences)

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
                found = self._portfolio_list(index + 1)
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

    def _portfolio_list(self, start: int) -> tuple[list[int], list[int]] | None:
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
                if last is None:
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

    def title_before(self, first: int) -> Title | None:
        """The title that ends right before token `first`: "NATO Secretary General" [Mark Rutte], with the
        place the holder is posted to: "Dutch Ambassador to Poland" [Anneke Visser], or with its country
        after "of", as official readouts write it: "President of Ukraine" [Mykhailo Dorosh]."""
        if first >= 1 and self.gap(first - 1, first) == " ":
            posted = self._posted_to(first - 1)
            if posted is not None:
                title = self._title_right_before(posted + 1)
                if title is not None and self._body_of_title(posted):
                    return title  # "Chief Representative of JICA in Ukraine X": where the body works, not the post
                return self._with_post(title, posted, first - 1) if title else None
        title = self._title_right_before(self._past_city_before(first))
        return self._office_before_rank(self._listed_before(self._holder_s_own(self._whole_rank(
            without_rank(without_style(title)))))) if title else None

    def _past_city_before(self, first: int) -> int:
        """The "in" before the city a title is held in, where that city the draft knows comes right before the name at
        token `first`: "Consul General in Lyon Marta Silva" holds "Consul General", the city being where she works, as
        with a title set off before the name; `first` where no such city comes before."""
        for size in (2, 1):
            if first - size >= 2 and self._city_after_title(first - size) == size:
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
        at = self._token_at(listed.start())
        while at is not None and at in self.org_at and self.tokens[at].span.end < title.span.start:
            at += 1  # "Turkish Environment, ...": the owner's adjective opens the capitals
        last = self._token_at(title.span.start)
        if at is None or last is None or at < 1 or self.kind(at - 1) not in "PS" or self.gap(at - 1, at) != " ":
            return title
        listed_words = [self.tokens[i] for i in range(at, last) if self.tokens[i].text != "and"]
        if any(self.kind(i) not in "KM" or self.tokens[i].text in NOT_NAMES for i in range(at, last)
               if self.tokens[i].text != "and") or not all(self._listed_portfolio(t.text) for t in listed_words):
            return title  # "Kenya's Ruto, Odinga and Energy Minister X", names the text gives again
        words = " ".join(self.article.text[self.tokens[at].span.start:title.span.end].split())
        return Title(words, self.org_at[at - 1][1], Span(self.org_at[at - 1][0].start, title.span.end))

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
        index = self._token_at(title.span.start)
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

    def _past_abbreviation(self, index: int) -> int | None:
        """The last token of an organisation's full name when token `index` is its abbreviation in brackets
        after it ("the East African Community (EAC)"); None otherwise."""
        if index < 1 or index not in self.org_at or not self.gap(index - 1, index).endswith("(") or \
                not self.article.masked[self.tokens[index].span.end:].startswith(")"):
            return None
        return index - 1 if self.org_at.get(index - 1, (None, ""))[1] == self.org_at[index][1] else None

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
        body = self._past_abbreviation(at)
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
        owner = self._past_abbreviation(first - 1) if closing == ") " else first - 1 if closing == " " else None
        if owner is not None:
            of_country = self._of_country(owner)
            if of_country is not None:
                end, organisation = of_country
                kinds_before = self._kinds_before(end)
                for offset in range(len(kinds_before)):
                    if TITLE_ONE.fullmatch(kinds_before[offset:]) and kinds_before[offset] != "K":
                        return self._title(end - len(kinds_before) + 1 + offset, end, organisation)
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
                    return self._title(start - 1, first - 1, owner)
                return self._title(self._past_name_capitals(start, first - 1), first - 1,
                                   start_index + offset if prefix else None)
        return None

    def _name_before_and(self, start: int, end: int) -> bool:
        """Whether two name words stand before an "and" between tokens `start` and `end`, so that the words before the
        "and" are another person's title and name: in "signed by Danish Minister of Defence Mette Kjaergaard and Deputy
        Minister Hnatiuk", Hnatiuk is the Deputy Minister; "Minister of Trade and Industry" holds no name."""
        return any(self.tokens[i].text == "and" and self.is_name_word(i - 1) and self.is_name_word(i - 2) and
                   self.gap(i - 2, i - 1) == " " for i in range(max(start, 2), end))

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
        if index == 0 or self._opens_line_or_sentence(index) or "," in self.gap(index - 1, index):
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

    def _with_post(self, title: Title, posted: int, end: int) -> Title:
        """The title with the place it is held in or posted to: "Ambassador" with "to Denmark"."""
        last = self.tokens[end].span.end
        tail = " ".join(self.article.text[self.tokens[posted].span.end:last].split())
        return Title(f"{title.words} {tail}", title.organisation, Span(title.span.start, last))

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
            at = self._token_at(before.span.start)
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
        nxt = self._token_at(title.span.end + 2)
        if nxt is None or self.article.masked[title.span.end:title.span.end + 2] != ", " or \
                nxt + 1 >= len(self.tokens) or not (self.is_name_word(nxt) and self.is_name_word(nxt + 1)) or \
                self.gap(nxt, nxt + 1) != " ":
            return title
        run = next(((f, e) for f, e in self.runs() if f == nxt), None)
        if run is None or self.title_after(run[1]) is not None or \
                not (self.article.masked.startswith(",", self.tokens[run[1]].span.end) or self.spoken_of(*run)):
            return title  # "Central America, North America and the Caribbean": a list the title goes on with
        return None

    def past_style(self, first: int) -> int:
        """The first token of a name's style before it ("Dr. Ibrahima Sow", "H.E. Mr. Bwalya Kasonde"), where
        a title before the name ends; `first` when it has none."""
        index = first
        while index >= 1 and self.tokens[index - 1].text.rstrip(".") in STYLES and \
                self.gap(index - 1, index) in (" ", ". ") and (index - 1 == 0 or self.gap(index - 2, index - 1) != "-"):
            index -= 1
        return index

    def title_after(self, last: int) -> Title | None:
        """A title set off after the name: "Kadri Lepp, Estonia's prime minister," or "..., a senior
        policy fellow at the European Council on Foreign Relations", or in brackets, as lists of who attended write
        it: "Kofi Boateng (Minister of Finance)"."""
        index = last + 1
        if index >= len(self.tokens) or self.gap(last, index).strip() not in (",", "("):
            return None
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
        return index + 1 < len(self.tokens) and self._describes(index) and self.tokens[index].text not in LATE and \
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
            describes = kind == "L" and described and "H" not in kinds and "C" not in kinds and self._describes(index)
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
            return self._title(start, end, prefix)
        studied = STUDIED_FIELD.match(rest)
        if studied and self.tokens[end].text.lower() in SCHOLARS:
            title = self._title(start, end, prefix)
            field_end = self.tokens[end].span.end + studied.end()
            return Title(f"{title.words} in {studied.group('field')}", title.organisation, Span(title.span.start, field_end))
        came = re.match(r" from (?:the )?(?=\S)", rest)
        if came:
            return self._from_body(start, end, prefix, self._token_at(self.tokens[end].span.end + came.end()))
        brief = self._brief_for_the(end)
        if brief is not None:
            title = self._title(start, end, prefix)
            words = " ".join(self.article.text[title.span.end:self.tokens[brief].span.end].split())
            return Title(f"{title.words} {words}", title.organisation, Span(title.span.start, self.tokens[brief].span.end))
        held = re.match(r" (at|with|of|for) (?:the )?(?=\S)", rest)
        if held:
            at = self._token_at(self.tokens[end].span.end + held.end())
            unit = self._owned_unit(at) if at is not None and held.group(1) == "of" and prefix is None else None
            if at is not None and unit is not None:
                # "Director of the IMF's Western Hemisphere Department": the unit is the title's, the body its owner
                title = self._title(start, end, at)
                owned = self.article.text[self.tokens[self._after_org(at)].span.start:self.tokens[unit].span.end]
                words = f"{title.words} of the {owned}"
                return Title(" ".join(words.split()), title.organisation, Span(title.span.start, self.tokens[unit].span.end))
            if at is not None and at in self.org_at:
                listed = self._listed_countries(at) if prefix is not None and held.group() == " for " else None
                if listed is not None:
                    # "the World Bank's Country Director for Nepal and Bhutan": the post covers every country listed
                    return self._with_post(self._title(start, end, prefix), end, listed)
                if prefix is not None and held.group() == " for " and self._org_closes(at):
                    # "the World Bank's Country Director for Chad": the owner came first, so the country
                    # after "for" is the one the holder is posted to
                    return self._with_post(self._title(start, end, prefix), end, self._after_org(at) - 1)
                title = self._title(start, end, prefix if prefix is not None else at)
                if self._body_based_in(at):
                    return title  # "chief executive of the Aga Khan Health Service in Pakistan": where the body works
                # "Ambassador of Japan to Peru": the post after the country whose the title is
                return self._posted(title, self._after_org(at) - 1) or title
            if held.group(1) == "for" and at is not None and self.tokens[at].text[:1].isupper() and self.kind(at) == "M":
                return None  # "Minister for Rural and Maritime Development and ...": a portfolio the title goes on with
            if held.group(1) != "of" and at is not None and self.tokens[at].text[:1].isupper():
                # "a strategist at Commerzbank": the title holds though the draft does not know the bank
                return self._title(start, end, prefix)
            if held.group(1) in ("at", "with") and at is not None and self.tokens[at].text.islower():
                # "a nurse at the clinic", "an engineer with the charity": where the holder works closes the title
                return self._title(start, end, prefix)
            described = self._described_body(at) if held.group() == " of the " and at is not None else None
            if described is not None and self.tokens[end].text.islower():
                return self._title(start, end, described)
            if held.group(1) == "of" and at is not None and (self._unknown_body(at, end) or (
                    self.tokens[end].text.islower() and self._governing_body(at))):
                return self._title(start, end, prefix)
            return None
        return self._posted(self._title(start, end, prefix), end)

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
            following = self._token_at(self.tokens[last].span.end + joint.end())
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
            return self._title(start, end, prefix if prefix is not None else at)
        if self.tokens[at - 1].text == "the" and re.fullmatch(r"[a-z][a-z-]*", self.tokens[at].text):
            return self._title(start, end, prefix)
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
        at = self._token_at(self.tokens[end].span.end + posted.end()) if posted else None
        if at is not None and posted is not None and posted.group() == " in " and self._city_closes(at):
            return title
        if at is not None and posted is not None and posted.group() == " in " and self._owner_s_body(at, end):
            return title  # "foreign minister in Libya's eastern-based administration": the body the title is held in
        if at is None or at not in self.org_at or self.tokens[at].possessive:
            return None
        last = self._after_org(at) - 1
        if not re.match(r"[ \t]*(?:[,.;:)]|\n|$)", self.article.masked[self.tokens[last].span.end:]):
            return None
        return self._with_post(title, end, last)

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

    def _token_at(self, position: int) -> int | None:
        return next((i for i, t in enumerate(self.tokens) if t.span.start == position), None)

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

    def title_set_before(self, first: int) -> Title | None:
        """A title set off before the name: "Ukraine's energy minister, Mykola Prykhodko,", or with its
        country after "of": "the Prime Minister of Moldova, Andrei Ciobanu"."""
        gap = self.gap(first - 1, first).strip() if first >= 2 else ""
        # "the Secretary General of the East African Community (EAC), Veronica Achieng"
        end = first - 1 if gap == "," else self._past_abbreviation(first - 1) if gap == ")," else None
        if end is None:
            return self._title_of_unknown_body(first - 1) if gap == ")," else None
        if end >= 1 and self.tokens[end].text in ("there", "here") and self.gap(end - 1, end) == " ":
            end -= 1  # "the agency's head of office there, X": the adverb points to a place named before
        posted = self._posted_to(end)
        if posted is not None:
            # "Ukraine's Ambassador to Denmark, Olha Shevchuk", "UNHCR's representative in Ukraine, Karolina
            # Lindqvist": the title before the place it is held in or posted to, then the whole title
            body = self._past_abbreviation(posted)
            title = self._set_before(posted if body is None else body)
            if title is not None and (posted if body is None else body) in self.org_at and title.organisation and \
                    self.tokens[posted + 1].text == "in":
                # "the Resident Representative of UNDP in Ukraine, X": the place is the body's, the title the words
                # before "of"
                return Title(title.words, title.organisation, Span(title.span.start, self.tokens[end].span.end))
            if title is not None:
                return self._with_post(title, posted, end)
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
        return self._with_post(title, to - 1, end)

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
        return self._title(start, head, None) if self._before_title(start - 1) else None

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

    def _posted_to(self, end: int) -> int | None:
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
                self.kind(index - 1) in "HKP" or self._portfolio_modifier(index - 1)):
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
        of_country = self._of_country(end)
        if of_country is not None:
            last = end
            end, organisation = of_country
            kinds = self._kinds_before(end)
            for offset in range(len(kinds)):
                # "the Minister of Foreign Affairs of the Republic of Poland, Tomasz Wierzbicki": a title of
                # its own "of" may stand before the country's
                if TITLE.fullmatch(kinds[offset:]) and kinds[offset] != "K" and \
                        ("C" not in kinds[offset:] or self._before_title(end - len(kinds) + offset)):
                    start = end - len(kinds) + 1 + offset
                    return self._owned_post(start, end, last) or self._title(start, end, organisation)
            return None
        kinds = self._kinds_before(end)
        for offset in range(len(kinds)):
            if (TITLE.fullmatch(kinds[offset:]) or MANY_PORTFOLIOS.fullmatch(kinds[offset:])) and kinds[offset] != "K":
                start = end - len(kinds) + 1 + offset
                start = self._owned_portfolio_start(self._owned_plain_start(start))
                served = self._aide_serving(start if not (start >= 1 and self.kind(start - 1) in "PS") else start - 1)
                if served is not None:
                    return self._title(served, end, None)
                prefix = start - 1 if start >= 1 and self.kind(start - 1) in "PS" else None
                before = (prefix if prefix is not None else start) - 1
                # "Sunak's foreign secretary, X" is no title of X's own; a name in the sentence before is
                if before >= 0 and self.gap(before, before + 1) == " " and self.is_name_word(before):
                    if not self._place_owner(before):
                        return None
                    # a place's possessive owns the title with it ("Ternopil's governor, X"), so the span holds it
                    title = self._title(start, end, prefix)
                    return Title(title.words, title.organisation, Span(self.tokens[before].span.start, title.span.end))
                return self._title(start, end, prefix)
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
        return self._title(end, end, None)

    def _owned_plain_start(self, start: int) -> int:
        """The first of up to two plain words before the title starting at token `start`, where an owner's possessive or
        "the" comes before them: "Niger's junta leader, X" is the junta leader, "the rebel commander, X" the rebel
        commander; `start` where no plain word or no owner comes before the title."""
        index = start
        while index >= 1 and index > start - 2 and self._describes(index - 1) and self.gap(index - 1, index) == " ":
            index -= 1
        if index == start or index < 1 or self.gap(index - 1, index) != " ":
            return start
        owner = index - 1
        if self.kind(owner) == "S" or self.tokens[owner].text in ("the", "The") or self._owned_by_the(owner):
            return index
        return start

    def _describes(self, index: int) -> bool:
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
            return self._title(start, last, start - 1)
        return self._title(start, last, None) if self._owned_by_the(start - 1) else None

    def _set_before_plain_end(self, end: int) -> Title | None:
        """A title set off before the name whose part after "of" or "for" ends in one plain word, after
        capitalised words or "the" only: "the governor of Bay region, X", "the EU's envoy for the
        Serbia-Kosovo dialogue, X"; opened by "the", a possessive or a comma, so that "talks with the
        minister of trade on the dialogue, X" gives none. With an owner's possessive before it the plain word may
        follow "of" or "for" alone, or after other plain words: "the agency's head of office, X", "the bloc's
        commissioner for international partnerships, X", as "head of office, said X" is no title."""
        index = end - 1
        plain = False
        while index > end - 5 and index >= 1 and self.gap(index, index + 1) == " " and (
                self.tokens[index].text == "the" or (self.tokens[index].text[:1].isupper()
                                                     and self.tokens[index].text not in TITLE_CONNECTORS)
                or (re.fullmatch(r"[a-z][a-z-]*", self.tokens[index].text) is not None
                    and self.tokens[index].text not in TITLE_CONNECTORS)):
            plain = plain or (self.tokens[index].text[:1].islower() and self.tokens[index].text != "the")
            index -= 1
        if index < 1 or self.tokens[index].text not in TITLE_CONNECTORS or \
                self.gap(index, index + 1) != " " or self.gap(index - 1, index) != " ":
            return None
        kinds = self._kinds_before(index - 1)
        for offset in range(len(kinds)):
            if TITLE_ONE.fullmatch(kinds[offset:]) and kinds[offset] != "K":
                start = index - len(kinds) + offset
                prefix = start - 1 if start >= 1 and self.kind(start - 1) == "S" else None
                owned = prefix is not None or self._owned_by_the(start - 1) or self._unit_after_the(start, index, end)
                # "the head of the UN refugee agency, X": plain words after "the" and a body's name the draft knows
                body = self.tokens[index + 1].text == "the" and any(i in self.org_at for i in range(index + 2, end))
                if owned or (index < end - 1 and (not plain or body) and self._before_title(start - 1)):
                    return self._title(start, end, prefix)
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

    def _kinds_before(self, end: int) -> str:
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

    def _of_country(self, last: int) -> tuple[int, int] | None:
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
                not re.search(r"H(?:C[MHK]+(?:A[MHK]+)?)?$", self._kinds_before(index - 1)) or \
                self._for_country(index, last):
            return None
        return index - 1, organisation

    def _after_org(self, index: int) -> int:
        span = self.org_at[index][0]
        while index < len(self.tokens) and self.tokens[index].span.overlaps(span):
            index += 1
        return index

    def _title(self, first: int, last: int, organisation: int | None) -> Title:
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
            # "head of the IMF mission": the body is the title's organisation, and no word of the title
            words = text[self.tokens[first].span.start:self.tokens[inside - 1].span.end] + " " + \
                text[self.tokens[inside + 1].span.start:self.tokens[last].span.end]
            ident = self.org_at[inside][1]
        # "then-Prime Minister X", "the then-health minister, X": "then-" says when the office was held, and is no word of it
        words = re.sub(r"^[Tt]hen-", "", " ".join(words.split()))
        return Title(words, ident, Span(min(start, self.tokens[first].span.start), self.tokens[last].span.end))

    def _body_of_unit(self, first: int, last: int) -> int | None:
        """The token of a body named inside a title between "the" and the unit it heads: "head of the IMF mission",
        "chief of the UNHCR office", "the leader of the EU delegation"."""
        return next((i for i in range(first + 1, last) if i in self.org_at and self.tokens[i - 1].text == "the"
                     and self.tokens[i + 1].text in UNITS and self.org_at.get(i + 1) is None), None)

    def runs(self) -> list[tuple[int, int]]:
        """(first, last) token of every run of two to four name words, or of one."""
        found = []
        index = 0
        while index < len(self.tokens):
            start = index
            past = self._past_initials(index)
            if past is not None:
                index = past
            elif not self.is_name_word(index) and not self.family_caps(index):
                index += 1
                continue
            last = index
            while last + 1 < len(self.tokens) and last - index < 4 and not self.tokens[last].possessive \
                    and (self.gap(last, last + 1) == " " or self._middle_initial(index, last)):
                nxt = last + 1
                if self.is_name_word(nxt):
                    last = nxt
                elif self.tokens[nxt].text in NAME_PARTICLES:
                    # "von der Leyen": one particle or two, then a name word
                    after = nxt + 1 + (1 if nxt + 1 < len(self.tokens) and self.tokens[nxt + 1].text in NAME_PARTICLES
                                       and self.gap(nxt, nxt + 1) == " " else 0)
                    if after < len(self.tokens) and self.gap(after - 1, after) == " " and self.is_name_word(after):
                        last = after
                    else:
                        break
                else:
                    break
            if self._opens_brief_noun(last):
                index = last + 1
                continue  # "the Middle East Peace Process": the words before a brief's noun are the brief's
            city = self._city_after_title(index)
            found.append((start if start < index else
                          index + city if city and last - index >= city + 1 else
                          index + 1 if last - index >= 2 and self._portfolio_opens(index) else
                          self._past_portfolio_inside(index, last), last))
            index = last + 1
        return found

    def _city_after_title(self, index: int) -> int:
        """How many words from token `index` make a city the draft knows, right after a title's noun and "in", which
        is where the holder works and no word of the name after it: "Consul General in Lyon Marta Silva" names Marta
        Silva; 0 where no title and "in" come before ("talks in Lyon Marta Silva attended" is left as it is)."""
        if index < 2 or self.tokens[index - 1].text != "in" or self.kind(index - 2) != "H" or \
                self.gap(index - 2, index - 1) != " " or self.gap(index - 1, index) != " ":
            return 0
        for size in (2, 1):
            words = self.tokens[index:index + size]
            if len(words) == size and all(self.gap(index + i, index + i + 1) == " " for i in range(size - 1)) and \
                    " ".join(t.text for t in words) in CITIES | CAPITALS.keys():
                return size
        return 0

    def _opens_rank(self, index: int) -> bool:
        """Whether the word at token `index` opens a rank of two words, "Major General", "Brigadier General", "Rear
        Admiral", and so is no word of a name before it: "Commander of the Joint Operations Command Major General Ali
        Hassan" names Ali Hassan, and "Command Major" no one; "John Major said" keeps the surname."""
        nxt = index + 1
        return self.tokens[index].text.lower() in RANKS and nxt < len(self.tokens) and self.gap(index, nxt) == " " and \
            self.tokens[nxt].text[:1].isupper() and self.tokens[nxt].text.lower() in RANKS | TITLE_HEADS

    def _opens_brief_noun(self, last: int) -> bool:
        """Whether a brief's noun follows token `last` after a space: "Horn of Africa Peace Process"."""
        return last + 1 < len(self.tokens) and self.gap(last, last + 1) == " " and \
            self.tokens[last + 1].text in BRIEF_NOUNS

    def _past_initials(self, index: int) -> int | None:
        """The name word after the initials that open a name at token `index`: "J.R. Whitcombe", "A. K. Mensah",
        "Health Minister R. Venkataraman"; None where no initials do, or where a capitalised word comes right before
        them that may end a name or a place with the letter ("Plan B. Mensah said")."""
        if index in self.org_at or self.tokens[index].text.rstrip(".") in STYLES or \
                (index >= 1 and self.gap(index - 1, index) == " " and self.is_name_word(index - 1)):
            return None
        at = index
        while at + 1 < len(self.tokens) and at - index < 3 and (
                (re.fullmatch(r"(?:[A-Z]\.){2,3}", self.tokens[at].text) and self.gap(at, at + 1) == " ") or
                (re.fullmatch(r"[A-Z]", self.tokens[at].text) and self.gap(at, at + 1) == ". ")):
            at += 1
        return at if at > index and at < len(self.tokens) and self.is_name_word(at) else None

    def _past_portfolio_inside(self, index: int, last: int) -> int:
        """The first token of the name in a run from token `index` to `last` right after a title's "of" or "for" and the
        portfolio words the draft knows, past the last word before the name's two that ends as a field's noun does:
        "Minister of Climate Change Adaptation Ralph Tamata" is Ralph Tamata; `index` where no such word comes before
        two name words, as in "Minister of Health Paul Clement"."""
        connector = self._past_capital_modifiers(index)
        if last - index < 2 or connector < 1 or self.tokens[connector].text not in TITLE_CONNECTORS or \
                self.gap(connector - 1, connector) != " " or self.kind(connector - 1) != "H":
            return index
        return next((at + 1 for at in range(last - 2, index - 1, -1)
                     if PORTFOLIO_ENDING.search(self.tokens[at].text) is not None), index)

    def _portfolio_opens(self, index: int) -> bool:
        """Whether the capitalised word at token `index`, after a title's noun and "for" or "of", is the portfolio the
        draft does not know rather than a given name: "Fiji's Minister for Policing Josaia Nakoro", "Minister of
        Fisheries Tala Aumua", "Commissioner for International Partnerships Annika Lindqvist" (a modifier the draft knows
        between); a word the text writes after "in", "to" or "from" is a place's ("Mayor of Lviv X")."""
        connector = self._past_capital_modifiers(index)
        if connector == index - 1 and self.tokens[connector].text == "and":
            return self._last_portfolio_after_and(index)
        if connector < 1 or self.tokens[connector].text not in TITLE_CONNECTORS or \
                self.gap(connector - 1, connector) != " " or self.kind(connector - 1) != "H":
            return False
        word = self.tokens[index].text
        if connector == index - 1 and self.tokens[connector].text == "of" and REGION_JOINED.fullmatch(word):
            return True  # "Chief Minister of Gilgit-Baltistan Ghulam Abbas Shigri": a region of two joined names
        if re.fullmatch(r"[A-Z][a-z]+", word) is None or word in NOT_NAMES:
            return False
        place = fold(word) == fold(self.article.dateline_place) or word in CAPITALS or \
            re.search(r"\b(?:[Ii]n|to|from|at|near)\s+(?:the\s+)?" + word + r"\b", self.article.masked) is not None
        # "Mayor of Lviv Andriy Sadovyi": a city the text names as a place, which the title is held in, or a capital
        # the draft knows ("Mayor of Quito Ana Vera")
        if place:
            return connector == index - 1 and self.tokens[connector].text == "of"
        return PORTFOLIO_ENDING.search(word) is not None

    def portfolio_run(self, first: int, last: int) -> bool:
        """Whether the run of name words from token `first` to `last` is the rest of a title's portfolio after its "of" or
        "for", ending in a field's noun: "Vanuatu's Minister for Climate Change Adaptation, Ralph Tamata," names no one
        "Change Adaptation"; "Minister of Finance Ana Marion" or "Minister of Health Paul Clement" still names the person, whose
        last word is no field's."""
        if last == first or FIELD_END.search(self.tokens[last].text) is None:
            return False
        connector = self._past_capital_modifiers(first)
        return connector >= 1 and self.tokens[connector].text in TITLE_CONNECTORS and \
            self.gap(connector - 1, connector) == " " and self.kind(connector - 1) == "H"

    def _last_portfolio_after_and(self, index: int) -> bool:
        """Whether the capitalised word at token `index`, right after "and", closes a title's portfolios after its "of" or
        "for" as a field's noun: "Minister of Water and Sanitation Sidi Ahmed", "Secretary for Lands and Housing Ana
        Tuilagi"; "the Minister of Defence and Karim Sow" lists a person after the title."""
        word = self.tokens[index].text
        if re.fullmatch(r"[A-Z][a-z]+", word) is None or word in NOT_NAMES or \
                PORTFOLIO_ENDING.search(word) is None:
            return False
        at = index - 2
        while at >= 1 and index - at < 5 and self.gap(at, at + 1) == " " and self.kind(at) in "KM" and \
                self.tokens[at].text[:1].isupper():
            at -= 1
        return at < index - 2 and at >= 1 and self.tokens[at].text in TITLE_CONNECTORS and \
            self.gap(at, at + 1) == " " and self.gap(at - 1, at) == " " and self.kind(at - 1) == "H"

    def _past_capital_modifiers(self, index: int) -> int:
        """The token before the capitalised modifiers the draft knows, and the portfolios joined by "and" before them, that
        come right before token `index`: the "for" of "Commissioner for International Partnerships", the "of" of
        "Minister of Tourism and Civil Aviation"; `index - 1` where none does."""
        at = index - 1
        while at >= 1 and index - at < 7 and self.gap(at, at + 1) == " " and (
                (self.kind(at) == "M" and self.tokens[at].text[:1].isupper()) or
                (self.tokens[at].text == "and" and at < index - 1) or
                (self.kind(at) == "K" and PORTFOLIO_ENDING.search(self.tokens[at].text) is not None and at < index - 2)):
            at -= 1
        return at if at >= 0 and self.gap(at, at + 1) == " " else -1

    def _middle_initial(self, first: int, index: int) -> bool:
        """Whether token `index` is a middle initial with its full stop inside a name that began at token
        `first`: "Ramon D. Villanueva", "Anna K. Berg"; a name never opens with one."""
        return index > first and re.fullmatch(r"[A-Z]", self.tokens[index].text) is not None \
            and self.gap(index, index + 1) == ". " and self.tokens[index - 1].text not in LETTERED

    def family_caps(self, index: int) -> bool:
        """Whether token `index` is a family name written in capitals before the given name, which the text
        marks as a person's by a style before it ("Mr. SAKURAI Tomohiro") or by naming the person by it
        alone ("Minister Sakurai"); "BAE Systems" or "PNG Power" is no one's."""
        token = self.tokens[index]
        if not FAMILY_CAPS.fullmatch(token.text) or index in self.org_at or index + 1 >= len(self.tokens) or \
                self.gap(index, index + 1) != " " or not self.is_name_word(index + 1) or \
                self.tokens[index + 1].text.isupper():
            return False
        return self.past_style(index) < index or \
            re.search(r"(?<![\w-])" + re.escape(token.text.capitalize()) + r"(?![\w-])", self.article.masked) is not None

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
                found = self._portfolio_list(index + 1)
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

    def spoken_of(self, first: int, last: int) -> bool:
        """Whether the words around a name make it a person: a verb of speech, "according to", ", who"."""
        masked = self.article.masked
        after = masked[self.tokens[last].span.end:self.tokens[last].span.end + 12]
        before = masked[max(0, self.tokens[first].span.start - 14):self.tokens[first].span.start]
        nxt = self.tokens[last + 1].text.lower() if last + 1 < len(self.tokens) else ""
        previous = self.tokens[first - 1].text.lower() if first else ""
        counterpart = bool(re.search(r"\bcounterparts?,?\s*$", before))  # "his Polish counterpart, Radoslaw Nowak"
        counterpart = counterpart or COUNTERPART_AFTER.match(masked, self.tokens[last].span.end) is not None
        return counterpart or (after.startswith(" ") and nxt in SPEECH_VERBS) or bool(re.match(r",\s+who\b", after)) \
            or before.endswith("according to ") or (previous in SPEECH_VERBS - TOLD and before.endswith(previous + " "))


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
        before = re.search(r"\b(?:his|her|their|its)\s+(?P<adjective>[A-Z][\w-]+)\s+(?:counterpart|opposite\s+number)"
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
