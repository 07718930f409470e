"""The event as the headline names it: a gathering and its place, or a city the body names again."""
from __future__ import annotations

import re

from generator.editing.draft.event.dateline import DATE_SPAN, filed_at, named_elsewhere
from generator.editing.draft.event.dates import an_event
from generator.editing.draft.event.elsewhere import AFTER, BEFORE, NOT_NOW, NOT_PLACES, NOT_THIS_AFTER, NOT_THIS_BEFORE
from generator.editing.draft.event.naming import KNOWN_CITY, MET_IN, event_name
from generator.editing.draft.event.words import COUNTRY_NAMES, DAYS, EVENT, PLACE
from generator.editing.draft.gazetteer import CAPITALS, CITIES, ENTRIES, MONTHS
from generator.editing.draft.known import Known
from generator.editing.draft.model import LIKELY, Event
from generator.editing.draft.text import Article, fold

_NAME_THEN_PLACE = re.compile(r"(?:^|:\s+)(?P<name>[A-Z][^:,;]{0,80}?\b(?:[Ss]ummit|[Cc]onference|[Ff]orum|[Mm]inisterial|"
                              r"[Mm]eeting|[Dd]ialogue|[Tt]alks(?:\s+on\s+[\w\s-]{1,30}?)?|[Rr]ound\s?[Tt]able))\s*,\s+"
                              + PLACE + r"(?:,\s+" + DATE_SPAN + r")?\s*$")
"""A readout's or a communiqué's title: the gathering, then its city after a comma, and perhaps its dates: "Chair's
readout: Arctic Search and Rescue Ministerial Meeting, Tromsø, 5-6 March", "Joint communiqué: Central Asia Water
Summit, Dushanbe", "Readout: Third round of talks on the border, Tbilisi"."""


def headline_name_then_place(article: Article, known: Known, used: set[str]) -> Event | None:
    """The gathering a readout's title names with its city after a comma (see `_NAME_THEN_PLACE`); the city, where it is
    a capital or the text gives it as a place; a country or a day is no city ("Summit on water, Friday")."""
    title = next((line for line in article.text[:article.body_start].splitlines() if line.strip()), "")
    match = _NAME_THEN_PLACE.search(title.strip())
    if match is None or NOT_NOW.search(match.group("name")) or BEFORE.search(match.group("name")):
        return None
    place = " ".join(match.group("place").split())
    if place in NOT_PLACES or place in COUNTRY_NAMES or place.split()[-1] in (*MONTHS, *DAYS) \
            or not (place in CAPITALS or named_elsewhere(article, place)):
        return None
    name = " ".join(match.group("name").split())
    return an_event(article, known, used, _first_naming(article, place) or 0, f"{name} in {place}", place,
                    f"{LIKELY}: {match.group().lstrip(': ').strip()!r} in the title")


_HEADLINE_GATHERING = re.compile(r"\b(?P<name>(?:[A-Z][\w’'-]*\s+){1,5}(?:Summit|Conference|Forum|Ministerial|Dialogue|"
                                 r"(?:Ministerial|Ministers['’]?|Leaders['’]?|Donors['’]?)\s+Meeting))\b")
"""A gathering the headline names by its title and no place: "Ukraine Recovery Conference 2025 - live updates",
"LIVE: Africa Climate Summit, day one"."""


def headline_gathering(article: Article, known: Known, used: set[str]) -> Event | None:
    """The gathering the headline names by its title, at the place the report or blog was filed from: a live blog or
    a report filed at a gathering gives its city in the dateline, not in the headline; none to come or past ("Ahead
    of Africa Climate Summit, Kenya seeks pledges")."""
    filed = filed_at(article)
    if not filed:
        return None
    headline = article.text[:article.body_start]
    for match in _HEADLINE_GATHERING.finditer(headline):
        if BEFORE.search(headline[max(0, match.start() - 40):match.start()].lower()) \
                or AFTER.match(headline[match.end():]) or NOT_NOW.search(match.group("name")):
            continue
        name = " ".join(match.group("name").split())
        return an_event(article, known, used, 0, f"{name} in {filed}", filed,
                        f"{LIKELY}: {name!r} in the headline, at the dateline's place")
    return None


def headline_city(article: Article, country: str) -> tuple[int, str] | None:
    """The city of the gathering the headline places, where the body tells it only by its country: "LIVE: Reconstruction
    conference in Port Louis - as it happened" over "Donors and leaders met in Mauritius"; a headline writer gives the
    city the lede leaves out. A capital of another country is another gathering's place ("After Nairobi summit, donors
    meet in Ethiopia")."""
    placed = _placed_in_headline(article.text[:article.body_start])
    if placed is None:
        return None
    place = placed[1]
    if place in CAPITALS and CAPITALS[place] != country_named(country):
        return None
    return _first_naming(article, place) or 0, place


