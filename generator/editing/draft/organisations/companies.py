"""Companies and bodies the text says are one ("the grid operator Moldelectrica"), and a known company's
subsidiaries."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import CAPITALS, COMPANY_WORDS, NEWS_AGENCIES, NOT_NAMES
from generator.editing.draft.organisations.lexicon import (
    BODY_WORDS,
    COUNTRY_FORMS,
    COUNTRY_NAME_OF,
    MINOR_WORDS,
    SHORT_WORDS,
    Candidate,
    plain_word,
    whole_word,
)
from generator.editing.draft.text import Span

_SUBSIDIARY = re.compile(r"[ ](?P<own>[A-Z][a-zà-öø-ÿ]+)(?![\w’'-]|\s+[A-Z])")


def subsidiaries(text: str, forms: dict[str, Candidate]) -> list[tuple[Span, Candidate, str]]:
    """"BAE Systems Hägglunds in Örnsköldsvik": a company the draft knows, whose name ends in a company's word, then
    one word of a name of its own, is its subsidiary; not a place, a title or a person's name that follows it
    ("Diehl Defence Chief Executive Anna Roth", "BAE Systems Australia")."""
    found: list[tuple[Span, Candidate, str]] = []
    for form, candidate in list(forms.items()):
        if candidate.type != "organisation" or form.split()[-1] not in COMPANY_WORDS or len(form.split()) < 2 or \
                form not in text:
            continue
        for match in whole_word(form).finditer(text):
            own = _SUBSIDIARY.match(text, match.end())
            word = own.group("own") if own else ""
            if not own or plain_word(word) or word in CAPITALS or word.lower() in MINOR_WORDS:
                continue
            name = f"{form} {word}"
            subsidiary = forms.setdefault(name, Candidate("new:" + name, name, "organisation"))
            found.append((Span(match.start(), own.end()), subsidiary, name))
    return found


_COMPANY_NOUN = r"(?:company|firm|group|operator|utility|producer|manufacturer|maker|supplier|insurer|lender|railway|" \
                r"carrier|airline|conglomerate|distributor|exporter|importer|developer|refiner|miner|shipyard|shipbuilder|trader)"
_COMPANY_NAME = r"(?P<name>[A-Z][\w&’'.-]*[\w&](?:\s+[A-Z][\w&’'.-]*[\w&]){0,3})"
_COMPANY_BEFORE = re.compile(r"\b(?:[a-z-]+\s+){0,2}" + _COMPANY_NOUN + r"\s+" + _COMPANY_NAME + r"(?![\w’'-])")
_COMPANY_AFTER = re.compile(_COMPANY_NAME + r",\s+(?:the|a|an|its|their|[A-Z][\w-]+[’']s)\s+"
                            r"(?:(?!(?:of|for|at|with|to|from|by|on|in)\s)[\w’'-]+\s+){0,5}?"
                            r"(?:" + _COMPANY_NOUN + r"|agency)\b(?=\s*(?:[,.;:)]|$)|\s+(?:that|which|based|in|of|for|with)\b)")
_COMPANY_NOUNS = "(?:" + "|".join(re.sub(r"(?<=[^aeiou])y$", "ie", w) + "s" for w in _COMPANY_NOUN[3:-1].split("|")) + ")"
"""The company words in the plural: "operators", "utilities"."""
_COMPANY_PAIR = re.compile(r"\b" + _COMPANY_NOUN + r"\s+[A-Z][\w&’'.-]*[\w&]\s+and\s+(?P<name>[A-Z][\w&’'-]*\w)(?=[,.;:])")
"""'the grid operator Transelectrica and Moldelectrica, under which': a second company, one word, joined by "and" to
the name after a company word, where a comma or a full stop ends it."""
_HEADED_BY = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]*[a-z]\w*)\s+(?:chairman|chairwoman|chief\s+executive|CEO|"
                        r"spokesman|spokeswoman|spokesperson|boss)\s+[A-Z][a-z]")
"""'Kremlin spokesman Dmitri Volkov', 'Keidanren chairman Hideo Sakamoto': the one word before a title in lower case
and a person's name is the body whose title it is; not "Foreign Ministry spokesperson", a name of more words."""
_GENERIC_UNITS = frozenset({"Palace", "Embassy", "Consulate", "Campaign", "Government", "Opposition", "Presidency",
                            "Military", "Treasury", "Cabinet", "Team", "Club", "Church", "School", "Hospital", "City",
                            "Town", "Village", "Province", "Region", "District", "Federal", "National", "State",
                            "Court", "Prison", "Airport", "Port", "Station", "Tribe", "Family", "Company", "Firm"})
