"""People: a name of two to four capitalised words that the text marks as a person's, by a title
before it ("U.K. Prime Minister Rishi Sunak"), a title beside it ("Kadri Lepp, Estonia's prime
minister"), or a verb of speech; each with the whole title and the organisation of the role."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from generator.content.ids import slug, unique
from generator.editing.draft.actors import entry_start
from generator.editing.draft.gazetteer import (
    ANONYMOUS_NOUNS,
    CAPITALS,
    CITIES,
    COMPANY_WORDS,
    ENTRIES,
    NAME_PARTICLES,
    NOT_NAMES,
    ORGANISATION_WORDS,
    SPEECH_VERBS,
    TITLE_CONNECTORS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_ORGANISATIONS,
)
from generator.editing.draft.known import Known
from generator.editing.draft.model import LIKELY, SURE, Person
from generator.editing.draft.organisations import OrganisationMentions
from generator.editing.draft.text import WORD, Article, Span, fold

_ONE_TITLE = r"(?:M+A)?[MH]*H(?:(?:C[MHK]+)+(?:A[MHK]+)?)?"
_TITLE_ONE = re.compile(_ONE_TITLE)
"""A title's kinds of word: "Deputy Prime Minister", "Mines and Energy Minister", "Minister of Trade and
Industry", "Deputy Minister for Development of Communities and Territories" (an "and" only between the
portfolios before the title's noun or inside the part after "of" or "for", so that "the
Foreign Minister and Silje Aasen" is no title)."""
_TITLE = re.compile(_ONE_TITLE + r"(?:A[MH]*H(?:C[MHK]+)*)?")
"""A title, or two joined by "and" that one person holds: "Deputy Prime Minister and Defence Minister"."""
_MANY_PORTFOLIOS = re.compile(r"(?:M+A)?[MH]*H(?:C[MHK]+)+(?:AM+){2,}")
"""A title set off before the name whose portfolios after "of" or "for" are joined by "and" more than once, each a word
the draft knows, as the comma closes them: "Fiji's Minister for Rural and Maritime Development and Disaster Management,
X"; "Minister for Trade and Industry and Ana Lind, X" holds a name, not a portfolio."""
_SET_OFF_TITLE = re.compile(r"(?:M+A)?[MH]*H(?:(?:C[MHKL]+)+(?:A[MHKL]+)?(?:A[MHL]+)*)?(?:A[MH]*H(?:C[MHKL]+)*)?")
"""A title set off by commas after the name may end in plain words after "of" or "for", since the
comma closes it: "Marchuk, Ukraine's deputy defense minister for procurement, said"; it may open with two
roles joined by "and" before one noun: "Ines Moreau, the UN Resident and Humanitarian Coordinator, said"."""
_ORGANISATION_ENDS = ORGANISATION_WORDS | {"Service", "Ministry", "Department", "Office", "Authority", "Administration",
                                           "Company", "Party", "University", "Hospital", "Trust", "Society",
                                           "Division", "Command", "Mission", "Board", "Conference", "Summit", "Forum",
                                           "Movement", "Front", "Coalition", "Troops", "Brigade",
                                           "Battalion", "Regiment"}
"""Last words of an organisation's or a gathering's name: "Greenfield Harbour Authority" names no person "Greenfield
Harbour", "the Recovery and Resilience Conference" none "Resilience Conference", "the Upper Nile Liberation Movement"
none "Liberation Movement", "the Uzbekistan Border Troops" none "Border Troops"."""
_MEDIA_FIRST = frozenset({"Radio", "Television", "Daily", "Deutsche", "Der", "Die", "Das", "La", "Los", "Las", "Il"})
_MEDIA_LAST = frozenset({"Worldwide", "Times", "Tribune", "Herald", "Gazette", "Telegraph", "Monitor", "Observer", "News",
                         "Post", "Journal", "Express", "Chronicle", "Inquirer", "Broadcasting"})
"""First and last words of a broadcaster's, a paper's or a charity's name, never a person's: "Radio Okapi said", "the
Daily Monitor reported", "Concern Worldwide said", "Sky News said", "the Kyiv Post reported"; a German adjective or a
Romance or German article opens a paper's or a firm's name, never a person's: "Deutsche Welle said", "Der Spiegel
reported", "La Stampa said"."""
_TOLD = frozenset({"told", "tells"})
"""Verbs of speech whose object, after them, is who hears the words, never who says them: "the minister told Le Monde",
"she told El Tiempo"; "said Ana Ruiz" names the speaker."""
_PLACE_FIRST = frozenset({"San", "Santa", "Santo", "São", "Sao", "Fort", "Puerto", "Porto", "Saint", "Sainte", "St",
                          "Cape", "Mt"})
"""First words of a place's name, never of a person's: "San Pedro said it had no water", "Fort Portal said"."""
_BODY_FIRST = ORGANISATION_WORDS | {"Royal", "Imperial"}
"""First words of a body's name, never of a person's: "Bank Negara said", "Royal Dutch Shell said"."""
_PLACE_ENDS = frozenset({"Island", "Islands", "Airport", "Airbase", "Base", "Bridge", "Causeway", "Peninsula", "Bay",
                         "Gulf", "Canal", "Dam", "Valley", "Mountains", "Province", "Region", "District", "County",
                         "Stadium", "Harbour", "Harbor", "Coast", "Delta", "Plateau", "Desert", "Highway", "Corridor"})
"""Last words of a place's name, never of a person's: "Prince Edward Island", "Queen Alia International Airport"."""
_THINGS = frozenset({"newspaper", "paper", "daily", "weekly", "magazine", "broadcaster", "channel", "website", "outlet",
                     "consultancy", "firm", "company", "lender", "insurer", "charity", "ship", "vessel", "tanker",
                     "freighter", "frigate", "destroyer", "warship", "ferry", "cyclone", "hurricane", "typhoon", "storm",
                     "operation", "exercise", "brand", "carrier", "airline", "manufacturer", "producer", "shipyard", "town",
                     "city", "village", "port", "province", "district"})
"""Nouns for what is no person, which name the capitalised words right after them ("the newspaper Le Monde said",
"Cyclone Idai", "the tanker Sea Falcon") or set off after them ("Wood Mackenzie, a consultancy, said")."""
_PLACE_OR_EVENT_WORDS = frozenset({"cyclone", "hurricane", "typhoon", "storm", "volcano", "volcán", "operation",
                                   "exercise", "town", "city", "port", "falls", "lake", "mount"})
"""Words that make capitalised words around them a place's or an event's name wherever they stand in it: "Tropical
Cyclone Chido", "Cape Town", "Victoria Falls"."""
_BODY_VERBS = ("is", "was", "has", "had", "owns", "operates", "runs", "publishes", "broadcasts", "makes", "builds",
               "supplies", "employs")
"""Verbs after ", which" that say what a body is or does: "Harland Kerr, which builds the turbines,"."""
_MEMBERS_BODIES = frozenset({"Cooperative", "Co-operative", "Association", "Union", "Federation", "Society", "Network",
                             "Alliance", "Committee", "Council", "Collective", "League"})
"""Bodies named after their members' possessive: "the Farmers' Union", "the Women's Cooperative"."""
_PLACE_NOUNS = frozenset({"state", "province", "region", "district", "county", "governorate", "prefecture",
                          "municipality", "oblast", "valley", "camp", "island", "islands", "corridor", "basin"})
"""Lowercase words after a place's name that say what it is: "the West Darfur state", "the Kasai region"."""
_CALLINGS = frozenset({"nurse", "midwife", "surgeon", "paramedic", "pharmacist", "physician", "epidemiologist",
                       "virologist", "sherpa", "agronomist", "hydrologist", "geologist", "seismologist", "meteorologist",
                       "climatologist", "veterinarian", "vet", "deminer", "sapper", "firefighter", "lawyer", "journalist",
                       "photographer", "historian", "teacher", "headteacher", "headmaster", "headmistress",
                       "lecturer"})
"""Callings that are a person's role as a title's noun is: "said Ana Reyes, the nurse who runs the clinic", "an
epidemiologist at the university", "agronomist Kofi Mensah"; written in lowercase, as "Pemba Sherpa" is a name, or
capitalised where one opens the sentence before a name: "Agronomist Kofi Mensah showed the visitors round"."""
_RANKING = frozenset({"most", "least", "new", "newly", "then", "own", "only", "first", "second", "last", "next",
                      "longtime", "long-time", "veteran", "powerful", "influential", "outspoken", "main", "current"})
"""Plain words that rank or judge a title's holder rather than say what the title is: "Kenya's most senior minister"."""
_UNITS = frozenset({"mission", "delegation", "office", "team", "representation"})
"""A body's units a title may head: "head of the IMF mission"."""
_AIDES = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "envoy"})
"""Titles of who serves a person, written after that person's possessive: "the president's spokesman"."""
_PERSON_NOUNS = frozenset({"farmer", "fisherman", "fisherwoman", "herder", "herdsman", "shepherd", "trader", "shopkeeper",
                           "vendor", "mother", "father", "grandmother", "grandfather", "widow", "widower", "pensioner",
                           "retiree", "resident", "villager", "student", "schoolteacher", "driver", "mechanic",
                           "labourer", "laborer", "carpenter", "tailor", "baker", "volunteer", "refugee", "survivor",
                           "housewife", "beekeeper", "grower", "smallholder", "day-labourer", "boatman", "porter"})
"""Nouns that describe a person, never a place or a body: "Ion Rusu, a farmer near Orhei, shrugged"."""
_UNIT_WORDS = frozenset({"Department", "Division", "Unit", "Office", "Bureau", "Directorate", "Section", "Branch"})
"""Last words of a body's own unit's name: "the IMF's Western Hemisphere Department"."""
_LATE = frozenset({"late", "outgoing", "incoming", "ousted", "jailed", "slain", "murdered", "disgraced", "embattled",
                   "exiled", "detained", "elected", "appointed", "sacked", "fired", "retired", "sitting"})
"""Plain words before a title's noun that say what became of its holder, no part of the title: "the late president"."""
_CLERICS = frozenset({"Bishop", "Archbishop", "Cardinal", "Imam", "Pastor", "Reverend", "Rabbi", "Mufti", "Patriarch",
                      "Ayatollah", "Metropolitan"})
"""A cleric's title before a name, written capitalised as a name's words are: "Bishop Paul Mwangi", "Imam Abdullahi Bello";
a surname where a capitalised word comes right before it: "Julie Bishop"."""
_CHURCHES = frozenset({"Catholic", "Anglican", "Orthodox", "Lutheran", "Methodist", "Presbyterian", "Baptist", "Coptic",
                       "Grand", "Chief", "Senior", "Auxiliary"})
"""Words before a cleric's title that say whose or which cleric: "Catholic Bishop Paul Mwangi", "Grand Mufti X"."""
_CLERIC_RANKS = frozenset({"Grand", "Auxiliary"})
"""Words before a cleric's title that are words of the office itself: "Grand Mufti", "Auxiliary Bishop"."""
_STYLE_TITLES = frozenset({"Sheikh", "Sheikha", "Sheik"})
"""A style that may stand between a title and the name: "Emir Sheikh Nawaf al-Sabah"."""
_TIME_PREFIXES = frozenset({"then", "ex"})
"""Words joined before a title's first word that say when the holder held it: "then-Prime Minister", "ex-president"."""
_WHEN = re.compile(r" (?:(?:early |late )?(?:last|this|earlier this|later this) (?:year|month|week|spring|summer|"
                   r"autumn|fall|winter)|in (?:January|February|March|April|May|June|July|August|September|October|"
                   r"November|December|\d{4})|since (?:(?:January|February|March|April|May|June|July|August|September|"
                   r"October|November|December) )?\d{4}|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")
"""A time phrase after a title set off after the name, which closes it as a comma does: "Nadia Haddad, who became
Lebanon's energy minister last year, said", "X, who was appointed interior minister in May,"; in "Kofi Mensah, Ghana's
health minister since 2021," the title is "health minister"."""
_SCHOLARS = frozenset({"lecturer", "professor", "researcher", "fellow", "scholar", "expert", "specialist", "analyst",
                       "academic"})
_STUDIED_FIELD = re.compile(r" in (?P<field>(?!(?:the|a|an|his|her|its|their)\b)[a-z][a-z-]*(?: [a-z][a-z-]*){0,3})"
                            r"(?= at | with |[,;.]| who\b)")
"""The field a scholar's title names after "in", closed by where the title is held or a comma: "Lina Berg, a lecturer in
international law at Aarhus University" holds the title "lecturer in international law"; "a nurse in the camp" names
a place, not a field."""
_NAMED_BODY = re.compile(r"(?P<head>(?:[a-z][\w-]* ){0,3}[a-z][\w-]*) of the (?:(?P<kind>(?:[a-z][\w-]* ){1,3})"
                         r"[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*|(?P<short>[A-Z]{2,6}))")
"""A lowercase title and the body it is held of, named last as plain words that say what it is and its name, or by its
abbreviation: "chief executive of the charity Water First", "president of the CNE"; not "minister of the Interior",
whose capitalised word is its portfolio."""
_LETTERED = frozenset({"Gate", "Plan", "Block", "Terminal", "Zone", "Phase", "Sector", "Camp", "Wing", "Hall", "Pier",
                       "Level", "Grade", "Class", "Group", "Category", "Type", "Section", "Area", "Ward", "Annex",
                       "Line", "Platform", "Building", "Tower", "Site", "Stage", "Round", "Vitamin", "Hepatitis",
                       "Runway", "Route", "Shelter", "Tent", "Room", "Floor", "Lane"})
"""Nouns a letter labels, which end a sentence with it rather than open a name with a middle initial: in "They waited
at Gate B. Mensah said the flight was late" the name is "Mensah"; "Ramon D. Villanueva" keeps its initial."""
_OF_UNITS = frozenset({"mission", "office", "delegation", "staff", "protocol", "state", "government", "station",
                       "police", "security", "operations", "programmes", "programs", "communications", "research"})
"""Units a lowercase title is head of with no article: "head of mission", "chief of staff", "head of state"."""
_APPOINTED = frozenset({"appointed", "named", "elected", "made"})
"""Verbs that give a person an office, after "who was": "X, who was named foreign minister in 2022,"."""
_NOT_YET = frozenset({"designate", "elect"})
"""The words joined after a title's noun for an office its holder has not yet taken: "Prime Minister-designate"."""
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
"""Words that may open a title set off after a name: "Rafael Ortiz, its managing director,"."""
_POSSESSIVE = re.compile(r"[’']s?$")
_STATE_FORMS = frozenset({"Kingdom", "Republic", "Duchy", "Federation", "Confederation", "Principality"})
"""The words of a state's formal name before "of": "the Kingdom of the Netherlands"."""
_STYLES = frozenset({"Dr", "Mr", "Mrs", "Ms", "Prof", "Professor", "H.E", "Hon", "Rt", "Sir", "Dame", "Shri", "Smt",
                     "Excellency", "Eng"})
"""Styles before a name, which stand between a title set off before it and the name, and are no part of it: "Sir Keir
Hollis" is Keir Hollis; a government's release writes "Her Excellency Noura Al Hamli" or "Eng. Saleh Qasim" for Noura
Al Hamli and Saleh Qasim."""
_ARTICLE_JOINED = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-(?=[A-Z])")
"""The Arabic article joined to a family name with a hyphen, written lowercase: "Fadi al-Hamwi"."""
_AIDE_OF = re.compile(r"(?<![\w-])(?:(?:Senior|Special|Personal|Chief|Principal|Deputy|Executive|Economic|Legal|"
                      r"Political|Security|Media|Diplomatic|Humanitarian)\s+)*(?:Adviser|Advisor|Aide|Assistant|"
                      r"Envoy|Counsellor|Counselor)\s+(?:to|of)\s+the\s+$")
"""An aide's or envoy's title, capitalised, before "to the" or "of the" and the title of the one served."""
_OFFICE_OF = re.compile(r"(?<![\w-])(?P<office>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+of\s+(?:the\s+)?$")
"""An office's capitalised words before "of" or "of the" and the name of the body it is held of."""
_BRIEFED = frozenset({"Envoy", "Rapporteur", "Representative", "Adviser", "Advisor", "Coordinator"})
_BRIEF_NOUNS = frozenset({"Process", "Crisis", "Response", "Situation", "Question", "Talks", "Negotiations"})
"""Nouns that close the brief of an envoy's or coordinator's title and are never a word of a name: in "Special
Coordinator for the Middle East Peace Process Tor Wennesland" and "the Coordinator for the Horn of Africa Crisis said",
neither "Peace Process" nor "East Peace" names anyone."""
"""Capitalised titles' nouns whose brief may follow after "on": "Special Envoy on Myanmar"."""
_DAYS_AND_MONTHS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                              "February", "March", "April", "May", "June", "July", "August", "September", "October",
                              "November", "December"})
_ADDRESS_WORDS = frozenset({"Road", "Street", "Avenue", "Square", "Lane", "Building", "House", "Tower", "Plaza",
                            "Boulevard", "Place", "Floor", "Desk", "Team", "Unit", "Relations", "Enquiries", "Inquiries"})
"""Last words of an address or a desk in a release's contacts: "Harbour Road, Lima, Tel. ..." names no one."""
_MONARCHS = frozenset({"king", "queen", "prince", "princess", "pope", "emir", "sheikh", "sheikha", "sultan", "shah"})
"""Titles of monarchs, their families and popes, whom reports name by one name after the title: "Queen Rania"."""
_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
"""The number of a reign: "Abdullah II", "Leo XIV"."""
_PORTFOLIO_ENDING = re.compile(r"[a-z](?:ing|ion|ions|ies|ment|ments|ure|ity|ism|age|ics|ance|ence|ship|ships)$")
"""How the words of a portfolio end, which names seldom do: "Policing", "Irrigation", "Fisheries", "Heritage",
"Partnerships"."""
_FIELD_NOUN = re.compile(r"[a-z](?:ion|ions|ment|ments|ure|ity|ism|age|ics|ance|ence|ship|ships|ies)$")
"""The endings of a field's noun, with none of a verb's ("-ing"): "Unification", "Heritage", "Cooperatives"."""
_FIELD_END = re.compile(r"[a-z]{4,}(?:ation|ations|ition|ment|ments|ture|ity|ities|ism|ics)$")
"""The end of a field's noun that no name ends with: "Adaptation", "Management", "Infrastructure"; not "Marion" or
"Clement"."""
_NOT_PORTFOLIO = frozenset({"and", "or", "the", "a", "an", "of", "for", "to", "in", "at", "on", "with", "by", "who", "which",
                            "that", "was", "is", "has", "had", "have", "will", "would", "said", "says"})
"""Words no portfolio in lowercase holds: what opens a clause or a phrase after the title."""
_PORTFOLIO_NOUNS = frozenset({"affairs", "trade", "health", "labour", "labor", "energy", "defence", "defense", "finance",
                              "culture", "sport", "sports", "tourism", "youth", "women", "children", "water", "lands",
                              "mines", "forestry", "fisheries", "agriculture", "livestock", "transport", "justice",
                              "environment", "climate", "science", "technology", "industry", "commerce", "housing"})
"""Fields a lowercase portfolio may end in that no ending marks: "trade", "health", "livestock"."""
_GOVERNING = frozenset({"Government", "Administration", "Front", "Movement", "Coalition"})
"""Words of the name of a government or a movement that a title's holder serves."""
_BASED = re.compile(r"[A-Z][\w-]*-(?:based|backed|led|controlled|aligned|recogni[sz]ed)|(?:self-declared|interim|rival|"
                    r"internationally-recognised|internationally-recognized|de facto)")
"""Words before a government's name that say where it sits or who backs it: "the Tripoli-based Government"."""
_PLACE_AND_DATE = re.compile(r" \((?:[A-Z][\w-]*(?:\s[A-Z][\w-]*)?(?:,[^()\n]{1,30})?|\d[^()\n]{0,30})\)")
"""A place or a date in brackets after a title, as a release's heading gives them: "Visit of Ms Ana Lind, Minister for
Europe and Foreign Affairs (Yerevan, 17 October)"."""
_REGION_JOINED = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")
"""A region's name of two names joined by a hyphen, which a title's "of" may hold before the holder's name: "Chief
Minister of Gilgit-Baltistan X", "Governor of Khyber-Pakhtunkhwa X"."""
_REGIONS = frozenset({"Africa", "Asia", "Pacific", "Atlantic", "Caribbean", "Americas", "Sahel", "Balkans", "Arctic",
                      "Oceania", "Indo-Pacific", "Europe"})
"""Regions a title may cover, written before its noun: "Pacific correspondent", "Africa director"."""
_SUBJECT_CLAUSE = re.compile(r" (?:who|whose) [a-z]+ [^,.;:!?()\n]*?(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\bit)(?<!\bwe)"
                             r" (?:said|says|told|tells|added|warned|confirmed)\b")
"""A relative clause after a title that runs into the sentence's verb of speech with no comma to close it, so that the
title and its clause are the subject and no apposition to the name before the comma: in "Asked about Cabo Delgado, an
army officer who was not authorised to speak said", Cabo Delgado is what was asked about, not an officer."""
_COMPASS = frozenset({"East", "West", "North", "South", "Eastern", "Western", "Northern", "Southern", "Central",
                      "Southeast", "Southwest", "Northeast", "Northwest", "Middle", "Latin", "Near", "Far"})
"""Words that open a region's name before a region: "East Africa", "Central Asia", "Latin America", "Middle East"."""
_REGION_ENDS = frozenset({"America", "East", "Europe", "Asia", "Africa"})
"""Regions' last words that stand as regions only after a compass word: "Latin America", "Middle East"."""
_MORE_HEADS = frozenset({"specialist", "d'affaires", "d’affaires"})
"""Title nouns beyond the gazetteer's: "Olena Shevchuk, Communication Specialist, UNICEF", "the French chargé
d'affaires, Paul Girard" (whose "chargé" the draft reads as the noun's modifier)."""
_CHARGE = frozenset({"chargé", "charge", "chargés", "charges"})
_OPENING_ADVERBS = frozenset({"Afterwards", "Afterward", "Later", "Earlier", "Separately", "Then", "Instead", "Yesterday",
                              "Today", "Tomorrow", "Tonight", "Now", "Also", "Still", "Overnight", "Finally", "Next",
                              "Elsewhere", "Likewise", "Similarly", "Nevertheless", "Nonetheless", "Subsequently",
                              "Additionally", "Meanwhile", "However", "Again", "Previously", "Initially"})
