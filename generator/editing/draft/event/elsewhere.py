"""Sentences that name a place that is not the event's: a visit elsewhere or at another time, cargo, a region."""
from __future__ import annotations

import re

from generator.editing.draft.event.naming import (
    HOSTED_IN,
    LAUNCHED_IN,
    LEFT_FOR,
    OPENS_ON_VISIT,
    RESIDENT_SIGNATORY,
    RETURNED,
    SAID_AFTER_MEETING,
    SIGNED_IN,
    SPENT_IN,
    THERE_TO,
    VISITED_SITE,
)
from generator.editing.draft.event.words import AGREED_VERBS, COUNTRY_NAMES, PLACE, WHAT_WAS_AGREED
from generator.editing.draft.gazetteer import CAPITALS, ENTRIES, MONTHS, TITLE_HEADS
from generator.editing.draft.text import Article, fold

LEDE = 8
"""The main event is the one a report opens with: a gathering first named further down (a past one,
a next one, talks reported in passing) is not the article's event."""
NOT_NOW = re.compile(r"\b(?:next|upcoming|planned|future|previous|last|first|founding|inaugural|host|hosts|hosting|"
                     r"follows|followed|before|since|ahead|run-up|eve|preparation|preparations|preparing)\b|"
                     r"(?:^|\b(?:days?|weeks?|months?|years?|hours?|shortly|soon|long|just|came|comes|come)\s+)after\b",
                     re.IGNORECASE)
"""Words inside an event's name that set it in another time: "host the next conference in Tokyo"; or make it one to
be hosted or one before the news, as the words before a name fall inside it: "Fiji will host the Pacific Leaders
Meeting in Suva", "The order follows talks in Oslo", "she arrived in Gulu a day after holding talks in Kampala" (but
not "after" alone inside it: "agreed to share aircraft after talks in Santiago" are the talks reported); or
one still to come: "days before a peace summit in Luanda", "in the run-up to the climate talks in Bonn", "on the eve
of the summit in Accra"; or one past:
"Since the conference in Amman, only half the money has come"."""
VISIT = re.compile(r"\b(?:(?:arrived|landed|touched\s+down)\s+in|"
                   r"visit\s+(?:by\s+(?:(?:an?|the|its|their)\s+[^,.;:]{1,40}?|[A-Z][^,.;:]{0,40}?)\s+)?to|visited|trip\s+to|"
                   r"\bVisiting|(?:[Dd]uring|[Tt]hroughout)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?stay\s+in|"
                   r"(?<=-day\s)tour\s+of|"
                   r"(?:is|was|are|were)\s+visiting)\s+"
                   + PLACE)
"""A visit: "The minister is visiting Dodoma on 3-4 May", "The commissioner travelled to Dodoma today", "Canada's foreign
minister landed in Kyiv on Monday" (a visitor's, not a plane's: "a plane carrying tents landed in Goma"); its visitor
may stand between the visit and its place: "the first state visit by a Ghanaian leader to Lomé", "during a visit by
Commissioner Ana Lind to Beirut"; a tour of some days is a visit: "wrapped up a three-day tour of Moldova"; so is a
visitor's stay in a city, or a clause that opens on the visit: "During his stay in Dakar, the minister signed ...",
"Visiting Juba on Monday, the minister promised ..." ("Visiting Kenyan President Ruto" names a visitor, whose adjective
is no place). A city toured is left: officials at home tour a flooded district too ("Haque, who toured Sunamganj by
boat")."""
VISIT_HERE = re.compile(r"\b(?:visit|trip)\s+to\s+the\s+(?:town|city|port|capital|village|island|country)\b")
"""A visit to the place a report was filed from, named by what it is: "GULU - ... during a visit to the town by the
Irish minister", "on his first official visit to the country"."""
_CARGO = re.compile(r"\b(?:shipment|consignment|convoy|cargo|batch|delivery|flights?|planes?|aircraft|doses|kits|supplies|"
                    r"(?:plane|truck|ship|boat)loads?|relief|"
                    r"teams?|goods|aid|vaccines?|equipment|generators?|ambulances?|vehicles?|trucks?|lorries|"
                    r"tents?|tonnes|tons|containers?|parcels?|helicopters?|systems?|missiles?|weapons?|munitions?|"
                    r"ammunition|shells|launchers?|batter(?:y|ies)|tanks?|jets?|drones?|howitzers?|interceptors?)\b[^,;:]*$",
                    re.IGNORECASE)
