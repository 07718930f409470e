"""Words several readers share.

List lines, the end of a clause, adjectives of countries, lenders, channels, finite verbs and the like."""
from __future__ import annotations

import re

from generator.editing.draft.actors import BULLET
from generator.editing.draft.commitments.giving_words import ADVERBS
from generator.editing.draft.gazetteer import ENTRIES

PERSON_PRONOUN = re.compile(r"[Ss]?[Hh]e")
"""'By evening she had held talks with Ruto and had unveiled $45 million for Kenya': "he" or "she" opening the
sentence is the person the text tells of, whose country gives; "it" or "they" may be any body named before."""


TOGETHER = re.compile(r"^(?:\s*(?:[^,]{0,40},\s*)?|.*,\s+and\s+)(?:[Tt]he\s+(?:two|three|four)(?:\s+(?:leaders|ministers|sides|"
                       r"countries|governments|presidents|men|women|officials|delegations))?|[Bb]oth\s+(?:sides|leaders|"
                       r"ministers|countries|governments)|[Tt]hey)\s+(?:(?:also|then|later|further)\s+)?$")
"""'The two agreed', 'Both sides agreed', '..., and they agreed': the parties of the meeting just reported."""
LIST_LINE = re.compile(rf"^\s*(?:{BULLET})")
"""A line of a list, whatever opens it: "- 150 armoured vehicles;", "(b) 40 water pumps;", "Second: 12 boats."."""
RECEIVER_FIRST = ("recv_future", "recv_past")
"""Clauses whose subject receives: "Ukraine will receive 20 jets from Norway", "Kyiv was sent 30 tanks"."""
STATUS = {"gift_of": "pledged", "gift_by": "delivered", "gift_from": "pledged", "gift_to": "pledged", "given_by": "delivered",
           "contribution": "pledged", "decision": "pledged", "gerund": "pledged", "continues": "pledged",
           "recv_future": "pledged", "recv_past": "delivered", "package": "pledged", "future": "pledged",
           "agreed": "agreed", "joint": "agreed", "pledged": "pledged", "progressive": "delivered", "arrived": "delivered",
           "delivered": "delivered", "completed": "delivered", "asked": "asked", "signed": "signed",
           "thanked": "delivered", "coordinated": "pledged",
           "reached_with": "delivered", "thanks_to": "delivered", "followed_by": "pledged", "built_under": "signed",
           "signed_by": "signed", "promised_by": "pledged", "signing_of": "signed",
           "decision_of": "pledged", "came_from": "pledged", "bound_for": "delivered", "asked_of": "asked",
           "asked_for": "asked", "absolute": "pledged",
           "asked_more": "asked", "asked_apposed": "asked"}
ADJECTIVES = frozenset(a for e in ENTRIES for a in e.adjectives)
"""'Ukrainian', 'Ukrainians': forms of a country that describe its people, never the country as a party."""


LENT = re.compile(r"\b(?:loan|loans|credit|credit\s+line|line\s+of\s+credit|financing|grant|facility|guarantee)\b")


EVERY_COUNTRY = frozenset(form for e in ENTRIES if e.type == "country" for form in e.forms)