"""Adverbs that open a sentence, with no comma after them, before a surname: "Afterwards Tremblay announced the funds"
names Tremblay, not an "Afterwards Tremblay"."""
_OPENING_PREPOSITIONS = frozenset({"For", "With", "Without", "Unlike", "Like", "Under", "Against", "Despite", "From",
                                   "Among", "Besides", "Alongside", "Including", "Beside", "Behind", "Through", "Until",
                                   "Toward", "Towards", "Per", "Via"})
"""Prepositions that open a sentence before a name, capitalised only by their place: "For Tomasz Wrona, the Polish
envoy, the vote was a setback" names Tomasz Wrona, not a "For Tomasz Wrona"."""
_ABBREVIATED = frozenset({"Sen", "Rep", "Gen", "Adm", "Col", "Lt", "Gov"})
"""Titles written short with a full stop: "Sen. Dana Whitfield", "Gen. Henrik Kjærgaard"."""


_LISTED = re.compile(r"(?<![\w-])(?:[A-Z][\w-]+\s+)*[A-Z][\w-]+(?:,\s+(?:[A-Z][\w-]+\s+)*[A-Z][\w-]+)*"
                     r"(?:,\s+|,?\s+(?P<and>and)\s+)$")
"""Portfolios listed with commas before a title's last ones: "Environment, Urbanisation and " before "Climate Change
Minister", "Lands, " before "Forestry and Mines Minister"."""


_RANK_AFTER_ROLE = re.compile(r"(?<=\S)\s+(?:(?:Senior|Junior)\s+)?(?:(?:Lieutenant|Major|Brigadier|Vice|Rear|Air)\s+"
                              r"(?:General|Admiral|Marshal)|Colonel|Lieutenant\s+Colonel|Admiral)$")
"""A military rank that stands between a role and the name: "Army Chief Major General Ali Rana" holds the role
"Army Chief"; "General" alone after a role's noun ("Secretary General", "Attorney General") is part of it."""


_RANKS = frozenset({"general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "brigadier", "brig",
                    "admiral", "adm", "captain", "capt", "marshal", "commodore", "sergeant", "sgt", "vice", "rear", "air",
                    "field", "senior", "junior"})
"""The words of a military rank, written out or short."""


_SERVICES = frozenset({"Police", "Customs", "Immigration", "Parliament", "Senate", "Judiciary", "Gendarmerie", "Coastguard"})
"""Services and houses that end a title's "of" and open no name: "Inspector General of Police Tom Berg" is Tom Berg."""
_GENERAL_OFFICES = frozenset({"Attorney", "Solicitor", "Surgeon", "Auditor", "Inspector", "Accountant", "Postmaster",
                              "Registrar", "Comptroller", "Paymaster", "Advocate", "Procurator", "Supervisor"})
"""Offices that "General" closes, as "Attorney General" does: the office is the title, not the rank."""


_SHARED_TITLE = re.compile(r"(?<![\w-])(?:[Tt]he\s+(?:(?:two|three|four|both)\s+)?|[Bb]oth\s+)"
                           r"(?:(?P<owners>[A-Z][\w-]+(?:,\s+[A-Z][\w-]+)*,?\s+and\s+[A-Z][\w-]+)\s+)?"
                           r"(?P<words>(?:[a-z-]+\s+){0,2}?)(?P<head>[a-z]+(?:ies|s)),\s+"
                           r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}(?:,\s+(?:and\s+)?|\s+and\s+)){0,3}$")
"""A plural title set off before the names of those who hold it, one name perhaps listed before: "the two defence
ministers, " and "the two defence ministers, Australia's Rachel Kinnear and "; perhaps after the countries whose
titles they are, in the order of the names: "The Indian and Chinese foreign ministers, "."""
_LISTED_NAMES = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4}(?:(?:,\s+(?:and\s+)?|\s+and\s+)"
                           r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4})*")
"""The names listed after a plural title, each of two to five capitalised words."""
_LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


_JOINING_WORDS = frozenset({"in", "at", "of"})


def _joined_title(parts: list[str]) -> bool:
    """Whether the parts of a hyphenated word are a title's nouns joined by "in", "at" or "of", which name one office:
    "NATO's Commander-in-Chief, General Ana Ruiz" holds the office, the rank being her style; "commander-in" or
    "state-of-the-art" holds none."""
    return len(parts) == 3 and parts[1] in _JOINING_WORDS and parts[0] in TITLE_HEADS and \
        (parts[2] in TITLE_HEADS or parts[2] in TITLE_MODIFIERS)


def _singular(plural: str) -> str:
    """The singular of a title's plural noun: "ministers" is "minister", "secretaries" "secretary"."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]


def _is_rank(words: str) -> bool:
    """Whether a title before a name is a rank alone; one of two words or more yields to the role a comma sets after
    the name: "Lt. Gen. Samuel Okello, commander of the regional force, said" is the force's commander, where a rank
    of one word reads as the name's style and stays unless the role names its body: "Colonel Ines Varga, the
    battalion's commander", but "Admiral Ana Lind, the Chilean Navy's commandant"."""
    return all(w.rstrip(".").lower() in _RANKS for w in words.split()) and words.split()[-1].rstrip(".").lower() not in \
        ("vice", "rear", "air", "field", "senior", "junior")


def _without_rank(title: Title) -> Title:
    """The title without a rank after its role: "Deputy Minister of Defence Lieutenant General" is a Deputy
    Minister of Defence; a rank alone ("Colonel") stays the title."""
    role = _RANK_AFTER_ROLE.sub("", title.words)
    is_role = role.split()[-1].lower() in TITLE_HEADS or re.search(r"\b(?:of|for)\b", role) is not None
    # "Lieutenant Colonel Petra Hale" is a Lieutenant Colonel: a rank's first word is no role before the rank
    return Title(role, title.organisation, title.span) if role != title.words and is_role and not _is_rank(role) \
        else title


def _without_style(title: Title) -> Title:
    """The title without the style "Sheikh" between it and the name, where another title's noun comes before the style:
    "Foreign Minister Sheikh Hamad Al Thani" is the Foreign Minister, "Grand Mufti Sheikh Omar Idris" the Grand Mufti;
    "Sheikh" alone stays the title ("Sheikh Omar Idris")."""
    words = title.words.split()
    if len(words) < 2 or words[-1] not in _STYLE_TITLES or \
            (words[-2].lower() not in TITLE_HEADS and words[-2] not in _CLERICS):
        return title
    return Title(" ".join(words[:-1]), title.organisation, title.span)


_OF_INSTITUTION = re.compile(r"(?P<head>[a-z][\w-]*(?: [a-z][\w-]*){0,2}) of (?:the )?(?:[A-Z][\w’'.-]* ){1,4}"
                             r"(?:Hospital|Clinic|University|College|School|Institute|Authority|Board|Trust|Company|"
                             r"Corporation|Bank|Agency|Centre|Center|Foundation|Society)")
"""A plain title's noun held of an institution whose name the draft does not know as an organisation's."""
_OF_FIRM = re.compile(r"(?P<head>(?:[a-z][\w-]* ){0,2}(?:chief executive(?: officer)?|managing director|executive director|"
                      r"general manager|chairman|chairwoman|chairperson|co-founder|founder|owner)) of (?:the )?"
                      r"(?:[A-Z][\w’'.&-]*(?: (?:&|and|de|du|des|la|le|of) (?=[A-Z]))?(?: |$)){1,4}")
"""A head that runs a firm or a charity and never a place or a portfolio, held of a capitalised name: the name is the
body's, whatever its last word, and no word of the title."""


def _without_unknown_body(title: Title) -> Title:
    """The title without the name of the institution it is held of, which is the role's organisation and no word of
    its title, as "director of the National Meteorological Service" is the Service's director: "Chaminda Perera,
    director of Kandy General Hospital," is a director, "Ola Berg, chief executive of Nordfrakt," a chief executive
    (a firm's name may end in any word); a portfolio ("Minister of Public Service") and a place ("mayor
    of Santa Cruz") stay whole."""
    whole = _OF_INSTITUTION.fullmatch(title.words) or _OF_FIRM.fullmatch(title.words + " ")
    if whole is None or title.organisation or whole.group("head").split()[-1] not in TITLE_HEADS | {"founder", "owner"}:
        return title
    return Title(whole.group("head"), title.organisation, title.span)


_UNION_WORD = re.compile(r"^European\s+(?=[Cc]ommissioner\b)")


def _without_union_word(words: str) -> str:
    """The title without the word of the union that `organisation` holds, as "British" goes from "British Prime
    Minister": "European Commissioner for Energy" is the European Commission's Commissioner for Energy; in "European
    Council President" the word is the body's name, and no title of this kind."""
    return _UNION_WORD.sub("", words)


@dataclass(frozen=True)
class Token:
    text: str
    span: Span

    @property
    def bare(self) -> str:
        """The word without a possessive ending: "Ukraine’s" is "Ukraine"."""
        return _POSSESSIVE.sub("", self.text) if re.search(r"[’']s?$", self.text) and len(self.text) > 2 else self.text

    @property
    def possessive(self) -> bool:
        return self.bare != self.text


@dataclass(frozen=True)
class Title:
    """A title found next to a name."""

    words: str
    organisation: str
    span: Span
    """From the title's first word (or its country or organisation word) to its last."""


_LED_BY = r"{lead},?\s+(?:(?:which|that)\s+(?:was|is)\s+)?(?:led|headed)\s+by\s+(?:its\s+|their\s+)?"
"""Who leads a delegation, after it: "a Chinese delegation led by", "a delegation from Japan, headed by"."""


