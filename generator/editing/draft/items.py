"""What a commitment gives: the item as the text words it, its number of units, and the sum of money,
in the notations reports use ("€500m", "EUR 500 million", "500 million euros", "NOK 10 billion")."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from generator.editing.draft.gazetteer import NUMBER_WORDS
from generator.editing.draft.model import Item
from generator.editing.draft.text import fold

Found = tuple[Item, tuple[str, ...], tuple[str, str] | None]
"""One thing given: the item, every wording of it (the first as the text has it), and its sum."""

_CODES = r"EUR|USD|GBP|NOK|SEK|DKK|CHF|JPY|PLN|CAD|AUD|UAH|CZK"
_WORDS = r"euros?|dollars?|pounds?(?:\s+sterling)?|kroner|kronor|krone|crowns|zlotys?|złoty|yen|francs|hryvnias?|" \
         r"hryvnyas?|yuan|renminbi|rupees?|rupiahs?|naira|shillings?|riyals?|rials?|dirhams?|dinars?|reais|pesos?|" \
         r"liras?|baht|ringgit|taka|kwacha|cedis?|birr|forints?|tenge|rubles?|roubles?|kronur|soles|rupee"
_WORDS_AFTER_SUM = r"(?<=[ln]\s)(?:won|rand|lei|leva|dong|kip|real)"
"""A currency whose word is a common word as well ("won", "real"): a sum only after "million" or "billion"."""
_CODES_OF_SUMS = r"CNY|RMB|INR|KES|ZAR|NGN|EGP|SAR|AED|BRL|MXN|TRY|KRW|THB|IDR|MYR|BDT|PKR|PHP|VND|ARS|CLP|PEN|" \
                 r"ETB|GHS|TZS|UGX|XOF|XAF|QAR|KWD|JOD|MAD|TND|ILS|RUB|HUF|RON|BGN|ISK|NZD|SGD|HKD|TWD|LKR|NPR|KZT"
_SIGNS_OF_SUMS = r"K?Sh|USh|TSh|Rs\.?|R|RM|[₹₦₱₩₺₽]|GH₵"
"""The codes and signs of the world's other currencies ("Sh2 billion", "R1.5bn", "Rs 500 crore", "EGP 50 million"):
a sum only with "million" or "billion" after the number, so that "R21 malaria vaccine", "COP28" or "Sh20 a
packet" are no sums."""
MONEY = re.compile(
    rf"(?P<cur>(?:US|U\.S\.|A|C|NZ|HK|S)?[$€£¥]|(?:{_CODES})\s?)\s?(?P<num>\d+(?:[.,]\d+)*)[\s-]*"
    rf"(?P<mult>bn|billion|mn|m|million|k|thousand|trillion)?(?![\w])|"
    rf"(?<!\w)(?P<cur3>(?:{_CODES_OF_SUMS}|{_SIGNS_OF_SUMS})\s?)(?P<num3>\d+(?:[.,]\d+)*)"
    rf"(?P<mult3>\s*(?:billion|million|trillion|crore)|bn|mn|m)(?![\w])|"
    rf"(?P<num2>\d+(?:[.,]\d+)*)\s*(?P<mult2>bn|billion|mn|million|thousand|trillion|crore)?\s*"
    rf"(?P<cur2>(?:(?:US|U\.S\.|American|Canadian|Australian|Swiss|Norwegian|Swedish|Danish|Czech|Polish|"
    rf"Japanese|Hong\s+Kong|Singapore|New\s+Zealand|CFA|Chinese|Indian|Pakistani|Sri\s+Lankan|Nepalese|Kenyan|"
    rf"Ugandan|Tanzanian|Egyptian|Saudi|Qatari|Emirati|Jordanian|Mexican|Argentine|Chilean|Colombian|Philippine|"
    rf"Turkish|Russian|Indonesian|Malaysian|Thai|South\s+African|Nigerian|Ghanaian|Ethiopian|Moroccan|Tunisian|"
    rf"Algerian|Iraqi|Kuwaiti|Bahraini|Omani|Iranian|Bangladeshi)\s+)?(?:{_WORDS})|{_WORDS_AFTER_SUM}|{_CODES}|"
    rf"{_CODES_OF_SUMS})\b")
"""A sum of money: a currency sign or code before the number ("$200-million" as some papers write it), or
a currency word or code after it."""
_CURRENCIES = {"€": "EUR", "£": "GBP", "$": "USD", "¥": "JPY", "euro": "EUR", "dollar": "USD", "pound": "GBP",
               "kroner": "NOK", "kronor": "SEK", "krone": "DKK", "crowns": "CZK", "zloty": "PLN", "złoty": "PLN",
               "yen": "JPY", "franc": "CHF", "hryvnia": "UAH", "hryvnya": "UAH", "yuan": "CNY", "renminbi": "CNY",
               "rmb": "CNY", "rupiah": "IDR", "naira": "NGN", "₦": "NGN", "real": "BRL", "reais": "BRL", "baht": "THB",
               "ringgit": "MYR", "rm": "MYR", "taka": "BDT", "kwacha": "ZMW", "cedi": "GHS", "gh₵": "GHS", "birr": "ETB",
               "forint": "HUF", "tenge": "KZT", "ruble": "RUB", "rouble": "RUB", "₽": "RUB", "kronur": "ISK",
               "won": "KRW", "₩": "KRW", "rand": "ZAR", "r": "ZAR", "lei": "RON", "leva": "BGN", "dong": "VND",
               "kip": "LAK", "lira": "TRY", "₺": "TRY", "₹": "INR", "₱": "PHP", "soles": "PEN", "rs": "INR",
               "rs.": "INR", "rupee": "INR", "sh": "KES", "ksh": "KES", "ush": "UGX", "tsh": "TZS", "shilling": "KES",
               "dirham": "AED", "riyal": "SAR", "dinar": "", "rial": "", "peso": ""}
_PREFIXES = {"a": "AUD", "c": "CAD", "nz": "NZD", "australian": "AUD", "canadian": "CAD", "norwegian": "NOK",
             "swedish": "SEK", "danish": "DKK", "czech": "CZK", "swiss": "CHF", "polish": "PLN", "japanese": "JPY",
             "hk": "HKD", "s": "SGD", "hong": "HKD", "singapore": "SGD", "new": "NZD", "cfa": "XOF", "chinese": "CNY",
             "indian": "INR", "pakistani": "PKR", "sri": "LKR", "nepalese": "NPR", "kenyan": "KES", "ugandan": "UGX",
             "tanzanian": "TZS", "egyptian": "EGP", "saudi": "SAR", "qatari": "QAR", "emirati": "AED", "jordanian": "JOD",
             "mexican": "MXN", "argentine": "ARS", "chilean": "CLP", "colombian": "COP", "philippine": "PHP",
             "turkish": "TRY", "russian": "RUB", "indonesian": "IDR", "malaysian": "MYR", "thai": "THB", "south": "ZAR",
             "nigerian": "NGN", "ghanaian": "GHS", "ethiopian": "ETB", "moroccan": "MAD", "tunisian": "TND",
             "algerian": "DZD", "iraqi": "IQD", "kuwaiti": "KWD", "bahraini": "BHD", "omani": "OMR", "iranian": "IRR",
             "bangladeshi": "BDT"}
_MULTIPLIERS = {"bn": 10**9, "billion": 10**9, "m": 10**6, "mn": 10**6, "million": 10**6, "k": 1000,
                "thousand": 1000, "trillion": 10**12, "crore": 10**7}
_LEAD = re.compile(r"^(?:(?:a|an|the|its|their|his|her|another|some|new)\s+)*", re.IGNORECASE)
_SUMMED = re.compile(r"^(?:(?:a|an)\s+)?(?:combined|joint|collective|total\s+of|sum\s+of)\s+(?:(?:up\s+to|about|around|some|"
                     r"nearly|almost|more\s+than|over)\s+)?", re.IGNORECASE)
"""'have committed a combined $210 million', 'pledged a total of €40m': the sum several givers put together, or all
of one giver's gifts added up, is what is given."""
_MORE = re.compile(r"^(?:(?:a|an)\s+)?(?:further|additional|extra|more|another|new|fresh)\s+", re.IGNORECASE)
"""'a further', 'an additional', 'another' before a sum: the sum is what is given all the same."""
_AFTER_PARTICIPLE = r"(?:by|from|over|behind)\b"
"""The word after a participle set after a thing, which says whose or where from it is, no part of its name:
"unexploded ordnance left by the war", "body armour bought from Italy", "water filters left over from a mission".
(A participle before "in" or "on" as often opens the place or time a sum is for, which the item reads on.)"""
_PARTICIPLE_AFTER = r"(?:(?:still|currently|now|already|previously|formerly|once)\s+)?(?!hundred\b)" \
                    r"(?:[a-z]{3,}ed|used|left|built|bought|made|sent|held|kept|flown|given|taken|sold|seized)\s+" \
                    r"(?=" + _AFTER_PARTICIPLE + r")"
_AND_GAVE = r"and\s+(?:(?:also|then|later)\s+)?(?:sent|shipped|delivered|donated|supplied|provided|deployed|dispatched|" \
            r"handed\s+over|gave|airlifted|flew\s+in|trucked|distributed|installed|equipped|send|ship|deliver|donate|" \
            r"supply|provide|deploy|dispatch|hand\s+over|give|distribute|install|equip)" \
            r"(?=\s+(?:\d|an?\s|the\s|its\s|their\s|some\s|more\s|another\s|further\s|them\s|it\s|[A-Z]{0,3}[€$£¥]|" \
            r"(?i:" + "|".join(NUMBER_WORDS) + r")\s))"
"""A second verb of giving joined by "and", which opens a thing of its own: "had deployed 30 epidemiologists and
shipped 40 cholera treatment kits", "will send five doctors and deliver an ambulance"; not the adjective of "doctors
and trained nurses", whose next word is no article nor number."""
_NUMBERED = r"(?!(?<=\bNo\.)\s+\d)"
"""The point of "No." before a number, which abbreviates a name's number and ends nothing: "the surgical wing of City
Hospital No. 5 in Zaporizhzhia", "School No. 12"."""
STOP = re.compile(r"\s+(?:(?<!\d\s)to|to(?!\s+\d)|into|towards?|for|in|on|at|aboard|on\s+board|during|before|after|"
                  r"by|from|within|over|under|as|but|which|that|plus|"
                  r"this|last|next|since|worth|without|while|though|although|whereas|unless|because|despite|amid|via|"
                  r"through|with|against|between|among|soon|shortly|quickly|immediately|urgently|and\s+(?:would|will|has|have|is|are|"
                  r"was|were|later|also|said|to)|" + _AND_GAVE +
                  r"|including|containing|consisting|comprising|covering|such\s+as|made\s+up\s+of|(?:donated|supplied|provided|funded|financed|bought|made|produced|"
                  r"built|paid\s+for)\s+by|handed\s+over|" + _PARTICIPLE_AFTER +
                  r"|(?:it|they)\s+(?:has|have|had|will|would|is|are|was|were)|"
                  r"(?:that|which)\s+(?:it|they))\b|\s*(?:[,.](?!\d)" + _NUMBERED + r"|[;:()—–])|"
                  r",\s+(?:warning|saying|adding|noting|citing|stressing|explaining|arguing|insisting)\b|\s*$")
"""Where the words of an item end: a preposition, a clause ("missiles and radars, though the minister gave no
numbers"), or punctuation (not the point of "1.5"); not the "to" of a range ("units 1 to 4 of the power station")."""
_LIST = re.compile(r",(?!\d{3})\s*(?:(?:and|plus)\s+)?|\s+(?:and|plus)\s+")
"""Between the things of a list: "A, B and C", "A and B, plus C", not the comma of "10,000"."""
_SHARED_HEAD = re.compile(r"(?:^|\b(?:of|for)\s+)(?:the\s+)?[a-z]{3,}(?<!s)$")
_HEAD_OF_TWO = re.compile(r"\s(?:programmes?|programs?|projects?|networks?|systems?|services?|infrastructure|facilities|"
                          r"officers|officials|staff|assistance|sectors?|works|plants?|centres?|centers?|packages?|funds?|"
                          r"facilit(?:y|ies)|schemes?|plans?)$")
"""The first of two nouns that share the head after the second: "water and sanitation networks", "training for
border and customs officers", "a groundwater and drought resilience programme", "a water and shelter package"."""


