"""The event: the one summit, conference, meeting of ministers or visit the article reports, with
its place as the text names it, and its dates only where the text gives a year."""
from __future__ import annotations

import re

from generator.content.ids import slug, unique
from generator.editing.draft.gazetteer import CAPITALS, CITIES, ENTRIES, MONTHS, NEWS_AGENCIES, TITLE_HEADS
from generator.editing.draft.known import Known
from generator.editing.draft.model import LIKELY, SURE, Event
from generator.editing.draft.text import Article, fold

_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
"""Capital letters of the Latin alphabets: a place may begin with an accent ("Évian-les-Bains", "Łódź")."""
_MANY_WORDED = "|".join(re.escape(c) for c in sorted((c for c in (*CAPITALS, *CITIES) if " " in c), key=len, reverse=True))
"""Capitals of three words, or of two with a lowercase word between: "Bandar Seri Begawan", "Port of Spain"."""
_MANY_WORDED_CITIES = "|".join(re.escape(c) for c in sorted((c for c in CITIES if " " in c), key=len, reverse=True))
"""Other cities of more than one word, which may open a gathering's title: "the St Petersburg International Economic
Forum", "the Rio de Janeiro Summit on Oceans"."""
_PARTICLE = r"(?:(?:de|da|do|dos|das|del|es|la|le)\s+|(?:el|al|ad|as|ash|an)-)"
"""The lowercase words inside a city's name that other words of English never take the place of: "Dar es Salaam",
"Rio de Janeiro", "Sharm el-Sheikh"."""
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NO_DAY = r"(?!(?:" + "|".join((*_DAYS, *MONTHS)) + r")\b)"
"""A day or a month after a city is no second word of its name: "talks in Vienna Tuesday", as American wires write it."""
_PLACE = (rf"(?P<place>(?:The\s+)?(?:(?:{_MANY_WORDED})(?![\w’'-])|"
          rf"[{_UPPER}][\w’'-]+(?:\s+{_PARTICLE}?{_NO_DAY}[{_UPPER}][\w’'-]+)?))")
_A_GATHERING = "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("a", "A", "the", "The", "this", "that", "their", "its",
                                                            "annual", "informal", "regional", "international")) \
               + r"|(?<=-day\s)|(?<=-level\s)|(?<=['’]s\s)|(?<=s['’]\s))gathering"
""""Gathering" as the noun, after a determiner, a possessive or a word that describes it ("a gathering of donors in
Amman", "the two-day gathering in Bonn", "This year's gathering in Évian", "the leaders' gathering in Apia"), not
the verb of people who gather: "Refugees gathering in Adre were short of water"."""
_AGREED_VERBS = ("agreed", "decided", "resolved", "pledged", "promised", "vowed", "committed", "approved", "adopted",
                 "endorsed")
_AGREED_AT = "(?:" + "|".join(rf"(?<=\b{verb}\sat\sa\s)" for verb in _AGREED_VERBS) + ")"
""""Agreed at a meeting in Paris": a meeting at which those named agreed or pledged something is a gathering, where "a
meeting" alone may be one minister's with people at home ("told traders at a meeting in Kisumu")."""
_WHAT_WAS_AGREED = re.compile(r",?\s+(?:(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday)\s+)?(?:to|that|(?:co-)?(?:hosted|"
                              r"convened|chaired|organi[sz]ed)\s+by)\b")
"""After a meeting agreed at and its place, what was agreed, which makes the meeting the news: "agreed at a meeting in
Paris on Tuesday to set up a contact group"; or its host: "pledged at a meeting in Geneva co-hosted by Norway"."""
_HEAD = r"(?:[Ss]ummit|(?<!press\s)(?<!news\s)(?<!video\s)[Cc]onference|[Ff]orum|" + _A_GATHERING + r"|[Mm]inisterial|[Tt]alks|" \
        r"(?<=[\w-]\s)Dialogue|(?:General|Health|Plenary)\s+Assembly|" \
        r"(?:[Dd]onors['’]?\s+|[Hh]igh-level\s+|[Pp]ledging\s+)[Rr]ound-?\s?[Tt]able|" \
        r"[Mm]eetings?\s+of\s+(?:(?!\b(?:to|for|about|over|who|which|that)\b)[\w\s-]){3,40}?|" \
        r"(?:signing|handover|handing-over)\s+ceremony|(?<=\bat\sa\s)ceremony|" \
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
# council at home is a cabinet's (see `_HOME_BODY`).
# "a series of meetings in Washington" is a minister's round of talks there, as "a meeting" alone is not named an event;
# one with a host is a gathering: "The pledges came at a meeting in Geneva co-hosted by Norway and the UN".
# A ceremony is the event where something is signed or handed over ("signed at a ceremony in Honiara", "a handover
# ceremony in Tete", "signed a loan with the Bank, at a ceremony in Lusaka"); a ceremony of another kind (a wreath-laying,
# a commemoration) is a moment of a visit.
_NOT_A_BUILDING = r"(?![\w’'-]|\s+(?:[A-Z][\w’'-]+\s+)?(?:Palace|House|Building|Hall|Residence|Castle|Street|Square|" \
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


def _a_venue(place: str, after: str) -> bool:
    """Whether the words taken as a place name a building, or open a building's name that goes on (see
    `_VENUE_AFTER`)."""
    return bool(set(place.split()) & _BUILDING_WORDS) or _VENUE_AFTER.match(after) is not None
_EVENT = re.compile(
    r"(?<![’'])\b(?P<name>(?:(?:[A-Z][\w-]*|[a-z-]+)\s+){0,3}?" + _HEAD
    + r")(?:,?\s+(?:held|hosted|taking\s+place|(?:which\s+|that\s+)?(?:opened|opens|began|begins|closed|closes|ended|ends|"
    r"concluded|concludes|got\s+under\s+way|gets\s+under\s+way|kicked\s+off|wrapped\s+up|open|begin|close|end|"
    r"resumed|resume|resumes|reopened))(?:\s+(?:on\s+)?"
    r"(?:[A-Z][a-z]+day|today|yesterday|this\s+week))?)?"
    r"\s+(?:in|at)\s+" + _PLACE + _NOT_A_BUILDING)
"""Named with its place after it: "a NATO summit in Vilnius", "the Ukraine Recovery Conference in Rome"; a name opens on
a word, not on the "s" of a day's possessive ("Ahead of Thursday's conference in Paris" is read whole)."""
_SUBJECTS = ("crisis", "war", "conflict", "situation", "fighting", "violence", "famine", "drought", "floods", "flooding",
             "outbreak", "election", "elections", "unrest", "insurgency", "ceasefire", "truce", "peace", "hostilities",
             "transition", "reconstruction", "recovery", "investment", "investments", "operations", "security")
_NOT_ABOUT = "".join(rf"(?<!\b{word}\s)" for word in _SUBJECTS)
"""Before "in", a subject the gathering is about, not its place: "the Security Council met to discuss the crisis in
Haiti", "a conference on the war in Sudan in London" (held in London)."""
_EVENT_AT_VENUE = re.compile(
    r"\b(?P<name>(?:(?:[A-Z][\w-]*|[a-z-]+)\s+){0,3}?" + _HEAD + r")\s+(?:at|on|for|about|between|among|of)\s+"
    r"[^,.;:()]{1,50}?\s+" + _NOT_ABOUT + r"in\s+" + _PLACE)
"""A venue, a subject or the parties between the event and its city: "the meeting at NATO headquarters in Brussels",
"talks between the two sides resumed in Jeddah", "a summit of EU leaders in Brussels"; "held talks with the minister
in Doha" is one person's meeting, the event only where the opening sentence tells it."""
_TALKS_BETWEEN = re.compile(r"\b(?P<name>(?:[A-Z][\w-]*\s+|[a-z-]+\s+)?(?:[Tt]alks|[Nn]egotiations))\s+between\s+"
                            r"[^,.;:()]{1,100}?\s+(?:resumed|opened|began|started|restarted|reopened|continued|ended|"
                            r"closed|wrapped\s+up|got\s+under\s+way)\s+(?:(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday)\s+)?"
                            r"in\s+" + _PLACE + _NOT_A_BUILDING)
"""Talks told by their parties, however long their names, then by what the talks did where: "Talks between the Sudanese
army and the Rapid Support Forces resumed in Jeddah on Monday", "Negotiations between the government and the
opposition alliance opened on Tuesday in Nairobi"."""
_HELD_IN_AFTER = re.compile(
    r"\b(?P<name>(?:(?:[A-Z][\w-]*|[a-z-]+)\s+){0,3}?" + _HEAD + r")\s+(?:on|about|for|of)\s+[^,.;:()]{1,60}?,\s+"
    r"(?:(?:which|that)\s+(?:was|is|were|are)\s+)?(?:held|hosted\s+by\s+[^,.;:()]{1,40}?|taking\s+place|opening|convened)\s+"
    r"(?:(?:on\s+)?[A-Z][a-z]+day\s+|today\s+)?in\s+" + _PLACE + _NOT_A_BUILDING)
"""The place set off by commas after what a gathering is about, where the subject holds a place of its own: "Donors at
a conference on the crisis in Yemen, held in Riyadh, pledged $1 billion", "a summit on the war in Sudan, hosted by
France in Paris,"."""
_PLACE_FIRST = re.compile(r"\b[Tt]he\s+" + _PLACE + r"\s+(?P<name>(?:[Ss]ummit|[Cc]onference|[Ff]orum|talks|"
                          r"[Mm]inisterial)\b)")
"""The place as the event's first word: "the Vilnius summit". Taken only where the text names the
place elsewhere too, or the dateline gives it, since "the Trump summit" has a name there, not a place."""
_PLACE_TITLED = re.compile(rf"\b[Tt]he\s+(?P<name>(?P<place>{_MANY_WORDED_CITIES}|[{_UPPER}][\w’'-]+)(?:\s+[A-Z][\w-]+){{1,2}}\s+"
                           r"(?:Summit|Conference|Forum|Dialogue|Ministerial)\b)")
"""A gathering titled after its city: "the Tallinn Digital Summit", "the Halifax International Security Forum"; the
city stands alone as the first word, taken as the place on the same terms as "the Vilnius summit"."""
_BODY_TITLED = re.compile("(?:" + "|".join(re.escape(f) for e in ENTRIES if e.type != "country" for f in e.forms
                                              if " " in f) + r")\b")
"""A body whose name opens on a city, before its gathering's title: "the Shanghai Cooperation Organisation Summit" is
the body's, wherever it is held."""
_MET_IN = re.compile(r"\b(?P<who>(?:[A-Z][\w-]*\s+)?[\w-]+\s+ministers|[Mm]inisters|[Ll]eaders|[Dd]elegations?|[Dd]onors|"
                     r"(?:[A-Z][\w-]*\s+)?[Hh]eads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?|"
                     r"[Pp]residents|[Ee]nvoys|[Nn]egotiators|[Pp]artners|[Oo]fficials(?=\s+(?:of|from)\s)|"
                     r"[Dd]elegates|[Aa]llies|(?:[A-Z][\w-]*\s+)?(?:[Cc]ontact\s+)?[Gg]roup|"
                     r"(?:[Dd]onor|[Pp]artner|[Mm]ember|[Aa]llied)\s+(?:countries|nations|governments|states)|"
                     r"(?<![Tt]he\s)[Gg]overnments(?=\s+and\s))"
                     r"(?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:officials|delegates|experts|representatives|agencies|"
                     r"organi[sz]ations|lenders|institutions))?"
                     r"(?:\s+(?:of|from)\s+[^.;:]{1,80}?)?(?:\s+(?:have\s+|had\s+|has\s+)?(?:met|meets?|gathered|gathers?|convened|convenes?)|"
                     r"\s+(?:are|were|is|was)\s+(?:meeting|gathering|convening)|,?\s+(?:meeting|gathering|convening))\s+"
                     r"(?:(?:on\s+)?[A-Z][a-z]+day\s+|today\s+)?(?:for\s+(?:two|three|four|five|\d)\s+days\s+|"
                     r"behind\s+closed\s+doors\s+)?(?:at\s+[^,.;:]{1,50}?\s+)?in\s+" + _PLACE)