"""What arrives without visiting anyone: goods, a convoy, a team sent to work, weapons ("the first planeloads of relief
arrived in this port city", "The ambulances promised by Japan arrived in Kyiv", "40 tonnes of flour landed in Aden",
"Two German air-defence systems arrived in Ukraine")."""


REGION_AFTER = re.compile(r"\s+(?P<kind>region|oblast|province|governorate|district|county)\b(?![’']s)")
"""A region, which the text names by its city and what it is: "a working visit to Mykolaiv region",
"visited Sumy oblast on Friday", "leaders met in Mopti region"; the region, not its city, is the place."""


def as_named(article: Article, place: str, kind: str) -> str:
    """A region as the article names it most: with its kind where the text names it so at least as often as bare
    ("visit to Kherson region", "mines in Kherson region" -> "Kherson region"), bare where the headline and the body
    mostly write the name alone ("New clinics open in Swat" over "a visit to Swat district", then "the clinics in Swat"
    -> "Swat"), as a district's name alone stands for the district in the reports written about it."""
    name = re.escape(place)
    kinds = r"\s+(?:region|oblast|province|governorate|district|county)s?\b"
    with_kind = len(re.findall(rf"\b{name}{kinds}", article.text))
    bare = len(re.findall(rf"\b{name}\b(?![’'-]|{kinds})", article.text))
    return place if bare > with_kind else f"{place} {kind}"


def of_goods(before: str) -> bool:
    """Whether the words before "arrived" name goods or a team sent to work, not someone who heads them: "a shipment of
    vaccine arrived in Malawi", "supplies sent by the Director-General arrived in Juba", but "The UN aid chief arrived
    in Derna", "The relief coordinator, Ana Lind, landed in Goma": the title is the last word before the verb."""
    if _CARGO.search(before) is None:
        return False
    head = re.search(r"(?<!\bby\s)(?<!\bfor\s)(?<!\bof\s)(?<!\bfrom\s)(?<!\bby\sthe\s)(?<!\bfor\sthe\s)(?<!\bof\sthe\s)"
                     r"\b(?P<title>[\w-]+)(?:,?(?:\s+[A-Z][\w’'-]+){1,3},?)?\s*$", before)
    return head is None or head.group("title").lower() not in TITLE_HEADS


UNPLACED = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|\b(?:[Tt]his|[Ll]ast)\s+(?:week|month|year)[’']s|"
                      r"\b(?:[A-Z][a-z]+day|[Tt]oday|[Yy]esterday)[’']s)"
                      r"\s+(?P<name>(?:(?:[A-Z][\w’'–-]*|(?:[A-Z]\.){2,}|two-day|one-day|three-day|annual|extraordinary|"
                      r"(?:donors|ministers|leaders)['’]|pledging|"
                      r"emergency|informal|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+){0,5}"
                      r"(?:[Ss]ummit|[Cc]onference|[Mm]inisterial|Forum|[A-Z][\w-]*-format\s+meeting|"
                      r"meeting\s+of\s+[\w\s-]{3,40}?ministers|(?:[a-z-]+\s+)?(?:ministers|donors|leaders)['’]\s+meeting|"
                      r"meeting\s+of\s+the\s+(?:[A-Z][\w-]*\s+){1,4}(?:Group|Coalition|Forum)|"
                      r"(?:(?<=-day\s)|(?<=annual\s)|(?<=emergency\s)|(?<=extraordinary\s)|(?<=informal\s))meetings?|"
                      r"(?:[Ss]tate|[Oo]fficial|[Ww]orking)\s+[Vv]isit|"
                      r"(?:(?<=second\s)|(?<=third\s)|(?<=fourth\s)|(?<=fifth\s)|(?<=sixth\s)|(?<=seventh\s)|(?<=eighth\s)|"
                      r"(?<=ninth\s)|(?<=tenth\s))(?:round|day)\s+of\s+(?:[\w’'-]+\s+){0,2}?talks))\b")