def _shares_head(first: str, second: str) -> bool:
    """Whether the last word of `first` is a bare noun that qualifies the head `second` ends on, a head that
    names a whole ("restoration of water and sanitation networks", "a groundwater and drought resilience
    programme"; not "ammunition and spare parts", nor "rounds of ammunition and 15 tanks")."""
    # a sum before the first noun is the whole's worth: "a $20 million water and shelter package"
    bare = MONEY.sub("", _LEAD.sub("", first.strip()), count=1).strip()
    return bool(_SHARED_HEAD.search(bare) and _HEAD_OF_TWO.search(second.strip())
                and not re.match(r"\s*(?:\d|(?:" + "|".join(NUMBER_WORDS) + r")\b)", second, re.IGNORECASE))


_SERVED_NOUNS = frozenset({"officers", "soldiers", "troops", "pilots", "mechanics", "technicians", "engineers", "staff",
                           "personnel", "crews", "deminers", "doctors", "nurses", "midwives", "teachers", "students",
                           "farmers", "families", "children", "women", "refugees", "workers", "rangers", "guards",
                           "schools", "hospitals", "clinics", "villages", "towns", "communities", "households", "shelters",
                           "camps", "units"})
_SERVED_PHRASE = re.compile(r"\s(?:for|to|at|in)\s")
_PLACE_NOUNS = frozenset({"villages", "towns", "cities", "communities", "camps", "districts", "provinces", "regions",
                          "islands", "settlements", "municipalities", "schools", "hospitals", "clinics", "sites"})


def _served_too(left: str, head: str) -> bool:
    """Whether an "and" joins the people or places a thing is for, not a second thing: "training for 600
    officers and non-commissioned officers", "generators for hospitals and schools", "courses for pilots and
    mechanics" each name one thing; "tents for families and hygiene kits" names two."""
    served = _SERVED_PHRASE.search(left)
    if served is None:
        return False
    if re.match(r"\d", head) and re.match(r"[A-Z]", left[[m.end() for m in _SERVED_PHRASE.finditer(left)][-1]:]) \
            and head.split()[-1] not in _PLACE_NOUNS:
        # "the repair of roads in Sindh and Punjab districts and 150 water pumps": a count of things after a place
        # named opens a thing of its own; "clinics in Abeche and 40 villages" names more places
        return False
    last = head.split()[-1:] or [""]
    return last[0] in _SERVED_NOUNS or last[0] == left.split()[-1]


_COUNTED = re.compile(r"^(?:(?:\d[\d,.]*|more|further|additional|extra|new)\s+)+")
_MAKES = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")
_MAKE_AND_HEAD = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s+[a-z][\w-]*){0,2}\s+[a-z][\w-]*s")


def _names_share_head(first: str, second: str) -> bool:
    """Whether a make or model alone before "and" shares the plural noun after the next one: "20 more Patriot
    and IRIS-T fire units", "Leopard and Abrams tanks", "Stinger and Piorun missiles" each name one thing;
    "Patriot systems and Leopard tanks" or "20 Patriot and 40 Leopard tanks" name two."""
    bare = _COUNTED.sub("", _LEAD.sub("", first.strip()))
    return bool(_MAKES.fullmatch(bare) and _MAKE_AND_HEAD.fullmatch(second.strip()))


_TEAM_NOUNS = frozenset({"doctors", "nurses", "paramedics", "surgeons", "medics", "midwives", "engineers", "technicians",
                         "rescuers", "firefighters", "experts", "specialists", "advisers", "advisors", "instructors",
                         "trainers", "deminers", "volunteers", "pilots", "mechanics", "divers", "psychologists", "officers"})


def _one_team(first: str, second: str) -> bool:
    """Whether "and" joins the people of one team, not two things: "a team of 30 doctors and nurses", "engineers and
    technicians", "20 nurses and clinical officers"; "40 rescuers and two helicopters" or "20 doctors and 10 nurses" are two."""
    words = second.split()
    return bool(first.split()) and first.split()[-1] in _TEAM_NOUNS and 1 <= len(words) <= 2 and \
        words[-1] in _TEAM_NOUNS and not re.match(r"\d|(?:" + "|".join(NUMBER_WORDS) + r")\b", second, re.IGNORECASE)


_WORKS_ON = re.compile(r"\b(?:rebuild(?:ing)?|reconstruct(?:ion|ing)?|repair(?:s|ing)?|rehabilitat(?:ion|ing)|"
                       r"construct(?:ion|ing)|renovat(?:ion|ing)|refurbish(?:ment|ing)|restor(?:ation|ing)|"
                       r"build(?:ing)?)(?:\s+of)?\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$")


def _works_on_both(first: str, second: str) -> bool:
    """Whether "and" joins two things one work is done on, not two gifts: "the reconstruction of schools and health
    centres", "help rebuilding homes and clinics"; "the repair of roads and 20 generators" is two."""
    words = second.split()
    return bool(_WORKS_ON.search(first.strip())) and 1 <= len(words) <= 3 and \
        all(re.fullmatch(r"[a-z][\w-]*", w) for w in words) and words[0] not in NUMBER_WORDS


_MONEY_FORMS = frozenset({"grants", "loans", "credits", "guarantees", "grant", "loan", "credit", "equity"})


def _forms_of_money(first: str, second: str) -> bool:
    """Whether "and" joins the forms one sum takes, not two gifts: "a €300m package of grants and soft loans",
    "grants and concessional loans worth $1bn"; "grants and 20 ambulances" is two."""
    words = second.split()
    return bool(first.split()) and first.split()[-1] in _MONEY_FORMS and 1 <= len(words) <= 2 and \
        words[-1] in _MONEY_FORMS and re.fullmatch(r"[a-z][\w-]*", words[0]) is not None


def _things(phrase: str) -> list[str]:
    """The things a list names, split at its commas and "and"; a bare singular noun before "and" names no
    thing of its own when the words after it go on to their shared head."""
    pieces = _LIST.split(phrase)
    joins = _LIST.findall(phrase)
    things = [pieces[0]]
    for join, piece in zip(joins, pieces[1:], strict=True):
        head = piece[:stop.start()] if (stop := STOP.search(piece)) else piece
        if join.strip() == "and" and ((len(piece.split()) >= 2 and _shares_head(things[-1], piece))
                                      or _served_too(things[-1], head) or _names_share_head(things[-1], head)
                                      or _one_team(things[-1], head) or _works_on_both(things[-1], head)
                                      or _forms_of_money(things[-1], head)):
            things[-1] += join + piece
        else:
            things.append(piece)
    return things


_STOP_IN_LIST = re.compile(STOP.pattern.replace(r"[,.](?!\d)", r"[.](?!\d)"))
"""Where a list of items ends: as STOP, but past the commas between its things."""
_ADJECTIVE = re.compile(r"[\w-]+(?:ed|al|ic|ive|ous|ary|ile|ian|ish|ese|ern|ing)|heavy|light|mobile|"
                        r"armou?red|protected|air|naval|combined|heat", re.IGNORECASE)
"""A word that describes a thing rather than names it: the first half of "armoured and protected vehicles"."""
GENERIC = {"equipment", "weapons", "hardware", "aid", "assistance", "materiel", "arms", "supplies", "package",
           "support", "goods", "items",
           "material", "materials"}
"""Heads of a phrase that names what is given only in general, so that a list after it says what."""
AID_NOUNS = {"package", "packages", "aid", "assistance", "support", "funding", "tranche", "loan", "loans", "grant",
             "grants", "programme", "program", "deliveries", "weapons", "systems", "equipment", "financing",
             "contribution", "fund"}
NOT_AID = {"sanctions", "invitation", "talks", "statement", "plan", "plans", "decision", "intention", "it", "them",
           "that", "this", "what", "how", "whether", "reporters", "capitals", "allies", "condolences", "message",
           "concern", "concerns", "readiness", "solidarity", "more", "others", "ones", "one", "same", "rest", "access",
           "terms", "rates", "operator", "utility", "authority", "agency", "ministry", "company", "body",
           "reforms", "reform"}
"""Heads of what is no thing given: talk, intent, a share of something, a right ("gives Chilean vessels access
to Peruvian waters": a right to enter, not aid), the terms of a loan ("pressed for lower interest rates"), or a body
that receives ("handed over 40 detectors to the Mine Action Centre, the national clearance operator"), or the reforms
a borrower commits to ("pledged a package of reforms to the IMF": what it will do, not what it gives)."""
_COSTED = frozenset({"plan", "plans"})
"""A plan with its sum is money set aside: "put forward a A$25 million plan to rebuild schools"; a plan alone
("set out his plans for the economy") is talk."""
_SANCTIONS = re.compile(r"\bsanction|\bagainst\s+(?:Russia|Moscow|Belarus|Iran)\b", re.IGNORECASE)
"""A package or measure against someone is not aid to anyone."""
_SCHOOL_GOODS = r"\bdesks?\b|textbooks?|schoolbooks?|exercise\s+books?|stationery|school\s+(?:bags?|supplies|furniture)"
_FARM_GOODS = r"pesticides?|insecticides?|herbicides?|fungicides?|veterinar|livestock|cattle|\bgoats\b|poultry|fodder|" \
              r"animal\s+feed|\bnets\b|fishing\s+(?:gear|boats?)|agricultural\s+(?:inputs|machinery)|harvesters?\b|" \
              r"ploughs?\b|seedlings?"
_TRANSPORT = r"motorbikes?|bicycles?|pick-?ups?\b|jeeps?\b|trailers?\b|\bplanes?\b|airplanes?|" \
             r"bombers?\b|tankers?\b|locomotives?|wagons?\b|rolling\s+stock"
_POWER_AND_COLD = r"photovoltaic|inverters?|cold\s+(?:rooms?|boxes|storage|stores?)|ice\s+machines?"
_MEDICAL_GOODS = r"stretchers?|wheelchairs?|prosthe|crutches|syringes?|gloves|gowns?\b|insulin|paracetamol|" \
                 r"ana?esthe|intravenous|saline|rehydration|chlorine|bandages?|dressings|incubators?|defibrillators?|" \
                 r"x-ray|ultrasound|dialysis|blood\s+(?:bags?|units?|supplies)"
_FOOD_GOODS = r"\bbeans\b|lentils|\bpulses\b|sorghum|millet|chickpeas|\bsugar\b|(?:cooking|vegetable|palm)\s+oil|" \
              r"powdered\s+milk|milk\s+powder|canned\s+|tinned\s+|biscuits|\bpasta\b"
_CARE_GOODS = r"(?:maternity|paediatric|pediatric|surgical|isolation|neonatal|burns?|intensive[- ]care|emergency)\s+" \
              r"(?:wards?|wings?|units?)|(?:patient|heart|cardiac|vital[- ]signs?|blood[- ]pressure|glucose)\s+monitors?"
"""Foods of a ration ("rice, beans and cooking oil") and the wards and monitors of a hospital ("a new maternity ward",
"40 patient monitors"): monitors alone may be people sent to watch a vote, so only those of a patient."""
_BUILDING_GOODS = r"\bcement\b|timber|lumber|bricks?\b|building\s+materials?|\bpipes?\b|filters?\b|purifiers?"
_SHARED = r"intelligence\s+sharing|(?:satellite|radar)\s+(?:data|imagery|images)"
"""What a partner shares, which is given as much as goods: "pledged continued intelligence sharing with Peru",
"will provide satellite imagery"."""
_SENT_PEOPLE = r"\bdoctors\b|\bnurses\b|\bmedics\b|paramedics|surgeons|midwives|technicians|instructors|trainers\b|" \
               r"[a-z]+ologists\b"
"""Families of goods and of people sent that name a thing given whatever the continent: a desk or a textbook for a
school, pesticide or fishing nets for farmers and fishers, motorbikes for health workers, cold rooms for vaccines,
hydrologists or surgeons sent to work, intelligence or satellite imagery shared. (Cars, the goods of trade more than
of aid, are not among them.)"""
_WORKS = r"airstrips?|rail\s+(?:lines?|links?)|highways?|" \
         r"railways?(?=\s+(?:lines?|links?|extensions?|tracks?|projects?|bridges?|upgrades?|corridors?)\b)|" \
         r"motorways?|\bdams?\b|reservoirs?|jett(?:y|ies)|wharf|wharves|\bmetro\b|tramways?|sewer|sewage|drainage|" \
         r"\bwards?\b|(?:maternity|paediatric|pediatric|surgical|neonatal|isolation|burns?|trauma|cancer)\s+wings?\b"
