"""Capitalised names with a body's word in them that name no body: a venue, a press desk, a kind of force, a
gathering, a scheme."""
from __future__ import annotations

import re

from generator.editing.draft.organisations.lexicon import COUNTRY_FORMS, whole_word

_VENUE = re.compile(r"\b(?:Conference|Convention|Exhibition|Congress|Civic|Expo|Events?)\s+(?:Centre|Center|Hall|Complex)$")
"""'at the Lakeside Convention Centre', 'the Civic Centre': a building where people meet, not a body."""
PRESS_DESK = re.compile(r"^(?:[A-Z]{2,6}\s+)?(?:(?:Press|Media|Public|Corporate|News|Information|Communications?|"
                         r"Relations|Affairs|Outreach)\s+)+(?:Office|Unit|Desk|Team|Department|Division|Section|Service|"
                         r"Centre|Center)$")
"""'Media Relations Office', 'ADB Press Office', a sign-off 'Communication Unit, NRA, Accra': the desk that sends a
release out, which names no party to the news."""
_ROYAL_UNIT = re.compile(r"(?:Royal|Imperial)\s+(?:Court|Palace|Household|Cabinet|Office|Diwan)")
"""'an adviser at the Royal Court', 'the Royal Palace said': a monarch's household named without the kingdom it
serves is part of a title or a place, not a party the text names."""
_RELATIONSHIP = re.compile(r"^(?:(?:Comprehensive|Enhanced|Special|Strategic|Privileged|Global)\s+)+Partnership$")
"""'elevated relations to a Comprehensive Strategic Partnership': a tie between states, not a body."""
_GENERIC_FORCES = frozenset({"Armed", "Forces", "Force", "Air", "Army", "Navy", "Naval", "Coast", "Guard", "Police",
                             "Border", "Marine", "Marines", "Corps", "Special", "Ground", "Land"})
"""'the Minister of the Armed Forces', 'from Coast Guard cutters': a service named without the state or body it
belongs to is a kind of force, not a party the text names."""
_PORTFOLIO_SERVICES = _GENERIC_FORCES | frozenset({"Customs", "Immigration", "Fire", "Prisons", "Correctional",
                                                   "Services", "Defence", "Defense", "Interior"})
"""A service's words that, after a country's name and before "Minister", are the minister's portfolio: "Solomon Islands
Police Minister", "Fiji Immigration Minister"."""


def portfolio_of_country(words: list[str]) -> bool:
    """Whether the words are a country's name, then a service's words only: "Solomon Islands Police"."""
    return any(" ".join(words[:n]) in COUNTRY_FORMS and all(w in _PORTFOLIO_SERVICES for w in words[n:])
               for n in range(1, len(words)))


_GATHERING_BEFORE = re.compile(r"(?:\b(?:\d+|one|two|three|four|five|six|seven)-day|\bannual|\b(?:sidelines|margins|close|"
                               r"opening|end|start)\s+of\s+the)\s+$", re.IGNORECASE)
_GATHERING_AFTER = re.compile(r"\s+(?:concludes|concluded|opens|opened|closes|closed|ends|ended|begins|began|wraps)\b")


_GATHERING_NAMES = frozenset({"Council", "Conference", "Summit", "Assembly"})
_DAYS_OF_GATHERING = re.compile(r"(?:\b(?:\d+|one|two|three|four|five|six|seven)-day|\b(?:first|second|third|last|final|"
                                r"closing|opening)\s+day\s+of\s+the)\s+$", re.IGNORECASE)
"""A council or a conference the text counts in days is a meeting: "on the first day of the Andean Ministerial
Council", "the three-day Lakes Conference"; one named at "the margins of" ("the UN General Assembly") may be a
body."""


def not_a_body(text: str, name: str) -> bool:
    """A capitalised name with an organisation's word in it that names a place, a gathering, a press desk, a kind
    of force or a scheme: "the two-day Coastal Investors Forum" is an event, not a party to it."""
    if _VENUE.search(name) or PRESS_DESK.match(name) or set(name.split()) <= _GENERIC_FORCES or \
            _RELATIONSHIP.match(name) or _ROYAL_UNIT.fullmatch(name):
        return True
    if name.split()[-1] in ("Programme", "Program", "Project") and any(
            _SCHEME_BEFORE.search(text, 0, m.start()) for m in whole_word(name).finditer(text)):
        return True
    if name.split()[-1] in _GATHERING_NAMES:
        return any(_DAYS_OF_GATHERING.search(text, 0, m.start()) for m in whole_word(name).finditer(text))
    if name.split()[-1] != "Forum":
        return False
    return any(_GATHERING_BEFORE.search(text, 0, m.start()) or _GATHERING_AFTER.match(text, m.end())
               for m in whole_word(name).finditer(text))


_SCHEME_BEFORE = re.compile(r"\b(?:for|under|(?:support|fund|implement)(?:s|ed|ing)?|(?:co-)?financ(?:e|es|ed|ing))\s+"
                            r"(?:the\s+|[A-Z][\w-]+[’']s\s+)$")
"""'a loan for the Savannah Value Chain Programme', 'financed under Japan's Social Development Programme': what money
is for or given under, or what it supports ("a grant to support the Rural Roads Programme"), is a scheme, not a body;
the programmes that are bodies are known ones (WFP, UNDP)."""
