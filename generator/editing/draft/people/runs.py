"""The runs of capitalised words that may be a name, and the words around one that make it a person's."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import (
    CAPITALS,
    CITIES,
    NAME_PARTICLES,
    NOT_NAMES,
    SPEECH_VERBS,
    TITLE_CONNECTORS,
)
from generator.editing.draft.people.lexicon import (
    BRIEF_NOUNS,
    COUNTERPART_AFTER,
    FIELD_END,
    LETTERED,
    PORTFOLIO_ENDING,
    REGION_JOINED,
    STYLES,
    TOLD,
)
from generator.editing.draft.people.names import FAMILY_CAPS
from generator.editing.draft.people.words import Words
from generator.editing.draft.text import fold


class Runs(Words):
    """The words of the article, with the runs of a name."""

    def past_style(self, first: int) -> int:
        """The first token of a name's style before it ("Dr. Ibrahima Sow", "H.E. Mr. Bwalya Kasonde"), where
        a title before the name ends; `first` when it has none."""
        index = first
        while index >= 1 and self.tokens[index - 1].text.rstrip(".") in STYLES and \
                self.gap(index - 1, index) in (" ", ". ") and (index - 1 == 0 or self.gap(index - 2, index - 1) != "-"):
            index -= 1
        return index

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
            city = self.city_after_title(index)
            found.append((start if start < index else
                          index + city if city and last - index >= city + 1 else
                          index + 1 if last - index >= 2 and self._portfolio_opens(index) else
                          self._past_portfolio_inside(index, last), last))
            index = last + 1
        return found

    def city_after_title(self, index: int) -> int:
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