FIGURE = re.compile(r"(?:[A-Z]{0,3}[$€£¥]\s?)?(?<![\d.,])\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                     r"\b(?!\s+of\b)")
"""A figure a share is given in: '50 million', '€20 million', 'three' ("Spain one and Italy three"); not "one of";
read from its first digit, so that "gave Nepal $40 million" finds the figure right after the receiver."""


STATE_NOUN = re.compile(r"\s+(?:government|authorities|cabinet|state|(?:[a-z]+\s+)?ministry|armed\s+forces|army|people)\b")
"""'paid for by the Swiss government': an adjective with the state it qualifies names that state."""


WORTH = r"(?:\s+(?:of|worth|totalling|totaling|valued\s+at)\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+)?" \
    r"(?:[A-Z]{0,3}[€£$¥]|[A-Z]{3}\s)?\d[\d.,]*(?:\s*(?:million|billion|bn|m)\b)?(?:\s+(?:[a-z]+|[A-Z]{3}))?(?:\s*\([^()]{1,30}\))?)?"
"""The sum a signed document is worth, said between its name and the one it is signed with: "a grant agreement
of 1.2 billion yen (about $8 million) with Tonga", "a loan of 60 million euros with the bank"."""


GOVERNMENT_OF_STATE = r"(?:(?:[Gg]overnment|[Aa]uthorities|[Rr]epublic)\s+of\s+(?:the\s+)?)?"
"""'signed a €90 million credit line with the government of Mozambique': the state its government stands for signs."""


WITH_PARTNERS = re.compile(r"(?:[^,]{0,60},\s+)?(?:[Tt]he\s+)?(?P<body>[A-Z][^,;:.]{0,80}?)\s+and\s+(?:its|their)\s+"
                            r"(?:[a-z]+\s+){0,2}(?:partners|agencies|members|affiliates)\s+"
                            r"(?:(?:has|had|have|also|jointly|formally|now|are|were|is|was)\s+)*$")
"""'The United Nations and its humanitarian partners have appealed for', 'UNICEF and its partners are seeking': the
body named first asks, with those it leads."""


RELATIVE_ASIDE = r"(?:who|which|whose)\s+(?:[^,;:.]|[,.](?=\d)){3,160}?,(?!\d)"
"""'Niger, which has taken in 400,000 refugees from the north, used the conference to appeal for', 'Honduras's
minister, whose country lost its harvest, used her address to appeal for': a relative clause on the subject, set off
by commas, however long, and numbers within it."""


SUPPORT = r"(?:(?:more|further|additional|extra|urgent|new|continued|financial|military|humanitarian|technical|" \
    r"long(?:er)?-term|immediate|emergency)\s+)*" \
    r"(?:help|support|assistance|aid|funding|financing|money|backing|cooperation)"
SUPPORT_FOR = re.compile(r"\s*" + SUPPORT + r"\s+(?:with|for|to\s+(?:fund|finance|pay\s+for|rebuild|repair|restore|buy)|"
                          r"in\s+(?:[a-z]+ing\s+and\s+)?[a-z]+ing)\s+")
"""'help with the reconstruction of ...', 'funding for the rebuilding of ...': support named by its purpose,
which is what an editor records as the thing asked for."""
PAY_FOR = re.compile(r"\bto\s+(?:help\s+)?(?:(?:co-?)?financ(?:e|ing)|(?:co-?)?fund|pay\s+for|cover\s+the\s+costs?\s+of|"
                     r"contribute\s+(?:generously\s+)?to)\s+$")
"""'asked Norway to help pay for a second phase of the sea wall', 'to finance the new bridge', 'to contribute to the flood
response plan': what is asked to be paid for is a purpose, one thing however many its words."""
ENLARGED = r"(?:to\s+)?(?:(?:urgently|quickly|also|further|significantly|substantially|sharply)\s+)?(?:increase|expand|" \
    r"extend|raise|boost|enlarge|widen|scale\s+up|step\s+up|top\s+up|double|triple|replenish)\s+(?:its|their|the)"
DEBT_RELIEF = r"(?:defer|reschedule|postpone|suspend|restructure|forgive|cancel|waive|write\s+off|roll\s+over|extend)\s+" \
    r"(?:(?:the|its|their|our|a|some|part\s+of\s+(?:the|its|their))\s+)?(?:[\w-]+\s+){0,2}?(?:repayments?|payments?|debts?|" \
    r"loans?|interest|maturities|arrears)\b"
"""'asked Seoul to defer repayments on its port loans', 'urged Paris to cancel the debt it is owed', 'asked Tokyo
to reschedule payments on a yen loan': relief a lender grants on its own loans, asked for with the verb that grants it;
'asked China to defer the talks' defers no debt."""
WORK = re.compile(r"(?:[a-z][\w-]*\s+)?[a-z]{2,}ing\s+[a-z]")
"""'help with clearing mines', 'support in rebuilding the bridge': a work, one thing however many its words."""
EXPERTISE_ON = re.compile(r"\s*(?:(?:technical|specialist)\s+)?(?:expertise|know-how)\s+(?:on|in|with)\s+(?=[a-z])")
"""'asked for UK expertise on battery storage', 'asked for Cuban know-how in training doctors': expertise a body is
asked to share, named with its field; the field is what an editor records, as for 'help with'."""


BY_KIND = re.compile(r"\s+(?:the|its|their)\s+(?P<words>(?:[a-z]+\s+)?)(?P<noun>(?i:bank|lender|fund|bloc|union|"
                      r"alliance|group|coalition|commission|agency|organi[sz]ation))\b")
"""'asked the bank for', 'appealed to the bloc to', 'from the Fund': a body named by its kind."""
COUNTS = {"two": 2, "three": 3, "four": 4}


MAIN_VERB = re.compile(r"\s+(?:was|were|is|are|has|have|had|will|would|can|could|should|must|may|might|arrived|reached|"
                        r"came|comes|began|begins|started|includes|included|brings|brought|helped|helps|marks|marked|"
                        r"follows|followed|went|goes|remains|remained)\b")
"""Where a noun phrase that names a gift ends and the sentence's own verb begins: "Australia's
contribution of 30 Bushmasters was confirmed"."""


PASSIVE_END = re.compile(r"\b(?:be|been|was|were)\s+" + ADVERBS + r"[\w-]+(?:\s+over)?$")
"""A passive whose subject is what is given, an adverb and all: "3,000 kits were also delivered by Unicef"."""


FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|been)\b")


