"""The body that issues a release, from the line above its body: "European Commission - Press release"."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import NEWS_AGENCIES
from generator.editing.draft.organisations.lexicon import BODY_WORDS, COUNTRY_FORMS, DEPARTMENT, MINOR_WORDS, Candidate
from generator.editing.draft.organisations.runs import FOREIGN_BODY, patterns
from generator.editing.draft.text import Article, Span

_RELEASE_LABEL = r"(?:(?:Press|News|Media)[ \t]+(?:release|statement|item)|News)"
_ISSUER_LINE = re.compile(r"^[ \t]*(?:" + _RELEASE_LABEL + r"[ \t]+[-–—|][ \t]+)?"
                          r"(?P<from>(?:From|Issued\s+by):[ \t]*)?(?P<name>[^\n|,–—()]+?)(?:[ \t]+\([A-Z][A-Za-z]{1,9}\))?"
                          r"(?:[ \t]+[-–—|][ \t]+" + _RELEASE_LABEL + r"|"
                          r",[ \t]+(?:Republic|Kingdom|Government|State)[ \t]+of[ \t][^\n]+)?"
                          r"(?:[ \t]+\|[ \t]+No\.?[ \t]*[\w/.-]+)?[ \t]*$", re.MULTILINE | re.IGNORECASE)
"""A release's issuer line, with the label and the number the release carries around the body's name: "European
Commission - Press release", "Press release | Ministry of Trade | No. 12/27", "Ministry of Energy – news item"."""


def _national_department(words: list[str]) -> bool:
    """A department named with its country's adjective first: "Danish Ministry of Health", "Kenyan Office of the
    Auditor"; the adjective is part of how the issuer names itself."""
    return len(words) > 3 and words[0] in COUNTRY_FORMS and DEPARTMENT.fullmatch(" ".join(words[1:])) is not None


def release_issuers(article: Article, forms: dict[str, Candidate]) -> list[tuple[Span, Candidate, str]]:
    """"Department of Foreign Affairs" or "From: Global Affairs Canada" on a line of its own above a release, or
    "European Commission - Press release": the body that issues the text, which its headlines name alone; a
    headline that names a body among other words ("World Bank makes $1bn available") is no issuer's line."""
    found: list[tuple[Span, Candidate, str]] = []
    for match in _ISSUER_LINE.finditer(article.text, 0, article.body_start):
        written = match.group("name")
        name = " ".join(w.lower() if w.lower() in MINOR_WORDS and i else w.capitalize() for i, w in
                        enumerate(written.split())) if written.isupper() else " ".join(written.split())
        words = name.split()
        if not words or re.match(r"(?:Press|News|Media)\s+(?:[Rr]elease|[Ss]tatement)", name) or \
                not all(w[0].isupper() or w in MINOR_WORDS for w in words):
            continue
        candidate = forms.get(name)
        if name in NEWS_AGENCIES:
            continue
        if candidate is None and (words[-1] in BODY_WORDS or DEPARTMENT.fullmatch(name) or FOREIGN_BODY.fullmatch(name)):
            # "Pacific Islands Forum Leaders Meet": a headline in title case is no body's name
            own = [c for s, c, _ in patterns(name, dict(forms)) if s.start == 0 and s.end == len(name)]
            candidate = own[0] if own else None
        if candidate is None and ((match.group("from") and len(words) > 1) or _national_department(words)):
            candidate = Candidate("new:" + name, name, "organisation")
        if candidate is None or candidate.type == "country":
            continue
        forms.setdefault(name, candidate)
        found.append((Span(match.start("name"), match.end("name")), candidate, name))
    return found
