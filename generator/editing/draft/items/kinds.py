"""What makes a thing given a thing of aid, and its category: the words of aid, goods, arms and relief."""
from __future__ import annotations

import re

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
WORKS = r"airstrips?|rail\s+(?:lines?|links?)|highways?|" \
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
                 r"infant\s+formula|baby\s+food|health\s+(?:facilit|posts?\b|cent)|\bmasks?\b|" + WORKS,
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


def category(text: str) -> str:
    return next((name for name, pattern in _CATEGORIES if re.search(pattern, text, re.IGNORECASE)), "other")