"""Who gathered where: "NATO defense ministers met in Brussels", "West African heads of state gathered in Abuja",
"Presidents of the five Central Asian states met in Astana", "Envoys from the region convened in Djibouti", "The
foreign ministers of Romania, Moldova and Ukraine met in Iași", "allies gathered at NATO Headquarters in Brussels", a
headline's "as Sahel contact group meets in Niamey", a live report's "Leaders are meeting in Brussels today", a
participle set off by commas or not: "EU leaders, meeting in Brussels on Thursday, agreed ...", "Donor countries
meeting in Oslo on Monday pledged", for some days or in private: "Donors met for two days in Geneva", "met behind closed
doors in Doha"; partners, or officials told by whom they are of or from: "Moldova's partners gathered in Chisinau",
"Officials from the Pacific Community convened in Nouméa", not officials alone, who may be a town's own at work
("Officials gathered in Bor to count the damage")."""
_WHERE_GATHERED = re.compile(r"\b(?:in|to|at|from)\s+" + _PLACE + r",\s+where\s+(?P<who>(?:[\w’'-]+\s+){0,5}?"
                             r"(?:ministers|leaders|donors|delegates|delegations|envoys|negotiators|heads\s+of\s+state))\s+"
                             r"(?:(?:are|were|have|has)\s+)?(?:meeting|met|gathered|gathering|convened|convening|"
                             r"holding\s+talks|held\s+talks)\b")
"""The city, then who gathers there: "We go live now to Brussels, where NATO defence ministers are meeting today", "a
report from Abuja, where West African leaders met on Sunday"."""
_HOSTED_IN = re.compile(r"\b(?:hosted|co-hosted|Hosting|convened|chaired|co-chaired|welcomed|received|met|signed|"
                        r"paid\s+an?\s+(?:courtesy\s+)?call\s+on|"
                        r"(?:held|had|holds)\s+(?:talks|an?\s+(?:(?:bilateral|"
                        r"trilateral|summit|working|high-level|one-on-one|official)\s+)?(?:meeting|summit)))"
                        r"(?P<stretch>\s+(?:[^.;:]|(?<=\b[A-Z])\.|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){1,300}?)??\s+"
                        r"(?:at\s+[^,.;:]{1,50}?\s+)?" + _NOT_ABOUT + r"in\s+" + _PLACE)
"""A visit or a signing, as the opening sentence of a report tells it: "Prime Minister Marlowe met the Prime Minister of
Ukraine, Denys Horbach, in London today", or with the place right after the verb: "Officials and partners met in
Lomé on Monday"; taken from the first sentence only, where the report's main event stands. A sum's decimal point is
no full stop: "signed a US$1.2 billion package ... at a ceremony in Baghdad". A meeting may be held by its kind, or had:
"held a summit meeting with President Ramos in Manila", "had talks with her counterpart in Rabat"; a readout's
courtesy call is a meeting: "paid a courtesy call on President Ruto at State House in Nairobi"; so is one convened or
chaired: "The agency convened a meeting of donors, Thai authorities and partners in Mae Sot on 18 June"; or a clause that opens
on the host: "Hosting her Kenyan counterpart in Kampala on Monday, the minister called for calm"."""
_SIGNED_IN = re.compile(r"\b(?:signed|(?:was|were)\s+handed\s+over)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|today\s+|yesterday\s+)?"
                        r"(?:(?<=over\s)at\s+(?:the|a|an)\s+[^,.;:]{1,50}?\s+)?in\s+" + _PLACE + _NOT_A_BUILDING)
"""A signing or a handover the lede tells with its place: "Under the agreement, signed in Dakar by the two ministers, ...",
"The radars were handed over at the naval base in Cebu by the ambassador", "The boats were handed over in Mombasa on
Friday"; a signing at a ministry of the home capital is the minister's day of work, not a gathering ("signed at the
Ministry's headquarters in Amman" is left to the other rules); one signed in a year the text gives is a past one
("the 2015 accord signed in Minsk")."""
_RESIDENT_SIGNATORY = re.compile(r"\b(?:[Cc]ountry\s+(?:[Mm]anager|[Dd]irector|[Rr]epresentative|[Hh]ead)|"
                                 r"[Rr]esident\s+(?:[Rr]epresentative|[Cc]oordinator|[Dd]irector|[Mm]ission))\b")
"""After a signing's place, a signatory who works in that country for a lender or an agency: the signing is the routine
of a loan or a grant with its local office, no gathering nor visit: "The loan was signed in Dushanbe by the finance
minister and the World Bank's country manager", "signed in Lomé by the minister and the UNDP resident
representative"; a visiting head of a bank still makes one ("signed in Port Moresby by the Treasurer and the Bank's
Director General, on his first visit")."""
_MEETING_HELD = re.compile(r"\b(?P<name>[Tt]he\s+(?:[\w’'-]+\s+){0,3}?(?:meeting|summit|conference|forum|talks|"
                           r"negotiations|ministerial)|(?<![\w’'-]\s)(?:[Tt]alks|[Nn]egotiations)),?\s+"
                           r"(?:(?:which|that)\s+(?:(?:was|were)\s+held|took\s+place)|held|took\s+place)\s+"
                           r"(?:(?:on\s+)?[A-Z][a-z]+day\s+|today\s+|yesterday\s+)?(?:at\s+[^,.;:]{1,50}?\s+)?in\s+"
                           + _PLACE + _NOT_A_BUILDING)
"""A meeting the text places by "held" or "took place": "The meeting, held in Amman, drew ministers from 30
countries", "the two-day meeting, held on Tuesday in Accra,", "The meeting took place at the ministry in Lusaka"; a
meeting held somewhere is a gathering, where "a meeting" alone may be one minister's ("she had a meeting with the
mayor in Lagos"); so are a summit, a conference or talks that took place there: "The summit, which took place in
Malabo, ended ...", "Negotiations took place in Ulaanbaatar on Friday"; one of another time is left ("The last round of
talks took place in Doha in March")."""
_WELCOMED_TO = re.compile(r"\b(?:[Ww]elcom(?:ed|es|ing))\s+(?P<who>(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:leaders|delegates|"
                          r"delegations?|ministers|guests|heads\s+of\s+(?:state|government)|envoys|counterparts?|donors|"
                          r"participants)|(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\s+to\s+" + _PLACE + _NOT_A_BUILDING)
"""A host who welcomes guests to the city tells the gathering there: "Welcoming leaders to Kigali, President Mbeki said
...", "The premier welcomed Pacific foreign ministers to Apia on Monday", "welcomed President Faye to Accra"; not
what is welcomed ("welcomed the decision to send troops to Haiti") nor people given shelter ("welcomed refugees to
Uganda")."""
_TRAVELLED = re.compile(r"\b(?:travell?ed\s+to|flew\s+(?:in)?to)\s+" + _PLACE)
"""A visit as a release opens with it: "Commissioner Lind travelled to Chisinau today, where she met ...", "The prime
minister flew into Kyiv overnight"; taken from the first sentence only, since further down people and goods travel
to many places, and only for a visitor ("Evacuees flew to Larnaca" is no visit)."""
_TRIP_IN_ANOTHER_TIME = re.compile(r"^[^,;.]{0,60}?(?<!since\s)\b(?:last|next)\s+(?:week|month|year)\b|"
                                   r"^[^,;.]{0,60}?\bearlier\s+this\s+(?:week|month|year)\b")
"""A trip the rest of its clause sets in another time: "The minister flew to Doha for talks last month, and on
Monday she signed the loan"."""
_RETURNED = re.compile(r"\breturned\s+(?:home\s+)?from\s+(?:(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:visit|trip)\s+to\s+)?"
                       + _PLACE)
"""A visit a report filed at home opens with its end: "KAMPALA - Energy Minister Ruth Okello returned from Nairobi on
Friday with a promise of power"; taken from the first sentence only, and only where a title names who returned, since
refugees and goods return from places too."""
_THERE_FOR = re.compile(r"\b(?:(?:is|was|are|were)\s+in|(?<=,\s)in|(?:flew|flies|fly|travell?ed|travels|headed|heads|went|goes|"
                        r"arrived|arrives)\s+(?:in|to|into))\s+" + _PLACE
                        + r"(?:,?\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday|this\s+week))?,?\s+for\s+"
                        r"(?P<name>(?:(?:the|a|an|this\s+week['’]s|[A-Z][a-z]+day['’]s)\s+)?(?:[\w’'.-]+\s+){0,5}?"
                        r"(?:[Ss]ummit|[Cc]onference|[Tt]alks|[Mm]eetings?|[Ff]orum|[Mm]inisterial|[Vv]isit|[Nn]egotiations))\b")
"""Someone in a place, or going there, for a gathering: "The Secretary-General is in Addis Ababa for the African Union
summit", "the foreign minister flew to Tokyo on Monday for talks with her counterpart", "delegates arrived in Bonn
for two weeks of negotiations", or set off by commas: "Japan's foreign minister, in Manila for talks with her
counterpart, signed a radar deal"."""
_OPENS_ON_GATHERING = re.compile(r"^\s*In\s+" + _PLACE + r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday))?,\s+"
                                 r"(?P<who>(?:[\w’'-]+\s+){0,4}?(?:ministers|leaders|donors|delegates|delegations|envoys|"
                                 r"negotiators|heads\s+of\s+state))\s+(?!said\b|say\b|told\b|warned\b|fear\b|feared\b)[a-z]")
"""An opening sentence that sets its scene by the city and goes on to those who gather: "In Brussels, EU leaders agreed
to give Ukraine 50 billion euros", "In Addis Ababa on Sunday, African Union heads of state called for a ceasefire";
not those who only speak there ("In Kampala, ministers said ..."); taken only where the place is a capital or
the text gives it as a place elsewhere, since "In Europe, leaders ..." names a region."""
_VISITED_SITE = re.compile(r"\b(?:visited|toured)\s+(?P<stretch>(?:an?|the|two|three|four|several|[a-z][\w’'-]+)\s+"
                           r"[^.;:,]{1,60}?)\s+in\s+(?:the\s+(?=[A-Z][\w’'-]+\s+(?:region|oblast|province|governorate|"
                           r"district|county)\b))?" + _PLACE)
"""A visit the opening sentence tells by the site seen, then its town: "The Dutch king visited a children's hospital in
Kharkiv", "The minister toured flood-hit villages in Sindh province", "visited a training ground in the Lviv region";
taken from the first sentence only and only where the site is no aim, no goods and no people who fled (see
`_WHAT_NOT_WHERE`): "visited a camp for people who fled fighting in Darfur" is no visit to Darfur."""
_THERE_TO = re.compile(r"\b(?:is|was|are|were)\s+in\s+" + _PLACE
                       + r"(?:,?\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday|this\s+week))?"
                       r"(?:,\s+where\s+(?:he|she|they|the\s+[a-z]+)\s+(?:also\s+)?(?:met|signed|held\s+talks|opened|"
                       r"launched|inaugurated|announced)|\s+to\s+(?:sign|meet|hold\s+talks|open|attend|launch|inaugurate)|"
                       r",\s+(?:meeting|signing|holding\s+talks|opening|launching|inaugurating))\b")
"""Someone with a title in a city to do what a visit does: "The commissioner was in Tbilisi on Monday, where she signed
a grant", "The prime minister was in Warsaw on Monday to sign a defence deal", "The foreign minister was in Juba on
Monday, meeting officials"; taken from the first sentence only and
only where a title names who was there ("His family was in Kyiv to meet him" is no visit)."""
_SPENT_IN = re.compile(r"\b(?:spent|spends|(?:is|are|was|were)\s+spending)\s+(?:(?:the|a|an|two|three|four|five|six|"
                       r"several|\d)\s+(?:[\w-]+\s+)?(?:days?|nights?|hours|week|weekend|morning|afternoon|evening)|"
                       r"[A-Z][a-z]+day)\s+in\s+" + _PLACE
                       + r"(?:,?\s+(?:holding\s+talks|meeting|signing|in\s+talks|for\s+talks|on\s+talks)|"
                       r",\s+where\s+(?:he|she|they|the\s+[a-z]+)\s+(?:also\s+)?(?:met|signed|held\s+talks))\b")
"""A visit told by the time a visitor spent in a city and what was done there: "A Chinese delegation spent two days in
Pretoria holding talks", "The foreign minister spent Monday in Juba, meeting officials", "The commissioner spent three
days in Dhaka for talks with the government"; only for a visitor with a title or a delegation (see
`_not_this_visit_or_signing`): "Villagers spent three days in Kasese meeting in the church" is no visit, and years
spent somewhere are a life, not a visit."""
_LAUNCHED_IN = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:formally|officially|jointly)\s+(?:launched|"
                          r"inaugurated|opened)|launched|inaugurated)\s+(?:(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday)\s+)?"
                          r"in\s+" + _PLACE + _NOT_A_BUILDING
                          + r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday))?,?\s+by\s+"
                          r"(?P<by>(?:[^.;:]|(?<=\b[A-Z])\.){1,80})")