class Reader:
    """The words of the article, with what each is."""

    def __init__(self, article: Article, orgs: OrganisationMentions):
        self.article = article
        self.tokens = [Token(m.group(), Span(m.start(), m.end())) for m in WORD.finditer(article.masked)]
        self.org_at: dict[int, tuple[Span, str]] = {}
        self.org_names = {o.id: o.name for o in orgs.organisations}
        self.org_types = {o.id: o.type for o in orgs.organisations}
        by_name = {o.name: o.id for o in orgs.organisations if o.type == "country"}
        self.countries = {form: by_name[e.name] for e in ENTRIES if e.name in by_name for form in e.forms} | \
            {form: o.id for o in orgs.organisations if o.type == "country" for form in (o.name, *o.forms)}
        """Every form of each country the text names, those it does not use included: a headline's "Chilean"."""
        for span, ident in orgs.mentions:
            for index, token in enumerate(self.tokens):
                if token.span.overlaps(span):
                    self.org_at[index] = (span, ident)

    def gap(self, left: int, right: int) -> str:
        return self.article.masked[self.tokens[left].span.end:self.tokens[right].span.start]

    def is_name_word(self, index: int) -> bool:
        token = self.tokens[index]
        word = _ARTICLE_JOINED.sub("", token.bare)
        opener = word in _OPENING_ADVERBS or word in _OPENING_PREPOSITIONS
        if (opener and self._opens_line_or_sentence(index)) or word.lower() in _MORE_HEADS or self._charge(index):
            return False
        if word in _STYLE_TITLES and self._style_inside_name(index):
            return True
        return (word[:1].isupper() and word not in NOT_NAMES and word not in _SERVICES and index not in self.org_at
                and word not in _STYLES and word not in _BRIEF_NOUNS and not self._opens_rank(index)
                and word.lower() not in TITLE_HEADS and word.lower() not in TITLE_MODIFIERS and self.kind(index) != "H"
                and not (len(word) > 1 and word.replace("-", "").isupper()) and not any(c.isdigit() for c in word)
                and "." not in word)

    def _envoy_on(self, index: int) -> bool:
        """Whether "on" at token `index` opens the brief of an envoy's or a rapporteur's title, as "for" does: "the UN
        Special Envoy on Myanmar, X", "Special Representative on Human Rights X"; not a day or a month after a title
        ("the Envoy on Monday")."""
        token = self.tokens[index]
        if token.text != "on" or index < 1 or index + 1 >= len(self.tokens) or self.gap(index - 1, index) != " " or \
                self.gap(index, index + 1) != " ":
            return False
        after = self.tokens[index + 1].text
        return self.tokens[index - 1].text in _BRIEFED and after[:1].isupper() and after not in _DAYS_AND_MONTHS

    def _style_inside_name(self, index: int) -> bool:
        """Whether the style "Sheikh" at token `index` is a word of the name, after a given name: "Somali President Hassan
        Sheikh Abdullahi" is Hassan Sheikh Abdullahi, "President Omar Sheikh said" is Omar Sheikh; "Emir Sheikh Nawaf"
        and "Kuwait's Sheikh Nawaf" hold the style before the name."""
        before = index - 1
        if before < 0 or self.gap(before, index) != " " or self.tokens[before].bare in _STYLE_TITLES or \
                self.tokens[before].possessive or not self.is_name_word(before):
            return False
        after = index + 1
        if after < len(self.tokens) and self.gap(index, after) == " " and \
                self.tokens[after].bare not in _STYLE_TITLES and self.is_name_word(after):
            return True
        return before >= 1 and self.gap(before - 1, before) == " " and self.kind(before - 1) == "H"

    def kind(self, index: int) -> str:
        """H a title's noun, M a word before it, C of or for, A and, P a country or organisation, S its
        possessive, K another capitalised word, L a plain word, O anything else."""
        token = self.tokens[index]
        if index in self.org_at and not self._portfolio_named(index):
            return "S" if token.possessive else "P"
        lower = token.text.lower()
        parts = lower.split("-")
        if token.text in _CLERICS and self._opens_name(index):
            return "H"
        if token.text[:1].isupper() and token.text.lower() in _CALLINGS - {"sherpa"} and \
                token.span.start in self._sentence_starts \
                and self._opens_name(index):
            return "H"  # "Agronomist Kofi Mensah showed the visitors the seed store": a calling opening the sentence
        if lower == "deputy" and re.match(r",\s", self.article.masked[token.span.end:]):
            return "H"  # "His deputy, Efua Mensah, went further", "Efua Mensah, his deputy,": the deputy's title alone
        if lower in TITLE_HEADS or lower in _MORE_HEADS or token.text in _CALLINGS or (len(parts) > 1 and parts[-1] in TITLE_HEADS
                                    and all(p in TITLE_MODIFIERS or p in TITLE_HEADS for p in parts[:-1])):
            return "H"  # "Vice-Minister", "Director-General": a title's noun with its modifier joined on
        if _joined_title(parts):
            return "H"  # "Commander-in-Chief", "Sergeant-at-Arms": a title's noun with the post it holds joined on
        if len(parts) == 2 and parts[0] in _TIME_PREFIXES and (parts[1] in TITLE_HEADS or parts[1] in TITLE_MODIFIERS):
            # "then-Prime Minister Kalani Akana", "Ex-president Joaquim Sitoe": the time of the office joined on
            return "H" if parts[1] in TITLE_HEADS else "M"
        if len(parts) > 1 and parts[-1] in _NOT_YET and parts[-2] in TITLE_HEADS:
            return "H"  # "Prime Minister-designate Ana Reyes", "Governor-elect X": the noun of an office not yet taken
        if token.text == "the" and 1 < index < len(self.tokens) - 1 and self.gap(index - 1, index) == " " and \
                self.tokens[index + 1].text[:1].isupper() and (self.tokens[index - 1].text in TITLE_CONNECTORS or (
                    self.tokens[index - 1].text == "and" and (self.tokens[index - 2].text in NOT_NAMES
                                                              or index in self._portfolios[1]))):
            return "M"  # "Minister for the Pacific", "Director for Asia and the Pacific": inside the title
        if lower in TITLE_MODIFIERS or token.text in _SERVICES or self._charge(index) or \
                (token.text[:1].isupper() and lower + "s" in TITLE_MODIFIERS and lower not in _RANKING
                 and self._before_head(index)):
            return "M"  # "Communication Specialist": the singular of a portfolio the draft knows, before a title's noun
        if self._adjective_of_field(index) or self._field_after_country(index):
            return "M"  # "French Ecological Transition Minister X": the adjective of the portfolio's field
        if token.text[:1].isupper() and _FIELD_END.search(token.text) is not None and self._before_head(index) and \
                self.tokens[index + 1].text[:1].isupper():
            # "the Refugee Relief and Repatriation Commissioner, X": a field's noun the draft does not know names the
            # portfolio of the capitalised title's noun after it
            return "M"
        if token.text in _UNITS and self._before_head(index):
            return "M"  # "IMF mission chief Raul Mendes", "the EU delegation head": the unit the title's holder leads
        if token.text in _CLERIC_RANKS and index + 1 < len(self.tokens) and self.gap(index, index + 1) == " " and \
                self.tokens[index + 1].text in _CLERICS:
            return "M"  # "Grand Mufti Omar Idris", "Auxiliary Bishop Ana Costa": the rank is the office's word
        if self._region_before_head(index):
            return "M"  # "our Pacific correspondent Tevita Lolo", "its Africa director": the region the title covers
        if token.text in TITLE_CONNECTORS or self._envoy_on(index):
            return "C"
        if token.text == "and":
            return "A"
        if token.text[:1].isupper() and not token.possessive:
            return "K"
        return "L" if re.fullmatch(r"[a-z][a-z-]*", token.text) else "O"

    def _adjective_of_field(self, index: int) -> bool:
        """Whether the capitalised adjective at token `index` opens a portfolio between a country's word and a field's
        noun before the title's noun: "French Ecological Transition Minister", "Italian Digital Transformation Minister";
        not a name's word, which stands after no country's word and before no field's noun."""
        token = self.tokens[index]
        nxt = index + 1
        return re.fullmatch(r"[A-Z][a-z]{3,}(?:al|ic)", token.text) is not None and index >= 1 and \
            index - 1 in self.org_at and self.org_types.get(self.org_at[index - 1][1]) == "country" and \
            self.gap(index - 1, index) == " " and nxt < len(self.tokens) and self.gap(index, nxt) == " " and \
            _FIELD_END.search(self.tokens[nxt].text) is not None and self.tokens[nxt].text[:1].isupper() and \
            self._before_head(nxt)

    def _field_after_country(self, index: int) -> bool:
        """Whether the capitalised word at token `index` names the field of a capitalised title's noun between it and
        a country's word, a field the draft does not know: "the Dutch Delta Commissioner, Pieter Hoogendam," and
        "German Flood Commissioner Jonas Weber" hold the offices "Delta Commissioner" and "Flood Commissioner"; a
        country's word before a name reads no further ("the Dutch Pieter Hoogendam"), as no title's noun follows, nor
        does a plural or a body's word, which name a company or body ("Kenyan Airways Chairman", "Dutch Bank Chief")."""
        token = self.tokens[index]
        head = index + 1
        return re.fullmatch(r"[A-Z][a-z]{2,}(?<!s)", token.text) is not None and index >= 1 and \
            token.text not in _ORGANISATION_ENDS | COMPANY_WORDS and \
            index - 1 in self.org_at and not self.tokens[index - 1].possessive and \
            self.org_types.get(self.org_at[index - 1][1]) == "country" and self.gap(index - 1, index) == " " and \
            token.text not in NOT_NAMES and self._before_head(index) and self.tokens[head].text[:1].isupper()

    def _before_head(self, index: int) -> bool:
        """Whether a title's noun follows token `index` after a space."""
        nxt = index + 1
        return nxt < len(self.tokens) and self.gap(index, nxt) == " " and (
            self.tokens[nxt].text.lower() in TITLE_HEADS | _MORE_HEADS)

    def _charge(self, index: int) -> bool:
        """Whether token `index` is the "chargé" of "chargé d'affaires", the modifier of its noun."""
        return self.tokens[index].text.lower() in _CHARGE and index + 1 < len(self.tokens) and \
            self.gap(index, index + 1) == " " and self.tokens[index + 1].text.lower() in _MORE_HEADS - {"specialist"}

    def _opens_line_or_sentence(self, index: int) -> bool:
        """Whether token `index` opens the text, a line, a sentence or a live blog's entry after its time."""
        start = self.tokens[index].span.start
        if index == 0 or "\n" in self.gap(index - 1, index) or start in self._sentence_starts:
            return True
        return start == entry_start(self.article, self.article.sentences[self.article.sentence_index(start)])

    @cached_property
    def _sentence_starts(self) -> frozenset[int]:
        return frozenset(sentence.start for sentence in self.article.sentences)

    def _opens_name(self, index: int) -> bool:
        """Whether token `index` stands before a capitalised word and after no capitalised word it could end a name with:
        "Bishop Paul Mwangi" is a bishop, "Julie Bishop said" a name."""
        if index + 1 >= len(self.tokens) or self.gap(index, index + 1) != " " or \
                not self.tokens[index + 1].text[:1].isupper():
            return False
        return index == 0 or self.gap(index - 1, index) != " " or not self.tokens[index - 1].text[:1].isupper() \
            or self.tokens[index - 1].text in _CHURCHES

    def joined(self, left: int, right: int) -> bool:
        """Whether tokens `left` and `right` stand in one title: a space between them, or a comma of the
        portfolios it lists ("Minister of Health, Labour and Welfare")."""
        gap = self.gap(left, right)
        return gap == " " or (gap == ", " and self.tokens[left].span.end in self._portfolios[0])

    @cached_property
    def _portfolios(self) -> tuple[frozenset[int], frozenset[int]]:
        """The commas, and the tokens "the", inside lists of portfolios after a title's "of" or "for", which
        "and" closes: "Commissioner for Health, Humanitarian Affairs and Social Development", "Minister for
        International Development and the Pacific". No part of the list holds a title's noun, so that "the
        Minister of Energy, Jan Novak and Trade Minister Eva Berg" lists no portfolio."""
        commas: set[int] = set()
        thes: set[int] = set()
        for index, token in enumerate(self.tokens):
            if token.text in TITLE_CONNECTORS and index >= 1 and self.gap(index - 1, index) == " " \
                    and self.kind(index - 1) == "H":
                found = self._portfolio_list(index + 1)
                if found is not None:
                    commas.update(found[0])
                    thes.update(found[1])
                elif self.tokens[index - 1].text.islower():
                    commas.update(self._plain_portfolio_list(index + 1))
        return frozenset(commas), frozenset(thes)

    def _plain_portfolio_list(self, start: int) -> list[int]:
        """The commas of a list of lowercase portfolios after a lowercase title's "of" or "for", which "and" and a last
        portfolio close before a comma or the sentence's end: "Ratna Dewi, Indonesia's minister for higher education,
        science and technology, said"; each portfolio of up to three plain words that ends in one the draft knows or
        that reads as a field ("fisheries", "irrigation"), so that "minister for health, who arrived and left," is no
        list."""
        commas: list[int] = []
        index = start
        while True:
            end = self._plain_portfolio(index)
            if end is None or end + 1 >= len(self.tokens):
                return []
            gap = self.gap(end, end + 1)
            if gap == ", ":
                commas.append(self.tokens[end].span.end)
                index = end + 1
                continue
            if gap != " " or self.tokens[end + 1].text != "and" or not commas or end + 2 >= len(self.tokens):
                return []
            last = self._plain_portfolio(end + 2)
            closed = last is not None and re.match(r"[ \t]*(?:[,;)]|\.(?:\s|$)|\n|$)",
                                                   self.article.masked[self.tokens[last].span.end:])
            return commas if closed else []

    def _plain_portfolio(self, start: int) -> int | None:
        """The last token of one lowercase portfolio of up to three plain words from token `start`: "higher education",
        "social development"."""
        end = None
        for index in range(start, min(start + 3, len(self.tokens))):
            word = self.tokens[index].text
            if not re.fullmatch(r"[a-z][a-z-]*", word) or word in _NOT_PORTFOLIO or word in SPEECH_VERBS or \
                    (index > start and self.gap(index - 1, index) != " "):
                break
            if word in TITLE_MODIFIERS or _PORTFOLIO_ENDING.search(word) or word in _PORTFOLIO_NOUNS:
                end = index
        return end

    def _portfolio_list(self, start: int) -> tuple[list[int], list[int]] | None:
        """The list's commas and the "the" after its "and", from the token after "of" or "for"."""
        commas: list[int] = []
        end = self._portfolio(start)
        while end is not None and end + 1 < len(self.tokens):
            nxt = end + 1
            gap = self.gap(end, nxt)
            if gap not in (" ", ", "):
                return None
            if gap == ", ":
                commas.append(self.tokens[end].span.end)
            if self.tokens[nxt].text == "and":
                if not commas and gap == ", ":
                    return None
                last = self._portfolio(nxt + 1) if nxt + 1 < len(self.tokens) and self.gap(nxt, nxt + 1) == " " \
                    else None
                if last is None:
                    return None
                thes = [nxt + 1] if self.tokens[nxt + 1].text == "the" else []
                return commas, thes
            if gap == " ":
                return None
            end = self._portfolio(nxt)
        return None

    def _portfolio(self, start: int) -> int | None:
        """The last token of one portfolio: capitalised words, after "the" perhaps, none a title's noun; none where the
        text ends before it ("... Humanitarian Coordinator for", a copy cut short)."""
        if start >= len(self.tokens):
            return None
        index = start + 1 if self.tokens[start].text == "the" else start
        end = None
        while index < len(self.tokens) and self.tokens[index].text[:1].isupper() and \
                (end is None or self.gap(index - 1, index) == " "):
            if self.tokens[index].text != "the" and self.kind(index) == "H":
                return None
            end = index
            index += 1
        return end

    def _portfolio_named(self, index: int) -> bool:
        """Whether the organisation at token `index` is a title's portfolio right after its "of" or "for",
        opening with a title's word: "Minister of Local Administration" holds no body's title "Minister",
        as "President of the European Commission" does."""
        span = self.org_at[index][0]
        first = index
        while first > 0 and self.tokens[first - 1].span.overlaps(span):
            first -= 1
        return first >= 2 and self.tokens[first - 1].text in TITLE_CONNECTORS and self.gap(first - 1, first) == " " \
            and self.tokens[first].text.lower() in TITLE_MODIFIERS and self.kind(first - 2) == "H"

    def title_before(self, first: int) -> Title | None:
        """The title that ends right before token `first`: "NATO Secretary General" [Mark Rutte], with the
        place the holder is posted to: "Dutch Ambassador to Poland" [Anneke Visser], or with its country
        after "of", as official readouts write it: "President of Ukraine" [Mykhailo Dorosh]."""
        if first >= 1 and self.gap(first - 1, first) == " ":
            posted = self._posted_to(first - 1)
            if posted is not None:
                title = self._title_right_before(posted + 1)
                if title is not None and self._body_of_title(posted):
                    return title  # "Chief Representative of JICA in Ukraine X": where the body works, not the post
                return self._with_post(title, posted, first - 1) if title else None
        title = self._title_right_before(self._past_city_before(first))
        return self._office_before_rank(self._listed_before(self._holder_s_own(self._whole_rank(
            _without_rank(_without_style(title)))))) if title else None

    def _past_city_before(self, first: int) -> int:
        """The "in" before the city a title is held in, where that city the draft knows comes right before the name at
        token `first`: "Consul General in Lyon Marta Silva" holds "Consul General", the city being where she works, as
        with a title set off before the name; `first` where no such city comes before."""
        for size in (2, 1):
            if first - size >= 2 and self._city_after_title(first - size) == size:
                return first - size - 1
        return first

    def _office_before_rank(self, title: Title) -> Title:
        """The office held "of" a body before the body's name and a rank: "Chairman of the Sovereignty Council
        Lieutenant General Omar Idris" is the Council's Chairman, the rank being his style, as "Deputy Minister of
        Defence Lieutenant General X" is the Deputy Minister; "the Army's Lieutenant General X" keeps the rank."""
        if not title.organisation or not _is_rank(title.words):
            return title
        office = _OFFICE_OF.search(self.article.masked, max(0, title.span.start - 60), title.span.start)
        if office is None:
            return title
        words = office.group("office").split()
        while words and words[0].lower() not in TITLE_MODIFIERS | TITLE_HEADS:
            words = words[1:]
        if not words or words[-1].lower() not in TITLE_HEADS:
            return title
        start = office.start("office") + office.group("office").rindex(" ".join(words))
        return Title(" ".join(words), title.organisation, Span(start, title.span.end))

    def _listed_before(self, title: Title) -> Title:
        """The title with the portfolios listed before it with commas, where a country or organisation owns the whole:
        "Turkish Environment, Urbanisation and Climate Change Minister Hulya Karan" holds every portfolio, and is
        Turkey's; with no owner before the list, its words may be names ("Ruiz, Soto and Energy Minister X")."""
        if title.organisation:
            return title
        listed = _LISTED.search(self.article.masked, max(0, title.span.start - 120), title.span.start)
        if listed is None or "," not in listed.group() or \
                (listed.group("and") is None) == (" and " not in title.words):
            return title  # one "and", before the last portfolio: "Lands, Forestry and Mines Minister"
        at = self._token_at(listed.start())
        while at is not None and at in self.org_at and self.tokens[at].span.end < title.span.start:
            at += 1  # "Turkish Environment, ...": the owner's adjective opens the capitals
        last = self._token_at(title.span.start)
        if at is None or last is None or at < 1 or self.kind(at - 1) not in "PS" or self.gap(at - 1, at) != " ":
            return title
        listed_words = [self.tokens[i] for i in range(at, last) if self.tokens[i].text != "and"]
        if any(self.kind(i) not in "KM" or self.tokens[i].text in NOT_NAMES for i in range(at, last)
               if self.tokens[i].text != "and") or not all(self._listed_portfolio(t.text) for t in listed_words):
            return title  # "Kenya's Ruto, Odinga and Energy Minister X", names the text gives again
        words = " ".join(self.article.text[self.tokens[at].span.start:title.span.end].split())
        return Title(words, self.org_at[at - 1][1], Span(self.org_at[at - 1][0].start, title.span.end))

    def _region_before_head(self, index: int) -> bool:
        """Whether token `index` is a word of a region's name that a title's noun follows: "its Africa director", "the
        agency's Asia-Pacific director", "the charity's East Africa director" (a compass word before a region), each
        the region the title covers; "the East Africa Community" names a body, with no title's noun after it."""
        at = index
        if self.tokens[at].text in _COMPASS and at + 1 < len(self.tokens) and self.gap(at, at + 1) == " ":
            at += 1
        word = self.tokens[at].text
        after_compass = at > index or (at >= 1 and self.tokens[at - 1].text in _COMPASS and self.gap(at - 1, at) == " ")
        region = word in _REGIONS or (word in _REGION_ENDS and after_compass) or \
            (_REGION_JOINED.fullmatch(word) is not None and all(w in _REGIONS for w in word.split("-")))
        return region and at + 1 < len(self.tokens) and self.gap(at, at + 1) == " " and \
            self.tokens[at + 1].text.lower() in TITLE_HEADS

    def _listed_portfolio(self, word: str) -> bool:
        """Whether a word listed before a title's noun reads as a portfolio: by its ending or as a field no ending marks
        ("Trade", "Health"), even where the text writes it again ("Kenya's Trade, Health and Water Minister Ana Wambui
        ... the Minister of Trade"); else only a word the text writes once, as a name is written again."""
        return _PORTFOLIO_ENDING.search(word) is not None or word.lower() in _PORTFOLIO_NOUNS or self._once(word)

    def _holder_s_own(self, title: Title) -> Title:
        """The capitalised title after a lowercase title's "for" or "of", where it is a whole title of its own: "a
        spokesman for Defence Minister Arvid Holm" names Holm the Defence Minister, the spokesman being someone else;
        "Minister for Foreign Affairs X" or "the chief of Defence Staff General X" (a rank) keep the whole title."""
        words = title.words.split()
        last = next((i for i, t in enumerate(self.tokens) if t.span.end == title.span.end), None)
        for at in range(len(words) - 2, 0, -1):
            rest = words[at + 1:]
            if words[at] in TITLE_CONNECTORS and words[at - 1].islower() and words[at - 1] in TITLE_HEADS and \
                    rest[0][:1].isupper() and _is_title(" ".join(rest)) and rest[-1].lower() not in _RANKS and \
                    last is not None:
                start = self.tokens[last - len(rest) + 1].span.start
                return Title(" ".join(rest), "", Span(start, title.span.end))
        return title

    def _whole_rank(self, title: Title) -> Title:
        """A rank with the rank words before it that the draft does not read as a title's: "Major General Ines Varga"
        is a Major General, "Brigadier General X" a Brigadier General, not a General; or "General" with the office it
        closes: "Attorney General X", "Deputy Auditor General X", "Inspector General of Police X"."""
        if not _is_rank(title.words) and not title.words.startswith("General "):
            return title
        index = self._token_at(title.span.start)
        start = index
        while start is not None and start >= 1 and self.tokens[start - 1].text.rstrip(".").lower() in _RANKS and \
                self.tokens[start - 1].text[:1].isupper() and self.gap(start - 1, start) in (" ", ". "):
            start -= 1
        if start is not None and start == index and title.words.split()[0] == "General" and start >= 1 and \
                self.tokens[start - 1].text in _GENERAL_OFFICES and self.gap(start - 1, start) == " ":
            start -= 1
            while start >= 1 and self.kind(start - 1) == "M" and self.gap(start - 1, start) == " " and \
                    self.tokens[start - 1].text[:1].isupper():
                start -= 1
        if index is None or start is None or start == index:
            return title
        words = " ".join(self.article.text[self.tokens[start].span.start:title.span.end].split())
        return Title(words, title.organisation, Span(self.tokens[start].span.start, title.span.end))

    def _past_abbreviation(self, index: int) -> int | None:
        """The last token of an organisation's full name when token `index` is its abbreviation in brackets
        after it ("the East African Community (EAC)"); None otherwise."""
        if index < 1 or index not in self.org_at or not self.gap(index - 1, index).endswith("(") or \
                not self.article.masked[self.tokens[index].span.end:].startswith(")"):
            return None
        return index - 1 if self.org_at.get(index - 1, (None, ""))[1] == self.org_at[index][1] else None

    def _joined_portfolios(self, kinds: list[str], start: int) -> list[str]:
        """The kinds of a title's words before the name from token `start`, with a portfolio's word the draft does not
        know after "and" read as a modifier where a known one comes before "and" and a title's word after it:
        "Agriculture and Livestock Development Cabinet Secretary X", "Energy and Petroleum Minister X"."""
        found = list(kinds)
        for i in range(2, len(found) - 1):
            if found[i - 2:i + 2] in (["M", "A", "K", "M"], ["M", "A", "K", "H"]) and self._unknown_word(start + i) and \
                    self.tokens[start + i - 2].text[:1].isupper():
                found[i] = "M"
        return found

    def _body_of_title(self, at: int) -> bool:
        """Whether the body at token `at`, no country, is the one a title before it is "of" or "for", perhaps written in
        full before its abbreviation in brackets: "Representative of the Japan International Cooperation Agency (JICA)"."""
        if at not in self.org_at or self.org_types.get(self.org_at[at][1]) == "country":
            return False
        body = self._past_abbreviation(at)
        index = body if body is not None else at
        while index > 0 and self.tokens[index - 1].span.overlaps(self.org_at[index][0]):
            index -= 1
        index -= 1
        if index >= 1 and self.tokens[index].text == "the":
            index -= 1
        return index >= 1 and self.tokens[index].text in TITLE_CONNECTORS

    def _title_right_before(self, first: int) -> Title | None:
        closing = self.gap(first - 1, first) if first >= 2 else ""
        # "Chief Representative of the Japan International Cooperation Agency (JICA) in Ukraine X": the body's
        # abbreviation in brackets after its name, which the title is "of"
        owner = self._past_abbreviation(first - 1) if closing == ") " else first - 1 if closing == " " else None
        if owner is not None:
            of_country = self._of_country(owner)
            if of_country is not None:
                end, organisation = of_country
                kinds_before = self._kinds_before(end)
                for offset in range(len(kinds_before)):
                    if _TITLE_ONE.fullmatch(kinds_before[offset:]) and kinds_before[offset] != "K":
                        return self._title(end - len(kinds_before) + 1 + offset, end, organisation)
        kinds: list[str] = []
        index = first - 1
        while index >= 0 and len(kinds) < 10 and (self.joined(index, index + 1) or (
                self.gap(index, index + 1) == ". " and self.tokens[index].text in _ABBREVIATED) or (
                # "Inter-American Development Bank (IDB) President Ricardo Montalvo": the abbreviation owns the title
                self.gap(index, index + 1) == ") " and index in self.org_at and index >= 1 and
                self.gap(index - 1, index).endswith("("))):
            kind = self.kind(index)
            if kind in "OL":
                break
            kinds.insert(0, kind)
            if kind in "PS":
                break
            index -= 1
        start_index = first - len(kinds)
        kinds = self._joined_portfolios(kinds, start_index)
        for offset in range(len(kinds)):
            rest = "".join(kinds[offset:])
            prefix = rest[0] in "PS"
            body = rest[1:] if prefix else rest
            # two titles joined by "and" are one person's only where nothing comes before them but their
            # country: "the President and Defence Minister Jan Novak" may be two people
            if _TITLE_ONE.fullmatch(body) or (_TITLE.fullmatch(body) and offset == 0 and not self._after_article(start_index)):
                start = start_index + offset + (1 if prefix else 0)
                if self._name_before_and(start, first - 1):
                    continue
                if offset == 1 and kinds[:2] == ["K", "M"] and self._portfolio_word(start_index):
                    start = start_index
                elif not prefix and offset >= 2 and kinds[offset - 2:offset] == ["M", "K"] and \
                        self._unknown_word(start - 1):
                    # "led by Senior Mission Chief X": a word the draft does not know between a title's words
                    start -= 2
                    while start > start_index and kinds[start - start_index - 1] == "M":
                        start -= 1
                elif not prefix and offset >= 1 and kinds[offset - 1] == "K" and self._field_opens(start - 1):
                    owner = start - 2 if offset >= 2 and kinds[offset - 2] in "PS" else None
                    return self._title(start - 1, first - 1, owner)
                return self._title(self._past_name_capitals(start, first - 1), first - 1,
                                   start_index + offset if prefix else None)
        return None

    def _name_before_and(self, start: int, end: int) -> bool:
        """Whether two name words stand before an "and" between tokens `start` and `end`, so that the words before the
        "and" are another person's title and name: in "signed by Danish Minister of Defence Mette Kjaergaard and Deputy
        Minister Hnatiuk", Hnatiuk is the Deputy Minister; "Minister of Trade and Industry" holds no name."""
        return any(self.tokens[i].text == "and" and self.is_name_word(i - 1) and self.is_name_word(i - 2) and
                   self.gap(i - 2, i - 1) == " " for i in range(max(start, 2), end))

    def _owned_portfolio_start(self, start: int) -> int:
        """The first of up to three capitalised words between a country's or organisation's possessive and the title
        starting at token `start`, which open that title set off before the name: "Ghana's Coordinating Minister of
        Health, X", "Chad's Humanitarian Action Minister, X"; `start` where no possessive comes before them."""
        index = start - 1
        while index >= 1 and index > start - 4 and self.kind(index) in "KM" and self.gap(index, index + 1) == " " and \
                re.fullmatch(r"[A-Z][a-z]+", self.tokens[index].text) is not None and \
                self.tokens[index].text not in NOT_NAMES:
            index -= 1
        if index < start - 1 and self.kind(index) == "S" and self.gap(index, index + 1) == " ":
            return index + 1
        return start

    def _once(self, word: str) -> bool:
        """Whether the capitalised word stands once in the text, as a portfolio's word in a list does where a name's
        word comes again."""
        return len(re.findall(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", self.article.masked)) == 1

    def _portfolio_word(self, index: int) -> bool:
        """Whether the capitalised word at token `index`, before a title's other words, is a word of its
        portfolio the draft does not know: "called on External Affairs Minister X", ", Agrarian Policy Minister
        X"; not where the text gives it as a place ("Kyiv Regional Governor X", "talks in Kyiv"), nor after
        another capitalised word or at the sentence's start, where it may end a name or open the sentence."""
        if index < 1 or not self._unknown_word(index):
            return False
        gap = self.gap(index - 1, index)
        return "," in gap or (gap == " " and re.fullmatch(r"[a-z]+", self.tokens[index - 1].text) is not None)

    def _field_opens(self, index: int) -> bool:
        """Whether the capitalised word at token `index`, right before a title's other words, names a field the draft
        does not know that opens the title: "Unification Minister Park Ji-ho", "Uzbek Irrigation Minister X", "said
        Aviation Minister X"; a word ending as a field's noun does ("-ion", "-ment", "-ure"), after the owner's word,
        the sentence's start, a comma or a lowercase word, where no name can end before the title ("Fleming Minister"
        is none); an "-ing" word opening a sentence may be a preposition ("Following Minister X's visit"), where after
        the owner's word it is the title's ("Indonesian Coordinating Minister X")."""
        if not self._unknown_word(index) or _PORTFOLIO_ENDING.search(self.tokens[index].text) is None or \
                self.gap(index, index + 1) != " ":
            return False
        if index >= 1 and self.kind(index - 1) in "PS" and self.gap(index - 1, index) == " ":
            return True
        if _FIELD_NOUN.search(self.tokens[index].text) is None:
            return False
        if index == 0 or self._opens_line_or_sentence(index) or "," in self.gap(index - 1, index):
            return True
        return self.gap(index - 1, index) == " " and (self.kind(index - 1) in "PS" or
                                                      re.fullmatch(r"[a-z]+", self.tokens[index - 1].text) is not None)

    def _unknown_word(self, index: int) -> bool:
        """Whether token `index` is a capitalised word the draft does not know that the text never gives as a
        place: a word of a portfolio in a title, not the city of "Kyiv Regional Governor" ("talks in Kyiv")."""
        token = self.tokens[index]
        if not re.fullmatch(r"[A-Z][a-z]+", token.text) or token.text in NOT_NAMES or \
                fold(token.text) == fold(self.article.dateline_place):
            return False
        return re.search(r"\b(?:in|to|from|at|of)\s+(?:the\s+)?" + token.text + r"\b", self.article.masked) is None

    def _after_article(self, index: int) -> bool:
        return index >= 1 and self.tokens[index - 1].text.lower() in ("the", "a", "an")

    def _past_name_capitals(self, start: int, end: int) -> int:
        """Where a lowercase title starts after the capitalised words of a name it follows: "Royal Navy
        commander" is a commander; "Foreign Minister" after a sentence's first word keeps its capitals."""
        if start < 1 or self.kind(start - 1) != "K" or self.gap(start - 1, start) != " " or \
                not self.tokens[end].text[:1].islower() or self.tokens[start - 1].text in NOT_NAMES | {"Our"}:
            return start  # "Our Pacific correspondent": a determiner opening the sentence ends no name
        while start < end and self.tokens[start].text[:1].isupper():
            start += 1
        return start

    def _with_post(self, title: Title, posted: int, end: int) -> Title:
        """The title with the place it is held in or posted to: "Ambassador" with "to Denmark"."""
        last = self.tokens[end].span.end
        tail = " ".join(self.article.text[self.tokens[posted].span.end:last].split())
        return Title(f"{title.words} {tail}", title.organisation, Span(title.span.start, last))

    def title_of(self, first: int, last: int) -> Title | None:
        """The title the text gives the name from token `first` to `last`, before it or set off beside it."""
        title = self._title_of(first, last)
        return _without_unknown_body(self._aide_of(title)) if title is not None else None

    def _aide_of(self, title: Title) -> Title:
        """The whole title of an aide or envoy written before the title of the one served: "Senior Adviser to the
        President Dr. Omar Saleh" is the Senior Adviser to the President, "Special Envoy of the African Union
        Chairperson for the Sahel, Ana Lobo," the Special Envoy of the AU Chairperson; "an aide to President Ana Lobo"
        (no "the") names the President."""
        aide = _AIDE_OF.search(self.article.masked, max(0, title.span.start - 80), title.span.start)
        if aide is None:
            return title
        words = " ".join(self.article.text[aide.start():title.span.end].split())
        return Title(words, title.organisation, Span(aide.start(), title.span.end))

    def _title_of(self, first: int, last: int) -> Title | None:
        first = self.past_style(first)
        before = self.title_before(first)
        if before is not None and " " not in before.words:
            # "the leader of the city council, Councillor Ruth Ames": a rank or style before the name
            # yields to the role set off before both
            at = self._token_at(before.span.start)
            role = self.title_set_before(at) if at is not None else None
            if role is None and _is_rank(before.words):
                role = self._office_of_a_named_body_after(last)
            return role or before
        if before is not None and _is_rank(before.words):
            return self._own_title_after(last) or before
        return before or self.title_set_before(first) or self.aide_set_before(first) or self._own_title_after(last) or \
            self._shared_title_before(first)

    def _office_of_a_named_body_after(self, last: int) -> Title | None:
        """The office set off after a name with a rank of one word before it, where the office names the body it
        heads: "Admiral Ana Lind, the Chilean Navy's commandant," is the Navy's commandant, the rank her style; a unit
        the text does not name, or names by its country alone, leaves the rank the title: "Colonel Ines Varga, the
        battalion's commander," and "Colonel Ines Varga, the commander of the Hungarian team,"."""
        title = self._own_title_after(last)
        return title if title is not None and title.organisation and \
            self.org_types.get(title.organisation) != "country" else None

    def _shared_title_before(self, first: int) -> Title | None:
        """The title of each of the names listed after a plural title and its comma, each perhaps after its country's
        possessive: "The two defence ministers, Australia's Rachel Kinnear and Indonesia's Hendra Sasmita, met" makes each
        a defence minister of the country before the name."""
        start = self.tokens[first].span.start
        owner = first - 1 if first >= 1 and self.kind(first - 1) == "S" and self.gap(first - 1, first) == " " else None
        at = self.org_at[owner][0].start if owner is not None else start
        match = _SHARED_TITLE.search(self.article.masked, max(0, at - 120), at)
        if match is None or not _is_title(f"{match.group('words')}{_singular(match.group('head'))}"):
            return None
        words = f"{match.group('words')}{_singular(match.group('head'))}"
        ident = self.org_at[owner][1] if owner is not None else ""
        if match.group("owners"):
            listed_owner = self._listed_owner(match, start)
            if listed_owner is None:
                return None
            ident = listed_owner
        return Title(" ".join(words.split()), ident, Span(at, start))

    def _listed_owner(self, match: re.Match[str], start: int) -> str | None:
        """The country of the name at `start` among those listed after a plural title with a country for each before it,
        in the same order: in "The Indian and Chinese foreign ministers, Suresh Rao and Wang Lei, met", Wang Lei is
        China's; None where the countries are not all known or not as many as the names, as then no one can be sure
        whose is whose."""
        owners = _LIST_SEPARATOR.split(match.group("owners"))
        comma = re.compile(r",\s+").match(self.article.masked, match.end("head"))
        listed = _LISTED_NAMES.match(self.article.masked, comma.end()) if comma else None
        if listed is None or any(o not in self.countries for o in owners):
            return None
        names = _LIST_SEPARATOR.split(listed.group())
        before = len(_LIST_SEPARATOR.split(self.article.masked[listed.start():start])) - 1
        if len(names) != len(owners) or before >= len(owners):
            return None
        return self.countries[owners[before]]

    def _own_title_after(self, last: int) -> Title | None:
        """The title set off after the name ending at token `last`, unless a name follows its closing comma with
        no title of its own after it: in "Speaking from Port Kiama, the agency's head of office, Ana Reyes, said",
        the title is Ana Reyes's, set off before her name, and "Port Kiama" is a place; in a list of names
        each with its title after it, the title is the name's before it."""
        title = self.title_after(last)
        if title is None:
            return None
        nxt = self._token_at(title.span.end + 2)
        if nxt is None or self.article.masked[title.span.end:title.span.end + 2] != ", " or \
                nxt + 1 >= len(self.tokens) or not (self.is_name_word(nxt) and self.is_name_word(nxt + 1)) or \
                self.gap(nxt, nxt + 1) != " ":
            return title
        run = next(((f, e) for f, e in self.runs() if f == nxt), None)
        if run is None or self.title_after(run[1]) is not None or \
                not (self.article.masked.startswith(",", self.tokens[run[1]].span.end) or self.spoken_of(*run)):
            return title  # "Central America, North America and the Caribbean": a list the title goes on with
        return None

    def past_style(self, first: int) -> int:
        """The first token of a name's style before it ("Dr. Ibrahima Sow", "H.E. Mr. Bwalya Kasonde"), where
        a title before the name ends; `first` when it has none."""
        index = first
        while index >= 1 and self.tokens[index - 1].text.rstrip(".") in _STYLES and \
                self.gap(index - 1, index) in (" ", ". ") and (index - 1 == 0 or self.gap(index - 2, index - 1) != "-"):
            index -= 1
        return index

    def title_after(self, last: int) -> Title | None:
        """A title set off after the name: "Kadri Lepp, Estonia's prime minister," or "..., a senior
        policy fellow at the European Council on Foreign Relations", or in brackets, as lists of who attended write
        it: "Kofi Boateng (Minister of Finance)"."""
        index = last + 1
        if index >= len(self.tokens) or self.gap(last, index).strip() not in (",", "("):
            return None
        index = self._who_is(index)
        if index >= len(self.tokens):
            return None
        indefinite = self.tokens[index].text in ("a", "an")
        if indefinite and self._calling_left(index + 1):
            return None
        # "Ana Lind, the district chief, said": after "the", one plain word before the title's noun says what it heads
        definite = self.tokens[index].text == "the" and self._one_plain_before_head(index + 1)
        if self.tokens[index].text in _DETERMINERS:
            index += 1
        if indefinite and index + 1 < len(self.tokens) and self.tokens[index].text.isdigit() and \
                self.tokens[index + 1].text == "year-old":
            index += 2  # "Vasyl, a 52-year-old engineer": the age describes the holder, and is no part of the title
        if self._unknown_abbreviation(index):
            index += 1  # "Amara Kone, the AU commissioner for trade,": the body's abbreviation is no word of the title
        prefix = index if index < len(self.tokens) and self.kind(index) in "PS" else None
        opened = index
        index = self._after_org(index) if prefix is not None else self._past_owner(index)
        if prefix is not None and not self.tokens[index - 1].possessive and self._past_owner(index) > index:
            # "Munir Khattab, the Syrian Civil Defence's deputy director": the country's adjective opens the name of
            # the body that owns the title, not the title
            prefix, index = None, self._past_owner(index)
        start = index
        if prefix is not None and index < len(self.tokens) and index in self.org_at and \
                not self.tokens[index].possessive and self.gap(index - 1, index) == " ":
            # "Élise Garnier, the French G7 sherpa": the country's, and a second body's name that is part of the title
            index = self._after_org(index)
        kinds = self._owned_place(index, self._kinds_after(index, indefinite or definite or index > opened), owned=index > opened)
        # the longest title the words allow that something closes: a comma, an organisation, a post
        for size in range(len(kinds), 0, -1):
            if _SET_OFF_TITLE.fullmatch(kinds[:size]) and (start == index or "H" in kinds[:size]) and \
                    not self._time_within(index, index + size - 1):
                title = self._closed_title(start, index + size - 1, prefix)
                if title is not None:
                    return self._without_named_body(title)
        return None

    def _calling_left(self, index: int) -> bool:
        """Whether the words from token `index` are a calling its holder has left, which describes the person and is
        no title: "Omar Idris, a retired teacher who sits on the council," and "Ana Reyes, a former nurse," hold none,
        where "Ana Reyes, the nurse who runs the clinic," is the clinic's nurse."""
        return index + 1 < len(self.tokens) and self.tokens[index].text in ("retired", "former") and \
            self.gap(index, index + 1) == " " and self.tokens[index + 1].text in _CALLINGS

    def _without_named_body(self, title: Title) -> Title:
        """The title set off after a name without the body it is held "of", named after "the": in "Ana Lopes, the
        president of the CNE," and "Ivo Marin, chief executive of the state railway Kestrel Rail," the body is the
        title's organisation, and the titles are "president" and "chief executive"; "head of the mission" names no
        body, and "Minister of the Interior" is a capitalised office whose portfolio is part of it."""
        cut = _NAMED_BODY.fullmatch(title.words)
        if cut is None:
            return title
        end = self.article.text.rfind(" of the ", title.span.start, title.span.end)
        if end < 0:
            return title
        return Title(cut.group("head"), title.organisation, Span(title.span.start, end))

    def _brief_for_the(self, head: int) -> int | None:
        """The last token of the brief of an envoy's or coordinator's title after "for the", capitalised words that a
        comma closes, a country's name among them: "Deputy Humanitarian Coordinator for the Sahel Crisis," and
        "Special Coordinator for the Middle East Peace Process," hold their brief; a body's name after "for the" is
        the title's organisation, not its brief ("Coordinator for the Danish Refugee Council,")."""
        at = head + 3
        if self.tokens[head].text not in _BRIEFED or at >= len(self.tokens) or \
                not re.match(r" for the [A-Z]", self.article.masked[self.tokens[head].span.end:]):
            return None
        last = at
        while last + 1 < len(self.tokens) and last - at < 5 and self.gap(last, last + 1) == " " and \
                self.tokens[last + 1].text[:1].isupper():
            last += 1
        if not all(self.tokens[i].text[:1].isupper() and not self.tokens[i].possessive for i in range(at, last + 1)):
            return None
        word = self.tokens[last].text
        if last in self.org_at or word in _ORGANISATION_ENDS | ORGANISATION_WORDS | COMPANY_WORDS or \
                not re.match(r"[ \t]*(?:[,.;:)]|\n|$)", self.article.masked[self.tokens[last].span.end:]):
            return None
        return last

    def _time_within(self, first: int, last: int) -> bool:
        """Whether a time phrase opens after a word from token `first` to `last`: the title set off in "Tevita Lolo, who
        was elected mayor of Apia last month," ends before "last month"."""
        return any(_WHEN.match(self.article.masked, self.tokens[i].span.end) for i in range(first, last))

    def _unknown_abbreviation(self, index: int) -> bool:
        """Whether token `index` is a body's abbreviation the draft does not know, right before a lowercase title's noun:
        "the AU commissioner", "the SADC envoy"."""
        nxt = index + 1
        return nxt < len(self.tokens) and index not in self.org_at and \
            re.fullmatch(r"[A-Z]{2,6}", self.tokens[index].text) is not None and self.gap(index, nxt) == " " and \
            self.kind(nxt) == "H" and self.tokens[nxt].text.islower()

    def _one_plain_before_head(self, index: int) -> bool:
        """Whether token `index` is one plain word that describes the title's noun right after it, closed by a comma: "the
        district chief,", "the camp manager,"; not "the late president" or "the man who"."""
        return index + 1 < len(self.tokens) and self._describes(index) and self.tokens[index].text not in _LATE and \
            self.kind(index + 1) == "H" and self.tokens[index + 1].text.islower() and \
            self.article.masked.startswith(",", self.tokens[index + 1].span.end)

    def _kinds_after(self, start: int, described: bool) -> str:
        """The kinds of the words of a title set off after a name; after "a" or an owner's possessive, plain words
        before its noun describe it: "an emerging-markets strategist", "Niger's junta leader"."""
        kinds = ""
        index = start
        while index < len(self.tokens) and self.kind(index) in "MHCKAL" and len(kinds) < 10:
            if kinds and not self.joined(index - 1, index):
                break  # a comma only inside a list of portfolios: "..., IOM's Regional Director for Central America,
                # North America and the Caribbean, said"
            if "H" in kinds and self.tokens[index].text in ("at", "with"):
                break  # "professor of history at the University of Graz": the place it is held at closes it
            if "H" in kinds and self.tokens[index].text == "of" and self.tokens[index - 1].text.islower() and \
                    self._governing_body(index + 1):
                break  # "prime minister of the Tripoli-based Government of National Unity": the government owns it
            kind = self.kind(index)
            describes = kind == "L" and described and "H" not in kinds and "C" not in kinds and self._describes(index)
            kinds += "M" if describes else kind
            index += 1
        return kinds

    def _owned_place(self, index: int, kinds: str, owned: bool) -> str:
        """The kinds of a title after its owner's possessive, where a capitalised word names the region or
        field of a lowercase title: "Lena Brandt, Austria's Balkans envoy", "the charity's Tigray
        coordinator"; with no owner before it, "Omar Said, Tigray coordinator" may be two names."""
        if owned and kinds[:1] == "K" and kinds[1:2] in ("M", "H") and self.tokens[index + 1].text[:1].islower():
            return "M" + kinds[1:]
        # "the U.S. Coast Guard's Atlantic Area commander", "the charity's East Africa director": up to three
        # capitalised words of the region before a lowercase title's noun
        opening = re.match(r"K{1,3}(?=M*H)", kinds)
        head = index + kinds.find("H")
        if owned and opening is not None and self.tokens[head].text.islower() and \
                not any(self.tokens[i].possessive for i in range(index, head)):
            return "M" * opening.end() + kinds[opening.end():]
        return kinds

    def _past_owner(self, index: int) -> int:
        """Past the possessive of an owner the draft does not know, which a title after the name may
        open with: "Naomi Sato, Kestrel Rail's chief engineer", or "the clinic's chief doctor" after "the"."""
        if index >= 1 and self.tokens[index - 1].text == "the" and index < len(self.tokens) and \
                self.tokens[index].possessive and re.fullmatch(r"[a-z][a-z-]*[’']s?", self.tokens[index].text):
            return index + 1
        for size in range(1, 4):
            owner = self.tokens[index:index + size]
            if len(owner) < size or not all(t.text[:1].isupper() for t in owner):
                return index
            if owner[-1].possessive:
                return index + size
        return index

    def _closed_title(self, start: int, end: int, prefix: int | None) -> Title | None:
        """The title from `start` to `end` where what follows closes it: a comma or the line's end, the
        organisation it is held "at", "with", "of" or "for", or the place it is posted "to" or "in"."""
        rest = self.article.masked[self.tokens[end].span.end:]
        if _SUBJECT_CLAUSE.match(rest):
            return None
        if re.match(r"[ \t]*(?:[,.;:)]|\n|$)", rest) or re.match(r" and (?!the )[a-z]", rest) or _WHEN.match(rest) or \
                re.match(r" (?:who|whose) [a-z]", rest) or _PLACE_AND_DATE.match(rest):
            # "Priit Kuusk, Estonia's defence minister and this year's host,": "and" with a plain word
            # after it opens what else the person is; "Ada Lind, the deputy minister who led the talks":
            # a relative clause tells what the holder did
            return self._title(start, end, prefix)
        studied = _STUDIED_FIELD.match(rest)
        if studied and self.tokens[end].text.lower() in _SCHOLARS:
            title = self._title(start, end, prefix)
            field_end = self.tokens[end].span.end + studied.end()
            return Title(f"{title.words} in {studied.group('field')}", title.organisation, Span(title.span.start, field_end))
        came = re.match(r" from (?:the )?(?=\S)", rest)
        if came:
            return self._from_body(start, end, prefix, self._token_at(self.tokens[end].span.end + came.end()))
        brief = self._brief_for_the(end)
        if brief is not None:
            title = self._title(start, end, prefix)
            words = " ".join(self.article.text[title.span.end:self.tokens[brief].span.end].split())
            return Title(f"{title.words} {words}", title.organisation, Span(title.span.start, self.tokens[brief].span.end))
        held = re.match(r" (at|with|of|for) (?:the )?(?=\S)", rest)
        if held:
            at = self._token_at(self.tokens[end].span.end + held.end())
            unit = self._owned_unit(at) if at is not None and held.group(1) == "of" and prefix is None else None
            if at is not None and unit is not None:
                # "Director of the IMF's Western Hemisphere Department": the unit is the title's, the body its owner
                title = self._title(start, end, at)
                owned = self.article.text[self.tokens[self._after_org(at)].span.start:self.tokens[unit].span.end]
                words = f"{title.words} of the {owned}"
                return Title(" ".join(words.split()), title.organisation, Span(title.span.start, self.tokens[unit].span.end))
            if at is not None and at in self.org_at:
                listed = self._listed_countries(at) if prefix is not None and held.group() == " for " else None
                if listed is not None:
                    # "the World Bank's Country Director for Nepal and Bhutan": the post covers every country listed
                    return self._with_post(self._title(start, end, prefix), end, listed)
                if prefix is not None and held.group() == " for " and self._org_closes(at):
                    # "the World Bank's Country Director for Chad": the owner came first, so the country
                    # after "for" is the one the holder is posted to
                    return self._with_post(self._title(start, end, prefix), end, self._after_org(at) - 1)
                title = self._title(start, end, prefix if prefix is not None else at)
                if self._body_based_in(at):
                    return title  # "chief executive of the Aga Khan Health Service in Pakistan": where the body works
                # "Ambassador of Japan to Peru": the post after the country whose the title is
                return self._posted(title, self._after_org(at) - 1) or title
            if held.group(1) == "for" and at is not None and self.tokens[at].text[:1].isupper() and self.kind(at) == "M":
                return None  # "Minister for Rural and Maritime Development and ...": a portfolio the title goes on with
            if held.group(1) != "of" and at is not None and self.tokens[at].text[:1].isupper():
                # "a strategist at Commerzbank": the title holds though the draft does not know the bank
                return self._title(start, end, prefix)
            if held.group(1) in ("at", "with") and at is not None and self.tokens[at].text.islower():
                # "a nurse at the clinic", "an engineer with the charity": where the holder works closes the title
                return self._title(start, end, prefix)
            described = self._described_body(at) if held.group() == " of the " and at is not None else None
            if described is not None and self.tokens[end].text.islower():
                return self._title(start, end, described)
            if held.group(1) == "of" and at is not None and (self._unknown_body(at, end) or (
                    self.tokens[end].text.islower() and self._governing_body(at))):
                return self._title(start, end, prefix)
            return None
        return self._posted(self._title(start, end, prefix), end)

    def _listed_countries(self, at: int) -> int | None:
        """The last token of a list of two or more countries from token `at`, joined by commas and "and" and closed by a
        comma or the sentence's end: "Nepal and Bhutan,", "Benin, Togo and Ghana."; None for one country alone, or where
        a word that is no country's comes in the list."""
        count, index = 0, at
        while index in self.org_at and self.org_types.get(self.org_at[index][1]) == "country" and \
                not self.tokens[self._after_org(index) - 1].possessive:
            count += 1
            last = self._after_org(index) - 1
            joint = re.match(r",? and |, ", self.article.masked[self.tokens[last].span.end:])
            if count > 1 and self._org_closes(index) and (joint is None or joint.group() == ", "):
                return last
            if joint is None:
                return None
            following = self._token_at(self.tokens[last].span.end + joint.end())
            if following is None:
                return None
            index = following
        return None

    def _described_body(self, at: int) -> int | None:
        """The organisation that up to three plain words describing it lead to from token `at`, closed by a comma or the
        sentence's end: "Ivo Marin, chief executive of the state railway Kestrel Rail," is Kestrel Rail's chief
        executive; "co-chair of the regional water committee" names no body after its plain words."""
        index = at
        while index + 1 < len(self.tokens) and index - at < 3 and self.gap(index, index + 1) == " " and \
                re.fullmatch(r"[a-z][a-z-]*", self.tokens[index].text):
            index += 1
        if index == at or index not in self.org_at or self.tokens[self._after_org(index) - 1].possessive or \
                not self._org_closes(index):
            return None
        return index

    def _body_based_in(self, at: int) -> bool:
        """Whether "in" and a place follow the name of the body at token `at`, no country, that a title after the name is
        held "of" or "for": "a spokesperson for UNICEF in Niger" is UNICEF's spokesperson, whose office is in Niger, as
        "the Resident Representative of UNDP in Ukraine" is before the name; "Ambassador of Japan in Peru" is posted."""
        return self.org_types.get(self.org_at[at][1]) != "country" and \
            self.article.masked.startswith(" in ", self.tokens[self._after_org(at) - 1].span.end)

    def _owned_unit(self, at: int) -> int | None:
        """The last token of a unit's name of up to four capitalised words after the possessive of the body at token `at`,
        closed by a comma or the sentence's end: "the IMF's Western Hemisphere Department,", "UNICEF's Supply Division."."""
        if at not in self.org_at:
            return None
        owner = self._after_org(at) - 1
        if not self.tokens[owner].possessive:
            return None
        last = owner + 1
        while last < len(self.tokens) and last - owner <= 4 and self.tokens[last].text[:1].isupper() and \
                self.gap(last - 1, last) == " " and last not in self.org_at:
            if self.tokens[last].text in _UNIT_WORDS:
                closed = re.match(r"[ \t]*(?:[,;)]|\.(?:\s|$)|\n|$)", self.article.masked[self.tokens[last].span.end:])
                return last if closed and last > owner + 1 else None
            last += 1
        return None

    def _from_body(self, start: int, end: int, prefix: int | None, at: int | None) -> Title | None:
        """The title from `start` to `end` closed by the body its holder comes "from", which owns it: "Vasile Rotaru, an
        opposition lawmaker from the Party of Socialists," is the party's lawmaker, "a lawmaker from the ruling party" a
        lawmaker; a country or a place after "from" is where the holder comes from ("an engineer from Kharkiv"), which
        leaves the title open."""
        if at is None:
            return None
        if at in self.org_at and self.org_types.get(self.org_at[at][1]) != "country":
            return self._title(start, end, prefix if prefix is not None else at)
        if self.tokens[at - 1].text == "the" and re.fullmatch(r"[a-z][a-z-]*", self.tokens[at].text):
            return self._title(start, end, prefix)
        return None

    def _unknown_body(self, at: int, end: int) -> bool:
        """Whether two to four capitalised words, the first one the draft does not know as a body, closed by a comma or
        the sentence's end, follow the lowercase title ending at token `end` and its "of": the body the holder works
        for, whose name may end in its country ("Rosa Quispe, director of Minas Libres Peru, the government's mine
        action office, said") or hold its members' possessive ("president of the Lamu Boat Owners' Association."),
        which is no part of the title as a known organisation is not."""
        if not self.tokens[end].text.islower():
            return False
        last = at
        while last + 1 < len(self.tokens) and last - at < 3 and self.gap(last, last + 1) == " " and \
                self.tokens[last + 1].text[:1].isupper():
            last += 1
        words = self.tokens[at:last + 1]
        return last > at and all(t.text[:1].isupper() and t.text not in NOT_NAMES for t in words) \
            and all(not t.possessive or (i < len(words) - 1 and words[i + 1].bare in _MEMBERS_BODIES)
                    for i, t in enumerate(words)) \
            and all(self.kind(i) != "H" for i in range(at, last + 1)) \
            and re.match(r"[ \t]*(?:[,;)]|\.(?:\s|$))", self.article.masked[self.tokens[last].span.end:]) is not None

    def _governing_body(self, at: int) -> bool:
        """Whether the words from token `at` (after "the" perhaps) name a government, an administration or a movement the
        draft does not know, perhaps after where it is based, closed by a comma or the sentence's end: "the Tripoli-based
        Government of National Unity,", "the Transitional Federal Government."; a lowercase title "of" it is that body's,
        which is no part of the title, where "minister of the Interior" holds its portfolio."""
        if at < len(self.tokens) and self.tokens[at].text == "the":
            at += 1
        if at < len(self.tokens) and _BASED.fullmatch(self.tokens[at].text):
            at += 1
        last = at
        while last < len(self.tokens) and last - at < 7 and (self.tokens[last].text[:1].isupper() or (
                self.tokens[last].text in TITLE_CONNECTORS and last > at)) and \
                (last == at or self.gap(last - 1, last) == " ") and last not in self.org_at:
            last += 1
        words = [t.bare for t in self.tokens[at:last]]
        closed = last > at and re.match(r"[ \t]*(?:[,;)]|\.(?:\s|$)|\n|$)",
                                        self.article.masked[self.tokens[last - 1].span.end:]) is not None
        return closed and words[-1] not in TITLE_CONNECTORS and any(w in _GOVERNING for w in words) and \
            not any(self.kind(i) == "H" for i in range(at, last))

    def _posted(self, title: Title, end: int) -> Title | None:
        """The title with the country or organisation it is posted "to" or held "in" after token `end`, where a
        comma or the line's end closes that place; None where none follows."""
        posted = re.match(r" (?:in|to|responsible for) (?:the )?(?=\S)", self.article.masked[self.tokens[end].span.end:])
        at = self._token_at(self.tokens[end].span.end + posted.end()) if posted else None
        if at is not None and posted is not None and posted.group() == " in " and self._city_closes(at):
            return title
        if at is not None and posted is not None and posted.group() == " in " and self._owner_s_body(at, end):
            return title  # "foreign minister in Libya's eastern-based administration": the body the title is held in
        if at is None or at not in self.org_at or self.tokens[at].possessive:
            return None
        last = self._after_org(at) - 1
        if not re.match(r"[ \t]*(?:[,.;:)]|\n|$)", self.article.masked[self.tokens[last].span.end:]):
            return None
        return self._with_post(title, end, last)

    def _owner_s_body(self, at: int, end: int) -> bool:
        """Whether a country's or organisation's possessive at token `at`, then a plain word, follows the lowercase title
        ending at token `end` and its "in": the body the title is held in, which the words after the possessive describe."""
        if at not in self.org_at or not self.tokens[end].text.islower():
            return False
        owner = self._after_org(at) - 1
        return self.tokens[owner].possessive and owner + 1 < len(self.tokens) and \
            re.fullmatch(r"[a-z][a-z-]*", self.tokens[owner + 1].text) is not None

    def _org_closes(self, at: int) -> bool:
        """Whether a comma or the line's end follows the country or organisation at token `at`."""
        last = self._after_org(at) - 1
        return re.match(r"[ \t]*(?:[,.;:)]|\n|$)", self.article.masked[self.tokens[last].span.end:]) is not None

    def _city_closes(self, at: int) -> bool:
        """Whether one or two capitalised words at token `at`, no country or organisation the draft knows, close
        the title set off after a name: the city the holder works in, which is no part of the title, as with a
        title set off before the name: "Ilse Moen, the EU ambassador in Accra, said" is an ambassador."""
        for last in (at, at + 1):
            if last >= len(self.tokens) or last in self.org_at or self.kind(last) != "K" or \
                    (last > at and self.gap(at, last) != " "):
                return False
            if re.match(r"[ \t]*(?:[,.;:)]|\n|$)", self.article.masked[self.tokens[last].span.end:]):
                return True
        return False

    def _token_at(self, position: int) -> int | None:
        return next((i for i, t in enumerate(self.tokens) if t.span.start == position), None)

    def _who_is(self, index: int) -> int:
        """Past "who is" and an age, or "who serves as", which may open a title set off after the name: "Vasylenko, who
        is 46 and Ukraine's deputy prime minister for reconstruction,", "Ana Reyes, who serves as WFP's country
        director,"."""
        words = [t.text for t in self.tokens[index:index + 5]]
        if words[:5] == ["who", "was", "sworn", "in", "as"]:
            return index + 5  # "Jose Rivas, who was sworn in as president in March,": the office taken
        if words[:2] in (["who", "serves"], ["who", "works"]) and words[2:3] == ["as"]:
            return index + 3  # "Ana Reyes, who serves as the country director of WFP,"
        if words[:2] == ["who", "became"]:
            return index + 2  # "Nadia Haddad, who became Lebanon's energy minister last year,": the office taken
        if words[:2] == ["who", "was"] and words[2:3] and words[2] in _APPOINTED:
            # "Carlos Benitez, who was appointed interior minister in May,": the office given
            return index + (4 if words[3:4] == ["as"] else 3)
        if words[:2] != ["who", "is"]:
            return index
        if len(words) >= 4 and words[2].isdigit() and words[3] == "and":
            return index + 4
        return index + 2

    def title_set_before(self, first: int) -> Title | None:
        """A title set off before the name: "Ukraine's energy minister, Mykola Prykhodko,", or with its
        country after "of": "the Prime Minister of Moldova, Andrei Ciobanu"."""
        gap = self.gap(first - 1, first).strip() if first >= 2 else ""
        # "the Secretary General of the East African Community (EAC), Veronica Achieng"
        end = first - 1 if gap == "," else self._past_abbreviation(first - 1) if gap == ")," else None
        if end is None:
            return self._title_of_unknown_body(first - 1) if gap == ")," else None
        if end >= 1 and self.tokens[end].text in ("there", "here") and self.gap(end - 1, end) == " ":
            end -= 1  # "the agency's head of office there, X": the adverb points to a place named before
        posted = self._posted_to(end)
        if posted is not None:
            # "Ukraine's Ambassador to Denmark, Olha Shevchuk", "UNHCR's representative in Ukraine, Karolina
            # Lindqvist": the title before the place it is held in or posted to, then the whole title
            body = self._past_abbreviation(posted)
            title = self._set_before(posted if body is None else body)
            if title is not None and (posted if body is None else body) in self.org_at and title.organisation and \
                    self.tokens[posted + 1].text == "in":
                # "the Resident Representative of UNDP in Ukraine, X": the place is the body's, the title the words
                # before "of"
                return Title(title.words, title.organisation, Span(title.span.start, self.tokens[end].span.end))
            if title is not None:
                return self._with_post(title, posted, end)
        return self._posted_to_region(end) or self._set_before(self._past_city(end))

    def _posted_to_region(self, end: int) -> Title | None:
        """An owner's title set off before the name, posted "to" a region the draft knows as no country or
        organisation, up to token `end`: "the AU's envoy to the Great Lakes, Moussa Diarra", "Chile's ambassador to the
        Horn of Africa, X"; only with the owner's possessive before the title, as "the road to Upper Nile, X" names no
        post."""
        to = end
        while to > end - 6 and to >= 1 and self.gap(to - 1, to) == " " and \
                (self.kind(to) == "K" or (self.tokens[to].text in ("of", "the") and to < end)):
            to -= 1
        if to == end or self.tokens[to].text != "to" or self.tokens[to + 1].text == "of" or \
                self.tokens[end].text in ("of", "the") or to < 2 or self.gap(to - 1, to) != " ":
            return None
        title = self._set_before(to - 1)
        if title is None or not title.organisation or self.kind(to - 1) != "H":
            return None
        return self._with_post(title, to - 1, end)

    def _title_of_unknown_body(self, abbreviation: int) -> Title | None:
        """The title before the full name of a body the draft does not know, whose abbreviation in brackets at token
        `abbreviation` ends what is set off before the name: "the Executive Secretary of the Commission for Controlling
        the Desert Locust in the Western Region (CLCPRO), Sidi Mohamed Ould Cheikh" is the Executive Secretary; the
        first title's noun with "of" or "for" after it opens the body's name, so that "the Director of the Office of the
        High Commissioner for Human Rights (OHCHR), X" is the Director."""
        if abbreviation < 2 or abbreviation in self.org_at or \
                re.fullmatch(r"[A-Z][A-Z&-]{1,9}", self.tokens[abbreviation].text) is None or \
                not self.gap(abbreviation - 1, abbreviation).endswith("("):
            return None
        index = abbreviation - 1
        head = None
        while index >= 1 and abbreviation - index < 16 and self.gap(index - 1, index) == " " and (
                self.tokens[index].text[:1].isupper() or self.tokens[index].text in ("the", "of", "for", "in", "and")):
            if self.kind(index) == "H" and self.tokens[index + 1].text in TITLE_CONNECTORS:
                head = index
            index -= 1
        if head is None or head == abbreviation - 1:
            return None
        start = head
        while start >= 1 and self.kind(start - 1) in "MH" and self.tokens[start - 1].text[:1].isupper() and \
                self.gap(start - 1, start) == " ":
            start -= 1
        return self._title(start, head, None) if self._before_title(start - 1) else None

    def _past_city(self, end: int) -> int:
        """The last word of a title set off before the name that ends "in" a place the draft knows as no
        country or organisation, which is no part of the title: "Nepal's ambassador in London, Sushila
        Adhikari" is an ambassador, "the head of the WFP office in Niamey, Amina Diallo" heads the WFP's office; `end`
        where the title does not end so."""
        if end >= 2 and end not in self.org_at and self.kind(end) == "K" and self.tokens[end - 1].text == "in" \
                and self.gap(end - 1, end) == " " and self.gap(end - 2, end - 1) == " " and (
                    self.kind(end - 2) == "H" or self.tokens[end - 2].text in _UNITS):
            return end - 2
        return end

    def _posted_to(self, end: int) -> int | None:
        """The last word of a title that ends "to" or "in" a country or organisation at token `end`."""
        if end not in self.org_at or self.tokens[end].possessive:
            return None
        span = self.org_at[end][0]
        index = end
        while index > 0 and self.tokens[index - 1].span.overlaps(span):
            index -= 1
        index -= 1
        if index >= 0 and self.tokens[index].text == "the":
            index -= 1
        if index >= 1 and self._for_country(index, end):
            return index - 1
        if index < 1 or self.tokens[index].text not in ("to", "in", "at") or not (
                self.kind(index - 1) in "HKP" or self._portfolio_modifier(index - 1)):
            return None
        return index - 1

    def _for_country(self, index: int, end: int) -> bool:
        """Whether token `index` is the "for" between a title's noun and the country at token `end` that the post covers,
        which is a part of the title as "to" is of an ambassador's: "the UN Special Envoy for Yemen, Ines Borg", "the
        bank's country manager for Laos"; only where the title's owner comes before it, as "the special envoy for
        Sudan, X" may be Sudan's own; the title's own country comes after "of" ("Minister of Defence of Peru")."""
        on = self.tokens[index].text == "on" and self.tokens[index - 1].text in _BRIEFED  # "Special Envoy on Yemen"
        if (self.tokens[index].text != "for" and not on) or self.gap(index - 1, index) != " " or \
                self.kind(index - 1) != "H" or end not in self.org_at or self.org_types.get(self.org_at[end][1]) != "country":
            return False
        start = index - 1
        while start >= 1 and self.kind(start - 1) in "MH" and self.gap(start - 1, start) == " ":
            start -= 1
        owner = start - 1
        return owner >= 0 and self.gap(owner, start) == " " and (self.kind(owner) in "PS" or self._owned_by_the(owner))

    def _portfolio_modifier(self, index: int) -> bool:
        """Whether token `index` is a title's modifier that ends the title as its portfolio after "of": "Minister of State"
        in "the Minister of State at the Office of the Prime Minister, Grace Achola,"."""
        return index >= 2 and self.kind(index) == "M" and self.tokens[index].text[:1].isupper() and \
            self.tokens[index - 1].text in ("of", "for") and self.kind(index - 2) == "H"

    def _set_before(self, end: int) -> Title | None:
        if self.kind(end) == "L":
            return self._set_before_plain_end(end)
        of_country = self._of_country(end)
        if of_country is not None:
            last = end
            end, organisation = of_country
            kinds = self._kinds_before(end)
            for offset in range(len(kinds)):
                # "the Minister of Foreign Affairs of the Republic of Poland, Tomasz Wierzbicki": a title of
                # its own "of" may stand before the country's
                if _TITLE.fullmatch(kinds[offset:]) and kinds[offset] != "K" and \
                        ("C" not in kinds[offset:] or self._before_title(end - len(kinds) + offset)):
                    start = end - len(kinds) + 1 + offset
                    return self._owned_post(start, end, last) or self._title(start, end, organisation)
            return None
        kinds = self._kinds_before(end)
        for offset in range(len(kinds)):
            if (_TITLE.fullmatch(kinds[offset:]) or _MANY_PORTFOLIOS.fullmatch(kinds[offset:])) and kinds[offset] != "K":
                start = end - len(kinds) + 1 + offset
                start = self._owned_portfolio_start(self._owned_plain_start(start))
                served = self._aide_serving(start if not (start >= 1 and self.kind(start - 1) in "PS") else start - 1)
                if served is not None:
                    return self._title(served, end, None)
                prefix = start - 1 if start >= 1 and self.kind(start - 1) in "PS" else None
                before = (prefix if prefix is not None else start) - 1
                # "Sunak's foreign secretary, X" is no title of X's own; a name in the sentence before is
                if before >= 0 and self.gap(before, before + 1) == " " and self.is_name_word(before):
                    if not self._place_owner(before):
                        return None
                    # a place's possessive owns the title with it ("Ternopil's governor, X"), so the span holds it
                    title = self._title(start, end, prefix)
                    return Title(title.words, title.organisation, Span(self.tokens[before].span.start, title.span.end))
                return self._title(start, end, prefix)
        # "the bank's vice-president for agriculture and human development, X": a lowercase portfolio word the
        # draft knows may end plain words as well
        return self._set_before_plain_end(end) if re.fullmatch(r"[a-z][a-z-]*", self.tokens[end].text) else None

    def _aide_serving(self, start: int) -> int | None:
        """The first word of an aide's title whose "to the" or "for the" comes right before the title starting at token
        `start`, which is the title of the one served: "A senior aide to the prime minister, Rahul Varma," is the senior
        aide to the prime minister, not the prime minister; "a spokesman for the Kenyan foreign minister, X" likewise;
        None where no aide's noun comes before ("the prime minister, X")."""
        the = start - 1
        if the < 3 or self.tokens[the].text not in ("the", "his", "her", "their") or self.gap(the, start) != " " or \
                self.tokens[the - 1].text not in ("to", "for") or self.gap(the - 1, the) != " " or \
                self.gap(the - 2, the - 1) != " " or self.tokens[the - 2].text.lower() not in _AIDES | {"assistant"}:
            return None
        first = the - 2
        capitalised = self.tokens[first].text[:1].isupper()
        while first >= 1 and self.gap(first - 1, first) == " " and (self.kind(first - 1) == "M" or (
                capitalised and self.tokens[first - 1].text == "Chief")) and \
                (self.tokens[first - 1].text.islower() or capitalised):
            # "a senior aide", "a special envoy": the aide's own rank is a word of the title, capitalised as its noun
            # is: "The Chief Economic Adviser to the Prime Minister, X"
            first -= 1
        return first

    def aide_set_before(self, first: int) -> Title | None:
        """An aide's title set off before the name after the possessive of the person served, which `title_set_before`
        leaves alone: "Kofi Tetteh's spokesman, Yaw Boadu, said" names Yaw Boadu the spokesman; the mention is the
        name's alone, as the one served may be who another person meets ("met Tetteh's adviser, Yaw Boadu")."""
        end = first - 1
        if first < 3 or self.gap(end, first).strip() != "," or self.tokens[end].text.lower() not in _AIDES | {"deputy"} or \
                self.gap(end - 1, end) != " " or not self.tokens[end - 1].possessive or not self.is_name_word(end - 1):
            return None
        return self._title(end, end, None)

    def _owned_plain_start(self, start: int) -> int:
        """The first of up to two plain words before the title starting at token `start`, where an owner's possessive or
        "the" comes before them: "Niger's junta leader, X" is the junta leader, "the rebel commander, X" the rebel
        commander; `start` where no plain word or no owner comes before the title."""
        index = start
        while index >= 1 and index > start - 2 and self._describes(index - 1) and self.gap(index - 1, index) == " ":
            index -= 1
        if index == start or index < 1 or self.gap(index - 1, index) != " ":
            return start
        owner = index - 1
        if self.kind(owner) == "S" or self.tokens[owner].text in ("the", "The") or self._owned_by_the(owner):
            return index
        return start

    def _describes(self, index: int) -> bool:
        """Whether token `index` is a plain word that may say what a title's holder leads or works on ("junta",
        "peacekeeping", "drought"), not how the text ranks them ("longest-serving", "most", "newest")."""
        word = self.tokens[index].text
        return self.kind(index) == "L" and word not in _RANKING and not word.endswith(("est", "-serving", "ly")) \
            and word not in ("the", "and", "or", "of", "for", "to", "in", "at", "with", "by", "on", "as")

    def _owned_post(self, start: int, end: int, last: int) -> Title | None:
        """The title from token `start` to `end` with the country "for" which it is held, up to token `last`, where an
        owner's possessive comes before it: "Save the Children's country director for Somalia, X" and "the agency's
        representative for Ghana, X" hold their posts for the country, with the owner as the title's organisation, as
        "the special envoy for Sudan, X" holds Sudan's title; None where no such owner opens it."""
        if end + 1 >= len(self.tokens) or self.tokens[end + 1].text != "for" or start < 1:
            return None
        if self.kind(start - 1) == "S":
            return self._title(start, last, start - 1)
        return self._title(start, last, None) if self._owned_by_the(start - 1) else None

    def _set_before_plain_end(self, end: int) -> Title | None:
        """A title set off before the name whose part after "of" or "for" ends in one plain word, after
        capitalised words or "the" only: "the governor of Bay region, X", "the EU's envoy for the
        Serbia-Kosovo dialogue, X"; opened by "the", a possessive or a comma, so that "talks with the
        minister of trade on the dialogue, X" gives none. With an owner's possessive before it the plain word may
        follow "of" or "for" alone, or after other plain words: "the agency's head of office, X", "the bloc's
        commissioner for international partnerships, X", as "head of office, said X" is no title."""
        index = end - 1
        plain = False
        while index > end - 5 and index >= 1 and self.gap(index, index + 1) == " " and (
                self.tokens[index].text == "the" or (self.tokens[index].text[:1].isupper()
                                                     and self.tokens[index].text not in TITLE_CONNECTORS)
                or (re.fullmatch(r"[a-z][a-z-]*", self.tokens[index].text) is not None
                    and self.tokens[index].text not in TITLE_CONNECTORS)):
            plain = plain or (self.tokens[index].text[:1].islower() and self.tokens[index].text != "the")
            index -= 1
        if index < 1 or self.tokens[index].text not in TITLE_CONNECTORS or \
                self.gap(index, index + 1) != " " or self.gap(index - 1, index) != " ":
            return None
        kinds = self._kinds_before(index - 1)
        for offset in range(len(kinds)):
            if _TITLE_ONE.fullmatch(kinds[offset:]) and kinds[offset] != "K":
                start = index - len(kinds) + offset
                prefix = start - 1 if start >= 1 and self.kind(start - 1) == "S" else None
                owned = prefix is not None or self._owned_by_the(start - 1) or self._unit_after_the(start, index, end)
                # "the head of the UN refugee agency, X": plain words after "the" and a body's name the draft knows
                body = self.tokens[index + 1].text == "the" and any(i in self.org_at for i in range(index + 2, end))
                if owned or (index < end - 1 and (not plain or body) and self._before_title(start - 1)):
                    return self._title(start, end, prefix)
        return None

    def _unit_after_the(self, start: int, connector: int, end: int) -> bool:
        """Whether the lowercase title from token `start` right after "the" heads a unit named by one word after its "of":
        "the deputy head of mission, Ana Berg", "the chief of protocol, X"; "head of office, said X" has no "the"."""
        return connector == end - 1 and self.tokens[connector].text == "of" and self.tokens[end].text in _OF_UNITS and \
            start >= 1 and self.tokens[start - 1].text in ("the", "The") and self.gap(start - 1, start) == " "

    def _owned_by_the(self, index: int) -> bool:
        """Whether token `index` is a lowercase owner's possessive after "the", perhaps with up to two capitalised words
        that say whose the owner is between them: "the agency's", "The bank's", "the Taliban administration's"."""
        if index < 1 or not self.tokens[index].possessive or \
                re.fullmatch(r"[a-z][a-z-]*[’']s?", self.tokens[index].text) is None:
            return False
        before = index - 1
        while before > index - 3 and before >= 1 and self.tokens[before].text[:1].isupper() and \
                self.tokens[before].text not in ("The",) and self.gap(before, before + 1) == " ":
            before -= 1
        return self.tokens[before].text in ("the", "The") and self.gap(before, before + 1) == " "

    def _place_owner(self, index: int) -> bool:
        """Whether the possessive at token `index` is a place's rather than a person's: one capitalised word
        that ends no name of two words or more in the text ("Ternopil's governor, Petro Danyliuk")."""
        token = self.tokens[index]
        if not token.possessive or (index >= 1 and self.gap(index - 1, index) == " " and self.is_name_word(index - 1)):
            return False
        return token.bare not in self._surnames

    @cached_property
    def _surnames(self) -> frozenset[str]:
        return frozenset(self.tokens[last].bare for first, last in self.runs() if last > first)

    def _before_title(self, index: int) -> bool:
        """Whether token `index` (just before a title) opens it: the sentence's start, "the", or a comma."""
        return index < 0 or self.tokens[index].text in ("the", "The") or \
            self.gap(index, index + 1).strip() in (",", "—", "–")

    def _kinds_before(self, end: int) -> str:
        """The kinds of up to ten words of a title ending at token `end`, as many as a title after the name may hold:
        "the bank's Senior Vice President for the Horn and Great Lakes Regions, X" keeps "Senior Vice"."""
        index = end
        kinds = ""
        while index >= 0 and self.kind(index) in "MHCKA" and len(kinds) < 10:
            if index < end and not self.joined(index, index + 1):
                break
            kinds = self.kind(index) + kinds
            index -= 1
        return kinds

    def _of_country(self, last: int) -> tuple[int, int] | None:
        """Where a title ends before "of" and the country or organisation that ends at token `last`:
        (the title's last token, the organisation's token); its own portfolio may join two words with "and":
        "Minister of Mines and Energy of Namibia Tomas Haufiku"."""
        if last not in self.org_at or self.tokens[last].possessive:
            return None
        span = self.org_at[last][0]
        index = last
        while index > 0 and self.tokens[index - 1].span.overlaps(span):
            index -= 1
        organisation = index
        index -= 1
        if index >= 0 and self.tokens[index].text == "the":
            index -= 1
        if index >= 2 and self.tokens[index].text == "of" and self.tokens[index - 1].text in _STATE_FORMS:
            # "the Kingdom of the Netherlands", "the Republic of Moldova": the state's formal name
            index -= 2
            if index >= 0 and self.tokens[index].text == "the":
                index -= 1
        if index < 1 or self.tokens[index].text not in ("of", "for") or self.kind(index - 1) not in ("H", "K", "M") or \
                not re.search(r"H(?:C[MHK]+(?:A[MHK]+)?)?$", self._kinds_before(index - 1)) or \
                self._for_country(index, last):
            return None
        return index - 1, organisation

    def _after_org(self, index: int) -> int:
        span = self.org_at[index][0]
        while index < len(self.tokens) and self.tokens[index].span.overlaps(span):
            index += 1
        return index

    def _title(self, first: int, last: int, organisation: int | None) -> Title:
        text = self.article.text
        words = text[self.tokens[first].span.start:self.tokens[last].span.end]
        ident = self.org_at[organisation][1] if organisation is not None else ""
        start = self.org_at[organisation][0].start if organisation is not None else self.tokens[first].span.start
        if organisation is not None and organisation >= 1 and self.gap(organisation - 1, organisation).endswith("(") \
                and self.org_at.get(organisation - 1, (None, ""))[1] == ident:
            start = self.org_at[organisation - 1][0].start  # its full name before the abbreviation in brackets
        for lead, name in TITLE_ORGANISATIONS.items():
            if words.lower().startswith(lead):
                ident = ident or "@" + name
                words = _without_union_word(words)
        inside = self._body_of_unit(first, last) if organisation is None else None
        if inside is not None:
            # "head of the IMF mission": the body is the title's organisation, and no word of the title
            words = text[self.tokens[first].span.start:self.tokens[inside - 1].span.end] + " " + \
                text[self.tokens[inside + 1].span.start:self.tokens[last].span.end]
            ident = self.org_at[inside][1]
        # "then-Prime Minister X", "the then-health minister, X": "then-" says when the office was held, and is no word of it
        words = re.sub(r"^[Tt]hen-", "", " ".join(words.split()))
        return Title(words, ident, Span(min(start, self.tokens[first].span.start), self.tokens[last].span.end))

    def _body_of_unit(self, first: int, last: int) -> int | None:
        """The token of a body named inside a title between "the" and the unit it heads: "head of the IMF mission",
        "chief of the UNHCR office", "the leader of the EU delegation"."""
        return next((i for i in range(first + 1, last) if i in self.org_at and self.tokens[i - 1].text == "the"
                     and self.tokens[i + 1].text in _UNITS and self.org_at.get(i + 1) is None), None)

    def runs(self) -> list[tuple[int, int]]:
        """(first, last) token of every run of two to four name words, or of one."""
        found = []
        index = 0
        while index < len(self.tokens):
            start = index
            past = self._past_initials(index)
            if past is not None:
                index = past
            elif not self.is_name_word(index) and not self.family_caps(index):
                index += 1
                continue
            last = index
            while last + 1 < len(self.tokens) and last - index < 4 and not self.tokens[last].possessive \
                    and (self.gap(last, last + 1) == " " or self._middle_initial(index, last)):
                nxt = last + 1
                if self.is_name_word(nxt):
                    last = nxt
                elif self.tokens[nxt].text in NAME_PARTICLES:
                    # "von der Leyen": one particle or two, then a name word
                    after = nxt + 1 + (1 if nxt + 1 < len(self.tokens) and self.tokens[nxt + 1].text in NAME_PARTICLES
                                       and self.gap(nxt, nxt + 1) == " " else 0)
                    if after < len(self.tokens) and self.gap(after - 1, after) == " " and self.is_name_word(after):
                        last = after
                    else:
                        break
                else:
                    break
            if self._opens_brief_noun(last):
                index = last + 1
                continue  # "the Middle East Peace Process": the words before a brief's noun are the brief's
            city = self._city_after_title(index)
            found.append((start if start < index else
                          index + city if city and last - index >= city + 1 else
                          index + 1 if last - index >= 2 and self._portfolio_opens(index) else
                          self._past_portfolio_inside(index, last), last))
            index = last + 1
        return found

    def _city_after_title(self, index: int) -> int:
        """How many words from token `index` make a city the draft knows, right after a title's noun and "in", which
        is where the holder works and no word of the name after it: "Consul General in Lyon Marta Silva" names Marta
        Silva; 0 where no title and "in" come before ("talks in Lyon Marta Silva attended" is left as it is)."""
        if index < 2 or self.tokens[index - 1].text != "in" or self.kind(index - 2) != "H" or \
                self.gap(index - 2, index - 1) != " " or self.gap(index - 1, index) != " ":
            return 0
        for size in (2, 1):
            words = self.tokens[index:index + size]
            if len(words) == size and all(self.gap(index + i, index + i + 1) == " " for i in range(size - 1)) and \
                    " ".join(t.text for t in words) in CITIES | CAPITALS.keys():
                return size
        return 0

    def _opens_rank(self, index: int) -> bool:
        """Whether the word at token `index` opens a rank of two words, "Major General", "Brigadier General", "Rear
        Admiral", and so is no word of a name before it: "Commander of the Joint Operations Command Major General Ali
        Hassan" names Ali Hassan, and "Command Major" no one; "John Major said" keeps the surname."""
        nxt = index + 1
        return self.tokens[index].text.lower() in _RANKS and nxt < len(self.tokens) and self.gap(index, nxt) == " " and \
            self.tokens[nxt].text[:1].isupper() and self.tokens[nxt].text.lower() in _RANKS | TITLE_HEADS

    def _opens_brief_noun(self, last: int) -> bool:
        """Whether a brief's noun follows token `last` after a space: "Horn of Africa Peace Process"."""
        return last + 1 < len(self.tokens) and self.gap(last, last + 1) == " " and \
            self.tokens[last + 1].text in _BRIEF_NOUNS

    def _past_initials(self, index: int) -> int | None:
        """The name word after the initials that open a name at token `index`: "J.R. Whitcombe", "A. K. Mensah",
        "Health Minister R. Venkataraman"; None where no initials do, or where a capitalised word comes right before
        them that may end a name or a place with the letter ("Plan B. Mensah said")."""
        if index in self.org_at or self.tokens[index].text.rstrip(".") in _STYLES or \
                (index >= 1 and self.gap(index - 1, index) == " " and self.is_name_word(index - 1)):
            return None
        at = index
        while at + 1 < len(self.tokens) and at - index < 3 and (
                (re.fullmatch(r"(?:[A-Z]\.){2,3}", self.tokens[at].text) and self.gap(at, at + 1) == " ") or
                (re.fullmatch(r"[A-Z]", self.tokens[at].text) and self.gap(at, at + 1) == ". ")):
            at += 1
        return at if at > index and at < len(self.tokens) and self.is_name_word(at) else None

    def _past_portfolio_inside(self, index: int, last: int) -> int:
        """The first token of the name in a run from token `index` to `last` right after a title's "of" or "for" and the
        portfolio words the draft knows, past the last word before the name's two that ends as a field's noun does:
        "Minister of Climate Change Adaptation Ralph Tamata" is Ralph Tamata; `index` where no such word comes before
        two name words, as in "Minister of Health Paul Clement"."""
        connector = self._past_capital_modifiers(index)
        if last - index < 2 or connector < 1 or self.tokens[connector].text not in TITLE_CONNECTORS or \
                self.gap(connector - 1, connector) != " " or self.kind(connector - 1) != "H":
            return index
        return next((at + 1 for at in range(last - 2, index - 1, -1)
                     if _PORTFOLIO_ENDING.search(self.tokens[at].text) is not None), index)

    def _portfolio_opens(self, index: int) -> bool:
        """Whether the capitalised word at token `index`, after a title's noun and "for" or "of", is the portfolio the
        draft does not know rather than a given name: "Fiji's Minister for Policing Josaia Nakoro", "Minister of
        Fisheries Tala Aumua", "Commissioner for International Partnerships Annika Lindqvist" (a modifier the draft knows
        between); a word the text writes after "in", "to" or "from" is a place's ("Mayor of Lviv X")."""
        connector = self._past_capital_modifiers(index)
        if connector == index - 1 and self.tokens[connector].text == "and":
            return self._last_portfolio_after_and(index)
        if connector < 1 or self.tokens[connector].text not in TITLE_CONNECTORS or \
                self.gap(connector - 1, connector) != " " or self.kind(connector - 1) != "H":
            return False
        word = self.tokens[index].text
        if connector == index - 1 and self.tokens[connector].text == "of" and _REGION_JOINED.fullmatch(word):
            return True  # "Chief Minister of Gilgit-Baltistan Ghulam Abbas Shigri": a region of two joined names
        if re.fullmatch(r"[A-Z][a-z]+", word) is None or word in NOT_NAMES:
            return False
        place = fold(word) == fold(self.article.dateline_place) or word in CAPITALS or \
            re.search(r"\b(?:[Ii]n|to|from|at|near)\s+(?:the\s+)?" + word + r"\b", self.article.masked) is not None
        # "Mayor of Lviv Andriy Sadovyi": a city the text names as a place, which the title is held in, or a capital
        # the draft knows ("Mayor of Quito Ana Vera")
        if place:
            return connector == index - 1 and self.tokens[connector].text == "of"
        return _PORTFOLIO_ENDING.search(word) is not None

    def portfolio_run(self, first: int, last: int) -> bool:
        """Whether the run of name words from token `first` to `last` is the rest of a title's portfolio after its "of" or
        "for", ending in a field's noun: "Vanuatu's Minister for Climate Change Adaptation, Ralph Tamata," names no one
        "Change Adaptation"; "Minister of Finance Ana Marion" or "Minister of Health Paul Clement" still names the person, whose
        last word is no field's."""
        if last == first or _FIELD_END.search(self.tokens[last].text) is None:
            return False
        connector = self._past_capital_modifiers(first)
        return connector >= 1 and self.tokens[connector].text in TITLE_CONNECTORS and \
            self.gap(connector - 1, connector) == " " and self.kind(connector - 1) == "H"

    def _last_portfolio_after_and(self, index: int) -> bool:
        """Whether the capitalised word at token `index`, right after "and", closes a title's portfolios after its "of" or
        "for" as a field's noun: "Minister of Water and Sanitation Sidi Ahmed", "Secretary for Lands and Housing Ana
        Tuilagi"; "the Minister of Defence and Karim Sow" lists a person after the title."""
        word = self.tokens[index].text
        if re.fullmatch(r"[A-Z][a-z]+", word) is None or word in NOT_NAMES or \
                _PORTFOLIO_ENDING.search(word) is None:
            return False
        at = index - 2
        while at >= 1 and index - at < 5 and self.gap(at, at + 1) == " " and self.kind(at) in "KM" and \
                self.tokens[at].text[:1].isupper():
            at -= 1
        return at < index - 2 and at >= 1 and self.tokens[at].text in TITLE_CONNECTORS and \
            self.gap(at, at + 1) == " " and self.gap(at - 1, at) == " " and self.kind(at - 1) == "H"

    def _past_capital_modifiers(self, index: int) -> int:
        """The token before the capitalised modifiers the draft knows, and the portfolios joined by "and" before them, that
        come right before token `index`: the "for" of "Commissioner for International Partnerships", the "of" of
        "Minister of Tourism and Civil Aviation"; `index - 1` where none does."""
        at = index - 1
        while at >= 1 and index - at < 7 and self.gap(at, at + 1) == " " and (
                (self.kind(at) == "M" and self.tokens[at].text[:1].isupper()) or
                (self.tokens[at].text == "and" and at < index - 1) or
                (self.kind(at) == "K" and _PORTFOLIO_ENDING.search(self.tokens[at].text) is not None and at < index - 2)):
            at -= 1
        return at if at >= 0 and self.gap(at, at + 1) == " " else -1

    def _middle_initial(self, first: int, index: int) -> bool:
        """Whether token `index` is a middle initial with its full stop inside a name that began at token
        `first`: "Ramon D. Villanueva", "Anna K. Berg"; a name never opens with one."""
        return index > first and re.fullmatch(r"[A-Z]", self.tokens[index].text) is not None \
            and self.gap(index, index + 1) == ". " and self.tokens[index - 1].text not in _LETTERED

    def family_caps(self, index: int) -> bool:
        """Whether token `index` is a family name written in capitals before the given name, which the text
        marks as a person's by a style before it ("Mr. SAKURAI Tomohiro") or by naming the person by it
        alone ("Minister Sakurai"); "BAE Systems" or "PNG Power" is no one's."""
        token = self.tokens[index]
        if not _FAMILY_CAPS.fullmatch(token.text) or index in self.org_at or index + 1 >= len(self.tokens) or \
                self.gap(index, index + 1) != " " or not self.is_name_word(index + 1) or \
                self.tokens[index + 1].text.isupper():
            return False
        return self.past_style(index) < index or \
            re.search(r"(?<![\w-])" + re.escape(token.text.capitalize()) + r"(?![\w-])", self.article.masked) is not None

    def names_organisation(self, last: int) -> bool:
        """Whether the run of name words ending at token `last` is, or begins, an organisation's name; a members'
        possessive may stand inside it: "the Nouadhibou Artisanal Fishermen's Cooperative"."""
        nxt = last + 1
        if nxt < len(self.tokens) and self.gap(last, nxt) == " " and self.tokens[last].possessive and \
                self.tokens[nxt].bare in _MEMBERS_BODIES:
            return True
        return self.tokens[last].bare in _ORGANISATION_ENDS or (
            nxt < len(self.tokens) and not self.tokens[last].possessive and self.gap(last, nxt) == " "
            and self.tokens[nxt].bare in _ORGANISATION_ENDS)

    def in_portfolio_list(self, first: int) -> bool:
        """Whether the run of name words from token `first` follows a comma of a title's list of portfolios that "and
        the" closes: "Regional Director for Central America, North America and the Caribbean" names no one "North
        America", where "the Minister of Health, Jan Novak and Eva Berg" may name two people."""
        return first >= 1 and self.tokens[first - 1].span.end in self._places_listed

    @cached_property
    def _places_listed(self) -> frozenset[int]:
        """The commas of the lists of portfolios that "and the" closes."""
        commas: set[int] = set()
        for index, token in enumerate(self.tokens):
            if token.text in TITLE_CONNECTORS and index >= 1 and self.gap(index - 1, index) == " " \
                    and self.kind(index - 1) == "H":
                found = self._portfolio_list(index + 1)
                if found is not None and found[1]:
                    commas.update(found[0])
        return frozenset(commas)

    def past_portfolio(self, first: int, last: int) -> int | None:
        """The first token of the name in a run of name words right after a title's "for the" or "of the", whose
        first words are the title's region or portfolio, leaving the two last words to the name: "Commissioner for
        the Mediterranean Teresa Dalmau" is Teresa Dalmau, "Director for the Western Balkans Ana Berg" is Ana Berg,
        and "Vice President for the Middle East" names no one; None when no name is left."""
        if first < 3 or self.tokens[first - 1].text != "the" or self.tokens[first - 2].text not in TITLE_CONNECTORS \
                or self.gap(first - 3, first - 2) != " " or self.gap(first - 2, first - 1) != " " \
                or self.kind(first - 3) != "H":
            return first
        return last - 1 if last - first >= 2 else None

    def named_as_place(self, name: str) -> bool:
        """Whether words that look like a full name are a place's: a capital the draft knows ("Addis Ababa said the
        talks had failed"), or words the text puts after "in" ("talks in Santa Cruz ... Santa Cruz said")."""
        return name in CAPITALS or re.search(r"\b(?:[Ii]n|[Nn]ear|[Oo]utside)\s+" + re.escape(name) + r"(?![\w’'-])",
                                             self.article.masked) is not None or self._works_at(name)

    def _works_at(self, name: str) -> bool:
        """Whether the text puts the words after a role and "at", as an employer's name: "analysts at Goldman Sachs",
        "a strategist at Harland Kerr" make "Goldman Sachs said" no person's words."""
        for match in re.finditer(r"\b([A-Za-z]+)\s+at\s+" + re.escape(name) + r"(?![\w’'-])", self.article.masked):
            role = match.group(1).lower()
            role = role[:-1] if role.endswith("s") and role[:-1] in TITLE_HEADS | ANONYMOUS_NOUNS else role
            if role in TITLE_HEADS or role in ANONYMOUS_NOUNS:
                return True
        return False

    def named_as_thing(self, first: int, last: int, name: str) -> bool:
        """Whether the text says the name is a thing's: a noun for a paper, a firm, a ship or a storm right before it
        ("the newspaper Le Monde", "Cyclone Idai"), one set off after it ("Wood Mackenzie, a consultancy,"), or
        ", which" and a body's verb after it ("Harland Kerr, which builds the turbines")."""
        if (self.tokens[first].text.lower() in _THINGS and last > first) or \
                any(t.bare.lower() in _PLACE_OR_EVENT_WORDS for t in self.tokens[first:last + 1]):
            return True
        if first >= 1 and self.gap(first - 1, first) == " " and self.tokens[first - 1].text.lower() in _THINGS:
            return True
        if first >= 1 and last > first and self.gap(first - 1, first) == " " and self.tokens[first - 1].text in \
                ("the", "The") and not self.tokens[last].possessive:
            return True  # "the Volcán de Fuego", "the Ever Given": a person's name takes no "the"
        quoted = re.escape(name)
        things = "|".join(sorted(_THINGS))
        described = rf"{quoted},\s+(?:a|an|the)\s+(?:(?!of |for |at |with |to |and )[\w-]+\s+){{0,3}}(?:{things})" \
            rf"(?=[,.;]|\s+(?:that|which|based|owned|in|from)\b)"
        which = rf"{quoted},\s+which\s+(?:{'|'.join(_BODY_VERBS)})\b"
        return re.search(described, self.article.masked) is not None or \
            re.search(which, self.article.masked) is not None

    def names_place(self, last: int) -> bool:
        """Whether the run of name words ending at token `last` names a place by the lowercase word for what it is
        after it: "Sudan's West Darfur state", "the Upper Nile region" name no one."""
        nxt = last + 1
        return nxt < len(self.tokens) and not self.tokens[last].possessive and self.gap(last, nxt) == " " \
            and self.tokens[nxt].text in _PLACE_NOUNS

    def name(self, first: int, last: int) -> str:
        words = [t.text + ("." if i < last and re.fullmatch(r"[A-Z]", t.text) and self.gap(i, i + 1) == ". " else "")
                 for i, t in enumerate(self.tokens[first:last + 1], first)]
        words[-1] = self.tokens[last].bare
        return " ".join(words)

    def of_country(self, first: int) -> bool:
        """Whether a country's or organisation's possessive stands right before the name: "Russia's Sergei
        Volkov" is how a report names a person whose title it leaves out."""
        return first > 0 and self.kind(first - 1) == "S" and self.gap(first - 1, first) == " "

    def meets_or_travels(self, first: int, last: int) -> bool:
        """Whether the name after a country's possessive is one a person's verb goes with: who meets or is met, who
        arrives, visits or travels ("Japan's Yoko Kamiyama arrived in Hanoi", "talks with Chile's Ana Rojas"), which
        no company or region the text names so does ("Egypt's Sharm El-Sheikh hosted the summit")."""
        masked = self.article.masked
        before = masked[max(0, self.tokens[first - 1].span.start - 24):self.tokens[first - 1].span.start]
        after = masked[self.tokens[last].span.end:self.tokens[last].span.end + 24]
        return re.search(r"(?i)\b(?:met|meets|meeting|(?:talks|met|meeting|spoke|speaking) with|received|welcomed)\s+$",
                         before) is not None or \
            re.match(r"\s+(?:met|meets|arrived|arrives|visited|visits|travell?ed|travels|flew|chaired|thanked)\b",
                     after) is not None

    def referred_back(self, first: int, last: int) -> bool:
        """Whether a name that opens its sentence or clause, with a verb after it, is taken up by "she", "he", "her" or
        "his" later in that sentence or at the start of the next: a feature opens on a person so ("Halimo Aden Nur
        walked for nine days, carrying her youngest son"); a firm, a place or a ship named with "the" is "it" or
        "its"."""
        article = self.article
        start, end = self.tokens[first].span.start, self.tokens[last].span.end
        if last + 1 >= len(self.tokens) or self.gap(last, last + 1) != " " or \
                re.fullmatch(r"[a-z]+", self.tokens[last + 1].text) is None or \
                self.tokens[last + 1].text in ("and", "or", "of", "for", "in", "at", "to", "the", "which"):
            return False
        if first >= 1 and not re.search(r"(?:^|[,;—–]|\n)\s*$", article.masked[max(0, start - 3):start]) and \
                article.sentence_index(start) == article.sentence_index(self.tokens[first - 1].span.start):
            return False
        index = article.sentence_index(start)
        sentence = article.sentences[index]
        rest = article.masked[end:sentence.end]
        pronoun = re.search(r"\b(?:she|he|her|his|him|its?|their|they)\b", rest)
        if pronoun is not None:
            return pronoun.group() in ("she", "he", "her", "his", "him")
        nxt = article.sentences[index + 1] if index + 1 < len(article.sentences) else None
        # the next sentence's "She" may stand for another person the sentence names after the verb
        return nxt is not None and re.match(r"(?:She|He)\b", article.masked[nxt.start:nxt.end]) is not None and \
            re.search(r"\b[A-Z]", article.masked[end:sentence.end]) is None

    def speaks_past_apposition(self, last: int) -> bool:
        """Whether a verb of speech follows what is set off by commas after the name: "Hopeton Reid, a fisherman from
        Lucea whose boat was smashed, said", "Ana Reyes, who runs the clinic, told reporters"."""
        match = re.match(r",\s+(?:a|an|the|his|her|who|whose)\s([^,;:.!?()\n]{1,80}),\s+([a-z]+)\b",
                         self.article.masked[self.tokens[last].span.end:])
        # what is set off says something in plain words: "Ana Lind, the Swedish NATO, said" sets off no description
        return match is not None and match.group(2) in SPEECH_VERBS and \
            re.search(r"\b[a-z]{2,}\b", match.group(1)) is not None

    def given_name_alone(self, index: int) -> bool:
        """Whether the one name word at token `index` is a person named by the given name alone, as features name who
        asks that the surname not be used: an age set off after it ("said Vasyl, a 52-year-old engineer", "Amina, 34,
        said"), or the sentence saying the surname is withheld ("..., who asked that her surname not be used")."""
        masked = self.article.masked
        end = self.tokens[index].span.end
        if self.tokens[index].possessive or re.fullmatch(r"[A-Z][a-z]+", self.tokens[index].text) is None:
            return False
        previous = self.tokens[index - 1].text if index >= 1 else ""
        # a place is "in Kharkiv, a 300-year-old city": the word must be the subject or the object of a verb of speech
        spoken = (previous in SPEECH_VERBS and self.gap(index - 1, index) == " ") or \
            re.match(r",\s+\d{1,3},\s+(?:[a-z]+,\s+)?(?:who|" + "|".join(sorted(SPEECH_VERBS)) + r")\b", masked[end:]) \
            is not None or self.speaks_past_apposition(index)
        if spoken and re.match(r",\s+(?:\d{1,3},\s+(?!\d)|an?\s+\d{1,3}-year-old\s)", masked[end:]):
            return True
        sentence = self.article.sentences[self.article.sentence_index(end)]
        return spoken and re.match(r",\s", masked[end:]) is not None and re.search(
            r"\b(?:asked|requested|preferred|wished)\s+(?:that\s+)?(?:her|his|their)\s+(?:sur|last |family |full )name",
            masked[end:sentence.end]) is not None

    def leads_party(self, first: int) -> bool:
        """Whether the name is of who leads a delegation, a team or a mission, which only a person does: "a Hamas
        delegation led by Khalil Haddad", "the team, headed by Ana Reyes,"; a consortium or a coalition may be led by a
        firm or a country."""
        before = self.article.masked[max(0, self.tokens[first].span.start - 40):self.tokens[first].span.start]
        return re.search(r"\b(?:delegations?|team|mission|panel|negotiators),?\s+(?:which\s+was\s+|was\s+)?"
                         r"(?:led|headed)\s+by\s+$", before) is not None

    def spoken_of(self, first: int, last: int) -> bool:
        """Whether the words around a name make it a person: a verb of speech, "according to", ", who"."""
        masked = self.article.masked
        after = masked[self.tokens[last].span.end:self.tokens[last].span.end + 12]
        before = masked[max(0, self.tokens[first].span.start - 14):self.tokens[first].span.start]
        nxt = self.tokens[last + 1].text.lower() if last + 1 < len(self.tokens) else ""
        previous = self.tokens[first - 1].text.lower() if first else ""
        counterpart = bool(re.search(r"\bcounterparts?,?\s*$", before))  # "his Polish counterpart, Radoslaw Nowak"
        counterpart = counterpart or _COUNTERPART_AFTER.match(masked, self.tokens[last].span.end) is not None
        return counterpart or (after.startswith(" ") and nxt in SPEECH_VERBS) or bool(re.match(r",\s+who\b", after)) \
            or before.endswith("according to ") or (previous in SPEECH_VERBS - _TOLD and before.endswith(previous + " "))


    def reigns(self, index: int, title: Title) -> bool:
        """Whether the one name word at token `index` is a monarch's or a pope's, whom reports name by the given name
        alone after the title: "King Abdullah", "Jordan's Queen Rania", "Pope Leo XIV"; not where a capitalised word
        goes on with it, as a place or a body named after one does: "Queen Alia International Airport"."""
        if title.words.split()[-1].lower() not in _MONARCHS or title.span.end > self.tokens[index].span.start:
            return False
        nxt = index + 1
        if nxt < len(self.tokens) and _ROMAN.fullmatch(self.tokens[nxt].text) and self.gap(index, nxt) == " ":
            nxt += 1
        return nxt >= len(self.tokens) or self.gap(nxt - 1, nxt) != " " or not self.tokens[nxt].text[:1].isupper()

    def regnal(self, index: int) -> str:
        """The monarch's name with the number of the reign after it: "Abdullah II"."""
        nxt = index + 1
        if nxt < len(self.tokens) and _ROMAN.fullmatch(self.tokens[nxt].text) and self.gap(index, nxt) == " ":
            return f"{self.tokens[index].bare} {self.tokens[nxt].bare}"
        return self.tokens[index].bare

    def contact(self, first: int, last: int) -> bool:
        """Whether the name opens a line of a release's contacts, with a telephone or an address after it: "Ana
        Reyes, WFP/Lima, Mob. +51 999 555 014" names a person the release gives no other words to."""
        start = self.tokens[first].span.start
        if (start > 0 and self.article.masked[start - 1] != "\n") or self.tokens[last].text in _ADDRESS_WORDS:
            return False
        line = self.article.masked[self.tokens[last].span.end:].split("\n", 1)[0]
        return re.match(r",\s", line) is not None and \
            re.search(r"\b(?:Mob|Mobile|Tel|Phone|Cell|Email|E-mail)\b|\+\d|\w@\w", line) is not None

    def described(self, last: int) -> bool:
        """Whether a person's noun describes the name ending at token `last`, set off by a comma with "a" or "an" and up
        to two words before it, then closed by a comma or the place or kin it goes with: "Ion Rusu, a farmer near
        Orhei, shrugged", "Mariam Sesay, a mother of four, waited"; "Port Loko, a town near the coast" is a place."""
        match = re.match(r",\s+an?\s+(?P<left>(?:retired|former)\s+)?(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)(?=[,;.]|\s+(?:"
                         r"near|from|in|at|on|of|who|whose|living|based)\b)", self.article.masked[self.tokens[last].span.end:])
        # "Omar Idris, a retired teacher who sits on the council,": a calling left describes the person as a noun does
        return match is not None and (match.group("noun") in _PERSON_NOUNS or
                                      (match.group("left") is not None and match.group("noun") in _CALLINGS))

    def aged(self, last: int) -> bool:
        """Whether an age is set off by commas after the name ending at token `last`: "Gulnara Seitova, 54,
        who grows melons" or "Lahcen Ait Brahim, a 54-year-old farmer," is a person though no title or verb of speech
        comes with the name."""
        after = self.article.masked[self.tokens[last].span.end:]
        return re.match(r",\s(?:\d{1,3},\s|an?\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b)", after) is not None

    def set_off_speaker(self, first: int, last: int) -> bool:
        """Whether a name is set off by commas after a clause's first words and before its verb of speech: "One of
        them, Fatuma Ali, said the herders wanted water"."""
        masked = self.article.masked
        return re.match(r",\s+(?:said|says|told|added)\b", masked[self.tokens[last].span.end:]) is not None and \
            re.search(r"[a-z],\s+$", masked[max(0, self.tokens[first].span.start - 40):self.tokens[first].span.start]) \
            is not None

    def represented(self, start: int) -> str:
        """The country or organisation a clause before the name says the person represents: "Sweden was
        represented by Defence Minister Johan Ekdahl", "A Chinese delegation led by Commerce Minister Gao Ruiming",
        "a delegation from Japan, headed by Ken Sato"."""
        masked = self.article.masked
        for span, ident in self.org_at.values():
            if span.end > start:
                continue
            between = masked[span.end:start]
            if re.fullmatch(r"\s+(?:was|is|were|are)\s+represented\s+by\s+(?:its\s+|their\s+)?", between) or \
                    re.fullmatch(_LED_BY.format(lead=r"\s+(?:delegation|team|mission)"), between) or \
                    (re.search(r"\b(?:delegation|team|mission)\s+(?:from|of)\s+(?:the\s+)?$", masked[:span.start])
                     and re.fullmatch(_LED_BY.format(lead=""), between)):
                return ident
        return ""

    def _bodies_in(self, index: int) -> list[tuple[Span, str]]:
        """The countries and organisations named in sentence `index`, in the order of the text."""
        sentence = self.article.sentences[index]
        return sorted({m for m in self.org_at.values() if m[0].within(sentence)}, key=lambda m: m[0].start)

    def opening_body(self, index: int) -> str:
        """The country or organisation sentence `index` opens with alone, after a live blog's time and "The": "Frontex,
        the EU's border agency, will send", not "Kenya and Uganda signed"."""
        bodies = self._bodies_in(index)
        if not bodies:
            return ""
        lead = self.article.masked[entry_start(self.article, self.article.sentences[index]):bodies[0][0].start]
        if not re.fullmatch(r"(?:[Tt]he\s+)?", lead):
            return ""
        for span, ident in bodies[1:2]:
            gap = self.article.masked[bodies[0][0].end:span.start]
            if ident != bodies[0][1] and re.fullmatch(r"(?:,\s*|\s+and\s+|\s*&\s*)(?:the\s+)?", gap) and \
                    not re.match(r"[’']s\b", self.article.masked[span.end:]):
                return ""  # "Kenya and Uganda signed": two open the sentence, "the EU's agency" sets one off
        return bodies[0][1]

    def only_body(self, index: int) -> str:
        """The one country or organisation sentence `index` names, however often; "" where it names none or more."""
        found = {ident for _, ident in self._bodies_in(index)}
        return found.pop() if len(found) == 1 else ""

    def counterpart(self, start: int) -> str:
        """The country whose adjective calls the person at `start` someone's counterpart: "met his Ukrainian
        counterpart, Defence Minister Ihor Bondar", "her Chilean counterpart Ana Soto"."""
        before = re.search(r"\b(?:his|her|their|its)\s+(?P<adjective>[A-Z][\w-]+)\s+(?:counterpart|opposite\s+number)"
                           r",?\s+$", self.article.masked[max(0, start - 60):start])
        if before is None:
            return ""
        at = max(0, start - 60) + before.start("adjective")
        return next((ident for span, ident in self.org_at.values() if span.start == at and span.end == at + len(
            before.group("adjective")) and self.org_types.get(ident) == "country"), "")

    def heads(self, last: int) -> str:
        """The organisation a relative clause after the name says the person heads: "Lucía Ferrer, who
        heads the European Investment Bank"."""
        after = re.match(r",\s*who\s+(?:heads|leads|runs|chairs|directs)\s+(?:the\s+)?",
                         self.article.masked[self.tokens[last].span.end:])
        if not after:
            return ""
        at = self.tokens[last].span.end + after.end()
        return next((ident for span, ident in self.org_at.values() if span.start == at), "")


@dataclass
class _Found:
    name: str
    known: bool
    title: Title | None
    first: int
    """The first token of the name where the text first gives it."""
    heads: str = ""
    """The organisation the person heads or represents, where the text says so beside a name given no title's."""
    variants: list[str] = field(default_factory=list)
    """Other full forms the text writes the name in: "Kwame Asante" for "Kwame Asante-Boateng"."""


def _name_parts(name: str) -> list[str]:
    """The words of a name, a family name joined by a hyphen taken apart, without its particles."""
    return [fold(w) for w in re.split(r"[\s-]+", name) if w and w not in NAME_PARTICLES]


def _variant_of(name: str, other: str) -> bool:
    """Whether two full names are one person's written two ways: one a shorter form of the other, the same given
    name first and the other words in the same order, a middle name, a particle or half of a joined family name left
    out ("Kwame Asante" for "Kwame Asante-Boateng", "Maria Santos" for "Maria dos Santos Silva", "Ana Soto" for "Ana
    Lucia Soto"); or two words in the other order, as reports write East Asian names either way ("Ji-won Park" for "Park
    Ji-won"). "Ana Ruiz" and "Ana Soto" share only the given name, and are two people."""
    words, others = name.split(), other.split()
    if len(words) == 2 and len(others) == 2 and fold(words[0]) == fold(others[1]) and fold(words[1]) == fold(others[0]):
        return True
    short, long = sorted((_name_parts(name), _name_parts(other)), key=len)
    if len(short) < 2 or len(short) == len(long) or short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(part in rest for part in short[1:])


def aliases(name: str, family_first: bool = False) -> tuple[str, ...]:
    """The shorter names a text uses once it has given the full one: the surname, with its particle and the family
    name before it ("Rosa Lobato da Silva" is "Minister Lobato da Silva"); the first two of three names, as Indonesian
    and Spanish reports shorten them ("Sri Rahayu Widjaja" is "Sri Rahayu"); or,
    where the family name comes first ("SAKURAI Tomohiro", "Park Seung-hoon"), that name as the text then
    writes it ("Minister Sakurai", "Park said")."""
    words = name.split()
    found = {name}
    if len(words) > 1 and (family_first or _FAMILY_CAPS.fullmatch(words[0]) or _KOREAN_GIVEN.fullmatch(words[-1])):
        found.update({words[0], words[0].capitalize()})
    elif len(words) > 1:
        found.add(words[-1])
        if words[-2] in NAME_PARTICLES or len(words) > 2:
            found.add(" ".join(words[-2:]))
        if len(words) > 3 and words[-2] in NAME_PARTICLES:
            found.add(" ".join(words[-3:]))  # "Adaljiza Magno da Costa" is "Minister Magno da Costa"
        if len(words) == 3 and words[1] not in NAME_PARTICLES:
            found.add(" ".join(words[:2]))  # "Sri Rahayu Widjaja" is "Sri Rahayu told reporters"
    return tuple(sorted(found, key=len, reverse=True))


_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
"""A Korean given name of two syllables joined by a hyphen, the second lowercase, which comes after the family name:
"Choi Soo-hyun" is "Choi" alone; "Kamau-Odhiambo", a family name of two joined so, writes both capitalised."""
_FAMILY_CAPS = re.compile(r"[A-Z][A-Z’'-]*[AEIOUY][A-Z’'-]*")
"""A family name written in capitals before the given name, as Japanese and some official readouts do."""
_ABBREVIATED_AFTER = re.compile(r"\s+\([A-Z][A-Z0-9&.-]{1,9}\)")
"""A run of capitalised words with its abbreviation in brackets after it names an organisation or a
programme: people are not abbreviated so."""


def _title_of_surname(people: dict[str, _Found], surname: str, title: Title | None) -> None:
    """A title given beside the surname alone ("Marchuk, Ukraine's deputy defense minister for
    procurement, said") is the title of the one person named before with that surname, when the full
    name came without one."""
    if title is None:
        return
    match = [p for p in people.values() if len(p.name.split()) > 1 and fold(surname) in map(fold, aliases(p.name))]
    if len(match) == 1 and (match[0].title is None or _fuller(title, match[0].title)):
        match[0].title = title


def _fuller(title: Title, before: Title) -> bool:
    """Whether `title` is the whole of the role `before` shortened: "Planning Minister Rania Haddad", later "Haddad,
    Jordan's minister of planning and international cooperation", holds every word of the first and more."""
    words, shorter = set(title.words.lower().split()), set(before.words.lower().split())
    return shorter < words and before.organisation in ("", title.organisation)


def _variant_match(people: dict[str, _Found], name: str, title: Title | None) -> str | None:
    """The one person found already whose name `name` writes another way, who takes it as a variant and keeps the
    longer of the two as the name: "Maria Santos said" after "Maria dos Santos Silva, the mayor," is the mayor; None
    where no one's or two people's names fit, or where both come with titles of other offices ("Kofi Mensah, the
    farmer" and "Kofi Mensah-Ansah, the district chief" are two people)."""
    fits = [i for i, p in people.items() if _variant_of(name, p.name) and _same_office(p.title, title)]
    if len(fits) != 1:
        return None
    found = people[fits[0]]
    if len(_name_parts(name)) > len(_name_parts(found.name)):
        found.variants.append(found.name)
        found.name = name
    elif fold(name) not in map(fold, found.variants):
        found.variants.append(name)
    return fits[0]


def find_people(article: Article, orgs: OrganisationMentions, known: Known, used: set[str]) -> list[Person]:
    reader = Reader(article, orgs)
    known_forms: dict[str, tuple[str, str]] = {}
    for k in known.people:
        for alias in aliases(k.name):
            known_forms[fold(alias)] = (k.id, k.name) if fold(alias) not in known_forms else ("", "")
    people: dict[str, _Found] = {}
    runs = reader.runs()
    # A surname the text makes speak on its own ("Sybiha told reporters") marks the full name it
    # shortens as a person's, though the full name came with no title: "Ukraine's Andrii Sybiha".
    speaking_surnames = {reader.name(f, f) for f, last in runs if f == last and reader.spoken_of(f, last)}
    # "Russia's Sergei Volkov" is a person where the text goes on to call him "Volkov"; "Germany's Euler
    # Hermes", a company the text never calls "Hermes", is not
    surnames_alone = {reader.name(f, f) for f, last in runs if f == last}
    surnames_of_names = {reader.tokens[i].bare for f, last in runs if last > f for i in range(f, last + 1)}
    # "Ana Soto arrived in Lima. Soto, the deputy foreign minister, said": a surname given a title set off after it
    # marks the full name before as a person's, whose title it is
    titled_surnames = {reader.name(f, f) for f, last in runs if f == last and reader.title_after(f) is not None}
    for run_first, last in runs:
        first = reader.past_portfolio(run_first, last)
        if first is None:
            continue
        name = reader.name(first, last)
        if _ABBREVIATED_AFTER.match(reader.article.masked, reader.tokens[last].span.end):
            continue  # "the Extraordinary Revenue Acceleration (ERA) loans": a programme or body, not a person
        if reader.names_organisation(last) or reader.tokens[first].text in _MEDIA_FIRST | _BODY_FIRST or \
                reader.tokens[last].bare in _MEDIA_LAST:
            continue  # "Greenfield Harbour Authority": the first words of a body's name are no person's
        if reader.names_place(last) or reader.in_portfolio_list(first) or reader.tokens[last].bare in _PLACE_ENDS or \
                reader.portfolio_run(first, last) or \
                (reader.tokens[first].text in _PLACE_FIRST and last > first):
            continue
        if reader.named_as_thing(first, last, name):
            continue  # "the newspaper Le Monde said", "Cyclone Idai", "Wood Mackenzie, a consultancy,": no one
        title = reader.title_of(first, last)
        if title is not None and title.words.split()[-1].lower() == "the" and last - first < 2:
            continue  # "the Bank's vice-president for the Middle East and North Africa": the title's region, no one
        if title is None and last > first and reader.named_as_place(name):
            continue  # "Port Moresby said it had not been consulted": a capital speaking for its government
        if first == last:
            _title_of_surname(people, name, title)
        hit = known_forms.get(fold(name))
        if hit and hit[0]:
            ident, full, is_known = hit[0], hit[1], True
        elif first == last and reader.given_name_alone(first) and name not in surnames_of_names and \
                not any(fold(name) in map(fold, aliases(p.name)) for p in people.values()):
            full, ident, is_known = name, "", False
        elif first == last and title is not None and reader.reigns(first, title):
            full = reader.regnal(first)
            match = next((i for i, p in people.items() if fold(full) == fold(p.name)), None)
            ident, is_known = match or "", False
        elif last > first and (title or reader.spoken_of(first, last) or reader.aged(last) or reader.described(last)
                               or reader.set_off_speaker(first, last)
                               or reader.contact(first, last)
                               or reader.leads_party(first) or reader.referred_back(first, last)
                               or reader.speaks_past_apposition(last)
                               or (reader.of_country(first) and (reader.name(last, last) in surnames_alone
                                                                 or reader.meets_or_travels(first, last)))
                               or reader.name(last, last) in speaking_surnames | titled_surnames):
            # "Van Dalen" opening a sentence is the "Joost van Dalen" named before
            match = next((i for i, p in people.items() if fold(name) in map(fold, aliases(p.name))), None) or \
                _variant_match(people, name, title)
            full = people[match].name if match else name
            ident, is_known = match or "", False
        else:
            continue
        if not ident:
            ident = unique(slug(full) or "person", used)
            used.add(ident)
        if ident not in people:
            people[ident] = _Found(full, is_known, None, first)
        if title and people[ident].title is None:
            people[ident].title = title
        people[ident].heads = people[ident].heads or reader.heads(last) or \
            reader.represented(title.span.start if title else reader.tokens[first].span.start) or \
            _owner_by_its(reader, first, last, title) or _owner_by_kind(reader, title) or \
            reader.counterpart(title.span.start if title and title.span.end <= reader.tokens[first].span.start
                               else reader.tokens[first].span.start)
    _counterpart_titles(reader, people)
    _lede_title(reader, people)
    _headline_country(reader, people)
    alone = _given_alone(reader, runs, [p.name for p in people.values()])
    result = []
    for ident, data in people.items():
        title, first, name = data.title, data.first, data.name
        where = title.span.start if title else reader.tokens[first].span.start
        excerpt = article.sentence_text(article.sentence_index(where))
        if title:
            why = f"{SURE}: named with the title {title.words!r}" if title.span.end < reader.tokens[first].span.start \
                else f"{LIKELY}: the title {title.words!r} is set off beside the name"
        else:
            why = f"{LIKELY}: a name the text gives words to, with no title"
        result.append(Person(ident, name, data.known, excerpt, title.words if title else "",
                             (title.organisation if title else "") or data.heads, why,
                             aliases=_with_variants(name, data.variants) + tuple(alone.get(name, ()))))
    result = _signed(article, result, known_forms, used)
    result = _transcript_speakers(article, result, known_forms, used)
    return _with_mentions(reader, result + _bylined(article, result, known_forms, used))


_COUNTERPART_BEFORE = re.compile(r"(?<![\w-])(?:his|her)\s+(?:[A-Z][\w-]+\s+)?counterpart,?\s+$")
_COUNTERPART_AFTER = re.compile(r",\s+(?:his|her)\s+(?:[A-Z][\w-]+\s+)?counterpart(?=[,.;])")
"""Someone named only as another's counterpart, before or after the name: "her Peruvian counterpart, Luis Vega",
"Luis Vega, his counterpart,"."""
_NOT_SHARED = re.compile(r"(?i)^(?:former|then|ex|outgoing|incoming|late|acting|interim)\b|\s(?:to|in|at)\s")
"""A title the counterpart does not share: a past or passing one, or one posted to a place ("ambassador to Peru")."""


def _counterpart_titles(reader: Reader, people: dict[str, _Found]) -> None:
    """A person the text names only as someone's counterpart holds the same office as the one titled person the sentence
    names before: in "Chile's Foreign Minister Ana Soto spoke with her Peruvian counterpart, Luis Vega", Vega is
    Foreign Minister; with two titled people before, or none, whose counterpart is not sure, and the title stays
    empty."""
    masked = reader.article.masked
    for ident, data in people.items():
        start = reader.tokens[data.first].span.start
        if data.title is not None or not masked.startswith(data.name, start):
            continue
        before = _COUNTERPART_BEFORE.search(masked, max(0, start - 60), start)
        after = _COUNTERPART_AFTER.match(masked, start + len(data.name))
        if before is None and after is None:
            continue
        sentence = reader.article.sentences[reader.article.sentence_index(start)]
        told = masked[sentence.start:before.start() if before else start]
        titled = {other.title.words for key, other in people.items() if key != ident and other.title is not None
                  and _named_in(other.name, told)}
        if len(titled) == 1:
            words = titled.pop()
            if not _NOT_SHARED.search(words):
                at = before or after
                assert at is not None
                data.title = Title(words, "", Span(at.start(), at.end()))


def _named_in(name: str, text: str) -> bool:
    """Whether `text` names the person by full name or surname."""
    return any(re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text) for form in (name, name.split()[-1]))


def _same_office(title: Title | None, other: Title | None) -> bool:
    """Whether two titles may be one person's: either is missing, or they share a title's noun ("health minister" and
    "Minister of Health")."""
    if title is None or other is None:
        return True
    heads = {w for w in fold(title.words).split() if w in TITLE_HEADS}
    return bool(heads & {w for w in fold(other.words).split() if w in TITLE_HEADS})


def _with_variants(name: str, variants: list[str]) -> tuple[str, ...]:
    """The shorter names of a name and of the other forms the text writes it in, each once: "Kwame Asante-Boateng" is
    also "Kwame Asante" and "Asante"."""
    found = dict.fromkeys(aliases(name))
    for variant in variants:
        found.update(dict.fromkeys(a for a in aliases(variant) if fold(a) not in map(fold, found)))
    return tuple(found)


_TITLE_ALONE = re.compile(r"\b(?:the|(?P<owner>[A-Z][\w-]+)[’']s)\s+(?P<title>(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)"
                          r"(?=\s+(?:has|have|had|is|was|will|would|said|says|sought|signed|promised|pledged|announced|"
                          r"arrived|visited|met|told|urged|warned|agreed)\b)")
"""A title with no name after it, as the subject of a report's opening sentence: "Lithuania's defence minister has
promised Ukraine 5,000 drones", "..., as the Defence Secretary sought to quieten critics"."""


def _lede_title(reader: Reader, people: dict[str, _Found]) -> None:
    """The title a report's opening sentence gives with no name, for the person the next sentence opens with by full
    name and no title of its own: "Lithuania's defence minister has promised Ukraine drones ... | Ingrida Kalnė
    arrived in Kyiv on Tuesday"; wire reports name the subject of their lede so."""
    article = reader.article
    if len(article.sentences) < 2:
        return
    lede = article.sentences[0]
    titles = [m for m in _TITLE_ALONE.finditer(article.masked, lede.start, lede.end) if _is_title(m.group("title"))]
    nxt = article.sentences[1]
    opens = entry_start(article, nxt)  # "- Ingrida Kalnė arrived": the name opens a list's line past its bullet
    first = next((i for i, t in enumerate(reader.tokens) if t.span.start >= opens), None)
    if len(titles) != 1 or first is None or reader.tokens[first].span.start != opens:
        return
    found = [p for p in people.values() if p.first == first and p.title is None and len(p.name.split()) > 1]
    if len(found) != 1 or any(p.first < first for p in people.values()):
        return
    match = titles[0]
    start = match.start("owner") if match.group("owner") else match.start("title")
    owner = reader._token_at(match.start("owner")) if match.group("owner") else None
    organisation = reader.org_at[owner][1] if owner is not None and owner in reader.org_at else ""
    found[0].title = Title(" ".join(match.group("title").split()), organisation, Span(start, match.end("title")))


_ITS = re.compile(r"(?<![\w-])[Ii]ts\s+$")
_SAYS = re.compile(r",\s+(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")


def _owner_by_its(reader: Reader, first: int, last: int, title: Title | None) -> str:
    """The country or organisation "its" stands for before a title set off before the name with no owner of its own:
    where "Its" opens the sentence, the one the sentence before opens with, or else the only one it names ("The largest
    loan came from the Nordic Investment Bank. Its president, Eva Lund, signed it"); where ", its" sets off the title
    and the name of who says so after a clause, the one the sentence opens with ("Chile will send 40 pumps, its interior
    minister, Ana Soto, said"). A title after the name ("Ana Soto, its minister") is left alone: "its" may then
    stand for anything the clause named."""
    if title is None or title.organisation or title.span.end > reader.tokens[first].span.start:
        return ""
    article = reader.article
    index = article.sentence_index(title.span.start)
    its = _ITS.search(article.masked, article.sentences[index].start, title.span.start)
    if its is None or not re.fullmatch(r",\s+", article.masked[title.span.end:reader.tokens[first].span.start]):
        return ""
    opening = entry_start(article, article.sentences[index])
    if its.start() == opening:
        return reader.opening_body(index - 1) or reader.only_body(index - 1) if index >= 1 else ""
    if re.search(r",\s+$", article.masked[opening:its.start()]) and _SAYS.match(article.masked, reader.tokens[last].span.end):
        return reader.opening_body(index)
    return ""


_KIND_OWNER = re.compile(r"(?<![\w-])[Tt]he\s+(?P<kind>bank|lender|fund|agency|programme|program|commission|council|"
                         r"union|alliance|organi[sz]ation|institute|foundation|federation|association|authority|ministry|"
                         r"service|corporation|centre|center|committee|facility|bloc)[’']s\s+$")
"""The owner of a title named by its kind alone: "the bank's regional vice-president"."""
_KIND_WORDS = {"lender": ("Bank", "Fund"), "program": ("Program", "Programme"), "programme": ("Programme", "Program"),
               "organisation": ("Organisation", "Organization"), "organization": ("Organization", "Organisation"),
               "centre": ("Centre", "Center"), "center": ("Center", "Centre"), "bloc": ("Union",)}
"""The words of a body's name that a kind other than its own capitalised word stands for."""


def _owner_by_kind(reader: Reader, title: Title | None) -> str:
    """The organisation "the bank's", "the agency's" or "the fund's" before a title stands for: the one named last
    before it with that word in its name ("The Andean Bank approved the loan. Rosa Vidal, the bank's vice-president,
    signed it"), unless its sentence names another; a country is never one."""
    if title is None or title.organisation:
        return ""
    owner = _KIND_OWNER.search(reader.article.masked, max(0, title.span.start - 40), title.span.start)
    if owner is None:
        return ""
    kind = owner.group("kind").lower()
    words = _KIND_WORDS.get(kind, (kind.capitalize(),))
    before = [(span, ident) for span, ident in reader.org_at.values() if span.end <= owner.start()
              and reader.org_types.get(ident) != "country"
              and any(w in reader.org_names.get(ident, "").split() for w in words)]
    if not before:
        return ""
    last_span, last = max(before, key=lambda m: m[0].start)
    # "The World Bank and the African Development Bank spoke. Lars Berg, the bank's vice president": either
    sentence = reader.article.sentence_index(last_span.start)
    rivals = {ident for span, ident in before if reader.article.sentence_index(span.start) == sentence}
    return last if rivals == {last} else ""


_HEADLINE_TITLE = re.compile(r"(?<![\w-])(?P<owner>[A-Z][\w.-]*[\w.])(?:[’']s)?\s+(?P<title>(?i:top\s+diplomat|"
                             r"(?:[a-z-]+\s+){0,2}?(?:minister|secretary|president|premier|chancellor)))\b")
"""A headline's title owned by a country with no name after it: "Canada's top diplomat brings money to Kyiv", "Chilean
Foreign Minister Visits Lima"."""
_HEADLINE_KEYS = {"diplomat": ("foreign",), "premier": ("prime", "minister"), "defense": ("defence",)}
"""The words a title in the body holds for a word of a headline's title: "top diplomat" is a foreign minister."""


def _headline_country(reader: Reader, people: dict[str, _Found]) -> None:
    """The country of the one person the body names with the title its headline gives that country's holder with no
    name, where the body gives no country for it: "Chile's top diplomat brings money ..." then "Foreign Affairs
    Minister Inés Larraín arrived", the only foreign minister the body leaves without a country. None where the
    body gives that title to someone of that country already, or to two people without a country."""
    article = reader.article
    headline = article.text[:article.body_start].split("\n", 1)[0] if article.body_start else ""
    for match in _HEADLINE_TITLE.finditer(headline):
        country = reader.countries.get(re.sub(r"[’']s$", "", match.group("owner")))
        keys = [k for w in fold(match.group("title")).split() if w not in _RANKING | {"top"}
                for k in _HEADLINE_KEYS.get(w, (w,))]
        if country is None:
            continue
        fits = [(p, p.title.organisation or p.heads) for p in people.values()
                if p.title is not None and _holds(p.title.words, keys)]
        free = [p for p, owner in fits if not owner]
        if len(free) == 1 and not any(owner == country for _, owner in fits):
            free[0].heads = country


def _holds(title: str, keys: list[str]) -> bool:
    """Whether a title holds each of the words a headline's title stands for, and no word of a lesser office: "Foreign
    Affairs Minister" holds "foreign"; "Deputy Foreign Minister" is no "foreign minister"."""
    words = [_HEADLINE_KEYS.get(w, (w,))[0] if w == "defense" else w for w in fold(title).split()]
    if any(w in ("deputy", "vice", "assistant", "acting", "former", "junior", "state") for w in words) or \
            not words or (words[-1] not in ("minister", "secretary", "president", "premier", "chancellor") and
                          "of" not in words and "for" not in words):
        return False
    return all(k in words for k in keys) and (keys[-1:] != ["president"] or words == ["president"])


def _is_title(words: str) -> bool:
    """Whether the words are a title alone: "defence minister", "Defence Secretary"."""
    lower = words.lower().split()
    return lower[-1] in TITLE_HEADS and all(w in TITLE_MODIFIERS or w in TITLE_HEADS for w in lower)


_ACTS_AS_PERSON = re.compile(r",\s+(?:for\s+(?:his|her)\s+part|speaking\s+[^,.;:]{1,80}?),|"
                             r"\s+(?:(?:also|later|then|separately|again|earlier)\s+)?(?:met|meets|held\s+talks|"
                             r"holds\s+talks|spoke\s+(?:to|with|by)|called\s+on|visited|hosted)\b")
"""What a person alone does after the one word of a name: "Gao, for his part, ...", "Gao, speaking through an
interpreter, said", "Azlan met Myanmar's envoy", "Gao also held talks with": a body or a place does not speak for
its part, meet or hold talks under one word of a person's name."""


def _given_alone(reader: Reader, runs: list[tuple[int, int]], names: list[str]) -> dict[str, list[str]]:
    """The word of a full name, other than its last, that the text then uses alone for the person: the
    family name written first ("Park Seung-hoon" ... "Park told reporters"), the first of two family
    names ("Rosa Quispe Huamán" ... "Quispe described"), or the given name by which some are called
    ("Tesfaye Gebremariam" ... "Tesfaye said"). Only a word of one name, no one's surname, which the
    text once marks as a person's alone: a verb of speech after it, a title or a style before it, a title set off
    after it ("Quispe, the health minister, said"); so that
    "Grant" opening "Grant money arrived" is no "Grant Ellis"."""
    shortened = {fold(a) for name in names for a in aliases(name)}
    owners: dict[str, list[str]] = {}
    for name in names:
        for word in {w for w in name.split()[:-1] if len(w) > 1 and "." not in w and w not in NAME_PARTICLES}:
            owners.setdefault(fold(word), []).append(name)
    found: dict[str, list[str]] = {}
    for first, last in runs:
        word = reader.name(first, last)
        key = fold(word)
        if first != last or key in shortened or len(owners.get(key, [])) != 1:
            continue
        if reader.spoken_of(first, last) or reader.past_style(first) < first or reader.title_before(first) or \
                reader.title_after(last) or _ACTS_AS_PERSON.match(reader.article.masked, reader.tokens[last].span.end):
            found.setdefault(owners[key][0], []).append(word)
    return {owner: list(dict.fromkeys(words)) for owner, words in found.items()}


_BYLINE = re.compile(r"(?:^[ \t(]*By|\b(?:Reporting|Editing|Writing|[Aa]dditional reporting) by|"
                     r"^[ \t]*An?[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:summary|briefing|analysis|note|commentary|update)"
                     r"(?:[ \t]+for[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?[ \t]+by)[ \t]+(?P<names>[^\n;)]+)", re.MULTILINE)
"""Who wrote or edited the report: "By Elin Strand, Special to ...", "(Reporting by ...; Editing by ...)", a brief's "A
summary for subscribers by Elin Strand, senior fellow"."""


_SHIFT_NAME = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})[ \t]+\((?:now|earlier|later)\)")
_SHIFTS = re.compile(r"^[ \t]*" + _SHIFT_NAME.pattern.replace("?P<name>", "?:") + r"(?:(?:,|,?[ \t]+and)[ \t]+" +
                     _SHIFT_NAME.pattern.replace("?P<name>", "?:") + r")*[ \t]*$", re.MULTILINE)
