"""The event's name and place as one sentence names them: 'the NATO summit in Vilnius', 'met in Oslo'."""
from __future__ import annotations

import re

from generator.editing.draft.event.words import EVENT, HEAD, MANY_WORDED_CITIES, NOT_A_BUILDING, NOT_ABOUT, PLACE, UPPER
from generator.editing.draft.gazetteer import CAPITALS, CITIES, ENTRIES
from generator.editing.draft.model import LIKELY

EVENT_AT_VENUE = re.compile(
    r"\b(?P<name>(?:(?:[A-Z][\w-]*|[a-z-]+)\s+){0,3}?" + HEAD + r")(?:,?\s+(?:held|hosted))?\s+"
    r"(?:at|on|for|about|between|among|of)\s+(?:[^,.;:()]|\([A-Z][\w&-]{1,10}\)){1,60}?\s+" + NOT_ABOUT + r"in\s+" + PLACE)
"""A venue, a subject or the parties between the event and its city: "the meeting at NATO headquarters in Brussels",
"talks between the two sides resumed in Jeddah", "a summit of EU leaders in Brussels", "a ceremony held at the
Department of Disaster Management Affairs (DoDMA) warehouse in Lilongwe"; "held talks with the minister in Doha" is one
person's meeting, the event only where the opening sentence tells it."""
TALKS_BETWEEN = re.compile(r"\b(?P<name>(?:[A-Z][\w-]*\s+|[a-z-]+\s+)?(?:[Tt]alks|[Nn]egotiations))\s+between\s+"
                           r"[^,.;:()]{1,100}?\s+(?:resumed|opened|began|started|restarted|reopened|continued|ended|"
                           r"closed|wrapped\s+up|got\s+under\s+way)\s+(?:(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday)\s+)?"
                           r"in\s+" + PLACE + NOT_A_BUILDING)
"""Talks told by their parties, however long their names, then by what the talks did where: "Talks between the Sudanese
army and the Rapid Support Forces resumed in Jeddah on Monday", "Negotiations between the government and the
opposition alliance opened on Tuesday in Nairobi"."""
HELD_IN_AFTER = re.compile(
    r"\b(?P<name>(?:(?:[A-Z][\w-]*|[a-z-]+)\s+){0,3}?" + HEAD + r")\s+(?:on|about|for|of)\s+[^,.;:()]{1,60}?,\s+"
    r"(?:(?:which|that)\s+(?:was|is|were|are)\s+)?(?:held|hosted\s+by\s+[^,.;:()]{1,40}?|taking\s+place|opening|convened)\s+"
    r"(?:(?:on\s+)?[A-Z][a-z]+day\s+|today\s+)?in\s+" + PLACE + NOT_A_BUILDING)
"""The place set off by commas after what a gathering is about, where the subject holds a place of its own: "Donors at
a conference on the crisis in Yemen, held in Riyadh, pledged $1 billion", "a summit on the war in Sudan, hosted by
France in Paris,"."""
PLACE_FIRST = re.compile(r"\b[Tt]he\s+" + PLACE + r"\s+(?P<name>(?:[Ss]ummit|[Cc]onference|[Ff]orum|talks|"
                         r"[Mm]inisterial)\b)")
"""The place as the event's first word: "the Vilnius summit". Taken only where the text names the
place elsewhere too, or the dateline gives it, since "the Trump summit" has a name there, not a place."""
PLACE_TITLED = re.compile(rf"\b[Tt]he\s+(?P<name>(?P<place>{MANY_WORDED_CITIES}|[{UPPER}][\w’'-]+)(?:\s+[A-Z][\w-]+){{1,2}}\s+"
                          r"(?:Summit|Conference|Forum|Dialogue|Ministerial)\b)")
"""A gathering titled after its city: "the Tallinn Digital Summit", "the Halifax International Security Forum"; the
city stands alone as the first word, taken as the place on the same terms as "the Vilnius summit"."""
BODY_TITLED = re.compile("(?:" + "|".join(re.escape(f) for e in ENTRIES if e.type != "country" for f in e.forms
                                              if " " in f) + r")\b")