"""Common nouns for a unit that a sentence may open with before a title: "Embassy spokesman Ali Musa" names no body."""
_OF_WHOM = r"(?:\s+of\s+(?:[a-z]+\s+){0,3}[a-z]+)?"
_COMPANY_SET_OFF = re.compile(r"\b" + _COMPANY_NOUN + r",\s+" + _COMPANY_NAME + r"(?=[,.])")
_COMPANIES_FIRST = re.compile(r"\b" + _COMPANY_NOUNS + _OF_WHOM + r",\s+" + _COMPANY_NAME +
                              r"(?=\s+and\s+[A-Z][\w&’'.-]*[\w&](?:\s+[A-Z][\w&’'.-]*[\w&]){0,3}[,.])")
_COMPANIES_LAST = re.compile(r"\b" + _COMPANY_NOUNS + _OF_WHOM + r",\s+[A-Z][\w&’'.-]*[\w&](?:\s+[A-Z][\w&’'.-]*[\w&])"
                             r"{0,3}\s+and\s+" + _COMPANY_NAME + r"(?=[,.])")
"""'Moldova's grid operator, Moldelectrica, said', 'the grid operators of the two countries, Transelectrica and
Moldelectrica,': a company word, then the name set off by commas after it ("the manufacturers, Sarasalo said" is
no name: a verb follows it)."""
_COUNTERPART = re.compile(r"\b(?:its|their)\s+(?:[A-Z][\w-]+\s+)?counterpart,\s+" + _COMPANY_NAME + r"(?=,|\.)")
"""'agricultural group Kernel', 'Ukrzaliznytsia, the state railway', 'Transelectrica, Romania's grid operator': a
company the text says is one, by a
word for a company right before its name or in an apposition after it."""


_BODY_NOUN = r"(?:bank|service|office|agency|networks?|charity|non-?profit|NGO|organi[sz]ation|foundation|institute|" \
             r"regulator|authority|watchdog|think[- ]tank|institution|ministry|department|fund|association|federation)"
_MODIFIER = r"(?!(?:of|at|in|for|with|to|from|by|on|and|or|the|a|an|who|which|that|whose)\s)[\w’'-]+\s+"
_BODY_AFTER = re.compile(_COMPANY_NAME + r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?,\s+(?:the|a|an|[A-Z][\w-]+[’']s|the\s+[a-z]+[’']s)"
                         r"\s+(?:" + _MODIFIER + r"){0,4}(?:and\s+(?:" + _MODIFIER + r"){1,2})?" + _BODY_NOUN +
                         r"(?=\s*[,.;:)]|\s+(?:of|for|that|which|based|in)\b)")
"""'Findeter, Colombia's development bank for regional roads', 'Hydromet, the national weather service of Chile':
a name the text says, in an apposition right after it, is a body's; words between the article and the body's
word only say what kind it is ("Ana Ruiz, the head of the agency" is a person's, named by her place in it), two of
them perhaps joined by "and" ("SEVIMET, Peru's seismology and volcanology institute")."""
_ACRONYM_AFTER_BODY = re.compile(r"(?<![\w-])(?:(?P<owner>[A-Z][\w-]+)[’']s|[Tt]he\s+(?P<adjective>[A-Z][\w-]+))\s+"
                                 r"(?:(?!news\s)[a-z-]+\s+){0,3}"
                                 r"(?:agency|institute|service|authority|regulator|directorate|commission|office)"
                                 r",?\s+(?P<name>[A-Z][A-Z0-9&-]{2,9})(?=[\s,.;:)]|$)")
"""'Peru's disaster agency, INDECI,', 'the Kenyan weather service KMS said': a body a country's possessive or adjective
says is its own, written as its initials alone; a news agency's is left out, as the news's reporter."""

_EXPERT_AT = re.compile(r"\b(?:economist|analyst|strategist|researcher|fellow|professor|lecturer|scholar)s?\s+at\s+"
                        r"(?:the\s+)?" + _COMPANY_NAME + r"(?![\w’'-])(?!\s+(?:of|for|on|and)\s+(?:the\s+)?[A-Z])")