def country_named(form: str) -> str:
    """The country's name a form of it stands for: "Mauritian" -> "Mauritius"."""
    return next((e.name for e in ENTRIES if e.type == "country" and form in e.forms), form)


_HEADLINE_EVENT = re.compile(r"\b(?P<place>[A-Z][\w’'-]+)\s+(?:(?!(?:the|a|an|and|or|to|of|for|in|at|on|as|after|before|"
                             r"ahead|with)\s)[a-z][\w-]+\s+)?(?P<name>[Ss]ummit|[Cc]onference|[Ff]orum|[Tt]alks|"
                             r"(?:[Pp]ledging|[Dd]onors?['’]?|[Mm]inisterial)\s+[Mm]eeting)\b|"
                             r"\b(?P<name2>[Vv]isit|[Tt]rip)\s+to\s+(?:[a-z]+\s+)?(?P<place2>[A-Z][\w’'-]+)")
"""'EU leaders agree €18bn as Brussels summit ends', 'during minister's visit to bombed Odesa port', 'Gulf donors step
up at Lusaka pledging meeting', 'Lenders pledge billions at Adana reconstruction conference': a headline names the event
by its place, with a word for what it is about perhaps between them."""


def from_headline(article: Article, known: Known, used: set[str]) -> Event | None:
    """The event the headline names by its place, when the body names nothing it could be but gives
    that place as a place; the excerpt is the first sentence of the body that names the place."""
    headline = article.text[:article.body_start]
    placed = _placed_in_headline(headline)
    if placed is not None:
        name, place = placed
        return an_event(article, known, used, _first_naming(article, place) or 0, name, place,
                        f"{LIKELY}: {name!r} in the headline")
    for match in [*_HEADLINE_EVENT.finditer(headline), *MET_IN.finditer(headline), *_HEADLINE_IN_FOR.finditer(headline)]:
        if _headline_other_time(headline, match):
            continue
        if match.re is _HEADLINE_IN_FOR:
            place = " ".join(match.group("place").split())
            if place in NOT_PLACES or place in COUNTRY_NAMES or place.split()[-1] in MONTHS:
                continue
            index = _first_naming(article, place) if named_elsewhere(article, place) else None
            if index is None and (fold(place) == fold(filed_at(article)) or not filed_at(article)):
                index = 0
            if index is not None:
                name = re.sub(r"^(?:the|a|an)\s+", "", " ".join(match.group("name").split()))
                return an_event(article, known, used, index, f"{name} in {place}", place,
                                f"{LIKELY}: {match.group().strip()!r} in the headline")
            continue
        if match.re is MET_IN:
            # "... as fisheries ministers meet in Honiara", "Donors gather in N'Djamena"
            place, name = match.group("place"), f"meeting of {' '.join(match.group('who').split())}"
            if place not in NOT_PLACES and place not in COUNTRY_NAMES:
                index = _first_naming(article, place) if named_elsewhere(article, place) else None
                if index is None and fold(place) == fold(filed_at(article)):
                    index = 0  # the body names the city in its dateline only
                if index is None and not filed_at(article) and _gathering_now(headline, match):
                    index = 0
                if index is not None:
                    return an_event(article, known, used, index, f"{name} in {place}", place,
                                    f"{LIKELY}: {match.group().strip()!r} in the headline")
            continue
        place = match.group("place") or match.group("place2")
        name = (match.group("name") or match.group("name2")).lower()
        if place in NOT_PLACES or place in COUNTRY_NAMES or not named_elsewhere(article, place):
            continue
        index = _first_naming(article, place)
        if index is not None:
            return an_event(article, known, used, index, f"{name} {'to' if match.group('place2') else 'in'} {place}", place,
                            f"{LIKELY}: {match.group().strip()!r} in the headline")
    return None


_HEADLINE_IN_FOR = re.compile(r"\b[A-Z][\w’'-]+\s+(?:is\s+|are\s+)?in\s+" + PLACE + r"\s+for\s+"
                               r"(?P<name>(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}?(?:summit|talks|conference|forum|"
                               r"meeting|visit|ministerial)s?)\b")
