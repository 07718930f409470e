"""The words of a place and of a gathering: capitals, a gathering's head noun, a venue, what a meeting is about."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import CAPITALS, CITIES, ENTRIES, MONTHS

UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
"""Capital letters of the Latin alphabets: a place may begin with an accent ("Évian-les-Bains", "Łódź")."""
_MANY_WORDED = "|".join(re.escape(c) for c in sorted((c for c in (*CAPITALS, *CITIES) if " " in c), key=len, reverse=True))
"""Capitals of three words, or of two with a lowercase word between: "Bandar Seri Begawan", "Port of Spain"."""
MANY_WORDED_CITIES = "|".join(re.escape(c) for c in sorted((c for c in CITIES if " " in c), key=len, reverse=True))
"""Other cities of more than one word, which may open a gathering's title: "the St Petersburg International Economic
Forum", "the Rio de Janeiro Summit on Oceans"."""
PARTICLE = r"(?:(?:de|da|do|dos|das|del|es|la|le)\s+|(?:el|al|ad|as|ash|an)-)"
"""The lowercase words inside a city's name that other words of English never take the place of: "Dar es Salaam",
"Rio de Janeiro", "Sharm el-Sheikh"."""
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NO_DAY = r"(?!(?:" + "|".join((*DAYS, *MONTHS)) + r")\b)"
"""A day or a month after a city is no second word of its name: "talks in Vienna Tuesday", as American wires write it."""
PLACE = (rf"(?P<place>(?:The\s+)?(?:(?:{_MANY_WORDED})(?![\w’'-])|"
         rf"[{UPPER}][\w’'-]+(?:\s+{PARTICLE}?{NO_DAY}[{UPPER}][\w’'-]+)?))")
_A_GATHERING = "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("a", "A", "the", "The", "this", "that", "their", "its",
                                                            "annual", "informal", "regional", "international")) \
               + r"|(?<=-day\s)|(?<=-level\s)|(?<=['’]s\s)|(?<=s['’]\s))gathering"
""""Gathering" as the noun, after a determiner, a possessive or a word that describes it ("a gathering of donors in
Amman", "the two-day gathering in Bonn", "This year's gathering in Évian", "the leaders' gathering in Apia"), not
the verb of people who gather: "Refugees gathering in Adre were short of water"."""
AGREED_VERBS = ("agreed", "decided", "resolved", "pledged", "promised", "vowed", "committed", "approved", "adopted",
                "endorsed")
_AGREED_AT = "(?:" + "|".join(rf"(?<=\b{verb}\sat\sa\s)" for verb in AGREED_VERBS) + ")"
""""Agreed at a meeting in Paris": a meeting at which those named agreed or pledged something is a gathering, where "a
meeting" alone may be one minister's with people at home ("told traders at a meeting in Kisumu")."""
WHAT_WAS_AGREED = re.compile(r",?\s+(?:(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday)\s+)?(?:to|that|(?:co-)?(?:hosted|"
                             r"convened|chaired|organi[sz]ed)\s+by)\b")
"""After a meeting agreed at and its place, what was agreed, which makes the meeting the news: "agreed at a meeting in
Paris on Tuesday to set up a contact group"; or its host: "pledged at a meeting in Geneva co-hosted by Norway"."""
HEAD = r"(?:[Ss]ummit|(?<!press\s)(?<!news\s)(?<!video\s)[Cc]onference|[Ff]orum|" + _A_GATHERING + r"|[Mm]inisterial|[Tt]alks|" \
       r"(?<=[\w-]\s)Dialogue|(?:General|Health|Plenary)\s+Assembly|" \
       r"(?:[Dd]onors['’]?\s+|[Hh]igh-level\s+|[Pp]ledging\s+)[Rr]ound-?\s?[Tt]able|" \
       r"[Mm]eetings?\s+of\s+(?:(?!\b(?:to|for|about|over|who|which|that)\b)[\w\s-]){3,40}?|" \
       r"(?:signing|handover|handing-over)\s+ceremony|(?<=\bat\sa\s)ceremony|(?<=\bin\sa\s)ceremony|(?<=\bduring\sa\s)ceremony|" \
       r"(?:[Aa]nnual|[Ee]mergency|[Ee]xtraordinary|[Ii]nformal|[Rr]egular|[Pp]ledging)\s+[Mm]eetings?|" \
       r"[Ss]pring\s+[Mm]eetings|[Hh]eads\s+of\s+(?:[Ss]tate\s+and\s+)?[Gg]overnment\s+[Mm]eeting|" \
       r"(?:[Pp]ledging|[Hh]igh-level)\s+(?:event|session)|" \
       r"[A-Z][\w-]*-format\s+(?:meeting|talks)|(?:[Mm]inisters|[Ll]eaders|[Dd]onors|[Mm]inisterial)['’]?\s+[Mm]eeting|" \
       r"(?<=series\sof\s)meetings|(?<=round\sof\s)meetings|(?<=days\sof\s)meetings|" \
       r"[Mm]inisterial\s+[Cc]ouncil|" + _AGREED_AT + r"meeting|" \
       r"(?<=\b[Aa]\s)meeting(?=\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,?\s+(?:co-)?(?:hosted|convened|chaired|" \
       r"organi[sz]ed)\s+by\b))"