"""'an economist at the Inter-American Dialogue', 'a strategist at Commerzbank': where an expert works is a body
(a bank, a think tank, a university); a name that goes on with "of" or "for" is the run of capitals' to find."""


_SENTENCE_ADVERBS = frozenset({"Later", "Earlier", "Elsewhere", "Meanwhile", "However", "Instead", "Still", "Yet",
                               "Today", "Yesterday", "Tomorrow", "Overall", "Then", "Now", "Again", "Moreover",
                               "Furthermore", "Indeed", "Otherwise", "Thus", "Therefore", "Hence", "Nonetheless",
                               "Nevertheless", "Also", "Besides", "Afterwards", "Overnight", "Tonight", "Abroad",
                               "Together", "Next", "First", "Second", "Third", "Last", "Here", "There"})


def _opener(text: str, start: int, name: str) -> bool:
    """"Separately, the agency's office in Goma", "Later, the state operator, Ukrenergo, said": an adverb that opens
    a sentence before a comma is no name."""
    return (name in _SENTENCE_ADVERBS or (name.endswith("ly") and name[1:].islower())) and \
        text.startswith(",", start + len(name))


def _named_apart(text: str, word: str) -> bool:
    """A word that is no company's on its own: a place, a title, or the surname of a person the text names in full
    ("the firm Kernel and Smith" after "John Smith")."""
    return plain_word(word) or word in CAPITALS or re.search(r"[A-Z][\w’'-]+\s+" + re.escape(word) + r"\b", text) is not None


def companies(text: str, forms: dict[str, Candidate]) -> list[tuple[Span, Candidate, str]]:
    """Companies the gazetteer does not know, named as companies: they receive aid as the article names them."""
    found: list[tuple[Span, Candidate, str]] = []
    for pattern in (_COMPANY_BEFORE, _COMPANY_AFTER, _COUNTERPART, _BODY_AFTER, _COMPANY_SET_OFF, _COMPANIES_FIRST,
                    _COMPANIES_LAST, _EXPERT_AT, _COMPANY_PAIR, _HEADED_BY, _ACRONYM_AFTER_BODY):
        for match in pattern.finditer(text):
            name = " ".join(match.group("name").split())
            words = name.split()
            after_article = re.search(r"\b(?:[Tt]he|[Aa]n?)\s+$", text[max(0, match.start() - 5):match.start()])
            # "the state-owned utility Nauru Power": a company may bear its country's name before its own
            named_for = len(words) > 1 and words[0] in COUNTRY_NAME_OF and words[1] not in COUNTRY_FORMS
            at_a_place = pattern is _EXPERT_AT and (name in CAPITALS or re.search(r"[’']s\b|-[a-z]", name) is not None)
            headed = pattern is _HEADED_BY and (_named_apart(text, name) or name in SHORT_WORDS or name in _GENERIC_UNITS or
                                                re.search(r"[A-Z][\w’'-]*[ ]+$", text[max(0, match.start() - 30):match.start()]))
            unowned = pattern is _ACRONYM_AFTER_BODY and (match.group("owner") or match.group("adjective")) not in \
                COUNTRY_FORMS
            if (pattern is _COMPANY_PAIR and _named_apart(text, name)) or headed or at_a_place or unowned or \
                    _opener(text, match.start("name"), name) or words[0] in NOT_NAMES or \
                    (words[0] in COUNTRY_FORMS and not named_for) or name in NEWS_AGENCIES or \
                    (after_article and (pattern is _COMPANY_AFTER or (pattern is _BODY_AFTER and (
                    len(words) < 2 or words[0] in BODY_WORDS)))):
                # "the Ministry, the state operator": a name that follows "the" is no company's, but a name of its
                # own that a body's apposition follows is a body's ("the Relief Rooms, the volunteer networks")
                continue
            candidate = forms.get(name) or Candidate("new:" + name, name, "organisation")
            forms.setdefault(name, candidate)
            found.append((Span(match.start("name"), match.start("name") + len(match.group("name"))), candidate, name))
            # "Japan will train ZESCO engineers. [...] ZESCO, Zambia's state power utility, said": the name, once the
            # text says whose it is, is the body's wherever else it stands, before as after
            for other in whole_word(name).finditer(text):
                if other.start() != match.start("name"):
                    found.append((Span(other.start(), other.end()), candidate, name))
    return found