"""A live blog's line of who writes it, each with their shift in brackets: "Helen Whitcombe (now) and Tom Aldous
(earlier)"."""


def _byline_names(names: str) -> list[tuple[str, str]]:
    """The full names a byline gives, two to four capitalised words each, joined by "and" or commas and
    followed by nothing but a place or a description after a comma: "By Elin Strand in Lviv"; each with
    the title a comma sets after it: "By Helena Marsh, Senior Fellow"."""
    found: list[tuple[str, str]] = []
    for part in re.split(r",| and | & ", names)[:3]:
        words = part.split()
        if found and not found[-1][1] and _byline_title(words):
            found[-1] = (found[-1][0], " ".join(words))
            continue
        size = next((i for i, w in enumerate(words) if not _byline_word(w)), len(words))
        if not 2 <= size <= 4 or (size < len(words) and words[size] != "in"):
            break  # "By New Year the grid should hold": no byline
        found.append((" ".join(words[:size]), ""))
    return found


def _byline_title(words: list[str]) -> bool:
    """Whether the words after a byline's name and its comma are a title alone: "Senior Fellow", "chief
    economist"; "Kyiv bureau" or a second name is none."""
    lower = [w.lower() for w in words]
    return bool(lower) and lower[-1] in TITLE_HEADS and all(w in TITLE_MODIFIERS or w in TITLE_HEADS for w in lower)


