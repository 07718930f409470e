"""The event of a whole text: find_event, with the readers of a live blog's entries and of its opening."""
from __future__ import annotations

import re

from generator.editing.draft.event.afar import (
    CONVERGED,
    HERE,
    HOME_BODY,
    HOME_SUBJECT,
    MET_BEFORE,
    MET_UNPLACED,
    MONEY_FROM,
    REMOTE,
    ROUNDUP,
    TODAY_AFTER,
    a_habit,
    host_named,
    told_by_call,
    told_from_afar,
)
from generator.editing.draft.event.dateline import filed_at, named_capitals
from generator.editing.draft.event.dates import an_event
from generator.editing.draft.event.elsewhere import (
    AFTER,
    BEFORE,
    CALLED_OFF_LATER,
    IN_REGION_OF_NAME,
    LEDE,
    NOT_NOW,
    NOT_PLACES,
    NOT_THIS_AFTER,
    NOT_THIS_BEFORE,
    REGION_AFTER,
    TOUR_IN,
    UNPLACED,
    VISIT,
    VISIT_HERE,
    aim_not_place,
    as_named,
    lead_words,
    may_be_visitor,
    not_this_visit_or_signing,
    of_a_past_year,
    of_goods,
    placed_elsewhere,
)
from generator.editing.draft.event.headline import (
    city_before_the_name,
    from_headline,
    headline_city,
    headline_gathering,
    headline_name_then_place,
)
from generator.editing.draft.event.naming import (
    BODY_TITLED,
    EVENT_AT_VENUE,
    HELD_IN_AFTER,
    LAUNCHED_IN,
    MEETING_HELD,
    MET_IN,
    OPENING_ONLY,
    OPENS_ON_GATHERING,
    OPENS_ON_VISIT,
    PLACE_FIRST,
    PLACE_HOSTED,
    PLACE_TITLED,
    SAID_AFTER,
    SAID_AFTER_MEETING,
    SIGNED_IN,
    SPENT_IN,
    TALKS_BETWEEN,
    TRAVELLED,
    TRIP_IN_ANOTHER_TIME,
    WELCOMED_TO,
    WHERE_GATHERED,
    event_name,
)
from generator.editing.draft.event.scene import (
    city_met_in,
    foreign_visitor_at_dateline,
    on_the_sidelines,
    opening_sentence,
    scene_city,
    whose_visit,
)
from generator.editing.draft.event.words import ADJECTIVES, COUNTRY_NAMES, EVENT, PLACE, a_venue
from generator.editing.draft.gazetteer import MONTHS, TITLE_HEADS
from generator.editing.draft.known import Known
from generator.editing.draft.model import LIKELY, SURE, Event
from generator.editing.draft.text import Article


def find_event(article: Article, known: Known, used: set[str]) -> Event | None:
    """The article's event; none where its opening tells a call or a video conference, or its headline does and the
    event found is not told in the opening: a readout of a call may name a summit the leaders talked about ("They
    discussed the outcomes of the summit in Vilnius"), which is not the news; a headline may sum up a day of visits
    and calls ("received the Prime Minister in Kyiv and held phone conversations"), whose visit the opening tells."""
    opening = opening_sentence(article)
    if article.sentences and told_by_call(article.sentence_text(opening)):
        return None
    if ROUNDUP.search(article.text[:article.body_start] + (article.sentence_text(opening) if article.sentences else "")):
        return None
    if (_live_without_gathering(article.text[:article.body_start]) and not _first_entry_visit(article, opening)) \
            or _NO_NEWS.match(article.text[:article.body_start]):
        return None
    trial = set(used)
    event = _find_event(article, known, trial)
    if event is None:
        return None
    if told_by_call(article.text[:article.body_start]) and event.excerpt != article.sentence_text(opening):
        return None
    used |= trial
    return event


_LIVE = re.compile(r"\bLIVE\b|\b[Ll]ive\s*(?::|[-–—|]|updates\b|blog\b|coverage\b|$)|[-–—|:]\s*[Ll]ive\b|"
                   r"\bas\s+it\s+happened\b", re.MULTILINE)
"""A live blog's headline: "Kenya floods live: death toll rises", "Typhoon Hagupit LIVE: ...", "... - live updates",
"... - as it happened"; not "Families live in tents"."""
_GATHERING_WORD = re.compile(r"\b(?:summit|conference|forum|meetings?|meets?|gather(?:s|ing)?|convenes?|talks|ministerial|"
                             r"pledging|round-?\s?table|visits?|visiting|trip|tour|dialogue|congress|assembly|session|"
                             r"ceremony|signs?|signing)\b", re.IGNORECASE)


_NO_NEWS = re.compile(r"\s*(?:OPINION|[Oo]pinion|COMMENT|[Cc]omment|EDITORIAL|[Ee]ditorial|OBITUARY|[Oo]bituary)\s*[:|–—-]\s")
"""A headline that labels a column, an editorial or an obituary, which argue or look back and report no gathering:
"OPINION: The Bonn talks failed the Pacific", "Obituary: Ana Lind, who brokered the Lusaka accord"; an analysis may
be written from a gathering ("Analysis: In Tivat, Brussels brings money to the Balkans") and is left to the rules."""


