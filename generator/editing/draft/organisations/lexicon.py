"""The words, the country forms and the candidate record that every reader of a body's name shares."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from generator.editing.draft.gazetteer import (
    CAPITALS,
    COMPANY_WORDS,
    ENTRIES,
    NOT_NAMES,
    ORGANISATION_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)

CAPITALISED = r"[A-Z][\w'’]*(?:-[A-Z0-9][\w'’]*)*"
"""A capitalised word, with its hyphened parts: "Nordic-Baltic", "F-16"."""

CITY_STATES = frozenset({"Luxembourg", "Monaco", "Singapore", "Kuwait", "Djibouti", "San Marino", "Andorra"})
"""Countries whose capital has their name: "ministers met in Luxembourg" names the city, not a party."""
COUNTRY_FORMS = frozenset(f for e in ENTRIES if e.type == "country" for f in e.forms) | frozenset(CAPITALS)


@dataclass
class Candidate:
    key: str
    name: str
    type: str
    known_id: str = ""
    abbreviation_only: bool = True


MINOR_WORDS = frozenset({"of", "for", "and", "the", "on", "de", "del", "des", "la", "du"})


def plain_word(word: str) -> bool:
    """A capitalised word that is no part of a person's name: a country's, a title's, a body's, a day's."""
    return word in NOT_NAMES or word in COUNTRY_FORMS or word.lower() in TITLE_HEADS or \
        word.lower() in TITLE_MODIFIERS or word in BODY_WORDS or word in COMPANY_WORDS


COUNTRY_NAME_OF = {f: e.name for e in ENTRIES if e.type == "country" for f in e.forms if f not in e.adjectives}


@functools.cache
def whole_word(form: str) -> re.Pattern[str]:
    # compiled once per form: the gazetteer holds more forms than the re module's cache
    # "US$40 million", "3 million US dollars": a currency names no state
    # "2 million Swiss francs", "Kenyan shillings": nor does a currency after a country's adjective
    return re.compile(r"(?<![\w-])" + re.escape(form) + r"(?![\w$])(?!\s+(?:dollars?|francs?|yen|yuan|rupees?|"
                      r"shillings?|pesos?|krona|kronor|krone|kroner|dinars?|riyals?|dirhams?|rand|lira|won|zloty|"
                      r"forint|hryvnias?|rubles?|roubles?|pounds?\s+sterling)\b)")


SHORT_WORDS = frozenset({"Commission", "Council", "Bank", "Fund", "Agency", "Alliance", "Union", "Programme", "Program",
                          "Organisation", "Organization", "Committee", "Forum", "Federation", "Association", "Facility",
                          "Authority", "Corporation", "Foundation", "Institute", "Secretariat", "Coalition", "Group"})

DEPARTMENT = re.compile(r"(?:Ministry|Department|Office|Bureau|Directorate(?:[- ]General)?|Secretariat)\s+(?:of|for)\s+"
                         r"(?:the\s+)?[A-Z].*")
"""'the Ministry of Planning and International Cooperation', 'the Office of Civil Defense': a government's
department, named by what it does."""

BODY_WORDS = ORGANISATION_WORDS | frozenset({"Department", "Division", "Survey", "Organizations", "Organisations",
                                             "Navy", "Army", "University", "Party", "Collective", "Cooperative",
                                             "Consortium", "Chamber", "League", "Academy", "Tribunal",
                                             "Municipality", "Charity"})
"""Words that make a capitalised phrase a body's name here, besides the gazetteer's: "the Kenya Meteorological
Department", "the Lesotho Geological Survey", "the Chilean Navy", "Makerere University", "the Green Party", "the National
Collective of Coastal Fishers", "the Adana Metropolitan Municipality" (a city's own government, which borrows and
receives aid), "Kuwait Charity".
Not "Facility": a fund the money passes through is no party."""
