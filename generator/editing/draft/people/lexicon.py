"""The words and patterns of titles, names, places and bodies that the people readers test."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import ORGANISATION_WORDS

_ONE_TITLE = r"(?:M+A)?[MH]*H(?:(?:C[MHK]+)+(?:A[MHK]+)?)?"
TITLE_ONE = re.compile(_ONE_TITLE)
"""A title's kinds of word: "Deputy Prime Minister", "Mines and Energy Minister", "Minister of Trade and
Industry", "Deputy Minister for Development of Communities and Territories" (an "and" only between the
portfolios before the title's noun or inside the part after "of" or "for", so that "the
Foreign Minister and Silje Aasen" is no title)."""
TITLE = re.compile(_ONE_TITLE + r"(?:A[MH]*H(?:C[MHK]+)*)?")
"""A title, or two joined by "and" that one person holds: "Deputy Prime Minister and Defence Minister"."""
MANY_PORTFOLIOS = re.compile(r"(?:M+A)?[MH]*H(?:C[MHK]+)+(?:AM+){2,}")
"""A title set off before the name whose portfolios after "of" or "for" are joined by "and" more than once, each a word
the draft knows, as the comma closes them: "Fiji's Minister for Rural and Maritime Development and Disaster Management,
X"; "Minister for Trade and Industry and Ana Lind, X" holds a name, not a portfolio."""
SET_OFF_TITLE = re.compile(r"(?:M+A)?[MH]*H(?:(?:C[MHKL]+)+(?:A[MHKL]+)?(?:A[MHL]+)*)?(?:A[MH]*H(?:C[MHKL]+)*)?")
"""A title set off by commas after the name may end in plain words after "of" or "for", since the
comma closes it: "Marchuk, Ukraine's deputy defense minister for procurement, said"; it may open with two
roles joined by "and" before one noun: "Ines Moreau, the UN Resident and Humanitarian Coordinator, said"."""
ORGANISATION_ENDS = ORGANISATION_WORDS | {"Service", "Ministry", "Department", "Office", "Authority", "Administration",
                                           "Company", "Party", "University", "Hospital", "Trust", "Society",
                                           "Division", "Command", "Mission", "Board", "Conference", "Summit", "Forum",
                                           "Movement", "Front", "Coalition", "Troops", "Brigade",
                                           "Battalion", "Regiment"}
"""Last words of an organisation's or a gathering's name: "Greenfield Harbour Authority" names no person "Greenfield
Harbour", "the Recovery and Resilience Conference" none "Resilience Conference", "the Upper Nile Liberation Movement"
none "Liberation Movement", "the Uzbekistan Border Troops" none "Border Troops"."""
MEDIA_FIRST = frozenset({"Radio", "Television", "Daily", "Deutsche", "Der", "Die", "Das", "La", "Los", "Las", "Il"})
MEDIA_LAST = frozenset({"Worldwide", "Times", "Tribune", "Herald", "Gazette", "Telegraph", "Monitor", "Observer", "News",
                         "Post", "Journal", "Express", "Chronicle", "Inquirer", "Broadcasting"})
"""First and last words of a broadcaster's, a paper's or a charity's name, never a person's: "Radio Okapi said", "the
Daily Monitor reported", "Concern Worldwide said", "Sky News said", "the Kyiv Post reported"; a German adjective or a
Romance or German article opens a paper's or a firm's name, never a person's: "Deutsche Welle said", "Der Spiegel
reported", "La Stampa said"."""
TOLD = frozenset({"told", "tells"})
"""Verbs of speech whose object, after them, is who hears the words, never who says them: "the minister told Le Monde",
"she told El Tiempo"; "said Ana Ruiz" names the speaker."""
PLACE_FIRST = frozenset({"San", "Santa", "Santo", "São", "Sao", "Fort", "Puerto", "Porto", "Saint", "Sainte", "St",
                          "Cape", "Mt"})
