"""Papers, broadcasters and agencies the text names as what they are, as who was told, or in a credit line."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import NEWS_AGENCIES, NOT_NAMES
from generator.editing.draft.organisations.lexicon import CAPITALISED, COUNTRY_FORMS, Candidate
from generator.editing.draft.text import Span

_OUTLET_RUN = rf"{CAPITALISED}(?:[ ]+(?:and[ ]+|of[ ]+)?{CAPITALISED}){{0,3}}"
_OUTLET_AFTER_NOUN = re.compile(r"\b(?:newspaper|magazine|weekly|broadcaster|(?<=the )daily|radio[ ]+station|"
                                r"television[ ]+channel|TV[ ]+channel)[ ]+(?P<name>" + _OUTLET_RUN + ")")
"""A paper or a broadcaster named after the noun that says what it is: "a report in the newspaper Kathimerini",
"Swedish public broadcaster SVT". Not a news agency that only reports: "the state news agency ANDINA reported"."""
_OUTLET_TOLD = re.compile(r"\b(?:told|telling|tells|[Ii]n[ ]+an[ ]+interview[ ]+with|[Ss]peaking[ ]+to|quoted[ ]+by)[ ]+"
                          r"(?:the[ ]+)?(?P<name>" + _OUTLET_RUN + ")")
_OUTLET_CREDIT = re.compile(r"\b(?:Reporting[ ]+by[ ]+(?P<staff>" + _OUTLET_RUN + r")[ ]+staff\b|"
                            r"(?P<writer>" + _OUTLET_RUN + r")[ ]+(?:writer|reporter|correspondent)s?[ ]+"
                            r"(?:[A-Z][\w’'-]+[ ]+){1,3}(?:in[ ]+[A-Z][\w’'-]+[ ]+)?contributed\b)")
"""A wire's credit line at a report's end: "Reporting by Reuters staff in Lima", "Associated Press writer Ana Ruiz in
Quito contributed to this report"."""
_OUTLET_LAST = frozenset({"News", "Times", "Post", "Tribune", "Herald", "Gazette", "Telegraph", "Monitor", "Observer",
                          "Journal", "Express", "Chronicle", "Inquirer", "Independent", "Guardian", "Mail", "Mirror",
                          "Standard", "Broadcasting", "Radio", "Television", "TV"})
"""Last words of a paper's or a broadcaster's name: "Sky News", "the Kyiv Post", "the Irish Independent"."""
_OUTLET_FIRST = frozenset({"Radio", "Television", "Deutsche", "Der", "Die", "Das", "Le", "La", "El", "Il"})
"""First words of a broadcaster's or a paper's name: "Radio Okapi", "Deutsche Welle", "Le Monde", "El País"."""


def outlets(text: str, body_start: int, forms: dict[str, Candidate]) -> list[tuple[Span, Candidate, str]]:
    """The papers, broadcasters and agencies a report names as what it is, as who was told the news, or in its credit
    line: the text's own account of who spoke to whom ("the minister told the Kyiv Post", "told Reuters", "the
    newspaper Le Monde reported", "Reporting by Reuters staff"). An agency named only in a dateline ("LIMA (Reuters)
    -") reports the news and is none of it; so is a name that is no paper's after "told" ("told Ana Ruiz")."""
    found: list[tuple[Span, Candidate, str]] = []
    named = [(m, m.group("name")) for m in _OUTLET_AFTER_NOUN.finditer(text, body_start)]
    named += [(m, m.group("name")) for m in _OUTLET_TOLD.finditer(text, body_start)
              if m.group("name") in NEWS_AGENCIES or m.group("name").split()[-1] in _OUTLET_LAST or
              (m.group("name").split()[0] in _OUTLET_FIRST and len(m.group("name").split()) > 1)]
    named += [(m, m.group("staff") or m.group("writer")) for m in _OUTLET_CREDIT.finditer(text, body_start)
              if (m.group("staff") or m.group("writer")) in NEWS_AGENCIES]
    for match, name in named:
        if name in COUNTRY_FORMS or name in NOT_NAMES:
            continue
        start = match.start("name") if "name" in match.groupdict() and match.group("name") else \
            match.start("staff") if match.group("staff") else match.start("writer")
        candidate = forms.get(name) or Candidate("new:" + name, name, "organisation")
        forms.setdefault(name, candidate)
        found.append((Span(start, start + len(name)), candidate, name))
    return found