"""A headline that puts someone in a city for a gathering now, as a live blog's does whose body never names the city
again: "Ukraine war live: Zelensky in Washington for talks with Congress", "Ministers in Suva for Forum meeting"; the
city is the event's where the body gives it as a place, where the report was filed from it, or where no dateline
says otherwise; one to come is left ("Lind in Dakar for talks next week")."""
_HEADLINE_TO_COME = re.compile(r"^\s+(?:next\s+\w+|to\s+(?:weigh|discuss|consider|decide|debate|open|begin|start|tackle|"
                               r"focus|address|review|meet|be\s+held|seek|take\s+up)|could|would|will|may|might|set\s+to|"
                               r"due\s+to|planned|postponed|cancell?ed|called\s+off|delayed|scrapped|shelved|put\s+off)\b",
                               re.IGNORECASE)
"""After a gathering a headline names, words that set it in a time to come or call it off, in the short forms of
headlines: "Nairobi summit to weigh Somalia aid", "Lusaka talks next week", "Minister's visit to Juba postponed"."""


def _headline_other_time(headline: str, match: re.Match[str]) -> bool:
    """Whether a headline's gathering is one to come, past or called off: "Ahead of Lusaka summit, Zambia seeks pledges",
    "Before Brussels conference, Syria aid falls short", "Nairobi summit next month to weigh Somalia aid"."""
    before, after = headline[max(0, match.start() - 40):match.start()], headline[match.end():]
    return bool(BEFORE.search(before) or NOT_THIS_BEFORE.search(before) or AFTER.match(after)
                or NOT_THIS_AFTER.match(after) or _HEADLINE_TO_COME.match(after))


def _gathering_now(headline: str, match: re.Match[str]) -> bool:
    """Whether a headline tells a gathering now, in its own words, as a live blog's does whose body goes straight to what
    was said there without naming the city again: "Ukraine war live: donors meet in Warsaw as Kyiv asks for
    generators", "Live: foreign ministers gather in Riga"; none to come ("ministers meet in Riga next week") or past,
    and a country is left to the body ("donors meet in Poland"). Taken only where the report gives no place it was
    filed from, as "KYIV - ..." under "... as NATO ministers meet in Brussels" tells the news where it lands."""
    return re.search(r"\b(?:meets?|gathers?|convenes?|are\s+meeting|are\s+gathering)\s", match.group()) is not None \
        and not BEFORE.search(headline[max(0, match.start() - 40):match.start()]) \
        and not AFTER.match(headline[match.end():]) and match.group("place").split()[-1] not in MONTHS


def _first_naming(article: Article, place: str) -> int | None:
    """The first sentence of the body that names `place`."""
    return next((i for i, s in enumerate(article.sentences)
                 if re.search(r"\b" + re.escape(place) + r"\b", article.masked[s.start:s.end])), None)


def _placed_in_headline(headline: str) -> tuple[str, str] | None:
    """The name and city of a gathering the headline names with its place after it, as the body may not name it
    again: "Five things we learned from the Pan-African summit in Lomé", "... as Reconstruction Forum concludes in
    Kingston"; a country after "in" is left to the body, which names the city."""
    for match in EVENT.finditer(headline):
        place = " ".join(match.group("place").split())
        if NOT_NOW.search(match.group("name")) or BEFORE.search(headline[max(0, match.start() - 40):match.start()]) \
                or AFTER.match(headline[match.end():]) or place in NOT_PLACES \
                or place in COUNTRY_NAMES or place.split()[-1] in MONTHS:
            continue
        return event_name(EVENT, match, place), place
    titled = _TITLE_THEN_CITY.search(headline)
    if titled and not NOT_NOW.search(titled.group("name")):
        return f"{' '.join(titled.group('name').split())} in {titled.group('place')}", titled.group("place")
    return None


_TITLE_THEN_CITY = re.compile(r"(?:^|:\s+)(?P<name>(?:[A-Z][\w’'-]*\s+){1,5}(?:Summit|Conference|Forum|Meetings?|Talks|"
                              r"Ministerial|Dialogue))\s*,\s+(?P<place>" + KNOWN_CITY + r")(?=\s*(?:[-–—|:]|$))",
                              re.MULTILINE)
"""A live page's title that names the gathering, then its city after a comma: "LIVE: Andes Water Partners Meeting,
Lima – day two", "Africa Climate Summit, Nairobi"; only a city the gazetteer knows, so that a country ("..., Italy")
or a clause ("..., Analysts Say") after the comma gives no place."""


def city_before_the_name(article: Article, place: str) -> bool:
    """Whether the word before "summit" is a city: a capital, or a word the text gives as a place elsewhere ("the
    Vilnius summit"); "the Trump summit" and "the Ukraine conference" name someone or something, not the place."""
    return place not in COUNTRY_NAMES and (place in CAPITALS or place in CITIES or named_elsewhere(article, place))