"""Works built for a country, which money or a builder gives as much as goods: "will finance ports and a fishing
harbour", "is to fund a new maternity ward in Kampala", "co-finance the railway extension"."""
AID = re.compile(r"missile|tank|artillery|drone|air defen|ammunition|\bshells?\b|vehicle|interceptor|weapon|jet|aircraft|"
                 r"military|armou?red|howitzer|rocket|system|(?<!be)guns?\b|gunboat|gunship|equipment|package|\baid\b|"
                 r"assistance|funding|loan|grant|"
                 r"financ|budget|backing|support|training|programme|program|humanitarian|ambulance|generator|"
                 r"medical|food|heating|shelter|transformer|turbine|power|energy|demining|security|agreement|"
                 r"helicopter|ship|boat|radar|satellite|fuel|reconstruction|tranche|contribution|repair|\bmine\b|"
                 r"clearance|clothing|winter|escort|launcher|fighter|cooperation|memorandum|fund\b|corvette|frigate|"
                 r"investment|restor|rebuild|munition|round|grain|medicine|vaccine|bridge|housing|school|hospital|"
                 r"water|electricity|gas\b|coal|fuel|equipment|kit|helmet|\bvests?\b|body\s+armou?r|ammo|mortar|sniper|"
                 r"rifle|launcher|battery|batteries|f-16|patriot|leopard|abrams|bradley|himars|atacms|storm\s+shadow|"
                 r"guarantee|construct|laptop|computer|server|terminal|starlink|radio|communication|detector|"
                 r"protective|suit\b|suits\b|robot|excavator|truck|bus\b|buses|crane|vessel|machine|uniform|boots|"
                 r"sleeping\s+bag|tent|blanket|stove|pump|treatment\s+unit|purification|bulldozer|tractor|"
                 r"seed|fertili[sz]er|spare\s+part|components?\b|parts\b|jammer|electronic\s+warfare|\bsights?\b|"
                 r"night[- ]vision|thermal|autotransformer|substation|cable|ferry|patrol|minesweeper|mine[- ]hunt|"
                 r"(?:power|transmission|high-voltage|electricity)\s+line|interconnector|lantern|lamp|tarpaulin|"
                 r"vaccin|dose|clinic|classroom|hygiene|sanitation|latrine|desalination|motorcycle|ambulance|"
                 r"surveillance|laboratory|nutrition|cash\s+(?:assistance|transfer|grant)|rations|flour|rice|wheat|"
                 r"relief|goods|supplies|experts?\b|specialists?\b|advisers?\b|advisors?\b|engineers?\b|\bteams?\b|"
                 r"\bcourses?\b|scholarship|fellowship|workshop|technical|capacity|therapeutic|maize|borehole|\bwells?\b|"
                 r"irrigation|solar|mosquito\s+net|drug|antibiotic|oxygen|concentrator|ventilator|test\s+kit|"
                 r"diagnostic|cold[- ]chain|freezer|refrigerat|rescue|fire\s*(?:truck|engine|fight)|dredg|lifeboat|boiler|heater|"
                 r"\bunits?\b|centre|center|meals|salar(?:y|ies)|scanner|fridge|desalination|reintegration|resettlement|"
                 r"tonnes\s+of|tons\s+of|blanket|sheeting|tool|donation|software|stud(?:y|ies)|feasibility|\bsurveys?\b|"
                 r"police|barracks|stations?\b|firefighters|rescuers|peacekeepers|line\s+of\s+credit|"
                 r"credit\s+(?:lines?|facilit)|export\s+credit|diesel|petrol|gasoline|kerosene|paraffin|"
                 r"infant\s+formula|baby\s+food|health\s+(?:facilit|posts?\b|cent)|\bmasks?\b|" + _WORKS,
                 re.IGNORECASE)
"""What an item of aid is made of: a gift that matches none of these is not proposed. Fuel by its kind ("the diesel,
paid for by Norway, was handed over") is fuel."""
GOODS = re.compile(r"|".join((_SCHOOL_GOODS, _FARM_GOODS, _TRANSPORT, _POWER_AND_COLD, _MEDICAL_GOODS, _BUILDING_GOODS,
                              _FOOD_GOODS, _CARE_GOODS,
                              _SENT_PEOPLE, _SHARED)), re.IGNORECASE)
"""Goods that donors give on any continent, beyond those of AID (desks, pesticide, motorbikes, cold rooms, fishing
nets): enough to make one thing given a thing of aid, not to split a list at its "and"."""
MILITARY = re.compile(r"missile|tank|artillery|drone|air defen|ammunition|shell|vehicle|interceptor|weapon|jet|"
                      r"aircraft|military|armou?red|howitzer|rocket|patriot|iris-t|carrier|training|system|gun|"
                      r"munition|corvette|frigate|helicopter|f-16|mortar|rifle", re.IGNORECASE)
HUMANITARIAN = re.compile(r"humanitarian|ambulance|generator|medical|food|heating|shelter|hospital|medicine",
                          re.IGNORECASE)
_CATEGORIES = (("air defence", r"air defen|patriot|iris-t|interceptor"), ("missiles", r"missile"),
               ("drones", r"drone"), ("armour", r"tank|armou?red|vehicle|carrier|bradley"),
               ("artillery", r"artillery|howitzer"), ("ammunition", r"ammunition|\bshells?\b|\brounds?\b"),
               ("aircraft", r"aircraft|jet|f-16"), ("training", r"training"), ("energy", r"turbine|transformer|"
               r"generator|energy|grid"), ("humanitarian", r"humanitarian|ambulance|medical|food"),
               ("equipment", r"equipment"), ("financial", r"financial|budget|€|£|\$|euros|dollars"))


_ABBREVIATION = re.compile(r"(?<![\w-])(?P<word>[a-z][\w-]*)\s+\([A-Z][A-Za-z0-9&.-]{1,9}\)(?=\s)")
"""'first-person-view (FPV) drones': the short name in brackets inside a thing's name, which would end it."""


_SO_FAR = re.compile(r"\s+(?:so\s+far|to\s+date|yet|ever|in\s+(?:years|decades)|(?:still|currently)\s+(?:flown|used|operated|"
                     r"held|stored|in\s+service))$")
"""'its biggest aid package so far', 'the jets still flown by its air force': the words that rank the thing,
or say where it is now, end its name."""


_CONVERTED = re.compile(r"(?<=\w)\s*\((?:(?:about|around|roughly|some|nearly|almost|approximately|or|"
                        r"equivalent\s+to|worth)\s+)?(?:[A-Z]{0,3}[€$£¥]|[A-Z]{2,3}\s?)?\d[\d.,]*\s*(?:million|billion|bn|m|k)?"
                        r"(?:\s+[a-z]+)?\)")
"""'a KD23 million (about $75 million) loan': a sum told again in another currency, which is no part of the name."""


_GIVER_CLAUSE = re.compile(r"\s+(?:that\s+|which\s+)?(?:it|they|he|she)\s+(?:had\s+|has\s+|have\s+)?(?:sent|donated|supplied|"
                           r"delivered|paid\s+for|bought|promised|pledged|provided)$")
"""'120 cholera kits it sent': the words that say who gave the thing are no part of its name."""


_FIRST_OBJECT = re.compile(r"^(?:the|its|their)\s+(?:government|ministry|authorities|country)\s+(?=\d|[a-z])")
"""The one given to, named between a verb of giving and what it gives ("gave the ministry 40 ambulances"): no word
of the thing."""


_MAKERS_TO_BUILD = re.compile(r"^(?:(?:the|its|their|local|domestic|national|foreign)\s+)?(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+)?"
                              r"(?:companies|firms|manufacturers|producers|plants|factories|shipyards?|makers|contractors|"
                              r"workshops|suppliers)\s+to\s+(?:build|produce|make|manufacture|assemble|supply|deliver)\s+")
"""Those paid to make the thing, between a verb of paying and the thing: "will pay Polish shipyards to build four patrol
boats", "is funding local firms to produce 5,000 water filters". What they make is what is given."""

_NOTES_ON = re.compile(r"^(?:and\s+(?:exchanged|signed)\s+)?(?:the\s+)?(?:(?:exchanges?\s+of\s+)?notes|letters|instruments)\s+"
                       r"(?:on|for|concerning|regarding)\s+(?=(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:grant|loan|credit)\b)")
"""The notes two governments sign on a grant or loan, which is what is given: "signed and exchanged notes on a grant of
¥1.8 billion for medical equipment", "exchanged letters on a loan of $40 million"."""

_SHARE_OF_WEALTH = re.compile(r"^(?:(?:about|around|some|at\s+least|up\s+to)\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+of\s+"
                              r"(?:its|their|the\s+country[’']s|the\s+nation[’']s)\s+(?:annual\s+)?(?:GDP|GNI|gross\s+"
                              r"(?:domestic|national)\s+(?:product|income)|national\s+income|(?:defen[cs]e\s+)?budget)\s+"
                              r"(?:a\s+year\s+|each\s+year\s+|annually\s+)?(?:on|to|for)\s+")
"""A share of a country's wealth, spent on a thing: "would spend 0.25% of its GDP on military aid for Kenya",
"will give 0.7 percent of its gross national income to development aid". The share says how much, not what:
the thing after "on" is what is given."""

_INCREASE = re.compile(r"^(?:an?\s+)?(?:increase|top-up|boost|rise|augmentation)\s+of\s+(?=(?:(?:more\s+than|over|nearly|"
                       r"almost|about|around|up\s+to|some)\s+)?(?:" + MONEY.pattern + r"))", re.IGNORECASE)
"""'asked for an increase of about $180 million in its programme', 'a top-up of €50m to the loan': a sum added to
what is given already, which is given all the same."""

_WORK_ON = re.compile(r"^(?:the\s+)?(?:work|talks|negotiations|preparations)\s+(?:on|for)\s+(?=(?:a|an|the|its|their)\s)")
"""'asked the EU to speed up work on a reparations loan', 'to conclude talks on a $2 billion credit line': the work
toward the thing, which is what is asked or given."""

_OF_UP_TO = re.compile(r"(?<=[a-z])\s+of\s+up\s+to\s+(?=" + MONEY.pattern + r")")
"""'a reconstruction loan of up to 40 billion euros': a ceiling on what the thing is worth, whose "to" opens no
receiver."""


_COUNTED_AID = re.compile(r"(?:scholarships|fellowships|ambulances|generators|tents|vaccine\s+doses|"
                          r"water\s+(?:pumps|tanks|filters)|hygiene\s+kits|blankets)$", re.IGNORECASE)
"""Things of aid that, counted, are given when they are announced: "announced 500 scholarships for Lao students"
(a number of projects or measures announced is no gift)."""


_SAID_AT_END = re.compile(r",\s+(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?)"
                          r"\s+(?:said|says|told|added|confirmed|wrote)\b[^.;:,]*\.?\s*$")
"""Who said it, set off after the things at the end of the sentence: "a helicopter and a team of 20 firefighters,
Georgiou told state radio" names no thing; "..., she said, along with missiles" goes on with one."""
_WHEN_AFTER = re.compile(r"\s+(?:tomorrow|today|tonight|yesterday|(?:this|next|last)\s+week)"
                         r"(?:\s+(?:morning|afternoon|evening|night))?\s*$")
"""When, at the end of the things: "a team of 20 firefighters tomorrow morning" gives the team."""


_DESCRIBING = r"(?:[a-z]+-[a-z]+|[a-z]{3,}(?:ble|ive|ous|ed|ful|ic|ary))"
ADJECTIVES_COMMA = re.compile(r"^(?P<first>(?:(?i:a|an|the|its|their|more)\s+)?" + _DESCRIBING + r"),(?=\s+(?:(?:" +
                              _DESCRIBING + r"|[a-z]{3,}al)\s+[a-z]|[A-Z]{0,3}[€$£¥]\s?\d))")
"""'predictable, multi-year funding', 'flexible, unearmarked grants', 'a five-year, $45 million programme': a comma
between two words that describe one thing, no list; 'tents, blankets and food' names things, and keeps its commas."""


_SINGLED_OUT = re.compile(r"(?:\s+(?:to|from|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4})?"
                          r"\s*,?\s+(?:in\s+particular|(?:most\s+)?notably|especially|particularly|above\s+all)\s+"
                          r"(?P<list>(?!(?:in|on|at|for|to|during|with|from|by|when|where|after|before|since|as)\b)"
                          r"(?:[^—–.;:]|\.\d)+)")
"""The parts of a whole in general singled out after it: "requested more support from Germany, in particular
ventilators and oxygen concentrators", "urgent aid, notably tents and water pumps". An editor records the whole and
each part; "its support, in particular during the floods" singles out a time, no thing."""