"""First words of a place's name, never of a person's: "San Pedro said it had no water", "Fort Portal said"."""
BODY_FIRST = ORGANISATION_WORDS | {"Royal", "Imperial"}
"""First words of a body's name, never of a person's: "Bank Negara said", "Royal Dutch Shell said"."""
PLACE_ENDS = frozenset({"Island", "Islands", "Airport", "Airbase", "Base", "Bridge", "Causeway", "Peninsula", "Bay",
                         "Gulf", "Canal", "Dam", "Valley", "Mountains", "Province", "Region", "District", "County",
                         "Stadium", "Harbour", "Harbor", "Coast", "Delta", "Plateau", "Desert", "Highway", "Corridor"})
"""Last words of a place's name, never of a person's: "Prince Edward Island", "Queen Alia International Airport"."""
THINGS = frozenset({"newspaper", "paper", "daily", "weekly", "magazine", "broadcaster", "channel", "website", "outlet",
                     "consultancy", "firm", "company", "lender", "insurer", "charity", "ship", "vessel", "tanker",
                     "freighter", "frigate", "destroyer", "warship", "ferry", "cyclone", "hurricane", "typhoon", "storm",
                     "operation", "exercise", "brand", "carrier", "airline", "manufacturer", "producer", "shipyard", "town",
                     "city", "village", "port", "province", "district"})
"""Nouns for what is no person, which name the capitalised words right after them ("the newspaper Le Monde said",
"Cyclone Idai", "the tanker Sea Falcon") or set off after them ("Wood Mackenzie, a consultancy, said")."""
PLACE_OR_EVENT_WORDS = frozenset({"cyclone", "hurricane", "typhoon", "storm", "volcano", "volcán", "operation",
                                   "exercise", "town", "city", "port", "falls", "lake", "mount"})
"""Words that make capitalised words around them a place's or an event's name wherever they stand in it: "Tropical
Cyclone Chido", "Cape Town", "Victoria Falls"."""
BODY_VERBS = ("is", "was", "has", "had", "owns", "operates", "runs", "publishes", "broadcasts", "makes", "builds",
               "supplies", "employs")
"""Verbs after ", which" that say what a body is or does: "Harland Kerr, which builds the turbines,"."""
MEMBERS_BODIES = frozenset({"Cooperative", "Co-operative", "Association", "Union", "Federation", "Society", "Network",
                             "Alliance", "Committee", "Council", "Collective", "League"})
"""Bodies named after their members' possessive: "the Farmers' Union", "the Women's Cooperative"."""
PLACE_NOUNS = frozenset({"state", "province", "region", "district", "county", "governorate", "prefecture",
                          "municipality", "oblast", "valley", "camp", "island", "islands", "corridor", "basin"})
"""Lowercase words after a place's name that say what it is: "the West Darfur state", "the Kasai region"."""
CALLINGS = frozenset({"nurse", "midwife", "surgeon", "paramedic", "pharmacist", "physician", "epidemiologist",
                       "virologist", "sherpa", "agronomist", "hydrologist", "geologist", "seismologist", "meteorologist",
                       "climatologist", "veterinarian", "vet", "deminer", "sapper", "firefighter", "lawyer", "journalist",
                       "photographer", "historian", "teacher", "headteacher", "headmaster", "headmistress",
                       "lecturer", "judge", "magistrate"})
"""Callings that are a person's role as a title's noun is: "said Ana Reyes, the nurse who runs the clinic", "an
epidemiologist at the university", "agronomist Kofi Mensah"; written in lowercase, as "Pemba Sherpa" is a name, or
capitalised where one opens the sentence before a name: "Agronomist Kofi Mensah showed the visitors round"."""
RANKING = frozenset({"most", "least", "new", "newly", "then", "own", "only", "first", "second", "last", "next",
                      "longtime", "long-time", "veteran", "powerful", "influential", "outspoken", "main", "current"})
