"""Where the opening sets its scene: a foreign visitor at the dateline, the city met in, the sidelines of a
gathering, whose visit it is."""
from __future__ import annotations

import re

from generator.editing.draft.event.dateline import filed_at, named_capitals
from generator.editing.draft.event.dates import an_event
from generator.editing.draft.event.elsewhere import AFTER, BEFORE, CROWDS, LEDE, NOT_NOW, NOT_PLACES, TO_COME, WHAT_NOT_WHERE
from generator.editing.draft.event.headline import country_named
from generator.editing.draft.event.words import COUNTRY_NAMES, PLACE
from generator.editing.draft.gazetteer import CAPITALS, ENTRIES, MONTHS
from generator.editing.draft.known import Known
from generator.editing.draft.model import LIKELY, Event
from generator.editing.draft.text import Article, fold


def opening_sentence(article: Article) -> int:
    """The report's opening sentence: the first that ends as a sentence does, past a release's header lines and a
    transcript's greeting ("ANCHOR: Good evening.", "HOST: Welcome back.")."""
    return next((i for i in range(len(article.sentences)) if re.search(r"[.!?”\"]$", article.sentence_text(i))
                 and not _GREETING.fullmatch(article.sentence_text(i))), 0)


_GREETING = re.compile(r"(?:[A-Z][A-Z ,.'’-]*:\s*)?(?:[Gg]ood\s+(?:morning|afternoon|evening|night|day)|[Ww]elcome(?:\s+back)?|"
                       r"[Tt]hank\s+you|[Tt]hanks|[Hh]ello|[Hh]i)(?:\s+(?:and\s+)?(?:everyone|all|again|very\s+much|"
                       r"to\s+the\s+programme|[A-Z][\w’'-]+))?[.!]")
"""A transcript's greeting, after a speaker's label perhaps: "ANCHOR: Good evening.", "Thank you, James." is no news."""


_COUNTRY_OF = {a: e.name for e in ENTRIES if e.type == "country" for a in (*e.adjectives, *e.forms)}
_FOREIGN_VISITOR = re.compile(r"\b(?:[Vv]isiting\s+)?(?P<adjective>"
                              + "|".join(re.escape(a) for a in sorted(_COUNTRY_OF, key=len, reverse=True))
                              + r")(?:['’]s)?\s+(?:(?:[A-Z][\w-]+|of|for|and|deputy|prime|foreign|finance|trade|interior|"
                              r"defen[cs]e|development|energy|health|vice|state|home)\s+){0,4}?"
                              r"(?:[Mm]inister|[Pp]resident|[Pp]remier|[Cc]hancellor|King|Queen|[Ss]ecretary|"
                              r"[Cc]ommissioner)\b"
                              r"(?P<stretch>[^.;:]{0,80}?)\b(?:signed|held\s+talks|met)\b")
"""A visitor from another country as the subject of a signing or talks the opening tells at the dateline's capital, the
title in capitals or, as wire copy writes it, in lower case ("HANOI - Vietnam's deputy prime minister and Japan's
foreign minister signed an accord"):
"MANILA, 18 March - The Secretary of Foreign Affairs and Japanese Foreign Minister Haruki Tsunoda today signed the
notes", "ACCRA - Visiting Togolese President Faure Gnassingbe and the Ghanaian president held talks on Monday"."""


_VISITING_FROM = re.compile(r"\b[Vv]isiting\s+(?P<adjective>"
                            + "|".join(re.escape(a) for a in sorted((*_COUNTRY_OF, *(f for e in ENTRIES
                                                                                     if e.type != "country"
                                                                                     for f in e.forms)),
                                                                    key=len, reverse=True))
                            + r")\s+(?:[\w-]+\s+){0,3}?(?:[Mm]inister|[Pp]resident|[Pp]remier|[Cc]hancellor|[Ss]ecretary|"
                            r"[Cc]ommissioner|[Ee]nvoy|[Kk]ing|[Qq]ueen|[Pp]rince|[Pp]rincess|[Dd]elegation|"
                            r"[Cc]ommandant|[Cc]hief)\b")
"""A visitor the opening sentence calls one, by the country or the body they come from and a title: "ISLAMABAD - Japan
will give $75 million, a visiting Japanese minister said", "LUSAKA - The visiting Irish development minister
pledged", "NOUAKCHOTT — A visiting Spanish delegation signed"; the visit is to the city the report was filed from,
where that is a capital of another country; an ambassador lives there and makes no visit."""