"""A gathering the text names without a place: its place is the dateline's, where the report was filed; the day may
own it: "OSLO - Norway went into Tuesday's donors' meeting hoping for more"; an abbreviation may hold full stops:
"DOHA - Delegates at the fifth U.N. conference on ..."; a meeting by its kind: "VIENTIANE - ministers opened their
annual meeting on Wednesday"; a meeting of a named group ("at a meeting of the Ukraine Defense Contact Group"); talks by
their round, as a host ministry's readout counts them: "Baku, 3 June - The ministry hosted the fourth round of talks
between ..." ("a round of talks" alone may be one held anywhere)."""
BEFORE = re.compile(r"\b(?:next|upcoming|planned|future|previous|last\s+year'?s?|since|host|hosting|hosts|follows|"
                    r"followed|(?:comes|came)\s+after|eve(?:\s+of)?|(?:days?|weeks?|months?|years?|hours?|shortly|soon|long)\s+after|before|ahead(?:\s+of)?|prior(?:\s+to)?|run-up(?:\s+to)?|"
                    r"preparations?(?:\s+for)?|preparing(?:\s+for)?)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
"""Before an event, words that make it another than the one reported: planned, past ("since the
conference in Rome", "the order follows talks in Oslo"), to be hosted, or still to come ("ahead of a donors'
conference in Geneva", "on the eve of a summit in Lomé"), or one a span of time has passed since ("two weeks after
a donors' conference in Geneva"); at the head of a sentence too: "Ahead of leaders meeting in Brussels, Kyiv asked for shells"."""
AFTER = re.compile(r"^\s+(?:(?:collapsed|ended|closed|failed|broke\s+down|stalled)\s+)?"
                   r"(?:later|next|in\s+(?:the\s+)?(?:coming|next)|last\s+(?:year|month|week|summer|spring|autumn|"
                   r"fall|winter|time)|earlier\s+this|in\s+(?:19|20)\d\d|in\s+(?:early\s+|late\s+|mid-)?(?:"
                   + "|".join(MONTHS) + r")|(?:(?:has|have|had)\s+been|was|were|is|are|will\s+be)\s+"
                   r"(?:postponed|cancelled|canceled|called\s+off|put\s+off|scrapped|shelved))\b")
"""After an event's place, words that set it in another time: "talks in Doha collapsed last month", "the visit to Kyiv
in May", "signed in Doha in February 2020"; a report of the day's news gives the day, not the month. One called off
happens at no time: "The summit in Lima has been postponed", "talks in Geneva were cancelled"."""
NOT_THIS_BEFORE = re.compile(r"\b(?:(?:expected|due|scheduled|set|planning|plans?|hoping|hopes?|trying|tries|seeking|"
                             r"seeks?|aims?|intends?)\s+to|will\s+(?:attend|host|hold|convene|visit|travel\s+to)|"
                             r"expects?|expected|expecting|never|similar|another|"
                             r"(?:back|returned|returning|returns|fresh)\s+(?:home\s+)?(?:(?:on\s+)?[A-Z][a-z]+day\s+)?from|"
                             r"(?:hopes?|prospects?|chances?|calls?|called|calling|push(?:ed|es|ing)?|bids?|plans?|"
                             r"proposals?|proposed|proposing|pressed|pressing|lobbied|lobbying)\s+(?:of|for))"
                             r"\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
"""Before a gathering or a visit, words that make it one intended, expected, never made or another like it: "is
expected to attend the summit in Luanda", "has been trying to organise talks in Geneva", "Diplomats expect talks in
Doha to resume", "has never visited Haiti", "A similar conference in Rome raised less"; or one someone came back
from: "back from talks in Berlin", "returned home on Sunday from a summit in Addis Ababa"; or one only hoped, called or
pressed for: "Hopes of talks in Doha faded", "The envoy called for a summit in Abuja", "prospects for talks in Geneva"."""
NOT_THIS_AFTER = re.compile(r"^\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:is|are)\s+(?:expected|due|scheduled|set)\s+to\b|"
                            r"^\s+(?:is|are|was|were)\s+(?:(?:being|now|still|tentatively)\s+)?"
                            r"(?:planned|scheduled|pencilled)\b|"
                            r"^,?\s+to\s+(?:resume|begin|start|open|reopen|take\s+place|be\s+held|go\s+ahead)\b|"
                            r"^\s+(?:[\w-]+\s+)?(?:times|twice)\b|^\s+(?:every|each)\s+(?:year|month)\b|"
                            r"^\s+since\s+(?:19|20)\d\d\b")
"""After a gathering's or a visit's place, words that make it one to come or a habit: "The summit in Brussels on
Thursday is expected to approve the loan", "A visit by Mr Petrov to Sofia is planned for next month", "talks in Doha
to resume soon", "the conference in Brussels, to be held on 17 March,", "has visited Kyiv three times", "has hosted
the conference in Tokyo every year since 2019"."""
CALLED_OFF_LATER = re.compile(r"^(?:(?!\b(?:after|since|when|because|though|although|but|and|while|as)\b)[^.;:]){0,60}?"
                              r"\b(?:(?:has|have|had)\s+been|was|were|is|are|will\s+be)\s+(?:(?:now|again|indefinitely)\s+)?"
                              r"(?:postponed|cancell?ed|called\s+off|put\s+off|scrapped|shelved|delayed|suspended|"
                              r"moved|pushed\s+back)\b|"
                              r"^,?\s+(?:(?:originally|initially|first)\s+)?(?:planned|scheduled|set|due|slated|pencilled\s+in)"
                              r"\s+(?:for|to)\b")
"""After a gathering's place, a clause that calls it off or sets it in a time to come, with words between: "The summit
in Lima, due to open on Monday, has been postponed", "Talks in Geneva scheduled for this week were called off", "A
donors' conference in Amman planned for next month"; not one held after an earlier delay: "Talks in Geneva resumed on
Monday after they were postponed last week"."""
_REGION_WORDS = ("Europe", "Asia", "Africa", "America", "Americas", "Caribbean", "Pacific", "Atlantic", "Arctic",
                 "Oceania", "Indo-Pacific", "Eurasia", "Sahel", "Balkans", "Caucasus", "Scandinavia", "Mediterranean",
                 "Maghreb", "Levant", "Middle East", "Far East", "Near East")
_REGION_SIDES = ("", "Central ", "Southeast ", "South-East ", "South East ", "Northeast ", "North-East ", "South ",
                 "North ", "East ", "West ", "Southern ", "Northern ", "Eastern ", "Western ", "Latin ", "Sub-Saharan ",
                 "Continental ", "Southwest ", "Northwest ")
_WORLD_REGIONS = frozenset(side + word for side in _REGION_SIDES for word in _REGION_WORDS) \
    - frozenset(f for e in ENTRIES if e.type == "country" for f in e.forms)
"""A continent or a part of the world is no gathering's place, which a city or a country is: the "in" of a body's name
("a ministerial of the Organisation for Security and Co-operation in Europe opened in Skopje"), a region a first such
meeting is held in ("the first such ministerial in Central Asia"), a tour ("a tour of Southeast Asia that opens in
Hanoi"); "South Africa" is a country and stays one."""
_REGION_TOURED = "(?:the\\s+)?(?:" + "|".join(sorted(_WORLD_REGIONS, key=len, reverse=True)) + \
    r"|Gulf|Baltics|Horn\s+of\s+Africa|region|(?:(?:two|three|four|five|six|several)\s+)?(?:[A-Z][\w-]+\s+){0,2}?" \
    r"(?:countries|nations|states|capitals))"
_REGION_ADJECTIVE = r"(?:[A-Z][\w-]*\s+)?(?:Asian|African|European|American|Pacific|Gulf|Balkan|Caribbean|Baltic|Nordic|" \
    r"Arab|Middle\s+Eastern|Caucasus|Sahel)|regional|[\w-]+-(?:nation|country|state|capital)"
TOUR_IN = re.compile(r"\b(?:(?:tour|trip|swing|visit|journey)\s+(?:of|to|through|across|around)\s+" + _REGION_TOURED
                     + r"|(?:" + _REGION_ADJECTIVE + r")\s+(?:tour|swing|trip))(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|"
                     r"yesterday))?\s+in\s+" + PLACE)
"""A tour told by its region or its count of countries, then the city where it is: "began a tour of Southeast Asia in
Hanoi on Monday", "opened a three-nation tour of West Africa in Accra", "kicked off his Gulf tour in Doha"; the city
is the visit's place, which the region is not (see `_WORLD_REGIONS`); none to come ("will begin a tour of the
Pacific in Suva")."""
IN_REGION_OF_NAME = re.compile(r"(?<=[A-Z][a-z])(?P<word>[\w-]*)\s+in\s+(?=(?:"
                               + "|".join(sorted(_WORLD_REGIONS, key=len, reverse=True)) + r")\b)")
"""The "in" of a body's name that runs on through a part of the world: "the Organisation for Security and Co-operation
in Europe", "the Conference on Interaction and Confidence Building Measures in Asia"; read as "of", so that the
gathering's place is looked for after the name: "A ministerial of the Organisation ... in Europe opened in Skopje"."""
NOT_PLACES = frozenset({"The", "A", "An", "This", "That", "Next", "Last",
                        *(f for e in ENTRIES if e.type != "country" for f in e.forms),
                        *(a for e in ENTRIES for a in e.adjectives), *_WORLD_REGIONS})
"""Words before "summit" that name who holds it, not where: "the NATO summit", "the European summit"; or a part of the
world, no place of a gathering (see `_WORLD_REGIONS`)."""


def placed_elsewhere(after: str, filed: str) -> bool:
    """Whether a gathering is given a place of its own right after its name, other than where the report was filed:
    "NAIROBI - Kenya's president returned home from a summit in Addis Ababa"."""
    place = re.match(r"\s+(?:in|at)\s+" + PLACE, after)
    return place is not None and place.group("place") not in NOT_PLACES \
        and fold(" ".join(place.group("place").split())) != fold(filed)


TO_COME = re.compile(r"\b(?:will|would|must|shall|should|could|(?-i:may)|might|(?:is|are)\s+to|(?:plans?|intends?|wants?|"
                     r"hopes?|aims?)\s+to)\b[^,.;:]*$", re.IGNORECASE)
"""Words that set what follows in a time to come; "may" only in lower case, as "Baku, 14 May - The ministry hosted the
fourth round of talks" names the month of a dateline."""


WHAT_NOT_WHERE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|their|its)\b)[a-z]{2,}|"
                            r"\bfor\s+(?!talks\b|(?:a|an|the)\s+(?:meeting|visit|summit|conference|signing|ceremony)\b)[a-z]|"
                            r"(?<!,\s)\b(?:who|whose|which|that|where)\b|\d|\bfrom\s+[a-z]|"
                            r"\b(?:decision|announcement|arrival|news|adoption|release|pledges?|offer)\b|"
                            + _CARGO.pattern[:_CARGO.pattern.index(r"\b[^")] + r"\b")