def _byline_word(word: str) -> bool:
    return word[:1].isupper() and word not in NOT_NAMES and word.lower() not in TITLE_HEADS and not word.isupper()


def _bylined(article: Article, people: list[Person], known_forms: dict[str, tuple[str, str]],
             used: set[str]) -> list[Person]:
    """The reporters and editors a byline names, with the title it gives them, unless the text names them
    otherwise."""
    taken = {fold(a) for p in people for a in p.aliases}
    found = []
    bylines = [(m.group(), _byline_names(m.group("names"))) for m in _BYLINE.finditer(article.text)]
    bylines += [(m.group(), [(n, "") for n in _SHIFT_NAME.findall(m.group())]) for m in _SHIFTS.finditer(article.text)]
    for excerpt, names in bylines:
        for name, title in names:
            if fold(name) in taken:
                continue
            taken.add(fold(name))
            found.append(_outside_the_text(name, excerpt, title, f"{LIKELY}: named in the byline", known_forms, used))
    return found


def _outside_the_text(name: str, excerpt: str, title: str, why: str, known_forms: dict[str, tuple[str, str]],
                      used: set[str]) -> Person:
    """A person a byline or a signature names, by the id content/ has for that name or a new one."""
    hit = known_forms.get(fold(name), ("", ""))
    ident = hit[0] or unique(slug(name) or "person", used)
    used.add(ident)
    return Person(ident, hit[1] or name, bool(hit[0]), " ".join(excerpt.split()), title, "", why,
                  aliases=aliases(hit[1] or name))