"""A body whose name opens on a city, before its gathering's title: "the Shanghai Cooperation Organisation Summit" is
the body's, wherever it is held."""
MET_IN = re.compile(r"\b(?P<who>(?:[A-Z][\w-]*\s+)?[\w-]+\s+ministers|[Mm]inisters|[Ll]eaders|[Dd]elegations?|[Dd]onors|"
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
                    r"behind\s+closed\s+doors\s+)?(?:at\s+[^,.;:]{1,50}?\s+)?in\s+" + PLACE)
"""Who gathered where: "NATO defense ministers met in Brussels", "West African heads of state gathered in Abuja",
"Presidents of the five Central Asian states met in Astana", "Envoys from the region convened in Djibouti", "The
foreign ministers of Romania, Moldova and Ukraine met in Iași", "allies gathered at NATO Headquarters in Brussels", a
headline's "as Sahel contact group meets in Niamey", a live report's "Leaders are meeting in Brussels today", a
participle set off by commas or not: "EU leaders, meeting in Brussels on Thursday, agreed ...", "Donor countries
meeting in Oslo on Monday pledged", for some days or in private: "Donors met for two days in Geneva", "met behind closed
doors in Doha"; partners, or officials told by whom they are of or from: "Moldova's partners gathered in Chisinau",
"Officials from the Pacific Community convened in Nouméa", not officials alone, who may be a town's own at work
("Officials gathered in Bor to count the damage")."""
WHERE_GATHERED = re.compile(r"\b(?:in|to|at|from)\s+" + PLACE + r",\s+where\s+(?P<who>(?:[\w’'-]+\s+){0,5}?"
                            r"(?:ministers|leaders|donors|delegates|delegations|envoys|negotiators|heads\s+of\s+state))\s+"
                            r"(?:(?:are|were|have|has)\s+)?(?:meeting|met|gathered|gathering|convened|convening|"
                            r"holding\s+talks|held\s+talks)\b")
"""The city, then who gathers there: "We go live now to Brussels, where NATO defence ministers are meeting today", "a
report from Abuja, where West African leaders met on Sunday"."""
HOSTED_IN = re.compile(r"\b(?:hosted|co-hosted|Hosting|convened|chaired|co-chaired|welcomed|received|met|signed|"
                       r"paid\s+an?\s+(?:courtesy\s+)?call\s+on|"
                       r"(?:held|had|holds)\s+(?:talks|an?\s+(?:(?:bilateral|"
                       r"trilateral|summit|working|high-level|one-on-one|official)\s+)?(?:meeting|summit)))"
                       r"(?P<stretch>\s+(?:[^.;:]|(?<=\b[A-Z])\.|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){1,300}?)??\s+"
                       r"(?:at\s+[^,.;:]{1,50}?\s+)?" + NOT_ABOUT + r"in\s+" + PLACE)
"""A visit or a signing, as the opening sentence of a report tells it: "Prime Minister Marlowe met the Prime Minister of
Ukraine, Denys Horbach, in London today", or with the place right after the verb: "Officials and partners met in
Lomé on Monday"; taken from the first sentence only, where the report's main event stands. A sum's decimal point is
no full stop: "signed a US$1.2 billion package ... at a ceremony in Baghdad". A meeting may be held by its kind, or had:
"held a summit meeting with President Ramos in Manila", "had talks with her counterpart in Rabat"; a readout's
courtesy call is a meeting: "paid a courtesy call on President Ruto at State House in Nairobi"; so is one convened or
chaired: "The agency convened a meeting of donors, Thai authorities and partners in Mae Sot on 18 June"; or a clause that opens
on the host: "Hosting her Kenyan counterpart in Kampala on Monday, the minister called for calm"."""
SIGNED_IN = re.compile(r"\b(?:signed|(?:was|were)\s+handed\s+over)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|today\s+|yesterday\s+)?"
                       r"(?:(?<=over\s)at\s+(?:the|a|an)\s+[^,.;:]{1,50}?\s+)?in\s+" + PLACE + NOT_A_BUILDING)
"""A signing or a handover the lede tells with its place: "Under the agreement, signed in Dakar by the two ministers, ...",
"The radars were handed over at the naval base in Cebu by the ambassador", "The boats were handed over in Mombasa on
Friday"; a signing at a ministry of the home capital is the minister's day of work, not a gathering ("signed at the
Ministry's headquarters in Amman" is left to the other rules); one signed in a year the text gives is a past one
("the 2015 accord signed in Minsk")."""
RESIDENT_SIGNATORY = re.compile(r"\b(?:[Cc]ountry\s+(?:[Mm]anager|[Dd]irector|[Rr]epresentative|[Hh]ead)|"
                                r"[Rr]esident\s+(?:[Rr]epresentative|[Cc]oordinator|[Dd]irector|[Mm]ission))\b")