"""Plain words that rank or judge a title's holder rather than say what the title is: "Kenya's most senior minister"."""
UNITS = frozenset({"mission", "delegation", "office", "team", "representation"})
"""A body's units a title may head: "head of the IMF mission"."""
AIDES = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "envoy"})
"""Titles of who serves a person, written after that person's possessive: "the president's spokesman"."""
PERSON_NOUNS = frozenset({"farmer", "fisherman", "fisherwoman", "herder", "herdsman", "shepherd", "trader", "shopkeeper",
                           "vendor", "mother", "father", "grandmother", "grandfather", "widow", "widower", "pensioner",
                           "retiree", "resident", "villager", "student", "schoolteacher", "driver", "mechanic",
                           "labourer", "laborer", "carpenter", "tailor", "baker", "volunteer", "refugee", "survivor",
                           "housewife", "beekeeper", "grower", "smallholder", "day-labourer", "boatman", "porter"})
"""Nouns that describe a person, never a place or a body: "Ion Rusu, a farmer near Orhei, shrugged"."""
UNIT_WORDS = frozenset({"Department", "Division", "Unit", "Office", "Bureau", "Directorate", "Section", "Branch"})
"""Last words of a body's own unit's name: "the IMF's Western Hemisphere Department"."""
LATE = frozenset({"late", "outgoing", "incoming", "ousted", "jailed", "slain", "murdered", "disgraced", "embattled",
                   "exiled", "detained", "elected", "appointed", "sacked", "fired", "retired", "sitting"})
"""Plain words before a title's noun that say what became of its holder, no part of the title: "the late president"."""
CLERICS = frozenset({"Bishop", "Archbishop", "Cardinal", "Imam", "Pastor", "Reverend", "Rabbi", "Mufti", "Patriarch",
                      "Ayatollah", "Metropolitan", "Father", "Sister"})
"""A cleric's title before a name, written capitalised as a name's words are: "Bishop Paul Mwangi", "Imam Abdullahi Bello";
a surname where a capitalised word comes right before it: "Julie Bishop"."""
CHURCHES = frozenset({"Catholic", "Anglican", "Orthodox", "Lutheran", "Methodist", "Presbyterian", "Baptist", "Coptic",
                       "Grand", "Chief", "Senior", "Auxiliary"})
"""Words before a cleric's title that say whose or which cleric: "Catholic Bishop Paul Mwangi", "Grand Mufti X"."""
NAMED_RANKS = frozenset({"Major", "Brigadier", "Sergeant", "Corporal", "Judge", "Magistrate"})
"""A rank or an office written capitalised before a name that is a surname too ("John Major", "Mike Judge"): a
title's noun only where a name follows it, as a cleric's title is: "Major Ines Varga", "Judge Ruth Banda"."""
CLERIC_RANKS = frozenset({"Grand", "Auxiliary"})
"""Words before a cleric's title that are words of the office itself: "Grand Mufti", "Auxiliary Bishop"."""
STYLE_TITLES = frozenset({"Sheikh", "Sheikha", "Sheik"})
"""A style that may stand between a title and the name: "Emir Sheikh Nawaf al-Sabah"."""
TIME_PREFIXES = frozenset({"then", "ex"})
"""Words joined before a title's first word that say when the holder held it: "then-Prime Minister", "ex-president"."""
WHEN = re.compile(r" (?:(?:early |late )?(?:last|this|earlier this|later this) (?:year|month|week|spring|summer|"
                   r"autumn|fall|winter)|in (?:January|February|March|April|May|June|July|August|September|October|"
                   r"November|December|\d{4})|since (?:(?:January|February|March|April|May|June|July|August|September|"
                   r"October|November|December) )?\d{4}|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")