_PHRASE_AFTER_LIST = re.compile(r",\s+(?=(?:in|on|at|during|after|before|when|where|while|as|for|to|from|with|under|"
                                r"amid|following|according|via|through|by|aboard|across|into|ahead|which|who|that)\b|[a-z]{3,}ing\s+(?:that|the|its|their|his|"
                                r"her|a|an|it|they|he|she|how|what|why)\b)")
"""Where a list singled out ends: a phrase of time or place, or a clause on it ("..., noting that hospitals had lost
such equipment", "..., saying the roads were cut")."""


def _singled_out(phrase: str, tail: str) -> list[Found]:
    """The whole named in general and each of its parts singled out after it, when every part is a thing of aid."""
    singled = _SINGLED_OUT.match(tail)
    name, quantity = _name(phrase)
    head = fold(name).split()[-1] if fold(name) else ""
    if singled is None or head not in GENERIC | AID_NOUNS | _WHOLES or MONEY.match(_LEAD.sub("", phrase)):
        return []
    end = _LIST_END.search(singled.group("list"))
    listing = _TO_NAMED_AFTER.split(_LIST_TAIL.split(singled.group("list")[:end.start() if end else None])[0])[0]
    listing = _PHRASE_AFTER_LIST.split(listing)[0]  # "..., notably tents and pumps, during the talks in Lima"
    parts = [_listed_thing(w.strip()) for w in _things(listing) if w.strip()]
    strong = [t is not None and bool(t[0].quantity or AID.search(t[0].name) or GOODS.search(t[0].name)) for t in parts]
    if not any(strong) or not all(s or (t is not None and _plain_noun(t[0].name)) for s, t in zip(strong, parts, strict=True)):
        return []  # "equipment, particularly useful to border guards": no thing of aid singled out
    return [(Item(name, quantity, category(name)), _wordings(phrase.strip(), name), None), *(t for t in parts if t)]


_RECEIVER_FIRST = re.compile(r"^to\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*){0,4}\s+"
                             r"(?!(?:to|for|and|or|with|on|in|at|by|as|from|of|over|under|via|through|after|before|during|"
                             r"this|last|next|since|until|early|later|was|were|is|are|has|have|had|will|would)\b)(?=[a-z\d])")
"""The one given to, named between a verb of giving and what it gives: "has delivered to Malawi cholera kits",
"handed over to the Lebanese Army 20 trucks". It is no word of the thing; "to Kenya's army 20 trucks" (a name that
goes on past its possessive) and "to Peru in May" are left as they are."""


def items(text: str, announced: bool, whole: bool = False) -> list[Found]:
    """What is given, in `text` from where the item starts to the end of the sentence; with `whole`, a
    purpose ("to strengthen surveillance and testing") that is one thing however many its words."""
    rest = _CONVERTED.sub("", _ABBREVIATION.sub(r"\g<word>", text.lstrip()))
    said = _SAID_AT_END.search(rest)
    if said:
        rest = _WHEN_AFTER.sub("", rest[:said.start()])
    rest = ADJECTIVES_COMMA.sub(r"\g<first>", rest)
    rest = re.sub(r"^at\s+least\s+", "", rest)  # a floor the giver commits to is the sum it gives
    rest = _WHEN.sub("", rest)  # "announced on Thursday a $150 million loan": the day, then the thing
    # "handed over the last of its Mistral missiles": the things, of which these were the last
    rest = re.sub(r"^(?:the\s+)?(?:last|rest|remainder)\s+of\s+(?:its|their|the)\s+", "", rest)
    # "to hand over some of the MiG-29 jets still flown by its air force": a part of the things, which names them
    rest = re.sub(r"^(?:some|several|a\s+few|part|most)\s+of\s+(?:its|their|the)\s+(?=\D)", "", rest)
    rest = _INCREASE.sub("", rest)  # "an increase of about $180 million in its programme": the sum added
    rest = _WORK_ON.sub("", rest)  # "to speed up work on a reparations loan": the loan
    rest = _OF_UP_TO.sub(" worth up to ", rest, count=1)  # "a loan of up to €40bn": the loan, worth the sum
    approximate = re.match(r"(?:more\s+than|over|nearly|almost|about|around|up\s+to|some)\s+", rest)
    if approximate and not MONEY.match(rest[approximate.end():]) and not re.match(r"\d", rest[approximate.end():]):
        return []  # "more than enough", "some support": no thing counted
    if approximate:
        rest = rest[approximate.end():]  # "up to 300 megawatts of electricity": a number of units all the same
    summed = _SUMMED.match(rest)
    if summed and MONEY.match(rest, summed.end()):
        rest = rest[summed.end():]  # "committed a combined $60 million", "a total of €40m": the sum itself
    more = _MORE.match(rest)
    if more and MONEY.match(rest[more.end():]):
        rest = rest[more.end():]  # "another 5 billion euros"
    rest = _RECEIVER_FIRST.sub("", rest, count=1)  # "delivered to Malawi cholera kits": the kits
    rest = _FIRST_OBJECT.sub("", rest)  # "promised the government training for volunteers": the training
    rest = _NOTES_ON.sub("", rest)  # "signed and exchanged notes on a grant of ¥1.8 billion": the grant
    share = _SHARE_OF_WEALTH.match(rest)
    if share:
        return items(rest[share.end():], announced, whole)  # "0.25% of its GDP on military aid": the aid
    makers = _MAKERS_TO_BUILD.match(rest)
    if makers:
        return items(rest[makers.end():], announced, whole)  # "pay Polish shipyards to build four patrol boats"
    carried = _CARRYING.match(rest)
    if carried and _CARRIER.fullmatch(carried.group("vehicle")):
        return items(rest[carried.end():], announced)  # the cargo, not the plane that carries it
    whole_of = [] if whole else _package_of_list(rest, announced)
    if whole_of:
        return whole_of
    stop = STOP.search(rest)
    phrase = _SO_FAR.sub("", _GIVER_CLAUSE.sub("", rest[:stop.start() if stop else len(rest)]))
    ranked = _RANKED.match(rest)
    if ranked and MONEY.match(rest, ranked.end()):
        return items(rest[ranked.end():], announced)  # "the biggest pledge of the day, $500 million for ...": the sum
    if not phrase or "x" * 3 in phrase or re.match(r"[’']s\b|(?:no|none|nothing)\b", phrase) or _not_a_thing(phrase):
        return []  # words said, a possessive's end ("Japan's support in ..."), or "offered no new weapons"
    singled = [] if whole else _singled_out(phrase, rest[len(phrase):])
    if singled:
        return singled
    measured = [] if whole else _measured_list(rest)
    if measured:
        return measured
    several = [] if whole or _holds_list(phrase, rest[len(phrase):]) else _comma_list(rest)
    if several:
        return several
    tail = rest[len(phrase):]
    along = _ALONG_WITH.match(tail)
    if along:
        # "20 mine-clearing robots, along with metal detectors, protective suits and training": each one given
        first = items(phrase, announced)
        return (first + (_comma_list(tail[along.end():]) or items(tail[along.end():], False))) if first else []
    later = _ALONG_LATER.match(tail)
    if later and not _NAMED_PARTY.match(tail, later.end()):
        # "two launchers to Latvia from army stocks, she said, along with missiles": the thing after the phrases
        # of the first is given as well
        first = items(rest[:len(phrase) + later.start("along")], announced)
        besides = tail[later.end():]
        return (first + (_comma_list(besides) or items(besides, False))) if first else []
    aside = _ASIDE_THEN_AND.match(tail)
    if aside and not _NAMED_PARTY.match(tail, aside.end()) and not _CLAUSE_OPENS.match(tail, aside.end()):
        # "Leopard tanks, delivered together with Sweden, and Caesar howitzers": the clause set off on the first
        # thing, then a second thing
        this_thing, following = items(phrase, announced), items(tail[aside.end():], False)
        if this_thing and following:
            return this_thing + following
    again = re.match(r"\s+(?:for|with)\s+", tail) if re.search(r"\s+and$", phrase) else None
    if again:
        # "asked Spain for a Hawk battery and for more shells": the preposition said again opens another thing
        return items(phrase[:phrase.rindex(" and")], announced) + items(tail[again.end():], announced)
    grant = re.match(r"\s+with\s+(?=(?:a|an)\s+(?:[\w-]+\s+)?(?:grant|loan|credit|contribution)\s+of\s+)", tail)
    if grant and not MONEY.match(phrase):
        # "will finance its construction with a grant of 25 million euros": the grant is what is given
        return items(tail[grant.end():], announced)
    money = MONEY.match(phrase)
    share = _EARMARKED.search(tail) if money and not whole else None
    if share:
        # "€1.5bn, of which €600m is earmarked for repairing heating networks": the sum, and the share set apart
        return [*items(rest[:len(phrase) + share.start()], announced), _share(share)]
    thing = _thing_after_sum(phrase, money) if money and not whole else None
    second = items(thing, announced) if money and thing else []
    if money and second:
        # "pledged €20 million and 10 ambulances": the sum, and the thing after it
        return items(phrase[:money.end()], announced) + second
    value = _value(money) if money else None
    wording = phrase
    if money:
        purpose = re.match(r"[^,.;—–]*?(?=\s+and\s|[,;—–]|\.(?!\d)|$|" + _TOLD_AT + "|" + _TO_NAMED_LAST + ")", tail)
        extra = tail[:purpose.end() if purpose else 0]
        if re.match(r"\s+(?:for|in)\s", extra):
            wording = phrase + extra  # "300 million euros for drones", "£120m in humanitarian aid"
        again = _AND_SUM_FOR.match(tail, len(extra)) if re.match(r"\s+for\s", extra) and not whole else None
        if again:
            # "$100m for housing repairs and $50m for school meals": two sums, each for its own aim
            return items(phrase + extra, announced) + items(tail[again.end():], announced)
    name, quantity = _name(phrase)
    others: list[str] = []
    head = fold(name).split()[-1] if fold(name) else ""
    costed = head in _COSTED and bool(MONEY.match(_LEAD.sub("", phrase)))
    if not head or (head in NOT_AID and not costed) or _SANCTIONS.search(phrase + tail[:40]):
        return []
    lead = fold(name).split()[:fold(name).split().index("of")] if " of " in f" {fold(name)} " else []
    if announced and head not in AID_NOUNS and not set(lead) & AID_NOUNS and not money and \
            not (quantity and (MILITARY.search(name) or _COUNTED_AID.search(name))) and not _WEIGHED.match(phrase):
        # "a package of 40 generators": the package is announced; "announced 500 scholarships": counted aid;
        # "announced 500 tonnes of powdered milk": goods weighed out (`_WEIGHED`, below) are given when announced
        return []  # "announced a review", "announced new measures": announcing is not giving
    task = None if money or quantity or whole else _help_with_task(name, tail)
    if task:
        # the task is found in the text as written, and named on one line, as an editor writes it
        work = " ".join(task.split())
        return [(Item(work, None, category(work)), _wordings(work, f"{phrase.strip()}{tail[:tail.index(task)]}{work}"), None)]
    apposition = _APPOSITION.match(tail)
    if apposition and not (money or quantity or AID.search(name)) and AID.search(apposition.group("what")):
        # "would extend Operation Unifier, its military training mission, until 2027": a name the
        # apposition after it says is aid
        others.append(_LEAD.sub("", apposition.group("what")))
    elif not (money or quantity or whole or AID.search(name) or GOODS.search(name) or _OPENS_ON_SUM.match(name)):
        return []  # "sent a message", "offered condolences": not aid
    listed = [phrase] if whole else [w for w in _things(phrase) if w.strip()]
    if len(listed) > 1 and not money:
        # "SCALP cruise missiles and Caesar howitzers": one commitment for each thing, when each is aid
        parts = [_name(w) for w in listed]
        # "heat and power plants", "armoured and protected vehicles": one thing, when a part is one word
        # that only describes; "400 oxygen concentrators and 30 ambulances": each counted is a thing
        if _each_a_thing(parts, listed):
            return [(Item(n, q, category(n)), _wordings(w, n), None) for (n, q), w in zip(parts, listed, strict=True)]
    worth = re.match(r"(?:\s+(?:for|to|from)\s+[^,.;]{1,60}?)?,?\s+(?:worth|valued\s+at)\s+"
                     r"(?:(?:about|around|some|nearly|almost|more\s+than|over|up\s+to)\s+)?", tail)
    if worth and not money:
        after = MONEY.match(tail[worth.end():])
        if after:
            value = _value(after)
            tail = tail[worth.end() + after.end():]
            if head in GENERIC or head in AID_NOUNS or head in _WHOLES:
                others.append(after.group().strip())  # "a package worth 500 million euros"
    including = re.search(r"^(?:[^.;]|\.\d){0,80}?\s*[—–,]?\s*\b(?:including|containing|consisting\s+of|"
                          r"made\s+up\s+of|comprising|such\s+as|covering|"
                          r"(?:that|which)\s+(?:(?:it|they|he|she)\s+(?:said|says?)\s+)?(?:will\s+|would\s+)?"
                          r"(?:includes?|contains?|covers?|comprises?|consists?\s+of)|"
                          r"saying\s+it\s+would\s+(?:include|cover|contain|fund|pay\s+for))\s+"
                          r"(?P<list>(?:[^—–.;]|\.\d)+)", tail)
    including = including or (_WITH_LIST.match(tail) if _holds_list(phrase, tail) else None) or _set_off_list(tail)
    if including and head in GENERIC | AID_NOUNS | _WHOLES and (not money or head in _WHOLES):
        # "a €1.9bn winter package comprising four systems and 30 tanks": a package worth a sum lists as well
        # "... for families returning from Lebanon and Jordan": a name alone is the last thing's place, no thing;
        # "..., rope and tool kits, to Chile": the receiver after the list, no thing either
        listed = [w.strip() for w in _things(_TO_NAMED_AFTER.split(_LIST_TAIL.split(including.group("list"))[0])[0])
                  if w.strip() and not _not_a_thing(w)
                  and not re.fullmatch(r"(?:(?:to|for)\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", w.strip())]
        named = [n for n, _ in map(_name, listed) if n]
        if head in GENERIC - {"package", "support"}:
            each: list[Found] = [(Item(n, q, category(n)), (n,), None) for n, q in map(_name, listed) if n]
            if len(fold(_MEASURE.sub("", name)).split()) > 1 and each and not _VAGUE.search(name):
                # "emergency relief supplies, including tents and blankets": supplies of a kind are a gift an
                # editor records as a whole, as a package, besides each thing they include
                return [(Item(name, quantity, category(name)), _wordings(wording.strip(), name), value), *each]
            return each
        if head in _WHOLES:
            # "a package including 20 tanks and ammunition": the package, and each thing it lists
            things = [_listed_thing(w) for w in listed]
            return [(Item(name, quantity, category(name + " " + wording)), _wordings(wording.strip(), name, *others), value),
                    *(t for t in things if t is not None)]
        others += named  # support "including" what it lists is one commitment
    cover = _SUM_COVERS.match(tail) if money else None
    covered = contents(cover.group("list")) if cover and not _AID_NAMED.search(phrase + tail[:cover.start("list")]) else []
    if covered:
        # "€40 million in grants covering housing repairs, water systems and early warning systems": the sum,
        # and each thing it is said to pay for
        own = _COVER_WORD.split(wording)[0].strip()  # the sum's own words end where what it pays for begins
        return [(Item(name, quantity, category(name + " " + own)), _wordings(own, name, *others), value), *covered]
    aim = None if money or quantity else _purpose_of_support(name, tail)
    if aim:
        return [(Item(aim, None, category(aim)), _wordings(aim, wording.strip(), name, *others), value)]
    if not (money or quantity or others or value) and _BARE_SUPPORT.fullmatch(name) and not _AIMED.match(tail):
        return []  # "offered its continued support to Fiji": no thing an editor could record
    own_thing: Found = (Item(name, quantity, category(name + " " + wording)), _wordings(wording.strip(), name, *others),
                        value)
    return [own_thing, *(_sum_includes(phrase, tail) if money and not whole else [])]