"""After a signing's place, a signatory who works in that country for a lender or an agency: the signing is the routine
of a loan or a grant with its local office, no gathering nor visit: "The loan was signed in Dushanbe by the finance
minister and the World Bank's country manager", "signed in Lomé by the minister and the UNDP resident
representative"; a visiting head of a bank still makes one ("signed in Port Moresby by the Treasurer and the Bank's
Director General, on his first visit")."""
MEETING_HELD = re.compile(r"\b(?P<name>[Tt]he\s+(?:[\w’'-]+\s+){0,3}?(?:meeting|summit|conference|forum|talks|"
                          r"negotiations|ministerial)|(?<![\w’'-]\s)(?:[Tt]alks|[Nn]egotiations)),?\s+"
                          r"(?:(?:which|that)\s+(?:(?:was|were)\s+held|took\s+place)|held|took\s+place)\s+"
                          r"(?:(?:on\s+)?[A-Z][a-z]+day\s+|today\s+|yesterday\s+)?(?:at\s+[^,.;:]{1,50}?\s+)?in\s+"
                          + PLACE + NOT_A_BUILDING)
"""A meeting the text places by "held" or "took place": "The meeting, held in Amman, drew ministers from 30
countries", "the two-day meeting, held on Tuesday in Accra,", "The meeting took place at the ministry in Lusaka"; a
meeting held somewhere is a gathering, where "a meeting" alone may be one minister's ("she had a meeting with the
mayor in Lagos"); so are a summit, a conference or talks that took place there: "The summit, which took place in
Malabo, ended ...", "Negotiations took place in Ulaanbaatar on Friday"; one of another time is left ("The last round of
talks took place in Doha in March")."""
WELCOMED_TO = re.compile(r"\b(?:[Ww]elcom(?:ed|es|ing))\s+(?P<who>(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:leaders|delegates|"
                         r"delegations?|ministers|guests|heads\s+of\s+(?:state|government)|envoys|counterparts?|donors|"
                         r"participants)|(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\s+to\s+" + PLACE + NOT_A_BUILDING)
"""A host who welcomes guests to the city tells the gathering there: "Welcoming leaders to Kigali, President Mbeki said
...", "The premier welcomed Pacific foreign ministers to Apia on Monday", "welcomed President Faye to Accra"; not
what is welcomed ("welcomed the decision to send troops to Haiti") nor people given shelter ("welcomed refugees to
Uganda")."""
TRAVELLED = re.compile(r"\b(?:travell?ed\s+to|flew\s+(?:in)?to)\s+" + PLACE)
"""A visit as a release opens with it: "Commissioner Lind travelled to Chisinau today, where she met ...", "The prime
minister flew into Kyiv overnight"; taken from the first sentence only, since further down people and goods travel
to many places, and only for a visitor ("Evacuees flew to Larnaca" is no visit)."""
TRIP_IN_ANOTHER_TIME = re.compile(r"^[^,;.]{0,60}?(?<!since\s)\b(?:last|next)\s+(?:week|month|year)\b|"
                                  r"^[^,;.]{0,60}?\bearlier\s+this\s+(?:week|month|year)\b")
"""A trip the rest of its clause sets in another time: "The minister flew to Doha for talks last month, and on
Monday she signed the loan"."""
RETURNED = re.compile(r"\breturned\s+(?:home\s+)?from\s+(?:(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:visit|trip)\s+to\s+)?"
                      + PLACE)
"""A visit a report filed at home opens with its end: "KAMPALA - Energy Minister Ruth Okello returned from Nairobi on
Friday with a promise of power"; taken from the first sentence only, and only where a title names who returned, since
refugees and goods return from places too."""
_THERE_FOR = re.compile(r"\b(?:(?:is|was|are|were)\s+in|(?<=,\s)in|(?:flew|flies|fly|travell?ed|travels|headed|heads|went|goes|"
                        r"arrived|arrives)\s+(?:in|to|into))\s+" + PLACE
                        + r"(?:,?\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday|this\s+week))?,?\s+for\s+"
                        r"(?P<name>(?:(?:the|a|an|this\s+week['’]s|[A-Z][a-z]+day['’]s)\s+)?(?:[\w’'.-]+\s+){0,5}?"
                        r"(?:[Ss]ummit|[Cc]onference|[Tt]alks|[Mm]eetings?|[Ff]orum|[Mm]inisterial|[Vv]isit|[Nn]egotiations))\b")