"""A time phrase after a title set off after the name, which closes it as a comma does: "Nadia Haddad, who became
Lebanon's energy minister last year, said", "X, who was appointed interior minister in May,"; in "Kofi Mensah, Ghana's
health minister since 2021," the title is "health minister"."""
SCHOLARS = frozenset({"lecturer", "professor", "researcher", "fellow", "scholar", "expert", "specialist", "analyst",
                       "academic"})
STUDIED_FIELD = re.compile(r" in (?P<field>(?!(?:the|a|an|his|her|its|their)\b)[a-z][a-z-]*(?: [a-z][a-z-]*){0,3})"
                            r"(?= at | with |[,;.]| who\b)")
"""The field a scholar's title names after "in", closed by where the title is held or a comma: "Lina Berg, a lecturer in
international law at Aarhus University" holds the title "lecturer in international law"; "a nurse in the camp" names
a place, not a field."""
NAMED_BODY = re.compile(r"(?P<head>(?:[a-z][\w-]* ){0,3}[a-z][\w-]*) of the (?:(?P<kind>(?:[a-z][\w-]* ){1,3})"
                         r"[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*|(?P<short>[A-Z]{2,6}))")
"""A lowercase title and the body it is held of, named last as plain words that say what it is and its name, or by its
abbreviation: "chief executive of the charity Water First", "president of the CNE"; not "minister of the Interior",
whose capitalised word is its portfolio."""
LETTERED = frozenset({"Gate", "Plan", "Block", "Terminal", "Zone", "Phase", "Sector", "Camp", "Wing", "Hall", "Pier",
                       "Level", "Grade", "Class", "Group", "Category", "Type", "Section", "Area", "Ward", "Annex",
                       "Line", "Platform", "Building", "Tower", "Site", "Stage", "Round", "Vitamin", "Hepatitis",
                       "Runway", "Route", "Shelter", "Tent", "Room", "Floor", "Lane"})
"""Nouns a letter labels, which end a sentence with it rather than open a name with a middle initial: in "They waited
at Gate B. Mensah said the flight was late" the name is "Mensah"; "Ramon D. Villanueva" keeps its initial."""
OF_UNITS = frozenset({"mission", "office", "delegation", "staff", "protocol", "state", "government", "station",
                       "police", "security", "operations", "programmes", "programs", "communications", "research"})
"""Units a lowercase title is head of with no article: "head of mission", "chief of staff", "head of state"."""
APPOINTED = frozenset({"appointed", "named", "elected", "made"})
"""Verbs that give a person an office, after "who was": "X, who was named foreign minister in 2022,"."""
NOT_YET = frozenset({"designate", "elect"})
"""The words joined after a title's noun for an office its holder has not yet taken: "Prime Minister-designate"."""
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
"""Words that may open a title set off after a name: "Rafael Ortiz, its managing director,"."""
POSSESSIVE = re.compile(r"[’']s?$")
STATE_FORMS = frozenset({"Kingdom", "Republic", "Duchy", "Federation", "Confederation", "Principality"})
"""The words of a state's formal name before "of": "the Kingdom of the Netherlands"."""
STYLES = frozenset({"Dr", "Mr", "Mrs", "Ms", "Prof", "Professor", "H.E", "Hon", "Rt", "Sir", "Dame", "Shri", "Smt",
                     "Excellency", "Eng", "Madam", "Madame"})
"""Styles before a name, which stand between a title set off before it and the name, and are no part of it: "Sir Keir
Hollis" is Keir Hollis; a government's release writes "Her Excellency Noura Al Hamli" or "Eng. Saleh Qasim" for Noura
Al Hamli and Saleh Qasim."""
ARTICLE_JOINED = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-(?=[A-Z])")
"""The Arabic article joined to a family name with a hyphen, written lowercase: "Fadi al-Hamwi"."""
AIDE_OF = re.compile(r"(?<![\w-])(?:(?:Senior|Special|Personal|Chief|Principal|Deputy|Executive|Economic|Legal|"
                      r"Political|Security|Media|Diplomatic|Humanitarian)\s+)*(?:Adviser|Advisor|Aide|Assistant|"
                      r"Envoy|Counsellor|Counselor)\s+(?:to|of)\s+the\s+$")