_PACKAGE_OF = re.compile(r"(?:(?:a|an|the|its|their|another|new)\s+)*(?P<whole>(?:[\w-]+\s+){0,3}?"
                         r"packages?)\s+of\s+(?!" + MONEY.pattern + r"|(?:about|around|some|up\s+to|"
                         r"nearly|more\s+than|over)\s)", re.IGNORECASE)
"""'a package of medical supplies, tents and 20 ambulances': a whole named by what it holds."""


def _package_of_list(rest: str, announced: bool) -> list[Found]:
    """A package "of" a list of things: the package, and each thing it holds, as an editor records a package
    with its contents ('pledged an emergency package of rice, cooking oil and water filters'). Only a list of two
    things of aid or more; "a package of $20 million" and "a package of reforms" hold none."""
    whole_of = _PACKAGE_OF.match(rest)
    if whole_of is None:
        return []
    parts = items(rest[whole_of.end():], announced)
    if len(parts) < 2 or any(p[2] is not None or not (p[0].quantity or AID.search(p[0].name) or GOODS.search(p[0].name)
                                                       or _plain_noun(p[0].name)) for p in parts):
        return []
    name = whole_of.group("whole")
    return [(Item(name, None, parts[0][0].category), _wordings(name), None), *parts]


_TO_NAMED_AFTER = re.compile(r"\s+(?:to|into)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:aboard|on\s+board|by|via|"
                             r"on|in|at|from|through|under|before|after|next|this|last|within|over)\s")
"""The receiver named after a list, then a phrase of how or when: "including tents and medicines to Turkey aboard
two aircraft" lists two things, and the last is the medicines."""
_WHOLES = frozenset({"package", "donation", "gift", "consignment", "shipment", "kit", "kits"})
"""A whole that holds things, whose list an editor records as one commitment for the whole and one for each thing:
"a donation valued at $2 million, comprising 40 pickups and 300 vests", "a demining package containing 12 machines,
body armour and training"; so are kits ("trauma kits containing bandages, splints and painkillers")."""
_WITH_LIST = re.compile(r"(?:\s+(?:for|to)\s+(?:the\s+)?[A-Z][^,.;]{0,40}?)?,?\s+with\s+"
                        r"(?P<list>(?!(?:the|its|their|his|her|a\s+view|an\s+eye|an?\s+aim)\b)[a-z\d][^—–.;:]*)")
"""A package "with" the things it holds: "a €60 million package for Fiji with 40 ambulances, 300 tents and water
pumps"; not "a package with the World Bank", whose "with" names a partner."""


def _holds_list(phrase: str, tail: str) -> bool:
    """Whether a whole is said to hold, after "with", two things or more, each of aid or counted: "a package with 40
    ambulances and tents", not "a package with partners and donors"."""
    name = fold(_name(phrase)[0]).split()
    listing = _WITH_LIST.match(tail) if name and name[-1] in _WHOLES else None
    if listing is None:
        return False
    end = _LIST_END.search(listing.group("list"))
    things = [_listed_thing(w.strip()) for w in _things(_LIST_TAIL.split(listing.group("list")[:end.start() if end else None])[0])
              if w.strip()]
    return len(things) >= 2 and all(t is not None and (t[0].quantity or AID.search(t[0].name) or GOODS.search(t[0].name))
                                    for t in things)


_DASHED_LIST = re.compile(r"(?:\s+(?:to|for)\s+(?:the\s+)?[A-Z][^—–:;,.]{0,40}?)?(?:\s+[—–]|\s*:)\s+(?P<list>[^—–.;:]+)")
"""'relief goods — tents, blankets and stoves — to Peru', 'emergency supplies to Peru: tents, blankets and stoves': a
list set off by dashes or a colon after a whole, which says what it holds."""


def _set_off_list(tail: str) -> re.Match[str] | None:
    """The list set off after a whole, when it names two things or more, each of aid or a plain noun; not an
    aside ("aid — its largest shipment yet — to Peru") nor words said after a colon."""
    listing = _DASHED_LIST.match(tail)
    if listing is None:
        return None
    parts = [w.strip() for w in _things(_LIST_TAIL.split(listing.group("list"))[0]) if w.strip()]
    names = [t[0].name for t in map(_listed_thing, parts) if t is not None]
    return listing if len(parts) >= 2 and len(names) == len(parts) and all(
        AID.search(n) or GOODS.search(n) or _plain_noun(n) for n in names) else None


_TOLD_AT = r"\s+(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:(?:a|an|the|this|last|its|[A-Z][\w’'-]*[’']s)\s+)?" \
           r"(?:[\w’'-]+\s+){0,3}?(?:meeting|conference|summit|session|ceremony|forum|gathering|round\s*table|" \
           r"talks|visit|event|dinner|briefing)\b"
"""Where a gift was told, which ends what a sum is for: "$5 million for schools at a meeting in Apia", "€2m for clinics
during the donors' conference"; not a place the aim is at ("for new wells at Lodwar")."""
_TO_NAMED_LAST = r"\s+to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*(?=\s*(?:[,;—–]|\.(?!\d)|$)|" + _TOLD_AT + ")"
"""The receiver named after what a sum is for, no part of the aim: "$5 million for schools to Samoa at the forum";
not "for repairs to Ukraine's grid", whose aim goes on past the name."""
_AND_SUM_FOR = re.compile(r"\s+and\s+(?:(?:a\s+)?(?:further|another|additional)\s+)?(?=(?:" + MONEY.pattern +
                          r")\s+(?:for|towards?)\s)")
"""A second sum with an aim of its own after the first: "$100m for housing repairs and $50m for school meals"."""


_SUM_INCLUDES = re.compile(r"(?P<aim>(?:[^.;:—–]|\.\d){0,160}?),\s+including\s+(?P<list>(?:[^—–.;]|\.\d)+)")
_TO_DO = re.compile(r"\bto\s+(?!(?:the|its|their|a|an)\b)[a-z]")
"""A purpose said by a verb ("to upgrade water networks in three governorates, including ..."), whose list names
the places or parts of the work, no things given."""


def _sum_includes(phrase: str, tail: str) -> list[Found]:
    """"$30 million for border security equipment, including thermal cameras and patrol boats": a sum for what it
    is for, then what that includes, each a thing the text names as given besides the sum. Not a sum "in" what it
    is ("£50m in humanitarian aid, including blankets"), whose list only describes it, nor a purpose said by a
    verb, nor a list of places ("for water networks, including Tumbes and Piura") or of sums."""
    listing = _SUM_INCLUDES.match(tail)
    if listing is None or not re.search(r"\bfor\s", listing.group("aim")) or _TO_DO.search(listing.group("aim")) \
            or _AID_NAMED.search(phrase + listing.group("aim")) or re.match(r"\s+in\s", listing.group("aim")):
        return []
    end = _LIST_END.search(listing.group("list"))
    words = _LIST_TAIL.split(listing.group("list")[:end.start() if end else len(listing.group("list"))])[0]
    parts = [p.strip() for p in _things(words) if p.strip()]
    found = [_content(p) for p in parts]
    names = [f[0].name for f in found if f is not None]
    if not parts or len(names) < len(parts) or MONEY.search(words) or \
            not all(AID.search(n) or GOODS.search(n) or _plain_noun(n) for n in names) or \
            not any(AID.search(n) or GOODS.search(n) for n in names):
        return []
    return [f for f in found if f is not None]



_HELP = re.compile(r"(?:(?:technical|financial|practical|urgent|international)\s+)?(?:help|assistance|support)")
_TASK = re.compile(r"\s+(?:in|with)\s+(?P<what>[a-z]{3,}ing\s[^,;:.—–()\"“”]{3,100}?)"
                   r"(?=\s*[,;:—–()\"“”]|\.(?!\d)|\s+(?:which|where|while|but|so\s+that|because)\b|\s+to\s+(?:the\s+)?[A-Z]|$)")


def _help_with_task(name: str, tail: str) -> str | None:
    """"help in extending piped water to the settlements around Beira", "support with rebuilding the bridges of
    the delta": help named only by the task it is for, which is what an editor records as the thing asked or given,
    when the task is the work of aid; not "help in the coming weeks" nor "help in dealing with the crisis"."""
    if not _HELP.fullmatch(name.lower()):
        return None
    task = _TASK.match(tail)
    if task is None or not (AID.search(task.group("what")) or GOODS.search(task.group("what"))):
        return None
    return task.group("what")


_OPENS_ON_SUM = re.compile(r"(?:(?:further|additional|extra|new|fresh|first|second|third|final)\s+)*(?:" + MONEY.pattern + r")"
                           r"\s+(?:[\w-]+\s+){0,2}[a-z][\w-]*$")
"""A thing worth a sum, whatever its head: "a US$150 million credit", "a €20m facility", "a $5 million
disbursement" are money given."""


_OWN_PHRASE = re.compile(r"(?:[Aa]n?|\d[\d,.]*|(?i:" + "|".join(NUMBER_WORDS) + r"))\s")
"""A later part opened by its own article or number ("six surveillance drones and a mobile command post"): a noun
phrase of its own, not the half of a shared head."""