BOUGHT_WITH = re.compile(r"\s*,?\s+(?:bought|purchased|procured|acquired|built|constructed|financed|funded|"
                          r"paid\s+for)\s+(?:with|by|from|under|through|using)\s+(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+)?$")
FUNDS = re.compile(r"(?:[’']s\s+|\s+)(?:[a-z][\w-]*\s+)?(?:funds?|funding|money|grants?|loans?|aid|financing|assistance|"
                    r"credits?|donations?|budget)\b")
"""'bought with Canadian funds', 'financed by a Korean grant', 'purchased with Japan's grant aid': what paid for the
thing, after the one whose money it was."""


FORCE_WORDS = {"army": ("army", "armed forces"), "military": ("armed forces", "army", "military"),
                "navy": ("navy",), "police": ("police",), "armed forces": ("armed forces",), "coast guard": ("coast guard",),
                "air force": ("air force",)}


NEW_CLAUSE = re.compile(r"\s+(?:will|would|has|have|had|is|are|was|were|can|could|may|might|must|should|does|did|also|"
                         r"said|says|plans?|[a-z]+ed|gave|gives|sent|sends|lent|lends|made|makes|put|puts|brought|brings|"
                         r"sold|sells|paid|pays|took|takes|offers|pledges|promises|provides|donates|delivers|supplies|"
                         r"funds|finances|announces|adds)\b")
"""'... from Norway, and Denmark will send more', '... to Chad, and Japan gave 20 tents': the name after "and"
opens a clause of its own."""
CARRYING = re.compile(r"\b(?:carrying|loaded\s+with|bringing|with\s+a\s+cargo\s+of)\s+")
VEHICLE = re.compile(r"\b(?:planes?|aircraft|airlifts?|flights?|ships?|vessels?|convoys?|trucks?|lorr(?:y|ies)|trains?|"
                      r"cargo|barges?|(?<=air\sforce\s)transports?|(?<=military\s)transports?|boats?|helicopters?|"
                      r"Hercules|(?:C|KC|Il|An|A)-?\d{2,3}[A-Z]?J?)\b")
"""'a cargo plane from the UAE touched down carrying tents', 'A Japanese C-130 carrying food landed': the vehicle
arrives, its cargo is the gift."""


NATION_VEHICLE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?" + VEHICLE.pattern)
"""'A New Zealand navy vessel', 'A Qatar air force plane': a country's name set before a vehicle, as its adjective is."""


PEOPLE_NO_GIFT = re.compile(r"\b(?:ministers?|president|prime|officials?|envoys?|diplomats?|delegat(?:es|ion|ions)|"
                            r"ambassadors?|leaders?|lawmakers|MPs|players|athletes|journalists|reporters|representatives|"
                            r"negotiators|observers|investigators|experts|troops|soldiers|warships|citizens|nationals|"
                            r"tourists|students|pilgrims|visitors|prisoners|detainees|migrants|refugees|injured|wounded|"
                            r"sick|patients|evacuees|passengers|survivors|victims|casualties|stranded|children|families|"
                            r"residents|bodies|remains)\b")
"""Those a state sends or a plane carries who are no gift: who go to talk, to watch or to fight, who travel on their
own, and who are evacuated."""
HELPERS = re.compile(r"\b(?:rescuers|rescue\s+(?:workers|teams?|personnel|specialists)|search[- ]and[- ]rescue|"
                      r"fire-?fighters|medics|paramedics|doctors|nurses|medical\s+teams?|field\s+hospital|deminers|"
                      r"fire-?fighting\s+(?:aircraft|planes?|helicopters?|systems|equipment)|water[- ]bombers?|"
                      r"air\s+ambulances?)\b", re.IGNORECASE)
"""'80 search-and-rescue personnel from Türkiye landed in Quetta', 'Two Brazilian aircraft fitted with firefighting
systems touched down': people and aircraft sent to help are a gift however they travel."""
FORCE = re.compile(r"\s+(?:Air\s+Force|Navy|Army|Armed\s+Forces|Coast\s+Guard|Marines|Defen[cs]e\s+Forces?|"
                    r"Air\s+Self-Defen[cs]e\s+Force|Maritime\s+Self-Defen[cs]e\s+Force)$")
SAID_IT = r"(?:\s+(?:said|says|added|announced|confirmed)\s+(?:that\s+)?(?:it|they))?"
"""'The ministry said it had asked China for rice': the one who said so asks."""