# The spring meetings of lenders are a gathering as their annual meetings are ("the IMF and World Bank spring meetings
# in Washington"), and so is a meeting of heads of government ("the Commonwealth Heads of Government Meeting in Apia");
# "a spring meeting of the council" is one body's.
# A dialogue or an assembly by its title is a gathering: "the Raisina Dialogue in New Delhi", "the UN General Assembly in
# New York", "the World Health Assembly in Geneva"; a dialogue in lower case is a process ("a national dialogue in
# Sudan"), and an assembly of a country's own a parliament ("the National Assembly in Nairobi").
# "A donors' roundtable opened in Maputo", "a high-level round table in Nairobi": a roundtable of donors or at a high
# level is a gathering; one of a minister with traders ("a roundtable with investors in Lagos") is a meeting of hers.
# "At a pledging event in Brussels, the EU promised", "a high-level session in Geneva": a gathering by what is done at
# it; an event alone ("a side event in Rome", "a cultural event in Lagos") is a moment of a larger one or none.
# "a meeting of donors to discuss shelters in Chad": an aim or a clause after whom the meeting was of holds the place of
# what it is about, not of the meeting.
# "spoke at a news conference in Vilnius", "told a press conference in Accra": where words were said, not a gathering.
# Days of meetings are a gathering as talks are ("wrapped up two days of meetings in Rio de Janeiro"), and a council of
# ministers by its kind ("the OSCE ministerial council in Malta", "the Ministerial Council in Vienna"); a meeting of a
# council at home is a cabinet's (see `HOME_BODY`).
# "a series of meetings in Washington" is a minister's round of talks there, as "a meeting" alone is not named an event;
# one with a host is a gathering: "The pledges came at a meeting in Geneva co-hosted by Norway and the UN".
# A ceremony is the event where something is signed or handed over ("signed at a ceremony in Honiara", "handed over in a
# ceremony held in Freetown", "a handover ceremony in Tete", "signed a loan with the Bank, at a ceremony in Lusaka"); a
# ceremony of another kind (a wreath-laying, a commemoration) is a moment of a visit.
NOT_A_BUILDING = r"(?![\w’'-]|\s+(?:[A-Z][\w’'-]+\s+)?(?:Palace|House|Building|Hall|Residence|Castle|Street|Square|" \
                   r"Centre|Center|Airport|Station|Headquarters|Mansion)\b)"
"""'talks at São Bento Palace': a building, not the place of the event (its city is named elsewhere)."""
_BUILDING_WORDS = frozenset({"Palace", "House", "Building", "Buildings", "Hall", "Residence", "Castle", "Street", "Square",
                             "Centre", "Center", "Airport", "Station", "Headquarters", "Mansion", "Hotel", "University",
                             "Stadium", "Museum", "Hospital", "College", "School", "Institute", "Auditorium", "Villa"})
_VENUE_AFTER = re.compile(r"(?:[ ]+(?:[A-Z][\w’'-]+|of|de|des|du|la))*?[ ]+(?:" + "|".join(sorted(_BUILDING_WORDS)) + r")\b")
"""A venue, however many words its name has, before or around which a gathering is placed: "The talks at Marlborough
House", "a forum at Makerere University", "The conference at Kenyatta International Convention Centre"; its city, if
the text names it, is the place ("at Mulungushi Conference Centre in Lusaka"); a base is a place as the text names it
("the contact group at Ramstein Air Base")."""


def a_venue(place: str, after: str) -> bool:
    """Whether the words taken as a place name a building, or open a building's name that goes on (see
    `_VENUE_AFTER`)."""
    return bool(set(place.split()) & _BUILDING_WORDS) or _VENUE_AFTER.match(after) is not None
EVENT = re.compile(
    r"(?<![’'])\b(?P<name>(?:(?:[A-Z][\w-]*|[a-z-]+)\s+){0,3}?" + HEAD
    + r")(?:,?\s+(?:held|hosted|taking\s+place|(?:which\s+|that\s+)?(?:opened|opens|began|begins|closed|closes|ended|ends|"
    r"concluded|concludes|got\s+under\s+way|gets\s+under\s+way|kicked\s+off|wrapped\s+up|open|begin|close|end|"
    r"resumed|resume|resumes|reopened))(?:\s+(?:on\s+)?"
    r"(?:[A-Z][a-z]+day|today|yesterday|this\s+week))?)?"
    r"\s+(?:in|at)\s+" + PLACE + NOT_A_BUILDING)
"""Named with its place after it: "a NATO summit in Vilnius", "the Ukraine Recovery Conference in Rome"; a name opens on
a word, not on the "s" of a day's possessive ("Ahead of Thursday's conference in Paris" is read whole)."""
_SUBJECTS = ("crisis", "war", "conflict", "situation", "fighting", "violence", "famine", "drought", "floods", "flooding",
             "outbreak", "election", "elections", "unrest", "insurgency", "ceasefire", "truce", "peace", "hostilities",
             "transition", "reconstruction", "recovery", "investment", "investments", "operations", "security")
NOT_ABOUT = "".join(rf"(?<!\b{word}\s)" for word in _SUBJECTS)
"""Before "in", a subject the gathering is about, not its place: "the Security Council met to discuss the crisis in
Haiti", "a conference on the war in Sudan in London" (held in London)."""
ADJECTIVES = frozenset(a for e in ENTRIES for a in e.adjectives)
COUNTRY_NAMES = frozenset(f for e in ENTRIES if e.type == "country" for f in e.forms)