"""A launch told in the passive with its place and the officials who performed it: "The programme was formally launched
in Lira by U.S. Ambassador Thomas Pendergast", "The bridge was inaugurated on Saturday in Tete by President Nyusi",
"The clinic was officially opened in Gulu by Ireland's development minister"; the ceremony is the event, where a
title names who launched it (see `_not_this_visit_or_signing`): "A campaign was launched in Gaza by activists" and "The
offensive was launched in Kherson by Russian forces" are none; "opened" alone may be a case or an inquiry."""
_PLACE_HOSTED = re.compile(r"^(?:The\s+)?" + _PLACE + r"\s+(?:hosted|hosts|is\s+hosting|was\s+hosting)\s+"
                           r"(?:an?|the|its|this\s+week['’]s)\s+(?P<name>(?:[\w’'-]+\s+){0,4}?(?:summit|conference|forum|"
                           r"talks|ministerial|meeting|gathering))\b")
"""A city that opens a sentence as the host of a gathering: "Kigali hosted a two-day summit of East African leaders",
"Nadi is hosting the annual forum"; taken only where the city is a capital or the text gives it as a place elsewhere,
since "Japan hosted" or "Norway hosts" name a government, whose country is left to the other rules."""
_OPENS_ON_VISIT = re.compile(r"^\s*In\s+" + _PLACE + r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday))?,\s+"
                             r"(?P<who>(?:[\w’'.-]+\s+){1,6}?)(?:also\s+)?(?:signed|met|held\s+talks|opened|"
                             r"inaugurated|handed\s+over|launched)\b")
"""An opening sentence that sets a visitor's scene by the city, then tells what the visitor did there: "In Yaoundé on
Monday, the minister signed a loan", "In Kigali, Foreign Minister Ana Lind met President Kagame"; taken only where
a title names who acted (see `_not_this_visit_or_signing`) and the city is a capital or given as a place elsewhere;
words only said there are no visit ("In Kampala, the minister said ...")."""
_LEFT_FOR = re.compile(r"\b(?:left|leaves|departed|departs)\s+[" + _UPPER + r"][\w’'-]+(?:\s+[" + _UPPER + r"][\w’'-]+)?"
                       r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday|overnight))?\s+for\s+" + _PLACE)
"""A visit told by its start from home: "The foreign minister left Berlin for Nairobi on Sunday", "The premier departs
Canberra for Port Moresby today"; the place gone to, not the one left, and only for a visitor ("Families left Goma
for Bukavu" is no visit); taken from the first sentence only, as `_TRAVELLED`."""
_HANDED_AT_CROSSING = re.compile(r"\bhand(?:ed|s|ing)?\s+over\b[^.;:]{0,120}?\bat\s+the\s+"
                                 rf"(?P<place>[{_UPPER}][\w’'-]+(?:[ -][{_UPPER}][\w’'-]+)?)\s+"
                                 r"(?:border\s+)?(?:gate|crossing(?:\s+point)?|post)\b")
"""A handover the opening sentence places at a named border crossing: "Jordan handed over 80 trucks of aid to the Red
Crescent at the Jaber border crossing on Monday"; the crossing is the place as the text names it."""
_OPENING_ONLY = ((_HOSTED_IN, LIKELY), (_HANDED_AT_CROSSING, LIKELY), (_VISITED_SITE, LIKELY), (_THERE_TO, LIKELY),
                 (_THERE_FOR, LIKELY), (_TRAVELLED, LIKELY), (_RETURNED, LIKELY),
                 (_OPENS_ON_GATHERING, LIKELY), (_OPENS_ON_VISIT, LIKELY), (_LEFT_FOR, LIKELY))
"""The patterns taken from the report's opening sentence only."""
_LEDE = 8
"""The main event is the one a report opens with: a gathering first named further down (a past one,
a next one, talks reported in passing) is not the article's event."""
_NOT_NOW = re.compile(r"\b(?:next|upcoming|planned|future|previous|last|first|founding|inaugural|host|hosts|hosting|"
                     r"follows|followed|after|before|since|ahead|run-up|eve|preparation|preparations|preparing)\b", re.IGNORECASE)
"""Words inside an event's name that set it in another time: "host the next conference in Tokyo"; or make it one to
be hosted or one before the news, as the words before a name fall inside it: "Fiji will host the Pacific Leaders
Meeting in Suva", "The order follows talks in Oslo", "she arrived in Gulu a day after holding talks in Kampala"; or
one still to come: "days before a peace summit in Luanda", "in the run-up to the climate talks in Bonn", "on the eve
of the summit in Accra"; or one past:
"Since the conference in Amman, only half the money has come"."""
_VISIT = re.compile(r"\b(?:(?:arrived|landed|touched\s+down)\s+in|"
                    r"visit\s+(?:by\s+(?:(?:an?|the|its|their)\s+[^,.;:]{1,40}?|[A-Z][^,.;:]{0,40}?)\s+)?to|visited|trip\s+to|"
                    r"\bVisiting|(?:[Dd]uring|[Tt]hroughout)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?stay\s+in|"
                    r"(?<=-day\s)tour\s+of|"
                    r"(?:is|was|are|were)\s+visiting)\s+"
                    + _PLACE)
"""A visit: "The minister is visiting Dodoma on 3-4 May", "The commissioner travelled to Dodoma today", "Canada's foreign
minister landed in Kyiv on Monday" (a visitor's, not a plane's: "a plane carrying tents landed in Goma"); its visitor
may stand between the visit and its place: "the first state visit by a Ghanaian leader to Lomé", "during a visit by
Commissioner Ana Lind to Beirut"; a tour of some days is a visit: "wrapped up a three-day tour of Moldova"; so is a
visitor's stay in a city, or a clause that opens on the visit: "During his stay in Dakar, the minister signed ...",
"Visiting Juba on Monday, the minister promised ..." ("Visiting Kenyan President Ruto" names a visitor, whose adjective
is no place). A city toured is left: officials at home tour a flooded district too ("Haque, who toured Sunamganj by
boat")."""
_VISIT_HERE = re.compile(r"\b(?:visit|trip)\s+to\s+the\s+(?:town|city|port|capital|village|island|country)\b")
"""A visit to the place a report was filed from, named by what it is: "GULU - ... during a visit to the town by the
Irish minister", "on his first official visit to the country"."""
_CARGO = re.compile(r"\b(?:shipment|consignment|convoy|cargo|batch|delivery|flights?|planes?|aircraft|doses|kits|supplies|"
                    r"(?:plane|truck|ship|boat)loads?|relief|"
                    r"teams?|goods|aid|vaccines?|equipment|generators?|ambulances?|vehicles?|trucks?|lorries|"
                    r"tents?|tonnes|tons|containers?|parcels?|helicopters?)\b[^,;:]*$", re.IGNORECASE)
"""What arrives without visiting anyone: goods, a convoy, a team sent to work ("the first planeloads of relief
arrived in this port city", "The ambulances promised by Japan arrived in Kyiv", "40 tonnes of flour landed in Aden")."""


_REGION_AFTER = re.compile(r"\s+(?P<kind>region|oblast|province|governorate|district|county)\b(?![’']s)")
"""A region, which the text names by its city and what it is: "a working visit to Mykolaiv region",
"visited Sumy oblast on Friday", "leaders met in Mopti region"; the region, not its city, is the place."""


def _as_named(article: Article, place: str, kind: str) -> str:
    """A region as the article names it most: with its kind where the text names it so at least as often as bare
    ("visit to Kherson region", "mines in Kherson region" -> "Kherson region"), bare where the headline and the body
    mostly write the name alone ("New clinics open in Swat" over "a visit to Swat district", then "the clinics in Swat"
    -> "Swat"), as a district's name alone stands for the district in the reports written about it."""
    name = re.escape(place)
    kinds = r"\s+(?:region|oblast|province|governorate|district|county)s?\b"
    with_kind = len(re.findall(rf"\b{name}{kinds}", article.text))
    bare = len(re.findall(rf"\b{name}\b(?![’'-]|{kinds})", article.text))
    return place if bare > with_kind else f"{place} {kind}"


def _goods(before: str) -> bool:
    """Whether the words before "arrived" name goods or a team sent to work, not someone who heads them: "a shipment of
    vaccine arrived in Malawi", "supplies sent by the Director-General arrived in Juba", but "The UN aid chief arrived
    in Derna", "The relief coordinator, Ana Lind, landed in Goma": the title is the last word before the verb."""
    if _CARGO.search(before) is None:
        return False
    head = re.search(r"(?<!\bby\s)(?<!\bfor\s)(?<!\bof\s)(?<!\bfrom\s)(?<!\bby\sthe\s)(?<!\bfor\sthe\s)(?<!\bof\sthe\s)"
                     r"\b(?P<title>[\w-]+)(?:,?(?:\s+[A-Z][\w’'-]+){1,3},?)?\s*$", before)
    return head is None or head.group("title").lower() not in TITLE_HEADS


_UNPLACED = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|\b(?:[Tt]his|[Ll]ast)\s+(?:week|month|year)[’']s|"
                       r"\b(?:[A-Z][a-z]+day|[Tt]oday|[Yy]esterday)[’']s)"
                       r"\s+(?P<name>(?:(?:[A-Z][\w’'–-]*|(?:[A-Z]\.){2,}|two-day|one-day|three-day|annual|extraordinary|"
                       r"(?:donors|ministers|leaders)['’]|pledging|"
                       r"emergency|informal|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+){0,5}"
                       r"(?:[Ss]ummit|[Cc]onference|[Mm]inisterial|Forum|[A-Z][\w-]*-format\s+meeting|"
                       r"meeting\s+of\s+[\w\s-]{3,40}?ministers|(?:[a-z-]+\s+)?(?:ministers|donors|leaders)['’]\s+meeting|"
                       r"(?:(?<=-day\s)|(?<=annual\s)|(?<=emergency\s)|(?<=extraordinary\s)|(?<=informal\s))meetings?|"
                       r"(?:[Ss]tate|[Oo]fficial|[Ww]orking)\s+[Vv]isit|"
                       r"(?:(?<=second\s)|(?<=third\s)|(?<=fourth\s)|(?<=fifth\s)|(?<=sixth\s)|(?<=seventh\s)|(?<=eighth\s)|"
                       r"(?<=ninth\s)|(?<=tenth\s))(?:round|day)\s+of\s+(?:[\w’'-]+\s+){0,2}?talks))\b")