def _each_a_thing(parts: list[tuple[str, int | None]], listed: list[str]) -> bool:
    """Whether every part of a short list joined by "and" is a thing given: each of aid, or each counted, with
    none a word that only describes ("armoured and protected vehicles"); or the first of aid or goods (people sent
    too) and each later one a noun phrase of its own ("20 water pumps and a mobile workshop", "doctors and a field
    hospital"). Two bare nouns ("seed and tools") stay one thing unless each is aid."""
    names = [n for n, _ in parts]
    if not all(names) or any(_ADJECTIVE.fullmatch(n) for n in names):
        return all(n and q for n, q in parts)
    if all(q for _, q in parts):
        return True
    if all(re.search(_WORKS, n, re.IGNORECASE) for n in names):
        return False  # "will finance ports and a fishing harbour", "rural roads and irrigation": one work
    if all(AID.search(n) for n in names):
        return True
    return bool(AID.search(names[0]) or GOODS.search(names[0])) and all(
        AID.search(n) or _OWN_PHRASE.match(w.strip())
        for n, w in zip(names[1:], listed[1:], strict=True))


_EARMARKED = re.compile(r"^[^,;:.—–]{0,60}?,\s+of\s+which\s+(?P<sum>" + MONEY.pattern + r")\s+"
                        r"(?:is|was|are|were|will\s+be|would\s+be|has\s+been|have\s+been)\s+(?:earmarked|set\s+aside|allocated|reserved|intended|destined|"
                        r"designated|meant)\s+(?:for|to)\s+(?P<what>(?:[^,;:—–()]|\.\d){3,120}?)"
                        r"(?=\s+and\s+(?:the\s+)?(?:rest|remainder|balance)\b|\s*[,;:—–(]|\.(?!\d)|$)")
"""A share of a sum set apart for an aim: "$900m, of which $250m is earmarked for school meals", "€62 million a
year, of which €16.5 million will be set aside for fishing communities"."""


def _share(share: re.Match[str]) -> Found:
    """The share a sum sets apart, named by its aim, worth its own sum."""
    what = _LEAD.sub("", " ".join(share.group("what").split()))
    amount = MONEY.match(share.group("sum"))
    value = _value(amount) if amount else None
    return (Item(what, None, category(what)), _wordings(what, share.group("sum").strip()), value)


_ANY_SUM = re.sub(r"\(\?P<\w+>", "(?:", MONEY.pattern)
_OF_THAT = re.compile(r"(?:(?:Of|From)\s+(?:that|this|it|(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:total|sum|amount|money|"
                      r"funds|pledge|package|tranche|contribution|grant|loan))|Under\s+(?:the|this|that|its|their)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|partnership|package|programme|program|plan|pledge))"
                      r"\s*,?\s+(?=" + MONEY.pattern + r")|(?=[Tt]he\s+(?:remaining|other)\s+(?:" + _ANY_SUM + r")|"
                      r"[Tt]he\s+(?:rest|remainder|balance)\s+(?:will|would|is|goes)\b)")
_SHARE_GOES = re.compile(r"(?:[Tt]he\s+(?:remaining|other)\s+)?(?P<sum>" + MONEY.pattern + r"|(?:[Tt]he\s+)?(?:rest|remainder|"
                         r"balance))\s+(?:(?:(?:will|would|is\s+to|are\s+to)\s+(?:go|be\s+(?:spent|used|earmarked|set\s+aside|"
                         r"allocated|reserved))\s+|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:earmarked|set\s+aside|"
                         r"allocated|reserved|intended|destined|meant)\s+|goes\s+)?(?:to|towards?|for|on)\s+|(?:will|would)\s+"
                         r"(?:fund|finance|pay\s+for|cover)\s+)(?!(?:the\s+)?[A-Z])(?P<what>(?:[^,;:—–()]|\.\d){3,160}?)"
                         r"(?=\s*[,;:—–(]|\.(?!\d)|$|\s+(?:and|while)\s+(?:" + _ANY_SUM + r"|(?:the\s+)?(?:rest|remainder|"
                         r"balance)\b))")
_NEXT_SHARE = re.compile(r",?\s+(?:and|while|with)\s+|[,;]\s+(?:and\s+)?")
"""'Of that, $100 million will go towards restoring power networks, and $50 million to food for displaced
families', 'Under the deal, €120m will go to border management; €70m to jobs for young people', 'The remaining
$50m will fund school meals': a sum told in one sentence split in the next; each share is a thing of its own,
named by its aim and worth its own sum."""


def shares(sentence: str) -> list[Found]:
    """The shares a sentence that opens on "Of that" splits a sum just reported into; none when it names no aim
    ("Of that, $5m was disbursed last year")."""
    lead = _OF_THAT.match(sentence)
    if lead is None:
        return []
    found: list[Found] = []
    position = lead.end()
    while (share := _SHARE_GOES.match(sentence, position)) is not None:
        what = items(share.group("what"), False, True)
        if what:
            amount = MONEY.fullmatch(share.group("sum"))
            found.append((what[0][0], _wordings(*what[0][1], share.group("sum")) if amount else what[0][1],
                          _value(amount) if amount else None))
        joined = _NEXT_SHARE.match(sentence, share.end())
        if joined is None:
            break
        position = joined.end()
    return found


_AND_A_THING = re.compile(r"\s+and\s+(?=(?:an?|\d[\d,.]*|(?i:" + "|".join(NUMBER_WORDS) + r"))\s)")


def _thing_after_sum(phrase: str, money: re.Match[str]) -> str | None:
    """The thing that "and" joins to a sum when it has its own article or number and is no sum itself: "€20
    million and 10 ambulances", "$5 million and a field hospital"; not "€20 million and €30 million"."""
    joined = _AND_A_THING.match(phrase, money.end())
    if joined is None or MONEY.search(phrase, joined.end()):
        return None
    return phrase[joined.end():]


_SUM_COVERS = re.compile(r"(?:[^.;:—–]|\.\d){0,140}?(?:,\s*|\s+)(?:covering|(?:to\s+be\s+)?split\s+between|"
                         r"(?:that|which)\s+(?:(?:it|they|he|she)\s+(?:said|says?)\s+)?(?:will\s+|would\s+)?"
                         r"(?:includes?|covers?|funds?|pays?\s+for))\s+(?P<list>(?:[^—–.;]|\.\d)+)")
_AID_NAMED = re.compile(r"\bin\s+(?:[\w-]+\s+){0,2}(?:aid|assistance|support|relief)\b")
"""'£120m in humanitarian aid, including generators', 'C$60 million in budget support, covering salaries': a sum
whose words say already what it is for, which its list only describes."""
_COVER_WORD = re.compile(r",?\s+(?:covering|(?:to\s+be\s+)?split|which|that)\b")
"""A sum and what it is said to pay for, after the sum's own words: "$100m, split between budget support and
health services", "€60m for Chad, which it said would cover food rations, seed and cash transfers". ("Including"
more often only describes the sum: "$19 billion, including military and humanitarian assistance".)"""
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|" \
       r"August|September|October|November|December)"
_WHEN = re.compile(r"^(?:[Oo]n|[Ii]n|[Dd]uring)\s+(?:the\s+)?(?:" + _DAY + r"(?:\s+\d{1,2})?|\d{1,2}\s+" + _DAY + r"|\d{4})"
                   r"(?:\s+\d{4})?,?\s+(?=\S)")
"""A date between a verb of giving and what it gives: "pledged on Tuesday 20 ambulances"."""
_CARRIER = re.compile(r"^(?:(?:a|an|the|one|two|three|four|five|\d+)\s+)?(?:[\w-]+\s+){0,2}?(?:plane|aircraft|airlift|flight|"
                      r"ship|vessel|convoy|truck|lorr(?:y|ies)|train|(?<=air\sforce\s)transport|"
                      r"(?<=military\s)transport)s?", re.IGNORECASE)
_CARRYING = re.compile(r"(?P<vehicle>[^,;:.]{1,60}?)(?:\s+(?:to|into|for)\s+[^,;:.]{1,40}?)?,?\s+"
                       r"(?:carrying|loaded\s+with|with\s+a\s+cargo\s+of)\s+")
"""'dispatched an aircraft to Quetta carrying 50 tonnes of relief supplies': the vehicle brings the gift, which
is what it carries."""
_NOT_A_THING = re.compile(r"^(?:in|on|at|as|during|within|until|since|into|across|throughout|for)\b|"
                          r"^that\s+(?:the|a|an|its|their|his|her|it|they|he|she|we|[A-Z])|"
                          r"\s(?:was|were|is|are|has|have|had|will|would|been|be)$|"
                          r"\s(?:said|says|reported|reports|told|added|announced|confirmed|wrote)$|"
                          r"^(?:the\s+)?(?:bulk|most|much|half|majority|share|part)\s+of\s+(?:the\s+|its\s+|their\s+)?"
                          r"(?:[\w-]+[’']s\s+)?(?:money|funds|funding|budget|resources)$|"
                          r"^(?:the|this|that|these|those)\s+(?:shipments?|consignments?|delivery|deliveries|cargoes|"
                          r"cargo|convoys?|batch|batches|loads?|transfers?|donations?|gifts?)$|"
                          r"^(?:the\s+)?(?:single\s+)?(?:largest|biggest)\s+(?:single\s+)?(?:package|pledge|contribution|"
                          r"commitment|donation|gift)\s+of\s+the\s+(?:day|meeting|conference|summit|session|evening)$",
                          re.IGNORECASE)
"""Words that open or close a clause, never the name of a thing: a phrase that starts with a preposition ("will
install in rural clinics", "in the coming weeks", "is giving as well", "grants for rebuilding housing" with its noun
read as a verb), a clause that "that" opens ("confirmed that the grant signed in May ..."), a subject cut before its
verb ("The radios were paid for by ..."), who said it (", the state news agency reported"), a share of money that
is no gift of its own ("which has supplied the bulk of the fund's money"), or a load the text has told already,
named again by its carrier alone ("thanked Oslo for financing the shipment"), or a rank among the day's pledges
("Germany announced the largest package of the day", which the next words tell)."""


def _not_a_thing(phrase: str) -> bool:
    return bool(_NOT_A_THING.search(phrase.strip()))


_RANKED = re.compile(r"(?:the\s+)?(?:single\s+)?(?:largest|biggest)\s+(?:single\s+)?(?:package|pledge|contribution|"
                     r"commitment|donation|gift)(?:\s+of\s+the\s+(?:day|meeting|conference|summit|session|evening))?"
                     r"\s*[,:]\s+", re.IGNORECASE)
"""'the biggest pledge of the conference, $500 million for schools': a rank, then the sum it ranks."""
_MEASURE = re.compile(r"^.*\b(?:tonnes|tons|kilos|kilograms|truckloads|planeloads|containers|pallets)\s+of\s+", re.IGNORECASE)
"""'40 tonnes of supplies': the supplies weighed, which say of what kind no more than "supplies" alone."""
_VAGUE = re.compile(r"\b(?:array|range|variety|number|lot|host|series|mix|set|kinds?|sorts?|types?)\s+of\b", re.IGNORECASE)
"""'a wide array of equipment, including ...': words that only say there are several things, each listed after."""
_LIST_TAIL = re.compile(r",\s+(?=(?:to\s+be|to\s+[a-z]+|which|that|who|as|while|with|all|most|each|much|many|some|half|part|"
                        r"enough|none|both|several|(?:in|over|within)\s+the\s+(?:coming|next|following)|by\s+the\s+end|according\s+to|"
                        r"(?:next|this|last)\s+(?:week|month|year)|(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,8}?"
                        r"(?:said|says|reported|reports|added|announced|confirmed|told))\b)")
"""Where a list's things end and a clause on them begins: "..., to be flown in from its hub", "..., enough to treat
5,000 patients"; or a phrase of
time: "..., in the coming days"; or the one who reports it: "..., the state news agency reported", "..., according
to the embassy"."""
_SAID_AFTER = re.compile(r",\s+(?:he|she|they|officials)\s+(?:said|says|added|told)\b")
"""', he said': the one who reports a list, after its last thing."""
_ALONG_WITH = re.compile(r",?\s+(?:along\s+with|together\s+with|as\s+well\s+as|plus)\s+")
_ALONG_LATER = re.compile(r"(?:\s+(?:to|for|from|before|after|by|in|on|at|within|during|over|until|next|this|later)\s"
                          r"[^,;:.—–()\"“”]{1,100}?)?(?:,\s+(?:he|she|they|it|officials|the\s+[\w-]+(?:\s+[\w-]+)?)\s+"
                          r"(?:said|says|added|announced))?(?P<along>,\s+(?:along\s+with|together\s+with|as\s+well\s+as)\s+)"
                          r"(?!(?:to|for|in|on|at|with|by|from)\s)")