"""Words between a meeting's or a signing's verb and "in" that make the place the one of what was signed or received,
not of the signing: an aim ("signed a deal to build a port in Lamu"), a purpose ("a grant for schools in Tigray"), a
clause that says which ("met families who fled to camps in Chad"), a number or goods ("received 300,000 doses in
Lilongwe", "hosted 600,000 refugees in Dadaab"), what was welcomed or received that is no one ("welcomed the decision
to fund clinics in Gaza", "received requests from farmers in Mwanza"). A clause set off by commas tells about someone
named ("met the minister, who is visiting Japan, at the Guest House in Tokyo"); a portfolio after "for" is capitalised
("hosted the Minister for Internal Security in Cairns")."""


_VISITORS = re.compile(r"\b(?:delegations?|delegates|envoys?|ministers|leaders|officials|dignitaries)\b")
CROWDS = re.compile(r"\b(?:refugees|migrants|asylum|families|people|civilians|survivors|returnees|evacuees|residents|"
                    r"children|police|officers|troops|soldiers|peacekeepers|workers|volunteers|thousands|hundreds|"
                    r"dozens|\d[\d,.]*|farmers|villagers|traders|protesters|demonstrators|fishermen|herders|"
                    r"pastoralists|students|teachers|nurses|women|youths?|elders|parents|mourners|activists|miners|"
                    r"vendors|growers|locals|citizens|voters|worshippers|neighbou?rs)\b", re.IGNORECASE)


