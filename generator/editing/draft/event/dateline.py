"""Where the article was filed, by its dateline and byline, and the capitals it names."""
from __future__ import annotations

import re

from generator.editing.draft.event.words import COUNTRY_NAMES, NO_DAY, PARTICLE, UPPER
from generator.editing.draft.gazetteer import CAPITALS, ENTRIES, MONTHS, NEWS_AGENCIES
from generator.editing.draft.text import Article, fold

_CAPITAL_OF = {adjective: city for city, country in CAPITALS.items() if city != "Kiev"
               for e in ENTRIES if e.name == country for adjective in e.adjectives[:1]}
_DESCRIBED_CAPITAL = re.compile(r"\bthe\s+(?P<adjective>" + "|".join(sorted(_CAPITAL_OF, key=len, reverse=True)) +
                                r")\s+capital\b")
"""'a conference in the Austrian capital': reports name the city of an event by its country once they
have named it in the headline, so the description stands for the capital's name."""


_CAPITAL_THEN_NAME = re.compile(r"\bthe\s+(?:[A-Z][\w’'-]+\s+)?capital,?\s+(?=[A-Z])" + NO_DAY)
"""'a summit in the Nigerian capital Abuja', 'talks in the capital, Dodoma,': the city the description goes on to name
is the place, whatever the description would stand for alone (a report filed elsewhere, a country's older capital);
'in the Kenyan capital Tuesday' names a day, not the city."""


_KIND_OF_PLACE = re.compile(r"\bthe\s+(?:[\w’'-]+\s+){0,3}?(?:city|town|port|resort|island|village|enclave)\s+of\s+"
                            rf"(?=[{UPPER}])" + NO_DAY)
"""'a summit held in the Saudi city of Jeddah', 'talks in the Red Sea resort of Sharm el-Sheikh', 'arrived in the
southern port of Mombasa': a place told by what it is, then by its name, which is the event's place."""


_BUILDING_THEN_CITY = re.compile(r"\bat\s+(?P<building>(?:the\s+)?(?:[A-Z][\w’'-]+\s+){1,3}?(?:Palace|House|Buildings?|"
                                 r"Hall|Residence|Castle|Centre|Center|Headquarters|Mansion|Villa)),\s+"
                                 rf"(?=[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+)?(?:,|\s+on\b|\s+today\b|\.))")
"""'at State House, Nairobi, on 14 May', 'signed at Lancaster House, London, on Friday': a building, then the city it
stands in, set off by a comma as readouts write it; read as 'at State House in Nairobi'. Not a name after the
building: 'at State House, President Ruto said'."""


def named_capitals(text: str) -> str:
    text = _KIND_OF_PLACE.sub("", _CAPITAL_THEN_NAME.sub("", text))
    text = _BUILDING_THEN_CITY.sub(lambda m: f"at {m.group('building')} in ", text)
    return _DESCRIBED_CAPITAL.sub(lambda m: _CAPITAL_OF[m.group("adjective")], text)


_DATE = r"(?:\d{1,2}\s+(?:" + "|".join(MONTHS) + r")|(?:" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.?\s+\d{1,2})" \
        r"(?:,?\s+(?:19|20)\d\d)?"
DATE_SPAN = r"(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:" + "|".join(MONTHS) + r")|(?:" + "|".join(MONTHS) + \
            r")\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)(?:,?\s+(?:19|20)\d\d)?"
"""A gathering's dates in a title: "5-6 March", "March 5-6, 2025", "14 May"."""
_FILED_LINE = re.compile(rf"^[ ]*(?P<place>[{UPPER}][\w’'-]+(?:[ ]+{PARTICLE}?[{UPPER}][\w’'-]+){{0,2}})"
                         r"(?:[ ]*\((?P<agency>[A-Z][\w.-]*(?:[ ][A-Z][\w.-]*){0,2})\))?"
                         r"(?:,[ ]+(?:(?P<country>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,3}"
                         r"(?:[ ](?:province|state|region|district|county|governorate))?|D\.C\.)"
                         r"(?:,[ ]+|[ ]*$|(?=[ ]*(?:\(|[-—–]+[ ]))))?"
                         rf"(?P<date>{_DATE})?)?"
                         r"(?:[ ]*\((?P<agency2>[A-Z][\w.-]*(?:[ ][A-Z][\w.-]*){0,2})\))?"
                         r"[ ]*(?:\.[ ]*$|$|[-—–]+[ ]|(?P<stop>\.[ ]))", re.MULTILINE)