_SIGNATURE = re.compile(r"^[ \t]*(?:Issued|Signed|Released|Approved)(?:[ \t]+by)?[ \t]*:?[ \t]*\n"
                        r"[ \t]*(?:(?:Dr|Hon|Mr|Mrs|Ms|Prof)\.?[ \t]+)?(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})"
                        r"[ \t]*,?[ \t]*\n[ \t]*(?P<title>[A-Z][\w -]{2,60}?)[ \t]*,?[ \t]*$", re.MULTILINE)
"""A release's signature: "Issued by:" on a line, the name on the next and the title on the one after ("Issued by:
/ Ruth Banda / Secretary for Health")."""


def _signed(article: Article, people: list[Person], known_forms: dict[str, tuple[str, str]],
            used: set[str]) -> list[Person]:
    """The people with the one who signs the release, with the title the signature gives, unless the text gave them
    another."""
    result = list(people)
    for match in _SIGNATURE.finditer(article.text, article.body_start):
        name, title = " ".join(match.group("name").split()), " ".join(match.group("title").split())
        if not _is_title(re.split(r"\s+(?:of|for)\s+", title, maxsplit=1)[0]):
            continue
        _titled(result, name, title, match.group(), f"{LIKELY}: the title {title!r} signs the release", known_forms, used)
    return result