"""The phrases of a first thing (its receiver, its time, who says it), then a second thing: "two launchers to
Latvia before May, she said, along with missiles", "an extra grant for schools, as well as 40 buses"; a phrase as
long as what a sum is for ("¥40bn in grant aid for the reconstruction of the flooded northern provinces, as well as
equipment for the fire service")."""
_NAMED_PARTY = re.compile(r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*(?:[’']s\s|\s*[,.;]|\s+(?:and|to|in)\s|$)")
"""A name after "along with": one who gives alongside ("along with Sweden", "as well as Denmark's navy"),
not a thing given."""
_ASIDE_THEN_AND = re.compile(r",\s+(?:[a-z]{3,}ed|built|bought|made|sent|paid\s+for|flown|given)\s[^,;:.—–()\"“”]{1,60}?,"
                             r"\s+and\s+")
"""', delivered together with Sweden, and': a participle's clause set off on the thing before it, then the next
thing of the list."""
_CLAUSE_OPENS = re.compile(r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z]+ed|said|says|sent|gave|has|have|had|will|would|"
                           r"is|are|was|were|also)\b")
"""'and Italy sent tents': a clause with a subject of its own, no thing of the list."""
_APPOSITION = re.compile(r",\s+(?P<what>(?:its|their|the|a|an)\s+[^,;:.—–]{3,80}?)\s*(?:,|[.;—–]|$)")
"""', its military training mission for Ukrainian soldiers,': what the name before it is."""


_PLAIN_NOUN = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}")


def _plain_noun(name: str) -> bool:
    """A short noun phrase in lower case, which a list of things of aid makes a thing given as well: the "soap" of
    "soap, blankets and water tanks", the "cooking oil" of "maize, rice and cooking oil"."""
    return bool(_PLAIN_NOUN.fullmatch(name)) and name.split()[-1] not in NOT_AID and not _not_a_thing(name)


def _comma_list(rest: str) -> list[Found]:
    """"120 generators, 20 mine-clearing machines and six autotransformers": one commitment for each,
    when every one of them is a thing of aid with its number or its kind."""
    stop = _STOP_IN_LIST.search(rest)
    phrase = rest[:stop.start() if stop else len(rest)]
    said = _SAID_AFTER.search(phrase)
    phrase = phrase[:said.start()] if said else phrase
    if len([w for w in _LIST.split(phrase) if w.strip()]) < 3 or "," not in phrase or MONEY.search(phrase):
        return _list_of_phrases(rest)
    parts = [w.strip() for w in _things(phrase) if w.strip()]
    names = [_name(w) for w in parts]
    among_aid = sum(bool(q or AID.search(n) or GOODS.search(n)) for n, q in names) >= 2
    if not all(n and len(n.split()) <= 6 and (q or AID.search(n) or (among_aid and _plain_noun(n)))
               and (i == len(names) - 1 or not _ADJECTIVE.fullmatch(n)) for i, (n, q) in enumerate(names)):
        return []
    found: list[Found] = [(Item(n, q, category(n)), _wordings(w, n), None) for (n, q), w in zip(names, parts, strict=True)]
    purpose = _purpose_of_support(names[-1][0], rest[len(phrase):])
    if purpose:
        found[-1] = (Item(purpose, None, category(purpose)), _wordings(purpose, parts[-1]), None)
    longer = _list_of_phrases(rest) if stop and _LIST_GOES_ON.match(rest, stop.start()) else []
    return longer if len(longer) > len(found) else found


_LIST_GOES_ON = re.compile(r"\s+(?:in|on|at|for|to|from|across|around|near)\s[^,;:.—–()]{1,60},\s+(?:and\s+)?(?!the\s+\w+\s+"
                           r"(?:said|says|added))[\w$€£¥]")
"""A list whose thing carries a phrase of its own, and goes on past it: "housing repairs, the restoration of water
networks in the south, and cash grants for families" names three things, not two."""


_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:al-|de\s+|van\s+)?[A-Z][\w’'.-]*){1,3}"
_TITLED_SPEAKER = r",\s+(?:(?:the|a|an|its|their)\s+[^.;:—–,]{3,80}(?:,\s+|\s+)" + _NAME + r"|" + _NAME + \
                  r",\s+(?:the|a|an|its|their)\s+[^.;:—–,]{3,80}),\s+(?:said|says|told|added|announced)\b"
"""The one who reports a list, named with a title: "..., the chief executive of the fund, Omar Haddad, told the
hall", "..., Ana Ruiz, the agency's director, said"."""
_LIST_END = re.compile(r"[.;:!?](?!\d)|\s[—–]\s|\s+(?:which|while|but|so\s+that|because|though|although|whereas|unless|"
                       r"despite)\b|(?<!\bsuch)\s+as\b|,\s+(?:the|a|an|its)\s+[\w-]+"
                       r"(?:\s+[\w-]+)?\s+(?:said|says|added|announced)\b|,\s+(?:said|says|added)\b|"
                       r",\s+(?:he|she|they|officials)\s+(?:said|says|added|told)\b|" + _TITLED_SPEAKER)
"""Where a list of things given ends, past the prepositions inside its things; or where the one who
reports it is named: "It contains shells, spare parts for tanks and radars, he said"."""


def _list_of_phrases(rest: str) -> list[Found]:
    """"18 CV90 vehicles, 155 mm ammunition for the Archer howitzer, RBS 70 systems and M4 rifles": a list
    whose things carry phrases of their own, each thing cut where its own phrase starts."""
    end = _LIST_END.search(rest)
    phrase = rest[:end.start() if end else len(rest)]
    parts = _without_receiver_set_off([w.strip() for w in _things(phrase) if w.strip()])
    if len(parts) < 3 or "," not in phrase or "x" * 3 in phrase or \
            re.search(r"\b(?:said|says|told|added|announced|includ(?:es|ed|ing)|contain(?:s|ed|ing)|compris(?:es|ed|ing)|"
                      r"consist(?:s|ed|ing)|made\s+up\s+of|covering|such\s+as)\b", phrase):
        return []  # words said, or a package's list after its verb, which the package's reading takes
    heads = [part[:stop.start()] if (stop := STOP.search(part)) else part for part in parts]
    names = [_name(h) for h in heads]
    sums = [MONEY.match(h.strip()) for h in heads]
    if not all(s or (n and len(n.split()) <= 6 and (q or AID.search(n)) and not _ADJECTIVE.fullmatch(n))
               for (n, q), s in zip(names, sums, strict=True)) or (any(sums[:-1]) and not _sums_for_aims(parts, sums)):
        # a sum closes a list of things ("... and 85 million euros for repairs"); one that opens it is no list,
        # unless every thing is a sum for what it is for
        return []
    found: list[Found] = [_sum_in_list(part, head, money) if money else
                          (Item(n, q, category(n)), _wordings(head.strip(), n), None)
                          for (n, q), head, part, money in zip(names, heads, parts, sums, strict=True)]
    purpose = _purpose_of_support(names[-1][0], parts[-1][len(heads[-1]):])
    if purpose:
        found[-1] = (Item(purpose, None, category(purpose)), _wordings(purpose, parts[-1]), None)
    return found


_SET_OFF = re.compile(r"(?:the|its|their|a|an)\s")
_ENDS_ON_NAME = re.compile(r"\s(?:to|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*$")


def _without_receiver_set_off(parts: list[str]) -> list[str]:
    """The list without the words set off after the receiver that closes it, which say what the receiver is:
    "120 detectors and two machines to UXO Lao, the national clearance operator" lists two things, not three."""
    if len(parts) > 2 and _SET_OFF.match(parts[-1]) and _ENDS_ON_NAME.search(parts[-2]):
        head = fold(_name(parts[-1])[0]).split()[-1:]
        if head and head[0] in NOT_AID:
            return parts[:-1]
    return parts


def _sums_for_aims(parts: list[str], sums: list[re.Match[str] | None]) -> bool:
    """"€150 million for mortgage guarantees, €100 million for rental housing and €50 million for
    renovations": a list of sums, each with what it is for, is one thing for each aim."""
    return all(s is not None and re.match(r"\s+(?:for|to)\s+\S", part.strip()[s.end():])
               for part, s in zip(parts, sums, strict=True))


def _listed_thing(words: str) -> Found | None:
    """One thing of a package's list: a sum by what it is for, or a thing by its name and number."""
    money = MONEY.match(words)
    if money:
        return _sum_in_list(words, money.group(), money)
    # "... and 30 water tanks for Fiji": the one the list's last thing is for is a receiver, not its name
    name, quantity = _name(_FOR_NAMED.sub("", _WHEN_LAST.sub("", words)))
    return (Item(name, quantity, category(name)), (name,), None) if name else None


_WHEN_LAST = re.compile(r"\s+(?:(?:next|this|last|later\s+this)\s+(?:week|month|year|spring|summer|autumn|winter)|"
                        r"(?:by|before)\s+the\s+end\s+of\s+(?:the|this|next)\s+\w+|in\s+the\s+(?:coming|next)\s+\w+|"
                        r"(?:on|by|in|before)\s+" + _DAY + r"(?:\s+\d{1,2})?)\s*$")
"""The time that closes a list, no part of its last thing: "... and 500 heaters to Tonga next month"."""
_FOR_NAMED = re.compile(r"\s+(?:for|to)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*\s*$")


def _sum_in_list(part: str, head: str, money: re.Match[str]) -> Found:
    """"... and 85 million euros for repairs at thermal power plants": a sum among the things of a list, named
    by what it is for where the list says."""
    aim = re.match(r"\s+(?:for|to)\s+(?:the\s+)?(?P<what>.{3,80})$", part[len(head):])
    what = " ".join(aim.group("what").split()) if aim else money.group().strip()
    return (Item(what, None, category(what)), _wordings(what, money.group().strip(), part.strip()), _value(money))


_BARE_SUPPORT = re.compile(r"(?:(?:continued|continuing|full|fullest|unwavering|steadfast|strong|firm|ongoing|lasting|"
                           r"unconditional|total|further|more|renewed|political|diplomatic|moral)\s+)*"
                           r"(?:support|assistance|help|cooperation|co-operation|partnership)", re.IGNORECASE)
"""'support', 'its unwavering support', 'continued assistance', 'continued cooperation with Mozambique', 'a strong
partnership': help that names neither a kind ("budget support", "technical cooperation"), nor a sum, nor an aim, which
is a stance more than a thing given."""
_AIMED = re.compile(r"\s+(?:for|towards?|in|with)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s\s|"
                    r"(?!the\s)[a-z])|"
                    r"\s+to\s+(?!(?:the|its|their|his|her|a|an)\b)[a-z]")
"""'support for Fiji's health sector', 'support to extend the grid': support with an aim, which is a thing given."""
_SUPPORT_NOUNS = frozenset({"funding", "financing", "support", "money", "assistance", "help", "contribution"})
_PURPOSE = re.compile(r"\s+(?:for|towards?|to)\s+(?:the\s+)?(?P<what>[^,.;:—–()]{3,80}?)(?=\s+(?:and|but|which|that|as|"
                      r"through|via|by|from|over|until|in\s+(?:the\s+)?(?:coming|next)|this|next|last)\s|"
                      r"\s+" + _PARTICIPLE_AFTER + r"|[,;:—–()]|\.(?!\d)|$)")


def _purpose_of_support(name: str, tail: str) -> str | None:
    """"funding for Ukrainian production of long-range drones", "support for clearing mines from farmland": support
    named only by its purpose, which is what an editor records as the thing given (as for a sum of money)."""
    if name.lower() not in _SUPPORT_NOUNS and not re.fullmatch(r"(?:\w+\s+)?(?:funding|financing|support)", name.lower()):
        return None
    purpose = _PURPOSE.match(tail)
    if not purpose or (not AID.search(purpose.group("what")) and not re.search(
            r"\b(?:production|repair|reconstruction|rebuilding|purchase|training|construction|restoration|clearing|"
            r"removal|disposal|rehabilitation)\b",
            purpose.group("what"))):
        return None
    # "support to Fiji to rebuild its water utility": the receiver, then the aim
    return " ".join(re.sub(r"^(?:[A-Z][\w’'-]*\s+){1,3}to\s+(?=[a-z])", "", purpose.group("what")).split())


_WEIGHED = re.compile(r"^(?:(?:a|an|the|about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)*"
                      r"(?:\d[\d,.]*|(?i:" + "|".join(NUMBER_WORDS) + r"))\s+(?:million\s+|thousand\s+)?(?:metric\s+)?"
                      r"(?:tonnes|tons|kilos|kilograms|kg|litres|liters|truckloads|planeloads|shiploads|containers|pallets|"
                      r"cartons|sacks|bags)\s+(?:worth\s+)?of\s+(?=[a-z])")
"""'300 tonnes of rice': what is weighed or packed is the thing given, which an editor names without its measure."""


def _measured_list(rest: str) -> list[Found]:
    """"60 tonnes of food and medicines", "300 tonnes of maize, sorghum and vegetable oil": the things weighed
    together, with no number of their own, are one thing given, which an editor records as the measure records
    them; "40 tonnes of rice and 12 generators" is two."""
    text = rest.lstrip()
    measure = _WEIGHED.match(text)
    if not measure:
        return []
    stop = _STOP_IN_LIST.search(text, measure.end())
    phrase = text[:stop.start() if stop else len(text)]
    said = _SAID_AFTER.search(phrase)
    phrase = _LIST_TAIL.split(phrase[:said.start()] if said else phrase)[0]
    goods = phrase[measure.end():].strip()
    parts = [w.strip() for w in _LIST.split(goods) if w.strip()]
    if len(parts) < 2 or not re.search(r"\s(?:and|plus)\s", goods) or MONEY.search(goods) or \
            any(_OWN_PHRASE.match(w) for w in parts) or not all(_PLAIN_NOUN.fullmatch(w) for w in parts) or \
            not any(AID.search(w) or GOODS.search(w) for w in parts):
        return []
    name, quantity = _name(phrase)
    return [(Item(name, quantity, category(name)), _wordings(phrase.strip(), name, goods), None)]


def _wordings(*wordings: str) -> tuple[str, ...]:
    """Each wording of a thing, and then the thing without the measure it is weighed in ("rice" of "300 tonnes of
    rice")."""
    return tuple(dict.fromkeys(w for w in (*wordings, *(_WEIGHED.sub("", w.strip()) for w in wordings)) if w))


def package(verb: str, before: str, found: list[Found]) -> Found:
    """The package itself, named as the package ("new military aid package"), with the sum it is worth;
    each thing it lists is a commitment of its own."""
    noun = re.match(r"(?:[Aa]mong\s+(?:the\s+)?)?(?P<noun>\w+)", verb)
    head = noun.group("noun") if noun else "package"
    words = re.search(r"(?:[’']s\s+|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)(?P<mods>(?:[\w-]+\s+){0,3})$", before)
    phrase = f"{words.group('mods') if words else ''}{head}".strip()
    value = next((v for _, _, v in found if v), None)
    return (Item(phrase, None, found[0][0].category), _wordings(phrase), value)


_UNCOUNTED = re.compile(r"^(?:an?\s+)?(?:(?:undisclosed|unspecified|unknown|unnamed|classified|large|small|limited|"
                        r"significant|substantial)\s+)?(?:number|quantity|amount)\s+of\s+", re.IGNORECASE)
"""'an undisclosed number of rifles': a number the text does not give, so the things alone."""


def _name(phrase: str) -> tuple[str, int | None]:
    """An item's name without its article and number, and the number: "two more IRIS-T systems"."""
    words = _UNCOUNTED.sub("", _LEAD.sub("", phrase.strip()))
    quantity = None
    number = re.match(r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,7}|" + "|".join(NUMBER_WORDS) + r")\s+"
                      r"(?P<mult>million\s+|thousand\s+)?(?:more\s+|further\s+|additional\s+|new\s+)?", words,
                      re.IGNORECASE)
    if number and not MONEY.match(words) and not re.match(r"(?:mm|cm|km|kg|kv|kilovolts?|mw|megawatts?|gw|gigawatts?|metric|"
                                                          r"tonnes?|tons?|litres?|liters?|metres?|meters?)\b",
                                                          words[number.end():], re.IGNORECASE):
        text = number.group("n").lower().replace(",", "")
        quantity = int(text) if text.isdigit() else NUMBER_WORDS[text]
        quantity *= _MULTIPLIERS.get((number.group("mult") or "").strip().lower(), 1)
        words = words[number.end():]
        dozen = re.match(r"dozen\s+(?:more\s+)?", words)
        if dozen and quantity < 12:  # "two dozen": the number counts dozens
            quantity, words = quantity * 12, words[dozen.end():]
    words = re.sub(r"^(?:more|further|additional|extra)\s+", "", words)
    return " ".join(words.split()), quantity if quantity and quantity > 0 else None