"""A line that says where a release or a blog was filed, in a form the dateline's reading leaves: "GAZIANTEP,
Turkey", "Bridgetown, Barbados, 21 November", "Rome, 11 July.", "Mchinji, 9 February 2025 - The Ministry ...",
"Nairobi, Kenya – The Ministry ..."; a country or a date after the comma is what makes the place a dateline's, or a
district or state the way American releases give it ("Washington, DC –", "Washington, D.C., March 4, 2025 —"), or
a news agency in brackets ("Nairobi (AFP) –", "Dar es Salaam, 3 March (IPS) –")."""
_AGENCIES = NEWS_AGENCIES | {"IPS", "PTI", "ANI", "IANS", "UPI", "AAP", "Xinhua", "Anadolu", "Yonhap", "Bernama", "Antara",
                             "Lusa", "KUNA", "WAM", "SPA", "APA", "MENA", "IRNA", "Jiji", "PANA", "KNA", "NAN", "ENA",
                             "SUNA", "Prensa Latina"}
"""The wires whose name in brackets after a place makes a line a dateline: "Nairobi (AFP) –"."""
_REGION = re.compile(r"D\.?C\.?|[A-Z]{2}|.+[ ](?:province|state|region|district|county|governorate)")
"""A district or a state by its letters after a city: "Washington, DC", "Washington, D.C.", "Austin, TX"; or a
province by its name: "Mae Sot, Tak province, 18 June", "Goma, North Kivu province –"."""


_GATHERING_WORDS = frozenset({"Conference", "Summit", "Forum", "Meeting", "Meetings", "Talks", "Council", "Assembly",
                              "Dialogue", "Ministerial", "Congress", "Expo"})
"""Words no city's name has, that a title's gathering does: "Ukraine Recovery Conference, Italy — pledges top €10bn" is a
headline that names the gathering and its country, not a line filed from a place."""


def filed_at(article: Article) -> str:
    """The place the report was filed from: the dateline's, on its own line, else a line of place and country or
    date near the top."""
    if article.dateline_place:
        place = article.dateline_place.split("\n")[-1].strip()
        return place.title() if place.isupper() else place  # "NAIROBI, 4 September" on a line of its own
    for match in _FILED_LINE.finditer(article.text, 0, article.body_start + 300):
        country = match.group("country")
        region = bool(country) and _REGION.fullmatch(country) is not None
        agency = match.group("agency") or match.group("agency2")
        if (match.group("date") or ((country in COUNTRY_NAMES or region) and not match.group("stop"))
                or agency in _AGENCIES) \
                and (not country or country in COUNTRY_NAMES or region) and match.group("place") not in COUNTRY_NAMES \
                and not set(match.group("place").split()) & _GATHERING_WORDS:
            place = match.group("place")
            return place.title() if place.isupper() else place
    byline = _BYLINE.search(article.text, 0, article.body_start + 300)
    return " ".join(byline.group("place").split()) if byline else ""


_BYLINE = re.compile(r"^[ ]*By[ ]+(?:our[ ]+(?:own[ ]+)?(?:correspondent|reporter|staff)|(?:[A-Z][\w.’'-]+[ ]+){1,4}?)"
                     rf"[ ]*in[ ]+(?P<place>[{UPPER}][\w’'-]+(?:[ ]+{PARTICLE}?[{UPPER}][\w’'-]+){{0,2}})[ ]*$",
                     re.MULTILINE)
"""A byline that says where its writer filed from: "By Clara Oberhuber in Vienna", "By our correspondent in Chișinău"."""


def named_elsewhere(article: Article, place: str) -> bool:
    """Whether the text gives `place` as a place: the dateline's, or after "in", "to" or "from"."""
    return fold(place) == fold(filed_at(article)) or bool(
        re.search(r"\b(?:in|to|from|at)\s+" + re.escape(place) + r"\b", article.masked))