def _titled(result: list[Person], name: str, title: str, excerpt: str, why: str,
            known_forms: dict[str, tuple[str, str]], used: set[str]) -> None:
    """The person a signature or a label names, with its title: given to the one the text named already, unless the
    text gave them another title, or added as one named outside the text."""
    at = next((i for i, p in enumerate(result) if fold(name) in map(fold, p.aliases or aliases(p.name))), None)
    if at is None:
        result.append(_outside_the_text(name, excerpt, title, why, known_forms, used))
    elif not result[at].title:
        result[at] = replace(result[at], title=title, why=why)


_SPEAKER_LABEL = re.compile(r"^[ \t]*(?P<name>[A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){1,3}),[ \t]*"
                            r"(?P<title>[A-Z][A-Z -]{2,40}?)[ \t]*:", re.MULTILINE)
"""A transcript's label of who speaks, in capitals, with the title after a comma: "SARAH WHITFORD, ANCHOR: Good
evening."."""


_UNNAMED_LABELS = frozenset({"UNIDENTIFIED", "UNKNOWN", "MALE", "FEMALE", "VOICE", "CROWD", "ANNOUNCER", "INTERPRETER",
                             "TRANSLATOR", "NARRATOR"})
"""Words of a transcript's label for a speaker it does not name."""


