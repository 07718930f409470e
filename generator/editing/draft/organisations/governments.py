"""Governments named other than by their country: a capital that stands for one, and a government of its own
named with its initials."""
from __future__ import annotations

import functools
import re
import unicodedata

from generator.editing.draft.gazetteer import CAPITALS, NOT_NAMES
from generator.editing.draft.model import Organisation
from generator.editing.draft.organisations.lexicon import CITY_STATES, COUNTRY_FORMS, Candidate
from generator.editing.draft.text import Article, Span

_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|from|outside|around|across|via|of|between|visit\s+to|trip\s+to|"
                                r"travell?ed\s+to|arrived\s+in|returned\s+to|flew\s+to)\s+$", re.IGNORECASE)


_ACCENTED: dict[str, str] = {}
for _char in map(chr, range(0xC0, 0x250)):
    _base = unicodedata.normalize("NFKD", _char)[0]
    if _base.isascii() and _base.isalpha():
        _ACCENTED[_base] = _ACCENTED.get(_base, _base) + _char


@functools.cache
def _capital(city: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + _loose(city) + r"(?![\w-])(?![’']s\s+(?:streets|residents|mayor|city))")


def _loose(name: str) -> str:
    """A pattern for a place's name written with or without its accents: "Reykjavik" finds "Reykjavík"."""
    return "".join(f"[{_ACCENTED[c]}]" if c in _ACCENTED else re.escape(c) for c in name)


_SEATS = {"Brussels": ("European Union", "EU", "European Commission")}
"""'The ministry asked Brussels for drones': the city that stands for a body seated there."""


def capitals(article: Article, mentions: list[tuple[Span, str]],
              proposals: dict[str, Organisation]) -> list[tuple[Span, str]]:
    """A capital that stands for its government ("Tokyo will send 20 machines"), as a mention of its
    country when the text names the country too; a capital after "in" or "from" is a place, not a party."""
    by_name = {o.name: i for i, o in proposals.items() if o.type == "country"}
    seats = {city: next((i for name in bodies for i, o in proposals.items() if name == o.name or name in o.forms), None)
             for city, bodies in _SEATS.items()}
    by_name.update({f"seat:{city}": ident for city, ident in seats.items() if ident is not None})
    found: list[tuple[Span, str]] = []
    for city, country in [*CAPITALS.items(), *((city, f"seat:{city}") for city in _SEATS)]:
        if country not in by_name:
            continue
        for match in _capital(city).finditer(article.masked):
            span = Span(match.start(), match.end())
            before = article.masked[max(0, match.start() - 20):match.start()]
            if span.start < article.body_start or _PLACE_PREPOSITION.search(before) or \
                    any(span.overlaps(m[0]) for m in mentions):
                continue
            found.append((span, by_name[country]))
    return found


_GOVERNMENT_VERB = re.compile(r"\s+(?:(?:has\s+|have\s+|had\s+|will\s+|would\s+)?(?:pledged|promised|announced|committed|"
                              r"offered|donated|sent|delivered|provided|signed|agreed|pledges|promises|announces|"
                              r"commits|offers|sends|delivers|provides|asked|requested|sought|appealed|asks|requests|"
                              r"dispatched|dispatches|allocated|allocates|approved|approves|released|releases|earmarked|"
                              r"disbursed|extended|granted|said|says)|(?:is|are)\s+(?:also\s+)?(?:sending|providing|dispatching|"
                              r"offering|donating|deploying|preparing\s+to\s+send)|(?:will|would)\s+(?:also\s+)?(?:pledge|"
                              r"promise|commit|offer|donate|send|deliver|provide|sign|fund|finance|lend|make\s+(?:a\s+)?"
                              r"(?:[$€£¥]|US\$|[\d,.]+\s+(?:million|billion)|further|new|additional)))\b")
"""What a capital does as its government: "Washington pledged", "Ottawa has offered", "Seoul will make $20 million
available", "Tokyo would fund the pumps", "Washington is sending a team", "London said"; and what it asks for as its
government: "Lusaka had asked Tokyo for pumps"."""


def capitals_alone(article: Article, claimed: list[tuple[Span, Candidate, str]],
                    forms: dict[str, Candidate]) -> list[tuple[Span, Candidate, str]]:
    """"Washington pledged $45 million for Chad": a capital that gives as the subject of its sentence stands for its
    country's government, where the text never names the country itself; a city that starts a person's name
    elsewhere in the text ("Sofia Petrova") is no capital there."""
    named = {c.key for _, c, _ in claimed}
    found: list[tuple[Span, Candidate, str]] = []
    for city, country in CAPITALS.items():
        candidate = next((c for f, c in forms.items() if f == country and c.key == country), None)
        if candidate is None or country in named or city in named or city in CITY_STATES or \
                re.search(r"(?<![\w-])" + re.escape(city) + r"\s+[A-Z]", article.plain):
            continue
        for match in _capital(city).finditer(article.masked, article.body_start):
            if _GOVERNMENT_VERB.match(article.masked, match.end()) and \
                    not _PLACE_PREPOSITION.search(article.masked[max(0, match.start() - 20):match.start()]):
                found.append((Span(match.start(), match.end()), candidate, city))
    return found


_INITIALLED_GOVERNMENT = re.compile(r"(?<![\w’'-])(?P<name>(?:[A-Z][a-z]+[ ]+){1,4}Government|Government[ ]+of[ ]+"
                                    r"(?:[A-Z][a-z]+[ ]+(?:and[ ]+)?){0,3}[A-Z][a-z]+)[ ]+\((?P<initials>[A-Z]{2,6})\)")


def initialled_governments(text: str, forms: dict[str, Candidate]) -> list[tuple[Span, Candidate, str]]:
    """A government named in full with its initials in brackets: "Burma's National Unity Government (NUG)", "the
    Government of National Accord (GNA)", "the Kurdistan Regional Government (KRG)": a government of its own (a
    rival or a region's), not the country's, whose initials spell its name. Not "the Government (GOV)" nor a name
    the initials do not spell."""
    found: list[tuple[Span, Candidate, str]] = []
    for match in _INITIALLED_GOVERNMENT.finditer(text):
        name = match.group("name")
        words = [w for w in name.split() if w not in ("of", "and")]
        if "".join(w[0] for w in words) != match.group("initials") or words[0] in COUNTRY_FORMS or \
                words[0] in NOT_NAMES or (name in forms and not forms[name].key.startswith("new:")):
            continue
        candidate = forms.setdefault(name, Candidate("new:" + name, name, "organisation"))
        found.append((Span(match.start("name"), match.end("name")), candidate, name))
    return found