def may_be_visitor(before: str) -> bool:
    """Whether the words before "arrived" may name a visitor: a title ("Foreign Minister Ana Lind arrived in Kinshasa"),
    a delegation or officials, or a name alone; not people who fled or were sent ("Thousands of refugees arrived in Renk",
    "the first 400 police officers arrived in Port-au-Prince")."""
    if any(w.lower() in TITLE_HEADS for w in re.findall(r"[\w-]+", before)) or _VISITORS.search(before):
        return True
    return not CROWDS.search(before)


_YEAR_BEFORE = re.compile(r"\b(?P<article>an?\s+|the\s+|(?:their|its|his|her)\s+)?(?:(?:early|late|mid-)\s*)?"
                          r"(?:(?:" + "|".join(MONTHS) + r")\s+)?(?P<year>(?:19|20)\d\d)(?:[’']s)?\s+"
                          r"(?:[\w’'-]+\s+){0,3}$")
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def of_a_past_year(article: Article, before: str) -> bool:
    """Whether a year the words before a gathering give sets it in the past: one earlier than another year the
    article names ("Pledges made at the 2022 conference in Paris ... by March 2025"), or any year after "a", which
    singles out one gathering of many ("money promised at a 2019 summit in Nairobi", "set up at a 2021 meeting of
    donors in Oslo"); "the 2026 summit in Ankara" in a report that names no later year is the one reported."""
    match = _YEAR_BEFORE.search(before)
    if match is None:
        return False
    if match.group("article") and match.group("article").strip().lower() in ("a", "an"):
        return True
    latest = max((int(y) for y in _ANY_YEAR.findall(article.text)), default=0)
    return int(match.group("year")) < latest