def _hosted_visitor(before: str, match: re.Match[str]) -> bool:
    """Whether the visitor is told as one, or side by side with a host who signed or talked with them: "Visiting
    Togolese President ...", "The Secretary of Foreign Affairs and Japanese Foreign Minister ...", "Japanese Foreign
    Minister Tsunoda and his Philippine counterpart ..."; a wire filed from a region's hub tells leaders' meetings held
    elsewhere ("NAIROBI (Reuters) - Ethiopian Prime Minister Abiy met rebel leaders on Monday")."""
    return match.group().lower().startswith("visiting") or re.search(r"\band\s+$", before) is not None \
        or re.search(r"\band\s+(?:his|her|their|the)?\s*(?:[\w’'-]+\s+){0,3}?(?:counterpart|minister|president|"
                     r"secretary|premier|chancellor)\b", match.group("stretch"), re.IGNORECASE) is not None


def foreign_visitor_at_dateline(article: Article, known: Known, used: set[str]) -> Event | None:
    """The signing or talks of a minister or a head of state from another country than the one whose capital the report
    was filed from, told by the opening sentence with no place of its own (see `_FOREIGN_VISITOR`): the visit is to
    the dateline's capital. An ambassador lives there, and words said ("said the two had signed") are no visit."""
    filed = filed_at(article)
    if filed not in CAPITALS or not article.sentences:
        return None
    index = opening_sentence(article)
    text = article.masked[article.sentences[index].start:article.sentences[index].end]
    match = _FOREIGN_VISITOR.search(text)
    while match is not None:
        country = _COUNTRY_OF[match.group("adjective")]
        if country == CAPITALS[filed] or re.search(r"\b(?:said|says|told|announced|will|would|to)\b", match.group("stretch")) \
                or not _hosted_visitor(text[:match.start()], match):
            match = _FOREIGN_VISITOR.search(text, match.start() + 1)  # "Kenya's Secretary and Norwegian Minister Berg"
            continue
        return an_event(article, known, used, index, f"Visit to {filed}", filed,
                        f"{LIKELY}: {match.group().strip()!r}, a visitor at the dateline's capital")
    for visiting in _VISITING_FROM.finditer(text):
        if _COUNTRY_OF.get(visiting.group("adjective"), "") != CAPITALS[filed] \
                and not TO_COME.search(text[:visiting.start()]):
            return an_event(article, known, used, index, f"Visit to {filed}", filed,
                            f"{LIKELY}: {visiting.group().strip()!r}, a visitor at the dateline's capital")
    return None


_SCENE = re.compile(r"^In\s+" + PLACE + r"(?P<comma>,)?")
"""A sentence that opens on its city: "In Lublin, 80 kilometres to the west, the two ministers signed the deal"; or
without the comma where the visitor's meeting follows at once: "In Nouakchott she signed a migration deal"."""
_MET_LATER = re.compile(r"\b(?:meeting|met|holding\s+talks|held\s+talks|signing|signed)\b(?P<stretch>[^.;:]{0,80}?)\s+in\s+"
                        + PLACE)
"""A visit to a country whose sentence goes on to the visitor's meeting in a city: "began a two-day visit to Senegal on
Monday, meeting President Faye in Dakar", "arrived in Ghana on Sunday and held talks with the president in Accra"."""


def scene_city(article: Article, last: int) -> tuple[int, str] | None:
    """The city a sentence of the lede up to `last` opens on, where the event is told only by its country ("on his
    first visit to Poland"): a report sets the scene of its event by the city; or the sentence right after, where it
    goes on to the visitor's meeting: "... began a two-day visit to Ethiopia on Monday. In Addis Ababa, she met the
    prime minister", not "In Tigray, fighting continues"."""
    for index, sentence in enumerate(article.sentences[:last + 2]):
        text = article.masked[sentence.start:sentence.end]
        match = _SCENE.match(text)
        if match and match.group("place") not in COUNTRY_NAMES and match.group("place") not in NOT_PLACES \
                and match.group("place").split()[-1] not in MONTHS \
                and ((index <= last and match.group("comma")) or _MET_THERE.match(text, match.end() + 1)
                     or (match.group("comma") and _MET_THERE.search(text, match.end()))):
            return index, " ".join(match.group("place").split())
    return None


def city_met_in(article: Article, index: int, visit: re.Match[str], country: str) -> tuple[int, str] | None:
    """The city where a visitor met someone, later in the sentence that tells the visit by its country (see
    `_MET_LATER`); not a place that is what was signed or met about ("signed a deal to build a port in Lamu"), nor
    where people who live there were met ("meeting refugees in Dadaab" is a stop of the visit), nor a capital of
    another country."""
    text = article.masked[article.sentences[index].start:article.sentences[index].end]
    text = named_capitals(text)
    for match in _MET_LATER.finditer(text, visit.end()):
        place = " ".join(match.group("place").split())
        if WHAT_NOT_WHERE.search(match.group("stretch")) or CROWDS.search(match.group("stretch")) \
                or place in COUNTRY_NAMES or place in NOT_PLACES \
                or place.split()[-1] in MONTHS or re.search(r"[’']s\b", place) \
                or (place in CAPITALS and CAPITALS[place] != country_named(country)):
            continue
        return index, place
    return None