"""An aide's or envoy's title, capitalised, before "to the" or "of the" and the title of the one served."""
OFFICE_OF = re.compile(r"(?<![\w-])(?P<office>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+of\s+(?:the\s+)?$")
"""An office's capitalised words before "of" or "of the" and the name of the body it is held of."""
BRIEFED = frozenset({"Envoy", "Rapporteur", "Representative", "Adviser", "Advisor", "Coordinator"})
BRIEF_NOUNS = frozenset({"Process", "Crisis", "Response", "Situation", "Question", "Talks", "Negotiations"})
"""Nouns that close the brief of an envoy's or coordinator's title and are never a word of a name: in "Special
Coordinator for the Middle East Peace Process Tor Wennesland" and "the Coordinator for the Horn of Africa Crisis said",
neither "Peace Process" nor "East Peace" names anyone."""
"""Capitalised titles' nouns whose brief may follow after "on": "Special Envoy on Myanmar"."""
DAYS_AND_MONTHS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                              "February", "March", "April", "May", "June", "July", "August", "September", "October",
                              "November", "December"})
ADDRESS_WORDS = frozenset({"Road", "Street", "Avenue", "Square", "Lane", "Building", "House", "Tower", "Plaza",
                            "Boulevard", "Place", "Floor", "Desk", "Team", "Unit", "Relations", "Enquiries", "Inquiries"})
"""Last words of an address or a desk in a release's contacts: "Harbour Road, Lima, Tel. ..." names no one."""
MONARCHS = frozenset({"king", "queen", "prince", "princess", "pope", "emir", "sheikh", "sheikha", "sultan", "shah"})
"""Titles of monarchs, their families and popes, whom reports name by one name after the title: "Queen Rania"."""
ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
"""The number of a reign: "Abdullah II", "Leo XIV"."""
PORTFOLIO_ENDING = re.compile(r"[a-z](?:ing|ion|ions|ies|ment|ments|ure|ity|ism|age|ics|ance|ence|ship|ships)$")
"""How the words of a portfolio end, which names seldom do: "Policing", "Irrigation", "Fisheries", "Heritage",
"Partnerships"."""
FIELD_NOUN = re.compile(r"[a-z](?:ion|ions|ment|ments|ure|ity|ism|age|ics|ance|ence|ship|ships|ies)$")
"""The endings of a field's noun, with none of a verb's ("-ing"): "Unification", "Heritage", "Cooperatives"."""
FIELD_END = re.compile(r"[a-z]{4,}(?:ation|ations|ition|ment|ments|ture|ity|ities|ism|ics)$")
"""The end of a field's noun that no name ends with: "Adaptation", "Management", "Infrastructure"; not "Marion" or
"Clement"."""
NOT_PORTFOLIO = frozenset({"and", "or", "the", "a", "an", "of", "for", "to", "in", "at", "on", "with", "by", "who", "which",
                            "that", "was", "is", "has", "had", "have", "will", "would", "said", "says"})
"""Words no portfolio in lowercase holds: what opens a clause or a phrase after the title."""
PORTFOLIO_NOUNS = frozenset({"affairs", "trade", "health", "labour", "labor", "energy", "defence", "defense", "finance",
                              "culture", "sport", "sports", "tourism", "youth", "women", "children", "water", "lands",
                              "mines", "forestry", "fisheries", "agriculture", "livestock", "transport", "justice",
                              "environment", "climate", "science", "technology", "industry", "commerce", "housing"})
"""Fields a lowercase portfolio may end in that no ending marks: "trade", "health", "livestock"."""
GOVERNING = frozenset({"Government", "Administration", "Front", "Movement", "Coalition"})
"""Words of the name of a government or a movement that a title's holder serves."""
BASED = re.compile(r"[A-Z][\w-]*-(?:based|backed|led|controlled|aligned|recogni[sz]ed)|(?:self-declared|interim|rival|"
                    r"internationally-recognised|internationally-recognized|de facto)")