_DOING = r"(?!(?:during|including|following|regarding|concerning|according|pending|bring|thing|spring|string|" \
    r"morning|evening|nothing|something|anything|everything|king|ring|wing|ceiling)\b)[a-z]{2,}ing\s+(?:the\s+|an?\s+)?[a-z]"
"""A work named by its gerund right after the help asked for: 'help paying forest rangers', 'support rebuilding the
schools'; not 'help during the crisis' nor 'aid including tents'."""
HELP_IN_WORK = re.compile(r"\s*" + SUPPORT + r"\s+(?:(?:in|with)\s+(?=" + WORK.pattern + ")|(?=" + _DOING + "))")
"""'for help in extending piped water', 'for assistance with rebuilding schools', 'for help paying forest rangers': the
work help is asked for, which is what an editor records; not 'help with the tents' nor 'help in the north'."""


SUM_LEAD = re.compile(r"^(?:(?:a|an)\s+(?:further|additional|extra|new)\s+|another\s+|(?:more\s+than|over|nearly|almost|"
                       r"about|around|up\s+to|at\s+least|some)\s+)")
"""'asked partners for a further $200 million', 'appealed for more than $50 million': a sum all the same."""
BODY_HEAD = frozenset({"police", "guard", "army", "navy", "ministry", "agency", "service", "committee", "authority",
                        "company", "utility", "operator", "hospital", "institute", "office", "council", "corporation",
                        "directorate", "department", "forces", "force", "commission", "clinic", "board", "bureau",
                        "secretariat", "administration", "society", "association", "federation", "foundation",
                        "centre", "center"})
"""The head nouns of a body's name, by which a text goes on to call it once named in full."""
LENDER = re.compile(r"\b(?:Bank|Fund|Monetary|Finance|Investment|Facility|Eximbank|Exim)\b|^(?:IMF|EIB|EBRD|IFC|ADB|AfDB|IDB|"
                     r"AIIB|KfW|EU|USAID|JICA|KOICA|AFD|GIZ|IDA)$|\bKfW\b|^European\s+(?:Union|Commission)$|"
                     r"\b(?:Cooperation|Development)\s+Agency\b|\bAgency\s+for\s+International\s+Development\b|"
                     r"\bInternational\s+Development\s+Association\b")
"""Who lends or grants for a living: a bank, a fund, the EU, a development agency, the World Bank's International
Development Association; between one of them and a state that signed with it, it gives."""


RELIEF_BODY = re.compile(r"^(?:UNICEF|UNHCR|UNFPA|UNOPS|UNRWA|OCHA)$|\bUnited\s+Nations\b|^UN\s|\bWorld\s+Food\s+Programme\b|"
                          r"\bWorld\s+Health\s+Organi[sz]ation\b|\bFood\s+and\s+Agriculture\s+Organi[sz]ation\b|"
                          r"\bRed\s+(?:Cross|Crescent)\b|\bOrgani[sz]ation\s+for\s+Migration\b|\bDevelopment\s+Programme\b")
"""UN agencies and the Red Cross: bodies that deliver aid in a country, and sign with its government to do so."""
CHANNEL = re.compile(r"\b(?:[Cc]oalition|Fund|Facility|[Ii]nitiative|Mechanism|Programme|Program)$")
"""Coalitions, funds and programmes through which donors give: the aid is for whom they serve."""
CLAUSE_END = re.compile(r"[;:—–]|,\s+(?:while|but|and|as|whereas|which|who|bringing|the\s+\w+\s+said|"
                         r"(?:money|funds|aid|help|support|a\s+sum|an\s+amount)\s+(?:that|which))\b|"
                         r"\b(?:said|told|announced|added)\b|\s+and\s+(?:the\s+)?[A-Z]")
"""Where the clause that names what is given ends, and with it the place its receiver may stand."""
FLED = r"(?:refugees|asylum[- ]seekers|migrants|evacuees|displaced(?:\s+(?:people|persons|families))?|returnees)"
"""People who left the country they are from: aid for them is for the country they are in."""


NOT_GIVING = frozenset({"asked", "recv_future", "recv_past", "thanked", "thanks_to", "arrived"})


WHERE_HANDED = r"(?:\s+(?:on|at|in|upon)\s+(?:arrival|the\s+(?:tarmac|quayside|dockside|runway|border)|" \
    r"(?:[A-Z][\w-]*\s+){1,3}(?:airport|port|airbase)))?"
"""Where things were handed over, between the verb and "to": "handed over on the tarmac to", "delivered at Chileka
airport to", "handed over on arrival to"."""