def _live_without_gathering(headline: str) -> bool:
    """Whether a live blog's headline follows a disaster or a war with no gathering or visit in it: "Cyclone Ida live:
    death toll rises as aid ship docks in Beira"; its entries tell many comings and goings ("the foreign minister, who
    flew into Beira this afternoon, met ..."), none the blog's one event. A live blog of a gathering names it in its
    headline: "LIVE: Donors gather in Kigali", "Ukraine war live: Dutch PM visits Kharkiv". The title line alone is read, as
    the key points and the first entry's heading under it tell the blog's moments ("19:05 Minister meets Red Crescent
    chief in Benghazi")."""
    title = next((line for line in headline.splitlines() if line.strip()), "")
    return _LIVE.search(title) is not None and _GATHERING_WORD.search(title) is None


_ARRIVED_ON_VISIT = re.compile(r"\b(?:has|have)\s+(?:just\s+)?(?:arrived|landed)\s+in\s+" + PLACE
                               + r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|this\s+morning))?\s+(?:on|for)\s+"
                               r"(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\b")
"""A live blog's first entry that tells a visitor's arrival on a visit: "Dutch Prime Minister Pieter de Vries has arrived
in Kyiv on an unannounced visit"; its title may tell only the war ("Russia-Ukraine war live: ..."), but the visit is the
blog's news of the day."""


def _first_entry_visit(article: Article, opening: int) -> bool:
    """Whether a live blog's opening entry tells a titled visitor's arrival on a visit (see `_ARRIVED_ON_VISIT`)."""
    if not article.sentences:
        return False
    text = article.sentence_text(opening)
    match = _ARRIVED_ON_VISIT.search(text)
    return match is not None and any(w.lower() in TITLE_HEADS for w in re.findall(r"[\w-]+", text[:match.start()]))