"""Someone in a place, or going there, for a gathering: "The Secretary-General is in Addis Ababa for the African Union
summit", "the foreign minister flew to Tokyo on Monday for talks with her counterpart", "delegates arrived in Bonn
for two weeks of negotiations", or set off by commas: "Japan's foreign minister, in Manila for talks with her
counterpart, signed a radar deal"."""
OPENS_ON_GATHERING = re.compile(r"^\s*In\s+" + PLACE + r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday))?,\s+"
                                r"(?P<who>(?:[\w’'-]+\s+){0,4}?(?:ministers|leaders|donors|delegates|delegations|envoys|"
                                r"negotiators|heads\s+of\s+state))\s+(?!said\b|say\b|told\b|warned\b|fear\b|feared\b)[a-z]")
"""An opening sentence that sets its scene by the city and goes on to those who gather: "In Brussels, EU leaders agreed
to give Ukraine 50 billion euros", "In Addis Ababa on Sunday, African Union heads of state called for a ceasefire";
not those who only speak there ("In Kampala, ministers said ..."); taken only where the place is a capital or
the text gives it as a place elsewhere, since "In Europe, leaders ..." names a region."""
VISITED_SITE = re.compile(r"\b(?:visited|toured)\s+(?P<stretch>(?:an?|the|two|three|four|several|[a-z][\w’'-]+)\s+"
                          r"[^.;:,]{1,60}?)\s+in\s+(?:the\s+(?=[A-Z][\w’'-]+\s+(?:region|oblast|province|governorate|"
                          r"district|county)\b))?" + PLACE)
"""A visit the opening sentence tells by the site seen, then its town: "The Dutch king visited a children's hospital in
Kharkiv", "The minister toured flood-hit villages in Sindh province", "visited a training ground in the Lviv region";
taken from the first sentence only and only where the site is no aim, no goods and no people who fled (see
`WHAT_NOT_WHERE`): "visited a camp for people who fled fighting in Darfur" is no visit to Darfur."""
THERE_TO = re.compile(r"\b(?:is|was|are|were)\s+in\s+" + PLACE
                      + r"(?:,?\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday|this\s+week))?"
                      r"(?:,\s+where\s+(?:he|she|they|the\s+[a-z]+)\s+(?:also\s+)?(?:met|signed|held\s+talks|opened|"
                      r"launched|inaugurated|announced)|\s+to\s+(?:sign|meet|hold\s+talks|open|attend|launch|inaugurate)|"
                      r",\s+(?:meeting|signing|holding\s+talks|opening|launching|inaugurating))\b")
"""Someone with a title in a city to do what a visit does: "The commissioner was in Tbilisi on Monday, where she signed
a grant", "The prime minister was in Warsaw on Monday to sign a defence deal", "The foreign minister was in Juba on
Monday, meeting officials"; taken from the first sentence only and
only where a title names who was there ("His family was in Kyiv to meet him" is no visit)."""
SPENT_IN = re.compile(r"\b(?:spent|spends|(?:is|are|was|were)\s+spending)\s+(?:(?:the|a|an|two|three|four|five|six|"
                      r"several|\d)\s+(?:[\w-]+\s+)?(?:days?|nights?|hours|week|weekend|morning|afternoon|evening)|"
                      r"[A-Z][a-z]+day)\s+in\s+" + PLACE
                      + r"(?:,?\s+(?:holding\s+talks|meeting|signing|in\s+talks|for\s+talks|on\s+talks)|"
                      r",\s+where\s+(?:he|she|they|the\s+[a-z]+)\s+(?:also\s+)?(?:met|signed|held\s+talks))\b")