"""Words before a government's name that say where it sits or who backs it: "the Tripoli-based Government"."""
PLACE_AND_DATE = re.compile(r" \((?:[A-Z][\w-]*(?:\s[A-Z][\w-]*)?(?:,[^()\n]{1,30})?|\d[^()\n]{0,30})\)")
"""A place or a date in brackets after a title, as a release's heading gives them: "Visit of Ms Ana Lind, Minister for
Europe and Foreign Affairs (Yerevan, 17 October)"."""
REGION_JOINED = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")
"""A region's name of two names joined by a hyphen, which a title's "of" may hold before the holder's name: "Chief
Minister of Gilgit-Baltistan X", "Governor of Khyber-Pakhtunkhwa X"."""
REGIONS = frozenset({"Africa", "Asia", "Pacific", "Atlantic", "Caribbean", "Americas", "Sahel", "Balkans", "Arctic",
                      "Oceania", "Indo-Pacific", "Europe"})
"""Regions a title may cover, written before its noun: "Pacific correspondent", "Africa director"."""
SUBJECT_CLAUSE = re.compile(r" (?:who|whose) [a-z]+ [^,.;:!?()\n]*?(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\bit)(?<!\bwe)"
                             r" (?:said|says|told|tells|added|warned|confirmed)\b")
"""A relative clause after a title that runs into the sentence's verb of speech with no comma to close it, so that the
title and its clause are the subject and no apposition to the name before the comma: in "Asked about Cabo Delgado, an
army officer who was not authorised to speak said", Cabo Delgado is what was asked about, not an officer."""
COMPASS = frozenset({"East", "West", "North", "South", "Eastern", "Western", "Northern", "Southern", "Central",
                      "Southeast", "Southwest", "Northeast", "Northwest", "Middle", "Latin", "Near", "Far"})
"""Words that open a region's name before a region: "East Africa", "Central Asia", "Latin America", "Middle East"."""
REGION_ENDS = frozenset({"America", "East", "Europe", "Asia", "Africa"})
"""Regions' last words that stand as regions only after a compass word: "Latin America", "Middle East"."""
MORE_HEADS = frozenset({"specialist", "d'affaires", "d’affaires"})
"""Title nouns beyond the gazetteer's: "Olena Shevchuk, Communication Specialist, UNICEF", "the French chargé
d'affaires, Paul Girard" (whose "chargé" the draft reads as the noun's modifier)."""
CHARGE = frozenset({"chargé", "charge", "chargés", "charges"})
OPENING_ADVERBS = frozenset({"Afterwards", "Afterward", "Later", "Earlier", "Separately", "Then", "Instead", "Yesterday",
                              "Today", "Tomorrow", "Tonight", "Now", "Also", "Still", "Overnight", "Finally", "Next",
                              "Elsewhere", "Likewise", "Similarly", "Nevertheless", "Nonetheless", "Subsequently",
                              "Additionally", "Meanwhile", "However", "Again", "Previously", "Initially"})
"""Adverbs that open a sentence, with no comma after them, before a surname: "Afterwards Tremblay announced the funds"
names Tremblay, not an "Afterwards Tremblay"."""
OPENING_PREPOSITIONS = frozenset({"For", "With", "Without", "Unlike", "Like", "Under", "Against", "Despite", "From",
                                   "Among", "Besides", "Alongside", "Including", "Beside", "Behind", "Through", "Until",
                                   "Toward", "Towards", "Per", "Via"})
"""Prepositions that open a sentence before a name, capitalised only by their place: "For Tomasz Wrona, the Polish
envoy, the vote was a setback" names Tomasz Wrona, not a "For Tomasz Wrona"."""
ABBREVIATED = frozenset({"Sen", "Rep", "Gen", "Adm", "Col", "Lt", "Gov"})
"""Titles written short with a full stop: "Sen. Dana Whitfield", "Gen. Henrik Kjærgaard"."""