_MET_THERE = re.compile(r"\b(?:he|she|they|the\s+(?:minister|president|commissioner|secretary|delegation|envoy|visitor)s?)\s+"
                        r"(?:also\s+)?(?:met|held\s+talks|signed|was\s+received|were\s+received|laid|opened|inaugurated)\b")
"""The visitor's meeting in the scene a sentence sets: "In Addis Ababa, she met the prime minister"."""


_SIDELINES = re.compile(r"\b(?:[Oo]n|[Aa]t)\s+the\s+(?:sidelines|margins|fringes?)\s+of\s+(?P<name>(?:the|a|an|this\s+week['’]s|"
                        r"[A-Z][a-z]+day['’]s|(?:yester|to)day['’]s)\s+(?:[\w’'-]+\s+){0,6}?"
                        r"(?:[Ss]ummit|[Cc]onference|[Ff]orum|[Mm]eetings?|[Gg]athering|[Mm]inisterial|[Tt]alks|[Dd]ialogue|"
                        r"[Vv]isit|[Ll]aunch|[Ss]ession|[Pp]lenary|[Aa]ssembly|[Cc]ongress|[A-Z]{3,6}))\b"
                        r"(?:\s+in\s+" + PLACE + r")?")
"""What others did "on the sidelines of the forum" or "on the margins of Thursday's meeting" was done at the
gathering the report is about: at the place named after it, else where the report was filed."""


_ANOTHER_TIME = re.compile(r"\b(?:[Ee]arlier\s+this|[Ll]ast)\s+(?:week|month|year)\b|\b(?:[Rr]ecalling|[Rr]ecalled)\b")
"""Words before the sidelines that set them in a past meeting: "Earlier this week, she discussed it with him on the
sidelines of a meeting in Tunis", "Recalling their meeting on the margins of the General Assembly"."""
_IN_MONTH = re.compile(r"\s+in\s+(?:" + "|".join(MONTHS) + r")\b")


def on_the_sidelines(article: Article, known: Known, used: set[str]) -> Event | None:
    """The gathering on whose sidelines others met, where the body names no other event."""
    for index, sentence in enumerate(article.sentences):
        text = article.masked[sentence.start:sentence.end]
        for match in _SIDELINES.finditer(text):
            place = " ".join((match.group("place") or filed_at(article)).split())
            if match.group("place") and index >= LEDE and fold(place) != fold(filed_at(article)):
                continue  # a gathering with a place of its own, told in passing far into a bulletin
            if not place or NOT_NOW.search(match.group("name")) or AFTER.match(text[match.end():]) \
                    or _ANOTHER_TIME.search(text[:match.start()]) or _IN_MONTH.match(text[match.end():]) \
                    or place in NOT_PLACES or place.split()[-1] in MONTHS:
                continue
            name = re.sub(r"^(?:the|a|an)\s+", "", " ".join(match.group("name").split()))
            return an_event(article, known, used, index, f"{name} in {place}", place,
                            f"{LIKELY}: {match.group().strip()!r}" +
                            ("" if match.group("place") else ", at the dateline's place"))
    return None


_WHOSE_VISIT = re.compile(r"\b[A-Z][\w-]+['’]s\s+(?:(?:[\w-]+-day|official|first|working|state|two|three|four|five)\s+)*"
                          r"[Vv]isit\s+to\s+" + PLACE)
"""A feature may open on a scene and name its occasion late: "Halvorsen's three-day visit to Zambia, the first by a
Norwegian minister in a decade, was built around water"; the visit a person's name owns is the article's."""


def whose_visit(article: Article, known: Known, used: set[str]) -> Event | None:
    """The visit a person's possessive names, anywhere in the body, where nothing else is the event."""
    for index, sentence in enumerate(article.sentences):
        text = article.masked[sentence.start:sentence.end]
        for match in _WHOSE_VISIT.finditer(text):
            place = " ".join(match.group("place").split())
            if BEFORE.search(text[max(0, match.start() - 40):match.start()]) or AFTER.match(text[match.end():]) \
                    or _ANOTHER_TIME.search(text) or place in NOT_PLACES or place.split()[-1] in MONTHS:
                continue
            return an_event(article, known, used, index, f"Visit to {place}", place, f"{LIKELY}: {match.group()!r}")
    return None