"""A visit told by the time a visitor spent in a city and what was done there: "A Chinese delegation spent two days in
Pretoria holding talks", "The foreign minister spent Monday in Juba, meeting officials", "The commissioner spent three
days in Dhaka for talks with the government"; only for a visitor with a title or a delegation (see
`not_this_visit_or_signing`): "Villagers spent three days in Kasese meeting in the church" is no visit, and years
spent somewhere are a life, not a visit."""
LAUNCHED_IN = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:formally|officially|jointly)\s+(?:launched|"
                         r"inaugurated|opened)|launched|inaugurated)\s+(?:(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday)\s+)?"
                         r"in\s+" + PLACE + NOT_A_BUILDING
                         + r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday))?,?\s+by\s+"
                         r"(?P<by>(?:[^.;:]|(?<=\b[A-Z])\.){1,80})")
"""A launch told in the passive with its place and the officials who performed it: "The programme was formally launched
in Lira by U.S. Ambassador Thomas Pendergast", "The bridge was inaugurated on Saturday in Tete by President Nyusi",
"The clinic was officially opened in Gulu by Ireland's development minister"; the ceremony is the event, where a
title names who launched it (see `not_this_visit_or_signing`): "A campaign was launched in Gaza by activists" and "The
offensive was launched in Kherson by Russian forces" are none; "opened" alone may be a case or an inquiry."""
PLACE_HOSTED = re.compile(r"^(?:The\s+)?" + PLACE + r"\s+(?:hosted|hosts|is\s+hosting|was\s+hosting)\s+"
                          r"(?:an?|the|its|this\s+week['’]s)\s+(?P<name>(?:[\w’'-]+\s+){0,4}?(?:summit|conference|forum|"
                          r"talks|ministerial|meeting|gathering))\b")
"""A city that opens a sentence as the host of a gathering: "Kigali hosted a two-day summit of East African leaders",
"Nadi is hosting the annual forum"; taken only where the city is a capital or the text gives it as a place elsewhere,
since "Japan hosted" or "Norway hosts" name a government, whose country is left to the other rules."""
OPENS_ON_VISIT = re.compile(r"^\s*In\s+" + PLACE + r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday))?,\s+"
                            r"(?P<who>(?:[\w’'.-]+\s+){1,6}?)(?:also\s+)?(?:signed|met|held\s+talks|opened|"
                            r"inaugurated|handed\s+over|launched)\b")
"""An opening sentence that sets a visitor's scene by the city, then tells what the visitor did there: "In Yaoundé on
Monday, the minister signed a loan", "In Kigali, Foreign Minister Ana Lind met President Kagame"; taken only where
a title names who acted (see `not_this_visit_or_signing`) and the city is a capital or given as a place elsewhere;
words only said there are no visit ("In Kampala, the minister said ...")."""
LEFT_FOR = re.compile(r"\b(?:left|leaves|departed|departs)\s+[" + UPPER + r"][\w’'-]+(?:\s+[" + UPPER + r"][\w’'-]+)?"
                      r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday|overnight))?\s+for\s+" + PLACE)
"""A visit told by its start from home: "The foreign minister left Berlin for Nairobi on Sunday", "The premier departs
Canberra for Port Moresby today"; the place gone to, not the one left, and only for a visitor ("Families left Goma
for Bukavu" is no visit); taken from the first sentence only, as `TRAVELLED`."""
_HANDED_AT_CROSSING = re.compile(r"\bhand(?:ed|s|ing)?\s+over\b[^.;:]{0,120}?\bat\s+the\s+"
                                 rf"(?P<place>[{UPPER}][\w’'-]+(?:[ -][{UPPER}][\w’'-]+)?)\s+"
                                 r"(?:border\s+)?(?:gate|crossing(?:\s+point)?|post)\b")
"""A handover the opening sentence places at a named border crossing: "Jordan handed over 80 trucks of aid to the Red
Crescent at the Jaber border crossing on Monday"; the crossing is the place as the text names it."""
OPENING_ONLY = ((HOSTED_IN, LIKELY), (_HANDED_AT_CROSSING, LIKELY), (VISITED_SITE, LIKELY), (THERE_TO, LIKELY),
                (_THERE_FOR, LIKELY), (TRAVELLED, LIKELY), (RETURNED, LIKELY),
                (OPENS_ON_GATHERING, LIKELY), (OPENS_ON_VISIT, LIKELY), (LEFT_FOR, LIKELY))