def lead_words(match: re.Match[str]) -> str:
    """The words a match takes in before its gathering's head or its verb ("A similar conference" -> "A similar "), for
    the words before it to be read with them."""
    head = re.search(r"\b(?:[Ss]ummit|[Cc]onference|[Ff]orum|gathering|[Mm]inisterial|[Tt]alks|[Mm]eetings?|ceremony|"
                     r"visit|visited|visiting|arrived|landed|trip|hosted|met|signed|held|had)\b", match.group())
    return match.group()[:head.start()] if head else ""


def _crowd_met(before: str, match: re.Match[str]) -> bool:
    """Whether people who live or work in a place met there among themselves: "Farmers met in Eldoret to protest the
    price of fertiliser", "Villagers met at the chief's house in Mzuzu", "Hundreds of traders have met in Kisumu"; a
    protest or a wake, not a summit or a visit. Those who met someone ("Farmers met the minister in Eldoret") tell
    the visit, and "Officials and partners met in Lomé" are visitors."""
    return re.match(r"met\s+(?:at\s|in\s)", match.group()) is not None and not may_be_visitor(before)


_AIM_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def aim_not_place(text: str, match: re.Match[str]) -> bool:
    """Whether the capitalised word after "in" opens what a gathering's name says it is for, with "of" after it:
    "the Conference in Support of the Armed Forces", "a Forum in Memory of the Victims", "a Summit in Defence of
    Democracy"; a capital or a country the draft knows is a place whatever follows, and "talks in Galați with the
    minister" or "the conference in Brussels for the Syria fund" keep their place."""
    place = " ".join(match.group("place").split())
    return place not in CAPITALS and place not in COUNTRY_NAMES and _AIM_AFTER.match(text, match.end()) is not None