def _find_event(article: Article, known: Known, used: set[str]) -> Event | None:
    """The first event the body reports as happening now, not one planned or past; else a summit or
    conference the text names without a place, at the dateline's place."""
    if len(set(article.datelines)) > 1:
        return None  # a roundup of reports filed from several places: no one event is the article's
    country_first: tuple[int, re.Pattern[str], re.Match[str], str, str] | None = None
    opening = opening_sentence(article)
    for index, sentence in enumerate(article.sentences[:LEDE]):
        text = named_capitals(article.masked[sentence.start:sentence.end])
        if filed_at(article):
            # "ministers met in the capital", "donors gathered in this southern port city", in a report filed from
            # it: the dateline's city
            text = re.sub(r"\bin\s+the\s+capital\b(?![’']s|\s+of\b)", f"in {filed_at(article)}", text)
            text = re.sub(r"\bin\s+this\s+(?:[\w’'-]+\s+){0,3}?(?:city|town|capital|port|village)\b",
                          f"in {filed_at(article)}", text)
            text = HERE.sub(f"\\g<verb>\\g<stretch> in {filed_at(article)}", text)
            if index == opening:
                text = MET_UNPLACED.sub(f"\\g<verb>\\g<when> in {filed_at(article)}", text)
        text = IN_REGION_OF_NAME.sub(r"\g<word> of ", text)
        text = CONVERGED.sub("gathered in ", text)
        text = SAID_AFTER.sub(r"\g<verb> at", text)
        patterns = ((EVENT_AT_VENUE, SURE), (TALKS_BETWEEN, SURE), (HELD_IN_AFTER, SURE), (EVENT, SURE),
                    (PLACE_FIRST, LIKELY), (PLACE_TITLED, LIKELY), (PLACE_HOSTED, LIKELY),
                    (MET_IN, LIKELY), (WHERE_GATHERED, LIKELY), (SIGNED_IN, LIKELY), (MEETING_HELD, LIKELY),
                    (WELCOMED_TO, LIKELY), (SAID_AFTER_MEETING, LIKELY), (TOUR_IN, LIKELY), (SPENT_IN, LIKELY),
                    (LAUNCHED_IN, LIKELY),
                    (VISIT, LIKELY), *(OPENING_ONLY if index == opening else ()))
        for pattern, sure in patterns:
            for match in pattern.finditer(text):
                if BEFORE.search(text[max(0, match.start() - 40):match.start()]) or AFTER.match(text[match.end():]) \
                        or match.group("place").split()[-1] in MONTHS or match.group("place") in NOT_PLACES \
                        or ("name" in match.groupdict() and NOT_NOW.search(match.group("name"))):
                    continue
                if aim_not_place(text, match):
                    continue  # "the Conference in Support of the Lebanese Armed Forces": what it is for, not where
                if MET_BEFORE.search(text[max(0, match.start() - 20):match.start()] + match.group()):
                    continue
                if MONEY_FROM.search(text[max(0, match.start() - 60):match.start()] + lead_words(match)) \
                        and not TODAY_AFTER.match(text[match.end():]):
                    continue
                if REMOTE.search(match.group()):
                    continue  # "chaired a video conference with Pacific leaders in Tokyo": a call has no place
                if HOME_BODY.search(match.group()) or HOME_SUBJECT.search(text[max(0, match.start() - 50):match.start()]) \
                        or a_habit(text[max(0, match.start() - 30):match.start()], match):
                    continue
                if not_this_visit_or_signing(pattern, match, text) or re.search(r"[’']s\b", match.group("place")):
                    continue  # "met farmers in Kenya's north": a part of the country, not a place the text names
                if of_a_past_year(article, text[max(0, match.start() - 40):match.start()]):
                    continue
                if NOT_THIS_BEFORE.search(text[max(0, match.start() - 40):match.start()] + lead_words(match)) \
                        or NOT_THIS_AFTER.match(text[match.end():]) or CALLED_OFF_LATER.match(text[match.end():]):
                    continue
                if pattern in (VISIT, TRAVELLED) and match.group().startswith(("arrived", "travel", "landed", "touched",
                                                                                  "flew")) and (
                        of_goods(text[:match.start()]) or re.search(r"\b(?:which|that)\s+$", text[:match.start()])):
                    continue  # "a shipment of vaccine arrived in Malawi", "the trucks, which arrived in Juba": goods
                if pattern is TRAVELLED and TRIP_IN_ANOTHER_TIME.match(text[match.end():]):
                    continue
                if pattern in (VISIT, TRAVELLED) and match.group().startswith(("arrived", "landed", "touched", "flew")) \
                        and not may_be_visitor(text[:match.start()]):
                    continue  # "Thousands of refugees arrived in Renk": people who fled, not visitors
                place = " ".join(match.group("place").split())
                if a_venue(place, text[match.end():]):
                    continue  # "The talks at Marlborough House": a building, not a place
                if any(w.lower() in TITLE_HEADS or w in ADJECTIVES for w in place.split()):
                    continue  # "visited German Chancellor Klaus Berger": a person, not a place
                if pattern in (PLACE_FIRST, PLACE_TITLED, PLACE_HOSTED, OPENS_ON_GATHERING, OPENS_ON_VISIT) \
                        and not city_before_the_name(article, place):
                    continue  # "In Europe, leaders ...", "In Kenya, ministers ...": a region or a country, no city
                if pattern is PLACE_TITLED and BODY_TITLED.match(match.group("name")):
                    continue
                if place in COUNTRY_NAMES:
                    # "a pledging conference in Ethiopia", told again as "the conference in Addis Ababa": the
                    # city, where the text names one in its opening; a second telling by the country ("Donors met
                    # in Ethiopia" read again as a meeting there) is no city either
                    country_first = country_first or (index, pattern, match, place, sure)
                    continue
                region = REGION_AFTER.match(text, match.end())
                if region:
                    place = as_named(article, place, region.group("kind"))  # "a working visit to Mykolaiv region"
                return an_event(article, known, used, index, event_name(pattern, match, place), place,
                                f"{sure}: {match.group().strip()!r}")
        here = VISIT_HERE.search(text)
        if here and filed_at(article) and not BEFORE.search(text[max(0, here.start() - 40):here.start()]) \
                and not AFTER.match(text[here.end():]):
            return an_event(article, known, used, index, f"Visit to {filed_at(article)}", filed_at(article),
                            f"{LIKELY}: {here.group().strip()!r}, at the dateline's place")
    if country_first is not None:
        index, pattern, match, place, sure = country_first
        scene = city_met_in(article, index, match, place) or scene_city(article, index) or headline_city(article, place)
        if scene is not None:
            index, place = scene
        return an_event(article, known, used, index, event_name(pattern, match, place), place,
                        f"{sure}: {match.group().strip()!r}")
    if filed_at(article):
        for index, sentence in enumerate(article.sentences[:3]):
            text = article.masked[sentence.start:sentence.end]
            for match in UNPLACED.finditer(text):
                if BEFORE.search(text[max(0, match.start() - 40):match.start()]) or AFTER.match(text[match.end():]):
                    continue
                if told_from_afar(text[max(0, match.start() - 100):match.start()], text[match.end():]):
                    continue
                if placed_elsewhere(text[match.end():], filed_at(article)) \
                        or NOT_THIS_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
                    continue  # "NAIROBI - The president returned home from a summit in Addis Ababa": not Nairobi's
                if re.search(r"\bday\s+of\b", match.group("name")) and not host_named(filed_at(article), text):
                    continue
                name = f"{' '.join(match.group('name').split())} in {filed_at(article)}"
                return an_event(article, known, used, index, name, filed_at(article),
                                f"{LIKELY}: {match.group().strip()!r}, at the dateline's place")
    return headline_name_then_place(article, known, used) or foreign_visitor_at_dateline(article, known, used) \
        or from_headline(article, known, used) \
        or headline_gathering(article, known, used) \
        or on_the_sidelines(article, known, used) or whose_visit(article, known, used)