def _value(match: re.Match[str]) -> tuple[str, str] | None:
    number = match.group("num") or match.group("num2") or match.group("num3") or ""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", number):
        number = number.replace(",", "")
    number = number.replace(",", ".")
    currency = " ".join((match.group("cur") or match.group("cur2") or match.group("cur3") or "").split())
    multiplier = _MULTIPLIERS.get((match.group("mult") or match.group("mult2") or match.group("mult3") or "").strip().lower(), 1)
    try:
        amount = Decimal(number) * multiplier
    except InvalidOperation:
        return None
    figure = f"{amount:f}".rstrip("0").rstrip(".") if "." in f"{amount:f}" else f"{amount:f}"
    return (figure, code) if (code := _code(currency)) else None


def _code(currency: str) -> str:
    """The ISO 4217 code of a currency as the text writes it: "$", "A$", "Canadian dollars", "EUR"."""
    if re.fullmatch(_CODES + "|" + _CODES_OF_SUMS, currency.strip()):
        return "CNY" if currency.strip() == "RMB" else currency.strip()
    words = currency.replace("U.S.", "US").split()
    sign = re.fullmatch(r"(?P<pre>US|A|C|NZ|HK|S)?(?P<sign>[$€£¥])", currency)
    if sign:
        return _PREFIXES.get((sign.group("pre") or "").lower(), "") or _CURRENCIES[sign.group("sign")]
    last = words[-1].lower() if words else ""
    base = _CURRENCIES.get(last) or _CURRENCIES.get(last.rstrip("s"), "")
    known = last in _CURRENCIES or last.rstrip("s") in _CURRENCIES  # "Jordanian dinars": the country says which
    return _PREFIXES.get(words[0].lower(), base) if known and len(words) > 1 else base


def category(text: str) -> str:
    return next((name for name, pattern in _CATEGORIES if re.search(pattern, text, re.IGNORECASE)), "other")


_ASIDE_OF_PLACE = re.compile(r"(?:near|in|at|on|outside|close\s+to|along|around|across|from|off|(?:north|south|east|west)"
                             r"(?:-?(?:east|west))?\s+of)\s", re.IGNORECASE)
"""', near Naivasha,': an aside on where the thing before it is, no thing of its own."""
_ASIDE_OF_KIND = re.compile(r"(?:including|such\s+as|notably|especially|in\s+particular|mainly|mostly)\s", re.IGNORECASE)
"""', including prosthetics and vocational training,': an aside on what the thing before it holds, no thing of its
own."""
_LIST_CLOSED = re.compile(r"(?:without|while|despite|saying|adding|according\s+to)\s|(?:a|an)\s+(?:[\w-]+\s+)?"
                          r"(?:commitment|pledge|promise|move|step|decision|gesture|sum|figure|amount|total)\b")
"""', without giving a figure', ', a commitment Doha did not put a figure on': an aside on the whole list, which
closes it; no thing of its own."""
_PLACE_NAMED = re.compile(r"\b(?:in|across|near|at|of|for)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*$")


def _places_go_on(before: str, piece: str) -> bool:
    """"salaries of nurses in Aden, Marib and Taiz": after a part that ends in a place a preposition names, a part
    that opens with a capitalised name goes on with the places, not with the things."""
    return bool(_PLACE_NAMED.search(before)) and re.match(r"[A-Z]", piece) is not None


_PARTICIPLE = re.compile(r"[a-z]+ed\s+(?:by|together|with|to|in|on|at|last|this|from|under|through|via|as|earlier)\b")
_TIME_SPAN = re.compile(r"(?:the\s+)?(?:(?:next|coming|first|last|following|whole|entire|rest\s+of\s+the|remainder\s+of\s+the)"
                        r"\b|(?:[\w-]+\s+)?(?:period|years?|months?|weeks?|days?|seasons?|decades?)$)", re.IGNORECASE)
_CONTENT_STOP = re.compile(r"\s+(?:to|for|in|on|at|during|before|after|by|from|within|over|under|as|which|that|worth|"
                           r"through|via|with|around|along|across|near)\b")


def contents(text: str) -> list[Found]:
    """"crew training, fuel for the first two years of operations and maintenance at the naval base": what a
    package or a sum is said to include or cover, one thing for each part at its commas and its last "and",
    whatever its words; the package has already said they are aid. A bare noun before "and" that shares the
    head after it is no thing of its own ("water and sewage networks"), nor is a name ("Idlib and Afrin")."""
    rest = _CONVERTED.sub("", _ABBREVIATION.sub(r"\g<word>", text.lstrip()))
    # "diesel fuel for power stations in Aden, as well as 40,000 food baskets": one more thing of the list
    rest = re.sub(r",?\s+as\s+well\s+as\s+", ", ", rest)
    end = _LIST_END.search(rest)
    phrase = _LIST_TAIL.split(rest[:end.start() if end else len(rest)])[0]
    if "x" * 3 in phrase:
        return []
    pieces: list[str] = []
    for piece in (p.strip() for p in re.split(r",(?!\d{3})\s*", phrase)):
        if pieces and (_PARTICIPLE.match(piece) or _LIST_CLOSED.match(piece)):
            break  # "water pumps, delivered together with Sweden": a clause on the things, not one more
        if pieces and _places_go_on(pieces[-1], piece):
            continue  # the places the thing before is for, no part of its name
        if pieces and (_ASIDE_OF_PLACE.match(piece) or _ASIDE_OF_KIND.match(piece)):
            pieces[-1] += ", " + piece
        elif piece:
            pieces.append(piece)
    if len(pieces) > 1 and pieces[-1].startswith("and "):
        pieces[-1] = pieces[-1][4:]  # "A, B, and C": the last "and" after a comma joins no more than the list
    elif pieces:
        pieces[-1:] = _parts_at_and(pieces[-1])
    if len(pieces) < 2 or any(len(p.split()) > 14 for p in pieces):
        return []
    found = [_content(p) for p in pieces]
    return [f for f in found if f is not None] if all(found) else []


def _parts_at_and(phrase: str) -> list[str]:
    """"fuel for two years and maintenance at the base": the last part of a list, split at each "and" that
    opens a thing of its own."""
    parts = [phrase]
    for join in re.finditer(r"\s+and\s+", phrase):
        left, right = phrase[:join.start()], phrase[join.end():]
        head = right[:cut.start()] if (cut := _CONTENT_STOP.search(right)) else right
        if re.match(r"[A-Z]", right) or _shares_head(left, head) or not left.strip() or _served_too(left, head):
            continue
        done = " ".join(parts[:-1])
        parts[-1:] = [left[len(done):].strip() if done else left.strip(), right]
    return [p for p in parts if p.strip()]


def _content(piece: str) -> Found | None:
    """One thing of a package's list: a sum by what it is for, or else the thing, named by its words up to
    the first phrase of its own."""
    money = MONEY.match(piece)
    if money:
        # a sum with no aim ("€40 million, €30 million and €20 million") says no thing of its own
        return _sum_in_list(piece, money.group(), money) if re.match(r"\s+(?:for|to)\s+\S", piece[money.end():]) else None
    head = piece[:cut.start()] if (cut := _CONTENT_STOP.search(piece)) else piece
    if _TIME_SPAN.match(head):
        return None  # "covering the period to 2027": a time, not a thing
    name, quantity = _name(head)
    if not name or _not_a_thing(piece) or fold(name).split()[-1:] == [] or fold(name).split()[-1] in NOT_AID \
            or (re.match(r"(?:the\s+)?[A-Z]", name) and not re.search(r"[a-z]{3,}\s+[a-z]", name)):
        return None
    # the words in full, for the editor, unless they name a place or a party, which is no part of the thing
    full = piece if not re.search(r"\s[A-Z]", piece[len(head):]) else ""
    return (Item(name, quantity, category(name)), _wordings(head.strip(), name, full), None)