LISTED = re.compile(r"(?<![\w-])(?:[A-Z][\w-]+\s+)*[A-Z][\w-]+(?:,\s+(?:[A-Z][\w-]+\s+)*[A-Z][\w-]+)*"
                     r"(?:,\s+|,?\s+(?P<and>and)\s+)$")
"""Portfolios listed with commas before a title's last ones: "Environment, Urbanisation and " before "Climate Change
Minister", "Lands, " before "Forestry and Mines Minister"."""


RANK_AFTER_ROLE = re.compile(r"(?<=\S)\s+(?:(?:Senior|Junior)\s+)?(?:(?:Lieutenant|Major|Brigadier|Vice|Rear|Air)\s+"
                              r"(?:General|Admiral|Marshal)|Colonel|Lieutenant\s+Colonel|Admiral|Major|Brigadier|Captain|"
                              r"Sergeant)$")
"""A military rank that stands between a role and the name: "Army Chief Major General Ali Rana" holds the role
"Army Chief", and "Army spokesman Major Ali Rana" the role "Army spokesman"; "General" alone after a role's noun
("Secretary General", "Attorney General") is part of it."""


RANKS = frozenset({"general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "brigadier", "brig",
                    "admiral", "adm", "captain", "capt", "marshal", "commodore", "sergeant", "sgt", "vice", "rear", "air",
                    "field", "senior", "junior"})
"""The words of a military rank, written out or short."""


SERVICES = frozenset({"Police", "Customs", "Immigration", "Parliament", "Senate", "Judiciary", "Gendarmerie", "Coastguard"})
"""Services and houses that end a title's "of" and open no name: "Inspector General of Police Tom Berg" is Tom Berg."""
GENERAL_OFFICES = frozenset({"Attorney", "Solicitor", "Surgeon", "Auditor", "Inspector", "Accountant", "Postmaster",
                              "Registrar", "Comptroller", "Paymaster", "Advocate", "Procurator", "Supervisor"})
"""Offices that "General" closes, as "Attorney General" does: the office is the title, not the rank."""


SHARED_TITLE = re.compile(r"(?<![\w-])(?:[Tt]he\s+(?:(?:two|three|four|both)\s+)?|[Bb]oth\s+)"
                           r"(?:(?P<owners>[A-Z][\w-]+(?:,\s+[A-Z][\w-]+)*,?\s+and\s+[A-Z][\w-]+)\s+)?"
                           r"(?P<words>(?:[a-z-]+\s+){0,2}?)(?P<head>[a-z]+(?:ies|s)),\s+"
                           r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}(?:,\s+(?:and\s+)?|\s+and\s+)){0,3}$")
"""A plural title set off before the names of those who hold it, one name perhaps listed before: "the two defence
ministers, " and "the two defence ministers, Australia's Rachel Kinnear and "; perhaps after the countries whose
titles they are, in the order of the names: "The Indian and Chinese foreign ministers, "."""
LISTED_NAMES = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4}(?:(?:,\s+(?:and\s+)?|\s+and\s+)"
                           r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4})*")
"""The names listed after a plural title, each of two to five capitalised words."""
LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


JOINING_WORDS = frozenset({"in", "at", "of"})


COUNTERPART_BEFORE = re.compile(r"(?<![\w-])(?:[Hh]is|[Hh]er)\s+(?:[A-Z][\w-]+\s+)?counterpart,?\s+$")
COUNTERPART_AFTER = re.compile(r",\s+(?:his|her)\s+(?:[A-Z][\w-]+\s+)?counterpart(?=[,.;])")
"""Someone named only as another's counterpart, before or after the name: "her Peruvian counterpart, Luis Vega",
"Luis Vega, his counterpart,"."""