def not_this_visit_or_signing(pattern: re.Pattern[str], match: re.Match[str], text: str) -> bool:
    """Whether a return or a signing is none of the article's: nobody with a title returned ("families returned from
    Nairobi"), a ceremony where nothing was signed or handed over ("laid a wreath at a ceremony in Irpin"), or a year
    sets the signing in the past ("the 2015 accord signed in Minsk")."""
    before = text[:match.start()]
    if pattern is RETURNED:
        return not any(w.lower() in TITLE_HEADS for w in re.findall(r"[\w-]+", before))
    if pattern is SAID_AFTER_MEETING and CROWDS.search(match.group("stretch") or ""):
        return True
    if pattern is TOUR_IN and TO_COME.search(before[-60:]):
        return True
    if pattern in (HOSTED_IN, VISITED_SITE) and WHAT_NOT_WHERE.search(match.group("stretch") or ""):
        return True
    if (pattern is SIGNED_IN or (pattern is HOSTED_IN and match.group().startswith("signed"))) \
            and RESIDENT_SIGNATORY.search(text, match.end(), match.end() + 200):
        return True
    if pattern is OPENS_ON_VISIT:
        return not any(w.lower() in TITLE_HEADS for w in re.findall(r"[\w-]+", match.group("who")))
    if pattern is LEFT_FOR:
        return not any(w.lower() in TITLE_HEADS for w in re.findall(r"[\w-]+", before)) or not may_be_visitor(before)
    if pattern is LAUNCHED_IN:
        return not any(w.lower() in TITLE_HEADS for w in re.findall(r"[\w-]+", match.group("by")))
    if pattern is SPENT_IN:
        return not (any(w.lower() in TITLE_HEADS for w in re.findall(r"[\w-]+", before)) or _VISITORS.search(before))
    if pattern is THERE_TO and not any(w.lower() in TITLE_HEADS for w in re.findall(r"[\w-]+", before)):
        return True
    if pattern is VISITED_SITE and not may_be_visitor(before):
        return True  # "Thousands of pilgrims visited the shrine in Karbala": no visitor of a government
    if pattern is HOSTED_IN and _crowd_met(before, match):
        return True
    if pattern is HOSTED_IN and re.match(r"(?:co-)?hosted|received|welcomed", match.group()) \
            and any(not c.group()[:1].isupper() for c in CROWDS.finditer(match.group("stretch") or "")):
        return True  # "Uganda has hosted South Sudanese refugees in Adjumani": people given shelter, no guests; a
        # portfolio is capitalised: "hosted the Minister for Police in Cairns"
    if "name" in match.groupdict() and re.fullmatch(r"(?:.*\s)?(?:" + "|".join(AGREED_VERBS) + r")\s+at\s+a\s+meeting",
                                                      match.group("name")):
        # "Ministers agreed at a meeting in Paris on Tuesday to set up a fund": what was agreed follows; "The truce
        # agreed at a meeting in Rome has held" tells a thing of the past
        return WHAT_WAS_AGREED.match(text, match.end()) is None
    if "name" in match.groupdict() and re.fullmatch(r"(?:.*\s)?(?:at|in|during)\s+a\s+ceremony", match.group("name")):
        # "signed a US$1.2 billion loan with the Bank, at a ceremony in Baghdad": a signing's or a handover's only
        return not re.search(r"\b(?:signed|signing|handed|handover|handing)\b", before + match.group("name"))
    if (pattern is SIGNED_IN or (pattern is HOSTED_IN and match.group().startswith("signed"))) \
            and _SIGNED_EARLIER.match(text, match.end()):
        return True
    return pattern is SIGNED_IN and re.search(r"\b(?:19|20)\d\d\b", before[-60:]) is not None


_SIGNED_EARLIER = re.compile(r",?\s+(?:last\s+(?:week|month|year|[A-Z][a-z]+day|" + "|".join(MONTHS) + r")|"
                             r"earlier\s+this\s+(?:week|month|year)|"
                             r"(?:a|one|two|three|four|several)\s+(?:weeks?|months?|years?)\s+ago)\b")
"""A signing the text sets in an earlier week: "The agreement, signed in Dhaka last Thursday, was not announced" or "the
deal, signed in Accra last October," tells the background of a story, not the news of the day it is written."""