def _transcript_speakers(article: Article, people: list[Person], known_forms: dict[str, tuple[str, str]],
                         used: set[str]) -> list[Person]:
    """The people with those a transcript's labels name, with the title the label gives, unless the text gave them
    another: a broadcast transcript names its anchor and reporters so, and perhaps nowhere else."""
    result = list(people)
    for match in _SPEAKER_LABEL.finditer(article.text):
        name = " ".join(w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-"))
                        for w in match.group("name").split())
        title = " ".join(match.group("title").split()).lower()
        if not _is_title(title) or set(match.group("name").split()) & _UNNAMED_LABELS:
            continue  # "UNIDENTIFIED MALE, SPOKESMAN:" names no one
        _titled(result, name, title, match.group(), f"{LIKELY}: the title {title!r} labels the speaker", known_forms,
                used)
    return result


def _with_mentions(reader: Reader, people: list[Person]) -> list[Person]:
    """Each person with every place the text names them, the title before the name included."""
    counts: dict[str, int] = {}
    for person in people:
        for alias in person.aliases:
            counts[alias] = counts.get(alias, 0) + 1
    claimed: list[tuple[Span, str]] = []
    for alias, person in sorted(((a, p) for p in people for a in p.aliases), key=lambda x: -len(x[0])):
        if counts[alias] > 1:
            continue  # a surname two people share names neither
        # a name's lowercase particle is capitalised where the name opens a sentence: "al-Shami" is "Al-Shami said"
        first_letter = f"[{alias[0]}{alias[0].upper()}]" if alias[:1].islower() else re.escape(alias[:1])
        for match in re.finditer(r"(?<![\w-])" + first_letter + re.escape(alias[1:]) + r"(?![\w-])",
                                 reader.article.masked):
            span = Span(match.start(), match.end())
            if span.start < reader.article.body_start or any(span.overlaps(c[0]) for c in claimed):
                continue
            claimed.append((span, person.id))
    by_start = {t.span.start: i for i, t in enumerate(reader.tokens)}
    spans: dict[str, list[Span]] = {}
    for span, ident in sorted(claimed):
        first = by_start.get(span.start)
        first = reader.past_style(first) if first is not None else None
        title = (reader.title_before(first) or reader.title_set_before(first)) if first is not None else None
        spans.setdefault(ident, []).append(Span(title.span.start, span.end) if title else span)
    return [Person(p.id, p.name, p.known, p.excerpt, p.title, p.organisation, p.why, tuple(spans.get(p.id, ())),
                   p.aliases) for p in people]