"""A gathering the text names without a place: its place is the dateline's, where the report was filed; the day may
own it: "OSLO - Norway went into Tuesday's donors' meeting hoping for more"; an abbreviation may hold full stops:
"DOHA - Delegates at the fifth U.N. conference on ..."; a meeting by its kind: "VIENTIANE - ministers opened their
annual meeting on Wednesday"; talks by their round, as a host ministry's readout counts them: "Baku, 3 June - The
ministry hosted the fourth round of talks between ..." ("a round of talks" alone may be one held anywhere)."""
_BEFORE = re.compile(r"\b(?:next|upcoming|planned|future|previous|last\s+year'?s?|since|host|hosting|hosts|follows|"
                     r"followed|(?:comes|came)\s+after|eve(?:\s+of)?|(?:days?|weeks?|months?|years?|hours?|shortly|soon|long)\s+after|before|ahead(?:\s+of)?|prior(?:\s+to)?|run-up(?:\s+to)?|"
                     r"preparations?(?:\s+for)?|preparing(?:\s+for)?)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
"""Before an event, words that make it another than the one reported: planned, past ("since the
conference in Rome", "the order follows talks in Oslo"), to be hosted, or still to come ("ahead of a donors'
conference in Geneva", "on the eve of a summit in Lomé"), or one a span of time has passed since ("two weeks after
a donors' conference in Geneva"); at the head of a sentence too: "Ahead of leaders meeting in Brussels, Kyiv asked for shells"."""
_AFTER = re.compile(r"^\s+(?:(?:collapsed|ended|closed|failed|broke\s+down|stalled)\s+)?"
                    r"(?:later|next|in\s+(?:the\s+)?(?:coming|next)|last\s+(?:year|month|week|summer|spring|autumn|"
                    r"fall|winter|time)|earlier\s+this|in\s+(?:19|20)\d\d|in\s+(?:early\s+|late\s+|mid-)?(?:"
                    + "|".join(MONTHS) + r")|(?:(?:has|have|had)\s+been|was|were|is|are|will\s+be)\s+"
                    r"(?:postponed|cancelled|canceled|called\s+off|put\s+off|scrapped|shelved))\b")
"""After an event's place, words that set it in another time: "talks in Doha collapsed last month", "the visit to Kyiv
in May", "signed in Doha in February 2020"; a report of the day's news gives the day, not the month. One called off
happens at no time: "The summit in Lima has been postponed", "talks in Geneva were cancelled"."""
_NOT_THIS_BEFORE = re.compile(r"\b(?:(?:expected|due|scheduled|set|planning|plans?|hoping|hopes?|trying|tries|seeking|"
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
_NOT_THIS_AFTER = re.compile(r"^\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:is|are)\s+(?:expected|due|scheduled|set)\s+to\b|"
                             r"^\s+(?:is|are|was|were)\s+(?:(?:being|now|still|tentatively)\s+)?"
                             r"(?:planned|scheduled|pencilled)\b|"
                             r"^,?\s+to\s+(?:resume|begin|start|open|reopen|take\s+place|be\s+held|go\s+ahead)\b|"
                             r"^\s+(?:[\w-]+\s+)?(?:times|twice)\b|^\s+(?:every|each)\s+(?:year|month)\b|"
                             r"^\s+since\s+(?:19|20)\d\d\b")
"""After a gathering's or a visit's place, words that make it one to come or a habit: "The summit in Brussels on
Thursday is expected to approve the loan", "A visit by Mr Petrov to Sofia is planned for next month", "talks in Doha
to resume soon", "the conference in Brussels, to be held on 17 March,", "has visited Kyiv three times", "has hosted
the conference in Tokyo every year since 2019"."""
_CALLED_OFF_LATER = re.compile(r"^(?:(?!\b(?:after|since|when|because|though|although|but|and|while|as)\b)[^.;:]){0,60}?"
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
_TOUR_IN = re.compile(r"\b(?:(?:tour|trip|swing|visit|journey)\s+(?:of|to|through|across|around)\s+" + _REGION_TOURED
                      + r"|(?:" + _REGION_ADJECTIVE + r")\s+(?:tour|swing|trip))(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|"
                      r"yesterday))?\s+in\s+" + _PLACE)
"""A tour told by its region or its count of countries, then the city where it is: "began a tour of Southeast Asia in
Hanoi on Monday", "opened a three-nation tour of West Africa in Accra", "kicked off his Gulf tour in Doha"; the city
is the visit's place, which the region is not (see `_WORLD_REGIONS`); none to come ("will begin a tour of the
Pacific in Suva")."""
_IN_REGION_OF_NAME = re.compile(r"(?<=[A-Z][a-z])(?P<word>[\w-]*)\s+in\s+(?=(?:"
                                + "|".join(sorted(_WORLD_REGIONS, key=len, reverse=True)) + r")\b)")
"""The "in" of a body's name that runs on through a part of the world: "the Organisation for Security and Co-operation
in Europe", "the Conference on Interaction and Confidence Building Measures in Asia"; read as "of", so that the
gathering's place is looked for after the name: "A ministerial of the Organisation ... in Europe opened in Skopje"."""
_NOT_PLACES = frozenset({"The", "A", "An", "This", "That", "Next", "Last",
                         *(f for e in ENTRIES if e.type != "country" for f in e.forms),
                         *(a for e in ENTRIES for a in e.adjectives), *_WORLD_REGIONS})
"""Words before "summit" that name who holds it, not where: "the NATO summit", "the European summit"; or a part of the
world, no place of a gathering (see `_WORLD_REGIONS`)."""
_ADJECTIVES = frozenset(a for e in ENTRIES for a in e.adjectives)
_COUNTRY_NAMES = frozenset(f for e in ENTRIES if e.type == "country" for f in e.forms)
_YEAR = re.compile(r"\b(?:(?P<day>\d{1,2})\s+)?(?P<month>" + "|".join(MONTHS) + r")\s+(?:(?P<day2>\d{1,2}),?\s+)?"
                   r"(?P<year>(?:19|20)\d\d)\b")


_CAPITAL_OF = {adjective: city for city, country in CAPITALS.items() if city != "Kiev"
               for e in ENTRIES if e.name == country for adjective in e.adjectives[:1]}
_DESCRIBED_CAPITAL = re.compile(r"\bthe\s+(?P<adjective>" + "|".join(sorted(_CAPITAL_OF, key=len, reverse=True)) +
                                r")\s+capital\b")
"""'a conference in the Austrian capital': reports name the city of an event by its country once they
have named it in the headline, so the description stands for the capital's name."""


_CAPITAL_THEN_NAME = re.compile(r"\bthe\s+(?:[A-Z][\w’'-]+\s+)?capital,?\s+(?=[A-Z])" + _NO_DAY)
"""'a summit in the Nigerian capital Abuja', 'talks in the capital, Dodoma,': the city the description goes on to name
is the place, whatever the description would stand for alone (a report filed elsewhere, a country's older capital);
'in the Kenyan capital Tuesday' names a day, not the city."""


_KIND_OF_PLACE = re.compile(r"\bthe\s+(?:[\w’'-]+\s+){0,3}?(?:city|town|port|resort|island|village|enclave)\s+of\s+"
                            rf"(?=[{_UPPER}])" + _NO_DAY)
"""'a summit held in the Saudi city of Jeddah', 'talks in the Red Sea resort of Sharm el-Sheikh', 'arrived in the
southern port of Mombasa': a place told by what it is, then by its name, which is the event's place."""


_BUILDING_THEN_CITY = re.compile(r"\bat\s+(?P<building>(?:the\s+)?(?:[A-Z][\w’'-]+\s+){1,3}?(?:Palace|House|Buildings?|"
                                 r"Hall|Residence|Castle|Centre|Center|Headquarters|Mansion|Villa)),\s+"
                                 rf"(?=[{_UPPER}][\w’'-]+(?:\s+[{_UPPER}][\w’'-]+)?(?:,|\s+on\b|\s+today\b|\.))")
"""'at State House, Nairobi, on 14 May', 'signed at Lancaster House, London, on Friday': a building, then the city it
stands in, set off by a comma as readouts write it; read as 'at State House in Nairobi'. Not a name after the
building: 'at State House, President Ruto said'."""


def _named_capitals(text: str) -> str:
    text = _KIND_OF_PLACE.sub("", _CAPITAL_THEN_NAME.sub("", text))
    text = _BUILDING_THEN_CITY.sub(lambda m: f"at {m.group('building')} in ", text)
    return _DESCRIBED_CAPITAL.sub(lambda m: _CAPITAL_OF[m.group("adjective")], text)


_DATE = r"(?:\d{1,2}\s+(?:" + "|".join(MONTHS) + r")|(?:" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.?\s+\d{1,2})" \
        r"(?:,?\s+(?:19|20)\d\d)?"
_DATE_SPAN = r"(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:" + "|".join(MONTHS) + r")|(?:" + "|".join(MONTHS) + \
             r")\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)(?:,?\s+(?:19|20)\d\d)?"
"""A gathering's dates in a title: "5-6 March", "March 5-6, 2025", "14 May"."""
_FILED_LINE = re.compile(rf"^[ ]*(?P<place>[{_UPPER}][\w’'-]+(?:[ ]+{_PARTICLE}?[{_UPPER}][\w’'-]+){{0,2}})"
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


def _filed_at(article: Article) -> str:
    """The place the report was filed from: the dateline's, on its own line, else a line of place and country or
    date near the top."""
    if article.dateline_place:
        place = article.dateline_place.split("\n")[-1].strip()
        return place.title() if place.isupper() else place  # "NAIROBI, 4 September" on a line of its own
    for match in _FILED_LINE.finditer(article.text, 0, article.body_start + 300):
        country = match.group("country")
        region = bool(country) and _REGION.fullmatch(country) is not None
        agency = match.group("agency") or match.group("agency2")
        if (match.group("date") or ((country in _COUNTRY_NAMES or region) and not match.group("stop"))
                or agency in _AGENCIES) \
                and (not country or country in _COUNTRY_NAMES or region) and match.group("place") not in _COUNTRY_NAMES \
                and not set(match.group("place").split()) & _GATHERING_WORDS:
            place = match.group("place")
            return place.title() if place.isupper() else place
    byline = _BYLINE.search(article.text, 0, article.body_start + 300)
    return " ".join(byline.group("place").split()) if byline else ""


_BYLINE = re.compile(r"^[ ]*By[ ]+(?:our[ ]+(?:own[ ]+)?(?:correspondent|reporter|staff)|(?:[A-Z][\w.’'-]+[ ]+){1,4}?)"
                     rf"[ ]*in[ ]+(?P<place>[{_UPPER}][\w’'-]+(?:[ ]+{_PARTICLE}?[{_UPPER}][\w’'-]+){{0,2}})[ ]*$",
                     re.MULTILINE)
"""A byline that says where its writer filed from: "By Clara Oberhuber in Vienna", "By our correspondent in Chișinău"."""


_HERE = re.compile(r"\b(?P<verb>met|meet|meets|meeting|gathered|gather|gathers|gathering|convened|convene|convenes|"
                   r"convening|signed|signs|signing|arrived|arrives|arriving|landed|lands|landing|"
                   r"(?:held|holds|holding|hold)\s+talks)"
                   r"(?P<stretch>(?:\s+(?!(?:said|says|told|that|which|who)\b)[\w’'$€£.,-]+){0,6}?)\s+here\b")
"""A wire report's "here" after those who gather, sign, arrive or hold talks is the dateline's city, the verb's object
perhaps between: "NAIROBI (Reuters) - East African ministers meeting here on Monday agreed ...", "ADDIS ABABA - Leaders
gathered here on Sunday for their annual summit", "DAKAR - Spain's foreign minister arrived here on Monday", "LUSAKA -
Zambia and Ireland signed a grant agreement here on Tuesday"; read as "in" the city, so that the rules for a meeting,
a signing or a visit weigh it as they would the city's name; words only said here are none ("said here on
Tuesday")."""
_CONVERGED = re.compile(r"\b(?:converged|converge|converges|converging|descended|descend|descends|descending)\s+on\s+"
                        rf"(?=[{_UPPER}])")
"""Those who converge or descend on a city gather there: "Ministers from 20 countries converged on Bangkok", "Hundreds
of delegates descended on Bonn this week"; read as "gathered in", so that only those who gather (ministers, delegates)
make it an event, not "Police descended on Mombasa"."""
_SAID_AFTER = re.compile(r"\b(?P<verb>said|says|told\s+(?:reporters|journalists|the\s+press)|[Ss]peaking|spoke|"
                         r"[Aa]ddressing\s+(?:reporters|journalists|the\s+press)|announced|[Aa]nnouncing)"
                         r"\s+(?:shortly\s+|just\s+|right\s+)?after\b(?!\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+|its\s+)?"
                         r"(?:[\w’'-]+\s+){0,3}?(?:meetings?\s+(?:with|of|between|among|in|at)|talks\s+(?:with|among))\s)")
"""Words said or announced right after a gathering came out of it, which is the event: "Speaking after a summit of EU
leaders in Brussels, the premier said ...", "the chancellor told reporters after a meeting of G7 finance ministers in
Stresa"; where "after" alone sets a gathering before the news ("arrived in Gulu a day after talks in Kampala")."""
_KNOWN_CITY = "(?:" + "|".join(re.escape(c) for c in sorted((*CAPITALS, *CITIES), key=len, reverse=True)) + r")\b"
_SAID_AFTER_MEETING = re.compile(r"\b(?:said|says|told|[Ss]peaking|spoke|[Aa]ddressing|announced|[Aa]nnouncing)\b"
                                 r"(?:(?!\b(?:hours?|days?|weeks?|months?|years?)\b)[^.;:]){0,60}?\s+"
                                 r"(?:shortly\s+|just\s+|right\s+)?after\s+"
                                 r"(?P<name>(?:an?\s+|the\s+|their\s+|his\s+|her\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?"
                                 r"(?:meetings?|talks))(?P<stretch>\s+(?:with|of|between|among)\s+[^,.;:]{1,80}?)?\s+"
                                 r"(?:in\s+|at\s+(?=" + _KNOWN_CITY + r"))" + _PLACE + _NOT_A_BUILDING)
"""Words said right after a meeting, told with its place, came out of it: "said after meeting in Putrajaya with his Thai
counterpart", "Speaking to reporters in Kyiv after a meeting of the contact group at Ramstein", "told journalists after
a meeting with Gulf envoys in Muscat", "said after a day of talks with Chinese officials in Shanghai"; a meeting by
itself is no gathering (one minister's with traders may be), but one the news is told right after is the occasion of
the report. After "at", a city the draft knows, not a venue ("after a meeting at NATO headquarters"); not one a span of
time before ("said a week after meeting in Doha"), nor one with people who live there ("after a meeting with farmers in
Eldoret")."""


_REMOTE = re.compile(r"\b(?:(?:tele)?phone|video)[- ](?:call|conversation|talk|conference|summit|meeting|link)s?\b|"
                     r"\bvideo-?conferenc\w*|\b(?:by|via|over|on)\s+(?:the\s+)?(?:tele)?phone\b|\b(?:by|via)\s+video\b|"
                     r"\b(?:met|meets?|meeting|gathered|convened|talked)\s+(?:virtually|online|remotely)\b|"
                     r"\b(?:virtual|online)\s+(?:meeting|summit|conference|talks|session|gathering|ministerial)s?\b|"
                     r"\b[Cc]alls?\s+(?:with|between)\b")
"""A call or a video conference, which has no place: "spoke by telephone with President Ruto", "held a video
conference on Haiti", "Readout of the Prime Minister's call with the President of Finland", "ministers met virtually"."""
_REMOTE_ASIDE = re.compile(r"\b(?:after|following|since|before|ahead\s+of)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
"""Before a call, words that make it one before or after the news: "arrived in Warsaw a day after a phone call with
the president"."""
_JOINED_BY_VIDEO = re.compile(r"\b(?:joined|joining|addressed|addressing|told|speaking\s+to|spoke\s+to)\s+(?:the|a|an)\s+"
                              r"(?:[\w’'-]+\s+){0,4}?(?:summit|conference|meeting|forum|gathering|ministerial)\b|"
                              r"\b(?:by|via)\s+video(?:\s+link)?\s+(?:to|at)\s+(?:the|a|an)\b", re.IGNORECASE)
"""Someone who joins a gathering by a video link: the gathering is held somewhere ("Speaking by video link to a
conference in Madrid", "the minister, who joined the meeting by video link, said")."""


_MET_BEFORE = re.compile(r"\b(?:last|previously|once|first|had|never)\s+(?:met|gathered|convened|hosted)\b", re.IGNORECASE)
"""A meeting of an earlier day, told to set the scene for the news: "Donors who last met in Paris promised $2 billion",
"The two leaders first met in Geneva", "the ministers had met in Riga"."""


_MONEY_FROM = re.compile(r"(?:\d(?:bn|m)?|\b(?:billions?|millions?|bn|money|funds?|funding|pledges?|promises?|aid|sums?|"
                         r"amounts?|euros|dollars|pounds|francs|yen|kroner|commitments?|assistance|grants?|loans?|cash|"
                         r"facility|plan|agreement|deal|declaration|initiative|programme|program|mechanism|compact|"
                         r"framework|package|pact|accord|roadmap|strategy|coalition)),?"
                         r"\s+(?:pledged|promised|made|committed|raised|announced|offered|secured|set\s+up|launched|"
                         r"created|established|adopted|agreed|founded|signed|unveiled)\s+(?:at|during)\s+"
                         r"(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
"""Money or a scheme named by the gathering it was pledged or set up at, told as a thing of the past: "Only a third of
the $2 billion pledged at a conference in Geneva has arrived", "Pledges made at a donors' conference in Brussels have yet
to be paid", "The fund, set up at a conference in London, has paid out little": a gathering of another day, unless the
text gives the day ("the $1.3 billion pledged at the conference in Geneva on Monday")."""
_TODAY_AFTER = re.compile(r"^,?\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday|this\s+week)\b")


_ROUNDUP = re.compile(r"\b(?:[Rr]ound-?up|ROUND-?UP|[Dd]igest|DIGEST|[Ww]eek\s+in\s+[Rr]eview|WEEK\s+IN\s+REVIEW|"
                      r"[Nn]ews\s+in\s+[Bb]rief|[Ww]hat\s+you\s+need\s+to\s+know|[Bb]ulletin|BULLETIN|"
                      r"(?:[Dd]aily|[Ww]eekly|[Mm]orning|[Ee]vening|[Ss]ituation)\s+(?:[Bb]riefing|[Ss]ummary|[Uu]pdate|"
                      r"[Rr]eport|[Ww]rap)|(?:DAILY|WEEKLY|MORNING|EVENING|SITUATION)\s+(?:BRIEFING|SUMMARY|UPDATE|REPORT))\b")
"""A roundup of the day's or the week's news, told as such by its headline or its opening: "DIPLOMACY ROUNDUP: ...",
"Weekly briefing, 9-15 June", "Ukraine aid: news in brief", "Here's what you need to know today", "Humanitarian
bulletin"; each item has its place, and no one event is the article's."""


_HOME_BODY = re.compile(r"\b(?:[Cc]abinet|[Pp]arliament|[Ss]enate|[Nn]ational\s+[Aa]ssembly|[Ll]egislature|"
                        r"[Tt]ask\s*[Ff]orce|[Cc]risis\s+(?:[Cc]ommittee|[Cc]ell|[Cc]ent(?:re|er))|"
                        r"[Cc]ouncil\s+of\s+[Mm]inisters|[Nn]ational\s+[Ss]ecurity\s+[Cc]ouncil)\b")
"""A government's own body at work at home, no gathering of others: "The prime minister chaired an emergency meeting
of the cabinet in Kingston", "an emergency meeting of the crisis committee in Cebu"; or as the one who met: "The
Kenyan cabinet met in Nairobi", "Parliament met in an emergency session in Honiara"."""
_HOME_SUBJECT = re.compile(r"\b(?:[Cc]abinet|[Pp]arliament|[Ss]enate|[Nn]ational\s+[Aa]ssembly|[Ll]egislature)"
                           r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+)?\s+(?:(?:has|had|have)\s+)?$")
"""The body as the subject right before the verb; "The National Assembly speaker met the delegation" is a person's,
and "The SADC Council of Ministers met in Gaborone" a bloc's gathering."""
_HABIT = re.compile(r"\b(?:[Ww]hen|[Ww]henever|[Ii]f|[Uu]nless|[Uu]ntil|[Oo]nce|[Ee]very\s+(?:year|spring|autumn|time))\s+"
                    r"(?:[\w’'-]+\s+){0,4}$")
"""Before those who meet, in the present, words that make the meeting a habit or one to come: "When donors meet in
Brussels, the Sahel rarely makes the agenda", "Every year ministers gather in Davos"."""


def _a_habit(before: str, match: re.Match[str]) -> bool:
    """Whether those who meet in the present tense do so as a habit or in a time to come (see `_HABIT`)."""
    verb = re.search(r"\b(?:meet|meets|gather|gathers|convene|convenes)\b", match.group())
    return verb is not None and _HABIT.search(before + match.group()[:verb.start()]) is not None


def _told_by_call(text: str) -> bool:
    """Whether a headline or an opening sentence tells a call or a video conference as its news: "German chancellor
    promises Ukraine a Patriot system in call with Kravets", "The foreign ministers held a video conference on
    Monday"; not one before the news or a link into a gathering held somewhere."""
    if _JOINED_BY_VIDEO.search(text):
        return False
    return any(not _REMOTE_ASIDE.search(text[max(0, m.start() - 40):m.start()]) for m in _REMOTE.finditer(text))


def find_event(article: Article, known: Known, used: set[str]) -> Event | None:
    """The article's event; none where its opening tells a call or a video conference, or its headline does and the
    event found is not told in the opening: a readout of a call may name a summit the leaders talked about ("They
    discussed the outcomes of the summit in Vilnius"), which is not the news; a headline may sum up a day of visits
    and calls ("received the Prime Minister in Kyiv and held phone conversations"), whose visit the opening tells."""
    opening = _opening(article)
    if article.sentences and _told_by_call(article.sentence_text(opening)):
        return None
    if _ROUNDUP.search(article.text[:article.body_start] + (article.sentence_text(opening) if article.sentences else "")):
        return None
    if (_live_without_gathering(article.text[:article.body_start]) and not _first_entry_visit(article, opening)) \
            or _NO_NEWS.match(article.text[:article.body_start]):
        return None
    trial = set(used)
    event = _find_event(article, known, trial)
    if event is None:
        return None
    if _told_by_call(article.text[:article.body_start]) and event.excerpt != article.sentence_text(opening):
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


_ARRIVED_ON_VISIT = re.compile(r"\b(?:has|have)\s+(?:just\s+)?(?:arrived|landed)\s+in\s+" + _PLACE
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


def _opening(article: Article) -> int:
    """The report's opening sentence: the first that ends as a sentence does, past a release's header lines and a
    transcript's greeting ("ANCHOR: Good evening.", "HOST: Welcome back.")."""
    return next((i for i in range(len(article.sentences)) if re.search(r"[.!?”\"]$", article.sentence_text(i))
                 and not _GREETING.fullmatch(article.sentence_text(i))), 0)


_GREETING = re.compile(r"(?:[A-Z][A-Z ,.'’-]*:\s*)?(?:[Gg]ood\s+(?:morning|afternoon|evening|night|day)|[Ww]elcome(?:\s+back)?|"
                       r"[Tt]hank\s+you|[Tt]hanks|[Hh]ello|[Hh]i)(?:\s+(?:and\s+)?(?:everyone|all|again|very\s+much|"
                       r"to\s+the\s+programme|[A-Z][\w’'-]+))?[.!]")
"""A transcript's greeting, after a speaker's label perhaps: "ANCHOR: Good evening.", "Thank you, James." is no news."""


def _find_event(article: Article, known: Known, used: set[str]) -> Event | None:
    """The first event the body reports as happening now, not one planned or past; else a summit or
    conference the text names without a place, at the dateline's place."""
    if len(set(article.datelines)) > 1:
        return None  # a roundup of reports filed from several places: no one event is the article's
    country_first: tuple[int, re.Pattern[str], re.Match[str], str, str] | None = None
    opening = _opening(article)
    for index, sentence in enumerate(article.sentences[:_LEDE]):
        text = _named_capitals(article.masked[sentence.start:sentence.end])
        if _filed_at(article):
            # "ministers met in the capital", "donors gathered in this southern port city", in a report filed from
            # it: the dateline's city
            text = re.sub(r"\bin\s+the\s+capital\b(?![’']s|\s+of\b)", f"in {_filed_at(article)}", text)
            text = re.sub(r"\bin\s+this\s+(?:[\w’'-]+\s+){0,3}?(?:city|town|capital|port|village)\b",
                          f"in {_filed_at(article)}", text)
            text = _HERE.sub(f"\\g<verb>\\g<stretch> in {_filed_at(article)}", text)
        text = _IN_REGION_OF_NAME.sub(r"\g<word> of ", text)
        text = _CONVERGED.sub("gathered in ", text)
        text = _SAID_AFTER.sub(r"\g<verb> at", text)
        patterns = ((_EVENT_AT_VENUE, SURE), (_TALKS_BETWEEN, SURE), (_HELD_IN_AFTER, SURE), (_EVENT, SURE),
                    (_PLACE_FIRST, LIKELY), (_PLACE_TITLED, LIKELY), (_PLACE_HOSTED, LIKELY),
                    (_MET_IN, LIKELY), (_WHERE_GATHERED, LIKELY), (_SIGNED_IN, LIKELY), (_MEETING_HELD, LIKELY),
                    (_WELCOMED_TO, LIKELY), (_SAID_AFTER_MEETING, LIKELY), (_TOUR_IN, LIKELY), (_SPENT_IN, LIKELY),
                    (_LAUNCHED_IN, LIKELY),
                    (_VISIT, LIKELY), *(_OPENING_ONLY if index == opening else ()))
        for pattern, sure in patterns:
            for match in pattern.finditer(text):
                if _BEFORE.search(text[max(0, match.start() - 40):match.start()]) or _AFTER.match(text[match.end():]) \
                        or match.group("place").split()[-1] in MONTHS or match.group("place") in _NOT_PLACES \
                        or ("name" in match.groupdict() and _NOT_NOW.search(match.group("name"))):
                    continue
                if _aim_not_place(text, match):
                    continue  # "the Conference in Support of the Lebanese Armed Forces": what it is for, not where
                if _MET_BEFORE.search(text[max(0, match.start() - 20):match.start()] + match.group()):
                    continue
                if _MONEY_FROM.search(text[max(0, match.start() - 60):match.start()] + _lead_words(match)) \
                        and not _TODAY_AFTER.match(text[match.end():]):
                    continue
                if _REMOTE.search(match.group()):
                    continue  # "chaired a video conference with Pacific leaders in Tokyo": a call has no place
                if _HOME_BODY.search(match.group()) or _HOME_SUBJECT.search(text[max(0, match.start() - 50):match.start()]) \
                        or _a_habit(text[max(0, match.start() - 30):match.start()], match):
                    continue
                if _not_this_visit_or_signing(pattern, match, text) or re.search(r"[’']s\b", match.group("place")):
                    continue  # "met farmers in Kenya's north": a part of the country, not a place the text names
                if _of_a_past_year(article, text[max(0, match.start() - 40):match.start()]):
                    continue
                if _NOT_THIS_BEFORE.search(text[max(0, match.start() - 40):match.start()] + _lead_words(match)) \
                        or _NOT_THIS_AFTER.match(text[match.end():]) or _CALLED_OFF_LATER.match(text[match.end():]):
                    continue
                if pattern in (_VISIT, _TRAVELLED) and match.group().startswith(("arrived", "travel", "landed", "touched",
                                                                                  "flew")) and (
                        _goods(text[:match.start()]) or re.search(r"\b(?:which|that)\s+$", text[:match.start()])):
                    continue  # "a shipment of vaccine arrived in Malawi", "the trucks, which arrived in Juba": goods
                if pattern is _TRAVELLED and _TRIP_IN_ANOTHER_TIME.match(text[match.end():]):
                    continue
                if pattern in (_VISIT, _TRAVELLED) and match.group().startswith(("arrived", "landed", "touched", "flew")) \
                        and not _visitor(text[:match.start()]):
                    continue  # "Thousands of refugees arrived in Renk": people who fled, not visitors
                place = " ".join(match.group("place").split())
                if _a_venue(place, text[match.end():]):
                    continue  # "The talks at Marlborough House": a building, not a place
                if any(w.lower() in TITLE_HEADS or w in _ADJECTIVES for w in place.split()):
                    continue  # "visited German Chancellor Klaus Berger": a person, not a place
                if pattern in (_PLACE_FIRST, _PLACE_TITLED, _PLACE_HOSTED, _OPENS_ON_GATHERING, _OPENS_ON_VISIT) \
                        and not _city_before_the_name(article, place):
                    continue  # "In Europe, leaders ...", "In Kenya, ministers ...": a region or a country, no city
                if pattern is _PLACE_TITLED and _BODY_TITLED.match(match.group("name")):
                    continue
                if place in _COUNTRY_NAMES:
                    # "a pledging conference in Ethiopia", told again as "the conference in Addis Ababa": the
                    # city, where the text names one in its opening; a second telling by the country ("Donors met
                    # in Ethiopia" read again as a meeting there) is no city either
                    country_first = country_first or (index, pattern, match, place, sure)
                    continue
                region = _REGION_AFTER.match(text, match.end())
                if region:
                    place = _as_named(article, place, region.group("kind"))  # "a working visit to Mykolaiv region"
                return _event(article, known, used, index, _name(pattern, match, place), place,
                              f"{sure}: {match.group().strip()!r}")
        here = _VISIT_HERE.search(text)
        if here and _filed_at(article) and not _BEFORE.search(text[max(0, here.start() - 40):here.start()]) \
                and not _AFTER.match(text[here.end():]):
            return _event(article, known, used, index, f"Visit to {_filed_at(article)}", _filed_at(article),
                          f"{LIKELY}: {here.group().strip()!r}, at the dateline's place")
    if country_first is not None:
        index, pattern, match, place, sure = country_first
        scene = _city_met_in(article, index, match, place) or _scene_city(article, index) or _headline_city(article, place)
        if scene is not None:
            index, place = scene
        return _event(article, known, used, index, _name(pattern, match, place), place,
                      f"{sure}: {match.group().strip()!r}")
    if _filed_at(article):
        for index, sentence in enumerate(article.sentences[:3]):
            text = article.masked[sentence.start:sentence.end]
            for match in _UNPLACED.finditer(text):
                if _BEFORE.search(text[max(0, match.start() - 40):match.start()]) or _AFTER.match(text[match.end():]):
                    continue
                if _told_from_afar(text[max(0, match.start() - 100):match.start()], text[match.end():]):
                    continue
                if _placed_elsewhere(text[match.end():], _filed_at(article)) \
                        or _NOT_THIS_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
                    continue  # "NAIROBI - The president returned home from a summit in Addis Ababa": not Nairobi's
                if re.search(r"\bday\s+of\b", match.group("name")) and not _host_named(_filed_at(article), text):
                    continue
                name = f"{' '.join(match.group('name').split())} in {_filed_at(article)}"
                return _event(article, known, used, index, name, _filed_at(article),
                              f"{LIKELY}: {match.group().strip()!r}, at the dateline's place")
    return _headline_name_then_place(article, known, used) or _foreign_visitor_at_dateline(article, known, used) \
        or _from_headline(article, known, used) \
        or _headline_gathering(article, known, used) \
        or _on_the_sidelines(article, known, used) or _whose_visit(article, known, used)


def _host_named(filed: str, text: str) -> bool:
    """Whether the sentence names the country whose capital the report was filed from, as a party to talks told by
    their day: "ULAANBAATAR - Mongolian and Chinese officials held a second day of talks" is in the host's capital; a
    regional hub's wire tells others' talks held elsewhere ("NAIROBI - Sudan's warring parties held a second day of
    talks")."""
    country = CAPITALS.get(filed)
    forms = [f for e in ENTRIES if e.type == "country" and e.name == country for f in (*e.forms, *e.adjectives)]
    return any(re.search(rf"\b{re.escape(form)}\b", text) for form in forms)


def _placed_elsewhere(after: str, filed: str) -> bool:
    """Whether a gathering is given a place of its own right after its name, other than where the report was filed:
    "NAIROBI - Kenya's president returned home from a summit in Addis Ababa"."""
    place = re.match(r"\s+(?:in|at)\s+" + _PLACE, after)
    return place is not None and place.group("place") not in _NOT_PLACES \
        and fold(" ".join(place.group("place").split())) != fold(filed)


_TO_COME = re.compile(r"\b(?:will|would|must|shall|should|could|(?-i:may)|might|(?:is|are)\s+to|(?:plans?|intends?|wants?|"
                      r"hopes?|aims?)\s+to)\b[^,.;:]*$", re.IGNORECASE)
"""Words that set what follows in a time to come; "may" only in lower case, as "Baku, 14 May - The ministry hosted the
fourth round of talks" names the month of a dateline."""
_OUTCOME_OF = re.compile(r"\b(?:decisions?|outcomes?|results?|conclusions?|communiqu[eé]s?|declarations?)\s+"
                         r"(?:(?:taken|reached|made|adopted|agreed|issued)\s+)?(?:at|of|from|by)\s+$", re.IGNORECASE)


def _told_from_afar(before: str, after: str) -> bool:
    """Whether a gathering the text names without a place is told from where the report was filed rather than held
    there: one still to come in its clause ("BRUSSELS - The Commission proposed a fund, which leaders must approve at
    their summit", "NAIROBI - Kenya will ask donors for $500 million at the conference"), one whose decision or
    outcome a capital takes up ("KYIV - Ukraine welcomed the decision taken at the EU summit"), or one told as over
    ("KYIV - The minister said the NATO summit had sent a signal"); the dateline's place is the event's only where the
    gathering is there."""
    return bool(_TO_COME.search(before) or _OUTCOME_OF.search(before) or re.match(r"\s+had\b", after))


_NAME_THEN_PLACE = re.compile(r"(?:^|:\s+)(?P<name>[A-Z][^:,;]{0,80}?\b(?:[Ss]ummit|[Cc]onference|[Ff]orum|[Mm]inisterial|"
                              r"[Mm]eeting|[Dd]ialogue|[Tt]alks(?:\s+on\s+[\w\s-]{1,30}?)?|[Rr]ound\s?[Tt]able))\s*,\s+"
                              + _PLACE + r"(?:,\s+" + _DATE_SPAN + r")?\s*$")
"""A readout's or a communiqué's title: the gathering, then its city after a comma, and perhaps its dates: "Chair's
readout: Arctic Search and Rescue Ministerial Meeting, Tromsø, 5-6 March", "Joint communiqué: Central Asia Water
Summit, Dushanbe", "Readout: Third round of talks on the border, Tbilisi"."""


def _headline_name_then_place(article: Article, known: Known, used: set[str]) -> Event | None:
    """The gathering a readout's title names with its city after a comma (see `_NAME_THEN_PLACE`); the city, where it is
    a capital or the text gives it as a place; a country or a day is no city ("Summit on water, Friday")."""
    title = next((line for line in article.text[:article.body_start].splitlines() if line.strip()), "")
    match = _NAME_THEN_PLACE.search(title.strip())
    if match is None or _NOT_NOW.search(match.group("name")) or _BEFORE.search(match.group("name")):
        return None
    place = " ".join(match.group("place").split())
    if place in _NOT_PLACES or place in _COUNTRY_NAMES or place.split()[-1] in (*MONTHS, *_DAYS) \
            or not (place in CAPITALS or _named_elsewhere(article, place)):
        return None
    name = " ".join(match.group("name").split())
    return _event(article, known, used, _first_naming(article, place) or 0, f"{name} in {place}", place,
                  f"{LIKELY}: {match.group().lstrip(': ').strip()!r} in the title")


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


def _foreign_visitor_at_dateline(article: Article, known: Known, used: set[str]) -> Event | None:
    """The signing or talks of a minister or a head of state from another country than the one whose capital the report
    was filed from, told by the opening sentence with no place of its own (see `_FOREIGN_VISITOR`): the visit is to
    the dateline's capital. An ambassador lives there, and words said ("said the two had signed") are no visit."""
    filed = _filed_at(article)
    if filed not in CAPITALS or not article.sentences:
        return None
    index = _opening(article)
    text = article.masked[article.sentences[index].start:article.sentences[index].end]
    match = _FOREIGN_VISITOR.search(text)
    while match is not None:
        country = _COUNTRY_OF[match.group("adjective")]
        if country == CAPITALS[filed] or re.search(r"\b(?:said|says|told|announced|will|would|to)\b", match.group("stretch")) \
                or not _hosted_visitor(text[:match.start()], match):
            match = _FOREIGN_VISITOR.search(text, match.start() + 1)  # "Kenya's Secretary and Norwegian Minister Berg"
            continue
        return _event(article, known, used, index, f"Visit to {filed}", filed,
                      f"{LIKELY}: {match.group().strip()!r}, a visitor at the dateline's capital")
    for visiting in _VISITING_FROM.finditer(text):
        if _COUNTRY_OF.get(visiting.group("adjective"), "") != CAPITALS[filed] \
                and not _TO_COME.search(text[:visiting.start()]):
            return _event(article, known, used, index, f"Visit to {filed}", filed,
                          f"{LIKELY}: {visiting.group().strip()!r}, a visitor at the dateline's capital")
    return None


_HEADLINE_GATHERING = re.compile(r"\b(?P<name>(?:[A-Z][\w’'-]*\s+){1,5}(?:Summit|Conference|Forum|Ministerial|Dialogue|"
                                 r"(?:Ministerial|Ministers['’]?|Leaders['’]?|Donors['’]?)\s+Meeting))\b")
"""A gathering the headline names by its title and no place: "Ukraine Recovery Conference 2025 - live updates",
"LIVE: Africa Climate Summit, day one"."""


def _headline_gathering(article: Article, known: Known, used: set[str]) -> Event | None:
    """The gathering the headline names by its title, at the place the report or blog was filed from: a live blog or
    a report filed at a gathering gives its city in the dateline, not in the headline; none to come or past ("Ahead
    of Africa Climate Summit, Kenya seeks pledges")."""
    filed = _filed_at(article)
    if not filed:
        return None
    headline = article.text[:article.body_start]
    for match in _HEADLINE_GATHERING.finditer(headline):
        if _BEFORE.search(headline[max(0, match.start() - 40):match.start()].lower()) \
                or _AFTER.match(headline[match.end():]) or _NOT_NOW.search(match.group("name")):
            continue
        name = " ".join(match.group("name").split())
        return _event(article, known, used, 0, f"{name} in {filed}", filed,
                      f"{LIKELY}: {name!r} in the headline, at the dateline's place")
    return None


_SCENE = re.compile(r"^In\s+" + _PLACE + r"(?P<comma>,)?")
"""A sentence that opens on its city: "In Lublin, 80 kilometres to the west, the two ministers signed the deal"; or
without the comma where the visitor's meeting follows at once: "In Nouakchott she signed a migration deal"."""
_MET_LATER = re.compile(r"\b(?:meeting|met|holding\s+talks|held\s+talks|signing|signed)\b(?P<stretch>[^.;:]{0,80}?)\s+in\s+"
                        + _PLACE)
"""A visit to a country whose sentence goes on to the visitor's meeting in a city: "began a two-day visit to Senegal on
Monday, meeting President Faye in Dakar", "arrived in Ghana on Sunday and held talks with the president in Accra"."""


def _scene_city(article: Article, last: int) -> tuple[int, str] | None:
    """The city a sentence of the lede up to `last` opens on, where the event is told only by its country ("on his
    first visit to Poland"): a report sets the scene of its event by the city; or the sentence right after, where it
    goes on to the visitor's meeting: "... began a two-day visit to Ethiopia on Monday. In Addis Ababa, she met the
    prime minister", not "In Tigray, fighting continues"."""
    for index, sentence in enumerate(article.sentences[:last + 2]):
        text = article.masked[sentence.start:sentence.end]
        match = _SCENE.match(text)
        if match and match.group("place") not in _COUNTRY_NAMES and match.group("place") not in _NOT_PLACES \
                and match.group("place").split()[-1] not in MONTHS \
                and ((index <= last and match.group("comma")) or _MET_THERE.match(text, match.end() + 1)
                     or (match.group("comma") and _MET_THERE.search(text, match.end()))):
            return index, " ".join(match.group("place").split())
    return None


def _city_met_in(article: Article, index: int, visit: re.Match[str], country: str) -> tuple[int, str] | None:
    """The city where a visitor met someone, later in the sentence that tells the visit by its country (see
    `_MET_LATER`); not a place that is what was signed or met about ("signed a deal to build a port in Lamu"), nor
    where people who live there were met ("meeting refugees in Dadaab" is a stop of the visit), nor a capital of
    another country."""
    text = article.masked[article.sentences[index].start:article.sentences[index].end]
    text = _named_capitals(text)
    for match in _MET_LATER.finditer(text, visit.end()):
        place = " ".join(match.group("place").split())
        if _WHAT_NOT_WHERE.search(match.group("stretch")) or _CROWDS.search(match.group("stretch")) \
                or place in _COUNTRY_NAMES or place in _NOT_PLACES \
                or place.split()[-1] in MONTHS or re.search(r"[’']s\b", place) \
                or (place in CAPITALS and CAPITALS[place] != _country_named(country)):
            continue
        return index, place
    return None


def _headline_city(article: Article, country: str) -> tuple[int, str] | None:
    """The city of the gathering the headline places, where the body tells it only by its country: "LIVE: Reconstruction
    conference in Port Louis - as it happened" over "Donors and leaders met in Mauritius"; a headline writer gives the
    city the lede leaves out. A capital of another country is another gathering's place ("After Nairobi summit, donors
    meet in Ethiopia")."""
    placed = _placed_in_headline(article.text[:article.body_start])
    if placed is None:
        return None
    place = placed[1]
    if place in CAPITALS and CAPITALS[place] != _country_named(country):
        return None
    return _first_naming(article, place) or 0, place


def _country_named(form: str) -> str:
    """The country's name a form of it stands for: "Mauritian" -> "Mauritius"."""
    return next((e.name for e in ENTRIES if e.type == "country" and form in e.forms), form)


_MET_THERE = re.compile(r"\b(?:he|she|they|the\s+(?:minister|president|commissioner|secretary|delegation|envoy|visitor)s?)\s+"
                        r"(?:also\s+)?(?:met|held\s+talks|signed|was\s+received|were\s+received|laid|opened|inaugurated)\b")
"""The visitor's meeting in the scene a sentence sets: "In Addis Ababa, she met the prime minister"."""


_WHAT_NOT_WHERE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|their|its)\b)[a-z]{2,}|"
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
_CROWDS = re.compile(r"\b(?:refugees|migrants|asylum|families|people|civilians|survivors|returnees|evacuees|residents|"
                     r"children|police|officers|troops|soldiers|peacekeepers|workers|volunteers|thousands|hundreds|"
                     r"dozens|\d[\d,.]*|farmers|villagers|traders|protesters|demonstrators|fishermen|herders|"
                     r"pastoralists|students|teachers|nurses|women|youths?|elders|parents|mourners|activists|miners|"
                     r"vendors|growers|locals|citizens|voters|worshippers|neighbou?rs)\b", re.IGNORECASE)


def _visitor(before: str) -> bool:
    """Whether the words before "arrived" may name a visitor: a title ("Foreign Minister Ana Lind arrived in Kinshasa"),
    a delegation or officials, or a name alone; not people who fled or were sent ("Thousands of refugees arrived in Renk",
    "the first 400 police officers arrived in Port-au-Prince")."""
    if any(w.lower() in TITLE_HEADS for w in re.findall(r"[\w-]+", before)) or _VISITORS.search(before):
        return True
    return not _CROWDS.search(before)


_YEAR_BEFORE = re.compile(r"\b(?P<article>an?\s+|the\s+|(?:their|its|his|her)\s+)?(?:(?:early|late|mid-)\s*)?"
                          r"(?:(?:" + "|".join(MONTHS) + r")\s+)?(?P<year>(?:19|20)\d\d)(?:[’']s)?\s+"
                          r"(?:[\w’'-]+\s+){0,3}$")
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _of_a_past_year(article: Article, before: str) -> bool:
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


def _lead_words(match: re.Match[str]) -> str:
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
    return re.match(r"met\s+(?:at\s|in\s)", match.group()) is not None and not _visitor(before)


_AIM_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _aim_not_place(text: str, match: re.Match[str]) -> bool:
    """Whether the capitalised word after "in" opens what a gathering's name says it is for, with "of" after it:
    "the Conference in Support of the Armed Forces", "a Forum in Memory of the Victims", "a Summit in Defence of
    Democracy"; a capital or a country the draft knows is a place whatever follows, and "talks in Galați with the
    minister" or "the conference in Brussels for the Syria fund" keep their place."""
    place = " ".join(match.group("place").split())
    return place not in CAPITALS and place not in _COUNTRY_NAMES and _AIM_AFTER.match(text, match.end()) is not None


def _not_this_visit_or_signing(pattern: re.Pattern[str], match: re.Match[str], text: str) -> bool:
    """Whether a return or a signing is none of the article's: nobody with a title returned ("families returned from
    Nairobi"), a ceremony where nothing was signed or handed over ("laid a wreath at a ceremony in Irpin"), or a year
    sets the signing in the past ("the 2015 accord signed in Minsk")."""
    before = text[:match.start()]
    if pattern is _RETURNED:
        return not any(w.lower() in TITLE_HEADS for w in re.findall(r"[\w-]+", before))
    if pattern is _SAID_AFTER_MEETING and _CROWDS.search(match.group("stretch") or ""):
        return True
    if pattern is _TOUR_IN and _TO_COME.search(before[-60:]):
        return True
    if pattern in (_HOSTED_IN, _VISITED_SITE) and _WHAT_NOT_WHERE.search(match.group("stretch") or ""):
        return True
    if (pattern is _SIGNED_IN or (pattern is _HOSTED_IN and match.group().startswith("signed"))) \
            and _RESIDENT_SIGNATORY.search(text, match.end(), match.end() + 200):
        return True
    if pattern is _OPENS_ON_VISIT:
        return not any(w.lower() in TITLE_HEADS for w in re.findall(r"[\w-]+", match.group("who")))
    if pattern is _LEFT_FOR:
        return not any(w.lower() in TITLE_HEADS for w in re.findall(r"[\w-]+", before)) or not _visitor(before)
    if pattern is _LAUNCHED_IN:
        return not any(w.lower() in TITLE_HEADS for w in re.findall(r"[\w-]+", match.group("by")))
    if pattern is _SPENT_IN:
        return not (any(w.lower() in TITLE_HEADS for w in re.findall(r"[\w-]+", before)) or _VISITORS.search(before))
    if pattern is _THERE_TO and not any(w.lower() in TITLE_HEADS for w in re.findall(r"[\w-]+", before)):
        return True
    if pattern is _VISITED_SITE and not _visitor(before):
        return True  # "Thousands of pilgrims visited the shrine in Karbala": no visitor of a government
    if pattern is _HOSTED_IN and _crowd_met(before, match):
        return True
    if pattern is _HOSTED_IN and re.match(r"(?:co-)?hosted|received|welcomed", match.group()) \
            and any(not c.group()[:1].isupper() for c in _CROWDS.finditer(match.group("stretch") or "")):
        return True  # "Uganda has hosted South Sudanese refugees in Adjumani": people given shelter, no guests; a
        # portfolio is capitalised: "hosted the Minister for Police in Cairns"
    if "name" in match.groupdict() and re.fullmatch(r"(?:.*\s)?(?:" + "|".join(_AGREED_VERBS) + r")\s+at\s+a\s+meeting",
                                                      match.group("name")):
        # "Ministers agreed at a meeting in Paris on Tuesday to set up a fund": what was agreed follows; "The truce
        # agreed at a meeting in Rome has held" tells a thing of the past
        return _WHAT_WAS_AGREED.match(text, match.end()) is None
    if "name" in match.groupdict() and re.fullmatch(r"(?:.*\s)?at\s+a\s+ceremony", match.group("name")):
        # "signed a US$1.2 billion loan with the Bank, at a ceremony in Baghdad": a signing's or a handover's only
        return not re.search(r"\b(?:signed|signing|handed|handover|handing)\b", before + match.group("name"))
    if (pattern is _SIGNED_IN or (pattern is _HOSTED_IN and match.group().startswith("signed"))) \
            and _SIGNED_EARLIER.match(text, match.end()):
        return True
    return pattern is _SIGNED_IN and re.search(r"\b(?:19|20)\d\d\b", before[-60:]) is not None


_SIGNED_EARLIER = re.compile(r",?\s+(?:last\s+(?:week|month|year|[A-Z][a-z]+day|" + "|".join(MONTHS) + r")|"
                             r"earlier\s+this\s+(?:week|month|year)|"
                             r"(?:a|one|two|three|four|several)\s+(?:weeks?|months?|years?)\s+ago)\b")
"""A signing the text sets in an earlier week: "The agreement, signed in Dhaka last Thursday, was not announced" or "the
deal, signed in Accra last October," tells the background of a story, not the news of the day it is written."""


def _name(pattern: re.Pattern[str], match: re.Match[str], place: str) -> str:
    """The event's name, from the words that named it."""
    if pattern is _PLACE_TITLED:
        return " ".join(match.group("name").split())
    if pattern in (_EVENT, _EVENT_AT_VENUE, _TALKS_BETWEEN, _HELD_IN_AFTER, _PLACE_FIRST, _PLACE_HOSTED, _MEETING_HELD):
        name = " ".join(match.group("name").split())
        head = re.search(r"\b(?:summit|conference|forum|gathering|ministerial|talks|meetings?|dialogue|assembly)\b", name,
                         re.IGNORECASE)
        lead = re.match(r".*\b(?:the|a|an|at|during|of|to|their|its|his|her|our)\s+",
                        name[:head.start()] if head else "", re.IGNORECASE)
        # "(ministers opened) their annual meeting", "(led the delegation) to the Annual Meetings": the name only
        name = name[lead.end():] if lead else name
        return f"{name[:1].upper()}{name[1:]} in {place}"
    if pattern is _THERE_FOR:
        name = re.sub(r"^(?:the|a|an|this\s+week['’]s|[A-Z][a-z]+day['’]s)\s+", "", " ".join(match.group("name").split()))
        return f"{name[:1].upper()}{name[1:]} in {place}"
    if pattern in (_MET_IN, _OPENS_ON_GATHERING, _WHERE_GATHERED):
        return f"Meeting of {' '.join(match.group('who').split())} in {place}"
    if pattern in (_HOSTED_IN, _WELCOMED_TO, _SAID_AFTER_MEETING):
        return f"Meeting in {place}"
    if pattern is _SIGNED_IN:
        return f"Signing in {place}"
    if pattern is _LAUNCHED_IN:
        return f"Launch in {place}"
    if pattern is _HANDED_AT_CROSSING:
        return f"Handover at {place}"
    return f"Visit to {place}"


_HEADLINE_EVENT = re.compile(r"\b(?P<place>[A-Z][\w’'-]+)\s+(?:(?!(?:the|a|an|and|or|to|of|for|in|at|on|as|after|before|"
                             r"ahead|with)\s)[a-z][\w-]+\s+)?(?P<name>[Ss]ummit|[Cc]onference|[Ff]orum|[Tt]alks|"
                             r"(?:[Pp]ledging|[Dd]onors?['’]?|[Mm]inisterial)\s+[Mm]eeting)\b|"
                             r"\b(?P<name2>[Vv]isit|[Tt]rip)\s+to\s+(?:[a-z]+\s+)?(?P<place2>[A-Z][\w’'-]+)")
"""'EU leaders agree €18bn as Brussels summit ends', 'during minister's visit to bombed Odesa port', 'Gulf donors step
up at Lusaka pledging meeting', 'Lenders pledge billions at Adana reconstruction conference': a headline names the event
by its place, with a word for what it is about perhaps between them."""


def _from_headline(article: Article, known: Known, used: set[str]) -> Event | None:
    """The event the headline names by its place, when the body names nothing it could be but gives
    that place as a place; the excerpt is the first sentence of the body that names the place."""
    headline = article.text[:article.body_start]
    placed = _placed_in_headline(headline)
    if placed is not None:
        name, place = placed
        return _event(article, known, used, _first_naming(article, place) or 0, name, place,
                      f"{LIKELY}: {name!r} in the headline")
    for match in [*_HEADLINE_EVENT.finditer(headline), *_MET_IN.finditer(headline), *_HEADLINE_IN_FOR.finditer(headline)]:
        if _headline_other_time(headline, match):
            continue
        if match.re is _HEADLINE_IN_FOR:
            place = " ".join(match.group("place").split())
            if place in _NOT_PLACES or place in _COUNTRY_NAMES or place.split()[-1] in MONTHS:
                continue
            index = _first_naming(article, place) if _named_elsewhere(article, place) else None
            if index is None and (fold(place) == fold(_filed_at(article)) or not _filed_at(article)):
                index = 0
            if index is not None:
                name = re.sub(r"^(?:the|a|an)\s+", "", " ".join(match.group("name").split()))
                return _event(article, known, used, index, f"{name} in {place}", place,
                              f"{LIKELY}: {match.group().strip()!r} in the headline")
            continue
        if match.re is _MET_IN:
            # "... as fisheries ministers meet in Honiara", "Donors gather in N'Djamena"
            place, name = match.group("place"), f"meeting of {' '.join(match.group('who').split())}"
            if place not in _NOT_PLACES and place not in _COUNTRY_NAMES:
                index = _first_naming(article, place) if _named_elsewhere(article, place) else None
                if index is None and fold(place) == fold(_filed_at(article)):
                    index = 0  # the body names the city in its dateline only
                if index is None and not _filed_at(article) and _gathering_now(headline, match):
                    index = 0
                if index is not None:
                    return _event(article, known, used, index, f"{name} in {place}", place,
                                  f"{LIKELY}: {match.group().strip()!r} in the headline")
            continue
        place = match.group("place") or match.group("place2")
        name = (match.group("name") or match.group("name2")).lower()
        if place in _NOT_PLACES or place in _COUNTRY_NAMES or not _named_elsewhere(article, place):
            continue
        index = _first_naming(article, place)
        if index is not None:
            return _event(article, known, used, index, f"{name} {'to' if match.group('place2') else 'in'} {place}", place,
                          f"{LIKELY}: {match.group().strip()!r} in the headline")
    return None


_HEADLINE_IN_FOR = re.compile(r"\b[A-Z][\w’'-]+\s+(?:is\s+|are\s+)?in\s+" + _PLACE + r"\s+for\s+"
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
    return bool(_BEFORE.search(before) or _NOT_THIS_BEFORE.search(before) or _AFTER.match(after)
                or _NOT_THIS_AFTER.match(after) or _HEADLINE_TO_COME.match(after))


_SIDELINES = re.compile(r"\b(?:[Oo]n|[Aa]t)\s+the\s+(?:sidelines|margins|fringes?)\s+of\s+(?P<name>(?:the|a|an|this\s+week['’]s|"
                        r"[A-Z][a-z]+day['’]s|(?:yester|to)day['’]s)\s+(?:[\w’'-]+\s+){0,6}?"
                        r"(?:[Ss]ummit|[Cc]onference|[Ff]orum|[Mm]eetings?|[Gg]athering|[Mm]inisterial|[Tt]alks|[Dd]ialogue|"
                        r"[Vv]isit|[Ll]aunch|[Ss]ession|[Pp]lenary|[Aa]ssembly|[Cc]ongress|[A-Z]{3,6}))\b"
                        r"(?:\s+in\s+" + _PLACE + r")?")
"""What others did "on the sidelines of the forum" or "on the margins of Thursday's meeting" was done at the
gathering the report is about: at the place named after it, else where the report was filed."""


_ANOTHER_TIME = re.compile(r"\b(?:[Ee]arlier\s+this|[Ll]ast)\s+(?:week|month|year)\b|\b(?:[Rr]ecalling|[Rr]ecalled)\b")
"""Words before the sidelines that set them in a past meeting: "Earlier this week, she discussed it with him on the
sidelines of a meeting in Tunis", "Recalling their meeting on the margins of the General Assembly"."""
_IN_MONTH = re.compile(r"\s+in\s+(?:" + "|".join(MONTHS) + r")\b")


def _on_the_sidelines(article: Article, known: Known, used: set[str]) -> Event | None:
    """The gathering on whose sidelines others met, where the body names no other event."""
    for index, sentence in enumerate(article.sentences):
        text = article.masked[sentence.start:sentence.end]
        for match in _SIDELINES.finditer(text):
            place = " ".join((match.group("place") or _filed_at(article)).split())
            if match.group("place") and index >= _LEDE and fold(place) != fold(_filed_at(article)):
                continue  # a gathering with a place of its own, told in passing far into a bulletin
            if not place or _NOT_NOW.search(match.group("name")) or _AFTER.match(text[match.end():]) \
                    or _ANOTHER_TIME.search(text[:match.start()]) or _IN_MONTH.match(text[match.end():]) \
                    or place in _NOT_PLACES or place.split()[-1] in MONTHS:
                continue
            name = re.sub(r"^(?:the|a|an)\s+", "", " ".join(match.group("name").split()))
            return _event(article, known, used, index, f"{name} in {place}", place,
                          f"{LIKELY}: {match.group().strip()!r}" + ("" if match.group("place") else ", at the dateline's place"))
    return None


_WHOSE_VISIT = re.compile(r"\b[A-Z][\w-]+['’]s\s+(?:(?:[\w-]+-day|official|first|working|state|two|three|four|five)\s+)*"
                          r"[Vv]isit\s+to\s+" + _PLACE)
"""A feature may open on a scene and name its occasion late: "Halvorsen's three-day visit to Zambia, the first by a
Norwegian minister in a decade, was built around water"; the visit a person's name owns is the article's."""


def _whose_visit(article: Article, known: Known, used: set[str]) -> Event | None:
    """The visit a person's possessive names, anywhere in the body, where nothing else is the event."""
    for index, sentence in enumerate(article.sentences):
        text = article.masked[sentence.start:sentence.end]
        for match in _WHOSE_VISIT.finditer(text):
            place = " ".join(match.group("place").split())
            if _BEFORE.search(text[max(0, match.start() - 40):match.start()]) or _AFTER.match(text[match.end():]) \
                    or _ANOTHER_TIME.search(text) or place in _NOT_PLACES or place.split()[-1] in MONTHS:
                continue
            return _event(article, known, used, index, f"Visit to {place}", place, f"{LIKELY}: {match.group()!r}")
    return None


def _gathering_now(headline: str, match: re.Match[str]) -> bool:
    """Whether a headline tells a gathering now, in its own words, as a live blog's does whose body goes straight to what
    was said there without naming the city again: "Ukraine war live: donors meet in Warsaw as Kyiv asks for
    generators", "Live: foreign ministers gather in Riga"; none to come ("ministers meet in Riga next week") or past,
    and a country is left to the body ("donors meet in Poland"). Taken only where the report gives no place it was
    filed from, as "KYIV - ..." under "... as NATO ministers meet in Brussels" tells the news where it lands."""
    return re.search(r"\b(?:meets?|gathers?|convenes?|are\s+meeting|are\s+gathering)\s", match.group()) is not None \
        and not _BEFORE.search(headline[max(0, match.start() - 40):match.start()]) \
        and not _AFTER.match(headline[match.end():]) and match.group("place").split()[-1] not in MONTHS


def _first_naming(article: Article, place: str) -> int | None:
    """The first sentence of the body that names `place`."""
    return next((i for i, s in enumerate(article.sentences)
                 if re.search(r"\b" + re.escape(place) + r"\b", article.masked[s.start:s.end])), None)


def _placed_in_headline(headline: str) -> tuple[str, str] | None:
    """The name and city of a gathering the headline names with its place after it, as the body may not name it
    again: "Five things we learned from the Pan-African summit in Lomé", "... as Reconstruction Forum concludes in
    Kingston"; a country after "in" is left to the body, which names the city."""
    for match in _EVENT.finditer(headline):
        place = " ".join(match.group("place").split())
        if _NOT_NOW.search(match.group("name")) or _BEFORE.search(headline[max(0, match.start() - 40):match.start()]) \
                or _AFTER.match(headline[match.end():]) or place in _NOT_PLACES \
                or place in _COUNTRY_NAMES or place.split()[-1] in MONTHS:
            continue
        return _name(_EVENT, match, place), place
    titled = _TITLE_THEN_CITY.search(headline)
    if titled and not _NOT_NOW.search(titled.group("name")):
        return f"{' '.join(titled.group('name').split())} in {titled.group('place')}", titled.group("place")
    return None


_TITLE_THEN_CITY = re.compile(r"(?:^|:\s+)(?P<name>(?:[A-Z][\w’'-]*\s+){1,5}(?:Summit|Conference|Forum|Meetings?|Talks|"
                              r"Ministerial|Dialogue))\s*,\s+(?P<place>" + _KNOWN_CITY + r")(?=\s*(?:[-–—|:]|$))",
                              re.MULTILINE)
"""A live page's title that names the gathering, then its city after a comma: "LIVE: Andes Water Partners Meeting,
Lima – day two", "Africa Climate Summit, Nairobi"; only a city the gazetteer knows, so that a country ("..., Italy")
or a clause ("..., Analysts Say") after the comma gives no place."""


def _city_before_the_name(article: Article, place: str) -> bool:
    """Whether the word before "summit" is a city: a capital, or a word the text gives as a place elsewhere ("the
    Vilnius summit"); "the Trump summit" and "the Ukraine conference" name someone or something, not the place."""
    return place not in _COUNTRY_NAMES and (place in CAPITALS or place in CITIES or _named_elsewhere(article, place))


def _named_elsewhere(article: Article, place: str) -> bool:
    """Whether the text gives `place` as a place: the dateline's, or after "in", "to" or "from"."""
    return fold(place) == fold(_filed_at(article)) or bool(
        re.search(r"\b(?:in|to|from|at)\s+" + re.escape(place) + r"\b", article.masked))


def _event(article: Article, known: Known, used: set[str], index: int, name: str, place: str, why: str) -> Event:
    name = name[:1].upper() + name[1:]
    excerpt = article.sentence_text(index)
    existing = next((k for k in known.events if fold(place) in (fold(n) for n in k.names)), None)
    if existing is not None:
        return Event(existing.id, existing.name, place, excerpt, f"{why}; the event content/ has in {place}",
                     known=True)
    ident = unique(slug(name) or "event", used)
    used.add(ident)
    text = article.masked[article.sentences[index].start:article.sentences[index].end]
    return Event(ident, name, place, excerpt, why, _date(text))


def _date(text: str) -> str:
    match = _YEAR.search(text)
    if not match:
        return ""
    month = MONTHS.index(match.group("month")) + 1
    day = match.group("day") or match.group("day2")
    return f"{match.group('year')}-{month:02d}" + (f"-{int(day):02d}" if day else "")