"""The patterns taken from the report's opening sentence only."""
SAID_AFTER = re.compile(r"\b(?P<verb>said|says|told\s+(?:reporters|journalists|the\s+press)|[Ss]peaking|spoke|"
                        r"[Aa]ddressing\s+(?:reporters|journalists|the\s+press)|announced|[Aa]nnouncing)"
                        r"\s+(?:shortly\s+|just\s+|right\s+)?after\b(?!\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+|its\s+)?"
                        r"(?:[\w’'-]+\s+){0,3}?(?:meetings?\s+(?:with|of|between|among|in|at)|talks\s+(?:with|among))\s)")
"""Words said or announced right after a gathering came out of it, which is the event: "Speaking after a summit of EU
leaders in Brussels, the premier said ...", "the chancellor told reporters after a meeting of G7 finance ministers in
Stresa"; where "after" alone sets a gathering before the news ("arrived in Gulu a day after talks in Kampala")."""
KNOWN_CITY = "(?:" + "|".join(re.escape(c) for c in sorted((*CAPITALS, *CITIES), key=len, reverse=True)) + r")\b"
SAID_AFTER_MEETING = re.compile(r"\b(?:said|says|told|[Ss]peaking|spoke|[Aa]ddressing|announced|[Aa]nnouncing)\b"
                                r"(?:(?!\b(?:hours?|days?|weeks?|months?|years?)\b)[^.;:]){0,60}?\s+"
                                r"(?:shortly\s+|just\s+|right\s+)?after\s+"
                                r"(?P<name>(?:an?\s+|the\s+|their\s+|his\s+|her\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?"
                                r"(?:meetings?|talks))(?P<stretch>\s+(?:with|of|between|among)\s+[^,.;:]{1,80}?)?\s+"
                                r"(?:in\s+|at\s+(?=" + KNOWN_CITY + r"))" + PLACE + NOT_A_BUILDING)
"""Words said right after a meeting, told with its place, came out of it: "said after meeting in Putrajaya with his Thai
counterpart", "Speaking to reporters in Kyiv after a meeting of the contact group at Ramstein", "told journalists after
a meeting with Gulf envoys in Muscat", "said after a day of talks with Chinese officials in Shanghai"; a meeting by
itself is no gathering (one minister's with traders may be), but one the news is told right after is the occasion of
the report. After "at", a city the draft knows, not a venue ("after a meeting at NATO headquarters"); not one a span of
time before ("said a week after meeting in Doha"), nor one with people who live there ("after a meeting with farmers in
Eldoret")."""


def event_name(pattern: re.Pattern[str], match: re.Match[str], place: str) -> str:
    """The event's name, from the words that named it."""
    if pattern is PLACE_TITLED:
        return " ".join(match.group("name").split())
    if pattern in (EVENT, EVENT_AT_VENUE, TALKS_BETWEEN, HELD_IN_AFTER, PLACE_FIRST, PLACE_HOSTED, MEETING_HELD):
        name = " ".join(match.group("name").split())
        head = re.search(r"\b(?:summit|conference|forum|gathering|ministerial|talks|meetings?|dialogue|assembly|ceremony|"
                         r"round-?\s?table|event|session)\b", name, re.IGNORECASE)
        lead = re.match(r".*\b(?:the|a|an|at|during|of|to|their|its|his|her|our|after|following|held|holding|hold|holds)\s+",
                        name[:head.start()] if head else "", re.IGNORECASE)
        # "(ministers opened) their annual meeting", "(led the delegation) to the Annual Meetings", "(handed) over at a
        # ceremony", "(Chile and Argentina) held talks", "(agreed to share aircraft) after talks": the name only
        name = name[lead.end():] if lead else name
        return f"{name[:1].upper()}{name[1:]} in {place}"
    if pattern is _THERE_FOR:
        name = re.sub(r"^(?:the|a|an|this\s+week['’]s|[A-Z][a-z]+day['’]s)\s+", "", " ".join(match.group("name").split()))
        return f"{name[:1].upper()}{name[1:]} in {place}"
    if pattern in (MET_IN, OPENS_ON_GATHERING, WHERE_GATHERED):
        return f"Meeting of {' '.join(match.group('who').split())} in {place}"
    if pattern in (HOSTED_IN, WELCOMED_TO, SAID_AFTER_MEETING):
        return f"Meeting in {place}"
    if pattern is SIGNED_IN:
        return f"Signing in {place}"
    if pattern is LAUNCHED_IN:
        return f"Launch in {place}"
    if pattern is _HANDED_AT_CROSSING:
        return f"Handover at {place}"
    return f"Visit to {place}"
